package text

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// update rewrites the golden files under testdata/ (go test -update). It is
// the package's one -update flag: other test files here use it too.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// wantNum is an expected Number, written as the text it covers. The test
// finds that text in the input (after the previous expected one) to get
// the exact offsets to compare.
type wantNum struct {
	text    string // s[Start:End]
	num     string // s[NumStart:End]; "" means the same as text
	value   int
	max     int
	qual    Qualifier
	kind    NumKind
	another bool
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []wantNum
	}{
		{"digits", "Police said 15 people died.", []wantNum{
			{text: "15", value: 15}}},
		{"thousands separators", "More than 1,500 fled and 2,000,000 left.", []wantNum{
			{text: "More than 1,500", num: "1,500", value: 1500, qual: MoreThan},
			{text: "2,000,000", value: 2000000}}},
		{"south asian grouping", "killed 1,50,000 people", []wantNum{
			{text: "1,50,000", value: 150000}}},
		{"bad grouping splits", "values 5,6 and 1,50", []wantNum{
			{text: "5", value: 5}, {text: "6", value: 6}, {text: "1", value: 1}, {text: "50", value: 50}}},
		{"decimal scale", "1.5 million people were displaced", []wantNum{
			{text: "1.5 million", value: 1500000}}},
		{"scale words", "2 million, 3 thousand, 5 lakh and 2 dozen", []wantNum{
			{text: "2 million", value: 2000000}, {text: "3 thousand", value: 3000},
			{text: "5 lakh", value: 500000}, {text: "2 dozen", value: 24}}},
		{"strong", "a 2,000-strong force", []wantNum{
			{text: "2,000", value: 2000}}},
		{"strong after the", "the 2000-strong garrison", []wantNum{
			{text: "2000", value: 2000}}},
		{"words", "two soldiers and twenty-three civilians and twenty three police", []wantNum{
			{text: "two", value: 2}, {text: "twenty-three", value: 23}, {text: "twenty three", value: 23}}},
		{"hundred and", "one hundred and twelve rebels and two thousand five hundred troops", []wantNum{
			{text: "one hundred and twelve", value: 112}, {text: "two thousand five hundred", value: 2500}}},
		{"and not joined", "two and three", []wantNum{
			{text: "two", value: 2}, {text: "three", value: 3}}},
		{"units do not chain", "one two three", []wantNum{
			{text: "one", value: 1}, {text: "two", value: 2}, {text: "three", value: 3}}},
		{"a hundred a dozen", "A hundred people, a dozen guards, half a dozen children", []wantNum{
			{text: "A hundred", value: 100}, {text: "a dozen", value: 12}, {text: "half a dozen", value: 6}}},
		{"a alone", "a man and a woman", nil},
		{"half alone", "half of the victims", nil},
		{"half a million", "half a million refugees", []wantNum{
			{text: "half a million", value: 500000}}},
		{"vague plurals", "Dozens were hurt, thousands fled and hundreds of thousands left", []wantNum{
			{text: "Dozens", value: 24, qual: Vague}, {text: "thousands", value: 2000, qual: Vague},
			{text: "hundreds of thousands", value: 200000, qual: Vague}}},
		{"tens of thousands", "tens of thousands marched", []wantNum{
			{text: "tens of thousands", value: 20000, qual: Vague}}},
		{"tens alone", "in the tens", nil},
		{"scores", "wounding scores more; scores of people; Scores killed", []wantNum{
			{text: "scores more", value: 40, qual: Vague, another: true},
			{text: "scores", value: 40, qual: Vague}, {text: "Scores", value: 40, qual: Vague}}},
		{"scores the verb", "he scores goals", nil},
		{"few and several", "a few police and several soldiers, several hundred troops, a handful of men", []wantNum{
			{text: "a few", value: 2, qual: Vague}, {text: "several", value: 3, qual: Vague},
			{text: "several hundred", value: 300, qual: Vague}, {text: "a handful", value: 2, qual: Vague}}},
		{"couple and both", "a couple of passengers and both drivers", []wantNum{
			{text: "a couple", value: 2}, {text: "both", value: 2}}},
		{"a couple alone", "a couple were hurt", nil},
		{"another", "another was wounded; another 3 died; a further two; three more were found", []wantNum{
			{text: "another", value: 1, another: true}, {text: "another 3", num: "3", value: 3, another: true},
			{text: "a further two", num: "two", value: 2, another: true},
			{text: "three more", value: 3, another: true}}},
		{"one another", "they attacked one another", nil},
		{"more than is not more", "5 more than last year", []wantNum{{text: "5", value: 5}}},
		{"qualifiers", "at least two, no fewer than 20, over 100, upwards of 50, up to four, as many as 30, nearly 60, almost 100, close to 200, about 40, some 200, an estimated 300, roughly 50", []wantNum{
			{text: "at least two", num: "two", value: 2, qual: AtLeast},
			{text: "no fewer than 20", num: "20", value: 20, qual: AtLeast},
			{text: "over 100", num: "100", value: 100, qual: MoreThan},
			{text: "upwards of 50", num: "50", value: 50, qual: MoreThan},
			{text: "up to four", num: "four", value: 4, max: 4, qual: UpTo},
			{text: "as many as 30", num: "30", value: 30, max: 30, qual: UpTo},
			{text: "nearly 60", num: "60", value: 60, qual: Nearly},
			{text: "almost 100", num: "100", value: 100, qual: Nearly},
			{text: "close to 200", num: "200", value: 200, qual: Nearly},
			{text: "about 40", num: "40", value: 40, qual: About},
			{text: "some 200", num: "200", value: 200, qual: About},
			{text: "an estimated 300", num: "300", value: 300, qual: About},
			{text: "roughly 50", num: "50", value: 50, qual: About}}},
		{"longest qualifier wins", "no more than 5 and well over 10", []wantNum{
			{text: "no more than 5", num: "5", value: 5, max: 5, qual: Below},
			{text: "well over 10", num: "10", value: 10, qual: MoreThan}}},
		{"a ceiling and a high figure", "fewer than 40 and as many as 40", []wantNum{
			{text: "fewer than 40", num: "40", value: 40, max: 40, qual: Below},
			{text: "as many as 40", num: "40", value: 40, max: 40, qual: UpTo}}},
		{"thousands after one space", "killed 1 200 people, 12 500 000 in all; May 10 200 people", []wantNum{
			{text: "1 200", value: 1200}, {text: "12 500 000", value: 12500000},
			{text: "10", value: 10, kind: DatePart}, {text: "200", value: 200}}},
		{"postfix qualifiers", "15+ hurt, 40-plus dead, 20 or so, five or more, 40-odd", []wantNum{
			{text: "15+", value: 15, qual: MoreThan}, {text: "40-plus", value: 40, qual: MoreThan},
			{text: "20 or so", value: 20, qual: About}, {text: "five or more", value: 5, qual: AtLeast},
			{text: "40-odd", value: 40, qual: About}}},
		{"qualifier with dozen", "more than a dozen and nearly two dozen", []wantNum{
			{text: "more than a dozen", num: "a dozen", value: 12, qual: MoreThan},
			{text: "nearly two dozen", num: "two dozen", value: 24, qual: Nearly}}},
		{"vague keeps vague", "at least dozens", []wantNum{
			{text: "at least dozens", num: "dozens", value: 24, qual: Vague}}},
		{"went up to is an update", "the toll went up to 8", []wantNum{{text: "8", value: 8}}},
		{"ranges", "between 3 and 5, 3 to 5, 3-5, 3–5, three or four, one or two", []wantNum{
			{text: "between 3 and 5", num: "3 and 5", value: 3, max: 5},
			{text: "3 to 5", value: 3, max: 5}, {text: "3-5", value: 3, max: 5}, {text: "3–5", value: 3, max: 5},
			{text: "three or four", value: 3, max: 4}, {text: "one or two", value: 1, max: 2}}},
		{"range scaled", "between 1 and 2 million and 3-5 million", []wantNum{
			{text: "between 1 and 2 million", num: "1 and 2 million", value: 1000000, max: 2000000},
			{text: "3-5 million", value: 3000000, max: 5000000}}},
		{"from to is an update", "the toll rose from 8 to 12", []wantNum{
			{text: "8", value: 8}, {text: "12", value: 12}}},
		{"descending is no range", "5 to 3 and 3-1", []wantNum{
			{text: "5", value: 5}, {text: "3", value: 3}, {text: "3-1", value: 3, kind: Other}}},
		{"up to range bound", "up to 3 to 5 people", []wantNum{
			{text: "up to 3 to 5", num: "3 to 5", value: 3, max: 5, qual: UpTo}}},
		{"ordinals", "the third bomb, the 3rd attack, the twenty-first century, 21st", []wantNum{
			{text: "third", value: 3, kind: Ordinal}, {text: "3rd", value: 3, kind: Ordinal},
			{text: "twenty-first", value: 21, kind: Ordinal}, {text: "21st", value: 21, kind: Ordinal}}},
		{"dates", "on March 3, 2015 and on 5 May and 3 FEB 90, Oct. 14", []wantNum{
			{text: "3", value: 3, kind: DatePart}, {text: "2015", value: 2015, kind: Year},
			{text: "5", value: 5, kind: DatePart}, {text: "3", value: 3, kind: DatePart},
			{text: "90", value: 90, kind: Year}, {text: "14", value: 14, kind: DatePart}}},
		{"may the verb", "5 may have died", []wantNum{{text: "5", value: 5}}},
		{"day pairs", "on 22 and 23 December", []wantNum{
			{text: "22", value: 22, kind: DatePart}, {text: "23", value: 23, kind: DatePart}}},
		{"numeric dates", "on 2015-03-03, 03/03/2015 and 9/11", []wantNum{
			{text: "2015-03-03", value: 2015, kind: DatePart}, {text: "03/03/2015", value: 3, kind: DatePart},
			{text: "9/11", value: 9, kind: DatePart}}},
		{"years", "in 2007, since 1998, Kenya's 2007 election, the 2008 attacks, mid-2015, the 1990s, in 2014 and 2015", []wantNum{
			{text: "2007", value: 2007, kind: Year}, {text: "1998", value: 1998, kind: Year},
			{text: "2007", value: 2007, kind: Year}, {text: "2008", value: 2008, kind: Year},
			{text: "2015", value: 2015, kind: Year}, {text: "1990s", value: 1990, kind: Year},
			{text: "2014", value: 2014, kind: Year}, {text: "2015", value: 2015, kind: Year}}},
		{"year range", "the 2014-15 season", []wantNum{
			{text: "2014-15", value: 2014, max: 2015, kind: Year}}},
		{"four digits alone count", "2000 people marched", []wantNum{{text: "2000", value: 2000}}},
		{"qualified four digits count", "at least 2000 people", []wantNum{
			{text: "at least 2000", num: "2000", value: 2000, qual: AtLeast}}},
		{"times", "at 10:30, 3 p.m., 8pm, 11 o'clock, at 2030 they saw, 2330 hours, at 10.30 pm", []wantNum{
			{text: "10:30", value: 1030, kind: Time}, {text: "3 p.m.", value: 1500, kind: Time},
			{text: "8pm", value: 2000, kind: Time}, {text: "11 o'clock", value: 1100, kind: Time},
			{text: "2030", value: 2030, kind: Time}, {text: "2330 hours", value: 2330, kind: Time},
			{text: "10.30 pm", value: 2230, kind: Time}}},
		{"glued times with minutes", "the 4.30am blast, by 11.45pm", []wantNum{
			{text: "4.30am", value: 430, kind: Time}, {text: "11.45pm", value: 2345, kind: Time}}},
		{"ratio is no time", "a 2:1 vote and a 12:345 code", []wantNum{
			{text: "2:1", value: 2, kind: Other}, {text: "12:345", value: 12, kind: Other}}},
		{"ages", "a 22-year-old, a two-year-old, aged 40, 15 years old, 15 years of age, under the age of 10", []wantNum{
			{text: "22-year-old", value: 22, kind: Age}, {text: "two-year-old", value: 2, kind: Age},
			{text: "40", value: 40, kind: Age}, {text: "15 years old", value: 15, kind: Age},
			{text: "15 years of age", value: 15, kind: Age}, {text: "10", value: 10, kind: Age}}},
		{"the years of one person after of", "a woman of about 40, a boy of 12, a force of 40, a mother of four", []wantNum{
			{text: "about 40", num: "40", value: 40, kind: Age, qual: About}, {text: "12", value: 12, kind: Age},
			{text: "40", value: 40, kind: Cardinal}, {text: "four", value: 4, kind: Cardinal}}},
		{"percent", "15%, 15 %, 15 percent, 7.5 per cent, nearly 60 pct", []wantNum{
			{text: "15%", value: 15, kind: Percent}, {text: "15 %", value: 15, kind: Percent},
			{text: "15 percent", value: 15, kind: Percent}, {text: "7.5 per cent", value: 7, kind: Percent},
			{text: "nearly 60 pct", num: "60 pct", value: 60, kind: Percent, qual: Nearly}}},
		{"money", "$5 million, US$5m, Rs 5,000, Rs. 200, Rs5,000, €20, £3, 3 million dollars, 5 lakh rupees, more than $4.8 billion", []wantNum{
			{text: "$5 million", num: "5 million", value: 5000000, kind: Money},
			{text: "US$5m", num: "5m", value: 5000000, kind: Money},
			{text: "Rs 5,000", num: "5,000", value: 5000, kind: Money},
			{text: "Rs. 200", num: "200", value: 200, kind: Money},
			{text: "Rs5,000", num: "5,000", value: 5000, kind: Money},
			{text: "€20", num: "20", value: 20, kind: Money},
			{text: "£3", num: "3", value: 3, kind: Money},
			{text: "3 million dollars", value: 3000000, kind: Money},
			{text: "5 lakh rupees", value: 500000, kind: Money},
			{text: "more than $4.8 billion", num: "4.8 billion", value: 4800000000, kind: Money, qual: MoreThan}}},
		{"pounds of explosives", "500 pounds of explosives", []wantNum{{text: "500", value: 500}}},
		{"glued scales", "1.5m people, 2bn and 3mn, 2.5k, but 10m away", []wantNum{
			{text: "1.5m", value: 1500000}, {text: "2bn", value: 2000000000}, {text: "3mn", value: 3000000},
			{text: "2.5k", value: 2500}, {text: "10m", value: 10, kind: Measure}}},
		{"measures", "10 km away, 9mm rounds, two days later, a 1.5 km stretch, one day", []wantNum{
			{text: "10", value: 10, kind: Measure}, {text: "9mm", value: 9, kind: Measure},
			{text: "two", value: 2, kind: Measure}, {text: "1.5", value: 1, kind: Measure},
			{text: "one", value: 1, kind: Measure}}},
		{"labels and models", "an AK-47, an F-16, M16 rifles, No. 5, no. 7, Flight 17, Resolution 1325, #3, COVID-19", []wantNum{
			{text: "47", value: 47, kind: Other}, {text: "16", value: 16, kind: Other},
			{text: "5", value: 5, kind: Other}, {text: "7", value: 7, kind: Other},
			{text: "17", value: 17, kind: Other}, {text: "1325", value: 1325, kind: Other},
			{text: "3", value: 3, kind: Other}, {text: "19", value: 19, kind: Other}}},
		{"ids and phones", "call 0300-1234567 or 555-123-4567, id 1234567, version 1.2.3, magnitude 6.1", []wantNum{
			{text: "0300-1234567", value: 300, kind: Other}, {text: "555-123-4567", value: 555, kind: Other},
			{text: "1234567", value: 1234567, kind: Other}, {text: "1.2.3", value: 1, kind: Other},
			{text: "6.1", value: 6, kind: Other}}},
		{"compound adjectives", "a five-star hotel, a one-sided fight, a 12-member team", []wantNum{
			{text: "five", value: 5, kind: Other}, {text: "one", value: 1, kind: Other},
			{text: "12", value: 12, kind: Other}}},
		{"one as a pronoun", "the one who fled, each one, no one was hurt, one of the largest, one of the gunmen", []wantNum{
			{text: "one", value: 1, kind: Other}, {text: "one", value: 1, kind: Other},
			{text: "no one", value: 0, kind: Other}, {text: "one", value: 1, kind: Other},
			{text: "one", value: 1}}},
		{"list markers", "demands:\n1. the government\n    2. the army", []wantNum{
			{text: "1", value: 1, kind: Other}, {text: "2", value: 2, kind: Other}}},
		{"sentence end is no list", "He killed 5. Police said.", []wantNum{{text: "5", value: 5}}},
		{"inside words", "someone, anyone, M16A2, x86, 3x4 trucks, tone, bone", []wantNum{
			{text: "3x4", value: 3, kind: Other}}},
		{"all caps", "AT LEAST TWO POLICEMEN AND FIFTEEN OTHERS; DOZENS MORE; UP TO FOUR GUNMEN", []wantNum{
			{text: "AT LEAST TWO", num: "TWO", value: 2, qual: AtLeast}, {text: "FIFTEEN", value: 15},
			{text: "DOZENS MORE", value: 24, qual: Vague, another: true},
			{text: "UP TO FOUR", num: "FOUR", value: 4, max: 4, qual: UpTo}}},
		{"lower case muc", "at least six people were killed on 3 february and scores wounded", []wantNum{
			{text: "at least six", num: "six", value: 6, qual: AtLeast}, {text: "3", value: 3, kind: DatePart},
			{text: "scores", value: 40, qual: Vague}}},
		{"bounded", "99999999999999999999 people and 9,999,999,999,999,999,999 more", []wantNum{
			{text: "99999999999999999999", value: maxValue, kind: Other},
			{text: "9,999,999,999,999,999,999 more", value: maxValue, another: true}}},
		{"saturating words", "a trillion trillion", []wantNum{{text: "a trillion", value: 1_000_000_000_000}}},
		{"hundreds do not chain", "ninety hundred ninety hundred", []wantNum{
			{text: "ninety hundred ninety", value: 9090}}},
		{"unicode around", "«15» killed — “two” hurt; 5\u00a0million", []wantNum{
			{text: "15", value: 15}, {text: "two", value: 2}, {text: "5\u00a0million", value: 5000000}}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Numbers(nil, tt.in)
			checkNumbers(t, tt.in, got, tt.want)
		})
	}
}

