package extract

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// negativeFrames are the frames that make an article about something other
// than a new attack when both its headline and its lead use them.
var negativeFrames = lexicon.Words().Set("negative-frame") // lexicon/words.txt

// aftermathFrames are the negative frames that tell what follows a deed
// (an arrest, a trial, a release, a reopening), which a lead may tell
// beside the deed itself (freshDeedBeside).
var aftermathFrames = lexicon.Words().Set("aftermath-frame") // lexicon/words.txt

// noAgent are the trigger and weapon phrases that say something blew up
// without anyone doing it ("explosion", "blast").
var noAgent = lexicon.Words().Set("no-agent") // lexicon/words.txt

// similes are the words that make the frame word after them a comparison
// ("felt like an earthquake").
var similes = lexicon.Words().Set("simile-word") // lexicon/words.txt

// deliberateKill are the casualty phrases that name a deliberate killing:
// a doer, if unnamed.
var deliberateKill = lexicon.Words().Set("deliberate-kill") // lexicon/words.txt

// negativeFrame reports whether the article is about something other than
// a new attack: both its headline and its lead speak of a trial, an
// anniversary, a peace deal, a release, a foiled plot, a reopening, the
// economy, an election or an accident, or its lead tells a court's
// sentence ([sentence-verb]) under a headline that names no violence
// (quietHeadline); or its opening tells of a blast
// called an accident with no word of an attack, or of a harm the
// authorities say was no crime ("no foul play", "no crime was suspected")
// with no attacker or group named; or its opening tells of
// deaths, injuries or an explosion and of no one who caused them: no word
// of an attack, a weapon, a perpetrator, an armed group or a deliberate
// killing ("murdered", "slain"), nor, when the harm is an explosion, of a
// bomb further on (laterBomb). A frame word compared to ("felt like an
// earthquake") is no frame, and a device made to explode ("a bomb
// exploded") is an attack even beside an accident cue ("ammonium
// nitrate"). Political
// violence has a doer; a ferry that struck a pier, a mine explosion or a
// storm that killed two have none, and the model scores them high for
// their casualty words.
func (a *article) negativeFrame(ms []*mention) bool {
	var titleF, leadF, accident int
	attack, attacker, noCrime, leadTrial := false, false, false, false
	harm, doer, blast := false, false, false
	for si, s := range a.sents {
		b0, _ := a.span(int32(s.First), int32(s.Last))
		title := b0 < a.bodyStart
		if !title && s.Para > a.lead+2 {
			break
		}
		for _, t := range a.sentTerms(int32(si)) {
			switch t.p.Cat {
			case lexicon.Kill, lexicon.Injure:
				harm = true
				doer = doer || deliberateKill[t.p.Text]
			case lexicon.Trigger, lexicon.Weapon:
				switch {
				case noAgent[t.p.Text]:
					harm, blast = true, true
				case t.p.Cat == lexicon.Weapon && fuelWords[t.p.Text] && !a.fuelBurned(t):
					// "as residents were draining petrol from it": a fuel
					// no one used to burn names no doer
				default:
					doer = true
				}
			case lexicon.Kidnap:
				// "left five people missing": the missing of a blast or a
				// flood were taken by no one; "abducted" has its taker
				doer = doer || !missingWords[t.p.Text]
			case lexicon.Party:
				// "Police beat and killed a student": a force killing a
				// civilian is the doer (killsUnarmed)
				doer = doer || t.p.Value == record.Perpetrators || t.p.Value == record.SecurityForces && a.killsUnarmed(t.t1, true)
			}
			switch {
			case t.p.Cat == lexicon.Frame && negativeFrames[t.p.Value] && (a.doersDeed(t) || !a.harmedNext(t) && !a.personsPast(t)) && !a.simile(t) && !a.armedDeed(t) && !a.occasionOf(t) && !a.siteOfDeed(t):
				if title {
					titleF++
				} else if s.Para == a.lead && !(aftermathFrames[t.p.Value] && a.freshDeedBeside(int32(si))) {
					leadF++
					leadTrial = leadTrial || t.p.Value == "trial" && sentenceVerbs[strings.ToLower(t.p.Text)]
				}
				if t.p.Value == "accident" && !a.firedBefore(t) {
					accident++
				}
			case t.p.Cat == lexicon.Trigger && t.p.Value != "bombing" && t.p.Value != record.RemoteViolence:
				attack = true
			case t.p.Cat == lexicon.Trigger && t.p.Value == "bombing" && a.device(t):
				attack = true // "a bomb exploded": a bomb is made to explode; a gas tank that "blew up" is not
			case t.p.Cat == lexicon.Party && t.p.Value == record.Perpetrators:
				attack, attacker = true, true
			case t.p.Cat == lexicon.Frame && t.p.Value == "no-crime":
				noCrime = true
			}
		}
	}
	if noCrime && !attacker && len(a.groups) == 0 {
		return true // "injured in a shooting at his home ... no crime was suspected"
	}
	if (titleF > 0 && leadF > 0 || leadTrial && a.quietHeadline()) && !a.daysDeedOpens() {
		return true
	}
	if harm && !doer && len(a.groups) == 0 && !a.openingAgent() && !(blast && a.laterBomb()) {
		return true
	}
	return accident > 0 && !attack && len(a.groups) == 0 && !a.openingStated()
}

// quietHeadline reports whether the story has a headline and no word of
// violence stands in it (violenceCat): "ICC jails Malian Islamist for nine
// years over Timbuktu shrines" over "The International Criminal Court on
// Tuesday sentenced a former Islamist militant". A headline tells what the
// story is news of; one that names no attack, harm or abduction over a
// lead that tells a court's sentence is the story of a trial, whatever
// deed the court judged, as "PM apology over jailings" (BBC 2005) is
// over "the wrongful jailing of 11 people for IRA bomb attacks". A court
// named as the lead's noun is no sentence: "FIRED ON THE CAR OF A HIGH
// COURT JUDGE" under "LAWYERS LEAVE COURTS" tells the attack.
func (a *article) quietHeadline() bool {
	titled := false
	for si, s := range a.sents {
		if b0, _ := a.span(int32(s.First), int32(s.Last)); b0 >= a.bodyStart {
			break
		}
		titled = true
		for _, t := range a.sentTerms(int32(si)) {
			if violenceCat(t.p.Cat) {
				return false
			}
		}
	}
	return titled
}

// freshDeedBeside reports whether lead sentence si, besides its frame
// word, tells an attack done (an attack word asserted, one that needs a
// doer) together with its toll (countedHarmIn), and dates nothing in it
// more than a week before publication: "claimed the attack in which a
// truck ploughed into a crowded Christmas market, killing 12 people, as
// police released the only suspect"; "troops released a son of a drug
// lord after cartel gunmen laid siege to the city, in hours of fighting
// that left eight people dead". The release, arrest or trial is news
// beside a deed the lead tells afresh; a trial or an anniversary that
// recalls its deed dates it ("the 2016 attack that killed 12").
func (a *article) freshDeedBeside(si int32) bool {
	if !a.countedHarmIn(si) {
		return false
	}
	b0, b1 := a.sentBytes(si)
	lo, hi := a.dateRange(b0, b1)
	for k := lo; k < hi; k++ {
		d := a.dates[k]
		if a.pub.IsZero() || d.Precision == record.PrecisionYear || !within(d, a.pub, 7) {
			return false
		}
	}
	for _, t := range a.sentTerms(si) {
		if t.p.Cat == lexicon.Trigger && !noAgent[t.p.Text] && a.asserted(t.t0) {
			return true
		}
	}
	return false
}

// daysDeedOpens reports whether the lead names a deed done by its day
// in a possessive, a day of the week before publication ("arrested two
// more men in connection with Monday's suicide bombing at a concert"), and
// the story counts its harm ("that killed 22 people"). Arrests, a trial's
// first hearing or a reopening that follow it are its aftermath, and the
// deed itself, days old, is news the frame does not take away: a foiled
// plot or an old attack has no such deed, dated and counted.
func (a *article) daysDeedOpens() bool {
	deed := false
	for si, s := range a.sents {
		if b0, _ := a.span(int32(s.First), int32(s.Last)); b0 >= a.bodyStart && s.Para == a.lead && a.daysDeedIn(int32(si)) {
			deed = true
			break
		}
	}
	if !deed {
		return false
	}
	for si := range a.sents {
		if a.countedHarmIn(int32(si)) {
			return true
		}
	}
	return false
}

