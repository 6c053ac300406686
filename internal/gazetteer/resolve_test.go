package gazetteer

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
)

func mustLoad(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// resolveCase is an ambiguous or variant name with the context a story
// would give. The expected coordinates are the places' real positions,
// rounded, not values read from the data.
type resolveCase struct {
	name    string
	ctx     Context
	cc      string
	prec    string
	lat     float64
	lon     float64
	maxKm   float64 // 0 means 25 km
	canonic string  // if set, the canonical name expected
}

func cc(codes ...string) Context { return Context{CountryCodes: codes} }
func admin(names ...string) Context {
	return Context{Admin1: names}
}

var resolveCases = []resolveCase{
	// Africa
	{name: "Beni", ctx: admin("North Kivu"), cc: "CD", prec: record.GeoPlace, lat: 0.49, lon: 29.47},
	{name: "Beni", ctx: Context{CountryCodes: []string{"CD"}, Admin1: []string{"Nord-Kivu"}}, cc: "CD", prec: record.GeoPlace, lat: 0.49, lon: 29.47},
	{name: "Maiduguri", cc: "NG", prec: record.GeoPlace, lat: 11.85, lon: 13.16},
	{name: "Garissa", cc: "KE", prec: record.GeoPlace, lat: -0.45, lon: 39.65},
	{name: "Mogadishu", cc: "SO", prec: record.GeoPlace, lat: 2.04, lon: 45.34},
	{name: "Kankara", ctx: admin("Katsina"), cc: "NG", prec: record.GeoPlace, lat: 11.93, lon: 7.41},
	{name: "Goma", ctx: cc("CD"), cc: "CD", prec: record.GeoPlace, lat: -1.68, lon: 29.23},
	{name: "Bunia", cc: "CD", prec: record.GeoPlace, lat: 1.56, lon: 30.25},
	{name: "Timbuktu", cc: "ML", prec: record.GeoPlace, lat: 16.77, lon: -3.01},
	{name: "Gao", ctx: cc("ML"), cc: "ML", prec: record.GeoPlace, lat: 16.27, lon: -0.04},
	{name: "Kidal", cc: "ML", prec: record.GeoPlace, lat: 18.44, lon: 1.41},
	{name: "Diffa", ctx: cc("NE"), cc: "NE", prec: record.GeoPlace, lat: 13.32, lon: 12.61},
	{name: "Djibo", ctx: cc("BF"), cc: "BF", prec: record.GeoPlace, lat: 14.10, lon: -1.63},
	{name: "N'Djamena", cc: "TD", prec: record.GeoPlace, lat: 12.11, lon: 15.04},
	{name: "Ndjamena", cc: "TD", prec: record.GeoPlace, lat: 12.11, lon: 15.04},
	{name: "Kismayo", cc: "SO", prec: record.GeoPlace, lat: -0.36, lon: 42.55},
	{name: "Baidoa", cc: "SO", prec: record.GeoPlace, lat: 3.11, lon: 43.65},
	{name: "Mandera", ctx: cc("KE"), cc: "KE", prec: record.GeoPlace, lat: 3.94, lon: 41.86},
	{name: "Mekelle", cc: "ET", prec: record.GeoPlace, lat: 13.50, lon: 39.47},
	{name: "Benghazi", cc: "LY", prec: record.GeoPlace, lat: 32.12, lon: 20.07},
	{name: "Juba", ctx: cc("SS"), cc: "SS", prec: record.GeoPlace, lat: 4.85, lon: 31.58},
	{name: "El Fasher", cc: "SD", prec: record.GeoPlace, lat: 13.63, lon: 25.35},
	{name: "Bamenda", cc: "CM", prec: record.GeoPlace, lat: 5.96, lon: 10.15},
	{name: "Pemba", ctx: cc("MZ"), cc: "MZ", prec: record.GeoPlace, lat: -12.97, lon: 40.52},
	{name: "Sokoto", cc: "NG", prec: record.GeoPlace, lat: 13.06, lon: 5.24},
	{name: "Alexandria", cc: "EG", prec: record.GeoPlace, lat: 31.20, lon: 29.92},
	{name: "Tripoli", cc: "LY", prec: record.GeoPlace, lat: 32.89, lon: 13.19},
	// Middle East
	{name: "Tripoli", ctx: cc("LB"), cc: "LB", prec: record.GeoPlace, lat: 34.44, lon: 35.84},
	{name: "Tripoli", ctx: Context{Near: []Point{{33.89, 35.50}}}, cc: "LB", prec: record.GeoPlace, lat: 34.44, lon: 35.84},
	{name: "Mosul", cc: "IQ", prec: record.GeoPlace, lat: 36.34, lon: 43.12},
	{name: "Sanaa", cc: "YE", prec: record.GeoPlace, lat: 15.35, lon: 44.21},
	{name: "Sana'a", cc: "YE", prec: record.GeoPlace, lat: 15.35, lon: 44.21},
	{name: "Sana’a", cc: "YE", prec: record.GeoPlace, lat: 15.35, lon: 44.21},
	{name: "Aleppo", cc: "SY", prec: record.GeoPlace, lat: 36.20, lon: 37.16},
	{name: "Duma", ctx: cc("PS"), cc: "PS", prec: record.GeoPlace, lat: 32.06, lon: 35.37},
	{name: "Duma", ctx: admin("West Bank"), cc: "PS", prec: record.GeoPlace, lat: 32.06, lon: 35.37},
	{name: "Douma", cc: "SY", prec: record.GeoPlace, lat: 33.57, lon: 36.40},
	{name: "Hebron", cc: "PS", prec: record.GeoPlace, lat: 31.53, lon: 35.10},
	{name: "Deir ez-Zor", ctx: cc("SY"), cc: "SY", prec: record.GeoPlace, lat: 35.34, lon: 40.14},
	{name: "Raqqa", cc: "SY", prec: record.GeoPlace, lat: 35.95, lon: 39.01},
	{name: "Falluja", cc: "IQ", prec: record.GeoPlace, lat: 33.35, lon: 43.78},
	{name: "Fallujah", cc: "IQ", prec: record.GeoPlace, lat: 33.35, lon: 43.78},
	{name: "Taiz", cc: "YE", prec: record.GeoPlace, lat: 13.58, lon: 44.02},
	{name: "Hodeidah", cc: "YE", prec: record.GeoPlace, lat: 14.80, lon: 42.95},
	{name: "Kirkuk", cc: "IQ", prec: record.GeoPlace, lat: 35.47, lon: 44.39},
	{name: "Idlib", cc: "SY", prec: record.GeoPlace, lat: 35.93, lon: 36.63},
	{name: "Marib", cc: "YE", prec: record.GeoPlace, lat: 15.46, lon: 45.33},
	{name: "Gaza", cc: "PS", prec: record.GeoPlace, lat: 31.50, lon: 34.47},
	// South Asia
	{name: "Hyderabad", ctx: admin("Sindh"), cc: "PK", prec: record.GeoPlace, lat: 25.39, lon: 68.37},
	{name: "Hyderabad", cc: "IN", prec: record.GeoPlace, lat: 17.38, lon: 78.46},
	{name: "Bombay", cc: "IN", prec: record.GeoPlace, lat: 19.07, lon: 72.88, canonic: "Mumbai"},
	{name: "Quetta", cc: "PK", prec: record.GeoPlace, lat: 30.18, lon: 67.00},
	{name: "Peshawar", cc: "PK", prec: record.GeoPlace, lat: 34.01, lon: 71.58},
	{name: "Kandahar", cc: "AF", prec: record.GeoPlace, lat: 31.61, lon: 65.71},
	{name: "Kabul", cc: "AF", prec: record.GeoPlace, lat: 34.53, lon: 69.17},
	{name: "Dacca", cc: "BD", prec: record.GeoPlace, lat: 23.71, lon: 90.41},
	{name: "Srinagar", cc: "IN", prec: record.GeoPlace, lat: 34.09, lon: 74.80},
	{name: "Lashkar Gah", cc: "AF", prec: record.GeoPlace, lat: 31.59, lon: 64.37},
	{name: "Jalalabad", ctx: cc("AF"), cc: "AF", prec: record.GeoPlace, lat: 34.43, lon: 70.45},
	{name: "Bannu", cc: "PK", prec: record.GeoPlace, lat: 32.99, lon: 70.60},
	{name: "Miranshah", cc: "PK", prec: record.GeoPlace, lat: 33.00, lon: 70.07},
	{name: "Bolan", ctx: cc("PK"), cc: "PK", prec: record.GeoAdmin2, lat: 29.2, lon: 67.7, maxKm: 100},
	// Southeast Asia
	{name: "Balayan", ctx: admin("Batangas"), cc: "PH", prec: record.GeoPlace, lat: 13.94, lon: 120.73},
	{name: "Marawi", cc: "PH", prec: record.GeoPlace, lat: 8.00, lon: 124.29},
	{name: "Jolo", ctx: cc("PH"), cc: "PH", prec: record.GeoPlace, lat: 6.05, lon: 121.00},
	{name: "Yala", ctx: cc("TH"), cc: "TH", prec: record.GeoPlace, lat: 6.54, lon: 101.28},
	{name: "Pattani", cc: "TH", prec: record.GeoPlace, lat: 6.87, lon: 101.25},
	{name: "Rangoon", cc: "MM", prec: record.GeoPlace, lat: 16.81, lon: 96.16},
	{name: "Kanbalu", ctx: cc("MM"), cc: "MM", prec: record.GeoPlace, lat: 23.20, lon: 95.52},
	{name: "Myitkyina", cc: "MM", prec: record.GeoPlace, lat: 25.38, lon: 97.40},
	{name: "Lashio", cc: "MM", prec: record.GeoPlace, lat: 22.94, lon: 97.75},
	// Latin America
	{name: "Cucuta", cc: "CO", prec: record.GeoPlace, lat: 7.89, lon: -72.51},
	{name: "Cúcuta", cc: "CO", prec: record.GeoPlace, lat: 7.89, lon: -72.51},
	{name: "Medellin", cc: "CO", prec: record.GeoPlace, lat: 6.25, lon: -75.56},
	{name: "Culiacan", cc: "MX", prec: record.GeoPlace, lat: 24.80, lon: -107.39},
	{name: "Ayacucho", ctx: cc("PE"), cc: "PE", prec: record.GeoPlace, lat: -13.16, lon: -74.22},
	{name: "San Salvador", cc: "SV", prec: record.GeoPlace, lat: 13.69, lon: -89.19},
	{name: "Usulutan", ctx: cc("SV"), cc: "SV", prec: record.GeoPlace, lat: 13.34, lon: -88.44},
	{name: "Tegucigalpa", cc: "HN", prec: record.GeoPlace, lat: 14.08, lon: -87.21},
	// Europe and Central Asia
	{name: "Kiev", cc: "UA", prec: record.GeoPlace, lat: 50.45, lon: 30.52, canonic: "Kyiv"},
	{name: "Kyiv", cc: "UA", prec: record.GeoPlace, lat: 50.45, lon: 30.52},
	{name: "Kramatorsk", cc: "UA", prec: record.GeoPlace, lat: 48.73, lon: 37.59},
	{name: "Mariupol", cc: "UA", prec: record.GeoPlace, lat: 47.10, lon: 37.55},
	{name: "Odessa", ctx: cc("UA"), cc: "UA", prec: record.GeoPlace, lat: 46.48, lon: 30.73},
	{name: "Hanau", cc: "DE", prec: record.GeoPlace, lat: 50.13, lon: 8.91},
	{name: "Montrouge", cc: "FR", prec: record.GeoPlace, lat: 48.82, lon: 2.31},
	{name: "Nice", cc: "FR", prec: record.GeoPlace, lat: 43.70, lon: 7.27},
	{name: "Osh", cc: "KG", prec: record.GeoPlace, lat: 40.53, lon: 72.80},
	{name: "Paris", cc: "FR", prec: record.GeoPlace, lat: 48.85, lon: 2.35},
	{name: "Paris", ctx: Context{CountryCodes: []string{"US"}, Admin1: []string{"Texas"}}, cc: "US", prec: record.GeoPlace, lat: 33.66, lon: -95.56},
	{name: "Manchester", cc: "GB", prec: record.GeoPlace, lat: 53.48, lon: -2.24},
	{name: "Londonderry", cc: "GB", prec: record.GeoPlace, lat: 55.00, lon: -7.32},
	{name: "Sarajevo", cc: "BA", prec: record.GeoPlace, lat: 43.85, lon: 18.36},
	// North America
	{name: "Alexandria", ctx: admin("Virginia"), cc: "US", prec: record.GeoPlace, lat: 38.80, lon: -77.05},
	{name: "Alexandria", ctx: admin("Va."), cc: "US", prec: record.GeoPlace, lat: 38.80, lon: -77.05},
	{name: "Alexandria", ctx: Context{Near: []Point{{38.88, -77.10}}}, cc: "US", prec: record.GeoPlace, lat: 38.80, lon: -77.05},
	{name: "Mobile", ctx: cc("US"), cc: "US", prec: record.GeoPlace, lat: 30.69, lon: -88.04},
	// Divisions
	{name: "Sindh", cc: "PK", prec: record.GeoAdmin1, lat: 26.0, lon: 68.8, maxKm: 200},
	{name: "Baluchistan", cc: "PK", prec: record.GeoAdmin1, lat: 28.5, lon: 65.5, maxKm: 300},
	{name: "North Kivu", cc: "CD", prec: record.GeoAdmin1, lat: -0.8, lon: 29.0, maxKm: 200},
	{name: "Khyber Pakhtunkhwa", cc: "PK", prec: record.GeoAdmin1, lat: 34.5, lon: 72.0, maxKm: 200},
	{name: "Khyber-Pakhtunkhwa", cc: "PK", prec: record.GeoAdmin1, lat: 34.5, lon: 72.0, maxKm: 200},
	{name: "Jammu and Kashmir", cc: "IN", prec: record.GeoAdmin1, lat: 33.5, lon: 75.0, maxKm: 200},
	{name: "Jammu & Kashmir", cc: "IN", prec: record.GeoAdmin1, lat: 33.5, lon: 75.0, maxKm: 200},
	{name: "Borno", cc: "NG", prec: record.GeoAdmin1, lat: 11.9, lon: 13.0, maxKm: 200},
	{name: "Nineveh", cc: "IQ", prec: record.GeoAdmin1, lat: 36.2, lon: 42.5, maxKm: 200},
	{name: "Ninawa", cc: "IQ", prec: record.GeoAdmin1, lat: 36.2, lon: 42.5, maxKm: 200},
	{name: "Punjab", ctx: cc("IN"), cc: "IN", prec: record.GeoAdmin1, lat: 30.8, lon: 75.5, maxKm: 200},
	{name: "Georgia", ctx: cc("US"), cc: "US", prec: record.GeoAdmin1, lat: 32.7, lon: -83.4, maxKm: 250},
	{name: "West Bank", cc: "PS", prec: record.GeoAdmin1, lat: 31.9, lon: 35.2, maxKm: 60},
	{name: "Helmand", cc: "AF", prec: record.GeoAdmin1, lat: 31.0, lon: 64.0, maxKm: 250},
	// Countries, variants and demonyms
	{name: "Georgia", cc: "GE", prec: record.GeoCountry, lat: 42.0, lon: 43.5, maxKm: 250},
	{name: "Britain", cc: "GB", prec: record.GeoCountry, lat: 54, lon: -2, maxKm: 300},
	{name: "DR Congo", cc: "CD", prec: record.GeoCountry, lat: 0, lon: 25, maxKm: 500},
	{name: "Ivory Coast", cc: "CI", prec: record.GeoCountry, lat: 8, lon: -5, maxKm: 300},
	{name: "Côte d’Ivoire", cc: "CI", prec: record.GeoCountry, lat: 8, lon: -5, maxKm: 300},
	{name: "Burma", cc: "MM", prec: record.GeoCountry, lat: 21, lon: 96, maxKm: 400},
	{name: "Türkiye", cc: "TR", prec: record.GeoCountry, lat: 39, lon: 35, maxKm: 300},
	{name: "the Palestinian territories", cc: "PS", prec: record.GeoCountry, lat: 31.9, lon: 35.2, maxKm: 60},
	{name: "Pakistani", cc: "PK", prec: record.GeoCountry, lat: 30, lon: 70, maxKm: 400},
	{name: "Afghans", cc: "AF", prec: record.GeoCountry, lat: 33, lon: 65, maxKm: 400},
	{name: "Nigerien", cc: "NE", prec: record.GeoCountry, lat: 16, lon: 8, maxKm: 500},
	{name: "Filipino", cc: "PH", prec: record.GeoCountry, lat: 13, lon: 122, maxKm: 400},
	{name: "Somali", cc: "SO", prec: record.GeoCountry, lat: 10, lon: 49, maxKm: 500},
	{name: "Kyrgyz", cc: "KG", prec: record.GeoCountry, lat: 41, lon: 75, maxKm: 300},
	{name: "U.S.", cc: "US", prec: record.GeoCountry, lat: 38, lon: -97, maxKm: 500},
}

func TestResolve(t *testing.T) {
	g := mustLoad(t)
	for _, tc := range resolveCases {
		t.Run(tc.name+"/"+contextName(tc.ctx), func(t *testing.T) {
			m, ok := g.Resolve(tc.name, tc.ctx)
			if !ok {
				t.Fatalf("Resolve(%q) not found, want %s %s", tc.name, tc.cc, tc.prec)
			}
			maxKm := tc.maxKm
			if maxKm == 0 {
				maxKm = 25
			}
			d := DistanceKm(m.Lat, m.Lon, tc.lat, tc.lon)
			if m.CountryCode != tc.cc || m.Precision != tc.prec || !m.HasCoord || d > maxKm {
				t.Errorf("Resolve(%q) = %s %q (%s) at %.3f,%.3f, %.0f km off; want %s %s within %.0f km of %.2f,%.2f",
					tc.name, m.CountryCode, m.Name, m.Precision, m.Lat, m.Lon, d, tc.cc, tc.prec, maxKm, tc.lat, tc.lon)
			}
			if tc.canonic != "" && m.Name != tc.canonic {
				t.Errorf("Resolve(%q).Name = %q, want %q", tc.name, m.Name, tc.canonic)
			}
		})
	}
}

func contextName(c Context) string {
	s := "none"
	switch {
	case len(c.Admin1) > 0:
		s = c.Admin1[0]
	case len(c.CountryCodes) > 0:
		s = c.CountryCodes[0]
	case len(c.Near) > 0:
		s = "near"
	}
	if c.WordCheck {
		s += "+wordcheck"
	}
	return s
}

// TestResolveWords checks that a place name that is also an English word
// resolves only when written as a name or backed by context, and that
// unknown names stay unresolved.
func TestResolveWords(t *testing.T) {
	g := mustLoad(t)
	nearNice := Context{Near: []Point{{43.55, 7.01}}, WordCheck: true} // Cannes
	checkCountries(t, g, []countryCase{
		{"Nice", Context{}, "FR"},
		{"nice", Context{}, ""},
		{"Nice", Context{WordCheck: true}, ""},
		{"nice", nearNice, "FR"},
		{"nice", Context{Admin1: []string{"Provence-Alpes-Côte d'Azur"}}, "FR"},
		{"police", Context{}, ""},
		{"Police", Context{WordCheck: true}, ""},
		{"Police", Context{}, "PL"},
		{"said", Context{}, ""},
		{"mobile", Context{WordCheck: true, Admin1: []string{"Alabama"}}, "US"},
		{"turkey", Context{WordCheck: true, CountryCodes: []string{"TR"}}, "TR"},
		{"Victoria", Context{WordCheck: true}, "*"},
		{"mosul", Context{}, "IQ"},
		{"Xyzzyqville", Context{}, ""},
		{"", Context{}, ""},
		{"Andar", Context{CountryCodes: []string{"AF"}}, "AF"},
		{"Kankara", Context{CountryCodes: []string{"PK"}}, ""},
		{"Lagos", Context{CountryCodes: []string{"PK"}}, "NG"},
	})
}

// countryCase is a name, its context and the country code Resolve must
// give it: "" for unresolved, "*" for any.
type countryCase struct {
	name string
	ctx  Context
	want string
}

// checkCountries resolves each case and checks its country.
func checkCountries(t *testing.T, g *Gazetteer, cases []countryCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name+"/"+contextName(tc.ctx), func(t *testing.T) {
			m, ok := g.Resolve(tc.name, tc.ctx)
			got := ""
			if ok {
				got = m.CountryCode
			}
			if got != tc.want && (tc.want != "*" || got == "") {
				t.Errorf("Resolve(%q) = %q (%s %q), want %q", tc.name, got, m.Precision, m.Name, tc.want)
			}
		})
	}
}