func checkNumbers(t *testing.T, s string, got []Number, want []wantNum) {
	t.Helper()
	from := 0
	for i, w := range want {
		start := strings.Index(s[from:], w.text)
		if start < 0 {
			t.Fatalf("test error: %q not in %q after %d", w.text, s, from)
		}
		start += from
		end := start + len(w.text)
		num := w.num
		if num == "" {
			num = w.text
		}
		numStart := end - len(num)
		if i >= len(got) {
			t.Errorf("missing %d: want %q [%d,%d)", i, w.text, start, end)
			from = end
			continue
		}
		g := got[i]
		if g.Start != start || g.End != end || g.NumStart != numStart {
			t.Errorf("%d: got %q [%d,%d) num at %d, want %q [%d,%d) num at %d", i,
				s[g.Start:g.End], g.Start, g.End, g.NumStart, w.text, start, end, numStart)
		}
		if g.Value != w.value || g.Max != w.max || g.Qual != w.qual || g.Kind != w.kind || g.Another != w.another {
			t.Errorf("%d %q: got value %d max %d %s %s another=%v, want value %d max %d %s %s another=%v", i, w.text,
				g.Value, g.Max, g.Qual, g.Kind, g.Another, w.value, w.max, w.qual, w.kind, w.another)
		}
		from = end
	}
	for i := len(want); i < len(got); i++ {
		t.Errorf("extra %d: got %q [%d,%d) %s %s", i, s[got[i].Start:got[i].End], got[i].Start, got[i].End, got[i].Kind, got[i].Qual)
	}
}

