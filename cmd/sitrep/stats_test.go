package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
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
			Killed    int            `json:"killed"`
		}
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatal(err)
		}
		// The killed total is the sum of the incidents' lower bounds.
		all, _, err := runIn(t, "export", "--db", db)
		if err != nil {
			t.Fatal(err)
		}
		sum := 0
		for _, line := range strings.Split(strings.TrimSpace(all), "\n") {
			var m record.Merged
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatal(err)
			}
			if m.Killed != nil && m.Killed.Min != nil {
				sum += *m.Killed.Min
			}
		}
		if s.Killed != sum || sum == 0 {
			t.Errorf("killed %d, want %d, the sum over the exported incidents", s.Killed, sum)
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
		for _, want := range []string{"documents  11\n", "incidents  8\n", "by country", "  AF  Afghanistan", "  CO  Colombia", "by type", "  armed_assault", "killed "} {
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

// Filter values that name nothing are usage errors (exit 2) that say what
// is valid; names and codes, --text and --q, select the same incidents.
func TestFilterValuesCLI(t *testing.T) {
	db := ingestedDB(t)
	for _, tt := range []struct {
		name string
		args []string
		want []string
	}{
		{"unknown country", []string{"stats", "--db", db, "--country", "Narnia"},
			[]string{`--country "Narnia": not a country`, "AF Afghanistan,", "ZW Zimbabwe"}},
		{"one unknown among known", []string{"export", "--db", db, "--country", "AF,Atlantis"}, []string{`"Atlantis"`}},
		{"unknown type", []string{"export", "--db", db, "--type", "bomb"},
			[]string{`--type "bomb": not a type`, "armed_assault, bombing,", "did you mean bombing, suicide_bombing?"}},
		{"bad near", []string{"stats", "--db", db, "--near", "1,2"}, []string{"near"}},
		{"unknown period", []string{"stats", "--db", db, "--json", "--period", "week"}, []string{"--period", "week"}},
		{"period without json", []string{"stats", "--db", db, "--period", "month"}, []string{"add --json"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := runSitrep(t, "", nil, tt.args...)
			if r.code != 2 || r.stdout != "" {
				t.Errorf("exit %d, stdout %q; want 2 and nothing", r.code, r.stdout)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
				}
			}
		})
	}
	same := func(a, b []string) {
		t.Helper()
		outA, _, errA := runIn(t, a...)
		outB, _, errB := runIn(t, b...)
		if errA != nil || errB != nil || outA != outB || outA == "" {
			t.Errorf("%q and %q differ (%v, %v):\n%s\n%s", a, b, errA, errB, outA, outB)
		}
	}
	same([]string{"stats", "--db", db, "--json", "--country", "AF"}, []string{"stats", "--db", db, "--json", "--country", "afghanistan"})
	same([]string{"export", "--db", db, "--country", "CO,NG"}, []string{"export", "--db", db, "--country", "Colombia, NGA"})
	same([]string{"export", "--db", db, "--text", "police"}, []string{"export", "--db", db, "--q", "police"})
}
