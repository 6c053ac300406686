package eval

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

func TestReadNewsGoldErrors(t *testing.T) {
	ok := `{"file": "a.txt", "is_incident": true, "incidents": []}`
	tests := []struct{ name, in, want string }{
		{"not JSON", ok + "\n\n{\"file\": ", "gold.jsonl:3: not JSON"},
		{"not an object", `"a.txt"`, "gold.jsonl:1: line: want an object, got string"},
		{"no file", `{"is_incident": true, "incidents": []}`, "gold.jsonl:1: file: want a string, got null"},
		{"no is_incident", `{"file": "a.txt", "incidents": []}`, "gold.jsonl:1: is_incident: missing"},
		{"incidents not a list", `{"file": "a.txt", "is_incident": true, "incidents": {}}`, "gold.jsonl:1: incidents: want an array, got object"},
		{"incident not an object", `{"file": "a.txt", "is_incident": true, "incidents": [1]}`, "gold.jsonl:1: incidents[0]: want an object, got number"},
		{"no type", `{"file": "a.txt", "is_incident": true, "incidents": [{}]}`, "gold.jsonl:1: incidents[0].type: want a string, got null"},
		{"date a number", `{"file": "a.txt", "is_incident": true, "incidents": [{"type": "riot", "date": 20200101}]}`, "gold.jsonl:1: incidents[0].date: want a string, got number"},
		{"country a list", `{"file": "a.txt", "is_incident": true, "incidents": [{"type": "riot", "country": ["Mali"]}]}`, "gold.jsonl:1: incidents[0].country: want a string, got array"},
		{"killed a string", `{"file": "a.txt", "is_incident": true, "incidents": [{"type": "riot", "killed_total": "3"}]}`, "gold.jsonl:1: incidents[0].killed_total: want a number or null, got string"},
		{"perpetrators an object", `{"file": "a.txt", "is_incident": true, "incidents": [{"type": "riot", "perpetrators": {"name": "x"}}]}`, "gold.jsonl:1: incidents[0].perpetrators: want an array, got object"},
		{"perpetrator name a number", `{"file": "a.txt", "is_incident": true, "incidents": [{"type": "riot", "perpetrators": [{"name": 7}]}]}`, "gold.jsonl:1: incidents[0].perpetrators[0].name: want a string, got number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadNewsGold(strings.NewReader(tt.in), "gold.jsonl")
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %v, want one starting %q", err, tt.want)
			}
		})
	}
}

func TestNewsPredictionErrors(t *testing.T) {
	gold, err := ReadNewsGold(strings.NewReader(`{"file": "a.txt", "is_incident": true, "incidents": [{"type": "riot", "city_or_place": "Osh"}]}`), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, in, want string }{
		{"not JSON", "{}\n{", "pred.jsonl:2: not JSON"},
		{"doc not an object", `{"doc": "a", "incidents": []}`, "pred.jsonl:1: doc: want an object, got string"},
		{"path not a string", `{"doc": {"path": 3}, "incidents": []}`, "pred.jsonl:1: doc.path: want a string, got number"},
		{"incidents not a list", `{"doc": {"id": "a"}, "incidents": {"type": "riot"}}`, "pred.jsonl:1: incidents: want an array, got object"},
		// errors inside incidents surface when the document is scored
		{"incident not an object", "\n" + `{"doc": {"id": "a"}, "incidents": ["riot"]}`, "pred.jsonl:2: incidents[0]: want an object, got string"},
		{"type a list", `{"doc": {"id": "a"}, "incidents": [{"type": ["riot"]}]}`, "pred.jsonl:1: incidents[0].type: want a string, got array"},
		{"location a string", `{"doc": {"id": "a"}, "incidents": [{"location": "Osh"}]}`, "pred.jsonl:1: incidents[0].location: want an object, got string"},
		{"place a number", `{"doc": {"id": "a"}, "incidents": [{"location": {"place": 5}}]}`, "pred.jsonl:1: incidents[0].location.place: want a string, got number"},
		{"perpetrator not an object", `{"doc": {"id": "a"}, "incidents": [{"perpetrators": ["x"]}]}`, "pred.jsonl:1: incidents[0].perpetrators[0]: want an object, got string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ReadNewsPredictions(strings.NewReader(tt.in), "pred.jsonl")
			if err == nil {
				_, err = ScoreNews(gold, p)
			}
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %v, want one starting %q", err, tt.want)
			}
		})
	}
	// A malformed incident of a document the gold does not name is never
	// read, as in the script.
	p, err := ReadNewsPredictions(strings.NewReader(`{"doc": {"id": "zzz"}, "incidents": [7]}`), "pred.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ScoreNews(gold, p); err != nil {
		t.Errorf("unscored document: %v", err)
	}
}

