package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// War reporting names the state forces that strike in its own ways: each
// side's communiqué tells of "its warplanes", a radio report of "the air
// force" or "the army", a wire story of villagers "killed by soldiers".
// The rules here find such a force as the agent of the attack word, by
// the grammar of its clause, when no demonym names it ("Iraqi
// warplanes" is statesIn's).

// bareForces name a state's force without its country ("the army").
var bareForces = lexicon.Words().Set("bare-force") // lexicon/words.txt

// forceModifiers make a craft a state force's ("a navy gunboat").
var forceModifiers = lexicon.Words().Set("force-modifier") // lexicon/words.txt

// forceCraft are craft and guns beside [armed-agent]'s ("artillery").
var forceCraft = lexicon.Words().Set("force-craft") // lexicon/words.txt

// forceCompounds after a force noun make it a modifier ("military base").
var forceCompounds = lexicon.Words().Set("force-compound") // lexicon/words.txt

// stateSayings are the verbs by which a state speaks for its forces.
var stateSayings = lexicon.Words().Set("state-saying") // lexicon/words.txt

// bombWords are the words of a bomb a craft may drop (craftBombing).
var bombWords = lexicon.Words().Set("bomb-word") // lexicon/words.txt

// enemyForces after a demonym name another state's armed side.
var enemyForces = lexicon.Words().Set("enemy-force") // lexicon/words.txt

// ownForces returns the state a communiqué speaks for when it tells of
// its own forces' deed: "Iraq said its warplanes raided the terminal",
// "Iran says its forces captured ..., killing or wounding 2,000". The
// pronoun is the country's, so the country is the perpetrator and the
// saying is its claim.
func (f *filler) ownForces(si int32) []actorCand {
	a := f.a
	if !f.isMention(si) {
		return nil
	}
	s := a.sents[si]
	last := int32(s.Last)
	var out []actorCand
	plo, phi := a.placeRange(int32(s.First), last)
	for k := plo; k < phi; k++ {
		m := &a.places[k]
		if m.demonym || m.chosen == nil || !m.country && m.chosen.FeatureCode() != "PPLC" {
			continue // a country, or its capital speaking for it ("Baghdad said")
		}
		v := m.t1
		for v < last && v < m.t1+3 && (a.inDate(v) || a.lowerWord(v) == "on" || subjectAdverbs[a.lowerWord(v)]) {
			v++ // "Iran today reported", "Iraq on Monday said", "Iraq also said"
		}
		if !stateSayings[a.lowerWord(v)] {
			continue
		}
		j := a.pastSaying(v+1, last)
		if w := a.lowerWord(j); w != "its" && w != "their" {
			j = a.sayingAfter(v+1, last)
		}
		if w := a.lowerWord(j); w != "its" && w != "their" {
			continue
		}
		end, ok := a.forceAfter(j+1, min(last, j+4))
		if !ok || a.defends(end) || !a.deedAfter(end, min(last, end+6)) || f.causeOnly(si, end) {
			continue
		}
		c := actorCand{kind: "state", state: m.chosen.CountryCode, attr: record.Claimed}
		c.b0, _ = a.span(m.t0, m.t1)
		_, c.b1 = a.span(j, end)
		b0, b1 := a.span(m.t0, m.t1)
		c.name = a.displayName(b0, b1)
		if !m.country {
			if cf, ok := a.x.gaz.Country(m.chosen.CountryCode); ok {
				c.name = cf.Name // "Baghdad said its aircraft ...": Iraq
			}
		}
		c.c0, c.c1 = a.span(v, v+1)
		out = append(out, c)
	}
	return out
}

// causeOnly reports whether the incident's attack words in sentence si
// all stand in a cause phrase after token t (causeTold): "Iraq said its
// forces destroyed the platform in retaliation for an Iranian missile
// attack" tells Iraq's deed and, as its cause, Iran's; the forces named
// before the cause word did the deed, not the incident's attack.
func (f *filler) causeOnly(si, t int32) bool {
	told := false
	for _, m := range f.in.ms {
		if m.sent != si || len(m.triggers) == 0 {
			continue
		}
		if !f.a.causeTold(m, t) {
			return false
		}
		told = true
	}
	return told
}

// forceAfter finds a force noun in tokens [from, to) ("its warplanes",
// "its ground forces", "their troops") and returns the end of the phrase.
func (a *article) forceAfter(from, to int32) (int32, bool) {
	for j := from; j < to; j++ {
		if a.clauseBreak(j) {
			return 0, false
		}
		if _, ok := a.agentAt(j); ok || forceNouns[a.lowerWord(j)] || bareForces[a.lowerWord(j)] {
			for j+1 < to && (forceNouns[a.lowerWord(j+1)] || armedAgents[a.lowerWord(j+1)] != "") {
				j++ // "its helicopter gunships"
			}
			return j + 1, true
		}
	}
	return 0, false
}

// deedAfter reports whether an act of violence (an attack word, a weapon,
// a casualty word, a verb of [attack-verb], or a war's attack noun a
// launch verb governs: "launched an offensive") stands in tokens [from, to).
func (a *article) deedAfter(from, to int32) bool {
	for j := from; j < to; j++ {
		if a.hasTerm(j, lexicon.Trigger, "") || a.hasTerm(j, lexicon.Weapon, "") || a.isCasualtyWord(j) ||
			attackVerbs[a.lowerWord(j)] || warAttacks[a.lowerWord(j)] && a.launched(term{t0: j, t1: j + 1}) {
			return true
		}
	}
	return false
}

