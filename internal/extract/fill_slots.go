package extract

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// assaultAgentNoun reports whether attack word t only names the men who made
// the attack ([deed-agent] "gunmen", "attackers"; an [armed-agent] of
// assault, "armed men", "pirates"), not what they did.
func (a *article) assaultAgentNoun(t term) bool {
	return a.spanIn(deedAgents, t.t0, t.t1) || a.spanOf(armedAgents, t.t0, t.t1) == record.ArmedAssault
}

// onlyTaken returns the verb of a statement of the incident that tells
// people taken ("seized", "abducted", "captured"), when none of its
// statements tells people killed or hurt: the incident's deed is the
// taking.
func (f *filler) onlyTaken() (term, bool) {
	var taken term
	ok := false
	for _, st := range f.statements() {
		if st.hedged {
			continue
		}
		if st.effect != lexicon.Kidnap {
			return term{}, false
		}
		if !ok && len(st.parts) > 0 && !st.parts[0].zero {
			taken, ok = st.verb, true
		}
	}
	return taken, ok
}

// otherSiteSentence reports whether mention m of f's incident names the
// place of another site: a place, not a country, that is not the
// incident's place nor holds it nor lies in it, when m names none that
// is ("In Damaturu, the Yobe State capital, a suicide bomber drove at the
// office" among the sentences of the Jos blasts), or the place of another
// incident of the story beside the incident's own ("in Homs and near the
// shrine of Sayyida Zeinab"). A place a bearing is measured from ("In
// Kirkuk, 290 kilometers north of Baghdad") only says where the site
// lies.
func (f *filler) otherSiteSentence(m *mention) bool {
	a, in := f.a, f.in
	ownNamed, other, otherInc := false, false, false
	for _, k := range m.places {
		if a.places[k].country || a.bearingTo(a.places[k].t0) {
			continue
		}
		if a.samePlace(k, in.place) || a.contains(k, in.place) || a.contains(in.place, k) {
			ownNamed = true
			continue
		}
		other = true
		for _, o := range f.st.incs {
			otherInc = otherInc || o != in && o.place >= 0 && (a.samePlace(k, o.place) || a.contains(o.place, k))
		}
	}
	if ownNamed {
		return otherInc
	}
	return other
}

// bearingTo reports whether the place starting at token t is the known
// place a bearing is measured from: "north of Baghdad", "200 km south of
// Barcelona", "50 kilometers away from Beni".
func (a *article) bearingTo(t int32) bool {
	if t < 2 {
		return false
	}
	if a.lowerWord(t-1) == "the" {
		t-- // "575 km southeast of the Lima"
	}
	if t >= 4 && a.lowerWord(t-1) == "of" && placeNouns[a.lowerWord(t-2)] != "" && a.lowerWord(t-3) == "the" {
		t -= 3 // "away from the city of Beni"
	}
	if t < 2 {
		return false
	}
	p, q := a.lowerWord(t-1), a.lowerWord(t-2)
	return p == "of" && compass[q] || p == "from" && (q == "away" || distanceUnits[q])
}

// shamWeapon reports whether a [sham-modifier] stands before trigger t,
// past a determiner: "He wore a fake explosive vest and carried a rifle",
// "They wore what looked like suicide belts, which ... turned out to be
// fake" (and, in text never tuned on, the London Bridge attackers of 2017
// "wore fake suicide vests"; ITV 2017 "Shot suspects wore 'fake' explosive
// vests", "were wearing what looked like explosive vests"). A vest that only looked like one is the
// gunmen's disguise, not the charge of a suicide bomber.
func (a *article) shamWeapon(t term) bool {
	j := t.t0
	for j > 0 && (determiners[a.lowerWord(j-1)] || a.quoteMarkAt(j-1)) {
		j-- // "wore a fake suicide vest", "wore 'fake' explosive vests"
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if a.spanIn(shamModifiers, k, j) {
			return true
		}
	}
	return false
}

// shamModifiers are the words saying a weapon only looked like one
// ([sham-modifier]).
var shamModifiers = lexicon.Words().Set("sham-modifier") // lexicon/words.txt

// titleClauseElsewhere reports whether attack word t of headline
// mention m stands in a clause of the headline (";" bounds them) that
// tells another incident of the story than f's: "Suicide bomber kills 52
// at Prophet's birthday gathering in Balochistan; second blast hits Hangu
// mosque" tells the Mastung bombing in its first clause and the Hangu
// blast in its second, and each clause's words type its own incident, as
// the clauses of a body sentence do (clauses). A clause that names the
// incident's place, or a place inside it, tells it; else the clause
// tells another incident when another clause names the incident's place
// with an attack word of its own ("...; second blast hits Quetta market"
// after a first clause placed only in the country or the province that
// holds both towns), or when it names a place of another incident and
// none that holds f's. A headline of one incident's story tells it whole.
func (f *filler) titleClauseElsewhere(m *mention, t term) bool {
	a, in := f.a, f.in
	if len(f.st.incs) < 2 || in.place < 0 {
		return false
	}
	c0, c1 := a.headlineClause(m, t.t0)
	if c0 == m.t0 && c1 == m.t1 {
		return false // a headline of one clause
	}
	names := func(k, p int) bool { return a.samePlace(k, p) || a.contains(p, k) }
	toldThere, other, holds := false, false, false
	for _, k := range m.places {
		if a.places[k].country {
			// "...; Turkish jets hit PKK in Iraq" under a story of an
			// Istanbul bombing: a clause that names another country than
			// the incident's tells what was done there
			pt := a.places[k].t0
			other = other || pt >= c0 && pt < c1 && f.foreignCountry(k)
			continue
		}
		pt := a.places[k].t0
		if pt < c0 || pt >= c1 {
			if names(k, in.place) {
				k0, k1 := a.headlineClause(m, pt)
				toldThere = toldThere || slices.ContainsFunc(m.triggers, func(u term) bool { return u.t0 >= k0 && u.t0 < k1 })
			}
			continue
		}
		if names(k, in.place) {
			return false // the clause names the incident's place
		}
		holds = holds || a.contains(k, in.place)
		for _, o := range f.st.incs {
			other = other || o != in && o.place >= 0 && (a.samePlace(k, o.place) || a.contains(k, o.place))
		}
	}
	return toldThere || other && !holds
}

// bombMade reports whether bomb word t is followed by forms of "be" or
// "have" ([auxiliary]) and a participle of [bomb-making-verb] ("car bombs were built", "the
// devices had been assembled"): the bomb was made or kept there, which
// tells what a place was used for, not a blast.
func (a *article) bombMade(t term) bool {
	j := t.t1
	for k := 0; k < 2 && int(j) < len(a.toks) && auxiliaries[a.lowerWord(j)]; k++ {
		j++
	}
	return j > t.t1 && int(j) < len(a.toks) && a.sentOf[j] == a.sentOf[t.t0] && bombMakingVerbs[a.lowerWord(j)]
}

// bombMakingVerbs tell a bomb made or kept ([bomb-making-verb]).
var bombMakingVerbs = lexicon.Words().Set("bomb-making-verb") // lexicon/words.txt

// foreignCountry reports whether country mention k is another country
// than the one f's incident's place lies in.
func (f *filler) foreignCountry(k int) bool {
	c, p := f.a.places[k].chosen, f.a.places[f.in.place].chosen
	return c != nil && p != nil && c.CountryCode != "" && p.CountryCode != "" && c.CountryCode != p.CountryCode
}

// headlineClause returns the clause of headline mention m that holds
// token j: the tokens between the semicolons around it.
func (a *article) headlineClause(m *mention, j int32) (int32, int32) {
	c0, c1 := m.t0, m.t1
	for k := j - 1; k >= m.t0; k-- {
		if a.lowerWord(k) == ";" {
			c0 = k + 1
			break
		}
	}
	for k := j; k < m.t1; k++ {
		if a.lowerWord(k) == ";" {
			c1 = k
			break
		}
	}
	return c0, c1
}

// fightWeapon reports whether trigger t, of type v, names only the fire
// of weapons, as a noun with no one who fires it: a word of [weapon-fire]
// ends it ("hours of gun and rocket fire", "the shooting
// erupted", "heavy shelling"), and no form of "open" makes it a deed
// ("opened fire on shoppers"). Such words tell how a clash was fought
// (eventType); a verb of firing has its doer and target ("gunmen fired
// into the crowd"), and a strike its own deed ("a drone strike").
func (a *article) fightWeapon(t term, v string) bool {
	if v != record.ArmedAssault && v != record.RemoteViolence && v != record.Bombing {
		return false
	}
	w := a.lowerWord(t.t1 - 1)
	return weaponFire[w] && openForms[a.lowerWord(t.t0-1)] == "" && openForms[a.lowerWord(t.t0)] == ""
}

// weaponFire are nouns of a weapon's fire ([weapon-fire]): "fire",
// "shooting", "gunfire", "shelling".
var weaponFire = lexicon.Words().Set("weapon-fire") // lexicon/words.txt

// bombOpensEntry returns the word of the attackers' entry into the
// place ([entry-verb]: "stormed", "overran", "forced their way into")
// when the incident tells its blast as the opening of that entry: the
// entry follows "then" in its clause ("A suicide bomber blew himself up at
// the gate, and gunmen then stormed the compound", "detonated a car bomb
// at the gate and then forced their way inside"), or a sentence of the
// incident says the attack began when or with the blast ("The attack
// began at dawn when a suicide bomber drove a vehicle packed with
// explosives into the gate" under "militants overran a camp"). The bomb
// breached; the assault that took the place is what the incident was. The
// entry must be asserted (an entry "tried" failed, and the blast stays
// the deed) and made by attackers, not the police who went in after them.
func (f *filler) bombOpensEntry() (term, bool) {
	a := f.a
	blast := int32(-1) // the incident's first bomb word
	began := false     // a sentence tells the attack began with a blast
	var entries []term
	seen := map[int32]bool{}
	for _, m := range f.current() {
		for _, t := range m.triggers {
			if (t.p.Value == record.Bombing || t.p.Value == record.SuicideBombing) && (blast < 0 || t.t0 < blast) {
				blast = t.t0
			}
		}
		if seen[m.sent] {
			continue
		}
		seen[m.sent] = true
		s := a.sents[m.sent]
		first, last := int32(s.First), int32(s.Last)
		for j := first; j < last; j++ {
			if openingVerbs[a.lowerWord(j)] && a.blastAfterWhen(j, last) {
				began = true
			}
			n := a.entryAt(j)
			if n == 0 || !a.asserted(j) || !a.attackerSubject(j, first) {
				continue
			}
			entries = append(entries, term{t0: j, t1: j + n})
		}
	}
	if blast < 0 {
		return term{}, false
	}
	for _, e := range entries {
		if began || e.t0 > blast && a.thenBefore(e.t0) {
			return e, true
		}
	}
	return term{}, false
}

// entryAt returns how many tokens an entry word ([entry-verb]) starting
// at token j spans, or 0.
func (a *article) entryAt(j int32) int32 {
	for n := int32(3); n >= 1; n-- {
		if int(j+n) <= len(a.toks) && a.spanIn(entryVerbs, j, j+n) {
			return n
		}
	}
	return 0
}

// blastAfterWhen reports whether "when" or "with" follows the opening
// verb at token j within a few words, and a bomb word after it in the
// sentence: "The attack began at dawn on Friday when a suicide bomber
// drove ...", "The assault started with a car bomb".
func (a *article) blastAfterWhen(j, last int32) bool {
	for k := j + 1; k < last && k <= j+8; k++ {
		if w := a.lowerWord(k); w != "when" && w != "with" {
			continue
		}
		for _, t := range a.termsIn(k+1, last) {
			if t.p.Cat == lexicon.Trigger && (t.p.Value == record.Bombing || t.p.Value == record.SuicideBombing) {
				return true
			}
			if t.p.Cat == lexicon.Weapon && (t.p.Value == "vehicle_bomb" || t.p.Value == "suicide_explosives" || t.p.Value == "explosives") {
				return true
			}
		}
		return false
	}
	return false
}

// thenBefore reports whether "then" stands within three words before
// token j, in its clause: "gunmen then stormed", "and then forced".
func (a *article) thenBefore(j int32) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if a.lowerWord(k) == "then" {
			return true
		}
		if a.toks[k].Kind == text.Punct {
			return false
		}
	}
	return false
}

// attackerSubject reports whether the nearest party word before token j
// in its sentence names attackers ([party perpetrators]: "gunmen then
// stormed", "The attackers detonated a car bomb at the gate and then
// forced their way inside"), not a state's force ("police then stormed
// the building") nor a bomber on his way to his blast ("a suicide bomber
// ... then entered the courtyard, where he blew himself up"). Coordinated
// verbs share the subject, so "and" does not stop the search.
func (a *article) attackerSubject(j, first int32) bool {
	for k := j - 1; k >= first && k >= j-3*roleWindow; k-- {
		if a.covered(k, lexicon.Party, record.SecurityForces) {
			return false
		}
		if a.hasTerm(k, lexicon.Party, record.Perpetrators) {
			// "A suicide bomber slipped into a wedding party and then
			// entered the courtyard, where he blew himself up": the
			// bomber's own way to his blast, no assault
			return !a.hasTerm(k, lexicon.Trigger, record.SuicideBombing) && !a.hasTerm(k, lexicon.Trigger, record.Bombing)
		}
	}
	return false
}

// entryVerbs tell attackers getting into the place they attack
// ([entry-verb]); openingVerbs tell an attack beginning ([opening-verb]).
var (
	entryVerbs   = lexicon.Words().Set("entry-verb")   // lexicon/words.txt
	openingVerbs = lexicon.Words().Set("opening-verb") // lexicon/words.txt
)

// labelOfDeed reports whether the attack word t is the complement of a
// verb of naming ([label-verb]: "described", "branded", "condemned")
// after "as", and the verb's object, between it and "as", is itself an
// attack word: "The opposition leaders described the dynamite attack
// against the headquarters as a 'massacre'", "described the bombings as
// 'massacre'". The speaker names the deed the object already tells, with
// a word of outrage, not of how it was done. With no attack word for
// object ("in what police described as a suicide attack") the label is
// all the text says of the deed and types it.
func (a *article) labelOfDeed(t term) bool {
	first := int32(a.sents[a.sentOf[t.t0]].First)
	j := t.t0 - 1
	for ; j > first && j >= t.t0-4; j-- {
		if w := a.word(j); w == "\"" || w == "“" || w == "'" || w == "‘" || determiners[a.lowerWord(j)] || a.toks[j].Kind == text.Word && a.lowerWord(j) != "as" {
			continue // past the article, an adjective and a quotation mark: as a "wicked massacre"
		}
		break
	}
	if a.lowerWord(j) != "as" {
		return false
	}
	for k := j - 1; k > first && k >= j-roleWindow*2; k-- {
		if !labelVerbs[a.lowerWord(k)] {
			continue
		}
		for _, u := range a.termsIn(k+1, j) {
			if u.p.Cat == lexicon.Trigger {
				return true
			}
		}
		return false
	}
	return false
}

// labelVerbs name a deed with a word of the speaker's ([label-verb]).
var labelVerbs = lexicon.Words().Set("label-verb") // lexicon/words.txt

// pointedBack reports whether a word of [back-pointer] opens the noun
// phrase that ends with the word at token j, right before it or past one
// modifier: "the gunfight", "the ensuing gunfight", "the fierce gun
// battle". The phrase names a thing the text has told, or one that
// followed from it.
func (a *article) pointedBack(j int32) bool {
	if backPointers[a.lowerWord(j-1)] {
		return true
	}
	return j >= 2 && a.toks[j-1].Kind == text.Word && a.lowerWord(j-1) != "and" && backPointers[a.lowerWord(j-2)]
}

// leadFiresOnCrowd reports whether the headline or the lead's first
// sentence tells a state force firing on a crowd: a verb or noun of firing
// ([fire-verb], [fire-noun]) whose subject is the police or a state's
// force, a preposition of [fire-prep] after it, and an unarmed crowd
// ([unarmed-crowd]) within a few words ("Police fire on protesters
// storming Kenya's parliament", "toll in police firing on anti-Sterlite
// protesters reaches 12"). What the report leads with is the force's
// shooting, an armed assault by the state, though a later sentence tells
// the crowd's stones or storming.
func (a *article) leadFiresOnCrowd() bool {
	for _, s := range a.sents {
		if !a.leadsStory(int32(s.First)) {
			continue
		}
		first, last := int32(s.First), int32(s.Last)
		for j := first; j+1 < last; j++ {
			w := a.lowerWord(j)
			if !fireVerbs[w] && !fireNouns[w] || !firePreps[a.lowerWord(j+1)] {
				continue
			}
			k := j
			if openForms[a.lowerWord(j-1)] != "" {
				k = j - 1 // "police opened fire on demonstrators"
			}
			if (a.policeBefore(k, first) || a.stateForceBefore(k, first)) && a.setAhead(unarmedCrowds, j+2, min(last, j+7)) {
				return true
			}
		}
	}
	return false
}

// fireNouns are the words of firing that are no verb of [fire-verb]
// ([fire-noun]): "police fire on protesters", "police firing on".
var fireNouns = lexicon.Words().Set("fire-noun") // lexicon/words.txt

// forceNamed reports whether the incident's sentences name a security
// force ([party security_forces]): the side a crowd fights in a riot.
func (f *filler) forceNamed() bool {
	for _, m := range f.current() {
		for _, t := range f.a.sentTerms(m.sent) {
			if t.p.Cat == lexicon.Party && t.p.Value == record.SecurityForces {
				return true
			}
		}
	}
	return false
}

