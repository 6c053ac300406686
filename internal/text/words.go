package text

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/lexicon"
)

//go:embed words.txt
var wordsTxt string

// dateClassNames name the date-word classes in words.txt.
var dateClassNames = map[string]dateClass{"weekday": dWeekday, "month": dMonth, "today": dToday,
	"yesterday": dYesterday, "tomorrow": dTomorrow, "overnight": dOvernight, "part": dPart, "unit": dUnit,
	"islamic": dIslamic, "holiday": dHoliday}

// unitNames name the units of "unit" date words.
var unitNames = map[string]int{"day": uDay, "week": uWeek, "month": uMonth, "year": uYear, "weekend": uWeekend,
	"fortnight": uFortnight,
	"hour":      uHour, "minute": uMinute}

// numberClassNames name the number-word classes in words.txt.
var numberClassNames = map[string]wordClass{"unit": wUnit, "teen": wTeen, "tens": wTens, "hundred": wHundred,
	"scale": wScale, "dozen": wDozen, "ord-unit": wOrdUnit, "ord-teen": wOrdTeen, "ord-tens": wOrdTens,
	"ord-hundred": wOrdHundred, "ord-scale": wOrdScale, "vague": wVague, "tens-of": wTensOf,
	"several": wSeveral, "few": wFew, "handful": wHandful, "couple": wCouple, "a": wA, "half": wHalf,
	"and": wAnd, "another": wAnother, "both": wBoth, "no": wNo}

// qualifierByName names the qualifiers a [qualifier] phrase may give.
var qualifierByName = map[string]Qualifier{"at_least": AtLeast, "more_than": MoreThan, "up_to": UpTo,
	"about": About, "nearly": Nearly, "below": Below}

// wordSchema declares the sections of words.txt.
var wordSchema = []lexicon.WordSection{
	{Name: "date-word", MinCols: 1, MaxCols: 3, Values: keys(dateClassNames)},
	{Name: "holiday-day", MinCols: 1, MaxCols: 1},
	{Name: "date-prep"},
	{Name: "day-modifier"},
	{Name: "weekday-modifier"},
	{Name: "month-modifier"},
	{Name: "night-prep"},
	{Name: "night-follower"},
	{Name: "night-after-prep"},
	{Name: "span-end-prep"},
	{Name: "ongoing-verb"},
	{Name: "saying-verb"},
	{Name: "span-early-modifier"},
	{Name: "month-part-noun"},
	{Name: "month-prep"},
	{Name: "range-join"},
	{Name: "month-prep-unambiguous"},
	{Name: "year-part"},
	{Name: "year-word"},
	{Name: "year-of-word"},
	{Name: "date-name-head", MinCols: 1, MaxCols: 1, Values: []string{"group", "place"}},
	{Name: "number-word", MinCols: 2, MaxCols: 2, Values: keys(numberClassNames)},
	{Name: "qualifier", MinCols: 1, MaxCols: 1, Values: keys(qualifierByName)},
	{Name: "another"},
	{Name: "up-verb"},
	{Name: "one-determiner"},
	{Name: "of-determiner"},
	{Name: "label-word"},
	{Name: "age-of-noun"},
	{Name: "currency-code"},
	{Name: "currency-word"},
	{Name: "unit-word"},
	{Name: "size-word"},
	{Name: "abbreviation"},
}

// words is words.txt, read once when the package is loaded: the scanners'
// tables below are built from it, so that a lookup costs what it cost when
// the lists were Go literals.
var words = lexicon.MustParseWords("words.txt", wordsTxt, wordSchema)

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// loadDateWords builds the date-word table from [date-word].
func loadDateWords(f *lexicon.WordFile) *foldTable[dateWord] {
	m := map[string]dateWord{}
	for _, e := range f.Entries("date-word") {
		w := dateWord{class: dateClassNames[e.Cols[0]]}
		rest := e.Cols[1:]
		switch w.class {
		case dWeekday, dMonth, dIslamic, dHoliday:
			if len(rest) == 0 {
				panic(f.Errorf(e, "%s wants a number", e.Cols[0]))
			}
			w.value, rest = atoi(f, e, rest[0]), rest[1:]
		case dUnit:
			if len(rest) == 0 || unitNames[rest[0]] == 0 {
				panic(f.Errorf(e, "unit wants one of day, week, fortnight, month, year, weekend, hour, minute"))
			}
			w.value, rest = unitNames[rest[0]], rest[1:]
		}
		for _, flag := range rest {
			switch {
			case flag == "abbr" && w.class == dMonth:
				w.abbr = true
			case flag == "ambig" && w.class == dMonth:
				w.ambig = true
			case flag == "years" && w.class == dHoliday:
				w.years = true
			default:
				panic(f.Errorf(e, "unknown flag %q", flag))
			}
		}
		m[e.Text] = w
	}
	return newFoldTable(m)
}

// loadNameHeads builds the table of [date-name-head]: true for a group's
// head, false for a place's.
func loadNameHeads(f *lexicon.WordFile) *foldTable[bool] {
	m := map[string]bool{}
	for _, e := range f.Entries("date-name-head") {
		m[e.Text] = e.Cols[0] == "group"
	}
	return newFoldTable(m)
}

// loadHolidayDays builds the list of [holiday-day].
func loadHolidayDays(f *lexicon.WordFile) []holidayDay {
	var out []holidayDay
	for _, e := range f.Entries("holiday-day") {
		out = append(out, holidayDay{e.Text, atoi(f, e, e.Cols[0])})
	}
	return out
}

// atoi reads a number column of entry e, panicking with file and line:
// the file is embedded, so a bad number is a build defect.
func atoi(f *lexicon.WordFile, e lexicon.WordEntry, s string) int {
	v, err := strconv.Atoi(s)
	if err != nil {
		panic(f.Errorf(e, "%q is not a whole number", s))
	}
	return v
}

// loadNumberWords builds the number-word table from [number-word].
func loadNumberWords(f *lexicon.WordFile) *foldTable[numberWord] {
	m := map[string]numberWord{}
	for _, e := range f.Entries("number-word") {
		m[e.Text] = numberWord{numberClassNames[e.Cols[0]], atoi(f, e, e.Cols[1])}
	}
	return newFoldTable(m)
}

// loadPhrases builds a phrase set from a section; entries without a value
// get Exact.
func loadPhrases(f *lexicon.WordFile, section string) phraseSet {
	var ps []phrase
	for _, e := range f.Entries(section) {
		p := phrase{words: strings.Fields(e.Text)}
		if len(e.Cols) > 0 {
			p.qual = qualifierByName[e.Cols[0]]
		}
		ps = append(ps, p)
	}
	return newPhraseSet(ps)
}

// loadFoldSet builds a fold table of the words of a section.
func loadFoldSet(f *lexicon.WordFile, section string) *foldTable[struct{}] {
	m := map[string]struct{}{}
	for _, w := range f.List(section) {
		m[w] = struct{}{}
	}
	return newFoldTable(m)
}