// forceAgents returns the state forces that sentence si, one of the
// incident's, tells as the doers of its attack word although no country
// names them: the subject of an active attack verb ("THE AIR FORCE HAS
// BOMBED AND STRAFED", "a navy gunboat fired on fishing boats", "army
// artillery pounded", past an allegiance phrase: "police loyal to the
// governor fired", pastAllegiance), the agent after "by" ("shot dead by soldiers",
// "the bombing by the air force"), the one a cue blames ("carried out
// by the army", blamedAfterCue), which a sentence of blame elsewhere in
// the article may name too, or the force telling its own deed in a
// sentence of the incident ("the army said it had killed 12 militants":
// selfReport), which then claims it.
func (f *filler) forceAgents(si int32) []actorCand {
	a := f.a
	mention := f.isMention(si)
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	for j := first; j < last; j++ {
		t0, ok := a.bareForceAt(j, first)
		if !ok || a.allegianceBefore(t0) {
			continue // not "militias loyal to the army": their master, not the one who struck
		}
		men := a.pastForceMen(j + 1)
		_, _, imputed := a.attributedTo(t0) // "the FMLN attributed the murder to the army"
		blamed := a.heldCulpable(t0, men) || a.blamedAfterCue(t0) || a.notRuledOut(t0) || imputed
		if !mention && !blamed {
			continue // a sentence of blame elsewhere names the force by its cue, as it names a group, or holds it to the deed told
		}
		// "The army's air strike on a rebel base", "the navy's attack on":
		// the force owns the attack its possessive stands before, as a
		// state's possessive does (stateModifier), whatever the verb
		owns := a.possessiveAt(j+1) && a.phraseHead(j+3, min(last, j+4+attackGap), a.warAttackAt)
		end, remote, active := a.strikeAfter(a.pastCoordinated(a.pastAllegiance(a.pastLocative(men, last), last), last))
		if owns {
			active, remote = true, true
		}
		if active && !remote && !a.craft(j) && a.killsArmed(end, min(last, end+5)) && !a.assaultVerb(end-1) && !a.oneOfficeHolder(end) {
			continue // "troops killed 23 rebels", "troops repelled the insurgents": a side of a clash
		}
		// "The army said it had killed 12 militants in a raid": the force
		// tells its own deed, as a state named by its country or its
		// rulers does (statesIn), unless the deed it tells is beating
		// back an attack
		var v0, v1 int32
		self := false
		if mention { // a sentence of blame elsewhere tells no deed of the force's own
			v0, v1, self = a.selfReport(si, t0, j+1)
			self = self && !a.ownRepel(si, j+1)
		}
		// "All five assailants were shot dead by security forces": the
		// agent of the attackers' deaths ended the attack (attackerFell)
		passive := a.agentOfPassive(t0, first) && !a.attackerFell(t0, first)
		if !active && !blamed && !self && !passive {
			continue // neither "THE AIR FORCE HAS BOMBED", "killed by soldiers", "the army was responsible", "blamed on the army" nor "did not rule out the army"
		}
		c := actorCand{kind: "state"}
		if p0, cc, ok := a.possessor(t0, first); ok {
			t0, c.state = p0, cc // "Syria's army"
		} else if pt, ok := a.termEndingAt(t0-1, lexicon.Party); ok && pt.t0 >= first && pt.p.Value == record.SecurityForces && a.lowerWord(t0-1) == "and" {
			t0 = pt.t0 // "Riot police and troops shot dead two protesters": both did
		}
		c.b0, c.b1 = a.span(t0, j+1)
		c.name = a.displayName(c.b0, c.b1)
		c.attr, c.c0, c.c1 = a.attribution(si, t0, j+1)
		if self && c.c1 == 0 {
			c.attr = record.Claimed
			c.c0, c.c1 = a.span(v0, v1)
		}
		return []actorCand{c}
	}
	return nil
}

// pastForceMen returns the token after a noun of a force's men standing
// at token j, right after the force ("armed forces members", "military
// personnel", "army members"), and after a cleft there (pastCleft), or j
// when neither stands there: the men act for the force, so the verb or
// the predicate after them is the force's ("there are armed forces
// members involved in the murder"), as after "members of the army".
func (a *article) pastForceMen(j int32) int32 {
	if w := a.lowerWord(j); memberNouns[w] || staffNouns[w] {
		j++
	}
	return a.pastCleft(j)
}

// pastCleft returns the token after "were the ones who" (a copula, "the",
// "one" or "ones", "who" or "that") at token j, or j when none stands
// there: the clause singles out its subject as the doer of the verb after
// it ("armed forces personnel were the ones who murdered the priests":
// the armed forces murdered them).
func (a *article) pastCleft(j int32) int32 {
	if !copulas[a.lowerWord(j)] || a.lowerWord(j+1) != "the" {
		return j
	}
	if w := a.lowerWord(j + 2); w != "one" && w != "ones" {
		return j
	}
	if w := a.lowerWord(j + 3); w != "who" && w != "that" {
		return j
	}
	return j + 4
}

// pastLocative returns the token after a place that names where a force
// serves, right after the force and before its verb ("Police in Rio de
// Janeiro raided a favela", "Soldiers in Kulgam opened fire"), or j when
// no "in" and place stand there: the verb after it is the force's.
func (a *article) pastLocative(j, last int32) int32 {
	if a.lowerWord(j) != "in" {
		return j
	}
	lo, hi := a.placeRange(j+1, j+2)
	for k := lo; k < hi; k++ {
		if m := &a.places[k]; m.t1 < last {
			return m.t1
		}
	}
	return j
}

// heldCulpable reports whether the force at tokens [t0, t1) is the
// subject of a suspicion cue of the subject's kind right after it, an
// adverb aside ("the armed forces were responsible for the attack",
// "members of the army were solely responsible"), or of a phrase that
// holds it to the deed told (culpableAfter: "the armed forces are
// responsible for the dynamite attack"). A named group in that place is
// blamed by attribution; a force of the state, which statesIn and
// forceAgents read only when it strikes, is blamed the same way ("their
// families said police were responsible for the killings"). A subject
// denied ("no other senior officers were involved in the assassination")
// is held to nothing; a "no" that denies a doubt before it asserts the
// clause instead ("there is no doubt the army was responsible",
// assertingHead).
func (a *article) heldCulpable(t0, t1 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	for k := t0 - 1; k >= first && k >= t0-3 && !a.clauseBreak(k); k-- {
		if w := a.lowerWord(k); (w == "no" || negations[w]) && !a.assertingHead(k+1) {
			return false
		}
	}
	j := t1
	if strings.HasSuffix(a.lowerWord(j), "ly") {
		j++ // "solely", "directly"
	}
	if tm, ok := a.termAt(j, lexicon.Attribution); ok && tm.p.Value == record.Suspected && (strings.HasPrefix(tm.p.Text, "was ") || strings.HasPrefix(tm.p.Text, "were ")) {
		return true
	}
	_, _, held := a.culpableAfter(t1)
	return held
}

// blamedAfterCue reports whether the force starting at token t0 is the
// one a cue of suspicion names right after it, past an article: the doer
// after its verb ("the attack had been carried out by the armed forces",
// "the massacre, which is being blamed on the air force", "an ambush
// attributed to the army"). The cue puts the deed on the force as it puts
// it on a group (attribution), whoever voices it; a force only blamed
// strikes in no verb of its own, so forceAgents finds it by the cue.
func (a *article) blamedAfterCue(t0 int32) bool {
	t, ok := a.cueBefore(t0, func(t term) bool { return t.p.Value == record.Suspected && !a.negatedCue(t) })
	return ok && !a.setIn(unblamingWords, t.t0, t.t1) && // not "members of the security forces were killed"
		!a.counterCharge(t) && // not "G denied involvement and blamed the army"
		!a.omissionCharged(t0) // not "accused the security forces of standing by"
}

// omissionVerbs say a failure to act, not a deed ([omission-verb]).
var omissionVerbs = lexicon.Words().Set("omission-verb") // lexicon/words.txt

// omissionCharged reports whether the accused whose phrase starts at
// token t0 is charged, in its clause, with failing to act ("of" and a
// word of [omission-verb] at most five words on): "Traders accused the
// security forces of standing by as the stalls burned", "accusing
// officers of looking on". Who let the deed happen is accused of that,
// not of doing it.
func (a *article) omissionCharged(t0 int32) bool {
	last := int32(a.sents[a.sentOf[t0]].Last)
	for k := t0; k+1 < last && k < t0+6 && !a.clauseBreak(k); k++ {
		if a.lowerWord(k) == "of" && omissionVerbs[a.lowerWord(k+1)] {
			return true
		}
	}
	return false
}

