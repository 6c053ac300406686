// Package actor is the curated lexicon of armed groups and other named
// perpetrators (groups.txt, embedded) and the matcher that finds their
// mentions in a document by name, acronym or spelling variant.
//
// The lexicon is data: one group per line, edited by hand, with its sources
// named in SOURCES.md. This file parses it; match.go finds mentions.
package actor

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Group is one armed group, movement, cartel, coalition or named state unit.
type Group struct {
	Name      string   // canonical name, as records show it
	Aliases   []string // other names as written in the data, markers removed
	Outlets   []string // names of its own news outlets ("Amaq", "Radio Venceremos"), markers removed
	Countries []string // ISO 3166-1 alpha-2 codes of the countries it operates in
	Kind      string   // one of Kinds
	Parent    string   // canonical name of the group it belongs to, or ""
}

// Match is one mention of a group in a text.
type Match struct {
	Start, End int // byte offsets into the text; text[Start:End] is the mention
	Group      *Group
	Alias      string // the name (canonical or alias, as in the data) that matched
}

// Kinds are the values of Group.Kind. The extractor may use them (a
// coalition strikes from the air; a cartel is not an insurgency), so the
// loader rejects any other value.
var Kinds = []string{
	"jihadist",     // Salafi-jihadist: Islamic State, al-Qaeda and their branches
	"islamist",     // other Islamist armed movements: Hamas, Hezbollah, the Houthis
	"separatist",   // armed movements for secession or autonomy
	"leftist",      // Marxist, Maoist and other left-wing insurgents and cells
	"anarchist",    // anarchist cells
	"rightwing",    // far-right and white-supremacist groups
	"loyalist",     // Ulster loyalist paramilitaries
	"nationalist",  // other nationalist armed groups
	"ethnic",       // ethnic and communal militias
	"militia",      // self-defence, pro-government and local militias
	"paramilitary", // death squads and paramilitary forces outside the army
	"rebel",        // insurgents without one of the ideologies above
	"criminal",     // cartels and gangs
	"mercenary",    // private military companies
	"religious",    // non-Islamist religious or cult groups
	"state",        // named state forces that demonyms do not cover (IDF, IRGC)
	"coalition",    // multinational coalitions and missions
}

// Lexicon is the parsed group list with the index Find uses. It is
// read-only after loading and safe for concurrent use.
type Lexicon struct {
	groups []Group
	byName map[string]*Group
	// vocab numbers every normalized word that occurs in a name; a text
	// word outside it cannot be part of a mention.
	vocab map[string]uint32
	// edges is the word trie: node<<32|word -> child node. Node 0 is the root.
	edges map[uint64]uint32
	// terms[node] holds the names that end at a trie node: none for most,
	// several when groups deliberately share a name or when case variants
	// such as "JeM" and "JEM" normalize alike.
	terms [][]term
	// shared maps a name shared by several groups (as written in the data)
	// to every group that has it, so Resolve can choose by country.
	shared   map[string][]*Group
	context  map[string]bool // @context: words that show an ambiguous acronym names a group
	negators map[string]bool // @negators: "anti-Taliban" is not the Taliban
}

// term is one name that ends at a trie node.
type term struct {
	group  *Group
	alias  string // as written in the data, markers removed
	flags  uint8
	letter string // the alias's word characters in their written case, for case checks
}

// Alias markers, written before an alias in groups.txt.
const (
	// flagWord ("!") marks an alias that is also an ordinary word or name
	// ("IS", "FAR", "IRA"): it matches only in the case written, never in
	// a lower-cased document, and in all-capitals text only with group
	// context.
	flagWord uint8 = 1 << iota
	// flagAcronym ("^") marks an acronym that is no word ("ELN", "ADF"): in
	// mixed-case text it must be written in the case given, but a
	// lower-cased or all-capitals text may match it.
	flagAcronym
	// flagShared ("~") marks a name that also names another group, where
	// the other group is the default reading; Resolve picks by country.
	flagShared
	// flagOutlet ("=") marks the name of the group's own news outlet (a
	// radio, an agency, a channel): what it says is the group's own word,
	// so FindOutlets finds it and Find does not, since the outlet speaks
	// and never acts.
	flagOutlet
)

