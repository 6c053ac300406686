package extract

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// The rules of this file read an attack told again: in a reaction piece
// (a condemnation, a government's backing, a complaint to the U.N.) or a
// follow-up, the attack happened before the report and elsewhere than
// where it was filed. Such an attack takes its own day ("Friday's
// attack", "the attack on the platform on Monday") and its own place, or
// none: never the day of the reaction nor the dateline.

// reactionWords govern an attack named after them: "condemned the
// bombing", "responding to the kidnapping".
var reactionWords = lexicon.Words().Set("reaction-word") // lexicon/words.txt

// reactionWindow is how many words before an attack word a reaction word
// may govern it ("backed the United States' attack").
const reactionWindow = 8

// reactionOf returns the token of the reaction word that governs attack
// word t as its object, before it in its clause: "condemned Friday's
// bombing", "backed the United States' attack". A report verb, "that" or
// a clause break in between ends the search: "condemned the killings and
// said gunmen attacked a bus" reports the bus attack.
func (a *article) reactionOf(t term) (int32, bool) {
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for j := t.t0 - 1; j >= first && j >= t.t0-reactionWindow; j-- {
		if a.clauseBreak(j) {
			return -1, false
		}
		w := a.lowerWord(j)
		if (reactionWords[w] || reactionWords[w+" "+a.lowerWord(j+1)]) && !a.modifierUse(j) {
			return j, true
		}
		if (pursuitVerbs[w] || confirmVerbs[w]) && a.objectNoun(j, t) {
			return j, true
		}
	}
	return -1, false
}

// objectNoun reports whether attack word t heads the definite object of
// the verb at token j, one modifier at most before it: "investigating the
// assassination of ...", "a note confirming the kidnapping", "efforts to
// clarify the murder", "confirmed Sunday's bombing". A verb of looking
// into a deed ([pursuit-verb]) or of checking a report ([confirm-verb])
// takes as its object a deed already known: the definite article says so.
// Its day is the inquiry's or the confirmation's, as a reaction's is.
// Further off the noun belongs to a phrase of its own ("will investigate
// the circumstances of the attack that killed 10 ... on 31 October"),
// which may tell the deed in full.
func (a *article) objectNoun(j int32, t term) bool {
	return a.headsDefinite(j, t) && !a.toldInFull(t)
}

// headsDefinite reports whether attack word t heads the definite object
// of the word at token v (definiteObject), at most one modifier before
// it: "confirming the kidnapping", "of the brutal murder". A past
// participle tells a clause of its own ("of the gunmen attacked").
func (a *article) headsDefinite(v int32, t term) bool {
	h, _, ok := a.definiteObject(v)
	return ok && (t.t0 == h || t.t0 == h+1) && !strings.HasSuffix(a.lowerWord(t.t1-1), "ed")
}

// toldInFull reports whether a relative clause follows attack noun t
// within a few words ("will investigate the deadly car bombing that
// killed 12 people at a vegetable market in Kirkuk on Friday", "the
// kidnapping, which took place on Monday"): the clause tells the deed
// with its day and toll, as a report does, not only names it.
func (a *article) toldInFull(t term) bool {
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	for k := t.t1; k < last && k < t.t1+8; k++ {
		w := a.lowerWord(k)
		if relativePronouns[w] && !relativeAdverbs[w] {
			return true
		}
		if a.breaksPhrase(k) && w != "," {
			return false
		}
	}
	return false
}

// modifierUse reports whether the reaction word at token j describes a
// noun rather than reacting: in a compound ("Iran-backed rebels attacked")
// or as a participle with its agent ("militants backed by Iran attacked").
func (a *article) modifierUse(j int32) bool {
	if p := a.word(j - 1); j > 0 && (p == "-" || p == "‑") {
		return true
	}
	return a.lowerWord(j+1) == "by"
}

