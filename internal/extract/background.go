package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// news is what markBackground hands on: the mentions that tell of the
// article's own events, and the date of its main event.
type news struct {
	ms []*mention // not background, in text order
	d0 int        // index in dates of the main event's date; -1 none
}

// markBackground sets aside the mentions that tell of earlier events or give
// context: their dates do not fit the main event or the days before
// publication, or they speak in the habitual ("often", "in recent years",
// "statistics show"). A sentence with no date of its own takes the status
// of the one before it in the same paragraph.
func (a *article) markBackground(ms []*mention) news {
	d0 := a.mainDate(ms)
	return newsOf(ms, d0, a.backgroundWhys(ms, d0))
}

// newsOf returns the news of ms: the mentions that whys, from
// backgroundWhys, does not set aside, and the main event's date d0.
func newsOf(ms []*mention, d0 int, whys []string) news {
	out := news{d0: d0}
	if len(ms) > 0 {
		out.ms = make([]*mention, 0, len(ms))
	}
	for i, why := range whys {
		if why == "" {
			out.ms = append(out.ms, ms[i])
		}
	}
	return out
}

// backgroundWhys returns, for each mention of ms, why markBackground sets
// it aside (backgroundWhy), given the main event's date d0.
func (a *article) backgroundWhys(ms []*mention, d0 int) []string {
	whys := make([]string, len(ms))
	for i, m := range ms {
		var prev *mention
		if i > 0 {
			prev = ms[i-1]
		}
		whys[i] = a.backgroundWhy(m, prev, i > 0 && whys[i-1] != "", d0)
	}
	return whys
}

// backgroundWhy returns why markBackground sets mention m aside, or ""
// when it does not: "frame" (it speaks of the past in general), "since"
// (a period), "compared" (an earlier event set beside the news), "date"
// (no date of it fits the main event's d0, or each attack word of it has a
// date long past of its own: historyDated) or "inherited" (no date of its
// own, after a background sentence of its paragraph). prev is the mention
// before it and prevBG whether that one was set aside.
func (a *article) backgroundWhy(m, prev *mention, prevBG bool, d0 int) string {
	why := ""
	switch {
	case a.contextFrameOf(m):
		why = "frame"
	case a.since(m):
		why = "since"
	case a.comparedTo(m.sent):
		why = "compared"
	}
	switch {
	case len(m.dates) > 0 && a.historyDated(m, d0):
		if why == "" {
			why = "date"
		}
	case len(m.dates) > 0:
		for _, k := range m.dates {
			if a.fitsMain(k, d0) {
				return why
			}
		}
		if why == "" {
			why = "date"
		}
	case prev != nil && prevBG && (prev.para == m.para || a.startsWithLater(m.sent) || a.addsToCount(m) || a.opensPointingBack(m) || a.namesOldDeedAgain(m, prev)) && !m.title:
		if why == "" {
			why = "inherited"
		}
	}
	return why
}

// mainDate returns the date of the article's main event: the first event
// date in the headline or the first two paragraphs, or -1.
func (a *article) mainDate(ms []*mention) int {
	first := -1
	for _, m := range ms {
		if m.hedged {
			continue
		}
		if first < 0 && !m.title {
			first = m.para
		}
		if !m.title && m.para > first+1 {
			break
		}
		for _, k := range m.dates {
			if a.dates[k].Day.After(a.pub) && a.pub != (text.Day{}) {
				continue // a future date is not when it happened
			}
			if a.deathDate(m, k) {
				continue // "a ranger wounded in a bombing died on Wednesday": a later death
			}
			if a.dates[k].Precision == record.PrecisionYear && a.attackDate(k) && a.longAgo(k) {
				continue // "a film about the 2008 attacks on Mumbai opened on Friday": the old deed the news is about, not the news
			}
			// an old date below the lead is a reminder, not the news
			// ("In July 2021, nine Chinese nationals were killed")
			if !m.title && !a.firstSentence(m.sent) && !within(a.dates[k], a.pub, 30) && a.pub != (text.Day{}) {
				continue
			}
			return k
		}
	}
	// the lead dates the story even in a sentence with no event word: "The
	// tranquil halls of the school were shattered by chaos on February 10."
	// A lead that gives only the day of the reporting ("an official said
	// Friday") leaves it to the next paragraph, which tells the event in
	// detail ("were carjacked around 5:30 p.m. Thursday"). The dateline's
	// day ("LIMA, 25 JAN 89 (EFE) --") is such a day of the reporting: it
	// opens the lead, and dates the story only when the lead paragraphs
	// give no day of their own, for taken first it set aside every
	// sentence dated before it ("the crime perpetrated on 16 November").
	lead, dateline := -1, -1
	for k := range a.dates {
		t := a.tokenAt(a.dates[k].Start)
		p := a.sents[a.sentOf[t]].Para
		if a.inTitle(a.dates[k].Start) {
			continue
		}
		if lead < 0 {
			lead = p
		}
		if p > lead+1 || p == lead+1 && !a.onlyReporting(lead) {
			break
		}
		if a.dates[k].Start < a.datelineEnd {
			if dateline < 0 && a.dates[k].Precision == record.PrecisionDay && !a.dates[k].Day.After(a.pub) {
				dateline = k
			}
			continue
		}
		// a day first met below the opening paragraphs dates the event
		// only in a sentence telling the attack ("the bandits stormed the
		// school at 10:45 pm on Friday"); else it dates a detail ("Three
		// bodies were discovered on the morning of April 14")
		if a.lead >= 0 && p > a.lead+1 && !a.attackDay(ms, k) {
			continue
		}
		if a.dates[k].Precision == record.PrecisionDay && !a.reportingDate(k) && !a.modifierDate(k) && !a.dates[k].Day.After(a.pub) && !a.setAsideBy(ms, t, k) {
			return k
		}
	}
	return dateline
}

