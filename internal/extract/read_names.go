package extract

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/text"
)

// selfNaming are the words by which a text introduces a group under the
// name it gives itself: "a group calling itself the Revolutionary Justice
// Organisation", "the self-styled Guardians of Free Enterprise". The
// group lexicon cannot know every new group, but the language says that
// what follows is a group's name.
var selfNaming = lexicon.Words().Set("self-naming") // lexicon/words.txt

// selfNamingFirst are the first words of selfNaming's phrases: a word that
// starts none is passed over before any span is built.
var selfNamingFirst = func() map[string]bool {
	first := map[string]bool{}
	for p := range selfNaming {
		w, _, _ := strings.Cut(p, " ")
		first[w] = true
	}
	return first
}()

// nameConnectors are the lower-case words inside a name in mixed-case
// text: "Guardians of Free Enterprise", "Sons of the Valley".
var nameConnectors = lexicon.Words().Set("name-connector") // lexicon/words.txt

// selfNamed adds to a.groups the groups the text introduces by the name
// they call themselves (selfNaming), each with a group of its own, and
// the later mentions of that name: "the Revolutionary Justice Organisation
// said" after it was introduced so names the same group. A name the
// lexicon already knows is left to the lexicon's match.
func (a *article) selfNamed() {
	var named []actor.Match
	for j := int32(0); int(j) < len(a.toks); j++ {
		n := a.selfNamingAt(j)
		if n == 0 {
			continue
		}
		k := j + n
		if a.lowerWord(k) == "the" {
			k++
		}
		n0, n1 := a.givenName(k)
		if n1 == n0 {
			continue
		}
		b0, b1 := a.span(n0, n1)
		if a.overlapsGroup(b0, b1) {
			continue
		}
		name := a.src[b0:b1]
		g := &actor.Group{Name: a.displayName(b0, b1)}
		named = append(named, actor.Match{Start: b0, End: b1, Group: g, Alias: name})
		for off := b1; ; {
			i := strings.Index(a.src[off:], name)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(name)
			off = e
			if wordAt(a.src, s-1) || wordAt(a.src, e) || a.overlapsGroup(s, e) {
				continue
			}
			named = append(named, actor.Match{Start: s, End: e, Group: g, Alias: name})
		}
		j = n1 - 1
	}
	a.addGroups(named)
}

// selfNamingAt returns the number of tokens of a selfNaming cue starting
// at token j ("calling itself" 2, "self-styled" 3), or 0.
func (a *article) selfNamingAt(j int32) int32 {
	if !selfNamingFirst[a.lowerWord(j)] {
		return 0
	}
	for n := int32(2); n <= 3 && int(j+n) <= len(a.toks); n++ {
		if a.sentOf[j+n-1] == a.sentOf[j] && a.spanIn(selfNaming, j, j+n) {
			return n
		}
	}
	return 0
}

// introStart returns the token where the words introducing a group's
// name at token t0 begin ("self" in "by the self-styled X", also before a
// name the lexicon knows), or t0: what governs the group stands before
// them.
func (a *article) introStart(t0 int32) int32 {
	k := t0
	if a.lowerWord(k-1) == "the" {
		k-- // "calling itself the X"
	}
	for n := int32(2); n <= 3; n++ {
		if k-n >= 0 && a.selfNamingAt(k-n) == n {
			k -= n
			if w := a.lowerWord(k - 1); w == "the" || w == "a" || w == "an" {
				k-- // "by a self-styled X group"
			}
			return k
		}
	}
	return t0
}

// wordAt reports whether byte i of s is a letter or digit: a name found
// again must stand as whole words.
func wordAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// overlapsGroup reports whether bytes [b0, b1) overlap a group mention
// already found.
func (a *article) overlapsGroup(b0, b1 int) bool {
	for _, g := range a.groups {
		if g.Start < b1 && b0 < g.End {
			return true
		}
	}
	return false
}

