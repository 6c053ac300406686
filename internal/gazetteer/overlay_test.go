package gazetteer

import (
	"strings"
	"testing"
)

// TestOverlay checks the embedded overlay.tsv through Resolve, as the
// extractor sees it: an alias names the feature it targets, a new place
// resolves with its coordinates and divisions, an alternate name of a new
// place resolves to it.
func TestOverlay(t *testing.T) {
	g := mustLoad(t)
	for _, tc := range []struct {
		name            string
		geonamesID      int
		place           string
		admin1, admin2  string
		cc              string
		lat, lon        float64
		alt, commonWord bool
	}{
		{name: "Deir el-Zour", geonamesID: 170794, place: "Deir ez-Zor", admin1: "Deir ez-Zor", cc: "SY", lat: 35.33588, lon: 40.14084, alt: true},
		{name: "Kfar Aza", geonamesID: 294563, place: "Kfar ‘Azza", admin1: "Southern District", cc: "IL", lat: 31.48406, lon: 34.53306, alt: true},
		{name: "Arbinda", place: "Aribinda", admin1: "Sahel", admin2: "Province du Djelgodji", cc: "BF", lat: 14.22963, lon: -0.86537, alt: true},
		{name: "Balakot", place: "Balakot", admin1: "Khyber Pakhtunkhwa", admin2: "Mānsehra District", cc: "PK", lat: 34.55, lon: 73.35},
		{name: "Nir Oz", place: "Nir Oz", admin1: "Southern District", cc: "IL", lat: 31.31, lon: 34.40},
		{name: "Barsalogo", place: "Barsalogho", admin1: "Centre-Nord", cc: "BF", lat: 13.42, lon: -1.06, alt: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, ok := g.Resolve(tc.name, Context{})
			if !ok {
				t.Fatalf("Resolve(%q) not found", tc.name)
			}
			if m.Name != tc.place || m.GeonamesID() != tc.geonamesID || m.CountryCode != tc.cc || m.Admin1() != tc.admin1 || m.Admin2() != tc.admin2 {
				t.Errorf("Resolve(%q) = %q geonames:%d %s/%s/%s; want %q geonames:%d %s/%s/%s", tc.name,
					m.Name, m.GeonamesID(), m.CountryCode, m.Admin1(), m.Admin2(), tc.place, tc.geonamesID, tc.cc, tc.admin1, tc.admin2)
			}
			if !m.HasCoord || m.Lat != tc.lat || m.Lon != tc.lon || m.Precision != "place" {
				t.Errorf("Resolve(%q) at %v,%v (%s), want %v,%v (place)", tc.name, m.Lat, m.Lon, m.Precision, tc.lat, tc.lon)
			}
			if m.Alt != tc.alt {
				t.Errorf("Resolve(%q).Alt = %v, want %v", tc.name, m.Alt, tc.alt)
			}
		})
	}
}

func TestParseOverlayErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"unknown kind", "# c\nvillage\tX\tSO\n", `overlay.tsv:2: unknown row type "village"`},
		{"alias fields", "alias\tX\tgeonames:1\n", "overlay.tsv:1: alias wants 4 tab-separated fields"},
		{"place fields", "place\tX\tSO\t\t\t2.1\t45.1\t\tsrc\n", "overlay.tsv:1: place wants 10 tab-separated fields"},
		{"bad coordinate", "place\tX\tSO\t\t\t92\t45.1\t\t\tsrc\n", `overlay.tsv:1: bad coordinate "92" "45.1"`},
		{"coordinate not a number", "place\tX\tSO\t\t\t2,1\t45.1\t\t\tsrc\n", `overlay.tsv:1: bad coordinate "2,1" "45.1"`},
		{"bad population", "place\tX\tSO\t\t\t2.1\t45.1\tmany\t\tsrc\n", `overlay.tsv:1: bad population "many"`},
		{"empty alternate", "place\tX\tSO\t\t\t2.1\t45.1\t\tY||Z\tsrc\n", `overlay.tsv:1: empty alternate name in "Y||Z"`},
		{"country code", "place\tX\tSOM\t\t\t2.1\t45.1\t\t\tsrc\n", `overlay.tsv:1: country "SOM": want an ISO 3166-1 alpha-2 code`},
		{"no source", "alias\tX\tSO\t\n", "overlay.tsv:1: no source"},
		{"no name", "alias\t\tSO\tsrc\n", "overlay.tsv:1: no name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseOverlay(tc.src)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %s", err, tc.want)
			}
		})
	}
}

