package doc

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// refJunkBytes is junkBytes as it was before it read eight ASCII bytes at
// once: every character decoded in turn. The tests hold the new one to it.
func refJunkBytes(p []byte) int {
	junk := 0
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' || c == 0x7f {
				junk++
			}
			i++
			continue
		}
		if !utf8.FullRune(p[i:]) {
			break // a character cut by the sample's end
		}
		r, n := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && n == 1 {
			junk++
		}
		i += n
	}
	return junk
}

// junkCases are inputs whose junk sits where the eight-byte steps could
// miscount it: at the first and last byte of a word, in a word's tail
// shorter than eight bytes, in a rune across two words or cut by the end.
var junkCases = []struct{ name, in string }{
	{"empty", ""},
	{"short ascii", "abc"},
	{"one word", "abcdefgh"},
	{"white space", "a\tb\nc\rd\fe\vf  \n\n\t\t\r\n"},
	{"control first of word", "\x01bcdefgh12345678"},
	{"control last of word", "abcdefg\x1f12345678"},
	{"control first of second word", "abcdefgh\x0212345678"},
	{"control in tail", "abcdefgh123\x1b"},
	{"del first and last", "\x7fbcdefg\x7f"},
	{"del in tail", "abcdefghij\x7f"},
	{"del and space neighbours", "~\x7f \x1f!\x20\x7e\x80"},
	{"every control", "\x01\x02\x03\x04\x05\x06\x07\x08\t\n\v\f\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f"},
	{"rune across words", "abcdefgé12345678"},
	{"rune at word start", "éabcdefgh1234567"},
	{"rune cut at end", "abcdefgh\x01\xe2\x82"},
	{"rune cut after a word", "abcdefgh\xe2"},
	{"four-byte rune cut", "abcdefg\x01\xf0\x9f\x98"},
	{"cut rune then nothing counted", "\x01\x01\xe2\x82"},
	{"invalid bytes", "\xff\xfe\x80\xbf abcdefgh \xc0\xaf"},
	{"latin-1", "Le pr\xe9sident a d\xe9clar\xe9 \xe0 la t\xe9l\xe9vision fran\xe7aise"},
	{"invalid in tail", "abcdefgh\x80"},
	{"surrogate", "abcdefgh\xed\xa0\x80abcdefgh"},
	{"high byte last of word", "abcdefg\xe9abcdefgh"},
	{"mostly junk", strings.Repeat("\x01\xff", 20) + "abc"},
}

func TestJunkBytes(t *testing.T) {
	for _, c := range junkCases {
		for cut := 0; cut <= len(c.in); cut++ { // every prefix: every place of the sample's end
			p := []byte(c.in[:cut])
			if got, want := junkBytes(p), refJunkBytes(p); got != want {
				t.Errorf("%s, first %d bytes %q: junkBytes = %d, want %d", c.name, cut, p, got, want)
			}
		}
	}
}

// FuzzJunkBytes holds junkBytes to the rune-by-rune count on any input:
// it decides binaryReason's verdict, which must not change.
func FuzzJunkBytes(f *testing.F) {
	for _, c := range junkCases {
		f.Add([]byte(c.in))
	}
	f.Fuzz(func(t *testing.T, p []byte) {
		if got, want := junkBytes(p), refJunkBytes(p); got != want {
			t.Errorf("junkBytes(%q) = %d, want %d", p, got, want)
		}
	})
}

// BenchmarkBinaryReason checks one document's start as the readers do: a
// Reuters-sized article (about 700 bytes, the median is 631) in ASCII and
// a French one in Latin-1, with a few bytes that are not UTF-8.
func BenchmarkBinaryReason(b *testing.B) {
	ascii := strings.Repeat("The army said on Tuesday that 12 people were killed\n"+
		"when a bomb exploded near a market in the north, officials said.\n", 6)
	latin1 := strings.Repeat("Le minist\xe8re a d\xe9clar\xe9 mardi que douze personnes\n"+
		"ont \xe9t\xe9 tu\xe9es pr\xe8s d'un march\xe9 du nord du pays.\n", 7)
	for _, c := range []struct{ name, text string }{{"ascii", ascii}, {"latin1", latin1}} {
		b.Run(c.name, func(b *testing.B) {
			p := []byte(c.text)
			b.SetBytes(int64(len(p)))
			for b.Loop() {
				if err := binaryReason(p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
