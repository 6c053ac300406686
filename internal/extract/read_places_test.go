package extract

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

// TestPlaceReadings checks the readings of a place mention by the words
// around it: where a speaker sits (speakerPlace), the town of a site
// (siteOfPlace), a region that only qualifies a town (qualifiesPlace), a
// country's name inside a feature's (inFeatureName, which drops the
// mention), the province a village is put in by its capital's name
// (provinceOfSeat), the country a demonym or a possessive gives a place
// (ownerCountry), a compass phrase after a division's noun (yardstick)
// and the preposition before a name that takes the article. The mention asked of is the first one that starts with
// place; want is the helper's answer.
func TestPlaceReadings(t *testing.T) {
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, body, place, rule string
		want                    bool   // speakerPlace, siteOfPlace, qualifiesPlace, yardstick; a mention at all for kept
		owner                   string // for owner: the country code; for prep: the preposition
	}{
		{name: "sources in the dateline's city", rule: "speaker", place: "Nicosia", want: true,
			body: "NICOSIA, March 4 - Jets attacked a tanker in the Gulf on Tuesday, shipping sources in Nicosia said."},
		{name: "officials far from the named scene", rule: "speaker", place: "Washington", want: true,
			body: "A car bomb exploded in Damascus on Wednesday, and U.S. officials in Washington condemned the attack."},
		{name: "said in the capital", rule: "speaker", place: "Addis Ababa", want: true,
			body: "ADDIS ABABA, Feb 11 - Troops repelled an attack near the town of Moyale, the ministry said in Addis Ababa."},
		{name: "local officials tell of their town", rule: "speaker", place: "Kandahar", want: false,
			body: "KABUL, May 2 - Officials in Kandahar said a bomb killed five people on Friday."},
		{name: "speakers with no verb of saying", rule: "speaker", place: "Khartoum", want: false,
			body: "Officials in Khartoum were among the dead when a bomb exploded in Omdurman on Friday."},
		{name: "town of a site", rule: "site", place: "Kabul", want: true,
			body: "A bomb exploded in a Kabul hotel on Friday, killing 12 people."},
		{name: "town of a site past an adjective", rule: "site", place: "Baghdad", want: true,
			body: "A bomb exploded in a crowded Baghdad market on Friday, killing 12 people."},
		{name: "town of a government", rule: "site", place: "Kabul", want: false,
			body: "Rebels said they would fight on in spite of the Kabul government on Friday."},
		{name: "town of a broadcast", rule: "site", place: "Beirut", want: false,
			body: "The toll was given in a Beirut broadcast on Friday."},
		{name: "region of a town", rule: "qualifies", place: "Bekaa Valley", want: true,
			body: "A car bomb exploded in the Bekaa Valley town of Baalbek on Monday, killing nine people."},
		{name: "valley of a district", rule: "qualifies", place: "Darel", want: false,
			body: "Men set fire to a school in the Darel valley of Diamer district on Friday."},
		{name: "lake named after a country", rule: "kept", place: "Chad", want: false,
			body: "Fighters killed seven fishermen in the Lake Chad town of Baga on Sunday."},
		{name: "river named after a country", rule: "kept", place: "Congo", want: false,
			body: "Rebels attacked a boat on the Congo River on Sunday."},
		{name: "a common word after a place noun", rule: "kept", place: "Tyre", want: true,
			body: "BEIRUT, May 5 - Warplanes raided positions near the port city of Tyre today."},
		{name: "a small town across a border, bombed", rule: "kept", place: "Torit", want: true,
			body: "KHARTOUM, Jan 5 - Aircraft bombed Torit on Sunday, killing 12 people."},
		{name: "a town bombed, told from another country", rule: "kept", place: "Yei", want: true,
			body: "NAIROBI, Feb 13 - Aircraft bombed Yei on Sunday, killing seven civilians, rebels said."},
		{name: "the same town only named", rule: "kept", place: "Torit", want: false,
			body: "KHARTOUM, Jan 5 - A minister said Torit would get a new school on Sunday."},
		{name: "a common word alone", rule: "kept", place: "Tyre", want: false,
			body: "BEIRUT, May 5 - A car with a flat Tyre blocked the road today."},
		{name: "a town's name inside a person's street name", rule: "kept", place: "Victor", want: false,
			body: "A parcel bomb exploded outside a bakery on Victor Hugo street in Lyon on Friday."},
		{name: "a person's street name at a sentence's start", rule: "kept", place: "Victor", want: false,
			body: "On Victor Hugo Avenue, police removed the cordon on Saturday."},
		{name: "a town alone before a lowercase road", rule: "kept", place: "Kandahar", want: true,
			body: "Rebels ambushed a convoy on the Kandahar road on Sunday, killing six soldiers."},
		{name: "a sentence's first common word is no part of the name", rule: "kept", place: "Kandahar", want: true,
			body: "On Kandahar road, rebels ambushed a convoy on Sunday, killing six soldiers."},
		{name: "a sentence's connective before a village's name", rule: "kept", place: "Meanwhile", want: false,
			body: "Meanwhile Tudun Bature village was attacked on Saturday and two farmers were shot dead."},
		{name: "the village's name after the connective", rule: "kept", place: "Tudun Bature", want: true,
			body: "Meanwhile Tudun Bature village was attacked on Saturday and two farmers were shot dead."},
		{name: "the country itself", rule: "kept", place: "Chad", want: true,
			body: "Rebels attacked a town in Chad on Sunday."},
		{name: "village in a province named like its capital", rule: "seat", place: "Herat", want: true,
			body: "Gunmen killed six farmers in Shindand Kalay, a village in Herat, on Monday."},
		{name: "village measured from the capital", rule: "seat", place: "Kirkuk", want: false,
			body: "Gunmen killed six farmers near the village of Bashir, south of Kirkuk, on Monday."},
		{name: "the town itself", rule: "seat", place: "Herat", want: false,
			body: "Gunmen killed six farmers in the city of Herat on Monday."},
		{name: "compass after a province's noun", rule: "yardstick", place: "Manila", want: true,
			body: "MANILA, March 5 - Guerrillas ambushed a truck in Quezon province east of Manila today."},
		{name: "compass in an appositive", rule: "yardstick", place: "Dallas", want: true,
			body: "A gunman opened fire at a mall in Allen, a suburb north of Dallas, on Saturday."},
		{name: "compass with no locator", rule: "yardstick", place: "Basra", want: false,
			body: "BAGHDAD, March 5 - Iranian troops attacked east of Basra today."},
		{name: "a region's article", rule: "prep", place: "Gaza Strip", owner: "in",
			body: "Troops wounded four Palestinians in the Gaza Strip today."},
		{name: "a region's name qualifying a noun", rule: "prep", place: "Gaza Strip", owner: "the",
			body: "Officials spoke on the Gaza Strip blockade today."},
		{name: "towns listed after a plural noun", rule: "prep", place: "Ahvaz", owner: "of",
			body: "BAGHDAD, March 5 - Iraqi warplanes bombed the Iranian cities of Dezful and Ahvaz today."},
		{name: "a country's possessive lends its preposition", rule: "prep", place: "Kharg Island", owner: "of",
			body: "BAGHDAD, July 19 - Iraqi jets raided an oil field 55 miles northwest of Iran's Kharg Island today."},
		{name: "a possessive after a distance: the owned place is the yardstick", rule: "yardstick", place: "Kharg Island", want: true,
			body: "BAGHDAD, July 19 - Iraqi jets raided an oil field 55 miles northwest of Iran's Kharg Island today."},
		{name: "a possessive that is no country's lends nothing", rule: "prep", place: "Basra", owner: "s",
			body: "BAGHDAD, July 19 - Iranian guns shelled the company's Basra refinery today."},
		{name: "demonym heads the noun phrase", rule: "owner", place: "Kharg Island", owner: "IR",
			body: "BAGHDAD, July 19 - Iraqi warplanes raided the Iranian oil terminal at Kharg Island today."},
		{name: "possessive", rule: "owner", place: "Kharg", owner: "IR",
			body: "BAGHDAD, July 19 - Warplanes hit the jetty at Iran's Kharg terminal today."},
		{name: "no owner named", rule: "owner", place: "Fao", owner: "",
			body: "TEHRAN, July 19 - Iranian warplanes raided the oil terminal at Fao today."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := x.read(&doc.Document{ID: "test", Date: "2020-05-01", Text: tc.body})
			defer a.free()
			a.resolvePlaces()
			k := -1
			for i := range a.places {
				if strings.HasPrefix(a.src[a.toks[a.places[i].t0].Start:], tc.place) {
					k = i
					break
				}
			}
			if tc.rule == "kept" {
				if (k >= 0) != tc.want {
					t.Fatalf("a mention of %q: %v, want %v", tc.place, k >= 0, tc.want)
				}
				return
			}
			if k < 0 {
				t.Fatalf("no place mention %q", tc.place)
			}
			var got bool
			switch tc.rule {
			case "speaker":
				got = a.speakerPlace(k)
			case "site":
				got = a.siteOfPlace(&a.places[k])
			case "qualifies":
				got = a.qualifiesPlace(&mention{places: placesOf(a)}, k)
			case "seat":
				got = a.places[k].chosen != nil && a.provinceOfSeat(k) != nil
			case "yardstick":
				got = a.yardstick(k)
			case "prep":
				if a.places[k].prep != tc.owner {
					t.Errorf("prep of %q = %q, want %q", tc.place, a.places[k].prep, tc.owner)
				}
				return
			case "owner":
				if o := a.ownerCountry(&a.places[k]); o != tc.owner {
					t.Errorf("ownerCountry(%q) = %q, want %q", tc.place, o, tc.owner)
				}
				return
			}
			if got != tc.want {
				t.Errorf("%s(%q) = %v, want %v", tc.rule, tc.place, got, tc.want)
			}
		})
	}
}

// placesOf returns the indices of every place mention of a, as an event
// mention's places for a helper that asks of them.
func placesOf(a *article) []int {
	out := make([]int, len(a.places))
	for i := range out {
		out[i] = i
	}
	return out
}
