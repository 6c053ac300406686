package text

import "unicode/utf8"

// Qualifier says how a figure bounds the true count. Casualty coding turns
// it into min/max: "at least 5" is a lower bound with no upper one.
type Qualifier uint8

const (
	Exact    Qualifier = iota // the figure as given
	AtLeast                   // "at least", "no fewer than", "a minimum of", "or more"
	MoreThan                  // "more than", "over", "upwards of", "in excess of", "15+", "40-plus"
	UpTo                      // "up to", "as many as": the speaker's high figure, which news coders take as the count
	About                     // "about", "around", "some", "approximately", "an estimated", "roughly", "or so", "40-odd"
	Nearly                    // "nearly", "almost", "close to", "just under"
	Vague                     // "dozens", "scores", "hundreds", "several", "a few": Value is a lower bound
	Below                     // "fewer than", "less than", "under", "below", "no more than", "at most": a ceiling only, Max is Value
)

var qualifierNames = [...]string{"exact", "at_least", "more_than", "up_to", "about", "nearly", "vague", "below"}

func (q Qualifier) String() string {
	if int(q) < len(qualifierNames) {
		return qualifierNames[q]
	}
	return "qualifier(?)"
}

// NumKind says what a number counts. Only Cardinal numbers are counts of
// people or things; the other kinds are reported so that a year, a time or
// a rifle model is never read as a death toll.
type NumKind uint8

const (
	Cardinal NumKind = iota // a count: "15", "twenty-three", "a dozen", "2,000-strong"
	Year                    // "in 2007", "since 1998", "March 3, 2015", "2014-15", "1990s"
	Ordinal                 // "third", "3rd", "twenty-first"
	Percent                 // "15%", "15 percent", "15 per cent"
	Money                   // "$5 million", "Rs 5,000", "5 million dollars"
	Time                    // "10:30", "3 p.m.", "at 2030 hours": Value is HHMM on a 24-hour clock
	Age                     // "22-year-old", "aged 22", "22 years old"
	DatePart                // a day of the month or a numeric date: "March 3", "3 FEB", "2015-03-03", "03/03/2015"
	Measure                 // a figure followed by a unit: "10 km", "two days", "9mm"
	Other                   // model numbers (AK-47), labels ("No. 5", "Flight 17"), ids, decimals, scores, idioms ("no one", "one of the largest")
)

var kindNames = [...]string{"cardinal", "year", "ordinal", "percent", "money", "time", "age", "date", "measure", "other"}

func (k NumKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(?)"
}

// Number is one number expression found by Numbers. Offsets are bytes into
// the scanned text, half-open.
type Number struct {
	Start, End int // the whole expression, with its qualifier ("at least two", "between 3 and 5", "$5 million")
	NumStart   int // where the figure itself starts, after any qualifier or currency sign
	Value      int // the figure; for a range its lower end; for Vague its lower bound
	Max        int // the upper bound the text gives (ranges, "up to", "as many as"); 0 if none
	Qual       Qualifier
	Kind       NumKind
	// Another marks a figure that adds to one already given: "another",
	// "another 3", "a further two", "three more". A bare "another" has
	// Value 1.
	Another bool
}

// maxValue bounds every figure. Arithmetic saturates here, so that
// "99999999999999999999" or "a million million million" cannot overflow.
const maxValue = 1_000_000_000_000_000

func satMul(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	if a > maxValue/b {
		return maxValue
	}
	return a * b
}

func satAdd(a, b int) int {
	if a > maxValue-b {
		return maxValue
	}
	return a + b
}

// Numbers appends to dst every number expression in s, in order, and
// returns the extended slice. Expressions never overlap. It allocates
// nothing beyond growing dst.
//
// Choices a reader of the output should know:
//   - Every figure is reported with its Kind; only Cardinal ones are counts.
//   - Vague words give a lower bound with Qual Vague: "a few" 2, "several"
//     3, "a handful" 2, "dozens" 24, "scores" 40, "hundreds" 200,
//     "thousands" 2000, "tens of thousands" 20000, "hundreds of
//     thousands" 200000, "millions" 2000000; "several hundred" 300, "a few
//     dozen" 24.
//   - "both" and "a couple of" are 2, Exact. A bare "another" is 1 with
//     Another set.
//   - "one" is Other after a determiner ("the one", "each one") and in "one
//     of the largest" (a superlative follows); "one of the gunmen" stays a
//     Cardinal 1. "one another" is skipped. "no one" is Other with Value 0.
//     "one day" is a Measure, like any figure before a unit.
//   - A four-digit 1900-2099 figure without separators is a Year after a
//     word that introduces a year ("in", "since", "during", "the", a
//     month, a season, "mid-"), else a Cardinal.
//   - "X to Y" and "X or Y" are ranges only when Y > X and "from" does not
//     precede X: "rose from 8 to 12" is two figures. "up to" after "went",
//     "rose" and the like is an update, not an upper bound.
//   - Ids are Other: seven or more digits without separators, a leading
//     zero ("0300-1234567"), list markers ("1. the government" at a line
//     start), labels ("No. 5", "Flight 17") and models ("AK-47").
func Numbers(dst []Number, s string) []Number {
	sc := numScan{t: scanText(s), dst: dst, base: len(dst)}
	sc.run()
	return sc.dst
}

// numScan holds the state of one Numbers call.
type numScan struct {
	t     scanText
	dst   []Number
	base  int // len(dst) on entry: earlier entries belong to other texts
	floor int // end of the last expression emitted; no new one reaches before it
}

