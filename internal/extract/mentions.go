package extract

import (
	"context"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// mention is a sentence that reports violence, with what it says about it.
type mention struct {
	sent     int32
	t0, t1   int32 // the tokens of the mention: its sentence, or a clause of it
	para     int
	triggers []term // event triggers, generic ones ("attack") included
	stmts    []statement
	places   []int // event places: indexes in a.places
	// yardsticks are towns a spot of the event is measured from ("30 km
	// east of Sidon"): not event places, but the place the text gives
	yardsticks []int
	// homes are places that only describe a person of the event ("a man
	// who lived in Quincy": homePlace): not event places, but the place
	// the text gives when it gives no other (location)
	homes []int
	// offices are areas an official of the story serves ("the chairman
	// of Kwande Local Government Area": officePlace): not event places,
	// but they hold the spots the official tells of (container)
	offices  []int
	dates    []int // dates of the event: indexes in a.dates
	said     []int // dates of the reporting ("officials said on Friday")
	groups   []int // indexes in a.groups
	specific bool  // a trigger that says what happened, or a casualty figure
	hedged   bool  // a threat, a plan, a possibility
	retold   bool  // its attack words tell an earlier attack again (retoldMention)
	reaction bool  // a reaction word governs one of them
	split    bool  // one clause of a round-up sentence naming several places
	// overPlaces: its figures are for attacks in several places it
	// counts (overPlaces), read once here for every count that asks
	overPlaces bool
	// listItem: one clause of a list of places an attack is dealt over
	// (dealOverList), whose doer and day are every item's
	listItem bool
	title    bool
}

// eventPreps put an event at a place ("in Kut", "at a checkpoint near
// Mosul"); "to" and "from" tell of movement ("airlifted to Raipur").
var eventPreps = lexicon.Words().Set("event-prep") // lexicon/words.txt

// hedgeHeads head a compound of an attack word that is no event: "bomb
// threat", "riot rumours".
var hedgeHeads = lexicon.Words().Set("hedge-head") // lexicon/words.txt

// passiveTriggers name an attack only in the passive: "a truck was blown
// up", not "forces have blown up stocks of fuel".
var passiveTriggers = lexicon.Words().Set("passive-trigger") // lexicon/words.txt

// reportVerbs date the reporting, not the event: "officials said on Friday".
var reportVerbs = lexicon.Words().Set("report-verb") // lexicon/words.txt

// mentions returns the sentences (or clauses of a round-up sentence) that
// report violence, in text order. It stops with ctx's error when ctx ends:
// a long document has many sentences.
func (a *article) mentions(ctx context.Context) ([]*mention, error) {
	// An article that names its attacks in words of their own keeps the
	// types they say; one that says only "attacked" takes the type its
	// agents make ("warplanes attacked": remote violence).
	own := a.hasViolence(nil)
	a.roles = slices.Grow(a.roles[:0], len(a.sents))[:len(a.sents)]
	roles := a.roles
	for si := range a.sents {
		roles[si] = a.roleAttacks(int32(si), !own)
	}
	violent := own || a.hasViolence(roles)
	a.relationsFromDeed()
	out := a.ms[:0]   // the pooled article's: nothing Extract returns holds a mention
	cs := a.clauseBuf // each sentence's clauses, in one buffer
	for si := range a.sents {
		if si%1024 == 1023 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		terms := a.sentTerms(int32(si))
		stmts := a.statements(int32(si), terms)
		var prev *mention
		first := len(out)
		cs = a.clauses(cs[:0], int32(si))
		for i, c := range cs {
			m := a.mention(int32(si), c[0], c[1], stmts, roles[si], prev, violent)
			if m == nil && i+1 < len(cs) {
				m = a.listedBeforeVerb(int32(si), c, cs[i+1], roles[si], violent)
			}
			if m == nil {
				continue
			}
			m.split = len(cs) > 1
			if prev != nil && len(m.dates) == 0 && !a.causeClause(m) && a.smallHoursAside(m) < 0 {
				// "two on Phuket on Friday along with one in Surat Thani"
				// shares its day; "killed five ... early on Friday ...,
				// hours after a van ploughed through crowds" tells a deed
				// of the day before (hoursBefore)
				m.dates = prev.dates
			}
			if prev != nil && !m.specific && len(m.places) > 0 {
				m.triggers = append(m.triggers, prev.triggers...)
				m.specific = prev.specific
			}
			if prev != nil && !m.specific && a.opensWithListedPlace(m) && a.pluralAttack(prev) {
				// "Attacks were reported in Chalatenango, San Antonio and
				// Carolina": attacks dealt over the towns listed, one at
				// each, though the word alone says nothing of what
				// happened
				prev.specific, m.specific = true, true
			}
			if prev != nil && len(m.stmts) == 0 && a.opensWithListedPlace(m) && len(prev.stmts) > 0 {
				// "nine people were killed in Kabul and Kandahar": the
				// figure before the list is for all of its places
				prev.overPlaces = true
			}
			out = append(out, m)
			prev = m
		}
		a.dealOverList(out[first:])
	}
	a.ms, a.clauseBuf = out, cs
	return out, nil
}

// relationsFromDeed counts a relation ("a day after") from the deed's
// day when the day right before it dates only the saying of a deed dated
// earlier in its sentence: "Three U.S. air strikes in Somalia on Sunday
// killed four militants, the U.S. military said on Monday, a day after a
// truck bomb ... killed at least 90" sets the truck bomb a day before the
// strikes (Saturday), not a day before the statement. The relation ties
// the two deeds; the saying is told in passing between them.
func (a *article) relationsFromDeed() {
	for k := 2; k < len(a.dates); k++ {
		d, said, deed := a.dates[k], a.dates[k-1], a.dates[k-2]
		if !d.Relation || d.Day.IsZero() || said.Precision != record.PrecisionDay || said.Relation || said.Day.IsZero() ||
			deed.Precision != record.PrecisionDay || deed.Relation || deed.Future || deed.Day.IsZero() {
			continue
		}
		t, ts, td := a.tokenAt(d.Start), a.tokenAt(said.Start), a.tokenAt(deed.Start)
		if a.sentOf[t] != a.sentOf[ts] || a.sentOf[t] != a.sentOf[td] || !a.reportingDate(k-1) || a.reportingDate(k-2) {
			continue
		}
		a.dates[k].Day = deed.Day.AddDays(d.Day.Sub(said.Day))
	}
}

// dealOverList reads the clauses of one sentence that a list of places
// split after an attack word ("gunmen opened fire on farmers in Kurfi,
// Dutsinma and Batsari villages on Sunday, killing 30 people") as one
// attack at each place told together: each item is as specific as the
// list, takes the day told after the list and the doer before it
// (listItem), and a toll told once after the list is for all of them
// (overPlaces), not for the last place. Items with tolls of their own
// ("three were killed in Akuzo and one in Usu") split it themselves. A
// list that no clause tells violence of, or whose first clause has no
// attack word before its place ("residents of A and B fled to C"), or
// only one heard (perceived), deals nothing out.
func (a *article) dealOverList(ms []*mention) {
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && a.opensWithListedPlace(ms[j]) {
			j++
		}
		run := ms[i:j]
		i = j
		if len(run) < 2 || !a.attackBeforePlace(run[0]) && !a.tollBeforePlace(run[0]) || a.perceived(run[0]) {
			continue // "bombings heard east of the capital ... terrorists located in A, B and C": where they were, not attacks
		}
		last := run[len(run)-1]
		specific, own := false, false
		for _, m := range run {
			specific = specific || m.specific
			own = own || m != last && len(m.stmts) > 0 && (m != run[0] || !a.tollBeforePlace(m))
		}
		if !specific || own || len(last.stmts) > 0 && last.stmts[0].verb.t0 < a.places[last.places[0]].t0 {
			continue // "three were killed in Akuzo and one in Usu": the text splits the toll
		}
		// "two bombings ... in Tanta and in Alexandria, killing 44": an
		// item with no attack word of its own is an attack of the kind
		// the list tells, the deed, not its doers ("Gunmen")
		var deeds []term
		for _, t := range run[0].triggers {
			if a.namesDeed(t) {
				deeds = append(deeds, t)
			}
		}
		for _, m := range run {
			m.specific, m.listItem = true, true
			if len(m.dates) == 0 {
				m.dates = last.dates
			}
			if m != run[0] && !a.namesAttack(m) {
				m.triggers = append(m.triggers, deeds...)
			}
		}
		if len(last.stmts) > 0 {
			last.overPlaces = true
		}
	}
}

// namesAttack reports whether mention m has an attack word of its own
// that says what happened, not "attack" alone.
func (a *article) namesAttack(m *mention) bool {
	for _, t := range m.triggers {
		if t.p.Value != "generic" && t.t0 >= m.t0 {
			return true
		}
	}
	return false
}

// attackBeforePlace reports whether mention m has an attack word before
// its first place: "opened fire on farmers in Kurfi", "attacks in Kurfi".
func (a *article) attackBeforePlace(m *mention) bool {
	if len(m.places) == 0 {
		return false
	}
	for _, t := range m.triggers {
		if t.t1 <= a.places[m.places[0]].t0 && t.t0 >= m.t0 {
			return true
		}
	}
	return false
}

// tollOverJoinedPlaces reports whether mention m gives a casualty figure
// for two places one preposition joins with "and", a town and the part
// of a country after it ("nine people were killed in Beirut and south
// Lebanon"), which the sentence does not split into clauses: the figure
// is for both (a list it splits is marked by mentions).
func (a *article) tollOverJoinedPlaces(m *mention) bool {
	if len(m.stmts) == 0 {
		return false
	}
	for i := 0; i+1 < len(m.places); i++ {
		p, q := &a.places[m.places[i]], &a.places[m.places[i+1]]
		if !eventPreps[p.prep] || m.stmts[0].verb.t0 > p.t0 {
			continue
		}
		j := p.t1
		if a.word(j) == "," {
			j++
		}
		if a.lowerWord(j) != "and" {
			continue
		}
		j++
		if w := a.lowerWord(j); compass[w] || compassAdjectives[w] {
			j++ // "and south Lebanon"
		}
		if j == q.t0 {
			return true
		}
	}
	return false
}

// pluralAttack reports whether mention m holds a plural attack noun
// before its first place ("attacks were reported in", "the explosions
// took place in"), not a verb with its object ("rebel attacks a town"),
// an armed doer ("bandits") or a kind pointed at ("such bombings").
func (a *article) pluralAttack(m *mention) bool {
	if len(m.places) == 0 {
		return false
	}
	for _, t := range m.triggers {
		if _, agent := lookSpan(a, armedAgents, t.t0, t.t1); agent || pointingWords[a.lowerWord(t.t0-1)] {
			continue // "bandits": the doers; "such bombings": a kind the text speaks of
		}
		w := a.lowerWord(t.t1 - 1)
		if t.t1 <= a.places[m.places[0]].t0 && plural(w) && !pluralNouns[w] && !determiners[a.lowerWord(t.t1)] {
			return true
		}
	}
	return false
}

// opensWithListedPlace reports whether the first place of clause mention
// m stands in a list after a place of the clause before ("in Kabul and
// Kandahar"), with no figure of its own.
func (a *article) opensWithListedPlace(m *mention) bool {
	lo, hi := a.placeRange(m.t0, m.t1)
	return hi > lo && a.places[lo].listed
}

// listedBeforeVerb reads clause c, which tells no violence of its own,
// when the list of places it opens goes on in clause next, paired in turn
// with another list ([respective-word]) before the verb of both: "the
// homes of a senator and a former minister in Sabaneta and El Retiro,
// respectively, were attacked" tells an attack in each town, as
// "attacked positions in Chalatenango and Morazan" does with the verb
// first; "contras are infiltrating through Jicaro and Murra and they
// kidnap" does not deal its deeds out. The mention takes the verb's
// attack words but neither its statements nor the places and days of the
// clause after.
func (a *article) listedBeforeVerb(si int32, c, next [2]int32, roles []term, violent bool) *mention {
	lo, hi := a.placeRange(next[0], next[1])
	if hi == lo || !a.places[lo].listed {
		return nil
	}
	m := a.mention(si, c[0], next[1], nil, roles, nil, violent)
	if m == nil {
		return nil
	}
	if !m.specific || len(m.triggers) == 0 || m.triggers[0].t0 < c[1] {
		a.dropMention(m)
		return nil
	}
	respective := false
	for j := a.places[lo].t1; j < m.triggers[0].t0; j++ {
		respective = respective || respectiveWords[a.lowerWord(j)]
	}
	if !respective {
		a.dropMention(m)
		return nil
	}
	m.t1 = c[1]
	m.places = slices.DeleteFunc(m.places, func(k int) bool { return a.places[k].t0 >= c[1] })
	m.dates = slices.DeleteFunc(m.dates, func(k int) bool { return a.tokenAt(a.dates[k].Start) >= c[1] })
	if len(m.places) == 0 {
		a.dropMention(m)
		return nil
	}
	return m
}

// heldOwner reports whether the kidnapping word t names people held or
// holding them as the owners of what follows, in the plural's possessive
// ("the captives' fishing company", "the hostages' families", "the
// kidnappers' demands"): a possessive describes those the story told
// taken, it tells no taking.
func (a *article) heldOwner(t term) bool {
	if t.p.Value != record.Kidnapping {
		return false
	}
	w := a.word(t.t1)
	return (w == "'" || w == "’") && a.lowerWord(t.t1+1) != "s" // "the kidnapping's aftermath" still tells one
}

