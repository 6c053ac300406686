package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// relativeClauseDate reports whether date k of mention m dates a reduced
// relative clause on a noun of the sentence rather than the mention's
// attack: "Libyan forces are still bombing the airstrip captured by
// Chadian troops on March 22". The participle before "by" has no
// auxiliary (a finite passive, "the town was captured by troops on
// Monday", is the sentence's own verb), is neither one of the mention's
// attack words nor a clause on one ("an ambush launched by rebels on
// Monday"), nor one that tells who holds or runs a thing ([holder-verb]:
// "shops owned by foreigners"), and follows one of them: the date is the
// capture's, not the bombing's.
func (a *article) relativeClauseDate(k int, m *mention) bool {
	t := a.tokenAt(a.dates[k].Start)
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j > first+1 && j >= t-8; j-- {
		if a.clauseBreak(j) {
			return false
		}
		if a.lowerWord(j) != "by" {
			continue
		}
		p := j - 1
		if !participle(a.lowerWord(p)) {
			return false
		}
		switch a.lowerWord(p - 1) {
		case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "got", "and", "or":
			return false
		}
		if launchVerbs[a.lowerWord(p)] {
			return false // "an ambush launched by rebels on Monday": the attack's own day
		}
		if standingHolderVerbs[a.lowerWord(p)] {
			// "attacked shops owned by foreigners in Lagos on Monday": who
			// holds or runs a thing is a standing state with no day of its
			// own, so the day is the attack's ("occupied by rebels on
			// Monday" is an event, and its day its own)
			return false
		}
		if standingStates[a.lowerWord(p)] && a.dates[k].Precision == record.PrecisionDay {
			// "attacked a camp for families displaced by floods on
			// Monday": a lasting state of people is no deed of that day,
			// the attack is ("displaced by fighting in 2015" is the state's)
			return false
		}
		before := false
		for _, tr := range m.triggers {
			if tr.t0 <= p && p <= tr.t1 {
				return false // "the village attacked by rebels on Monday", "an ambush staged by rebels on Monday": the attack itself
			}
			before = before || tr.t1 <= p && a.sentOf[tr.t0] == a.sentOf[t]
		}
		return before
	}
	return false
}

// standingHolderVerbs are the participles before "by" that tell of a
// standing state, which has no day of its own: "owned by", "run by".
var standingHolderVerbs = lexicon.Words().Set("standing-holder-verb") // lexicon/words.txt

// standingStates are the participles before "by" that tell a lasting
// state of people: "displaced by floods", "orphaned by the war".
var standingStates = lexicon.Words().Set("standing-state-participle") // lexicon/words.txt

