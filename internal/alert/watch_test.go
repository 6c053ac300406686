package alert

import (
	"errors"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

func loc(place, admin1, cc string, lat, lon float64, precision string) *record.Location {
	return &record.Location{Place: place, Admin1: admin1, CountryCode: cc, Lat: &lat, Lon: &lon, Precision: precision}
}

func incident(typ string, l *record.Location, killed int, perps ...record.Perpetrator) *record.Merged {
	m := &record.Merged{Incident: record.Incident{ID: "i1", Type: typ, Location: l, Perpetrators: perps}}
	if killed >= 0 {
		m.Killed = &record.Count{Min: record.IntPtr(killed)}
	}
	return m
}

func rejected(m *record.Merged) *record.Merged  { m.Status = record.Rejected; return m }
func confirmed(m *record.Merged) *record.Merged { m.Status = record.Confirmed; return m }

var (
	gao       = loc("Gao", "Gao", "ML", 16.2666, -0.0400, record.GeoPlace)
	maiduguri = loc("Maiduguri", "Borno", "NG", 11.8464, 13.1603, record.GeoPlace)
	bornoOnly = loc("", "Borno", "NG", 11.5, 13.0, record.GeoAdmin1)
	cucuta    = loc("Cúcuta", "Norte de Santander", "CO", 7.8939, -72.5078, record.GeoPlace)
	shabaab   = record.Perpetrator{Name: "Al-Shabab", Canonical: "al-Shabaab", Attribution: record.Claimed}
	gunmen    = record.Perpetrator{Name: "unidentified gunmen", Attribution: record.Unknown}
)

// bornoBox is a polygon around Maiduguri (13.16 E, 11.85 N).
const bornoBox = `{"type":"Polygon","coordinates":[[[12.5,11.5],[13.5,11.5],[13.5,12.2],[12.5,12.2],[12.5,11.5]]]}`

func TestMatch(t *testing.T) {
	tests := []struct {
		name string
		def  string // the rule's fields, without name and url
		inc  *record.Merged
		want bool
	}{
		{"country code", `"countries":["ML"]`, incident(record.Bombing, gao, 3), true},
		{"country name", `"countries":["Mali","Niger"]`, incident(record.Bombing, gao, 3), true},
		{"other country", `"countries":["NE"]`, incident(record.Bombing, gao, 3), false},
		{"no location", `"countries":["ML"]`, incident(record.Bombing, nil, 3), false},
		{"admin1 any case and accents", `"admin1":["BORNO"]`, incident(record.ArmedAssault, maiduguri, 0), true},
		{"admin1 accents", `"admin1":["norte de santander"]`, incident(record.ArmedAssault, cucuta, 0), true},
		{"admin1 and country", `"countries":["ML"],"admin1":["Borno"]`, incident(record.ArmedAssault, maiduguri, 0), false},
		{"near inside", `"near":{"lat":11.85,"lon":13.16,"km":10}`, incident(record.Bombing, maiduguri, 1), true},
		{"near outside", `"near":{"lat":16.27,"lon":-0.04,"km":50}`, incident(record.Bombing, maiduguri, 1), false},
		{"near and a region-level point", `"near":{"lat":11.5,"lon":13.0,"km":10}`, incident(record.Bombing, bornoOnly, 1), false},
		{"polygon inside", `"geometry":` + bornoBox, incident(record.Bombing, maiduguri, 1), true},
		{"polygon outside", `"geometry":` + bornoBox, incident(record.Bombing, gao, 1), false},
		{"polygon and a region-level point", `"geometry":` + bornoBox, incident(record.Bombing, bornoOnly, 1), false},
		{"type", `"types":["bombing","suicide_bombing"]`, incident(record.SuicideBombing, gao, 1), true},
		{"other type", `"types":["kidnapping"]`, incident(record.Bombing, gao, 1), false},
		{"actor by words", `"actors":["shabab"]`, incident(record.Bombing, gao, 1, shabaab), true},
		{"actor canonical through the lexicon", `"actors":["Shebab"]`, incident(record.Bombing, gao, 1, shabaab), true},
		{"actor acronym through the lexicon", `"actors":["HSM"]`, incident(record.Bombing, gao, 1, shabaab), true},
		{"actor part of a word", `"actors":["shab"]`, incident(record.Bombing, gao, 1, shabaab), false},
		{"actor absent", `"actors":["Boko Haram"]`, incident(record.Bombing, gao, 1, gunmen), false},
		{"actor none named", `"actors":["gunmen"]`, incident(record.Bombing, gao, 1), false},
		{"toll reached", `"min_killed":5`, incident(record.Bombing, gao, 5), true},
		{"toll short", `"min_killed":5`, incident(record.Bombing, gao, 4), false},
		{"toll unknown", `"min_killed":1`, incident(record.Bombing, gao, -1), false},
		{"rejected by an analyst", `"countries":["ML"]`, rejected(incident(record.Bombing, gao, 3)), false},
		{"confirmed by an analyst", `"countries":["ML"]`, confirmed(incident(record.Bombing, gao, 3)), true},
		{"all criteria", `"countries":["NG"],"geometry":` + bornoBox + `,"types":["armed_assault"],"actors":["gunmen"],"min_killed":2`,
			incident(record.ArmedAssault, maiduguri, 2, gunmen), true},
		{"all criteria but one", `"countries":["NG"],"geometry":` + bornoBox + `,"types":["armed_assault"],"actors":["gunmen"],"min_killed":3`,
			incident(record.ArmedAssault, maiduguri, 2, gunmen), false},
	}
	for _, tt := range tests {
		_, m, err := ParseDefinition([]byte(`{"name":"w","url":"http://127.0.0.1/hook",` + tt.def + `}`))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := m.Match(tt.inc); got != tt.want {
			t.Errorf("%s: Match = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestParseDefinitionErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", ``, "empty body"},
		{"not json", `{"name":`, "not JSON"},
		{"array", `[]`, "want a JSON object"},
		{"two objects", `{"name":"a","url":"http://x/","types":["riot"]} {}`, "more after it"},
		{"unknown field", `{"name":"a","url":"http://x/","country":"ML"}`, `unknown field "country"`},
		{"wrong type", `{"name":"a","url":"http://x/","min_killed":"5"}`, `field "min_killed"`},
		{"no name", `{"url":"http://x/","types":["riot"]}`, `"name" is missing`},
		{"no url", `{"name":"a","types":["riot"]}`, `"url" is missing`},
		{"relative url", `{"name":"a","url":"/hook","types":["riot"]}`, "absolute http"},
		{"ftp url", `{"name":"a","url":"ftp://x/hook","types":["riot"]}`, "absolute http"},
		{"short secret", `{"name":"a","url":"http://x/","secret":"abc","types":["riot"]}`, `"secret" has 3 bytes`},
		{"no criteria", `{"name":"a","url":"http://x/"}`, "no criteria"},
		{"unknown country", `{"name":"a","url":"http://x/","countries":["Narnia"]}`, `country "Narnia"`},
		{"unknown type", `{"name":"a","url":"http://x/","types":["bomb"]}`, `did you mean bombing`},
		{"negative toll", `{"name":"a","url":"http://x/","min_killed":-1}`, "negative"},
		{"radius", `{"name":"a","url":"http://x/","near":{"lat":1,"lon":2,"km":0}}`, "radius"},
		{"latitude", `{"name":"a","url":"http://x/","near":{"lat":91,"lon":2,"km":5}}`, "latitude"},
		{"geometry", `{"name":"a","url":"http://x/","geometry":{"type":"Point","coordinates":[0,0]}}`, `type "Point"`},
		{"actor without words", `{"name":"a","url":"http://x/","actors":["--"]}`, "no words"},
		{"admin1 without words", `{"name":"a","url":"http://x/","admin1":[" "]}`, "names no region"},
	}
	for _, tt := range tests {
		_, _, err := ParseDefinition([]byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: ParseDefinition = %v, want an error containing %q", tt.name, err, tt.want)
			continue
		}
		if !errors.Is(err, store.ErrInvalid) {
			t.Errorf("%s: %v does not wrap store.ErrInvalid", tt.name, err)
		}
	}
}

// TestParseDefinitionNormalizes checks the stored form: countries as codes,
// names trimmed, the geometry compacted.
func TestParseDefinitionNormalizes(t *testing.T) {
	d, _, err := ParseDefinition([]byte(`{"name":"  Sahel ","url":"https://hooks.example/x","countries":["Mali","bf"],
		"admin1":[" Gao "],"geometry":{ "type" : "Polygon", "coordinates" : [[[0,0],[1,0],[1,1],[0,0]]] }}`))
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "Sahel" || strings.Join(d.Countries, ",") != "ML,BF" || d.Admin1[0] != "Gao" ||
		string(d.Geometry) != `{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}` {
		t.Errorf("normalized = %+v (geometry %s)", d, d.Geometry)
	}
}
