package eval

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files (news goldens are produced by score_news.py)")

// Paths into ../shared, relative to this package; tests that need them
// skip when they are absent.
const (
	scoreNewsScript = "../../../shared/tools/score_news.py"
	newsDevDir      = "../../../shared/bench/news-dev"
	muc4Dir         = "../../../shared/bench/muc4"
)

// runScript runs score_news.py, or reports false when python3 or the
// script is missing.
func runScript(t *testing.T, args ...string) (string, bool) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		return "", false
	}
	if _, err := os.Stat(scoreNewsScript); err != nil {
		return "", false
	}
	cmd := exec.Command(py, append([]string{scoreNewsScript}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score_news.py %v: %v\n%s", args, err, stderr.String())
	}
	return string(out), true
}

// scoreNewsFiles is `sitrep eval news --gold gold --pred pred [flags]`
// without the detail lines the script does not print.
func scoreNewsFiles(t *testing.T, gold, pred string, verbose, asJSON bool) string {
	t.Helper()
	g := mustOpen(t, gold)
	defer g.Close()
	gd, err := ReadNewsGold(g, gold)
	if err != nil {
		t.Fatal(err)
	}
	p := mustOpen(t, pred)
	defer p.Close()
	pd, err := ReadNewsPredictions(p, pred)
	if err != nil {
		t.Fatal(err)
	}
	s, err := ScoreNews(gd, pd)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := s.Write(&b, verbose, asJSON, nil); err != nil {
		t.Fatal(err)
	}
	return withoutDetails(b.String())
}

