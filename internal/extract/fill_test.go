package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
)

// checkFills runs table cases of one body each, published on 2021-03-05,
// against fillPassage's summary of its incidents.
func checkFills(t *testing.T, tests []struct{ name, body, want string }) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(fillPassage(t, "2021-03-05", "", tc.body), " | ")
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// fillPassage runs every stage over a passage and renders each record's
// type, date, counts and perpetrators.
func fillPassage(t *testing.T, date, title, body string) []string {
	t.Helper()
	a, st := storyOf(t, date, title, body)
	recs, err := a.fill(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range recs {
		s := r.Type
		if r.Date != "" {
			s += " " + r.Date
		}
		for _, c := range []struct {
			name string
			n    *record.Count
		}{{"killed", r.Killed}, {"injured", r.Injured}, {"kidnapped", r.Kidnapped}} {
			if c.n != nil {
				s += fmt.Sprintf(" %s=%s..%s", c.name, bound(c.n.Min), bound(c.n.Max))
			}
		}
		for _, p := range r.Perpetrators {
			s += " by=" + p.Name + "/" + p.Attribution
		}
		out = append(out, s)
	}
	return out
}

func bound(p *int) string {
	if p == nil {
		return ""
	}
	return fmt.Sprint(*p)
}

// TestFillType checks the incident type the fill stage chooses from the
// triggers of the incident's sentences.
func TestFillType(t *testing.T) {
	tests := []struct {
		name, title, body, want string
	}{
		{"a suicide bombing is also a bombing: the specific type wins",
			"", "A suicide bomber blew himself up at a checkpoint in Mogadishu on Friday, killing four soldiers.",
			"suicide_bombing"},
		{"a car that came under fire was shot at",
			"", "His car came under fire on a main road of Quetta on Friday. His driver was wounded.",
			"armed_assault"},
		{"an office-holder killed in an ambush was lain in wait for: an assassination",
			"Town councilor candidate killed in Cotabato ambush", "Gunmen ambushed the candidate in Midsayap on Friday.",
			"assassination"},
		{"soldiers killed in an ambush hold no office: an armed assault",
			"", "Three soldiers were killed in an ambush near Midsayap on Friday.",
			"armed_assault"},
		{"gunmen who attacked: an armed assault",
			"", "Gunmen attacked a police post in Kano on Friday.",
			"armed_assault"},
		{"an air strike is remote violence",
			"", "An airstrike hit a village in Idlib on Friday.",
			"remote_violence"},
		{"youths on the rampage: a crowd's violence, a riot",
			"", "Hundreds of youths went on the rampage in Kano on Friday, burning shops.",
			"riot"},
		{"armed youths who attack: a band's assault",
			"", "A group of armed youths attacked a herders' camp near Kano on Friday.",
			"armed_assault"},
		{"people taken with no word for how: a kidnapping",
			"", "Armed men abducted 20 students from a school in Kaduna on Friday.",
			"kidnapping"},
		{"a high-profile victim shot dead: an assassination",
			"", "The deputy governor was shot dead in Quetta on Friday.",
			"assassination"},
		{"a title in the speaker's phrase makes no assassination",
			"", "A police official said two civilians were shot dead in Quetta on Friday.",
			"armed_assault"},
		{"the title is in the victim's phrase after an active verb",
			"", "Gunmen shot dead the deputy governor of Helmand in Lashkar Gah on Friday.",
			"assassination"},
		{"fighting between two armed sides is a clash",
			"", "Fighting between government troops and rebels near Kidal killed 14 people on Friday.",
			"clash"},
		{"fighting between persons who bear no arms is no clash",
			"", "Fighting between two families in Kano on Friday ended when gunmen shot dead three people.",
			"armed_assault"},
		{"a suicide truck bombing is a suicide bombing",
			"", "A suicide truck bombing killed nine policemen at a checkpoint in Kirkuk on Friday.",
			"suicide_bombing"},
		{"a gunbattle an attack set off is the defence it met",
			"", "Gunmen attacked a police station in Maiduguri on Friday, sparking a gunbattle that killed four officers.",
			"armed_assault"},
		{"a gunbattle of its own is a clash",
			"", "Soldiers killed five rebels in a gunbattle near Kidal on Friday.",
			"clash"},
		{"those killed in a battle died in a clash",
			"", "Government troops killed 30 guerrillas in a battle near Chalatenango on Friday.",
			"clash"},
		{"those killed in combat with troops died in a clash",
			"", "Forty rebels were killed in combat with troops near Batticaloa on Friday, the army said.",
			"clash"},
		{"craft that back the troops are not the ones that fight",
			"", "Troops backed by helicopter gunships battled rebels in the hills near Jaffna on Friday, killing 25 of them.",
			"clash"},
		{"bombs dropped by aircraft are an air raid",
			"", "Bombs dropped by government aircraft killed 30 civilians in Nyala on Friday.",
			"remote_violence"},
		{"a bomb planted by rebels stays a bombing",
			"", "A bomb planted by rebels exploded near a barracks in Nyala on Friday, killing two soldiers.",
			"bombing"},
		{"an artillery shell is fired from afar",
			"", "An artillery shell hit a house in Nyala on Friday, killing a woman and her two children.",
			"remote_violence"},
		{"a ship attacked with no attacker named was struck from afar",
			"", "A Greek freighter was attacked in the Gulf on Friday.",
			"remote_violence"},
		{"a ship boarded by a named agent keeps the agent's type",
			"", "Pirates attacked a Greek freighter in the Gulf of Aden on Friday.",
			"armed_assault"},
		{"a state force's killing of rebels is a battle",
			"", "Government troops killed 20 rebels near Torit on Friday.",
			"clash"},
		{"rebels killing policemen is an assault",
			"", "Rebels killed five policemen near Torit on Friday.",
			"armed_assault"},
		{"troops killing civilians is an assault",
			"", "Troops killed 20 civilians near Torit on Friday.",
			"armed_assault"},
		{"a killing in fighting told below a headline's bare killing",
			"Rebels say they killed 45 soldiers", "Rebels said they killed 45 soldiers in fighting near Cuito Cuanavale on Friday.",
			"clash"},
		{"a headline's craft that bomb is an air raid",
			"Jets bomb village near Parachinar", "A village near Parachinar was bombed on Friday, killing nine people.",
			"remote_violence"},
		{"rioters the police fired on are whom they shot",
			"Police fire on rioting students", "Police fired into a crowd of rioting students in Rajshahi on Friday, killing three of them.",
			"armed_assault"},
		{"rioters who fire stay rioters",
			"", "Rioters fired on a police station and burned shops in Rajshahi on Friday.",
			"riot"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fillPassage(t, "2020-05-02", tt.title, tt.body)
			if len(got) == 0 || strings.Fields(got[0])[0] != tt.want {
				t.Errorf("records %q, want the first of type %s", got, tt.want)
			}
		})
	}
}

