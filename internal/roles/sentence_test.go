package roles

import (
	"slices"
	"strings"
	"testing"
)

func TestYear(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want int
	}{
		{"1989", 1989},
		{"2024", 2024},
		{"89", 0},
		{"1789", 0},
		{"19a9", 0},
		{"19899", 0},
	} {
		t.Run(tc.w, func(t *testing.T) {
			if got := year(tc.w); got != tc.want {
				t.Errorf("year(%q) = %d, want %d", tc.w, got, tc.want)
			}
		})
	}
}

// TestSentLabels checks which sentences hold a labelled filler: per role
// and for any role, by where the span starts.
func TestSentLabels(t *testing.T) {
	s := "the fmln attacked a bridge. the army said nothing. in 1984 the fmln kidnapped judge perez."
	d := Prepare(s).d
	at := func(sub string) int { return strings.Index(s, sub) }
	spans := []Span{
		{PerpOrg, at("fmln"), at("fmln") + len("fmln")},
		{Victim, at("judge perez"), at("judge perez") + len("judge perez")},
	}
	got := sentLabels(d, spans)
	want := make([][sentOut]bool, 3)
	want[0][PerpOrg], want[0][NumRoles] = true, true
	want[2][Victim], want[2][NumRoles] = true, true
	if !slices.Equal(got, want) {
		t.Errorf("sentLabels = %v, want %v", got, want)
	}
}

// TestSentFeatures checks the features that say when a sentence is set:
// a year five to eight years before the story's latest is an old event.
func TestSentFeatures(t *testing.T) {
	s := "the fmln attacked a bridge on 3 may 1989. in 1984 the fmln kidnapped judge perez."
	fs := sentFeatures(Prepare(s).d)
	if len(fs) != 2 {
		t.Fatalf("%d sentences, want 2", len(fs))
	}
	for _, tc := range []struct {
		sent int
		feat string
		want bool
	}{
		{0, "syr:0", true},
		{1, "syr:5-8", true},
		{0, "syr:5-8", false},
		{0, "sevc:trigger", true},
		{1, "sw:kidnapped", true},
		{1, "sbg:judge perez", true},
	} {
		t.Run(tc.feat, func(t *testing.T) {
			if got := slices.Contains(fs[tc.sent], hash(tc.feat)); got != tc.want {
				t.Errorf("sentence %d has %q: %v, want %v", tc.sent, tc.feat, got, tc.want)
			}
		})
	}
}

func TestTrainSentencesDeterministic(t *testing.T) {
	cfg := RankConfig{Epochs: 3, Seed: 5, Rate: 0.05, L2: 1e-5}
	a, b := TrainSentences(trainSlice, cfg), TrainSentences(trainSlice, cfg)
	if len(a.w) == 0 {
		t.Fatal("no weights")
	}
	for k, w := range a.w {
		if b.w[k] != w {
			t.Fatalf("feature %x: weights %v and %v", k, w, b.w[k])
		}
	}
	// the training passages' sentences with fillers rank above the rest
	if auc := SentenceAUC(a, trainSlice); auc < 0.8 {
		t.Errorf("AUC on the training passages %.3f, want at least 0.8", auc)
	}
}
