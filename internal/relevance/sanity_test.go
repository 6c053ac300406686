package relevance

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
)

func TestSanitize(t *testing.T) {
	n := func(v int) *int { return &v }
	// ev returns the evidence for the first occurrence of s in body.
	ev := func(field, body, s string) record.Evidence {
		i := strings.Index(body, s)
		return record.Evidence{Field: field, Start: i, End: i + len(s), Text: s}
	}
	tests := []struct {
		name    string
		pub     string
		body    string
		rec     record.Incident
		removed []string
	}{
		{name: "date on publication day kept", pub: "2024-03-05",
			rec: record.Incident{Date: "2024-03-05", DatePrecision: "day"}},
		{name: "date after publication dropped", pub: "2024-03-05",
			rec:     record.Incident{Date: "2024-03-07", DatePrecision: "day", Evidence: []record.Evidence{{Field: "date", Text: "Thursday"}}},
			removed: []string{"date"}},
		{name: "the next day kept: a dateline ahead of the wire's clock", pub: "1987-04-17",
			rec: record.Incident{Date: "1987-04-18", DatePrecision: "day"}},
		{name: "the next day of a month's end", pub: "1987-04-30",
			rec: record.Incident{Date: "1987-05-01", DatePrecision: "day"}},
		{name: "month of publication kept", pub: "2024-03-05",
			rec: record.Incident{Date: "2024-03", DatePrecision: "month"}},
		{name: "next year dropped", pub: "2024-03-05",
			rec: record.Incident{Date: "2025", DatePrecision: "year"}, removed: []string{"date"}},
		{name: "no publication date: only the 1900 rule", pub: "",
			rec: record.Incident{Date: "2031-01-01", DatePrecision: "day"}},
		{name: "invalid publication date: no future check", pub: "12/05/2026",
			rec: record.Incident{Date: "2026-12-01", DatePrecision: "day"}},
		{name: "a month stem inside a word is no month", pub: "1987-03-05",
			rec:     record.Incident{Date: "1500", DatePrecision: "year", Evidence: []record.Evidence{{Field: "date", Text: "1500 GMT near the market"}}},
			removed: []string{"date"}},
		{name: "clock time read as a year dropped", pub: "1987-03-05",
			rec:     record.Incident{Date: "1500", DatePrecision: "year", Evidence: []record.Evidence{{Field: "date", Text: "1500 GMT"}}},
			removed: []string{"date"}},
		{name: "birth year before 1900 dropped", pub: "2005-01-01",
			rec:     record.Incident{Date: "1898", DatePrecision: "year", Evidence: []record.Evidence{{Field: "date", Text: "born 1898"}}},
			removed: []string{"date"}},
		{name: "old date written as a date kept", pub: "2005-01-01",
			rec: record.Incident{Date: "1857-05-10", DatePrecision: "day", Evidence: []record.Evidence{{Field: "date", Text: "10 May 1857"}}}},
		{name: "old year written in 1857 kept", pub: "2005-01-01",
			rec: record.Incident{Date: "1857", DatePrecision: "year", Evidence: []record.Evidence{{Field: "date", Text: "in 1857"}}}},
		{name: "incident toll kept", pub: "2024-03-05",
			body: "A bomb killed 14 people at a market on Tuesday.",
			rec:  record.Incident{Killed: &record.Count{Min: n(14)}}},
		{name: "huge toll dropped whatever the framing", pub: "2024-03-05",
			body:    "Six million people were killed.",
			rec:     record.Incident{Killed: &record.Count{Min: n(6000000)}},
			removed: []string{"killed"}},
		{name: "war total dropped", pub: "2024-03-05",
			body:    "The bombing came in a conflict in which 40,000 people have been killed since 2009. Police said.",
			rec:     record.Incident{Killed: &record.Count{Min: n(40000)}},
			removed: []string{"killed"}},
		{name: "large toll of one battle kept", pub: "1987-03-05",
			body: "Iraq said 1,200 Iranian troops were killed in the attack overnight.",
			rec:  record.Incident{Killed: &record.Count{Min: n(1200)}}},
		{name: "small toll with since kept", pub: "2024-03-05",
			body: "Twelve people were killed, the worst attack since the truce.",
			rec:  record.Incident{Killed: &record.Count{Min: n(12)}}},
		{name: "year-to-date tally dropped", pub: "2024-06-05",
			body:    "Police said 52 people have been killed in such attacks so far this year.",
			rec:     record.Incident{Killed: &record.Count{Min: n(52)}},
			removed: []string{"killed"}},
		{name: "injured tally dropped, killed kept", pub: "2024-06-05",
			body:    "Three were killed on Monday. More than 2,000 have been injured in the war.",
			rec:     record.Incident{Killed: &record.Count{Min: n(3)}, Injured: &record.Count{Min: n(2000)}},
			removed: []string{"injured"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.rec
			// Point toll evidence at its sentence in the body.
			if r.Killed != nil {
				r.Evidence = append(r.Evidence, ev("killed", tt.body, firstSentence(tt.body, "killed")))
			}
			if r.Injured != nil {
				r.Evidence = append(r.Evidence, ev("injured.civilians", tt.body, firstSentence(tt.body, "injured")))
			}
			got := Sanitize(&r, tt.pub, "", tt.body)
			if !slices.Equal(got, tt.removed) {
				t.Fatalf("removed %q, want %q", got, tt.removed)
			}
			for _, f := range got {
				for _, e := range r.Evidence {
					if e.Field == f || strings.HasPrefix(e.Field, f+".") {
						t.Errorf("evidence %q kept for removed %s", e.Text, f)
					}
				}
			}
			if slices.Contains(got, "date") && (r.Date != "" || r.DatePrecision != "") {
				t.Errorf("date %q/%q left after removal", r.Date, r.DatePrecision)
			}
			if slices.Contains(got, "killed") && r.Killed != nil || slices.Contains(got, "injured") && r.Injured != nil {
				t.Errorf("toll left after removal")
			}
		})
	}
}