// toldBy reports whether the attack word t stands in the noun phrase that
// one of the attack dates in told qualifies ("Friday's rocket attack").
func (a *article) toldBy(t term, told []int) bool {
	for _, k := range told {
		t1 := a.datedNoun(k) // a told date qualifies an attack noun (attackDate): any apostrophe after it opens a possessive
		if t.t0 >= t1 && t.t0 < t1+4 || a.inRelativeOf(t.t0, t1) {
			return true
		}
	}
	return false
}

// inRelativeOf reports whether token t stands in a relative clause that
// describes the attack noun phrase a date qualifies, starting at token np:
// "the 2008 attacks on Mumbai's Taj hotel, in which gunmen killed 166
// people", "Friday's bombing, which killed 12". The clause tells that
// deed, so its words of killing take the deed's date, not another the
// sentence names ("A film about ... opened on Friday"). The noun phrase
// runs to a comma or a relative pronoun (after "in", "during" or "of"
// too) within a few words, and the clause to the next punctuation.
func (a *article) inRelativeOf(t, np int32) bool {
	if !a.attackNounAt(np) || t <= np {
		return false
	}
	last := int32(a.sents[a.sentOf[np]].Last)
	j := np
	for ; j < last && j < np+9 && j < t; j++ {
		if a.breaksPhrase(j) {
			break
		}
		if relativePronouns[a.lowerWord(j)] && !relativeAdverbs[a.lowerWord(j)] {
			break
		}
	}
	if a.word(j) == "," {
		j++
	}
	switch a.lowerWord(j) {
	case "in", "during", "of":
		j++ // "in which", "during which", "of whom"
	}
	if w := a.lowerWord(j); !relativePronouns[w] || relativeAdverbs[w] || w == "when" || j >= t {
		return false
	}
	for k := j + 1; k < t; k++ {
		if a.breaksPhrase(k) {
			return false
		}
	}
	return true
}

// breaksPhrase reports whether token j is a punctuation mark that ends a
// phrase or a clause: any but an apostrophe ("Mumbai's Taj hotel") or a
// hyphen ("pro-government"), which stand inside one (inRelativeOf).
func (a *article) breaksPhrase(j int32) bool {
	w := a.word(j)
	return a.toks[j].Kind == text.Punct && w != "'" && w != "’" && w != "-"
}

// retoldMention reports whether every attack word of m tells an attack
// again: governed by a reaction word (reactionOf), or qualified by a day
// before the publication day ("condemned on Monday Friday's attack");
// whether a reaction word governs one of them; and whether one heads the
// clause of each ("condemned the bombing", "responding to the
// kidnapping"), rather than explaining another action as an adjunct ("in
// retaliation for the missile attack"), for reactionDates.
func (a *article) retoldMention(m *mention, told []int) (retold, reaction, headed bool) {
	if len(m.triggers) == 0 {
		return false, false, false
	}
	var past []int
	for _, k := range told {
		if a.pub.IsZero() || a.pub.After(a.dates[k].Day) {
			past = append(past, k)
		}
	}
	headed = true
	for _, t := range m.triggers {
		j, r := a.reactionOf(t)
		if !r && !a.toldBy(t, past) {
			return false, false, false
		}
		reaction = reaction || r
		headed = headed && r && a.lowerWord(j-1) != "in"
	}
	return true, reaction, headed
}

// reactionDates sorts the dates of a mention whose attack words are all
// the objects of a reaction heading their clause (headed, from
// retoldMention): a day after the attack's noun phrase, with no clause
// break between, is the attack's ("backed the United States' attack on
// an Iranian oil platform on Monday"); any other day is the reaction's
// ("responding to the kidnapping ..., today insisted"). It returns the
// event dates and the reaction's.
func (a *article) reactionDates(m *mention, dates []int, headed bool) (event, said []int) {
	if !headed {
		return dates, nil
	}
	for _, k := range dates {
		d := a.tokenAt(a.dates[k].Start)
		own := false
		for _, t := range m.triggers {
			if d < t.t1 || d-t.t1 > reactionWindow {
				continue
			}
			own = true
			for j := t.t1; j < d; j++ {
				if a.clauseBreak(j) {
					own = false
				}
			}
			if own {
				break
			}
		}
		if own {
			event = append(event, k)
		} else {
			said = append(said, k)
		}
	}
	return event, said
}

