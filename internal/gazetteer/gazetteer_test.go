package gazetteer

import (
	"bytes"
	"compress/gzip"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

// TestData checks invariants of the embedded data: every key is a key
// (AppendKey gives it back), every feature is in range and named, and the
// sizes are what the README says.
func TestData(t *testing.T) {
	g := mustLoad(t)
	for i := range g.keys.len() {
		k := g.keys.key(i)
		if msg := checkKey(k); msg != "" {
			t.Errorf("key %d %q: %s", i, k, msg)
		}
		if g.starts[i] >= g.starts[i+1] {
			t.Errorf("key %q has no entries", k)
		}
	}
	counts := map[Kind]int{}
	for i := range g.features {
		f := &g.features[i]
		counts[f.Kind]++
		if f.Name == "" || len(f.CountryCode) != 2 || g.country[f.CountryCode] == nil {
			t.Errorf("feature %d %+v: no name or bad country", i, f)
		}
		if f.HasCoord && (f.Lat < -90 || f.Lat > 90 || f.Lon < -180 || f.Lon > 180) {
			t.Errorf("feature %q: coordinate %v,%v", f.Name, f.Lat, f.Lon)
		}
		if f.Kind == Place && (!f.HasCoord || f.a1 != nil && (f.a1.Kind != Admin1 || f.Admin1() == "")) {
			t.Errorf("place %q: no coordinate or admin1 name", f.Name)
		}
	}
	for kind, min := range map[Kind]int{Country: 245, Admin1: 3500, Admin2: 40000, Place: 200000} {
		if counts[kind] < min {
			t.Errorf("%d features of kind %s, want at least %d", counts[kind], kind, min)
		}
	}
	if g.MaxWords() < 4 || g.MaxWords() > 8 {
		t.Errorf("MaxWords() = %d, want 4..8", g.MaxWords())
	}
}

func TestLookup(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		key     string
		kind    Kind
		cc      string
		alt     bool
		demonym bool
		abbrev  bool
		common  bool
	}{
		{key: "pakistan", kind: Country, cc: "PK"},
		{key: "pakistani", kind: Country, cc: "PK", demonym: true},
		{key: "pakistanis", kind: Country, cc: "PK", demonym: true},
		{key: "ecuadorian", kind: Country, cc: "EC", demonym: true}, // both spellings: "Ecuadorean" is the source's
		{key: "ecuadorean", kind: Country, cc: "EC", demonym: true},
		{key: "nepali", kind: Country, cc: "NP", demonym: true},
		{key: "burma", kind: Country, cc: "MM", alt: true},
		{key: "drc", kind: Country, cc: "CD", abbrev: true},
		{key: "us", kind: Country, cc: "US", abbrev: true, common: true},
		{key: "sindh", kind: Admin1, cc: "PK"},
		{key: "baluchistan", kind: Admin1, cc: "PK", alt: true},
		{key: "borno", kind: Admin1, cc: "NG"},
		{key: "va", kind: Admin1, cc: "US", abbrev: true},
		{key: "kankara", kind: Admin2, cc: "NG"},
		{key: "bolan", kind: Admin2, cc: "PK", alt: true},
		{key: "kiev", kind: Place, cc: "UA", alt: true},
		{key: "nice", kind: Place, cc: "FR", common: true},
		{key: "kanbalu", kind: Place, cc: "MM"},
	}
	for _, tc := range tests {
		t.Run(tc.key, func(t *testing.T) {
			for _, e := range g.Lookup([]byte(tc.key)) {
				if e.Kind == tc.kind && e.CountryCode == tc.cc {
					if e.Alt != tc.alt || e.IsDemonym != tc.demonym || e.IsAbbrev != tc.abbrev || e.CommonWord != tc.common {
						t.Errorf("Lookup(%q) %s %s: alt %v demonym %v abbrev %v common %v; want %v %v %v %v",
							tc.key, tc.kind, tc.cc, e.Alt, e.IsDemonym, e.IsAbbrev, e.CommonWord,
							tc.alt, tc.demonym, tc.abbrev, tc.common)
					}
					return
				}
			}
			t.Errorf("Lookup(%q) has no %s in %s", tc.key, tc.kind, tc.cc)
		})
	}
	for _, k := range []string{"", "zzzzqx", "Pakistan", " pakistan", "pakistan "} {
		if es := g.Lookup([]byte(k)); es != nil {
			t.Errorf("Lookup(%q) = %d entries, want none", k, len(es))
		}
	}
}

func TestLookupNoAlloc(t *testing.T) {
	g := mustLoad(t)
	buf := make([]byte, 0, 64)
	n := testing.AllocsPerRun(100, func() {
		for _, s := range []string{"Sana’a", "North Kivu", "not a place at all"} {
			buf = AppendKey(buf[:0], s)
			_ = g.Lookup(buf)
			_ = g.CommonWord(buf)
		}
	})
	if n != 0 {
		t.Errorf("AppendKey+Lookup allocate %v times per run, want 0", n)
	}
}

