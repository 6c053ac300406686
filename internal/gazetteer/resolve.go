package gazetteer

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/record"
)

// Point is a coordinate in degrees.
type Point struct{ Lat, Lon float64 }

// Context is what a story says around a name, which decides between the
// places that share it: "Tripoli" in a story about Lebanon, "Hyderabad"
// next to "Sindh", "Alexandria" near other places in Virginia.
type Context struct {
	// CountryCodes are the ISO 3166-1 codes (alpha-2 or alpha-3) of the
	// countries the story is about, the weightiest first.
	CountryCodes []string
	// Admin1 are names of divisions the story mentions: provinces, states,
	// districts ("Sindh", "North Kivu", "Batangas"). Second-level names
	// count too.
	Admin1 []string
	// Near are the coordinates of other places resolved in the story.
	Near []Point
	// WordCheck says that the name's capitals prove nothing: the text is
	// all lower or upper case, or the name opens a sentence. A name that is
	// also a common English word ("nice", "police", "mobile") then resolves
	// only with strong context: a candidate in a division of Admin1, within
	// 100 km of a Near point, or a country of CountryCodes. A name written
	// with no capital at all is checked the same way.
	WordCheck bool
}

// Match is a resolved name.
type Match struct {
	Entry
	// Precision is what the coordinates stand for: record.GeoPlace,
	// GeoAdmin2, GeoAdmin1 or GeoCountry.
	Precision string
	// Country is the name of the country.
	Country string
}

// Location returns the match as a record location; Lat and Lon are nil
// when the feature has no coordinate.
func (m Match) Location() *record.Location {
	loc := &record.Location{Admin1: m.Admin1(), Admin2: m.Admin2(), Country: m.Country,
		CountryCode: m.CountryCode, GeonamesID: m.GeonamesID(), Population: m.Population(),
		Precision: m.Precision}
	if m.Kind == Place {
		loc.Place = m.Name
	}
	if m.HasCoord {
		lat, lon := m.Lat, m.Lon
		loc.Lat, loc.Lon = &lat, &lon
	}
	return loc
}

// precision maps a kind to the record's precision.
func precision(k Kind) string {
	switch k {
	case Country:
		return record.GeoCountry
	case Admin1:
		return record.GeoAdmin1
	case Admin2:
		return record.GeoAdmin2
	}
	return record.GeoPlace
}

// Scores add up on a log scale of population: a context bonus of 6 outweighs
// a million-fold difference in population.
const (
	bonusCountry0  = 6.0 // a candidate in the first context country
	bonusCountryN  = 4.5 // in a later one
	bonusAdmin     = 5.0 // in a context division, or that division itself
	bonusNear25    = 5.0 // within 25 km of a context place
	bonusNear100   = 4.0
	bonusNear300   = 2.5
	bonusNear1000  = 1.0
	strongNearKm   = 100
	penaltyAlt     = 0.6 // matched by an alternate name
	penaltyNoCoord = 1.0 // a division with no coordinate
	penaltyAbbrev  = 0.5 // by an abbreviation or demonym
	// A key that is one place's own name and an alternate of a place in
	// another country names the first unless context says otherwise: the
	// alternates GeoNames keeps are names in any language and spellings of
	// any source ("Mambasa" for Mombasa, "Rann" the German for Brežice,
	// "Mora" a neighbour's name for Bilimora), which an English text
	// writing the name means less often than the place that bears it. A
	// hundredfold population still wins ("Bombay", "Burma"), and so does a
	// context country. Curated aliases (overlay.tsv) are exempt, and so is
	// an alternate in the country of the main name, mostly the town of the
	// district named after it ("Douma": Douma District and Dūmā).
	penaltyShadowed = 2.0
	// An alternate of three letters or fewer is mostly a short form or a
	// code ("Sui" for Suizhou, "Ber" for Véroia, "Syd"), which a text
	// writes for a place of its own: it resolves only when curated or
	// backed by the context (a context country, division or nearby place:
	// "Fao" and "Kut" in a story of Iraq).
	maxShortAlt    = 3
	priorCountry   = 1.5 // a country usually means the country
	priorAdmin1    = -1.0
	priorAdmin2    = -1.5 // division weights sum many places: damp them
	priorSection   = -1.0 // PPLX: a section of a city
	priorHistoric  = -3.0 // PPLH, PPLQ, PPLW: historical, abandoned, destroyed
	priorCapital   = 0.5  // PPLC
	unknownPopSeat = 3.0  // a place the sources list without population: a seat or a town of 1000+
	foreignMinPop  = 100000
	// The sources give divisions no population, and the places in a
	// district of a poor country often have none either: a district is
	// taken to hold at least 20,000 people, a province 100,000.
	minAdmin2 = 4.3
	minAdmin1 = 5.0
)

