package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// location sets the place: the incident's own, else a place named in its
// sentences (a smaller site near it, or the one town the top of the story
// puts things at inside a broad area, before the division itself), else
// "the capital", else water its sentences name, else the dateline when
// the story ties the deed to it (datelineTied), else the country the
// story is about, else a person's home its sentences name (homeOnly).
// An attack told again in a reaction piece takes neither
// the dateline nor the reacting country, and one the story does not tie
// to its dateline not the dateline's country either.
func (f *filler) location() {
	a := f.a
	k := f.in.place
	if k < 0 {
		for _, m := range f.current() {
			for _, p := range m.places {
				// a town before a country; of two alike, one "in" puts
				// the deed in before one that only names the doers
				// ("South Sudan gunmen kill 28 ... in Ethiopia"; not
				// "talks on Afghanistan", a topic)
				if k < 0 || a.places[k].country && !a.places[p].country ||
					a.places[k].country == a.places[p].country && !a.locative(k) && (a.places[p].prep == "in" || a.struckOver(p, k)) {
					k = p
				}
			}
		}
	}
	if k < 0 || a.places[k].country {
		// "killed the village head and four other residents of Kauru":
		// the victims' home, where they were struck; "residents of Kaura
		// Namoda said" in a story whose headline names only the country:
		// the witnesses' town, inside that country
		if h := f.victimsHome(); h >= 0 && (k < 0 || a.places[h].chosen == nil || a.places[k].chosen == nil ||
			a.places[h].chosen.CountryCode == a.places[k].chosen.CountryCode) {
			k = h
		}
	}
	own := k // the place the incident's sentences give, before another stands in
	if s := f.siteNearby(k); s >= 0 {
		// "an explosion inside an army base in Londonderry" ... "The
		// device at Magilligan"
		k = s
	}
	if p := a.cityPartPlace(k); p >= 0 {
		// "in the Lima district of Miraflores": the part of the city
		// the text names, not the whole city; the city for a part the
		// gazetteer lacks ("the Lima district of San Juan de Lurigancho")
		k = p
	}
	if s := f.suburbOf(k); s >= 0 {
		// "Suicide bomber kills eight in Colombo" ... "near a market in
		// Wattala, a suburb of the capital Colombo"
		k = s
	}
	if t := a.townOfDivision(k); t >= 0 {
		// "shot dead 11 people ... in the southern Tamil Nadu port town":
		// a division before a town's noun names no area but a town the
		// story has named, Thoothukudi
		k = t
	}
	// "condemned Friday's rocket attack on a tanker": an attack told again
	// by its day in a reaction piece happened elsewhere than where the
	// reaction is filed
	toldAgain := f.in.date >= 0 && a.attackDate(f.in.date) && a.pub.After(a.dates[f.in.date].Day) || f.in.retold()
	if s := f.spotInArea(k); s >= 0 && !toldAgain {
		// "... killing two cyclists in Tajikistan." ... "They were hit by
		// a car in Danghara."; not in a reaction piece, whose top tells
		// where the reaction was
		k = s
	}
	capital := int32(-1)
	if k < 0 {
		// "Another bombing Monday in the capital killed one person"
		k, capital = f.capital()
	}
	if k >= 0 && a.places[k].country && a.places[k].chosen != nil && !toldAgain {
		// "Gunmen attack Guatemala hospital" ... "Roosevelt Hospital in
		// the capital": the country's capital says where in it, whether
		// the story names it or not
		c, ok := a.capitalOf(a.places[k].chosen.CountryCode)
		if j := f.capitalSaid(); j >= 0 && ok {
			q := a.mentionOf(c)
			if q < 0 {
				loc := &record.Location{}
				fillLocation(loc, c, a.x.gaz) // a capital is a town: sets Place
				loc.GeonamesName = c.Name
				f.rec.Location = loc
				f.tokEvidence("location", j, j+1)
				f.tokEvidence("location", a.places[k].t0, a.places[k].t1)
				return
			}
			k, capital = q, j
		}
	}
	if k < 0 {
		// "ambushed a patrol 30 km east of Sidon": the town the spot is
		// measured from, not the dateline, when the text names no other
		k = f.measuredFromTown()
	} else if y := f.measuredFromTown(); y >= 0 && a.places[k].country && a.places[k].chosen != nil &&
		a.places[y].chosen.CountryCode == a.places[k].chosen.CountryCode {
		// "raids on Iran's offshore Nowruz oilfield ... 55 miles
		// northwest of Iran's Kharg Island": the town in that country the
		// spot is measured from says more than the country
		k = y
	}
	// "destroyed an Iranian oil platform in the Gulf": an attack at sea is
	// never at the dateline. A land place the sentences name wins (coders
	// place an attack at sea by the coast it names: "in the Red Sea off
	// Hodeidah"), and waters named by a demonym ("in Kuwaiti waters") beat
	// a sea the story named first; otherwise the story's country, when it
	// is not only the dateline's, gives the country below
	if k >= 0 && a.places[k].water {
		if c := f.coastNamed(); c >= 0 {
			k = c // "set ablaze in the Persian Gulf" ... "hit near Bu Musa island"
		}
	}
	atSea := false
	if sea, c := f.atSea(); sea && (k < 0 || a.places[k].water && c >= 0) {
		k, atSea = c, c < 0
	}
	if k >= 0 && (a.places[k].country || a.places[k].demonym) && !a.locative(k) && !a.struckCountry(k) && a.filedFrom(k, true) && !f.seatTied() {
		// "WASHINGTON - ... endorsed Monday's U.S. attack on two Iranian
		// oil platforms", "a missile strike on the U.S.-flagged Kuwaiti
		// tanker": the dateline's country named as the doer or, in a
		// compound, the owner, not as where the deed was; the ground an
		// attack struck ("attacked Israel") is where it was
		k = -1
	}
	unnamed := f.unnamedSite()
	homeStrike := false // the dateline's state's own forces struck
	ship := f.shipHit()
	if (k < 0 || a.places[k].country) && !toldAgain && !atSea && !unnamed && !ship {
		// the dateline names a city of the country the story names; a
		// correspondent in London or Washington reporting a war elsewhere
		// does not place it
		home := ""
		if k >= 0 {
			home = a.places[k].chosen.CountryCode
		} else if sc := a.storyCountry(); sc >= 0 {
			home = a.places[sc].chosen.CountryCode
		}
		if fp := f.frontPlace(); fp >= 0 && (home == "" || a.places[fp].chosen.CountryCode == home) {
			k = fp // a communiqué read in the capital: "... on the war front near the southern city of Basra" (fill_war.go)
		} else {
			if d := a.datelineCity(); d >= 0 && (home == "" || a.places[d].chosen.CountryCode == home) {
				homeStrike = f.homeForcesStrike(a.places[d].chosen.CountryCode)
				switch s := f.sceneBesideSeat(d); {
				case s >= 0 && !homeStrike:
					// "BOGOTA ... A CAR BOMB EXPLODED IN BARRANQUILLA
					// THIS AFTERNOON ... THE EXPLOSION OCCURRED WHEN
					// ...": the dateline is where the reporter sits
					k = s
				case homeStrike || f.datelineTied(d):
					k = d
				}
			}
		}
	}
	if k < 0 {
		k = a.storyCountry()
		if (toldAgain || atSea || ship) && k >= 0 && (a.filedFrom(k, atSea || ship || !f.seatTied()) || f.in.reaction()) {
			// the story's country is only where it was filed, or, in a
			// reaction piece, the country that reacts ("BRITAIN BACKS U.S.
			// STRIKE"); the dateline's country, too, when the story does
			// not tie the deed to the dateline ("WASHINGTON - ... Friday's
			// Iranian attack damaging a U.S.-flagged ship")
			k = -1
		}
	}
	if k >= 0 && a.places[k].country && a.places[k].chosen != nil && !toldAgain && !atSea && !ship && !unnamed {
		if s := f.sceneIn(a.places[k].chosen.CountryCode, -1); s >= 0 && (!a.places[s].dateline || f.seatTied()) {
			// "PANAMA CITY -- ... GUERRILLAS ATTACKED ... IN SAN
			// SALVADOR": a story told from abroad; the dateline only
			// where the story ties the deed to it
			k = s
		}
	}
	if d := a.datelineCity(); k != own && k >= 0 && d >= 0 && a.places[k].chosen != nil {
		// "GUATEMALA CITY -- THE GUATEMALAN GOVERNMENT CONDEMNED THE
		// MURDER OF SALVADORAN PRESIDENCY MINISTER ...": when the
		// incident's own sentences name no place, the place is where the
		// minister was killed, not where the reporter sits; and where the
		// story's country is already the minister's (the condemning state
		// is not counted: stateVoice), the town of the deed says more
		seat, pk := a.places[d].chosen.CountryCode, &a.places[k]
		if o := f.seatAbroad(d); o >= 0 && (pk.chosen.CountryCode == seat ||
			(pk.country || pk.demonym) && !a.places[o].country && !a.places[o].demonym && a.places[o].chosen != nil && a.places[o].chosen.CountryCode == pk.chosen.CountryCode) {
			k, homeStrike = o, false
		}
	}
	if homeStrike {
		// the striking state's capital is not where its forces struck: the
		// owner of the platform they hit ("an Iranian oil platform"), else
		// the other state whose targets they struck ("resuming attacks on
		// Iranian targets": a war between states is fought on the enemy's
		// ground), else the dateline's country (below)
		home, owner := a.places[k].chosen.CountryCode, -1
		for _, m := range f.current() {
			if owner = a.installationOwner(m); owner >= 0 {
				break
			}
		}
		for _, m := range f.current() {
			if owner >= 0 {
				break
			}
			owner = a.struckState(m, home)
		}
		if owner >= 0 {
			k = owner
		}
	}
	if o := f.installationStruck(); o >= 0 && (k < 0 || f.notTheScene(k, o)) {
		// "U.S. warships destroyed an Iranian oil platform in retaliation
		// for an Iranian attack on a ship off Kuwait": a platform or an
		// oil field does not move, so the attack was in its owner's
		// waters or land, not in the striker's country nor at the place
		// of the attack it answered
		k = o
	}
	if k < 0 {
		// "a man who lived in Quincy": a person's home, when nothing
		// else, not even the story's country, places the deed
		k = f.homeOnly()
	}
	if k < 0 {
		return
	}
	if c := a.places[k].in; a.places[k].chosen == nil && townSites[a.places[k].noun] && c >= 0 &&
		a.places[c].chosen != nil && a.places[c].chosen.Kind == gazetteer.Place && !compassAdjectives[a.lowerWord(a.places[c].t0-1)] {
		// "at the wholesale Jamila market in Baghdad": a market the
		// gazetteer lacks is a site of the town it is in, not a village;
		// not in a part of an area ("Dahyan market, in northern Saada",
		// a province's north)
		k = c
	}
	if q := a.quarterTown(k); q >= 0 {
		// "A second car bomb in the eastern Qahira neighborhood", after
		// "the western Baghdad neighborhood of Jihad": a quarter the
		// gazetteer lacks, that the text puts in no town, is one of the
		// town its paragraph last named
		k = q
	}
	m := &a.places[k]
	loc := &record.Location{}
	if m.dateline && m.chosen != nil && (unnamed || homeStrike) {
		// "ISLAMABAD - ... a remote village near the Afghan border": the
		// dateline's country, not its city
		if cf, ok := a.x.gaz.Country(m.chosen.CountryCode); ok {
			fillLocation(loc, cf, a.x.gaz)
			f.rec.Location = loc
			f.tokEvidence("location", m.t0, m.t1)
			return
		}
	}
	if m.chosen != nil {
		fillLocation(loc, m.chosen, a.x.gaz)
		if m.chosen.Kind != gazetteer.Country {
			loc.GeonamesName = m.chosen.Name
			loc.Place = a.placeText(m)
		} else if regionName(m) {
			loc.Place = a.placeText(m) // "in the Sinai Peninsula": Egypt, and where in it
		} else if t := m.t0 - 1; t > 0 && a.sentOf[t] == a.sentOf[m.t0] && compassAdjectives[a.lowerWord(t)] && !a.inTitle(int(a.toks[t].Start)) {
			// "struck PKK positions in northern Iraq": a deed (often a
			// strike abroad) that the text puts only in a part of a
			// country is placed there, the country's point standing for
			// it, as with a region's name
			loc.Place = a.src[a.toks[t].Start:a.toks[m.t1-1].End]
		}
		if a.offCoast(m) && loc.Precision == record.GeoPlace {
			// "15 miles off Sirri Island": at sea near the island, not on
			// it; its point stands for the waters around it, as a
			// district's does
			loc.Precision = record.GeoAdmin2
		}
	} else {
		// a village the gazetteer lacks: keep its name, take the finest
		// division the same sentences give
		loc.Place = a.placeText(m)
		if !m.water {
			loc.Precision = record.GeoPlace // a sea alone has no point to be precise about
		}
		c := f.container(k)
		if m.water {
			// a sea lies off a country, not inside the district of the
			// town it is off: the country of the place the incident's
			// sentences name ("off the coast of Yemen's Hodeidah"), not
			// of a point it is measured from ("in the Gulf east of Qatar"
			// of an Iranian platform), else the story's
			c = f.coastOf(k)
		}
		if c != nil {
			var outer record.Location
			fillLocation(&outer, c, a.x.gaz)
			loc.Admin1, loc.Admin2 = outer.Admin1, outer.Admin2
			loc.Country, loc.CountryCode = outer.Country, outer.CountryCode
			loc.Lat, loc.Lon = outer.Lat, outer.Lon
			loc.Precision = outer.Precision
			if c.Kind == gazetteer.Place {
				// the town's point stands for its district, not for
				// the village
				loc.Precision = record.GeoAdmin2
			}
			loc.GeonamesID, loc.Population = 0, 0
		}
	}
	f.rec.Location = loc
	if capital >= 0 {
		f.tokEvidence("location", capital, capital+1)
	}
	f.tokEvidence("location", m.t0, m.t1)
	if loc.CountryCode == "" {
		// a village in no division the text names: in the story's country
		if c := a.storyCountry(); c >= 0 && a.places[c].chosen != nil && !(m.water && (a.filedFrom(c, !f.seatTied()) || !a.namedNotByDemonym(c))) {
			p := a.places[c].chosen
			loc.CountryCode = p.CountryCode
			if cf, ok := a.x.gaz.Country(p.CountryCode); ok {
				loc.Country = cf.Name
			}
			f.tokEvidence("location", a.places[c].t0, a.places[c].t1)
		}
	}
}

