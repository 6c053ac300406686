package roles

import (
	"math"
	"testing"
)

func TestFitAveraged(t *testing.T) {
	// four rows over three features, two outputs
	feats := [][]int32{{0, 1}, {1, 2}, {0, 2}, {2}}
	y := []bool{true, false, false, true, true, true, false, false}
	fit := func(seed uint64) []float64 { return fitLogistic(feats, y, 3, 2, 4, 0.1, 1e-5, seed, 0x5) }
	mean := func(ws ...[]float64) []float64 {
		out := make([]float64, len(ws[0]))
		for _, w := range ws {
			for x, v := range w {
				out[x] += v / float64(len(ws))
			}
		}
		return out
	}
	for _, tc := range []struct {
		name string
		k    int
		want []float64
	}{
		{"zero trains one", 0, fit(9)},
		{"one is fitLogistic", 1, fit(9)},
		{"two average seeds 9 and 10", 2, mean(fit(9), fit(10))},
		{"three average seeds 9 to 11", 3, mean(fit(9), fit(10), fit(11))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := fitAveraged(feats, y, 3, 2, 4, 0.1, 1e-5, 9, 0x5, tc.k)
			if len(got) != len(tc.want) {
				t.Fatalf("%d weights, want %d", len(got), len(tc.want))
			}
			for x := range got {
				if math.Abs(got[x]-tc.want[x]) > 1e-12 {
					t.Errorf("weight %d = %g, want %g", x, got[x], tc.want[x])
				}
			}
		})
	}
	if a, b := fit(9), fit(10); a[0] == b[0] && a[1] == b[1] && a[4] == b[4] {
		t.Error("seeds 9 and 10 gave the same weights: the average would average nothing")
	}
}