// mention reads tokens [t0, t1) of sentence si, or returns nil when they
// say nothing of violence. violent says whether the article tells of
// violence in words that say so (hasViolence): only then does a weak
// trigger ("missiles", "fired") make the mention specific. roles are the
// sentence's attack words backed by an armed agent or a target
// (roleAttacks): they stand in for the word's own trigger, with the type
// the agent makes, and make the mention specific though it gives no toll.
func (a *article) mention(si, t0, t1 int32, stmts []statement, roles []term, prev *mention, violent bool) *mention {
	s := a.sents[si]
	b0, b1 := a.span(t0, t1)
	m := a.newMention()
	*m = mention{sent: si, t0: t0, t1: t1, para: s.Para, title: b0 < a.bodyStart}
	hedged := 0
	hedgedEnd := int32(-1) // the end of the last hedged attack word
	for _, t := range a.termsIn(t0, t1) {
		if t.p.Cat != lexicon.Trigger || a.armsHeld(t) || a.armsKind(t) || a.craftClass(t) || a.missilesThrown(t) || a.thrownWithStones(t) || a.interception(t) {
			continue // "troops seized six grenades", "a missile destroyer", "attack helicopters", "stones and other missiles", "Stones, petrol bombs and explosive devices were thrown", "shot down 24 drones": arms held or borne, things thrown, or munitions intercepted, not used (mentions_arms.go)
		}
		if passiveTriggers[t.p.Text] && !a.passiveBefore(t) {
			continue // "forces have blown up stocks of fuel": the active is [attack-verb]'s to read
		}
		if a.heldOwner(t) {
			continue // "called the captives' fishing company": those held, owning a thing, not a taking
		}
		if len(stmts) == 0 && a.forceSearch(t) {
			continue // "police raided a house": a search, told with no harm in its sentence
		}
		if a.sceneOf(t) {
			continue // "visited the blast site": a place of the deed told
		}
		if a.hedgedAt(t.t0) || hedgeHeads[a.lowerWord(t.t1)] || a.joinedTo(hedgedEnd, t.t0) || a.supposedAt(t.t0) || a.deniedAt(t.t0) || a.plannedAt(t.t0) || a.stateRecord(t.t0, int32(s.First)) {
			hedged++ // "a possible bombing", "RACE RIOT RUMOURS", "stop attacking X and shelling Y"
			hedgedEnd = t.t1
			continue
		}
		if r, ok := roleAt(roles, t); ok {
			t = r
			m.specific = true
		} else if a.toldAttack(t) {
			m.specific = true // "this morning's attack against the attorney general" (mentions_told.go)
		}
		if a.craftBombing(t) {
			// "the air force bombed": from the air, and a headline's "JETS
			// BOMB VILLAGES" too, which the roles read as a weak word's
			t.p = roleTriggers[record.RemoteViolence]
		}
		m.triggers = append(m.triggers, t)
		if t.p.Value != "generic" && (violent || !a.weakTrigger(t) || a.deviceStruck(t)) && (m.title || !a.namesDoersOnly(t)) {
			m.specific = true // "destroyed by a bomb": the weapon did the deed (deviceStruck)
		}
	}
	for _, r := range roles {
		if r.t0 >= t0 && r.t0 < t1 && !a.hasTerm(r.t0, lexicon.Trigger, "") {
			m.triggers = append(m.triggers, r) // "warplanes hit the jetty"
			m.specific = true
		}
	}
	if prev != nil && a.lowerWord(t0) == "and" && a.attackVerbAfter(t0+1) && a.craftDoer(prev) {
		// "Iranian warplanes bombed a plant in Basra and raided a power
		// station in Kirkuk": the verb split off shares its subject, and
		// the craft that struck the first place struck the second
		for i := range m.triggers {
			if m.triggers[i].t0 > t0 && m.triggers[i].p.Value != "generic" {
				m.triggers[i].p = roleTriggers[record.RemoteViolence]
				break
			}
		}
	}
	for _, st := range stmts {
		if st.verb.t0 < t0 || st.verb.t0 >= t1 {
			continue
		}
		m.stmts = append(m.stmts, st)
		if st.hedged && !st.unconfirmed {
			hedged++ // "could exceed 50"; but "unconfirmed reports said 12 were killed" tells a deed, unchecked (withoutBoasts)
		} else if !st.period {
			m.specific = true // but the dead of years of war say nothing happened now (period)
		}
	}
	for _, t := range a.termsIn(t0, t1) {
		if typ, ok := a.uncountedDeed(t, stmts); ok {
			t.p = roleTriggers[typ] // "Al Shabaab murdered a district commissioner"
			m.triggers = append(m.triggers, t)
			m.specific = true
		}
	}
	m.hedged = hedged > 0 && len(m.triggers) == 0 && !m.specific
	glo, ghi := a.groupRange(b0, b1)
	for k := glo; k < ghi; k++ {
		m.groups = append(m.groups, k)
	}
	plo, phi := a.placeRange(t0, t1)
	for k := plo; k < phi; k++ {
		if pm := &a.places[k]; !pm.demonym && !pm.dateline && a.homePlace(pm) {
			m.homes = append(m.homes, k)
		} else if a.officePlace(pm) {
			m.offices = append(m.offices, k)
		} else if a.placedAt(k, m.title) {
			if !a.offScene(k) {
				m.places = append(m.places, k)
			} else if pm := &a.places[k]; !pm.country && pm.chosen != nil {
				m.yardsticks = append(m.yardsticks, k)
			}
		}
	}
	dlo, dhi := a.dateRange(b0, b1)
	var told []int // dates that qualify an attack word: "Friday's attack"
	for k := dlo; k < dhi; k++ {
		switch {
		case a.dates[k].Start < a.datelineEnd:
			m.said = append(m.said, k) // "MANILA, Dec 18 (NNN-PNA) –" dates the report
		case a.attackDate(k) && a.reportingDate(k):
			told = append(told, k) // "officials said the toll from yesterday's air raid"
		case a.reportingDate(k):
			m.said = append(m.said, k)
		case a.laterActDate(k, m):
			m.said = append(m.said, k) // "Villagers on Tuesday buried the victims of a drone strike" (mentions_clauses.go)
		case a.modifierDate(k) && !a.withinEvent(k):
			// "the December 2004 tsunami": names another event
		case a.relativeClauseDate(k, m):
			// "bombing the airstrip captured by Chadian troops on March 22": the capture's day (mentions_clauses.go)
		case a.causeDate(k) && !a.attackDate(k) && !a.causeClause(m):
			// "shelled the platform today in retaliation for an attack on a tanker last week": the earlier attack's day
		case a.causeTold(m, a.tokenAt(a.dates[k].Start)):
			// "destroyed the platform on Monday in retaliation for an attack on a ship": the later strike's day, not the attack's
		case boundDay(a.dates[k]):
			// "By Oct. 20, the toll had reached 358": a deadline, not the day
		case a.attackDate(k):
			told = append(told, k)
		default:
			m.dates = append(m.dates, k)
		}
	}
	// "Police detained three men on Saturday, a day after a bomb killed
	// five": when all the violence comes after "a day after", the days
	// before it date the clause that tells no violence
	if r := a.relationDate(m); r >= 0 {
		for len(m.dates) > 0 && m.dates[0] != r {
			m.said = append(m.said, m.dates[0])
			m.dates = m.dates[1:]
		}
	} else {
		// "launched a fresh offensive today ..., three days after it
		// began a new thrust": a relation after the violence dates the
		// clause it opens, another event
		kept := m.dates[:0]
		for _, k := range m.dates {
			if a.dates[k].Relation && a.violenceBefore(m, a.tokenAt(a.dates[k].Start)) {
				m.said = append(m.said, k)
			} else {
				kept = append(kept, k)
			}
		}
		m.dates = kept
		// "the government today promised to investigate the murder of six
		// priests who were killed on 16 November": the first day dates the
		// promise, the later one the killing (mentions_clauses.go)
		if k := a.ownDayAfter(m); k >= 0 {
			for m.dates[0] != k {
				m.said = append(m.said, m.dates[0])
				m.dates = m.dates[1:]
			}
		}
	}
	// "responding to the kidnapping ..., today insisted": the day of a
	// reaction is not the attack's
	var reacted []int
	var headed bool
	m.retold, m.reaction, headed = a.retoldMention(m, told)
	m.overPlaces = a.overPlaces(m) || a.tollOverJoinedPlaces(m)
	m.dates, reacted = a.reactionDates(m, m.dates, headed)
	m.said = append(m.said, reacted...)
	if len(told) > 0 {
		// "condemned on Monday Friday's rocket attack": when every attack
		// word of the mention is one a day qualifies, that day dates it;
		// "shelled platforms on Monday in response to Friday's missile
		// attack" tells of Monday's shelling, and Friday comes last
		if a.allTold(m, told) || a.onlyCoarser(m.dates, told) {
			m.dates = append(told, m.dates...)
		} else {
			m.dates = append(m.dates, told...)
		}
	}
	if len(m.triggers) == 0 && len(m.stmts) == 0 && !m.hedged && (prev == nil || len(m.places) == 0) {
		a.dropMention(m)
		return nil // a clause with a place of its own continues the one before
	}
	if a.violenceInGeneral(m) {
		a.dropMention(m)
		return nil // "demand that murders and kidnappings cease" (mentions_generic.go)
	}
	return m
}

// newMention returns a zeroed mention from a.mentionBuf, starting a block
// twice the size when the block is full: the mentions handed out keep
// their addresses, and a block serves the next documents too (most
// clauses make a mention that tells no violence and is given back).
func (a *article) newMention() *mention {
	if len(a.mentionBuf) == cap(a.mentionBuf) {
		a.mentionBuf = make([]mention, 0, max(16, 2*cap(a.mentionBuf)))
	}
	a.mentionBuf = append(a.mentionBuf, mention{})
	return &a.mentionBuf[len(a.mentionBuf)-1]
}

// dropMention gives m back to newMention when it is the last mention
// handed out and nothing keeps it.
func (a *article) dropMention(m *mention) {
	if n := len(a.mentionBuf); n > 0 && &a.mentionBuf[n-1] == m {
		a.mentionBuf = a.mentionBuf[:n-1]
	}
}

// triggerBetween reports whether tokens [t0, t1) hold an attack word: an
// event told, not only a victim described ("the body of slain envoy X").
func (a *article) triggerBetween(t0, t1 int32) bool {
	for _, u := range a.termsIn(t0, t1) {
		if u.p.Cat == lexicon.Trigger {
			return true
		}
	}
	return false
}

// relationDate returns the index in a.dates of the date of m that dates
// its violence when an earlier date of m dates a clause with none: a
// relation ("on Saturday, a day after a bomb killed five") with every
// attack word and casualty verb after it (inDayDate), or a day counted
// from the earlier date ("buried on Friday four soldiers killed a day
// earlier") when no violence stands before that earlier date. Else -1.
func (a *article) relationDate(m *mention) int {
	for i, k := range m.dates {
		d := a.dates[k]
		switch {
		case d.Relation:
			if a.violenceBefore(m, a.tokenAt(d.Start)) {
				return -1
			}
			return k
		case d.Previous && i > 0:
			if a.violenceBetween(m.t0, a.tokenAt(a.dates[m.dates[0]].End)) || !a.violenceBetween(a.tokenAt(a.dates[m.dates[0]].End), a.tokenAt(d.Start)) {
				return -1
			}
			return k
		}
	}
	return -1
}

// violenceBefore reports whether mention m tells of violence before token
// t: a word of violence, or an attack word its roles make one
// ("launched a fresh offensive").
func (a *article) violenceBefore(m *mention, t int32) bool {
	for _, tr := range m.triggers {
		if tr.t0 < t {
			return true
		}
	}
	return a.violenceBetween(m.t0, t)
}

// roleAt returns the role-backed attack word over the tokens of t, if any.
func roleAt(roles []term, t term) (term, bool) {
	for _, r := range roles {
		if r.t0 == t.t0 && r.t1 == t.t1 {
			return r, true
		}
	}
	return term{}, false
}

// clauses splits sentence si where it reports events at several places in
// turn ("bombings in Diyala province have killed eight, while two blasts in
// Kirkuk have killed one"): at a clause break (";", "while", "along with",
// ", and") between two different event places. A sentence with one place
// is one clause. The clauses are appended to out.
func (a *article) clauses(out [][2]int32, si int32) [][2]int32 {
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	var ps []int
	plo, phi := a.placeRange(first, last)
	for k := plo; k < phi; k++ {
		pm := &a.places[k]
		if pm.country || !a.eventPlace(k, false) {
			continue
		}
		if len(ps) > 0 {
			q := ps[len(ps)-1]
			if a.samePlace(q, k) || a.contains(q, k) || a.contains(k, q) {
				continue
			}
		}
		ps = append(ps, k)
	}
	start := first
	for i := 1; i < len(ps); i++ {
		cut := int32(-1)
		if a.places[ps[i]].listed {
			// "attacked military positions in Chalatenango, San Vicente
			// and Morazan": one event at each place the list names
			cut = a.places[ps[i-1]].t1
		}
		for j := a.places[ps[i-1]].t1; j < a.places[ps[i]].t0; j++ {
			switch a.lowerWord(j) {
			case ";", "while", "whereas", "along":
				cut = j
			case ",":
				if a.gappedToll(j + 1) {
					cut = j // "three peasants in Guachicono, two in Antioquia": the verb left out after a bare comma
				}
			case "and", "there":
				if a.lowerWord(j-1) == "," {
					cut = j - 1 // ", and one in southern Trang"; "in Hua Hin, there were two"
				} else if a.gappedToll(j + 1) {
					cut = j // "three were killed in Akuzo and one in Usu": the verb left out
				} else if a.lowerWord(j) == "and" && a.attackVerbAfter(j+1) {
					cut = j // "bombed troops east of Basra and raided the terminal at Kharg Island"
				} else if a.lowerWord(j) == "and" && eventPreps[a.lowerWord(j+1)] && a.attackPerTown(first, ps[:i+1]) {
					// "two bombings that tore through churches in the city
					// of Tanta and in Alexandria": as many attacks as towns
					// listed, one at each
					cut = j
					a.places[ps[i]].listed = true
				}
			default:
				if a.itemMark(j) && cut < 0 {
					cut = a.itemStart(j) // "two bombs exploded, one in Tegucigalpa and the other in La Ceiba"
				}
			}
		}
		if cut > start {
			out = append(out, [2]int32{start, cut})
			start = cut
		}
	}
	// "Hezbollah fired rockets at X on Wednesday, a day after a drone
	// strike killed two of its fighters": violence on both sides of a
	// relation tells two events, each with its own day
	dlo, dhi := a.dateRange(a.sentBytes(si))
	for k := dlo; k < dhi; k++ {
		if !a.dates[k].Relation || a.inTitle(a.dates[k].Start) {
			continue
		}
		cut := a.tokenAt(a.dates[k].Start)
		if cut > start && a.triggerBetween(start, cut) && a.violenceBetween(cut, last) {
			out = append(out, [2]int32{start, cut})
			start = cut
		}
	}
	// "The killing came only hours after gunmen shot a judge in the same
	// city": an earlier deed of the same day, with a subject and verb of
	// its own, is another event (hoursAfter)
	for j := start + 2; j < last; j++ {
		if a.hoursAfter(j) && a.violenceBetween(start, j) && a.violenceBetween(j, last) {
			out = append(out, [2]int32{start, j})
			start = j
			break
		}
	}
	// "Chad jets pound Boko Haram camps in Nigeria after N'Djamena suicide
	// attacks": a headline tells the later deed before its sequence word
	// and the earlier one after it (headlineSequence)
	if j := a.headlineSequence(start, last); j > start {
		out = append(out, [2]int32{start, j})
		start = j
	}
	// "its forces destroyed a radar site on Monday in retaliation for a
	// Houthi drone attack on a pumping station last Friday": a deed told
	// before a cause phrase, and an attack the phrase tells with a doer
	// of its own (a named group), are two events, each with its own day
	// and place; a cause with no named doer ("for an Iranian missile
	// attack") is the deed's reason, told again, unless the deed is
	// itself told again by a back pointer and the cause has a day of its
	// own ("The ministry called the strike a response to a rocket attack
	// on a border post in Hakkari on Saturday": toldBackDeed), so the
	// cause is no other telling of it; with no day ("said the attack was
	// revenge for the killing of its commander") it may be anything
	for j := start + 1; j < last; j++ {
		if !causeWords[a.lowerWord(j)] {
			continue
		}
		cut := j
		if w := a.lowerWord(j - 1); w == "in" || w == "to" {
			cut = j - 1
		}
		glo, ghi := a.groupRange(int(a.toks[j].Start), int(a.toks[last-1].End))
		if cut > start && a.deedBetween(start, cut) && a.violenceBetween(j, last) && (glo < ghi || a.toldBackDeed(start, cut) && a.pastDayBetween(j, last)) {
			out = append(out, [2]int32{start, cut})
			start = cut
		}
		break
	}
	// "opened fire on his car a few blocks from where a governor was
	// murdered on July 4": a deed of a day of its own in a relative
	// clause is an older event named to place the news (relativeDeed)
	if j := a.relativeDeed(start, last); j > start {
		out = append(out, [2]int32{start, j})
		start = j
	}
	return append(out, [2]int32{start, last})
}

