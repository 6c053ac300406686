package text

import (
	"errors"
	"strconv"
	"time"

	"github.com/sitrep/sitrep/internal/record"
)

// Day is a civil date with no time zone. A month-precision Day has D 0, a
// year-precision Day has M and D 0; the zero Day means unknown.
type Day struct{ Y, M, D int }

// ParseDay reads "2018-11-23", or "2018-11" and "2018" for coarser days
// (the forms String writes).
func ParseDay(s string) (Day, error) {
	d, ok := parseDay(s)
	if !ok {
		// made only here: every document's date is parsed, and building
		// the message before knowing was a tenth of an extraction's
		// allocations
		return Day{}, errors.New("bad date " + strconv.Quote(s) + ": want YYYY-MM-DD")
	}
	return d, nil
}

// parseDay is ParseDay without the error, so that a good date, the
// common case, costs no allocation.
func parseDay(s string) (Day, bool) {
	var d Day
	num := func(p string) (int, bool) {
		v := 0
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return 0, false
			}
			v = v*10 + int(p[i]-'0')
		}
		return v, len(p) > 0
	}
	var ok bool
	switch len(s) {
	case 10:
		if s[4] != '-' || s[7] != '-' {
			return Day{}, false
		}
		if d.D, ok = num(s[8:10]); !ok || d.D == 0 {
			return Day{}, false
		}
		fallthrough
	case 7:
		if s[4] != '-' {
			return Day{}, false
		}
		if d.M, ok = num(s[5:7]); !ok || d.M == 0 {
			return Day{}, false
		}
		fallthrough
	case 4:
		if d.Y, ok = num(s[0:4]); !ok {
			return Day{}, false
		}
	default:
		return Day{}, false
	}
	if !d.Valid() || d.IsZero() {
		return Day{}, false
	}
	return d, true
}

// String writes the day as YYYY-MM-DD, YYYY-MM or YYYY by its precision,
// and "" for the zero Day.
func (d Day) String() string {
	if d.IsZero() {
		return ""
	}
	b := make([]byte, 0, 10)
	b = appendPadded(b, d.Y, 4)
	if d.M > 0 {
		b = append(b, '-')
		b = appendPadded(b, d.M, 2)
		if d.D > 0 {
			b = append(b, '-')
			b = appendPadded(b, d.D, 2)
		}
	}
	return string(b)
}

func appendPadded(b []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// IsZero reports whether d is the zero Day (unknown).
func (d Day) IsZero() bool { return d == Day{} }

// Valid reports whether d is the zero Day or a real day, month or year
// between the years 1 and 9999.
func (d Day) Valid() bool {
	switch {
	case d.IsZero():
		return true
	case d.Y < 1 || d.Y > 9999:
		return false
	case d.M == 0:
		return d.D == 0
	case d.M < 0 || d.M > 12:
		return false
	}
	return d.D == 0 || d.D >= 1 && d.D <= daysIn(d.Y, d.M)
}

// full reports whether d names one day.
func (d Day) full() bool { return d.D > 0 && d.Valid() }

// AddDays returns the day n days after d (before it for negative n),
// clamped to the years 1-9999. A month- or year-precision Day is returned
// unchanged: it has no day to move.
func (d Day) AddDays(n int) Day {
	if !d.full() {
		return d
	}
	z := daysFromCivil(d.Y, d.M, d.D)
	lo, hi := daysFromCivil(1, 1, 1), daysFromCivil(9999, 12, 31)
	switch {
	case n < lo-z:
		z = lo
	case n > hi-z:
		z = hi
	default:
		z += n
	}
	y, m, dd := civilFromDays(z)
	return Day{y, m, dd}
}

// Sub returns the number of days from e to d (positive when d is later).
// Both must be full days; otherwise Sub returns 0.
func (d Day) Sub(e Day) int {
	if !d.full() || !e.full() {
		return 0
	}
	return daysFromCivil(d.Y, d.M, d.D) - daysFromCivil(e.Y, e.M, e.D)
}

// Weekday returns the day of the week of a full day (Sunday for any
// other).
func (d Day) Weekday() time.Weekday {
	if !d.full() {
		return time.Sunday
	}
	return time.Weekday(((daysFromCivil(d.Y, d.M, d.D)+4)%7 + 7) % 7) // 1970-01-01 was a Thursday
}

// After reports whether d falls after e, compared at the coarser of their
// precisions: 2018-11 is not after 2018-11-23, 2018-12 is.
func (d Day) After(e Day) bool {
	if d.Y != e.Y || d.M == 0 || e.M == 0 {
		return d.Y > e.Y
	}
	if d.M != e.M || d.D == 0 || e.D == 0 {
		return d.M > e.M
	}
	return d.D > e.D
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil returns the days since 1970-01-01 of a proleptic Gregorian
// date (Howard Hinnant's algorithm).
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int) (y, m, d int) {
	z += 719468
	era := z / 146097
	if z < 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// addMonths returns the month n months after y-m.
func addMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return k / 12, k%12 + 1
}

// Date is one date expression found by Dates. Offsets are bytes into the
// scanned text, half-open.
type Date struct {
	// Start and End cover the expression with its modifiers ("late
	// Tuesday", "last night", "two days ago", "Friday, March 3"), not the
	// preposition before it.
	Start, End int
	// Day is the resolved day; D is 0 for month precision, M and D for
	// year precision. It is zero when the expression needs the
	// publication day and none was given.
	Day Day
	// Precision is record.PrecisionDay, PrecisionWeek, PrecisionMonth or
	// PrecisionYear. For week precision Day is a day inside the week meant
	// (pub for "this week", pub-7 for "last week").
	Precision string
	// Prep is the preposition that governs the expression, lower case:
	// "on", "in", "since", "until", "by", "from", "during", "before",
	// "after", "of", or "". "since 2 February" starts a period; "in July
	// 2021" is often background.
	Prep string
	// Relative is set when the day was resolved from the publication day:
	// weekdays, "yesterday", "last week", and month names without a year.
	Relative bool
	// Previous is set when the day was resolved from the previous day-
	// precision date in the text: "a day earlier", "the next day", "that
	// night".
	Previous bool
	// Future is set when Day falls after the publication day ("tomorrow",
	// "next week", "on March 3, 2030").
	Future bool
	// Relation is set for "a day after ..." and "two weeks before ...":
	// Day is the date of the event named after the expression (the
	// storming in "the attack comes a day after gunmen stormed the
	// offices"), counted from the previous date in the text or from pub;
	// it does not date the clause that contains it.
	Relation bool
	// Calendar is set for a day of the Islamic calendar ("the first day of
	// Ramadan"), resolved by the tabular calendar: where the month begins
	// on the sighting of the moon the real day may be one either side.
	Calendar bool
}

// DaysBefore returns how many days d.Day lies before pub (negative when
// after), or 0 when either is not a full day.
func (d Date) DaysBefore(pub Day) int { return pub.Sub(d.Day) }

// Dates appends to dst every date expression in s, resolved against the
// publication day pub, and returns the extended slice. Expressions never
// overlap. With a zero pub (publication day unknown), expressions that need
// it come back with a zero Day and Relative set. It allocates nothing
// beyond growing dst.
//
// Rules, after the way GTD and ACLED coders read reports:
//   - A weekday is the most recent such day on or before pub (the pub day
//     itself when it is that weekday); "last Friday" is strictly before
//     pub, "next Friday" after it.
//   - "today", "tonight", "this morning" are pub; "yesterday", "last
//     night", "overnight" and "during the night" are pub-1 (an overnight
//     attack is coded on the day it began); "the night before last" is
//     pub-2. "on Wednesday last week" is the Wednesday of the calendar
//     week before pub's.
//   - A month alone ("in October") is the most recent one on or before
//     pub; so is a month and day without a year ("March 3"), unless the
//     coming one is at most 60 days after pub (then Future is set).
//   - "a day earlier", "the next day", "that night" count from the date
//     mentioned last in s when it names a day, or back from pub when s has
//     none before; "ten days later" after "last year" is dropped.
//   - "a day after X" inside a clause dates X (Relation): a day before the
//     previous date, or before pub.
//   - Numeric dates other than ISO (2015-03-03, 2015/03/03) are skipped:
//     03/04/2015 is ambiguous.
//   - "3 FEB 90" (MUC wire style) takes the century that puts the year on
//     or before pub, or 1950-2049 without one.
func Dates(dst []Date, s string, pub Day) []Date {
	if !pub.full() {
		pub = Day{}
	}
	sc := dateScan{t: scanText(s), pub: pub, dst: dst, base: len(dst), anchorAt: -1}
	sc.run()
	return sc.dst
}

// dateScan holds the state of one Dates call.
type dateScan struct {
	t     scanText
	pub   Day
	dst   []Date
	base  int
	floor int
	// anchorAt indexes dst's last date other than a Relation, or is -1: the
	// anchor of "a day earlier", kept so that finding it is O(1).
	anchorAt int
}

func (sc *dateScan) run() {
	t := sc.t
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case '0' <= c && c <= '9':
			if t.inWord(i) {
				i = t.alnumEnd(i)
				continue
			}
			if k := sc.digits(i); k > i {
				i = k
				continue
			}
			i = t.digitsEnd(i)
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			j, h := t.wordHash(i)
			if !t.inWord(i) && !t.wordAt(j) {
				if w, ok := dateWords.get(t, i, j, h); ok {
					if k := sc.word(i, j, w); k > i {
						i = k
						continue
					}
				}
			}
			i = j
		default:
			i++
		}
	}
}