// TestApplyOverlayErrors checks the errors that need the gazetteer. It
// runs applyOverlay on the loaded gazetteer: on an error nothing is
// changed, since the overlay is built aside and set only at the end.
func TestApplyOverlayErrors(t *testing.T) {
	g := mustLoad(t)
	for _, tc := range []struct{ name, src, want string }{
		{"unknown country", "place\tX\tQQ\t\t\t2.1\t45.1\t\t\tsrc\n", `overlay.tsv:1: unknown country "QQ"`},
		{"unknown admin1", "place\tX\tSO\tNowhere\t\t2.1\t45.1\t\t\tsrc\n", `overlay.tsv:1: no admin1 "Nowhere" in SO`},
		{"admin2 without admin1", "place\tX\tPK\t\tMansehra District\t34.5\t73.3\t\t\tsrc\n", `overlay.tsv:1: admin2 "Mansehra District" given without its admin1`},
		{"admin2 outside its admin1", "place\tX\tPK\tSindh\tMansehra District\t34.5\t73.3\t\t\tsrc\n", `overlay.tsv:1: no admin2 "Mansehra District" in PK`},
		{"alias of a missing id", "alias\tX\tgeonames:999999999\tsrc\n", `overlay.tsv:1: target "geonames:999999999": no place with this GeoNames id`},
		{"alias of a missing place", "alias\tX\tplace:SO/Nowhere Town\tsrc\n", `overlay.tsv:1: target "place:SO/Nowhere Town": no place of this main name in SO`},
		{"alias target malformed", "alias\tX\tSomalia\tsrc\n", `overlay.tsv:1: target "Somalia": want geonames:ID`},
		{"alias already there", "alias\tDeir ez-Zor\tgeonames:170794\tsrc\n", `overlay.tsv:1: "Deir ez-Zor" already names this feature in the gazetteer`},
		{"alias twice", "alias\tDeir el Zour\tgeonames:170794\tsrc\n", `overlay.tsv:1: "Deir el Zour" already names this feature in the gazetteer`},
		{"new place already there", "place\tKfar Azza\tIL\tSouthern District\t\t31.48\t34.53\t\t\tsrc\n", `overlay.tsv:1: "Kfar Azza" is already in the gazetteer 0.5 km away (Kfar ‘Azza, geonames:294563): add an alias instead`},
		{"same name twice in the overlay", "place\tNew Town\tSO\t\t\t2.1\t45.1\t\tNew-Town\tsrc\n", `overlay.tsv:1: "New-Town" already names this feature in the overlay`},
		{"name with no letters", "place\t--\tSO\t\t\t2.1\t45.1\t\t\tsrc\n", `overlay.tsv:1: "--" has no letters to key`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := g.overlay
			err := g.applyOverlay(tc.src)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %s", err, tc.want)
			}
			if g.overlay != before {
				t.Fatal("a failed applyOverlay changed the gazetteer")
			}
		})
	}
}

func FuzzParseOverlay(f *testing.F) {
	f.Add(overlayTSV)
	f.Add("place\tX\tSO\t\t\t2.1\t45.1\t\tY|Z\tsrc\n")
	f.Fuzz(func(t *testing.T, src string) {
		rows, err := parseOverlay(src)
		if err != nil {
			return
		}
		for _, r := range rows {
			if r.name == "" || r.lat < -90 || r.lat > 90 || r.lon < -180 || r.lon > 180 || r.pop < 0 {
				t.Errorf("row %+v accepted", r)
			}
		}
	})
}
