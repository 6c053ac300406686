package extract

import (
	"bytes"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// resolvePlaces chooses one gazetteer candidate for every place mention,
// using the story's context: the countries it names (by name, demonym,
// dateline; the headline and lead count more), the divisions it names, and
// the other places it mentions. Two passes: the second also uses the
// places the first resolved, so that "Najaf, Karbala and Kut" agree on
// Iraq and "Alexandria" lands near Arlington.
func (a *article) resolvePlaces() {
	a.divisionsNamedLikeCountries()
	for i := range a.places {
		if m := &a.places[i]; m.cands != nil && !m.country && !m.demonym {
			m.owner = a.ownerCountry(m) // the only mentions that ask for it
		}
	}
	a.ownersNamedAgain()
	if a.weights == nil {
		a.weights, a.named = map[string]float64{}, map[string]float64{}
	}
	weights := a.weights // the pooled article's map: cleared, it keeps its room
	clear(weights)
	for i := range a.places {
		m := &a.places[i]
		if !m.country && !m.demonym && !m.dateline {
			continue
		}
		if a.inProxy(m.t0, m.t1) {
			continue // "Iran-backed militias", "Pro-Russian forces": the backer of a side, not where it fights
		}
		w := a.salience(m)
		if m.demonym {
			w /= 4 // "Mexican border", "Russian ambassador": nationality, not place
			if a.personAfter(m.t1) {
				continue // "a Turkish cameraman", "two American cyclists": whose, not where
			}
		}
		if c := countryOf(m); c != nil {
			weights[c.CountryCode] += w
		} else {
			for _, e := range m.cands {
				if e.Kind == gazetteer.Country {
					weights[e.CountryCode] += w
					break
				}
			}
		}
		if m.dateline {
			// a dateline is a city a correspondent files from: its weight
			// goes by the namesakes' sizes, not their number (MANILA is the
			// capital, not three hamlets in the United States)
			total := 0.0
			for _, e := range m.cands {
				total += float64(max(e.Population(), 1))
			}
			for _, e := range m.cands {
				weights[e.CountryCode] += float64(max(e.Population(), 1)) / total
			}
		}
	}
	// a division the text names says which country too ("Londonderry,
	// Northern Ireland")
	for i := range a.places {
		m := &a.places[i]
		if m.country || m.demonym || len(m.cands) == 0 {
			continue
		}
		cc, division := m.cands[0].CountryCode, false
		for _, e := range m.cands {
			if e.CountryCode != cc {
				cc = ""
				break
			}
			division = division || e.Kind == gazetteer.Admin1
		}
		if cc != "" && division {
			weights[cc] += a.salience(m) / 2
		}
	}
	if cc := a.datelineOutletCountry(); cc != "" {
		weights[cc]++ // "CLANDESTINE, 14 NOV 89 (RADIO VENCEREMOS) --": filed as from the FMLN's country
	}
	if len(weights) == 0 {
		// a story that gives no country by name, demonym, dateline or
		// division (a radio item): a national capital it names, the
		// biggest place of its name, says which ("SAN SALVADOR - SANTA
		// ANA HIGHWAY": Santa Ana is the Salvadoran city, not
		// California's), when another place it names can lie there too.
		// Where a country is given, a capital is mostly its government
		// speaking ("KL, Manila step up search"); and a capital's name
		// among towns none of which its country has is a namesake
		// ("Damascus", with Gaithersburg and Germantown)
		for i := range a.places {
			m := &a.places[i]
			if c := capitalNamed(m); c != nil && !m.country && !m.demonym && a.namesakeIn(c.CountryCode, i) {
				weights[c.CountryCode] += a.salience(m) / 2
			}
		}
	}
	named := a.named // the countries the text names, before its places add theirs
	clear(named)
	maps.Copy(named, weights)
	var ctx gazetteer.Context
	// owned holds the pass's context led by an owner's country, one for
	// each country the mentions' owners name
	var owned map[string]*gazetteer.Prepared
	for pass := 0; pass < 2; pass++ {
		ctx.CountryCodes = rankCountries(a.ranked[:0], weights) // read at once: the pass's contexts copy it
		story := a.x.gaz.Prepare(ctx)
		clear(owned)
		for i := range a.places {
			m := &a.places[i]
			if m.cands == nil {
				continue
			}
			if m.country || m.demonym {
				m.chosen = countryOf(m)
				continue
			}
			if len(m.cands) == 1 && (m.cands[0].Kind == gazetteer.Admin1 || m.cands[0].Kind == gazetteer.Admin2) {
				m.chosen = m.cands[0].Feature // a division, and nothing else of that name
				continue
			}
			name := a.src[a.toks[m.t0].Start:a.toks[m.t1-1].End]
			res := story
			if cc := m.owner; cc != "" && (len(ctx.CountryCodes) == 0 || ctx.CountryCodes[0] != cc) {
				// "the Iranian oil terminal at Kharg Island" in a story
				// told from Baghdad: the text says whose place it is
				// (a variable of its own: story, kept out of the map,
				// stays off the heap)
				own := owned[cc]
				if own == nil {
					c := ctx
					c.CountryCodes = append([]string{cc}, ctx.CountryCodes...)
					own = a.x.gaz.Prepare(c)
					if owned == nil {
						owned = map[string]*gazetteer.Prepared{}
					}
					owned[cc] = own
				}
				res = own
			}
			// a dateline's slot says its words are a name (datelineSlot)
			if match, ok := res.Resolve(name, (a.cs != text.Mixed || a.sentenceInitial(m.t0)) && !m.dateline); ok {
				m.chosen = a.divisionNamed(m, match.Feature)
			} else {
				m.chosen = nil
				if a.cs == text.Mixed {
					m.chosen = namedProvince(m, weights) // capitals say it is a name
				}
			}
		}
		if pass == 1 {
			break
		}
		a.dropUnlikelyPlaces(weights)
		// the second pass knows the divisions, the places and their
		// countries the first found
		if a.near == nil {
			a.near = make([]gazetteer.Point, 0, nearPoints)
		}
		ctx.Admin1, ctx.Near = a.admin1[:0], a.near[:0] // the pooled article's: the contexts are done with when the passes are
		for i := range a.places {
			m := &a.places[i]
			if m.chosen == nil || m.country || m.demonym {
				continue
			}
			weights[m.chosen.CountryCode] += a.salience(m) / 2
			if m.chosen.Kind == gazetteer.Admin1 || m.chosen.Kind == gazetteer.Admin2 {
				ctx.Admin1 = append(ctx.Admin1, m.chosen.Name)
			} else if m.chosen.HasCoord && len(ctx.Near) < nearPoints {
				ctx.Near = append(ctx.Near, gazetteer.Point{Lat: m.chosen.Lat, Lon: m.chosen.Lon})
			}
		}
		a.admin1 = ctx.Admin1 // grown, for the next pass and document
	}
	a.namesakesAtHome(named)
	a.ownedByTown()
	// a story about one country: a mid-sized town abroad that shares the
	// name of the place the story names is more likely a town the
	// gazetteer lacks ("the town of Palma" in Cabo Delgado, not Mallorca)
	home := rankCountries(a.home[:0], weights)
	out := a.places[:0]
	for _, m := range a.places {
		c := m.chosen
		// a dateline or a capital is the city itself: WASHINGTON over a
		// story on Japan's trade is where it was filed, "Bonn said" is
		// Germany's government, neither is a town the gazetteer lacks
		abroad := c != nil && len(home) == 1 && c.CountryCode != home[0] && !m.country && !m.demonym && !a.missionPlace(&m) &&
			!m.dateline && c.FeatureCode() != "PPLC" && m.owner != c.CountryCode && !a.soleCity(&m) && !a.offCoast(&m) &&
			!(a.bombarded(&m) && oneCountryTown(m.cands) != nil) // "aircraft bombed Yei" from NAIROBI: the one Yei there is
		// a district noun after a name the gazetteer knows only abroad
		// (as a big city or a province) when the story is mostly about
		// another country: "Medina district" of Mogadishu
		notMain := c != nil && len(home) > 0 && c.CountryCode != home[0] && !m.country && !m.demonym && m.owner != c.CountryCode && !a.missionPlace(&m)
		if abroad && c.Kind == gazetteer.Place && c.Population() < 1000000 && (m.noun != "" || a.afterPlaceNoun(&m) || a.salience(&m) > 1) ||
			notMain && c.Kind != gazetteer.Country && c.Population() < 100000 && placeNouns[m.noun] == "admin2" {
			// "the town of Palma" in Cabo Delgado, not Mallorca; "Medina
			// district" of Mogadishu, not the Saudi city
			m.chosen, m.cands = nil, nil
		}
		if c != nil && !m.country && !m.demonym && !m.dateline && c.Kind != gazetteer.Country {
			if cc := a.countryNamedAfter(&m); cc != "" && cc != c.CountryCode {
				// "the Haj Omran area of northern Iraq" is not Yemen's
				// Omran: the text puts the place in another country, so it
				// is one the gazetteer lacks there
				m.chosen, m.cands = nil, nil
			}
			if m.owner != "" && m.owner != c.CountryCode && a.possessiveAt(m.t0-2) {
				// "Colombia's Cano-Limon pipeline" is not Nigeria's Kano:
				// a place a country's possessive owns is in that country;
				// one the gazetteer knows only abroad is one it lacks
				// there, and without a place noun nothing says it is a
				// place at all. (A demonym owner may hold ground abroad:
				// "the Libyan outpost of Gouro" is in Chad.)
				if m.noun == "" {
					continue
				}
				m.chosen, m.cands = nil, nil
			}
		}
		if m.chosen == nil && len(m.cands) == 1 && (a.installationOfPlace(&m) || a.offCoast(&m) || a.namedIsland(&m)) {
			// "the Sirri oil terminal" in a story told from Washington,
			// "15 miles off Sirri Island": the only place of the name,
			// however small and far
			m.chosen = m.cands[0].Feature
		}
		if m.chosen == nil && a.bombarded(&m) {
			// "aircraft bombed Yei" under a NAIROBI dateline: the place
			// struck, however small and far, when every place of the name
			// lies in one country
			m.chosen = oneCountryTown(m.cands)
		}
		if m.chosen == nil && m.cands != nil && a.attackedOn(&m) {
			// "Israel's raid on a camp in Jenin": the place struck, which
			// a raid abroad puts outside the countries the story names
			// most (the raider's); the name's own best place, as a story
			// naming no country would take it
			if match, ok := a.x.gaz.Resolve(a.src[a.toks[m.t0].Start:a.toks[m.t1-1].End], gazetteer.Context{}); ok {
				m.chosen = a.divisionNamed(&m, match.Feature)
			}
		}
		if m.chosen == nil && m.cands != nil && (a.namedSettlement(&m) || a.ownedPart(&m, out) ||
			a.cs == text.Mixed && a.inDivisionAfter(m.t0, m.t1)) {
			// "killed in the town of Muttur": the text says it is a
			// place, the gazetteer has only unlikely namesakes: a town it
			// lacks; so does "in Nairobi's Eastleigh neighbourhood", and
			// "near Sui in Dera Bugti district", a name the gazetteer
			// knows only as another country's short alternate, put in a
			// division as unknownPlace puts a name it lacks
			m.cands = nil
		}
		if m.chosen != nil || m.cands == nil {
			out = append(out, m)
		}
	}
	a.places = out
	a.missionsAbroad()
	a.capitalsByCountry()
	a.thisCapital(home)
	a.preferCapitals()
	a.preferNamedDivisions()
	a.placeInContainers(home)
	a.cityParts()
	a.linkContainers()
}

// cityParts reads "the <X> district of <Y>" as Y named inside X, which
// is the site: "the Kabul district of Dasht-e-Barchi", "the Lima district
// of San Juan de Lurigancho", "the Kandahar district of Spin Boldak"
// (Kandahar province's district), "the Cusco district of Charate"
// (MUC-4). Y lies in X when X is a city (its biggest namesake, a city of
// at least bigCityPop people) and Y is a town by it, or when X names a
// division that holds Y, whatever Y's class: a district, a town. A place
// of Y's name far from the city and outside the division is a namesake
// ("Comas" of Junin is not Lima's district), so then Y is a part of the
// city the gazetteer lacks. A Y that is a bigger place than X, or a
// division that holds no more than X does, holds X instead ("the Moreno
// district of Buenos Aires", "the Maiwand district of Kandahar
// province"), as a Y does when X is neither city nor division ("the
// Sukkari district of Aleppo"). Y's partOf records the reading, for
// linkContainers and cityPartPlace.
func (a *article) cityParts() {
	for i := 0; i+1 < len(a.places); i++ {
		d, m := &a.places[i], &a.places[i+1]
		if d.country || d.demonym || m.country || m.demonym || !a.cityPartOf(i+1) || a.sentOf[m.t0] != a.sentOf[d.t0] {
			continue
		}
		city := biggestCity(d.cands)
		if city != nil && m.chosen != nil && m.chosen.Kind == gazetteer.Place && withinCity(m.chosen, city) && m.chosen.Population() <= city.Population() {
			d.chosen, d.in, m.partOf = city, -1, true // "the Lima district of Miraflores"
			continue
		}
		if div, part := divisionPart(d, m); div != nil {
			// "the Kandahar district of Spin Boldak": the province's
			// district, not the city's
			d.chosen, d.in, m.chosen, m.partOf = div, -1, part, true
			continue
		}
		if city == nil || m.chosen != nil && (m.chosen.Kind != gazetteer.Place || m.chosen.Population() > city.Population()) {
			continue
		}
		d.chosen, d.in, m.partOf = city, -1, true
		// "the Lima district of Miraflores": Lima's Miraflores, not Arequipa's
		m.chosen = heaviest(m.cands, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Place && withinCity(e.Feature, city) })
		if m.chosen == nil {
			m.cands, m.in = nil, i
		}
	}
}