func TestCommonWord(t *testing.T) {
	g := mustLoad(t)
	for w, want := range map[string]bool{"nice": true, "of": true, "police": true, "mobile": true,
		"said": true, "man": true, "bar": true, "victoria": false, "paris": false, "mosul": false, "ok": false} {
		if got := g.CommonWord([]byte(w)); got != want {
			t.Errorf("CommonWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestCountryAndAdmin1(t *testing.T) {
	g := mustLoad(t)
	for _, code := range []string{"PK", "pk", "PAK", "pak"} {
		if f, ok := g.Country(code); !ok || f.Name != "Pakistan" || f.Kind != Country {
			t.Errorf("Country(%q) = %+v, %v", code, f, ok)
		}
	}
	for _, code := range []string{"", "P", "ZZ", "PAKI"} {
		if _, ok := g.Country(code); ok {
			t.Errorf("Country(%q) found", code)
		}
	}
	if got := g.ISO3("CD"); got != "COD" {
		t.Errorf("ISO3(CD) = %q", got)
	}
	for _, name := range []string{"Balochistan", "Baluchistan", "BALOCHISTAN"} {
		if f, ok := g.Admin1("PK", name); !ok || f.Name != "Balochistan" || f.Code() != "PK.02" {
			t.Errorf("Admin1(PK, %q) = %+v, %v", name, f, ok)
		}
	}
	if _, ok := g.Admin1("IN", "Balochistan"); ok {
		t.Error("Admin1(IN, Balochistan) found")
	}
}

func TestCapital(t *testing.T) {
	g := mustLoad(t)
	for _, tc := range []struct{ cc, want string }{
		{"AF", "Kabul"}, {"SO", "Mogadishu"}, {"GT", "Guatemala City"}, {"SV", "San Salvador"}, {"PK", "Islamabad"},
	} {
		if f, ok := g.Capital(tc.cc); !ok || f.Name != tc.want || f.Kind != Place {
			t.Errorf("Capital(%s) = %+v, %v; want %s", tc.cc, f, ok, tc.want)
		}
	}
	if _, ok := g.Capital("ZZ"); ok {
		t.Error("Capital(ZZ) found")
	}
}

// TestFeatureFields checks the fields that Feature derives instead of
// storing, for each kind.
func TestFeatureFields(t *testing.T) {
	g := mustLoad(t)
	find := func(key string, kind Kind, cc string) *Feature {
		for _, e := range g.Lookup([]byte(key)) {
			if e.Kind == kind && e.CountryCode == cc && !e.Alt {
				return e.Feature
			}
		}
		t.Fatalf("no %s %q in %s", kind, key, cc)
		return nil
	}
	pk, _ := g.Country("PK")
	tests := []struct {
		name                              string
		f                                 *Feature
		admin1, admin2, code, featureCode string
		geonamesID                        int
		population                        bool // > 0
	}{
		{name: "country", f: pk},
		{name: "admin1", f: find("sindh", Admin1, "PK"), admin1: "Sindh", code: "PK.05"},
		{name: "admin2", f: find("kankara", Admin2, "NG"), admin1: "Katsina State", admin2: "Kankara", code: "NG.24.419"},
		{name: "place", f: find("quetta", Place, "PK"), admin1: "Balochistan", admin2: "Quetta District",
			featureCode: "PPLA", geonamesID: 1167528, population: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := tt.f
			if f.Admin1() != tt.admin1 || f.Admin2() != tt.admin2 || f.Code() != tt.code ||
				f.FeatureCode() != tt.featureCode || f.GeonamesID() != tt.geonamesID || (f.Population() > 0) != tt.population {
				t.Errorf("%s: got %q %q %q %q %d %d, want %q %q %q %q %d population %v", f.Name,
					f.Admin1(), f.Admin2(), f.Code(), f.FeatureCode(), f.GeonamesID(), f.Population(),
					tt.admin1, tt.admin2, tt.code, tt.featureCode, tt.geonamesID, tt.population)
			}
		})
	}
	// Each feature of the embedded data is some 280,000 times over in
	// every run's memory: a field added here should pay for itself.
	if n := unsafe.Sizeof(Feature{}); unsafe.Sizeof(uintptr(0)) == 8 && n > 96 {
		t.Errorf("Feature is %d bytes, want at most 96", n)
	}
}

func TestLoadOnce(t *testing.T) {
	var wg sync.WaitGroup
	gs := make([]*Gazetteer, 4)
	for i := range gs {
		wg.Go(func() { gs[i], _ = Load() })
	}
	wg.Wait()
	for _, g := range gs {
		if g == nil || g != gs[0] {
			t.Fatal("Load returned different or nil gazetteers")
		}
	}
}

// TestLoadCorrupt checks that damaged data gives an error naming the
// file, never a panic or a half-built gazetteer.
func TestLoadCorrupt(t *testing.T) {
	places, keys := embedded.places, embedded.keys
	tests := []struct {
		name string
		d    data
		want string
	}{
		{"places truncated", data{places[:len(places)/2], keys, embedded.countries, embedded.words, "", false}, "places.bin"},
		{"places empty", data{"", keys, embedded.countries, embedded.words, "", false}, "places.bin"},
		{"places bad magic", data{"X" + places[1:], keys, embedded.countries, embedded.words, "", false}, "places.bin"},
		{"keys truncated", data{places, keys[:len(keys)-3], embedded.countries, embedded.words, "", false}, "keys.bin"},
		{"keys of another file", data{places, keys[:200], embedded.countries, embedded.words, "", false}, "keys.bin"},
		{"country line short", data{embedded.places, embedded.keys, "PK\tPAK\tPakistan\n", embedded.words, "", false}, "countries.tsv line 1"},
		{"country coordinate", data{embedded.places, embedded.keys, "PK\tPAK\tPakistan\t95\t70\tpakistan\n", embedded.words, "", false}, "countries.tsv line 1"},
		{"country key not a key", data{embedded.places, embedded.keys, "PK\tPAK\tPakistan\t30\t70\tPakistan\n", embedded.words, "", false}, "countries.tsv line 1"},
		{"countries missing", data{embedded.places, embedded.keys, "", embedded.words, "", false}, "unknown country"},
		{"words unsorted", data{embedded.places, embedded.keys, embedded.countries, gzipT(t, []byte("b\na\n")), "", false}, "words.txt.gz"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := parse(tc.d)
			if err == nil || g != nil {
				t.Fatalf("parse = %v, %v; want an error", g != nil, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not name %q", err, tc.want)
			}
		})
	}
}

func gzipT(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestLoadHeap reports the heap the loaded gazetteer holds; the issue asks
// for under 150 MB.
func TestLoadHeap(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a second copy")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d := embedded
	d.outside = false // all of it on the heap, where it is measured (and freed after)
	g, err := parse(d)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(g)
	mb := float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
	t.Logf("loaded gazetteer holds %.1f MB of heap", mb)
	if mb > 150 {
		t.Errorf("loaded gazetteer holds %.1f MB of heap, want under 150", mb)
	}
}

// follows, the order check of the front-coded keys, is a > b whether or
// not the first bytes decide it.
func TestFollows(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"first byte higher", "b", "abc", true},
		{"first byte lower", "a", "bcd", false},
		{"longer with the same start", "abc", "ab", true},
		{"prefix of the other", "ab", "abc", false},
		{"equal", "ab", "ab", false},
		{"empty rest after a longer key", "", "a", false},
		{"rest after an equal prefix", "a", "", true},
		{"both empty", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := follows(tc.a, tc.b); got != tc.want || got != (tc.a > tc.b) {
				t.Errorf("follows(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// The loaded gazetteer's records lie outside the Go heap where the
// system allows it, and the heap holds only its indexes.
func TestRecordsOutsideHeap(t *testing.T) {
	g := mustLoad(t)
	if _, ok := outsideHeap[Feature](1); !ok {
		t.Skip("no records outside the heap on this system")
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	s, outside := records[Feature](true, 1000)
	runtime.ReadMemStats(&after)
	if !outside {
		t.Fatal("records: not outside the heap where outsideHeap can")
	}
	if len(s) != 1000 || s[999] != (Feature{}) {
		t.Fatalf("records: %d, last %+v; want 1000 zero features", len(s), s[999])
	}
	if grew := after.HeapAlloc - before.HeapAlloc; grew > 64<<10 {
		t.Errorf("heap grew %d bytes for 152 KB of records outside it", grew)
	}
	if f, ok := g.Country("PK"); !ok || f.Name != "Pakistan" {
		t.Errorf("Country(PK) = %v, %v", f, ok)
	}
}

// TestRecordsPointOutsideHeap checks the rule that makes records outside
// the heap safe: memory the collector does not scan may hold no pointer
// into the heap, or the collector could free what it points to. Every
// string of the embedded gazetteer's features is a piece of the
// executable's embedded files, and every
// entry points at one of its features.
func TestRecordsPointOutsideHeap(t *testing.T) {
	g := mustLoad(t)
	within := func(s, in string) bool {
		if len(in) == 0 {
			return false
		}
		p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(in)))
		return p >= lo && p+uintptr(len(s)) <= lo+uintptr(len(in))
	}
	bad := 0
	for i := range g.features {
		f := &g.features[i]
		for _, s := range []string{f.Name, f.code, f.CountryCode} {
			if s != "" && !within(s, placesBin) && !within(s, countriesTSV) {
				if bad++; bad <= 5 {
					t.Errorf("feature %d (%s): string %q lies outside the embedded data", i, f.Name, s)
				}
			}
		}
	}
	lo, hi := uintptr(unsafe.Pointer(&g.features[0])), uintptr(unsafe.Pointer(&g.features[len(g.features)-1]))
	for i, e := range g.entries {
		if p := uintptr(unsafe.Pointer(e.Feature)); p < lo || p > hi {
			if bad++; bad <= 10 {
				t.Errorf("entry %d points outside the features", i)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d pointers outside the embedded data and the features", bad)
	}
}
