package merge

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
)

// place builds a located place; gid 0 means the gazetteer did not know it.
func place(name, admin1, cc string, lat, lon float64, gid int) *record.Location {
	return &record.Location{Place: name, Admin1: admin1, CountryCode: cc, Country: cc,
		Lat: &lat, Lon: &lon, GeonamesID: gid, Precision: record.GeoPlace}
}

func admin1(name, cc string) *record.Location {
	return &record.Location{Admin1: name, CountryCode: cc, Country: cc, Precision: record.GeoAdmin1}
}

// member builds a synthetic report; opts adjust the incident.
func member(id, docID, typ, date string, loc *record.Location, opts ...func(*record.Incident)) Member {
	inc := record.Incident{ID: id, Type: typ, Date: date, DatePrecision: record.PrecisionDay,
		Location: loc, Evidence: []record.Evidence{}}
	for _, o := range opts {
		o(&inc)
	}
	return Member{ID: id, Source: record.Source{Doc: docID, Date: date, Title: "report " + docID}, Incident: inc}
}

// published sets the date of m's report.
func published(date string, m Member) Member {
	m.Source.Date = date
	return m
}

func group(name, attribution string) func(*record.Incident) {
	return func(inc *record.Incident) {
		inc.Perpetrators = append(inc.Perpetrators, record.Perpetrator{Name: name, Attribution: attribution, Kind: "group"})
	}
}

func canonical(name, canon string) func(*record.Incident) {
	return func(inc *record.Incident) {
		inc.Perpetrators = append(inc.Perpetrators, record.Perpetrator{Name: name, Canonical: canon, Attribution: record.Claimed, Kind: "group"})
	}
}

func gunmen(inc *record.Incident) {
	inc.Perpetrators = append(inc.Perpetrators, record.Perpetrator{Name: "gunmen", Attribution: record.Unknown, Kind: "description"})
}

func target(name, category string) func(*record.Incident) {
	return func(inc *record.Incident) {
		inc.Targets = append(inc.Targets, record.Target{Name: name, Category: category})
	}
}

func precision(p string) func(*record.Incident) {
	return func(inc *record.Incident) { inc.DatePrecision = p }
}

func killed(min, max int) func(*record.Incident) {
	return func(inc *record.Incident) {
		inc.Killed = &record.Count{Min: record.IntPtr(min)}
		if max >= 0 {
			inc.Killed.Max = record.IntPtr(max)
		}
	}
}

var (
	volgograd  = func() *record.Location { return place("Volgograd", "Volgograd Oblast", "RU", 48.7194, 44.5018, 472757) }
	paris      = func() *record.Location { return place("Paris", "Ile-de-France", "FR", 48.8534, 2.3488, 2988507) }
	montrouge  = func() *record.Location { return place("Montrouge", "Ile-de-France", "FR", 48.8164, 2.3167, 2991772) }
	versailles = func() *record.Location { return place("Versailles", "Ile-de-France", "FR", 48.8048, 2.1203, 2970153) }
	rouen      = func() *record.Location { return place("Rouen", "Normandy", "FR", 49.4431, 1.0993, 2982652) }
	chartres   = func() *record.Location {
		return place("Chartres", "Centre-Val de Loire", "FR", 48.4439, 1.4890, 3026467)
	}
	bogota  = func() *record.Location { return place("Bogota", "Bogota D.C.", "CO", 4.6097, -74.0818, 3688689) }
	village = func(name string) *record.Location {
		return &record.Location{Place: name, Admin1: "Katsina", CountryCode: "NG", Country: "Nigeria", Precision: record.GeoAdmin1}
	}
)

