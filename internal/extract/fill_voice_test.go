package extract

import "testing"

// TestWhoStruckAndWhoSays checks the perpetrator and its attribution by
// the grammar around the attack word (who stands before an active verb or
// after "by" of an attack noun, who beats an attack back) and by the
// speaker's clause (an official voice filed from its own capital).
func TestWhoStruckAndWhoSays(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"an unnamed military voice under its own capital's dateline claims",
			"BAGHDAD, March 4 - Iraqi warplanes bombed an oil terminal at Kharg Island on Thursday, a military spokesman said.",
			"remote_violence 2021-03-04 by=Iraqi/claimed"},
		{"the same voice filed from a third country only reports",
			"NICOSIA, March 4 - Iraqi warplanes bombed an oil terminal at Kharg Island on Thursday, a military spokesman said.",
			"remote_violence 2021-03-04 by=Iraqi/suspected"},
		{"the capital's voice telling of the enemy's attack accuses it",
			"BAGHDAD, March 4 - Iranian forces attacked Iraqi positions east of Basra on Thursday, a military spokesman said.",
			"clash 2021-03-04 by=Iranian forces/suspected"},
		{"the state's official agency, a long speaker's name after the comma",
			"BAGHDAD, March 4 - Iraqi planes raided the Iranian town of Dezful on Thursday, the official Iraqi News Agency said.",
			"remote_violence 2021-03-04 by=Iraqi/claimed"},
		{"an indefinite speaker is a new party, not the state an earlier sentence quoted",
			"BEIRUT, March 4 - The Syrian Observatory for Human Rights said at least 40 people were hurt. At least 20 people were killed on Thursday in Syrian government air strikes on a market in Douma, a monitoring group said.",
			"remote_violence 2021-03-04 killed=20.. injured=40.. by=Syrian government/suspected"},
		{"witnesses under the capital's dateline are no state voice",
			"BAGHDAD, March 4 - Iraqi warplanes bombed an oil terminal at Kharg Island on Thursday, witnesses said.",
			"remote_violence 2021-03-04 by=Iraqi/suspected"},
		{"the force that beats an attack back claims nothing: the attacker is accused",
			"BAGHDAD, March 4 - Iraqi troops beat back an Iranian attack east of Basra on Thursday, a military communique said.",
			"clash 2021-03-04 by=Iranian/suspected"},
		{"the doer of an attack noun after by, past a count and a service",
			"WASHINGTON, March 4 - An attack by four U.S. Navy destroyers damaged an Iranian oil platform in the Gulf on Thursday, the Pentagon said.",
			"remote_violence 2021-03-04 by=U.S. Navy destroyers/claimed"},
		{"a state's ships that strike are its force",
			"BAGHDAD, March 4 - Iraqi ships shelled an Iranian oil platform in the northern Gulf on Thursday, the military command said.",
			"remote_violence 2021-03-04 by=Iraqi ships/claimed"},
		{"a state's aircraft that strike are its force",
			"BAHRAIN, March 4 - Iraqi aircraft attacked two tankers near Kharg Island on Thursday, shipping sources said.",
			"remote_violence 2021-03-04 by=Iraqi/suspected"},
		{"ships struck in a convoy are no doers",
			"BAHRAIN, March 4 - Iranian gunboats attacked a convoy of Kuwaiti ships in the Gulf on Thursday, shipping sources said.",
			"remote_violence 2021-03-04 by=Iranian/suspected"},
		{"what the platform fired on is the target, not a doer",
			"WASHINGTON, March 4 - U.S. warships shelled an Iranian oil platform in the Gulf on Thursday, the Pentagon said. It said the platform had been used to fire on U.S. helicopters.",
			"remote_violence 2021-03-04 by=U.S./claimed"},
		{"a state's report goes on with ', saying its forces', past a day word before the verb",
			"NICOSIA, March 4 - Iran on Thursday reported gains near Basra, saying its forces had captured an Iraqi defensive line.",
			"clash 2021-03-04 by=Iran/claimed"},
		{"a named group told of as doing it, with no verb of violence near, is blamed",
			"MANAGUA, March 4 - Contra rebels tried to blow up an electricity pylon in Managua on Thursday in what diplomats say was the rebels' first sabotage attack in the capital.",
			"armed_assault 2021-03-04 by=Contra/suspected"},
		{"a description with no group stays unknown",
			"MANAGUA, March 4 - Masked rebels tried to blow up an electricity pylon in Managua on Thursday in what diplomats say was the rebels' first sabotage attack in the capital.",
			"armed_assault 2021-03-04 by=Masked rebels/unknown"},
		{"a demonym on a strike noun that names an aircraft too is the state that struck",
			"KUWAIT, March 5 - Kuwait protested on Friday over an Iraqi air raid on Thursday against a Kuwaiti tanker.",
			"remote_violence 2021-03-04 by=Iraqi/suspected"},
		{"a cause word before an incident of its own, told in no other sentence, spares its demonym; the rocket fire is not the drone strike's",
			"BEIRUT, March 5 - Hezbollah fired rockets at an Israeli town on Friday, a day after an Israeli drone strike killed two of its fighters in southern Lebanon.",
			"remote_violence 2021-03-05 by=Hezbollah/suspected | remote_violence 2021-03-04 killed=2..2 by=Israeli/suspected"},
		{"what a state fired struck: the state struck",
			"KIEV, March 4 - Russian missiles hit the city of Kharkiv on Thursday, killing five people, Ukrainian officials said.",
			"remote_violence 2021-03-04 killed=5..5 by=Russia/suspected"},
		{"a state's missiles shot down struck nothing",
			"KIEV, March 4 - Russian missiles hit a depot in Kharkiv on Thursday. Ukrainian officials said two Russian missiles were shot down over Kyiv.",
			"remote_violence 2021-03-04 by=Russia/suspected"},
		{"a group's spokesman who told a news agency its fighters did it claims it",
			"KABUL, March 4 - Gunmen killed five policemen at a checkpoint in Kunduz on Thursday. A spokesman for the Taliban told Reuters its fighters had carried out the attack.",
			"armed_assault 2021-03-04 killed=5..5 by=Taliban/claimed"},
		{"who blames follows by of a reduced passive: not the accused",
			"WASHINGTON, March 4 - U.S. warships shelled an Iranian oil platform in the Gulf on Thursday, the Pentagon said. It chose the platform over missile sites blamed by Washington for an attack on a tanker.",
			"remote_violence 2021-03-04 by=U.S./claimed"},
		{"the capital's voice claims nothing for its troops that came under attack",
			"BAGHDAD, March 4 - Iraqi troops came under attack near Mosul on Thursday, losing five men, a military spokesman said.",
			"armed_assault 2021-03-04 killed=5..5"}, // the troops' five lost men are their dead (sideLost)
		{"a group that told a news agency it had no part denies",
			"KABUL, March 4 - A bomb killed five people at a market in Kunduz on Thursday. The Taliban told Reuters they had nothing to do with the blast.",
			"bombing 2021-03-04 killed=5..5 by=Taliban/denied"},
		{"a group that tells a news agency it did it claims",
			"KABUL, March 4 - A bomb killed five people at a market in Kunduz on Thursday. The Taliban tells Reuters its fighters set off the bomb.",
			"bombing 2021-03-04 killed=5..5 by=Taliban/claimed"},
		{"a third capital's reaction to another state's attack tells no incident of its own",
			"OSLO, March 4 - Norway said it understood why the U.S. Attacked a Syrian radar site on Thursday. It said the threat had grown after the missile attack on a Norwegian-owned tanker in Omani waters last week.",
			""},
		{"a speaker claims no deed whose subject names another state",
			"NICOSIA, March 4 - Egypt said on Thursday it understood why Israeli jets bombed a Syrian radar site near Damascus.",
			"remote_violence 2021-03-04 by=Israeli/suspected"},
		{"a demonym on a missile strike names the state that fired; the state after against is its target",
			"UNITED NATIONS, March 4 - Washington said it acted in self-defense. It cited an Iranian missile strike on Thursday in Kuwaiti waters against the United States-flag tanker Sea Star. \"United States forces have exercised the right of self-defense against attacks by Iran against United States vessels,\" the delegate said.",
			"remote_violence 2021-03-04 by=Iranian/suspected"},
		{"a speaker still claims its own deed over a named target",
			"NICOSIA, March 4 - Iran said on Thursday it fired a missile at a U.S.-flagged tanker in Kuwaiti waters.",
			"remote_violence 2021-03-04 by=Iran/claimed"},
		{"the striking state's ministry, named with it, tells of the strike in the next sentence",
			"BAHRAIN, March 4 - An Iranian oil platform was all but blown out of the water by U.S. warships on Thursday. The U.S. Defense Department said little of the structure remained.",
			"remote_violence 2021-03-04 by=U.S./claimed"},
		{"an administration unnamed under its own dateline names the strike",
			"WASHINGTON, March 4 - U.S. warships shelled an Iranian oil platform in the Gulf on Thursday, in what the administration called a measured response.",
			"remote_violence 2021-03-04 by=U.S./claimed"},
		{"another state's ministry speaks for that state only",
			"BAHRAIN, March 4 - U.S. warships shelled an Iranian oil platform in the Gulf on Thursday. The Iranian Defence Ministry said little of the structure remained.",
			"remote_violence 2021-03-04 by=U.S./suspected"},
		{"officials unnamed under the dateline may be anyone's",
			"WASHINGTON, March 4 - U.S. warships shelled an Iranian oil platform in the Gulf on Thursday, officials said.",
			"remote_violence 2021-03-04 by=U.S./suspected"},
		{"the state's ministry that negates claims nothing",
			"BAHRAIN, March 4 - U.S. warships shelled an Iranian oil platform in the Gulf on Thursday. The U.S. Defense Department said no one had been on the platform.",
			"remote_violence 2021-03-04 by=U.S./suspected"},
		{"a side of a clash the report names is suspected",
			"MAIDUGURI, March 4 - Fighting broke out between Boko Haram fighters and soldiers near Bama on Thursday, residents said.",
			"clash 2021-03-04 by=Boko Haram/suspected"},
		{"a bare force in the place of the accused",
			"SAN SALVADOR, March 4 - Church leaders accused the air force of bombing a chapel near Suchitoto on Thursday.",
			"remote_violence 2021-03-04 by=air force/suspected"},
		{"a group past the accused deed is the victim's side",
			"BOGOTA, March 4 - The ELN accused Colombian security agents of assassinating ELN commander Jose Ruiz in Cucuta on Thursday.",
			"assassination 2021-03-04 by=Colombian security agents/suspected"},
		{"a force's verb past an aside that opens with a participle",
			"KHARTOUM, March 4 - Government troops, backed by helicopter gunships and using heavy mortars, shelled three villages near Kadugli on Thursday.",
			"remote_violence 2021-03-04 by=Government troops/suspected"},
	}
	checkFills(t, tests)
}

