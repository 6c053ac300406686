package extract

import (
	"strings"
	"testing"
)

// TestExplosiveInstrument checks that an attack word takes the type its
// instrument gives it: explosives make a bombing (before the noun or
// after "with" or "using"), guns among the instruments an assault, and
// an attack with no instrument stays what its roles make it.
func TestExplosiveInstrument(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"an explosive before the attack noun",
			"A dynamite attack wrecked a party office in Huancayo on Thursday, police said.",
			"bombing 2021-03-04"},
		{"explosives as what the attack was made with",
			"Unidentified men attacked the embassy in Santiago with explosives on Thursday, police said.",
			"bombing 2021-03-04"},
		{"past a number and an adjective",
			"Gunmen attacked a bank in Medellin with two powerful bombs on Thursday.",
			"bombing 2021-03-04 by=Gunmen/unknown"},
		{"guns among the instruments: an assault",
			"Armed men attacked a bus near Huanta with rifles and dynamite on Thursday, killing four passengers.",
			"armed_assault 2021-03-04 killed=4..4 by=Armed men/unknown"},
		{"guns after a comma among the instruments: an assault",
			"Armed men attacked a bus near Huanta with dynamite, rifles and pistols on Thursday, killing four passengers.",
			"armed_assault 2021-03-04 killed=4..4 by=Armed men/unknown"},
		{"no instrument: the roles say what it was",
			"Gunmen attacked a bus near Huanta on Thursday, killing four passengers.",
			"armed_assault 2021-03-04 killed=4..4 by=Gunmen/unknown"},
	}
	checkFills(t, tests)
}

// TestDoersOf checks that a group named after the noun of its doers
// ("guerrillas of the X", "two brigades of X") is the perpetrator where
// the noun is the agent, and not where the noun is the victim.
func TestDoersOf(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"by guerrillas of the group",
			"Three engineers were kidnapped near Saravena on Thursday by guerrillas of the National Liberation Army, the army said.",
			"kidnapping 2021-03-04 by=ELN: National Liberation Army/suspected"},
		{"by units of a state's force",
			"Iraq said its troops repulsed an attack by two brigades of Iranian Revolutionary Guards east of Basra on Thursday.",
			"clash 2021-03-04 by=Iranian Revolutionary Guards/suspected"},
		{"the dead of the group are no doers",
			"Gunmen killed three fighters of the National Liberation Army near Saravena on Thursday.",
			"armed_assault 2021-03-04 killed=3..3 by=Gunmen/unknown"},
	}
	checkFills(t, tests)
}

// TestOwnDeedLed checks that a host government's voice after a comma
// claims the deed of its own forces that the sentence opens with, and
// only its own.
func TestOwnDeedLed(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"the host government tells of its troops' deed",
			"N'DJAMENA, March 5 - Chadian troops have recaptured the town of Fada, sources close to the government said.",
			"clash 2021-03-05 by=Chadian troops/claimed"},
		{"the host government tells of the other side's deed: no claim",
			"N'DJAMENA, March 5 - Libyan troops have recaptured the town of Fada, sources close to the government said.",
			"clash 2021-03-05 by=Libyan troops/suspected"},
		{"diplomats speak for no state",
			"N'DJAMENA, March 5 - Chadian troops have recaptured the town of Fada, Western diplomats said.",
			"clash 2021-03-05 by=Chadian troops/suspected"},
	}
	checkFills(t, tests)
}

// TestDescriptionInCapitals checks that in text written in capitals a
// description of the doers is its noun and its modifiers, not the words a
// capital would stretch it over.
func TestDescriptionInCapitals(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"the noun after by",
			"THE ARMY REPORTED THAT 12 PEASANTS WERE KIDNAPPED ON THURSDAY BY TERRORISTS IN SAN MIGUEL.",
			"kidnapping 2021-03-04 kidnapped=12..12 by=TERRORISTS/unknown"},
		{"words before the noun that are no modifiers are left out",
			"A GROUP OF GUERRILLAS KILLED TWO PEASANTS IN SAN MIGUEL ON THURSDAY.",
			"armed_assault 2021-03-04 killed=2..2 by=GUERRILLAS/unknown"},
	}
	checkFills(t, tests)
}

