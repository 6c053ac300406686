package text

// The byte-scanner toolkit that the number and date scanners share:
// scanText, whose methods read tokens at byte offsets with no copy,
// foldTable, the case-folding word table they look words up in, and
// phraseSet, for phrases matched backwards from a figure or a date.

import (
	"unicode"
	"unicode/utf8"
)

// scanText is the text a scanner reads. Its methods read tokens at byte
// offsets without copying; they are methods so that the scanners' helpers
// stay out of the package namespace the tokenizer shares.
type scanText string

func (t scanText) digit(i int) bool { return i < len(t) && '0' <= t[i] && t[i] <= '9' }

// letterAt reports whether an ASCII letter is at i.
func (t scanText) letterAt(i int) bool {
	return i < len(t) && 'a' <= t[i]|0x20 && t[i]|0x20 <= 'z'
}

// upperAt reports whether an ASCII capital is at i.
func (t scanText) upperAt(i int) bool { return i < len(t) && isUpperASCII(t[i]) }

// titleCase reports whether the ASCII word t[a:b] begins with a capital
// and goes on in lower case somewhere ("League", "McDonald"), as a word
// of a name does in text that is not ALL CAPS.
func (t scanText) titleCase(a, b int) bool {
	if !t.upperAt(a) {
		return false
	}
	for i := a + 1; i < b; i++ {
		if 'a' <= t[i] && t[i] <= 'z' {
			return true
		}
	}
	return false
}

func (t scanText) lettersEnd(i int) int {
	for i < len(t) && 'a' <= t[i]|0x20 && t[i]|0x20 <= 'z' {
		i++
	}
	return i
}

func (t scanText) digitsEnd(i int) int {
	for i < len(t) && '0' <= t[i] && t[i] <= '9' {
		i++
	}
	return i
}

// alnumEnd returns the end of the run of letters and digits (any script)
// at i.
func (t scanText) alnumEnd(i int) int {
	for i < len(t) && t.wordAt(i) {
		if t[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(string(t[i:]))
			i += size
		}
	}
	return i
}