// retold reports whether an incident is an attack told again: the mention
// that brings it into the body tells it again (retoldMention). A story
// that reports an attack and later quotes a condemnation of it is not
// one: its first mention reports.
func (in *incident) retold() bool {
	m := in.opening()
	return m != nil && m.retold
}

// reaction reports whether an incident is brought in by a reaction to it
// ("BRITAIN BACKS U.S. STRIKE"): the country the story names most is then
// the one that reacts, not where the attack was.
func (in *incident) reaction() bool {
	m := in.opening()
	return m != nil && m.retold && m.reaction
}

// opening returns the mention that brings the incident into the body, or
// its headline's when no body mention tells of it; nil for none.
func (in *incident) opening() *mention {
	for _, m := range in.ms {
		if !m.title {
			return m
		}
	}
	if len(in.ms) > 0 {
		return in.ms[0]
	}
	return nil
}

// unknownPlaceAfter reports whether an attack word of m is placed by a
// locative preposition and a capitalised name the gazetteer does not hold
// ("yesterday's Afghan bombing in Teri Mangal to the north"), not a day:
// the mention
// names a place of its own, though not one that can be resolved, so it
// does not take the place of the attack told before it.
func (a *article) unknownPlaceAfter(m *mention) bool {
	for _, t := range m.triggers {
		j := t.t1
		if w := a.lowerWord(j); w != "in" && w != "at" && w != "near" {
			// "on" is left out: a name after it is more often a target
			// ("strikes on Houthi positions") than a place
			continue
		}
		n := j + 1
		if int(n) >= len(a.toks) || a.sentOf[n] != a.sentOf[t.t0] || !a.toks[n].Has(text.Cap) || a.cs != text.Mixed {
			continue
		}
		b0 := int(a.toks[n].Start)
		if lo, hi := a.dateRange(b0, b0+1); lo < hi {
			continue // "the attack on Monday"
		}
		if lo, hi := a.placeRange(n, n+1); lo == hi && !a.isDemonym(n) && !stopWords[a.lowerWord(n)] && a.lowerWord(n) != "the" {
			return true
		}
	}
	return false
}

// matchDay is the day by which segment matches a mention to incident in:
// its own day, or the main event's d0. When d0 is only the day of the
// dateline and the incident gives no day of its own, it is an outline of
// an attack a later sentence tells in full ("said today there was no
// force majeure after guerrillas blew up a railway line" ... "guerrillas
// ... blew up railway tracks two days ago ... at Chacapalca"; "after an
// armed man killed one person ... in Kuala Lumpur" ... "confirming the
// shooting on Sunday night"), and the later sentence's day is its day,
// unless the two tell of different kinds of attack or the sentence
// refers back to an attack of another day ("the toll from yesterday's
// bombing" beside today's raid). So is d0 when it is only the day of a
// later act the incident's own sentence does over the deed (laterActDate:
// "investigators on Tuesday named ... the suspected suicide bomber behind
// an explosion on a metro train" ... "The bomb ... exploded ... on
// Monday"): the lead names the deed by a noun, and the sentence that
// tells it gives its day.
func (a *article) matchDay(in *incident, m *mention, d0 int) int {
	if in.date < 0 && d0 >= 0 && (a.dates[d0].Start < a.datelineEnd || a.laterActDay(in, d0)) && !m.retold && sameKind(in, m) {
		return -1
	}
	if in.date < 0 && a.earlierOnly(in) {
		// "... after Mogadishu truck bomb": the headline's earlier event
		// has no day of its own, and the news's day is not it
		return -1
	}
	return in.day(d0)
}

