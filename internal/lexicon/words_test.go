package lexicon

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
)

var testSchema = []WordSection{
	{Name: "verb"},
	{Name: "place-noun", MinCols: 1, MaxCols: 1, Values: []string{"place", "admin2", "admin1"}},
	{Name: "weight", MinCols: 1, MaxCols: 2},
}

func TestParseWordsErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"unknown section", "[verb]\nsaid\n[verbs]\ntold\n", "w.txt:3: unknown section [verbs]"},
		{"entry before section", "said\n", "w.txt:1: entry before any section"},
		{"unclosed header", "[verb\nsaid\n", "w.txt:1: unclosed section header"},
		{"section opened twice", "[verb]\nsaid\n[weight]\na = 1\n[verb]\ntold\n", "w.txt:5: section [verb] already opened at line 1"},
		{"duplicate entry", "[verb]\nsaid\n# a comment\ntold\nsaid\n", `w.txt:5: "said" already listed in [verb] at line 2`},
		{"duplicate modulo spacing", "[verb]\nshot  dead\nshot dead\n", `w.txt:3: "shot dead" already listed in [verb] at line 2`},
		{"value where none is taken", "[verb]\nsaid = past\n", "w.txt:2: [verb] takes words, no values"},
		{"value missing", "[place-noun]\nvillage\n", `w.txt:2: [place-noun] wants 1 to 1 values after "=", got 0`},
		{"empty value", "[weight]\nbomb =\n", `w.txt:2: [weight] wants 1 to 2 values after "=", got 0`},
		{"too many values", "[weight]\nbomb = 1 2 3\n", `w.txt:2: [weight] wants 1 to 2 values after "=", got 3`},
		{"unknown enum value", "[place-noun]\nvillage = place\ndistrict = admin3\n", `w.txt:3: unknown value "admin3" in [place-noun]; want one of place, admin2, admin1`},
		{"no words", "[weight]\n= 3\n", "w.txt:2: entry without words"},
		{"section missing", "[verb]\nsaid\n[weight]\na = 1\n", "w.txt: section [place-noun] missing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseWords("w.txt", tc.src, testSchema)
			if err == nil || err.Error() != tc.want {
				t.Errorf("got %v, want %s", err, tc.want)
			}
		})
	}
}

func TestParseWords(t *testing.T) {
	src := `# top comment
[verb]
# said: reporting verbs
said
shot   dead # trailing comment

[place-noun]
village = place
local government area = admin2
[weight]
suicide_bombing = 10
bombing = 1.2 x
`
	f, err := ParseWords("w.txt", src, testSchema)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := f.List("verb"), []string{"said", "shot dead"}; !reflect.DeepEqual(got, want) {
		t.Errorf("List = %q, want %q", got, want)
	}
	if got, want := f.Set("verb"), map[string]bool{"said": true, "shot dead": true}; !reflect.DeepEqual(got, want) {
		t.Errorf("Set = %v, want %v", got, want)
	}
	if got, want := f.Map("place-noun"), map[string]string{"village": "place", "local government area": "admin2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Map = %v, want %v", got, want)
	}
	if got, want := f.Numbers("weight"), map[string]float64{"suicide_bombing": 10, "bombing": 1.2}; !reflect.DeepEqual(got, want) {
		t.Errorf("Numbers = %v, want %v", got, want)
	}
	es := f.Entries("weight")
	if es[1].Line != 12 || !reflect.DeepEqual(es[1].Cols, []string{"1.2", "x"}) {
		t.Errorf("entry = %+v, want line 12, cols [1.2 x]", es[1])
	}
	if got, want := f.Errorf(es[1], "bad %s", "x").Error(), "w.txt:12: bad x"; got != want {
		t.Errorf("Errorf = %q, want %q", got, want)
	}
}

func TestEntriesUndeclaredPanics(t *testing.T) {
	f, err := ParseWords("w.txt", "[verb]\nsaid\n[place-noun]\n[weight]\n", testSchema)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if r := recover(); r != "w.txt: no section [verbs] declared" {
			t.Errorf("recover() = %v, want the undeclared-section panic", r)
		}
	}()
	f.Set("verbs")
}

// TestEmbeddedWords lints the embedded words.txt: it parses under the
// strict reader, its cross-references hold and no section is empty.
func TestEmbeddedWords(t *testing.T) {
	f, err := loadWords(wordsTxt)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range wordSchema {
		if len(f.Entries(s.Name)) == 0 {
			t.Errorf("section [%s] is empty", s.Name)
		}
	}
}

func TestLoadWordsErrors(t *testing.T) {
	// every section, empty, then the case's lines in its own section
	src := func(section, lines string) string {
		var b strings.Builder
		for _, s := range wordSchema {
			if s.Name != section {
				b.WriteString("[" + s.Name + "]\n")
			}
		}
		return b.String() + "[" + section + "]\n" + lines
	}
	base := len(wordSchema) // the line of the case's section header
	for _, tc := range []struct{ name, section, lines, want string }{
		{"negative frame not a frame", "negative-frame", "trial\ntrail\n",
			fmt.Sprintf(`words.txt:%d: "trail" is not a frame of terms.txt; want one of %s`, base+2, strings.Join(categoryValues[Frame], ", "))},
		{"type weight of no type", "type-weight", "bombing = 1.2\nbombng = 1\n",
			fmt.Sprintf(`words.txt:%d: "bombng" is not an incident type; want one of %s`, base+2, strings.Join(record.Types, ", "))},
		{"type weight not a number", "type-weight", "bombing = heavy\n",
			fmt.Sprintf(`words.txt:%d: weight "heavy" is not a number`, base+1)},
		{"place noun of unknown level", "place-noun", "village = place\nward = admin3\n",
			fmt.Sprintf(`words.txt:%d: unknown value "admin3" in [place-noun]; want one of place, admin2, admin1`, base+2)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := loadWords(src(tc.section, tc.lines))
			if err == nil || err.Error() != tc.want {
				t.Errorf("got %v, want %s", err, tc.want)
			}
		})
	}
}

func FuzzParseWords(f *testing.F) {
	f.Add(wordsTxt)
	f.Add("[verb]\nsaid\n[place-noun]\nvillage = place\n[weight]\na = 1 2\n")
	f.Fuzz(func(t *testing.T, src string) {
		w, err := ParseWords("w.txt", src, testSchema)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "w.txt") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		lines := strings.Count(src, "\n") + 1
		for _, s := range testSchema {
			for _, e := range w.Entries(s.Name) {
				if e.Text == "" || e.Line < 1 || e.Line > lines || len(e.Cols) < s.MinCols || len(e.Cols) > s.MaxCols {
					t.Errorf("entry %+v of [%s] accepted", e, s.Name)
				}
			}
		}
	})
}
