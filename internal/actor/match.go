package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxKey bounds a normalized word. Longer text words cannot be in the
// vocabulary (Parse rejects longer name words), so Find skips them.
const maxKey = 64

// Find appends to dst every group mention in text, in order, and returns
// dst. Among mentions starting at the same word the longest wins, and
// mentions never overlap. Matching ignores case, accents, hyphens and
// apostrophes (’ and '), except for names marked in the data: "!" names
// ("IS", "FAR") must be written in their case and are skipped when lower
// reports that the whole document is lower-cased; "^" acronyms ("ELN") must
// be written in their case in mixed-case text. A possessive "'s" after a
// name is left out of the mention ("Hamas's" gives "Hamas"), and a name
// hyphenated after a negator ("anti-Taliban") is no mention.
//
// Find allocates nothing beyond growing dst.
func (l *Lexicon) Find(dst []Match, text string, lower bool) []Match {
	return l.find(dst, text, lower, false)
}

// FindOutlets is Find for the groups' own news outlets (names marked "="
// in the data: "Amaq", "Radio Venceremos"): each match's Group is the
// outlet's owner and its Alias the outlet's name. Find leaves them out,
// since an outlet speaks for its group and never acts.
func (l *Lexicon) FindOutlets(dst []Match, text string, lower bool) []Match {
	return l.find(dst, text, lower, true)
}

// FindWithOutlets is Find and FindOutlets of one text in one scan: it
// appends the group mentions to groups and the outlet mentions to
// outlets. The two scans resume at their own places (an outlet's name may
// hold a group's: "Radio Farabundo Marti"), but where both stand at the
// same word, as they nearly always do, one walk of the names serves both.
func (l *Lexicon) FindWithOutlets(groups, outlets []Match, text string, lower bool) ([]Match, []Match) {
	var res [2]found
	gStart, gEnd := nextWord(text, 0)
	oStart, oEnd := gStart, gEnd
	for gStart >= 0 || oStart >= 0 {
		s, e := gStart, gEnd
		if gStart < 0 || oStart >= 0 && oStart < gStart {
			s, e = oStart, oEnd
		}
		want := [2]bool{gStart == s, oStart == s}
		l.longest(&res, text, s, e, lower, want)
		if r := &res[0]; want[0] {
			if r.ok {
				groups = append(groups, r.m)
			}
			gStart, gEnd = nextWord(text, r.resume)
		}
		if r := &res[1]; want[1] {
			if r.ok {
				outlets = append(outlets, r.m)
			}
			oStart, oEnd = nextWord(text, r.resume)
		}
	}
	return groups, outlets
}

// find is Find of group names, or of outlet names with outlets.
func (l *Lexicon) find(dst []Match, text string, lower, outlets bool) []Match {
	k := 0
	if outlets {
		k = 1
	}
	var want [2]bool
	want[k] = true
	var res [2]found
	r := &res[k]
	for i := 0; ; {
		s, e := nextWord(text, i)
		if s < 0 {
			return dst
		}
		l.longest(&res, text, s, e, lower, want)
		if r.ok {
			dst = append(dst, r.m)
		}
		i = r.resume
	}
}

// found is what longest found of one kind of name: the mention, if ok,
// and where scanning resumes.
type found struct {
	m      Match
	resume int
	ok     bool
}

