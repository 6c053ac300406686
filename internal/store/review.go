package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/record"
)

// Review actions (Action.Action).
const (
	ActionStatus  = "status"  // mark confirmed, rejected (false) or back to unreviewed
	ActionCorrect = "correct" // set one field's value
	ActionNote    = "note"    // add a note
	ActionMerge   = "merge"   // make two incidents one
	ActionSplit   = "split"   // take one report out of an incident
)

// Actions lists the review actions in a fixed order.
var Actions = []string{ActionStatus, ActionCorrect, ActionNote, ActionMerge, ActionSplit}

// Correctable lists the fields an analyst may set, as the record names
// them. attribution sets the attribution of every perpetrator.
var Correctable = []string{"type", "date", "location", "perpetrators", "attribution", "killed", "injured"}

// Filter statuses (Filter.Status): the zero value lists what is not
// rejected.
const (
	StatusRejected = "rejected"
	StatusAll      = "all"
)

// Limits on what an analyst types: a note is a paragraph, not a file.
const (
	MaxUser = 100
	MaxText = 4000
)

// Action is one curation step on an incident. It is recorded in the
// incident's history and kept as a decision about its reports (documents
// and the extraction's place in them), so that it holds when the reports
// are extracted and merged anew.
type Action struct {
	// Incident is the incident acted on: its id, or the id of any of its
	// sources' extractions.
	Incident string `json:"-"`
	Action   string `json:"action"`
	// Status is the verdict of a status action: unreviewed, confirmed or
	// rejected.
	Status string `json:"status,omitempty"`
	// Field and Value are a correction: Value is the field's new value as
	// the record shows it (JSON), null for unknown.
	Field string          `json:"field,omitempty"`
	Value json.RawMessage `json:"value,omitempty"`
	// With is the other incident of a merge.
	With string `json:"with,omitempty"`
	// Source is the report a split takes out: a document id, or the
	// extraction id a source carries as "incident".
	Source string `json:"source,omitempty"`
	// Note is the text of a note.
	Note string `json:"note,omitempty"`
	// Why is the analyst's reason, for the history.
	Why string `json:"why,omitempty"`
	// User is who acted; required.
	User string `json:"-"`
}

// Validate checks an action from outside and puts a correction's value in
// its stored form (Normalize). Errors wrap ErrInvalid.
func (a *Action) Validate() error {
	if a.Incident == "" {
		return Invalidf("no incident given")
	}
	if u := strings.TrimSpace(a.User); u == "" || len(u) > MaxUser || !utf8.ValidString(u) {
		return Invalidf("user: say who acts, in at most %d bytes of UTF-8", MaxUser)
	}
	a.User = strings.TrimSpace(a.User)
	for _, t := range []struct{ name, v string }{{"why", a.Why}, {"note", a.Note}} {
		if len(t.v) > MaxText || !utf8.ValidString(t.v) {
			return Invalidf("%s: at most %d bytes of UTF-8", t.name, MaxText)
		}
	}
	switch a.Action {
	case ActionStatus:
		if !slices.Contains(record.Statuses, a.Status) {
			return Invalidf("status %q: want one of %s", a.Status, strings.Join(record.Statuses, ", "))
		}
	case ActionCorrect:
		v, err := NormalizeValue(a.Field, a.Value)
		if err != nil {
			return err
		}
		a.Value = v
	case ActionNote:
		if strings.TrimSpace(a.Note) == "" {
			return Invalidf("note: empty")
		}
	case ActionMerge:
		if a.With == "" {
			return Invalidf("merge: give the other incident as with")
		}
	case ActionSplit:
		if a.Source == "" {
			return Invalidf("split: give the source to take out (a document id or its extraction id)")
		}
	default:
		return Invalidf("action %q: want one of %s", a.Action, strings.Join(Actions, ", "))
	}
	return nil
}

