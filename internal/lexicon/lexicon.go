// Package lexicon holds the word lists the extractor reads text with: event
// triggers, casualty words, party nouns, weapons, target nouns, attribution
// cues and the frames (trials, anniversaries, accidents) that mark an
// article as not reporting a new attack. The lists are data (terms.txt),
// compiled once into phrases of word ids so that matching a document is a
// map lookup per token. The small closed word classes the rules read
// around those phrases (report verbs, force nouns, place nouns ...) are
// data too (words.txt), read by ParseWords, the strict reader that the
// text package's word lists share.
package lexicon

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/record"
)

//go:embed terms.txt
var termsTxt string

// Category is what a phrase says: an event trigger, a party noun, and so on.
type Category uint8

// Categories, as named in terms.txt section headers.
const (
	Trigger     Category = iota // value: an incident type, or "generic"
	Kill                        // killed, dead, died ...
	Injure                      // wounded, injured, hurt ...
	Kidnap                      // kidnapped, abducted, taken hostage ...
	Party                       // value: a by_party key, or "people" for generic nouns
	Weapon                      // value: a weapon enum value
	Target                      // value: a target category
	Attribution                 // value: claimed, suspected, denied, unclaimed
	Frame                       // value: trial, anniversary, peace, release, foiled, reopen, economy, election, accident, hedge, statistics, context, habit, no-crime, robbery
	Title                       // high-profile victims: president, ambassador, candidate ...
	Cue                         // value: small closed classes the rules name (passive, another, including, ...)
	numCategories
)

var categoryNames = [...]string{"trigger", "kill", "injure", "kidnap", "party", "weapon",
	"target", "attribution", "frame", "title", "cue"}

func (c Category) String() string {
	if int(c) < len(categoryNames) {
		return categoryNames[c]
	}
	return fmt.Sprintf("category(%d)", c)
}

// Phrase is one entry: a sequence of word ids with its category and value.
type Phrase struct {
	Words []uint32
	Cat   Category
	Value string
	Text  string // as written in terms.txt, for messages and tests
}

// Lexicon is the compiled word lists. It is read-only after Load and safe
// for concurrent use.
type Lexicon struct {
	vocab   map[string]uint32
	byFirst map[uint32][]*Phrase // phrases by first word, longest first
}

var (
	loadOnce sync.Once
	loaded   *Lexicon
	loadErr  error
)

// Load returns the embedded lexicon, compiled on first use: terms.txt,
// with the hedge nouns of words.txt [hedge-head] marked "frame" added to
// [frame hedge] ("the threat of attacks", "rumours of a bombing"), so
// that each is written once.
func Load() (*Lexicon, error) {
	loadOnce.Do(func() {
		loaded, loadErr = Parse(termsTxt)
		if loadErr != nil {
			return
		}
		for _, e := range words.Entries("hedge-head") {
			if len(e.Cols) > 0 && e.Cols[0] == "frame" {
				if loadErr = loaded.add(&Phrase{Cat: Frame, Value: "hedge", Text: e.Text}); loadErr != nil {
					return
				}
			}
		}
	})
	return loaded, loadErr
}

// add compiles one more phrase into the lexicon, after Parse; as in
// Parse, a phrase is listed once per category.
func (l *Lexicon) add(p *Phrase) error {
	p.Words = l.intern(strings.Fields(p.Text))
	for _, q := range l.byFirst[p.Words[0]] {
		if q.Cat == p.Cat && slices.Equal(q.Words, p.Words) {
			return fmt.Errorf("lexicon: %q is in terms.txt and in words.txt's [hedge-head]", p.Text)
		}
	}
	ps := append(l.byFirst[p.Words[0]], p)
	sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].Words) > len(ps[j].Words) })
	l.byFirst[p.Words[0]] = ps
	return nil
}