// earlierOnly reports whether incident in is told only by the part of a
// headline after its sequence word (headlineEarlier).
func (a *article) earlierOnly(in *incident) bool {
	for _, m := range in.ms {
		if !a.headlineEarlier(m) {
			return false
		}
	}
	return len(in.ms) > 0
}

// laterActDay reports whether date k is, in a mention of incident in,
// the day of a later act done over its deed (laterActDate), not of the
// deed.
func (a *article) laterActDay(in *incident, k int) bool {
	for _, o := range in.ms {
		if slices.Contains(o.said, k) && a.laterActDate(k, o) {
			return true
		}
	}
	return false
}

// sameKind reports whether mention m may tell of the kind of attack
// incident in tells of: a type of attack word, or of casualty, in common,
// or no kind said on one side ("an attack", "killed one person").
func sameKind(in *incident, m *mention) bool {
	kinds := map[string]bool{}
	for _, k := range mentionKinds(m) {
		kinds[k] = true
	}
	said := false
	for _, o := range in.ms {
		for _, k := range mentionKinds(o) {
			if kinds[k] {
				return true
			}
			said = true
		}
	}
	return len(kinds) == 0 || !said
}

// mentionKinds lists the kinds of attack a mention's words say: the types
// of its specific attack words, and "kidnap" for people taken.
func mentionKinds(m *mention) []string {
	var out []string
	for _, t := range m.triggers {
		if t.p.Value != "generic" {
			out = append(out, t.p.Value)
		}
	}
	for _, st := range m.stmts {
		if st.effect == lexicon.Kidnap && !st.hedged {
			out = append(out, "kidnapping")
		}
	}
	return out
}

// seaWindow is how near an attack word a body of water must be named to
// place the attack on it.
const seaWindow = 16

// atSea looks in the incident's sentences for an attack placed on a body
// of water, a water place mention (waterBody) after a preposition that
// puts a ship there: "destroyed an Iranian oil platform in the Gulf", "a
// tanker hit in Kuwaiti waters", "off the Strait of Hormuz". It reports
// whether it found one, and the place mention of the demonym that gives
// its country ("Kuwaiti waters"), or -1 when the water is in no country.
func (f *filler) atSea() (found bool, demonym int) {
	a := f.a
	for _, m := range f.current() {
		lo, hi := a.placeRange(m.t0+1, m.t1)
		for k := lo; k < hi; k++ {
			w := &a.places[k]
			if !w.water || !waterPreps[w.prep] || a.eventDistance(m, a.waterHead(k)) > seaWindow {
				continue // a sea named far from the attack word is the water of something else the sentence names
			}
			if d := w.in; d >= 0 && a.places[d].demonym && a.places[d].chosen != nil {
				return true, d
			}
			return true, -1
		}
	}
	return false, -1
}

// toldAsPast reports whether every mention of an incident tells its deed
// only as something already done that another clause is about: the first
// word that tells the deed is a noun another word governs ("investigating
// the murder of the six priests": governedDeed) or a participle on the
// noun before it ("the slayers of the priests murdered in El Salvador":
// pastParticiple). Such a story is written after the deed, and the
// report's day is not the deed's: a day of the mention may only be the
// report's own, before the deed, where it dates the clause that reacts
// ("today called for an inquiry into the assassination").
func (a *article) toldAsPast(in *incident) bool {
	told := false
	for _, m := range in.ms {
		if m.title {
			continue
		}
		// the first word that tells the deed: a word of violence, an
		// attack its agent makes of a verb ("forces destroyed a
		// platform": roleAttacks), or the verb of a statement
		var first *term
		for _, u := range a.termsIn(m.t0, m.t1) {
			if violenceCat(u.p.Cat) {
				first = &u
				break
			}
		}
		for i, u := range m.triggers {
			if first == nil || u.t0 < first.t0 {
				first = &m.triggers[i]
			}
		}
		if first == nil {
			return false
		}
		deed := first.t0
		for _, st := range m.stmts {
			deed = min(deed, st.verb.t0)
		}
		for _, k := range m.dates {
			if a.dates[k].Day != a.pub || a.tokenAt(a.dates[k].Start) > deed {
				return false
			}
		}
		if deed < first.t0 || !a.governedDeed(*first) && !a.pastParticiple(*first) {
			return false
		}
		told = true
	}
	return told
}