// TestFillDate checks the day the fill stage gives an incident.
func TestFillDate(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"the event's own date", "A bomb exploded in Kabul on Friday, killing five people.", "2020-05-01"},
		{"the day of a statement when the event has none", "Gunmen killed three people in Kano, police said on Friday.", "2020-05-01"},
		{"a later death does not date the attack",
			"A roadside bomb wounded a ranger in Kabul on Tuesday. The ranger wounded in the bombing died in hospital on Thursday.",
			"2020-04-28"},
		{"a lead with no date at all is the report's day (to the week)", "A bomb exploded in Kabul, killing five people.", "2020-05-02"},
		{"a day to come dates no deed", "A bomb exploded in Kabul, killing five people, as leaders prepared to meet tomorrow.", "2020-05-02"},
		{"overnight in a report made on a day before publication is the night before that day",
			"Gunmen raided a village near Beni overnight, killing five people, officials said on Thursday.", "2020-04-29"},
		{"overnight in a report of the publication day is its eve",
			"Gunmen raided a village near Beni overnight, killing five people, officials said on Saturday.", "2020-05-01"},
		{"a small-hours time of the next day fixes overnight",
			"Someone threw a firebomb into a party office in Spokane overnight, police said. Firefighters called at about 2 a.m. Saturday found the office in flames.",
			"2020-05-02"},
		{"a dateline's day does not correct the Islamic calendar's",
			"KABUL, April 25 - A bomb exploded in Kabul on the first day of Ramadan, killing five people.",
			"2020-04-24"},
		{"a relation to another deed after the told one does not date it",
			"NICOSIA, April 30 - Iran said it launched an offensive near Penjwin, four days after it began a thrust near Basra.",
			"2020-04-30"},
		{"the day a side told of its own deed dates it",
			"Chad said yesterday its troops had captured the Libyan outpost of Gouro.",
			"2020-05-01"},
		{"a participle of holding takes no day of its own",
			"KANO, May 2 - A mob attacked shops owned by traders in Kano on Thursday, police said.",
			"2020-04-30"},
		{"a participle of a deed keeps the day it is given",
			"KANO, May 2 - Warplanes bombed the town of Gao, captured by rebels on Thursday, killing five people.",
			"2020-05-02"},
		{"rioting dated from the day it began is dated to the report",
			"KADUNA, May 2 - Eleven people have died in rioting between Moslems and Christians which began on Wednesday in Kaduna, police said.",
			"2020-05-02"},
		{"an attack that began on a day is dated to it",
			"KADUNA, May 2 - Eleven people died in an attack by gunmen on a village near Kaduna which began on Wednesday, police said.",
			"2020-04-29"},
		{"a day the incident is given inside a span dates it",
			"Guerrillas killed five policemen in an attack on a post in Ayacucho. It was the third such attack this week.\n\nThe attack came on Thursday, a police spokesman said.",
			"2020-04-30"},
		{"the day after a bomb, beside a day, dates the bomb",
			"Mourners buried the victims on Friday, the day after a bomb killed five people in Kabul.",
			"2020-04-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fillPassage(t, "2020-05-02", "", tt.body)
			if len(got) == 0 {
				t.Fatal("no record")
			}
			date := ""
			if f := strings.Fields(got[0]); len(f) > 1 && strings.HasPrefix(f[1], "20") {
				date = f[1]
			}
			if date != tt.want {
				t.Errorf("record %q, want date %q", got[0], tt.want)
			}
		})
	}
}