func (sc *numScan) run() {
	t := sc.t
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case '0' <= c && c <= '9':
			if t.inWord(i) {
				if a, ok := sc.gluedCurrency(i); ok {
					i = sc.finish(sc.digitFigure(i), a)
					continue
				}
				i = t.alnumEnd(i)
				continue
			}
			i = sc.finish(sc.digitFigure(i), -1)
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			j, h := t.wordHash(i)
			if !t.inWord(i) && !t.wordAt(j) {
				if w, ok := numberWords.get(t, i, j, h); ok && w.class.starts() {
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

// emit appends n and raises the floor past it.
func (sc *numScan) emit(n Number) int {
	sc.dst = append(sc.dst, n)
	sc.floor = n.End
	return n.End
}

// last returns the expression emitted last in this call, or nil.
func (sc *numScan) last() *Number {
	if len(sc.dst) > sc.base {
		return &sc.dst[len(sc.dst)-1]
	}
	return nil
}

// word handles a word that can start a number expression.
func (sc *numScan) word(i, j int, w numberWord) int {
	t := sc.t
	switch w.class {
	case wAnother:
		if a, b := t.before(i); a >= sc.floor && t.is(a, b, "one") {
			return i // "one another" (the "one" skipped it already, unless it was out of reach)
		}
		// "another 3": the figure carries the flag when it is reached
		if a, _ := t.after(j); a < len(t) && a > j && !t.inWord(a) {
			if _, ok := sc.figureAt(a); ok {
				return i
			}
		}
		return sc.emit(Number{Start: i, End: j, NumStart: i, Value: 1, Another: true})
	case wNo:
		// "no one": a zero that is not a count a coder would use
		if a, b := t.after(j); a > j && t.is(a, b, "one") && !t.wordAt(b) && !t.hyphenWord(b) {
			return sc.emit(Number{Start: i, End: b, NumStart: i, Kind: Other})
		}
		return i
	}
	f, ok := sc.wordFigure(i)
	if !ok {
		return i
	}
	return sc.finish(f, -1)
}

// figure is a parsed figure before its context is read.
type figure struct {
	start, end int
	value      int
	scale      int  // the scale word's factor ("1.5 million"), 1 if none
	digits     int  // digits before any separator or point; 0 for words
	grouped    bool // thousands separators: "1,500", "1,50,000"
	frac       int  // digits after a decimal point
	fracValue  int  // their value, for "10.30 pm"
	zero       bool // a leading zero on several digits: "007", "0300"
	ordinal    bool
	vague      bool
	one        bool      // the single word "one"
	kind       NumKind   // preset by the figure's own shape (2015-03-03, 10:30, 1.2.3)
	qual       Qualifier // from the figure's own words ("dozens": Vague)
}

// figureAt parses a figure starting at i, in digits or in words.
func (sc *numScan) figureAt(i int) (figure, bool) {
	t := sc.t
	if i >= len(t) {
		return figure{}, false
	}
	if c := t[i]; '0' <= c && c <= '9' {
		return sc.digitFigure(i), true
	}
	j := t.lettersEnd(i)
	if j == i || t.wordAt(j) {
		return figure{}, false
	}
	w, ok := numberWords.lookup(t, i, j)
	if !ok || !w.class.starts() || w.class == wAnother || w.class == wNo || w.class == wBoth {
		return figure{}, false
	}
	return sc.wordFigure(i)
}

// digitFigure parses the digits at i: 15, 1,500, 1,50,000, 7.5, 1.5
// million, 2015-03-03, 03/03/2015, 10:30, 1.2.3.
func (sc *numScan) digitFigure(i int) figure {
	t := sc.t
	j := t.digitsEnd(i)
	f := figure{start: i, end: j, digits: j - i, scale: 1, kind: Cardinal}
	f.zero = t[i] == '0' && f.digits > 1
	f.value = digitsValue(t[i:j])
	n := len(t)
	// shapes that make the whole run one unit
	switch {
	case j < n && t[j] == '-' && f.digits == 4 && t.isoDate(i) > 0:
		f.end = t.isoDate(i)
		f.kind = DatePart
		return f
	case j+1 < n && t[j] == '/' && t.digit(j+1):
		k, parts := j, 1
		for k+1 < n && t[k] == '/' && t.digit(k+1) {
			k = t.digitsEnd(k + 1)
			parts++
		}
		f.end = k
		f.kind = Other
		if parts <= 3 && f.digits <= 4 {
			f.kind = DatePart // "9/11", "03/03/2015": no count either way
		}
		return f
	case j+1 < n && t[j] == ':' && t.digit(j+1):
		e := t.digitsEnd(j + 1)
		mm := digitsValue(t[j+1 : e])
		f.end = e
		if e-j == 3 && f.digits <= 2 && f.value < 24 && mm < 60 {
			f.kind = Time
			f.value = f.value*100 + mm
			if f.end+2 < n && t[f.end] == ':' && t.digit(f.end+1) && t.digit(f.end+2) {
				f.end += 3 // seconds
			}
		} else {
			f.kind = Other // a score or a ratio: 2:1, 3:0
			for f.end+1 < n && t[f.end] == ':' && t.digit(f.end+1) {
				f.end = t.digitsEnd(f.end + 1)
			}
		}
		return f
	}
	if j < n && t[j] == ',' && f.digits <= 3 {
		if e, v, ok := t.groups(i, j); ok {
			j, f.end, f.value, f.grouped = e, e, v, true
		}
	}
	if !f.grouped && f.digits <= 3 {
		if e, v, ok := t.spaceGroups(i, j); ok {
			j, f.end, f.value, f.grouped = e, e, v, true
		}
	}
	if j+1 < n && t[j] == '.' && t.digit(j+1) {
		e := t.digitsEnd(j + 1)
		if e+1 < n && t[e] == '.' && t.digit(e+1) {
			// 1.2.3, 192.168.0.1: a version or an address
			for e+1 < n && t[e] == '.' && t.digit(e+1) {
				e = t.digitsEnd(e + 1)
			}
			f.end, f.kind = e, Other
			return f
		}
		f.frac = e - (j + 1)
		f.fracValue = digitsValue(t[j+1 : e])
		j, f.end = e, e
	}
	// a scale word: "1.5 million", "2 dozen", "5 lakh"
	if a, b := t.after(j); a > j && a < n && !t.wordAt(b) && !t.hyphenWord(b) {
		if w, ok := numberWords.lookup(t, a, b); ok && (w.class == wScale || w.class == wHundred || w.class == wDozen) && t.sameClause(j, a) {
			f.scale = w.value
			f.value = scaleDecimal(f.value, f.fracValue, f.frac, w.value)
			f.end = b
		}
	}
	if f.frac > 0 && f.scale == 1 {
		f.kind = Other // "7.5", "a 6.1 magnitude quake": not a count
	}
	if f.zero || (f.digits >= 7 && !f.grouped) {
		f.kind = Other // ids and phone numbers: 0300-1234567, 1234567
		for w := t.dashAt(f.end); w > 0 && t.digit(f.end+w) && f.frac == 0 && f.scale == 1; w = t.dashAt(f.end) {
			f.end = t.digitsEnd(f.end + w)
		}
	}
	return f
}

// scaleDecimal returns (v + frac/10^digits) * scale, saturating.
func scaleDecimal(v, frac, digits, scale int) int {
	out := satMul(v, scale)
	if digits == 0 {
		return out
	}
	for digits > 9 { // keep the fraction in range
		frac /= 10
		digits--
	}
	div := 1
	for range digits {
		div *= 10
	}
	return satAdd(out, satMul(frac, scale)/div)
}

// digitsValue returns the value of a run of ASCII digits, saturating.
func digitsValue(d scanText) int {
	v := 0
	for i := 0; i < len(d); i++ {
		v = satAdd(satMul(v, 10), int(d[i]-'0'))
	}
	return v
}

// wordPos is where a spelled-out figure stands in its grammar.
type wordPos uint8

const (
	pStart   wordPos = iota
	pUnit            // after one..nine
	pTeen            // after ten..nineteen
	pTens            // after twenty..ninety
	pHundred         // after "hundred"
	pScale           // after thousand, million, ...
	pAnd             // after "and" in "one hundred and twelve"
	pA               // after a leading "a"/"an"
	pHalf            // after a leading "half"
	pHalfA           // after "half a"
	pFew             // after "a few" or "several": a scale may follow
)

// wordFigure parses a spelled-out figure at i: "twenty-three", "one
// hundred and twelve", "a dozen", "half a dozen", "two million", "tens of
// thousands", "several hundred", "a couple of".
func (sc *numScan) wordFigure(i int) (figure, bool) {
	t := sc.t
	f := figure{start: i, end: i, scale: 1, kind: Cardinal}
	total, group := 0, 0
	lastScale := 0 // the last scale used, so that they must fall: "two million five thousand"
	pos, prev, got := i, pStart, false
	for pos < len(t) {
		b := t.lettersEnd(pos)
		if b == pos || t.wordAt(b) {
			break
		}
		w, ok := numberWords.lookup(t, pos, b)
		if !ok {
			break
		}
		stop, accept := false, true
		switch w.class {
		case wUnit:
			accept = prev == pStart || prev == pHundred || prev == pScale || prev == pAnd || prev == pTens && group%10 == 0
			if accept {
				f.one = prev == pStart && w.value == 1
				group += w.value
				prev = pUnit
			}
		case wTeen, wTens:
			accept = prev == pStart || prev == pHundred || prev == pScale || prev == pAnd
			if accept {
				group += w.value
				prev = pTeen
				if w.class == wTens {
					prev = pTens
				}
			}
		case wOrdUnit:
			accept = prev == pStart || prev == pHundred || prev == pScale || prev == pAnd || prev == pTens && group%10 == 0
			if accept {
				group += w.value
				f.ordinal, stop = true, true
			}
		case wOrdTeen, wOrdTens:
			accept = prev == pStart || prev == pHundred || prev == pScale || prev == pAnd
			if accept {
				group += w.value
				f.ordinal, stop = true, true
			}
		case wHundred, wOrdHundred:
			accept = (prev == pUnit || prev == pTeen || prev == pTens || prev == pA || prev == pFew || (prev == pStart && w.class == wOrdHundred)) && group < 100
			if accept {
				group = max(group, 1) * 100
				prev = pHundred
				if w.class == wOrdHundred {
					f.ordinal, stop = true, true
				}
			}
		case wScale, wOrdScale:
			accept = (prev == pUnit || prev == pTeen || prev == pTens || prev == pHundred || prev == pA || prev == pHalfA || prev == pFew ||
				prev == pStart && w.class == wOrdScale) && (lastScale == 0 || w.value < lastScale)
			if accept {
				switch prev {
				case pHalfA:
					total = satAdd(total, w.value/2)
				default:
					total = satAdd(total, satMul(max(group, 1), w.value))
				}
				group, lastScale, prev = 0, w.value, pScale
				if w.class == wOrdScale {
					f.ordinal, stop = true, true
				}
			}
		case wDozen:
			// a word of a group counted by its size: "a dozen" 12, "a score
			// of" 20; "score" counts only before "of" and a word ("a score
			// of villagers"), not in "a score of 3-1" or "settle a score"
			accept = (prev == pUnit || prev == pTeen || prev == pTens || prev == pA || prev == pHalfA || prev == pFew) && group < 100 &&
				(w.value == 12 || sc.groupOf(b))
			if accept {
				if prev == pHalfA {
					group = w.value / 2
				} else {
					group = max(group, 1) * w.value
				}
				stop = true
			}
		case wVague:
			accept = prev == pStart
			if accept {
				group, f.vague, stop = w.value, true, true
				if e, v, ok := sc.vagueOf(b, w.value); ok {
					group, b = v, e
				} else if w.value == 40 && !sc.scoresCounts(b) {
					accept = false // "scores" the verb
				}
			}
		case wTensOf:
			// "tens" counts only in "tens of thousands"
			e, v, ok := sc.vagueOf(b, 10)
			accept = prev == pStart && ok
			if accept {
				group, f.vague, stop, b = v, true, true, e
			}
		case wSeveral:
			accept = prev == pStart
			if accept {
				group, f.vague, prev = 3, true, pFew
			}
		case wA:
			if prev == pHalf {
				prev = pHalfA
			} else {
				accept = prev == pStart
				prev = pA
			}
		case wBoth:
			accept = prev == pStart
			group, stop = 2, true
		case wHalf:
			accept = prev == pStart
			prev = pHalf
		case wFew, wHandful:
			accept = prev == pA
			if accept {
				group, f.vague, prev = 2, true, pFew
				stop = w.class == wHandful
			}
		case wCouple:
			// "a couple of" is two; "a couple" alone is a pair of people
			a, e := t.after(b)
			accept = prev == pA && t.is(a, e, "of")
			if accept {
				group, stop = 2, true
			}
		case wAnd:
			accept = (prev == pHundred || prev == pScale) && got
			prev = pAnd
		default:
			accept = false
		}
		if !accept {
			break
		}
		if w.class != wA && w.class != wHalf && w.class != wAnd {
			got = true
			f.end = b
		}
		if stop {
			break
		}
		next, ok := t.joinNext(b)
		if !ok {
			break
		}
		pos = next
	}
	if !got {
		return f, false
	}
	f.value = satAdd(total, group)
	if f.vague {
		f.qual = Vague
	}
	return f, true
}

// vagueOf reads "of thousands" after "tens" or "hundreds" and returns the
// end and the lower bound: "tens of thousands" is 20,000.
func (sc *numScan) vagueOf(b, v int) (end, value int, ok bool) {
	t := sc.t
	a, e := t.after(b)
	if !t.is(a, e, "of") {
		return 0, 0, false
	}
	c, d := t.after(e)
	if d == c || t.wordAt(d) {
		return 0, 0, false
	}
	w, found := numberWords.lookup(t, c, d)
	if !found || w.class != wVague || w.value < 200 || (v == 200 && w.value == 200) {
		return 0, 0, false
	}
	// hundreds of thousands: 200 * 1,000
	return d, satMul(max(v, 20), w.value/2), true
}

// groupOf reports whether "of" and a word follow b: "a score of
// villagers", the group word a count of people, not of a game.
func (sc *numScan) groupOf(b int) bool {
	t := sc.t
	a, e := t.after(b)
	if !t.is(a, e, "of") {
		return false
	}
	c, d := t.after(e)
	return d > c && t.lettersEnd(c) == d
}

// scoresCounts reports whether "scores" ending at b is the quantity ("scores
// of people", "wounding scores more", "scores were hurt") rather than the
// verb ("he scores").
func (sc *numScan) scoresCounts(b int) bool {
	t := sc.t
	a, e := t.after(b)
	if a >= len(t) {
		return true
	}
	if c := t[a]; c == ',' || c == '.' || c == ';' || c == ')' {
		return true
	}
	// "scores killed", "scores wounded": a participle follows the quantity
	return t.isAny(a, e, []string{"of", "more", "others", "were", "are", "have", "had", "dead", "hurt"}) ||
		e-a > 3 && t.is(e-2, e, "ed")
}

// finish reads the context of figure f, decides its kind, qualifier and
// extent, emits it and returns where scanning goes on. currencyAt is the
// start of a glued currency code ("Rs5,000"), or -1.
func (sc *numScan) finish(f figure, currencyAt int) int {
	t := sc.t
	n := Number{Start: f.start, NumStart: f.start, End: f.end, Value: f.value, Kind: f.kind, Qual: f.qual}
	if f.ordinal {
		n.Kind = Ordinal
	}
	if f.one {
		if a, b := t.after(f.end); t.is(a, b, "another") {
			return b // "one another"
		}
	}
	if n.Kind == Cardinal && !f.vague {
		sc.rangeAfter(&n, f)
	}
	sc.suffix(&n, f)
	sc.postfix(&n)
	if currencyAt >= 0 {
		n.Kind, n.Start = Money, currencyAt
	} else {
		sc.context(&n, f)
	}
	sc.qualify(&n)
	return sc.emit(n)
}

// rangeAfter extends n over a range: "3-5", "3 to 5", "three or four",
// "between 3 and 5".
func (sc *numScan) rangeAfter(n *Number, f figure) {
	t := sc.t
	e := n.End
	if f.digits > 0 && f.frac == 0 && !f.zero {
		if w := t.dashAt(e); w > 0 && e+w < len(t) && t.digit(e+w) {
			g := sc.digitFigure(e + w)
			if g.kind != Cardinal || g.frac > 0 || g.scale != f.scale && f.scale != 1 {
				return
			}
			if w2 := t.dashAt(g.end); w2 > 0 && g.end+w2 < len(t) && t.digit(g.end+w2) {
				// 555-123-4567: a phone number
				k := g.end
				for w2 = t.dashAt(k); w2 > 0 && k+w2 < len(t) && t.digit(k+w2); w2 = t.dashAt(k) {
					k = t.digitsEnd(k + w2)
				}
				n.End, n.Kind = k, Other
				return
			}
			n.End = g.end
			lo := f.value
			if g.scale > 1 && f.scale == 1 {
				lo = satMul(lo, g.scale) // 3-5 million
			}
			switch {
			case f.digits == 4 && g.digits == 2 && f.value >= 1900 && f.value <= 2099 && f.value%100 < g.value:
				n.Kind, n.Max = Year, f.value/100*100+g.value // 2014-15
			case g.value > lo:
				n.Value, n.Max = lo, g.value
			default:
				n.Kind = Other // a score: 3-1
			}
			return
		}
	}
	from := false
	if a, b := t.before(n.NumStart); a >= sc.floor {
		switch {
		case t.is(a, b, "between"):
			if c, d := t.after(e); t.is(c, d, "and") {
				if g, ok := sc.rangeEnd(d, f); ok {
					n.Start, n.End, n.Max = a, g.end, g.value
					if g.scale > 1 && f.scale == 1 {
						n.Value = satMul(f.value, g.scale)
					}
				}
			}
			return
		case t.is(a, b, "from"):
			from = true
		}
	}
	c, d := t.after(e)
	if from || !(t.is(c, d, "to") || t.is(c, d, "or")) {
		return
	}
	if g, ok := sc.rangeEnd(d, f); ok {
		n.End, n.Max = g.end, g.value
		if g.scale > 1 && f.scale == 1 {
			n.Value = satMul(f.value, g.scale)
		}
	}
}

// rangeEnd parses the upper end of a range after the connective ending at
// d. It must be a plain count above the lower end.
func (sc *numScan) rangeEnd(d int, f figure) (figure, bool) {
	t := sc.t
	a, _ := t.after(d)
	if a == d || a >= len(t) {
		return figure{}, false
	}
	g, ok := sc.figureAt(a)
	if !ok || g.kind != Cardinal || g.vague || g.ordinal || g.frac > 0 && g.scale == 1 {
		return figure{}, false
	}
	lo := f.value
	if g.scale > 1 && f.scale == 1 {
		lo = satMul(lo, g.scale)
	}
	if g.value <= lo || (g.digits == 4 && g.value >= 1900 && g.value <= 2099 && f.digits != 4) {
		return figure{}, false
	}
	return g, true
}

// suffix reads what follows the figure and fixes its kind: 3rd, 1990s,
// 5pm, 15%, 15 percent, 22-year-old, 3 March, 10 km, 5 dollars.
func (sc *numScan) suffix(n *Number, f figure) {
	t := sc.t
	e := n.End
	if e >= len(t) || n.Kind == DatePart || n.Kind == Time && f.digits > 0 {
		return
	}
	if f.digits > 0 && t.letterAt(e) && n.Max == 0 && f.scale == 1 {
		sc.gluedSuffix(n, f)
		return
	}
	if t[e] == '%' {
		n.Kind, n.End = Percent, e+1
		return
	}
	if w := t.dashAt(e); w == 1 && t.letterAt(e+1) {
		sc.hyphenSuffix(n, e+1)
		return
	}
	a, b := t.after(e)
	if a == e || a >= len(t) {
		return
	}
	switch {
	case t[a] == '%':
		n.Kind, n.End = Percent, a+1
		return
	case t.is(a, b, "percent") || t.is(a, b, "pct"):
		n.Kind, n.End = Percent, b
		return
	case t.is(a, b, "per"):
		if c, d := t.after(b); t.is(c, d, "cent") {
			n.Kind, n.End = Percent, d
		}
		return
	}
	if k := t.clockSuffix(a); k > 0 && n.Max == 0 && n.Value <= 12 {
		v := n.Value
		if f.frac == 2 {
			v = v*100 + f.fracValue
		} else if f.frac == 0 {
			v *= 100
		}
		if f.frac == 0 || f.frac == 2 && f.fracValue < 60 {
			if h := v / 100; h <= 12 && h > 0 {
				if (t[a]|0x20 == 'p') && h < 12 {
					v += 1200
				} else if t[a]|0x20 == 'a' && h == 12 {
					v -= 1200
				}
				n.Kind, n.Value, n.End = Time, v, k
				return
			}
		}
	}
	if (t.is(a, b, "hours") || t.is(a, b, "hrs") || t.is(a, b, "gmt") || t.is(a, b, "utc")) && f.digits == 4 && !f.grouped && isHHMM(n.Value) {
		n.Kind, n.End = Time, b
		return
	}
	if (t.is(a, b, "year") || t.is(a, b, "years") || t.is(a, b, "month") || t.is(a, b, "months")) && n.Max == 0 {
		if c, d := t.after(b); t.is(c, d, "old") {
			n.Kind, n.End = Age, d
			return
		} else if t.is(c, d, "of") {
			if g, h := t.after(d); t.is(g, h, "age") {
				n.Kind, n.End = Age, h
				return
			}
		}
	}
	if (n.Kind == Cardinal || n.Kind == Ordinal) && n.Value >= 1 && n.Value <= 31 && f.digits <= 2 && f.scale == 1 {
		if t.monthFollows(a, b, f.start, sc.floor) {
			n.Kind = DatePart
			return
		}
		// 22 and 23 December
		if t.is(a, b, "and") || t.is(a, b, "or") || t.is(a, b, "to") {
			if c, d := t.after(b); f.digits > 0 && d-c <= 2 && t.digit(c) {
				if g, h := t.after(d); t.monthFollows(g, h, c, sc.floor) {
					n.Kind = DatePart
					return
				}
			}
		}
	}
	if t.currencyWord(a, b) {
		n.Kind, n.End = Money, b
		return
	}
	if t.unitWord(a, b) && n.Kind != Ordinal {
		n.Kind = Measure
	}
}

// gluedSuffix handles letters glued to digits: 3rd, 1990s, 5pm, 10km, 5m.
func (sc *numScan) gluedSuffix(n *Number, f figure) {
	t := sc.t
	e := n.End
	k := t.lettersEnd(e)
	end := k
	if t.wordAt(k) {
		end = t.alnumEnd(k) // 4x4, 3g2
	}
	n.End = end
	if end != k {
		n.Kind = Other
		return
	}
	switch {
	case t.is(e, k, "st") || t.is(e, k, "nd") || t.is(e, k, "rd") || t.is(e, k, "th"):
		n.Kind = Ordinal
		if a, b := t.after(k); t.monthFollows(a, b, f.start, sc.floor) && n.Value >= 1 && n.Value <= 31 {
			n.Kind = DatePart
		}
	case t.is(e, k, "s"):
		switch {
		case f.digits == 4 && n.Value%10 == 0 && n.Value >= 1000 && n.Value <= 2999:
			n.Kind = Year // the 1990s
		case n.Value >= 100 && (n.Value%1000 == 0 || n.Value%100 == 0 && n.Value < 1000):
			n.Qual, n.Value = Vague, satMul(n.Value, 2) // 100s, 1000s
		default:
			n.Kind = Other // the '90s, 20s
		}
	case t.is(e, k, "am") || t.is(e, k, "pm"):
		// 5pm, 4.30am
		if h := n.Value; h >= 1 && h <= 12 && (f.frac == 0 || f.frac == 2 && f.fracValue < 60) {
			n.Kind, n.Value = Time, h%12*100
			if f.frac == 2 {
				n.Value += f.fracValue
			}
			if t[e]|0x20 == 'p' {
				n.Value += 1200
			}
		} else {
			n.Kind = Other
		}
	case t.is(e, k, "k"):
		n.Kind, n.Value = Cardinal, scaleDecimal(f.value, f.fracValue, f.frac, 1000) // 10k, 2.5k: context may make it money
	case t.is(e, k, "m") || t.is(e, k, "mn") || t.is(e, k, "bn") || t.is(e, k, "b"):
		// 2bn, 3mn, 1.5m: millions and billions ($5m is money: context
		// settles that). A whole number with "m" is metres: "10m away".
		scale := 1_000_000
		if t[e]|0x20 == 'b' {
			scale = 1_000_000_000
		}
		n.Kind, n.Value = Cardinal, scaleDecimal(f.value, f.fracValue, f.frac, scale)
		if k-e == 1 && t[e]|0x20 == 'm' && f.frac == 0 && sc.currencyBefore(f.start) < 0 {
			n.Kind, n.Value = Measure, f.value
		}
	case t.unitWord(e, k):
		n.Kind = Measure
	default:
		n.Kind = Other
	}
}

// hyphenSuffix handles a word joined by a hyphen at h: 22-year-old,
// 2,000-strong, two-day, one-sided.
func (sc *numScan) hyphenSuffix(n *Number, h int) {
	t := sc.t
	k := t.lettersEnd(h)
	switch {
	case t.spanWord(h, k):
		if t.dashAt(k) == 1 && t.is(k+1, t.lettersEnd(k+1), "old") && !t.wordAt(t.lettersEnd(k+1)) {
			n.Kind, n.End = Age, t.lettersEnd(k+1)
			return
		}
		n.Kind = Measure
	case t.countWord(h, k):
		// a count ("2,000-strong"); -odd and -plus are qualifiers (postfix)
	case t.unitWord(h, k):
		n.Kind = Measure
	case t.is(h, k, "th") || t.is(h, k, "st") || t.is(h, k, "nd") || t.is(h, k, "rd"):
		n.Kind = Ordinal
	default:
		if n.Kind == Cardinal {
			n.Kind = Other // five-star, one-sided, 12-member
		}
	}
}

// sizeSuffix reports whether a word joined by a hyphen at e makes the
// figure before it a size, a count or a measure and so no year: "the
// 2000-strong garrison", "the 1900-odd", "a 2000-ton ship", "the
// 2000-year-old": a year joins no such word.
func (t scanText) sizeSuffix(e int) bool {
	if t.dashAt(e) != 1 || !t.letterAt(e+1) {
		return false
	}
	h := e + 1
	k := t.lettersEnd(h)
	return t.countWord(h, k) || t.spanWord(h, k) || t.unitWord(h, k) || t.sizeWord(h, k)
}

// sizeWord reports whether t[h:k] is a noun of [size-word] that a hyphen
// joins to a figure to give a size ("a 2000-man garrison", "the
// 577-member assembly"): a year joins no such noun (sizeSuffix).
func (t scanText) sizeWord(h, k int) bool {
	if k-h == 0 || k-h > 12 || !t.letterAt(h) {
		return false
	}
	_, ok := sizeWords.lookup(t, h, k)
	return ok
}

// sizeWords: see [size-word] in words.txt.
var sizeWords = loadFoldSet(words, "size-word")

// spanWord reports whether t[h:k] names a span of time a hyphen joins to
// a figure: "22-year-old", "a two-day visit" (hyphenSuffix, sizeSuffix).
func (t scanText) spanWord(h, k int) bool {
	return t.is(h, k, "year") || t.is(h, k, "years") || t.is(h, k, "month") || t.is(h, k, "months") ||
		t.is(h, k, "week") || t.is(h, k, "weeks") || t.is(h, k, "day") || t.is(h, k, "days")
}

// countWord reports whether t[h:k] makes the figure a hyphen joins it to
// a count: "2,000-strong", "40-odd", "40-plus" (hyphenSuffix, sizeSuffix).
func (t scanText) countWord(h, k int) bool {
	return t.is(h, k, "strong") || t.is(h, k, "odd") || t.is(h, k, "plus")
}

// postfix reads qualifiers after the figure: 15+, 40-plus, five or more,
// 20 or so, 40-odd, three more.
func (sc *numScan) postfix(n *Number) {
	t := sc.t
	e := n.End
	if e >= len(t) || n.Kind != Cardinal {
		return
	}
	if t[e] == '+' && (e+1 >= len(t) || !t.digit(e+1)) {
		n.Qual, n.End = MoreThan, e+1
		return
	}
	if t.dashAt(e) == 1 && t.letterAt(e+1) {
		k := t.lettersEnd(e + 1)
		switch {
		case t.is(e+1, k, "plus") && !t.wordAt(k):
			n.Qual, n.End = MoreThan, k
		case t.is(e+1, k, "odd") && !t.wordAt(k):
			n.Qual, n.End = About, k
		}
		return
	}
	a, b := t.after(e)
	if a == e || b == a {
		return
	}
	switch {
	case t.is(a, b, "or"):
		c, d := t.after(b)
		switch {
		case t.is(c, d, "more"):
			n.End = d
			if n.Qual == Exact {
				n.Qual = AtLeast
			}
		case t.is(c, d, "so"):
			n.End = d
			if n.Qual == Exact {
				n.Qual = About
			}
		}
	case t.is(a, b, "plus"):
		if c, _ := t.after(b); c < len(t) && !t.digit(c) {
			if _, ok := sc.figureAt(c); !ok && n.Qual == Exact {
				n.Qual, n.End = MoreThan, b // "40 plus" but not "40 plus 3"
			}
		}
	case t.is(a, b, "odd") && n.Qual == Exact:
		n.Qual, n.End = About, b
	case t.is(a, b, "more"):
		if c, d := t.after(b); !t.is(c, d, "than") {
			n.Another, n.End = true, b
		}
	}
}

// context reads what precedes the figure and settles the kinds that depend
// on it: money, labels and model numbers, dates and years, ages, clock
// times, and "one" used as a pronoun.
func (sc *numScan) context(n *Number, f figure) {
	t := sc.t
	p := n.NumStart
	if n.Start < p {
		p = n.Start
	}
	a, b := t.before(p)
	if a < sc.floor {
		a, b = p, p // out of reach: the previous expression owns it
	}
	switch n.Kind {
	case Cardinal, Measure, Other, Ordinal:
	default:
		return // percent, time, age, date already settled by the figure itself
	}
	if c := sc.currencyBefore(p); c >= 0 && f.digits > 0 {
		n.Kind, n.Start = Money, c
		return
	}
	if n.Kind == Other || n.Kind == Measure {
		return
	}
	// glued: #5, AK-47, mid-2015
	if b == p && a < b {
		switch {
		case t[a] == '#':
			n.Kind = Other
			return
		case b-a == 1 && t[a] == '-' && a > sc.floor && t.inWord(a):
			c, d := t.before(a)
			if (t.is(c, d, "mid") || t.is(c, d, "pre") || t.is(c, d, "post")) && f.digits == 4 && yearLike(f) {
				n.Kind = Year
			} else if f.digits > 0 {
				n.Kind = Other // AK-47, COVID-19, F-16
			}
			return
		}
	}
	if f.digits > 0 && n.Kind == Cardinal && (sc.labelBefore(a, b) || sc.listMarker(n)) {
		n.Kind = Other
		return
	}
	if ms, ok := t.monthBefore(a, b, sc.floor); ok && f.scale == 1 && !f.grouped {
		switch {
		case n.Value >= 1 && n.Value <= 31 && (f.digits == 1 || f.digits == 2 || f.digits == 0 && n.Max == 0):
			n.Kind = DatePart
		case f.digits == 4 && n.Value >= 1000 && n.Value <= 2999:
			n.Kind = Year // October 2017
		case f.digits == 2 && sc.afterDayMonth(ms):
			n.Kind = Year // 3 FEB 90
		}
		return
	}
	if last := sc.last(); last != nil && f.digits == 4 && !f.grouped && f.scale == 1 && n.Value >= 1000 && n.Value <= 2999 {
		if last.Kind == DatePart && t.onlyBetween(last.End, p, ",") {
			n.Kind = Year // March 3, 2015
			return
		}
		if last.Kind == Year && t.joinsYears(last.End, p) {
			n.Kind = Year // in 2014 and 2015
			return
		}
	}
	if last := sc.last(); last != nil && last.Kind == Age && n.Kind == Cardinal && f.digits > 0 && f.digits <= 3 && t.joinsYears(last.End, p) {
		n.Kind = Age // aged 40 and 2
		return
	}
	if f.digits == 4 && yearLike(f) && n.Kind == Cardinal && t.yearContext(a, b, sc.floor) && !t.sizeSuffix(n.End) {
		n.Kind = Year
		return
	}
	if t.is(a, b, "aged") || t.is(a, b, "age") || t.is(a, b, "ages") {
		n.Kind = Age
		return
	}
	if t.is(a, b, "of") {
		if c, d := t.before(a); c >= sc.floor && t.is(c, d, "age") {
			n.Kind = Age // under the age of 10
			return
		}
	}
	if sc.personAge(n, p) {
		n.Kind = Age // "a boy of 12"
		return
	}
	if t.is(a, b, "at") && n.Kind == Cardinal && n.Max == 0 {
		switch {
		case f.digits == 4 && !f.grouped && f.frac == 0 && f.scale == 1 && isHHMM(n.Value):
			n.Kind = Time // MUC: "at 2030"
		case f.digits <= 2 && f.frac == 2 && f.scale == 1 && n.Value < 24 && f.fracValue < 60:
			n.Kind, n.Value = Time, n.Value*100+f.fracValue // at 10.30
		}
		return
	}
	if f.one && n.Kind == Cardinal {
		sc.oneIdiom(n, a, b)
	}
}

// oneIdiom marks "one" as Other where it is a pronoun, not a count: "the
// one", "each one", "one of the largest".
func (sc *numScan) oneIdiom(n *Number, a, b int) {
	t := sc.t
	if a < b {
		for _, d := range oneDeterminers {
			if t.is(a, b, d) {
				n.Kind = Other
				return
			}
		}
	}
	c, d := t.after(n.End)
	if !t.is(c, d, "of") {
		return
	}
	c, d = t.after(d)
	for _, det := range ofDeterminers {
		if t.is(c, d, det) {
			c, d = t.after(d)
			break
		}
	}
	if t.is(c, d, "most") || t.is(c, d, "least") || t.is(c, d, "few") || t.is(c, d, "many") ||
		t.is(c, d, "only") || t.is(c, d, "first") || t.is(c, d, "last") || t.is(c, d, "best") ||
		t.is(c, d, "worst") || t.is(c, d, "main") || t.is(c, d, "key") || t.is(c, d, "top") ||
		d-c > 4 && t.is(d-3, d, "est") {
		n.Kind = Other
	}
}

// oneDeterminers: see [one-determiner] in words.txt.
var oneDeterminers = words.List("one-determiner")

// ofDeterminers: see [of-determiner] in words.txt.
var ofDeterminers = words.List("of-determiner")

// afterDayMonth reports whether the month starting at ms follows a day
// number just emitted ("3 FEB" in "3 FEB 90").
func (sc *numScan) afterDayMonth(ms int) bool {
	last := sc.last()
	return last != nil && last.Kind == DatePart && sc.t.onlyBetween(last.End, ms, "")
}

// qualify reads the qualifier and the "another" words before the
// expression and extends its start over them. Quantities of any kind take
// a qualifier ("more than $5 million", "nearly 60 percent").
func (sc *numScan) qualify(n *Number) {
	t := sc.t
	switch n.Kind {
	case Cardinal, Money, Percent, Measure, Age, Time:
	default:
		return // a year, a date, a rank or a label has no bound
	}
	if s, ok := t.matchBack(n.Start, sc.floor, anotherPhrases); ok >= 0 {
		n.Start, n.Another = s, true
	}
	s, q := t.matchBack(n.Start, sc.floor, qualifierPhrases)
	if q < 0 {
		return
	}
	phrase := qualifierPhrases.phrases[q]
	if phrase.words[0] == "up" {
		// "the toll went up to 8" is an update, not an upper bound
		if a, b := t.before(s); a >= sc.floor && t.isAny(a, b, upVerbs) {
			return
		}
	}
	if n.Qual == Exact {
		n.Qual = phrase.qual
	}
	n.Start = s
	if sc.personAge(n, s) {
		n.Kind = Age // "a woman of about 40"
	}
	if (n.Qual == UpTo || n.Qual == Below) && n.Max == 0 {
		n.Max = n.Value
	}
}

// upVerbs: see [up-verb] in words.txt.
var upVerbs = words.List("up-verb")

// qualifierPhrases are matched backwards from the figure, longest first
// when one ends another ("well over" before "over").
var qualifierPhrases = loadPhrases(words, "qualifier")

// anotherPhrases: see [another] in words.txt.
var anotherPhrases = loadPhrases(words, "another")

// labelWords before a figure make it a name, not a count: "No. 5", "Flight
// 17", "Resolution 1325". Words that can end a clause ("area", "week") are
// left out: "last week 5 people died".
var labelWords = words.List("label-word")

// personAge reports whether the cardinal n, whose words (a qualifier
// with them) start at p, follows "of" on a noun of one person: "a woman
// of about 40", "a boy of 12". One person has no count, so the figure is
// the years the person has.
func (sc *numScan) personAge(n *Number, p int) bool {
	if n.Kind != Cardinal || n.Max != 0 || n.Value > 120 {
		return false
	}
	return sc.t.ofNounBefore(p, sc.floor, ageOfNouns)
}

// ageOfNouns name one person, whose "of" and a figure give an age, not a
// count: "a woman of about 40", "a boy of 12" ([age-of-noun]).
var ageOfNouns = words.List("age-of-noun")

// labelBefore reports whether the token t[a:b] (just before a figure) is a
// label word or "No.".
func (sc *numScan) labelBefore(a, b int) bool {
	t := sc.t
	if a >= b {
		return false
	}
	if b-a == 1 && t[a] == '.' {
		c, d := t.before(a)
		return c >= sc.floor && d == a && (t.is(c, d, "no") || t.is(c, d, "nos") || t.is(c, d, "vol") || t.is(c, d, "p"))
	}
	return t.isAny(a, b, labelWords)
}

// listMarker reports whether n numbers a list item: "1. the government"
// or "2) the army" at the start of a line or after a run of spaces.
func (sc *numScan) listMarker(n *Number) bool {
	t := sc.t
	e := n.End
	if e+1 >= len(t) || (t[e] != '.' && t[e] != ')') || t.spaceAt(e+1) == 0 || n.NumStart != n.Start {
		return false
	}
	i, spaces := n.Start, 0
	for w := t.spaceBefore(i); w > 0; w = t.spaceBefore(i) {
		if t[i-1] == '\n' {
			return true
		}
		i -= w
		spaces++
	}
	return i == 0 || spaces >= 2
}

// yearWords: see [year-word] in words.txt.
var yearWords = words.List("year-word")

// yearContext reports whether the token t[a:b] is one after which a
// four-digit figure is a year (see yearWords, plus "of" after a month,
// season or "end", and a possessive "'s").
func (t scanText) yearContext(a, b, floor int) bool {
	if a >= b || a < floor {
		return false
	}
	if t.isAny(a, b, yearWords) {
		return true
	}
	if t.is(a, b, "s") {
		// possessive: "Kenya's 2007 election"
		c, _ := t.before(a)
		return c >= floor && c < a && t.apostropheAt(c) == a-c
	}
	if t.is(a, b, "of") {
		c, d := t.before(a)
		if c < floor {
			return false
		}
		if m, _ := t.monthAt(c, d); m > 0 {
			return true
		}
		return t.isAny(c, d, yearOfWords)
	}
	return false
}

// yearOfWords: see [year-of-word] in words.txt.
var yearOfWords = words.List("year-of-word")

// yearLike reports whether f could be a year standing alone.
func yearLike(f figure) bool {
	return f.digits == 4 && !f.grouped && f.frac == 0 && f.scale == 1 && f.value >= 1900 && f.value <= 2099
}

func isHHMM(v int) bool { return v >= 0 && v < 2400 && v%100 < 60 }

// gluedCurrency reports whether the digits at i are glued to a currency
// code ("Rs5,000", "USD5", "KSh500") and returns the code's start.
func (sc *numScan) gluedCurrency(i int) (int, bool) {
	t := sc.t
	a := i
	for a > 0 && t[a-1] < utf8.RuneSelf && ('a' <= t[a-1]|0x20 && t[a-1]|0x20 <= 'z' || t[a-1] == '$') {
		a--
	}
	if a == i || a < sc.floor || t.inWord(a) {
		return 0, false
	}
	code := t[a:i]
	if code[len(code)-1] == '$' {
		code = code[:len(code)-1]
		if len(code) <= 2 {
			return a, true // US$5, A$5, HK$5
		}
	}
	if t.isAny(a, a+len(code), currencyCodes) {
		return a, true
	}
	return 0, false
}

// currencyCodes: see [currency-code] in words.txt.
var currencyCodes = words.List("currency-code")

// currencyBefore returns the start of a currency sign or code right before
// p ("$5", "US$ 5", "Rs. 5,000", "€5"), or -1.
func (sc *numScan) currencyBefore(p int) int {
	t := sc.t
	a, b := t.before(p)
	if a < sc.floor || a >= b {
		return -1
	}
	switch string(t[a:b]) {
	case "$":
		// US$, A$, HK$
		if c, d := t.before(a); d == a && c >= sc.floor && d-c <= 2 && t.letterAt(c) && !t.inWord(c) {
			return c
		}
		return a
	case "€", "£", "¥", "₹", "₦", "₱", "₩", "₽":
		return a
	case ".":
		if c, d := t.before(a); c >= sc.floor && d == a && t.is(c, d, "rs") {
			return c
		}
		return -1
	}
	if t.isAny(a, b, currencyCodes) && !(b-a <= 3 && t.is(a, b, "sh") && b == p) {
		return a
	}
	return -1
}

// currencyWord reports whether t[a:b] names a currency after a figure.
func (t scanText) currencyWord(a, b int) bool {
	if t.is(a, b, "pounds") || t.is(a, b, "pound") {
		c, d := t.after(b)
		return !t.is(c, d, "of") // 500 pounds of explosives
	}
	return t.isAny(a, b, currencyWords)
}

// currencyWords: see [currency-word] in words.txt.
var currencyWords = words.List("currency-word")

// unitWord reports whether t[a:b] is a unit of measure or of time: "10
// km", "two days", "9mm".
func (t scanText) unitWord(a, b int) bool {
	if b-a == 0 || b-a > 12 || !t.letterAt(a) || t.lettersEnd(a) != b {
		return false
	}
	_, ok := unitWords.lookup(t, a, b)
	return ok
}

// unitWords: see [unit-word] in words.txt.
var unitWords = loadFoldSet(words, "unit-word")

// wordClass is the part a word plays in a spelled-out figure.
type wordClass uint8

const (
	wUnit       wordClass = iota + 1 // zero..nine
	wTeen                            // ten..nineteen
	wTens                            // twenty..ninety
	wHundred                         // hundred
	wScale                           // thousand, million, billion, trillion, lakh, crore
	wDozen                           // dozen
	wOrdUnit                         // first..ninth
	wOrdTeen                         // tenth..nineteenth
	wOrdTens                         // twentieth..ninetieth
	wOrdHundred                      // hundredth
	wOrdScale                        // thousandth, millionth
	wVague                           // dozens, scores, hundreds, thousands, millions
	wTensOf                          // tens (of thousands)
	wSeveral                         // several
	wFew                             // few (after "a")
	wHandful                         // handful (after "a")
	wCouple                          // couple (after "a", before "of")
	wA                               // a, an
	wHalf                            // half (a dozen)
	wAnd                             // and (one hundred and twelve)
	wAnother                         // another
	wBoth                            // both
	wNo                              // no (one)
)

// starts reports whether a word of this class can open a number
// expression.
func (c wordClass) starts() bool {
	switch c {
	case wUnit, wTeen, wTens, wOrdUnit, wOrdTeen, wOrdTens, wOrdHundred, wVague, wTensOf, wSeveral,
		wA, wHalf, wAnother, wBoth, wNo:
		return true
	}
	return false
}

type numberWord struct {
	class wordClass
	value int
}

// numberWords: see [number-word] in words.txt.
var numberWords = loadNumberWords(words)

// groups reads thousands separators after the digits t[i:j] (j at a
// comma): western 1,500,000 or South Asian 1,50,000. It returns the end and
// the value, or false when the commas do not separate thousands.
func (t scanText) groups(i, j int) (end, value int, ok bool) {
	var lens [8]int
	var ends [8]int
	n := 0
	for k := j; n < len(lens) && k+1 < len(t) && t[k] == ',' && t.digit(k+1); n++ {
		e := t.digitsEnd(k + 1)
		lens[n], ends[n] = e-(k+1), e
		k = e
	}
	cut := 0
	switch {
	case n > 0 && lens[0] == 3:
		for cut < n && lens[cut] == 3 {
			cut++
		}
	case n > 1 && lens[0] == 2 && j-i <= 2:
		m := 0
		for m < n && lens[m] == 2 {
			m++
		}
		if m < n && lens[m] == 3 && (m+1 == n || lens[m+1] != 3) {
			cut = m + 1
		}
	}
	if cut == 0 {
		return 0, 0, false
	}
	end = ends[cut-1]
	v := 0
	for k := i; k < end; k++ {
		if c := t[k]; c != ',' {
			v = satAdd(satMul(v, 10), int(c-'0'))
		}
	}
	return end, v, true
}

// spaceGroups reads thousands separated by one space after the digits
// t[i:j] (the SI and much of Europe's and Africa's way: "1 200", "12 500
// 000", also with a no-break or thin space). It returns the end and the
// value, or false. Every group after the first must be three digits and
// the last must end the figure; a figure after a month name ("May 10 200
// people") or another figure is a day or a list, not a group.
func (t scanText) spaceGroups(i, j int) (end, value int, ok bool) {
	c, d := t.before(i)
	if m, _ := t.monthAt(c, d); d > c && t.digit(c) || m > 0 {
		return 0, 0, false
	}
	if i > 0 && (t[i-1] == '.' || t[i-1] == ',' || t[i-1] == '-' || t[i-1] == '/') {
		return 0, 0, false
	}
	v, k := digitsValue(t[i:j]), j
	for {
		w := t.spaceAt(k)
		if w == 0 || t[k] != ' ' && w == 1 || !t.digit(k+w) {
			break
		}
		e := t.digitsEnd(k + w)
		if e-(k+w) != 3 || t.letterAt(e) || e < len(t) && ((t[e] == ',' || t[e] == '.') && t.digit(e+1) || t[e] == ':' || t[e] == '/') {
			break
		}
		v = satAdd(satMul(v, 1000), digitsValue(t[k+w:e]))
		k, ok = e, true
	}
	return k, v, ok
}

// clockSuffix returns the end of "a.m.", "p.m.", "am", "pm" or "o'clock"
// at a, or 0.
func (t scanText) clockSuffix(a int) int {
	for _, w := range []string{"a.m.", "p.m.", "a.m", "p.m"} {
		if t.hasFold(a, w) {
			return a + len(w)
		}
	}
	b := t.lettersEnd(a)
	if (t.is(a, b, "am") || t.is(a, b, "pm")) && !t.wordAt(b) {
		return b
	}
	if t.is(a, b, "o") {
		if w := t.apostropheAt(b); w > 0 {
			if e := t.lettersEnd(b + w); t.is(b+w, e, "clock") {
				return e
			}
		}
	}
	return 0
}
