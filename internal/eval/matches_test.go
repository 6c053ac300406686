package eval

import (
	"maps"
	"slices"
	"testing"
)

// TestMatches checks the truth each prediction gets: the agreement of the
// gold incident that took it, -1 for an extra one, nothing for one an
// optional gold incident absorbed or one without an id.
func TestMatches(t *testing.T) {
	const gao = `{"type": "armed_assault", "date": "2020-01-01", "country": "Mali", "city_or_place": "Gao"}`
	const optional = `{"type": "bombing", "date": "2020-01-03", "country": "Mali", "city_or_place": "Kidal", "optional": true}`
	cases := []struct {
		name, gold, pred string
		want             map[string]int
	}{
		{"exact", `{"file": "a.txt", "is_incident": true, "incidents": [` + gao + `]}`,
			`{"doc": {"id": "a"}, "incidents": [{"id": "p1", "type": "armed_assault", "date": "2020-01-01", "location": {"place": "Gao", "country": "Mali"}}]}`,
			map[string]int{"p1": 7}},
		{"wrong day, right country", `{"file": "a.txt", "is_incident": true, "incidents": [` + gao + `]}`,
			`{"doc": {"id": "a"}, "incidents": [{"id": "p1", "type": "armed_assault", "date": "2020-01-02", "location": {"country": "Mali"}}]}`,
			map[string]int{"p1": 2}},
		{"extra", `{"file": "a.txt", "is_incident": true, "incidents": [` + gao + `]}`,
			`{"doc": {"id": "a"}, "incidents": [{"id": "p1", "type": "armed_assault", "date": "2020-01-01", "location": {"place": "Gao", "country": "Mali"}}, {"id": "p2", "type": "riot", "date": "2019-05-05"}]}`,
			map[string]int{"p1": 7, "p2": -1}},
		{"absorbed", `{"file": "a.txt", "is_incident": true, "incidents": [` + optional + `]}`,
			`{"doc": {"id": "a"}, "incidents": [{"id": "p1", "type": "bombing", "date": "2020-01-03"}]}`,
			map[string]int{}},
		{"negative document", `{"file": "a.txt", "is_incident": false, "incidents": []}`,
			`{"doc": {"id": "a"}, "incidents": [{"id": "p1", "type": "riot"}, {"type": "riot"}]}`,
			map[string]int{"p1": -1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := scoreStrings(t, c.gold, c.pred)
			if got := s.Matches(); !maps.Equal(got, c.want) {
				t.Errorf("Matches() = %v, want %v", got, c.want)
			}
		})
	}
}

// TestPairs checks that every required gold incident is listed with its
// place among the document's required ones and the prediction it took:
// the second required incident (after an optional one) takes the Kidal
// prediction, and a gold incident left without one has no id.
func TestPairs(t *testing.T) {
	const gold = `{"file": "a.txt", "is_incident": true, "incidents": [` +
		`{"type": "armed_assault", "date": "2020-01-01", "country": "Mali", "city_or_place": "Gao"}, ` +
		`{"type": "riot", "date": "2020-01-05", "country": "Mali", "city_or_place": "Mopti", "optional": true}, ` +
		`{"type": "bombing", "date": "2020-01-03", "country": "Mali", "city_or_place": "Kidal"}, ` +
		`{"type": "bombing", "date": "2020-01-04", "country": "Mali", "city_or_place": "Timbuktu"}]}`
	const pred = `{"doc": {"id": "a"}, "incidents": [` +
		`{"id": "k", "type": "bombing", "date": "2020-01-03", "location": {"place": "Kidal", "country": "Mali"}}, ` +
		`{"id": "g", "type": "armed_assault", "date": "2020-01-01", "location": {"place": "Gao", "country": "Mali"}}]}`
	s := scoreStrings(t, gold, pred)
	want := []Pair{{"a", 0, "g"}, {"a", 1, "k"}, {"a", 2, ""}}
	if got := s.Pairs(); !slices.Equal(got, want) {
		t.Errorf("Pairs() = %v, want %v", got, want)
	}
}