// firstSentence returns the words around the first occurrence of w in s,
// as an extractor's evidence span would cover them.
func firstSentence(s, w string) string {
	i := strings.Index(s, w)
	if i < 0 {
		return s
	}
	return s[i : i+len(w)]
}

func TestSentenceAround(t *testing.T) {
	body := "First one. Twelve were killed in the town. Last one."
	i := strings.Index(body, "killed")
	tests := []struct {
		name       string
		start, end int
		text, want string
	}{
		{"middle sentence", i, i + 6, "killed", "Twelve were killed in the town"},
		{"offsets off the text", i, i + 6, "wounded", "wounded"},
		{"out of range", 0, 999, "x", "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.TrimSpace(sentenceAround(body, tt.start, tt.end, tt.text)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzSanitize feeds Sanitize evidence whose offsets and texts need not
// match the body, as a record from a buggy stage or a merged source might.
func FuzzSanitize(f *testing.F) {
	f.Add("Police said 52 people have been killed so far this year.", 12, 14, "52", 52, "2024-01-01", "2024-02-01")
	f.Add("", 0, 0, "", 0, "", "")
	f.Add("a.\n\nb", -1, 99, "x", 1000000, "1500", "bad")
	f.Fuzz(func(t *testing.T, body string, start, end int, text string, n int, date, pub string) {
		r := record.Incident{Date: date, Killed: &record.Count{Min: &n},
			Evidence: []record.Evidence{{Field: "killed", Start: start, End: end, Text: text}, {Field: "date", Text: date}}}
		for _, f := range Sanitize(&r, pub, "", body) {
			for _, e := range r.Evidence {
				if e.Field == f {
					t.Fatalf("evidence for removed %s kept", f)
				}
			}
		}
	})
}
