package main

import (
	"testing"

	"github.com/sitrep/sitrep/internal/roles"
)

func TestParseSweep(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []roles.RankConfig
	}{
		{"empty", "", nil},
		{"epochs rate l2", "10:0.05:1e-05", []roles.RankConfig{{Epochs: 10, Rate: 0.05, L2: 1e-5, Seed: 1, Avg: 1}}},
		{"with avg", "10:0.05:1e-05:3", []roles.RankConfig{{Epochs: 10, Rate: 0.05, L2: 1e-5, Seed: 1, Avg: 3}}},
		{"with avg and seed", "10:0.05:1e-05:1:4,20:0.02:0.0001", []roles.RankConfig{
			{Epochs: 10, Rate: 0.05, L2: 1e-5, Seed: 4, Avg: 1},
			{Epochs: 20, Rate: 0.02, L2: 1e-4, Seed: 1, Avg: 1},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := parseSweep(tc.in, 1)
			if len(got) != len(tc.want) {
				t.Fatalf("parseSweep(%q) = %+v, want %+v", tc.in, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("parseSweep(%q)[%d] = %+v, want %+v", tc.in, i, got[i], tc.want[i])
				}
			}
		})
	}
}
