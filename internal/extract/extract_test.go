package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
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
func goldenInputs(t *testing.T) []string {
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
	var d *doc.Document
	err := doc.Read([]string{path}, nil, func(got *doc.Document, err error) error {
		if err != nil {
			return err
		}
		d = got
		return nil
	})
	if err != nil || d == nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	return d
}

// TestGolden runs the extractor over every golden input and compares its
// output with testdata/golden/NAME.json; -update rewrites them.
func TestGolden(t *testing.T) {
	x := newExtractor(t)
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
			got, err := json.MarshalIndent(res, "", "  ")
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