// intern returns the ids of words, giving new words the next ids.
func (l *Lexicon) intern(words []string) []uint32 {
	ids := make([]uint32, 0, len(words))
	for _, w := range words {
		id, ok := l.vocab[w]
		if !ok {
			id = uint32(len(l.vocab) + 1)
			l.vocab[w] = id
		}
		ids = append(ids, id)
	}
	return ids
}

// Parse compiles a terms file: sections headed "[category value]" (or
// "[category]"), one phrase per line, "#" comments. Words are separated by
// spaces; hyphens in text are ignored when matching, so "car bomb" matches
// "car-bomb" too.
func Parse(src string) (*Lexicon, error) {
	l := &Lexicon{vocab: map[string]uint32{}, byFirst: map[uint32][]*Phrase{}}
	cat, val := Category(0), ""
	inSection := false
	sc := bufio.NewScanner(strings.NewReader(src))
	seen := map[string]string{}
	sections := map[string]int{}
	var deeds []*Phrase // phrases of deeds, whose -s forms are deeds too
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if line[0] == '[' {
			if line[len(line)-1] != ']' {
				return nil, fmt.Errorf("terms.txt:%d: unclosed section header", n)
			}
			f := strings.Fields(line[1 : len(line)-1])
			if len(f) == 0 || len(f) > 2 {
				return nil, fmt.Errorf("terms.txt:%d: want [category value]", n)
			}
			c, ok := categoryByName(f[0])
			if !ok {
				return nil, fmt.Errorf("terms.txt:%d: unknown category %q", n, f[0])
			}
			cat, val, inSection = c, "", true
			if len(f) == 2 {
				val = f[1]
			}
			if err := checkValue(c, val); err != nil {
				return nil, fmt.Errorf("terms.txt:%d: %w", n, err)
			}
			header := c.String() + " " + val
			if prev, dup := sections[header]; dup {
				return nil, fmt.Errorf("terms.txt:%d: section [%s] already opened at line %d", n, strings.TrimSpace(header), prev)
			}
			sections[header] = n
			continue
		}
		if !inSection {
			return nil, fmt.Errorf("terms.txt:%d: phrase before any section", n)
		}
		words := strings.Fields(strings.ToLower(line))
		// a phrase means one thing per category: listing it under two
		// values of the same category would make the match ambiguous. Cues
		// are the exception: each value is a set of its own ("shot" is
		// both weak evidence of an attack and a deed implying a weapon).
		key := cat.String() + "/" + strings.Join(words, " ")
		if cat == Cue {
			key += "/" + val
		}
		if prev, dup := seen[key]; dup {
			return nil, fmt.Errorf("terms.txt:%d: %q already listed in [%s]", n, line, strings.TrimSpace(cat.String()+" "+prev))
		}
		seen[key] = val
		p := &Phrase{Cat: cat, Value: val, Text: line, Words: l.intern(words)}
		l.byFirst[p.Words[0]] = append(l.byFirst[p.Words[0]], p)
		if (cat == Trigger || cat == Kill) && len(words) == 1 {
			deeds = append(deeds, p)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	// the plural of a deed's noun names deeds of the same kind ("murders",
	// "assassinations", "shellings"), and the same form of its verb is
	// the verb's present ("kidnaps"): a word of a deed that takes an -s is
	// a word of a deed with it, unless the category lists that form
	// already or the form is another word ([no-deed-s-form]: "storms")
	noS := words.Set("no-deed-s-form")
	for _, p := range deeds {
		w := strings.ToLower(p.Text)
		pl, ok := sForm(w)
		if !ok || noS[w] {
			continue
		}
		key := p.Cat.String() + "/" + pl
		if _, dup := seen[key]; dup {
			continue
		}
		seen[key] = p.Value
		q := &Phrase{Cat: p.Cat, Value: p.Value, Text: pl, Words: l.intern([]string{pl})}
		l.byFirst[q.Words[0]] = append(l.byFirst[q.Words[0]], q)
	}
	for _, ps := range l.byFirst {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].Words) > len(ps[j].Words) })
	}
	return l, nil
}