//go:embed groups.txt
var groupsTxt string

var (
	loadOnce sync.Once
	loaded   *Lexicon
	loadErr  error
)

// Load returns the embedded lexicon, parsed once; the result is shared and
// safe for concurrent use.
func Load() (*Lexicon, error) {
	loadOnce.Do(func() { loaded, loadErr = Parse("groups.txt", groupsTxt) })
	return loaded, loadErr
}

// ByName returns the group whose canonical name is name (compared as
// mentions are: case, accents and hyphens do not matter), or nil.
func (l *Lexicon) ByName(name string) *Group {
	return l.byName[normalize(name)]
}

// Acronym returns the group's short name in capitals ("FARC", "ELN",
// "ISIS"): its canonical name or its first alias when that is an
// acronym, or "". groups.txt lists the acronym a group is known by right
// after its name; one further down the line ("HSM" for al-Shabaab) is a
// variant readers seldom know. Records show it beside the name a text
// uses, as conflict datasets name their actors, since reports and readers
// know a group by either.
func (g *Group) Acronym() string {
	if IsAcronym(g.Name) {
		return g.Name
	}
	if len(g.Aliases) > 0 && IsAcronym(g.Aliases[0]) {
		return g.Aliases[0]
	}
	return ""
}

// BaseName returns the name a mention of g is built on when the mention
// is that name used as a modifier before a word for the group's men from
// @context ("Houthi militia", "Maoist rebels", "Naxal rebels"): the text's
// words less that word, when they (or their plural: "Maoist", "Maoists")
// are a name of g. Such a phrase names the group itself, as conflict data
// and readers count it, so a record names the Houthis alike whether the
// lexicon lists the whole phrase ("Houthi militia") or only the name
// ("Houthi rebels" matches "Houthi"). Any other mention is returned whole.
func (l *Lexicon) BaseName(g *Group, mention string) string {
	words := strings.Fields(mention)
	if g == nil || len(words) < 2 || !l.context[normalize(words[len(words)-1])] {
		return mention
	}
	base := strings.Join(words[:len(words)-1], " ")
	nb := normalize(base)
	named := func(n string) bool { // "Maoist" names the Maoists
		nn := normalize(n)
		return nn == nb || strings.TrimSuffix(nn, "s") == nb
	}
	if named(g.Name) || slices.ContainsFunc(g.Aliases, named) {
		return base
	}
	return mention
}