// struckOver reports whether place p is what a deed struck ("launches
// drone and missile attack on Israel", "attacked Israel": struckObject)
// and place k, named before it, is not: a state that launches an attack
// is the doer, and the ground struck is the site.
func (a *article) struckOver(p, k int) bool {
	return a.struckCountry(p) && !a.struckObject(a.places[k].t0)
}

// struckCountry reports whether place p is a country named as what a deed
// struck, right after it: the object of a verb of attack ("attacked
// Israel") or of "on" or "against" after a noun of attack ("missile
// attack on Israel"). A country a deed happened off or near ("struck a
// freighter off Yemen") is not.
func (a *article) struckCountry(p int) bool {
	m := &a.places[p]
	if !m.country || m.demonym {
		return false
	}
	j := m.t0 - 1
	if j < 0 || a.clauseBreak(j) {
		return false
	}
	if w := a.lowerWord(j); w == "on" || w == "against" {
		j--
		return j >= 0 && !a.clauseBreak(j) && a.attackWordAt(j)
	}
	return a.attackWordAt(j)
}

// attackWordAt reports whether token j is a word of attack or ends one
// ("attacked", "missile attack").
func (a *article) attackWordAt(j int32) bool {
	return a.deedWord(j) || a.covered(j, lexicon.Trigger, "")
}

// homeOnly returns the first home of a person the incident's sentences
// name (homePlace: "a teacher who lived in Trujillo"), which places the
// incident when nothing else does; -1 when there is none, or when
// the story is about another country (storyCountry, which does not count
// a person's home) and names the home's country only as someone's home:
// "a citizen of Kyrgyzstan" is not where an attack told of the United
// States was.
func (f *filler) homeOnly() int {
	a := f.a
	for _, m := range f.current() {
		for _, h := range m.homes {
			c := a.places[h].chosen
			if c == nil {
				continue
			}
			if sc := a.storyCountry(); sc < 0 || a.places[sc].chosen.CountryCode == c.CountryCode || a.namedNotAsHome(c.CountryCode) {
				return h
			}
		}
	}
	return -1
}

// victimsHome returns the place, no country, that the incident's
// sentences name as the home of the people its casualty words count
// ([resident-noun] before "of": "killed four residents of Kauru",
// "residents of Gidan Kare were wounded"), or -1. People are struck
// where they live unless the story says otherwise, so when the
// incident's sentences put the deed at no place of their own, the
// victims' town is its place, not the dateline's.
func (f *filler) victimsHome() int {
	a := f.a
	for _, m := range f.current() {
		if len(m.stmts) == 0 {
			continue
		}
		for _, h := range m.homes {
			if p := &a.places[h]; p.prep == "of" && !p.country && !p.demonym && (p.chosen != nil || p.noun != "") && p.t0 >= 2 && residentNouns[a.lowerWord(p.t0-2)] {
				return h
			}
		}
	}
	return -1
}

// residentNouns name people by the place they live in ([resident-noun]).
var residentNouns = lexicon.Words().Set("resident-noun") // lexicon/words.txt

// namedNotAsHome reports whether the story names a place of country cc
// other than as a person's home or nationality: "signed three agreements
// in Trujillo" ... "the time he lived in Trujillo".
func (a *article) namedNotAsHome(cc string) bool {
	for i := range a.places {
		p := &a.places[i]
		if p.chosen != nil && p.chosen.CountryCode == cc && !p.demonym && !a.homePlace(p) && !(p.country && a.homeNounAfter(p.t1)) {
			return true
		}
	}
	return false
}

// vessels are the words of a ship ([vessel]); carrierCargoes make a
// carrier one ([carrier-cargo]).
var (
	vessels        = lexicon.Words().Set("vessel")        // lexicon/words.txt
	carrierCargoes = lexicon.Words().Set("carrier-cargo") // lexicon/words.txt
)

