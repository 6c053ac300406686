package main

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/record"
)

// TestGroupShaped checks the filter the gated variants apply: names of
// the actor lexicon, capitalised names with a group word, acronyms, and
// nothing in an all-capitals headline.
func TestGroupShaped(t *testing.T) {
	lex, err := actor.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, src, span string
		want            bool
	}{
		{"lexicon group", "Police blamed the Taliban for the attack.", "Taliban", true},
		{"group word and capitals", "The Revolutionary Justice Organisation said it did it.", "Revolutionary Justice Organisation", true},
		{"acronym", "Police blamed the MNPF for the ambush.", "MNPF", true},
		{"headline capitals", "SOUTH AFRICAN MINISTER SHOT\nCAPE TOWN, March 29 - a shooting.", "SOUTH", false},
		{"description", "Unidentified gunmen opened fire on the bus.", "gunmen", false},
		{"place with a group word (what the filter lets through)", "Gunmen attacked a village in Katsina State on Sunday.", "Katsina State", true},
		{"one capitalised group word", "The Army said the post was attacked.", "Army", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := strings.Index(tc.src, tc.span)
			if got := groupShaped(lex, tc.src, s, s+len(tc.span)); got != tc.want {
				t.Errorf("groupShaped(%q) = %v, want %v", tc.span, got, tc.want)
			}
		})
	}
}

// TestIncidentSentences checks that an evidence span widens to its
// sentence, in the title-and-text string the models read.
func TestIncidentSentences(t *testing.T) {
	title, body := "Bomb kills two", "A car bomb exploded. Rebels were blamed. Police came."
	src := title + "\n\n" + body
	for _, tc := range []struct {
		name string
		ev   record.Evidence
		want string
	}{
		{"in the text", record.Evidence{Start: strings.Index(body, "Rebels"), End: strings.Index(body, "Rebels") + 6}, " Rebels were blamed"},
		{"in the title", record.Evidence{Start: 0, End: 4, In: "title"}, "Bomb kills two"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs := incidentSentences(src, len(title), &record.Incident{Evidence: []record.Evidence{tc.ev}})
			if len(rs) != 1 || src[rs[0][0]:rs[0][1]] != tc.want {
				t.Errorf("got %v, want one range over %q", rs, tc.want)
			}
		})
	}
}
