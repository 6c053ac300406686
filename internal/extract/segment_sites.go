package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/text"
)

// site is a named or described target inside a town: "the Belgian
// consulate", "the Radisson SAS Hotel", "the clock tower". Coordinated
// attacks on several sites of one town are coded one incident per site.
type site struct {
	t0, t1 int32
	head   string   // the facility noun, singular: "hotel", "consulate"
	mods   []string // the words that tell it from another of its kind: "belgian", "radisson", "sas"
}

// same reports whether two sites can be the same: the same kind of
// facility, and no two different names ("the Spanish culture center" and
// "the Spanish center" are one; "a hotel" may be "the Farah hotel").
func (s site) same(o site) bool {
	if s.head != o.head {
		return false
	}
	if len(s.mods) == 0 || len(o.mods) == 0 {
		return true
	}
	for _, m := range s.mods {
		for _, n := range o.mods {
			if m == n {
				return true
			}
		}
	}
	return false
}

// siteModifiers may describe a facility without telling it from another.
var siteModifiers = lexicon.Words().Set("site-modifier") // lexicon/words.txt

// sites returns the sites a mention names and whether it names several in
// one list ("at a Jewish community center, a hotel, the Belgian consulate
// and a Spanish culture center"; "the Ritz-Carlton and Marriott hotels";
// "Two other hotels, the Grand Hyatt Amman and Days Inn Amman").
func (a *article) sites(m *mention) (out []site, list bool) {
	if m.title {
		return nil, false // headline capitals do not mark names
	}
	for _, t := range a.termsIn(m.t0, m.t1) {
		if t.p.Cat != lexicon.Target || t.p.Value == "civilians" {
			continue // "a wedding", "homes": whom, not which building
		}
		if _, person := a.termAt(t.t0, lexicon.Party); person {
			continue
		}
		if _, title := a.termAt(t.t0, lexicon.Title); title {
			continue // "the interior minister" is a person, not a site
		}
		if reportVerbs[a.lowerWord(t.t1)] {
			continue // "diplomats said": who tells, not what was hit
		}
		head := singular(a.lowerSpan(t.t1-1, t.t1))
		s := site{t0: t.t0, t1: t.t1, head: head}
		// the modifiers and names before the noun
		for j := t.t0 - 1; j >= m.t0 && j >= t.t0-4; j-- {
			w := a.lowerWord(j)
			if a.toks[j].Kind != text.Word && !a.isInnerHyphen(int(j)) || stopWords[w] || w == "," {
				break
			}
			s.t0 = j
			if a.toks[j].Kind == text.Word && !siteModifiers[w] {
				s.mods = append(s.mods, w)
			}
		}
		for j := t.t0; j < t.t1-1; j++ {
			s.mods = append(s.mods, a.lowerWord(j)) // "community" of "community center"
		}
		// "the Ritz-Carlton and Marriott hotels": the first name
		if s.t0 >= 2 && a.lowerWord(s.t0-1) == "and" && a.toks[s.t0-2].Has(text.Cap) && a.toks[s.t0].Has(text.Cap) {
			j := s.t0 - 2
			for j > m.t0 && (a.toks[j-1].Has(text.Cap) || a.isInnerHyphen(int(j-1))) {
				j--
			}
			s.t0 = j
		}
		// "the Ritz-Carlton and Marriott hotels": names that share a
		// plural noun are sites of their own
		if plural(a.lowerSpan(t.t1-1, t.t1)) && len(s.mods) > 0 {
			if names := a.sharedNames(s, m.t0); len(names) > 1 {
				out = append(out, names...)
				list = true
				continue
			}
		}
		// "Two other hotels, the Grand Hyatt Amman and Days Inn Amman"
		if plural(a.lowerSpan(t.t1-1, t.t1)) && a.word(t.t1) == "," {
			if names := a.appositiveNames(t.t1+1, m.t1, head); len(names) > 1 {
				out = append(out, names...)
				list = true
				continue
			}
		}
		if len(out) > 0 && a.coordinated(out[len(out)-1].t1, s.t0) && !out[len(out)-1].same(s) {
			list = true
		}
		out = append(out, s)
	}
	return out, list
}

// sharedNames splits "Ritz-Carlton and Marriott hotels" into one site per
// name.
func (a *article) sharedNames(s site, first int32) []site {
	var out []site
	j := s.t0
	for j < s.t1-1 {
		if !a.toks[j].Has(text.Cap) {
			j++
			continue
		}
		n0 := j
		for j < s.t1-1 && (a.toks[j].Has(text.Cap) || a.isInnerHyphen(int(j))) {
			j++
		}
		out = append(out, site{t0: n0, t1: j, head: s.head, mods: []string{a.lowerSpan(n0, j)}})
		for j < s.t1-1 && !a.toks[j].Has(text.Cap) {
			j++
		}
	}
	return out
}

// appositiveNames reads the names listed after a plural facility noun.
func (a *article) appositiveNames(j, last int32, head string) []site {
	var out []site
	for j < last {
		switch a.lowerWord(j) {
		case "the", "and", ",":
			j++
			continue
		}
		if !a.toks[j].Has(text.Cap) {
			break
		}
		n0 := j
		for j < last && (a.toks[j].Has(text.Cap) || a.isInnerHyphen(int(j))) {
			j++
		}
		out = append(out, site{t0: n0, t1: j, head: head, mods: a.siteNameWords(n0, j)})
	}
	return out
}

// siteNameWords returns the lower-cased words of tokens [t0, t1) that
// tell a named site from another, leaving out a place the article names:
// the "Amman" of "the Grand Hyatt Amman and Days Inn Amman" says where
// both hotels stand, not which one was hit.
func (a *article) siteNameWords(t0, t1 int32) []string {
	var out []string
words:
	for j := t0; j < t1; j++ {
		if a.toks[j].Kind != text.Word {
			continue
		}
		w := a.lowerWord(j)
		for k := range a.places {
			if p := &a.places[k]; p.t1 == p.t0+1 && a.lowerWord(p.t0) == w {
				continue words // a place the article names
			}
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return strings.Fields(a.lowerSpan(t0, t1))
	}
	return out
}

// harmed reports whether site s is, alone or in a list, the subject of
// a passive of harm ("one office, one bus and one transformer were
// damaged", "the school was badly damaged"): a thing the attack harmed,
// not a site hit by an attack of its own.
func (a *article) harmed(s site) bool {
	si := a.sentOf[s.t0]
	for j := s.t1; j < s.t1+12 && int(j) < len(a.toks) && a.sentOf[j] == si; j++ {
		switch w := a.lowerWord(j); w {
		case "was", "were":
			if strings.HasSuffix(a.lowerWord(j+1), "ly") {
				j++ // "badly", "partially"
			}
			return damageParticiples[a.lowerWord(j+1)]
		case ";", ":":
			return false
		}
	}
	return false
}

// damageParticiples tell harm done to things (harmed).
var damageParticiples = lexicon.Words().Set("damage-participle") // lexicon/words.txt

// coordinated reports whether the tokens between two sites list them: ",",
// "and", "at", "the", "a".
func (a *article) coordinated(end, start int32) bool {
	if start < end || start-end > 4 {
		return false
	}
	for j := end; j < start; j++ {
		switch a.lowerWord(j) {
		case ",", "and", "at", "the", "a", "an", "on", "near", "outside":
		default:
			return false
		}
	}
	return true
}

// singular strips an English plural s.
func singular(w string) string {
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3 {
		return w[:len(w)-1]
	}
	return w
}
