package extract

import (
	"slices"
	"testing"
)

// TestPerpetratorsAcrossIncidents checks which of two incidents a group
// goes to when one story tells both: a claim of "the attack" goes to the
// attack the body has told before it (firstToldInBody), though the
// headline named both, and a group in one clause of a sentence split at
// its places goes to that clause's incident alone (otherClause).
func TestPerpetratorsAcrossIncidents(t *testing.T) {
	const headline = "Taliban attack kills six police in Kunduz; bomb kills three in Baghlan"
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{"a claim of the attack told before the bomb is the attack's",
			headline,
			"Gunmen attacked a police checkpoint in Kunduz on Friday, killing six policemen. A Taliban spokesman said the group's fighters had carried out the attack. In Baghlan, a roadside bomb struck a minivan on Friday, killing three civilians.",
			[]string{"armed_assault 2020-05-01 killed=6..6 by=Taliban/claimed", "bombing 2020-05-01 killed=3..3"}},
		{"a claim of the attack told after the bomb, before the body tells the other attack, is the bomb's",
			headline,
			"In Baghlan, a roadside bomb struck a minivan on Friday, killing three civilians. A Taliban spokesman said the group's fighters had carried out the attack. Gunmen attacked a police checkpoint in Kunduz on Friday, killing six policemen.",
			[]string{"armed_assault 2020-05-01 killed=6..6 by=Taliban/suspected", "bombing 2020-05-01 killed=3..3 by=Taliban/claimed"}},
		{"a group in the first clause of a split sentence is not the second clause's",
			"",
			"Taliban fighters attacked a police checkpoint in Kunduz on Friday, killing six policemen, while a roadside bomb killed three civilians in Baghlan.",
			[]string{"armed_assault 2020-05-01 killed=6..6 by=Taliban/suspected", "bombing 2020-05-01 killed=3..3"}},
		{"a group in the second clause of a split sentence is not the first clause's",
			"",
			"A roadside bomb killed three civilians in Baghlan on Friday, and Taliban fighters attacked a police checkpoint in Kunduz, killing six policemen.",
			[]string{"bombing 2020-05-01 killed=3..3", "armed_assault 2020-05-01 killed=6..6 by=Taliban/suspected"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fillPassage(t, "2020-05-02", tt.title, tt.body); !slices.Equal(got, tt.want) {
				t.Errorf("records %q, want %q", got, tt.want)
			}
		})
	}
}
