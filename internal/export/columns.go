package export

import (
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
)

// column is one flat field of an incident, shared by CSV (as text) and
// GeoJSON (as a property with its JSON type). value returns a string, an
// int, a float64, or nil when the record has no value.
type column struct {
	name  string
	value func(m *record.Merged) any
}

// columns: ACLED's names first, in ACLED's order, so that scripts and
// tools written for ACLED exports find what they expect; then sitrep's own,
// which keep what ACLED's coarser columns lose (ranges, every perpetrator
// and source).
//
// Where ACLED differs: iso is the ISO 3166-1 alpha-2 code (ACLED uses the
// numeric one); fatalities and injuries are the merged lower bound and are
// empty, not 0, when no source gives a figure; event_type and
// sub_event_type map sitrep's type onto ACLED's names as closely as the
// record allows (see acledType).
var columns = []column{
	{"event_id", func(m *record.Merged) any { return m.ID }},
	{"event_date", func(m *record.Merged) any { return str(m.Date) }},
	{"event_type", func(m *record.Merged) any { t, _ := acledType(m); return t }},
	{"sub_event_type", func(m *record.Merged) any { _, s := acledType(m); return s }},
	{"actor1", func(m *record.Merged) any {
		if len(m.Perpetrators) == 0 {
			return nil
		}
		return m.Perpetrators[0].Name
	}},
	{"actor2", func(m *record.Merged) any {
		if len(m.Targets) == 0 {
			return nil
		}
		return m.Targets[0].Name
	}},
	{"country", loc(func(l *record.Location) any { return str(l.Country) })},
	{"iso", loc(func(l *record.Location) any { return str(l.CountryCode) })},
	{"admin1", loc(func(l *record.Location) any { return str(l.Admin1) })},
	{"location", loc(func(l *record.Location) any { return str(l.Place) })},
	{"latitude", loc(func(l *record.Location) any { return float(l.Lat) })},
	{"longitude", loc(func(l *record.Location) any { return float(l.Lon) })},
	{"geo_precision", loc(func(l *record.Location) any {
		// ACLED: 1 the place itself, 2 near it or its district, 3 a
		// larger region.
		switch l.Precision {
		case record.GeoPlace:
			return 1
		case record.GeoAdmin2:
			return 2
		case record.GeoAdmin1, record.GeoCountry:
			return 3
		}
		return nil
	})},
	{"fatalities", func(m *record.Merged) any { return lower(m.Killed) }},
	{"injuries", func(m *record.Merged) any { return lower(m.Injured) }},
	{"source", func(m *record.Merged) any {
		var out []string
		for _, s := range m.Sources {
			name := s.Outlet
			if name == "" {
				name = s.Doc
			}
			out = appendNew(out, name)
		}
		return join(out)
	}},
	{"notes", func(m *record.Merged) any { return notes(m) }},

	{"sitrep_type", func(m *record.Merged) any { return m.Type }},
	{"date_precision", func(m *record.Merged) any { return str(m.DatePrecision) }},
	{"admin2", loc(func(l *record.Location) any { return str(l.Admin2) })},
	{"geonames_id", loc(func(l *record.Location) any {
		if l.GeonamesID == 0 {
			return nil
		}
		return l.GeonamesID
	})},
	{"killed_min", func(m *record.Merged) any { return bound(m.Killed, false) }},
	{"killed_max", func(m *record.Merged) any { return bound(m.Killed, true) }},
	{"injured_min", func(m *record.Merged) any { return bound(m.Injured, false) }},
	{"injured_max", func(m *record.Merged) any { return bound(m.Injured, true) }},
	{"kidnapped_min", func(m *record.Merged) any { return bound(m.Kidnapped, false) }},
	{"kidnapped_max", func(m *record.Merged) any { return bound(m.Kidnapped, true) }},
	{"perpetrators", func(m *record.Merged) any {
		var out []string
		for _, p := range m.Perpetrators {
			out = append(out, p.Name)
		}
		return join(out)
	}},
	{"attributions", func(m *record.Merged) any {
		var out []string
		for _, p := range m.Perpetrators {
			out = append(out, p.Attribution)
		}
		return join(out)
	}},
	{"targets", func(m *record.Merged) any {
		var out []string
		for _, t := range m.Targets {
			out = append(out, t.Name)
		}
		return join(out)
	}},
	{"target_categories", func(m *record.Merged) any {
		var out []string
		for _, t := range m.Targets {
			out = appendNew(out, t.Category)
		}
		return join(out)
	}},
	{"weapons", func(m *record.Merged) any { return join(m.Weapons) }},
	{"sources", func(m *record.Merged) any { return len(m.Sources) }},
	{"source_docs", func(m *record.Merged) any {
		var out []string
		for _, s := range m.Sources {
			out = append(out, s.Doc)
		}
		return join(out)
	}},
	{"source_urls", func(m *record.Merged) any {
		var out []string
		for _, s := range m.Sources {
			if s.URL != "" {
				out = append(out, s.URL)
			}
		}
		return join(out)
	}},
	{"confidence", func(m *record.Merged) any { return m.Confidence }},
	// An analyst's verdict, written out (the record leaves unreviewed
	// absent), and the fields an analyst set, which rest on a person
	// rather than on quoted text. Last, so that columns keep their place.
	{"status", func(m *record.Merged) any {
		if m.Status == "" {
			return record.Unreviewed
		}
		return m.Status
	}},
	{"corrected", func(m *record.Merged) any {
		if m.Review == nil {
			return nil
		}
		return join(m.Review.Corrected)
	}},
}

