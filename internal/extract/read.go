package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// article is what read makes of a document, and what every later stage
// reads: the text, its tokens and sentences, and the annotations found in
// them (lexicon terms, numbers, dates, groups, places), all as offsets.
// The headline and the body are read as one string, headline first, so
// that a stage need not care which it is reading; evidence is mapped back
// at the end. Only resolvePlaces, the stage after read, changes it: it
// chooses each place mention's gazetteer entry. The later stages hand on
// their own results (mentions, news, story) and leave it as it is.
type article struct {
	x         *Extractor
	docID     string
	src       string // headline + "\n\n" + body
	bodyStart int    // offset of the body in src; the headline is src[:bodyStart-2]
	cs        text.Case
	pub       text.Day // publication day; zero when unknown

	toks   []text.Token
	sents  []text.Sentence
	sentOf []int32  // sentence index of each token
	ids    []uint32 // lexicon word id of each token (0: not a lexicon word)

	terms     []term         // lexicon phrases, by position
	termFirst []int32        // per token: index+1 of the first term starting there
	sentTerm  []int32        // per sentence: index of its first term; one extra at the end
	nums      []text.Number  // numbers, by position (byte offsets)
	dates     []text.Date    // dates, by position (byte offsets)
	groups    []actor.Match  // named groups, by position (byte offsets)
	outlets   []actor.Match  // the groups' own news outlets ("Amaq"), by position; Group is the owner
	places    []placeMention // places, by position

	datelineEnd int // byte offset where the dateline ends; 0 without one
	lead        int // paragraph of the lead (leadPara); -1 none

	// story is storyCountry's answer, worked out on the first call once
	// the places are resolved (storyKnown); read's reset of a pooled
	// article clears both with the slices.
	story      int
	storyKnown bool

	// ownTold is ownTellings' answer, every state's, worked out on the
	// first call (ownToldKnown) and cleared with story.
	ownTold      []ownTelling
	ownToldKnown bool
	// groupTold is groupTellings' answer, worked out on the first call
	// (groupToldKnown) and cleared with story.
	groupTold      []groupTelling
	groupToldKnown bool
	// groupWords are shortNameOf's words of each group's name, split on
	// the first call (groupWordsKnown) and cleared with story.
	groupWords      [][]string
	groupWordsKnown bool
	// namedCaps are the towns the text names as capitals, by country
	// (namedCapitals), read by capitalsByCountry for capitalOf.
	namedCaps map[string]*gazetteer.Feature
	// yardsticks and measuredCapitals are yardstickElsewhere's answers
	// for the whole story (yardstickPlaces, capitalsMeasured), worked
	// out on the first call that needs each (yardsticksKnown,
	// capitalsKnown) and cleared with story. yardsticks are indices
	// into places: the cache holds because insertPlaces, which re-sorts
	// places, and resolve's drops never run once the first offScene has
	// asked (mentions). A stage that adds or drops places later must
	// clear yardsticksKnown. measuredCapitals reads the words' own
	// gazetteer entries, not resolution state.
	yardsticks       []int
	measuredCapitals []string
	yardsticksKnown  bool
	capitalsKnown    bool

	buf []byte // scratch for keys, and for lower as read builds it

	// stream, streamIDs and matches are tokenize's scratch: the word
	// stream's token indexes and lexicon ids, and the phrases found in it.
	// Kept with the pooled article, they serve the next document.
	stream    []int32
	streamIDs []uint32
	matches   []lexicon.Match

	// weights and named are resolvePlaces' country weights, cleared and
	// filled again for each document; mentionBuf holds the mentions
	// newMention hands out, in blocks whose slots stay put. Kept with the
	// pooled article, these and the buffers below serve the next document.
	weights    map[string]float64
	named      map[string]float64
	mentionBuf []mention
	// ranked and home back resolvePlaces' rankings (rankCountries), near
	// its second pass's neighbourhood (Context.Near, nearPoints long)
	// and admin1 its divisions (Context.Admin1); within is
	// linkContainers' container of each place
	ranked, home [2]string
	near         []gazetteer.Point
	admin1       []string
	within       []int
	// roles are mentions' attack words of each sentence's roles, ms the
	// mentions it returns and clauseBuf its clauses of a sentence
	roles     [][]term
	ms        []*mention
	clauseBuf [][2]int32
	// typing is eventTypeOf's reading of one incident's type, each
	// incident's in turn (typeReading)
	typing typeReading

	// lower is src with ASCII capitals lowered, made once by read: one
	// string a document, whose offsets are src's, from which lowerWord
	// cuts every word.
	lower string
}

// term is a lexicon phrase found at tokens [t0, t1).
type term struct {
	t0, t1 int32
	p      *lexicon.Phrase
}