// TestNewsVerboseDetails checks the lines --verbose adds under the
// script's own: the wrong values, and the text involved, which is the
// sentences holding the evidence when the articles are at hand and the
// evidence's own text when they are not.
func TestNewsVerboseDetails(t *testing.T) {
	gold := `{"file": "a.txt", "is_incident": true, "incidents": [{"type": "bombing", "date": "2020-01-02", "country": "Mali", "city_or_place": "Gao", "killed_total": 3}]}
{"file": "b.txt", "is_incident": true, "incidents": [{"type": "riot", "date": "2020-01-02", "country": "Mali", "city_or_place": "Mopti (market)"}]}`
	a := &doc.Document{ID: "a", Title: "Blast in Gao", Text: "On Wednesday a bomb exploded in Gao, the army said.\n\nOfficials said two people died. Ansongo was calm."}
	b := &doc.Document{ID: "b", Text: "Rioters burned stalls in MOPTI on Thursday. Police fired tear gas. Mopti is quiet now."}
	span := func(d *doc.Document, field, s string) string {
		i := strings.Index(d.Text, s)
		return fmt.Sprintf(`{"field": %q, "start": %d, "end": %d, "text": %q}`, field, i, i+len(s), s)
	}
	pred := `{"doc": {"id": "a"}, "incidents": [` +
		`{"type": "bombing", "date": "2020-01-01", "location": {"place": "Gao", "country": "Mali"}, "killed": {"min": 2}, "evidence": [` +
		span(a, "date", "Wednesday") + `, ` + span(a, "killed", "two people") + `, {"field": "type", "start": 6, "end": 10, "text": "Gao", "in": "title"}]}, ` +
		`{"type": "arson", "date": "2020-01-01", "location": {"place": "Ansongo"}, "evidence": [` + span(a, "location", "Ansongo") + `]}]}`
	s := scoreStrings(t, gold, pred)
	tests := []struct {
		name string
		docs map[string]*doc.Document
		want string
	}{
		{"without the articles", nil, `a: bombing 2020-01-02 'Gao': wrong date,killed
    date: got 2020-01-01, want 2020-01-02
      > Wednesday
    killed: got 2, want 3
      > two people
a: EXTRA arson 2020-01-01 Ansongo
      > Ansongo
b: riot 2020-01-02 'Mopti (market)': MISSED
`},
		{"with the articles", map[string]*doc.Document{"a": a, "b": b}, `a: bombing 2020-01-02 'Gao': wrong date,killed
    date: got 2020-01-01, want 2020-01-02
      > On Wednesday a bomb exploded in Gao, the army said.
    killed: got 2, want 3
      > Officials said two people died.
a: EXTRA arson 2020-01-01 Ansongo
      > Ansongo was calm.
b: riot 2020-01-02 'Mopti (market)': MISSED
      > Rioters burned stalls in MOPTI on Thursday.
      > Mopti is quiet now.
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := s.WriteVerbose(&out, tt.docs); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", out.String(), tt.want)
			}
		})
	}
}
