package extract

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/text"
)

// site is a named or described target inside a town: "the Belgian
// consulate", "the Radisson SAS Hotel", "the clock tower". Coordinated
// attacks on several sites of one town are coded one incident per site.
type site struct {
	t0, t1 int32
	head   string   // the facility noun, singular: "hotel", "consulate"
	mods   []string // the words that tell it from another of its kind: "belgian", "radisson", "sas"
	// ofHead is 1 + the token of the head noun of a name built with "of"
	// ("the headquarters of the armed forces": "headquarters"); 0 when
	// the head is the name's last word
	ofHead int32
	// dealtFrom is the plural site this one was dealt out of ("police
	// stations" of "police stations at Fegge and Jedijedi"); nil otherwise
	dealtFrom *site
}

// undealt puts back the plural site each site dealt over named spots came
// from: without a town to stand in, "offshore oilfields at Nowruz, Cyrus
// and Ardeshir" are spots of one raid's area, not sites of one town.
func undealt(sites []site) []site {
	var out []site
	for _, s := range sites {
		if s.dealtFrom == nil {
			out = append(out, s)
			continue
		}
		if n := len(out); n > 0 && out[n-1].t0 == s.dealtFrom.t0 && out[n-1].t1 == s.dealtFrom.t1 {
			continue
		}
		out = append(out, *s.dealtFrom)
	}
	return out
}

// headTok returns the token of the site's head noun.
func (s site) headTok() int32 {
	if s.ofHead > 0 {
		return s.ofHead - 1
	}
	return s.t1 - 1
}

// same reports whether two sites can be the same: the same kind of
// facility, and no two different names ("the Spanish culture center" and
// "the Spanish center" are one; "a hotel" may be "the Farah hotel").
func (s site) same(o site) bool {
	if s.head != o.head {
		return false
	}
	if len(s.mods) == 0 || len(o.mods) == 0 {
		return true
	}
	for _, m := range s.mods {
		for _, n := range o.mods {
			if m == n {
				return true
			}
		}
	}
	// "the SSS office" is "the office of the State Security Service": a
	// name told by its initials
	return initialsOf(s.mods, o.mods) || initialsOf(o.mods, s.mods)
}

