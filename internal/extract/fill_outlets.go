package extract

import (
	"slices"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
)

// A group's own voice is a claim. Insurgencies and jihadist movements
// speak through outlets of their own (a clandestine radio, a news agency,
// a website), and the wire quotes them: "Radio Venceremos, the FMLN's
// station, said the rebels attacked the garrison", "the group's Amaq news
// agency said its fighters stormed the post". What such a voice says its
// own side did is that group's claim, however plainly it is said. The
// speaker's owner is what makes it so: an outlet the actor lexicon knows
// to be a group's ("=Amaq"), or an outlet noun the speaker's words give an
// owner ("the FMLN's station", "the radio of the FMLN", "the Hezbollah-run
// channel", "the rebels' radio" in a story of one insurgency). The other
// side's voice is no claim: "the army's radio said guerrillas attacked"
// has no group for its owner, and the guerrillas stay suspected.

// outletNouns are the nouns of a news outlet or an organ that a group may
// own; voiceOwnerSuffixes after a hyphen make the group before them its
// owner ("Hezbollah-run").
var (
	outletNouns        = lexicon.Words().Set("outlet-noun")        // lexicon/words.txt
	voiceOwnerSuffixes = lexicon.Words().Set("voice-owner-suffix") // lexicon/words.txt
)

// fighterNouns name a group's fighters as its own voice tells of them
// ("fighters", "units"), whatever the group; insurgentNouns do so for an
// insurgency only.
var fighterNouns = lexicon.Words().Set("fighter-noun") // lexicon/words.txt

// groupTelling is a saying by which a group's own voice tells of a deed of
// the group's side (groupTellings): the owner, where the text names it
// (the group's mention or its outlet's), the report verb's span and its
// sentence.
type groupTelling struct {
	owner  *actor.Group
	name   string
	b0, b1 int
	c0, c1 int
	sent   int32
}

// groupTellings returns every saying of the story by which a group's own
// voice tells of its side's deed, in order, the body's before the
// headline's: a claim's evidence is the body's wording. They are worked
// out once per article, not once per incident.
func (a *article) groupTellings() []groupTelling {
	if !a.groupToldKnown {
		a.groupTold, a.groupToldKnown = a.findGroupTellings(a.groupTold[:0]), true
	}
	return a.groupTold
}

// findGroupTellings is groupTellings worked out, appended to out.
func (a *article) findGroupTellings(out []groupTelling) []groupTelling {
	var title []groupTelling
	for si := range a.sents {
		s := a.sents[si]
		first, last := int32(s.First), int32(s.Last)
		for v := first; v < last; v++ {
			owner, b0, b1, v1, ok := a.groupSaying(int32(si), first, v, last)
			if !ok {
				continue
			}
			c0, c1 := a.span(v, v1)
			name := a.displayName(b0, b1)
			if lo, hi := a.groupRange(b0, b1); lo == hi {
				name = owner.Name // named by its outlet only: "Amaq said"
			}
			t := groupTelling{owner, name, b0, b1, c0, c1, int32(si)}
			if c0 < a.bodyStart {
				title = append(title, t)
			} else {
				out = append(out, t)
			}
		}
	}
	out = a.stationTellings(out)
	return append(out, title...)
}

// stationTellings appends to out the deeds a group's own station tells of
// its side in the first person. A dateline whose source is the station
// ("CLANDESTINE, 2 JAN 90 (RADIO VENCEREMOS) --") makes the whole
// broadcast the group's voice, with no verb of saying in each sentence:
// "our forces attacked enemy positions" ([first-person-own] before a
// [fighter-noun] or an [own-force-noun]) is the group's claim of the deed,
// with the dateline's station as the speaker and "our forces" as the
// evidence.
func (a *article) stationTellings(out []groupTelling) []groupTelling {
	o, ok := a.datelineOutlet()
	if !ok {
		return out
	}
	r0, r1 := a.tokenAt(o.Start), a.tokenAt(o.End-1)+1
	for si := range a.sents {
		s := a.sents[si]
		first, last := int32(s.First), int32(s.Last)
		if int(a.toks[first].Start) < a.bodyStart {
			continue
		}
		for j := first; j+1 < last; j++ {
			if w := a.lowerWord(j + 1); !firstPersonOwn[a.lowerWord(j)] || !fighterNouns[w] && !ownForceNouns[w] {
				continue
			}
			if a.ownDeedFrom(j+1, last, r0, r1) {
				c0, c1 := a.span(j, j+2)
				out = append(out, groupTelling{o.Group, o.Group.Name, o.Start, o.End, c0, c1, int32(si)})
				break
			}
		}
	}
	return out
}

