package gazetteer

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unsafe"
)

// overlayFile is the name of the curated overlay, for error messages.
const overlayFile = "overlay.tsv"

// sameplaceKm is the distance under which a new place of the overlay and
// a place of the same name in the bulk data are taken to be one place.
const sameplaceKm = 10

// overlay holds the keys that the curated overlay (overlay.tsv) adds or
// extends. Lookup consults it first; a bit per index bucket lets the
// common case, a key the overlay does not touch, skip the map.
type overlay struct {
	features []Feature          // the overlay's new places, allocated once
	keys     map[string][]Entry // each key's entries: the bulk data's, then the overlay's
	buckets  []uint64           // bit b set: some overlay key falls in index bucket b
}

// lookup returns the entries of key when the overlay touches it.
func (o *overlay) lookup(key []byte) ([]Entry, bool) {
	if o == nil {
		return nil, false
	}
	b := bucketOf(view(key))
	if o.buckets[b>>6]&(1<<(b&63)) == 0 {
		return nil, false
	}
	es, ok := o.keys[string(key)]
	return es, ok
}

// overlayRow is one parsed line of overlay.tsv.
type overlayRow struct {
	line int
	kind string // "alias" or "place"
	name string
	// alias: the feature it names; place: its country and divisions
	target   string
	cc       string
	admin1   string
	admin2   string
	lat, lon float64
	pop      int
	alts     []string
}