// TestHeldResponsibleAttributedTo checks the two wordings of blame that
// put the one blamed after the verb: "held X responsible" and "attributed
// (the attack) to X", for a group of the lexicon, a state force and
// people an accusation names, whatever noun or pronoun tells the deed
// (attributedAt), and that "attributed to" about something other than an
// attack blames no one.
func TestHeldResponsibleAttributedTo(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"a group held responsible",
			"A bomb exploded at a bank in Lima on Thursday, injuring two guards. Police held the Shining Path responsible for the attack.",
			"bombing 2021-03-04 injured=2..2 by=Shining Path/suspected"},
		{"an attack attributed to a group",
			"A bomb exploded at a bank in Lima on Thursday, injuring two guards. The attack was attributed to the Tupac Amaru Revolutionary Movement.",
			"bombing 2021-03-04 injured=2..2 by=MRTA: Tupac Amaru Revolutionary Movement/suspected"},
		{"people an accusation names, after attributed the bombing to",
			"A bomb exploded at a bank in Medellin on Thursday, injuring two guards. Police attributed the bombing to supporters of a jailed drug lord.",
			"bombing 2021-03-04 injured=2..2 by=supporters of a jailed drug lord/suspected"},
		{"a cause attributed to is no one",
			"A bomb exploded at a bank in Lima on Thursday, injuring two guards. Officials attributed the rise in attacks to the weak economy.",
			"bombing 2021-03-04 injured=2..2"},
		{"any deed noun heads the object of attributed",
			"Gunmen shot dead a judge in Medellin on Thursday. The authorities have attributed the murder to the drug mafias.",
			"assassination 2021-03-04 killed=1..1 by=drug mafias/suspected"},
		{"a pronoun as the whole object stands for the deed",
			"A bomb exploded at a bank in Lima on Thursday, injuring two guards. The police attributed it to the Shining Path.",
			"bombing 2021-03-04 injured=2..2 by=Shining Path/suspected"},
		{"a force the deed is attributed to",
			"A bomb exploded at a bank in Lima on Thursday, injuring two guards. The rebels ascribed the explosion to the army.",
			"bombing 2021-03-04 injured=2..2 by=army/suspected"},
		{"a deed after a preposition in the object is not its head",
			"Gunmen shot dead a judge in Medellin on Thursday. An analyst attributed the rise in crime to the drug mafias.",
			"assassination 2021-03-04 killed=1..1 by=Gunmen/unknown"},
	}
	checkFills(t, tests)
}

// TestVoiceClaims checks that a group named as the one its voice speaks
// for claims the attack the voice claims, and that a claim told by a
// group's spokesman of another group is the other's.
func TestVoiceClaims(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"a caller on behalf of the group claims",
			"Guerrillas blew up a section of the oil pipeline near Orito on Thursday, police said. A woman who said she was speaking on behalf of the National Liberation Army called a radio station in Cali to claim responsibility for the attack.",
			"bombing 2021-03-04 by=ELN: National Liberation Army/claimed"},
		{"a spokesman of one group telling of another's claim",
			"Guerrillas blew up a section of the oil pipeline near Orito on Thursday, police said. A spokesman for the Revolutionary Armed Forces of Colombia said the National Liberation Army had claimed responsibility for the attack.",
			"bombing 2021-03-04 by=ELN: National Liberation Army/claimed"},
	}
	checkFills(t, tests)
}