// prepared is a Context with its names resolved.
type prepared struct {
	countries [8]string
	nc        int
	admins    [16]*Feature
	na        int
	near      []Point
}

func (g *Gazetteer) prepare(p *prepared, c Context) {
	*p = prepared{near: c.Near}
	for _, code := range c.CountryCodes {
		if f, ok := g.Country(code); ok && p.nc < len(p.countries) {
			p.countries[p.nc] = f.CountryCode
			p.nc++
		}
	}
	var buf [64]byte
	for _, name := range c.Admin1 {
		es := g.Lookup(AppendKey(buf[:0], name))
		// A division in a context country, if there is one, else all.
		inCountry := false
		for _, e := range es {
			if (e.Kind == Admin1 || e.Kind == Admin2) && p.countryRank(e.CountryCode) >= 0 {
				inCountry = true
			}
		}
		for _, e := range es {
			if (e.Kind == Admin1 || e.Kind == Admin2) && (!inCountry || p.countryRank(e.CountryCode) >= 0) &&
				p.na < len(p.admins) {
				p.admins[p.na] = e.Feature
				p.na++
			}
		}
	}
}

func (p *prepared) countryRank(cc string) int {
	for i := range p.nc {
		if p.countries[i] == cc {
			return i
		}
	}
	return -1
}

// score rates one candidate; strong says the context, not just a
// country, supports it.
func (g *Gazetteer) score(e Entry, p *prepared) (s float64, strong bool) {
	switch {
	case e.weight > 0:
		s = math.Log10(float64(e.weight))
	case e.Kind == Place:
		s = unknownPopSeat
	}
	if !e.HasCoord {
		s -= penaltyNoCoord
	}
	switch e.Kind {
	case Country:
		s += priorCountry
	case Admin1:
		s = max(s, minAdmin1) + priorAdmin1
	case Admin2:
		s = max(s, minAdmin2) + priorAdmin2
	case Place:
		switch e.FeatureCode() {
		case "PPLX":
			s += priorSection
		case "PPLH", "PPLQ", "PPLW":
			s += priorHistoric
		case "PPLC":
			s += priorCapital
		}
	}
	switch {
	case e.Alt:
		s -= penaltyAlt
	case e.IsAbbrev, e.IsDemonym:
		s -= penaltyAbbrev
	}
	if r := p.countryRank(e.CountryCode); r == 0 {
		s += bonusCountry0
		strong = strong || e.Kind == Country
	} else if r > 0 {
		s += bonusCountryN
		strong = strong || e.Kind == Country
	}
	for _, a := range p.admins[:p.na] {
		if a == e.Feature || e.a1 == a || e.a2 == a {
			s += bonusAdmin
			strong = true
			break
		}
	}
	if e.HasCoord && len(p.near) > 0 {
		d := math.Inf(1)
		for _, q := range p.near {
			d = min(d, DistanceKm(e.Lat, e.Lon, q.Lat, q.Lon))
		}
		switch {
		case d <= 25:
			s += bonusNear25
		case d <= strongNearKm:
			s += bonusNear100
		case d <= 300:
			s += bonusNear300
		case d <= 1000:
			s += bonusNear1000
		}
		strong = strong || d <= strongNearKm
	}
	return s, strong
}

// Resolve returns the best place for name given the context: context
// first (countries, divisions, nearby places), then population. A name the
// gazetteer does not know, or a common word without the context that makes
// it a place (see Context.WordCheck), is not resolved: the caller keeps the
// text and falls back to the division or country the story gives.
//
// When a division wins but a populated place of the same name lies in it
// and is its seat or holds a fifth of its people ("Kandahar" the province
// and the city), the place is returned: a report naming it most often
// means the town.
//
// With CountryCodes given, a second-level division or a town of fewer than
// foreignMinPop people outside those countries does not resolve: in a
// story about Afghanistan, "Andar" is the Afghan district the gazetteer
// lacks, not the French village of Andard, one of whose alternate names it
// is. Cities abroad (Washington, Islamabad) still resolve.
func (g *Gazetteer) Resolve(name string, c Context) (Match, bool) {
	return g.Prepare(c).Resolve(name, c.WordCheck)
}