// sForm returns the -s form of a word, the plural of a noun or the present
// of a verb in the third person: "murder" "murders", "ambush" "ambushes",
// "assassination" "assassinations". A word that is already such a form,
// a participle or an adverb ("killed", "fatally", "attacks") has none.
func sForm(w string) (string, bool) {
	switch {
	case len(w) < 3 || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly"):
		return "", false
	case strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es", true
	case strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies", true
	}
	return w + "s", true
}

// categoryValues lists, per category, the values a section header may
// name: the record enums a value is copied into, and the closed classes the
// rules ask for by name. A category with no list takes no value.
var categoryValues = [numCategories][]string{
	Trigger:     append(append([]string{}, record.Types...), "generic"),
	Party:       {record.Civilians, record.SecurityForces, record.Perpetrators, record.Combatants, "people"},
	Weapon:      except(record.Weapons, "unknown"),
	Target:      record.TargetCategories,
	Attribution: {record.Claimed, record.Suspected, record.Denied, "unclaimed"},
	Frame: {"trial", "anniversary", "peace", "release", "foiled", "reopen", "economy", "election",
		"accident", "animal", "hedge", "statistics", "context", "habit", "exercise", "no-crime", "robbery"},
	Title: {"leader"},
	Cue: {"passive", "another", "including", "total", "rose", "from", "themselves", "weak", "neutral",
		"thing", "implied"},
}

func except(list []string, drop string) []string {
	var out []string
	for _, s := range list {
		if s != drop {
			out = append(out, s)
		}
	}
	return out
}

// checkValue reports whether val may head a section of category c.
func checkValue(c Category, val string) error {
	allowed := categoryValues[c]
	switch {
	case allowed == nil && val != "":
		return fmt.Errorf("[%s] takes no value, got %q", c, val)
	case allowed != nil && val == "":
		return fmt.Errorf("[%s] wants a value: one of %s", c, strings.Join(allowed, ", "))
	case allowed != nil && !isOneOf(val, allowed):
		return fmt.Errorf("unknown %s value %q; want one of %s", c, val, strings.Join(allowed, ", "))
	}
	return nil
}

func categoryByName(s string) (Category, bool) {
	for i, n := range categoryNames {
		if n == s {
			return Category(i), true
		}
	}
	return 0, false
}

// ID returns the id of a lower-case word, or 0 when no phrase uses it. The
// word may be given in any case; buf is scratch space for lower-casing and
// is returned for reuse, so that the lookup does not allocate.
func (l *Lexicon) ID(word string, buf []byte) (uint32, []byte) {
	buf = appendLower(buf[:0], word)
	return l.vocab[string(buf)], buf
}

// WordID returns the id of an exact lower-case word (for rules that name a
// word), or 0.
func (l *Lexicon) WordID(w string) uint32 { return l.vocab[w] }

// Match is a phrase found at words [Start, End) of the id stream.
type Match struct {
	Start, End int
	Phrase     *Phrase
}

// Find appends to dst every phrase occurrence in ids, all categories, with
// the longest phrase of each category at a position and no overlaps inside a
// category (earliest, then longest, wins).
func (l *Lexicon) Find(dst []Match, ids []uint32) []Match {
	var next [numCategories]int // first free position per category
	for i, id := range ids {
		if id == 0 {
			continue
		}
		var done [numCategories]bool
		for _, p := range l.byFirst[id] {
			if done[p.Cat] || i < next[p.Cat] || i+len(p.Words) > len(ids) {
				continue
			}
			ok := true
			for k := 1; k < len(p.Words); k++ {
				if ids[i+k] != p.Words[k] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			dst = append(dst, Match{Start: i, End: i + len(p.Words), Phrase: p})
			done[p.Cat] = true
			next[p.Cat] = i + len(p.Words)
		}
	}
	return dst
}

// appendLower appends w lower-cased, with ’ written as '.
func appendLower(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == '’' || r == '‘' {
			dst = append(dst, '\'')
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		i += size
	}
	return dst
}
