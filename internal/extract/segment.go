package extract

import (
	"bytes"
	"cmp"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// story is what segment hands on to fill: the incidents of the article
// and what the rules filling one need to know of the others.
type story struct {
	incs  []*incident
	d0    int                   // index in dates of the main event's date; -1 none
	incOf map[int32][]*incident // the incidents each sentence tells of
}

// incident is a group of mentions that report one event.
type incident struct {
	ms    []*mention
	place int   // index in a.places of the place that defines it; -1 none
	date  int   // index in a.dates of its day; -1 none
	site  *site // the target it is about when a town saw several; nil otherwise
	// apart says the site is one of a list under one verb that later
	// sentences told apart (toldApart), not of attacks counted
	apart bool
	// counted says the site was set apart from a counted plural told
	// before ("struck two mosques"), not from a list (countedSiteIncident)
	counted bool
	// placedBack says a later sentence gave the place the lead left out
	// ("in a northern Iraqi city" ... "The attack in ... Tal Afar"): the
	// lead tells of this incident, not of all of the article's.
	placedBack bool
	// summary holds mentions that tell of this incident together with
	// others ("Four almost simultaneous explosions ... at X, Y and Z",
	// "a series of suicide bombings killed at least 40"): they say what
	// happened, but their figures are for all of them.
	summary map[*mention]bool
}

// day returns the day of an incident: its own date, or, when its
// sentences give none, the main event's date d0.
func (in *incident) day(d0 int) int {
	if in.date >= 0 {
		return in.date
	}
	return d0
}

// segment groups the current mentions into incidents: a mention joins the
// incident of the same place and day, or, naming no place, the one the
// text is telling of; a new place, a different day, or "another attack"
// starts a new incident. A headline or lead that only sums up the
// incidents told below (a state's toll over three villages) is not an
// incident of its own.
func (a *article) segment(n news) story {
	var incs []*incident
	var focus *incident
	d0 := n.d0
	for _, m := range n.ms {
		if m.hedged && !m.title {
			continue
		}
		p := a.mainPlace(m)
		d := a.eventDay(m)
		if d < 0 && !m.retold && !m.title {
			// "On Tuesday, ... marched on the collectorate. ... police
			// fired live rounds": the day that opens a paragraph dates
			// what the paragraph goes on to tell (paraDay)
			if k := a.paraDay(m.para); k >= 0 && a.sentOf[a.tokenAt(a.dates[k].Start)] != m.sent {
				d = k
			} else if k := a.resumedDay(m, d0); k >= 0 && p >= 0 {
				d = k
			}
		}
		if d >= 0 && (a.retoldDay(m, d) && toldFamily(incs, m) || a.orderedAfterTold(m, d, incs)) {
			// "received confirmation on Thursday of the engineer's
			// kidnapping": the kidnapping told, not one on Thursday; "was
			// arrested two days after Galan's assassination": Galan's
			// assassination told, not one two days before the dateline
			d = -1
		}
		if in, ok := a.siteIncidents(&incs, focus, m, p, d, d0); ok {
			focus = in
			continue
		}
		if p >= 0 && focus != nil && a.namesToldSite(m, p, focus) && a.sameDay(a.matchDay(focus, m, d0), d) {
			// "stormed a bar in Monterrey" ... "died in the Matehuala
			// bar": the bar told of, by its name, not a town
			focus.ms = append(focus.ms, m)
			continue
		}
		into := a.incidentFor(incs, focus, m, p, d, d0)
		if into != nil && p >= 0 && !a.broad(p) && a.broad(into.place) && !a.campaignTold(into) && a.alsoAttack(m) {
			// "The guerrillas also attacked civil defense positions in
			// Tonacatepeque" after a lead of clashes placed nowhere, or
			// only in an area (broad: a country, a division, near a
			// town): a deed besides those told, at a town of its own
			into = nil
		}
		if into != nil && into == focus && !titleOnly(into) && a.laterDeed(m) {
			// "Later in the day, gunmen in Kirkuk shot dead a construction
			// worker", after the mosque bombing in Kirkuk: a deed told
			// hours apart, brought in anew, is an event of its own, though
			// at the same town and day. Only after the event just told: one
			// the lead or headline only named ("Bombs ... in Adana and ...
			// Mersin" ... "Half an hour later, a bomb exploded at the fish
			// market in Mersin") is what the sentence goes on to tell
			incs = append(incs, &incident{place: into.place, date: into.date})
			into = incs[len(incs)-1]
		}
		if into != nil && a.alsoDeed(m, into) {
			// "The rebels also blew up two power pylons": the doer's
			// further deed of another kind, at the incident's place
			incs = append(incs, &incident{place: into.place, date: into.date})
			into = incs[len(incs)-1]
		}
		if k := a.placesTheAttack(m); k >= 0 && focus != nil && focus.place < 0 {
			// "The attack in the mainly Turkomen city of Tal Afar took
			// place one day after ...": the attack told so far, placed at
			// last; its day stays the one the lead gave. What the sentence
			// goes on to tell at another place is another event.
			focus.place, focus.placedBack = k, true
			if p < 0 || a.samePlace(p, k) {
				focus.ms = append(focus.ms, m)
				continue
			}
			into = a.incidentFor(incs, focus, m, p, d, d0)
		}
		if into == nil {
			if !m.specific && d < 0 {
				// "the attack ..." with nothing to say what happened; "an
				// attack" on a day of its own is a new one (genericDay)
				continue
			}
			if p < 0 && d < 0 && focus != nil && a.announcesOnly(m, focus) {
				continue // "It appears to be another doing of the ELN"
			}
			into = &incident{place: -1, date: -1}
			if d < 0 && focus != nil && (a.hoursApart(m) || a.countedAttack(m) && focus.date >= 0) {
				// "A second blast struck Medina district two hours
				// later": the day of the attack told before
				into.date = focus.date
			}
			anchor := focus
			if anchor != nil && listItem(anchor) {
				anchor = incs[0] // an item of a round-up list is not what the story goes on with (listItem)
			}
			if p < 0 && focus != nil && focus.place >= 0 && a.samePlaceWords(m) {
				// "In a second attack in the same district, a missile
				// destroyed a house": the place told before, named again
				// by its noun
				into.place = focus.place
			}
			if p < 0 && anchor != nil && d >= 0 && !a.sameDay(anchor.day(d0), d) && !a.unknownPlaceAfter(m) && !m.reaction && !a.otherCountry(m, anchor.place) && m.specific {
				// "Thursday night's explosions took place ... in the bar
				// district of the popular beach town": same town, other
				// day; "an attack" alone says too little to be there
				// too, and the sentences after it tell where
				into.place = anchor.place
			}
			incs = append(incs, into)
		}
		into.ms = append(into.ms, m)
		if p >= 0 && (into.place < 0 || a.places[into.place].water && a.offShore(into.place, p) || !a.perceived(m) && (a.contains(into.place, p) || a.namesArea(m, into.place, p) || !m.specific && a.broad(into.place) && a.places[p].chosen == nil || len(m.stmts) == 0 && a.areaHolds(into.place, p))) {
			// "the blast occurred in the Andar district" of Ghazni
			// province; where an attack was heard is not where it was
			into.place = p
		}
		if into.date < 0 && d >= 0 {
			into.date = d
		}
		if focus == nil || !a.passingDeed(m) {
			focus = into
		}
	}
	out := incs[:0]
	for _, in := range incs {
		for _, m := range in.ms {
			if m.specific || in.site != nil {
				out = append(out, in)
				break
			}
		}
	}
	out = a.absorbAsides(out)
	st := story{incs: a.absorbPerceived(a.absorbReported(a.absorbSites(a.absorbSummary(out, d0))), d0), d0: d0}
	a.spreadOverSet(st.incs)
	if len(st.incs) > 0 {
		st.incOf = map[int32][]*incident{}
		for _, in := range st.incs {
			for _, m := range in.ms {
				st.incOf[m.sent] = append(st.incOf[m.sent], in)
			}
		}
	}
	return st
}

// absorbAsides joins the incident of a headline's other event
// (headlineEarlier: "... after Mogadishu truck bomb"), when no body
// sentence joined it, to the body's incident that tells it again: one of
// the same kind whose sentences name one of its places, or, when the
// headline names none, one told in passing ("in retaliation for a PKK
// rocket attack on a border post in Hakkari"). Its day is the body's;
// left alone it took the story's day and stood as a record of its own.
// When the body tells it apart nowhere, the headline is read whole.
func (a *article) absorbAsides(incs []*incident) []*incident {
	out := incs[:0]
	for i, in := range incs {
		if !a.earlierOnly(in) {
			out = append(out, in)
			continue
		}
		host := a.asideHost(incs[i+1:], in, a.sharesPlace)
		if host == nil && !a.placed(in) {
			// "Warplanes hit rebel depot after rocket attack" then "in
			// retaliation for a PKK rocket attack on a border post in
			// Hakkari": told in passing, at a place the headline left out
			host = a.asideHost(incs[i+1:], in, func(_, b *incident) bool { return a.toldInPassing(b) })
		}
		if host == nil && !a.hoursAside(in) {
			// "KANO YOUTHS GO ON RAMPAGE AFTER MARKET SHOOTING": the body
			// tells the earlier deed only as the cause of the news, in its
			// sentence; the headline is read whole, as one event
			for _, b := range out {
				if b != in && slices.ContainsFunc(b.ms, func(m *mention) bool { return m.title && !a.headlineEarlier(m) }) {
					host = b
				}
			}
		}
		if host == nil {
			out = append(out, in)
			continue
		}
		host.ms = append(host.ms, in.ms...)
	}
	return out
}

// asideHost returns the first of incs, a body incident, that tells
// aside's event again: one that fits and has a kind of aside's, or nil.
func (a *article) asideHost(incs []*incident, aside *incident, fits func(x, y *incident) bool) *incident {
	for _, b := range incs {
		if titleOnly(b) || !fits(aside, b) {
			continue
		}
		for _, m := range aside.ms {
			if sameKind(b, m) {
				return b
			}
		}
	}
	return nil
}

// hoursAside reports whether incident in is told by the part of a
// headline that a span of hours splits off ("Egyptian warplanes hit
// Derna hours after Islamic State video shows Copts beheaded":
// hoursAfter): hours tell a deed of its own before the news, not its
// cause, so the headline is not read whole.
func (a *article) hoursAside(in *incident) bool {
	return slices.ContainsFunc(in.ms, func(m *mention) bool { return a.headlineHours(m) })
}

// placed reports whether a mention of incident in names a place.
func (a *article) placed(in *incident) bool {
	for _, m := range in.ms {
		if len(m.places) > 0 {
			return true
		}
	}
	return false
}

// toldInPassing reports whether incident in is told by a clause that
// tells an earlier deed in passing (passingDeed).
func (a *article) toldInPassing(in *incident) bool {
	for _, m := range in.ms {
		if !m.title && a.passingDeed(m) {
			return true
		}
	}
	return false
}

// sharesPlace reports whether a mention of incident x and one of y name
// the same place, a country included.
func (a *article) sharesPlace(x, y *incident) bool {
	for _, m := range x.ms {
		for _, p := range m.places {
			for _, o := range y.ms {
				for _, q := range o.places {
					if a.nestedPlaces(p, q) {
						return true
					}
				}
			}
		}
	}
	return false
}

// spreadOverSet gives a mention that says none were hurt in every attack
// of a set at once (ofEverySite: "Nobody was hurt in either blast", "no
// one was injured in the attacks"), and names no place of its own, to
// every incident of the set, as their summary: the incidents one earlier
// sentence told together ("two bombs, one in Tegucigalpa and the other in
// La Ceiba"). It had joined only the one the text was telling of. Only a
// statement of none is spread: it is what a summary lends each incident
// (count), and the rest of such a sentence ("No group has claimed either
// attack") has rules of its own.
func (a *article) spreadOverSet(incs []*incident) {
	if len(incs) < 2 {
		return
	}
	told := map[int32][]*incident{} // the incidents each sentence tells of
	for _, in := range incs {
		for _, m := range in.ms {
			if ins := told[m.sent]; len(ins) == 0 || ins[len(ins)-1] != in {
				told[m.sent] = append(ins, in)
			}
		}
	}
	for _, in := range incs {
		for _, m := range in.ms {
			if in.summary[m] || len(m.places) > 0 || m.title || !statesNone(m) || !a.ofEverySite(m) {
				continue
			}
			set := a.toldTogether(in, m, told)
			if len(set) < 2 {
				continue
			}
			for _, o := range set {
				if o.summary == nil {
					o.summary = map[*mention]bool{}
				}
				o.summary[m] = true
				if o != in {
					k, _ := slices.BinarySearchFunc(o.ms, m, func(x, y *mention) int { return int(x.t0 - y.t0) })
					o.ms = slices.Insert(o.ms, k, m)
				}
			}
		}
	}
}

// statesNone reports whether mention m says of an effect that it hit no
// one ("nobody was hurt").
func statesNone(m *mention) bool {
	for k := range m.stmts {
		if statedZero(&m.stmts[k]) {
			return true
		}
	}
	return false
}

// toldTogether returns the incidents that the last sentence before
// mention m telling of in and of others tells of, in among them; nil if
// none does.
func (a *article) toldTogether(in *incident, m *mention, told map[int32][]*incident) []*incident {
	for k := len(in.ms) - 1; k >= 0; k-- {
		o := in.ms[k]
		if o.sent >= m.sent || o.title {
			continue
		}
		if set := told[o.sent]; len(set) >= 2 {
			return set
		}
	}
	return nil
}

// siteIncidents files a mention under the sites it names, when a town saw
// attacks on several: a list of sites hit by several attacks ("bombs went
// off at the Ritz-Carlton and Marriott hotels") makes one incident per
// site; later, a mention naming one of them joins that site's incident,
// and one naming a new site hit ("An earlier bomb exploded near a Jewish
// cemetery") makes another. It reports false to leave the mention to the
// usual rules.
func (a *article) siteIncidents(incs *[]*incident, focus *incident, m *mention, p, d, d0 int) (*incident, bool) {
	sites, list := a.sites(m)
	// sites dealt over named spots are sites of one town: of the
	// mention's, or, naming none, of the incident told so far, unless the
	// mention measures its spot from a town ("80 km west of Kharg island")
	if town := p >= 0 && !a.broad(p) || p < 0 && len(m.yardsticks) == 0 && focus != nil && focus.place >= 0 && !a.broad(focus.place); !town {
		if u := undealt(sites); len(u) < len(sites) {
			sites = u
			list = len(sites) > 1 && list
		}
	}
	if list {
		// "one office, one bus and one transformer were damaged": what
		// the attack harmed, not sites of attacks of their own
		sites = slices.DeleteFunc(sites, a.harmed)
		list = len(sites) > 1
	}
	if len(sites) == 0 && len(m.stmts) > 0 {
		// "Two watchmen were wounded at the country club": a toll at a
		// site no target list knows, named as its item named it
		if in := a.namedSiteIncident(*incs, m); in != nil {
			in.ms = append(in.ms, m)
			return in, true
		}
	}
	apart := false
	if len(sites) > 1 && (!list || !a.severalAttacks(m, sites)) {
		if ss := a.toldApart(m, sites); ss != nil {
			// "attacked the French embassy and the headquarters of the
			// armed forces" ... "at the embassy" ... "At the army
			// headquarters": sites the story tells apart
			sites, list, apart = ss, true, true
		}
	}
	if len(sites) == 0 || !m.specific && !list {
		return nil, false
	}
	place := p
	if place < 0 && focus != nil {
		place = focus.place
	}
	if list && (apart || a.severalAttacks(m, sites)) {
		// the incident told so far, at one site of its own, is one of them:
		// "at the Radisson SAS Hotel ..." then "Two other hotels ..."
		if focus != nil && focus.site == nil {
			if s, ok := a.onlySite(focus); ok {
				focus.site = &s
			}
		}
		var last *incident
		marks := a.dealtOut(m)
		for i := range sites {
			place := place
			if k := a.itemPlace(m, marks, &sites[i]); k >= 0 {
				place = k // "a seventh blast ... in Dehiwala, and an eighth ... in Dematagoda": each attack's own town
			}
			in := a.siteIncident(*incs, sites[i], place, d, d0)
			if in == nil {
				in = &incident{place: place, date: d, site: &sites[i], apart: apart}
				*incs = append(*incs, in)
			}
			in.ms = append(in.ms, m)
			if in.summary == nil {
				in.summary = map[*mention]bool{}
			}
			in.summary[m] = true
			last = in
		}
		return last, true
	}
	siteMode, listMode, apartOnly := false, false, true
	for _, in := range *incs {
		if in.site != nil {
			siteMode = true
			listMode = listMode || !in.counted
			apartOnly = apartOnly && in.apart
		}
	}
	if !listMode {
		// sites told one by one after a counted plural: a mention joins
		// a named site told before, or names a further one
		// (countedSiteIncident); other nouns of places it names ("the
		// ministry gave its final figure") make no site
		if in := a.siteIncident(*incs, sites[0], place, d, d0); siteMode && in != nil && m.specific {
			in.ms = append(in.ms, m)
			return in, true
		}
		if in := a.countedSiteIncident(incs, focus, m, sites, place, d); in != nil {
			return in, true
		}
		return nil, false
	}
	s := sites[0]
	in := a.siteIncident(*incs, s, place, d, d0)
	if in == nil {
		// sites told apart (toldApart) are the story's sites; a target
		// named later ("destroyed aircraft") is what one of them held
		if !m.specific || apartOnly || focus != nil && focus.site != nil && focus.site.same(s) {
			return nil, false
		}
		in = &incident{place: place, date: d, site: &s}
		*incs = append(*incs, in)
	}
	in.ms = append(in.ms, m)
	if in.date < 0 {
		in.date = d
	}
	return in, true
}

// countedSiteIncident files mention m under a site of its own when the
// incident told so far, focus, was announced as struck at a counted
// number of sites of one kind ("Suicide bombers struck two mosques ... in
// Sanaa") and has named one of them ("The first bomber walked into the
// Badr mosque"), and m names another of that kind by a name of its own
// ("a third bomber attacked the al-Hashoosh mosque in the north of the
// city"): each named site is an incident, as a list of them would make
// (severalAttacks). It returns the new incident, or nil.
func (a *article) countedSiteIncident(incs *[]*incident, focus *incident, m *mention, sites []site, place, d int) *incident {
	if focus == nil || !m.specific || len(sites) == 0 {
		return nil
	}
	s := sites[0]
	if !a.siteNamed(s) {
		return nil
	}
	own, ok := a.namedSiteOf(focus, s.head)
	if !ok || own.same(s) || !a.countedSites(focus, s.head) {
		return nil
	}
	focus.site, focus.counted = &own, true
	in := &incident{place: place, date: d, site: &s, counted: true}
	in.ms = append(in.ms, m)
	*incs = append(*incs, in)
	return in
}

// namedSiteOf returns the one site of kind head that incident in names
// by a name of its own ("the Badr mosque"; not "the gate" of it), and
// whether there is exactly one.
func (a *article) namedSiteOf(in *incident, head string) (site, bool) {
	var found []site
	for _, m := range in.ms {
		ss, _ := a.sites(m)
		for _, s := range ss {
			if s.head != head || !a.siteNamed(s) || plural(a.lowerWord(s.t1-1)) {
				continue
			}
			if !slices.ContainsFunc(found, s.same) {
				found = append(found, s)
			}
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return site{}, false
}

// siteNamed reports whether site s is told by a name of its own: a
// capitalised word before its noun ("the Badr mosque").
func (a *article) siteNamed(s site) bool {
	for j := s.t0; j < s.t1; j++ {
		if a.toks[j].Has(text.Cap) && !a.inTitle(int(a.toks[j].Start)) {
			return true
		}
	}
	return false
}

// countedSites reports whether a mention of incident in names sites of
// kind head in the plural after a figure of two or more ("two mosques").
func (a *article) countedSites(in *incident, head string) bool {
	for _, m := range in.ms {
		for _, t := range a.termsIn(m.t0, m.t1) {
			w := a.lowerWord(t.t1 - 1)
			if t.p.Cat != lexicon.Target || !plural(w) || singular(w) != head && w != head+"es" {
				continue // "churches": singular keeps its e
			}
			if n, ok := a.numberAt(t.t0 - 1); ok && t.t0 > m.t0 && a.nums[n].Value >= 2 && !a.nums[n].Another {
				return true
			}
		}
	}
	return false
}

// namedSiteIncident returns the one site incident whose site mention m
// names by its head noun, after "the" or with a word of the site's own
// ("the club", "the country club"), or nil. The site lists of the lexicon
// find sites of the kinds they know (sites); a site read from an item
// dealt out (itemTarget) is known only by the words it was told in.
func (a *article) namedSiteIncident(incs []*incident, m *mention) *incident {
	var found *incident
	for _, in := range incs {
		if in.site == nil || in.site.t0 >= m.t0 && in.site.t1 <= m.t1 {
			continue
		}
		for j := m.t0; j < m.t1; j++ {
			if a.toks[j].Kind != text.Word || singular(a.lowerWord(j)) != in.site.head || !a.siteWordsBefore(j, in.site) {
				continue
			}
			if found != nil && found != in {
				return nil // two sites named: the clause is not one site's
			}
			found = in
		}
	}
	return found
}

// siteWordsBefore reports whether the head noun at token j is told as
// site s: right after "the", or after one of the words that tell s from
// another of its kind, within three words.
func (a *article) siteWordsBefore(j int32, s *site) bool {
	if a.lowerWord(j-1) == "the" {
		return true
	}
	for k := j - 1; k >= j-3 && k >= 0; k-- {
		for _, w := range s.mods {
			if a.lowerWord(k) == w {
				return true
			}
		}
	}
	return false
}

// namesToldSite reports whether place mention p of mention m is a name
// given to a site of the kind the incident told so far, already placed in
// a town, hit, after "the": "stormed a bar in Monterrey" ... "Four victims
// died in the Matehuala bar" names the bar told of, whatever town the
// gazetteer knows by that name. Of an incident placed no finer than a
// region the name is the town: "at a train station in southwestern China"
// ... "stormed the Kunming train station".
func (a *article) namesToldSite(m *mention, p int, in *incident) bool {
	pm := &a.places[p]
	if pm.t0 == 0 || a.lowerWord(pm.t0-1) != "the" || in.place < 0 || a.broad(in.place) || a.samePlace(in.place, p) {
		return false
	}
	var heads []string // the kinds of the sites the place names
	ss, _ := a.sites(m)
	for _, s := range ss {
		if s.t0 <= pm.t0 && s.t1 > pm.t1 {
			heads = append(heads, s.head)
		}
	}
	if len(heads) == 0 {
		return false
	}
	for _, o := range in.ms {
		told, _ := a.sites(o)
		for _, t := range told {
			if slices.Contains(heads, t.head) {
				return true
			}
		}
	}
	return false
}

// onlySite returns the one site an incident's mentions name, if they name
// exactly one. A plural names the set, not one of it: "targeted three
// churches" then "The first attack struck the Santa Maria Church" tells
// of one site.
func (a *article) onlySite(in *incident) (site, bool) {
	var found []site
	for _, m := range in.ms {
		ss, _ := a.sites(m)
		for _, s := range ss {
			if plural(a.lowerSpan(s.t1-1, s.t1)) {
				continue
			}
			dup := false
			for _, f := range found {
				dup = dup || f.same(s)
			}
			if !dup {
				found = append(found, s)
			}
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return site{}, false
}

// siteIncident returns the incident of site s at place on day d, or nil;
// d0 is the main event's date.
func (a *article) siteIncident(incs []*incident, s site, place, d, d0 int) *incident {
	var byHead *incident
	heads := 0
	for _, in := range incs {
		if in.site == nil || !a.sameDay(in.day(d0), d) || in.place >= 0 && place >= 0 && !a.samePlace(in.place, place) {
			continue
		}
		if in.site.same(s) {
			return in
		}
		if in.apart && in.site.head == s.head {
			byHead = in
			heads++
		}
	}
	if heads == 1 {
		// sites told apart by their kinds (toldApart): "the army
		// headquarters" is "the headquarters of the armed forces"
		return byHead
	}
	return nil
}

// severalAttacks reports whether a mention tells of one attack per site:
// attacks counted ("four almost simultaneous explosions", "two other
// hotels ... suffered attacks"), or plural attacks on sites with names of
// their own ("bombs went off at the Ritz-Carlton and Marriott hotels"),
// or dealt out item by item (dealtOut).
// Plural bombs near "a shrine and a market place" are one attack placed by
// two landmarks.
func (a *article) severalAttacks(m *mention, sites []site) bool {
	if a.dealtOut(m) != nil {
		return true // "three bombs went off, one at a bank, another at the university"
	}
	named := 0
	for _, s := range sites {
		for j := s.t0; j < s.t1; j++ {
			if a.toks[j].Has(text.Cap) && !a.isDemonym(j) && !faithWords[a.lowerWord(j)] && !a.sentenceInitial(j) {
				named++
				break
			}
		}
	}
	for _, t := range m.triggers {
		if t.p.Value == "generic" && !a.counted(t.t0) || a.hasTerm(t.t0, lexicon.Party, "") {
			continue
		}
		if a.counted(t.t0) {
			return true
		}
		if plural(a.lowerWord(t.t1-1)) && named >= 2 {
			return true
		}
	}
	return false
}

// manyDeedWords count an attack word in twos or more: counted.
var manyDeedWords = lexicon.Words().Set("many-deed-word") // lexicon/words.txt

// counted reports whether the attack word at token t is counted in twos or
// more: "four explosions", "twin bombings", "two other hotels ... attacks",
// "two car bombs were detonated". Before an auxiliary whose participle is
// a casualty word the count is of the victims ("seven students were
// shot"); another auxiliary is passed over, and does not use up the three
// words the count may stand back. An attack word after "to" is a verb
// ("arrived in two vehicles to storm the junction"): a verb is not
// counted, and the number before it counts another noun.
func (a *article) counted(t int32) bool {
	if a.lowerWord(t-1) == "to" {
		return false
	}
	lim := t - 3
	for j := t - 1; j >= 0 && j >= lim && a.sentOf[j] == a.sentOf[t]; j-- {
		if auxiliaries[a.lowerWord(j)] {
			if a.isCasualtyWord(j + 1) {
				return false // "seven students were shot": the count is of the victims
			}
			lim--
			continue
		}
		if manyDeedWords[a.lowerWord(j)] {
			return true
		}
	}
	// "Two other hotels ... also suffered attacks"
	s := a.sents[a.sentOf[t]]
	return sufferedCounts[a.lowerWord(int32(s.First))] && a.lowerWord(t-1) == "suffered"
}

// sufferedCounts open a sentence counting the sites that suffered attacks.
var sufferedCounts = lexicon.Words().Set("suffered-count") // lexicon/words.txt

// faithWords are capitalised adjectives that do not name a site.
var faithWords = lexicon.Words().Set("faith-word") // lexicon/words.txt

// absorbSites turns the incidents of a town that are not about one of its
// attacked sites into the summary of those sites: when two or more sites
// of that town were hit on that day, the article's lead ("a series of
// suicide bombings in Morocco killed at least 40") describes them all.
func (a *article) absorbSites(incs []*incident) []*incident {
	sited := 0
	for _, in := range incs {
		if in.site != nil {
			sited++
		}
	}
	if sited < 2 {
		return incs
	}
	out := make([]*incident, 0, len(incs))
	var summary []*mention
	for _, in := range incs {
		if in.site == nil && (in.place < 0 || a.sitesAt(incs, in)) {
			rest, told := a.sitesToldFirst(incs, in)
			summary = append(summary, rest...)
			out = append(out, told...)
			continue
		}
		out = append(out, in)
	}
	for _, in := range out {
		if in.site == nil {
			continue
		}
		if in.summary == nil {
			in.summary = map[*mention]bool{}
		}
		for _, m := range summary {
			in.ms = append(in.ms, m)
			in.summary[m] = true
		}
		if in.date < 0 && len(summary) > 0 {
			in.date = a.eventDay(summary[0])
		}
	}
	return out
}

// sitesToldFirst splits off the paragraphs of incident in, one of the
// town with no site of its own, that each tell an attack at a site before
// the paragraph that lists the town's other sites hit: "Men on motorcycles
// threw an explosive device at the immigration office at Farm Centre",
// "Minutes later a suicide bomber drove a car packed with explosives into
// the compound of the Zone 1 police headquarters. The blast set the
// building on fire", then "Explosions and shooting then hit the state
// police command headquarters, the office of the State Security Service,
// and police stations at Fegge". Such a paragraph is its site's incident,
// as a sentence naming a new site after the list is (siteIncidents); as
// the summary it lent its bomber to every site. It returns the mentions
// left for the summary and the incidents split off.
func (a *article) sitesToldFirst(incs []*incident, in *incident) (rest []*mention, told []*incident) {
	list := -1 // the first paragraph that tells one of the listed sites
	for _, o := range incs {
		for _, m := range o.ms {
			if o.site != nil && !m.title && (list < 0 || m.para < list) {
				list = m.para
			}
		}
	}
	var cur *incident
	for i, m := range in.ms {
		if i == 0 || m.para != in.ms[i-1].para {
			cur = nil
			if s, ok := a.siteToldFirst(incs, m, list); ok {
				cur = &incident{place: in.place, date: in.date, site: &s}
				if d := a.eventDay(m); cur.date < 0 {
					cur.date = d
				}
				told = append(told, cur)
			}
		}
		if cur != nil {
			cur.ms = append(cur.ms, m)
			continue
		}
		if o := a.listedSiteOf(incs, m); o != nil {
			k, _ := slices.BinarySearchFunc(o.ms, m, func(x, y *mention) int { return int(x.t0 - y.t0) })
			o.ms = slices.Insert(o.ms, k, m)
			continue
		}
		rest = append(rest, m)
	}
	return rest, told
}

// listedSiteOf returns the one incident of incs at a site that mention m
// names, when every site m names is that one: "Gunmen burst into a
// Catholic church ... and killed the priest and five members of the
// congregation", told before "The gunmen then set fire to the church, ...
// before going to the local health centre", tells the church's deed, not
// the health centre's; nil when m names no site or more than one.
func (a *article) listedSiteOf(incs []*incident, m *mention) *incident {
	if m.title {
		return nil
	}
	var host *incident
	sites, _ := a.sites(m)
	for i, s := range sites {
		if a.pluralSite(s) || a.harmed(s) || a.siteInside(s, sites, i) {
			continue
		}
		var at *incident
		for _, o := range incs {
			if o.site == nil || !o.site.same(s) {
				continue
			}
			if at != nil {
				return nil // "the church" of two churches: which one is not told
			}
			at = o
		}
		if at == nil || host != nil && host != at {
			return nil
		}
		host = at
	}
	return host
}

// siteToldFirst returns the site of the attack that mention m, opening a
// paragraph of the body after the lead's and before paragraph list, tells
// by an attack word that says what was done ("threw an explosive device
// at the immigration office"), when no incident of incs is at that site
// and it is no set ("two Jakarta hotels") nor a thing harmed.
func (a *article) siteToldFirst(incs []*incident, m *mention, list int) (site, bool) {
	if m.title || m.para == a.lead || list < 0 || m.para >= list || !a.toldHow(m) {
		return site{}, false
	}
	sites, _ := a.sites(m)
	for i, s := range sites {
		if a.pluralSite(s) || a.harmed(s) || a.siteInside(s, sites, i) {
			continue
		}
		for _, o := range incs {
			if o.site != nil && o.site.same(s) {
				return site{}, false
			}
		}
		return s, true
	}
	return site{}, false
}

// toldHow reports whether mention m has an attack word that is not
// generic: it says what was done.
func (a *article) toldHow(m *mention) bool {
	for _, t := range m.triggers {
		if t.p.Value != "generic" {
			return true
		}
	}
	return false
}

// sitesAt reports whether other incidents are sites of the town of in.
func (a *article) sitesAt(incs []*incident, in *incident) bool {
	for _, o := range incs {
		if o.site != nil && o.place >= 0 && a.samePlace(o.place, in.place) {
			return true
		}
	}
	return false
}

// incidentFor returns the incident a mention at place p (-1: none) on day d
// (-1: none) belongs to, or nil for a new one; d0 is the main event's
// date.
func (a *article) incidentFor(incs []*incident, focus *incident, m *mention, p, d, d0 int) *incident {
	if p >= 0 {
		for _, in := range incs {
			if in.place >= 0 && a.samePlace(in.place, p) && a.earlierOnly(in) && a.passingDeed(m) {
				// "... after Mogadishu truck bomb" then "a day after a
				// truck bomb ... in the capital Mogadishu": the earlier
				// event the headline named, told in passing again
				return in
			}
		}
		if m.specific && (a.anotherHere(m) || a.alsoInArea(m)) {
			return nil // "Another bomb exploded in Bogota": a second event at the town of the first
		}
		for _, in := range incs {
			if in.place >= 0 && (a.samePlace(in.place, p) || a.offShore(in.place, p)) && a.sameDay(a.matchDay(in, m, d0), d) {
				return in // "off Dubai" is a spot of the attack "in the Gulf" (offShore)
			}
			if in.place >= 0 && a.headlineArea(in, m, p) && a.sameDay(in.date, d) {
				return in // a headline gives no day but its own
			}
		}
		if focus == nil || !a.sameDay(a.matchDay(focus, m, d0), d) || a.another(m) {
			return nil // "In another attack in Mardan": not the focus's place, even when it had none
		}
		switch {
		case focus.place < 0,
			a.contains(p, focus.place),                       // "in Ghazni province", of an attack in Andar district
			a.contains(focus.place, p),                       // the district of an attack first placed in its province
			len(m.stmts) == 0 && a.areaHolds(focus.place, p), // "the Singhpora-Chatroo forest area" of a gunfight in Kishtwar district
			!m.specific: // "The drama at Sipadan Island unfolded at 8 pm"
			return focus
		case len(m.stmts) == 0 && !m.split && !a.another(m) && d < 0 && !a.farTowns(focus.place, p) && !a.otherTown(focus.place, p) && !a.outsideArea(focus.place, p) && !a.doneBy(m) && !a.newAttack(m, focus, p):
			// a detail of the event told so far, at a spot inside it:
			// "The blast in the Orangi Town neighborhood tore through the
			// van", "near Jagargunda village when the IED went off"; not
			// a deed a force did at a place of its own ("its troops had
			// captured the Libyan outpost of Gouro")
			return focus
		case !m.split && d < 0 && (a.toldBack(m) || a.definiteDoer(m)) && !a.another(m) && !a.farTowns(focus.place, p) && !a.outsideArea(focus.place, p):
			// "At least nine people were also injured in the blast ... in
			// the Hamarweyne district, said Police Capt. Mohamed Hussein":
			// a sentence that names its attack only by a definite noun
			// tells again the one told so far, at a spot of it, though a
			// speaker tells it; so does one whose lone doer is told again
			// ("the bomber, who struck the cattle market in the central
			// district of Kasuwa": definiteDoer)
			return focus
		case len(m.stmts) == 0 && !m.split && d < 0 && a.namesPlaceOf(m, p, focus.place):
			// "The blast took place in the San Cristobal neighborhood ... in
			// southern Bogota": the sentence puts its spot in the focus's town,
			// though the gazetteer knows a town of that name far off
			return focus
		}
		return nil
	}
	if a.another(m) || a.unknownSiteAnew(m, focus) || a.regionOpener(m) {
		return nil
	}
	// a sentence naming no place goes on with the incident its paragraph
	// tells of, or else with the article's main one
	target := focus
	if target != nil && target.ms[len(target.ms)-1].para != m.para && len(incs) > 0 && !a.goesOnWithDay(target, m, d) {
		target = a.mainIncident(incs)
	}
	if in := a.placeToldBefore(incs, focus, m); in != nil {
		target = in
	}
	if target != nil && a.sameDay(a.matchDay(target, m, d0), d) && !a.elsewhere(m, target.place) {
		return target
	}
	// a paragraph that opens with the day of an item of a round-up ("a
	// day after officers shot dead 11 people") tells that item in full
	opened := d >= 0 && a.paraDay(m.para) == d
	for _, in := range incs {
		if d >= 0 && a.sameDay(in.day(d0), d) && !a.elsewhere(m, in.place) && (opened || !listItem(in)) {
			return in
		}
	}
	return nil
}

// goesOnWithDay reports whether mention m, naming no place and no day
// (d), goes on with the incident focus that the paragraph right before
// m's told on the day that opened it (paraDay): "On Tuesday, ... police
// fired live rounds." then "Officials first said nine had died; the toll
// later rose to 11" counts Tuesday's dead, not those of the story's main
// incident. A paragraph that moves the story to another day is read on
// by the next, until one names a day or place of its own. Only a toll
// goes on so: a sentence naming a deed by an attack word of its own ("no
// organization has claimed responsibility for these two murders or for
// the explosive device that destroyed the headquarters": namesAttack)
// may tell any of the story's deeds, and a reaction or a word of the
// events with nothing told of them ("The army said it deeply regretted
// the loss of lives") speaks of the story as a whole.
func (a *article) goesOnWithDay(focus *incident, m *mention, d int) bool {
	if d >= 0 || m.title || !m.specific || m.reaction || a.namesAttack(m) || focus.date < 0 {
		return false
	}
	last := focus.ms[len(focus.ms)-1]
	k := a.paraDay(last.para)
	if k < 0 {
		k = a.paraOwnerDay(last.para)
	}
	return last.para == m.para-1 && k >= 0 && a.sameDay(k, focus.date)
}

// paraOwnerDay returns the index in a.dates of the day that opens
// paragraph para in the possessive, owning the event the paragraph tells
// ("Saturday's blast tore through the junction ..."), or -1. It dates the
// paragraph as "On Saturday, ..." does (paraDay), so the toll the next
// paragraph gives with no place or day ("A government official told
// Reuters at least 90 people had died") counts that event's dead, not
// those of the story's main incident (goesOnWithDay).
func (a *article) paraOwnerDay(para int) int {
	k := a.paraFirstDay(para)
	if k < 0 {
		return -1
	}
	d := a.dates[k]
	e := a.tokenAt(d.End - 1)
	if t := a.tokenAt(d.Start); t != int32(a.sents[a.sentOf[t]].First) || int(e+3) >= len(a.toks) {
		return -1
	}
	if a.word(e+2) != "s" || (a.word(e+1) != "'" && a.word(e+1) != "’") || a.toks[e+3].Kind != text.Word {
		return -1
	}
	return k
}

// placeToldBefore returns the incident whose town a sentence of mention
// m's paragraph, before m and after the last mention of focus, names
// after an event preposition though it tells no violence of its own, or
// nil: "About three hours later a man wearing an explosive vest tried to
// enter St Mark's Cathedral in Alexandria. Turned back at the metal
// detectors, he blew himself up at the gate" goes on with the attack in
// Alexandria, the one last told of, not the one the paragraph before
// told. Only the town of one incident of several counts.
func (a *article) placeToldBefore(incs []*incident, focus *incident, m *mention) *incident {
	if focus == nil || len(incs) < 2 || m.title {
		return nil
	}
	last := focus.ms[len(focus.ms)-1].sent
	for si := m.sent - 1; si > last && si >= 0 && a.sents[si].Para == m.para; si-- {
		s := a.sents[si]
		lo, hi := a.placeRange(int32(s.First), int32(s.Last))
		for k := hi - 1; k >= lo; k-- {
			if pm := &a.places[k]; pm.country || !eventPreps[pm.prep] {
				continue
			}
			var found *incident
			for _, in := range incs {
				if in.place >= 0 && a.samePlace(in.place, k) {
					if found != nil {
						return nil
					}
					found = in
				}
			}
			if found != nil {
				if found == focus {
					return nil
				}
				return found
			}
		}
	}
	return nil
}

// mainIncident returns the incident of incs the article is mainly about:
// the first, unless that one holds only the headline, naming a broad area
// (a region), and the next is the lead's, at a spot (a town, a village)
// the headline's area holds or not (absorbSummary kept them apart). The
// headline only names in brief what the lead tells, so a sentence naming
// no place further down goes on with the lead's incident, not the
// headline's ("Ethiopian army says Tigray strike hit fighters" ... "an
// air strike on a busy market in the Tigray village of Togoga" ... "The
// strike hit the market at about 1 p.m. on Tuesday").
func (a *article) mainIncident(incs []*incident) *incident {
	if !titleOnly(incs[0]) || len(incs) < 2 || incs[0].place < 0 {
		return incs[0]
	}
	if a.broad(incs[0].place) && incs[1].place >= 0 && !a.broad(incs[1].place) {
		return incs[1]
	}
	if slices.ContainsFunc(incs[1].ms, func(m *mention) bool { return m.para == a.lead && !a.namesPlace(m, incs[0].place) }) {
		// "Suicide bomber kills 52 ... in Balochistan; second blast hits
		// Hangu mosque", placed at Hangu, then a lead at Mastung that
		// names no Hangu: the headline alone may join two deeds, and the
		// story goes on with the one its lead tells
		return incs[1]
	}
	return incs[0]
}

// namesPlace reports whether mention m names place k, by k's own name or
// another mention of the same place.
func (a *article) namesPlace(m *mention, k int) bool {
	lo, hi := a.placeRange(m.t0, m.t1)
	for q := lo; q < hi; q++ {
		if q == k || a.samePlace(q, k) {
			return true
		}
	}
	return false
}

// namesPlaceOf reports whether mention m names, besides its place p,
// place k itself: the spot it gives lies in k.
func (a *article) namesPlaceOf(m *mention, p, k int) bool {
	if k < 0 {
		return false
	}
	for _, q := range m.places {
		if q != p && !a.places[q].country && a.samePlace(q, k) {
			return true
		}
	}
	return false
}

// listItem reports whether incident in is told only in a clause of a
// round-up sentence ("..., and one in southern Trang on Thursday"): an
// item the list tells in full. A later sentence that names no place
// ("Thursday night's explosions took place ... in the bar district of
// the popular beach town") goes on with the story's own incidents, not
// with an item that merely shares its day.
func listItem(in *incident) bool {
	for _, m := range in.ms {
		if !m.split || m.sent != in.ms[0].sent {
			return false
		}
	}
	return true
}

// titleOnly reports whether incident in is told only in the headline.
func titleOnly(in *incident) bool {
	for _, m := range in.ms {
		if !m.title {
			return false
		}
	}
	return true
}

// namesInFull reports whether mention m names in full, after a compass
// word, the place that mention k names in short: a headline's "Soldier
// killed in Samar ambush" over "an ambush in Northern Samar", "Militants
// attack checkpoint in Sinai" over "the North Sinai province". The short
// name is the full one's, whatever the gazetteer makes of it alone.
func (a *article) namesInFull(m *mention, k int) bool {
	if k < 0 {
		return false
	}
	pk := &a.places[k]
	n := pk.t1 - pk.t0
	for _, q := range m.places {
		pq := &a.places[q]
		if q == k || pq.t1-pq.t0 != n+1 {
			continue
		}
		if w := a.lowerWord(pq.t0); !compassAdjectives[w] && !compass[w] {
			continue
		}
		same := true
		for i := int32(0); i < n && same; i++ {
			same = strings.EqualFold(a.word(pk.t0+i), a.word(pq.t0+1+i))
		}
		if same {
			return true
		}
	}
	return false
}

// namesArea reports whether the body tells in full the area that place
// mention k names bare: mention m's place p lies in a division of k's
// name (namesDivisionOf), or m gives k's name after a compass word
// (namesInFull). Short and full, the two name one area.
func (a *article) namesArea(m *mention, k, p int) bool {
	return a.namesDivisionOf(k, p) || a.namesInFull(m, k)
}

// headlineArea reports whether incident in is a headline's alone, placed
// by a bare name whose area mention m, at place p, tells in full
// (namesArea): "Taliban attack kills six police in Kunduz" over "the Khan
// Abad district of northern Kunduz province" names the province, not its
// capital, though the gazetteer reads the bare name as the town. A
// headline sums up; the body tells where.
func (a *article) headlineArea(in *incident, m *mention, p int) bool {
	return titleOnly(in) && a.namesArea(m, in.place, p)
}

// namesDivisionOf reports whether place mention k, resolved to a town,
// bears the name of a division that holds place mention p (the town and
// p in one province named like the town: Kunduz in Kunduz, Arauca in
// Arauca Department). In a headline (headlineArea) and in the body alike,
// "a bomb exploded in Kunduz" and then "went off in the Khan Abad
// district" tell one blast, and the bare name is the province's; a name
// told as the town ("Kunduz city", "Kunduz, the provincial capital") is
// the town's (toldAsTown). The news may spell the name otherwise than the
// gazetteer spells the division ("Saada" for Şa‘dah): the town's own
// gazetteer name then says it is the division's namesake seat. A noun
// after the name that is no town's ("Army drone strike on Kaduna
// village", "Air strikes on Idlib market") leaves it the division's: the
// gazetteer's town is no village and no market. A spot the gazetteer
// lacks lies where the text puts it (heldFeature): "Tudun Biri, a
// village in Igabi local government area" is in Kaduna State.
func (a *article) namesDivisionOf(k, p int) bool {
	if k < 0 || p < 0 || k == p {
		return false
	}
	ck, cp := a.places[k].chosen, a.heldFeature(p)
	if ck == nil || cp == nil || ck == cp || ck.Kind != gazetteer.Place || a.townNoun(k) ||
		ck.CountryCode != cp.CountryCode || ck.Admin1() == "" || ck.Admin1() != cp.Admin1() || a.toldAsTown(k) {
		return false
	}
	// the name as the text spells it ("Saada"), then as the gazetteer
	// names the town ("Sa'dah"): the division bears the gazetteer's
	// spelling ("Şa‘dah"), the news another
	a.buf = a.appendNameKey(a.buf[:0], k)
	n := len(a.buf) // a.buf[:n] is the text's key, a.buf[n:m] the town's, the division's follows them
	a.buf = gazetteer.AppendKey(a.buf, ck.Name)
	m := len(a.buf)
	divs := [2]string{cp.Admin1()}
	if cp.Kind > gazetteer.Admin2 && ck.Admin2() == cp.Admin2() {
		divs[1] = cp.Admin2()
	}
	for _, div := range divs {
		if div == "" {
			continue
		}
		a.buf = gazetteer.AppendKey(a.buf[:m], div)
		key := a.buf[m:]
		if i := bytes.LastIndexByte(key, ' '); i > 0 {
			if kind := placeNouns[string(key[i+1:])]; kind == record.GeoAdmin1 || kind == record.GeoAdmin2 {
				key = key[:i] // "arauca department"
			}
		}
		if i := bytes.Index(key, []byte(" of ")); i > 0 {
			if kind := placeNouns[string(key[:i])]; kind == record.GeoAdmin1 || kind == record.GeoAdmin2 {
				key = key[i+4:] // "province of sulu"
			}
		}
		if bytes.Equal(key, a.buf[:n]) || bytes.Equal(key, a.buf[n:m]) {
			return true
		}
	}
	return false
}

// townNoun reports whether place mention k has a place noun that keeps
// it a town's name rather than a division's: any noun told before it or
// in an apposition ("the town of Kunduz", "Kunduz, a town in") and,
// after it, one that names a town of its own ([own-town-noun]: "Kunduz
// city"). Another noun after the name ("Kaduna village", "Idlib market")
// is a thing in the area the name stands for.
func (a *article) townNoun(k int) bool {
	pm := &a.places[k]
	if pm.noun == "" {
		return false
	}
	return ownTownNouns[pm.noun] || a.nounAfter(pm) != pm.noun
}

// heldFeature returns the gazetteer entry of place mention p or, for a
// spot the gazetteer lacks, of the nearest place the text puts it in
// that is no country (linkContainers); nil when there is none.
func (a *article) heldFeature(p int) *gazetteer.Feature {
	for n := 0; p >= 0 && n < 4; n++ {
		pm := &a.places[p]
		if pm.chosen != nil {
			if pm.country {
				return nil
			}
			return pm.chosen
		}
		p = pm.in
	}
	return nil
}

// toldAsTown reports whether place mention k is told as a town by an
// apposition after it: "Kunduz, the provincial capital", "Yala, a town
// near the border".
func (a *article) toldAsTown(k int) bool {
	j := a.places[k].t1
	if int(j) >= len(a.toks) || a.word(j) != "," || a.sentOf[j] != a.sentOf[a.places[k].t0] {
		return false
	}
	for e := j + 1; e < int32(len(a.toks)) && e <= j+4 && a.sentOf[e] == a.sentOf[j]; e++ {
		if w := a.lowerWord(e); townAppositions[w] || settlementNouns[w] {
			return true
		}
		if a.toks[e].Kind != text.Word {
			return false
		}
	}
	return false
}

// townAppositions tell a name as a town's beside settlementNouns
// (toldAsTown).
var townAppositions = lexicon.Words().Set("town-apposition") // lexicon/words.txt

// doneBy reports whether mention m tells an attack with its armed doer
// as the subject: "its troops had captured the outpost".
func (a *article) doneBy(m *mention) bool {
	for _, t := range m.triggers {
		if a.doerOf(t) {
			return true
		}
	}
	return false
}

// toldBack reports whether mention m names its attack only by nouns a
// back pointer opens ("the blast", "this attack": backPointers): the
// reader knows the event already.
func (a *article) toldBack(m *mention) bool {
	for _, t := range m.triggers {
		if t.t0 < 1 || !backPointers[a.lowerWord(t.t0-1)] {
			return false
		}
	}
	return len(m.triggers) > 0
}

// definiteDoer reports whether mention m tells its attack with a lone
// doer the reader knows already as the subject: a singular armed agent a
// back pointer opens ("the bomber, who struck the cattle market", "the
// attacker detonated his explosive-laden vehicle"). One attacker told
// again is the attack told so far, at a spot of it.
func (a *article) definiteDoer(m *mention) bool {
	first := int32(a.sents[m.sent].First)
	for _, t := range m.triggers {
		if !a.asserted(t.t0) || a.passiveBefore(t) {
			continue
		}
		j, _, ok := a.agentTokenBefore(t.t0, first)
		if !ok || plural(a.lowerWord(j)) || j-1 < first {
			continue
		}
		d := j - 1
		if !backPointers[a.lowerWord(d)] && d-1 >= first && !a.toks[d].Has(text.Cap) {
			d-- // "the suicide bomber"
		}
		if backPointers[a.lowerWord(d)] {
			return true
		}
	}
	return false
}

// newAttack reports whether mention m at place p brings in an attack the
// text has not told yet, by an indefinite noun: "the team fell into an
// ambush" at another village is a second event, where "the blast" or "the
// IED" at a spot tells again the one before. At the focus's own place or
// a place inside it, the indefinite re-tells the focus ("the soldiers died
// in an ambush in the same village").
func (a *article) newAttack(m *mention, focus *incident, p int) bool {
	if p >= 0 && focus.place >= 0 && (a.samePlace(focus.place, p) || a.contains(focus.place, p)) {
		return false
	}
	for _, t := range m.triggers {
		if t.p.Value == "generic" || t.t0 <= m.t0 {
			continue
		}
		if w := a.lowerWord(t.t0 - 1); w == "a" || w == "an" {
			return true
		}
	}
	return false
}

// unknownSiteAnew reports whether mention m, naming no place the
// gazetteer knows, opens its clause with an attack of its own placed at
// a name the gazetteer does not hold: "A Russian air attack on a shelter
// for displaced families in Maarat Misrin killed 10", after a mother and
// her children were killed in Binnish. The indefinite noun the clause
// begins with brings in an event not yet told, and the capitalised name
// after "in" is its own place, not a spot of the incident placed before.
// The clause may follow a fronted time phrase ("Just over an hour later,
// a bomb exploded ... out of Maelbeek station") or a speaker ("Kurdish
// officials said a car bomb also exploded at a checkpoint in southern
// Kobani"): the subject is still the new attack (subjectOpening). The
// name may follow a compass adjective ("southern Kobani"), or "of" when a
// facility noun follows it ("out of Maelbeek station").
func (a *article) unknownSiteAnew(m *mention, focus *incident) bool {
	return a.unknownSiteName(m, focus) >= 0
}

// unknownSiteName returns the first token of the name unknownSiteAnew
// reads as the new attack's own place, or -1.
func (a *article) unknownSiteName(m *mention, focus *incident) int32 {
	if focus == nil || focus.place < 0 || !m.specific || a.cs != text.Mixed {
		return -1
	}
	s := a.sents[m.sent]
	first := a.subjectOpening(m)
	if first < 0 {
		return -1
	}
	for _, t := range m.triggers {
		if t.t0 <= first || t.t0 > first+3 {
			continue
		}
		for j := t.t1; j+1 < int32(s.Last); j++ {
			w := a.lowerWord(j)
			if w != "in" && w != "at" && w != "near" && w != "of" {
				continue
			}
			n := j + 1
			if w != "of" && compassAdjectives[a.lowerWord(n)] {
				n++ // "in southern Kobani"
			}
			if !a.toks[n].Has(text.Cap) || a.isDemonym(n) || stopWords[a.lowerWord(n)] || a.lowerWord(n) == "the" {
				continue
			}
			if w == "of" && !a.hasTerm(n+1, lexicon.Target, "") {
				continue // "the office of Mayor Smith"; "out of Maelbeek station" names a site
			}
			b0 := int(a.toks[n].Start)
			if lo, hi := a.dateRange(b0, b0+1); lo < hi {
				continue
			}
			if lo, hi := a.placeRange(n, n+1); lo == hi {
				return n
			}
		}
	}
	return -1
}

// subjectOpening returns the token of mention m's sentence that opens
// its main clause with an indefinite article, or -1: the sentence's first
// token ("A bomb exploded"), the first after a fronted phrase that names
// no attack and ends in a comma ("Just over an hour later, a bomb"), or
// the first after a speaker's verb near the start ("Kurdish officials
// said a car bomb", "said that a").
func (a *article) subjectOpening(m *mention) int32 {
	s := a.sents[m.sent]
	first, last := int32(s.First), int32(s.Last)
	indef := func(j int32) bool { w := a.lowerWord(j); return j < last && (w == "a" || w == "an") }
	if indef(first) {
		return first
	}
	for j := first; j < last && j <= first+8; j++ {
		if a.hasTerm(j, lexicon.Trigger, "") {
			return -1
		}
		w := a.lowerWord(j)
		if w == "," || reportVerbs[w] {
			k := j + 1
			if w != "," && a.lowerWord(k) == "that" {
				k++
			}
			if indef(k) {
				return k
			}
			if w != "," {
				return -1
			}
		}
	}
	return -1
}

// elsewhere reports whether mention m, whose places stand too far from
// its attack words to be where it happened (mainPlace), names only towns
// far from place k, the incident's own: "advances on the southern front
// near the port of Assab, saying its troops had captured a ridge" tells
// of another front than the offensive placed southwest of Barentu, 600
// km away, and is not that incident's detail but an event of its own.
// A place where speakers are (speakersIn) names no site either way.
func (a *article) elsewhere(m *mention, k int) bool {
	if k < 0 || len(m.places) == 0 {
		return false
	}
	far := false
	for _, p := range m.places {
		if a.speakersIn(p) {
			// "Officials in Niamey said ... several of them were killed in
			// the fighting": where the speakers are is no site
			continue
		}
		if !a.farTowns(k, p) {
			return false
		}
		far = true
	}
	return far
}

// offShore reports whether one of place mentions k and p is waters ("the
// Gulf") and the other a coastal place the text sets a deed off ("off
// Dubai", "15 miles off Sirri Island"): both tell one scene at sea, the
// coast saying more nearly where on the sea it was. "Iranian gunboats
// attacked a tanker in the Gulf" and "the tanker was hit off Dubai" are
// one attack, placed at the coast (the record has no point at sea).
func (a *article) offShore(k, p int) bool {
	if k < 0 || p < 0 || k == p {
		return false
	}
	km, pm := &a.places[k], &a.places[p]
	if pm.water {
		km, pm = pm, km
	}
	return km.water && !pm.water && pm.prep == "off" && !pm.country && !pm.demonym
}

// farTowns reports whether place mentions k and p are towns the
// gazetteer places too far apart for one to be a spot of an event at the
// other: "near the major Iraqi port city of Basra" tells of another front
// than an offensive north of Baghdad.
func (a *article) farTowns(k, p int) bool {
	if k < 0 || p < 0 {
		return false
	}
	ck, cp := a.places[k].chosen, a.places[p].chosen
	if ck == nil || cp == nil || ck.Kind != gazetteer.Place || cp.Kind != gazetteer.Place {
		return false
	}
	return gazetteer.DistanceKm(ck.Lat, ck.Lon, cp.Lat, cp.Lon) > farSpotKm
}

// otherTown reports whether place mention p is told as a town of its own
// ("the Rift Valley city of Nakuru", "the Nile Delta city of Tanta":
// [own-town-noun] and "of" before the name), one the gazetteer knows and
// another than the town place mention k names: a spot inside a town is a
// street, a district or a building, never another city, however near.
// "In the Rift Valley city of Nakuru, police fired at a crowd", after the
// shooting in Nairobi, tells a second site, not a spot of the first.
func (a *article) otherTown(k, p int) bool {
	if k < 0 || p < 0 || a.samePlace(k, p) {
		return false
	}
	ck, cp := a.places[k].chosen, a.places[p].chosen
	if ck == nil || cp == nil || ck == cp || ck.Kind != gazetteer.Place || cp.Kind != gazetteer.Place {
		return false
	}
	t0 := a.places[p].t0
	return t0 >= 2 && a.lowerWord(t0-1) == "of" && ownTownNouns[a.lowerWord(t0-2)] && a.sentOf[t0-2] == a.sentOf[t0]
}

// ownTownNouns tell the name after them and "of" as a town of its own
// (otherTown).
var ownTownNouns = lexicon.Words().Set("own-town-noun") // lexicon/words.txt

// outsideArea reports whether place mention p is a town the gazetteer
// puts in another province than the division that place mention k names:
// "Near Valledupar, armed men kidnapped two ranchers" is no spot of a
// kidnapping "in Huila department", though no distance between a
// province and a town says so (farTowns).
func (a *article) outsideArea(k, p int) bool {
	if k < 0 || p < 0 {
		return false
	}
	ck, cp := a.places[k].chosen, a.places[p].chosen
	if ck == nil || cp == nil || ck.CountryCode != cp.CountryCode || ck.Admin1() == "" || cp.Admin1() == "" {
		return false
	}
	return (ck.Kind == gazetteer.Admin1 || ck.Kind == gazetteer.Admin2) && cp.Kind == gazetteer.Place && cp.Admin1() != ck.Admin1()
}

// farSpotKm is the distance past which a town is no spot of an event at
// another: a district's villages lie within it.
const farSpotKm = 150

// areaHolds reports whether place mention p, a site the gazetteer lacks
// that the text puts in no other place, lies in the area that place
// mention k names (a division, or a town named with its district noun): told on
// the same day, "the Singhpora-Chatroo forest" is where the gunfight "in
// Kishtwar district" was. The story's geography places a site it does
// not locate in the area it has named.
func (a *article) areaHolds(k, p int) bool {
	if k < 0 || p < 0 || k == p {
		return false
	}
	pm, km := &a.places[p], &a.places[k]
	if pm.chosen != nil || pm.water || km.country || km.water {
		return false
	}
	if pm.in >= 0 {
		// "the Darel valley of Diamer district, Gilgit-Baltistan" under
		// "Pakistan's Diamer district": in the district, or beside it in
		// the province that holds both
		return pm.in == k || a.samePlace(pm.in, k) || km.chosen == nil && km.in == pm.in && adminNoun(km.noun)
	}
	if km.chosen == nil {
		return adminNoun(km.noun) // "Pakistan's Diamer district", a district the gazetteer lacks
	}
	if km.chosen.Kind == gazetteer.Admin1 || km.chosen.Kind == gazetteer.Admin2 {
		return true
	}
	// the town named elsewhere with its district noun: "J&K's Kishtwar"
	// in the headline, "Kishtwar district" in the lead
	for j := range a.places {
		if adminNoun(a.places[j].noun) && (a.samePlace(j, k) || a.contains(j, k)) {
			return true
		}
	}
	return false
}

// clockUnits are the units of the clock and clockRelations the words
// after them ("hours later"): hoursApart; hoursAfter reads clockUnits
// before "after".
var (
	clockUnits     = lexicon.Words().Set("clock-unit")     // lexicon/words.txt
	clockRelations = lexicon.Words().Set("clock-relation") // lexicon/words.txt
)

// hoursApart reports whether mention m places its event hours or minutes
// from the one told before ("two hours later", "minutes earlier"), so on
// the same day.
func (a *article) hoursApart(m *mention) bool {
	for j := m.t0 + 1; j < m.t1; j++ {
		if !clockRelations[a.lowerWord(j)] {
			continue
		}
		if clockUnits[a.lowerWord(j-1)] {
			return true
		}
	}
	return false
}

// eventDay returns the mention's first day-precision date when the mention
// tells of the attack itself (it has an attack word), or -1: "Three bodies
// were discovered on April 14" does not date the airstrike of April 11.
// A generic attack word ("attack", "assault") dates the mention only by a
// day beside it (genericDay): "wounded during a rebel attack last night"
// is another night's attack than the bombing told before, while "the
// incident" a Wednesday statement speaks of is not dated by Wednesday.
func (a *article) eventDay(m *mention) int {
	attack := false
	for _, t := range m.triggers {
		if t.p.Value != "generic" {
			attack = true
		}
	}
	if !attack {
		// a generic word with a verb of harm in its clause tells the deed
		// ("On Monday, the rebels attacked a military post ..., killing
		// one soldier"): any day of the clause dates it (harmTold)
		if g := a.genericDay(m); g >= 0 || !a.harmTold(m) {
			return g
		}
	}
	first := -1
	for _, k := range m.dates {
		if a.dates[k].Precision != record.PrecisionDay || a.dates[k].Future || a.deathDate(m, k) {
			continue // a future day ("stop work tomorrow to mourn") is not when it happened
		}
		if a.datesTrigger(m, k) {
			return k
		}
		if first < 0 {
			first = k
		}
	}
	return first
}

// paraDay returns the day (an index in a.dates) that opens paragraph
// para, or -1: a day phrase set before the first sentence's subject ("On
// Tuesday, the 100th day of the agitation, tens of thousands ...":
// openingDay) that dates no saying (reportingDate) and is neither the
// future nor coarser than a day. News writing opens a paragraph with a
// day to move the story to what happened then, and what the paragraph
// tells after it is of that day, though its sentences name none; the
// lead's day is the story's own (d0).
func (a *article) paraDay(para int) int {
	k := a.paraFirstDay(para)
	if k < 0 {
		return -1
	}
	if d := a.dates[k]; a.reportingDate(k) || !a.openingDay(a.tokenAt(d.Start), a.tokenAt(d.End-1)) {
		return -1
	}
	return k
}

// paraFirstDay returns the first date of paragraph para's first sentence
// when it is a day, not in the future, and the paragraph not the lead, or
// -1: the day a paragraph may open with, which paraDay and paraOwnerDay
// each ask of in their own form ("On Saturday, ...", "Saturday's blast
// ...").
func (a *article) paraFirstDay(para int) int {
	if para < 0 || para == a.lead {
		return -1
	}
	si, ok := a.paraSent(para)
	if !ok {
		return -1
	}
	b0, b1 := a.sentBytes(int32(si))
	k, hi := a.dateRange(b0, b1)
	if k == hi {
		return -1
	}
	if d := a.dates[k]; d.Precision != record.PrecisionDay || d.Future {
		return -1
	}
	return k
}

// paraSent returns the index of the first sentence of paragraph para,
// and whether the paragraph has one.
func (a *article) paraSent(para int) (int, bool) {
	return slices.BinarySearchFunc(a.sents, para, func(s text.Sentence, p int) int { return cmp.Compare(s.Para, p) })
}

// retoldDay reports whether day k of mention m dates another verb of its
// clause, not the event: every attack word of m is a definite noun that a
// preposition of [retold-prep] after the day hangs on the clause ("said it
// received confirmation on Thursday of the businessman's kidnapping",
// "arrested two men on Friday over the senator's assassination"). "The" or
// a possessive names an event the reader already knows, and when the
// story told one of its kind before (toldFamily) it is that one, the day
// the confirming's or the arrest's: read as the event's, it made a second
// incident of the first on a day of its own. Of no kind told, the noun
// names an event the story has not told, dated by its day as before. (An
// attack noun that only qualifies the deed's place, "visited the blast
// site on Monday", is no attack word of the mention at all: sceneOf.)
func (a *article) retoldDay(m *mention, k int) bool {
	t := a.tokenAt(a.dates[k].Start)
	for _, tr := range m.triggers {
		if !a.retoldAt(m, tr, t) {
			return false
		}
	}
	return len(m.triggers) > 0
}

// retoldAt reports whether attack word tr of mention m is a told noun
// (retoldNoun) that the day at token t does not date: a day before it, or
// one in a later clause ("Police have detained 13 people over the
// bombings, and more than 100 ... were rounded up ... on Sunday and
// Monday": a day in a later clause dates that clause, not the noun).
func (a *article) retoldAt(m *mention, tr term, t int32) bool {
	bound := t
	if t >= tr.t1 {
		if a.sameClause(tr.t1, t) {
			return false
		}
		bound = int32(a.sents[m.sent].First) - 1
	}
	return a.retoldNoun(tr, bound)
}

// orderedAfterTold reports whether day k of mention m dates another verb
// than m's attack word, which a span orders after or before it: the span
// ends the day phrase ("was arrested along with four others two days
// after Galan's assassination") or a clock span follows it ("up until
// 2200 on Wednesday, hours before the horrible massacre, the soldiers
// were there"), and an ordering preposition ([order-prep]) ends the span.
// The attack word it orders is then the deed told, known to the reader,
// when it is a possessive's noun whose possessor a mention of a told
// incident of its family names ("Galan", of "the assassination of Senator
// Luis Carlos Galan"), or a definite noun of a family told before ("the
// horrible massacre", after the killing of the priests was told). Read as
// the deed's day, the day made a second incident of the first on a day of
// its own. A possessor no told mention names ("two days after Sunday's
// bombing" with no Sunday told), a noun of a kind not told, or one whose
// "of" names a new object ("hours after the bombing of a mosque") may be
// another deed, and keeps its day.
func (a *article) orderedAfterTold(m *mention, k int, incs []*incident) bool {
	v := a.tokenAt(a.dates[k].End - 1)
	if !orderPreps[a.lowerWord(v)] {
		// the day, then ", hours before": a clock span set beside it
		v++
		if a.word(v) == "," {
			v++
		}
		if !clockUnits[a.lowerWord(v)] || !orderPreps[a.lowerWord(v+1)] || a.sentOf[v+1] != m.sent {
			return false
		}
		v++
	}
	for _, tr := range m.triggers {
		if tr.t0 <= v || tr.t0 > v+6 {
			continue
		}
		for j := v + 1; j < tr.t0; j++ {
			if a.toks[j].Kind != text.Word && !a.possessiveAt(j) && !a.possessiveAt(j-1) {
				return false // "after the talks, the assassination": another phrase
			}
		}
		if tr.t0-3 > v && a.possessiveAt(tr.t0-2) && a.toks[tr.t0-3].Kind == text.Word {
			// "after Galan's assassination": the name, the possessive
			// and the noun
			return a.namedInTold(a.lowerWord(tr.t0-3), tr, incs)
		}
		if !a.headsDefinite(v, tr) || a.toldInFull(tr) || a.lowerWord(tr.t1) == "of" && a.indefinite(tr.t1+3, tr.t1+1) {
			return false // "hours after the bombing of a mosque", "after the attack that killed 10 in X": told as new
		}
		return a.namedInTold("", tr, incs)
	}
	return false
}

// namedInTold reports whether word w is a word of the sentence of a
// mention of a told incident of attack word tr's family, told in an
// earlier sentence (orderedAfterTold); with w empty, whether such a
// mention was told at all.
func (a *article) namedInTold(w string, tr term, incs []*incident) bool {
	fam, sent := record.Family(tr.p.Value), a.sentOf[tr.t0]
	ofFam := func(kd string) bool { return record.Family(kd) == fam }
	for _, in := range incs {
		for _, o := range in.ms {
			if o.sent >= sent || !slices.ContainsFunc(mentionKinds(o), ofFam) {
				continue
			}
			if w == "" {
				return true // a definite noun: the kind told is enough
			}
			s := a.sents[o.sent]
			for j := int32(s.First); j < int32(s.Last); j++ {
				if a.lowerWord(j) == w {
					return true
				}
			}
		}
	}
	return false
}

// orderPreps order a deed after or before another event (orderedAfterTold).
var orderPreps = lexicon.Words().Set("order-prep") // lexicon/words.txt

// retoldNoun reports whether attack word tr is a definite noun hung on
// its clause, after token t (the day, or the sentence's start when the
// day dates a later clause: retoldDay), by a preposition of
// [retold-prep]: "of the kidnapping", "over the assassination", "of the
// businessman's kidnapping", "for the horrible massacre". A unit of time
// before the preposition counts the event's own days ("Today marks the
// 8th day of the bloody fighting"), so the day dates the event.
func (a *article) retoldNoun(tr term, t int32) bool {
	for v := tr.t0 - 1; v > t && v >= tr.t0-5; v-- {
		if a.toks[v].Kind != text.Word && !a.possessiveAt(v) {
			return false // "," or ";": another phrase
		}
		if !retoldPreps[a.lowerWord(v)] {
			continue
		}
		if timeCountNouns[a.lowerWord(v-1)] {
			return false
		}
		// the attack word heads the phrase (headsDefinite) or follows
		// a possessive ("of the businessman's kidnapping")
		return a.headsDefinite(v, tr) || !strings.HasSuffix(a.lowerWord(tr.t1-1), "ed") && a.possessiveAt(tr.t0-2)
	}
	return false
}

// toldFamily reports whether an incident told so far has an attack word
// of the family of one of mention m's (record.Family: a shooting told
// again as "the assassination").
func toldFamily(incs []*incident, m *mention) bool {
	fams := map[string]bool{}
	for _, k := range mentionKinds(m) {
		fams[record.Family(k)] = true
	}
	for _, in := range incs {
		for _, o := range in.ms {
			for _, k := range mentionKinds(o) {
				if fams[record.Family(k)] {
					return true
				}
			}
		}
	}
	return false
}

// retoldPreps hang a definite attack noun on a clause about something
// else (retoldNoun).
var retoldPreps = lexicon.Words().Set("retold-prep") // lexicon/words.txt

// harmTold reports whether mention m, with no attack word, tells its
// event by a verb of killing, wounding or kidnapping ("Another strike late
// on Monday hit a building ..., killing a child"): the deed a day of the
// clause dates. A clause that tells a finding ("Three bodies were
// discovered on April 14", "was murdered and ... his body was found
// today": [find-verb]) dates the finding.
func (a *article) harmTold(m *mention) bool {
	if !m.specific {
		return false
	}
	harm := false
	for j := m.t0; j < m.t1; j++ {
		w := a.lowerWord(j)
		if findVerbs[w] {
			return false
		}
		if (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && a.isCasualtyWord(j) && !a.countedParticiple(j) {
			harm = true // a verb: "killing", "were wounded"; not "bodies", "dead"
		}
	}
	return harm
}

// countedParticiple reports whether the participle at token j describes
// the people a number or a determiner before it counts ("Five wounded
// officers were evacuated on Tuesday"): the day dates what befell them
// later, not the wounding.
func (a *article) countedParticiple(j int32) bool {
	if j < 1 || a.sentOf[j-1] != a.sentOf[j] {
		return false
	}
	return a.toks[j-1].Kind == text.Num || numberWords[a.lowerWord(j-1)] || determiners[a.lowerWord(j-1)]
}

// findVerbs tell a finding of the dead or the missing ([find-verb]).
var findVerbs = lexicon.Words().Set("find-verb") // lexicon/words.txt

// datesTrigger reports whether date k stands right after one of mention
// m's attack nouns, a preposition between at most: the event's own day
// ("follows the capture on Sunday of the air base"), which wins over a
// day the sentence gives before it to something else ("The evacuation,
// which started yesterday morning, follows the capture on Sunday"). Only
// a noun opened by a determiner counts: a verb's day after it ("a police
// station that militants had stormed on March 30") may be another deed's,
// told in a clause of the sentence's own event.
func (a *article) datesTrigger(m *mention, k int) bool {
	t := a.tokenAt(a.dates[k].Start)
	for _, tr := range m.triggers {
		if !determiners[a.lowerWord(tr.t0-1)] && !(tr.t0 > m.t0+1 && determiners[a.lowerWord(tr.t0-2)]) {
			continue // a noun: "the capture", "a rebel attack"
		}
		switch t - tr.t1 {
		case 0:
			return true
		case 1:
			if a.toks[tr.t1].Kind == text.Word && stopWords[a.lowerWord(tr.t1)] {
				return true
			}
		}
	}
	return false
}

// genericDay returns the first day-precision date of mention m that dates
// one of its generic attack words, or -1. A day right after the word, at
// most a preposition between, dates it ("a rebel attack last night", "an
// assault on 14 March"); so does any day of the clause when the word is
// indefinite, a new attack told ("On 14 March the judge escaped unharmed
// from an attack on his car"). A definite word ("the incident") refers
// back to an attack already told, and a day further off in its clause may
// be the reporting's ("On Wednesday the ambassador stated that the
// incident ...") or a later death's.
func (a *article) genericDay(m *mention) int {
	for _, k := range m.dates {
		if a.dates[k].Precision != record.PrecisionDay || a.dates[k].Future || a.deathDate(m, k) {
			continue
		}
		t := a.tokenAt(a.dates[k].Start)
		for _, tr := range m.triggers {
			if tr.p.Value != "generic" {
				continue
			}
			if a.indefinite(tr.t0, m.t0) || a.possessiveDay(tr) == k && a.toldAttack(tr) {
				return k // "an attack", "this morning's attack on the judge": a new one, its day told
			}
			switch t - tr.t1 {
			case 0:
				return k
			case 1:
				if a.toks[tr.t1].Kind == text.Word && stopWords[a.lowerWord(tr.t1)] {
					return k // "an assault on 14 March"
				}
			}
		}
	}
	return -1
}

// indefinite reports whether the noun at token t, in a clause starting at
// token t0, opens with "a" or "an", at most one word before it: "an
// attack", "a rebel attack".
func (a *article) indefinite(t, t0 int32) bool {
	for j := t - 1; j >= t0 && j >= t-2; j-- {
		if a.toks[j].Kind != text.Word {
			return false
		}
		if w := a.lowerWord(j); w == "a" || w == "an" {
			return true
		}
	}
	return false
}

// deathDate reports whether date k dates a later death rather than the
// attack: it stands nearer "died" or "succumbed" than any attack word ("a
// ranger wounded in a roadside bombing died in hospital on Wednesday").
func (a *article) deathDate(m *mention, k int) bool {
	t := a.tokenAt(a.dates[k].Start)
	dist := func(u int32) int32 {
		if u > t {
			return u - t
		}
		return t - u
	}
	attack, death := int32(1<<30), int32(1<<30)
	for _, tr := range m.triggers {
		attack = min(attack, dist(tr.t0))
	}
	// the death word need not count anyone: "A ranger wounded in a
	// roadside bombing died in hospital on Wednesday" has no toll
	for j := m.t0; j < m.t1; j++ {
		if dyingVerbs[a.lowerWord(j)] && !a.diedWhen(j) { // a later death ("died", "succumbed")
			death = min(death, dist(j))
		}
	}
	return death < attack
}

// diedWhen reports whether the verb of dying at token j is told with
// the deed that dealt the death, in a clause "when" opens within a few
// words of it in its own clause: "On Sunday night a man who could not
// flee died at Rupagaon when a mob torched houses". The death is the
// deed's, not one that came after it, and so is its day.
func (a *article) diedWhen(j int32) bool {
	last := int32(a.sents[a.sentOf[j]].Last)
	for u := j + 1; u < last && u <= j+6; u++ {
		w := a.lowerWord(u)
		if w == "when" {
			return true
		}
		if w == "," || w == ";" || w == "and" {
			return false
		}
	}
	return false
}

// absorbReported joins an incident that has neither a place nor a day of
// its own, a side's report of a battle only its clauses place ("Iran
// today reported major gains ... near the Iraqi port city of Basra,
// saying its forces had captured an important defensive line"), to the
// incident of a day that place saw ("Iraq said today it repelled an
// Iranian assault near ... Basra last night"): a war reaches the wire as
// both sides' communiqués of one battle, and the one that gives no day
// tells of the battle the other dates.
func (a *article) absorbReported(incs []*incident) []*incident {
	out := incs[:0]
	for _, in := range incs {
		if host := a.reportHost(incs, in); host != nil {
			host.ms = append(host.ms, in.ms...)
			slices.SortFunc(host.ms, func(x, y *mention) int { return int(x.t0 - y.t0) })
			continue
		}
		out = append(out, in)
	}
	return out
}

// absorbPerceived joins an incident told only as heard or felt
// (perceived: "Heavy rifle fire and explosions were heard for an hour in
// the San Judas area, located in the southwestern sector of Managua") to
// the incident of its day that the hearing fits
// (heardFrom): what was heard is the attack told, and where it was
// heard is not where it happened. One with no such incident stays: the
// hearing is all the text tells of it. d0 is the main event's date.
func (a *article) absorbPerceived(incs []*incident, d0 int) []*incident {
	var gone map[*incident]bool
	for _, in := range incs {
		if in.site != nil || !a.allPerceived(in) {
			continue
		}
		for _, host := range incs {
			if host == in || gone[host] || a.allPerceived(host) || !a.sameDay(in.day(d0), host.day(d0)) || !a.heardFrom(in, host) {
				continue
			}
			host.ms = append(host.ms, in.ms...)
			slices.SortFunc(host.ms, func(x, y *mention) int { return int(x.t0 - y.t0) })
			if gone == nil {
				gone = map[*incident]bool{}
			}
			gone[in] = true
			break
		}
	}
	if gone == nil {
		return incs
	}
	out := incs[:0]
	for _, in := range incs {
		if !gone[in] {
			out = append(out, in)
		}
	}
	return out
}

// allPerceived reports whether every mention of incident in tells only
// how an attack was perceived.
func (a *article) allPerceived(in *incident) bool {
	for _, m := range in.ms {
		if !a.perceived(m) {
			return false
		}
	}
	return len(in.ms) > 0
}

// perceived reports whether mention m tells only that an attack was
// heard or felt: it gives no casualty, and a verb of perceiving takes
// each of its attack words ("explosions were heard", "we heard these
// powerful explosions"). Hearing an attack is no further attack.
func (a *article) perceived(m *mention) bool {
	if len(m.stmts) > 0 || len(m.triggers) == 0 {
		return false
	}
	for _, t := range m.triggers {
		if !a.perceivedAt(t) {
			return false
		}
	}
	return true
}

// perceivedAt reports whether a verb of perceiving takes the attack word
// t: within its clause, up to five words after it ("explosions were
// heard", "rifle fire and explosions were heard") or three before it
// ("heard these powerful explosions").
func (a *article) perceivedAt(t term) bool {
	si := a.sentOf[t.t0]
	for j := t.t1; j < t.t1+5 && int(j) < len(a.toks) && a.sentOf[j] == si && !a.clauseBreak(j); j++ {
		if perceptionVerbs[a.lowerWord(j)] {
			return true
		}
	}
	for j := t.t0 - 1; j >= 0 && j >= t.t0-4 && a.sentOf[j] == si && !a.clauseBreak(j); j-- {
		if perceptionVerbs[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// hearingKm is how far from a blast or a gunfight it may be heard: a
// town farther off heard an attack of its own.
const hearingKm = 25

// perceptionVerbs take an attack word as heard or felt (perceivedAt).
var perceptionVerbs = lexicon.Words().Set("perception-verb") // lexicon/words.txt

// heardFrom reports whether an attack at host's place can be what was
// heard at in's: either has no place, one holds the other, both are towns
// within earshot (hearingKm), or in's sentences name host's place or one
// that holds it ("the San Judas area, located in the southwestern sector
// of Managua", where the gazetteer may read San Judas as a town far off).
func (a *article) heardFrom(in, host *incident) bool {
	k, p := host.place, in.place
	if k < 0 || p < 0 || a.samePlace(k, p) || a.contains(k, p) || a.contains(p, k) {
		return true
	}
	ck, cp := a.places[k].chosen, a.places[p].chosen
	if ck != nil && cp != nil && ck.Kind == gazetteer.Place && cp.Kind == gazetteer.Place && gazetteer.DistanceKm(ck.Lat, ck.Lon, cp.Lat, cp.Lon) <= hearingKm {
		return true
	}
	for _, m := range in.ms {
		for _, q := range m.places {
			if !a.places[q].country && (a.samePlace(q, k) || a.contains(q, k)) {
				return true
			}
		}
	}
	return false
}

// reportHost returns the incident, placed and dated, at a place that
// incident in, placed and dated neither, names in its sentences; nil when
// in has a place, a day or a site of its own, or when none or several
// such incidents are there.
func (a *article) reportHost(incs []*incident, in *incident) *incident {
	if in.place >= 0 || in.date >= 0 || in.site != nil {
		return nil
	}
	var host *incident
	for _, o := range incs {
		if o == in || o.place < 0 || o.date < 0 || a.places[o.place].chosen == nil {
			continue
		}
		if a.namedIn(o.place, in.ms) {
			if host != nil && host != o {
				return nil // two battles there: which one is not told
			}
			host = o
		}
	}
	return host
}

// absorbSummary handles the article's main incident (its headline and
// lead) when it names only an area and other incidents name spots in it:
// with one such incident it is that incident, told first in outline; with
// several it is a summary of them and is dropped. When the lead took in a
// first item of its own below it (firstItem), that item stays and the
// summary goes. A lead telling one attack by an indefinite
// singular noun (oneAttackLead) is no summary: the item below it only
// places that attack. d0 is the main event's date.
func (a *article) absorbSummary(incs []*incident, d0 int) []*incident {
	if len(incs) < 2 {
		return incs
	}
	main := incs[0]
	if !a.broad(main.place) {
		return incs
	}
	var spots []*incident
	for _, in := range incs[1:] {
		if in.place >= 0 && !a.broad(in.place) && a.sameDay(main.day(d0), in.day(d0)) && !a.another(in.ms[0]) && !a.alsoInArea(in.ms[0]) && !a.alsoAttack(in.ms[0]) && !listedWith(main, in) {
			spots = append(spots, in)
		}
	}
	if len(spots) == 0 {
		return incs
	}
	if in := a.firstItem(main, spots); in != nil {
		if !a.oneAttackLead(main) {
			incs[0] = in
		} // else the item below places the one attack the lead told
		return incs
	}
	if len(spots) == 1 {
		spots[0].ms = append(main.ms, spots[0].ms...)
		if spots[0].date < 0 {
			spots[0].date = main.date
		}
	}
	return incs[1:]
}

// oneAttackLead reports whether the lead of incident in tells a single
// attack by an indefinite singular noun, and no other: "The United States
// military says it has carried out a drone strike against al-Shabab ...,
// killing three" is that strike, told before the paragraph that places
// it ("the airstrike occurred Monday near Jilib"), not a sum of the
// attacks the story goes on to name ("A car bomb, a roadside bomb and a
// shooting killed 13 people across Iraq").
func (a *article) oneAttackLead(in *incident) bool {
	for _, m := range in.ms {
		if m.title {
			continue
		}
		n, one := 0, false
		for _, t := range m.triggers {
			if t.p.Value == "generic" {
				continue
			}
			n++
			w := a.lowerWord(t.t0 - 1)
			one = (w == "a" || w == "an") && !plural(a.lowerWord(t.t1-1))
		}
		return n == 1 && one
	}
	return false
}

// firstItem returns the first incident of a round-up that its summary
// lead took in, or nil: "a wave of kidnappings ... 12 kidnappings took
// place" and then "In Cesar department, rebels kidnapped a deputy in
// Aguachica" joined the lead, which names no town, before the items that
// follow named theirs. The lead is a summary of them all; the first
// mention after the lead's paragraph that tells a deed at a place of its
// own, one the lead did not name, with what follows it, is the
// round-up's first item. A place that one of the later items has,
// or holds, is the lead telling the items in outline, not an item of its
// own ("attacks across Kano state" over towns of Kano state).
func (a *article) firstItem(main *incident, spots []*incident) *incident {
	lead := -1 // the lead's paragraph: the summary itself
	for i, m := range main.ms {
		if m.title {
			continue
		}
		if lead < 0 {
			lead = m.para
		}
		if m.para == lead || !m.specific {
			continue
		}
		for _, q := range m.places {
			if a.places[q].country || a.places[q].water || a.outlines(q, spots) || a.namedIn(q, main.ms[:i]) {
				continue
			}
			in := &incident{ms: main.ms[i:], place: q, date: a.eventDay(m), site: main.site}
			if in.date < 0 {
				in.date = main.date
			}
			return in
		}
		if len(m.places) > 0 {
			return nil // "attacks in Kano state killed 20": the items in outline
		}
	}
	return nil
}

// namedIn reports whether one of the mentions ms names place mention q:
// a lead or headline that placed the summary there ("Gunmen hijack bus in
// Kenya's Lamu county") is told again below, not a new item (firstItem);
// a battle a report places is the one dated there (reportHost).
func (a *article) namedIn(q int, ms []*mention) bool {
	for _, m := range ms {
		for _, k := range m.places {
			if a.samePlace(k, q) {
				return true
			}
		}
	}
	return false
}

// outlines reports whether place mention q is, or holds, the place of
// one of the incidents spots.
func (a *article) outlines(q int, spots []*incident) bool {
	for _, s := range spots {
		if a.samePlace(s.place, q) || a.contains(q, s.place) || a.contains(s.place, q) {
			return true
		}
	}
	return false
}

// listedWith reports whether incident in was told in a clause of a
// round-up sentence that also told incident main in a clause of its own
// ("murdered three peasants in Guachicono, Cauca department, two in
// Antioquia, and three in Cordoba"): items of one list, of which the
// first is no summary of the others.
func listedWith(main, in *incident) bool {
	for _, m := range main.ms {
		if m.split && m.sent == in.ms[0].sent && in.ms[0].split {
			return true
		}
	}
	return false
}

// placesTheAttack returns the place (index in a.places) of the attack
// told so far when a mention opens with it, as a definite noun placed by
// a preposition: "The attack in the city of Tal Afar ...", "The bombing
// at a market in Kirkuk ..."; or -1. A lead that says only "in a
// northern Iraqi city" leaves the place to such a sentence.
func (a *article) placesTheAttack(m *mention) int {
	s := a.sents[m.sent]
	j := int32(s.First)
	if m.t0 != j || a.lowerWord(j) != "the" || a.another(m) {
		return -1
	}
	tm, ok := a.termAt(j+1, lexicon.Trigger)
	if !ok || !eventPreps[a.lowerWord(tm.t1)] {
		return -1
	}
	for _, k := range m.places {
		pm := &a.places[k]
		if pm.country || pm.t0 <= tm.t1 || pm.t0-tm.t1 > 8 {
			continue
		}
		// the place ends the noun phrase: no verb or clause between
		for u := tm.t1; u < pm.t0; u++ {
			if a.clauseBreak(u) || a.isCasualtyWord(u) {
				return -1
			}
		}
		return k
	}
	return -1
}

// another reports whether a mention announces a further, separate event:
// "In another attack", "Another bombing", "A second blast", "carried out
// a similar raid", "Meanwhile, ...".
func (a *article) another(m *mention) bool {
	return a.furtherEvent(m, true)
}

// anotherHere reports whether a mention announces a further event even at
// the place of one told already: "Another bomb exploded in Bogota", "In a
// separate attack in Lima". "Meanwhile" says only that something happened
// at the same time, which at the same town is often the event told so far
// ("Meanwhile, residents fled the neighbourhoods where clashes went on").
func (a *article) anotherHere(m *mention) bool {
	return a.furtherEvent(m, false)
}

// furtherEvent reads the first words of m's sentence for another, with
// the words of the same time (sameTimeWords) counted when sameTime is set.
func (a *article) furtherEvent(m *mention, sameTime bool) bool {
	if a.passingDeed(m) {
		return true // "in retaliation for a PKK rocket attack", "... came only hours after gunmen shot a judge": the earlier deed
	}
	s := a.sents[m.sent]
	for j := int32(s.First); j < int32(s.Last) && j < int32(s.First)+6; j++ {
		switch w := a.lowerWord(j); {
		case anotherWords[w] || separateWords[w]:
			if a.furtherWordAt(m, j) {
				return true
			}
		case sameTime && sameTimeWords[w]:
			return !a.relayedToll(m)
		case sameTime && (additiveWords[w] || furtherWords[w] && reportVerbs[a.lowerWord(j+1)]):
			if a.toldAnew(m) {
				return true // "In addition, urban guerrillas blew up a bus"; "Police also reported that two bombs exploded"
			}
		case ordinalWords[w]:
			if a.countsAttack(m, j) {
				return true
			}
		}
	}
	return false
}

// causeClause reports whether mention m is the clause clauses split off
// at a cause word (no other mention starts there): "in retaliation for a PKK rocket attack on a border
// post last Saturday" tells the earlier attack, with its own day.
func (a *article) causeClause(m *mention) bool {
	return m.t0 > int32(a.sents[m.sent].First) && (causeWords[a.lowerWord(m.t0)] || causeWords[a.lowerWord(m.t0+1)])
}

// anotherWords may open a further event, separateWords do, sameTimeWords
// do at another place, additiveWords do there on a deed told anew
// (toldAnew), ordinalWords do on an attack word (another, anotherHere).
var (
	additiveWords = lexicon.Words().Set("additive-word")  // lexicon/words.txt
	anotherWords  = lexicon.Words().Set("another-word")   // lexicon/words.txt
	separateWords = lexicon.Words().Set("separate-word")  // lexicon/words.txt
	sameTimeWords = lexicon.Words().Set("same-time-word") // lexicon/words.txt
	ordinalWords  = lexicon.Words().Set("ordinal-word")   // lexicon/words.txt
)

// toldAnew reports whether mention m tells a deed as one not told yet:
// an attack word with its armed doer ("In addition, urban guerrillas blew
// up a bus"), an indefinite or counted one ("In addition, a ministry
// vehicle was destroyed by a dynamite charge", "police also reported that
// two bombs exploded", "In addition to the attack on the minister, there
// were other attacks"). An additive opener before a toll alone ("In
// addition, three policemen were wounded") or before "the attack" adds to
// the event told so far.
func (a *article) toldAnew(m *mention) bool {
	for _, t := range m.triggers {
		if t.t0 <= m.t0 {
			continue
		}
		w := a.lowerWord(t.t0 - 1)
		if w == "other" && a.lowerWord(t.t0-2) != "the" {
			return true // "other attacks": a generic word counts here
		}
		if t.p.Value != "generic" && (w == "a" || w == "an" || a.counted(t.t0) || a.doerOf(t)) {
			return true
		}
	}
	return false
}

// announcesOnly reports whether mention m, with no place or day of its
// own (segment tests those), only announces a further event beside the
// focus: "It appears to be another doing of the ELN", "Similar
// attacks have in the past days been witnessed in border areas". With no
// toll either it tells nothing a record could hold; the dateline would
// place it. A further attack named as such ("another dynamite charge was
// defused": anotherAttack) or a sentence set apart ("Separately, ...":
// setApart) stays an event.
func (a *article) announcesOnly(m *mention, focus *incident) bool {
	if len(m.stmts) > 0 || m.title {
		return false
	}
	n := a.unknownSiteName(m, focus)
	if n >= 0 && a.toldAsSite(n) {
		return false
	}
	return (a.anotherWord(m) || n >= 0) && !a.setApart(m) && !a.anotherAttack(m)
}

// toldAsSite reports whether the capitalised name at token n is told as
// a place, not a person: a compass adjective before it ("in southern
// Kobani") or a facility noun after it ("out of Maelbeek station"). A
// new attack at such a name is an event with a place of its own, though
// the sentence gives no toll ("fired at Perez" may be at a man).
func (a *article) toldAsSite(n int32) bool {
	return compassAdjectives[a.lowerWord(n-1)] || a.hasTerm(n+1, lexicon.Target, "")
}

// anotherWord reports whether a word near the start of mention m's
// sentence announces a further event (furtherWordAt, as furtherEvent
// reads them): "It appears to be another doing of the ELN", "Similar
// attacks have in the past days been witnessed in border areas".
func (a *article) anotherWord(m *mention) bool {
	s := a.sents[m.sent]
	for j := int32(s.First); j < int32(s.Last) && j < int32(s.First)+6; j++ {
		if a.furtherWordAt(m, j) {
			return true
		}
	}
	return false
}

// furtherWordAt reports whether the word at token j of mention m's
// sentence announces a further event: a word of [separate-word], or one
// of [another-word] that counts no further people harmed ("Another 20
// were wounded": morePeople), brings in no further speaker
// (furtherSpeaker) and ranks no event told (ranksTold).
func (a *article) furtherWordAt(m *mention, j int32) bool {
	switch w := a.lowerWord(j); {
	case anotherWords[w]:
		return !a.morePeople(m, j) && !a.moreDoers(j) && !a.furtherSpeaker(j) && !a.witnessRetells(m, j) && !a.ranksTold(j) && !a.countsTime(j)
	case separateWords[w]:
		return !a.moreFoundInTown(m, j)
	}
	return false
}

// moreFoundInTown reports whether the [separate-word] at token j puts
// only a toll of mention m at another spot of the town told before: the
// word is followed by "in the" and a settlement noun, no name ("Seven
// more bodies were found elsewhere in the town, bringing the toll to
// 38"), and m tells no deed of its own, no attack word. The town is the
// one the story is at, and bodies found there count to its deed; a round-up
// item tells its own deed ("Elsewhere in the city, gunmen shot dead two
// policemen").
func (a *article) moreFoundInTown(m *mention, j int32) bool {
	if len(m.triggers) > 0 || a.lowerWord(j+1) != "in" || a.lowerWord(j+2) != "the" || !settlementNouns[a.lowerWord(j+3)] {
		return false
	}
	return int(j+4) >= len(a.toks) || a.toks[j+4].Kind != text.Word || !a.toks[j+4].Has(text.Cap)
}

// anotherAttack reports whether a word of [another-word] stands on an
// attack word of mention m, at most one word between: "Another dynamite
// charge was defused at the Social Savings Bank", "another explosion
// destroyed one store". "Another Telegram channel said", "another doing
// of the ELN" name no further attack.
func (a *article) anotherAttack(m *mention) bool {
	return a.onAttackWord(m, anotherWords)
}

// onAttackWord reports whether a word of set stands on an attack word of
// mention m, at most one word between (anotherAttack, countedAttack).
func (a *article) onAttackWord(m *mention, set map[string]bool) bool {
	for _, t := range m.triggers {
		for j := t.t0 - 1; j >= m.t0 && j >= t.t0-2; j-- {
			if set[a.lowerWord(j)] {
				return true
			}
		}
	}
	return false
}

// countedAttack reports whether an ordinal ([series-ordinal]) stands on
// an attack word of mention m, at most one word between: "The second
// attack hit the national police academy", "A third blast went off". It
// counts the attack among those of a set told so far, whose day it
// shares when it names none of its own; a follow-up whose lead tells a
// later event (a strike two days on) does not move the set to the lead's
// day.
func (a *article) countedAttack(m *mention) bool {
	return a.onAttackWord(m, seriesOrdinals)
}

// passingDeed reports whether mention m is a clause that tells an
// earlier deed in passing, beside the news: "Monday's attack came hours
// after a suspected U.S. drone strike killed two men in a neighbouring
// province" (hoursAfter), "in retaliation for a PKK rocket attack"
// (causeClause). The story goes on with its own event, so the sentence
// after ("gunmen attacked Yemeni troops outside the city of Zinjibar")
// is told of that one, not of the deed told in passing.
func (a *article) passingDeed(m *mention) bool {
	return a.causeClause(m) || m.t0 > int32(a.sents[m.sent].First) && a.hoursAfter(m.t0) || a.headlineEarlier(m) || a.relationOpens(m)
}

// headlineEarlier reports whether mention m is the part of a headline
// after its sequence word ("... after Mogadishu truck bomb":
// headlineSequence): another event, told beside the headline's own, with
// a doer, day and place of its own. So is the part hoursAfter splits off
// ("Gunmen kill 36 quarry workers near Mandera, hours after Wajir bar
// attack"): hours tell an earlier deed as "after" does, which the news's
// day does not date.
func (a *article) headlineEarlier(m *mention) bool {
	if !m.title || m.t0 <= int32(a.sents[m.sent].First) {
		return false
	}
	return headlineSequences[a.lowerWord(m.t0)] && !clockUnits[a.lowerWord(m.t0-1)] || a.headlineHours(m)
}

// headlineHours reports whether headline mention m opens with "after"
// behind a span of hours (hoursAfter: "..., hours after Wajir bar
// attack").
func (a *article) headlineHours(m *mention) bool {
	return m.title && m.t0 > int32(a.sents[m.sent].First) && a.hoursAfter(m.t0)
}

// relationOpens reports whether mention m is a clause split off its
// sentence at a relation ("..., two days after suicide bombers struck two
// police buildings in the Chadian capital": clauses): the earlier deed,
// told in passing to date the news.
func (a *article) relationOpens(m *mention) bool {
	if m.t0 <= int32(a.sents[m.sent].First) {
		return false
	}
	lo, hi := a.dateRange(int(a.toks[m.t0].Start), int(a.toks[m.t0].End))
	return lo < hi && a.dates[lo].Relation
}

// setApart reports whether the sentence of mention m opens with an
// adverbial that sets it apart as a further matter, a word of
// [separate-word] or [additive-word] and a comma: "Separately, villagers
// in the nearby village of Hawara said they saw settlers set fire to an
// olive grove", "In addition, an agriculture ministry vehicle was
// partially destroyed by a dynamite charge".
func (a *article) setApart(m *mention) bool {
	first := int32(a.sents[m.sent].First)
	for j := first; j < first+3 && j+1 < int32(a.sents[m.sent].Last); j++ {
		if w := a.lowerWord(j); (separateWords[w] || additiveWords[w]) && a.word(j+1) == "," {
			return true
		}
	}
	return false
}

// ranksTold reports whether the ordinal at token j, after "the", ranks
// the event the text tells among earlier ones, not a further one: the
// predicate of a pronoun that takes up what was told ("It is the second
// fatal bombing this week in the southern Russian republic"; Reuters: "It
// was the third Soviet underground blast since Moscow halted ...") or
// "for the second time" ("For the second time in two days, a suicide
// bomber struck outside a Shiite mosque"). The pronoun may open the
// sentence or the clause a reporting verb takes ("Gladkov said it was
// the second drone strike on the village in the past 12 hours"; Reuters:
// "Clayton ... said this was the third management buyout"). "The second
// blast struck" is a further event of a set.
func (a *article) ranksTold(j int32) bool {
	if j < 2 || a.lowerWord(j-1) != "the" {
		return false
	}
	first := int32(a.sents[a.sentOf[j]].First)
	if a.lowerWord(j-2) == "for" && a.lowerWord(j+1) == "time" {
		return true
	}
	if j-3 < first || !toldPronouns[a.lowerWord(j-3)] || !copulas[a.lowerWord(j-2)] {
		return false
	}
	return j-3 == first || j-4 >= first && reportVerbs[a.lowerWord(j-4)]
}

// toldPronouns take up, as a subject, what the text has told ("It was
// the third blast").
var toldPronouns = lexicon.Words().Set("told-pronoun") // lexicon/words.txt

// countsAttack reports whether the ordinal at token j, after "a", stands
// on an attack word of m, at most one word between: "A third explosion",
// "a fourth car bomb". "This is the fifth dynamite attack on the
// pipeline" counts the attack just told among earlier ones.
func (a *article) countsAttack(m *mention, j int32) bool {
	if j == 0 {
		return false
	}
	if w := a.lowerWord(j - 1); w != "a" && w != "an" {
		return false
	}
	for _, t := range m.triggers {
		if t.t0 > j && t.t0 <= j+2 {
			return true
		}
	}
	return false
}

// morePeople reports whether "another" or "second" at token j counts
// people harmed beyond a toll just given, not a further event: "Another
// 20 were wounded", "another policeman died", "a second soldier was
// killed". The people it opens are those a casualty statement of m counts
// ("another resident told reporters" is a further speaker, and says
// nothing either way). So does a number after it whose noun, no attack
// word, is the subject of an auxiliary ("Another seven CRPF personnel are
// still missing"; Reuters-21578: "Another 56 miners were trapped
// underground"), whatever befell them: the missing of an attack are no
// casualty statement. "Another two bombs were found" counts attacks,
// and "another two hit a vehicle", with no auxiliary, further strikes.
func (a *article) morePeople(m *mention, j int32) bool {
	for _, st := range m.stmts {
		for _, p := range st.parts {
			if p.t0 <= j+1 && p.t1 > j {
				return true
			}
		}
	}
	n := j + 1
	if int(n) >= len(a.toks) || a.toks[n].Kind != text.Num && !numberWords[a.lowerWord(n)] {
		return false
	}
	for i := n + 1; i <= n+3 && i+1 < m.t1; i++ { // the noun, up to three words, then the auxiliary
		if _, ok := a.termAt(i, lexicon.Trigger); ok || a.toks[i].Kind != text.Word {
			return false
		}
		if auxiliaries[a.lowerWord(i+1)] {
			return true
		}
	}
	return false
}

// moreDoers reports whether "another" or "second" at token j counts one
// more of the attack's doers, not a further event: "a second attacker
// opened fire at the gate before the blast", "another gunman was shot
// dead by guards". The noun it stands on, right after it or past one
// modifier ("a second suicide bomber"), names an armed doer by the deed
// (a perpetrators party word that is an attack word too): one attack has
// several hands, as it has several victims (morePeople). "A second
// blast", "another attack" count deeds, and "another terrorist action"
// a deed a party word modifies.
func (a *article) moreDoers(j int32) bool {
	for k := j + 1; k <= j+2 && int(k) < len(a.toks) && a.toks[k].Kind == text.Word; k++ {
		t, ok := a.termAt(k, lexicon.Party)
		if !ok || t.p.Value != record.Perpetrators || t.t0 != k {
			continue
		}
		if d, ok := a.termAt(k, lexicon.Trigger); ok && d.t0 == k && d.t1 == t.t1 {
			return true // "attacker", "gunman", "suicide bomber": one named by the deed
		}
		return false // "another terrorist action": a party word that modifies a deed
	}
	return false
}

// relayedToll reports whether mention m only relays a toll from a voice:
// a statement verb before its first casualty verb, and no attack word or
// place of its own ("Meanwhile, a war monitor said at least eight people
// were killed and 23 wounded"). "Meanwhile" then brings in another
// account of the event told so far, not another event.
func (a *article) relayedToll(m *mention) bool {
	if len(m.triggers) > 0 || len(m.places) > 0 || len(m.stmts) == 0 {
		return false
	}
	s := a.sents[m.sent]
	for j := int32(s.First); j < m.stmts[0].verb.t0; j++ {
		if statementVerbs[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// furtherSpeaker reports whether "another" at token j opens a further
// voice of the authorities or of a side: a statement verb of
// [statement-verb] right after it ("Another said more than 12 soldiers
// had been killed") or after a [mouthpiece] noun and at most one word
// before it ("Another official said that the kidnapping ...", "another
// security official told"). What the voice relays is the event told so
// far. A witness ("another resident told") may tell a deed of his own.
func (a *article) furtherSpeaker(j int32) bool {
	last := int32(a.sents[a.sentOf[j]].Last)
	voice := false
	for k := j + 1; k < last && k <= j+3; k++ {
		if statementVerbs[a.lowerWord(k)] {
			return k == j+1 || voice
		}
		if a.clauseBreak(k) {
			return false
		}
		voice = a.mouthpieceAt(k)
	}
	return false
}

// witnessRetells reports whether "another" at token j of mention m's
// sentence opens a further witness ([witness-noun], right before a
// [statement-verb]) who tells a deed whose doers a definite noun points
// back at ("Another resident told SaharaReporters that the gunmen
// reportedly abducted over 200 students"): "the gunmen" are the ones the
// story told, so the witness adds a voice to the event told so far, not
// an event. A witness who tells of doers not told yet ("another resident
// said gunmen had shot two farmers") may tell a deed of his own.
func (a *article) witnessRetells(m *mention, j int32) bool {
	s := a.sents[a.sentOf[j]]
	first, last := int32(s.First), int32(s.Last)
	said := int32(-1)
	for k := j + 1; k < last && k <= j+3; k++ {
		if statementVerbs[a.lowerWord(k)] {
			if witnessNouns[a.lowerWord(k-1)] {
				said = k
			}
			break
		}
		if a.clauseBreak(k) {
			return false
		}
	}
	if said < 0 {
		return false
	}
	for _, t := range m.triggers {
		if t.t0 <= said || !a.asserted(t.t0) || a.passiveBefore(t) {
			continue
		}
		d, _, ok := a.agentTokenBefore(t.t0, first)
		if !ok || d-1 <= said {
			continue
		}
		d--
		if !backPointers[a.lowerWord(d)] && d-1 > said && !a.toks[d].Has(text.Cap) {
			d-- // "the armed bandits"
		}
		if backPointers[a.lowerWord(d)] {
			return true
		}
	}
	return false
}

// witnessNouns are people who tell what they saw or heard
// ([witness-noun]): "another resident told" (witnessRetells).
var witnessNouns = lexicon.Words().Set("witness-noun") // lexicon/words.txt

// countsTime reports whether the ordinal at token j counts a unit of
// time, not deeds: the noun it stands on, right after it or past one
// modifier, is one of [time-count-noun] ("The second week of the Atlanta
// Games got off to a sober start after Saturday's pipe bombing", "for a
// second straight day"). An event that goes on into its second day is
// the event told so far.
func (a *article) countsTime(j int32) bool {
	last := int32(a.sents[a.sentOf[j]].Last)
	for k := j + 1; k <= j+2 && k < last && a.toks[k].Kind == text.Word; k++ {
		if timeCountNouns[a.lowerWord(k)] {
			return true
		}
	}
	return false
}

// timeCountNouns are the units of time an ordinal may count (countsTime).
var timeCountNouns = lexicon.Words().Set("time-count-noun") // lexicon/words.txt

// otherCountry reports whether mention m names a country other than the
// one place k lies in: "a day after a drone strike killed two of its
// fighters in southern Lebanon" is not at the Israeli town the sentence
// named first.
func (a *article) otherCountry(m *mention, k int) bool {
	if k < 0 || a.places[k].chosen == nil {
		return false
	}
	for _, j := range m.places {
		if pm := &a.places[j]; pm.country && pm.chosen != nil && pm.chosen.CountryCode != a.places[k].chosen.CountryCode {
			return true
		}
	}
	return false
}

// mainPlace returns the place an event mention happens at, or -1: of its
// event places below country level, the one nearest an event word, not
// cut off from it by a report ("..., officials said, in a stark reminder
// of the threat as it prepares to host the Olympics in Sochi"); a town
// wins over the province it is in, and the town a region qualifies ("the
// Bekaa Valley town of Baalbek") over the region.
func (a *article) mainPlace(m *mention) int {
	if m.listItem && len(m.places) > 0 && a.places[m.places[0]].listed {
		// "and Batsari villages in Zamfara State": the item is the name
		// the list deals the attack to; what follows it places the list
		return m.places[0]
	}
	best, bestDist := -1, int32(1<<30)
	for _, k := range m.places {
		pm := &a.places[k]
		if pm.country || a.qualifiesPlace(m, k) {
			continue
		}
		d := a.eventDistance(m, pm.t0)
		if d > 30 {
			continue // too far from any event word to be where it happened
		}
		if a.apposedPlace(k) || a.alsoArea(k) {
			d += 30 // a victim's office or home told beside the name, or the area a further event shares ("In Tame, also in Arauca"): any other place first
		}
		if a.compassOf(k) && a.settlementBeside(m, k) {
			d += 30 // "on a main route north of Ramallah, near the village of Sinjil": Ramallah gives the bearing, Sinjil the spot
		}
		switch {
		case best < 0, d < bestDist && !a.contains(k, best):
			best, bestDist = k, d
		case a.contains(best, k), a.possessiveOwns(&a.places[best], pm.t0):
			// "in Baghdad's Sadr City": the part a town's possessive
			// owns lies in the town, and is the finer spot
			best, bestDist = k, min(d, bestDist)
		}
	}
	return best
}

// settlementBeside reports whether mention m names, besides place k, a
// town or a village the gazetteer lacks that no compass word puts away
// from the spot: beside a place that only gives a bearing ("north of
// Ramallah"), the settlement is where it happened. A division or a
// country is no finer than the town of the bearing.
func (a *article) settlementBeside(m *mention, k int) bool {
	for _, o := range m.places {
		if p := &a.places[o]; o != k && !p.country && !a.compassOf(o) && (p.chosen == nil && !p.water || p.chosen != nil && p.chosen.Kind == gazetteer.Place) {
			return true
		}
	}
	return false
}

// apposedPlace reports whether place mention k stands at the end of an
// apposition that opens with a determiner between commas: "Maria Lopez,
// a judge in Antioquia, was shot dead in Medellin". The place tells
// where the person named before it serves or lives, not where the deed
// was, unless the apposition itself tells of violence ("the town, a
// market hit by rockets in May,"). After a place ("in Konduga, a town in
// Borno,") it names the container, which the town before it says better.
func (a *article) apposedPlace(k int) bool {
	m := &a.places[k]
	if m.prep == "" || int(m.t1) >= len(a.toks) || a.word(m.t1) != "," {
		return false
	}
	si := a.sentOf[m.t0]
	for j := m.t0 - 2; j >= m.t0-6 && j >= 1 && a.sentOf[j-1] == si; j-- {
		if a.toks[j].Kind != text.Word || a.placeAt(j) >= 0 {
			return false
		}
		if determiners[a.lowerWord(j)] {
			return a.word(j-1) == "," && !a.violenceBetween(j, m.t0)
		}
	}
	return false
}

// eventDistance is the distance in tokens from token t to the nearest event
// word of the mention, with a penalty for each report verb between them.
// An attack word a verbless clause takes from the clause before it ("two
// on Phuket on Friday ..., and one in southern Trang on Thursday") stands,
// left out, at the clause's head, not where the earlier clause wrote it.
func (a *article) eventDistance(m *mention, t int32) int32 {
	best := int32(1 << 30)
	try := func(e int32) {
		e = max(e, m.t0)
		lo, hi := min(e, t), max(e, t)
		d := hi - lo
		for j := lo; j < hi; j++ {
			if reportVerbs[a.lowerWord(j)] || a.lowerWord(j) == "according" {
				d += 40
			}
		}
		best = min(best, d)
	}
	for _, tr := range m.triggers {
		try(tr.t0)
	}
	for _, st := range m.stmts {
		if st.hedged && !st.unconfirmed {
			continue // "the threat to kill 10 judges": a deed not done has no place
		}
		try(st.verb.t0)
	}
	return best
}

// sameDay reports whether two dates (indexes, -1 for none) can be the same
// event's day: unknown dates fit anything.
func (a *article) sameDay(i, j int) bool {
	if i < 0 || j < 0 {
		return true
	}
	di, dj := a.dates[i], a.dates[j]
	if di.Precision != record.PrecisionDay || dj.Precision != record.PrecisionDay {
		return true
	}
	if di.Calendar || dj.Calendar { // a tabular Islamic day is a day either side
		return within(di, dj.Day, 1)
	}
	return di.Day == dj.Day || a.nightIntoDay(i, j) || a.nightIntoDay(j, i) || a.spanHolds(i, j) || a.spanHolds(j, i)
}

// spanHolds reports whether date i opens a span of fighting that date j
// falls in: one event told over the days it lasted, not two. A span is
// opened by "from" or "between" right before the day or at most two
// words before it ("rocked central districts from late Friday night",
// "between 2100 on 4 December and 0200 5 December"); it ends at the day
// "and", "to" or "until" brings in right after it, at most two days on,
// or, open, on the day after it began (spanEnd).
func (a *article) spanHolds(i, j int) bool {
	end, ok := a.spanEnd(i)
	if !ok {
		return false
	}
	dj := a.dates[j].Day
	return dj.Sub(a.dates[i].Day) >= 0 && end.Sub(dj) >= 0
}

// spanEnd returns the last day of the span date i opens (spanHolds),
// and whether it opens one.
func (a *article) spanEnd(i int) (text.Day, bool) {
	d := a.dates[i]
	if d.Precision != record.PrecisionDay || d.Day.IsZero() || d.Relation {
		return text.Day{}, false
	}
	t, e := a.tokenAt(d.Start), a.tokenAt(d.End-1)
	if a.possessiveAt(e+1) || a.modifierDate(i) {
		return text.Day{}, false // "the toll from yesterday's air raid": a day that names a deed, no time from which
	}
	opener := ""
	for j := t - 1; j >= 0 && j >= t-3 && a.sentOf[j] == a.sentOf[t]; j-- {
		if w := a.lowerWord(j); spanOpeners[w] {
			opener = w
			break
		}
		if a.toks[j].Kind != text.Word && a.toks[j].Kind != text.Num {
			break
		}
	}
	if opener == "" {
		return text.Day{}, false
	}
	if i+1 < len(a.dates) {
		n := a.dates[i+1]
		u := a.tokenAt(n.Start)
		for j := e + 1; j < u && j <= e+3; j++ {
			if spanClosers[a.lowerWord(j)] {
				if n.Precision == record.PrecisionDay && !n.Day.IsZero() && n.Day.Sub(d.Day) >= 0 && n.Day.Sub(d.Day) <= 2 {
					return n.Day, true
				}
				return text.Day{}, false // "from Friday to next month": no span of one event
			}
		}
	}
	if opener == "between" {
		return text.Day{}, false // "between" with no second day is no span
	}
	return d.Day.AddDays(1), true
}

// spanOpeners open a span of days and spanClosers bring in its last day
// ([span-opener], [span-closer]; spanEnd).
var (
	spanOpeners = lexicon.Words().Set("span-opener") // lexicon/words.txt
	spanClosers = lexicon.Words().Set("span-closer") // lexicon/words.txt
)

// laterDeed reports whether mention m's sentence opens with a shift of
// hours in time ("Later,", "Later in the day,", "Hours earlier, at about
// 3:50 p.m.,": [sequence-adverb], after nothing or a unit of [shift-unit]) and
// goes on, after the comma, with a deed brought in anew: an indefinite
// attack noun ("a roadside bomb struck a convoy") or armed doers named by
// a bare noun ("gunmen in Kirkuk shot dead"). A round-up tells its
// events one after another so ("Later, a roadside bomb struck a convoy
// outside el-Arish"; Reuters-21578: "Later, a bomb exploded outside a
// ruling party office"). Minutes apart ("Ten minutes later, a bomb in a
// parked car went off outside") the second blast is most often the same
// attack's, and a definite noun ("Later, the gunmen set fire to") or a
// speaker ("Later, police said") tells the event on.
func (a *article) laterDeed(m *mention) bool {
	if m.title || len(m.stmts) == 0 && !m.specific {
		return false
	}
	s := a.sents[m.sent]
	first, last := int32(s.First), int32(s.Last)
	shift := int32(-1)
	for j := first; j < last && j <= first+4; j++ {
		if a.hasTerm(j, lexicon.Trigger, "") {
			return false // "Later attacks", "After the blast,": an attack word in the opener
		}
		if sequenceAdverbs[a.lowerWord(j)] {
			shift = j
			break
		}
	}
	if shift < 0 || shift+1 < m.t0 {
		return false
	}
	if shift > first && !shiftUnits[a.lowerWord(shift-1)] {
		return false // "Ten minutes later"
	}
	// the clause begins right after the opener ("Hours later military
	// jets bombed"), after its comma ("Later in the day, gunmen"), or
	// after a second fronted phrase of the clock ("Hours earlier, at
	// about 3:50 p.m., a bomb")
	k := shift + 1
	for range 3 {
		if a.freshSubject(m, k) {
			return true
		}
		next := int32(-1)
		for j := k; j < last && j <= k+6; j++ {
			if a.hasTerm(j, lexicon.Trigger, "") {
				return false
			}
			if a.word(j) == "," {
				next = j + 1
				break
			}
		}
		if next < 0 {
			return false
		}
		k = next
	}
	return false
}

// freshSubject reports whether the clause of mention m that begins at
// token k brings in its deed anew (laterDeed): an indefinite attack noun
// ("a roadside bomb struck") or a bare armed doer with a deed told
// ("gunmen in Kirkuk shot dead a construction worker").
func (a *article) freshSubject(m *mention, k int32) bool {
	if w := a.lowerWord(k); w == "a" || w == "an" {
		for _, t := range m.triggers {
			if t.t0 > k && t.t0 <= k+3 && t.p.Value != "generic" {
				return true
			}
		}
		return false
	}
	if len(m.stmts) == 0 {
		return false
	}
	// the doers of a deed of their own, not a force answering one
	// ("Later, troops stormed the building" ends the siege told)
	if a.covered(k, lexicon.Party, record.Perpetrators) {
		return true // "gunmen shot dead"
	}
	return a.covered(k+1, lexicon.Party, record.Perpetrators) && !backPointers[a.lowerWord(k)] && a.toks[k].Kind == text.Word // "Islamist fighters stormed"; not "the gunmen"
}

// regionOpener reports whether mention m's sentence opens with a part of
// the country as its own scene ("In the east, the Karen National Union
// said its fighters overran an army outpost", "In the north, ..."): "in
// the" and a compass word ([compass-word]) before a comma. A round-up
// moves so to another region; what the sentence tells there is an event
// of its own, not a detail of the one told before, though it names no
// town the gazetteer knows.
func (a *article) regionOpener(m *mention) bool {
	if m.title || !m.specific {
		return false
	}
	f := int32(a.sents[m.sent].First)
	return m.t0 <= f+3 && a.lowerWord(f) == "in" && a.lowerWord(f+1) == "the" && compass[a.lowerWord(f+2)] && a.word(f+3) == ","
}

// samePlaceWords reports whether mention m names its place as the one
// told before, by "the same" and a place noun ("in the same district",
// "in the same village": [same-word], [place-noun]).
func (a *article) samePlaceWords(m *mention) bool {
	for j := m.t0 + 1; j+1 < m.t1; j++ {
		if sameWords[a.lowerWord(j)] && a.lowerWord(j-1) == "the" {
			if _, ok := placeNouns[a.lowerWord(j+1)]; ok {
				return true
			}
		}
	}
	return false
}

// shiftUnits and sequenceAdverbs make the openers laterDeed reads,
// sameWords the anaphor samePlaceWords does.
var (
	shiftUnits = lexicon.Words().Set("shift-unit") // lexicon/words.txt
	sameWords  = lexicon.Words().Set("same-word")  // lexicon/words.txt
)

// alsoDeed reports whether mention m tells a further deed of the doer of
// incident in: "also" (furtherWords) before a deed verb whose subject is
// an armed doer, of a kind none of the incident's words name ("The rebels
// also blew up two power pylons" after an attack with mortars), with no
// toll of its own ("they also wounded a watchman" adds to the same
// attack's toll). Without "also" a doer's second verb of another kind
// ("stormed the consulate ... setting the building on fire") is most
// often the same attack told on.
func (a *article) alsoDeed(m *mention, in *incident) bool {
	if len(m.stmts) > 0 || !m.specific || m.title {
		return false
	}
	for _, t := range m.triggers {
		if t.p.Value == "generic" || !a.alsoDone(t) {
			continue
		}
		kin := false
		for _, o := range in.ms {
			for _, u := range o.triggers {
				kin = kin || u.p.Value == t.p.Value
			}
		}
		if !kin {
			return true
		}
	}
	return false
}

// alsoAttack reports whether mention m tells an attack its doer made
// besides the deeds told so far: a word of [further-word] right before an
// attack verb of any kind, "attacked" too, whose subject is the doer
// (alsoDone): "the guerrillas also attacked civil defense positions in
// Tonacatepeque, where they killed two". Its toll is its own: "also" sets
// the whole deed beside the others, where "they also wounded a watchman"
// (a casualty verb, no attack word) only adds to a toll.
func (a *article) alsoAttack(m *mention) bool {
	if !m.specific || m.title {
		return false
	}
	return slices.ContainsFunc(m.triggers, a.alsoDone)
}

// campaignTold reports whether incident in is told as a campaign, by an
// attack word of [campaign-noun] ("the rebel offensive begun on the night
// of 11 November"): a deed told as done besides ("the rebels also
// attacked the National Police headquarters") is one of its attacks, not
// one beside it (alsoAttack).
func (a *article) campaignTold(in *incident) bool {
	for _, m := range in.ms {
		for _, t := range m.triggers {
			if campaignNouns[a.lowerWord(t.t1-1)] {
				return true
			}
		}
	}
	return false
}

// alsoDone reports whether attack word t is a verb a doer did with a word
// of [further-word] right before it: "the rebels also blew up".
func (a *article) alsoDone(t term) bool {
	return t.t0 > 0 && furtherWords[a.lowerWord(t.t0-1)] && a.doerOf(t)
}

// furtherWords add a further deed to a doer's (alsoDeed, alsoAttack).
var furtherWords = lexicon.Words().Set("further-word") // lexicon/words.txt

// alsoInArea reports whether mention m sets its spot in an area with a
// comma, a word of [further-word] and a preposition of [event-prep]
// (alsoArea): "In Canalete, also in Cordoba, cattleman Pedro Pablo Mejia
// was kidnapped", "in the Miralvalle neighborhood, also in northern San
// Salvador". "Also" says that something else already happened in that
// area, so the spot before it is a further event's, not a spot of the one
// told there.
func (a *article) alsoInArea(m *mention) bool {
	lo, hi := a.placeRange(m.t0+1, m.t1)
	for k := lo; k < hi; k++ {
		if a.alsoArea(k) {
			return true
		}
	}
	return false
}

// alsoArea reports whether place mention k follows a comma, a word of
// [further-word] and a preposition of [event-prep], one modifier allowed
// before it (", also in northern San Salvador"): the area a further
// event shares with one told before, not its spot.
func (a *article) alsoArea(k int) bool {
	j := a.places[k].t0 - 1
	if j >= 0 && !eventPreps[a.lowerWord(j)] {
		j-- // "also in northern San Salvador"
	}
	return j >= 2 && eventPreps[a.lowerWord(j)] && furtherWords[a.lowerWord(j-1)] && a.word(j-2) == "," && a.sentOf[j-2] == a.sentOf[a.places[k].t0]
}

// resumedDay returns the day (an index in a.dates) of the lead's other
// event that an earlier paragraph took the story back to, for mention m
// of a paragraph that opens with no day of its own, or -1. A lead that
// tells today's deed "a day after" another ("struck Zaporizhzhia again on
// Tuesday, ... a day after the heaviest bombardment ... left 19 dead")
// tells two events; a paragraph that opens with the other's day ("Monday's
// barrage began in the morning rush hour", "On Monday, ...": resumingDay)
// goes back to it, and the paragraphs below that name no day go on telling
// it, its parts at places of their own ("In the capital, the first
// explosions came ...", "Elsewhere, strikes on power plants ... in
// Lviv"), until a paragraph opens with a day again ("On Tuesday, ...").
// A sentence naming no place is left to the incident its paragraph goes
// on with: "The army said in a statement it deeply regretted the loss of
// lives" after a paragraph of Sunday's shooting speaks of the whole
// story, not of Sunday. A day named anywhere in a
// paragraph between that does not open it breaks the run: the story may
// have moved on. Only the lead's other day runs so: a background day
// ("On July 12, two women killed 13") opens a paragraph of its own, and
// what follows goes back to the story's day (d0).
func (a *article) resumedDay(m *mention, d0 int) int {
	if a.lead < 0 || m.para <= a.lead || d0 < 0 {
		return -1
	}
	for p := m.para; p > a.lead; p-- {
		si, ok := a.paraSent(p)
		if !ok {
			return -1
		}
		b0, _ := a.sentBytes(int32(si))
		var b1 int
		if p == m.para {
			b1, _ = a.sentBytes(m.sent) // what the paragraph told before m
		} else if si2, ok := a.paraSent(p + 1); ok {
			b1, _ = a.sentBytes(int32(si2))
		} else {
			b1 = len(a.src)
		}
		k, hi := a.dateRange(b0, b1)
		day := -1
		for j := k; j < hi; j++ {
			if a.dates[j].Precision == record.PrecisionDay {
				day = j
				break
			}
		}
		if day < 0 {
			continue // no day: the paragraph goes on with the day before it
		}
		if first, last := a.sentBytes(int32(si)); a.dates[day].Start >= last || a.dates[day].Start < first || !a.resumingDay(day) || !a.leadOtherDay(day, d0) {
			return -1
		}
		return day
	}
	return -1
}

// resumingDay reports whether day k opens its sentence as the day of
// what the sentence tells: set before the subject ("On Monday, ...":
// openingDay) or the possessive that opens its subject ("Monday's barrage
// began ...": the day's event named by its day), and dating no saying.
func (a *article) resumingDay(k int) bool {
	d := a.dates[k]
	if d.Future || a.reportingDate(k) {
		return false
	}
	t, e := a.tokenAt(d.Start), a.tokenAt(d.End-1)
	if a.openingDay(t, e) {
		return true
	}
	return t == int32(a.sents[a.sentOf[t]].First) && a.possessiveAt(e+1) && int(e+3) < len(a.toks) && a.toks[e+3].Kind == text.Word
}

// leadOtherDay reports whether day k is a day the lead paragraph gives an
// event other than the story's own day d0: "a day after the heaviest
// bombardment" on a Tuesday lead gives Monday.
func (a *article) leadOtherDay(k, d0 int) bool {
	if a.dates[k].Day == a.dates[d0].Day {
		return false
	}
	for j := range a.dates {
		d := a.dates[j]
		if d.Precision != record.PrecisionDay || d.Future || d.Day != a.dates[k].Day {
			continue
		}
		if a.sents[a.sentOf[a.tokenAt(d.Start)]].Para == a.lead {
			return true
		}
	}
	return false
}