// TestDescribedDoers checks who a description of the attackers says they
// are: a determiner that opens the text after its dateline names no
// identity, a criminal organisation's trade does (without it, it is a
// doer only as the agent or blamed), a made thing is no doer, and neither
// are people who answer the attack or tell of it.
func TestDescribedDoers(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"a determiner after the dateline is no identity",
			"KANDAHAR, Afghanistan, March 5 - A gunman was behind the killing of a shopkeeper in Kandahar on Thursday, police said.",
			"armed_assault 2021-03-04 killed=1..1 by=gunman/unknown"},
		{"a capital after the dateline may be one",
			"KANDAHAR, Afghanistan, March 5 - Leftist guerrillas were behind the killing of a shopkeeper in Kandahar on Thursday, police said.",
			"armed_assault 2021-03-04 killed=1..1 by=Leftist guerrillas/suspected"},
		{"a trade says who they are",
			"A bomb wrecked a bank in Medellin on Thursday. Police attributed the bombing to cocaine mafias.",
			"bombing 2021-03-04 by=cocaine mafias/suspected"},
		{"a bare criminal organisation named in passing is no doer",
			"A bomb exploded at a bank that launders money for the cartels in Medellin on Thursday, wounding two guards.",
			"bombing 2021-03-04 injured=2..2"},
		{"a bare criminal organisation as the agent is",
			"Two guards were shot dead by a gang at a bank in Medellin on Thursday.",
			"armed_assault 2021-03-04 killed=2..2 by=gang/unknown"},
		{"a maker's aircraft are no doers",
			"Soviet-made bombers struck a village near Herat on Thursday, killing 12 villagers.",
			"remote_violence 2021-03-04 killed=12..12"},
		{"who answers the attack is no doer",
			"A bomb killed nine people at a union office in San Salvador on Thursday. The guerrillas decided to suspend the talks following the attack.",
			"bombing 2021-03-04 killed=9..9"},
		{"the source of according to is no doer",
			"A bomb killed nine people at a union office in San Salvador on Thursday. According to the guerrillas, the army is responsible.",
			"bombing 2021-03-04 killed=9..9"},
	}
	checkFills(t, tests)
}

