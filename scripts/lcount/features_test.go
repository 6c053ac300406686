package main

import (
	"slices"
	"testing"
)

// TestCandidates checks the number mentions a text offers: digits with
// commas, number words, "N hundred", "a dozen", "a"/"no" only beside a
// kill or hurt word, the sum of two counts joined by "and" when asked
// for, and the "none" option last.
func TestCandidates(t *testing.T) {
	sums = true
	defer func() { sums = false }()
	cs := candidates("Attack kills twenty-five",
		"Gunmen killed an officer and four soldiers on Sunday. Some 1,200 people fled, two hundred homes burned and a dozen cars. No one was hurt.", nil)
	var got []int
	for _, c := range cs {
		got = append(got, c.value)
	}
	// "two hundred homes burned and a dozen cars" is a sum candidate too
	// (212): the model, not the reader, weighs it; "no one" is 0 and 1
	want := []int{25, 1, 5, 4, 1200, 200, 212, 12, 0, 1, -1}
	if !slices.Equal(got, want) {
		t.Errorf("candidate values = %v, want %v", got, want)
	}
}

// TestFitDeterministic checks that the same items give the same weights
// and the same choice.
func TestFitDeterministic(t *testing.T) {
	var items []item
	texts := []struct {
		text string
		gold int
	}{
		{"Three people were killed and 12 wounded in 2019.", 3},
		{"A blast killed 7 and injured 40 on Monday, 20 km away.", 7},
		{"Police said 15 people died; 2 others were hurt.", 15},
		{"No one was killed, 9 were injured.", 0},
	}
	for _, x := range texts {
		items = append(items, item{gold: x.gold, cands: candidates("", x.text, nil)})
	}
	a, b := fit(items), fit(items)
	if !slices.Equal(a, b) {
		t.Fatal("two fits of the same items differ")
	}
	v, _, _ := choose(a, items[2].cands)
	if v != 15 {
		t.Errorf("in-sample choice = %d, want 15", v)
	}
}
