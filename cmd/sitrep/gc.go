package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"

	"github.com/sitrep/sitrep/internal/extract"
)

// newExtractor is extract.New with the collector paused, which is this
// command's choice of collection policy, not the libraries': loading
// allocates some 30 MB, most of which stays live, so collections during
// it would free little, yet run three or four times over the growing
// heap, in the serial start of every extract, ingest and eval run. (The
// gazetteer's 50 MB of features and entries are mapped outside the Go
// heap, where no collection scans them.)
func newExtractor() (*extract.Extractor, error) {
	return loadPaused(extract.New)
}

// loadPaused calls load with the collector paused, then resumes it with
// resumeGC.
func loadPaused[T any](load func() (T, error)) (T, error) {
	gogc := debug.SetGCPercent(-1)
	defer resumeGC(gogc)
	return load()
}

// resumeGC turns the collector back on (at gogc percent) after a load.
// Turned on at once, it would collect at once: having never marked the
// heap, the runtime takes all that was just loaded for growth past any
// goal, and that first collection marks it to free little. So the
// collector stays off under a memory limit of the memory now in use and
// gogc percent more (where that GOGC would put the next collection
// anyway), and the first collection, when the heap reaches it, gives back
// GOGC and lifts the limit. Over Reuters that is two collections of some
// 15 MB live each, where a heap that held the gazetteer, marked at ~50 ms
// of CPU a collection, had the collector kept off all run long: every
// allocation then faulted in fresh memory, some 5,000 page faults (a
// third) more a run. A limit the program or GOMEMLIMIT set is left
// alone: GOGC then comes back at once. A collector that was off before
// the load (GOGC=off, or an earlier load in the same process whose
// collection has not come yet) is left as it is now: that earlier load's
// cleanup may have turned it back on.
func resumeGC(gogc int) {
	if gogc < 0 {
		return
	}
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		debug.SetGCPercent(gogc)
		return
	}
	in := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	metrics.Read(in)
	if in[0].Value.Kind() != metrics.KindUint64 {
		debug.SetGCPercent(gogc)
		return
	}
	total := int64(in[0].Value.Uint64())
	limit := total + total/100*int64(gogc)
	debug.SetMemoryLimit(limit)
	// The cleanup of an object no one holds runs after the next
	// collection. The object holds a pointer so that it is allocated on
	// its own: a pointer-free object this small would go to the tiny
	// allocator, sharing a block with others that may live on and keep
	// its cleanup from ever running (and a zero-size one is never freed).
	runtime.AddCleanup(&struct{ p *byte }{}, func(limit int64) {
		if prev := debug.SetGCPercent(gogc); prev != -1 {
			debug.SetGCPercent(prev) // the program chose since
		}
		if debug.SetMemoryLimit(-1) == limit {
			debug.SetMemoryLimit(math.MaxInt64)
		}
	}, limit)
}
