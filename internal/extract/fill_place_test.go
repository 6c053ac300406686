package extract

import (
	"strings"
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

// TestArticleCachesPerArticle checks that what an article works out once
// for all its incidents (ownTellings' sayings, shortNameOf's name words)
// answers as the rule does and does not outlive its document: the pooled
// article read next must find its own.
func TestArticleCachesPerArticle(t *testing.T) {
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	var prev *article
	for _, tc := range []struct {
		name, body string
		state      string // the first of ownTellings for it
		told       string // the report verb it returns, "" none
		short      string // a short name shortNameOf is asked for, "" none
		group      bool   // whether it is a group named before
	}{
		{name: "own side tells", state: "IR", told: "said",
			body: "Iraqi troops repelled an attack near Basra on Friday. Iran said its forces captured two Iraqi positions."},
		{name: "other side tells", state: "IR",
			body: "Iranian forces attacked near Basra on Friday. Iraq said its forces captured two Iranian positions."},
		{name: "first telling", state: "IQ", told: "said",
			body: "Iraq said on Friday its forces captured two Iranian positions. Iraq added its troops killed 40 Iranian soldiers."},
		{name: "short name", short: "Tigers", group: true,
			body: "Tamil Tiger rebels attacked an army camp in Sri Lanka on Friday. Officials blamed the Tigers for the attack."},
		{name: "short name of no group", short: "Tigers",
			body: "Gunmen attacked an army camp in Sri Lanka on Friday. Officials blamed the Tigers for the attack."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := x.read(&doc.Document{ID: "test", Date: "2020-05-01", Text: tc.body})
			if prev != nil && a != prev {
				t.Skip("the pool did not hand the same article back") // -race drops pooled values at random
			}
			prev = a
			defer a.free()
			a.resolvePlaces()
			if tc.state != "" {
				got := ""
				for _, o := range a.ownTellings() {
					if o.state == tc.state {
						got = a.src[o.c0:o.c1]
						break
					}
				}
				if got != tc.told {
					t.Errorf("ownTellings for %q: %q, want %q", tc.state, got, tc.told)
				}
			}
			if tc.short != "" {
				b := strings.LastIndex(a.src, tc.short)
				n0 := a.tokenAt(b)
				if g := a.shortNameOf(n0, n0+1); (g >= 0) != tc.group {
					t.Errorf("shortNameOf(%q) = %d, want a group: %v", tc.short, g, tc.group)
				}
			}
		})
	}
}

// TestHomeStrikeCountry checks where a strike by the dateline state's own
// forces is placed when no town is named: the owner of the platform hit,
// else the other state whose targets were struck, else the dateline's
// country; a day written between the doer and its verb ("Iraqi warplanes
// yesterday bombed") leaves the doer the verb's subject.
func TestHomeStrikeCountry(t *testing.T) {
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, body, want string }{
		{"the enemy's targets place the raid, past a day before the verb",
			"BAGHDAD, March 5 - Iraqi warplanes yesterday bombed an oil pumping station, resuming attacks on Iranian targets, a military spokesman said.",
			"IR"},
		{"the platform's owner",
			"BAGHDAD, March 5 - Iraqi ships today attacked an Iranian oil platform in the Gulf, a military spokesman said.",
			"IR"},
		{"a raid on rebels at home stays in the dateline's country",
			"ISLAMABAD, March 5 - Pakistani jets yesterday bombed militant hideouts, the army said.",
			"PK"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := x.Extract(t.Context(), &doc.Document{ID: "test", Date: "2021-03-05", Title: "Raids", Text: tc.body})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Incidents) != 1 || res.Incidents[0].Location == nil {
				t.Fatalf("got %d incidents, want 1 with a location", len(res.Incidents))
			}
			if got := res.Incidents[0].Location.CountryCode; got != tc.want {
				t.Errorf("country %q, want %q", got, tc.want)
			}
		})
	}
}

// TestOffCoast checks that a place after a distance and "off", or an
// island named after "off", is read as a coast or an island the story
// means, kept however small and far from the story's country, while a
// place after a phrasal verb's "off" is not one.
func TestOffCoast(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"a distance off a small island abroad",
			"VALLETTA, June 4 - A gunboat fired on a trawler 20 miles off Lampedusa on Tuesday, Maltese officials said.", true},
		{"an island named after off",
			"WASHINGTON, Nov 4 - The frigates fired at the platform off Sirri Island on Tuesday, U.S. officials said.", true},
		{"a phrasal verb's off",
			"VALLETTA, June 4 - Maltese officials said the storm had cut off Lampedusa on Tuesday.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := readPassage(t, "1987-06-04", "", tc.body)
			a.resolvePlaces()
			got := false
			for k := range a.places {
				got = got || a.offCoast(&a.places[k]) && a.places[k].chosen != nil
			}
			if got != tc.want {
				t.Errorf("off coast %v, want %v", got, tc.want)
			}
		})
	}
}