// dateClass is the part a word plays in a date expression.
type dateClass uint8

const (
	dWeekday   dateClass = iota + 1 // monday..sunday; value 0 (Sunday) to 6
	dMonth                          // january..december and abbreviations; value 1-12
	dToday                          // today, tonight
	dYesterday                      // yesterday
	dTomorrow                       // tomorrow
	dOvernight                      // overnight
	dPart                           // night, morning, afternoon, evening
	dUnit                           // day(s), week(s), month(s), year(s), weekend
	dIslamic                        // an Islamic month: value 1 (Muharram) to 12
	dHoliday                        // a holiday on a fixed day: value MMDD
)

// Units of dUnit words.
const (
	uDay = iota + 1
	uWeek
	uMonth
	uYear
	uWeekend
	uFortnight // two weeks: "a fortnight ago"
	uHour      // only back from publication: see clock
	uMinute    // likewise
)

type dateWord struct {
	class dateClass
	value int
	abbr  bool // "Oct", "Sept": only with a day or a year
	ambig bool // "may", "march", "august": also common words
	years bool // a holiday named with "Year's" after the word ("New Year's")
}

var dateWords = loadDateWords(words) // [date-word]

// monthAt returns the month named by t[a:b] (1-12) and its word, or 0.
func (t scanText) monthAt(a, b int) (int, dateWord) {
	if b-a < 3 || b-a > 9 || t.wordAt(b) {
		return 0, dateWord{}
	}
	w, ok := dateWords.lookup(t, a, b)
	if !ok || w.class != dMonth {
		return 0, dateWord{}
	}
	return w.value, w
}

// datePreps are the prepositions reported in Date.Prep.
var datePreps = words.List("date-prep")

// prepBefore returns the preposition just before p (at or after floor) and
// its start, or "" and p.
func (sc *dateScan) prepBefore(p int) (string, int) {
	a, b := sc.t.before(p)
	if a < sc.floor || a == b {
		return "", p
	}
	for _, w := range datePreps {
		if sc.t.is(a, b, w) {
			return w, a
		}
	}
	return "", p
}

// modBefore returns the modifier word just before p among mods, and its
// start; "" and p if none. A glued "mid-" counts.
func (sc *dateScan) modBefore(p int, mods []string) (string, int) {
	t := sc.t
	a, b := t.before(p)
	if a < sc.floor || a == b {
		return "", p
	}
	if b-a == 1 && t[a] == '-' && b == p {
		c, d := t.before(a)
		if c >= sc.floor && d == a && t.is(c, d, "mid") {
			return "mid", c
		}
		return "", p
	}
	for _, w := range mods {
		if t.is(a, b, w) {
			return w, a
		}
	}
	return "", p
}

// emit appends d, computing Future, and raises the floor past it.
func (sc *dateScan) emit(d Date) int {
	if !sc.pub.IsZero() && !d.Day.IsZero() {
		d.Future = d.Day.After(sc.pub)
	}
	sc.dst = append(sc.dst, d)
	sc.floor = d.End
	if !d.Relation {
		sc.anchorAt = len(sc.dst) - 1
	}
	return d.End
}

// relative fills in a day resolved from pub: Day is zero when pub is.
func (sc *dateScan) relative(d *Date, day Day) {
	d.Relative = true
	if !sc.pub.IsZero() {
		d.Day = day
	}
}

// anchor returns the day that "a day earlier" or "the next day" counts
// from: the date mentioned last in this call (other than a Relation) when
// it names a day, or pub when no date came before. found is false for pub; ok is false when the
// last date is coarser than a day ("last year ... ten days later"), which
// leaves nothing to count from.
func (sc *dateScan) anchor() (day Day, found, ok bool) {
	if sc.anchorAt < 0 {
		return sc.pub, false, true
	}
	// a Relation is skipped: "a week before the vote" dates the vote, not the story
	if d := sc.dst[sc.anchorAt]; d.Precision == record.PrecisionDay {
		return d.Day, true, true
	}
	return Day{}, true, false
}

// word handles a word that can head a date expression.
func (sc *dateScan) word(i, j int, w dateWord) int {
	switch w.class {
	case dWeekday:
		return sc.weekday(i, j, w.value)
	case dMonth:
		return sc.month(i, j, w)
	case dToday, dYesterday, dTomorrow:
		off := 0
		switch w.class {
		case dYesterday:
			off = -1
		case dTomorrow:
			off = 1
		}
		return sc.named(i, j, off)
	case dOvernight:
		// "overnight Friday": the weekday carries it
		if a, b := sc.t.after(j); a < len(sc.t) {
			if v, ok := dateWords.lookup(sc.t, a, b); ok && v.class == dWeekday {
				return i
			}
		}
		return sc.named(i, j, -1)
	case dPart:
		return sc.part(i, j)
	case dUnit:
		return sc.unit(i, j, w.value)
	case dIslamic:
		return sc.islamic(i, j, w.value)
	case dHoliday:
		return sc.holiday(i, j, w)
	}
	return i
}

// holidayDays: see [holiday-day] in words.txt.
var holidayDays = loadHolidayDays(words)

// holidayDay is a word that makes a holiday's name a day, and the days it
// lies from the holiday.
type holidayDay struct {
	word string
	off  int
}

// holiday handles a holiday on a fixed day of the year at [i,j) ("on
// Christmas Day", "on New Year's Eve", "Christmas Eve in 2000"): a day
// like a month and day without a year, the most recent one on or before
// pub unless a year follows. The name alone ("the Christmas market",
// "before Christmas") is a season, not a day, and dates nothing.
func (sc *dateScan) holiday(i, j int, w dateWord) int {
	t := sc.t
	e := j
	if w.years {
		a, b := t.after(e)
		switch n := t.apostropheAt(b); {
		case t.is(a, b, "years"):
			e = b // "New Years Eve"
		case t.is(a, b, "year") && n > 0 && t.is(b+n, b+n+1, "s") && !t.wordAt(b+n+1):
			e = b + n + 1
		default:
			return i
		}
	}
	a, b := t.after(e)
	off, ok := 0, false
	for _, h := range holidayDays {
		if t.is(a, b, h.word) {
			off, ok = h.off, true
			break
		}
	}
	if !ok {
		return i
	}
	e = b
	m, dd := w.value/100, w.value%100
	if off != 0 {
		day := Day{2001, m, dd}.AddDays(off) // a year with no February 29
		m, dd = day.M, day.D
	}
	p := monthParse{day: dd}
	// "Christmas Eve 2000", "Christmas Eve, 2000", "Christmas Eve in 2000"
	k := e
	if c, f := t.after(k); c < len(t) && (t[c] == ',' || t.is(c, f, "in")) {
		k = f
	}
	if c, f := t.after(k); f-c == 4 && t.digit(c) && !t.wordAt(f) {
		if y := digitsValue(t[c:f]); y >= 1900 && y <= 2099 {
			p.year, e = y, f
		}
	}
	d := Date{Start: i, End: e}
	d.Prep, _ = sc.prepBefore(i)
	sc.resolveMonth(&d, m, p)
	return sc.emit(d)
}

// dayMods: see [day-modifier] in words.txt.
var dayMods = words.List("day-modifier")

// named handles today, tonight, yesterday, tomorrow and overnight, off days
// from pub: "early yesterday", "yesterday morning", "earlier today".
func (sc *dateScan) named(i, j, off int) int {
	t := sc.t
	d := Date{Start: i, End: j, Precision: record.PrecisionDay}
	if _, s := sc.modBefore(i, dayMods); s < i {
		d.Start = s
	}
	d.Prep, _ = sc.prepBefore(d.Start)
	if a, b := t.after(j); a < len(t) {
		if v, ok := dateWords.lookup(t, a, b); ok && v.class == dPart && !t.wordAt(b) {
			d.End = b
		}
	}
	sc.relative(&d, sc.pub.AddDays(off))
	return sc.emit(d)
}

// weekdayMods: see [weekday-modifier] in words.txt.
var weekdayMods = words.List("weekday-modifier")

