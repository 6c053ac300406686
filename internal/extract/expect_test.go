package extract_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/sitrep/sitrep/internal/record"
)

// expectation is a coder's reading of one passage (expectations.ndjson).
type expectation struct {
	File      string `json:"file"`
	Incidents []struct {
		Type        string  `json:"type"`
		Date        *string `json:"date"`
		CountryCode string  `json:"country_code"`
		Place       *string `json:"place"`
		Perpetrator *string `json:"perpetrator"`
		// NotPerpetrator names a party the text holds to another deed of
		// the story, which this incident must not take as its doer.
		NotPerpetrator *string `json:"not_perpetrator"`
		Attribution    *string `json:"attribution"`
		KilledMin      *int    `json:"killed_min"`
		KilledMax      *int    `json:"killed_max"`
		InjuredMin     *int    `json:"injured_min"`
	} `json:"incidents"`
	Why string `json:"why"`
}

// TestExpectations checks the extractor against the answers a coder wrote
// for each hand-written passage. What the extractor still gets wrong is
// listed, with the reason, in testdata/passages/KNOWN_GAPS: a miss not
// listed fails the test, and so does a listed miss that is now right, so
// the list stays the truth.
func TestExpectations(t *testing.T) {
	exps := readExpectations(t, "testdata/passages/expectations.ndjson")
	gaps := readGaps(t, "testdata/passages/KNOWN_GAPS")
	x := newExtractor(t)
	misses := map[string]string{}
	for _, e := range exps {
		d := readDoc(t, filepath.Join("testdata/passages", e.File))
		res, err := x.Extract(t.Context(), d)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range compare(e, res.Incidents) {
			misses[strings.TrimSuffix(e.File, ".txt")+" "+k] = v
		}
	}
	var keys []string
	for k := range misses {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, known := gaps[k]; !known {
			t.Errorf("%s: %s (not in KNOWN_GAPS)", k, misses[k])
		}
	}
	for k := range gaps {
		if _, still := misses[k]; !still {
			t.Errorf("%s is listed in KNOWN_GAPS but now matches: remove it", k)
		}
	}
}

// match pairs each expected incident with the incident found that agrees
// most on date, place and country: the index in got, or -1.
func match(e expectation, got []record.Incident) []int {
	out := make([]int, len(e.Incidents))
	used := map[int]bool{}
	for i, w := range e.Incidents {
		best, bestScore := -1, -1
		for j, g := range got {
			if used[j] {
				continue
			}
			s := 0
			if w.Date != nil && g.Date == *w.Date {
				s += 3
			}
			if g.Location != nil && w.Place != nil && fold(g.Location.Place) == fold(*w.Place) {
				s += 2
			}
			if g.Location != nil && g.Location.CountryCode == w.CountryCode {
				s++
			}
			if s > bestScore {
				best, bestScore = j, s
			}
		}
		if best >= 0 {
			used[best] = true
		}
		out[i] = best
	}
	return out
}

// compare returns the fields of e the incidents get wrong, keyed
// "N.field" (N the expected incident's index), with what was found.
func compare(e expectation, got []record.Incident) map[string]string {
	out := map[string]string{}
	if len(got) != len(e.Incidents) {
		out["count"] = fmt.Sprintf("%d incidents, want %d", len(got), len(e.Incidents))
	}
	for i, best := range match(e, got) {
		w := e.Incidents[i]
		key := func(f string) string { return fmt.Sprintf("%d.%s", i, f) }
		if best < 0 {
			out[key("missed")] = "no incident"
			continue
		}
		g := got[best]
		loc := g.Location
		if loc == nil {
			loc = &record.Location{}
		}
		if g.Type != w.Type {
			out[key("type")] = g.Type
		}
		if want := deref(w.Date); g.Date != want {
			out[key("date")] = g.Date
		}
		if loc.CountryCode != w.CountryCode {
			out[key("country")] = loc.CountryCode
		}
		if w.Place != nil {
			p := fold(*w.Place)
			if p != fold(loc.Place) && p != fold(loc.Admin2) && p != fold(loc.Admin1) {
				out[key("place")] = loc.Place
			}
		}
		if w.Perpetrator != nil && !namesPerpetrator(g.Perpetrators, *w.Perpetrator) {
			out[key("perpetrator")] = fmt.Sprint(g.Perpetrators)
		}
		if w.NotPerpetrator != nil && namesPerpetrator(g.Perpetrators, *w.NotPerpetrator) {
			out[key("perpetrator")] = fmt.Sprint(g.Perpetrators)
		}
		if w.Attribution != nil {
			found := false
			for _, p := range g.Perpetrators {
				found = found || p.Attribution == *w.Attribution
			}
			if !found {
				out[key("attribution")] = fmt.Sprint(g.Perpetrators)
			}
		}
		if kmin, kmax := bounds(g.Killed); !eqInt(kmin, w.KilledMin) || !eqInt(kmax, w.KilledMax) {
			out[key("killed")] = fmt.Sprintf("%s..%s", show(kmin), show(kmax))
		}
		if imin, _ := bounds(g.Injured); !eqInt(imin, w.InjuredMin) {
			out[key("injured")] = show(imin)
		}
	}
	return out
}

func bounds(c *record.Count) (min, max *int) {
	if c == nil {
		return nil, nil
	}
	return c.Min, c.Max
}

func eqInt(a, b *int) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }

func show(p *int) string {
	if p == nil {
		return "none"
	}
	return fmt.Sprint(*p)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// namesPerpetrator reports whether one of ps is named name, by its
// canonical name or the text's.
func namesPerpetrator(ps []record.Perpetrator, name string) bool {
	for _, p := range ps {
		if fold(p.Canonical) == fold(name) || fold(p.Name) == fold(name) {
			return true
		}
	}
	return false
}

// fold lower-cases s, strips accents and keeps letters and digits, so that
// "Cúcuta" and "Cucuta", "Kurdistan Workers' Party" and "Kurdistan Workers
// Party" compare equal.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
		default:
			space = true
		}
	}
	return b.String()
}

func readExpectations(t *testing.T, path string) []expectation {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []expectation
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var e expectation
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, e)
	}
	return out
}

// readGaps reads "FILE-STEM N.field  # reason" lines.
func readGaps(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line, why, _ := strings.Cut(sc.Text(), "#")
		fs := strings.Fields(line)
		if len(fs) == 0 {
			continue
		}
		if len(fs) != 2 || strings.TrimSpace(why) == "" {
			t.Fatalf("%s:%d: want \"FILE-STEM N.field  # reason\"", path, n)
		}
		out[fs[0]+" "+fs[1]] = strings.TrimSpace(why)
	}
	return out
}