// IsAcronym reports whether s is written as an acronym: two to eight
// characters, a capital letter first, then capitals, digits and hyphens
// only ("PKK", "FARC-EP", "M23").
func IsAcronym(s string) bool {
	if len(s) < 2 || len(s) > 8 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// TopOf returns the group at the top of g's chain of parents: the
// movement a branch or wing belongs to ("Islamic State" for its West
// Africa Province), g itself when it has no parent. Two groups with one
// top are one side.
func (l *Lexicon) TopOf(g *Group) *Group {
	for n := 0; g != nil && g.Parent != "" && n < len(l.groups); n++ {
		p := l.ByName(g.Parent)
		if p == nil {
			break
		}
		g = p
	}
	return g
}

// Resolve returns the group a match most likely names in a story about
// country (an ISO alpha-2 code): the matched group when it operates there
// or when no other group shares the name, else the first group sharing the
// name that operates there. "al-Shabaab" resolves to the Mozambican group
// in a Mozambique story and to the Somali group elsewhere.
func (l *Lexicon) Resolve(m Match, country string) *Group {
	if m.Group == nil || slices.Contains(m.Group.Countries, country) {
		return m.Group
	}
	for _, g := range l.shared[m.Alias] {
		if slices.Contains(g.Countries, country) {
			return g
		}
	}
	return m.Group
}

// Parse reads a lexicon in the groups.txt format; name is the file name
// used in error messages. Each line is a comment (#), a blank, a directive
// (@context WORD..., @negators WORD...) or a group:
//
//	Canonical Name | alias | ^ACRONYM | !WORD | ~SHARED | =OUTLET ; CC CC ; kind [; Parent Name]
//
// The header of groups.txt explains the markers.
func Parse(name, data string) (*Lexicon, error) {
	l := &Lexicon{
		byName:   map[string]*Group{},
		terms:    [][]term{nil},
		shared:   map[string][]*Group{},
		context:  map[string]bool{},
		negators: map[string]bool{},
	}
	type pending struct {
		line    int
		aliases []string // with markers
	}
	var lines []pending
	for n, line := range strings.Split(data, "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "@") {
			if err := l.directive(line); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
			}
			continue
		}
		g, aliases, err := parseGroup(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
		}
		l.groups = append(l.groups, g)
		lines = append(lines, pending{n + 1, aliases})
	}
	// Index after every group is read: l.groups no longer moves, so
	// pointers into it stay valid. The maps are sized for the names
	// first: grown one rehash at a time, they were half of this parse,
	// which every extract run waits for.
	names := 0
	for _, p := range lines {
		names += len(p.aliases)
	}
	l.vocab = make(map[string]uint32, names)
	l.edges = make(map[uint64]uint32, 2*names)
	keyGroups := make(map[string][]*Group, names)
	keyAliases := make(map[string][]string, names)
	for i := range l.groups {
		g := &l.groups[i]
		key := normalize(g.Name)
		if other := l.byName[key]; other != nil {
			return nil, fmt.Errorf("%s:%d: group %q repeats %q", name, lines[i].line, g.Name, other.Name)
		}
		l.byName[key] = g
		for _, a := range lines[i].aliases {
			flags, text := splitMarkers(a)
			k, err := l.add(g, text, flags)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %q: %w", name, lines[i].line, a, err)
			}
			if !slices.Contains(keyGroups[k], g) {
				keyGroups[k] = append(keyGroups[k], g)
			}
			keyAliases[k] = append(keyAliases[k], text)
		}
	}
	for i := range l.groups {
		if p := l.groups[i].Parent; p != "" && l.ByName(p) == nil {
			return nil, fmt.Errorf("%s:%d: parent %q is not a group", name, lines[i].line, p)
		}
	}
	for k, gs := range keyGroups {
		if len(gs) > 1 {
			for _, a := range keyAliases[k] {
				l.shared[a] = gs
			}
		}
	}
	return l, nil
}

// directive reads an @context or @negators line.
func (l *Lexicon) directive(line string) error {
	fields := strings.Fields(line)
	var set map[string]bool
	switch fields[0] {
	case "@context":
		set = l.context
	case "@negators":
		set = l.negators
	default:
		return fmt.Errorf("unknown directive %s", fields[0])
	}
	if len(fields) < 2 {
		return fmt.Errorf("%s lists no words", fields[0])
	}
	for _, w := range fields[1:] {
		set[normalize(w)] = true
	}
	return nil
}

