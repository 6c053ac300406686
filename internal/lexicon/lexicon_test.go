package lexicon

import (
	"strconv"
	"strings"
	"testing"
)

func TestEmbeddedTermsParse(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.vocab) < 500 {
		t.Errorf("vocabulary has %d words; the embedded terms.txt looks truncated", len(l.vocab))
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"phrase before section", "bomb\n", "terms.txt:1: phrase before any section"},
		{"unknown category", "[nonsense x]\nbomb\n", `terms.txt:1: unknown category "nonsense"`},
		{"unclosed header", "[trigger bombing\n", "terms.txt:1: unclosed section header"},
		{"same phrase, two values", "[weapon firearms]\ngun\n[weapon melee]\n# c\ngun\n", `terms.txt:5: "gun" already listed in [weapon firearms]`},
		{"same phrase twice", "[kill]\nkilled\n\nkilled\n", `terms.txt:4: "killed" already listed in [kill]`},
		{"unknown value", "[trigger bombing]\nbomb\n[trigger bombng]\nblast\n", `terms.txt:3: unknown trigger value "bombng"; want one of armed_assault, bombing, suicide_bombing, kidnapping, assassination, arson, hijacking, clash, remote_violence, riot, other_violence, generic`},
		{"unknown weapon", "[weapon unknown]\ngun\n", `terms.txt:1: unknown weapon value "unknown"; want one of firearms, explosives, vehicle_bomb, suicide_explosives, rockets_mortars, aircraft, melee, incendiary, vehicle_ramming, chemical`},
		{"value missing", "[cue]\nthe\n", `terms.txt:1: [cue] wants a value: one of passive, another, including, total, rose, from, themselves, weak, neutral, thing, implied`},
		{"value not taken", "[kill dead]\ndied\n", `terms.txt:1: [kill] takes no value, got "dead"`},
		{"too many fields", "[trigger bombing riot]\nbomb\n", `terms.txt:1: want [category value]`},
		{"section opened twice", "[frame trial]\ntrial\n[kill]\nkilled\n[frame trial]\nverdict\n", `terms.txt:5: section [frame trial] already opened at line 1`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.src)
			if err == nil || err.Error() != tc.want {
				t.Errorf("got %v, want %s", err, tc.want)
			}
		})
	}
}

func TestFind(t *testing.T) {
	l, err := Parse("[trigger bombing]\nbomb\ncar bomb\n[weapon vehicle_bomb]\ncar bomb\n[party people]\npeople\n")
	if err != nil {
		t.Fatal(err)
	}
	ids := func(s string) []uint32 {
		var out []uint32
		var buf []byte
		for _, w := range strings.Fields(s) {
			var id uint32
			id, buf = l.ID(w, buf)
			out = append(out, id)
		}
		return out
	}
	for _, tc := range []struct {
		name, text string
		want       []string // phrase@start-end
	}{
		{"longest wins per category", "a Car bomb killed people", []string{"car bomb@1-3", "car bomb@1-3", "people@4-5"}},
		{"single word", "the bomb", []string{"bomb@1-2"}},
		{"nothing", "peace talks", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range l.Find(nil, ids(tc.text)) {
				got = append(got, m.Phrase.Text+"@"+itoa(m.Start)+"-"+itoa(m.End))
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestHedgeHeadsInFrame checks that the hedge nouns words.txt marks
// "frame" hedge as the words of terms.txt [frame hedge] do, and that the
// others do not: each is written once, in words.txt.
func TestHedgeHeadsInFrame(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"threat", true},
		{"rumours", true},
		{"threatened", true}, // terms.txt's own
		{"scare", false},
		{"hoax", false},
	} {
		t.Run(tc.word, func(t *testing.T) {
			id, _ := l.ID(tc.word, nil)
			got := false
			for _, m := range l.Find(nil, []uint32{id}) {
				got = got || m.Phrase.Cat == Frame && m.Phrase.Value == "hedge"
			}
			if got != tc.want {
				t.Errorf("%q in [frame hedge]: got %v, want %v", tc.word, got, tc.want)
			}
		})
	}
}

// TestAddListedOnce checks that a hedge head words.txt adds to the frames
// must not be a frame of terms.txt already: listed twice, it would match
// twice.
func TestAddListedOnce(t *testing.T) {
	tests := []struct {
		name, text string
		cat        Category
		wantErr    bool
	}{
		{"new word", "rumour", Frame, false},
		{"already a frame", "threat", Frame, true},
		{"same words, another category", "threat", Trigger, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := Parse("[frame hedge]\nthreat\n")
			if err != nil {
				t.Fatal(err)
			}
			err = l.add(&Phrase{Cat: tc.cat, Value: "hedge", Text: tc.text})
			if (err != nil) != tc.wantErr {
				t.Errorf("add %q: error %v, want error %v", tc.text, err, tc.wantErr)
			}
		})
	}
}
