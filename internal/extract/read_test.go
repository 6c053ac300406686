package extract

import (
	"strings"
	"testing"
)

// TestReadPlaces checks the place mentions read finds, before any is
// resolved: the gazetteer's names, villages it lacks found by their
// shape, and what stands around them.
func TestReadPlaces(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"gazetteer name with its preposition",
			"A bomb exploded in Kabul on Friday.",
			"Kabul prep=in"},
		{"a village the gazetteer lacks, by its shape",
			"Gunmen attacked Gidan Boka village on Sunday night.",
			"Gidan Boka prep=attacked noun=village unknown"},
		{"the village of X",
			"Soldiers burned the village of Pa Zi Gyi in May.",
			"Pa Zi Gyi prep=of noun=village unknown"},
		{"a demonym and a country",
			"Pakistani officials said the attack in Afghanistan was planned abroad.",
			"Pakistani demonym | Afghanistan prep=in country"},
		{"weekdays and months are not places",
			"On Monday, May 3, nothing happened.",
			""},
		{"a dateline",
			"KARACHI, Pakistan (AP) — A bomb went off on Friday.",
			"KARACHI dateline | Pakistan dateline country"},
		{"a local dateline after the service's",
			"BOGOTA, 5 APR 90 (RADIO CADENA NACIONAL) -- PEREIRA -- A BOMB EXPLODED.",
			"BOGOTA dateline | PEREIRA dateline"},
		{"prose after the service's dateline is no local dateline",
			"BOGOTA, 5 APR 90 (EFE) -- MEDELLIN POLICE SAID A BOMB EXPLODED.",
			"BOGOTA dateline | MEDELLIN"},
		{"FBIS's NO CITY is no dateline city (resolve drops No), and the source in brackets no place",
			"NO CITY, 3 MAR 90 (RADIO AMERICA) -- A BOMB EXPLODED IN SAN MIGUEL.",
			"NO noun=city | SAN MIGUEL prep=in"},
		{"a country in brackets before the dateline's comma is its country",
			"NO CITY (EL SALVADOR), 3 MAR 90 -- A BOMB EXPLODED.",
			"NO noun=city | EL SALVADOR dateline country"},
		{"a compass noun is not a place; a name made with one is",
			"Rebels hold towns in the North and the East, near South Sudan.",
			"South Sudan prep=near country"},
		{"a compass word does not make a place the gazetteer lacks",
			"Two men were shot dead in the Deep South township on Monday.",
			""},
		{"seas, gulfs and straits are water, whatever the words inside them",
			"Tankers were hit in the Persian Gulf, the Gulf of Aden and the South China Sea.",
			"Persian Gulf prep=in water unknown | Gulf of Aden water unknown | South China Sea prep=and water unknown"},
		{"the Gulf is water; Gulf as an adjective is no place; a division named after a sea stays",
			"Gulf shipping sources said a ship was hit in the Gulf near Red Sea State, in the Red Sea port of Jeddah.",
			"Gulf prep=in water unknown | Red Sea prep=near noun=state | Jeddah prep=of"},
		{"waters after a demonym are water; waters alone or capitalised are not",
			"A tanker was hit in Kuwaiti waters and another in international waters, Roger Waters said.",
			"Kuwaiti prep=in demonym | waters prep=in water unknown"},
		{"names listed before a plural place noun are each a place of that kind",
			"Gunmen raided Gora, Kabaro and Dangulbi villages on Tuesday.",
			"Gora prep=raided noun=villages | Kabaro noun=villages | Dangulbi prep=and noun=villages unknown"},
		{"a place the gazetteer lacks named only with common words is no place",
			"Officials at the Defense department said so.",
			""},
		{"a name after a title is a person, there and elsewhere; with a place noun it is a place",
			"President Reagan said he ordered the strike. Reagan said the rigs in Quezon province were targets.",
			"Quezon prep=in noun=province"},
		{"a bank named after a city is no place",
			"The manager of Bank of Tokyo in Peru was shot.",
			"Peru prep=in country"},
		{"an organisation named with \"of\" and a place is no place",
			"A missionary of the Church of Scotland and an official of the Council of Lyon were shot in Lilongwe.",
			"Lilongwe prep=in"},
		{"a village named with its noun is found again by its name alone",
			"Bandits raided Dangulbi village. Three people were killed in Dangulbi.",
			"Dangulbi prep=raided noun=village unknown | Dangulbi prep=in unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readPassage(t, "2020-05-01", "", tt.body)
			var got []string
			for _, m := range a.places {
				s := a.text(m.t0, m.t1)
				if m.prep != "" {
					s += " prep=" + m.prep
				}
				if m.noun != "" {
					s += " noun=" + m.noun
				}
				for _, f := range []struct {
					on   bool
					name string
				}{{m.dateline, "dateline"}, {m.demonym, "demonym"}, {m.country, "country"}, {m.water, "water"}, {m.cands == nil, "unknown"}} {
					if f.on {
						s += " " + f.name
					}
				}
				got = append(got, s)
			}
			if g := strings.Join(got, " | "); g != tt.want {
				t.Errorf("places\n got %s\nwant %s", g, tt.want)
			}
		})
	}
}