// kindNamed reports whether the attack word t, a bare plural (no
// determiner or number opens its phrase: "suicide bombers", "deadly
// suicide attacks"), names a kind of attack rather than one that was
// made: the object of "for" ("on the lookout for suicide bombers",
// "jackets used for suicide bombings") or of an infinitive ("the group
// continues to carry out deadly suicide attacks"). A kind is what a group
// does or what is feared, and types no incident: the suicide type, whose
// one word outweighs all others, is read so. Responsibility or credit
// "for" attacks ([claim-noun]) names the attacks made.
func (a *article) kindNamed(t term) bool {
	if !plural(a.lowerWord(t.t1 - 1)) {
		return false
	}
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for j := t.t0 - 1; j >= first && j >= t.t0-4; j-- {
		w := a.lowerWord(j)
		switch {
		case a.clauseBreak(j) || determiners[w] || a.toks[j].Kind == text.Num || numberWords[w]:
			return false // "the suicide bombings", "two suicide bombers"
		case w == "for":
			return j > first && !claimNouns[a.lowerWord(j-1)]
		case w == "to":
			return j+1 < t.t0 && a.toks[j+1].Kind == text.Word // "to carry out", not "linked to suicide bombings"
		}
	}
	return false
}

// listedKind reports whether the attack word t is one item of a list of
// three or more bare words, a comma among their links and "and" or "or"
// before the last: "The FARC for decades fought the government, carrying
// out assassinations, hijackings and bombings", "Drug trafficking,
// extortion and kidnapping-for-ransom are the group's main means of
// financing", "they steal, kidnap, and murder anyone who does not
// cooperate". A list of bare deeds names the kinds of violence a group is
// known for, not one it did. A day in the sentence, the headline or the
// lead's first sentence make it the news ("Bombings, shootings and
// kidnappings rocked Baghdad on Monday"), as habitual reads them; a
// weapon is no deed ("the confrontations, in which carbines, mortars, and
// explosives were used"); a determiner or a number before t makes the
// deeds definite ("the killings, kidnappings and bombings"), and one
// opening another item ends the list there.
func (a *article) listedKind(t term) bool {
	si := a.sentOf[t.t0]
	if a.leadsStory(t.t0) || a.dayDated(si) || a.hasTerm(t.t0, lexicon.Weapon, "") {
		return false
	}
	first, last := int32(a.sents[si].First), int32(a.sents[si].Last)
	bare := func(j int32) bool {
		w := a.lowerWord(j)
		return a.toks[j].Kind == text.Word && !determiners[w] && !numberWords[w]
	}
	for j := t.t0 - 1; j >= first && j >= t.t0-2 && a.toks[j].Kind == text.Word && !listLink(a.lowerWord(j)); j-- {
		if !bare(j) {
			return false // "the bombings, ..."
		}
	}
	items, commas, joined := 1, 0, false
	// leftwards: a link, then an item of one or two bare words; only the
	// link next to t may be "and" ("extortion and kidnapping"), which
	// makes t the list's last item
	for j := t.t0 - 1; j > first; {
		k, comma := j, false
		if listLink(a.lowerWord(k)) {
			if items > 1 {
				break
			}
			joined = true
			k--
		}
		if a.word(k) == "," {
			comma = true
			k--
		}
		if k == j || k < first || !bare(k) || listLink(a.lowerWord(k)) {
			break
		}
		items++
		if comma {
			commas++
		}
		j = k - 1
		if j >= first && bare(j) && !listLink(a.lowerWord(j)) {
			j-- // "drug trafficking"
		}
	}
	// rightwards, unless t ended the list: links, each with the bare word
	// opening the next item, up to the "and" before the last one ("t,
	// hijackings and bombings"); items after commas alone are no list
	// ("with rifle fire and grenades, managing to ...")
	pending, pendingCommas := 0, 0
	for j := a.compoundEnd(t.t1, last); !joined && j < last; {
		k := j
		if a.word(k) == "," {
			pendingCommas++
			k++
		}
		and := k < last && listLink(a.lowerWord(k))
		if and {
			k++
		}
		if k == j || k >= last || !bare(k) {
			break
		}
		pending++
		if and {
			items, commas, joined = items+pending, commas+pendingCommas, true
			break
		}
		j = k + 1
		if j < last && bare(j) && !listLink(a.lowerWord(j)) {
			j++ // "car bombings"
		}
		j = a.compoundEnd(j, last)
	}
	return joined && items >= 3 && commas >= 1
}

// listLink reports whether w is a conjunction that joins two items or the
// last items of a list ([list-link]): "killed or injured", "bombings,
// shootings and kidnappings" (listedKind).
func listLink(w string) bool { return listLinks[w] }

var listLinks = lexicon.Words().Set("list-link") // lexicon/words.txt

// compoundEnd returns the end of the hyphenated compound a word ending at
// token j goes on into ("kidnapping-for-ransom"), or j.
func (a *article) compoundEnd(j, last int32) int32 {
	for j+1 < last && a.isInnerHyphen(int(j)) && a.toks[j+1].Kind == text.Word {
		j += 2
	}
	return j
}

// claimNouns own the deeds "for" after them ([claim-noun]).
var claimNouns = lexicon.Words().Set("claim-noun") // lexicon/words.txt

// alsoUsed reports whether the weapon word t is the object of a verb of
// use that "also" opens ("the attackers also used hand grenades", "also
// hurled grenades"), a modifier or two between: "also" adds the weapon to
// an attack already told, whose kind the words that told it say. A
// definite attacker for its subject ("The attackers used mortars and
// suicide vehicles") adds it as well: "the attackers" points back at the
// attack told, and what they used was its means.
func (a *article) alsoUsed(t term) bool {
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for j := t.t0 - 1; j > first && j >= t.t0-3; j-- {
		if useVerbs[a.lowerWord(j)] {
			return a.lowerWord(j-1) == "also" || a.lowerWord(j-2) == "the" && a.hasTerm(j-1, lexicon.Party, record.Perpetrators)
		}
		if a.clauseBreak(j) {
			return false
		}
	}
	return false
}

// stateItStrikes reports whether the attack word t is a verb that names a
// strike ([attack-verb]: "struck", "hit", "pounded") whose subject is a
// state's own pronoun after its saying (stateItBefore: "Ukraine says it
// struck a Russian command post", "India said it had hit nine sites"). A
// state that strikes, told as the state, strikes from afar, with
// missiles, aircraft or guns, as its strike named by a noun does
// (stateStrikes); its ground fighting is told of its troops.
func (a *article) stateItStrikes(t term) bool {
	return a.spanIn(attackVerbs, t.t0, t.t1) && a.stateItBefore(t.t0, int32(a.sents[a.sentOf[t.t0]].First))
}

// crowdFightBefore reports whether the sentence of token j tells, before
// it, a crowd's clash with a force (crowdFacesForces: "students clashed
// with police near the campus"). A fight named with no sides of its own
// ("and two were killed in fighting around the college") is the fight
// its sentence has told, and a crowd's fight is a riot, not a battle of
// armed sides.
func (a *article) crowdFightBefore(j int32) bool {
	first := int32(a.sents[a.sentOf[j]].First)
	for _, u := range a.termsIn(first, j) {
		if u.p.Cat == lexicon.Trigger && u.p.Value == record.Clash && a.crowdFacesForces(u) {
			return true
		}
	}
	return false
}

// answerDeed reports whether the attack word t is the deed by which a
// side answered another: it follows "with" or "by" after a verb of
// [answer-verb], up to three words between ("the army said it had
// responded with air strikes", "troops retaliated by shelling the
// village"). The side that answers is the one the first deed struck, and
// its counterstroke is a deed of its own, not the kind of the attack it
// answered.
func (a *article) answerDeed(t term) bool {
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for j := t.t0 - 1; j > first && j >= t.t0-4; j-- {
		if w := a.lowerWord(j); w == "with" || w == "by" {
			return answerVerbs[a.lowerWord(j-1)]
		}
		if a.clauseBreak(j) {
			return false
		}
	}
	return false
}

// counterstroke reports whether the attack word t is an answer
// (answerDeed) to a deed the incident tells before it, in the headline or
// the body, by a word that is no answer: the answer's kind and weapon are
// the answering side's, not the attack's. A story of the answer alone
// ("Israel retaliated with air strikes on Gaza") is typed by it.
func (f *filler) counterstroke(t term) bool {
	if !f.a.answerDeed(t) {
		return false
	}
	for _, m := range f.current() {
		for _, u := range m.triggers {
			if u.t0 < t.t0 && !f.a.answerDeed(u) {
				return true
			}
		}
	}
	return false
}

// crowdControl are what a force fires to break up a crowd ([crowd-control]).
var crowdControl = lexicon.Words().Set("crowd-control") // lexicon/words.txt

// liveFire are the words that tell live rounds fired ([live-fire]).
var liveFire = lexicon.Words().Set("live-fire") // lexicon/words.txt

// useVerbs add a weapon to an attack already told ([use-verb]).
var useVerbs = lexicon.Words().Set("use-verb") // lexicon/words.txt

// stormVerbs say only that a party went at a target ([storm-verb]).
var stormVerbs = lexicon.Words().Set("storm-verb") // lexicon/words.txt

// firesCrowdControl reports whether the attack word t is a verb of
// shooting ([fire-verb]) whose object is a means of breaking up a crowd
// ("fired tear gas", "fired rubber bullets"): what was fired tells the
// crowd dispersed, not people shot at to kill. Live rounds fired with it
// ("fired tear gas and live rounds at demonstrators") are shooting to
// kill: the object is read up to a preposition or a clause break.
func (a *article) firesCrowdControl(t term) bool {
	return t.t1 == t.t0+1 && fireVerbs[a.lowerWord(t.t0)] && a.crowdControlFired(t.t1)
}

// crowdControlFired reports whether the object of a verb of shooting,
// from token o, is only a means of breaking up a crowd (firesCrowdControl).
func (a *article) crowdControlFired(o int32) bool {
	if int(o+1) >= len(a.toks) {
		return false
	}
	w := a.lowerWord(o)
	if !crowdControl[w] && !crowdControl[w+" "+a.lowerWord(o+1)] {
		return false
	}
	last := int32(a.sents[a.sentOf[o]].Last)
	for j := o; j < last && j < o+8 && !a.clauseBreak(j) && !eventPreps[a.lowerWord(j)] && a.lowerWord(j) != "to"; j++ {
		if a.liveRoundAt(j) {
			return false
		}
	}
	return true
}

// liveRoundAt reports whether token j is a word of live rounds
// ([live-fire]: "live ammunition", "live rounds", "bullets"), not of a
// means of breaking up a crowd ("rubber bullets", [crowd-control]).
func (a *article) liveRoundAt(j int32) bool {
	w := a.lowerWord(j)
	return liveFire[w] && (w != "bullets" || !crowdControl[a.lowerWord(j-1)+" "+w])
}

// explosiveUsed returns the first explosive the incident's sentences name
// as a weapon ("dynamite", "a bomb", "explosives"), when they name no
// firearm: an attack told only as "the attack" or by its roles was made
// with it. A blast or an explosion is no weapon of its own (noAgent), and
// guns beside the explosive leave the assault an assault ("with rifles
// and dynamite").
func (f *filler) explosiveUsed() (term, bool) {
	a := f.a
	var found term
	ok := false
	for _, m := range f.current() {
		for _, t := range a.termsIn(m.t0, m.t1) {
			if t.p.Cat != lexicon.Weapon || a.causeOfDeed(m, t.t0) {
				continue
			}
			switch {
			case t.p.Value == "firearms":
				return term{}, false
			case explosiveKind(t.p.Value) && !noAgent[t.p.Text] && !ok:
				found, ok = t, true
			}
		}
	}
	return found, ok
}

// seriesType gives a site hit in a series the type of the series when
// only a list tells of it, in a word that says no type: "Two other hotels,
// the Grand Hyatt and Days Inn, also suffered attacks" after a suicide
// bomber struck a third hotel of the town that day. It takes the type, and
// its evidence, of another site's incident of the same place and day that
// its own words type: fs are the fillers of the story's incidents, and
// typed says which eventType typed, so a type lent to one site is not
// lent on.
func (f *filler) seriesType(fs []filler, typed []bool) bool {
	a, in := f.a, f.in
	if listItem(in) {
		return f.listType(fs, typed)
	}
	if in.site == nil || len(in.summary) == 0 {
		return false
	}
	for i := range fs {
		g := &fs[i]
		o := g.in
		if !typed[i] || o == in || o.site == nil || !a.sameDay(o.day(f.st.d0), in.day(f.st.d0)) ||
			o.place >= 0 && in.place >= 0 && !a.samePlace(o.place, in.place) {
			continue
		}
		f.lendType(g)
		return true
	}
	return false
}

// listType gives an item of a round-up list that says no type of its
// own ("Attacks were reported in Chalatenango, San Antonio and Carolina":
// the clause ", San Antonio") the type of the incident that holds the
// list's first clause, when that clause deals a plural attack word over
// the list (pluralAttack), or a toll told before it (tollBeforePlace:
// "killed 131 civilians in the villages of Kishishe and Bambo"), and the
// incident's words type it: one word of attack dealt over the towns is
// one kind of attack at each. Homes
// destroyed "in A, B and C" by "such bombings" are no attacks dealt out.
func (f *filler) listType(fs []filler, typed []bool) bool {
	si := f.in.ms[0].sent
	for i := range fs {
		g := &fs[i]
		if !typed[i] || g.in == f.in || !slices.ContainsFunc(g.in.ms, func(m *mention) bool {
			return m.sent == si && m.split && (f.a.pluralAttack(m) || m.listItem && f.a.tollBeforePlace(m))
		}) {
			continue
		}
		f.lendType(g)
		return true
	}
	return false
}

// suicideSeries gives a site of a series that only a blast word types
// a bombing ("The blast was followed by a second explosion minutes later
// at the Christian Church of Diponegoro") the suicide bombing another
// site of the series was on the same day: a blast says what went off,
// not who carried it, and the series is one attack made one way. A site
// a bomb word of its own types keeps its type.
func (f *filler) suicideSeries(fs []filler, typed []bool) {
	a, in := f.a, f.in
	if f.rec.Type != record.Bombing || in.site == nil {
		return
	}
	own := -1
	for k, e := range f.rec.Evidence {
		if e.Field == "type" {
			own = k
		}
	}
	if own < 0 || !noAgent[strings.ToLower(f.rec.Evidence[own].Text)] {
		return
	}
	for i := range fs {
		g := &fs[i]
		if !typed[i] || g.in == in || g.in.site == nil || g.rec.Type != record.SuicideBombing || !a.sameDay(g.in.day(f.st.d0), in.day(f.st.d0)) {
			continue
		}
		f.rec.Evidence = slices.Delete(f.rec.Evidence, own, own+1)
		f.lendType(g)
		return
	}
}

// suicideLead types a site of a series suicide bombing when the
// headline or the lead's first sentence tells the series as suicide
// deeds in the plural ("the wave of suicide bombings that tore through
// three churches and three luxury hotels") and the site's own words tell
// only its bombs ("The first bombs went off at ... St Anthony's Shrine",
// "a bomber struck Easter mass at St Sebastian's church"): the plural
// covers every site of the series, as the site's bombs are some of them.
// A singular ("Suicide bomber kills 52 at X; second blast hits Y") tells
// one site's suicide, not the other's. A kind named ("to carry out
// suicide bombings") or listed is no deed of the story. The site's
// sentences, the series' summary among them, must tell a blast
// ([detonation-word]: "went off", "exploded") or an attack made ("a
// bomber struck", "was attacked") and no car bomb: a bomb found or
// defused was no site of the series, and a car bomb is a kind of its own.
// An incident that is no site of a town's series ("a bomb exploded in a
// carriage of a train" beside the airport's blasts), or whose words tell
// only that it was attacked, with no word of how (unnamed: "the Zion
// evangelical church in ... Batticaloa was attacked"), is one of the
// series when the lead's sentence names what it struck among the
// series' targets ("Suicide bombers struck Brussels airport and a metro
// train"; "three churches"): the series says how each was hit.
func (f *filler) suicideLead() {
	a, in := f.a, f.in
	if f.rec.Type != record.Bombing && !f.unnamed {
		return
	}
	went := false
	for _, m := range f.current() {
		for _, t := range a.termsIn(m.t0, m.t1) {
			if t.p.Cat == lexicon.Weapon && t.p.Value == "vehicle_bomb" {
				return // "a car bomb": a bomb of its own kind
			}
			went = went || t.p.Cat == lexicon.Trigger && detonationWords[t.p.Text]
		}
		for _, t := range m.triggers {
			if t.p.Value == "generic" && (a.spanIs("attacked", t.t0, t.t1) || a.spanIn(attackVerbs, t.t0, t.t1)) && a.asserted(t.t0) {
				went = true // "a bomber struck Easter mass", "the church was attacked"
			}
		}
	}
	if !went {
		return // "A crude pipe bomb was defused near the main airport": no blast of the series
	}
	for _, t := range a.terms {
		if t.p.Cat != lexicon.Trigger || t.p.Value != record.SuicideBombing || !plural(a.lowerWord(t.t1-1)) || !a.leadsStory(t.t0) {
			continue
		}
		if !a.asserted(t.t0) || a.kindNamed(t) || a.listedKind(t) || a.earlierWhen(t.t0) {
			continue
		}
		if (in.site == nil || f.unnamed) && !f.seriesStruck(t) {
			continue
		}
		f.dropEvidence("type")
		f.rec.Type = record.SuicideBombing
		f.unnamed = false
		f.tokEvidence("type", t.t0, t.t1)
		return
	}
}

// seriesStruck reports whether the sentence of the series word t names,
// after it, a target ([target]) of the kind the incident's own sentences
// name: "struck Brussels airport and a metro train" for "a bomb exploded
// in a carriage of a train", "three churches" for "the Zion evangelical
// church". The series' summary tells every site; it is not the site's
// own.
func (f *filler) seriesStruck(t term) bool {
	a := f.a
	var own []string
	for _, m := range f.current() {
		if f.in.summary[m] || m.sent == a.sentOf[t.t0] {
			continue
		}
		for _, u := range a.termsIn(m.t0, m.t1) {
			if u.p.Cat == lexicon.Target {
				own = append(own, a.lowerWord(u.t1-1))
			}
		}
	}
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	for _, u := range a.termsIn(t.t1, last) {
		if u.p.Cat != lexicon.Target {
			continue
		}
		w := a.lowerWord(u.t1 - 1)
		for _, o := range own {
			if o == w || o+"s" == w || o+"es" == w {
				return true
			}
		}
	}
	return false
}