// divisionPart returns the division that place mention d names and the
// place of mention m's name inside it, when there is one: of d's
// divisions, the one that holds m's chosen place, else the biggest of
// m's places that one of them holds; nil, nil when none does.
func divisionPart(d, m *placeMention) (div, part *gazetteer.Feature) {
	if m.chosen == nil {
		return nil, nil
	}
	for _, e := range d.cands {
		if e.Kind != gazetteer.Admin1 && e.Kind != gazetteer.Admin2 {
			continue
		}
		if holdsFeature(e.Feature, m.chosen) {
			return e.Feature, m.chosen
		}
		for _, c := range m.cands {
			if holdsFeature(e.Feature, c.Feature) && (part == nil || c.Population() > part.Population()) {
				div, part = e.Feature, c.Feature
			}
		}
	}
	return div, part
}

// cityPartOf reports whether mention p and the one before it are "the
// <p-1> <noun> of <p>" with a noun of a city's part ("the Lima district of
// Miraflores").
func (a *article) cityPartOf(p int) bool {
	m := &a.places[p]
	return a.lowerWord(m.t0-1) == "of" && cityPartNouns[a.lowerWord(m.t0-2)] && a.placeAt(m.t0-3) == p-1
}

// withinCity reports whether place f lies within cityPartKm of city's
// point, as a part of the city does.
func withinCity(f, city *gazetteer.Feature) bool {
	return f.HasCoord && city.HasCoord && gazetteer.DistanceKm(city.Lat, city.Lon, f.Lat, f.Lon) <= cityPartKm
}

// bigCityPop is the population from which a place is a city whose parts
// news names after it; cityPartKm the farthest a part of it lies from its
// point.
const (
	bigCityPop = 100000
	cityPartKm = 40
)

// biggestCity returns the most populous town among cands when it has at
// least bigCityPop people (heaviest), else nil.
func biggestCity(cands []gazetteer.Entry) *gazetteer.Feature {
	return heaviest(cands, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Place && e.Population() >= bigCityPop })
}

// cityPartNouns name a part of a city named after the city and "of" ("the
// Kabul district of Dasht-e-Barchi": cityParts) or after a name the
// gazetteer lacks ("the eastern Qahira neighborhood": quarterTown).
var cityPartNouns = lexicon.Words().Set("city-part-noun") // lexicon/words.txt

// namesakesAtHome reads a name that the gazetteer resolved, by another
// name of a place, to a country the text names less than another (by
// name, demonym, dateline or division: named; a country not named at
// all weighs 0) as the town whose own name it is in the country named
// more: "SAN MIGUEL" in a story of El Salvador and Honduras is the
// Salvadoran city, not San Diego, California, once San Miguel. An old or
// foreign name of a big city abroad outweighs a town's own name only
// when nothing says where the story is. A division of the name is left
// to the rules of divisions: a town's own name is what the text writes.
func (a *article) namesakesAtHome(named map[string]float64) {
	for i := range a.places {
		m := &a.places[i]
		if m.chosen == nil || m.country || m.demonym || m.dateline || !altName(m.cands, m.chosen) {
			continue
		}
		var best *gazetteer.Feature
		for _, e := range m.cands {
			if e.Alt || e.Kind != gazetteer.Place || named[e.CountryCode] <= named[m.chosen.CountryCode] {
				continue
			}
			if best == nil || e.Population() > best.Population() {
				best = e.Feature
			}
		}
		if best != nil {
			m.chosen = best
		}
	}
}

// altName reports whether f is among cands only by another name than its
// own (an exonym, an old name).
func altName(cands []gazetteer.Entry, f *gazetteer.Feature) bool {
	alt := false
	for _, e := range cands {
		if e.Feature == f {
			if !e.Alt {
				return false
			}
			alt = true
		}
	}
	return alt
}

// capitalNouns name a country's capital after its demonym or name.
var capitalNouns = lexicon.Words().Set("capital-noun") // lexicon/words.txt

// capitalNounAt reports whether token j is a [capital-noun] that names a
// capital city by what it is ("in the capital", "the Iraqi capital"), not
// the word of a name, which mixed-case text capitalises ("the Capital
// Region"). The readers of an incident's sentences (capital, capitalSaid,
// namesNoPlace) look past a mention's first token, so the word never
// opens its sentence, where every word has a capital.
func (a *article) capitalNounAt(j int32) bool {
	return capitalNouns[a.lowerWord(j)] && !(a.cs == text.Mixed && a.toks[j].Has(text.Cap))
}

// filedCityNouns name, after "this", the city the story is filed from
// ("this capital", "this city").
var filedCityNouns = lexicon.Words().Set("filed-city-noun") // lexicon/words.txt

// capitalsByCountry makes the capital city of "the Afghan capital",
// "Somalia's capital" and "the capital of Guatemala" the place the words
// name: a wire story often names the city no other way, and the country
// alone would lose where it happened. When the city's own name follows
// ("the Afghan capital, Kabul") it is a mention of its own, and the
// country's stays the country's; a capital a distance is measured from
// stays a yardstick (capitalsMeasured). Which city the phrase means is
// capitalOf's one rule; the towns the text names as capitals are read
// here, before the phrases become places (namedCapitals).
func (a *article) capitalsByCountry() {
	a.namedCaps = a.namedCapitals()
	for i := range a.places {
		m := &a.places[i]
		if m.chosen == nil || m.chosen.Kind != gazetteer.Country || !m.demonym && !m.country {
			continue
		}
		t0, t1, prep, ok := a.capitalPhrase(m)
		if !ok {
			continue
		}
		next := t1
		if a.word(next) == "," {
			next++
		}
		if a.placeStartsAt(next) {
			continue
		}
		if p0 := t0; p0 >= 1 && a.lowerWord(p0-1) == "the" && a.measuredFrom(p0-1, prep) || a.measuredFrom(t0, prep) {
			continue // "110 miles northeast of the Iraqi capital" says where the scene lies, it is not the scene
		}
		if k := a.appositiveCapital(t0); k >= 0 && townIn(&a.places[k], m.chosen.CountryCode) != nil {
			continue // "Bujumbura, the Burundian capital": the city is a mention of its own
		}
		c, ok := a.capitalOf(m.chosen.CountryCode)
		if !ok {
			continue
		}
		m.t0, m.t1, m.prep = t0, t1, prep
		m.chosen, m.cands = c, []gazetteer.Entry{{Feature: c}}
		m.demonym, m.country, m.capital = false, false, true
	}
}

// capitalOf returns the city "the capital" of country cc means in this
// story, the one rule every reader of a capital phrase follows
// (capitalsByCountry, thisCapital, the filler's "in the capital" and
// capital): the town the text itself names as that country's capital
// ("the Burundian capital Bujumbura", "Bujumbura, the capital of
// Burundi"), else the gazetteer's. Capitals move (Gitega took
// Bujumbura's place in 2019), and a story tells its own time's.
func (a *article) capitalOf(cc string) (*gazetteer.Feature, bool) {
	if c, ok := a.namedCaps[cc]; ok {
		return c, true
	}
	return a.x.gaz.Capital(cc)
}

// isCapital reports whether town c is its country's capital by
// capitalOf's rule: the town the text names as the capital, else the
// one the gazetteer marks so.
func (a *article) isCapital(c *gazetteer.Feature) bool {
	if c == nil || c.Kind != gazetteer.Place {
		return false
	}
	if named, ok := a.namedCaps[c.CountryCode]; ok {
		return c == named
	}
	return c.FeatureCode() == "PPLC"
}

