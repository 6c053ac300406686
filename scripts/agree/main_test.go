package main

import (
	"encoding/json"
	"testing"
)

// TestPredLine checks the conversion of a coder's gold-format story: the
// contract's type name, the main place before the detail, totals as counts,
// a null total left out, and optional records kept only with -optional.
func TestPredLine(t *testing.T) {
	var c coded
	in := `{"file": "007_x.txt", "incidents": [
	  {"type": "shooting", "date": "2020-01-02", "country": "Mali", "admin1": "Mopti",
	   "city_or_place": "Sevare (market, near the bus station)",
	   "perpetrators": [{"name": "JNIM", "attribution": "claimed"}],
	   "killed_total": 4, "injured_total": null},
	  {"type": "bombing", "date": "2019-05-01", "city_or_place": "Gao", "optional": true}]}`
	if err := json.Unmarshal([]byte(in), &c); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		optional bool
		want     string
	}{
		{false, `{"doc":{"id":"007_x"},"incidents":[{"type":"armed_assault","date":"2020-01-02","location":{"place":"Sevare","admin1":"Mopti","country":"Mali"},"perpetrators":[{"name":"JNIM","attribution":"claimed"}],"killed":{"min":4}}]}`},
		{true, `{"doc":{"id":"007_x"},"incidents":[{"type":"armed_assault","date":"2020-01-02","location":{"place":"Sevare","admin1":"Mopti","country":"Mali"},"perpetrators":[{"name":"JNIM","attribution":"claimed"}],"killed":{"min":4}},{"type":"bombing","date":"2019-05-01","location":{"place":"Gao"}}]}`},
	} {
		if got := string(predLine(c, tc.optional)); got != tc.want {
			t.Errorf("optional=%v:\n got %s\nwant %s", tc.optional, got, tc.want)
		}
	}
}