// read is the first stage: it reads the headline and body into an
// article, with every annotation the later stages look up (tokens,
// sentences, lexicon terms, numbers, dates, groups, place mentions not yet
// resolved, the dateline, the lead paragraph).
func (x *Extractor) read(d *doc.Document) *article {
	a := articles.Get().(*article)
	*a = article{x: x, docID: d.ID, toks: a.toks[:0], sents: a.sents[:0], sentOf: a.sentOf[:0],
		ids: a.ids[:0], terms: a.terms[:0], termFirst: a.termFirst[:0], sentTerm: a.sentTerm[:0],
		nums: a.nums[:0], dates: a.dates[:0], groups: a.groups[:0], outlets: a.outlets[:0], places: a.places[:0], buf: a.buf[:0],
		stream: a.stream[:0], streamIDs: a.streamIDs[:0], matches: a.matches[:0],
		ownTold: a.ownTold[:0], groupTold: a.groupTold[:0], groupWords: a.groupWords[:0],
		weights: a.weights, named: a.named, mentionBuf: a.mentionBuf[:0], near: a.near, admin1: a.admin1[:0], within: a.within[:0], roles: a.roles[:0], ms: a.ms[:0], clauseBuf: a.clauseBuf[:0]}
	// src and lower in one string: one allocation a document
	buf := append(a.buf[:0], d.Title...)
	buf = append(buf, "\n\n"...)
	buf = append(buf, d.Text...)
	n := len(buf)
	buf = appendLowerASCII(buf, d.Title)
	buf = append(buf, "\n\n"...)
	buf = appendLowerASCII(buf, d.Text)
	both := string(buf)
	a.src, a.lower, a.buf = both[:n], both[n:], buf
	a.bodyStart = len(d.Title) + 2
	a.cs = text.DetectCase(a.src)
	if day, err := text.ParseDay(d.Date); err == nil {
		a.pub = day
	}
	a.tokenize()
	a.nums = text.Numbers(a.nums[:0], a.src)
	a.dates = text.Dates(a.dates[:0], a.src, a.pub)
	a.groups, a.outlets = x.actors.FindWithOutlets(a.groups[:0], a.outlets[:0], a.src, a.cs == text.Lower)
	a.groups = a.outsideOutlets(a.groups)
	a.groups = a.notSplinters(a.groups)
	a.selfNamed()    // "a group calling itself X": a name the lexicon may not know
	a.memberAgents() // "planted by members of the X": a name the lexicon may not know
	a.findPlaces()
	a.stateStrikes()
	a.stonesThrown()
	a.belongingCues()
	a.weatherStorms()
	a.arrestRaids()
	a.markDateline()
	if day, ok := a.datelineDay(); ok {
		// "MANILA, April 18 - ... yesterday" in a file stamped April 19:
		// the story was written on its dateline's day, and its
		// "yesterday" and weekdays count from there. The dates are read
		// again, not moved: a weekday, a month without a year and Future
		// do not shift with pub by a fixed number of days.
		a.pub = day
		a.dates = text.Dates(a.dates[:0], a.src, a.pub)
	}
	a.quoteDays()
	a.lead = a.leadPara()
	return a
}

// quoteDays moves a day that counts from the time of speaking ("today",
// "this morning", "three days ago": [speech-day-word]) inside quotation
// marks to count from the day its sentence gives the saying, where that
// is not the report's: "'We suffered a hit early this morning from a
// rebel squad,' the general told reporters on Friday" is Friday morning
// in a story filed on Saturday; so is the BBC's "All we're saying today
// is ..., a spokeswoman said on Friday". The speaker spoke on his own
// day, and the words are his. The saying's day is one reportingDate
// reads as a saying's, outside the quotation marks.
func (a *article) quoteDays() {
	for k := range a.dates {
		d := &a.dates[k]
		if d.Precision != record.PrecisionDay || !d.Relative || d.Previous || d.Relation || d.Day.IsZero() {
			continue
		}
		t := a.tokenAt(d.Start)
		if !a.quoted(t) || !a.speechDayWord(*d) { // the quotation first: few dates are quoted
			continue
		}
		if j := a.sayingDay(a.sentOf[t]); j >= 0 {
			d.Day = d.Day.AddDays(a.dates[j].Day.Sub(a.pub))
		}
	}
}

// speechDayWord reports whether date d is told by words that count from
// the time of speaking ([speech-day-word]: "early this morning", "three
// days ago"). A weekday with a time of day ("Friday morning") names its
// day and is no such word.
func (a *article) speechDayWord(d text.Date) bool {
	t0, t1 := a.tokenAt(d.Start), a.tokenAt(d.End)
	for k := t0; k < t1; k++ {
		for n := k + 1; n <= t1; n++ {
			if a.spanIn(speechDayWords, k, n) {
				return true
			}
		}
	}
	return false
}

// speechDayWords count a day from the time of speaking.
var speechDayWords = lexicon.Words().Set("speech-day-word") // lexicon/words.txt

// sayingDay returns the date, outside quotation marks, that sentence si
// gives the saying (reportingDate), a day before the report's, or -1.
func (a *article) sayingDay(si int32) int {
	for j := range a.dates {
		d := a.dates[j]
		if d.Precision != record.PrecisionDay || d.Day.IsZero() || d.Future || !a.pub.After(d.Day) {
			continue
		}
		if t := a.tokenAt(d.Start); a.sentOf[t] == si && !a.quoted(t) && a.reportingDate(j) {
			return j
		}
	}
	return -1
}

// stateStrikes adds "strike" alone as an attack word where it is a
// state's armed strike: its doer a state, named right before it by its
// name, its demonym or its possessive ("A Russian strike", "Russia's
// strike"), and "on" after it with what armed force strikes, a place or a
// target ("A Russian strike on the Ukrainian city of Kharkiv killed at
// least one person"; Reuters-21578: "U.S. STRIKE ON IRAN OIL PLATFORM").
// Elsewhere the word is a labour strike ("a strike on Monday", "the
// miners' strike", "a French strike on pension reform"), so terms.txt
// does not list it: the lexicon's other readers (the roles tagger's
// features) see the word as before.
func (a *article) stateStrikes() {
	a.addTerms(stateStrike, 1, func(j int32) bool {
		return strikeWords[a.lowerWord(j)] && (a.stateStrikeAt(j) || a.strikeToldBack(j)) && !a.hasTrigger(j)
	})
}