// TestFillTargets checks that the targets are what was hit, not who
// speaks, looks on or strikes: a noun's role in its sentence decides.
func TestFillTargets(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"observers named before a verb of saying",
			"Rebels blew up a power line in Managua on Monday in what Western diplomats say was their first attack in the capital.",
			"power line"},
		{"speakers placed where they stand",
			"Western diplomats in Tehran said rebels bombed a police station in Zahedan on Monday.",
			"police station"},
		{"a witness phrase before told",
			"Residents near the site of the blast told reporters a bomb damaged a bridge in Kirkuk on Monday.",
			"bridge"},
		{"a minister named after his title",
			"Gunmen attacked a hotel in Kabul on Monday, Interior Minister Ahmad Zia said.",
			"hotel"},
		{"the doer of a passive",
			"Three oil platforms were attacked in the Gulf on Monday by unidentified aircraft.",
			"oil platforms"},
		{"a yardstick after a compass word",
			"Gunmen kidnapped two journalists on the coast road north of the airport in Beirut on Monday.",
			"journalists"},
		{"a place of the target keeps it",
			"Militants stormed the embassy in Kabul on Monday, police said.",
			"embassy"},
		{"speakers before an all-caps headline's verb of saying",
			"WESTERN DIPLOMATS SAY REBELS BOMBED POLICE STATION\n\nRebels bombed a police station in Zahedan on Monday.",
			"police station"}, // the body's spelling of the headline's target (shouted)
		{"the attackers' dead by the demonym of the one attacking state",
			"Oman said its troops repulsed a Yemeni attack near Salalah on Monday, killing 40 Yemeni soldiers. Six Omani soldiers were killed.",
			"troops|Omani soldiers"},
		{"the attackers named as such",
			"The Syrian news agency said Syrian troops seized a ridge near Quneitra on Monday and killed 30 Israeli soldiers.",
			"Israeli soldiers"},
		{"a speaker who denies, under a negation",
			"The defence ministry did not deny that the air force bombed a school in Kafr Nabl on Monday.",
			"school"},
		{"a speaker who confirms",
			"The embassy confirmed that gunmen stormed a hotel in Kabul on Monday.",
			"hotel"},
		{"whom a report is told to",
			"Rebels bombed a bridge in Kirkuk on Monday, the minister said, telling parliament the army had left.",
			"bridge"},
		{"whose sources speak",
			"Rebels bombed a bridge in Kirkuk on Monday, church sources in the city have reported.",
			"bridge"},
		{"a speaker placed where it stands, before its auxiliary",
			"Gunmen stormed a hotel in Kabul on Monday, and the embassy in the city has confirmed two deaths.",
			"hotel"},
		{"whose communique speaks",
			"Gunmen stormed a hotel in Kabul on Monday. A foreign ministry communique in Berlin condemned the attack.",
			"hotel"},
		{"a convoy denied passage is no speaker",
			"An aid convoy was denied passage at a checkpoint near Goma on Monday, and gunmen fired on it.",
			"convoy|checkpoint"},
		{"what returns safely from a raid",
			"Egypt said its warplanes bombed a Libyan oil platform off Tobruk on Monday. The army said all aircraft returned safely to base after the raid.",
			"Libyan oil platform"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, st := storyOf(t, "2020-05-02", "", tt.body)
			recs, err := a.fill(context.Background(), st)
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) == 0 {
				t.Fatal("no record")
			}
			var got []string
			for _, tg := range recs[0].Targets {
				got = append(got, tg.Name)
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("targets %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFillCounts checks the killed, injured and kidnapped figures.
func TestFillCounts(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"an exact figure", "A bomb exploded in Kabul on Friday, killing five people and wounding 20 others.",
			"bombing 2020-05-01 killed=5..5 injured=20..20"},
		{"at least: no upper bound", "A bomb exploded in Kabul on Friday, killing at least 15 people.",
			"bombing 2020-05-01 killed=15.."},
		{"a toll that rises replaces the first figure",
			"A bomb exploded in Kabul on Friday, killing 12 people. The death toll later rose to 21.",
			"bombing 2020-05-01 killed=21..21"},
		{"the crew of the ship attacked unhurt is a stated zero of the injured, and of the killed",
			"Gunmen in speedboats fired on a tanker off Fujairah on Friday. The ship was damaged but its crew were unhurt.",
			"armed_assault 2020-05-01 killed=0..0 injured=0..0 by=Gunmen/unknown"},
		{"the attackers' crews unhurt say nothing of the attacked",
			"Jets raided a village near Kano on Friday. The jets returned safely and their crews were unhurt.",
			"remote_violence 2020-05-01 by=Jets/unknown"},
		{"themselves counts the antecedent the sentence numbered",
			"Two gunmen opened fire on a police post in Kano on Friday, killing two policemen before the gunmen were themselves shot dead.",
			"armed_assault 2020-05-01 killed=4..4 by=Two gunmen/unknown"},
		{"parties add up", "Gunmen attacked a police post in Kano on Friday. Two policemen were killed. Three attackers were also killed.",
			"armed_assault 2020-05-01 killed=5..5 by=Gunmen/unknown"},
		{"a hedged larger figure bounds the count",
			"A bomb exploded in Kabul on Friday, killing six people. Unconfirmed reports said the blast killed up to 12 people.",
			"bombing 2020-05-01 killed=6..12"},
		{"an unconfirmed figure that is the only one stays, hedged by its word",
			"A bomb exploded in Kabul on Friday. Unconfirmed reports said 12 people were killed.",
			"bombing 2020-05-01 killed=12..12"},
		{"an unhedged figure replaces an unconfirmed one of the same people",
			"A bomb exploded in Kabul on Friday. Unconfirmed reports said 12 people were killed. Police said five people died.",
			"bombing 2020-05-01 killed=5..5"},
		{"a hearsay figure that is the only one stays",
			"A bomb exploded in Kabul on Friday. Rumours in the city said four soldiers had died.",
			"bombing 2020-05-01 killed=4..4"},
		{"a modal hedge is still no toll",
			"A bomb exploded in Kabul on Friday. The toll could exceed 50.",
			"bombing 2020-05-01"},
		{"no one hurt is zero, and none killed", "A bomb exploded outside a bank in Kabul on Friday. No one was injured.",
			"bombing 2020-05-01 killed=0..0 injured=0..0"},
		{"a denied casualty verb counts no one", "A bomb exploded outside a bank in Kabul on Friday. The two guards were not hurt.",
			"bombing 2020-05-01"},
		{"an age after a name is no figure", "Gunmen shot dead Abdi Farah, 52, a district official, in Kabul on Friday.",
			"armed_assault 2020-05-01 killed=1..1 by=Gunmen/unknown"},
		{"an apposition is counted in words: a hyphenated age and an abbreviation in parentheses are one each",
			"A bomb exploded outside a bank in Kabul on Friday. Ahmad Zia, the 40-year-old Kabul Bank (KB) branch manager, has died of his wounds.",
			"bombing 2020-05-01 killed=1..1"},
		{"the doer's own count gives way to another figure of the same people",
			"Militants attacked an army base near Kismayo on Friday. Al-Shabaab said it had killed 12 soldiers, while a military official said four soldiers died.",
			"armed_assault 2020-05-01 killed=4..4 by=Al-Shabaab/claimed"},
		{"a wound the teller could not confirm gives way to an official none",
			"A bomb exploded outside a bank in Kabul on Friday. The police report said there were no casualties. Although we could not confirm the report, residents said a vendor was wounded.",
			"bombing 2020-05-01 killed=0..0 injured=0..0"},
		{"an unconfirmed figure that is the only one stays",
			"A bomb exploded outside a bank in Kabul on Friday. Residents said two guards were wounded, though the report could not be confirmed.",
			"bombing 2020-05-01 injured=2..2"},
		{"a participle phrase on the subject of a passive is a reduced relative clause",
			"A bomb exploded outside a bank in Kabul on Friday. Two policemen guarding the bank were wounded.",
			"bombing 2020-05-01 injured=2..2"},
		{"a past participle placing the subject of a verb of dying",
			"Rebels attacked an army post near Kabul on Friday. Two guards posted at the gate died.",
			"armed_assault 2020-05-01 killed=2..2 by=Rebels/unknown"},
		{"a participle subject after the attack's after tells the death it answered",
			"A mob set fire to a police station in Kano on Friday after a man detained for questioning died in custody.",
			"riot 2020-05-01 by=mob/unknown"},
		{"the head of a body is an office, one victim",
			"Gunmen opened fire on an office in Kabul on Friday. The head of the local council was shot dead.",
			"assassination 2020-05-01 killed=1..1 by=Gunmen/unknown"},
		{"an office of a place opening the text after its dateline is one victim",
			"KABUL, May 1 - The head of Kandahar province was wounded by gunmen in Kandahar on Friday.",
			"armed_assault 2020-05-01 injured=1..1 by=gunmen/unknown"},
		{"a head with no of after it is the body's, no one more",
			"Gunmen opened fire on an office in Kabul on Friday. A guard was wounded in the head.",
			"armed_assault 2020-05-01 injured=1..1 by=Gunmen/unknown"},
		{"the doer's own count stays the toll when it is the only figure",
			"Militants attacked an army base near Kismayo on Friday. The fighters claimed to have killed 12 soldiers.",
			"armed_assault 2020-05-01 killed=12..12 by=Militants/unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fillPassage(t, "2020-05-02", "", tt.body)
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("records %q, want [%q]", got, tt.want)
			}
		})
	}
}

