package extract

import (
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
)

// violenceInGeneral reports whether mention m names a kind of violence
// rather than an event: every attack word a plural noun ("bombings",
// "kidnappings", "attacks"), and nothing that pins an event down, no day,
// no place, no figure, no casualty statement, no named group; no word for
// the doers ("the attackers fled before police arrived"), and no
// determiner that points the noun back at the story's event ("the bombs
// fell on homes", "confirmed the attacks": pointedAt). A statement,
// a demand or a complaint speaks of violence so ("they demand that
// murders, kidnappings and all other forms of repression cease", "the
// intense bombings over densely populated areas are repulsive", "forced
// from their homes through bombings and other atrocities"); an event told
// in the plural has its place, its day or its count ("bombings in Diyala
// killed eight", "two other hotels also suffered attacks"). A headline is
// left alone: it names the story's event in few words.
func (a *article) violenceInGeneral(m *mention) bool {
	if m.title || len(m.triggers) == 0 || len(m.dates) > 0 || len(m.places) > 0 || len(m.stmts) > 0 || len(m.groups) > 0 {
		return false
	}
	if k := a.numberFrom(m.t0); k < len(a.nums) && a.nums[k].Start < int(a.toks[m.t1-1].End) {
		return false // a figure in the mention
	}
	for _, t := range m.triggers {
		if !plural(a.lowerWord(t.t1-1)) || a.hasTerm(t.t0, lexicon.Party, record.Perpetrators) || a.pointedAt(t.t0) {
			return false // "the attackers fled", "the bombs fell on homes": the event told
		}
	}
	return true
}

// pointingWords point a noun phrase back at what the text told: "these
// attacks", "such bombings".
var pointingWords = lexicon.Words().Set("pointing-word") // lexicon/words.txt

// pointedAt reports whether a determiner or a pointing word stands in the
// two tokens before the noun at token t ("the bombs", "their frequent
// attacks", "such bombings"): a bare plural ("bombings and kidnappings
// must cease") names a kind.
func (a *article) pointedAt(t int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j >= first && j >= t-2; j-- {
		if w := a.lowerWord(j); determiners[w] || pointingWords[w] {
			return true
		}
	}
	return false
}