// weekday handles a weekday name at [i,j) with value wd (0 is Sunday).
func (sc *dateScan) weekday(i, j, wd int) int {
	t := sc.t
	d := Date{Start: i, End: j, Precision: record.PrecisionDay}
	// "late on Friday": modifier, preposition, weekday
	prep, ps := sc.prepBefore(i)
	mod, ms := sc.modBefore(ps, weekdayMods)
	if prep == "" || mod != "late" && mod != "early" {
		mod, ms = sc.modBefore(i, weekdayMods)
		prep, _ = sc.prepBefore(ms)
	}
	d.Start, d.Prep = ms, prep
	if mod == "" {
		d.Start = i
	}
	// "Friday night", "Friday, March 3", "Friday (Nov. 23)"
	if a, b := t.after(j); a < len(t) {
		if v, ok := dateWords.lookup(t, a, b); ok && v.class == dPart && !t.wordAt(b) {
			d.End = b
		}
	}
	k := d.End
	if a, _ := t.after(k); a < len(t) && (t[a] == ',' || t[a] == '(') {
		k = a + 1
	}
	if e, ok := sc.explicitAt(k, &d); ok {
		d.End = e
		if a, _ := t.after(e); a < len(t) && t[a] == ')' && t[k-1] == '(' {
			d.End = a + 1
		}
		return sc.emit(d)
	}
	var day Day
	if e, ok := sc.lastWeekAfter(d.End); ok && mod != "last" && mod != "past" && mod != "next" && mod != "this" {
		// "on Wednesday last week", "Friday of last week": that weekday in
		// the calendar week (Monday to Sunday) before the one of pub
		d.End = e
		if !sc.pub.IsZero() {
			monday := sc.pub.AddDays(-sc.daysSince(int(time.Monday)))
			day = monday.AddDays(-7 + (wd+6)%7)
		}
		sc.relative(&d, day)
		return sc.emit(d)
	}
	if !sc.pub.IsZero() {
		back := sc.daysSince(wd)
		switch mod {
		case "last", "past":
			if back == 0 {
				back = 7
			}
		case "next":
			back -= 7 // the next such day after pub
			if back == 0 {
				back = -7
			}
		}
		day = sc.pub.AddDays(-back)
		if mod == "" && isOneOf(d.Prep, spanEndPreps) && sc.ongoingBefore(d.Start) {
			// "is on a visit to Japan through Friday": the span goes on
			// from the report, so its last day is the coming one
			day = sc.pub.AddDays((wd - int(sc.pub.Weekday()) + 7) % 7)
		}
	}
	sc.relative(&d, day)
	return sc.emit(d)
}

// daysSince returns how many days back from pub the weekday wd last fell,
// 0 when pub is one.
func (sc *dateScan) daysSince(wd int) int { return (int(sc.pub.Weekday()) - wd + 7) % 7 }

// spanEndPreps end a span at their date, ongoingVerbs tell a state going
// on at the report: see [span-end-prep] and [ongoing-verb] in words.txt.
var (
	spanEndPreps = words.List("span-end-prep")
	ongoingVerbs = words.List("ongoing-verb")
)

// ongoingBefore reports whether the clause of the date starting at p, read
// back to a comma or the sentence's start (at most twelve words), holds a
// verb of [ongoing-verb]: its span runs on from the report.
func (sc *dateScan) ongoingBefore(p int) bool {
	t := sc.t
	a, b := t.before(p)
	for n := 0; n < 12 && a < b; n++ {
		a, b = t.before(a)
		if a == b {
			return false
		}
		switch t[a:b] {
		case ".", "!", "?", ";", ",", ":", "\"", "“", "(", "—":
			return false
		}
		if t.isAny(a, b, ongoingVerbs) {
			return true
		}
	}
	return false
}

// lastWeekAfter reports whether "last week" or "of last week" follows
// k, and where it ends: a weekday so placed is in the week before pub's.
func (sc *dateScan) lastWeekAfter(k int) (int, bool) {
	t := sc.t
	a, b := t.after(k)
	if t.is(a, b, "of") {
		a, b = t.after(b)
	}
	if !t.is(a, b, "last") {
		return 0, false
	}
	c, e := t.after(b)
	if !t.is(c, e, "week") || t.wordAt(e) {
		return 0, false
	}
	return e, true
}

// explicitAt parses a month and day starting at k ("March 3", "3 March
// 2015", "Nov. 23, 2018") into d, for a weekday that names its date.
func (sc *dateScan) explicitAt(k int, d *Date) (int, bool) {
	t := sc.t
	a, b := t.after(k)
	if a >= len(t) {
		return 0, false
	}
	dayAt, dayVal := -1, 0
	if t.digit(a) {
		v, e, ok := t.dayNumber(a)
		if !ok {
			return 0, false
		}
		dayAt, dayVal = a, v
		if c, f := t.after(e); t.is(c, f, "of") {
			e = f
		}
		a, b = t.after(e)
	}
	m, w := t.monthAt(a, b)
	if m == 0 {
		return 0, false
	}
	md, ok := sc.monthParts(a, b, w, dayAt, dayVal)
	if !ok || md.day == 0 {
		return 0, false
	}
	sc.resolveMonth(d, m, md)
	return md.end, true
}

// monthParse is what surrounds a month name.
type monthParse struct {
	day      int  // 1-31, 0 if none
	year     int  // 0 if none
	yy       bool // a two-digit year
	end      int
	modifier string
}

// ordinalBefore reads a spelled ordinal of a day of the month ending at
// the token [a,b): "fourth", "twenty-first". It returns the day and the
// ordinal's start.
func (t scanText) ordinalBefore(a, b int) (v, start int, ok bool) {
	if a >= b || !t.letterAt(a) {
		return 0, 0, false
	}
	w, found := numberWords.lookup(t, a, b)
	if !found {
		return 0, 0, false
	}
	switch w.class {
	case wOrdTeen, wOrdTens:
		return w.value, a, w.value <= 31
	case wOrdUnit:
		if a > 0 && t[a-1] == '-' {
			if c, e := t.before(a - 1); e == a-1 && c < e {
				if tw, ok := numberWords.lookup(t, c, e); ok && tw.class == wTens && tw.value <= 30 {
					v := tw.value + w.value
					return v, c, v <= 31
				}
			}
			return 0, 0, false
		}
		return w.value, a, true
	}
	return 0, 0, false
}

// ordinalAfter reads a spelled ordinal of a day of the month starting at
// the token [a,b): "third", "twenty-first". It returns the day and the
// ordinal's end.
func (t scanText) ordinalAfter(a, b int) (v, end int, ok bool) {
	w, found := numberWords.lookup(t, a, b)
	if !found {
		return 0, 0, false
	}
	switch w.class {
	case wOrdUnit, wOrdTeen, wOrdTens:
		if t.hyphenWord(b) {
			return 0, 0, false
		}
		return w.value, b, w.value <= 31
	case wTens:
		if b < len(t) && t[b] == '-' && w.value <= 30 {
			c, e := t.after(b + 1)
			if c == b+1 {
				if u, ok := numberWords.lookup(t, c, e); ok && u.class == wOrdUnit && !t.hyphenWord(e) {
					return w.value + u.value, e, w.value+u.value <= 31
				}
			}
		}
	}
	return 0, 0, false
}

// dayNumber reads a day of the month at a: 1-31 with an optional ordinal
// suffix (3, 03, 3rd).
func (t scanText) dayNumber(a int) (v, end int, ok bool) {
	e := t.digitsEnd(a)
	if e-a > 2 || e == a {
		return 0, 0, false
	}
	v = digitsValue(t[a:e])
	if k := t.lettersEnd(e); k > e {
		if !(t.is(e, k, "st") || t.is(e, k, "nd") || t.is(e, k, "rd") || t.is(e, k, "th")) || t.wordAt(k) {
			return 0, 0, false
		}
		e = k
	} else if t.wordAt(e) || e < len(t) && (t[e] == ':' && t.digit(e+1) || t[e] == '.' && t.digit(e+1) || t[e] == ',' && t.digit(e+1) || t[e] == '%') {
		return 0, 0, false
	}
	return v, e, v >= 1 && v <= 31
}

