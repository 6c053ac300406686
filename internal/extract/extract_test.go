package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/record"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// goldenInputs are the articles whose full extraction is kept as golden
// JSON: the example article of the README and the hand-written passages.
func goldenInputs(t testing.TB) []string {
	paths, err := filepath.Glob("testdata/passages/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	return append([]string{"../../examples/karachi-consulate-2018-11-23.txt"}, paths...)
}

func newExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func readDoc(t testing.TB, path string) *doc.Document {
	t.Helper()
	d, err := doc.ReadOne(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestGolden runs the extractor over every golden input and compares its
// output with testdata/golden/NAME.json; -update rewrites them. A value
// that KNOWN_GAPS lists as wrong is left out of the golden file (see
// goldenOf): TestExpectations judges it, and a golden file must not make
// fixing it look like a regression.
func TestGolden(t *testing.T) {
	x := newExtractor(t)
	gaps := passageGaps(t)
	for _, path := range goldenInputs(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			d := readDoc(t, path)
			res, err := x.Extract(t.Context(), d)
			if err != nil {
				t.Fatal(err)
			}
			res.Doc.Path = filepath.Base(path) // golden files must not depend on where the test runs
			checkEvidence(t, d, res)
			pg, judged := gaps[name]
			got, err := json.MarshalIndent(goldenOf(res, pg, judged), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/extract -run TestGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("extraction of %s differs from %s; review the change and rerun with -update:\n%s",
					path, golden, lineDiff(string(want), string(got)))
			}
		})
	}
}

// TestExtractCanceled checks that a canceled context stops extraction with
// its error and no incidents.
func TestExtractCanceled(t *testing.T) {
	x := newExtractor(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	res, err := x.Extract(ctx, readDoc(t, "../../examples/karachi-consulate-2018-11-23.txt"))
	if !errors.Is(err, context.Canceled) || len(res.Incidents) != 0 {
		t.Errorf("Extract after cancel: %d incidents, error %v; want none and %v", len(res.Incidents), err, context.Canceled)
	}
}

// knownGaps are a passage's expectations and the misses KNOWN_GAPS lists
// for it, keyed "N.field" or "count" as TestExpectations keys them.
type knownGaps struct {
	exp  expectation
	gaps map[string]string
}

// passageGaps returns the known gaps of every passage with expectations,
// by file stem.
func passageGaps(t *testing.T) map[string]knownGaps {
	out := map[string]knownGaps{}
	for _, e := range readExpectations(t, "testdata/passages/expectations.ndjson") {
		out[strings.TrimSuffix(e.File, ".txt")] = knownGaps{exp: e, gaps: map[string]string{}}
	}
	for k, why := range readGaps(t, "testdata/passages/KNOWN_GAPS") {
		stem, field, _ := strings.Cut(k, " ")
		if kg, ok := out[stem]; ok {
			kg.gaps[field] = why
		}
	}
	return out
}

// goldenResult is a result as its golden file keeps it: the values known
// to be wrong left out, and listed with the reason.
type goldenResult struct {
	Doc       record.Doc       `json:"doc"`
	Incidents []goldenIncident `json:"incidents"`
	Warnings  []string         `json:"warnings,omitempty"`
	// KnownGaps lists the passage's known misses of incidents ("count",
	// "N.missed"); an incident the coder did not expect is left out.
	KnownGaps []string `json:"known_gaps,omitempty"`
}

// goldenIncident is an incident whose fields listed in KnownGaps are
// left out, with their evidence, and its confidence (which counts them)
// zeroed.
type goldenIncident struct {
	record.Incident
	KnownGaps []string `json:"known_gaps,omitempty"`
}

// gapFields are the fields of TestExpectations, in the order of the record.
var gapFields = []string{"type", "date", "country", "place", "perpetrator", "attribution", "killed", "injured"}

// goldenOf returns res as its golden file keeps it. Without expectations
// (judged false) it is res as it is.
func goldenOf(res record.Result, kg knownGaps, judged bool) goldenResult {
	out := goldenResult{Doc: res.Doc, Incidents: []goldenIncident{}, Warnings: res.Warnings}
	expOf := map[int]int{} // index in res.Incidents -> index in the expectations
	if judged {
		for i, j := range match(kg.exp, res.Incidents) {
			if j >= 0 {
				expOf[j] = i
			}
		}
		for k, why := range kg.gaps {
			if k == "count" || strings.HasSuffix(k, ".missed") {
				out.KnownGaps = append(out.KnownGaps, k+": "+why)
			}
		}
		sort.Strings(out.KnownGaps)
	}
	_, countGap := kg.gaps["count"]
	for j, in := range res.Incidents {
		i, expected := expOf[j]
		if judged && !expected && countGap {
			continue // an incident the coder did not expect
		}
		g := goldenIncident{Incident: in}
		for _, f := range gapFields {
			if why, ok := kg.gaps[itoa(i)+"."+f]; ok && expected {
				maskField(&g.Incident, f)
				g.KnownGaps = append(g.KnownGaps, f+": "+why)
			}
		}
		if len(g.KnownGaps) > 0 {
			g.Confidence = 0
		}
		out.Incidents = append(out.Incidents, g)
	}
	return out
}

// maskField clears the record field that expectation field f judges, and
// its evidence.
func maskField(in *record.Incident, f string) {
	var ev string
	switch f {
	case "type":
		in.Type, in.ID = "", "" // the id hashes the type
		ev = "type"
	case "date":
		in.Date, in.DatePrecision = "", ""
		ev = "date"
	case "country", "place":
		in.Location = nil
		ev = "location"
	case "perpetrator", "attribution":
		in.Perpetrators = nil
		ev = "perpetrators"
	case "killed":
		in.Killed = nil
		ev = "killed"
	case "injured":
		in.Injured = nil
		ev = "injured"
	}
	kept := []record.Evidence{}
	for _, e := range in.Evidence {
		if e.Field != ev && !strings.HasPrefix(e.Field, ev+".") && !strings.HasPrefix(e.Field, ev+"[") {
			kept = append(kept, e)
		}
	}
	in.Evidence = kept
}

// checkEvidence asserts the contract's evidence invariants: every span is
// inside its text and quotes it exactly, and every value has a span.
func checkEvidence(t *testing.T, d *doc.Document, res record.Result) {
	t.Helper()
	for i, in := range res.Incidents {
		fields := map[string]bool{}
		for _, ev := range in.Evidence {
			src := d.Text
			if ev.In == "title" {
				src = d.Title
			}
			if ev.Start < 0 || ev.End > len(src) || ev.Start >= ev.End {
				t.Errorf("incident %d: evidence %s [%d,%d) outside its text (len %d)", i, ev.Field, ev.Start, ev.End, len(src))
				continue
			}
			if src[ev.Start:ev.End] != ev.Text {
				t.Errorf("incident %d: evidence %s [%d,%d) quotes %q, text has %q", i, ev.Field, ev.Start, ev.End, ev.Text, src[ev.Start:ev.End])
			}
			if !utf8.ValidString(ev.Text) {
				t.Errorf("incident %d: evidence %s is not valid UTF-8", i, ev.Field)
			}
			fields[ev.Field] = true
		}
		need := []string{"type"}
		if in.Date != "" {
			need = append(need, "date")
		}
		if in.Location != nil {
			need = append(need, "location")
		}
		if in.Killed != nil {
			need = append(need, "killed")
		}
		if in.Injured != nil {
			need = append(need, "injured")
		}
		for k := range in.Perpetrators {
			need = append(need, "perpetrators["+itoa(k)+"]")
		}
		for k := range in.Targets {
			need = append(need, "targets["+itoa(k)+"]")
		}
		for _, w := range in.Weapons {
			need = append(need, "weapons."+w)
		}
		for _, f := range need {
			if !fields[f] {
				t.Errorf("incident %d: %s has a value but no evidence", i, f)
			}
		}
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// lineDiff shows the first lines where two texts differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			out = append(out, "line "+itoa(i+1)+":\n  want "+a+"\n  got  "+b)
			if len(out) == 8 {
				break
			}
		}
	}
	return strings.Join(out, "\n")
}

// TestGoldenOf checks what a golden file keeps of a passage with known
// gaps: a field listed is left out with its evidence, and with a count
// gap an incident the coder did not expect is left out.
func TestGoldenOf(t *testing.T) {
	var e expectation
	if err := json.Unmarshal([]byte(`{"file":"x.txt","incidents":[{"type":"bombing","date":"2020-05-01","country_code":"AF"}]}`), &e); err != nil {
		t.Fatal(err)
	}
	killed := record.IntPtr(3)
	found := []record.Incident{
		{ID: "a", Type: record.Bombing, Date: "2020-05-01", Killed: &record.Count{Min: killed, Max: killed}, Confidence: 0.8,
			Evidence: []record.Evidence{{Field: "type", Text: "bomb"}, {Field: "killed", Text: "three killed"}, {Field: "killed.civilians", Text: "three"}}},
		{ID: "b", Type: record.Clash, Date: "2020-04-30"},
	}
	tests := []struct {
		name string
		gaps map[string]string
		want string
	}{
		{"a count gap: the incident not expected left out", map[string]string{"count": "why"},
			`{"doc":{"id":"","date":"","title":""},"incidents":[{"id":"a","type":"bombing","date":"2020-05-01","killed":{"min":3,"max":3},"evidence":[{"field":"type","start":0,"end":0,"text":"bomb"},{"field":"killed","start":0,"end":0,"text":"three killed"},{"field":"killed.civilians","start":0,"end":0,"text":"three"}],"confidence":0.8}],"known_gaps":["count: why"]}`},
		{"a field left out with its evidence", map[string]string{"0.killed": "why", "count": "why"},
			`{"doc":{"id":"","date":"","title":""},"incidents":[{"id":"a","type":"bombing","date":"2020-05-01","evidence":[{"field":"type","start":0,"end":0,"text":"bomb"}],"confidence":0,"known_gaps":["killed: why"]}],"known_gaps":["count: why"]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(goldenOf(record.Result{Incidents: found}, knownGaps{exp: e, gaps: tt.gaps}, true))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("golden\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}