// detonationWords tell a bomb going off ([detonation-word]).
var detonationWords = lexicon.Words().Set("detonation-word") // lexicon/words.txt

// killingInSeries gives a site where people were killed, told with no
// word for how ("A mother and her two children were killed in an attack
// in the town of Binnish"), the type of a series of strikes or bombings
// told before it on the same day ("At least twenty civilians were killed
// in a series of airstrikes on Tuesday"): the story tells the site as one
// of the series, and the series says how it was made. The series is an
// incident typed by a plural attack word, or, where none is, the tally
// the story leads with (tallyKind), whether or not it is an incident.
func (f *filler) killingInSeries(fs []filler, typed []bool) {
	a, in := f.a, f.in
	if !f.bare || f.rec.Type != record.ArmedAssault {
		return
	}
	for i := range fs {
		g := &fs[i]
		if !typed[i] || g.in == in || g.in.ms[0].sent > in.ms[0].sent || !a.sameDay(g.in.day(f.st.d0), in.day(f.st.d0)) {
			continue
		}
		if g.rec.Type != record.RemoteViolence && g.rec.Type != record.Bombing && g.rec.Type != record.SuicideBombing {
			continue
		}
		for _, e := range g.rec.Evidence {
			if e.Field != "type" || !plural(strings.ToLower(e.Text)) {
				continue
			}
			f.rec.Evidence = slices.DeleteFunc(f.rec.Evidence, func(e record.Evidence) bool { return e.Field == "type" })
			f.lendType(g)
			return
		}
	}
	if t, ok := f.tallyKind(); ok {
		f.dropEvidence("type")
		f.rec.Type = t.p.Value
		f.tokEvidence("type", t.t0, t.t1)
	}
}

// tallyKind returns the attack word of a tally the story leads with,
// told before the site: a series of attacks of one kind, named by a
// plural attack word or a noun of many shots ([series-noun]: "shelling",
// "bombardment", "barrage"), that killed people ("Drone strikes have
// killed 19 people in Tigray since Monday", "the heaviest bombardment of
// Ukrainian cities ... left at least 19 people dead"). The sites the
// story then tells under it with no word of how ("a second strike killed
// two people in Hiwane", "eight people were killed in Kyiv") are
// instances of the series, and the tally's word says how they were made
// (killingInSeries). The tally itself may be no incident: a toll over a
// period is dropped as background, and its headline is left out of a
// site's words as naming another place; its kind still covers what is
// told after it. A kind named ("to carry out air strikes"), listed or
// told of an earlier time is no tally of the story.
func (f *filler) tallyKind() (term, bool) {
	a, in := f.a, f.in
	first := int32(len(a.sents)) // the site's first sentence of the body
	for _, m := range in.ms {
		if !m.title && m.sent < first {
			first = m.sent
		}
	}
	for _, t := range a.terms {
		if t.p.Cat != lexicon.Trigger || !a.leadsStory(t.t0) {
			continue
		}
		if !a.inTitle(int(a.toks[t.t0].Start)) && a.sentOf[t.t0] >= first {
			break
		}
		switch t.p.Value {
		case record.RemoteViolence, record.Bombing, record.SuicideBombing:
		default:
			continue
		}
		if w := a.lowerWord(t.t1 - 1); !plural(w) && !seriesNouns[w] {
			continue
		}
		if !a.asserted(t.t0) || a.kindNamed(t) || a.listedKind(t) || a.earlierWhen(t.t0) {
			continue
		}
		last := int32(a.sents[a.sentOf[t.t0]].Last)
		for _, u := range a.termsIn(t.t1, last) {
			if u.p.Cat == lexicon.Kill {
				return t, true
			}
		}
	}
	return term{}, false
}

// seriesNouns name many shots or blasts as one ([series-noun]): a tally
// told by one of them counts a series (tallyKind).
var seriesNouns = lexicon.Words().Set("series-noun") // lexicon/words.txt

// lendType gives f's record the type of g's, with the evidence that typed
// it: a site or a list item that says no type of its own takes the one of
// the incident it belongs with (seriesType, listType).
func (f *filler) lendType(g *filler) {
	for _, e := range g.rec.Evidence {
		if e.Field == "type" {
			f.rec.Evidence = append(f.rec.Evidence, e)
		}
	}
	f.rec.Type = g.rec.Type
}

// toldAsClash reports whether a sentence of the incident tells it, with
// its roles, as two armed sides fighting: an assault word whose agent and
// object make it a clash ("rebels ambushed an army patrol"), or a verb of
// fighting whose armed subject fought a state's force ("Islamic Jihad
// said its fighters had battled the troops", under "Israeli forces killed
// nine Palestinians during a raid on the camp") when no attackers'
// assault was told ("militants stormed a hotel ... The gunmen battled
// security forces for hours" is the defence the assault met:
// attackersAssault). A headline's or a later sentence's bare word for it
// ("Rebel ambush", "the raid") names the same event with less, and takes
// that type; a verb whose own roles make it an assault ("rebels ambushed
// a bus") keeps its type.
func (f *filler) toldAsClash() bool {
	a := f.a
	for _, m := range f.current() {
		for _, t := range m.triggers {
			switch {
			case t.p.Value == record.ArmedAssault:
			case t.p == roleTriggers[record.Clash] && a.spanIn(fightVerbs, t.t0, t.t1) &&
				a.forceObject(t.t1, int32(a.sents[a.sentOf[t.t0]].Last)) && !f.attackersAssault():
			case t.p == roleTriggers[record.Clash] && t.t1 == t.t0+1 && a.bothSidesSubject(t.t0) && !f.attackersAssault():
				// "Malian soldiers and separatist rebels fought a deadly
				// battle" over "46 assailants killed": both sides fought
			default:
				continue
			}
			if r, ok := a.armedAttack(t, true); ok && r == record.Clash {
				return true
			}
		}
	}
	return false
}

// attackersAssault reports whether the incident tells an assault word,
// asserted, whose subject is attackers ([party perpetrators], not a
// state's force: perpetratorSubject), or whose agent after "by" is
// (perpetratorAgent): "Al Shabaab militants stormed a hotel", "A police
// patrol was ambushed by militants". A fight they then had with the force is the defence their
// assault met.
func (f *filler) attackersAssault() bool {
	a := f.a
	for _, m := range f.current() {
		for _, t := range m.triggers {
			if t.p.Value != record.ArmedAssault && (t.p.Value != "generic" || !a.spanIn(stormVerbs, t.t0, t.t1)) {
				continue
			}
			if a.asserted(t.t0) && (a.perpetratorSubject(t.t0) || a.perpetratorAgent(t)) {
				return true
			}
		}
	}
	return false
}

// perpetratorAgent reports whether the passive attack word t names
// attackers ([party perpetrators]) as its agent after "by": "A police
// patrol was ambushed by militants".
func (a *article) perpetratorAgent(t term) bool {
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	if t.t1 >= last || a.lowerWord(t.t1) != "by" {
		return false
	}
	for j := t.t1 + 1; j < last && j <= t.t1+4; j++ {
		if a.clauseBreak(j) || a.covered(j, lexicon.Party, record.SecurityForces) {
			return false
		}
		if a.hasTerm(j, lexicon.Party, record.Perpetrators) {
			return true
		}
	}
	return false
}

// assaultToldAt returns the first token of the incident's first attack
// word read as an armed assault whose subject is an attacker, not a state
// force, or -1: "attacked" or "stormed" ([storm-verb]) after it ("two
// militants attacked a police station"), or a headline's attack word
// after it, which a wire headline puts in the present ("Insurgents attack
// police checkpoint", as "U.S. NAVAL FORCES ATTACK IRANIAN OIL PLATFORM"
// tells the deed of its story). A clash word that points back after it
// ("in the gunfight", "the gun battle with police") names the fight that
// assault became, not a battle of two sides that sought each other: the
// attackers chose the time and the target.
func (f *filler) assaultToldAt() int32 {
	a := f.a
	for _, m := range f.current() {
		for _, t := range m.triggers {
			if t.p.Value != "generic" {
				continue
			}
			if !a.spanIn(stormVerbs, t.t0, t.t1) && !a.inTitle(int(a.toks[t.t0].Start)) {
				continue
			}
			if r, ok := a.armedAttack(t, true); ok && r == record.ArmedAssault && a.perpetratorSubject(t.t0) {
				return t.t0
			}
		}
	}
	return -1
}

// perpetratorSubject reports whether the nearest party word before token
// t in its clause is an attacker's ("two heavily armed militants
// attacked"), not a state force's ("troops stormed").
func (a *article) perpetratorSubject(t int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j >= first && j >= t-roleWindow; j-- {
		if a.clauseBreak(j) {
			return false
		}
		if a.hasTerm(j, lexicon.Party, record.SecurityForces) {
			return false
		}
		if a.hasTerm(j, lexicon.Party, record.Perpetrators) {
			return true
		}
	}
	return false
}

// firedOnBy reports whether the word t stands in the object of a state
// force's firing: after "on", "at", "into" or "upon", within a few words,
// that follows a verb of [fire-verb] or "fire" ("opened fire on", a
// headline's "POLICE FIRE ON") whose subject is a state's force
// (stateForceBefore) or the police (policeBefore). A riot word there describes the people shot
// ("fired into a crowd of rioting students", "opened fire on rioters"):
// the event is the force's shooting, an armed assault by the state, as
// with a crowd of protesters.
func (a *article) firedOnBy(t term) bool {
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for j := t.t0 - 1; j > first && j >= t.t0-5; j-- {
		if a.clauseBreak(j) {
			return false
		}
		switch a.lowerWord(j) {
		case "on", "at", "into", "upon":
		default:
			continue
		}
		k := j - 1
		if w := a.lowerWord(k); w != "fire" && !fireVerbs[w] {
			return false
		}
		return a.stateForceBefore(k, first) || a.policeBefore(k, first)
	}
	return false
}

// policeBefore reports whether the subject of the verb at token k, within
// its clause, is the police or another security force the lexicon names
// ([party security_forces]), which agentAt does not count as an armed
// agent: "Police fired into a crowd", "riot police opened fire".
func (a *article) policeBefore(k, first int32) bool {
	for j := k - 1; j >= first && j >= k-roleWindow; j-- {
		if a.clauseBreak(j) {
			return false
		}
		if a.covered(j, lexicon.Party, record.SecurityForces) {
			return true
		}
	}
	return false
}

// resultVerbs say that one event brought about the next: "attacked a
// base, setting off a gunbattle", "sparking a firefight".
var resultVerbs = lexicon.Words().Set("result-verb") // lexicon/words.txt

// attackSetOff reports whether the clash word t is what an attack told
// before it in its sentence brought about ("militants attacked an army
// base, setting off a gunbattle"): the fight is the defence the assault
// met, and the assault says what the incident was. A state force's raid
// that sets off a firefight met armed men, a clash.
func (a *article) attackSetOff(t term) bool {
	u := a.attackSetOffBy(t)
	return u >= 0 && !a.forceBefore(int32(a.sents[a.sentOf[t.t0]].First), u)
}

// attackSetOffBy returns the first token of the attack word told before
// the clash word t in its sentence that brought it about (a [result-verb]
// within four words before t: "attacked an army base, setting off a
// gunbattle"), or -1.
func (a *article) attackSetOffBy(t term) int32 {
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for j := t.t0 - 1; j > first && j >= t.t0-4; j-- {
		if !resultVerbs[a.lowerWord(j)] && !a.spanIn(resultVerbs, j-1, j+1) {
			continue
		}
		for _, u := range a.termsIn(first, j) {
			if u.p.Cat == lexicon.Trigger && u.p.Value != record.Clash {
				return u.t0
			}
		}
		return -1
	}
	return -1
}

// raidMetFight reports whether the assault word t is a state force's
// deed (a word of the security forces before it in its sentence) that
// set off a fight: a clash word after a [result-verb] later in the
// sentence ("Police in Rio de Janeiro raided the favela before dawn,
// setting off a fierce firefight"). The force met armed men: two armed
// sides fought (attackSetOff leaves such a fight its own type).
func (a *article) raidMetFight(t term) bool {
	s := a.sents[a.sentOf[t.t0]]
	first, last := int32(s.First), int32(s.Last)
	if !a.forceBefore(first, t.t0) {
		return false
	}
	for j := t.t1; j < last; j++ {
		if u, ok := a.termAt(j, lexicon.Trigger); ok && u.p.Value == record.Clash && a.attackSetOffBy(u) == t.t0 {
			return true
		}
	}
	return false
}

// forceBefore reports whether a word of the security forces stands
// between tokens t0 and t1: "Police in Rio de Janeiro raided".
func (a *article) forceBefore(t0, t1 int32) bool {
	for j := t0; j < t1; j++ {
		if a.hasTerm(j, lexicon.Party, record.SecurityForces) {
			return true
		}
	}
	return false
}

// inNoun reports whether the casualty verb v is followed, in its clause,
// by "in" within inReach tokens of it and one of nouns within nounReach
// words of the "in": what the casualty fell in. A fight noun
// ([fight-noun]: "killed 30 guerrillas in a battle", "died in battles",
// "were killed in combat with troops") says the dead died in a clash of
// armed sides, not in an assault; an ambush right after the verb
// ([ambush-noun]: "Town councilor candidate killed in Cotabato ambush")
// says the killing was lain in wait for, which for an office-holder is a
// targeted one, as a shooting dead is.
func (a *article) inNoun(v term, inReach, nounReach int32, nouns map[string]bool) bool {
	j, last := a.inAfter(v, inReach)
	// past an article and an adjective or two: "in a fierce battle"
	return j >= 0 && a.setAhead(nouns, j+1, min(last, j+nounReach+1))
}

// inAfter returns the first "in" after the casualty verb v within reach
// tokens of it in its clause, or -1, and the end of v's sentence: where
// the phrase of what the casualty fell in opens (inNoun, inFreshFight).
func (a *article) inAfter(v term, reach int32) (int32, int32) {
	last := int32(a.sents[a.sentOf[v.t0]].Last)
	for j := v.t1; j < last && j < v.t1+reach; j++ {
		if a.clauseBreak(j) {
			return -1, last
		}
		if a.lowerWord(j) == "in" {
			return j, last
		}
	}
	return -1, last
}

// sidesAhead reports whether the clash word t names its two sides after
// "between" later in its clause: right after it ("a gun battle between
// two drug trafficking groups", sidesOf) or past the verb and the place
// and day of its outbreak ("heavy fighting had broken out in Shangil
// Tobaya on Saturday between unidentified armed men and the Sudanese
// Armed Forces").
func (a *article) sidesAhead(t term) bool {
	if t.p.Value != record.Clash || !a.asserted(t.t0) {
		return false
	}
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	for b := t.t1; b < min(last, t.t1+2*roleWindow); b++ {
		if a.clauseBreak(b) {
			return false
		}
		if a.lowerWord(b) == "between" {
			return a.armedSidesIn(b, a.sidesEnd(b, last))
		}
	}
	return false
}

// inFreshFight reports whether the casualty verb v is followed, in its
// clause, by "in" and a fight noun ([fight-noun]) within a few words that
// no [back-pointer] opens: "were killed in a 10-hour battle", "killed in
// fighting with rebels", "killed in renewed fighting with Armenian
// forces", not "killed in the fighting", which names a deed told before.
func (a *article) inFreshFight(v term) bool {
	j, last := a.inAfter(v, roleWindow)
	if j < 0 {
		return false
	}
	for k := j + 1; k < min(last, j+4); k++ {
		if a.clauseBreak(k) {
			return false
		}
		if fightNouns[a.lowerWord(k)] {
			return !a.pointedBack(k)
		}
	}
	return false
}

// killedInPursuit reports whether statement st counts armed men
// ([party perpetrators]) killed in a force's pursuit of them, a noun of
// [quarry-noun] after "in" or "during" that opens the sentence ("In
// separate operations the same night, the military said, 17 militants
// were killed when a hideout was busted in Darazinda and four more in
// Kulachi": every clause of the sentence) or after "in" right behind the
// verb ("11 fighters had been killed in an operation"): the force went
// after armed men and met them, which is a clash, whatever else the
// story tells.
func (a *article) killedInPursuit(st *statement) bool {
	if st.effect != lexicon.Kill || !slices.ContainsFunc(st.parts, func(p part) bool { return p.party == record.Perpetrators && !p.zero }) {
		return false
	}
	s := a.sents[st.sent]
	first, last := int32(s.First), int32(s.Last)
	if w := a.lowerWord(first); (w == "in" || w == "during") && a.setAhead(quarryNouns, first+1, min(last, first+4)) {
		return true
	}
	return a.inNoun(st.verb, roleWindow, 3, quarryNouns)
}

// ambushNouns name an ambush (inNoun).
var ambushNouns = lexicon.Words().Set("ambush-noun") // lexicon/words.txt

// backing reports whether token j opens what backs another's deed:
// "troops backed by helicopter gunships", "supported by the air force",
// "Kurdish fighters backed by U.S.-led air strikes". The backer helps;
// the one backed is who fights. The words between "by" and j are the
// backer's modifiers (backerModifier).
func (a *article) backing(j int32) bool {
	k := j - 1
	// "by" ends the walk though capitals may spell it ("TROOPS BACKED
	// BY HELICOPTER GUNSHIPS"): it is the participle's, no modifier
	for k > j-6 && a.lowerWord(k) != "by" && a.backerModifier(k) {
		k--
	}
	return k > 0 && a.backedBy(k-1)
}

// backerModifier reports whether token k may stand before the head of a
// noun phrase as its modifier: an article, a capitalised name or demonym
// ("Russian", "U.S."), or a part of a hyphened compound ("U.S.-led",
// "Saudi-led"), the words that name whose the backer is.
func (a *article) backerModifier(k int32) bool {
	return k > 0 && (articleWords[a.lowerWord(k)] || a.toks[k].Has(text.Cap) ||
		a.word(k) == "-" || a.word(k+1) == "-" || a.word(k-1) == "-")
}

