package eval

import (
	"strings"
	"testing"
)

// TestWriteByType checks the table: a clash typed right, one typed as
// an armed assault, a riot that takes the only prediction of its article
// (a bombing an optional incident would have absorbed: a required gold
// incident takes its best prediction whatever the agreement), a
// kidnapping left with none, and a negative's false bombing.
func TestWriteByType(t *testing.T) {
	gold := `{"file": "a.txt", "is_incident": true, "incidents": [{"type": "clash", "date": "2020-01-02", "country": "Mali", "city_or_place": "Gao"}, {"type": "clash", "date": "2020-01-03", "country": "Mali", "city_or_place": "Mopti"}]}
{"file": "b.txt", "is_incident": true, "incidents": [{"type": "riot", "date": "2020-01-02", "country": "Mali", "city_or_place": "Kidal"}, {"type": "kidnapping", "date": "2020-01-07", "country": "Mali", "city_or_place": "Tessalit"}, {"type": "bombing", "date": "2020-01-05", "country": "Mali", "city_or_place": "Menaka", "optional": true}]}
{"file": "c.txt", "is_incident": false, "incidents": []}`
	pred := `{"doc": {"id": "a"}, "incidents": [{"type": "clash", "date": "2020-01-02", "location": {"place": "Gao"}}, {"type": "armed_assault", "date": "2020-01-03", "location": {"place": "Mopti"}}]}
{"doc": {"id": "b"}, "incidents": [{"type": "bombing", "date": "2020-01-05", "location": {"place": "Menaka"}}]}
{"doc": {"id": "c"}, "incidents": [{"type": "bombing", "date": "2020-01-09", "location": {"place": "Bamako"}}]}`
	s := scoreStrings(t, gold, pred)
	var b strings.Builder
	if err := s.WriteByType(&b); err != nil {
		t.Fatal(err)
	}
	want := `gold type        required missed right  typed as
clash                   2      0     1  armed_assault 1
kidnapping              1      1     0
riot                    1      0     0  bombing 1
false                   1               bombing 1
`
	if got := b.String(); got != want {
		t.Errorf("WriteByType:\n%s\nwant:\n%s", got, want)
	}
}

// TestWriteGiven checks the table of values given: a date right, a date
// wrong, a place left out, a perpetrator named where the gold names none,
// a toll given where the gold has none; a missed gold incident and a false
// record count in no row; a toll above the gold's and one below are told
// apart. The attribution table counts the claim given as
// suspected, and the gold's perpetrator that was not found in no cell.
func TestWriteGiven(t *testing.T) {
	gold := `{"file": "a.txt", "is_incident": true, "incidents": [{"type": "clash", "date": "2020-01-02", "country": "Mali", "city_or_place": "Gao", "killed_total": 3}, {"type": "clash", "date": "2020-01-03", "country": "Mali", "city_or_place": "Mopti", "perpetrators": [{"name": "JNIM", "attribution": "claimed"}]}]}
{"file": "b.txt", "is_incident": true, "incidents": [{"type": "riot", "date": "2020-01-02", "country": "Mali", "city_or_place": "Kidal"}, {"type": "kidnapping", "date": "2020-01-07", "country": "Mali", "city_or_place": "Tessalit"}]}
{"file": "c.txt", "is_incident": false, "incidents": []}
{"file": "d.txt", "is_incident": true, "incidents": [{"type": "bombing", "date": "2020-02-01", "country": "Mali", "city_or_place": "Gao", "killed_total": 5, "injured_total": 10}]}`
	pred := `{"doc": {"id": "a"}, "incidents": [{"type": "clash", "date": "2020-01-02", "location": {"place": "Gao", "country": "Mali"}, "killed": {"min": 3}}, {"type": "armed_assault", "date": "2020-01-04", "location": {"country": "Mali"}, "perpetrators": [{"name": "JNIM", "attribution": "suspected"}]}]}
{"doc": {"id": "b"}, "incidents": [{"type": "riot", "date": "2020-01-02", "location": {"place": "Kidal", "country": "Mali"}, "perpetrators": [{"name": "protesters", "attribution": "suspected"}, {"name": "gunmen", "attribution": "unknown"}], "injured": 4}]}
{"doc": {"id": "c"}, "incidents": [{"type": "bombing", "date": "2020-01-09", "location": {"place": "Bamako"}}]}
{"doc": {"id": "d"}, "incidents": [{"type": "bombing", "date": "2020-02-01", "location": {"place": "Gao", "country": "Mali"}, "killed": 7, "injured": {"min": 2}}]}`
	s := scoreStrings(t, gold, pred)
	var b strings.Builder
	if err := s.WriteGiven(&b); err != nil {
		t.Fatal(err)
	}
	want := `field         right  wrong   none  unknown    given  right%
date              3      1      0        0        0      75
country           4      0      0        0        0     100
place             3      0      1        0        0     100
perpetrator       1      0      0        3        1     100
killed            1      1      0        2        0      50
injured           0      1      0        3        1       0
`
	wantDir := "killed wrong: 1 above the gold's, 0 below\ninjured wrong: 0 above the gold's, 1 below\n"
	wantAtt := `attribution    claimed suspected    denied   unknown
claimed              0         1         0         0
suspected            0         0         0         0
denied               0         0         0         0
`
	got := b.String()
	i := strings.Index(got, "right, wrong, none:")
	j := strings.Index(got, "attribution ")
	k := strings.Index(got, "attribution: rows")
	if i < 0 || got[:i] != want || !strings.Contains(got, wantDir) || j < 0 || k < j || got[j:k] != wantAtt {
		t.Errorf("WriteGiven:\n%s\nwant:\n%s...\n%s", got, want, wantAtt)
	}
}