// headlineSequence returns the token of a word of [headline-sequence]
// ("after", "following") in a headline's tokens (t0, t1) that stands
// between an attack word of its own (not only a toll: "Three dead after
// bomb blast" tells one event) and a word of violence, or -1. Headlines
// link a deed to the earlier one it answers this way ("Chad jets pound
// Boko Haram camps in Nigeria after N'Djamena suicide attacks", "U.S. air
// strikes kill four al Shabaab fighters after Mogadishu truck bomb"):
// two events with doers, days and places of their own, told again in the
// body clause by clause.
func (a *article) headlineSequence(t0, t1 int32) int32 {
	if t0 >= t1 || !a.inTitle(int(a.toks[t0].Start)) {
		return -1
	}
	for j := t0 + 1; j < t1; j++ {
		if !headlineSequences[a.lowerWord(j)] || clockUnits[a.lowerWord(j-1)] {
			continue
		}
		if strings.HasSuffix(a.lowerWord(j+1), "ing") {
			return -1 // "Knife attacker shot dead by police after killing passer-by": the deed of the same man, one event
		}
		if a.deedIn(t0, j) && a.deedIn(j+1, t1) && !a.toldDeedAfter(j) {
			return j
		}
		return -1
	}
	return -1
}

// deedIn reports whether tokens [t0, t1) hold an attack word: a trigger,
// or one an armed agent makes one ("Chad jets pound ...": roleAttacks).
// A toll alone ("Three dead") is no deed.
func (a *article) deedIn(t0, t1 int32) bool {
	for _, u := range a.termsIn(t0, t1) {
		if u.p.Cat == lexicon.Trigger && a.namesDeed(u) {
			return true // "Gunmen and herders dead": those who did it name no deed
		}
	}
	for _, r := range a.roles[a.sentOf[t0]] {
		if t0 <= r.t0 && r.t1 <= t1 {
			return true
		}
	}
	return false
}

// headlineSequences link a headline's later deed to the earlier one
// (headlineSequence).
var headlineSequences = lexicon.Words().Set("headline-sequence") // lexicon/words.txt

// toldBackDeed reports whether tokens [t0, t1) tell their deed only by
// attack words a word of [back-pointer] opens ("the strike", "this
// attack"): the attack the text told before, named again.
func (a *article) toldBackDeed(t0, t1 int32) bool {
	told := false
	for _, u := range a.termsIn(t0, t1) {
		if !violenceCat(u.p.Cat) {
			continue
		}
		if u.p.Cat != lexicon.Trigger || u.t0 < 1 || !backPointers[a.lowerWord(u.t0-1)] {
			return false
		}
		told = true
	}
	return told
}

// pastDayBetween reports whether tokens [t0, t1) hold a date not to come
// that dates no relation ("a day after"): the day of the deed they tell.
func (a *article) pastDayBetween(t0, t1 int32) bool {
	b0, b1 := a.span(t0, t1)
	lo, hi := a.dateRange(b0, b1)
	for k := lo; k < hi; k++ {
		if d := a.dates[k]; !d.Future && !d.Relation {
			return true
		}
	}
	return false
}

// relativeDeed returns the token of a relative adverb ([relative-adverb])
// in tokens (t0, t1), after a word of violence, that opens a clause
// telling a deed of violence dated by a day of its own days before the
// news (more than fitsMain's three before publication), or -1: "a few
// blocks from where the governor was murdered on 4 July" names an older
// killing by its day; "Auschwitz, where my grandmother was murdered" with
// no day stays in its sentence, and "in Zacatecoluca, where clashes
// continued today" goes on with the news.
func (a *article) relativeDeed(t0, t1 int32) int32 {
	for j := t0 + 1; j < t1; j++ {
		if !relativeAdverbs[a.lowerWord(j)] || !a.violenceBetween(t0, j) || !a.violenceBetween(j, t1) {
			continue
		}
		b0, b1 := a.span(j, t1)
		lo, hi := a.dateRange(b0, b1)
		for k := lo; k < hi; k++ {
			if d := a.dates[k]; d.Precision == record.PrecisionDay && !d.Future && !d.Relation && a.pub != (text.Day{}) && !within(d, a.pub, 3) {
				return j
			}
		}
	}
	return -1
}

// respectiveWords pair two lists in turn (listedBeforeVerb).
var respectiveWords = lexicon.Words().Set("respective-word") // lexicon/words.txt

// relativeAdverbs name a place by what happened there (relativeDeed).
var relativeAdverbs = lexicon.Words().Set("relative-adverb") // lexicon/words.txt

// deedBetween reports whether tokens [t0, t1) tell a deed of violence:
// a word of violence or a verb of [attack-verb] ("destroyed"), which an
// armed agent makes one.
func (a *article) deedBetween(t0, t1 int32) bool {
	for j := t0; j < t1; j++ {
		if attackVerbs[a.lowerWord(j)] {
			return true
		}
	}
	return a.violenceBetween(t0, t1)
}

// attackVerbAfter reports whether a verb of attack of its own opens at token t,
// right after "and" (an adverb between): "Iraq said its warplanes bombed
// a troop concentration east of Basra and raided the oil terminal at
// Kharg Island" tells a second strike at a place of its own. A casualty
// verb ("killed five in X and wounded ten in Y") tells the same event's
// toll, and is no such verb.
func (a *article) attackVerbAfter(t int32) bool {
	if w := a.lowerWord(t); w == "also" || w == "later" || w == "then" {
		t++
	}
	w := a.lowerWord(t)
	if a.isCasualtyWord(t) {
		return false
	}
	return attackVerbs[w] || strings.HasSuffix(w, "ed") && a.hasTerm(t, lexicon.Trigger, "")
}

// craftDoer reports whether mention m names aircraft or other craft
// that strike from afar among its attack words: "Iranian warplanes".
func (a *article) craftDoer(m *mention) bool {
	for _, t := range m.triggers {
		if a.spanOf(armedAgents, t.t0, t.t1) == record.RemoteViolence {
			return true
		}
	}
	return false
}

// attackPerTown reports whether the last place of ps, told after "and"
// and a preposition of its own, closes a list of towns ("in the city of
// Tanta and in Alexandria") as long as the count of an attack word told
// before the list in the sentence from token first: "two bombings ...
// in Tanta and in Alexandria" is one bombing in each town. The list is
// the towns, not a town and the region it lies in, each but the first
// after a comma or "and" and its preposition.
func (a *article) attackPerTown(first int32, ps []int) bool {
	n := 2
	for i := len(ps) - 2; i > 0; i-- {
		p, q := &a.places[ps[i-1]], &a.places[ps[i]]
		if q.t0-p.t1 > 3 || !eventPreps[a.lowerWord(q.t0-1)] {
			break
		}
		gap := a.lowerSpan(p.t1, q.t0-1)
		if gap != "," && gap != "and" && gap != ", and" {
			break
		}
		n++
	}
	head := a.places[ps[len(ps)-n]].t0
	for _, t := range a.termsIn(first, head) {
		if t.p.Cat != lexicon.Trigger || t.p.Value == "generic" || !a.counted(t.t0) {
			continue
		}
		for j := t.t0 - 1; j >= first && j >= t.t0-3; j-- {
			if k, ok := a.numberAt(j); ok {
				return a.nums[k].Value == n && a.nums[k].Qual == text.Exact
			}
		}
	}
	return false
}

// gappedToll reports whether a clause that leaves out the verb of the one
// before starts at token t: a number and then a place's preposition ("and
// one in Usu", "and two at the market").
func (a *article) gappedToll(t int32) bool {
	if _, ok := a.numberAt(t); !ok {
		return false
	}
	for j := t + 1; j < t+3 && int(j) < len(a.toks); j++ {
		if eventPreps[a.lowerWord(j)] {
			return true
		}
		if a.toks[j].Kind != text.Word || a.isCasualtyWord(j) {
			return false // "killed and 50 injured in the riots": a verb of its own
		}
		if placeNouns[a.lowerWord(j)] != "" {
			return false // "seven in Kera Dogo, two villages north of Bankass": the figure counts places
		}
	}
	return false
}

// hasViolence reports whether the article tells of violence in words that
// say so: an attack word that is not just a weapon ("exploded",
// "stormed", "airstrike"), an attack word with an armed agent or a target
// (roles, by sentence), or people killed or hurt. Only then do weapon
// words ("missiles", "fired") count as telling of an attack: a missile
// contract is not one.
func (a *article) hasViolence(roles [][]term) bool {
	for _, r := range roles {
		if len(r) > 0 {
			return true
		}
	}
	for _, t := range a.terms {
		switch t.p.Cat {
		case lexicon.Trigger:
			if t.p.Value != "generic" && !a.weakTrigger(t) {
				return true
			}
		case lexicon.Kill, lexicon.Injure:
			return true
		}
	}
	return false
}

// weakTrigger reports whether trigger t is a weak word ([cue weak]): one
// that names a weapon or a shot, not an attack ("missiles", "fired"). The
// cue must cover the whole trigger: a compound headed by a word that names
// the attack itself ("bomb attack", "grenade attack", "rocket fire") says
// what happened though its first word alone would not.
func (a *article) weakTrigger(t term) bool {
	if t.t0 < 0 || int(t.t0) >= len(a.toks) || a.termFirst[t.t0] == 0 {
		return false
	}
	for k := a.termFirst[t.t0] - 1; int(k) < len(a.terms) && a.terms[k].t0 == t.t0; k++ {
		if c := a.terms[k]; c.p.Cat == lexicon.Cue && c.p.Value == "weak" && c.t1 >= t.t1 {
			return true
		}
	}
	return false
}

// joinedTo reports whether the attack word at token t is joined by
// "and" or "or", within five words and no clause break, to the one that
// ends at token end: a hedge of the first governs both ("on condition
// that Iran stop attacking Iraqi territory and shelling its towns").
func (a *article) joinedTo(end, t int32) bool {
	if end < 0 || t < end || t-end > 5 {
		return false
	}
	and := false
	for j := end; j < t; j++ {
		if a.clauseBreak(j) {
			return false
		}
		and = and || listLink(a.lowerWord(j))
	}
	return and
}

// threatWords make the deed a hedge governs only threatened: hedgedAt.
var threatWords = lexicon.Words().Set("threat-word") // lexicon/words.txt

// hedgedAt reports whether the event word at token t is hedged: a modal or
// a threat governs it ("could exceed", "a possible suicide bombing",
// "vowed to abduct", "threatened to attack").
func (a *article) hedgedAt(t int32) bool {
	si := a.sentOf[t]
	first := int32(a.sents[si].First)
	if a.talkedOf(t, first) {
		return true
	}
	for j := t - 1; j >= first && j >= t-6; j-- {
		if !a.hasTerm(j, lexicon.Frame, "hedge") || a.inDate(j) {
			continue // "BAGHDAD, May 1 - Five people were killed": the month, not the modal
		}
		if a.lowerWord(j) == "stop" && !(j == t-1 && strings.HasSuffix(a.lowerWord(t), "ing")) {
			// "stop" hedges the gerund it governs ("on condition that
			// rebels stop attacking"), not a noun ("failed to stop the
			// bombing that killed 12", "non-stop shelling", "a bus stop
			// bombing")
			continue
		}
		if a.lowerWord(j) != "if" && a.presupposedDeed(j, t) {
			return false // "will investigate the deadly car bombing": the deed the hedged verb is about was done
		}
		if w := a.lowerWord(j); threatWords[w] || w == "if" {
			return true
		}
		if j >= t-3 || a.modalCore(j, t) {
			return true
		}
	}
	return false
}

