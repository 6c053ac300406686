package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
)

// writeSummary prints a Result for a person to read (`extract --format
// text`): the document, then each incident's what, when, where, who (with
// the attribution), targets, weapons and toll by party, each followed by
// the words of the article that support it, quoted. A value the extractor
// left out reads "unknown": the reader sees what is missing as well as
// what was found.
func writeSummary(w io.Writer, res *record.Result) error {
	var b strings.Builder
	d := res.Doc
	b.WriteString("== " + d.ID)
	if d.Date != "" {
		b.WriteString("  " + d.Date)
	}
	if d.Title != "" {
		b.WriteString("  " + d.Title)
	}
	b.WriteByte('\n')
	for _, s := range []string{d.Path, d.URL} {
		if s != "" {
			b.WriteString("   " + s + "\n")
		}
	}
	switch n := len(res.Incidents); n {
	case 0:
		b.WriteString("   no incident found\n")
	default:
		for i := range res.Incidents {
			b.WriteByte('\n')
			summarizeIncident(&b, i+1, n, &res.Incidents[i])
		}
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

func summarizeIncident(b *strings.Builder, i, n int, inc *record.Incident) {
	head := fmt.Sprintf("[%d/%d] %s", i, n, label(inc.Type))
	if inc.Date != "" {
		head += ", " + inc.Date
	}
	if l := inc.Location; l != nil && (l.Place != "" || l.Country != "") {
		head += ", " + placeName(l)
	}
	fmt.Fprintf(b, "%s  (confidence %.2f)\n", head, inc.Confidence)

	ev := func(match func(field string) bool) []record.Evidence {
		var out []record.Evidence
		for _, e := range inc.Evidence {
			if match(e.Field) {
				out = append(out, e)
			}
		}
		return out
	}
	is := func(names ...string) func(string) bool {
		return func(f string) bool { return slices.Contains(names, f) }
	}
	prefix := func(p string) func(string) bool {
		return func(f string) bool { return f == p || strings.HasPrefix(f, p+".") || strings.HasPrefix(f, p+"[") }
	}

	line(b, "what", label(inc.Type), ev(is("type")))

	when := "unknown"
	if inc.Date != "" {
		when = inc.Date
		if inc.DatePrecision != "" && inc.DatePrecision != record.PrecisionDay {
			when += " (to the " + inc.DatePrecision + ")"
		}
	}
	line(b, "when", when, ev(is("date")))

	where := "unknown"
	if l := inc.Location; l != nil {
		where = placeName(l)
		var detail []string
		if l.Precision != "" {
			detail = append(detail, l.Precision)
		}
		if l.Lat != nil && l.Lon != nil {
			detail = append(detail, strconv.FormatFloat(*l.Lat, 'f', 4, 64)+", "+strconv.FormatFloat(*l.Lon, 'f', 4, 64))
		}
		if len(detail) > 0 {
			where += " (" + strings.Join(detail, "; ") + ")"
		}
	}
	line(b, "where", where, ev(is("location")))

	if len(inc.Perpetrators) == 0 {
		line(b, "who", "unknown", nil)
	}
	for j, p := range inc.Perpetrators {
		who := p.Name
		if p.Canonical != "" && p.Canonical != p.Name {
			who += " (" + p.Canonical + ")"
		}
		switch {
		case p.Name == record.Unknown: // "No group has claimed": nobody named
		case p.Attribution == "" || p.Attribution == record.Unknown:
			who += ": responsibility unknown"
		default:
			who += ": " + p.Attribution
		}
		name := "who"
		if j > 0 {
			name = ""
		}
		line(b, name, who, ev(prefix(fmt.Sprintf("perpetrators[%d]", j))))
	}

	for j, t := range inc.Targets {
		name := "targets"
		if j > 0 {
			name = ""
		}
		line(b, name, t.Name+" ("+label(t.Category)+")", ev(is(fmt.Sprintf("targets[%d]", j))))
	}
	if len(inc.Weapons) > 0 {
		var names []string
		for _, wp := range inc.Weapons {
			names = append(names, label(wp))
		}
		line(b, "weapons", strings.Join(names, ", "), ev(prefix("weapons")))
	}
	for _, c := range []struct {
		name  string
		count *record.Count
	}{{"killed", inc.Killed}, {"injured", inc.Injured}, {"kidnapped", inc.Kidnapped}} {
		if c.count == nil && c.name == "kidnapped" {
			continue
		}
		line(b, c.name, countText(c.count), ev(prefix(c.name)))
	}
	for j, v := range inc.Victims {
		name := "victims"
		if j > 0 {
			name = ""
		}
		line(b, name, v.Name+" ("+v.Effect+")", ev(is(fmt.Sprintf("victims[%d]", j))))
	}
}

// line writes "    name     value" and the evidence for it, quoted, one
// span a line, saying when a span is in the title.
func line(b *strings.Builder, name, value string, evidence []record.Evidence) {
	fmt.Fprintf(b, "    %-9s %s\n", name, value)
	for i, e := range evidence {
		if slices.ContainsFunc(evidence[:i], func(o record.Evidence) bool {
			return o.Start == e.Start && o.End == e.End && o.In == e.In && o.Doc == e.Doc
		}) {
			continue // one span backing two fields (a name and its attribution)
		}
		q := strconv.Quote(e.Text)
		if e.In == "title" {
			q += " (title)"
		}
		if e.Doc != "" {
			q += " (document " + e.Doc + ")"
		}
		fmt.Fprintf(b, "    %-9s   %s\n", "", q)
	}
}

// countText reads a casualty count: "5", "at least 5", "5 to 8", "up to
// 8", with the parties the text names: "7 (civilians 5, security forces
// 2)".
func countText(c *record.Count) string {
	if c == nil {
		return "unknown"
	}
	var s string
	switch {
	case c.Min != nil && c.Max != nil && *c.Min == *c.Max:
		s = strconv.Itoa(*c.Min)
	case c.Min != nil && c.Max != nil:
		s = strconv.Itoa(*c.Min) + " to " + strconv.Itoa(*c.Max)
	case c.Min != nil:
		s = "at least " + strconv.Itoa(*c.Min)
	case c.Max != nil:
		s = "up to " + strconv.Itoa(*c.Max)
	default:
		s = "unknown"
	}
	var parties []string
	for _, p := range record.Parties {
		if n, ok := c.ByParty[p]; ok {
			parties = append(parties, label(p)+" "+strconv.Itoa(n))
		}
	}
	if len(parties) > 0 {
		s += " (" + strings.Join(parties, ", ") + ")"
	}
	return s
}

// placeName is "Place, Admin1, Country", each part once.
func placeName(l *record.Location) string {
	var parts []string
	for _, p := range []string{l.Place, l.Admin1, l.Country} {
		if p != "" && !slices.Contains(parts, p) {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return "unknown"
	}
	return strings.Join(parts, ", ")
}

// label turns an enum value into words: "security_forces" is "security
// forces".
func label(v string) string {
	if v == "" {
		return "unknown"
	}
	return strings.ReplaceAll(v, "_", " ")
}
