package extract

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

// longPlacesArticle is a round-up of raids on many villages the gazetteer
// lacks, each named with its noun and its district and named again
// alone: the article on which linking places to their containers has the
// most mentions to compare.
func longPlacesArticle(villages int) string {
	syl := []string{"ba", "ku", "ma", "ri", "to", "za", "ne", "do", "gi", "lu"}
	var b strings.Builder
	for k := 0; k < villages; k++ {
		name := strings.ToUpper(syl[k%10][:1]) + syl[k%10][1:] + syl[k/10%10] + syl[(k/7+3)%10] + " " +
			strings.ToUpper(syl[(k+4)%10][:1]) + syl[(k+4)%10][1:] + syl[k/10%10]
		b.WriteString("Gunmen raided " + name + " village in Kankara district on Monday. ")
		b.WriteString("Three people were killed in " + name + ", police said.\n\n")
	}
	return b.String()
}

// BenchmarkLinkContainers links the place mentions of a long article of
// many villages (longPlacesArticle) to their containers and reports the
// mentions it links per run.
func BenchmarkLinkContainers(b *testing.B) {
	x, err := testExtractor()
	if err != nil {
		b.Fatal(err)
	}
	a := x.read(&doc.Document{ID: "bench", Date: "2020-05-02", Text: longPlacesArticle(80)})
	a.resolvePlaces()
	saved := append([]placeMention(nil), a.places...)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		a.places = append(a.places[:0], saved...)
		a.linkContainers()
	}
	b.ReportMetric(float64(len(saved)), "places")
}