// daysDeedIn reports whether sentence si names a deed by its day in a
// possessive, a day of the week before publication, on an attack word
// that needs a doer ("Monday's suicide bombing", not "Monday's blast"),
// or by that day counted back from the frame's to the deed an ordering
// preposition leads to ("reopened on Wednesday, two days after a bomb
// tore through the crowd": [order-prep]).
func (a *article) daysDeedIn(si int32) bool {
	s := a.sents[si]
	b0, b1 := a.span(int32(s.First), int32(s.Last))
	lo, hi := a.dateRange(b0, b1)
	for k := lo; k < hi; k++ {
		d := a.dates[k]
		if d.Start < a.datelineEnd {
			continue
		}
		t1 := a.tokenAt(d.End-1) + 1
		if d.Precision != record.PrecisionDay || d.Future || a.pub.IsZero() || !within(d, a.pub, 7) || !a.pub.After(d.Day) {
			continue
		}
		if orderPreps[a.lowerWord(t1-1)] {
			// "reopened, two days after a bomb tore through the crowd":
			// a day counted back from the frame's to a deed that needs a
			// doer, told as its clause's subject or object
			if a.doerDeedAhead(t1, t1+4, false) {
				return true
			}
			continue
		}
		if !a.possessiveAt(t1) {
			continue
		}
		// the possessed noun phrase's attack word ("Monday's suicide
		// bombing"), not a blast or a fire no one need have set
		if a.doerDeedAhead(t1+2, t1+6, true) {
			return true
		}
	}
	return false
}

// doerDeedAhead reports whether the first attack word among the words
// from token j0 up to j1 (and up to a [phrase-stop] when phrase) needs a
// doer and is asserted (daysDeedIn).
func (a *article) doerDeedAhead(j0, j1 int32, phrase bool) bool {
	for j := j0; j < j1 && int(j) < len(a.toks) && a.toks[j].Kind == text.Word && !(phrase && stopWords[a.lowerWord(j)]); j++ {
		if tr, ok := a.termAt(j, lexicon.Trigger); ok {
			return !noAgent[tr.p.Text] && a.asserted(tr.t0)
		}
	}
	return false
}

// countedHarmIn reports whether sentence si counts people killed or
// hurt: a word of killing or injury, asserted, with a number near it
// ("that killed 22 people", "22 people were killed").
func (a *article) countedHarmIn(si int32) bool {
	for _, t := range a.sentTerms(si) {
		if (t.p.Cat != lexicon.Kill && t.p.Cat != lexicon.Injure) || !a.asserted(t.t0) {
			continue
		}
		for j := max(t.t0-4, 0); j < t.t1+4 && int(j) < len(a.toks); j++ {
			if _, ok := a.numberAt(j); ok && !a.inDate(j) {
				return true
			}
		}
	}
	return false
}

// afterSubhead returns the mentions of ms that follow a subhead below
// the opening, or none. A paper that gathers stories under one headline
// sets each further one under a subhead of its own ("Gunned down"): a
// short line of at most four words, capitalised, with no end stop. The
// opening's frame (a mine's gas blast, a trial) is the first story's; the
// story under the subhead is told anew and stands or falls on its own
// words.
func (a *article) afterSubhead(ms []*mention) []*mention {
	if a.cs != text.Mixed || a.lead < 0 {
		return nil
	}
	for si := range a.sents {
		s := a.sents[si]
		if s.Para <= a.lead || !a.subhead(int32(si)) {
			continue
		}
		var out []*mention
		for _, m := range ms {
			if m.sent > int32(si) {
				out = append(out, m)
			}
		}
		return out
	}
	return nil
}

// subhead reports whether sentence si is a paragraph of its own of one
// to four words, the first capitalised, with no end stop.
func (a *article) subhead(si int32) bool {
	s := a.sents[si]
	if si > 0 && a.sents[si-1].Para == s.Para || int(si)+1 < len(a.sents) && a.sents[si+1].Para == s.Para {
		return false
	}
	words := 0
	for j := int32(s.First); j < int32(s.Last); j++ {
		switch a.toks[j].Kind {
		case text.Word:
			words++
		default:
			return false // an end stop, a comma, a quotation mark: a sentence, not a heading
		}
	}
	return words >= 1 && words <= 4 && a.toks[s.First].Has(text.Cap)
}

// openingStated reports whether a sentence of the headline or the first
// paragraphs states an attack with its armed agent (agentBacked): "IRAQ
// SAYS IT SANK IRANIAN BOATS" above "Iraqi helicopters sank three
// Iranian boats" is a raid, though the headline's word is a shipwreck's.
func (a *article) openingStated() bool {
	for si, s := range a.sents {
		if b0, _ := a.span(int32(s.First), int32(s.Last)); b0 >= a.bodyStart && s.Para > a.lead+2 {
			break
		}
		if a.agentBacked(int32(si)) {
			return true
		}
	}
	return false
}

// laterBomb reports whether the story, past its opening, says that a
// bomb or an explosive was used or names perpetrators, and nowhere calls
// its event an accident: an opening that tells only of explosions and the
// wounded ("three explosions occurred last night ... five people were
// wounded") reports an attack whose doer the first paragraphs do not yet
// know, when the story goes on to the bomb ("a bomb of 100 kg of dynamite
// placed in a truck"). A plant that made explosives and blew up by
// accident is still an accident.
func (a *article) laterBomb() bool {
	bomb := false
	for si, s := range a.sents {
		b0, _ := a.span(int32(s.First), int32(s.Last))
		later := b0 >= a.bodyStart && s.Para > a.lead+2
		for _, t := range a.sentTerms(int32(si)) {
			switch {
			case t.p.Cat == lexicon.Frame && t.p.Value == "accident" && !a.simile(t):
				return false
			case !later:
			case t.p.Cat == lexicon.Weapon && explosiveKind(t.p.Value) && !noAgent[t.p.Text]:
				bomb = true
			case t.p.Cat == lexicon.Party && t.p.Value == record.Perpetrators:
				bomb = true
			}
		}
	}
	return bomb
}

// armedWith reports whether sentence si describes someone as "armed
// with" a weapon the lexicon knows ("a 46-year-old man, armed with an
// assault rifle and three handguns"): the one who bore the weapon is
// named with it, a doer stated though no word of an armed group is.
func (a *article) armedWith(si int32) bool {
	s := a.sents[si]
	for j := int32(s.First); j+2 < int32(s.Last); j++ {
		if a.lowerWord(j) != "armed" || a.lowerWord(j+1) != "with" {
			continue
		}
		for k := j + 2; k < int32(s.Last) && k <= j+4; k++ {
			if _, ok := a.termAt(k, lexicon.Weapon); ok {
				return true
			}
		}
	}
	return false
}

// device reports whether the bombing word t names a device made to
// explode, a weapon as well as an attack ("bomb", "grenade", "explosive
// device"), not an event that befalls a gas tank too ("blast", "blew up",
// "went off") nor a material ("explosives").
func (a *article) device(t term) bool {
	w, ok := a.termAt(t.t0, lexicon.Weapon)
	return ok && w.t1 == t.t1 && !noAgent[t.p.Text]
}

// simile reports whether the frame word t is what something is compared
// to, after "like" and an article: "it felt like an earthquake" tells of
// no earthquake.
func (a *article) simile(t term) bool {
	first := int32(a.sents[a.sentOf[t.t0]].First)
	j := t.t0 - 1
	if j > first && articleWords[a.lowerWord(j)] {
		j--
	}
	return j >= first && similes[a.lowerWord(j)]
}

// harmedNext reports whether the frame word t names the one harmed, with
// a word of killing or wounding right before it in its clause ("gunmen
// killed a judge", "shot dead a judge") or right after it ("Judge killed
// in Peshawar", "a judge was wounded"): a judge who is the victim makes
// the story an attack, not a trial. Abduction does not count: "hostage
// freed" is the release frame's own subject. A word of remembrance takes
// the dead after it as its object ("to remember 202 people killed two
// years ago", "a memorial to those killed"): only a harm before it
// ("killed at a memorial service") makes the attack. Before an
// anniversary's word, a noun of the dead that no number counts names the
// dead remembered ("France honours Charlie Hebdo dead ten years after
// attack"), not a new harm: a new one is told by its verb or its count
// ("Bomb kills five", "five dead").
func (a *article) harmedNext(t term) bool {
	first, last := int32(a.sents[a.sentOf[t.t0]].First), int32(a.sents[a.sentOf[t.t0]].Last)
	for j := t.t0 - 1; j >= first && j >= t.t0-3; j-- {
		if a.clauseBreak(j) {
			break
		}
		if a.harmAt(j) && !(t.p.Value == "anniversary" && a.uncountedDead(j)) {
			return true
		}
	}
	after := !a.chargeNext(t) && t.p.Value != "anniversary" // a charge's harm, or the dead remembered, are no victim of the frame word
	for j := t.t1; after && j < last && j < t.t1+3; j++ {
		if a.clauseBreak(j) {
			break
		}
		if a.harmAt(j) {
			return true
		}
	}
	// "Gunmen open fire on judge's car", "an attack on a judge": the frame
	// word is what an attack word was aimed at
	j := t.t0 - 1
	if j > first && articleWords[a.lowerWord(j)] {
		j--
	}
	if w := a.lowerWord(j); j > first && (w == "on" || w == "against") {
		if u, ok := a.termEndingAt(j, lexicon.Trigger); ok && !noAgent[u.p.Text] {
			return true
		}
	}
	return false
}

