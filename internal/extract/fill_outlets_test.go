package extract

import "testing"

// TestVoiceOwner checks whose own voice the speaker before the last
// report verb is: a group's outlet known to the lexicon, an outlet noun a
// group owns by its possessive, "of", "-run" or a compound, "the group's"
// for the group last named, the rebels of a story of one insurgency; a
// state's outlet is no group's.
func TestVoiceOwner(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"an outlet of the lexicon", "Rebels attacked the post. Radio Venceremos said.", "Farabundo Marti National Liberation Front"},
		{"an apposition with a possessive", "Radio Progreso, the FMLN's station, said.", "Farabundo Marti National Liberation Front"},
		{"the voice of a group", "Radio Progreso, the official voice of the FMLN, reported.", "Farabundo Marti National Liberation Front"},
		{"a group-run channel", "A Hamas-run television channel said.", "Hamas"},
		{"a compound", "FMLN radio said.", "Farabundo Marti National Liberation Front"},
		{"the group's website", "Police suspected Hamas. A statement on the group's website said.", "Hamas"},
		{"the rebel radio of one insurgency", "Police suspected the ELN. The rebel radio said.", "National Liberation Army"},
		{"the army's radio", "Police suspected the ELN. The army's radio said.", ""},
		{"state radio", "Police suspected the ELN. State radio said.", ""},
		{"an inspired website is not the group's", "An al-Qaeda-inspired website said.", ""},
		{"a radio with no owner", "A radio station said.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := readPassage(t, "2021-03-05", "", tc.body)
			v := int32(-1)
			for j := range a.toks {
				if w := a.lowerWord(int32(j)); w == "said" || w == "reported" {
					v = int32(j)
				}
			}
			si := a.sentOf[v]
			r0, r1 := a.voiceRegion(int32(a.sents[si].First), v)
			got := ""
			if g, _, _, ok := a.voiceOwner(si, r0, r1); ok {
				got = g.Name
			}
			if got != tc.want {
				t.Errorf("voiceOwner(%q) = %q, want %q", a.text(r0, r1), got, tc.want)
			}
		})
	}
}

// TestGroupVoiceClaims checks that a group's own voice telling of its
// side's deed claims it, and that another side's voice, or the group's
// voice telling of the enemy's deed, claims nothing for the group.
func TestGroupVoiceClaims(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"the group's station tells of the rebels' attack",
			"SAN SALVADOR, March 4 - Radio Venceremos, the FMLN's station, said the rebels attacked an army post in Perquin on Thursday, killing six soldiers.",
			"armed_assault 2021-03-04 killed=6..6 by=FMLN: Farabundo Marti National Liberation Front/claimed"},
		{"the group's outlet alone names it",
			"NIAMEY, March 4 - Militants attacked an army camp in Ouallam on Thursday, killing six soldiers. Amaq said fighters of the group had stormed the camp.",
			"armed_assault 2021-03-04 killed=6..6 by=ISIS: Islamic State/claimed"},
		{"according to the group's radio, its side's deed",
			"SAN SALVADOR, March 4 - According to Radio Venceremos, guerrillas attacked an army post in Perquin on Thursday, killing six soldiers.",
			"armed_assault 2021-03-04 killed=6..6 by=FMLN: Farabundo Marti National Liberation Front/claimed"},
		{"the deed told before according to the group's radio",
			"SAN SALVADOR, March 4 - FMLN guerrillas attacked an army post in Perquin on Thursday, killing six soldiers, according to Radio Venceremos.",
			"armed_assault 2021-03-04 killed=6..6 by=FMLN: Farabundo Marti National Liberation Front/claimed"},
		{"the group's radio claiming that its units did it",
			"SAN SALVADOR, March 4 - Guerrillas attacked an army post in Perquin on Thursday, killing six soldiers. Radio Venceremos claimed that FMLN units had carried out the raid.",
			"armed_assault 2021-03-04 killed=6..6 by=FMLN: Farabundo Marti National Liberation Front/claimed"},
		{"the army's radio accuses",
			"SAN SALVADOR, March 4 - The army's radio said FMLN guerrillas attacked an army post in Perquin on Thursday, killing six soldiers.",
			"armed_assault 2021-03-04 killed=6..6 by=FMLN: Farabundo Marti National Liberation Front/suspected"},
		{"the group's radio telling of the enemy's deed claims nothing and is no doer",
			"SAN SALVADOR, March 4 - Radio Progreso, the voice of the FMLN, said soldiers shot dead six peasants in Perquin on Thursday.",
			"armed_assault 2021-03-04 killed=6..6 by=soldiers/suspected"},
	}
	checkFills(t, tests)
}
