package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// deedVerbs head the complement of an accusation that says it is about the
// attack: "accused X of instigating it", "blamed X for orchestrating the
// violence".
var deedVerbs = lexicon.Words().Set("deed-verb") // lexicon/words.txt

// accuseVerbs take the accused as their object ("accused X of ..."),
// culpable words say what "of being ..." holds the accused to ("behind"),
// beliefParticiples stand before "to have been behind" ("are believed
// to"), and beliefVerbs end the subject before them ("Police said X were
// behind ...").
var (
	accuseVerbs       = lexicon.Words().Set("accuse-verb")       // lexicon/words.txt
	culpable          = lexicon.Words().Set("culpable")          // lexicon/words.txt
	beliefParticiples = lexicon.Words().Set("belief-participle") // lexicon/words.txt
	beliefVerbs       = lexicon.Words().Set("belief-verb")       // lexicon/words.txt
	copulaAdverbs     = lexicon.Words().Set("copula-adverb")     // lexicon/words.txt
)

// genericNameWords are words of group names that are no short name of one
// group: "the Army", "the Front".
var genericNameWords = lexicon.Words().Set("name-generic") // lexicon/words.txt

// accusedIn returns the actors sentence si blames by the place it gives
// them in a sentence of blame, whatever words name them: the object of an
// accusation about the attack ("accused Bakiyev's family of instigating
// it", "pointed fingers at the Tigers", "blamed the attack on local
// gangs"), the agent of a deed "carried out by" them, who the doers are
// "suspected to be", and the subject of being behind it ("Dissident republicans are
// believed to have been behind a bomb attack"); the subjects of an
// accusation of each other are each blamed (eachAccused). Named groups and state
// forces are left to groupsIn and statesIn; a short name of a group the
// article named before ("the Tigers" after "Tamil Tiger rebels") is that
// group. Each is suspected, the cue its span.
func (f *filler) accusedIn(si int32) []actorCand {
	a := f.a
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	var out []actorCand
	add := func(n0, n1, c0, c1 int32) {
		if n1 <= n0 || n1-n0 > 7 || a.namesKnownActor(n0, n1) || a.negatedBefore(c0) || a.deniedComplement(c0) || a.omissionCharged(n0) {
			return // nor "there was no evidence that the attack was carried out by X", nor "accusing officers of looking on"
		}
		if f0, f1, ok := a.bareForceIn(n0, n1, first); ok {
			// "accused the air force of bombing the church", "for which
			// they hold the army responsible": a state's force named
			// without its country, which no rule of statesIn reads in the
			// place of the accused
			c := actorCand{kind: "state", attr: record.Suspected}
			c.b0, c.b1 = a.span(f0, f1)
			c.name = a.displayName(c.b0, c.b1)
			c.c0, c.c1 = a.span(c0, c1)
			out = append(out, c)
			return
		}
		if !a.namesPeople(n0, n1) {
			return
		}
		switch a.lowerWord(n0) {
		case "the", "a", "an":
			n0++ // the name, not its article: "the Tigers"
		}
		if n1 <= n0 {
			return
		}
		kind := "description"
		if a.setIn(policeNouns, n0, n1) {
			kind = "state" // "accused police of shooting the two men": the police are a state's force, accused as the army is
		}
		c := actorCand{kind: kind, attr: record.Suspected}
		c.b0, c.b1 = a.span(n0, n1)
		c.name = a.displayName(c.b0, c.b1)
		c.c0, c.c1 = a.span(c0, c1)
		if g := a.shortNameOf(n0, n1); g >= 0 {
			c.kind, c.canonical = "group", a.groups[g].Group.Name
		}
		out = append(out, c)
	}
	for j := first; j < last; j++ {
		switch w := a.lowerWord(j); {
		case accuseVerbs[w]:
			// "accused X of <deed>", "blamed X for <deed>"; not the
			// passive, whose subject is the accused ("had been blamed
			// for"), which a form in -ing after "are" is not ("are
			// accusing the army of perpetrating": the progressive, active)
			if !strings.HasSuffix(w, "ing") && a.passiveBefore(term{t0: j, t1: j + 1}) || a.lowerWord(j+1) == "by" {
				continue // and not "missile sites blamed by Washington for the attack": who blames follows by
			}
			if a.reciprocalAt(j + 1) {
				if a.deedChargeAt(j + 3) {
					out = append(out, a.eachAccused(j, first)...)
				}
				continue
			}
			if strings.HasSuffix(w, "ing") && a.word(j-1) == "," && a.deedAt(first, j-1) {
				// "A drone strike killed three ..., officials said, blaming
				// Turkey": the participle closing the sentence that told
				// the deed charges its object with that deed
				if n1 := a.nounPhraseEnd(j+1, last); n1 > j+1 && (n1 == last || a.toks[n1].Kind != text.Word) {
					add(j+1, n1, j, j+1)
					continue
				}
			}
			charged := false
			for k := j + 1; k < last && k <= j+8; k++ {
				if a.clauseBreak(k) {
					break
				}
				if a.deedChargeAt(k) || a.lowerWord(k) == "over" && a.deedComplement(k+1) {
					add(j+1, k, j, j+1)
					charged = true
					break
				}
				if w := a.lowerWord(k); w == "on" && k > j+1 && a.deedAt(j+1, k) && strings.HasPrefix(a.lowerWord(j), "blam") {
					// "blamed the attack on local gangs"
					n1 := a.nounPhraseEnd(k+1, last)
					add(k+1, n1, j, j+1)
					charged = true
					break
				}
			}
			if n1, ok := a.bareBlameEnd(j, last); ok && !charged && !a.deniedBefore(first, j) {
				// "Protest leaders blamed police and armed pro-government
				// groups.": each of the ones blamed
				n0 := j + 1
				for k := n0; k <= n1; k++ {
					if k == n1 || a.lowerWord(k) == "and" {
						if a.blamedSomeone(n0, k) {
							add(n0, k, j, j+1)
						}
						n0 = k + 1
					}
				}
			}
		case holdVerbs[w]:
			// "police held the Shining Path responsible for the attack",
			// "for which they hold the army responsible"
			if k := a.blameWordAfter(j, last); k >= 0 {
				n1 := k
				if strings.HasSuffix(a.lowerWord(n1-1), "ly") {
					n1-- // "held the government directly responsible"
				}
				add(j+1, n1, j, k+1)
			}
		case w == "attributed":
			// "an attack attributed to drug traffickers", "attributed
			// the murder to the cartel's hired gunmen"
			to := int32(-1)
			for k := j + 1; k < last && k <= j+5 && !a.clauseBreak(k); k++ {
				if a.lowerWord(k) == "to" {
					to = k
					break
				}
			}
			if to < 0 || !(to > j+1 && a.deedAt(j+1, to) || a.deedAt(max(first, j-6), j)) {
				continue
			}
			add(to+1, a.nounPhraseEnd(to+1, last), j, to+1)
		case fingerVerbs[w]:
			// "pointed fingers at the Tigers", "pointed the finger at X",
			// "were pointing the finger at X"
			k := j + 1
			if a.lowerWord(k) == "the" {
				k++
			}
			if fingerNouns[a.lowerWord(k)] && a.lowerWord(k+1) == "at" {
				add(k+2, a.nounPhraseEnd(k+2, last), j, k+2)
			}
		case w == "by" && a.madeBy(j, first):
			// "a terrorist attack carried out by Xinjiang separatist
			// forces", "an assault launched by ...": the agent of the
			// deed, whoever the words name
			n1 := a.nounPhraseEnd(j+1, last)
			if !a.setIn(regimeNouns, j+1, n1) {
				add(j+1, n1, a.madeVerb(j), j+1) // not "launched by the regime so far": the state of a story about one country, statesIn's
			}
		case beliefParticiples[w] && a.lowerWord(j+1) == "to" && a.lowerWord(j+2) == "be" && a.doersBefore(j, first):
			// "the raiders, suspected to be elements within the Murle
			// tribe, attacked", "the assailants, suspected to be members
			// of Kuki militant groups": who the doers are believed to be
			k := j + 3
			if a.lowerWord(k) == "from" {
				k++ // "suspected to be from the David Yau Yau militia"
			} else if p := a.lowerWord(k + 1); (p == "of" || p == "within") && plural(a.lowerWord(k)) && !a.capWord(k) {
				k += 2 // the part of a people or a group: "members of", "elements within"
			}
			n1 := a.nounPhraseEnd(k, last)
			for n := k; n < n1; n++ {
				if a.deedWord(n) {
					n1 = n // "Gunmen thought to be street gang members opened fire": the phrase ends at the verb
					break
				}
			}
			add(k, n1, j, j+3)
		case w == "behind":
			// "X are believed to have been behind a bomb attack"
			if !a.behindDeed(j) {
				continue
			}
			if v, ok := a.blameCopula(j, first); ok {
				add(a.subjectStart(v, first), v, v, j+1)
			}
		}
	}
	return out
}