// addTerms adds a term of phrase p over the n tokens from j at every
// token j where at says so, and keeps the terms sorted: the readings
// the lexicon cannot spell, because a word's neighbours decide its
// sense (stateStrikes, stonesThrown, belongingCues), join the terms the
// lexicon found. at may read the terms added before j.
func (a *article) addTerms(p *lexicon.Phrase, n int32, at func(j int32) bool) {
	added := false
	for j := int32(0); int(j+n) <= len(a.toks); j++ {
		if at(j) {
			a.terms = append(a.terms, term{t0: j, t1: j + n, p: p})
			added = true
		}
	}
	if added { // in text order among the lexicon's, the order of terms at one token kept
		slices.SortStableFunc(a.terms, func(x, y term) int { return cmp.Compare(x.t0, y.t0) })
		a.indexTerms()
	}
}

// hasTrigger reports whether an attack word already covers token j.
func (a *article) hasTrigger(j int32) bool {
	_, ok := a.termAt(j, lexicon.Trigger)
	return ok
}

// stonesThrown adds the participle of a passive of throwing as a riot's
// attack word where its subject lists a thing a crowd throws
// ([thrown-object]): "Stones were also thrown at a procession", "In
// Khargone, stones were hurled at a procession", "Stones, petrol bombs
// and explosive devices were thrown, and shots were fired". The active
// ("threw stones", "hurling stones") is in terms.txt; the passive puts
// the stones before the verb and an adverb may stand between, which no
// phrase of the lexicon spans. Stones thrown at people are a crowd's
// violence whoever is not named as throwing them.
func (a *article) stonesThrown() {
	a.addTerms(stonesThrownTrigger, 1, func(j int32) bool {
		if j == 0 {
			return false // the participle has its auxiliary before it
		}
		_, ok := a.stoneSubject(j)
		return ok && !a.hasTrigger(j)
	})
}

// stonesThrownTrigger is the attack word stonesThrown reads.
var stonesThrownTrigger = &lexicon.Phrase{Cat: lexicon.Trigger, Value: record.Riot, Text: "stones thrown"}

// stoneSubject reports whether token j is the participle of a verb of
// throwing ([throw-verb]) in the passive, after a form of "be" (and a
// "have" before it) and at most one adverb ([casualty-adverb]: "were also thrown"), whose subject,
// within a few words of one clause and across a list ("Stones, petrol
// bombs and explosive devices"), holds a [thrown-object] word; it returns
// where the subject starts.
func (a *article) stoneSubject(j int32) (int32, bool) {
	if w := a.lowerWord(j); !throwVerbs[w] || !strings.HasSuffix(w, "n") && !strings.HasSuffix(w, "ed") {
		return 0, false
	}
	first := int32(a.sents[a.sentOf[j]].First)
	passiveAux := func(k int32) bool { // a form of "be": [auxiliary] but not [perfect-auxiliary]
		w := a.lowerWord(k)
		return auxiliaries[w] && !perfectAuxiliaries[w]
	}
	k := j - 1
	if !passiveAux(k) && k > first && adverbs[a.lowerWord(k)] {
		k--
	}
	if k < first || !passiveAux(k) {
		return 0, false
	}
	if k > first && auxiliaries[a.lowerWord(k-1)] {
		k-- // "had been thrown", "have been hurled"
	}
	found, lo := false, k
	for i := k - 1; i >= first && i >= k-8; i-- {
		w := a.lowerWord(i)
		if a.toks[i].Kind != text.Word && w != "," || w != "," && w != "and" && a.clauseBreak(i) {
			break
		}
		if thrownObjects[w] {
			found, lo = true, i
		}
	}
	return lo, found
}

// thrownWithStones reports whether attack word t is one of the things a
// list of stoneSubject's names as thrown ("Stones, petrol bombs and
// explosive devices were thrown"): what a crowd threw with its stones,
// the riot's missiles, not a bombing or an arson of its own.
func (a *article) thrownWithStones(t term) bool {
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	for j := t.t1; j < last && j <= t.t1+8; j++ {
		if lo, ok := a.stoneSubject(j); ok {
			return lo <= t.t0 || a.listBetween(lo, t.t0)
		}
		if w := a.lowerWord(j); a.toks[j].Kind != text.Word && w != "," {
			return false
		}
	}
	return false
}

// listBetween reports whether tokens [from, to) hold only words and list
// commas: one list.
func (a *article) listBetween(from, to int32) bool {
	for i := from; i < to; i++ {
		if a.toks[i].Kind != text.Word && a.word(i) != "," {
			return false
		}
	}
	return true
}

// weatherStorms turns an attack word that is also the noun of a storm
// ([weather-homonym]: "storm") into the accident frame's force of nature
// where it is the noun (weatherNounAt): "The storm struck the coast on
// Sunday", "a winter storm warning" (Reuters-21578), "Storm Daniel
// strikes eastern Libya" (multi 011). Troops "storm" a building as a
// verb; a storm that hits a coast has no doer, and its dead are the
// story of a disaster (negativeFrame, natureDeed).
func (a *article) weatherStorms() {
	for i := range a.terms {
		t := &a.terms[i]
		if t.p.Cat == lexicon.Trigger && t.t1 == t.t0+1 && weatherHomonyms[a.lowerWord(t.t0)] && a.weatherNounAt(t.t0) {
			t.p = weatherStorm
		}
	}
}

