package doc

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// seedWeb seeds the HTML and feed fuzzers with the hand-written pages and
// feeds in testdata/html and a few broken ones.
func seedWeb(f *testing.F) {
	for _, s := range []string{
		"",
		"<",
		"<html><body><p>x</p></body></html>",
		`<meta name="date" content="2020-02-30"><time pubdate datetime="9999-99-99">`,
		`<script type="application/ld+json">{"datePublished":"x"}</script><p>a</p>`,
		"<rss><channel><item><title>\xff</title><description>&lt;p&gt;b&nbsp;</description></item></channel></rss>",
		`<feed><entry><content type="xhtml"><div><p>a</p></div></content><updated>2020-01-01T00:00:00Z</updated></entry></feed>`,
		`<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><item><title>Caf` + "\xe9" + `</title></item></channel></rss>`,
	} {
		f.Add([]byte(s))
	}
	files, _ := filepath.Glob("testdata/html/*.*")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
}

// FuzzParseHTML: no panic; a page is a document with valid UTF-8 in every
// field, a one-line title, a real date or a warning saying there is none;
// an error names the file.
func FuzzParseHTML(f *testing.F) {
	seedWeb(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ParseHTML(data, "id", "p.html")
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || ie.Path != "p.html" {
				t.Fatalf("error %#v is not an *InputError for p.html", err)
			}
			return
		}
		checkWebDoc(t, d, "no publication date")
		if bytes.ContainsAny([]byte(d.Title), "\n\r") {
			t.Fatalf("title %q spans lines", d.Title)
		}
	})
}

// FuzzReadFeed: no panic; items come in increasing line order with valid
// UTF-8, a non-empty id and a real date or a warning; errors name the feed.
func FuzzReadFeed(f *testing.F) {
	seedWeb(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		last := 0
		err := ReadFeed(bytes.NewReader(data), "p.rss", "p", func(d *Document, err error) error {
			if err != nil {
				var ie *InputError
				if !errors.As(err, &ie) || ie.Path != "p.rss" || ie.Line < 0 {
					t.Fatalf("error %#v is not an *InputError for p.rss", err)
				}
				return nil
			}
			if d.Line < last || d.Path != "p.rss" {
				t.Fatalf("item at %s:%d after line %d", d.Path, d.Line, last)
			}
			last = d.Line
			checkWebDoc(t, d, "no publication date")
			return nil
		})
		if err != nil {
			t.Fatalf("ReadFeed returned %v, want nil: the callback never fails", err)
		}
	})
}

func checkWebDoc(t *testing.T, d *Document, noDate string) {
	t.Helper()
	for _, s := range []string{d.ID, d.Date, d.Title, d.Text, d.URL, d.Source, d.Lang} {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 %q in %+v", s, d)
		}
	}
	if d.ID == "" {
		t.Fatalf("empty id in %+v", d)
	}
	if d.Date == "" && !hasWarning(d, noDate) || d.Date != "" && checkDate(d.Date) != nil {
		t.Fatalf("date %q with warnings %q", d.Date, d.Warnings)
	}
}