// setAsideBy reports whether a mention of ms that holds token t (where
// date k stands) read k as the day of something other than its event:
// "Libyan forces are still bombing the airstrip captured by Chadian
// troops on March 22" dates the capture, and with the dateline's day
// left out it must not date the story either. A later act's day
// (laterActDate: "Chad declared three days of mourning on Wednesday for
// 92 soldiers killed when ...") is the day of the story's news, and still
// dates the story when the lead gives no other.
func (a *article) setAsideBy(ms []*mention, t int32, k int) bool {
	for _, m := range ms {
		if !m.hedged && m.t0 <= t && t < m.t1 {
			return !slices.Contains(m.dates, k) && !a.laterActDate(k, m)
		}
	}
	return false
}

// attackDay reports whether date k is the day a mention's attack word is
// told on (eventDay).
func (a *article) attackDay(ms []*mention, k int) bool {
	for _, m := range ms {
		if !m.hedged && a.eventDay(m) == k {
			return true
		}
	}
	return false
}

// onlyReporting reports whether every date paragraph p gives is the day of
// a statement ("said Friday") or of the dateline.
func (a *article) onlyReporting(p int) bool {
	for k := range a.dates {
		t := a.tokenAt(a.dates[k].Start)
		if a.sents[a.sentOf[t]].Para == p && !a.inTitle(a.dates[k].Start) && a.dates[k].Start >= a.datelineEnd && !a.reportingDate(k) {
			return false
		}
	}
	return true
}

// firstSentence reports whether si is the first sentence of the lead.
func (a *article) firstSentence(si int32) bool {
	p := a.lead
	return a.sents[si].Para == p && (si == 0 || a.sents[si-1].Para != p)
}

// leadsStory reports whether token t stands in the headline or in the
// lead's first sentence: what the report leads with.
func (a *article) leadsStory(t int32) bool {
	return a.inTitle(int(a.toks[t].Start)) || a.firstSentence(a.sentOf[t])
}

// since reports whether the mention tells of a period ("since October",
// "since 2007", "over the past 12 days"): a trend or a tally, not an
// event. A period that began on the publication day ("has bombed the town
// since dawn today") is an attack going on as the report is filed. A
// "since" a superlative ranks ("the deadliest day for U.S. forces since
// 2011", "its largest military offensive since 1981") measures the news
// against the past, as rankedSince's clause does: the news is today's.
func (a *article) since(m *mention) bool {
	b0, b1 := a.span(m.t0, m.t1)
	lo, hi := a.dateRange(b0, b1)
	for _, d := range a.dates[lo:hi] {
		if d.Prep == "since" && !a.inRelativeClause(a.tokenAt(d.Start)) && !a.onPubDay(d) && !a.runningSince(d) && !a.reducedRelative(a.tokenAt(d.Start)) && !a.superlativeNear(a.tokenAt(d.Start)) {
			return true
		}
	}
	return a.countedPast(m.t0, m.t1) || a.periodTally(m)
}

// periodTally reports whether mention m's sentence counts the harm that
// plural violence did over a period a date coarser than a day names:
// "rebel attacks in the past month have killed 30 people", "bombings this
// year have killed 40". A plural violence noun is the subject of a verb in
// the present or the perfect (presentOrPerfect), the sentence gives a
// week, a month or a year and no day: the toll is the period's, not one
// incident's. The headline and the story's first sentence are left alone,
// as a breaking lead in the perfect tells the news ("Bomb attacks have
// killed 12 people in Baghdad this week").
func (a *article) periodTally(m *mention) bool {
	si := m.sent
	if m.title || a.firstSentence(si) || a.dayDated(si) {
		return false
	}
	b0, b1 := a.sentBytes(si)
	lo, hi := a.dateRange(b0, b1)
	period := false
	for _, d := range a.dates[lo:hi] {
		period = period || !d.Future && d.Precision != record.PrecisionDay
	}
	if !period {
		return false
	}
	for _, u := range a.sentTerms(si) {
		if u.t0 >= m.t0 && u.t0 < m.t1 && violenceCat(u.p.Cat) && plural(a.lowerWord(u.t1-1)) && a.perfectAfter(u.t1) {
			return true
		}
	}
	return false
}

// perfectAfter reports whether a verb in the present perfect follows the
// noun ending before token t1 in its clause, at most six words on
// ("attacks in the past month have killed"): the noun is its subject.
func (a *article) perfectAfter(t1 int32) bool {
	last := int32(a.sents[a.sentOf[t1-1]].Last)
	for j := t1; j < last && j < t1+6; j++ {
		if a.clauseBreak(j) {
			return false
		}
		if w := a.lowerWord(j); auxiliaries[w] {
			return (w == "have" || w == "has") && a.isCasualtyWord(j+1)
		}
	}
	return false
}

// countedPast reports whether tokens [t0, t1) hold a counted span of the
// past that runs up to the report: "over the past 12 days", "in the last
// three weeks", "during the past few months". What it counts is a tally of
// the period ("the attacks carried out in Medellin over the past 12 days
// have killed 2 people"), as "since 11 November" is; its toll is no one
// incident's. The date scanner reads no date there (a span of hours it
// reads as the publication day, and [span-unit] has no hours), and an
// uncounted span ("in the past year") is a frame term of its own. The
// span is no tally of the sentence in a relative clause ("the students
// who have been kidnapped over the past 2 weeks were found today"), nor
// where a rank measures the news against it ("the fifth attack on the
// pipeline in the past 6 months", rankedBefore), nor in a sentence a day
// dates ("On 7 November guerrillas blew up 4 pylons, bringing to 17 the
// pylons blown up in the past few days").
func (a *article) countedPast(t0, t1 int32) bool {
	for j := t0 + 2; j+2 < t1; j++ {
		if w := a.lowerWord(j); w != "past" && w != "last" || a.lowerWord(j-1) != "the" || !spanPreps[a.lowerWord(j-2)] {
			continue
		}
		if a.inRelativeClause(j-2) || a.rankedBefore(j-2) || a.deedDayDated(a.sentOf[j]) {
			continue
		}
		k := j + 1
		if n, ok := a.numberAt(k); ok {
			for int(k) < len(a.toks) && int(a.toks[k].Start) < a.nums[n].End {
				k++
			}
		} else if spanCounts[a.lowerWord(k)] {
			k++
		} else {
			continue
		}
		if k < t1 && spanUnits[a.lowerWord(k)] {
			return true
		}
	}
	return false
}