// counterCharge reports whether the cue of blame t is the second verb of
// a denier's: a verb of accusing ([accuse-verb]) joined by "and" to a
// verb of denial ([deny-verb]) in its clause, or after it past a comma
// as a participle, so that both share the denier as their subject ("A
// spokesman for the group denied involvement and blamed the army", "the
// Taliban denied responsibility, blaming intelligence agencies", "the rebels denied the charge and accused
// soldiers of the killings"). The one charged with the deed answers by
// charging another: the counter-charge is the denier's defence, no
// suspicion the story holds, and the charge it answers is what attributes
// the attack.
func (a *article) counterCharge(t term) bool {
	// t is a term: its last token is a word, never an inner hyphen
	if !a.spanIn(accuseVerbs, t.t0, t.t1) || a.lowerWord(t.t0-1) != "and" && !(a.lowerWord(t.t0-1) == "," && strings.HasSuffix(a.lowerWord(t.t1-1), "ing")) {
		return false // "denied involvement and blamed", "denied responsibility, blaming"
	}
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for k := t.t0 - 2; k >= first && k >= t.t0-10 && !a.clauseBreak(k); k-- {
		if denyVerbs[a.lowerWord(k)] {
			return a.negatedDenial(k) < 0 // "did not deny it and blamed the army" asserts no defence
		}
	}
	return false
}

// notRuledOut reports whether the force starting at token t0 stands in
// the scope of a negated cue of ruling out, within ten tokens after it
// and past no clause break but its complementiser: "police have not ruled
// out the involvement of the army", "he did not rule out uncontrolled
// elements in the army", "have not ruled out that they might have been
// members of the army". Not ruling a force out is holding it a suspect
// (negatedCue), as the cue is for a named group (attribution). The cue
// in the passive holds its subject the same way, the force then before
// it, within twelve tokens and in its clause: "the involvement of the
// army had not been ruled out", "a role for soldiers cannot be ruled
// out".
func (a *article) notRuledOut(t0 int32) bool {
	for _, t := range a.sentTerms(a.sentOf[t0]) {
		if t.p.Cat != lexicon.Attribution || !rulingOut(t) || a.negatedCue(t) {
			continue
		}
		if t.t0 > t0 && t.t0-t0 <= 12 && a.passiveBefore(t) && a.sameClause(t0, t.t0) {
			return true // "the involvement of the army has not been ruled out"
		}
		if t.t1 > t0 || t0-t.t1 > 10 {
			continue
		}
		from := t.t1
		if a.lowerWord(from) == "that" {
			from++ // "have not ruled out that they might have been"
		}
		if a.sameClause(from, t0) {
			return true
		}
	}
	return false
}

// unblamingWords make a cue of suspicion that holds one blame no one
// after it (blamedAfterCue): they name membership ("members of the
// security forces were killed": the force's men, not its deed).
var unblamingWords = lexicon.Words().Set("unblaming-word") // lexicon/words.txt

// assaultVerb reports whether token j is a verb of attack or of taking
// ground ("attacked", "raided", "stormed", "overran"), not of killing.
//
// A state force that attacks an armed side ("Troops backed by gunships
// attacked a Taliban base") began the battle: it is the clash's doer, as
// ACLED's first actor is the side that initiated the event, and what it
// attacked is its target. (GTD, which codes no state's deed, has no row
// for it.) A force told only killing armed men ("troops killed 23 rebels
// in a clash") or beating them back is a side that fought, not the one
// that began it: there the armed side is named as the clash's other doer.
func (a *article) assaultVerb(j int32) bool {
	w := a.lowerWord(j)
	if repelVerbs[w] || fightVerbs[w] || a.hasTerm(j, lexicon.Trigger, record.Clash) {
		return false
	}
	if attackVerbs[w] || groundVerbs[w] || w == "attacked" {
		return true
	}
	tm, ok := a.termAt(j, lexicon.Trigger)
	return ok && tm.t1 == j+1 && strings.HasSuffix(w, "ed") // "raided", "stormed", "shelled"
}

// assaultedByForce reports whether the armed side named at token t0 is
// the object of a state force's verb of attack (assaultVerb): "troops
// attacked a Taliban base", "Afghan forces stormed Taliban positions".
func (a *article) assaultedByForce(t0 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	for j := t0 - 1; j >= first && j >= t0-4; j-- {
		if a.clauseBreak(j) {
			return false
		}
		if a.assaultVerb(j) {
			return !a.passiveBefore(term{t0: j, t1: j + 1}) && a.stateForceBefore(j, first)
		}
	}
	return false
}

// bareForceAt reports whether a state force named without its country
// ends at token j, and where it starts: a noun of [bare-force] ("the
// army", "the air force", "soldiers"), or a craft or gun after a word of
// [force-modifier] ("a navy gunboat", "army helicopter gunships"). A
// force counted ("three soldiers"), named by its country (statesIn's) or
// belonging to the other side ("rebel soldiers") is not one.
func (a *article) bareForceAt(j, first int32) (int32, bool) {
	w := a.lowerWord(j)
	t0 := int32(-1)
	switch {
	case j > first && a.spanIn(bareForces, j-1, j+1):
		t0 = j - 1
	case bareForces[w] && j-1 > first && a.spanIn(forceModifiers, j-2, j):
		t0 = j - 2 // "air force troops"
	case bareForces[w] && j > first && forceModifiers[a.lowerWord(j-1)]:
		t0 = j - 1 // "Army soldiers", "government soldiers": the modifier makes the force the state's
	case bareForces[w]:
		t0 = j
	case forceCraft[w] || armedAgents[w] == record.RemoteViolence:
		k := j - 1
		for k > first && !forceModifiers[a.lowerWord(k)] && armedAgents[a.lowerWord(k)] == record.RemoteViolence {
			k-- // "army helicopter gunships"
		}
		switch {
		case k > first && a.spanIn(forceModifiers, k-1, k+1):
			t0 = k - 1
		case k >= first && forceModifiers[a.lowerWord(k)]:
			t0 = k
		}
	}
	if t0 < 0 || forceCompounds[a.lowerWord(j+1)] {
		return 0, false
	}
	if a.groupEndsAt(j) || t0-2 >= first && a.groupEndsAt(t0-2) {
		return 0, false // "the Arakan Army" is a group, "FMLN urban units" its own
	}
	if _, _, ok := a.possessor(t0, first); ok {
		return t0, true // "Syria's army"
	}
	if p := t0 - 1; p >= first {
		if a.cs == text.Mixed && a.toks[p].Kind == text.Word && a.toks[p].Has(text.Cap) && !a.sentenceInitial(p) && !determiners[a.lowerWord(p)] {
			return 0, false // a name: "Free Syrian Army", "FMLN TROOPS"
		}
		if a.toks[p].Kind == text.Num || a.isDemonym(p) || armedOpponents[a.lowerWord(p)] || a.groupEndsAt(p) ||
			a.hasTerm(p, lexicon.Party, "") || numberWords[a.lowerWord(p)] {
			return 0, false
		}
	}
	return t0, true
}

