package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// part is one counted group of people in a casualty statement: "at least two
// policemen", "three militants", "herself".
type part struct {
	party   string // a record party, or "" when the noun does not say (people, others)
	n, max  int    // max 0: no upper bound stated
	qual    text.Qualifier
	t0, t1  int32 // tokens of the phrase
	bare    bool  // a number with no noun ("Three were killed")
	name    bool  // a person named ("Adrian Nel")
	pronoun bool  // "he", "she": counts only as the subject of a casualty verb
	zero    bool  // "no one", "nobody": the text says none
	// nameT0, nameT1 are the tokens of the person's name when the text
	// gives one ("Yitzhak Rabin" of "Israeli Prime Minister Yitzhak
	// Rabin"); nameT1 is 0 when it does not.
	nameT0, nameT1 int32
	subset         bool // a breakdown of a figure given in the same statement ("including two police officers")
	additional     bool // "others", "another", "more": people beyond those already counted
	unknown        bool // "an undetermined number of": harmed, how many not known (at least one)
}

// statement is one casualty figure the text states: who was killed (or hurt,
// or taken), how many, in which words.
type statement struct {
	effect    lexicon.Category // Kill, Injure or Kidnap
	verb      term
	parts     []part
	sent      int32
	update    bool // "the death toll rose to 8": replaces earlier figures
	old       bool // "raising the death toll from 358": an earlier figure
	subset    bool // "five of those killed were Turkish", "the dead include ...": a breakdown
	hedged    bool // "could exceed", "unconfirmed reports put the toll at"
	confirmed bool // "we have confirmed 512"
	lowered   bool // "revised the toll down to 9": an update that may be smaller
	// campaign: "300 militants had been killed in the offensive": the
	// total of a campaign, not this incident's toll told again
	campaign bool
	// period: "10,000 have died in the seven-year insurgency": the dead
	// of years, never this incident's toll (measuredSpan)
	period bool
	// provisional: "early reports said six had died": a first figure
	// that any later one the article gives replaces
	provisional bool
	// combined: "killed or wounded 3,000": one figure for two effects,
	// which tells that people were harmed but is neither toll
	combined bool
	// claimed: "al-Shabaab said it had killed 12 soldiers": the doer's
	// own count of what it did, which a figure from anyone else replaces
	claimed bool
	// unconfirmed: "although we could not confirm this report, employees
	// said a vendor was wounded", "rumours said": a figure its teller does
	// not vouch for, which an unhedged one for the incident replaces
	unconfirmed bool
	// whole: "Ten people died in all, including the attackers": the sum
	// of all the harm the story tells (grandTotal)
	whole bool
	// also: "at least four Nigerien soldiers were also killed": people on
	// top of a toll told before, however far back (alsoBefore)
	also bool
	// untold: "three people were shot": hurt, as the outcome of a shooting
	// no word tells is, unless the incident tells deaths that may be
	// theirs (shotUntold)
	untold bool
}

// total is the statement's figure: the sum of its parts that are not a
// breakdown of another part.
func (s *statement) total() (n int, q text.Qualifier) {
	q = text.Exact
	for _, p := range s.parts {
		if p.subset {
			continue
		}
		n += p.n
		if p.qual != text.Exact {
			q = p.qual
		}
	}
	return n, q
}

// span returns the byte span of the statement: its verb and its parts.
func (s *statement) span(a *article) (int, int) { return a.span(s.tokens()) }

// tokens returns the tokens the statement covers: its verb and its parts.
func (s *statement) tokens() (int32, int32) {
	t0, t1 := s.verb.t0, s.verb.t1
	for _, p := range s.parts {
		t0, t1 = min(t0, p.t0), max(t1, p.t1)
	}
	return t0, t1
}

// woundNouns name the hurts a body bears (lexicon/words.txt).
var woundNouns = lexicon.Words().Set("wound-noun")

// woundBearer returns the people a wound noun after "with" is borne by:
// "Four workers survived, two of them with gunshot wounds", "Three people
// were admitted to hospital with stab wounds". A person with wounds is
// hurt; the bearer is the nearest counted phrase before "with", in its
// clause. Not in a sentence that tells a death ("Two bodies with bullet
// wounds were found"): the dead bear wounds too.
func (a *article) woundBearer(t term, qs []part, first, last int32) []part {
	w := t.t0 - 1
	for k := 0; k < 2 && w > first && a.toks[w].Kind == text.Word && a.lowerWord(w) != "with"; k++ {
		w-- // "with gunshot wounds", "with serious stab wounds"
	}
	if a.lowerWord(w) != "with" {
		return nil
	}
	if a.termIn(first, last, lexicon.Kill) {
		return nil
	}
	for k := len(qs) - 1; k >= 0; k-- {
		if qs[k].t1 > w {
			continue
		}
		for j := qs[k].t1; j < w; j++ {
			if a.clauseBreak(j) && a.word(j) != "," {
				return nil
			}
		}
		return []part{qs[k]}
	}
	return nil
}

// hurtStates are [injure] terms of a state, not a deed ("being treated",
// "in critical condition"; lexicon/words.txt).
var hurtStates = lexicon.Words().Set("hurt-state")

// adverbs may stand between a subject and its casualty verb ("were
// reportedly killed", "have also died").
var adverbs = lexicon.Words().Set("casualty-adverb") // lexicon/words.txt

// activeForms are casualty words that can take an object ("killing at least
// 15 people", "wounded 26 more").
var activeForms = lexicon.Words().Set("active-casualty-verb") // lexicon/words.txt

// dyingVerbs tell of death with the dead as their subject, as a passive
// casualty verb does: "Two policemen died, together with a passer-by".
var dyingVerbs = lexicon.Words().Set("dying-verb") // lexicon/words.txt

// The words around a toll that say how it stands to other counts: a
// figure since revised ("initially put the toll at two"), a first count
// ("early reports", tallyNouns after tallyEarly), an update
// ("raised the toll to 14"), a lowering ("revised ... down"), a
// confirmation, a death of other causes ("died of a heart attack").
var (
	earlierCounts = lexicon.Words().Set("earlier-count")  // lexicon/words.txt
	tallyNouns    = lexicon.Words().Set("tally-noun")     // lexicon/words.txt
	tallyEarly    = lexicon.Words().Set("tally-early")    // lexicon/words.txt
	tollRaise     = lexicon.Words().Set("toll-raise")     // lexicon/words.txt
	tollLower     = lexicon.Words().Set("toll-lower")     // lexicon/words.txt
	tollConfirmed = lexicon.Words().Set("toll-confirmed") // lexicon/words.txt
	otherCauses   = lexicon.Words().Set("other-cause")    // lexicon/words.txt
	confirmVerbs  = lexicon.Words().Set("confirm-verb")   // lexicon/words.txt
	confirmDenied = lexicon.Words().Set("confirm-denial") // lexicon/words.txt
	rumourNouns   = lexicon.Words().Set("rumour-noun")    // lexicon/words.txt
)

// statements finds the casualty statements of sentence si.
func (a *article) statements(si int32, terms []term) []statement {
	var out []statement
	s := a.sents[si]
	var qs []part
	for _, t := range terms {
		if c := t.p.Cat; c == lexicon.Kill || c == lexicon.Injure || c == lexicon.Kidnap {
			qs = a.quantities(int32(s.First), int32(s.Last)) // only where something is counted
			break
		}
	}
	for _, t := range terms {
		c := t.p.Cat
		if c != lexicon.Kill && c != lexicon.Injure && c != lexicon.Kidnap {
			continue
		}
		st := statement{effect: c, verb: t, sent: si}
		vt := a.lowerSpan(t.t0, t.t1)
		number := a.numberHead(t) // "number" of "the number of people killed", or -1
		if number >= 0 {
			vt = "toll" // "the number of people killed ... has risen to at least 171"
		}
		if r, ok := a.resultative(t); ok {
			t, vt = r, "killed"
			st.verb = t
		} else if r, ok := a.fatalVerb(t); ok {
			t, vt = r, "killed"
			st.verb = t
		} else if a.sentencedToDeath(t, int32(s.First)) {
			continue
		} else if r, ok := a.sharedAuxiliary(t, int32(s.First)); ok {
			t = r
			st.verb = t
		}
		switch {
		case number < 0 && a.tollPut(t):
			// "The deputy commissioner later put the dead at 10": the
			// figure after "at" counts the harmed the noun names
			at, _ := a.putFigureAt(t)
			if p, ok := a.figureAt(at+1, int32(s.Last)); ok {
				st.parts = []part{p}
			}
		case isToll(vt):
			st.parts = a.tollFigure(t, int32(s.Last), &st)
			if len(st.parts) == 0 && number >= 0 {
				if p, ok := a.figureBefore(number, int32(s.First)); ok {
					// "raised to 272 the number of civilians killed": of
					// the party the phrase names
					for k := number + 2; k < t.t0; k++ {
						if pt, ok := a.termAt(k, lexicon.Party); ok {
							p.party = partyOf(pt.p.Value)
							break
						}
					}
					st.parts, st.update = []part{p}, true
				}
			}
			if number < 0 || c == lexicon.Kidnap {
				st.effect = lexicon.Kill
			}
			if vt == "toll" && len(st.parts) > 0 && a.hasTerm(st.parts[len(st.parts)-1].t1, lexicon.Injure, "") {
				// "left a toll of one person wounded": a toll of the
				// hurt, which the wound word's own statement counts
				st.parts = nil
			}
			// "More than 500 people were killed ..., raising the death
			// toll from 358": the figure before the rise is the update
			if len(st.parts) == 0 && len(out) > 0 && out[len(out)-1].effect == lexicon.Kill && a.raisedBefore(t) {
				out[len(out)-1].update = true
			}
		default:
			if v, ok := a.hurtTaken(t, int32(s.First)); ok {
				// "Two people were treated for slight injuries": the one
				// who bears the hurt is the subject of the verb before it
				t, st.verb = v, v
				if st.parts = a.subjectOf(v, qs, int32(s.First)); len(st.parts) == 0 {
					if p, ok := a.agentSubject(v, int32(s.First), int32(s.Last)); ok {
						st.parts = []part{p}
					}
				}
				break
			}
			// the dateline is no part of the subject: "Tamur Jamil — One
			// villager was shot dead" counts one, as "JOHANNESBURG, April
			// 13 - Six workers were killed" (reuters21578-16212) counts
			// six (markDateline reads no lead's own words as a dateline:
			// "A 29-YEAR-OLD", "HAVE DIED AND 13 MORE WERE WOUNDED --")
			st.parts = slices.DeleteFunc(a.subjectOf(t, qs, int32(s.First)), func(p part) bool {
				return int(a.toks[p.t1-1].End) <= a.datelineEnd && !a.inTitle(int(a.toks[p.t0].Start)) || a.accusedObject(p) || bodyNouns[vt] && !a.countsBodies(p, t)
			})
			if len(st.parts) == 0 && a.lowerWord(t.t0-1) == "being" {
				// "... killed a passer-by before being shot dead by
				// police": the attacker, whom the clause does not repeat
				if w := a.lowerWord(t.t0 - 2); w == "before" || w == "after" {
					st.parts = []part{{party: record.Perpetrators, n: 1, qual: text.Exact, t0: t.t0 - 1, t1: t.t0}}
				}
			}
			for k := range st.parts {
				// "Three were killed." opening a sentence counts people
				// the sentence before named; so does a bare figure a word
				// of the whole set points back with ("six militants
				// stormed the post and \"all six were engaged and
				// killed\"", "both were killed")
				if p := &st.parts[k]; p.bare && p.party == "" && (a.sentenceInitial(p.t0) || wholeSetWords[a.lowerWord(p.t0-1)]) {
					p.party = a.antecedentParty(p.t0)
				}
			}
			if len(st.parts) == 0 && bodyNouns[vt] && !a.bodiesHedged(t, int32(s.Last)) {
				// "two bullet-ridden bodies were recovered": the number
				// counts the dead it names
				for _, p := range qs {
					if p.t1 == t.t1 && p.n > 0 && p.qual != text.UpTo && p.qual != text.Below {
						st.parts = []part{p}
					}
				}
			}
			if len(st.parts) == 0 && deathNouns[vt] && !isToll(vt) {
				// "The two suspects were the only fatalities"
				var among bool
				st.parts, among = a.copulaSubject(t, qs, int32(s.First))
				st.subset = among
			}
			if len(st.parts) == 0 && (a.lowerWord(t.t0-1) == "the" || a.lowerWord(t.t0-1) == "those") && t.t1 < int32(s.Last) && includeVerbs[a.lowerWord(t.t1)] {
				// "The dead included five soldiers", "Those killed
				// include two children", "The wounded included a
				// policeman": the people after the verb are a share of
				// the harmed, whose whole the clause does not give (the
				// statement is a subset: qualify)
				st.parts = a.listStartingAt(qs, t.t1+1)
			}
			passive := a.passiveBefore(t)
			if len(st.parts) == 0 && passive {
				if p, ok := a.agentSubject(t, int32(s.First), int32(s.Last)); ok {
					st.parts = []part{p} // "a deputy county commissioner was shot dead"
				} else if p, ok := a.surnameSubject(t, int32(s.First)); ok {
					st.parts = []part{p} // "Alvarado was killed"
				}
			}
			if active := activeForms[vt] && !passive; len(st.parts) == 0 || active {
				if obj := a.objectOf(t, qs, int32(s.Last)); len(obj) > 0 {
					st.parts = obj
				} else if active && a.objectFollows(t) {
					// "A gunman shot dead a district official": the verb
					// has an object the lexicon cannot count, and its
					// subject is the one who killed, not a victim
					st.parts = nil
					if p, ok := a.agentObject(t, int32(s.Last)); ok {
						st.parts = []part{p} // "killing a businessman"
					}
				}
				if ps, ok := a.oneAndOthers(t, qs, int32(s.Last)); ok {
					st.parts = ps // "killing a 14-year-old and three others"
				}
			}
		}
		if len(st.parts) == 0 && a.possessedDeath(t.t0-2, int32(s.Last)) {
			// "Hariri's assassination", "the journalist's murder": the
			// owner of the noun is its victim
			if ps := a.listEndingAt(qs, t.t0-2, int32(s.First)); len(ps) == 1 && ps[0].n == 1 {
				st.parts = ps
			}
		}
		if woundNouns[vt] {
			// "the body had 18 bullet wounds": the figure heading the noun
			// counts the wounds, not people hurt
			st.parts = slices.DeleteFunc(st.parts, func(p part) bool { return p.t1 == t.t0 })
			if len(st.parts) == 0 {
				st.parts = a.woundBearer(t, qs, int32(s.First), int32(s.Last))
			}
		}
		if len(st.parts) == 0 && !isToll(vt) { // "gave no death toll": none given, not none dead
			if no, ok := a.noneOf(t, int32(s.First)); ok {
				st.parts = []part{{n: 0, qual: text.Exact, t0: no, t1: no + 1, zero: true}}
			}
		}
		if len(st.parts) > 0 && (a.passiveBefore(t) || dyingVerbs[vt]) {
			st.parts = append(st.parts, a.alongWith(t, qs)...)
			st.parts = append(st.parts, a.laterBreakdown(t, qs, int32(s.Last))...)
		}
		st.parts = a.harmOfBreakdown(st.parts)
		if hurtStates[vt] {
			// "The wounded were taken to hospital, where doctors said
			// several were in a serious condition": a bare vague figure
			// in a state of the hurt is a share of people told before
			st.parts = slices.DeleteFunc(st.parts, func(p part) bool { return p.bare && p.qual == text.Vague })
		}
		if len(st.parts) == 0 || !a.people(&st) || a.deniedVerb(t, int32(s.First)) {
			continue
		}
		if (a.passiveBefore(t) || dyingVerbs[vt]) && a.afterClauseSubject(st.parts[0], int32(s.First)) {
			// "youths went on the rampage ... after a trader was shot
			// dead at a market": the death that set the attack off is
			// an earlier event, no toll of it (as relativeSubject's
			// participle after "after")
			continue
		}
		if c == lexicon.Injure && (a.woundedThenDied(t, st.parts) || fatalAdverbs[a.lowerWord(t.t0-1)]) {
			continue // "was fatally wounded" tells a death, which "fatally" counts
		}
		if a.alsoBefore(t, int32(s.First)) {
			// "A member of the National Guard was also killed": people
			// on top of those counted before
			st.also = true
			for k := range st.parts {
				st.parts[k].additional = true
			}
		}
		// "an undetermined number of dead and wounded": a figure no one
		// knows, shared by two harms "and" joins, tells that there were
		// both, at least one of each, as it would of each harm alone
		both := a.lowerWord(t.t1) == "and" || a.lowerWord(t.t0-1) == "and"
		st.combined = a.combined(t) && !allZero(st.parts) && !(both && allUnknown(st.parts))
		st.claimed = a.claimant(t, int32(s.First))
		a.qualify(&st)
		if st.subset && len(out) > 0 && out[len(out)-1].effect == st.effect {
			for k := range st.parts {
				st.parts[k].subset = true
			}
		}
		out = append(out, st)
		out = append(out, a.gapped(&st, qs, int32(s.Last))...)
	}
	// "There were no casualties": casualties are the dead and the hurt
	// together, so none of them is a stated zero of each
	for j := int32(s.First); j+1 < int32(s.Last); j++ {
		if a.lowerWord(j) != "no" || a.lowerWord(j+1) != "casualties" || a.sideOnly(j, int32(s.Last)) {
			continue
		}
		if t, ok := a.termAt(j+1, lexicon.Party); ok {
			for _, c := range []lexicon.Category{lexicon.Kill, lexicon.Injure} {
				out = append(out, statement{effect: c, verb: t, sent: si,
					parts: []part{{n: 0, qual: text.Exact, t0: j, t1: j + 1, zero: true}}})
			}
		}
	}
	a.spanShared(out, int32(s.Last))
	out = a.missingFoundDead(out, terms)
	out = append(out, a.unhurtAboard(si)...)
	out = append(out, a.livesTaken(si, qs)...)
	out = append(out, a.sideLost(si, qs)...)
	if len(out) == 0 {
		out = append(out, a.shotToldDead(si, terms, qs)...)
	}
	if len(out) == 0 {
		out = append(out, a.shotUntold(si, terms, qs)...)
	}
	return out
}

// accusedObject reports whether part p is the object of a verb of
// accusing ([accuse-verb]) whose complement follows it: "Police accused
// the gunman of the murder of three farmers", "accused a militant of
// carrying out the murders", "blamed two men for the killings". The
// accused is held to the deed, its doer, never one it harmed.
func (a *article) accusedObject(p part) bool {
	if w := a.lowerWord(p.t1); w != "of" && w != "for" {
		return false
	}
	j := p.t0 - 1
	if articleWords[a.lowerWord(j)] {
		j-- // a part may open after its article
	}
	return j >= 0 && accuseVerbs[a.lowerWord(j)]
}

// bothHarmNouns count the dead and the hurt together (lexicon/words.txt).
var bothHarmNouns = lexicon.Words().Set("both-harm-noun")

// harmOfBreakdown returns the parts of a casualty statement whose whole
// counts both harms and whose breakdown names one: in "30 casualties,
// including five dead" (or "five people killed") the word of death tells
// the five, and the 30 are the dead and the hurt together, no figure of
// either; so the five are the statement's own figure. How many were hurt
// the text does not state (30 less five is a reckoning, not a report),
// so no statement of the hurt is made.
func (a *article) harmOfBreakdown(ps []part) []part {
	if len(ps) < 2 || ps[0].subset || !ps[1].subset || !a.setIn(bothHarmNouns, ps[0].t0, ps[0].t1) {
		return ps
	}
	out := []part{}
	for _, p := range ps[1:] {
		if !p.subset {
			break
		}
		p.subset = false
		out = append(out, p)
	}
	return out
}

// hurtTaken returns the verb before the hurt noun t ([hurt-noun]:
// "injuries", "wounds") whose subject bore the hurt ([hurt-verb]:
// "suffered", "sustained", "treated for"), past up to three words that
// describe the hurt ("suffered slight injuries", "sustained multiple
// bullet injuries"), so that the noun counts that subject as a casualty
// verb would.
func (a *article) hurtTaken(t term, first int32) (term, bool) {
	if !a.spanIn(hurtNouns, t.t0, t.t1) {
		return term{}, false
	}
	for j := t.t0 - 1; j >= first && j >= t.t0-4; j-- {
		w := a.lowerWord(j)
		if w == "for" && j > first && hurtVerbs[a.lowerWord(j-1)+" for"] {
			return term{t0: j - 1, t1: j + 1, p: t.p}, true
		}
		if hurtVerbs[w] {
			return term{t0: j, t1: j + 1, p: t.p}, true
		}
		if a.toks[j].Kind != text.Word || a.isCasualtyWord(j) || stopWords[w] {
			return term{}, false
		}
	}
	return term{}, false
}

// numberHead returns the token of "number" when casualty word t is the
// head of "the number of ...", a noun phrase that names a toll as "death
// toll" does, of the word's own effect, or -1: "the number of people
// killed ... has risen to 171", "put the number of wounded at 50", "the
// real number of wounded was around 50", or ends the relative clause of
// the people it counts ("the number of civilians it says were killed":
// numberRelative). The figure follows the phrase, or goes before it
// (tollFigure, figureBefore). Only the definite noun names a figure; the
// indefinite one counts the people themselves, vaguely ("an undetermined
// number of wounded people", "a number of dead": unknownNumber).
func (a *article) numberHead(t term) int32 {
	of := t.t0 - 1
	if a.lowerWord(of) == "people" {
		of-- // "the number of people killed"
	}
	if a.lowerWord(of) != "of" {
		if of = a.numberRelative(t.t0); of < 0 {
			return -1
		}
	}
	n := of - 1
	if a.lowerWord(n) != "number" {
		return -1
	}
	// "the number", "the total number", "the real number"
	if a.lowerWord(n-1) == "the" || a.lowerWord(n-2) == "the" && a.toks[n-1].Kind == text.Word {
		return n
	}
	return -1
}

// peopleRelatives open a relative clause about the people counted
// (numberRelative).
var peopleRelatives = lexicon.Words().Set("people-relative") // lexicon/words.txt

// numberRelative returns the "of" before the people a relative clause
// ending at casualty word token t0 counts, or -1: "the number of
// civilians it says were killed", "the number of people who died".
// Back from the verb: its auxiliaries, a teller's two words ("it says",
// "police said"), a relative pronoun, then the noun of people ([party]
// terms), with up to two words before it, right after "of". At least one
// of those stands between noun and verb: a bare participle after the
// noun ("the number of civilians killed") is read only after "people".
func (a *article) numberRelative(t0 int32) int32 {
	j := t0 - 1
	for k := 0; k < 3 && auxiliaries[a.lowerWord(j)]; k++ {
		j--
	}
	if j >= 1 && reportVerbs[a.lowerWord(j)] && a.toks[j-1].Kind == text.Word {
		j -= 2 // "it says"
	}
	if peopleRelatives[a.lowerWord(j)] {
		j--
	}
	if j >= t0-1 || !a.hasTerm(j, lexicon.Party, "") {
		return -1
	}
	for k := j - 1; k >= j-3 && k >= 0; k-- {
		if a.lowerWord(k) == "of" {
			return k
		}
		if a.toks[k].Kind != text.Word || a.isCasualtyWord(k) {
			return -1
		}
	}
	return -1
}

// figureBefore reads the figure a rise puts before "the number of" whose
// "number" is token n: "raised to 272 the number of civilians it says
// were killed". The figure after "to" ends right before the phrase.
func (a *article) figureBefore(n, first int32) (part, bool) {
	th := n - 1
	if a.lowerWord(th) != "the" {
		th-- // "the total number"
	}
	for i := th - 2; i >= th-4 && i >= first; i-- {
		if a.lowerWord(i) != "to" {
			continue
		}
		ni := a.numberFrom(i + 1)
		if ni >= len(a.nums) {
			break
		}
		// the number alone: its head would run on into the phrase
		if x := a.nums[ni]; x.Kind == text.Cardinal && a.tokenAt(x.Start) <= i+2 && a.tokenAt(x.End-1)+1 == th {
			return part{n: x.Value, max: x.Max, qual: x.Qual, t0: a.tokenAt(x.Start), t1: th, bare: true}, true
		}
	}
	return part{}, false
}

// hurtVerbs have as subject who bore the hurts their object names, and
// hurtNouns are those hurts (lexicon/words.txt).
var (
	hurtVerbs = lexicon.Words().Set("hurt-verb")
	hurtNouns = lexicon.Words().Set("hurt-noun")
)

// alsoBefore reports whether "also" stands among the auxiliaries and
// adverbs right before casualty verb t ("was also killed", "also
// wounded"): the people it counts are more than those told before.
func (a *article) alsoBefore(t term, first int32) bool {
	for j := t.t0 - 1; j >= first && j >= t.t0-3; j-- {
		w := a.lowerWord(j)
		if w == "also" {
			return true
		}
		if !auxiliaries[w] && !adverbs[w] {
			return false
		}
	}
	return false
}

// missingFoundDead drops the seizure a word of the missing tells when a
// word of killing follows it in the sentence: "Another soldier, who had
// been reported missing after the attack, was found dead" is among the
// dead, never taken ([missing-word]).
func (a *article) missingFoundDead(out []statement, terms []term) []statement {
	return slices.DeleteFunc(out, func(st statement) bool {
		if st.effect != lexicon.Kidnap || !a.spanIn(missingWords, st.verb.t0, st.verb.t1) {
			return false
		}
		for _, t := range terms {
			if t.p.Cat == lexicon.Kill && t.t0 >= st.verb.t1 {
				return true
			}
		}
		return false
	})
}

// missingWords tell people missing, whom a later word may find dead
// (lexicon/words.txt).
var missingWords = lexicon.Words().Set("missing-word")

// shotToldDead returns the people an active verb of shooting counts when
// the story tells their deaths in another sentence: "a column of
// guerrillas arrived in the village and shot 16 peasants ... 44
// peasants have been killed in the province". "Shot" alone leaves the
// outcome untold; the story that tells those people dead, by the noun it
// counted them with, tells it. Only a sentence with no casualty
// statement of its own is read ("shot two guards, wounding one" tells
// its outcome), and only a noun of people, not a name. qs are the
// sentence's quantities, nil when it has no casualty word.
func (a *article) shotToldDead(si int32, terms []term, qs []part) []statement {
	s := a.sents[si]
	for _, t := range terms {
		if t.p.Cat != lexicon.Trigger || t.t1 != t.t0+1 || !shootVerbs[a.lowerWord(t.t0)] || a.passiveBefore(t) {
			continue
		}
		if qs == nil {
			qs = a.quantities(int32(s.First), int32(s.Last))
		}
		obj := a.objectOf(t, qs, int32(s.Last))
		if len(obj) != 1 || obj[0].party == "" || obj[0].name || obj[0].n < 1 || obj[0].bare {
			continue
		}
		if !a.toldDead(a.lowerWord(obj[0].t1-1), si) {
			continue
		}
		st := statement{effect: lexicon.Kill, verb: t, parts: obj, sent: si}
		a.qualify(&st)
		return []statement{st}
	}
	return nil
}