// shipHit reports whether the incident's sentences tell of a ship as
// what was attacked: with no land place named, that was at sea, not in
// the city the story was filed from ("LONDON - The gas carrier Nyhammer
// was attacked by an Iranian gunboat").
func (f *filler) shipHit() bool {
	a := f.a
	for _, m := range f.current() {
		for j := m.t0; j < m.t1; j++ {
			w := a.lowerWord(j)
			ship := vessels[w] || (w == "carrier" || w == "carriers") && j > m.t0 && carrierCargoes[a.lowerWord(j-1)] ||
				struckCraft[w] && a.flaggedBefore(j, m.t0)
			if ship && !a.speaksAfter(j+1) && !a.byAgent(j) && !a.shipStrikes(j) {
				return true
			}
		}
	}
	return false
}

// shipRegistries are the words that tell a craft's flag or registry, which
// only a ship has ([ship-registry]).
var shipRegistries = lexicon.Words().Set("ship-registry") // lexicon/words.txt

// flaggedBefore reports whether one of the three words before token j,
// not before t0, tells a flag or registry ("the U.S.-flagged Kuwaiti
// tanker", "a Liberian-registered tanker"): the craft is a ship, not a
// road tanker.
func (a *article) flaggedBefore(j, t0 int32) bool {
	for n := j - 1; n >= t0 && n >= j-3; n-- {
		w := a.lowerWord(n)
		if i := strings.LastIndexByte(w, '-'); i >= 0 {
			w = w[i+1:] // "U.S.-flagged" as one token
		}
		if shipRegistries[w] {
			return true
		}
	}
	return false
}

// shipStrikes reports whether token j is a vessel that is the subject of
// an active attack verb with an object: "Iraqi ships attacked Iranian oil
// platforms" tells of ships that struck, not of ships hit, and a ship is
// no armed agent (strikes). A headline's bare participle before a place
// is the passive ("SHIP ATTACKED IN GULF").
func (a *article) shipStrikes(j int32) bool {
	if !vessels[a.lowerWord(j)] {
		return false
	}
	end, _, ok := a.strikeAfter(j + 1)
	if !ok || end >= int32(a.sents[a.sentOf[j]].Last) || a.toks[end].Kind != text.Word {
		return false
	}
	w := a.lowerWord(end)
	return !eventPreps[w] && w != "by"
}

// toldBefore reports whether one of ms is in sentence si. The incident's
// mentions are not always in sentence order (a site's summary lines come
// after its own), so the check is no comparison with the last one; the
// list is short, and a scan allocates nothing where a set would.
func toldBefore(ms []*mention, si int32) bool {
	for _, m := range ms {
		if m.sent == si {
			return true
		}
	}
	return false
}

// homeForcesStrike reports whether the incident's sentences tell of the
// forces of state cc, the dateline's, striking: "BAGHDAD - Iraq said its
// warplanes hit a supertanker", "Iraqi planes raided the oil field",
// "WASHINGTON - U.S. warships attacked an oil platform", "Iraqi ships
// attacked Iranian oil platforms". A state's forces
// strike the enemy, not their own capital: the dateline is where the
// communiqué was read, and the country is all the text gives.
func (f *filler) homeForcesStrike(cc string) bool {
	a := f.a
	cur := f.current()
	for i, m := range cur {
		if toldBefore(cur[:i], m.sent) {
			continue
		}
		for _, c := range f.ownForces(m.sent) {
			if c.state == cc {
				return true
			}
		}
		lo, hi := a.placeRange(m.t0, m.t1)
		for k := lo; k < hi; k++ {
			p := &a.places[k]
			if !(p.demonym || p.country) || p.chosen == nil || p.chosen.CountryCode != cc {
				continue
			}
			for j := p.t1; j < m.t1 && j <= p.t1+2; j++ {
				if a.strikes(j) || a.shipStrikes(j) {
					return true
				}
			}
		}
	}
	return false
}

// installationStruck returns the demonym (index in a.places) of the state
// that owns a fixed work the incident's attack struck ("destroyed an
// Iranian oil platform": installationOwner, as struckObject), or -1; a
// work only named ("Iranian missile platforms blamed for the attack") was
// not struck. A work named in a cause
// phrase ("in retaliation for an attack on an Iraqi oil terminal") is
// another attack's target, and one in a mention that tells only such a
// cause ("Friday's attack on a ship, answered by the raid on an Iranian
// platform") belongs to the deed the cause explains.
func (f *filler) installationStruck() int {
	a := f.a
	for _, m := range f.current() {
		if o := a.installationOwner(m); o >= 0 && a.places[o].chosen != nil && a.struckObject(a.places[o].t0) &&
			!a.causeOfDeed(m, a.places[o].t0) && !a.causeTold(m, a.places[o].t0) {
			return o
		}
	}
	return -1
}

// notTheScene reports whether place mention k, chosen as the place of an
// incident that struck a work of another state (owner o), names no scene:
// the dateline, where the story was filed; a country that is the striker
// ("U.S. warships attacked an Iranian oil platform": a state's forces
// strike abroad); or a country inside the cause phrase of the incident's
// attack ("in retaliation for an attack on a ship moored off Kuwait").
func (f *filler) notTheScene(k, o int) bool {
	a := f.a
	p := &a.places[k]
	if p.water || p.chosen == nil || p.chosen.CountryCode == a.places[o].chosen.CountryCode {
		return false
	}
	if p.dateline || a.filedFrom(k, true) && !f.seatTied() {
		return true // "CARACAS - ... the U.S. military attack on an Iranian oil platform": where the story was filed, or its country
	}
	if !p.country {
		return false
	}
	if j := p.t1; forceNouns[a.lowerWord(j)] || serviceAdjectives[a.lowerWord(j)] && forceNouns[a.lowerWord(j+1)] {
		return true
	}
	for _, m := range f.current() {
		if p.t0 >= m.t0 && p.t0 < m.t1 && a.causeOfDeed(m, p.t0) {
			return true
		}
	}
	return false
}

// coastNamed returns the land place off or near which the incident's
// sentences put it, or -1: an attack at sea is placed by the island or
// coast town it names ("the Pivot was hit near Bu Musa island", "in the
// Red Sea off Hodeidah"), which says more than the sea.
func (f *filler) coastNamed() int {
	a := f.a
	for _, m := range f.current() {
		for _, k := range m.places {
			p := &a.places[k]
			if !p.water && !p.country && !p.demonym && !p.dateline && p.chosen != nil && (p.prep == "near" || p.prep == "off") {
				return k
			}
		}
	}
	return -1
}

// struckState returns the demonym (index in a.places) of a state other
// than home that mention m puts as the object of an attack ("attacks on
// Iranian targets", "bombed Iraqi positions": struckObject), or -1.
func (a *article) struckState(m *mention, home string) int {
	lo, hi := a.placeRange(m.t0, m.t1)
	for k := lo; k < hi; k++ {
		if p := &a.places[k]; p.demonym && p.chosen != nil && p.chosen.CountryCode != home && a.struckObject(p.t0) {
			return k
		}
	}
	return -1
}

// measuredFromTown returns the first town the incident's sentences
// measure its spot from (a mention's yardsticks), or -1.
func (f *filler) measuredFromTown() int {
	for _, m := range f.current() {
		if len(m.yardsticks) > 0 {
			return m.yardsticks[0]
		}
	}
	return -1
}

// unnamedSite reports whether the incident's sentences put it at a place
// they do not name: "in a remote village near the Afghan border", "at a
// checkpoint near the border", "in a town in the north". The reporter's
// dateline (ISLAMABAD) is then not where it happened; the country is all
// the text gives.
func (f *filler) unnamedSite() bool {
	a := f.a
	for _, m := range f.current() {
		if m.title {
			continue
		}
		for j := m.t0; j+1 < m.t1; j++ {
			if borderNouns[a.lowerWord(j)] {
				if a.lowerWord(j-1) == "the" || a.lowerWord(j-2) == "the" {
					return true // "near the (Afghan) border"
				}
				continue
			}
			if !eventPreps[a.lowerWord(j)] || (a.lowerWord(j+1) != "a" && a.lowerWord(j+1) != "an") {
				continue
			}
			for n := j + 2; n < m.t1 && n < j+5; n++ {
				if w := a.lowerWord(n); placeNouns[w] != "" && !spotNouns[w] {
					return true // "in a remote village", "in a district of"
				}
				if a.toks[n].Kind != text.Word {
					break
				}
			}
		}
	}
	return false
}

// seatWords put a deed at the place the story is filed from ("a bomb
// exploded here"), and seatNouns do after "this" ("in this northeastern
// city") ([seat-word], [seat-noun]).
var (
	seatWords = lexicon.Words().Set("seat-word") // lexicon/words.txt
	seatNouns = lexicon.Words().Set("seat-noun") // lexicon/words.txt
)

// seatTied is datelineTied for the story's dateline city; true when the
// story has none (nothing to be misplaced at).
func (f *filler) seatTied() bool {
	d := f.a.datelineCity()
	return d < 0 || f.datelineTied(d)
}