func loc(f func(l *record.Location) any) func(m *record.Merged) any {
	return func(m *record.Merged) any {
		if m.Location == nil {
			return nil
		}
		return f(m.Location)
	}
}

func str(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func float(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// lower is a count's lower bound, or its upper bound when only that is
// known ("up to 5").
func lower(c *record.Count) any {
	if c == nil {
		return nil
	}
	if c.Min != nil {
		return *c.Min
	}
	if c.Max != nil {
		return *c.Max
	}
	return nil
}

func bound(c *record.Count, upper bool) any {
	if c == nil {
		return nil
	}
	p := c.Min
	if upper {
		p = c.Max
	}
	if p == nil {
		return nil
	}
	return *p
}

// join lists values in one cell; "; " because names contain commas.
func join(ss []string) any {
	if len(ss) == 0 {
		return nil
	}
	return strings.Join(ss, "; ")
}

func appendNew(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

// acledType maps sitrep's type onto ACLED's event type and sub-event
// type. An armed assault whose first (main) target is security forces or
// the military is a battle in ACLED's terms; on anyone else it is violence
// against civilians.
func acledType(m *record.Merged) (event, sub string) {
	switch m.Type {
	case record.Bombing:
		return "Explosions/Remote violence", "Remote explosive/landmine/IED"
	case record.SuicideBombing:
		return "Explosions/Remote violence", "Suicide bomb"
	case record.RemoteViolence:
		for _, w := range m.Weapons {
			if w == "aircraft" {
				return "Explosions/Remote violence", "Air/drone strike"
			}
		}
		return "Explosions/Remote violence", "Shelling/artillery/missile attack"
	case record.Clash:
		return "Battles", "Armed clash"
	case record.ArmedAssault:
		if len(m.Targets) > 0 && (m.Targets[0].Category == "security_forces" || m.Targets[0].Category == "military") {
			return "Battles", "Armed clash"
		}
		return "Violence against civilians", "Attack"
	case record.Assassination, record.Arson:
		return "Violence against civilians", "Attack"
	case record.Kidnapping, record.Hijacking:
		return "Violence against civilians", "Abduction/forced disappearance"
	case record.Riot:
		return "Riots", "Mob violence"
	}
	return "Strategic developments", "Other"
}

// notes is a one-line summary in the spirit of ACLED's notes column.
func notes(m *record.Merged) string {
	var b strings.Builder
	b.WriteString(strings.ReplaceAll(m.Type, "_", " "))
	if l := m.Location; l != nil {
		var parts []string
		for _, p := range []string{l.Place, l.Admin1, l.Country} {
			if p != "" && (len(parts) == 0 || parts[len(parts)-1] != p) {
				parts = append(parts, p)
			}
		}
		if len(parts) > 0 {
			b.WriteString(" in " + strings.Join(parts, ", "))
		}
	}
	if m.Date != "" {
		b.WriteString(" on " + m.Date)
	}
	for _, c := range []struct {
		what string
		c    *record.Count
	}{{"killed", m.Killed}, {"injured", m.Injured}, {"kidnapped", m.Kidnapped}} {
		if s := rangeText(c.c); s != "" {
			b.WriteString("; " + s + " " + c.what)
		}
	}
	if len(m.Perpetrators) > 0 {
		var ps []string
		for _, p := range m.Perpetrators {
			ps = append(ps, p.Name+" ("+p.Attribution+")")
		}
		b.WriteString("; perpetrators: " + strings.Join(ps, ", "))
	}
	if n := len(m.Sources); n == 1 {
		b.WriteString("; 1 source")
	} else {
		b.WriteString("; " + strconv.Itoa(n) + " sources")
	}
	return b.String()
}

func rangeText(c *record.Count) string {
	switch {
	case c == nil:
		return ""
	case c.Min != nil && c.Max != nil && *c.Min == *c.Max:
		return strconv.Itoa(*c.Min)
	case c.Min != nil && c.Max != nil:
		return strconv.Itoa(*c.Min) + " to " + strconv.Itoa(*c.Max)
	case c.Min != nil:
		return "at least " + strconv.Itoa(*c.Min)
	case c.Max != nil:
		return "up to " + strconv.Itoa(*c.Max)
	}
	return ""
}
