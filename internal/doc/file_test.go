package doc

import (
	"os"
	"path/filepath"
	"testing"
)

// loaded is a document, or an input error, as a pipeline worker gets it.
type loaded struct {
	doc *Document
	err error
}

// loadAll reads paths as ReadFiles does, loading its Files in order with
// one Loader, as a pipeline worker does. It returns nil if ReadFiles
// fails, which it reports.
func loadAll(t *testing.T, paths []string) []loaded {
	var l Loader
	defer l.Close()
	var out []loaded
	err := ReadFiles(paths, nil, func(f *File) error {
		d, err := l.Load(f)
		out = append(out, loaded{d, err})
		return nil
	}, func(d *Document, err error) error {
		out = append(out, loaded{d, err})
		return nil
	})
	if err != nil {
		t.Errorf("ReadFiles: %v", err)
		return nil
	}
	return out
}

// A Loader keeps the directory of its last file open: files of one name in
// two directories, loaded a, b, a, come each from its own directory.
func TestLoaderSwitchesDirectories(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a", "b"} {
		if err := os.Mkdir(filepath.Join(dir, name), 0o755); err != nil {
			t.Fatal(err)
		}
		body := "date 2020-05-01 From " + name + "\n\nBody.\n"
		if err := os.WriteFile(filepath.Join(dir, name, "x.txt"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	tests := []struct {
		name  string
		paths []string
	}{
		{"files named", []string{filepath.Join(a, "x.txt"), filepath.Join(b, "x.txt"), filepath.Join(a, "x.txt")}},
		{"directories walked", []string{a, b, a}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range loadAll(t, tt.paths) {
				if l.err != nil {
					t.Fatal(l.err)
				}
				got = append(got, l.doc.Title)
			}
			want := []string{"From a", "From b", "From a"}
			if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
				t.Errorf("got titles %q, want %q", got, want)
			}
		})
	}
}