// presupposedDeed reports whether the attack word at token t heads a
// definite noun phrase (definiteHead: "the", "this", a possessive) that
// stands after a verb the hedge at token j governs: "a commission will
// investigate the deadly car bombing", "vowed to avenge the killing of
// their commander", "would not comment on Friday's attack", "the
// terrorists could have perpetrated this attack". A definite deed is
// presupposed, told as known: the hedge governs only its own verb's
// event. A verb of [event-verb] makes or holds the event its object
// names, which is then as hedged as the verb ("could launch the
// offensive", "an operation that would have included the kidnapping of
// personalities"); a deed with no verb before its determiner is the
// hedge's own ("the possible bombing", "could be the attack").
func (a *article) presupposedDeed(j, t int32) bool {
	d, ok := a.definiteHead(t)
	if !ok || d <= j+1 {
		return false
	}
	v := d - 1
	if particles[a.lowerWord(v)] {
		v-- // "carry out the attack", "clear up the attack"
	}
	if w := a.lowerWord(v); eventVerbs[w] || auxiliaries[w] || modals[w] {
		return false // "could launch the offensive", "will be the attack"
	}
	return true
}

// definiteHead returns the token where a definite noun phrase whose head
// is the attack word at token t opens, past at most three modifiers in
// its clause: the determiner "the" or "this", or the owner of a
// possessive ("Friday's attack", "the army's raid"): "the deadly car
// bombing", "this attack". A link, a preposition or a relative pronoun
// ends the search: in "may shell the town and attack the base" the
// determiner is the town's.
func (a *article) definiteHead(t int32) (int32, bool) {
	first := int32(a.sents[a.sentOf[t]].First)
	for k := t - 1; k > first && k >= t-4; k-- {
		switch w := a.lowerWord(k); {
		case w == "the" || w == "this":
			return k, true
		case w == "s" && a.possessiveAt(k-1):
			return k - 2, k-2 > first
		case a.toks[k].Kind != text.Word && w != "-" || a.clauseBreak(k) || listLink(w) || phrasePrep(w) || relativePronouns[w]:
			return 0, false
		}
	}
	return 0, false
}

// eventVerbs make or hold the event their object names (presupposedDeed).
var eventVerbs = lexicon.Words().Set("event-verb") // lexicon/words.txt

// particles complete a verb before its object ("carry out", "clear up").
var particles = lexicon.Words().Set("verb-particle") // lexicon/words.txt

// modalCore reports whether the modal at token j heads the clause core
// that holds the attack word at token t: nothing but its verb group and
// the object's determiners and modifiers between them ("there will be a
// social explosion", "that would have included the kidnapping"), no
// clause break, no relative pronoun ("will name the men who murdered
// four leaders": the murder is the relative clause's, done) and no
// preposition that hangs a phrase on the clause ("will hold a funeral
// for the victims of the bombing" tells the bombing as done). hedgedAt
// reads three words past any hedge; a modal reaches as far as its
// clause's core.
func (a *article) modalCore(j, t int32) bool {
	if !modals[a.lowerWord(j)] {
		return false
	}
	for k := j + 1; k < t; k++ {
		if w := a.lowerWord(k); a.clauseBreak(k) || phrasePrep(w) || relativePronouns[w] {
			return false
		}
	}
	return !a.finitePast(t)
}

// finitePast reports whether the word at token t is a verb in the simple
// past, an "-ed" form or one of [irregular-past] (pastTense), that no
// auxiliary or modal governs: a modal takes the bare verb ("will bomb",
// "would have bombed", "could be bombed"), so a simple past after it
// belongs to another clause ("Gunmen that will soon be tried bombed a
// bank", "Three men that will soon be tried shot a guard": the relative
// clause's modal, the main clause's deed). Adverbs inside the verb group
// ("could also hit", "have since struck": [subject-adverb], "-ly") stand
// between the auxiliary and its verb.
func (a *article) finitePast(t int32) bool {
	if !pastTense(a.lowerWord(t)) {
		return false
	}
	j := t - 1
	for j > 0 && (subjectAdverbs[a.lowerWord(j)] && !auxiliaries[a.lowerWord(j)] || lyForm(a.lowerWord(j))) {
		j--
	}
	before := a.lowerWord(j)
	return !auxiliaries[before] && !modals[before]
}

// modals head a clause whose deed is a possibility (modalCore).
var modals = lexicon.Words().Set("modal") // lexicon/words.txt

// relativePronouns open a clause with a verb of its own (modalCore).
var relativePronouns = lexicon.Words().Set("relative-pronoun") // lexicon/words.txt

// talkedOf reports whether the attack word at token t heads or ends the
// "of" phrase of a noun of rumour or fear, within six words and no clause
// break ("rumours of a U.S. strike", "fears of a retaliatory attack",
// "talk of an attack"): the attack is spoken of, not done.
func (a *article) talkedOf(t, first int32) bool {
	for j := t - 1; j > first && j >= t-6; j-- {
		if a.clauseBreak(j) {
			return false
		}
		if a.lowerWord(j) == "of" && unrealNoun(a.lowerWord(j-1)) {
			return true
		}
	}
	return false
}

// supposedAt reports whether the attack word at token t stands in a
// clause that tells a supposition or a rumour: after "that" of a noun of
// hypothesis, rumour or fear ("another theory is that the two men dropped
// the bomb", "the theory that a gas leak caused the blast", "rumours that
// the United States had launched a strike", "some of the rumours in the
// markets were that ..."). It tells how an attack told as fact may have
// gone, or what may have happened, not another attack.
func (a *article) supposedAt(t int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j > first; j-- {
		if a.word(j) == ";" {
			return false
		}
		if a.lowerWord(j) != "that" {
			continue
		}
		n := j - 1
		if hypothesisNouns[a.lowerWord(n)] || unrealNoun(a.lowerWord(n)) || a.supposerBetween(n, first) {
			return true
		}
		if !copulas[a.lowerWord(n)] {
			continue
		}
		// "the theory is that", "the rumours in the London markets were
		// that": the subject's head, within five words before the copula
		for k := n - 1; k >= first && k >= n-5 && !a.clauseBreak(k); k-- {
			if w := a.lowerWord(k); hypothesisNouns[w] || unrealNoun(w) {
				return true
			}
		}
	}
	return false
}

// supposerBetween reports whether the words ending at token n are a
// phrase of "by" or "from" naming who supposes, of at most four words,
// after a noun of hypothesis or rumour ("suggestions by Ukrainian
// officials that", "speculation from analysts that"): the "that" after
// it opens the noun's clause all the same.
func (a *article) supposerBetween(n, first int32) bool {
	for k := n; k > first && k > n-5; k-- {
		if a.clauseBreak(k) {
			return false
		}
		if w := a.lowerWord(k); w == "by" || w == "from" {
			h := a.lowerWord(k - 1)
			return k < n && (hypothesisNouns[h] || unrealNoun(h))
		}
	}
	return false
}

// deniedAt reports whether the attack word at token t is what a denial
// denies: the subject's head or the verb of the clause a verb of denial
// opens with "that", the verb at most five words before "that" ("the
// minister denied that the air force is bombing civilian areas",
// "denied, however, that the shooting occurred there", "denied the
// report that the army is bombing"). The clause tells what someone says
// did not happen, not an attack told as done. A negated denial asserts
// the clause instead ("the minister did not deny that the air force
// bombed the village": denialBefore). An attack word in a phrase hung on
// the clause is not denied ("denied that the trip is linked to the
// assassination"), nor one far into it, nor one the denier tells of
// itself ("Armenia denied that its troops had fired first": an own
// pronoun after "that" denies a doer's part in a deed, which attribution
// reads, not the deed). A deed told as done elsewhere keeps the mentions
// that tell it, and a toll in the clause (a statement) still makes the
// mention specific.
func (a *article) deniedAt(t int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j > first && j >= t-7; j-- {
		w := a.lowerWord(j)
		if a.clauseBreak(j) && w != "that" || phrasePrep(w) {
			return false
		}
		if w != "that" {
			continue
		}
		if ownPronouns[a.lowerWord(j+1)] {
			return false
		}
		d := a.denialBefore(j, first)
		return d.head >= 0 && denyVerbs[a.lowerWord(d.head)] && !d.negated
	}
	return false
}

// denial is what the words heading a clause of "that", "whether" or "if"
// say of it: the word that denies or doubts it, a verb of [deny-verb] or
// a word of [negative-head] ("officials denied that", "it was unclear
// whether"), at token head (-1 when none does), and whether a negation
// stands among them (negated: "there was no evidence that", "did not
// deny that"). The mention stage reads it to tell whether a deed is
// asserted (deniedAt), the attribution stage whether a doer's part is
// (deniesComplement): one window for both.
type denial struct {
	head    int32
	negated bool
}

// denies reports whether the clause is denied: by its head or by a
// negation, not by both, which cancel ("there is no doubt that", "did not
// rule out that", "did not deny that" assert what follows).
func (d denial) denies() bool { return d.head >= 0 != d.negated }

// denialBefore reads the words before the complementiser at token k,
// past an aside set off by commas ("denied, however, that"), back to five
// and within the clause, in the sentence opening at first. A verb of
// reporting ends the clause ("denied it and said that rebels bombed":
// the nearer verb opens it), one after an article is a noun ("denied the
// report that"). A scant determiner before a negative head counts as its
// negation ("there is little doubt that", assertingHead), as does a
// negation in the three words before a verb of denial (negatedDenial:
// "has not yet denied that").
func (a *article) denialBefore(k, first int32) denial {
	d := denial{head: -1}
	end := a.pastAsidesBack(k, first)
	for j := end - 1; j >= first && j >= end-5; j-- {
		w := a.lowerWord(j)
		if reportVerbs[w] && articleWords[a.lowerWord(j-1)] {
			continue // "denied the report that": a noun
		}
		if a.clauseBreak(j) {
			break
		}
		switch {
		case a.negationAt(j), a.assertingHead(j + 1):
			d.negated = true
		case d.head < 0 && (denyVerbs[w] || negativeHeads[w]):
			d.head = j
		}
	}
	if d.head >= 0 && !d.negated && denyVerbs[a.lowerWord(d.head)] {
		d.negated = a.negatedDenial(d.head) >= 0
	}
	return d
}

// negatedDenial returns the token of a negation in the three words
// before the word of denial at token h, in its sentence, or -1: "did not
// deny", "has never denied", "has not yet denied". A denial so negated
// asserts what it would deny: the deed it tells is done (deniedAt) and a
// doer named in it is not cleared but suspected (attribution).
func (a *article) negatedDenial(h int32) int32 {
	first := int32(a.sents[a.sentOf[h]].First)
	for j := h - 1; j >= first && j >= h-3 && !a.clauseBreak(j); j-- {
		if a.negationAt(j) {
			return j
		}
	}
	return -1
}

// negationAt reports whether the word at token j negates what follows it
// (negates), unless an adverb of [focus-adverb] after "not" makes it
// focus the verb instead: "not only denied that" denies.
func (a *article) negationAt(j int32) bool {
	return negates(a.lowerWord(j)) && !focusAdverbs[a.lowerWord(j+1)]
}

// focusAdverbs after "not" focus the verb, not negate it (negationAt).
var focusAdverbs = lexicon.Words().Set("focus-adverb") // lexicon/words.txt

// forceSearch reports whether the attack word t is a raid ([search-word])
// by a state's ground force, the subject before it in its clause
// ("carabineros raided the house of a worker", "federal police raided a
// cocaine laboratory"), on no armed foe: a search, which GTD does not
// code and ACLED codes as an arrest, not an attack. A raid by craft
// ("warplanes raided the port") is a strike, one on an armed foe
// ("soldiers raided a militant hideout": armedAttack) or that sets off a
// fight ("police raided the favela, setting off a firefight":
// raidMetFight) a clash, and mention leaves a raid whose sentence tells
// harm an attack ("soldiers who raided the village killed 11",
// "troops raided the residence, and a guard was wounded").
func (a *article) forceSearch(t term) bool {
	if !a.spanIn(searchWords, t.t0, t.t1) {
		return false
	}
	first := int32(a.sents[a.sentOf[t.t0]].First)
	if !a.policeBefore(t.t0, first) && !a.stateForceBefore(t.t0, first) {
		return false
	}
	if typ, ok := a.agentBefore(t.t0, first); ok && typ == record.RemoteViolence {
		return false
	}
	r, ok := a.armedAttack(t, true)
	return (!ok || r != record.Clash) && !a.raidMetFight(t)
}

// sceneOf reports whether attack word t only qualifies a noun of
// [scene-noun] after "the": "President Erdogan, who visited the blast site
// on Monday", "officials at the bombing scene". The noun names the place
// of the deed the story told, which a later visit or search goes to; it
// tells no attack of its own, so a day in its sentence dates the visit,
// not a second attack.
func (a *article) sceneOf(t term) bool {
	return t.t0 > 0 && a.lowerWord(t.t0-1) == "the" && sceneNouns[a.lowerWord(t.t1)]
}

// sceneNouns name the place of a deed told by an attack word before them
// (sceneOf).
var sceneNouns = lexicon.Words().Set("scene-noun") // lexicon/words.txt

// searchWords name a raid that a state's ground force makes a search
// (forceSearch).
var searchWords = lexicon.Words().Set("search-word") // lexicon/words.txt

// denyVerbs deny what the clause their "that" opens tells (deniedAt).
var denyVerbs = lexicon.Words().Set("deny-verb") // lexicon/words.txt

// linkPreps, with eventPreps, hang a phrase on a clause (phrasePrep).
var linkPreps = lexicon.Words().Set("link-prep") // lexicon/words.txt

// phrasePrep reports whether w is a preposition that hangs a phrase on a
// clause, of place ([event-prep]) or of any other link ([link-prep]): an
// attack word in the phrase is not what the clause denies (deniedAt) or
// a modal before it hedges (modalCore).
func phrasePrep(w string) bool { return eventPreps[w] || linkPreps[w] }

// hypothesisNouns tell a supposition in the clause their "that" opens
// (supposedAt).
var hypothesisNouns = lexicon.Words().Set("hypothesis-noun") // lexicon/words.txt

// unrealNouns, with rumourNouns, name talk or fear of an event: the attack
// of their "of" phrase or "that" clause is not told as done (talkedOf,
// supposedAt).
var unrealNouns = lexicon.Words().Set("unreal-noun") // lexicon/words.txt

// unrealNoun reports whether w names talk or fear of an event: a word of
// [unreal-noun] or of [rumour-noun], which also names a figure's unvouched
// source and so is not listed twice.
func unrealNoun(w string) bool { return unrealNouns[w] || rumourNouns[w] }

