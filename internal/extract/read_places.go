package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// placeMention is a place named in the text: tokens [t0, t1), the gazetteer
// candidates for the name (none for a village the gazetteer does not know,
// found by its "X village" shape), and what surrounds it.
type placeMention struct {
	t0, t1   int32
	cands    []gazetteer.Entry
	noun     string // a place-type noun that follows or precedes it: village, district, province ...
	prep     string // the preposition before it (in, at, near, of, from ...), lower case
	dateline bool   // the dateline of the story ("KARACHI, Pakistan (AP) —")
	demonym  bool   // "Pakistani": says which country, not where
	water    bool   // a sea, a gulf, a strait: "the Red Sea", "the Gulf"
	country  bool   // the name of a country
	capital  bool   // a country's capital named by the country: "the Afghan capital" (capitalsByCountry)
	chosen   *gazetteer.Feature
	// in is, for a place the gazetteer lacks, the known place the text
	// puts it in ("Dahyan market, in northern Saada", "Gidan Boka village
	// in Kankara LGA"): index in article.places, -1 none.
	in int
	// listed says the place stands in a list after another, whose
	// preposition it shares ("in Huarpacha, Ambo and Kichki"): a
	// round-up of events at several places (coordinatedPlaces).
	listed bool
	// partOf says the place is named inside the mention before it, which
	// holds it: "the Kandahar district of Spin Boldak", "the Lima district
	// of Miraflores" (cityParts).
	partOf bool
	// owner is ownerCountry's answer, read once when resolvePlaces
	// begins: the words before a mention do not change as the passes
	// choose and drop places.
	owner string
}

// connectors may stand uncapitalised inside a place name (Dar es Salaam,
// Sharm el-Sheikh, Bosnia and Herzegovina).
var connectors = lexicon.Words().Set("place-connector") // lexicon/words.txt

// arabicArticles are the Arabic definite article as written inside place
// names ("Shatt al-Arab"); their vowels begin its assimilated forms
// ("Deir ez-Zor", "Ras ash-Shaykh").
var arabicArticles = lexicon.Words().Set("arabic-article") // lexicon/words.txt

// articleVowels holds the first letters of the articles: an assimilated
// article is one of them and the first consonant(s) of the next word.
var articleVowels = func() string {
	var v []byte
	for w := range arabicArticles {
		if strings.IndexByte(string(v), w[0]) < 0 {
			v = append(v, w[0])
		}
	}
	return string(v)
}()

// placeNouns follow or precede a place name and say what kind of place it
// is; they also let the extractor keep a village the gazetteer lacks.
var placeNouns = lexicon.Words().Map("place-noun") // lexicon/words.txt

// spotNouns are the place nouns of a spot ("a market", "a camp"), not of
// a settlement: unnamedSite, nounInApposition.
var spotNouns = lexicon.Words().Set("spot-noun") // lexicon/words.txt

// ofOnlyNouns name a place only before "of" ("the communities of
// Ouatagouna and Karou"); after a name they name its people ("the Toposa
// community").
var ofOnlyNouns = lexicon.Words().Set("of-only-place-noun") // lexicon/words.txt

// adminNoun reports whether w is a place noun of a division, a district
// or a province ("Kankara district", "Zamfara State"), not of a town.
func adminNoun(w string) bool {
	kind := placeNouns[w]
	return kind == record.GeoAdmin1 || kind == record.GeoAdmin2
}

// notPlaces are capitalised words that the gazetteer knows as places but that
// in news text are nearly always something else.
var notPlaces = lexicon.Words().Set("not-place") // lexicon/words.txt

// unitNouns, capitalised after a place name, name a force, a paper or an
// airline after the place ("Assam Rifles", "Kashmir Times"), which tells
// nothing of where an event was.
var unitNouns = lexicon.Words().Set("unit-noun") // lexicon/words.txt

// orgHeads head the name of an organisation made with "of" and a place
// ("Bank of Tokyo", "Council of Europe"): that place is not where the
// story puts anything.
var orgHeads = lexicon.Words().Set("org-head") // lexicon/words.txt

// locPreps are prepositions that put an event at a place.
var locPreps = lexicon.Words().Set("location-prep") // lexicon/words.txt

// connectives open a sentence and join it to the one before ("However",
// "Meanwhile"); capitalised there, and in news often with no comma before
// a name ("However Eva Forest remained in prison"), they are no part of
// the name ([connective]).
var connectives = lexicon.Words().Set("connective") // lexicon/words.txt

// findPlaces scans every sentence for names the gazetteer knows (longest
// first) and for unknown names shaped like places ("Gidan Boka village",
// "the town of Inata").
func (a *article) findPlaces() {
	g := a.x.gaz
	maxN := g.MaxWords()
	if maxN > 6 {
		maxN = 6
	}
	a.places = a.places[:0]
	gi := 0 // next group mention, to skip names inside group names
	for _, s := range a.sents {
		for i := int32(s.First); i < int32(s.Last); {
			if !a.placeStart(i) || a.articleTail(i, int32(s.Last)) {
				// "Numan" in "Ma'arat al-Numan" is the end of a name
				i++
				continue
			}
			for gi < len(a.groups) && a.groups[gi].End <= int(a.toks[i].Start) {
				gi++
			}
			if gi < len(a.groups) && a.groups[gi].Start <= int(a.toks[i].Start) {
				i = a.tokenAt(a.groups[gi].End)
				continue
			}
			if w, ok := a.waterBody(i, int32(s.Last)); ok {
				// "the Red Sea", "the Gulf": not Sudan's Red Sea state, not
				// Papua New Guinea's Gulf Province
				if w.t1 > w.t0 {
					a.places = append(a.places, w)
					i = w.t1
				} else {
					i++ // "Gulf shipping sources": the Gulf's, not a place
				}
				continue
			}
			n := a.longestPlace(i, int32(s.Last), maxN)
			if k, ok := a.articleAt(i+n, int32(s.Last), false); n > 0 && ok {
				// "Ras al-Ain" goes on past the "Ras" the gazetteer
				// knows: the name is cut short, and no place
				i = k
				continue
			}
			if u, ok := a.unknownPlace(i, int32(s.Last)); ok && u.t1-u.t0 > n {
				// "Pa Zi Gyi Village" is one village, not Pennsylvania
				a.places = append(a.places, u)
				i = u.t1
				continue
			}
			if n == 0 {
				i++ // no name the gazetteer knows, nor one shaped like a place
				continue
			}
			if e := a.placeParticlesEnd(i+n, int32(s.Last)); e > i+n && !a.conjoined(i, i+n, e, int32(s.Last), maxN) {
				// "San Juan de Lurigancho" goes on past the "San Juan" the
				// gazetteer knows: the name is cut short, and no place
				for i = e; i < int32(s.Last) && a.toks[i].Kind == text.Word && a.toks[i].Has(text.Cap); i++ {
				}
				continue
			}
			a.buf = gazetteer.AppendKey(a.buf[:0], a.src[a.toks[i].Start:a.toks[i+n-1].End])
			m := placeMention{t0: i, t1: i + n, cands: g.Lookup(a.buf), in: -1}
			if a.keepPlace(&m) {
				a.places = append(a.places, m)
				if e := a.afterWaterAdjectives(i+n, int32(s.Last)); m.demonym && e < int32(s.Last) && waterWords[a.lowerWord(e)] == "noun" {
					w, _ := a.waterBody(e, int32(s.Last))
					if w.t1 > w.t0 {
						// "Kuwaiti waters": the demonym's country's water
						a.places = append(a.places, w)
						i = w.t1
						continue
					}
				}
			}
			i += n
		}
	}
	a.listedPlaces()
	a.namesAfterPluralNoun()
	a.betweenPlaces()
	a.namedAgain()
	a.dropDescribers()
	a.dropPeople()
	a.coordinatedPlaces()
	a.borderPlaces()
}

// borderPlaces reads two countries joined by a hyphen before "border" or
// "frontier" ("the Kyrgyz-Tajik border", "the Niger-Mali border") as one
// place the gazetteer lacks: the border between them, which neither
// country alone names; the story's country says whose side.
func (a *article) borderPlaces() {
	for k := 0; k+1 < len(a.places); k++ {
		p, q := &a.places[k], &a.places[k+1]
		if !(p.country || p.demonym) || !(q.country || q.demonym) || q.t0 != p.t1+1 || !a.isInnerHyphen(int(p.t1)) || int(q.t1) >= len(a.toks) {
			continue
		}
		if !borderNouns[a.lowerWord(q.t1)] {
			continue
		}
		a.places[k] = placeMention{t0: p.t0, t1: q.t1 + 1, prep: p.prep, in: -1}
		a.places = slices.Delete(a.places, k+1, k+2)
	}
}

// coordinatedPlaces gives the places listed after a place that follows a
// preposition of an event that place's preposition: in "attacks were
// reported in Chalatenango, San Antonio, Ciudad Barrios and Carolina"
// each town is where an attack was, though only the first follows "in".
// A list is names joined by commas that ends in "and" or "or" with
// nothing else between them: "In London, Lloyds insurance said" is no
// list, and a country or a division named with its noun after a comma
// says where the place before it is ("in Kut, Iraq", "in Ambo, Huanuco
// department"), not another place. Three places or more joined by commas
// may end in "and" before no name (openEnded). "Between A and B" names
// one stretch.
func (a *article) coordinatedPlaces() {
	for h := 0; h < len(a.places); h++ {
		head := &a.places[h]
		if !eventPreps[head.prep] || head.prep == "between" || head.country || head.demonym || head.dateline {
			continue
		}
		if n := a.lowerWord(head.t0 - 2); head.prep == "of" && (placeNouns[n] == "" || !plural(n)) {
			continue // "the towns of A, B and C" lists places; "the corner of A and B streets" does not
		}
		end, closed := h, false
		for k := h + 1; k < len(a.places) && !closed; k++ {
			m, prev := &a.places[k], &a.places[k-1]
			if m.prep != "" && m.prep != "and" && m.prep != "or" || m.country || m.demonym ||
				a.sentOf[m.t0] != a.sentOf[prev.t1-1] || m.t0 <= prev.t1 || m.t0-prev.t1 > 2 {
				break
			}
			switch a.lowerSpan(prev.t1, m.t0) {
			case ",":
				if adminNoun(m.noun) {
					k = len(a.places) // "in Ambo, Huanuco department"
					continue
				}
			case "and", "or", ", and", ", or":
				closed = true
			default:
				k = len(a.places)
				continue
			}
			end = k
		}
		if !closed && end-h >= 2 && a.openEnded(a.places[end].t1) {
			closed = true // "in Chalatenango, San Antonio, Ciudad Barrios, and other towns"
		}
		if !closed {
			continue
		}
		for k := h + 1; k <= end; k++ {
			a.places[k].prep, a.places[k].listed = head.prep, true
		}
		h = end
	}
}

// openEnded reports whether the tokens at j close a list of places with
// "and" or "or" before words that name no place of the text: "in A, B,
// C, and other towns", "in A, B, C and north [word indistinct]". Three
// places joined by commas and such an end are a list though its last
// item is no name.
func (a *article) openEnded(j int32) bool {
	if a.word(j) == "," {
		j++
	}
	if w := a.lowerWord(j); w != "and" && w != "or" {
		return false
	}
	for k := range a.places {
		if a.places[k].t0 == j+1 {
			return false // a place: the list goes on (coordinatedPlaces reads it)
		}
	}
	return int(j+1) < len(a.toks) && a.sentOf[j] == a.sentOf[j+1] && a.toks[j+1].Kind == text.Word
}

// dropPeople removes the place mentions that name a person: a name after
// a title ("President Reagan", "Mr Howard") is a person, as is a surname
// after the given name ("MINISTER ERNESTO CARLOS MADRID"), and so is the
// same name alone elsewhere in the story ("Reagan said", "MADRID'S
// ASSASSINATION"), though the gazetteer has a county or a town so called.
// A country's name is a person's too where a title puts it in a name
// ("COLONEL MAURICIO VARGAS", though "Mauricio" is Mauritius in Spanish;
// "GENERAL OSVALDO DIAZ SALVADOR"; "Foreign Minister Israel Katz") or
// another word of that name comes right before it ("[DIAZ SALVADOR]"),
// but only there: the country the story names elsewhere is still the
// country. A name with a place noun ("Quezon province") stays a place.
func (a *article) dropPeople() {
	names := map[string]bool{}
	for _, m := range a.places {
		if !m.demonym && m.noun == "" {
			names[a.lowerSpan(m.t0, a.unpossessed(m))] = true
		}
	}
	if len(names) == 0 {
		return
	}
	// every title of the story, not only those before a place mention:
	// "GENERAL LEIGH WAS ATTACKED" makes "ON LEIGH'S CONDITION" a
	// person's, though the first was never read as a place
	people := map[string]bool{}
	at := map[int32]bool{}         // where a title's name starts each of people
	nameWords := map[string]bool{} // the words of the names titles bring in
	for p := int32(0); int(p)+1 < len(a.toks); p++ {
		if !a.addressAt(p) {
			continue
		}
		t0 := p + 1
		if a.word(t0) == "." {
			t0++ // "Mr. Howard"
		}
		for n := int32(1); n <= 3 && int(t0+n) <= len(a.toks) && a.sentOf[t0+n-1] == a.sentOf[p]; n++ {
			if a.spanIn(names, t0, t0+n) {
				people[a.lowerSpan(t0, t0+n)], at[t0] = true, true
			}
		}
		// a surname after the given name: "PRESIDENCY MINISTER ANTONIO
		// RODRIGUEZ PORTH" makes "RODRIGUEZ PORTH'S ASSASSINATION" a man's
		if tm, ok := a.termAt(p, lexicon.Title); ok && tm.t1 > t0 {
			t0 = tm.t1 // "attorney general"
		}
		last, n1 := int32(a.sents[a.sentOf[p]].Last), t0
		for n1 < t0+4 && n1 < last && a.toks[n1].Kind == text.Word {
			if a.cs == text.Mixed && n1 > t0 && !a.toks[n1].Has(text.Cap) {
				// a particle inside the name, lower case between its
				// capitalised words: "cleric Moqtada al-Sadr" makes
				// "Sadr's followers" the cleric's, not Baghdad's Sadr
				// district ([name-particle])
				if q := a.particlesAt(n1, last); q > n1 && q < last && a.toks[q].Kind == text.Word && a.toks[q].Has(text.Cap) {
					n1 = q
					continue
				}
			}
			if a.commonWord(n1) || a.cs == text.Mixed && !a.toks[n1].Has(text.Cap) {
				break
			}
			n1++ // the name's words: no English word, capitalised where the text has capitals
		}
		for i := t0; i < n1; i++ {
			nameWords[a.lowerWord(i)] = true
		}
		for i := t0 + 1; i < n1; i++ {
			for j := i + 1; j <= n1; j++ {
				if a.spanIn(names, i, j) {
					people[a.lowerSpan(i, j)], at[i] = true, true
				}
			}
		}
	}
	if len(people) == 0 {
		return
	}
	out := a.places[:0]
	for _, m := range a.places {
		if m.demonym || m.noun != "" || !a.spanIn(people, m.t0, a.unpossessed(m)) || m.country && !at[m.t0] && (m.t0 == 0 || !nameWords[a.lowerWord(m.t0-1)]) {
			out = append(out, m)
		}
	}
	a.places = out
}

