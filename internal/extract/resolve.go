package extract

import (
	"math"

	"github.com/sitrep/sitrep/internal/gazetteer"
)

// resolvePlaces chooses one gazetteer candidate for every place mention,
// using the story's context: the countries it names (by name, demonym,
// dateline), the provinces it names, and the other places it mentions. Two
// passes: the second also counts the countries of the places the first
// resolved, so that "Najaf, Karbala and Kut" agree on Iraq.
func (a *analysis) resolvePlaces() {
	weights := map[string]float64{}
	admin1 := map[*gazetteer.Feature]bool{}
	for i := range a.places {
		m := &a.places[i]
		w := 1.0
		if a.inTitle(int(a.toks[m.t0].Start)) {
			w = 2
		}
		switch {
		case m.country:
			for _, e := range m.cands {
				if e.Kind == gazetteer.Country {
					weights[e.CountryCode] += 3 * w
					break
				}
			}
		case m.demonym:
			weights[m.cands[0].CountryCode] += w
		case m.dateline:
			for _, e := range m.cands {
				weights[e.CountryCode] += 1.5 / float64(len(m.cands))
			}
		}
		for _, e := range m.cands {
			if e.Kind == gazetteer.Admin1 && len(m.cands) == 1 {
				admin1[e.Feature] = true
			}
		}
	}
	for pass := 0; pass < 2; pass++ {
		for i := range a.places {
			m := &a.places[i]
			m.chosen = a.choose(m, weights, admin1)
		}
		if pass == 0 {
			a.dropUnlikelyPlaces(weights)
		}
		if pass == 1 {
			a.linkContainers()
		}
		if pass == 0 {
			for i := range a.places {
				m := &a.places[i]
				if m.chosen != nil && !m.country && !m.demonym {
					weights[m.chosen.CountryCode] += 1
					if m.chosen.Kind == gazetteer.Admin1 {
						admin1[m.chosen] = true
					}
				}
			}
		}
	}
}

// dropUnlikelyPlaces removes the mentions that are probably not places:
// a small town abroad named like a person or an organisation ("Red Cross",
// North Carolina; "Farah" of the Farah hotel in Casablanca). A place stays
// when it is in a country the story is about, or is large, or the text
// puts something at it ("in X", "X district").
func (a *analysis) dropUnlikelyPlaces(weights map[string]float64) {
	maxW := 0.0
	for _, w := range weights {
		maxW = math.Max(maxW, w)
	}
	out := a.places[:0]
	for _, m := range a.places {
		if a.likelyPlace(&m, weights, maxW) {
			out = append(out, m)
		}
	}
	a.places = out
}

func (a *analysis) likelyPlace(m *placeMention, weights map[string]float64, maxW float64) bool {
	p := m.chosen
	if p == nil || m.country || m.demonym || m.dateline {
		return true
	}
	home := maxW == 0 || weights[p.CountryCode] >= maxW/2
	strong := m.noun != "" || a.afterPlaceNoun(m) || locPreps[m.prep] && m.prep != "of" && m.prep != "from" && m.prep != "to"
	big := p.Kind != gazetteer.Place || p.Population >= 100000
	switch {
	case p.Population >= 1000000:
		return true
	case home:
		return strong || big || p.Population >= 5000
	default:
		return strong && big
	}
}

// choose scores the candidates of a mention and returns the best, or nil.
func (a *analysis) choose(m *placeMention, weights map[string]float64, admin1 map[*gazetteer.Feature]bool) *gazetteer.Feature {
	if len(m.cands) == 0 {
		return nil
	}
	maxW := 0.0
	for _, w := range weights {
		maxW = math.Max(maxW, w)
	}
	var best *gazetteer.Feature
	bestScore := math.Inf(-1)
	want := placeNouns[m.noun]
	for _, e := range m.cands {
		var s float64
		switch e.Kind {
		case gazetteer.Country:
			s = 9
		case gazetteer.Admin1:
			s = 6.5
		case gazetteer.Admin2:
			s = 4.5
		default:
			s = math.Log10(float64(e.Population) + 10)
		}
		if maxW > 0 {
			s += 4 * weights[e.CountryCode] / maxW
		}
		if e.Kind >= gazetteer.Admin2 {
			for p := range admin1 {
				if p.CountryCode == e.CountryCode && p.Admin1 == e.Admin1 {
					s += 3
					break
				}
			}
		}
		if want != "" && want == e.Kind.String() {
			s += 2.5
		}
		if e.Alt {
			s -= 0.5
		}
		if s > bestScore {
			best, bestScore = e.Feature, s
		}
	}
	return best
}