// namedCapitals returns, by country code, the towns the text names
// right after a capital phrase of their country ("the Burundian capital
// Bujumbura", "the Central African Republic's capital, Bangui") or right
// before one ("Bujumbura, the Burundian capital"), or nil. The country
// is the word's own gazetteer entry and the town its most populous
// candidate in that country (countryOf, townIn), so the answer does not
// hang on the order in which places are resolved.
func (a *article) namedCapitals() map[string]*gazetteer.Feature {
	var named map[string]*gazetteer.Feature
	for i := range a.places {
		m := &a.places[i]
		if !m.demonym && !m.country {
			continue
		}
		country := countryOf(m)
		if country == nil {
			continue
		}
		t0, t1, _, ok := a.capitalPhrase(m)
		if !ok {
			continue
		}
		if a.word(t1) == "," {
			t1++
		}
		k, hi := a.placeRange(t1, t1+1)
		if k == hi {
			k = a.appositiveCapital(t0)
		}
		if k < 0 {
			continue
		}
		if c := townIn(&a.places[k], country.CountryCode); c != nil {
			if named == nil {
				named = map[string]*gazetteer.Feature{}
			}
			named[c.CountryCode] = c
		}
	}
	return named
}

// appositiveCapital returns the place mention a capital phrase starting
// at token t0 stands in apposition to ("Bujumbura, the Burundian
// capital"), or -1.
func (a *article) appositiveCapital(t0 int32) int {
	if t0 < 3 || a.lowerWord(t0-1) != "the" || a.word(t0-2) != "," || a.sentOf[t0-3] != a.sentOf[t0] {
		return -1
	}
	return a.placeAt(t0 - 3)
}

// townIn returns the most populous town of country cc among place
// mention m's candidates, or nil: the words' own entries, whatever
// resolution later chooses.
func townIn(m *placeMention, cc string) *gazetteer.Feature {
	var town *gazetteer.Feature
	for _, e := range m.cands {
		if e.Kind == gazetteer.Place && e.CountryCode == cc && (town == nil || e.Population() > town.Population()) {
			town = e.Feature
		}
	}
	return town
}

// thisCapital makes "this capital" or "this city" ("wounded in this
// capital", "a suburb south of this city") a mention of the city the
// story is filed from: the words point at where the reporter sits, which
// the dateline names (CAMPINAS ... "a rally in this city"; LA PAZ ... "this
// capital" is La Paz, though the gazetteer gives Bolivia's capital as
// Sucre). With no city in the dateline (a radio item), "this capital" is
// the capital of the country the story is told from: the dateline's, else
// the one its places weigh most (home, rankCountries').
func (a *article) thisCapital(home []string) {
	var add []placeMention
	var filed, capital *gazetteer.Feature
	if k := a.datelineCity(); k >= 0 && a.places[k].chosen.Kind == gazetteer.Place {
		filed = a.places[k].chosen
	}
	for i := int32(1); int(i)+1 < len(a.toks); i++ {
		noun := a.lowerWord(i + 1)
		if a.lowerWord(i) != "this" || !filedCityNouns[noun] || a.sentOf[i] != a.sentOf[i+1] {
			continue
		}
		if i >= 2 && statementVerbs[a.lowerWord(i-2)] {
			continue // "it was reported in this capital that ...": where it was said
		}
		c := filed
		if c == nil && capitalNouns[noun] {
			if capital == nil {
				cc := a.datelineState()
				if cc == "" && len(home) > 0 {
					cc = home[0]
				}
				capital, _ = a.capitalOf(cc)
			}
			c = capital
		}
		if c == nil {
			continue
		}
		m := placeMention{t0: i, t1: i + 2, chosen: c, cands: []gazetteer.Entry{{Feature: c}}, capital: true, in: -1}
		if a.sentOf[i-1] == a.sentOf[i] && a.toks[i-1].Kind == text.Word {
			m.prep = a.lowerWord(i - 1)
		}
		add = append(add, m)
	}
	a.insertPlaces(add)
}

// capitalPhrase returns the tokens [t0, t1) of the phrase that names the
// capital of country or demonym mention m, and the preposition before it.
func (a *article) capitalPhrase(m *placeMention) (t0, t1 int32, prep string, ok bool) {
	same := func(j int32) bool { return j >= 0 && int(j) < len(a.toks) && a.sentOf[j] == a.sentOf[m.t0] }
	switch {
	case m.demonym && same(m.t0-1) && same(m.t1) && a.lowerWord(m.t0-1) == "the" && capitalNouns[a.lowerWord(m.t1)]:
		t0, t1 = m.t0, m.t1+1 // the Afghan capital
		if same(m.t0 - 2) {
			prep = a.lowerWord(m.t0 - 2)
		}
	case m.country && same(m.t1+2) && a.possessiveAt(m.t1) && capitalNouns[a.lowerWord(m.t1+2)]:
		t0, t1 = m.t0, m.t1+3 // Somalia's capital
		if same(m.t0 - 1) {
			prep = a.lowerWord(m.t0 - 1)
		}
	case m.country && same(m.t0-3) && a.lowerWord(m.t0-1) == "of" && capitalNouns[a.lowerWord(m.t0-2)] && a.lowerWord(m.t0-3) == "the":
		t0, t1 = m.t0-2, m.t1 // the capital of Guatemala
		if same(m.t0 - 4) {
			prep = a.lowerWord(m.t0 - 4)
		}
	default:
		return 0, 0, "", false
	}
	return t0, t1, prep, true
}

// placeStartsAt reports whether a place mention begins at token j.
func (a *article) placeStartsAt(j int32) bool {
	lo, hi := a.placeRange(j, j+1)
	return lo < hi
}

// ownerCountry returns the code of the country that the words right
// before place mention m say it belongs to, or "": a possessive ("Iran's
// Kharg Island") or a demonym heading the noun phrase the place completes
// ("the Iranian oil terminal at Kharg Island", "the Iranian port of
// Bandar Abbas"). A war story names the enemy's towns so, and a small
// town abroad would otherwise not resolve in a story told from the other
// side (gazetteer.Resolve). An embassy's or consulate's demonym owns the
// building, not the town ("the Chilean embassy in Panama City" is in
// Panama: missionPlace), so it gives no owner. resolvePlaces asks it once
// per mention and keeps the answer in placeMention.owner.
func (a *article) ownerCountry(m *placeMention) string {
	first := int32(a.sents[a.sentOf[m.t0]].First)
	if m.t0-3 >= first && a.possessiveAt(m.t0-2) {
		if k := a.placeAt(m.t0 - 3); k >= 0 && a.places[k].country {
			if c := countryOf(&a.places[k]); c != nil {
				return c.CountryCode
			}
		}
		return ""
	}
	if m.prep != "of" && m.prep != "at" || a.missionPlace(m) {
		return "" // "the Chilean embassy at Panama City" is the host's
	}
	for j := m.t0 - 2; j > first && j >= m.t0-5; j-- {
		if k := a.placeAt(j); k >= 0 {
			if d := &a.places[k]; d.demonym && d.t0 > first && a.lowerWord(d.t0-1) == "the" {
				if c := countryOf(d); c != nil {
					return c.CountryCode
				}
			}
			return ""
		}
		if a.toks[j].Kind != text.Word {
			return ""
		}
		if a.cs == text.Mixed && a.toks[j].Has(text.Cap) && !(m.prep == "of" && settlementNouns[a.lowerWord(m.t0-2)] && j < m.t0-2 &&
			(peopleWords[a.lowerWord(j)] || faithWords[a.lowerWord(j)])) {
			// "the Syrian Kurdish town of Kobani": a people's or a faith's
			// adjective between the demonym and a settlement noun
			// qualifies the town; the demonym still says whose it is
			return ""
		}
		if a.lowerWord(j) == "the" && installations[a.lowerWord(m.t0-2)] {
			return a.installationOwnerNamed(a.lowerWord(m.t0 - 2))
		}
	}
	return ""
}

// peopleWords are adjectives of a people no country is named after
// ([people-word]).
var peopleWords = lexicon.Words().Set("people-word") // lexicon/words.txt

// ownersNamedAgain gives a name the text uses again the owner its words
// gave it once: "the Syrian Kurdish town of Kobani" ... "a checkpoint in
// southern Kobani" is the same town, Syria's, in a story told from Turkey.
// A story means one place by one name; only the first mention carries the
// demonym or possessive that says whose it is.
func (a *article) ownersNamedAgain() {
	for i := range a.places {
		o := &a.places[i]
		if o.owner == "" {
			continue
		}
		name := strings.ToLower(a.src[a.toks[o.t0].Start:a.toks[o.t1-1].End])
		for k := range a.places {
			m := &a.places[k]
			if m.owner == "" && m.cands != nil && !m.country && !m.demonym && !m.dateline &&
				strings.ToLower(a.src[a.toks[m.t0].Start:a.toks[m.t1-1].End]) == name {
				m.owner = o.owner
			}
		}
	}
}

// missionNouns name a state's offices in another state ([mission-noun]).
var missionNouns = lexicon.Words().Set("mission-noun") // lexicon/words.txt

// missionPlace reports whether place mention m is where an embassy or a
// consulate stands ("the Chilean embassy in Panama City", "the Peruvian
// consulate at Arica"): a mission lies abroad, so the place is the
// host's, however small and far from the story's country, and the
// demonym before it owns the building, not the town (ownerCountry).
func (a *article) missionPlace(m *placeMention) bool {
	return m.t0 >= 2 && (m.prep == "in" || m.prep == "at") && a.sentOf[m.t0-2] == a.sentOf[m.t0] && missionNouns[a.lowerWord(m.t0-2)]
}

// missionOwner returns the country of the demonym or possessive that
// owns the embassy or consulate before place mention m ("the Honduran
// embassy at San Jose", "Chile's embassy in Lima"), or "".
func (a *article) missionOwner(m *placeMention) string {
	for j := m.t0 - 3; j >= m.t0-5 && j >= 0 && a.sentOf[j] == a.sentOf[m.t0]; j-- {
		if k := a.placeAt(j); k >= 0 {
			if d := &a.places[k]; d.country || d.demonym {
				if c := countryOf(d); c != nil {
					return c.CountryCode
				}
			}
			return ""
		}
	}
	return ""
}

// missionsAbroad moves a mission's place out of its owner's country: "the
// Honduran embassy at San Jose" is not at a Honduran village of the name
// but at the namesake abroad, a capital first (embassies stand in
// capitals), else the biggest.
func (a *article) missionsAbroad() {
	for i := range a.places {
		m := &a.places[i]
		if m.chosen == nil || m.country || m.demonym || !a.missionPlace(m) {
			continue
		}
		cc := a.missionOwner(m)
		if cc == "" || m.chosen.CountryCode != cc {
			continue
		}
		var best *gazetteer.Feature
		for _, e := range m.cands {
			if e.Kind != gazetteer.Place || e.CountryCode == cc {
				continue
			}
			capital := e.FeatureCode() == "PPLC"
			if best == nil || capital && best.FeatureCode() != "PPLC" || capital == (best.FeatureCode() == "PPLC") && e.Population() > best.Population() {
				best = e.Feature
			}
		}
		if best != nil {
			m.chosen = best
		}
	}
}