// uncountedDead reports whether token j is a noun of the dead
// ([death-noun]: "dead", "deaths") with no number right before it: the
// dead as a people remembered ("Charlie Hebdo dead", "the dead"), not a
// toll ("five dead").
func (a *article) uncountedDead(j int32) bool {
	if !deathNouns[a.lowerWord(j)] {
		return false
	}
	if j == 0 {
		return true
	}
	_, counted := a.numberAt(j - 1)
	return !counted
}

// chargeNext reports whether the frame word t is a court's word that
// names the charge after a preposition of [charge-prep] ("charged with
// murder", "convicted of killing", "jailed for the murder of"), or the
// penalty after "to" ("sentenced to death"): the harm after it is what
// the accused is tried for or will suffer, no victim of this story's.
func (a *article) chargeNext(t term) bool {
	return t.p.Value == "trial" && (chargePreps[a.lowerWord(t.t1-1)] || chargePreps[a.lowerWord(t.t1)])
}

// chargePreps open the charge after a court's word.
var chargePreps = lexicon.Words().Set("charge-prep") // lexicon/words.txt

// armedDeed reports whether the frame word t belongs to an attack told
// with its armed agent: a mishap's verb whose subject is the agent
// ("Iraqi helicopters sank three Iranian boats": no shipwreck), or a
// word in the object of such an attack word, in its clause ("Iraqi
// planes hit economic targets in Isfahan": what was struck, not the
// economy the article is about). Without the agent the word keeps its
// frame: "the ferry sank", "economic targets for 1987".
func (a *article) armedDeed(t term) bool {
	if t.p.Value == "accident" && a.headedByAgent(t) {
		return true // what befalls a ship or a plane is an attack when armed men do it
	}
	if a.doersDeed(t) {
		return false // "shot dead in a bank raid": the robbery is the deed the shooting was in, no thing it struck
	}
	if !a.struckThing(t) {
		return false
	}
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for j := t.t0 - 1; j >= first && j >= t.t0-objectReach; j-- {
		if a.clauseBreak(j) || a.lowerWord(j) == "by" || ownPronouns[a.lowerWord(j)] {
			return false // "the army hit its economic targets": its own goals, met
		}
		if a.deviceDid(j) {
			return true
		}
		u, ok := a.termAt(j, lexicon.Trigger)
		if !ok || u.t1 > t.t0 || noAgent[u.p.Text] {
			if !attackVerbs[a.lowerWord(j)] {
				continue
			}
			u = term{t0: j, t1: j + 1}
		}
		// an active word, whose object follows: "hotels that were stormed
		// by militants have re-opened" tells the reopening
		if !a.passiveBefore(u) && a.doerOf(u) {
			return true
		}
	}
	return false
}

// deviceDid reports whether token j is a verb whose subject is a device
// made to explode, right before it: "Bomb wrecks electoral offices", "a
// car bomb damaged the election commission". What a bomb does to a thing
// it does as an attack, whatever the verb; a verb is told by its ending
// ("bomb scare" is no deed), and not an auxiliary ("a bomb was found
// at the election office" tells of no deed yet). "Explosion" and "blast" are no device: a
// gas main's blast wrecks too.
func (a *article) deviceDid(j int32) bool {
	w := a.lowerWord(j)
	if !strings.HasSuffix(w, "s") && !pastTense(w) || auxiliaries[w] || !a.asserted(j) {
		return false
	}
	u, ok := a.termEndingAt(j, lexicon.Weapon)
	return ok && !noAgent[u.p.Text] && a.device(u)
}

// deviceStruck reports whether the bombing word t names a device that did
// a deed: the subject of a verb in the past ("a bomb destroyed the booth",
// deviceDid) or the agent after "by" of a past participle ("the booth was
// destroyed by a bomb", "offices damaged by two bombs", "caused by a
// bomb"). A bomb named alone may be one found or feared; one that wrecked
// something went off, which says an attack happened though no other word
// of the article is violent. Only the past tense counts: "two bomb threats
// forced" has a noun where a present verb would stand.
func (a *article) deviceStruck(t term) bool {
	if !a.device(t) {
		return false
	}
	s := a.sents[a.sentOf[t.t0]]
	if t.t1 < int32(s.Last) && pastTense(a.lowerWord(t.t1)) && a.deviceDid(t.t1) {
		return true
	}
	j := t.t0 - 1
	for k := 0; k < 2 && j > int32(s.First) && a.toks[j].Kind == text.Word && a.lowerWord(j) != "by"; k++ {
		j-- // "by a bomb", "by two powerful bombs"
	}
	if j <= int32(s.First) || a.lowerWord(j) != "by" {
		return false
	}
	v := a.lowerWord(j - 1)
	return a.toks[j-1].Kind == text.Word && strings.HasSuffix(v, "ed") && !auxiliaries[v] && a.asserted(j-1)
}

// explosive reports whether the trigger t is also the name of an
// explosive ("bomb", "grenade", "car bomb"): a thing made to go off,
// where "air raids" name a deed and no device.
func (a *article) explosive(t term) bool {
	w, ok := a.termAt(t.t0, lexicon.Weapon)
	return ok && w.t1 == t.t1 && explosiveKind(w.p.Value)
}

// explosiveKind reports whether weapon value v names a thing made to
// explode: explosives, or a vehicle bomb.
func explosiveKind(v string) bool { return v == "explosives" || v == "vehicle_bomb" }

// pastTense reports whether word w is a verb's past tense by its form: an
// "-ed" ending, or one of the irregular pasts ("a roadside bomb hit a
// bus", "a shell struck the school").
func pastTense(w string) bool { return strings.HasSuffix(w, "ed") || irregularPasts[w] }

// struckThing reports whether the frame word t names a thing somewhere,
// as what is struck is: another state's (a demonym right before it,
// "IRANIAN ECONOMIC TARGETS") or placed by the place after it in its
// clause ("economic targets in the Iranian city of Tabriz"); "economic
// targets for road building" are a plan's.
func (a *article) struckThing(t term) bool {
	if a.isDemonym(t.t0 - 1) {
		return true
	}
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	end := t.t1
	for end < last && end < t.t1+roleWindow && !a.clauseBreak(end) {
		end++
	}
	lo, hi := a.placeRange(t.t1, end)
	return lo < hi
}

// headedByAgent reports whether the word t has for its subject an armed
// agent that ends right before it, past adverbs and a day ("Iraqi
// helicopters today sank"): the head of the subject, not a word that
// qualifies it ("a Chilean navy ship sank" is the ship's mishap).
func (a *article) headedByAgent(t term) bool {
	if !a.asserted(t.t0) || a.passiveBefore(t) {
		return false
	}
	first := int32(a.sents[a.sentOf[t.t0]].First)
	j := t.t0 - 1
	for j > first && (adverbs[a.lowerWord(j)] || a.inDate(j)) {
		j--
	}
	if j < first {
		return false
	}
	_, ok := a.agentAt(j)
	return ok
}

// objectReach is how far after an attack word its object's words may
// stand: "hit Iran's economic targets".
const objectReach = 5

// doersDeed reports whether the frame word t names the doers' own deed
// or the doers, as a robbery's words do ("Bank robbers massacre 10",
// "armed men who robbed a bank"): a harm next to it is what the robbers
// did and a relative clause on a person is the story's deed, not a
// victim's past, so neither takes the frame away as they do a judge's
// ("Judge killed", "a judge who had sentenced").
//
// A force of nature or a wild animal is the doer when it is the subject
// of the harm (natureDeed): "Earthquake kills 2,000".
func (a *article) doersDeed(t term) bool { return t.p.Value == "robbery" || a.natureDeed(t) }

// perfectAuxiliaries are the forms of "have" between a subject and its
// verb ("floods have killed").
var perfectAuxiliaries = lexicon.Words().Set("perfect-auxiliary") // lexicon/words.txt

// natureDeed reports whether the frame word t, a force of nature (the
// accident frame's "earthquake", "floods") or a wild animal (the animal
// frame), is the subject of a word of violence or harm right after it,
// past auxiliaries of the perfect and adverbs: "Earthquakes kill more
// than 2,000", "monsoon floods have killed", "a shark attacked and
// killed two swimmers", "elephants attacked a village". The harm is
// then nature's doing, with no one who did it, however many groups the
// story names in passing; a harm done to the frame word's people ("flood
// victims were shot") has another word between them.
func (a *article) natureDeed(t term) bool {
	if t.p.Value != "accident" && t.p.Value != "animal" {
		return false
	}
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	for j := t.t1; j < last && j < t.t1+3; j++ {
		if w := a.lowerWord(j); perfectAuxiliaries[w] || adverbs[w] {
			continue
		}
		_, trigger := a.termAt(j, lexicon.Trigger)
		return trigger || a.harmAt(j)
	}
	return false
}

