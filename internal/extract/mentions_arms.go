package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// armsVerbs take arms as things held, found or moved: "seized six
// grenades", "carrying 24 missiles", "the supply of missiles".
var armsVerbs = lexicon.Words().Set("arms-verb") // lexicon/words.txt

// armsWindow is how many tokens a list of arms may run from its verb to a
// weapon in it ("seized an M-14 rifle from the enemy, 3,000 cartridges
// for a 7.62-mm rifle, five knapsacks, six grenades").
const armsWindow = 32

// armsWeapons are the weapons whose bare noun names an attack in a story of
// violence ("a grenade wounded two"), and a stock of arms elsewhere.
var armsWeapons = []string{"explosives", "rockets_mortars"}

// armsHeld reports whether the attack word t is a weapon's bare noun
// ("grenades", "missiles", [cue weak]) that names arms held or moved rather
// than used: the object of an arms verb before it, across the commas of a
// list ("the plane was carrying the following weapons: 24 missiles; 21
// grenades"), or the subject of one after it in the passive or with its
// agent ("hand grenades and ammunition were seized", "the missiles sent by
// Managua"). A haul of arms is no attack; an attack word of its own in the
// sentence ("a truck carrying a bomb exploded") still tells one.
func (a *article) armsHeld(t term) bool {
	if !a.weakTrigger(t) || !a.armsNoun(t.t0) {
		return false
	}
	s := a.sents[a.sentOf[t.t0]]
	first, last := int32(s.First), int32(s.Last)
	for j := t.t0 - 1; j >= first && j >= t.t0-armsWindow; j-- {
		if a.armsVerb(j) {
			return true
		}
		if a.armsStop(j) {
			break
		}
	}
	for j := t.t1; j < last && j < t.t1+armsWindow; j++ {
		if a.armsVerb(j) {
			if strings.HasSuffix(a.lowerWord(j), "ing") {
				return false // "troops with artillery are carrying": the troops hold it
			}
			w := a.lowerWord(j + 1)
			return auxiliaries[a.lowerWord(j-1)] || w == "by" || w == "from" || w == "to" || w == "for"
		}
		if a.armsStop(j) {
			break
		}
	}
	return false
}

// munitionNouns name unmanned things fired through the air
// ([munition-noun]).
var munitionNouns = lexicon.Words().Set("munition-noun") // lexicon/words.txt

// interception reports whether the attack word t is a verb of shooting
// followed by "down" and, within its clause, a munition ("air defences
// shot down 24 of the 29 drones", "said it had shot down two cruise
// missiles"): shooting down an unmanned thing in the air intercepts it,
// a defence, and tells no attack of its own; a helicopter or a plane
// shot down had a crew and stays one.
func (a *article) interception(t term) bool {
	_, _, ok := a.interceptedSpan(t)
	return ok
}

// interceptedSpan returns the tokens [s0, s1) of the interception the
// attack word t tells (interception): from the verb to the last munition
// of its object ("shot down 24 drones and two missiles"), or, in the
// passive, from the munitions to the verb ("the missiles were shot down").
func (a *article) interceptedSpan(t term) (int32, int32, bool) {
	if t.p.Value != record.ArmedAssault || a.lowerWord(t.t1) != "down" {
		return 0, 0, false
	}
	s := a.sents[a.sentOf[t.t0]]
	first, last := int32(s.First), int32(s.Last)
	end := int32(-1)
	for j := t.t1 + 1; j < last && j < t.t1+1+objectReach+2; j++ {
		if a.clauseBreak(j) || a.lowerWord(j) == "by" {
			break // "warplanes were shot down by Iranian missiles": the agent shot, it was not shot down
		}
		if munitionNouns[a.lowerWord(j)] {
			end = j + 1
		}
	}
	if end > 0 {
		return t.t0, end, true
	}
	if !auxiliaries[a.lowerWord(t.t0-1)] {
		return 0, 0, false
	}
	for j := t.t0 - 2; j >= first && j > t.t0-2-objectReach; j-- {
		if munitionNouns[a.lowerWord(j)] {
			return j, t.t1, true // "the missiles were shot down"
		}
		if a.clauseBreak(j) {
			break
		}
	}
	return 0, 0, false
}

// interceptionAt reports whether token k is a verb of shooting that tells
// an interception ("its air defences shot down 24 drones"): a defence,
// whose shooters are no doers of the attack told beside it.
func (a *article) interceptionAt(k int32) bool {
	t, ok := a.termAt(k, lexicon.Trigger)
	return ok && a.interception(t)
}

// inInterception reports whether token k stands in an interception, from
// its verb of shooting to the munitions shot down ("shot down 24 drones",
// "the missiles were shot down", interceptedSpan):
// the shooting and the drones are the defence's, not the weapons of the
// attack the sentence also tells.
func (a *article) inInterception(k int32) bool {
	s := a.sents[a.sentOf[k]]
	first, last := int32(s.First), int32(s.Last)
	for j := max(first, k-(objectReach+4)); j < last && j <= k+objectReach+2; j++ {
		t, ok := a.termAt(j, lexicon.Trigger)
		if !ok {
			continue
		}
		if s0, s1, ok := a.interceptedSpan(t); ok && s0 <= k && k < s1 {
			return true
		}
	}
	return false
}