// TestReadLead checks which paragraph read takes for the lead: the first
// of the body with eight words or more.
func TestReadLead(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              int
	}{
		{"the first paragraph", "Blast in Kabul", "A bomb exploded in a crowded market in Kabul on Friday, killing five.", 1},
		{"a kicker alone on its line is not the lead", "Blast in Kabul", "By John Smith\n\nA bomb exploded in a crowded market in Kabul on Friday, killing five.", 2},
		{"no body", "Blast in Kabul", "", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readPassage(t, "2020-05-01", tt.title, tt.body)
			if a.lead != tt.want {
				t.Errorf("lead paragraph %d, want %d", a.lead, tt.want)
			}
		})
	}
}

// TestReadDates checks the dates read resolves against the publication day
// and the terms it tags.
func TestReadDates(t *testing.T) {
	tests := []struct {
		name, date, body, want string
	}{
		{"a weekday before publication", "2020-05-01", "Gunmen attacked a village on Wednesday.", "Wednesday (2020-04-29)"},
		{"an explicit day", "2020-05-01", "The blast of March 3, 2019 killed two.", "March 3, 2019 (2019-03-03)"},
		{"relative to an unknown publication day", "", "Gunmen attacked a village on Wednesday.", "Wednesday ()"},
		{"a dateline a day before the stamp is the day of writing", "2020-05-01",
			"MANILA, April 30 - Rebels ambushed a truck yesterday.", "April 30 (2020-04-30) | yesterday (2020-04-29)"},
		{"a dateline of the stamp's day changes nothing", "2020-05-01",
			"MANILA, May 1 - Rebels ambushed a truck yesterday.", "May 1 (2020-05-01) | yesterday (2020-04-30)"},
		{"a dateline days older is no day of writing", "2020-05-01",
			"MANILA, April 20 - Rebels ambushed a truck yesterday.", "April 20 (2020-04-20) | yesterday (2020-04-30)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readPassage(t, tt.date, "", tt.body)
			var got []string
			for k := range a.dates {
				got = append(got, a.showDate(k))
			}
			if g := strings.Join(got, " | "); g != tt.want {
				t.Errorf("dates\n got %s\nwant %s", g, tt.want)
			}
		})
	}
}

// TestStateStrikes checks where "strike" alone is read as a state's armed
// strike: a state before it by its demonym, name or possessive, and after
// its "on" what armed force strikes, not a day or an issue.
func TestStateStrikes(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"demonym, a city", "A Russian strike on the Ukrainian city of Kharkiv killed one person.", true},
		{"demonym, a target", "A Russian strike on a market in Kharkiv killed five people.", true},
		{"name, a place", "A U.S. strike on Iran oil platform set it ablaze.", true},
		{"possessive, a target", "Russia's strike on a market in Kharkiv killed five people.", true},
		{"plural possessive, a base", "The United States' strike on a rebel base killed five fighters.", true},
		{"demonym, a group", "An Israeli strike on Hamas commanders killed five people.", true},
		{"demonym, an issue", "A French strike on pension reform shut down Paris.", false},
		{"demonym, an issue, a place after", "A Belgian strike on wage indexation in Antwerp halted the port.", false},
		{"demonym, a day", "A French strike on Monday shut down Paris.", false},
		{"no state", "The strike on a market in Kharkiv killed five people.", false},
		{"workers' pay", "A Nigerian strike on workers' pay shut Lagos.", false},
		{"a force's possessive, a market", "The army's strike on a market in Maiduguri killed five people.", true},
		{"the air force's possessive", "The air force's strike on a rebel camp killed nine fighters.", true},
		{"workers' possessive", "The dockers' strike on the port of Lagos entered its third day.", false},
		{"home town's metro", "A French strike on the Paris metro halted trains.", false},
		{"home town's port", "A Nigerian strike on the Lagos port halted shipping.", false},
		{"another country's metro", "A Russian strike on the Kyiv metro killed three people.", true},
		{"a home town heading the phrase", "A Syrian strike on Idlib killed three people.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readPassage(t, "2024-03-08", "News", tt.body)
			got := false
			for _, tm := range a.terms {
				got = got || tm.p == stateStrike
			}
			if got != tt.want {
				t.Errorf("state strike in %q = %v, want %v", tt.body, got, tt.want)
			}
		})
	}
}

// TestAttackedOn checks which names are read as the place an attack
// noun's "on" struck: its object, or the "in" of its object, not a place
// the attack started from nor one after a labour strike.
func TestAttackedOn(t *testing.T) {
	tests := []struct {
		name, body, place string
		want              bool
	}{
		{"in of the object", "Israel's raid on a camp in Jenin killed three people.", "Jenin", true},
		{"the object", "An Israeli raid on the Jenin refugee camp killed three people.", "Jenin", true},
		{"a strike on a city", "A Russian strike on Kharkiv killed one person.", "Kharkiv", true},
		{"from a place", "A raid on a convoy from Jenin killed three people.", "Jenin", false},
		{"a labour strike", "A strike on the Paris metro halted trains.", "Paris", false},
		{"no attack noun", "Talks on a camp in Jenin ended on Monday.", "Jenin", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readPassage(t, "2024-03-08", "News", tt.body)
			found := false
			for i := range a.places {
				m := &a.places[i]
				if a.text(m.t0, m.t1) != tt.place {
					continue
				}
				found = true
				if got := a.attackedOn(m); got != tt.want {
					t.Errorf("attackedOn(%q) in %q = %v, want %v", tt.place, tt.body, got, tt.want)
				}
			}
			if !found {
				t.Fatalf("no place %q read in %q", tt.place, tt.body)
			}
		})
	}
}