func TestMatchLocation(t *testing.T) {
	g := mustLoad(t)
	m, ok := g.Resolve("Quetta", Context{})
	if !ok {
		t.Fatal("Quetta not found")
	}
	loc := m.Location()
	if loc.Place != "Quetta" || loc.Admin1 != "Balochistan" || loc.Country != "Pakistan" ||
		loc.CountryCode != "PK" || loc.Precision != record.GeoPlace || loc.GeonamesID != 1167528 ||
		loc.Population < 100000 || loc.Lat == nil || loc.Lon == nil {
		t.Errorf("Location() = %+v", loc)
	}
	if again := g.MatchOf(m.Feature).Location(); *again.Lat != *loc.Lat || again.Place != loc.Place || again.Country != loc.Country {
		t.Errorf("MatchOf(Quetta).Location() = %+v, want %+v", again, loc)
	}
	m, ok = g.Resolve("Sindh", Context{})
	if !ok {
		t.Fatal("Sindh not found")
	}
	loc = m.Location()
	if loc.Place != "" || loc.Admin1 != "Sindh" || loc.Precision != record.GeoAdmin1 || loc.GeonamesID != 0 || loc.Lat == nil {
		t.Errorf("Location() = %+v", loc)
	}
}

func FuzzResolve(f *testing.F) {
	g := mustLoad(f)
	f.Add("Tripoli", "LB", "North Kivu", 33.9, 35.5, false)
	f.Add("nice", "", "", 0.0, 0.0, true)
	f.Add("the Gambia", "gmb", "", 0.0, 0.0, false)
	f.Add("\xff\xfe", "x", "\x00", 91.0, -181.0, true)
	f.Fuzz(func(t *testing.T, name, country, admin1 string, lat, lon float64, wordCheck bool) {
		c := Context{CountryCodes: []string{country}, Admin1: []string{admin1},
			Near: []Point{{lat, lon}}, WordCheck: wordCheck}
		m, ok := g.Resolve(name, c)
		if !ok {
			return
		}
		if m.Feature == nil || m.Country == "" || len(m.CountryCode) != 2 || precision(m.Kind) != m.Precision {
			t.Fatalf("Resolve(%q) = %+v", name, m)
		}
		if len(g.Lookup(AppendKey(nil, name))) == 0 && len(g.Lookup(AppendKey(nil, strings.TrimPrefix(string(AppendKey(nil, name)), "the ")))) == 0 {
			t.Fatalf("Resolve(%q) found %q, which Lookup does not", name, m.Name)
		}
		loc := m.Location()
		if (loc.Lat == nil) != !m.HasCoord || (loc.Lat != nil && (*loc.Lat < -90 || *loc.Lat > 90 || *loc.Lon < -180 || *loc.Lon > 180)) {
			t.Fatalf("Resolve(%q).Location() = %+v", name, loc)
		}
	})
}

