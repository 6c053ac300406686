// Package text turns a document's bytes into the annotations every later
// stage works on: tokens, sentences, numbers and dates, all as byte offsets
// into the original text, never copies.
package text

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	Word  uint8 = iota // letters, possibly with digits, inner apostrophes or dots (U.S.)
	Num                // digits, possibly with inner , . or : (1,500  7.5  10:40)
	Punct              // any other visible rune
)

// Token flags.
const (
	Cap           uint8 = 1 << iota // first letter upper case
	AllCaps                         // every letter upper case, at least two letters
	ParaFirst                       // first token of a paragraph (after a blank line or at the start)
	SpaceBefore                     // white space precedes the token
	NewlineBefore                   // a line break precedes the token
)

// Token is a span of the text. Start and End are byte offsets; the text is
// not copied.
type Token struct {
	Start, End int32
	Kind       uint8
	Flags      uint8
}

// Has reports whether all of flags are set.
func (t Token) Has(flags uint8) bool { return t.Flags&flags == flags }

// Case describes how a whole document uses capitals. Lower-cased corpora
// (MUC-4) and all-caps wire copy cannot use capitals to find names.
type Case uint8

const (
	Mixed Case = iota
	Lower
	Upper
)

// Tokenize appends the tokens of s to dst. White space separates tokens and
// is not a token; a blank line (two line breaks with only spaces between)
// starts a paragraph.
func Tokenize(dst []Token, s string) []Token {
	i := 0
	flags := ParaFirst
	for i < len(s) {
		c := s[i]
		// white space, counting line breaks for paragraphs
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			nl := 0
			for i < len(s) {
				c = s[i]
				if c == '\n' {
					nl++
				} else if c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v' {
					break
				}
				i++
			}
			flags |= SpaceBefore
			if nl > 0 {
				flags |= NewlineBefore
			}
			if nl > 1 {
				flags |= ParaFirst
			}
			continue
		}
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			if r == '\u00a0' || r == '\u2009' || r == '\u200b' || r == '\u202f' || r == '\u3000' || (r != utf8.RuneError && unicode.IsSpace(r)) {
				i += size
				flags |= SpaceBefore
				continue
			}
		}
		start := i
		var t Token
		switch {
		case isDigit(c):
			i = scanNumber(s, i)
			t = Token{Start: int32(start), End: int32(i), Kind: Num}
			// "9-millimeter", "AK47": a number glued to letters is a word
			if i < len(s) && isWordByte(s, i) {
				i = scanWord(s, i)
				t = Token{Start: int32(start), End: int32(i), Kind: Word}
			}
		case isLetter(r):
			i = scanWord(s, i)
			t = Token{Start: int32(start), End: int32(i), Kind: Word}
		default:
			i += size
			t = Token{Start: int32(start), End: int32(i), Kind: Punct}
		}
		t.Flags = flags | caseFlags(s[t.Start:t.End])
		dst = append(dst, t)
		flags = 0
	}
	return dst
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// isWordByte reports whether a letter or digit starts at s[i].
func isWordByte(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'z')
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isLetter(r) || unicode.IsDigit(r)
}

// scanNumber reads digits with inner separators: 1,500  7.5  10:40.
func scanNumber(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if isDigit(c) {
			i++
			continue
		}
		if (c == ',' || c == '.' || c == ':') && i+1 < len(s) && isDigit(s[i+1]) {
			i++
			continue
		}
		break
	}
	return i
}

// scanWord reads letters and digits with inner apostrophes (Shi'ite, don't)
// and dotted abbreviations (U.S., a.m.). A possessive 's is left for the
// next token so that "Russia's" yields Russia and 's.
func scanWord(s string, i int) int {
	start := i
	for i < len(s) {
		if isWordByte(s, i) {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		if n := apostrophe(s, i); n > 0 && i > start && i+n < len(s) && isWordByte(s, i+n) && !isPossessive(s, i+n) {
			i += n
			continue
		}
		break
	}
	// U.S., a.m., U.N.: single letters each followed by a dot
	if i-start == 1 && isASCIILetter(s[start]) {
		j := i
		for j+2 < len(s) && s[j] == '.' && isASCIILetter(s[j+1]) && s[j+2] == '.' {
			j += 2
		}
		if j > i {
			return j + 1
		}
	}
	return i
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// apostrophe returns the byte length of an apostrophe at s[i], or 0.
func apostrophe(s string, i int) int {
	if s[i] == '\'' {
		return 1
	}
	if i+2 < len(s) && s[i] == 0xe2 && s[i+1] == 0x80 && s[i+2] == 0x99 { // ’
		return 3
	}
	return 0
}

// isPossessive reports whether s[i:] starts with "s" ending the word.
func isPossessive(s string, i int) bool {
	if s[i] != 's' && s[i] != 'S' {
		return false
	}
	return i+1 >= len(s) || !isWordByte(s, i+1)
}

func caseFlags(w string) uint8 {
	upper, lower := 0, 0
	first := true
	var f uint8
	for _, r := range w {
		if r < utf8.RuneSelf {
			switch {
			case r >= 'A' && r <= 'Z':
				upper++
				if first {
					f |= Cap
				}
			case r >= 'a' && r <= 'z':
				lower++
			}
		} else if unicode.IsUpper(r) {
			upper++
			if first {
				f |= Cap
			}
		} else if unicode.IsLower(r) {
			lower++
		}
		first = false
	}
	if upper >= 2 && lower == 0 {
		f |= AllCaps
	}
	return f
}

// DetectCase says whether s is lower-cased, all capitals or mixed, from the
// share of capital letters among the first 20,000 letters.
func DetectCase(s string) Case {
	upper, letters := 0, 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				upper++
				letters++
			} else if r >= 'a' && r <= 'z' {
				letters++
			}
		} else if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
		if letters >= 20000 {
			break
		}
	}
	switch {
	case letters == 0:
		return Mixed
	case upper*200 < letters: // under 0.5% capitals
		return Lower
	case upper*10 > letters*8: // over 80% capitals
		return Upper
	}
	return Mixed
}
