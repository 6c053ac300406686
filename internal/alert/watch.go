// Package alert tells analysts when something happens where they look. A
// Watch names an area (countries, first-level regions, a point and radius,
// a GeoJSON polygon), incident types, actors and a minimum toll; the
// dispatcher reads the store's change log, matches each new or changed
// incident against every watch and queues a delivery; the sender POSTs
// each delivery, signed, to the watch's webhook and retries it with
// backoff until it succeeds or is refused. Deliveries live in the store,
// so a restart neither loses nor repeats one.
package alert

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/text"
)

// MaxDefinition bounds a watch's definition in bytes, polygon included.
const MaxDefinition = 4 << 20

// Definition is a watch as an analyst writes it: the body of POST
// /api/watches and of `sitrep alerts add --json`. Within a criterion any
// value matches (countries ML or BF); across criteria all must (in ML or
// BF, and a bombing). Criteria left out match everything, but at least one
// must be given.
type Definition struct {
	Name string `json:"name"`
	URL  string `json:"url"`
	// Secret signs every delivery (see Sign). Left out, one is made and
	// shown once, when the watch is added.
	Secret string `json:"secret,omitempty"`
	Rule
}

// Rule is what a watch matches.
type Rule struct {
	// Countries are ISO 3166-1 codes or names; they are stored as
	// alpha-2 codes.
	Countries []string `json:"countries,omitempty"`
	// Admin1 are first-level regions (provinces, states) by name,
	// compared as the gazetteer compares names (case and accents aside).
	Admin1 []string    `json:"admin1,omitempty"`
	Near   *store.Near `json:"near,omitempty"`
	// Geometry is a GeoJSON Polygon or MultiPolygon (or a Feature or
	// FeatureCollection of them), kept as given.
	Geometry json.RawMessage `json:"geometry,omitempty"`
	Types    []string        `json:"types,omitempty"`
	// Actors are perpetrator names, matched by whole words as --actor
	// does ("shabaab" finds "al-Shabaab"); a spelling the armed-group
	// lexicon knows also finds its group's canonical name ("Shabab"
	// finds "al-Shabaab"), never a parent or an ally.
	Actors []string `json:"actors,omitempty"`
	// MinKilled is the least lower bound of the killed count that
	// matches; an incident with no count does not.
	MinKilled int `json:"min_killed,omitempty"`
}

// Errors of ParseDefinition wrap store.ErrInvalid, so that the server
// answers them with 400.

// ParseDefinition reads a watch definition as it comes from outside: one
// JSON object, no unknown fields. It returns the definition normalised
// (countries as codes, names trimmed) and its compiled matcher.
func ParseDefinition(data []byte) (Definition, *Matcher, error) {
	var d Definition
	if len(data) > MaxDefinition {
		return d, nil, store.Invalidf("watch: definition is %d bytes; the limit is %d", len(data), MaxDefinition)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return d, nil, store.Invalidf("watch: %s", jsonError(err))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return d, nil, store.Invalidf("watch: one JSON object expected, and there is more after it")
	}
	m, err := d.normalize()
	if err != nil {
		return d, nil, err
	}
	return d, m, nil
}

// jsonError says where a body stopped being a watch definition.
func jsonError(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("not JSON at byte %d: %v", se.Offset, se)
	case errors.As(err, &te):
		if te.Field != "" {
			return fmt.Sprintf("field %q: want %s, not a JSON %s", strings.TrimPrefix(te.Field, "Rule."), te.Type, te.Value)
		}
		return fmt.Sprintf("want a JSON object, not a %s", te.Value)
	case errors.Is(err, io.EOF):
		return "empty body; want a JSON object"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "not JSON: it ends inside the object"
	}
	return err.Error() // unknown field "x"
}

// normalize checks d and rewrites it in stored form.
func (d *Definition) normalize() (*Matcher, error) {
	d.Name = strings.TrimSpace(d.Name)
	switch {
	case d.Name == "":
		return nil, store.Invalidf(`watch: "name" is missing`)
	case len(d.Name) > 200 || !utf8.ValidString(d.Name):
		return nil, store.Invalidf(`watch: "name" must be valid UTF-8 of at most 200 bytes`)
	}
	if err := checkURL(d.URL); err != nil {
		return nil, err
	}
	if d.Secret != "" && (len(d.Secret) < 16 || len(d.Secret) > 256) {
		return nil, store.Invalidf(`watch: "secret" has %d bytes; give 16 to 256, or leave it out to have one made`, len(d.Secret))
	}
	return d.Rule.Compile()
}

