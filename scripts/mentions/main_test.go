package main

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/sitrep/sitrep/scripts/internal/scriptio"
)

// TestWireHalves checks bench/wire/halves.tsv against gold.jsonl: every
// coded story is in exactly one half, A or B, and the listing names no
// other story, so the halves' scores add up to the whole set's.
func TestWireHalves(t *testing.T) {
	half := wireHalves("../../bench/wire/halves.tsv")
	n := map[string]int{}
	scriptio.EachLine("../../bench/wire/gold.jsonl", func(line []byte) {
		var g struct{ File string }
		if err := json.Unmarshal(line, &g); err != nil {
			t.Fatal(err)
		}
		h, ok := half[g.File]
		if !ok || (h != "A" && h != "B") {
			t.Errorf("%s: half %q, want A or B", g.File, h)
		}
		n[h]++
		delete(half, g.File)
	})
	if len(half) != 0 {
		t.Errorf("halves.tsv names %d stories gold.jsonl does not: %v", len(half), half)
	}
	if n["A"] == 0 || n["B"] == 0 {
		t.Errorf("stories per half = %v, want both halves", n)
	}
}

// TestHoldsAny checks the alignment of a mention with a key's fillers:
// whole words, any case, fillers under three letters ignored.
func TestHoldsAny(t *testing.T) {
	tests := []struct {
		name, text string
		fillers    []string
		want       bool
	}{
		{"whole word", "TERRORISTS ATTACKED THE POST IN USULUTAN.", []string{"usulutan"}, true},
		{"inside a word", "THE FMLNS SAID", []string{"FMLN"}, false},
		{"second occurrence whole", "FMLNS AND THE FMLN", []string{"FMLN"}, true},
		{"short filler ignored", "HE WAS SHOT", []string{"HE"}, false},
		{"none", "NOTHING HERE", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := holdsAny(tt.text, tt.fillers); got != tt.want {
				t.Errorf("holdsAny(%q, %q) = %v, want %v", tt.text, tt.fillers, got, tt.want)
			}
		})
	}
}

// TestOld checks which keys count as background: dated more than
// recentDays before the document.
func TestOld(t *testing.T) {
	recentDays = 7
	day := func(s string) *string { return &s }
	tests := []struct {
		name, pub, to string
		want          bool
	}{
		{"same day", "1989-12-30", "1989-12-30", false},
		{"a week before", "1989-12-30", "1989-12-23", false},
		{"a month before", "1989-12-30", "1989-11-30", true},
		{"no publication date", "", "1989-11-30", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d mucDoc
			d.Date = tt.pub
			d.Templates = []mucTemplate{{Dates: []keyDate{{day(tt.to), day(tt.to)}}}}
			if got := d.old(0); got != tt.want {
				t.Errorf("old = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAUC checks the ranking measure on small cases, ties included.
func TestAUC(t *testing.T) {
	ex := []example{{Example: Example{Positive: true}}, {Example: Example{Positive: false}}, {Example: Example{Positive: true}}, {Example: Example{Positive: false}}}
	all := func(example) bool { return true }
	tests := []struct {
		name string
		p    []float64
		want float64
	}{
		{"perfect", []float64{0.9, 0.1, 0.8, 0.2}, 1},
		{"inverted", []float64{0.1, 0.9, 0.2, 0.8}, 0},
		{"all tied", []float64{0.5, 0.5, 0.5, 0.5}, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := auc(ex, tt.p, all); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("auc = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestTrainDeterministic checks that the same examples give the same
// weights, and that a feature seen only in positives scores above one
// seen only in negatives.
func TestTrainDeterministic(t *testing.T) {
	var ex []Example
	for i := range 40 {
		if i%2 == 0 {
			ex = append(ex, Example{Features: []string{"w:killed", "f:specific"}, Positive: true})
		} else {
			ex = append(ex, Example{Features: []string{"w:often", "why:frame"}})
		}
	}
	cfg := TrainConfig{Bits: 10, Epochs: 5, Rate: 2, L2: 1e-4, Seed: 1}
	a, b := train(ex, cfg), train(ex, cfg)
	for i := range a.w {
		if a.w[i] != b.w[i] {
			t.Fatalf("weight %d: %v then %v", i, a.w[i], b.w[i])
		}
	}
	if pos, neg := a.score([]string{"w:killed", "f:specific"}), a.score([]string{"w:often", "why:frame"}); pos <= 0.5 || neg >= 0.5 {
		t.Errorf("scores %.3f (positive) and %.3f (negative)", pos, neg)
	}
}
