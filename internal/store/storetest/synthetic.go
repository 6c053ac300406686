package storetest

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/sitrep/sitrep/internal/record"
)

// country is a synthetic country: a code, a name and a box to scatter
// places in.
type country struct {
	code, name       string
	lat, lon, spread float64
	admin1s          []string
}

var countries = []country{
	{"AF", "Afghanistan", 34, 67, 3, []string{"Kabul", "Kandahar", "Helmand", "Nangarhar", "Ghazni"}},
	{"PK", "Pakistan", 30, 70, 4, []string{"Sindh", "Punjab", "Balochistan", "Khyber Pakhtunkhwa"}},
	{"IQ", "Iraq", 33, 44, 2.5, []string{"Baghdad", "Nineveh", "Anbar", "Diyala", "Basra"}},
	{"SY", "Syria", 35, 38, 2, []string{"Aleppo", "Idlib", "Damascus", "Homs", "Deir ez-Zor"}},
	{"NG", "Nigeria", 10, 8, 4, []string{"Borno", "Kaduna", "Zamfara", "Katsina", "Yobe", "Plateau"}},
	{"ML", "Mali", 15, -2, 4, []string{"Mopti", "Gao", "Timbuktu", "Segou"}},
	{"BF", "Burkina Faso", 12.5, -1.5, 2, []string{"Sahel", "Nord", "Est", "Centre-Nord"}},
	{"SO", "Somalia", 5, 46, 4, []string{"Banaadir", "Lower Shabelle", "Bay", "Hiraan"}},
	{"YE", "Yemen", 15.5, 47.5, 2.5, []string{"Sanaa", "Aden", "Saada", "Marib", "Taiz"}},
	{"CD", "DR Congo", -2, 28, 3, []string{"North Kivu", "Ituri", "South Kivu"}},
	{"CO", "Colombia", 5, -74, 3, []string{"Cauca", "Antioquia", "Norte de Santander", "Narino"}},
	{"MX", "Mexico", 22, -102, 5, []string{"Guerrero", "Michoacan", "Tamaulipas", "Jalisco"}},
	{"IN", "India", 22, 79, 7, []string{"Jammu and Kashmir", "Chhattisgarh", "Manipur", "Jharkhand"}},
	{"PH", "Philippines", 9, 124, 3, []string{"Maguindanao", "Sulu", "Lanao del Sur", "Basilan"}},
	{"MM", "Myanmar", 20, 96, 4, []string{"Sagaing", "Rakhine", "Kachin", "Shan"}},
	{"UA", "Ukraine", 48.5, 35, 3, []string{"Donetsk", "Kharkiv", "Zaporizhzhia", "Kherson"}},
	{"SD", "Sudan", 14, 30, 4, []string{"Khartoum", "North Darfur", "South Kordofan"}},
	{"CM", "Cameroon", 6, 12, 3, []string{"Far North", "North-West", "South-West"}},
	{"MZ", "Mozambique", -13, 40, 2, []string{"Cabo Delgado", "Niassa"}},
	{"TH", "Thailand", 6.5, 101.3, 1, []string{"Narathiwat", "Pattani", "Yala"}},
}

var groups = []string{"Islamic State", "Taliban", "al-Shabaab", "Boko Haram", "ISWAP", "JNIM",
	"Tehrik-i-Taliban Pakistan", "Balochistan Liberation Army", "ADF", "ELN", "FARC dissidents",
	"New People's Army", "Houthis", "Arakan Army", "RSF", "Ansar al-Sunna", "CJNG"}

var targetNames = []struct{ name, category string }{
	{"police checkpoint", "security_forces"}, {"army convoy", "military"}, {"village market", "civilians"},
	{"mosque", "religious"}, {"church", "religious"}, {"school", "education"}, {"bus", "transport"},
	{"district office", "government"}, {"aid convoy", "ngo"}, {"power station", "infrastructure"},
}

// Synthetic returns n merged incidents spread over 20 countries, every
// type and 2000-2025, each with one to three sources and evidence, sized
// like real ones. The same seed gives the same incidents.
func Synthetic(n int, seed uint64) []record.Merged {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	start := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC).Sub(start).Hours() / 24)
	out := make([]record.Merged, n)
	for i := range out {
		c := countries[r.IntN(len(countries))]
		lat := c.lat + (r.Float64()*2-1)*c.spread
		lon := c.lon + (r.Float64()*2-1)*c.spread
		date := start.AddDate(0, 0, r.IntN(days)).Format("2006-01-02")
		m := &out[i]
		m.ID = fmt.Sprintf("%016x", r.Uint64())
		m.Type = record.Types[r.IntN(len(record.Types))]
		m.Date, m.DatePrecision = date, record.PrecisionDay
		m.Location = &record.Location{Place: fmt.Sprintf("Place %d", r.IntN(5000)), Admin1: c.admin1s[r.IntN(len(c.admin1s))],
			Country: c.name, CountryCode: c.code, Lat: &lat, Lon: &lon, GeonamesID: 1000000 + r.IntN(9000000), Precision: record.GeoPlace}
		if r.IntN(3) > 0 {
			m.Perpetrators = []record.Perpetrator{{Name: groups[r.IntN(len(groups))], Attribution: []string{record.Claimed, record.Suspected}[r.IntN(2)], Kind: "group"}}
		} else {
			m.Perpetrators = []record.Perpetrator{{Name: "gunmen", Attribution: record.Unknown, Kind: "description"}}
		}
		t := targetNames[r.IntN(len(targetNames))]
		m.Targets = []record.Target{{Name: t.name, Category: t.category}}
		m.Weapons = []string{record.Weapons[r.IntN(len(record.Weapons))]}
		k := r.IntN(40)
		m.Killed = &record.Count{Min: record.IntPtr(k), Max: record.IntPtr(k + r.IntN(3)),
			ByParty: map[string]int{record.Parties[r.IntN(len(record.Parties))]: k}}
		if r.IntN(2) == 0 {
			m.Injured = &record.Count{Min: record.IntPtr(r.IntN(80))}
		}
		m.Confidence = 0.5 + r.Float64()/2
		for s := range 1 + r.IntN(3) {
			doc := fmt.Sprintf("doc-%d-%d", i, s)
			m.Sources = append(m.Sources, record.Source{Doc: doc, Date: date, Title: "Attack reported in " + m.Location.Admin1,
				URL: "https://news.example.org/" + doc, Outlet: "Example Wire"})
			m.Evidence = append(m.Evidence,
				record.Evidence{Field: "type", Start: 10, End: 16, Text: "attack", Doc: doc},
				record.Evidence{Field: "killed", Start: 40, End: 70, Text: fmt.Sprintf("at least %d people were killed", k), Doc: doc},
				record.Evidence{Field: "location", Start: 80, End: 90, Text: m.Location.Place, Doc: doc},
				record.Evidence{Field: "perpetrators[0]", Start: 100, End: 100 + len(m.Perpetrators[0].Name), Text: m.Perpetrators[0].Name, Doc: doc})
		}
	}
	return out
}