// checkURL accepts an absolute http or https URL: the webhook a delivery
// goes to.
func checkURL(raw string) error {
	if raw == "" {
		return store.Invalidf(`watch: "url" is missing: the webhook deliveries are POSTed to`)
	}
	u, err := url.Parse(raw)
	if err != nil || len(raw) > 2048 {
		return store.Invalidf("watch: url %q is not a URL", raw)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return store.Invalidf("watch: url %q: want an absolute http:// or https:// URL", raw)
	}
	if u.Fragment != "" {
		return store.Invalidf("watch: url %q: a fragment (#...) is never sent to a server", raw)
	}
	return nil
}

// NewSecret makes a signing secret: 32 random bytes in hex.
func NewSecret() string {
	b := make([]byte, 32)
	rand.Read(b) // never fails (crypto/rand)
	return hex.EncodeToString(b)
}

// Matcher is a compiled Rule.
type Matcher struct {
	countries []string
	admin1    []string // name keys
	near      *store.Near
	area      *Area
	types     []string
	actors    []string // actor keys, with the canonical names of lexicon groups
	minKilled int
}

// Compile checks r, rewrites it in stored form (countries as codes) and
// returns its matcher. Errors wrap store.ErrInvalid.
func (r *Rule) Compile() (*Matcher, error) {
	m := &Matcher{minKilled: r.MinKilled}
	if r.MinKilled < 0 {
		return nil, store.Invalidf("watch: min_killed %d is negative", r.MinKilled)
	}
	var err error
	if m.countries, err = parseList(r.Countries, store.ParseCountries, "countries lists no country"); err != nil {
		return nil, err
	}
	r.Countries = m.countries
	for i, a := range r.Admin1 {
		r.Admin1[i] = strings.TrimSpace(a)
		k := nameKey(a)
		if k == "" {
			return nil, store.Invalidf("watch: admin1 %q names no region", a)
		}
		m.admin1 = append(m.admin1, k)
	}
	if r.Near != nil {
		if err := (&store.Filter{Near: r.Near}).Validate(); err != nil {
			return nil, fmt.Errorf("watch: %w", err)
		}
		m.near = r.Near
	}
	if len(bytes.TrimSpace(r.Geometry)) > 0 && string(bytes.TrimSpace(r.Geometry)) != "null" {
		a, err := ParseArea(r.Geometry)
		if err != nil {
			return nil, store.Invalidf("watch: %v", err)
		}
		m.area = a
		var compact bytes.Buffer
		if json.Compact(&compact, r.Geometry) == nil {
			r.Geometry = compact.Bytes()
		}
	} else {
		r.Geometry = nil
	}
	if m.types, err = parseList(r.Types, store.ParseTypes, "types lists no type"); err != nil {
		return nil, err
	}
	r.Types = m.types
	for i, a := range r.Actors {
		r.Actors[i] = strings.TrimSpace(a)
		keys := actorKeys(a)
		if len(keys) == 0 {
			return nil, store.Invalidf("watch: actor %q has no words to match", a)
		}
		for _, k := range keys {
			if !slices.Contains(m.actors, k) {
				m.actors = append(m.actors, k)
			}
		}
	}
	if m.countries == nil && m.admin1 == nil && m.near == nil && m.area == nil && m.types == nil &&
		m.actors == nil && m.minKilled == 0 {
		return nil, store.Invalidf("watch: no criteria; give at least one of countries, admin1, near, geometry, types, actors, min_killed (a watch on everything is the change feed)")
	}
	return m, nil
}

// parseList reads a list of filter values as the filters do (parse is
// store.ParseCountries or store.ParseTypes: the same names and errors as
// --country and --type) and returns them in stored form; nil for none
// given, an error saying empty when the values name nothing.
func parseList(values []string, parse func(string) (string, error), empty string) ([]string, error) {
	if len(values) == 0 {
		return nil, nil
	}
	list, err := parse(strings.Join(values, ","))
	if err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	}
	if list == "" {
		return nil, store.Invalidf("watch: %s", empty)
	}
	return strings.Split(list, ","), nil
}

