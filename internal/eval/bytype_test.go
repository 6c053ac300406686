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
