package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/lexicon"
)

// TestMentions checks which sentences the mentions stage keeps as
// reports of violence and what it reads in each: specific or generic,
// hedged, split from a round-up, its event places, event dates and
// reporting dates.
func TestMentions(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"an attack word says what happened",
			"A car bomb exploded in Kabul on Friday.",
			[]string{"A car bomb exploded in Kabul on Friday. specific place=Kabul date=Friday"}},
		{"no violence, no mention",
			"The minister visited Kabul on Friday.",
			nil},
		{"a threat is hedged",
			"The group threatened to attack the city.",
			[]string{"The group threatened to attack the city. hedged"}},
		{"the day of a statement is not the day of the event",
			"Gunmen killed three people in Kano, police said on Friday.",
			[]string{"Gunmen killed three people in Kano, police said on Friday. specific place=Kano said=Friday"}},
		{"a round-up sentence is split at its places",
			"Bombings in Diyala province killed eight people, while two blasts in Kirkuk killed one.",
			[]string{
				"Bombings in Diyala province killed eight people, specific split place=Diyala",
				"while two blasts in Kirkuk killed one. specific split place=Kirkuk",
			}},
		{"where the wounded were taken is not where it happened",
			"A bomb exploded on Friday and the wounded were taken to hospitals in Maiduguri.",
			[]string{"A bomb exploded on Friday and the wounded were taken to hospitals in Maiduguri. specific date=Friday"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ms := mentionsOf(t, "2020-05-01", "", tt.body)
			var got []string
			for _, m := range ms {
				got = append(got, a.showMention(m))
			}
			if g, w := strings.Join(got, "\n"), strings.Join(tt.want, "\n"); g != w {
				t.Errorf("mentions\n got %s\nwant %s", g, w)
			}
		})
	}
}

// TestStatements checks the casualty statements read in a sentence: the
// effect, each counted part with its party, and the flags that decide
// whether a figure counts.
func TestStatements(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a subject before a passive verb",
			"At least two policemen were killed.",
			[]string{"kill: 2 security_forces (At least two policemen)"}},
		{"an object after an active verb, and a second effect",
			"The bomb killed 15 people and wounded 20 others.",
			[]string{"kill: 15 (15 people)", "injure: 20 additional (20 others)"}},
		{"a toll that rises is an update",
			"The death toll rose to 43 on Saturday.",
			[]string{"kill: 43 (43) [update]"}},
		{"a breakdown is a subset",
			"The attack killed 12 people, including two soldiers.",
			[]string{"kill: 12 (12 people) + 2 security_forces subset (two soldiers)"}},
		{"a hedged figure",
			"Unconfirmed reports said 50 people were killed.",
			[]string{"kill: 50 (50 people) [hedged]"}},
		{"no one was hurt",
			"No one was injured in the blast.",
			[]string{"injure: 0 zero (No one)"}},
		{"ships are not people",
			"Ten ships were damaged and weak economies hurt.",
			nil},
	}
	effects := map[lexicon.Category]string{lexicon.Kill: "kill", lexicon.Injure: "injure", lexicon.Kidnap: "kidnap"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readPassage(t, "2020-05-01", "", tt.body)
			var got []string
			for si := range a.sents {
				for _, st := range a.statements(int32(si), a.sentTerms(int32(si))) {
					var parts []string
					for _, p := range st.parts {
						s := fmt.Sprint(p.n)
						for _, f := range []struct {
							on   bool
							name string
						}{{p.party != "", p.party}, {p.additional, "additional"}, {p.subset, "subset"}, {p.zero, "zero"}} {
							if f.on {
								s += " " + f.name
							}
						}
						parts = append(parts, s+" ("+a.text(p.t0, p.t1)+")")
					}
					s := effects[st.effect] + ": " + strings.Join(parts, " + ")
					for _, f := range []struct {
						on   bool
						name string
					}{{st.update, "update"}, {st.old, "old"}, {st.subset, "subset"}, {st.hedged, "hedged"}, {st.confirmed, "confirmed"}} {
						if f.on {
							s += " [" + f.name + "]"
						}
					}
					got = append(got, s)
				}
			}
			if g, w := strings.Join(got, "\n"), strings.Join(tt.want, "\n"); g != w {
				t.Errorf("statements\n got %s\nwant %s", g, w)
			}
		})
	}
}