// NormalizeValue checks a corrected value for field and returns it as
// stored: compact JSON of the record's own type, with a location's
// country filled in from its code. Errors wrap ErrInvalid.
func NormalizeValue(field string, value json.RawMessage) (json.RawMessage, error) {
	if !slices.Contains(Correctable, field) {
		return nil, Invalidf("field %q: want one of %s", field, strings.Join(Correctable, ", "))
	}
	if len(bytes.TrimSpace(value)) == 0 {
		return nil, Invalidf("%s: no value given (null for unknown)", field)
	}
	bad := func(want string) error { return Invalidf("%s: want %s", field, want) }
	strict := func(v any) error {
		dec := json.NewDecoder(bytes.NewReader(value))
		dec.DisallowUnknownFields()
		if err := dec.Decode(v); err != nil {
			return err
		}
		if dec.More() {
			return fmt.Errorf("more than one value")
		}
		return nil
	}
	var out any
	switch field {
	case "type":
		var t string
		if strict(&t) != nil || !slices.Contains(record.Types, t) {
			return nil, bad("one of " + strings.Join(record.Types, ", "))
		}
		out = t
	case "date":
		var d *string
		if strict(&d) != nil {
			return nil, bad("a day as \"YYYY-MM-DD\", or null for unknown")
		}
		if d != nil {
			if _, err := time.Parse(time.DateOnly, *d); err != nil {
				return nil, bad("a day as \"YYYY-MM-DD\", or null for unknown")
			}
		}
		out = d
	case "attribution":
		var a string
		all := []string{record.Claimed, record.Suspected, record.Denied, record.Unknown}
		if strict(&a) != nil || !slices.Contains(all, a) {
			return nil, bad("one of " + strings.Join(all, ", "))
		}
		out = a
	case "location":
		var l *record.Location
		if strict(&l) != nil {
			return nil, bad(`a location such as {"place": "Gao", "country_code": "ML", "lat": 16.27, "lon": -0.04}, or null`)
		}
		if l != nil {
			if err := normalizeLocation(l); err != nil {
				return nil, err
			}
		}
		out = l
	case "perpetrators":
		var ps []record.Perpetrator
		if strict(&ps) != nil {
			return nil, bad(`a list such as [{"name": "ELN", "attribution": "claimed"}]`)
		}
		for i := range ps {
			p := &ps[i]
			p.Name = strings.TrimSpace(p.Name)
			if p.Name == "" || len(p.Name) > MaxUser || !utf8.ValidString(p.Name) {
				return nil, bad("each perpetrator with a name of at most 100 bytes")
			}
			if p.Attribution == "" {
				p.Attribution = record.Unknown
			}
			if !slices.Contains([]string{record.Claimed, record.Suspected, record.Denied, record.Unknown}, p.Attribution) {
				return nil, bad("attributions claimed, suspected, denied or unknown")
			}
		}
		out = ps
	case "killed", "injured":
		var c *record.Count
		if strict(&c) != nil {
			return nil, bad(`a count such as {"min": 5, "max": 7}, or null for unknown`)
		}
		if c != nil {
			for _, n := range []*int{c.Min, c.Max} {
				if n != nil && (*n < 0 || *n > 10_000_000) {
					return nil, bad("figures from 0 to 10000000")
				}
			}
			if c.Min == nil || c.Max != nil && *c.Max < *c.Min {
				return nil, bad("a min, and a max not below it")
			}
			for party, n := range c.ByParty {
				if !slices.Contains(record.Parties, party) || n < 0 || n > 10_000_000 {
					return nil, bad("by_party keys " + strings.Join(record.Parties, ", "))
				}
			}
		}
		out = c
	}
	js, err := json.Marshal(out)
	if err != nil {
		return nil, Invalidf("%s: %v", field, err)
	}
	return js, nil
}