// TestNumbersAppends checks that Numbers keeps what dst held and reads
// nothing of it: an earlier text's last number must not change this one's.
func TestNumbersAppends(t *testing.T) {
	dst := Numbers(nil, "March 3")
	dst = Numbers(dst, ", 2015 people")
	if len(dst) != 2 || dst[0].Kind != DatePart || dst[1].Kind != Cardinal || dst[1].Start != 2 {
		t.Fatalf("got %+v, want a date part then a cardinal at 2", dst)
	}
}

func TestNumbersNoAlloc(t *testing.T) {
	s := scanGoldenInputs(t, "number")
	dst := make([]Number, 0, 4096)
	allocs := testing.AllocsPerRun(20, func() { dst = Numbers(dst[:0], s) })
	if allocs != 0 {
		t.Errorf("got %v allocs per run, want 0", allocs)
	}
}

// numberJSON is a Number as the golden files show it.
type numberJSON struct {
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Num     string `json:"num,omitempty"`
	Value   int    `json:"value"`
	Max     int    `json:"max,omitempty"`
	Qual    string `json:"qual"`
	Kind    string `json:"kind"`
	Another bool   `json:"another,omitempty"`
}

type numberLine struct {
	Line    int          `json:"line"`
	Text    string       `json:"text"`
	Numbers []numberJSON `json:"numbers"`
}

