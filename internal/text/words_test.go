package text

import (
	"testing"

	"github.com/sitrep/sitrep/internal/lexicon"
)

// TestWordsFile lints the embedded words.txt: it parses under the strict
// reader and every value column reads.
func TestWordsFile(t *testing.T) {
	f, err := lexicon.ParseWords("words.txt", wordsTxt, wordSchema)
	if err != nil {
		t.Fatal(err)
	}
	loadDateWords(f)
	loadNumberWords(f)
	for _, s := range wordSchema {
		if len(f.Entries(s.Name)) == 0 {
			t.Errorf("section [%s] is empty", s.Name)
		}
	}
}

func TestWordValueErrors(t *testing.T) {
	schema := []lexicon.WordSection{wordSchema[0], {Name: "number-word", MinCols: 2, MaxCols: 2, Values: keys(numberClassNames)}}
	for _, tc := range []struct{ name, src, want string }{
		{"month without number", "[date-word]\nmay = month\n[number-word]\n", "w.txt:2: month wants a number"},
		{"month number not a number", "[date-word]\nmay = month five\n[number-word]\n", `w.txt:2: "five" is not a whole number`},
		{"unknown unit", "[date-word]\nquarter = unit quarter\n[number-word]\n", "w.txt:2: unit wants one of day, week, fortnight, month, year, weekend, hour, minute"},
		{"flag on a weekday", "[date-word]\nsunday = weekday 0 ambig\n[number-word]\n", `w.txt:2: unknown flag "ambig"`},
		{"unknown class", "[date-word]\nnoon = hour\n[number-word]\n", `w.txt:2: unknown value "hour" in [date-word]; want one of holiday, islamic, month, overnight, part, today, tomorrow, unit, weekday, yesterday`},
		{"number word value", "[date-word]\n[number-word]\none = unit I\n", `w.txt:3: "I" is not a whole number`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := func() (msg string) {
				defer func() {
					if r := recover(); r != nil {
						msg = r.(error).Error()
					}
				}()
				f, err := lexicon.ParseWords("w.txt", tc.src, schema)
				if err != nil {
					return err.Error()
				}
				loadDateWords(f)
				loadNumberWords(f)
				return ""
			}()
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
