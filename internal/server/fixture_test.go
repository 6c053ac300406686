package server

import (
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// The fixture is a handful of invented articles with hand-coded incidents
// and evidence, so that the tests exercise every part of the API and the
// page whatever the extractor finds. One article carries markup in its
// text, which the page must show as text; another has accents and a dash,
// so that byte offsets differ from character offsets.

const xssText = `Officials said the message posted after the attack read <script>alert(1)</script> and <b>bold claims</b> of victory.

Gunmen opened fire on a police checkpoint near the market in Kandahar late on Tuesday, killing three policemen and wounding two civilians, the provincial police chief said.

A spokesman for the Taliban claimed responsibility for the attack.`

const cucutaText = `Two soldiers were killed and five were wounded when a car bomb exploded outside a military base in Cúcuta — near the Venezuelan border — on Sunday, the army said.

The army blamed the ELN guerrilla group for the bombing.`

const mogadishuText = `At least 12 people were killed when a suicide bomber blew himself up at a busy restaurant in Mogadishu on Friday evening, police said.

Al-Shabaab said it carried out the attack.`

const mogadishuText2 = `The death toll from Friday's suicide attack on a restaurant in Mogadishu rose to 15, a security official said on Saturday. Al-Shabaab claimed the bombing.`

const kivuText = `Suspected ADF rebels kidnapped 20 villagers in an overnight raid on a village near Beni in North Kivu, local officials said on Thursday.`

const sanaaText = `An airstrike hit a wedding party near Sanaa on Monday, killing at least 9 civilians, medics said.`

// fixture returns the documents and incidents the tests store.
func fixture() []store.Extracted {
	return []store.Extracted{
		article("kandahar-checkpoint", "2024-03-06", "Gunmen kill three police at Kandahar checkpoint", xssText,
			record.Incident{
				ID: "fx-kandahar", Type: record.ArmedAssault, Date: "2024-03-05", DatePrecision: record.PrecisionDay,
				Location:     place("Kandahar", "Kandahar", "Afghanistan", "AF", 31.6133, 65.7101),
				Perpetrators: []record.Perpetrator{{Name: "Taliban", Attribution: record.Claimed}},
				Targets:      []record.Target{{Name: "police checkpoint", Category: "security_forces"}},
				Weapons:      []string{"firearms"},
				Killed:       &record.Count{Min: record.IntPtr(3), Max: record.IntPtr(3), ByParty: map[string]int{record.SecurityForces: 3}},
				Injured:      &record.Count{Min: record.IntPtr(2), Max: record.IntPtr(2), ByParty: map[string]int{record.Civilians: 2}},
				Confidence:   0.9,
			},
			[][2]string{
				{"type", "Gunmen opened fire"},
				{"date", "late on Tuesday"},
				{"location", "Kandahar"},
				{"perpetrators[0]", "Taliban"},
				{"perpetrators[0].attribution", "claimed responsibility"},
				{"targets[0]", "police checkpoint"},
				{"weapons.firearms", "opened fire"},
				{"killed.security_forces", "killing three policemen"},
				{"injured.civilians", "wounding two civilians"},
				{"type", "<b>bold claims</b>"},
			}),
		article("cucuta-car-bomb", "2024-03-11", "Car bomb at Colombian army base kills two soldiers", cucutaText,
			record.Incident{
				ID: "fx-cucuta", Type: record.Bombing, Date: "2024-03-10", DatePrecision: record.PrecisionDay,
				Location:     place("Cúcuta", "Norte de Santander", "Colombia", "CO", 7.8939, -72.5078),
				Perpetrators: []record.Perpetrator{{Name: "ELN", Attribution: record.Suspected}},
				Targets:      []record.Target{{Name: "military base", Category: "military"}},
				Weapons:      []string{"vehicle_bomb"},
				Killed:       &record.Count{Min: record.IntPtr(2), Max: record.IntPtr(2), ByParty: map[string]int{record.SecurityForces: 2}},
				Injured:      &record.Count{Min: record.IntPtr(5), Max: record.IntPtr(5), ByParty: map[string]int{record.SecurityForces: 5}},
				Confidence:   0.85,
			},
			[][2]string{
				{"type", "car bomb exploded"},
				{"date", "on Sunday"},
				{"location", "Cúcuta"},
				{"perpetrators[0]", "ELN"},
				{"perpetrators[0].attribution", "The army blamed"},
				{"targets[0]", "military base"},
				{"weapons.vehicle_bomb", "car bomb"},
				{"killed.security_forces", "Two soldiers were killed"},
				{"injured.security_forces", "five were wounded"},
			}),
		article("mogadishu-restaurant", "2024-03-16", "Suicide bomber kills 12 at Mogadishu restaurant", mogadishuText,
			mogadishu(12),
			[][2]string{
				{"type", "suicide bomber blew himself up"},
				{"date", "on Friday evening"},
				{"location", "Mogadishu"},
				{"perpetrators[0]", "Al-Shabaab"},
				{"perpetrators[0].attribution", "said it carried out the attack"},
				{"targets[0]", "busy restaurant"},
				{"weapons.suicide_explosives", "suicide bomber"},
				{"killed", "At least 12 people were killed"},
			}),
		article("mogadishu-toll-rises", "2024-03-17", "Mogadishu restaurant attack toll rises to 15", mogadishuText2,
			mogadishu(15),
			[][2]string{
				{"type", "suicide attack"},
				{"date", "Friday's"},
				{"location", "Mogadishu"},
				{"perpetrators[0]", "Al-Shabaab"},
				{"perpetrators[0].attribution", "claimed the bombing"},
				{"targets[0]", "restaurant"},
				{"killed", "rose to 15"},
			}),
		article("beni-kidnapping", "2024-03-21", "Rebels abduct 20 villagers near Beni", kivuText,
			record.Incident{
				ID: "fx-beni", Type: record.Kidnapping, Date: "2024-03-20", DatePrecision: record.PrecisionDay,
				Location:     place("Beni", "North Kivu", "Democratic Republic of the Congo", "CD", 0.4911, 29.4731),
				Perpetrators: []record.Perpetrator{{Name: "Allied Democratic Forces", Attribution: record.Suspected}},
				Targets:      []record.Target{{Name: "villagers", Category: "civilians"}},
				Kidnapped:    &record.Count{Min: record.IntPtr(20), Max: record.IntPtr(20), ByParty: map[string]int{record.Civilians: 20}},
				Confidence:   0.7,
			},
			[][2]string{
				{"type", "kidnapped 20 villagers"},
				{"date", "overnight"},
				{"location", "Beni"},
				{"perpetrators[0]", "ADF rebels"},
				{"perpetrators[0].attribution", "Suspected"},
				{"targets[0]", "villagers"},
				{"kidnapped", "kidnapped 20 villagers"},
			}),
		article("sanaa-wedding-airstrike", "2024-03-26", "Airstrike on wedding near Sanaa kills nine", sanaaText,
			record.Incident{
				ID: "fx-sanaa", Type: record.RemoteViolence, Date: "2024-03-25", DatePrecision: record.PrecisionDay,
				Location:   place("Sanaa", "Amanat Al Asimah", "Yemen", "YE", 15.3547, 44.2066),
				Targets:    []record.Target{{Name: "wedding party", Category: "civilians"}},
				Weapons:    []string{"aircraft"},
				Killed:     &record.Count{Min: record.IntPtr(9), ByParty: map[string]int{record.Civilians: 9}},
				Confidence: 0.8,
			},
			[][2]string{
				{"type", "An airstrike hit"},
				{"date", "on Monday"},
				{"location", "Sanaa"},
				{"targets[0]", "wedding party"},
				{"weapons.aircraft", "airstrike"},
				{"killed.civilians", "killing at least 9 civilians"},
			}),
	}
}

func mogadishu(killed int) record.Incident {
	return record.Incident{
		ID: "fx-mogadishu", Type: record.SuicideBombing, Date: "2024-03-15", DatePrecision: record.PrecisionDay,
		Location:     place("Mogadishu", "Banaadir", "Somalia", "SO", 2.0371, 45.3438),
		Perpetrators: []record.Perpetrator{{Name: "al-Shabaab", Attribution: record.Claimed}},
		Targets:      []record.Target{{Name: "restaurant", Category: "business"}},
		Weapons:      []string{"suicide_explosives"},
		Killed:       &record.Count{Min: record.IntPtr(killed)},
		Confidence:   0.9,
	}
}

func place(name, admin1, country, cc string, lat, lon float64) *record.Location {
	return &record.Location{Place: name, Admin1: admin1, Country: country, CountryCode: cc,
		Lat: &lat, Lon: &lon, Precision: record.GeoPlace}
}

// article builds a stored document with one incident whose evidence quotes
// the text: each pair is a field and the first occurrence of its quote.
func article(id, date, title, text string, inc record.Incident, quotes [][2]string) store.Extracted {
	for _, q := range quotes {
		i := strings.Index(text, q[1])
		if i < 0 {
			panic(fmt.Sprintf("fixture %s: %q not in text", id, q[1]))
		}
		inc.Evidence = append(inc.Evidence, record.Evidence{Field: q[0], Start: i, End: i + len(q[1]), Text: q[1]})
	}
	return store.Extracted{
		Doc: &doc.Document{ID: id, Date: date, Title: title, Text: text,
			URL: "https://news.example.org/" + id, Source: "Example Wire", Path: "fixture/" + id + ".txt"},
		Incidents: []record.Incident{inc},
	}
}
