package doc

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"unicode/utf8"
)

// maxDocBytes bounds one document (a text file, or one JSONL line) so that a
// runaway input is an error rather than an out-of-memory crash. It is five
// times the largest single article sitrep is asked to handle (50 MB). It is
// a variable so that tests can lower it.
var maxDocBytes = maxDocMiB << 20

const maxDocMiB = 256

var errTooLarge = fmt.Errorf("larger than %d MiB: split it", maxDocMiB)

// sniffLen is how much of the start of an input the binary check reads, as
// git does for the same question.
const sniffLen = 8000

const bom = "\xef\xbb\xbf"

// binaryReason says why p, the start of an input, is not text, or returns
// nil. Text in a legacy encoding (Latin-1, Windows-1252) has a few invalid
// UTF-8 bytes and passes, to be repaired; NUL bytes, a compressed stream or a
// start where over 30% of the bytes are control characters or invalid UTF-8
// does not (random bytes score over 50%, a short French text in Latin-1
// about 10%).
func binaryReason(p []byte) error {
	switch {
	case bytes.HasPrefix(p, []byte{0x1f, 0x8b}):
		return errors.New("looks binary: gzip-compressed data (name it .jsonl.gz, or decompress it)")
	case bytes.HasPrefix(p, []byte{0xff, 0xfe}), bytes.HasPrefix(p, []byte{0xfe, 0xff}):
		return errors.New("looks binary: UTF-16 text (save it as UTF-8)")
	case bytes.IndexByte(p, 0) >= 0:
		return errors.New("looks binary: it holds NUL bytes")
	}
	if junk := junkBytes(p); junk*10 > 3*len(p) {
		return errors.New("looks binary: too many control characters and invalid UTF-8 bytes")
	}
	return nil
}

// junkBytes counts the control characters other than white space and the
// invalid UTF-8 bytes of p, up to a character cut by p's end. It decodes
// only what is not ASCII: the check runs on every document, and decoding
// each rune took 4.6-6.7% of the CPU time of extract over Reuters.
func junkBytes(p []byte) int {
	junk := 0
	for i := 0; i < len(p); {
		// Eight ASCII bytes at once, the bulk of any text: none is junk
		// when all are printable, and a word with a line break or a tab is
		// counted a byte at a time without decoding.
		if i+8 <= len(p) {
			if w := binary.LittleEndian.Uint64(p[i:]); w&hiBits == 0 {
				if !printable(w) {
					for _, c := range p[i : i+8] {
						if asciiJunk(c) {
							junk++
						}
					}
				}
				i += 8
				continue
			}
		}
		c := p[i]
		if c < utf8.RuneSelf {
			if asciiJunk(c) {
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

// hiBits holds the top bit of each of a word's eight bytes.
const hiBits = 0x8080808080808080

// printable reports whether all eight bytes of w, each below 0x80, are in
// 0x20-0x7e: adding 0x60 carries a byte into its top bit from 0x20 up,
// adding 1 only 0x7f, and neither carries into the next byte.
func printable(w uint64) bool {
	return (w+0x6060606060606060)&hiBits == hiBits && (w+0x0101010101010101)&hiBits == 0
}

// asciiJunk reports whether c, an ASCII byte, is a control character other
// than white space (tab, line feed, vertical tab, form feed, carriage return).
func asciiJunk(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' || c == 0x7f
}

// repairUTF8 returns p with every byte that is not part of valid UTF-8
// replaced by U+FFFD, the number of bytes replaced and the offset of the
// first. It returns p itself when p is valid, the common case.
func repairUTF8(p []byte) (out []byte, bad, first int) {
	if utf8.Valid(p) {
		return p, 0, -1
	}
	first = -1
	out = make([]byte, 0, len(p)+len(p)/8)
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && n == 1 {
			if first < 0 {
				first = i
			}
			bad++
			out = append(out, "\uFFFD"...)
		} else {
			out = append(out, p[i:i+n]...)
		}
		i += n
	}
	return out, bad, first
}

// checkDate reports whether s is a real calendar date written YYYY-MM-DD.
func checkDate(s string) error {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return fmt.Errorf("bad date %q: want YYYY-MM-DD", s)
	}
	num := func(t string) int {
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return -1
			}
			n = n*10 + int(t[i]-'0')
		}
		return n
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 0 || m < 0 || d < 0 {
		return fmt.Errorf("bad date %q: want YYYY-MM-DD", s)
	}
	if y == 0 || m < 1 || m > 12 {
		return fmt.Errorf("bad date %q: no such month", s)
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 29
	}
	if d < 1 || d > days {
		return fmt.Errorf("bad date %q: no such day", s)
	}
	return nil
}

// isSpace is ASCII horizontal white space plus the carriage return of CRLF.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

func isBlank(line string) bool {
	for i := 0; i < len(line); i++ {
		if !isSpace(line[i]) {
			return false
		}
	}
	return true
}

func trimSpace(s string) string {
	for len(s) > 0 && isSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}