// eventPlace reports whether place mention k can be where an event
// happened: governed by a locative preposition, followed by a place noun
// or the object of a strike ("rebels shelled Jalalabad": struckPlace), or
// in the headline; not a demonym, not the dateline (where the reporter
// is), not a state attacking ("LIBYA STILL BOMBING CHAD AIRSTRIP"), not
// where a statement was made or a broadcast heard ("told AFP in Colombo",
// "monitored by the BBC in London", "a report received in Nicosia", "In
// Washington, the defense secretary said", "talks in Geneva") (placedAt),
// and not a point the spot is told from ("30 miles north of Baghdad",
// "east of Bahrain": offScene).
func (a *article) eventPlace(k int, title bool) bool {
	return a.placedAt(k, title) && !a.offScene(k)
}

// struckPlace reports whether place mention m, a town, is the object of
// a verb of attack in the past right before it: "rebels shelled
// Jalalabad", "jets bombed Beirut". What a strike hit is where it was.
func (a *article) struckPlace(m *placeMention) bool {
	if m.country || m.t0 < 1 || a.cs != text.Mixed || !a.toks[m.t0].Has(text.Cap) {
		return false // in capitals or lower case, a name cannot be told from a noun ("the hills")
	}
	j := m.t0 - 1
	if a.lowerWord(j) == "the" {
		j--
	}
	if j < 0 || a.sentOf[j] != a.sentOf[m.t0] {
		return false
	}
	tm, ok := a.termAt(j, lexicon.Trigger)
	return ok && tm.t1 == j+1 && a.pastVerb(tm) || attackVerbs[a.lowerWord(j)] && a.pastVerb(term{t0: j, t1: j + 1})
}

// placedAt is eventPlace without offScene's tests (a distance reference,
// a country after a compass word): a place it passes that offScene
// reports, a town, is a mention's yardstick.
func (a *article) placedAt(k int, title bool) bool {
	m := &a.places[k]
	if m.demonym || m.dateline || a.attackingCountry(k) || a.stateVoice(k) || a.statementPlace(k) || a.meetingPlace(k) || a.documentPlace(k) || a.speakerPlace(k) || a.officePlace(m) {
		return false
	}
	if !title && !eventPreps[m.prep] && m.noun == "" && !a.afterPlaceNoun(m) && !a.struckPlace(m) && !a.siteOfPlace(m) && !a.installationOfPlace(m) {
		return false
	}
	if !title && headingPreps[m.prep] {
		return false // "the attackers who headed towards Pibor County": where they went, a division's noun or not
	}
	// "taken to hospitals in Maiduguri": where the wounded went
	for j := m.t0 - 1; j >= 0 && j >= m.t0-5 && a.sentOf[j] == a.sentOf[m.t0]; j-- {
		if carriedVerbs[a.lowerWord(j)] {
			return false
		}
	}
	if a.carriedTo(m) || a.careSite(m) || a.officeApposed(m) || a.destination(m) || a.futureArrival(m) || a.originPlace(m) || a.homePlace(m) || a.anniversaryName(m) || a.routeEnd(k) || a.farLandmark(k) || a.heldTerritory(m) || a.reactedAttackName(m) {
		return false
	}
	for j := m.t0 - 1; j >= 0 && j >= m.t0-5 && a.sentOf[j] == a.sentOf[m.t0]; j-- {
		if heardWords[a.lowerWord(j)] {
			return false
		}
	}
	return true
}

// carriedTo reports whether place mention m ends the "to" phrase of a
// verb of carrying the wounded or the dead ([carried-verb]) or of a
// hospital taking them in ([admit-verb]), or ends the "in" or "at" phrase
// of a verb of their treatment ([treat-verb]: "were being treated in
// hospitals in Bannu and Peshawar"), however long
// the name of the hospital before it: "taken to Silchar Medical College in
// Assam", "taken to hospitals in Niamey and Ouallam", "taken to the
// provincial hospital in Tete and to Moatize". The phrase runs back to the
// verb within its clause and holds no word of the violence itself: "taken
// to hospital after gunmen attacked a market in Kano" places the attack.
func (a *article) carriedTo(m *placeMention) bool {
	si := a.sentOf[m.t0]
	for j := m.t0 - 1; j >= 1 && j >= m.t0-carriedReach && a.sentOf[j-1] == si; j-- {
		if a.clauseBreak(j) || a.harmOrAttackAt(j) {
			return false
		}
		switch v := a.lowerWord(j - 1); a.lowerWord(j) {
		case "to":
			if carriedVerbs[v] || admitVerbs[v] || carriedToVerbs[v] {
				return true
			}
			if v := a.carriedBy(j); carriedVerbs[v] || carriedToVerbs[v] {
				return true // "were flown by helicopter to the army's hospital in Srinagar"
			}
		case "in", "at":
			if treatVerbs[v] {
				return true // "were being treated in hospitals in Bannu and Peshawar"
			}
		}
	}
	return false
}

// harmOrAttackAt reports whether a word of killing or wounding (harmAt)
// or an attack word starts at token j: the violence itself, which no
// phrase of the hurt's care holds (carriedTo, careSite).
func (a *article) harmOrAttackAt(j int32) bool {
	_, attack := a.termAt(j, lexicon.Trigger)
	return attack || a.harmAt(j)
}