// rankedBefore reports whether the sentence before token t ranks its news
// by "the" and an ordinal or a superlative, even across the relative
// clause the span may end: "the second mayor that has been murdered in
// Colombia in the last 3 days", "the worst bombing in the past 20 years".
func (a *article) rankedBefore(t int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j > first; j-- {
		w := a.lowerWord(j)
		if (ordinalWords[w] || partOrdinals[w] || superlatives[w]) && a.lowerWord(j-1) == "the" {
			return true
		}
	}
	return false
}

// dayDated reports whether sentence si gives a date of day precision.
func (a *article) dayDated(si int32) bool { return a.datedDay(si, false) }

// deedDayDated is dayDated without the days that date a verb of saying
// right before them ("The army said on Sunday its forces had killed more
// than 300 militiamen over the past two weeks"): the day the tally was
// told dates no deed of it.
func (a *article) deedDayDated(si int32) bool { return a.datedDay(si, true) }

// datedDay reports whether sentence si gives a date of day precision,
// with deeds one that dates no verb of saying (saidOn): dayDated and
// deedDayDated.
func (a *article) datedDay(si int32, deeds bool) bool {
	b0, b1 := a.sentBytes(si)
	lo, hi := a.dateRange(b0, b1)
	for _, d := range a.dates[lo:hi] {
		if d.Precision == record.PrecisionDay && (!deeds || !a.saidOn(d)) {
			return true
		}
	}
	return false
}

// saidOn reports whether date d dates the verb of saying right before
// it, "on" allowed between: "said on Sunday".
func (a *article) saidOn(d text.Date) bool {
	j := a.tokenAt(d.Start) - 1
	if a.lowerWord(j) == "on" {
		j--
	}
	return reportVerbs[a.lowerWord(j)]
}

// spanPreps open a span of time up to the report, spanCounts count it as
// a number does, spanUnits measure it (countedPast).
var (
	spanPreps  = lexicon.Words().Set("span-prep")  // lexicon/words.txt
	spanCounts = lexicon.Words().Set("span-count") // lexicon/words.txt
	spanUnits  = lexicon.Words().Set("span-unit")  // lexicon/words.txt
)

// reducedRelative reports whether the "since" phrase whose date starts at
// token t measures a state a participle after a noun describes ("freed
// several men held prisoner in the camp since a January revolt",
// "hostages detained since March"), not a period of the sentence's
// violence: the nearest participle before it has no auxiliary of its own
// ("have been killed since 2004" keeps its period) nor an object ("held
// his first news conference since"), and is no word of
// violence ("killed in attacks since Monday" is a tally).
func (a *article) reducedRelative(t int32) bool {
	if int(t) >= len(a.toks) {
		return false // "since" ends the text
	}
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j > first && j >= t-8; j-- {
		if a.clauseBreak(j) {
			return false
		}
		if !a.participle(j) {
			continue
		}
		w := a.lowerWord(j)
		if a.hasTerm(j, lexicon.Trigger, "") || a.isCasualtyWord(j) || attackVerbs[w] {
			return false
		}
		switch p := a.lowerWord(j - 1); {
		case auxiliaries[p], p == ",", p == "who", p == "which", p == "that":
			return false // a verb of its own: "who held his first news conference since ..."
		}
		if determiners[a.lowerWord(j+1)] {
			return false // an active verb with its object
		}
		return a.toks[j-1].Kind == text.Word
	}
	return false
}

// participle reports whether token j reads as a past participle: a word
// in "-ed" or of [irregular-participle], in lower case in mixed-case text
// ("United" names a body), and neither part of a number ("a hundred") nor
// an adjective that describes a party ("armed groups").
func (a *article) participle(j int32) bool {
	w := a.lowerWord(j)
	if !participleForm(w) {
		return false
	}
	return (a.cs != text.Mixed || !a.toks[j].Has(text.Cap)) && !a.inNumber(j) && !perpModifiers[w]
}

