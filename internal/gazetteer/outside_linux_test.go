//go:build linux && !race

package gazetteer

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// TestReadOnlyAfterLoad writes to the loaded gazetteer's records outside
// the Go heap, each value over itself, and expects a fault: parse leaves
// them read-only (readOnly), so that a stray write cannot silently change
// later answers. Were they writable, the writes would change nothing.
func TestReadOnlyAfterLoad(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		write func()
	}{
		{"first feature", func() { rewrite(&g.features[0].geonamesID) }},
		{"last feature", func() { rewrite(&g.features[len(g.features)-1].geonamesID) }},
		{"first entry", func() { rewrite(&g.entries[0].Alt) }},
		{"last entry", func() { rewrite(&g.entries[len(g.entries)-1].Alt) }},
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	for _, tt := range tests {
		if !faults(tt.write) {
			t.Errorf("%s: a write after load did not fault", tt.name)
		}
	}
}

// faults reports whether write panicked with a memory fault.
func faults(write func()) (faulted bool) {
	defer func() {
		if e, ok := recover().(runtime.Error); ok {
			_, faulted = e.(interface{ Addr() uintptr })
		}
	}()
	write()
	return false
}

// rewrite writes *p's value over itself, passed through a call so that
// the compiler cannot drop the store as one of the value just loaded.
func rewrite[T any](p *T) { *p = same(*p) }

//go:noinline
func same[T any](v T) T { return v }