// shotUntold returns the people a bare passive of shooting counts hurt:
// "police fired at a crowd of protesters and three people were shot ...
// Their condition was not known", "One trader was shot in the leg". A
// bullet that hits a person wounds him at the least; dead is told ("were
// shot dead"), hurt is what is left when it is not. The statement is
// untold: an incident that tells deaths may count the shot among its dead
// (count). Only a sentence with no casualty statement of its own is read,
// only a figure with a noun of people ("three were shot" may point back
// at the dead) that brings those people in ("the officer was shot" tells
// again one told before: [told-back-determiner]), not a name, and the
// verb neither aims ("were shot at") nor brings down ("shot down").
func (a *article) shotUntold(si int32, terms []term, qs []part) []statement {
	s := a.sents[si]
	for _, t := range terms {
		if t.p.Cat != lexicon.Trigger || t.t1 != t.t0+1 || !shootVerbs[a.lowerWord(t.t0)] || !a.passiveBefore(t) || a.headlinePassive(t) {
			continue
		}
		if w := a.lowerWord(t.t1); int(t.t1) < int(s.Last) && (w == "at" || w == "down") {
			continue
		}
		if qs == nil {
			qs = a.quantities(int32(s.First), int32(s.Last))
		}
		subj := a.subjectOf(t, qs, int32(s.First))
		if len(subj) != 1 || subj[0].name || subj[0].pronoun || subj[0].bare || subj[0].n < 1 || toldBackDeterminers[a.lowerWord(subj[0].t0)] {
			continue
		}
		st := statement{effect: lexicon.Injure, verb: t, parts: subj, sent: si, untold: true}
		a.qualify(&st)
		return []statement{st}
	}
	return nil
}

// toldDead reports whether a sentence other than si tells the deaths of
// people counted by noun: the noun within six words of a verb or noun of
// killing ("44 peasants have been killed", "the bodies of the
// peasants").
func (a *article) toldDead(noun string, si int32) bool {
	for sj := range a.sents {
		if int32(sj) == si {
			continue
		}
		s := a.sents[sj]
		for _, t := range a.sentTerms(int32(sj)) {
			if t.p.Cat != lexicon.Kill {
				continue
			}
			for j := max(int32(s.First), t.t0-6); j < min(int32(s.Last), t.t1+6); j++ {
				if a.lowerWord(j) == noun {
					return true
				}
			}
		}
	}
	return false
}

// toldBackDeterminers open a phrase of people told before (lexicon/words.txt).
var toldBackDeterminers = lexicon.Words().Set("told-back-determiner")

// shootVerbs shoot, telling no outcome (lexicon/words.txt).
var shootVerbs = lexicon.Words().Set("shoot-verb")

// deniedVerb reports whether casualty verb t is denied: a "not" or
// "never" in its verb group ("were not hurt", "had never been wounded",
// "did not kill"), or a subject joined by "neither ... nor" ("neither the driver
// nor his wife were injured"). The people it names came to no harm, so it
// counts no one; nor is it a stated zero, since those it names need not
// be everyone the attack reached.
func (a *article) deniedVerb(t term, first int32) bool {
	for j := t.t0 - 1; j >= first; j-- {
		w := a.lowerWord(j)
		if negations[w] {
			return w != "neither" // "neither" stands before a subject, not in a verb group
		}
		if !auxiliaries[w] && !doAuxiliaries[w] && !adverbs[w] {
			break
		}
	}
	nor := false
	for j := t.t0 - 1; j >= first && j >= t.t0-12; j-- {
		if a.clauseBreak(j) && a.word(j) != "," {
			return false
		}
		switch a.lowerWord(j) {
		case "nor":
			nor = true
		case "neither":
			return nor
		}
	}
	return false
}

// negations deny a verb or, "neither", a subject; doAuxiliaries are the
// forms of "do" a denial takes (lexicon/words.txt).
var (
	negations     = lexicon.Words().Set("negation")
	doAuxiliaries = lexicon.Words().Set("do-auxiliary")
)

// livesTaken returns the deaths a verb of taking counts as lives: "the
// blast claimed the lives of three soldiers", "the battle cost 1,269
// Libyan lives", "took 7,700 lives". Lives that are taken are the dead,
// whoever or whatever takes them, so the figure is a toll although no
// casualty verb states it; a verb of another sense ("endangered the
// lives of", "prolong the lives of") is no verb of taking
// ([lives-verb]) and counts no one. qs are the sentence's quantities,
// nil when it has no casualty word.
func (a *article) livesTaken(si int32, qs []part) []statement {
	s := a.sents[si]
	var out []statement
	for j := int32(s.First) + 1; j < int32(s.Last); j++ {
		if a.lowerWord(j) != "lives" {
			continue
		}
		t, ok := a.termAt(j, lexicon.Party)
		if !ok {
			continue
		}
		verb := int32(-1)
		for k := j - 1; k >= int32(s.First) && k >= j-4; k-- {
			if livesVerbs[a.lowerWord(k)] {
				verb = k
				break
			}
		}
		if verb < 0 {
			continue
		}
		if qs == nil {
			qs = a.quantities(int32(s.First), int32(s.Last))
		}
		var ps []part
		if a.lowerWord(j+1) == "of" {
			// "the lives of three soldiers", with the list that goes on
			// from them as a verb's object does ("the lives of 14
			// people, among them four policemen": the four are of the 14)
			ps = a.listStartingAt(qs, j+2)
		}
		for _, p := range qs {
			// or the lives counted: "1,269 Libyan lives"
			if len(ps) == 0 && p.t0 > verb && p.t1 == j+1 {
				ps = []part{p}
				break
			}
		}
		if len(ps) == 0 {
			continue
		}
		st := statement{effect: lexicon.Kill, verb: term{t0: verb, t1: j + 1, p: t.p}, parts: ps, sent: si}
		a.qualify(&st)
		out = append(out, st)
	}
	return out
}

// sideLost reads the dead a side tells as its own loss: "the army said it
// lost 10 men and killed 46 of the attackers", "killed more than 300
// rebels ... for the loss of five of its own soldiers", "the rebels lost
// 10 fighters and 15 others were seriously wounded". A side at war that
// lost men had them killed, though no casualty verb states it; the figure
// after a verb of losing ([lose-verb]), or after "the loss of", counts
// them. Only men of an armed side ([side-men-noun], or a noun of the
// forces or of fighters) are lost so: "lost 5,000 jobs", "lost two seats",
// "lost their homes" count no one. qs are the sentence's quantities, nil
// when it has no casualty word.
func (a *article) sideLost(si int32, qs []part) []statement {
	s := a.sents[si]
	var out []statement
	for j := int32(s.First); j < int32(s.Last); j++ {
		start := int32(-1)
		switch w := a.lowerWord(j); {
		case loseVerbs[w]:
			start = j + 1
		case w == "loss" && a.lowerWord(j+1) == "of" && a.lowerWord(j-1) == "the" && lossPreps[a.lowerWord(j-2)]:
			// "for the loss of five of its own soldiers", "with the loss
			// of 12 men"; not a mourner's "deplore the loss of a man"
			start = j + 2
		}
		if start < 0 {
			continue
		}
		if qs == nil {
			qs = a.quantities(int32(s.First), int32(s.Last))
		}
		ps := a.listStartingAt(qs, start)
		if len(ps) == 0 {
			continue
		}
		armed := true
		for k := range ps {
			p := &ps[k]
			if p.bare || p.pronoun || p.name || p.zero || p.n < 1 || p.subset || a.lowerWord(p.t0) == "a" || a.lowerWord(p.t0) == "an" {
				// "lost a man", "the loss of a man who fought for
				// freedom": one person, mourned as often as fallen; a
				// side tells its dead by a figure
				armed = false
				break
			}
			switch p.party {
			case record.SecurityForces, record.Perpetrators, record.Combatants:
			default:
				if !sideMenNouns[a.lowerWord(p.t1-1)] {
					armed = false
				}
				p.party = "" // "lost 10 men": the side's, not civilians
			}
		}
		if !armed || a.lostAsCombined(ps[len(ps)-1]) {
			continue
		}
		st := statement{effect: lexicon.Kill, verb: term{t0: j, t1: j + 1, p: lossPhrase}, parts: ps, sent: si}
		a.qualify(&st)
		out = append(out, st)
	}
	return out
}

// lostAsCombined reports whether the men a side lost are told, right
// after their noun, as harmed in coordinated ways that share the figure:
// "Iraq lost at least 3,000 men killed or wounded" (reuters21578-03450)
// counts the dead and the wounded together, no toll of either.
func (a *article) lostAsCombined(p part) bool {
	u, ok := a.casualtyTermAt(p.t1)
	return ok && a.combined(u)
}

// loseVerbs are the verbs of losing that tell a side's dead
// (lexicon/words.txt).
var loseVerbs = lexicon.Words().Set("lose-verb")

// lossPreps open the phrase "the loss of" that tells a side's dead
// (lexicon/words.txt).
var lossPreps = lexicon.Words().Set("loss-prep")

// lossPhrase stands for the verb of losing in a statement sideLost reads.
var lossPhrase = &lexicon.Phrase{Cat: lexicon.Kill, Text: "lost"}

// livesVerbs take lives (lexicon/words.txt).
var livesVerbs = lexicon.Words().Set("lives-verb")

// resultative returns the casualty verb that "to death" makes of the verb
// of attack before it: "were shot to death", "stabbed to death a
// watchman", or of a verb of beating ([beating-verb]: "was beaten to
// death by a mob", "tortured to death"), which names no attack alone
// ("Arsenal were beaten") but one done to a body when its result is
// death. The attack's result is the victims' death, so the phrase is
// read as "killed" is, with the attack verb's subject or object as the
// dead; a verb that is no attack ("sentenced to death", "frozen to
// death") is not read so.
func (a *article) resultative(t term) (term, bool) {
	if !a.toDeath(t) {
		return term{}, false
	}
	if j := t.t0 - 2; j >= 0 && beatingVerbs[a.lowerWord(j)] {
		return term{t0: j, t1: t.t1, p: t.p}, true
	}
	v, ok := a.termAt(t.t0-2, lexicon.Trigger)
	// "shot the gunman to death": the word before is the victim, whom the
	// noun "death" reads as its subject; a noun of attackers ("gunman")
	// is no verb of attack
	if !ok || v.t1 != t.t0-1 || v.p.Value == "generic" || a.covered(t.t0-2, lexicon.Party, "") {
		return term{}, false
	}
	return term{t0: v.t0, t1: t.t1, p: t.p}, true
}

// beatingVerbs beat a body, an attack when "to death" follows
// (resultative).
var beatingVerbs = lexicon.Words().Set("beating-verb") // lexicon/words.txt

// sharedAuxiliary returns casualty verb t widened to the participle of
// attack joined to it under one auxiliary: "was also shot and killed",
// "had been stabbed and wounded". The two participles share the
// auxiliary and its subject, so the casualty verb is passive as the first
// one is, and the subject before the auxiliary counts its victims, as
// before "was killed". The first participle is a word of attack (a
// trigger) or any past participle, and is itself no casualty word ("was
// killed or injured" is read by subjectOf). A casualty verb with an
// object is active, its own verb after the passive one: "Two policemen
// were alerted and killed the gunman" counts the gunman.
func (a *article) sharedAuxiliary(t term, first int32) (term, bool) {
	c := t.t0 - 1
	if w := a.lowerWord(c); c <= first+1 || w != "and" && w != "or" {
		return term{}, false
	}
	if a.objectFollows(t) || int(t.t1) < len(a.toks) && a.inNumber(t.t1) {
		return term{}, false
	}
	k := c - 1
	if a.toks[k].Kind != text.Word || a.isCasualtyWord(k) || !a.hasTerm(k, lexicon.Trigger, "") && !a.participle(k) {
		return term{}, false
	}
	r := term{t0: k, t1: t.t1, p: t.p}
	if !a.passiveBefore(r) {
		return term{}, false
	}
	return r, true
}

// countsBodies reports whether quantity phrase p, read before body noun
// t as its subject, counts the bodies: it heads the noun ("three
// bodies"), owns it ("two soldiers' bodies") or is a share of them ("two
// of the bodies"). A noun is no predicate, so a phrase the words between
// do not join to it is the subject of another verb, whose object the
// bodies are: "An Associated Press reporter at the scene saw bodies being
// shuttled away" counts no one, and a bare plural gives no number.
func (a *article) countsBodies(p part, t term) bool {
	for j := p.t1; j < t.t0; j++ {
		switch w := a.lowerWord(j); {
		case a.possessiveAt(j), w == "s" && j > p.t1 && a.possessiveAt(j-1), w == "'" || w == "’":
		case bodyShareLinks[w]:
		default:
			return false
		}
	}
	return true
}

// bodyNouns name the dead as things found: a number that counts them
// counts the dead (lexicon/words.txt).
var bodyNouns = lexicon.Words().Set("body-noun")

// bodyShareLinks join a count to the body noun it counts (countsBodies).
var bodyShareLinks = lexicon.Words().Set("body-share-link") // lexicon/words.txt

// bodiesHedged reports whether a modal after body noun t makes its count
// a guess: "up to 140 bodies could still be trapped" in a sunken ferry.
func (a *article) bodiesHedged(t term, last int32) bool {
	for j := t.t1; j < last && j < t.t1+3; j++ {
		if a.hasTerm(j, lexicon.Frame, "hedge") {
			return true
		}
	}
	return false
}

// copulaSubject returns the people a form of "be" names as the dead
// that noun t tells of: "The two suspects were the only fatalities", and
// whether they are only some of them ("Two policemen were among the
// dead": a breakdown).
func (a *article) copulaSubject(t term, qs []part, first int32) ([]part, bool) {
	j := t.t0 - 1
	if a.lowerWord(j) == "only" {
		j--
	}
	if a.lowerWord(j) != "the" {
		return nil, false
	}
	j--
	among := a.lowerWord(j) == "among"
	if among {
		j--
	}
	if j <= first || !copulas[a.lowerWord(j)] {
		return nil, false
	}
	return a.listEndingAt(qs, j, first), among
}

// copulas are the forms of "be": between people and a noun of the dead
// that names them so (copulaSubject), and, for the rules of blame and of
// what is told, the copula before a participle, a word of blame or a
// predicate noun (doersBefore, blameCopula, suspectBefore,
// doersCopulaBefore, copulaOrAs, pastCleft, supposedAt, memberWhole,
// deedPlacedIn, ranksTold).
var copulas = lexicon.Words().Set("copula") // lexicon/words.txt

// fatalVerb returns the casualty verb a killing adverb makes of the verb
// of attack right after it ([fatal-adverb]): "Police fatally shot four of
// the assailants" reads as "killed four", with the attack verb's object
// as the dead.
func (a *article) fatalVerb(t term) (term, bool) {
	if !a.spanIn(fatalAdverbs, t.t0, t.t1) {
		return term{}, false
	}
	if w, ok := a.termAt(t.t1, lexicon.Injure); ok {
		// "mortally wounding a soldier", "fatally injuring two": the
		// wound the adverb makes a death takes its object as the dead
		return term{t0: t.t0, t1: w.t1, p: t.p}, true
	}
	v, ok := a.termAt(t.t1, lexicon.Trigger)
	if !ok || v.p.Value == "generic" || a.covered(t.t1, lexicon.Party, "") {
		return term{}, false
	}
	return term{t0: t.t0, t1: v.t1, p: t.p}, true
}

// fatalAdverbs make a verb of attack a killing (lexicon/words.txt).
var fatalAdverbs = lexicon.Words().Set("fatal-adverb")

