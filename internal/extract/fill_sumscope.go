package extract

import (
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/text"
)

// sumScopes name the whole of a country as the place a figure counts
// over (lexicon/words.txt): "19 dead and 105 wounded nationwide".
var sumScopes = lexicon.Words().Set("sum-scope")

// deedCollectives are nouns that take several deeds as one
// (lexicon/words.txt): "Friday's wave of attacks", "the toll from the day".
var deedCollectives = lexicon.Words().Set("deed-collective")

// sumOfDeeds reports whether statement st, of a story of several
// incidents, counts by its grammar the harm of several deeds at once, so
// that it is the story's aggregate and no one record's toll:
//   - its subject is a plural noun of the deed or a collective of deeds
//     ("Monday's bombings killed 27 people, ... and wounded more than
//     100": the coordinated verb shares the subject);
//   - its figure is scoped by "in", "during", "from" or "of" to such a noun ("had died in
//     Friday's wave of bomb and gun attacks", "the death toll in the twin
//     blasts rose to 16", "the toll from the day had risen to 150");
//   - its clause counts over the whole country ("left 19 people dead and
//     105 wounded nationwide").
//
// A figure told in a clause of its own about one deed ("a fourth bomb
// killed five") keeps its own subject and stays the site's toll; so do
// deeds the phrase puts at one place ("multiple bombings in Diyala
// province have killed at least eight": that province's record), the
// plural of one running fight ("during clashes in the town":
// [one-fight-plural]) and a clause whose subject is the harmed ("other
// attacks in which two councillors were shot dead"). country reports a
// figure over the whole country, which sums every incident of the story
// whatever its day.
func (a *article) sumOfDeeds(st *statement) (sum, country bool) {
	t0, t1 := st.tokens()
	if int(t1) > len(a.toks) || t0 < 0 {
		return false, false
	}
	s := a.sents[st.sent]
	first, last := int32(s.First), int32(s.Last)
	// the clause: from the punctuation before the statement to the one
	// after it ("'s" is no clause mark)
	c0 := t0
	for c0 > first && !a.clauseMark(c0-1) {
		c0--
	}
	c1 := t1
	for c1 < last && !a.clauseMark(c1) {
		c1++
	}
	// the whole country
	for j := c0; j < c1; j++ {
		for n := int32(1); n <= 3 && j+n <= c1; n++ {
			if a.spanIn(sumScopes, j, j+n) {
				return true, true
			}
		}
	}
	// a scope by a preposition ("in", "from", "of"): the deed noun within
	// eight words after it, before a figure or an ordinal that picks one
	// of the deeds ("in one of the attacks", "in the second blast")
	for j := max(c0, st.verb.t0); j < c1; j++ {
		if !sumScopePreps[a.lowerWord(j)] {
			continue
		}
		for k := j + 1; k < c1 && k <= j+8; k++ {
			if a.deedsNoun(k) {
				if a.placeNamedIn(j, min(k+3, c1)) {
					break // "killed in bombings in Diyala province": that place's toll
				}
				return true, false
			}
			if _, num := a.numberAt(k); num || a.isCasualtyWord(k) || partOrdinals[a.lowerWord(k)] {
				break
			}
		}
	}
	// the subject: the head of the noun phrase before the verb, past
	// auxiliaries and a phrase after the head ("Monday's bombings of two
	// police posts killed"); a verb after "and" shares the subject of the
	// sentence's first verb
	for _, p := range st.parts {
		if p.t0 < st.verb.t0 {
			// "other attacks in which two local councillors were shot
			// dead": the harmed are the subject, the deed none of it
			return false, false
		}
	}
	v := st.verb.t0
	for {
		k := v - 1
		for k >= first && auxiliaries[a.lowerWord(k)] {
			k--
		}
		if k < first {
			return false, false
		}
		if a.lowerWord(k) == "and" && k > first {
			// "killed 27 people, four of them attackers, and wounded":
			// back to the first casualty verb of the sentence
			fv := int32(-1)
			for j := first; j < k-1; j++ {
				if a.isCasualtyWord(j) && !a.deedsNoun(j) {
					fv = j
					break
				}
			}
			if fv < 0 || fv >= v {
				return false, false
			}
			v = fv
			continue
		}
		head, start := a.subjectHead(k, first)
		// "multiple bombings in Diyala province have killed at least
		// eight": deeds the phrase puts at one place are that place's
		return a.deedsNoun(head) && !a.placeNamedIn(start, v), false
	}
}

// placeNamedIn reports whether a place name ends among tokens [t0, t1).
func (a *article) placeNamedIn(t0, t1 int32) bool {
	for k := t0; k < t1; k++ {
		if a.placeAt(k) >= 0 {
			return true
		}
	}
	return false
}

// subjectHead returns the head of the noun phrase that ends at token k,
// and where the phrase starts (after the clause mark before it): the head
// is the word before the first preposition after the start, else k.
func (a *article) subjectHead(k, first int32) (head, start int32) {
	s := k
	for s > first && !a.clauseMark(s-1) && a.lowerWord(s-1) != "-" {
		s--
	}
	for j := s + 1; j < k; j++ {
		if locPreps[a.lowerWord(j)] {
			return j - 1, s
		}
	}
	return k, s
}

// oneFightPlurals are plurals of one running fight (lexicon/words.txt).
var oneFightPlurals = lexicon.Words().Set("one-fight-plural")

// sumScopePreps put a figure in the deeds it counts (lexicon/words.txt).
var sumScopePreps = lexicon.Words().Set("sum-scope-prep")

// clauseMark reports whether token j is a punctuation mark that bounds a
// clause (not the "'s" of a possessive, nor a hyphen).
func (a *article) clauseMark(j int32) bool {
	if a.toks[j].Kind != text.Punct {
		return false
	}
	w := a.lowerWord(j)
	return w != "'" && w != "’" && w != "-" && w != "'s" && w != "’s"
}

// deedsNoun reports whether token j is a noun of several deeds: a plural
// trigger noun of the deed ("bombings", "attacks", "blasts"), not of the
// doers, or a collective of deeds ("wave", "day").
func (a *article) deedsNoun(j int32) bool {
	w := a.lowerWord(j)
	if deedCollectives[w] {
		return true
	}
	return plural(w) && !oneFightPlurals[w] && a.covered(j, lexicon.Trigger, "") && !a.covered(j, lexicon.Party, "") && !a.covered(j, lexicon.Weapon, "") && !doerNoun(w)
}

// doerNoun reports whether plural w names the doers of a deed
// ("bombers", "attackers", "gunmen") rather than deeds.
func doerNoun(w string) bool {
	return len(w) > 4 && (w[len(w)-3:] == "ers" || w[len(w)-3:] == "men")
}

// sumOfSeveral reports whether statement st sums the harm of several
// incidents the story tells (sumOfDeeds), another of which falls on this
// incident's day (any other, for a figure over the whole country): a
// plural of the deed in a story of one day's single attack ("twin blasts
// at the market killed 20", followed by the next day's arrests) is that
// attack's toll.
func (f *filler) sumOfSeveral(st *statement) bool {
	sum, country := f.a.sumOfDeeds(st)
	if !sum && !f.a.sitesCounted(st) {
		return false // "attacked two gun shops and a national guard base ..., killing six": the sum of the sites the story tells one by one
	}
	if country {
		return true // "nationwide": every incident the story tells of that country
	}
	day := f.in.day(f.st.d0)
	for _, o := range f.st.incs {
		if o != f.in && f.a.sameDay(o.day(f.st.d0), day) {
			return true
		}
	}
	return false
}
