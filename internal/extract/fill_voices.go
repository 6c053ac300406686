package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// Voices: who tells of the attack and what that telling makes of the
// actor it names. A group or a state speaking of its own deed claims it
// (selfReport, claimsDeed); one speaking of a deed it suffered or answers
// is its victim (victimReport, answersDeed, sufferedFrom); a speaker, a
// commenter or a mouthpiece is no doer for being named (speaker,
// actorVerb). The perpetrator filler (fill_perpetrators.go) asks these.

// voiceClaims reports whether the group at tokens [t0, t1) is named as
// the one its voice speaks for ("a woman speaking on behalf of G", "a
// communique from G") in a sentence in which that voice claims the
// attack: "a caller speaking on behalf of G called a radio station to
// claim responsibility". The voice's verb makes the group look like a
// mere speaker; the claim is the group's all the same.
func (a *article) voiceClaims(si, t0, t1 int32) bool {
	j := t0 - 1
	if a.lowerWord(j) == "the" {
		j--
	}
	if !a.mouthpieceOf(j) {
		return false
	}
	attr, c0, c1 := a.attribution(si, t0, t1)
	if attr != record.Claimed || c1 == 0 {
		return false
	}
	// no other group stands between: "a spokesman for G said H claimed
	// the attack" is H's claim
	_, b1 := a.span(t0, t1)
	lo, hi := a.groupRange(b1, c0)
	return lo == hi
}

// afterFrame reports whether a frame term of value v stands within five
// tokens before t in its sentence.
func (a *article) afterFrame(t int32, v string) bool {
	for j := t - 1; j >= int32(a.sents[a.sentOf[t]].First) && j >= t-5; j-- {
		if a.hasTerm(j, lexicon.Frame, v) {
			return true
		}
	}
	return false
}

// displayName returns src[b0:b1] as a name: capitals restored in text
// written in capitals or lower case.
func (a *article) displayName(b0, b1 int) string {
	name := a.src[b0:b1]
	if a.cs == text.Mixed {
		return name
	}
	return titleCase(name)
}

// speaker reports whether the actor at tokens [t0, t1) speaks rather than
// acts: followed by a verb of saying or accusing ("the Tajik government
// accused", "Israeli officials said", "the army blamed the Tigers", its
// officer by title and name: "ISAF commander General Peter Lindqvist
// said"), not a headline's passive ("Boko Haram blamed for attack").
func (a *article) speaker(t0, t1 int32) bool {
	j := t1
	if e := a.appositionEnd(t1); e > t1 && !a.deedAt(t1, e) && !a.setIn(claimVerbs, t1, e) {
		// past a relative or appositive clause that tells no deed: "The
		// Taliban, who took control of the capital on Aug. 15, condemned
		// the bombing"
		j = e
	}
	if mouthpieces[a.lowerWord(j)] && a.capWord(j+1) {
		j++ // "ISAF commander General Peter Lindqvist said": the actor's officer speaks, past the title before the name
	}
	for n := 0; n < 4 && int(j) < len(a.toks) && a.capWord(j) && !a.speechVerb(j) && a.sentOf[j] == a.sentOf[t0]; n++ {
		j++ // the speaker's name after a title: "French Defence Minister Andre Giraud said"
	}
	if w := a.lowerWord(j); w == "has" || w == "have" || w == "had" || w == "also" {
		j++
	}
	if a.asSaying(j) {
		j++ // "state media quoted the military as saying": the one quoted speaks
	}
	// a claim is no mere saying: "G claimed responsibility", "G claimed
	// the ambush"
	w := a.lowerWord(j)
	if accuseVerbs[w] {
		next := a.lowerWord(j + 1)
		return next != "of" && next != "for" && next != "in" && next != "over"
	}
	return reportVerbs[w] && !a.hasTerm(j, lexicon.Attribution, "") && !a.claimsDeed(j) || speakVerbs[w] || a.deniesOthersDeed(j)
}