// datelineTied reports whether the story ties the incident's deed to
// dateline d, where the reporter sits: the incident's sentences put it at
// d, at a place inside d or at an area that holds d ("OSH, Kyrgyzstan -
// ... fires raged in southern Kyrgyzstan"), or "here", "in this city";
// or the sentence that brings the deed in names no place outside d's
// country, no sea and no party of another country (a demonym; one that
// only says whose a thing is, "the Israeli-occupied West Bank", is no
// party), so that nothing else could be the scene ("SARAGOSSA -
// Thousands of farmers battled police ..."). "TOKYO - Japan said ...
// after the missile attack on a U.S.-flagged tanker in Kuwaiti waters"
// ties the attack to no place in Japan: the dateline is not its scene;
// nor does "CAIRO - ... in the Sinai Peninsula", a region of the country
// (regionName), which the country's containing the seat does not make
// the seat's.
func (f *filler) datelineTied(d int) bool {
	a := f.a
	for _, m := range f.current() {
		for _, p := range m.places {
			if a.struckCountry(p) {
				continue // "Iran attacked Israel": the state struck as a side, no spot in it
			}
			if a.locative(p) && !regionName(&a.places[p]) && (a.samePlace(p, d) || a.contains(d, p) || a.contains(p, d)) {
				return true
			}
		}
		for j := m.t0; j < m.t1; j++ {
			if seatWords[a.lowerWord(j)] {
				return true // "a bomb went off here"
			}
			if a.lowerWord(j) != "this" {
				continue
			}
			for n := j + 1; n < m.t1 && n <= j+3 && a.toks[n].Kind == text.Word; n++ {
				if seatNouns[a.lowerWord(n)] {
					return true // "in this northeastern city"
				}
			}
		}
	}
	for _, m := range f.current() {
		for _, p := range m.places {
			if regionName(&a.places[p]) {
				// "CAIRO - ... attacked an army checkpoint in the Sinai
				// Peninsula": the text puts the deed in a region of the
				// dateline's country, not at the seat
				return false
			}
		}
	}
	m := f.in.opening()
	if m == nil {
		return true
	}
	cc := a.places[d].chosen.CountryCode
	lo, hi := a.placeRange(m.t0, m.t1)
	for i := lo; i < hi; i++ {
		if p := &a.places[i]; !p.dateline && a.word(p.t1) != "-" && (p.water || p.chosen != nil && p.chosen.CountryCode != cc) {
			return false
		}
	}
	return true
}

// locative reports whether place mention k is put as where something is
// (putsAt), not as the first part of a compound that names an owner or a
// doer ("on the U.S.-flagged tanker").
func (a *article) locative(k int) bool {
	return a.putsAt(&a.places[k]) && a.word(a.places[k].t1) != "-"
}

// filedFrom reports whether place mention k tells only where the story
// was filed: it is the dateline, or, with country, a place in the
// dateline's country (a story filed from Washington or Bahrain about an
// attack at sea names its own country most). Such a place does not
// place an attack told from afar.
func (a *article) filedFrom(k int, country bool) bool {
	if a.places[k].dateline {
		return true
	}
	if !country || a.places[k].chosen == nil {
		return false
	}
	for i := range a.places {
		if d := &a.places[i]; d.dateline && d.chosen != nil && d.chosen.CountryCode == a.places[k].chosen.CountryCode {
			return true
		}
	}
	return false
}

// sceneBesideSeat returns the one town of dateline d's country, other
// than d's city, at which the story puts violence: a place where an event
// can be (eventPlace) in a sentence with an attack word or a word of
// killing, wounding or kidnapping ("A CAR BOMB EXPLODED IN BARRANQUILLA",
// "MURDERED IN THE STREETS OF MEDELLIN"). An incident whose own
// sentences name no place happened there, not where the reporter files
// from. -1 when the story puts violence at d's city too, or at two such
// towns: then the seat may be the scene, or the text does not say which;
// and when the town is another incident's of the same day: that one is
// the deed told there ("a day after an Israeli drone strike killed two
// fighters in southern Lebanon" ... "an Israeli drone struck a car near
// the town of Bint Jbeil"), this one a summary the segmenting kept apart.
func (f *filler) sceneBesideSeat(d int) int {
	return f.sceneIn(f.a.places[d].chosen.CountryCode, d)
}

// sceneIn is sceneBesideSeat for country cc and seat d, or no seat (-1):
// "TEGUCIGALPA -- ... THE MURDER OF THE SALVADORAN MINISTER ..." placed
// only in El Salvador is at the one Salvadoran town the story puts
// violence at.
func (f *filler) sceneIn(cc string, d int) int {
	a := f.a
	at := -1
	for p := range a.places {
		pm := &a.places[p]
		if p == d || pm.demonym || pm.country || pm.chosen == nil || pm.chosen.CountryCode != cc || !a.violentSentence(a.sentOf[pm.t0]) || !a.eventPlace(p, false) {
			continue
		}
		switch {
		case d >= 0 && (a.samePlace(p, d) || a.contains(d, p) || a.contains(p, d)):
			return -1 // "bombs went off in Bogota": violence at the seat too
		case at >= 0 && !a.samePlace(at, p) && !a.contains(at, p):
			return -1
		case at < 0:
			at = p
		}
	}
	if at >= 0 {
		for _, o := range f.st.incs {
			if o != f.in && o.place >= 0 && (a.samePlace(o.place, at) || a.contains(at, o.place)) && a.sameDay(o.date, f.in.day(f.st.d0)) {
				return -1
			}
		}
		at = a.spotIn(at)
	}
	return at
}

// spotIn returns the place the gazetteer lacks that the sentence of place
// mention k puts inside it ("occurred in Gambella's Gog and Jor areas",
// "in Kaboro village of Dansadau"), which says better where; else k.
func (a *article) spotIn(k int) int {
	si := a.sentOf[a.places[k].t0]
	for q := max(k-3, 0); q < len(a.places) && a.sentOf[a.places[q].t0] <= si; q++ {
		if p := &a.places[q]; p.in == k && p.chosen == nil && a.sentOf[p.t0] == si {
			return q
		}
	}
	return k
}

// homeOrgans are a state's own bodies and officers, which act and are
// struck at home ([home-organ]).
var homeOrgans = lexicon.Words().Set("home-organ") // lexicon/words.txt

// seatAbroad returns, for an incident the text places nowhere but at
// dateline d, the place of the country whose own government, army or
// minister the sentence that brings it in tells of, when that is not
// d's country (later sentences drift to the reactions: "the Peruvian
// government granted them asylum"): a reaction filed from a foreign
// capital ("MADRID -- THE SALVADORAN GOVERNMENT SEEMS READY TO
// INVESTIGATE THE MURDER OF ...") is about a deed in that other country. The place is one of violence the story
// names in that country (a town after "in" in a sentence with an attack
// word: "THE MURDER WAS CARRIED OUT ... IN SAN SALVADOR"), else the
// country's own mention. -1 when the sentence names no such body, or
// bodies of two such countries, or when the story tells of violence at a
// place of d's country too: then the seat may be the scene.
func (f *filler) seatAbroad(d int) int {
	a := f.a
	seat := a.places[d].chosen.CountryCode
	m := f.in.opening()
	if m == nil {
		return -1
	}
	o := -1
	s := a.sents[a.sentOf[m.t0]]
	lo, hi := a.placeRange(int32(s.First), int32(s.Last))
	for p := lo; p < hi; p++ {
		pm := &a.places[p]
		if !pm.demonym || pm.chosen == nil || pm.chosen.CountryCode == seat || !a.homeOrganAfter(pm.t1) || a.againstBefore(pm.t0) {
			continue
		}
		if o >= 0 && a.places[o].chosen.CountryCode != pm.chosen.CountryCode {
			return -1
		}
		if o < 0 {
			o = p
		}
	}
	if o < 0 {
		return -1
	}
	cc, at := a.places[o].chosen.CountryCode, -1
	for p := range a.places {
		pm := &a.places[p]
		if pm.demonym || pm.dateline || pm.chosen == nil || !eventPreps[pm.prep] || !a.violentSentence(a.sentOf[pm.t0]) {
			continue
		}
		switch pm.chosen.CountryCode {
		case seat:
			return -1 // "stones thrown at the Peruvian embassy in Panama City": violence at the seat too
		case cc:
			if at < 0 && !pm.country {
				at = p
			}
		}
	}
	if at >= 0 {
		return at
	}
	return o
}

// homeOrganAfter reports whether a [home-organ] noun stands at token t or
// one or two words on ("SALVADORAN PRESIDENCY MINISTER", "the Salvadoran
// armed forces").
func (a *article) homeOrganAfter(t int32) bool {
	for j := t; j < t+3 && int(j) < len(a.toks) && a.sentOf[j] == a.sentOf[t-1]; j++ {
		if homeOrgans[a.lowerWord(j)] || homeOrgans[a.lowerWord(j)+" "+a.lowerWord(j+1)] {
			return true
		}
	}
	return false
}

// againstBefore reports whether "against" (and "the") stands right before
// token t: "slogans against the Peruvian government" names whom a protest
// is aimed at, which need not be where anything happened.
func (a *article) againstBefore(t int32) bool {
	j := t - 1
	if a.lowerWord(j) == "the" {
		j--
	}
	return j >= 0 && a.sentOf[j] == a.sentOf[t] && a.lowerWord(j) == "against"
}

// violentSentence reports whether sentence si holds an attack word or a
// word of killing, wounding or kidnapping ("THE MURDER WAS CARRIED OUT").
func (a *article) violentSentence(si int32) bool {
	s := a.sents[si]
	for j := int32(s.First); j < int32(s.Last); j++ {
		for _, c := range [...]lexicon.Category{lexicon.Trigger, lexicon.Kill, lexicon.Injure, lexicon.Kidnap} {
			if _, ok := a.termAt(j, c); ok {
				return true
			}
		}
	}
	return false
}

