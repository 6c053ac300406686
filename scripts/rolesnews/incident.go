package main

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/roles"
)

// gated counts what one gated variant would add where the rules name no
// one: fired (incidents it gives a name), right (the name matches a gold
// name of the article), wrong (the article has gold names, none
// matching), unnamed (the article's gold names no one: "unknown" would
// become a name).
// rulesRight counts the fired incidents whose rules' names already
// matched a gold name (a description the name would replace).
type gated struct{ fired, right, wrong, unnamed, rulesRight int }

// variant is one way of picking a filler for an incident the rules leave
// empty: from the ranker's scored candidates (without its document gates)
// or the tagger's lower-cased spans, only in the incident's sentences,
// optionally only names shaped like an armed group.
type variant struct {
	name      string
	ranker    bool    // else the tagger's spans
	threshold bool    // ranker: only candidates at or above the role's threshold
	shaped    bool    // only armed-group-shaped names or actor-lexicon names
	least     float32 // ranker: the least score when threshold is false
}

var variants = []variant{
	{name: "ranker best, any score", ranker: true, least: -math.MaxFloat32},
	{name: "ranker best, score >= -4", ranker: true, least: -4},
	{name: "ranker best, at threshold", ranker: true, threshold: true},
	{name: "ranker best, any score, group-shaped", ranker: true, shaped: true, least: -math.MaxFloat32},
	{name: "ranker best, at threshold, group-shaped", ranker: true, threshold: true, shaped: true},
	{name: "tagger lower-cased, first span"},
	{name: "tagger lower-cased, first span, group-shaped", shaped: true},
}

// groupWords make a capitalised span a group's name: "Front", "Army",
// "Movement" (lexicon/words.txt [name-generic]).
var groupWords = lexicon.Words().Set("name-generic")

// groupShaped reports whether the span s (as written) names an armed group
// by its shape: the actor lexicon knows it, or it is capitalised and has a
// capitalised group word ("Revolutionary Justice Organisation") besides
// other capitalised words, or it is an acronym of two to six capitals in a
// line that is not all capitals (a wire headline is).
func groupShaped(lex *actor.Lexicon, src string, start, end int) bool {
	s := src[start:end]
	line := src[strings.LastIndexByte(src[:start], '\n')+1:]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	if strings.ToUpper(line) == line {
		return false
	}
	if len(lex.Find(nil, s, false)) > 0 {
		return true
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	caps, generic := 0, false
	for _, w := range words {
		if w == "" || !unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		caps++
		generic = generic || groupWords[strings.ToLower(w)]
		if n := len(w); n >= 2 && n <= 6 && strings.ToUpper(w) == w && len(words) == 1 {
			return true
		}
	}
	return generic && caps >= 2
}

// incidentSentences returns the byte ranges, in src (title, blank line,
// text), of the sentences holding the incident's evidence spans: where a
// gated filler must stand.
func incidentSentences(src string, titleLen int, in *record.Incident) [][2]int {
	var out [][2]int
	for _, e := range in.Evidence {
		s, end := e.Start, e.End
		if e.In != "title" {
			s, end = s+titleLen+2, end+titleLen+2
		}
		if s < 0 || end > len(src) || s > end {
			continue
		}
		a := strings.LastIndexAny(src[:s], ".!?\n")
		b := strings.IndexAny(src[end:], ".!?\n")
		if b < 0 {
			b = len(src) - end
		}
		out = append(out, [2]int{a + 1, end + b})
	}
	return out
}

func within(rs [][2]int, s, e int) bool {
	for _, r := range rs {
		if r[0] <= s && e <= r[1] {
			return true
		}
	}
	return false
}

// pick returns the name variant v gives an incident whose sentences are
// rs, or "": scored holds the ranker's candidates for the wanted roles,
// best first; spans the tagger's lower-cased spans of those roles.
func pick(v variant, src string, rs [][2]int, scored []roles.Scored, spans []roles.Span, thr [roles.NumRoles]float32, lex *actor.Lexicon) string {
	best, bestScore := "", float32(-math.MaxFloat32)
	if v.ranker {
		for _, c := range scored {
			least := v.least
			if v.threshold {
				least = thr[c.Role]
			}
			if c.Score < least || c.Score <= bestScore {
				continue
			}
			for _, sp := range c.Spans {
				name := src[sp.Start:sp.End]
				if within(rs, sp.Start, sp.End) && (!v.shaped || groupShaped(lex, src, sp.Start, sp.End)) {
					best, bestScore = name, c.Score
					break
				}
			}
		}
		return best
	}
	for _, sp := range spans {
		name := src[sp.Start:sp.End]
		if within(rs, sp.Start, sp.End) && (!v.shaped || groupShaped(lex, src, sp.Start, sp.End)) {
			return name
		}
	}
	return ""
}

func (g gated) String() string {
	return fmt.Sprintf("fired=%d right=%d wrong=%d gold-names-no-one=%d (rules already right=%d)", g.fired, g.right, g.wrong, g.unnamed, g.rulesRight)
}
