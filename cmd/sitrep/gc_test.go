package main

import (
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

// resumeGC leaves a collector that was off before the load as it finds
// it: off for good under GOGC=off, and off while an earlier load is still
// under way, until that load resumes it. (A collector that was on is
// given back its GOGC, which is debug.SetGCPercent's to get right.)
func TestResumeGC(t *testing.T) {
	t.Cleanup(func() { debug.SetGCPercent(100) })
	tests := []struct {
		name    string
		before  int  // GOGC before the load
		earlier bool // an earlier load paused the collector too
		want    int  // GOGC after resumeGC
	}{
		{name: "GOGC=off", before: -1, want: -1},
		{name: "earlier load still under way", before: 100, earlier: true, want: -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetGCPercent(tt.before)
			var first int
			if tt.earlier {
				first = debug.SetGCPercent(-1)
			}
			resumeGC(debug.SetGCPercent(-1))
			if got := gcPercent(); got != tt.want {
				t.Errorf("GOGC after resumeGC: got %d, want %d", got, tt.want)
			}
			if tt.earlier {
				resumeGC(first)
				if got := gcPercent(); got != tt.before {
					t.Errorf("GOGC once the earlier load resumed: got %d, want %d", got, tt.before)
				}
			}
		})
	}
}

// gcPercent reads GOGC without setting it.
func gcPercent() int {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int(int64(s[0].Value.Uint64()))
}
