package doc

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The tree in testdata: nested directories read in lexical order, files
// with other extensions and dot directories skipped, bad inputs reported in
// their place and reading going on after them.
func TestReadTree(t *testing.T) {
	got := collect(t, []string{"testdata/tree"}, nil)
	checkEvents(t, got, []event{
		{"testdata/tree/a.txt", 0, "a", ""},
		{"testdata/tree/b.jsonl", 1, "b-one", ""},
		{"testdata/tree/b.jsonl", 3, "b-two", ""},
		{"testdata/tree/b.jsonl", 4, "", "not JSON"},
		{"testdata/tree/b.jsonl", 5, "", `no "text" field`},
		{"testdata/tree/sub/c.txt", 0, "c", ""},
		{"testdata/tree/sub/deeper/d.txt", 0, "d", "no date line"},
		{"testdata/tree/z-bad.txt", 1, "", `bad date "2021-13-45"`},
	})
}

// Paths are the argument as given, joined with the path under it.
func TestReadPathsAsGiven(t *testing.T) {
	got := collect(t, []string{"./testdata/tree/sub/", "testdata/tree/sub/c.txt", "testdata//tree/a.txt"}, nil)
	checkEvents(t, got, []event{
		{"testdata/tree/sub/c.txt", 0, "c", ""},
		{"testdata/tree/sub/deeper/d.txt", 0, "d", "no date line"},
		{"testdata/tree/sub/c.txt", 0, "c", `duplicate id "c"`},
		{"testdata//tree/a.txt", 0, "a", ""},
	})
}

// ReadOne gives a file's one document, or an error that names the file.
func TestReadOne(t *testing.T) {
	for _, tc := range []struct {
		path, id, err string
	}{
		{"testdata/tree/a.txt", "a", ""},
		{"testdata/tree/b.jsonl", "", "testdata/tree/b.jsonl: more than one document"},
		{"testdata/tree/z-bad.txt", "", `bad date "2021-13-45"`},
		{"testdata/tree/missing.txt", "", "testdata/tree/missing.txt"},
	} {
		d, err := ReadOne(tc.path)
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("ReadOne(%s): error %v, want one containing %q", tc.path, err, tc.err)
		case tc.err == "" && (err != nil || d.ID != tc.id):
			t.Errorf("ReadOne(%s) = %v, %v; want id %q", tc.path, d, err, tc.id)
		}
	}
}

