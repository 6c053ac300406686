package extract

import (
	"sort"
	"strconv"

	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// typeWeight says how strongly a trigger of each type claims the incident:
// the specific kinds of attack outrank the general ones, since a suicide
// bombing is also a bombing and a hijacking involves hostages and guns.
var typeWeight = map[string]float64{
	record.SuicideBombing: 10, record.Hijacking: 6, record.Assassination: 6,
	record.RemoteViolence: 1.6, record.Bombing: 1.2, record.Kidnapping: 1.2,
	record.Arson: 1.3, record.Clash: 0.9, record.Riot: 1, record.ArmedAssault: 1,
}

// eventType chooses the type from the incident's triggers, the headline's
// counting double.
func (f *filler) eventType() bool {
	a := f.a
	score := map[string]float64{}
	first := map[string]term{}
	for _, m := range f.current() {
		w := 1.0
		if m.title {
			w = 2
		}
		for _, t := range m.triggers {
			v := t.p.Value
			if v == "generic" {
				// "Al-Qaeda militants attacked a checkpoint": an assault,
				// unless something says more
				if tw := a.lowerSpan(t.t0, t.t1); tw == "attacked" || tw == "attacking" {
					score[record.ArmedAssault] += w * 0.5
					if _, ok := first[record.ArmedAssault]; !ok {
						first[record.ArmedAssault] = t
					}
				}
				continue
			}
			weight := typeWeight[v]
			if a.hasTerm(t.t0, lexicon.Party, record.Perpetrators) {
				weight /= 2 // "gunmen" says who, more than what
			}
			score[v] += w * weight
			if _, ok := first[v]; !ok {
				first[v] = t
			}
		}
	}
	if t, ok := f.assassination(); ok {
		score[record.Assassination] += typeWeight[record.Assassination]
		first[record.Assassination] = t
	}
	best, bestScore := "", 0.0
	for _, typ := range record.Types {
		if score[typ] > bestScore {
			best, bestScore = typ, score[typ]
		}
	}
	if best == "" {
		// people killed, hurt or taken with no word for how ("the
		// hoodlums killed five villagers as they fled"): an armed assault,
		// or a kidnapping when people were only taken
		for _, m := range f.current() {
			for _, st := range m.stmts {
				if st.hedged {
					continue
				}
				best = record.ArmedAssault
				if st.effect == lexicon.Kidnap {
					best = record.Kidnapping
				}
				first[best] = st.verb
				break
			}
			if best != "" {
				break
			}
		}
	}
	if best == "" {
		return false
	}
	f.rec.Type = best
	t := first[best]
	f.tokEvidence("type", t.t0, t.t1)
	return true
}

// assassination finds a high-profile victim shot dead: "Russian ambassador
// to Turkey shot dead", "candidate Fernando Villavicencio shot dead". Only
// the verbs of a targeted killing count, not "killed", which also reports
// bystanders of a larger attack.
func (f *filler) assassination() (term, bool) {
	a := f.a
	for _, m := range f.current() {
		for _, st := range m.stmts {
			if st.effect != lexicon.Kill {
				continue
			}
			v := a.lowerSpan(st.verb.t0, st.verb.t1)
			if v != "shot dead" && v != "gunned down" && v != "assassinated" {
				continue
			}
			// the victim before a passive verb or after an active one:
			// "ambassador shot dead", "shot dead the deputy governor"
			s := a.sents[m.sent]
			for j := max(st.verb.t0-5, int32(s.First)); j < min(st.verb.t1+5, int32(s.Last)); j++ {
				if _, ok := a.termAt(j, lexicon.Title); ok && (j < st.verb.t0 || j >= st.verb.t1) {
					return st.verb, true
				}
			}
		}
	}
	return term{}, false
}

// date sets the incident's day from its first event date, or, failing
// that, from the day a statement about it was made.
func (f *filler) date() {
	a := f.a
	k := f.in.date
	if k < 0 {
		for _, m := range f.current() {
			if len(m.dates) > 0 {
				k = m.dates[0]
				break
			}
		}
	}
	if d0 := f.st.d0; k < 0 && d0 >= 0 && a.dates[d0].Precision == record.PrecisionDay {
		k = d0 // a round-up's "In another attack ..." happened on the day the article is about
	}
	if k < 0 {
		for _, m := range f.current() {
			if len(m.said) > 0 {
				k = m.said[0]
				break
			}
		}
	}
	if k < 0 {
		return
	}
	d := a.dates[k]
	if d.Day == (text.Day{}) {
		return // relative to an unknown publication date
	}
	f.rec.Date = d.Day.String()
	f.rec.DatePrecision = d.Precision
	f.evidence("date", d.Start, d.End)
}

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
	if k < 0 || a.places[k].country {
		// the dateline names a city of the country the story names
		for i := range a.places {
			if d := &a.places[i]; d.dateline && d.chosen != nil && (k < 0 || d.chosen.CountryCode == a.places[k].chosen.CountryCode) {
				k = i
				break
			}
		}
	}
	if k < 0 {
		k = a.storyCountry()
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
		if m.chosen == nil {
			continue
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

// weapons lists the weapons the incident's sentences name, the specific
// kinds replacing the general ones (a car bomb is not also "explosives";
// bombs dropped from a jet are the aircraft's).
func (f *filler) weapons() {
	a := f.a
	found := map[string]term{}
	for _, m := range f.current() {
		for _, t := range a.termsIn(m.t0, m.t1) {
			if t.p.Cat != lexicon.Weapon {
				continue
			}
			// the weapon named ("rifles") is better evidence than the deed
			// that implies it ("gunmen", "shot")
			prev, ok := found[t.p.Value]
			if !ok || a.isCue(prev.t0, "implied") && !a.isCue(t.t0, "implied") {
				found[t.p.Value] = t
			}
		}
	}
	if _, ok := found["vehicle_bomb"]; ok {
		delete(found, "explosives")
	}
	if _, ok := found["suicide_explosives"]; ok {
		delete(found, "explosives")
	}
	if _, ok := found["aircraft"]; ok {
		delete(found, "explosives")
	}
	for _, w := range record.Weapons {
		if t, ok := found[w]; ok {
			f.rec.Weapons = append(f.rec.Weapons, w)
			f.tokEvidence("weapons."+w, t.t0, t.t1)
		}
	}
}

// targets lists what was attacked: target nouns in the incident's
// sentences, extended over the capitalised words and modifiers before them
// ("the Chinese consulate", "Garissa University College").
func (f *filler) targets() {
	a := f.a
	seen := map[string]bool{}
	for _, m := range f.current() {
		for _, t := range a.termsIn(m.t0, m.t1) {
			if t.p.Cat != lexicon.Target || len(f.rec.Targets) >= 4 {
				continue
			}
			t0 := t.t0
			for j := t.t0 - 1; j >= int32(a.sents[m.sent].First) && j >= t.t0-3; j-- {
				tk := a.toks[j]
				if tk.Kind == text.Word && (tk.Has(text.Cap) && !a.sentenceInitial(j) || a.isDemonym(j)) {
					t0 = j
					continue
				}
				break
			}
			if reportVerbs[a.lowerWord(t.t1)] || reportVerbs[a.lowerWord(t.t1+1)] {
				continue // "officials said": who speaks, not what was hit
			}
			name := a.src[a.toks[t0].Start:a.toks[t.t1-1].End]
			// one target per kind of thing: "the Chinese consulate", then
			// "the consulate"
			key := t.p.Value + "/" + lowerASCII(a.word(t.t1-1))
			if seen[key] {
				continue
			}
			seen[key] = true
			kind := "physical"
			if a.hasTerm(t.t0, lexicon.Party, "") || a.hasTerm(t.t0, lexicon.Title, "") {
				kind = "people" // "policemen", "the ambassador"
			}
			i := len(f.rec.Targets)
			f.rec.Targets = append(f.rec.Targets, record.Target{Name: name, Category: t.p.Value, Kind: kind})
			f.tokEvidence("targets["+itoa(i)+"]", t0, t.t1)
		}
	}
}

// isDemonym reports whether token i is a demonym place mention.
func (a *article) isDemonym(i int32) bool {
	k := sort.Search(len(a.places), func(k int) bool { return a.places[k].t1 > i })
	return k < len(a.places) && a.places[k].t0 <= i && a.places[k].demonym
}

func itoa(n int) string { return strconv.Itoa(n) }
