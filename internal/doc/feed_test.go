package doc

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// feedDoc is what a test checks of one feed item.
type feedDoc struct {
	line                           int
	date, title, url, source, lang string
	text                           string // a substring of the text
	warn                           []string
}

func TestReadFeed(t *testing.T) {
	tests := []struct {
		file string
		want []feedDoc
	}{
		{"rss2.rss", []feedDoc{
			{line: 8, date: "2021-05-14", title: "Market blast kills six in Gao", url: "https://news.example.org/2021/05/gao-market-blast",
				source: "Sahel Wire & Partners", lang: "en",
				text: "GAO, Mali — An explosive device went off in the central market of Gao on Thursday, killing six traders.\n\nNo group has claimed responsibility."},
			{line: 16, date: "2022-02-03", title: "Checkpoint attacked near Kidal", url: "https://news.example.org/2022/02/kidal",
				source: "Sahel Wire & Partners", lang: "en", text: "Gunmen attacked an army checkpoint outside Kidal\u00a0late on Wednesday"},
			{line: 22, title: "Undated note", source: "Sahel Wire & Partners", lang: "en", text: "A note with no date and no link.",
				warn: []string{"no guid or link", "no publication date"}},
		}},
		{"atom.atom", []feedDoc{
			{line: 6, date: "2019-07-08", title: "Pont détruit dans le nord", url: "https://depeches.example.fr/pont", source: "Dépêches du Sahel",
				text: "Des saboteurs ont fait sauter un pont routier sur l'axe nord dans la nuit.\n\nPersonne n'a été blessé."},
			{line: 16, date: "2018-11-23", title: "Convoi visé près de Ménaka", url: "https://depeches.example.fr/convoi", source: "Dépêches du Sahel",
				text: "Un convoi militaire a été visé par un engin explosif, <trois> blessés."},
		}},
		{"rdf.rss", []feedDoc{
			{line: 4, date: "2005-06-07", title: "Riot in the port city", url: "https://old.example.com/1", source: "Old Wire",
				text: "Dockworkers clashed with police"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "html", tt.file)
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var got []*Document
			err = ReadFeed(f, path, "wire", func(d *Document, err error) error {
				if err != nil {
					t.Errorf("item error: %v", err)
					return nil
				}
				got = append(got, d)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d documents, want %d", len(got), len(tt.want))
			}
			ids := map[string]bool{}
			for i, w := range tt.want {
				d := got[i]
				if d.Line != w.line || d.Date != w.date || d.Title != w.title || d.URL != w.url || d.Source != w.source || d.Lang != w.lang || d.Path != path {
					t.Errorf("item %d: got line %d date %q title %q url %q source %q lang %q path %q\nwant line %d date %q title %q url %q source %q lang %q",
						i, d.Line, d.Date, d.Title, d.URL, d.Source, d.Lang, d.Path, w.line, w.date, w.title, w.url, w.source, w.lang)
				}
				if !strings.Contains(d.Text, w.text) {
					t.Errorf("item %d: text %q lacks %q", i, d.Text, w.text)
				}
				if !strings.HasPrefix(d.ID, "wire-") || len(d.ID) != len("wire-")+12 || ids[d.ID] {
					t.Errorf("item %d: id %q: want wire- and 12 hex digits, unique", i, d.ID)
				}
				ids[d.ID] = true
				checkWarnings(t, d.Warnings, w.warn)
			}
		})
	}
}

// The same item gets the same id however the feed changes around it.
func TestFeedIDsAreStable(t *testing.T) {
	one := `<rss><channel><item><guid>g1</guid><title>A</title><pubDate>Fri, 14 May 2021 09:12:00 +0000</pubDate></item></channel></rss>`
	two := `<rss><channel><title>New title</title><item><guid>g0</guid></item><item><title>A, edited</title><guid>g1</guid></item></channel></rss>`
	idOf := func(feed string, n int) string {
		var ids []string
		ReadFeed(strings.NewReader(feed), "f", "p", func(d *Document, err error) error {
			if d != nil {
				ids = append(ids, d.ID)
			}
			return nil
		})
		return ids[n]
	}
	if a, b := idOf(one, 0), idOf(two, 1); a != b {
		t.Errorf("ids %q and %q for the same guid", a, b)
	}
}

func TestReadFeedErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		msg      string
	}{
		{"empty", "", 0, "no XML element"},
		{"not XML", "date 2020-01-01 H\n\nBody.", 0, "no XML element"},
		{"an HTML page", "<html><body><p>x</p></body></html>", 0, "the root element is <html>"},
		{"no items", `<rss><channel><title>T</title></channel></rss>`, 0, "no items"},
		{"broken item", "<rss><channel>\n<item><title>A</title></item>\n<item><title>B</title>\n<!-- cut", 3, "reading"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errs []*InputError
			err := ReadFeed(strings.NewReader(tt.in), "f.rss", "p", func(d *Document, err error) error {
				var ie *InputError
				if errors.As(err, &ie) {
					errs = append(errs, ie)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(errs) != 1 || errs[0].Path != "f.rss" || errs[0].Line != tt.line || !strings.Contains(errs[0].Err.Error(), tt.msg) {
				t.Errorf("errors %v; want one for f.rss line %d with %q", errs, tt.line, tt.msg)
			}
		})
	}
}

func TestIsFeed(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`<?xml version="1.0"?><rss version="2.0">`, true},
		{"\ufeff\n<!-- generator --><feed xmlns=\"http://www.w3.org/2005/Atom\">", true},
		{`<?xml version="1.0"?><!DOCTYPE rss><rdf:RDF xmlns:rdf="x">`, true},
		{`<!DOCTYPE html><html>`, false},
		{`<rsstuff>`, false},
		{`<feed`, false},
		{`<?xml version="1.0"`, false},
	}
	for _, tt := range tests {
		if got := isFeed([]byte(tt.in)); got != tt.want {
			t.Errorf("isFeed(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// Feeds are read by extension in a directory and by sniffing otherwise.
func TestReadFeedFiles(t *testing.T) {
	got := collect(t, []string{"testdata/html/rdf.rss", "-"}, strings.NewReader(`<?xml version="1.0"?><rss><channel><item><guid>x</guid><title>T</title><pubDate>2020-01-01</pubDate><description>D.</description></item></channel></rss>`))
	checkEvents(t, got, []event{
		{"testdata/html/rdf.rss", 4, "rdf-66f55af3b8b5", ""},
		{"-", 1, "feed-2d711642b726", ""},
	})
}
