package actor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// reutersDir holds the Reuters-21578 articles, one dated text file each,
// outside the repository (see the extract issue); benchmarks skip without it.
const reutersDir = "../../../shared/corpus/reuters21578"

// readCorpus returns the articles and their word count.
func readCorpus(b testing.TB) ([]string, int) {
	b.Helper()
	paths, _ := filepath.Glob(filepath.Join(reutersDir, "*.txt"))
	if len(paths) == 0 {
		b.Skipf("no articles in %s", reutersDir)
	}
	var docs []string
	words := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(data))
		words += len(strings.Fields(string(data)))
	}
	return docs, words
}

// BenchmarkFind scans every Reuters article for group mentions, as the
// extractor does, reusing one dst slice; it reports words per second.
func BenchmarkFind(b *testing.B) {
	docs, words := readCorpus(b)
	l := mustLoad(b)
	for _, bc := range []struct {
		name  string
		lower bool
	}{{"mixed", false}, {"lower", true}} {
		b.Run(bc.name, func(b *testing.B) {
			in := docs
			if bc.lower {
				in = make([]string, len(docs))
				for i, d := range docs {
					in[i] = strings.ToLower(d)
				}
			}
			var dst []Match
			mentions := 0
			b.ReportAllocs()
			for b.Loop() {
				mentions = 0
				for _, d := range in {
					dst = l.Find(dst[:0], d, bc.lower)
					mentions += len(dst)
				}
			}
			b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
			b.ReportMetric(float64(mentions), "mentions")
		})
	}
}