// datelineOutlet returns the group's own outlet the dateline gives as its
// source ("CLANDESTINE, 14 NOV 89 (RADIO VENCEREMOS) --"), if any.
func (a *article) datelineOutlet() (actor.Match, bool) {
	for _, o := range a.outlets {
		if o.Start >= a.datelineEnd {
			break
		}
		if o.Start >= a.bodyStart {
			return o, true
		}
	}
	return actor.Match{}, false
}

// firstPersonOwn and ownForceNouns make a broadcast's own side's fighters
// ("our forces"; stationTellings).
var (
	firstPersonOwn = lexicon.Words().Set("first-person-own") // lexicon/words.txt
	ownForceNouns  = lexicon.Words().Set("own-force-noun")   // lexicon/words.txt
)

// groupSaying reports whether a saying of a group's own voice that tells
// of its side's deed starts at token v of the sentence [first, last): a
// verb of saying, claiming or avowing after its speaker ("Radio Venceremos
// said the rebels attacked", "Amaq claimed that fighters of the group ...",
// "Rebel spokesman X confirmed that the group's fighters ..."), or
// "according to" before it ("according to the rebels' radio, guerrillas
// ambushed ..."). It returns the owner, where the text names it and the
// token after the saying's words.
func (a *article) groupSaying(si, first, v, last int32) (owner *actor.Group, b0, b1 int, v1 int32, ok bool) {
	w := a.lowerWord(v)
	if a.accordingToAt(v + 1) {
		r0, r1 := v+2, v+2
		for r1 < last && r1 < v+14 && a.word(r1) != "," {
			r1++
		}
		if owner, b0, b1, ok = a.voiceOwner(si, r0, r1); !ok {
			return nil, 0, 0, 0, false
		}
		if r1 < last {
			if s, side := a.sideSubject(owner, r1+1, last); side && a.ownDeedFrom(s, last, r0, r1) {
				return owner, b0, b1, v + 2, true // "According to Radio Venceremos, the rebels attacked ..."
			}
		}
		if v > first && a.word(v-1) == "," && a.sideDeedBefore(owner, first, v-1, r0, r1) {
			return owner, b0, b1, v + 2, true // "The rebels attacked ..., according to Radio Venceremos"
		}
		return nil, 0, 0, 0, false
	}
	if v == first || !statementVerbs[w] && !quoteVerbs[w] && !claimVerbs[w] && !avowVerbs[w] {
		return nil, 0, 0, 0, false
	}
	r0, r1 := a.voiceRegion(first, v)
	owner, b0, b1, ok = a.voiceOwner(si, r0, r1)
	if !ok || !a.sideDeedSaid(owner, first, v, last, r0, r1) {
		return nil, 0, 0, 0, false
	}
	return owner, b0, b1, v + 1, true
}

// ownerVoice reports whether the group named at tokens [t0, t1) of
// sentence si is the owner of the speaker of a saying after it ("Radio
// Venceremos, the voice of the FMLN rebels, said the air force bombed
// ..."): the group speaks there, it does not act.
func (a *article) ownerVoice(si, t0, t1 int32) bool {
	s := a.sents[si]
	last := int32(s.Last)
	for v := t1; v < last && v < t1+8; v++ {
		if w := a.lowerWord(v); !statementVerbs[w] && !quoteVerbs[w] {
			continue
		}
		r0, r1 := a.voiceRegion(int32(s.First), v)
		if r0 > t0 || r1 < t1 {
			return false
		}
		_, b0, _, ok := a.voiceOwner(si, r0, r1)
		return ok && b0 == int(a.toks[t0].Start)
	}
	return false
}

// voiceRegion returns the tokens [r0, r1) of the speaker before the report
// verb at token v of a sentence that opens at first: back to the sentence's
// start, a quote or a comma, past one apposition that closes right before
// the verb ("Radio Venceremos, the FMLN's station, said"), at most
// sixteen words.
func (a *article) voiceRegion(first, v int32) (int32, int32) {
	r1 := v
	apposition := false
	if a.word(v-1) == "," {
		r1, apposition = v-1, true
	}
	k := r1 - 1
	for ; k >= first && k > v-16; k-- {
		if a.quoteMarkAt(k) {
			return k + 1, r1
		}
		if a.word(k) == "," {
			if !apposition {
				return k + 1, r1
			}
			apposition = false // the apposition opens here: its head stands before
		}
	}
	return k + 1, r1
}

