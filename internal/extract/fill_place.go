package extract

import (
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// location sets the place: the incident's own, else a place named in its
// sentences, else the dateline, else the country the story is about.
func (f *filler) location() {
	a := f.a
	k := f.in.place
	if k < 0 {
		for _, m := range f.current() {
			for _, p := range m.places {
				if k < 0 || a.places[k].country && !a.places[p].country {
					k = p
				}
			}
		}
	}
	capital := int32(-1)
	if k < 0 {
		// "Another bombing Monday in the capital killed one person"
		k, capital = f.capital()
	}
	// "condemned Friday's rocket attack on a tanker": an attack told again
	// by its day in a reaction piece happened elsewhere than where the
	// reaction is filed
	toldAgain := f.in.date >= 0 && a.attackDate(f.in.date) && a.pub.After(a.dates[f.in.date].Day) || f.in.retold()
	// "destroyed an Iranian oil platform in the Gulf": at sea, in no
	// country unless a demonym names its waters, and not at the dateline.
	// A place the sentences name wins: coders place an attack at sea by the
	// coast it names ("in the Red Sea off Hodeidah")
	atSea := false
	if sea, c := f.atSea(); sea && k < 0 {
		// coders give an attack at sea the country off whose coast it
		// happened: the story's country, when it is not only the dateline's
		k, atSea = c, c < 0
	}
	if (k < 0 || a.places[k].country) && !toldAgain && !atSea {
		// the dateline names a city of the country the story names; a
		// correspondent in London or Washington reporting a war elsewhere
		// does not place it
		home := ""
		if k >= 0 {
			home = a.places[k].chosen.CountryCode
		} else if sc := a.storyCountry(); sc >= 0 {
			home = a.places[sc].chosen.CountryCode
		}
		for i := range a.places {
			if d := &a.places[i]; d.dateline && d.chosen != nil && (home == "" || d.chosen.CountryCode == home) {
				k = i
				break
			}
		}
	}
	if k < 0 {
		k = a.storyCountry()
		if (toldAgain || atSea) && k >= 0 && (a.places[k].dateline || f.in.reaction() || atSea && f.datelineCountry(k)) {
			// the story's country is only where it was filed, or, in a
			// reaction piece, the country that reacts ("BRITAIN BACKS U.S.
			// STRIKE")
			k = -1
		}
	}
	if k < 0 {
		return
	}
	m := &a.places[k]
	loc := &record.Location{}
	if m.chosen != nil {
		fillLocation(loc, m.chosen, a.x.gaz)
		if m.chosen.Kind != gazetteer.Country {
			loc.GeonamesName = m.chosen.Name
			loc.Place = a.placeText(m)
		}
	} else {
		// a village the gazetteer lacks: keep its name, take the finest
		// division the same sentences give
		loc.Place = a.placeText(m)
		loc.Precision = record.GeoPlace
		if c := f.container(k); c != nil {
			var outer record.Location
			fillLocation(&outer, c, a.x.gaz)
			loc.Admin1, loc.Admin2 = outer.Admin1, outer.Admin2
			loc.Country, loc.CountryCode = outer.Country, outer.CountryCode
			loc.Lat, loc.Lon = outer.Lat, outer.Lon
			loc.Precision = outer.Precision
			loc.GeonamesID = 0
		}
	}
	f.rec.Location = loc
	if capital >= 0 {
		f.tokEvidence("location", capital, capital+1)
	}
	f.tokEvidence("location", m.t0, m.t1)
	if loc.CountryCode == "" {
		// a village in no division the text names: in the story's country
		if c := a.storyCountry(); c >= 0 && a.places[c].chosen != nil {
			p := a.places[c].chosen
			loc.CountryCode = p.CountryCode
			if cf, ok := a.x.gaz.Country(p.CountryCode); ok {
				loc.Country = cf.Name
			}
			f.tokEvidence("location", a.places[c].t0, a.places[c].t1)
		}
	}
}

// datelineCountry reports whether place mention k is in the country of
// the story's dateline: a story filed from Washington or Bahrain about an
// attack at sea names its own country most.
func (f *filler) datelineCountry(k int) bool {
	a := f.a
	for i := range a.places {
		if d := &a.places[i]; d.dateline && d.chosen != nil && a.places[k].chosen != nil && d.chosen.CountryCode == a.places[k].chosen.CountryCode {
			return true
		}
	}
	return false
}

// capital finds "the capital" or "the Iraqi capital" in the incident's
// sentences and returns the article's mention of that capital (a place
// the gazetteer marks as its country's capital, in the country the
// demonym or the story names) and the token of "capital"; -1, -1 when
// there is none.
func (f *filler) capital() (int, int32) {
	a := f.a
	for _, m := range f.current() {
		for j := m.t0 + 1; j < m.t1; j++ {
			if a.lowerWord(j) != "capital" || a.toks[j].Has(text.Cap) && !a.sentenceInitial(j) && a.cs == text.Mixed {
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
			for k := range a.places {
				if c := a.places[k].chosen; c != nil && c.Kind == gazetteer.Place && c.FeatureCode == "PPLC" && c.CountryCode == cc {
					return k, j
				}
			}
		}
	}
	return -1, -1
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
// "santo tomas" give Karachi, Santo Tomas).
func (a *article) placeText(m *placeMention) string {
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

// container finds, in the incident's sentences, the resolved division or
// town closest to an unknown place mention, for its admin names and
// country.
func (f *filler) container(k int) *gazetteer.Feature {
	a := f.a
	var best *gazetteer.Feature
	bestDist := int32(1 << 30)
	for _, m := range f.in.ms {
		for _, p := range m.places {
			c := a.places[p].chosen
			if p == k || c == nil {
				continue
			}
			d := a.places[p].t0 - a.places[k].t0
			if d < 0 {
				d = -d
			}
			if d < bestDist {
				best, bestDist = c, d
			}
		}
	}
	return best
}

// storyCountry returns the mention of the country the story names most, or
// -1.
func (a *article) storyCountry() int {
	count := map[string]int{}
	first := map[string]int{}
	for i := range a.places {
		m := &a.places[i]
		if m.chosen == nil || m.demonym && a.personAfter(m.t1) {
			continue // "a British photographer": whose, not where
		}
		cc := m.chosen.CountryCode
		count[cc]++
		if _, ok := first[cc]; !ok || m.country && !a.places[first[cc]].country {
			first[cc] = i
		}
	}
	best, n := -1, 0
	for cc, c := range count {
		if c > n || c == n && best >= 0 && first[cc] < best {
			best, n = first[cc], c
		}
	}
	return best
}

// fillLocation copies a gazetteer place into a record location.
func fillLocation(loc *record.Location, p *gazetteer.Feature, g *gazetteer.Gazetteer) {
	loc.Precision = p.Kind.String()
	switch p.Kind {
	case gazetteer.Place:
		loc.Place = p.Name
		loc.Admin1, loc.Admin2 = p.Admin1, p.Admin2
		loc.GeonamesID = p.GeonamesID
		loc.Population = p.Population
	case gazetteer.Admin2:
		loc.Admin1, loc.Admin2 = p.Admin1, p.Admin2
	case gazetteer.Admin1:
		loc.Admin1 = p.Admin1
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
