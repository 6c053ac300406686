package doc

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestParseDated(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		date  string
		title string
		text  string
		warn  []string // substrings of the warnings, in order; nil for none
	}{
		{
			name:  "plain",
			in:    "date 2018-11-23 Stalls reopen\n\nBody one.\n\nBody two.\n",
			date:  "2018-11-23",
			title: "Stalls reopen",
			text:  "Body one.\n\nBody two.\n",
		},
		{
			name:  "leading space as in the seed file",
			in:    " date 2018-11-23 Stalls reopen\n\nBody.",
			date:  "2018-11-23",
			title: "Stalls reopen",
			text:  "Body.",
		},
		{
			name:  "tabs before date and between fields",
			in:    "\t\tdate\t2018-11-23\tStalls reopen \t\n\nBody.",
			date:  "2018-11-23",
			title: "Stalls reopen",
			text:  "Body.",
		},
		{
			name:  "leading blank lines",
			in:    "\n\n  \n\t\ndate 2018-11-23 Stalls reopen\n\nBody.",
			date:  "2018-11-23",
			title: "Stalls reopen",
			text:  "Body.",
		},
		{
			name:  "CRLF line ends stay in the text",
			in:    "date 2018-11-23 Stalls reopen\r\n\r\nBody one.\r\nBody two.\r\n",
			date:  "2018-11-23",
			title: "Stalls reopen",
			text:  "Body one.\r\nBody two.\r\n",
		},
		{
			name:  "byte order mark dropped",
			in:    "\ufeffdate 2018-11-23 Stalls reopen\n\nBody.",
			date:  "2018-11-23",
			title: "Stalls reopen",
			text:  "Body.",
		},
		{
			name:  "unicode title",
			in:    "date 2019-06-01 Attaque à Ségou : « deux blessés » — 目撃者\n\nCorps du texte.",
			date:  "2019-06-01",
			title: "Attaque à Ségou : « deux blessés » — 目撃者",
			text:  "Corps du texte.",
		},
		{
			name:  "several blank lines after the date line",
			in:    "date 2018-11-23 H\n\n \n\t\n\nBody.",
			date:  "2018-11-23",
			title: "H",
			text:  "Body.",
		},
		{
			name:  "no blank line after the date line",
			in:    "date 2018-11-23 H\nBody.",
			date:  "2018-11-23",
			title: "H",
			text:  "Body.",
		},
		{
			name:  "body indentation and trailing white space kept",
			in:    "date 2018-11-23 H\n\n  Indented.  \n\n",
			date:  "2018-11-23",
			title: "H",
			text:  "  Indented.  \n\n",
		},
		{
			name:  "DATE in capitals",
			in:    "DATE 2018-11-23 H\n\nBody.",
			date:  "2018-11-23",
			title: "H",
			text:  "Body.",
		},
		{
			name:  "leap day",
			in:    "date 2000-02-29 H\n\nBody.",
			date:  "2000-02-29",
			title: "H",
			text:  "Body.",
		},
		{
			name: "no headline",
			in:   "date 2018-11-23\n\nBody.",
			date: "2018-11-23",
			text: "Body.",
			warn: []string{"no headline"},
		},
		{
			name:  "no body",
			in:    "date 2018-11-23 H\n\n \n",
			date:  "2018-11-23",
			title: "H",
			warn:  []string{"no body text"},
		},
		{
			name: "no date line keeps the whole file",
			in:   "\n  Council approves budget\n\nThe vote was close.\n",
			text: "  Council approves budget\n\nThe vote was close.\n",
			warn: []string{"no date line"},
		},
		{
			name: "a headline that starts with the word date",
			in:   "Date night ends early\n\nBody.",
			text: "Date night ends early\n\nBody.",
			warn: []string{"no date line"},
		},
		{
			name:  "invalid UTF-8 repaired before offsets",
			in:    "date 2018-11-23 Caf\xe9 H\n\nCaf\xe9 \xff\xfeclosed.",
			date:  "2018-11-23",
			title: "Caf\uFFFD H",
			text:  "Caf\uFFFD \uFFFD\uFFFDclosed.",
			warn:  []string{"replaced 4 bytes with U+FFFD (the first at byte 19)"},
		},
		{
			name: "invalid UTF-8 offset counts the byte order mark",
			in:   "\ufeff\xe9",
			text: "\uFFFD",
			warn: []string{"replaced 1 bytes with U+FFFD (the first at byte 3)", "no date line"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parseDated([]byte(tt.in), "the-id", "dir/the-id.txt")
			if err != nil {
				t.Fatalf("parseDated: %v", err)
			}
			if d.ID != "the-id" || d.Path != "dir/the-id.txt" || d.Line != 0 {
				t.Errorf("id, path, line = %q, %q, %d; want the-id, dir/the-id.txt, 0", d.ID, d.Path, d.Line)
			}
			if d.Date != tt.date || d.Title != tt.title || d.Text != tt.text {
				t.Errorf("got date %q title %q text %q\nwant date %q title %q text %q",
					d.Date, d.Title, d.Text, tt.date, tt.title, tt.text)
			}
			checkWarnings(t, d.Warnings, tt.warn)
		})
	}
}

