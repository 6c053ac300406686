package main

import (
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

// resumeGC gives GOGC back at once, unless the collector was off before
// the load: then it leaves it as it finds it, off while an earlier load
// is still under way, back on once that load has resumed it, never off
// for good after the last load.
func TestResumeGC(t *testing.T) {
	t.Cleanup(func() { debug.SetGCPercent(100) })
	tests := []struct {
		name    string
		before  int  // GOGC before the load
		earlier bool // an earlier load paused the collector too
		resumed bool // and resumed it during this load
		want    int  // GOGC after resumeGC
	}{
		{name: "collector on", before: 100, want: 100},
		{name: "GOGC set by the user", before: 50, want: 50},
		{name: "GOGC=off", before: -1, want: -1},
		{name: "earlier load still under way", before: 100, earlier: true, want: -1},
		{name: "earlier load resumed meanwhile", before: 100, earlier: true, resumed: true, want: 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetGCPercent(tt.before)
			var first int
			if tt.earlier {
				first = debug.SetGCPercent(-1)
			}
			gogc := debug.SetGCPercent(-1)
			if tt.resumed {
				resumeGC(first)
			}
			resumeGC(gogc)
			if got := gcPercent(); got != tt.want {
				t.Errorf("GOGC after resumeGC: got %d, want %d", got, tt.want)
			}
			if tt.earlier && !tt.resumed {
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