// TestFillPerpetrators checks who the fill stage says did it, and how the
// text attributes it.
func TestFillPerpetrators(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"a deed the group calls a response to another is claimed",
			"Hezbollah fired rockets at Kiryat Shmona on Friday. Hezbollah said in a statement that the rockets were a response to the killing of its members.",
			"remote_violence 2020-05-01 by=Hezbollah/claimed"},
		{"people the text arms are the doers it describes",
			"On Friday, a group of armed youths from the area attacked a herders' camp near Daudu, killing four herders.",
			"armed_assault 2020-05-01 killed=4..4 by=armed youths/unknown"},
		{"a claim",
			"A bomb exploded in Kabul on Friday, killing five people. The Taliban claimed responsibility for the attack.",
			"bombing 2020-05-01 killed=5..5 by=Taliban/claimed"},
		{"a group named as the attacker, with no cue: suspected",
			"Al-Shabab gunmen stormed a hotel in Mogadishu on Friday.",
			"armed_assault 2020-05-01 by=Al-Shabab/suspected"},
		{"a denial",
			"A bomb exploded in Quetta on Friday. The Pakistani Taliban denied involvement.",
			"bombing 2020-05-01 by=TTP: Pakistani Taliban/denied"},
		{"the force whose soldiers were killed is the victim, not the attacker",
			"Five Malian soldiers were killed on Friday in a suicide bombing outside an army checkpoint in the town of Gao, a Malian military official said.",
			"suicide_bombing 2020-05-01 killed=5..5"},
		{"a minister named after his title speaks, he does not attack",
			"Jets bombed the town of Kidal on Friday, killing six people, French Defence Minister Jean Ba said.",
			"remote_violence 2020-05-01 killed=6..6 by=Jets/unknown"},
		{"a state whose troops repelled an attack claims none",
			"Iraq said its troops repelled an attack by three Iranian divisions near Basra on Friday.",
			"clash 2020-05-01"},
		{"a state that says it won't yield over a kidnapping claims none",
			"Gunmen kidnapped two aid workers in Mogadishu on Friday. Italy said it won't yield to blackmail in the kidnapping.",
			"kidnapping 2020-05-01 kidnapped=2..2 by=Gunmen/unknown"},
		{"no one named: the description the text gives",
			"Unidentified gunmen killed three villagers in Zamfara on Friday.",
			"armed_assault 2020-05-01 killed=3..3 by=Unidentified gunmen/unknown"},
		{"an army that responds is not the attacker",
			"Militants raided a village in Borno on Friday, killing four people, before Nigerian troops repelled them.",
			"armed_assault 2020-05-01 killed=4..4 by=Militants/unknown"},
		{"an air strike is put on the state that flies it",
			"Russian warplanes bombed a market in Idlib on Friday, killing 11 civilians.",
			"remote_violence 2020-05-01 killed=11..11 by=Russian/suspected"},
		{"a state force a strike hits is the target",
			"Militants fired rockets at Israeli troops near Metula on Friday, wounding three soldiers.",
			"remote_violence 2020-05-01 injured=3..3 by=Militants/unknown"},
		{"a self-report over a longer clause is a claim",
			"Gunmen attacked a police post in Mastung on Friday. The Balochistan Liberation Army said in a statement that its fighters had carried out the attack.",
			"armed_assault 2020-05-01 by=BLA: Balochistan Liberation Army/claimed"},
		{"the subject of being behind the attack is suspected",
			"Dissident republicans are believed to have been behind a bomb attack on a police station in Armagh on Friday.",
			"bombing 2020-05-01 by=Dissident republicans/suspected"},
		{"the accused of an accusation about the attack is suspected",
			"Rioters burned shops in Osh on Friday, killing two people. The government accused supporters of the former mayor of instigating the violence.",
			"riot 2020-05-01 killed=2..2 by=supporters of the former mayor/suspected"},
		{"an accusation about something else names no attacker",
			"Rioters burned shops in Osh on Friday, killing two people. The mayor accused the government of being weak.",
			"riot 2020-05-01 killed=2..2 by=Rioters/unknown"},
		{"a mere description in the place of the accused stays unknown",
			"Unidentified men set fire to a school in Diamer on Friday. Police said militants were behind the attack.",
			"arson 2020-05-01 by=militants/unknown"},
		{"a state named by its country that strikes is the attacker",
			"Russia launched a missile strike on Dnipro on Friday, killing 11 people.",
			"remote_violence 2020-05-01 killed=11..11 by=Russia/suspected"},
		{"a state's force named by no country that shells is the attacker, not the rebels where it shells",
			"Government forces shelled rebel-held villages in Idlib on Friday, killing nine civilians.",
			"remote_violence 2020-05-01 killed=9..9 by=Government forces/suspected"},
		{"who uses a building struck is no attacker",
			"Israel said its warplanes struck a building in Gaza used by Hamas on Friday.",
			"remote_violence 2020-05-01 by=Israel/claimed"},
		{"a group that says it was behind the attack claims it",
			"A bomb exploded in Quetta on Friday, killing six people. The Balochistan Liberation Army said it was behind the attack.",
			"bombing 2020-05-01 killed=6..6 by=BLA: Balochistan Liberation Army/claimed"},
		{"a group that says it was not behind the attack denies it",
			"A bomb exploded in Quetta on Friday, killing six people. The Balochistan Liberation Army said it was not behind the attack.",
			"bombing 2020-05-01 killed=6..6 by=BLA: Balochistan Liberation Army/denied"},
		{"the group named again as the group denies",
			"A bomb exploded in Quetta on Friday, killing six people. Police blamed the Balochistan Liberation Army. The group said it had nothing to do with the attack.",
			"bombing 2020-05-01 killed=6..6 by=BLA: Balochistan Liberation Army/denied"},
		{"blamed in the passive",
			"A bomb exploded in Quetta on Friday, killing six people. Lashkar-e-Jhangvi, which has carried out similar attacks, was blamed for the bombing.",
			"bombing 2020-05-01 killed=6..6 by=Lashkar-e-Jhangvi/suspected"},
		{"a record of past blame is background",
			"A bomb exploded in Quetta on Friday, killing six people. Lashkar-e-Jhangvi had been blamed for some of the worst attacks in the city.",
			"bombing 2020-05-01 killed=6..6"},
		{"the group's own news agency speaks for it",
			"A bomb exploded in Kabul on Friday, killing six people. The Islamic State group's Amaq news agency said its fighters carried out the attack.",
			"bombing 2020-05-01 killed=6..6 by=ISIS: Islamic State/claimed"},
		{"an attack attributed to a group",
			"A bomb exploded in Kabul on Friday, killing six people. Authorities attributed the attack to the Islamic State.",
			"bombing 2020-05-01 killed=6..6 by=ISIS: Islamic State/suspected"},
		{"a claim of other attacks is the group's record, not a claim of this one",
			"Unidentified gunmen attacked a checkpoint in Kabul on Friday, killing six policemen. The Taliban have claimed responsibility for previous attacks on checkpoints in the city.",
			"armed_assault 2020-05-01 killed=6..6 by=Unidentified gunmen/unknown"},
		{"the force a speaker belongs to is not blamed",
			"Insurgents beheaded five people in Palma on Friday, said Pedro Silva, the member of the Mozambican police in charge of the burials.",
			"armed_assault 2020-05-01 killed=5..5 by=Insurgents/unknown"},
		{"where the air strikes fell is not who flew them",
			"Dozens were killed in Yemen air strikes on a market in Saada on Friday.",
			"remote_violence 2020-05-01 killed=24.."},
		{"a denied suspicion blames no one",
			"Six gunmen abducted two tourists in Tukuran on Friday. No motive or suspects have been identified, but Islamist militants are active in the area.",
			"kidnapping 2020-05-01 kidnapped=2..2 by=Six gunmen/unknown"},
		{"a group whose fighters a strike killed is not the attacker",
			"A US drone strike killed three al-Shabaab militants near Jilib on Friday.",
			"remote_violence 2020-05-01 killed=3..3 by=US/suspected"},
		{"a group killed after it attacked is the attacker",
			"Troops killed three al-Shabaab gunmen who attacked a base near Jilib on Friday.",
			"armed_assault 2020-05-01 killed=3..3 by=al-Shabaab/suspected"},
		{"soldiers killed in the passive are not the force that struck",
			"Guerrillas ambushed an army patrol near Kidal on Friday. Three army soldiers were killed and four others wounded in the firefight.",
			"armed_assault 2020-05-01 killed=3..3 injured=4..4 by=Guerrillas/unknown"},
		{"the short name of a group named before is that group",
			"A mine exploded near Vavuniya on Friday, killing four civilians, in an area of fighting between troops and Tamil Tiger rebels. The army blamed the Tigers for the blast.",
			"bombing 2020-05-01 killed=4..4 by=LTTE: Tigers/suspected"},
		{"a group described by its politics that claimed the attack is the doer as described",
			"A bomb exploded outside a bank in Kabul on Friday, wounding two people. A leftist group claimed the attack.",
			"bombing 2020-05-01 injured=2..2 by=leftist group/claimed"},
		{"described fighters that claimed the attack claimed it",
			"A bomb exploded outside a bank in Kabul on Friday, wounding two people. Rebels claimed the attack.",
			"bombing 2020-05-01 injured=2..2 by=Rebels/claimed"},
		{"fighters described by their politics keep the description",
			"A bomb exploded outside a bank in Kabul on Friday, wounding two people. Leftist guerrillas claimed responsibility for the attack.",
			"bombing 2020-05-01 injured=2..2 by=Leftist guerrillas/claimed"},
		{"a demonym describes a group as its politics do",
			"A bomb exploded outside a bank in Kabul on Friday, wounding two people. A Kurdish group has claimed responsibility.",
			"bombing 2020-05-01 injured=2..2 by=Kurdish group/claimed"},
		{"no described group claiming it names no doer",
			"A bomb exploded outside a bank in Kabul on Friday, wounding two people. No leftist group has claimed responsibility.",
			"bombing 2020-05-01 injured=2..2"},
		{"a described group that only comments on the attack is no doer",
			"A bomb exploded outside a bank in Kabul on Friday, wounding two people. A leftist group condemned the attack.",
			"bombing 2020-05-01 injured=2..2"},
		{"a group that condemns in an all-caps headline speaks, it does not bomb",
			"HEZBOLLAH CONDEMNS BOMBING IN BEIRUT\n\nA car bomb exploded in a crowded street in Beirut on Friday, killing 12 people.",
			"bombing 2020-05-01 killed=12..12"},
		{"a group that condemns in a Title Case headline speaks, it does not bomb",
			"Hezbollah Condemns Bombing In Beirut\n\nA car bomb exploded in a crowded street in Beirut on Friday, killing 12 people.",
			"bombing 2020-05-01 killed=12..12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fillPassage(t, "2020-05-02", "", tt.body)
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("records %q, want [%q]", got, tt.want)
			}
		})
	}
}