// arrestRaids turns a raid that is the means of an arrest into the foiled
// frame's word of arrests: "raid" or "raids" after "in" or "during", a
// determiner or a modifier at most between, right after a verb of arrest
// ([arrest-verb]): "more than 100 members ... were rounded up in raids in
// several provinces on Sunday and Monday" (multi 015), "were picked up in
// raids Tuesday and Wednesday across Punjab province" (AP, nbcnews.com
// 2008), "detained by police during a raid" (PTI). Police raiding homes to
// arrest suspects is the sequel of an attack, no attack; a raid that kills
// or wounds is told with its harm, not with an arrest verb before it.
func (a *article) arrestRaids() {
	for i := range a.terms {
		t := &a.terms[i]
		if t.p.Cat != lexicon.Trigger || t.t1 != t.t0+1 || !forceRaids[a.lowerWord(t.t0)] {
			continue
		}
		si := a.sentOf[t.t0]
		j := t.t0 - 1
		for n := 0; n < 2 && j > 0 && a.sentOf[j] == si && a.toks[j].Kind == text.Word && !arrestPreps[a.lowerWord(j)]; n++ {
			j-- // "in dawn raids", "during a raid"
		}
		if j < 1 || a.sentOf[j-1] != si || !arrestPreps[a.lowerWord(j)] {
			continue
		}
		v := j - 1
		if a.lowerWord(v) == "up" && v > 0 {
			v-- // "rounded up", "picked up"
		}
		if arrestVerbs[a.lowerWord(v)] {
			t.p = arrestRaid
		}
	}
}

// arrestVerbs are verbs of arrest ([arrest-verb]; arrestRaids).
var arrestVerbs = lexicon.Words().Set("arrest-verb") // lexicon/words.txt

// arrestPreps put a raid as the means of an arrest before it: "in",
// "during" (arrestRaids).
var arrestPreps = map[string]bool{"in": true, "during": true}

// arrestRaid is the foiled frame's word arrestRaids reads.
var arrestRaid = &lexicon.Phrase{Cat: lexicon.Frame, Value: "foiled", Text: "raids"}

// weatherHomonyms are the attack words that are also a noun of the
// weather ([weather-homonym]).
var weatherHomonyms = lexicon.Words().Set("weather-homonym") // lexicon/words.txt

// weatherOpeners make the [weather-homonym] right after them a noun
// ([weather-opener]): a determiner ("the storm", "another storm") or a
// word of weather that qualifies it ("winter storm", "tropical storm").
var weatherOpeners = lexicon.Words().Set("weather-opener") // lexicon/words.txt

// weatherStorm is the force of nature weatherStorms reads.
var weatherStorm = &lexicon.Phrase{Cat: lexicon.Frame, Value: "accident", Text: "storm"}

// weatherNounAt reports whether the [weather-homonym] at token j is the
// noun of the weather: a [weather-opener] opens it ("the storm", "a
// winter storm"), or, capitalised in a mixed-case text, it stands before
// the storm's given name, a capitalised word followed by a lower-case
// word or a stop ("Storm Daniel strikes eastern Libya", "the torrential
// rains of Storm Daniel."), with no capitalised word right before it. A
// headline in title case ("Gunmen Storm Hotel In Mali") capitalises the
// words around too; a verb "storm" stands lower case after its subject.
func (a *article) weatherNounAt(j int32) bool {
	si := a.sentOf[j]
	if j > 0 && a.sentOf[j-1] == si && weatherOpeners[a.lowerWord(j-1)] {
		return true
	}
	n := j + 1
	if a.cs != text.Mixed || !a.toks[j].Has(text.Cap) || int(n)+1 >= len(a.toks) || a.sentOf[n+1] != si {
		return false
	}
	if j > 0 && a.sentOf[j-1] == si && a.toks[j-1].Kind == text.Word && a.toks[j-1].Has(text.Cap) {
		return false // "Gunmen Storm Kabul Hotel": a headline in title case
	}
	name, after := a.toks[n], a.toks[n+1]
	return name.Kind == text.Word && name.Has(text.Cap) && (after.Kind != text.Word || !after.Has(text.Cap))
}

// strikeWords are "strike" and its plural ([strike-word]), an attack
// word only where stateStrikeAt finds a state's strike.
var strikeWords = lexicon.Words().Set("strike-word") // lexicon/words.txt

// belongingCues adds the participle "belonging to" as a cue of suspicion
// where it tells the doers' membership as "belonged to" does: it ends the
// complement of a copula (belongingDoers: "the bomber was suspected of
// belonging to G", "the four dead men were foreigners belonging to G").
// Elsewhere it says whose a thing is ("a truck belonging to X") or what
// unit men serve in ("troops belonging to the 1st Brigade"), so terms.txt
// does not list it: the lexicon's other readers (the roles tagger's
// features) see the words as before.
func (a *article) belongingCues() {
	a.addTerms(belongingCue, 2, func(j int32) bool {
		return a.lowerWord(j) == "belonging" && a.lowerWord(j+1) == "to" && a.belongingDoers(j)
	})
}

// belongingCue is the cue of suspicion belongingCues reads.
var belongingCue = &lexicon.Phrase{Cat: lexicon.Attribution, Value: record.Suspected, Text: "belonging to"}

// stateStrike is the attack word stateStrikes reads.
var stateStrike = &lexicon.Phrase{Cat: lexicon.Trigger, Value: record.RemoteViolence, Text: "strike"}

// stateStrikeAt reports whether "strike" at token j is a state's
// strike (stateStrikes): a state before it (stateBefore), "on" after it
// and, after "on", not a day but what was struck (struckAfterOn).
func (a *article) stateStrikeAt(j int32) bool {
	if a.lowerWord(j+1) != "on" {
		return false
	}
	if lo, hi := a.dateRange(int(a.toks[j+1].Start), int(a.toks[j+1].End)+2); hi > lo {
		return false // "a strike on Monday": the day of a labour strike
	}
	state, ok := a.stateBefore(j)
	return (ok || a.forceOwns(j)) && a.struckAfterOn(j+2, state)
}