// normalizeLocation fills a corrected location's country from its code
// (or the code from its name) and its precision from what it gives.
func normalizeLocation(l *record.Location) error {
	cc := l.CountryCode
	if cc == "" {
		cc = l.Country
	}
	if cc == "" {
		return Invalidf("location: give a country_code or country")
	}
	codes := gazetteer.CountryCodes(cc)
	if len(codes) != 1 {
		return Invalidf("location: country %q is not one country", cc)
	}
	l.CountryCode = codes[0]
	for _, c := range gazetteer.Countries() {
		if c.Code == l.CountryCode {
			l.Country = c.Name
		}
	}
	if (l.Lat == nil) != (l.Lon == nil) || l.Lat != nil && (*l.Lat < -90 || *l.Lat > 90 || *l.Lon < -180 || *l.Lon > 180) {
		return Invalidf("location: lat and lon together, within -90..90 and -180..180")
	}
	for _, s := range []string{l.Place, l.Admin1, l.Admin2, l.GeonamesName} {
		if len(s) > MaxUser || !utf8.ValidString(s) {
			return Invalidf("location: names of at most %d bytes of UTF-8", MaxUser)
		}
	}
	switch {
	case l.Lat != nil && l.Place != "":
		l.Precision = record.GeoPlace
	case l.Admin2 != "":
		l.Precision = record.GeoAdmin2
	case l.Admin1 != "":
		l.Precision = record.GeoAdmin1
	default:
		l.Precision = record.GeoCountry
	}
	return nil
}

// Correct sets field of m to a value NormalizeValue returned, drops the
// evidence and provenance of the value it replaces (the reports said
// otherwise) and lists the field in m.Review.Corrected.
func Correct(m *record.Merged, field string, value json.RawMessage) error {
	var err error
	switch field {
	case "type":
		err = json.Unmarshal(value, &m.Type)
	case "date":
		var d *string
		if err = json.Unmarshal(value, &d); err == nil {
			m.Date, m.DatePrecision = "", ""
			if d != nil {
				m.Date, m.DatePrecision = *d, record.PrecisionDay
			}
		}
	case "location":
		m.Location = nil
		err = json.Unmarshal(value, &m.Location)
	case "perpetrators":
		m.Perpetrators = nil
		err = json.Unmarshal(value, &m.Perpetrators)
	case "attribution":
		var a string
		if err = json.Unmarshal(value, &a); err == nil {
			for i := range m.Perpetrators {
				m.Perpetrators[i].Attribution = a
			}
		}
	case "killed":
		m.Killed = nil
		err = json.Unmarshal(value, &m.Killed)
	case "injured":
		m.Injured = nil
		err = json.Unmarshal(value, &m.Injured)
	default:
		err = fmt.Errorf("unknown field")
	}
	if err != nil {
		return fmt.Errorf("correction of %s: %w", field, err)
	}
	covers := func(f string) bool {
		if field == "attribution" {
			return strings.HasPrefix(f, "perpetrators[") && strings.HasSuffix(f, "].attribution")
		}
		return f == field || strings.HasPrefix(f, field+"[") || strings.HasPrefix(f, field+".")
	}
	m.Evidence = slices.DeleteFunc(m.Evidence, func(ev record.Evidence) bool { return covers(ev.Field) })
	for f := range m.From {
		if covers(f) {
			delete(m.From, f)
		}
	}
	if m.Review == nil {
		m.Review = &record.Review{}
	}
	if !slices.Contains(m.Review.Corrected, field) {
		m.Review.Corrected = append(m.Review.Corrected, field)
	}
	return nil
}

// FieldValue is the current value of a correctable field of m, as JSON:
// the "before" of a correction.
func FieldValue(m *record.Merged, field string) json.RawMessage {
	var v any
	switch field {
	case "type":
		v = m.Type
	case "date":
		if m.Date != "" {
			v = m.Date
		}
	case "location":
		v = m.Location
	case "perpetrators":
		v = m.Perpetrators
	case "attribution":
		var as []string
		for _, p := range m.Perpetrators {
			as = append(as, p.Attribution)
		}
		v = as
	case "killed":
		v = m.Killed
	case "injured":
		v = m.Injured
	}
	js, _ := json.Marshal(v)
	return js
}
