package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// A war between states reaches the wire as each side's communiqué: "Iraq
// said its troops repelled an overnight Iranian attack", "Iran said it
// launched a fresh offensive", "heavy losses were inflicted on Iraqi
// forces in the fresh Iranian assault". Such a story names no gunmen and
// rarely a verb with the attacking army as its subject; the attacker is
// the state whose demonym stands on the attack noun, and who tells of it
// says how it is attributed: its own side claims it, the other side's
// communiqué only says so (suspected). Two armies fighting is a clash,
// however the attack is worded.

// warAttacks are the nouns of a military attack that a demonym before
// them puts on its state's forces ("an Iranian attack", "the new Iranian
// offensive").
var warAttacks = lexicon.Words().Set("war-attack") // lexicon/words.txt

// stateVoices are the state news agencies that speak for their country
// ("IRNA said ..."), with the country's code.
var stateVoices = lexicon.Words().Map("state-voice") // lexicon/words.txt

// voiceInitials are the stateVoices spelled as initials that are also
// words or names ("Sana", "Mena"): in mixed-case text only their capitals
// or "agency" before them make them the agency.
var voiceInitials = func() map[string]bool {
	out := map[string]bool{}
	for _, e := range lexicon.Words().Entries("state-voice") {
		if len(e.Cols) > 1 && e.Cols[1] == "initials" {
			out[e.Text] = true
		}
	}
	return out
}()

// stateVoiceAt returns the country of the state news agency at token j,
// if one stands there.
func (a *article) stateVoiceAt(j int32) (string, bool) {
	w := a.lowerWord(j)
	c, ok := stateVoices[w]
	if !ok || !voiceInitials[w] || a.cs != text.Mixed {
		return c, ok
	}
	if a.word(j) == strings.ToUpper(a.word(j)) || j > 0 && a.lowerWord(j-1) == "agency" {
		return c, true
	}
	return "", false
}

// attackGap is how many words (adjectives) may stand between a demonym
// and its attack noun or force: "an Iranian overnight attack", "Iraqi
// forward positions".
const attackGap = 2

// stateOf returns the country code of the place mention k when it names a
// state (a country or its demonym): the country it was resolved to, which
// for a demonym several countries share is the most populous (countryOf):
// "an American raid" is the United States'.
func (a *article) stateOf(k int) string {
	m := &a.places[k]
	if !(m.demonym || m.country) || m.chosen == nil {
		return ""
	}
	return m.chosen.CountryCode
}

// warAttackers returns the states that sentence si puts an attack on by
// a demonym before an attack noun ("the Iranians launched a major
// overnight assault" by a demonym as the subject of a launch verb), each
// attributed by who tells of it (warVoice).
func (f *filler) warAttackers(si int32) []actorCand {
	a := f.a
	s := a.sents[si]
	var out []actorCand
	lo, hi := a.placeRange(int32(s.First), int32(s.Last))
	for k := lo; k < hi; k++ {
		m := &a.places[k]
		state := a.stateOf(k)
		if state == "" || !m.demonym && !m.country {
			continue
		}
		// "repelled an Iranian attack": the demonym is the attack's, whatever
		// verb governs the attack; "an Iranian Silkworm missile strike",
		// "an Iraqi air raid" name the state that fired, as "an Iranian
		// attack" does (attackOwner)
		end, onAttack := a.attackOwner(k)
		launches := a.launchesAfter(m.t0, m.t1)
		if !m.demonym {
			// "where Iran launched its northern offensive": a country is
			// its forces when it is the subject of a war verb
			launches = a.launchedAttackAt(m.t1)
		}
		side := f.clashSide(si, k)
		if !onAttack && !side && (!launches || a.struckObject(m.t0)) {
			continue
		}
		if a.causeBefore(m.t0) && !(onAttack && f.causeIsOwn(si, m.t0, end)) {
			continue // "in retaliation for Friday's Iranian missile attack": another attack
		}
		c := actorCand{kind: "state", state: state}
		c.b0, c.b1 = a.span(m.t0, m.t1)
		switch {
		case !onAttack && enemyForces[a.lowerWord(m.t1)]:
			_, c.b1 = a.span(m.t1, m.t1+1) // "Iranian forces mounted new attacks"
		case !onAttack && m.demonym && (a.src[c.b1-1] == 's' || a.src[c.b1-1] == 'S'):
			c.b1-- // "the Iranians launched": the state is Iranian, as "Iranian forces" are
		}
		c.name = a.displayName(c.b0, c.b1)
		c.attr = record.Suspected
		if v, ok := a.warVoice(si, m.t0); ok {
			c.c0, c.c1 = a.span(v.verb, v.verb+1)
			if v.state == state {
				c.attr = record.Claimed
			}
		}
		out = append(out, c)
	}
	return out
}

// clashSide reports whether the state mention k of sentence si names
// one of two states' forces that "between" sets against each other after
// one of the incident's clash words ("fighting between Chadian troops and
// Libyan forces", "clashes between Iraqi and Iranian forces", sidesOf):
// in a war between states each side is a party to the battle, not the
// other's target, whoever began it. A state's force against rebels
// ("clashes between the army and the FMLN") is left to the rules that
// make the rebels the doers, and a demonym of rebels ("Salvadoran
// guerrillas") names no state's force.
func (f *filler) clashSide(si int32, k int) bool {
	a := f.a
	j := a.places[k].t0
	for _, m := range f.current() {
		if m.sent != si {
			continue
		}
		for _, t := range m.triggers {
			if t.t1 > j {
				continue
			}
			if b, end, ok := a.sidesSpan(t); ok {
				return j > b && j < end && a.stateForces(b+1, end) >= 2 && a.forceOf(k, end)
			}
		}
	}
	return false
}

// stateForces counts the states whose forces tokens [from, to) name by a
// demonym (forceOf).
func (a *article) stateForces(from, to int32) int {
	seen := map[string]bool{}
	lo, hi := a.placeRange(from, to)
	for k := lo; k < hi; k++ {
		if state := a.stateOf(k); state != "" && a.places[k].demonym && a.forceOf(k, to) {
			seen[state] = true
		}
	}
	return len(seen)
}

// forceOf reports whether the demonym mention k heads a state's force
// before token to: a force noun after it ("Libyan forces", [enemy-force]),
// or after the next demonym that "and" joins to it ("Iraqi and Iranian
// forces").
func (a *article) forceOf(k int, to int32) bool {
	j := a.places[k].t1
	if j < to && a.lowerWord(j) == "and" && k+1 < len(a.places) && a.places[k+1].demonym && a.places[k+1].t0 == j+1 {
		j = a.places[k+1].t1
	}
	return j < to && enemyForces[a.lowerWord(j)]
}

