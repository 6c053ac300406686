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
		{"arms seized in a list are no attack",
			"Troops seized two rifles, 300 cartridges, six grenades and a mortar.",
			nil},
		{"arms confiscated, in the passive, are no attack",
			"Forty hand grenades and two mortars were confiscated at a farm.",
			nil},
		{"violence named in the plural with nothing of an event is no mention",
			"The bishops said that bombings and kidnappings must cease.",
			nil},
		{"the plural with a place tells an event",
			"The bishops said that bombings in Kano must cease.",
			[]string{"The bishops said that bombings in Kano must cease. specific place=Kano"}},
		{"troops with artillery carrying out an operation use it",
			"Troops with artillery are carrying out an operation in Kano.",
			[]string{"Troops with artillery are carrying out an operation in Kano. specific place=Kano"}},
		{"a weapon carried that explodes is an attack",
			"A truck carrying a bomb exploded in Kabul on Friday.",
			[]string{"A truck carrying a bomb exploded in Kabul on Friday. specific place=Kabul date=Friday"}},
		{"a threat is hedged",
			"The group threatened to attack the city.",
			[]string{"The group threatened to attack the city. hedged"}},
		{"stop hedges the gerund it governs",
			"The truce holds on condition that rebels stop attacking army posts.",
			[]string{"The truce holds on condition that rebels stop attacking army posts. hedged"}},
		{"stop with a noun for its object hedges nothing",
			"Police failed to stop the bombing in Kano on Friday.",
			[]string{"Police failed to stop the bombing in Kano on Friday. specific place=Kano date=Friday"}},
		{"the day of a statement is not the day of the event",
			"Gunmen killed three people in Kano, police said on Friday.",
			[]string{"Gunmen killed three people in Kano, police said on Friday. specific place=Kano said=Friday"}},
		{"a country before an attack verb is the attacker",
			"Pakistan bombed two villages on Friday.",
			[]string{"Pakistan bombed two villages on Friday. specific date=Friday"}},
		{"a round-up sentence is split at its places",
			"Bombings in Diyala province killed eight people, while two blasts in Kirkuk killed one.",
			[]string{
				"Bombings in Diyala province killed eight people, specific split place=Diyala",
				"while two blasts in Kirkuk killed one. specific split place=Kirkuk",
			}},
		{"where the wounded were taken is not where it happened",
			"A bomb exploded on Friday and the wounded were taken to hospitals in Maiduguri.",
			[]string{"A bomb exploded on Friday and the wounded were taken to hospitals in Maiduguri. specific date=Friday"}},
		{"a day that qualifies the attack word dates the attack; the reaction's day dates the reaction",
			"Ministers on Thursday condemned Tuesday's rocket attack on a tanker.",
			[]string{"Ministers on Thursday condemned Tuesday's rocket attack on a tanker. specific date=Tuesday said=Thursday"}},
		{"a day after the noun phrase of an attack a reaction governs dates the attack",
			"Britain backed the attack on an oil platform on Monday and said it was justified.",
			[]string{"Britain backed the attack on an oil platform on Monday and said it was justified. specific date=Monday"}},
		{"a day after a reaction's clause is the reaction's",
			"The government, responding to the kidnapping of a journalist, today refused to yield.",
			[]string{"The government, responding to the kidnapping of a journalist, today refused to yield. specific said=today"}},
		{"a day before a complement clause dates the saying",
			"Pakistan complained to the United Nations today that planes bombed two villages on Thursday.",
			[]string{"Pakistan complained to the United Nations today that planes bombed two villages on Thursday. specific date=Thursday said=today"}},
		{"a reaction word in a compound or with its agent is no reaction",
			"Iran-backed rebels attacked a cargo ship, and militants backed by the army attacked a camp, on Friday.",
			[]string{"Iran-backed rebels attacked a cargo ship, and militants backed by the army attacked a camp, on Friday. specific date=Friday"}},
		{"a that opening a relative clause leaves the day to the attack",
			"Police said the car bombing outside the ministry on Friday that killed 12 people was the deadliest.",
			[]string{"Police said the car bombing outside the ministry on Friday that killed 12 people was the deadliest. specific date=Friday"}},
		{"where a broadcast was monitored is not where the event was",
			"The agency, monitored by the BBC in London, said troops shelled the town.",
			[]string{"The agency, monitored by the BBC in London, said troops shelled the town. specific"}},
		{"a day that qualifies another noun does not",
			"Tuesday's election was marred by a bombing in Kabul.",
			[]string{"Tuesday's election was marred by a bombing in Kabul. specific place=Kabul"}},
		{"the day of the event told comes before the day of an attack told again",
			"Warships shelled two platforms on Thursday in response to Tuesday's missile attack.",
			[]string{"Warships shelled two platforms on Thursday in response to Tuesday's missile attack. specific date=Thursday date=Tuesday"}},
		{"a gathering's place is not the attack's, past the gathering's topic and verb",
			"Rebels shelled Khost on Monday as talks on a Soviet troop withdrawal opened in Geneva.",
			[]string{"Rebels shelled Khost on Monday as talks on a Soviet troop withdrawal opened in Geneva. specific place=Khost date=Monday"}},
		{"a relation after the violence dates the other clause",
			"Iran launched an offensive near Penjwin today, four days after it began a thrust near Basra.",
			[]string{"Iran launched an offensive near Penjwin today, four days after it began a thrust near Basra. specific place=Penjwin place=Basra date=today said=four days after"}},
		{"a weak word heading no compound of its own stays weak",
			"Two mortar shells lay near a school in Kabul on Friday.",
			[]string{"Two mortar shells lay near a school in Kabul on Friday. place=Kabul date=Friday"}},
		{"a weapon police found is arms held, no mention",
			"Police found two mortar shells near a school in Kabul on Friday.",
			nil},
		{"a compound headed by an attack noun names the attack though its first word is weak",
			"A bomb attack in Kabul on Friday damaged a telephone exchange.",
			[]string{"A bomb attack in Kabul on Friday damaged a telephone exchange. specific place=Kabul date=Friday"}},
		{"a clause that leaves out its verb is split at its place",
			"Three people were killed in Kano and two in Kaduna.",
			[]string{
				"Three people were killed in Kano specific split place=Kano",
				"and two in Kaduna. specific split place=Kaduna",
			}},
		{"a toll list after bare commas is split at each place",
			"Rebels killed four villagers in Tumaco, two in Pasto, and three in Ipiales.",
			[]string{
				"Rebels killed four villagers in Tumaco specific split place=Tumaco",
				", two in Pasto specific split place=Pasto",
				", and three in Ipiales. specific split place=Ipiales",
			}},
		{"a toll broken down after a comma is not split",
			"Five people were killed, two in a market and three at a bus station.",
			[]string{"Five people were killed, two in a market and three at a bus station. specific"}},
		{"a second attack verb after and opens a clause at its own place",
			"Warplanes bombed troops east of Basra and raided the oil terminal at Kharg Island.",
			[]string{
				"Warplanes bombed troops east of Basra specific split place=Basra",
				"and raided the oil terminal at Kharg Island. specific split place=Kharg Island",
			}},
		{"a set dealt out to two towns is split at its second item",
			"Rebels set off two bombs on Thursday, one in Tegucigalpa and the other in La Ceiba.",
			[]string{
				"Rebels set off two bombs on Thursday, one in Tegucigalpa specific split place=Tegucigalpa date=Thursday",
				"and the other in La Ceiba. specific split place=La Ceiba date=Thursday",
			}},
		{"places listed before the verb and paired respectively are a clause each",
			"The homes of two senators in Sabaneta and El Retiro, respectively, were bombed by gunmen.",
			[]string{
				"The homes of two senators in Sabaneta specific split place=Sabaneta",
				"and El Retiro, respectively, were bombed by gunmen. specific split place=El Retiro",
			}},
		{"places listed before the verb with no pairing are not dealt out",
			"Rebels moving through Sabaneta and El Retiro kidnap and murder peasants.",
			[]string{"and El Retiro kidnap and murder peasants. specific split place=El Retiro"}},
		{"a relative clause telling an older killing by its day is split off",
			"Gunmen opened fire on his car in Medellin, a few blocks from where a governor was murdered on March 4.",
			[]string{
				"Gunmen opened fire on his car in Medellin, a few blocks from specific split place=Medellin",
				"where a governor was murdered on March 4. specific split date=March 4",
			}},
		{"a relative clause of the news's own day stays in its sentence",
			"Rebels fired rockets at Zacatecoluca, where clashes with the army went on today.",
			[]string{"Rebels fired rockets at Zacatecoluca, where clashes with the army went on today. specific place=Zacatecoluca date=today"}},
		{"a casualty verb after and tells the same event",
			"Gunmen killed five people in Kano and wounded ten in Kaduna.",
			[]string{"Gunmen killed five people in Kano and wounded ten in Kaduna. specific place=Kano place=Kaduna"}},
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
			[]string{"kill: 50 (50 people) [hedged] [unconfirmed]"}},
		{"no one was hurt",
			"No one was injured in the blast.",
			[]string{"injure: 0 zero (No one)"}},
		{"a figure whose verb is left out counts as the one before",
			"Three soldiers were killed in Kano and two in Kaduna.",
			[]string{"kill: 3 security_forces (Three soldiers)", "kill: 2 security_forces (two)"}},
		{"figures after bare commas whose verb is left out count as the one before",
			"Rebels killed four villagers in Tumaco, two in Pasto, and three in Ipiales.",
			[]string{"kill: 4 civilians (four villagers)", "kill: 2 civilians (two)", "kill: 3 civilians (three)"}},
		{"the object of a casualty verb is no subject of the next one",
			"Rebels raided a post in Bukidnon, killing four policemen, and two officials were shot dead in Misamis Oriental.",
			[]string{"kill: 4 security_forces (four policemen)", "kill: 2 (two officials)"}},
		{"a dateline's month is no modal verb",
			"BAMAKO, May 1 - Five people were killed in a bomb attack.",
			[]string{"kill: 5 (Five people)"}},
		{"ships are not people",
			"Ten ships were damaged and weak economies hurt.",
			nil},
		{"the source after a comma is no one more killed",
			"Its forces repelled the attack, killing 300 Iranian soldiers, the official news agency IRNA said.",
			[]string{"kill: 300 security_forces (300 Iranian soldiers) [confirmed]"}},
		{"a name's lower-case particle is part of the name",
			"Judge Sofia de Roldan was shot dead.",
			[]string{"kill: 1 (Judge Sofia de Roldan)"}},
		{"a title heading an uncased name is one person",
			"MUNICIPAL OFFICIAL SERGIO HORNA WAS SERIOUSLY WOUNDED IN AN EXPLOSION.",
			[]string{"injure: 1 (MUNICIPAL OFFICIAL SERGIO HORNA) [confirmed]"}},
		{"a title heading an uncased name before a passive verb of killing",
			"MINISTER JUAN ORTEGA WAS ASSASSINATED TODAY.",
			[]string{"kill: 1 (MINISTER JUAN ORTEGA)"}},
		{"a sentence to death kills no one",
			"A court sentenced two men to death.",
			nil},
		{"a name's particles in capitals",
			"JUDGE SOFIA DE ROLDAN WAS SHOT DEAD.",
			[]string{"kill: 1 (JUDGE SOFIA DE ROLDAN)"}},
		{"a name's hyphened particle",
			"Colonel Omar al-Rashid was killed.",
			[]string{"kill: 1 (Colonel Omar al-Rashid)"}},
		{"a possessive names the person it owns",
			"A police officer's driver was shot dead.",
			[]string{"kill: 1 civilians (A police officer's driver)"}},
		{"an owner with a number after the possessive is no person",
			"The minister's two bodyguards were killed.",
			[]string{"kill: 2 security_forces (two bodyguards)"}},
		{"no before a casualty noun is a stated zero",
			"No injuries were reported.",
			[]string{"injure: 0 zero (No)"}},
		{"no before two coordinated casualty nouns",
			"There were no deaths or injuries.",
			[]string{"kill: 0 zero (no)", "injure: 0 zero (no)"}},
		{"no casualties is none dead and none hurt",
			"There were no casualties.",
			[]string{"kill: 0 zero (no)", "injure: 0 zero (no)"}},
		{"a side that suffered no casualties says nothing of the toll",
			"The army said its forces suffered no casualties.",
			nil},
		{"no casualties among one group is no zero",
			"The bomb caused no casualties among civilians.",
			nil},
		{"no casualties on one side is no zero",
			"There were no casualties on the government side.",
			nil},
		{"no casualties on either side is none",
			"There were no casualties on either side.",
			[]string{"kill: 0 zero (no)", "injure: 0 zero (no)"}},
		{"no casualties in one part of the event is no zero",
			"There were no casualties in the first blast, but a second bomb an hour later killed five people.",
			[]string{"kill: 5 (five people)"}},
		{"no casualties in the attack is none",
			"There were no casualties in the attack.",
			[]string{"kill: 0 zero (no)", "injure: 0 zero (no)"}},
		{"the speaker of a report is no antecedent of a bare figure",
			"Gunmen killed six people in the village, police said. Another 20 were wounded.",
			[]string{"kill: 6 (six people)", "injure: 20 additional (Another 20)"}},
		{"an owner with a number after the possessive after an active verb",
			"Gunmen shot dead the minister's two bodyguards.",
			[]string{"kill: 2 security_forces (two bodyguards)"}},
		{"a later figure of a campaign is a campaign's total",
			"The army later said 300 militants had been killed in the offensive.",
			[]string{"kill: 300 perpetrators (300 militants) [confirmed] [campaign]"}},
		{"no toll given is no zero",
			"Police gave no death toll.",
			nil},
		{"a report of reports is no zero",
			"There were no immediate reports of injuries.",
			nil},
		{"a later report is a surer figure",
			"The health ministry later said 14 people had died.",
			[]string{"kill: 14 (14 people) [confirmed]"}},
		{"later dying adds deaths, it retells no toll",
			"Two policemen later died of their wounds.",
			[]string{"kill: 2 security_forces (Two policemen)"}},
		{"a figure with a verb of its own is no gapped clause",
			"Eleven people were killed and 50 injured in the riots.",
			[]string{"kill: 11 (Eleven people)", "injure: 50 (50)"}},
		{"his before the figure of an object, and a noun of agent as the object",
			"The bomb killed a businessman and wounded his two sons.",
			[]string{"kill: 1 civilians (a businessman)", "injure: 2 civilians (two sons)"}},
		{"a compound noun of agent",
			"The attacker killed a passer-by near the station.",
			[]string{"kill: 1 civilians (a passer-by)"}},
		{"a name is the victim in text without capitals",
			"REBELS KILLED JUAN ALBERTO SARAVIA NEAR THE BRIDGE.",
			[]string{"kill: 1 (JUAN ALBERTO SARAVIA)"}},
		{"a courtesy title makes a name of a place word in text without capitals",
			"GUNMEN MURDERED MS DOLORES QUINTANILLA AT HER DOOR.",
			[]string{"kill: 1 (MS DOLORES QUINTANILLA)"}},
		{"common words are no name in text without capitals",
			"REBELS KILLED MANY CATTLE NEAR THE BRIDGE.",
			nil},
		{"a measure is no person",
			"The bomb killed a number of people.",
			nil},
		{"a machine or a vessel is no noun of agent",
			"A rocket hit a fuel depot, killing a tanker and wounding a reporter.",
			[]string{"injure: 1 (a reporter)"}},
		{"a machine ending like a noun of agent is no person",
			"The surge damaged a transformer and wounded a generator.",
			nil},
		{"a day between a killing noun and its victims",
			"Police said the killing on Sunday of two soldiers was the work of rebels.",
			[]string{"kill: 2 security_forces (two soldiers)"}},
		{"a date between a killing noun and a titled victim",
			"The report followed the murder on 26 February of the mayor of Apartado.",
			[]string{"kill: 1 (the mayor of Apartado)"}},
		{"the dot of a form of address ends no name",
			"Gunmen killed Dr. Ramon Ortiz in the capital.",
			[]string{"kill: 1 (Dr. Ramon Ortiz)"}},
		{"one word after a form of address with its dot is a name",
			"There was outrage at the murder of Mr. Ortiz.",
			[]string{"kill: 1 (Mr. Ortiz)"}},
		{"a plural noun of agent read from its singular",
			"The attack had wounded two crewmen.",
			[]string{"injure: 2 (two crewmen)"}},
		{"an office of a place that runs past the title's name",
			"The governor of Kandahar province was killed.",
			[]string{"kill: 1 (The governor of Kandahar)"}},
		{"a place phrase after the first one between subject and verb",
			"Two people in a car near the border were killed.",
			[]string{"kill: 2 (Two people)"}},
		{"a word that opens another clause ends the search for the subject",
			"Peres was named prime minister at a meeting shortly after Rabin died.",
			nil},
		{"a surname alone opening the clause of a passive verb is one victim",
			"Police said Alvarado was killed at his home.",
			[]string{"kill: 1 (Alvarado)"}},
		{"a surname after an auxiliary and an adverb",
			"Investigators said that Ocampo had been seriously wounded.",
			[]string{"injure: 1 (Ocampo)"}},
		{"a surname in capitals",
			"SOTELO WAS KILLED YESTERDAY.",
			[]string{"kill: 1 (SOTELO)"}},
		{"a company is hurt, not wounded",
			"Vodafone was hurt by the fall in prices.",
			nil},
		{"a word of the dictionary is no surname",
			"Everyone was killed.",
			nil},
		{"a figure heading a noun of wounds counts wounds, not people",
			"THE BODY HAD 18 BULLET WOUNDS. THE BLAST CAUSED 18 INJURIES.",
			[]string{"injure: 18 (18)"}},
		{"people shot whom another sentence tells dead are killed",
			"Guerrillas shot 16 peasants in Chinchipe. Later 44 peasants had been killed in the province.",
			[]string{"kill: 16 civilians (16 peasants)", "kill: 44 civilians (44 peasants)"}},
		{"people shot whose outcome the story does not tell are not counted",
			"Guerrillas shot 16 peasants in Chinchipe. The attackers fled.",
			nil},
		{"a second article opens another phrase: no one person runs over it",
			"Gunmen shot dead two policemen, the day after a suicide bomber killed 12 people.",
			[]string{"kill: 2 security_forces (two policemen)", "kill: 12 (12 people)"}},
		{"a pronoun taking up the speaker counts the speaker's own deed",
			"The rebels said they had killed 30 soldiers.",
			[]string{"kill: 30 security_forces (30 soldiers) [claimed]"}},
		{"a verb of claiming with its infinitive",
			"The group claimed to have shot dead 12 policemen.",
			[]string{"kill: 12 security_forces (12 policemen) [claimed]"}},
		{"a speaker telling another's deed counts no boast",
			"Officials said the rebels had killed 30 soldiers.",
			[]string{"kill: 30 security_forces (30 soldiers)"}},
		{"a report the teller could not confirm is unconfirmed",
			"Although we could not confirm this report, residents said two guards were wounded.",
			[]string{"injure: 2 security_forces (two guards) [unconfirmed]"}},
		{"a denied check unconfirms even the word confirmed",
			"Residents said five people died, a figure that could not be confirmed.",
			[]string{"kill: 5 (five people) [unconfirmed]"}},
		{"hearsay is unconfirmed (and, opening the sentence, hedged)",
			"Rumours said four soldiers had died.",
			[]string{"kill: 4 security_forces (four soldiers) [hedged] [unconfirmed]"}},
		{"a breakdown after the place of a passive verb is a subset",
			"Seven people were killed in a market in Kashgar, including two attackers.",
			[]string{"kill: 7 (Seven people) + 2 perpetrators subset (two attackers)"}},
		{"a breakdown after another figure is not the dead's",
			"Three people were killed when gunmen fired on a bus carrying 30 passengers, including 10 children.",
			[]string{"kill: 3 (Three people)"}},
		{"a named force after from is a body, not a person",
			"A sub-inspector and three others from the Border Security Force were killed.",
			[]string{"kill: 1 security_forces (A sub-inspector) + 3 additional (three others)"}},
		{"quotation marks around the counted noun",
			"The strike killed four \"terrorists,\" the army said.",
			[]string{"kill: 4 perpetrators (four \"terrorists)"}},
		{"dashes set off an apposition as commas do",
			"Three soldiers and two civilians - a farmer and his wife - were wounded.",
			// the two between the dashes add up to the civilians: their breakdown (dashedBreakdown)
			[]string{"injure: 3 security_forces (Three soldiers) + 2 civilians (two civilians) + 1 civilians subset (a farmer) + 1 civilians subset (his wife)"}},
		{"a toll of the wounded is no death toll",
			"The blast left a toll of two people wounded.",
			[]string{"injure: 2 (two people)"}},
		{"the other of a pair is one more",
			"Gunmen shot two guards, killing one and wounding the other.",
			[]string{"kill: 1 (one)", "injure: 1 additional (the other)"}},
		{"a casualty participle shares the auxiliary of the attack participle before it",
			"Two guards were stabbed and wounded, and a driver had been shot and killed.",
			[]string{"injure: 2 security_forces (Two guards)", "kill: 1 civilians (a driver)"}},
		{"an active verb after a passive one keeps its object",
			"Two policemen were called and killed the gunman.",
			[]string{"kill: 1 perpetrators (the gunman)"}},
		{"an active verb after a passive one keeps its counted object",
			"Two policemen were alerted and wounded three gunmen.",
			[]string{"injure: 3 perpetrators (three gunmen)"}},
		{"a name set off after a phrase with an of-phrase is the one counted",
			"A commander of the armed group, Nasser Ahmed al-Rubaie, was wounded.",
			[]string{"injure: 1 (Nasser Ahmed al-Rubaie)"}},
		{"a speaker's silence on deaths is no zero",
			"The statement made no mention of civilian deaths.",
			nil},
		{"the years of one person after of are no count",
			"Medics declared a woman of about 40 dead at the scene.",
			[]string{"kill: 1 civilians (a woman of about 40)"}},
		{"a toll a time owns is the tally of that time",
			"Troops shot dead a man near Jenin on Sunday, raising Sunday's Palestinian toll to 10.",
			[]string{"kill: 1 civilians (a man)", "kill: 10 (10) [period]"}},
		{"a day after the verb of saying dates the saying, and the count stays the doer's",
			"The army said on Sunday it had killed 30 rebels.",
			[]string{"kill: 30 perpetrators (30 rebels) [claimed]"}},
		{"an earlier word opening the sentence makes its report an earlier count",
			"Earlier in the afternoon the head of a local hospital had reported 34 dead and more than 130 injured, but officials later said the count was inflated.",
			[]string{"kill: 34 (34) [old]", "injure: 130 (more than 130) [old]"}},
		{"an earlier word with no report tells an earlier deed",
			"Earlier in the afternoon gunmen on motorcycles killed five people in a nearby village.",
			[]string{"kill: 5 (five people)"}},
		{"a pronoun after 'of' ends the share it picks out",
			"Gunmen wounded four soldiers. One of them later died of his injuries.",
			[]string{"injure: 4 security_forces (four soldiers)", "kill: 1 security_forces (One)"}},
		{"a confirmed figure stays confirmed",
			"Police confirmed that five people died.",
			[]string{"kill: 5 (five people) [confirmed]"}},
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
					}{{st.update, "update"}, {st.old, "old"}, {st.subset, "subset"}, {st.hedged, "hedged"}, {st.confirmed, "confirmed"}, {st.campaign, "campaign"}, {st.period, "period"}, {st.claimed, "claimed"}, {st.unconfirmed, "unconfirmed"}} {
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

// TestRoleAttacks checks which attack words the mentions stage takes as
// reporting an attack though no one died: an armed agent or a physical
// target in a clause that asserts the attack, and the type the agent
// makes. Each body is read in an article that names no attack in words
// of its own, so the generic words take their agent's type.
func TestRoleAttacks(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // attack word/type
	}{
		{"warplanes strike from afar",
			"Iraq said its warplanes attacked a tanker in the Gulf.",
			[]string{"warplanes/remote_violence", "attacked/remote_violence"}},
		{"rebels assault a police station",
			"Rebels attacked a police station in the north on Sunday.",
			[]string{"attacked/armed_assault"}},
		{"a target alone backs the attack",
			"The attack on the oil terminal began at dawn.",
			[]string{"attack/armed_assault"}},
		{"a passive attack names its agent after by",
			"The freighter was attacked by an Iranian gunboat on Friday.",
			[]string{"attacked/remote_violence"}},
		{"a target before a passive verb",
			"Two police posts were attacked on Monday.",
			[]string{"attacked/armed_assault"}},
		{"a work at sea is struck from afar, as a ship is",
			"Two oil platforms were attacked on Monday.",
			[]string{"attacked/remote_violence"}},
		{"hit needs an armed agent",
			"Warships hit the jetty at the oil terminal.",
			[]string{"hit/remote_violence"}},
		{"troops retaking a town fight those who held it",
			"Government troops recaptured the town after a week.",
			[]string{"recaptured/clash"}},
		{"jets raiding is remote violence",
			"Unidentified jets raided three oil rigs.",
			[]string{"raided/remote_violence"}},
		{"Iranian forces attacked",
			"Iranian forces attacked positions on the southern front.",
			[]string{"attacked/armed_assault"}},
		{"forces opening the text",
			"Forces attacked the town.",
			nil},
		{"shares hit by a sell-off are no attack",
			"Shares were hit by a wave of selling on Monday.",
			nil},
		{"a terrorist attack is an attack noun",
			"Subversives carried out a terrorist attack against the former minister on Monday.",
			[]string{"terrorist attack/armed_assault"}},
		{"premises are a target",
			"The attack on the offices of the farmers' union began at dawn.",
			[]string{"attack/armed_assault"}},
		{"a politician attacking a budget is no attack",
			"The senator attacked the budget in a speech.",
			nil},
		{"an attack launched",
			"Iran said it had launched a new attack against Iraq in the north.",
			[]string{"attack/armed_assault"}},
		{"an attack that was launched",
			"The radio said the attack was launched last night in the Haj Omran area.",
			[]string{"attack/armed_assault"}},
		{"a launch that is no attack",
			"The company launched a new product against its rivals.",
			nil},
		{"a denial is no attack",
			"The army denied attacking the village.",
			nil},
		{"a purpose is no attack",
			"Boats carrying men to attack an oil terminal were sunk.",
			nil},
		{"a negated attack is no attack",
			"The rebels did not attack the convoy.",
			nil},
		{"a hypothetical attack is no attack",
			"Any attack on our ships will meet a forceful response.",
			nil},
		{"a test firing is no attack",
			"The navy test fired a missile at a hulk.",
			nil},
		{"people who are not armed fighting the police riot",
			"Thousands of farmers battled police in the city centre.",
			[]string{"battled/riot"}},
		{"clashes with riot police",
			"Students clashed with riot police outside the university.",
			[]string{"clashed/riot"}},
		{"a clash with a police chief is no fight",
			"The mayor clashed with the police chief over the budget.",
			nil},
		{"violence between troops and rebels names no attack",
			"Aid workers helped people affected by violence between troops and rebels.",
			nil},
		{"guerrillas sabotaging power lines",
			"Guerrillas sabotaged two power lines near the dam.",
			[]string{"sabotaged/armed_assault"}},
		{"sabotaged by commandos",
			"Two fuel depots were sabotaged by urban commandos.",
			[]string{"sabotaged/armed_assault"}},
		{"sabotage against the power grid",
			"The rebels stepped up their sabotage against the electrical power grid this week.",
			[]string{"sabotage/armed_assault"}},
		{"sabotage with only its doer names a cause",
			"Exports fell after worker violence and guerrilla sabotage shut the plant.",
			nil},
		{"sabotage of a career is no attack",
			"The coach denied any sabotage of the striker's career.",
			nil},
		{"terrorists set schools on fire",
			"The terrorists set two schools and several houses on fire.",
			[]string{"set two schools and several houses on fire/arson"}},
		{"a warship sets a tanker on fire from afar",
			"An Iranian warship set the supertanker on fire with a missile.",
			[]string{"missile/remote_violence", "set the supertanker on fire/remote_violence"}},
		{"setting the world on fire is no attack",
			"They have nothing that will set the world on fire this year.",
			nil},
		{"sabotaging talks is no attack",
			"The two governments blamed each other for sabotaging the talks.",
			nil},
		{"the capture of an air base is a battle",
			"The retreat follows the capture on Sunday of the country's best-defended air base at the oasis.",
			[]string{"capture/clash"}},
		{"the fall of a garrison is a battle",
			"The fall of the garrison left the road open.",
			[]string{"fall/clash"}},
		{"a fall of some shillings takes no ground",
			"Prices showed a fall of two shillings at the auction.",
			nil},
		{"the capture of a majority takes no ground",
			"The capture of a majority in the Senate by the opposition weakened the president.",
			nil},
		{"the fall of a city's share prices takes no ground",
			"The fall of the city's share prices worried investors.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readPassage(t, "2020-05-01", "", tt.body)
			a.resolvePlaces()
			var got []string
			for si := range a.sents {
				for _, r := range a.roleAttacks(int32(si), true) {
					got = append(got, a.text(r.t0, r.t1)+"/"+r.p.Value)
				}
			}
			if g, w := strings.Join(got, " "), strings.Join(tt.want, " "); g != w {
				t.Errorf("role attacks of %q\n got %s\nwant %s", tt.body, g, w)
			}
		})
	}
}