// TestForceKillsCivilians checks that a state force killing a civilian is
// the doer, and one killing armed men is not (killsUnarmed), and that the
// lead's fuller description of a headline's craft wins (fullerCraft).
func TestForceKillsCivilians(t *testing.T) {
	tests := []struct {
		name, title, body, want string
	}{
		{"police killing a student",
			"", "DHAKA, March 5 - Police beat and killed a student in Rajshahi on Thursday, his family said.",
			"armed_assault 2021-03-04 killed=1..1 by=Police/suspected"},
		{"police killing armed men",
			"", "DHAKA, March 5 - Police killed three armed men in Rajshahi on Thursday, officials said.",
			"armed_assault 2021-03-04 killed=3..3"},
		{"a headline's craft and the lead's fuller one",
			"PLANES BOMB BORDER VILLAGES", "BAGHDAD, March 5 - Unidentified warplanes bombed two villages near Mandali on Thursday, travellers said.",
			"remote_violence 2021-03-04 by=Unidentified warplanes/unknown"},
		{"a headline's craft the lead names no fuller",
			"PLANES BOMB BORDER VILLAGES", "BAGHDAD, March 5 - Warplanes bombed two villages near Mandali on Thursday, travellers said.",
			"remote_violence 2021-03-04 by=PLANES/unknown"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(fillPassage(t, "2021-03-05", tc.title, tc.body), " | ")
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestNamedShips checks that ships named after their craft's noun are the
// force of the state whose official tells of them, which claims them, and
// that a craft followed by no name, or ships firing on the teller's own
// side, take no state from the teller (a craft that strikes is then only
// described: craftDoers).
func TestNamedShips(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"a minister tells of his state's ships",
			"PARIS, March 5 - French Defence Minister Paul Marchand told reporters the frigates Duquesne and Suffren fired on a gun battery east of Beirut on Thursday.",
			"by=French frigates Duquesne and Suffren/claimed"},
		{"a day's name after the craft is no ship",
			"BAGHDAD, March 5 - A military spokesman said the warplanes Thursday raided the Iranian port of Bushehr.",
			"by=warplanes/unknown"},
		{"the teller's side struck: an enemy's ships",
			"NICOSIA, March 5 - Iranian Defence Minister Ali Karimi told reporters the destroyers Kidd and Young fired on Iranian patrol boats near Bushehr on Thursday.",
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var doers []string // the doers only: the day a ship's name stands before is no matter here
			for _, inc := range fillPassage(t, "2021-03-05", "", tc.body) {
				if i := strings.Index(inc, "by="); i >= 0 {
					doers = append(doers, inc[i:])
				}
			}
			if got := strings.Join(doers, " | "); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestClaimingParticiple checks that a participle of claiming after the
// verb of a group or described doers, and its object, is their claim,
// and that one after an accuser's object is the accuser's saying.
func TestClaimingParticiple(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"a group telephones, claiming the attack",
			"A bomb destroyed a pylon outside Ayacucho on Thursday, police said.\n\nShining Path guerrillas later telephoned a radio station claiming the attack.",
			"bombing 2021-03-04 by=Shining Path/claimed"},
		{"described doers claim too",
			"A bomb destroyed a pylon outside Ayacucho on Thursday, police said.\n\nGuerrillas later telephoned a radio station claiming the attack.",
			"bombing 2021-03-04 by=Guerrillas/claimed"},
		{"an accuser's participle claims nothing",
			"A bomb destroyed a pylon outside Ayacucho on Thursday, police said.\n\nPolice blamed the Shining Path, claiming the attack bore its hallmarks.",
			"bombing 2021-03-04 by=Shining Path/suspected"},
	}
	checkFills(t, tests)
}

// TestModifierOfThePlace checks that a perpetrator noun before the head of
// a place or a target describes what was struck, not who struck, while
// one before a force's head is still the doer, described by the whole
// phrase, the force's noun its head ("Rebel soldiers").
func TestModifierOfThePlace(t *testing.T) {
	tests := []struct {
		name, title, body, want string
	}{
		{"a headline's rebel town",
			"PLANES BOMB REBEL TOWN", "KHARTOUM, March 5 - Twelve civilians were killed on Thursday when the town of Torit was bombed, residents said.",
			"remote_violence 2021-03-04 killed=12..12 by=PLANES/unknown"},
		{"rebel villages as the object",
			"", "KHARTOUM, March 5 - Twelve civilians were killed when planes bombed rebel villages near Torit on Thursday, residents said.",
			"remote_violence 2021-03-04 killed=12..12 by=planes/unknown"},
		{"rebel soldiers are the doers",
			"", "KHARTOUM, March 5 - Rebel soldiers attacked a market near Torit on Thursday, killing 12 civilians, residents said.",
			"armed_assault 2021-03-04 killed=12..12 by=Rebel soldiers/unknown"},
		{"the fighters' word before a force's head still names the story's insurgency",
			"", "SAN SALVADOR, March 5 - The FMLN said it would go on fighting.\n\nGuerrilla commandos attacked a police post in Usulutan on Thursday, killing two policemen.",
			"armed_assault 2021-03-04 killed=2..2 by=FMLN: Farabundo Marti National Liberation Front/suspected"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(fillPassage(t, "2021-03-05", tc.title, tc.body), " | ")
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestCraftDoers checks that a craft striking with no owner named is the
// doer as the text describes it, unknown unless a cue attributes it, that
// the teller of the strike is not its doer, and that a craft whose owner
// is named is that state's force.
func TestCraftDoers(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"a bare craft, told by rebels",
			"KHARTOUM, March 5 - Aircraft bombed Torit on Thursday, killing 12 civilians, rebels said.",
			"remote_violence 2021-03-04 killed=12..12 by=Aircraft/unknown"},
		{"a counted craft",
			"KABUL, March 5 - Two helicopter gunships raided a village near Jalalabad on Thursday, killing nine people.",
			"remote_violence 2021-03-04 killed=9..9 by=Two helicopter gunships/unknown"},
		{"a craft named by its state",
			"KHARTOUM, March 5 - Sudanese aircraft bombed Torit on Thursday, killing 12 civilians, residents said.",
			"remote_violence 2021-03-04 killed=12..12 by=Sudanese/suspected"},
		{"a government's craft",
			"KHARTOUM, March 5 - Government warplanes bombed Torit on Thursday, killing 12 civilians, residents said.",
			"remote_violence 2021-03-04 killed=12..12 by=Government warplanes/suspected"},
		{"a participle after the craft with no object: the craft was struck",
			"KABUL, March 5 - The airport at Kandahar was shelled on Thursday, with three helicopters and two planes destroyed, officials said.",
			"remote_violence 2021-03-04"},
		{"a craft's weapon is no craft",
			"KABUL, MARCH 5 - TWELVE VILLAGERS WERE KILLED NEAR KANDAHAR ON THURSDAY BY A HELICOPTER ROCKET, RESIDENTS SAID.",
			"remote_violence 2021-03-04 killed=12..12"},
		{"a pronoun's craft has an owner",
			"BAGHDAD, March 5 - Baghdad radio said on Thursday that our warplanes struck a pumping station near Ahvaz.",
			"remote_violence 2021-03-05"},
		{"a craft struck is no doer",
			"KABUL, March 5 - Rebels shot down two helicopters near Jalalabad on Thursday, killing six crewmen.",
			"armed_assault 2021-03-04 killed=6..6 by=Rebels/unknown"},
	}
	checkFills(t, tests)
}

// TestDenialAnswersCharge checks that a denial answers the charge laid on
// a state's force when its object is a gerund (the denier's own doing) or
// its subject is the force's state, by its name or an office its name
// qualifies, and not when another state denies.
func TestDenialAnswersCharge(t *testing.T) {
	const strike = "An air strike hit a market in the Syrian town of Ariha on Thursday, killing 12 people, the Observatory said. The Observatory said Russian warplanes carried out the raid. "
	tests := []struct {
		name, body, want string
	}{
		{"a gerund object",
			"Police opened fire on protesters in Omdurman on Thursday, killing three people, a doctors' committee said. Police denied firing on the protesters.",
			"armed_assault 2021-03-04 killed=3..3 by=Police/denied"},
		{"the state's ministry",
			strike + "Russia's defence ministry denied any raid on the town.",
			"remote_violence 2021-03-04 killed=12..12 by=Russian/denied"},
		{"the state by its name",
			strike + "Russia denied it had carried out the raid.",
			"remote_violence 2021-03-04 killed=12..12 by=Russian/denied"},
		{"another state's ministry",
			strike + "Turkey's defence ministry denied any raid on the town.",
			"remote_violence 2021-03-04 killed=12..12 by=Russian/suspected"},
	}
	checkFills(t, tests)
}

// TestProxyAndRegimeNames checks how a doer's name is read around its
// noun: a proxy compound ("Pro-Russian", "Turkey-backed") is part of the
// name and leaves the state it names out, a regime noun opening the
// sentence stays in a force's name, and a qualified count after a verb of
// killing is its object ("killed at least eight"), so the force is the doer.
func TestProxyAndRegimeNames(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"pro- before a demonym",
			"Pro-Russian separatists shelled Druzhkivka on Thursday, killing three civilians.",
			"remote_violence 2021-03-04 killed=3..3 by=Pro-Russian separatists/unknown"},
		{"a name before -backed",
			"Russian-backed separatists shelled Druzhkivka on Thursday, killing three civilians.",
			"remote_violence 2021-03-04 killed=3..3 by=Russian-backed separatists/unknown"},
		{"a proxy's force noun is a side's men, no state's force",
			"Pro-Russian forces shelled Druzhkivka on Thursday, killing three civilians.",
			"remote_violence 2021-03-04 killed=3..3 by=Pro-Russian forces/unknown"},
		{"a proxy's militias are the doers, their backer none",
			"Iran-backed militias fired rockets at a base near Erbil on Thursday, killing three soldiers.",
			"remote_violence 2021-03-04 killed=3..3 by=Iran-backed militias/unknown"},
		{"a proxy compound past a demonym",
			"Iran-backed Iraqi militias fired rockets at a base near Erbil on Thursday, killing three soldiers.",
			"remote_violence 2021-03-04 killed=3..3 by=Iran-backed Iraqi militias/unknown"},
		{"militias need no modifier",
			"Militias attacked a camp near Djugu on Thursday, killing three civilians.",
			"armed_assault 2021-03-04 killed=3..3 by=Militias/unknown"},
		{"control: fighters alone stay vague",
			"Fighters attacked a camp near Djugu on Thursday, killing three civilians.",
			"armed_assault 2021-03-04 killed=3..3"},
		{"an allegiance phrase names the master, not the doer",
			"Militias loyal to the army attacked a camp near Djugu on Thursday, killing three civilians.",
			"armed_assault 2021-03-04 killed=3..3 by=Militias loyal to the army/unknown"},
		{"an allegiance phrase makes fighters a side's",
			"Fighters loyal to Khalifa Haftar shelled Tajoura on Thursday, killing three civilians.",
			"remote_violence 2021-03-04 killed=3..3 by=Fighters loyal to Khalifa Haftar/unknown"},
		{"bare militiamen are described, no state",
			"Militiamen killed three civilians near Djugu on Thursday.",
			"armed_assault 2021-03-04 killed=3..3 by=Militiamen/unknown"},
		{"control: a regime's militiamen stay the state's",
			"Junta militiamen killed three civilians near Myaing on Thursday.",
			"armed_assault 2021-03-04 killed=3..3 by=Junta militiamen/suspected"},
		{"control: a state's force backed by another stays the state's",
			"Police backed by soldiers raided a camp near Djugu on Thursday, killing three people.",
			"armed_assault 2021-03-04 killed=3..3 by=soldiers/suspected"},
		{"control: a proxy struck is the target",
			"Jets struck Iran-backed militias near Erbil on Thursday, killing three fighters.",
			"remote_violence 2021-03-04 killed=3..3 by=Jets/unknown"},
		{"control: a demonym's forces are the state's",
			"Russian forces shelled Druzhkivka on Thursday, killing three civilians.",
			"remote_violence 2021-03-04 killed=3..3 by=Russian forces/suspected"},
		{"control: an adverb's compound names no backer",
			"Police said heavily-armed gunmen shot dead four farmers near Myaing on Thursday.",
			"armed_assault 2021-03-04 killed=4..4 by=armed gunmen/unknown"},
		{"a regime noun opening the sentence",
			"Junta soldiers shot dead four farmers near Myaing on Thursday, residents said.",
			"armed_assault 2021-03-04 killed=4..4 by=Junta soldiers/suspected"},
		{"a qualified count after the force's verb",
			"Soldiers killed at least eight villagers in a raid near Myaing on Thursday, residents said.",
			"armed_assault 2021-03-04 killed=8.. by=Soldiers/suspected"},
	}
	checkFills(t, tests)
}

// TestMemberAgents checks that the agent of a passive deed named as
// members of an organisation the lexicon does not know names it as the
// doer, and that the agent of another participle makes no group.
func TestMemberAgents(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"members of a new front shot them",
			"Two policemen were shot dead in Oaxaca on Thursday by members of the Popular Revolutionary Front, police said.",
			"armed_assault 2021-03-04 killed=2..2 by=Popular Revolutionary Front/suspected"},
		{"a bomb planted by members of a party",
			"A bomb planted by members of the Communist Party of Chile exploded at a bank in Santiago on Thursday.",
			"bombing 2021-03-04 by=Communist Party of Chile/suspected"},
		{"the agent of another participle is no doer",
			"Two policemen were shot dead in Oaxaca on Thursday, and their bodies were recovered by members of the Mexican Red Cross.",
			"armed_assault 2021-03-04 killed=2..2"},
	}
	checkFills(t, tests)
}