// voiceOwner returns the group whose own voice the speaker at tokens
// [r0, r1) of sentence si is, and where the text names it: an outlet of the
// actor lexicon, or an outlet noun owned by a group named in the speaker's
// words ("the FMLN's station", "the radio of the FMLN", "the Hezbollah-run
// channel"), by "the group's" (the group last named), or by the rebels of
// a story that names one insurgency ("the rebel radio"). A state's outlet
// ("the army's radio", "state radio") is no group's.
func (a *article) voiceOwner(si, r0, r1 int32) (*actor.Group, int, int, bool) {
	if r0 >= r1 {
		return nil, 0, 0, false
	}
	b0, b1 := a.span(r0, r1)
	lo, hi := a.groupRange(b0, b1)
	for _, o := range a.outlets {
		if o.Start < b0 || o.End > b1 {
			continue
		}
		// "Radio Venceremos, the FMLN's station": the owner as the
		// speaker's words name it, else as the lexicon does
		for _, g := range a.groups[lo:hi] {
			if a.x.actors.TopOf(g.Group) == a.x.actors.TopOf(o.Group) {
				return g.Group, g.Start, g.End, true
			}
		}
		return o.Group, o.Start, o.End, true
	}
	noun := int32(-1)
	for j := r0; j < r1; j++ {
		if outletNouns[a.lowerWord(j)] || a.mouthpieceAt(j) {
			noun = j
		}
	}
	if noun < 0 {
		return nil, 0, 0, false
	}
	for _, g := range a.groups[lo:hi] {
		if g.Group.Kind == "state" || g.Group.Kind == "coalition" {
			return nil, 0, 0, false // "the IDF's radio"
		}
		t0, t1 := a.tokenAt(g.Start), a.tokenAt(g.End-1)+1
		if a.ownsOutlet(t0, t1, noun) {
			return g.Group, g.Start, g.End, true
		}
	}
	// "the group's Amaq news agency", "the rebels' clandestine radio",
	// "the rebel radio": the group the story speaks of
	for j := r0; j < noun; j++ {
		w := a.lowerWord(j)
		possessive := a.word(j+1) == "'" || a.word(j+1) == "’"
		switch {
		case anaphorHeads[w] && possessive && a.lowerWord(j-1) == "the":
			if g, ok := a.lastGroupBefore(si, int(a.toks[j].Start)); ok {
				return g.Group, g.Start, g.End, true
			}
		case insurgentNouns[w]: // "the rebels' radio", "a rebel station"
			if g, ok := a.storyInsurgency(int(a.toks[j].Start)); ok {
				return g.Group, g.Start, g.End, true
			}
		}
	}
	return nil, 0, 0, false
}

// ownsOutlet reports whether the group named at tokens [t0, t1) owns the
// outlet noun at token noun: "the FMLN's station", "FMLN radio", "the
// Hezbollah-run television", "the radio of the FMLN".
func (a *article) ownsOutlet(t0, t1, noun int32) bool {
	switch {
	case noun >= t1 && noun <= t1+4:
		if w := a.word(t1); w == "'" || w == "’" {
			return true // "the FMLN's official radio station"
		}
		if a.word(t1) == "-" {
			return voiceOwnerSuffixes[a.lowerWord(t1+1)] // "the Hezbollah-run television", not "an al-Qaeda-inspired website"
		}
		if mouthQualifiers[a.lowerWord(t1)] && noun == t1+1 {
			return true // "a Houthi military spokesman": the arm that speaks, after the group
		}
		return noun == t1 // "FMLN radio", "a Taliban website"
	case noun < t0 && noun >= t0-3:
		j := t0 - 1
		if a.lowerWord(j) == "the" {
			j--
		}
		w := a.lowerWord(j)
		return (w == "of" || w == "from" || w == "for") && j == noun+1 // "the official voice of the FMLN"
	}
	return false
}

// lastGroupBefore returns the last non-state group the text names before
// byte b, in sentence si or the three before it: the group "the group's"
// speaks of.
func (a *article) lastGroupBefore(si int32, b int) (actor.Match, bool) {
	from, _ := a.sentBytes(max(si-3, 0))
	lo, hi := a.groupRange(from, b)
	for k := hi - 1; k >= lo; k-- {
		if g := a.groups[k]; g.Group.Kind != "state" && g.Group.Kind != "coalition" {
			return g, true
		}
	}
	return actor.Match{}, false
}