// TestStatesInRemote checks how the per-incident flag the type rules set
// decides whether a state named in the incident's sentence is its
// attacker: a state that is the subject of the attack is, whatever the
// type; one only named beside a strike is put on it in an incident of
// remote violence alone.
func TestStatesInRemote(t *testing.T) {
	tests := []struct {
		name, body        string
		notRemote, remote string
	}{
		{"the subject of the shelling",
			"Russian forces shelled a village in Idlib on Friday, killing four civilians.",
			"Russian forces/suspected", "Russian forces/suspected"},
		{"named beside the strike",
			"A village in Idlib was shelled on Friday, killing four civilians, near a post of Russian forces.",
			"", "Russian forces/suspected"},
		{"pressing on as shells fell",
			"Shelling killed four civilians in a village in Idlib on Friday as Russian forces pressed on.",
			"", "Russian forces/suspected"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, st := storyOf(t, "2020-05-02", "", tt.body)
			if len(st.incs) != 1 {
				t.Fatalf("%d incidents, want 1", len(st.incs))
			}
			for _, remote := range []bool{false, true} {
				f := &filler{a: a, st: st, in: st.incs[0], remote: remote}
				var got []string
				for _, c := range f.statesIn(st.incs[0].ms[0].sent) {
					got = append(got, c.name+"/"+c.attr)
				}
				want := tt.notRemote
				if remote {
					want = tt.remote
				}
				if g := strings.Join(got, " "); g != want {
					t.Errorf("remote=%v: states %q, want %q", remote, g, want)
				}
			}
		})
	}
}