// installationOwnerNamed returns the country of the demonym that heads
// installation noun w elsewhere in the article ("Iraq says its jets hit
// Iranian oil terminal"), or "": "the oil terminal at Kharg Island" below
// it is that one, the definite article pointing back to it.
func (a *article) installationOwnerNamed(w string) string {
	for k := range a.places {
		d := &a.places[k]
		if !d.demonym {
			continue
		}
		for j := d.t1; j < d.t1+3 && int(j) < len(a.toks) && a.toks[j].Kind == text.Word; j++ {
			if a.lowerWord(j) == w {
				if c := countryOf(d); c != nil {
					return c.CountryCode
				}
				return ""
			}
		}
	}
	return ""
}

// countryNamedAfter returns the code of the country the text puts place
// mention m in right after it, or "": "Omran area of northern Iraq",
// "Omran, in northern Iraq", "Omran district in Iraq". A place noun, "of",
// "in" or a comma, an article and compass adjectives may stand between.
func (a *article) countryNamedAfter(m *placeMention) string {
	j := m.t1
	if w := a.lowerWord(j); w == "area" || w == "region" || placeNouns[w] != "" {
		j++
	}
	if a.word(j) == "," {
		j++
	}
	if w := a.lowerWord(j); w != "of" && w != "in" {
		return ""
	}
	j++
	if a.lowerWord(j) == "the" {
		j++
	}
	for n := 0; n < 2; n++ {
		if compassAdjectives[a.lowerWord(j)] {
			j++
		}
	}
	if int(j) >= len(a.toks) || a.sentOf[j] != a.sentOf[m.t0] {
		return ""
	}
	lo, hi := a.placeRange(j, j+1)
	for q := lo; q < hi; q++ {
		if d := &a.places[q]; d.country {
			if c := countryOf(d); c != nil {
				return c.CountryCode
			}
		}
	}
	return ""
}

// divisionsNamedLikeCountries reads a name written after a place and a
// comma as the division the place lies in, when the gazetteer puts the
// place in a division so named: "Macon, Georgia" is in the U.S. state, not
// in the Caucasus; "Midsayap, Cotabato" is in Cotabato province, not in
// Cotabato City. The story means one thing by one name, so the name
// stands for the division throughout ("a Georgia warehouse", "killed in
// Cotabato ambush"). A country's name that an apposition puts in a
// division ("Argelia, in Colombia's Cauca department") is first read as
// the town there (apposedDivision).
func (a *article) divisionsNamedLikeCountries() {
	for i := range a.places {
		if p := &a.places[i]; p.country && !p.dateline && !p.demonym {
			if m := a.apposedDivision(i); m != nil {
				townNamedLikeCountry(p, m)
			}
		}
	}
	divs := map[string]gazetteer.Entry{}
	for i := 1; i < len(a.places); i++ {
		m, p := &a.places[i], &a.places[i-1]
		if m.demonym || m.dateline || m.noun != "" || p.demonym || p.t1+1 != m.t0 || a.word(p.t1) != "," {
			continue
		}
		if p.country {
			if !p.dateline && !m.country {
				townNamedLikeCountry(p, m)
			}
			continue
		}
		name := a.src[a.toks[m.t0].Start:a.toks[m.t1-1].End]
		if d, ok := a.divisionOf(p, m, name); ok {
			divs[strings.ToLower(name)] = d
		}
	}
	if len(divs) == 0 {
		return
	}
	for i := range a.places {
		m := &a.places[i]
		if d, ok := lookSpan(a, divs, m.t0, m.t1); ok && !m.demonym && !m.dateline && m.noun == "" {
			m.country = false
			m.cands = []gazetteer.Entry{d}
		}
	}
}

// townNamedLikeCountry reads a country's name followed by a division
// of another country ("GRANADA, ANTIOQUIA", "Lebanon, Pennsylvania") as
// the town of that name in that division, when the gazetteer has one: a
// country lies in no other's province, so the name is the town's. Both
// mentions keep only those candidates: the country's name must not pull
// the story, and the division with it, abroad.
func townNamedLikeCountry(p, m *placeMention) {
	var town, div gazetteer.Entry
	for _, e := range p.cands {
		if e.Kind != gazetteer.Place || town.Feature != nil && e.Population() <= town.Population() {
			continue
		}
		for _, d := range m.cands {
			if d.CountryCode == e.CountryCode && (d.Kind == gazetteer.Admin1 && d.Name == e.Admin1() || d.Kind == gazetteer.Admin2 && d.Name == e.Admin2()) {
				town, div = e, d
				break
			}
		}
	}
	if town.Feature != nil {
		p.country, p.cands = false, []gazetteer.Entry{town}
		m.cands = []gazetteer.Entry{div}
	}
}

// apposedDivision returns the division that an apposition after the
// country's name at places[i] puts it in: "Argelia, in Colombia's
// south-western Cauca department", "Argelia, a municipality in Cauca
// province". A country lies in no other's division, so the name is the
// town's, as when the division follows the comma straight away
// (townNamedLikeCountry). Nil when the comma opens no "in" or "a
// <place noun> in" that reaches a place in the same sentence.
func (a *article) apposedDivision(i int) *placeMention {
	p := &a.places[i]
	j := p.t1
	if a.word(j) != "," {
		return nil
	}
	j++
	if w := a.lowerWord(j); w == "a" || w == "an" {
		// "a municipality in", "a small farming town in"
		for j++; j < p.t1+5 && int(j) < len(a.toks) && placeNouns[a.lowerWord(j)] == "" && a.toks[j].Kind == text.Word && !a.toks[j].Has(text.Cap); j++ {
		}
		if placeNouns[a.lowerWord(j)] == "" {
			return nil
		}
		j++
	}
	if w := a.lowerWord(j); w != "in" && w != "of" {
		return nil
	}
	j++
	if a.lowerWord(j) == "the" {
		j++
	}
	if lo, hi := a.placeRange(j, j+1); lo < hi && a.places[lo].country && a.possessiveAt(a.places[lo].t1) {
		j = a.places[lo].t1 + 2 // "in Colombia's Cauca department"
	}
	for k := j + 4; j < k && int(j) < len(a.toks) && !a.toks[j].Has(text.Cap) && (a.toks[j].Kind == text.Word || a.word(j) == "-"); j++ {
		// "south-western", "northern": a part of the division
	}
	if int(j) >= len(a.toks) || a.sentOf[j] != a.sentOf[p.t0] {
		return nil
	}
	lo, hi := a.placeRange(j, j+1)
	if lo == hi || a.places[lo].country || a.places[lo].demonym {
		return nil
	}
	return &a.places[lo]
}

// divisionOf returns the division called name that one of place p's
// candidates lies in, when the gazetteer has it among m's candidates (or,
// for a country's name, as a first-level division of another country).
func (a *article) divisionOf(p, m *placeMention, name string) (gazetteer.Entry, bool) {
	var c *gazetteer.Feature
	if m.country {
		if c = countryOf(m); c == nil {
			return gazetteer.Entry{}, false
		}
	}
	for _, e := range p.cands {
		if e.Kind != gazetteer.Place {
			continue
		}
		if c != nil {
			if e.CountryCode == c.CountryCode || e.Admin1() == "" {
				continue
			}
			if d, ok := a.x.gaz.Admin1(e.CountryCode, name); ok && d.Name == e.Admin1() {
				return gazetteer.Entry{Feature: d}, true
			}
			continue
		}
		for _, d := range m.cands {
			if d.CountryCode == e.CountryCode && (d.Kind == gazetteer.Admin1 && d.Name == e.Admin1() || d.Kind == gazetteer.Admin2 && d.Name == e.Admin2()) {
				return d, true
			}
		}
	}
	return gazetteer.Entry{}, false
}

// bombardVerbs strike places and things, not people ([bombard-verb]).
var bombardVerbs = lexicon.Words().Set("bombard-verb") // lexicon/words.txt

// bombarded reports whether a verb of bombardment governs the mention
// ("aircraft bombed Torit", [bombard-verb]): only places and things are
// bombed or shelled, so the name is a place struck. An owner's name
// before a possessive is not ("police raided Smith's house").
func (a *article) bombarded(m *placeMention) bool {
	return a.struckPlace(m) && bombardVerbs[a.lowerWord(m.t0-1)] && !a.possessiveAt(m.t1)
}

// attackedOn reports whether place mention m, a capitalised name in
// mixed case, is what an attack noun's "on" takes or where that object
// is: "a strike on Kharkiv", "an Israeli raid on the Jenin refugee
// camp", "Israel's raid on a camp in Jenin". An attack is on a place or
// on a thing at one, so the name is a place struck, as one a verb of
// bombardment governs is (bombarded); the attack noun is a trigger the
// lexicon read, so a labour strike ("a strike on the Paris metro", no
// state's: stateStrikes) is none.
func (a *article) attackedOn(m *placeMention) bool {
	if m.country || m.demonym || a.cs != text.Mixed || !a.toks[m.t0].Has(text.Cap) {
		return false
	}
	si := a.sentOf[m.t0]
	first := int32(a.sents[si].First)
	for j := m.t0 - 1; j > first && j >= m.t0-6; j-- {
		if a.clauseBreak(j) || a.toks[j].Kind != text.Word {
			return false
		}
		w := a.lowerWord(j)
		if w == "on" {
			return a.triggerEndsAt(si, j)
		}
		if locPreps[w] && w != "in" && w != "of" {
			return false // "a raid on a camp near Jenin" is read by its own rules; "on a convoy from Jenin" is not at Jenin
		}
	}
	return false
}

// triggerEndsAt reports whether an attack word of sentence si ends right
// before token j ("air strike", "raid").
func (a *article) triggerEndsAt(si, j int32) bool {
	for _, tm := range a.sentTerms(si) {
		if tm.t1 == j && tm.p.Cat == lexicon.Trigger {
			return true
		}
	}
	return false
}

// oneCountryTown returns the town among cands, else the first of them,
// when all lie in one country; nil when they are spread over several.
func oneCountryTown(cands []gazetteer.Entry) *gazetteer.Feature {
	if len(cands) == 0 {
		return nil
	}
	best := cands[0].Feature
	for _, e := range cands {
		if e.CountryCode != cands[0].CountryCode {
			return nil
		}
		if e.Kind == gazetteer.Place && best.Kind != gazetteer.Place {
			best = e.Feature
		}
	}
	return best
}