// TestNumbersGolden runs Numbers over each testdata/number/*.txt (one
// passage a line, # for comments) and compares with the .json beside it.
func TestNumbersGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "number", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			var out []numberLine
			for n, line := range scanGoldenLines(t, file) {
				if line == "" {
					continue
				}
				l := numberLine{Line: n + 1, Text: line, Numbers: []numberJSON{}}
				for _, x := range Numbers(nil, line) {
					j := numberJSON{Text: line[x.Start:x.End], Start: x.Start, End: x.End, Value: x.Value, Max: x.Max,
						Qual: x.Qual.String(), Kind: x.Kind.String(), Another: x.Another}
					if x.NumStart != x.Start {
						j.Num = line[x.NumStart:x.End]
					}
					l.Numbers = append(l.Numbers, j)
				}
				out = append(out, l)
			}
			compareScanGolden(t, strings.TrimSuffix(file, ".txt")+".json", out)
		})
	}
}

// scanGoldenLines reads a golden input: one passage a line; blank lines and
// lines starting with # come back empty so that line numbers stay true.
func scanGoldenLines(t *testing.T, file string) []string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "#") {
			lines[i] = ""
		}
	}
	return lines
}

// compareScanGolden compares v, as indented JSON, with the golden file, or
// rewrites the file under -update.
func compareScanGolden(t *testing.T, golden string, v any) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		gotLines, wantLines := strings.Split(buf.String(), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gotLines) || i < len(wantLines); i++ {
			var g, w string
			if i < len(gotLines) {
				g = gotLines[i]
			}
			if i < len(wantLines) {
				w = wantLines[i]
			}
			if g != w {
				t.Fatalf("%s differs from line %d:\ngot  %s\nwant %s\n(run go test -update and review the diff)", golden, i+1, g, w)
			}
		}
	}
}