// TestGroupOfTheCountry checks that a name two groups share is put on the
// group of the incident's country: "PLA" in Manipur is the People's
// Liberation Army of Manipur, in China's army's default reading a state.
func TestGroupOfTheCountry(t *testing.T) {
	a, st := storyOf(t, "2020-05-02", "", "Militants ambushed an army convoy in Churachandpur in Manipur on Friday, killing five soldiers. The PLA claimed responsibility for the attack.")
	recs, err := a.fill(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || len(recs[0].Perpetrators) != 1 {
		t.Fatalf("records %+v, want one with one perpetrator", recs)
	}
	p := recs[0].Perpetrators[0]
	if want := "People's Liberation Army of Manipur"; p.Canonical != want || p.Kind != "group" {
		t.Errorf("perpetrator %q (%s), want %q (group)", p.Canonical, p.Kind, want)
	}
}

// TestLocalDay checks that a day given by a Greenwich clock becomes the
// day where the attack was (localDay): the evening before west of
// Greenwich, the next day far east of it, and the same day when the hour
// is the same day there or within an hour of midnight.
func TestLocalDay(t *testing.T) {
	tests := []struct {
		name, body, want string // want: the record's date
	}{
		{"small hours at Greenwich are the evening before in Guatemala",
			"A bomb exploded outside a bank in Guatemala City at 0330 GMT on June 14.", "2021-06-13"},
		{"a Greenwich evening is the next morning in Manila",
			"A grenade exploded in a bar in Manila at 1830 GMT on June 14.", "2021-06-15"},
		{"a Greenwich afternoon is the same day in Guatemala",
			"A bomb exploded outside a bank in Guatemala City at 1700 GMT on June 14.", "2021-06-14"},
		{"a local clock leaves the day alone",
			"A bomb exploded outside a bank in Guatemala City at 0330 on June 14.", "2021-06-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fillPassage(t, "2021-06-15", "", tt.body)
			if len(got) != 1 || !strings.Contains(got[0], " "+tt.want) {
				t.Errorf("records %q, want one dated %s", got, tt.want)
			}
		})
	}
}

// TestStoryInsurgency checks which one insurgency a story names
// (storyInsurgency): a branch of a branch is its movement's, two
// movements are none.
func TestStoryInsurgency(t *testing.T) {
	tests := []struct {
		name, body, want string // want: the cited group's canonical name, "" for none
	}{
		{"a branch of a branch is one insurgency with its movement",
			"The FMLN said it would talk. The Armed Forces of National Resistance said it would not. Guerrillas attacked a post.",
			"Armed Forces of National Resistance"},
		{"two movements are two insurgencies",
			"The FMLN said it would talk. The Shining Path said it would not. Guerrillas attacked a post.", ""},
		{"one movement",
			"The FMLN said it would talk. Guerrillas attacked a post.", "Farabundo Marti National Liberation Front"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readPassage(t, "1989-11-20", "", tt.body)
			g, ok := a.storyInsurgency(a.bodyStart + strings.Index(tt.body, "Guerrillas"))
			got := ""
			if ok {
				got = g.Group.Name
			}
			if got != tt.want {
				t.Errorf("storyInsurgency = %q, want %q", got, tt.want)
			}
		})
	}
}
