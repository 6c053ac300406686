package extract_test

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

// FuzzExtract feeds the extractor arbitrary headlines, bodies and dates and
// checks the contract's invariants: no panic, every evidence span inside
// its text and quoting it, and output that is valid UTF-8 JSON.
func FuzzExtract(f *testing.F) {
	f.Add("Gunmen kill 3 in Kabul", "KABUL (AP) — Gunmen killed at least three policemen on Friday, officials said. The Taliban claimed responsibility.", "2020-05-01")
	f.Add("", "", "")
	f.Add("x", "A bomb exploded in Mogadishu yesterday, killing herself and at least 15 others and wounding scores more.", "bad date")
	f.Add("THREE KILLED IN BLAST", "BOGOTA, COLOMBIA (REUTERS) - A CAR BOMB KILLED THREE SOLDIERS ON MONDAY.", "1990-02-29")
	f.Add("t", "the death toll rose to 8, up from 2. no one was hurt. another died. twin bombs at the clock tower and the market,", "2016-08-12")
	f.Add("\xff\xfe", "\x00\x01 killed \xff in \xe2\x80", "2016-08-12")
	x := newExtractor(f)
	f.Fuzz(func(t *testing.T, title, body, date string) {
		if !utf8.ValidString(title) || !utf8.ValidString(body) {
			t.Skip() // the readers repair invalid UTF-8 before extraction
		}
		d := &doc.Document{ID: "fuzz", Date: date, Title: title, Text: body}
		res, err := x.Extract(t.Context(), d)
		if err != nil {
			t.Fatal(err)
		}
		checkEvidence(t, d, res)
		b, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(b) {
			t.Fatal("output is not valid UTF-8")
		}
	})
}