// strikeToldBack reports whether "strike" at token j names again, by a
// word of [back-pointer] before it, an armed strike the text has already
// told: a remote attack word (a drone strike, an airstrike, a missile)
// before it, in the headline or the body.
func (a *article) strikeToldBack(j int32) bool {
	if j < 1 || !backPointers[a.lowerWord(j-1)] {
		return false
	}
	for _, t := range a.terms {
		if t.t0 >= j {
			break
		}
		if t.p.Cat == lexicon.Trigger && t.p.Value == record.RemoteViolence {
			return true
		}
	}
	return false
}

// modifiesNoun reports whether place mention p modifies the noun after
// it: an article before the name and a lower-case common word after it
// ("the Paris metro", "the Lagos port"). A name with no article heads its
// phrase ("on Idlib killed three": the word after is the verb), and a
// place noun after it is part of the place ("the Kharkiv region").
func (a *article) modifiesNoun(p *placeMention, last int32) bool {
	j := p.t1
	if p.t0 < 1 || !articleWords[a.lowerWord(p.t0-1)] || j >= last || a.toks[j].Kind != text.Word || a.toks[j].Has(text.Cap) {
		return false
	}
	w := a.lowerWord(j)
	_, place := placeNouns[w]
	return !place && !locPreps[w] && !determiners[w] && w != "and" && w != "or"
}

// forceOwns reports whether a state's force owns, by its possessive, the
// word at token j: "the army's strike", "the air force's strike". Only a
// state's forces make an armed strike, so the force makes "strike" one as
// a state's name does (stateBefore); workers' strikes are "the miners'",
// "the dockers'".
func (a *article) forceOwns(j int32) bool {
	if j < 3 || !a.possessiveAt(j-2) {
		return false
	}
	return bareForces[a.lowerWord(j-3)] || j >= 4 && a.spanIn(bareForces, j-4, j-2)
}

// stateBefore reports whether a state's name or demonym ends right before
// token j ("a Russian strike", "a U.S. strike") or owns what starts there
// by a possessive ("Russia's strike", "the United States' strike"): the
// possessive breaks no adjacency, the state is the doer either way. It
// returns the state's country code (heaviestCountry).
func (a *article) stateBefore(j int32) (string, bool) {
	lo, hi := a.placeRange(max(0, j-8), j)
	for _, p := range a.places[lo:hi] {
		switch {
		case p.t1 == j && (p.country || p.demonym):
			return heaviestCountry(p.cands, p.demonym), true
		case !p.country || p.demonym:
		case p.t1 == j-2 && a.possessiveAt(p.t1), p.t1 == j-1 && (a.word(p.t1) == "'" || a.word(p.t1) == "’"):
			return heaviestCountry(p.cands, false), true
		}
	}
	return "", false
}

// heaviest returns the most populous of the candidates that keep
// accepts, nil for none: of the countries one name or demonym names
// ("French": France, not the French Southern Territories), of the towns
// one name does ("Paris": France's), the one a text most likely means.
func heaviest(cands []gazetteer.Entry, keep func(gazetteer.Entry) bool) *gazetteer.Feature {
	var best *gazetteer.Feature
	for _, e := range cands {
		if keep(e) && (best == nil || e.Weight() > best.Weight()) {
			best = e.Feature
		}
	}
	return best
}

// heaviestCountry returns the code of the most populous country among a
// name's or demonym's candidates (countryIn), "" for none.
func heaviestCountry(cands []gazetteer.Entry, demonym bool) string {
	if best := countryIn(cands, demonym); best != nil {
		return best.CountryCode
	}
	return ""
}

// placeCountry returns the country of the most populous town among a
// place name's candidates (heaviest), else of its first candidate: where
// a name read before resolution most likely is ("Paris": France).
func placeCountry(cands []gazetteer.Entry) string {
	if best := heaviest(cands, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Place }); best != nil {
		return best.CountryCode
	}
	if len(cands) > 0 {
		return cands[0].CountryCode
	}
	return ""
}

// struckAfterOn reports whether the noun phrase that opens at token k,
// the object of a strike's "on", names what armed force strikes: a place
// the gazetteer knows ("on Kharkiv", "on the Ukrainian city of Kharkiv",
// "on Iran oil platform"), a target ("on a market", "on a rebel base"),
// people or a force ("on militants") or an armed group ("on Hamas"). The
// phrase is read past its determiners, demonyms and "of", for three words
// at most and up to a preposition: a labour strike is "on" an issue ("a
// French strike on pension reform shut down Paris"), no place or target,
// and a place after the phrase is the strike's scene, not its object.
// A place of the striking state's own country (state) that modifies the
// noun after it makes the phrase labour's object ("A French strike on the
// Paris metro"): a state does not bomb its own capital's metro, while its
// workers strike on it; another country's place ("a Russian strike on the
// Kyiv metro"), or a place that heads the phrase ("a Syrian strike on
// Idlib"), is what armed force struck.
func (a *article) struckAfterOn(k int32, state string) bool {
	last := int32(a.sents[a.sentOf[k-1]].Last)
	words := 0
	for j := k; j < last && words < 3; j++ {
		if a.clauseBreak(j) || a.inDate(j) {
			return false
		}
		w := a.lowerWord(j)
		if w == "of" || determiners[w] || articleWords[w] {
			continue // "the city of Kharkiv"
		}
		if locPreps[w] {
			return false // "on pensions in France": the scene, not the object
		}
		if a.inGroup(j) || attackTargets[w] {
			return true
		}
		if _, ok := a.termAt(j, lexicon.Target); ok {
			return true
		}
		if pt, ok := a.termAt(j, lexicon.Party); ok && a.word(pt.t1) != "'" && a.word(pt.t1) != "’" {
			return true // "on militants", not "on workers' pay"
		}
		lo, hi := a.placeRange(j, j+1)
		for _, p := range a.places[lo:hi] {
			if !p.demonym && state != "" && a.modifiesNoun(&p, last) && placeCountry(p.cands) == state {
				return false // "A French strike on the Paris metro": the state's own town's metro, labour's object
			}
			if !p.demonym {
				return true
			}
			j = p.t1 - 1 // "the Ukrainian city of": a demonym modifies the noun after it
		}
		if hi == lo {
			words++
		}
	}
	return false
}