func TestReadFiles(t *testing.T) {
	dir := t.TempDir()
	good := `{"id":"g1","date":"2020-05-01","text":"One."}` + "\n" + `{"id":"g2","date":"2020-05-02","text":"Two."}` + "\n"
	full := gzipped(t, good)
	files := map[string][]byte{
		"good.jsonl.gz":      full,
		"truncated.jsonl.gz": full[:len(full)/2],
		"plain.jsonl.gz":     []byte(good),
		"crlf.jsonl":         []byte("\ufeff{\"id\":\"c1\",\"text\":\"A.\",\"date\":\"2020-05-03\"}\r\n\r\n{\"id\":\"c2\",\"text\":\"B.\",\"date\":\"2020-05-04\"}\r\n"),
		"empty.jsonl":        nil,
		"blank.jsonl":        []byte("\n \n"),
		"binary.jsonl":       {'{', 0, 1, 2, '}', '\n'},
		"no-newline.jsonl":   []byte(`{"id":"n1","date":"2020-05-05","text":"C."}`),
		"article":            []byte("date 2020-05-06 No extension\n\nSniffed as dated text."),
		"records.json":       []byte("\n  " + `{"id":"s1","date":"2020-05-07","text":"Sniffed as JSONL."}`),
		"empty.txt":          nil,
		"UPPER.TXT":          []byte("date 2020-05-08 Upper-case extension\n\nBody."),
		"article.gz":         gzipped(t, "date 2020-05-09 Gzipped text\n\nBody."),
		"dup.jsonl":          []byte(`{"id":"g1","date":"2020-05-10","text":"Same id as in good.jsonl.gz."}`),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name string
		want []event
	}{
		{"good.jsonl.gz", []event{{p("good.jsonl.gz"), 1, "g1", ""}, {p("good.jsonl.gz"), 2, "g2", ""}}},
		{"truncated.jsonl.gz", []event{{p("truncated.jsonl.gz"), 1, "", "unexpected EOF"}}},
		{"plain.jsonl.gz", []event{{p("plain.jsonl.gz"), 0, "", "not gzip data"}}},
		{"crlf.jsonl", []event{{p("crlf.jsonl"), 1, "c1", ""}, {p("crlf.jsonl"), 3, "c2", ""}}},
		{"empty.jsonl", []event{{p("empty.jsonl"), 0, "", "empty file"}}},
		{"blank.jsonl", []event{{p("blank.jsonl"), 0, "", "empty file"}}},
		{"binary.jsonl", []event{{p("binary.jsonl"), 0, "", "looks binary"}}},
		{"no-newline.jsonl", []event{{p("no-newline.jsonl"), 1, "n1", ""}}},
		{"article", []event{{p("article"), 0, "article", ""}}},
		{"records.json", []event{{p("records.json"), 2, "s1", ""}}},
		{"empty.txt", []event{{p("empty.txt"), 0, "", "empty file"}}},
		{"UPPER.TXT", []event{{p("UPPER.TXT"), 0, "UPPER", ""}}},
		{"article.gz", []event{{p("article.gz"), 0, "article", ""}}},
		{"missing.txt", []event{{p("missing.txt"), 0, "", "no such file or directory"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, collect(t, []string{p(tt.name)}, nil), tt.want)
		})
	}
	t.Run("duplicate id across files", func(t *testing.T) {
		checkEvents(t, collect(t, []string{p("good.jsonl.gz"), p("dup.jsonl")}, nil), []event{
			{p("good.jsonl.gz"), 1, "g1", ""},
			{p("good.jsonl.gz"), 2, "g2", ""},
			{p("dup.jsonl"), 1, "g1", `duplicate id "g1"`},
		})
	})
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want []event
	}{
		{"dated text", []byte("\n date 2020-05-01 From a pipe\n\nBody."),
			[]event{{"-", 0, "stdin-9a555269b3e3", ""}}}, // sha256sum of the input
		{"JSON Lines", []byte("\ufeff\n\n{\"id\":\"p1\",\"date\":\"2020-05-01\",\"text\":\"A.\"}\nnope\n{\"text\":\"B.\",\"date\":\"2020-05-02\"}\n"),
			[]event{{"-", 3, "p1", ""}, {"-", 4, "", "not JSON"}, {"-", 5, "stdin-5", "no id"}}},
		{"gzipped JSON Lines", gzipped(t, `{"id":"z1","date":"2020-05-01","text":"A."}`+"\n"),
			[]event{{"-", 1, "z1", ""}}},
		{"empty", nil, []event{{"-", 0, "", "empty file"}}},
		{"binary", []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, []event{{"-", 0, "", "looks binary"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, collect(t, []string{"-"}, bytes.NewReader(tt.in)), tt.want)
		})
	}
	t.Run("given twice", func(t *testing.T) {
		got := collect(t, []string{"-", "-"}, strings.NewReader(`{"id":"p1","date":"2020-05-01","text":"A."}`))
		checkEvents(t, got, []event{{"-", 1, "p1", ""}, {"-", 0, "", "given twice"}})
	})
	t.Run("no stdin", func(t *testing.T) {
		checkEvents(t, collect(t, []string{"-"}, nil), []event{{"-", 0, "", "not available"}})
	})
}

// The same bytes on standard input get the same id in every run.
func TestStdinIDIsStable(t *testing.T) {
	in := "date 2020-05-01 From a pipe\n\nBody."
	a := collect(t, []string{"-"}, strings.NewReader(in))
	b := collect(t, []string{"-"}, strings.NewReader(in))
	c := collect(t, []string{"-"}, strings.NewReader(in+" More."))
	if a[0].id != b[0].id || a[0].id == c[0].id {
		t.Errorf("ids %q, %q (same input) and %q (other input)", a[0].id, b[0].id, c[0].id)
	}
}

func TestReadStopsOnCallbackError(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := Read([]string{"testdata/tree", "testdata/tree"}, nil, func(*Document, error) error {
		calls++
		if calls == 3 {
			return stop
		}
		return nil
	})
	if err != stop || calls != 3 {
		t.Errorf("Read returned %v after %d calls, want %v after 3", err, calls, stop)
	}
}

