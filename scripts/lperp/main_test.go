package main

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/record"
)

// TestCandidates checks the candidate sources on an invented report: a
// lexicon group, a state force with its demonym, a bare force noun and a
// capitalised name with a trailing group noun, each once, and no
// sentence-initial function word.
func TestCandidates(t *testing.T) {
	lex, err := actor.Load()
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{Text: "The Taliban said they attacked a post in Kunduz. Afghan troops returned fire.\n" +
		"Police blamed Kuchi herders for an earlier raid. The Taliban denied it."}
	var got []string
	for _, c := range candidates(d, record.Result{}, lex) {
		got = append(got, c.source+":"+c.name)
	}
	for _, want := range []string{"lex:Taliban", "state:Afghan troops", "caps:Kunduz", "caps:Kuchi herders"} {
		if !slices.Contains(got, want) {
			t.Errorf("candidates %q lack %q", got, want)
		}
	}
	if slices.Contains(got, "caps:The") {
		t.Errorf("candidates %q hold a sentence-initial article", got)
	}
}

// TestOnlyRequired checks that every incident but the chosen one becomes
// optional.
func TestOnlyRequired(t *testing.T) {
	line := []byte(`{"file": "x.txt", "incidents": [{"type": "bombing"}, {"type": "arson"}, {"type": "clash", "optional": true}]}`)
	var g struct {
		Incidents []struct {
			Optional bool `json:"optional"`
		} `json:"incidents"`
	}
	if err := json.Unmarshal(onlyRequired(line, 1), &g); err != nil {
		t.Fatal(err)
	}
	if got := []bool{g.Incidents[0].Optional, g.Incidents[1].Optional, g.Incidents[2].Optional}; !slices.Equal(got, []bool{true, false, true}) {
		t.Errorf("optional flags = %v, want [true false true]", got)
	}
}
