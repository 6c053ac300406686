package text

import (
	"unicode"
	"unicode/utf8"
)

// AppendNameKey appends the key of a name to dst and returns the extended
// slice: sitrep's one name normaliser, under which the gazetteer stores
// places and merge compares names. A key is the form in which spellings of
// one name meet: letters are
// lower-cased and stripped of accents ("Cúcuta" and "Cucuta" give cucuta,
// "Ḩajjah" gives hajjah, "ß" gives ss, "ø" gives o); apostrophes, ʿayn and
// hamza signs and full stops vanish ("Sana'a", "Sana’a" and "Sanaa" give
// sanaa; "U.S." gives us); "&" reads as "and"; hyphens, dashes, commas and
// other punctuation separate words ("Ivano-Frankivsk" gives ivano
// frankivsk), and runs of separators become one space with none at either
// end. Letters of other scripts are lower-cased and kept. Invalid UTF-8
// separates words, so the key is always valid UTF-8.
//
// AppendNameKey does not allocate when dst has room, so a scanner can key every
// n-gram of a document with one reused buffer.
func AppendNameKey(dst []byte, name string) []byte {
	start := len(dst)
	sep := false // a separator is pending: written before the next letter
	for i := 0; i < len(name); {
		c := name[i]
		if c < utf8.RuneSelf {
			i++
			switch k := asciiKey[c]; k {
			case keySep:
				sep = true
			case keyJoin:
				// Joins: "Sana'a" is sanaa, "St." is st.
			case keyAnd:
				if len(dst) > start {
					dst = append(dst, ' ')
				}
				dst = append(dst, "and"...)
				sep = true
			default:
				if sep && len(dst) > start {
					dst = append(dst, ' ')
				}
				sep = false
				// the run of ASCII letters and digits at once, lower-cased
				// in place: most words are nothing else
				j := i
				for j < len(name) && name[j] < utf8.RuneSelf && asciiKey[name[j]] > keyAnd {
					j++
				}
				n := len(dst)
				dst = append(dst, name[i-1:j]...)
				for p := n; p < len(dst); p++ {
					dst[p] = asciiKey[dst[p]]
				}
				i = j
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(name[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			sep = true
			continue
		}
		if isApostrophe(r) || unicode.Is(unicode.Mn, r) {
			continue
		}
		if s := foldRune(r); s != "" {
			if sep && len(dst) > start {
				dst = append(dst, ' ')
			}
			sep = false
			dst = append(dst, s...)
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if sep && len(dst) > start {
				dst = append(dst, ' ')
			}
			sep = false
			dst = utf8.AppendRune(dst, lowerFixed(r))
			continue
		}
		sep = true
	}
	return dst
}

// asciiKey gives, for each ASCII byte, what it becomes in a key: a
// letter or digit its lower case, else one of keySep, keyJoin or keyAnd.
var asciiKey = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			t[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case c == '\'' || c == '`' || c == '.':
			t[c] = keyJoin
		case c == '&':
			t[c] = keyAnd
		default:
			t[c] = keySep
		}
	}
	return t
}()

// What an ASCII byte that is not a letter or digit does in a key.
const (
	keySep  = 0 // separates words
	keyJoin = 1 // vanishes, joining its neighbours
	keyAnd  = 2 // reads as the word "and"
)

// lowerFixed lower-cases r so that the result lower-cases to itself, which
// keeps AppendNameKey idempotent for the few runes whose simple lower case is
// itself upper case in another mapping.
func lowerFixed(r rune) rune {
	for range 3 {
		l := unicode.ToLower(r)
		if l == r {
			return r
		}
		r = l
	}
	return r
}

// isApostrophe reports the marks that transliterations and typography put
// inside words where a plain text has an apostrophe or nothing: curly
// quotes, primes, the acute accent used as a quote, ʿayn and hamza letters.
func isApostrophe(r rune) bool {
	switch r {
	case '\u2018', '\u2019', '\u201B', '\u2032', '\u00B4', '\u02B9', '\u02BB',
		'\u02BC', '\u02BD', '\u02BE', '\u02BF', '\u02C8', '\u0294', '\u0295':
		return true
	}
	return false
}

// foldRune returns the plain ASCII letters for a Latin letter with
// diacritics, or "" when r has no such mapping.
func foldRune(r rune) string {
	switch {
	case r >= 0x00C0 && r <= 0x02AF:
		return latinFold0[r-0x00C0]
	case r >= 0x1E00 && r <= 0x1EFF:
		return latinFold1[r-0x1E00]
	}
	return ""
}