// stateModifier returns, for a country mention k that stands where a
// demonym would, before the noun of a phrase an article or a possessive
// opens, the token the phrase goes on from: "the U.S. attack on an oil
// rig", "Friday's Iran attack", "Britain's attack on a platform" name the
// state that struck as "an Iranian attack" does. Else -1: a country after
// a preposition ("in the U.S.") or opening a sentence is a place or a
// subject, and one before a superlative ("Pakistan's deadliest bombing")
// the place of the worst of many. A possessive opening a sentence is no
// subject, but the owner of the noun after it: before a strike or a
// raid, which only a state's forces make (forceAttackAt), its doer
// ("Russia's strike on a market in Kharkiv killed five", "Israel's air
// strikes on Gaza"); before another attack noun it may be where the
// attack was ("Sri Lanka's Easter bombings", "Kenya's Westgate attack").
// A force noun after the country makes the force the doer, which statesIn
// reads.
func (a *article) stateModifier(k int) int32 {
	m := &a.places[k]
	if !m.country || m.demonym || forceNouns[a.lowerWord(m.t1)] {
		return -1 // "a Myanmar military airstrike": the force is the doer (statesIn)
	}
	opens := m.t0 < 1 || a.sentenceInitial(m.t0)
	switch {
	case a.possessiveAt(m.t1):
		if superlatives[a.lowerWord(m.t1+2)] {
			return -1
		}
		if opens && !a.phraseHead(m.t1+2, min(int32(a.sents[a.sentOf[m.t0]].Last), m.t1+3+attackGap), a.forceAttackAt) {
			return -1
		}
		return m.t1 + 2
	case opens:
		return -1
	case a.word(m.t1) == "'" || a.word(m.t1) == "’":
		return m.t1 + 1 // "the United States' attack"
	case articleWords[a.lowerWord(m.t0-1)] || m.t0 >= 2 && a.possessiveAt(m.t0-2):
		return m.t1
	}
	return -1
}

// causeIsOwn reports whether the attack a cause word puts before the
// demonym at token t0 (up to token end) is the incident being filled: a
// trigger of the incident stands there, none before it in sentence si,
// and no other sentence tells of the incident. "a day after an Israeli
// drone strike killed two of its fighters" times the rocket fire by the
// drone strike, and the drone strike, an incident of its own, is Israel's; "shelled an Iranian oil platform ...
// in retaliation for an Iranian missile attack", or "its forces destroyed
// the platform" after a sentence on the attack, joins the cause to the
// strike, whose doer it does not name.
func (f *filler) causeIsOwn(si, t0, end int32) bool {
	own := false
	for _, m := range f.in.ms {
		if m.sent != si {
			return false // told elsewhere too: the cause joined to another attack
		}
		for _, t := range m.triggers {
			if t.t0 < t0 {
				return false
			}
			own = own || t.t0 < end
		}
	}
	return own
}

// attackNounAfter reports whether an attack noun of [war-attack] stands in
// tokens [from, to), past its adjectives: "Iranian attack", "Iranian
// overnight assault".
func (a *article) attackNounAfter(from, to int32) bool {
	return a.headAfter(warAttacks, from, to)
}

// strikeNounAt reports whether a remote_violence trigger that names the
// strike, not a weak one that names only what was fired ([cue weak]),
// starts at token j: "missile strike", "air raid", "drone strike", not
// "missiles". A bomber or a suicide attack is no state's by its demonym
// ("a Pakistani suicide bomber" is a man's nationality), nor is the
// weapon alone ("shot down by Iranian missiles" tells what struck, read
// elsewhere). "air raid" also names the aircraft ([weapon aircraft]), so
// a weapon's span does not tell the two apart.
func (a *article) strikeNounAt(j int32) bool {
	if int(j) >= len(a.termFirst) || a.termFirst[j] == 0 { // a demonym may end the text
		return false
	}
	for k := a.termFirst[j] - 1; int(k) < len(a.terms) && a.terms[k].t0 == j; k++ {
		if tm := a.terms[k]; tm.p.Cat == lexicon.Trigger && tm.p.Value == record.RemoteViolence && !a.weakTrigger(tm) {
			return true
		}
	}
	return false
}

// forceRaids are the nouns of an attack only an armed force makes, as a
// strike is ([force-raid]): "Israel's raid on a camp".
var forceRaids = lexicon.Words().Set("force-raid") // lexicon/words.txt

// forceAttackAt reports whether a strike (strikeNounAt) or a raid
// ([force-raid]) starts at token j: an attack only a state's forces make
// among a state's, so a state's possessive before it is its doer.
func (a *article) forceAttackAt(j int32) bool {
	return a.strikeNounAt(j) || forceRaids[a.lowerWord(j)]
}

// warAttackAt reports whether an attack noun of a war ([war-attack]) or
// a strike (strikeNounAt) stands at token j: what a state's or a force's
// possessive or a demonym before it owns ("the navy's attack", "the army's
// air strike", "an Iraqi air raid"). [war-attack] lists the raids of
// [force-raid] too, so a raid needs no test of its own here.
func (a *article) warAttackAt(j int32) bool {
	return warAttacks[a.lowerWord(j)] || a.strikeNounAt(j)
}

// headAfter reports whether a noun of heads stands in tokens [from, to),
// reached past the modifiers of one noun phrase (modifierGap).
func (a *article) headAfter(heads map[string]bool, from, to int32) bool {
	return a.phraseHead(from, to, func(j int32) bool { return heads[a.lowerWord(j)] })
}

// phraseHead reports whether a word at which isHead holds stands in
// tokens [from, to), reached past the modifiers of one noun phrase
// (modifierGap).
func (a *article) phraseHead(from, to int32, isHead func(j int32) bool) bool {
	for j := from; j < to; j++ {
		if isHead(j) {
			return true
		}
		if a.clauseBreak(j) || !a.modifierGap(j) {
			return false
		}
	}
	return false
}

// modifierGap reports whether the word at token j may stand inside a noun
// phrase between a demonym and its head ("Iranian overnight attack"):
// a preposition, article or conjunction ends the phrase ("off the
// Iranian coast in attacks" puts no attack on Iran), and so does a hyphen
// or an armed agent: the demonym then names the agent or a backer, not
// the attacking state ("an Iraqi insurgent attack", "a Russian-backed
// offensive").
func (a *article) modifierGap(j int32) bool {
	w := a.lowerWord(j)
	switch w {
	case "to", "from", "by", "for", "with", "and", "or", "but", "the", "a", "an", "as", "was", "were", "is", "had", "has", "-":
		return false
	}
	if _, ok := a.agentAt(j); ok || a.inGroup(j) {
		return false
	}
	return !eventPreps[w]
}

// launchesAfter reports whether the demonym at [t0, t1), plural or
// before a military noun, is the subject of a launch verb with an attack
// noun as its object: "the Iranians launched a major overnight assault",
// "Iranian forces mounted fresh attacks".
func (a *article) launchesAfter(t0, t1 int32) bool {
	j := t1
	if enemyForces[a.lowerWord(t1)] {
		j++ // "Iranian forces"
	} else if w := a.lowerWord(t1 - 1); a.lowerWord(t0-1) != "the" || len(w) < 2 || w[len(w)-1] != 's' {
		return false // not "the Iranians"
	}
	return a.launchedAttackAt(j)
}