// datelineDay returns the day the dateline gives ("BEIRUT, March 3 -")
// when it falls a day or two before the publication date: a wire story
// filed late and stamped the next day was written on its dateline's day.
// So was one whose dateline is the day after the stamp ("MANILA, Oct 20
// - ... early on Tuesday" in a file stamped Monday, October 19): the
// stamp keeps the time of a desk west of the reporter, who wrote on his
// own calendar's day, and his weekdays count from it.
// read puts that day in a.pub, so every later stage (dates, "yesterday",
// weekdays, the fallback date of an undated incident) counts from the
// dateline's day, not the file's stamp. It reads the dates already found
// that start in the dateline, not the text again.
func (a *article) datelineDay() (text.Day, bool) {
	if a.datelineEnd <= a.bodyStart || a.pub.IsZero() {
		return text.Day{}, false
	}
	lo, hi := a.dateRange(a.bodyStart, a.datelineEnd)
	for _, d := range a.dates[lo:hi] {
		if d.Precision == record.PrecisionDay && !d.Previous && !d.Relation && !d.Day.IsZero() {
			if n := a.pub.Sub(d.Day); n == -1 || n >= 1 && n <= 2 {
				return d.Day, true
			}
		}
	}
	return text.Day{}, false
}

// articles holds articles between documents, with their slices: each
// worker reads one document after another, and making the token,
// sentence, id and term slices anew for each was a quarter of what a
// Reuters pass allocated, every byte of it a page to fault in or a share
// of a collection that marks the whole gazetteer.
var articles = sync.Pool{New: func() any { return new(article) }}

// pooledTokens is the most tokens an article may hold to go back to
// articles: the slices of a rare huge document are left to the collector.
const pooledTokens = 1 << 16

// free hands a back to articles once Extract is done with it. Nothing
// Extract returns points into a's slices (records hold strings of the
// text and values of their own), so the next document may overwrite them.
func (a *article) free() {
	if cap(a.toks) > pooledTokens {
		return
	}
	a.x = nil
	clear(a.mentionBuf) // what the mentions point at may go
	clear(a.ms)
	clear(a.roles)
	articles.Put(a)
}

// tokenize splits src into tokens and sentences and looks every token up in
// the lexicon. Hyphens inside words ("car-bomb", "al-Shabab") are skipped
// for phrase matching, so the lexicon can write them as spaces.
func (a *article) tokenize() {
	a.toks = text.Tokenize(a.toks[:0], a.src)
	a.sents = text.Sentences(a.sents[:0], a.src, a.toks, a.cs)
	a.sentOf = grow(a.sentOf, len(a.toks))
	for si, s := range a.sents {
		for t := s.First; t < s.Last; t++ {
			a.sentOf[t] = int32(si)
		}
	}
	a.ids = growU(a.ids, len(a.toks))
	// the word stream: token indexes minus inner hyphens, with their ids
	stream, sids := a.stream[:0], a.streamIDs[:0]
	lex := a.x.lex
	for i, t := range a.toks {
		if t.Kind == text.Punct && a.isInnerHyphen(i) {
			continue
		}
		// a sentence boundary breaks phrases: a zero id between
		if i > 0 && a.sentOf[i] != a.sentOf[i-1] {
			stream = append(stream, -1)
			sids = append(sids, 0)
		}
		var id uint32
		if t.Kind != text.Punct {
			id, a.buf = lex.ID(a.src[t.Start:t.End], a.buf)
		}
		a.ids[i] = id
		stream = append(stream, int32(i))
		sids = append(sids, id)
	}
	a.stream, a.streamIDs = stream, sids
	ms := lex.Find(a.matches[:0], sids)
	a.matches = ms
	a.terms = a.terms[:0]
	// a neutral phrase ("bomb disposal squad", "gas-fired") cancels the
	// violence words inside it
	var neutral []bool
	for _, m := range ms {
		if m.Phrase.Cat == lexicon.Cue && m.Phrase.Value == "neutral" {
			if neutral == nil {
				neutral = make([]bool, len(sids))
			}
			for k := m.Start; k < m.End; k++ {
				neutral[k] = true
			}
		}
	}
	for _, m := range ms {
		if neutral != nil && m.Phrase.Cat != lexicon.Cue && neutral[m.Start] && neutral[m.End-1] {
			continue
		}
		a.terms = append(a.terms, term{t0: stream[m.Start], t1: stream[m.End-1] + 1, p: m.Phrase})
	}
	a.indexTerms()
}

func (a *article) isInnerHyphen(i int) bool {
	t := a.toks[i]
	if t.Has(text.SpaceBefore) || i+1 >= len(a.toks) || a.toks[i+1].Has(text.SpaceBefore) {
		return false
	}
	switch a.src[t.Start:t.End] {
	case "-", "‐", "‑":
		return true
	}
	return false
}