// deniesOthersDeed reports whether token j is a verb of denial whose
// "that" clause has an armed agent of its own for subject, not one of the
// denier's ("Tuareg rebels denied that the army had bombed the market"):
// the denier speaks of another's deed, as one who says does, and is no
// doer of it. "Denied that its fighters", "denied that it was involved"
// and "denied any involvement" deny the denier's own part.
func (a *article) deniesOthersDeed(j int32) bool {
	if !denyVerbs[a.lowerWord(j)] || a.negatedDenial(j) >= 0 {
		return false
	}
	k := j + 1
	if a.lowerWord(k) == "that" {
		k++
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	for n := 0; k < last && n < 4 && !a.clauseBreak(k); n, k = n+1, k+1 {
		w := a.lowerWord(k)
		if ownPronouns[w] || subjectPronoun(w) {
			return false
		}
		if _, ok := a.agentAt(k); ok {
			return true
		}
	}
	return false
}

// speechVerb reports whether token j is a verb of saying, reporting,
// accusing or condemning. It ends the capitalised name that may follow a
// speaker's title, because a headline capitalises its verb too:
// "HEZBOLLAH CONDEMNS BOMBING", "Iraq Accuses Iran".
func (a *article) speechVerb(j int32) bool {
	w := a.lowerWord(j)
	return a.saidVerb(j) || reportVerbs[w] || accuseVerbs[w]
}

// speakVerbs are the verbs besides the report and accuse verbs that make
// the actor before them a speaker: condemning, urging.
var speakVerbs = lexicon.Words().Set("speak-verb") // lexicon/words.txt

// selfReport finds the actor at tokens [t0, t1) telling of its own deed,
// which is a claim even with no word for one: "Houthi rebels have fired
// missiles at two vessels, they say"; "the group said its fighters
// attacked the base"; "the army said it shelled rebel positions". It
// returns the span of the saying. The deed must be violence (a trigger, a
// weapon or a casualty word) told in the pronoun's clause, or the actor
// must be the one who acted before ", they say".
func (a *article) selfReport(si, t0, t1 int32) (int32, int32, bool) {
	last := int32(a.sents[si].Last)
	if tm, ok := a.termAt(t1, lexicon.Party); ok && tm.p.Value == record.Perpetrators && tm.t0 == t1 && tm.t1 < last && a.groupEndsAt(t1-1) {
		// "UNITA rebels said they had killed": a named group and its
		// fighters' noun are one speaker ("MOZAMBIQUE REBELS SAY" names
		// where the rebels fight, not a state that speaks)
		t1 = tm.t1
	}
	if a.word(t1) == "," && a.mouthApposition(t0) {
		t1++ // "A spokesman for the group, G, said ...": the apposition ends, its verb follows
	}
	j := a.actorVerb(t1, last)
	if q0, q1, ok := a.ownQuote(si, t0, t1, j); ok {
		return q0, q1, true // "“Our fighters planted the bomb,” G said"
	}
	if a.claimsDeed(j) {
		return j, j + 1, true // "G later claimed the assault"
	}
	if claimVerbs[a.lowerWord(j)] && a.deedRelativeBefore(t0) {
		return j, j + 1, true // "A bombing which Boko Haram claimed killed 19"
	}
	if a.claimsOperation(j) {
		if _, armed := a.groupIn(a.span(t0, t1)); armed {
			return j, j + 1, true // "JNIM claimed the operation": an armed group's deed
		}
	}
	if k, ok := a.claimingAfter(j, last); ok && a.claimingSubject(t0, j) {
		return k, k + 1, true // "G telephoned a radio station claiming the attack"
	}
	if sayVerbs[a.lowerWord(j)] || avowVerbs[a.lowerWord(j)] || stateSayings[a.lowerWord(j)] && (a.countryAt(t0, t1) || a.stateForceEndsAt(t1-1)) {
		// the deed is told in the pronoun's clause, auxiliaries and
		// all: "its fighters had carried out the attack"; a state also
		// tells its own deeds by announcing or reporting them ("Iran
		// announced it had launched a new offensive"), as its
		// communiqués do ([state-saying]), and so does its force in its
		// own ("the Peruvian Army reported that it clashed")
		// a habit told in the present simple ("the army says it only
		// strikes militant positions": habitSaid) owns no deed, whatever
		// its verb, an attack verb as well as any other
		if p, own := a.ownClause(j, last); own && !a.habitSaid(j, last) && a.ownDeedFrom(p, last, t0, t1) {
			return j, j + 1, true
		}
		if a.deedAnswered(j, last) {
			return j, j + 1, true // "G said in a statement that the rockets were a response to ..."
		}
		return 0, 0, false
	}
	// "G called the airstrike a legitimate military operation", "G
	// defended the strike as self-defence": owning the deed by justifying it
	if a.justifies(j) {
		return j, j + 1, true
	}
	// "G <deed> ..., they say", "..., the group said", "..., a spokesman
	// for the group told AFP"
	if r0, v, ok := a.ownTrailingVoice(si, t0, t1); ok {
		return r0, v + 1, true // the speaker and its verb: "they said"
	}
	return 0, 0, false
}

// mouthApposition reports whether the actor at token t0 stands in
// apposition to "the group" of a mouthpiece before it: "A spokesman for
// the group, the BLA, said", "a statement from the separatist movement,
// G, said", "the media unit for the al-Qaeda affiliate group, G,
// confirmed" (the group's noun up to seven words past "for"), or to a
// noun of [group-part] that names the part of a movement G is ("the
// propaganda arm of the al-Qaeda affiliate, G, acknowledged"). The
// apposition names the group whose mouthpiece speaks, so what the
// mouthpiece says is the group's own word, as in "a spokesman for G said".
func (a *article) mouthApposition(t0 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	k := t0 - 1
	if articleWords[a.lowerWord(k)] {
		k--
	}
	if k <= first || a.word(k) != "," || !anaphorHeads[a.lowerWord(k-1)] && !groupParts[a.lowerWord(k-1)] {
		return false // "the group, G", or a part of a movement named for the movement: "the al-Qaeda affiliate, G"
	}
	for m := k - 2; m > first && m >= k-8; m-- {
		if a.mouthpieceOf(m) {
			return true
		}
	}
	return false
}

// firstPersonSubjects open a group's own words when it speaks of its side
// as the doer ("we", "our").
var firstPersonSubjects = lexicon.Words().Set("first-person-subject") // lexicon/words.txt

// ownQuote reports whether the actor at tokens [t0, t1) of sentence si, or
// its mouthpiece, says in quotation marks that its own side did a deed: a
// quote that opens with a word of [first-person-subject] whose clause
// tells a deed (ownDeedFrom), closed right before the speaker and its verb
// of saying ("“Our fighters planted the bomb,” G said in a statement";
// "“We attacked the convoy,” a spokesman for G said") or opened right after
// them ("G said in a statement: “Our fighters planted the bomb.”"). The
// first person in the group's own voice is the group. The actor's verb
// is at token v (actorVerb). It returns the quote's first-person word.
func (a *article) ownQuote(si, t0, t1, v int32) (int32, int32, bool) {
	first, last := int32(a.sents[si].First), int32(a.sents[si].Last)
	q, quoted := a.quotedAs(t0, t1, last)
	if quoted {
		v = t1 + 1 // "an army spokesman quoted G as saying": the saying is G's
	} else if v >= last || !sayVerbs[a.lowerWord(v)] && !statementVerbs[a.lowerWord(v)] {
		return 0, 0, false
	}
	// the quote before the speaker: back over "a", "spokesman", "for"
	k := t0 - 1
	if quoted {
		// back over the one who quotes: "“...,” an army spokesman quoted G"
		for k = q - 1; k > first && k > q-7 && !a.reportCloser(k) && a.toks[k].Kind == text.Word; k-- {
		}
	}
	for n := 0; n < 4 && k > first && a.mouthpiecePhraseAt(k); n++ {
		k--
	}
	closed := false
	for n := 0; n < 2 && k > first && a.reportCloser(k); n++ {
		closed = closed || a.quoteMarkAt(k)
		k--
	}
	var open, end int32 = -1, -1
	if closed {
		end = k + 1
		for q := k; q >= first && q > end-40; q-- {
			if a.quoteMarkAt(q) {
				open = q
				break
			}
		}
	} else {
		// the quote after the verb: "G said in a statement: “...”"
		for q := v + 1; q < last && q <= v+6; q++ {
			if a.quoteMarkAt(q) {
				open, end = q, last
				for e := q + 1; e < last; e++ {
					if a.quoteMarkAt(e) {
						end = e
						break
					}
				}
				break
			}
		}
	}
	if open < 0 || !firstPersonSubjects[a.lowerWord(open+1)] {
		return 0, 0, false
	}
	if !a.ownDeedFrom(open+1, end, t0, t1) {
		return 0, 0, false
	}
	return open + 1, open + 2, true
}

// quoteMarkAt reports whether token k is a quotation mark, opening or
// closing ([open-quote], [close-quote]).
func (a *article) quoteMarkAt(k int32) bool {
	return openQuotes[a.word(k)] || closeQuotes[a.word(k)]
}

// avowVerbs affirm what their clause tells, as a verb of saying tells it:
// "G confirmed that its fighters carried out the attack" is its claim.
var avowVerbs = lexicon.Words().Set("avow-verb") // lexicon/words.txt

// avowedGerund reports whether the verb at token v avows ([avow-verb]) a
// gerund that is its object: "acknowledged carrying out the strike",
// "admitted killing the two men". A gerund object has no subject of its
// own; its doer is the subject of the verb, so the one who avows it tells
// of its own deed, as "acknowledged its men had planted the bomb" does.
func (a *article) avowedGerund(v, last int32) bool {
	return avowVerbs[a.lowerWord(v)] && v+1 < last && a.gerundAt(v+1)
}

// gerundAt reports whether token k is a gerund in lower case ("carrying",
// "firing", "using"): as the object of a verb it has no subject of its
// own, so its doer is the verb's subject.
func (a *article) gerundAt(k int32) bool {
	if int(k) >= len(a.toks) || a.toks[k].Kind != text.Word {
		return false
	}
	w := a.lowerWord(k)
	return len(w) > 4 && strings.HasSuffix(w, "ing") && !a.capWord(k)
}

// quotingParticiples say, after "as", what the one quoted said: "quoted G
// as saying".
var quotingParticiples = lexicon.Words().Set("quoting-participle") // lexicon/words.txt

// quotedAs reports whether the actor at tokens [t0, t1) is the object of a
// verb of quoting with "as saying" after it ("an army spokesman quoted G as
// saying", "the agency quoted a spokesman for G as saying"), which makes
// the words quoted the actor's own, as "G said" does. It returns the verb
// of quoting.
func (a *article) quotedAs(t0, t1, last int32) (int32, bool) {
	if t1+1 >= last || a.lowerWord(t1) != "as" || !quotingParticiples[a.lowerWord(t1+1)] {
		return 0, false
	}
	q := t0 - 1
	for n := 0; n < 3 && q > t0-5 && a.mouthpiecePhraseAt(q); n++ {
		q-- // "quoted a spokesman for G as saying"
	}
	return q, quoteVerbs[a.lowerWord(q)]
}

// ownTrailingVoice finds the saying that closes the clause of the actor at
// tokens [t0, t1) of sentence si when its speaker is that actor itself
// (ownVoiceAt): the deed told first, then whose word it is. "Houthi
// rebels have fired missiles at two vessels, they say"; "Al-Shabaab
// fighters stormed the base, the group said in a statement"; "the bomb
// was planted by G fighters, a spokesman for the group told AFP". The
// actor must be the one who acted: the agent of the deed, or the subject
// of a clause that tells one (ownDeedFrom). It returns the speaker's
// first token and the verb of saying. The first saying after the actor decides: "..., police
// said" makes the clause the police's, whatever follows.
func (a *article) ownTrailingVoice(si, t0, t1 int32) (int32, int32, bool) {
	first, last := int32(a.sents[si].First), int32(a.sents[si].Last)
	for v := t1 + 1; v < last && v < t1+40; v++ {
		if w := a.lowerWord(v); !sayVerbs[w] && !statementVerbs[w] {
			continue
		}
		r0, r1 := a.voiceRegion(first, v)
		if r0 <= t1 || !a.reportCloser(r0-1) {
			return 0, 0, false // "G said its fighters ...": a saying of the actor's own clause, not a trailing one
		}
		_, _, named := a.doersNamedBefore(t0) // "The attackers were G fighters, the group said": the doers named
		if !a.agent(t0, t1) && !named && !a.ownDeedFrom(t1-1, r0-1, t0, t1) {
			return 0, 0, false
		}
		if a.possessiveAt(t1) {
			return 0, 0, false // "Yemen's Houthi rebels have fired missiles ..., they say": the owner of the doers is not their voice's subject
		}
		if r1-r0 == 1 && ownPronouns[a.lowerWord(r0)] {
			return r0, v, true // "..., they say"
		}
		// the actor opens the clause, or a part of it does ("Fighters of
		// G stormed ..."), or it is the agent after "by"
		k, _, _ := a.partOf(t0, first)
		by := a.lowerWord(t0-1) == "by" || a.lowerWord(t0-1) == "the" && a.lowerWord(t0-2) == "by"
		return r0, v, (a.sentenceSubject(k) || by || named) && a.ownVoiceAt(t0, t1, r0, r1)
	}
	return 0, 0, false
}

// ownVoiceAt reports whether the speaker at tokens [r0, r1) is the group
// named at tokens [t0, t1) speaking for itself: the group again ("...,
// the Taliban said"), "the group" ("..., the group said"), or a
// mouthpiece of its ("its spokesman", "a spokesman for the group", "a
// Taliban commander", "Yahya Sarea, the Houthi military spokesman"). A
// speaker that names another group, a state or a place ("a Pakistani
// police spokesman") is someone else.
func (a *article) ownVoiceAt(t0, t1, r0, r1 int32) bool {
	b0, b1 := a.span(t0, t1)
	glo, ghi := a.groupRange(b0, b1)
	if glo == ghi || a.groups[glo].Group.Kind == "state" || a.groups[glo].Group.Kind == "coalition" {
		return false
	}
	top := a.x.actors.TopOf(a.groups[glo].Group)
	if plo, phi := a.placeRange(r0, r1); plo < phi {
		return false
	}
	s0, s1 := a.span(r0, r1)
	lo, hi := a.groupRange(s0, s1)
	for _, g := range a.groups[lo:hi] {
		if a.x.actors.TopOf(g.Group) != top {
			return false
		}
	}
	named := lo < hi
	j := r0
	if articleWords[a.lowerWord(j)] {
		j++
	}
	if named && a.tokenAt(a.groups[lo].Start) == j && a.tokenAt(a.groups[lo].End-1)+1 == r1 {
		return true // "..., the Taliban said"
	}
	if a.lowerWord(r0) == "the" && anaphorHeads[a.lowerWord(r1-1)] && a.describesGroup(j, r1-1) {
		return true // "..., the group said", "..., the ethnic armed group said"
	}
	mouth, own := false, named
	for k := r0; k < r1; k++ {
		w := a.lowerWord(k)
		mouth = mouth || a.mouthpieceAt(k)
		own = own || ownPronouns[w] || w == "the" && a.describedAnaphor(k+1, r1)
	}
	return mouth && own
}

// anaphorModifiers describe a group named again by its arms, its people
// or its standing ("the ethnic armed group", "the outlawed group").
var anaphorModifiers = lexicon.Words().Set("anaphor-modifier") // lexicon/words.txt

// describesGroup reports whether the words at tokens [j, end) only
// describe the group an anaphor head after them names again: none, or
// words of its orientation or means ([group-orientation],
// [anaphor-modifier]), as in "the ethnic armed group said" or "the
// militant group said". A word that sets it apart from the group named
// ("the rival group", "the rights group", "the monitoring group") is
// another party.
func (a *article) describesGroup(j, end int32) bool {
	if end-j > 3 {
		return false
	}
	for k := j; k < end; k++ {
		if w := a.lowerWord(k); !groupOrientations[w] && !anaphorModifiers[w] {
			return false
		}
	}
	return true
}

// describedAnaphor reports whether the tokens from j, before end, open
// an anaphor head after words that only describe its group
// (describesGroup): "group" in "a spokesman for the group", "the armed
// ethnic group's deputy chief".
func (a *article) describedAnaphor(j, end int32) bool {
	for h := j; h < end && h <= j+3; h++ {
		if anaphorHeads[a.lowerWord(h)] {
			return a.describesGroup(j, h)
		}
	}
	return false
}

// ownDeedFrom reports whether the clause after token p, the speaker's
// side told as the subject of what the speaker at tokens [t0, t1) says
// ("its fighters", "the rebels"), tells of a deed of violence that side
// did (sideDeedFrom), neither one the side answers (answersDeed) nor one
// it suffered ("said its oil platform was attacked", "said it had been
// attacked by U.S. warships": sufferedFrom).
func (a *article) ownDeedFrom(p, last, t0, t1 int32) bool {
	k, ok := a.sideDeedFrom(p, last, t0, t1)
	return ok && !a.answersDeed(p, k) && !a.sufferedFrom(p, k)
}

// sideDeedFrom returns the first deed of violence told in the clause
// after token p, the speaker's side, when no denial, no enemy's attack
// beaten back and no other state's deed stands before it: the deed the
// side did, answers or suffered.
func (a *article) sideDeedFrom(p, last, t0, t1 int32) (int32, bool) {
	k0 := p + 1
	if openQuotes[a.word(k0)] {
		// the side's own words for its men, quoted: "two of its
		// "faithful and brave sons" had detonated their bombs"
		for m := k0 + 1; m < last && m < k0+8; m++ {
			if closeQuotes[a.word(m)] {
				k0 = m + 1
				break
			}
		}
	}
	lim := k0 + 9
	for k := k0; k < last && k < lim; k++ {
		if e := a.subjectAsideEnd(k, k0, last); e > k {
			// "its fighters, from the G2 group, had carried out the
			// assault": past the aside, which breaks no clause and takes
			// none of the window
			lim += e - k
			k = e - 1
			continue
		}
		if a.clauseBreak(k) {
			break
		}
		if a.denialAt(k) || repelVerbs[a.lowerWord(k)] || a.interceptionAt(k) {
			return 0, false // "said it was not behind the attack", "had nothing to do with it", "SAYS IT WON'T YIELD IN ... KIDNAPPING": a denial or another deed; "said its troops repelled an attack", "said its air defences shot down 24 drones": the enemy's deed
		}
		if a.otherStateAt(k, t0, t1) {
			return 0, false // "Japan said it understood why the U.S. attacked ...": the deed of the state named, not the speaker's
		}
		if pursuitVerbs[a.lowerWord(k)] {
			// "said its soldiers were pursuing the attackers", "said it was
			// investigating the incident": an act over another's deed;
			// "pursued the militants and killed five of them": the deed
			// joined after it is the side's own
			return a.deedJoinedTo(k, last)
		}
		if answerVerbs[a.lowerWord(k)] && a.attackToldBefore(k, t0, t1) {
			return 0, false // "Gunmen attacked an army camp ... The army said its troops had retaliated with air strikes": the answer to the attack told, not it
		}
		if a.deedAfter(k, k+1) || a.bombDevice(k) || a.targetedDeed(k) {
			return k, true
		}
	}
	return 0, false
}

// subjectAsideEnd returns the token after an aside set off by commas
// right after the subject of what a side says, when the comma at token k
// stands within two words of k0, where that subject's noun opens ("its
// fighters, from the Al Mourabitoun group, had carried out the assault",
// and in any news "said its president, Gabriel Fusco, resigned", Reuters
// 1987): the aside names or places the side's men, and the clause's verb
// follows its closing comma. No verb of saying, no "and" or "but" and no
// other mark than a comma stands inside, and a word follows it.
// Otherwise it returns k.
func (a *article) subjectAsideEnd(k, k0, last int32) int32 {
	if a.word(k) != "," || k > k0+2 {
		return k
	}
	for m := k + 2; m < last && m <= k+9; m++ {
		w := a.lowerWord(m)
		if reportVerbs[w] || w == "and" || w == "but" || a.toks[m].Kind == text.Punct && w != "," && w != "-" && w != "'" && w != "’" {
			return k
		}
		if w == "," {
			if m+1 < last && a.toks[m+1].Kind == text.Word {
				return m + 1
			}
			return k
		}
	}
	return k
}

// attackToldBefore reports whether an attack word that is no answer
// (answerDeed) stands before token k in the story, headline included: a
// side that then tells of answering ("its troops retaliated with air
// strikes") tells its counterstroke to that attack, which it suffered,
// while a story of the answer alone ("Iraq said it retaliated by
// shelling border towns") tells the side's own deed (sideDeedFrom). The
// attack answered is one done to the side speaking at tokens [t0, t1):
// an earlier attack word whose doer is that side or its state ("Israeli
// aircraft struck targets in Gaza ... The Israeli army said it retaliated
// with air strikes") is the answer itself told before, and the story is
// of that deed, the side's own.
func (a *article) attackToldBefore(k, t0, t1 int32) bool {
	told := false
	for si := int32(0); si <= a.sentOf[k]; si++ {
		for _, u := range a.sentTerms(si) {
			if u.t0 < k && u.p.Cat == lexicon.Trigger && !a.answerDeed(u) {
				if a.doneBySide(u.t0, t0, t1) {
					return false // the answer told before, wherever the attack it answers stands
				}
				told = true
			}
		}
		for j := int32(a.sents[si].First); j < k && j < int32(a.sents[si].Last); j++ {
			if w := a.lowerWord(j); attackVerbs[w] && !repelVerbs[w] && a.doneBySide(j, t0, t1) {
				return false // "Israeli aircraft struck targets": the answer, told by a verb of striking; "troops repelled an attack" tells the attack
			}
		}
	}
	return told
}

// doneBySide reports whether the armed agent that does the attack word at
// token t (agentTokenBefore) is the side speaking at tokens [t0, t1): the
// same state by its name or demonym ("Israeli aircraft struck" of "the
// Israeli army said"), or the same force noun ("the army shelled" of "the
// army said").
func (a *article) doneBySide(t, t0, t1 int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	j, _, ok := a.agentTokenBefore(t, first)
	if !ok {
		return false
	}
	if a.lowerWord(j) == a.lowerWord(t1-1) {
		return true
	}
	side := a.firstStateIn(t0, t1)
	return side != "" && a.firstStateIn(max(first, j-attackGap), j+1) == side
}

// deedJoinedTo returns the deed verb that "and" joins, later in its
// clause, to the verb at token k, sharing its subject: "its soldiers
// pursued the militants and killed five of them". Going after others is
// no deed, but what the same subject did next is. A verb form is needed
// after "and": a past, or an -ing form that no "of" makes a noun ("were
// investigating the shooting and killing of two students" joins objects).
func (a *article) deedJoinedTo(k, last int32) (int32, bool) {
	for m := k + 1; m+1 < last && m < k+10 && !a.clauseBreak(m); m++ {
		if a.lowerWord(m) != "and" {
			continue
		}
		w := a.lowerWord(m + 1)
		verb := pastTense(w) || strings.HasSuffix(w, "ing") && a.lowerWord(m+2) != "of"
		if verb && a.deedAfter(m+1, m+2) {
			return m + 1, true
		}
	}
	return 0, false
}

// pursuitVerbs go after a deed or its doers (sideDeedFrom, pursuing).
var pursuitVerbs = lexicon.Words().Set("pursuit-verb") // lexicon/words.txt

// targetVerbs tell the deed when their object is a definite target
// ("targeted the convoy").
var targetVerbs = lexicon.Words().Set("target-verb") // lexicon/words.txt

// targetedDeed reports whether token k is a verb of [target-verb] whose
// object is a definite target, one the story told ("it had targeted the
// convoy", "targeted Monday's checkpoint"), or targets with no determiner
// after a simple past ("it targeted military positions"): aiming at the
// target told is the deed, as "attacked the convoy" is.
func (a *article) targetedDeed(k int32) bool {
	if !targetVerbs[a.lowerWord(k)] {
		return false
	}
	j, last, ok := a.definiteObject(k)
	if !ok && !presentAuxiliaries[a.lowerWord(k-1)] && !determiners[a.lowerWord(k+1)] {
		// "said it targeted military positions": a past aim at targets
		// named in the plural is the deed too, where "has targeted
		// foreigners" tells a habit (and "had" may be either)
		j, last, ok = k+1, min(int32(a.sents[a.sentOf[k]].Last), k+4), true
	}
	if !ok {
		return false
	}
	for m := j; m < last; m++ {
		if _, target := a.termAt(m, lexicon.Target); target || attackTargets[a.lowerWord(m)] {
			return true
		}
	}
	return false
}

// deviceNouns name a bomb only in a story of a bombing ("planted the
// device").
var deviceNouns = lexicon.Words().Set("device-noun") // lexicon/words.txt

// bombDevice reports whether token k is a noun of [device-noun] in an
// article that tells of a bombing (a bombing trigger or an explosive
// weapon anywhere in it): "the device" is then the bomb, a weapon of the
// deed ("G said its fighters planted the device").
func (a *article) bombDevice(k int32) bool {
	if !deviceNouns[a.lowerWord(k)] {
		return false
	}
	for _, t := range a.terms {
		switch t.p.Cat {
		case lexicon.Trigger:
			if t.p.Value == record.Bombing || t.p.Value == record.SuicideBombing {
				return true
			}
		case lexicon.Weapon:
			if explosiveKind(t.p.Value) || t.p.Value == "suicide_explosives" {
				return true
			}
		}
	}
	return false
}

// victimReport reports whether the actor at tokens [t0, t1) of sentence
// si says, of its own side, that a deed befell it or that it answers one:
// "KUWAIT SAYS ITS TANKER HIT BY MISSILE", "Iran said it would retaliate
// for Monday's attack on an Iranian oil rig". It claims nothing
// (selfReport), but it states a deed done as firmly as a doer's own
// telling: a strike reported, and a side in the fighting.
func (a *article) victimReport(si, t0, t1 int32) bool {
	last := int32(a.sents[si].Last)
	j := a.actorVerb(t1, last)
	if !sayVerbs[a.lowerWord(j)] {
		return false
	}
	p, own := a.ownClause(j, last)
	if !own {
		return false
	}
	k, ok := a.sideDeedFrom(p, last, t0, t1)
	return ok && (a.answersDeed(p, k) || a.sufferedFrom(p, k))
}

// ownOrSuffered reports whether the actor at tokens [t0, t1) of sentence
// si tells a deed of its own side (selfReport) or one that befell it or
// that it answers (victimReport): a deed done, told by a side of it.
func (a *article) ownOrSuffered(si, t0, t1 int32) bool {
	_, _, self := a.selfReport(si, t0, t1)
	return self || a.victimReport(si, t0, t1)
}

// answersDeed reports whether the deed at token k is the object of a word
// of answering or reacting that stands after token p, the speaker's side:
// "said it would retaliate for Monday's attack", "said it would avenge
// the raid", "said it had protested over the missile attack", "said it
// would take revenge for the bombing". The side answers what was done to
// it, so it is the deed's victim, not its doer. A deed after "by" or
// "with" is the answer itself ("would avenge the raid by firing
// missiles"), and a cause word fused to the deed names it ("reprisal
// raids"); a justification owns the deed (justifies).
func (a *article) answersDeed(p, k int32) bool {
	for j := p + 1; j+1 < k; j++ {
		w := a.lowerWord(j)
		answer := answerVerbs[w] || causeWords[w] || reactionWords[w+" "+a.lowerWord(j+1)] ||
			reactionWords[w] && !lawfulWords[w] && !justifyVerbs[w]
		if !answer || a.modifierUse(j) {
			continue
		}
		for q := j + 1; q < k; q++ {
			if w := a.lowerWord(q); w == "by" || w == "with" {
				return false
			}
		}
		return true
	}
	return false
}

// sufferedFrom reports whether the deed at token k is a passive whose
// subject is the speaker's side at token p: "said its oil platform was
// attacked", "said it had been attacked by U.S. warships", or, as a
// headline words it, with no auxiliary before the agent ("KUWAIT SAYS ITS
// TANKER HIT BY MISSILE"). The side the deed befell is its victim. A side
// that is itself an agent ("attacked by our forces and has been
// neutralized") or one of several subjects joined by "and" is left to
// the other rules.
func (a *article) sufferedFrom(p, k int32) bool {
	headline := a.lowerWord(k+1) == "by" && !strings.HasSuffix(a.lowerWord(k), "ing")
	if !a.passiveBefore(term{t0: k, t1: k + 1}) && !headline || a.lowerWord(p-1) == "by" {
		return false
	}
	for j := p + 1; j < k; j++ {
		if a.lowerWord(j) == "and" {
			return false
		}
	}
	return true
}

// answerVerbs are the verbs by which a side answers a deed done to it:
// its saying claims nothing (answersDeed, sideDeedFrom), the deed after
// "by" or "with" is the answer itself (answerDeed), and one who answers
// comments on the deed, not does it (commenter).
var answerVerbs = lexicon.Words().Set("answer-verb") // lexicon/words.txt

// otherStateAt reports whether a state other than the speaker at tokens
// [t0, t1) is named at token k where a subject stands, not after a
// preposition: "Japan said it understood why the U.S. attacked an Iranian
// platform", "Egypt said it understood why Israeli jets bombed ...". A
// speaker claims only the deeds of its own side, told with "it", "its
// forces" or no subject; a deed whose subject names another state is
// that state's, whatever the speaker makes of it.
func (a *article) otherStateAt(k, t0, t1 int32) bool {
	lo, hi := a.placeRange(k, k+1)
	if lo == hi || !a.places[lo].country && !a.places[lo].demonym {
		return false
	}
	j := k - 1
	if a.lowerWord(j) == "the" {
		j--
	}
	if w := a.lowerWord(j); locPreps[w] || w == "against" || w == "upon" {
		return false // "fired on U.S. ships", "in Kuwaiti waters": where or whom, not who
	}
	own := mentionCountry(&a.places[lo])
	if own == "" {
		return true
	}
	plo, phi := a.placeRange(t0, t1)
	for q := plo; q < phi; q++ {
		if mentionCountry(&a.places[q]) == own {
			return false // "Iran said it ... Iranian forces had attacked": its own side
		}
	}
	return true
}

// mentionCountry returns the country code of the place mention's chosen
// feature, or "".
func mentionCountry(m *placeMention) string {
	if m.chosen == nil {
		return ""
	}
	return m.chosen.CountryCode
}

// negated reports whether word w is a verb with a contracted "not"
// ("won't", "didn't", "wasn’t") or "cannot".
func negated(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") || w == "cannot"
}

// sayVerbs are the forms of "say" by which an actor tells of its own deed.
var sayVerbs = lexicon.Words().Set("say-verb") // lexicon/words.txt

// ownPronouns are the pronouns by which an actor speaks of itself in the
// third person.
var ownPronouns = lexicon.Words().Set("own-pronoun") // lexicon/words.txt

// actorVerb returns the token of the verb that follows the actor ending
// before token t1: past its abbreviation ("The Islamic State West Africa
// Province (ISWAP) claimed"), its mouthpiece ("the group's Amaq news
// agency said", "A Taliban spokesman said"), an apposition ("G, which
// split from X in 2016, claimed") and an auxiliary or adverb ("has
// later claimed").
func (a *article) actorVerb(t1, last int32) int32 {
	j := t1
	if a.word(j) == "(" {
		for k := j + 1; k < last && k < j+6; k++ {
			if a.word(k) == ")" {
				j = k + 1
				break
			}
		}
	}
	if a.lowerWord(j) == "group" && (a.word(j+1) == "'" || a.word(j+1) == "’") {
		j++ // "the Islamic State group's Amaq news agency said"
	} else if selfNouns[a.lowerWord(j)] && a.speechVerb(j+1) {
		j++ // "the Islamic State group said", "the Hamas movement said": the group's noun after its name
	}
	if a.possessiveAt(j) {
		// "the group's Amaq news agency said its fighters ...": the
		// group's own mouthpiece
		for k := j + 2; k < last && k < j+6; k++ {
			if a.mouthpieceAt(k) {
				j = k + 1
				break
			}
		}
	}
	if mouthQualifiers[a.lowerWord(j)] && a.mouthpieceAt(j+1) {
		j++ // "Houthi military spokesman Yahya Saree said": the arm that speaks
	}
	if a.mouthpieceAt(j) {
		j++ // "A Taliban spokesman said the group's fighters had ..."
	}
	if e := a.appositionEnd(j); e > j {
		j = e
	} else if a.word(j) == "," {
		// "A spokesman for G, Muhammad Khurasani, said": past an apposition
		for k := j + 1; k < last && k < j+8; k++ {
			if a.word(k) == "," {
				j = k + 1
				break
			}
		}
	}
	if subjectAdverbs[a.lowerWord(j)] {
		j++
	}
	if a.asSaying(j) {
		// "State media quoted the military as saying that its soldiers
		// had shot dead ...": the one quoted says it, as with "said"
		j++
	}
	return j
}

// asSaying reports whether token j is the "as" of "as saying" after one
// quoted ("quoted the military as saying"): the verb of saying after it
// is the quoted one's ([quoting-participle], as in quotedAs).
func (a *article) asSaying(j int32) bool {
	return a.lowerWord(j) == "as" && quotingParticiples[a.lowerWord(j+1)]
}

// addresseeSayVerbs are the verbs of saying that name whom it was told
// to before what was said: "told Reuters its fighters ...".
var addresseeSayVerbs = lexicon.Words().Set("addressee-say-verb") // lexicon/words.txt

// countryAt reports whether the actor at tokens [t0, t1) is a country
// named by its name: a state, whose communiqués speak for its forces.
func (a *article) countryAt(t0, t1 int32) bool {
	lo, hi := a.placeRange(t0, t1)
	for k := lo; k < hi; k++ {
		if m := &a.places[k]; m.country && !m.demonym && m.t0 == t0 && m.t1 == t1 {
			return true
		}
	}
	return false
}

// stateForceEndsAt reports whether a state's force ends at token j: a
// force noun ("army", "armed forces", "police") that ends no armed
// group's name ("Syrian Democratic Forces"). Such a force issues
// communiqués as its state does (selfReport).
func (a *article) stateForceEndsAt(j int32) bool {
	return forceNouns[a.lowerWord(j)] && !a.groupEndsAt(j)
}

// ownClause reads what the verb of saying at token v says for the one
// who says it, in its own voice: "said that its fighters ...", "said in
// a statement (posted on Telegram) that they ...", "said the group's
// fighters ..." (the possessive of one of its selfNouns only). It returns
// the token of the pronoun (or of the possessive), and whether there is
// one.
func (a *article) ownClause(v, last int32) (int32, bool) {
	j := v + 1
	if a.avowedPerfect(v, last) {
		return j, true // "the rebels claimed to have killed several soldiers": the speaker is the subject of its deed
	}
	if addresseeSayVerbs[a.lowerWord(v)] {
		// "told Reuters its fighters ...", "told the Associated Press
		// that ...": past whom it was told to
		for k := j; k < last && k < j+4 && a.toks[k].Kind == text.Word; k++ {
			if w := a.lowerWord(k); w == "that" || ownPronouns[w] {
				j = k
				break
			}
		}
	}
	if a.inDate(j) {
		j = a.pastSaying(j, last) // "said today its forces had ..."
	}
	// where or how it said it stands before what it said; the phrase
	// may hold the speaker's own pronoun ("said through its Amaq news
	// agency that", "said on its Andalus radio that"), which is not yet
	// what it said, and so may a second such phrase after the first ("in
	// a statement on its Andalus radio that"): a pronoun right after a
	// preposition of the medium owns the medium; a time may stand there
	// too ("in a statement carried on its channels late on Sunday that").
	// The phrase may also stand between commas (parentheticalEnd).
	if a.word(j) == "," && sayingMedia[a.lowerWord(j+1)] {
		j = a.parentheticalEnd(j+1, last)
	} else {
		medium := sayingMedia[a.lowerWord(j)]
		for k := j; k < last && k < j+14 && a.toks[k].Kind == text.Word; k++ {
			if w := a.lowerWord(k); w == "that" || ownPronouns[w] && !(medium && k > j && sayingMedia[a.lowerWord(k-1)]) {
				if k > j && medium {
					j = k
				}
				break
			}
		}
	}
	if a.lowerWord(j) == "that" {
		j++
	}
	if k, ok := a.partOfOwn(j, last); ok {
		j = k // a part of its side: "said two of its fighters had detonated their bombs", "that a "detachment" of its fighters had"
	}
	if j+3 < last && a.lowerWord(j) == "the" && selfNouns[a.lowerWord(j+1)] && a.possessiveAt(j+2) {
		return j + 3, true
	}
	if j+2 < last && a.lowerWord(j) == "the" && selfNouns[a.lowerWord(j+1)] && a.toks[j+2].Kind == text.Word {
		// the speaker names itself again by its noun as the subject of
		// what it says, as a pronoun does: "Taliban spokesman Zabihullah
		// Mujahid said the movement carried out the bombings" (multi
		// 013), "accounts run by G said the movement carried out the
		// assault" (learn 059)
		return j + 1, true
	}
	return j, j < last && ownPronouns[a.lowerWord(j)]
}

// avowedPerfect reports whether the verb of avowal at token v takes a
// perfect infinitive or gerund, "claimed to have killed", "admitted to
// having planted": its subject is the doer of the deed the infinitive
// tells, as the pronoun of "said they had killed" is. A passive before
// the verb ("were confirmed to have died") tells a report of others, not
// the subject's own word.
func (a *article) avowedPerfect(v, last int32) bool {
	if !avowVerbs[a.lowerWord(v)] || auxiliaries[a.lowerWord(v-1)] || v+3 >= last || a.lowerWord(v+1) != "to" {
		return false
	}
	w := a.lowerWord(v + 2)
	return w == "have" || w == "having"
}

// parentheticalEnd returns the token after the comma that closes a
// parenthetical of where or how a speaker said what it said, opening at
// the [saying-medium] word at token m, between the verb and what it said
// ("claimed, through its Amaq agency, that its fighters ...", "said, in a
// statement, its men had ..."), when "that" or an own pronoun follows
// that comma: what was said opens there. Otherwise it returns m.
func (a *article) parentheticalEnd(m, last int32) int32 {
	for k := m; k < last && k < m+14; k++ {
		if a.word(k) == "," {
			if w := a.lowerWord(k + 1); k > m+1 && (w == "that" || ownPronouns[w]) {
				return k + 1
			}
			return m
		}
		if a.toks[k].Kind != text.Word {
			return m
		}
	}
	return m
}

// sayingMedia are the prepositions that open where or how a speaker said
// what it said: "in a statement", "on its Telegram channel", "through its
// Amaq news agency".
var sayingMedia = lexicon.Words().Set("saying-medium") // lexicon/words.txt

// partOfOwn reports whether a part of the speaker's side opens its
// clause at token j ("two of its fighters", "a "detachment" of its
// fighters", "one of its members"): a sole number or an article, at most
// two words of the part (quoted or not), then "of" and an own pronoun. It
// returns the pronoun's token.
func (a *article) partOfOwn(j, last int32) (int32, bool) {
	if w := a.lowerWord(j); !a.soleNumber(j) && w != "a" && w != "an" {
		return 0, false
	}
	words := 0
	for k := j + 1; k+1 < last && k <= j+5; k++ {
		switch {
		case a.quoteMarkAt(k):
		case a.lowerWord(k) == "of":
			return k + 1, words <= 2 && ownPronouns[a.lowerWord(k+1)]
		case a.toks[k].Kind == text.Word && !a.deedWord(k):
			words++
		default:
			return 0, false
		}
	}
	return 0, false
}

// soleNumber reports whether token j is a number the scanner read by
// itself ("two", "12"), not one word of a longer one ("a hundred").
func (a *article) soleNumber(j int32) bool {
	n, ok := a.numberAt(j)
	return ok && a.nums[n].End == int(a.toks[j].End)
}

// ownRepel reports whether the actor ending before token t1 tells of
// its own side beating back an attack ("Iraq said its troops repelled an
// Iranian attack"): in a battle, that side was attacked.
func (a *article) ownRepel(si, t1 int32) bool {
	k0, k1, _ := a.ownClauseLead(si, t1)
	for k := k0; k < k1; k++ {
		if a.repelVerbAt(k) {
			return true
		}
	}
	return false
}

// pursuing reports whether the one speaking before token t1 tells, in
// its own voice and before any deed, of going after a deed ([pursuit-
// verb]: "the army said it was investigating the shooting"): it looks
// into the deed, and does not tell it as its own (forceClaims).
func (a *article) pursuing(si, t1 int32) bool {
	k0, k1, last := a.ownClauseLead(si, t1)
	for k := k0; k < k1; k++ {
		if pursuitVerbs[a.lowerWord(k)] {
			_, deed := a.deedJoinedTo(k, last) // "said its soldiers pursued the militants and killed five": its deed
			return !deed
		}
		if a.deedAfter(k, k+1) {
			return false
		}
	}
	return false
}

// ownClauseLead returns the words [k0, k1) that open what the actor
// ending before token t1 of sentence si says in its own voice (ownClause):
// up to four after its pronoun, up to a clause break; none (k0 == k1)
// when it says nothing in its own voice. It also returns the sentence's
// end (ownRepel, pursuing).
func (a *article) ownClauseLead(si, t1 int32) (k0, k1, last int32) {
	last = int32(a.sents[si].Last)
	p, own := a.ownClause(a.actorVerb(t1, last), last)
	if !own {
		return 0, 0, last
	}
	k1 = p + 1
	for k1 < last && k1 <= p+4 && !a.clauseBreak(k1) {
		k1++
	}
	return p + 1, k1, last
}

// repelVerbAt reports whether a verb of [repel-verb], one word or two
// ("repelled", "beat back"), starts at token k.
func (a *article) repelVerbAt(k int32) bool {
	return repelVerbs[a.lowerWord(k)] || int(k+2) <= len(a.toks) && a.spanIn(repelVerbs, k, k+2)
}

// repelsAfter reports whether the force ending before token j is the
// subject of a verb of beating back ("Iraqi troops repulsed an Iranian
// attack", "troops yesterday beat back"): the side attacked, whose own
// communiqué tells of its defence, not of an attack it made.
func (a *article) repelsAfter(j int32) bool {
	last := int32(a.sents[a.sentOf[j-1]].Last)
	for n := 0; n < 3 && j < last && (adverbs[a.lowerWord(j)] || subjectAdverbs[a.lowerWord(j)]); n++ {
		j++
	}
	return j < last && a.repelVerbAt(j)
}

// selfNouns are the nouns by which a group speaks of itself as a
// pronoun does ("said the group's fighters"); another's possessive
// ("said the army's spokesman denied") is someone else speaking.
var selfNouns = lexicon.Words().Set("self-noun") // lexicon/words.txt

// selfDenial finds the actor ending before token t1 saying it did not do
// it: "G said it was not behind the attack", "they said they had nothing
// to do with it". It reads the saying as selfReport does (actorVerb,
// ownClause) and returns the byte span of the denial.
func (a *article) selfDenial(t1 int32) (int, int, bool) {
	last := int32(a.sents[a.sentOf[t1-1]].Last)
	j := a.actorVerb(t1, last)
	if !sayVerbs[a.lowerWord(j)] {
		return 0, 0, false
	}
	p, own := a.ownClause(j, last)
	if !own {
		return 0, 0, false
	}
	for _, t := range a.sentTerms(a.sentOf[p]) {
		if t.p.Cat == lexicon.Attribution && t.p.Value == record.Denied && t.t0 > p && t.t0 < min(p+6, last) && a.negatedDenial(t.t0) < 0 {
			b0, b1 := a.span(t.t0, t.t1)
			return b0, b1, true
		}
	}
	return 0, 0, false
}

// mouthpieces speak for the group they belong to: "a Taliban spokesman",
// "the group's Amaq news agency".
var mouthpieces = lexicon.Words().Set("mouthpiece") // lexicon/words.txt

// mediaParts are the parts of a body ("unit", "arm", "wing") that speak for
// it when a word of the media heads them ([media-modifier]: "media",
// "propaganda"): "the media unit of G", "G's propaganda arm".
var (
	mediaParts     = lexicon.Words().Set("media-part")     // lexicon/words.txt
	mediaModifiers = lexicon.Words().Set("media-modifier") // lexicon/words.txt
)

// mouthpieceAt reports whether token k is a word of a mouthpiece: one of
// [mouthpiece] ("spokesman", "agency"), or either word of a part of a body
// headed by a word of the media ("media unit", "propaganda arm"), which
// speaks for the body as its spokesman does.
func (a *article) mouthpieceAt(k int32) bool {
	w := a.lowerWord(k)
	switch {
	case mouthpieces[w]:
		return true
	case mediaParts[w]:
		return mediaModifiers[a.lowerWord(k-1)]
	case mediaModifiers[w]:
		return mediaParts[a.lowerWord(k+1)]
	}
	return false
}

// mouthpieceOf reports whether token j is the "of", "from" or "for" that
// binds a mouthpiece (mouthpieceAt) before it to the body it speaks for:
// "a spokesman for G", "a communique from G", "the media unit of G".
func (a *article) mouthpieceOf(j int32) bool {
	w := a.lowerWord(j)
	return (w == "of" || w == "from" || w == "for") && a.mouthpieceAt(j-1)
}

// mouthQualifiers are the words between a group's name and its
// mouthpiece that name the arm or rank that speaks ("Houthi military
// spokesman").
var mouthQualifiers = lexicon.Words().Set("mouthpiece-qualifier") // lexicon/words.txt

// mouthpiecePhraseAt reports whether token k may stand in the phrase of a
// mouthpiece before the group it speaks for: an article, a word of the
// mouthpiece (mouthpieceAt), "for" or "of" ("a spokesman for G", "the
// media unit of G"). ownQuote and quotedAs read back over it to the verb
// or the quote before.
func (a *article) mouthpiecePhraseAt(k int32) bool {
	w := a.lowerWord(k)
	return articleWords[w] || a.mouthpieceAt(k) || w == "for" || w == "of"
}

// otherDeeds before an attack word make it other attacks than the one
// told: "similar attacks", "previous bombings", "such attacks".
var otherDeeds = lexicon.Words().Set("other-deed") // lexicon/words.txt

// otherDeedsAt reports whether the words from token j, in their clause,
// speak of other attacks than the one told: "claimed similar attacks",
// "responsibility for previous attacks on checkpoints".
func (a *article) otherDeedsAt(j int32) bool {
	last := int32(a.sents[a.sentOf[min(j, int32(len(a.toks)-1))]].Last)
	for k := j; k < last && k < j+5 && (a.toks[k].Kind == text.Word || a.word(k) == "'" || a.word(k) == "’"); k++ {
		if otherDeeds[a.lowerWord(k)] && a.deedAt(k+1, min(last, k+4)) {
			return true
		}
		if a.deedWord(k) {
			return false
		}
	}
	return false
}

// claimsDeed reports whether token j is the verb "claim" with an attack
// for its object ("claimed the assault", "claimed Tuesday's ambush"): a
// claim in any words for the attack.
func (a *article) claimsDeed(j int32) bool {
	if !claimVerbs[a.lowerWord(j)] {
		return false
	}
	if a.otherDeedsAt(j + 1) {
		return false // "has claimed similar attacks in the past"
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	for k := j + 1; k < last && k <= j+4; k++ {
		if a.deedWord(k) {
			return true
		}
		if a.toks[k].Kind == text.Punct && a.word(k) != "'" && a.word(k) != "’" {
			return false
		}
	}
	return false
}

// deedRelativeBefore reports whether the actor starting at token t0 opens
// a relative clause of a deed word, its relative pronoun right before it
// and the deed right before that ("a bombing which Boko Haram claimed",
// "the attack that the group claimed"): the deed is the object of the
// actor's verb, as in "G claimed the bombing", so a claim verb there
// claims it.
func (a *article) deedRelativeBefore(t0 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	k := t0 - 1
	if k > first && a.lowerWord(k) == "the" {
		k--
	}
	if k <= first || a.lowerWord(k) != "which" && a.lowerWord(k) != "that" {
		return false
	}
	return a.deedWord(k - 1)
}

// claimsOperation reports whether token j is the verb "claim" with "the
// operation" for its whole object ("JNIM claimed the operation, saying
// ..."): the definite article points back at the deed the story told, and
// the object ends its clause, so no report follows ("claimed the
// operation was a success"). Only an armed group's claim is read so
// (selfReport): a state's operation is a campaign, not an attack.
func (a *article) claimsOperation(j int32) bool {
	if !claimVerbs[a.lowerWord(j)] || a.lowerWord(j+1) != "the" || !claimedOps[a.lowerWord(j+2)] {
		return false
	}
	k := j + 3
	return k >= int32(a.sents[a.sentOf[j]].Last) || a.toks[k].Kind == text.Punct && a.word(k) != "'" && a.word(k) != "’"
}

// claimingSubject reports whether the actor starting at token t0 is the
// subject of the word at token v after it (actorVerb): it opens its
// sentence or clause, not as the object of an accusation ("Police blamed
// the Shining Path, claiming the attack bore its hallmarks" is the
// police's saying), and a word, not a comma, follows it.
func (a *article) claimingSubject(t0, v int32) bool {
	j := t0 - 1
	if a.lowerWord(j) == "the" {
		j--
	}
	if v < 0 || int(v) >= len(a.toks) || a.sentOf[v] != a.sentOf[t0] {
		return false // the actor ends its sentence (actorVerb looks past it)
	}
	return a.toks[v].Kind == text.Word && a.sentenceSubject(t0) && !accuseVerbs[a.lowerWord(j)]
}

// claimingAfter finds, in the clause of the actor's verb at token j (the
// actor being its subject: claimingSubject), a
// participle of claiming that owns the deed ("claiming the attack",
// "claiming responsibility") and returns its token. A participle after
// a verb and its object takes the verb's subject for its own ("G
// telephoned a radio station claiming the attack", "G sent messages to
// newspapers, claiming responsibility"): the actor claims. A comma may
// stand before it; another clause ("that", a verb of report) ends the
// search, its subject being another.
func (a *article) claimingAfter(j, last int32) (int32, bool) {
	for k := j + 1; k < last && k <= j+16; k++ {
		w := a.lowerWord(k)
		if claimVerbs[w] && strings.HasSuffix(w, "ing") {
			tm, ok := a.termAt(k, lexicon.Attribution)
			return k, a.claimsDeed(k) || ok && tm.t0 == k && tm.p.Value == record.Claimed
		}
		if a.clauseBreak(k) && w != "," {
			return 0, false
		}
	}
	return 0, false
}

// deedAnswered reports whether what the verb of saying at token v says
// calls a definite deed an answer to another ("said in a statement that
// the rockets were a response to the killing of its members"): the
// speaker owns the deed it explains, as a group owns what it claims.
func (a *article) deedAnswered(v, last int32) bool {
	for k := v + 1; k+2 < last && k < v+8; k++ {
		if a.lowerWord(k) != "the" {
			continue
		}
		d := k + 1
		for n := 0; n < 2 && d+1 < last && a.deedModifier(d); n++ {
			d++ // "the latest raid": a word before the deed that names no doer
		}
		if !a.deedWord(d) && !a.hasTerm(d, lexicon.Weapon, "") {
			return false
		}
		if w := a.lowerWord(d + 1); w != "was" && w != "were" {
			return false
		}
		for j := d + 2; j < last && j < d+6 && !a.clauseBreak(j); j++ {
			if causeWords[a.lowerWord(j)] { // "a response to", "retaliation for"
				return true
			}
		}
		return false
	}
	return false
}

// deedModifier reports whether token k may stand between "the" and the
// deed a speaker explains ("the latest raid"): a lower-case word that is
// no deed or weapon word and names no party ("the militant attack" is
// the militants', not the speaker's). In an all-capitals story every word
// is capitalised, so only mixed case tells a name (capWord).
func (a *article) deedModifier(k int32) bool {
	if a.toks[k].Kind != text.Word || a.capWord(k) || a.deedWord(k) || a.hasTerm(k, lexicon.Weapon, "") || a.hasTerm(k, lexicon.Party, "") {
		return false
	}
	_, armed := a.agentAt(k)
	return !armed
}

// justifies reports whether token j is a verb that defends a deed as
// lawful: "called the airstrike a legitimate military operation",
// "defended the strike as self-defence".
func (a *article) justifies(j int32) bool {
	if !justifyVerbs[a.lowerWord(j)] {
		return false
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	return a.setIn(lawfulWords, j+1, min(last, j+12))
}

// claimVerbs own the attack named after them (claimsDeed); justifyVerbs
// and lawfulWords defend it as lawful (justifies).
var (
	claimVerbs   = lexicon.Words().Set("claim-verb")        // lexicon/words.txt
	claimedOps   = lexicon.Words().Set("claimed-operation") // lexicon/words.txt
	justifyVerbs = lexicon.Words().Set("justify-verb")      // lexicon/words.txt
	lawfulWords  = lexicon.Words().Set("lawful-word")       // lexicon/words.txt
)