// scanGoldenInputs returns every passage under testdata/<dir>/*.txt, one a
// line: realistic text for benchmarks and allocation checks.
func scanGoldenInputs(tb testing.TB, dir string) string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			if dir == "date" {
				_, line, _ = strings.Cut(line, "\t")
			}
			sb.WriteString(line)
			sb.WriteByte('\n')
		}
	}
	if sb.Len() == 0 {
		tb.Fatalf("no inputs under testdata/%s", dir)
	}
	return sb.String()
}

// scanRuneStarts marks the offsets where a rune starts as Go decodes s: an
// invalid byte is a rune of its own, so offsets around it are boundaries.
func scanRuneStarts(s string) []bool {
	starts := make([]bool, len(s)+1)
	for i := range s {
		starts[i] = true
	}
	starts[len(s)] = true
	return starts
}

// checkNumberInvariants checks what must hold for any input.
func checkNumberInvariants(t *testing.T, s string, got []Number) {
	t.Helper()
	starts := scanRuneStarts(s)
	prevEnd := 0
	for i, n := range got {
		if n.Start < prevEnd || n.Start > n.NumStart || n.NumStart >= n.End || n.End > len(s) {
			t.Fatalf("%d: bad span Start %d NumStart %d End %d (previous end %d, len %d) in %q",
				i, n.Start, n.NumStart, n.End, prevEnd, len(s), s)
		}
		for _, off := range []int{n.Start, n.NumStart, n.End} {
			if !starts[off] {
				t.Fatalf("%d: offset %d splits a rune in %q", i, off, s)
			}
		}
		if n.Value < 0 || n.Value > maxValue || n.Max < 0 || n.Max > maxValue {
			t.Fatalf("%d: value %d max %d out of range in %q", i, n.Value, n.Max, s)
		}
		if n.Max != 0 && n.Max < n.Value {
			t.Fatalf("%d: max %d below value %d for %q", i, n.Max, n.Value, s[n.Start:n.End])
		}
		if n.Qual > Below || n.Kind > Other {
			t.Fatalf("%d: bad qualifier %d or kind %d", i, n.Qual, n.Kind)
		}
		prevEnd = n.End
	}
}