// nameKey is how region names compare: the gazetteer's name key.
func nameKey(s string) string { return string(text.AppendNameKey(nil, s)) }

// actorKeys are the keys a watch's actor matches: its own (the words of
// the name, as --actor takes them) and, when the armed-group lexicon reads
// the whole name as one group's, that group's canonical name, so that
// "Shabab" finds an incident whose perpetrator is written "al-Shabaab".
func actorKeys(name string) []string {
	k := store.ActorKey(name)
	if k == "" {
		return nil
	}
	keys := []string{k}
	if lex, err := actor.Load(); err == nil {
		name = strings.TrimSpace(name)
		ms := lex.Find(nil, name, false)
		if len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(name) {
			if c := store.ActorKey(ms[0].Group.Name); c != k {
				keys = append(keys, c)
			}
		}
	}
	return keys
}

// Match reports whether an incident is one the watch asks about. An
// incident an analyst rejected (reported falsely, or not political
// violence) matches no watch: a watch that was sent it is sent an unmatch.
func (m *Matcher) Match(inc *record.Merged) bool {
	if inc.Status == record.Rejected {
		return false
	}
	loc := inc.Location
	if m.countries != nil && (loc == nil || !slices.Contains(m.countries, loc.CountryCode)) {
		return false
	}
	if m.admin1 != nil && (loc == nil || !slices.Contains(m.admin1, nameKey(loc.Admin1))) {
		return false
	}
	if m.near != nil || m.area != nil {
		lat, lon, ok := point(loc)
		if !ok {
			return false
		}
		if m.near != nil && gazetteer.DistanceKm(m.near.Lat, m.near.Lon, lat, lon) > m.near.KM {
			return false
		}
		if m.area != nil && !m.area.Contains(lon, lat) {
			return false
		}
	}
	if m.types != nil && !slices.Contains(m.types, inc.Type) {
		return false
	}
	if m.actors != nil && !m.hasActor(inc) {
		return false
	}
	if m.minKilled > 0 && (inc.Killed == nil || inc.Killed.Min == nil || *inc.Killed.Min < m.minKilled) {
		return false
	}
	return true
}

// point is where an incident happened, when that is known to a town or a
// district. The point of an incident placed only in a region or a country
// is that area's centre, which says nothing about whether it happened
// inside a circle or polygon, so it matches neither: unknown is no match.
func point(loc *record.Location) (lat, lon float64, ok bool) {
	if loc == nil || loc.Lat == nil || loc.Lon == nil {
		return 0, 0, false
	}
	switch loc.Precision {
	case record.GeoPlace, record.GeoAdmin2, "":
		return *loc.Lat, *loc.Lon, true
	}
	return 0, 0, false
}

// hasActor reports whether a perpetrator's name, as written or canonical,
// holds one of the watch's actor keys as a run of whole words.
func (m *Matcher) hasActor(inc *record.Merged) bool {
	for _, p := range inc.Perpetrators {
		for _, name := range []string{p.Name, p.Canonical} {
			k := " " + store.ActorKey(name) + " "
			for _, a := range m.actors {
				if strings.Contains(k, " "+a+" ") {
					return true
				}
			}
		}
	}
	return false
}

// String sums a rule up in a line, for `sitrep alerts list`.
func (r Rule) String() string {
	var parts []string
	add := func(name string, vs []string) {
		if len(vs) > 0 {
			parts = append(parts, name+" "+strings.Join(vs, ","))
		}
	}
	add("countries", r.Countries)
	add("admin1", r.Admin1)
	if r.Near != nil {
		parts = append(parts, fmt.Sprintf("within %g km of %g,%g", r.Near.KM, r.Near.Lat, r.Near.Lon))
	}
	if len(r.Geometry) > 0 {
		var g struct {
			Type string `json:"type"`
		}
		json.Unmarshal(r.Geometry, &g)
		parts = append(parts, "in a "+g.Type)
	}
	add("types", r.Types)
	add("actors", r.Actors)
	if r.MinKilled > 0 {
		parts = append(parts, fmt.Sprintf("at least %d killed", r.MinKilled))
	}
	return strings.Join(parts, "; ")
}
