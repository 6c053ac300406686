package main

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
)

// incidentAt returns the id of the exported incident whose sources are
// docs ("b1+b2+b3").
func incidentAt(t *testing.T, db, docs string, extra ...string) string {
	t.Helper()
	out, _, err := runIn(t, append([]string{"export", "--db", db}, extra...)...)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var m record.Merged
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		var ds []string
		for _, s := range m.Sources {
			ds = append(ds, s.Doc)
		}
		if strings.Join(ds, "+") == docs {
			return m.ID
		}
	}
	t.Fatalf("no incident reported by %s in\n%s", docs, out)
	return ""
}

func TestReviewCLI(t *testing.T) {
	db := ingestedDB(t)
	bogota := incidentAt(t, db, "b1+b2+b3")
	steps := []struct {
		name  string
		args  []string
		wants []string
	}{
		{"reject", []string{"reject", bogota, "--user", "ana", "--why", "staged by the army"},
			[]string{bogota + "  rejected  bombing 2019-01-17 in Bogota, Colombia, 3 source(s)"}},
		{"note with flags first", []string{"--user", "bo", "note", bogota, "ask", "the", "desk"}, []string{`bo note "ask the desk"`}},
		{"correct a bare word", []string{"correct", bogota, "type", "suicide_bombing", "--user", "ana"}, []string{"corrected: type", `correct type "bombing" -> "suicide_bombing"`}},
		{"correct JSON", []string{"correct", bogota, "killed", `{"min": 22}`, "--user", "ana"}, []string{`correct killed {"min":21,"max":21} -> {"min":22}`}},
		{"show", []string{"show", bogota}, []string{"ana status \"unreviewed\" -> \"rejected\"  (staged by the army)", "corrected: type, killed"}},
	}
	for _, s := range steps {
		out, stderr, err := runIn(t, append([]string{"review", "--db", db}, s.args...)...)
		if err != nil {
			t.Fatalf("%s: %v\n%s", s.name, err, stderr)
		}
		for _, w := range s.wants {
			if !strings.Contains(out, w) {
				t.Errorf("%s: output lacks %q:\n%s", s.name, w, out)
			}
		}
	}
	// Rejected: out of export and stats unless asked for.
	stats, _, _ := runIn(t, "stats", "--db", db)
	if !strings.Contains(stats, "incidents  7\n") {
		t.Errorf("stats after rejecting one of 8:\n%s", stats)
	}
	stats, _, _ = runIn(t, "stats", "--db", db, "--status", "all")
	if !strings.Contains(stats, "incidents  8\n") {
		t.Errorf("stats --status all:\n%s", stats)
	}
	if id := incidentAt(t, db, "b1+b2+b3", "--status", "rejected"); id != bogota {
		t.Errorf("export --status rejected: %s", id)
	}
	// Merge and split.
	g1, g2 := incidentAt(t, db, "g1"), incidentAt(t, db, "g2")
	out, stderr, err := runIn(t, "review", "--db", db, "--user", "ana", "merge", g1, g2)
	if err != nil || !strings.Contains(out, "2 source(s)") {
		t.Fatalf("merge: %v %s\n%s", err, stderr, out)
	}
	out, stderr, err = runIn(t, "review", "--db", db, "--user", "ana", "split", g1, "g2")
	if err != nil || strings.Count(out, "1 source(s)") != 2 {
		t.Fatalf("split: %v %s\n%s", err, stderr, out)
	}

	for _, tc := range []struct {
		name     string
		args     []string
		usage    bool
		mentions string
	}{
		{"unknown verb", []string{"delete", bogota}, true, "unknown verb"},
		{"no incident", []string{"reject"}, true, "verb and an incident"},
		{"no user", []string{"reject", bogota, "--user", ""}, true, "user"},
		{"bad field", []string{"correct", bogota, "weapons", "[]", "--user", "a"}, true, "weapons"},
		{"missing value", []string{"correct", bogota, "type", "--user", "a"}, true, "want 2"},
		{"bad status filter", nil, true, "status"},
		{"unknown incident", []string{"confirm", "nope", "--user", "a"}, false, "not found"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"review", "--db", db}, tc.args...)
			if tc.args == nil {
				args = []string{"export", "--db", db, "--status", "false"}
			}
			_, _, err := runIn(t, args...)
			var ue *usageError
			if err == nil || errors.As(err, &ue) != tc.usage || !strings.Contains(err.Error(), tc.mentions) {
				t.Errorf("err = %v (usage error %v), want one mentioning %q (usage error %v)", err, errors.As(err, &ue), tc.mentions, tc.usage)
			}
		})
	}
}