// sideDeedSaid reports whether the report verb at token v, whose speaker
// at tokens [r0, r1) is owner's voice, tells of a deed of owner's side:
// told after it with a pronoun ("said its fighters stormed"), the group
// or its fighters as the subject ("said the rebels attacked", "reported
// that FMLN units ambushed"), or told before a trailing voice ("The rebels
// attacked the garrison, Radio Venceremos said").
func (a *article) sideDeedSaid(owner *actor.Group, first, v, last, r0, r1 int32) bool {
	p, own := a.ownClause(v, last)
	if !own {
		var ok bool
		if p, ok = a.sideSubject(owner, p, last); !ok {
			return r0 > first && a.word(r0-1) == "," && a.sideDeedBefore(owner, first, r0-1, r0, r1)
		}
	}
	return a.ownDeedFrom(p, last, r0, r1)
}

// sideDeedBefore reports whether the sentence that opens at first tells,
// before token end (the comma before a trailing voice at tokens [r0, r1)),
// of a deed of owner's side that its subject opens with: "The guerrillas
// blew up a bridge ..., the FMLN's Radio Venceremos said". The dateline
// is no part of the sentence's subject.
func (a *article) sideDeedBefore(owner *actor.Group, first, end, r0, r1 int32) bool {
	for first < end && int(a.toks[first].Start) < a.datelineEnd {
		first++
	}
	s, ok := a.sideSubject(owner, first, end)
	return ok && a.ownDeedFrom(s, end, r0, r1)
}

// sideSubject reports whether a subject of owner's side opens at token j
// (before token end): the group or a branch of it named ("FMLN
// guerrillas"), "the group", "the militants", its fighters ("fighters of
// the group"), or the fighters of an insurgency ("the rebels",
// "guerrillas"). It returns the subject's last
// token.
func (a *article) sideSubject(owner *actor.Group, j, end int32) (int32, bool) {
	if j >= end {
		return 0, false
	}
	if a.lowerWord(j) == "the" {
		if anaphorHeads[a.lowerWord(j+1)] {
			return j + 1, true // "the group", "the rebels"
		}
		if j++; j >= end {
			return 0, false // "the" ends the clause
		}
	}
	b, _ := a.span(j, j+1)
	if lo, hi := a.groupRange(b, b+1); lo < hi {
		g := a.groups[lo]
		return a.tokenAt(g.End - 1), a.x.actors.TopOf(g.Group) == a.x.actors.TopOf(owner)
	}
	switch w := a.lowerWord(j); {
	case fighterNouns[w]:
		return j, true // "fighters of the group stormed", "the mujahideen attacked"
	case insurgentNouns[w] && insurgencyKinds[owner.Kind]:
		return j, true // "guerrillas attacked"
	}
	return 0, false
}

// outletClaims makes the group whose own voice tells of the incident's
// deed (groupTellings) its claimant: a group named as suspected is
// claimed; when the incident names no group, the owner replaces the
// description the text gives ("the rebels") as the claimant. A saying in
// a sentence of another incident only is that incident's.
func (f *filler) outletClaims(cands []actorCand) []actorCand {
	a := f.a
	for _, t := range a.groupTellings() {
		if !f.isMention(t.sent) && f.otherIncident(t.sent) {
			continue
		}
		named := false
		var side []*actorCand // the owner's side among the candidates
		for i := range cands {
			c := &cands[i]
			if c.kind != "group" || c.canonical == "" {
				continue
			}
			named = true
			if g := a.x.actors.ByName(c.canonical); g != nil && a.x.actors.TopOf(g) == a.x.actors.TopOf(t.owner) {
				side = append(side, c)
			}
		}
		if !slices.ContainsFunc(side, func(c *actorCand) bool { return c.attr == record.Claimed }) {
			for _, c := range side {
				c.attr, c.c0, c.c1 = record.Claimed, t.c0, t.c1 // a claim the group makes in other words keeps its own evidence
			}
		}
		if named || !f.isMention(t.sent) {
			continue
		}
		out := cands[:0]
		for _, c := range cands {
			if c.kind != "description" {
				out = append(out, c)
			}
		}
		c := actorCand{name: t.name, canonical: t.owner.Name, kind: "group", attr: record.Claimed, b0: t.b0, b1: t.b1, c0: t.c0, c1: t.c1}
		cands = append(out, c)
	}
	return cands
}