// governedDeed reports whether word of violence u is a noun that is the
// object of a preposition ("on the murder", "the wave of violence"), of a
// reaction ("condemned the bombing") or of a verb in "-ing"
// ("investigating the murder"), with at most a determiner and a word
// before the noun between ("of the horrible massacre"): the clause is
// about something done to the deed, not the deed. A participle is a verb
// of its own (pastParticiple), a report verb before the noun ("reports a
// clash") brings news in, and a relative word ("indicate that explosions
// are heard") opens a clause of its own.
func (a *article) governedDeed(u term) bool {
	if a.participle(u.t0) {
		return false
	}
	first := int32(a.sents[a.sentOf[u.t0]].First)
	for j := u.t0 - 1; j >= first && j >= u.t0-3; j-- {
		w := a.lowerWord(j)
		b := int(a.toks[j].Start)
		if lo, hi := a.dateRange(b, b+1); a.toks[j].Kind != text.Word || lo < hi {
			return false // "this morning the bombing": a time, not a verb
		}
		switch {
		case determiners[w]:
			continue
		case reportVerbs[w], w == "that", w == "who", w == "which":
			return false
		case objectLeads[w] || eventPreps[w] || reactionWords[w] || w == "with":
			return true
		case len(w) > 5 && strings.HasSuffix(w, "ing"):
			return true
		}
	}
	return false
}

// pastParticiple reports whether word of violence u is a past participle
// that follows a noun and is followed by a preposition, a reduced relative
// clause on that noun ("the six priests murdered in El Salvador"), not the
// clause's own verb with its object ("gunmen murdered two priests").
func (a *article) pastParticiple(u term) bool {
	if u.t1-u.t0 != 1 || !a.participle(u.t0) || u.t0 < 1 || a.toks[u.t0-1].Kind != text.Word {
		return false
	}
	switch p := a.lowerWord(u.t0 - 1); {
	case auxiliaries[p], p == "who", p == "which", p == "that":
		return false
	}
	return eventPreps[a.lowerWord(u.t1)]
}

// deedDayElsewhere returns the day a sentence of the article gives a deed
// of the incident's kind in the deed's own clause, for an incident told
// only as past (toldAsPast) that none of its sentences dates: "the priests
// were murdered on 16 November", "the massacre that took place on 2
// March", "the 31 October attack". The sentence need not be one of the
// incident's: a reaction story often names the day once, apart, and a
// sentence telling no new deed is no mention at all. The day lies before
// the report, is no statement's, and follows a word of violence within
// ownDayWindow words with no clause break but a relative "that" between,
// or qualifies an attack noun (attackDate). k is the day the incident
// has so far, -1 for none: only the report's day in one of its own
// sentences, which dates the reaction, gives way; a day another sentence
// gave the incident ("struck the platform on Monday") is the deed's. When
// the article gives two such days it tells two deeds and -1 is returned,
// as it is for none.
func (f *filler) deedDayElsewhere(k int) int {
	a := f.a
	if a.pub.IsZero() || !a.toldAsPast(f.in) || k >= 0 && !f.in.holds(a.tokenAt(a.dates[k].Start)) {
		return -1
	}
	kinds := map[string]bool{}
	for _, m := range f.in.ms {
		for _, k := range mentionKinds(m) {
			kinds[k] = true
		}
	}
	found := -1
	for k := range a.dates {
		d := a.dates[k]
		if d.Start < a.datelineEnd || a.inTitle(d.Start) || d.Precision != record.PrecisionDay || d.Day.IsZero() ||
			d.Future || d.Relation || !a.pub.After(d.Day) || a.reportingDate(k) {
			continue
		}
		if !a.deedOwnDay(k, kinds) {
			continue
		}
		if found >= 0 && a.dates[found].Day != d.Day {
			return -1 // two deeds told with days of their own
		}
		if found < 0 {
			found = k
		}
	}
	return found
}

