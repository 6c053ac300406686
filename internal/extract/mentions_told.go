package extract

import (
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// An attack told only as a noun ("this morning's attack against the
// attorney general", "claimed responsibility for the attack on judge
// Diaz") names no doer that struck and no toll, so the roles read no
// event in it; and an attack noun alone is as often a figure of speech
// ("Monday's attack on the government's budget"). It is an event when
// its object is a person or a thing that can be struck and the sentence
// tells it as something that happened on a day or that someone did: a
// day owns the noun, or a group claims it.

// toldAttack reports whether the generic attack noun t is one attack
// (oneAttackNoun) aimed at a person or a physical target (aimedAtTarget)
// that a day owns (possessiveDay) or a claim of responsibility names
// (claimedNoun).
func (a *article) toldAttack(t term) bool {
	if t.p == nil || t.p.Value != "generic" || !attackNouns[t.p.Text] || !a.oneAttackNoun(t) || !a.asserted(t.t0) {
		return false
	}
	if !a.aimedAtTarget(t) {
		return false
	}
	return a.possessiveDay(t) >= 0 || a.claimedNoun(t)
}

// possessiveDay returns the index in a.dates of the day that owns the
// attack noun t in the possessive, at most two words between ("this
// morning's attack", "Monday's attack on an Iranian oil rig",
// "yesterday's cruel attack"), or -1. The possessive day is the day the
// attack happened, as "the attack on Monday" is.
func (a *article) possessiveDay(t term) int {
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for j := t.t0 - 1; j > first+1 && j >= t.t0-3; j-- {
		if a.word(j) == "s" && (a.word(j-1) == "'" || a.word(j-1) == "’") {
			for k := range a.dates {
				if d := &a.dates[k]; d.Precision == record.PrecisionDay && !d.Future && a.tokenAt(d.End) == j-1 {
					return k
				}
			}
			return -1
		}
		if a.toks[j].Kind != text.Word || a.clauseBreak(j) {
			return -1
		}
	}
	return -1
}

// claimedNoun reports whether a claim of responsibility governs the
// attack noun t: "claimed responsibility for the attack", "claimed
// responsibility for the reprehensible attack on judge Diaz". Only a deed
// done is claimed.
func (a *article) claimedNoun(t term) bool {
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for j := t.t0 - 1; j > first && j >= t.t0-3; j-- {
		if a.lowerWord(j) == "for" {
			u, ok := a.termEndingAt(j, lexicon.Attribution)
			return ok && u.p.Value == record.Claimed
		}
		if a.toks[j].Kind != text.Word || a.clauseBreak(j) {
			return false
		}
	}
	return false
}

// aimedAtTarget reports whether the attack noun t is aimed ("on",
// "against") at a physical target (targetIn: a post, a vessel, a
// building) or at a person named by an office or a calling ("the attorney
// general", "judge Diaz", "a businessman"), within a few words. A
// possessive on the way makes the object a thing of someone's, which is
// how an attack of words is aimed ("an attack on the minister's
// policy", "on Labour's record").
func (a *article) aimedAtTarget(t term) bool {
	if w := a.lowerWord(t.t1); w != "on" && w != "against" {
		return false
	}
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	for j := t.t1 + 1; j < min(last, t.t1+6); j++ {
		w := a.lowerWord(j)
		if w == "'" || w == "’" || a.clauseBreak(j) {
			return false
		}
		if a.hasTerm(j, lexicon.Title, "") || personAgents[w] {
			u := j + 1
			if tm, ok := a.termAt(j, lexicon.Title); ok {
				u = tm.t1
			}
			return u >= last || a.word(u) != "'" && a.word(u) != "’"
		}
		if a.targetIn(j, j+1, 1) {
			return true
		}
	}
	return false
}
