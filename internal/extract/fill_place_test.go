package extract

import (
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

// TestStoryCountryPerArticle checks that the story country an article
// caches does not outlive its document: articles are pooled, and the one
// read next into the same article must find its own country, not the
// last one's.
func TestStoryCountryPerArticle(t *testing.T) {
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	var prev *article
	for _, tc := range []struct{ body, want string }{
		{"Gunmen attacked a village in Kenya on Friday. Kenya police said five died.", "KE"},
		{"A visitor from Chad was hurt when a bomb exploded in Peru on Monday. Peru police said two died.", "PE"},
	} {
		a := x.read(&doc.Document{ID: "test", Date: "2020-05-01", Text: tc.body})
		if prev != nil && a != prev {
			t.Skip("the pool did not hand the same article back") // -race drops pooled values at random
		}
		a.resolvePlaces()
		got := ""
		if k := a.storyCountry(); k >= 0 {
			got = a.places[k].chosen.CountryCode
		}
		if got != tc.want {
			t.Errorf("%q: story country %q, want %q", tc.body, got, tc.want)
		}
		prev = a
		a.free()
	}
}
