package main

import (
	"runtime/debug"

	"github.com/sitrep/sitrep/internal/extract"
)

// newExtractor is extract.New with the collector paused, which is this
// command's choice of collection policy, not the libraries': loading
// allocates some 30 MB, most of which stays live, so collections during
// it would free little, yet run three or four times over the growing
// heap, in the serial start of every extract, ingest and eval run. (The
// gazetteer's 35 MB of features and entries are mapped outside the Go
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

// resumeGC turns the collector back on (at gogc percent) after a load,
// which makes it collect at once: the heap, never marked, counts all the
// load's 20 MB as growth. That collection keeps some 14 MB and frees the
// rest for the run to reuse; the next come at twice the live heap, 30 MB.
// Kept off instead under a memory limit of twice what the load left, as
// until issue 13, it first ran at 36 MB, and at 43-50 MB once extract
// lists and reads its inputs during the load (their memory counted too):
// each page of that growth is a page fault on fresh memory, 3,000-4,000
// more a run over Reuters (12,400 against 8,900), costing more than the
// one collection this adds. A collector that was off before the load
// (GOGC=off, or an earlier load still under way) is left as it is: that
// earlier load turns it back on.
func resumeGC(gogc int) {
	if gogc >= 0 {
		debug.SetGCPercent(gogc)
	}
}