// deedOwnDay reports whether date k dates a word of violence of one of
// kinds (any kind when kinds is empty; a word that says only killing or
// wounding fits every kind) in its own clause, for deedDayElsewhere.
func (a *article) deedOwnDay(k int, kinds map[string]bool) bool {
	return a.dayOfWord(k, func(u term) bool {
		if !violenceCat(u.p.Cat) {
			return false
		}
		kind := deedKind(u)
		return kind == "" || len(kinds) == 0 || kinds[kind]
	})
}

// deedKind is the kind of incident a word of violence tells ("kidnapping",
// a trigger's type), or "" for a word that says only killing or wounding.
func deedKind(u term) string {
	switch {
	case u.p.Cat == lexicon.Kidnap:
		return "kidnapping"
	case u.p.Cat == lexicon.Trigger && u.p.Value != "generic":
		return u.p.Value
	}
	return ""
}

// dayOfWord reports whether date k dates a word that fits in the word's
// own clause: the word stands before the day within ownDayWindow words
// with no clause break but a relative "that" between, or the day
// qualifies an attack noun and the word follows it within five words
// (attackDate: "the 31 October attack").
func (a *article) dayOfWord(k int, fits func(term) bool) bool {
	t := a.tokenAt(a.dates[k].Start)
	s := a.sents[a.sentOf[t]]
	if a.attackDate(k) {
		t1 := a.tokenAt(a.dates[k].End-1) + 1
		for _, u := range a.termsIn(t1, min(t1+5, int32(s.Last))) {
			if fits(u) {
				return true
			}
		}
		return false
	}
	for _, u := range a.termsIn(int32(s.First), t) {
		if u.t1 <= t && fits(u) && a.closesDeedPhrase(u, t) {
			return true
		}
		if u.t1 > t || t-u.t1 > ownDayWindow || !fits(u) {
			continue
		}
		own := true
		for j := u.t1; j < t && own; j++ {
			own = !a.clauseBreak(j) || a.lowerWord(j) == "that" // "priests that were murdered on 16 November"
		}
		if own {
			return true
		}
	}
	return false
}

// closesDeedPhrase reports whether the day at token t, after "on", closes
// the phrase of deed noun u and its object: "the assassination of the
// rector, five other Jesuits, and two women in San Salvador on 16
// November", "the stabbings of A, B, C and D on November 13". However
// long the list of victims and places, only names, the commas and "and"
// of a list and prepositions stand between the noun and the day: no verb,
// no relative or report word, no other clause break. So the day is the
// deed's, as it is when the phrase is short enough for dayOfWord's
// window, which a comma ends.
func (a *article) closesDeedPhrase(u term, t int32) bool {
	if a.lowerWord(u.t1) != "of" || a.lowerWord(t-1) != "on" || t-u.t1 > deedPhraseWindow || a.participle(u.t0) {
		return false
	}
	for j := u.t1 + 1; j < t-1; j++ {
		w := a.lowerWord(j)
		switch {
		case a.toks[j].Kind == text.Punct:
			if w != "," && w != "'" && w != "’" && w != "-" {
				return false
			}
		case auxiliaries[w], relativePronouns[w], reportVerbs[w], reactionWords[w], a.clauseBreak(j), a.participle(j):
			return false
		}
	}
	return true
}

// deedPhraseWindow is how many words a day may stand after the deed noun
// whose phrase it closes (closesDeedPhrase).
const deedPhraseWindow = 30

// holds reports whether token t lies in one of the incident's mentions.
func (in *incident) holds(t int32) bool {
	for _, m := range in.ms {
		if m.t0 <= t && t < m.t1 {
			return true
		}
	}
	return false
}