// capital finds "the capital" or "the Iraqi capital" in the incident's
// sentences and returns the article's mention of that capital (the
// capital of the country the demonym or the story names, by capitalOf's
// rule) and the token of "capital"; -1, -1 when there is none.
func (f *filler) capital() (int, int32) {
	a := f.a
	for _, m := range f.current() {
		for j := m.t0 + 1; j < m.t1; j++ {
			if !a.capitalNounAt(j) {
				continue
			}
			cc := ""
			d := j - 1
			if k := a.placeAt(d); k >= 0 && (a.places[k].demonym || a.places[k].country) && a.places[k].chosen != nil {
				cc, d = a.places[k].chosen.CountryCode, a.places[k].t0-1 // "the Iraqi capital"
			} else if c := a.storyCountry(); c >= 0 {
				cc = a.places[c].chosen.CountryCode
			}
			if a.lowerWord(d) != "the" || cc == "" {
				continue // "a capital offence", "capital punishment"
			}
			if c, ok := a.capitalOf(cc); ok {
				if k := a.mentionOf(c); k >= 0 {
					return k, j
				}
			}
		}
	}
	return -1, -1
}

// capitalSaid returns the token of "capital" where the incident's
// sentences put something in, at or outside "the capital" ("Roosevelt
// Hospital in the capital", "ambushed outside the capital"), or -1. Not
// "the capital of" another country, nor a demonym's capital, which is a
// place mention of its own.
func (f *filler) capitalSaid() int32 {
	a := f.a
	for _, m := range f.current() {
		for j := m.t0 + 2; j < m.t1; j++ {
			if !a.capitalNounAt(j) || a.lowerWord(j-1) != "the" || !locPreps[a.lowerWord(j-2)] || a.lowerWord(j+1) == "of" {
				continue // not "in the capital": "the Capital Region", "the capital of"
			}
			if a.measuredFrom(j-1, a.lowerWord(j-2)) {
				continue // "140 kilometres from the capital" says where the scene lies, as capitalsByCountry reads it
			}
			return j
		}
	}
	return -1
}

// mentionOf returns the first place mention resolved to feature c, or -1.
func (a *article) mentionOf(c *gazetteer.Feature) int {
	for q := range a.places {
		if a.places[q].chosen == c {
			return q
		}
	}
	return -1
}

// siteNearby finds, for an incident placed in a town, the smaller place
// near it (within 50 km, in the same province) at which a later sentence
// of the incident puts the device or the attack: a story names the
// nearest town first and the site after ("an explosion inside an army
// base in Londonderry ... The device at Magilligan"), or, in a story of
// one incident, the village the gazetteer lacks by that town or in its
// division where a sentence opening with the attack's definite noun puts
// it (villageOf, theAttackPlaced); -1 when there is none.
func (f *filler) siteNearby(k int) int {
	a := f.a
	if k < 0 || a.places[k].chosen == nil || a.places[k].chosen.Kind != gazetteer.Place || !a.places[k].chosen.HasCoord {
		return -1
	}
	town := a.places[k].chosen
	for _, m := range f.current() {
		for _, p := range m.places {
			c := a.places[p].chosen
			if a.places[p].prep != "at" || c == nil || c == town || c.Kind != gazetteer.Place || !c.HasCoord ||
				a.places[p].t0 < a.places[k].t0 || c.CountryCode != town.CountryCode || c.Admin1() != town.Admin1() ||
				c.Population() >= town.Population() || gazetteer.DistanceKm(town.Lat, town.Lon, c.Lat, c.Lon) > 50 {
				continue
			}
			return p
		}
	}
	if len(f.st.incs) != 1 {
		return -1
	}
	for p := k + 1; p < len(a.places); p++ {
		// "near the southern city of Zinjibar" ... "The clash erupted at
		// Dofes, a village south of Zinjibar": a sentence that opens
		// with the attack's definite noun puts the attack itself in the
		// village by the town
		if m := &a.places[p]; locPreps[m.prep] && a.villageOf(p, k) && a.theAttackPlaced(m) && !a.quoted(m.t0) {
			return p
		}
	}
	return -1
}

// villageOf reports whether place mention p is a village the gazetteer
// lacks that the text puts by town k or in a division that holds it:
// its apposition names the town or the division ("at Dofes, a village
// south of Zinjibar"; "in Ibleen, a village in southern Idlib province"
// of a story on Idlib). The village is the finer place of a story that
// named the town first; its output keeps the town's or the division's
// point (location).
func (a *article) villageOf(p, k int) bool {
	m := &a.places[p]
	if m.chosen != nil || m.water || placeNouns[m.noun] != record.GeoPlace || m.in < 0 {
		return false
	}
	return a.places[m.in].chosen == a.places[k].chosen || a.contains(m.in, k)
}

// suburbOf returns the one town near the top of the story that the text
// calls a suburb of town k, the incident's place ("in Wattala, a suburb of
// the capital Colombo", "the northeastern Paris suburb of Montfermeil"):
// news names a suburb by the city it lies by, so a headline's or lead's
// city stands for the suburb the body names. -1 when there is none, or two.
func (f *filler) suburbOf(k int) int {
	a := f.a
	if k < 0 || a.places[k].chosen == nil || a.places[k].chosen.Kind != gazetteer.Place {
		return -1
	}
	city := a.places[k].chosen
	found := -1
	for p := range a.places {
		m := &a.places[p]
		c := m.chosen
		if c == nil || c == city || c.Kind != gazetteer.Place || c.CountryCode != city.CountryCode ||
			m.dateline || a.inTitle(int(a.toks[m.t0].Start)) {
			continue
		}
		si := a.sentOf[m.t0]
		if a.sents[si].Para > a.lead+2 {
			break // the top of a story tells the event, the rest its background
		}
		if !a.putsAt(m) || a.quoted(m.t0) || f.otherDay(si) || !a.namedSuburbOf(p, city) {
			continue
		}
		if found >= 0 && !a.samePlace(found, p) {
			return -1 // two suburbs: which one is not said
		}
		if found < 0 {
			found = p
		}
	}
	return found
}

// namedSuburbOf reports whether the words around place p call it a suburb
// of city: an apposition after it ("Wattala, a suburb of the capital
// Colombo", "Gwinnett County, a northeast suburb of Atlanta") or the city
// before the noun of which p is ("the London suburb of Greenwich").
func (a *article) namedSuburbOf(p int, city *gazetteer.Feature) bool {
	m := &a.places[p]
	si := a.sentOf[m.t0]
	is := func(q int) bool { return a.places[q].chosen == city && a.sentOf[a.places[q].t0] == si }
	if t := m.t1; a.word(t) == "," {
		t++
		for w := a.lowerWord(t); w == "a" || w == "the" || compass[w] || compassAdjectives[w]; w = a.lowerWord(t) {
			t++
		}
		if suburbNouns[a.lowerWord(t)] && a.lowerWord(t+1) == "of" {
			lo, hi := a.placeRange(t+2, t+5)
			for q := lo; q < hi; q++ {
				if is(q) {
					return true
				}
			}
		}
	}
	if a.lowerWord(m.t0-1) == "of" && suburbNouns[a.lowerWord(m.t0-2)] {
		q := a.placeAt(m.t0 - 3)
		return q >= 0 && is(q)
	}
	return false
}

// cityPartPlace returns the mention that places an incident put at
// mention k of "the <X> district of <Y>" (cityParts): Y when the gazetteer
// has it, else X; -1 when k is neither or already the site. "The
// Mejicanos district of San Salvador" names the bigger city after the
// noun: Mejicanos is the part, and cityParts reads no part in it.
func (a *article) cityPartPlace(k int) int {
	if k < 0 {
		return -1
	}
	if m := &a.places[k]; m.partOf && m.chosen == nil {
		return k - 1 // "the Lima district of San Juan de Lurigancho": Lima
	}
	if k+1 < len(a.places) && a.places[k+1].partOf && a.places[k+1].chosen != nil {
		return k + 1
	}
	return -1
}

// quarterTown returns, for place mention k that names a quarter of a
// town the gazetteer lacks ([city-part-noun]: "the eastern Qahira
// neighborhood", "the Zafaraniyah district in the south of the city") and
// that the text puts in no known place, the town the quarter's paragraph
// named last before it; -1 when k is no such quarter, or when the nearest
// known place before it is no town (a province, a country: a district of
// a province is no town's quarter). A round-up of a city's sites names the
// city once ("in the western Baghdad neighborhood of Jihad") and the
// other quarters by their own names only. A paragraph that names no
// known place before the quarter goes on from the lead (leadTown).
func (a *article) quarterTown(k int) int {
	if k < 0 || a.places[k].chosen != nil || a.places[k].in >= 0 || !cityPartNouns[a.places[k].noun] {
		return -1
	}
	para := a.sents[a.sentOf[a.places[k].t0]].Para
	for q := k - 1; q >= 0; q-- {
		m := &a.places[q]
		if a.sents[a.sentOf[m.t0]].Para != para || m.dateline || a.inTitle(int(a.toks[m.t0].Start)) {
			break
		}
		if m.chosen == nil {
			continue
		}
		if m.country || m.chosen.Kind != gazetteer.Place {
			return -1
		}
		return q
	}
	if para != a.lead+1 {
		return -1
	}
	return a.leadTown()
}