// monthParts reads the day and year around a month name at [a,b). dayAt is
// the start of a day number already read before it, or -1.
func (sc *dateScan) monthParts(a, b int, w dateWord, dayAt, dayVal int) (monthParse, bool) {
	t := sc.t
	p := monthParse{end: b, day: dayVal}
	e := b
	if w.abbr && e < len(t) && t[e] == '.' {
		e++
	}
	if dayAt < 0 {
		// March 3, March 3rd, Oct. 14
		switch c, f := t.after(e); {
		case c > e && t.letterAt(c) && (!w.ambig || t.upperAt(a)):
			// "February third", "July twenty-first": a spelled ordinal
			// ending its clause or before a year; "the March first
			// quarter" is no date
			if v, g, ok := t.ordinalAfter(c, f); ok {
				if h, k := t.after(g); h >= len(t) || !t.wordAt(h) || k-h == 4 && t.digit(h) {
					p.day, p.end, e = v, g, g
				}
			}
		case c > e && t.digit(c):
			if v, f, ok := t.dayNumber(c); ok && !t.hyphenWord(f) {
				p.day, p.end, e = v, f, f
			} else if ok {
				// "May 3-4", "September 23-30": a span of days, dated by
				// the day it began, as "3-4 May" is
				if w := t.dashAt(f); w > 0 && t.digit(f+w) {
					if v2, g, ok2 := t.dayNumber(f + w); ok2 && v2 > v && !t.hyphenWord(g) {
						p.day, p.end, e = v, g, g
					}
				}
			}
		}
	} else if w.ambig && !t.ambiguousMonthOK(dayAt, b, sc.floor) {
		return p, false
	} else if w.abbr {
		p.end = e
	}
	// a year: ", 2015", " 2015", "of 2015"; "90" after "3 FEB"
	c, f := t.after(e)
	if c < len(t) && t[c] == ',' && p.day > 0 {
		c, f = t.after(c + 1)
	} else if t.is(c, f, "of") && p.day == 0 {
		c, f = t.after(f)
	}
	if t.digit(c) && !t.wordAt(f) && !(f < len(t) && (t[f] == ',' || t[f] == '.' || t[f] == ':') && t.digit(f+1)) {
		switch y := digitsValue(t[c:f]); {
		case f-c == 4 && y >= 1000 && y <= 2999:
			p.year, p.end = y, f
		case f-c == 2 && dayAt >= 0 && w.abbr && c > e:
			// 3 FEB 90: only where a word cannot follow ("3 Feb 15 people")
			if g, h := t.after(f); g >= len(t) || !t.letterAt(g) || h == g {
				p.year, p.yy, p.end = y, true, f
			}
		}
	}
	if p.day == 0 && p.year == 0 && dayAt < 0 && w.abbr {
		return p, false // "Oct" alone is not a date
	}
	return p, true
}

// ambiguousMonthOK reports whether "may", "march" or "august" ending at b,
// after a day number at dayAt, is a date: "on 5 May", "5 May 2015", "5
// May." but not "5 may die".
func (t scanText) ambiguousMonthOK(dayAt, b, floor int) bool {
	c, _ := t.after(b)
	if c >= len(t) || t.digit(c) {
		return true
	}
	switch t[c] {
	case ',', '.', ')', ';', ':', '(':
		return true
	}
	a, e := t.before(dayAt)
	if a < floor || a == e {
		return false
	}
	if v, ok := dateWords.lookup(t, a, e); ok && v.class == dWeekday {
		return true
	}
	if a < e && t[a] == ',' {
		a, e = t.before(a)
		if v, ok := dateWords.lookup(t, a, e); ok && v.class == dWeekday {
			return true
		}
	}
	return t.isAny(a, e, []string{"on", "since", "until", "till", "of", "from", "by", "before", "after", "the"})
}

// monthFollows reports whether the token t[a:b] after a day number at
// dayAt is a month that makes the number a day of the month: "3 March",
// "3rd of March", "3 FEB". Used by the number scanner.
func (t scanText) monthFollows(a, b, dayAt, floor int) bool {
	if t.is(a, b, "of") {
		a, b = t.after(b)
	}
	m, w := t.monthAt(a, b)
	if m == 0 {
		return false
	}
	return !w.ambig || t.ambiguousMonthOK(dayAt, b, floor)
}

// monthBefore reports whether the token t[a:b] before a number is a month
// ("March 3", "Oct. 14") and returns the month's start.
func (t scanText) monthBefore(a, b, floor int) (int, bool) {
	if a < floor || a == b {
		return 0, false
	}
	if b-a == 1 && t[a] == '.' {
		c, d := t.before(a)
		if c < floor || d != a {
			return 0, false
		}
		if m, w := t.monthAt(c, d); m > 0 && w.abbr {
			return c, true
		}
		return 0, false
	}
	if m, _ := t.monthAt(a, b); m > 0 {
		return a, true
	}
	return 0, false
}

// monthMods: see [month-modifier] in words.txt.
var monthMods = words.List("month-modifier")

// monthAlonePreps may govern a month named alone ("in October");
// ambigMonthPreps only those that may govern the names that are also
// common words (may, march, august).
var ambigMonthPreps = words.List("month-prep")

var monthAlonePreps = append(words.List("month-prep"), words.List("month-prep-unambiguous")...)

// month handles a month name at [i,j).
func (sc *dateScan) month(i, j int, w dateWord) int {
	t := sc.t
	d := Date{Start: i, End: j}
	// a day before: "3 March", "3rd March", "the 3rd of March"
	dayAt, dayVal := -1, 0
	a, b := t.before(i)
	of := false
	if t.is(a, b, "of") && a >= sc.floor {
		a, b = t.before(a)
		of = true
	}
	if v, s, ok := t.ordinalBefore(a, b); ok && of && s >= sc.floor && (!w.ambig || t.upperAt(i)) {
		// "the fourth of March", "the twenty-first of May": a day
		// spelled as an ordinal, after "the" and before "of"
		if c, e := t.before(s); c >= sc.floor && t.is(c, e, "the") {
			dayAt, dayVal = s, v
		}
	} else if a >= sc.floor && a < b && (t.digit(a) || t.letterAt(a) && b-a == 2 && a > 0 && t.digit(a-1)) {
		s := a
		if !t.digit(a) {
			s, _ = t.before(a) // the digits of "3rd"
		}
		if v, e, ok := t.dayNumber(s); ok && e == b && !t.inWord(s) {
			dayAt, dayVal = s, v
			if c, f := t.before(s); c >= sc.floor && (f == s && t.dashAt(c) == f-c || t.is(c, f, "and") || t.is(c, f, "to")) {
				// 3-4 March, 22 and 23 December: the first day is when it began
				if g, h := t.before(c); g >= sc.floor && (h == c || t.letterAt(c)) {
					// "killed 5 and 23 December" is no range: a word list needs "on 22 and 23"
					p, q := t.before(g)
					listOK := !t.letterAt(c) || p >= sc.floor && t.isAny(p, q, []string{"on", "from", "between", "since", "of", "until"})
					if v2, e2, ok := t.dayNumber(g); ok && e2 == h && v2 < v && !t.inWord(g) && listOK {
						dayAt, dayVal = g, v2
					}
				}
			}
		}
	}
	p, ok := sc.monthParts(i, j, w, dayAt, dayVal)
	if !ok {
		if dayAt < 0 {
			return i
		}
		dayAt, dayVal = -1, 0
		if p, ok = sc.monthParts(i, j, w, -1, 0); !ok {
			return i
		}
	}
	if dayAt >= 0 {
		d.Start = dayAt
		if c, _ := t.before(dayAt); c >= sc.floor && t.is(c, c+3, "the") && t.lettersEnd(c) == c+3 {
			d.Start = c // "the 3rd of March"
		}
	}
	d.End = p.end
	if p.day == 0 {
		// month alone or with a year: "in October", "early October", "mid-October 2017"
		mod, ms := sc.modBefore(i, monthMods)
		noun := false
		if mod != "" {
			d.Start = ms
			p.modifier = mod
		} else {
			// "during the month of March": the noun says it is the month
			d.Start, noun = sc.monthNoun(d.Start)
			if !noun && (!w.ambig || t.upperAt(i)) {
				noun = sc.monthPartBefore(d.Start) && t.apostropheAt(j) == 0 // not "the end of May's term"
			}
		}
		prep, _ := sc.prepBefore(d.Start)
		if !noun && p.year == 0 && mod == "" {
			allowed := monthAlonePreps
			if w.ambig {
				allowed = ambigMonthPreps
			}
			if !isOneOf(prep, allowed) && !sc.rangeEnd(d.Start) && !(sc.afterBetween(d.Start) && !w.ambig) {
				return i
			}
		}
		if p.year == 0 && w.ambig && mod != "" && mod != "early" && mod != "late" && mod != "mid" {
			return i // "last march", "this may"
		}
		d.Prep = prep
	} else {
		d.Prep, _ = sc.prepBefore(d.Start)
	}
	if p.day > 0 && p.year == 0 && sc.inName(d.Start, p.end) {
		return p.end
	}
	m := w.value
	sc.resolveMonth(&d, m, p)
	if p.day > 0 && p.year == 0 {
		// "last April 26" is the one before pub, even when the coming one
		// is near
		if mod, ms := sc.modBefore(d.Start, pastMods); mod != "" {
			d.Start = ms
			if !sc.pub.IsZero() && !d.Day.IsZero() && d.Day.After(sc.pub) {
				d.Day.Y--
				for d.Day.D > daysIn(d.Day.Y, m) {
					d.Day.Y-- // February 29
				}
			}
			d.Prep, _ = sc.prepBefore(d.Start)
		}
	}
	return sc.emit(d)
}