func TestParseDatedErrors(t *testing.T) {
	junk := make([]byte, 600)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range junk {
		junk[i] = byte(r.IntN(256)) | 0x80 // no NUL: the ratio test must catch it
	}
	tests := []struct {
		name string
		in   string
		line int
		msg  string
	}{
		{"empty file", "", 0, "empty file"},
		{"only blank lines", "\n \r\n\t\n", 0, "empty file"},
		{"impossible month", "date 2018-13-45 H\n\nBody.", 1, `bad date "2018-13-45": no such month`},
		{"impossible day", "date 2018-02-30 H\n\nBody.", 1, `bad date "2018-02-30": no such day`},
		{"not a leap year", "date 1900-02-29 H\n\nBody.", 1, "no such day"},
		{"year zero", "date 0000-01-01 H\n\nBody.", 1, "no such month"},
		{"short date on line 3", "\n\n date 2018-1-5 H\n\nBody.", 3, `bad date "2018-1-5": want YYYY-MM-DD`},
		{"date with trailing colon", "date 2018-11-23: H\n\nBody.", 1, "want YYYY-MM-DD"},
		{"NUL bytes", "date 2018-11-23 H\n\nBo\x00dy.", 0, "looks binary: it holds NUL bytes"},
		{"gzip data", "\x1f\x8b\x08\x00junk", 0, "looks binary: gzip"},
		{"UTF-16", "\xff\xfed\x00a\x00", 0, "looks binary: UTF-16"},
		{"random bytes", string(junk), 0, "looks binary: too many control characters"},
		{"control characters", strings.Repeat("\x01\x02\x03 text", 20), 0, "looks binary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parseDated([]byte(tt.in), "x", "in/x.txt")
			if err == nil {
				t.Fatalf("got document %+v, want error %q", d, tt.msg)
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is a %T, want *InputError", err, err)
			}
			if ie.Path != "in/x.txt" || ie.Line != tt.line || !strings.Contains(ie.Err.Error(), tt.msg) {
				t.Errorf("got %q (line %d), want in/x.txt line %d with %q", err, ie.Line, tt.line, tt.msg)
			}
		})
	}
}

// A Latin-1 article has a few invalid bytes: it is text to repair, not junk.
func TestLatin1IsNotBinary(t *testing.T) {
	in := "date 2018-11-23 Caf\xe9 r\xe9ouvert\n\nLe caf\xe9 a rouvert \xe0 midi, a d\xe9clar\xe9 le maire."
	d, err := parseDated([]byte(in), "x", "x.txt")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Le caf\uFFFD a rouvert \uFFFD midi, a d\uFFFDclar\uFFFD le maire."; d.Text != want {
		t.Errorf("text %q, want %q", d.Text, want)
	}
}

func TestInputErrorFormat(t *testing.T) {
	for _, tt := range []struct {
		err  *InputError
		want string
	}{
		{&InputError{Path: "a/b.jsonl", Line: 7, Err: errors.New("not JSON")}, "a/b.jsonl:7: not JSON"},
		{&InputError{Path: "a/b.txt", Err: errors.New("empty file")}, "a/b.txt: empty file"},
	} {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if errors.Unwrap(tt.err) != tt.err.Err {
			t.Errorf("Unwrap does not return Err")
		}
	}
}

func checkWarnings(t *testing.T, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("warnings %q, want %d containing %q", got, len(want), want)
		return
	}
	for i := range want {
		if !strings.Contains(got[i], want[i]) {
			t.Errorf("warning %d = %q, want it to contain %q", i, got[i], want[i])
		}
	}
}