// backedBy reports whether token v opens "backed by", "supported by": a
// participle that names what follows the "by" as a backer (backing,
// pastCoordinated).
func (a *article) backedBy(v int32) bool {
	return backingVerbs[a.lowerWord(v)] && a.lowerWord(v+1) == "by"
}

// backingVerbs are the participles before "by" that name a backer:
// "backed by", "supported by".
var backingVerbs = lexicon.Words().Set("backing-verb") // lexicon/words.txt

// droppedByCraft reports whether the bomb word t was dropped from the
// air: "bombs dropped by Iraqi aircraft", "bombs dropped from
// helicopters", "warplanes dropped bombs on the town". The craft
// ([armed-agent] of remote_violence) makes it an air raid.
func (a *article) droppedByCraft(t term) bool {
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	first := int32(a.sents[a.sentOf[t.t0]].First)
	if dropVerbs[a.lowerWord(t.t1)] && t.t1+1 < last {
		if w := a.lowerWord(t.t1 + 1); w == "by" || w == "from" {
			typ, ok := a.agentAfter(t.t1+2, min(last, t.t1+6))
			return ok && typ == record.RemoteViolence
		}
	}
	for j := t.t0 - 1; j >= first && j >= t.t0-3; j-- {
		if dropVerbs[a.lowerWord(j)] {
			typ, ok := a.agentBefore(j, first)
			return ok && typ == record.RemoteViolence
		}
	}
	return false
}

// projectileFired reports whether the attack word t tells a projectile
// fired from afar ([projectile-fired]): t is a verb of shooting
// ([fire-verb]) whose object or passive subject is a bomb, a shell, a
// rocket or explosives ("India's armed forces fired missiles at nine
// sites", "explosives were fired from a dump truck"), or t is that bomb
// ("fired around a dozen gas-cylinder bombs at the compound"). What was
// fired says how the attack was made: a launch from afar, not a gun's
// shooting nor a bomb planted where it went off.
func (a *article) projectileFired(t term) bool {
	if t.t1 == t.t0+1 && fireVerbs[a.lowerWord(t.t0)] {
		if a.lowerWord(t.t1) == "down" {
			return false // "were shot down by Iranian missiles": an interception (inInterception)
		}
		return a.projectileAt(t.t1) || a.projectileBefore(t.t0)
	}
	return a.projectileNoun(t) && (a.shotBefore(t.t0) || a.passiveFiredAfter(t.t1))
}

// projectileNoun reports whether the term t names a thing a launcher or
// a gun can fire: a trigger of remote violence or of a bomb, or an
// explosive or rocket weapon, grenades aside ([projectile-not]: a
// grenade is thrown as often as fired) and aircraft aside (a warplane
// fires; it is not fired).
func (a *article) projectileNoun(t term) bool {
	if projectileNot[a.lowerWord(t.t1-1)] {
		return false
	}
	if a.hasTerm(t.t0, lexicon.Weapon, "aircraft") {
		return false // "warplanes", "helicopter gunships": craft that fire, not what is fired
	}
	switch t.p.Cat {
	case lexicon.Trigger:
		return t.p.Value == record.RemoteViolence || t.p.Value == record.Bombing
	case lexicon.Weapon:
		return explosiveKind(t.p.Value) || t.p.Value == "rockets_mortars"
	}
	return false
}

// projectileAt reports whether the noun phrase from token j, the object
// of a verb of shooting, ends in a projectile (projectileNoun): a few
// words of quantity and kind may open it ("around a dozen gas-cylinder
// bombs"), a preposition or a clause break ends it ("fired at the
// bombers" fired no bomb).
func (a *article) projectileAt(j int32) bool {
	last := int32(a.sents[a.sentOf[j-1]].Last)
	for k := j; k < last && k < j+7 && !a.clauseBreak(k); k++ {
		if a.objectEnds(k) {
			return false // "fired on the convoy", but "fired around a dozen bombs"
		}
		for _, u := range a.termsIn(k, k+1) {
			if u.t0 == k && a.projectileNoun(u) {
				return true
			}
		}
	}
	return false
}

// projectileBefore reports whether the verb of shooting at token v is a
// passive whose subject is a projectile: "explosives were fired", "two
// rockets had been fired".
func (a *article) projectileBefore(v int32) bool {
	first := int32(a.sents[a.sentOf[v]].First)
	j := v - 1
	if j < first || !auxiliaries[a.lowerWord(j)] {
		return false
	}
	for j > first && auxiliaries[a.lowerWord(j-1)] {
		j--
	}
	for _, u := range a.termsIn(max(first, j-4), j) {
		if u.t1 == j && a.projectileNoun(u) {
			return true
		}
	}
	return false
}

// shotBefore reports whether a verb of shooting stands before token j
// with only the words of j's noun phrase between: "fired around a dozen
// gas-cylinder bombs".
func (a *article) shotBefore(j int32) bool {
	first := int32(a.sents[a.sentOf[j]].First)
	for k := j - 1; k >= first && k >= j-7 && !a.clauseBreak(k); k-- {
		if fireVerbs[a.lowerWord(k)] {
			return a.projectileAt(k + 1)
		}
		if a.objectEnds(k) {
			return false
		}
	}
	return false
}

// passiveFiredAfter reports whether the projectile ending before token j
// is the subject of a passive verb of shooting: "explosives were fired".
func (a *article) passiveFiredAfter(j int32) bool {
	last := int32(a.sents[a.sentOf[j-1]].Last)
	k := j
	for k < last && k < j+3 && auxiliaries[a.lowerWord(k)] {
		k++
	}
	return k > j && k < last && fireVerbs[a.lowerWord(k)]
}

// objectEnds reports whether token k ends the object of a verb of
// shooting: a preposition ([event-prep], [projectile-stop]), unless it is
// one of quantity before a number or an article ([quantity-prep]:
// "around a dozen bombs", "about 20 rockets"), or a conjunction: what the
// object's first noun is not ("fired their weapons and detonated
// explosives") a later one does not make it.
func (a *article) objectEnds(k int32) bool {
	w := a.lowerWord(k)
	if quantityPreps[w] && int(k+1) < len(a.toks) {
		n := a.lowerWord(k + 1)
		if a.toks[k+1].Kind == text.Num || numberWords[n] || determiners[n] {
			return false
		}
	}
	return eventPreps[w] || firePrepStops[w] || listLink(w) // "fired their weapons and detonated explosives"
}

// quantityPreps may open a quantity rather than a place ([quantity-prep]).
var quantityPreps = lexicon.Words().Set("quantity-prep") // lexicon/words.txt

// firePrepStops end the object of a verb of shooting ([projectile-stop]).
var firePrepStops = lexicon.Words().Set("projectile-stop") // lexicon/words.txt

// projectileNot are the explosives thrown as often as fired ([projectile-not]).
var projectileNot = lexicon.Words().Set("projectile-not") // lexicon/words.txt

// explosiveInstrument reports whether the generic attack word t is told
// as made with explosives: an explosive right before it ("a dynamite
// attack", "an explosives attack") or, in its clause, as what it was made
// "with" or "using" ("attacked the embassy with explosives", "an attack
// using dynamite"). Attack words say that something violent happened, not
// how; the instrument says how, and explosives make a bombing.
func (a *article) explosiveInstrument(t term) bool {
	if a.explosiveAt(t.t0-1, true) {
		return !a.hasTerm(t.t0-3, lexicon.Weapon, "firearms") // not "a gun and grenade attack"
	}
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	for j := t.t1; j < last && j < t.t1+12 && !a.clauseBreak(j); j++ {
		if w := a.lowerWord(j); w != "with" && w != "using" {
			continue
		}
		// past an article, a number and an adjective: "with two powerful
		// bombs"; guns among the instruments make it an assault ("with
		// rifles and grenades")
		explosive := false
		for k := j + 1; k < last && k <= j+8 && (a.word(k) == "," || !a.clauseBreak(k)); k++ {
			if a.hasTerm(k, lexicon.Weapon, "firearms") {
				return false
			}
			explosive = explosive || k <= j+4 && a.explosiveAt(k, false)
		}
		return explosive
	}
	return false
}

// explosiveAt reports whether an explosive weapon term starts at token j
// or, with ending, ends there ("dynamite" before "attack").
func (a *article) explosiveAt(j int32, ending bool) bool {
	if j < 0 || int(j) >= len(a.toks) {
		return false
	}
	for _, u := range a.termsIn(int32(a.sents[a.sentOf[j]].First), j+1) {
		if u.p.Cat != lexicon.Weapon || !explosiveKind(u.p.Value) {
			continue
		}
		if ending && u.t1 == j+1 || !ending && u.t0 == j {
			return true
		}
	}
	return false
}

// dropVerbs tell of bombs let fall from the air.
var dropVerbs = lexicon.Words().Set("drop-verb") // lexicon/words.txt

// backer reports whether the armed agent ending at token j (one word or
// two: "helicopter gunships") is what backs another's deed, not its doer.
func (a *article) backer(j int32) bool {
	return a.backing(j) || j > 0 && a.backing(j-1)
}

// assassination finds a high-profile victim shot dead: "Russian ambassador
// to Turkey shot dead", "candidate Fernando Villavicencio shot dead". Only
// the verbs of a targeted killing count, not "killed", which also reports
// bystanders of a larger attack. It returns the first such verb and how
// much the statements weigh (one each, two in the headline). A titled
// victim of a wider toll (widerToll) was shot among many: those statements
// weigh in shot instead, for the shooting.
func (f *filler) assassination() (first term, weight, shot float64) {
	a := f.a
	for m, st := range f.statements() {
		if st.effect != lexicon.Kill {
			continue
		}
		v := a.lowerSpan(st.verb.t0, st.verb.t1)
		if !targetedKillVerbs[v] && !(v == "killed" && a.inNoun(st.verb, 1, 4, ambushNouns)) {
			continue
		}
		// a title in the victim's phrase, before a passive verb or
		// after an active one: "ambassador shot dead", "shot dead the
		// deputy governor"; not in another's ("a police official said
		// two civilians were shot dead")
		if !a.titledVictim(*st) {
			continue
		}
		// it weighs as a trigger does: twice in the headline, so that
		// "Russian ambassador to Turkey shot dead" is not outweighed by
		// the shots the story goes on to tell
		w := mentionWeight(m)
		if f.widerToll(*st) {
			shot += w // one shot among many: the shooting is the deed
			continue
		}
		if weight == 0 {
			first = st.verb
		}
		weight += w
	}
	return first, weight, shot
}

// fewDead is the most dead a raid may leave and still be told by the
// people it took: "killing one student and abducting 27 others", "a
// cross-border raid that killed at least three people" are kidnappings;
// a siege that ends with twelve dead, or a hotel attack that kills 29
// before hostages are freed, is the killing (learn 012, sides 074).
const fewDead = 3

// mostKilled is the largest kill figure the incident's statements give
// that is this incident's toll (ownToll: not hedged, earlier, of a period
// or a campaign; nor a breakdown or the doer's claim): how many the deed
// killed.
func (f *filler) mostKilled() int {
	most := 0
	for _, st := range f.statements() {
		if st.effect != lexicon.Kill || !st.ownToll() || st.subset || st.claimed {
			continue
		}
		if n, _ := st.total(); n > most {
			most = n
		}
	}
	return most
}

// entryWords are the assault words of forcible entry ([entry-word]:
// "stormed", "raid"), the way in of armed men.
var entryWords = lexicon.Words().Set("entry-word") // lexicon/words.txt

// targetedKillVerbs tell a killing that finds its one man
// ([targeted-kill-verb]: "shot dead", "gunned down", "assassinated").
var targetedKillVerbs = lexicon.Words().Set("targeted-kill-verb") // lexicon/words.txt

// widerToll reports whether another kill figure of the incident, not the
// doer's own nor a breakdown, counts more dead than st and none of them
// of a force: the titled victim is one of many killed in a wider
// shooting ("about 50 killed as forces fire on protesters ... Journalist
// Narcisse Oredje was shot dead", "Student leader shot dead as clashes
// leave six dead"), not the one the deed was for. The guards shot with a
// minister are a force's dead and leave the killing his assassination.
func (f *filler) widerToll(st statement) bool {
	n, _ := st.total()
	for _, o := range f.statements() {
		if o.effect != lexicon.Kill || !o.ownToll() || o.unconfirmed || o.subset || o.claimed || o.combined {
			continue
		}
		if k, _ := o.total(); k <= n {
			continue
		}
		if !slices.ContainsFunc(o.parts, func(p part) bool { return p.party == record.SecurityForces || p.party == record.Perpetrators }) {
			return true
		}
	}
	return false
}

// officeBombed finds a kill statement of the incident whose first victim
// holds an office: a title in the victim's phrase ("Car Bomb Kills
// Christian Lawmaker", "killed a Christian lawmaker from the governing
// coalition and six others") or in the apposition after a victim named
// ("It killed Fernando Buesa, the 53-year-old leader of the provincial
// party", "Mohammed Chatah, a former finance minister, was killed"). A
// bomb whose first dead is an office holder was set for that person: an
// assassination. Those killed among many ("including a councillor"), the
// guards of the security forces, a rank in a force (a "sergeant": the
// force was struck), a figure no one vouches for and a death told
// without the verb of killing (killVerb) say nothing of whom the bomb
// was for. A bomb whose one dead is a person the story names
// (namedPerson), of a force or not, was set for that person too: "a
// senior military intelligence officer, Taher Allush, was killed when a
// bomb hidden in his car went off"; a bomb set among people kills more
// or hurts others (othersHurt). A suicide bomber's first dead holding an
// office was his aim as a planted bomb's is ("Burhanuddin Rabbani ... has
// been killed by a suicide bomber").
func (f *filler) officeBombed() (term, bool) {
	a := f.a
	alone := f.mostKilled() == 1 && !f.othersHurt() // the deed killed one and hurt no one
	for _, st := range f.statements() {
		if st.effect != lexicon.Kill || !st.ownToll() || st.unconfirmed || len(st.parts) == 0 {
			continue
		}
		if !a.killVerb(st.verb) {
			continue
		}
		p := st.parts[0]
		if !p.subset && alone && a.namedPerson(*st, p) {
			return st.verb, true
		}
		if a.officeVictim(*st) {
			return st.verb, true
		}
	}
	return term{}, false
}

// officeVictim reports whether the first victim of kill statement st
// holds an office: a title in the victim's phrase or in the apposition
// after a victim named ("killed a Christian lawmaker", "Mohammed Chatah,
// a former finance minister, was killed"), not one among many ("including
// a councillor"), a guard of the security forces or a rank in a force (a
// "sergeant": the force was struck).
func (a *article) officeVictim(st statement) bool {
	p := st.parts[0]
	if p.subset || p.party == record.SecurityForces {
		return false
	}
	for j, t1 := p.t0, a.victimPhraseEnd(st, p); j < t1; j++ {
		// the whole title: "attorney general" is an office, not the rank "general"
		if tm, ok := a.termAt(j, lexicon.Title); ok && !a.spanIn(forceRanks, tm.t0, tm.t1) {
			return true
		}
	}
	return false
}

// officeKilled finds the kill statement of a deed that killed one person
// only (mostKilled), who held an office (officeVictim): "the town's mayor
// was found murdered", "claimed the killing of a blogger". A killing that
// finds its one man, and he an office holder or a public voice ([title
// leader] in terms.txt), was for him, whatever word tells the deed: the
// words of targeted killing (assassination) are not needed. A verb of
// dying tells no deed ("the Emir of Gombe, who died recently in London").
func (f *filler) officeKilled() (term, bool) {
	a := f.a
	if f.mostKilled() != 1 {
		return term{}, false
	}
	for _, st := range f.statements() {
		if st.effect != lexicon.Kill || !st.ownToll() || st.unconfirmed || len(st.parts) == 0 || a.spanIn(dyingVerbs, st.verb.t0, st.verb.t1) {
			continue
		}
		if a.officeVictim(*st) {
			return st.verb, true
		}
	}
	return term{}, false
}

// othersHurt reports whether the incident tells anyone hurt, a figure not
// hedged nor earlier: a bomb that killed one named person and wounded
// others went off among people ("A grenade thrown into a bakery ...
// wounded six people" ... "Marta Lucia Rojas ... was killed"), not at the
// one it killed.
func (f *filler) othersHurt() bool {
	for _, st := range f.statements() {
		if st.effect != lexicon.Injure || st.hedged || st.old {
			continue
		}
		if n, _ := st.total(); n > 0 {
			return true
		}
	}
	return false
}

// namedPerson reports whether victim p is one person the story names, by
// name or in the apposition after his office: "a senior military
// intelligence officer, Taher Allush, was killed". A name is read by its
// capitals, so text without them names no one here: there every word of
// "A BOMB KILLED A POLICEMAN, THE ARMY SAID," would pass for one.
func (a *article) namedPerson(st statement, p part) bool {
	if a.cs != text.Mixed {
		return false
	}
	if p.name {
		return true
	}
	last := int32(a.sents[st.sent].Last)
	if a.word(p.t1) != "," || p.t1+1 >= last {
		return false
	}
	_, n1 := a.properName(p.t1+1, last)
	return n1 > p.t1+1 && a.word(n1) == ","
}

// victimPhraseEnd is the end of victim p's phrase with the apposition
// after a name, to its closing comma or clause break and at most a dozen
// words on ("It killed Fernando Buesa, the 53-year-old leader of the
// provincial party"): the apposition says who the named victim was.
func (a *article) victimPhraseEnd(st statement, p part) int32 {
	t1 := p.t1
	if p.name && a.word(p.t1) == "," {
		last := int32(a.sents[st.sent].Last)
		t1++
		for t1 < last && t1 < p.t1+12 && !a.clauseBreak(t1) {
			t1++
		}
	}
	return t1
}

