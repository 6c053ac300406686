package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/lexicon"
)

// TestSegment checks how the segment stage groups the news into
// incidents: by place, by day, by "another attack", and by site when a
// town saw attacks on several.
func TestSegment(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              []string // place, day and number of mentions of each incident
	}{
		{"one event told in several sentences",
			"", "A bomb exploded in a market in Kabul on Friday. The blast killed five people and wounded 20.",
			[]string{"Kabul Friday 2"}},
		{"another attack at another place",
			"", "A bomb exploded in Kabul on Friday, killing five people. In another attack, gunmen killed two policemen in Kandahar.",
			[]string{"Kabul Friday 1", "Kandahar - 1"}},
		{"the same place on another day",
			"", "A bomb exploded in Kabul on Friday, killing five people. On Thursday, a rocket hit Kabul airport, killing one.",
			[]string{"Kabul Friday 1", "Kabul Thursday 1"}},
		{"a district joins the incident of its province",
			"", "A roadside bomb killed three soldiers in Ghazni province on Friday. The blast occurred in the Andar district.",
			[]string{"Andar Friday 2"}},
		{"attacks on several sites of one town",
			"", "Bombs went off at the Ritz-Carlton and Marriott hotels in Jakarta on Friday, killing nine people.",
			[]string{"Jakarta Friday 1 site=Ritz-Carlton", "Jakarta Friday 1 site=Marriott"}},
		{"sites under one verb that later sentences tell apart are one attack each",
			"", "Gunmen attacked the French embassy and the army headquarters in Niamey on Friday. Two guards were killed at the embassy. At the army headquarters, a fuel depot was set on fire.",
			[]string{"Niamey Friday 2 site=Gunmen attacked the French embassy", "Niamey Friday 2 site=the army headquarters"}},
		{"a hotel and restaurant under one determiner is one site",
			"", "Gunmen attacked a hotel and restaurant in Niamey on Friday. Two guards were killed at the hotel. A waiter hid in the restaurant.",
			[]string{"Niamey Friday 2"}},
		{"sites told apart by their towns are left to the towns",
			"", "Gunmen attacked a church and a synagogue on Friday. In Derbent, two guards were killed at the church. In Makhachkala, gunmen shot dead a policeman at the synagogue.",
			[]string{"Derbent Friday 2", "Makhachkala - 1"}},
		{"listed hotels whose names carry the town are several sites",
			"", "A suicide bomber blew himself up at the Sheraton Hotel in Kampala on Friday, killing 12 guests.\n\nTwo other hotels, the Nile Crest Kampala and Equator Inn Kampala, also suffered attacks.",
			[]string{"Kampala Friday 1 site=the Sheraton Hotel", "Kampala - 1 site=Nile Crest Kampala", "Kampala - 1 site=Equator Inn Kampala"}},
		{"an undated lead under a dated dateline joins the attack told in full below",
			"", "SANTIAGO, May 2 - A mining firm said today its exports would not be delayed after rebels blew up a stretch of railway.\n\nRebels blew up the tracks near Calama two days ago, a police spokesman said.",
			[]string{"Calama two days ago 2"}},
		{"an undated lead does not join a raid told again by its day",
			"", "PESHAWAR, May 2 - Warplanes bombed a village near Wana, killing nine people.\n\nLocal officials said the jets came from across the border.\n\nThe toll from yesterday's air raid in Spinkai Raghzai had risen to 14.",
			[]string{"Wana - 1", "- yesterday 1"}},
		{"a side's report placed only by its clause joins the battle the other side dates there",
			"", "Iran said it launched a new offensive near Mehran today.\n\nIran also reported gains near the Iraqi city of Amara, saying its forces had captured several Iraqi positions.\n\nIraq said its troops beat back an Iranian assault near Amara last night.",
			[]string{"Mehran today 1", "Amara last night 2"}},
		{"a generic attack word with its own day right after it is another day's attack",
			"", "A bomb destroyed a truck in Dolores on Tuesday. In addition, three policemen were wounded during a rebel attack on Monday.",
			[]string{"Dolores Tuesday 1", "Dolores Monday 1"}},
		{"an indefinite generic attack word takes its clause's own day",
			"", "Guerrillas bombed a party office in Lima on Thursday, injuring two guards. On Tuesday the mayor escaped unharmed from an attack on his car. His bodyguard died in the attack, which took place near Cajamarca.",
			[]string{"Lima Thursday 1", "Cajamarca Tuesday 2"}},
		{"a definite generic word does not take a day further off in its clause",
			"", "Guerrillas bombed a party office in Lima on Thursday, injuring two guards. On Friday the minister said the attack had been planned for weeks.",
			[]string{"Lima Thursday 2"}},
		{"a future day does not date a massacre told again",
			"", "SAN SALVADOR, Oct 31 - A bomb killed nine people at a union office in San Salvador today. We must stop work tomorrow to bury our massacred comrades, a leader said.",
			[]string{"San Salvador today 2"}},
		{"a similar raid is another event",
			"", "Israeli jets bombed targets near Sidon, security sources said. Israeli planes carried out a similar raid in the same area on Friday.",
			[]string{"Sidon - 1", "Sidon Friday 1"}}, // "in the same area": the place told before (samePlaceWords)
		{"another figure counts more people, not another attack",
			"", "A bomb exploded in a market in Kabul on Friday. Six people were killed and another 20 were wounded.",
			[]string{"Kabul Friday 2"}},
		{"another person hurt is no other attack",
			"", "A bomb exploded in a market in Kabul on Friday, killing five people. Another man was wounded.",
			[]string{"Kabul Friday 2"}},
		{"a clause that leaves out its attack word is placed from its own head",
			"", "Officials said there had been six blasts across the south, with three in Yala on Friday, two more in the border town of Sungai Kolok on Friday, and one in the far southern district of Bannang Sata on Thursday.",
			[]string{"Yala Friday 1", "Sungai Kolok Friday 1", "Bannang Sata Thursday 1"}},
		{"an attack brought in by an indefinite noun at another village is another event",
			"", "Gunmen attacked the village of Kurfi on Sunday, killing nine farmers. A police patrol sent to help was later caught in an ambush near Dutsinma.",
			[]string{"Kurfi Sunday 1", "Dutsinma - 1"}},
		{"an indefinite attack word at the focus's own spot tells the event again",
			"", "Gunmen attacked the village of Kurfi on Sunday, killing nine farmers. The soldiers died in an ambush in the same village.",
			[]string{"Kurfi Sunday 2"}},
		{"an indefinite attack word at the focus's own village named again tells the event again",
			"", "Gunmen attacked the village of Kurfi on Sunday, killing nine farmers. Two soldiers died in an ambush in Kurfi.",
			[]string{"Kurfi Sunday 2"}},
		{"a definite attack word at a spot tells the event again",
			"", "Gunmen attacked the village of Kurfi on Sunday, killing nine farmers. The attack near Dutsinma lasted two hours.",
			[]string{"Kurfi Sunday 2"}},
		{"a headline's bare name is the province that holds the body's district",
			"Gunmen kill four police in Ghazni", "Gunmen attacked a police post in the Qarabagh district of Ghazni province on Tuesday, killing four policemen.",
			[]string{"Qarabagh Tuesday 2"}},
		{"a passive with a counted attack noun counts the attacks",
			"", "Two devices were detonated at a mosque and a market in Karachi on Friday, killing nine people.",
			[]string{"Karachi Friday 1 site=a mosque", "Karachi Friday 1 site=a market"}},
		{"a body's bare name is the province that holds the district the same blast is told at",
			"", "A bomb exploded in Kunduz on Tuesday, killing six people. The bomb went off near a police post in the Khan Abad district.",
			[]string{"Khan Abad Tuesday 2"}},
		{"a name told as the town by a noun stays the town",
			"", "A bomb exploded in Kunduz city on Tuesday, killing six people. The bomb went off near a police post in the Khan Abad district.",
			[]string{"Kunduz Tuesday 2"}},
		{"a name told as the provincial capital stays the town",
			"", "A bomb exploded in Kunduz, the provincial capital, on Tuesday, killing six people. The bomb went off near a police post in the Khan Abad district.",
			[]string{"Kunduz Tuesday 2"}},
		{"a later death does not date the attack",
			"", "A soldier wounded in a bombing in Kandahar province died in hospital on Wednesday, officials said.\n\nThe bomb exploded beside a patrol in Panjwai district on Monday, killing two soldiers.",
			[]string{"Panjwai Monday 2"}},
		{"a count of victims is no count of attacks, and the sources are no site",
			"", "Seven students were shot dead by soldiers in Mandalay on Wednesday when troops broke up a march near the university, diplomats said.",
			[]string{"Mandalay Wednesday 1"}},
		{"a toll list after bare commas is one incident per place",
			"", "Rebels shot dead four farmers in Tumaco, Narino department, two in Cali, and three in Buga on Friday, police said.",
			[]string{"Tumaco - 1", "Cali - 1", "Buga - 1"}},
		{"a toll broken down after a bare comma stays one incident",
			"", "Five people were killed in Cali on Friday, two of them policemen, police said.",
			[]string{"Cali Friday 1"}},
		{"the first item of a round-up is not taken into its summary lead",
			"", "Rebels carried out a wave of kidnappings across the country on Friday, police said. At least 15 people were kidnapped.\n\nIn Huila department, rebels kidnapped a mayor in Neiva.\n\nIn Cesar, gunmen kidnapped two ranchers near Valledupar.\n\nA judge was kidnapped in Cartagena.",
			[]string{"Neiva - 1", "Valledupar - 1", "Cartagena - 1"}},
		{"a summary lead that names an item's place is that item in outline",
			"", "Rebels kidnapped people in Neiva and Cartagena on Friday, police said.\n\nIn Neiva, rebels kidnapped a mayor.\n\nA judge was kidnapped in Cartagena.",
			[]string{"Neiva Friday 2", "Cartagena Friday 2"}},
		{"a later sentence with no place goes on with the story, not with an item of a list",
			"", "A bomb exploded at a market in Kidapawan on Saturday, killing one vendor, police said. There were also two blasts in General Santos on Saturday, and one in Koronadal on Friday.\n\nFriday night's explosion went off near a bus terminal in the busy market town.",
			[]string{"Kidapawan Saturday 1", "General Santos Saturday 1", "Koronadal Friday 1", "Kidapawan Friday night 1"}},
		{"a sentence with no event word makes no incident",
			"", "The attack shocked the city. Officials met in Kabul on Friday.",
			nil},
		{"counted bombs dealt out one per site are an incident each",
			"", "Three bombs went off in Tegucigalpa on Thursday, one at a bank in the city centre, another at the national university and another at a hotel.",
			[]string{"Tegucigalpa Thursday 1 site=a bank", "Tegucigalpa Thursday 1 site=the national university", "Tegucigalpa Thursday 1 site=a hotel"}},
		{"attacks dealt out to targets no list knows take the phrase after the preposition as the site",
			"", "Gunmen carried out two attacks in Medellin on Saturday. One attack was aimed at the fuel tanks and the other against a country club.",
			[]string{"Medellin Saturday 2 site=the fuel tanks", "Medellin Saturday 2 site=a country club"}},
		{"a toll naming a site read from its item joins that site",
			"", "Gunmen carried out two attacks in Medellin on Saturday. One attack was aimed at the fuel tanks and the other against a country club. Two watchmen were wounded at the country club.",
			[]string{"Medellin Saturday 2 site=the fuel tanks", "Medellin Saturday 3 site=a country club"}},
		{"a police station is a site, though police is a party word",
			"", "Two bombs exploded in Ayacucho on Monday, one at a police station and the other at an army barracks. Two policemen at the police station were wounded.",
			[]string{"Ayacucho Monday 2 site=a police station", "Ayacucho Monday 1 site=an army barracks"}},
		{"none hurt in every attack of a set goes to each town",
			"", "Three bombs went off in Bolivia on Monday, one in La Paz, another in Cochabamba and another in Santa Cruz.\n\nPolice said no one was injured in the blasts.",
			[]string{"La Paz Monday 2", "Cochabamba Monday 2", "Santa Cruz Monday 2"}},
		{"a figure for every attack of a set is not spread: it stays with the incident it joined",
			"", "Three bombs went off in Bolivia on Monday, one in La Paz, another in Cochabamba and another in Santa Cruz.\n\nPolice said five people were injured in the blasts.",
			[]string{"La Paz Monday 2", "Cochabamba Monday 1", "Santa Cruz Monday 1"}},
		{"victims dealt out to two spots are of one attack",
			"", "Gunmen shot dead two policemen in Cali on Friday, one at a checkpoint and another at a bus station.",
			[]string{"Cali Friday 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, st := storyOf(t, "2020-05-02", tt.title, tt.body)
			var got []string
			for _, in := range st.incs {
				place, day := "-", "-"
				if in.place >= 0 {
					place = a.text(a.places[in.place].t0, a.places[in.place].t1)
				}
				if in.date >= 0 {
					day = a.src[a.dates[in.date].Start:a.dates[in.date].End]
				}
				s := fmt.Sprintf("%s %s %d", place, day, len(in.ms))
				if in.site != nil {
					s += " site=" + a.text(in.site.t0, in.site.t1)
				}
				got = append(got, s)
			}
			if g, w := strings.Join(got, " | "), strings.Join(tt.want, " | "); g != w {
				t.Errorf("incidents\n got %s\nwant %s", g, w)
			}
			for _, in := range st.incs {
				for _, m := range in.ms {
					if !contains(st.incOf[m.sent], in) {
						t.Errorf("incOf[%d] lacks the incident that tells of it", m.sent)
					}
				}
			}
		})
	}
}