// leadTown returns the one town the lead paragraph names, outside the
// dateline ("stormed a private school in Kumba, in Cameroon's
// English-speaking South West region"), or -1 when it names none or two.
// The paragraph after the lead tells the deed the lead placed: "arrived
// at the academy in the Fiango neighbourhood", "A second blast struck
// Medina district two hours later" are quarters of that town.
func (a *article) leadTown() int {
	town := -1
	for q := range a.places {
		m := &a.places[q]
		if a.sents[a.sentOf[m.t0]].Para != a.lead || m.dateline || m.country || m.demonym || m.chosen == nil || m.chosen.Kind != gazetteer.Place {
			continue
		}
		if town >= 0 && !a.samePlace(town, q) {
			return -1
		}
		if town < 0 {
			town = q
		}
	}
	return town
}

// townSites are place nouns of sites that lie inside a town ("the
// Jamila market in Baghdad", "Market Square in Nottingham").
var townSites = lexicon.Words().Set("town-site-noun") // lexicon/words.txt

// suburbNouns name a town that lies by a city ("a suburb of Atlanta").
var suburbNouns = lexicon.Words().Set("suburb-noun") // lexicon/words.txt

// spotInArea finds where an incident happened when its own sentences
// place it only broadly (k is a country, a division, a region the
// gazetteer lacks, or -1): the one town or district inside that area at
// which the story's other sentences put something ("Two cyclists were
// hit by a car in Danghara", "The drama at Sipadan Island unfolded at 8
// pm"). Only in a story of one incident, only from sentences that tell
// of no violence of their own (those are the incident's, or another
// event, or background; but a town inside a division the incident
// names may come from the lead or the paragraph after it), near the top
// of the story and outside quotations, and only when it names no second
// such spot; -1 otherwise.
func (f *filler) spotInArea(k int) int {
	a := f.a
	if len(f.st.incs) != 1 && !f.aloneInArea(k) {
		return -1
	}
	cc := ""
	switch {
	case k < 0:
		if sc := a.storyCountry(); sc >= 0 {
			cc = a.places[sc].chosen.CountryCode
		}
	case a.places[k].chosen == nil:
		if placeNouns[a.places[k].noun] != record.GeoAdmin1 {
			return -1 // a village the gazetteer lacks is a spot
		}
		// "in Russia's tumultuous North Caucasus region": a region the
		// gazetteer lacks is an area of the story's country, which a
		// town the story puts the deed in places more finely
		sc := a.storyCountry()
		if sc < 0 {
			return -1
		}
		cc, k = a.places[sc].chosen.CountryCode, -1
	case a.places[k].chosen.Kind == gazetteer.Place:
		return -1 // placed already: "in Kabul", "near Mosul"
	}
	// "shot dead in the Mexican state of Veracruz" ... "killed in the
	// Acayucan municipality": a division the incident's sentences name
	// is narrowed by a town in it that the lead or the paragraph after it
	// puts violence at, which tells the same deed more closely, not
	// another (a country is too broad to say so: its capital's news
	// conference is no scene). Past the switch a mention k has a chosen
	// feature.
	division := k >= 0 && (a.places[k].chosen.Kind == gazetteer.Admin1 || a.places[k].chosen.Kind == gazetteer.Admin2)
	found := -1
	for p := range a.places {
		m := &a.places[p]
		c := m.chosen
		if c == nil && m.in >= 0 && a.places[m.in].chosen != nil {
			if a.sentOf[a.places[m.in].t0] == a.sentOf[m.t0] && a.places[m.in].t0 < m.t0 {
				continue // "in Zamfara's Kadisau and Tungar Kwana areas": the owner stands for them (spotIn)
			}
			c = a.places[m.in].chosen // "at Los Llanitos, Intibuca department": a village the gazetteer lacks, in the division the text names
		} else if c != nil && c.Kind != gazetteer.Place && c.Kind != gazetteer.Admin2 && a.spotIn(p) == p {
			continue
		}
		if c == nil || m.country || m.demonym || m.dateline || a.inTitle(int(a.toks[m.t0].Start)) || p == k {
			continue
		}
		if k >= 0 && !a.contains(k, p) || k < 0 && c.CountryCode != cc {
			continue
		}
		si := a.sentOf[m.t0]
		if a.sents[si].Para > a.lead+2 {
			break // the top of a story tells the event, the rest its background
		}
		if !a.putsAt(m) || a.homePlace(m) || a.quoted(m.t0) || a.yardstick(p) {
			continue // "(against the city of Basra)," Aziz said; "20 kilometres north of the city of Saada"
		}
		if a.carriedTo(m) || a.careSite(m) || a.officeApposed(m) {
			continue // where the hurt were treated, where an official serves
		}
		// a sentence of other violence, or of another day, is background,
		// unless it opens with the attack's definite noun
		if !a.theAttackPlaced(m) {
			otherDeed := a.violenceBetween(int32(a.sents[si].First), int32(a.sents[si].Last)) && !f.isMention(si) && !(division && a.sents[si].Para <= a.lead+1)
			if otherDeed || f.otherDay(si) {
				continue // "battles near Basra after an offensive launched on January 9"
			}
		}
		if found >= 0 && !a.samePlace(found, p) {
			return -1 // two spots: which one is not said
		}
		if found < 0 {
			found = p
		}
	}
	if found >= 0 {
		found = a.spotIn(found)
	}
	return found
}

// aloneInArea reports whether the incident's area, place mention k a
// division, holds no other incident of the story: each other incident
// is placed, and outside it ("That missile killed one Yemeni resident of
// Jizan", in Saudi Arabia, beside a strike in Yemen's Saada province).
// A spot the story puts inside the area can then be no other
// incident's, and spotInArea may read it though the story tells more
// than one.
func (f *filler) aloneInArea(k int) bool {
	a := f.a
	if k < 0 || a.places[k].chosen == nil || a.places[k].country {
		return false
	}
	for _, o := range f.st.incs {
		if o == f.in {
			continue
		}
		if o.place < 0 || a.samePlace(o.place, k) || a.contains(k, o.place) || a.contains(o.place, k) {
			return false
		}
	}
	return true
}

// theAttackPlaced reports whether place mention m is the first place of
// a sentence that opens with "the" and a noun of attack, within a few
// words of it: "The attack took place in two locations in the Beni
// region ...", "The raid, in the town of Mandera, mirrored one ...". The
// definite noun points back at the event the story tells (as in
// placesTheAttack, which reads the same opening of a mention), so the
// place is its own, whatever other deed or day the rest of the sentence
// adds and though the sentence was left as background for them.
func (a *article) theAttackPlaced(m *placeMention) bool {
	si := a.sentOf[m.t0]
	j := int32(a.sents[si].First)
	if a.lowerWord(j) != "the" {
		return false
	}
	tm, ok := a.termAt(j+1, lexicon.Trigger)
	if !ok || m.t0 < tm.t1 || m.t0 > tm.t1+8 {
		return false
	}
	lo, _ := a.placeRange(tm.t1, m.t0)
	return a.placeAt(m.t1-1) == lo // no place before it
}

// putsAt reports whether the words before a place mention put something
// at it: a locative preposition ("in Danghara", "at Sipadan Island", "in
// the Beni region") or a place noun ("the province of Sar-e-Pul").
func (a *article) putsAt(m *placeMention) bool {
	switch m.prep {
	case "of":
		return a.afterPlaceNoun(m) || a.siteOfPlaced(m)
	case "from", "to", "toward", "towards":
		return false
	case "the":
		// "in the Beni region": the name and its noun take the article,
		// and the preposition stands before it
		return m.noun != "" && m.t0 >= 2 && a.sentOf[m.t0-2] == a.sentOf[m.t0] && locPreps[a.lowerWord(m.t0-2)]
	}
	return locPreps[m.prep]
}

// siteOfPlaced reports whether place mention m, after "of", names the
// town of a site a locative preposition puts something at: "in the busy
// market of Dahyan", "at the central market of Butembo", "in the port
// of Hodeidah". The site lies in the town, so what happened at the site
// happened there. The site's noun ([facility-noun]) stands before "of",
// with an article and words that only describe it ([site-modifier])
// between it and the preposition.
func (a *article) siteOfPlaced(m *placeMention) bool {
	if m.t0 < 4 || !facilityNouns[a.lowerWord(m.t0-2)] {
		return false
	}
	si := a.sentOf[m.t0]
	for j := m.t0 - 3; j >= 0 && j >= m.t0-6 && a.sentOf[j] == si; j-- {
		w := a.lowerWord(j)
		switch w {
		case "of", "from", "to", "toward", "towards":
			return false // "the road to the market of", not at it
		}
		if locPreps[w] {
			return j < m.t0-3 // an article or a modifier between
		}
		if !siteModifiers[w] {
			return false
		}
	}
	return false
}

// quoted reports whether token t stands inside quotation marks opened in
// its paragraph: what a speaker says is not where the story puts things.
func (a *article) quoted(t int32) bool {
	si := a.sentOf[t]
	for si > 0 && a.sents[si-1].Para == a.sents[si].Para {
		si--
	}
	in := false
	for j := int32(a.sents[si].First); j < t; j++ {
		switch a.word(j) {
		case `"`:
			in = !in
		case "“":
			in = true
		case "”":
			in = false
		}
	}
	return in
}

