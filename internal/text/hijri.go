package text

import "github.com/sitrep/sitrep/internal/record"

// hijriEpoch is 1 Muharram 1 AH (16 July 622 Julian, 19 July 622
// proleptic Gregorian) in days since 1970-01-01.
var hijriEpoch = daysFromCivil(622, 7, 19)

// hijriDay returns the civil day of day d of month m of year y AH in the
// tabular (arithmetical) Islamic calendar: months of 30 and 29 days in
// turn, and 11 leap years in each 30. Where the month begins on the sighting
// of the new moon, the real day may fall one day either side.
func hijriDay(y, m, d int) Day {
	n := hijriEpoch + d - 1 + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30
	yy, mm, dd := civilFromDays(n)
	return Day{yy, mm, dd}
}

// lastHijriDay returns the last civil day on or before pub (give or take
// the day of uncertainty) that is day d of Islamic month m: "the first
// day of Ramadan" in a report is the most recent one.
func lastHijriDay(m, d int, pub Day) Day {
	y := (pub.Y-622)*33/32 + 2 // an Islamic year is 11 days shorter: 33 of them make 32 of ours
	for ; y > 0; y-- {
		if day := hijriDay(y, m, d); day.Sub(pub) <= 1 {
			return day
		}
	}
	return Day{}
}

// islamic handles an Islamic month's name at [i,j) with month number m:
// "the first day of Ramadan", "the eve of Ramadan", "the start of the holy
// month of Ramadan". The month alone says no day and gives nothing.
func (sc *dateScan) islamic(i, j, m int) int {
	t := sc.t
	p := i
	// "the holy month of": the month's description
	if a, b := t.before(p); a >= sc.floor && t.is(a, b, "of") {
		if c, d := t.before(a); c >= sc.floor && t.is(c, d, "month") {
			e := c
			if f, g := t.before(c); f >= sc.floor && (t.is(f, g, "holy") || t.is(f, g, "fasting")) {
				e = f
			}
			if f, g := t.before(e); f >= sc.floor && t.is(f, g, "the") {
				p = f
			}
		}
	}
	a, b := t.before(p)
	if a < sc.floor || !t.is(a, b, "of") {
		return i
	}
	c, d := t.before(a)
	start, day := c, 0
	switch {
	case c < sc.floor:
		return i
	case t.is(c, d, "eve"):
		day = 0 // the day before the first
	case t.is(c, d, "start") || t.is(c, d, "beginning") || t.is(c, d, "onset"):
		day = 1
	case t.is(c, d, "day"):
		if e, f := t.before(c); e >= sc.floor && t.is(e, f, "first") {
			start, day = e, 1
		} else {
			return i
		}
	default:
		return i
	}
	if e, f := t.before(start); e >= sc.floor && t.is(e, f, "the") {
		start = e
	}
	dt := Date{Start: start, End: j, Precision: record.PrecisionDay, Calendar: true}
	dt.Prep, _ = sc.prepBefore(start)
	if !sc.pub.IsZero() {
		first := lastHijriDay(m, 1, sc.pub)
		dt.Day = first.AddDays(day - 1)
	}
	dt.Relative = true
	return sc.emit(dt)
}