// TestResolveOwnName checks that a name resolves to a place that bears it,
// as its own name or as an alternate English writes, and not to a place of
// another country of which it is a foreign alternate ("Rann", Brežice's
// German name) or a variant spelling ("Mambasa" for Mombasa); that a
// short alternate ("Sui" for Suizhou) names nothing; and that exonyms of
// big places, alternates backed by a context country and a town's
// alternate beside its district's name still resolve.
func TestResolveOwnName(t *testing.T) {
	checkCountries(t, mustLoad(t), []countryCase{
		{"Mora", Context{}, "CM"}, // not Bilimora (IN), whose alternate it is
		{"Rann", Context{}, "NG"}, // not Brežice (SI), whose German name it is
		{"Guma", Context{}, "CN"}, // not Goma (PH), whose alternate it is
		{"Guma", cc("NG"), "NG"},
		{"Mambasa", cc("CD"), "CD"},
		{"Ber", Context{}, ""},
		{"Sui", Context{}, ""},
		{"Sui", cc("PK"), ""},
		{"Kiev", Context{}, "UA"},
		{"Bombay", Context{}, "IN"},
		{"Burma", Context{}, "MM"},
		{"Odessa", cc("UA"), "UA"},
		{"Douma", Context{}, "SY"},
		{"Kut", Context{}, "IQ"}, // Kut District's seat
		{"Fao", Context{}, "IQ"}, // a short alternate confirmed in overlay.tsv
		{"Syd", cc("AU"), "AU"},  // one backed by its country
		{"Syd", Context{}, ""},
		{"Falluja", Context{}, "IQ"},
		{"New York", Context{}, "US"},
		{"Londonderry", Context{}, "GB"}, // a bulk alternate confirmed in overlay.tsv
		{"Rio", Context{}, "BR"},         // a short one, likewise
		{"Odessa", Context{}, "UA"},      // likewise: without the row, Odessa, Texas
		{"Lugansk", Context{}, "UA"},
		{"Halle", Context{}, "DE"},
	})
}