// parseGroup reads "names ; countries ; kind [; parent]" and returns the
// group and its names with markers, canonical name first.
func parseGroup(line string) (Group, []string, error) {
	f := strings.Split(line, ";")
	if len(f) < 3 || len(f) > 4 {
		return Group{}, nil, fmt.Errorf("want names ; countries ; kind [; parent], got %d fields", len(f))
	}
	var g Group
	var names []string
	for i, a := range strings.Split(f[0], "|") {
		a = strings.Join(strings.Fields(a), " ")
		if a == "" {
			return Group{}, nil, fmt.Errorf("empty name in %q", strings.TrimSpace(f[0]))
		}
		flags, text := splitMarkers(a)
		switch {
		case i == 0 && flags&flagOutlet != 0:
			return Group{}, nil, fmt.Errorf("canonical name %q is marked as an outlet", text)
		case i == 0:
			g.Name = text
		case flags&flagOutlet != 0:
			g.Outlets = append(g.Outlets, text)
		default:
			g.Aliases = append(g.Aliases, text)
		}
		names = append(names, a)
	}
	for _, c := range strings.Fields(f[1]) {
		if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
			return Group{}, nil, fmt.Errorf("country %q is not an ISO alpha-2 code", c)
		}
		g.Countries = append(g.Countries, c)
	}
	if len(g.Countries) == 0 {
		return Group{}, nil, fmt.Errorf("%s lists no countries", g.Name)
	}
	g.Kind = strings.TrimSpace(f[2])
	if !slices.Contains(Kinds, g.Kind) {
		return Group{}, nil, fmt.Errorf("kind %q is not one of %s", g.Kind, strings.Join(Kinds, ", "))
	}
	if len(f) == 4 {
		g.Parent = strings.TrimSpace(f[3])
	}
	return g, names, nil
}

// splitMarkers separates the !, ^, ~ and = markers from an alias.
func splitMarkers(a string) (uint8, string) {
	var flags uint8
	for len(a) > 0 {
		switch a[0] {
		case '!':
			flags |= flagWord
		case '^':
			flags |= flagAcronym
		case '~':
			flags |= flagShared
		case '=':
			flags |= flagOutlet
		default:
			return flags, a
		}
		a = a[1:]
	}
	return flags, a
}

// add indexes one name of g and returns its normalized key.
func (l *Lexicon) add(g *Group, alias string, flags uint8) (string, error) {
	if flags&flagWord != 0 && flags&flagAcronym != 0 {
		return "", fmt.Errorf("both ! and ^")
	}
	var words []string
	for i := 0; ; {
		s, e := nextWord(alias, i)
		if s < 0 {
			break
		}
		w := normalize(alias[s:e])
		if len(w) > maxKey {
			return "", fmt.Errorf("word %q is longer than %d bytes", alias[s:e], maxKey)
		}
		words = append(words, w)
		i = e
	}
	if len(words) == 0 {
		return "", fmt.Errorf("no word in name")
	}
	var letters []byte
	if flags&(flagWord|flagAcronym) != 0 {
		for i := 0; i < len(alias); i++ {
			c := alias[i]
			if c >= 0x80 {
				return "", fmt.Errorf("a case-marked name must be ASCII")
			}
			if isWordByte(c) {
				letters = append(letters, c)
			}
		}
	}
	node := uint32(0)
	for _, w := range words {
		id, ok := l.vocab[w]
		if !ok {
			id = uint32(len(l.vocab)) + 1
			l.vocab[w] = id
		}
		k := uint64(node)<<32 | uint64(id)
		child, ok := l.edges[k]
		if !ok {
			child = uint32(len(l.terms))
			l.edges[k] = child
			l.terms = append(l.terms, nil)
		}
		node = child
	}
	marked := flags&(flagWord|flagAcronym) != 0
	for _, t := range l.terms[node] {
		// Two names of one group may normalize alike only as case
		// variants of a marked name ("!ETA", "!Eta").
		caseVariants := marked && t.flags&(flagWord|flagAcronym) != 0 && t.letter != string(letters)
		if t.group == g && !caseVariants {
			return "", fmt.Errorf("repeats %q of the same group", t.alias)
		}
		if t.group != g && t.flags&flagShared == 0 && flags&flagShared == 0 && (t.flags^flags)&flagOutlet == 0 {
			return "", fmt.Errorf("also names %s: mark one of them shared (~)", t.group.Name)
		}
	}
	l.terms[node] = append(l.terms[node], term{group: g, alias: alias, flags: flags, letter: string(letters)})
	return strings.Join(words, " "), nil
}