func TestCompatible(t *testing.T) {
	tests := []struct {
		name string
		a, b Member
		want bool
	}{
		{"same event, two outlets", member("a", "d1", record.Bombing, "2019-01-17", bogota()),
			member("b", "d2", record.Bombing, "2019-01-17", bogota()), true},
		{"same family, refined type", member("a", "d1", record.Bombing, "2019-01-17", bogota()),
			member("b", "d2", record.SuicideBombing, "2019-01-17", bogota()), true},
		{"one document's incidents stay apart", member("a", "d1", record.Bombing, "2019-01-17", bogota()),
			member("b", "d1", record.Bombing, "2019-01-17", bogota()), false},
		{"different family", member("a", "d1", record.Bombing, "2019-01-17", bogota()),
			member("b", "d2", record.ArmedAssault, "2019-01-17", bogota()), false},
		{"three days apart", member("a", "d1", record.Bombing, "2019-01-17", bogota(), target("police academy", "security_forces")),
			member("b", "d2", record.Bombing, "2019-01-20", bogota(), target("police academy", "security_forces")), false},
		{"two days apart, same place and target", published("2019-01-20", member("a", "d1", record.Bombing, "2019-01-17", bogota(), target("General Santander police academy", "security_forces"))),
			member("b", "d2", record.Bombing, "2019-01-19", bogota(), target("police academy", "security_forces")), true},
		{"consecutive days, same city, different targets", member("a", "d1", record.SuicideBombing, "2013-12-29", volgograd(), gunmen, target("Volgograd railway station", "transport")),
			member("b", "d2", record.Bombing, "2013-12-30", volgograd(), gunmen, target("trolleybus", "transport")), false},
		{"consecutive days, neighbouring towns", member("a", "d1", record.ArmedAssault, "2015-01-07", paris(), target("police officers", "security_forces")),
			member("b", "d2", record.ArmedAssault, "2015-01-08", montrouge(), target("municipal police officer", "security_forces")), false},
		{"consecutive days, same place, same named group", published("2015-01-09", member("a", "d1", record.ArmedAssault, "2015-01-07", paris(), group("AQAP", record.Claimed))),
			member("b", "d2", record.ArmedAssault, "2015-01-08", paris(), group("AQAP", record.Suspected)), true},
		{"each dated to its own publication day", member("a", "d1", record.ArmedAssault, "2015-01-07", paris(), group("AQAP", record.Claimed)),
			member("b", "d2", record.ArmedAssault, "2015-01-08", paris(), group("AQAP", record.Suspected)), false},
		{"a later report of the same day", published("2015-01-09", member("a", "d1", record.ArmedAssault, "2015-01-07", paris(), group("AQAP", record.Claimed))),
			member("b", "d2", record.ArmedAssault, "2015-01-07", paris()), true},
		{"same day, 20 km apart", member("a", "d1", record.ArmedAssault, "2015-01-07", paris()),
			member("b", "d2", record.ArmedAssault, "2015-01-07", versailles()), true},
		{"same day, same admin1, over 50 km apart", member("a", "d1", record.ArmedAssault, "2015-01-07", paris()),
			member("b", "d2", record.ArmedAssault, "2015-01-07", place("Provins", "Ile-de-France", "FR", 48.5600, 3.2990, 2985286)), false},
		{"same day, admin1 only, same admin1", member("a", "d1", record.ArmedAssault, "2015-01-07", admin1("Ile-de-France", "FR")),
			member("b", "d2", record.ArmedAssault, "2015-01-07", paris()), true},
		{"same day, admin1 only, other admin1", member("a", "d1", record.ArmedAssault, "2015-01-07", admin1("Normandy", "FR")),
			member("b", "d2", record.ArmedAssault, "2015-01-07", paris()), false},
		{"within 50 km across an admin1 border", member("a", "d1", record.ArmedAssault, "2015-01-07", chartres()),
			member("b", "d2", record.ArmedAssault, "2015-01-07", place("Maintenon", "Centre-Val de Loire", "FR", 48.5867, 1.5786, 2996361)), true},
		{"district centroid and a town of its admin1", member("a", "d1", record.ArmedAssault, "2015-01-07",
			&record.Location{Admin2: "Seine-et-Marne", Admin1: "Ile-de-France", CountryCode: "FR", Lat: new(48.6), Lon: new(2.9), Precision: record.GeoAdmin2}),
			member("b", "d2", record.ArmedAssault, "2015-01-07", place("Provins", "Ile-de-France", "FR", 48.5600, 3.2990, 2985286)), true},
		{"district centroid across an admin1 border, near", member("a", "d1", record.ArmedAssault, "2015-01-07",
			&record.Location{Admin2: "Eure-et-Loir", Admin1: "Centre-Val de Loire", CountryCode: "FR", Lat: new(48.45), Lon: new(1.45), Precision: record.GeoAdmin2}),
			member("b", "d2", record.ArmedAssault, "2015-01-07", place("Maintenon", "Centre-Val de Loire", "FR", 48.5867, 1.5786, 2996361)), true},
		{"far apart", member("a", "d1", record.ArmedAssault, "2015-01-07", rouen()),
			member("b", "d2", record.ArmedAssault, "2015-01-07", paris()), false},
		{"country only", member("a", "d1", record.ArmedAssault, "2015-01-07", &record.Location{Country: "France", CountryCode: "FR", Precision: record.GeoCountry}),
			member("b", "d2", record.ArmedAssault, "2015-01-07", &record.Location{Country: "France", CountryCode: "FR", Precision: record.GeoCountry}), false},
		{"no location", member("a", "d1", record.ArmedAssault, "2015-01-07", nil),
			member("b", "d2", record.ArmedAssault, "2015-01-07", nil), false},
		{"no date", member("a", "d1", record.ArmedAssault, "", paris()),
			member("b", "d2", record.ArmedAssault, "2015-01-07", paris()), false},
		{"month precision is no mismatch", member("a", "d1", record.ArmedAssault, "2015-01-07", paris(), precision(record.PrecisionMonth)),
			member("b", "d2", record.ArmedAssault, "2015-01-07", paris()), true},
		{"undated report, the other dated in its week", published("2015-01-09", member("a", "d1", record.ArmedAssault, "", paris())),
			member("b", "d2", record.ArmedAssault, "2015-01-07", paris()), true},
		{"undated report, the other dated after it", published("2015-01-05", member("a", "d1", record.ArmedAssault, "", paris())),
			member("b", "d2", record.ArmedAssault, "2015-01-07", paris()), false},
		{"undated report, the other dated weeks before it", published("2015-02-05", member("a", "d1", record.ArmedAssault, "", paris())),
			member("b", "d2", record.ArmedAssault, "2015-01-07", paris()), false},
		{"two undated reports of one town, same week", published("2015-01-09", member("a", "d1", record.ArmedAssault, "", paris())),
			published("2015-01-11", member("b", "d2", record.ArmedAssault, "", paris())), true},
		{"two undated reports of one town, weeks apart", published("2015-01-09", member("a", "d1", record.ArmedAssault, "", paris())),
			published("2015-02-11", member("b", "d2", record.ArmedAssault, "", paris())), false},
		{"country only and a town, same day, shared target", member("a", "d1", record.Kidnapping, "2000-04-23", &record.Location{Place: "Sipadan", Country: "Malaysia", CountryCode: "MY", Lat: new(2.5), Lon: new(112.5), Precision: record.GeoCountry}, target("resort tourists", "civilians")),
			member("b", "d2", record.Kidnapping, "2000-04-23", admin1("Sabah", "MY"), target("tourists", "civilians")), true},
		{"country only, same day, shared group", member("a", "d1", record.RemoteViolence, "2024-02-06", &record.Location{Country: "Yemen", CountryCode: "YE", Precision: record.GeoCountry}, group("Houthis", record.Suspected)),
			member("b", "d2", record.RemoteViolence, "2024-02-06", &record.Location{Country: "Yemen", CountryCode: "YE", Precision: record.GeoCountry}, group("Houthis", record.Suspected)), true},
		{"country only and a town, two days apart, shared group and target", published("2018-07-31", member("a", "d1", record.ArmedAssault, "2018-07-29", place("Danghara", "Khatlon", "TJ", 38.09, 69.34, 1221194), group("Islamic State", record.Claimed), target("cyclists", "civilians"))),
			member("b", "d2", record.ArmedAssault, "2018-07-31", &record.Location{Country: "Tajikistan", CountryCode: "TJ", Precision: record.GeoCountry}, group("ISIS", record.Claimed), canonical("ISIS", "Islamic State"), target("American cyclists", "civilians")), true},
		{"an early toll and a later one", published("2015-04-02", member("a", "d1", record.ArmedAssault, "2015-04-02", place("Garissa", "Garissa", "KE", -0.4532, 39.6461, 189280), killed(2, -1))),
			published("2015-04-03", member("b", "d2", record.ArmedAssault, "2015-04-02", place("Garissa", "Garissa", "KE", -0.4532, 39.6461, 189280), killed(147, 147))), true},
		{"neighbouring villages on consecutive nights, one group", published("2024-06-12", member("a", "d1", record.ArmedAssault, "2024-06-10", place("Kurmeji", "Katsina", "NG", 12.50, 7.10, 0), group("Ansaru", record.Suspected), target("villagers", "civilians"))),
			published("2024-06-12", member("b", "d2", record.ArmedAssault, "2024-06-11", place("Gidan Boka", "Katsina", "NG", 12.53, 7.12, 0), group("Ansaru", record.Suspected), target("villagers", "civilians"))), false},
		{"neighbouring villages the same night", member("a", "d1", record.ArmedAssault, "2024-06-10", place("Kurmeji", "Katsina", "NG", 12.50, 7.10, 0)),
			member("b", "d2", record.ArmedAssault, "2024-06-10", place("Gidan Boka", "Katsina", "NG", 12.53, 7.12, 0)), true},
		{"week precision, five days", member("a", "d1", record.Riot, "2015-01-07", paris(), precision(record.PrecisionWeek)),
			member("b", "d2", record.Riot, "2015-01-12", paris(), precision(record.PrecisionWeek)), true},
		{"two named groups contradict", member("a", "d1", record.Bombing, "2019-01-17", bogota(), group("ELN", record.Claimed)),
			member("b", "d2", record.Bombing, "2019-01-17", bogota(), group("FARC dissidents", record.Suspected)), false},
		{"named group and gunmen agree", member("a", "d1", record.Bombing, "2019-01-17", bogota(), group("ELN", record.Claimed)),
			member("b", "d2", record.Bombing, "2019-01-17", bogota(), gunmen), true},
		{"a shared group among several", member("a", "d1", record.ArmedAssault, "2018-07-29", admin1("Khatlon", "TJ"), group("Islamic State", record.Claimed), group("Islamic Renaissance Party", record.Suspected)),
			member("b", "d2", record.ArmedAssault, "2018-07-29", admin1("Khatlon", "TJ"), group("Islamic State (ISIS)", record.Claimed)), true},
		{"one group by its canonical name", member("a", "d1", record.Bombing, "2019-01-17", bogota(), canonical("BLA", "Balochistan Liberation Army")),
			member("b", "d2", record.Bombing, "2019-01-17", bogota(), canonical("Baloch Liberation Army", "Balochistan Liberation Army")), true},
		{"a denial names no one responsible", member("a", "d1", record.Bombing, "2019-01-17", bogota(), group("FARC", record.Denied)),
			member("b", "d2", record.Bombing, "2019-01-17", bogota(), group("ELN", record.Claimed)), true},
		{"different countries", member("a", "d1", record.ArmedAssault, "2015-01-07", place("Tripoli", "North", "LB", 34.4367, 35.8497, 266826)),
			member("b", "d2", record.ArmedAssault, "2015-01-07", place("Tripoli", "Tripoli", "LY", 32.8925, 13.1800, 2210247)), false},
		{"unknown village by name, a day apart", published("2024-06-11", member("a", "d1", record.ArmedAssault, "2024-06-10", village("Kurmeji"), target("police patrol team", "security_forces"))),
			member("b", "d2", record.ArmedAssault, "2024-06-09", village("Kurmeji"), target("police APC patrol team", "security_forces")), true},
		{"unknown village, admin1 given by one report only", member("a", "d1", record.RemoteViolence, "2023-04-11",
			&record.Location{Place: "Pa Zi Gyi", Admin1: "Sagaing Region", CountryCode: "MM", Precision: record.GeoPlace}),
			member("b", "d2", record.RemoteViolence, "2023-04-11", &record.Location{Place: "Pazigyi", CountryCode: "MM", Precision: record.GeoPlace}), true},
		{"same village name in two admin1s", member("a", "d1", record.ArmedAssault, "2023-04-11",
			&record.Location{Place: "Kili", Admin1: "North", CountryCode: "XX", Precision: record.GeoPlace}),
			member("b", "d2", record.ArmedAssault, "2023-04-11", &record.Location{Place: "Kili", Admin1: "South", CountryCode: "XX", Precision: record.GeoPlace}), false},
		{"unknown village alone and another place", member("a", "d1", record.ArmedAssault, "2023-04-11",
			&record.Location{Place: "Kili", CountryCode: "XX", Precision: record.GeoPlace}),
			member("b", "d2", record.ArmedAssault, "2023-04-11", &record.Location{Place: "Mora", CountryCode: "XX", Precision: record.GeoPlace}), false},
		{"unknown villages, a day apart", member("a", "d1", record.ArmedAssault, "2024-06-10", village("Kurmeji"), target("villagers", "civilians")),
			member("b", "d2", record.ArmedAssault, "2024-06-09", village("Gidan Boka"), target("villagers", "civilians")), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Compatible(&tt.a, &tt.b); got != tt.want {
				t.Errorf("Compatible(a, b) = %v, want %v", got, tt.want)
			}
			if got := Compatible(&tt.b, &tt.a); got != tt.want {
				t.Errorf("Compatible(b, a) = %v, want %v (not symmetric)", got, tt.want)
			}
		})
	}
}

func TestNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Al-Shabaab", "al shabaab"},
		{"Sana'a", "sanaa"},
		{"  Islamic State (ISIS) ", "islamic state isis"},
		{"U.S. forces", "us forces"},
		{"Île-de-France", "île de france"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := norm(tt.in); got != tt.want {
			t.Errorf("norm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ids(groups [][]Member) string {
	var parts []string
	for _, g := range groups {
		var s []string
		for _, m := range g {
			s = append(s, m.ID)
		}
		parts = append(parts, strings.Join(s, "+"))
	}
	return strings.Join(parts, " ")
}

func TestCluster(t *testing.T) {
	tests := []struct {
		name    string
		members []Member
		want    string
	}{
		{"two reports of one bombing, one unrelated",
			[]Member{
				member("b1", "d1", record.Bombing, "2019-01-17", bogota(), killed(10, 10)),
				member("b2", "d2", record.Bombing, "2019-01-17", bogota(), killed(21, 21)),
				member("x", "d3", record.ArmedAssault, "2019-01-17", bogota()),
			}, "b1+b2 x"},
		{"each attack of a round-up pairs with its counterpart",
			// Two articles on raids in three villages of one district on
			// one day: every cross pair is compatible by admin1 alone, but
			// the named places pair them up.
			[]Member{
				member("a1", "dA", record.ArmedAssault, "2024-06-10", village("Gidan Boka")),
				member("a2", "dA", record.ArmedAssault, "2024-06-10", village("Kurmeji")),
				member("a3", "dA", record.ArmedAssault, "2024-06-10", village("Dan Nakwabo")),
				member("b1", "dB", record.ArmedAssault, "2024-06-10", village("Kurmeji")),
				member("b2", "dB", record.ArmedAssault, "2024-06-10", village("Dan Nakwabo")),
			}, "a1 a2+b1 a3+b2"},
		{"complete linkage breaks a chain of consecutive days",
			[]Member{
				published("2020-03-09", member("c1", "d1", record.ArmedAssault, "2020-03-01", paris(), group("Group X", record.Claimed))),
				published("2020-03-09", member("c2", "d2", record.ArmedAssault, "2020-03-02", paris(), group("Group X", record.Claimed))),
				published("2020-03-09", member("c3", "d3", record.ArmedAssault, "2020-03-03", paris(), group("Group X", record.Claimed))),
				published("2020-03-09", member("c4", "d4", record.ArmedAssault, "2020-03-04", paris(), group("Group X", record.Claimed))),
			}, "c1+c2+c3 c4"},
		{"undated and unlocated reports stand alone",
			[]Member{
				member("u1", "d1", record.Bombing, "", bogota()),
				member("u2", "d2", record.Bombing, "2019-01-17", nil),
				member("u3", "d3", record.Bombing, "2019-01-17", bogota()),
			}, "u1 u2 u3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(Cluster(tt.members)); got != tt.want {
				t.Errorf("Cluster = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestClusterWith(t *testing.T) {
	three := []Member{
		member("b1", "d1", record.Bombing, "2019-01-17", bogota(), killed(10, 10)),
		member("b2", "d2", record.Bombing, "2019-01-17", bogota(), killed(21, 21)),
		member("b3", "d3", record.Bombing, "2019-01-17", bogota()),
		member("x", "d4", record.ArmedAssault, "2019-01-17", bogota()),
		member("r", "d5", record.Riot, "2019-03-01", paris()),
	}
	tests := []struct {
		name string
		c    Constraints
		want string
	}{
		{"no decisions", Constraints{}, "b1+b2+b3 r x"},
		{"a report split off stands alone", Constraints{Apart: [][2]string{{"b2", "b1"}, {"b2", "b3"}}}, "b1+b3 b2 r x"},
		{"split off one of three, the others stay", Constraints{Apart: [][2]string{{"b1", "b3"}}}, "b1+b2 b3 r x"},
		{"merged by hand whatever Compatible says", Constraints{Together: [][]string{{"x", "r"}}}, "b1+b2+b3 r+x"},
		{"a merge pulls in a whole group", Constraints{Together: [][]string{{"b1", "x"}}}, "b1+x b2+b3 r"},
		{"unknown ids are ignored", Constraints{Together: [][]string{{"zz", "x"}}, Apart: [][2]string{{"b1", "zz"}}}, "b1+b2+b3 r x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(ClusterWith(three, tt.c)); got != tt.want {
				t.Errorf("ClusterWith = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestClusterOrderIndependent clusters one random set of reports in many
// orders: the groups must not change.
func TestClusterOrderIndependent(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	places := []*record.Location{paris(), montrouge(), versailles(), rouen(), bogota(), admin1("Ile-de-France", "FR"), village("Kurmeji")}
	types := []string{record.ArmedAssault, record.Assassination, record.Bombing, record.Riot}
	groups := []string{"", "Group X", "Group Y"}
	var ms []Member
	for i := range 80 {
		day := fmt.Sprintf("2020-03-%02d", 1+r.IntN(6))
		opts := []func(*record.Incident){target([]string{"police", "church", "market"}[r.IntN(3)], "other")}
		if g := groups[r.IntN(len(groups))]; g != "" {
			opts = append(opts, group(g, record.Claimed))
		}
		m := member(fmt.Sprintf("m%02d", i), fmt.Sprintf("d%d", r.IntN(40)),
			types[r.IntN(len(types))], day, places[r.IntN(len(places))], opts...)
		// Some reports come a day or two after the event.
		ms = append(ms, published(fmt.Sprintf("2020-03-%02d", 1+r.IntN(8)), m))
	}
	want := ids(Cluster(ms))
	if !strings.Contains(want, "+") {
		t.Fatalf("test set merges nothing: %s", want)
	}
	for k := range 20 {
		r.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		if got := ids(Cluster(ms)); got != want {
			t.Fatalf("order %d: Cluster = %s\nwant %s", k, got, want)
		}
	}
	// Every group is a clique of compatible members from distinct documents.
	for _, g := range Cluster(ms) {
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				if !Compatible(&g[i], &g[j]) {
					t.Errorf("group %s holds incompatible %s and %s", ids([][]Member{g}), g[i].ID, g[j].ID)
				}
			}
		}
	}
}

func TestMergeCounts(t *testing.T) {
	c := func(min, max int, party map[string]int) *record.Count {
		out := &record.Count{ByParty: party}
		if min >= 0 {
			out.Min = record.IntPtr(min)
		}
		if max >= 0 {
			out.Max = record.IntPtr(max)
		}
		return out
	}
	tests := []struct {
		name string
		in   []*record.Count
		want *record.Count
	}{
		{"none", []*record.Count{nil, nil}, nil},
		{"one report", []*record.Count{c(5, -1, nil), nil}, c(5, -1, nil)},
		{"early and final toll", []*record.Count{c(10, 10, nil), c(21, 21, nil)}, c(21, 21, nil)},
		{"lower bounds only stay open", []*record.Count{c(2, -1, nil), c(15, -1, nil)}, c(15, -1, nil)},
		{"range and a lower bound", []*record.Count{c(3, 5, nil), c(4, -1, nil)}, c(4, 5, nil)},
		{"exact figure below a later lower bound", []*record.Count{c(10, 10, nil), c(50, -1, nil)}, c(50, 50, nil)},
		{"by party keeps the largest per party",
			[]*record.Count{c(5, -1, map[string]int{"security_forces": 2, "perpetrators": 3}), c(4, -1, map[string]int{"security_forces": 4})},
			c(5, -1, map[string]int{"security_forces": 4, "perpetrators": 3})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MergeCounts(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("MergeCounts = %s, want %s", fmtCount(got), fmtCount(tt.want))
			}
		})
	}
}

func fmtCount(c *record.Count) string {
	if c == nil {
		return "nil"
	}
	s := "{"
	if c.Min != nil {
		s += fmt.Sprintf("min %d ", *c.Min)
	}
	if c.Max != nil {
		s += fmt.Sprintf("max %d ", *c.Max)
	}
	return s + fmt.Sprint(c.ByParty) + "}"
}

func TestCombine(t *testing.T) {
	early := member("m2", "early", record.Bombing, "2019-01-17", bogota(), gunmen, killed(10, 10),
		target("police academy", "security_forces"))
	early.Source.Date = "2019-01-17"
	early.Incident.Evidence = []record.Evidence{
		{Field: "perpetrators[0]", Start: 0, End: 6, Text: "gunmen"},
		{Field: "killed", Start: 10, End: 20, Text: "ten killed"},
		{Field: "targets[0]", Start: 30, End: 44, Text: "police academy"},
	}
	late := member("m1", "late", record.SuicideBombing, "2019-01-17", bogota(), group("ELN", record.Suspected), killed(21, 21),
		target("cadets", "security_forces"), target("police academy", "security_forces"))
	late.Source.Date = "2019-01-18"
	late.Incident.Weapons = []string{"vehicle_bomb", "explosives"}
	late.Incident.Evidence = []record.Evidence{
		{Field: "perpetrators[0]", Start: 5, End: 8, Text: "ELN"},
		{Field: "targets[1]", Start: 40, End: 54, Text: "police academy"},
	}
	third := member("m3", "third", record.Bombing, "2019-01-17", bogota(), group("ELN", record.Claimed))
	third.Source.Date = "2019-01-21"

	got := Combine([]Member{early, late, third})
	for _, perm := range [][]Member{{late, third, early}, {third, early, late}} {
		if again := Combine(perm); !reflect.DeepEqual(again, got) {
			t.Fatalf("Combine depends on order:\n%+v\n%+v", again, got)
		}
	}
	checks := []struct{ what, got, want string }{
		{"id", got.ID, "m1"},
		{"type (two bombings outvote one suicide bombing)", got.Type, record.Bombing},
		{"perpetrators", fmt.Sprintf("%d %s %s", len(got.Perpetrators), got.Perpetrators[0].Name, got.Perpetrators[0].Attribution), "1 ELN claimed"},
		{"targets", fmt.Sprint(got.Targets), "[{cadets security_forces } {police academy security_forces }]"},
		{"weapons", fmt.Sprint(got.Weapons), "[explosives vehicle_bomb]"},
		{"killed", fmtCount(got.Killed), fmtCount(&record.Count{Min: record.IntPtr(21), Max: record.IntPtr(21)})},
		{"sources", fmt.Sprintf("%d %s %s", len(got.Sources), got.Sources[0].Doc, got.Sources[2].Doc), "3 early third"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %s, want %s", c.what, c.got, c.want)
		}
	}
	// The description "gunmen" was dropped with its evidence; the target
	// evidence of the early report now points at merged target 1.
	var ev []string
	for _, e := range got.Evidence {
		ev = append(ev, e.Doc+":"+e.Field+":"+e.Text)
	}
	want := "early:killed:ten killed early:targets[1]:police academy late:perpetrators[0]:ELN late:targets[1]:police academy"
	if s := strings.Join(ev, " "); s != want {
		t.Errorf("evidence = %s\nwant %s", s, want)
	}
}

// TestProvenance: the merged record names the documents behind each value.
func TestProvenance(t *testing.T) {
	early := published("2019-01-17", member("a", "early", record.Bombing, "2019-01-17", bogota(), killed(10, 10), target("police academy", "security_forces")))
	late := published("2019-01-18", member("b", "late", record.SuicideBombing, "2019-01-17", bogota(), killed(21, 21), group("ELN", record.Claimed)))
	m := Combine([]Member{early, late})
	want := map[string][]string{
		"type":            {"late"},
		"date":            {"early", "late"},
		"location":        {"early", "late"},
		"perpetrators[0]": {"late"},
		"targets[0]":      {"early"},
		"killed.min":      {"late"},
		"killed.max":      {"late"},
	}
	if !reflect.DeepEqual(m.From, want) {
		t.Errorf("from = %v, want %v", m.From, want)
	}
}