// longest sets res, for group names ([0]) and outlet names ([1]) as want
// asks, to the longest acceptable mention starting with the word
// text[s:e], and where scanning resumes: after the mention, or after the
// word when there is none. One walk of the trie serves both kinds; res is
// the caller's, as a result returned by value costs every word its copy.
func (l *Lexicon) longest(res *[2]found, text string, s, e int, lower bool, want [2]bool) {
	var buf [maxKey]byte
	for k := range res {
		if want[k] {
			res[k] = found{resume: e}
		}
	}
	node := uint32(0)
	for ws, we := s, e; ; {
		// A possessive can only end a mention: look the stem up for a
		// name ending here before following the whole word.
		stem := false // a name ends at the stem of a possessive
		if a := possessive(text, ws, we); a > 0 {
			if n, ok := normInto(&buf, text[ws:a]); ok {
				if id, ok := l.vocab[string(buf[:n])]; ok {
					if child, ok := l.edges[uint64(node)<<32|uint64(id)]; ok {
						l.pickEach(res, want, l.terms[child], text, s, a, we, lower)
						for k := range res {
							stem = stem || want[k] && res[k].ok && res[k].m.End == a
						}
					}
				}
			}
		}
		n, ok := normInto(&buf, text[ws:we])
		if !ok {
			break
		}
		id, ok := l.vocab[string(buf[:n])]
		if !ok {
			break
		}
		child, ok := l.edges[uint64(node)<<32|uint64(id)]
		if !ok {
			break
		}
		node = child
		if !stem {
			// "Taliban's" is the possessive of the name "Taliban", not the
			// plural alias "Talibans" its letters also spell: where a name
			// ends at the stem, the whole word ends no name
			l.pickEach(res, want, l.terms[node], text, s, we, we, lower)
		}
		ns, ne := nextWord(text, we)
		if ns < 0 || !gapOK(text, ws, we, ns) {
			break
		}
		ws, we = ns, ne
	}
	for k := range res {
		r := &res[k]
		if !want[k] || !r.ok {
			continue
		}
		if l.negated(text, s) {
			// Skip the whole name: "Qaeda" in "anti-al-Qaeda" is no mention either.
			r.m, r.ok = Match{}, false
			continue
		}
		// "CPI (Maoist)": take the closing bracket of one opened inside.
		if best := r.m; best.End < len(text) && text[best.End] == ')' &&
			strings.Count(text[best.Start:best.End], "(") > strings.Count(text[best.Start:best.End], ")") {
			r.m.End++
			r.resume = max(r.resume, r.m.End)
		}
	}
}

// pickEach records, for each kind of name want asks for, the mention
// text[s:e] when one of the names ts of its kind is acceptable there
// (pick), scanning to resume at r.
func (l *Lexicon) pickEach(res *[2]found, want [2]bool, ts []term, text string, s, e, r int, lower bool) {
	for k := range res {
		if !want[k] {
			continue
		}
		if t, ok := l.pick(ts, text, s, e, lower, k == 1); ok {
			res[k] = found{Match{s, e, t.group, t.alias}, r, true}
		}
	}
}

// pick chooses among the names ending at one trie node the one text[s:e]
// most plausibly is, or reports that none is acceptable. A marked name
// written exactly in its case beats an unmarked one ("JEM" the Sudanese
// movement, "JeM" Jaish-e-Mohammed); otherwise unshared names beat shared
// ones, then file order. Only outlet names count when outlets is set, and
// only the others when not.
func (l *Lexicon) pick(ts []term, text string, s, e int, lower, outlets bool) (term, bool) {
	var best term
	bestScore := 0
	caps := -1 // capsAround, computed when first needed
	for _, t := range ts {
		if (t.flags&flagOutlet != 0) != outlets {
			continue
		}
		score := 2
		if t.flags&(flagWord|flagAcronym) != 0 {
			score = l.caseScore(t, text, s, e, lower, &caps)
			if score == 0 {
				continue
			}
		}
		if t.flags&flagShared == 0 {
			score++
		}
		if score > bestScore {
			best, bestScore = t, score
		}
	}
	return best, bestScore > 0
}

// caseScore applies the case rules of a marked name: 0 rejects it, 4 says
// its written case singles it out, 2 accepts it.
func (l *Lexicon) caseScore(t term, text string, s, e int, lower bool, caps *int) int {
	word := t.flags&flagWord != 0
	if lower {
		if word {
			return 0
		}
		return 2
	}
	exact, upper := sameLetters(text[s:e], t.letter)
	inCaps := func() bool {
		if *caps < 0 {
			*caps = 0
			if capsAround(text, s, e) {
				*caps = 1
			}
		}
		return *caps == 1
	}
	switch {
	case exact && !(upper && inCaps()):
		return 4
	case !upper || !inCaps():
		// Mixed-case text in the wrong case: "Is", "Eln".
		return 0
	case word && !l.groupContext(text, s, e):
		// All capitals hide whether "IS" is the verb: ask for context.
		return 0
	}
	return 2
}