// namedSettlement reports whether the text calls the mention a town, a
// village or a division by name: "the town of Muttur", "Makera, Akuzo and
// Usu villages", "Andar district", or treats it as one: the name a verb of
// bombardment governs ("aircraft bombed Torit", [bombard-verb]) is a
// place struck, since only places and things are bombed or shelled. An
// area, an island or a market named after a place ("Darb al-Sim area",
// "55 miles from Kharg Island") is not enough, nor is a lone capitalised
// word that might be an adjective.
func (a *article) namedSettlement(m *placeMention) bool {
	if a.cs != text.Mixed {
		return false
	}
	if a.bombarded(m) {
		return true
	}
	settlement := func(w string) bool {
		switch w {
		case "town", "towns", "village", "villages", "city":
			return true
		}
		v := placeNouns[w]
		return v == "admin2" || v == "admin1"
	}
	if settlement(m.noun) {
		return true
	}
	if m.t0 < 2 || a.sentOf[m.t0-2] != a.sentOf[m.t0] || a.lowerWord(m.t0-1) != "of" {
		return false
	}
	return settlement(a.lowerWord(m.t0 - 2))
}

// salience weighs a mention by where it stands: the headline 3, the lead
// paragraph 2, elsewhere 1.
func (a *article) salience(m *placeMention) float64 {
	if a.inTitle(int(a.toks[m.t0].Start)) {
		return 3
	}
	if a.sents[a.sentOf[m.t0]].Para == a.lead {
		return 2
	}
	return 1
}

// attackOwner reports whether the country or demonym mention k names the
// state whose attack the noun after it is: a demonym or a possessive
// before a military attack noun or a strike ("an Israeli raid",
// "Israel's raid", "a U.S. strike", stateModifier). A state strikes
// abroad more often than at home, and a strike on its own ground is told
// by the place struck, so the doer's name says whose forces struck, not
// where: the site is the strike's object or another place the story
// names. It returns too the end of the tokens read for the attack noun,
// within attackGap of the mention or its possessive.
func (a *article) attackOwner(k int) (end int32, owns bool) {
	m := &a.places[k]
	from := m.t1
	if !m.demonym {
		from = a.stateModifier(k)
	}
	if from < 0 {
		return 0, false
	}
	end = min(int32(a.sents[a.sentOf[m.t0]].Last), from+1+attackGap)
	return end, a.phraseHead(from, end, a.warAttackAt)
}

// personAfter reports whether a civilian is named at token j, right after
// a demonym ("Turkish cameraman", "American tourists"): the demonym tells
// a person's nationality, which says nothing of where the story happens.
// An office is left out: "the Haitian attorney general" is mostly at home.
//
// People named by the ground they live and work on ([home-ground-noun]:
// villagers, herdsmen, farmers) are at home, so their demonym does say
// where: "Somali gunmen killed three Kenyan herdsmen" is a raid in Kenya.
func (a *article) personAfter(j int32) bool {
	tm, ok := a.termAt(j, lexicon.Party)
	return ok && (tm.p.Value == record.Civilians || tm.p.Value == "people") && !a.spanIn(homeGroundNouns, tm.t0, tm.t1)
}

// homeGroundNouns: see [home-ground-noun] in lexicon/words.txt.
var homeGroundNouns = lexicon.Words().Set("home-ground-noun")

// countryOf returns the country a country name or demonym mention names:
// of the countries one demonym names ("American" is also the Northern
// Mariana Islands', "Dutch" the Caribbean Netherlands', "Dominican"
// Dominica's) the most populous (countryIn), so that the story's
// weight, the mention's choice and the state that acts (stateOf) agree.
func countryOf(m *placeMention) *gazetteer.Feature {
	return countryIn(m.cands, m.demonym)
}

// countryIn returns the most populous country among cands named by a
// name, or with demonym by a demonym (heaviest), nil for none.
func countryIn(cands []gazetteer.Entry, demonym bool) *gazetteer.Feature {
	return heaviest(cands, func(e gazetteer.Entry) bool { return e.Kind == gazetteer.Country && e.IsDemonym == demonym })
}

// divisionNamed returns the division of the same name as the resolved
// feature when the text says it is one: "Batangas province" is the
// province, not its capital city, and so is "the Mexican state of
// Veracruz", whose noun stands before "of" (definiteNounOf). A
// settlement's noun says the converse: "the town of Mandera" is the town,
// not the county of that name.
func (a *article) divisionNamed(m *placeMention, f *gazetteer.Feature) *gazetteer.Feature {
	noun := m.noun
	if noun == "" {
		noun = a.definiteNounOf(m)
	}
	want := placeNouns[noun]
	if settlementNouns[noun] && (f.Kind == gazetteer.Admin1 || f.Kind == gazetteer.Admin2) {
		// "in the town of Mandera" is the town, not the county of
		// that name
		for _, e := range m.cands {
			if e.CountryCode == f.CountryCode && e.Kind == gazetteer.Place {
				return e.Feature
			}
		}
	}
	if want == "" || want == "place" || f.Kind == gazetteer.Admin1 || f.Kind == gazetteer.Admin2 {
		return f
	}
	// countries split their divisions differently (a Philippine province
	// is a second-level division): any division of that name will do,
	// the level the noun names first
	var other *gazetteer.Feature
	for _, e := range m.cands {
		if e.CountryCode != f.CountryCode || e.Kind != gazetteer.Admin1 && e.Kind != gazetteer.Admin2 {
			continue
		}
		if e.Kind.String() == want {
			return e.Feature
		}
		other = e.Feature
	}
	if other != nil {
		return other
	}
	return f
}

// definiteNounOf returns the place noun before "of" and mention m in a
// definite noun phrase, which says what m is: "the state of Veracruz",
// "the Mexican state of Veracruz", "Mexico's state of Veracruz". An
// indefinite one ("a district of Sousse") or a plural ("the districts of
// Mosul") tells of a part of it. Else "".
func (a *article) definiteNounOf(m *placeMention) string {
	n := m.t0 - 2
	if m.prep != "of" || n < 1 || a.sentOf[n] != a.sentOf[m.t0] {
		return ""
	}
	w := a.lowerWord(n)
	if _, ok := placeNouns[w]; !ok || strings.HasSuffix(w, "s") {
		return ""
	}
	for j := n - 1; j >= 0 && j >= n-3 && a.sentOf[j] == a.sentOf[m.t0]; j-- {
		if j >= 2 && a.isInnerHyphen(int(j-1)) && a.toks[j].Kind == text.Word && !a.toks[j].Has(text.Cap) {
			// "the Houthi-controlled province of Saada", "the rebel-held
			// town of": a compound adjective, whatever its first part
			j -= 2
			n -= 2
			continue
		}
		switch {
		case a.lowerWord(j) == "the" || a.possessiveAt(j-1):
			return w // "the state of", "Mexico's state of" (the tokenizer splits "'s")
		case a.toks[j].Kind != text.Word || determiners[a.lowerWord(j)]:
			return "" // "a district of Sousse", "one district of"
		case a.toks[j].Has(text.Cap) && !a.isDemonym(j):
			return "" // "the Sukkari district of Aleppo": the name before the noun is what it names
		}
	}
	return ""
}

// preferCapitals reads a name shared by a country's capital and a small
// place elsewhere as the capital unless the story names the small
// place's province: "MANILA" under a headline about a U.S. building is
// the Philippine capital, not Manila, Arkansas, and "a car bomb in
// Damascus" under a WASHINGTON dateline is Syria's, not the Maryland
// town of 15,000. A namesake is small below smallNamesake people: a city
// of its own size (Tripoli in Lebanon) is left to the story's context.
// A namesake in the dateline's own country keeps the name unless the
// story names the capital's country or a neighbour of it elsewhere
// (regionMentions): a WASHINGTON story of a car bomb in Damascus that
// names Syria is Syria's; a NEW YORK story of a shooting in Kingston is
// New York's Kingston.
//
// A big namesake abroad (San Jose, California, a million people) yields
// only to the story's geography: when the dateline lies in the capital's
// region, or the story names more places of that region than of the
// namesake's country, the capital is meant ("HONDURAN", "TEGUCIGALPA"
// around "SAN JOSE" is Costa Rica's). A capital known by another name
// ("Panama City" for Panamá) is a capital all the same.
//
// A capital's own name also beats another city's old or other name,
// however big that city and wherever the dateline: "ISLAMABAD" is
// Pakistan's capital, not an old name of Chattogram, and "SAN SALVADOR"
// under "MADRID (SPAIN)" is El Salvador's, not another name of a Galician
// parish.
func (a *article) preferCapitals() {
	home := ""
	for pass := range 2 { // the dateline first ("MANILA"), so that home is its capital's country
		if pass == 1 {
			home = a.datelineState()
		}
		a.preferCapitalsIn(pass == 0, home)
	}
}

// datelineOutletCountry returns, for a dateline that names no place but
// the station of a group that fights in one country ("CLANDESTINE, 14
// NOV 89 (RADIO VENCEREMOS) --", the FMLN's), that country: the station
// speaks from the group's war, and the towns it names are that
// country's (San Miguel of El Salvador, not of California). "" when the
// dateline names a place or no such station.
func (a *article) datelineOutletCountry() string {
	for i := range a.places {
		if a.places[i].dateline {
			return ""
		}
	}
	if o, ok := a.datelineOutlet(); ok && len(o.Group.Countries) == 1 {
		return o.Group.Countries[0]
	}
	return ""
}

// preferCapitalsIn is preferCapitals over the dateline's mentions, or
// the others, home being the dateline's country.
func (a *article) preferCapitalsIn(dateline bool, home string) {
	for i := range a.places {
		m := &a.places[i]
		c := m.chosen
		if m.dateline != dateline || c == nil || c.Kind != gazetteer.Place || c.FeatureCode() == "PPLC" {
			continue
		}
		alt := false
		for _, e := range m.cands {
			if e.Feature == c {
				alt = e.Alt
			}
		}
		var capital *gazetteer.Feature
		capAlt := false // the capital by another name: "Panama City" for Panamá
		for _, e := range m.cands {
			if bigCapital(e) && (capital == nil || capAlt) {
				capital, capAlt = e.Feature, e.Alt
			}
		}
		if capital == nil || a.namesDivision(c.CountryCode, c.Admin1()) {
			continue
		}
		region, namesake := a.regionMentions(capital, c.CountryCode, i)
		switch {
		case alt && !capAlt:
			// another name of the namesake: the capital's own wins
		case c.Population() >= smallNamesake:
			if c.CountryCode == home || region <= namesake && !a.ofRegion(home, capital) {
				continue // San Jose, California, unless the story is told among the capital's neighbours
			}
		case c.CountryCode == home && region == 0 && c.Population() > 0:
			// "NEW YORK - ... a school in Kingston": the dateline's own
			// Kingston, unless Jamaica or a neighbour is named; not a
			// namesake the sources give no people ("SAN SALVADOR" under
			// "MADRID (SPAIN)": a Castilian municipality listed without any)
			continue
		}
		m.chosen = capital
	}
}