// participleForm reports whether word w has the form of a past
// participle: "-ed" after at least three letters, or one of
// [irregular-participle].
func participleForm(w string) bool {
	return irregularParticiples[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// inNumber reports whether token j is part of a number the scanner read
// ("more than a hundred").
func (a *article) inNumber(j int32) bool {
	n := a.numberFrom(j+1) - 1 // the last number starting at or before j
	return n >= 0 && n < len(a.nums) && a.nums[n].End > int(a.toks[j].Start)
}

// auxiliaries are the forms of "be" and "have" that give a participle a
// verb of its own ("have been killed", "was held").
var auxiliaries = lexicon.Words().Set("auxiliary") // lexicon/words.txt

// irregularParticiples are the participles not in "-ed" that describe a
// state after a noun ("men held in its cells since March").
var irregularParticiples = lexicon.Words().Set("irregular-participle") // lexicon/words.txt

// onPubDay reports whether date d is the publication day.
func (a *article) onPubDay(d text.Date) bool {
	return d.Day == a.pub && !a.pub.IsZero()
}

// dayStartWords are times of the day that "since" dates the publication
// day by ("since dawn"): sinceToday.
var dayStartWords = lexicon.Words().Set("day-start-word") // lexicon/words.txt

// sinceToday reports whether the frame word t is "since" before a time of
// the report's own day, a time of day ("since dawn today") or a date of
// the publication day ("since this morning"): a radio report of an attack
// still going on, not a tally over a period (since's dates, read alike).
func (a *article) sinceToday(t term) bool {
	if !a.spanIs("since", t.t0, t.t1) || int(t.t1) >= len(a.toks) {
		return false
	}
	if dayStartWords[a.lowerWord(t.t1)] {
		return true
	}
	b := int(a.toks[t.t1].Start)
	lo, hi := a.dateRange(b, b+1)
	return lo < hi && a.onPubDay(a.dates[lo])
}

// sinceThisWeek reports whether the frame word t is "since" before a day
// of the week before the report, in the story's first sentence
// (runningSince).
func (a *article) sinceThisWeek(t term) bool {
	if !a.spanIs("since", t.t0, t.t1) || int(t.t1) >= len(a.toks) {
		return false
	}
	b := int(a.toks[t.t1].Start)
	lo, hi := a.dateRange(b, b+1)
	return lo < hi && a.runningSince(a.dates[lo])
}

// runningSince reports whether date d is a day of the week before the
// report that "since" opens in the story's first sentence: "Clashes
// between federal troops and an armed group ... have killed at least 34
// people since Tuesday, a regional official said on Friday" (bench/probes
// 053), "Fighting between the Hausa and Berti tribes ... has killed at
// least 33 people and wounded 108 since Monday, the state health ministry
// said on Saturday" (bench/sides 086). The lead tells a fight still going
// on, or just over, from its start: its toll is the news, no tally of a
// past period, as "since launching an offensive ... last Tuesday" is
// (sinceLaunch). A day further back, a month or a year ("since 2012")
// opens a period, and so do plural deeds before "since" ("Drone strikes
// have killed 19 people ... since Monday", bench/learn 049): their sum.
func (a *article) runningSince(d text.Date) bool {
	if d.Prep != "since" || d.Precision != record.PrecisionDay || d.Future || d.Relation || a.pub == (text.Day{}) {
		return false
	}
	if diff := d.Day.Sub(a.pub); diff > 0 || diff < -7 {
		return false
	}
	t := a.tokenAt(d.Start)
	si := a.sentOf[t]
	if !a.firstSentence(si) {
		return false
	}
	// "Drone strikes have killed 19 people ... since Monday": plural
	// deeds ([one-fight-plural] aside) sum several strikes, a tally
	for k := int32(a.sents[si].First); k < t; k++ {
		if w := a.lowerWord(k); a.deedsNoun(k) || plural(w) && a.covered(k, lexicon.Trigger, "") && !oneFightPlurals[w] && !doerNoun(w) {
			return false // "drone strikes": a weapon's deeds, plural too
		}
	}
	return true
}

// sinceLaunch reports whether the frame word t is "since" before the
// launch of an attack dated within the week before the report ("achieved
// its objectives in heavy fighting since launching an offensive near
// Basra last Tuesday", "since it launched its offensive on Monday"): a
// battle still going on, told from its start, not a tally over a period.
// A launch dated further back ("since launching the war in 1980") keeps
// the frame.
func (a *article) sinceLaunch(t term) bool {
	if !a.spanIs("since", t.t0, t.t1) || int(t.t1) >= len(a.toks) {
		return false
	}
	j := t.t1
	if ownPronouns[a.lowerWord(j)] {
		j++ // "since it launched"
	}
	if !a.launchedAttackAt(j) {
		return false
	}
	si := a.sentOf[t.t0]
	_, b1 := a.sentBytes(si)
	lo, hi := a.dateRange(int(a.toks[j].Start), b1)
	if lo >= hi {
		return false
	}
	d := a.dates[lo]
	return d.Precision == record.PrecisionDay && !d.Future && !a.pub.IsZero() && d.DaysBefore(a.pub) <= 7
}

// contextFrameOf reports whether mention m speaks of the past in
// general. A clause of a sentence split in several (clauses) is read by
// its own frames: in "Russia said it launched a fresh assault today north
// of Kharkiv, a week after it stepped up attacks in the east", "a week
// after" sets the later clause in the past, not today's assault.
func (a *article) contextFrameOf(m *mention) bool {
	if !m.split {
		return a.contextFrame(m.sent, 0, int32(len(a.toks)))
	}
	return a.contextFrame(m.sent, m.t0, m.t1)
}

// contextFrame reports whether sentence si, in tokens [t0, t1), speaks of
// the past in general.
func (a *article) contextFrame(si, t0, t1 int32) bool {
	for _, t := range a.sentTerms(si) {
		if t.t0 < t0 || t.t0 >= t1 {
			continue
		}
		if t.p.Cat == lexicon.Frame && (t.p.Value == "context" || t.p.Value == "statistics") && !a.superlativeBefore(t) && !a.possessiveTime(t) &&
			!a.sinceToday(t) && !a.sinceLaunch(t) && !a.sinceThisWeek(t) && !a.inDayDate(t) && !a.leadWeek(si, t) && !a.leadDayBefore(si, t) && !a.inCausePhrase(t.t0) && !(a.spanIs("since", t.t0, t.t1) && a.reducedRelative(t.t1)) &&
			!a.exceptionAfter(t) && !a.grandTotalTerm(t) {
			return true
		}
		if t.p.Cat == lexicon.Frame && t.p.Value == "habit" && a.habitual(t) {
			return true
		}
	}
	return false
}

// habitual reports whether the habit frame term t ("frequent", "a series
// of", "dozens of") tells violence as a habit or a record rather than as
// an event: it counts or repeats a violence noun in the plural, in a
// clause whose verb is in the present or the perfect ("The group has
// carried out frequent bombings in the capital", "Kidnappings are frequent
// in the region"), and no day binds the sentence to one time. "A series of
// bombings rocked the city on Friday" is the news, and so is a breaking
// lead in the perfect ("A series of blasts has killed 40 people"): the
// first sentence of the story and its headline are left alone, and so is
// a relative clause, which describes a party of the sentence ("the group,
// which has carried out frequent bombings, claimed the attack").
func (a *article) habitual(t term) bool {
	si := a.sentOf[t.t0]
	if a.leadsStory(t.t0) || a.inRelativeClause(t.t0) {
		return false
	}
	if a.dayDated(si) {
		return false
	}
	if a.predicateOfViolence(t) {
		return true // "bombings are frequent": the adjective says the habit
	}
	end, ok := a.violenceNounAfter(t)
	return ok && a.presentOrPerfect(t.t0, end)
}

// violenceNounAfter returns the end of the plural violence noun the term t
// modifies, at most two words after it in its clause ("frequent
// bombings", "a series of deadly rebel attacks").
func (a *article) violenceNounAfter(t term) (int32, bool) {
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	for j := t.t1; j < last && j < t.t1+3; j++ {
		if a.clauseBreak(j) {
			break
		}
		for _, u := range a.termsIn(j, j+1) {
			if violenceCat(u.p.Cat) && plural(a.lowerWord(u.t1-1)) {
				return u.t1, true
			}
		}
	}
	return 0, false
}

// predicateOfViolence reports whether the habit term t is said of a
// plural violence noun by a form of "be" just before it: "attacks are
// frequent", "bombings have been common".
func (a *article) predicateOfViolence(t term) bool {
	if !auxiliaries[a.lowerWord(t.t0-1)] {
		return false
	}
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for j := t.t0 - 2; j >= first && j >= t.t0-5; j-- {
		if a.clauseBreak(j) {
			return false
		}
		for _, u := range a.termsIn(j, j+1) {
			if violenceCat(u.p.Cat) && u.t1 <= t.t0-1 && plural(a.lowerWord(u.t1-1)) {
				return true
			}
		}
	}
	return false
}

// presentOrPerfect reports whether the clause around tokens [t0, t1) has
// its verb in the present or the perfect: the nearest form of "be" or
// "have" before t0 in its clause, or else after t1, is "has", "have",
// "had", "is", "are" or "been" ("has carried out frequent bombings",
// "dozens of attacks have hit the town"). "Was" and "were" tell a past
// event ("the post was hit by a series of attacks"), "be" one to come
// ("would be the first in a series of clashes"), and a clause with
// neither is in the simple past.
func (a *article) presentOrPerfect(t0, t1 int32) bool {
	si := a.sentOf[t0]
	first, last := int32(a.sents[si].First), int32(a.sents[si].Last)
	for j := t0 - 1; j >= first && j >= t0-12; j-- {
		if a.clauseBreak(j) {
			break
		}
		if w := a.lowerWord(j); auxiliaries[w] {
			return presentAuxiliaries[w]
		}
	}
	for j := t1; j < last && j < t1+6; j++ {
		if a.clauseBreak(j) {
			break
		}
		if w := a.lowerWord(j); auxiliaries[w] {
			return presentAuxiliaries[w]
		}
	}
	return false
}

// presentAuxiliaries are the forms of "be" and "have" that make their
// clause present or perfect (presentOrPerfect).
var presentAuxiliaries = lexicon.Words().Set("present-auxiliary") // lexicon/words.txt

// exceptionAfter reports whether the habit the frame term t tells of is
// contrasted, later in its sentence, with one event that broke it:
// "gunboats usually check a ship's cargo before attacking, but the Pivot
// was hit without warning". The clause after "but" is news, told against
// the habit; it has a subject and a verb in the past of its own.
func (a *article) exceptionAfter(t term) bool {
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	for j := t.t1; j < last; j++ {
		if a.lowerWord(j) != "but" {
			continue
		}
		for k := j + 2; k < last && k < j+6; k++ {
			if w := a.lowerWord(k); (w == "was" || w == "were") && int(k+1) < len(a.toks) && a.toks[k+1].Kind == text.Word {
				return true // "but the Pivot was hit"
			}
			if a.clauseBreak(k) {
				break
			}
		}
		return false
	}
	return false
}

// possessiveTime reports whether a frame term is a time in the possessive
// ("last month's explosion", "earlier this year's attack"): a date the
// scanner read, ending where the term ends, before "'s". It dates one
// event, as "Tuesday's rocket attack" does, and speaks of no period in
// general; whether that event is today's news is left to its date.
func (a *article) possessiveTime(t term) bool {
	if w := a.word(t.t1); w != "'" && w != "’" || a.lowerWord(t.t1+1) != "s" {
		return false
	}
	b0, b1 := a.span(t.t0, t.t1)
	lo, hi := a.dateRange(b0, b1)
	for _, d := range a.dates[lo:hi] {
		if d.End == b1 {
			return true
		}
	}
	return false
}

// inDayDate reports whether frame term t is a word of a date that names a
// day: "the previous day" dates an event as "on Friday" does, and "Police
// detained three men on Saturday, a day after a bomb killed five" tells
// the bombing, dated by the relation; "previously" and "last month" speak
// of the past in general. ("Thursday's attack comes a day after ..." sets
// an earlier event beside the news: comparedTo.)
func (a *article) inDayDate(t term) bool {
	b0, b1 := a.span(t.t0, t.t1)
	k := sort.Search(len(a.dates), func(k int) bool { return a.dates[k].End > b0 })
	if k == len(a.dates) || a.dates[k].Relation && a.inTitle(a.dates[k].Start) {
		return false // "Gunman kills policewoman, a day after Charlie Hebdo attacks": the headline's news is the first
	}
	return a.dates[k].Start <= b0 && b1 <= a.dates[k].End && a.dates[k].Precision == record.PrecisionDay
}

// leadWeek reports whether the frame term t is a date of week precision
// ("last week") in the story's first sentence: the lead tells the news,
// and a week it gives is when that happened ("guerrillas killed 12
// villagers in a raid on the village last week, police said today"),
// not the past in general that the same words set a later sentence in.
func (a *article) leadWeek(si int32, t term) bool {
	if !a.firstSentence(si) {
		return false
	}
	b0, b1 := a.span(t.t0, t.t1)
	lo, hi := a.dateRange(b0, b1)
	for _, d := range a.dates[lo:hi] {
		if d.Start <= b0 && d.End >= b1 && d.Precision == record.PrecisionWeek && !d.Future && !d.Relation {
			return true
		}
	}
	return false
}

// leadDayBefore reports whether the frame term t stands in the story's
// first sentence after a deed and the day it was done: "security forces
// opened fire Sunday to disperse protesters who were enforcing a strike
// called to denounce violence at a previous protest" tells Sunday's news,
// and "previous" names the earlier event it goes back to, not the past in
// general the sentence is set in.
func (a *article) leadDayBefore(si int32, t term) bool {
	if !a.firstSentence(si) {
		return false
	}
	tb0, tb1 := a.span(t.t0, t.t1)
	if lo, hi := a.dateRange(tb0, tb1); lo < hi {
		return false // "a week after suspected insurgents killed two monks": a date of the earlier event
	}
	_, b1 := a.span(int32(a.sents[si].First), t.t0) // the sentence up to t
	for _, u := range a.sentTerms(si) {
		if u.t1 > t.t0 || !violenceCat(u.p.Cat) {
			continue
		}
		b0, _ := a.span(u.t0, u.t1)
		lo, hi := a.dateRange(b0, b1)
		for _, d := range a.dates[lo:hi] {
			if d.Precision == record.PrecisionDay && !d.Future && !d.Relation {
				return true
			}
		}
	}
	return false
}

// violenceBetween reports whether tokens [t0, t1) hold an attack word or a
// word of killing, wounding or kidnapping.
func (a *article) violenceBetween(t0, t1 int32) bool {
	for _, u := range a.termsIn(t0, t1) {
		if violenceCat(u.p.Cat) {
			return true
		}
	}
	return false
}

// violenceCat reports whether terms of category c are words of violence:
// an attack word, or a word of killing, wounding or kidnapping.
func violenceCat(c lexicon.Category) bool {
	switch c {
	case lexicon.Trigger, lexicon.Kill, lexicon.Injure, lexicon.Kidnap:
		return true
	}
	return false
}

// superlatives rank the news against the past ("the worst terrorist
// attack in modern Spanish history"): the past is the yardstick, the
// sentence still tells of today's event.
var superlatives = lexicon.Words().Set("superlative") // lexicon/words.txt

// degreeAdverbs make a superlative after "the" ([degree-adverb]): "the
// most audacious".
var degreeAdverbs = lexicon.Words().Set("degree-adverb") // lexicon/words.txt

// pastSpans are the nouns of a span of the past a superlative ranks
// against: "history", "years", "decade". (A place's yardstick, the town a
// spot is measured from, is another thing: mentions.go.)
var pastSpans = lexicon.Words().Set("past-span") // lexicon/words.txt

// superlativeBefore reports whether the frame term t is a span of the
// past ranked by a superlative up to eight tokens before it, in its
// clause: a term ending in a noun of [past-span] that holds no date ("the
// deadliest attack in recent years", "the worst in its history"). A date
// is a time, not a span: "the deadliest attack last year" tells of last
// year. The superlative may be made with "the most" ("one of the most
// audacious rebel attacks in recent years"; bbc-politics-261 "one of the
// most bizarre photo opportunities of recent years"); "most" with no
// "the" counts a share ("most attacks in recent years"), not a rank.
func (a *article) superlativeBefore(t term) bool {
	if a.rankedSince(t) {
		return true
	}
	if !pastSpans[a.lowerWord(t.t1-1)] {
		return a.rankedRelative(t)
	}
	b0, b1 := a.span(t.t0, t.t1)
	if lo, hi := a.dateRange(b0, b1); lo < hi {
		return false
	}
	first := int32(a.sents[a.sentOf[t.t0]].First)
	stop := max(first, t.t0-8)
	for j := t.t0 - 1; j >= stop && !a.clauseBreak(j); j-- {
		if w := a.lowerWord(j); superlatives[w] || j > stop && degreeAdverbs[w] && a.lowerWord(j-1) == "the" {
			return true
		}
	}
	return false
}

// rankedSince reports whether the frame term t is "since", or stands in
// the clause "since" opens, right after a superlative that ranks the news
// ("the bloodiest day of protest since the military seized power last
// year", "the deadliest attack since the war ended"): the clause is the
// yardstick the news is measured against, the start of the span, and
// tells no past of the story, whatever deed or time it names. The
// superlative, a word of [superlative] that ranks harm, stands at most
// eight tokens before "since", in its clause; "the most important arrest
// since the army launched an offensive" ranks no harm, and its clause
// stays the past it tells.
func (a *article) rankedSince(t term) bool {
	first := int32(a.sents[a.sentOf[t.t0]].First)
	s := int32(-1)
	for j := t.t0; j >= max(first, t.t0-12); j-- {
		if a.lowerWord(j) == "since" {
			s = j
			break
		}
		if j < t.t0 && a.clauseBreak(j) {
			return false
		}
	}
	if s < 0 {
		return false
	}
	return a.superlativeNear(s)
}

// rankedPast reports whether token t stands in a "when" clause that tells
// the past a superlative ranks the news against: "The clash was the
// deadliest in the area since February 9, when MINUSCA peacekeepers were
// pelted with stones", as in any news "the largest since the third
// quarter of 1983, when profits rose" (Reuters 1987). The clause is set
// off by a comma after the time "since" opens, a superlative before it
// (superlativeNear, as rankedSince reads it); what it tells, and whoever
// it names, is that earlier event, not the story's.
func (a *article) rankedPast(t int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j > first+1; j-- {
		if a.lowerWord(j) != "when" || a.word(j-1) != "," {
			continue
		}
		for s := j - 2; s >= max(first, j-8); s-- {
			if a.lowerWord(s) == "since" {
				return a.superlativeNear(s)
			}
			if a.clauseBreak(s) {
				return false
			}
		}
		return false
	}
	return false
}

// superlativeNear reports whether a word of [superlative] stands at most
// eight tokens before token t, in its clause: "the deadliest attack
// since", "the deadliest in the capital this year" (rankedSince,
// rankedNow).
func (a *article) superlativeNear(t int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j >= max(first, t-8) && !a.clauseBreak(j); j-- {
		if superlatives[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// rankedRelative reports whether the frame term t is a verb in the
// perfect ("has suffered", "have seen") of a relative clause whose head a
// superlative after "the" ranks: "the heaviest loss the country's army
// has suffered in a single attack", "the worst attack that the city has
// seen". The clause measures the news against the past; it tells no past
// deed of its own. The head and the clause's subject stand between the
// superlative and the verb, with no clause break but the relative "that".
func (a *article) rankedRelative(t term) bool {
	if !presentAuxiliaries[a.lowerWord(t.t0)] {
		return false
	}
	first := int32(a.sents[a.sentOf[t.t0]].First)
	stop := max(first+1, t.t0-8)
	for j := t.t0 - 2; j >= stop; j-- {
		w := a.lowerWord(j)
		if a.clauseBreak(j) && w != "that" {
			return false
		}
		if superlatives[w] && a.lowerWord(j-1) == "the" {
			return true
		}
	}
	return false
}

// comparedTo reports whether sentence si opens by setting the article's
// event beside another one: "The shooting follows the deaths of nine people
// in another attack ...", "Thursday's attack comes a day after gunmen
// stormed ...". The subject refers back to the news; what the sentence
// goes on to tell is the other, earlier event. A headline is left alone: it
// names both events of the story it heads.
func (a *article) comparedTo(si int32) bool {
	s := a.sents[si]
	if a.inTitle(int(a.toks[s.First].Start)) {
		return false // "Reprisal attack follows killing of 11": a headline tells both events
	}
	for j := int32(s.First) + 1; j < int32(s.Last) && j < int32(s.First)+6; j++ {
		switch a.lowerWord(j) {
		case "follows":
			return true
		case "comes", "came":
			for k := j + 1; k < int32(s.Last) && k < j+5; k++ {
				if a.lowerWord(k) == "after" {
					// "came only hours after gunmen shot a judge": a deed of
					// the same day, news of its own (hoursAfter)
					return !a.hoursAfter(k)
				}
			}
		}
	}
	return false
}

// sequenceAdverbs place a sentence after or before one told already
// ("later", "earlier"): startsWithLater.
var sequenceAdverbs = lexicon.Words().Set("sequence-adverb") // lexicon/words.txt

// startsWithLater reports whether a sentence opens by placing itself after
// something told before ("Ten days later, ..."), so it inherits that
// sentence's time even across a paragraph break.
func (a *article) startsWithLater(si int32) bool {
	s := a.sents[si]
	for j := int32(s.First); j < int32(s.Last) && j < int32(s.First)+4; j++ {
		if sequenceAdverbs[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// opensPointingBack reports whether mention m opens with an attack word a
// distal pointer points back at the event told before it ("In that
// incident, 85 protesters died", "That attack was claimed by ..."): the
// sentence goes on telling that event, in its own paragraph too, and is
// background with it. "This attack" is left out: the near pointer names
// the story's own attack as often.
func (a *article) opensPointingBack(m *mention) bool {
	s := a.sents[m.sent]
	for _, t := range m.triggers {
		if t.t0 > int32(s.First) && t.t0 <= int32(s.First)+3 && distalPointers[a.lowerWord(t.t0-1)] {
			return true
		}
	}
	return false
}

// namesOldDeedAgain reports whether mention m, with no date of its own,
// names again by a definite noun ("in the attacks on the city") the deed
// that prev dated long ago by a date on the same noun ("the 2008 attacks
// on Mumbai"): the old deed told on, not a new one, so it is background
// with prev even in a paragraph of its own.
func (a *article) namesOldDeedAgain(m, prev *mention) bool {
	for _, t := range m.triggers {
		if a.lowerWord(t.t0-1) != "the" {
			continue
		}
		for _, o := range prev.triggers {
			if !a.sameSpan(o.t0, o.t1, t.t0, t.t1) {
				continue
			}
			for _, k := range prev.dates {
				if a.ownDate(o, k) && a.longAgo(k) {
					return true
				}
			}
		}
	}
	return false
}

// distalPointers point a noun back at a thing told before, away from the
// present: "that incident", "those attacks".
var distalPointers = lexicon.Words().Set("distal-pointer") // lexicon/words.txt

// addsToCount reports whether mention m opens by counting more people
// harmed beyond the toll just given ("Another 100 wounded were taken to
// the Social Security hospital": morePeople): the count adds to the one
// before it, and is background with it even in a paragraph of its own,
// when that one was a tally over a period.
func (a *article) addsToCount(m *mention) bool {
	s := a.sents[m.sent]
	for j := int32(s.First); j < int32(s.Last) && j < int32(s.First)+3; j++ {
		if anotherWords[a.lowerWord(j)] {
			return a.morePeople(m, j)
		}
	}
	return false
}

// historyDated reports whether every attack word of m is dated by a date
// of its own, long ago, that does not fit the main event d0: "one week
// before the anniversary of the Tak Bai massacre in 2004", "marking the
// 2004 massacre". Another date of the sentence that fits ("one week
// before") dates the sentence's saying or the anniversary, not the
// attack, which its own year or day places in the past. A day of the last
// weeks ("the capture on Sunday of the air base") may be the news of a
// follow-up, which the sentence's other dates tell on (longAgo).
func (a *article) historyDated(m *mention, d0 int) bool {
	if len(m.triggers) == 0 {
		return false
	}
	for _, t := range m.triggers {
		own := false
		for _, k := range m.dates {
			if a.ownDate(t, k) && !a.fitsMain(k, d0) && a.longAgo(k) {
				own = true
				break
			}
		}
		if !own {
			return false
		}
	}
	return true
}

// longAgo reports whether date k lies in a year before the publication's
// and more than a month before its day ("in 2004" in a report of 2024;
// not "in December" in one of January). A day of the same year may still
// be the story's own attack told again in a follow-up ("the
// assassination on 22 March of the candidate forced it to withdraw").
func (a *article) longAgo(k int) bool {
	d := a.dates[k]
	if a.pub == (text.Day{}) || d.Day == (text.Day{}) || d.Day.Y >= a.pub.Y {
		return false
	}
	return !within(d, a.pub, 30)
}

// ownDate reports whether date k qualifies the noun phrase of attack word
// t: before it in the phrase ("the 2004 massacre", "Friday's attack") or
// right after it with a preposition ("the massacre in 2004", "the bombing
// on 12 October 2002", "the siege of 1993").
func (a *article) ownDate(t term, k int) bool {
	d0 := a.tokenAt(a.dates[k].Start)
	if a.sentOf[d0] != a.sentOf[t.t0] {
		return false
	}
	if d0 == t.t1+1 && datePreps[a.lowerWord(t.t1)] {
		return true
	}
	d1 := a.datedNoun(k)
	if a.inRelativeOf(t.t0, d1) {
		return true // "the 2008 attacks on the hotel, in which gunmen killed 166 people": the clause tells that deed
	}
	if t.t0 < d1 || t.t0 >= d1+4 {
		return false
	}
	for j := d1; j < t.t0; j++ {
		if a.toks[j].Kind != text.Word || stopWords[a.lowerWord(j)] {
			return false // "in 2004, the attack": another phrase
		}
	}
	return true
}

// datedNoun returns the token where the noun phrase that date k
// qualifies starts: right after the date ("the 2008 attacks"), or past
// its possessive ("Friday's attack").
func (a *article) datedNoun(k int) int32 {
	t1 := a.tokenAt(a.dates[k].End-1) + 1
	if a.possessiveAt(t1) {
		t1 += 2
	}
	return t1
}

// datePreps join a date to the attack noun before it: "the massacre in
// 2004", "the bombing on 12 October", "the siege of 1993".
var datePreps = lexicon.Words().Set("date-prep") // lexicon/words.txt

// rankedNow reports whether date k is a span coarser than a day that
// holds the publication day and that a superlative before it, in its
// clause, ranks the news against: "63 people were killed in the attack,
// the deadliest in the capital this year". Today's event lies in the
// span, so the span is the yardstick of its rank, not another time ("the
// deadliest attack last year" names a span before today, the time of
// another attack, and is no such yardstick).
func (a *article) rankedNow(k int) bool {
	d := a.dates[k]
	if d.Future || d.Relation || a.pub == (text.Day{}) {
		return false
	}
	switch d.Precision {
	case record.PrecisionYear:
		if d.Day.Y != a.pub.Y {
			return false
		}
	case record.PrecisionMonth:
		if d.Day.Y != a.pub.Y || d.Day.M != a.pub.M {
			return false
		}
	case record.PrecisionWeek:
		if diff := a.pub.Sub(d.Day); diff < 0 || diff >= 7 {
			return false
		}
	default:
		return false // a day is no span
	}
	return a.superlativeNear(a.tokenAt(d.Start))
}

// fitsMain reports whether date k can be the day of the article's main
// event (d0) or of another event of the last days before publication.
func (a *article) fitsMain(k, d0 int) bool {
	d := a.dates[k]
	if d.Day == (text.Day{}) {
		return true // relative to an unknown publication date: no evidence either way
	}
	if a.rankedNow(k) {
		return true // "the attack, the deadliest in the capital this year": a yardstick that holds today
	}
	if a.pub != (text.Day{}) && d.Day.After(a.pub) {
		return true // the future: not an earlier event
	}
	recent := a.pub != (text.Day{}) && within(d, a.pub, 3)
	if d0 < 0 {
		return recent || a.pub == (text.Day{})
	}
	return recent || within(d, a.dates[d0].Day, 2) || k == d0
}

// within reports whether date d, at its precision, lies within days of day.
func within(d text.Date, day text.Day, days int) bool {
	switch d.Precision {
	case record.PrecisionDay:
		diff := d.Day.Sub(day)
		return diff >= -days && diff <= days
	case record.PrecisionWeek:
		diff := d.Day.Sub(day)
		return diff >= -7-days && diff <= 7+days
	case record.PrecisionMonth:
		return d.Day.Y == day.Y && d.Day.M == day.M
	}
	return false
}

// earlierRelative reports whether token t stands in a relative clause that
// tells a deed done before the story's event, whose main date is d0:
// "the bodies of three teenagers who were abducted more than two weeks
// ago were found", "a memorial to the victims of the 2018 attack on a
// wedding hall, in which a suicide bomber killed 63 people". The clause
// describes someone or something of the sentence by what was done to it
// before; the dates of the clause, none of which fits the main event
// (fitsMain), or else one on the attack noun it describes that does not,
// say so. What the clause tells is background: it types no incident of
// the story.
func (a *article) earlierRelative(t int32, d0 int) bool {
	r := a.relativeOpening(t)
	if r < 0 {
		return false
	}
	si := a.sentOf[t]
	last := int32(a.sents[si].Last)
	e := t
	for e < last && !a.breaksPhrase(e) {
		e++
	}
	b0, _ := a.span(r, r+1)
	_, b1 := a.span(e-1, e)
	lo, hi := a.dateRange(b0, b1)
	if lo < hi {
		// "who were abducted more than two weeks ago"; "who were
		// attacked in May and again on Friday" tells the news too
		for k := lo; k < hi; k++ {
			if a.dates[k].Future || a.fitsMain(k, d0) {
				return false
			}
		}
		return true
	}
	s0, _ := a.sentBytes(si)
	lo, hi = a.dateRange(s0, b0)
	for k := lo; k < hi; k++ {
		if !a.dates[k].Future && !a.fitsMain(k, d0) && a.inRelativeOf(t, a.datedNoun(k)) {
			return true // "the 2018 attack on a wedding hall, in which"
		}
	}
	return false
}

// relativeOpening returns the token of the relative pronoun of a person or
// a thing ("who", "whom", "whose", "which") that opens the clause token t
// stands in, with no punctuation between them, or -1.
func (a *article) relativeOpening(t int32) int32 {
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j >= first; j-- {
		if a.breaksPhrase(j) {
			return -1
		}
		switch a.lowerWord(j) {
		case "who", "whom", "whose", "which":
			return j
		}
	}
	return -1
}