func FuzzNumbers(f *testing.F) {
	for _, s := range []string{
		"At least two policemen were killed and 15 others wounded.",
		"between 3 and 5, 3-5, 1,50,000, 1.5 million, $5m, Rs5,000, 22-year-old, 10:30 p.m.",
		"one hundred and twelve, half a dozen, tens of thousands, another 3, no one, one another",
		"99999999999999999999 9,999,999,999,999,999,999 0300-1234567 2015-03-03 3 FEB 90",
		"«15» — “two” 5\u00a0million 3–5 \xff\xfe 7,",
		// found by fuzzing: a stray continuation byte, 100s at the bound, a descending scaled range
		"0\xbb0", "1000000000000000S", "10–1\u00a0Billion",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNumberInvariants(t, s, Numbers(nil, s))
		// the scan must not depend on what dst held
		pre := []Number{{Start: 1, End: 2, Kind: DatePart}}
		got := Numbers(pre, s)[1:]
		if again := Numbers(nil, s); len(again) != len(got) {
			t.Fatalf("with a non-empty dst: %d numbers, without: %d", len(got), len(again))
		}
	})
}

func BenchmarkNumbers(b *testing.B) {
	s := scanGoldenInputs(b, "number") + scanGoldenInputs(b, "date")
	benchNumbers(b, s)
}

