package doc

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// corpus is the Reuters-21578 folder of the shared benchmark data, outside
// the repository (its licence forbids shipping it).
const corpus = "../../../shared/corpus/reuters21578"

// BenchmarkReadReuters reads the 19,771 Reuters articles as dated text:
// MB/s of file bytes and allocations per pass (per article: divide by the
// docs/op metric).
func BenchmarkReadReuters(b *testing.B) {
	if _, err := os.Stat(corpus); err != nil {
		b.Skip("no corpus at", corpus)
	}
	var size int64
	filepath.WalkDir(corpus, func(_ string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			if fi, err := e.Info(); err == nil {
				size += fi.Size()
			}
		}
		return nil
	})
	b.SetBytes(size)
	b.ReportAllocs()
	docs := 0
	for b.Loop() {
		docs = 0
		err := Read([]string{corpus}, nil, func(d *Document, err error) error {
			if err != nil {
				return err
			}
			docs++
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(docs), "docs/op")
}

// BenchmarkParseHTML reads the hand-written pages of testdata/html: MB/s of
// HTML and allocations per pass (per page: divide by the pages/op metric).
func BenchmarkParseHTML(b *testing.B) {
	files, _ := filepath.Glob("testdata/html/*.html")
	var pages [][]byte
	var size int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += int64(len(data))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := ParseHTML(p, "id", "p.html"); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(pages)), "pages/op")
}