// TestAttackingCountry checks which countries opening a headline or
// sentence attack (a verb follows) and which only say where an attack
// was (the attack noun they modify follows).
func TestAttackingCountry(t *testing.T) {
	tests := []struct {
		name, title string
		want        bool
	}{
		{"a bombing noun", "Iraq bombing kills 12", false},
		{"a blast noun", "Pakistan blast kills 10", false},
		{"a past tense", "Israel bombed Gaza camp", true},
		{"a progressive after an adverb", "LIBYA STILL BOMBING CHAD AIRSTRIP", true},
		{"a verb of the attack-verb set", "Israel struck a convoy", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := mentionsOf(t, "2026-03-04", tc.title, "Police said twelve people were killed on Monday.")
			for k := range a.places {
				if a.places[k].t0 == 0 {
					if got := a.attackingCountry(k); got != tc.want {
						t.Errorf("attackingCountry(%q) = %v, want %v", a.text(a.places[k].t0, a.places[k].t1), got, tc.want)
					}
					return
				}
			}
			t.Fatal("no place opens the headline")
		})
	}
}

// TestOverPlaces checks which mentions give a figure for attacks at
// several places (overPlaces), so that no one place's incident takes it:
// a number of places or attacks counted, or a toll before a list of
// places the sentence splits into clauses.
func TestOverPlaces(t *testing.T) {
	tests := []struct {
		name, body string
		want       []bool // per mention, in order
	}{
		{"a toll before a list of towns is for all of them",
			"At least nine people were killed in Kabul and Kandahar on Sunday.",
			[]bool{true, false}},
		{"a toll with a figure for each town is not",
			"Three people were killed in Kano and two in Kaduna.",
			[]bool{false, false}},
		{"a toll for a town and the part of a country joined to it is for both",
			"At least nine people were killed in Beirut and south Lebanon on Sunday.",
			[]bool{true}},
		{"places counted",
			"Bombs killed 12 people in three towns on Sunday.",
			[]bool{true}},
		{"one town",
			"A bomb killed five people in Kabul on Sunday.",
			[]bool{false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ms := mentionsOf(t, "2020-05-01", "", tt.body)
			var got []bool
			for _, m := range ms {
				got = append(got, m.overPlaces)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("overPlaces got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestOwnDayAfter checks which day dates a mention whose first day stands
// before its words of violence: the later day when the violence is the
// object of another verb, a preposition or a relative clause
// (ownDayAfter), the first when it is the clause's own deed or subject.
func TestOwnDayAfter(t *testing.T) {
	tests := []struct {
		name, body, want string // want: the text of the mention's first event date
	}{
		{"the object of a promise",
			"The minister on Tuesday promised an inquiry into the murder of three aid workers who were shot dead on March 2.",
			"March 2"},
		{"a preposition's object with a count of days",
			"Police arrested four men on Tuesday over the killing of a mayor in Ayacucho two days ago.",
			"two days ago"},
		{"a relative clause",
			"The daily on Sunday published the names of five de-miners that were murdered on Thursday.",
			"Thursday"},
		{"the clause's own deed",
			"Gunmen on Monday shot dead a judge who had been investigating the murder of a colonel on May 2.",
			"Monday"},
		{"the clause's subject",
			"On Friday, a car bomb exploded outside a police station that militants had stormed on March 30.",
			"Friday"},
		{"no later day: the first stays",
			"The minister on Tuesday promised an inquiry into the murder of three aid workers.",
			"Tuesday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ms := mentionsOf(t, "2024-04-05", "", tt.body)
			if len(ms) == 0 || len(ms[0].dates) == 0 {
				t.Fatalf("no dated mention in %q", tt.body)
			}
			d := a.dates[ms[0].dates[0]]
			if got := a.src[d.Start:d.End]; got != tt.want {
				t.Errorf("first event date = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestObjectFollows checks when a casualty verb has an object the
// lexicon need not count: a determiner or an owner's possessive after
// it, in its own sentence, and no date.
func TestObjectFollows(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              bool
	}{
		{"an article opens the object", "", "A gunman shot dead a district official.", true},
		{"an owner's possessive opens it", "", "Gunmen shot dead Mandera's deputy commissioner.", true},
		{"a date is when, not whom", "", "Two soldiers were killed the previous day.", false},
		{"the body's first word is no object of the headline's verb", "Rebels kill", "The army said two soldiers died.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readPassage(t, "2020-05-01", tt.title, tt.body)
			for _, tm := range a.terms {
				if tm.p.Cat == lexicon.Kill {
					if got := a.objectFollows(tm); got != tt.want {
						t.Errorf("objectFollows(%q) = %v, want %v", a.text(tm.t0, tm.t1), got, tt.want)
					}
					return
				}
			}
			t.Fatal("no casualty verb")
		})
	}
}

// TestAttributiveParticiple checks when a word of burning after "and"
// modifies the bare noun after it, in a phrase coordinated with a verb's
// object, and when it is a second verb sharing the subject.
func TestAttributiveParticiple(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"a bare plural after an object a number opens", "Soldiers found two bodies and burned houses.", true},
		{"a bare plural after an object an article opens", "Soldiers found the bodies and burnt cars near the road.", true},
		{"a determiner opens the verb's object", "Gunmen seized the trucks and burned the houses.", false},
		{"a quantifier opens it", "Gunmen looted two shops and burned several houses.", false},
		{"a qualified number opens it", "Gunmen looted two shops and burned at least 20 houses.", false},
		{"a pronoun is the object", "Gunmen seized two trucks and burned them.", false},
		{"a phrase of time before and", "Gunmen entered the village on Sunday and burned houses.", false},
		{"a phrase of place before and", "Gunmen arrived at a farm and burned houses.", false},
		{"a day word ends the object", "Soldiers entered the village yesterday and burned houses.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readPassage(t, "2020-05-01", "", tt.body)
			for j := range a.toks {
				if burnVerbs[a.lowerWord(int32(j))] {
					if got := a.attributiveParticiple(int32(j)); got != tt.want {
						t.Errorf("attributiveParticiple(%q) = %v, want %v", a.word(int32(j)), got, tt.want)
					}
					return
				}
			}
			t.Fatal("no word of burning")
		})
	}
}

// TestDenialAndHedgeScope checks what a denial or a hedge before an
// attack word governs: a denial under a negation asserts its clause
// (deniedAt, denialBefore), and a definite deed that is the object of the
// hedged verb is presupposed (presupposedDeed), where the hedge's own
// verb, or a verb that makes its object's event, stays hedged.
func TestDenialAndHedgeScope(t *testing.T) {
	tests := []struct {
		name, body, word string
		denied, hedged   bool
	}{
		{"a denial", "The minister denied that the air force bombed the village.", "bombed", true, false},
		{"a denial past an aside", "The minister denied, however, that the air force bombed the village.", "bombed", true, false},
		{"a negated denial", "The minister did not deny that the air force bombed the village.", "bombed", false, false},
		{"a denial under a focus", "The minister not only denied that the air force bombed the village but accused the rebels.", "bombed", true, false},
		{"a denial never made", "The minister has never denied that the air force bombed the village.", "bombed", false, false},
		{"a definite deed after a modal's verb", "A commission will investigate the deadly car bombing in Kirkuk.", "car", false, false},
		{"a possessive deed after a modal's verb", "Police will investigate Friday's bombing of a bus in Quetta.", "bombing", false, false},
		{"a definite deed after a vow", "The rebels vowed to avenge the attack on their camp near Goma.", "attack", false, false},
		{"the threat's own verb", "The rebels threatened to bomb the embassy in Kabul.", "bomb", false, true},
		{"the modal's own verb", "Militants may attack the town of Jilib again.", "attack", false, true},
		{"a determiner of another noun", "Militants may shell the town and attack the base.", "attack", false, true},
		{"a verb that makes its object's event", "Rebels will carry out the attack on Goma within days.", "attack", false, true},
		{"a verb that holds its object's event", "It was an operation that would have included the kidnapping of personalities.", "kidnapping", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readPassage(t, "2020-05-01", "", tt.body)
			for _, tm := range a.terms {
				if tm.p.Cat != lexicon.Trigger || a.lowerWord(tm.t0) != tt.word {
					continue
				}
				if got := a.deniedAt(tm.t0); got != tt.denied {
					t.Errorf("deniedAt(%q) = %v, want %v", a.text(tm.t0, tm.t1), got, tt.denied)
				}
				if got := a.hedgedAt(tm.t0); got != tt.hedged {
					t.Errorf("hedgedAt(%q) = %v, want %v", a.text(tm.t0, tm.t1), got, tt.hedged)
				}
				return
			}
			t.Fatalf("no attack word %q", tt.word)
		})
	}
}