// dropDescribers drops the places the gazetteer lacks whose name the
// story uses elsewhere to describe a place, not to name one: the
// capitalised words between the indefinite article and a place noun ("a
// Fulani village", "an Alawite district": a kind of village, not one
// called so), or before a place noun that "of" and a name follow ("the
// Fulani hamlet of Welingara": the hamlet's name comes after "of"). A
// story means one thing by one word, so "raid on Fulani village" in its
// headline names a people's village too, not a place called Fulani. A
// division's name before its noun and "of" ("the Darel valley of Diamer
// district") is a place, and no describer.
func (a *article) dropDescribers() {
	if a.cs != text.Mixed {
		return
	}
	var kinds map[string]bool
	for n := int32(1); int(n)+1 < len(a.toks); n++ {
		if w := a.lowerWord(n); a.toks[n].Has(text.Cap) || placeNouns[w] == "" && !settlementNouns[w] {
			continue
		}
		s := n
		for s > n-4 && s > 0 && a.sentOf[s-1] == a.sentOf[n] && a.toks[s-1].Kind == text.Word && a.toks[s-1].Has(text.Cap) && !a.sentenceInitial(s-1) {
			s--
		}
		if s == n {
			continue
		}
		w := a.lowerWord(s - 1)
		indefinite := (w == "a" || w == "an") && a.sentOf[s-1] == a.sentOf[n]
		named := a.lowerWord(n+1) == "of" && int(n+2) < len(a.toks) && a.toks[n+2].Has(text.Cap) && !a.divisionAfter(n+2)
		if !indefinite && !named {
			continue
		}
		if kinds == nil {
			kinds = map[string]bool{}
		}
		kinds[a.lowerSpan(s, n)] = true
	}
	if kinds == nil {
		return
	}
	out := a.places[:0]
	for _, m := range a.places {
		if m.cands != nil || m.water || !a.spanIn(kinds, m.t0, m.t1) {
			out = append(out, m)
		}
	}
	a.places = out
}

// unpossessed returns the end of place mention m's name without a
// possessive ending ("RODRIGUEZ PORTH'S"): the person's name is the same
// with and without it.
func (a *article) unpossessed(m placeMention) int32 {
	if t := m.t1; t-m.t0 > 2 && a.possessiveAt(t-2) {
		return t - 2
	}
	return m.t1
}

// addressAt reports whether token p is a title or a form of address
// capitalised where the text has capitals, so that a verb of the same
// spelling names no one: "Miss Kabul" is a person, "they would miss
// Kabul" a place ("dr rodriguez" in text without capitals is a person).
func (a *article) addressAt(p int32) bool {
	if a.toks[p].Kind != text.Word {
		return false
	}
	capped := a.toks[p].Has(text.Cap)
	_, title := a.termAt(p, lexicon.Title)
	if title && !capped && a.cs == text.Mixed && int(p)+1 < len(a.toks) && a.sentOf[p+1] == a.sentOf[p] &&
		a.toks[p+1].Kind == text.Word && a.toks[p+1].Has(text.Cap) && !a.placeStartsAt(p+1) {
		// a title in lower case right before a capitalised name is an
		// apposition that names its holder: "Shi'ite cleric Moqtada
		// al-Sadr", "opposition leader Raila Odinga"; not before a place,
		// where the title word is an adjective ("the official Sudan News
		// Agency")
		return true
	}
	return title && capped || personTitles[a.lowerWord(p)] && (capped || a.cs != text.Mixed)
}

// personTitles are the forms of address that put a person's name after
// them: "Mr", "Ms", "Msgr".
var personTitles = lexicon.Words().Set("person-title") // lexicon/words.txt

// listedPlaces reads the names listed before a plural place noun as places
// of that kind: in "Makera, Akuzo and Usu villages" and "attacks on Gidan
// Tofa and Dan Nakwabo villages" each name is a village, though only the
// last stands next to the noun.
func (a *article) listedPlaces() {
	var add []placeMention
	for k := range a.places {
		m := &a.places[k]
		if placeNouns[m.noun] == "" || !plural(m.noun) {
			continue
		}
		j := m.t0 - 1 // the token before the current name
		for j > 0 && a.sentOf[j] == a.sentOf[m.t0] && (a.word(j) == "," || a.lowerWord(j) == "and") {
			end := j
			if a.lowerWord(j) == "and" && a.word(j-1) == "," {
				end = j - 1 // "A, B, and C villages"
			}
			start := end
			for start > 0 && start > end-4 && a.sentOf[start-1] == a.sentOf[m.t0] &&
				(a.toks[start-1].Kind == text.Word && a.toks[start-1].Has(text.Cap) || a.isInnerHyphen(int(start-1))) {
				start--
			}
			if start == end || a.cs != text.Mixed || a.sentenceInitial(start) {
				break
			}
			if lo, hi := a.placeRange(start, end); hi > lo {
				for q := lo; q < hi; q++ {
					if a.places[q].noun == "" && !a.places[q].country && !a.places[q].demonym {
						a.places[q].noun = m.noun
					}
				}
			} else if !a.inGroup(start) {
				a.buf = gazetteer.AppendKey(a.buf[:0], a.src[a.toks[start].Start:a.toks[end-1].End])
				n := placeMention{t0: start, t1: end, cands: a.x.gaz.Lookup(a.buf), noun: m.noun, in: -1}
				if start > 0 && a.toks[start-1].Kind == text.Word {
					n.prep = a.lowerWord(start - 1)
				}
				add = append(add, n)
			}
			j = start - 1
		}
	}
	a.insertPlaces(add)
}

// namesAfterPluralNoun reads the names listed after a place the text
// gives by a plural place noun and "of" as places of that kind: in "the
// communities of Ouatagouna and Karou" and "the villages of Makera, Akuzo
// and Usu" each name is one, though the gazetteer may know only the
// first. The list is capitalised names joined by commas and "and".
func (a *article) namesAfterPluralNoun() {
	if a.cs != text.Mixed {
		return
	}
	var add []placeMention
	for k := range a.places {
		m := &a.places[k]
		if m.t0 < 2 || a.lowerWord(m.t0-1) != "of" {
			continue
		}
		n := a.lowerWord(m.t0 - 2)
		if placeNouns[n] == "" || !plural(n) {
			continue
		}
		j := m.t1
		for {
			sep := a.word(j) == ","
			if sep {
				j++
			}
			closing := a.lowerWord(j) == "and"
			if closing {
				j++
			}
			if !sep && !closing {
				break // "the villages of Kiyawa District": the name's own noun
			}
			start := j
			for j < start+4 && int(j) < len(a.toks) && a.sentOf[j] == a.sentOf[m.t0] &&
				(a.toks[j].Kind == text.Word && a.toks[j].Has(text.Cap) || a.isInnerHyphen(int(j))) {
				j++
			}
			if j == start || a.inGroup(start) {
				break
			}
			if lo, hi := a.placeRange(start, j); hi == lo {
				a.buf = gazetteer.AppendKey(a.buf[:0], a.src[a.toks[start].Start:a.toks[j-1].End])
				// the word before is its preposition: "and"; a comma is
				// none, as for every other place, so that
				// coordinatedPlaces reads "the villages of A, B and C"
				// as the list it is
				prep := ""
				if closing {
					prep = "and"
				}
				add = append(add, placeMention{t0: start, t1: j, cands: a.x.gaz.Lookup(a.buf), noun: n, prep: prep, in: -1})
			}
			if closing {
				break
			}
		}
	}
	a.insertPlaces(add)
}

// betweenPlaces reads the two names of "between Malelei and Kulan in
// Garissa county" as places the gazetteer lacks, which linkContainers puts
// in the known place after "in": a stretch of road between two
// settlements of a division the text names. A name the gazetteer knows
// only elsewhere is a namesake there; names of parties and groups, and
// a container that is a country ("between Hindus and Muslims in India"),
// do not make the shape.
func (a *article) betweenPlaces() {
	if a.cs != text.Mixed {
		return
	}
	var add []placeMention
	for j := int32(0); int(j) < len(a.toks); j++ {
		if a.lowerWord(j) != "between" || j > 0 && a.hasTerm(j-1, lexicon.Trigger, "") {
			continue // "clashes between Christians and Muslims in Jos": the sides, not the spot
		}
		a1 := a.nameEnd(j + 1)
		if a1 == j+1 || a.lowerWord(a1) != "and" || a.peopleName(j+1, a1) {
			continue
		}
		b1 := a.nameEnd(a1 + 1)
		if b1 == a1+1 || a.lowerWord(b1) != "in" || a.sentOf[b1] != a.sentOf[j] || a.peopleName(a1+1, b1) {
			continue
		}
		lo, hi := a.placeRange(b1+1, b1+2)
		if hi == lo || a.places[lo].country || a.places[lo].demonym || len(a.places[lo].cands) == 0 {
			continue
		}
		if lo, hi := a.placeRange(j+1, b1); hi > lo {
			a.places = slices.Delete(a.places, lo, hi) // "Kulan": Lugovoye in Kazakhstan, by its old name
		}
		add = append(add, placeMention{t0: j + 1, t1: a1, prep: "between", in: -1}, placeMention{t0: a1 + 1, t1: b1, prep: "and", in: -1})
		j = b1
	}
	a.insertPlaces(add)
}

// peopleName reports whether tokens [t0, t1) name a faith or a people
// ([faith-word], a country's demonym), not a place: "between Serbs and
// Croats", "between Christians and Muslims".
func (a *article) peopleName(t0, t1 int32) bool {
	if t1-t0 == 1 && faithWords[singular(a.lowerWord(t0))] {
		return true
	}
	a.buf = gazetteer.AppendKey(a.buf[:0], a.src[a.toks[t0].Start:a.toks[t1-1].End])
	for _, e := range a.x.gaz.Lookup(a.buf) {
		if e.IsDemonym || e.Kind == gazetteer.Country {
			return true
		}
	}
	return false
}

// nameEnd returns the end of the run of up to three capitalised words at
// token t that no lexicon term and no group name takes: t when there is
// none.
func (a *article) nameEnd(t int32) int32 {
	e := t
	for int(e) < len(a.toks) && e < t+3 && a.toks[e].Kind == text.Word && a.toks[e].Has(text.Cap) && a.termFirst[e] == 0 && !a.inGroup(e) && a.sentOf[e] == a.sentOf[t] {
		e++
	}
	if e > t && a.sentenceInitial(t) {
		return t
	}
	return e
}

// namedAgain finds again, after a locative preposition, a village or town
// the gazetteer lacks that the text has named with its place noun: "Akuzo
// and Usu villages" ... "three people were killed in Akuzo". A story
// means one place by one name, so the name found again replaces a
// shorter one the gazetteer knows inside it: SAN PEDRO PERULAPAN,
// named once as a village of Cuscatlan, is not San Pedro in the Ivory
// Coast the next time.
func (a *article) namedAgain() {
	known := map[string]bool{}
	for k := range a.places {
		m := &a.places[k]
		if m.cands == nil && placeNouns[m.noun] == record.GeoPlace {
			known[a.lowerSpan(m.t0, m.t1)] = true
		}
	}
	if len(known) == 0 {
		return
	}
	var add []placeMention
	for i := int32(1); int(i) < len(a.toks); i++ {
		if !a.toks[i].Has(text.Cap) || !locPreps[a.lowerWord(i-1)] || a.sentOf[i-1] != a.sentOf[i] {
			continue
		}
		for n := int32(1); n <= 4 && int(i+n) <= len(a.toks); n++ {
			if !a.spanIn(known, i, i+n) {
				continue
			}
			if e := i + n; int(e) < len(a.toks) && a.toks[e].Has(text.Cap) && a.sentOf[e] == a.sentOf[i] &&
				(a.cs != text.Upper || a.toks[e].Kind == text.Word && !a.anyCommonWord(e, e+1)) {
				continue // part of a longer name (in capitals: a word not of the language)
			}
			m := placeMention{t0: i, t1: i + n, prep: a.lowerWord(i - 1), in: -1}
			switch lo, hi := a.placeRange(i, i+n); {
			case hi == lo && !a.inGroup(i):
				add = append(add, m)
			case a.shorterNames(lo, hi, i, i+n):
				// SAN PEDRO inside SAN PEDRO PERULAPAN
				a.places[lo] = m
				a.places = append(a.places[:lo+1], a.places[hi:]...)
			}
		}
	}
	a.insertPlaces(add)
}