// launchedAttackAt reports whether a launch verb with an attack noun as
// its object starts at token j, past "had" or "has": "launched a major
// overnight assault", "has mounted fresh attacks".
func (a *article) launchedAttackAt(j int32) bool {
	if int(j) >= len(a.toks) {
		return false // the state ends the text
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	if j >= last {
		return false
	}
	if w := a.lowerWord(j); w == "had" || w == "have" || w == "has" {
		j++
	}
	if !launchVerbs[a.lowerWord(j)] {
		return false
	}
	j++
	switch a.lowerWord(j) {
	case "a", "an", "the", "their", "its":
		j++ // "launched a major overnight assault"
	}
	return a.attackNounAfter(j, min(last, j+4))
}

// voice is who tells of an attack: the report verb and the state it
// speaks for.
type voice struct {
	verb  int32
	state string
	// official says the state is the dateline's, lent an unnamed
	// official voice (speakerVoice).
	official bool
}

// warVoice finds who tells of the attack at token t0 of sentence si: the
// state named before the report verb that governs it ("Iraq said", "the
// Iranian news agency IRNA said", "IRNA said"), or, when that verb's
// speaker is no state ("the communique said", "it said"), the state the
// story last quoted: a wire story strings one side's communiqué over
// several sentences. A speaker named by a place of another country is
// no such continuation (speakerOfElsewhere).
func (a *article) warVoice(si, t0 int32) (voice, bool) {
	s := a.sents[si]
	from, verb := int32(s.First), int32(-1)
	var state string
	for v := from; v < t0; v++ {
		if !stateSayings[a.lowerWord(v)] {
			continue
		}
		state = a.speakerState(from, v)
		verb, from = v, v+1
	}
	if verb < 0 {
		v, ok := a.trailingVoice(si, t0)
		if ok && v.state != "" {
			return v, true
		}
		if ok && a.newSpeaker(v.verb) {
			return voice{}, false // "..., a monitoring group said": someone not quoted before
		}
		verb = v.verb
	}
	if verb < 0 {
		return voice{}, false
	}
	if state != "" {
		return voice{verb: verb, state: state}, true
	}
	for sj := si - 1; sj >= 0; sj-- {
		p := a.sents[sj]
		for v := int32(p.Last) - 1; v >= int32(p.First); v-- {
			if !stateSayings[a.lowerWord(v)] {
				continue
			}
			lo := int32(p.First)
			if k, ok := a.quoteClose(v); ok {
				// "Russian strike on Kharkiv kills one, says governor": the
				// speaker stands between the comma and the verb, or after
				// it; the state before the comma is the news, not its voice
				lo = k
			}
			if st := a.speakerState(lo, v); st != "" {
				if a.speakerOfElsewhere(int32(s.First), verb, st) {
					return voice{}, false
				}
				return voice{verb: verb, state: st}, true
			}
		}
	}
	return voice{}, false
}

// speakerOfElsewhere reports whether the speaker before the report verb
// at v, in the speakerWords words after the sentence's start or the last
// comma or quote, names a place of another country than state: "Gaza's
// health ministry says Israel's offensive has killed ..." after "Israel
// says it tries to avoid harming civilians" is the ministry of Gaza
// speaking, not Israel's communiqué strung on, so what it tells of
// Israel's attack is no claim of Israel's.
func (a *article) speakerOfElsewhere(first, v int32, state string) bool {
	from := max(first, v-speakerWords-1)
	if k, ok := a.quoteClose(v); ok {
		from = max(from, k)
	}
	lo, hi := a.placeRange(from, v)
	for k := lo; k < hi; k++ {
		if m := &a.places[k]; !m.dateline && m.chosen != nil && m.chosen.CountryCode != state {
			return true
		}
	}
	return false
}

// newSpeaker reports whether the saying at token j has an indefinite
// speaker ("..., a monitoring group said", "..., a witness said"): a
// party the story brings in here, so the saying cannot continue a state's
// communiqué quoted in earlier sentences, as "the communique said" or "it
// said" does.
func (a *article) newSpeaker(j int32) bool {
	if j < 0 {
		return false
	}
	from := a.quoteStart(j)
	w := a.lowerWord(from)
	return from < j && (w == "a" || w == "an")
}

// trailingVoice finds the saying that closes the quote or clause holding
// token t0 of sentence si, and the state it speaks for: `"... in the
// fresh Iranian assault," IRNA said`, "..., Iraq said", "..., said the
// Pentagon". ok says a saying was found; its state may be empty ("...,
// the communique said"). verb is -1 when there is none.
func (a *article) trailingVoice(si, t0 int32) (v voice, ok bool) {
	last := int32(a.sents[si].Last)
	for j := t0 + 1; j < last; j++ {
		if !stateSayings[a.lowerWord(j)] {
			continue
		}
		k, closes := a.quoteClose(j)
		if !closes {
			return voice{verb: -1}, false // "... Iraq said its planes": a saying of its own, not this clause's
		}
		if st, official := a.speakerVoice(max(t0+1, k), j); st != "" {
			return voice{j, st, official}, true
		}
		if st, official := a.speakerVoice(j+1, min(last, j+5)); st != "" {
			return voice{j, st, official}, true // "..., said IRNA"
		}
		return voice{verb: j}, true
	}
	return voice{verb: -1}, false
}

// quoteStart returns the token after the quote or comma that closes
// before the report verb at token j (quoteClose), or the fourth token
// before j when none does: the speaker stands after it ("killing 300
// Iranians, a communique said": not the Iranians).
func (a *article) quoteStart(j int32) int32 {
	if k, ok := a.quoteClose(j); ok {
		return k
	}
	return j - 4
}

// speakerWords is how many words a speaker's name may take between the
// comma or quote that closes a report and its verb: ", the official
// Iraqi News Agency said".
const speakerWords = 5

// quoteClose reports whether a quote or a comma closes within the
// speakerWords words before the report verb at token j, and returns the
// token after the nearest one: the speaker stands between them ("...,"
// the Iranian news agency said).
func (a *article) quoteClose(j int32) (int32, bool) {
	for k := j - 1; k >= 0 && k >= j-speakerWords-1; k-- {
		if a.reportCloser(k) {
			return k + 1, true
		}
	}
	return 0, false
}

// reportCloser reports whether token k is a comma or a closing quote, the
// mark that ends a report its speaker follows ("...," the agency said).
func (a *article) reportCloser(k int32) bool {
	switch a.word(k) {
	case ",", "\"", "”":
		return true
	}
	return false
}

// speakerState returns the state whose name, demonym or news agency
// stands in tokens [from, v), before the report verb at v, the last one
// nearest the verb: "Iraq said", "an Iraqi communique said", "the Iranian
// news agency IRNA said". A place after a locative preposition is where
// the speakers are, not who they speak for: "Western diplomats in Iran
// said".
func (a *article) speakerState(from, v int32) string {
	st, _ := a.speakerVoice(from, v)
	return st
}

// speakerVoice is speakerState that also reports whether the state was
// found only through officialVoice: an unnamed voice lent the dateline's
// state, whose word claims only what that state's force did, not what it
// suffered (ownCommunique).
func (a *article) speakerVoice(from, v int32) (state string, official bool) {
	if st := a.namedSpeaker(from, v); st != "" {
		return st, false
	}
	if a.officialVoice(from, v) {
		st := a.datelineState() // "BAGHDAD - ..., a military spokesman said": Iraq's spokesman
		return st, st != ""
	}
	return "", false
}

// namedSpeaker is speakerState without the unnamed official voice: the
// state a name, demonym or news agency before the verb speaks for.
func (a *article) namedSpeaker(from, v int32) string {
	for j := v - 1; j >= from; j-- {
		if c, ok := a.stateVoiceAt(j); ok {
			return c
		}
	}
	lo, hi := a.placeRange(from, v)
	for k := hi - 1; k >= lo; k-- {
		if a.places[k].dateline || !a.mayVoice(k) {
			continue
		}
		if st := a.stateOf(k); st != "" {
			return st
		}
	}
	return ""
}

// officialVoices are the speakers that speak for a state without naming
// it: its military, its command, its communiqué.
var officialVoices = lexicon.Words().Set("official-voice") // lexicon/words.txt

// stateMedia are the words that make a news agency, a radio or a
// television the state's own: "the official news agency", "state radio".
var stateMedia = lexicon.Words().Set("state-media") // lexicon/words.txt

// officialVoice reports whether the speaker in tokens [from, v), before
// the report verb at v, is a state's official voice that names no state
// ("a military spokesman said", "the high command said", "the official
// news agency said"). Filed from a state's capital, such a voice is that
// state's: wire reporters quote their host government's communiqués so.
// Only the words after the last comma or quote are the speaker, and a
// speaker that names a group, an armed opponent or a place of another
// state speaks for them, not for the capital ("a rebel military
// commander said", "a Taliban military commission said", "the Gaza
// health ministry said"). A ministry speaks for the state's arms only
// as its war ministry ([war-ministry]): "the ministry said" may be any.
func (a *article) officialVoice(from, v int32) bool {
	from = max(from, v-6)
	for j := v - 1; j >= from; j-- {
		if w := a.word(j); w == "," || w == "\"" || w == "”" {
			from = j + 1
			break
		}
	}
	if from >= v {
		return false
	}
	b0, b1 := a.span(from, v)
	if _, ok := a.groupIn(b0, b1); ok {
		return false
	}
	home := a.datelineState()
	lo, hi := a.placeRange(from, v)
	for k := lo; k < hi; k++ {
		if m := &a.places[k]; !m.dateline && (m.chosen == nil || m.chosen.CountryCode != home) {
			return false
		}
	}
	voiced, media, owned := false, false, false
	for j := from; j < v; j++ {
		w := a.lowerWord(j)
		if armedOpponent(w) {
			return false
		}
		voiced = voiced || a.unnamedVoiceAt(j)
		media = media || mediaNouns[w]
		owned = owned || stateMedia[w]
	}
	return voiced || media && owned
}

// unnamedVoiceAt reports whether the word at token j is a voice of a
// state's arms that need not name the state: an official voice ("the
// command", "a military spokesman") or a war ministry by its noun ("the
// defence ministry", "the Defense Department"), or by its noun with "of"
// ("the Ministry of Defence", "the Department of Defense", the word at j
// the war's). officialVoice and organSpeaks both read a speaker so.
func (a *article) unnamedVoiceAt(j int32) bool {
	w := a.lowerWord(j)
	return officialVoices[w] || ministryNouns[w] && warMinistries[a.lowerWord(j-1)] ||
		warMinistries[w] && a.lowerWord(j-1) == "of" && ministryNouns[a.lowerWord(j-2)]
}

// armedOpponent reports whether word w names an armed opponent of a state
// ("guerrillas", "rebels", "rebel"): a speaker so named speaks for them.
func armedOpponent(w string) bool { return armedOpponents[w] || strings.HasPrefix(w, "rebel") }

// mediaNouns are the news media a word of stateMedia makes a state's
// own: "agency", "radio", "television" (officialVoice); after a city's
// name they make it the medium's home (keepPlace).
var mediaNouns = lexicon.Words().Set("media-noun") // lexicon/words.txt

// warMinistries are the words that make a ministry the one that speaks
// for a state's arms: "the defence ministry said"; ministryNouns the
// nouns of such a body ("ministry", "department": "the Defense
// Department said").
var (
	warMinistries = lexicon.Words().Set("war-ministry")  // lexicon/words.txt
	ministryNouns = lexicon.Words().Set("ministry-noun") // lexicon/words.txt
)

// datelineState returns the country of the story's dateline ("BAGHDAD,
// March 3 -"), or "".
func (a *article) datelineState() string {
	for k := range a.places {
		if m := &a.places[k]; m.dateline && m.chosen != nil {
			return m.chosen.CountryCode
		}
	}
	return ""
}

// mayVoice reports whether place mention k may name who speaks: not a
// place after a locative preposition, which is where the speakers are
// ("diplomats in Iran said"); "of" names whose they are ("the president
// of Iran said").
func (a *article) mayVoice(k int) bool {
	p := a.places[k].prep
	return !eventPreps[p] || p == "of"
}

// armiesFight reports whether the incident's sentences name the armed
// forces of two states, or one state's attack on another's forces:
// "Iranian troops inflicted severe losses on Iraqi troops", "losses were
// inflicted on Iraqi forces in the fresh Iranian assault", "Iran said it
// launched an offensive ... against Iraq". Two armies
// fighting is a clash, not an assault on people who cannot fight back.
func (f *filler) armiesFight() bool {
	a := f.a
	states := map[string]bool{}
	seen := map[int32]bool{} // mentions sharing a sentence name the same states
	for _, m := range f.current() {
		if seen[m.sent] {
			continue
		}
		seen[m.sent] = true
		s := a.sents[m.sent]
		lo, hi := a.placeRange(int32(s.First), int32(s.Last))
		for k := lo; k < hi; k++ {
			p := &a.places[k]
			st := a.stateOf(k)
			if st == "" || a.causeOfDeed(m, p.t0) {
				continue // "destroyed the platform in retaliation for an Iranian missile attack": the attack answered, another event
			}
			end := min(int32(s.Last), p.t1+1+attackGap)
			if p.demonym && (a.attackNounAfter(p.t1, end) || a.launchesAfter(p.t0, p.t1) || a.headAfter(enemyForces, p.t1, end)) ||
				p.country && (a.attackedState(p.t0, int32(s.First)) || a.saysRepelled(p.t1, int32(s.Last)) || a.tellsOwnDeed(m.sent, p) || a.tellsOwnUnits(p, int32(s.Last))) {
				states[st] = true
			}
		}
	}
	return len(states) >= 2
}

// tellsOwnDeed reports whether the country named by place mention p
// tells a deed of its own: "Iran said it launched a new offensive",
// "Iran said its forces had seized several Iraqi outposts"; or one that
// befell it or that it answers ("Iran said its oil platform was
// attacked", victimReport): either way the state tells of a deed done,
// as a side of it, though only its own deed is its claim.
func (a *article) tellsOwnDeed(si int32, p *placeMention) bool {
	_, _, self := a.selfReport(si, p.t0, p.t1)
	return self || a.victimReport(si, p.t0, p.t1)
}

// tellsOwnUnits reports whether the country named by place mention p, or
// its voice ("Ukraine's general staff"), says what its own armed units
// did: "Ukraine's general staff said its units were holding positions".
// A state telling its units' part in the fighting is a side of it, an
// army an attack met, whatever it says they did.
func (a *article) tellsOwnUnits(p *placeMention, last int32) bool {
	for j := p.t1; j < last && j < p.t1+5; j++ {
		if !sayVerbs[a.lowerWord(j)] {
			if a.clauseBreak(j) {
				return false
			}
			continue
		}
		k := a.pastSaying(j+1, last)
		w := a.lowerWord(k)
		return (w == "its" || w == "their") && (forceNouns[a.lowerWord(k+1)] || formationNouns[a.lowerWord(k+1)])
	}
	return false
}

// formationNouns name a state's armed units by their formation: "its
// units", "its brigades".
var formationNouns = lexicon.Words().Set("formation-noun") // lexicon/words.txt

// attackedState reports whether the country named at token t0 is the
// object of an attack noun, by "on" or "against" ("fresh attacks on
// Iraq", "a new thrust against Iraq"): a state's territory and army
// attacked.
func (a *article) attackedState(t0, first int32) bool {
	if p := a.lowerWord(t0 - 1); t0-1 < first || p != "on" && p != "against" {
		return false
	}
	for j := t0 - 2; j >= first && j >= t0-4; j-- {
		if warAttacks[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// progressiveAux returns where the auxiliary of a progressive verb at
// token t starts ("are still bombing", "were bombing"), or t when the word
// is not one: a force that "is bombing" a place strikes it as "bombed"
// does.
func (a *article) progressiveAux(t int32) int32 {
	if !strings.HasSuffix(a.lowerWord(t), "ing") {
		return t
	}
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j >= first && j >= t-3; j-- {
		switch a.lowerWord(j) {
		case "is", "are", "was", "were", "been":
			return j
		case "still", "again", "now", "reportedly", "also":
			continue
		}
		break
	}
	return t
}

// causeBefore reports whether the phrase at token t0 stands after a word
// that makes it the cause or the time of another event, within a few
// words of its clause: "in retaliation for an Iranian attack", "in
// response to", "after the Iranian offensive". The cause nouns are
// inCausePhrase's causeWords.
func (a *article) causeBefore(t0 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	for j := t0 - 1; j >= first && j >= t0-4; j-- {
		if a.clauseBreak(j) {
			return false
		}
		switch w := a.lowerWord(j); {
		case w == "for" || w == "to" || w == "after" || w == "following" || w == "since", causeWords[w]:
			return true
		}
	}
	return false
}

// communityNouns name faith communities as the sides of a fight.
var communityNouns = lexicon.Words().Set("community-noun") // lexicon/words.txt

// communalClash reports whether the incident's clash words set two
// communities against each other ("clashes between Moslems and
// Christians", "Moslem and Christian youths clashed") rather than armed
// sides: neighbours' crowds fighting is a riot. A named armed group or a
// state's force in the incident's sentences makes it a clash after all.
func (f *filler) communalClash() bool {
	a := f.a
	found := false
	for _, m := range f.current() {
		s := a.sents[m.sent]
		for _, t := range m.triggers {
			if t.p.Value != record.Clash {
				continue
			}
			n := 0
			for j := max(int32(s.First), t.t0-6); j < min(int32(s.Last), t.t1+8); j++ {
				if w := a.lowerWord(j); communityNouns[w] || faithWords[w] && a.toks[j].Has(text.Cap) {
					n++
				}
			}
			found = found || n >= 2
		}
		for j := int32(s.First); j < int32(s.Last); j++ {
			if a.inGroup(j) {
				return false
			}
			if typ, ok := a.agentAt(j); ok && typ != record.Riot {
				return false // "youths" and "mobs" are the crowds themselves
			}
		}
	}
	return found
}

// remoteModifiers make an attack noun one from afar: "a missile attack",
// "an Iranian air assault".
var remoteModifiers = lexicon.Words().Set("remote-modifier") // lexicon/words.txt

// groundAttackRepelled reports whether one of the incident's sentences
// tells of troops beating back an attack made on the ground: "Iraq said
// its troops repelled an overnight Iranian attack". The artillery and
// gunships that met the attackers were the defence in a battle: two armed
// sides fought, a clash, not an attack from afar.
func (f *filler) groundAttackRepelled() bool {
	a := f.a
	for _, m := range f.current() {
		s := a.sents[m.sent]
		first, last := int32(s.First), int32(s.Last)
		for j := first + 1; j < last; j++ {
			if !repelVerbs[a.lowerWord(j)] {
				continue
			}
			if !enemyForces[a.lowerWord(j-1)] && !(j-2 >= first && enemyForces[a.lowerWord(j-2)]) {
				continue // "its troops repelled", "troops had repulsed"
			}
			for k := j + 1; k < last && k <= j+6; k++ {
				w := a.lowerWord(k)
				if a.clauseBreak(k) || remoteModifiers[w] {
					break
				}
				if warAttacks[w] {
					return true
				}
			}
		}
	}
	return false
}

// installations are the fixed works at sea that lie in one state's
// waters: a platform does not sail, as a tanker does.
var installations = lexicon.Words().Set("installation") // lexicon/words.txt

// installationOwner returns the demonym (index in a.places) of a
// platform or rig that mention m tells of, or -1: "destroyed an Iranian
// oil platform in the Gulf" was off Iran, whoever struck it. A ship's
// flag ("a Kuwaiti tanker") says nothing of where it sailed.
func (a *article) installationOwner(m *mention) int {
	lo, hi := a.placeRange(m.t0, m.t1)
	for k := lo; k < hi; k++ {
		p := &a.places[k]
		if !p.demonym || p.chosen == nil {
			continue
		}
		for j := p.t1; j < m.t1 && j <= p.t1+3; j++ {
			if installations[a.lowerWord(j)] || j > p.t1 && a.spanIn(installations, j-1, j+1) {
				return k // "an Iranian oil platform", "an Iranian oil field"
			}
			if a.clauseBreak(j) || !a.modifierGap(j) {
				break
			}
		}
	}
	return -1
}

// frontPlace returns, for a battle or a strike whose own sentences name
// no place, the town the story's lead puts the war at ("Iraq said its
// forces were battling to dislodge Iranian troops ... on the war front
// near the southern city of Basra"), or -1. A war communiqué is filed
// from the capital: its dateline is where it was read out, and the front
// the lead names is where the fighting was.
func (f *filler) frontPlace() int {
	a := f.a
	if !f.clash && !f.remote || a.lead < 0 {
		return -1
	}
	for si := range a.sents {
		s := a.sents[si]
		if s.Para != a.lead {
			continue
		}
		lo, hi := a.placeRange(int32(s.First), int32(s.Last))
		for k := lo; k < hi; k++ {
			p := &a.places[k]
			if p.chosen == nil || p.country || p.water || !a.eventPlace(k, false) {
				continue
			}
			return k
		}
		return -1 // the lead's first sentence only
	}
	return -1
}

// ownSideClaims makes a state's force that the incident's sentences name
// as suspected (by default, or as the other side tells it) claimed when
// the state's own voice tells of its forces' deeds elsewhere in the
// story: "Iranian forces mounted fresh attacks ... The Iranian news
// agency IRNA said Iranian troops inflicted severe losses on Iraqi
// troops". A state that reports its own army's fighting owns the attack;
// a saying in a sentence of another incident only is that incident's
// ("On the northern front, IRNA said Iranian troops captured two hills"
// claims nothing of the attack east of Basra the other side told of).
func (f *filler) ownSideClaims(cands []actorCand) {
	for i := range cands {
		c := &cands[i]
		if c.kind != "state" || c.state == "" || c.attr != record.Suspected {
			continue
		}
		if v0, v1, ok := f.ownSideTells(c.state); ok {
			c.attr, c.c0, c.c1 = record.Claimed, v0, v1
		}
	}
}

// governmentClaims makes a state's force claimed, however the incident's
// sentences name it, when an organ of that state tells of the incident
// (governmentTells): "U.S. warships all but blew the platform out of the
// water ... The U.S. Defense Department said just 10 pct of the structure
// remained". A state whose government speaks of its own forces' strike
// owns it, as a group's statement about its attack is its claim.
func (f *filler) governmentClaims(cands []actorCand) {
	claimed := map[string]bool{} // states whose claim another cue gave, with its own evidence
	for _, c := range cands {
		if c.kind == "state" && c.attr == record.Claimed {
			claimed[c.state] = true
		}
	}
	// what a state's organs tell depends on the state alone, not on
	// which of its forces' candidates asks: read it once per state
	type telling struct {
		c0, c1 int
		ok     bool
	}
	told := map[string]telling{}
	for i := range cands {
		c := &cands[i]
		if c.kind != "state" || c.state == "" || claimed[c.state] || c.attr != record.Suspected && c.attr != record.Unknown {
			continue
		}
		if f.a.sufferedBy(f.a.tokenAt(c.b1-1) + 1) {
			continue // "Two Iraqi warplanes were shot down by Iranian missiles, a military spokesman said": what the force suffered
		}
		t, seen := told[c.state]
		if !seen {
			t.c0, t.c1, t.ok = f.governmentTells(c.state)
			if !t.ok {
				t.c0, t.c1, t.ok = f.organOwnsDeed(cands, c.state)
			}
			told[c.state] = t
		}
		if t.ok {
			c.attr, c.c0, c.c1 = record.Claimed, t.c0, t.c1
		}
	}
}

// organOwnsDeed finds, when the story accuses the forces of one state
// only, a saying of an unnamed organ of a state (officialVoice, not its
// media: "the military government", "the army", "the defence ministry")
// that tells of its own deed in the first person (selfReport: "The
// military government said in a statement that it had attacked the
// headquarters of KIA Brigade 9"), in a sentence that tells of no other
// incident, and returns the span of the speaker and its verb. An organ
// that says "it attacked" is the doer's own voice whatever the dateline:
// of the states the story names as doers there is one, so the voice is
// that state's, and its word on the deed is the state's claim, unless
// the story is filed from the state struck, whose organ an unnamed one is.
func (f *filler) organOwnsDeed(cands []actorCand, state string) (int, int, bool) {
	a := f.a
	for _, c := range cands {
		if c.kind == "state" && c.state != "" && c.state != state {
			return 0, 0, false // two states accused: whose organ speaks is not told
		}
	}
	if home := a.datelineState(); home != "" && home != state && f.rec.Location != nil && f.rec.Location.CountryCode == home {
		return 0, 0, false // "KYIV - ... the government said it had shot down ...": the struck state's organ
	}
	for si := range a.sents {
		s := int32(si)
		if f.otherIncident(s) {
			continue
		}
		first, last := int32(a.sents[si].First), int32(a.sents[si].Last)
		for v := first + 1; v < last; v++ {
			if !stateSayings[a.lowerWord(v)] && !sayVerbs[a.lowerWord(v)] {
				continue
			}
			from, organ := v, false
			for j := v - 1; j >= first && j >= v-4; j-- {
				if a.toks[j].Kind == text.Punct || a.clauseBreak(j) {
					break
				}
				organ = organ || a.unnamedVoiceAt(j)
				from = j
			}
			if !organ || !a.officialVoice(from, v) || a.namedSpeaker(from, v) != "" || a.pastSpanIn(v+1, last) {
				continue // the organ's tally over a span of the past tells no one deed (pastSpanIn)
			}
			if _, _, ok := a.selfReport(s, from, v); ok {
				c0, c1 := a.span(from, v+1)
				return c0, c1, true
			}
		}
	}
	return 0, 0, false
}

// sufferedBy reports whether the actor ending before token t1 is the
// subject of a passive whose agent follows "by" ("were shot down by
// Iranian missiles"): it suffered the deed, and its state's voice claims
// nothing for it.
func (a *article) sufferedBy(t1 int32) bool {
	j, aux := t1, false
	for ; ; j++ {
		switch a.lowerWord(j) {
		case "was", "were", "been", "being", "is", "are":
			aux = true
			continue
		case "have", "has", "had":
			continue
		}
		break
	}
	if !aux || a.inDate(j) {
		return false
	}
	last := int32(a.sents[a.sentOf[t1-1]].Last)
	for k := j + 1; k <= j+2 && k < last; k++ {
		if a.lowerWord(k) == "by" {
			return true
		}
	}
	return false
}

// governmentTells finds a saying of an organ of the state (a word of
// [official-voice], [state-organ] or, with the state's name,
// [state-speaker]) in one of the incident's sentences or
// in the sentence right after one that tells of no other incident, and
// returns the span of the speaker and its verb. The organ speaks for the
// state when its words name that state ("the U.S. Defense Department
// said") or, for a body that is only a state's, name none under that
// state's dateline ("WASHINGTON - ... in what the administration called a
// measured response"). A saying that
// names an armed opponent, a group or another state is theirs, and one
// that denies or negates ("said it did not seek confrontation") or tells
// of another thing ("a levy the government says is needed", saysOfOther)
// claims nothing.
func (f *filler) governmentTells(state string) (int, int, bool) {
	a := f.a
	home := a.datelineState()
	if home == "" && f.rec.Location != nil {
		home = f.rec.Location.CountryCode // no dateline: "the government said" is the government of the country the story tells of
	}
	for si := range a.sents {
		s := int32(si)
		if !f.isMention(s) && !(s > 0 && f.isMention(s-1) && !f.otherIncident(s)) {
			continue
		}
		first, last := int32(a.sents[si].First), int32(a.sents[si].Last)
		for v := first + 1; v < last; v++ {
			w := a.lowerWord(v)
			// a verb of affirming ([avow-verb]) says as "said" does:
			// "The Pentagon confirmed that it had carried out the strike"
			if !stateSayings[w] && !avowVerbs[w] && !(namingVerbs[w] && a.lowerWord(v+1) != "for" && a.lowerWord(v+1) != "on") {
				continue
			}
			if from, ok := a.organSpeaks(first, v, state, home); ok && !a.negatedAfter(v, last) && !a.habitSaid(v, last) && !a.saysOfOther(first, from, v, last) && !a.pastSpanIn(v+1, last) {
				c0, c1 := a.span(from, v+1)
				return c0, c1, true
			}
		}
	}
	return 0, 0, false
}

// organSpeaks reports whether the words before the saying verb at v, back
// to the clause's start ("what", "which", a comma), are an organ of the
// state (governmentTells), and where they start. A possessive is no
// bound: "Israel's military said" names its state as "the Israeli
// military said" does; a body the vocabulary gives a state
// ([state-voice]: "the Pentagon", "the Kremlin") names it by itself; and
// the state's own name or its capital's, when it is all the speaker, is
// the state speaking ("India says the strikes avenged ...", "Washington
// has said the attack was in response to ...", as ownForces reads
// "Baghdad said its aircraft ...").
func (a *article) organSpeaks(first, v int32, state, home string) (int32, bool) {
	from := v
	for j := v - 1; j >= first && j >= v-6; j-- {
		if w := a.lowerWord(j); a.toks[j].Kind == text.Punct && w != "." && w != "-" && !a.possessiveAt(j) || speakerBounds[w] || a.clauseBreak(j) {
			break
		}
		from = j
	}
	if from >= v {
		return 0, false
	}
	b0, b1 := a.span(from, v)
	if _, ok := a.groupIn(b0, b1); ok {
		return 0, false
	}
	organ, speaker, named := false, false, false
	for j := from; j < v; j++ {
		w := a.lowerWord(j)
		if armedOpponent(w) {
			return 0, false
		}
		organ = organ || a.unnamedVoiceAt(j) || stateOrgans[w]
		speaker = speaker || stateSpeakers[w]
		if cc, ok := a.stateVoiceAt(j); ok {
			if cc != state {
				return 0, false // "the Kremlin said" of a strike by another state
			}
			named = true // "The Pentagon said": the body names its state as a place name would
		}
	}
	lo, hi := a.placeRange(from, v)
	whole := false // the speaker is the state itself, by its name or its capital's ("India says", "New Delhi said")
	for k := lo; k < hi; k++ {
		m := &a.places[k]
		if m.dateline {
			continue
		}
		// the name is all the speaker: "Amnesty International Kenya said" is no state
		alone := !m.demonym && m.chosen != nil && m.t1 == v && (m.t0 == from || m.t0 == from+1 && articleWords[a.lowerWord(from)])
		if alone && !m.country && m.chosen.FeatureCode() == "PPLC" && m.chosen.CountryCode == state {
			named, whole = true, true // "Ankara said": the capital speaks for its state, as in ownForces
			continue
		}
		if a.stateOf(k) != state {
			return 0, false // "the Iranian foreign ministry said": another state's voice, or a place's
		}
		named = true
		whole = whole || alone && m.country
	}
	return from, named && (organ || speaker || whole) || organ && home == state
}

// negatedAfter reports whether the clause after the saying verb at v
// denies or negates: "said it did not seek further confrontation",
// "denied that its forces were involved".
func (a *article) negatedAfter(v, last int32) bool {
	for j := v + 1; j < last && j <= v+10; j++ {
		if a.denialAt(j) {
			return true
		}
	}
	return false
}

// habitSaid reports whether the saying at token v tells the speaker's
// own habit, not the deed: "it" (the organ itself) and a verb in the
// present simple, an "-s" form that is no auxiliary, with at most a word
// of [subject-adverb] or "only" between ("The army says it targets only
// militant hideouts", "the ministry said it only strikes military
// sites"). What an organ does as a rule neither owns nor denies the
// strike the story tells; "said it struck", "says it has attacked" do.
func (a *article) habitSaid(v, last int32) bool {
	j := v + 1
	if a.lowerWord(j) == "that" {
		j++
	}
	if a.lowerWord(j) != "it" {
		return false
	}
	j++
	if w := a.lowerWord(j); w == "only" || subjectAdverbs[w] {
		j++
	}
	w := a.lowerWord(j)
	return j < last && a.toks[j].Kind == text.Word && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !auxiliaries[w] && !doAuxiliaries[w]
}

// denialAt reports whether the word at token j denies what follows it: a
// negation ("not", "never", "no", "won't") or a word of denial ("denied",
// "had nothing to do with").
func (a *article) denialAt(j int32) bool {
	w := a.lowerWord(j)
	return w == "not" || w == "never" || w == "no" || negated(w) || a.hasTerm(j, lexicon.Attribution, record.Denied)
}

// stateOrgans, stateSpeakers, namingVerbs and speakerBounds:
// governmentTells' speakers (unnamed, and named with their state), its
// verbs besides a saying, and the words a speaker starts after.
var (
	stateOrgans   = lexicon.Words().Set("state-organ")   // lexicon/words.txt
	stateSpeakers = lexicon.Words().Set("state-speaker") // lexicon/words.txt
	namingVerbs   = lexicon.Words().Set("naming-verb")   // lexicon/words.txt
	speakerBounds = lexicon.Words().Set("speaker-bound") // lexicon/words.txt
)

// ownSideTells finds a saying of the state's own voice (the country, its
// demonym or its news agency before the report verb) followed, in its
// clause, by the state's forces as the subject of a deed: "IRNA said
// Iranian troops inflicted", "Iran said its forces captured". It returns
// the report verb's span, the story's first for the state that is not in
// a sentence of another incident only.
func (f *filler) ownSideTells(state string) (int, int, bool) {
	for _, t := range f.a.ownTellings() {
		if t.state == state && (f.isMention(t.sent) || !f.otherIncident(t.sent)) {
			return t.c0, t.c1, true
		}
	}
	return 0, 0, false
}

// ownTelling is a saying by which a state tells of its own forces' deed
// (ownSideTells): the state, the report verb's span and its sentence.
type ownTelling struct {
	state  string
	c0, c1 int
	sent   int32
}

// ownTellings returns every saying of the story by which a state tells of
// its own forces' deed, in order: ownSideTells' sayings, worked out once
// per article, not once per incident and state.
func (a *article) ownTellings() []ownTelling {
	if !a.ownToldKnown {
		a.ownTold, a.ownToldKnown = a.findOwnTellings(a.ownTold[:0]), true
	}
	return a.ownTold
}

// findOwnTellings is ownTellings worked out.
func (a *article) findOwnTellings(out []ownTelling) []ownTelling {
	for si := range a.sents {
		s := a.sents[si]
		first, last := int32(s.First), int32(s.Last)
		for v := first + 1; v < last; v++ {
			if !stateSayings[a.lowerWord(v)] {
				continue
			}
			if a.pastSpanIn(v+1, last) || a.pastSpanIn(first, v) {
				continue // "its forces had killed or wounded 3,000 Ukrainian troops over the past week": a tally, no one deed
			}
			if c, state, ok := a.ownDeedLed(first, v); ok {
				out = append(out, ownTelling{state, c, c + len(a.word(v)), int32(si)})
				continue
			}
			state := a.speakerState(first, v)
			if state == "" {
				continue
			}
			for j := v + 1; j < last && j <= v+4; j++ {
				w := a.lowerWord(j)
				own := (w == "its" || w == "their") && enemyForces[a.lowerWord(j+1)] && a.warDeedAfter(j+2, min(last, j+6))
				if k := a.placeAt(j); !own && k >= 0 {
					p := &a.places[k]
					own = p.demonym && a.stateOf(k) == state && enemyForces[a.lowerWord(p.t1)] && a.warDeedAfter(p.t1+1, min(last, p.t1+5))
				}
				if own {
					c0, c1 := a.span(v, v+1)
					out = append(out, ownTelling{state, c0, c1, int32(si)})
					break
				}
			}
		}
	}
	return out
}

// ownDeedLed reports whether the saying at token v, after a comma at the
// end of sentence that opens at first, is a state's voice telling of its
// own forces' deed told before it: "Chadian troops have recaptured the
// oasis, sources close to the government said" in a story filed from
// N'Djamena. It returns the verb's byte offset and the state. The voice
// is the words after the comma alone (speakerState), so the force the
// sentence opens with does not speak for itself.
func (a *article) ownDeedLed(first, v int32) (int, string, bool) {
	c := v - 1
	for c > first && c >= v-8 && a.word(c) != "," {
		c--
	}
	if a.word(c) != "," {
		return 0, "", false
	}
	state := a.speakerState(c+1, v)
	if state == "" {
		return 0, "", false
	}
	for j := first; j < c && j <= first+2; j++ {
		k := a.placeAt(j)
		if k < 0 {
			continue
		}
		p := &a.places[k]
		if p.demonym && a.stateOf(k) == state && enemyForces[a.lowerWord(p.t1)] && a.warDeedAfter(p.t1+1, min(c, p.t1+5)) {
			b, _ := a.span(v, v+1)
			return b, state, true
		}
	}
	return 0, "", false
}

// warDeeds are the verbs an army's own communiqué tells its deeds with,
// beside the words of violence: "inflicted severe losses", "overran the
// headquarters", "captured an important defensive line".
var warDeeds = lexicon.Words().Set("war-deed") // lexicon/words.txt

// warDeedAfter reports whether a deed of war stands in tokens [from, to):
// a word of violence (deedAfter's) or a verb of [war-deed].
func (a *article) warDeedAfter(from, to int32) bool {
	return a.setIn(warDeeds, from, to) || a.deedAfter(from, to)
}

// saysRepelled reports whether the country ending before token t1 says
// it beat an attack back: "Iraq said all were repulsed", "Iraq said its
// troops beat back the attack". The defender is the other army of a
// battle.
func (a *article) saysRepelled(t1, last int32) bool {
	if !stateSayings[a.lowerWord(t1)] {
		return false
	}
	for j := t1 + 1; j < last && j <= t1+8; j++ {
		if repelVerbs[a.lowerWord(j)] {
			return true
		}
		if a.lowerWord(j) == "back" {
			switch a.lowerWord(j - 1) {
			case "beaten", "beat", "driven", "drove", "pushed", "thrown":
				return true
			}
		}
	}
	return false
}

// forceKillsFoe reports whether the casualty verb v is a state force's
// killing of the armed side it fights: its subject a state's force
// (stateForceBefore) and its object rebels, a named armed group or
// another state's troops ("Sri Lankan troops killed 20 Tamil
// guerrillas", "the army said it killed 30 Iraqi soldiers"). Both sides
// bear arms, so it tells a battle, as "government troops attacked rebel
// positions" does; an armed group's killing of soldiers or policemen
// stays the assault the lexicon calls it.
func (a *article) forceKillsFoe(v term) bool {
	if !a.spanIn(activeForms, v.t0, v.t1) || a.passiveBefore(v) || !a.asserted(v.t0) {
		return false
	}
	if w := a.lowerWord(v.t1); (eventPreps[w] || w == "by" || w == "during") && !a.countOpens(v.t1) {
		return false // a headline's "Two soldiers killed in PKK attacks": no object, the soldiers are the ones killed
	}
	s := a.sents[a.sentOf[v.t0]]
	first, last := int32(s.First), int32(s.Last)
	end := min(last, v.t1+5)
	return a.stateForceBefore(v.t0, first) && (a.armedOpponentIn(v.t1, end) || a.foreignForceIn(v.t1, end))
}

// saysOfOther reports whether the saying verb at v, its speaker from
// token from, stands in a relative clause whose gap is the subject of
// what is said ("new taxes the government says are needed to cut
// borrowing": the verb is followed right away by an auxiliary, the
// subject it lacks is the noun before the speaker) and neither that noun
// nor the rest of the clause tells of an attack (toldOfDeed): the
// speaker tells of the noun, not of the incident told beside it.
func (a *article) saysOfOther(first, from, v, last int32) bool {
	if v+1 >= last || !auxiliaries[a.lowerWord(v+1)] {
		return false
	}
	return !a.toldOfDeed(max(first, from-3), from) && !a.toldOfDeed(v+1, last)
}

// toldOfDeed reports whether tokens [from, to) tell of an attack at all:
// its act, weapon or harm (deedAfter), a party to it, a force or a
// target.
func (a *article) toldOfDeed(from, to int32) bool {
	if a.deedAfter(from, to) {
		return true
	}
	for j := from; j < to; j++ {
		if a.hasTerm(j, lexicon.Party, "") || a.hasTerm(j, lexicon.Target, "") || forceNouns[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// pastSpanIn reports whether the clause that opens at token from, up to
// its first comma or token to, holds a span of the past that runs up to
// the report, counted or not: "over the past week", "in the last three
// months", "during the past few years" ([span-prep], a unit of
// [span-unit], one or many). A state that tells what its forces did over
// such a span tells a tally of many deeds (countedPast), not the one the
// story reports; a span after a comma tells of something else ("Iraq
// said its troops repelled an Iranian attack east of Basra, scene of
// several Iranian thrusts in the past two months").
func (a *article) pastSpanIn(from, to int32) bool {
	for j := from; j < to; j++ {
		if a.word(j) == "," {
			to = j
			break
		}
	}
	for j := from + 2; j+1 < to; j++ {
		if w := a.lowerWord(j); w != "past" && w != "last" || a.lowerWord(j-1) != "the" || !spanPreps[a.lowerWord(j-2)] {
			continue
		}
		k := j + 1
		if n, ok := a.numberAt(k); ok {
			for k < to && int(a.toks[k].Start) < a.nums[n].End {
				k++
			}
		} else if spanCounts[a.lowerWord(k)] {
			k++
		}
		if w := a.lowerWord(k); k < to && (spanUnits[w] || spanUnits[w+"s"]) {
			return true
		}
	}
	return false
}