// reciprocals are the pronouns by which the subjects of a verb do it to
// each other: "each other", "one another".
var reciprocals = lexicon.Words().Set("reciprocal") // lexicon/words.txt

// reciprocalAt reports whether a reciprocal pronoun stands at token j;
// the text may end before its two words.
func (a *article) reciprocalAt(j int32) bool {
	return int(j)+2 <= len(a.toks) && a.spanIn(reciprocals, j, j+2)
}

// eachAccused returns the actors joined by "and" as the subject of the
// accusation verb at token v whose object is a reciprocal ("Kyrgyzstan
// and Tajikistan accused each other of opening fire first"): each
// accuses the other, so both are blamed, each suspected, whichever began
// it. A conjunct is a state (a country, or a demonym before its force
// noun or joined to one that has it: "Indian and Pakistani troops") or
// an armed group of the lexicon; the walk back stops at any other word.
func (a *article) eachAccused(v, first int32) []actorCand {
	var out []actorCand
	for p := v; p > first; {
		c, t0, ok := a.conjunctEnding(p)
		if !ok {
			break
		}
		c.attr = record.Suspected
		c.c0, c.c1 = a.span(v, v+1)
		out = append(out, c)
		p = t0
		if articleWords[a.lowerWord(p-1)] {
			p--
		}
		if p <= first {
			break
		}
		if w := a.lowerWord(p - 1); w != "and" && w != "," {
			break
		}
		p--
		if a.lowerWord(p-1) == "," {
			p-- // "Iran, Iraq, and Syria"
		}
	}
	if len(out) < 2 {
		return nil // "The army accused each other ...": no two sides named
	}
	return out
}

// conjunctEnding returns the state or group whose name ends before token
// p (eachAccused), and the token its name starts at.
func (a *article) conjunctEnding(p int32) (actorCand, int32, bool) {
	b1 := int(a.toks[p-1].End)
	lo, hi := a.groupRange(int(a.toks[max(0, p-8)].Start), b1)
	for _, g := range a.groups[lo:hi] {
		if g.End == b1 && g.Group.Kind != "state" && g.Group.Kind != "coalition" {
			c := actorCand{kind: "group", canonical: g.Group.Name, b0: g.Start, b1: g.End}
			c.name = a.displayName(g.Start, g.End)
			return c, a.tokenAt(g.Start), true
		}
	}
	plo, phi := a.placeRange(max(0, p-3), p)
	for k := phi - 1; k >= plo; k-- {
		m := &a.places[k]
		state := a.stateOf(k)
		own := m.demonym && m.t1 == p-1 && forceNouns[a.lowerWord(p-1)]
		shared := m.demonym && m.t1 == p && a.forceOf(k, p+4) // "Indian" of "Indian and Pakistani troops"
		if state == "" || !(m.country && m.t1 == p || own || shared) {
			continue
		}
		c := actorCand{kind: "state", state: state}
		c.b0, c.b1 = a.span(m.t0, p)
		c.name = a.displayName(c.b0, c.b1)
		return c, m.t0, true
	}
	return actorCand{}, 0, false
}

// setIn reports whether a word of set stands in tokens [t0, t1): in a
// phrase ("the regime", "riot police officers") or in a cue ("rejected
// the accusation", "members of").
func (a *article) setIn(set map[string]bool, t0, t1 int32) bool {
	for k := t0; k < t1; k++ {
		if set[a.lowerWord(k)] {
			return true
		}
	}
	return false
}

// madeVerb returns the first token of the verb of making a deed that
// ends before "by" at token j: a [doing-phrase] ("carried out") or a
// [launch-verb] ("launched", "staged", "mounted"); -1 when none does.
func (a *article) madeVerb(j int32) int32 {
	if k := a.doingPhraseEndsAt(j - 1); k >= 0 {
		return k
	}
	if launchVerbs[a.lowerWord(j-1)] {
		return j - 1
	}
	return -1
}

// madeBy reports whether "by" at token j gives the agent of a deed told
// just before it as made ("an attack carried out by", "the assault was
// launched by"), in the past: not a habit's ("such attacks are mostly
// carried out by ...").
func (a *article) madeBy(j, first int32) bool {
	v := a.madeVerb(j)
	return v > first && a.deedAt(max(first, v-4), v) && !a.presentOrPerfect(v, v)
}