// regionKm is how far from a capital a country may lie and still be of
// its region: Honduras and Panama are Costa Rica's, the United States is
// not.
const regionKm = 1500

// regionMentions counts the place mentions other than k, and named
// otherwise, that resolved into capital's region (its country, or one
// whose point lies within regionKm of it) and those that resolved into
// cc, the namesake's country. A story of Central America ("HONDURAN",
// "SANDINIST", "TEGUCIGALPA") that names San Jose means Costa Rica's
// capital, though California's city is the bigger.
func (a *article) regionMentions(capital *gazetteer.Feature, cc string, k int) (region, namesake int) {
	for i := range a.places {
		c := a.places[i].chosen
		if i == k || c == nil || a.sameName(i, k) {
			continue
		}
		switch {
		case c.CountryCode == cc:
			namesake++
		case a.ofRegion(c.CountryCode, capital):
			region++
		}
	}
	return region, namesake
}

// ofRegion reports whether country cc is capital's or lies within
// regionKm of it.
func (a *article) ofRegion(cc string, capital *gazetteer.Feature) bool {
	if cc == capital.CountryCode {
		return cc != ""
	}
	f, ok := a.x.gaz.Country(cc)
	return ok && f.HasCoord && capital.HasCoord && gazetteer.DistanceKm(f.Lat, f.Lon, capital.Lat, capital.Lon) <= regionKm
}

// smallNamesake is the population below which a place named like a
// capital yields to the capital: the many towns abroad named after one
// (Moscow, Idaho; Damascus, Maryland; Manila, Arkansas) are smaller.
const smallNamesake = 100000

// bigCapital reports whether candidate e is a national capital that its
// namesakes, smaller than smallNamesake, yield to.
func bigCapital(e gazetteer.Entry) bool {
	return e.Kind == gazetteer.Place && e.FeatureCode() == "PPLC" && e.Population() >= smallNamesake
}

// namesDivision reports whether a place mention of the article resolved to
// the first-level division admin1 of country cc.
func (a *article) namesDivision(cc, admin1 string) bool {
	for i := range a.places {
		if c := a.places[i].chosen; c != nil && c.Kind == gazetteer.Admin1 && c.CountryCode == cc && c.Admin1() == admin1 {
			return true
		}
	}
	return false
}

// preferNamedDivisions reads "Sagaing" as Sagaing Region when the story
// also writes the division's full name: a town named like its province is
// otherwise preferred. A settlement's noun with the name ("the town of
// Mandera") keeps the town.
func (a *article) preferNamedDivisions() {
	type named struct {
		d     *gazetteer.Feature
		words int32
	}
	type area struct{ cc, admin1 string }
	byArea := map[area][]named{} // divisions written out, by country and admin1
	for i := range a.places {
		m := &a.places[i]
		if d := m.chosen; d != nil && (d.Kind == gazetteer.Admin1 || d.Kind == gazetteer.Admin2) {
			k := area{d.CountryCode, d.Admin1()}
			byArea[k] = append(byArea[k], named{d, m.t1 - m.t0})
		}
	}
	if len(byArea) == 0 {
		return
	}
	for j := range a.places {
		m := &a.places[j]
		c := m.chosen
		if c == nil || c.Kind != gazetteer.Place || settlementNouns[m.noun] || settlementNouns[a.definiteNounOf(m)] {
			continue // "the town of Mandera" beside "Mandera County": the text says which
		}
		for _, n := range byArea[area{c.CountryCode, c.Admin1()}] {
			if m.t1-m.t0 < n.words && strings.HasPrefix(n.d.Name, c.Name) {
				m.chosen = n.d
				break
			}
		}
	}
}

// nearPoints is how many places' coordinates resolvePlaces' second pass
// gives the gazetteer as the story's neighbourhood (Context.Near).
const nearPoints = 16

// rankCountries returns the countries of the story, weightiest first,
// leaving out those mentioned far less than the main one: at most two,
// appended to dst (a buffer of the article's, so that the three calls a
// story makes allocate nothing).
func rankCountries(dst []string, weights map[string]float64) []string {
	// before orders the countries weightiest first, ties by code
	before := func(x, y string) bool {
		if weights[x] != weights[y] {
			return weights[x] > weights[y]
		}
		return x < y
	}
	maxW := 0.0
	first, second := "", ""
	n := 0
	for cc, w := range weights {
		maxW = math.Max(maxW, w)
		switch {
		case n == 0 || before(cc, first):
			first, second = cc, first
		case n == 1 || before(cc, second):
			second = cc
		}
		n++
	}
	if n > 0 && weights[first] >= maxW/2 {
		dst = append(dst, first)
		if n > 1 && weights[second] >= maxW/2 {
			dst = append(dst, second)
		}
	}
	return dst
}

// namedProvince returns, for a name that does not resolve (a small town
// abroad: gazetteer.Resolve), the province of that name in a country the
// story names, when the text puts something in it: "a rocket attack on a
// border post in Hakkari" in a story from Iraq that names the Turkish
// defence ministry is Turkey's Hakkari province, not an unknown village.
func namedProvince(m *placeMention, weights map[string]float64) *gazetteer.Feature {
	if m.prep != "in" {
		return nil
	}
	var out *gazetteer.Feature
	for _, e := range m.cands {
		if e.Kind != gazetteer.Admin1 || weights[e.CountryCode] == 0 || e.Alt || e.IsAbbrev || e.CommonWord {
			continue // its own name, not "LA" of Louisiana
		}
		if out != nil {
			return nil // two provinces of the name: nothing says which
		}
		out = e.Feature
	}
	return out
}

// soleCity reports whether place mention m names a city that no other
// feature of the gazetteer is called ("Gaza City"): a city of its own
// country, not the namesake abroad of a town the gazetteer lacks, however
// much the story's dateline and demonyms are another country's (a raid
// on Gaza City told from JERUSALEM).
//
// Only a name written in mixed case is trusted so: in capitals or lower
// case a word that happens to match a city is more often something else.
func (a *article) soleCity(m *placeMention) bool {
	return a.cs == text.Mixed && len(m.cands) == 1 && m.cands[0].Kind == gazetteer.Place && m.cands[0].Population() >= 100000
}

// dropUnlikelyPlaces removes the mentions that are probably not places:
// a small town abroad named like a person or an organisation ("Red Cross",
// North Carolina; "Farah" of the Farah hotel in Casablanca). A place stays
// when it is in a country the story is about, or is large, or the text
// puts something at it ("in X", "X district").
func (a *article) dropUnlikelyPlaces(weights map[string]float64) {
	maxW := 0.0
	for _, w := range weights {
		maxW = math.Max(maxW, w)
	}
	out := a.places[:0]
	for _, m := range a.places {
		if a.namesakeByOtherName(&m, weights, maxW) {
			if placingPrep(m.prep) {
				// "IN CANO LIMON": the text puts something there, a
				// place the gazetteer lacks; without a preposition of
				// place nothing says the word is a place at all
				m.chosen, m.cands = nil, nil
				out = append(out, m)
			}
			continue
		}
		if a.likelyPlace(&m, weights, maxW) {
			out = append(out, m)
			continue
		}
		if m.chosen.Kind == gazetteer.Place && (a.namedSettlement(&m) || a.ownedPart(&m, out)) {
			// "killed in the town of Muttur": the text says it is a
			// place; the small namesake abroad is not it, so it is a town
			// the gazetteer lacks; so is a part a town's possessive owns
			// ("in Nairobi's Eastleigh neighbourhood": ownedByTown)
			m.chosen, m.cands = nil, nil
			out = append(out, m)
		}
	}
	a.places = out
}

// namesakeByOtherName reports whether place mention m was resolved to a
// city abroad only by another of its names, one that does not begin as
// the city's own name does (an exonym or an old name, not a
// transliteration: "CANO" for Kano, "USIS" for Wuxi; Hama for Ḩamāh
// stays), in a story that names other countries and never that city's.
// A story names a city by such a name when it tells of the city's
// country; elsewhere the word is a place the gazetteer lacks, or none,
// however big the city. A place noun after it ("LAS GUARAS BRIDGE") is
// the abroad rule's (resolvePlaces).
func (a *article) namesakeByOtherName(m *placeMention, weights map[string]float64, maxW float64) bool {
	p := m.chosen
	if p == nil || m.country || m.demonym || m.dateline || maxW == 0 || weights[p.CountryCode] > 0 ||
		m.owner == p.CountryCode || p.Kind != gazetteer.Place || m.noun != "" || a.afterPlaceNoun(m) || !altName(m.cands, p) {
		return false
	}
	a.buf = text.AppendNameKey(a.buf[:0], a.src[a.toks[m.t0].Start:a.toks[m.t1-1].End])
	if len(a.buf) == 0 {
		return false
	}
	initial := a.buf[0]
	a.buf = text.AppendNameKey(a.buf[:0], p.Name)
	return len(a.buf) > 0 && a.buf[0] != initial
}

// placingPrep reports whether preposition p puts something at a place
// ("in Cano Limon", "near"; [location-prep]): not "of", which joins a
// name to a noun as often as to a place, nor "from" or "to", which tell
// of a place left or gone to, not one the story is at.
func placingPrep(p string) bool {
	return locPreps[p] && p != "of" && p != "from" && p != "to"
}

func (a *article) likelyPlace(m *placeMention, weights map[string]float64, maxW float64) bool {
	p := m.chosen
	if p == nil || m.country || m.demonym || m.dateline {
		return true
	}
	if a.offCoast(m) {
		return true // "15 miles off Sirri Island": a coast or an island, however small and far
	}
	if a.bombarded(m) && oneCountryTown(m.cands) != nil {
		return true // "aircraft bombed Torit": the place struck, however small and far, when its name is one country's
	}
	if a.attackedOn(m) {
		return true // "Israel's raid on a camp in Jenin": the place struck, as a bombed one is, whichever of its namesakes the story's countries chose
	}
	home := maxW == 0 || weights[p.CountryCode] >= maxW/2 || m.owner == p.CountryCode
	// "southwest of Barentu": a compass word measures from a place, so
	// the name after it is one
	compassFrom := m.prep == "of" && m.t0 >= 2 && compass[a.lowerWord(m.t0-2)]
	// a name listed after one the text puts something at shares its
	// footing: "the Iranian cities of Dezful and Ahvaz"
	// "four residents of Kauru": people live in a place, so the name
	// their noun's "of" brings in is one
	residentsOf := m.prep == "of" && m.t0 >= 2 && residentNouns[a.lowerWord(m.t0-2)]
	strong := m.noun != "" || a.afterPlaceNoun(m) || placingPrep(m.prep) || compassFrom || residentsOf || m.listed
	big := p.Kind != gazetteer.Place || p.Population() >= 100000
	switch {
	case p.Population() >= 1000000:
		return true
	case home:
		return strong || big || p.Population() >= 5000
	default:
		return strong && big
	}
}