// careSite reports whether place mention m, after "in", ends the subject
// of a verb of a hospital taking in the dead or the hurt ([care-verb]),
// a noun of such a place ([care-noun]) heading it: "A hospital supported
// by the International Committee of the Red Cross in Saada received the
// bodies of 29 children", "the morgue in Jos received 120 corpses". The
// hurt were brought there; the town is where they were treated, not
// where they were hit. The subject runs back from the place within its
// clause and holds no word of the violence itself.
func (a *article) careSite(m *placeMention) bool {
	if m.prep != "in" || int(m.t1) >= len(a.toks) || !careVerbs[a.lowerWord(m.t1)] || a.sentOf[m.t1] != a.sentOf[m.t0] {
		return false
	}
	si := a.sentOf[m.t0]
	for j := m.t0 - 2; j >= 0 && j >= m.t0-careReach && a.sentOf[j] == si; j-- {
		if a.clauseBreak(j) || a.harmOrAttackAt(j) {
			return false
		}
		if careNouns[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// officeApposed reports whether place mention m, after "in", ends an
// apposition that names an office of a body ([office-noun] or "head",
// "of", the body's name): "said Hassan Muwlef, head of the Red Crescent
// in Saada, who reached the market", "Ali Musa, director of the Red
// Cross in Kandahar,". The town says where the official serves, not
// where the deed was.
func (a *article) officeApposed(m *placeMention) bool {
	if m.prep != "in" || a.cs != text.Mixed {
		return false
	}
	si := a.sentOf[m.t0]
	for j := m.t0 - 2; j >= 2 && j >= m.t0-8 && a.sentOf[j-2] == si; j-- {
		if a.toks[j].Kind != text.Word || a.placeAt(j) >= 0 {
			return false
		}
		if a.lowerWord(j) == "of" && (a.toks[j+1].Has(text.Cap) || a.lowerWord(j+1) == "the") {
			w := a.lowerWord(j - 1)
			return (officeNouns[w] || apposedOffices[w]) && a.word(j-2) == ","
		}
	}
	return false
}

// apposedOffices head an office of a body in an apposition besides
// [office-noun] ([apposed-office]; officeApposed): "head of the Red
// Crescent in Saada".
var apposedOffices = lexicon.Words().Set("apposed-office") // lexicon/words.txt

// careReach is how many tokens back from a place careSite looks for the
// noun of a hospital: the hospital's description may come between ("A
// hospital supported by the International Committee of the Red Cross in
// Saada").
const careReach = 12

// careNouns and careVerbs: a hospital that takes in the hurt
// ([care-noun], [care-verb]; careSite).
var (
	careNouns = lexicon.Words().Set("care-noun") // lexicon/words.txt
	careVerbs = lexicon.Words().Set("care-verb") // lexicon/words.txt
)

// carriedReach is how many tokens back from a place carriedTo looks for
// the "to" of a verb of carrying: a hospital's name of up to six words
// and the town before the place ("to the Guillermo Hernández Jacobsen
// Military Hospital in San Cristóbal").
const carriedReach = 10

// reactedAttackName reports whether place mention m names, as a modifier
// of the attack noun right after it, the attack a reaction word governs:
// "Iran fires missiles at Islamic State in Syria to avenge Tehran attacks"
// (multi 016). The town is where the avenged attack was, told again, not
// where the news happened.
func (a *article) reactedAttackName(m *placeMention) bool {
	t, ok := a.termAt(m.t1, lexicon.Trigger)
	if !ok || a.sentOf[t.t0] != a.sentOf[m.t0] {
		return false
	}
	_, r := a.reactionOf(t)
	return r
}

// heldTerritory reports whether place mention m is the object of a verb
// of holding ground ([hold-verb]) in a relative clause on a party: "Islamic
// State militants, who control the city of Sirte farther east, have
// carried out several suicide bombings" (retold 072). The clause says who
// the party is, as its home does (homePlace), not where a deed was. The
// object runs back from the name over a determiner, a place noun and
// "of" ("the city of") to the verb, and "who", "which" or "that" stands
// right before the verb, an adverb at most between ("who now control").
func (a *article) heldTerritory(m *placeMention) bool {
	si := a.sentOf[m.t0]
	for j := m.t0 - 1; j >= 1 && j >= m.t0-5 && a.sentOf[j] == si; j-- {
		w := a.lowerWord(j)
		if territoryVerbs[w] {
			r := j - 1
			if adverbs[a.lowerWord(r)] && r > 0 {
				r--
			}
			return relativePronouns[a.lowerWord(r)] && a.sentOf[r] == si
		}
		if a.toks[j].Kind != text.Word || !(determiners[w] || w == "of" || placeNouns[w] != "" || settlementNouns[w]) {
			return false
		}
	}
	return false
}

// territoryVerbs tell a party's hold on ground ([territory-verb]; heldTerritory).
var territoryVerbs = lexicon.Words().Set("territory-verb") // lexicon/words.txt

// farLandmark reports whether place mention p names a building, not a
// town: the name stands with no article before it and a noun of a
// building right after it, lower case ([landmark-noun]: "outside a tiffin
// centre near Konark theatre", multi 021, a story of Hyderabad), its town
// lies far from every other town the story names, of which there is one
// at least (farTowns), and the story names that town nowhere else.
// Cinemas, hotels and gates are named after far cities; a sentence that
// told a deed in the far town itself would name it on its own ("in
// Konark", "the town of Konark").
func (a *article) farLandmark(p int) bool {
	pm := &a.places[p]
	if int(pm.t1) >= len(a.toks) || pm.t0 == 0 || a.cs != text.Mixed || pm.chosen == nil {
		return false
	}
	if n := a.toks[pm.t1]; n.Kind != text.Word || n.Has(text.Cap) || !landmarkNouns[a.lowerWord(pm.t1)] || a.sentOf[pm.t1] != a.sentOf[pm.t0] {
		return false
	}
	if determiners[a.lowerWord(pm.t0-1)] {
		return false // "a Kabul hotel": a hotel in Kabul (siteOfPlace)
	}
	towns := 0
	for i := range a.places {
		o := &a.places[i]
		if i == p || o.chosen == nil || o.demonym {
			continue
		}
		if o.chosen == pm.chosen {
			return false
		}
		if o.chosen.Kind == gazetteer.Place {
			if !a.farTowns(i, p) {
				return false
			}
			towns++
		}
	}
	return towns > 0
}

// landmarkNouns are the nouns of a building that a name before them may
// name after a far town ([landmark-noun]; farLandmark).
var landmarkNouns = lexicon.Words().Set("landmark-noun") // lexicon/words.txt

// originPlace reports whether place mention m, after "in" (or after "in
// the <place noun> of"), completes a noun phrase that "from" opens:
// "trucks carrying oil from the Cano Limon oilfield in Arauca department"
// (MUC-4), "civilians who were coming from a market in the village of
// Kibaya" (DPA) came from there; the place of origin is not where the
// deed was. Any other preposition, a break of clause or an attack word
// between ends the phrase. A place listed after such a place shares its
// "in" and is an origin too: "six missiles were launched from bases in
// Kermanshah and Kurdistan provinces and hit a command centre" (multi
// 016) were fired from both.
func (a *article) originPlace(m *placeMention) bool {
	if m.listed {
		for j := m.t0 - 1; j >= 0 && j >= m.t0-3 && a.sentOf[j] == a.sentOf[m.t0]; j-- {
			if k := a.placeAt(j); k >= 0 {
				return a.originPlace(&a.places[k]) // the item before, back to the list's head
			}
		}
		return false
	}
	in := m.t0 - 1 // the "in" of the phrase
	if m.prep == "of" && a.afterPlaceNoun(m) {
		in = m.t0 - 3 // "in the village of Kibaya"
		if a.lowerWord(in) == "the" {
			in--
		}
	}
	if in < 1 || a.lowerWord(in) != "in" {
		return false
	}
	si := a.sentOf[m.t0]
	for j := in - 1; j >= 0 && j >= in-originReach && a.sentOf[j] == si; j-- {
		w := a.lowerWord(j)
		if w == "from" {
			return j < in-1
		}
		if a.toks[j].Kind != text.Word || locPreps[w] || a.clauseBreak(j) {
			return false
		}
		if _, ok := a.termAt(j, lexicon.Trigger); ok {
			return false
		}
	}
	return false
}

// routeEnd reports whether place mention k is one end of a route named
// by its ends: places joined by hyphens before a noun of [route-noun]
// ("the Maiduguri-Damboa road", "the Kandahar-Herat highway", "the
// Abuja-Kaduna train"). A road or a line between two towns runs through
// neither's streets: the deed on it was somewhere along it, which the
// story names elsewhere ("near the village of Auno", "in Farah
// province") or not at all, never at one of its ends.
func (a *article) routeEnd(k int) bool {
	first, last := k, k
	for first > 0 && a.hyphenJoined(first-1) {
		first--
	}
	for last+1 < len(a.places) && a.hyphenJoined(last) {
		last++
	}
	end := a.places[last].t1
	return first < last && int(end) < len(a.toks) && a.sentOf[end] == a.sentOf[a.places[last].t0] && routeNouns[a.lowerWord(end)]
}

// hyphenJoined reports whether place mentions k and k+1 are joined by one
// hyphen or dash with no space on either side: "Maiduguri-Damboa".
func (a *article) hyphenJoined(k int) bool {
	p, q := &a.places[k], &a.places[k+1]
	if q.t0 != p.t1+1 || int(q.t0) >= len(a.toks) {
		return false
	}
	switch a.word(p.t1) {
	case "-", "‐", "‑", "–", "—":
		return !a.toks[p.t1].Has(text.SpaceBefore) && !a.toks[q.t0].Has(text.SpaceBefore)
	}
	return false
}

// routeNouns name a road, a line or what runs on it ([route-noun]).
var routeNouns = lexicon.Words().Set("route-noun") // lexicon/words.txt

// originReach is how many words may stand between the "from" of an
// origin and the "in" of its place: the noun phrase in between.
const originReach = 6

// headingPreps give the direction of a movement ([heading-prep]): the
// place after one is where someone went, not where anything happened.
var headingPreps = lexicon.Words().Set("heading-prep") // lexicon/words.txt

// anniversaryName reports whether place mention m names a past event
// whose anniversary the text marks: a place between "the" and an attack
// word, the anniversary of that event ("days before the 20th anniversary
// of the Tak Bai massacre", "before the Tak Bai massacre anniversary").
// The town names the massacre of long ago, not where today's attacks were.
func (a *article) anniversaryName(m *placeMention) bool {
	if m.t0 < 1 || a.lowerWord(m.t0-1) != "the" {
		return false
	}
	tm, ok := a.termAt(m.t1, lexicon.Trigger)
	if !ok {
		return false
	}
	si := a.sentOf[m.t0]
	if int(tm.t1) < len(a.toks) && a.sentOf[tm.t1] == si && a.hasTerm(tm.t1, lexicon.Frame, "anniversary") {
		return true // "the Tak Bai massacre anniversary"
	}
	j := m.t0 - 2
	if j >= 0 && a.lowerWord(j) == "of" {
		j-- // "the anniversary of the Tak Bai massacre"
	}
	return j >= 0 && a.sentOf[j] == si && a.hasTerm(j, lexicon.Frame, "anniversary")
}

// plannedAt reports whether the attack word at token t is the object of a
// plan: a word of planning ([plan-word]) at most three words before it
// in its clause ("a man believed to be planning suicide car bomb
// attacks"). A planned attack is no attack yet.
func (a *article) plannedAt(t int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	return a.setBehind(planWords, t-1, max(first, t-3))
}

// planWords make an attack word after them a plan ([plan-word]).
var planWords = lexicon.Words().Set("plan-word") // lexicon/words.txt

// carriedVerbs, up to five words before a place, make it where the
// wounded or the dead were carried ([carried-verb]); heardWords make it
// where a report was heard or received ([heard-word]).
var (
	carriedVerbs = lexicon.Words().Set("carried-verb") // lexicon/words.txt
	admitVerbs   = lexicon.Words().Set("admit-verb")   // lexicon/words.txt
	// carriedToVerbs carry the wounded only with their "to" ([carried-to-verb]; carriedTo)
	carriedToVerbs = lexicon.Words().Set("carried-to-verb") // lexicon/words.txt
	treatVerbs     = lexicon.Words().Set("treat-verb")      // lexicon/words.txt
	heardWords     = lexicon.Words().Set("heard-word")      // lexicon/words.txt
)

// journeyWords tell of a movement away from an event before "to" and
// where it was bound ([journey-word]): "survivors fled to a camp in
// Maiduguri", "the wounded were flown to a hospital in Kabul".
var journeyWords = lexicon.Words().Set("journey-word") // lexicon/words.txt

// destination reports whether place mention m places the end of a
// movement away from the event, not the event: the place after a noun
// phrase that opens with a determiner after "to" and a journey word,
// though a comma ends the phrase ("transferred to the Guillermo Hernández
// Jacobsen Military Hospital, in San Cristóbal"), and the division a
// comma sets after such a place. Where people fled or were carried to is
// not where they were hit. A
// journey under way and an attacker's approach are no journey words
// ("heading to the airport in Guatemala City", "drove to a checkpoint
// in Kandahar and blew himself up"): their end is often the scene.
func (a *article) destination(m *placeMention) bool {
	if m.t0 >= 2 && a.word(m.t0-1) == "," && a.sentOf[m.t0-2] == a.sentOf[m.t0] {
		if p := a.placeAt(m.t0 - 2); p >= 0 && a.places[p].t0 < m.t0 && a.destination(&a.places[p]) {
			return true // "a hospital in San Cristóbal, Táchira state": the town's state
		}
	}
	if a.journeyGoal(m) {
		return true
	}
	if !eventPreps[m.prep] || m.t0 < 4 {
		return false
	}
	si := a.sentOf[m.t0]
	end := m.t0 - 2
	if a.word(end) == "," {
		end-- // "transferred to the Guillermo Hernández Jacobsen Military Hospital, in San Cristóbal"
	}
	// the noun phrase before the preposition: "a camp", "the cattle market"
	for j := end; j >= end-5 && j >= 1 && a.sentOf[j-1] == si; j-- {
		w := a.lowerWord(j)
		if a.toks[j].Kind != text.Word || a.clauseBreak(j) || eventPreps[w] || a.placeAt(j) >= 0 {
			return false
		}
		if !determiners[w] {
			continue
		}
		to := a.lowerWord(j - 1)
		if to != "to" && to != "towards" && to != "toward" {
			return false
		}
		for k := j - 2; k >= j-4 && k >= 0 && a.sentOf[k] == si && !a.clauseBreak(k); k-- {
			if journeyWords[a.lowerWord(k)] {
				return true // "fled back to", "were flown on Tuesday to"
			}
		}
		return false
	}
	return false
}

// arrivalVerbs are verbs of arriving in their bare form ([arrival-verb]).
var arrivalVerbs = lexicon.Words().Set("arrival-verb") // lexicon/words.txt

// futureArrival reports whether place mention m follows "in" or "at"
// after a verb of arriving that a modal or "to" takes: "two of the
// engineers who were kidnapped in Colombia and released today will
// arrive in Rio de Janeiro early tomorrow". Where people are still to go
// is not where the event was. A past arrival may be the attackers'
// approach to the scene ("arrived at the school and opened fire"), whose
// end is the site, and is not read.
func (a *article) futureArrival(m *placeMention) bool {
	if m.t0 < 3 || m.prep != "in" && m.prep != "at" {
		return false
	}
	si := a.sentOf[m.t0]
	j := m.t0 - 1
	for j > 0 && a.sentOf[j] == si && a.lowerWord(j) != m.prep && j >= m.t0-3 {
		j-- // "in the port of", "at Santos airport": the preposition's phrase
	}
	if a.lowerWord(j) != m.prep || j < 2 || !arrivalVerbs[a.lowerWord(j-1)] {
		return false
	}
	w := a.lowerWord(j - 2)
	return modals[w] || w == "to"
}

// journeyGoal reports whether place mention m is named in the goal of a
// journey word, its "into", "to" or [heading-prep] ("towards") right after
// the word ("back" may stand between) and at most three words of its noun
// phrase before the name: "the attackers, who fled into the nearby Boni
// forest", "fled to Somalia". Where the attackers went is no site of what
// they did.
func (a *article) journeyGoal(m *placeMention) bool {
	si := a.sentOf[m.t0]
	for j := m.t0 - 1; j >= 1 && j >= m.t0-4 && a.sentOf[j-1] == si; j-- {
		if a.toks[j].Kind != text.Word || a.clauseBreak(j) {
			return false
		}
		if w := a.lowerWord(j); w == "into" || w == "to" || headingPreps[w] {
			k := j - 1
			if a.lowerWord(k) == "back" && k > 0 {
				k--
			}
			return journeyWords[a.lowerWord(k)]
		}
	}
	return false
}

// birthWords put a person's origin or home at the place after "in"
// ([birth-word]): "a teacher who was born in Cali", "who lives in
// London"; homeNouns name a person before "of" and the place the person
// belongs to ([home-noun]): "a citizen of Switzerland"; homeAdjectives
// make the place right after them a person's home ([home-adjective]):
// "his native Argentina".
var (
	birthWords     = lexicon.Words().Set("birth-word")     // lexicon/words.txt
	homeNouns      = lexicon.Words().Set("home-noun")      // lexicon/words.txt
	homeAdjectives = lexicon.Words().Set("home-adjective") // lexicon/words.txt
)

// homePlace reports whether place mention m only describes a person: where
// the person was born or lives, whose citizen the person is, where the
// person comes from ("a man from Quincy"). A victim's or a suspect's home
// is not where the deed was; it places the incident only when nothing
// else does (homeOnly), and a nationality does not make the story's
// country (countStoryCountry).
func (a *article) homePlace(m *placeMention) bool {
	p := m.t0 - 2
	if p < 0 || a.sentOf[p] != a.sentOf[m.t0] {
		return homeAdjectives[m.prep]
	}
	w := a.lowerWord(p)
	switch m.prep {
	case "in":
		return birthWords[w]
	case "of":
		return homeNouns[w]
	case "from":
		u, ok := a.termEndingAt(p+1, lexicon.Party)
		return ok && (u.p.Value == record.Civilians || u.p.Value == "people") ||
			personAgents[w] || personAgentPlural(w) // "12 traders from Katsina state"
	}
	return homeAdjectives[m.prep]
}

// offScene reports whether place mention k, though placed, is a point
// the text tells the spot from, not the spot: a yardstick, or any place
// after a compass word that is a country ("east of Bahrain" lies outside
// it) or that the story measures a distance from elsewhere, and a town
// after "near" that the story measures a distance from beside a town
// (measuredBesideTown: a headline's "Arson Attack Near Berlin" over a lead's "in Nauen, about 15
// kilometers west of Berlin": the body names the spot). A yardstick
// is not where the event was, but it is where the text places it when it
// names no other place (coders write "Pan American Highway, 10 miles
// north of Lima" and accept Lima).
func (a *article) offScene(k int) bool {
	return a.yardstick(k) || a.compassOf(k) && (a.places[k].country || a.yardstickElsewhere(k)) ||
		a.places[k].prep == "near" && a.measuredBesideTown(k)
}

// measuredBesideTown reports whether the story measures a distance from
// the place of mention k in an appositive after a town it puts something
// in ("in Nauen, about 15 kilometers west of Berlin"): that town, not
// the one it lies near, is the spot. A front measured from the town
// ("west of Fish Canal, a defensive line about 10 km from Basra") names
// no town of its own.
func (a *article) measuredBesideTown(k int) bool {
	for q := range a.places {
		if q == k || !a.samePlace(q, k) || !a.yardstick(q) {
			continue
		}
		t0 := a.places[q].t0
		for t := t0 - 1; t > 0 && t >= t0-12 && a.sentOf[t] == a.sentOf[t0]; t-- {
			if a.word(t) != "," {
				continue
			}
			p := a.placeAt(t - 1)
			if p < 0 {
				break
			}
			pm := &a.places[p]
			return (pm.prep == "in" || pm.prep == "at") && !pm.country && pm.chosen != nil &&
				pm.chosen.Kind == gazetteer.Place && !a.samePlace(p, k)
		}
	}
	return false
}

// yardstick reports whether place mention k is a reference point for a
// spot the text puts away from it: after a distance ("within 30 km of the
// border", "30 miles north of Baghdad", "80 km from Kirkuk") or after the
// comma of a place it locates ("in Surobi, east of Kabul"). A battle "east
// of Basra", with no distance, is fought at Basra's gates. It is
// measuredFrom asked of a place mention, as offScene and
// yardstickElsewhere ask it.
func (a *article) yardstick(k int) bool {
	m := &a.places[k]
	t0 := m.t0
	if q, ok := a.possessorOf(t0); ok {
		t0 = a.places[q].t0 // "55 miles northwest of Iran's Kharg Island"
	}
	if the := a.nounPhraseOf(t0, m.prep); the >= 2 && a.lowerWord(the-1) == "of" && compass[a.lowerWord(the-2)] {
		// "20 kilometres north of the city of Saada": the distance is
		// measured from the phrase the name ends
		return a.measuredFrom(the, "of")
	}
	if the := a.capitalNamed(t0); the >= 1 {
		// "120 kilometers east of the capital, Algiers": the name in
		// apposition is the capital the distance is measured from
		return a.measuredFrom(the, a.lowerWord(the-1))
	}
	return a.measuredFrom(t0, m.prep)
}

// capitalNamed returns the article opening the capital's noun phrase
// that the name at token t0 stands in apposition to ("the capital,
// Algiers", "the Algerian capital, Algiers"), or -1. The comma of the
// apposition is often left out ("the capital Niamey", "the regional
// capital Mekelle"): the name still names the capital the noun opens.
func (a *article) capitalNamed(t0 int32) int32 {
	n := t0 - 1
	if n >= 0 && a.word(n) == "," {
		n--
	}
	if n < 1 || !capitalNouns[a.lowerWord(n)] {
		return -1
	}
	for j := n - 1; j >= 0 && j >= n-3 && a.sentOf[j] == a.sentOf[t0]; j-- {
		if a.lowerWord(j) == "the" {
			return j
		}
	}
	return -1
}

// measuredFrom reports whether the place phrase that starts at token t0,
// after the preposition prep, is a reference point (yardstick).
func (a *article) measuredFrom(t0 int32, prep string) bool {
	if prep == "of" && t0 >= 2 {
		if distanceUnits[a.lowerWord(t0-2)] {
			return true
		}
		if compass[a.lowerWord(t0-2)] {
			j := t0 - 3
			if j >= 1 && a.word(j) == "-" && compass[a.lowerWord(j-1)] {
				j -= 2 // "30 km north-east of Kirkuk"
			}
			if j >= 1 && a.lowerWord(j) == "the" && a.lowerWord(j-1) == "to" {
				j -= 2 // "30 km to the north of Kirkuk"
			}
			return j < 0 || a.distanceAt(j) || a.locatorOfPlace(j)
		}
	}
	if prep == "from" {
		for j := t0 - 2; j >= 0 && j >= t0-4; j-- {
			if w := a.lowerWord(j); distanceUnits[w] || w == "far" || w == "away" {
				return true
			}
		}
	}
	return false
}

// compassOf reports whether place mention k follows a compass word and
// "of" ("east of Basra", "65 km north of Baghdad").
func (a *article) compassOf(k int) bool {
	m := &a.places[k]
	t0, prep := m.t0, m.prep
	if the := a.nounPhraseOf(t0, prep); the >= 1 {
		t0, prep = the, a.lowerWord(the-1) // "north of the city of Saada"
	}
	return prep == "of" && t0 >= 2 && compass[a.lowerWord(t0-2)]
}

// nounPhraseOf returns the article opening the noun phrase of a place
// noun that the name at token t0, after "of", ends ("the city of Saada",
// "the northern town of Dahyan"), or -1: the phrase, not the bare name,
// stands where a compass word or a distance measures from it.
func (a *article) nounPhraseOf(t0 int32, prep string) int32 {
	if prep != "of" || t0 < 3 {
		return -1
	}
	if _, ok := placeNouns[a.lowerWord(t0-2)]; !ok && !capitalNouns[a.lowerWord(t0-2)] {
		return -1
	}
	for j := t0 - 3; j >= 0 && j >= t0-5 && a.sentOf[j] == a.sentOf[t0]; j-- {
		if a.lowerWord(j) == "the" {
			return j
		}
		if a.toks[j].Kind != text.Word || a.toks[j].Has(text.Cap) && a.cs == text.Mixed {
			return -1 // "the Kandahar district of": a name owns the noun
		}
	}
	return -1
}

// yardstickElsewhere reports whether the story measures a distance from
// the place of mention k somewhere else: a place that is a yardstick once
// ("Albu Hishma, 80 km north of Baghdad") is one wherever the story names
// a spot by a compass word from it, as a headline's or a lead's short
// "north of Baghdad" does before the body gives the town and its distance.
// What it looks for is read once per document (yardstickPlaces,
// capitalsMeasured).
func (a *article) yardstickElsewhere(k int) bool {
	if !a.yardsticksKnown {
		a.yardsticks, a.yardsticksKnown = a.yardstickPlaces(), true
	}
	for _, q := range a.yardsticks {
		if q != k && a.samePlace(q, k) {
			return true
		}
	}
	// "110 miles northeast of the Iraqi capital" measures from Baghdad
	c := a.places[k].chosen
	if !a.isCapital(c) {
		return false
	}
	if !a.capitalsKnown {
		a.measuredCapitals, a.capitalsKnown = a.capitalsMeasured(), true
	}
	return slices.Contains(a.measuredCapitals, c.CountryCode) ||
		slices.Contains(a.measuredCapitals, "") && a.soleCapital(c)
}

// soleCapital reports whether national capital c is the only one the
// story's place mentions name: "the capital" a distance is measured from
// with no country word is then that city ("south of Baghdad" over "in
// Iskandariya, 40km south of the capital"). It reads the places as
// resolution left them: yardstickElsewhere, its only caller, runs after.
func (a *article) soleCapital(c *gazetteer.Feature) bool {
	for i := range a.places {
		if o := a.places[i].chosen; a.isCapital(o) && o.CountryCode != c.CountryCode {
			return false
		}
	}
	return true
}

// yardstickPlaces returns the place mentions other than the dateline
// that are yardsticks.
func (a *article) yardstickPlaces() []int {
	var out []int
	for q := range a.places {
		if !a.places[q].dateline && a.yardstick(q) {
			out = append(out, q)
		}
	}
	return out
}

// capitalsMeasured returns the countries whose capital the story
// measures a distance from by a demonym or the country's name ("110
// miles northeast of the Iraqi capital"), and "" when it measures one
// from "the capital" with no country word ("40km south of the capital",
// as Reuters-21578's "at Paranam, 18 miles south of the capital"). It
// reads every token, so yardstickElsewhere asks it only for a capital.
// The country is the word's own gazetteer entry (countryOf), not what
// resolution chose, so the answer does not hang on when it is asked.
func (a *article) capitalsMeasured() []string {
	var out []string
	for j := int32(2); j+1 < int32(len(a.toks)); j++ {
		if !capitalNouns[a.lowerWord(j+1)] {
			continue
		}
		d := a.placeAt(j)
		if d < 0 && a.lowerWord(j) == "the" && a.measuredFrom(j, a.lowerWord(j-1)) {
			out = append(out, "")
			continue
		}
		if d < 0 || !(a.places[d].demonym || a.places[d].country) {
			continue
		}
		c := countryOf(&a.places[d])
		if c == nil {
			continue
		}
		if the := a.places[d].t0 - 1; the >= 1 && a.lowerWord(the) == "the" && a.measuredFrom(the, a.lowerWord(the-1)) {
			out = append(out, c.CountryCode)
		}
	}
	return out
}

// locatorOfPlace reports whether token t is the comma of an appositive
// after a place: in "in Surobi, east of Kabul" the compass phrase says
// where Surobi lies, so Kabul is its yardstick, not a second scene (read
// as one, it split the attack from its place and joined it to the next).
// A division's noun after its name does the same without the comma ("in
// Quezon province east of Manila": the province is the scene), and so
// does the noun of an appositive ("in Allen, a suburb north of Dallas").
func (a *article) locatorOfPlace(t int32) bool {
	if t < 1 {
		return false
	}
	if w := a.lowerWord(t); a.word(t) != "," {
		if placeNouns[w] != "" && t >= 3 && (a.lowerWord(t-1) == "a" || a.lowerWord(t-1) == "an") && a.word(t-2) == "," {
			return a.placeAt(t-3) >= 0 // "Allen, a suburb north of Dallas"
		}
		k := a.placeAt(t - 1)
		return adminNoun(w) && k >= 0 && a.places[k].noun == w
	}
	for k := range a.places {
		if a.places[k].t1 == t {
			return true
		}
	}
	return false
}

// distanceUnits measure a distance: "30 km north of", "two miles from".
var distanceUnits = lexicon.Words().Set("distance-unit") // lexicon/words.txt

// distanceAt reports whether token t ends a distance: a unit ("30
// miles", "km"), a number ("some 40"), or a distance given again in
// parentheses after one ("225 km (135 miles)").
func (a *article) distanceAt(t int32) bool {
	if a.word(t) == ")" {
		for j := t - 1; j > 0 && j >= t-4; j-- {
			if a.word(j) == "(" {
				return a.distanceAt(j - 1)
			}
		}
		return false
	}
	if distanceUnits[a.lowerWord(t)] {
		return true
	}
	b := int(a.toks[t].Start)
	n := a.numberFrom(t)
	return n < len(a.nums) && a.nums[n].Start <= b && b < a.nums[n].End
}

// onlyCoarser reports whether every date of dates is coarser than a day
// and one of told, the days that qualify an attack word ("the 31 October
// attack"), names a day: a month in the sentence dates something else it
// names ("the talks held in September ... following the 31 October
// attack"), and the deed's own day comes first.
func (a *article) onlyCoarser(dates, told []int) bool {
	for _, k := range dates {
		if a.dates[k].Precision == record.PrecisionDay {
			return false
		}
	}
	for _, k := range told {
		if a.dates[k].Precision == record.PrecisionDay {
			return true
		}
	}
	return false
}

// reportingDate reports whether date k dates a statement rather than the
// event: a reporting verb within three words before it ("said on Friday",
// "told Reuters on Thursday") or right after it ("on Monday said"). A
// date after the "that" of the reported clause is that clause's ("the army
// said that on 27 March rebels attacked", "it was reported today that on
// 10 March ...").
func (a *article) reportingDate(k int) bool {
	t := a.tokenAt(a.dates[k].Start)
	for j := t - 1; j >= 0 && j >= t-4 && a.sentOf[j] == a.sentOf[t]; j-- {
		if reportVerbs[a.lowerWord(j)] {
			return true
		}
		if a.toks[j].Kind == text.Punct || a.lowerWord(j) == "that" {
			break
		}
	}
	e := a.tokenAt(a.dates[k].End - 1)
	if w := a.lowerWord(e + 1); reportVerbs[w] {
		return true
	}
	// "Pakistan complained to the United Nations today that planes ...
	// attacked": a day before "that" dates the saying the clause reports
	if a.lowerWord(e+1) == "that" && !a.relativeThat(e+1) && a.saidBefore(t) {
		return true
	}
	// "the commissioner, who spoke to Sudan Tribune from his base in
	// Panyagoor on Thursday, ...": a relative clause of the speaker dates
	// the speaking, however far its day stands from the verb
	for j := t - 1; j > 0 && j >= t-12 && a.sentOf[j] == a.sentOf[t] && a.toks[j].Kind != text.Punct; j-- {
		if reportVerbs[a.lowerWord(j)] && a.lowerWord(j-1) == "who" {
			return true
		}
	}
	// "On Monday, German Chancellor Angela Merkel condemned that
	// violence": a day opening the sentence before its subject dates the
	// verb the subject governs, here a saying or a reaction, not the
	// violence it names after
	if a.openingDay(t, e) {
		from := a.openingSubject(e)
		for j := from; j < from+openingSubjectWindow && a.sentOf[j] == a.sentOf[t]; j++ {
			if w := a.lowerWord(j); reportVerbs[w] || reactionWords[w] {
				return true
			}
			if a.toks[j].Kind == text.Punct || a.violenceAt(j) {
				break
			}
		}
	}
	// "the death toll ... rose to 8 on Saturday": the day of the count
	for j := t - 1; j >= 0 && j >= t-5 && a.sentOf[j] == a.sentOf[t]; j-- {
		if a.isCue(j, "rose") {
			return true
		}
	}
	return a.accusingDay(t, e) || a.avowingDay(t, e) || a.speakerDay(t, e)
}

// accusingDay reports whether the day at tokens [t, e] dates a verb of
// accusing ([accuse-verb]): right before it ("Sudan's army on Sunday
// accused the rebel faction of raiding a village"), or between the verb
// with its object and the "of" or "for" that names the deed ("rights
// groups accused the army on Tuesday of killing scores of civilians").
// The day is the accusation's, told as "said on Tuesday" is; the deed
// came before it, told by the story later ("Warplanes hit the market ...
// on Monday"). Read as the deed's, it made a second incident of the one
// attack on the day of the charge.
func (a *article) accusingDay(t, e int32) bool {
	if int(e+1) < len(a.toks) && a.sentOf[e+1] == a.sentOf[t] && accuseVerbs[a.lowerWord(e+1)] {
		return true
	}
	if w := a.lowerWord(e + 1); w != "of" && w != "for" {
		return false
	}
	for j := t - 1; j >= 0 && j >= t-5 && a.sentOf[j] == a.sentOf[t]; j-- {
		w := a.lowerWord(j)
		if accuseVerbs[w] {
			return true
		}
		if a.toks[j].Kind == text.Punct || w == "that" || w == "of" || w == "for" || a.violenceAt(j) {
			return false
		}
	}
	return false
}

// avowingDay reports whether the day at tokens [t, e] dates a verb of
// avowing ([avow-verb]) that a clause follows: the day right before it
// ("the military on Saturday acknowledged that it had carried out an air
// strike") or right after it and before "that" ("admitted on Monday that
// its jets had bombed the village"). The admission is the day's, not the
// strike the clause tells, as with "said on Friday" ([report-verb]).
func (a *article) avowingDay(t, e int32) bool {
	if int(e+2) < len(a.toks) && avowVerbs[a.lowerWord(e+1)] && a.sentOf[e+1] == a.sentOf[t] {
		return a.lowerWord(e+2) != "to" // "on Friday admitted to hospital": the hurt's day
	}
	h := t - 1
	if a.lowerWord(h) == "on" {
		h--
	}
	return h >= 0 && a.sentOf[h] == a.sentOf[t] && avowVerbs[a.lowerWord(h)] && a.lowerWord(e+1) == "that"
}

// speakerDay reports whether the day at tokens [t, e] ends its sentence
// right after a speaker that a reporting verb or "according to" puts
// first: "..., said a local official on Saturday.", "according to
// Azerbaijan's Defence Ministry Wednesday". The speaker's noun (a word of
// [state-speaker], [speaker-noun], [official-voice] or [ministry-noun])
// stands right before the day or its "on", and nothing between it and
// the verb breaks the phrase or tells of violence: the day is the
// speaker's, as in "officials said on Friday".
func (a *article) speakerDay(t, e int32) bool {
	si := a.sentOf[t]
	if end := int32(a.sents[si].Last); e+1 != end && (e+2 != end || a.toks[e+1].Kind != text.Punct) {
		return false
	}
	h := t - 1
	if a.lowerWord(h) == "on" {
		h--
	}
	first := int32(a.sents[si].First)
	if h <= first {
		return false
	}
	if w := a.lowerWord(h); !stateSpeakers[w] && !speakerNouns[w] && !officialVoices[w] && !ministryNouns[w] {
		return false
	}
	for j := h - 1; j >= first && j >= h-6; j-- {
		w := a.lowerWord(j)
		if reportVerbs[w] || a.accordingToAt(j) {
			return true
		}
		if a.clauseBreak(j) || a.toks[j].Kind == text.Punct && w != "'" && w != "’" {
			return false
		}
		if a.violenceAt(j) {
			return false
		}
	}
	return false
}

// violenceAt reports whether the first term at token j is a word of
// violence (violenceCat): the phrase a day is read over ends there
// (reportingDate, speakerDay).
func (a *article) violenceAt(j int32) bool {
	return a.termFirst[j] != 0 && violenceCat(a.terms[a.termFirst[j]-1].p.Cat)
}

// openingSubjectWindow is how many words the subject after an opening
// day may run before its verb ("On Monday, German Chancellor Angela
// Merkel condemned").
const openingSubjectWindow = 8

// openingDay reports whether the day from token t to token e opens its
// sentence, alone or after "on", and a comma follows it ("On Monday, ...");
// a connective and its comma may go before it ("However, on Friday, a
// defense spokesperson said"; BBC: "However, on Thursday, the group
// said"). English may leave out the comma after a short opening phrase
// ("On Tuesday thousands of people marched"), and "on" already marks the
// day as the sentence's adverbial, so after "on" the comma is not
// needed; a bare day with none may be the subject ("Tuesday saw ...").
// openingSubject gives the token the subject starts at.
func (a *article) openingDay(t, e int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	if connectives[a.lowerWord(first)] && a.word(first+1) == "," {
		first += 2
	}
	on := t == first+1 && a.lowerWord(first) == "on"
	if t != first && !on {
		return false
	}
	if int(e+1) >= len(a.toks) || a.sentOf[e+1] != a.sentOf[t] {
		return false
	}
	return a.lowerWord(e+1) == "," || on && a.toks[e+1].Kind != text.Punct
}

// openingSubject returns the token after the opening day ending at token
// e (openingDay) where its sentence's subject starts: past the comma
// when one follows the day.
func (a *article) openingSubject(e int32) int32 {
	if a.lowerWord(e+1) == "," {
		return e + 2
	}
	return e + 1
}

// relativeThat reports whether the "that" at token j opens a relative
// clause on the noun before it rather than a reported clause: a verb
// follows it at once ("the bombing on Friday that killed 12", "the
// attack on Friday that followed").
func (a *article) relativeThat(j int32) bool {
	n := j + 1
	if int(n) >= len(a.toks) {
		return false
	}
	if a.hasTerm(n, lexicon.Kill, "") || a.hasTerm(n, lexicon.Injure, "") {
		return true
	}
	w := a.lowerWord(n)
	switch w {
	case "left", "hit", "struck", "took", "was", "were", "had", "has", "is", "are":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !a.toks[n].Has(text.Cap)
}

// saidBefore reports whether a word of saying or of reaction stands in
// the clause before token t, within eight words: "told reporters in
// Kabul on Friday", "complained to the United Nations today".
func (a *article) saidBefore(t int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j >= first && j >= t-8; j-- {
		w := a.lowerWord(j)
		if reportVerbs[w] || reactionWords[w] {
			return true
		}
		if a.toks[j].Kind == text.Punct && w != "." && w != "'" && w != "’" && w != "-" {
			return false
		}
	}
	return false
}

// modifierDate reports whether date k qualifies a noun rather than dating
// the event: "the December 2004 tsunami", "February's Olympics", "last
// year's election". When the noun it qualifies is an attack ("Friday's
// missile attack", "the Monday bombing") the date is that attack's day:
// a reaction piece that refers back to an attack dates it by its own day,
// not by the day of the reaction.
func (a *article) modifierDate(k int) bool {
	t0 := a.tokenAt(a.dates[k].Start)
	t1 := a.tokenAt(a.dates[k].End-1) + 1
	if a.word(t1) == "'" || a.word(t1) == "’" {
		return a.lowerWord(t1+1) == "s" && !a.attackNounAt(t1+2) && !a.dayOfFight(k, t1+2)
	}
	if a.lowerWord(t0-1) != "the" || a.attackNounAt(t1) {
		return false
	}
	return int(t1) < len(a.toks) && a.toks[t1].Kind == text.Word && !stopWords[a.lowerWord(t1)] && !reportVerbs[a.lowerWord(t1)] && a.sentOf[t1] == a.sentOf[t0]
}

// dayOfFight reports whether date k, a day in the possessive, owns a
// noun of [fight-noun] at token t: "Friday's fighting in the eastern
// city left 36 people dead". The fight is the violence told, as an attack
// noun is, and the day its own; a coarser span ("last month's battle")
// looks back past the day told.
func (a *article) dayOfFight(k int, t int32) bool {
	return a.dates[k].Precision == record.PrecisionDay && fightNouns[a.lowerWord(t)]
}

// withinEvent reports whether date k, qualifying a noun (modifierDate), names
// an event that the clause's own happened in or during: "the Gaza Strip was
// captured by Israel in the 1967 war", "killed during the 1982 invasion".
// The named event's time is the deed's, so a deed inside a war of long ago
// is history, not news. So does the event a death toll counts the dead
// of (tollFrom).
func (a *article) withinEvent(k int) bool {
	t0 := a.tokenAt(a.dates[k].Start)
	if a.tollFrom(t0) {
		return true
	}
	if t0 < 2 || a.lowerWord(t0-1) != "the" {
		return false
	}
	w := a.lowerWord(t0 - 2)
	return w == "in" || w == "during"
}

// tollFrom reports whether the noun phrase a date opens at token t0, with
// or without "the" before it, is what a toll counts the dead of: "the death
// toll from Wednesday's nationwide protests has risen to 16". The toll's
// dead died in that event, so its day is theirs, though the noun names
// no attack.
func (a *article) tollFrom(t0 int32) bool {
	j := t0 - 1
	if a.lowerWord(j) == "the" {
		j--
	}
	if w := a.lowerWord(j); w != "from" && w != "of" && w != "in" {
		return false
	}
	return j > 0 && isToll(a.lowerWord(j-1))
}

// attackDate reports whether date k qualifies an attack word: "Friday's
// missile attack", "last week's bombing", "the Monday attack", or is the
// time an attack word fills ("after a night of communal rioting": the
// night is the rioting's, whatever day the clause before it names).
func (a *article) attackDate(k int) bool {
	t0 := a.tokenAt(a.dates[k].Start)
	t1 := a.tokenAt(a.dates[k].End-1) + 1
	if a.possessiveAt(t1) {
		return a.attackNounAt(t1 + 2)
	}
	if a.lowerWord(t1) == "of" && a.lowerWord(t1-1) == "night" {
		return a.attackNounAt(t1 + 1)
	}
	// the date may hold the article itself ("following THE 31 OCTOBER attack")
	return (a.lowerWord(t0-1) == "the" || a.lowerWord(t0) == "the") && a.attackNounAt(t1)
}

// allTold reports whether every trigger of m stands in the noun phrase
// that one of the attack dates told qualifies.
func (a *article) allTold(m *mention, told []int) bool {
	for _, tr := range m.triggers {
		if !a.toldBy(tr, told) {
			return false
		}
	}
	return len(m.triggers) > 0
}

// attackNounAt reports whether the noun phrase that starts at token t
// names an attack within its first few words ("Iranian missile attack",
// "deadly pipe bombing"), before any punctuation or function word ends it.
// A hyphen glued between two words joins one modifier and ends nothing
// ("Tuesday's pre-dawn attack", "Friday's late-night raid").
func (a *article) attackNounAt(t int32) bool {
	if t < 1 || int(t) >= len(a.toks) {
		return false
	}
	for j, n := t, 0; n < 4 && int(j) < len(a.toks) && a.sentOf[j] == a.sentOf[t-1]; j++ {
		if j > t && a.gluedHyphen(j) {
			continue
		}
		inCompound := j > t && a.gluedHyphen(j-1)
		if inCompound && a.toks[j].Kind == text.Word {
			// the inner words of one hyphenated modifier ("hit-and-run",
			// "tit-for-tat") are part of it, function words too
			if _, ok := a.termAt(j, lexicon.Trigger); ok && !a.gluedHyphen(j+1) {
				return true
			}
			continue
		}
		if j > t && n > 0 && listLinks[a.lowerWord(j)] && int(j)+1 < len(a.toks) && a.toks[j+1].Kind == text.Word && !stopWords[a.lowerWord(j+1)] {
			// two modifiers coordinated before the noun ("gun and grenade
			// attack", "bold and bloody raid"): the conjunction joins them
			continue
		}
		n++
		if a.toks[j].Kind != text.Word || stopWords[a.lowerWord(j)] {
			return false
		}
		if _, ok := a.termAt(j, lexicon.Trigger); ok {
			return true
		}
	}
	return false
}

// gluedHyphen reports whether token j is a "-" glued to the words on
// both sides of it, inside one hyphenated compound (attackNounAt).
func (a *article) gluedHyphen(j int32) bool {
	return int(j)+1 < len(a.toks) && a.word(j) == "-" && a.glued(j) && a.glued(j+1)
}

// inRelativeClause reports whether token t stands in a relative clause set
// off by commas ("ISWAP, which split from Boko Haram in 2016, claimed"):
// what it dates describes the group, not the event.
func (a *article) inRelativeClause(t int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j > first; j-- {
		w := a.lowerWord(j)
		if w == "," || w == "(" || w == "—" {
			return false
		}
		if (w == "which" || w == "who" || w == "that") && a.word(j-1) == "," {
			return true
		}
		// "the ADF, a Ugandan Islamist group that has killed thousands ... since 2014"
		if w == "that" || w == "which" || w == "who" {
			for k := j - 1; k > first && k >= j-8; k-- {
				if a.word(k) == "," {
					return true
				}
			}
		}
	}
	return false
}

// hoursAfter reports whether token j is "after" behind a span of hours
// ([clock-unit]: "only hours after", "12 hours after") and opens a clause
// with a subject of its own ("after gunmen shot a judge"): a deed of the
// same day told beside the news, which no date relation ("a day after")
// splits off. "died two hours after being shot" and "released a few
// hours after being taken" tell the same event on, and so does a
// definite attack noun with no clause of its own (toldDeedAfter).
func (a *article) hoursAfter(j int32) bool {
	if j < 1 || int(j)+1 >= len(a.toks) || a.lowerWord(j) != "after" || !clockUnits[a.lowerWord(j-1)] {
		return false
	}
	return !strings.HasSuffix(a.lowerWord(j+1), "ing") && !a.toldDeedAfter(j)
}

// toldDeedAfter reports whether "after" at token j takes a back pointer
// and an attack word that ends its clause, at most two words between:
// "A fourth wounded sergeant died in hospital hours after the bomb
// blast, an official said" (Reuters-21578: "were still burning almost 24
// hours after the attack,"). The noun takes up the event the text tells;
// no earlier deed is told beside it.
func (a *article) toldDeedAfter(j int32) bool {
	if !backPointers[a.lowerWord(j+1)] {
		return false
	}
	si := a.sentOf[j]
	for end := j + 2; end <= j+4; end++ {
		if int(end) < len(a.toks) && a.sentOf[end] == si && a.toks[end].Kind != text.Punct && !a.clauseBreak(end) {
			continue // the phrase goes on
		}
		if end == j+2 {
			return false // "after the." names nothing
		}
		for _, t := range a.termsIn(j+2, end) {
			if t.p.Cat == lexicon.Party {
				return false // "hours after the militants struck": a clause with its doer
			}
		}
		_, ok := a.termEndingAt(end, lexicon.Trigger)
		return ok
	}
	return false
}

// namesDeed reports whether attack word t names the deed, not its doers
// ("Gunmen", "M23 rebels").
func (a *article) namesDeed(t term) bool {
	_, agent := lookSpan(a, armedAgents, t.t0, t.t1)
	return !agent && !a.hasTerm(t.t0, lexicon.Party, "")
}

// tollBeforePlace reports whether mention m tells its deed only by its
// casualty verbs, all of them before its first place, with no attack word
// there but its doers (namesDeed): the first item of a list whose killing
// is told before the list ("M23 rebels killed at least 131 civilians in the villages of Kishishe
// and Bambo") tells the deed at every place, and its toll is for all of
// them, as in "nine people were killed in Kabul and Kandahar". An attack
// word before the list says how many deeds there were ("26 people killed
// in a bandits attack on Gidan Tofa and Dan Nakwabo villages": one).
func (a *article) tollBeforePlace(m *mention) bool {
	if len(m.places) == 0 || len(m.stmts) == 0 {
		return false
	}
	head := a.places[m.places[0]].t0
	for _, t := range m.triggers {
		if t.t1 <= head && t.t0 >= m.t0 && a.namesDeed(t) {
			return false
		}
	}
	for k := range m.stmts {
		if m.stmts[k].verb.t1 > head {
			return false
		}
	}
	return true
}

// namesDoersOnly reports whether attack word t names the doers of a deed,
// not the deed: a noun of [trigger ...] that is also one of [party
// perpetrators] ("the kidnappers", "a band of hired assassins", "the
// looters", "armed assailants"). Such a noun presupposes a deed but tells
// none: "the kidnappers advised the family yesterday of their decision to
// negotiate" goes on with the kidnapping told, and "30 criminals who
// belong to a band of hired assassins" tells no murder. With a deed word
// or a toll of its own the sentence tells one ("killed by assassins"), as
// does the doer noun as the subject of a deed verb right after it
// ("gunmen stormed the church", "kidnappers seized two engineers"). A
// headline, which leaves verbs out, tells a deed by its doers ("Gunmen,
// explosives turn church into slaughter ground"): mention does not ask.
// A life taken later in its sentence is the doers' deed too ("the calling
// of a hired assassin ... ended his life": lifeTakenAfter).
func (a *article) namesDoersOnly(t term) bool {
	for j := t.t0; j < t.t1; j++ {
		if !a.covered(j, lexicon.Party, record.Perpetrators) {
			return false
		}
	}
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	for j := t.t1; j < last && j < t.t1+2; j++ {
		if a.deedWord(j) {
			return false
		}
	}
	return !a.lifeTakenAfter(t.t1, last)
}

// lifeTakenAfter reports whether a verb that takes lives ([lives-verb]:
// ended, took, claimed, cost) has a life or lives for its object between
// k and last: "the calling of a hired assassin at the service of evil
// interests ended his life", "gunmen's bullets claimed the lives of two
// guards". Such a verb tells a killing by its subject, whose doers named
// before it did the deed. One's own life taken is no one else's deed
// ("the assassin later took his own life").
func (a *article) lifeTakenAfter(k, last int32) bool {
	for j := k; j < last; j++ {
		if !livesVerbs[a.lowerWord(j)] {
			continue
		}
		for i := j + 1; i < last && i <= j+3; i++ {
			w := a.lowerWord(i)
			if w == "own" {
				break
			}
			if w == "life" || w == "lives" {
				return true
			}
		}
	}
	return false
}

// carriedBy returns the word before a phrase of the means of carrying
// that ends right before the "to" at token j ([carry-means-prep] and one
// to four words: "flown by helicopter to", "taken on stretchers to",
// "evacuated by a military plane to", two means joined, "ferried by
// rickshaw and private car to"), or "" when none stands there:
// the verb of carrying is then that word, its means between it and its
// "to" (carriedTo).
func (a *article) carriedBy(j int32) string {
	for k := j - 2; k >= j-5 && k >= 1; k-- {
		if carryMeansPreps[a.lowerWord(k)] {
			return a.lowerWord(k - 1)
		}
	}
	return ""
}

// carryMeansPreps open the means of carrying the hurt ([carry-means-prep]).
var carryMeansPreps = lexicon.Words().Set("carry-means-prep") // lexicon/words.txt