// TestOfficialVoice checks which speakers before a report verb speak for
// a state without naming it.
func TestOfficialVoice(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"a military spokesman", "Jets raided the town, a military spokesman said.", true},
		{"the high command", "Jets raided the town, the high command said.", true},
		{"a communique", "Jets raided the town, a communique said.", true},
		{"the official news agency", "Jets raided the town, the official news agency said.", true},
		{"state radio", "Jets raided the town, state radio said.", true},
		{"a news agency of no state", "Jets raided the town, a news agency said.", false},
		{"witnesses", "Jets raided the town, witnesses said.", false},
		{"police", "Jets raided the town, police said.", false},
		{"officials", "Jets raided the town, officials said.", false},
		{"a rebel commander holding military", "Jets raided the town, a rebel military commander said.", false},
		{"a named group's commission", "Jets raided the town, a Taliban military commission said.", false},
		{"another place's ministry", "Jets raided the town, the Gaza health ministry said.", false},
		{"a bare ministry may be any", "Jets raided the town, the ministry said.", false},
		{"the defence ministry", "Jets raided the town, the defence ministry said.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := readPassage(t, "2021-03-05", "", tc.body)
			v := int32(-1)
			for j := range a.toks {
				if a.lowerWord(int32(j)) == "said" {
					v = int32(j)
				}
			}
			if v < 0 {
				t.Fatal("no report verb")
			}
			if got := a.officialVoice(a.quoteStart(v), v); got != tc.want {
				t.Errorf("officialVoice(%q) = %v, want %v", a.text(a.quoteStart(v), v), got, tc.want)
			}
		})
	}
}

// TestRepelsAfter checks that a force beating an attack back is told
// apart from a force attacking, past adverbs and in two-word verbs.
func TestRepelsAfter(t *testing.T) {
	tests := []struct {
		name, body, force string
		want              bool
	}{
		{"repulsed", "Iraqi troops repulsed an Iranian attack.", "troops", true},
		{"beat back, two words", "Iraqi troops beat back an Iranian attack.", "troops", true},
		{"past an adverb", "Iraqi troops again fought off an Iranian attack.", "troops", true},
		{"an attack", "Iraqi troops attacked Iranian positions.", "troops", false},
		{"beat alone is no repelling", "Iraqi police beat protesters.", "police", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := readPassage(t, "2021-03-05", "", tc.body)
			j := int32(-1)
			for k := range a.toks {
				if a.lowerWord(int32(k)) == tc.force {
					j = int32(k) + 1
					break
				}
			}
			if j < 0 {
				t.Fatal("no force")
			}
			if got := a.repelsAfter(j); got != tc.want {
				t.Errorf("repelsAfter(after %q) = %v, want %v", tc.force, got, tc.want)
			}
		})
	}
}
