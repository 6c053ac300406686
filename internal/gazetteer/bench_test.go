package gazetteer

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// BenchmarkLoad measures what every CLI run pays once: indexing the
// embedded data (the issue asks for under 200 ms and 150 MB).
// Each load starts on a collected heap, as in a fresh process, rather
// than on the previous load's garbage; the collector is paused during the
// parse, as sitrep's commands pause it around Load.
//
// The records go on the heap here, so that each load's are freed before
// the next: Load maps them outside it, where they are never freed, for
// the same count of fresh pages.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	d := embedded
	d.outside = false
	for b.Loop() {
		b.StopTimer()
		runtime.GC()
		b.StartTimer()
		if _, err := parse(d); err != nil {
			b.Fatal(err)
		}
	}
}

// benchNames are n-grams as a scanner sees them: places, variants, and
// words that are no place.
var benchNames = []string{"Sana’a", "North Kivu", "Khyber Pakhtunkhwa", "Cúcuta", "the", "gunmen",
	"killed", "Maiduguri", "in the village of", "Pakistani", "police", "Jammu & Kashmir"}

// BenchmarkAppendKeyLookup is the scanner's hot path: key an n-gram and
// look it up, with no allocation.
func BenchmarkAppendKeyLookup(b *testing.B) {
	g := mustLoad(b)
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range benchNames {
			buf = AppendKey(buf[:0], s)
			_ = g.Lookup(buf)
		}
	}
}

func BenchmarkAppendKey(b *testing.B) {
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range benchNames {
			buf = AppendKey(buf[:0], s)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	g := mustLoad(b)
	c := Context{CountryCodes: []string{"PK", "AF"}, Admin1: []string{"Sindh"}, Near: []Point{{25.4, 68.4}}}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range []string{"Hyderabad", "Tripoli", "Alexandria", "Quetta"} {
			g.Resolve(s, c)
		}
	}
}