// killVerb reports whether the casualty word t is the verb "kill" ("a car
// bomb killed a lawmaker", "It killed Fernando Buesa", "was killed when a
// bomb targeted his convoy", "exploded, killing ..."): the deed done to
// the victim. "Died" tells only the death ("the labor leader died in
// hospital as a result of the dynamite attack on the union's office"),
// and "the killing of" or a "murdered senator" name a deed of their own.
func (a *article) killVerb(t term) bool {
	switch a.spanOf(killForms, t.t0, t.t1) {
	case "verb":
		return true
	case "gerund":
		return !determiners[a.lowerWord(t.t0-1)] && a.lowerWord(t.t1) != "of"
	}
	return false
}

// killForms are the forms of "kill" by what they may be ([kill-form]):
// always the verb, or a gerund that may be the noun.
var killForms = lexicon.Words().Map("kill-form") // lexicon/words.txt

// forceRanks are the titles of rank in a force ([force-rank]).
var forceRanks = lexicon.Words().Set("force-rank") // lexicon/words.txt

// titledVictim reports whether a title stands in the phrase of one of the
// statement's victims: the office is what makes a killing an
// assassination.
//
// The title may stand in the apposition after the victim's name, as it
// does in officeBombed: "Berta Caceres, the Lenca indigenous leader who
// won ..., was shot dead", "Marielle Franco, a Rio de Janeiro city
// councillor who ..., was shot dead" (and, in text never tuned on,
// "Bhadreswar Municipality Chairman Manoj Upadhyay, also a Trinamool
// Congress leader, was shot from point blank range").
func (a *article) titledVictim(st statement) bool {
	for _, p := range st.parts {
		for j, t1 := p.t0, a.victimPhraseEnd(st, p); j < t1; j++ {
			if _, ok := a.termAt(j, lexicon.Title); ok {
				return true
			}
		}
	}
	return false
}

// date sets the incident's day from its first event date, or, failing
// that, from the day a statement about it was made.
func (f *filler) date() {
	a := f.a
	k := f.in.date
	if k >= 0 && a.coming(k) {
		k = -1
	}
	if k < 0 {
		k = f.firstDeedDate()
	}
	if k >= 0 && a.coming(k) {
		k = -1 // "delegates will meet tomorrow ... after squads assassinated 10 labor leaders"
	}
	if k < 0 || a.dates[k].Day == a.pub {
		// "today called for an inquiry into the murder of six priests"
		// ... "the priests were murdered on 16 November"
		if j := f.deedDayElsewhere(k); j >= 0 {
			k = j
		}
	}
	if k < 0 && f.in.retold() {
		return // an attack told again happened on a day of its own, which the text does not give
	}
	if k < 0 {
		k = f.toldDay() // "Chad said yesterday its troops had captured the outpost"
	}
	if k < 0 {
		k = f.sceneDay() // "was charged ..., prosecutors said on Sunday" ... "Police were called ... on Saturday"
	}
	if k < 0 {
		if j := f.hoursBefore(); j >= 0 {
			// "shot dead five men ... early on Friday ..., hours after a
			// van ploughed through crowds": the day before the small hours
			f.rec.Date = a.dates[j].Day.AddDays(-1).String()
			f.rec.DatePrecision = record.PrecisionDay
			f.evidence("date", a.dates[j].Start, a.dates[j].End)
			return
		}
	}
	if d0 := f.st.d0; k < 0 && d0 >= 0 && a.dates[d0].Precision == record.PrecisionDay {
		k = d0 // a round-up's "In another attack ..." happened on the day the article is about
	}
	if k < 0 {
		for _, m := range f.current() {
			if len(m.said) > 0 {
				k = m.said[0]
				break
			}
		}
	}
	if k >= 0 && a.dates[k].Day == a.pub && !a.deedOwnDay(k, nil) {
		// "killed two men, police said on Friday ... after confirming the
		// shooting on Wednesday night": the report's day gives way to the
		// day a definite attack word gives the deed told. A day given the
		// deed itself ("A policeman was killed Wednesday") stands
		if j := f.definiteDay(); j >= 0 {
			k = j
		}
	}
	if j := f.deedDayBeforeReaction(k); j >= 0 {
		// "declared a state of emergency late on Sunday after armed gangs
		// stormed the prison" ... "The gangs attacked the prison on
		// Saturday night": the lead's day is the reaction's
		k = j
	}
	if j := f.beganDay(k); j >= 0 {
		// "ending a siege of nearly 24 hours" on Saturday ... "The
		// trouble began early on Friday": a deed told over days is
		// dated by the day it began
		k = j
	}
	if f.rec.Type == record.Kidnapping && (k < 0 || !a.seizureDay(k)) {
		// "police today rescued a businessman ... who was kidnapped on 9
		// July": a kidnapping is dated by the seizure, as GTD codes it,
		// not by the rescue, the release or the report
		if j := f.soleSeizureDay(); j >= 0 {
			k = j
		}
	}
	if k < 0 {
		if !f.breakingDate(-1) && !f.clockDate() {
			f.leadDate()
		}
		return
	}
	if a.dates[k].Precision != record.PrecisionDay {
		k = f.dayWithin(k) // "the third such attack this week" ... "The attack came on Monday"
	}
	// "Russian forces have launched missiles into the station" opens a
	// breaking report: a day met only further down ("On Thursday, three
	// trains were blocked ...") tells of something else it brings in. The
	// paragraph right below the breaking sentence is no further down: it
	// tells that sentence's event in detail, with its day ("have been
	// killed in Israeli air strikes" ... "were killed in an air strike
	// late on Monday"), as it does below a standfirst that leadPara took
	// for the lead
	if p := a.sents[a.sentOf[a.tokenAt(a.dates[k].Start)]].Para; a.lead >= 0 && p > a.lead+1 && !a.definiteDeedDay(k) && !a.beganOn(k) && !f.placedOn(k) && !f.deedDoneAgainOn(k, min(a.lead+1, p-2)) && f.breakingDate(min(a.lead+1, p-2)) {
		return
	}
	d := a.dates[k]
	if d.Day == (text.Day{}) {
		return // relative to an unknown publication date
	}
	if d.Calendar {
		d = a.sightedDay(d)
	}
	if day, j, ok := f.overnightFixed(k); ok {
		d.Day = day // "overnight ..., officials said on Tuesday": Monday night
		f.evidence("date", a.dates[j].Start, a.dates[j].End)
	}
	if f.rec.Type == record.Clash && !a.pub.IsZero() && weekBefore(d.Day, a.pub) && f.goesOnNow() {
		// "fighting continues in the Kurdistan mountain region, where
		// Iran launched its northern offensive last Tuesday night";
		// "Clashes ... have killed at least 34 people since Tuesday, a
		// regional official said on Friday": a clash still going on is
		// dated to the day of the report, not to the day it began or
		// the deed that set it off
		f.rec.Date = a.pub.String()
		f.rec.DatePrecision = record.PrecisionDay
		f.pubEvidence()
		return
	}
	if f.rec.Type == record.Riot && !a.pub.IsZero() && a.pub.After(d.Day) && a.spellBegan(k) {
		// "the clashes which began last weekend": rioting told from the
		// day it began goes on over days, and coders date it to the day
		// the article reports, to the week. The evidence is that day
		// where the text gives it ("LAGOS, March 7 -"), or none: the day
		// it began is not the value
		f.rec.Date = a.pub.String()
		f.rec.DatePrecision = record.PrecisionWeek
		f.pubEvidence()
		return
	}
	f.rec.Date = d.Day.String()
	f.rec.DatePrecision = d.Precision
	f.evidence("date", d.Start, d.End)
}

// hoursBefore returns the day (an index in a.dates) in whose small hours
// the news came, when the incident is told only by clauses that a span
// of hours splits off that news's sentence ("Catalan police shot dead
// five men ... early on Friday ..., hours after a van ploughed through
// crowds on Barcelona's Las Ramblas": hoursAfter, smallHoursDay), or -1.
// Hours before the small hours are most often the day before, and the
// news's day is not the deed's. Hours before an evening ("shot dead a
// radio presenter ... on Friday evening ... only hours after gunmen
// killed a judge") stay in its day.
func (f *filler) hoursBefore() int {
	a := f.a
	k := -1
	for _, m := range f.current() {
		if m.t0 <= int32(a.sents[m.sent].First) {
			return -1
		}
		if k = a.smallHoursAside(m); k < 0 {
			return -1
		}
	}
	return k
}

// smallHoursAside returns the day (an index in a.dates) whose small hours
// the sentence of mention m tells before it, when a span of hours splits
// m off that news ("... early on Friday ..., hours after a van ploughed
// through crowds"), or -1: m tells a deed of the day before, which
// neither takes the news's day (segment) nor is dated by it (hoursBefore).
func (a *article) smallHoursAside(m *mention) int {
	if !a.hoursAfter(m.t0) {
		return -1
	}
	return a.smallHoursDay(m.sent, m.t0)
}

// smallHoursDay returns the first day (an index in a.dates) that sentence
// si gives before token t and tells in its small hours (inSmallHours), or
// -1.
func (a *article) smallHoursDay(si, t int32) int {
	lo, hi := a.dateRange(a.span(int32(a.sents[si].First), t))
	for k := lo; k < hi; k++ {
		if a.inSmallHours(k) {
			return k
		}
	}
	return -1
}

