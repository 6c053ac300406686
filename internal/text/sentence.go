package text

import "unicode/utf8"

// Sentence is a run of tokens [First, Last) with the paragraph it belongs to.
type Sentence struct {
	First, Last int
	Para        int
}

// abbreviations that end with a dot without ending a sentence, lower case.
var abbreviations = words.Set("abbreviation")

// Sentences appends the sentences of toks (tokens of s) to dst. A sentence
// ends at . ! or ? (after any closing quotes or brackets) when the next
// token could start one, and always at a paragraph break. Abbreviations
// such as "Col." and "Oct." do not end sentences; in lower-cased text any
// token may start a sentence.
func Sentences(dst []Sentence, s string, toks []Token, c Case) []Sentence {
	para := -1
	first := 0
	for i := range toks {
		if toks[i].Has(ParaFirst) {
			if i > first {
				dst = append(dst, Sentence{first, i, para})
			}
			para++
			first = i
		}
		if !isTerminal(s, toks[i]) || i+1 >= len(toks) {
			continue
		}
		// the dot of an abbreviation or initial ("Col.", "J. Christopher")
		if s[toks[i].Start] == '.' && i > first && toks[i-1].End == toks[i].Start && toks[i-1].Kind == Word {
			w := s[toks[i-1].Start:toks[i-1].End]
			if len(w) == 1 && c != Lower && isUpperASCII(w[0]) && !compoundTail(s, toks, i-1) || isAbbreviation(w) {
				continue
			}
		}
		// closing quotes and brackets belong to the sentence they end
		j := i + 1
		for j < len(toks) && toks[j].Kind == Punct && isCloser(s[toks[j].Start:toks[j].End]) && !toks[j].Has(SpaceBefore) {
			j++
		}
		if j >= len(toks) {
			continue
		}
		if !toks[j].Has(SpaceBefore) && !toks[j].Has(NewlineBefore) && !gluedStop(s, toks, i) {
			continue // "3.5" is one token, and "U.S.Army" or "e.g.The" a run of initials
		}
		if toks[j].Has(ParaFirst) || c == Lower || startsSentence(s, toks[j]) {
			dst = append(dst, Sentence{first, j, para})
			first = j
		}
	}
	if first < len(toks) {
		if para < 0 {
			para = 0
		}
		dst = append(dst, Sentence{first, len(toks), para})
	}
	return dst
}

// compoundTail reports whether the letter at toks[k] ends a hyphened
// name ("known as ISIS-K.", "a Type-C."): glued to a hyphen glued to a
// word, it is a part of that word, not an initial, which stands alone
// before a name ("J. Christopher", "George W. Bush").
func compoundTail(s string, toks []Token, k int) bool {
	if k < 2 || toks[k].Has(SpaceBefore) || toks[k-1].Has(SpaceBefore) || toks[k-2].Kind != Word {
		return false
	}
	return s[toks[k-1].Start:toks[k-1].End] == "-"
}

// gluedStop reports whether the dot at toks[i] is a full stop whose space
// was lost between a lower-case word and a capitalised one, as copy run
// together by a page or a wire ("suspected to be from the militia.There
// are still ...", Reuters-21578's "the deficit.December figures"): a
// lower-case word of two letters or more ends no initial or domain name
// before a capital followed by lower case.
func gluedStop(s string, toks []Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || s[toks[i].Start] != '.' || toks[i].Has(SpaceBefore) {
		return false
	}
	prev, next := toks[i-1], toks[i+1]
	if prev.Kind != Word || next.Kind != Word || prev.End-prev.Start < 2 || next.End-next.Start < 2 {
		return false
	}
	for k := prev.Start; k < prev.End; k++ {
		if c := s[k]; c < 'a' || c > 'z' {
			return false
		}
	}
	return isUpperASCII(s[next.Start]) && s[next.Start+1] >= 'a' && s[next.Start+1] <= 'z'
}

func isTerminal(s string, t Token) bool {
	if t.Kind != Punct || t.End-t.Start != 1 {
		return t.Kind == Punct && s[t.Start:t.End] == "…"
	}
	c := s[t.Start]
	return c == '.' || c == '!' || c == '?'
}

func isCloser(p string) bool {
	switch p {
	case "\"", "'", ")", "]", "”", "’", "»":
		return true
	}
	return false
}

// startsSentence reports whether t can open a sentence: a capital, a digit,
// or an opening quote or bracket.
func startsSentence(s string, t Token) bool {
	if t.Kind == Num || t.Has(Cap) {
		return true
	}
	if t.Kind == Punct {
		switch s[t.Start:t.End] {
		case "\"", "'", "(", "[", "“", "‘", "«", "—", "-":
			return true
		}
	}
	return false
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

func isAbbreviation(w string) bool {
	if len(w) > 6 {
		return false
	}
	var buf [6]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbreviations[string(buf[:len(w)])]
}
