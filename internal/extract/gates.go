package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/relevance"
)

// Gate is one of the document-level gates of Extract: a judgement on the
// whole article that sets all its incidents aside (or, for GateSanity,
// values of them), whatever the rules found. Each keeps general news out
// and each can lose a real attack; Open leaves gates open so that what
// each costs in recall, and what it keeps out, can be measured
// (scripts/gates).
type Gate uint8

const (
	// GateRelevance is the relevance model: an article it scores below
	// relevance.GreyFloor yields nothing, one below its threshold only
	// the attacks its opening states with their doer (statedWithDoer).
	GateRelevance Gate = 1 << iota
	// GateFrame is negativeFrame: an article whose opening is about a
	// trial, an anniversary, an accident or harm with no doer.
	GateFrame
	// GateSanity is relevance.Sanitize: dates after publication or
	// before 1900, historical and periodic tolls.
	GateSanity
)

// gateNames are the names of the gates, in the order of their bits.
var gateNames = []string{"relevance", "frame", "sanity"}

// AllGates is every gate.
const AllGates = GateRelevance | GateFrame | GateSanity

// String names the gates of g, comma-separated ("none" for no gate).
func (g Gate) String() string {
	var names []string
	for i, n := range gateNames {
		if g&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ",")
}

// Open returns an extractor that shares x's reference data and leaves the
// gates g open: it is for measuring what the gates cost and keep out, not
// for analysts' feeds, which the gates keep free of general news.
func (x *Extractor) Open(g Gate) *Extractor {
	y := *x
	y.open = g
	return &y
}

// closed reports whether gate g applies.
func (x *Extractor) closed(g Gate) bool { return x.open&g == 0 }

// skip is the relevance filter's steps that x's open gates leave out.
func (x *Extractor) skip() relevance.Skip {
	return relevance.Skip{Admission: !x.closed(GateRelevance), Sanitize: !x.closed(GateSanity)}
}
