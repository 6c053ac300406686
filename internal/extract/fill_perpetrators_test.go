package extract

import (
	"slices"
	"testing"

	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
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

// TestAnsweringSideNoDoer checks that the side a deed befell is not made
// its doer, nor its voice a claim: the side that answers the deed
// ("retaliate for", "avenge", "respond to", "protested over", "revenge
// for") and the side whose platform, troops or camp is the subject of
// the deed in the passive ("its oil platform was attacked", "Iranian
// gunboats were attacked"). A side that tells its own deed, its answer
// included ("retaliated by shelling"), still claims it.
func TestAnsweringSideNoDoer(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"a state vowing to retaliate for an attack on its rig is its victim",
			"Iran said it would retaliate for Thursday's missile attack on an Iranian oil rig in the Gulf.",
			"remote_violence 2021-03-04"},
		{"a state that will respond to the attack on its platform",
			"U.S. warships shelled an oil platform in the Gulf on Thursday. Iran said it would respond to the attack on its platform.",
			"remote_violence 2021-03-04 by=U.S./suspected"},
		{"a state that will avenge it",
			"U.S. warships shelled an oil platform in the Gulf on Thursday. Iran said it would avenge the attack on its platform.",
			"remote_violence 2021-03-04 by=U.S./suspected"},
		{"a state that protested over the attack on its tanker",
			"A missile hit a Kuwaiti-flagged tanker off Kuwait on Thursday. Kuwait said it had protested to Iran over the missile attack on its tanker.",
			"remote_violence 2021-03-04"},
		{"a state that will take revenge",
			"A bomb exploded at the Iranian embassy in Beirut on Thursday, killing two guards. Iran said it would take revenge for the bombing of its embassy.",
			"bombing 2021-03-04 killed=2..2"},
		{"a state's platform told in the passive: the platform was struck",
			"Iran said its oil platform in the Gulf was attacked by U.S. warships on Thursday.",
			"remote_violence 2021-03-04 by=U.S./suspected"},
		{"a state told in the passive with its pronoun",
			"Iran said it had been attacked by U.S. warships in the Gulf on Thursday.",
			"remote_violence 2021-03-04 by=U.S./suspected"},
		{"a headline's passive has no auxiliary before its agent",
			"A missile struck a tanker off Kuwait on Thursday, wounding three crewmen. KUWAIT SAYS ITS TANKER HIT BY MISSILE.",
			"remote_violence 2021-03-04 injured=3..3"},
		{"a group's camp bombed, told by the group",
			"The FMLN said its camp near Suchitoto was bombed by air force planes on Thursday.",
			"remote_violence 2021-03-04 by=air force/suspected"},
		{"a state's force the subject of a passive attack verb is struck",
			"Tehran radio said Iranian gunboats were attacked by U.S. helicopters in the Gulf on Thursday.",
			"remote_violence 2021-03-04 by=U.S./suspected"},
		{"a relative clause between the force and its passive verb of attack",
			"A Honduran helicopter, which was evacuating casualties, was attacked by a Salvadoran helicopter near the border on Thursday.",
			"remote_violence 2021-03-04 by=Salvadoran/suspected"},
		{"a state's force attacked, told by the state, claims nothing",
			"Iran said Iranian troops were attacked near Basra on Thursday.",
			"armed_assault 2021-03-04"},
		{"an answer told by its deed after by is the state's own, a claim",
			"Iraq said it retaliated by shelling Iranian positions near Basra on Thursday.",
			"remote_violence 2021-03-04 by=Iraq/claimed"},
		{"an answer fused to the deed names it",
			"Iraq said its warplanes carried out reprisal raids on Iranian towns.",
			"remote_violence 2021-03-05 by=Iraq/claimed"},
		{"a state's government that protested over the attack on its rig answers it",
			"The Iranian government protested over Thursday's missile attack on an Iranian oil rig in the Gulf.",
			"remote_violence 2021-03-04"},
		{"a government answering with air raids made them",
			"The Iraqi government retaliated with air raids on Iranian towns on Thursday, killing 20 civilians.",
			"remote_violence 2021-03-04 killed=20..20 by=Iraqi government/suspected"},
		{"a state that struck in retaliation claims its strike",
			"Iran said it attacked an Iraqi oil platform in the Gulf on Thursday in retaliation for the bombing of its cities.",
			"remote_violence 2021-03-04 by=Iran/claimed"},
	}
	checkFills(t, tests)
}

// TestOtherDenier checks who denies: the subject of the verb of denial,
// so that an actor named in what another party denies is not the one
// who denied it (otherDenier), while a state denying its own force's
// deed, or a group its fighters', is.
func TestOtherDenier(t *testing.T) {
	tests := []struct {
		name, body, actor string
		other             bool
	}{
		{"rebels deny the army's deed", "Rebels denied that the army bombed the market in Kidal.", "army", true},
		{"a labour union denies the peasants' deed", "The labour confederation denied that peasants had ambushed the police patrol.", "peasants", true},
		{"a ministry denies its force's deed", "The defence ministry denied that the air force bombed the village.", "force", false},
		{"a state denies another state's force", "Iran denied that Iraqi warplanes had attacked the tanker.", "warplanes", true},
		{"a state denies its own force, named", "Iraq denied that Iraqi warplanes had attacked the tanker.", "warplanes", false},
		{"a group's voice denies its fighters' deed", "MILF spokesman Eid Kabalu denied the rebels torched the homes.", "rebels", false},
		{"an own pronoun", "Armenia denied that its troops had fired first.", "troops", false},
		{"a pronoun for the denier", "He denied that the army bombed the market in Kidal.", "army", false},
		{"no subject before a participle", "Denying that the army bombed the market, rebels said the town was calm.", "army", false},
		{"an adverb before the verb", "We completely deny that the army bombed the market, IRPT said.", "army", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := storyOf(t, "2020-05-01", "", tt.body) // places resolved: a demonym's state
			var cue term
			for _, tm := range a.terms {
				if tm.p.Cat == lexicon.Attribution && tm.p.Value == record.Denied {
					cue = tm
					break
				}
			}
			if cue.p == nil {
				t.Fatal("no cue of denial")
			}
			for j := cue.t1; j < int32(len(a.toks)); j++ {
				if a.lowerWord(j) == tt.actor {
					t0 := j
					if a.lowerWord(j-1) == "air" || a.isDemonym(j-1) {
						t0 = j - 1
					}
					if got := a.otherDenier(cue, t0, j+1); got != tt.other {
						t.Errorf("otherDenier = %v, want %v", got, tt.other)
					}
					return
				}
			}
			t.Fatalf("no actor %q after the cue", tt.actor)
		})
	}
}