// shorterNames reports whether the place mentions [lo, hi) are names the
// gazetteer knows that lie inside tokens [t0, t1) without spanning them
// all, the first at t0.
func (a *article) shorterNames(lo, hi int, t0, t1 int32) bool {
	if hi == lo || a.places[lo].t0 != t0 {
		return false
	}
	for k := lo; k < hi; k++ {
		if p := &a.places[k]; p.cands == nil || p.t1 > t1 || p.t0 == t0 && p.t1 == t1 {
			return false
		}
	}
	return true
}

// insertPlaces adds place mentions, keeping a.places in text order.
func (a *article) insertPlaces(add []placeMention) {
	if len(add) == 0 {
		return
	}
	a.places = append(a.places, add...)
	sort.SliceStable(a.places, func(i, j int) bool { return a.places[i].t0 < a.places[j].t0 })
}

// inGroup reports whether token i lies inside a group's name.
func (a *article) inGroup(i int32) bool {
	off := int(a.toks[i].Start)
	_, hi := a.groupRange(0, off+1) // the groups that start at or before it
	for g := hi - 1; g >= 0 && g >= hi-2; g-- {
		if a.groups[g].Start <= off && off < a.groups[g].End {
			return true
		}
	}
	return false
}

// waterWords are the nouns of a body of water and how they name one:
// "name" heads a proper name ("the Red Sea", "the Gulf of Aden"), "noun"
// is a common noun after a demonym ("Kuwaiti waters"), which an
// "adjective" may come between ("Kuwaiti territorial waters").
var waterWords = lexicon.Words().Map("water-body") // lexicon/words.txt

// afterWaterAdjectives returns the first token from t on, before end,
// that is no adjective of a country's waters ([water-body] adjective:
// "Kuwaiti territorial waters").
func (a *article) afterWaterAdjectives(t, end int32) int32 {
	for t < end && waterWords[a.lowerWord(t)] == "adjective" {
		t++
	}
	return t
}

// waterPreps put something on a body of water: "in the Gulf", "off the
// Strait of Hormuz", "through the Strait".
var waterPreps = lexicon.Words().Set("water-prep") // lexicon/words.txt

// waterBody recognises the name of a sea, a gulf or a strait starting at
// token i: capitalised words before a water noun ("Red Sea", "South China
// Sea", "Persian Gulf"), a water noun with "of" ("Gulf of Aden", "Strait
// of Hormuz"), or "the Gulf" alone; and the waters of a country, a water
// noun right after a demonym place mention ("Kuwaiti waters", linked to
// the demonym by linkContainers). The news places attacks on ships
// there; the gazetteer knows the names only as divisions or towns
// somewhere else, or as the country of a word inside them. A water body
// is kept as a place the gazetteer lacks (no candidates), marked water,
// with the preposition before its article; "Gulf" used as an adjective ("Gulf shipping sources",
// "Gulf Arab states") is returned empty and ok: no place at all. The
// words are the lexicon's [water-body].
func (a *article) waterBody(i, end int32) (placeMention, bool) {
	water := func(j int32) bool {
		if j >= end || a.toks[j].Kind != text.Word || a.cs == text.Mixed && !a.toks[j].Has(text.Cap) {
			return false
		}
		return waterWords[a.lowerWord(j)] == "name"
	}
	capWord := func(j int32) bool {
		return j < end && a.toks[j].Kind == text.Word && (a.cs != text.Mixed || a.toks[j].Has(text.Cap))
	}
	m := placeMention{t0: i, in: -1, water: true}
	start := i // the first token of the name, or of the demonym before "waters"
	noun := false
	if d := len(a.places) - 1; i < end && a.toks[i].Kind == text.Word && waterWords[a.lowerWord(i)] == "noun" {
		if d < 0 || !a.places[d].demonym || a.afterWaterAdjectives(a.places[d].t1, i) != i {
			return placeMention{}, false
		}
		start, noun = a.places[d].t0, true
	}
	the := false
	if p := start - 1; p >= 0 && a.sentOf[p] == a.sentOf[i] && a.toks[p].Kind == text.Word {
		if m.prep = a.lowerWord(p); m.prep == "the" {
			// "in the Red Sea": the preposition is before the article
			the, m.prep = true, ""
			if p > 0 && a.sentOf[p-1] == a.sentOf[i] && a.toks[p-1].Kind == text.Word {
				m.prep = a.lowerWord(p - 1)
			}
		}
	}
	title := a.inTitle(int(a.toks[i].Start)) && a.capitalisedTitle()
	switch {
	case noun:
		m.t1 = i + 1 // "in Kuwaiti waters"
	case water(i) && a.lowerWord(i+1) == "of" && capWord(i+2) && !title:
		j := i + 2 // "Gulf of Aden", "Strait of Hormuz"
		for j < end && j < i+5 && capWord(j) {
			j++
		}
		m.t1 = j
	case water(i) && a.lowerWord(i) == "gulf":
		if !waterPreps[m.prep] && !the {
			return placeMention{}, true
		}
		m.t1 = i + 1
		if capWord(m.t1) || a.nounAfter(&m) != "" {
			return placeMention{}, true // "the Gulf Arab states", "the Gulf state of Qatar"
		}
	case title:
		return placeMention{}, false // "TWO SHIPS IN GULF", "GULF OF MEXICO RIG COUNT": capitals mark no name
	default:
		j := i
		for j < end && j < i+3 && capWord(j) && !water(j) {
			j++
		}
		if j == i || !water(j) {
			return placeMention{}, false
		}
		if w := a.lowerWord(j); (w == "gulf" || w == "strait" || w == "straits") && !(j == i+1 && a.notAPlace(i)) {
			// "the Persian Gulf", "Bass Strait"; but "Texas Gulf" is a
			// coast, "Georgia Gulf" a company: a gulf or a strait is
			// named by one word that names no place itself
			return placeMention{}, false
		}
		m.t1 = j + 1
		if a.nounAfter(&m) != "" {
			return placeMention{}, false // "Red Sea State", "Red Sea governorate"
		}
	}
	if t := m.t1; t < end && a.toks[t].Kind == text.Word && !a.toks[t].Has(text.Cap) && !afterWater[a.lowerWord(t)] && !compass[a.lowerWord(t)] && !locPreps[a.lowerWord(t)] {
		// "the Red Sea port of Djibouti", "the Gulf war": the sea names
		// a kind of thing, the place is elsewhere
		return placeMention{}, true
	}
	return m, true
}

// waterHead returns the token of the water noun of water mention k: the
// first of "Gulf of Aden", the last of "Persian Gulf".
func (a *article) waterHead(k int) int32 {
	m := &a.places[k]
	if m.t1-m.t0 > 2 && a.lowerWord(m.t0+1) == "of" {
		return m.t0
	}
	return m.t1 - 1
}

// afterWater are the words besides prepositions and compass words that
// may follow the name of a sea that is itself a place: "in the Gulf east
// of Qatar", "in the Red Sea and ...", "in the Gulf when ...".
var afterWater = lexicon.Words().Set("after-water") // lexicon/words.txt

// countWordAt reports whether token i is a number word the scanner reads
// as a count ("Four", "Nine" opening a sentence, capitalised there): a
// word of the language that the gazetteer also holds as a village
// (Four in France, Nine in Portugal) counts people before a noun.
func (a *article) countWordAt(i int32) bool {
	n, ok := a.numberAt(i)
	return ok && a.nums[n].Kind == text.Cardinal && a.toks[i].Kind == text.Word
}

// notAPlace reports whether the gazetteer knows token i only as a
// demonym, or not at all ("Persian", "Arabian", "Bass").
func (a *article) notAPlace(i int32) bool {
	a.buf = gazetteer.AppendKey(a.buf[:0], a.word(i))
	for _, e := range a.x.gaz.Lookup(a.buf) {
		if !e.IsDemonym {
			return false
		}
	}
	return true
}

// unknownPlace recognises a place the gazetteer lacks by its shape: up to
// four capitalised words followed by a place noun ("Gidan Boka village",
// "Singhpora-Chatroo forest") in mixed-case text. In a text all in
// capitals no capital marks a name, so the shape must say more: the
// words follow a preposition of place or "the town of", none of them is
// a word of the language, and a place noun or a division follows them
// ("IN HUANCORA, CHALATENANGO DEPARTMENT", "NEAR RIO BLANCO
// MUNICIPALITY"); "IN THE EASTERN DEPARTMENT" names nothing.
func (a *article) unknownPlace(i, end int32) (placeMention, bool) {
	upper := a.cs == text.Upper
	if a.cs == text.Lower || a.inTitle(int(a.toks[i].Start)) && a.capitalisedTitle() || upper && !a.placeIntroduced(i) {
		// "CURFEW CLAMPED ON NIGERIAN STATE", "Gunmen Storm Border Village":
		// a headline in capitals or title case marks no name
		return placeMention{}, false
	}
	if a.sentenceInitial(i) && (locPreps[a.lowerWord(i)] || connectives[a.lowerWord(i)] || articleWords[a.lowerWord(i)]) {
		// "In Huila department, guerrillas ...", "However Eva Forest
		// ...", "The Tizi Ouzou region near ...": the capital of a
		// sentence's first word marks no name, and a preposition, a
		// connective or an article is none; the name starts after it
		return placeMention{}, false
	}
	j := i
	words := 0
	for j < end && words < 4 {
		t := a.toks[j]
		if t.Kind == text.Word && t.Has(text.Cap) {
			a.buf = appendLowerASCII(a.buf[:0], a.word(j))
			if _, isNoun := placeNouns[string(a.buf)]; isNoun || notPlaces[string(a.buf)] || upper && a.anyCommonWord(j, j+1) {
				break // in capitals a word of the language ends the name: "THE TOWN OF LAS VUELTAS LAST NIGHT"
			}
			words++
			j++
			continue
		}
		if t.Kind == text.Punct && a.isInnerHyphen(int(j)) {
			j++
			continue
		}
		if k := a.placeParticlesEnd(j, end); words > 0 && k > j {
			j = k // "San Juan de Lurigancho", "Dasht-e-Barchi"
			continue
		}
		break
	}
	if words == 0 {
		return placeMention{}, false
	}
	if i > 0 && a.sentOf[i-1] == a.sentOf[i] {
		switch a.lowerWord(i - 1) {
		case "a", "an":
			// a name is not introduced by the indefinite article: "a Hindu
			// village", "an Alawite district" describe, they do not name
			return placeMention{}, false
		}
	}
	if continentAdjectives[a.lowerWord(j-1)] || a.peopleName(i, i+1) {
		// "the war-torn West African state", "the Central Asian region":
		// a continent's adjective describes the place, as a demonym
		// does; it names none. A demonym opening the run ("in the
		// northern Nigerian Borno state") is likewise no part of the
		// name, which starts after it
		return placeMention{}, false
	}
	m := placeMention{t0: i, t1: j, in: -1}
	if upper {
		// "IN HUANCORA, CHALATENANGO DEPARTMENT", "THE TOWN OF HOSTIGAL"
		m.prep = a.lowerWord(i - 1)
		if m.prep == "of" && settlementNouns[a.lowerWord(i-2)] {
			m.noun = a.lowerWord(i - 2)
		} else if m.noun = a.nounInApposition(i, j); m.noun != "village" {
			return placeMention{}, false
		}
		return m, true
	}
	// "the town of Muttur", "the village of Pa Zi Gyi", "the
	// administrative post of Olumbi"
	if i >= 2 && a.lowerWord(i-1) == "of" {
		n0, noun := i-2, a.lowerWord(i-2) // the noun and its first word
		if i >= 3 && a.sentOf[i-3] == a.sentOf[i] {
			if a.spanOf(placeNouns, i-3, i-1) != "" { // the string made only for a noun of two words
				n0, noun = i-3, a.lowerSpan(i-3, i-1)
			}
		}
		if residentNouns[noun] && a.sentOf[n0] == a.sentOf[i] && !a.commonWords(i, j) {
			// "Residents of Dayau said", "villagers of Gidan Kare": people
			// named by where they live name a settlement
			m.noun = "village"
			m.prep = "of"
			return m, true
		}
		if kind, ok := placeNouns[noun]; ok && kind != "" {
			if a.toks[n0].Has(text.Cap) && a.commonWords(i, j) {
				// "the Department of Education", "the State of
				// Emergency": a capitalised noun with words of the
				// language after "of" is an office's or a thing's
				// name, not a division's
				return placeMention{}, false
			}
			m.noun = noun
			m.prep = "of"
			return m, true
		}
	}
	m.noun = a.nounAfter(&m)
	if m.noun == "" {
		m.noun = a.nounInApposition(i, j)
	}
	if m.noun == "" && a.inDivisionAfter(i, j) {
		// "went on a rampage at Bhimajuli in Sonitpur district": a name
		// put in a division named with its noun is a place inside it
		m.noun = "village"
	}
	if m.noun == "" && a.nearInApposition(i, j) {
		// "in Chinagodrar, near the border with Mali": a spot told to
		// lie near a known place is a settlement
		m.noun = "village"
	}
	if m.noun == "" && a.deedPlacedIn(i, j) {
		// "The attacks were in Boga and Tchabi": where the deed told
		// was is a place
		m.noun = "village"
	}
	if m.noun == "" {
		// "70 dead in Tchoma Bangou and 30 in Zaroumadareye, two
		// villages about seven kilometres apart": a counted plural
		// settlement noun in apposition to the names listed before it
		// makes each of them a settlement
		m.noun = a.countedInApposition(i, j)
	}
	if m.noun == "" && a.gappedParallel(i, j) {
		// "17 militants were killed ... in Darazinda and four more in
		// Kulachi": the places of a toll and of the gapped toll that
		// shares its verb fill one slot, each a settlement
		m.noun = "village"
	}
	if m.noun == "" && a.distanceInApposition(i, j) {
		// "staged the attack in Masambo, about 50 kilometers away from
		// the city of Beni": a spot measured from a town is a settlement
		m.noun = "village"
	}
	switch m.noun {
	case "area":
		if !a.areaOfDivision(m.t1+1) && !a.townPossessiveBefore(i) {
			return placeMention{}, false
		}
	case "", "square", "camp":
		return placeMention{}, false
	}
	if ofOnlyNouns[m.noun] {
		return placeMention{}, false // "the Toposa community": a people, not a place
	}
	if a.commonWords(i, j) {
		// "the Defense department", "the Money market", "The state":
		// words of the language before a noun, not a name
		return placeMention{}, false
	}
	if a.nounInBodyName(m) {
		return placeMention{}, false
	}
	// "the southern Shi'ite city of Najaf": the words before the noun
	// describe the place named after it
	if n := nounWords(m.noun); a.lowerWord(m.t1+n) == "of" && !a.divisionAfter(m.t1+n+1) {
		// (not "the Maiwand district of Kandahar province", "the Darel
		// valley of Diamer district": a named place inside a division
		// named with its noun)
		return placeMention{}, false
	}
	if i > 0 && a.toks[i-1].Kind == text.Word && a.sentOf[i-1] == a.sentOf[i] {
		m.prep = a.lowerWord(i - 1)
	}
	return m, true
}