// parseOverlay reads overlay.tsv; its format is documented at the top of
// the file. Errors say file and line.
func parseOverlay(text string) ([]overlayRow, error) {
	var rows []overlayRow
	for n, line := range strings.Split(text, "\n") {
		n++
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		errorf := func(format string, args ...any) error {
			return fmt.Errorf("gazetteer: %s:%d: %s", overlayFile, n, fmt.Sprintf(format, args...))
		}
		r := overlayRow{line: n, kind: f[0]}
		switch f[0] {
		case "alias":
			if len(f) != 4 {
				return nil, errorf("alias wants 4 tab-separated fields (alias, name, target, source), got %d", len(f))
			}
			r.name, r.target = f[1], f[2]
		case "place":
			if len(f) != 10 {
				return nil, errorf("place wants 10 tab-separated fields (place, name, country, admin1, admin2, lat, lon, population, alternate names, source), got %d", len(f))
			}
			r.name, r.cc, r.admin1, r.admin2 = f[1], f[2], f[3], f[4]
			lat, ok1 := parseDecimal(f[5])
			lon, ok2 := parseDecimal(f[6])
			if !ok1 || !ok2 || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
				return nil, errorf("bad coordinate %q %q", f[5], f[6])
			}
			r.lat, r.lon = lat, lon
			if f[7] != "" {
				p, err := strconv.Atoi(f[7])
				if err != nil || p < 0 {
					return nil, errorf("bad population %q", f[7])
				}
				r.pop = p
			}
			if f[8] != "" {
				for _, a := range strings.Split(f[8], "|") {
					if a = strings.TrimSpace(a); a == "" {
						return nil, errorf("empty alternate name in %q", f[8])
					}
					r.alts = append(r.alts, strings.TrimSpace(a))
				}
			}
			if len(r.cc) != 2 {
				return nil, errorf("country %q: want an ISO 3166-1 alpha-2 code", r.cc)
			}
		default:
			return nil, errorf("unknown row type %q: want alias or place", f[0])
		}
		if r.name == "" {
			return nil, errorf("no name")
		}
		if f[len(f)-1] == "" {
			return nil, errorf("no source: say where the entry comes from")
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// applyOverlay adds the overlay's rows to a loaded gazetteer: aliases of
// features already there, and new places with their divisions. Each key
// the overlay names gets the bulk data's entries followed by the
// overlay's, so a new place competes with the old ones by the usual rules.
func (g *Gazetteer) applyOverlay(text string) error {
	rows, err := parseOverlay(text)
	if err != nil || len(rows) == 0 {
		return err
	}
	o := &overlay{keys: map[string][]Entry{}, buckets: make([]uint64, (nBuckets+64)/64)}
	nPlaces := 0
	for _, r := range rows {
		if r.kind == "place" {
			nPlaces++
		}
	}
	o.features = make([]Feature, 0, nPlaces) // never grows: entries point into it
	byID := g.placesByID(rows)
	added := map[string][]Entry{}
	var order []string                   // keys in file order, so that errors and entries are stable
	confirmed := map[string][]*Feature{} // bulk alternates an alias row confirms
	add := func(r overlayRow, name string, e Entry) error {
		var kb [128]byte
		k := AppendKey(kb[:0], name)
		if len(k) == 0 {
			return fmt.Errorf("gazetteer: %s:%d: %q has no letters to key", overlayFile, r.line, name)
		}
		key := string(k)
		for _, prev := range added[key] {
			if prev.Feature == e.Feature {
				return fmt.Errorf("gazetteer: %s:%d: %q already names this feature in the overlay", overlayFile, r.line, name)
			}
		}
		for _, prev := range g.Lookup(k) {
			if prev.Feature == e.Feature && prev.Alt && !prev.Curated && e.Curated {
				// "Londonderry", one of Derry's alternates: the alias
				// confirms a name of the bulk data as one English writes
				// (Resolve weighs curated alternates as names)
				if _, ok := added[key]; !ok {
					order = append(order, key)
					added[key] = nil
				}
				confirmed[key] = append(confirmed[key], e.Feature)
				return nil
			}
			if prev.Feature == e.Feature {
				return fmt.Errorf("gazetteer: %s:%d: %q already names this feature in the gazetteer", overlayFile, r.line, name)
			}
			// a new place that the gazetteer has under this name nearby
			// is the same place: it wants an alias, not a second feature
			if r.kind == "place" && prev.Kind == Place && prev.HasCoord &&
				DistanceKm(prev.Lat, prev.Lon, e.Lat, e.Lon) < sameplaceKm {
				return fmt.Errorf("gazetteer: %s:%d: %q is already in the gazetteer %.1f km away (%s, geonames:%d): add an alias instead",
					overlayFile, r.line, name, DistanceKm(prev.Lat, prev.Lon, e.Lat, e.Lon), prev.Name, prev.GeonamesID())
			}
		}
		if _, ok := added[key]; !ok {
			order = append(order, key)
		}
		e.CommonWord = g.words.find(k) >= 0
		added[key] = append(added[key], e)
		return nil
	}
	for _, r := range rows {
		errorf := func(format string, args ...any) error {
			return fmt.Errorf("gazetteer: %s:%d: %s", overlayFile, r.line, fmt.Sprintf(format, args...))
		}
		switch r.kind {
		case "alias":
			f, err := g.overlayTarget(r.target, byID)
			if err != nil {
				return errorf("%v", err)
			}
			if err := add(r, r.name, Entry{Feature: f, Alt: true, Region: f.Kind == Country, Curated: true}); err != nil {
				return err
			}
		case "place":
			c, ok := g.country[r.cc]
			if !ok {
				return errorf("unknown country %q", r.cc)
			}
			a1, a2, err := g.divisions(r.cc, r.admin1, r.admin2)
			if err != nil {
				return errorf("%v", err)
			}
			o.features = append(o.features, Feature{Kind: Place, HasCoord: true, Name: r.name,
				CountryCode: c.CountryCode, Lat: r.lat, Lon: r.lon, code: "PPL",
				a1: g.feature(a1), a2: g.feature(a2), weight: int64(r.pop)})
			f := &o.features[len(o.features)-1]
			if err := add(r, r.name, Entry{Feature: f}); err != nil {
				return err
			}
			for _, alt := range r.alts {
				if err := add(r, alt, Entry{Feature: f, Alt: true, Curated: true}); err != nil {
					return err
				}
			}
		}
	}
	for _, key := range order {
		k := []byte(key)
		old := g.Lookup(k)
		es := make([]Entry, 0, len(old)+len(added[key]))
		es = append(es, old...)
		for i := range es {
			for _, f := range confirmed[key] {
				if es[i].Feature == f && es[i].Alt {
					es[i].Curated = true
				}
			}
		}
		o.keys[key] = append(es, added[key]...)
		b := bucketOf(key)
		o.buckets[b>>6] |= 1 << (b & 63)
		if w := keyWords(key); w > g.maxWords {
			g.maxWords = w
		}
	}
	for i := range o.features {
		f := &o.features[i]
		if f.a1 != nil {
			f.a1.weight += f.weight
		}
		if f.a2 != nil {
			f.a2.weight += f.weight
		}
		g.country[f.CountryCode].weight += f.weight
	}
	g.overlay = o
	return nil
}

// placesByID finds the places that alias rows name by GeoNames id, in one
// pass over the features. A bit set of the ids' low bits turns away most
// features before the map is asked: the pass is on every start.
func (g *Gazetteer) placesByID(rows []overlayRow) map[int]*Feature {
	want := map[int]*Feature{}
	var maybe [1 << 12 / 64]uint64
	for _, r := range rows {
		if id, ok := strings.CutPrefix(r.target, "geonames:"); r.kind == "alias" && ok {
			if n, err := strconv.Atoi(id); err == nil {
				want[n] = nil
				maybe[n>>6&(len(maybe)-1)] |= 1 << (n & 63)
			}
		}
	}
	if len(want) == 0 {
		return want
	}
	// Only places have ids: they come last, after the divisions.
	first, _ := slices.BinarySearchFunc(g.features, Place, func(f Feature, k Kind) int { return cmp.Compare(f.Kind, k) })
	for i := first; i < len(g.features); i++ {
		f := &g.features[i]
		n := f.GeonamesID()
		if maybe[n>>6&(len(maybe)-1)]&(1<<(n&63)) == 0 {
			continue
		}
		if _, ok := want[n]; ok && f.Kind == Place && n != 0 {
			want[n] = f
		}
	}
	return want
}

// overlayTarget finds the feature an alias names: "geonames:ID" for a
// populated place, "place:CC/Name" for one without an id, "CC" for a
// country, "CC/Admin1" or "CC/Admin1/Admin2"
// for a division (division names as the gazetteer knows them, any
// variant).
func (g *Gazetteer) overlayTarget(t string, byID map[int]*Feature) (*Feature, error) {
	if id, ok := strings.CutPrefix(t, "geonames:"); ok {
		n, err := strconv.Atoi(id)
		if err != nil {
			return nil, fmt.Errorf("target %q: bad GeoNames id", t)
		}
		if f := byID[n]; f != nil {
			return f, nil
		}
		return nil, fmt.Errorf("target %q: no place with this GeoNames id", t)
	}
	if p, ok := strings.CutPrefix(t, "place:"); ok {
		cc, name, _ := strings.Cut(p, "/")
		var kb [128]byte
		var found *Feature
		for _, e := range g.Lookup(AppendKey(kb[:0], name)) {
			if e.Kind != Place || e.CountryCode != cc || e.Alt {
				continue
			}
			if found != nil && found != e.Feature {
				return nil, fmt.Errorf("target %q: several places of this name; use geonames:ID", t)
			}
			found = e.Feature
		}
		if found == nil {
			return nil, fmt.Errorf("target %q: no place of this main name in %s", t, cc)
		}
		return found, nil
	}
	parts := strings.Split(t, "/")
	c, ok := g.country[parts[0]]
	if !ok || len(parts[0]) != 2 || len(parts) > 3 {
		return nil, fmt.Errorf("target %q: want geonames:ID, place:CC/Name, CC, CC/Admin1 or CC/Admin1/Admin2", t)
	}
	if len(parts) == 1 {
		return c, nil
	}
	a2name := ""
	if len(parts) == 3 {
		a2name = parts[2]
	}
	a1, a2, err := g.divisions(parts[0], parts[1], a2name)
	switch {
	case err != nil:
		return nil, err
	case a2 >= 0:
		return &g.features[a2], nil
	}
	return &g.features[a1], nil
}

// divisions finds the admin1 and admin2 divisions of country cc with these
// names (either may be "": unknown); the admin2 must lie in the admin1.
// It returns their indexes in g.features, -1 for none.
func (g *Gazetteer) divisions(cc, admin1, admin2 string) (int32, int32, error) {
	a1, a2 := int32(-1), int32(-1)
	find := func(name string, kind Kind) (int32, error) {
		var kb [128]byte
		found := int32(-1)
		for _, e := range g.Lookup(AppendKey(kb[:0], name)) {
			if e.Kind != kind || e.CountryCode != cc {
				continue
			}
			if kind == Admin2 && a1 >= 0 && e.a1 != &g.features[a1] {
				continue
			}
			i := g.index(e.Feature)
			if found >= 0 && found != i {
				return -1, fmt.Errorf("%s %q is ambiguous in %s", kind, name, cc)
			}
			found = i
		}
		if found < 0 {
			return -1, fmt.Errorf("no %s %q in %s", kind, name, cc)
		}
		return found, nil
	}
	var err error
	if admin1 != "" {
		if a1, err = find(admin1, Admin1); err != nil {
			return -1, -1, err
		}
	}
	if admin2 != "" {
		if a1 < 0 {
			return -1, -1, fmt.Errorf("admin2 %q given without its admin1", admin2)
		}
		if a2, err = find(admin2, Admin2); err != nil {
			return -1, -1, err
		}
	}
	return a1, a2, nil
}

// feature returns the feature at index i in g.features, nil for -1.
func (g *Gazetteer) feature(i int32) *Feature {
	if i < 0 {
		return nil
	}
	return &g.features[i]
}

// index returns the index in g.features of a feature of the bulk data.
func (g *Gazetteer) index(f *Feature) int32 {
	i := (uintptr(unsafe.Pointer(f)) - uintptr(unsafe.Pointer(&g.features[0]))) / unsafe.Sizeof(Feature{})
	if i >= uintptr(len(g.features)) || &g.features[i] != f {
		panic("gazetteer: feature outside the bulk data")
	}
	return int32(i)
}