// A 50 MB article on one JSONL line, and as a text file, is read whole.
func TestReadLargeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 100 MB")
	}
	dir := t.TempDir()
	body := strings.Repeat("Gunmen attacked a checkpoint on Friday, officials said. ", 50<<20/56)
	line := `{"id":"big","date":"2020-05-01","text":"` + body + "\"}\n"
	if err := os.WriteFile(filepath.Join(dir, "big.jsonl"), []byte(line+line), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "big.txt"), []byte("date 2020-05-01 Big\n\n"+body), 0o644); err != nil {
		t.Fatal(err)
	}
	var lens []int
	err := Read([]string{dir}, nil, func(d *Document, err error) error {
		if err != nil {
			return err
		}
		lens = append(lens, len(d.Text))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(lens) != 3 || lens[0] != len(body) || lens[1] != len(body) || lens[2] != len(body) {
		t.Errorf("text lengths %v, want 3 of %d", lens, len(body))
	}
}

func TestReadTooLarge(t *testing.T) {
	defer func(n int) { maxDocBytes = n }(maxDocBytes)
	maxDocBytes = 100 << 10 // beyond the 64 KiB line buffer
	dir := t.TempDir()
	long := `{"id":"long","text":"` + strings.Repeat("x", maxDocBytes) + "\"}\n"
	jsonl := long + `{"id":"after","date":"2020-05-01","text":"Read on."}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.txt"), []byte(long), 0o644); err != nil {
		t.Fatal(err)
	}
	checkEvents(t, collect(t, []string{dir, "-"}, strings.NewReader(long)), []event{
		{filepath.Join(dir, "a.jsonl"), 1, "", "larger than 256 MiB"},
		{filepath.Join(dir, "a.jsonl"), 2, "after", ""},
		{filepath.Join(dir, "b.txt"), 0, "", "larger than 256 MiB"},
		{"-", 1, "", "larger than 256 MiB"},
	})
}

// A link to a file is read; a link to a directory is not followed (it
// could loop), and a dangling link is reported.
func TestReadSymlinks(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.MkdirAll(filepath.Join(in, "real"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "real", "a.txt"), []byte("date 2020-05-01 A\n\nBody."), 0o644); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{"b.txt": "real/a.txt", "loop": ".", "c.txt": "gone.txt"} {
		if err := os.Symlink(target, filepath.Join(in, link)); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	checkEvents(t, collect(t, []string{in}, nil), []event{
		{filepath.Join(in, "b.txt"), 0, "b", ""},
		{filepath.Join(in, "c.txt"), 0, "", "no such file"},
		{filepath.Join(in, "real", "a.txt"), 0, "a", ""},
	})
}

// kindOf reads the extension in any case, and only the extension.
func TestKindOf(t *testing.T) {
	tests := []struct {
		name string
		want kind
	}{
		{"a.txt", kindText},
		{"dir.d/A.TXT", kindText},
		{"b.Jsonl", kindJSONL},
		{"c.jsonl.GZ", kindJSONLGz},
		{"d.htm", kindHTML},
		{"e.HTML", kindHTML},
		{"f.rss", kindFeed},
		{"g.Atom", kindFeed},
		{"h.txt.bak", kindOther},
		{"txt", kindOther},
		{".gz", kindOther},
		{"i.tx\u212a", kindOther}, // a Kelvin sign is no letter of an extension
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := kindOf(tc.name); got != tc.want {
				t.Errorf("kindOf(%q) = %d, want %d", tc.name, got, tc.want)
			}
		})
	}
}

// walk calls back with the paths, entries and errors of filepath.WalkDir,
// in its order, whatever the form of the root, and honours SkipDir.
func TestWalkIsWalkDir(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.txt", "B.txt", "a-b.txt", "a", "é.txt", "sub/c.txt", "sub/deeper/d.txt",
		".hidden/e.txt", "skip/f.txt", "zz/g.html"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("sub", filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	calls := func(w func(string, fs.WalkDirFunc) error, root string) []string {
		var got []string
		err := w(root, func(p string, d fs.DirEntry, err error) error {
			got = append(got, fmt.Sprintf("%s dir=%v err=%v", p, d != nil && d.IsDir(), err != nil))
			if d != nil && d.Name() == "skip" {
				return filepath.SkipDir
			}
			return nil
		})
		return append(got, fmt.Sprintf("returned %v", err))
	}
	for _, root := range []string{dir, dir + "/", ".", "./", "sub", "./sub/", "sub/../zz", "a.txt", "link", "missing"} {
		t.Run(root, func(t *testing.T) {
			want, got := calls(filepath.WalkDir, root), calls(walk, root)
			if !slices.Equal(got, want) {
				t.Errorf("walk:\n%s\nWalkDir:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}
