package doc

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func seedFuzz(f *testing.F) {
	for _, s := range []string{
		"date 2018-11-23 H\n\nBody.",
		" \tdate 2018-11-23 Attaque à Ségou\r\n\r\nBody.\r\n",
		"\ufeffdate 2000-02-29 H\n\n\n  Body",
		"date 2018-13-45 H\n\nBody.",
		"date 2018-11-23\n",
		"Date night\n\nBody",
		"Caf\xe9\n\n\xff",
		"",
		"\x1f\x8b\x08",
		`{"id":"a","date":"2018-11-23","title":"T","text":"B"}` + "\n" + `{"id":7,"text":""}`,
		`{"text":"\ud800 x","date":"2018-11-23T00:00:00Z"}` + "\r\n\n[1]\nnot json\n{\"id\":{}}",
	} {
		f.Add([]byte(s))
	}
	files, _ := filepath.Glob("testdata/tree/*.*")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
}

// FuzzParseDated: no panic; a document has valid UTF-8, a Text that is a
// suffix of the repaired input, a real date or a warning saying there is
// none; an error names the file.
func FuzzParseDated(f *testing.F) {
	seedFuzz(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := parseDated(data, "id", "p.txt")
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || ie.Path != "p.txt" || ie.Line < 0 {
				t.Fatalf("error %#v is not an *InputError for p.txt", err)
			}
			return
		}
		repaired, _, _ := repairUTF8(trimBOM(data))
		if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) {
			t.Fatalf("invalid UTF-8: title %q text %q", d.Title, d.Text)
		}
		if !bytes.HasSuffix(repaired, []byte(d.Text)) {
			t.Fatalf("text %q is not a suffix of the repaired input %q", d.Text, repaired)
		}
		if strings.Contains(d.Title, "\n") {
			t.Fatalf("title %q spans lines", d.Title)
		}
		if d.Date == "" && !hasWarning(d, "no date line") {
			t.Fatalf("no date and no warning: %+v", d)
		}
		if d.Date != "" && checkDate(d.Date) != nil {
			t.Fatalf("bad date %q accepted", d.Date)
		}
	})
}

// FuzzReadJSONL: no panic; documents come in increasing line order with
// valid UTF-8 in every field and a real date or a warning; errors carry the
// path and a line no later than the input's last.
func FuzzReadJSONL(f *testing.F) {
	seedFuzz(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		last := 0
		rd := newReader(func(d *Document, err error) error {
			if err != nil {
				var ie *InputError
				if !errors.As(err, &ie) || ie.Path != "p.jsonl" || ie.Line < 0 || ie.Line > lines {
					t.Fatalf("error %#v: want an *InputError for p.jsonl, line in [0, %d]", err, lines)
				}
				return nil
			}
			if d.Path != "p.jsonl" || d.Line <= last || d.Line > lines {
				t.Fatalf("document at %s:%d after line %d of %d", d.Path, d.Line, last, lines)
			}
			last = d.Line
			for _, s := range []string{d.ID, d.Date, d.Title, d.Text, d.URL, d.Source, d.Lang} {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 %q in %+v", s, d)
				}
			}
			if d.ID == "" {
				t.Fatalf("empty id in %+v", d)
			}
			if d.Date == "" && !hasWarning(d, `no "date"`) || d.Date != "" && checkDate(d.Date) != nil {
				t.Fatalf("date %q with warnings %q", d.Date, d.Warnings)
			}
			return nil
		})
		if err := rd.readJSONL("p.jsonl", "p", bytes.NewReader(data)); err != nil {
			t.Fatalf("readJSONL returned %v, want nil: the callback never fails", err)
		}
	})
}

func hasWarning(d *Document, s string) bool {
	for _, w := range d.Warnings {
		if strings.Contains(w, s) {
			return true
		}
	}
	return false
}
