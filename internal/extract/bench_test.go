package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

// BenchmarkExtractReuters runs the extractor over the Reuters-21578 corpus
// (../shared/corpus/reuters21578, skipped when absent) and reports words
// per second on one goroutine. The documents are read before the timer
// starts: this measures extraction, not the disk.
func BenchmarkExtractReuters(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "reuters21578")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("corpus not found at %s", dir)
	}
	var docs []*doc.Document
	words := 0
	err := doc.Read([]string{dir}, nil, func(d *doc.Document, err error) error {
		if err == nil {
			docs = append(docs, d)
			words += len(strings.Fields(d.Title)) + len(strings.Fields(d.Text))
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	x := newExtractor(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := x.Extract(b.Context(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(len(docs)), "docs/op")
}