// indexTerms builds termFirst: for each token, the index of the first term
// starting there, plus one (0: none).
func (a *article) indexTerms() {
	a.termFirst = grow(a.termFirst, len(a.toks))
	clear(a.termFirst)
	for k := len(a.terms) - 1; k >= 0; k-- {
		a.termFirst[a.terms[k].t0] = int32(k + 1)
	}
	a.sentTerm = grow(a.sentTerm, len(a.sents)+1)
	k := 0
	for si, s := range a.sents {
		for k < len(a.terms) && a.terms[k].t0 < int32(s.First) {
			k++
		}
		a.sentTerm[si] = int32(k)
	}
	a.sentTerm[len(a.sents)] = int32(len(a.terms))
}

// leadPara returns the paragraph of the lead: the first paragraph of the
// body with eight words or more (a dateline or a kicker alone on its line
// is not the lead), or -1 for a body with no words.
func (a *article) leadPara() int {
	for t := a.tokenAt(a.bodyStart); int(t) < len(a.toks); {
		p := a.sents[a.sentOf[t]].Para
		words, u := 0, t
		for ; int(u) < len(a.toks) && a.sents[a.sentOf[u]].Para == p; u++ {
			if a.toks[u].Kind == text.Word {
				words++
			}
		}
		if words >= 8 || int(u) >= len(a.toks) {
			return p
		}
		t = u
	}
	return -1
}

// grow returns s resized to n zeros, in place when it has the room.
func grow(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	s = s[:n]
	clear(s) // a pooled article's slices hold the last document's values
	return s
}