// initialsOf reports whether one of mods is an acronym of three letters or
// more made of the first letters of the words of other in a row.
func initialsOf(mods, other []string) bool {
	for _, m := range mods {
		if len(m) < 3 || len(m) > len(other) {
			continue
		}
		for i := 0; i+len(m) <= len(other); i++ {
			ok := true
			for k := 0; k < len(m) && ok; k++ {
				ok = other[i+k] != "" && other[i+k][0] == m[k]
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// singularSites end in s but name one site: "headquarters".
var singularSites = lexicon.Words().Set("singular-s-site") // lexicon/words.txt

// siteModifiers may describe a facility without telling it from another.
var siteModifiers = lexicon.Words().Set("site-modifier") // lexicon/words.txt

// sites returns the sites a mention names and whether it names several in
// one list ("at a Jewish community center, a hotel, the Belgian consulate
// and a Spanish culture center"; "the Ritz-Carlton and Marriott hotels";
// "Two other hotels, the Grand Hyatt Amman and Days Inn Amman").
func (a *article) sites(m *mention) (out []site, list bool) {
	if m.title {
		return nil, false // headline capitals do not mark names
	}
	var past int32 // the end of names read already as sites of their own
	for _, t := range a.termsIn(m.t0, m.t1) {
		if t.t0 < past {
			continue // "Farm Centre" of "police stations at Fegge, Farm Centre and Jedijedi": one of its names
		}
		if t.p.Cat != lexicon.Target || t.p.Value == "civilians" {
			continue // "a wedding", "homes": whom, not which building
		}
		if a.personTarget(t) {
			continue // "policemen"; "the interior minister" is a person, not a site
		}
		if reportVerbs[a.lowerWord(t.t1)] {
			continue // "diplomats said": who tells, not what was hit
		}
		head := singular(a.lowerSpan(t.t1-1, t.t1))
		s := site{t0: t.t0, t1: t.t1, head: head}
		for j := t.t0 + 1; j < t.t1-1; j++ {
			if a.lowerWord(j) == "of" {
				// "the headquarters of the armed forces" is a headquarters
				s.head, s.ofHead = singular(a.lowerWord(j-1)), j
				break
			}
		}
		// the modifiers and names before the noun
		for j := t.t0 - 1; j >= m.t0 && j >= t.t0-4; j-- {
			w := a.lowerWord(j)
			if a.toks[j].Kind != text.Word && !a.isInnerHyphen(int(j)) || stopWords[w] || itemPreps[w] || w == "," {
				break
			}
			if w == "s" && a.possessiveAt(j-1) {
				break // "the city's Shalom Church": the owner's clitic tells no church from another
			}
			s.t0 = j
			if a.toks[j].Kind == text.Word && !siteModifiers[w] {
				s.mods = append(s.mods, w)
			}
		}
		for j := t.t0; j < t.t1-1; j++ {
			s.mods = append(s.mods, a.lowerWord(j)) // "community" of "community center"
		}
		if s.ofHead == 0 {
			if e := a.siteOfName(t.t1, m.t1); e > t.t1 {
				// "the office of the State Security Service": the name after
				// "of" tells the office from another, and the list goes on
				// after it
				for j := t.t1; j < e; j++ {
					if a.toks[j].Kind == text.Word && !siteModifiers[a.lowerWord(j)] && a.lowerWord(j) != "of" {
						s.mods = append(s.mods, a.lowerWord(j))
					}
				}
				s.t1, s.ofHead = e, t.t1
			}
		}
		// "the Ritz-Carlton and Marriott hotels": the first name
		if s.t0 >= 2 && a.lowerWord(s.t0-1) == "and" && a.toks[s.t0-2].Has(text.Cap) && a.toks[s.t0].Has(text.Cap) {
			j := s.t0 - 2
			for j > m.t0 && (a.toks[j-1].Has(text.Cap) || a.isInnerHyphen(int(j-1))) {
				j--
			}
			s.t0 = j
		}
		// "the Ritz-Carlton and Marriott hotels": names that share a
		// plural noun are sites of their own
		if plural(a.lowerSpan(t.t1-1, t.t1)) && len(s.mods) > 0 {
			if names := a.sharedNames(s); len(names) > 1 {
				out = append(out, names...)
				list = true
				continue
			}
		}
		// "Two other hotels, the Grand Hyatt Amman and Days Inn Amman"
		if plural(a.lowerSpan(t.t1-1, t.t1)) && a.word(t.t1) == "," {
			if names := a.appositiveNames(t.t1+1, m.t1, head); len(names) > 1 {
				out = append(out, names...)
				list = true
				continue
			}
		}
		// "police stations at Fegge, Farm Centre and Jedijedi": a plural
		// facility noun dealt over the names of the spots it stands at is
		// one site per name
		if plural(a.lowerSpan(t.t1-1, t.t1)) && !singularSites[a.lowerSpan(t.t1-1, t.t1)] && itemPreps[a.lowerWord(t.t1)] {
			if names := a.appositiveNames(t.t1+1, m.t1, head); len(names) > 1 {
				whole := s
				for i := range names {
					names[i].dealtFrom = &whole
				}
				if len(out) > 0 && a.coordinated(out[len(out)-1].t1, s.t0) {
					list = true
				}
				out = append(out, names...)
				list = true
				past = names[len(names)-1].t1
				continue
			}
		}
		if len(out) > 0 && a.coordinated(out[len(out)-1].t1, s.t0) && !out[len(out)-1].same(s) {
			list = true
		}
		out = append(out, s)
	}
	if d := a.distributedSites(m, out); d != nil {
		return d, true // "one at a bank, another at the university"
	}
	return out, list
}

// personTarget reports whether target term t names people: a party or
// title term starts with it and reaches its head ("policemen", "police
// officers", "the ambassador"), or its head is a body of people on the
// move ("a police patrol", "the patrol": [people-target]). In "police
// station", "police post" the party word is only the modifier of a
// compound whose head is a building: a thing hit, which may be a site.
func (a *article) personTarget(t term) bool {
	if peopleTargets[a.lowerWord(t.t1-1)] {
		return true
	}
	if i := t.t0; a.termFirst[i] != 0 {
		for k := a.termFirst[i] - 1; int(k) < len(a.terms) && a.terms[k].t0 == i; k++ {
			if c := a.terms[k].p.Cat; (c == lexicon.Party || c == lexicon.Title) && a.terms[k].t1 >= t.t1 {
				return true
			}
		}
	}
	return false
}

// peopleTargets are target heads that name people though no party or
// title term does.
var peopleTargets = lexicon.Words().Set("people-target") // lexicon/words.txt

// sharedNames splits "Ritz-Carlton and Marriott hotels" into one site per
// name.
func (a *article) sharedNames(s site) []site {
	var out []site
	j := s.t0
	for j < s.t1-1 {
		if !a.toks[j].Has(text.Cap) {
			j++
			continue
		}
		n0 := j
		for j < s.t1-1 && (a.toks[j].Has(text.Cap) || a.isInnerHyphen(int(j))) {
			j++
		}
		out = append(out, site{t0: n0, t1: j, head: s.head, mods: []string{a.lowerSpan(n0, j)}})
		for j < s.t1-1 && !a.toks[j].Has(text.Cap) {
			j++
		}
	}
	return out
}

// appositiveNames reads the names listed after a plural facility noun.
func (a *article) appositiveNames(j, last int32, head string) []site {
	var out []site
	for j < last {
		switch a.lowerWord(j) {
		case "the", "and", ",":
			j++
			continue
		}
		if !a.toks[j].Has(text.Cap) {
			break
		}
		n0 := j
		for j < last && (a.toks[j].Has(text.Cap) || a.isInnerHyphen(int(j))) {
			j++
		}
		out = append(out, site{t0: n0, t1: j, head: head, mods: a.siteNameWords(n0, j)})
	}
	return out
}

// siteNameWords returns the lower-cased words of tokens [t0, t1) that
// tell a named site from another, leaving out a place the article names:
// the "Amman" of "the Grand Hyatt Amman and Days Inn Amman" says where
// both hotels stand, not which one was hit.
func (a *article) siteNameWords(t0, t1 int32) []string {
	var out []string
words:
	for j := t0; j < t1; j++ {
		if a.toks[j].Kind != text.Word {
			continue
		}
		w := a.lowerWord(j)
		for k := range a.places {
			if p := &a.places[k]; p.t1 == p.t0+1 && a.lowerWord(p.t0) == w {
				continue words // a place the article names
			}
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return strings.Fields(a.lowerSpan(t0, t1))
	}
	return out
}

// harmed reports whether site s is, alone or in a list, the subject of
// a passive of harm ("one office, one bus and one transformer were
// damaged", "the school was badly damaged"): a thing the attack harmed,
// not a site hit by an attack of its own.
func (a *article) harmed(s site) bool {
	si := a.sentOf[s.t0]
	for j := s.t1; j < s.t1+12 && int(j) < len(a.toks) && a.sentOf[j] == si; j++ {
		switch w := a.lowerWord(j); w {
		case "was", "were":
			if strings.HasSuffix(a.lowerWord(j+1), "ly") {
				j++ // "badly", "partially"
			}
			return damageParticiples[a.lowerWord(j+1)]
		case ";", ":":
			return false
		}
	}
	return false
}

// damageParticiples tell harm done to things (harmed).
var damageParticiples = lexicon.Words().Set("damage-participle") // lexicon/words.txt

// coordinated reports whether the tokens between two sites list them: ",",
// "and", "at", "the", "a", and the words of [list-joiner] ("as well as").
func (a *article) coordinated(end, start int32) bool {
	if start < end || start-end > 6 {
		return false
	}
	for j := end; j < start; j++ {
		switch w := a.lowerWord(j); w {
		case ",", "and", "at", "the", "a", "an", "on", "near", "outside":
		default:
			if !listJoiners[w] {
				return false
			}
		}
	}
	return true
}

// listJoiners join the items of a list as "and" does: "as well as".
var listJoiners = lexicon.Words().Set("list-joiner") // lexicon/words.txt

// siteOfName returns the end of a name told after a facility noun ending at
// token k with "of" ("the office of the State Security Service", "the
// headquarters of the Federal Police"): "of", "the" at will, and
// capitalised words; k when none follows. Lower-case words after "of"
// ("the office of the governor") are left to the target terms. It starts
// where ofName does (ofTheEnd) but reads on over hyphens, with no bound
// and no reading of case-less text: calling ofName here moved a MUC-4
// template (stop 28).
func (a *article) siteOfName(k, last int32) int32 {
	j := a.ofTheEnd(k)
	if j < 0 {
		return k
	}
	e := j
	for e < last && (a.toks[e].Has(text.Cap) || a.isInnerHyphen(int(e))) {
		e++
	}
	if e == j {
		return k
	}
	return e
}

// singular strips an English plural s.
func singular(w string) string {
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3 {
		return w[:len(w)-1]
	}
	return w
}

// distributedSites returns, when mention m deals out a set of attacks
// item by item (dealtOut), the first of sites inside each item, or nil
// unless two items or more name one: "three bombs went off in
// Tegucigalpa, one at a bank, another at the university" tells an attack
// at each, while "a bank in the city centre" inside the first item is
// where that one attack was.
func (a *article) distributedSites(m *mention, sites []site) []site {
	marks := a.dealtOut(m)
	if len(marks) < 2 {
		return nil
	}
	var out []site
	for i, j := range marks {
		end := m.t1
		if i+1 < len(marks) {
			end = marks[i+1]
		}
		found := false
		for _, s := range sites {
			if s.t0 > j && s.t1 <= end {
				out = append(out, s)
				found = true
				break
			}
		}
		if !found {
			if s, ok := a.itemTarget(j, end); ok {
				out = append(out, s)
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// itemOf returns the tokens [j0, j1) of the item of mention m, dealt out
// attack by attack (dealtOut), that holds site s; ok false when m deals
// out no set or s lies in none of its items. "a seventh blast killed two
// people at a guesthouse in Dehiwala, ..., and an eighth went off at a
// house in Dematagoda": each item tells its own attack's town and toll.
func (a *article) itemOf(m *mention, s *site) (j0, j1 int32, ok bool) {
	if s == nil || s.t0 < m.t0 || s.t1 > m.t1 {
		return 0, 0, false
	}
	return itemAt(a.dealtOut(m), m, s)
}

// itemAt is itemOf with the marks of m's items (dealtOut) read already,
// for a caller that asks of each of m's sites in turn.
func itemAt(marks []int32, m *mention, s *site) (j0, j1 int32, ok bool) {
	if s == nil || s.t0 < m.t0 || s.t1 > m.t1 || len(marks) < 2 {
		return 0, 0, false
	}
	for i, j := range marks {
		end := m.t1
		if i+1 < len(marks) {
			end = marks[i+1]
		}
		if s.t0 >= j && s.t0 < end {
			return j, end, true
		}
	}
	return 0, 0, false
}

// itemPlace returns the first place of mention m, not a country, that the
// item holding site s names (itemAt, marks m's dealtOut), or -1: the town
// of that one attack of the set, where the mention's main place is only
// one item's.
func (a *article) itemPlace(m *mention, marks []int32, s *site) int {
	j0, j1, ok := itemAt(marks, m, s)
	if !ok {
		return -1
	}
	// an event place first; else the town a spot of it is measured from
	// ("at a house in Dematagoda in the north of Colombo")
	for _, ks := range [][]int{m.places, m.yardsticks} {
		for _, k := range ks {
			if p := &a.places[k]; !p.country && p.t0 > j0 && p.t1 <= j1 {
				return k
			}
		}
	}
	return -1
}

// itemTarget reads the site of an item dealt out that names no target
// the lexicons know, from its mark at token j to token end: the noun
// phrase after its preposition ("the other against the country club",
// "one attack was aimed at the fuel storage tanks"), its last word the
// head. The set, counted attacks (dealtOut), says each item is an attack
// on what it names.
func (a *article) itemTarget(j, end int32) (site, bool) {
	p := j + 1
	for p < end && !itemPreps[a.lowerWord(p)] {
		p++
	}
	s := site{t0: p + 1, t1: p + 1}
	for k := p + 1; k < end && k <= p+8; k++ {
		if a.toks[k].Kind == text.Punct && !a.isInnerHyphen(int(k)) || a.lowerWord(k) == "and" {
			break
		}
		s.t1 = k + 1
	}
	for k := s.t0; k < s.t1; k++ {
		if w := a.lowerWord(k); a.toks[k].Kind == text.Word && !stopWords[w] {
			s.mods = append(s.mods, w)
		}
	}
	if len(s.mods) == 0 {
		return site{}, false
	}
	s.head = singular(s.mods[len(s.mods)-1])
	s.mods = s.mods[:len(s.mods)-1]
	return s, true
}

// dealtOut returns the tokens of mention m that open an item of a set of
// attacks dealt out ([distributive-word]: "one", "another", "the other")
// when it opens two or more: each before a preposition ("one at the park",
// "the other against the club") or an attack word ("one attack was aimed
// at"). The set must be of attacks: an attack word counted or plural
// before the first item ("three bombs went off, one at ..."), or one in
// the first item itself; "two policemen were killed, one at the station
// and another at the checkpoint" deals out the dead of one attack.
func (a *article) dealtOut(m *mention) []int32 {
	var marks []int32
	for j := m.t0; j < m.t1; j++ {
		if a.itemMark(j) || a.distributive(j) && a.hasTerm(j+1, lexicon.Trigger, "") {
			marks = append(marks, j)
		}
	}
	if len(marks) < 2 {
		return nil
	}
	if a.hasTerm(marks[0]+1, lexicon.Trigger, "") {
		return marks
	}
	for _, t := range m.triggers {
		if t.t0 >= marks[0] || a.hasTerm(t.t0, lexicon.Party, "") {
			continue
		}
		if _, agent := lookSpan(a, armedAgents, t.t0, t.t1); agent {
			continue // "Gunmen shot dead two policemen, one at ...": the doers, not the attacks
		}
		if w := a.lowerWord(t.t1 - 1); a.counted(t.t0) || plural(w) && !pluralNouns[w] {
			return marks // "three bombs", "attacks"; not "shot dead"
		}
	}
	return nil
}

// distributive reports whether token j is a word that deals out a set
// ([distributive-word]), "other" only after "the", an ordinal only after
// "a" or "an" ([series-ordinal]: "a second explosion at ... and a third
// at", "a seventh blast ... and an eighth went off").
func (a *article) distributive(j int32) bool {
	w := a.lowerWord(j)
	if seriesOrdinals[w] {
		w := a.lowerWord(j - 1)
		return w == "a" || w == "an"
	}
	return distributiveWords[w] && (w != "other" || a.lowerWord(j-1) == "the")
}

// itemMark reports whether token j opens an item dealt out at a place or
// target of its own, a preposition right after the distributive word:
// "one at the park", "another in Bello", "the other against the club".
func (a *article) itemMark(j int32) bool {
	return a.distributive(j) && itemPreps[a.lowerWord(j+1)]
}

// itemStart returns the first token of the item whose distributive word
// stands at token j, the "the" and the "and" or comma before it taken in:
// ", and the other in La Ceiba".
func (a *article) itemStart(j int32) int32 {
	if a.lowerWord(j-1) == "the" {
		j--
	}
	for a.lowerWord(j-1) == "and" || a.lowerWord(j-1) == "," {
		j--
	}
	return j
}

// dealing reports whether token j opens an item of a set the sentence
// deals out, "one" and then "another" or "the other", each before its
// preposition: "two policemen, one at a checkpoint and another at a bus
// station". "three were killed in Akuzo and one in Usu" counts one more;
// so does "one soldier died in X and another in Y", whose first item
// names its own noun.
func (a *article) dealing(j int32) bool {
	if !a.itemMark(j) {
		return false
	}
	s := a.sents[a.sentOf[j]]
	one, other := false, false
	for k := int32(s.First); k < int32(s.Last); k++ {
		if a.itemMark(k) {
			one = one || a.lowerWord(k) == "one"
			other = other || a.lowerWord(k) != "one"
		}
	}
	return one && other
}

// distributiveWords deal out a set item by item; itemPreps open an item
// at its place or target (itemMark).
var (
	distributiveWords = lexicon.Words().Set("distributive-word") // lexicon/words.txt
	itemPreps         = lexicon.Words().Set("item-prep")         // lexicon/words.txt
	seriesOrdinals    = lexicon.Words().Set("series-ordinal")    // lexicon/words.txt
)

// toldApart returns the sites that mention m lists under one attack verb
// when later sentences tell them apart, or nil: "Armed men attacked the
// French embassy and the headquarters of the armed forces" and then "Four
// attackers were killed at the embassy" ... "At the army headquarters,
// where the blast set part of the compound on fire, ..." tells two
// attacks, one per site; a spree whose sites no later sentence names
// alone is one ("attacked a bank and a hotel" and nothing more of
// either). Two sites or more of m, joined by "and", must each be named,
// without the others, by a sentence of the body after m's.
func (a *article) toldApart(m *mention, sites []site) []site {
	if m.title || !m.specific && len(m.triggers) == 0 {
		return nil // a lead that gives no toll still tells the attack ("a day after militants attacked")
	}
	var listed []site
	for i, s := range sites {
		if a.pluralSite(s) || a.harmed(s) || a.siteInside(s, sites, i) {
			continue // "homes": a set, not a site; "the school was damaged"
		}
		if slices.ContainsFunc(listed, s.same) {
			continue
		}
		listed = append(listed, s)
	}
	listed = a.andChain(listed)
	if len(listed) < 2 || a.severalTowns(m) {
		return nil // "at the main bus station in Adana and a fish market in ... Mersin": sites told apart by their towns
	}
	// sites of kinds of their own are told apart by their kind: "the
	// headquarters of the armed forces" is "the army headquarters"
	byHead := true
	for i := range listed {
		for k := range i {
			byHead = byHead && listed[k].head != listed[i].head
		}
	}
	alone := make([]bool, len(listed))
	for si := m.sent + 1; int(si) < len(a.sents); si++ {
		s := a.sents[si]
		sm := mention{sent: si, t0: int32(s.First), t1: int32(s.Last), para: s.Para}
		named, _ := a.sites(&sm)
		hit := -1
		for i, l := range listed {
			for k, n := range named {
				if a.siteInside(n, named, k) || a.pluralSite(n) || !n.same(l) && (!byHead || n.head != l.head) {
					continue
				}
				if hit >= 0 && hit != i {
					hit = -2 // the sentence names two of them: not apart
				} else if hit == -1 {
					hit = i
				}
			}
		}
		if hit >= 0 {
			if a.otherPlaceIn(m, &sm) {
				// "In Makhachkala, attackers opened fire on ... a
				// synagogue"; "the departure hall at Zaventem airport":
				// the story tells its sites apart by their towns, and
				// the rules of places segment it
				return nil
			}
			alone[hit] = true
		}
	}
	var out []site
	for i, l := range listed {
		if alone[i] {
			out = append(out, l)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// otherPlaceIn reports whether span o puts what it tells in a town the
// gazetteer knows, after an event preposition, that is not the town of
// mention m nor inside it: "In Makhachkala, attackers opened fire on ...
// a synagogue" tells another town's site, not one of m's in Derbent.
func (a *article) otherPlaceIn(m, o *mention) bool {
	p := a.mainPlace(m)
	lo, hi := a.placeRange(o.t0, o.t1)
	for k := lo; k < hi; k++ {
		if !a.eventTown(k) {
			continue
		}
		if p < 0 || !a.samePlace(p, k) && !a.contains(p, k) {
			return true
		}
	}
	return false
}

// severalTowns reports whether mention m puts what it tells in two towns
// the gazetteer knows, neither holding the other.
func (a *article) severalTowns(m *mention) bool {
	first := -1
	lo, hi := a.placeRange(m.t0, m.t1)
	for k := lo; k < hi; k++ {
		if !a.eventTown(k) {
			continue
		}
		if first < 0 {
			first = k
		} else if !a.nestedPlaces(first, k) {
			return true
		}
	}
	return false
}

// eventTown reports whether place mention k is a town the gazetteer
// knows, after an event preposition ("in Mersin", "at Zaventem").
func (a *article) eventTown(k int) bool {
	pm := &a.places[k]
	return !pm.country && !pm.demonym && eventPreps[pm.prep] && pm.chosen != nil && pm.chosen.Kind == gazetteer.Place
}

// pluralSite reports whether site s is named in the plural, a set of
// sites ("the synagogues"), not one; "headquarters" is one.
func (a *article) pluralSite(s site) bool {
	w := a.lowerWord(s.headTok())
	return plural(w) && !singularSites[w]
}

// siteInside reports whether site sites[i] lies inside another site of
// sites, ending before it: "gendarmerie" of "gendarmerie training school".
func (a *article) siteInside(s site, sites []site, i int) bool {
	for k, o := range sites {
		if k != i && o.t0 < s.t1 && o.t1 > s.t1 {
			return true
		}
	}
	return false
}

// andChain returns the first run of two sites or more of sites, each
// joined to the one before it in one sentence by "and" within a few words:
// sites coordinated under one verb ("attacked a gendarmerie training
// school and a military zone at the city's airport"); nil if none.
func (a *article) andChain(sites []site) []site {
	start := 0
	for i := 1; i <= len(sites); i++ {
		if i < len(sites) && a.joinedByAnd(sites[i-1], sites[i]) {
			continue
		}
		if i-start >= 2 {
			return sites[start:i]
		}
		start = i
	}
	return nil
}

// joinedByAnd reports whether an "and" joins site p to site s after it,
// in one sentence, within a few words.
func (a *article) joinedByAnd(p, s site) bool {
	if a.sentOf[p.t0] != a.sentOf[s.t0] {
		return false
	}
	for j := p.t1; j < s.t0 && j < p.t1+10; j++ {
		if a.lowerWord(j) == "and" {
			// "a beachfront hotel and restaurant": two nouns under one
			// determiner name one place; "and a military zone", "and
			// the headquarters", "and Marriott" bring their own
			return j+1 < s.t0 || a.toks[s.t0].Has(text.Cap) || determiners[a.lowerWord(s.t0)]
		}
	}
	return false
}
