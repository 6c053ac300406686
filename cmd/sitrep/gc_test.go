package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

// resumeGC leaves the collector off under a limit until one collection
// has run, then gives GOGC back and lifts the limit; under a limit set by
// someone else it gives GOGC back at once and keeps their limit.
func TestResumeGC(t *testing.T) {
	settleGC(t)
	tests := []struct {
		name      string
		limit     int64 // set before resumeGC
		wantOff   bool  // collector off right after resumeGC
		wantLimit int64 // limit once a collection has run
	}{
		{name: "no limit", limit: math.MaxInt64, wantOff: true, wantLimit: math.MaxInt64},
		{name: "limit set by the program", limit: 1 << 40, wantOff: false, wantLimit: 1 << 40},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetMemoryLimit(tt.limit)
			debug.SetGCPercent(-1)
			resumeGC(100)
			if off := gcPercent() == -1; off != tt.wantOff {
				t.Fatalf("collector off after resumeGC: got %v, want %v", off, tt.wantOff)
			}
			if tt.wantOff && debug.SetMemoryLimit(-1) == math.MaxInt64 {
				t.Fatal("collector off with no memory limit")
			}
			// the cleanup runs on its own goroutine after a collection
			for i := 0; i < 100 && gcPercent() != 100; i++ {
				runtime.GC()
				runtime.Gosched()
			}
			if got := gcPercent(); got != 100 {
				t.Fatalf("GOGC after collections: got %d, want 100", got)
			}
			if got := debug.SetMemoryLimit(-1); got != tt.wantLimit {
				t.Errorf("memory limit after collections: got %d, want %d", got, tt.wantLimit)
			}
		})
	}
}

// settleGC lets the cleanup of an earlier resumeGC in this process run
// (it would turn the collector back on in the middle of a test), then
// starts the test from GOGC=100 and no limit, and restores those at its
// end rather than whatever the test found: saved while a cleanup was
// pending, that would be the collector off under a stale limit.
func settleGC(t *testing.T) {
	for i := 0; i < 100 && gcPercent() == -1; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	debug.SetGCPercent(100)
	debug.SetMemoryLimit(math.MaxInt64)
	t.Cleanup(func() {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
	})
}

// gcPercent reads GOGC without setting it (which would race with the
// cleanup that resumeGC leaves).
func gcPercent() int {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int(int64(s[0].Value.Uint64()))
}

// A load after another, before the first one's collection, finds the
// collector off: resumeGC leaves it as it is then, off under the first
// load's limit, or back on if the first load's cleanup ran during the
// second load, never off with no limit.
func TestResumeGCAfterAnotherLoad(t *testing.T) {
	settleGC(t)
	tests := []struct {
		name    string
		restore bool // the first load's cleanup runs during the second load
		want    int  // GOGC after the second resumeGC
	}{
		{name: "first collection still to come", want: -1},
		{name: "first load's cleanup ran meanwhile", restore: true, want: 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetMemoryLimit(1 << 40)  // the first load's limit
			debug.SetGCPercent(-1)         // the first load's pause, its collection to come
			gogc := debug.SetGCPercent(-1) // the second load's pause finds it off
			if tt.restore {
				debug.SetGCPercent(100)
			}
			resumeGC(gogc)
			if got := gcPercent(); got != tt.want {
				t.Errorf("GOGC after resumeGC: got %d, want %d", got, tt.want)
			}
			if gcPercent() == -1 && debug.SetMemoryLimit(-1) == math.MaxInt64 {
				t.Error("collector off with no memory limit")
			}
		})
	}
}