// BenchmarkNumbersCorpus runs over the news-dev articles and the first 4 MB
// of Reuters-21578 when ../shared is present.
func BenchmarkNumbersCorpus(b *testing.B) {
	for _, c := range scanCorpora {
		b.Run(c.name, func(b *testing.B) { benchNumbers(b, loadScanCorpus(b, c.glob, 4<<20)) })
	}
}

func benchNumbers(b *testing.B, s string) {
	dst := make([]Number, 0, len(s)/8)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		dst = Numbers(dst[:0], s)
		n = len(dst)
	}
	b.ReportMetric(float64(n)/float64(len(s))*1e6, "numbers/MB")
}

var scanCorpora = []struct{ name, glob string }{
	{"news-dev", "../../../shared/bench/news-dev/*.txt"},
	{"reuters", "../../../shared/corpus/reuters21578/*.txt"},
}

// loadScanCorpus concatenates the bodies of dated-text articles matching glob
// (up to about limit bytes), or skips when there are none.
func loadScanCorpus(tb testing.TB, glob string, limit int) string {
	tb.Helper()
	files, _ := filepath.Glob(glob)
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		if _, body, ok := strings.Cut(string(data), "\n"); ok {
			sb.WriteString(body)
			sb.WriteString("\n\n")
		}
		if sb.Len() > limit {
			break
		}
	}
	if sb.Len() == 0 {
		tb.Skipf("no articles at %s", glob)
	}
	return sb.String()
}
