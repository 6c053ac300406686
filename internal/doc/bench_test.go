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