// Prepared is a Context with its names looked up once, for resolving the
// many names of one story: Resolve through it costs a lookup and a score
// per candidate, not a lookup per context division.
type Prepared struct {
	g *Gazetteer
	p prepared
}

// Prepare looks up the context's countries and divisions.
func (g *Gazetteer) Prepare(c Context) *Prepared {
	pr := &Prepared{g: g}
	g.prepare(&pr.p, c)
	return pr
}

// Resolve is Gazetteer.Resolve with the prepared context; wordCheck is
// Context.WordCheck for this name.
func (pr *Prepared) Resolve(name string, wordCheck bool) (Match, bool) {
	g, p := pr.g, &pr.p
	var buf [128]byte
	key := AppendKey(buf[:0], name)
	cands := g.Lookup(key)
	if len(cands) == 0 && len(key) > 4 && string(key[:4]) == "the " {
		// "the Gambia", "the Palestinian territories"
		cands = g.Lookup(key[4:])
	}
	if len(cands) == 0 {
		return Match{}, false
	}
	guard := cands[0].CommonWord && (wordCheck || !hasUpper(name))
	// the country of the candidates that bear the name as their own: "" for
	// none, "*" for several
	mainCC := ""
	for _, e := range cands {
		switch {
		case e.Alt || mainCC == e.CountryCode:
		case mainCC == "":
			mainCC = e.CountryCode
		default:
			mainCC = "*"
		}
	}
	best, bestScore := -1, 0.0
	for i, e := range cands {
		s, strong := g.score(e, p)
		if e.Alt && !e.Curated && len(key) <= maxShortAlt && !strong && p.countryRank(e.CountryCode) < 0 {
			continue
		}
		if e.Alt && !e.Curated && mainCC != "" && mainCC != e.CountryCode {
			s -= penaltyShadowed
		}
		if guard && !strong {
			continue
		}
		if best < 0 || better(s, e, bestScore, cands[best]) {
			best, bestScore = i, s
		}
	}
	if best < 0 {
		return Match{}, false
	}
	win := cands[best]
	if p.nc > 0 && p.countryRank(win.CountryCode) < 0 &&
		(win.Kind == Admin2 || win.Kind == Place && win.weight < foreignMinPop) {
		return Match{}, false
	}
	if win.Kind == Admin1 || win.Kind == Admin2 {
		if seat := g.seat(cands, win.Feature); seat >= 0 {
			win = cands[seat]
		}
	}
	return g.match(win), true
}

// MatchOf returns f as a match, for a caller that chose among Lookup's
// entries itself and wants its record.Location.
func (g *Gazetteer) MatchOf(f *Feature) Match { return g.match(Entry{Feature: f}) }

func (g *Gazetteer) match(e Entry) Match {
	country := ""
	if c, ok := g.country[e.CountryCode]; ok {
		country = c.Name
	}
	return Match{Entry: e, Precision: precision(e.Kind), Country: country}
}

// better orders candidates: score, then weight, then the coarser kind,
// then the lower GeoNames id, so that results do not depend on data order.
func better(s float64, e Entry, bs float64, b Entry) bool {
	if s != bs {
		return s > bs
	}
	if e.weight != b.weight {
		return e.weight > b.weight
	}
	if e.Kind != b.Kind {
		return e.Kind < b.Kind
	}
	return e.geonamesID < b.geonamesID
}

// seat returns the index in cands of the populated place that stands for
// division d, or -1.
func (g *Gazetteer) seat(cands []Entry, d *Feature) int {
	best := -1
	for i, e := range cands {
		if e.Kind != Place || e.CountryCode != d.CountryCode {
			continue
		}
		in := e.a1 == d || e.a2 == d
		if !in {
			continue
		}
		if fc := e.FeatureCode(); !strings.HasPrefix(fc, "PPLA") && fc != "PPLC" && 5*e.weight < d.weight {
			continue
		}
		if best < 0 || e.weight > cands[best].weight {
			best = i
		}
	}
	return best
}

func hasUpper(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				return true
			}
		} else if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// DistanceKm is the great-circle distance between two points.
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const earthKm = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * earthKm * math.Asin(math.Min(1, math.Sqrt(a)))
}
