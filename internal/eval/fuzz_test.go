package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedFiles adds the files matching pattern to the corpus.
func seedFiles(f *testing.F, pattern string) {
	names, _ := filepath.Glob(pattern)
	for _, n := range names {
		if b, err := os.ReadFile(n); err == nil {
			f.Add(b)
		}
	}
}

// checkErr wants an error that names the file (and, being about a line,
// its number).
func checkErr(t *testing.T, err error, name string) {
	t.Helper()
	if err != nil && !strings.HasPrefix(err.Error(), name+":") {
		t.Fatalf("error does not name the file: %v", err)
	}
}

// FuzzNews reads arbitrary bytes as a gold file and as predictions, scores
// the one against the other and itself, and writes every output: no
// panic, errors that name the file, counts that add up, rates in [0, 1].
func FuzzNews(f *testing.F) {
	seedFiles(f, "testdata/news/*/*.jsonl")
	f.Add([]byte(`{"file": "a.txt", "is_incident": false, "incidents": [{"type": "riot", "optional": true, "date": "2020-01-01"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, gerr := ReadNewsGold(bytes.NewReader(data), "gold.jsonl")
		checkErr(t, gerr, "gold.jsonl")
		p, perr := ReadNewsPredictions(bytes.NewReader(data), "pred.jsonl")
		checkErr(t, perr, "pred.jsonl")
		if gerr != nil || perr != nil {
			return
		}
		s, err := ScoreNews(g, p)
		checkErr(t, err, "pred.jsonl")
		if err != nil {
			return
		}
		required := 0
		for _, d := range g.docs {
			required += len(d.required)
		}
		if s.TP+s.FN != required || s.TP < 0 || s.FP < 0 || s.MissingDocs > s.Docs {
			t.Fatalf("counts do not add up: %+v with %d required", s, required)
		}
		for _, x := range []float64{s.Precision, s.Recall, s.F1, s.Score} {
			if x < 0 || x > 1 {
				t.Fatalf("rate %v out of [0, 1]: %+v", x, s)
			}
		}
		for _, v := range []bool{false, true} {
			for _, j := range []bool{false, true} {
				if err := s.Write(&bytes.Buffer{}, v, j, nil); err != nil {
					t.Fatal(err)
				}
			}
		}
	})
}

// FuzzNorm checks the invariants of the script's norm and of GRIT's
// normalisation: the alphabet, single inner spaces, idempotence.
func FuzzNorm(f *testing.F) {
	for _, s := range []string{"Garissa (Garissa University College)", "İstanbul", "a (b) c (d", "the A  team", "Al-Shabab’s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := norm(s)
		for i := 0; i < len(n); i++ {
			c := n[i]
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c == '-' || c == ' ') {
				t.Fatalf("norm(%q) = %q holds %q", s, n, c)
			}
		}
		if strings.Contains(n, "  ") || strings.TrimSpace(n) != n {
			t.Fatalf("norm(%q) = %q: stray spaces", s, n)
		}
		if norm(n) != n {
			t.Fatalf("norm not idempotent on %q: %q then %q", s, n, norm(n))
		}
		m := NormalizeMention(s)
		if strings.Contains(m, "  ") || strings.TrimSpace(m) != m {
			t.Fatalf("NormalizeMention(%q) = %q: stray spaces", s, m)
		}
		if NormalizeMention(m) != m {
			t.Fatalf("NormalizeMention not idempotent on %q: %q then %q", s, m, NormalizeMention(m))
		}
		for _, w := range strings.Fields(m) {
			if w == "a" || w == "an" || w == "the" {
				t.Fatalf("NormalizeMention(%q) = %q keeps an article", s, m)
			}
		}
	})
}

// FuzzMUC4 reads arbitrary bytes as a GRIT gold file, as templates and as
// GRIT predictions: no panic, errors that name the file, scores whose
// counts add up.
func FuzzMUC4(f *testing.F) {
	f.Add([]byte(`{"docid": "TST1-MUC3-0001", "doctext": "x", "extracts": {"PerpInd": [[["guerrillas", 37], ["guerrilla column", 349]]], "Weapon": []}}`))
	f.Add([]byte(oneLine(templatesJSONL)))
	f.Add([]byte(`{"TST1-MUC3-0001": {"pred_extracts": {"PerpInd": [["guerrillas"], []]}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := ReadMUC4Gold(bytes.NewReader(data), "dev.json")
		checkErr(t, err, "dev.json")
		if err == nil {
			s := ScoreGRIT(docs, nil)
			if s.Micro.Matched != 0 || s.Micro.Pred != 0 {
				t.Fatalf("no predictions scored %+v", s.Micro)
			}
			pred := map[string]Extracts{}
			for _, d := range docs {
				pred[d.ID] = d.gold
			}
			s = ScoreGRIT(docs, pred)
			if s.Micro.Matched != s.Micro.Gold || s.Micro.Pred != s.Micro.Gold {
				t.Fatalf("gold against itself: %+v", s.Micro)
			}
			if _, err := ReadGRITPredictions(bytes.NewReader(data), "pred.json", docs); err != nil {
				checkErr(t, err, "pred.json")
			}
		}
		tdocs, err := ReadMUC4Templates(bytes.NewReader(data), "templates.jsonl")
		checkErr(t, err, "templates.jsonl")
		if err == nil {
			s := ScoreTemplates(tdocs, nil)
			if s.TP != 0 || s.FP != 0 {
				t.Fatalf("no predictions scored %+v", s)
			}
		}
	})
}