// growU is grow for []uint32.
func growU(s []uint32, n int) []uint32 {
	if cap(s) < n {
		return make([]uint32, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// span returns the byte span of tokens [t0, t1).
func (a *article) span(t0, t1 int32) (int, int) {
	return int(a.toks[t0].Start), int(a.toks[t1-1].End)
}

// word returns the text of token i, or "" past either end: rules look
// around a token without checking bounds.
func (a *article) word(i int32) string {
	if i < 0 || int(i) >= len(a.toks) {
		return ""
	}
	return a.src[a.toks[i].Start:a.toks[i].End]
}

// inTitle reports whether byte offset off lies in the headline.
func (a *article) inTitle(off int) bool { return off < a.bodyStart }

// tokenAt returns the index of the token that contains byte offset off, or
// the first one after it.
func (a *article) tokenAt(off int) int32 {
	lo, hi := 0, len(a.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if int(a.toks[m].End) <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return int32(lo)
}

// sentenceInitial reports whether token i opens its sentence, where
// mixed-case text capitalises any word.
func (a *article) sentenceInitial(i int32) bool {
	return a.sents[a.sentOf[i]].First == int(i)
}

// lowerWord returns token i in lower case. Out-of-range indexes give "".
// Every word is cut from lower, made once for the document: lower-casing
// each word with capitals anew was two thirds of what a Reuters pass
// allocated, and no call looks its word over for capitals.
func (a *article) lowerWord(i int32) string {
	if i < 0 || int(i) >= len(a.toks) {
		return ""
	}
	return a.lower[a.toks[i].Start:a.toks[i].End]
}

// lowerSpan returns tokens [t0, t1) in lower case, single-spaced, hyphens
// dropped: the form lexicon phrases are written in.
func (a *article) lowerSpan(t0, t1 int32) string {
	if t1-t0 == 1 {
		return a.lowerWord(t0)
	}
	var buf [32]byte
	return string(a.appendLowerSpan(buf[:0], t0, t1))
}

// appendLowerSpan appends tokens [t0, t1) to dst in lowerSpan's form.
func (a *article) appendLowerSpan(dst []byte, t0, t1 int32) []byte {
	n := len(dst)
	for i := t0; i < t1; i++ {
		if a.toks[i].Kind == text.Punct && a.isInnerHyphen(int(i)) {
			continue
		}
		if len(dst) > n {
			dst = append(dst, ' ')
		}
		dst = append(dst, a.lowerWord(i)...)
	}
	return dst
}

// spanIn reports whether tokens [t0, t1), in lowerSpan's form, are a
// phrase of set.
func (a *article) spanIn(set map[string]bool, t0, t1 int32) bool {
	v, _ := lookSpan(a, set, t0, t1)
	return v
}

// spanIs reports whether tokens [t0, t1), in lowerSpan's form, are w,
// without building the string.
func (a *article) spanIs(w string, t0, t1 int32) bool {
	if t1-t0 == 1 {
		return a.lowerWord(t0) == w
	}
	var buf [64]byte
	return string(a.appendLowerSpan(buf[:0], t0, t1)) == w
}

// sameSpan reports whether tokens [o0, o1) and [t0, t1) read alike in
// lowerSpan's form, without building the strings.
func (a *article) sameSpan(o0, o1, t0, t1 int32) bool {
	var b0, b1 [64]byte
	return string(a.appendLowerSpan(b0[:0], o0, o1)) == string(a.appendLowerSpan(b1[:0], t0, t1))
}

// spanOf returns the value m gives tokens [t0, t1), in lowerSpan's form.
func (a *article) spanOf(m map[string]string, t0, t1 int32) string {
	v, _ := lookSpan(a, m, t0, t1)
	return v
}

// lookSpan looks tokens [t0, t1) up in m in lowerSpan's form without
// building the string: a byte slice converted only to index a map is not
// copied, and the lexicon's phrases are looked up at every token.
func lookSpan[V any](a *article, m map[string]V, t0, t1 int32) (V, bool) {
	if t1-t0 == 1 {
		v, ok := m[a.lowerWord(t0)]
		return v, ok
	}
	var buf [64]byte
	v, ok := m[string(a.appendLowerSpan(buf[:0], t0, t1))]
	return v, ok
}

func appendLowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// termAt returns a term of category c that starts at token i.
func (a *article) termAt(i int32, c lexicon.Category) (term, bool) {
	if i < 0 || int(i) >= len(a.toks) || a.termFirst[i] == 0 {
		return term{}, false
	}
	for k := a.termFirst[i] - 1; int(k) < len(a.terms) && a.terms[k].t0 == i; k++ {
		if a.terms[k].p.Cat == c {
			return a.terms[k], true
		}
	}
	return term{}, false
}

// hasTerm reports whether a term of category c and value v starts at token i.
func (a *article) hasTerm(i int32, c lexicon.Category, v string) bool {
	if i < 0 || int(i) >= len(a.toks) || a.termFirst[i] == 0 {
		return false
	}
	for k := a.termFirst[i] - 1; int(k) < len(a.terms) && a.terms[k].t0 == i; k++ {
		if a.terms[k].p.Cat == c && (v == "" || a.terms[k].p.Value == v) {
			return true
		}
	}
	return false
}

// isCasualtyWord reports whether a kill, injure or kidnap term starts at i.
func (a *article) isCasualtyWord(i int32) bool {
	return a.hasTerm(i, lexicon.Kill, "") || a.hasTerm(i, lexicon.Injure, "") || a.hasTerm(i, lexicon.Kidnap, "")
}

// isCue reports whether a cue term of value v starts at token i.
func (a *article) isCue(i int32, v string) bool { return a.hasTerm(i, lexicon.Cue, v) }

// sentTerms returns the terms of sentence si.
func (a *article) sentTerms(si int32) []term {
	return a.terms[a.sentTerm[si]:a.sentTerm[si+1]]
}

// termsIn returns the terms starting in tokens [t0, t1).
func (a *article) termsIn(t0, t1 int32) []term {
	si := a.sentOf[t0]
	ts := a.sentTerms(si)
	i := 0
	for i < len(ts) && ts[i].t0 < t0 {
		i++
	}
	j := i
	for j < len(ts) && ts[j].t0 < t1 {
		j++
	}
	return ts[i:j]
}

// numberFrom returns the index of the first number starting at or after
// token i.
func (a *article) numberFrom(i int32) int {
	if int(i) >= len(a.toks) {
		return len(a.nums)
	}
	off := a.toks[i].Start
	lo, hi := 0, len(a.nums)
	for lo < hi {
		m := (lo + hi) / 2
		if int32(a.nums[m].Start) < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// numberAt returns the index in a.nums of the number the scanner read
// starting at token j ("at least 20", "two"), if one does.
func (a *article) numberAt(j int32) (int, bool) {
	n := a.numberFrom(j)
	return n, n < len(a.nums) && a.nums[n].Start == int(a.toks[j].Start)
}

// numberEnd returns the token after a number of the kind given that opens
// at token j (an age: "27-year-old"; a count: "12"), or j when none does.
func (a *article) numberEnd(j int32, kind text.NumKind) int32 {
	if n, ok := a.numberAt(j); ok && a.nums[n].Kind == kind {
		return a.tokenAt(a.nums[n].End-1) + 1
	}
	return j
}

// outsideOutlets drops the group mentions that lie inside the name of an
// outlet ("Farabundo Marti" in "Radio Farabundo Marti"): the radio speaks,
// the group it is named after does not act there.
func (a *article) outsideOutlets(groups []actor.Match) []actor.Match {
	if len(a.outlets) == 0 {
		return groups
	}
	out, k := groups[:0], 0
	for _, g := range groups {
		for k < len(a.outlets) && a.outlets[k].End <= g.Start {
			k++
		}
		if k < len(a.outlets) && a.outlets[k].Start <= g.Start && g.End <= a.outlets[k].End {
			continue
		}
		out = append(out, g)
	}
	return out
}

// notSplinters drops the group mentions that name a group split from
// them: in "an IRA splinter group" the word after the name makes the
// phrase another group ([splinter-word]), so the IRA is neither doer nor
// suspect of what the splinter did.
func (a *article) notSplinters(groups []actor.Match) []actor.Match {
	out := groups[:0]
	for _, g := range groups {
		rest := strings.TrimLeft(a.src[g.End:], " -")
		w := rest[:len(rest)-len(strings.TrimLeftFunc(rest, unicode.IsLetter))]
		if splinterWords[strings.ToLower(w)] {
			continue
		}
		out = append(out, g)
	}
	return out
}

// splinterWords: see [splinter-word] in lexicon/words.txt.
var splinterWords = lexicon.Words().Set("splinter-word")

// groupRange returns the indexes [lo, hi) of the group mentions starting in
// bytes [b0, b1).
func (a *article) groupRange(b0, b1 int) (int, int) {
	lo := sort.Search(len(a.groups), func(k int) bool { return a.groups[k].Start >= b0 })
	hi := sort.Search(len(a.groups), func(k int) bool { return a.groups[k].Start >= b1 })
	return lo, hi
}

// placeRange returns the indexes [lo, hi) of the place mentions starting in
// tokens [t0, t1).
func (a *article) placeRange(t0, t1 int32) (int, int) {
	lo := sort.Search(len(a.places), func(k int) bool { return a.places[k].t0 >= t0 })
	hi := sort.Search(len(a.places), func(k int) bool { return a.places[k].t0 >= t1 })
	return lo, hi
}

// dateRange returns the indexes [lo, hi) of the dates starting in bytes
// [b0, b1).
func (a *article) dateRange(b0, b1 int) (int, int) {
	lo := sort.Search(len(a.dates), func(k int) bool { return a.dates[k].Start >= b0 })
	hi := sort.Search(len(a.dates), func(k int) bool { return a.dates[k].Start >= b1 })
	return lo, hi
}

// sentBytes returns the byte span of sentence si.
func (a *article) sentBytes(si int32) (int, int) {
	return a.span(int32(a.sents[si].First), int32(a.sents[si].Last))
}
