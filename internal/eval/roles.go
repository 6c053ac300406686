package eval

import (
	"fmt"

	"github.com/sitrep/sitrep/internal/roles"
)

// TaggerExtracts maps the role tagger's entities to MUC-4 role fillers:
// each entity's distinct names are its mentions.
func TaggerExtracts(ents []roles.Entity) Extracts {
	var out Extracts
	for _, e := range ents {
		out[e.Role] = append(out[e.Role], Entity(append([]string(nil), e.Names...)))
	}
	return out
}

// Source says where a role's fillers come from.
type Source uint8

const (
	FromRules  Source = iota // the extractor's incident records
	FromTagger               // the role tagger
	FromBoth                 // both, entities sharing a mention merged
	FromRanker               // the entity ranker over the tagger's and the rules' candidates
)

func (s Source) String() string {
	return [...]string{"rules", "tagger", "both", "ranked"}[s]
}

// Combine takes each role's fillers from rules, tagger, both or ranked,
// as pick says. Merging keeps one entity for a name both found.
func Combine(rules, tagger, ranked Extracts, pick [5]Source) Extracts {
	var out Extracts
	for r, src := range pick {
		switch src {
		case FromRules:
			out[r] = rules[r]
		case FromTagger:
			out[r] = tagger[r]
		case FromBoth:
			out[r] = mergeEntities(append(append([]Entity(nil), rules[r]...), tagger[r]...))
		case FromRanker:
			out[r] = ranked[r]
		}
	}
	return out
}

// MUC4Sources is where `sitrep eval muc4` takes each role from: the
// entity ranker for every role. It was chosen on MUC-4 train, never dev:
// in 5-fold cross-validation the ranker's micro F1 is 42.8, where the
// tagger's on the held-out fifth (before its bias tuning) is 26.3 and no
// role of the tagger, the rules or both reached 38 (go run ./scripts/roles
// [-ranker]; internal/roles/README.md).
var MUC4Sources = [5]Source{FromRanker, FromRanker, FromRanker, FromRanker, FromRanker}

// ParseSources reads a --source flag: "rules", "tagger" or "both" for
// every role, "ranked", or "best" for MUC4Sources.
func ParseSources(s string) ([5]Source, error) {
	switch s {
	case "best":
		return MUC4Sources, nil
	case "rules", "tagger", "both", "ranked":
		src := map[string]Source{"rules": FromRules, "tagger": FromTagger, "both": FromBoth, "ranked": FromRanker}[s]
		return [5]Source{src, src, src, src, src}, nil
	}
	return [5]Source{}, fmt.Errorf("unknown source %q (want rules, tagger, both, ranked or best)", s)
}

// RankedExtracts maps the ranker's fillers to MUC-4 role fillers, each
// entity named once: the metric counts a predicted entity only when every
// name it gives is one of a gold entity's, so one well-chosen name is
// worth more than all of them.
func RankedExtracts(scored []roles.Scored) Extracts {
	var out Extracts
	for _, s := range scored {
		out[s.Role] = append(out[s.Role], Entity{s.Text})
	}
	return out
}

// Strings returns every mention of every entity, by role: the rules'
// fillers as the ranker takes them.
func (x Extracts) Strings() [5][]string {
	var out [5][]string
	for r, ents := range x {
		for _, e := range ents {
			out[r] = append(out[r], e...)
		}
	}
	return out
}