// sentencedToDeath reports whether "death" at t is the penalty of a
// verb of judgment ([sentence-verb]) in its clause: "sentenced two men to
// death", "were condemned to death". A penalty is no killing, so the ones
// it names are not counted dead.
func (a *article) sentencedToDeath(t term, first int32) bool {
	if !a.toDeath(t) {
		return false
	}
	for j := t.t0 - 2; j >= first && j >= t.t0-6; j-- {
		if a.toks[j].Kind == text.Punct {
			return false
		}
		if sentenceVerbs[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// toDeath reports whether casualty term t is the word "death" after
// "to". It runs on every casualty term, so it compares one word before
// it lowers any: lowerSpan allocates for a term of two words.
func (a *article) toDeath(t term) bool {
	return t.t1-t.t0 == 1 && a.lowerWord(t.t0) == "death" && a.lowerWord(t.t0-1) == "to"
}

// sentenceVerbs are the verbs of a court's judgment.
var sentenceVerbs = lexicon.Words().Set("sentence-verb") // lexicon/words.txt

// wholeParties name all the people aboard or inside what was attacked:
// "its crew", "the passengers". unhurtWords say they came to no harm.
var (
	wholeParties = lexicon.Words().Set("whole-party") // lexicon/words.txt
	unhurtWords  = lexicon.Words().Set("unhurt-word") // lexicon/words.txt
	unhurtPhrase = &lexicon.Phrase{Cat: lexicon.Injure, Text: "(unhurt)"}
)

// unhurtAboard returns the stated zeros of "its crew were unhurt", "the
// passengers were unharmed": everyone aboard what was attacked came to
// no harm, so no one was hurt; and of "the policemen inside escaped
// unhurt": no one of that party was, which says nothing of the others. A
// sentence that tells of the attackers' craft ("the jets returned safely
// and their crews were unhurt") speaks of the attackers, not of the
// attacked party, unless it names what they hit.
func (a *article) unhurtAboard(si int32) []statement {
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	var out []statement
	for j := first; j+2 < last; j++ {
		party, t1 := "", j+1
		if !wholeParties[a.lowerWord(j)] {
			pt, ok := a.termAt(j, lexicon.Party)
			if !ok || partyOf(pt.p.Value) == "" || a.lowerWord(j-1) == "no" {
				continue // "no soldiers were hurt" is read by quantities
			}
			party, t1 = partyOf(pt.p.Value), pt.t1
		}
		k := t1
		for n := 0; n < 3 && k < last; n++ {
			if w := a.lowerWord(k); w == "was" || w == "were" || spareWords[w] {
				k++
				continue
			}
			break
		}
		if k == t1 || k >= last || !unhurtWords[a.lowerWord(k)] || a.attackerCraftOnly(first, last) {
			continue
		}
		out = append(out, statement{effect: lexicon.Injure, verb: term{t0: k, t1: k + 1, p: unhurtPhrase}, sent: si,
			parts: []part{{party: party, n: 0, qual: text.Exact, t0: j, t1: t1, zero: true}}})
		j = k
	}
	return out
}

// attackerCraftOnly reports whether tokens [first, last) name an armed
// craft that strikes from afar ("jets", "warplanes") and no vessel it
// might have hit.
func (a *article) attackerCraftOnly(first, last int32) bool {
	craft := false
	for j := first; j < last; j++ {
		w := a.lowerWord(j)
		if vessels[w] || struckCraft[w] {
			return false
		}
		craft = craft || armedAgents[w] == record.RemoteViolence
	}
	return craft
}

// struckCraft are craft beside vessels that a strike may have hit
// (attackerCraftOnly).
var struckCraft = lexicon.Words().Set("struck-craft") // lexicon/words.txt

// sideOnly reports whether the "no casualties" at token no denies the
// losses of one side or one part of the event only, so that it says
// nothing of the toll: a side that suffered them ("its forces suffered no
// casualties"), a group after it ("among civilians", "on the government
// side") or one part of the event ("in the first blast"). "Among the
// crew" or "among its passengers" names everyone aboard what was hit, as
// unhurtAboard reads "its crew were unhurt", unless the sentence tells
// only of the attackers' craft ("the jets returned safely, with no
// casualties among their crews").
func (a *article) sideOnly(no, last int32) bool {
	if sideLossVerbs[a.lowerWord(no-1)] {
		return true
	}
	j := no + 2
	if j+1 >= last {
		return false
	}
	switch a.lowerWord(j) {
	case "among": // but "among the crew" of what was hit is everyone aboard
		k := j + 1
		if determiners[a.lowerWord(k)] {
			k++
		}
		return !wholeParties[a.lowerWord(k)] || a.attackerCraftOnly(int32(a.sents[a.sentOf[no]].First), last)
	case "on": // "on either side" and "on both sides" deny all
		switch a.lowerWord(j + 1) {
		case "the", "their", "its", "our":
			return true
		}
	case "in":
		return a.lowerWord(j+1) == "the" && j+2 < last && partOrdinals[a.lowerWord(j+2)]
	}
	return false
}

// sideLossVerbs and partOrdinals are the words that make a denial of
// casualties one side's or one part's (lexicon/words.txt).
var (
	sideLossVerbs = lexicon.Words().Set("side-loss-verb")
	partOrdinals  = lexicon.Words().Set("part-ordinal")
)

// noneOf returns the "no" that denies casualty noun t: "No injuries were
// reported", "no deaths or injuries". Only a noun can follow "no", so the
// word is the effect named as a thing, and the text says there was none.
// A word between them makes it a statement about reports ("no immediate
// reports of injuries"), which says nothing of the toll yet; with no such
// word "There were no reports of injuries" says that none were told of
// ([report-noun]), a stated none.
func (a *article) noneOf(t term, first int32) (int32, bool) {
	j := t.t0 - 1
	// "no deaths or injuries": the noun coordinated with one after "no"
	if listLink(a.lowerWord(j)) && j > first && a.isCasualtyWordEnding(j) {
		for k := j - 1; k >= first && k >= j-3; k-- {
			if tk, ok := a.casualtyTermAt(k); ok && tk.t1 == j {
				return a.noneOf(tk, first)
			}
		}
	}
	if j >= first && a.lowerWord(j) == "no" {
		return j, true
	}
	if j-2 >= first && a.lowerWord(j) == "of" && reportNouns[a.lowerWord(j-1)] && a.lowerWord(j-2) == "no" {
		return j - 2, true
	}
	return 0, false
}

// noOtherNoun reports whether the "no" at token i denies a noun of its
// own that an "of" before t1 follows, not the people the phrase names
// after it: "made no mention of civilian deaths" denies a mention, and a
// teller's silence is no zero. A noun the lexicon knows as people keeps
// the "no" its own ("no members of the security forces").
func (a *article) noOtherNoun(i, t1 int32) bool {
	for j := i + 2; j < t1; j++ {
		if a.lowerWord(j) != "of" {
			continue
		}
		q := part{t0: i, t1: i + 1}
		a.head(&q, j)
		return q.party == "" && !(j == q.t1 && memberNouns[a.lowerWord(j-1)]) // "no members of the security forces": the members are the people denied
	}
	return false
}

// reportNouns name what is told, before "of" and a casualty noun: "no
// reports of injuries" (noneOf; lexicon/words.txt).
var reportNouns = lexicon.Words().Set("report-noun")

// woundedThenDied reports whether the wounding verb t describes people who
// then died: a participle right after its subject ("A woman wounded in the
// bombing ... died in hospital", "Two soldiers injured in the clash later
// succumbed"), whose clause goes on to a verb of dying. Those people are
// among the dead, not the wounded.
func (a *article) woundedThenDied(t term, ps []part) bool {
	if len(ps) != 1 || ps[0].t1 != t.t0 {
		return false
	}
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	for j := t.t1; j < last && j < t.t1+25; j++ {
		if a.clauseBreak(j) {
			return false
		}
		if k, ok := a.termAt(j, lexicon.Kill); ok { // termAt's terms start at j
			return a.spanIn(dyingVerbs, k.t0, k.t1)
		}
	}
	return false
}

// deathOfWounds reports whether kill statement st tells a death that
// followed a wound: a verb of dying ([dying-verb]) after "later" ("One of
// them later died"), or with a wound word or a hospital after it in its
// clause ("died of his wounds", "succumbed to her injuries", "died in
// hospital").
func (a *article) deathOfWounds(st *statement) bool {
	t := st.verb
	if !a.spanIn(dyingVerbs, t.t0, t.t1) {
		return false
	}
	if laterAdverbs[a.lowerWord(t.t0-1)] {
		return true
	}
	// the cause or the place of the death right after the verb: "of",
	// "from" or "to" and a wound word, or "in" and a hospital, with a
	// determiner or a possessive between ("of his wounds", "in a
	// hospital", "from the injuries")
	j := t.t1
	if laterAdverbs[a.lowerWord(j)] {
		return true // "died later"
	}
	w := a.lowerWord(j)
	if w != "of" && w != "from" && w != "to" && w != "in" {
		return false
	}
	j++
	if woundDeterminers[a.lowerWord(j)] {
		j++
	}
	if w == "in" {
		return a.lowerWord(j) == "hospital"
	}
	return a.hasTerm(j, lexicon.Injure, "") || hurtNouns[a.lowerWord(j+1)]
}

// laterAdverbs before or after a verb of dying make the death one that
// followed a wound ([later-adverb]: "later died", "died subsequently").
var laterAdverbs = lexicon.Words().Set("later-adverb") // lexicon/words.txt

// woundDeterminers may stand between the preposition and the wound or the
// hospital of a death (deathOfWounds).
var woundDeterminers = lexicon.Words().Set("wound-determiner") // lexicon/words.txt

// noOneEnd returns the end of "no one" at token i, written as two words
// or with a hyphen, the British spelling ("He said no-one was injured in
// the blast", reuters21578-19995; "No-one was down at half-time", BBC
// 2005), or i when none starts there. Read as "no" and a number, the
// hyphenated form counted one person hurt where the text says nobody was.
func (a *article) noOneEnd(i int32) int32 {
	if a.lowerWord(i) != "no" {
		return i
	}
	if a.lowerWord(i+1) == "one" {
		return i + 2
	}
	if int(i)+2 < len(a.toks) && a.word(i+1) == "-" && a.lowerWord(i+2) == "one" &&
		!a.toks[i+1].Has(text.SpaceBefore) && !a.toks[i+2].Has(text.SpaceBefore) {
		return i + 3
	}
	return i
}

// gapped returns the statements clauses make by leaving out the verb of
// st ("three people were killed in Akuzo and one in Usu"; "murdered
// three peasants in Guachicono, southern Cauca department, two in
// Antioquia, and three in Cordoba"): each figure is a number after "and",
// or after a bare comma once st's own figure has been placed, counted as
// st counts, and it stands (as its verb) at that number, so that the
// clause of the other place holds it. Before st's figure is placed a
// comma closes the search: "Five were killed, two in the market" breaks
// the toll down.
func (a *article) gapped(st *statement, qs []part, last int32) []statement {
	if len(st.parts) != 1 || st.combined {
		return nil
	}
	var out []statement
	placed := false
	lim := st.verb.t1 + 8
	for j := st.verb.t1; j < last && j < lim; j++ {
		w := a.lowerWord(j)
		if w == ";" || w == "." {
			break
		}
		if a.otherFigureAt(j, st, out) {
			break // "No one was injured in the 21 blasts, 13 on homes and one on a car": the "one" is a blast
		}
		if eventPreps[w] {
			placed, lim = true, max(lim, j+10) // "in Guachicono, southern Cauca department, two in ..."
		}
		if w != "and" && (w != "," || !placed) || !a.gappedToll(j+1) {
			if w == "," && !placed {
				break
			}
			continue
		}
		i := slices.IndexFunc(qs, func(q part) bool { return q.t0 == j+1 })
		if i < 0 {
			break
		}
		q := qs[i]
		if a.ownAuxiliary(q.t1, last) {
			break // "Two soldiers were killed and 32 members of armed groups were detained": a verb of its own
		}
		g := statement{effect: st.effect, sent: st.sent, hedged: st.hedged,
			verb: term{t0: q.t0, t1: q.t1, p: st.verb.p}}
		q.party = st.parts[0].party
		g.parts = []part{q}
		out = append(out, g)
		lim = q.t1 + 10
	}
	return out
}

// ownAuxiliary reports whether the clause that goes on at token j has an
// auxiliary of its own ([auxiliary]) before the next comma, "and",
// semicolon or full stop, quotes around a word going on ("Colombian
// \"irregular\" armed groups"): "and 32 members of armed groups were
// detained" tells what befell them with its own verb, as "One miner was
// killed and 56 others were trapped underground" (reuters21578-12992)
// does, so it leaves no verb out for the figure to share.
func (a *article) ownAuxiliary(j, last int32) bool {
	for k := j; k < last && k < j+10; k++ {
		w := a.lowerWord(k)
		if w == "," || w == "and" || w == ";" || w == "." {
			return false
		}
		if auxiliaries[w] {
			return true
		}
	}
	return false
}

// otherFigureAt reports whether a number at token j, of no date, counts
// something other than st's figure or the gapped ones already found
// (out): a figure left out after "and" stands for the nearest figure
// before it, as in "four branch offices in the Midwest and one in New
// York" (Reuters-21578), so after such a number the gapped "one" of "21
// blasts ... with 13 bomb attacks on second homes and one on a car" is
// one more attack, not one more hurt.
func (a *article) otherFigureAt(j int32, st *statement, out []statement) bool {
	if a.numberEnd(j, text.Cardinal) == j || a.inDate(j) {
		return false
	}
	for _, p := range st.parts {
		if p.t0 <= j && j < p.t1 {
			return false
		}
	}
	for _, g := range out {
		if g.verb.t0 <= j && j < g.verb.t1 {
			return false
		}
	}
	return true
}

// people keeps the parts of a statement that count people and reports
// whether any is left: not "10 ships ... dead weight tons"; not a noun the
// lexicon does not know unless it is a name for people ("three other
// Americans"), so not "weak economies hurt"; and for a seizure, people the
// text calls so ("seized two tonnes of cocaine" is no kidnapping), and
// none after a thing seized first.
func (a *article) people(st *statement) bool {
	kept := st.parts[:0]
	for i, p := range st.parts {
		if a.personPart(st, p) {
			kept = append(kept, p)
		} else if i == 0 && st.effect == lexicon.Kidnap {
			// "captured several Iraqi outposts, the official news agency
			// said": what was seized first was a thing, and what follows
			// the comma is no more of the list
			break
		}
	}
	st.parts = kept
	return len(kept) > 0
}

func (a *article) personPart(st *statement, p part) bool {
	for j := p.t0; j < p.t1; j++ {
		if a.isCue(j, "thing") {
			return false
		}
	}
	if p.party != "" || p.name || p.pronoun || p.zero || a.ofThose(p.t0) {
		return true // "One of them later died": a share of people told before
	}
	if st.effect == lexicon.Kidnap {
		return a.covered(p.t1-1, lexicon.Party, "")
	}
	return p.bare || a.toks[p.t1-1].Has(text.Cap) || a.covered(p.t1-1, lexicon.Party, "") || a.headBeforeOf(p) || a.agentNoun(st, p)
}

// headBeforeOf reports whether the person noun of part p stands before an
// "of" that names what the person belongs to: "a member of the bomb
// squad", "the driver of the train", where the last word is the body's,
// not the person's.
func (a *article) headBeforeOf(p part) bool {
	for j := p.t0 + 1; j < p.t1; j++ {
		if a.lowerWord(j) == "of" {
			return a.covered(j-1, lexicon.Party, "")
		}
	}
	return false
}

// agentNoun reports whether the noun a casualty verb counts names people by
// what they do, a noun of agent the lexicon need not list: "killing seven
// travellers", "three traders were shot dead", "wounding two medics". Only
// a verb counts so ("killed", "wounding"), not a noun of death, which
// measures things too ("200,000 dead weight tonnes").
func (a *article) agentNoun(st *statement, p part) bool {
	switch v := a.lowerSpan(st.verb.t0, st.verb.t1); {
	case v == "death":
		if a.lowerWord(st.verb.t0-1) != "to" {
			return false // "beat two robbers to death" is a verb's phrase
		}
	case deathNouns[v]:
		return false
	}
	if personAgentPlural(a.lowerWord(p.t1-1)) || staffNouns[a.lowerWord(p.t1-1)] {
		return true // "seven travellers", "25 CRPF personnel"
	}
	// one person: the head, a compound's first part ("a passer-by"), or a
	// noun after a rank of office ("a deputy county commissioner")
	if p.n == 1 && a.officeIn(p) {
		return true
	}
	for j := p.t1 - 1; p.n == 1 && j > p.t0; j-- {
		if personAgents[a.lowerWord(j)] {
			return true
		}
		if !a.isInnerHyphen(int(j - 1)) {
			break
		}
		j--
	}
	return false
}

// covered reports whether a term of category c (and value v, unless v is
// "") covers token j.
func (a *article) covered(j int32, c lexicon.Category, v string) bool {
	for _, t := range a.sentTerms(a.sentOf[j]) {
		if t.p.Cat == c && (v == "" || t.p.Value == v) && t.t0 <= j && j < t.t1 {
			return true
		}
	}
	return false
}

// deniedOne makes a count of one that "not" denies a stated zero: "Not a
// single person was killed", "not one soldier was hurt" tell none, as "no
// one" and "no soldiers" do, so the phrase counts nobody of its party
// rather than one. "Not one but two policemen" denies only the one: the
// count after "but" stands, and this one is left for it.
func (a *article) deniedOne(p *part) {
	if p.n != 1 || p.zero || a.lowerWord(p.t0-1) != "not" || a.lowerWord(p.t1) == "but" {
		return
	}
	p.n, p.max, p.qual, p.zero = 0, 0, text.Exact, true
	p.name, p.nameT0, p.nameT1, p.additional, p.bare = false, 0, 0, false, false
	p.t0--
}

// quantities reads every quantity phrase of tokens [first, last): a number
// and its noun ("at least 15 people"), an article and a person noun ("a
// soldier"), a titled or named person ("Israeli Prime Minister Yitzhak
// Rabin", "Adrian Nel"), a reflexive ("herself") or a personal pronoun.
func (a *article) quantities(first, last int32) []part {
	var out []part
	ni := a.numberFrom(first)
	title := a.inTitle(int(a.toks[first].Start))
	for i := first; i < last; i++ {
		for ni < len(a.nums) && a.tokenAt(a.nums[ni].Start) < i {
			ni++
		}
		if a.inDate(i) {
			continue // "the murder on 26 February of the mayor": a day counts no one and names no one
		}
		if ni < len(a.nums) && a.tokenAt(a.nums[ni].Start) == i && a.nums[ni].Kind == text.Cardinal {
			n := a.nums[ni]
			t1 := a.tokenAt(n.End-1) + 1
			if len(out) > 0 && a.dealing(i) {
				// "shot dead two policemen, one at a checkpoint and
				// another at a bus station": the items deal out the
				// two, and count no one more
				i = t1 - 1
				continue
			}
			if len(out) > 0 && a.ageOf(out[len(out)-1], n, i, t1, last) {
				i = t1 - 1
				continue
			}
			p := part{n: n.Value, max: n.Max, qual: n.Qual, t0: i, t1: t1, additional: n.Another}
			a.head(&p, last)
			a.deniedOne(&p)
			out = append(out, p)
			i = p.t1 - 1
			continue
		}
		if p, ok := a.person(i, last, title); ok {
			a.deniedOne(&p)
			if rank, ok := personRanks[a.lowerWord(p.t0+1)]; ok && a.lowerWord(p.t0) == "a" {
				if a.noHarmBefore(p.t0) {
					p.n = int(rank) // "A second person has died of wounds": the story's first word of harm ranks the toll (personRanks)
				} else {
					p.additional = true // "a second jawan suffered minor injuries": one more of those told
				}
			}
			out = append(out, p)
			i = p.t1 - 1
			continue
		}
		if e := a.unknownNumber(i, last); e > i {
			// "an undetermined number of wounded people": people harmed,
			// how many the text does not know; at least one
			p := part{n: 1, qual: text.Vague, t0: i, t1: e, unknown: true}
			a.head(&p, last)
			out = append(out, p)
			i = p.t1 - 1
			continue
		}
		switch w := a.lowerWord(i); w {
		case "no", "nobody", "none":
			// "No one was killed": a stated zero, not an unknown
			if e := a.noOneEnd(i); w != "no" || e > i {
				t1 := i + 1
				if w == "no" {
					t1 = e
				}
				p := part{n: 0, qual: text.Exact, t0: i, t1: t1, zero: true}
				if w == "none" && a.lowerWord(t1) == "of" {
					// "None of the 30 passengers was hurt": none of a
					// party, its whole no count (partitiveWhole); as "no
					// passengers" it says nothing of the others
					// The whole of a partitive is taken with it, party
					// or not ("none of its four crew members"), so its
					// number is no count of its own
					q := p
					if a.head(&q, last); q.party != "" || a.partitiveWhole(t1+2) > t1+2 {
						p = q
					}
				}
				out = append(out, p)
				i = p.t1 - 1
				continue
			}
			// "No soldiers were hurt": none of one party, which says
			// nothing of the others (fill_counts: partyZero)
			p := part{n: 0, qual: text.Exact, t0: i, t1: i + 1, zero: true}
			if a.head(&p, last); p.party != "" && !a.noOtherNoun(i, p.t1) {
				out = append(out, p)
				// "No soldiers or rebels were hurt": the "no" denies
				// each party "or" joins to it ("and" may join a count of
				// another: "no soldiers and five rebels")
				for w := a.lowerWord(p.t1); w == "or" || w == "nor"; w = a.lowerWord(p.t1) {
					q := part{n: 0, qual: text.Exact, t0: p.t1, t1: p.t1 + 1, zero: true}
					if a.toks[q.t1].Kind != text.Word || numberWords[a.lowerWord(q.t1)] {
						break
					}
					if a.head(&q, last); q.party == "" || q.bare {
						break
					}
					out = append(out, q)
					p = q
				}
				i = p.t1 - 1
			}
		case "a":
			// "A security officer was killed and a second was wounded":
			// an ordinal standing for its noun, before the verb, is one
			// more of those told
			if _, ok := personRanks[a.lowerWord(i+1)]; ok && i+2 < last && (auxiliaries[a.lowerWord(i+2)] || a.isCasualtyWord(i+2)) {
				out = append(out, part{n: 1, qual: text.Exact, t0: i, t1: i + 2, bare: true, additional: true})
				i++
			}
		case "others":
			// "Five police officers and others were injured": more than
			// the list counts, how many the text does not say
			if len(out) > 0 && out[len(out)-1].t1 == i-1 && a.lowerWord(i-1) == "and" {
				out = append(out, part{n: 0, qual: text.AtLeast, t0: i, t1: i + 1, additional: true})
			}
		case "he", "she":
			if n0, n1 := a.mainSubjectName(i); n1 > n0 {
				// "Bowers ... surrendered after he was wounded": the
				// person the main clause named
				out = append(out, part{n: 1, qual: text.Exact, t0: i, t1: i + 1, name: true, nameT0: n0, nameT1: n1})
			} else {
				out = append(out, part{n: 1, qual: text.Exact, t0: i, t1: i + 1, pronoun: true})
			}
		case "him":
			// "killing him and one of his bodyguards"
			out = append(out, part{n: 1, qual: text.Exact, t0: i, t1: i + 1, name: true})
		default:
			if reflexives[w] != "" { // "herself", "themselves"
				out = append(out, part{party: record.Perpetrators, n: a.reflexiveCount(i), qual: text.Exact, t0: i, t1: i + 1})
			}
		}
	}
	// "Private Gurgen Avetik Ayvazyan of the NKR Defense Army": a name
	// longer than one reading takes is still one person, so two names
	// with nothing between are one
	for k := len(out) - 1; k > 0; k-- {
		if p, q := &out[k-1], out[k]; p.name && q.name && p.t1 == q.t0 {
			p.t1 = q.t1
			if p.nameT1 > 0 && q.nameT1 > 0 {
				p.nameT1 = q.nameT1
			}
			out = slices.Delete(out, k, k+1)
		}
	}
	return out
}

// unknownNumber returns the token after "of" when an article at token i
// opens a number the text says it does not know: "an undetermined number
// of", "an as yet unspecified number of" (an [unknown-number] word before
// "number of", after words of time, [unknown-number-time]); i otherwise.
func (a *article) unknownNumber(i, last int32) int32 {
	if w := a.lowerWord(i); w != "a" && w != "an" {
		return i
	}
	j := i + 1
	for j < last && (unknownNumberTime[a.lowerWord(j)] || a.isInnerHyphen(int(j))) {
		j++
	}
	if j+2 >= last || !unknownNumbers[a.lowerWord(j)] || a.lowerWord(j+1) != "number" || a.lowerWord(j+2) != "of" {
		return i
	}
	return j + 3
}

// allUnknown reports whether every part is a number the text says it does
// not know (unknownNumber).
func allUnknown(ps []part) bool {
	for _, p := range ps {
		if !p.unknown {
			return false
		}
	}
	return len(ps) > 0
}

// unknownNumbers say a number is not known ("an undetermined number of";
// lexicon/words.txt), unknownNumberTime the words of time that may stand
// before them ("an as yet undetermined number of").
var (
	unknownNumbers    = lexicon.Words().Set("unknown-number")
	unknownNumberTime = lexicon.Words().Set("unknown-number-time")
)

// personRanks are the ordinals that stand for a person after "a" ("a
// second was wounded") or count one more of a noun of people ("a second
// jawan"), with their ranks (quantities; lexicon/words.txt). An update
// that opens on a ranked person ("A second man has died after gunfire
// broke out", CTV News 2018-06-30) takes for known the ones before it:
// when no word of harm comes before it in the body (noHarmBefore),
// quantities reads the rank as the toll; after one ("killing three
// soldiers and critically wounding a fourth") the ordinal is one more of
// those told.
var personRanks = lexicon.Words().Numbers("person-ordinal")

// noHarmBefore reports whether no kill, injure or kidnap word comes in the
// body before token t.
func (a *article) noHarmBefore(t int32) bool {
	for k := t - 1; k >= 0 && int(a.toks[k].Start) >= a.bodyStart; k-- {
		if a.isCasualtyWord(k) {
			return false
		}
	}
	return true
}

// ageOf reports whether the number n at tokens [i, t1) is the age of the
// one person prev just read, set off by commas after the name: "Abdi
// Farah, 52, a district commissioner, was shot dead" counts one man, not
// 53 people. Only a number no noun follows can be an age, and only one a
// life can reach.
func (a *article) ageOf(prev part, n text.Number, i, t1, last int32) bool {
	if prev.n != 1 || prev.t1 != i-1 || a.word(i-1) != "," || n.Kind != text.Cardinal || n.Value < 1 || n.Value > 120 || n.Qual != text.Exact {
		return false
	}
	return t1 >= last || a.toks[t1].Kind == text.Punct && a.word(t1) != "-"
}

// reflexiveCount returns how many the reflexive at token i stands for:
// for a plural one ([reflexive] "many": "themselves") the number the
// sentence gave its plural antecedent when it first named it ("Two
// gunmen opened fire ... before the gunmen were themselves shot dead":
// 2), else one.
func (a *article) reflexiveCount(i int32) int {
	if reflexives[a.lowerWord(i)] != "many" {
		return 1
	}
	si := a.sentOf[i]
	first := int32(a.sents[si].First)
	for j := i - 1; j >= first && j >= i-4; j-- {
		pt, ok := a.termAt(j, lexicon.Party)
		if !ok || pt.t1 > i {
			continue
		}
		noun := a.lowerSpan(pt.t0, pt.t1)
		if !plural(noun) {
			continue
		}
		for k := pt.t0 - 1; k > first; k-- {
			if a.lowerSpan(k, k+pt.t1-pt.t0) != noun {
				continue
			}
			for _, n := range a.nums {
				if n.Kind == text.Cardinal && a.tokenAt(n.End-1)+1 == k && n.Value > 1 {
					return n.Value // "Two gunmen"
				}
			}
		}
		return 1
	}
	return 1
}

// person reads one person at token i: an article and a person noun ("a
// police guard", "the driver"), a title with its name ("Haitian President
// Jovenel Moïse", "The U.S. Ambassador to Libya"), or a capitalised name of
// two to four words. A headline drops its articles: there a bare person
// noun is one person ("Soldier killed in encounter").
func (a *article) person(i, last int32, title bool) (part, bool) {
	// a word of reporting opens no person's phrase: "injured 10 more,
	// said army general German Giraldo" names the teller, not one more hurt
	if w := a.lowerWord(i); stopWords[w] || w == "of" || reportVerbs[w] || a.covered(i, lexicon.Kill, "") || a.covered(i, lexicon.Trigger, "") {
		return part{}, false
	}
	if e := a.numberEnd(i, text.Age); e > i && e < last {
		// "the killing of 42-year-old Josef Piescher": an age with no
		// article before a name is the named person's
		if p, ok := a.person(e, last, title); ok && p.name && p.nameT0 == e && p.nameT1 > e {
			p.t0 = i
			return p, true
		}
	}
	start := i
	// "seriously injuring one and lightly wounding the other": the one of
	// a pair not yet counted
	if a.lowerWord(i) == "the" && a.lowerWord(i+1) == "other" && (i+2 >= last || a.toks[i+2].Kind != text.Word || stopWords[a.lowerWord(i+2)]) {
		return part{n: 1, qual: text.Exact, t0: i, t1: i + 2, additional: true, bare: true}, true
	}
	switch a.lowerWord(i) {
	case "a", "an", "the", "one", "his", "her", "their", "another":
		i++
	}
	// modifiers: "a sleeping toddler", "a 27-year-old Jewish law student";
	// an age is one modifier, however many tokens its hyphens make
	j, lim := i, i+4
	for j < last && j < lim {
		if start < i { // an age only after a determiner: "a 27-year-old"
			if e := a.numberEnd(j, text.Age); e > j {
				lim += e - j - 1
				j = e
				continue
			}
		}
		if a.termFirst[j] != 0 && (a.hasTerm(j, lexicon.Party, "") && !a.titleAhead(j, last) || a.hasTerm(j, lexicon.Title, "")) {
			break // "police commander": the title is the head
		}
		if a.toks[j].Kind == text.Punct && !a.isInnerHyphen(int(j)) || a.isCasualtyWord(j) || a.isCue(j, "passive") || j > start && articleWords[a.lowerWord(j)] {
			return part{}, false // "the day after a suicide bomber": a second article opens another phrase
		}
		if j > i && reportVerbs[a.lowerWord(j)] {
			// "The ministry said 20 other people were wounded": a verb of
			// reporting ends the teller's phrase, and the count is in
			// the clause it opens, not one person named from "the"
			return part{}, false
		}
		if start == i && !a.titleAhead(i, last) {
			break // no article: only a title or a name may start here
		}
		j++
	}
	if j < last {
		if pt, ok := a.headNoun(j, last); ok && (start < i || title || pt.p.Cat == lexicon.Title) {
			if plural(a.lowerSpan(pt.t0, pt.t1)) || a.bodyName(pt.t1-1) {
				return part{}, false // "the Border Security Force": a body, not one person
			}
			p := part{n: 1, qual: text.Exact, t0: start, t1: pt.t1}
			for k := i; k < j; k++ {
				p.additional = p.additional || otherModifiers[a.lowerWord(k)] // "a fellow attacker"
			}
			if owned, ok := a.possessed(pt.t1, last); ok {
				// "a police officer's driver": the one the possessive
				// names is the person, not his owner
				if owned.p.Cat != lexicon.Party || plural(a.lowerSpan(owned.t0, owned.t1)) {
					return part{}, false
				}
				p.t1, p.party = owned.t1, partyOf(owned.p.Value)
				return p, true
			}
			if a.possessiveAt(pt.t1) && !a.possessedDeath(pt.t1, last) {
				return part{}, false // "the minister's two bodyguards": an owner, not the one counted
			}
			if pt.p.Cat == lexicon.Party {
				p.party = partyOf(pt.p.Value)
				if start < i && a.lowerWord(start-1) != "of" {
					// "a civilian employee was shot"; not a headline's
					// bare nouns ("Judge who jailed cartel boss shot
					// dead"), nor what an "of" says the head before
					// belongs to ("a leader of a peasant cooperative")
					p.t1 = a.compoundHead(p.t1, last)
				}
				if a.lowerWord(p.t1) == "of" {
					if e := a.numberEnd(p.t1+1, text.Age); e > p.t1+1 && e <= last {
						p.t1 = e // "a woman of about 40": her years, in her phrase
					}
				}
				// "the driver of the train", "a member of the National
				// Guard", "a member of the bomb-disposal unit"
				if a.lowerWord(p.t1) == "of" && a.lowerWord(p.t1+1) == "the" && p.t1+2 < last && a.toks[p.t1+2].Kind == text.Word && !a.isCasualtyWord(p.t1+2) {
					p.t1 = max(a.ofName(p.t1, last), a.ofBody(p.t1+2, last))
				}
			} else {
				p.name = true                   // a titled person: "the ambassador"
				p.t1 = a.nameAfter(pt.t1, last) // "President Jovenel Moïse", "Ambassador to Libya"
				if n0, n1 := a.holderName(pt.t1, last); n1 > n0 {
					p.nameT0, p.nameT1 = n0, n1
					p.t1 = max(p.t1, n1)
				}
			}
			return p, true
		}
	}
	if start == i && !title && a.possessiveAt(i+1) && a.surnameAt(i) {
		return a.namedOrOwned(i, i, i+1, last) // "Delgado's driver", "Pizarro's death"
	}
	if start == i && a.cs != text.Mixed && !title {
		// "GUERRILLAS KILLED JUAN PEREZ": without capitals a name is the
		// words no dictionary holds
		n := a.pastAddress(i) // "MS DOLORES CASANOVA": a person, though Dolores is also a town
		if n0, n1 := a.uncasedName(n, last); n1 > n0 && (n > i || !a.isPlaceOrGroup(n0) || a.placeBeforeSurname(n0, n1)) && !a.inDate(n0) {
			return a.namedOrOwned(i, n0, n1, last)
		}
	}
	if start == i && a.cs == text.Mixed && !title {
		if n := a.pastAddress(i); n > i && a.word(n-1) == "." {
			// "the murder of Dr. Francisco Guerrero": the dot of the
			// form of address ends no name, and the name after it is
			// the person's, one word or more
			if n0, n1 := a.properName(n, last); n1 > n0 {
				return part{n: 1, qual: text.Exact, t0: i, t1: n1, name: true, nameT0: n0, nameT1: n1}, true
			}
			if n < last && a.toks[n].Kind == text.Word && a.toks[n].Has(text.Cap) && !a.isPlaceOrGroup(n) {
				return part{n: 1, qual: text.Exact, t0: i, t1: n + 1, name: true, nameT0: n, nameT1: n + 1}, true
			}
		}
		if n0, n1 := a.properName(i, last); n1 > n0 && (!a.isPlaceOrGroup(n0) || a.placeBeforeSurname(n0, n1)) && !a.bodyName(n1-1) && !a.placeObject(n0) {
			return a.namedOrOwned(n0, n0, n1, last)
		}
		// a surname alone in a list: "killing Nel and at least six others"
		if w := a.word(i); a.surnameAt(i) && !a.sentenceInitial(i) && w[len(w)-1] != 's' && (a.lowerWord(i+1) == "and" || a.word(i+1) == ",") && !a.placeObject(i) {
			return part{n: 1, qual: text.Exact, t0: i, t1: i + 1, name: true, nameT0: i, nameT1: i + 1}, true
		}
	}
	return part{}, false
}

// placeObject reports whether the capitalised name that token n0 is in
// is the object of a preposition of place ([place-only-prep]): "near
// Murad Pur" names where, not whom, though the gazetteer lacks it and it
// reads as a man's name (nor is its "Pur" a surname).
func (a *article) placeObject(n0 int32) bool {
	for n0 > 0 && a.sentOf[n0-1] == a.sentOf[n0] && a.toks[n0-1].Kind == text.Word && a.toks[n0-1].Has(text.Cap) && !a.sentenceInitial(n0-1) {
		n0--
	}
	return n0 > 0 && a.sentOf[n0-1] == a.sentOf[n0] && placeOnlyPreps[a.lowerWord(n0-1)]
}

// placeOnlyPreps take a place for their object, never a person
// (placeObject).
var placeOnlyPreps = lexicon.Words().Set("place-only-prep") // lexicon/words.txt

// mainSubjectName returns the tokens of the person's name that opens the
// sentence of the pronoun at token i, when the pronoun is the subject of
// a clause hung on the main one ([pronoun-clause-lead]): "Bowers, armed
// with an AR-15 style rifle, ... surrendered after he was wounded". A
// clause so hung shares its subject with the main clause unless it names
// another, so the pronoun is the named person, who may be the attacker,
// not one more victim.
func (a *article) mainSubjectName(i int32) (int32, int32) {
	if i < 1 || a.sentOf[i-1] != a.sentOf[i] || !pronounClauseLeads[a.lowerWord(i-1)] || a.cs != text.Mixed {
		return 0, 0
	}
	first := int32(a.sents[a.sentOf[i]].First)
	for first < i && int(a.toks[first].End) <= a.datelineEnd {
		first++
	}
	if n0, n1 := a.properName(first, i-1); n0 == first && n1 > n0 && !a.isPlaceOrGroup(n0) && !a.reportedSubjectBefore(n1, i) {
		return n0, n1
	}
	if first < i-1 && a.surnameAt(first) && !a.commonWord(first) && !a.reportedSubjectBefore(first+1, i) {
		return first, first + 1 // "Bowers, armed with ..."
	}
	return 0, 0
}

// reportedSubjectBefore reports whether a verb of saying ([say-verb])
// between token n1 and the pronoun at token i opens a reported clause
// with a subject of its own, another than the pronoun again: "Haruna told
// reporters the driver escaped after he was wounded". The pronoun's clause
// then hangs on the reported one, and takes up its subject (the driver),
// not the speaker's name; the same pronoun standing as the reported
// clause's subject ("Bowers told police he surrendered after he was
// wounded") still takes up the speaker.
func (a *article) reportedSubjectBefore(n1, i int32) bool {
	for k := n1; k < i-1; k++ {
		if !sayVerbs[a.lowerWord(k)] {
			continue
		}
		for m := k + 1; m < i-1; m++ {
			if a.lowerWord(m) == a.lowerWord(i) {
				return false
			}
		}
		return true
	}
	return false
}

// pronounClauseLeads open a clause hung on the main one, whose subject
// pronoun takes up the main clause's subject (mainSubjectName).
var pronounClauseLeads = lexicon.Words().Set("pronoun-clause-lead") // lexicon/words.txt

// compoundHead returns the end of a person's phrase whose party noun ends
// at token t1: past one more noun the lexicon does not know, which is the
// head the party noun modifies ("a civilian employee was shot", "a
// guerrilla courier at the camp"), as head reads "two civilian
// employees". Only a word that ends the phrase is a noun so read: a
// boundary follows it (an auxiliary, a casualty word, a stop word, a
// punctuation mark), and it has no verb's or adverb's ending ("a soldier
// opened fire", "a policeman guarding the bank").
func (a *article) compoundHead(t1, last int32) int32 {
	if t1+1 >= last || a.toks[t1].Kind != text.Word || a.capWord(t1) {
		return t1
	}
	w := a.lowerWord(t1)
	if stopWords[w] || auxiliaries[w] || adverbs[w] || reportVerbs[w] || articleWords[w] || a.isCasualtyWord(t1) || a.termFirst[t1] != 0 {
		return t1
	}
	for _, end := range []string{"ed", "ing", "ly"} {
		if strings.HasSuffix(w, end) {
			return t1
		}
	}
	next := a.lowerWord(t1 + 1)
	if a.toks[t1+1].Kind == text.Punct || auxiliaries[next] || stopWords[next] || a.isCasualtyWord(t1+1) {
		return t1 + 1
	}
	return t1
}

// placeBeforeSurname reports whether the name at tokens [n0, n1) opens
// with a one-word place that the words after it, no place or group, go on
// from: a given name that is also a town's ("Mauricio Gutierrez", "Dolores
// Casanova", "Mauricio" being Mauritius in Spanish too). A place is read
// whole, so a place name of its own takes in every word it has ("San
// Salvador", "Puerto Lopez"); a word left over after a one-word place is a
// surname, not the place's.
func (a *article) placeBeforeSurname(n0, n1 int32) bool {
	if n1-n0 < 2 || a.isGroup(n0) {
		return false
	}
	p := sort.Search(len(a.places), func(k int) bool { return a.places[k].t1 > n0 })
	if p >= len(a.places) || a.places[p].t0 != n0 || a.places[p].t1 != n0+1 || a.places[p].demonym {
		return false
	}
	for k := n0 + 1; k < n1; k++ {
		if a.isPlaceOrGroup(k) {
			return false
		}
	}
	return true
}

// bodyName reports whether the last word of a capitalised name, at
// token k, names a body of men, not a person: "the Chhattisgarh Special
// Armed Forces", "the Assam Rifles", "the Border Security Force", "the
// National Guard" ([force-noun], [unit-noun], or their singular). "Two
// others from the Special Armed Forces were killed" counts the others,
// not the force. Only a name of capitalised words in mixed-case text is
// read so: "a soldier" is one person.
func (a *article) bodyName(k int32) bool {
	if k < 1 || a.cs != text.Mixed || !a.toks[k].Has(text.Cap) || !a.toks[k-1].Has(text.Cap) || a.sentenceInitial(k-1) {
		return false
	}
	w := a.lowerWord(k)
	return forceNouns[w] || unitNouns[w] || forceNouns[w+"s"] || unitNouns[w+"s"]
}

// pastAddress returns the token after the form of address ([person-title])
// at token i and its abbreviation's dot ("Dr.", "MS"), or i when none
// stands there.
func (a *article) pastAddress(i int32) int32 {
	if !personTitles[a.lowerWord(i)] {
		return i
	}
	if i+1 < int32(len(a.toks)) && a.word(i+1) == "." {
		return i + 2
	}
	return i + 1
}

// surnameAt reports whether token i may be a surname standing alone: a
// word no gazetteer entry, group or day claims, capitalised in mixed
// case, in no dictionary in text without capitals.
func (a *article) surnameAt(i int32) bool {
	if a.toks[i].Kind != text.Word || a.ids[i] != 0 || a.isPlaceOrGroup(i) || a.inDate(i) {
		return false
	}
	if a.cs == text.Mixed {
		return a.toks[i].Has(text.Cap)
	}
	return !a.commonWord(i)
}

// possessedDeath reports whether the possessive at token j owns a noun of
// a death dealt to one person ([victim-noun]): "Hariri's assassination",
// "RODRIGUEZ PORTH'S DEATH, THE FMLN ...". The noun must end its phrase
// (punctuation, a [phrase-stop] word or an auxiliary after it): "the
// government's death squads" tells no death.
func (a *article) possessedDeath(j, last int32) bool {
	if !a.possessiveAt(j) || j+2 >= last || !victimNouns[a.lowerWord(j+2)] {
		return false
	}
	k := j + 3
	w := a.lowerWord(k)
	return k >= last || a.toks[k].Kind != text.Word || stopWords[w] || auxiliaries[w]
}

// victimNouns are the nouns of a death dealt to one person, whose victim
// a possessive before them names (possessedDeath).
var victimNouns = lexicon.Words().Set("victim-noun") // lexicon/words.txt

// namedOrOwned returns the person a name at tokens [n0, n1) counts, the
// phrase running from token t0: the one named ("Pizarro's death" is his),
// or, when a possessive after the name owns someone else, that one
// (ownedBy: "Delgado's driver").
func (a *article) namedOrOwned(t0, n0, n1, last int32) (part, bool) {
	if a.possessiveAt(n1) && !a.possessedDeath(n1, last) {
		return a.ownedBy(t0, n1, last)
	}
	return part{n: 1, qual: text.Exact, t0: t0, t1: n1, name: true, nameT0: n0, nameT1: n1}, true
}

// ownedBy returns the one person the possessive after a name ending at
// token n1 owns, the phrase running from token t0: "Delgado's driver was
// killed" counts the driver, as "the mayor's driver" does (person), not
// Delgado. A name's possessive before anything else ("Delgado's two
// bodyguards", "Delgado's car") makes the name no one counted.
func (a *article) ownedBy(t0, n1, last int32) (part, bool) {
	owned, ok := a.possessed(n1, last)
	if !ok || plural(a.lowerSpan(owned.t0, owned.t1)) {
		return part{}, false
	}
	p := part{n: 1, qual: text.Exact, t0: t0, t1: owned.t1}
	if owned.p.Cat == lexicon.Party {
		p.party = partyOf(owned.p.Value)
	} else {
		p.name = true // a titled person: "Galan's spokesman"
	}
	return p, true
}

// possessed returns the person noun a possessive ending at token j owns:
// "the mayor's driver", "a police officer's bodyguards". Only a noun right
// after the ending counts: "the minister's two bodyguards" leaves the
// number to be read as a figure.
func (a *article) possessed(j, last int32) (term, bool) {
	if !a.possessiveAt(j) || j+2 >= last {
		return term{}, false
	}
	return a.headNoun(j+2, last)
}

// possessiveAt reports whether a possessive ending ("'s") starts at token j.
func (a *article) possessiveAt(j int32) bool {
	w := a.word(j)
	return (w == "'" || w == "’") && a.lowerWord(j+1) == "s"
}

// headNoun returns the person noun at token j, extended over the party
// nouns that follow it ("police guard", "security guard"): the last one is
// the head. A title the lexicon lists with its "of" ("head of", an office
// only with the body it heads) ends before it, so that the body is read as
// any office's is ("the leader of the local council").
func (a *article) headNoun(j, last int32) (term, bool) {
	pt, ok := a.termAt(j, lexicon.Party)
	if !ok {
		pt, ok = a.termAt(j, lexicon.Title)
		if ok && pt.t1-pt.t0 > 1 && a.lowerWord(pt.t1-1) == "of" {
			pt.t1--
		}
	}
	if !ok {
		return term{}, false
	}
	for pt.t1 < last && !a.isCasualtyWord(pt.t1) && !memberNouns[a.lowerWord(pt.t1)] {
		next, more := a.termAt(pt.t1, lexicon.Party)
		if !more {
			break
		}
		pt = next
	}
	// "ten Chadian military personnel", "a guerrilla member": a noun of
	// a body's staff or members heads the phrase and is of the party the
	// noun before it names
	if w := a.lowerWord(pt.t1); pt.p.Cat == lexicon.Party && pt.t1 < last && (staffNouns[w] || memberNouns[w]) {
		pt.t1++
	}
	return pt, true
}

// staffNouns name the people of a body taken together ("personnel"):
// after a party noun they head its phrase (headNoun), and after any other
// word they still name people (agentNoun). lexicon/words.txt
var staffNouns = lexicon.Words().Set("staff-noun")

// nameAfter extends a title over what names its holder: "to Libya",
// "of Turkey", and a capitalised name; a possessive after the name makes
// it the owner of what the office is of, which the phrase runs on over
// ("the governor of Yemen's southern Aden province and six of his
// bodyguards": the list goes on after the province). In text without
// capitals every word has one, so there the holder's name is read by
// holderName alone:
// "OFFICIAL SERGIO HORNA WAS SERIOUSLY WOUNDED" would otherwise run the
// name over the verb's auxiliary and adverb and leave the passive verb
// without its subject.
func (a *article) nameAfter(t1, last int32) int32 {
	if a.cs != text.Mixed {
		return t1
	}
	if w := a.lowerWord(t1); (w == "to" || w == "of") && t1+1 < last && a.toks[t1+1].Has(text.Cap) {
		t1 += 2
		for t1 < last && a.toks[t1].Has(text.Cap) {
			t1++
		}
		if t1+2 < last && a.possessiveAt(t1) {
			t1 = a.ofBody(t1+2, last)
		}
	}
	if _, n1 := a.properName(t1, last); n1 > t1 {
		t1 = n1
	}
	return t1
}

// titleAhead reports whether a title follows within three words of token
// i: "antioquia police commander colonel waldemar franklin quintero".
func (a *article) titleAhead(i, last int32) bool {
	for j := i + 1; j < last && j <= i+3; j++ {
		if a.hasTerm(j, lexicon.Title, "") {
			return true
		}
		if a.toks[j].Kind != text.Word {
			return false
		}
	}
	return false
}

// holderName returns the name of a title's holder at token t1, right
// after the title, before token last: the capitalised words there
// ("President Jovenel Moïse"), or, in text without capitals, up to four
// words that are neither common English words nor words the lexicons
// know ("governor antonio roldan betancur").
func (a *article) holderName(t1, last int32) (int32, int32) {
	j := t1
	if w := a.lowerWord(j); w == "to" || w == "of" {
		return 0, 0 // "Ambassador to Libya": a post, not a name
	}
	if a.cs == text.Mixed {
		if n0, n1 := a.properName(j, last); n1 > n0 {
			return n0, n1
		}
		return 0, 0
	}
	for j < last && a.hasTerm(j, lexicon.Title, "") {
		t, _ := a.termAt(j, lexicon.Title) // "commander colonel ..."
		j = t.t1
	}
	return a.uncasedName(j, last)
}

// uncasedName reads a person's name at token j in text whose capitals say
// nothing (all upper or all lower case, as wire services and radio
// transcripts write): two to four words that are neither common English
// words nor words the lexicons know, nor part of a group's name.
func (a *article) uncasedName(j, last int32) (int32, int32) {
	k := j
	for k < last && k < j+4 && a.toks[k].Kind == text.Word && a.ids[k] == 0 && !a.isGroup(k) && !a.commonWord(k) {
		k++
	}
	if k-j < 2 {
		return 0, 0 // one word may be anything; a name has two or more
	}
	return j, k
}

// commonWord reports whether token k is a common English word.
func (a *article) commonWord(k int32) bool {
	a.buf = gazetteer.AppendKey(a.buf[:0], a.word(k))
	return a.x.gaz.CommonWord(a.buf)
}

// groupBetween reports whether a group mention covers a token in [j, k):
// the modifiers of a count's noun.
func (a *article) groupBetween(j, k int32) bool {
	for ; j < k; j++ {
		if a.isGroup(j) {
			return true
		}
	}
	return false
}

// isGroup reports whether a group mention covers token t.
func (a *article) isGroup(t int32) bool {
	off := int(a.toks[t].Start)
	g := sort.Search(len(a.groups), func(k int) bool { return a.groups[k].End > off })
	return g < len(a.groups) && a.groups[g].Start <= off
}

// inDate reports whether token t is part of a date expression ("Sunday");
// past either end of the text it is not, as rules ask of the token after
// a clause.
func (a *article) inDate(t int32) bool {
	if t < 0 || int(t) >= len(a.toks) {
		return false
	}
	off := int(a.toks[t].Start)
	k := sort.Search(len(a.dates), func(k int) bool { return a.dates[k].End > off })
	return k < len(a.dates) && a.dates[k].Start <= off
}

// isPlaceOrGroup reports whether a place or group mention covers token t.
func (a *article) isPlaceOrGroup(t int32) bool {
	off := int(a.toks[t].Start)
	g := sort.Search(len(a.groups), func(k int) bool { return a.groups[k].End > off })
	if g < len(a.groups) && a.groups[g].Start <= off {
		return true
	}
	p := sort.Search(len(a.places), func(k int) bool { return a.places[k].t1 > t })
	return p < len(a.places) && a.places[p].t0 <= t
}

// otherModifiers set the people a noun counts apart from others the
// sentence tells of (lexicon/words.txt).
var otherModifiers = lexicon.Words().Set("other-modifier")

// openQuotes open a quotation and closeQuotes end it: around the noun a
// number counts (head), and in the quote-mark tests of the speaker and
// the named (quoteMarkAt, sideDeedFrom, describedFrom, attributedTo).
var (
	openQuotes  = lexicon.Words().Set("open-quote")  // lexicon/words.txt
	closeQuotes = lexicon.Words().Set("close-quote") // lexicon/words.txt
)

// head extends a number to the noun it counts: "two of our constables",
// "15 innocent villagers", "at least 15 others", "three other Americans".
// Without a person noun the phrase still covers the words up to the verb,
// counted without a party. A quoted noun takes its closing mark with it,
// so that the verb after it still has its subject ('seven "terrorists"
// were killed'). A time the date scanner reads ends the phrase.
func (a *article) head(p *part, last int32) {
	start := p.t1
	quoted := false
	for j, words := p.t1, 0; j < last && words < 5; j, words = j+1, words+1 {
		if a.inDate(j) {
			// "wounded 32 a day earlier", "killed 12 yesterday": a
			// time ends the phrase the figure heads, which counts
			// people with no noun after it
			break
		}
		if pt, ok := a.headNoun(j, last); ok && pt.p.Cat == lexicon.Party {
			if wt, ok := a.memberWhole(pt, last); ok {
				pt = wt // "two members of the security forces": members of a party's whole are its people
			}
			p.party = partyOf(pt.p.Value)
			if side := a.sideOfMen(pt, p.t0); side != "" {
				p.party = side
			} else if p.party == record.SecurityForces && a.groupBetween(start, pt.t0) {
				// "11 CODECO militiamen", "20 Amal militiamen": an armed
				// group named on the noun owns the men, no state
				p.party = record.Perpetrators
			}
			if w := a.lowerSpan(pt.t0, pt.t1); w == "others" || w == "other people" {
				p.additional = true
			}
			p.t1 = a.ofName(pt.t1, last)
			if p.t1 == pt.t1 {
				p.t1 = a.ofWhole(pt.t1, last)
			}
			if quoted && p.t1 < last && a.toks[p.t1].Kind == text.Punct && closeQuotes[a.word(p.t1)] {
				p.t1++
			}
			return
		}
		if e := a.partitiveWhole(j); e > j {
			// "five of the 12 passengers": the whole the count is
			// taken from is no count of its own; the noun after it
			// says who the five are
			j, words = e-1, words-1
			continue
		}
		t := a.toks[j]
		if t.Kind != text.Word {
			if t.Kind == text.Punct && a.isInnerHyphen(int(j)) {
				continue
			}
			if j == start && openQuotes[a.word(j)] {
				// "killing three "terrorists."": the teller's quotation
				// marks around the noun leave it the noun counted
				words--
				quoted = true
				continue
			}
			if w := a.word(j); (w == "'" || w == "’") && a.lowerWord(j+1) == "s" {
				j++ // "one of the prime minister's bodyguards"
				words--
				continue // a possessive ending is not a word of the phrase
			}
			break
		}
		w := a.lowerWord(j)
		if w == "more" || otherModifiers[w] {
			p.additional = true
			p.t1 = j + 1
			continue
		}
		switch w {
		case "of", "our", "the", "them", "those", "whom", "their", "its", "his", "her", "these":
			continue
		}
		if adverbs[w] && j > start && (a.lowerWord(j-1) == "them" || a.lowerWord(j-1) == "whom") {
			break // "One of them later died": an adverb after the pronoun opens the predicate
		}
		if a.isCasualtyWord(j) || a.isCue(j, "passive") || reportVerbs[w] || stopWords[w] {
			break
		}
		p.t1 = j + 1 // a noun the lexicon does not know: "foreigners", "Americans"
	}
	p.bare = p.t1 == start
}

// memberWhole returns the party noun of the whole after "of" (and a
// determiner) when pt is a bare noun of members ("members of the
// security forces", "a member of the police"): a member is one of the
// whole, so the whole's party is the members' party, as "two policemen"
// are of the police's. A whole the lexicon knows as no party ("members
// of the family", "members of the FARC") leaves pt as it is.
func (a *article) memberWhole(pt term, last int32) (term, bool) {
	if pt.t1 != pt.t0+1 || !memberNouns[a.lowerWord(pt.t0)] || a.lowerWord(pt.t1) != "of" {
		return pt, false
	}
	k := pt.t1 + 1
	if determiners[a.lowerWord(k)] {
		k++
	}
	if k >= last {
		return pt, false
	}
	wt, ok := a.headNoun(k, last)
	if !ok || wt.p.Cat != lexicon.Party || partyOf(wt.p.Value) == "" {
		return pt, false
	}
	if e := wt.t1; e < last && a.toks[e].Kind == text.Word {
		if w := a.lowerWord(e); !stopWords[w] && !auxiliaries[w] && !copulas[w] && !a.isCasualtyWord(e) {
			return pt, false // "members of a civilian militia": a noun after the party's word heads the whole, and the lexicon knows it not
		}
	}
	return wt, true
}

// partitiveWhole returns the token after the number at token j when it
// is the whole of a partitive, a number right after "of" and a
// determiner ("five of the 12 passengers", "not one of its 30 crew"),
// and j otherwise. The count is the number before "of"; the whole is
// how many there were, hurt or not.
func (a *article) partitiveWhole(j int32) int32 {
	if j < 2 || a.lowerWord(j-2) != "of" || !partitiveDeterminers[a.lowerWord(j-1)] {
		return j
	}
	return a.numberEnd(j, text.Cardinal)
}

// partitiveDeterminers open the whole of a partitive after "of": "five of
// the 12", "two of its 30".
var partitiveDeterminers = lexicon.Words().Set("partitive-determiner") // lexicon/words.txt

// sideOfMen reads "its men", "their own men" and "our men" as the forces
// of the side that owns them: "Iraq said 10 of its own men were killed"
// counts Iraq's soldiers, not civilians, and "the rebels said they lost
// five of their men" counts rebels. The owner is the nearest state (a
// country or demonym), armed group or armed party named before the count
// in its sentence; a state's men are its security forces, a group's are
// perpetrators. Men "from" or "of" an armed body are that body's: "Three
// men from South Sudan's armed forces" are soldiers (armedBodyAfter).
// Without such an owner, or for any other noun, it returns "" and the
// noun's own party stands.
func (a *article) sideOfMen(pt term, t0 int32) string {
	if !a.spanIn(sideMenNouns, pt.t0, pt.t1) {
		return ""
	}
	if side := a.armedBodyAfter(pt.t1); side != "" {
		return side
	}
	j := pt.t0 - 1
	if a.lowerWord(j) == "own" {
		j--
	}
	if !sideOwners[a.lowerWord(j)] {
		return ""
	}
	first := int32(a.sents[a.sentOf[t0]].First)
	lo, hi := a.placeRange(first, t0)
	killed := false // a casualty word between: the side before it is the doer, not the owner
	for k := t0 - 1; k >= first; k-- {
		if a.isCasualtyWord(k) {
			killed = true
			continue
		}
		side := ""
		for pi := hi - 1; pi >= lo; pi-- {
			if m := &a.places[pi]; m.t1-1 == k && (m.country || m.demonym) {
				side = record.SecurityForces
			}
		}
		if side == "" && a.isGroup(k) {
			side = record.Perpetrators
		}
		if q, ok := a.termAt(k, lexicon.Party); side == "" && ok && q.t1 <= t0 {
			if side = partyOf(q.p.Value); side != record.SecurityForces && side != record.Perpetrators {
				side = "none" // "villagers said three of their men": people's men are people
			}
		}
		switch {
		case side == "" || killed && side != "none":
			continue // "soldiers killed three of their men": whose men the doer's deed does not say
		case side == "none":
			return ""
		}
		return side
	}
	return ""
}

// armedBodyAfter returns the party of the armed body a phrase opening
// with "from" or "of" at token j names within five words, past an owner's
// possessive ("from South Sudan's armed forces", "of the army"): security
// forces for a state's armed body or a party noun of its forces,
// perpetrators for an armed group or one of theirs; "" when it names none.
func (a *article) armedBodyAfter(j int32) string {
	if w := a.lowerWord(j); w != "from" && w != "of" {
		return ""
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	for k := j + 1; k < last && k <= j+7; k++ { // five words and a possessive
		if a.toks[k].Kind != text.Word && !a.possessiveAt(k) || a.isCasualtyWord(k) || stopWords[a.lowerWord(k)] {
			return ""
		}
		if armedBodies[a.lowerWord(k)] {
			return record.SecurityForces
		}
		if q, ok := a.termAt(k, lexicon.Party); ok {
			if side := partyOf(q.p.Value); side == record.SecurityForces || side == record.Perpetrators {
				return side
			}
		}
		if a.isGroup(k) {
			return record.Perpetrators
		}
	}
	return ""
}

// armedBodies are the nouns of a state's armed body (lexicon/words.txt).
var armedBodies = lexicon.Words().Set("armed-body")

// sideMenNouns are the plain nouns of men that, owned by a side at war
// ("its men", "their own men"), name its fighters.
var sideMenNouns = lexicon.Words().Set("side-men-noun") // lexicon/words.txt

// sideOwners are the possessive determiners that make a side own its men.
var sideOwners = lexicon.Words().Set("side-owner") // lexicon/words.txt

// ofTheEnd is the token after "of" at k and an article "the" after it,
// where the name a noun belongs to begins ("the office of the State
// Security Service", "members of the Community Watch Corps"); -1 when k
// holds no "of". siteOfName and ofName read the name from there.
func (a *article) ofTheEnd(k int32) int32 {
	if a.lowerWord(k) != "of" {
		return -1
	}
	k++
	if a.lowerWord(k) == "the" {
		k++
	}
	return k
}

// ofName extends a noun over the organisation it belongs to: "Six jawans
// of the District Reserve Guard", "two members of the Community Watch
// Corps".
func (a *article) ofName(t1, last int32) int32 {
	j := a.ofTheEnd(t1)
	if j < 0 {
		return t1
	}
	k := j
	for k < last && k < j+6 && a.toks[k].Kind == text.Word && a.toks[k].Has(text.Cap) {
		k++
	}
	if a.cs != text.Mixed {
		// in text without case every word is capitalised: the body's name
		// is a group the reader found or words no dictionary holds, not
		// "TWO SOLDIERS OF HIS ESCORT WERE ALSO KILLED" up to the verb
		k = j
		for k < last && k < j+6 && a.toks[k].Kind == text.Word && (a.isGroup(k) || !a.commonWord(k) && !a.isCasualtyWord(k)) {
			k++
		}
	}
	if k == j {
		return t1
	}
	return k
}

// ofWhole extends a counted noun over the whole its "of" phrase says the
// people belong to, a name or not, and over a second "of" phrase that
// whole has: "At least 14 members of a dissident faction of the former
// FARC guerrilla and one soldier were killed" counts the 14 and the
// soldier, the faction no person of its own. It returns t1 when no "of"
// and article open a phrase of words there.
func (a *article) ofWhole(t1, last int32) int32 {
	end := t1
	for n := 0; n < 2 && a.lowerWord(end) == "of" && end+2 < last && articleWords[a.lowerWord(end+1)]; n++ {
		k, words := end+2, 0
		for k < last && words < 4 {
			w := a.lowerWord(k)
			if a.isInnerHyphen(int(k)) {
				k++
				continue
			}
			if a.toks[k].Kind != text.Word || w == "of" || a.isCasualtyWord(k) || auxiliaries[w] || stopWords[w] || reportVerbs[w] || a.isCue(k, "passive") {
				break
			}
			if !a.glued(k) {
				words++
			}
			k++
		}
		if k == end+2 || k < last && a.possessiveAt(k) {
			break // "Two members of the mayor's escort": the owner's phrase, which subjectThroughPhrase reads
		}
		end = k
	}
	return end
}

// ofBody returns the end of the noun phrase of a body a person belongs
// to, whose words start at token j after "of the": "the bomb-disposal
// unit", "the train". It stops before a verb, a casualty word or a word
// that ends a phrase, after four words at most.
func (a *article) ofBody(j, last int32) int32 {
	k, words := j, 0
	for k < last && words < 4 {
		w := a.lowerWord(k)
		if a.isInnerHyphen(int(k)) {
			k++
			continue
		}
		if a.toks[k].Kind != text.Word || a.isCasualtyWord(k) || auxiliaries[w] || stopWords[w] || reportVerbs[w] || a.isCue(k, "passive") {
			break
		}
		if !a.glued(k) {
			words++
		}
		k++
	}
	return max(k, j+1)
}

// stopWords end a noun phrase.
var stopWords = lexicon.Words().Set("phrase-stop") // lexicon/words.txt

// plural reports whether a party noun is plural: it ends in s, or is one of
// the irregular collectives.
func plural(w string) bool {
	return pluralNouns[w] || len(w) > 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// pluralNouns are the plural nouns that do not end in s.
var pluralNouns = lexicon.Words().Set("plural-noun") // lexicon/words.txt

// deathNouns measure rather than tell of a deed (agentNoun).
var deathNouns = lexicon.Words().Set("death-noun") // lexicon/words.txt

// partyOf maps a lexicon party value to a record party ("" for people).
func partyOf(v string) string {
	if v == "people" {
		return ""
	}
	return v
}

// subjectOf returns the quantity phrases that end right before the casualty
// word, across adverbs and auxiliaries: "At least two policemen were
// killed", "16 killed", "A soldier and six suspected rebels were killed".
func (a *article) subjectOf(t term, qs []part, first int32) []part {
	j := t.t0 - 1
	if a.scareQuoted(t) {
		j-- // 'seven assailants were "neutralised"': the subject before the mark
	}
	// "No one was killed or injured": the subject of the verb before
	if listLink(a.lowerWord(j)) && j > first && a.isCasualtyWordEnding(j) {
		for k := j - 1; k >= first && k >= j-3; k-- {
			if a.isCasualtyWord(k) {
				if tk, ok := a.casualtyTermAt(k); ok {
					return a.subjectOf(tk, qs, first)
				}
			}
		}
	}
	for j >= first && j >= t.t0-5 && a.toks[j].Kind == text.Word && (adverbs[a.lowerWord(j)] || a.mannerAdverb(j)) {
		j--
	}
	// a parenthesis: "three guerrillas of the National Liberation Army
	// (ELN) were killed"
	if j > first && a.word(j) == ")" {
		for k := j - 1; k > first && k >= j-6; k-- {
			if a.word(k) == "(" {
				j = k - 1
				break
			}
		}
	}
	// a relative clause: "More than 200 people, who were injured, were"
	if w := a.lowerWord(j); w == "who" || w == "which" || w == "that" {
		j--
		if j > first && a.word(j) == "," {
			j--
		}
		return a.listEndingAt(qs, j+1, first)
	}
	// an apposition between subject and verb: "At least 50 people, mostly
	// women and children, were killed", up to eight words long ("and ten,
	// including two infants aged 3 and 8 months, were wounded"; "the man,
	// said by police to be a street cleaner, was seriously wounded"). Its
	// length is counted in words, a token glued to the one before it
	// being part of its word, so that a compound or an abbreviation does
	// not spend the span: "Bernardo Jaramillo, the 36-year-old Patriotic
	// Union (UP) candidate, has died". Dashes set one off as commas do:
	// "Four soldiers and two civilians - a woman and a boy - were wounded"
	if close := a.word(j); j > first && (close == "," || a.isDash(j) && !a.glued(j) && !a.glued(j+1)) {
		for k, words := j-1, 0; k > first && words < 9; k-- {
			if !a.glued(k) {
				words++
			}
			if a.word(k) == close {
				if ps := a.listEndingAt(qs, k, first); len(ps) > 0 {
					return a.breakdownWithin(qs, ps, j)
				}
				// "Abdi Farah, 52, a district commissioner, was":
				// the person before the age (ageOf)
				if k > first+1 && a.word(k-2) == "," && a.toks[k-1].Kind == text.Num {
					return a.listEndingAt(qs, k-2, first)
				}
				// "a local leader of the militant network, Omar Saleh
				// al-Tiss, was wounded": the name set off is the person
				// the phrase before it describes, whatever that
				// phrase's length
				if ps := a.listEndingAt(qs, j, first); len(ps) == 1 && ps[0].name && ps[0].t0 == k+1 {
					return ps
				}
				// "two members of the judge's escort, members of the
				// secret police, were wounded": the phrase the
				// apposition follows ends in one of place or belonging
				if ps := a.subjectThroughPhrase(qs, k-1, first); len(ps) > 0 {
					return ps
				}
				break
			}
		}
		if close == "," {
			if k := a.inclusionOpening(j, first); k > 0 {
				if ps := a.listEndingAt(qs, k, first); len(ps) > 0 {
					return a.breakdownWithin(qs, ps, j)
				}
			}
		}
		if close == "," && t.p.Cat != lexicon.Kidnap {
			if p, ok := a.nameBeforeApposition(qs, j, first); ok {
				return []part{p}
			}
		}
	}
	if ps := a.listEndingAt(qs, j+1, first); len(ps) > 0 {
		return ps
	}
	if ps := a.subjectThroughPhrase(qs, j, first); len(ps) > 0 {
		return ps
	}
	if a.passiveBefore(t) || a.spanIn(dyingVerbs, t.t0, t.t1) {
		return a.relativeSubject(qs, j, first)
	}
	return nil
}

// inclusionOpening returns the comma that opens an apposition telling who
// is among those counted, when the apposition is itself a list set off
// by commas and closed by the comma at token j: "More than 30 people,
// among them women, children and elderly people, were killed" keeps its
// 30 as the subject of "were killed", as "At least six persons, including
// three soldiers, were reported wounded" (Reuters-21578) keeps its six. The
// apposition opens with a word of [subset-word] ("including", "among"),
// of [breakdown-adverb] ("mostly") or a share "of them" ("most of them",
// "many of them") and runs on, up to sixteen words, through words and
// commas only: a report verb, "that", "when", a casualty word, a relative
// pronoun or other punctuation opens a clause (clauseBreak), and no count
// is carried across it. It returns 0 when there is no such apposition.
func (a *article) inclusionOpening(j, first int32) int32 {
	for k, words := j-1, 0; k > first+1 && words < 16; k-- {
		w := a.lowerWord(k)
		if a.isCasualtyWord(k) || a.clauseBreak(k) && w != "," || w == "who" || w == "whom" || w == "which" {
			return 0
		}
		if w != "," {
			words++
			continue
		}
		if o := a.lowerWord(k + 1); subsetWords[o] || breakdownAdverbs[o] || a.ofThose(k+1) {
			return k
		}
	}
	return 0
}

var breakdownAdverbs = lexicon.Words().Set("breakdown-adverb") // lexicon/words.txt

// breakdownWithin returns the subject ps with the breakdown of it that
// the apposition after it, up to token j, gives: "Five people, three of
// them policemen, were killed", "14 people, among them four policemen,
// were killed" tell the party of some of the five or the 14 (markSubsets
// reads "of them", "among them", "including"). Parts of the apposition
// that would add to the subject ("Ahmed Musa, a local councillor") are
// left out, as before: only a share of those counted is taken.
func (a *article) breakdownWithin(qs, ps []part, j int32) []part {
	all := a.listStartingAt(qs, ps[0].t0)
	if len(all) <= len(ps) || all[len(ps)-1].t1 != ps[len(ps)-1].t1 {
		return ps
	}
	if a.serialList(ps[len(ps)-1], all[len(ps):], j) {
		return all
	}
	for _, p := range all[len(ps):] {
		if !p.subset || p.t1 > j {
			return ps
		}
	}
	return all
}

// serialList reports whether the parts rest, set off after part p by a
// comma and closed by the comma at token j before the verb, go on the
// list p opens rather than describe p: "Two soldiers, a policeman and a
// civilian, were killed" is one subject of four, coordinated by the "and"
// before its last member, with a comma after it as many writers put one.
// They describe p, and add no one, when p names no party of its own ("Two
// people, a policeman and a civilian, were killed") or when their figures
// add up to p's and each is of p's party ("Two civilians, a woman and a
// boy, were wounded"); a share ("three of them police officers") is never
// more of the list (breakdownWithin reads it).
func (a *article) serialList(p part, rest []part, j int32) bool {
	if a.word(j) != "," || p.party == "" || p.qual != text.Exact || p.name || len(rest) < 2 || rest[len(rest)-1].t1 != j {
		return false
	}
	if w := a.lowerWord(rest[len(rest)-1].t0 - 1); w != "and" && w != "or" {
		return false
	}
	sum, own := 0, true
	for _, q := range rest {
		if q.subset || q.pronoun || q.zero || q.party == "" || q.qual != text.Exact {
			return false
		}
		sum += q.n
		own = own && q.party == p.party
	}
	return sum != p.n || !own
}

// subjectThroughPhrase returns the quantity phrase that a phrase of place,
// origin or belonging ending at token j follows: the subject of the verb
// after j, or of the apposition after it ("the president of the supreme
// court of justice, who took office on Friday, was slightly wounded"). A
// place: "Two people in Kiryat Shmona were wounded", "three soldiers at
// the checkpoint were killed", "two others from the Special Armed
// Forces"; or the body they belong to: "two members of his escort were
// also killed", where the figure counts the members, not the escort
// ("hundreds of dead" has no body: the noun after "of" is the casualty
// word); or the place an office is of: "the mayor of a town in western
// Honduras was shot dead", "the governor of Kandahar province", where the
// title read its holder's capitalised place and the phrase runs on from
// the sentence's start, a clause's or the dateline's ("KABUL, May 1 - The
// head of Kandahar province was wounded").
func (a *article) subjectThroughPhrase(qs []part, j, first int32) []part {
	for k := j; k > first && k >= j-7; k-- {
		if a.possessiveAt(k) {
			continue // "115 soldiers from South Sudan's rival factions": the owner is of the phrase
		}
		if a.toks[k].Kind != text.Word || a.isCasualtyWord(k) || reportVerbs[a.lowerWord(k)] {
			break
		}
		if w := a.lowerWord(k); w == "in" || w == "at" || w == "near" || w == "inside" || w == "from" || w == "of" && k < j {
			if ps := a.listEndingAt(qs, k, first); len(ps) > 0 {
				return ps
			}
			if w == "of" {
				for _, p := range qs {
					if p.n == 1 && p.name && p.t0 < k && k < p.t1 && (p.t0 == first || a.clauseBreak(p.t0-1) || a.afterDateline(p.t0)) {
						return []part{p} // the title's part spans "of Kandahar"
					}
				}
				break
			}
		} else if stopWords[w] {
			break // "named prime minister at a meeting shortly after Rabin died": another clause
		}
	}
	return nil
}

// nameBeforeApposition returns the person named at the opening of the
// clause whose apposition ends at the comma at token j, however long the
// apposition: "Mohammed Chatah, a former finance minister and ambassador
// to the United States, was killed". A name opening its clause (the
// sentence, the dateline's, a reported one after "said" or "that", or
// one after a fronted adverbial: frontedPhrase) and set off by a comma
// is the subject the verb after the closing comma takes, as "Nahum
// Vaskevitch, the managing director of the Mergers and Acquisitions
// Department of the broker's London office, was charged" (Reuters-21578).
// The apposition may run to several phrases, each set off by its comma:
// an age, an office, a relative clause ("Ricardo Castellar, mayor of
// Achi, who was kidnapped on 5 January, was found dead today"), but no
// other clause (a report verb, "that", "but"). The caller asks only for
// a verb of killing or wounding: one of taking ("was captured") tells an
// arrest as often as a kidnapping, and the long apposition is where the
// story says why ("accused of being a member of the cartel").
func (a *article) nameBeforeApposition(qs []part, j, first int32) (part, bool) {
	for k := j - 1; k > first && k >= j-30; k-- {
		w := a.lowerWord(k)
		if reportVerbs[w] || w == "that" || w == "but" || w == ";" {
			return part{}, false
		}
		if listLink(w) && a.word(k-1) == "," {
			// "X, a farmer, was released, and the man who drove his
			// car, a teacher, was shot dead": ", and" joins a clause
			// before the subject, and X is that clause's subject
			return part{}, false
		}
		if w != "," {
			continue
		}
		ps := a.listEndingAt(qs, k, first)
		if len(ps) != 1 || !ps[0].name {
			continue // one of several phrases of the apposition
		}
		if p := ps[0]; p.t0 == first || a.afterDateline(p.t0) || reportVerbs[a.lowerWord(p.t0-1)] || a.lowerWord(p.t0-1) == "that" || a.frontedPhrase(first, p.t0) {
			return p, true
		}
		return part{}, false
	}
	return part{}, false
}

// frontedPhrase reports whether the tokens from first up to the name at
// token t0 are an adverbial set before the clause's subject: opened by a
// preposition ("On 5 January, Carlos Torrado ... was killed", "In
// Medellin, ..."), by "according to" or by a word that joins the sentence
// to the one before ("However, only four days later, Anteguera ..."), and
// ended by a comma or a date. A casualty word in it, or a report verb
// outside a source's phrase ("according to reports from the scene"),
// makes it a clause of its own.
func (a *article) frontedPhrase(first, t0 int32) bool {
	if t0-first < 2 || a.word(t0-1) != "," && !a.inDate(t0-1) {
		return false
	}
	source := a.accordingToAt(first + 1)
	if w := a.lowerWord(first); !locPreps[w] && !connectives[w] && !source {
		return false
	}
	for k := first; k < t0; k++ {
		if a.isCasualtyWord(k) || reportVerbs[a.lowerWord(k)] && !source {
			return false
		}
	}
	return true
}

// relativeSubject returns the people a relative clause between subject
// and verb describes: "A policeman who was guarding the gate was killed",
// "a student who had been kidnapped has been found murdered". The caller
// asks only for a verb whose subject is its victims (a passive, "died"),
// not a noun ("who has been linked to the death squads"). The clause
// opens with "who" (of people only) at most twelve words before the verb
// (token j is the last before it), with no other clause opening between;
// the subject ends before "who", or before the comma that sets it off.
// A participle phrase is the same clause reduced: "A policeman guarding
// the bank was wounded", "two guards posted at the gate died"
// (modifierParticiple), with the subject ending right before it; opened
// by "after" behind an attack word, that subject's death is the earlier
// one the attack answered, no toll of it.
func (a *article) relativeSubject(qs []part, j, first int32) []part {
	for k := j; k > first && k >= j-12; k-- {
		if a.lowerWord(k) == "who" {
			end := k
			if a.word(k-1) == "," {
				end--
			}
			return a.listEndingAt(qs, end, first)
		}
		if a.modifierParticiple(k) {
			end := k
			if a.word(k-1) == "," {
				end--
			}
			if ps := a.listEndingAt(qs, end, first); len(ps) > 0 {
				if a.lowerWord(ps[0].t0-1) == "after" && a.triggerBetween(first, ps[0].t0-1) {
					// "A mob set fire to a police station after a young
					// man detained for questioning died in custody": the
					// death before the attack that answered it
					return nil
				}
				return ps
			}
		}
		if a.clauseBreak(k) && a.word(k) != "," {
			return nil
		}
	}
	return nil
}

// afterClauseSubject reports whether part p opens a clause "after"
// introduces behind an attack word of its sentence: the subject of a
// death told as what came before the attack. A pronoun or a name points
// back at someone of the main clause, whose harm is part of the same
// deed: "Weber fired more than 40 rounds and surrendered after he was
// wounded by officers".
func (a *article) afterClauseSubject(p part, first int32) bool {
	j := p.t0 - 1
	return j > first && !p.pronoun && !p.name && a.lowerWord(j) == "after" && a.triggerBetween(first, j)
}

// modifierParticiple reports whether token j can open a participle phrase
// that describes the noun before it: a word in "-ing" ("guarding",
// "manning") or a past participle ("posted", "stationed"), in lower case
// in mixed-case text, which neither ends a phrase as a preposition does
// ("including", "during": [phrase-stop]) nor is a casualty word ("two
// people wounded in the blast died" is a toll of its own). A verb that
// can report ("posted", [report-verb]) places its noun only when a
// preposition of place follows it ("guards posted at the gate").
func (a *article) modifierParticiple(j int32) bool {
	w := a.lowerWord(j)
	if stopWords[w] || a.isCasualtyWord(j) || reportVerbs[w] && !locPreps[a.lowerWord(j+1)] {
		return false
	}
	if len(w) > 5 && strings.HasSuffix(w, "ing") {
		return a.cs != text.Mixed || !a.toks[j].Has(text.Cap)
	}
	return a.participle(j)
}

// isCasualtyWordEnding reports whether a casualty word ends right before
// token j.
func (a *article) isCasualtyWordEnding(j int32) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if tk, ok := a.casualtyTermAt(k); ok && tk.t1 == j {
			return true
		}
	}
	return false
}

// casualtyTermAt returns the kill, injure or kidnap term starting at k.
func (a *article) casualtyTermAt(k int32) (term, bool) {
	for _, c := range []lexicon.Category{lexicon.Kill, lexicon.Injure, lexicon.Kidnap} {
		if t, ok := a.termAt(k, c); ok {
			return t, true
		}
	}
	return term{}, false
}

// passiveBefore reports whether an auxiliary stands right before the
// casualty word ("were killed"), or it is a headline's bare passive
// (headlinePassive): then it has no object.
func (a *article) passiveBefore(t term) bool {
	if a.headlinePassive(t) {
		return true
	}
	j0 := t.t0 - 1
	if a.scareQuoted(t) {
		j0-- // 'were "neutralised"'
	}
	for j := j0; j >= 0 && j >= j0-2; j-- {
		if a.toks[j].Kind != text.Word {
			return false
		}
		switch a.lowerWord(j) {
		case "was", "were", "been", "be", "being", "is", "are", "got":
			return true
		}
		if a.lowerWord(j) == "but" && j > 0 && a.lowerWord(j-1) == "all" {
			j-- // "was all but destroyed": "all but" is "almost", the verb still passive
			continue
		}
		if !adverbs[a.lowerWord(j)] && !a.mannerAdverb(j) {
			return false
		}
	}
	return false
}

// scareQuoted reports whether quote marks enclose the casualty word alone:
// 'the army said seven assailants were "neutralised"', 'both attackers had
// been "neutralised"'. The writer quotes the teller's own word, keeping a
// distance from it, not the teller's sentence: the word still tells the
// harm, and its auxiliary and subject stand before the opening mark as
// they would before the word (as 'killing three "terrorists"' counts the
// quoted noun: head).
func (a *article) scareQuoted(t term) bool {
	return t.t0 > 0 && int(t.t1) < len(a.toks) && openQuotes[a.word(t.t0-1)] && closeQuotes[a.word(t.t1)]
}

// mannerAdverb reports whether token j is an adverb in "-ly" standing
// between an auxiliary and the casualty participle after it: "were
// brutally murdered", "was savagely beaten", "had been mercilessly
// shot". That slot holds only an adverb, so any "-ly" word in it is one,
// whatever its meaning ([casualty-adverb] lists those that stand
// elsewhere too); out of it "-ly" also ends nouns ("family", "rally").
func (a *article) mannerAdverb(j int32) bool {
	if j < 1 || int(j)+1 >= len(a.toks) || a.toks[j].Kind != text.Word || !auxiliaries[a.lowerWord(j-1)] {
		return false
	}
	w := a.lowerWord(j)
	return lyForm(w) && a.isCasualtyWord(j+1)
}

// lyForm reports whether word w has the form of an adverb in "-ly" of
// more than four letters ("brutally", "reportedly", "completely"), which
// the slots before a verb (denierBefore, mannerAdverb), after "have" and
// before a hyphened participle (proxyBefore: "closely-linked") hold only
// as adverbs, whatever the word means.
func lyForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// headlinePassive reports whether the verb t is a headline's passive with
// its auxiliary dropped: a past participle right after a noun ("Six
// soldiers killed in rebel attack", "Two protesters shot dead",
// "Police officer wounded by gunmen") with no object after it, only the
// headline's end, a punctuation mark or a preposition of the deed
// ([passive-follow]). The noun before it is then the victim and "by"
// names the doer. A headline's past verb with an object ("Gunmen killed
// six soldiers") stays active, and so does every body sentence.
func (a *article) headlinePassive(t term) bool {
	if !a.inTitle(int(a.toks[t.t0].Start)) || t.t0 <= int32(a.sents[a.sentOf[t.t0]].First) {
		return false
	}
	w := a.lowerWord(t.t0)
	if !participleForm(w) && !irregularPasts[w] && !bareParticiples[w] {
		return false
	}
	p := t.t0 - 1
	if a.toks[p].Kind != text.Word || auxiliaries[a.lowerWord(p)] {
		return false
	}
	j := t.t1
	for j < t.t1+2 && int(j) < len(a.toks) && adverbs[a.lowerWord(j)] {
		j++
	}
	if int(j) >= len(a.toks) || a.sentOf[j] != a.sentOf[t.t0] || a.toks[j].Kind == text.Punct {
		return true // the headline ends, or a comma, colon or dash closes the clause
	}
	return passiveFollows[a.lowerWord(j)]
}

// bareParticiples are past participles in neither "-ed" nor the other
// irregular lists that a headline uses bare as a passive ("Two
// protesters shot dead", "Three soldiers slain in ambush").
var bareParticiples = lexicon.Words().Set("bare-participle") // lexicon/words.txt

// passiveFollows are the words that may follow a headline's bare passive
// (headlinePassive) where an active verb would take its object: the doer
// ("by") or the deed's place, time or occasion ("in", "near", "after").
var passiveFollows = lexicon.Words().Set("passive-follow") // lexicon/words.txt

// sumLeads open a casualty verb's object before its figure, naming it a
// sum: "killing a total of 40 people" ([sum-lead]).
var sumLeads = lexicon.Words().Set("sum-lead") // lexicon/words.txt

// countDeterminers may stand before the figure of a casualty verb's
// object ([count-determiner]).
var countDeterminers = lexicon.Words().Set("count-determiner") // lexicon/words.txt

// objectOf returns the quantity phrases right after an active casualty
// word: "killing at least 15 people and wounding", "killed one person".
func (a *article) objectOf(t term, qs []part, last int32) []part {
	j := t.t1
	for j < last && j <= t.t1+2 && a.toks[j].Kind == text.Word && adverbs[a.lowerWord(j)] {
		j++
	}
	// "the murder on 26 February of the mayor", "the killing on Sunday of
	// two soldiers": the day stands between the noun and its victims
	k := j
	for n := 0; n < 4 && k < last && (a.lowerWord(k) == "on" || a.inDate(k)); n++ {
		k++
	}
	if k > j && k < last && a.lowerWord(k) == "of" {
		j = k
	}
	// "the death of seven people", "the killing of two American cyclists"
	if j < last && a.lowerWord(j) == "of" {
		j++
	}
	// "killing a total of 40 people": a phrase of sum before the figure
	// ([sum-lead])
	for n := int32(4); n >= 3; n-- {
		if j+n < last && a.spanIn(sumLeads, j, j+n) {
			j += n
			break
		}
	}
	// "killing the two Hezbollah members", "wounding all three", "killed
	// these two men": a determiner before the number
	if j+1 < last && countDeterminers[a.lowerWord(j)] {
		if ps := a.listStartingAt(qs, j+1); len(ps) > 0 {
			return ps
		}
	}
	if ps := a.listStartingAt(qs, j); len(ps) > 0 {
		if p, ok := a.besidesOne(ps[len(ps)-1], qs, last); ok {
			ps = append(ps, p)
		}
		return ps
	}
	// "shot dead the minister's two bodyguards": the figure follows the
	// owner's possessive, in the object that begins right after the verb;
	// after a comma the possessive opens the teller ("139 wounded, Libya's
	// Health Ministry said"), not the harmed
	if j >= last || a.toks[j].Kind != text.Word {
		return nil
	}
	for k := j + 1; k < last && k <= j+3; k++ {
		if a.possessiveAt(k) {
			return a.listStartingAt(qs, k+2)
		}
		if a.toks[k].Kind != text.Word {
			break
		}
	}
	return nil
}

// oneAndOthers reads the object of active casualty verb t that joins one
// person to a figure of others: "killed a lawmaker from the governing
// coalition and six others", "killing a 14-year-old and three others",
// "killing a pastor and four worshippers". Two noun phrases that "and"
// joins name different people, so the phrase before "and", opened by a
// singular article and however the lexicon reads its words (an age alone,
// a noun with its "from" phrase, a trade no party noun names), is one
// person more than the figure after it. It applies only when the
// quantities found no list from the verb's object that already holds
// both.
func (a *article) oneAndOthers(t term, qs []part, last int32) ([]part, bool) {
	j := t.t1
	for j < last && j <= t.t1+2 && adverbs[a.lowerWord(j)] {
		j++
	}
	if w := a.lowerWord(j); w != "a" && w != "an" {
		return a.othersAndOne(j, qs, last)
	}
	for k := j + 2; k < last && k <= j+9; k++ {
		if a.toks[k].Kind != text.Word && !a.isInnerHyphen(int(k)) || a.isCasualtyWord(k) || a.clauseBreak(k) {
			return nil, false
		}
		if a.lowerWord(k) != "and" {
			continue
		}
		one := part{n: 1, qual: text.Exact, t0: j, t1: k, bare: true}
		for _, q := range qs {
			if q.t0 == j && q.n == 1 && q.t1 < k && !q.additional {
				one = q // "a Christian lawmaker", his "from" phrase after
				continue
			}
			if q.t0 < k && q.t1 > j {
				return nil, false // a counted phrase inside: the quantities' own list
			}
		}
		for _, q := range qs {
			if q.t0 == k+1 && q.n > 0 && !q.zero {
				return []part{one, q}, true
			}
		}
		return nil, false
	}
	return nil, false
}

// othersAndOne reads the object from token j when the figure comes first
// and the one person after "and": "killing three customers and a
// trader". The order of the two noun phrases "and" joins does not change
// that they name different people (oneAndOthers), so the phrase after "and
// a", up to the clause's end, is one person more than the figure.
func (a *article) othersAndOne(j int32, qs []part, last int32) ([]part, bool) {
	var fig part
	found := false
	for _, q := range qs {
		if q.t0 == j && q.n > 0 && !q.zero {
			fig, found = q, true
			break
		}
	}
	if !found || a.lowerWord(fig.t1) != "and" {
		return nil, false
	}
	j = fig.t1 + 1
	if w := a.lowerWord(j); w != "a" && w != "an" {
		return nil, false
	}
	k := j + 2
	for ; k < last && k <= j+9; k++ {
		if a.toks[k].Kind != text.Word && !a.isInnerHyphen(int(k)) || a.clauseBreak(k) {
			break
		}
		if a.isCasualtyWord(k) || a.lowerWord(k) == "and" {
			return nil, false
		}
	}
	if k > j+9 {
		return nil, false
	}
	one := part{n: 1, qual: text.Exact, t0: j, t1: k, bare: true}
	for _, q := range qs {
		if q.t0 == j && q.n == 1 && q.t1 <= k && !q.additional {
			one = q // "a Christian pastor"
			continue
		}
		if q.t0 < k && q.t1 > j {
			return nil, false // a counted phrase inside: the quantities' own list
		}
	}
	return []part{fig, one}, true
}

// besidesOne returns the person named after a word of [others-besides]
// that follows figure q of others: "wounded 14 other people besides
// Khan". "Other" sets the 14 apart from one of their own kind, so the
// one "besides" names was wounded too: one person more than the figure.
// The person is one the quantities counted ("besides the mayor") or a
// name of capitalised words up to the clause's end or a comma.
func (a *article) besidesOne(q part, qs []part, last int32) (part, bool) {
	j := q.t1
	if !q.additional || !a.otherIn(q) || j+1 >= last || !othersBesides[a.lowerWord(j)] {
		return part{}, false
	}
	for _, p := range qs {
		if (p.t0 == j || p.t0 == j+1) && p.n == 1 && !p.zero && !p.pronoun {
			return p, true
		}
	}
	k := j + 1
	for k < last && k < j+5 && a.toks[k].Kind == text.Word && a.toks[k].Has(text.Cap) && !a.isGroup(k) && !a.inDate(k) {
		k++
	}
	if k == j+1 || k < last && (a.toks[k].Kind == text.Word || a.possessiveAt(k)) {
		return part{}, false // "besides Khan's guards": not the name alone
	}
	return part{n: 1, qual: text.Exact, t0: j + 1, t1: k, name: true, nameT0: j + 1, nameT1: k}, true
}

// otherIn reports whether a word of [other-modifier] stands in the phrase
// of part q: "14 other people", "five other passengers".
func (a *article) otherIn(q part) bool {
	for k := q.t0; k < q.t1; k++ {
		if otherModifiers[a.lowerWord(k)] {
			return true
		}
	}
	return false
}

// othersBesides name, after a figure of others, the one they are others
// of (besidesOne; lexicon/words.txt).
var othersBesides = lexicon.Words().Set("others-besides")

// agentObject reads the object of active casualty verb t when it is one
// person named by what he does or the office he holds, a noun the party
// lexicon need not list: "killing a businessman", "wounding a
// shopkeeper", "murdered a deputy county commissioner", "shot dead the
// town's mayor", but not "killing a computer" (agentPhrase).
func (a *article) agentObject(t term, last int32) (part, bool) {
	j := t.t1
	for j < last && j <= t.t1+2 && adverbs[a.lowerWord(j)] {
		j++
	}
	return a.agentPhrase(j, last, false)
}

// agentSubject reads the subject of passive casualty verb t when it is
// one person named by an office the party lexicon does not list: "a
// deputy county commissioner was shot dead", "Mandera's deputy
// commissioner was wounded". A bare agent noun is not enough here, as it
// is after an active verb whose subject did the deed: "the pilot was
// injured in the crash" tells of an accident. It is enough where the
// clause tells violence (armedVerb, violentDeed): "a trader was shot
// dead", "a trader was killed by gunmen". The phrase must end at the
// verb's auxiliary and adverbs, or at a place phrase that ends there
// (placePhraseBefore: "a garment trader in Kano's Fagge district was shot
// dead"); it is sought only where no quantity phrase is the subject, so
// a victim named twice ("a judge, Maria Lopez, was shot") counts once.
func (a *article) agentSubject(t term, first, last int32) (part, bool) {
	e := t.t0
	for e > first && e >= t.t0-4 && a.toks[e-1].Kind == text.Word && adverbs[a.lowerWord(e-1)] {
		e--
	}
	if e == t.t0 {
		return part{}, false
	}
	violent := a.armedVerb(t) || a.violentDeed(t, last)
	// endingAt reads the phrase that ends at token end
	endingAt := func(end int32) (part, bool) {
		for s := end - 2; s >= first && s >= end-7; s-- {
			if p, ok := a.agentPhrase(s, end, true); ok && (a.officeIn(p) || violent && a.opensClause(p.t0, first)) {
				return p, true
			}
		}
		return part{}, false
	}
	if p, ok := endingAt(e); ok {
		return p, true
	}
	if k := a.placePhraseBefore(e, first); k != e {
		return endingAt(k) // "a garment trader in Kano's Fagge district was shot dead"
	}
	return part{}, false
}

// placePhraseBefore returns the first token of the place phrase that
// ends right before token e, a preposition and a place mention after it
// or after its article ("in Kano's Fagge district", "from the Swat
// valley"), or e when none does. A person named by role is told apart by where he lives
// or works, and the phrase is no more of the person than the place is.
func (a *article) placePhraseBefore(e, first int32) int32 {
	for k := e - 2; k > first && k >= e-7; k-- {
		if a.clauseBreak(k) || a.isCasualtyWord(k) {
			return e
		}
		if !personPlacePreps[a.lowerWord(k)] {
			continue
		}
		j := k + 1
		if articleWords[a.lowerWord(j)] {
			j++
		}
		if j < e && a.placeStartsAt(j) {
			return k
		}
	}
	return e
}

// personPlacePreps open a place phrase that tells where a person named
// by role lives or works (placePhraseBefore); unlike locPreps they put no
// event at the place, and unlike placeOnlyPreps they may take a person.
var personPlacePreps = lexicon.Words().Set("person-place-prep") // lexicon/words.txt

// violentDeed reports whether passive casualty verb t tells, in its own
// clause, a deed of violence: its agent after "by" is a perpetrator or a
// force ("by gunmen", "by suspected militants", "by police"), a weapon
// ("by a roadside bomb") or a named group; or the deed it names after "in"
// or "during" is an attack ("in an ambush", "during the raid"). People
// are hurt by accident too ("by a falling tree", "in the crash", "when a
// crane fell"), but none of those is such an agent or deed; a sentence
// that names an accident is read as one.
func (a *article) violentDeed(t term, last int32) bool {
	for k := t.t1; k < last && k <= t.t1+8; k++ {
		if a.clauseBreak(k) || a.isCasualtyWord(k) {
			return false
		}
		by, deed := a.lowerWord(k) == "by", deedPreps[a.lowerWord(k)]
		if !by && !deed {
			continue
		}
		for j := k + 1; j < last && j <= k+4; j++ {
			if a.toks[j].Kind != text.Word || a.isCasualtyWord(j) {
				break
			}
			if p, ok := a.termAt(j, lexicon.Party); by && (ok && (p.p.Value == record.Perpetrators || p.p.Value == record.SecurityForces) ||
				a.hasTerm(j, lexicon.Weapon, "") || a.isGroup(j)) {
				return !a.accidentTold(a.sentOf[t.t0])
			}
			if tr, ok := a.termAt(j, lexicon.Trigger); deed && ok && !a.weakTrigger(tr) {
				return !a.accidentTold(a.sentOf[t.t0])
			}
		}
		if by {
			return false // the agent is the clause's one doer
		}
	}
	return false
}

// deedPreps put a casualty in the deed that did it: "killed in an
// ambush", "wounded during the raid" (violentDeed).
var deedPreps = lexicon.Words().Set("deed-prep") // lexicon/words.txt

// opensClause reports whether token j opens its clause: the sentence or
// the lead after its dateline, or after a comma, a report verb, "that"
// or "and". A clause opened by "after" or "because" tells what went
// before the deed it hangs on ("youths went on the rampage after a
// trader was shot dead", passage 600), not its toll.
func (a *article) opensClause(j, first int32) bool {
	k := j - 1
	return k < first || int(a.toks[k].End) <= a.datelineEnd || a.clauseBreak(k) || a.lowerWord(k) == "and"
}

// armedVerb reports whether casualty verb t names the weapon that did it
// ("was shot dead", "was stabbed", "was gunned down"): a crash injures a
// pilot, but only someone's gun shoots a trader, so the one the passive
// verb's subject names by his trade is a victim of violence.
func (a *article) armedVerb(t term) bool {
	return a.termIn(t.t0, t.t1, lexicon.Weapon)
}

// surnameSubject reads the subject of passive casualty verb t when it is
// one person named by a surname alone: "Alvarado was killed", "police
// said Ocampo had been shot dead". A person named once in full is named
// by surname after, and the subject of a passive verb of killing or
// wounding is its victim. A one-word name is read only where nothing
// else can be: it opens its clause (the sentence, or after a comma, a
// report verb, "that" or "and"); it is no word of the dictionary or the
// lexicons, no group or day; and in text with capitals it has one. A
// place it may also name ("Alvarado" is a town) is no subject of such a
// verb: places are not killed. "Hurt" is left out, as companies and
// parties are hurt too ("Vodafone was hurt by the fall").
func (a *article) surnameSubject(t term, first int32) (part, bool) {
	e := t.t0
	for e > first && e >= t.t0-4 && a.toks[e-1].Kind == text.Word && (adverbs[a.lowerWord(e-1)] || auxiliaries[a.lowerWord(e-1)]) {
		e--
	}
	j := e - 1
	if e == t.t0 || j < first || a.lowerSpan(t.t0, t.t1) == "hurt" || a.toks[j].Kind != text.Word || a.ids[j] != 0 || a.commonWord(j) ||
		a.isGroup(j) || a.inDate(j) || a.cs == text.Mixed && !a.toks[j].Has(text.Cap) {
		return part{}, false
	}
	if k := j - 1; k >= first && !a.clauseBreak(k) && a.lowerWord(k) != "and" {
		return part{}, false
	}
	return part{n: 1, qual: text.Exact, t0: j, t1: j + 1, name: true, nameT0: j, nameT1: j + 1}, true
}

// agentPhrase reads one person named by role from token j: an article
// ("a", "an", "the") or an owner's possessive ("Mandera's", "the
// town's"), modifiers, and a head noun of the [person-agent] words or one
// after a rank of office ([office-rank]: "a deputy county commissioner"),
// a compound counting by any part ("a passer-by"). The head ends the
// phrase: the word after it must be no more of it ("a number of people"
// is not read, nor a possessive, "a bus driver's son", which quantities
// reads when it owns a party noun). With exact, the phrase must end at
// token last (a passive verb's auxiliary).
func (a *article) agentPhrase(j, last int32, exact bool) (part, bool) {
	if j >= last {
		// the clause ends at the verb and its adverbs (objectFollows read
		// the next one's first word); the possessive's test would read a
		// token past the text's end
		return part{}, false
	}
	k := j + 1
	switch w := a.lowerWord(j); {
	case w == "a" || w == "an" || w == "the":
		if w == "the" && k+2 < last && a.toks[k].Kind == text.Word && a.possessiveAt(k+1) {
			k += 3 // "the town's mayor": the town owns, the mayor is counted
		}
	case a.toks[j].Kind == text.Word && a.toks[j].Has(text.Cap) && a.possessiveAt(j+1):
		k = j + 3 // "Mandera's deputy commissioner"
	default:
		return part{}, false
	}
	rank := false
	for k0 := k; k < last && k <= k0+3; k++ { // four words at most
		if a.toks[k].Kind != text.Word || a.isCasualtyWord(k) {
			return part{}, false
		}
		// a compound is one word: "a passer-by", "a fruit-seller"
		end, agent := k, personAgents[a.lowerWord(k)]
		for end+2 < last && a.isInnerHyphen(int(end+1)) && a.toks[end+2].Kind == text.Word {
			end += 2
			agent = agent || personAgents[a.lowerWord(end)]
		}
		head := rank && !officeRanks[a.lowerWord(end)] // "a deputy county commissioner"
		rank = rank || officeRanks[a.lowerWord(end)]
		if w := a.word(end + 1); w == "'" || w == "’" {
			return part{}, false
		}
		if exact {
			if end+1 == last && (agent || head) {
				return part{n: 1, qual: text.Exact, t0: j, t1: end + 1}, true
			}
			k = end
			continue
		}
		n := a.lowerWord(end + 1)
		// "killed an employee of the infantry brigade": what he belongs to
		stop := end+1 >= last || a.toks[end+1].Kind != text.Word || n == "and" || n == "who" || n == "of" || eventPreps[n]
		switch {
		case agent && !stop:
			return part{}, false
		case agent || head && stop:
			return part{n: 1, qual: text.Exact, t0: j, t1: end + 1}, true
		}
		k = end
	}
	return part{}, false
}

// officeIn reports whether phrase p names an office by its rank ("a
// deputy county commissioner").
func (a *article) officeIn(p part) bool {
	for j := p.t0; j < p.t1-1; j++ {
		if officeRanks[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// officeRanks are the words that make an office of the noun after them
// (lexicon/words.txt): "a deputy county commissioner" is a person though
// the party lexicon lists no commissioner.
var officeRanks = lexicon.Words().Set("office-rank")

// personAgents are the nouns that name a person by what he does or is
// (lexicon/words.txt): an ending alone ("-er", "-or") names machines and
// vessels too.
var personAgents = lexicon.Words().Set("person-agent")

// personAgentPlural reports whether w is the plural of a person-agent
// noun: "traders", "medics", "fishermen".
func personAgentPlural(w string) bool {
	if stem, ok := strings.CutSuffix(w, "men"); ok {
		return personAgents[stem+"man"]
	}
	stem, ok := strings.CutSuffix(w, "s")
	return ok && personAgents[stem]
}

// objectFollows reports whether a noun phrase opens right after the
// casualty verb t (past adverbs): a determiner or a possessive, so that the
// verb is used actively with an object ("shot dead a local official",
// "killed the mayor"), not as a headline's reduced passive ("Three people
// killed in blast").
func (a *article) objectFollows(t term) bool {
	j := t.t1
	for j <= t.t1+2 && int(j) < len(a.toks) && adverbs[a.lowerWord(j)] {
		j++
	}
	if int(j) < len(a.toks) && a.sentOf[j] != a.sentOf[t.t0] {
		return false // a headline's last word: "The" opening the body is no object of "Rebels kill"
	}
	if int(j) < len(a.toks) && a.inDate(j) {
		return false // "soldiers killed a day earlier", "killed the previous day": when, not whom
	}
	switch a.lowerWord(j) {
	case "a", "an", "the", "his", "her", "their", "its", "this", "that":
		return true
	}
	// an owner's possessive: "shot dead Mandera's deputy commissioner"
	return int(j) < len(a.toks) && a.toks[j].Kind == text.Word && a.toks[j].Has(text.Cap) && a.possessiveAt(j+1)
}

// listEndingAt returns the coordinated quantity phrases ending at token end
// ("a soldier and six suspected rebels"), or nil.
func (a *article) listEndingAt(qs []part, end, first int32) []part {
	k := -1
	for i := range qs {
		if qs[i].t1 == end {
			k = i
		}
	}
	shared := false
	if k < 0 {
		k = a.sharedCount(qs, end)
		shared = k >= 0
	}
	if k < 0 {
		return nil
	}
	lo := k
	for lo > 0 && a.joined(qs[lo-1].t1, qs[lo].t0) && !a.isCasualtyWord(qs[lo-1].t0-1) && !a.toldAccording(qs[lo-1].t0, first) {
		// (not "raided a police post, killing four policemen, and two
		// village officials were shot dead in another town": the figure
		// before is the object of a casualty verb of its own; nor
		// "According to the news agency RIA-Novosti, five police
		// officers were injured": the name before is the source)
		lo--
	}
	if lo == k && k > 0 && a.setApartFrom(qs[k-1], qs[k], first) {
		lo-- // "the officer in charge of the police station and five other people"
	}
	out := append([]part(nil), qs[lo:k+1]...)
	if shared {
		out[len(out)-1].t1 = end // the count's phrase runs over the nouns "and" joins to it
	}
	a.markSubsets(out)
	return out
}

// setApartFrom reports whether figure q of others ("five other people")
// is joined by "and" to the one person p that opens the clause before it,
// though a phrase of where or whose he is ([person-place-prep]) stands
// between: "the officer in charge of the police station and five other
// people were hurt". "Other" sets the five apart from one of their own
// kind, so the officer was hurt too, and the phrase after him, a
// preposition and plain words, no verb of harm nor clause of its own, is
// his, not a list of its own.
func (a *article) setApartFrom(p, q part, first int32) bool {
	and := q.t0 - 1
	if !q.additional || !a.otherIn(q) || a.lowerWord(and) != "and" || p.n != 1 || p.zero || p.pronoun || p.t1 >= and || and-p.t1 > 8 {
		return false
	}
	if !personPlacePreps[a.lowerWord(p.t1)] || !a.opensClause(p.t0, first) && !relativeAdverbs[a.lowerWord(p.t0-1)] {
		return false
	}
	for k := p.t1; k < and; k++ {
		if w := a.lowerWord(k); a.toks[k].Kind != text.Word || a.isCasualtyWord(k) || a.clauseBreak(k) || w == "and" || w == "or" || w == "who" || w == "which" {
			return false
		}
	}
	return true
}

// sharedCount returns the index of the counted part in qs whose number
// also counts the bare plural nouns "and" joins to it up to token end, or
// -1: "800,000 Tutsis and moderate Hutus were
// killed" (BBC 2005), "ten navy and police personnel were wounded" count
// the whole coordination once, as no number after "and" counts its own.
// The words after "and" are at most three plain words, the last a plural
// noun of people. The part itself is left as it is (listEndingAt extends
// its copy).
func (a *article) sharedCount(qs []part, end int32) int {
	for i := range qs {
		q := &qs[i]
		and := q.t1
		if q.n < 2 || q.zero || q.pronoun || q.name || a.lowerWord(and) != "and" || end-and < 2 || end-and > 4 {
			continue
		}
		if !plural(a.lowerWord(end-1)) || !a.hasTerm(end-1, lexicon.Party, "") && !a.covered(end-1, lexicon.Party, "") {
			return -1
		}
		for j := and + 1; j < end; j++ {
			if a.toks[j].Kind != text.Word || stopWords[a.lowerWord(j)] || numberWords[a.lowerWord(j)] || a.isCasualtyWord(j) {
				return -1
			}
		}
		return i
	}
	return -1
}

// toldAccording reports whether the phrase at token t0 is the source of
// an "according to" before it in its clause: "According to the state news
// agency RIA-Novosti".
func (a *article) toldAccording(t0, first int32) bool {
	for j := t0 - 1; j > first && j >= t0-10; j-- {
		if a.toks[j].Kind != text.Word && !a.isInnerHyphen(int(j)) {
			return false
		}
		if a.accordingToAt(j) {
			return true
		}
	}
	return false
}

// listStartingAt returns the coordinated quantity phrases starting at token
// start ("herself and at least 15 others"), or nil.
func (a *article) listStartingAt(qs []part, start int32) []part {
	k := -1
	for i := range qs {
		if qs[i].t0 == start {
			k = i
			break
		}
	}
	if k < 0 {
		return nil
	}
	if qs[k].pronoun {
		return nil
	}
	hi := k
	// "five women and two were in critical condition": the second number
	// is the subject of a new clause
	for hi+1 < len(qs) && a.joined(qs[hi].t1, qs[hi+1].t0) && !a.isCue(qs[hi+1].t1, "passive") && !qs[hi+1].pronoun && !a.reportsAfter(qs[hi+1]) {
		hi++
	}
	out := append([]part(nil), qs[k:hi+1]...)
	a.markSubsets(out)
	return out
}

// reportsAfter reports whether quantity phrase q is the subject of a
// reporting verb that closes its clause: "killing 300 soldiers, the
// official news agency said" names who told of the dead, not one more of
// them. The verb may stand a few words on ("the official news agency IRNA
// said"), with no other punctuation between but an abbreviation's dot
// inside the sentence ("police Lt. Ali Abbas said").
func (a *article) reportsAfter(q part) bool {
	last := int32(a.sents[a.sentOf[q.t0]].Last)
	for j := q.t1; j < last && j < q.t1+6; j++ {
		if reportVerbs[a.lowerWord(j)] {
			return true
		}
		if a.toks[j].Kind != text.Word && !(a.word(j) == "." && a.glued(j) && j+1 < last) {
			return false
		}
	}
	return false
}

// glued reports whether token k follows the token before it with no space
// between: the "-year" of "36-year-old", the "UP" and ")" of "(UP)".
func (a *article) glued(k int32) bool {
	return k > 0 && a.toks[k].Start == a.toks[k-1].End
}

// subsetWords make the count after them a part of the count before
// ("including"), and accompanyWords with "with" more people besides
// ("along with"): joined, markSubsets.
var (
	subsetWords    = lexicon.Words().Set("subset-word")    // lexicon/words.txt
	accompanyWords = lexicon.Words().Set("accompany-word") // lexicon/words.txt
)

// joined reports whether the tokens between two quantity phrases coordinate
// them: "and", ",", "including", "among them", "as well as", "along
// with", "consisting of".
func (a *article) joined(end, start int32) bool {
	if start < end || start-end > 3 {
		return false
	}
	for j := end; j < start; j++ {
		switch w := a.lowerWord(j); {
		case subsetWords[w]:
		case accompanyWords[w]:
			if a.lowerWord(j+1) != "with" {
				return false
			}
		case w == "with":
			if !accompanyWords[a.lowerWord(j-1)] {
				return false
			}
		case w == "of":
			if a.lowerWord(j-1) != "consisting" {
				return false
			}
		case countJoiners[w], w == ",", w == "—", w == "-", w == "–":
		default:
			return false
		}
	}
	return true
}

// countJoiners are the other words that may stand between two joined
// counts: "and", "plus", "as well as", "among them", "along with his"
// (joined).
var countJoiners = lexicon.Words().Set("count-joiner") // lexicon/words.txt

// apposition reports whether part q only describes the named person p
// before it: "Ahmed Musa, a local councillor", "Maria Lopez, the town's
// mayor", "Abu Mahdi al-Muhandis, deputy head of Iraq's Popular
// Mobilisation Forces"; or names the one person p describes: "his driver, Omar Ali",
// "the Emir of Gwoza, Alhaji Shehu Mustapha Idrissa Timta" (a title
// read as a person, no name of its own given),
// unless a coordinator after the name makes it the last of a list ("a
// guard, Omar Ali and two soldiers"). One person, counted once.
func (a *article) apposition(p, q part) bool {
	if q.n != 1 || q.t0 != p.t1+1 || a.word(p.t1) != "," {
		return false
	}
	if !p.name || p.nameT1 == 0 && q.nameT1 > 0 {
		if w := a.lowerWord(q.t1); q.name && p.n == 1 && !p.zero && !p.pronoun && w != "and" && w != "or" {
			return true
		}
		return false
	}
	switch a.lowerWord(q.t0) {
	case "a", "an", "the":
		return true
	}
	// "Qassem Soleimani, commander of Iran's elite Quds Force": an
	// office with no article, a lower-case noun that "of" ties to what it
	// serves, is a title the name holds, as "the commander of" would be
	if a.cs == text.Mixed && !a.toks[q.t0].Has(text.Cap) {
		for j := q.t0 + 1; j <= q.t0+2 && j <= q.t1; j++ {
			if a.lowerWord(j) == "of" {
				return true
			}
		}
	}
	return false
}

// markSubsets flags the parts after "including", "among them" or
// "consisting of" in a list: they break down the part before them, they do
// not add to it. "Along with" ends the breakdown: "four officers,
// consisting of three inspectors and a corporal, along with two guards"
// adds the guards to the officers. A part whose number is followed by
// "of them" or "of whom" ("four people, two of them tourists") counts
// some of those before it, and only itself.
func (a *article) markSubsets(ps []part) {
	sub := false
	named := 0 // names still to come that restate a counted group
	for i := 1; i < len(ps); i++ {
		if named == 0 {
			named = a.namedAfter(ps, i-1)
		}
		if named == 0 {
			named = a.dashedBreakdown(ps, i-1)
		}
		if named == 0 {
			named = a.appositeBreakdown(ps, i-1)
		}
		if named > 0 {
			named--
			ps[i].subset = true // "Two jawans of CAF, Upendra Sahu and Devendra Singh": the two, named
			continue
		}
		if a.apposition(ps[i-1], ps[i]) {
			ps[i].subset = true // "Ahmed Musa, a local councillor": one man
			continue
		}
		if a.ofThose(ps[i].t0) {
			ps[i].subset = true
			continue
		}
		for j := ps[i-1].t1; j < ps[i].t0; j++ {
			switch w := a.lowerWord(j); {
			case subsetWords[w]:
				sub = true
			case accompanyWords[w]:
				sub = false
			}
		}
		ps[i].subset = sub
	}
}

// dashedBreakdown returns how many parts after part ps[k] break it down
// when a dash sets them off and their figures add up to its own: "killing
// three policemen - two officers and a driver" counts three, all of
// them policemen, and "three people - two policemen and a civilian" three
// people of two parties. Parts set off so that do not add up to the
// figure are left to the list as before. It returns 0 when there is no
// such breakdown.
func (a *article) dashedBreakdown(ps []part, k int) int {
	p := ps[k]
	if p.n < 2 || p.qual != text.Exact || p.subset || !a.isDash(p.t1) || a.glued(p.t1) || ps[k+1].t0 != p.t1+1 {
		return 0
	}
	sum := 0
	for i := k + 1; i < len(ps); i++ {
		if ps[i].qual != text.Exact {
			return 0
		}
		sum += ps[i].n
		if sum == p.n {
			return i - k
		}
		if sum > p.n {
			return 0
		}
	}
	return 0
}

// appositeBreakdown returns how many parts after part ps[k] break it
// down when a comma sets them off, they close the list with "and", and
// their figures add up to its own, and it counts people of no party
// ("people", "persons"): "killed eight people, five women and three
// children" counts eight, not sixteen. A writer who lists kinds of people
// does not put "people" among them, and the sum says the same people are
// counted again. Parts that do not add up, or a figure of a party ("two
// soldiers, three policemen and five civilians"), are left to the list
// as before. It returns 0 when there is no such breakdown.
func (a *article) appositeBreakdown(ps []part, k int) int {
	p := ps[k]
	if p.n < 2 || p.qual != text.Exact || p.subset || p.party != "" || p.bare || p.name || a.word(p.t1) != "," || ps[k+1].t0 != p.t1+1 {
		return 0
	}
	sum := 0
	for i := k + 1; i < len(ps); i++ {
		q := ps[i]
		if q.qual != text.Exact || q.zero || q.pronoun || q.additional {
			return 0
		}
		sum += q.n
		if sum == p.n && i == len(ps)-1 && i > k+1 && a.lowerWord(q.t0-1) == "and" {
			return i - k
		}
		if sum >= p.n {
			return 0
		}
	}
	return 0
}

// namedAfter returns how many people part ps[k] counts when a comma
// and then as many names as it counts follow it: "Two jawans of CAF,
// Upendra Sahu and Devendra Singh were killed" names the two, it adds no
// one to them. It returns 0 otherwise.
func (a *article) namedAfter(ps []part, k int) int {
	p := ps[k]
	if p.name || p.n < 2 || k+p.n >= len(ps) || a.word(p.t1) != "," || ps[k+1].t0 != p.t1+1 {
		return 0
	}
	for i := k + 1; i <= k+p.n; i++ {
		if !ps[i].name || ps[i].n != 1 {
			return 0
		}
	}
	return p.n
}

// ofThose reports whether the number at token t is followed by "of them"
// or "of whom": a share of people already counted.
func (a *article) ofThose(t int32) bool {
	if a.lowerWord(t+1) != "of" {
		return false
	}
	w := a.lowerWord(t + 2)
	return w == "them" || w == "whom"
}

// laterBreakdown returns the breakdown a passive casualty verb's figure
// gets after the phrases that place it: "Eight people were killed in the
// far western region, including three assailants" counts the assailants
// among the eight. Only ", including" ends the stretch, within the clause
// and before any other figure ("were killed when gunmen attacked a bus
// carrying 30 people, including ten children" breaks down the
// passengers, not the dead) or casualty word.
func (a *article) laterBreakdown(t term, qs []part, last int32) []part {
	for j := t.t1; j+1 < last; j++ {
		if a.word(j) == "," && a.lowerWord(j+1) == "including" {
			if j == t.t1 {
				return nil // right after the verb: alongWith's and the subject list's reading
			}
			ps := a.listStartingAt(qs, j+2)
			for k := range ps {
				ps[k].subset = true
			}
			return ps
		}
		if a.word(j) != "," && a.clauseBreak(j) || a.isCasualtyWord(j) {
			return nil
		}
		for _, q := range qs {
			if q.t0 == j {
				return nil
			}
		}
	}
	return nil
}

// alongWith returns the people a passive casualty verb adds after it:
// "Four soldiers were killed, along with their interpreter" counts the
// interpreter too, and so do "as well as", "together with", "alongside"
// and "plus".
func (a *article) alongWith(t term, qs []part) []part {
	j := a.pastDay(t.t1, int32(a.sents[a.sentOf[t.t1-1]].Last)) // "were killed on Monday along with their interpreter": the day dates the verb
	if a.word(j) == "," {
		j++
	}
	switch w := a.lowerWord(j); {
	case (w == "along" || w == "together") && a.lowerWord(j+1) == "with",
		w == "as" && a.lowerWord(j+1) == "well" && a.lowerWord(j+2) == "as":
		j += 2
		if w == "as" {
			j++
		}
	case w == "alongside" || w == "plus":
		j++
	default:
		return nil
	}
	ps := a.listStartingAt(qs, j)
	for k := range ps {
		ps[k].subset = false
	}
	return ps
}

// combined reports whether a casualty verb is coordinated with one of
// another effect, sharing its figure: "killed or wounded 3,000 enemy
// troops", "50 people were killed or injured" give neither a death toll
// nor an injury toll. The coordination may be a series whose first
// members commas join ("at least 2,000 Iraqi troops had been killed,
// wounded or captured", reuters21578-01899): a comma joins outcomes only
// in a series that a conjunction closes.
func (a *article) combined(t term) bool {
	mates, closed := a.outcomeSeries(t)
	if !closed {
		return false
	}
	for _, u := range mates {
		if u.p.Cat != t.p.Cat {
			return true
		}
	}
	return false
}

// outcomeSeries returns the casualty words coordinated with t on either
// side, each joined to the next by a comma or a conjunction ("killed,
// wounded or captured"), and whether a conjunction joins two of them.
func (a *article) outcomeSeries(t term) (mates []term, closed bool) {
	for j := t.t1; ; {
		w := a.lowerWord(j)
		if w != "," && !listLink(w) {
			break
		}
		u, ok := a.casualtyTermAt(j + 1)
		if !ok {
			break
		}
		mates, closed = append(mates, u), closed || w != ","
		j = u.t1
	}
	for j := t.t0 - 1; j >= 2; {
		w := a.lowerWord(j)
		if w != "," && !listLink(w) {
			break
		}
		u, ok := a.casualtyTermEndingAt(j)
		if !ok {
			break
		}
		mates, closed = append(mates, u), closed || w != ","
		j = u.t0 - 1
	}
	return mates, closed
}

// casualtyTermEndingAt returns the casualty word of up to three tokens
// that ends right before token j ("killed" in "killed or").
func (a *article) casualtyTermEndingAt(j int32) (term, bool) {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if u, ok := a.casualtyTermAt(k); ok && u.t1 == j {
			return u, true
		}
	}
	return term{}, false
}

// tollFigure reads the number a death toll is given as: "the death toll
// rose to 43", "a death toll of between 35 and 40", "the toll had reached
// 358", "the number of people killed in ... has risen to at least 171". A
// figure after a rise ("rose to", "reached") is an update; an earlier one
// ("from at least 358") is skipped.
func (a *article) tollFigure(t term, last int32, st *statement) []part {
	// a rise anywhere after the toll word: the figure follows it; a toll
	// that opens its sentence is the subject, and the rise its verb however
	// long the phrases that tell what it counts ("The number of people
	// killed in Sunday's suicide bombing at a ... convention in Khar,
	// headquarters of the Bajaur tribal district, rose to 54")
	reach := t.t1 + 25
	if a.opensSentence(t) {
		reach = last
	}
	for j := t.t1; j < last && j < reach; j++ {
		if !a.isCue(j, "rose") {
			continue
		}
		cue, _ := a.termAt(j, lexicon.Cue)
		if p, ok := a.figureAt(cue.t1, last); ok {
			st.update = true
			return []part{p}
		}
	}
	// else a figure linked to it by a few plain words: "a toll of 13"
	for j := t.t1; j < last && j <= t.t1+4; j++ {
		if p, ok := a.figureAt(j, last); ok {
			if a.lowerWord(j-1) == "from" || a.lowerWord(p.t0-1) == "from" || a.lowerWord(j) == "from" {
				return nil // "raising the death toll from at least 358": the earlier figure
			}
			return []part{p}
		}
		if !tollLinks[a.lowerWord(j)] {
			return nil // "unable to give a death toll, but media reported some 200 people were in the church"
		}
	}
	return nil
}

// opensSentence reports whether toll word t heads the noun phrase that
// opens its sentence, after a dateline if the sentence has one: "The
// death toll from ...", "The number of people killed in ...".
func (a *article) opensSentence(t term) bool {
	j := t.t0 - 1
	if n := a.numberHead(t); n >= 0 {
		j = n - 1 // "the number of people killed": the phrase opens at "number"
	}
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for j >= first && (a.lowerWord(j) == "the" || a.lowerWord(j) == "total") {
		j--
	}
	return j < first || !a.inTitle(int(a.toks[j].Start)) && int(a.toks[j].End) <= a.datelineEnd
}

// figureAt reads a cardinal number starting at token i (or at the next
// token, past "at least"), with its noun.
func (a *article) figureAt(i, last int32) (part, bool) {
	ni := a.numberFrom(i)
	if ni >= len(a.nums) {
		return part{}, false
	}
	n := a.nums[ni]
	t := a.tokenAt(n.Start)
	if t > i+1 || t >= last || n.Kind != text.Cardinal {
		return part{}, false
	}
	p := part{n: n.Value, max: n.Max, qual: n.Qual, t0: t, t1: a.tokenAt(n.End-1) + 1}
	a.head(&p, last)
	return p, true
}

// figureFollows reports whether a figure is the object of rise cue tm
// ("rose to 11", "reached 358"): "an assault team reached Marwan's hut
// ... and shot him dead" tells a move, no toll that rose.
func (a *article) figureFollows(tm term) bool {
	_, ok := a.figureAt(tm.t1, int32(a.sents[a.sentOf[tm.t0]].Last))
	return ok
}

// tollLinks may stand between "death toll" and its figure.
var tollLinks = lexicon.Words().Set("toll-link") // lexicon/words.txt

// grandTotal reports whether statement st sums all the harm the story
// tells: a [grand-total] phrase opens its sentence ("In all, 15 people
// were killed", "Overall, at least 120 died") or stands right after its
// verb or its figure ("Ten people died in all, including the attackers",
// "killing 15 people in total"), ending the clause there (at a
// punctuation mark or a coordinator: "15 civilians had been killed in all
// and"). Followed by more words it is no total ("in all the explosions",
// "overall command").
func (a *article) grandTotal(st *statement) bool {
	s := a.sents[st.sent]
	first, last := int32(s.First), int32(s.Last)
	// phrase returns the token after a grand-total phrase at j, or -1
	phrase := func(j int32) int32 {
		if j < first || j >= last {
			return -1
		}
		if w := a.lowerWord(j); grandTotals[w] {
			return j + 1
		} else if j+1 < last && grandTotals[w+" "+a.lowerWord(j+1)] {
			return j + 2
		}
		return -1
	}
	// closes reports whether a grand-total phrase at j ends the clause
	closes := func(j int32) bool {
		k := phrase(j)
		return k >= 0 && a.clauseEndsAt(k, last)
	}
	if closes(first) || closes(st.verb.t1) {
		return true
	}
	// opening its sentence the phrase needs no comma when the figure
	// follows it at once: "Altogether seven people were killed", "In all
	// 15 died"
	if k := phrase(first); k >= 0 {
		if _, ok := a.figureAt(k, last); ok {
			return true
		}
	}
	for _, p := range st.parts {
		if p.t0 >= st.verb.t1 && closes(p.t1) {
			return true
		}
	}
	return false
}

// grandTotalTerm reports whether frame term t is a [grand-total] phrase
// that sums the story's harm, not a statistics frame: opening its
// sentence before a comma or a figure ("In total, seven people died",
// "Altogether seven were killed") or ending its clause ("seven died in
// total, including the gunmen"). Followed by a period ("in total this
// year", "in total since January") it stays a frame of statistics.
func (a *article) grandTotalTerm(t term) bool {
	if !a.spanIn(grandTotals, t.t0, t.t1) {
		return false
	}
	s := a.sents[a.sentOf[t.t0]]
	first, last := int32(s.First), int32(s.Last)
	if a.clauseEndsAt(t.t1, last) {
		return true
	}
	if t.t0 == first {
		_, ok := a.figureAt(t.t1, last)
		return ok
	}
	return false
}

// clauseEndsAt reports whether the clause ends at token k, its sentence
// ending at last: at a punctuation mark other than a hyphen or at a
// coordinator (grandTotal, grandTotalTerm).
func (a *article) clauseEndsAt(k, last int32) bool {
	return k >= last || a.toks[k].Kind == text.Punct && a.lowerWord(k) != "-" || clauseCoordinators[a.lowerWord(k)]
}

// grandTotals are the words of a grand total (grandTotal).
var grandTotals = lexicon.Words().Set("grand-total") // lexicon/words.txt

// clauseCoordinators join another clause: a grand total before one ends
// its clause (clauseEndsAt).
var clauseCoordinators = lexicon.Words().Set("clause-coordinator") // lexicon/words.txt

// qualify sets the flags of a statement from the words around it.
func (a *article) qualify(st *statement) {
	s := a.sents[st.sent]
	t0, _ := st.tokens()
	// a noun of the deed with its own "of" naming whom it struck ("the
	// murder of six priests")
	deedOf := a.lowerWord(st.verb.t1) == "of"
	// "five of those killed", "10 of the dead", "the dead include"; but
	// not a deedOf ("the investigation of the murder of six priests"):
	// "the murder" names no people a share could be taken from
	if t0 > int32(s.First)+1 && !deedOf {
		if w := a.lowerWord(st.verb.t0 - 1); w == "those" || w == "the" {
			if a.lowerWord(st.verb.t0-2) == "of" || a.lowerWord(st.verb.t0-2) == "among" {
				st.subset = true
			}
		}
	}
	if includeVerbs[a.lowerWord(st.verb.t1)] {
		st.subset = true
	}
	for _, p := range st.parts {
		for j := p.t0 - 1; j >= int32(s.First) && j >= p.t0-2; j-- {
			if w := a.lowerWord(j); w == "of" && j > int32(s.First) && a.lowerWord(j-1) == "among" {
				st.subset = true
			}
		}
	}
	for _, tm := range a.sentTerms(st.sent) {
		if tm.p.Cat == lexicon.Cue && tm.p.Value == "rose" && tm.t0 < st.verb.t0+12 && a.figureFollows(tm) {
			st.update = true
		}
	}
	if a.hedgedAt(st.verb.t0) || a.hedgedAt(t0) || a.conditional(st.sent, t0) {
		st.hedged = true
	}
	if a.inOldDeedClause(st.verb.t0) {
		st.old = true // "outside the Taj hotel, the site of the 2008 attacks in which militants killed 166 people": the old deed's toll
	}
	// "Police had initially put the toll at two": a figure since revised
	for j := max(t0-5, int32(s.First)); j < st.verb.t0; j++ {
		if a.earlierCountAt(j) {
			st.old = true
		}
	}
	if !st.old && a.earlierReportOpens(st.sent, t0) {
		st.old = true
	}
	// "Early reports said six people had died", "according to
	// preliminary figures": a first count, which a later one replaces
	for j := int32(s.First) + 1; j < st.verb.t0; j++ {
		switch w := a.lowerWord(j); {
		case w == "first":
			if a.lowerWord(j-1) == "at" {
				st.provisional = true // "Police at first said four people had been killed"
			}
		case tallyNouns[w] && tallyEarly[a.lowerWord(j-1)]:
			st.provisional = true
		}
	}
	if a.pastPerfectReport(st.sent, t0) {
		st.provisional = true // "The attorney general had put the toll at 40", "An aid worker had counted 31 dead"
	}
	// "raised the toll to 14", "revised the death toll"
	for j := max(st.verb.t0-3, int32(s.First)); j < st.verb.t0; j++ {
		if tollRaise[a.lowerWord(j)] {
			st.update = true // "bringing the toll to 26"
		}
	}
	for j := st.verb.t0; j < int32(s.Last) && j < st.verb.t1+8; j++ {
		if tollLower[a.lowerWord(j)] {
			st.lowered = true // "revised the death toll down to 9"
		}
	}
	if a.laterReport(st, int32(s.First)) {
		st.confirmed = true
	}
	st.whole = a.grandTotal(st)
	st.campaign, st.period = a.spanAfter(st.verb.t1, int32(s.Last))
	if !deedOf && a.campaignCauser(t0, int32(s.First)) {
		st.campaign = true // a verb's causer: a deedOf is a noun with its own agent
	}
	if a.spanIn(tollWords, st.verb.t0, st.verb.t1) && (a.tollOverSpan(st.verb.t1, int32(s.Last)) || a.timeOwnsToll(st.verb, int32(s.First))) {
		st.period = true
	}
	if a.recordTold(st.verb.t0, int32(s.First)) {
		st.period = true // "a war that has killed more than 50,000 people", "the group, which has killed hundreds"
	}
	if a.actorRecord(st, int32(s.First)) {
		st.period = true // "The ADF, originally a Ugandan rebel group, has killed thousands of civilians"
	}
	if a.rateAfter(st.verb.t1, int32(s.Last)) {
		st.period = true
	}
	if a.yearsBoundBefore(int32(s.First), st.verb.t0) && !a.dayIn(st.sent) {
		st.period = true // "fought a bloody war for control of Arauca between 2000 and 2010 that ... killed at least 868 civilians"
	}
	for j := int32(s.First); j < int32(s.Last); j++ {
		switch w := a.lowerWord(j); {
		case w == "same" && j > int32(s.First) && j+1 < int32(s.Last) && a.lowerWord(j-1) == "the" && pastSpans[a.lowerWord(j+1)]:
			// "During the same period, 57 civilians were also killed"
			// after "25 security personnel have been killed between
			// January 1, 2019 and February 1, 2020": "the same" span of
			// time ([past-span]) points back to one told before, so the
			// figure counts that span's dead, as reuters21578-00282
			// "should rise to 56.2 pct of overall debt in the same
			// period" points back to its span
			st.period = true
		case w == "alone" && j > int32(s.First) && (a.inDate(j-1) || tallySpanNouns[a.lowerWord(j-1)]):
			// "In October alone, their actions claimed 200 lives", "in
			// 2014 alone", "this month alone" (the date scanner reads
			// "this month", "that day" as dates): the particle singles
			// one stretch out of a longer series, a span the date
			// scanner reads or a noun of [tally-span-noun] ("in the
			// first quarter alone", "in the first half alone")
			// (reuters21578 writes it
			// of money: "In 1986 alone, the two banks paid out 16
			// billion pesos"), so a figure it frames is what that stretch
			// held of many deeds, a tally, never one incident's toll
			st.period = true
		case spanBackPreps[w] && a.spanPointedBack(j+1, int32(s.Last)):
			// "The unrest broke out in mid-September ... Palestinian
			// attacks have killed 19 Israelis in that time": "that"
			// points back to a stretch told before, so the figure is
			// what the stretch held of many deeds, as reuters21578
			// writes of stocks ("Over that time inventories rose from
			// 4...") after "the past three months"
			st.period = true
		case periodPreps[w] && a.monthsAfter(j) && !a.dayIn(st.sent):
			// "During October more than 350 people were killed in
			// Peru", "during the month of January there have been
			// about 170 deaths": a span of a month or more is the
			// stretch the figure counts, a tally of its many deeds
			// (reuters21578 writes it of trade: "During February,
			// factories used 65 ..."); "in March" may date one attack,
			// and so does a day the sentence gives ("shot dead four
			// farmers on Sunday, the third such attack during March")
			st.period = true
		case tollConfirmed[w]:
			st.confirmed = true
		case w == "unconfirmed":
			st.hedged, st.unconfirmed = true, true // a teller's word: the only figure stays (withoutBoasts)
		}
	}
	if a.unconfirmedAt(st.sent) {
		st.unconfirmed, st.confirmed = true, false // "could not be confirmed" confirms nothing
	}
	// "died of a heart attack": a death the text gives another cause
	if a.lowerWord(st.verb.t1) == "of" {
		for j := st.verb.t1 + 1; j < int32(s.Last) && j < st.verb.t1+5; j++ {
			if otherCauses[a.lowerWord(j)] {
				st.hedged = true
			}
		}
	}
}

// dayIn reports whether sentence si gives a date to the day: a figure
// told with its day is one deed's, whatever span the sentence also names.
func (a *article) dayIn(si int32) bool {
	lo, hi := a.dateRange(a.sentBytes(si))
	for k := lo; k < hi; k++ {
		if a.dates[k].Precision == record.PrecisionDay {
			return true
		}
	}
	return false
}

// tallySpanNouns name a stretch of a year that "alone" after them singles
// out of a longer series (lexicon/words.txt).
var tallySpanNouns = lexicon.Words().Set("tally-span-noun")

// spanBackPreps take a stretch of time for their object, and
// spanBackNouns name one that a demonstrative after such a preposition
// points back to: "in that time", "over that period" (spanPointedBack;
// lexicon/words.txt).
var (
	spanBackPreps = lexicon.Words().Set("span-back-prep")
	spanBackNouns = lexicon.Words().Set("span-back-noun")
)

// spanPointedBack reports whether the words from token j, before last,
// are a demonstrative and a noun of a stretch of time ([span-back-noun]):
// "that time", "that period", "those years". "At that time" names a
// moment and is no preposition of [span-back-prep].
func (a *article) spanPointedBack(j, last int32) bool {
	if w := a.lowerWord(j); j+1 >= last || w != "that" && w != "those" {
		return false
	}
	return spanBackNouns[a.lowerWord(j+1)]
}

// periodPreps take a whole stretch of time for their object: "during
// March", "throughout 2023" (lexicon/words.txt).
var periodPreps = lexicon.Words().Set("period-preposition")

// monthsAfter reports whether a date of a month or a year follows token
// j, right after it or after "the month of" ("during October", "during
// the month of January", "during 1989"), owning no noun after it
// ("during October's elections" dates those elections).
func (a *article) monthsAfter(j int32) bool {
	end := j + 2
	if a.lowerWord(j+1) == "the" && a.lowerWord(j+2) == "month" && a.lowerWord(j+3) == "of" {
		end = j + 5
	}
	if int(end) > len(a.toks) {
		return false
	}
	lo, hi := a.dateRange(int(a.toks[j+1].Start), int(a.toks[end-1].End))
	if lo == hi {
		return false
	}
	d := a.dates[lo]
	coarse := d.Precision == record.PrecisionMonth || d.Precision == record.PrecisionYear
	return coarse && !a.possessiveAt(a.tokenAt(d.End-1)+1)
}

// campaignCauser reports whether a campaign noun ([campaign-noun]) is the
// causer of the statement whose first token is t0: "The decade-long
// conflict has killed more than 35,000 people", "a war that has lasted a
// decade and left 72,000 people killed", "the FMLN offensive resulted in
// 1,484 guerrillas ... killed". What a war did is the war's total, the
// dead of many incidents, not this one's toll. The noun heads the
// subject: nothing between it and the figure names a party, an attack or
// a casualty, and no preposition governs it unless a relative clause
// follows it ("the worst attack of the war killed 12": the attack did;
// "since the war began" is no subject); "war-torn" is a modifier, no
// noun. A noun of killing ("the war became dirty with the murder of six
// priests") has its own agent, so the caller asks this of verbs only.
func (a *article) campaignCauser(t0, first int32) bool {
	for k := t0 - 1; k >= first && k >= t0-10; k-- {
		w := a.lowerWord(k)
		if w == ";" || w == ":" || reportVerbs[w] {
			return false // "a war monitor said at least seven people were killed": the teller's clause
		}
		if campaignNouns[w] {
			return a.headsPhrase(k) && (a.relativeAfter(k) || !a.governedByPreposition(k, first))
		}
		for _, u := range a.termsIn(k, k+1) {
			if c := u.p.Cat; c == lexicon.Party || c == lexicon.Trigger || c == lexicon.Kill || c == lexicon.Injure {
				return false
			}
		}
	}
	return false
}

// headsPhrase reports whether noun k ends its noun phrase, so that it is
// the phrase's head and not a modifier of the noun after it ("a war
// monitor", "war crimes"): punctuation, a relative clause, an auxiliary,
// an adverb or a verb of toll ([leave-verb], [lives-verb], a casualty
// verb) follows it.
func (a *article) headsPhrase(k int32) bool {
	next := a.lowerWord(k + 1)
	if a.toks[k+1].Kind == text.Punct {
		return next != "-"
	}
	return a.relativeAfter(k) || auxiliaries[next] || adverbs[next] || leaveVerbs[next] || livesVerbs[next] || a.isCasualtyWord(k+1)
}

// relativeAfter reports whether a relative clause opens right after noun
// k ("a war that has killed", "the insurgency, which has killed", "a
// civil war in which more than 70,000 people have died"): the noun is
// that clause's subject or scene whatever governs it ("in a war that has
// killed more than 50,000 people").
func (a *article) relativeAfter(k int32) bool {
	if a.word(k+1) == "," {
		k++
	}
	w := a.lowerWord(k + 1)
	if eventPreps[w] || spanPreps[w] {
		w = a.lowerWord(k + 2) // "in which", "during which"
	}
	return w == "that" || w == "which"
}

// governedByPreposition reports whether a preposition of place or span
// ([event-prep], [span-prep], "since") stands within the four words
// before noun k, in its clause: the noun is then the object of a phrase
// ("the worst attack of the war", "during the current electoral
// campaign"), not a subject.
func (a *article) governedByPreposition(k, first int32) bool {
	for j := k - 1; j >= first && j >= k-4; j-- {
		w := a.lowerWord(j)
		if a.toks[j].Kind == text.Punct && w != "-" {
			return false
		}
		if eventPreps[w] || spanPreps[w] || w == "since" {
			return true
		}
	}
	return false
}

// campaignNouns name a campaign of many incidents (lexicon/words.txt).
var campaignNouns = lexicon.Words().Set("campaign-noun")

// measuredSpan reports whether the phrase after preposition j opens with
// a span of years of fighting that a number counts: "died in seven years
// of fighting", "killed during the seven-year insurgency", "in the
// 6-1/2-year-old war" (spanOfWar). The dead of so long a time are the sum
// of many incidents, never one incident's toll. Only a determiner and the
// number may come before the unit, so that "in the worst attack in two
// years" or "a bombing of a 10-year-old school" says nothing.
func (a *article) measuredSpan(j, last int32) bool {
	n := a.numberFrom(j + 1)
	for k := j + 1; k < last; k++ {
		start := int(a.toks[k].Start)
		for n < len(a.nums) && a.nums[n].End <= start {
			n++
		}
		inNum := n < len(a.nums) && a.nums[n].Start <= start
		w := a.lowerWord(k)
		switch {
		case longSpanUnits[w]:
			// counted: the number runs into the unit ("nearly
			// seven-year-old" read as one figure) or ends a space or a
			// hyphen before it
			counted := inNum
			if !counted && n > 0 && a.nums[n-1].Start > int(a.toks[j].End) {
				gap := a.src[a.nums[n-1].End:start]
				counted = gap == " " || gap == "-"
			}
			return counted && a.spanOfWar(k+1, last)
		case inNum, w == "-", w == "/", determiners[w] && k == j+1:
		default:
			return false
		}
	}
	return false
}

// spanAfter reads the phrase after a casualty word that ends before
// token t1 for the stretch its figure counts: "killed in the offensive",
// "during the insurgency" (a campaign's dead, not one incident's); "in
// seven years of fighting", "from 11 November to 30 January" (a
// period's). A phrase of place or manner may come first ("have died in
// El Salvador during 10 years of civil war", "killed in action during
// the offensive"): it measures nothing, so the next one is read.
func (a *article) spanAfter(t1, last int32) (campaign, period bool) {
	for j := t1; j < last && j < t1+4 && !campaign && !period; j++ {
		if a.datesBound(j) {
			return false, true
		}
		if w := a.lowerWord(j); w != "in" && w != "during" && w != "since" {
			continue
		}
		campaign = a.setIn(campaignNouns, j+1, min(last, j+4))
		period = a.measuredSpan(j, last)
	}
	return campaign, period
}

// spanShared marks as a period's the figures that follow, in the same
// sentence, one whose own phrase measures a span (spanAfter): "the FMLN
// had sustained 2,352 dead from 11 November to 30 January, and he
// regretted the death of 537 army troops" counts both sides of the same
// stretch. A figure with a date of its own between ("..., and on Monday
// a bomb killed five") tells its own day; a war the sentence recalls in
// a relative clause ("in a war that has killed 50,000, a bomb killed
// five") frames no figure after it.
func (a *article) spanShared(out []statement, last int32) {
	for i := range out {
		if _, period := a.spanAfter(out[i].verb.t1, last); !period {
			continue
		}
		for k := i + 1; k < len(out); k++ {
			if out[k].verb.t0 > out[i].verb.t1 && !a.ownDayBetween(out[i].verb.t1, out[k].verb.t0) {
				out[k].period = true
			}
		}
		return
	}
}

// ownDayBetween reports whether tokens [t0, t1) hold a date that names
// a day of its own: "on Monday", "yesterday".
func (a *article) ownDayBetween(t0, t1 int32) bool {
	lo, hi := a.dateRange(int(a.toks[t0].Start), int(a.toks[t1].Start))
	for _, d := range a.dates[lo:hi] {
		if d.Prep == "on" || d.Relative {
			return true
		}
	}
	return false
}

// datesBound reports whether token j opens a span that two dates bound:
// "from 11 November 1989 to 30 January 1990", "from 2012 to 2014",
// "between January 1 and February 1". The dead of every day between
// two dates are a tally of that stretch, never one incident's toll.
func (a *article) datesBound(j int32) bool {
	if w := a.lowerWord(j); (w != "from" && w != "between") || int(j+1) >= len(a.toks) {
		return false
	}
	lo, hi := a.dateRange(int(a.toks[j+1].Start), int(a.toks[j+1].End))
	if lo == hi || hi >= len(a.dates) {
		return false
	}
	k := a.tokenAt(a.dates[lo].End-1) + 1 // the word that joins the second date
	return spanJoins[a.lowerWord(k)] && a.tokenAt(a.dates[hi].Start) == k+1
}

// yearsBoundBefore reports whether a span that two years bound
// ("between 2000 and 2010", "from 2012 to 2014") stands before token v
// in its sentence, from first on. What the sentence tells after it of
// that stretch ("fought a bloody war for control of Arauca between 2000
// and 2010 that ... killed at least 868 civilians") is the sum of years,
// never one incident's toll, as Reuters-21578 writes of a yield
// ("dredging from 1931 to 1967 which produced a total of 2.1 mln
// ounces"); spanAfter reads a span after the verb. The years are read as
// words: the date scanner takes none after "between".
func (a *article) yearsBoundBefore(first, v int32) bool {
	for j := first; j+3 < v; j++ {
		if w := a.lowerWord(j); w != "between" && w != "from" {
			continue
		}
		y0, ok0 := a.yearWord(j + 1)
		y1, ok1 := a.yearWord(j + 3)
		if ok0 && ok1 && spanJoins[a.lowerWord(j+2)] && y1 > y0 {
			return true
		}
	}
	return false
}

// yearWord returns the year token j writes as four digits, 1900 to 2099.
func (a *article) yearWord(j int32) (int, bool) {
	w := a.lowerWord(j)
	if len(w) != 4 || (w[:2] != "19" && w[:2] != "20") {
		return 0, false
	}
	y, err := strconv.Atoi(w)
	return y, err == nil
}

// spanJoins join the two dates of a bounded span ([span-join]: "from
// 2012 to 2014"; datesBound).
var spanJoins = lexicon.Words().Set("span-join") // lexicon/words.txt

// recordTold reports whether the casualty word at token v is the verb of
// a relative clause that tells a record, not a deed: a war's, in the
// perfect ("in a war that has killed more than 50,000 people", "a
// 10-year-old war that has left more than 60,000 dead", "the conflict,
// which has killed"), where a campaign noun ([campaign-noun]) heads the
// phrase the clause follows and the dead are the sum of the war's
// incidents, as "in seven years of fighting" counts (measuredSpan); or an
// actor's (stateRecord: "the group, which has killed hundreds"). Either
// way the figure is never one incident's toll.
func (a *article) recordTold(v, first int32) bool {
	k, perfect, ok := a.recordClause(v, first)
	return ok && (perfect && campaignNouns[a.lowerWord(k)] || a.recordHolder(k))
}

// actorRecord reports whether statement st tells an armed actor's record
// in a main clause, as recordTold does in a relative one: a casualty verb
// in the perfect ("has killed", "have also killed") whose subject is a
// named group, a state's arm or armed men (recordHolder, a party noun of
// the perpetrators or the forces), past an apposition ("The ADF,
// originally a Ugandan rebel group, has killed thousands of civilians"),
// and whose every figure is a multitude no count gives ("hundreds",
// "thousands"). The perfect sums the actor's deeds up to now; an attack
// told in the perfect gives a count ("gunmen have killed 12 people").
func (a *article) actorRecord(st *statement, first int32) bool {
	if len(st.parts) == 0 {
		return false
	}
	for _, p := range st.parts {
		if p.qual != text.Vague || p.n < 100 {
			return false
		}
	}
	j := st.verb.t0 - 1
	for j > first && j >= st.verb.t0-2 && a.lowerWord(j) != "has" && a.lowerWord(j) != "have" && !a.clauseBreak(j) {
		j-- // "have also killed"
	}
	if w := a.lowerWord(j); j <= first || w != "has" && w != "have" {
		return false
	}
	k := j - 1
	if a.word(k) == "," {
		// past an apposition to the comma that opens it
		for k--; k > first && a.word(k) != ","; k-- {
		}
		if k <= first || j-k > 12 {
			return false
		}
		k--
	}
	if a.recordHolder(k) {
		return true
	}
	if t, ok := a.termAt(k, lexicon.Party); ok && t.t1 == k+1 {
		return t.p.Value == record.Perpetrators || t.p.Value == record.SecurityForces
	}
	return false
}

// recordClause returns the antecedent of the relative clause whose verb
// is the word at token v, in the perfect (perfectRelative, and perfect is
// true) or else in the simple present (presentRelative).
func (a *article) recordClause(v, first int32) (k int32, perfect, ok bool) {
	if k, ok := a.perfectRelative(v, first); ok {
		return k, true, true
	}
	k, ok = a.presentRelative(v, first)
	return k, false, ok
}

// perfectRelative returns the antecedent of the relative clause in the
// perfect that holds token v: "that", "which" or "who", then "has" or
// "have", within eight tokens before v with no clause break between but
// a number's comma ("that has left more than 60,000 dead") and the
// antecedent the word before the pronoun (antecedent).
func (a *article) perfectRelative(v, first int32) (int32, bool) {
	for j := v - 1; j > first && j >= v-8; j-- {
		w := a.lowerWord(j)
		if w != "has" && w != "have" {
			if a.clauseBreak(j) && !a.inNumber(j) {
				return 0, false // but "60,000"
			}
			continue
		}
		return a.antecedent(j-1, first)
	}
	return 0, false
}

// antecedent returns the word before the relative pronoun ("that",
// "which", "who") at token p, past a comma ("the conflict, which"): the
// noun the clause describes. It reports false when no such pronoun is at
// p or nothing of its sentence stands before it.
func (a *article) antecedent(p, first int32) (int32, bool) {
	if rel := a.lowerWord(p); rel != "that" && rel != "which" && rel != "who" {
		return 0, false
	}
	k := p - 1
	if k >= first && a.word(k) == "," {
		k--
	}
	return k, k >= first
}

// presentRelative returns the antecedent of the relative clause whose
// verb, in the simple present, is the attack word at token t, right after
// its pronoun: "a regime which murders priests", "forces that
// assassinate". Neither a past ("-ed") nor a progressive ("-ing") form:
// those tell deeds.
func (a *article) presentRelative(t, first int32) (int32, bool) {
	if w := a.lowerWord(t); t-1 <= first || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return 0, false
	}
	return a.antecedent(t-1, first)
}

// stateRecord reports whether the attack word at token t is the verb of a
// relative clause in the perfect or the simple present that describes a
// state's arm or a named group by its record: "a government that has
// murdered and persecuted the clergy and bombed the civilian population",
// "the Daesh group, which has killed hundreds of policemen", "a regime
// which murders priests". The clause characterizes the actor; it tells no
// deed of the story's time.
func (a *article) stateRecord(t, first int32) bool {
	k, _, ok := a.recordClause(t, first)
	return ok && a.recordHolder(k)
}

// recordHolder reports whether noun k, which a relative clause of record
// describes, is a state's arm ([force-noun]) or a named group.
func (a *article) recordHolder(k int32) bool {
	return forceNouns[a.lowerWord(k)] || a.groupEndsAt(k)
}

// spanOfWar reports whether the span whose unit ends before token k
// measures fighting: "years of fighting" (any noun after "of"), or a
// campaign noun within three words ("the seven-year insurgency", "the
// 6-1/2-year-old Gulf war"). "The 40-year-old hotel" gives the age of a
// thing, not a span of violence.
func (a *article) spanOfWar(k, last int32) bool {
	for k < last && (a.lowerWord(k) == "-" || a.lowerWord(k) == "old" || a.lowerWord(k) == "long") {
		k++
	}
	if k < last && a.lowerWord(k) == "of" {
		return true
	}
	return a.setAhead(campaignNouns, k, min(last, k+3))
}

// rateAfter reports whether a rate follows the casualty verb that ends
// before token t1: "about 100 civilians are killed each day", "die every
// year", "killed per week". The dead of every day are a measure of the
// times, never one incident's toll.
func (a *article) rateAfter(t1, last int32) bool {
	for j := t1; j+1 < last && j < t1+4; j++ {
		if a.clauseBreak(j) {
			return false
		}
		if rateWords[a.lowerWord(j)] && rateUnits[a.lowerWord(j+1)] {
			return true
		}
	}
	return false
}

// rateWords before a rateUnit make a rate of it (rateAfter;
// lexicon/words.txt).
var (
	rateWords = lexicon.Words().Set("rate-word")
	rateUnits = lexicon.Words().Set("rate-unit")
)

// tollOverSpan reports whether a toll whose word ends before token t1
// is measured over weeks, months or years of something: "the death toll
// from the protests stood at 19 after weeks of protests". A toll that
// counts so long a span is a tally of many days, not one incident's.
// Only a bare plural unit after a preposition counts ([bare-span-unit],
// [toll-span-prep]): "after two weeks of talks" is measuredSpan's to read.
func (a *article) tollOverSpan(t1, last int32) bool {
	for j := t1; j+2 < last; j++ {
		if tollSpanPreps[a.lowerWord(j)] && bareSpanUnits[a.lowerWord(j+1)] && a.lowerWord(j+2) == "of" {
			return true
		}
	}
	return false
}

// bareSpanUnits and tollSpanPreps make the span of tollOverSpan
// (lexicon/words.txt).
var (
	bareSpanUnits = lexicon.Words().Set("bare-span-unit")
	tollSpanPreps = lexicon.Words().Set("toll-span-prep")
)

// longSpanUnits measure a span of time too long for one incident
// (measuredSpan), in the singular of "seven-year" and the plural of
// "seven years" (lexicon/words.txt).
var longSpanUnits = lexicon.Words().Set("long-span-unit")

// claimant reports whether active casualty verb t tells the doer's own
// count of what it did: its subject is a pronoun taking up the speaker of
// a report verb right before it ("al-Shabaab said it had killed 12
// soldiers", "the rebels claimed they had shot dead 30"), or the
// speaker's own men ("said its fighters had killed"), or the verb
// hangs on a verb of claiming ([claim-verb]: "claimed to have killed 30",
// "claimed responsibility for killing"). A side that counts the enemies it killed boasts; its figure
// is what it wants told, and one from officials, witnesses or the other
// side is the toll.
func (a *article) claimant(t term, first int32) bool {
	if a.passiveBefore(t) {
		return false
	}
	j := t.t0 - 1
	for j >= first && (auxiliaries[a.lowerWord(j)] || adverbs[a.lowerWord(j)]) {
		j--
	}
	// "said its fighters had killed": the speaker's own men did it
	for k := j - 1; k >= first && k >= j-2 && a.toks[k].Kind == text.Word; k-- {
		if w := a.lowerWord(k); w == "its" || w == "their" || w == "our" {
			j = k
			break
		}
	}
	switch a.lowerWord(j) {
	case "it", "they", "we", "its", "their", "our":
		j--
		if a.lowerWord(j) == "that" {
			j--
		}
		j = a.sayingDayBefore(j, first)
		return j >= first && (reportVerbs[a.lowerWord(j)] || claimVerbs[a.lowerWord(j)])
	case "to", "of":
		j-- // "claimed to have killed", "claims of killing"
	case "for":
		if a.lowerWord(j-1) == "responsibility" {
			j -= 2 // "claimed responsibility for killing 12 soldiers"
		}
	}
	return j >= first && claimVerbs[a.lowerWord(j)]
}

// earlierDates open with a word of an earlier count and date the deed
// instead ("earlier this week"): earlierCountAt.
var earlierDates = lexicon.Words().Set("earlier-date") // lexicon/words.txt

// contrastConjunctions end the scope of an earlier count's opening word
// (earlierReportOpens).
var contrastConjunctions = lexicon.Words().Set("contrast-conjunction") // lexicon/words.txt

// earlierCountAt reports whether token j is a word of a count since
// revised ([earlier-count]: "initially", "earlier"), not the opening of a
// date of the current week or year ([earlier-date]: "earlier this week").
func (a *article) earlierCountAt(j int32) bool {
	w := a.lowerWord(j)
	return earlierCounts[w] && !earlierDates[w+" "+a.lowerWord(j+1)]
}

// earlierReportOpens reports whether sentence si opens with a word of an
// earlier count ([earlier-count]) that scopes over a verb of reporting
// before token t0, with no "but" or semicolon between: "Earlier in the
// afternoon the head of a local hospital had reported 34 dead and more
// than 130 injured, but ...", "Earlier, the company had said 44 miners
// were trapped". The adverb opening the clause dates the report however
// far the figure stands from it, and the figure is one since revised;
// without a report ("Earlier, gunmen killed five people in a nearby
// village") it tells an earlier deed, not an earlier count.
func (a *article) earlierReportOpens(si, t0 int32) bool {
	s := a.sents[si]
	j := int32(s.First)
	for j < t0 && int(a.toks[j].End) <= a.datelineEnd {
		j++ // "QUETTA, Sept 29 - Earlier ..."
	}
	if !a.earlierCountAt(j) {
		return false
	}
	reported := false
	for k := j + 1; k < t0; k++ {
		switch w := a.lowerWord(k); {
		case contrastConjunctions[w] || w == ";":
			// "had reported 34 dead ..., but Shahi said ... the real
			// number of wounded was around 50": the clause after it is
			// the correction, not the earlier count
			return false
		case reportVerbs[w]:
			reported = true
		}
	}
	return reported
}

// pastPerfectReport reports whether the figure at token t0 of sentence si
// is given by a report in the past perfect ("Late on Thursday the attorney
// general had put the toll at \"around 40\"", "An aid worker had counted
// 31 dead on Thursday morning", "Kakas had told the ABC that 53 bodies had
// been found"; "Defense Minister George Fernandes had speculated that the
// toll could be as high as 100,000", LA Times 2001): the tense sets the
// report before the story's own, so the figure is a first count which a
// later one replaces (provisional), and so is every figure after it in
// its sentence ("police had reported about 30 dead, and an officer said
// he had counted at least 12 bodies"). Not when a verb of reporting in the
// simple past comes first: "He later said officers had counted 26 dead"
// shifts a report's tense back, and tells the later count; nor across a
// contrast ("had reported 34 dead, but ..."): what follows is the
// correction. "had" comes right before the verb or before one adverb
// ("had earlier put", "had first reported").
func (a *article) pastPerfectReport(si, t0 int32) bool {
	first := int32(a.sents[si].First)
	for j := first + 1; j < t0; j++ {
		w := a.lowerWord(j)
		if reportVerbs[w] && a.lowerWord(j-1) != "had" && !(j > first+1 && a.lowerWord(j-2) == "had") {
			return false // "He later said officers had counted 26 dead": a report told in the past, its tense shifted back
		}
		if !reportVerbs[w] && !tollPutVerbs[w] && !estimateVerbs[w] && !countVerbs[w] {
			continue
		}
		h := j - 1
		if a.toks[h].Kind == text.Word && a.lowerWord(h) != "had" && h > first {
			h-- // "had earlier put", "had first reported"
		}
		if a.lowerWord(h) != "had" {
			continue
		}
		// "police had reported about 30 dead, and an officer said he had
		// counted at least 12 bodies": the first report in the past
		// perfect sets the sentence's time before the story's, and
		// every figure after it is of that time, up to a contrast
		for k := j + 1; k < t0; k++ {
			if w := a.lowerWord(k); contrastConjunctions[w] || w == ";" {
				return false
			}
		}
		return true
	}
	return false
}

// countVerbs tell that someone counted the harmed (lexicon/words.txt).
var countVerbs = lexicon.Words().Set("count-verb")

// sayingDayBefore returns the token before the date that ends at token j,
// with its "on", or j when no date ends there: a day right after a verb of
// saying dates the saying, and the clause it reports comes after it ("the
// army said on Sunday its forces had killed more than 300 militiamen").
func (a *article) sayingDayBefore(j, first int32) int32 {
	k := j
	for k >= first && a.inDate(k) {
		k--
	}
	if k == j {
		return j
	}
	if a.lowerWord(k) == "on" {
		k--
	}
	return k
}

// unconfirmedAt reports whether sentence si tells its figures as
// unchecked: a verb of checking denied a few words before it ("we could
// not confirm this report", "could not be independently verified", "was
// unable to corroborate"), or a noun of hearsay ("rumours said"). The
// figure is then someone's word that the teller does not vouch for.
func (a *article) unconfirmedAt(si int32) bool {
	s := a.sents[si]
	for j := int32(s.First); j < int32(s.Last); j++ {
		w := a.lowerWord(j)
		if rumourNouns[w] {
			return true
		}
		if !confirmVerbs[w] {
			continue
		}
		for k := j - 1; k >= int32(s.First) && k >= j-4; k-- {
			if confirmDenied[a.lowerWord(k)] {
				return true
			}
		}
	}
	return false
}

// isToll reports whether casualty word w names the toll itself ("the
// death toll"), a figure rather than a deed: "gave no death toll" gives
// none, it does not say that no one died.
func isToll(w string) bool {
	return tollWords[w]
}

// tollPutVerbs give a figure to the harmed a noun names (lexicon/words.txt).
var tollPutVerbs = lexicon.Words().Set("toll-put-verb")

// tollPut reports whether casualty word t, made a noun by "the" ("the
// dead", "the wounded") or by "the number of" ("the number of dead"), is
// the object of a teller's putting verb with the figure after "at": "The
// deputy commissioner later put the dead at 10", "officials put the
// number of wounded at 50". Such a clause counts everyone the word names,
// as "put the toll at 10" counts all the dead (wholeToll). A second
// noun joined by "and" shares the verb: "put the dead at 11 and the
// wounded at 15". A phrase of place may narrow the noun to one site
// between it and the "at": "put the dead at the academy at more than 20",
// "put the dead in Kyiv at eight" count the harmed of that site alone.
func (a *article) tollPut(t term) bool {
	_, ok := a.putFigureAt(t)
	return ok && a.tollPutVerb(t)
}

// putFigureAt returns the "at" that brings the figure after casualty noun
// t: right after it, or after a phrase of place of at most four words
// ("at the academy", "in the capital") with no punctuation in it.
func (a *article) putFigureAt(t term) (int32, bool) {
	if a.lowerWord(t.t1) == "at" && a.lowerWord(t.t1+1) != "the" {
		return t.t1, true
	}
	if w := a.lowerWord(t.t1); w != "at" && w != "in" {
		return 0, false
	}
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	for k := t.t1 + 2; k < last && k <= t.t1+5; k++ {
		if a.toks[k-1].Kind == text.Punct {
			return 0, false
		}
		if a.lowerWord(k) == "at" {
			if _, ok := a.figureAt(k+1, last); ok {
				return k, true
			}
		}
	}
	return 0, false
}

// tollPutVerb reports whether casualty noun t is the object of a putting
// verb, alone or joined by "and" to one (tollPut).
func (a *article) tollPutVerb(t term) bool {
	j := t.t0 - 1
	if n := a.numberHead(t); n >= 0 {
		j = n - 1
	}
	if a.lowerWord(j) != "the" {
		return false
	}
	if tollPutVerbs[a.lowerWord(j-1)] {
		return true
	}
	if a.lowerWord(j-1) != "and" {
		return false
	}
	first := int32(a.sents[a.sentOf[j]].First)
	at := false
	for k := j - 2; k > first && k >= j-9; k-- {
		switch w := a.lowerWord(k); {
		case w == "at":
			at = true
		case w == "the" && at && tollPutVerbs[a.lowerWord(k-1)]:
			return true
		case a.toks[k].Kind == text.Punct:
			return false // "put the dead at 11, and the wounded ..." of another clause
		}
	}
	return false
}

// tollWords are the casualty words of the toll itself (isToll; a
// statement's verb is looked up by span, spanIn).
var tollWords = lexicon.Words().Set("toll-word") // lexicon/words.txt

// timeOwnsToll reports whether a time in the possessive owns the toll word
// t, a word or two between ("raising Thursday's Palestinian toll to 10",
// "this year's death toll"): a toll a time owns counts all the harm of that
// time, wherever it fell, a tally of the day's deeds and not one deed's
// toll, as "the death toll from the day's fighting" counts every battle of
// the day. "The toll from Thursday's attack" is the attack's: there the
// time owns the attack.
func (a *article) timeOwnsToll(t term, first int32) bool {
	j := t.t0 - 1
	for k := 0; k < 2 && j > first && a.toks[j].Kind == text.Word && a.lowerWord(j) != "s"; k++ {
		j-- // "Palestinian", "civilian"
	}
	if j-2 < first || a.lowerWord(j) != "s" {
		return false
	}
	if w := a.word(j - 1); w != "'" && w != "’" {
		return false
	}
	return a.inDate(j - 2)
}

// laterReport reports whether a statement's figure comes from a later
// report than the article's first one: "Hospital officials later said 14
// people had died", "the ministry later put the death toll at 14". A
// larger figure so told replaces the first, as a confirmed one does. Only
// "later" that modifies a reporting verb or a toll counts: "two of the
// wounded later died" adds deaths, it does not retell the toll.
func (a *article) laterReport(st *statement, first int32) bool {
	toll := a.spanIn(tollWords, st.verb.t0, st.verb.t1)
	for j := first; j < st.verb.t0; j++ {
		if a.lowerWord(j) != "later" {
			continue
		}
		if w := a.lowerWord(j + 1); reportVerbs[w] || tollRaise[w] || toll {
			return true
		}
	}
	return false
}

// conditional reports whether token t stands in a sentence that opens
// with a condition ("If it is confirmed that these bodies are of
// foreigners, this would bring the number of foreign dead to 13"): what
// it counts is supposed, up to a colon or semicolon that starts a
// statement of fact.
func (a *article) conditional(si, t int32) bool {
	first := int32(a.sents[si].First)
	if w := a.lowerWord(first); w != "if" && w != "unless" {
		return false
	}
	for j := first; j < t; j++ {
		if w := a.word(j); w == ":" || w == ";" {
			return false
		}
	}
	return true
}

// antecedentParty resolves a bare number subject ("Three were killed.") to
// the party of the last plural person noun before it in the same or the
// previous sentence ("The attackers took their car inside ..."). The
// speaker of a report ("police said") is who tells, not who was counted.
func (a *article) antecedentParty(t int32) string {
	si := a.sentOf[t]
	first := int32(a.sents[max(si-1, 0)].First)
	for j := t - 1; j >= first; j-- {
		if j > 0 && a.termFirst[j] == 0 {
			continue
		}
		if pt, ok := a.termAt(j, lexicon.Party); ok && pt.t1 <= t && plural(a.lowerSpan(pt.t0, pt.t1)) && !reportVerbs[a.lowerWord(pt.t1)] {
			return partyOf(pt.p.Value)
		}
	}
	return ""
}

// allZero reports whether every part says that no one was harmed ("No one
// was killed or injured").
func allZero(ps []part) bool {
	for _, p := range ps {
		if !p.zero {
			return false
		}
	}
	return true
}

// raisedBefore reports whether a verb of raising stands right before a
// toll word: "raising the death toll", "bringing the toll".
func (a *article) raisedBefore(t term) bool {
	for j := t.t0 - 1; j >= 0 && j >= t.t0-2; j-- {
		if tollRaise[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// inOldDeedClause reports whether token t stands in a relative clause on
// an attack noun that a date long past qualifies ("the 2008 attacks, in
// which gunmen killed 166 people": inRelativeOf, longAgo), or in a clause
// "when" hangs on such a date itself ("on alert since November 2008, when
// gunmen launched a raid": whenOf): what it counts, and who and what it
// names, are the old deed's, not the news's.
func (a *article) inOldDeedClause(t int32) bool {
	s := a.sents[a.sentOf[t]]
	b0, b1 := a.span(int32(s.First), int32(s.Last))
	lo, hi := a.dateRange(b0, b1)
	for k := lo; k < hi; k++ {
		if !a.longAgo(k) {
			continue
		}
		if a.attackDate(k) && a.inRelativeOf(t, a.datedNoun(k)) || a.whenOf(t, k) {
			return true
		}
	}
	return false
}

// whenOf reports whether token t stands in the clause that a relative
// "when" right after date k opens ("since November 2008, when 10 gunmen
// launched a raid on the city"): the clause tells what happened at that
// time, to the next punctuation.
func (a *article) whenOf(t int32, k int) bool {
	j := a.tokenAt(a.dates[k].End-1) + 1
	if a.word(j) == "," {
		j++
	}
	if a.lowerWord(j) != "when" || t <= j {
		return false
	}
	for i := j + 1; i < t; i++ {
		if a.breaksPhrase(i) {
			return false
		}
	}
	return true
}
