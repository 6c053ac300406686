package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string // token texts
	}{
		{"words and punctuation", "Gunmen stormed it.", []string{"Gunmen", "stormed", "it", "."}},
		{"possessive splits", "Russia's south", []string{"Russia", "'", "s", "south"}},
		{"curly possessive splits", "Kenya’s police", []string{"Kenya", "’", "s", "police"}},
		{"inner apostrophe stays", "Shi'ite don't Sana’a", []string{"Shi'ite", "don't", "Sana’a"}},
		{"dotted abbreviation", "the U.S. embassy at 5 a.m.", []string{"the", "U.S.", "embassy", "at", "5", "a.m."}},
		{"numbers with separators", "1,500 people, 7.5 km, 10:40", []string{"1,500", "people", ",", "7.5", "km", ",", "10:40"}},
		{"number glued to letters is a word", "a 9mm pistol, AK47", []string{"a", "9mm", "pistol", ",", "AK47"}},
		{"hyphens are tokens", "al-Shabab car-bomb", []string{"al", "-", "Shabab", "car", "-", "bomb"}},
		{"accents", "Cúcuta, Moïse", []string{"Cúcuta", ",", "Moïse"}},
		{"no-break space separates", "two\u00a0killed", []string{"two", "killed"}},
		{"empty", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, tk := range Tokenize(nil, tc.in) {
				got = append(got, tc.in[tk.Start:tk.End])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Tokenize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTokenFlags(t *testing.T) {
	s := "KARACHI police\n\nNew para"
	toks := Tokenize(nil, s)
	want := []struct {
		text  string
		flags uint8
	}{
		{"KARACHI", Cap | AllCaps | ParaFirst},
		{"police", SpaceBefore},
		{"New", Cap | ParaFirst | SpaceBefore | NewlineBefore},
		{"para", SpaceBefore},
	}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(toks), len(want))
	}
	for i, w := range want {
		if got := s[toks[i].Start:toks[i].End]; got != w.text || toks[i].Flags != w.flags {
			t.Errorf("token %d = %q flags %05b, want %q flags %05b", i, got, toks[i].Flags, w.text, w.flags)
		}
	}
}

func TestDetectCase(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     Case
	}{
		{"mixed", "Gunmen killed three people in Kabul on Friday.", Mixed},
		{"lower", "guerrillas attacked the farm in el peten department two days ago.", Lower},
		{"upper", "A CAR BOMB KILLED THREE SOLDIERS IN BOGOTA ON MONDAY.", Upper},
		{"no letters", "1,500 / 2", Mixed},
	} {
		if got := DetectCase(tc.in); got != tc.want {
			t.Errorf("%s: DetectCase = %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"two sentences", "Three were killed. Police said so.", []string{"Three were killed.", "Police said so."}},
		{"abbreviation", "Col. Ahmed said the attack began at 5 a.m. on Oct. 14 in the town.", []string{"Col. Ahmed said the attack began at 5 a.m. on Oct. 14 in the town."}},
		{"initial", "J. Christopher Stevens was killed.", []string{"J. Christopher Stevens was killed."}},
		{"hyphened name ends", "It is known as ISIS-K. The group said so.", []string{"It is known as ISIS-K.", "The group said so."}},
		{"initial after a word", "Mr. George W. Bush spoke.", []string{"Mr. George W. Bush spoke."}},
		{"closing quote", `"We did it," he said. Then he left.`, []string{`"We did it," he said.`, "Then he left."}},
		{"quote ends sentence", "He said “they ran away.” The area was cordoned.", []string{"He said “they ran away.”", "The area was cordoned."}},
		{"paragraph without stop", "Four gunmen are trapped\n\nThe gunfight continued.", []string{"Four gunmen are trapped", "The gunfight continued."}},
		{"lower case", "the bomb exploded. two died.", []string{"the bomb exploded.", "two died."}},
		{"decimal is not a stop", "It rose 7.5 percent. Good.", []string{"It rose 7.5 percent.", "Good."}},
		{"glued stop", "The raiders came from the hills.There was no warning.", []string{"The raiders came from the hills.", "There was no warning."}},
		{"glued initials", "The U.S.Army said so.", []string{"The U.S.Army said so."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := Tokenize(nil, tc.in)
			var got []string
			for _, s := range Sentences(nil, tc.in, toks, DetectCase(tc.in)) {
				got = append(got, tc.in[toks[s.First].Start:toks[s.Last-1].End])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// FuzzTokenize checks that tokens and sentences cover the text in order,
// inside it, on rune boundaries, and that sentences tile the tokens.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Gunmen stormed the U.S. embassy at 5 a.m.", "a\u00a0b", "Russia's\n\nnew", "\xff\xfe’s", "1,500.5:3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(nil, s)
		prev := int32(0)
		for i, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || int(tk.End) > len(s) {
				t.Fatalf("token %d [%d,%d) out of order or range (len %d)", i, tk.Start, tk.End, len(s))
			}
			if utf8.ValidString(s) && (!utf8.RuneStart(s[tk.Start]) || int(tk.End) < len(s) && !utf8.RuneStart(s[tk.End])) {
				t.Fatalf("token %d [%d,%d) splits a rune", i, tk.Start, tk.End)
			}
			prev = tk.End
		}
		next := 0
		for _, se := range Sentences(nil, s, toks, DetectCase(s)) {
			if se.First != next || se.Last <= se.First {
				t.Fatalf("sentence [%d,%d) does not follow %d", se.First, se.Last, next)
			}
			next = se.Last
		}
		if next != len(toks) {
			t.Fatalf("sentences end at token %d of %d", next, len(toks))
		}
	})
}
