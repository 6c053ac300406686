package doc

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseHTML(t *testing.T) {
	tests := []struct {
		file                           string
		date, title, url, source, lang string
		text                           []string // substrings of the text
		notText                        []string // clutter that must not be in it
		warn                           []string
	}{
		{
			file: "jsonld.html", date: "2021-05-14", title: "Market blast kills six in Gao",
			url: "https://news.example.org/2021/05/gao-market-blast", source: "Sahel Wire", lang: "en",
			text:    []string{"GAO, Mali — An explosive device", "governor said.\n\nThe device", "report abandoned carts and bags to the police."},
			notText: []string{"Subscribe", "Football results", "Copyright", "Home"},
		},
		{
			file: "meta.html", date: "2022-02-03", // the publisher's day, not UTC's 2022-02-04
			title: "Gunmen attack checkpoint near Kidal", url: "https://example.net/kidal-checkpoint",
			text: []string{"Gunmen on motorbikes attacked an army checkpoint"},
		},
		{
			file: "time.html", date: "2019-07-08", title: "Bridge bombed in the north",
			text: []string{"Saboteurs blew up a road bridge"}, notText: []string{"1 January 2030"},
		},
		{
			file: "clock.html", title: "Protest in the capital",
			text: []string{"Thousands of people marched"},
			warn: []string{"no publication date in the page"},
		},
		{
			file: "latin1.html", date: "2020-11-23", title: "Café attaqué à Ségou",
			text: []string{"Des hommes armés ont attaqué un café à Ségou", "\n\nLes assaillants"},
		},
		{
			file: "itemprop.html", date: "2018-11-23", title: "Attaque d'un convoi", lang: "fr",
			text: []string{"près de Ménaka vendredi"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "html", tt.file)
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := ParseHTML(raw, "the-id", path)
			if err != nil {
				t.Fatalf("ParseHTML: %v", err)
			}
			if d.ID != "the-id" || d.Path != path {
				t.Errorf("id, path = %q, %q", d.ID, d.Path)
			}
			if d.Date != tt.date || d.Title != tt.title || d.URL != tt.url || d.Source != tt.source || d.Lang != tt.lang {
				t.Errorf("got date %q title %q url %q source %q lang %q\nwant date %q title %q url %q source %q lang %q",
					d.Date, d.Title, d.URL, d.Source, d.Lang, tt.date, tt.title, tt.url, tt.source, tt.lang)
			}
			for _, s := range tt.text {
				if !strings.Contains(d.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, d.Text)
				}
			}
			for _, s := range tt.notText {
				if strings.Contains(d.Text, s) {
					t.Errorf("text holds page clutter %q:\n%s", s, d.Text)
				}
			}
			checkWarnings(t, d.Warnings, tt.warn)
		})
	}
}