// otherDay reports whether sentence si dates something to a day other
// than the incident's: it tells of another time.
func (f *filler) otherDay(si int32) bool {
	a := f.a
	b0, b1 := a.sentBytes(si)
	lo, hi := a.dateRange(b0, b1)
	for j := lo; j < hi; j++ {
		if !a.sameDay(f.in.day(f.st.d0), j) {
			return true
		}
	}
	return false
}

// placeAt returns the place mention that ends at token j, or -1.
func (a *article) placeAt(j int32) int {
	lo, hi := a.placeRange(max(0, j-5), j+1)
	for k := lo; k < hi; k++ {
		if a.places[k].t1 == j+1 {
			return k
		}
	}
	return -1
}

// placeText returns the place's name as the text writes it, with
// capitals restored when the text is in capitals or lower case ("KARACHI",
// "santo tomas" give Karachi, Santo Tomas); a capital named by its
// country has the gazetteer's name.
func (a *article) placeText(m *placeMention) string {
	if m.capital && m.chosen != nil {
		return m.chosen.Name // "the Afghan capital" is Kabul
	}
	name := a.src[a.toks[m.t0].Start:a.toks[m.t1-1].End]
	allCaps := true
	for t := m.t0; t < m.t1; t++ {
		if a.toks[t].Kind == text.Word && !a.toks[t].Has(text.AllCaps) && len(a.word(t)) > 1 {
			allCaps = false
		}
	}
	if !allCaps && a.cs == text.Mixed {
		return name
	}
	return titleCase(name)
}

// titleCase capitalises the first letter of each word and lower-cases
// the rest (ASCII letters; other letters are left as they are).
func titleCase(s string) string {
	b := []byte(s)
	start := true
	for i, c := range b {
		isLetter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		switch {
		case isLetter && start && c >= 'a':
			b[i] = c - 'a' + 'A'
		case isLetter && !start && c <= 'Z':
			b[i] = c + 'a' - 'A'
		}
		start = !isLetter && c < 0x80 && c != '\''
	}
	return string(b)
}

// coastOf returns the country a sea mention k lies off: that of a
// platform the incident's sentences name by its demonym, else of the
// nearest place the incident's sentences name, a point a distance or a
// direction is measured from left out, else the country the story names
// most (not a dateline's: DUBAI over a tanker hit in the Gulf; nor one
// named only by demonyms: NICOSIA over Iraqi jets hitting a Greek
// tanker); nil when there is none. When the story does not tie the deed
// to its dateline (datelineTied), neither the dateline's country nor a
// demonym is a coast: "TEHRAN - Iran said its gunboats hit a ship in the
// Gulf" names the striker, not off whose shore.
func (f *filler) coastOf(k int) *gazetteer.Feature {
	a := f.a
	for _, m := range f.current() {
		if d := a.installationOwner(m); d >= 0 {
			c, _ := a.x.gaz.Country(a.places[d].chosen.CountryCode)
			return c // "an Iranian oil platform in the Gulf" lies off Iran (fill_war.go)
		}
	}
	for _, m := range f.current() {
		lo, hi := a.placeRange(m.t0, m.t1)
		for d := lo; d < hi; d++ {
			if p := &a.places[d]; p.demonym && p.chosen != nil && a.lowerWord(p.t1) == "coast" {
				c, _ := a.x.gaz.Country(p.chosen.CountryCode)
				return c // "in the Gulf off the Iranian coast"
			}
		}
	}
	best, bestDist := -1, int32(1<<30)
	away := !f.seatTied() // the dateline's country is where the reporter sits, not a coast
	for _, m := range f.in.ms {
		for _, p := range m.places {
			pm := &a.places[p]
			if p == k || pm.chosen == nil || pm.t0 >= 2 && a.lowerWord(pm.t0-1) == "of" && compass[a.lowerWord(pm.t0-2)] || away && (pm.demonym || a.filedFrom(p, true)) {
				continue
			}
			if d := max(pm.t0-a.places[k].t0, a.places[k].t0-pm.t0); d < bestDist {
				best, bestDist = p, d
			}
		}
	}
	if best < 0 {
		if sc := a.storyCountry(); sc >= 0 && !a.filedFrom(sc, away) && a.namedNotByDemonym(sc) {
			best = sc
		}
	}
	if best < 0 {
		return nil
	}
	c, _ := a.x.gaz.Country(a.places[best].chosen.CountryCode)
	return c
}

// provinceOfSeat returns, for place mention c, "in" a town that names
// the first-level division it lies in ("in Herat", "in Kandahar", "in
// Kaduna"), that division, or nil. A village put "in Herat" lies in the
// province: the capital's point and district would place it wrongly.
func (a *article) provinceOfSeat(c int) *gazetteer.Feature {
	m := &a.places[c]
	if m.chosen.Kind != gazetteer.Place || m.prep != "in" || m.noun != "" || a.afterPlaceNoun(m) {
		return nil // "the town of Herat", "Herat city", "south of Kirkuk": the town
	}
	d, ok := a.x.gaz.Admin1(m.chosen.CountryCode, a.src[a.toks[m.t0].Start:a.toks[m.t1-1].End])
	if !ok || d.Admin1() != m.chosen.Admin1() {
		return nil
	}
	return d
}

// namedNotByDemonym reports whether the story names the country of place
// mention k by its name or by a place in it, not only by demonyms: "Iraqi
// jets attacked a Greek-owned tanker in the Gulf" says whose the jets and
// the ship are, not off which coast the ship was.
func (a *article) namedNotByDemonym(k int) bool {
	cc := a.places[k].chosen.CountryCode
	for i := range a.places {
		if p := &a.places[i]; !p.demonym && p.chosen != nil && p.chosen.CountryCode == cc {
			return true
		}
	}
	return false
}

// qualifierAbroad reports whether country mention p, by name or demonym,
// only qualifies a noun ("The U.S. State Department", "a makeshift
// Chinese post") and names another country than the one the story names
// most (storyCountry). A possessive ("Iran's offshore Nowruz oilfield")
// or a place preposition ("in Iran") puts ground in that country.
func (a *article) qualifierAbroad(p int) bool {
	m, sc := &a.places[p], a.storyCountry()
	return sc >= 0 && a.places[sc].chosen.CountryCode != m.chosen.CountryCode && !a.possessiveAt(m.t1) && !locPreps[m.prep]
}

// container finds the resolved division or town that holds an unknown
// place mention, for its admin names and country: the one the text puts
// it in ("Akuzo and Usu villages of Kiyawa District in Birnin Magaji"),
// the country a demonym gives its place noun ("the Iranian town of
// Dezful"), else the closest in the incident's sentences.
func (f *filler) container(k int) *gazetteer.Feature {
	a := f.a
	if c := a.places[k].in; c >= 0 && a.places[c].chosen != nil {
		if d, _ := a.containerArea(k, c); d != nil {
			return d // "San Antonio, in the department of Chalatenango": the department, not its seat
		}
		if d := a.provinceOfSeat(c); d != nil {
			return d // "Sang Atesh, a village in Herat": the province, not its capital
		}
		return a.places[c].chosen
	}
	if m := &a.places[k]; m.t0 >= 3 && a.lowerWord(m.t0-1) == "of" && placeNouns[a.lowerWord(m.t0-2)] != "" {
		// "the Iranian town of Dezful": the demonym says whose town
		if d := a.placeAt(m.t0 - 3); d >= 0 && a.places[d].demonym && a.places[d].chosen != nil {
			if cf, ok := a.x.gaz.Country(a.places[d].chosen.CountryCode); ok {
				return cf
			}
		}
	}
	// the closest division or town; a country only when the incident's
	// sentences name nothing finer ("two villages in Ituri province in
	// eastern Democratic Republic of Congo ... The attacks were in Boga":
	// Ituri holds Boga, the country holds Ituri). A country other than
	// the one the story names most, named only to qualify a noun, holds
	// none of its villages: "seized ... in Ganthier" ... "The U.S. State
	// Department confirmed the abduction" names the state that speaks,
	// not the village's (qualifierAbroad); the story's own country
	// stands for it below
	var best, country *gazetteer.Feature
	bestDist, countryDist := int32(1<<30), int32(1<<30)
	for _, m := range f.in.ms {
		for _, ps := range [2][]int{m.places, m.offices} { // no joined copy per mention
			for _, p := range ps {
				c := a.places[p].chosen
				if p == k || c == nil || a.acrossBorder(p) || c.Kind == gazetteer.Country && a.qualifierAbroad(p) {
					continue
				}
				d := a.places[p].t0 - a.places[k].t0
				if d < 0 {
					d = -d
				}
				if c.Kind == gazetteer.Country {
					if d < countryDist {
						country, countryDist = c, d
					}
				} else if d < bestDist {
					best, bestDist = c, d
				}
			}
		}
	}
	if best != nil && (country == nil || country.CountryCode == best.CountryCode || bestDist < countryDist) {
		return best
	}
	return country
}

// acrossBorder reports whether place mention p is the country a border is
// shared with ("near the border with Mali"): the other side of the line,
// so not the country of what lies near it (container).
func (a *article) acrossBorder(p int) bool {
	t := a.places[p].t0
	return t >= 2 && a.lowerWord(t-1) == "with" && borderNouns[a.lowerWord(t-2)]
}