// offCoast reports whether place mention m is a coast or an island that
// something lies off: after "off" with a distance before it ("15 miles
// off Sirri Island") or with a place noun in or after its name ("off
// Farsi Island"). Only land by the sea is "off"; a town abroad the
// gazetteer has in place of one it lacks is not, so the place is the one
// the story means, whatever its size and country; phrasal verbs ("cut
// off Basra") have neither.
func (a *article) offCoast(m *placeMention) bool {
	if m.prep != "off" || m.country || m.demonym || m.dateline {
		return false
	}
	j := m.t0 - 1
	if a.lowerWord(j) != "off" {
		j-- // past "the"
	}
	_, noun := placeNouns[a.lowerWord(m.t1-1)]
	return distanceUnits[a.lowerWord(j-1)] || noun || m.noun != ""
}

// ownerBefore reports whether place mention i comes right after the
// possessive of the known place before it, not a country ("Gambella's Gog
// ... areas", "Borno's Konduga"; possessiveOwns): the owner holds it.
func (a *article) ownerBefore(i int) bool {
	o := &a.places[i-1]
	return o.chosen != nil && a.possessiveOwns(o, a.places[i].t0)
}

// possessiveOwns reports whether place mention o owns by its possessive
// the name that starts at token t0, neither a country nor a demonym: "Borno's
// Konduga", "Kabul's Dasht-e-Barchi area". A compass adjective between them
// says which part of the owner ("Baghdad's eastern Jamila district"), and
// the owner holds it still. Read when the name is found
// (townPossessiveBefore) and when it is resolved (ownerBefore).
func (a *article) possessiveOwns(o *placeMention, t0 int32) bool {
	return !o.country && !o.demonym && a.possessedBy(o, t0)
}

// possessedBy reports whether the possessive of place mention o stands
// right before the name that starts at token t0, or before the compass
// adjective that opens it ("Baghdad's eastern Jamila district", "Syria's
// northern Idlib province"): what a town owns (possessiveOwns) and what a
// country owns (countryOwns) are read alike.
func (a *article) possessedBy(o *placeMention, t0 int32) bool {
	if compassAdjectives[a.lowerWord(t0-1)] {
		t0--
	}
	return o.t1+2 == t0 && a.possessiveAt(o.t1)
}

// ownedPart reports whether place mention m, with a place noun, is a
// part that the possessive of the place kept right before it owns ("in
// Nairobi's Eastleigh neighbourhood"): a place the text names as one,
// inside that town, whatever the gazetteer's namesakes abroad. kept holds
// the mentions kept so far, in text order.
func (a *article) ownedPart(m *placeMention, kept []placeMention) bool {
	return m.noun != "" && len(kept) > 0 && a.possessiveOwns(&kept[len(kept)-1], m.t0)
}

// ownedByTown drops the gazetteer's reading of a place that a town's
// possessive owns ("Istanbul's Ataturk airport", "Tegucigalpa's Florencia
// del Este neighborhood") when that reading lies outside the town's
// country or province: the part a town owns lies in the town, so a
// namesake elsewhere is not it. With a place noun the text still says it
// is a place, one the gazetteer lacks, held by the town (linkContainers);
// without one nothing says it is a place at all ("Ataturk" names the
// airport), and it is dropped.
func (a *article) ownedByTown() {
	for i := 1; i < len(a.places); i++ {
		m, o := &a.places[i], &a.places[i-1]
		c, oc := m.chosen, o.chosen
		if c == nil || oc == nil || m.country || m.demonym || oc.Kind == gazetteer.Country || !a.possessiveOwns(o, m.t0) {
			continue
		}
		if c.CountryCode == oc.CountryCode && (oc.Admin1() == "" || c.Admin1() == oc.Admin1()) {
			continue
		}
		m.chosen = nil
		if m.noun != "" {
			m.cands = nil
		}
	}
}

// countryOwns reports whether country mention o owns by its possessive
// the division q named right after it: "Nigeria's Sokoto state",
// "Syria's northern Idlib province". The division, not the country, is
// what holds a spot told before them.
func (a *article) countryOwns(o, q *placeMention) bool {
	return o.country && o.chosen != nil && a.possessedBy(o, q.t0) && q.chosen != nil && !q.country &&
		(q.chosen.Kind == gazetteer.Admin1 || q.chosen.Kind == gazetteer.Admin2) && q.chosen.CountryCode == o.chosen.CountryCode
}

// namedIsland reports whether mention m names an island ("near Larak
// island") that the gazetteer knows as an island by its own name
// ("Larak Island"): an island is its one place of the name, however small
// and far from the story's country, not a town the gazetteer lacks.
func (a *article) namedIsland(m *placeMention) bool {
	if len(m.cands) != 1 || m.noun != "island" && a.lowerWord(m.t1-1) != "island" {
		return false
	}
	name := strings.ToLower(m.cands[0].Feature.Name)
	return strings.HasSuffix(name, " island")
}

// linkContainers records, for each place the gazetteer lacks, the known
// place right after it that contains it: "X, in northern Y", "X village in
// Y", "X in Y district of Z" (the first known one), and, for the names of
// a list, the container of the list ("Makera, Akuzo and Usu villages of
// Kiyawa District in Birnin Magaji"). A small place the gazetteer has in
// another province than the one the text puts it in is a namesake: the
// text's village is one the gazetteer lacks ("Makera" of Kaduna State is
// not the Makera in Birnin Magaji, Zamfara). A name the text uses again
// means the same place. Waters named by a demonym lie in its country
// ("Kuwaiti waters", "Kuwaiti territorial waters").
func (a *article) linkContainers() {
	for i := 1; i < len(a.places); i++ {
		if m, d := &a.places[i], &a.places[i-1]; m.water && d.demonym && a.afterWaterAdjectives(d.t1, m.t0) == m.t0 && d.chosen != nil {
			m.in = i - 1
		}
	}
	within := slices.Grow(a.within[:0], len(a.places))[:len(a.places)] // the container of every mention, known or not
	a.within = within                                                  // the pooled article's, for the next call
	for i := range within {
		within[i] = -1
	}
	for i := len(a.places) - 2; i >= 0; i-- {
		m := &a.places[i]
		next := &a.places[i+1]
		if m.country || m.demonym || m.in >= 0 || next.partOf {
			continue // "the Kandahar district of Spin Boldak": Kandahar holds it, not the other way
		}
		if next.t0-m.t1 > 6 || a.sentOf[next.t0] != a.sentOf[m.t0] || a.acrossBorder(i+1) {
			continue // "Chinagodrar, near the border with Mali": the other side of the line
		}
		if a.gappedAfter(m.t1) {
			continue // "in Darazinda and four more in Kulachi": the gapped toll's own site, not the container
		}
		if next.demonym && placeNouns[a.lowerWord(next.t1)] == "" {
			// "in Nassiriya, day after Iranian consulate torched": a
			// demonym before a thing names whose it is, not the land
			// around the place before it ("Koshebe, a Nigerian
			// village" does)
			continue
		}
		listed := next.noun != "" && next.noun == m.noun && a.listGap(m.t1, next.t0)
		c := i + 1
		if next.country && i+2 < len(a.places) && a.countryOwns(next, &a.places[i+2]) {
			c = i + 2 // "Gidan Bawa village in Nigeria's Sokoto state": the state holds it
		}
		if listed || next.chosen == nil {
			c = within[i+1] // "Akuzo and Usu villages of ...": the list's container
		}
		between := m.prep == "between" && next.t0 == m.t1+1 && a.lowerWord(m.t1) == "and" // "between Malelei and Kulan in Garissa county"
		if c < 0 || !(listed || between || next.prep == "in" || next.prep == "of" || a.lowerWord(m.t1) == "," || a.afterPlaceNoun(next)) {
			continue
		}
		within[i] = c
		if m.chosen == nil {
			m.in = c
			continue
		}
		inside := listed || next.prep == "in" || next.prep == "of" && !compass[a.lowerWord(next.t0-2)]
		o, in := a.places[c].chosen, m.chosen
		noun := m.noun
		if noun == "" {
			noun = a.nounInApposition(m.t0, m.t1) // "Sang Atesh, a village in Herat"
		}
		if inside && (placeNouns[noun] == record.GeoPlace || placeNouns[noun] == record.GeoAdmin2) && in.Population() < 100000 && (in.Kind == gazetteer.Place || in.Kind == gazetteer.Admin2) &&
			(o.Kind == gazetteer.Place || o.Kind == gazetteer.Admin2 || o.Kind == gazetteer.Admin1) &&
			(o.CountryCode != in.CountryCode || o.Admin1() != in.Admin1()) {
			m.chosen, m.cands, m.in = nil, nil, c // "Kiyawa District in Birnin Magaji": not Kiyawa of Jigawa State
		}
	}
	// "Gambella's Gog and Jor areas": a known place's possessive holds the
	// unknown names right after it, and the names listed with them
	for i := 1; i < len(a.places); i++ {
		if m := &a.places[i]; m.chosen == nil && m.in < 0 && a.ownerBefore(i) {
			m.in = i - 1
			for j := i + 1; j < len(a.places); j++ {
				n, p := &a.places[j], &a.places[j-1]
				if n.chosen != nil || n.in >= 0 || n.noun == "" || n.noun != m.noun || !a.listGap(p.t1, n.t0) {
					break
				}
				n.in = i - 1
			}
		}
	}
	// one name, one place: "Makera village" told again is the Makera of
	// the list; "killed in Akuzo" is the Akuzo of "Akuzo ... villages".
	// A mention takes the container of the first other mention of its
	// name that the gazetteer lacks and the text puts in a container
	// (named: those mentions by name, in text order, growing as mentions
	// take one), so the pass is linear in the mentions.
	var named map[string][]int
	for j := range a.places {
		if o := &a.places[j]; o.chosen == nil && o.in >= 0 {
			if named == nil {
				named = map[string][]int{}
			}
			k := a.lowerSpan(o.t0, o.t1)
			named[k] = append(named[k], j)
		}
	}
	if named == nil {
		return
	}
	for i := range a.places {
		m := &a.places[i]
		if m.chosen != nil && m.country || m.demonym {
			continue
		}
		name := a.lowerSpan(m.t0, m.t1)
		same := named[name]
		j := -1
		for _, c := range same[:min(2, len(same))] {
			if c != i {
				j = c
				break
			}
		}
		if j < 0 {
			continue
		}
		if m.chosen == nil && m.in < 0 || m.chosen != nil && m.chosen.Population() < 100000 && m.chosen.Kind == gazetteer.Place {
			m.chosen, m.cands, m.in = nil, nil, a.places[j].in
			at, _ := slices.BinarySearch(same, i)
			named[name] = slices.Insert(same, at, i)
		}
	}
}