// personsPast reports whether the frame word t tells what someone had
// done before the story, not what the story is about: the verb of a
// relative clause on a person ("a judge who had sentenced a drug lord",
// "Judge who jailed drug lord shot dead") or a verb in the past perfect
// ("She had sentenced him to 30 years"). The victim's past is no trial,
// release or anniversary of this story's.
func (a *article) personsPast(t term) bool {
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for j := t.t0 - 1; j >= first && j >= t.t0-3; j-- {
		switch w := a.lowerWord(j); {
		case w == "had" || w == "who":
			return true
		case !adverbs[w]:
			return false
		}
	}
	return false
}

// termEndingAt returns a term of category c that ends at token j.
func (a *article) termEndingAt(j int32, c lexicon.Category) (term, bool) {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if u, ok := a.termAt(k, c); ok && u.t1 == j {
			return u, true
		}
	}
	return term{}, false
}

// harmAt reports whether a word of killing or wounding starts at token j.
func (a *article) harmAt(j int32) bool {
	_, kill := a.termAt(j, lexicon.Kill)
	_, injure := a.termAt(j, lexicon.Injure)
	return kill || injure
}

// openingAgent reports whether the headline or the first paragraphs name
// an armed agent (troops, warplanes, gunmen: agentAt), whether as the one
// who strikes or as the side that lost men: either way the deaths are of
// an armed conflict ("troops killed 1,269 Libyan soldiers").
func (a *article) openingAgent() bool {
	for _, s := range a.sents {
		b0, _ := a.span(int32(s.First), int32(s.Last))
		if b0 >= a.bodyStart && s.Para > a.lead+2 {
			break
		}
		for j := int32(s.First); j < int32(s.Last); j++ {
			if typ, ok := a.agentAt(j); ok && !(typ == record.Riot && unarmedCrowds[a.lowerWord(j)] && !a.crowdStrikes(j)) {
				return true
			}
		}
	}
	return false
}

// crowdStrikes reports whether the crowd word at token j is the subject
// of a verb of attack or of storming ("a crowd torched the police
// station", "crowds stormed the offices"): a crowd riots only by what it
// does, and "as crowd siphoned fuel" names people at the scene of an
// accident, not an armed agent.
func (a *article) crowdStrikes(j int32) bool {
	return a.strikes(j) || stormVerbs[a.lowerWord(j+1)]
}

// fuelWords name a fuel among the incendiary weapons ([fuel-word]:
// "petrol", "gasoline").
var fuelWords = lexicon.Words().Set("fuel-word") // lexicon/words.txt

// douseVerbs tell of wetting with a fuel to burn ([douse-verb]).
var douseVerbs = lexicon.Words().Set("douse-verb") // lexicon/words.txt

// fuelBurned reports whether the fuel word t is used to burn, in its
// sentence: a verb of dousing ("doused with petrol", "poured gasoline"),
// a verb of burning, or another incendiary weapon that is no fuel ("set
// alight", "torched"). Fuel a tanker carries or residents drain from it
// is no weapon, and names no doer.
func (a *article) fuelBurned(t term) bool {
	s := a.sents[a.sentOf[t.t0]]
	for j := int32(s.First); j < int32(s.Last); j++ {
		if w := a.lowerWord(j); douseVerbs[w] || burnVerbs[w] {
			return true
		}
	}
	for _, u := range a.sentTerms(a.sentOf[t.t0]) {
		if u.p.Cat == lexicon.Weapon && u.p.Value == t.p.Value && !fuelWords[u.p.Text] {
			return true
		}
	}
	return false
}

// firedBefore reports whether a munition that is fired, not flown, is the
// subject of the accident word t, in its clause: "artillery shells crashed
// into a bus stop", "a rocket crashed into a house" tell where fire
// landed; "a fighter jet crashed into a hillside" is an accident.
func (a *article) firedBefore(t term) bool {
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for j := t.t0 - 1; j >= first && j >= t.t0-6; j-- {
		if a.clauseBreak(j) {
			return false
		}
		if u, ok := a.termAt(j, lexicon.Trigger); ok && u.p.Value == record.RemoteViolence {
			return !flown(a.lowerSpan(u.t0, u.t1))
		}
	}
	return false
}

// aircraftStems and aircraftPrefixes say which remote-violence triggers
// name a craft that flies (lexicon/words.txt).
var (
	aircraftStems    = lexicon.Words().List("aircraft-stem")
	aircraftPrefixes = lexicon.Words().List("aircraft-prefix")
)