// participle reports whether w reads as a past participle: a regular one
// or an irregular one of [by-participle] ("held", "taken", "built").
func participle(w string) bool {
	return byParticiples[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// byParticiples are the participles without "-ed" that head a clause
// before "by" (participle).
var byParticiples = lexicon.Words().Set("by-participle") // lexicon/words.txt

// attackingCountry reports whether the country named at place mention k
// is the subject of an attack verb right after it ("LIBYA STILL BOMBING
// CHAD AIRSTRIP", "Israel struck ..."): the state that attacks, not where
// the attack was.
func (a *article) attackingCountry(k int) bool {
	m := &a.places[k]
	if !m.country || !a.sentenceSubject(m.t0) {
		return false
	}
	last := int32(a.sents[a.sentOf[m.t0]].Last)
	for j := m.t1; j < last && j < m.t1+4; j++ {
		switch a.lowerWord(j) {
		case "has", "have", "had", "is", "are", "was", "were", "still", "again", "also", "reportedly", "today":
			continue
		}
		// a verb, not a noun the country modifies ("Iraq bombing kills 12",
		// "Pakistan blast kills 10"): a past tense, or "-ing" after an
		// auxiliary or adverb ("LIBYA STILL BOMBING")
		w := a.lowerWord(j)
		verb := strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") && j > m.t1
		return attackVerbs[w] || verb && a.hasTerm(j, lexicon.Trigger, "")
	}
	return false
}

// causeDate reports whether date k stands in a phrase that
// gives the cause of the mention's attack, after its attack word: "U.S.
// warships shelled the platform today in retaliation for an Iranian
// missile attack on a tanker last week". The day is the earlier attack's.
func (a *article) causeDate(k int) bool {
	return a.inCausePhrase(a.tokenAt(a.dates[k].Start))
}

// causeWords open a phrase that gives an attack's cause: "in retaliation
// for", "in response to", "to avenge".
var causeWords = lexicon.Words().Set("cause-word") // lexicon/words.txt

// answerDeeds are the deed nouns a cause word fused to them names as an
// answer: "reprisal raids", "revenge attacks".
var answerDeeds = lexicon.Words().Set("answer-deed") // lexicon/words.txt

// inCausePhrase reports whether token t stands in a phrase of causeWords
// that follows an attack word of its sentence, in its clause: a time
// there ("last week") dates the earlier attack, and makes no background
// of the sentence's own.
func (a *article) inCausePhrase(t int32) bool {
	j := a.causeWordBefore(t)
	return j >= 0 && a.triggerBetween(int32(a.sents[a.sentOf[t]].First), j)
}

// causeWordBefore returns the cause word whose phrase holds token t: the
// nearest of causeWords a few words before it in its clause ("in
// retaliation for an Iranian missile attack"), or -1. A cause word fused
// to the attack word after it opens no phrase: "reprisal raids on Gaza on
// Thursday" names the answering deed itself, and the day its clause gives
// is that deed's.
func (a *article) causeWordBefore(t int32) int32 {
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j >= first && j >= t-14; j-- {
		if a.clauseBreak(j) {
			return -1
		}
		if causeWords[a.lowerWord(j)] && !answerDeeds[a.lowerWord(j+1)] {
			return j
		}
	}
	return -1
}

// causeTold reports whether every attack word of mention m stands in a
// cause phrase whose cause word comes after token t: m tells the earlier
// event the phrase names ("its forces destroyed the platform on Monday in
// retaliation for an Iranian missile attack on a ship last Friday"), and
// what stands at t, the day or the doer of the clause the phrase
// explains, is that clause's event's, not m's.
func (a *article) causeTold(m *mention, t int32) bool {
	for _, tr := range m.triggers {
		if j := a.causeWordBefore(tr.t0); j < 0 || j <= t {
			return false
		}
	}
	return len(m.triggers) > 0
}

// causeOfDeed reports whether token t of mention m stands in a cause
// phrase after an attack word of m's own: "its forces destroyed the
// platform in retaliation for an Iranian missile attack" names, after the
// cause word, the earlier attack the deed answered, which tells nothing
// of how the deed was done (its type, its weapons).
func (a *article) causeOfDeed(m *mention, t int32) bool {
	j := a.causeWordBefore(t)
	if j < 0 {
		return false
	}
	for _, tr := range m.triggers {
		if tr.t0 >= m.t0 && tr.t0 < j {
			return true
		}
	}
	return false
}

// earlierWhen reports whether token t stands in a "when" clause that
// tells the day a comparison reaches back to: "the worst bombing in
// Baghdad since Jan. 19, when a suicide attacker blew himself up" names,
// after "when", the earlier attack the measure is taken from, which tells
// nothing of how this one was done.
func (a *article) earlierWhen(t int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j > first; j-- {
		if a.lowerWord(j) != "when" {
			if a.clauseBreak(j) {
				return false // "...; on Monday a car bomb killed": past the when clause
			}
			continue
		}
		end := j
		if a.word(end-1) == "," {
			end--
		}
		for _, d := range a.dates {
			if d.Prep == "since" && a.tokenAt(d.End-1) == end-1 {
				return true
			}
		}
		return false
	}
	return false
}

// statementPlace reports whether place mention k, opening its sentence,
// starts a clause that reports a saying, with no violence told between the place and the
// report verb: "In Washington, Defense Secretary Caspar Weinberger said
// ...", "Earlier today in Baghdad, a military spokesman told reporters
// ...". It is where the statement was made, not where the event was.
func (a *article) statementPlace(k int) bool {
	m := &a.places[k]
	if m.prep != "in" || a.word(m.t1) != "," {
		return false
	}
	first, last := int32(a.sents[a.sentOf[m.t0]].First), int32(a.sents[a.sentOf[m.t0]].Last)
	if m.t0 > first+5 || a.violenceBetween(first, m.t0) {
		return false // "shot outside headquarters in Welioya, the spokesman said": the event's place
	}
	for j := m.t1 + 1; j < last && j < m.t1+12; j++ {
		if statementVerbs[a.lowerWord(j)] {
			return true
		}
		if a.clauseBreak(j) && a.word(j) != "," || a.violenceBetween(j, j+1) {
			return false
		}
	}
	return false
}

// statementVerbs report a statement: "said", "told", "announced".
var statementVerbs = lexicon.Words().Set("statement-verb") // lexicon/words.txt

// meetingNouns name gatherings that have a place of their own: "talks on
// Afghanistan in Geneva" were held there; the attacks they are set
// beside were not.
var meetingNouns = lexicon.Words().Set("meeting-noun") // lexicon/words.txt

// meetingVerbs tell of a gathering by its verb: "agreed to meet in
// Costa Rica", "met in Vienna" ([meeting-verb]).
var meetingVerbs = lexicon.Words().Set("meeting-verb") // lexicon/words.txt

// meetingPlace reports whether place mention k places a gathering named
// up to eight words before it in its clause: "after the start of U.N.-sponsored talks on
// Afghanistan in Geneva". A gathering that is itself attacked ("a
// bomber attacked a tribal meeting in Peshawar"), or that stands in a
// clause telling of violence, is where the attack was.
func (a *article) meetingPlace(k int) bool {
	m := &a.places[k]
	if m.prep != "in" && m.prep != "at" {
		return false
	}
	first := int32(a.sents[a.sentOf[m.t0]].First)
	for j := m.t0 - 2; j >= first && j >= m.t0-8; j-- {
		// "as talks on a Soviet troop withdrawal opened in Geneva": the
		// gathering's topic and verb may stand between
		if a.clauseBreak(j) || a.violenceBetween(j, j+1) {
			return false
		}
		if meetingNouns[a.lowerWord(j)] {
			return !a.struckObject(j) && !a.violenceBetween(a.phraseStart(j), j)
		}
		if meetingVerbs[a.lowerWord(j)] {
			return true // "they agreed to meet in Costa Rica"
		}
	}
	return false
}

// documentNouns name a text that is issued somewhere ([document-noun]);
// issueParticiples tell where it was issued ([issue-participle]).
var (
	documentNouns    = lexicon.Words().Set("document-noun")    // lexicon/words.txt
	issueParticiples = lexicon.Words().Set("issue-participle") // lexicon/words.txt
)

// documentPlace reports whether place mention k tells where a statement
// was issued: "a communique released in Lima said rebels had blown up a
// pylon near Huancayo", "according to a statement issued in Havana".
// Where a text was put out says nothing of where the deed it tells was.
func (a *article) documentPlace(k int) bool {
	m := &a.places[k]
	p := m.t0 - 2
	if m.prep != "in" && m.prep != "at" || p < 1 || a.sentOf[p-1] != a.sentOf[m.t0] || !issueParticiples[a.lowerWord(p)] {
		return false
	}
	if w := a.lowerWord(p - 1); (w == "was" || w == "were") && p >= 2 && a.sentOf[p-2] == a.sentOf[m.t0] {
		p-- // "the statement was issued in Havana"
	}
	return documentNouns[a.lowerWord(p-1)]
}

// phraseStart returns the first token of the clause or time phrase that
// token t stands in: after the nearest clause break or a word that opens
// a time phrase ("hours after the start of talks").
func (a *article) phraseStart(t int32) int32 {
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j >= first; j-- {
		if a.clauseBreak(j) {
			return j + 1
		}
		switch a.lowerWord(j) {
		case "after", "before", "during", "since", "until", "as", "amid":
			return j + 1
		}
	}
	return first
}

// nightIntoDay reports whether date i is an "overnight" of the evening
// before publication and date j the publication day, in a story that
// says the fighting has gone on since this morning ("launched a major
// overnight assault ... Fierce fighting has been raging since dawn
// today"): one battle, not two.
func (a *article) nightIntoDay(i, j int) bool {
	di, dj := a.dates[i], a.dates[j]
	if a.pub.IsZero() || di.Day != a.pub.AddDays(-1) || dj.Day != a.pub || !strings.Contains(strings.ToLower(a.src[di.Start:di.End]), "overnight") {
		return false
	}
	return a.goesOnToday()
}

// goesOnToday reports whether the article tells of fighting that has gone
// on since a time of the publication day: "since" a few words before a
// date that is the publication day ("since dawn today", "since this
// morning").
func (a *article) goesOnToday() bool {
	return a.todaySince() >= 0
}

// todaySince returns the date of goesOnToday's "since dawn today" (index
// in a.dates), or -1.
func (a *article) todaySince() int {
	for k, d := range a.dates {
		if d.Day != a.pub {
			continue
		}
		if d.Prep == "since" {
			return k
		}
		t := a.tokenAt(d.Start)
		for j := t - 1; j >= 0 && j >= t-3 && a.sentOf[j] == a.sentOf[t]; j-- {
			if a.lowerWord(j) == "since" {
				return k
			}
		}
	}
	return -1
}

// ownDayAfter returns the date of mention m that dates its violence when
// its first day dates a clause that tells none: "the government today
// promised to investigate the murder of six priests who were killed on 16
// November", "a judge today ordered the arrest of soldiers accused in the
// massacre of nine farmers in Cauca on 2 March". The first day stands
// before every word of violence, and the first of them is embedded (the
// object of another verb or of a preposition, or a relative clause:
// embeddedViolence), not the clause's own deed ("on Monday gunmen shot
// dead a judge who was investigating the murder of a colonel on 2
// March"); the later day follows a word of violence within
// ownDayWindow words, no clause break between, and is neither a
// relation ("a week after") nor a future day. -1 when there is none.
func (a *article) ownDayAfter(m *mention) int {
	if len(m.dates) < 2 {
		return -1
	}
	d0 := a.dates[m.dates[0]]
	if d0.Precision != record.PrecisionDay {
		return -1
	}
	t0 := a.tokenAt(d0.Start)
	if a.violenceBefore(m, t0) {
		return -1
	}
	var vs []term
	for _, u := range a.termsIn(m.t0, m.t1) {
		if violenceCat(u.p.Cat) {
			vs = append(vs, u)
		}
	}
	if len(vs) == 0 || !a.embeddedViolence(vs[0].t0, a.tokenAt(d0.End-1)) {
		return -1
	}
	for _, k := range m.dates[1:] {
		d := a.dates[k]
		if d.Precision != record.PrecisionDay || d.Relation || d.Future || d.Day.IsZero() {
			continue
		}
		t := a.tokenAt(d.Start)
		for _, v := range vs {
			if t < v.t1 || t-v.t1 > ownDayWindow {
				continue
			}
			own := true
			for j := v.t1; j < t; j++ {
				if a.clauseBreak(j) && a.lowerWord(j) != "that" {
					own = false // "that" opens the relative clause "priests that were murdered on 16 November"
				}
			}
			if own {
				return k
			}
		}
	}
	return -1
}

// ownDayWindow is how far a day may follow the word of violence it dates
// in ownDayAfter: the victims' names and the place may stand between ("the
// murder of opposition leader Hector Oqueli in Guatemala two days ago").
const ownDayWindow = 12

// embeddedViolence reports whether the word of violence at token f, after
// the date ending at token after, is embedded: an [object-lead] word
// stands at most three words before it, or an article that follows a
// word ("investigate the murder"), not the start of the clause or the
// date itself ("On Monday the attack killed three", "On Monday, a bomb
// exploded").
func (a *article) embeddedViolence(f, after int32) bool {
	if a.laterClauseViolence(f, after) {
		return true
	}
	for j := f - 1; j > after && j >= f-3; j-- {
		w := a.lowerWord(j)
		if objectLeads[w] {
			return true
		}
		if w == "the" || w == "a" || w == "an" {
			p := j - 1
			if a.toks[p].Kind == text.Punct && a.word(p) == `"` {
				p--
			}
			return p > after && a.toks[p].Kind == text.Word
		}
		if a.toks[j].Kind == text.Punct {
			return false
		}
	}
	return false
}

// laterClauseViolence reports whether the word of violence at token f,
// after the date ending at token after, tells the deed of a clause that a
// word of [later-clause-lead] opens after the day: "Bangladesh shut
// schools on Wednesday after at least six people were killed on
// Tuesday". The main clause tells what was done after the deed, so its day
// is not the deed's, and the clause's own day is (ownDayAfter). The lead
// stands at most laterClauseWindow words before f, with no clause break
// between ("after" opens a clause: the subject of its verb stands between).
func (a *article) laterClauseViolence(f, after int32) bool {
	for j := f - 1; j > after && j >= f-laterClauseWindow; j-- {
		if laterClauseLeads[a.lowerWord(j)] {
			return true
		}
		if a.clauseBreak(j) {
			return false
		}
	}
	return false
}

// laterClauseWindow is how far before its word of violence the lead of a
// clause may stand (laterClauseViolence): "after at least six people were
// killed", "after gunmen of the group attacked".
const laterClauseWindow = 8

// laterClauseLeads open a clause whose deed came before the main clause's
// act (laterClauseViolence).
var laterClauseLeads = lexicon.Words().Set("later-clause-lead") // lexicon/words.txt

// objectLeads make an attack word after them the object of another verb
// or a relative clause (ownDayAfter).
var objectLeads = lexicon.Words().Set("object-lead") // lexicon/words.txt

// laterActDate reports whether date k of mention m dates a later act done
// over the deed, not the deed: a word of [later-act] (burying, mourning,
// counting the dead, hunting or charging the doers, naming a suspect)
// stands in the day's own clause, right before or after it, and every word
// of violence of the mention comes after both, in that word's complement:
// "Villagers on Tuesday buried the victims of a drone strike", "troops
// were on Wednesday hunting separatists who killed 19 workers",
// "Dagestan began three days of mourning on Monday after gunmen
// attacked". A verb of violence that "and" joins to the later act is a
// deed of its own ("police on Monday hunted down and killed the
// gunmen"), so the day stays its; an opening day dates the verb its
// subject governs ("On Sunday, Governor Zulum led funeral prayers").
func (a *article) laterActDate(k int, m *mention) bool {
	d := a.dates[k]
	t := a.tokenAt(d.Start)
	e := a.tokenAt(d.End - 1)
	f := a.firstViolence(m)
	if f < 0 {
		return false
	}
	if f <= e {
		// "Families buried their dead on Friday after gunfire killed
		// six": the dead the later act takes as its object, between it
		// and the day, are the people it is done over, no deed told
		if !a.deadObject(f, t) {
			return false
		}
		if f = a.violenceAfter(m, e); f < 0 {
			return false
		}
	}
	si := a.sentOf[t]
	act := int32(-1)
	from, window := e+1, int32(laterActWindow)
	if a.openingDay(t, e) {
		from, window = a.openingSubject(e), openingSubjectWindow // "On Sunday, Governor Zulum led funeral prayers for 43 victims"
	}
	for j := from; j < f && j < from+window && a.sentOf[j] == si && !a.clauseBreak(j); j++ {
		if laterActs[a.lowerWord(j)] {
			act = j
			break
		}
	}
	first := int32(a.sents[si].First)
	for j := t - 1; act < 0 && j >= first && j >= t-laterActWindow && !a.clauseBreak(j); j-- {
		if laterActs[a.lowerWord(j)] {
			act = j
		}
	}
	if act < 0 {
		return false
	}
	for j := max(act, e) + 1; j < f; j++ {
		if w := a.lowerWord(j); (w == "and" || w == "or") && f-j <= 2 && !a.hasTerm(j-1, lexicon.Weapon, "") {
			return false // but "hours of gun and rocket fire" joins two weapons in one noun of violence
		}
	}
	return true
}

// deadObject reports whether the word of violence at token f, before
// the day at token t, is the object of a word of [later-act] right
// before it, past a determiner: a noun of the dead ([death-noun]) the act
// is done over ("buried their dead on Friday", "mourned its dead"), so
// that it tells no deed, and no other word of violence stands between it
// and the day.
func (a *article) deadObject(f, t int32) bool {
	if !deathNouns[a.lowerWord(f)] || f < 2 || !determiners[a.lowerWord(f-1)] || !laterActs[a.lowerWord(f-2)] {
		return false
	}
	for _, u := range a.termsIn(f+1, t) {
		if violenceCat(u.p.Cat) {
			return false
		}
	}
	return f+3 >= t // at most a preposition between the noun and the day
}

// violenceAfter returns the first token of m after token e that tells of
// violence, as firstViolence reads it, or -1 for none.
func (a *article) violenceAfter(m *mention, e int32) int32 {
	if e+1 >= m.t1 {
		return -1 // the day ends the mention ("buried their dead on Friday.")
	}
	return a.violenceFrom(m, e+1, e+1)
}

// laterActWindow is how far from its day a word of a later act may stand
// (laterActDate): "were on Monday still counting", "widened the search".
const laterActWindow = 4

// laterActs are the words of acts done over a deed after it ([later-act]).
var laterActs = lexicon.Words().Set("later-act") // lexicon/words.txt

// firstViolence returns the first token of m that tells of violence, a
// word of violence or one of its attack words, or -1 for none.
func (a *article) firstViolence(m *mention) int32 { return a.violenceFrom(m, m.t0, 0) }

// violenceFrom returns the first token that tells of violence: a word of
// violence in m from token from on, or an attack word of m from token trig
// on (a listed item's attack words may stand before it, so firstViolence
// takes them all), or -1 for none.
func (a *article) violenceFrom(m *mention, from, trig int32) int32 {
	f := int32(-1)
	for _, u := range a.termsIn(from, m.t1) {
		if violenceCat(u.p.Cat) {
			f = u.t0
			break
		}
	}
	for _, tr := range m.triggers {
		if tr.t0 >= trig && (f < 0 || tr.t0 < f) {
			f = tr.t0
		}
	}
	return f
}