// rangeEnd reports whether the month named alone at p closes a span
// whose first end is the month just read: a [range-join] word right after
// that month, past spaces or a line break, and right before p ("from
// January to April", "between January and April"). The first month gave
// the words their sense; a day gives them none ("on Friday and June
// Brown").
func (sc *dateScan) rangeEnd(p int) bool {
	t := sc.t
	a, b := t.before(p)
	if len(sc.dst) == sc.base || a < sc.floor || !t.isAny(a, b, rangeJoins) {
		return false
	}
	if prev := sc.dst[len(sc.dst)-1]; prev.Precision != record.PrecisionMonth {
		return false // "questioned Smith on Friday and June Brown on Saturday": a day opens no span of months
	}
	for k := sc.floor; k < a; k++ {
		if c := t[k]; c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// afterBetween reports whether "between" stands right before p, the
// first end of a span ("between January and April"); Date.Prep does not
// report it, as it reports no word of a span's first end but "from".
func (sc *dateScan) afterBetween(p int) bool {
	a, b := sc.t.before(p)
	return a >= sc.floor && sc.t.is(a, b, "between")
}

// rangeJoins: see [range-join] in words.txt.
var rangeJoins = words.List("range-join")

// monthNoun returns the start of "the month of" (or "month of") ending
// right before p, else p and false: a month named after its noun is a
// month whatever the word before it ("During the month of March, 120
// people were killed"; "the month of May" is no modal), so it needs no
// preposition of time.
func (sc *dateScan) monthNoun(p int) (int, bool) {
	t := sc.t
	a, b := t.before(p)
	if a < sc.floor || !t.is(a, b, "of") {
		return p, false
	}
	c, e := t.before(a)
	if c < sc.floor || !t.is(c, e, "month") {
		return p, false
	}
	if f, g := t.before(c); f >= sc.floor && t.is(f, g, "the") {
		return f, true
	}
	return c, true
}

// monthPartBefore reports whether "of" right before p follows a noun of
// a part of a month ([month-part-noun]): "the end of March", "the first
// week of May", "the beginning of August". The noun says the name is the
// month's, so "March", "May" and "August" are no verb or adjective there
// and need no preposition of time.
func (sc *dateScan) monthPartBefore(p int) bool {
	return sc.t.ofNounBefore(p, sc.floor, monthPartNouns)
}

// monthPartNouns: see [month-part-noun] in words.txt.
var monthPartNouns = words.List("month-part-noun")

// nameHeads: see [date-name-head] in words.txt.
var nameHeads = loadNameHeads(words)

// inName reports whether the day and month at [start,end) is part of a
// name: "the 19 April Movement", "9 October Avenue", "the 23 September
// Communist League", "the November 17 group". A group, a street or a
// bridge named for a day says nothing of when the story's events happened,
// and the day it names is often months or decades back. The head must
// begin with a capital, which in ALL-CAPS text every word does: there the
// list alone decides. After "the", a group's head may be lower case and
// capitalised words may come between (not in ALL-CAPS text, where a
// capital tells no name from "THE 19 MARCH PRESIDENTIAL ELECTIONS"). A
// blank line ends the name ("Year ended March 31" over a table's "Group
// shr" is a date), and so does a hyphen, which makes the head a modifier
// ("on 5 May Front-line troops").
func (sc *dateScan) inName(start, end int) bool {
	t := sc.t
	the := t.is(start, start+3, "the") && !t.wordAt(start+3)
	if a, b := t.before(start); !the && a >= sc.floor && a < b {
		the = t.is(a, b, "the")
	}
	a, b := t.after(end)
	for between := 0; t.letterAt(a) && !t.wordAt(b) && !t.hyphenWord(b) && t.sameClause(end, a); between++ {
		group, ok := nameHeads.lookup(t, a, b)
		if ok && (t.upperAt(a) || the && group) {
			return true
		}
		if !the || between == 3 || !t.titleCase(a, b) {
			return false
		}
		a, b = t.after(b)
	}
	return false
}

// pastMods before a month and day without a year put it in the past.
var pastMods = []string{"last", "past"}

func isOneOf(w string, list []string) bool {
	for _, v := range list {
		if v == w {
			return true
		}
	}
	return false
}

// upcomingDays is how far after pub a month and day without a year may
// fall and still be read as the coming one. A report rarely names a day
// eleven months back without its year; it often names a trial, a vote or a
// deadline a few weeks ahead.
const upcomingDays = 60

// resolveMonth sets d's day and precision from month m and what surrounds
// it.
func (sc *dateScan) resolveMonth(d *Date, m int, p monthParse) {
	pub := sc.pub
	y := p.year
	if p.yy {
		if !pub.IsZero() {
			y += pub.Y / 100 * 100
			if y > pub.Y {
				y -= 100
			}
		} else if y >= 50 {
			y += 1900
		} else {
			y += 2000
		}
	}
	if p.day > 0 {
		d.Precision = record.PrecisionDay
		if y > 0 {
			if p.day > daysIn(y, m) {
				d.Precision, d.Day = record.PrecisionMonth, Day{y, m, 0}
				return
			}
			d.Day = Day{y, m, p.day}
			return
		}
		d.Relative = true
		if pub.IsZero() {
			return
		}
		// the most recent such day on or before pub, unless the coming
		// one is near: "the August 20 election" in a paper of August 10
		y = pub.Y
		if m > pub.M || m == pub.M && p.day > pub.D {
			if p.day > daysIn(y, m) || (Day{y, m, p.day}).Sub(pub) > upcomingDays {
				y--
			}
		}
		for k := 0; k < 8 && p.day > daysIn(y, m); k++ {
			y-- // February 29
		}
		if p.day <= daysIn(y, m) {
			d.Day = Day{y, m, p.day}
		}
		return
	}
	d.Precision = record.PrecisionMonth
	if y > 0 {
		d.Day = Day{y, m, 0}
		return
	}
	d.Relative = true
	if pub.IsZero() {
		return
	}
	y = pub.Y
	switch p.modifier {
	case "last":
		if m >= pub.M {
			y--
		}
	case "next":
		if m <= pub.M {
			y++
		}
	case "this":
	default:
		if m > pub.M {
			y--
		}
	}
	d.Day = Day{y, m, 0}
}

// dayOfMonth handles a day of the month named by its ordinal alone after
// "on the", the month understood: "on the 3rd," "on the 19th of the
// month", "on the 2nd of last month". It is the most recent such day on
// or before pub ("of last month": in the month before pub's). The ordinal
// must end its clause or be followed by "of this/the/last month": "on the
// 3rd floor" is no date, and "on the 3rd of May" is left to the month.
func (sc *dateScan) dayOfMonth(i int) int {
	t := sc.t
	v, e, ok := t.dayNumber(i)
	if !ok || e == t.digitsEnd(i) {
		return i // an ordinal suffix is wanted: "on the 3" is no day
	}
	a, b := t.before(i)
	if a < sc.floor || !t.is(a, b, "the") {
		return i
	}
	if c, f := t.before(a); c < sc.floor || !t.is(c, f, "on") {
		return i
	}
	end, back := e, 0
	if g, h := t.after(e); t.is(g, h, "of") {
		m, n := t.after(h)
		p, q := t.after(n)
		if !t.is(p, q, "month") || t.wordAt(q) {
			return i
		}
		switch {
		case t.is(m, n, "last"):
			back = 1
		case t.is(m, n, "this"), t.is(m, n, "the"):
		default:
			return i
		}
		end = q
	} else if !sc.clauseEnds(e) {
		return i
	}
	d := Date{Start: a, End: end, Precision: record.PrecisionDay, Prep: "on"}
	var day Day
	if !sc.pub.IsZero() {
		y, m := addMonths(sc.pub.Y, sc.pub.M, -back)
		if back == 0 && v > sc.pub.D {
			y, m = addMonths(y, m, -1)
		}
		if v > daysIn(y, m) {
			return i
		}
		day = Day{y, m, v}
	}
	sc.relative(&d, day)
	return sc.emit(d)
}

// digits handles a number at i that can be a date on its own: an ISO date,
// or a year after a word that introduces one ("in 2007").
func (sc *dateScan) digits(i int) int {
	t := sc.t
	if k := sc.dayOfMonth(i); k > i {
		return k
	}
	if e := t.isoDate(i); e > 0 {
		y, m, dd := digitsValue(t[i:i+4]), digitsValue(t[i+5:i+7]), digitsValue(t[i+8:i+10])
		if y >= 1 && dd <= daysIn(y, m) {
			d := Date{Start: i, End: e, Day: Day{y, m, dd}, Precision: record.PrecisionDay}
			d.Prep, _ = sc.prepBefore(i)
			return sc.emit(d)
		}
		return e
	}
	e := t.digitsEnd(i)
	if e-i == 4 && e+5 < len(t) && t[e] == '/' && t.digit(e+1) && t.digit(e+2) && t[e+3] == '/' && t.digit(e+4) && t.digit(e+5) && !t.digit(e+6) {
		// 2015/03/03
		y, m, dd := digitsValue(t[i:e]), digitsValue(t[e+1:e+3]), digitsValue(t[e+4:e+6])
		if m >= 1 && m <= 12 && dd >= 1 && dd <= daysIn(y, m) && y >= 1 {
			d := Date{Start: i, End: e + 6, Day: Day{y, m, dd}, Precision: record.PrecisionDay}
			d.Prep, _ = sc.prepBefore(i)
			return sc.emit(d)
		}
		return e + 6
	}
	if e-i == 4 && e < len(t) && t[e] == 's' && !t.wordAt(e+1) {
		return sc.decade(i, e)
	}
	if e-i != 4 || t.wordAt(e) || e < len(t) && (t[e] == ',' || t[e] == '.' || t[e] == ':' || t[e] == '/') && t.digit(e+1) {
		return i
	}
	y := digitsValue(t[i:e])
	if y < 1900 || y > 2099 || t.sizeSuffix(e) {
		return i // not "the 2000-strong garrison"
	}
	a, b := t.before(i)
	if a >= sc.floor && b == i && a < b && t[a] == '-' {
		if c, d := t.before(a); c >= sc.floor && d == a && t.isAny(c, d, yearParts) {
			return sc.emitYear(c, e, y) // mid-2015
		}
		return i
	}
	if !t.yearContext(a, b, sc.floor) && !sc.yearJoined(i) {
		return i
	}
	start := i
	if t.isAny(a, b, yearParts) {
		start = a
	}
	return sc.emitYear(start, e, y)
}

// yearParts, before a year or a decade, belong to it: see [year-part]
// in words.txt.
var yearParts = words.List("year-part")

// decade handles a decade written as its first year and "s" ("the
// 1990s", "early 2000s"), the four digits at [i, e): a span of history,
// read as its first year at year precision, so that what a clause tells
// of it ("where Russian forces fought two wars in the 1990s") is dated
// long before the report. "early", "late" and "mid" before it belong to
// it.
func (sc *dateScan) decade(i, e int) int {
	t := sc.t
	y := digitsValue(t[i:e])
	if y < 1900 || y > 2099 || y%10 != 0 {
		return i
	}
	start := i
	if a, b := t.before(i); a >= sc.floor && t.isAny(a, b, yearParts) {
		start = a
	}
	return sc.emitYear(start, e+1, y)
}

// yearJoined reports whether the year at i follows a year just emitted:
// "from 2012 to 2014", "in 2014 and 2015".
func (sc *dateScan) yearJoined(i int) bool {
	if len(sc.dst) == sc.base {
		return false
	}
	last := sc.dst[len(sc.dst)-1]
	return last.Precision == record.PrecisionYear && last.End <= i && sc.t.joinsYears(last.End, i)
}

func (sc *dateScan) emitYear(start, end, y int) int {
	d := Date{Start: start, End: end, Day: Day{y, 0, 0}, Precision: record.PrecisionYear}
	d.Prep, _ = sc.prepBefore(start)
	return sc.emit(d)
}

// part handles night, morning, afternoon, evening after "last", "this",
// "that", "the same", "the next", "the previous"; and "the night before
// last", "the night before", "during the night", "in the night".
func (sc *dateScan) part(i, j int) int {
	t := sc.t
	a, b := t.before(i)
	if a < sc.floor || a == b {
		return i
	}
	d := Date{Start: a, End: j, Precision: record.PrecisionDay}
	switch {
	case t.is(a, b, "last"):
		if _, s := sc.modBefore(a, []string{"late", "early"}); s < a {
			d.Start = s
		}
		sc.relative(&d, sc.pub.AddDays(-1))
	case t.is(a, b, "this"):
		if _, s := sc.modBefore(a, []string{"earlier", "later"}); s < a {
			d.Start = s
		}
		sc.relative(&d, sc.pub)
	case t.is(a, b, "that"), t.is(a, b, "same"):
		if t.is(a, b, "same") {
			c, e := t.before(a)
			if c < sc.floor || !t.is(c, e, "the") {
				return i
			}
			d.Start = c
		}
		if !sc.previous(&d, 0) {
			return i
		}
	case t.is(a, b, "the"):
		c, e := t.after(j)
		if g, h := t.after(e); t.is(i, j, "night") && t.is(c, e, "before") && t.is(g, h, "last") && !t.wordAt(h) {
			// "the night before last": the night before last night
			d.End = h
			sc.relative(&d, sc.pub.AddDays(-2))
			break
		}
		if (t.is(c, e, "before") || t.is(c, e, "after")) && sc.clauseEnds(e) {
			// "the night before", "the evening before", "the morning
			// after": of the day before or after the previous date, as
			// "the day before" is; "the night before the vote" relates two
			// events and is left alone
			d.End = e
			if !sc.previous(&d, step(t.is(c, e, "before"))) {
				return i
			}
			break
		}
		if !t.is(i, j, "night") {
			return i // "in the morning" may be any morning, often one to come
		}
		// "during the night", "in the night": the night just gone, as
		// "overnight" (pub-1), or the night of the day the story is telling
		// when it has named one other than pub ("on Tuesday ... during the
		// night"). "the night of May 3", "the night shift" are left to
		// what follows.
		g, h := t.before(a)
		if g < sc.floor || !t.isAny(g, h, nightPreps) || t.is(c, e, "of") || t.hyphenWord(j) ||
			c < len(t) && t.letterAt(c) && !sc.clauseEnds(j) && !t.isAny(c, e, nightFollowers) {
			return i
		}
		if !sc.nightGone(&d, g, j, false) {
			return i
		}
	case t.is(a, b, "a") && t.is(i, j, "night"):
		// "in a night of rioting", "after a night of communal rioting":
		// a night told by what filled it is the night just gone, as
		// "during the night" is, or the night before the day the clause
		// names when "after" brings it in ("a curfew remained in force on
		// Monday after a night of rioting": Sunday night)
		c, e := t.after(j)
		g, h := t.before(a)
		if g < sc.floor || g == h || !t.is(c, e, "of") {
			return i
		}
		after := t.isAny(g, h, nightAfterPreps)
		if !after && !t.isAny(g, h, nightPreps) {
			return i
		}
		if f, _ := t.after(e); f >= len(t) || !t.letterAt(f) {
			return i
		}
		if !sc.nightGone(&d, g, j, after) {
			return i
		}
	case t.is(a, b, "next"), t.is(a, b, "following"), t.is(a, b, "previous"):
		c, e := t.before(a)
		if c < sc.floor || !t.is(c, e, "the") {
			return i
		}
		d.Start = c
		if !sc.previous(&d, step(t.is(a, b, "previous"))) {
			return i
		}
	default:
		return i
	}
	d.Prep, _ = sc.prepBefore(d.Start)
	return sc.emit(d)
}

// dayNamedLater reports whether a weekday, "today", "yesterday" or
// "overnight" comes after j in the same sentence.
func (sc *dateScan) dayNamedLater(j int) bool {
	t := sc.t
	for a, b := t.after(j); a < len(t); a, b = t.after(b) {
		if a == b || b-a == 1 && isStop(t[a]) {
			return false
		}
		if v, ok := dateWords.lookup(t, a, b); ok {
			switch v.class {
			case dWeekday, dToday, dYesterday, dOvernight:
				return true
			}
		}
	}
	return false
}

// sayingVerbs: see [saying-verb] in words.txt.
var sayingVerbs = words.List("saying-verb")

// saidOn reports whether the date starting at p is the day of a verb of
// saying just before it, with or without "on": "police said on Friday",
// "the army reported Tuesday".
func (sc *dateScan) saidOn(p int) bool {
	t := sc.t
	a, b := t.before(p)
	if a == b {
		return false
	}
	if t.is(a, b, "on") {
		a, b = t.before(a)
	}
	return a < b && t.isAny(a, b, sayingVerbs)
}

// saidDayLater returns the day of a verb of saying after j in the same
// sentence ("... during the night, police said on Thursday"), a weekday
// resolved as any is, or pub for "today"; ok is false when the sentence
// names none or pub is unknown.
func (sc *dateScan) saidDayLater(j int) (Day, bool) {
	t := sc.t
	if sc.pub.IsZero() {
		return Day{}, false
	}
	for a, b := t.after(j); a < len(t) && a < b; a, b = t.after(b) {
		if b-a == 1 && isStop(t[a]) {
			return Day{}, false
		}
		v, ok := dateWords.lookup(t, a, b)
		if !ok || !sc.saidOn(a) {
			continue
		}
		switch v.class {
		case dWeekday:
			return sc.pub.AddDays(-sc.daysSince(v.value)), true
		case dToday:
			return sc.pub, true
		}
	}
	return Day{}, false
}

// nightPreps govern "the night" that dates the night just gone ("during
// the night"): see [night-prep] in words.txt.
var nightPreps = words.List("night-prep")

// nightFollowers may follow "during the night" and leave it a date: see
// [night-follower] in words.txt.
var nightFollowers = words.List("night-follower")

// nightAfterPreps put "a night of" before the day its clause names: see
// [night-after-prep] in words.txt.
var nightAfterPreps = words.List("night-after-prep")

// nightGone dates the night phrase d opening at byte g, whose "night"
// ends at byte j ("during the night", "after a night of rioting"): the
// night just gone, as "overnight" is (pub-1), or the night of the day the
// story is telling when it has named one other than pub ("on Tuesday ...
// during the night"). A day of saying after it ("exploded during the
// night, police said on Thursday") puts it on the night before that day.
// A day of saying before it is a day of the report, whose night just gone
// is the one before it, as the day the clause names is for a night
// brought in by "after" (before): "a curfew remained in force on Monday
// after a night of rioting" is Sunday night; the day of a deed ("on
// Tuesday ... during the night") is the night's own. It reports false,
// leaving d undated, when the sentence names its day after the night
// ("during the night and on Monday") or no day anchors it.
func (sc *dateScan) nightGone(d *Date, g, j int, before bool) bool {
	said, saidLater := sc.saidDayLater(j)
	if !saidLater && sc.dayNamedLater(j) {
		return false
	}
	d.Start = g
	day, found, ok := sc.anchor()
	switch {
	case saidLater:
		sc.relative(d, said.AddDays(-1))
	case !ok:
		return false
	case found && day != sc.pub && (before || sc.saidOn(sc.dst[sc.anchorAt].Start)):
		sc.previous(d, -1)
	case found && day != sc.pub:
		sc.previous(d, 0)
	default:
		sc.relative(d, sc.pub.AddDays(-1))
	}
	return true
}

// step is the day offset of one day back (-1) or one day on (+1).
func step(back bool) int {
	if back {
		return -1
	}
	return 1
}

// previous resolves d as off days from the previous date in the text. With
// none, it counts back from pub ("a day earlier" than the news); counting
// forward from pub would only invent a future day, so it reports false.
func (sc *dateScan) previous(d *Date, off int) bool {
	day, found, ok := sc.anchor()
	if !ok || !found && off > 0 {
		return false
	}
	d.Relative = true
	d.Previous = found
	if !day.IsZero() {
		d.Day = day.AddDays(off)
	}
	return true
}

// unit handles day(s), week(s), month(s), year(s) and weekend: "last
// week", "two days ago", "a day earlier", "the next day", "the day before
// yesterday", "over the weekend".
func (sc *dateScan) unit(i, j, u int) int {
	t := sc.t
	a, b := t.before(i)
	if a < sc.floor {
		a, b = i, i
	}
	d := Date{Start: i, End: j}
	c, e := t.after(j) // the word after the unit
	switch {
	case u == uHour || u == uMinute:
		return sc.clock(i, j, u)
	case u == uWeekend:
		return sc.weekend(i, j, a, b)
	case t.is(a, b, "the") && u == uDay && (t.is(c, e, "before") || t.is(c, e, "after")):
		// the day before yesterday, the day after tomorrow, the day before
		g, h := t.after(e)
		d.Start, d.End, d.Precision = a, e, record.PrecisionDay
		switch {
		case t.is(c, e, "before") && t.is(g, h, "yesterday"):
			d.End = h
			sc.relative(&d, sc.pub.AddDays(-2))
		case t.is(c, e, "after") && t.is(g, h, "tomorrow"):
			d.End = h
			sc.relative(&d, sc.pub.AddDays(2))
		case !sc.clauseEnds(e) && (sc.afterDate(a) || sc.afterClause(a)):
			// "police arrested three men on Wednesday, the day after a bomb
			// killed five": set beside a day, the expression dates the bomb
			// from that day; "gunmen on Monday shot dead three soldiers, the
			// day after a suicide bomber killed nine": set after a clause of
			// its own, from that clause's day; both as "a day after" does
			// below
			// the expression dates the other event: "the day after a bomb"
			// puts the bomb a day back, "the day before" a day on
			if !sc.ago(&d, step(!t.is(c, e, "before")), uDay, fromRelation) {
				return i
			}
		case !sc.clauseEnds(e):
			return i // "the day after the attack" with no day beside it relates two events; it dates neither
		case t.is(c, e, "before"):
			if !sc.previous(&d, -1) {
				return i
			}
		default:
			if !sc.previous(&d, 1) {
				return i
			}
		}
	case t.is(a, b, "next") || t.is(a, b, "following") || t.is(a, b, "previous") || t.is(a, b, "same"):
		g, h := t.before(a)
		if g < sc.floor || u != uDay && !t.is(a, b, "next") {
			return i
		}
		if !t.is(g, h, "the") {
			if t.is(a, b, "next") && u != uDay {
				return sc.thisNextLast(&d, a, "next", u) // next week
			}
			return i
		}
		d.Start, d.Precision = g, record.PrecisionDay
		if u != uDay {
			return i // "the next week" is a span, not a date
		}
		switch {
		case t.is(a, b, "previous"):
			if !sc.previous(&d, -1) {
				return i
			}
		case t.is(a, b, "same"):
			if !sc.previous(&d, 0) {
				return i
			}
		default:
			if !sc.previous(&d, 1) {
				return i
			}
		}
	case t.is(a, b, "the") && u == uDay && sc.modIn(a, dayMods) >= 0 && sc.clauseEnds(j):
		// "earlier in the day", "later in the day": the day of the date
		// told last, a deed's or a speaker's ("police said on Thursday
		// ... Earlier in the day"), or pub when none came before
		d.Start, d.Precision = sc.modIn(a, dayMods), record.PrecisionDay
		if said, ok := sc.saidDayLater(j); ok {
			// "exploded earlier in the day, police said on Friday"
			sc.relative(&d, said)
		} else if !sc.previous(&d, 0) {
			return i
		}
		d.Prep, _ = sc.prepBefore(d.Start)
		return sc.emit(d)
	case t.is(a, b, "the") && (u == uWeek || u == uMonth) && sc.earlierIn(a) >= 0:
		// "earlier in the week", "early in the month": the week or month
		// of pub, as "earlier this week" is
		d.Start = sc.earlierIn(a)
		sc.ago(&d, 0, u, fromPub)
		d.Prep, _ = sc.prepBefore(d.Start)
		return sc.emit(d)
	case t.is(a, b, "that") && u == uDay:
		d.Start, d.Precision = a, record.PrecisionDay
		if !sc.previous(&d, 0) {
			return i
		}
	case t.is(a, b, "last") || t.is(a, b, "this"):
		if u == uDay || u == uFortnight {
			// "the last fortnight" is the span of two weeks to pub
			return i // "the last day", "this day"
		}
		return sc.thisNextLast(&d, a, lowerWord(t, a, b), u)
	default:
		n, ns, ok := sc.countBefore(i)
		if !ok {
			return i
		}
		if g, h := t.after(e); t.is(g, h, "than") {
			return i // "a day later than expected"
		}
		switch {
		case t.is(c, e, "ago"):
			d.Start, d.End = ns, e
			sc.ago(&d, -n, u, fromPub)
		case t.is(c, e, "earlier") || t.is(c, e, "before") && sc.clauseEnds(e):
			d.Start, d.End = ns, e
			if !sc.ago(&d, -n, u, fromPrevious) {
				return i
			}
		case t.is(c, e, "later") || t.is(c, e, "after") && sc.clauseEnds(e):
			d.Start, d.End = ns, e
			if !sc.ago(&d, n, u, fromPrevious) {
				return i
			}
		case (t.is(c, e, "after") || t.is(c, e, "before")) && !sc.clauseStarts(ns):
			// "the attack comes a day after gunmen stormed the offices": the
			// day is the storming's, counted from the attack's (the previous
			// date, or pub). At a sentence start the previous date is more
			// likely the storming's own, so that form is left alone.
			d.Start, d.End = ns, e
			off := -n
			if t.is(c, e, "before") {
				off = n
			}
			if !sc.ago(&d, off, u, fromRelation) {
				return i
			}
		default:
			return i
		}
	}
	d.Prep, _ = sc.prepBefore(d.Start)
	return sc.emit(d)
}

// clock handles hours and minutes counted back from publication, the
// breaking report's clock: "a few minutes ago", "two hours ago", "in the
// past 24 hours", "in recent hours", "within the last few hours" all
// fall on the publication day (at most a day back: "48 hours ago" is
// left alone, as the hour of filing is unknown). Whole days of hours
// before "earlier" or "later", or "before" or "after" ending a clause,
// count days from the previous date ("24 hours earlier", "48 hours
// later", "issued 24 hours before,"). Other spans date nothing: "two hours
// later", "for 30 minutes", "the last hours of the talks".
func (sc *dateScan) clock(i, j, u int) int {
	t := sc.t
	c, e := t.after(j)
	n, q := 0, i // the count ("24", "two", "a few", "several", "recent") and its start
	if k, ks, ok := sc.countBefore(i); ok {
		n, q = k, ks
	} else if a, b := t.before(i); a >= sc.floor && a < b {
		switch {
		case t.is(a, b, "few"):
			q = a
			if g, h := t.before(a); g >= sc.floor && g < h && t.is(g, h, "a") {
				q = g
			}
		case t.is(a, b, "several") || t.is(a, b, "recent"):
			q = a
		}
	}
	if u == uHour && n > 0 && n%24 == 0 && q < i && (t.is(c, e, "earlier") || t.is(c, e, "later") ||
		(t.is(c, e, "before") || t.is(c, e, "after")) && sc.clauseEnds(e)) {
		// "24 hours earlier", "48 hours later": whole days from the
		// previous date, as "a day earlier" and "two days later" are
		d := Date{Start: q, End: e}
		if g, h := t.after(e); t.is(g, h, "than") {
			return i
		}
		off := n / 24
		if t.is(c, e, "earlier") || t.is(c, e, "before") {
			off = -off
		}
		if !sc.ago(&d, off, uDay, fromPrevious) {
			return i
		}
		d.Prep, _ = sc.prepBefore(d.Start)
		return sc.emit(d)
	}
	if u == uHour && n > 24 {
		return i
	}
	d := Date{Start: q, End: j, Precision: record.PrecisionDay}
	switch g, h := t.before(q); {
	case t.is(c, e, "ago"):
		d.End = e
	case t.is(c, e, "of"):
		return i // "the last two hours of the talks"
	case g >= sc.floor && g < h && (t.is(g, h, "past") || t.is(g, h, "last")):
		d.Start = g
		if x, y := t.before(g); x >= sc.floor && x < y && t.is(x, y, "the") {
			d.Start = x
		}
	case q < i && t.is(q, q+len("recent"), "recent"):
	default:
		return i
	}
	d.Prep, _ = sc.prepBefore(d.Start)
	sc.relative(&d, sc.pub)
	return sc.emit(d)
}

// lowerWord returns the lower-case constant for a this/next/last modifier.
func lowerWord(t scanText, a, b int) string {
	for _, w := range []string{"last", "this", "next"} {
		if t.is(a, b, w) {
			return w
		}
	}
	return ""
}

// thisNextLast resolves "last week", "this month", "next year" and
// "earlier this year"; a is the start of the modifier.
func (sc *dateScan) thisNextLast(d *Date, a int, mod string, u int) int {
	d.Start = a
	if mod == "this" {
		if w, s := sc.modBefore(a, []string{"earlier", "later"}); w != "" {
			d.Start = s
		}
	}
	step := 0
	switch mod {
	case "last":
		step = -1
	case "next":
		step = 1
	}
	sc.ago(d, step, u, fromPub)
	d.Prep, _ = sc.prepBefore(d.Start)
	return sc.emit(*d)
}

// spanEarlyMods: see [span-early-modifier] in words.txt.
var spanEarlyMods = words.List("span-early-modifier")

// earlierIn returns the start of "earlier in" or "early in" before "the"
// at a, or -1: "earlier in the week" is a part of pub's week gone by.
func (sc *dateScan) earlierIn(a int) int {
	return sc.modIn(a, spanEarlyMods)
}

// modIn returns the start of a word of mods and "in" before "the" at a
// ("earlier in the day"), or -1.
func (sc *dateScan) modIn(a int, mods []string) int {
	t := sc.t
	g, h := t.before(a)
	if g < sc.floor || g == h || !t.is(g, h, "in") {
		return -1
	}
	m, n := t.before(g)
	if m < sc.floor || m == n || !t.isAny(m, n, mods) {
		return -1
	}
	return m
}

// anchorMode says what ago counts from.
type anchorMode uint8

const (
	fromPub      anchorMode = iota // "two days ago"
	fromPrevious                   // "two days later": the previous date (see previous)
	fromRelation                   // "two days after the raid": dates the raid, from the previous date or pub
)

// ago resolves d as n units from its anchor: days, weeks (a day inside the
// week), months or years. It reports false when there is nothing to count
// from.
func (sc *dateScan) ago(d *Date, n, u int, from anchorMode) bool {
	base := sc.pub
	if from != fromPub {
		day, found, ok := sc.anchor()
		if !ok || from == fromPrevious && !found && n > 0 {
			return false // see previous
		}
		base, d.Previous, d.Relation = day, found, from == fromRelation
	}
	d.Relative = true
	switch u {
	case uDay:
		d.Precision = record.PrecisionDay
	case uWeek, uFortnight:
		d.Precision = record.PrecisionWeek
	case uMonth:
		d.Precision = record.PrecisionMonth
	case uYear:
		d.Precision = record.PrecisionYear
	}
	if base.IsZero() {
		return true
	}
	switch u {
	case uDay:
		d.Day = base.AddDays(n)
	case uWeek:
		d.Day = base.AddDays(7 * n)
	case uFortnight:
		d.Day = base.AddDays(14 * n)
	case uMonth:
		y, m := addMonths(base.Y, base.M, n)
		if y >= 1 && y <= 9999 {
			d.Day = Day{y, m, 0}
		}
	case uYear:
		if y := base.Y + n; y >= 1 && y <= 9999 {
			d.Day = Day{y, 0, 0}
		}
	}
	return true
}

// weekend resolves "the weekend", "this weekend", "last weekend", "next
// weekend" and "this past weekend" to the Saturday meant, with week
// precision.
func (sc *dateScan) weekend(i, j, a, b int) int {
	t := sc.t
	d := Date{Start: a, End: j, Precision: record.PrecisionWeek, Relative: true}
	mod := lowerWord(t, a, b)
	if t.is(a, b, "past") && a >= sc.floor {
		// "this past weekend", "the past weekend": the last one
		mod = "last"
		if c, e := t.before(a); c >= sc.floor && c < e && (t.is(c, e, "this") || t.is(c, e, "the")) {
			d.Start = c
		}
	}
	if mod == "" && !t.is(a, b, "the") {
		return i
	}
	if mod == "" {
		d.Start = a
	}
	if !sc.pub.IsZero() {
		back := sc.daysSince(int(time.Saturday))
		switch mod {
		case "last":
			if back <= 1 {
				back += 7 // on a weekend, "last weekend" is the one before
			}
		case "next":
			back -= 7
		case "this":
			if back > 1 {
				back -= 7 // on a weekday, "this weekend" is the coming one
			}
		}
		d.Day = sc.pub.AddDays(-back)
	}
	d.Prep, _ = sc.prepBefore(d.Start)
	return sc.emit(d)
}

// clauseStarts reports whether a sentence starts at i: nothing but
// sentence punctuation or quotes before it.
func (sc *dateScan) clauseStarts(i int) bool {
	a, b := sc.t.before(i)
	if a < sc.floor || a == b {
		return a == b
	}
	switch sc.t[a:b] {
	case ".", "!", "?", ";", ":", "\"", "“", "‘", "(", "—":
		return true
	}
	return false
}

// afterClause reports whether the expression starting at i follows a
// comma that closes a clause dated in its own words, so that the
// expression relates the event after it to that clause's: "on Monday
// shot dead three soldiers, the day after ...". The clause's day is in
// the same sentence: no stop stands between it and the comma.
func (sc *dateScan) afterClause(i int) bool {
	g, h := sc.t.before(i)
	if g < sc.floor || !sc.t.is(g, h, ",") || sc.anchorAt < 0 {
		return false
	}
	d := sc.dst[sc.anchorAt]
	if d.Precision != record.PrecisionDay || d.End > g {
		return false
	}
	for k := d.End; k < g; k++ {
		if isStop(sc.t[k]) {
			return false
		}
	}
	return true
}

// afterDate reports whether the expression starting at i stands in
// apposition to the date just before it, after a comma: "on Wednesday,
// the day after a bomb killed five" counts from Wednesday.
func (sc *dateScan) afterDate(i int) bool {
	g, h := sc.t.before(i)
	if g < sc.floor || !sc.t.is(g, h, ",") || sc.anchorAt < 0 {
		return false
	}
	d := sc.dst[sc.anchorAt]
	if d.Precision != record.PrecisionDay {
		return false
	}
	a, b := sc.t.before(g)
	return a < b && b == d.End
}

// isStop reports whether c ends a sentence or, as a semicolon, a clause
// that a date of the one before does not reach.
func isStop(c byte) bool { return c == '.' || c == '!' || c == '?' || c == ';' }

// clauseEnds reports whether no word follows e in its clause: "the day
// before, police had warned" but not "two days after the raid".
func (sc *dateScan) clauseEnds(e int) bool {
	a, _ := sc.t.after(e)
	return a >= len(sc.t) || !sc.t.wordAt(a)
}

// countBefore reads a small count just before a unit: "two", "2",
// "twenty-one", "a", "an", "one". It returns the count and its start.
func (sc *dateScan) countBefore(i int) (n, start int, ok bool) {
	t := sc.t
	a, b := t.before(i)
	if a < sc.floor || a == b {
		return 0, 0, false
	}
	if t.digit(a) {
		if b-a > 3 || t.inWord(a) {
			return 0, 0, false
		}
		return digitsValue(t[a:b]), a, true
	}
	if t.is(a, b, "a") || t.is(a, b, "an") {
		return 1, a, true
	}
	w, found := numberWords.lookup(t, a, b)
	if !found {
		return 0, 0, false
	}
	switch w.class {
	case wUnit, wTeen, wTens:
	default:
		return 0, 0, false
	}
	n, start = w.value, a
	if w.class == wUnit && a > 0 && t[a-1] == '-' {
		// twenty-one
		if c, d := t.before(a - 1); c >= sc.floor && d == a-1 {
			if v, ok := numberWords.lookup(t, c, d); ok && v.class == wTens {
				n, start = v.value+n, c
			}
		}
	}
	if t.inWord(start) {
		return 0, 0, false
	}
	return n, start, n > 0
}