// determiners may stand capitalised before a force without making it a
// name: "THE AIR FORCE".
var determiners = lexicon.Words().Set("determiner") // lexicon/words.txt

// numberWords count a force: "two soldiers" are victims or a detail, not
// the force that struck.
var numberWords = lexicon.Words().Set("count-word") // lexicon/words.txt

// oneOfficeHolder reports whether the object of a force's killing verb
// ending before token end (strikeAfter's end) is one person named by
// their office: "soldiers shot dead a rebel commander", "police killed
// the militia's leader". One man of rank killed is no battle's toll, as
// "troops killed 23 rebels" is: the force that killed him did the deed,
// and is its doer.
func (a *article) oneOfficeHolder(end int32) bool {
	from := end
	if tm, ok := a.termAt(end-1, lexicon.Trigger); ok && tm.t1 > end {
		from = tm.t1 // "shot dead", "shot and killed": past the whole verb
	}
	last := int32(a.sents[a.sentOf[end-1]].Last)
	to := min(last, from+6)
	if w := a.lowerWord(from); w != "a" && w != "an" && w != "the" {
		return false // "two rebel commanders", "rebels": counted or many
	}
	for j := from + 1; j < to && !a.clauseBreak(j); j++ {
		if tm, ok := a.termAt(j, lexicon.Title); ok {
			w := a.lowerWord(tm.t1 - 1)
			return tm.p.Value == "leader" && !strings.HasSuffix(w, "s") // one, not "the rebel leaders"
		}
		if eventPreps[a.lowerWord(j)] {
			return false
		}
	}
	return false
}

// killsArmed reports whether the object of a force's attack or casualty
// verb, in tokens [from, to), is the armed side ("troops killed six of
// the attackers", "attacked the insurgents"): the force fought back or
// fought a clash, whose perpetrator it is not.
func (a *article) killsArmed(from, to int32) bool {
	for j := from; j < to && !a.clauseBreak(j); j++ {
		if a.word(j+1) == "-" || a.word(j+1) == "‑" {
			continue // "rebel-held districts": where, not whom
		}
		if tm, ok := a.termAt(j+1, lexicon.Target); ok && tm.p.Value != "military" && tm.p.Value != "security_forces" &&
			!forceCompounds[a.lowerWord(j+1)] {
			continue // "FMLN hospitals", "rebel villages": the armed side's people and places
		}
		if armedOpponents[a.lowerWord(j)] || a.hasTerm(j, lexicon.Party, record.Perpetrators) || a.groupEndsAt(j) {
			return true
		}
	}
	return false
}

// craft reports whether the force ending at token j strikes from afar: a
// craft or a gun ("a navy gunboat", "army artillery", "the air force").
func (a *article) craft(j int32) bool {
	return forceCraft[a.lowerWord(j)] || armedAgents[a.lowerWord(j)] == record.RemoteViolence ||
		j > 0 && a.spanOf(armedAgents, j-1, j+1) == record.RemoteViolence
}

// agentOfPassive reports whether the force starting at token t0 follows
// "by" (past an article) after a casualty or attack word: "were shot dead
// by soldiers", "killed by government troops", "bombing by the air
// force".
func (a *article) agentOfPassive(t0, first int32) bool {
	j := t0 - 1
	if articleWords[a.lowerWord(j)] {
		j--
	}
	if j-1 > first && a.lowerWord(j) == "of" && memberNouns[a.lowerWord(j-1)] {
		// "shot dead by members of the security forces", "by a member of
		// the police": the force's members are the force acting
		j -= 2
		if w := a.lowerWord(j); w == "a" || suspicionHedges[w] {
			j--
		}
	}
	if j < first || a.lowerWord(j) != "by" {
		return false
	}
	// "was shot dead on Monday by police": the day between dates the
	// verb, and the agent after it is still the verb's
	j = a.dayBefore(j, first)
	for k := j - 1; k >= first && k >= j-3; k-- {
		if a.isCasualtyWord(k) || a.hasTerm(k, lexicon.Trigger, "") {
			// "before being shot dead by soldiers", "before being shot to
			// death by security forces": the attacker, stopped
			for b := k - 1; b >= first && b >= k-3 && a.toks[b].Kind == text.Word; b-- {
				if a.lowerWord(b) == "being" {
					return false
				}
			}
			return true
		}
		if a.toks[k].Kind == text.Punct {
			return false
		}
	}
	return false
}

// dayBefore returns the first token of the day phrase that ends right
// before token j ("on Monday", "late on Tuesday", "yesterday"), or j when
// none does: pastDay read backwards.
func (a *article) dayBefore(j, first int32) int32 {
	k := j
	for k-1 >= first && a.inDate(k-1) {
		k--
	}
	if k == j {
		return j
	}
	for k-1 >= first {
		if !dayLeads[a.lowerWord(k-1)] {
			break
		}
		k--
	}
	return k
}

// attackerFell reports whether the passive casualty verb whose agent is
// the force starting at token t0 (agentOfPassive) has an attacker for its
// subject ("Knife attacker shot dead by French police"), or a pronoun
// that stands for one (pronounForAttacker: "He was then shot dead by
// Turkish security forces" after "The gunman ... opened fire"): the force
// stopped the attack, it did not make it.
func (a *article) attackerFell(t0, first int32) bool {
	for k := t0 - 1; k >= first && k >= t0-12; k-- {
		if a.clauseBreak(k) {
			return false
		}
		if a.hasTerm(k, lexicon.Party, record.Perpetrators) || a.pronounForAttacker(k) {
			return true
		}
	}
	return false
}

// attackerPronouns may stand for an attacker named before them ("he",
// "they"): pronounForAttacker.
var attackerPronouns = lexicon.Words().Set("attacker-pronoun") // lexicon/words.txt

// pronounForAttacker reports whether the pronoun at token j stands for
// the attacker: the last sentence before it that names a party, within
// the six before its own, names a doer's noun ("The gunman, a 22-year-old
// off-duty policeman, shouted as he opened fire. ... He was then shot
// dead"; the apposition's "policeman" is the gunman). A pronoun reaches
// back to whom the story told last, past a definite "the man" that stands
// for the same one (personAnaphor); a victim is no party, so "a day after
// he was shot dead by an off-duty police officer", with no doer told
// before it, keeps its agent.
func (a *article) pronounForAttacker(j int32) bool {
	if !attackerPronouns[a.lowerWord(j)] {
		return false
	}
	si := a.sentOf[j]
	for s := si; s >= max(0, si-6); s-- {
		named, doer := false, false
		for _, tm := range a.sentTerms(s) {
			if tm.t1 <= j && tm.p.Cat == lexicon.Party && !a.personAnaphor(tm) {
				named, doer = true, doer || tm.p.Value == record.Perpetrators
			}
		}
		if named {
			return doer
		}
	}
	return false
}