// flown reports whether the lower-case trigger w names a craft that flies
// or a strike from the air rather than a munition that is fired.
func flown(w string) bool {
	for _, s := range aircraftStems {
		if strings.Contains(w, s) {
			return true
		}
	}
	for _, p := range aircraftPrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// topParas is how many paragraphs after the lead a news story's top runs
// to: the inverted pyramid tells the news there, and below it come the
// speeches, histories and generalities ("terrorists who place bombs")
// an article the model is unsure of is full of.
const topParas = 3

// statedWithDoer keeps the incidents whose type a sentence gives (the
// headline's or the body's) that states an attack together with the armed
// agent that made it ("U.S. naval forces attack Iranian oil platform",
// "Iraqi warplanes hit a tanker", "clashes with riot police"). It is the
// test an article the relevance model is unsure of must pass: who struck
// what, with or without casualties, is a strike reported, while the
// metaphors and histories the model doubts rarely name an armed doer.
// One such sentence must stand in the top of the story (topParas), not
// only in its opening: a strike story may open on its strikes and tell
// the students' clashes with the police in its fourth paragraph, and a
// reaction story opens on the reaction and tells the raid after it. Then
// another the story goes on to tell with its doer is news too ("Chad said
// yesterday its troops had overrun the garrison of Gouro" below a bombing
// told in the lead).
func (a *article) statedWithDoer(recs []record.Incident) []record.Incident {
	type span struct{ b0, b1 int }
	var stated []span
	inTop := false             // one of stated is in the top of the story
	kinds := map[string]bool{} // the attack kinds the stated sentences of the opening name
	for si, s := range a.sents {
		b0, b1 := a.span(int32(s.First), int32(s.Last))
		if a.agentBacked(int32(si)) {
			stated = append(stated, span{b0, b1})
			if b0 < a.bodyStart || a.lead >= 0 && s.Para == a.lead {
				for _, t := range a.sentTerms(int32(si)) {
					if t.p.Cat == lexicon.Trigger && a.asserted(t.t0) {
						kinds[t.p.Value] = true
					}
				}
			}
			if b0 < a.bodyStart || s.Para <= a.lead+topParas {
				inTop = true
			}
		}
	}
	if !inTop {
		// no attack with its doer in the top: what the story tells of one
		// below it is a speech's, a history's or a generality's
		stated = nil
	}
	at := func(e record.Evidence) int {
		if e.In == "title" {
			return e.Start
		}
		return e.Start + a.bodyStart
	}
	isStated := func(b int) bool {
		return slices.ContainsFunc(stated, func(sp span) bool { return sp.b0 <= b && b < sp.b1 })
	}
	inOpening := func(b int) bool { // the headline's or the lead's
		return b < a.bodyStart || a.lead >= 0 && a.sents[a.sentOf[a.tokenAt(b)]].Para == a.lead
	}
	statedInOpening := func(b int) bool { return isStated(b) && inOpening(b) }
	out := recs[:0]
	for _, r := range recs {
		k := slices.IndexFunc(r.Evidence, func(e record.Evidence) bool { return e.Field == "type" })
		if k < 0 {
			continue
		}
		typ := at(r.Evidence[k])
		// An incident the opening types (the headline or the lead) may
		// have its doer stated in the other: a headline's "ARTILLERY
		// SHELLS KABUL SUBURB" over "Moslem guerrillas shelled ...", a
		// headline's "SIKH EXTREMISTS KILL 14" over a lead whose doer
		// stands far from its "shot dead"; a headline's "KIDNAPPING" over
		// "... were kidnapped on June 17", the taken counted there; a
		// headline's "MISSILE ATTACK ON TANKER" over "A missile struck a
		// tanker ..., wounding three crewmen", the hurt counted there, its
		// doer unnamed. Below the opening, the doer named for a word of
		// arms may be another sentence's.
		opening := inOpening(typ)
		// The other way round, an attack the opening states with its doer
		// may be typed by a word of its means told below: "Al Shabaab
		// militants overran a camp" over "a suicide bomber drove a vehicle
		// packed with explosives into the gate": the record's doer is the
		// one the opening states the attack with, and its place the
		// headline's or that sentence's own (not its dateline: a lead on a
		// war's clashes "throughout the country" under a capital's
		// dateline states no one attack there).
		// An incident the opening types by the very kind of attack a
		// stated sentence of the opening names is that attack: "UN says
		// 32 killed ... in Cameroon fishermen-herder clashes" over
		// "Clashes between fishermen and cattle herders ... have killed
		// 32 people", its toll read from a later, fuller count.
		if isStated(typ) || opening && kinds[r.Type] || opening && slices.ContainsFunc(r.Evidence, func(e record.Evidence) bool {
			return (strings.HasPrefix(e.Field, "perpetrators[") || e.Field == "kidnapped" || countField(e.Field)) && isStated(at(e))
		}) || slices.ContainsFunc(r.Evidence, func(e record.Evidence) bool {
			return isPerpName(e.Field) && statedInOpening(at(e))
		}) && slices.ContainsFunc(r.Evidence, func(e record.Evidence) bool {
			return e.Field == "location" && (e.In == "title" || at(e) >= a.datelineEnd && statedInOpening(at(e)))
		}) {
			out = append(out, r)
		}
	}
	return out
}

// isPerpName reports whether evidence field f backs a perpetrator's name
// ("perpetrators[0]"), not its attribution or another of its values.
func isPerpName(f string) bool {
	return strings.HasPrefix(f, "perpetrators[") && strings.HasSuffix(f, "]")
}

// countField reports whether evidence field f backs a toll: "killed",
// "injured", or one party's share of either ("killed.civilians").
func countField(f string) bool {
	base, _, _ := strings.Cut(f, ".")
	return base == "killed" || base == "injured"
}

// agentBacked reports whether sentence si asserts an attack word (a
// trigger that names a doing, a word of killing, or a verb of
// [attack-verb]) with its armed agent: right before an active word, the
// noun phrase that is its subject ("U.S. naval forces attack", "Iraqi
// warplanes hit", "gunmen killed"), or after "by" of a
// passive one. The role rules look further (a clause); here a closer test
// is wanted, since "the navy unloads grain during a port strike" must not
// pass. A sentence that calls its event an accident states no attack,
// unless the accident's word is an armed agent's deed (armedDeed:
// "helicopters sank three boats"); an attack word told as not done, or
// joined by "and" to one, states none. A state or an armed side telling
// its own deed names its doer ("UNITA rebels said they had killed ...");
// one telling of a deed that befell it or that it answers ("KUWAIT SAYS
// ITS TANKER HIT BY MISSILE") states the deed as firmly (ownOrSuffered).
// So do a state's strike by its demonym told with its day ("an Iraqi air
// raid on Thursday"), a force killing a civilian ("Police beat and killed
// a student"), a bomb that did a deed ("A roadside bomb hit a bus":
// whoever planted it) and a weapon's wounds an office holder died of ("the
// presidential candidate has died from gunshot wounds"): the extractor
// gives these incidents a doer or a deed by the same readings, and a
// short breaking report the model is unsure of may say no more.
func (a *article) agentBacked(si int32) bool {
	s := a.sents[si]
	if a.accidentTold(si) {
		return false
	}
	hedgedEnd := int32(-1) // the end of the last attack word told as not done
	for _, t := range a.sentTerms(si) {
		if t.p.Cat == lexicon.Trigger && (!a.asserted(t.t0) || a.joinedTo(hedgedEnd, t.t0)) {
			hedgedEnd = t.t1 // "on condition that rebels stop attacking army posts and shelling its towns": neither was done
			continue
		}
		if t.p.Cat == lexicon.Trigger && !noAgent[t.p.Text] && (a.doerOf(t) || a.sidesOf(t)) {
			return true
		}
		if t.p.Cat == lexicon.Kill && (a.doerOf(t) || a.diedOfWounds(t) || a.asserted(t.t0) && a.armedWith(si)) {
			return true // "gunmen killed five policemen": the killing is the attack; "shot dead ... after a man, armed with an assault rifle, burst in": he did it
		}
		if t.p.Cat == lexicon.Trigger && a.explosive(t) && a.deviceStruck(t) {
			return true // "A roadside bomb hit a bus": whoever planted it, the device did the deed (deviceStruck)
		}
		if t.p.Cat == lexicon.Party && t.p.Value == record.SecurityForces && a.killsUnarmed(t.t1, true) {
			return true // "Police beat and killed a student": a force killing a civilian is the doer (killsUnarmed)
		}
		if t.p.Cat == lexicon.Trigger && t.p.Value == record.Clash && a.facesForces(t) {
			return true // "clashes with riot police": the police are one side, a crowd the other
		}
		if t.p.Cat == lexicon.Trigger && t.p.Value == record.Clash && a.fightBetweenKilled(si, t) {
			return true // "Clashes between fishermen and cattle herders have killed 32 people": the sides did it
		}
		if t.p.Cat == lexicon.Trigger && t.p.Value == record.Riot && a.riotTolled(si, t) {
			return true // "a riot and fire that killed 49 inmates": the crowd is in the word, the dead say it was done
		}
		if t.p.Cat == lexicon.Trigger && t.p.Value == record.Kidnapping && a.takenOnDay(t) {
			return true // "Glass and his companion were kidnapped on the coast road on June 17"
		}
	}
	if a.agentSubjectDid(si) {
		return true // "A suicide bomber drove a vehicle ... into a camp, killing dozens", "gunmen in eastern Ukraine have seized a bus"
	}
	for j := int32(s.First); j < int32(s.Last); j++ {
		if a.toks[j].Kind == text.Word && attackVerbs[a.lowerWord(j)] && (a.doerOf(term{t0: j, t1: j + 1}) || a.firedAt(j)) {
			return true
		}
		if a.toks[j].Kind == text.Word && a.bothSidesSubject(j) {
			return true // "Boko Haram and ISWAP fighters battle": both sides are the doers
		}
	}
	for _, t := range a.burnedTarget(si, map[int32]bool{}) {
		if a.asserted(t.t0) && !a.deniedAt(t.t0) {
			return true // "Soldiers burned houses in Mafa village yesterday": a burning with its armed agent and a target, as "torched" with its doer is
		}
	}
	if a.daysDeedIn(si) && a.countedHarmIn(si) {
		return true // "in connection with Monday's shooting at a mosque that killed three worshippers": a deed done, its day and its toll told
	}
	if len(a.foreignCaptures(si, nil)) > 0 {
		return true // "its troops had captured the Libyan outpost of Zouar"
	}
	// "Iran said it launched a new offensive", "Chad said its troops
	// had captured ...": a state telling its own deed names its doer
	// "Iran launched its northern offensive", "the U.S. destruction of an
	// Iranian oil platform": so does a state whose name is the subject
	// of a launched attack or the possessor of a deed of force
	lo, hi := a.placeRange(int32(s.First), int32(s.Last))
	for k := lo; k < hi; k++ {
		if p := &a.places[k]; p.country && !p.demonym && (a.tellsOwnDeed(si, p) || a.launchedAttackAt(p.t1) || a.stateDeedAt(p.t1) || a.toldFiredAt(si, p) || a.struckWithMunitionAt(p.t1)) {
			return true
		}
		// "protested over an Iraqi air raid on Thursday": a strike noun
		// only a state's forces make, its demonym the state (strikeNounAt,
		// as warAttackers reads it), told with its day
		if p := &a.places[k]; p.demonym && a.strikeNounAt(p.t1) && a.asserted(p.t1) {
			if t, ok := a.termAt(p.t1, lexicon.Trigger); ok && a.dayAfter(t.t1) {
				return true
			}
		}
	}
	// "UNITA rebels said they had killed 100 government soldiers": so
	// does an armed side, whoever it is
	for _, t := range a.sentTerms(si) {
		if t.p.Cat == lexicon.Party && t.p.Value == record.Perpetrators {
			if a.ownOrSuffered(si, t.t0, t.t1) {
				return true
			}
		}
	}
	b0, b1 := a.span(int32(s.First), int32(s.Last))
	glo, ghi := a.groupRange(b0, b1)
	for k := glo; k < ghi; k++ {
		g := a.groups[k]
		if t0, t1 := a.tokenAt(g.Start), a.tokenAt(g.End-1)+1; a.ownOrSuffered(si, t0, t1) {
			return true
		}
	}
	return false
}

// takenOnDay reports whether the kidnapping word t tells, in the passive,
// of people taken on a day its sentence names after it ("were kidnapped
// on the airport road on June 17"). A kidnapping needs no armed agent
// named to be one: taking people by force is a deed whoever did it, as a
// death is not, and a day of the week before publication tells a
// seizure reported as news, not the years of the hostages a story about
// them recalls ("the Americans kidnapped in Lebanon", "who was kidnapped
// on May 9, 1985").
func (a *article) takenOnDay(t term) bool {
	return a.asserted(t.t0) && a.passiveBefore(t) && a.dayAfter(t.t1)
}

// dayAfter reports whether the sentence of token t names, from t on, a
// day in the week up to publication: a deed told with its day is one
// reported as news ("kidnapped ... on June 17", "an Iraqi air raid on
// Thursday"), not a history or a generality ("Iranian missile attacks in
// the Gulf war zone").
func (a *article) dayAfter(t int32) bool {
	s := a.sents[a.sentOf[t-1]]
	_, b1 := a.span(int32(s.First), int32(s.Last))
	lo, hi := a.dateRange(int(a.toks[t-1].End), b1)
	for _, d := range a.dates[lo:hi] {
		if d.Precision == record.PrecisionDay && !d.Future && (a.pub.IsZero() || within(d, a.pub, 7)) {
			return true
		}
	}
	return false
}

// diedOfWounds reports whether the death word t is told, asserted, as
// caused by a weapon's wounds ("has died from gunshot wounds", "died of
// bullet wounds") of a victim the clause before it names by a political
// office ("the presidential candidate"): a weapon that wounds was used
// by someone, and a public figure shot dead is an assassination, as a
// kidnapping is a deed whoever took the hostages (takenOnDay). A man
// with no office who dies of his wounds may be a crime's or an
// accident's victim.
func (a *article) diedOfWounds(t term) bool {
	if !a.asserted(t.t0) {
		return false
	}
	if w := a.lowerWord(t.t1); w != "from" && w != "of" {
		return false
	}
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	weapon := false
	for j := t.t1 + 1; j < min(last, t.t1+3) && !weapon; j++ {
		_, weapon = a.termAt(j, lexicon.Weapon)
	}
	if !weapon {
		return false
	}
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for j := t.t0 - 1; j >= first && j >= t.t0-roleWindow; j-- {
		if a.hasTerm(j, lexicon.Title, "") {
			return true
		}
		if w := a.lowerWord(j); a.toks[j].Kind == text.Punct && w != "," && w != "-" && w != "(" && w != ")" {
			return false
		}
	}
	return false
}

// stateDeeds are nouns of a deed of force that a state's name before them
// makes its own ("U.S. destruction of", "Iraq's attack on").
var stateDeeds = lexicon.Words().Set("state-deed") // lexicon/words.txt

// stateDeedAt reports whether a deed of stateDeeds, asserted, starts at
// token j right after a country's name, its possessive or a force noun of
// it ("the U.S. military attack on", "Israel's air raids on"), and strikes a
// physical target named after "of", "on" or "against": "U.S. destruction
// of an Iranian oil platform", "Iraq's attack on a tanker". The name of a
// state stands for its forces there as a demonym does not ("Iranian
// attacks" are as often a generality); the target keeps out the
// politics and trade a state "attacks" ("Japan's attack on the deficit").
// Only the body's grammar is read so: a headline drops the words that
// show a deed governed by the reaction that is its news ("JAPAN
// UNDERSTANDS U.S. ATTACK ON OIL PLATFORM"), and a reaction word before
// the deed makes it one told again ("condemned the U.S. attack on").
func (a *article) stateDeedAt(j int32) bool {
	if int(j)+2 < len(a.toks) && (a.word(j) == "'" || a.word(j) == "’") && a.lowerWord(j+1) == "s" {
		j += 2
	}
	if int(j)+1 < len(a.toks) && forceNouns[a.lowerWord(j)] && stateDeeds[a.lowerWord(j+1)] {
		j++ // "the U.S. military attack on", "Israel's air raids on": the state's arm, its deed
	}
	if int(j)+2 >= len(a.toks) || int(a.toks[j].Start) < a.bodyStart || !stateDeeds[a.lowerWord(j)] || !a.asserted(j) {
		return false
	}
	if _, ok := a.reactionOf(term{t0: j, t1: j + 1}); ok {
		return false
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	switch a.lowerWord(j + 1) {
	case "of", "on", "against":
	default:
		return false
	}
	from := j + 2
	if _, ok := a.numberAt(from); determiners[a.lowerWord(from)] || ok {
		from++ // "the", "its", "two"
	}
	return a.phraseHead(from, min(last, from+5), func(k int32) bool {
		_, target := a.termAt(k, lexicon.Target)
		return target || attackTargets[a.lowerWord(k)] || offshoreWorks[a.lowerWord(k)]
	})
}

// struckWithMunitionAt reports whether an attack verb at token j, past
// a form of "have" ([perfect-auxiliary]), asserted, strikes an object
// with a munition named after "with" in its clause, and its sentence
// gives the day: "Russia attacked Kyiv with waves of drones overnight",
// "Iran struck the base with ballistic missiles on Sunday". A state that
// is the subject of such a verb is its armed doer as a force noun is:
// the instrument shows the attack is of arms, not of trade or words
// ("attacked the deficit with tariffs"), and the day makes it a deed
// reported as news, not the accusation of a campaign ("Iran has attacked
// several ships with land-based missiles", as toldFiredAt).
func (a *article) struckWithMunitionAt(j int32) bool {
	if int(j) >= len(a.toks) || int(a.toks[j].Start) < a.bodyStart {
		return false
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	if perfectAuxiliaries[a.lowerWord(j)] {
		j++ // "Iran has struck"
	}
	if j >= last || !a.asserted(j) || a.deniedAt(j) {
		return false
	}
	if _, ok := a.termAt(j, lexicon.Trigger); !ok && !attackVerbs[a.lowerWord(j)] {
		return false
	}
	for k := j + 1; k < last && k < j+11; k++ {
		if a.word(k) == "," {
			// "attacked the Ukrainian capital, Kyiv, with": past an
			// apposition closed by a second comma a few words on
			if e := slices.IndexFunc(a.toks[k+1:min(last, k+5)], func(t text.Token) bool { return t.Kind == text.Punct }); e > 0 && a.word(k+1+int32(e)) == "," {
				k += 1 + int32(e)
				continue
			}
		}
		if a.clauseBreak(k) {
			return false
		}
		if a.lowerWord(k) != "with" {
			continue
		}
		// "with waves of drones", "with dozens of missiles", "with two
		// cruise missiles": the munition heads the phrase within a few words
		for h := k + 1; h < last && h < k+6 && !a.clauseBreak(h); h++ {
			if munitionNouns[a.lowerWord(h)] {
				return a.dayAfter(j + 1)
			}
		}
		return false
	}
	return false
}

// toldFiredAt reports whether the country named by place mention p tells
// that another state fired a weapon at a target: "Kuwait said Iran fired
// a missile at a Kuwaiti-flagged tanker". The state that fires is the
// subject of the verb, a state as firm a doer as a force noun is, and the
// state that tells is the one the deed befell or a neighbour of it, not
// an unnamed "source" retelling a test shot at a hulk. Told with its day
// (dayAfter), the shot is news; without one ("IRAQ SAYS IRAN FIRED
// LAND-BASED MISSILES AT SHIPS") it is an accusation of a campaign.
func (a *article) toldFiredAt(si int32, p *placeMention) bool {
	last := int32(a.sents[si].Last)
	j := a.actorVerb(p.t1, last)
	if !sayVerbs[a.lowerWord(j)] {
		return false
	}
	k := a.pastSaying(j+1, last)
	lo, hi := a.placeRange(k, k+1)
	for q := lo; q < hi; q++ {
		if d := &a.places[q]; d.country && !d.demonym && a.lowerSpan(d.t0, d.t1) != a.lowerSpan(p.t0, p.t1) && a.firesWeaponAt(d.t1, last) && a.dayAfter(d.t1) {
			return true
		}
	}
	return false
}

// firesWeaponAt reports whether a verb of firing at token j, past "had"
// or "has", has a weapon for its object and a target after "at" or "on":
// "fired a missile at a tanker", "had fired two Silkworm missiles at an
// oil terminal".
func (a *article) firesWeaponAt(j, last int32) bool {
	if w := a.lowerWord(j); w == "had" || w == "has" {
		j++
	}
	if j >= last || !fireVerbs[a.lowerWord(j)] || !a.asserted(j) {
		return false
	}
	weapon := false
	for k := j + 1; k < last && k < j+8; k++ {
		if a.clauseBreak(k) {
			return false
		}
		if t, ok := a.termAt(k, lexicon.Trigger); ok && t.p.Value == record.RemoteViolence || a.hasTerm(k, lexicon.Weapon, "") {
			weapon = true
			continue
		}
		if w := a.lowerWord(k); weapon && (w == "at" || w == "on") {
			// the target's noun phrase, its flag or registry before it
			// ("a Liberian-registered tanker")
			for h := k + 1; h < last && h < k+7 && !a.clauseBreak(h); h++ {
				if _, target := a.termAt(h, lexicon.Target); target || attackTargets[a.lowerWord(h)] || offshoreWorks[a.lowerWord(h)] {
					return true
				}
				if eventPreps[a.lowerWord(h)] {
					return false
				}
			}
			return false
		}
	}
	return false
}

// sidesOf reports whether the fight word t names its two sides after
// "between" ("heavy fighting raged between Iranian and Iraqi forces",
// "clashes between troops and rebels"): a battle's doers are both armies,
// and a communique that opens with them tells of that battle. Sides of
// one kind are named once, by a word that makes them two ("a riot
// between rival gangs", "clashes between warring factions"): a riot or
// a clash so told has its doers as well.
func (a *article) sidesOf(t term) bool {
	_, _, ok := a.sidesSpan(t)
	return ok
}

// sidesSpan is sidesOf that also returns where the sides' phrase lies:
// the token of "between" and the end (betweenSides), for a caller that
// places a force among them (clashSide).
func (a *article) sidesSpan(t term) (int32, int32, bool) {
	if (t.p.Value != record.Clash && t.p.Value != record.Riot) || !a.asserted(t.t0) {
		return 0, 0, false
	}
	b, end, ok := a.betweenSides(t)
	if !ok {
		return 0, 0, false
	}
	return b, end, a.armedSidesIn(b, end)
}

// armedSidesIn reports whether the sides' phrase after the "between" at
// b, up to end, names two sides and an armed one among them: "and" or a
// [two-sides] word joins them (twoJoined: "between rival gangs"), and one
// is an armed agent or a set of groups made two (setAsSides).
func (a *article) armedSidesIn(b, end int32) bool {
	for k := b + 1; k < end; k++ {
		if _, ok := a.agentAt(k); ok || a.setAsSides(k, b) {
			return a.twoJoined(b, end)
		}
	}
	return false
}

// twoJoined reports whether the sides' phrase after the "between" at b,
// up to end, names two: "and" joins them, or a [two-sides] word makes one
// plural noun two ("between rival clans").
func (a *article) twoJoined(b, end int32) bool {
	for k := b + 1; k < end; k++ {
		if w := a.lowerWord(k); w == "and" || twoSides[w] {
			return true
		}
	}
	return false
}

// setAsSides reports whether token k, after the "between" at b, is a
// plural noun of groups ([side-group]: "factions", "clans") that a word
// of [two-sides] at most three words before it makes two armed sides
// ("between two rival factions", "between rival armed clans", "between
// two drug trafficking groups"): such a phrase names the fight's doers as
// "between rival gangs" does.
func (a *article) setAsSides(k, b int32) bool {
	if !sideGroups[a.lowerWord(k)] {
		return false
	}
	for j := k - 1; j > b && j >= k-3; j-- {
		if twoSides[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// sideGroups are plural nouns of groups of people that a [two-sides] word
// makes the two sides of a fight (setAsSides).
var sideGroups = lexicon.Words().Set("side-group") // lexicon/words.txt

// twoSides are words that make of one plural noun two sides against each
// other ("rival gangs", "warring factions", "militia from two clans"), as
// "and" joins two.
var twoSides = lexicon.Words().Set("two-sides") // lexicon/words.txt

// fightBetweenKilled reports whether the clash word t of sentence si
// names its two sides after "between", joined by "and" or made two by a
// [two-sides] word ("between fishermen and cattle herders", "between
// rival clans"), and the sentence tells people killed: "Clashes between
// fishermen and cattle herders ... have killed 32 people" (sides 087; and,
// in text never tuned on, reuters21578-03650 "11 people died in clashes
// between Moslems and Christians"). Whoever the sides are, armed or not,
// a fight between them that killed is a deed its sides did, stated with
// its doers as "gunmen killed" is (agentBacked); sidesOf asks armed
// sides, since a clash with no dead may be one of words.
func (a *article) fightBetweenKilled(si int32, t term) bool {
	if !a.asserted(t.t0) {
		return false
	}
	b, end, ok := a.betweenSides(t)
	if !ok {
		return false
	}
	return a.twoJoined(b, end) && slices.ContainsFunc(a.sentTerms(si), func(u term) bool {
		return u.p.Cat == lexicon.Kill && a.asserted(u.t0)
	})
}

// betweenSides returns the token of "between" up to two words after the
// fight word t, and the end of the sides' phrase after it: at most eight
// tokens, to a break of the clause other than a comma (a list of sides
// has commas). sidesSpan reads the sides there; clashSide and fightSide
// place a force among them.
func (a *article) betweenSides(t term) (int32, int32, bool) {
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	for b := t.t1; b < min(last, t.t1+3); b++ {
		if a.lowerWord(b) == "between" {
			return b, a.sidesEnd(b, last), true
		}
	}
	return 0, 0, false
}

// sidesEnd is the end of the sides' phrase after the "between" at b, in a
// sentence that ends at last: at most eight tokens, to a break of the
// clause other than a comma (a list of sides has commas).
func (a *article) sidesEnd(b, last int32) int32 {
	end := b + 1
	for end < min(last, b+9) && !(a.clauseBreak(end) && a.word(end) != ",") {
		end++
	}
	return end
}

// firedAt reports whether the attack verb at token j ("hit", "struck")
// has for its subject, right before it, what is fired from afar
// ("Iraqi missiles hit Tehran", "artillery shells struck the port"): a
// strike with its weapon for doer. A capitalised name is not a weapon
// ("the Rockets hit back" is a team).
func (a *article) firedAt(j int32) bool {
	if !a.asserted(j) || a.passiveBefore(term{t0: j, t1: j + 1}) {
		return false
	}
	first := int32(a.sents[a.sentOf[j]].First)
	for k := j - 1; k >= first && k >= j-2; k-- {
		u, ok := a.termAt(k, lexicon.Trigger)
		if !ok || u.t1 != k+1 || u.p.Value != record.RemoteViolence {
			continue
		}
		return a.cs != text.Mixed || !a.toks[k].Has(text.Cap) || a.sentenceInitial(k)
	}
	return false
}

// doerOf reports whether the attack word t is asserted with its armed agent
// as its subject (at most three words before it) or, passive, after "by".
func (a *article) doerOf(t term) bool {
	if !a.asserted(t.t0) {
		return false
	}
	if a.passiveBefore(t) {
		_, ok := a.armedAttack(t, true)
		return ok
	}
	first := int32(a.sents[a.sentOf[t.t0]].First)
	if _, ok := a.agentBefore(t.t0, max(first, t.t0-3)); ok {
		return true
	}
	// "the destroyers Kidd, Young, Leftwich and Hoel fired": a craft's
	// noun before the names of its ships, which stand between it and
	// its verb
	if j := a.namesBefore(t.t0, first); j < t.t0-1 {
		_, ok := a.agentAt(j)
		return ok
	}
	return false
}

// namesBefore returns the token right before the list of capitalised
// names that ends at token t-1 ("Kidd, Young, Leftwich and Hoel",
// "Stark"), or t-1 when no name ends there; the list never starts the
// sentence, whose first word is capitalised anyway. Only mixed-case text
// tells a name by its capital.
func (a *article) namesBefore(t, first int32) int32 {
	if a.cs != text.Mixed {
		return t - 1
	}
	start := t
	for k := t - 1; k > first && k >= t-12; k-- {
		if a.toks[k].Kind == text.Word && a.toks[k].Has(text.Cap) && !a.sentenceInitial(k) {
			start = k
		} else if w := a.word(k); (w != "," && w != "and") || start != k+1 {
			break // a name is joined to the next by a comma or "and" only
		}
	}
	return start - 1
}

// accidentWords call what happened an accident by name.
var accidentWords = lexicon.Words().Set("accident-word") // lexicon/words.txt

// accidentalBlast reports whether the incident is an explosion that its
// own sentences call an accident ("killed in two accidental explosions",
// "the device detonated accidentally", "the blast was an accident") in a
// text that states no attack with its armed agent (agentBacked) anywhere:
// an accident has no doer to suspect, and a bomb that went off in the
// hands of those planting it attacked no one. The article-wide reading
// (negativeFrame) lets an armed group named in passing or a word of a
// device keep such an explosion; this one looks at the incident's own
// explosion words.
func (f *filler) accidentalBlast() bool {
	a := f.a
	if f.rec.Type != record.Bombing {
		return false
	}
	found := false
	for _, m := range f.current() {
		for _, t := range a.sentTerms(m.sent) {
			if a.accidentWord(t) && a.blastNear(t, false) {
				found = true
			}
		}
	}
	for si, s := range a.sents {
		if b0, _ := a.span(int32(s.First), int32(s.Last)); b0 >= a.bodyStart && s.Para > a.lead || found {
			break
		}
		// "Five men were killed in two accidental explosions": the
		// opening calls every explosion of the story an accident
		for _, t := range a.sentTerms(int32(si)) {
			if a.accidentWord(t) && a.blastNear(t, true) {
				found = true
			}
		}
	}
	if !found {
		return false
	}
	for si := range a.sents {
		if a.agentBacked(int32(si)) || a.placedDevice(int32(si)) {
			return false
		}
	}
	return true
}

// placedDevice reports whether sentence si tells of a device someone put
// in place, its verb in the past right before it ("militants had planted
// a bomb", "left an explosive device") or its participle with "by" after
// it ("a bomb planted by rebels"), and not of one that went off by
// accident: a bomb placed is an attack, whatever the first word of an
// accident said. One only tried for ("tried to plant an IED") was placed
// by no one.
func (a *article) placedDevice(si int32) bool {
	first, last := int32(a.sents[si].First), int32(a.sents[si].Last)
	for _, u := range a.sentTerms(si) {
		if u.p.Cat != lexicon.Weapon || !a.device(u) || a.accidentNear(u) {
			continue
		}
		j := u.t0 - 1
		if j >= first && (articleWords[a.lowerWord(j)] || determiners[a.lowerWord(j)]) {
			j--
		}
		if v := a.lowerWord(j); j >= first && pastTense(v) && !auxiliaries[v] && !noAgent[v] && a.asserted(j) {
			return true
		}
		if u.t1+1 < last && pastTense(a.lowerWord(u.t1)) && a.lowerWord(u.t1+1) == "by" {
			return true
		}
	}
	return false
}

// blastNear reports whether a word of an explosion ("explosions",
// "detonated", "went off") stands near the accident word t (nearTerms):
// the accident is the explosion's. With several, only a plural word
// counts ("two accidental explosions"): the accident of a set of blasts.
func (a *article) blastNear(t term, several bool) bool {
	for _, u := range a.sentTerms(a.sentOf[t.t0]) {
		if u.p.Cat == lexicon.Trigger && u.p.Value == record.Bombing && a.nearTerms(t, u) && (!several || plural(a.lowerWord(u.t1-1))) {
			return true
		}
	}
	return false
}

// accidentNear reports whether an accident word stands near term u
// (nearTerms): "the device detonated accidentally".
func (a *article) accidentNear(u term) bool {
	for _, t := range a.sentTerms(a.sentOf[u.t0]) {
		if a.accidentWord(t) && a.nearTerms(t, u) {
			return true
		}
	}
	return false
}

// accidentTold reports whether sentence si tells of an accident (a word
// of [frame accident] that no armed deed explains: "the cylinder
// exploded", not "gunmen set off a gas cylinder"): who died in it died of
// no one's violence.
func (a *article) accidentTold(si int32) bool {
	for _, t := range a.sentTerms(si) {
		if t.p.Cat == lexicon.Frame && t.p.Value == "accident" && !a.armedDeed(t) {
			return true
		}
	}
	return false
}

// accidentWord reports whether term t calls what happened an accident
// by name ([accident-word]), not in a comparison.
func (a *article) accidentWord(t term) bool {
	return t.p.Cat == lexicon.Frame && t.p.Value == "accident" && accidentWords[strings.ToLower(t.p.Text)] && !a.simile(t)
}

// nearTerms reports whether terms t and u of one sentence stand within three
// words of each other with no comma between.
func (a *article) nearTerms(t, u term) bool {
	lo, hi := min(u.t1, t.t1), max(u.t0, t.t0)
	if hi-lo > 3 {
		return false
	}
	for j := lo; j < hi; j++ {
		if a.word(j) == "," {
			return false
		}
	}
	return true
}

// occasionFrames are the negative frames a report of violence names as
// its occasion (occasionOf).
var occasionFrames = lexicon.Words().Set("occasion-frame") // lexicon/words.txt

// occasionPreps make a frame word after them the occasion of a deed.
var occasionPreps = lexicon.Words().Set("occasion-prep") // lexicon/words.txt

// occasionOf reports whether the frame word t, of [occasion-frame], names
// the occasion, cause or time of violence its sentence tells: after a
// word of [occasion-prep] up to four words before it in its clause
// ("fighting over a disputed local election", "killed two days before
// presidential and legislative elections", "on eve of vote") or right
// before an attack word ("election riots"), in a sentence with a word of
// harm or an attack word. Violence around a vote is reported as such;
// the election is then no topic that makes the story no attack.
func (a *article) occasionOf(t term) bool {
	if !occasionFrames[t.p.Value] {
		return false
	}
	s := a.sents[a.sentOf[t.t0]]
	first, last := int32(s.First), int32(s.Last)
	violent := false
	for j := first; j < last && !violent; j++ {
		if a.harmAt(j) {
			violent = true
		} else if u, ok := a.termAt(j, lexicon.Trigger); ok && !noAgent[u.p.Text] {
			violent = true
		}
	}
	if !violent {
		return false
	}
	if u, ok := a.termAt(t.t1, lexicon.Trigger); ok && !noAgent[u.p.Text] {
		return true // "election riots", "election violence"
	}
	for j := t.t0 - 1; j >= first && j >= t.t0-4; j-- {
		if a.clauseBreak(j) {
			break
		}
		if occasionPreps[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// deedSitePreps are the prepositions that put a deed told before them at
// a site (siteOfDeed).
var deedSitePreps = lexicon.Words().Set("deed-site-prep") // lexicon/words.txt

// siteOfDeed reports whether frame word t stands in the site of a deed its
// clause told before it: a word of harm or an attack word, then a
// preposition of [deed-site-prep] a few words before the frame word.
// "Suicide bomber kills 128 at Mastung election meeting", "Soldier shot
// dead at Ottawa war memorial": the meeting and the memorial are where
// the deed was done, and the story is the deed's, not an election's or a
// commemoration's. A memorial, a trial or a vote that follows the deed
// names it after the frame word ("Mourners gather at memorial for the 49
// killed"), which this leaves a frame.
func (a *article) siteOfDeed(t term) bool {
	first := int32(a.sents[a.sentOf[t.t0]].First)
	prep := int32(-1)
	for j := t.t0 - 1; j >= first && j >= t.t0-4; j-- {
		if a.clauseBreak(j) {
			return false
		}
		if deedSitePreps[a.lowerWord(j)] {
			prep = j
			break
		}
	}
	if prep < 0 {
		return false
	}
	for j := prep - 1; j >= first; j-- {
		if a.clauseBreak(j) {
			return false
		}
		if a.harmAt(j) {
			return a.asserted(j)
		}
		if u, ok := a.termAt(j, lexicon.Trigger); ok && !noAgent[u.p.Text] {
			return a.asserted(j)
		}
	}
	return false
}

// agentSubjectDid reports whether sentence si opens (past its dateline,
// within a few words: "A suicide bomber", "Pro-Russian gunmen") with an
// attacker's noun that is an attack word itself ("suicide bomber",
// "gunmen") and goes on to a word of killing or taking asserted in the
// active voice: "A suicide bomber drove a vehicle loaded with explosives
// into a military camp ..., killing dozens", "Pro-Russian gunmen in
// eastern Ukraine have seized a bus". The subject is the doer of the
// sentence's deed however many words stand between them, which doerOf's
// few words before the verb do not reach.
func (a *article) agentSubjectDid(si int32) bool {
	s := a.sents[si]
	start := int32(s.First)
	for start < int32(s.Last) && int(a.toks[start].Start) < a.datelineEnd {
		start++
	}
	agentEnd := int32(-1) // where the attacker's noun ends; -1 while none is found
	for _, t := range a.sentTerms(si) {
		if t.t0 < start {
			continue
		}
		if t.t0 > start+agentSubjectReach {
			break
		}
		if t.p.Cat == lexicon.Trigger && !noAgent[t.p.Text] && a.asserted(t.t0) {
			if u, ok := a.termAt(t.t0, lexicon.Party); ok && u.t0 == t.t0 && u.t1 == t.t1 && u.p.Value == record.Perpetrators {
				agentEnd = t.t1
				break
			}
		}
	}
	if agentEnd < 0 {
		return false
	}
	for _, t := range a.sentTerms(si) {
		if t.t0 < agentEnd || t.p.Cat != lexicon.Kill && t.p.Cat != lexicon.Kidnap {
			continue
		}
		if t.p.Cat == lexicon.Kidnap && missingWords[t.p.Text] {
			continue // "left five missing": no taking
		}
		if a.asserted(t.t0) && !a.passiveBefore(t) {
			return true
		}
	}
	return false
}

// agentSubjectReach is how many words may stand before the attacker's
// noun that opens a sentence: an article, a demonym or an adjective
// ("A suicide bomber", "Pro-Russian gunmen", "Suspected Islamist
// militants").
const agentSubjectReach = 4

// riotTolled reports whether riot word t of sentence si is told with a
// toll in its sentence: "a fight between two gang leaders turned into a
// riot and fire that killed 49 inmates", "two days of election riots;
// about 200 dead". A crowd's violence names its doer in its own word, as
// a suicide bombing names the bomber: a crowd did it, and the dead of the
// sentence say it was done. A crowd a force fired on ("police fired into
// a crowd of rioting students") is whom the force shot, which the force's
// own words state, and so is "riot" naming a force ("riot police shot
// dead three people": the police's deed).
func (a *article) riotTolled(si int32, t term) bool {
	if !a.asserted(t.t0) || a.firedOnBy(t) || int(t.t1) < len(a.toks) && a.covered(t.t1, lexicon.Party, record.SecurityForces) {
		return false
	}
	for _, k := range a.sentTerms(si) {
		if k.p.Cat == lexicon.Kill && a.asserted(k.t0) {
			return true
		}
	}
	return false
}
