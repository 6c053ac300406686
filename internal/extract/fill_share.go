package extract

import (
	"slices"

	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/text"
)

// widerSpanUnits measure a span of several days that a figure is counted
// over (lexicon/words.txt).
var widerSpanUnits = lexicon.Words().Set("wider-span-unit")

// countedSites are plural nouns of the sites a deed strikes, which a
// number before them counts (lexicon/words.txt): "two gun shops".
var countedSites = lexicon.Words().Set("counted-site")

// widerTotal reports whether statement st counts its figure over more
// than one incident's harm, by a phrase of its own clause after the verb:
// a span of several days ("has killed at least 11 people and wounded more
// than 60 over two days") or a counted set of deeds at no one place
// ("about 30 soldiers had been killed in the three battles"). A set of
// deeds the phrase puts at one place ("in the two Dembi blasts") is that
// place's, as in sumOfDeeds. A figure told of a counted set of sites
// counts them all (sitesCounted).
func (a *article) widerTotal(st *statement) bool {
	if a.sitesCounted(st) {
		return true
	}
	s := a.sents[st.sent]
	last := int32(s.Last)
	for j := st.verb.t1; j < last && !a.clauseMark(j); j++ {
		if !spanPreps[a.lowerWord(j)] {
			continue
		}
		k := j + 1
		for k < last && (a.lowerWord(k) == "the" || a.lowerWord(k) == "past" || a.lowerWord(k) == "last") {
			k++
		}
		ni, ok := a.numberAt(k)
		if at, here := a.numberAt(j); here {
			ni, ok = at, true // "over two days": the scanner reads "over" as the figure's qualifier
		}
		if !ok || a.nums[ni].Value < 2 {
			continue
		}
		u := a.tokenAt(a.nums[ni].End-1) + 1
		if widerSpanUnits[a.lowerWord(u-1)] || u < last && widerSpanUnits[a.lowerWord(u)] {
			return true // "over two days" (the scanner reads the unit with the figure)
		}
		if a.nums[ni].Kind != text.Cardinal || u >= last {
			continue
		}
		for d := u; d < last && d <= u+1; d++ {
			// a plural of one running fight counted is several fights
			if (a.deedsNoun(d) || oneFightPlurals[a.lowerWord(d)]) && !a.placeNamedIn(j, d+1) {
				return true // "in the three battles", "in three separate attacks"
			}
		}
	}
	return false
}

// sitesCounted reports whether statement st's figure is told of a counted
// set of sites that its sentence names before the figure, the deed's
// object: "attacked two gun shops and a national guard base in the
// western city on Sunday, killing six people". The figure counts every
// site, no one site's share of it. Deeds counted at one place ("two
// explosions have killed at least 35" in Kut) are that place's, as in
// sumOfDeeds: only the sites a deed strikes count here.
func (a *article) sitesCounted(st *statement) bool {
	s := a.sents[st.sent]
	end := st.verb.t0 // before the figure, and before a toll's verb ("the toll ... rose to 16")
	if len(st.parts) > 0 {
		end = max(end, slices.MinFunc(st.parts, func(p, q part) int { return int(p.t0 - q.t0) }).t0)
	}
	for j := int32(s.First); j < end; j++ {
		ni, ok := a.numberAt(j)
		if !ok || a.nums[ni].Kind != text.Cardinal || a.nums[ni].Value < 2 {
			continue
		}
		u := a.tokenAt(a.nums[ni].End-1) + 1
		for d := u; d < end && d <= u+2; d++ {
			if w := a.lowerWord(d); countedSites[w] || placesCounted[w] {
				return true // "two gun shops", "two military facilities", "the three villages"
			}
			if a.toks[d].Kind != text.Word || a.isCasualtyWord(d) {
				break
			}
		}
	}
	return false
}

// ownShare returns the statement that gives incident f.in's own share of
// the wider total wide (widerTotal): a later, smaller figure of the same
// harm told of this incident's day or of its place, "A health office
// spokesman said seven people died on Sunday" after "has killed at least
// 11 people ... over two days", "About 18 soldiers died there" after "in
// the three battles". The share is the incident's toll, the total the
// story's; a first count, a boast, a share of a share or a vague figure
// is none. nil when the text gives no share.
func (f *filler) ownShare(wide *statement, stmts []*statement) *statement {
	n := firstTotal(wide)
	for _, st := range stmts {
		if st.sent <= wide.sent || st.subset || st.old || st.provisional || st.hedged || st.claimed || st.also || st.whole || st.update || allAdditional(st) || vague(st) {
			continue
		}
		if k := firstTotal(st); k > 0 && k < n && !f.a.widerTotal(st) && f.toldOfOwn(st) {
			return st
		}
	}
	return nil
}

// toldOfOwn reports whether statement st's figure is tied, by the words
// right after it, to incident f.in: "there", pointing back at the place
// told before ("About 18 soldiers died there"), or the incident's own day
// ("seven people died on Sunday and at least four on Monday").
func (f *filler) toldOfOwn(st *statement) bool {
	a := f.a
	end := st.clauseEnd()
	if int(end) >= len(a.toks) {
		return false
	}
	sent := a.sentOf[end-1]
	if a.sentOf[end] == sent && a.lowerWord(end) == "there" {
		return true
	}
	own := f.in.day(f.st.d0)
	if own < 0 {
		return false
	}
	return a.dayRightAfter(end, sent, func(d text.Day) bool { return d == a.dates[own].Day })
}

// wholeOf returns the statements of the incident that count the wider
// total wide again: wide itself, the other figures of its sentence, which
// its scope covers too ("in the three battles, and that the group had
// lost six of its own fighters"), and any giving its figure again, the
// headline's among them ("30 soldiers killed in three battles").
func (f *filler) wholeOf(wide *statement) []*statement {
	var out []*statement
	for _, m := range f.current() {
		for k := range m.stmts {
			if st := &m.stmts[k]; st.effect == wide.effect && (st == wide || st.sent == wide.sent || firstTotal(st) == firstTotal(wide)) {
				out = append(out, st)
			}
		}
	}
	return out
}