// personAnaphors name a person without saying who ("man", "woman"): after
// "the" they stand for someone told before, as a pronoun does
// (personAnaphor).
var personAnaphors = lexicon.Words().Set("person-anaphor") // lexicon/words.txt

// personAnaphor reports whether the party term tm is "the" before a noun
// of personAnaphors ("“They will,” the man went on to say"): the one told
// before, not a new party.
func (a *article) personAnaphor(tm term) bool {
	return tm.t1 == tm.t0+1 && a.lowerWord(tm.t0-1) == "the" && personAnaphors[a.lowerWord(tm.t0)]
}

// subjectStops end craftBombing's search back for the subject of a
// bombing word: a passive ("was bombed", "bombed by") or a preposition
// whose object stands before it ("bombs on the town").
var subjectStops = lexicon.Words().Set("subject-stop") // lexicon/words.txt

// craftBombing reports whether the bombing word t tells of bombs a craft
// dropped or fired, which is remote violence, not a planted bomb: a
// remote-violence agent is its subject ("the air force has bombed",
// "planes dropped bombs on"), or a state's force is the subject of
// "bombed" ("the armed forces bombed the hills"), or a craft follows "by"
// ("bombing by the air force").
func (a *article) craftBombing(t term) bool {
	if t.p.Value != record.Bombing {
		return false
	}
	if !bombWords[a.lowerWord(t.t0)] {
		return false // "car bomb", "explosion": a bomb that was set
	}
	s := a.sents[a.sentOf[t.t0]]
	first, last := int32(s.First), int32(s.Last)
	aux := a.progressiveAux(t.t0) // "Libyan forces are still bombing the airstrip" (fill_war.go)
	for j := t.t0 - 1; j >= first && j >= t.t0-5; j-- {
		w := a.lowerWord(j)
		if j >= aux {
			continue
		}
		if a.clauseBreak(j) || subjectStops[w] {
			break
		}
		if typ, ok := a.agentAt(j); ok {
			// "the armed forces bombed the hills": an army bombs from the air
			return typ == record.RemoteViolence || (a.lowerWord(t.t0) == "bombed" || aux < t.t0) && a.stateForceBefore(aux, first)
		}
	}
	if a.lowerWord(t.t1) == "by" {
		typ, ok := a.agentAfter(t.t1+1, min(last, t.t1+5))
		return ok && typ == record.RemoteViolence
	}
	return false
}

// foreignForceIn reports whether the object of a state force's attack, in
// tokens [from, to) of its clause, is another state's armed side: a
// demonym before a noun of [enemy-force] ("attacked Eritrean positions",
// "raided Iraqi lines").
func (a *article) foreignForceIn(from, to int32) bool {
	for j := from; j < to; j++ {
		if a.clauseBreak(j) || a.lowerWord(j) == "by" || a.lowerWord(j) == "with" {
			return false
		}
		if a.isDemonym(j) && enemyForces[a.lowerWord(j+1)] {
			return true
		}
	}
	return false
}

// defends reports whether the verb at token j, past an auxiliary, tells
// of a force meeting an attack rather than making one: "its troops
// repulsed the attack", "its forces fought off", "beat back".
func (a *article) defends(j int32) bool {
	if subjectAdverbs[a.lowerWord(j)] {
		j++ // "its troops had repulsed", "its forces again fought off"
	}
	w := a.lowerWord(j)
	return a.repelVerbAt(j) || fightVerbs[w] || a.lowerWord(j+1) == "off" // "beat back", "fought off"
}

// craftEnd extends a force's name ending before token j over the craft
// nouns that follow, within the sentence, when the name itself ends in a
// craft ("helicopter gunships"); a force named as such keeps its name
// ("the Nigerian air force", not "... air force jets": the jets are what
// it struck with).
func (a *article) craftEnd(j int32) int32 {
	last := int32(a.sents[a.sentOf[j-1]].Last)
	for j < last && armedAgents[a.lowerWord(j-1)] == record.RemoteViolence && armedAgents[a.lowerWord(j)] == record.RemoteViolence {
		j++
	}
	return j
}

// possessor finds the country whose force starts at token t0 by the
// possessive before it ("Syria's army", "Iran's navy"), and returns where
// the country's name starts and its code.
func (a *article) possessor(t0, first int32) (int32, string, bool) {
	if t0-2 <= first || !a.possessiveAt(t0-2) {
		return 0, "", false
	}
	lo, hi := a.placeRange(max(first, t0-8), t0-2)
	for k := lo; k < hi; k++ {
		if m := &a.places[k]; m.t1 == t0-2 && m.country && !m.demonym && m.chosen != nil {
			return m.t0, m.chosen.CountryCode, true
		}
	}
	return 0, "", false
}

// repels reports whether the attack word t is a verb of beating back an
// attack ("repelled", "repulsed"). A state force beating back an armed
// side's attack ("troops repelled an Iranian attack", "repelled an attack
// by two columns of rebel fighters") is a battle of two armed sides, a
// clash, as ACLED codes it: both fought, and the defenders' deed is the
// sentence's.
func (a *article) repels(t term) bool {
	return repelVerbs[a.lowerWord(t.t1-1)]
}

// repelledBefore reports whether the attack noun t is an armed side's,
// the object of a verb of beating back a few words before it: another
// state's ("repelled an Iranian attack", "repulsed an Iraqi
// counter-offensive") or an armed agent's after "by" ("repelled an attack
// by rebels"). An attack repelled whose doer is not said ("repelled an
// attack on the station") is left the attackers' assault.
func (a *article) repelledBefore(t term, first int32) bool {
	for j := t.t0 - 1; j >= first && j >= t.t0-4; j-- {
		if a.clauseBreak(j) {
			return false
		}
		if a.repels(term{t0: j, t1: j + 1}) {
			return a.demonymIn(j+1, t.t0) || a.doerAfterBy(t)
		}
	}
	return false
}

// repelledDoer reports whether the actor starting at token t0 is named
// after "by" as the doer of an attack beaten back ("troops repelled an
// attack by Houthi fighters"): the defenders accuse it of the attack, as
// a communiqué accuses the state whose attack it repelled, so it is
// blamed like any named attacker, not a mere side of the clash.
func (a *article) repelledDoer(t0 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	for j := t0 - 1; j > first && j >= t0-4 && !a.clauseBreak(j); j-- {
		if a.lowerWord(j) == "by" {
			n := term{t0: j - 1, t1: j}
			return attackNouns[a.lowerWord(j-1)] && a.repelledBefore(n, first)
		}
	}
	return false
}

// armedDoerAfter reports whether an attack noun in tokens [from, to), the
// object of a verb of beating back, has an armed doer after "by":
// "repelled an attack by Houthi fighters".
func (a *article) armedDoerAfter(from, to int32) bool {
	for j := from; j < to && !a.clauseBreak(j); j++ {
		if attackNouns[a.lowerWord(j)] {
			return a.doerAfterBy(term{t0: j, t1: j + 1})
		}
	}
	return false
}