// givenName returns the tokens of the name a selfNaming cue introduces,
// starting at token k, or an empty run: the words between quotes; in
// mixed case the capitalised words and the connectors between them
// ("the Gerardo Barrios Civic Force"), not a title ("self-styled General
// Ruiz" is a man); in text of one case the words up to a mark, a word
// that ends a phrase or a verb of saying, claiming or violence ("THE
// SELF-STYLED LOS EXTRADITABLES CLAIMED RESPONSIBILITY"), if one comes
// within eight words.
func (a *article) givenName(k int32) (int32, int32) {
	last := int32(a.sents[a.sentOf[min(int(k), len(a.toks)-1)]].Last)
	if k >= last {
		return k, k
	}
	if openQuotes[a.word(k)] {
		for j := k + 1; j < last && j < k+12; j++ {
			if closeQuotes[a.word(j)] {
				if j > k+1 {
					return k + 1, j
				}
				break
			}
		}
		return k, k
	}
	if a.cs == text.Mixed {
		if !a.capWord(k) || personTitles[a.lowerWord(k)] || a.hasTerm(k, lexicon.Title, "") {
			return k, k
		}
		end := k + 1
		for j := k + 1; j < last && j < k+10; {
			switch {
			case a.capWord(j):
				j++
				end = j
			case a.isInnerHyphen(int(j)) || nameConnectors[a.lowerWord(j)]:
				j++
			default:
				return k, end
			}
		}
		return k, end
	}
	for j := k; j < last && j < k+8; j++ {
		tk := a.toks[j]
		if tk.Kind == text.Punct && a.isInnerHyphen(int(j)) {
			continue
		}
		w := a.lowerWord(j)
		if tk.Kind == text.Punct || stopWords[w] || reportVerbs[w] || sayVerbs[w] || auxiliaries[w] ||
			a.hasTerm(j, lexicon.Attribution, "") || a.hasTerm(j, lexicon.Trigger, "") ||
			a.hasTerm(j, lexicon.Kill, "") || a.hasTerm(j, lexicon.Kidnap, "") {
			end := j
			for end > k && nameConnectors[a.lowerWord(end-1)] {
				end--
			}
			return k, end
		}
	}
	return k, k
}

// memberAgents adds to a.groups the organisations a text names only as
// the body whose members did the deed, the agent of a passive deed told
// before it: "a bomb planted by members of the Communist Party of Chile",
// "killed by a member of the National Party". The lexicon cannot know
// every party or front, but the phrase says the doers were its men, as
// "gunmen from X" does (ofGroupName). The name is read as givenName reads
// a group's own name (the capitalised words in mixed case; in capitals the
// words up to a stop or a bracket), of two words at least; one that holds
// a noun of a party to violence or of a state's force ("members of the
// security forces", "of the Salvadoran army", "of the same gang") is left
// to the rules for those, as is a group the lexicon knows.
func (a *article) memberAgents() {
	var named []actor.Match
	for j := int32(1); int(j)+3 < len(a.toks); j++ {
		if a.lowerWord(j+1) != "of" || !memberNouns[a.lowerWord(j)] {
			continue
		}
		by := j - 1
		if w := a.lowerWord(by); w == "a" || suspicionHedges[w] {
			by-- // "by a member of", "by alleged members of"
		}
		passive := by >= 1 && a.lowerWord(by) == "by" && a.sentOf[by] == a.sentOf[j] && a.deedAgentBy(by)
		k := j + 2
		if a.lowerWord(k) == "the" {
			k++
		}
		n0, n1 := a.givenName(k)
		if n1-n0 < 2 || a.partyWordIn(n0, n1) {
			continue
		}
		if !passive && !a.activeDeedAt(n1, j) {
			continue
		}
		b0, b1 := a.span(n0, n1)
		if a.overlapsGroup(b0, b1) {
			continue
		}
		g := &actor.Group{Name: a.displayName(b0, b1)}
		named = append(named, actor.Match{Start: b0, End: b1, Group: g, Alias: a.src[b0:b1]})
		j = n1 - 1
	}
	a.addGroups(named)
}