// inSmallHours reports whether date k is a day told in its small hours:
// a word of [small-hours] in its phrase or right before it ("early on
// Friday", "in the early hours of Tuesday", "at dawn on Monday"), or a
// clock time after midnight and before dawn right before it ("at about
// 2 a.m. Wednesday", "3:30 am on Friday"). What happened "overnight" or
// "hours after" something else then happened the day before.
func (a *article) inSmallHours(k int) bool {
	d := a.dates[k]
	if d.Precision != record.PrecisionDay || d.Day.IsZero() {
		return false
	}
	if smallHours.MatchString(a.src[max(0, d.Start-16):d.Start]) {
		return true
	}
	si := a.sentOf[a.tokenAt(d.Start)]
	d1 := a.tokenAt(d.End - 1)
	for j := max(a.tokenAt(d.Start)-4, int32(a.sents[si].First)); j <= d1; j++ {
		if smallHourWords[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// smallHourWords tell a time of day after midnight and before the day's
// work ([small-hours]).
var smallHourWords = lexicon.Words().Set("small-hours") // lexicon/words.txt

// firstDeedDate returns the first date one of the incident's mentions
// gives that does not date a later death (diedBefore), or -1. A death
// from wounds comes days or months after the deed: "the senator died
// early on Monday, two months after a gunman shot him", "a port worker
// died yesterday after being electrocuted" (Reuters). Its day is not the
// deed's, as eventDay already holds for the incident's own day; the
// deed's day comes further down ("since the June 7 attack"), or is left
// to the later steps of date.
func (f *filler) firstDeedDate() int {
	for _, m := range f.current() {
		for _, k := range m.dates {
			if !f.a.diedBefore(m, k) {
				return k
			}
		}
	}
	return -1
}

// diedBefore reports whether date k of mention m dates a later death
// (deathDate) told before it in the mention: "died early on Monday",
// "died at 1:56 a.m. after suffering a new bleed ... over the weekend".
// A death told after the day ("In separate operations the same day, ...
// nine militants were killed ..., where one soldier also died") is one
// more of the deed's dead, and the day is the deed's.
func (a *article) diedBefore(m *mention, k int) bool {
	if !a.deathDate(m, k) {
		return false
	}
	for j := m.t0; j < a.tokenAt(a.dates[k].Start); j++ {
		if dyingVerbs[a.lowerWord(j)] && !a.diedWhen(j) {
			return true
		}
	}
	return false
}

// deedDayBeforeReaction returns, when date k dates a reaction to the
// deed rather than the deed, the day one of the incident's own sentences
// gives the deed in its own clause, before k's day and within a week of
// it; else -1. A reaction lead names its day before any word of violence
// and tells the deed after it only in a clause that "after" opens or as
// a noun another word governs: "Guatemala's president declared a state
// of siege on Tuesday after 27 farm labourers were slaughtered", "the
// army on Sunday accused the rebels of raiding a village". The day dates
// the declaring or the accusing; the deed's own day comes further down
// ("The killings began on Saturday night", "struck the area late on
// Friday"). The first such day in the text is taken: the lead's deed is
// told again before later ones. A reaction on the day of the report
// ("today called for an inquiry into the murder") is left to
// deedDayElsewhere and definiteDay, which ask more of the day they take:
// a report's own day may stand beside another attack's ("yesterday's
// foiled attack").
func (f *filler) deedDayBeforeReaction(k int) int {
	a := f.a
	if k < 0 || a.dates[k].Precision != record.PrecisionDay || a.dates[k].Day.IsZero() || a.dates[k].Day == a.pub || a.deedOwnDay(k, nil) || !a.reactionDay(k) {
		return -1
	}
	day, ks := a.dates[k].Day, a.sentOf[a.tokenAt(a.dates[k].Start)]
	best := -1
	for _, m := range f.current() {
		if m.title || m.sent == ks {
			continue
		}
		for _, j := range m.dates {
			d := a.dates[j]
			if d.Precision != record.PrecisionDay || d.Day.IsZero() || !weekBefore(d.Day, day) {
				continue
			}
			if best < 0 || d.Start < a.dates[best].Start {
				best = j
			}
		}
	}
	return best
}

// beganDay returns, when date k dates the incident to a day, the day
// before it and within a week of it that one of the incident's own
// sentences gives as the day the deed began ("The trouble began early on
// Friday when gunmen tried to attack", "the operation, which began with
// air strikes on the camp before dawn on Wednesday", "a military
// operation that began on March 27"); else -1. A deed told over days or
// nights (a siege ended on Saturday, an operation whose dead were named
// on Thursday, killings "over the following days") is dated by the day
// it began, as coders date a campaign by its first day; the lead's day
// is often the day it ended or was reported. The violence of crowds is
// left alone: rioting told from its start is dated to the week of the
// report (spellBegan in date), and the burning a mob's "violence began
// around 10 pm on Saturday" led to is dated by its own deed ("After
// midnight, groups attacked Buddhist villages": learn 066). So is a day
// a "when" clause follows (whenAfterDay): it dates that clause's deed.
func (f *filler) beganDay(k int) int {
	a := f.a
	if f.rec.Type == record.Riot || f.rec.Type == record.Arson {
		return -1
	}
	day := a.pub
	if k >= 0 {
		if a.dates[k].Precision != record.PrecisionDay || a.whenAfterDay(k) {
			return -1
		}
		day = a.dates[k].Day
	}
	if day.IsZero() {
		return -1
	}
	return f.soleDay(func(j int) bool {
		d := a.dates[j]
		return !d.Relation && weekBefore(d.Day, day) && a.beganOn(j)
	})
}

// whenAfterDay reports whether a clause "when" opens follows date k
// right after it: "At least seven people were killed ... on Saturday
// when troops ... fought in the divided city". The day is the time of
// the deed the "when" clause tells whole, which a quarrel that "began on
// November 22" only led to; it is not the end of a deed told over days
// (beganDay: "stormed a hotel before dawn on Saturday, ending a siege").
func (a *article) whenAfterDay(k int) bool {
	return a.lowerWord(a.tokenAt(a.dates[k].End)) == "when"
}

// goesOnNow reports whether the text tells the incident's fighting as
// still going on at the report: a verb of [goes-on-verb] in one of its
// sentences ("fighting continues"), or a toll counted "since" a day
// before the report and within a week of it, in a sentence of no other
// incident (soleDay: "have killed at least 34 people since Tuesday"; "the
// worst in the north since May 29" compares, and is further back).
func (f *filler) goesOnNow() bool {
	a := f.a
	for _, m := range f.current() {
		s := a.sents[m.sent]
		for j := int32(s.First); j <= int32(s.Last); j++ {
			if goesOnVerbs[a.lowerWord(j)] {
				return true
			}
		}
	}
	return f.soleDay(func(k int) bool {
		d := a.dates[k].Day
		return a.dates[k].Prep == "since" && weekBefore(d, a.pub)
	}) >= 0
}

// weekBefore reports whether day d falls in the week before day: one to
// seven days earlier (deedDayBeforeReaction, beganDay, goesOnNow).
func weekBefore(d, day text.Day) bool {
	return day.After(d) && !day.AddDays(-7).After(d)
}

// goesOnVerbs are the verbs of goesOnNow.
var goesOnVerbs = lexicon.Words().Set("goes-on-verb") // lexicon/words.txt

// beganOn reports whether date k closes the clause of a verb of
// [start-verb] ("began early on Friday", "began with air strikes on the
// camp before dawn on Wednesday"): the verb stands at most twelve tokens
// before the day, in its clause (dayOfClause), with no [later-clause-
// lead] between: "the fighting began after gunmen attacked a bus on
// Tuesday" dates the deed that set it off, not the beginning.
func (a *article) beganOn(k int) bool {
	t := a.tokenAt(a.dates[k].Start)
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j >= first && j >= t-12; j-- {
		w := a.lowerWord(j)
		if laterClauseLeads[w] {
			return false
		}
		if startVerbs[w] {
			return a.dayOfClause(j+1, t)
		}
	}
	return false
}

// reactionDay reports whether date k stands before every word of
// violence of its sentence and the first after it is told only as
// something done before the clause's act: in a clause a [later-clause-
// lead] opens ("after gangs stormed the prison") or as a noun another
// word governs (governedDeed: "accused the rebels of raiding").
func (a *article) reactionDay(k int) bool {
	t := a.tokenAt(a.dates[k].Start)
	e := a.tokenAt(a.dates[k].End-1) + 1
	s := a.sents[a.sentOf[t]]
	for _, u := range a.termsIn(int32(s.First), int32(s.Last)+1) {
		if !violenceCat(u.p.Cat) {
			continue
		}
		if u.t0 < e {
			return false
		}
		for j := u.t0 - 1; j >= e && j >= u.t0-laterClauseWindow; j-- {
			if laterClauseLeads[a.lowerWord(j)] {
				return true
			}
		}
		return a.governedDeed(u)
	}
	return false
}

// deedDoneAgainOn reports whether date k dates the deed a breaking lead
// (breakingDate, paragraphs up to upTo) told in the perfect, told again:
// a clause whose attack word strikes the thing the lead's verb struck,
// named again by "the" and its head noun or by a name with that head
// ("have invaded Government Science Secondary School" ... "stormed the
// school at 10:45 pm on Friday"; "Gunmen have raided a government
// secondary school" ... "stormed Government Science Secondary School at
// Kankara late Friday"), does the
// lead's act again, and the day its clause gives is that act's day,
// however far down it comes: the perfect only said the act was done by
// now. A thing not named before ("three trains were blocked") is another
// act's.
func (f *filler) deedDoneAgainOn(k, upTo int) bool {
	a := f.a
	var obj []string // the words of the object of the lead's perfect
	for _, m := range f.current() {
		if m.hedged || !m.title && m.para > upTo || a.tally(m) {
			continue
		}
		if _, v, _, ok := a.perfectDeed(m); ok {
			if a.lowerWord(v-1) != "been" { // "have been killed": no object
				obj = a.objectWords(v+1, int32(a.sents[m.sent].Last))
			}
			break
		}
	}
	if len(obj) == 0 {
		return false
	}
	t := a.tokenAt(a.dates[k].Start)
	for _, u := range a.termsIn(int32(a.sents[a.sentOf[t]].First), t) {
		if u.p.Cat != lexicon.Trigger {
			continue
		}
		again := a.objectWords(u.t1, t)
		switch {
		case len(again) == 2 && again[0] == "the" && again[1] == obj[len(obj)-1]:
		case len(again) > 1 && a.toks[u.t1].Has(text.Cap) && again[len(again)-1] == obj[len(obj)-1]:
		default:
			continue
		}
		if a.dayOfClause(u.t1+int32(len(again)), t) {
			return true
		}
	}
	return false
}

// objectWords returns the lower-cased words of the noun phrase that
// starts at token k (nounPhraseEnd), nil for none or one that ends in no
// word.
func (a *article) objectWords(k, last int32) []string {
	e := a.nounPhraseEnd(k, last)
	if e <= k || a.toks[e-1].Kind != text.Word {
		return nil
	}
	out := make([]string, 0, e-k)
	for j := k; j < e; j++ {
		out = append(out, a.lowerWord(j))
	}
	return out
}

// dayOfClause reports whether the day at token t follows token j in its
// clause: no comma, semicolon, "and" or clause break between
// ("stormed the school at 10:45 pm on Friday").
func (a *article) dayOfClause(j, t int32) bool {
	for ; j < t; j++ {
		w := a.lowerWord(j)
		if w == ":" || w == "." {
			continue // "10:45 pm", "p.m."
		}
		if w == "," || w == ";" || w == "and" || a.clauseBreak(j) {
			return false
		}
	}
	return true
}

// seizureDay reports whether date k dates a word of kidnapping in its
// own clause ("was kidnapped on 9 July", "the 4 October abduction"). A
// word that names the takers ("the kidnappers made contact on March
// 13") tells what they did that day, not the seizure.
func (a *article) seizureDay(k int) bool {
	return a.dayOfWord(k, func(u term) bool {
		return deedKind(u) == "kidnapping" && !a.hasTerm(u.t0, lexicon.Party, record.Perpetrators)
	})
}

// soleSeizureDay returns the day, no later than the report's, that the
// article gives the seizure of a kidnapping (seizureDay) in a sentence
// that tells of no other incident, or -1 when it gives none or two
// different ones (soleDay): the kidnapping of the incident, told with its
// own day in a sentence of its own or one the incident holds ("the
// businessman, who owns a tannery, was kidnapped on 9 July").
func (f *filler) soleSeizureDay() int {
	a := f.a
	if a.pub.IsZero() {
		return -1
	}
	return f.soleDay(func(k int) bool {
		d := a.dates[k]
		return !d.Relation && !d.Day.After(a.pub) && !boundDay(d) && !a.reportingDate(k) && a.seizureDay(k)
	})
}

// boundDay reports whether date d bounds a span rather than dating a
// deed: "By Oct. 20", "until a few hours ago", "since 2 February".
func boundDay(d text.Date) bool {
	return d.Prep == "by" || d.Prep == "until" || d.Prep == "since"
}

// placedOn reports whether date k stands in the sentence that first names
// the incident's place, below a lead that gave only a wider one: "have
// been killed in fighting on the border of Nagorny Karabakh" ... "of
// attacking the positions near the village of Chaily ... on Tuesday
// afternoon". The sentence that places the attack tells it in detail,
// and its day is the attack's, however far down it comes.
func (f *filler) placedOn(k int) bool {
	a, p := f.a, f.in.place
	if p < 0 || a.places[p].country {
		return false
	}
	si := a.sentOf[a.tokenAt(a.dates[k].Start)]
	first := -1
	for q := range a.places {
		if q == p || a.samePlace(q, p) {
			first = q
			break
		}
	}
	return a.sentOf[a.places[first].t0] == si // places are in text order, the headline's first
}

// definiteDay returns the day before publication that a definite attack
// word of the article is given (definiteDeedDay: "after confirming the
// shooting on Wednesday night"), or -1: the definite article points back
// at the deed the lead told, so that day is the deed's, not the day it
// was reported on. The sentence need not be one of the incident's (a
// sentence that tells no new deed is no mention), but it may tell of no
// other incident, whose deed the article would be pointing at; two such
// days tell two deeds, and -1 is returned.
func (f *filler) definiteDay() int {
	a := f.a
	return f.soleDay(func(k int) bool { return a.pub.After(a.dates[k].Day) && a.definiteDeedDay(k) })
}

// soleDay returns the first of the dates that fit (definiteDay,
// soleSeizureDay) when they all give one day, or -1 when none fits or
// two different days do: two days are two deeds, and which one is the
// incident's the text does not say. Only a date to the day, below the
// dateline, outside the title and not of a day to come counts, and only
// in a sentence that tells of no incident but f's: in another's sentence
// the day may be that incident's.
func (f *filler) soleDay(fits func(k int) bool) int {
	a := f.a
	found := -1
	for k, d := range a.dates {
		if d.Start < a.datelineEnd || a.inTitle(d.Start) || d.Precision != record.PrecisionDay || d.Day.IsZero() || d.Future || !fits(k) {
			continue
		}
		if slices.ContainsFunc(f.st.incOf[a.sentOf[a.tokenAt(d.Start)]], func(in *incident) bool { return in != f.in }) {
			continue
		}
		if found >= 0 && a.dates[found].Day != d.Day {
			return -1
		}
		if found < 0 {
			found = k
		}
	}
	return found
}

// definiteDeedDay reports whether date k dates an attack word the text
// has named before: a trigger after [back-pointer] ("the", "that"), the date
// right after it or after "on" ("the attack on Saturday night happened
// in ..."). The definite article points back to the attack the lead
// told, so the day is that attack's, not another deed's brought in. So
// do a verb that only says the deed happened between them ("the attack
// occurred on Thursday": occurVerbEndingAt), a day in the possessive
// ("Saturday night's attempted bombing": ownsAttack), and a definite
// subject of a passive killing the date follows (the victims' day,
// definiteVictimsDay).
func (a *article) definiteDeedDay(k int) bool {
	t := a.tokenAt(a.dates[k].Start)
	if a.definiteVictimsDay(t) || a.ownsAttack(k) {
		return true
	}
	if w := a.lowerWord(t - 1); w == "on" || w == "at" {
		t--
	}
	t -= a.occurVerbEndingAt(t)
	tm, ok := a.termEndingAt(t, lexicon.Trigger)
	if !ok {
		return false
	}
	return backPointers[a.lowerWord(tm.t0-1)]
}

// ownsAttack reports whether day k owns an attack word in the possessive
// (possessiveDay): "Saturday night's attempted bombing", "Friday's
// suicide bombing". The possessive is a determiner, as "the" is: it
// points at the attack the lead told and gives its day.
func (a *article) ownsAttack(k int) bool {
	te := a.tokenAt(a.dates[k].End)
	if !a.possessiveAt(te) { // a day ending the text: tokenAt gives len(a.toks), where word is ""
		return false
	}
	last := int32(a.sents[a.sentOf[te]].Last)
	for _, u := range a.termsIn(te+2, min(te+5, last)) {
		if u.p.Cat == lexicon.Trigger && a.possessiveDay(u) == k {
			return true
		}
	}
	return false
}

// occurVerbEndingAt returns the number of words of an [occur-verb]
// ("occurred", "took place") that end right before token t, or 0: "the
// attack occurred on Thursday" gives the attack its day as "the attack on
// Thursday" does.
func (a *article) occurVerbEndingAt(t int32) int32 {
	if t >= 2 && occurVerbs[a.lowerWord(t-2)+" "+a.lowerWord(t-1)] {
		return 2
	}
	if t >= 1 && occurVerbs[a.lowerWord(t-1)] {
		return 1
	}
	return 0
}

// occurVerbs say that a deed happened, and nothing more of it.
var occurVerbs = lexicon.Words().Set("occur-verb") // lexicon/words.txt

// definiteVictimsDay reports whether the day at token t follows, past
// only words of [day-lead-in] ("on", "before dawn"), a passive killing
// whose subject a [back-pointer] opens: "the victims were shot dead
// before dawn Thursday". The definite subject is the dead the lead
// counted, so the day is their attack's; "two soldiers were killed on
// Thursday" may be others.
func (a *article) definiteVictimsDay(t int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	j := t - 1
	for j > first && dayLeadIns[a.lowerWord(j)] {
		j--
	}
	v, ok := a.termEndingAt(j+1, lexicon.Kill)
	if !ok || v.t0-1 <= first {
		return false
	}
	if aux := a.lowerWord(v.t0 - 1); aux != "was" && aux != "were" {
		return false
	}
	return a.setBehind(backPointers, v.t0-2, max(first, v.t0-4))
}

// dayLeadIns are the words that may stand between a deed's verb and its
// day.
var dayLeadIns = lexicon.Words().Set("day-lead-in") // lexicon/words.txt

// backPointers point an attack word back at the attack told before.
var backPointers = lexicon.Words().Set("back-pointer") // lexicon/words.txt

// coming reports whether date k lies after the publication day in the
// body ("tomorrow", "next week", "on 6 November" told on 5 November): a
// day to come dates no deed done, only what is planned beside it, so the
// incident is dated as if the sentence gave no day. A dateline a day
// ahead of the wire's stamp ("MANILA, April 18" on a story stamped April
// 17) is the reporter's own day and stands.
func (a *article) coming(k int) bool {
	return a.dates[k].Future && a.dates[k].Start >= a.datelineEnd
}

// overnightFixed returns, for an "overnight" date k with no weekday (read
// as the eve of publication), the day the text fixes instead, and the
// date j that fixes it: a day "on" brings in right after it ("overnight
// on Saturday") is the night's own day; a small-hours clock time of the next day in the
// sentences that follow ("at about 2 a.m. Wednesday") dates the attack to
// that day; a day before publication on which its own sentence says the
// report was made ("overnight, local officials said on Tuesday") puts it
// on the night before that day; fighting that has gone on since this
// morning ("Fierce fighting has been raging since dawn today") is one
// battle with the night's attack, dated the day it is reported on.
func (f *filler) overnightFixed(k int) (text.Day, int, bool) {
	a := f.a
	d := a.dates[k]
	if a.pub.IsZero() || d.Day != a.pub.AddDays(-1) || strings.ToLower(a.src[d.Start:d.End]) != "overnight" {
		return text.Day{}, 0, false
	}
	if j := a.todaySince(); j >= 0 && f.rec.Type == record.Clash {
		return a.pub, j, true
	}
	for j, dj := range a.dates {
		// "killed nine people overnight on Saturday": "on" and a day
		// right after "overnight" name the night the day opens, and the
		// attack is dated that day, whichever day it is
		if dj.Start > d.End && dj.Precision == record.PrecisionDay && !dj.Day.IsZero() &&
			strings.EqualFold(strings.TrimSpace(a.src[d.End:dj.Start]), "on") {
			return dj.Day, j, true
		}
	}
	si := a.sentOf[a.tokenAt(d.Start)]
	for j, dj := range a.dates {
		sj := a.sentOf[a.tokenAt(dj.Start)]
		if dj.Precision == record.PrecisionDay && dj.Day == d.Day.AddDays(1) && sj >= si && sj <= si+3 && a.inSmallHours(j) {
			return dj.Day, j, true
		}
	}
	for _, m := range f.current() {
		if m.sent != si {
			continue
		}
		for _, j := range m.said {
			if dj := a.dates[j]; dj.Precision == record.PrecisionDay && !dj.Day.IsZero() && a.pub.After(dj.Day) {
				return dj.Day.AddDays(-1), j, true
			}
		}
	}
	return text.Day{}, 0, false
}

// localDay moves the incident's day to the place's own when the text
// dates it by a clock time of Greenwich ("at 2230 [0230 GMT on 12
// January]", "the bombs went off at 0400 GMT on 10 September" in
// Guatemala): the small hours at Greenwich are the evening before west of
// it, and the evening at Greenwich the next morning far east of it. The
// offset is the place's longitude over 15 degrees an hour, which misses a
// zone's drawn border by an hour at most; a time within that hour of
// midnight either way is left alone. It runs after location, which gives
// the longitude.
func (f *filler) localDay() {
	loc := f.rec.Location
	if f.rec.DatePrecision != record.PrecisionDay || loc == nil || loc.Lon == nil {
		return
	}
	for i, ev := range f.rec.Evidence {
		if ev.Field != "date" || ev.In != "" {
			continue
		}
		b := ev.Start + f.a.bodyStart
		b0 := max(f.a.bodyStart, b-24)
		m := gmtBefore.FindStringSubmatchIndex(f.a.src[b0:b])
		if m == nil {
			return
		}
		clock := f.a.src[b0+m[2] : b0+m[5]]
		hh, _ := strconv.Atoi(clock[:2])
		mm, _ := strconv.Atoi(clock[2:])
		local := hh*60 + mm + int(math.Round(*loc.Lon/15))*60
		shift := 0
		switch {
		case local < -60:
			shift = -1
		case local >= 25*60:
			shift = 1
		}
		if shift == 0 {
			return
		}
		d, err := text.ParseDay(f.rec.Date)
		if err != nil {
			return
		}
		f.rec.Date = d.AddDays(shift).String()
		// the evidence takes in the clock time that moves the day
		ev.Start -= b - (b0 + m[2])
		ev.Text = f.a.src[b0+m[2] : ev.End+f.a.bodyStart]
		f.rec.Evidence[i] = ev
		return
	}
}

// gmtBefore matches a clock time of Greenwich at the end of the text
// before a date: "0230 GMT on ", "0400 GMT ON ", "2100 UTC, ".
var gmtBefore = regexp.MustCompile(`(?i)(?:^|[^0-9])([01][0-9]|2[0-3])([0-5][0-9]) ?(?:GMT|UTC)[)\]]?,? (?:on )?$`)

// smallHours matches a clock time after midnight and before dawn, at the
// end of the text before a day: "at about 2 a.m. ", "3:30 am on ".
var smallHours = regexp.MustCompile(`(?i)(^|[^0-9:])(12|[1-5])(:[0-5][0-9])? ?a\.?m\.? (on )?$`)

// spellBegan reports whether date k is the day something began ("which
// began last weekend", "started on Saturday"): a verb of [start-verb]
// just before it, a preposition between at most.
func (a *article) spellBegan(k int) bool {
	t := a.tokenAt(a.dates[k].Start)
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j >= first && j >= t-2; j-- {
		if startVerbs[a.lowerWord(j)] {
			return true
		}
		if w := a.lowerWord(j); w != "on" && w != "at" && w != "in" {
			return false
		}
	}
	return false
}

// dayWithin returns the first day the incident's sentences give inside
// the span of its coarser date k ("this week", "last month"), or, for a
// week, the day a sentence of no other incident gives inside it
// (soleDayInWeek), or k when they give none: a span sets the event among
// others ("the third such attack this week"), a day says when it was.
func (f *filler) dayWithin(k int) int {
	a := f.a
	span := a.dates[k]
	for _, m := range f.current() {
		for _, j := range m.dates {
			d := a.dates[j]
			if d.Precision != record.PrecisionDay || d.Relation || d.Future || d.Calendar || d.Day.IsZero() {
				continue
			}
			in := false
			switch span.Precision {
			case record.PrecisionWeek:
				in = d.Day.Sub(span.Day) > -7 && d.Day.Sub(span.Day) < 7
			case record.PrecisionMonth:
				in = d.Day.Y == span.Day.Y && d.Day.M == span.Day.M
			case record.PrecisionYear:
				in = d.Day.Y == span.Day.Y
			}
			if in {
				return j
			}
		}
	}
	if span.Precision == record.PrecisionWeek {
		if j := f.soleDayInWeek(k); j >= 0 {
			return j
		}
	}
	return k
}

// soleDayInWeek returns the one day, not of a report, that the article
// gives inside the calendar week (Monday to Sunday) of week date k, in a
// sentence of no other incident (soleDay), or -1 when it gives none or
// two: "the toll given by officials last week" ... "The feud flared on
// Wednesday last week". A lead that dates the deed only to a week, or
// that dates something else of the story to one (an earlier count, a
// seizure told "last week"), leaves the deed's day to the sentence that
// tells it in detail ("the gunmen stopped their car on Friday"), which is
// often no mention: its verbs tell what led to the deed, not the deed.
// The day must fall inside the week the text names: a day before it is
// another deed's (a clash in a neighbouring country "on May 1"). "The
// weekend" spans two days, not its week, and is left alone.
func (f *filler) soleDayInWeek(k int) int {
	a := f.a
	span := a.dates[k]
	words := strings.ToLower(a.src[span.Start:span.End])
	if span.Day.IsZero() || !strings.Contains(words, "week") || strings.Contains(words, "weekend") {
		return -1
	}
	monday := span.Day.AddDays(-((int(span.Day.Weekday()) + 6) % 7))
	return f.soleDay(func(j int) bool {
		d := a.dates[j]
		off := d.Day.Sub(monday)
		return off >= 0 && off < 7 && !d.Relation && !d.Calendar && !a.reportingDate(j)
	})
}

// toldDay returns the day a side told of a deed of its own, when the
// incident's sentences give no day of the deed: "Chad said yesterday its
// troops had captured the Libyan outpost of Gouro" happened on or before
// that day, the nearest the text comes to it (not the dateline's day,
// which dates the report). Only a date of the saying itself counts: m.said
// also holds the day of another deed a relation moved there ("said it
// launched an offensive, four days after it began a thrust"). -1 when
// there is none.
func (f *filler) toldDay() int {
	a := f.a
	for _, m := range f.current() {
		for _, k := range m.said {
			d := a.dates[k]
			if d.Start < a.datelineEnd || !a.reportingDate(k) || d.Precision != record.PrecisionDay || d.Day == (text.Day{}) || !a.pub.After(d.Day) {
				continue
			}
			lo, hi := a.placeRange(m.t0, m.t1)
			for p := lo; p < hi; p++ {
				if pm := &a.places[p]; pm.country && !pm.demonym && a.tellsOwnDeed(m.sent, pm) {
					return k
				}
			}
		}
	}
	return -1
}

// sceneDay returns the day a sentence that tells no deed gives, when it
// stands inside the telling of an incident no sentence of which dates the
// deed: after the incident's first sentence and before its last, with no
// other incident's sentence between. A story that leads with a later act
// ("was charged with 29 federal crimes, prosecutors said on Sunday", "on
// Tuesday recovered the last bodies of 44 police commandos killed in a
// gunbattle") goes back to the scene and tells how it began, with its
// day, in words of no violence ("Police were called to the synagogue
// shortly before 10 a.m. on Saturday", "moved into Mamasapano town before
// dawn on Sunday"); the telling goes on from there, so that day, not the
// later act's, is the deed's. The day lies before the report and is no
// statement's; two such days of two dates give -1, as none does
// (soleDay over the span's sentences that tell of no incident).
func (f *filler) sceneDay() int {
	a := f.a
	if a.pub.IsZero() || len(f.in.ms) < 2 {
		return -1
	}
	first, last := f.in.ms[0].sent, f.in.ms[0].sent
	for _, m := range f.in.ms {
		first, last = min(first, m.sent), max(last, m.sent)
	}
	for _, in := range f.st.incs {
		if in == f.in {
			continue
		}
		for _, m := range in.ms {
			if m.sent > first && m.sent < last {
				return -1 // another incident told between: the span is no one telling
			}
		}
	}
	return f.soleDay(func(k int) bool {
		d := a.dates[k]
		si := a.sentOf[a.tokenAt(d.Start)]
		return !d.Relation && !boundDay(d) && a.pub.After(d.Day) && !a.reportingDate(k) &&
			si > first && si < last && len(f.st.incOf[si]) == 0
	})
}

// sightedDay returns the day the article itself gives (a weekday, a date)
// within one day of d, a day of the tabular Islamic calendar, when it gives
// one: the month began on the sighting of the moon, which the tabular
// calendar misses by a day either way ("on the first day of Ramadan" ...
// "the slayings Tuesday night"). The first such day in the text wins,
// not the dateline's ("KADUNA, Dec 18"), which dates the report; with
// none, d stands.
func (a *article) sightedDay(d text.Date) text.Date {
	for _, e := range a.dates {
		if e.Start < a.datelineEnd {
			continue
		}
		if e.Precision == record.PrecisionDay && !e.Calendar && !e.Future && !e.Relation && !e.Day.IsZero() {
			if within(e, d.Day, 1) {
				return e
			}
		}
	}
	return d
}

// clockDate dates an incident that no day word dates by a morning clock
// time told of it ("ahead of the 4.30am blast"): a report that gives the
// hour but no day was written the day it happened, and a morning hour is
// before the time any paper is out that day. An afternoon or evening hour
// with no day may be last night's, told next morning, so it dates
// nothing here (leadDate may still give the report's week). It reports
// whether it set the date.
func (f *filler) clockDate() bool {
	a := f.a
	if a.pub.IsZero() {
		return false
	}
	for _, m := range f.current() {
		if m.hedged {
			continue
		}
		b0, b1 := a.span(m.t0, m.t1)
		for ni := a.numberFrom(m.t0); ni < len(a.nums) && a.nums[ni].Start < b1; ni++ {
			if n := a.nums[ni]; n.Kind == text.Time && n.Start >= b0 && n.Value < 1200 {
				f.rec.Date = a.pub.String()
				f.rec.DatePrecision = record.PrecisionDay
				f.evidence("date", n.Start, n.End)
				return true
			}
		}
	}
	return false
}

// leadDate dates an incident that the text dates by nothing at all, when
// the report leads with it (the headline or the lead paragraph tells it):
// news is written in the days it happens, so the report's own day is the
// nearest the text comes, and it is given to the week, as the report's
// day and not the event's. An incident met only further down may be an
// old one brought in and stays undated; so does a tally ("since", "this
// year"), which spans more than the week.
func (f *filler) leadDate() {
	a := f.a
	if a.pub.IsZero() || a.lead < 0 {
		return
	}
	for _, m := range f.current() {
		if m.hedged || !m.title && m.para > a.lead || a.tally(m) {
			continue
		}
		f.rec.Date = a.pub.String()
		f.rec.DatePrecision = record.PrecisionWeek
		if !f.pubEvidence() {
			// no date of the report in the text: the event word the
			// lead tells is what the report's day rests on
			switch {
			case len(m.triggers) > 0:
				f.tokEvidence("date", m.triggers[0].t0, m.triggers[0].t1)
			case len(m.stmts) > 0:
				f.tokEvidence("date", m.stmts[0].verb.t0, m.stmts[0].verb.t1)
			default:
				f.tokEvidence("date", m.t0, m.t1)
			}
		}
		return
	}
}

// pubEvidence gives a date set to the publication day the evidence the
// text has for that day, a date of the dateline ("LAGOS, March 7 -"), or
// none; it reports whether there was one.
func (f *filler) pubEvidence() bool {
	for _, p := range f.a.dates {
		if p.Day == f.a.pub && p.Precision == record.PrecisionDay {
			f.evidence("date", p.Start, p.End)
			return true
		}
	}
	return false
}

// tally reports whether mention m counts over a span of time ("since
// March", "so far this year", "in recent weeks"): a sum of deeds, not one
// dated by the report that tells it.
func (a *article) tally(m *mention) bool {
	for j := m.t0; j < m.t1; j++ {
		if tallyWords[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// tallyWords are the words of tally's spans of time.
var tallyWords = lexicon.Words().Set("tally-word") // lexicon/words.txt

// breakingDate dates an incident that no day word dates by its tense: a
// breaking report writes today's event in the present perfect ("Twelve
// people have been killed in a blast at a market", "Gunmen have stormed a
// hotel"), and it happened on the publication day. The verb after
// "has"/"have" (and "been") must be the incident's own trigger or casualty
// verb, so that "police have arrested" or "have long feared" say nothing,
// and a span of time ("since", "so far", "this year") makes it a tally.
// Only the headline and paragraphs up to upTo count, all when upTo < 0;
// it reports whether it set the date. When the article gives no date at
// all (upTo < 0), a lead in the present also tells today's news
// (presentReport): "..., killing 15, police say".
func (f *filler) breakingDate(upTo int) bool {
	a := f.a
	if a.pub.IsZero() {
		return false
	}
	for _, m := range f.current() {
		if m.hedged || upTo >= 0 && !m.title && m.para > upTo {
			continue
		}
		if a.tally(m) {
			continue
		}
		j, v, verbs, ok := a.perfectDeed(m)
		if ok {
			f.rec.Date = a.pub.String()
			f.rec.DatePrecision = record.PrecisionDay
			f.tokEvidence("date", j, v+1)
			return true
		}
		if upTo < 0 && (m.title || m.para <= a.lead) && len(verbs) > 0 {
			if j, ok := a.presentReport(m); ok {
				// "A car bomb exploded ..., killing 15, police say"; "15
				// people are reported dead"; "Gunmen are holding dozens
				// hostage": the lead tells today's news in the present
				f.rec.Date = a.pub.String()
				f.rec.DatePrecision = record.PrecisionDay
				f.tokEvidence("date", j, j+1)
				return true
			}
		}
	}
	return false
}

// perfectDeed finds in mention m a form of "have" before the incident's own
// trigger or casualty verb (breakingDate): the perfect that tells a
// breaking report's deed ("Gunmen have stormed a hotel"). It returns the
// auxiliary's token, the verb's, and the mention's verbs (its triggers and
// asserted statements' verbs).
func (a *article) perfectDeed(m *mention) (j, v int32, verbs map[int32]bool, ok bool) {
	verbs = map[int32]bool{}
	for _, t := range m.triggers {
		verbs[t.t0] = true
	}
	for _, st := range m.stmts {
		if !st.hedged {
			verbs[st.verb.t0] = true
		}
	}
	for j := m.t0; j < m.t1; j++ {
		if w := a.lowerWord(j); w != "has" && w != "have" {
			continue
		}
		v := j + 1
		if lyForm(a.lowerWord(v)) {
			v++ // "have reportedly launched", "has allegedly been"
		}
		if a.lowerWord(v) == "been" {
			v++
		}
		if v < m.t1 && launchVerbs[a.lowerWord(v)] && a.attackNounWithin(v+1, m.t1, verbs) {
			verbs[v] = true // "have launched missiles into the station"
		}
		if v < m.t1 && a.participleToll(v, m) {
			verbs[v] = true // "has blown himself up in a market, killing at least 20": the verb the toll hangs on
		}
		if v < m.t1 && verbs[v] {
			return j, v, verbs, true
		}
	}
	return 0, 0, verbs, false
}

// presentReport finds in mention m a verb in the present that tells the
// news as it happens: a source that "says" or "say", people who "are
// reported" or "feared" dead, attackers who "are holding" hostages. It
// returns the verb's token.
func (a *article) presentReport(m *mention) (int32, bool) {
	for j := m.t0; j < m.t1; j++ {
		switch w := a.lowerWord(j); w {
		case "say", "says":
			if j > m.t0 && a.toks[j-1].Kind == text.Word && a.lowerWord(j-1) != "to" && a.lowerWord(j-1) != "would" && a.lowerWord(j-1) != "may" {
				return j, true
			}
		case "is", "are":
			switch n := a.lowerWord(j + 1); {
			case n == "reported" || n == "feared" || n == "believed" && a.lowerWord(j+2) == "dead":
				return j, true
			case strings.HasSuffix(n, "ing") && len(n) > 5 && (a.hasTerm(j+1, lexicon.Trigger, "") || a.termIn(j+1, j+5, lexicon.Kidnap) || n == "holding"):
				return j, true // "are holding dozens hostage", "are attacking the base"
			}
		}
	}
	return 0, false
}

// termIn reports whether a term of category c starts in tokens [t0, t1).
func (a *article) termIn(t0, t1 int32, c lexicon.Category) bool {
	for j := t0; j < t1; j++ {
		if _, ok := a.termAt(j, c); ok {
			return true
		}
	}
	return false
}

// participleToll reports whether the verb at token v is the one a
// casualty participle of m hangs on: ", killing at least 20" or ",
// wounding five" after it in its sentence, with no other clause between.
// What killed them is what the verb tells, whatever the verb.
func (a *article) participleToll(v int32, m *mention) bool {
	for _, st := range m.stmts {
		t := st.verb.t0
		if st.hedged || t <= v || a.word(t-1) != "," || !strings.HasSuffix(a.lowerWord(t), "ing") {
			continue
		}
		for j := v + 1; j < t-1; j++ {
			if a.clauseBreak(j) && a.word(j) != "," {
				return false
			}
		}
		return true
	}
	return false
}

// attackNounWithin reports whether one of the trigger tokens in verbs
// stands within the four tokens from t (before end): the object of a
// verb like "launched".
func (a *article) attackNounWithin(t, end int32, verbs map[int32]bool) bool {
	for j := t; j < end && j < t+4; j++ {
		if verbs[j] {
			return true
		}
	}
	return false
}

// weapons lists the weapons the incident's sentences name, the specific
// kinds replacing the general ones (a car bomb is not also "explosives";
// bombs dropped from a jet are the aircraft's).
func (f *filler) weapons() {
	a := f.a
	found := map[string]term{}
	downed := map[string]term{} // munitions shot down: the attack's only when it names no weapon of its own
	for _, m := range f.current() {
		for _, t := range a.termsIn(m.t0, m.t1) {
			if t.p.Cat != lexicon.Weapon || a.causeOfDeed(m, t.t0) || a.inOldDeedClause(t.t0) {
				continue // "destroyed it in retaliation for a missile attack", "the 2008 attacks, in which gunmen killed": not the deed's weapon
			}
			if t.p.Value == "firearms" && a.projectileFired(t) {
				continue // "fired missiles at nine sites": the launch of what the object names, no gun
			}
			if f.counterstroke(t) {
				continue // "the army responded with air strikes": the answer's weapon, not the attack's
			}
			if a.inInterception(t.t0) {
				// "air defences shot down 24 drones, and a missile hit a
				// school": the shooting is the defence's; the drones are
				// another salvo's, unless nothing else armed the attack
				if !a.interceptionAt(t.t0) {
					if _, ok := downed[t.p.Value]; !ok {
						downed[t.p.Value] = t
					}
				}
				continue
			}
			// the weapon named ("rifles") is better evidence than the deed
			// that implies it ("gunmen", "shot")
			prev, ok := found[t.p.Value]
			if !ok || a.isCue(prev.t0, "implied") && !a.isCue(t.t0, "implied") {
				found[t.p.Value] = t
			}
		}
	}
	if len(found) == 0 {
		found = downed
	}
	if _, ok := found["vehicle_bomb"]; ok {
		delete(found, "explosives")
	}
	if _, ok := found["suicide_explosives"]; ok {
		delete(found, "explosives")
	}
	if _, ok := found["aircraft"]; ok {
		delete(found, "explosives")
	}
	for _, w := range record.Weapons {
		if t, ok := found[w]; ok {
			f.rec.Weapons = append(f.rec.Weapons, w)
			f.tokEvidence("weapons."+w, t.t0, t.t1)
		}
	}
}

// targets lists what was attacked: target nouns in the incident's
// sentences, extended over the capitalised words and modifiers before them
// ("the Chinese consulate", "Garissa University College"). The noun
// phrase's grammar decides what one target is: a compound is one target
// named by its head ("bus station"), a head with an "of" complement takes
// it ("the offices of the electoral council"), a landmark in a locative
// modifier only places another target ("a hotel near the university"),
// and people said to be unhurt were not hit ("no soldiers were hurt").
func (f *filler) targets() {
	a := f.a
	seen := map[[2]string]int{} // the target of each kind of thing, by category and head word
	completed := map[int]bool{} // targets named with their "of" complement
	styled := map[int]bool{}    // targets named in a headline that capitalises its words
	for _, m := range f.current() {
		ts := a.termsIn(m.t0, m.t1)
		ends := map[int32]term{} // target terms by the token after them
		starts := map[int32]bool{}
		for _, t := range ts {
			if t.p.Cat == lexicon.Target {
				ends[t.t1] = t
				starts[t.t0] = true
			}
		}
		var taken int32 // the end of an "of" complement already read into a target
		for _, t := range ts {
			if t.p.Cat != lexicon.Target || len(f.rec.Targets) >= 4 || t.t0 < taken {
				continue
			}
			if a.inOldDeedClause(t.t0) {
				continue // "since November 2008, when gunmen raided its hotels": the old deed's target
			}
			if starts[t.t1] {
				continue // "bus" of "bus station": the modifier of a compound, whose head names the target
			}
			t0, t1, cat := t.t0, t.t1, t.p.Value
			if mod, ok := ends[t0]; ok {
				t0 = mod.t0 // "bus station": one target, its head's kind
			}
			for j := t0 - 1; j >= int32(a.sents[m.sent].First) && j >= t0-3; j-- {
				tk := a.toks[j]
				if tk.Kind == text.Word && (tk.Has(text.Cap) && !tk.Has(text.AllCaps) && !a.sentenceInitial(j) && !a.styledCapital(j) && !a.possessiveMark(j) || a.isDemonym(j)) {
					t0 = j
					continue
				}
				break
			}
			if reportVerbs[a.lowerWord(t.t1)] || reportVerbs[a.lowerWord(t.t1+1)] || a.invertedSpeaker(t0, t.t1) {
				continue // "officials said", "..., says governor": who speaks, not what was hit
			}
			if w := a.lowerWord(t.t1); sourceNouns[w] || documentNouns[w] {
				continue // "church sources have reported", "a foreign ministry communique": whose sources or text speak, not what was hit
			}
			if a.strikes(t.t1 - 1) {
				continue // "aircraft attacked": who strikes, not what was hit
			}
			if a.speaksAfter(t.t1) || a.addressee(t0) || a.byAgent(t0) || a.notTheThingHit(t0, t.t1) {
				continue
			}
			if f.attackersOwn(t0, t.t1) || a.returnsSafely(t.t1) {
				continue
			}
			if a.locatesAnother(t0, ends) {
				continue // "a hotel near the university": the university only says where the hotel is
			}
			kind := "physical"
			if a.personTarget(t) {
				kind = "people" // "policemen", "the ambassador", "a patrol"; not "police station"
				if a.unhurtPeople(t0, t.t1) {
					continue // "no soldiers were hurt": spared, not hit
				}
			}
			if end, c := a.ofComplement(t1, m.t1); end > t1 {
				t1, taken = end, end // "the offices of the electoral council"
				if c != "" {
					cat = c // "the offices of a newspaper": what the complement names
				}
			}
			if f.in.summary[m] && f.otherSite(m, t0, t1) {
				continue // "one at a bank, another at a school": the school is the other bomb's
			}
			name := a.src[a.toks[t0].Start:a.toks[t1-1].End]
			// one target per kind of thing: "the Chinese consulate", then
			// "the consulate"; the head decides, not its complement ("the
			// Bank of Tokyo", then "the bank")
			key := [2]string{cat, a.lowerWord(t.t1 - 1)}
			if i, ok := seen[key]; ok {
				if t1 > t.t1 && !completed[i] {
					// "offices" in the headline, then "the offices of the
					// electoral council": the complement says which
					f.rec.Targets[i].Name = name
					f.dropEvidence("targets[" + itoa(i) + "]")
					f.tokEvidence("targets["+itoa(i)+"]", t0, t1)
					completed[i] = true
				} else if (shouted(f.rec.Targets[i].Name) && !shouted(name) || styled[i] && !a.inTitle(int(a.toks[t0].Start))) && (t1 > t.t1 || !completed[i]) {
					// "IRANIAN OIL TERMINAL" in an all-capitals headline,
					// then "the Iranian oil terminal"; "Katsina Boarding
					// School" in a title-case one, then "Government Science
					// Secondary School": the body's spelling
					f.rec.Targets[i].Name = name
					f.dropEvidence("targets[" + itoa(i) + "]")
					f.tokEvidence("targets["+itoa(i)+"]", t0, t1)
					completed[i] = t1 > t.t1
					styled[i] = false
				}
				continue
			}
			i := len(f.rec.Targets)
			seen[key] = i
			completed[i] = t1 > t.t1
			styled[i] = a.cs == text.Mixed && a.inTitle(int(a.toks[t0].Start)) && a.capitalisedTitle() && !shouted(name)
			f.rec.Targets = append(f.rec.Targets, record.Target{Name: name, Category: cat, Kind: kind})
			f.tokEvidence("targets["+itoa(i)+"]", t0, t1)
		}
	}
}

// invertedSpeaker reports whether the noun phrase at tokens [t0, t1)
// is the speaker of a report told before it: after a report verb that a
// comma or quote closes the report before (reportCloser), and ending its
// clause, its name and all ("kills two, says governor", "..., said police
// officer Ahmed Ali.", "said an official from the group"). The speaker is
// the report's tail, not what was hit; a clause after the noun makes it
// the report's subject instead ("Battalion, said soldiers sent to check
// reports ...").
func (a *article) invertedSpeaker(t0, t1 int32) bool {
	j := t0 - 1
	if articleWords[a.lowerWord(j)] {
		j--
	}
	if j < 1 || !reportVerbs[a.lowerWord(j)] || !a.reportCloser(j-1) {
		return false
	}
	last := int32(a.sents[a.sentOf[t0]].Last)
	for n := 0; n < 4 && t1 < last && a.capWord(t1); n++ {
		t1++ // the speaker's name after the title
	}
	if t1 >= last {
		return true
	}
	switch a.lowerWord(t1) {
	case ",", ".", ";", "from", "of", "for", "with":
		return true // "said an official from Kyunhla Activists Group"
	}
	return false
}

// locativePreps head a modifier that places a noun by a landmark ("a
// hotel near the university", "the bank opposite the cathedral", "a
// shop next to the police station").
var locativePreps = lexicon.Words().Set("locative-modifier") // lexicon/words.txt

// locatesAnother reports whether the target noun phrase starting at token
// t0 is the landmark of a locative modifier of another target noun, which
// ends just before the preposition ("a hotel near the university", "a shop
// next to the bus station"): the landmark says where that target stood and
// was not hit itself. After a verb ("exploded near the university") the
// landmark is where the deed was done, which rules elsewhere read.
func (a *article) locatesAnother(t0 int32, ends map[int32]term) bool {
	j := t0 - 1
	if articleWords[a.lowerWord(j)] {
		j--
	}
	if j < 1 {
		return false
	}
	switch {
	case locativePreps[a.lowerWord(j)]:
	case j >= 2 && locativePreps[a.lowerWord(j-1)+" "+a.lowerWord(j)]:
		j-- // "next to", "close to"
	default:
		return false
	}
	_, ok := ends[j]
	return ok
}

// ofComplement reads the "of" complement after a target noun that ends
// before token t1 ("the offices of the electoral council", "a convoy of
// troops"): it returns the end of the complement, up to a word that ends
// a noun phrase (a preposition, a verb, a time word: "the offices of the
// party early this morning"), and the category of the target noun that
// heads it, if any. It returns t1 when no complement follows or it names a place ("the
// police station of Remedios" is the station, placed), or a number ("a
// patrol of 12 men" counts it).
func (a *article) ofComplement(t1, last int32) (int32, string) {
	if a.lowerWord(t1) != "of" {
		return t1, ""
	}
	k := t1 + 1
	if articleWords[a.lowerWord(k)] {
		k++
	}
	if lo, hi := a.placeRange(k, k+1); k >= last || lo < hi || a.toks[k].Kind != text.Word {
		return t1, ""
	}
	end, cat, head := k, "", term{}
	for end < last && end < k+5 {
		w := a.lowerWord(end)
		if w == "'" && end > k {
			end++ // "a farm workers' union"
			continue
		}
		if a.toks[end].Kind != text.Word && !a.isInnerHyphen(int(end)) || stopWords[w] || afterWater[w] || w == "of" || auxiliaries[w] ||
			reportVerbs[w] || a.saidVerb(end) || a.isCasualtyWord(end) || a.hasTerm(end, lexicon.Trigger, "") {
			break
		}
		if end > k && !a.capWord(end) && strings.HasSuffix(w, "ed") {
			break // "the garrison of the brigade headquartered there": a reduced relative
		}
		if c, ok := a.termAt(end, lexicon.Target); ok {
			head = c
		}
		end++
	}
	if end == k {
		return t1, ""
	}
	if head.t1 == end {
		cat = head.p.Value // its head: "the centre of the market town" names no market
	}
	return end, cat
}

// spareWords may stand between people and the word that says they came
// to no harm: "the policemen inside escaped unhurt", "all were unharmed".
var spareWords = lexicon.Words().Set("spare-word") // lexicon/words.txt

// unhurtPeople reports whether the people named by tokens [t0, t1) are
// said to have come to no harm: "no soldiers were hurt", "none of the
// guards was injured", "the policemen inside escaped unhurt". People
// spared are not what was hit; a clause that says they were attacked
// names them again and keeps them.
func (a *article) unhurtPeople(t0, t1 int32) bool {
	j := t0 - 1
	if articleWords[a.lowerWord(j)] {
		j--
	}
	none := a.lowerWord(j) == "no" || a.lowerWord(j) == "of" && a.lowerWord(j-1) == "none"
	last := int32(a.sents[a.sentOf[t0]].Last)
	k := t1
	for n := 0; n < 3 && k < last; n++ {
		if w := a.lowerWord(k); auxiliaries[w] || spareWords[w] {
			k++
			continue
		}
		break
	}
	if k >= last {
		return false
	}
	return unhurtWords[a.lowerWord(k)] || none && (a.hasTerm(k, lexicon.Injure, "") || a.hasTerm(k, lexicon.Kill, "") || a.lowerWord(k) == "harmed")
}

// otherSite reports whether the target at tokens [t0, t1) of mention m,
// which tells of several site incidents at once, is what another of them
// hit: inside another item of a set dealt out ("three bombs exploded, one
// at a bank, another at a school and another outside a church": the
// item is the clause of one bomb), or inside a site of a list that is
// not this incident's ("bombs went off at the Ritz-Carlton and Marriott
// hotels"). Each site incident keeps the targets of its own part.
func (f *filler) otherSite(m *mention, t0, t1 int32) bool {
	a, own := f.a, f.in.site
	if own == nil {
		return false
	}
	if marks := a.dealtOut(m); len(marks) >= 2 && own.t0 >= m.t0 && own.t1 <= m.t1 {
		mine, theirs := false, false
		for i, j := range marks {
			end := m.t1
			if i+1 < len(marks) {
				end = marks[i+1]
			}
			if own.t0 >= j && own.t0 < end {
				mine = t0 >= j && t1 <= end
			} else if t0 >= j && t1 <= end {
				theirs = true
			}
		}
		return theirs && !mine
	}
	ss, _ := a.sites(m)
	for _, s := range ss {
		if t0 < s.t1 && s.t0 < t1 && !s.same(*own) {
			return true
		}
	}
	return false
}

// attackersOwn reports whether the target noun phrase at tokens [t0, t1)
// names the attackers' own side: it overlaps a perpetrator's name ("IRNA
// said Iranian troops captured two hills") or its demonym or country is a
// state the perpetrators fight for ("repulsed an Iranian attack, killing
// 150 Iranian soldiers": the attackers' dead, not what they hit). When
// two states are both named as attackers, each side's forces are what the
// other hit, and the demonym decides nothing ("Iran said its warplanes
// bombed an Iraqi military base", "Iraq said its guns shot down one").
func (f *filler) attackersOwn(t0, t1 int32) bool {
	a := f.a
	b0, b1 := a.span(t0, t1)
	for _, s := range f.attackerSpans {
		if s[0] < b1 && b0 < s[1] {
			return true
		}
	}
	for j := t0; j < t1 && len(f.attackerStates) == 1; j++ {
		if k := a.placeAt(j); k >= 0 && f.attackerStates[a.stateOf(k)] {
			return true
		}
	}
	return false
}

// returnVerbs and returnManners read the return of the raiders
// (returnsSafely).
var (
	returnVerbs   = lexicon.Words().Set("return-verb")   // lexicon/words.txt
	returnManners = lexicon.Words().Set("return-manner") // lexicon/words.txt
)

// returnsSafely reports whether the noun phrase that ends before token t
// is the subject of an intransitive "return" ("all aircraft returned
// safely to base", "the jets had returned home"): what comes back from a
// raid was not hit by it. A passive ("the hostages were returned") or a
// participle ("soldiers returning from patrol were ambushed") is not
// matched.
func (a *article) returnsSafely(t int32) bool {
	last := int32(a.sents[a.sentOf[t-1]].Last)
	j := t
	for n := 0; n < 2 && j < last; n++ {
		switch a.lowerWord(j) {
		case "all", "later", "also", "has", "have", "had", "then", "safely":
			j++
		}
	}
	if !returnVerbs[a.lowerWord(j)] {
		return false
	}
	w := a.lowerWord(j + 1)
	return returnManners[w] || w == "to"
}

// speaksAfter reports whether the noun phrase that ends before token t is
// the subject of a verb of saying: who speaks or looks on, not what was
// hit. Between them may stand the speaker's name, an appositive, where he
// stands and an auxiliary ("French Defence Minister Andre Giraud said",
// "the official, Kamal Kharrazi, said", "Western diplomats in Iran said",
// "Residents near the site of the blast told reporters", "in what
// Western diplomats say was", "Minister Tareq Aziz was quoted as saying").
// A comma that does not close an appositive, or a clause word, ends the
// phrase: "stormed the embassy in Kabul, police said" keeps the embassy.
func (a *article) speaksAfter(t int32) bool {
	last := int32(a.sents[a.sentOf[t-1]].Last)
	j := t
	for n := 0; j < last && n < 4 && a.capWord(j) && !a.speechVerb(j); n++ {
		j++ // the speaker's name after his title, up to a headline's capitalised verb
	}
	if a.word(j) == "," {
		k := j + 1
		for k < last && k < j+5 && a.capWord(k) {
			k++
		}
		if k == j+1 || a.word(k) != "," {
			return false // no appositive of a name: a list, a clause
		}
		j = k + 1
	}
	if eventPreps[a.lowerWord(j)] {
		// where the speakers stand: a short phrase up to the verb
		k := j + 1
		for ; k < last && k < j+7; k++ {
			if w := a.lowerWord(k); w == "," || w == ";" || w == "that" || w == "who" || w == "which" || w == "and" || w == "but" || a.saidVerb(k) || auxiliaries[w] || a.answersVerb(k) {
				break
			}
		}
		j = k
	}
	passive := false
	for n := 0; n < 3; n++ {
		switch w := a.lowerWord(j); {
		case w == "was", w == "were":
			passive = true
			j++
		case perfectAuxiliaries[w], w == "also", w == "later", w == "earlier":
			j++
		case doAuxiliaries[w] || negations[w] || negated(w):
			j++ // "did not deny", "has not confirmed", "didn't deny"
		}
	}
	return a.saidVerb(j) || !passive && a.answersVerb(j) // "the convoy was denied entry" is no speaker
}

// answersVerb reports whether token j is a verb by which a party answers
// for a report, confirming or denying it ([deny-verb], [confirm-verb]):
// its subject speaks of the deed as one who says does, and is not what
// the deed hit ("the defence minister did not deny that the air force
// bombed the village", "the embassy confirmed that two guards died").
func (a *article) answersVerb(j int32) bool {
	w := a.lowerWord(j)
	return denyVerbs[w] || confirmVerbs[w]
}

// sourceNouns name who tells a report as a compound's head: the noun
// before one says whose they are ("church sources", "interior ministry
// sources"), not what was hit.
var sourceNouns = lexicon.Words().Set("source-noun") // lexicon/words.txt

// addressee reports whether the noun phrase starting at token t0 is
// whom a verb of [addressee-say-verb] tells ("telling parliament the area
// was held by armed groups", "told the legislative assembly that"): the
// hearer of a report, not what was hit.
func (a *article) addressee(t0 int32) bool {
	j := t0 - 1
	if articleWords[a.lowerWord(j)] {
		j--
	}
	return j >= 0 && addresseeSayVerbs[a.lowerWord(j)]
}

// saidVerb reports whether token j is a verb of saying whose subject only
// tells of the event: "said", "say", "told" ([say-verb]), "added", "was
// quoted" ([quote-verb]), or of condemning and urging ([speak-verb]).
func (a *article) saidVerb(j int32) bool {
	switch w := a.lowerWord(j); {
	case sayVerbs[w]:
		return true
	case quoteVerbs[w] || speakVerbs[w]:
		return true
	}
	return false
}

// quoteVerbs are the verbs of saying besides sayVerbs whose subject only
// tells of the event: "added", "was quoted".
var quoteVerbs = lexicon.Words().Set("quote-verb") // lexicon/words.txt

// byAgent reports whether the noun phrase that starts at token t0
// follows "by" (over a determiner and up to two modifiers): the doer of a
// passive, not what was hit ("were attacked on Monday by unidentified
// aircraft", "shot by a wave of soldiers"). A possessive owner stands
// where a determiner does, so "carried out by Colonel Ochoa's troops"
// counts the owner's name, up to three words, as the determiner.
func (a *article) byAgent(t0 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	stop := t0 - 3
	for j := t0 - 1; j >= first && j >= stop; j-- {
		if a.possessiveMark(j) && j-2 >= first {
			j--          // the apostrophe; the owner's name follows
			stop = j - 4 // "by" before up to three words of it
			continue
		}
		w := a.lowerWord(j)
		if w == "by" {
			return true
		}
		if w == "," || w == ";" || eventPreps[w] || a.toks[j].Kind != text.Word {
			return false
		}
	}
	return false
}

// notTheThingHit reports whether the target noun phrase at tokens [t0,
// t1) names no thing attacked by its place in the sentence: the doer of a
// relative clause ("the Iranian troops which attacked the front"), a
// yardstick after a compass word ("north of Beirut International
// Airport"), or the object of an "anti-" compound ("anti-aircraft fire").
func (a *article) notTheThingHit(t0, t1 int32) bool {
	switch a.lowerWord(t1) {
	case "which", "who", "that":
		if _, ok := a.agentAt(t1 - 1); ok {
			if _, _, ok := a.strikeAfter(t1 + 1); ok {
				return true
			}
		}
	}
	j := t0 - 1
	if articleWords[a.lowerWord(j)] {
		j--
	}
	if j >= 1 && a.lowerWord(j) == "of" && compass[a.lowerWord(j-1)] {
		return true
	}
	return t0 >= 2 && a.word(t0-1) == "-" && a.lowerWord(t0-2) == "anti"
}

// capWord reports whether token j is a capitalised word of mixed-case
// text: part of a name. A headline that capitalises its words ("How
// Gunmen Invaded Katsina Boarding School", "Suicide Bombers Attack Three
// Hotels in Amman") gives every word a capital by its style, so there a
// capital tells a name only as the body spells the word (styledCapital).
func (a *article) capWord(j int32) bool {
	tk := a.toks[j]
	return a.cs == text.Mixed && tk.Kind == text.Word && tk.Has(text.Cap) && !a.styledCapital(j)
}

// possessiveMark reports whether word j is the "s" of a possessive split
// off its owner ("Casanova's", "CASANOVA'S"): no word of a name, whatever
// its case ("VIDES CASANOVA'S TROOPS" names troops, not "S TROOPS").
func (a *article) possessiveMark(j int32) bool {
	return a.possessiveAt(j-1) && !a.toks[j].Has(text.SpaceBefore)
}

// styledCapital reports whether the capital of word j is the headline's
// style and no name's: j stands in a headline that capitalises its words
// (capitalisedTitle) and the body never writes the word with a capital
// inside a sentence, and writes it in lower case or, never using it, it
// is a word of the language (gazetteer.CommonWord): "How", "Strikes",
// "Three Hotels", but not "Katsina", which the body spells so.
func (a *article) styledCapital(j int32) bool {
	if !a.inTitle(int(a.toks[j].Start)) || !a.capitalisedTitle() {
		return false
	}
	w := a.lowerWord(j)
	lower := false
	for k := a.tokenAt(a.bodyStart); int(k) < len(a.toks); k++ {
		if tk := a.toks[k]; tk.Kind == text.Word && a.lowerWord(k) == w {
			if !tk.Has(text.Cap) {
				lower = true
			} else if !a.sentenceInitial(k) {
				return false // "Katsina", "Boko Haram": a name the body spells so
			}
		}
	}
	if lower {
		return true
	}
	a.buf = gazetteer.AppendKey(a.buf[:0], a.word(j))
	return a.x.gaz.CommonWord(a.buf)
}

func itoa(n int) string { return strconv.Itoa(n) }