// datelineCity returns the dateline's place the gazetteer knows, -1
// none: the second of two ("BOGOTA ... -- PEREIRA --", markLocalDateline),
// where the story was filed, else the first, never the country that
// follows a city ("KARACHI, Pakistan").
func (a *article) datelineCity() int {
	k := -1
	for i := range a.places {
		if d := &a.places[i]; d.dateline && d.chosen != nil && (k < 0 || !d.country && !a.places[k].country) {
			k = i
		}
	}
	return k
}

// storyCountry returns the mention of the country the story names most, or
// -1. The places are resolved before any rule asks and do not change
// after, so it is worked out once per article.
func (a *article) storyCountry() int {
	if !a.storyKnown {
		a.story, a.storyKnown = a.countStoryCountry(), true
	}
	return a.story
}

// countStoryCountry is storyCountry worked out: two maps over every
// place, once per article, not once per incident and rule. A state that
// condemns the deed or sends envoys to the scene's state (stateVoice) is
// not counted: a reaction piece names the reacting state over and over.
func (a *article) countStoryCountry() int {
	count := map[string]int{}
	first := map[string]int{}
	homes := map[string]int{} // countries named only as a person's home
	for i := range a.places {
		m := &a.places[i]
		if m.chosen == nil || m.demonym && a.personAfter(m.t1) || a.meetingPlace(i) || m.dateline && m.country || a.stateVoice(i) || a.meetingCountry(i) {
			continue // "a British photographer": whose, not where; "agreed to meet in Geneva": a gathering's; "MADRID (SPAIN) --": one dateline, counted by its city
		}
		if a.inProxy(m.t0, m.t1) {
			continue // "Iran-backed militias", "Pro-Russian forces": the backer of those who struck, not where they did
		}
		if _, owns := a.attackOwner(i); owns && !m.dateline {
			continue // "a U.S. strike on an Iranian oil platform": who struck, not where; with no other country the story's is unknown, not the doer's
		}
		cc := m.chosen.CountryCode
		if (m.country || m.demonym) && (a.homePlace(m) || a.homeNounAfter(m.t1)) {
			// "a citizen of Kyrgyzstan", "an Uzbek national": a person's
			// nationality, the story's country only when it names no
			// other; a home town still tells the region of the story
			// ("the house where Bolivar lived in Trujillo")
			homes[cc]++
			if _, ok := first[cc]; !ok {
				first[cc] = i
			}
			continue
		}
		count[cc]++
		if _, ok := first[cc]; !ok || m.country && !a.places[first[cc]].country {
			first[cc] = i
		}
	}
	if len(count) == 0 {
		count = homes
	}
	best, n := -1, 0
	for cc, c := range count {
		if c > n || c == n && best >= 0 && first[cc] < best {
			best, n = first[cc], c
		}
	}
	return best
}

// homeNounAfter reports whether a lower-case home noun at token j, not
// the head of a capitalised name, follows a country or demonym: "an
// Uzbek national", "Kenyan residents"; "the Afghan National Army" is a
// force, whose country it names.
func (a *article) homeNounAfter(j int32) bool {
	return int(j) < len(a.toks) && homeNouns[a.lowerWord(j)] && !(a.cs == text.Mixed && a.toks[j].Has(text.Cap))
}

// meetingCountry reports whether country mention i follows, after a
// comma, the town of a gathering ("will meet in San Jose, Costa Rica"):
// the country is the gathering's as its town is.
func (a *article) meetingCountry(i int) bool {
	m := &a.places[i]
	return m.country && i > 0 && a.places[i-1].t1+1 == m.t0 && a.word(m.t0-1) == "," && a.meetingPlace(i-1)
}

// envoyNouns name the people a state sends to another ([envoy-noun]).
var envoyNouns = lexicon.Words().Set("envoy-noun") // lexicon/words.txt

// stateVoice reports whether country or demonym mention i names a state
// that reacts to a deed or deals with another state, not a scene: the
// head of the subject of a verb of condemning or accusing ("the
// Nicaraguan government today condemned the attack", "Nicaragua accused
// Honduras"), or the owner of a mission or an envoy ("the Mexican
// embassy", "a Spanish diplomatic delegation"); a capital that stands
// for its state (capitalName) reacts as the state does. A state condemns and
// sends envoys from home about deeds done elsewhere. An envoy or a
// mission that speaks is left out: it mostly reports from home ("MADRID
// ... THE SALVADORAN EMBASSY REPORTED" that guerrillas blew up pylons);
// so is a verb of plain saying: "IRAQ SAYS IRAN EXAGGERATES FIGHTING IN
// NORTH" tells of a war on the speaker's own ground.
func (a *article) stateVoice(i int) bool {
	m := &a.places[i]
	if !m.country && !m.demonym && !a.capitalName(m) {
		return false
	}
	last := int32(a.sents[a.sentOf[m.t0]].Last)
	subject := a.sentenceSubject(m.t0)
	for j := m.t1; j < last && j < m.t1+5; j++ {
		w := a.lowerWord(j)
		switch {
		case m.demonym && (missionNouns[w] || envoyNouns[w]):
			k := j + 1
			for k < last && (subjectAdverbs[a.lowerWord(k)] || a.inDate(k)) {
				k++ // "the Salvadoran embassy today reported"
			}
			return !a.speechVerb(k) && !a.speaksAfter(j+1)
		case homeOrgans[w] || stateOrgans[w] || stateSpeakers[w] || subjectAdverbs[w] || a.inDate(j):
			continue // "government", "has also", "today"
		case subject && (speakVerbs[w] || accuseVerbs[w]):
			return true
		}
		return false
	}
	return false
}

// capitalName reports whether place mention m names its country's
// capital city, which news writes for the state that governs from it:
// "Manila blames foreign terrorists", "Washington condemned the attack",
// "Moscow accused Kyiv" (stateVoice).
func (a *article) capitalName(m *placeMention) bool {
	if m.chosen == nil || m.capital {
		return false
	}
	c, ok := a.capitalOf(m.chosen.CountryCode)
	return ok && c == m.chosen
}

// regionName reports whether place mention m names its country by a
// region of it ("Darfur", "the Sinai Peninsula"): the region's name is
// then the place the text gives, though its point is the country's.
func regionName(m *placeMention) bool {
	for _, e := range m.cands {
		if e.Region && e.Feature == m.chosen {
			return true
		}
	}
	return false
}

// fillLocation copies a gazetteer place into a record location.
func fillLocation(loc *record.Location, p *gazetteer.Feature, g *gazetteer.Gazetteer) {
	loc.Precision = p.Kind.String()
	switch p.Kind {
	case gazetteer.Place:
		loc.Place = p.Name
		loc.Admin1, loc.Admin2 = p.Admin1(), p.Admin2()
		loc.GeonamesID = p.GeonamesID()
		loc.Population = p.Population()
	case gazetteer.Admin2:
		loc.Admin1, loc.Admin2 = p.Admin1(), p.Admin2()
	case gazetteer.Admin1:
		loc.Admin1 = p.Admin1()
	}
	loc.CountryCode = p.CountryCode
	if c, ok := g.Country(p.CountryCode); ok {
		loc.Country = c.Name
	}
	if p.HasCoord {
		lat, lon := p.Lat, p.Lon
		loc.Lat, loc.Lon = &lat, &lon
	}
}

// townOfDivision returns, for division mention k used as the modifier of a
// town's noun in a definite description ("in the southern Tamil Nadu port
// town", "The small Uttar Pradesh town wore a ghostly look" after "curfew
// continued in Kosi Kalan town"), the town that description takes up: the
// last town the story named before it inside that division. -1 when k is
// no such modifier, when the noun goes on to name its town ("the Antioquia
// town of Segovia", the town after it) or when no town of the division was
// named before. An anaphor points back: a definite "the ... town" that is
// not followed by its name is one the reader already knows.
func (a *article) townOfDivision(k int) int {
	if k < 0 || a.places[k].chosen == nil {
		return -1
	}
	m := &a.places[k]
	if d := m.chosen; d.Kind != gazetteer.Admin1 && d.Kind != gazetteer.Admin2 {
		return -1
	}
	b := m.t0 - 1
	for i := 0; i < 2 && a.lowerWord(b) != "the" && isLowerWord(a.word(b)); i++ {
		b-- // "the southern Tamil Nadu port town", "the small Uttar Pradesh town"
	}
	if a.lowerWord(b) != "the" {
		return -1
	}
	t := m.t1
	for i := 0; i < 2 && placeNouns[a.lowerWord(t)] == "" && isLowerWord(a.word(t)); i++ {
		t++ // "port town", "border town"
	}
	if n := a.lowerWord(t); !settlementNouns[n] || strings.HasSuffix(n, "s") {
		return -1 // one town, not "the Punjab towns"
	}
	if next := a.word(t + 1); next == "of" || next != "" && next[0] >= 'A' && next[0] <= 'Z' {
		return -1 // "the Antioquia town of Segovia", "the Punjab town Kasur": named after
	}
	for p := k - 1; p >= 0; p-- {
		c := a.places[p].chosen
		if c != nil && c.Kind == gazetteer.Place && !a.places[p].dateline && a.holds(k, m.chosen, c) {
			return p
		}
	}
	return -1
}

// isLowerWord reports whether w is a word of lower-case letters: a common
// word between a name and its noun ("port" in "the Tamil Nadu port town").
func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