func withoutDetails(s string) string {
	var keep []string
	for _, l := range strings.SplitAfter(s, "\n") {
		if !strings.HasPrefix(l, detailIndent) {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "")
}

func mustOpen(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

var outputModes = []struct {
	name            string
	verbose, asJSON bool
}{
	{"text", false, false},
	{"json", false, true},
	{"verbose", true, false},
	{"verbose-json", true, true},
}

// scoreStrings scores a prediction file's text against a gold file's.
func scoreStrings(t *testing.T, gold, pred string) *NewsScore {
	t.Helper()
	g, err := ReadNewsGold(strings.NewReader(gold), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	p, err := ReadNewsPredictions(strings.NewReader(pred), "pred.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	s, err := ScoreNews(g, p)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestNewsAgreesWithScript scores the hand-made cases of testdata/news
// (unicode names, acronyms, parenthesised places, missing documents,
// optional absorption, matching ties, counts as objects and bare numbers,
// document keys, rounding) in every output mode, and wants exactly what
// score_news.py prints: live when python3 and the script are here, else
// the golden files it wrote (-update rewrites them).
func TestNewsAgreesWithScript(t *testing.T) {
	cases, err := filepath.Glob("testdata/news/*/gold.jsonl")
	if err != nil || len(cases) == 0 {
		t.Fatal("no cases in testdata/news", err)
	}
	for i, c := range cases {
		cases[i] = filepath.Dir(c)
	}
	for _, dir := range cases {
		for _, m := range outputModes {
			t.Run(filepath.Base(dir)+"/"+m.name, func(t *testing.T) {
				t.Parallel() // each runs python3 once or twice
				gold, pred := filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pred.jsonl")
				golden := filepath.Join(dir, "want-"+m.name+".txt")
				args := []string{pred, gold}
				if m.verbose {
					args = append(args, "--verbose")
				}
				if m.asJSON {
					args = append(args, "--json")
				}
				want, live := runScript(t, args...)
				switch {
				case *update && !live:
					t.Fatal("-update needs python3 and " + scoreNewsScript)
				case *update:
					if err := os.WriteFile(golden, []byte(want), 0o644); err != nil {
						t.Fatal(err)
					}
				case live:
					if b, err := os.ReadFile(golden); err != nil || string(b) != want {
						t.Errorf("%s is stale: run go test -update", golden)
					}
				default:
					b, err := os.ReadFile(golden)
					if err != nil {
						t.Fatal(err)
					}
					want = string(b)
				}
				if got := scoreNewsFiles(t, gold, pred, m.verbose, m.asJSON); got != want {
					t.Errorf("got:\n%s\nwant (score_news.py):\n%s", got, want)
				}
			})
		}
	}
}

// TestNewsAgreesOnDevGold scores predictions made from the real dev gold
// by perturbing it (dropped, shifted, retyped, moved, extra incidents,
// counts as objects or bare numbers, names as acronyms) and wants what the
// script prints. It needs python3 and ../shared; the predictions are made
// at run time so that no gold answer is committed.
func TestNewsAgreesOnDevGold(t *testing.T) {
	gold := filepath.Join(newsDevDir, "gold.jsonl")
	if _, err := os.Stat(gold); err != nil {
		t.Skip("no news-dev gold:", err)
	}
	if _, ok := runScript(t, os.DevNull, os.DevNull); !ok {
		t.Skip("no python3 or score_news.py")
	}
	raw, err := os.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	var preds bytes.Buffer
	for i, line := range bytes.Split(bytes.TrimSpace(raw), []byte("\n")) {
		var g map[string]any
		if err := json.Unmarshal(line, &g); err != nil {
			t.Fatal(err)
		}
		if i%9 == 4 {
			continue // a document the extractor skipped
		}
		var incs []any
		for j, x := range g["incidents"].([]any) {
			incs = append(incs, perturb(x.(map[string]any), i*7+j)...)
		}
		stem := strings.TrimSuffix(g["file"].(string), ".txt")
		d := map[string]any{"id": stem}
		if i%4 == 1 {
			d = map[string]any{"path": "news-dev/" + g["file"].(string)}
		}
		b, _ := json.Marshal(map[string]any{"doc": d, "incidents": incs})
		preds.Write(append(b, '\n'))
	}
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	if err := os.WriteFile(pred, preds.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, m := range outputModes {
		t.Run(m.name, func(t *testing.T) {
			args := []string{pred, gold}
			if m.verbose {
				args = append(args, "--verbose")
			}
			if m.asJSON {
				args = append(args, "--json")
			}
			want, _ := runScript(t, args...)
			if got := scoreNewsFiles(t, gold, pred, m.verbose, m.asJSON); got != want {
				t.Errorf("got:\n%s\nwant (score_news.py):\n%s", got, want)
			}
		})
	}
}

// perturb turns a gold incident into zero, one or two predicted ones,
// varying with k.
func perturb(g map[string]any, k int) []any {
	typ, _ := g["type"].(string)
	typ = ContractType(typ)
	p := map[string]any{"type": typ, "date": g["date"]}
	loc := map[string]any{}
	if place, ok := g["city_or_place"].(string); ok {
		loc["place"] = MainPlace(place)
	}
	if c, ok := g["country"].(string); ok {
		loc["country"] = c
	}
	if a, ok := g["admin1"].(string); ok {
		loc["admin1"] = a
	}
	p["location"] = loc
	var perps []any
	for _, x := range g["perpetrators"].([]any) {
		q := x.(map[string]any)
		name := q["name"].(string)
		if k%3 == 0 {
			name = acronym(name)
		}
		perps = append(perps, map[string]any{"name": name, "attribution": q["attribution"]})
	}
	p["perpetrators"] = perps
	if n, ok := g["killed_total"].(float64); ok {
		p["killed"] = map[string]any{"min": n}
		if k%2 == 0 {
			p["killed"] = n
		}
	}
	if n, ok := g["injured_total"].(float64); ok {
		p["injured"] = map[string]any{"total": n + float64(k%3/2)}
	}
	switch k % 8 {
	case 1:
		return nil
	case 2:
		p["date"] = "2000-01-01"
	case 3:
		p["type"] = "riot"
	case 4:
		delete(loc, "place")
	case 5:
		extra := map[string]any{"type": "bombing", "date": g["date"], "location": map[string]any{"country": "Nowhere"}}
		return []any{extra, p}
	case 6:
		loc["country"] = fmt.Sprint(loc["country"], " (disputed)")
	}
	return []any{p}
}