// doerAfterBy reports whether an armed agent follows the attack noun t
// after "by", past a count and a name: "an attack by two columns of rebel
// fighters".
func (a *article) doerAfterBy(t term) bool {
	if a.lowerWord(t.t1) != "by" {
		return false
	}
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	_, ok := a.agentAfter(t.t1+1, min(last, t.t1+1+roleWindow))
	return ok
}

// demonymIn reports whether a demonym stands in tokens [from, to).
func (a *article) demonymIn(from, to int32) bool {
	for j := from; j < to; j++ {
		if a.isDemonym(j) {
			return true
		}
	}
	return false
}

// foreignCaptures returns the verbs of capture or killing in sentence si
// by which a state force takes or kills another state's positions or men
// ("Iran said its forces captured 12 Iraqi positions", "its troops
// killed 40 Iraqi soldiers"), or takes ground ("its forces had captured
// an important defensive line"; an armed group too: "rebels captured the
// town"): a battle, a clash, though no attack word is written. Words
// seen already are left alone; seen is only read, and may be nil.
func (a *article) foreignCaptures(si int32, seen map[int32]bool) []term {
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	var out []term
	for j := first; j < last; j++ {
		if w := a.lowerWord(j); seen[j] || !groundVerbs[w] && !(a.hasTerm(j, lexicon.Kill, "") && w == "killed") {
			continue // "its troops killed 40 Iraqi soldiers" is a battle too
		}
		t := term{t0: j, t1: j + 1}
		if !a.asserted(j) || a.passiveBefore(t) {
			continue
		}
		foreign := a.foreignForceIn(j+1, min(last, j+5))
		ground := a.lowerWord(j) != "killed" && a.groundIn(j+1, min(last, j+5))
		if !foreign && !ground {
			continue
		}
		if a.stateForceBefore(j, first) || a.ownForceBefore(j, first) {
			out = append(out, term{t0: j, t1: j + 1, p: roleTriggers[record.Clash]})
		} else if _, armed := a.agentBefore(j, first); armed && ground {
			out = append(out, term{t0: j, t1: j + 1, p: roleTriggers[record.Clash]}) // "rebels captured the town"
		}
	}
	return out
}

// groundNouns are what an armed side holds and another takes: "captured
// an important defensive line", "seized two hilltop positions".
var groundNouns = lexicon.Words().Set("ground-noun") // lexicon/words.txt