// doersBefore reports whether the noun before the participle of belief
// at token j, past a copula or the comma of an apposition, names the
// doers: a perpetrator noun ("The attackers are believed to be ..."), an
// armed agent, or a subject whose verb of attack follows the apposition
// ("the raiders, suspected to be ..., attacked"), or a new word for the
// doers just told of (epithetOfDoers). The dead "believed to be
// linked to" a group are its victims, not its men.
func (a *article) doersBefore(j, first int32) bool {
	h := j - 1
	comma := a.word(h) == ","
	if w := a.lowerWord(h); w == "," || copulas[w] {
		h--
	}
	if h < first {
		return false
	}
	if a.hasTerm(h, lexicon.Party, record.Perpetrators) || armedAgents[a.lowerWord(h)] != "" {
		return true
	}
	if !comma {
		return a.lowerWord(j) == "suspected" && a.epithetOfDoers(h, first)
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	for k := j + 3; k < last && k < j+20; k++ {
		if a.word(k) == "," {
			return a.deedAt(k+1, min(last, k+3))
		}
	}
	return false
}

// epithetOfDoers reports whether the plural noun at token h, opening its
// sentence after "the" ("The thugs are suspected to be from ..."), is
// another word for the doers the sentence before, in its paragraph, named
// by a perpetrator noun ("the attackers were well armed"): a definite
// noun the story has not introduced takes up the last ones it told of.
// Only "suspected", which presumes a wrong, says so ("The herders are
// believed to be from ..." are anyone), and a noun of any other party
// ("The victims are suspected to be ...") names its own.
func (a *article) epithetOfDoers(h, first int32) bool {
	si := a.sentOf[h]
	if h != first+1 || a.lowerWord(first) != "the" || si == 0 || !plural(a.lowerWord(h)) || a.capWord(h) {
		return false
	}
	for _, p := range record.Parties {
		if a.hasTerm(h, lexicon.Party, p) {
			return false
		}
	}
	prev := a.sents[si-1]
	if prev.Para != a.sents[si].Para {
		return false
	}
	for k := int32(prev.First); k < int32(prev.Last); k++ {
		if a.hasTerm(k, lexicon.Party, record.Perpetrators) {
			return true
		}
	}
	return false
}

// bareBlames are the forms of "blame" that charge their object with the
// deed the story tells even when the deed goes unsaid (bareBlameEnd).
var bareBlames = lexicon.Words().Set("bare-blame-verb") // lexicon/words.txt

// bareBlameEnd reports whether the blame verb at token j has for its
// whole complement the ones it blames, the deed left unsaid because the
// story has just told it: "Protest leaders and human rights groups blamed
// police and armed pro-government groups.", "local figures blamed the
// rebel militia of David Yau Yau, a former army officer who ...". The
// object runs to the end of the sentence or to a comma, at most seven
// words, with no deed word, no "for", "on" or "over" in it (the charges
// accusedIn reads) and no clause of its own ("that", "who", "as", "to");
// it returns the object's end.
// "Accused" alone is no such blame: "the accused" is a defendant.
func (a *article) bareBlameEnd(j, last int32) (int32, bool) {
	if !bareBlames[a.lowerWord(j)] {
		return 0, false
	}
	k := j + 1
	for k < last && (a.toks[k].Kind == text.Word || a.isInnerHyphen(int(k))) {
		switch a.lowerWord(k) {
		case "for", "on", "over", "that", "who", "which", "as", "to":
			return 0, false
		}
		if a.deedWord(k) || a.clauseBreak(k) {
			return 0, false
		}
		k++
	}
	if k == j+1 || k-(j+1) > 7 {
		return 0, false
	}
	if k < last && a.word(k) != "," && a.word(k) != "." && a.word(k) != ";" {
		return 0, false
	}
	return k, true
}

// deniedBefore reports whether a denial cue stands in the sentence before
// token j: "The OLA denied it and blamed government militias" is the
// accused's retort, which blames the other side for no deed the story
// reports it suspected of (bareBlameEnd).
func (a *article) deniedBefore(first, j int32) bool {
	for _, t := range a.sentTerms(a.sentOf[j]) {
		if t.p.Cat == lexicon.Attribution && t.p.Value == record.Denied && t.t0 >= first && t.t1 <= j {
			return true
		}
	}
	return false
}

// blamedSomeone reports whether tokens [n0, n1), one of the objects of a
// bare blame (bareBlameEnd), name someone no other rule reads better:
// not a place alone ("Russian officials blamed Kyiv": the state that a
// capital speaks for is statesIn's to read) and not a doer's noun alone
// ("blamed Islamists", after "Suspected Islamist militants have
// beheaded 10 people": the description the story gives of the doers,
// which description reads with its own cue).
func (a *article) blamedSomeone(n0, n1 int32) bool {
	if articleWords[a.lowerWord(n0)] {
		n0++
	}
	if n1 <= n0 {
		return false
	}
	if tm, ok := a.termAt(n0, lexicon.Party); ok && tm.p.Value == record.Perpetrators && tm.t0 == n0 && tm.t1 == n1 {
		return false
	}
	lo, hi := a.placeRange(n0, n1)
	for k := lo; k < hi; k++ {
		if m := &a.places[k]; m.t0 <= n0 && m.t1 >= n1 {
			return false
		}
	}
	return true
}

// bareForceIn finds the last state force named without its country
// (bareForceAt's) that lies wholly in tokens [n0, n1) of a sentence that
// opens at first, and returns its tokens.
func (a *article) bareForceIn(n0, n1, first int32) (int32, int32, bool) {
	for j := n1 - 1; j >= n0; j-- {
		if t0, ok := a.bareForceAt(j, first); ok && t0 >= n0 {
			return t0, j + 1, true
		}
	}
	return 0, 0, false
}

// holdVerbs are the forms of "hold" that, with "responsible" after their
// object, blame it: "police held the group responsible".
var holdVerbs = lexicon.Words().Set("hold-verb") // lexicon/words.txt

// blameAdjectives blame the object of a word of holdVerbs ("held X
// responsible"), and fingerNouns after a form of fingerVerbs whoever
// follows "at", in any tense: "pointed the finger at", "were pointing the
// finger at" (accusedIn, heldResponsible).
var (
	blameAdjectives = lexicon.Words().Set("blame-adjective") // lexicon/words.txt
	fingerNouns     = lexicon.Words().Set("finger-noun")     // lexicon/words.txt
	fingerVerbs     = lexicon.Words().Set("finger-verb")     // lexicon/words.txt
)

// heldResponsible reports whether the actor at tokens [t0, t1) is the
// object of "hold ... responsible": "the police hold the Shining Path
// responsible for the attack". It returns the byte span from the verb
// to "responsible", the cue of a suspicion.
func (a *article) heldResponsible(t0, t1 int32) (int, int, bool) {
	j := t0 - 1
	if a.lowerWord(j) == "the" {
		j--
	}
	if !holdVerbs[a.lowerWord(j)] {
		return 0, 0, false
	}
	last := int32(a.sents[a.sentOf[t0]].Last)
	for k := t1; k < last && k <= t1+2; k++ {
		if blameAdjectives[a.lowerWord(k)] {
			b0, b1 := a.span(j, k+1)
			return b0, b1, true
		}
	}
	return 0, 0, false
}

// heldToBlame reports whether token j is a verb of [hold-verb] that
// blames its object: a word of [blame-adjective] follows the object in
// its clause and either ends the clause, the deed left to the story told
// before ("Police hold G responsible.", "officials held G responsible,
// the ministry said"), or opens a charge of the deed ("held G
// responsible for the attack"). "Held the government responsible for
// rising prices" charges something else. A sentence of such blame is a
// cue of attribution (cueSentences), as "blamed G" is.
func (a *article) heldToBlame(j int32) bool {
	if !holdVerbs[a.lowerWord(j)] {
		return false
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	k := a.blameWordAfter(j, last)
	if k < 0 {
		return false
	}
	n := k + 1
	if n >= last || a.clauseBreak(n) || a.word(n) == "." {
		return true
	}
	if w := a.lowerWord(n); w == "for" || w == "over" {
		return a.deedComplement(n + 1)
	}
	return false
}

// blameWordAfter returns the first [blame-adjective] after the object of
// the [hold-verb] at token j, in its clause and at most nine words on
// ("held the Shining Path responsible"), or -1 (accusedIn, heldToBlame).
func (a *article) blameWordAfter(j, last int32) int32 {
	for k := j + 2; k < last && k <= j+9 && !a.clauseBreak(k); k++ {
		if blameAdjectives[a.lowerWord(k)] {
			return k
		}
	}
	return -1
}

// deedChargeAt reports whether "of" or "for" at token k opens the
// complement of an accusation that says the attack (deedComplement):
// "accused X of instigating it", "blamed X for the bombing".
func (a *article) deedChargeAt(k int32) bool {
	w := a.lowerWord(k)
	return (w == "of" || w == "for") && a.deedComplement(k+1)
}

// deedComplement reports whether the words from token k say the attack,
// as the complement of an accusation: a verb of doing or ordering it
// ("of instigating it", "for organising the violence", "of being behind
// the attack"), a word for it ("for the bombing", "over Sunday's
// attack", definiteDeed: "of this crime") or for the killing it was ("of
// murdering the mayor", "for the murder of nine unionists", "for the
// deaths"): who is accused of a killing is accused of the attack that
// killed. "Accused X of being weak" is about something else.
func (a *article) deedComplement(k int32) bool {
	if deedVerbs[a.lowerWord(k)] {
		return true
	}
	if a.lowerWord(k) == "being" {
		// "of being behind the attack", not "of being weak"
		return culpable[a.lowerWord(k+1)]
	}
	last := int32(a.sents[a.sentOf[min(k, int32(len(a.toks)-1))]].Last)
	for j := k; j < min(k+4, last); j++ {
		if _, ok := a.termAt(j, lexicon.Kill); ok {
			return true
		}
	}
	return a.deedAt(k, min(k+4, last)) || a.definiteDeed(k-1)
}

// deedAt reports whether a word for an attack stands in tokens [t0, t1).
func (a *article) deedAt(t0, t1 int32) bool {
	for k := t0; k < t1; k++ {
		if a.deedWord(k) {
			return true
		}
	}
	return false
}

// blameCopula finds, left of "behind" at token j, the verb that makes its
// subject the one behind the attack: "were behind", "is believed to have
// been behind", "are thought to be behind", past adverbs of
// [copula-adverb] before the predicate or the participle ("was likely
// behind", "are widely believed to be behind"), and past the "to" of
// "blame", whose predicate is its infinitive ("the army was to blame",
// "G was probably to blame"). It returns the first token of that verb
// group.
func (a *article) blameCopula(j, first int32) (int32, bool) {
	k := j - 1
	if a.lowerWord(j) == "blame" && a.lowerWord(k) == "to" {
		k-- // "was to blame", "was probably to blame": the infinitive is the predicate
	}
	if w := a.lowerWord(k); w == "been" || w == "be" {
		k--
		if a.lowerWord(k) == "have" {
			k--
		}
		if a.lowerWord(k) != "to" {
			// "had been behind"
			if w := a.lowerWord(k); w == "have" || w == "has" || w == "had" {
				return k, k >= first
			}
			return 0, false
		}
		k--
		if !beliefParticiples[a.lowerWord(k)] {
			return 0, false
		}
		k--
	}
	k = a.pastCopulaAdverbs(k) // "are widely believed", "was likely behind", "was almost certainly behind"
	if copulas[a.lowerWord(k)] {
		return k, k >= first
	}
	return 0, false
}

// pastCopulaAdverbs returns the token left of up to two adverbs of
// [copula-adverb] ending at token k ("almost certainly"), or k when none
// stands there: an adverb between a copula and its predicate is part of
// the predicate.
func (a *article) pastCopulaAdverbs(k int32) int32 {
	for n := 0; n < 2 && k >= 0 && copulaAdverbs[a.lowerWord(k)]; n++ {
		k--
	}
	return k
}

// subjectStart returns the first token of the noun phrase that ends before
// token v: back to the start of the sentence or a word that stands before
// a subject (beforeSubject: "Police said dissident republicans were
// behind ..."), or v for a pronoun, which names no one.
func (a *article) subjectStart(v, first int32) int32 {
	k := v
	for k > first && k > v-6 && !a.beforeSubject(k-1) {
		switch w := a.lowerWord(k - 1); {
		case personalPronouns[w], w == "who", w == "which", w == "this", w == "that", w == "what":
			return v
		}
		k--
	}
	if k > first && addresseeSayVerbs[a.lowerWord(k-1)] {
		// "told Reuters its fighters were behind it", "told the
		// Associated Press the group was behind it": whom it was told to
		// is no part of the subject, which follows the name
		m := k
		if articleWords[a.lowerWord(m)] {
			m++
		}
		for m < v && a.capWord(m) {
			m++
		}
		if m > k {
			if m < v && ownPronouns[a.lowerWord(m)] {
				return v // "its fighters": the speaker's own, no one else accused
			}
			return m
		}
	}
	return k
}

// beforeSubject reports whether token j ends what stands before a
// subject: a clause break, punctuation other than an apostrophe or a
// hyphen inside a word (a dateline: "BELFAST - Loyalist
// paramilitaries"), a verb of believing, or a conjunction that opens a
// clause ("and", "after", "as").
func (a *article) beforeSubject(j int32) bool {
	if a.clauseBreak(j) || a.toks[j].Kind == text.Punct && a.word(j) != "'" && a.word(j) != "’" && !a.isInnerHyphen(int(j)) {
		return true
	}
	w := a.lowerWord(j)
	return beliefVerbs[w] || w == "and" || w == "after" || w == "as"
}

// nounPhraseEnd returns the end of the noun phrase that starts at token k:
// words and apostrophes up to a preposition or a conjunction, within six
// tokens.
func (a *article) nounPhraseEnd(k, last int32) int32 {
	j := k
	for j < last && j < k+6 && (a.toks[j].Kind == text.Word || a.word(j) == "'" || a.word(j) == "’") {
		switch a.lowerWord(j) {
		case "for", "over", "in", "on", "at", "after", "since", "and", "as", "while", "because":
			return j
		}
		j++
	}
	return j
}

// actorNouns are nouns of people an accusation may name as the attackers
// beside the parties of terms.txt ("supporters", "family", "dissident").
var actorNouns = lexicon.Words().Set("actor-noun") // lexicon/words.txt

// personalPronouns stand for someone and name no one ("we", "they"): never
// a perpetrator's name. Their case is the value of each (subjectPronoun).
var personalPronouns = lexicon.Words().Set("personal-pronoun") // lexicon/words.txt

// pronounCases give the case of a personal pronoun and mark the relative
// pronouns that stand as a subject (subjectPronoun).
var pronounCases, relativeCases = lexicon.Words().Map("personal-pronoun"), lexicon.Words().Map("relative-pronoun") // lexicon/words.txt

// subjectPronoun reports whether w stands as a verb's subject for someone
// named elsewhere: a personal pronoun of the subject case ("they", "we")
// or a relative pronoun marked so ("who", "which").
func subjectPronoun(w string) bool {
	return pronounCases[w] == "subject" || relativeCases[w] == "subject"
}

// namesPeople reports whether tokens [n0, n1) say who the accused are: a
// noun of people by allegiance or kin ("supporters", "family", "police"),
// a proper name ("Bakiyev's family", "the Tigers") or a demonym ("the
// Colombian intelligence services"). "Politics is
// behind it" names no one; "militants opposed to girls' education" only
// describes them, as "unidentified gunmen" does, and the attribution of a
// description stays unknown (description).
func (a *article) namesPeople(n0, n1 int32) bool {
	for j := n0; j < n1; j++ {
		if personalPronouns[a.lowerWord(j)] {
			continue // "“We are behind the attack,” said a caller": a pronoun, capitalised or not, names no one
		}
		if actorNouns[a.lowerWord(j)] {
			return true
		}
		if a.toks[j].Kind == text.Word && a.toks[j].Has(text.Cap) && !a.sentenceInitial(j) && a.cs == text.Mixed {
			return true
		}
		if a.isDemonym(j) {
			return true // "THE COLOMBIAN INTELLIGENCE SERVICES": who they are by their state, in any case
		}
	}
	return false
}

// namesKnownActor reports whether tokens [n0, n1) hold a named group or a
// state force, which groupsIn and statesIn read with their own rules.
func (a *article) namesKnownActor(n0, n1 int32) bool {
	b0, b1 := a.span(n0, n1)
	if lo, hi := a.groupRange(b0, b1); lo < hi {
		return true
	}
	plo, phi := a.placeRange(n0, n1)
	for k := plo; k < phi; k++ {
		if m := &a.places[k]; (m.demonym || m.country) && forceNouns[a.lowerWord(m.t1)] {
			return true
		}
	}
	return false
}

// shortNameOf returns the group named before in the article of which
// tokens [n0, n1), capitalised words, are a short name: "the Tigers" after
// "Tamil Tiger rebels" is the Liberation Tigers of Tamil Eelam. It returns
// an index into a.groups, or -1.
func (a *article) shortNameOf(n0, n1 int32) int {
	for j := n0; j < n1; j++ {
		if a.toks[j].Kind != text.Word || !a.toks[j].Has(text.Cap) || genericNameWords[a.lowerWord(j)] {
			return -1
		}
	}
	b0, _ := a.span(n0, n1)
	if !a.groupWordsKnown {
		a.groupWords, a.groupWordsKnown = a.nameWords(a.groupWords[:0]), true
	}
	for g := range a.groups {
		if a.groups[g].Start >= b0 {
			break
		}
		all := true
		for j := n0; j < n1 && all; j++ {
			w := a.lowerWord(j)
			all = false
			for _, v := range a.groupWords[g] {
				if v == w || v+"s" == w || v == w+"s" {
					all = true
					break
				}
			}
		}
		if all {
			return g
		}
	}
	return -1
}

// nameWords returns the lower-case words of each named group's name and
// the alias it was found by, in a.groups' order: shortNameOf's words,
// split once per article, not once per group and phrase it compares.
func (a *article) nameWords(out [][]string) [][]string {
	for _, g := range a.groups {
		out = append(out, strings.Fields(strings.ToLower(g.Group.Name+" "+g.Alias)))
	}
	return out
}

// behindFrom reports whether the actor ending before token t1 is the
// subject of a predicate of culpability ([culpable]) that holds it to the
// attack, past the copula and the adverbs of likelihood blameCopula
// reads: "ETA is believed to have been behind the bombing", "G was likely
// responsible for the bombing", "G was most likely responsible." The
// predicate names the deed ("behind the attack", behindDeed; "responsible
// for the bombing", heldToDeed) or ends the clause, where it can be about
// nothing but the deed told. It returns the span of the cue.
func (a *article) behindFrom(t1 int32) (int32, int32, bool) {
	last := int32(a.sents[a.sentOf[min(t1, int32(len(a.toks)-1))]].Last)
	for j := t1 + 1; j < last && j <= t1+8; j++ {
		if !culpable[a.lowerWord(j)] {
			continue
		}
		if v, ok := a.culpablePredicate(j); ok && a.subjectEndsAt(t1, v) {
			return v, j + 1, true
		}
		break
	}
	return 0, 0, false
}

// culpablePredicate reports whether the word of [culpable] at token j is
// a predicate that holds its subject to the attack (behindFrom), and
// returns the first token of its copula: the deed named after it or the
// clause ended by it.
func (a *article) culpablePredicate(j int32) (int32, bool) {
	if !culpable[a.lowerWord(j)] {
		return 0, false
	}
	first, last := int32(a.sents[a.sentOf[j]].First), int32(a.sents[a.sentOf[j]].Last)
	held := a.behindDeed(j) || a.lowerWord(j) != "behind" && (a.heldToDeed(j) || j+1 >= last || a.toks[j+1].Kind == text.Punct)
	if !held {
		return 0, false
	}
	return a.blameCopula(j, first)
}

// subjectEndsAt reports whether the subject whose first conjunct is the
// actor ending before token t1 ends before the verb at token v: right
// before it, or past a coordinator and a short second conjunct ("G and
// its allies remain prime suspects", "G or its splinter groups were
// behind the attack"), so the predicate is each conjunct's. A second
// conjunct is words only, up to five, with no verb of saying ("G and
// police said ..." makes the police a speaker, not G's partner).
func (a *article) subjectEndsAt(t1, v int32) bool {
	if v == t1 {
		return true
	}
	if !listLinks[a.lowerWord(t1)] || v-t1 < 2 || v-t1 > 6 {
		return false
	}
	for k := t1 + 1; k < v; k++ {
		w := a.lowerWord(k)
		if a.toks[k].Kind != text.Word && w != "'" && w != "’" || a.clauseBreak(k) || sayVerbs[w] || reportVerbs[w] || listLinks[w] || copulaOrAs(w) {
			return false
		}
	}
	return true
}

// behindDeed reports whether token j is "behind" an attack ("behind a
// bomb attack", "behind Sunday's bombing"): a sentence that says who was.
func (a *article) behindDeed(j int32) bool {
	if a.lowerWord(j) != "behind" {
		return false
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	return a.deedAt(j+1, min(j+4, last))
}

// heldToDeed reports whether token j is a word of [culpable] that, by
// "for", "in" or "of" ("guilty of the murders"), or a verb of [perpetrate-verb] that holds its subject
// to a definite deed told (culpableAfter: "are responsible for the murder
// of the Jesuits", "involved in the killing", "committed this crime"): a
// sentence that says who did it, in any tense ("was responsible" is a
// cue of its own).
func (a *article) heldToDeed(j int32) bool {
	if w := a.lowerWord(j + 1); w != "for" && w != "in" && w != "of" && !perpetrateVerbs[a.lowerWord(j)] {
		return false // not "behind the attack", which behindDeed reads
	}
	_, _, ok := a.culpableAfter(j)
	return ok
}

// anaphorHeads head a phrase that names again the group the text has just
// named: "the group", "the rebel group", "the militants".
var anaphorHeads = lexicon.Words().Set("anaphor-head") // lexicon/words.txt

// groupAnaphor returns the group a sentence opening with "The group" or
// "The rebel group" names again, the last one named in the three
// sentences before, with the tokens [t0, t1) of the phrase that names it
// again.
func (a *article) groupAnaphor(si int32) (c actorCand, t0, t1 int32, ok bool) {
	s := a.sents[si]
	t0 = int32(s.First)
	if a.lowerWord(t0) != "the" {
		return actorCand{}, 0, 0, false
	}
	t1 = t0 + 1
	for t1 < int32(s.Last) && t1 < t0+4 && !anaphorHeads[a.lowerWord(t1)] {
		t1++
	}
	if !anaphorHeads[a.lowerWord(t1)] {
		return actorCand{}, 0, 0, false
	}
	t1++
	b0, _ := a.sentBytes(si)
	lo := max(si-3, 0)
	from, _ := a.sentBytes(lo)
	glo, ghi := a.groupRange(from, b0)
	if glo == ghi {
		return actorCand{}, 0, 0, false
	}
	k := ghi - 1
	for k > glo && a.backgroundOf(a.groups[k-1], a.groups[k]) {
		k-- // "G, which officials say is a proxy of H, ... The group denied": G
	}
	g := a.groups[k]
	if g.Group.Kind == "state" || g.Group.Kind == "coalition" {
		return actorCand{}, 0, 0, false
	}
	c = actorCand{name: a.displayName(g.Start, g.End), canonical: g.Group.Name, kind: "group", b0: g.Start, b1: g.End}
	return c, t0, t1, true
}

// backgroundOf reports whether group h is named inside a relative clause
// or an apposition on group g, which opens with a comma and "which",
// "who" or an article right after g and is not closed before h: "The
// Resistance Front, which officials say is a proxy of Lashkar-e-Taiba",
// "al-Shabaab, an affiliate of al-Qaeda", past an acronym in brackets
// ("The Resistance Front (TRF), the shadow group of LeT"). h is what the text says of g,
// its background; "the group" after it names g again, the one the
// sentence is about.
func (a *article) backgroundOf(g, h actor.Match) bool {
	t1 := a.tokenAt(g.End-1) + 1
	h0 := a.tokenAt(h.Start)
	if a.word(t1) == ")" {
		t1++ // the acronym in brackets matched on its own
	} else if a.word(t1) == "(" {
		// past its acronym: "The Resistance Front (TRF), the shadow group of LeT"
		for k := t1 + 1; k < h0 && k <= t1+6; k++ {
			if a.word(k) == ")" {
				t1 = k + 1
				break
			}
		}
	}
	if h0 <= t1+1 || a.word(t1) != "," || a.sentOf[t1] != a.sentOf[h0] {
		return false
	}
	switch a.lowerWord(t1 + 1) {
	case "which", "who", "a", "an", "the":
	default:
		return false
	}
	for k := t1 + 1; k < h0; k++ {
		if a.word(k) == "," {
			return false
		}
	}
	return true
}

// anaphorDoer returns the group that "The group" names again when, in a
// sentence telling of the incident, it is the one who acted: "The group
// kidnapped two engineers on Monday", "The organisation, which set fire
// to a country club early on Tuesday, sent a letter". A story names a
// group, then tells its deed with the phrase that stands for it: that is
// the group the report names as the doer, suspected unless the sentence
// says more. The heads that are perpetrator nouns themselves ("The
// rebels attacked") are a description the story's insurgency answers
// for (insurgentsOf), not an anaphor.
func (f *filler) anaphorDoer(si int32) (actorCand, bool) {
	a := f.a
	if !f.isMention(si) {
		return actorCand{}, false
	}
	c, t0, t1, ok := a.groupAnaphor(si)
	if !ok || a.hasTerm(t1-1, lexicon.Party, record.Perpetrators) {
		return actorCand{}, false
	}
	last := int32(a.sents[si].Last)
	acted := a.agent(t1-1, t1)
	if !acted && a.word(t1) == "," && (a.lowerWord(t1+1) == "which" || a.lowerWord(t1+1) == "that") {
		acted = a.deedAt(t1+2, min(last, t1+8)) // "The group, which early today set fire to"
	}
	if !acted {
		return actorCand{}, false
	}
	c.attr, c.c0, c.c1 = a.attribution(si, t0, t1)
	return c, true
}

// groupAnaphorIn returns the group a sentence opening with "The group" or
// "The rebel group" speaks for, when it claims or denies the attack: "The
// group said it was not behind the attack", "The group said in a
// statement that its fighters had carried out the raid". The group is
// the last one named in the three sentences before; its name's span,
// where the text names it, is the evidence of the name, and the cue in
// this sentence that of the attribution.
func (a *article) groupAnaphorIn(si int32) (actorCand, bool) {
	c, t0, t1, ok := a.groupAnaphor(si)
	if !ok {
		return actorCand{}, false
	}
	if v0, v1, ok := a.selfReport(si, t0, t1); ok {
		c.attr = record.Claimed
		c.c0, c.c1 = a.span(v0, v1)
		return c, true
	}
	if d0, d1, ok := a.selfDenial(t1); ok {
		c.attr, c.c0, c.c1 = record.Denied, d0, d1
		return c, true
	}
	if attr, c0, c1 := a.attribution(si, t0, t1); c1 > 0 && (attr == record.Claimed || attr == record.Denied) && a.tokenAt(c0) >= t1 {
		c.attr, c.c0, c.c1 = attr, c0, c1
		return c, true
	}
	return actorCand{}, false
}

// chargeNouns name a charge a denial answers (deniesCharge).
var chargeNouns = lexicon.Words().Set("charge-noun") // lexicon/words.txt

// forceDenials gives the state forces the story accuses ("villagers said
// soldiers killed their relatives", "blamed on the air force") the
// attribution denied when a state force answers the charge after the
// last accusation: "The army denied involvement in the killings",
// "Police denied that officers had fired on the marchers". As GTD and
// ACLED code an accused force, the force stays the perpetrator, its
// denial noted; the denial is the last word only when no accusation
// follows it ("the high command denied involvement ... political
// assassination by the government forces is a constant practice" leaves
// them suspected), and a force that denies what no one laid on it is no
// candidate at all.
func (f *filler) forceDenials(cands []actorCand) {
	last := -1
	states := map[string]bool{}
	for _, c := range cands {
		if c.kind == "state" && c.attr == record.Suspected {
			last = max(last, c.b0, c.c0)
			if c.state != "" {
				states[c.state] = true
			}
		}
	}
	if last < 0 {
		return
	}
	d0, d1, ok := f.forceDenial(last, states)
	if !ok {
		return
	}
	for i := range cands {
		if c := &cands[i]; c.kind == "state" && c.attr == record.Suspected {
			c.attr, c.c0, c.c1 = record.Denied, d0, d1
		}
	}
}

// describedDenials gives a described doer the story accuses ("The
// officer blamed separatist fighters") the attribution denied when, after
// the accusation, a cue of denial that answers a charge (deniesCharge) has
// a subject a word of the description names: "A spokesman for one
// separatist group denied involvement". Those the description names answer
// for themselves through whoever speaks for them, as a state answers for
// its forces (forceDenials); ACLED and GTD record such a denial.
func (f *filler) describedDenials(cands []actorCand) {
	a := f.a
	for i := range cands {
		c := &cands[i]
		if c.kind != "description" || c.attr != record.Suspected {
			continue
		}
		words := describedWords(c.name)
		if len(words) == 0 {
			continue
		}
		after := max(c.b1, c.c1)
		for _, si := range f.attributionSentences() {
			if d0, d1, ok := a.describedDenial(si, words, after); ok {
				c.attr, c.c0, c.c1 = record.Denied, d0, d1
				break
			}
		}
	}
}

// describedWords returns the words of a description's name that tell
// who they are, each without a plural "s": the cause or politics they
// fight for ("separatist fighters", "leftist guerrillas"), or the one noun
// of a bare name ("rebels"); not "armed" of "armed men", which the armed
// forces share.
func describedWords(name string) map[string]bool {
	words := map[string]bool{}
	fields := strings.Fields(strings.ToLower(name))
	for _, w := range fields {
		if causeOrientations[w] || groupOrientations[w] || len(fields) == 1 {
			words[strings.TrimSuffix(w, "s")] = true
		}
	}
	return words
}

// describedDenial returns the span of a cue of denial in sentence si,
// after byte after, that answers a charge and whose subject, in the
// words of its clause before it, has one of words (describedWords: a
// plural or a singular of it, "separatists", "separatist group").
func (a *article) describedDenial(si int32, words map[string]bool, after int) (int, int, bool) {
	first := int32(a.sents[si].First)
	for _, t := range a.sentTerms(si) {
		if t.p.Cat != lexicon.Attribution || t.p.Value != record.Denied || int(a.toks[t.t0].Start) <= after {
			continue
		}
		if !a.deniesCharge(t) || a.negatedDenial(t.t0) >= 0 {
			continue
		}
		end := a.pastAsidesBack(t.t0, first)
		for j := end - 1; j >= first && j >= end-8; j-- {
			w := a.lowerWord(j)
			if a.clauseBreak(j) || sayVerbs[w] { // a word of reporting breaks the clause too
				break // "Separatists said police denied it": another subject
			}
			if words[strings.TrimSuffix(w, "s")] {
				b0, b1 := a.span(t.t0, t.t1)
				return b0, b1, true
			}
		}
	}
	return 0, 0, false
}

// forceAvowals makes a state's force suspected in the incident's
// sentences claimed when, in a sentence of no other incident, the force
// named by the head of its name avows a gerund that tells the deed
// (avowedGerund): "An air strike by the Saudi-led coalition hit a bus ...
// The coalition acknowledged carrying out the strike". The gerund's doer
// is the subject of the verb that avows it, so the force owns the deed.
func (f *filler) forceAvowals(cands []actorCand) {
	type avowal struct {
		v0, v1 int
		ok     bool
	}
	found := map[string]avowal{} // by head: the scan of the story depends on it alone
	for i := range cands {
		c := &cands[i]
		if c.kind != "state" || c.attr != record.Suspected {
			continue
		}
		name := strings.ToLower(c.name)
		head := name[strings.LastIndexByte(name, ' ')+1:]
		v, seen := found[head]
		if !seen {
			v.v0, v.v1, v.ok = f.forceAvowal(head)
			found[head] = v
		}
		if v.ok {
			c.attr, c.c0, c.c1 = record.Claimed, v.v0, v.v1
		}
	}
}

// forceAvowal finds the sentence where the force whose name ends in head
// avows the deed in a gerund (forceAvowals) and returns the span of the
// force and its verb.
func (f *filler) forceAvowal(head string) (int, int, bool) {
	a := f.a
	for si := range a.sents {
		s := int32(si)
		other := f.otherIncident(s)
		if other && !f.onlyNewOthers(s) {
			continue
		}
		first, last := int32(a.sents[si].First), int32(a.sents[si].Last)
		for j := first; j+1 < last; j++ {
			if a.lowerWord(j) != head || !a.sentenceSubject(j) {
				continue
			}
			v := j + 1
			if other && !(a.definiteDeed(v+1) || a.definiteDeed(v+2)) {
				continue // a deed the reader knows of is the incident's: "carrying out the strike"
			}
			if a.avowedGerund(v, last) && a.ownDeedFrom(v, last, j, j+1) {
				b0, b1 := a.span(j, v+1)
				return b0, b1, true
			}
		}
	}
	return 0, 0, false
}

// onlyNewOthers reports whether every other incident sentence si belongs
// to is first told there, while the incident being filled was told
// before it: a definite deed in the sentence ("the strike") then points
// back to this incident, the only one the reader already knows.
func (f *filler) onlyNewOthers(si int32) bool {
	if !f.in.toldBefore(si, false) {
		return false
	}
	for _, in := range f.st.incOf[si] {
		if in != f.in && in.toldBefore(si, false) {
			return false
		}
	}
	return true
}

// forceDenial finds, after byte after, in one of the incident's
// attribution sentences, a cue of denial whose subject is a state's force
// (forceDenies) and which answers a charge (deniesCharge), and returns
// the cue's span.
func (f *filler) forceDenial(after int, states map[string]bool) (int, int, bool) {
	a := f.a
	for _, si := range f.attributionSentences() {
		first := int32(a.sents[si].First)
		for _, t := range a.sentTerms(si) {
			if t.p.Cat != lexicon.Attribution || t.p.Value != record.Denied || int(a.toks[t.t0].Start) <= after {
				continue
			}
			if (a.forceDenies(t, first) || a.stateDenies(t, first, states)) && a.deniesCharge(t) && a.negatedDenial(t.t0) < 0 {
				b0, b1 := a.span(t.t0, t.t1)
				return b0, b1, true
			}
		}
	}
	return 0, 0, false
}

// speakerOffices are the office words between a state's name and its
// speaker ("defence ministry", "Foreign Ministry").
var speakerOffices = lexicon.Words().Set("speaker-office") // lexicon/words.txt

// stateDenies reports whether the subject of the cue of denial t, in the
// sentence opening at first, is one of the states whose forces the story
// accuses: the state by its name ("Russia denied it had carried out the
// strike") or an office its name qualifies ([state-speaker]: "Russia's
// defence ministry denied any raid on the town", "the Russian defence
// ministry denied"). A state answers for its forces, as its forces do.
func (a *article) stateDenies(t term, first int32, states map[string]bool) bool {
	if len(states) == 0 {
		return false
	}
	j := a.pastAsidesBack(t.t0, first)
	lo, hi := a.placeRange(max(first, j-6), j)
	for k := hi - 1; k >= lo; k-- {
		m := &a.places[k]
		if m.t1 > j || !(m.country || m.demonym) || m.chosen == nil || !states[m.chosen.CountryCode] {
			continue
		}
		for n := m.t1; n < j; n++ {
			if a.inDate(n) || a.lowerWord(n) == "on" && a.inDate(n+1) {
				continue // "Russia on Tuesday denied its planes had ..."
			}
			w := a.lowerWord(n)
			if !stateSpeakers[w] && !serviceAdjectives[w] && w != "'s" && w != "’s" && w != "s" && w != "'" && w != "’" && !speakerOffices[w] {
				return false // "Russia said Ukraine denied": another subject
			}
		}
		return true
	}
	return false
}

// deniesCharge reports whether the cue of denial t answers a charge: it
// names one ("rejected the accusation"), its object in the clause after
// it does, past "that", by a word of [charge-noun], by one of [culpable]
// that holds its subject to the deed ("denied that it was involved") or
// by the deed itself, its verb, weapon or harm (deedAfter, [fire-verb]:
// "denied that officers had fired on the marchers"), by the live rounds
// a shooting is made with, which a force that denies them denies firing
// (liveRoundAt: "denied using live ammunition", "denied his men used
// live rounds"; not "rubber bullets", which it may own), or by a
// pronoun ending the clause, which stands for the deed told ("the army denied it", "denied that the
// military perpetrated it"), or the clause ends at the cue ("which the
// armed forces have denied"), or its object is a gerund: "denied firing
// on the crowd", "denied using live ammunition" deny the denier's own
// doing, since a gerund's doer is the subject of the verb it is the
// object of (gerundAt, as avowedGerund for the avowal). "Denied that
// there are any rifts" answers none.
func (a *article) deniesCharge(t term) bool {
	if a.setIn(chargeNouns, t.t0, t.t1) {
		return true // "rejected the accusation"
	}
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	if t.t1 >= last || a.toks[t.t1].Kind == text.Punct {
		return true // "which the armed forces have denied."
	}
	if a.gerundAt(t.t1) {
		return true // "Police denied using live ammunition"
	}
	for k := t.t1; k < last && k < t.t1+12; k++ {
		w := a.lowerWord(k)
		if chargeNouns[w] || culpable[w] || fireVerbs[w] || a.liveRoundAt(k) || a.deedAfter(k, k+1) || (w == "it" || w == "this") && (k+1 >= last || a.toks[k+1].Kind == text.Punct) {
			return true // "denied it", "denied that the military perpetrated it": the pronoun ending the clause is the deed told
		}
		if w != "that" && a.clauseBreak(k) {
			return false // after the charge test: "reports" in "denied the FMLN reports" is a noun, no verb of reporting
		}
	}
	return false
}

// forceDenies reports whether the subject of the cue of denial t, in the
// sentence opening at first, is a state's force: right before it, past
// asides (forceSubjectBefore, pastAsidesBack: "the armed forces high
// command immediately denied", "the armed forces press committee
// (COPREFA), however, denied", "air force commander general Rafael
// Villamariona denied") or, when the cue is a verb joined by "and" to one
// before it, the force that opens the sentence as the subject of both
// ("The armed forces condemned the attack and denied that the military
// perpetrated it").
func (a *article) forceDenies(t term, first int32) bool {
	if a.forceSubjectBefore(a.pastAsidesBack(t.t0, first), first) {
		return true
	}
	if a.lowerWord(t.t0-1) != "and" {
		return false
	}
	for j := first; j < t.t0 && j < first+5 && !a.clauseBreak(j); j++ {
		if a.forceSubjectBefore(j+1, first) {
			return true
		}
	}
	return false
}

// stateNamedBefore reports whether a country's or a people's name stands
// in the five tokens before token j, inside the clause opening at first:
// the state that owns the voice at j ("Turkey's defence ministry", "the
// Russian defence ministry").
func (a *article) stateNamedBefore(j, first int32) bool {
	lo, hi := a.placeRange(max(first, j-5), j)
	for k := lo; k < hi; k++ {
		if m := &a.places[k]; m.country || m.demonym {
			return true
		}
	}
	return false
}

// forceSubjectBefore reports whether a state's force stands left of token
// t in its clause: an armed agent of the state (stateForceBefore: "the
// army", "Iraqi forces"), a force named without its country (bareForceAt:
// "the military"), the police as a body ([police-noun]), or a voice of
// the state's arms that no state's name qualifies (unnamedVoiceAt: "The
// defence ministry denied carrying out any air strike", "the high command
// denied"), within roleWindow. A voice a state's name qualifies ("Russia's
// defence ministry", "Turkey's defence ministry") answers only for that
// state's forces, which stateDenies checks.
func (a *article) forceSubjectBefore(t, first int32) bool {
	if a.stateForceBefore(t, first) {
		return true
	}
	for j := t - 1; j >= first && j >= t-roleWindow && !a.clauseBreak(j); j-- {
		if _, ok := a.bareForceAt(j, first); ok {
			return true
		}
		// "Police denied", "A police spokesman denied"; "the Kremlin
		// denied its forces were to blame": the state's seat answers for
		// its forces, and so does a voice of its arms no state's name
		// qualifies ("the defence ministry denied")
		if w := a.lowerWord(j); policeNouns[w] || stateOrgans[w] || a.unnamedVoiceAt(j) && !a.stateNamedBefore(j, first) {
			return true
		}
	}
	return false
}

// pastAsidesBack returns the token where the words before token t end
// once the asides between a subject and its verb are left out, walking
// back from t: a connective set off by commas (", however,") and a
// parenthesis ("(COPREFA)").
func (a *article) pastAsidesBack(t, first int32) int32 {
	if t-3 > first && a.word(t-1) == "," && connectives[a.lowerWord(t-2)] && a.word(t-3) == "," {
		t -= 3
	}
	if w := a.word(t - 1); w == ")" || w == "]" {
		open := "("
		if w == "]" {
			open = "["
		}
		for k := t - 2; k > first && k >= t-6; k-- {
			if a.word(k) == open {
				return k
			}
		}
	}
	return t
}

var (
	suspicionNouns  = lexicon.Words().Set("suspicion-noun")  // lexicon/words.txt
	shareNouns      = lexicon.Words().Set("share-noun")      // lexicon/words.txt
	suspicionHedges = lexicon.Words().Set("suspicion-hedge") // lexicon/words.txt
)

// suspectPredicate reports whether token j is a noun of the one suspected
// ([suspicion-noun]) used as a predicate: after a copula or "as", an
// article and at most two modifiers ("was the likely perpetrator", "as the
// prime suspect"), not negated ("was not the culprit"). It returns the
// copula, whose subject (or, after "as", the object of the verb before
// it: "pointed to G as the likely culprit") is the one suspected.
func (a *article) suspectPredicate(j int32) (int32, bool) {
	if !suspicionNouns[a.lowerWord(j)] {
		return 0, false
	}
	first := int32(a.sents[a.sentOf[j]].First)
	k, mods := j-1, 0
	for ; mods < 2 && k > first && !articleWords[a.lowerWord(k)] && !copulaOrAs(a.lowerWord(k)); mods++ {
		if w := a.lowerWord(k); w == "" || w[0] < 'a' || w[0] > 'z' || a.isPlaceOrGroup(k) {
			return 0, false // a modifier, not a name or a mark: "the G perpetrators"
		}
		k-- // "the most likely perpetrator"
	}
	if k > first && articleWords[a.lowerWord(k)] {
		k--
	} else if mods == 0 {
		return 0, false // "the claim is suspect": an adjective
	} // "remain prime suspects": a plural needs no article
	if !copulaOrAs(a.lowerWord(k)) {
		return 0, false
	}
	if negates(a.lowerWord(k+1)) || negates(a.lowerWord(k-1)) {
		return 0, false
	}
	return k, k > first
}

// predicateLinks link a subject or an object to a predicate noun besides
// the copulas ("remain", "as"; copulaOrAs).
var predicateLinks = lexicon.Words().Set("predicate-link") // lexicon/words.txt

// copulaOrAs reports whether w links a subject to its predicate noun ("is",
// "remain") or an object to the role it is named in ("as"): a [copula] or
// a [predicate-link].
func copulaOrAs(w string) bool {
	return copulas[w] || predicateLinks[w]
}

// suspectPredicateFrom reports whether the actor ending before token t1
// is the subject of a predicate of suspicion (suspectPredicate) whose
// copula follows it: "G was the likely perpetrator", "the evidence
// pointed to G as the likely culprit". It returns the span of the cue.
// A predicate held to another deed ("the main suspect in the 2019
// bombing") names no doer of this one.
func (a *article) suspectPredicateFrom(t1 int32) (int32, int32, bool) {
	last := int32(a.sents[a.sentOf[min(t1, int32(len(a.toks)-1))]].Last)
	for j := t1 + 2; j < last && j <= t1+10; j++ {
		if v, ok := a.suspectPredicate(j); ok && a.subjectEndsAt(t1, v) && !a.otherDeedsAt(j+1) {
			return v, j + 1, true
		}
	}
	return 0, 0, false
}

// shareOfDeedBefore reports whether the actor at token t0 is the object
// of a noun of a share in a deed ([share-noun]) that a hedge of suspicion
// qualifies or the deed follows: "the possible role of G", "the
// suspected involvement of G", "the role of G in the attack". It returns
// the span of the cue, from the hedge or the noun to "of".
func (a *article) shareOfDeedBefore(t0, t1 int32) (int32, int32, bool) {
	first, last := int32(a.sents[a.sentOf[t0]].First), int32(a.sents[a.sentOf[t0]].Last)
	j := t0 - 1
	if articleWords[a.lowerWord(j)] {
		j--
	}
	if j-1 < first || a.lowerWord(j) != "of" || !shareNouns[a.lowerWord(j-1)] {
		return 0, 0, false
	}
	n := j - 1
	for k := t1 + 1; a.lowerWord(t1) == "in" && k < min(t1+4, last); k++ {
		if a.hasTerm(k, lexicon.Frame, "peace") {
			return 0, 0, false // "the possible participation of G in the talks": a share in peace, not in a deed
		}
	}
	if n-1 >= first && suspicionHedges[a.lowerWord(n-1)] {
		return n - 1, j + 1, true
	}
	if a.shareIn(t1, last) {
		return n, j + 1, true
	}
	return 0, 0, false
}

// shareIn reports whether token k is the "in" after a sharer that names
// the deed shared, within three words and not other deeds (otherDeedsAt):
// "the role of G in the attack", not "in previous attacks". The sentence
// ends at token last.
func (a *article) shareIn(k, last int32) bool {
	return a.lowerWord(k) == "in" && a.deedAfter(k+1, min(k+4, last)) && !a.otherDeedsAt(k+1)
}

// suspicionAt reports whether token j heads a predicate of suspicion
// (suspectPredicate: "was the likely perpetrator") or a share in a deed,
// hedged ("the possible role of") or with the deed after the sharer ("the
// role of G in the murders"), as shareOfDeedBefore reads them: a sentence
// that says who is suspected, as "behind the attack" does (cueSentences).
func (a *article) suspicionAt(j int32) bool {
	if _, ok := a.suspectPredicate(j); ok {
		return true
	}
	if !shareNouns[a.lowerWord(j)] || a.lowerWord(j+1) != "of" {
		return false
	}
	if suspicionHedges[a.lowerWord(j-1)] {
		return true // "the possible role of"
	}
	// "the role of G in the murders": a share in the deed, as
	// shareOfDeedBefore reads it, the sharer a short phrase before "in"
	last := int32(a.sents[a.sentOf[j]].Last)
	for k := j + 3; k < last && k <= j+7 && !a.clauseBreak(k); k++ {
		if a.lowerWord(k) == "in" {
			return a.shareIn(k, last)
		}
	}
	return false
}

// attributeVerbs are the forms of "attribute" and its kin, whose object
// is what is imputed and whose complement after "to" the one it is
// imputed to (attributedAt).
var attributeVerbs = lexicon.Words().Set("attribute-verb") // lexicon/words.txt

// objectPreps, with eventPreps, open a phrase inside the object after its
// head (attributedAt).
var objectPreps = lexicon.Words().Set("object-prep") // lexicon/words.txt

// attributedAt reports whether token j is a verb of [attribute-verb]
// whose object, before "to", is the attack, and returns the token of that
// "to": "the authorities have attributed the murder to the drug mafias",
// "police attributed Monday's explosion to the ELN", "a rebel spokesman
// attributed it to the army". To attribute a deed to someone is to name
// them its doer, so the complement after "to" is blamed as "blamed X for
// the murder" blames X, whatever the deed's noun ("attributed the attack
// to", "attributed the bombing to" were phrases of their own). The deed
// heads the object: a word for the attack or for the killing it was, or
// a definite deed anaphor ("the crime"), before any preposition inside the
// object, or a pronoun that is the whole object ("attributed it to"). An
// object headed by something else ("attributed the rise in crime to",
// "attributed the profit fall to") imputes no attack, and a clause break
// before "to" ends the object. The passive ("the bombing was attributed to
// ETA") is the cue "attributed to" of terms.txt.
func (a *article) attributedAt(j int32) (int32, bool) {
	if !attributeVerbs[a.lowerWord(j)] {
		return 0, false
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	if w := a.lowerWord(j + 2); a.lowerWord(j+1) == "it" || a.lowerWord(j+1) == "them" {
		return j + 2, w == "to" // "attributed it to the army"
	}
	deed, prep := false, false
	for k := j + 1; k < last && k <= j+10; k++ {
		w := a.lowerWord(k)
		switch {
		case w == "to":
			return k, deed && k > j+1
		case a.clauseBreak(k) && w != ",":
			return 0, false
		case prep:
		case eventPreps[w] || objectPreps[w]:
			prep = true // "the murder of the mayor": the head is told
		case a.deedWord(k) || deedAnaphors[w] || a.hasTerm(k, lexicon.Kill, ""):
			deed = true
		}
	}
	return 0, false
}

// attributedTo reports whether the actor at token t0 is the complement of
// a verb of attributing the attack (attributedAt), right after its "to"
// and an article, and returns the byte span from the verb to "to", the
// cue of the suspicion.
func (a *article) attributedTo(t0 int32) (int, int, bool) {
	first := int32(a.sents[a.sentOf[t0]].First)
	k := t0 - 1
	if openQuotes[a.word(k)] {
		k-- // 'attributed the dynamite attacks to "recalcitrant government and army sectors"'
	}
	if articleWords[a.lowerWord(k)] {
		k--
	}
	if k <= first || a.lowerWord(k) != "to" {
		return 0, 0, false
	}
	for j := k - 1; j >= first && j >= k-10; j-- {
		if to, ok := a.attributedAt(j); ok && to == k {
			b0, b1 := a.span(j, k+1)
			return b0, b1, true
		}
	}
	return 0, 0, false
}

// imputes reports whether token j is a verb of attributing the attack
// (attributedAt): the sentence names who is blamed.
func (a *article) imputes(j int32) bool {
	_, ok := a.attributedAt(j)
	return ok
}
