package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestStatsCLI(t *testing.T) {
	db := ingestedDB(t)
	t.Run("json", func(t *testing.T) {
		out, _, err := runIn(t, "stats", "--db", db, "--json")
		if err != nil {
			t.Fatal(err)
		}
		var s struct {
			Documents int            `json:"documents"`
			Incidents int            `json:"incidents"`
			ByCountry map[string]int `json:"by_country"`
			ByType    map[string]int `json:"by_type"`
			ByDay     map[string]int `json:"by_day"`
		}
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatal(err)
		}
		if s.Documents != 11 || s.Incidents != 8 || s.ByCountry["AF"] != 4 || s.ByType["bombing"] != 3 || s.ByDay["2019-01-17"] != 2 {
			t.Errorf("stats --json = %+v", s)
		}
	})
	t.Run("text", func(t *testing.T) {
		out, _, err := runIn(t, "stats", "--db", db)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"documents  11\n", "incidents  8\n", "by country", "  AF", "by type", "  armed_assault"} {
			if !strings.Contains(out, want) {
				t.Errorf("stats output lacks %q:\n%s", want, out)
			}
		}
		// Largest first: AF (4) before CO (2).
		if strings.Index(out, "  AF") > strings.Index(out, "  CO") {
			t.Errorf("countries not sorted by count:\n%s", out)
		}
	})
	t.Run("filtered", func(t *testing.T) {
		out, _, err := runIn(t, "stats", "--db", db, "--json", "--country", "CO", "--since", "2019-01-01")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, `"documents": 4`) || !strings.Contains(out, `"incidents": 2`) {
			t.Errorf("stats for CO:\n%s", out)
		}
	})
}