// placeInContainers reads a place named with the division or country
// that holds it ("San Antonio, in Chalatenango", "Santa Rosa, in the
// department of Cusco", "San Jose, Oriental Mindoro province") as the
// place of that name inside it: the biggest one there, else one the
// gazetteer lacks, which linkContainers then puts in the container. A
// namesake elsewhere (San Antonio, Texas) is what resolving the name
// alone picks, however plainly the text says where the place is. A place
// A city of one of the story's countries (home) keeps its country against
// a container resolved in another: "TRUJILLO, LIBERTAD DEPARTMENT" in a
// story of Peru and Argentina is Peru's city, though "Libertad" alone is
// an Argentine department.
func (a *article) placeInContainers(home []string) {
	for i := 0; i+1 < len(a.places); i++ {
		m := &a.places[i]
		if m.chosen == nil || m.country || m.demonym || m.dateline || m.chosen.Kind < gazetteer.Admin2 {
			continue
		}
		area, end := a.containerArea(i, i+1)
		if area == nil {
			continue
		}
		if end > m.t1 {
			// "SAN ANTONIO LOS RANCHOS, IN CHALATENANGO": the gazetteer
			// knows only the start of the name, and no place of the
			// whole name
			m.t1, m.chosen, m.cands, m.in = end, nil, nil, i+1
			continue
		}
		if a.holds(i+1, area, m.chosen) {
			continue
		}
		var best *gazetteer.Feature
		for _, e := range m.cands {
			if a.holds(i+1, area, e.Feature) && (best == nil || e.Population() > best.Population()) {
				best = e.Feature
			}
		}
		if best != nil {
			m.chosen = best
			continue
		}
		if m.chosen.CountryCode != area.CountryCode && m.chosen.Population() >= 100000 && slices.Contains(home, m.chosen.CountryCode) {
			continue
		}
		m.chosen, m.cands, m.in = nil, nil, i+1
	}
}

// containerArea returns the division or country place mention j names
// as the container of mention i before it, or nil, and the token where
// i's name ends: a name the gazetteer knows only in part runs on in
// words that are no English ones up to the comma ("SAN ANTONIO LOS
// RANCHOS, IN CHALATENANGO"). j follows i in the
// same sentence after ", in", "in (the) (northern)", "in the department
// of", or after a bare comma when j is a division or a country by itself
// or by its noun ("San Carlos, Morazan department"). A name that only
// continues a list ("in Usulutan, Morazan and Chalatenango") holds
// nothing, and neither does a town: "X, in Y" of two towns is as often
// a neighbourhood as another town.
func (a *article) containerArea(i, j int) (*gazetteer.Feature, int32) {
	m, y := &a.places[i], &a.places[j]
	if y.chosen == nil || y.demonym || y.dateline || y.listed || a.sentOf[y.t0] != a.sentOf[m.t0] || y.t0-m.t1 > 9 || y.t0 <= m.t1 {
		return nil, 0
	}
	t, comma, in, named := m.t1, false, false, adminNoun(y.noun)
	for t < m.t1+3 && a.toks[t].Kind == text.Word && a.toks[t].Has(text.Cap) && !a.commonWords(t, t+1) && !a.placeStartsAt(t) {
		t++ // "LOS RANCHOS"
	}
	end := t
	if end > m.t1 && a.word(t) != "," {
		return nil, 0
	}
	if a.word(t) == "," {
		comma, t = true, t+1
	}
	if a.lowerWord(t) == "in" {
		in, t = true, t+1
	}
	if in && a.lowerWord(t) == "the" {
		t++
	}
	if in && compassAdjectives[a.lowerWord(t)] {
		t++
	}
	if in && t+2 == y.t0 && adminNoun(a.lowerWord(t)) && a.lowerWord(t+1) == "of" {
		t, named = t+2, true // "in the department of Cusco"
	}
	if t != y.t0 || !comma && !in {
		return nil, 0
	}
	e := y.t1 + nounWords(y.noun)
	if a.word(e) == "," {
		e++
	}
	if a.placeStartsAt(e) || (a.lowerWord(e) == "and" || a.lowerWord(e) == "or") && a.placeStartsAt(e+1) {
		return nil, 0 // "in Usulutan, San Miguel and Morazan", "in Metapan, Tejutepeque, and Ilobasco": a list
	}
	c := y.chosen
	switch {
	case y.country || c.Kind == gazetteer.Admin1 || c.Kind == gazetteer.Admin2:
		return c, end
	case named:
		for _, e := range y.cands {
			if (e.Kind == gazetteer.Admin1 || e.Kind == gazetteer.Admin2) && e.CountryCode == c.CountryCode && e.Admin1() == c.Admin1() {
				return e.Feature, end // "in the department of Cusco": the department, not its seat
			}
		}
	case in:
		if d, ok := a.x.gaz.Admin1(c.CountryCode, a.src[a.toks[y.t0].Start:a.toks[y.t1-1].End]); ok && d.Admin1() == c.Admin1() {
			return d, end // "in Chalatenango": the department its seat is named after
		}
	}
	return nil, 0
}

// holds reports whether feature f lies inside area, the container place
// mention j names, or inside another division of j's name in area's
// country: a name may stand for two divisions ("LIMA DEPARTMENT": the
// region and the province of Lima), and a town in either is in it.
func (a *article) holds(j int, area, f *gazetteer.Feature) bool {
	if inArea(f, area) {
		return true
	}
	for _, e := range a.places[j].cands {
		if (e.Kind == gazetteer.Admin1 || e.Kind == gazetteer.Admin2) && e.CountryCode == area.CountryCode && inArea(f, e.Feature) {
			return true
		}
	}
	return false
}

// inArea reports whether feature f lies inside area, a country or a
// division.
func inArea(f, area *gazetteer.Feature) bool {
	if f.CountryCode != area.CountryCode || f.Kind <= area.Kind {
		return false
	}
	switch area.Kind {
	case gazetteer.Admin1:
		return f.Admin1() == area.Admin1()
	case gazetteer.Admin2:
		return f.Admin1() == area.Admin1() && f.Admin2() == area.Admin2()
	}
	return true
}

// compass words before "of" give a direction, not a container: "Batangas
// province, south of Manila".
var compass = lexicon.Words().Set("compass-word") // lexicon/words.txt

// listGap reports whether tokens [t0, t1) join two names of a list: ",",
// "and", ", and".
func (a *article) listGap(t0, t1 int32) bool {
	if t1 <= t0 || t1-t0 > 2 {
		return false
	}
	for j := t0; j < t1; j++ {
		if a.word(j) != "," && a.lowerWord(j) != "and" {
			return false
		}
	}
	return true
}

// sameName reports whether place mentions i and k are written alike:
// their lowerSpans are equal, compared word by word without building
// either string (regionMentions and namesakeIn ask it of every place for
// each one they weigh).
func (a *article) sameName(i, k int) bool {
	pi, pk := &a.places[i], &a.places[k]
	next := func(j, end int32) int32 {
		for j < end && a.toks[j].Kind == text.Punct && a.isInnerHyphen(int(j)) {
			j++
		}
		return j
	}
	j, l := next(pi.t0, pi.t1), next(pk.t0, pk.t1)
	for j < pi.t1 && l < pk.t1 {
		if a.lowerWord(j) != a.lowerWord(l) {
			return false
		}
		j, l = next(j+1, pi.t1), next(l+1, pk.t1)
	}
	return j >= pi.t1 && l >= pk.t1
}

// samePlace reports whether two place mentions name the same place.
func (a *article) samePlace(i, j int) bool {
	pi, pj := &a.places[i], &a.places[j]
	if pi.chosen != nil && pj.chosen != nil {
		return pi.chosen == pj.chosen
	}
	a.buf = a.appendNameKey(a.buf[:0], i)
	n := len(a.buf) // both keys in a.buf, i's then j's: no string per call
	a.buf = a.appendNameKey(a.buf, j)
	return bytes.Equal(a.buf[:n], a.buf[n:])
}

// appendNameKey appends to buf the gazetteer key of the name place
// mention i spans, the form in which samePlace and namesDivisionOf
// compare names; appending into the article's buffer allocates nothing.
func (a *article) appendNameKey(buf []byte, i int) []byte {
	p := &a.places[i]
	return gazetteer.AppendKey(buf, a.src[a.toks[p.t0].Start:a.toks[p.t1-1].End])
}

// contains reports whether place mention outer is a division that holds
// place mention inner (or its country).
func (a *article) contains(outer, inner int) bool {
	if outer < 0 || inner < 0 {
		return false
	}
	if c := a.places[inner].in; c >= 0 && (c == outer || a.samePlace(c, outer) || a.contains(outer, c)) {
		return true // an unknown village in the district the text names
	}
	return holdsFeature(a.places[outer].chosen, a.places[inner].chosen)
}

// holdsFeature reports whether country or division o holds feature in, a
// finer one: a division of it or a place in it.
func holdsFeature(o, in *gazetteer.Feature) bool {
	if o == nil || in == nil || o == in || o.CountryCode != in.CountryCode {
		return false
	}
	switch o.Kind {
	case gazetteer.Country:
		return true
	case gazetteer.Admin1:
		return in.Kind > gazetteer.Admin1 && in.Admin1() == o.Admin1()
	case gazetteer.Admin2:
		return in.Kind > gazetteer.Admin2 && in.Admin1() == o.Admin1() && in.Admin2() == o.Admin2()
	}
	return false
}

// broad reports whether place mention k names an area rather than a spot:
// a country, a division, or a town the event was only near.
func (a *article) broad(k int) bool {
	if k < 0 {
		return true
	}
	c := a.places[k].chosen
	return c != nil && c.Kind != gazetteer.Place || a.places[k].prep == "near"
}

// capitalNamed returns the national capital place mention m names, when
// the capital is the biggest place of that name and no bigger than a
// few thousand people elsewhere compete ("San Salvador", "Bogota"), or
// nil. A capital's name read anywhere in a story says which country the
// story is in as a country's name does.
func capitalNamed(m *placeMention) *gazetteer.Feature {
	var capital, biggest *gazetteer.Feature
	for _, e := range m.cands {
		if e.Alt {
			continue
		}
		if bigCapital(e) {
			capital = e.Feature
		}
		if biggest == nil || e.Population() > biggest.Population() {
			biggest = e.Feature
		}
	}
	if capital == nil || biggest != capital {
		return nil
	}
	return capital
}

// namesakeIn reports whether a place mention other than k, and named
// otherwise, has a candidate in country cc.
func (a *article) namesakeIn(cc string, k int) bool {
	for i := range a.places {
		m := &a.places[i]
		if i == k || m.country || m.demonym || a.sameName(i, k) {
			continue
		}
		for _, e := range m.cands {
			if e.CountryCode == cc {
				return true
			}
		}
	}
	return false
}