// placeParticlesEnd returns the token after the place particles that
// start at token j inside a name, when a capitalised word follows them
// ("San Juan de Lurigancho", "San Luis de la Reina", "Dasht-e-Barchi"),
// else j: a particle joins the words of one name, so the name runs on
// past it. Only mixed-case text shows a particle.
func (a *article) placeParticlesEnd(j, end int32) int32 {
	if a.cs != text.Mixed {
		return j
	}
	k, particles := j, 0
	for ; particles < 2 && k < end; particles++ {
		if a.isInnerHyphen(int(k)) {
			k++
		}
		if k >= end || a.toks[k].Kind != text.Word || a.toks[k].Has(text.Cap) || !placeParticles[a.word(k)] {
			break
		}
		k++
	}
	if k < end && a.isInnerHyphen(int(k)) {
		k++
	}
	if particles == 0 || k >= end || a.toks[k].Kind != text.Word || !a.toks[k].Has(text.Cap) {
		return j
	}
	return k
}

// placeParticles are the lower-case words inside a place name
// ([place-particle]).
var placeParticles = lexicon.Words().Set("place-particle") // lexicon/words.txt

// conjoined reports whether the particles from token j to k, after the
// name the gazetteer knows at i..j and before the capitalised word at k,
// join two names rather than the words of one: all of them are the word
// "and" of the name's language ([place-conjunction]) with no hyphen, the
// words from k begin a name the gazetteer knows, and it knows no name of
// the whole. "In Sao Paulo e Rio" names two cities; "Mazar-e-Sharif" and
// "San Luis de la Reina" are one name each, and "Dasht e Barchi", whose
// end the gazetteer knows only abroad, is left one name too when its
// start is unknown.
func (a *article) conjoined(i, j, k, end int32, maxN int) bool {
	for t := j; t < k; t++ {
		if a.toks[t].Kind != text.Word || !placeConjunctions[a.word(t)] {
			return false
		}
	}
	tail := a.longestPlace(k, end, maxN)
	if tail == 0 {
		return false
	}
	a.buf = gazetteer.AppendKey(a.buf[:0], a.src[a.toks[i].Start:a.toks[k+tail-1].End])
	return len(a.x.gaz.Lookup(a.buf)) == 0
}

// placeConjunctions are the particles that are also the word "and"
// ([place-conjunction]).
var placeConjunctions = lexicon.Words().Set("place-conjunction") // lexicon/words.txt

// nounWords returns the number of words of a place noun ("city" 1,
// "administrative post" 2): the tokens it takes after a name. It counts
// what strings.Fields would return without building the list.
func nounWords(noun string) int32 {
	n := int32(0)
	for range strings.FieldsSeq(noun) {
		n++
	}
	return n
}

// continentAdjectives are the adjectives of the continents
// ([continent-adjective]).
var continentAdjectives = lexicon.Words().Set("continent-adjective") // lexicon/words.txt

// areaOfDivision reports whether "of" or "in" and a division named with
// its noun start at token t, after a name and "area": "the Silame area of
// Sokoto state", "the Beleil area in South Darfur province". The division
// says the name is a locality inside it, which the gazetteer lacks; an
// area named alone ("the Hamra area") may be a quarter of a town or a
// region, and names no place to stand for the event.
func (a *article) areaOfDivision(t int32) bool {
	if int(t) >= len(a.toks) || a.sentOf[t] != a.sentOf[t-1] {
		return false
	}
	if w := a.lowerWord(t); w != "of" && w != "in" {
		return false
	}
	return a.divisionAfterThe(t + 1)
}

// divisionAfterThe reports whether a division named with its noun starts
// at token t, "the" allowed before it: "of the Sokoto State", "in
// Sonitpur district" (areaOfDivision, inDivisionAfter). A compass
// adjective before the name says which part of the division and is no
// part of its name: "in Dahyan in northern Saada province".
func (a *article) divisionAfterThe(t int32) bool {
	if a.lowerWord(t) == "the" {
		t++
	}
	if compassAdjectives[a.lowerWord(t)] {
		t++
	}
	return a.divisionAfter(t)
}

// nounInBodyName reports whether the place noun after the capitalised
// words of m is itself capitalised and another capitalised word follows
// it: the noun is then inside the name of a body or a building ("the
// Mindanao State University in Marawi", as Reuters-21578's "Dixie State
// Bank"), which names no place of its own. A day or a month after a
// division's name ("in Gwoza Local Government Area Sunday") ends it.
func (a *article) nounInBodyName(m placeMention) bool {
	if a.cs != text.Mixed {
		return false
	}
	e := m.t1 + nounWords(m.noun)
	if int(e) >= len(a.toks) || a.sentOf[e] != a.sentOf[m.t0] || !a.toks[m.t1].Has(text.Cap) {
		return false
	}
	t := a.toks[e]
	return t.Kind == text.Word && t.Has(text.Cap) && !a.inDate(e) && placeNouns[a.lowerWord(e)] == ""
}

// divisionAfter reports whether a division named with its noun starts at
// token t: up to three capitalised words, then "province", "district",
// "state" or another noun of a division.
func (a *article) divisionAfter(t int32) bool {
	for k := t; k < t+4 && int(k) < len(a.toks) && a.sentOf[k] == a.sentOf[t]; k++ {
		if w := a.lowerWord(k); placeNouns[w] != "" {
			return k > t && adminNoun(w)
		}
		if tk := a.toks[k]; tk.Kind != text.Word || !tk.Has(text.Cap) {
			return false
		}
	}
	return false
}

// nounInApposition returns the place noun that the text puts after the
// capitalised words [i, j) in an apposition: "Tunga Gabas, a village in
// Zurmi" (the noun of the apposition), or, after a locative preposition,
// "in Tunga Gabas, Zamfara State" (a division follows, so the name is a
// place inside it: "village"). Else "".
func (a *article) nounInApposition(i, j int32) string {
	if a.word(j) != "," || a.sentOf[j] != a.sentOf[i] {
		return ""
	}
	switch a.lowerWord(j + 1) {
	case "a", "an":
		// "Tunga Gabas, a (remote) village in Zurmi"; "Dogon Chiku, a
		// settlement on the lake shore"
		for k := j + 2; k < j+5 && int(k) < len(a.toks) && a.sentOf[k] == a.sentOf[i]; k++ {
			w := a.lowerWord(k)
			if kind, ok := placeNouns[w]; ok {
				if kind == record.GeoPlace && w != "area" && !spotNouns[w] && (a.lowerWord(k+1) == "in" || a.lowerWord(k+1) == "of" || a.lowerWord(k+1) == "near" || a.lowerWord(k+1) == "on" || a.bearingFrom(k+1)) {
					return w
				}
				return ""
			}
		}
		return ""
	}
	if !a.placePrepBefore(i) {
		return ""
	}
	if a.containerInApposition(j + 1) {
		return "village" // "in Katuwapitiya, Negombo"
	}
	// "in Tunga Gabas, Zamfara State": capitalised words, then a division's noun
	for k := j + 1; k < j+5 && int(k) < len(a.toks) && a.sentOf[k] == a.sentOf[i]; k++ {
		t := a.toks[k]
		if t.Kind != text.Word || !t.Has(text.Cap) {
			return ""
		}
		if w := a.lowerWord(k); placeNouns[w] != "" {
			if k > j+1 && adminNoun(w) {
				return "village"
			}
			return ""
		}
	}
	return ""
}

// containerInApposition reports whether a place the gazetteer knows
// starts at token k, right after the comma that ends a name the gazetteer
// lacks, and closes the phrase: "in Katuwapitiya, Negombo, north of the
// capital", "at Kochchikade, Colombo." English names a small place by the
// town or region that holds it, set off by a comma ("Springfield,
// Illinois"), or by a comma and "in" ("in El Adde, in Somalia's Gedo
// region", "in Xadde, in the northern Gedo region"), so the unknown name
// is a place inside the known one. A name that runs on in a list ("in
// Kabul, Herat and Kandahar") is one of several places, none said to hold
// the others; so is one in a headline, where a comma stands for "and"
// ("Suicide blasts at Jakarta Ritz, Marriott kill eight").
func (a *article) containerInApposition(k int32) bool {
	if int(k) >= len(a.toks) || a.sentOf[k] != a.sentOf[k-1] || a.inTitle(int(a.toks[k].Start)) {
		return false
	}
	s := a.sents[a.sentOf[k]]
	if appositionAdverbs[a.lowerWord(k)] && a.lowerWord(k+1) == "in" {
		k++ // "in Gadaka, also in Yobe State": the adverb adds, the container follows
	}
	if a.lowerWord(k) == "in" {
		// "…, in Somalia's Gedo region": past an article and a compass
		// adjective, the known place the preposition puts the name in
		j := k + 1
		for w := a.lowerWord(j); j < k+3 && (articleWords[w] || compassAdjectives[w]); w = a.lowerWord(j) {
			j++
		}
		return int(j) < s.Last && a.toks[j].Has(text.Cap) && a.longestPlace(j, int32(s.Last), 4) > 0
	}
	if !a.toks[k].Has(text.Cap) {
		return false
	}
	n := a.longestPlace(k, int32(s.Last), 4)
	if n == 0 {
		return false
	}
	e := k + n // the token after the known name
	if int(e) >= s.Last {
		return true
	}
	switch w := a.lowerWord(e); {
	case listLink(w):
		return false // "in Katuwapitiya, Negombo and Colombo"
	case w == ",":
		// "…, Negombo, north of the capital" closes; "…, Negombo, Colombo" lists
		return int(e+1) < s.Last && !a.toks[e+1].Has(text.Cap)
	}
	return a.toks[e].Kind == text.Punct || !a.toks[e].Has(text.Cap)
}

// appositionAdverbs may stand between the comma after a name and the "in"
// that puts it inside a known place ([apposition-adverb]).
var appositionAdverbs = lexicon.Words().Set("apposition-adverb") // lexicon/words.txt

// gappedParallel reports whether the capitalised words [i, j), after
// "in" or "at", fill the place slot of a toll that a gapped toll sharing
// its verb follows ("killed in Darazinda and four more in Kulachi") or of
// the gapped toll itself ("16 people in Gidan Halilu and nine in Gidan
// Kaka"): coordination joins like parts, so the one's place and the
// other's are both places, though the gazetteer may lack one.
func (a *article) gappedParallel(i, j int32) bool {
	if p := a.lowerWord(i - 1); !a.placePrepBefore(i) || p != "in" && p != "at" || a.inDate(i) {
		return false
	}
	if int(j+1) < len(a.toks) && a.sentOf[j+1] == a.sentOf[i] && a.gappedAfter(j) {
		return true
	}
	for k := i - 2; k >= i-4 && k >= 1 && a.sentOf[k-1] == a.sentOf[i]; k-- {
		if _, ok := a.numberAt(k); ok {
			return a.gappedAfter(k - 1)
		}
	}
	return false
}

// gappedAfter reports whether "and" or a comma at token j opens a gapped
// toll (gappedToll): "in Darazinda and four more in Kulachi".
func (a *article) gappedAfter(j int32) bool {
	w := a.lowerWord(j)
	return (w == "and" || w == ",") && a.gappedToll(j+1)
}

// countedInApposition returns "village" when a counted plural place
// noun of a settlement ("two villages", "both towns", "all four
// communities") stands in apposition to a list the capitalised words
// [i, j) are part of, else "". The list runs on to the apposition's
// comma over other names, "and", commas, prepositions of place and
// counts ("in A and 30 in B, two villages"; "raided A, B and C, all
// three villages of"). The count says the noun covers each name listed,
// not only the last.
func (a *article) countedInApposition(i, j int32) string {
	if a.cs != text.Mixed {
		return ""
	}
	for k := j; int(k) < len(a.toks) && k < j+16 && a.sentOf[k] == a.sentOf[i]; k++ {
		t := a.toks[k]
		w := a.lowerWord(k)
		if w == "," {
			n := k + 1
			if a.lowerWord(n) == "all" {
				n++ // "A, B and C, all three villages of"
			}
			c := a.lowerWord(n)
			if int(n+1) < len(a.toks) && a.sentOf[n+1] == a.sentOf[i] &&
				(c == "both" || numberWords[c] && c != "some" && c != "many" && c != "one" || a.toks[n].Kind == text.Num) {
				if noun := a.lowerWord(n + 1); plural(noun) && placeNouns[noun] == record.GeoPlace {
					return "village" // a settlement, as the nouns of nounInApposition
				}
			}
			continue
		}
		switch {
		case w == "and", t.Kind == text.Num, numberWords[w], locPreps[w] && w != "of",
			t.Kind == text.Word && t.Has(text.Cap), t.Kind == text.Punct && a.isInnerHyphen(int(k)):
			continue
		}
		return ""
	}
	return ""
}