// inWord reports whether a letter or digit (any script) ends at i, so that
// something starting at i would start inside a word.
func (t scanText) inWord(i int) bool {
	if i <= 0 || i > len(t) {
		return false
	}
	c := t[i-1]
	if c < utf8.RuneSelf {
		return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z' || c == '_'
	}
	r, _ := utf8.DecodeLastRuneInString(string(t[:i]))
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordAt reports whether a letter or digit (any script) starts at i.
func (t scanText) wordAt(i int) bool {
	if i < 0 || i >= len(t) {
		return false
	}
	c := t[i]
	if c < utf8.RuneSelf {
		return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z' || c == '_'
	}
	r, _ := utf8.DecodeRuneInString(string(t[i:]))
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// hyphenWord reports whether a hyphen joins another word at i ("one-sided").
func (t scanText) hyphenWord(i int) bool {
	return i+1 < len(t) && t[i] == '-' && t.wordAt(i+1)
}

// spaceAt returns the byte width of the white space rune at i, or 0.
func (t scanText) spaceAt(i int) int {
	if i >= len(t) {
		return 0
	}
	switch t[i] {
	case ' ', '\t', '\n', '\r', '\f', '\v':
		return 1
	case 0xc2:
		if i+1 < len(t) && t[i+1] == 0xa0 { // no-break space
			return 2
		}
	case 0xe2:
		if i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0x89 || t[i+2] == 0xaf) { // thin and narrow no-break spaces
			return 3
		}
	}
	return 0
}

// spaceBefore returns the byte width of the white space rune ending at i,
// or 0.
func (t scanText) spaceBefore(i int) int {
	if i <= 0 {
		return 0
	}
	switch t[i-1] {
	case ' ', '\t', '\n', '\r', '\f', '\v':
		return 1
	case 0xa0:
		if i >= 2 && t[i-2] == 0xc2 {
			return 2
		}
	case 0x89, 0xaf:
		if i >= 3 && t[i-3] == 0xe2 && t[i-2] == 0x80 {
			return 3
		}
	}
	return 0
}

// after returns the token after i, past white space: a run of ASCII
// letters, a run of digits, or one other rune. At the end of the text it
// returns len(t), len(t).
func (t scanText) after(i int) (a, b int) {
	for w := t.spaceAt(i); w > 0; w = t.spaceAt(i) {
		i += w
	}
	if i >= len(t) {
		return len(t), len(t)
	}
	c := t[i]
	switch {
	case 'a' <= c|0x20 && c|0x20 <= 'z':
		return i, t.lettersEnd(i)
	case '0' <= c && c <= '9':
		return i, t.digitsEnd(i)
	case c < utf8.RuneSelf:
		return i, i + 1
	}
	_, size := utf8.DecodeRuneInString(string(t[i:]))
	return i, i + size
}

// before returns the token that ends before i, past white space (see
// after). At the start of the text it returns 0, 0.
func (t scanText) before(i int) (a, b int) {
	for w := t.spaceBefore(i); w > 0; w = t.spaceBefore(i) {
		i -= w
	}
	if i <= 0 {
		return 0, 0
	}
	c := t[i-1]
	switch {
	case 'a' <= c|0x20 && c|0x20 <= 'z':
		a = i - 1
		for a > 0 && 'a' <= t[a-1]|0x20 && t[a-1]|0x20 <= 'z' {
			a--
		}
		return a, i
	case '0' <= c && c <= '9':
		a = i - 1
		for a > 0 && '0' <= t[a-1] && t[a-1] <= '9' {
			a--
		}
		return a, i
	case c < utf8.RuneSelf:
		return i - 1, i
	}
	_, size := utf8.DecodeLastRuneInString(string(t[:i]))
	return i - size, i
}

// ofNounBefore reports whether "of" ends right before p, after a noun
// of nouns, both at or after floor: "the end of" March, "a woman of"
// about 40. Such a noun says whose the word after "of" is.
func (t scanText) ofNounBefore(p, floor int, nouns []string) bool {
	a, b := t.before(p)
	if a < floor || !t.is(a, b, "of") {
		return false
	}
	c, d := t.before(a)
	return c >= floor && t.isAny(c, d, nouns)
}

// joinNext returns the start of the word that continues a spelled-out
// figure after b: past spaces (not a blank line) or one hyphen.
func (t scanText) joinNext(b int) (int, bool) {
	if b >= len(t) {
		return 0, false
	}
	if t[b] == '-' {
		return b + 1, t.letterAt(b + 1)
	}
	i, nl := b, 0
	for w := t.spaceAt(i); w > 0; w = t.spaceAt(i) {
		if t[i] == '\n' {
			nl++
		}
		i += w
	}
	return i, i > b && nl < 2 && t.letterAt(i)
}

// sameClause reports whether only white space (no line break pair)
// separates j and a.
func (t scanText) sameClause(j, a int) bool {
	nl := 0
	for i := j; i < a; i++ {
		if t[i] == '\n' {
			nl++
		}
	}
	return nl < 2
}

// is reports whether t[a:b] is w, ignoring ASCII case; w is lower case.
func (t scanText) is(a, b int, w string) bool {
	if b-a != len(w) || a < 0 || b > len(t) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := t[a+i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// isAny reports whether t[a:b] is one of words.
func (t scanText) isAny(a, b int, words []string) bool {
	for _, w := range words {
		if t.is(a, b, w) {
			return true
		}
	}
	return false
}

// hasFold reports whether t[i:] starts with w, ignoring ASCII case.
func (t scanText) hasFold(i int, w string) bool {
	return i+len(w) <= len(t) && t.is(i, i+len(w), w)
}

// dashAt returns the width of a hyphen or en dash at i, or 0.
func (t scanText) dashAt(i int) int {
	if i >= len(t) {
		return 0
	}
	if t[i] == '-' {
		return 1
	}
	if t[i] == 0xe2 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x93 {
		return 3
	}
	return 0
}

// apostropheAt returns the width of an apostrophe at i (' or ’), or 0.
func (t scanText) apostropheAt(i int) int {
	if i >= len(t) {
		return 0
	}
	if t[i] == '\'' {
		return 1
	}
	if t[i] == 0xe2 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x99 {
		return 3
	}
	return 0
}

// onlyBetween reports whether t[a:b] holds nothing but white space and at
// most one of the bytes in punct.
func (t scanText) onlyBetween(a, b int, punct string) bool {
	if a > b {
		return false
	}
	seen := false
	for i := a; i < b; {
		if w := t.spaceAt(i); w > 0 {
			i += w
			continue
		}
		found := false
		for j := 0; j < len(punct); j++ {
			if t[i] == punct[j] {
				found = true
			}
		}
		if !found || seen {
			return false
		}
		seen = true
		i++
	}
	return true
}

// joinsYears reports whether t[a:b] links two years (or two ages): "and",
// "or", "to", "through", "until", a dash or a comma.
func (t scanText) joinsYears(a, b int) bool {
	c, d := t.after(a)
	if d > b {
		return false
	}
	if _, e := t.after(d); e <= b {
		return false // more than one token between
	}
	return c == d-1 && (t[c] == ',' || t[c] == '-') || t.dashAt(c) == d-c ||
		t.isAny(c, d, []string{"and", "or", "to", "through", "until", "till"})
}

// isoDate returns the end of an ISO date (2015-03-03) at i, or 0.
func (t scanText) isoDate(i int) int {
	if i+10 > len(t) || !t.digit(i) || !t.digit(i+1) || !t.digit(i+2) || !t.digit(i+3) || t[i+4] != '-' ||
		!t.digit(i+5) || !t.digit(i+6) || t[i+7] != '-' || !t.digit(i+8) || !t.digit(i+9) || t.digit(i+10) {
		return 0
	}
	m := int(t[i+5]-'0')*10 + int(t[i+6]-'0')
	d := int(t[i+8]-'0')*10 + int(t[i+9]-'0')
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0
	}
	return i + 10
}

// matchBack finds the longest of phrases that ends right before i (past
// white space) and starts at or after floor. It returns the phrase's start
// and index, or index -1. The tokens before i are read once.
func (t scanText) matchBack(i, floor int, set phraseSet) (start, index int) {
	var toks [3][2]int // the tokens before i, nearest first
	a, b := t.before(i)
	if a < floor || a == b {
		return i, -1
	}
	if _, ok := set.last.lookup(t, a, b); !ok {
		return i, -1
	}
	n := 0
	for pos := i; n < len(toks); n++ {
		a, b := t.before(pos)
		if a < floor || a == b {
			break
		}
		toks[n] = [2]int{a, b}
		pos = a
	}
	start, index = i, -1
	best := 0
	for k, p := range set.phrases {
		w := len(p.words)
		if w <= best || w > n {
			continue
		}
		ok := true
		for j := 0; j < w && ok; j++ {
			tok := toks[w-1-j]
			ok = t.is(tok[0], tok[1], p.words[j])
		}
		if ok {
			start, index, best = toks[w-1][0], k, w
		}
	}
	return start, index
}

// foldTable is a read-only hash table of lower-case ASCII words, looked up
// straight from the text, ignoring case, with no copy: a scanner hashes
// each word in the loop that finds its end. Open addressing keeps a miss,
// the common case, at one or two probes.
type foldTable[V any] struct {
	keys []string
	vals []V
	mask uint32
}

// foldHash adds the letter c to the hash h (FNV-1a over lower case).
func foldHash(h uint32, c byte) uint32 { return (h ^ uint32(c|0x20)) * 16777619 }

const foldSeed = 2166136261

func newFoldTable[V any](m map[string]V) *foldTable[V] {
	size := 8
	for size < 4*len(m) {
		size <<= 1
	}
	ft := &foldTable[V]{keys: make([]string, size), vals: make([]V, size), mask: uint32(size - 1)}
	for k, v := range m {
		h := uint32(foldSeed)
		for i := 0; i < len(k); i++ {
			h = foldHash(h, k[i])
		}
		slot := h & ft.mask
		for ft.keys[slot] != "" {
			slot = (slot + 1) & ft.mask
		}
		ft.keys[slot], ft.vals[slot] = k, v
	}
	return ft
}

// get looks up the letters t[a:b] whose hash is h.
func (ft *foldTable[V]) get(t scanText, a, b int, h uint32) (V, bool) {
	for slot := h & ft.mask; ft.keys[slot] != ""; slot = (slot + 1) & ft.mask {
		if t.is(a, b, ft.keys[slot]) {
			return ft.vals[slot], true
		}
	}
	var zero V
	return zero, false
}

// lookup hashes and looks up t[a:b], which must be ASCII letters.
func (ft *foldTable[V]) lookup(t scanText, a, b int) (V, bool) {
	h := uint32(foldSeed)
	for i := a; i < b; i++ {
		h = foldHash(h, t[i])
	}
	return ft.get(t, a, b, h)
}

// wordHash returns the end of the run of ASCII letters at i and its
// foldHash.
func (t scanText) wordHash(i int) (int, uint32) {
	h := uint32(foldSeed)
	for i < len(t) {
		c := t[i]
		if 'a' > c|0x20 || c|0x20 > 'z' {
			break
		}
		h = foldHash(h, c)
		i++
	}
	return i, h
}

type phrase struct {
	words []string
	qual  Qualifier
}

// phraseSet is a list of phrases with a table of their last words, so that
// the common case, a figure with no qualifier, is rejected by one lookup.
type phraseSet struct {
	phrases []phrase
	last    *foldTable[struct{}]
}

func newPhraseSet(phrases []phrase) phraseSet {
	m := map[string]struct{}{}
	for _, p := range phrases {
		m[p.words[len(p.words)-1]] = struct{}{}
	}
	return phraseSet{phrases, newFoldTable(m)}
}