// otherDeedWord reports whether token k names what belongs to a deed other
// than the incident's, in the same sentence: the shooting down of a
// munition (inInterception) or a relative clause on an attack long past
// ("the 2008 attacks, in which gunmen killed 166 people": inOldDeedClause).
// Its doers and weapons are that deed's.
func (a *article) otherDeedWord(k int32) bool {
	return a.inInterception(k) || a.inOldDeedClause(k)
}

// throwVerbs throw by hand ([throw-verb]); thrownObjects are what a crowd
// throws ([thrown-object]).
var (
	throwVerbs    = lexicon.Words().Set("throw-verb")    // lexicon/words.txt
	thrownObjects = lexicon.Words().Set("thrown-object") // lexicon/words.txt
)

// missilesThrown reports whether the attack word t is a rocket-class bare
// noun ("missiles", [cue weak]) that names objects thrown by hand, as in a
// riot: the object of a verb of throwing before it, across a list
// ("spectators throwing missiles onto the pitch", "threw stones and
// missiles"), or the kind a list of thrown things ends on ("attacked with
// petrol bombs, masonry and other missiles"). A stone is no rocket, so the
// word types no strike from afar; a thrown bomb or grenade is still one
// (only rockets_mortars nouns are read).
func (a *article) missilesThrown(t term) bool {
	if !a.weakTrigger(t) || !a.hasTerm(t.t0, lexicon.Weapon, "rockets_mortars") {
		return false
	}
	first := int32(a.sents[a.sentOf[t.t0]].First)
	other := a.lowerWord(t.t0-1) == "other"
	for j := t.t0 - 1; j >= first && j >= t.t0-armsWindow; j-- {
		w := a.lowerWord(j)
		if throwVerbs[w] || (other && thrownObjects[w]) {
			return true
		}
		if a.armsStop(j) {
			break
		}
	}
	return false
}

// armsKind reports whether the attack word t is a weapon's bare noun
// ([cue weak]) that heads no event but qualifies the noun after it: a
// ship's class, a unit or an installation named by the arms it bears ("a
// guided missile destroyer began escorting two tankers", "Iranian missile
// launchers", "a bomber squadron"). The vessel or the site is a thing, not a
// firing; a verb of attack in the sentence ("missile boats attacked a
// tanker") still tells one.
func (a *article) armsKind(t term) bool {
	return a.weakTrigger(t) && armsKindHeads[a.lowerWord(t.t1)]
}

// armsKindHeads head the compounds armsKind reads.
var armsKindHeads = lexicon.Words().Set("arms-kind-head") // lexicon/words.txt

// craftClass reports whether the attack word t is the noun "attack"
// right before a craft noun of [craft-class-head], where it names the
// craft's class as a modifier, not an attack: "the air force's new
// Turkish-made attack helicopters were used against the insurgents",
// "air force attack planes sank 15 rebel boats" (and, in the Reuters wire
// never tuned on, "NAVY GROUNDS SOME A-6 ATTACK JETS", "Soviet attack
// submarines"). The craft is a thing; what it did is told by its own
// verb ("fired on rebel positions", "sank"), as armsKind leaves a
// "missile destroyer" to the verb of its sentence.
func (a *article) craftClass(t term) bool {
	return t.t1 == t.t0+1 && a.lowerWord(t.t0) == "attack" && craftClassHeads[a.lowerWord(t.t1)]
}

// craftClassHeads head the compounds craftClass reads.
var craftClassHeads = lexicon.Words().Set("craft-class-head") // lexicon/words.txt

// armsVerb reports whether token j is an arms verb that takes arms, not
// the phrasal "carry out" of a deed ("the attack was carried out with
// rifle fire and hand grenades").
func (a *article) armsVerb(j int32) bool {
	return armsVerbs[a.lowerWord(j)] && a.lowerWord(j+1) != "out"
}

// armsNoun reports whether a weapon whose bare noun can name an attack
// (armsWeapons) starts at token i.
func (a *article) armsNoun(i int32) bool {
	for _, w := range armsWeapons {
		if a.hasTerm(i, lexicon.Weapon, w) {
			return true
		}
	}
	return false
}

// armsStop reports whether token j ends a list of arms: a word that opens
// a clause ("that", "when", a report verb; the punctuation between items
// and around names does not), or a word of violence that is not itself a
// weapon of the list ("police found the detonator after a bomb wounded
// two").
func (a *article) armsStop(j int32) bool {
	if a.toks[j].Kind == text.Punct {
		return false
	}
	if a.clauseBreak(j) || a.isCasualtyWord(j) {
		return true
	}
	return a.hasTerm(j, lexicon.Trigger, "") && !a.armsNoun(j)
}