// bearingFrom reports whether a bearing from another place starts at
// token t: a compass word and "of", a distance allowed before it ("Dofes,
// a village south of Zinjibar"; "Marne-la-Vallee, a new town 20 miles
// east of Paris", Reuters-21578 08693). The apposition then says the
// name is a settlement measured from a known place, as "a village in
// Zurmi" says it is one inside a district.
func (a *article) bearingFrom(t int32) bool {
	if int(t+1) < len(a.toks) && distanceUnits[a.lowerWord(t+1)] {
		if !a.digitFirst(t) {
			return false
		}
		t += 2 // "20 miles"
	}
	return int(t+1) < len(a.toks) && compass[a.lowerWord(t)] && a.lowerWord(t+1) == "of"
}

// inDivisionAfter reports whether the capitalised words [i, j) follow a
// locative preposition and "in" and a division named with its noun come
// right after them: "at Bhimajuli in Sonitpur district", "in Sanarpara in
// Narayanganj district" (as nounInApposition reads "in Tunga Gabas,
// Zamfara State" with a comma).
func (a *article) inDivisionAfter(i, j int32) bool {
	if !a.placePrepBefore(i) || int(j) >= len(a.toks) || a.sentOf[j] != a.sentOf[i] || a.lowerWord(j) != "in" {
		return false
	}
	return a.divisionAfterThe(j + 1)
}

// distanceInApposition reports whether the capitalised words [i, j)
// follow a locative preposition and a distance stands in apposition after
// them: "in Masambo, about 50 kilometers (31 miles) away from the city of
// Beni", "at Paranam, 18 miles south of the capital" (Reuters-21578), or
// a bare bearing does ("near Caliyoow Barrow, northwest of the capital").
func (a *article) distanceInApposition(i, j int32) bool {
	if i == 0 || a.sentOf[i-1] != a.sentOf[i] || !locPreps[a.lowerWord(i-1)] || a.word(j) != "," {
		return false
	}
	if int(j+2) < len(a.toks) && a.sentOf[j+2] == a.sentOf[i] && a.bearingFrom(j+1) {
		// "near Caliyoow Barrow, northwest of the capital": a bare
		// bearing from a known place measures a spot as a distance does
		return true
	}
	for k := j + 1; k < j+5 && int(k) < len(a.toks) && a.sentOf[k] == a.sentOf[i]; k++ {
		if distanceUnits[a.lowerWord(k)] {
			return k > j+1 && a.digitFirst(k-1) // the figure before the unit
		}
	}
	return false
}

// nearInApposition reports whether the capitalised words [i, j) follow a
// locative preposition and a relation to a known place stands in
// apposition after them: "in Chinagodrar, near the border with Mali", "at
// Kidal, near Gao", "in Dehiwala, near the national zoo". What is told to
// be near a known place, a country's border or a landmark named by a
// common noun is itself a place, a settlement the gazetteer lacks; a
// person or a body is not said to lie near a town.
func (a *article) nearInApposition(i, j int32) bool {
	if !a.placePrepBefore(i) || a.word(j) != "," || a.lowerWord(j+1) != "near" {
		return false
	}
	k := j + 2
	article := articleWords[a.lowerWord(k)]
	if article {
		k++
	}
	if int(k) >= len(a.toks) || a.sentOf[k] != a.sentOf[i] {
		return false
	}
	if borderNouns[a.lowerWord(k)] {
		return true // "near the border with Mali", "near the frontier"
	}
	if p := a.lowerWord(i - 1); article && (p == "in" || p == "at") && a.cs == text.Mixed && !a.inDate(i) &&
		a.toks[k].Kind == text.Word && !a.toks[k].Has(text.Cap) {
		// "at a guesthouse in Dehiwala, near the national zoo": what a
		// deed is put in and told to lie near a landmark is a place
		return true
	}
	return a.toks[k].Has(text.Cap) && a.longestPlace(k, int32(a.sents[a.sentOf[k]].Last), 4) > 0
}

// deedPlacedIn reports whether the capitalised words [i, j) follow "in"
// or "at" that a definite deed word and a verb of being or happening put
// it at: "The attacks were in Boga and Tchabi", "The blast happened at
// Kurmi". Where a deed the text has told was is a place, not a person;
// a date is no place ("The attack was in March").
func (a *article) deedPlacedIn(i, j int32) bool {
	if w := a.lowerWord(i - 1); (w == "and" || w == ",") && len(a.places) > 0 {
		// "in Boga and Tchabi": coordination joins like parts, so a
		// name joined to one the deed is put at is where it was too
		o := &a.places[len(a.places)-1]
		return o.t1 == i-1 && a.sentOf[o.t0] == a.sentOf[i] && !a.inDate(i) && a.deedPlacedIn(o.t0, o.t1)
	}
	if !a.placePrepBefore(i) || a.inDate(i) {
		return false
	}
	if p := a.lowerWord(i - 1); p != "in" && p != "at" {
		return false
	}
	k := i - 2 // the verb
	first := int32(a.sents[a.sentOf[i]].First)
	switch {
	case k > first && copulas[a.lowerWord(k)], k > first && occurVerbs[a.lowerWord(k)]:
	case k-1 > first && a.spanIn(occurVerbs, k-1, k+1):
		k-- // "took place"
	default:
		return false
	}
	n := k - 1 // the deed word, after a back pointer
	if n-1 < first || !backPointers[a.lowerWord(n-1)] {
		return false
	}
	_, ok := a.termAt(n, lexicon.Trigger)
	return ok
}

// townPossessiveBefore reports whether the capitalised words from token i
// follow the possessive of the place read last, a compass adjective
// allowed between: "Kabul's western Dasht-e-Barchi area" names a part of
// the town, as "Baghdad's eastern Jamila district" does (possessiveOwns),
// and an area so owned is a place though no division is named after it.
func (a *article) townPossessiveBefore(i int32) bool {
	if len(a.places) == 0 {
		return false
	}
	o := &a.places[len(a.places)-1]
	return !o.water && a.sentOf[o.t0] == a.sentOf[i] && a.possessiveOwns(o, i)
}

// borderNouns name the line between two countries ([border-noun]): a
// spot near one is a place (nearInApposition, unnamedSite), two
// countries' names before one make one place (borderPlaces), and the
// country after "with" lies across it (acrossBorder).
var borderNouns = lexicon.Words().Set("border-noun") // lexicon/words.txt