// sameLetters compares the word characters of span with the name's
// (ASCII, in the name's case) and reports whether span has no lower-case
// letter.
func sameLetters(span, letters string) (exact, upper bool) {
	j := 0
	exact, upper = true, true
	for i := 0; i < len(span); {
		c := span[i]
		if c < utf8.RuneSelf {
			i++
			if !isWordByte(c) {
				continue
			}
			if 'a' <= c && c <= 'z' {
				upper = false
			}
			if j >= len(letters) || letters[j] != c {
				exact = false
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(span[i:])
		i += n
		if isWordRune(r) {
			// Marked names are ASCII, so an accented letter differs.
			exact = false
			if unicode.IsLower(r) {
				upper = false
			}
		}
	}
	return exact && j == len(letters), upper
}

// capsAround reports whether the nearest real word on each side of span
// (one with two letters or more, at most two words away) is in capitals
// and no word between is in lower case: a headline or wire copy, where
// case tells nothing.
func capsAround(text string, s, e int) bool {
	before, okBefore := capsWord(text, s, true)
	after, okAfter := capsWord(text, e, false)
	return okBefore && okAfter && (before || after)
}

// capsWord looks at up to two words before (or after) byte i for one with
// two letters or more. found says it found one in capitals; ok is false
// when a word on the way has a lower-case letter.
func capsWord(text string, i int, back bool) (found, ok bool) {
	for k := 0; k < 2; k++ {
		var ws, we int
		if back {
			ws, we = prevWord(text, i)
			i = ws
		} else {
			ws, we = nextWord(text, i)
			i = we
		}
		if ws < 0 {
			return false, true
		}
		letters := 0
		for _, r := range text[ws:we] {
			if unicode.IsLower(r) {
				return false, false
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 2 {
			return true, true
		}
	}
	return false, true
}

// groupContext reports whether text[s:e] is bracketed, as in "REBEL ARMED
// FORCES (FAR)", or followed by a group word from @context ("IS MILITANTS").
func (l *Lexicon) groupContext(text string, s, e int) bool {
	if s > 0 && e < len(text) && (text[s-1] == '(' && text[e] == ')' || text[s-1] == '[' && text[e] == ']') {
		return true
	}
	ns, ne := nextWord(text, e)
	if ns < 0 || !gapOK(text, s, e, ns) {
		return false
	}
	var buf [maxKey]byte
	n, ok := normInto(&buf, text[ns:ne])
	return ok && l.context[string(buf[:n])]
}

// negated reports whether the mention at s is hyphenated to a negator:
// "anti-Taliban", "counter-ISIS".
func (l *Lexicon) negated(text string, s int) bool {
	r, n := utf8.DecodeLastRuneInString(text[:s])
	if !isHyphen(r) {
		return false
	}
	ws, we := prevWord(text, s-n)
	if ws < 0 || we != s-n {
		return false
	}
	var buf [maxKey]byte
	k, ok := normInto(&buf, text[ws:we])
	return ok && l.negators[string(buf[:k])]
}

// gapOK reports whether the characters between the word text[ws:we] and
// the next word at ns may sit inside a name: spaces (one line break at
// most), hyphens, slashes, "&", brackets ("CPI (Maoist)"), apostrophes ending
// a plural possessive ("Martyrs' Brigades"), and a dot after a single
// letter ("U.S.-led").
func gapOK(text string, ws, we, ns int) bool {
	if ns-we > 16 {
		return false
	}
	newlines, dots := 0, 0
	for _, r := range text[we:ns] {
		switch {
		case r == '\n':
			newlines++
		case r == '.':
			dots++
		case r == ' ' || r == '\t' || r == '\r' || r == '\u00a0' || r == '/' || r == '&' || r == '(' || r == ')' ||
			isHyphen(r) || isApostrophe(r):
		default:
			return false
		}
	}
	if dots > 0 && (dots > 1 || utf8.RuneCountInString(text[ws:we]) != 1) {
		return false
	}
	return newlines <= 1
}

// possessive returns the offset of the apostrophe when text[s:e] ends in
// "'s" ("Hamas's", "Hamas’s"), else -1.
func possessive(text string, s, e int) int {
	if e-s < 3 || (text[e-1] != 's' && text[e-1] != 'S') {
		return -1
	}
	r, n := utf8.DecodeLastRuneInString(text[s : e-1])
	if !isApostrophe(r) {
		return -1
	}
	return e - 1 - n
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	return t
}()

func isWordByte(c byte) bool { return c < utf8.RuneSelf && asciiWord[c] }

// isWordRune reports whether r belongs to a word: a letter, digit or
// combining mark (text in decomposed form), but not an apostrophe-like
// modifier letter.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	if isApostrophe(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isApostrophe covers the marks written for an apostrophe or for the
// Arabic hamza and ayn in transliterations ("Qa'ida", "Jamāʿat").
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', '\u00b4', '\u2018', '\u2019', '\u2032', '\u02bb', '\u02bc', '\u02be', '\u02bf':
		return true
	}
	return false
}

func isHyphen(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011'
}

// nextWord returns the span of the first word at or after byte i, or -1,
// -1. A word is a run of letters and digits; an apostrophe between two
// word characters belongs to it ("People’s").
func nextWord(text string, i int) (int, int) {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			break
		}
		i += n
	}
	if i >= len(text) {
		return -1, -1
	}
	s := i
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] {
				i++
				continue
			}
			if (c == '\'' || c == '`') && wordAt(text, i+1) {
				i++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) || isApostrophe(r) && wordAt(text, i+n) {
			i += n
			continue
		}
		break
	}
	return s, i
}

func wordAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// prevWord returns the span of the last word ending at or before byte i,
// or -1, -1.
func prevWord(text string, i int) (int, int) {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if isWordRune(r) {
			break
		}
		i -= n
	}
	if i <= 0 {
		return -1, -1
	}
	e := i
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if isWordRune(r) {
			i -= n
			continue
		}
		if isApostrophe(r) && i-n > 0 {
			if p, _ := utf8.DecodeLastRuneInString(text[:i-n]); isWordRune(p) {
				i -= n
				continue
			}
		}
		break
	}
	return i, e
}

// normInto writes the normalized form of the word w into buf: lower case,
// accents folded to ASCII where Latin, apostrophes and combining marks
// dropped. It reports false when the result does not fit.
func normInto(buf *[maxKey]byte, w string) (int, bool) {
	n := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			i++
			if !asciiWord[c] {
				continue // an apostrophe inside the word
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if n == maxKey {
				return 0, false
			}
			buf[n] = c
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if isApostrophe(r) || unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := fold[r]; ok {
			if n+len(f) > maxKey {
				return 0, false
			}
			n += copy(buf[n:], f)
			continue
		}
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > maxKey {
			return 0, false
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	return n, true
}

// normalize returns the normalized words of s joined by single spaces:
// the key under which names are compared.
func normalize(s string) string {
	var b strings.Builder
	var buf [maxKey]byte
	for i := 0; ; {
		ws, we := nextWord(s, i)
		if ws < 0 {
			break
		}
		i = we
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if n, ok := normInto(&buf, s[ws:we]); ok {
			b.Write(buf[:n])
		} else {
			// Too long for a name word (Parse rejects it); keep it whole
			// so that keys stay distinct.
			b.WriteString(strings.ToLower(s[ws:we]))
		}
	}
	return b.String()
}

// fold maps accented Latin letters (as in Spanish, French, Portuguese,
// Turkish and Arabic transliteration) to plain ASCII.
var fold = func() map[rune]string {
	m := map[rune]string{}
	for _, row := range []struct{ to, from string }{
		{"a", "ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎẠạ"},
		{"ae", "Ææ"},
		{"c", "ÇçĆćĈĉĊċČč"},
		{"d", "ĎďĐđÐðḌḍ"},
		{"e", "ÈÉÊËèéêëĒēĔĕĖėĘęĚěẸẹ"},
		{"g", "ĜĝĞğĠġĢģ"},
		{"h", "ĤĥĦħḤḥ"},
		{"i", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐỊị"},
		{"j", "Ĵĵ"},
		{"k", "Ķķ"},
		{"l", "ĹĺĻļĽľĿŀŁł"},
		{"n", "ÑñŃńŅņŇň"},
		{"o", "ÒÓÔÕÖØòóôõöøŌōŎŏŐőǑǒỌọ"},
		{"oe", "Œœ"},
		{"r", "ŔŕŖŗŘř"},
		{"s", "ŚśŜŝŞşŠšȘșṢṣ"},
		{"ss", "ß"},
		{"t", "ŢţŤťŦŧȚțṬṭ"},
		{"th", "Þþ"},
		{"u", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųǓǔỤụ"},
		{"w", "Ŵŵ"},
		{"y", "ÝýÿŶŷŸ"},
		{"z", "ŹźŻżŽžẒẓ"},
	} {
		for _, r := range row.from {
			m[r] = row.to
		}
	}
	return m
}()