// groundIn reports whether the object in tokens [from, to) of a verb of
// capture is ground, not people: its first noun of [ground-noun], past a
// determiner, a number and adjectives, before any party ("captured 40
// soldiers" is a capture of men).
func (a *article) groundIn(from, to int32) bool {
	for j := from; j < to; j++ {
		if a.clauseBreak(j) || a.toks[j].Kind != text.Word || a.hasTerm(j, lexicon.Party, "") {
			return false
		}
		if groundNouns[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// ownForceBefore reports whether a force a pronoun owns ("its forces",
// "their troops") is the subject right before token t.
func (a *article) ownForceBefore(t, first int32) bool {
	for j := t - 1; j > first && j >= t-3; j-- {
		if _, ok := a.agentAt(j); ok || forceNouns[a.lowerWord(j)] {
			w := a.lowerWord(j - 1)
			return w == "its" || w == "their"
		}
	}
	return false
}

// pastSaying returns the token after what may stand between a verb of
// saying and what was said: "that", a day ("said on Thursday its
// warplanes", "said today that"), "in a statement".
func (a *article) pastSaying(j, last int32) int32 {
	for n := 0; n < 6 && j < last; n++ {
		switch w := a.lowerWord(j); {
		case w == "that" || dayLeads[w]:
			j++
		case a.inDate(j):
			j++
		default:
			return j
		}
	}
	return j
}

// sayingAfter returns, for a state's report verb ending before token
// from, the token after the ", saying" that goes on with what the same
// subject says ("Iran reported major gains near Basra, saying its forces
// had captured a defensive line"), past pastSaying's words; or from when
// the clause has none.
func (a *article) sayingAfter(from, last int32) int32 {
	for k := from; k+1 < last; k++ {
		if stateSayings[a.lowerWord(k)] {
			return from // another saying: its subject speaks
		}
		if a.lowerWord(k) == "saying" && a.word(k-1) == "," {
			return a.pastSaying(k+1, last)
		}
	}
	return from
}

// ownCommunique reports whether sentence si is the state's own word for
// what its force did: the speaker before the verb of saying bears the
// same country ("An Iraqi military communique said Iraqi planes
// attacked ..."), so the report is its claim. It returns the verb's span.
// An unnamed official voice lent the dateline's state (speakerVoice)
// claims only a deed its force, ending before token t1, did
// (activeDeedAfter): "Iraqi troops came under attack ..., a military
// spokesman said" tells of the troops as the ones attacked.
func (a *article) ownCommunique(si int32, state string, t0, t1 int32) (int, int, bool) {
	if state == "" {
		return 0, 0, false
	}
	s := a.sents[si]
	from := int32(s.First) // the speaker stands between the last saying and this one
	for v := from + 1; v < t0; v++ {
		if !stateSayings[a.lowerWord(v)] {
			continue
		}
		lo, hi := a.placeRange(from, v)
		for k := lo; k < hi; k++ {
			if m := &a.places[k]; (m.demonym || m.country) && m.chosen != nil && m.chosen.CountryCode == state && a.mayVoice(k) {
				c0, c1 := a.span(v, v+1)
				return c0, c1, true
			}
		}
		if st, official := a.speakerVoice(from, v); st == state && (!official || a.activeDeedAfter(t1)) {
			c0, c1 := a.span(v, v+1)
			return c0, c1, true // "IRNA said Iranian troops inflicted ...": its state's agency
		}
		from = v + 1
	}
	if v, ok := a.trailingVoice(si, t0); ok && v.state == state && (!v.official || a.activeDeedAfter(t1)) {
		c0, c1 := a.span(v.verb, v.verb+1)
		return c0, c1, true // "Iraqi warplanes hit two tankers, the Iraqi news agency said" (fill_war.go)
	}
	return 0, 0, false
}

// activeDeedAfter reports whether the force ending before token t1 is
// the subject of an active verb of attack or fighting: "Iraqi planes
// bombed", "Iraqi troops clashed with"; not "came under attack" nor
// "were shot down by", which it suffered. A day between them is
// skipped: "Iraqi warplanes today raided", "soldiers on Monday attacked".
func (a *article) activeDeedAfter(t1 int32) bool {
	for last := int32(a.sents[a.sentOf[t1-1]].Last); t1+1 < last && (a.inDate(t1) || a.inDate(t1+1) && a.lowerWord(t1) == "on"); {
		t1++
	}
	if _, _, ok := a.strikeAfter(t1); ok {
		return true
	}
	w := a.lowerWord(t1)
	return strings.HasSuffix(w, "ed") && (fightVerbs[w] || a.hasTerm(t1, lexicon.Trigger, record.Clash))
}

// pastAside returns the token after an aside set off by commas that
// opens at token j with a participle of [aside-participle] ("Government
// troops, backed by artillery and using mortars, shelled", "THE AIR
// FORCE, USING HELICOPTER GUNSHIPS ..., HAS BOMBED"): the subject's verb
// follows it.
func (a *article) pastAside(j, last int32) (int32, bool) {
	if a.word(j) != "," || !asideParticiples[a.lowerWord(j+1)] {
		return 0, false
	}
	for k := j + 2; k < last && k <= j+asideWords; k++ {
		if a.word(k) == "," {
			return k + 1, k+1 < last
		}
		if a.toks[k].Kind == text.Punct && a.word(k) != "-" {
			return 0, false
		}
	}
	return 0, false
}

// asideParticiples open an aside about how a force went about its deed;
// asideWords is how long such an aside may run.
var asideParticiples = lexicon.Words().Set("aside-participle") // lexicon/words.txt

const asideWords = 14

// relativePronounAt returns the token after the pronoun of a relative
// clause set off by a comma or a dash at token j ("the army, which
// murdered", "THE ARMY--WHICH MURDERED"), where the clause's verb stands:
// the pronoun is its subject and stands for the noun before it.
func (a *article) relativePronounAt(j, last int32) (int32, bool) {
	k := j
	if a.word(k) == "," {
		k++
	} else {
		for k < last && a.isDash(k) {
			k++
		}
	}
	if p := a.lowerWord(k); k == j || k+1 >= last || p != "which" && p != "who" {
		return j, false
	}
	return k + 1, true
}

// pastCoordinated returns the token after a craft or force coordinated
// with the one ending before j ("MILITARY PLANES AND HELICOPTER GUNSHIPS
// BOMBED") or backing it ("Troops backed by helicopter gunships
// attacked"), or j: the verb after both is the first one's too. The
// pronoun of a relative clause set off after the force stands for it, so
// the verb after the pronoun is the force's as well ("the Salvadoran
// army, which murdered their colleagues").
func (a *article) pastCoordinated(j, last int32) int32 {
	if k, ok := a.relativePronounAt(j, last); ok {
		return k // "the Salvadoran army, which murdered"
	}
	if k, ok := a.pastAside(j, last); ok {
		return k // "Government troops, backed by artillery and using mortars, shelled"
	}
	k := j + 1
	if a.backedBy(j) {
		k = j + 2 // the backers are no doers of their own (backing)
		if articleWords[a.lowerWord(k)] {
			k++
		}
	} else if a.lowerWord(j) != "and" {
		return j
	}
	start := k
	for k < last && k < j+4 && (armedAgents[a.lowerWord(k)] != "" || forceCraft[a.lowerWord(k)] || bareForces[a.lowerWord(k)] ||
		forceModifiers[a.lowerWord(k)]) {
		k++
	}
	if k == start {
		return j
	}
	return k
}

// namedShips returns the state force that sentence si, one of the
// incident's, names by a craft's noun before its ships' names, the subject
// of a strike or of firing: "the destroyers Kidd, Young, Leftwich and Hoel
// fired about 1,000 rounds". Ships named so carry no flag in the sentence;
// whose navy they are is said by who tells of them (shipsTeller): the
// state whose official reports its own ships' deed, which is its claim.
// Only mixed-case text tells a ship's name by its capital.
func (f *filler) namedShips(si int32) []actorCand {
	a := f.a
	if !f.isMention(si) || a.cs != text.Mixed {
		return nil
	}
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	for j := first + 1; j+1 < last; j++ {
		if armedAgents[a.lowerWord(j)] != record.RemoteViolence || a.lowerWord(j-1) != "the" || !a.toks[j+1].Has(text.Cap) {
			continue // names in apposition follow the definite craft: "the destroyers Kidd, ..."
		}
		end := a.namesAfter(j+1, last)
		if end == j+1 {
			continue // "the warplanes Monday raided": no ship named
		}
		if _, _, ok := a.strikeAfter(end); !ok && !fireVerbs[a.lowerWord(end)] {
			continue
		}
		state, name, v0, v1, ok := a.shipsTeller(first, j)
		if !ok || a.stateStruckIn(state, end, last) {
			continue // "Iranian Defence Minister ... said the destroyers Kidd and Young fired on Iranian gunboats": the teller's side was struck
		}
		c := actorCand{kind: "state", state: state, attr: record.Claimed}
		c.b0, c.b1 = a.span(j, end)
		c.name = name + " " + a.displayName(c.b0, c.b1)
		c.c0, c.c1 = v0, v1
		return []actorCand{c}
	}
	return nil
}

// stateStruckIn reports whether tokens [from, to) name the state of code
// state, by its name or demonym, as what a strike hit (struckObject): a
// state that tells of ships firing on its own boats tells of an enemy's
// ships, whose flag the sentence does not give.
func (a *article) stateStruckIn(state string, from, to int32) bool {
	lo, hi := a.placeRange(from, to)
	for k := lo; k < hi; k++ {
		if a.stateOf(k) == state && a.struckObject(a.places[k].t0) {
			return true
		}
	}
	return false
}

// namesAfter returns the token past the list of capitalised names that
// starts at token j and is joined by commas and "and" ("Kidd, Young,
// Leftwich and Hoel"), or j when no name starts there (namesBefore's
// list, read forward). A day's name is no ship's.
func (a *article) namesAfter(j, last int32) int32 {
	end := j
	for k := j; k < last && k < j+12; k++ {
		if a.toks[k].Kind == text.Word && a.toks[k].Has(text.Cap) && !a.inDate(k) {
			end = k + 1 // "Monday" is when, not a ship
		} else if w := a.word(k); (w != "," && w != "and") || end != k {
			break
		}
	}
	return end
}

// shipsTeller finds, before the craft at token j, the saying of an
// official of a state (a word of [official-voice], [state-organ] or,
// with the state's name, [state-speaker]: organSpeaks) and returns the
// state, the name the story gives it, and the span from the speaker to
// its verb: "U.S. Defense Secretary Caspar Weinberger told a Pentagon news
// conference the destroyers ... fired", "The Pentagon said the frigates
// ... fired" under WASHINGTON. A saying that denies claims nothing.
func (a *article) shipsTeller(first, j int32) (state, name string, c0, c1 int, ok bool) {
	last := int32(a.sents[a.sentOf[j]].Last)
	for v := j - 1; v > first; v-- {
		if !sayVerbs[a.lowerWord(v)] {
			continue
		}
		state = a.namedSpeaker(first, v)
		if state == "" {
			state = a.datelineState()
		}
		if state == "" || a.negatedAfter(v, last) {
			return "", "", 0, 0, false
		}
		from, ok := a.organSpeaks(first, v, state, a.datelineState())
		if !ok {
			return "", "", 0, 0, false
		}
		name = a.stateName(state, from, v)
		c0, _ = a.span(from, v)
		_, c1 = a.span(v, v+1)
		return state, name, c0, c1, true
	}
	return "", "", 0, 0, false
}

// stateName returns how tokens [from, v) name the state of code state
// ("U.S."), or the gazetteer's name of that country when they name none
// ("The Pentagon said").
func (a *article) stateName(state string, from, v int32) string {
	lo, hi := a.placeRange(from, v)
	for k := lo; k < hi; k++ {
		if m := &a.places[k]; !m.dateline && a.stateOf(k) == state {
			b0, b1 := a.span(m.t0, m.t1)
			return a.displayName(b0, b1)
		}
	}
	if cf, ok := a.x.gaz.Country(state); ok {
		return cf.Name
	}
	return state
}

// foughtForces returns the state forces that sentence si, one of the
// incident's, tells as the subject of an active verb that fights the
// armed side, in a clash: a verb of killing whose object is armed men
// ("police killed three of the armed men"), a verb of battle with "with"
// and the armed side ("soldiers clashed with about 16 rebels"), or a verb
// of [engage-verb] ("troops intercepted a group"). Beating back an attack
// is none of these. In an incident of another type, the killing must be
// told as done in a fight ("Tunisian security forces killed seven more
// gunmen on Wednesday in clashes around the town": fightAfter); a force
// that only killed the attackers of an assault ("troops killed all ten
// militants who stormed the terminal") fought no clash. Such a force
// fought the battle as the armed side did, and when its own side tells of
// the fight (forceClaims, ownSideClaims, governmentClaims: "..., the army
// said") the telling is its claim, as conflict data list a state force
// by its own account of a fight beside the armed men it fought:
// perpetrators keeps it only then (fought), and the armed side stays
// named beside it (side). A force that began the fight by a verb of
// assault is raidingForce's and forceAgents'.
func (f *filler) foughtForces(si int32) []actorCand {
	a := f.a
	if !f.isMention(si) {
		return nil
	}
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	var out []actorCand
	for j := first; j < last; j++ {
		t0, state, ok := a.forceNameEndingAt(j, first)
		if !ok || a.struckObject(t0) || a.allegianceBefore(t0) || a.partyModifies(t0, first) {
			continue
		}
		v := a.pastCoordinated(a.pastAllegiance(a.pastLocative(a.pastForceMen(j+1), last), last), last)
		end, ok := a.fightsArmed(v, last)
		if !ok || !f.clash && !a.fightAfter(end, last) {
			continue
		}
		c := actorCand{kind: "state", state: state, attr: record.Suspected, side: true, fought: true}
		c.b0, c.b1 = a.span(t0, j+1)
		c.name = a.displayName(c.b0, c.b1)
		if v0, v1, self := a.selfReport(si, t0, j+1); self {
			c.attr = record.Claimed // "the army said its troops killed 30 militants"
			c.c0, c.c1 = a.span(v0, v1)
		}
		out = append(out, c)
		j = end
	}
	return out
}

// forceNameEndingAt finds a state force whose name ends at token j of
// the sentence opening at first, and where the name starts and the
// country code its demonym or possessor gives, if any: a force named
// without its country (bareForceAt: "troops", "the army"), a word of the
// security forces ("police", "security forces"), or either after a
// demonym ("Tunisian security forces", "Indian troops").
func (a *article) forceNameEndingAt(j, first int32) (int32, string, bool) {
	if t0, ok := a.bareForceAt(j, first); ok {
		_, cc, _ := a.possessor(t0, first)
		return t0, cc, true
	}
	t0 := int32(-1)
	if tm, ok := a.termEndingAt(j+1, lexicon.Party); ok && tm.p.Value == record.SecurityForces && tm.t0 >= first {
		t0 = a.forceNameStart(tm.t0, first)
	} else if forceNouns[a.lowerWord(j)] && j > first && a.isDemonym(j-1) {
		t0 = j
	}
	if t0 < 0 || a.groupEndsAt(j) {
		return 0, "", false
	}
	lo, hi := a.placeRange(max(first, t0-4), t0)
	for k := lo; k < hi; k++ {
		if m := &a.places[k]; m.demonym && m.t1 == t0 && m.chosen != nil && !a.inProxy(m.t0, m.t1) {
			return m.t0, m.chosen.CountryCode, true // "Tunisian security forces"
		}
	}
	return t0, "", true
}

// fightsArmed reports whether the verb at token v, after a force, fights
// the armed side in the active voice (foughtForces), and returns the end
// of the verb's phrase: it kills armed men ("killed seven more gunmen"),
// battles with them ("clashed with about 16 rebels", "fought with
// militants") or engages them ([engage-verb]: "intercepted a group"). A
// verb of assault began the fight and is left to the rules of the side
// that attacked (assaultVerb).
func (a *article) fightsArmed(v, last int32) (int32, bool) {
	if end, remote, ok := a.strikeAfter(v); ok {
		return end, !remote && a.killsArmed(end, min(last, end+6)) && !a.assaultVerb(end-1)
	}
	for n := 0; n < 3 && v < last && (adverbs[a.lowerWord(v)] || subjectAdverbs[a.lowerWord(v)] || a.inDate(v)); n++ {
		v++ // "soldiers on Friday clashed with"
	}
	if v+1 >= last || a.passiveBefore(term{t0: v, t1: v + 1}) || !a.asserted(v) {
		return 0, false
	}
	w := a.lowerWord(v)
	if (fightVerbs[w] || a.hasTerm(v, lexicon.Trigger, record.Clash)) && a.lowerWord(v+1) == "with" {
		return v + 2, a.killsArmed(v+2, min(last, v+8)) // "clashed with about 16 rebels"
	}
	return v + 1, engageVerbs[w] && a.toks[v+1].Kind == text.Word
}

// fightAfter reports whether the clause of a force's verb ending before
// token end tells the deed as done in a fight: a clash word after "in" or
// "during" within a few words ("killed seven more gunmen on Wednesday in
// clashes around Ben Guerdane", "killed two suspected Zetas in a
// shootout"), or the force's own assault in a clause of time whose
// subject is its pronoun ("police killed nine militants when they stormed
// a flat": the force raided the armed men, and they fought).
func (a *article) fightAfter(end, last int32) bool {
	for k := end; k+1 < last && k < end+10; k++ {
		switch w := a.lowerWord(k); {
		case w == "when" || w == "as":
			if p := a.lowerWord(k + 1); p == "they" || p == "it" {
				return k+2 < last && a.assaultVerb(k+2) // "when they stormed a flat"
			}
			return false
		case a.clauseBreak(k):
			return false
		case w == "in" || w == "during":
			for m := k + 1; m < last && m <= k+3; m++ {
				if a.hasTerm(m, lexicon.Trigger, record.Clash) {
					return true
				}
			}
		}
	}
	return false
}

// engageVerbs tell of a force meeting armed men in a fight it went out
// to: "troops intercepted a group trying to cross" (foughtForces).
var engageVerbs = lexicon.Words().Set("engage-verb") // lexicon/words.txt