// digitFirst reports whether token t starts with a digit: a figure
// written in numerals ("50 kilometers", "20 miles"), as the distances of
// bearingFrom and distanceInApposition are.
func (a *article) digitFirst(t int32) bool {
	w := a.word(t)
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// placePrepBefore reports whether token i follows, in its sentence, a
// preposition that puts something at a place other than "of" ("in",
// "near"; [location-prep]): "of" joins a name to a noun as often as to a
// place (nounInApposition, inDivisionAfter).
func (a *article) placePrepBefore(i int32) bool {
	if i == 0 || a.sentOf[i-1] != a.sentOf[i] {
		return false
	}
	p := a.lowerWord(i - 1)
	return p != "of" && locPreps[p]
}

// placeIntroduced reports whether the words before token i introduce a
// place: a preposition of place other than "of" ("in", "near"), or a
// place noun and "of" ("the town of").
func (a *article) placeIntroduced(i int32) bool {
	if i == 0 || a.sentOf[i-1] != a.sentOf[i] {
		return false
	}
	if p := a.lowerWord(i - 1); p != "of" {
		return locPreps[p]
	}
	return i >= 2 && placeNouns[a.lowerWord(i-2)] != ""
}

// anyCommonWord reports whether a word of tokens [i, j) is a common English
// word (the gazetteer's list).
func (a *article) anyCommonWord(i, j int32) bool {
	for t := i; t < j; t++ {
		if a.toks[t].Kind != text.Word {
			continue
		}
		a.buf = gazetteer.AppendKey(a.buf[:0], a.word(t))
		if a.x.gaz.CommonWord(a.buf) {
			return true
		}
	}
	return false
}

// commonWords reports whether every word of tokens [i, j) is a common
// English word (the gazetteer's list).
func (a *article) commonWords(i, j int32) bool {
	for t := i; t < j; t++ {
		if a.toks[t].Kind != text.Word {
			continue
		}
		a.buf = gazetteer.AppendKey(a.buf[:0], a.word(t))
		if !a.x.gaz.CommonWord(a.buf) {
			return false
		}
	}
	return true
}

// capitalisedTitle reports whether the headline capitalises its words
// whatever they are (all capitals, or title case): no word of four
// letters or more starts in lower case.
func (a *article) capitalisedTitle() bool {
	for t := int32(0); int(t) < len(a.toks) && int(a.toks[t].Start) < a.bodyStart; t++ {
		if tk := a.toks[t]; tk.Kind == text.Word && !tk.Has(text.Cap) && tk.End-tk.Start >= 4 {
			return false
		}
	}
	return true
}

// placeStart reports whether a place name may start at token i.
func (a *article) placeStart(i int32) bool {
	t := a.toks[i]
	if t.Kind != text.Word {
		return false
	}
	if a.cs == text.Mixed {
		return t.Has(text.Cap) || a.leadingArticle(i)
	}
	return true
}

// leadingArticle reports whether token i is an Arabic article that begins
// a name, lower case and joined by a hyphen to the capitalised word after
// it, right after a preposition of place: "in the town of al-Ram", "near
// al-Qaim", "fighting in al-Bab". After a capitalised word the article is
// inside a name ("Shatt al-Arab", "Abu Mahdi al-Muhandis": articleAt), and
// after an article or none it names a site or a person ("the al-Nasr
// bridge", "said al-Shammari"), not a town.
func (a *article) leadingArticle(i int32) bool {
	if a.cs != text.Mixed || i < 1 || int(i)+2 >= len(a.toks) || !arabicArticles[a.word(i)] {
		return false
	}
	h, n := a.toks[i+1], a.toks[i+2]
	if a.word(i+1) != "-" || h.Has(text.SpaceBefore) || n.Kind != text.Word || !n.Has(text.Cap) || n.Has(text.SpaceBefore) {
		return false
	}
	p := a.toks[i-1]
	return p.Kind == text.Word && !p.Has(text.Cap) && locPreps[a.word(i-1)]
}

// longestPlace returns the length in tokens of the longest gazetteer name
// starting at token i, or 0.
func (a *article) longestPlace(i, end int32, maxN int) int32 {
	g := a.x.gaz
	var best int32
	words := 0
	for j := i; j < end && words < maxN; j++ {
		t := a.toks[j]
		if t.Kind == text.Punct {
			p := a.src[t.Start:t.End]
			if (p == "-" || p == "'" || p == "’") && !t.Has(text.SpaceBefore) {
				continue
			}
			break
		}
		words++
		if a.cs == text.Mixed && !t.Has(text.Cap) && !connectors[a.src[t.Start:t.End]] && t.Kind != text.Num && (j > i || !a.leadingArticle(j)) {
			if _, ok := a.articleAt(j, end, true); !ok {
				break
			}
		}
		if a.cs == text.Mixed && !t.Has(text.Cap) {
			continue // a name does not end on a connector
		}
		a.buf = gazetteer.AppendKey(a.buf[:0], a.src[a.toks[i].Start:t.End])
		if len(g.Lookup(a.buf)) > 0 {
			best = j - i + 1
		}
	}
	return best
}

// articleTail reports whether token i follows an Arabic article inside a
// name: it ends a name that starts before the article, and is no place
// of its own ("Numan" in "Ma'arat al-Numan" is not Numan in Nigeria)
// unless the gazetteer knows it as the same place with its article and
// without: "Mina al-Ahmadi" is the port of Al Ahmadi, but the Ain of "Ras
// al-Ain" is neither Ain in France nor Al Ain in the Emirates.
func (a *article) articleTail(i, end int32) bool {
	for j := i - 1; j >= i-2 && j > 0; j-- {
		if k, ok := a.articleAt(j, end, false); ok && k == i {
			a.buf = gazetteer.AppendKey(a.buf[:0], a.src[a.toks[j].Start:a.toks[i].End])
			with := a.x.gaz.Lookup(a.buf)
			a.buf = gazetteer.AppendKey(a.buf[:0], a.word(i))
			for _, e := range a.x.gaz.Lookup(a.buf) {
				for _, w := range with {
					if e.Feature == w.Feature {
						return false
					}
				}
			}
			return true
		}
	}
	return false
}

// articleAt reports whether token j, before end, is an Arabic article
// inside a name: lower case, after a capitalised word and before one,
// "al" or "el" ("Shatt al-Arab", "Ras al Khaimah") or, joined by a hyphen,
// an assimilated form ("Deir ez-Zor"), or unjoined if loose ("Deir ez
// Zor", as a name the gazetteer knows whole); it returns the word after
// it. Only mixed-case text shows the article's place in a name.
func (a *article) articleAt(j, end int32, loose bool) (int32, bool) {
	if a.cs != text.Mixed || j < 1 || j+1 >= end || a.toks[j].Kind != text.Word || a.toks[j].Has(text.Cap) {
		return 0, false
	}
	p := j - 1 // the word before: "Ma'arat" is read from its first piece
	if p >= 2 && a.toks[p].Kind == text.Word && !a.toks[p].Has(text.Cap) && (a.word(p-1) == "'" || a.word(p-1) == "’") && !a.toks[p].Has(text.SpaceBefore) {
		p -= 2
	}
	if a.toks[p].Kind != text.Word || !a.toks[p].Has(text.Cap) {
		return 0, false
	}
	k, hyphen := j+1, false
	if a.word(k) == "-" && !a.toks[k].Has(text.SpaceBefore) && k+1 < end && !a.toks[k+1].Has(text.SpaceBefore) {
		k, hyphen = k+1, true
	}
	if k >= end || a.toks[k].Kind != text.Word || !a.toks[k].Has(text.Cap) {
		return 0, false
	}
	w := a.word(j)
	if arabicArticles[w] {
		return k, true
	}
	// "ez-Zor", "ash-Shaykh": the vowel, then the next word's first
	// consonant; unjoined, "as" and "at" may be English ("England at
	// Twickenham"), no article unless the gazetteer knows the whole
	next := a.word(k)
	if !hyphen && !loose || len(w) < 2 || len(next) < len(w) || strings.IndexByte(articleVowels, w[0]) < 0 || strings.IndexByte("aeiou", w[1]) >= 0 {
		return 0, false
	}
	return k, strings.EqualFold(next[:len(w)-1], w[1:])
}

// possessorOf returns the country mention that owns the place starting
// at token t0 by a possessive ("Iran's Kharg Island", "Iraq's Anbar
// province"), if the mention before it is one: the place phrase starts
// at the owner, whose preposition and distance are the place's. It reads
// the mentions before t0, so it serves while the places are read and
// after.
func (a *article) possessorOf(t0 int32) (int, bool) {
	if t0 < 3 || !a.possessiveAt(t0-2) {
		return 0, false
	}
	for q := len(a.places) - 1; q >= 0 && a.places[q].t1 >= t0-2; q-- {
		if m := &a.places[q]; m.t1 == t0-2 && m.country && a.sentOf[m.t0] == a.sentOf[t0] {
			return q, true
		}
	}
	return 0, false
}

// abbreviated reports whether one of a name's gazetteer entries is a
// country's or a place's abbreviation ("US", "UK"). In mixed-case text
// two capitals are an initialism ("UN", "AU", "EU"), a place only when
// the gazetteer knows them as one's short name: a town spelled the same
// ("Un" in Gujarat, "Au" in Switzerland) is never what they mean.
func abbreviated(cands []gazetteer.Entry) bool {
	for _, e := range cands {
		if e.IsAbbrev {
			return true
		}
	}
	return false
}

// holidayName reports whether, in mixed-case text, the name is followed
// by the word "Day" in capitals: the two name a day of the calendar, not
// a town ("as families celebrated Mexico's Independence Day", not
// Independence in Missouri; BBC 2005 and Reuters-21578 "Christmas Day",
// "Columbus Day"). A country's day ("Australia Day") is still the
// country's, kept before this is asked.
func (a *article) holidayName(m *placeMention) bool {
	t := m.t1
	return a.cs == text.Mixed && int(t) < len(a.toks) && a.sentOf[t] == a.sentOf[m.t0] &&
		a.toks[t].Has(text.Cap) && a.lowerWord(t) == "day"
}

// keepPlace decides whether a gazetteer match is a place mention, and fills
// in its context.
func (a *article) keepPlace(m *placeMention) bool {
	single := m.t1-m.t0 == 1
	if single && notPlaces[string(a.buf)] {
		return false
	}
	if single && len(a.buf) <= 2 && !a.toks[m.t0].Has(text.AllCaps) {
		return false // "Pa" of "Pa Zi Gyi"; "US" and "UK" are written in capitals
	}
	if single && len(a.buf) <= 2 && a.cs == text.Mixed && !abbreviated(m.cands) {
		return false // "ambush on UN convoy": an initialism, not Un in Gujarat
	}
	if single && a.countWordAt(m.t0) {
		return false // "Four state police officers were killed": a count, not Four in France
	}
	if m.t0 > 0 && a.sentOf[m.t0-1] == a.sentOf[m.t0] {
		p := a.toks[m.t0-1]
		if p.Kind == text.Word {
			m.prep = a.lowerWord(m.t0 - 1)
		}
	}
	// a country's name outranks the towns named after it ("Colombia",
	// "Panama"); a demonym says which country, not where
	// a demonym outranks the villages spelled like it ("Spanish", Ontario)
	anyCountry, anyDemonym := false, false
	caps := a.toks[m.t0].Has(text.AllCaps) && a.cs == text.Mixed
	for _, e := range m.cands {
		if e.IsAbbrev && !caps {
			continue // "Car bomb" is not the CAR
		}
		if e.Kind == gazetteer.Country && !e.IsDemonym && !(e.Alt && e.CommonWord) {
			// (not a foreign name of a country that is an English word:
			// "GRENADE", Grenada's French name, is the weapon)
			anyCountry = true
		}
		if e.IsDemonym {
			anyDemonym = true
		}
	}
	m.country = anyCountry
	m.demonym = anyDemonym && !anyCountry
	if q, ok := a.possessorOf(m.t0); ok {
		m.prep = a.places[q].prep // "55 miles northwest of Iran's Kharg Island": Kharg Island's "of"
	} else if n := len(a.places); n > 0 && a.sentOf[a.places[n-1].t0] == a.sentOf[m.t0] && a.possessiveOwns(&a.places[n-1], m.t0) {
		// "exploded in Baghdad's Sadr City": the phrase a town's
		// possessive opens takes the preposition before it, as a
		// country's does
		m.prep = a.places[n-1].prep
	}
	if !m.demonym && m.prep == "the" && m.t0 >= 2 && a.sentOf[m.t0-2] == a.sentOf[m.t0] && a.toks[m.t0-2].Kind == text.Word && a.nameEnds(m.t1) {
		// "off the United Arab Emirates", "in the Philippines", "in the
		// Gaza Strip": a country or a region whose name takes the article
		// has its preposition before it (not "on the U.S. response", where
		// the name qualifies a noun)
		m.prep = a.lowerWord(m.t0 - 2)
	}
	if m.country && a.inFeatureName(m) || (m.country || m.demonym) && a.inRegionName(m) {
		return false // "Lake Chad", "the Congo River": water or land named after the country, not in it
	}
	if m.demonym || m.country {
		return true
	}
	if a.holidayName(m) {
		return false
	}
	common, abbrev := false, true
	if len(m.cands) == 0 {
		return false
	}
	for _, e := range m.cands {
		if e.CommonWord {
			common = true
		}
		if !e.IsAbbrev {
			abbrev = false
		}
	}
	if abbrev && a.cs == text.Mixed && !a.toks[m.t0].Has(text.AllCaps) {
		return false // "Pa" of "Pa Zi Gyi" is not Pennsylvania
	}
	if a.cs != text.Mixed && a.commonPhrase(m.t0, m.t1) && a.nounAfter(m) == "" && !a.placeNounBefore(m.t0) {
		// "PARTS OF THE CITY", "AT THE ENTRANCE", "AT POINT BLANK RANGE":
		// without capitals, words that are all common English are the
		// phrase, not a town so named; only a place noun says otherwise
		return false
	}
	if a.streetName(m) {
		return false // "Newry Road police station" is on a road to Newry, not in it
	}
	if p := m.t0 - 2; p >= 0 && a.sentOf[p] == a.sentOf[m.t0] && a.lowerWord(m.t0-1) == "of" && orgHeads[a.lowerWord(p)] && a.toks[p].Has(text.Cap) {
		return false // "the manager of Bank of Tokyo in Peru": an organisation named after a place works far from it
	}
	if t := m.t1; int(t) < len(a.toks) && a.sentOf[t] == a.sentOf[m.t0] && a.toks[t].Has(text.Cap) && unitNouns[a.lowerWord(t)] {
		return false // "Assam Rifles", "the Punjab Regiment": a force named after a place it need not be in
	}
	if t := m.t1; int(t) < len(a.toks) && a.sentOf[t] == a.sentOf[m.t0] && a.cs == text.Mixed &&
		mediaNouns[a.lowerWord(t)] {
		// "a communique read on Baghdad radio": the city's station (or agency) that
		// spoke, not where anything happened. In capitals the name of a
		// region's network ("CUSCATLAN RADIO NETWORK") is all a story
		// may give of its country, so it is left to the other rules
		return false
	}
	if a.word(m.t1) == "-" && a.isInnerHyphen(int(m.t1)) && compoundParticiple(a.lowerWord(m.t1+1)) {
		// "Paris-based Action Against Hunger", "the English-speaking
		// regions", "the French-speaking part of Belgium": a name
		// hyphened to a participle makes an adjective of what is based
		// there or speaks its language, not a place where the deed was
		return false
	}
	if common && a.inCompoundWord(m) {
		// "a cross-border raid", "north-west Nigeria", "a long-range
		// rocket": a common word hyphened to another is a part of a
		// compound word, not a name, even after "in" ("In Cross-Border
		// Raid"); places joined by a hyphen ("the Maiduguri-Damboa road")
		// are not common words
		return false
	}
	// "the port city of Tyre": a place noun says the word names a place
	strong := locPreps[m.prep] && m.prep != "of" || a.nounAfter(m) != "" || m.prep == "of" && a.afterPlaceNoun(m)
	if common && !(locPreps[m.prep] && m.prep != "of") && a.inTitle(int(a.toks[m.t0].Start)) && a.capitalisedTitle() {
		// "KILL 12 IN RAID ON VILLAGE", "RAMPAGE IN TOWN": a headline in
		// capitals writes a word before a place noun as it writes a
		// name, so only a preposition before it says it names a place
		strong = false
	}
	// "WELLINGTON (Reuters) -", "READING, England, May 2 --": the slot
	// before a dateline's separator holds the city filed from, whatever
	// else its words mean
	strong = strong || a.datelineSlot(m)
	if common && !strong {
		return false
	}
	if a.cs != text.Mixed && single && !strong {
		// no capitals to go by: a lone word needs a preposition or a big place
		big := false
		for _, e := range m.cands {
			if e.Kind != gazetteer.Place || e.Population() >= 100000 {
				big = true
			}
		}
		if !big {
			return false
		}
	}
	big := false
	for _, e := range m.cands {
		if e.Population() >= 100000 || e.Kind != gazetteer.Place {
			big = true
		}
	}
	if a.cs == text.Mixed && !strong && a.inPersonName(m, big) {
		return false
	}
	m.noun = a.nounAfter(m)
	return true
}

// compoundParticiple reports whether word w is a participle, past
// ("-based", participle) or present ("-speaking"), which after a hyphen
// makes the name before it part of an adjective.
func compoundParticiple(w string) bool {
	return participle(w) || len(w) > 4 && strings.HasSuffix(w, "ing")
}

// inCompoundWord reports whether place mention m is joined by a hyphen,
// with no space on either side, to a word before or after it: "Cross" of
// "cross-border", "West" of "north-west". A common word so joined is a
// part of a compound word, no name (keepPlace).
func (a *article) inCompoundWord(m *placeMention) bool {
	if t := m.t1; int(t)+1 < len(a.toks) && a.isInnerHyphen(int(t)) && a.toks[t+1].Kind == text.Word {
		return true
	}
	t := m.t0 - 1
	return t >= 1 && a.isInnerHyphen(int(t)) && a.toks[t-1].Kind == text.Word
}

// datelineSlot reports whether place mention m opens the body and is
// closed as a dateline's city is: by an agency's bracket, a dash or a
// colon, or by a comma before the day ("WELLINGTON (Reuters) -", "NICE:",
// "BATH, May 2 -"). A word that is also a common one is a name there.
func (a *article) datelineSlot(m *placeMention) bool {
	if m.t0 != a.tokenAt(a.bodyStart) || int(m.t1)+1 >= len(a.toks) || a.sentOf[m.t1] != a.sentOf[m.t0] {
		return false
	}
	switch a.word(m.t1) {
	case "(", ":", "—", "–", "--":
		return true
	case "-":
		return !a.isInnerHyphen(int(m.t1))
	case ",":
		return a.inDate(m.t1 + 1)
	}
	return false
}

// nameEnds reports whether the noun phrase ends before token t: the text
// ends, or punctuation, a preposition, a conjunction, a verb or a date
// follows.
func (a *article) nameEnds(t int32) bool {
	if int(t) >= len(a.toks) || a.toks[t].Kind != text.Word || a.sentOf[t] != a.sentOf[t-1] {
		return true
	}
	switch w := a.lowerWord(t); w {
	case "and", "or", "to", "from", "has", "have", "had", "was", "were", "is", "are", "said", "says":
		return true
	default:
		return eventPreps[w] && w != "of" || a.inDate(t)
	}
}

// nounAfter returns the place-type noun right after the mention, if any
// ("Kishtwar district", "Kankara Local Government Area").
func (a *article) nounAfter(m *placeMention) string {
	for n := int32(3); n >= 1; n-- {
		if int(m.t1+n) > len(a.toks) {
			continue
		}
		a.buf = a.buf[:0]
		ok := true
		for k := m.t1; k < m.t1+n; k++ {
			if a.toks[k].Kind != text.Word || a.sentOf[k] != a.sentOf[m.t0] {
				ok = false
				break
			}
			if k > m.t1 {
				a.buf = append(a.buf, ' ')
			}
			a.buf = appendLowerASCII(a.buf, a.word(k))
		}
		if !ok {
			continue
		}
		if _, found := placeNouns[string(a.buf)]; found {
			return string(a.buf)
		}
	}
	return ""
}

// inPersonName reports whether the mention sits inside a run of capitalised
// words that is not a place name: "Musa Yego", "Ali Roba".
func (a *article) inPersonName(m *placeMention, big bool) bool {
	capNeighbour := func(i int32) bool {
		if i < 0 || int(i) >= len(a.toks) || a.sentOf[i] != a.sentOf[m.t0] {
			return false
		}
		t := a.toks[i]
		if t.Kind != text.Word || !t.Has(text.Cap) {
			return false
		}
		a.buf = appendLowerASCII(a.buf[:0], a.word(i))
		if _, ok := placeNouns[string(a.buf)]; ok || facilityNouns[string(a.buf)] {
			return false
		}
		return true
	}
	if a.siteName(m) {
		return false
	}
	// a city may name an event after it ("the Atlanta Games"), but a
	// name before it makes it a surname ("Fernando Villavicencio")
	before := capNeighbour(m.t0-1) && !a.sentenceInitial(m.t0-1)
	return before || !big && capNeighbour(m.t1)
}

// streetName reports whether the place name is the first part of a
// street's name ("Newry Road", "Oxford Street", "BERNAL AVENUE"), or the
// first of two streets named with one plural noun ("the corner of
// Sarmiento and San Martin streets"): a road named after a town usually
// leads to it from somewhere else. In text with capitals the street's
// noun is capitalised ("the Kabul road" is a route, left to the rules of
// routes), unless the place name is but part of the capitalised words
// before the noun (namedStreet).
func (a *article) streetName(m *placeMention) bool {
	if a.namedStreet(m) {
		return true
	}
	named := func(j int32) bool {
		return int(j) < len(a.toks) && a.sentOf[j] == a.sentOf[m.t0] && a.toks[j].Kind == text.Word &&
			(a.cs != text.Mixed || a.toks[j].Has(text.Cap) || a.lowerWord(j) == "and")
	}
	t := m.t1
	if !named(t) {
		return false
	}
	p := m.t0 - 1
	if p > 0 && (a.lowerWord(p) == "downtown" || compassAdjectives[a.lowerWord(p)]) {
		p--
	}
	if p >= 0 && articleWords[a.lowerWord(p)] && a.lowerWord(p) != "the" {
		return false // "in a downtown Bogota street": a street of the town
	}
	if streetNouns[a.lowerWord(t)] {
		return true
	}
	if a.lowerWord(t) != "and" {
		return false
	}
	for j := t + 1; j <= t+4 && int(j) < len(a.toks) && a.sentOf[j] == a.sentOf[m.t0]; j++ {
		if w := a.lowerWord(j); streetNouns[w] {
			return plural(w) // "streets", capitalised or not
		}
		if !named(j) {
			return false
		}
	}
	return false
}

// namedStreet reports whether, in mixed-case text, the place name lies
// inside a longer run of capitalised words right before a street noun of
// any case: the run is the street's name, most often a person's ("on
// Victor Hugo street", "Van Ness Avenue"), and a town that shares one of
// its words is not where anything was; so is a street noun that the
// gazetteer knows as a place ("Road", a hamlet in Somerset) after such a
// run. A sentence's first word that is a common word ("On", "The") is no
// part of the run.
func (a *article) namedStreet(m *placeMention) bool {
	if a.cs != text.Mixed {
		return false
	}
	capWord := func(j int32) bool {
		return j >= 0 && int(j) < len(a.toks) && a.sentOf[j] == a.sentOf[m.t0] && a.toks[j].Kind == text.Word &&
			a.toks[j].Has(text.Cap) && !(a.sentenceInitial(j) && a.commonWord(j))
	}
	s0 := m.t0
	for s0 > m.t0-3 && capWord(s0-1) {
		s0--
	}
	if s0 < m.t0 && streetNouns[a.lowerWord(m.t1-1)] {
		return true // "in the Oldpark Road area": the street's noun, which the gazetteer knows as a hamlet, ends the name
	}
	e := m.t1
	for e < m.t1+3 && capWord(e) && !streetNouns[a.lowerWord(e)] {
		e++
	}
	if int(e) >= len(a.toks) || a.sentOf[e] != a.sentOf[m.t0] || !streetNouns[a.lowerWord(e)] {
		return false
	}
	return e-s0 > m.t1-m.t0
}

// streetNouns name a street or a road after a place name ([street-noun]).
var streetNouns = lexicon.Words().Set("street-noun") // lexicon/words.txt

// siteName reports whether the capitalised words after a place name make
// it the name of a site in that place: "Tumbler Ridge Secondary School",
// "Garissa University College".
func (a *article) siteName(m *placeMention) bool {
	if p := m.t0 - 1; p >= 0 && a.sentOf[p] == a.sentOf[m.t0] && a.toks[p].Kind == text.Word && a.toks[p].Has(text.Cap) && !a.sentenceInitial(p) && a.cs == text.Mixed {
		return false // "Centennial Olympic Park": the name starts before the place's
	}
	for j := m.t1; j < m.t1+4 && int(j) < len(a.toks) && a.sentOf[j] == a.sentOf[m.t0]; j++ {
		if a.toks[j].Kind != text.Word || !a.toks[j].Has(text.Cap) {
			return false
		}
		if facilityNouns[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// facilityNouns may follow a place name inside the name of a site
// ("Garissa University College", "Kramatorsk railway station").
var facilityNouns = lexicon.Words().Set("facility-noun") // lexicon/words.txt

// markDateline finds the dateline at the start of the body ("KARACHI,
// Pakistan (AP) —", "Nairobi:", "MADRID, March 11 --") and marks the place
// mention it names. The dateline says where the reporter filed from: a
// fallback for the incident's place and a hint for its country.
func (a *article) markDateline() {
	first := a.tokenAt(a.bodyStart)
	// the separator must come within the first dozen tokens, not
	// counting those in brackets: an agency's credit there may be long
	// ("Ouagadougou, (APP - UrduPoint / Pakistan Point News - 12th Nov,
	// 2020 ) :")
	sep := int32(-1)
	depth := 0
	limit := first + 16
	for i := first; i < limit && i < first+32 && int(i) < len(a.toks); i++ {
		t := a.toks[i]
		w := a.src[t.Start:t.End]
		if depth > 0 {
			limit++
		}
		if t.Kind == text.Punct {
			switch w {
			case "(":
				depth++
			case ")":
				depth--
				if depth == 0 && a.datedBefore(first, i) && int(i+1) < len(a.toks) && a.toks[i+1].Has(text.Cap) && a.toks[i+1].Has(text.SpaceBefore) {
					// "Cotonou, June 5 (AFP) Three soldiers were killed":
					// the agency's credit after the day closes the dateline
					// with no dash
					sep = i
				}
			case "—", "–", "-", ":", "_":
				// not a hyphen between two words ("A 29-YEAR-OLD WOMAN")
				if depth == 0 && i > first && !(a.isInnerHyphen(int(i)) && a.toks[i-1].Kind != text.Punct && a.toks[i+1].Kind != text.Punct) {
					sep = i
				}
			}
		}
		if sep >= 0 {
			break
		}
		if t.Kind == text.Word && depth == 0 && !t.Has(text.Cap) && a.cs == text.Mixed && !isDatelineWord(w) && !a.inDate(i) {
			return // ordinary prose before any separator: no dateline; "29th" of "BUJUMBURA January 29th (ABP) –" is the day
		}
		if depth == 0 && a.harmAt(i) {
			return // a death or a wound is told, not a place and a day: "AT LEAST 9 PEOPLE HAVE DIED AND 13 MORE WERE WOUNDED --", where capitals hide the prose
		}
	}
	if sep < 0 {
		return
	}
	a.datelineEnd = int(a.toks[sep].End)
	a.markDatelinePlaces(first, sep)
	a.markLocalDateline(sep)
}

// datedBefore reports whether a date of the text lies in tokens [first,
// i): the day of a dateline.
func (a *article) datedBefore(first, i int32) bool {
	b0, b1 := int(a.toks[first].Start), int(a.toks[i].Start)
	lo, hi := a.dateRange(b0, b1)
	for _, d := range a.dates[lo:hi] {
		if d.End <= b1 {
			return true
		}
	}
	return false
}

// markDatelinePlaces marks the places of the dateline, tokens [first,
// sep): its city, the whole of its first segment ("KARACHI,", "MADRID
// (", "Nairobi:"; not "NO" of FBIS's "NO CITY"), and the country that
// says where the city lies ("KARACHI, Pakistan (AP) —", "MADRID (SPAIN),
// 18 NOV 89 --", "NO CITY (EL SALVADOR), 3 JAN 90"). The country places
// nothing, so a report filed in Madrid of events in El Salvador is no
// story of Spain. Every other place in the dateline's brackets is the
// source the story came from, a paper, a station or an agency ("(RADIO
// CADENA NACIONAL)", "(RADIO AMERICA)"), and names no place: those are
// dropped. A country counts only outside brackets or in those that open
// before the first comma: the source's come after it.
func (a *article) markDatelinePlaces(first, sep int32) {
	n := sep - first
	inBrackets, lead := make([]bool, n), make([]bool, n)
	depth, comma, opened := 0, false, false
	for i := first; i < sep; i++ {
		switch a.word(i) {
		case "(":
			depth++
			opened = !comma
		case ")":
			depth--
		case ",":
			comma = comma || depth == 0
		}
		inBrackets[i-first], lead[i-first] = depth > 0, depth > 0 && opened
	}
	country := false
	for k := range a.places {
		m := &a.places[k]
		if m.t0 < first || m.t1 > sep || m.demonym {
			continue
		}
		switch j := m.t0 - first; {
		case m.t0 == first && a.toks[m.t1].Kind == text.Punct:
			m.dateline = true
		case m.country && !country && (!inBrackets[j] || lead[j]):
			m.dateline, country = true, true
		}
	}
	a.places = slices.DeleteFunc(a.places, func(m placeMention) bool {
		return m.t0 >= first && m.t1 <= sep && inBrackets[m.t0-first] && !m.dateline
	})
}

// markLocalDateline marks a second dateline right after the first, a
// local paper's or station's own ("BOGOTA, 11 NOV 89 (RADIO CADENA
// NACIONAL) -- PEREIRA --", "RIO DE JANEIRO (BRAZIL), 31 AUG 89 (O GLOBO)
// -- TABATINGA (AMAZONAS STATE) --"): the first is where the service
// picked the story up, the second where it was filed, and the dateline
// ends after it. location takes the last dateline city (datelineCity).
func (a *article) markLocalDateline(sep int32) {
	j := sep + 1
	for int(j) < len(a.toks) && a.isDash(j) {
		j++
	}
	k := -1
	for q := range a.places {
		if a.places[q].t0 == j {
			k = q
		}
	}
	if k < 0 || a.places[k].demonym || a.places[k].country {
		return
	}
	depth := 0
	for i := a.places[k].t1; i < a.places[k].t1+6 && int(i) < len(a.toks); i++ {
		switch w := a.word(i); {
		case w == "(":
			depth++
		case w == ")":
			depth--
		case depth == 0 && a.isDash(i):
			a.places[k].dateline = true
			a.datelineEnd = int(a.toks[i].End)
			return
		case depth == 0:
			return // prose: "MEDELLIN POLICE SAID ..."
		}
	}
}

// isDash reports whether token j is a dash that may close a dateline.
func (a *article) isDash(j int32) bool {
	switch a.word(j) {
	case "—", "–", "-":
		return a.toks[j].Kind == text.Punct
	}
	return false
}

// compassAdjectives name a part of a place: "southern Moscow",
// "northern Iraq".
var compassAdjectives = lexicon.Words().Set("compass-adjective") // lexicon/words.txt

func isDatelineWord(w string) bool {
	switch w {
	case "of", "de", "el", "al", "es":
		return true
	}
	return false
}

// afterPlaceNoun reports whether the mention follows "the town of", "the
// city of", "province of" and the like, a place noun that names it ("the
// town Inata", "the Turkish capital, Ankara"), a compass word ("southern
// Moscow", "northern Saada") or an epithet of places ("downtown
// Nairobi").
func (a *article) afterPlaceNoun(m *placeMention) bool {
	if m.t0 < 1 {
		return false
	}
	if a.sentOf[m.t0-1] != a.sentOf[m.t0] {
		return false
	}
	if a.siteName(m) {
		return true // "Garissa University College", "Kramatorsk Railway Station"
	}
	prev := m.t0 - 1
	if a.word(prev) == "," && prev > 0 && a.sentOf[prev-1] == a.sentOf[m.t0] {
		// an apposition names the place the noun before it spoke of: "in
		// the Turkish capital, Ankara", "in the northern city, Kano"
		if apposedPlaceNouns[a.lowerWord(prev-1)] {
			return true
		}
	}
	w := a.lowerWord(m.t0 - 1)
	if compassAdjectives[w] {
		return true // "southern Moscow", "northern Saada"
	}
	if apposedPlaceNouns[w] || placeEpithets[w] {
		return true // "the regional capital Beledweyne", "the town Inata", "downtown Nairobi"
	}
	if w == "of" {
		if _, title := a.termAt(m.t0-2, lexicon.Title); title {
			return true // "the mayor of Malinaltepec"
		}
		if m.t0 >= 2 {
			_, isNoun := placeNouns[a.lowerWord(m.t0-2)]
			return isNoun || capitalNouns[a.lowerWord(m.t0-2)] || placeParts[a.lowerWord(m.t0-2)]
		}
	}
	return false
}

// apposedPlaceNouns name the place right after them ("the town Inata",
// "the Turkish capital, Ankara"), and placeEpithets describe it
// ("downtown Nairobi", "rural Kenya"): afterPlaceNoun.
var (
	apposedPlaceNouns = lexicon.Words().Set("apposed-place-noun") // lexicon/words.txt
	placeEpithets     = lexicon.Words().Set("place-epithet")      // lexicon/words.txt
)

// placeParts are parts of a town that "of" joins to it ("the outskirts
// of Kabul", "the center of Grozny"): the town is where the deed was.
var placeParts = lexicon.Words().Set("place-part") // lexicon/words.txt

// isDemonym reports whether token i is a demonym place mention.
func (a *article) isDemonym(i int32) bool {
	k := sort.Search(len(a.places), func(k int) bool { return a.places[k].t1 > i })
	return k < len(a.places) && a.places[k].t0 <= i && a.places[k].demonym
}

// speakerNouns are who a report quotes from afar: "shipping sources in
// Nicosia", "U.S. officials in Washington", "a spokesman in Khartoum"
// ([speaker-noun]).
var speakerNouns = lexicon.Words().Set("speaker-noun") // lexicon/words.txt

// speakerPlace reports whether place mention k tells where someone spoke,
// not where anything happened: "in X" between a speaker and a verb of
// saying ("officials in Washington condemned the attack", "sources in
// Nicosia said") or right after one ("the ministry said in Addis
// Ababa"), a speaker also being a body's name ("the United Nations in
// Nairobi said"). Wire copy quotes its sources where the reporter sits,
// so the phrase says nothing of the event when X is the dateline's city,
// lies outside the story's country or the sentence puts something at
// another place; otherwise ("officials in
// Kandahar said a bomb killed five") the speakers' town is the scene's.
func (a *article) speakerPlace(k int) bool {
	if !a.speakersIn(k) {
		return false
	}
	m := &a.places[k]
	if sc := a.storyCountry(); sc >= 0 && m.chosen != nil && m.chosen.CountryCode != a.places[sc].chosen.CountryCode {
		return true // "a statement from the United Nations in Nairobi said" in a story of Somalia
	}
	si := a.sentOf[m.t0]
	for q := range a.places {
		p := &a.places[q]
		switch {
		case q == k:
		case p.dateline:
			if a.samePlace(q, k) {
				return true // "NICOSIA - ... shipping sources in Nicosia said"
			}
		case a.sentOf[p.t0] == si && !p.demonym && eventPreps[p.prep] && p.prep != "of":
			return true // "a car bomb exploded in Damascus ..., and officials in Washington condemned it"
		}
	}
	return false
}

// speakersIn reports whether place mention k stands where speakers are
// put, whatever the story goes on to say of the place: "in X" between a
// speaker and a verb of saying ("officials in Niamey said") or right
// after one ("the ministry said in Addis Ababa"). speakerPlace weighs
// whether X is nonetheless the scene.
func (a *article) speakersIn(k int) bool {
	m := &a.places[k]
	if m.prep != "in" || m.t0 < 2 || a.sentOf[m.t0-2] != a.sentOf[m.t0] || m.country || m.demonym {
		return false
	}
	if a.saidVerb(m.t0 - 2) {
		return true
	}
	j := m.t1
	if w := a.lowerWord(j); w == "have" || w == "has" || w == "had" || w == "also" {
		j++
	}
	return (speakerNouns[a.lowerWord(m.t0-2)] || a.orgNameEnd(m.t0-2)) && int(j) < len(a.toks) && a.sentOf[j] == a.sentOf[m.t0] && a.saidVerb(j)
}

// orgNameEnd reports whether token t, in mixed-case text, ends a name of
// two or more capitalised words, as a body speaking from one of its
// offices is named: "the United Nations in Nairobi said", "Merrill Lynch
// in London said" (reuters21578-nonfresh: "Lynch in London said").
func (a *article) orgNameEnd(t int32) bool {
	if a.cs != text.Mixed || t < 1 || a.sentOf[t-1] != a.sentOf[t] {
		return false // token t opens its sentence: no word of the name before it
	}
	return a.toks[t].Has(text.Cap) && a.toks[t-1].Has(text.Cap) && !a.sentenceInitial(t-1)
}

// officePlace reports whether place mention m completes the title of an
// office after "of" ("the chairman of Kwande Local Government Area", "the
// director of the Maguindanao del Norte Provincial Police Office"): the
// place is the area the official serves, named to say who speaks or acts,
// not where the event was. An official the event befell ("the mayor of
// Abrego was killed", "the murder of the governor of X") is struck in the
// area he serves (holderStruck). A country's name stays read (it says
// which country the story is in).
func (a *article) officePlace(m *placeMention) bool {
	if m.country || m.demonym {
		return false
	}
	j := m.t0 - 1
	if j >= 0 && a.lowerWord(j) == "the" {
		j--
	}
	if j < 1 || a.lowerWord(j) != "of" || a.sentOf[j-1] != a.sentOf[m.t0] || !officeNouns[a.lowerWord(j-1)] {
		return false
	}
	return !a.holderStruck(j-1, m.t1)
}

// holderStruck reports whether the office phrase from token t0 to token
// t1 tells whom an attack or a casualty word beside it befell: the word
// after it, past at most two auxiliaries ("the mayor of Abrego was
// killed"), or a word ending at most holderReach tokens before it in its
// sentence ("killed the governor of X", "kidnapped Eliecer Acevedo, the
// mayor of Zaragoza").
func (a *article) holderStruck(t0, t1 int32) bool {
	si := a.sentOf[t0]
	j := t1
	for n := 0; n < 2 && int(j) < len(a.toks) && a.sentOf[j] == si && auxiliaries[a.lowerWord(j)]; n++ {
		j++
	}
	if int(j) < len(a.toks) && a.sentOf[j] == si {
		if _, ok := a.termAt(j, lexicon.Trigger); ok || a.isCasualtyWord(j) {
			return true
		}
	}
	for j := t0; j > 0 && j >= t0-holderReach && a.sentOf[j-1] == si; j-- {
		if _, ok := a.termEndingAt(j, lexicon.Trigger); ok || a.isCasualtyWordEnding(j) {
			return true
		}
	}
	return false
}

// holderReach is how far before an office phrase a word of attack makes
// its holder the one struck: a verb, its object's name and the comma of
// the apposition.
const holderReach = 8

// officeNouns are offices that "of" and an area complete ([office-noun]).
var officeNouns = lexicon.Words().Set("office-noun") // lexicon/words.txt

// siteOfPlace reports whether place mention m, a town, names whose site
// an event preposition puts something at: "exploded in a Kabul hotel",
// "at the Beirut airport", "in a crowded Baghdad market". The town is
// where the site is. The noun after it must be a site's (a target, a
// facility or a place noun, or a target's or a facility's after one word
// that qualifies it: "in the Malindi beach hotel"), so that "in the Kabul
// government" or "in a Beirut newspaper" place nothing. In capitals the
// word list tells the words of the language from a name ("IN A HOTEL IN
// THE CARTAGENA DE INDIAS TOURIST CENTER", MUC-4).
func (a *article) siteOfPlace(m *placeMention) bool {
	if m.country || m.demonym || a.cs == text.Lower || int(m.t1) >= len(a.toks) || a.sentOf[m.t1] != a.sentOf[m.t0] {
		return false
	}
	// a word of the language: in capitals, one the word list knows
	// ("IN THE CARTAGENA DE INDIAS TOURIST CENTER"), else one in lower case
	common := func(j int32) bool {
		if a.cs == text.Upper {
			return a.anyCommonWord(j, j+1)
		}
		return !a.toks[j].Has(text.Cap)
	}
	j := m.t0 - 1
	for n := 0; n < 2 && j > 0 && a.toks[j].Kind == text.Word && common(j) && !articleWords[a.lowerWord(j)]; n++ {
		j-- // "a crowded Kabul market"
	}
	if j < 1 || !articleWords[a.lowerWord(j)] || a.sentOf[j-1] != a.sentOf[m.t0] || !eventPreps[a.lowerWord(j-1)] || a.lowerWord(j-1) == "of" {
		return false
	}
	// built is whether token n is a noun of a built site: a target or a
	// facility
	built := func(n int32) bool {
		if t := a.toks[n]; t.Kind != text.Word || !common(n) {
			return false
		}
		w := a.lowerWord(n)
		_, target := a.termAt(n, lexicon.Target)
		return target || facilityNouns[w] || attackTargets[w]
	}
	// the noun right after the name, a place noun too ("a Baghdad
	// market"), or a built site's after one word that qualifies it ("the
	// Cartagena de Indias tourist center"; not "the Kurdistan mountain
	// region", an area the name may only border)
	n := m.t1
	if built(n) || common(n) && placeNouns[a.lowerWord(n)] != "" {
		return true
	}
	return int(n+1) < len(a.toks) && a.sentOf[n+1] == a.sentOf[n] && a.toks[n].Kind == text.Word && common(n) && built(n+1)
}

// installationOfPlace reports whether place mention m names the fixed
// work at sea or the field written right after it, with at most one
// word between ("the Rostam offshore oilfield", "the Sirri oil
// terminal"): a field or a platform lies at the place it is named by,
// so what struck it struck there, whatever the preposition before.
func (a *article) installationOfPlace(m *placeMention) bool {
	if m.country || m.demonym || a.cs != text.Mixed {
		return false
	}
	for n := m.t1; n <= m.t1+1 && int(n) < len(a.toks) && a.sentOf[n] == a.sentOf[m.t0]; n++ {
		if t := a.toks[n]; t.Kind != text.Word || t.Has(text.Cap) {
			return false
		}
		if installations[a.lowerWord(n)] || n > m.t1 && a.spanIn(installations, n-1, n+1) {
			return true
		}
	}
	return false
}

// articleWords open a noun phrase: "in a Kabul hotel", "an attack on a judge".
var articleWords = lexicon.Words().Set("article") // lexicon/words.txt

// qualifiesPlace reports whether place mention k of event mention m only
// qualifies the place named after it with a place noun and "of": in "the
// Bekaa Valley town of Baalbek" or "the Kashmir town of Sopore" the
// region says where the town is, and the town is where the event was. A
// name after "of" that a division noun follows is the division holding
// the town named first ("Korla City of Bayingolin Prefecture").
func (a *article) qualifiesPlace(m *mention, k int) bool {
	p := &a.places[k]
	if !settlementNouns[a.lowerWord(p.t1)] {
		return false // "the Darel valley of Diamer district": the district holds the valley
	}
	if a.lowerWord(p.t1+1) != "of" {
		return false
	}
	for _, q := range m.places {
		if o := &a.places[q]; o.t0 == p.t1+2 {
			return int(o.t1) >= len(a.toks) || !adminNoun(a.lowerWord(o.t1))
		}
	}
	return false
}

// settlementNouns are the place nouns of a settlement, which a region's
// name before them qualifies: "the Kashmir town of Sopore", "the Iranian
// cities of Dezful and Ahvaz" ([settlement-noun]).
var settlementNouns = lexicon.Words().Set("settlement-noun") // lexicon/words.txt

// featureNouns name a lake, a river or a basin after a country: "Lake
// Chad", "the Congo River", "the Niger Basin" ([feature-noun]).
var featureNouns = lexicon.Words().Map("feature-noun") // lexicon/words.txt

// inFeatureName reports whether the country name of mention m is part of
// the name of a natural feature: a feature noun before it ("Lake Chad")
// or after it ("Congo River"), capitalised as a name is. Such a feature
// spans several countries or none ("the Lake Chad town of Baga" is in
// Nigeria), so the name says nothing of the country.
func (a *article) inFeatureName(m *placeMention) bool {
	capital := func(j int32) bool {
		return j >= 0 && int(j) < len(a.toks) && a.sentOf[j] == a.sentOf[m.t0] && (a.cs != text.Mixed || a.toks[j].Has(text.Cap))
	}
	if p := m.t0 - 1; capital(p) && featureNouns[a.lowerWord(p)] == "before" {
		return true
	}
	return capital(m.t1) && featureNouns[a.lowerWord(m.t1)] == "after"
}

// regionNames are regions whose name ends in a country's other name
// ([region-name]).
var regionNames = lexicon.Words().Set("region-name") // lexicon/words.txt

// inRegionName reports whether the country name or demonym of mention m
// ends the name of a region of the continents or its demonym ("Central
// America", "Latin America", "the Central American summit"): the name is
// the region's, not the United States'.
func (a *article) inRegionName(m *placeMention) bool {
	return m.t0 >= 1 && a.sentOf[m.t0-1] == a.sentOf[m.t0] && a.spanIn(regionNames, m.t0-1, m.t1)
}

// placeNounBefore reports whether a place noun puts the name starting at
// t0 after it: "the town of Legal", "the village Rosario".
func (a *article) placeNounBefore(t0 int32) bool {
	p := t0 - 1
	if p >= 1 && a.lowerWord(p) == "of" {
		p--
	}
	if p < 0 || a.sentOf[p] != a.sentOf[t0] {
		return false
	}
	_, ok := placeNouns[a.lowerWord(p)]
	return ok
}

// commonPhrase reports whether tokens [t0, t1) are words of the
// language: every word a common English word or a number ("the city",
// "zone 5"), or every word a connector of place names ("del"). Text
// without capitals gives no sign that they name a place. A connector
// before a common word makes a Spanish name ("La Union"), not a phrase.
func (a *article) commonPhrase(t0, t1 int32) bool {
	common, linking := true, true
	for t := t0; t < t1; t++ {
		if a.toks[t].Kind != text.Word {
			continue
		}
		w := a.lowerWord(t)
		a.buf = gazetteer.AppendKey(a.buf[:0], w)
		if connectors[w] {
			common = false
		} else {
			linking = false
			common = common && a.x.gaz.CommonWord(a.buf)
		}
	}
	return common || linking
}