func contains(incs []*incident, in *incident) bool {
	for _, o := range incs {
		if o == in {
			return true
		}
	}
	return false
}

// TestOfEverySite checks which words make a mention speak of every attack
// of a set at once: a whole-set word or a definite plural before the
// attack word, not a singular or counted one.
func TestOfEverySite(t *testing.T) {
	tests := []struct {
		body string
		want bool
	}{
		{"Nobody was hurt in either attack.", true},
		{"No one was injured in both blasts.", true},
		{"Police said no one was injured in the blasts.", true},
		{"No one was injured in all the explosions.", true},
		{"No one was injured in the blast.", false},
		{"No one was injured in two blasts.", false},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			a, ms := mentionsOf(t, "2020-05-02", "", tt.body)
			if len(ms) != 1 {
				t.Fatalf("got %d mentions, want 1", len(ms))
			}
			if got := a.ofEverySite(ms[0]); got != tt.want {
				t.Errorf("ofEverySite = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPersonTarget checks that a target is people only when a party or
// title word reaches its head: "police station" is a building.
func TestPersonTarget(t *testing.T) {
	tests := []struct {
		body, target string
		want         bool
	}{
		{"Rebels attacked a police station in Lima.", "police station", false},
		{"Rebels attacked a police post in Lima.", "police post", false},
		{"Rebels attacked policemen in Lima.", "policemen", true},
		{"Rebels attacked two police officers in Lima.", "police officers", true},
		{"Rebels attacked the ambassador in Lima.", "ambassador", true},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			a := readPassage(t, "2020-05-02", "", tt.body)
			found := false
			for _, tm := range a.terms {
				if tm.p.Cat == lexicon.Target && strings.EqualFold(a.text(tm.t0, tm.t1), tt.target) {
					found = true
					if got := a.personTarget(tm); got != tt.want {
						t.Errorf("personTarget(%q) = %v, want %v", tt.target, got, tt.want)
					}
				}
			}
			if !found {
				t.Fatalf("no target %q", tt.target)
			}
		})
	}
}