// activeDeedAt reports whether the token k, right after the name that
// members of it (at token j) belong to, or past at most two adverbs, is
// an active word of the deed in the same sentence: the members are its
// subject ("Members of the Southern Popular Revolutionary Front shot dead
// two policemen"), as the agent after "by" is of the passive. A
// participle with its own "by" after it ("members of the X shot dead by
// police") is a passive whose subject the members are, the victims.
func (a *article) activeDeedAt(k, j int32) bool {
	if int(k) >= len(a.toks) || a.sentOf[k] != a.sentOf[j] {
		return false
	}
	for n := 0; n < 2 && adverbs[a.lowerWord(k)] && strings.HasSuffix(a.lowerWord(k), "ly"); n++ {
		k++ // "allegedly shot dead"
	}
	for _, c := range []lexicon.Category{lexicon.Trigger, lexicon.Kill, lexicon.Kidnap} {
		if t, ok := a.termAt(k, c); ok && t.t0 == k && a.asserted(k) {
			return a.lowerWord(t.t1) != "by"
		}
	}
	return false
}

// deedAgentBy reports whether "by" at token j brings in the agent of the
// deed told before it in its clause, past the place and the time ("shot
// dead in Oaxaca on Tuesday by"): a word of the deed in the passive ("shot
// dead by", "kidnapped by"), a verb of doing it ("perpetrated by",
// "carried out by") or of placing or throwing its device ([plant-verb]:
// "a bomb planted by", "grenades hurled by"). Another participle on the
// way has the agent ("the bodies were recovered by members of the Red
// Cross", "a house owned by"), and so does a clause break.
func (a *article) deedAgentBy(j int32) bool {
	first := int32(a.sents[a.sentOf[j]].First)
	for p := j - 1; p >= first && p >= j-12; p-- {
		w := a.lowerWord(p)
		if a.toks[p].Kind == text.Punct && !a.isInnerHyphen(int(p)) {
			return false
		}
		if perpetrateVerbs[w] || plantVerbs[w] || throwVerbs[w] || a.doingPhraseEndsAt(p) >= 0 {
			return true
		}
		for _, c := range []lexicon.Category{lexicon.Trigger, lexicon.Kill, lexicon.Injure, lexicon.Kidnap} {
			if a.hasTerm(p, c, "") {
				return true
			}
		}
		if strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return false
}

// plantVerbs place a device whose agent did the deed (deedAgentBy).
var plantVerbs = lexicon.Words().Set("plant-verb") // lexicon/words.txt

// doingPhrases are the verbs of doing a deed written with a particle, two
// words each ("carried out"): doingPhraseEndsAt.
var doingPhrases = lexicon.Words().Set("doing-phrase") // lexicon/words.txt

// doingPhraseEndsAt returns the first token of the [doing-phrase] whose
// last word is token j, or -1: the verb before "by" its agent
// (deedAgentBy, madeVerb) or before the deed its subject did
// (strikeAfter).
func (a *article) doingPhraseEndsAt(j int32) int32 {
	if j >= 1 && int(j) < len(a.toks) && a.spanIn(doingPhrases, j-1, j+1) {
		return j - 1
	}
	return -1
}

// partyWordIn reports whether tokens [n0, n1) hold a word of a party to
// violence or of a state's force: a name of those is no new group's.
func (a *article) partyWordIn(n0, n1 int32) bool {
	for k := n0; k < n1; k++ {
		w := a.lowerWord(k)
		if a.hasTerm(k, lexicon.Party, "") || bareForces[w] || forceNouns[w] || armedAgents[w] != "" || unitNouns[w] {
			return true
		}
	}
	return false
}

// addGroups adds the groups a reading found to the article's, kept in
// order of where they stand in the text.
func (a *article) addGroups(named []actor.Match) {
	if len(named) == 0 {
		return
	}
	a.groups = append(a.groups, named...)
	slices.SortStableFunc(a.groups, func(x, y actor.Match) int { return x.Start - y.Start })
}
