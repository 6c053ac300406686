package roles

import (
	"slices"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/text"
)

// Entity is one role filler of a document: the mentions that name it.
type Entity struct {
	Role  Role
	Spans []Span // every mention, in order of appearance
	// Names are the distinct names of the entity (by Key), each as first
	// written: "farabundo marti national liberation front", "fmln".
	Names []string
}

// Entities groups the spans of s into entities, per role: mentions with
// the same key ("the fmln", "fmln") are one entity; so are two names of
// one armed group in the actor lexicon ("fmln" and "farabundo marti
// national liberation front"), a name and the bracketed name right after
// it ("popular liberation army (epl)"), and an acronym and the name whose
// initials it is. Entities come in order of first mention.
func Entities(s string, spans []Span) []Entity {
	groups, _ := actor.Load() // nil when it cannot load: no group aliases
	lowerDoc := text.DetectCase(s) == text.Lower
	groupOf := func(m string) *actor.Group {
		if groups == nil {
			return nil
		}
		ms := groups.Find(nil, m, lowerDoc)
		if len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(m) {
			return ms[0].Group
		}
		return nil
	}
	var out []Entity
	for r := range NumRoles {
		var ents []Entity
		var keys [][]string        // keys of ents[i]
		var grps [][]*actor.Group  // groups named by ents[i]
		lastEnd, lastEnt := -1, -1 // the previous span of the role
		for _, sp := range spans {
			if sp.Role != r {
				continue
			}
			m := s[sp.Start:sp.End]
			k := Key(m)
			if !strings.ContainsFunc(k, unicode.IsLetter) {
				continue // "7.62", "77": a number alone names no filler
			}
			g := groupOf(m)
			found := -1
			if lastEnt >= 0 && apposed(s[lastEnd:sp.Start], s[sp.End:]) {
				found = lastEnt
			}
			for i := range ents {
				if found >= 0 {
					break
				}
				if g != nil && slices.Contains(grps[i], g) {
					found = i
					break
				}
				for _, k2 := range keys[i] {
					if k2 == k || abbreviates(k, k2) || abbreviates(k2, k) {
						found = i
						break
					}
				}
				if found >= 0 {
					break
				}
			}
			if found < 0 {
				ents = append(ents, Entity{Role: r})
				keys = append(keys, nil)
				grps = append(grps, nil)
				found = len(ents) - 1
			}
			if g != nil && !slices.Contains(grps[found], g) {
				grps[found] = append(grps[found], g)
			}
			lastEnd, lastEnt = sp.End, found
			e := &ents[found]
			e.Spans = append(e.Spans, sp)
			if !contains(keys[found], k) {
				keys[found] = append(keys[found], k)
				e.Names = append(e.Names, m)
			}
		}
		out = append(out, ents...)
	}
	return out
}

// apposed reports whether a span is bracketed right after the previous
// one: between is the text between them, after the text after it.
func apposed(between, after string) bool {
	return strings.TrimSpace(between) == "(" && strings.HasPrefix(strings.TrimSpace(after), ")")
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// Key is the form mentions are compared in: lower case, letters and digits
// only, without the articles a, an and the (as the MUC-4 metric compares
// answers).
func Key(m string) string {
	words := strings.FieldsFunc(strings.ToLower(m), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
	out := words[:0]
	for _, w := range words {
		w = strings.Trim(w, "-")
		if w == "" || w == "a" || w == "an" || w == "the" {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// abbreviates reports whether the one-word key acr is the initials of the
// words of name, with or without its function words: "fmln" for
// "farabundo marti national liberation front", "eln" for "ejercito de
// liberacion nacional".
func abbreviates(acr, name string) bool {
	if strings.Contains(acr, " ") || len(acr) < 2 || !strings.Contains(name, " ") {
		return false
	}
	var all, content []rune
	for _, w := range strings.Fields(name) {
		r := []rune(w)[0]
		all = append(all, r)
		switch w {
		case "of", "and", "for", "de", "del", "la", "las", "los", "el", "y":
		default:
			content = append(content, r)
		}
	}
	return acr == string(all) || acr == string(content)
}