func TestParseHTMLEdges(t *testing.T) {
	tests := []struct {
		name, in    string
		date, title string
		text        string
		warn        []string
		err         string
	}{
		{name: "empty", in: "", err: "empty file"},
		{name: "only space", in: " \n\t", err: "empty file"},
		{name: "NUL bytes", in: "<html>\x00</html>", err: "looks binary"},
		{name: "no text", in: "<html><head><title>T</title></head><body></body></html>", title: "T",
			warn: []string{"no publication date", "no article text"}},
		{name: "a fragment with no html element", in: "<p>Two killed in <b>Kabul</b> blast.</p>",
			text: "Two killed in Kabul blast.", warn: []string{"no publication date"}},
		{name: "unreadable date is not guessed", in: `<meta name="date" content="03/04/2024"><p>Body.</p>`,
			text: "Body.", warn: []string{`unreadable publication date "03/04/2024"`, "no publication date"}},
		{name: "RFC 822 date", in: `<meta name="pubdate" content="Fri, 01 Mar 2024 23:30:00 -0500"><p>Body.</p>`,
			date: "2024-03-01", text: "Body."},
		{name: "invalid UTF-8 repaired", in: "<meta name=date content=2020-01-02><p>Caf\xe9 \xff closed.</p>",
			date: "2020-01-02", text: "Café ÿ closed.", warn: []string{"decoded as windows-1252"}},
		{name: "title on several lines", in: "<title>\n  Two\n  lines\n</title><meta name=date content=2020-01-02><p>B.</p>",
			date: "2020-01-02", title: "Two lines", text: "B."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseHTML([]byte(tt.in), "x", "in/x.html")
			if tt.err != "" {
				var ie *InputError
				if !errors.As(err, &ie) || ie.Path != "in/x.html" || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("got %v, %v; want an *InputError for in/x.html with %q", d, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Date != tt.date || d.Title != tt.title || d.Text != tt.text {
				t.Errorf("got date %q title %q text %q\nwant date %q title %q text %q", d.Date, d.Title, d.Text, tt.date, tt.title, tt.text)
			}
			checkWarnings(t, d.Warnings, tt.warn)
		})
	}
}

func TestDay(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-01", "2024-03-01"},
		{"2024-03-01T23:30:00-05:00", "2024-03-01"},
		{" 2024-03-01 10:00:00 ", "2024-03-01"},
		{"Fri, 01 Mar 2024 23:30:00 -0500", "2024-03-01"},
		{"Fri, 01 Mar 2024 23:30:00 GMT", "2024-03-01"},
		{"Fri, 1 Mar 2024 23:30:00 +0000", "2024-03-01"},
		{"1 Mar 2024 23:30:00 +0000", "2024-03-01"},
		{"March 1, 2024", "2024-03-01"},
		{"2024-02-30", ""},
		{"2024-03-01junk", ""},
		{"03/04/2024", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := Day(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Day(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

// Pages in a directory are read as HTML, by extension and by sniffing.
func TestReadHTMLFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	page := `<html><head><meta name="date" content="2020-05-01"><title>A page</title></head><body><p>Body text.</p></body></html>`
	writeFile("a.html", page)
	writeFile("b.HTM", page)
	writeFile("c.txt", "date 2020-05-02 Text\n\nBody.")
	got := collect(t, []string{dir}, nil)
	checkEvents(t, got, []event{
		{filepath.Join(dir, "a.html"), 0, "a", ""},
		{filepath.Join(dir, "b.HTM"), 0, "b", ""},
		{filepath.Join(dir, "c.txt"), 0, "c", ""},
	})
	writeFile("saved-page", "\n  "+page)
	d := firstDoc(t, filepath.Join(dir, "saved-page"))
	if d.Title != "A page" || d.Date != "2020-05-01" || d.Text != "Body text." {
		t.Errorf("sniffed page: %+v", d)
	}
}

func firstDoc(t *testing.T, path string) *Document {
	t.Helper()
	var got *Document
	err := Read([]string{path}, nil, func(d *Document, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		if got == nil {
			got = d
		}
		return nil
	})
	if err != nil || got == nil {
		t.Fatalf("Read %s: %v, no document", path, err)
	}
	return got
}

// A directory with nothing to read is an error, not silence.
func TestReadEmptyDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.md"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	checkEvents(t, collect(t, []string{dir}, nil), []event{{dir, 0, "", "no file to read in this directory"}})
}

// A machine-made page too big for readability still gives its text.
func TestParseHTMLHuge(t *testing.T) {
	page := "<meta name=date content=2020-01-02><body><p>Lead paragraph.</p>" + strings.Repeat("<span>x</span>", maxElements) + "</body>"
	d, err := ParseHTML([]byte(page), "big", "big.html")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Text, "Lead paragraph.") || d.Date != "2020-01-02" {
		t.Errorf("date %q, text starts %q", d.Date, d.Text[:min(40, len(d.Text))])
	}
	checkWarnings(t, d.Warnings, []string{"over 100000 HTML elements"})
}
