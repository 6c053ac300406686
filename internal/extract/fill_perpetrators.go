package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// actorCand is a perpetrator the text names, with the span that names it
// and the cue that says how the attack is attributed to it.
type actorCand struct {
	name, canonical string
	kind, attr      string
	b0, b1          int // the name
	c0, c1          int // the attribution cue; c1 == 0 when there is none
	// state is, for a state force named by its demonym or country, the
	// country code: "Israeli warplanes" and "the Israeli military" are one
	// actor
	state string
	// side marks a state's force named only as a side of the fight
	// (fightSide): the other side's description is told too
	side bool
	// fought marks a state's force told fighting the armed side
	// (foughtForces): it stays a perpetrator only when its own side tells
	// the fight, which makes it claimed
	fought bool
}

// attrRank orders attributions when one actor gets several: a claim
// outweighs suspicion, a denial answers suspicion.
var attrRank = map[string]int{record.Unknown: 0, record.Suspected: 1, record.Denied: 2, record.Claimed: 3}

// forceNouns after a demonym make a state actor: "Russian forces", "Syrian
// government", "Israeli troops".
var forceNouns = lexicon.Words().Set("force-noun") // lexicon/words.txt

// perpetrators names who did it: groups from the armed-group lexicon, state
// forces ("Russian forces", "the regime"), people identified as suspects,
// and, when none is named, the description the text gives ("unidentified
// gunmen"), each with its attribution: claimed, suspected, denied or
// unknown.
func (f *filler) perpetrators() {
	a := f.a
	var cands []actorCand
	for _, si := range f.attributionSentences() {
		cands = append(cands, f.groupsIn(si)...)
		cands = append(cands, f.statesIn(si)...)
		cands = append(cands, a.suspectsIn(si)...)
		cands = append(cands, a.chargedPeople(si)...)
		cands = append(cands, f.accusedIn(si)...)
		if c, ok := a.groupAnaphorIn(si); ok {
			cands = append(cands, c)
		} else if c, ok := f.anaphorDoer(si); ok {
			cands = append(cands, c) // "The group kidnapped two engineers" (fill_accused.go)
		}
		cands = append(cands, f.warAttackers(si)...) // "an overnight Iranian attack" (fill_war.go)
		cands = append(cands, f.foughtForces(si)...) // "police killed three of the armed men" (fill_states.go)
	}
	// no doer: a pronoun, an old deed's doer, or one named to be cleared
	cands = slices.DeleteFunc(cands, func(c actorCand) bool {
		if personalPronouns[strings.ToLower(c.name)] {
			return true // "We", "They": a pronoun names no one, whatever rule took it for a name
		}
		t := a.tokenAt(c.b0)
		if a.otherDeedWord(t) {
			return true // "the 2008 attacks, in which gunmen killed 166 people": the old deed's doers
		}
		if c.kind != "state" && c.attr != record.Claimed && c.attr != record.Denied && a.namedKilled(c.b0, c.b1) {
			return true // "a U.S. air strike killed Major General Qassem Soleimani ... accusing Soleimani of planning attacks": the dead did not do it
		}
		// "no evidence that the killings were carried out by the army",
		// "officials ruled out the involvement of the ELN": named to be
		// cleared, unless it speaks for itself ("Armenia denied that its
		// troops had fired first")
		return c.attr != record.Claimed && c.attr != record.Denied && a.cleared(t, a.tokenAt(c.b1-1)+1)
	})
	if sidesOnly(cands) {
		// no one named, or only a state's force as a side of the fight
		// ("clashes between Libyan Special Forces and Islamist
		// militants"): the description the text gives, one that claimed
		// it ("A leftist group claimed the attacks") or one it blames
		// ("most likely carried out by Jewish extremists") before a plain
		// one ("Arsonists set fire ...")
		for _, si := range f.attributionSentences() {
			c, ok := a.description(si, f.clash)
			if !ok || a.otherDeedWord(a.tokenAt(c.b0)) {
				continue
			}
			if n := len(cands) - 1; n < 0 || cands[n].side {
				cands = append(cands, c)
			} else if attrRank[c.attr] > attrRank[cands[n].attr] {
				cands[n] = c // a described group that claimed it before "gunmen" told earlier
			} else if attrRank[c.attr] == attrRank[cands[n].attr] && a.fullerCraft(cands[n], c) {
				cands[n] = c // "AIRCRAFT ATTACK ..." above "Unidentified jets raided ...": the lead says more
			} else if attrRank[c.attr] == attrRank[cands[n].attr] && a.fellOnly(cands[n]) && !a.fellOnly(c) {
				cands[n] = c // "Six rioters were killed" before "the mob then set it on fire": the ones who acted
			}
		}
	}
	if len(cands) == 1 && cands[0].kind == "description" {
		if c, ok := a.insurgentsOf(cands[0]); ok {
			cands[0] = c
		}
	}
	if len(cands) == 0 {
		// nobody named or described, but the text says no one claimed it
		for _, si := range f.attributionSentences() {
			for _, t := range a.sentTerms(si) {
				if t.p.Cat == lexicon.Attribution && t.p.Value == "unclaimed" {
					c := actorCand{name: "unknown", kind: "description", attr: record.Unknown}
					c.b0, c.b1 = a.span(t.t0, t.t1)
					c.c0, c.c1 = c.b0, c.b1
					cands = append(cands, c)
					break
				}
			}
			if len(cands) > 0 {
				break
			}
		}
	}
	cands = f.outletClaims(cands) // "Radio Venceremos, the FMLN's station, said the rebels attacked" (fill_outlets.go)
	cands = a.dropParents(cands)
	if f.clash {
		cands = dropBareForces(cands)
	}
	f.ownSideClaims(cands)    // "IRNA said Iranian troops inflicted severe losses" (fill_war.go)
	f.governmentClaims(cands) // "The U.S. Defense Department said just 10 pct of the structure remained" (fill_war.go)
	f.forceClaims(cands)      // "Police in Rio raided a favela ... The operation was aimed at ..., police said in a statement"
	f.forceAvowals(cands)     // "The coalition acknowledged carrying out the strike" (fill_accused.go)
	f.forceDenials(cands)     // "Villagers said soldiers killed their relatives. The army denied it." (fill_accused.go)
	f.describedDenials(cands) // "The officer blamed separatist fighters. A spokesman for one separatist group denied involvement" (fill_accused.go)
	a.causeSides(cands)       // "Russian-backed separatists shelled the town, the governor said": a movement named by its cause is suspected
	cands = slices.DeleteFunc(cands, func(c actorCand) bool {
		return c.fought && c.attr != record.Claimed // a side of the fight that its own side does not tell of (foughtForces)
	})
	byName := map[string]int{}
	cued := map[int]bool{} // perpetrators whose attribution has evidence
	only := onlyState(cands)
	for _, c := range cands {
		if c.kind == "group" && c.canonical != "" {
			c.name = a.x.actors.BaseName(a.x.actors.ByName(c.canonical), c.name) // "Maoist rebels" is the Maoists, as "Houthi rebels" is the Houthis
			c = a.withPart(c)
		}
		var key string
		switch {
		case c.canonical != "":
			key = c.canonical // "Al Shabab" and "al-Shabab" are one group
		case c.state != "":
			key = "state/" + c.state
		case c.kind == "state" && only != "" && c.attr == record.Claimed:
			key = "state/" + only // "Myanmar military jets bombed ... The army said it had attacked": the one state's army owns the deed
		case c.kind == "state":
			key = forceKey(c.name) // "soldiers" and "the army" are one force
		default:
			key = strings.ToLower(c.name)
		}
		i, seen := byName[key]
		if !seen {
			i = len(f.rec.Perpetrators)
			byName[key] = i
			canonical := c.canonical
			if canonical == "" && c.state != "" {
				// "Iraqi warplanes", "Iraq" and "U.S." name states the lexicon
				// does not list: the country's name counts and merges them as one.
				canonical = gazetteer.CountryNameOf(c.state)
			}
			f.rec.Perpetrators = append(f.rec.Perpetrators, record.Perpetrator{Name: a.recordName(c), Attribution: c.attr, Kind: c.kind, Canonical: canonical})
			f.evidence("perpetrators["+itoa(i)+"]", c.b0, c.b1)
		}
		if c.kind == "state" && c.state != "" {
			if f.attackerStates == nil {
				f.attackerStates = map[string]bool{}
			}
			f.attackerStates[c.state] = true
		}
		f.attackerSpans = append(f.attackerSpans, [2]int{c.b0, c.b1})
		p := &f.rec.Perpetrators[i]
		if seen && (len(c.name) > len(p.Name) || len(c.name) == len(p.Name) && shouted(p.Name) && !shouted(c.name)) {
			p.Name = c.name // "Islamic State" says more than "ISIS"; "Iraq" in the body spells a headline's "IRAQ"
			f.evidence("perpetrators["+itoa(i)+"]", c.b0, c.b1)
		}
		if attrRank[c.attr] > attrRank[p.Attribution] || !seen {
			p.Attribution = c.attr
			if c.c1 > 0 {
				f.evidence("perpetrators["+itoa(i)+"].attribution", c.c0, c.c1)
				cued[i] = true
			}
		} else if c.attr == p.Attribution && c.c1 > 0 && !cued[i] {
			// "suspected members of the NPA" after the same group named as
			// a side: the cue of the same attribution is its evidence
			f.evidence("perpetrators["+itoa(i)+"].attribution", c.c0, c.c1)
			cued[i] = true
		}
	}
}

// onlyState returns the country of the state forces among cands when
// they name one country and no other: a force named without its country
// that owns the deed in the same story ("Myanmar military jets bombed a
// gathering ... The army said it had attacked a rebel office") is that
// state's, one perpetrator that claims it. A force that only acts keeps
// its own name ("the air force" beside "the Salvadoran army"), which may
// be another service's.
func onlyState(cands []actorCand) string {
	only := ""
	for _, c := range cands {
		if c.kind != "state" || c.state == "" {
			continue
		}
		if only != "" && c.state != only {
			return ""
		}
		only = c.state
	}
	return only
}

// fightSide reports whether the force at tokens [t0, t1) of sentence si,
// a mention of a clash, is a side of the fight: named after "between" and
// a fight word ("clashes between Libyan Special Forces and Islamist
// militants", sidesOf), or the subject of a clash verb with "with"
// ("special forces also clashed with militia fighters"). In a battle each
// side is a party the report names as fighting, which is what suspected
// means, as for a group (groupsIn). In a story that names an armed group
// ("heavy fighting between the Salvadoran armed forces and guerrillas"
// in a story of the FMLN) the rules that make the rebels the doers
// decide, as clashSide leaves them; a force noun after a party word
// ("guerrilla commandos") is no state's force.
func (f *filler) fightSide(si, t0, t1 int32) bool {
	a := f.a
	if !f.clash || len(a.groups) > 0 || !f.isMention(si) || a.struckObject(t0) || a.partyModifies(t0, int32(a.sents[si].First)) {
		return false
	}
	v := t1
	if furtherWords[a.lowerWord(v)] {
		v++ // "also"
	}
	if a.hasTerm(v, lexicon.Trigger, record.Clash) && a.lowerWord(v+1) == "with" && a.asserted(v) {
		return true
	}
	for _, t := range a.sentTerms(si) {
		if t.t1 > t0 {
			continue
		}
		if b, end, ok := a.sidesSpan(t); ok {
			return t0 > b && t0 < end
		}
	}
	return false
}

// partyModifies reports whether a party word or an [armed-opponent]
// stands right before the force noun at token t0, in the sentence opening
// at first: "guerrilla commandos", "Rebel troops" are another side's men,
// no state's force (fightSide, raidingForce).
func (a *article) partyModifies(t0, first int32) bool {
	p := t0 - 1
	return p >= first && (a.hasTerm(p, lexicon.Party, "") || armedOpponents[a.lowerWord(p)])
}

// sidesOnly reports whether cands name no one but states' forces told as
// sides of the fight, or no one at all.
func sidesOnly(cands []actorCand) bool {
	for _, c := range cands {
		if !c.side {
			return false
		}
	}
	return true
}

// shouted reports whether a name is written in capitals only, as an
// all-capitals headline writes every name ("IRAQ SAYS IT HIT SHIP"): the
// same name told in the body keeps its own spelling. An acronym ("ISIS")
// is shorter than its spelled-out name, which wins anyway.
func shouted(name string) bool {
	return strings.ToUpper(name) == name && strings.ToLower(name) != name
}

// dropBareForces removes, in a clash, a state force named without its
// country ("Troops overrun insurgent camp") when the incident names a
// country's force ("Nigerian soldiers attacked an insurgent camp"): one
// side of the battle told twice, the second time with its country.
func dropBareForces(cands []actorCand) []actorCand {
	named := false
	for _, c := range cands {
		named = named || c.kind == "state" && c.state != ""
	}
	if !named {
		return cands
	}
	out := cands[:0]
	for _, c := range cands {
		if c.kind != "state" || c.state != "" {
			out = append(out, c)
		}
	}
	return out
}

// dropParents removes a group whose branch is also named: "Islamic State
// Khorasan Province" says more than "the Islamic State group". A claim
// the parent made goes to the branch, for whom it speaks: "militants from
// JNIM killed ten soldiers ... al-Qaeda claimed responsibility for the
// attack" is JNIM's claim.
func (a *article) dropParents(cands []actorCand) []actorCand {
	parent := map[string]string{} // branch canonical name -> its parent's
	isParent := map[string]bool{}
	for _, c := range cands {
		if c.canonical != "" {
			if g := a.x.actors.ByName(c.canonical); g != nil && g.Parent != "" {
				parent[c.canonical] = g.Parent
				isParent[g.Parent] = true
			}
		}
	}
	claim := map[string]actorCand{} // a dropped parent's strongest attribution
	out := cands[:0]
	for _, c := range cands {
		if !isParent[c.canonical] || c.canonical == "" {
			out = append(out, c)
		} else if p, ok := claim[c.canonical]; !ok || attrRank[c.attr] > attrRank[p.attr] {
			claim[c.canonical] = c
		}
	}
	for i := range out {
		if p, ok := claim[parent[out[i].canonical]]; ok && p.attr == record.Claimed && attrRank[p.attr] > attrRank[out[i].attr] {
			out[i].attr, out[i].c0, out[i].c1 = p.attr, p.c0, p.c1
		}
	}
	return out
}

// attributionSentences are the incident's own sentences and the sentences
// elsewhere in the article that attribute an attack (a claim, a denial, a
// blame) without telling of an earlier one. They are found once per
// incident: the rules of attribution ask for them per candidate.
func (f *filler) attributionSentences() []int32 {
	if f.attr != nil {
		return f.attr
	}
	a := f.a
	own := map[int32]bool{}
	out := []int32{} // not nil, whatever it holds: found
	for _, m := range f.current() {
		if !own[m.sent] {
			own[m.sent] = true
			if _, cue := slices.BinarySearch(f.cues, m.sent); cue && f.otherKindOfDeed(m.sent) {
				continue // "No group has said it carried out the bombing, but ... blamed al Shabaab", joined to the strike: the blame is the bombing's
			}
			out = append(out, m.sent)
		}
	}
	// a claim or a blame stands near the telling of its event: within
	// forty sentences of it, which also keeps a long document linear
	cues := f.cues
	seen := map[int32]bool{}
	for _, m := range f.current() {
		lo, _ := slices.BinarySearch(cues, m.sent-40)
		for _, s := range cues[lo:] {
			if s > m.sent+40 {
				break
			}
			if own[s] || seen[s] {
				continue
			}
			seen[s] = true // whether it is the incident's does not hang on m
			if (!(f.otherIncident(s) && a.tellsOf(s)) || f.ownsToldDeed(s)) && !(f.firstToldInBody(s) && (a.toldDeedIn(s) || a.toldChargeIn(s) || a.toldSetIn(s) && f.otherToldApart(s))) && !(a.chargesKilling(s) && !f.killingTold()) && !f.otherKindOfDeed(s) && !f.thatOtherDeed(s) {
				out = append(out, s)
			}
		}
	}
	slices.Sort(out)
	f.attr = out
	return out
}

// thatOtherDeed reports whether sentence si points with "that" at a deed
// ("That attack was claimed by G", "G claimed that siege") right after a
// sentence that tells a deed and is none of this incident's: the
// demonstrative picks the deed told last, so the claim or the blame of
// the sentence is that deed's. "The abduction came a month after gunmen
// stormed a gold mine, killing nine guards. G claimed that attack": the
// raid on the mine's claim, not the abduction's. "That"
// opens the sentence or follows a verb of claiming or "for"
// ("responsibility for that bombing"); before an article it is no
// demonstrative ("said that the attack").
func (f *filler) thatOtherDeed(si int32) bool {
	a := f.a
	prev := si - 1
	if prev < 0 || !a.tellsDeed(prev) || slices.ContainsFunc(f.current(), func(m *mention) bool { return m.sent == prev }) {
		return false
	}
	first, last := int32(a.sents[si].First), int32(a.sents[si].Last)
	for j := first; j+1 < last; j++ {
		if a.lowerWord(j) != "that" || j > first && !claimVerbs[a.lowerWord(j-1)] && a.lowerWord(j-1) != "for" {
			continue
		}
		if a.toks[j+1].Kind != text.Word || determiners[a.lowerWord(j+1)] {
			continue
		}
		// "claimed that siege,": a noun that ends its phrase is the
		// claim's object, as an attack word is; "claimed that fighters
		// attacked" goes on with a clause
		object := j > first && claimVerbs[a.lowerWord(j-1)] && (j+2 >= last || a.toks[j+2].Kind == text.Punct)
		if object || a.pointedDeed(j, last) > 0 {
			return true
		}
	}
	return false
}

// tellsDeed reports whether sentence si holds an attack word.
func (a *article) tellsDeed(si int32) bool {
	for _, t := range a.sentTerms(si) {
		if t.p.Cat == lexicon.Trigger {
			return true
		}
	}
	return false
}

// otherKindOfDeed reports whether the claim or blame of sentence si is
// about a deed of another kind than this incident's: the deed it points
// back at ([told-back-determiner]: "the bombing", "both assaults") is of
// another type family, one another incident of the story is told with
// (toldByOther), and no word of this incident's kind stands in the
// sentence. "Three U.S. air strikes killed four al Shabaab militants, a
// day after a truck bomb ... No group has said it carried out the
// bombing, but the president blamed al Shabaab": the group is blamed for
// the bombing, and the strike is the deed of the state that struck; "The
// Pakistani Taliban claimed the checkpoint bombing" is not a claim of the
// sweeps told beside it. This holds whether or not the segmenter joined
// the sentence to this incident.
func (f *filler) otherKindOfDeed(si int32) bool {
	a := f.a
	own := record.Family(f.rec.Type)
	first, last := int32(a.sents[si].First), int32(a.sents[si].Last)
	other := false
	for j := first; j < last; j++ {
		if t, ok := a.termAt(j, lexicon.Trigger); ok && t.p.Value != "generic" && record.Family(t.p.Value) == own {
			return false
		}
		if !toldBackDeterminers[a.lowerWord(j)] {
			continue
		}
		for k := j + 1; k < last && k <= j+2 && a.toks[k].Kind == text.Word; k++ {
			if t, ok := a.termAt(k, lexicon.Trigger); ok {
				if t.p.Value != "generic" && record.Family(t.p.Value) != own && f.toldByOther(record.Family(t.p.Value)) {
					other = true
				}
				break
			}
		}
	}
	return other
}

// toldByOther reports whether another incident of the story is told with
// a trigger of type family fam: the deed a claim points back at is one
// the story tells (otherKindOfDeed).
func (f *filler) toldByOther(fam string) bool {
	for _, in := range f.st.incs {
		if in == f.in {
			continue
		}
		for _, m := range in.ms {
			for _, t := range m.triggers {
				if t.p.Value != "generic" && record.Family(t.p.Value) == fam {
					return true
				}
			}
		}
	}
	return false
}

// cueSentences returns the sentences with an attribution cue that do not
// tell of the past: context, or only dates that do not fit the main
// event's date d0.
func (a *article) cueSentences(d0 int) []int32 {
	cues := []int32{}
	for si := range a.sents {
		s := int32(si)
		for _, t := range a.sentTerms(s) {
			if t.p.Cat == lexicon.Attribution {
				if !a.contextBefore(s) && !a.oldDated(s, d0) {
					cues = append(cues, s)
				}
				break
			}
		}
		if len(cues) > 0 && cues[len(cues)-1] == s {
			continue
		}
		if len(a.chargedPeople(s)) > 0 || len(a.suspectsIn(s)) > 0 {
			if !a.contextBefore(s) && !a.oldDated(s, d0) {
				cues = append(cues, s)
			}
			continue
		}
		// "the coalition called the strike a legitimate operation": owning
		// the deed by defending it
		for j := int32(a.sents[si].First); j < int32(a.sents[si].Last); j++ {
			if a.justifies(j) || a.claimsDeed(j) || a.claimsOperation(j) || a.behindDeed(j) || a.heldToDeed(j) || a.heldToBlame(j) || a.doersNamedAt(j) || a.suspicionAt(j) || a.bombDevice(j) || a.targetedDeed(j) || a.culpableAt(j) || a.imputes(j) || a.markAt(j) {
				if !a.contextBefore(s) && !a.oldDated(s, d0) {
					cues = append(cues, s)
				}
				break
			}
		}
	}
	return cues
}

// markNouns are the marks by which a group signs its men's gear or the
// scene of its deed (markAt).
var markNouns = lexicon.Words().Set("mark-noun") // lexicon/words.txt

// markAt reports whether token j is a mark of a group named right after
// it, its acronym between or not: "many painted with the initials CDN of
// the Cartel of the Northeast", "Many had the initials of the Cartel of
// the Northeast ... printed on their doors". The attackers' trucks, or the
// banners left at the scene, bearing a group's mark name the group as a
// leaflet signed by it does: suspected. "Known by its initials TAK" is a
// group's name, no mark: the mark must be "of" the group.
func (a *article) markAt(j int32) bool {
	last := int32(a.sents[a.sentOf[j]].Last)
	if !markNouns[a.lowerWord(j)] || j+3 >= last {
		return false
	}
	k := j + 1
	if a.toks[k].Kind == text.Word && strings.ToUpper(a.word(k)) == a.word(k) && a.lowerWord(k+1) == "of" {
		k++ // the acronym itself: "the initials CDN of"
	}
	if a.lowerWord(k) != "of" {
		return false
	}
	k++
	if articleWords[a.lowerWord(k)] {
		k++
	}
	if k >= last {
		return false
	}
	lo, hi := a.groupRange(int(a.toks[k].Start), int(a.toks[k].Start)+1)
	return lo < hi
}

// markBefore returns the mark noun of markAt whose group starts at token
// t0, and true.
func (a *article) markBefore(t0 int32) (int32, bool) {
	first := int32(a.sents[a.sentOf[t0]].First)
	for k := t0 - 1; k >= first && k >= t0-4; k-- {
		if markNouns[a.lowerWord(k)] {
			return k, a.markAt(k)
		}
	}
	return 0, false
}

// culpableAt reports whether token j is a predicate of culpability
// (culpablePredicate) after a copula: "G was likely responsible.", as
// "was responsible" is a cue of its own.
func (a *article) culpableAt(j int32) bool {
	_, ok := a.culpablePredicate(j)
	return ok
}

// ownsToldDeed reports whether sentence si, which first tells of another
// incident, owns this incident's deed: a definite deed ("called the
// strike legitimate", "claimed Sunday's bombing") after this incident was
// told is the one told before, and the incident the sentence brings in is
// its cause or context ("a response to a rocket attack on X").
func (f *filler) ownsToldDeed(si int32) bool {
	a := f.a
	if f.firstTold(si) {
		return false
	}
	for _, in := range f.st.incOf[si] {
		if in != f.in && in.toldBefore(si, false) {
			return false
		}
	}
	for j := int32(a.sents[si].First); j < int32(a.sents[si].Last); j++ {
		if (a.justifies(j) || a.claimsDeed(j)) && a.definiteDeed(j) {
			return true
		}
	}
	return false
}

// toldDeedIn reports whether sentence si speaks of one attack as told
// before ("carried out the attack", "claimed this bombing"): a claim in
// it is for an attack the text has told, not for one it tells later. "No
// one claimed the attacks" may speak of all of them.
func (a *article) toldDeedIn(si int32) bool {
	last := int32(a.sents[si].Last)
	for j := int32(a.sents[si].First); j < last; j++ {
		switch a.lowerWord(j) {
		case "the", "this", "that":
			if k := a.pointedDeed(j, last); k > 0 && !strings.HasSuffix(a.lowerWord(k), "s") {
				return true
			}
		}
	}
	return false
}

// pointedDeed returns the attack word (deedWord) that the pointing word
// at token j opens, at most one word between and before last ("the
// attack", "the two blasts"), or -1.
func (a *article) pointedDeed(j, last int32) int32 {
	for k := j + 1; k < last && k <= j+2 && a.toks[k].Kind == text.Word; k++ {
		if a.deedWord(k) {
			return k
		}
	}
	return -1
}

// toldSetIn reports whether sentence si speaks of several attacks as told
// before: a plural attack word after a word that points back at people
// or deeds told ([told-back-determiner]: "the bombings", "both assaults",
// "these attacks"), a count between them or not ("the two blasts"). A
// claim, a denial or a blame of such a set is for attacks the text has
// told, as "the attack" is for one (toldDeedIn), when the set is the
// cue's object (setObjectOfCue): told of a set that
// another incident's paragraphs have just told on their own ("38 people
// were killed in the two Kabul blasts. The Taliban said they carried out
// the bombings"), it is that set's, not an attack told after it
// (otherToldApart).
func (a *article) toldSetIn(si int32) bool {
	last := int32(a.sents[si].Last)
	for j := int32(a.sents[si].First); j < last; j++ {
		if !toldBackDeterminers[a.lowerWord(j)] || !a.setObjectOfCue(si, j) {
			continue
		}
		if k := a.pointedDeed(j, last); k > 0 && strings.HasSuffix(a.lowerWord(k), "s") {
			return true
		}
	}
	return false
}

// setObjectOfCue reports whether the phrase opening at token j is the
// object of the sentence's claim, denial or blame: a verb of claiming
// ([claim-verb]: "claimed both assaults") or an attribution cue ("carried
// out", "responsibility for") ends at most three words before it, with no
// clause break between. A set told in another clause ("militiamen, who
// resisted the attacks"; "said the rebel attacks are cowardly acts") is
// no object of the cue.
func (a *article) setObjectOfCue(si, j int32) bool {
	first := int32(a.sents[si].First)
	for x := j - 1; x >= first && x >= j-4; x-- {
		if claimVerbs[a.lowerWord(x)] {
			return true
		}
		if a.clauseBreak(x) {
			break
		}
	}
	for _, t := range a.sentTerms(si) {
		if t.p.Cat != lexicon.Attribution || t.t1 > j || j-t.t1 > 3 {
			continue
		}
		clear := true
		for x := t.t1; x < j && clear; x++ {
			clear = !a.clauseBreak(x)
		}
		if clear {
			return true
		}
	}
	return false
}

// contrastSubject reports whether the actor at token t0 opens the clause
// a [contrast-conjunction] sets against the cue t that no one claimed the
// deed: "No group has claimed the attack, but G has increasingly used
// girls as suicide bombers", "No group claimed them, but such bombings
// are G's hallmark". The writer sets G against the silence as the one the
// reader should suspect, whatever the clause says of it.
func (a *article) contrastSubject(t term, t0 int32) bool {
	k := t0 - 1
	if k > t.t1 && a.lowerWord(k) == "the" {
		k--
	}
	return k >= t.t1 && contrastConjunctions[a.lowerWord(k)]
}

// toldChargeIn reports whether sentence si answers a charge told before:
// a noun of [charge-noun] after "the" or a [pointing-word] that ends its
// phrase ("Hamas rejected the accusation and warned ...", "the group
// denied the allegations."). The charge was laid in an earlier sentence
// on a deed told by then, so the denial is not for an attack the body
// tells only after it ("... rejected the accusation. ... In Jenin,
// soldiers shot dead a man").
func (a *article) toldChargeIn(si int32) bool {
	last := int32(a.sents[si].Last)
	for j := int32(a.sents[si].First); j+1 < last; j++ {
		if w := a.lowerWord(j); w != "the" && !pointingWords[w] {
			continue
		}
		k := j + 1
		if !chargeNouns[a.lowerWord(k)] {
			continue
		}
		if k+1 >= last || a.toks[k+1].Kind == text.Punct || a.lowerWord(k+1) == "and" {
			return true
		}
	}
	return false
}

// otherToldApart reports whether sentence si belongs to another incident
// that the body told on its own before si: a mention of it of its own,
// neither a summary of several incidents nor the lead's. A set of attacks
// spoken of in such a sentence is that incident's attacks, told just
// before, not every attack of the story: "Car bombs exploded outside five
// mosques ... No group claimed the bombings" still speaks of all five.
func (f *filler) otherToldApart(si int32) bool {
	for _, in := range f.st.incOf[si] {
		if in == f.in {
			continue
		}
		for _, m := range in.ms {
			if m.sent < si && !m.title && m.para != f.a.lead && !in.summary[m] {
				return true
			}
		}
	}
	return false
}

// firstTold reports whether sentence si is the first to tell of the
// incident: no sentence before it does.
func (f *filler) firstTold(si int32) bool {
	return !f.in.toldBefore(si, false)
}

// firstToldInBody reports whether no sentence of the body before si tells
// of the incident: "the attack" in the body speaks of an attack the body
// has told, not of one only the headline named ("Taliban attack kills six
// police in Kunduz; bomb kills three in Baghlan" ... "the group's
// fighters had carried out the attack", before the bomb is told).
func (f *filler) firstToldInBody(si int32) bool {
	return !f.in.toldBefore(si, true)
}

// toldBefore reports whether a sentence before si tells of the incident;
// with bodyOnly, a sentence of the body, not the headline.
func (in *incident) toldBefore(si int32, bodyOnly bool) bool {
	for _, m := range in.ms {
		if m.sent < si && !(bodyOnly && m.title) {
			return true
		}
	}
	return false
}

// definiteDeed reports whether the verb at token v (a claim or a
// justification) has a definite attack for its object, one the reader
// already knows of: "the strike", "this attack", "Sunday's bombing", or
// a general noun the determiner points back at the deed told ("this
// crime", [deed-anaphor]).
func (a *article) definiteDeed(v int32) bool {
	j, last, ok := a.definiteObject(v)
	return ok && (a.deedAt(j, last) || a.setIn(deedAnaphors, j, last))
}

// perpetrateVerbs hold their subject to the definite deed after them
// (culpableAfter).
var perpetrateVerbs = lexicon.Words().Set("perpetrate-verb") // lexicon/words.txt

// deedAnaphors name the deed told again when definite (definiteDeed).
var deedAnaphors = lexicon.Words().Set("deed-anaphor") // lexicon/words.txt

// definiteKilling reports whether the word at token v has a definite
// killing for its object, one the reader already knows of: "the murder",
// "the killings". Who is held to the killing is held to the attack that
// killed (culpableAfter).
func (a *article) definiteKilling(v int32) bool {
	j, last, ok := a.definiteObject(v)
	return ok && a.termIn(j, last, lexicon.Kill)
}

// definiteObject returns where the head of a definite object of the word
// at token v may stand, tokens [j, last), past its determiner or the
// possessive of a day: "the ...", "this ...", "Sunday's ...".
func (a *article) definiteObject(v int32) (j, last int32, ok bool) {
	j = v + 1
	switch a.lowerWord(j) {
	case "the", "this", "that", "these", "those":
		j++
	default:
		if a.possessiveAt(j + 1) {
			j += 3 // "Sunday's bombing"
		} else {
			return 0, 0, false
		}
	}
	return j, min(int32(a.sents[a.sentOf[v]].Last), j+3), true
}

// deedWord reports whether token k names an attack: a trigger, or a word
// that does so only with an agent ("strike", "raid"), which the verb of a
// claim or a justification gives it.
func (a *article) deedWord(k int32) bool {
	return a.hasTerm(k, lexicon.Trigger, "") || attackVerbs[a.lowerWord(k)]
}

// ownReport is selfReport for the incident being filled: a report of a
// definite deed the incident told before this sentence ("called the
// strike legitimate, a response to a rocket attack on X") owns that
// earlier strike, not this incident.
func (f *filler) ownReport(si, t0, t1 int32) (int32, int32, bool) {
	c0, c1, self := f.a.selfReport(si, t0, t1)
	if self && f.a.definiteDeed(c0) && f.firstTold(si) {
		self = false
	}
	return c0, c1, self
}

// recordName is how the record names the perpetrator c. A group the
// lexicon knows by an acronym is shown as conflict datasets show their
// actors, acronym first: "FARC: Revolutionary Armed Forces of Colombia"
// whether the text writes the acronym (then the lexicon's name follows)
// or a name (then the text's name follows, so that it can still be
// found in the article). Reports, coders and readers know a group by
// either form; showing one alone leaves the others a name they may not
// recognise. Any other perpetrator keeps the text's name.
func (a *article) recordName(c actorCand) string {
	if c.kind != "group" || c.canonical == "" {
		return c.name
	}
	g := a.x.actors.ByName(c.canonical)
	if g == nil {
		return c.name
	}
	acronym := g.Acronym()
	if acronym == "" {
		return c.name
	}
	// the text's acronym, in the lexicon's capitals (an all-capitals
	// story's "Fmln" is "FMLN")
	if actor.IsAcronym(g.Name) && strings.EqualFold(g.Name, c.name) {
		return g.Name // "ETA"
	}
	for _, n := range g.Aliases {
		if actor.IsAcronym(n) && strings.EqualFold(n, c.name) {
			return n + ": " + g.Name
		}
	}
	return acronym + ": " + c.name
}

// groupParts are the nouns for a part of a movement ([group-part]).
var groupParts = lexicon.Words().Set("group-part") // lexicon/words.txt

// withPart returns a group candidate with the noun for a part of the
// group written right after its name added to its name and evidence ("an
// Islamic State affiliate": [group-part]): the phrase names a part that
// acts on its own, not the whole movement, and the record says so as the
// text does. Any other candidate is returned as it is.
func (a *article) withPart(c actorCand) actorCand {
	k := a.tokenAt(c.b1)
	if int(k) >= len(a.toks) || int(a.toks[k].Start) > c.b1+1 || !groupParts[a.lowerWord(k)] || a.sentOf[k] != a.sentOf[a.tokenAt(c.b0)] {
		return c
	}
	c.name += " " + a.word(k)
	c.b1 = int(a.toks[k].End)
	return c
}

// forceMembers maps a noun of a state force's men to the force.
var forceMembers = lexicon.Words().Map("force-member") // lexicon/words.txt

// forceKey returns the key under which a state force named without its
// country counts as one perpetrator: the force itself when the text names
// only its men ("a soldier fired", "soldiers shot the student",
// "policemen opened fire": the army, the police; [force-member]), as
// conflict data count the body the men act for, so that the men and the
// force the text names elsewhere ("the army said") are one perpetrator;
// else the text's name less its article. The record keeps the text's
// words as the name, so that it can be found in the article.
func forceKey(name string) string {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 2 && articleWords[words[0]] {
		words = words[1:] // "the soldiers", "a soldier"
	}
	if len(words) == 1 && forceMembers[words[0]] != "" {
		return forceMembers[words[0]]
	}
	return strings.Join(words, " ")
}

// otherIncident reports whether sentence si belongs to another incident of
// the article: its attributions are that incident's.
func (f *filler) otherIncident(si int32) bool {
	for _, in := range f.st.incOf[si] {
		if in != f.in {
			return true
		}
	}
	return false
}

// chargesKilling reports whether sentence si accuses someone of a
// killing: a verb of [accuse-verb] whose charge ("of", "for":
// deedChargeAt) is a word of killing and no attack word ("accused the
// army of murdering party leader Cecilio Rivera"). Who is accused of a
// murder is accused of the deed that killed, not of a deed that killed no
// one told beside it (a kidnapping, pylons blown up: killingTold).
func (a *article) chargesKilling(si int32) bool {
	first, last := int32(a.sents[si].First), int32(a.sents[si].Last)
	for j := first; j < last; j++ {
		if !accuseVerbs[a.lowerWord(j)] {
			continue
		}
		for k := j + 1; k < last && k <= j+8 && !a.clauseBreak(k); k++ {
			if a.deedChargeAt(k) {
				end := min(k+5, last)
				return a.termIn(k+1, end, lexicon.Kill) && !a.deedAt(k+1, end)
			}
		}
	}
	return false
}

// killingTold reports whether the incident tells someone killed: a
// statement of its mentions counts the dead (chargesKilling's guard; and
// a count of people shot with no outcome told, who may be among the dead,
// is no count of the hurt: count).
func (f *filler) killingTold() bool {
	for _, st := range f.statements() {
		if st.effect == lexicon.Kill {
			return true
		}
	}
	return false
}

// tellsOf reports whether sentence si tells of an event at a place: its
// attributions are that event's. "No group claimed responsibility for any
// of the attacks" tells of none in particular.
func (a *article) tellsOf(si int32) bool {
	s := a.sents[si]
	lo, hi := a.placeRange(int32(s.First), int32(s.Last))
	for k := lo; k < hi; k++ {
		if a.eventPlace(k, false) && !a.places[k].country {
			return true
		}
	}
	return false
}

// isMention reports whether sentence si tells of this incident.
func (f *filler) isMention(si int32) bool {
	if f.own == nil {
		f.own = map[int32]bool{}
		for _, m := range f.in.ms {
			f.own[m.sent] = true
		}
	}
	return f.own[si]
}

// contextBefore reports whether sentence si opens as context ("In recent
// years ...", "Most massacres are blamed on ...", "Dozens of attacks on
// police posts have been claimed by ...": habitual) before any group it
// names; a relative clause after the group ("Boko Haram, which has
// repeatedly used women") does not make the blame background.
func (a *article) contextBefore(si int32) bool {
	b0, b1 := a.sentBytes(si)
	first := b1
	if lo, hi := a.groupRange(b0, b1); lo < hi {
		first = a.groups[lo].Start
	}
	for _, t := range a.sentTerms(si) {
		if t.p.Cat != lexicon.Frame || int(a.toks[t.t0].Start) >= first {
			continue
		}
		if t.p.Value == "context" || t.p.Value == "statistics" || t.p.Value == "habit" && a.habitual(t) {
			return true
		}
	}
	return false
}

// oldDated reports whether sentence si carries only dates that do not fit
// the main event's date d0: it tells of something earlier.
func (a *article) oldDated(si int32, d0 int) bool {
	b0, b1 := a.span(int32(a.sents[si].First), int32(a.sents[si].Last))
	any, fits := false, false
	lo, hi := a.dateRange(b0, b1)
	for k := lo; k < hi; k++ {
		if a.reportingDate(k) || a.modifierDate(k) || a.inRelativeClause(a.tokenAt(a.dates[k].Start)) {
			continue
		}
		any = true
		if a.fitsMain(k, d0) {
			fits = true
		}
	}
	return any && !fits
}

// enemyWords make a group after them, in a relative clause on another
// party, that party's enemy (enemyInRelative).
var enemyWords = lexicon.Words().Set("enemy-word") // lexicon/words.txt

// enemyInRelative reports whether the group at token t0 stands in a
// relative clause set off by commas right after a word of [enemy-word]
// ("blamed the Ethiopian military, which has been fighting Fano
// militiamen in the region"): the clause tells whom the party before it
// fights, background to that party, and the group is its enemy, not the
// one the sentence names as the doer.
func (a *article) enemyInRelative(t0 int32) bool {
	k := t0 - 1
	if articleWords[a.lowerWord(k)] {
		k--
	}
	return enemyWords[a.lowerWord(k)] && a.inRelativeClause(t0)
}

// groupsIn returns the named groups of sentence si with their attribution.
// In a sentence that tells of the incident, a group with no cue is the one
// reports name as the attacker: suspected. Elsewhere it needs a cue.
func (f *filler) groupsIn(si int32) []actorCand {
	a, mention := f.a, f.isMention(si)
	var out []actorCand
	b0, b1 := a.sentBytes(si)
	lo, hi := a.groupRange(b0, b1)
	for _, g := range a.groups[lo:hi] {
		grp := g.Group
		if f.rec.Location != nil {
			// "PLA" in a story placed in India is the People's Liberation
			// Army of Manipur, not China's army
			grp = a.x.actors.Resolve(g, f.rec.Location.CountryCode)
		}
		c := actorCand{name: a.displayName(g.Start, g.End), canonical: grp.Name, kind: "group", b0: g.Start, b1: g.End}
		if grp.Kind == "state" || grp.Kind == "coalition" {
			c.kind = "state"
		}
		t0, t1 := a.tokenAt(g.Start), a.tokenAt(g.End-1)+1
		if a.afterFrame(t0, "peace") && !a.cueEndsBefore(t0) || a.peaceWith(t0) {
			continue // "a peace deal with FARC rebels"; not "the leaflet was signed by CAM"
		}
		if a.heldBy(t0) {
			continue // "the strike hit a camp used by Boko Haram fighters": the target's holder
		}
		if f.otherClause(si, t0) {
			continue // "Taliban attack kills six police in Kunduz; bomb kills three in Baghlan"
		}
		if a.enemyInRelative(t0) {
			continue // "blamed the Ethiopian military, which has been fighting Fano militiamen": the accused's enemy
		}
		if a.setOffBy(t0, t1) {
			continue // "the violence began after G killed a Muslim in the town": the earlier deed's doer
		}
		if a.rankedPast(t0) {
			continue // "the deadliest in the area since February 9, when MINUSCA peacekeepers were pelted": the past the news is ranked against
		}
		if j := a.causeWordBefore(t0); j >= 0 && a.inCausePhrase(t0) && !f.causeOnly(si, j-1) {
			continue // "bombed a depot in retaliation for a PKK rocket attack": the earlier attack's doer
		}
		selfC0, selfC1, self := f.ownReport(si, t0, t1)
		if !self && c.kind == "group" {
			selfC0, selfC1, self = a.anaphorReport(si, t1)
		}
		// "Radio Venceremos, the voice of the FMLN rebels, said": the
		// group owns the speaker and speaks (outletClaims says when it claims)
		if (a.speaker(t0, t1) || a.ownerVoice(si, t0, t1) && !a.claimsOrDenies(si, t0, t1)) && !a.hasTerm(t1, lexicon.Attribution, "") && !self && !a.voiceClaims(si, t0, t1) {
			if d0, d1, ok := a.selfDenial(t1); ok {
				// "G said it was not behind the attack"
				c.attr, c.c0, c.c1 = record.Denied, d0, d1
				out = append(out, c)
			}
			continue
		}
		if a.word(t1) == "-" && affiliationSuffixes[a.lowerWord(t1+1)] {
			continue // "the al-Qaeda-linked al-Shabab group"
		}
		c.attr, c.c0, c.c1 = a.attribution(si, t0, t1)
		if self && (c.c1 == 0 || c.attr == record.Suspected) {
			// its own report outweighs the words of suspicion it uses:
			// "G said it was behind the attack"
			c.attr = record.Claimed
			c.c0, c.c1 = a.span(selfC0, selfC1)
		}
		if c.c1 == 0 {
			if b0, b1, ok := a.behindFrom(t1); ok {
				c.attr = record.Suspected // "ETA is believed to have been behind the bombing"
				c.c0, c.c1 = a.span(b0, b1)
			} else if b0, b1, ok := a.heldResponsible(t0, t1); ok {
				c.attr, c.c0, c.c1 = record.Suspected, b0, b1 // "police held the Shining Path responsible"
			} else if d0, d1, ok := a.doersNamedBefore(t0); ok {
				c.attr = record.Suspected // "The gunmen were Taliban militants, police said"
				c.c0, c.c1 = a.span(d0, d1)
			} else if b0, b1, ok := a.attributedTo(t0); ok {
				c.attr, c.c0, c.c1 = record.Suspected, b0, b1 // "the police attributed the murder to the ELN"
			} else if b0, b1, ok := a.suspectPredicateFrom(t1); ok {
				c.attr = record.Suspected // "G was the likely perpetrator" (fill_accused.go)
				c.c0, c.c1 = a.span(b0, b1)
			} else if b0, b1, ok := a.shareOfDeedBefore(t0, t1); ok {
				c.attr = record.Suspected // "the possible role of G"
				c.c0, c.c1 = a.span(b0, b1)
			} else if k, ok := a.markBefore(t0); ok && c.kind == "group" {
				c.attr = record.Suspected // "many painted with the initials CDN of the Cartel of the Northeast"
				c.c0, c.c1 = a.span(k, k+1)
			}
		}
		if c.c1 == 0 && a.commenter(t1) {
			continue // "the FMLN suspended the dialogue to protest a dynamite attack": it answers the attack
		}
		if c.attr != record.Claimed && !f.clash && a.sufferedAfter(t1) {
			continue // "the nine peasant members of the civil self-defense patrols were killed": the side the deed befell
		}
		if c.c1 == 0 && f.clash && a.assaultedByForce(t0) {
			continue // "troops attacked a Taliban base": what the force attacked (assaultVerb)
		}
		if c.c1 == 0 && mention && f.clash && !a.repelledDoer(t0) {
			// a side in a clash: the report names it as a party to the
			// fighting, which is what suspected means (record.md: reports
			// blame it; unknown is for doers named only as "gunmen")
			c.attr = record.Suspected
		} else if c.c1 == 0 && (!mention || !a.agent(t0, t1) || (a.victimOfCasualty(t0) || a.struckObject(t0)) && !a.doersAfter(t1)) {
			continue // "an air strike killed 12 Taliban fighters": the dead, not the doers
		}
		out = append(out, c)
	}
	return out
}

// anaphorReport is selfReport for the group ending before token t1 told
// again later in its sentence by an anaphor ("the rebels", "the group";
// [anaphor-head]) with no other group named between: "Fighting between
// troops and the New People's Army broke out ..., with the rebels
// claiming to have killed several soldiers". The anaphor speaks for the
// group, so what it says its side did is the group's claim.
func (a *article) anaphorReport(si, t1 int32) (int32, int32, bool) {
	last := int32(a.sents[si].Last)
	for k := t1; k+1 < last; k++ {
		if a.lowerWord(k) != "the" || !anaphorHeads[a.lowerWord(k+1)] {
			continue
		}
		b0, _ := a.span(t1, t1+1)
		b1, _ := a.span(k, k+1)
		if lo, hi := a.groupRange(b0, b1); lo < hi {
			return 0, 0, false // "... the Taliban, the group said": another group's voice
		}
		return a.selfReport(si, k, k+2)
	}
	return 0, 0, false
}

// cueEndsBefore reports whether an attribution cue ends right before the
// group at token t0, past an article: the cue, not a frame word inside it,
// says what the group is to the deed ("The leaflet was signed by CAM" is
// no peace accord signed).
func (a *article) cueEndsBefore(t0 int32) bool {
	_, ok := a.cueBefore(t0, func(term) bool { return true })
	return ok
}

// cueBefore returns the first attribution cue of t0's sentence that ends
// right before token t0, past an article, and that accept takes: the cue
// that names the actor at t0 (cueEndsBefore, blamedAfterCue).
func (a *article) cueBefore(t0 int32, accept func(term) bool) (term, bool) {
	end := t0
	if articleWords[a.lowerWord(t0-1)] {
		end--
	}
	for _, t := range a.sentTerms(a.sentOf[t0]) {
		if t.p.Cat == lexicon.Attribution && t.t1 == end && accept(t) {
			return t, true
		}
	}
	return term{}, false
}

// peaceWith reports whether the group at token t0 is the other party of
// a truce or talks told before it, after "with" and any aside: "a
// week-long truce, starting on Tuesday, by the government with the
// Taliban". No violence word may stand between: "talks broke down and
// clashes with the rebels resumed" tells of a fight.
func (a *article) peaceWith(t0 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	j := t0 - 1
	if a.lowerWord(j) == "the" {
		j--
	}
	if j <= first || a.lowerWord(j) != "with" {
		return false
	}
	for k := j - 1; k >= first && k >= j-12; k-- {
		if a.hasTerm(k, lexicon.Trigger, "") || a.isCasualtyWord(k) {
			return false
		}
		if a.hasTerm(k, lexicon.Frame, "peace") {
			return true
		}
	}
	return false
}

// claimsOrDenies reports whether sentence si has a cue that the group at
// tokens [t0, t1) claimed or denied the attack: "“We have carried out
// this attack,” the spokesman for G said" is the group's claim, whoever
// voices it.
func (a *article) claimsOrDenies(si, t0, t1 int32) bool {
	attr, _, c1 := a.attribution(si, t0, t1)
	return c1 > 0 && (attr == record.Claimed || attr == record.Denied)
}

// otherClause reports whether token t of sentence si lies in a clause
// that tells of another incident and in none of this one's: a sentence
// split at its places tells each incident only its own clause. A clause
// whose attack word tells a series (seriesTold: "A wave of bombings
// claimed by IS killed 148 people in Jableh and Tartus") tells it of every
// place the sentence splits off, this incident's too: a claim or a blame
// of the series is one of each of its deeds.
func (f *filler) otherClause(si, t int32) bool {
	other, series := false, true
	for _, in := range f.st.incOf[si] {
		for _, m := range in.ms {
			if m.sent != si || !m.split || m.listItem || t < m.t0 || t >= m.t1 {
				continue
			}
			if in == f.in {
				return false
			}
			other = true
			series = series && f.a.seriesTold(m)
		}
	}
	return other && !(series && f.splitHere(si))
}

// seriesTold reports whether mention m tells a series of deeds: a plural
// attack word that is no weapon ("bombings", "attacks"; not "fired
// rockets", one deed with many shots).
func (a *article) seriesTold(m *mention) bool {
	for _, t := range m.triggers {
		if plural(a.lowerWord(t.t1-1)) && !a.hasTerm(t.t1-1, lexicon.Weapon, "") && !a.hasTerm(t.t0, lexicon.Weapon, "") {
			return true
		}
	}
	return false
}

// splitHere reports whether this incident has a clause of sentence si
// split at its place.
func (f *filler) splitHere(si int32) bool {
	for _, m := range f.in.ms {
		if m.sent == si && m.split && !m.listItem {
			return true
		}
	}
	return false
}

// affiliationSuffixes after a hyphen make a group's name a modifier.
var affiliationSuffixes = lexicon.Words().Set("affiliation-suffix") // lexicon/words.txt

// proxyPrefixes and proxySuffixes join a name by a hyphen into a modifier
// that makes the phrase after it the name's side, not its men ("Pro-Russian
// separatists", "Iran-backed militias"): see proxyBefore.
var (
	proxyPrefixes = lexicon.Words().Set("proxy-prefix") // lexicon/words.txt
	proxySuffixes = lexicon.Words().Set("proxy-suffix") // lexicon/words.txt
	// compoundAdverbs open a hyphened compound as "-ly" adverbs do
	// ("well-trained"): no backer's name (proxyBefore)
	compoundAdverbs = lexicon.Words().Set("compound-adverb") // lexicon/words.txt
)

// proxyBefore returns the first token of a proxy compound that ends right
// before token h, in the sentence opening at first: "Pro-Russian",
// "pro-government" ([proxy-prefix], a hyphen, a word) or "Russian-backed",
// "Iran-allied" (a word, a hyphen, [proxy-suffix]). Those who fight for a
// side or with its backing are another party than the side: the compound
// is part of their name, and the state it names is no doer.
func (a *article) proxyBefore(h, first int32) (int32, bool) {
	k := h - 3
	if k < first || a.toks[k].Kind != text.Word || a.toks[h-1].Kind != text.Word {
		return h, false
	}
	if a.proxyPrefixAt(k) {
		return k, true
	}
	if w := a.lowerWord(k); a.proxySuffixAt(h-2) && !compoundAdverbs[w] && !lyForm(w) {
		return k, true // not "well-trained", "closely-linked": an adverb names no backer
	}
	return h, false
}

// proxyPrefixAt reports whether token k is a [proxy-prefix] joined by a
// hyphen to the word after it ("Pro-Russian"): proxyBefore, inProxy.
func (a *article) proxyPrefixAt(k int32) bool {
	return k >= 0 && a.isInnerHyphen(int(k+1)) && proxyPrefixes[a.lowerWord(k)]
}

// proxySuffixAt reports whether token k is a hyphen that joins the word
// before it to a [proxy-suffix] ("Russian-backed"): proxyBefore, inProxy.
func (a *article) proxySuffixAt(k int32) bool {
	return int(k+1) < len(a.toks) && a.isInnerHyphen(int(k)) && proxySuffixes[a.lowerWord(k+1)]
}

// inProxy reports whether the name at tokens [t0, t1) is the named part of
// a proxy compound (proxyBefore): "Russian" in "Pro-Russian forces" or in
// "Russian-backed separatists" names the backer, as the side an
// allegiance phrase names does ("militias allied with Russia":
// allegianceBefore).
func (a *article) inProxy(t0, t1 int32) bool {
	return a.proxyPrefixAt(t0-2) || a.allegianceBefore(t0) || a.proxySuffixAt(t1)
}

// serviceAdjectives name a state force's service between its demonym and
// its force noun ("U.S. naval forces", "Swedish armed forces").
var serviceAdjectives = lexicon.Words().Set("service-adjective") // lexicon/words.txt

// stateCraft are the force nouns that name a state's machines, not its
// men ("drone", "warplanes"): the doer is the state the demonym names.
var stateCraft = lexicon.Words().Set("state-craft") // lexicon/words.txt

// regimeNouns name a state by its rulers ("the regime", "the junta"): in
// a story about one country, its state (statesIn).
var regimeNouns = lexicon.Words().Set("regime-noun") // lexicon/words.txt

// statesIn returns state forces named in sentence si: a demonym before a
// force noun ("Russian forces", "Syrian government air strikes"), or the
// regime and the junta of a story about one country.
func (f *filler) statesIn(si int32) []actorCand {
	// an army that responds is not the attacker: without a cue, only an
	// air or artillery strike is put on the state that flies or fires
	a, mention := f.a, f.isMention(si) && f.remote
	var out []actorCand
	s := a.sents[si]
	plo, phi := a.placeRange(int32(s.First), int32(s.Last))
	for k := plo; k < phi; k++ {
		m := &a.places[k]
		if !m.demonym && !m.country {
			continue // "Russian forces", "a Myanmar military airstrike"
		}
		if a.inProxy(m.t0, m.t1) {
			continue // "Pro-Russian forces shelled", "Iran-backed militias": the backer, not the doer
		}
		if m.demonym && a.strikeNounAt(m.t1) {
			continue // "an Iranian missile strike", "an Iraqi air raid": the state that fired (warAttackers), named by its demonym
		}
		if a.enemyInRelative(m.t0) {
			continue // "blamed the Fano militia, which has been fighting the Ethiopian military": the accused's enemy
		}
		if a.setOffBy(m.t0, m.t1) {
			continue // "shells killed 12 in Poonch, hours after India struck camps inside Pakistan": the earlier deed's doer
		}
		if a.supposedAt(m.t0) {
			continue // "suggestions by Ukrainian officials that the missile had been brought down by Ukrainian air defences": a supposition, no finding
		}
		// "U.S. naval forces attacked": the service named between the
		// state and its force noun is part of the force, not a thing it owns
		head := m.t1
		if serviceAdjectives[a.lowerWord(head)] && forceNouns[a.lowerWord(head+1)] {
			head++
		}
		// "Iraqi ships attacked an oil platform": a state's ships are its
		// force when they strike, not when they sail or are struck
		strikesAs := m.demonym && vessels[a.lowerWord(m.t1)] && a.stateActs(m.t1+1)
		// "Russian missiles hit the city": what a state fired struck, so
		// the state struck
		tm, weapon := a.termAt(m.t1, lexicon.Weapon)
		fired := m.demonym && weapon && tm.t1 == m.t1+1 && a.stateActs(m.t1+1)
		strikesAs = strikesAs || fired
		if !forceNouns[a.lowerWord(head)] && !strikesAs {
			if m.country && !m.demonym && f.isMention(si) && !a.struckObject(m.t0) && a.sentenceSubject(m.t0) && !f.causeOnly(si, m.t1) {
				// "Israel carried out air strikes on Gaza", "Russia said it
				// struck ...": the state named by its country acts, unless
				// the incident's attack is only the cause a phrase after it
				// gives ("in retaliation for an Iranian missile attack")
				c := actorCand{kind: "state"}
				if m.chosen != nil {
					c.state = m.chosen.CountryCode
				}
				c.b0, c.b1 = a.span(m.t0, m.t1)
				c.name = a.displayName(c.b0, c.b1)
				if v0, v1, self := a.selfReport(si, m.t0, m.t1); self && !(f.clash && a.ownRepel(si, m.t1)) {
					c.attr = record.Claimed // "Iran said it launched a new offensive": in a clash too
					c.c0, c.c1 = a.span(v0, v1)
				} else if !f.clash && a.stateActs(m.t1) {
					c.attr, c.c0, c.c1 = a.attribution(si, m.t0, m.t1)
				} else {
					continue
				}
				out = append(out, c)
			}
			continue
		}
		if m.country && !m.demonym && eventPreps[a.lowerWord(m.t0-1)] && a.lowerWord(m.t1) == "air" {
			continue // "Dozens killed in Yemen air strikes": where, not who ("in Syria regime raids" is who)
		}
		t1 := head + 1
		switch a.lowerWord(head) {
		case "air", "security":
			if a.lowerWord(t1) != "" {
				t1++ // "air force", "security forces"
			}
		case "defence", "defense":
			if !forceNouns[a.lowerWord(t1)] && a.lowerWord(t1) != "ministry" && a.lowerWord(t1) != "minister" {
				continue // "French defence electronics"
			}
			t1++ // "the Turkish defence ministry", "Israel Defense Forces"
		}
		if forceCompounds[a.lowerWord(t1)] || a.struckObject(m.t0) {
			continue // "an Iraqi military spokesman", "rockets hit an Israeli army post": a compound, what was struck
		}
		t1 = a.craftEnd(t1) // "Ukrainian helicopter gunships"
		if f.causeOnly(si, t1) {
			continue // "Turkish warplanes bombed a depot in retaliation for a PKK rocket attack": the strike's doer, not the earlier attack's
		}
		selfC0, selfC1, self := f.ownReport(si, m.t0, t1)
		if a.speaker(m.t0, t1) && !self {
			continue // "The Tajik government accused a banned party"
		}
		c := actorCand{kind: "state"}
		if m.chosen != nil {
			c.state = m.chosen.CountryCode
		}
		c.b0, c.b1 = a.span(m.t0, t1)
		c.name = a.displayName(c.b0, c.b1)
		switch {
		case stateCraft[a.lowerWord(t1-1)]:
			c.name = a.displayName(a.span(m.t0, m.t1)) // "a U.S. drone": the state whose craft it is, "U.S."
		case c.state != "" && (fired && !a.hasTerm(m.t1, lexicon.Party, "") || a.strikeNounAt(head)):
			// "A U.S. air strike killed ...", "a Russian missile slammed
			// into ...": a weapon or a strike is no doer; the state that
			// fired it is, named by the state (the text's words stay the
			// evidence); men who bear the weapon ("Somali gunmen") are
			// named as the text names them
			c.name = gazetteer.CountryNameOf(c.state)
		}
		c.attr, c.c0, c.c1 = a.attribution(si, m.t0, t1)
		if c.c1 == 0 && self {
			c.attr = record.Claimed // "Russian forces said they struck ..."
			c.c0, c.c1 = a.span(selfC0, selfC1)
		}
		if c.c1 == 0 && !a.repelsAfter(t1) {
			if c0, c1, own := a.ownCommunique(si, c.state, m.t0, t1); own {
				c.attr, c.c0, c.c1 = record.Claimed, c0, c1 // "An Iraqi communique said Iraqi planes attacked ..."
			}
		}
		if c.c1 == 0 && a.commenter(t1) {
			continue // "The Iranian government protested over Monday's attack on an Iranian oil rig": it answers the attack
		}
		if c.c1 == 0 && f.fightSide(si, m.t0, t1) {
			c.attr, c.side = record.Suspected, true // "clashes between Libyan Special Forces and Islamist militants": a side of the battle
		} else if c.c1 == 0 && (!mention || f.victimState(c.state)) && !(f.isMention(si) && (a.firesOnUnarmed(t1) || a.stateActs(t1) || a.agentOfPassive(m.t0, int32(s.First)) && !a.attackerFell(m.t0, int32(s.First)))) {
			continue // "United States forces have exercised the right of self-defense ... against attacks by Iran against United States vessels": the side struck
		}
		if a.sufferedAfter(t1) {
			continue // "four Iraqi soldiers were killed ..., an Iraqi military official said": the dead
		}
		out = append(out, c)
	}
	if len(out) == 0 && f.isMention(si) {
		// "police opened fire on the protesters": the force that shot
		for k := a.sentTerm[si]; k < a.sentTerm[si+1]; k++ {
			tm := a.terms[k]
			if tm.p.Cat != lexicon.Party || tm.p.Value != record.SecurityForces {
				continue
			}
			if a.allegianceBefore(tm.t0) {
				continue // "militias loyal to the army attacked": the army is their master, not the one who struck
			}
			// "Government forces shelled rebel-held areas": the force
			// that fires from afar, as with a state named; "police in
			// Dhaka opened fire": past the place the force serves in
			v := a.pastAllegiance(a.pastLocative(tm.t1, int32(s.Last)), int32(s.Last))
			side := f.fightSide(si, tm.t0, tm.t1)
			// "the two were shot dead by the police": the agent of a
			// casualty verb, as a force named by its state is, unless the
			// dead are the attackers it stopped, named so or by the attack
			// told after it ("shot dead by law enforcement in an attack
			// that left one officer dead")
			passive := a.agentOfPassive(tm.t0, int32(s.First)) && !a.attackerFell(tm.t0, int32(s.First)) && !a.deedAfter(tm.t1, int32(s.Last))
			if !side && !passive && !a.firesOnUnarmed(v) && !a.killsUnarmed(v, f.rec.Type != record.Riot) && !a.killsOfficeHolder(v) && !(mention && a.stateActs(v) && !a.struckObject(tm.t0)) && !a.heldCulpable(tm.t0, v) && !a.killedWhenFired(tm.t0, v, int32(s.First)) {
				continue
			}
			t0 := a.forceNameStart(tm.t0, int32(s.First))
			and := t0 - 1
			if and > int32(s.First) && articleWords[a.lowerWord(and)] {
				and-- // "Two soldiers and a policeman opened fire"
			}
			if k := and - 1; k >= int32(s.First) && a.lowerWord(and) == "and" {
				if f0, ok := a.bareForceAt(k, int32(s.First)); ok {
					t0 = f0 // "Army soldiers and police fired on a crowd": both fired, neither was fired on
				} else if pt, ok := a.termEndingAt(and, lexicon.Party); ok && pt.t0 >= int32(s.First) && pt.p.Value == record.SecurityForces {
					t0 = pt.t0 // "Riot police and troops shot dead two protesters"
				}
			}
			c := actorCand{kind: "state"}
			_, proxy := a.proxyBefore(tm.t0, int32(s.First))
			bare := !proxy && t0 == tm.t0 && a.spanIn(sideBodies, tm.t0, tm.t1)
			if proxy || bare {
				c.kind = "description" // "Pro-government militiamen fired", "Militiamen have killed 18 civilians": a side's men, no state's force
			}
			c.b0, c.b1 = a.span(t0, tm.t1)
			c.name = a.displayName(c.b0, c.b1)
			c.attr, c.c0, c.c1 = a.attribution(si, t0, tm.t1)
			if bare && c.c1 == 0 {
				c.attr = record.Unknown // "Militiamen have killed 18 civilians": described only, blamed by no one, as "gunmen" are
			}
			if c.c1 == 0 && side {
				c.attr, c.side = record.Suspected, true // "special forces also clashed with militia fighters"
			}
			return []actorCand{c}
		}
	}
	if len(out) == 0 {
		out = f.ownForces(si) // "Iraq said its warplanes raided ..."
	}
	if len(out) == 0 {
		out = f.forceAgents(si) // "THE AIR FORCE HAS BOMBED", "killed by soldiers"
	}
	if len(out) == 0 {
		out = f.namedShips(si) // "the destroyers Kidd, Young, Leftwich and Hoel fired" (fill_states.go)
	}
	if len(out) == 0 {
		out = f.raidingForce(si) // "Police in Rio de Janeiro raided a favela, setting off a firefight"
	}
	if len(out) == 0 && mention {
		for j := int32(s.First); j < int32(s.Last); j++ {
			if w := a.lowerWord(j); regimeNouns[w] {
				c := actorCand{kind: "state", name: w}
				c.b0, c.b1 = a.span(j, j+1)
				c.attr, c.c0, c.c1 = a.attribution(si, j, j+1)
				if v0, v1, self := a.selfReport(si, j, j+1); self && c.c1 == 0 {
					c.attr = record.Claimed // "The junta said it had attacked fighters": the rulers tell their own deed
					c.c0, c.c1 = a.span(v0, v1)
				}
				return []actorCand{c}
			}
		}
	}
	return out
}

// forceClaims makes a state force named without its country claimed when
// the same force speaks in a sentence of the incident or the one after it
// ("Police in Rio de Janeiro raided a favela ... The operation was aimed
// at arresting gang leaders, police said in a statement"): the force tells
// of its own deed, as a state's organ does in governmentClaims. Police
// that speak of what their men did ("Police said officers opened fire at
// protesters", "officers fired on a crowd, with police saying they opened
// fire") tell of their own deed too, as does the force whose men did it
// ("Soldiers raided the village ..., the army said": [force-member]), and
// a doer named only by its men's noun is named by the force the text
// names for them: the perpetrator is the organisation, "officers" alone
// names none. A force that says it is going after the deed ("the army
// said it was investigating the shooting": pursuing) claims nothing.
func (f *filler) forceClaims(cands []actorCand) {
	a := f.a
	for i := range cands {
		c := &cands[i]
		if c.kind != "state" || c.state != "" || c.attr != record.Suspected {
			continue
		}
		if t := a.tokenAt(c.b0); a.sufferedAgent(t, int32(a.sents[a.sentOf[t]].First)) {
			continue // "“We were attacked by the army at dawn,” an elder said": the victims' word, not the army's
		}
		name := strings.ToLower(c.name)
		head := name[strings.LastIndexByte(name, ' ')+1:]
		bare, ofPolice := !strings.Contains(c.name, " "), false
		for n := range policeNouns {
			if strings.Contains(name, n) { // "riot police officers", "policemen"
				ofPolice = true
				break
			}
		}
		// the police speak of "officers", not of "army officers", another force's men
		members := policeMembers[head] && (bare || ofPolice)
		// the men of an armed force, which its whole speaks for
		member := forceMembers[head]
		armyMen := bare && member != "" && !policeNouns[member]
	sentences:
		for si := range a.sents {
			s := int32(si)
			if !f.isMention(s) && !(s > 0 && f.isMention(s-1) && !f.otherIncident(s)) {
				continue
			}
			first := int32(a.sents[si].First)
			for j := first; j < int32(a.sents[si].Last); j++ {
				w := a.lowerWord(j)
				police := members && policeNouns[w]
				// the force whose men they are speaking for them: "Soldiers
				// raided the village ..., the army said" ([force-member])
				// or the armed forces as a whole for their men: "soldiers
				// shot dead ... state media quoted the military as saying"
				// (the police are no part of them: [force-whole])
				whole := a.forceWholeEndsAt(j, first)
				body := bare && w == member || armyMen && whole
				// the military speaking for one of its services: "Chad's
				// military says an air strike ... killed" of "the air force"
				if w != head && !police && !body && (ofPolice || !whole) {
					continue
				}
				if b0, b1 := a.span(j, j+1); b1 != c.b1 && a.speaker(j, j+1) {
					if attr, _, _ := a.attribution(s, j, j+1); attr == record.Denied {
						continue // "the armed forces ... denied that the military perpetrated it": its word denies (forceDenials)
					}
					if a.pursuing(s, j+1) {
						continue // "The army said it was investigating the shooting": it looks into the deed
					}
					c.attr, c.c0, c.c1 = record.Claimed, b0, b1
					if (police || body) && bare {
						c.name, c.b0, c.b1 = a.displayName(b0, b1), b0, b1 // "officers" fired: the police did; "soldiers": the army
					}
					break sentences
				}
			}
		}
	}
}

// sufferedAgent reports whether the actor named at token t0 is the agent
// of a passive deed whose subject is the first person ([first-person-
// subject]): "“We were attacked by the army at dawn,” a local elder
// said", "our village was shelled by the army". Those who speak so
// suffered the deed and name its doer: what the doer says elsewhere of
// the incident makes it the teller of the incident, not the claimant of
// a deed the victims alone laid on it (forceClaims).
func (a *article) sufferedAgent(t0, first int32) bool {
	j := t0 - 1
	if j > first && articleWords[a.lowerWord(j)] {
		j--
	}
	if j <= first || a.lowerWord(j) != "by" {
		return false
	}
	k := j - 1 // the participle
	for p := k - 1; p >= first && p >= k-4; p-- {
		if firstPersonSubjects[a.lowerWord(p)] {
			return a.sufferedFrom(p, k)
		}
	}
	return false
}

// forceWholeEndsAt reports whether a name of a state's armed forces as a
// whole ([force-whole]: "military", "armed forces") ends at token j of the
// sentence opening at first (forceClaims).
func (a *article) forceWholeEndsAt(j, first int32) bool {
	return forceWholes[a.lowerWord(j)] || j > first && a.spanIn(forceWholes, j-1, j+1)
}

// forceWholes name a state's armed forces as a whole, which speak for
// each of their services (forceClaims).
var forceWholes = lexicon.Words().Set("force-whole") // lexicon/words.txt

// policeNouns name the police as a body, and policeMembers its own men
// (forceClaims).
var (
	policeNouns   = lexicon.Words().Set("police-noun")   // lexicon/words.txt
	policeMembers = lexicon.Words().Set("police-member") // lexicon/words.txt
)

// namePartBefore reports whether the word before a force's noun at token
// t0 is part of the force's name: a capitalised word not opening the
// sentence in mixed-case text ("U.S. troops", "Border Police"). In text
// written in capitals every word has one, so there only a demonym or a
// force's modifier is ("U.S. TROOPS", "ARMY SOLDIERS"): "WERE SHOT BY
// TROOPS OF THE DICTATORSHIP" names "TROOPS", not "BY TROOPS".
func (a *article) namePartBefore(t0 int32) bool {
	j := t0 - 1
	if a.sentenceInitial(j) || a.toks[j].Kind != text.Word {
		return false
	}
	if a.cs == text.Mixed {
		return a.capWord(j)
	}
	return a.isDemonym(j) || forceModifiers[a.lowerWord(j)]
}

// raidingForce returns, in a clash, the state force of sentence si (a
// [party security_forces] word, "police" too) whose verb of attack or of
// taking ground follows it, past the place it serves in ("Police in Rio
// de Janeiro raided a favela, setting off a fierce firefight"): the side
// that began the battle is its doer (assaultVerb). A party word before
// the force makes it another side's ("Rebel troops overran a post").
func (f *filler) raidingForce(si int32) []actorCand {
	a := f.a
	if !f.clash || !f.isMention(si) {
		return nil
	}
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	for k := a.sentTerm[si]; k < a.sentTerm[si+1]; k++ {
		tm := a.terms[k]
		if tm.p.Cat != lexicon.Party || tm.p.Value != record.SecurityForces || a.struckObject(tm.t0) {
			continue
		}
		if a.partyModifies(tm.t0, first) {
			continue
		}
		end, _, ok := a.strikeAfter(a.pastCoordinated(a.pastLocative(tm.t1, last), last))
		if !ok || !a.assaultVerb(end-1) {
			continue
		}
		t0 := a.forceNameStart(tm.t0, first) // "Military Police raided"
		c := actorCand{kind: "state"}
		c.b0, c.b1 = a.span(t0, tm.t1)
		c.name = a.displayName(c.b0, c.b1)
		c.attr, c.c0, c.c1 = a.attribution(si, t0, tm.t1)
		return []actorCand{c}
	}
	return nil
}

// forceNameStart returns the first token of the name of a force whose
// noun opens at token t0, in the sentence opening at first: a proxy
// compound before it ("Pro-Iranian militiamen", "Russian-backed forces":
// proxyBefore), a [regime-noun] that says whose force it is, capitalised
// or not and wherever it stands ("Junta troops killed ...", "regime
// forces"), or one capitalised word that is not the sentence's first
// ("U.S. troops", "Border Police", "Military Police raided"); a first word
// has its capital from its place alone.
func (a *article) forceNameStart(t0, first int32) int32 {
	if k, ok := a.proxyBefore(t0, first); ok {
		return k
	}
	if t0 > first && (regimeNouns[a.lowerWord(t0-1)] || a.namePartBefore(t0)) {
		return t0 - 1
	}
	return t0
}

// victimState reports whether the incident's sentences name the state of
// country code after "against" ("attacks by Iran against United States
// vessels", "a missile strike against the United States-flag ship"): the
// side struck, which a force of its own named near the attack does not
// make the doer unless a verb of violence says so.
func (f *filler) victimState(code string) bool {
	a := f.a
	if code == "" {
		return false
	}
	for _, si := range f.attributionSentences() {
		s := a.sents[si]
		lo, hi := a.placeRange(int32(s.First), int32(s.Last))
		for k := lo; k < hi; k++ {
			j := a.places[k].t0 - 1
			if a.lowerWord(j) == "the" {
				j--
			}
			if a.lowerWord(j) == "against" && a.stateOf(k) == code {
				return true
			}
		}
	}
	return false
}

// stateActs reports whether the state actor ending before token j,
// past an armed craft it flies ("air force jets mistakenly bombed"),
// strikes first: it is the subject of an attack it makes (strikeAfter) on
// people who are not an armed side, or from afar, or of a verb of assault
// on an armed side ("Nigerian soldiers attacked an insurgent camp": it
// began the clash, assaultVerb). "Troops killed 23 rebels" tells of a
// clash, whose side the force is.
func (a *article) stateActs(j int32) bool {
	if _, ok := armedAgents[a.lowerWord(j)]; ok {
		j++ // "air force jets"
	}
	last := int32(a.sents[a.sentOf[j-1]].Last)
	end, remote, ok := a.strikeAfter(a.pastCoordinated(j, last))
	return ok && (remote || a.craft(j-1) || !a.killsArmed(end, min(last, end+5)) || a.assaultVerb(end-1))
}

// sentenceSubject reports whether the name at token t0 stands where a
// subject does: opening its sentence or clause (beforeSubject), not after
// a preposition ("in Israel", "from Syria") or a possessive.
func (a *article) sentenceSubject(t0 int32) bool {
	j := t0 - 1
	if a.lowerWord(j) == "the" {
		j--
	}
	return j < int32(a.sents[a.sentOf[t0]].First) || a.beforeSubject(j)
}

// struckObject reports whether the actor starting at token t0 is the
// object of an attack in its clause: "fired rockets at Israeli troops",
// "an attack on Turkish soldiers", "ambushed Afghan soldiers", "killing
// 120 Libyan soldiers", "retook the town from Libyan forces". What a
// strike hits is its target, not the one who struck.
func (a *article) struckObject(t0 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	for j := t0 - 1; j >= first && j >= t0-4; j-- {
		if a.clauseBreak(j) {
			return false
		}
		w := a.lowerWord(j)
		switch w {
		case "from":
			// "recaptured the town from Libyan forces": the side that lost
			// the ground; "an air strike from Syrian jets" is the doer
			return a.groundVerbBefore(j, first)
		case "by", "of", "with", "and", "in", "between":
			return false // "killed by Israeli troops", "an air strike by Syrian jets", "clashes between Libyan forces and militants": the sides
		case "as", "after", "before", "while", "during", "amid", "since", "until":
			return false // "shelled Khost on Monday as talks ... opened": a time phrase opens

		case "at", "on", "against", "upon", "targeting", "targeted":
			for k := j - 1; k >= first && k >= j-4 && !a.clauseBreak(k); k-- {
				if a.deedWord(k) || a.hasTerm(k, lexicon.Weapon, "") || fireVerbs[a.lowerWord(k)] || a.lowerWord(k) == "fire" {
					return true // "opened fire on Iraqi troops", "to fire on U.S. helicopters"
				}
				if quarryNouns[a.lowerWord(k)] {
					return true // "during an operation against NSCN(K) militants": the force's quarry
				}
			}
			return false
		}
		if a.deedWord(j) || a.hasTerm(j, lexicon.Kill, "") || a.hasTerm(j, lexicon.Injure, "") {
			return true // "killing 120 Libyan soldiers": the dead, not the killers
		}
	}
	return false
}

// groundVerbBefore reports whether a verb of [ground-verb] stands in the
// clause before token j: what the ground was taken "from" held it.
func (a *article) groundVerbBefore(j, first int32) bool {
	return a.setBehind(groundVerbs, j-1, max(first, j-8))
}

// quarryNouns name a force's pursuit, whose object is its quarry, not a
// doer ([quarry-noun]: "an operation against NSCN(K) militants", "a
// crackdown on the rebels").
var quarryNouns = lexicon.Words().Set("quarry-noun") // lexicon/words.txt

// fireVerbs are the verbs by which a force fires on people.
var fireVerbs = lexicon.Words().Set("fire-verb") // lexicon/words.txt

// unarmedCrowds are the people a force fires on who are not fighting it:
// shooting at them is an attack by the force, not a response.
var unarmedCrowds = lexicon.Words().Set("unarmed-crowd") // lexicon/words.txt

// openForms are the forms of "open" in "open fire" by tense
// ([open-form]): a headline tells the deed in the present.
var openForms = lexicon.Words().Map("open-form") // lexicon/words.txt

// openedFire reports whether token j is a past form of "open" before
// "fire" ([open-form]: "troops opened fire"): the one test of
// strikeAfter, killedWhenFired and firesOnUnarmed.
func (a *article) openedFire(j int32) bool {
	return openForms[a.lowerWord(j)] == "past" && a.lowerWord(j+1) == "fire"
}

// firePreps introduce whom a force fired at ([fire-prep]): "fired on",
// "opened fire into the crowd".
var firePreps = lexicon.Words().Set("fire-prep") // lexicon/words.txt

// firesOnUnarmed reports whether the force named up to token j fires on
// people who are not fighting it: "troops opened fire on protesters",
// "police fired into the crowd", "soldiers shot at mourners".
func (a *article) firesOnUnarmed(j int32) bool {
	si := a.sentOf[min(j, int32(len(a.toks)-1))]
	last := int32(a.sents[si].Last)
	for n := 0; n < 2 && j < last && adverbs[a.lowerWord(j)]; n++ {
		j++
	}
	switch w := a.lowerWord(j); {
	case fireVerbs[w]:
		j++
		if a.crowdControlFired(j) {
			return false // "fired tear gas to disperse the crowd": no shooting at anyone
		}
		// "fired tear gas and live rounds at demonstrators": past what
		// they fired, to whom they fired it
		for k := j; k < last && k < j+6 && !a.clauseBreak(k) && a.toks[k].Kind == text.Word; k++ {
			if w := a.lowerWord(k); firePreps[w] {
				j = k
				break
			} else if eventPreps[w] || w == "from" || w == "to" {
				break // "fired in the air", "fired from rooftops"
			}
		}
	case a.openedFire(j) || openForms[w] == "present" && a.lowerWord(j+1) == "fire" && a.headlineLike(j):
		j += 2 // a headline tells the deed in the present: "Police open fire on protesters"
	default:
		return false
	}
	if firePreps[a.lowerWord(j)] {
		j++
	} else {
		k, ok := a.toDisperse(j, last)
		if !ok {
			return false // "fired from rooftops", "fired in the air"
		}
		j = k // "opened fire and used tear gas to disperse protesters": whom they fired at
	}
	return a.setAhead(unarmedCrowds, j, min(last, j+5))
}

// killedWhenFired reports whether the force starting at token t0 fired
// (its verb at v: "fired", "opened fire") in a clause of "when" after
// the casualties of the sentence ("A man was killed and four were
// injured when police opened fire again"): the firing is how they fell,
// so the force is the doer, unless those who fell are attackers
// ("two gunmen were killed when troops opened fire"). The force may
// stand after an article and a word modifying it ("when riot police
// opened fire on veterans"); a modifier of words a hyphen glues is one
// word ("when anti-riot police opened fire", "when plain-clothes police
// fired").
func (a *article) killedWhenFired(t0, v, first int32) bool {
	w := t0 - 1
	for n := 0; n < 2 && w > first && a.lowerWord(w) != "when"; n++ {
		if !articleWords[a.lowerWord(w)] && (a.toks[w].Kind != text.Word || a.capWord(w) || !a.modifierGap(w) || a.speechVerb(w)) {
			return false
		}
		for w-2 > first && a.isInnerHyphen(int(w-1)) && a.toks[w-2].Kind == text.Word && !a.capWord(w-2) {
			w -= 2 // "anti-riot": the word before the hyphen is of the same modifier
		}
		w--
	}
	if w <= first || a.lowerWord(w) != "when" {
		return false
	}
	if !fireVerbs[a.lowerWord(v)] && !a.openedFire(v) {
		return false
	}
	fell := false
	for k := first; k < w; k++ {
		if a.hasTerm(k, lexicon.Party, record.Perpetrators) {
			return false
		}
		fell = fell || a.isCasualtyWord(k)
	}
	return fell
}

// toDisperse finds "to" and a verb of [disperse-verb] within a few words
// of the clause from token j, after a force fired ("opened fire and used
// tear gas Sunday to disperse thousands of protesters"), and returns the
// token after the verb: the crowd it fired to break up is whom it fired at.
func (a *article) toDisperse(j, last int32) (int32, bool) {
	for k := j; k+1 < last && k < j+8; k++ {
		if a.clauseBreak(k) || eventPreps[a.lowerWord(k)] {
			return 0, false // "opened fire in the air to disperse them": not at them
		}
		if a.lowerWord(k) == "to" && disperseVerbs[a.lowerWord(k+1)] {
			return k + 2, true
		}
	}
	return 0, false
}

// disperseVerbs break up a crowd ("to disperse the protesters").
var disperseVerbs = lexicon.Words().Set("disperse-verb") // lexicon/words.txt

// killsUnarmed reports whether the words from token j are an active
// verb of killing or attack (strikeAfter's) whose object is an unarmed
// crowd or a civilian: "police shot dead three protesters", "police
// killed two demonstrators", "police beat and killed a student",
// "soldiers shot dead two farmers". As with firing on them
// (firesOnUnarmed), the force is the doer, as GTD and ACLED code a
// force's violence against civilians; killing suspects or gunmen is not
// this, nor is an armed party named first ("killed three armed men").
// Without civilians only a crowd counts: in a riot the crowd is the
// doer, and a force's killing of one man ("after a policeman shot a
// local man") is what set it off, a deed of its own.
func (a *article) killsUnarmed(j int32, civilians bool) bool {
	end, _, ok := a.strikeAfter(j)
	if !ok || a.lowerWord(end-1) == "fire" {
		return false // "opened fire to disperse the crowd": no object, the crowd is what the firing meant to move
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	for k := end; k < last && k < end+4 && !a.clauseBreak(k) && (!eventPreps[a.lowerWord(k)] || a.countOpens(k)) && a.lowerWord(k) != "to"; k++ {
		if typ, armed := a.agentAt(k); armed && typ != record.Riot || a.hasTerm(k, lexicon.Trigger, "") {
			return false // "killed two gunmen", "killed two armed men" (a trigger: armed men assault): an armed object; a crowd, the riot type, is none
		}
		if unarmedCrowds[a.lowerWord(k)] || civilians && a.hasTerm(k, lexicon.Party, record.Civilians) {
			return true
		}
		if _, ok := a.termAt(k, lexicon.Party); ok {
			return false // "killed three militants", "killed two policemen": no civilian
		}
	}
	return false
}

// killsOfficeHolder reports whether the words from token j are an active
// verb of killing or attack (strikeAfter's) whose object is one person
// named by their office (oneOfficeHolder): "soldiers shot dead a rebel
// commander". The force that killed him is the doer, as it is of a
// civilian's killing (killsUnarmed).
func (a *article) killsOfficeHolder(j int32) bool {
	end, _, ok := a.strikeAfter(j)
	if !ok || a.lowerWord(end-1) == "fire" {
		return false
	}
	return a.oneOfficeHolder(end)
}

// agent reports whether the actor at tokens [t0, t1) is told as the one
// who acted: right before an attack word ("Al-Shabab gunmen stormed",
// "Houthi ballistic missile") or after "by" ("carried out by"), also
// through the part of it that acted (partOf), unless the "by" says who
// holds a thing ("a building used by Hamas"). A bracketed alias or an
// apposition may stand between the actor and its verb ("JNIM, a group
// linked to al-Qaeda, killed ten soldiers").
func (a *article) agent(t0, t1 int32) bool {
	si := a.sentOf[t0]
	last := int32(a.sents[si].Last)
	g := a.appositionEnd(a.afterGloss(t1)) // "the Tupac Amaru Revolutionary Movement (MRTA) bombed"
	if k, ok := a.relativePronounAt(g, last); ok {
		g = k // "the so-called death squads, who murdered six priests"
	}
	v := a.groupMenEnd(g)                 // "Shining Path members last night bombed", "CODECO militiamen killed"
	v = a.pastPerfect(a.pastDay(v, last)) // "the Shining Path had planted the bomb"
	for j := v; j < last && j < v+3; j++ {
		if a.hasTerm(j, lexicon.Trigger, "") || a.hasTerm(j, lexicon.Party, record.Perpetrators) || a.hasTerm(j, lexicon.Weapon, "") {
			return true
		}
	}
	if a.launchedVolley(v) {
		return true // "Hezbollah launched a new barrage of rockets at": the weapon past the burst's head
	}
	if a.casualtySubject(g, last) {
		return true
	}
	first := int32(a.sents[si].First)
	k, doer, ok := a.partOf(t0, first)
	if k > first && a.lowerWord(k-1) == "by" {
		return !a.holderBy(k - 1)
	}
	t0 = a.describedFrom(a.introStart(t0), first) // "murdered by the self-styled X", "kidnapped by the Marxist-Leninist X"
	for j := t0 - 1; j >= first && j >= t0-2; j-- {
		if a.lowerWord(j) == "by" {
			return !a.holderBy(j) // not "a building used by Hamas"
		}
	}
	if ok {
		return a.agent(doer.t0, doer.t1) && !a.victimOfCasualty(doer.t0) // "kidnapped by guerrillas of the ELN", not "killed guerrillas of the ELN"
	}
	return false
}

// describedFrom returns the token where the words describing a group
// before its name at token t0 begin, or t0: an opening quote and up to
// two words of its politics ([group-orientation]), alone or as the first
// part of a hyphenated compound ("the Marxist-Leninist National
// Liberation Army", "the Maoist-inclined", "the leftist"). The verb that
// governs the group ("kidnapped by", "organized by") stands before them.
func (a *article) describedFrom(t0, first int32) int32 {
	k := t0
	if k-1 >= first && openQuotes[a.word(k-1)] {
		k-- // "organized by the \"Sendero Luminoso\""
	}
	for n := 0; n < 2 && k-1 >= first; n++ {
		j := k - 1
		if j-2 >= first && a.isInnerHyphen(int(j-1)) && groupOrientations[a.lowerWord(j-2)] {
			k = j - 2 // "Marxist-Leninist"
			continue
		}
		if !groupOrientations[a.lowerWord(j)] {
			break
		}
		k = j
	}
	return k
}

// afterGloss returns the token after the bracketed alias or gloss that
// opens at token j ("(MRTA)", "[Farabundo Marti National Liberation
// Front]"), or j when none does: the bracket belongs to the name before
// it, and the name's verb stands after it ("the Tupac Amaru Revolutionary
// Movement (MRTA) bombed a bank"). A bracket left open to the sentence's
// end ends there.
func (a *article) afterGloss(j int32) int32 {
	if w := a.word(j); w != "(" && w != "[" {
		return j
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	for j < last && a.word(j) != ")" && a.word(j) != "]" {
		j++
	}
	return j + 1
}

// dayLeads open a day phrase before its date ("on Monday", "late on
// Tuesday", "early Friday"): pastDay, dayBefore, pastSaying.
var dayLeads = lexicon.Words().Set("day-lead") // lexicon/words.txt

// pastDay returns the token after the day phrase that may stand between
// a subject and its verb at token j ("last night", "on Wednesday", "late
// on Tuesday", "yesterday"), or j: news puts the day there ("Shining
// Path members last night bombed an office"), and the verb after it is
// still the subject's.
func (a *article) pastDay(j, last int32) int32 {
	k := j
	for k < last {
		switch w := a.lowerWord(k); {
		case a.inDate(k):
			k++
		case dayLeads[w] && k+1 < last && (a.inDate(k+1) || a.lowerWord(k+1) == "on" && a.inDate(k+2)):
			k++
		default:
			return k
		}
	}
	return k
}

// pastPerfect returns the token after a perfect's auxiliary at token j
// ("has", "have", "had"), or j: the doer's verb stands one word further
// from its subject in "the Shining Path had planted the bomb" and "FMLN
// members have kidnapped two mayors" than in the simple past, and wire
// stories retell a deed in the perfect ("police said the group had
// planted"). "Had been" is the passive, whose subject is the one hit.
func (a *article) pastPerfect(j int32) int32 {
	switch a.lowerWord(j) {
	case "has", "have", "had":
		if a.lowerWord(j+1) != "been" {
			return j + 1
		}
	}
	return j
}

// casualtySubject reports whether the actor ending before token t1 is the
// subject of an active casualty verb right after it, or after a noun of
// its members, and the verb has its object: "Shining Path killed a police
// chief", "FMLN members kidnapped two mayors". A casualty word is no
// trigger, so agent's look at the next words misses the plainest way news
// says who did it; the figure may be qualified ("killed at least ten
// soldiers"). Without an object the actor may be the one hit: "Two
// Shining Path killed in a clash", "FMLN wounded were taken away".
func (a *article) casualtySubject(t1, last int32) bool {
	j := t1
	if j < last {
		j = a.groupMenEnd(j)
	}
	j = a.pastPerfect(a.pastDay(j, last)) // "Shining Path had killed the mayor", "FMLN members yesterday killed"
	if j >= last || a.toks[j].Kind != text.Word || !activeForms[a.lowerWord(j)] {
		return false
	}
	t, ok := a.casualtyTermAt(j)
	if !ok {
		return false
	}
	k := t.t1
	if a.objectFollows(t) || k < last && (a.toks[k].Kind == text.Num || numberWords[a.lowerWord(k)]) {
		return true
	}
	_, counted := a.figureAt(k, last) // "killed at least ten soldiers"
	return counted
}

// memberNouns name the members of a group by their place in it, so that
// "Shining Path members" acted as the group: lexicon/words.txt.
var memberNouns = lexicon.Words().Set("member-noun")

// groupMenEnd returns the token after the noun of a group's men at token
// v, or v: a member noun ("Shining Path members"), or, right after a
// named armed group that is no state, the noun of its kind
// ([described-group]: "the CODECO group killed") or a noun of armed men that the
// lexicon otherwise gives a state's side ([party security_forces]:
// "CODECO militiamen", "M23 soldiers", "Hamas police"). After the
// group's name they are its own men, who act as the group, as "rebels"
// and "fighters" after it do.
func (a *article) groupMenEnd(v int32) int32 {
	if int(v) >= len(a.toks) {
		return v
	}
	if memberNouns[a.lowerWord(v)] {
		return v + 1
	}
	if v == 0 || !a.groupEndsAt(v-1) || a.stateGroupEndsAt(v-1) {
		return v
	}
	if describedGroups[a.lowerWord(v)] {
		return v + 1 // "Militiamen from the CODECO group killed": the noun of its kind closes its name
	}
	if tm, ok := a.termAt(v, lexicon.Party); ok && tm.t0 == v && tm.p.Value == record.SecurityForces {
		return tm.t1
	}
	return v
}

// stateGroupEndsAt reports whether a group of the lexicon that is a state
// or a coalition ends at token j ("Saudi-led coalition").
func (a *article) stateGroupEndsAt(j int32) bool {
	end := int(a.toks[j].End)
	lo, hi := a.groupRange(int(a.toks[max(0, j-6)].Start), end+1)
	for k := lo; k < hi; k++ {
		if g := a.groups[k]; g.End == end && (g.Group.Kind == "state" || g.Group.Kind == "coalition") {
			return true
		}
	}
	return false
}

// partOf looks for a phrase naming a part of the actor that starts at
// token t0, "[the] of" before it, because the part acts for the whole. It
// returns where the part begins, or t0 when none does: its noun, with a
// number or "a" before it ("three divisions of [Iranian Revolutionary
// Guards]", "members of the [IRA]", "a unit of [the Red Army]"); a "by"
// right there names the actor as the doer whatever the noun, since "by"
// already says the part acted. It also returns the noun as the doer when
// it is a perpetrator noun or a force's unit ("guerrillas of the [ELN]",
// "terrorists of the [Shining Path]"): without a "by", only such a noun
// says who struck, so the actor acted if that noun did (agent asks it of
// the noun) and the name says whose they were. "From" says the same after
// such a noun ("militants from [JNIM]", "gunmen from the [ELN]"), though
// after another it tells where a thing came from ("a letter from the
// [ELN]"), so it needs the perpetrator noun.
func (a *article) partOf(t0, first int32) (int32, term, bool) {
	j := t0 - 1
	if a.lowerWord(j) == "the" {
		j--
	}
	from := a.lowerWord(j) == "from"
	if j-1 < first || a.lowerWord(j) != "of" && !from {
		return t0, term{}, false
	}
	k := t0
	if a.toks[j-1].Kind == text.Word {
		k = j - 1 // the part: "divisions", "members", "unit"
		if p := k - 1; p >= first && (numberWords[a.lowerWord(p)] || a.toks[p].Kind == text.Num || a.lowerWord(p) == "a") {
			k = p // "three divisions", "200 members", "a unit"
		}
	}
	if enemyForces[a.lowerWord(j-1)] && !from {
		return k, term{t0: j - 1, t1: j}, true
	}
	for _, u := range a.termsIn(max(first, j-3), j) {
		if u.t1 == j && u.p.Cat == lexicon.Party && u.p.Value == record.Perpetrators {
			return k, u, true
		}
	}
	if from {
		return t0, term{}, false
	}
	return k, term{}, false
}

// heldBy reports whether the actor at token t0 follows a verb of
// [holder-verb] and "by" ("a camp used by Boko Haram fighters", "areas
// held by the rebels"): it holds the thing struck, and is no doer for
// being named in the sentence of the deed.
func (a *article) heldBy(t0 int32) bool {
	j := t0 - 1
	if a.lowerWord(j) == "the" {
		j--
	}
	// "Twitter accounts run by the TTP said", "a website operated by
	// G": the thing G runs is its own voice, and G speaks through it
	return a.holderBy(j) && !a.mouthpieceAt(j-2)
}

// holderVerbs before "by" name who holds, runs or backs a thing, not who
// attacked it: "a building used by Hamas", "areas held by the rebels".
var holderVerbs = lexicon.Words().Set("holder-verb") // lexicon/words.txt

// holderBy reports whether token j is a "by" after a [holder-verb]: the
// one it brings in holds the thing and did not act. The one test of
// heldBy, agent and describedAgent.
func (a *article) holderBy(j int32) bool {
	return a.lowerWord(j) == "by" && holderVerbs[a.lowerWord(j-1)]
}

// identifiedRoles are the doer nouns that name someone as identified
// even where the lexicon lists them as no perpetrator ("the suspect").
var identifiedRoles = lexicon.Words().Set("identified-role") // lexicon/words.txt

// identifyVerbs name a person as the one meant ("police identified the
// gunman as", "named as"): suspectsIn.
var identifyVerbs = lexicon.Words().Set("identify-verb") // lexicon/words.txt

// kinNouns name one suspect by kinship to another listed before him:
// "Saïd Kouachi, 34, and his brother Chérif Kouachi" (suspectsIn).
var kinNouns = lexicon.Words().Set("kin-noun") // lexicon/words.txt

// suspectsIn returns the people sentence si names as suspects: "identified
// the suspect as Patrick Crusius", "the two main suspects as Saïd Kouachi,
// 34, and his brother Chérif Kouachi", "identified the Palestinian
// assailant who was killed as X" (any perpetrator noun, past a relative
// clause: identifiedAs), "The suspect was identified as X" (the passive:
// identifiedAsPassive).
func (a *article) suspectsIn(si int32) []actorCand {
	var out []actorCand
	s := a.sents[si]
	for j := int32(s.First); j < int32(s.Last); j++ {
		w := a.lowerWord(j)
		role := identifiedRoles[w]
		if !role && !a.hasTerm(j, lexicon.Party, record.Perpetrators) {
			continue
		}
		as := a.identifiedAs(j, int32(s.Last))
		passive := false
		if as < 0 {
			as = a.identifiedAsPassive(j, int32(s.Last))
			passive = as >= 0
		}
		if as < 0 {
			if n0, n1, ok := a.roleCopula(j, int32(s.Last)); ok {
				out = append(out, a.suspectPerson(n0, n1, j-1, n0))
				continue
			}
			if !role {
				continue // a perpetrator noun names someone only as the one identified: "identified the assailant as ..."
			}
			if n0, n1, ok := a.roleApposition(j, int32(s.First), int32(s.Last)); ok {
				c := actorCand{kind: "person", attr: record.Suspected}
				c.b0, c.b1 = a.span(n0, n1)
				c.name = a.src[c.b0:c.b1]
				c.c0, c.c1 = a.span(j, j+1)
				out = append(out, c)
			}
			continue
		}
		if !passive && !a.setIn(identifyVerbs, max(int32(s.First), j-4), j) {
			continue // no [identify-verb] in the four words before the noun
		}
		for k := as + 1; k < int32(s.Last); {
			n0, n1 := a.properName(k, int32(s.Last))
			if n1 == n0 {
				// skip ", 34," and "and his brother"
				switch w := a.lowerWord(k); {
				case w == ",", w == "and", w == "his", w == "her", kinNouns[w]:
					k++
					continue
				}
				if a.toks[k].Kind == text.Num {
					k++
					continue
				}
				break
			}
			c := actorCand{kind: "person", attr: record.Suspected}
			c.b0, c.b1 = a.span(n0, n1)
			c.name = a.src[c.b0:c.b1]
			c.c0, c.c1 = a.span(j-1, as+1)
			out = append(out, c)
			k = n1
		}
	}
	return out
}

// chargedPeople returns the people sentence si names as charged with the
// deed: a person's name, the subject of a verb of the law ([charged-verb])
// whose charge says a killing or an attack ("Robert Doe, 46, of the
// suburb of X, faces counts including murder", "Jane Roe was charged with
// attempted murder"). The one the law charges with the deed is its
// suspected perpetrator.
func (a *article) chargedPeople(si int32) []actorCand {
	var out []actorCand
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	for v := first + 1; v < last; v++ {
		n0, n1, ok := a.chargedPerson(v, first, last)
		if !ok {
			continue
		}
		out = append(out, a.suspectPerson(n0, n1, v, v+1))
	}
	return out
}

// suspectPerson returns the person named at tokens [n0, n1) as the
// suspected perpetrator, the cue at tokens [k0, k1) (chargedPeople,
// roleCopula in suspectsIn).
func (a *article) suspectPerson(n0, n1, k0, k1 int32) actorCand {
	c := actorCand{kind: "person", attr: record.Suspected}
	c.b0, c.b1 = a.span(n0, n1)
	c.name = a.src[c.b0:c.b1]
	c.c0, c.c1 = a.span(k0, k1)
	return c
}

// chargedPerson returns the person's name that is the subject of the verb
// of the law at token v (chargedPeople): "faces" only with a charge after
// it ([charge-count]: "faces 29 federal charges"), "charged" and
// "indicted" only in the passive ("was charged with"); the charge, the
// rest of the sentence, says a killing or an attack. The name stands at
// the head of the clause, right before the verb group or before an
// apposition set off by commas ("Robert Doe, 46, of Baldwin, faces").
func (a *article) chargedPerson(v, first, last int32) (int32, int32, bool) {
	voice := chargedVerbs[a.lowerWord(v)]
	if a.cs != text.Mixed || a.inTitle(int(a.toks[v].Start)) || voice == "" {
		return 0, 0, false
	}
	k := v
	switch voice {
	case "object":
		found := false
		for j := v + 1; j < last && j <= v+4 && a.toks[j].Kind != text.Punct; j++ {
			if chargeCounts[a.lowerWord(j)] {
				found = true
				break
			}
		}
		if !found {
			return 0, 0, false
		}
		if chargeAdverbs[a.lowerWord(k-1)] {
			k--
		}
	default:
		passive := false
		for k > first && lawAuxiliaries[a.lowerWord(k-1)] {
			k--
			passive = passive || a.lowerWord(k) != "also"
		}
		if passive && k > first && perfectAuxiliaries[a.lowerWord(k-1)] {
			// "Robert Doe has been charged with four counts of murder": a
			// form of "have" before "been" opens the verb group; without
			// "been" ("police have charged X") the subject charges
			k--
		}
		if !passive {
			return 0, 0, false
		}
	}
	deed := false
	for j := v + 1; j < last && !deed; j++ {
		deed = a.hasTerm(j, lexicon.Kill, "") || a.deedWord(j)
	}
	if !deed {
		return 0, 0, false
	}
	for s := max(first, k-14); s < k; s++ {
		if s > first && !a.beforeSubject(s-1) {
			continue
		}
		n0, n1 := a.properName(s, k)
		if n1 == n0 || determiners[a.lowerWord(n0)] {
			continue
		}
		if n1 != k && (a.word(n1) != "," || a.word(k-1) != "," || n1+1 >= k-1) {
			continue
		}
		if a.namesKnownActor(n0, n1) {
			return 0, 0, false
		}
		return n0, n1, true
	}
	return 0, 0, false
}

// copulaNumbers give each form of "be" the number of its subject.
var copulaNumbers = lexicon.Words().Map("copula") // lexicon/words.txt

// roleCopula returns the name a copula gives the doer's role noun at token
// j: "said the attacker was Akbarzhon Jalilov, 22". The definite role
// noun is the subject and the name its predicate: the report says who did
// it as "identified the attacker as" does.
func (a *article) roleCopula(j, last int32) (int32, int32, bool) {
	if a.cs != text.Mixed || a.inTitle(int(a.toks[j].Start)) || a.lowerWord(j-1) != "the" {
		return 0, 0, false
	}
	if copulaNumbers[a.lowerWord(j+1)] != "singular" {
		return 0, 0, false
	}
	n0, n1 := a.properName(j+2, last)
	if n1 == n0 || determiners[a.lowerWord(n0)] || a.namesKnownActor(n0, n1) {
		return 0, 0, false
	}
	return n0, n1, true
}

// chargedVerbs (each with the voice that makes its subject the accused),
// chargeCounts, lawAuxiliaries and chargeAdverbs read a charge
// (chargedPerson).
var (
	chargedVerbs   = lexicon.Words().Map("charged-verb")  // lexicon/words.txt
	chargeCounts   = lexicon.Words().Set("charge-count")  // lexicon/words.txt
	lawAuxiliaries = lexicon.Words().Set("law-auxiliary") // lexicon/words.txt
	chargeAdverbs  = lexicon.Words().Set("charge-adverb") // lexicon/words.txt
)

// identifiedAs returns the "as" that gives the name of the doer noun at
// token j, right after it ("identified the suspect as X") or after a
// relative clause that says more of the doer ("identified the assailant
// who was killed on Wednesday as X"), or -1.
func (a *article) identifiedAs(j, last int32) int32 {
	if a.lowerWord(j+1) == "as" {
		return j + 1
	}
	if w := a.lowerWord(j + 1); w != "who" && w != "whom" {
		return -1
	}
	for k := j + 2; k < last && k <= j+10 && !a.clauseBreak(k) && a.word(k) != ","; k++ {
		if a.lowerWord(k) == "as" {
			return k
		}
	}
	return -1
}

// identifiedAsPassive returns the "as" that gives the name of the doer
// noun at token j when the noun is the subject of a passive verb of
// naming ([identify-verb]) after the words of the passive
// ([law-auxiliary], a form of "have" before "been"): "The suspect was
// identified as Micah Xavier Johnson", as "The purchaser was identified
// as Greenwich King Street Associates" (Reuters-21578) names the buyer.
// The passive names the doer as the active "police identified the
// suspect as" does; it returns -1 when there is none.
func (a *article) identifiedAsPassive(j, last int32) int32 {
	k := j + 1
	if perfectAuxiliaries[a.lowerWord(k)] {
		k++ // "has been identified as"
	}
	aux := k
	for k < last && k < aux+2 && lawAuxiliaries[a.lowerWord(k)] {
		k++
	}
	if k == aux || k+1 >= last || !identifyVerbs[a.lowerWord(k)] || a.lowerWord(k+1) != "as" {
		return -1
	}
	return k + 1
}

// roleApposition returns the person a suspect's role noun at j stands in
// apposition with: the name right after it ("suspected bomber Karim
// Haddad"), after a comma when the noun is a definite description ("the
// alleged gunman, Karim Haddad,") or before it, the noun then a definite
// or indefinite description set off by a comma ("Karim Haddad, the bomber
// behind the attack"). The role noun says what the person did; the name says
// who, so a named suspect stands where the description would.
func (a *article) roleApposition(j, first, last int32) (int32, int32, bool) {
	if a.cs != text.Mixed || a.inTitle(int(a.toks[j].Start)) {
		return 0, 0, false // capitals tell a name only in the body of mixed-case text ("BOMBER KILLS NINE", "Bomber Kills Nine")
	}
	if n0, n1 := a.properName(j+1, last); n1 > n0 {
		return n0, n1, true
	}
	d := j - 1
	for d >= first && d >= j-3 && perpModifiers[a.lowerWord(d)] {
		d-- // "the alleged", "the suicide"
	}
	if a.lowerWord(d) == "the" && a.word(j+1) == "," {
		if n0, n1 := a.properName(j+2, last); n1 > n0 {
			return n0, n1, true
		}
	}
	if (a.lowerWord(d) == "the" || a.lowerWord(d) == "a") && a.word(d-1) == "," {
		for k := max(first, d-5); k < d-2; k++ {
			if n0, n1 := a.properName(k, d-1); n1 == d-1 && n1 > n0 {
				return n0, n1, true // the longest name that ends at the comma
			}
		}
	}
	return 0, 0, false
}

// properName returns the run of two to four capitalised words starting at
// token k, or an empty run. A name's lower-case particles ([name-particle]:
// "Sofia de Roldan", "Ahmed bin Salem", "Bashar al-Assad") join the words
// around them without counting among the four: a name goes on across them
// only to a capitalised word.
func (a *article) properName(k, end int32) (int32, int32) {
	j, words := k, int32(0)
	for j < end && words < 4 && a.toks[j].Kind == text.Word {
		if a.toks[j].Has(text.Cap) {
			j++
			words++
			continue
		}
		p := a.particlesAt(j, end)
		if words == 0 || p == j || p >= end || a.toks[p].Kind != text.Word || !a.toks[p].Has(text.Cap) {
			break
		}
		j = p
	}
	if words < 2 {
		return k, k
	}
	return k, j
}

// particlesAt returns the token after the name particles starting at j
// ("de la", "al-"), or j when none stands there.
func (a *article) particlesAt(j, end int32) int32 {
	for j < end && a.toks[j].Kind == text.Word && nameParticles[a.lowerWord(j)] {
		j++
		if j+1 < end && a.isInnerHyphen(int(j)) {
			j++ // "al-Assad"
		}
	}
	return j
}

// nameParticles are the lower-case words inside a person's name.
var nameParticles = lexicon.Words().Set("name-particle") // lexicon/words.txt

// commentVerbs are the verbs by which a party answers an attack without
// making one: "suspended the talks over the bombing", "postponed the
// meeting after the attack".
var commentVerbs = lexicon.Words().Set("comment-verb") // lexicon/words.txt

// commenter reports whether the actor ending before token t1 only answers
// the attack its sentence tells: in its clause, past a bracket after its
// name, a verb of reaction or comment ("condemned", "suspended") comes
// before any word of violence ("the FMLN suspended its dialogue with the
// government to protest a dynamite attack", "the FMLN condemned the
// cowardly attack", "the Iranian government vowed to avenge the raid").
// An actor that acts first ("guerrillas attacked the post and condemned
// ...") or answers by a deed ("retaliated by shelling", "retaliated with
// air raids") is no commenter.
func (a *article) commenter(t1 int32) bool {
	si := a.sentOf[min(int(t1), len(a.toks)-1)]
	last := int32(a.sents[si].Last)
	j := a.afterGloss(t1) // "the Farabundo Marti National Liberation Front (FMLN) suspended"
	for end := j + 6; j < last && j < end; j++ {
		if a.clauseBreak(j) || a.hasTerm(j, lexicon.Trigger, "") || a.hasTerm(j, lexicon.Kill, "") ||
			a.hasTerm(j, lexicon.Kidnap, "") || a.hasTerm(j, lexicon.Weapon, "") || a.hasTerm(j, lexicon.Attribution, "") {
			return false
		}
		w := a.lowerWord(j)
		if (commentVerbs[w] || reactionWords[w] || answerVerbs[w] && a.lowerWord(j+1) != "with") && !a.modifierUse(j) {
			return true
		}
	}
	return false
}

// accordingTo reports whether the noun at token t0 is the source of an
// "according to" ("according to the guerrillas, the army is responsible"):
// who tells, not who did it.
func (a *article) accordingTo(t0 int32) bool {
	j := t0 - 1
	if a.lowerWord(j) == "the" {
		j--
	}
	return a.accordingToAt(j)
}

// accordingToAt reports whether token j is the "to" of "according to".
func (a *article) accordingToAt(j int32) bool {
	return a.lowerWord(j) == "to" && a.lowerWord(j-1) == "according"
}

// makerParticiples after a demonym and a hyphen make a made thing:
// "Soviet-made bombers" are aircraft, not people who bomb.
var makerParticiples = lexicon.Words().Set("maker-participle") // lexicon/words.txt

// afterDateline reports whether token j is the first after the dateline
// ("BEIRUT, March 2 - A gunman ..."): its capital opens the sentence, and
// on a determiner names no one.
func (a *article) afterDateline(j int32) bool {
	return a.datelineEnd > 0 && j > 0 && int(a.toks[j-1].End) <= a.datelineEnd && int(a.toks[j].Start) >= a.datelineEnd
}

// crimeGroups are the nouns of criminal organisations ("gangs",
// "cartels"). News names them as the world doers move in more often than
// as the doers: one not named by its trade ("drug gangs") is the
// attackers only as the agent of the attack or when the text blames it.
var crimeGroups = lexicon.Words().Set("crime-group") // lexicon/words.txt

// crimeTrades are the trades of criminal organisations ("drug", "cocaine"):
// before "gangs" or "mafias" they say who the attackers are.
var crimeTrades = lexicon.Words().Set("crime-trade") // lexicon/words.txt

// vaguePerpetrators describe no attacker ("suspects", "fighters").
var vaguePerpetrators = lexicon.Words().Set("vague-perpetrator") // lexicon/words.txt

// description returns the attackers as sentence si describes them when no
// one is named: "unidentified gunmen", "a suicide bomber", "armed bandits".
// A description is attribution unknown unless the text blames an identity
// ("suspected Jewish ultra-nationalists", "most likely carried out by
// Jewish extremists"). In a clash the armed side is named however it
// fared ("troops killed 23 rebels in a clash": the rebels).
func (a *article) description(si int32, clash bool) (actorCand, bool) {
	s := a.sents[si]
	if c, ok := a.describedGroup(si); ok {
		return c, true // "A leftist group claimed the attacks"
	}
	if c, ok := a.craftDoers(si); ok && !clash {
		return c, true // "Aircraft bombed Torit ..., rebels said": the craft struck, the rebels tell of it
	}
	var first actorCand
	found := false
	for _, t := range a.sentTerms(si) {
		if t.p.Cat != lexicon.Party || t.p.Value != record.Perpetrators {
			continue
		}
		if a.spanIn(vaguePerpetrators, t.t0, t.t1) && !causeOrientations[a.lowerWord(t.t0-1)] {
			continue // not "separatist fighters": their cause says whose they are
		}
		if modifiedNoun[a.lowerWord(t.t1)] || a.mouthpieceAt(t.t1) || a.word(t.t1) == "-" && modifiedNoun[a.lowerWord(t.t1+1)] {
			continue // "guerrilla conflict", "militant group", "rebel-held", "a rebel spokesman": not the attackers themselves
		}
		if a.modifiesPlace(t.t1) {
			continue // "PLANES BOMB REBEL TOWN": the town's description, not who bombed it
		}
		if a.victimOfCasualty(t.t0) && !clash {
			continue // "killing four militants": the dead, not the attackers
		}
		if a.commenter(t.t1) || a.accordingTo(t.t0) {
			continue // "the guerrillas decided to suspend the dialogue following the attack", "according to the guerrillas, ...": they answer it, they tell of it
		}
		if a.speaker(t.t0, t.t1) {
			continue // "the rebels said the army planted the bomb", "the rebels blamed the army": who tells or blames, as a named speaker is
		}
		if a.word(t.t0-2) == "-" && makerParticiples[a.lowerWord(t.t0-1)] {
			continue // "Soviet-made bombers": aircraft, and their maker no doer
		}
		t0, t1 := t.t0, t.t1
		for t1 < int32(s.Last) && (armedHead(armedAgents[a.lowerWord(t1)]) || armedHead(a.spanOf(armedAgents, t.t0, t1+1))) {
			t1++ // "Rebel soldiers attacked", "rebel forces": the party's word modifies the force's noun, the head
		}
		for t1 < int32(s.Last) {
			// "Rebel fighters attacked", "militant gunmen": a doer's noun
			// before another modifies it, and the last noun of the
			// compound is its head, the doer
			tm, ok := a.termAt(t1, lexicon.Party)
			if !ok || tm.p.Value != record.Perpetrators || tm.t1 > int32(s.Last) {
				break
			}
			t1 = tm.t1
		}
		identity, demonym := false, false
		trade := false
		for j := t.t0; j < t.t1-1; j++ {
			trade = trade || crimeTrades[a.lowerWord(j)] // "drug rings"
		}
		floor := t.t0 - 3 // three modifiers at most
	modifiers:
		for j := t.t0 - 1; j >= int32(s.First) && j >= floor; j-- {
			tk := a.toks[j]
			if a.carryCompoundAt(j, int32(s.First)) {
				// "bike-borne gunmen", "gun-toting militants",
				// "motorcycle-riding assailants": a compound of what they
				// carry or ride is one modifier of three tokens
				j -= 2
				floor -= 2
				t0 = j
				continue
			}
			if k, ok := a.proxyBefore(j+1, int32(s.First)); ok {
				// "Pro-Russian separatists", "Russian-backed separatists":
				// whose side they fight on says who they are, but the
				// name inside is their backer, not their nation
				identity, demonym = true, false
				t0 = k
				break modifiers
			}
			switch {
			case tk.Kind != text.Word:
				break modifiers
			case a.capWord(j) && !a.sentenceInitial(j) && !(a.afterDateline(j) && determiners[a.lowerWord(j)]) || a.isDemonym(j) || a.cs != text.Mixed && a.inGroupName(j):
				// a capital tells a name only in mixed case: in text
				// written in capitals ("KIDNAPPED BY TERRORISTS") every
				// word has one, and only a known group's name tells one
				identity = true
				demonym = demonym || a.isDemonym(j)
			case crimeTrades[a.lowerWord(j)]:
				trade = true // "drug trafficking gangs": who they are is their trade
			case causeOrientations[a.lowerWord(j)]:
				// "separatist fighters", "communist rebels": the cause they
				// fight for says who they are, as a capitalised name or a
				// demonym does ("Islamist militants")
				identity = true
			case !perpModifiers[a.lowerWord(j)] && !groupOrientations[a.lowerWord(j)]:
				break modifiers // (their politics describe them too: "Leftist guerrillas claimed")
			}
			t0 = j
		}
		identity = identity || trade
		if a.afterFrame(t0, "peace") || a.peaceWith(t0) {
			continue // "a truce by the government with the Taliban insurgents": the other party of the truce, as with a group named
		}
		if crimeGroups[a.lowerWord(t1-1)] && !trade && !a.agent(t0, t1) {
			if _, _, c1 := a.attribution(si, t0, t1); c1 == 0 {
				continue // "traffickers who worked for the Colombian cartels": named, neither the agent nor blamed
			}
		}
		c := actorCand{kind: "description", attr: record.Unknown}
		c.b0, c.b1 = a.span(t0, t1)
		c.name = a.src[c.b0:c.b1]
		if n0, n1, ok := a.ofGroupName(t1, int32(s.Last)); ok && !clash {
			// "ambushed by insurgents of the Corcom": whose fighters
			// they were, a group no lexicon knows, told as doing it
			g := actorCand{kind: "group", attr: record.Suspected}
			g.b0, g.b1 = a.span(n0, n1)
			g.name = a.displayName(g.b0, g.b1)
			g.c0, g.c1 = c.b0, c.b1
			return g, true
		}
		if demonym && clash {
			c.attr = record.Suspected // "fighting between Palestinian guerrillas and ...": a side the report names by who it is
		}
		subj := t0
		if j := t0 - 1; j == int32(s.First) && a.capWord(j) && !determiners[a.lowerWord(j)] {
			// "Baloch separatists claim Quetta station bombing": a
			// capital opening the sentence tells no identity (every first
			// word has one) but is the noun's modifier all the same, so
			// the phrase it opens is the subject of the verb after it
			subj = j
		}
		if v := a.actorVerb(t1, int32(s.Last)); a.claimingSubject(subj, v) {
			if k, ok := a.claimingAfter(v, int32(s.Last)); ok {
				c.attr = record.Claimed // "Guerrillas later telephoned a radio station claiming the attack"
				c.c0, c.c1 = a.span(k, k+1)
				return c, true
			}
			if c0, c1, ok := a.claimAt(v); ok {
				c.attr, c.c0, c.c1 = record.Claimed, c0, c1 // "Rebels claimed the attacks"
				return c, true
			}
		}
		if identity {
			if attr, c0, c1 := a.attribution(si, t0, t1); attr == record.Suspected && c1 > 0 {
				c.attr, c.c0, c.c1 = attr, c0, c1
				return c, true
			}
			if g, ok := a.groupIn(c.b0, c.b1); ok && !found {
				// "Contra rebels tried to blow up a pylon": a named group
				// the report tells of as doing it is the one it blames
				c.kind, c.canonical, c.attr = "group", g, record.Suspected
			}
		}
		if !found {
			first, found = c, true
		}
	}
	if !found {
		if c, ok := a.sideDoers(si); ok {
			return c, true // "Iran-backed militias fired rockets at a base"
		}
		return a.armedDoers(si)
	}
	return first, found
}

// sideBodies are nouns of an armed body that no state owns by the word
// ("militias"); proxyBodies are nouns of armed people that a proxy
// compound before them makes a side's men ("Iran-backed militias",
// "Pro-Russian forces").
var (
	sideBodies  = lexicon.Words().Set("side-body")  // lexicon/words.txt
	proxyBodies = lexicon.Words().Set("proxy-body") // lexicon/words.txt
)

// allegianceWords, with the preposition after them, name whose side
// armed people fight on ("loyal to", "allied with", "backed by").
var allegianceWords = lexicon.Words().Set("allegiance-word") // lexicon/words.txt

// allegianceEnd returns the token after the side named by an allegiance
// phrase right after the noun at token h ("militias loyal to the
// government", "fighters backed by the army"; pastAllegiance), and
// true. Without one it returns h+1 and false, as for a state's force
// ("troops loyal to the president", "police backed by soldiers":
// stateForceNoun), which the state's own rules read (forceAgents).
func (a *article) allegianceEnd(h, last int32) (int32, bool) {
	if a.stateForceNoun(h) {
		return h + 1, false
	}
	k := a.pastAllegiance(h+1, last)
	return k, k > h+1
}

// pastAllegiance returns the token after the side an allegiance phrase
// opening at token j names ("loyal to the government", "backed by the
// army"): the first token, at most six words on and with only words
// between, before which the phrase and the noun before it are the subject
// of a verb of attack (strikeAfter); else j. The verb is the armed men's,
// whoever they answer to: "Police loyal to the governor fired on
// protesters" (forceAgents, statesIn).
func (a *article) pastAllegiance(j, last int32) int32 {
	if !allegianceWords[a.lowerWord(j)] || !allegiancePreps[a.lowerWord(j+1)] {
		return j
	}
	for k := j + 3; k < last && k <= j+7; k++ {
		if a.toks[k-1].Kind != text.Word && !a.isInnerHyphen(int(k-1)) || a.clauseBreak(k-1) {
			break
		}
		if _, _, ok := a.strikeAfter(a.pastCoordinated(k, last)); ok {
			return k
		}
	}
	return j
}

// allegiancePreps join an allegiance word to the side it names.
var allegiancePreps = lexicon.Words().Set("allegiance-prep") // lexicon/words.txt

// allegianceBefore reports whether the name opening at token t0 is the
// side an allegiance phrase names ("militias loyal to the army"): the
// backer or master of the armed people before it, not the one who struck.
func (a *article) allegianceBefore(t0 int32) bool {
	j := t0 - 1
	if determiners[a.lowerWord(j)] {
		j--
	}
	return j >= 2 && allegiancePreps[a.lowerWord(j)] && allegianceWords[a.lowerWord(j-1)] && a.sentOf[j-2] == a.sentOf[t0] && !a.stateForceNoun(j-2)
}

// stateForceNoun reports whether token h is the noun of a state's force
// ([party security_forces]) other than an irregular one ([side-body]):
// "police backed by troops" are two forces of one state acting together,
// not a side and its master.
func (a *article) stateForceNoun(h int32) bool {
	return a.hasTerm(h, lexicon.Party, record.SecurityForces) && !sideBodies[a.lowerWord(h)]
}

// sideDoers returns the armed side that sentence si tells striking when
// no perpetrator noun describes it: a noun of [side-body] ("Militias
// fired rockets at the base") or a noun of [proxy-body] after a proxy
// compound (proxyBefore: "Iran-backed militias", "Pro-Russian forces
// shelled the town"), the active subject of a verb of attack
// (strikeAfter). Those who fight with a backer are another party than
// the backer, so the compound is part of their description and the
// state it names is no doer; the attribution is unknown unless the text
// blames them.
func (a *article) sideDoers(si int32) (actorCand, bool) {
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	for h := first; h < last; h++ {
		w := a.lowerWord(h)
		if !sideBodies[w] && !proxyBodies[w] {
			continue
		}
		t0, proxy := h, false
		for n := 0; n < 3 && t0 > first; n++ {
			if k, ok := a.proxyBefore(t0, first); ok {
				t0, proxy = k, true // "Iran-backed militias", "Iran-backed Iraqi militias"
				break
			}
			j := t0 - 1
			if a.toks[j].Kind != text.Word || determiners[a.lowerWord(j)] || !perpModifiers[a.lowerWord(j)] && !a.isDemonym(j) && !a.capWord(j) {
				break
			}
			t0 = j // "unidentified militias", "Shiite militias", "Iraqi militias"
		}
		t1, allied := a.allegianceEnd(h, last) // "militias loyal to the government attacked"
		if !proxy && !allied && !sideBodies[w] {
			continue // "forces", "fighters" alone or a state's ("Iraqi forces"): the text does not say they are a side's
		}
		if a.struckObject(t0) || a.victimOfCasualty(t0) || modifiedNoun[a.lowerWord(h+1)] {
			continue // "rockets at Iran-backed militias", "killing five militia fighters", "a militia leader"
		}
		if _, _, ok := a.strikeAfter(a.pastCoordinated(t1, last)); !ok {
			continue
		}
		c := actorCand{kind: "description", attr: record.Unknown}
		c.b0, c.b1 = a.span(t0, t1)
		c.name = a.src[c.b0:c.b1]
		if attr, c0, c1 := a.attribution(si, t0, t1); c1 > 0 {
			c.attr, c.c0, c.c1 = attr, c0, c1 // "blamed on Iran-backed militias"
		}
		return c, true
	}
	return actorCand{}, false
}

// fellOnly reports whether the described attackers c are told only as
// the subject of a passive casualty verb right after them ("Six rioters
// were killed"): the description is of those who fell, so one that a
// later sentence tells acting ("the mob then set the station on fire")
// says better who did it. The fallen stay the doers when no one else is
// described.
func (a *article) fellOnly(c actorCand) bool {
	if c.kind != "description" || c.b1 == 0 {
		return false
	}
	t1 := a.tokenAt(c.b1)
	last := int32(a.sents[a.sentOf[min(t1, int32(len(a.toks)-1))]].Last)
	for j := t1; j < last && j <= t1+3; j++ {
		if t, ok := a.casualtyTermAt(j); ok {
			return a.passiveBefore(t)
		}
	}
	return false
}

// ofGroupName finds the name of a group after "from" at token k, right
// after a perpetrator noun, or after "of" after an insurgent noun ("the
// assailants of Mr Ali" are whoever attacked him): capitalised words,
// neither a person's title, a place, a demonym nor a day ("insurgents of
// the Corcom", not "gunmen from Kaduna", "militants from the Palestinian
// territories" nor "the gunmen from Tuesday's raid"). It returns the
// name's tokens.
func (a *article) ofGroupName(k, last int32) (int32, int32, bool) {
	if w := a.lowerWord(k); w != "from" && !(w == "of" && insurgentNouns[a.lowerWord(k-1)]) {
		return 0, 0, false // "the assailants of Mr Ali": whom they attacked
	}
	k++
	if a.lowerWord(k) == "the" {
		k++
	}
	n0 := k
	if personTitles[a.lowerWord(n0)] {
		return 0, 0, false
	}
	for k < last && k < n0+5 && a.capWord(k) && !a.isDemonym(k) && !a.inDate(k) {
		k++
	}
	if k == n0 {
		return 0, 0, false
	}
	if lo, hi := a.placeRange(n0, k); lo < hi {
		return 0, 0, false
	}
	return n0, k, true
}

// describedGroup returns the group sentence si describes by its
// politics, its means or its nation, with no name, as the subject of a
// claim of the attack ("A leftist group claimed the attacks", "a Basque
// separatist organisation claimed responsibility") or, when none claims,
// as its agent (describedAgent: "Rebel groups detonated eight bombs").
// A claim owns the deed as a named group's does, so the doer is the group
// as described, claimed; an agent did it as gunmen would, its attribution
// what the cues make it. The head is a [described-group] noun, singular
// or plural, after up to three modifiers, one of them a
// [group-orientation] adjective ("left-wing" read across its hyphen) or a
// demonym or other capitalised word of who they are ("Basque"); the
// claim is the verb right after it (actorVerb): "claimed" with a deed
// for its object (claimsDeed) or a claim cue ("claimed responsibility").
// A phrase that "no" opens denies any claim.
func (a *article) describedGroup(si int32) (actorCand, bool) {
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	var doer actorCand // the first described agent, when none claims
	for h := first + 1; h < last; h++ {
		if !describedGroups[singular(a.lowerWord(h))] {
			continue
		}
		t0, described := h, false
	modifiers:
		for j := h - 1; j >= first && j >= h-4; j-- {
			switch w := a.lowerWord(j); {
			case a.toks[j].Kind == text.Punct && a.isInnerHyphen(int(j)):
				continue
			case groupOrientations[w] || j > first+1 && a.isInnerHyphen(int(j-1)) && a.spanIn(groupOrientations, j-2, j+1) ||
				a.isDemonym(j) || a.cs == text.Mixed && a.capWord(j) && !a.sentenceInitial(j) && !a.afterDateline(j):
				described = true
			case !perpModifiers[w]:
				break modifiers // no modifier: the phrase opens after it
			}
			t0 = j
		}
		if w := a.lowerWord(t0 - 1); !described || w == "no" || negations[w] {
			continue // "no guerrilla group has claimed responsibility": none claimed it
		}
		c := actorCand{kind: "description", attr: record.Claimed}
		c.b0, c.b1 = a.span(t0, h+1)
		c.name = a.src[c.b0:c.b1]
		if c0, c1, ok := a.claimAt(a.actorVerb(h+1, last)); ok {
			c.c0, c.c1 = c0, c1
			return c, true
		}
		if doer.kind == "" && a.describedAgent(t0, h, last) {
			// "Rebel groups detonated eight bombs", "killed by extreme
			// rightist groups": the group as described did it, as
			// gunmen would; its attribution is what the cues make it
			c.attr, c.c0, c.c1 = a.attribution(si, t0, h+1)
			if c.c1 == 0 {
				c.attr = record.Unknown
			}
			doer = c
		}
	}
	return doer, doer.kind != ""
}

// describedAgent reports whether the described group at tokens [t0, h]
// (h its head noun) is told as the one who acted: the subject of an
// active past attack verb right after it ("Rebel groups detonated eight
// bombs") or the agent after "by" of a passive deed ("killed, apparently
// by rightist groups"). A group that only speaks ("A militant group
// said the bombing ..."), owns the deed's noun ("by extremist groups'
// retaliatory actions") or is a crowd's measure ("small groups of
// youths": the youths are described) is not.
func (a *article) describedAgent(t0, h, last int32) bool {
	if w := a.lowerWord(h + 1); w == "'" || w == "’" || w == "of" {
		return false
	}
	if v := a.actorVerb(h+1, last); v < last && a.deedWord(v) {
		t := term{t0: v, t1: v + 1}
		return a.pastVerb(t) && !a.passiveBefore(t)
	}
	j := t0 - 1
	if articleWords[a.lowerWord(j)] {
		j-- // "by an urban guerrilla group"
	}
	return a.lowerWord(j) == "by" && !a.holderBy(j) && !a.deedsOwnedBy(j)
}

// deedsOwnedBy reports whether the nearest word of a deed before the
// "by" at token j, in its sentence and within fifteen words, is a plural
// noun ("a region that suffers near-daily attacks on officials, police
// and civilians by local militant groups", "killings by rebel groups"):
// "by" then tells whose deeds those many are, a record, not the agent
// of the incident's deed ("was shot dead outside his home on Tuesday,
// apparently by rightist groups": the verb's agent).
func (a *article) deedsOwnedBy(j int32) bool {
	first := int32(a.sents[a.sentOf[j]].First)
	for k := j - 1; k >= first && k >= j-15; k-- {
		if a.deedWord(k) {
			return !a.pastVerb(term{t0: k, t1: k + 1}) && plural(a.lowerWord(k))
		}
	}
	return false
}

// claimAt reports whether the verb at token v claims the attack, with
// the bytes of its claim: "claimed" with a deed for its object
// (claimsDeed: "claimed the attacks") or a claim cue that starts there
// ("claimed responsibility").
func (a *article) claimAt(v int32) (int, int, bool) {
	if tm, ok := a.termAt(v, lexicon.Attribution); ok && tm.t0 == v && tm.p.Value == record.Claimed {
		c0, c1 := a.span(tm.t0, tm.t1)
		return c0, c1, true
	}
	if a.claimsDeed(v) {
		c0, c1 := a.span(v, v+1)
		return c0, c1, true
	}
	return 0, 0, false
}

// describedGroups head a group's description ("a leftist group");
// groupOrientations describe it by its politics or means, and
// causeOrientations, among them, by the cause it fights for, which says
// who the fighters are ("separatist fighters"; description).
var (
	describedGroups   = lexicon.Words().Set("described-group")   // lexicon/words.txt
	groupOrientations = lexicon.Words().Set("group-orientation") // lexicon/words.txt
	causeOrientations = lexicon.Words().Set("cause-orientation") // lexicon/words.txt
)

// armedHead reports whether an [armed-agent] noun of that type heads a
// force's description: men under arms or a craft, not a crowd.
func armedHead(typ string) bool {
	return typ == record.ArmedAssault || typ == record.RemoteViolence
}

// insurgentNouns name an insurgency's fighters ("guerrillas", "rebels");
// insurgencyKinds are the actor kinds whose fighters news calls so.
var (
	insurgentNouns  = lexicon.Words().Set("insurgent-noun")  // lexicon/words.txt
	insurgencyKinds = lexicon.Words().Set("insurgency-kind") // lexicon/words.txt
)

// insurgentsOf returns the group a description of insurgent fighters
// stands for: in a story that names one insurgent group and no other,
// "the guerrillas attacked" after "guerrillas of the FMLN" or "the
// Shining Path" speaks of that group's fighters, as a reader takes it and
// as a coder codes it. The report tells of them doing it, so the group is
// suspected, the description's span saying so; what the fighters claimed
// or denied ("Separatists claimed the bombing"), their group did. Branches
// count as their parent; a second insurgency, or none, leaves the
// description as it is.
func (a *article) insurgentsOf(d actorCand) (actorCand, bool) {
	words := strings.Fields(strings.ToLower(d.name))
	if n := len(words); n > 1 && armedHead(armedAgents[words[n-1]]) {
		words = words[:n-1] // "guerrilla commandos", "rebel troops": the fighters' word is the party's
	}
	if len(words) == 0 || !insurgentNouns[words[len(words)-1]] {
		return d, false
	}
	cite, ok := a.storyInsurgency(d.b0)
	if !ok {
		return d, false
	}
	name := a.displayName(cite.Start, cite.End)
	if lo, hi := a.groupRange(cite.Start, cite.End); lo == hi {
		name = cite.Group.Name // named by its outlet only: "Radio Farabundo Marti"
	}
	c := actorCand{name: name, canonical: cite.Group.Name, kind: "group",
		attr: record.Suspected, b0: cite.Start, b1: cite.End, c0: d.b0, c1: d.b1}
	if d.attr == record.Claimed || d.attr == record.Denied {
		c.attr, c.c0, c.c1 = d.attr, d.c0, d.c1 // "Rebels claimed the attack": the fighters' claim is their group's
	}
	return c, true
}

// storyInsurgency returns the one insurgent group the story names
// (insurgentsOf): its mention nearest before byte b, else its first.
// Branches count as their parent; a second insurgency, or none, gives no
// group. A story that names no group but a group's own outlet ("Radio
// Farabundo Marti") speaks of the outlet's owner.
func (a *article) storyInsurgency(b int) (actor.Match, bool) {
	if g, ok := a.insurgencyIn(a.groups, b); ok || len(a.groups) > 0 {
		return g, ok
	}
	return a.insurgencyIn(a.outlets, b)
}

// insurgencyIn is storyInsurgency over the mentions ms. A branch of a
// branch ("the Armed Forces of National Resistance" of the RN of the
// FMLN) counts as the movement at the top (TopOf), as outletClaims
// counts it.
func (a *article) insurgencyIn(ms []actor.Match, b int) (actor.Match, bool) {
	var story *actor.Group
	var cite actor.Match
	for _, g := range ms {
		if !insurgencyKinds[g.Group.Kind] {
			continue
		}
		top := a.x.actors.TopOf(g.Group)
		switch {
		case story == nil:
			story, cite = top, g
		case top != story:
			return actor.Match{}, false // two insurgencies: the fighters may be either's
		case g.Start < b:
			cite = g // the mention nearest before b, else the first
		}
	}
	return cite, story != nil
}

// inGroupName reports whether token j lies inside the name of a group of
// the actor lexicon.
func (a *article) inGroupName(j int32) bool {
	b0, b1 := int(a.toks[j].Start), int(a.toks[j].End)
	s0, _ := a.sentBytes(a.sentOf[j])
	lo, hi := a.groupRange(s0, b1)
	for _, g := range a.groups[lo:hi] {
		if g.Start <= b0 && g.End >= b1 {
			return true
		}
	}
	return false
}

// subjectAt reports whether the noun phrase whose modifiers start at
// token m opens its clause, past a determiner or a number ("Two masked
// men", "The hooded men"): the subject, not the object of a preposition
// or a verb ("between two rival armed groups", "shot dead two armed men").
// "As" opens a clause for beforeSubject, but before a bare noun phrase it
// is the preposition of a predicate ("identified the killers as masked
// men"), so it opens no subject here.
func (a *article) subjectAt(m, first int32) bool {
	k := m - 1
	for k >= first && (determiners[a.lowerWord(k)] || a.inNumber(k)) {
		k--
	}
	return k < first || a.beforeSubject(k) && a.lowerWord(k) != "as"
}

// armingModifiers describe people as armed or disguised for a deed
// ([arming-modifier]: "armed", "masked", "hooded"): before a plural noun
// of people who did the deed they make them its doers (armedDoers).
var armingModifiers = lexicon.Words().Set("arming-modifier") // lexicon/words.txt

// armedDoers returns the people a word of [arming-modifier] or a hyphened
// [carry-participle] compound describes as the doers of the sentence's
// attack when no perpetrator noun does: "a group of armed youths from the
// area attacked a herders' camp", "masked men shot dead a trader",
// "gun-toting men attacked". People a text arms or disguises are the ones
// who struck, whatever noun it gives them.
func (a *article) armedDoers(si int32) (actorCand, bool) {
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	for j := first; j+1 < last; j++ {
		m0 := j // the modifier's first token
		if a.carryCompoundAt(j, first) {
			m0 = j - 2 // "gun-toting men", "knife-wielding youths": what they carry arms them
		} else if !armingModifiers[a.lowerWord(j)] {
			continue
		}
		if a.toks[j+1].Kind != text.Word || !plural(a.lowerWord(j+1)) || forceNouns[a.lowerWord(j+1)] ||
			a.hasTerm(j, lexicon.Party, "") || a.hasTerm(j+1, lexicon.Party, record.SecurityForces) || a.victimOfCasualty(m0) {
			continue
		}
		for k := j + 2; k < last && k < j+7 && !a.clauseBreak(k); k++ {
			// the deed, or the killing it was in the active ("masked men
			// shot dead a trader": [active-casualty-verb])
			deed := a.deedWord(k)
			if !deed && a.subjectAt(m0, first) {
				// a killing names its doers only in their own clause:
				// not "Clashes between two rival armed groups killed 12"
				deed = activeForms[a.lowerWord(k)] && strings.HasSuffix(a.lowerWord(k), "ed")
				if _, ok := a.termAt(k, lexicon.Kill); ok && a.lowerWord(k) == "shot" {
					deed = true // "shot dead", "shot and killed"
				}
			}
			if deed && (a.pastVerb(term{t0: k, t1: k + 1}) || a.lowerWord(k) == "shot") && !a.passiveBefore(term{t0: k, t1: k + 1}) {
				c := actorCand{kind: "description", attr: record.Unknown}
				c.b0, c.b1 = a.span(m0, j+2)
				c.name = a.src[c.b0:c.b1]
				return c, true
			}
		}
	}
	return actorCand{}, false
}

// ownerPronouns before a craft say whose it is ("its warplanes", "our
// jets"): the owner a sentence before names (ownForces), not a craft
// unowned.
var ownerPronouns = lexicon.Words().Set("owner-pronoun") // lexicon/words.txt

// craftDoers returns the craft that sentence si tells striking with no
// owner named: "Aircraft bombed Torit", "Two helicopter gunships raided
// the village". A craft is flown or sailed by someone the report does not
// say, so the doer is the craft as the text describes it, its attribution
// what the sentence's cues make it (unknown by default). A craft whose
// owner is named is a state's force ("Sudanese aircraft", "government
// warplanes", "its jets": statesIn, forceAgents, ownForces) or an armed
// side's ("rebel aircraft": the party's description); a maker's ("Soviet-
// made bombers") names no owner either, but who made them did not strike,
// and the craft alone is left undescribed (TestDescribedDoers).
func (a *article) craftDoers(si int32) (actorCand, bool) {
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	for j := first; j < last; j++ {
		if armedAgents[a.lowerWord(j)] != record.RemoteViolence || armedAgents[a.lowerWord(j+1)] == record.RemoteViolence {
			continue // the craft's last noun: "helicopter gunships"
		}
		t0 := j
		for t0 > first && armedAgents[a.lowerWord(t0-1)] == record.RemoteViolence {
			t0-- // "helicopter gunships"
		}
		for t0 > first && perpModifiers[a.lowerWord(t0-1)] {
			t0-- // "two unidentified aircraft"
		}
		if p := t0 - 1; p >= first {
			w := a.lowerWord(p)
			name := !determiners[w] && a.toks[p].Kind == text.Word && a.cs == text.Mixed && a.toks[p].Has(text.Cap) && !a.sentenceInitial(p) && !a.afterDateline(p)
			if name || a.isDemonym(p) || forceModifiers[w] || a.hasTerm(p, lexicon.Party, "") || a.groupEndsAt(p) ||
				ownerPronouns[w] || w == "s" || makerParticiples[w] && a.word(p-1) == "-" {
				continue // an owner or a maker named: "Sudanese aircraft", "army helicopters", "its jets", "Iran's planes", "Soviet-made bombers"
			}
		}
		if forceCompounds[a.lowerWord(j+1)] || a.hasTerm(j+1, lexicon.Weapon, "") && !strings.HasSuffix(a.lowerWord(j+1), "ed") && !a.inTitle(int(a.toks[j].Start)) {
			continue // "an aircraft spokesman", "a helicopter rocket": a compound, not the craft (a headline's "PLANES BOMB" is a verb)
		}
		end, _, active := a.strikeAfter(a.pastCoordinated(j+1, last))
		if !active || end >= last || a.toks[end].Kind == text.Punct {
			continue // "aircraft were shot down", "planes flew over", "two small planes destroyed, and": struck, a participle with no object
		}
		c := actorCand{kind: "description", attr: record.Unknown}
		c.b0, c.b1 = a.span(t0, j+1)
		c.name = a.src[c.b0:c.b1]
		if attr, c0, c1 := a.attribution(si, t0, j+1); c1 > 0 {
			c.attr, c.c0, c.c1 = attr, c0, c1 // "blamed on unidentified aircraft"
		}
		return c, true
	}
	return actorCand{}, false
}

// fullerCraft reports whether description c, in the body, names craft
// as the headline's description h does, in more words: a headline keeps
// only the noun ("AIRCRAFT ATTACK IRANIAN OIL RIGS"), the lead describes
// the same doer ("Unidentified jets raided three Iranian oil rigs"), and
// the fuller description says what the report knows of it.
func (a *article) fullerCraft(h, c actorCand) bool {
	if h.kind != "description" || c.kind != "description" || h.b0 >= a.bodyStart || c.b0 < a.bodyStart {
		return false
	}
	words := func(b0, b1 int) (n int, craft bool) {
		t0, t1 := a.tokenAt(b0), a.tokenAt(b1-1)+1
		for j := t0; j < t1; j++ {
			if a.toks[j].Kind == text.Word {
				n++
			}
		}
		return n, armedAgents[a.lowerWord(t1-1)] == record.RemoteViolence
	}
	hn, hCraft := words(h.b0, h.b1)
	cn, cCraft := words(c.b0, c.b1)
	return hCraft && cCraft && cn > hn
}

// groupIn returns the canonical name of an armed group of the lexicon
// named within bytes [b0, b1) ("Contra" in "Contra rebels").
func (a *article) groupIn(b0, b1 int) (string, bool) {
	lo, hi := a.groupRange(b0, b1)
	for _, g := range a.groups[lo:hi] {
		if g.Start >= b0 && g.End <= b1 && g.Group.Kind != "state" && g.Group.Kind != "coalition" {
			return g.Group.Name, true
		}
	}
	return "", false
}

// sufferedAfter reports whether the force named before token t is the
// subject of a passive casualty verb ("Iraqi soldiers were killed",
// "Russian troops have been wounded") or of a passive verb of attack
// ("Iranian gunboats were attacked by U.S. helicopters", "Iraqi troops
// were shelled"): the dead or hurt and the side struck, whoever tells of
// them, are not the attackers, and their own side's telling claims nothing.
// A group's men named after it are the group's ("two Hamas gunmen were
// killed"), and a headline drops the auxiliary ("Two Hamas gunmen killed
// in Gaza"), its participle then with no object after it: the headline's
// own passive is the one every reader asks for (headlinePassive), and a
// body line written as a headline is read here alike.
func (a *article) sufferedAfter(t int32) bool {
	if tm, ok := a.termAt(t, lexicon.Party); ok && tm.t0 == t && tm.p.Value == record.Perpetrators {
		t = tm.t1
	} else if memberNouns[a.lowerWord(t)] {
		t++
	} else {
		// "U.S. Army special forces soldiers were killed": the force's
		// own nouns go on heading the phrase, the service before its noun
		for n := 0; n < 3 && int(t+1) < len(a.toks) && (forceNouns[a.lowerWord(t)] || serviceAdjectives[a.lowerWord(t)] && forceNouns[a.lowerWord(t+1)]); n++ {
			t++
		}
	}
	t = a.pastRelative(t) // "AN HONDURAN HELICOPTER, WHICH WAS EVACUATING CASUALTIES, WAS ATTACKED"
	for n := 0; n < 2 && int(t) < len(a.toks) && adverbs[a.lowerWord(t)] && strings.HasSuffix(a.lowerWord(t), "ly"); n++ {
		t++ // "Two Hamas gunmen reportedly killed" (the auxiliaries are read below)
	}
	j, aux := t, ""
	for n := 0; n < 4; n++ {
		switch w := a.lowerWord(j); {
		case w == "were" || w == "was" || w == "have" || w == "has" || w == "had" || w == "been":
			j, aux = j+1, w
		case aux != "" && adverbs[w]:
			j++ // "four Nigerien soldiers were also killed": an adverb inside the verb group
		}
	}
	if j == t && int(t) < len(a.toks) && a.headlineLike(t) {
		ct, ok := a.casualtyTermAt(t)
		if ok && a.inTitle(int(a.toks[t].Start)) {
			return a.headlinePassive(ct)
		}
		next := ct.t1
		return ok && strings.HasSuffix(a.lowerWord(t), "ed") && !a.objectFollows(ct) &&
			!(int(next) < len(a.toks) && (a.toks[next].Kind == text.Num || numberWords[a.lowerWord(next)]))
	}
	if j == t || perfectAuxiliaries[aux] {
		return false // "soldiers have killed": active
	}
	w := a.lowerWord(j)
	return strings.HasSuffix(w, "ed") && a.isCasualtyWord(j) || a.deedWord(j) && !strings.HasSuffix(w, "ing")
}

// headlineLike reports whether token t stands in the headline or in a
// line of the body written as one, a paragraph with no full stop at its
// end ("Two Hamas gunmen reportedly killed" under the headline): such
// lines drop the auxiliary of a passive.
func (a *article) headlineLike(t int32) bool {
	if a.inTitle(int(a.toks[t].Start)) {
		return true
	}
	s := a.sents[a.sentOf[t]]
	switch a.word(int32(s.Last - 1)) {
	case ".", "!", "?", "\"", "”", "'", "’", ")", ":", ";", ",":
		return false
	}
	return a.toks[s.First].Has(text.ParaFirst) && (s.Last >= len(a.toks) || a.toks[s.Last].Has(text.ParaFirst))
}

// pastRelative returns the token after a relative clause set off by
// commas that opens at token j (", which was evacuating casualties,"),
// or j when none does: the verb after it is the noun's.
func (a *article) pastRelative(j int32) int32 {
	if a.word(j) != "," || a.lowerWord(j+1) != "which" && a.lowerWord(j+1) != "who" {
		return j
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	for k := j + 2; k < last && k < j+14; k++ {
		if a.word(k) == "," {
			return k + 1
		}
		if a.toks[k].Kind != text.Word {
			return j
		}
	}
	return j
}

// victimOfCasualty reports whether the noun at token t is the object of a
// casualty word before it in its clause: "killing four militants",
// "wounded two of the attackers". A passive casualty word (passiveBefore)
// has none.
func (a *article) victimOfCasualty(t int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j >= first && j >= t-4; j-- {
		if a.clauseBreak(j) {
			return false
		}
		w := a.lowerWord(j)
		if w == "by" {
			return false // "assassinated by gunmen": the doers
		}
		verb := strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") // not "the dead were the bombers"
		if verb && a.isCasualtyWord(j) {
			// a passive has no object: "two were wounded during a Taliban
			// attack", the headline's "Two Injured In Taliban Attack"
			ct, ok := a.casualtyTermAt(j)
			return !ok || !a.passiveBefore(ct)
		}
	}
	return false
}

// doersAfter reports whether a relative clause after the actor ending
// before token t1 makes it the attacker, whatever befell it: "troops
// killed three al-Shabaab gunmen who attacked a base".
func (a *article) doersAfter(t1 int32) bool {
	last := int32(a.sents[a.sentOf[min(t1, int32(len(a.toks)-1))]].Last)
	j := t1
	for n := 0; n < 2 && j < last && a.hasTerm(j, lexicon.Party, record.Perpetrators); n++ {
		j++ // "al-Shabaab gunmen who"
	}
	if w := a.lowerWord(j); w != "who" && w != "that" {
		return false
	}
	return a.deedAt(j+1, min(last, j+4))
}

// perpModifiers may stand before a perpetrator noun in its description.
var perpModifiers = lexicon.Words().Set("perp-modifier") // lexicon/words.txt

// modifiesPlace reports whether the word at token j is the head of a
// place or of a target ("rebel town", "guerrilla villages", "rebel
// hospitals") that the perpetrator noun ending before j modifies: the
// noun describes whose the place is, which names the struck, not who
// struck ("Planes bomb rebel town"). A force's head ("rebel soldiers") is
// the armed side itself.
func (a *article) modifiesPlace(j int32) bool {
	if _, ok := placeNouns[a.lowerWord(j)]; ok {
		return true
	}
	tm, ok := a.termAt(j, lexicon.Target)
	return ok && tm.t0 == j && tm.p.Value != "military" && tm.p.Value != "security_forces"
}

// modifiedNoun follows a perpetrator noun used as a modifier ("guerrilla
// conflict", "militant group", "rebel leader").
var modifiedNoun = lexicon.Words().Set("modified-noun") // lexicon/words.txt

// negatedCue reports whether the suspicion cue t is denied: by the words
// before it ("no motive or suspects have been identified", "police have
// not blamed anyone") or by the clause it stands in (deniedComplement:
// "there was no evidence that the killings were carried out by the
// army"). A cue of ruling out is itself a denial, so it blames only when
// negated: "police ruled out the involvement of X" clears X, "did not rule
// out" and "has not been ruled out" are suspicion all the same.
func (a *article) negatedCue(t term) bool {
	if strings.HasPrefix(t.p.Text, "no ") {
		return false
	}
	if rulingOut(t) {
		return !a.negatedBefore(t.t0)
	}
	return a.negatedBefore(t.t0) || a.deniedComplement(t.t0)
}

// rulingOut reports whether the cue t is one of ruling out ("ruled out").
func rulingOut(t term) bool {
	return strings.Contains(t.p.Text, "rule")
}

// negatedBefore reports whether a negation stands in the three tokens
// before token t0, in its sentence: "have not blamed", "cannot be ruled
// out", "without suspects".
func (a *article) negatedBefore(t0 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	for j := t0 - 1; j >= first && j >= t0-3; j-- {
		if w := a.lowerWord(j); w == "without" || negates(w) {
			return true
		}
	}
	return false
}

// negates reports whether word w negates what follows it: "no", a word of
// [negation] ("not", "never") or a verb with a contracted "not"
// ("didn't", "cannot").
func negates(w string) bool {
	return w == "no" || negations[w] || negated(w)
}

// deniedComplement reports whether token t0 stands in a clause of "that",
// "whether" or "if" that the words heading it deny or hedge, so that a
// cue there blames no one: "there was no evidence that", "it was not
// clear whether", "officials denied that", "it was unclear if", or a
// complement with no "that" after a negated verb of saying ("it did not
// say the group had carried out the raid"). A
// negation and a word of [negative-head] ("doubt", "ruled", "denied")
// cancel: "there is no doubt that" and "did not rule out that" assert
// what follows.
func (a *article) deniedComplement(t0 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	for k := t0 - 1; k > first && k >= t0-12; k-- {
		switch a.lowerWord(k) {
		case "that", "whether", "if":
			if listLinks[a.lowerWord(k-1)] {
				return a.deniedComplement(k - 1) // "says that it was not the FMLN and that the crime was committed by X": the first clause's head heads both
			}
			return a.deniesComplement(k, first)
		case ")":
			continue // the end of an aside: "whether the National Liberation Army (ELN) was behind"
		}
		if sayVerbs[a.lowerWord(k)] && k+1 < t0 && a.negatedBefore(k) {
			// a complement with no "that" after a negated verb of saying
			// is not asserted either: "dissolved the group, though it did
			// not say the group had carried out the raid"
			return true
		}
		if a.clauseBreak(k) {
			return false
		}
	}
	return false
}

// deniesComplement reports whether the words before the complementiser
// at token k deny what follows it (denialBefore: the window deniedAt
// reads as well).
func (a *article) deniesComplement(k, first int32) bool {
	return a.denialBefore(k, first).denies()
}

// cleared reports whether the actor starting at token t0 is named only to
// be cleared: in a clause a negation or a denial heads (deniedComplement:
// "there was no evidence that the killings were committed by the FARC"),
// or in the scope of a cue of suspicion that is denied, no clause break
// between (negatedCue: "officials ruled out the involvement of the ELN",
// "police have not blamed the FARC"), or, the actor at tokens [t0, t1),
// the subject of a negated predicate another speaker says
// (deniedForOther: "Officials said G was not behind the bombing").
func (a *article) cleared(t0, t1 int32) bool {
	if a.deniedComplement(t0) {
		return true
	}
	si := a.sentOf[t0]
	for _, t := range a.sentTerms(si) {
		if t.p.Cat != lexicon.Attribution {
			continue
		}
		switch t.p.Value {
		case record.Denied:
			if t.t0 >= t1 && a.deniedForOther(si, t, t0, t1) {
				return true // "Officials said G was not behind the bombing"
			}
		case record.Suspected:
			if t.t1 <= t0 && t0-t.t1 <= 6 && a.negatedCue(t) && a.sameClause(t.t1, t0) {
				return true
			}
		}
	}
	return false
}

// predicateDenial reports whether the cue of denial t is a predicate of
// its subject, negated: opened, past an auxiliary, by a negation or a
// word of [negative-subject] ("was not behind", "had no role in", "has
// nothing to do with"). It says the subject did not do the deed, in the
// voice of whoever says the clause; a verb of denial ("denied", "rejected
// the accusation") is the act of its subject.
func (a *article) predicateDenial(t term) bool {
	j := t.t0
	if auxiliaries[a.lowerWord(j)] && j+1 < t.t1 {
		j++ // "had no role"
	}
	w := a.lowerWord(j)
	return negates(w) || negativeSubjects[w]
}

// deniedForOther reports whether the cue of denial t, after the actor at
// tokens [t0, t1) of sentence si, is a negated predicate of that actor
// (predicateDenial; its verb group right after the actor, verbGroupStart)
// in a clause another speaker says (saidByOther): "Officials said G was
// not behind the bombing", "G had nothing to do with it, police said".
// The actor did not speak: it is cleared by the speaker, and denies
// nothing. Said by the actor itself ("G said it was not behind",
// selfDenial) or by no one, the predicate stays its denial.
func (a *article) deniedForOther(si int32, t term, t0, t1 int32) bool {
	if !a.predicateDenial(t) || t.t0 < t1 {
		return false
	}
	first := int32(a.sents[si].First)
	if !a.subjectEndsAt(t1, a.verbGroupStart(t, first)) {
		return false
	}
	return a.saidByOther(si, t0, t1)
}

// saidByOther reports whether the clause of the actor at tokens [t0, t1)
// of sentence si is the word of a speaker who is neither the actor nor its
// voice (ownVoiceAt; a state's voice for its own force): the complement of
// a verb of saying right before the actor ("Officials said G was ...",
// "police said that G ...") or a clause a saying after a comma closes
// ("G was not behind the bombing, officials said"; "..., said a police
// spokesman"). A pronoun for the speaker ("he said") says no more who it
// is, and the clause is left to the actor.
func (a *article) saidByOther(si, t0, t1 int32) bool {
	first, last := int32(a.sents[si].First), int32(a.sents[si].Last)
	other := func(r0, r1 int32) bool {
		if r0 >= r1 || r1-r0 == 1 && (ownPronouns[a.lowerWord(r0)] || subjectPronoun(a.lowerWord(r0))) {
			return false
		}
		if a.stateForceIn(t0, t1) && a.stateVoiceIn(r0, r1) {
			return false // "the ministry said the army was not involved": the state speaks for its force
		}
		return !a.ownVoiceAt(t0, t1, r0, r1)
	}
	k := t0 - 1
	if articleWords[a.lowerWord(k)] {
		k--
	}
	if a.lowerWord(k) == "that" {
		k--
	}
	if k > first && (sayVerbs[a.lowerWord(k)] || reportVerbs[a.lowerWord(k)]) {
		return other(a.subjectStart(k, first), k)
	}
	for v := t1 + 1; v < last && v < t1+30; v++ {
		if !sayVerbs[a.lowerWord(v)] {
			continue
		}
		r0, r1 := a.voiceRegion(first, v)
		if r0 <= t1 || !a.reportCloser(r0-1) {
			return false
		}
		if r0 == r1 {
			r0, r1 = v+1, a.nounPhraseEnd(v+1, last) // "..., said a police spokesman"
		}
		return other(r0, r1)
	}
	return false
}

// sameClause reports whether no clause breaks in tokens [from, to).
func (a *article) sameClause(from, to int32) bool {
	for k := from; k < to; k++ {
		if a.clauseBreak(k) {
			return false
		}
	}
	return true
}

// negativeHeads, with denyVerbs, deny or doubt the clause they head
// (deniesComplement).
var negativeHeads = lexicon.Words().Set("negative-head") // lexicon/words.txt

// scantDeterminers deny the noun they head (assertingHead).
var scantDeterminers = lexicon.Words().Set("scant-determiner") // lexicon/words.txt

// nearNegations all but negate the "any" after them: "hardly any doubt"
// is "little doubt" (assertingHead).
var nearNegations = lexicon.Words().Set("near-negation-adverb") // lexicon/words.txt

// assertingHead reports whether token j is a noun of [negative-head] that
// a determiner of [scant-determiner] heads: "no doubt", "little doubt",
// "no question", or "any" after an adverb of [near-negation-adverb]
// ("hardly any doubt", "scarcely any question"), which denies as "little"
// does. The determiner denies the doubt, not what follows, so the clause
// after the noun is asserted ("there is no doubt the army was
// responsible").
func (a *article) assertingHead(j int32) bool {
	if !negativeHeads[a.lowerWord(j)] {
		return false
	}
	d := a.lowerWord(j - 1)
	return scantDeterminers[d] || d == "any" && nearNegations[a.lowerWord(j-2)]
}

// claimNotYet reports whether the claim cue t is one not (yet) made:
// "has not yet claimed responsibility", "has yet to claim
// responsibility", "never claimed the attack". [attribution unclaimed]
// lists the plain "has not claimed"; "yet" between the negation and the
// verb, or "yet to" before it, negates the claim as well, and the group
// it names has then claimed nothing; so does a subject that denies itself
// ("No group has said it carried out the bombing": [negative-subject]).
func (a *article) claimNotYet(t term) bool {
	j := t.t0 - 1
	if w := a.lowerWord(j); w == "to" && a.lowerWord(j-1) == "yet" {
		return true // "has yet to claim"
	}
	if a.lowerWord(j) == "yet" {
		j-- // "has not yet claimed"
	}
	w := a.lowerWord(j)
	if w == "not" || w == "never" || negated(w) {
		return true
	}
	// a subject that denies itself claims nothing: "No group has said it
	// carried out the bombing", "nobody has claimed it"
	if perfectAuxiliaries[w] {
		j--
	}
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for k := j; k >= first && k >= j-1; k-- {
		if negativeSubjects[a.lowerWord(k)] {
			return true
		}
	}
	return false
}

// negativeSubjects deny the subject they open or are ("no group",
// "nobody"): what it is said to have done no one did.
var negativeSubjects = lexicon.Words().Set("negative-subject") // lexicon/words.txt

// suspectVerbs before "member of" make the one they name a suspect.
var suspectVerbs = lexicon.Words().Set("suspect-verb") // lexicon/words.txt

// blameParticiples are the attribution cues whose passive makes its
// subject the one blamed (passiveBlame).
var blameParticiples = lexicon.Words().Set("blame-participle") // lexicon/words.txt

// suspectBefore reports whether, before the cue "member of" at token t0
// in its clause, stands the one it makes a member: an attacker or a
// suspect ("the bomber was a member of", "arrested two members of").
func (a *article) suspectBefore(t0 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	for j := t0 - 1; j >= first && j >= t0-8; j-- {
		if a.hasTerm(j, lexicon.Party, record.Perpetrators) {
			return true
		}
		switch w := a.lowerWord(j); {
		case suspectVerbs[w], copulas[w]:
			return true
		}
	}
	return false
}

// belongingDoers reports whether the participle "belonging to" at token
// t0 tells the doers' membership as "belonged to" does: a copula at most
// three tokens before it, with no preposition between, whose complement
// it ends ("the bomber was suspected of belonging to G", "the four dead
// men were foreigners belonging to G"). "The bomb was hidden in a truck
// belonging to G" says whose the truck is, and "guerrillas harassed troops
// belonging to the 1st Brigade" (MUC-4) names the unit of those attacked.
func (a *article) belongingDoers(t0 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	for j := t0 - 1; j >= first && j >= t0-3; j-- {
		if a.clauseBreak(j) {
			return false
		}
		switch w := a.lowerWord(j); {
		case copulas[w]:
			return true
		case w == "in" || w == "on" || w == "at" || w == "from" || w == "with" || w == "by":
			return false
		}
	}
	return false
}

// passiveAgentCue reports whether the cue at token t0 is the agent of a
// passive ("they were taken by fighters of G"): the men it names did the
// deed, as the doers a copula names do (doersCopulaBefore). A participle
// of holding ([holder-verb]: "areas held by fighters of G") names who
// holds a thing, not who did the deed.
func (a *article) passiveAgentCue(t0 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	if t0-2 < first || a.lowerWord(t0-1) != "by" || holderVerbs[a.lowerWord(t0-2)] {
		return false
	}
	for k := t0 - 2; k >= first && k >= t0-4 && !a.clauseBreak(k); k-- {
		if a.isCue(k, "passive") {
			return true
		}
	}
	return false
}

// linkCues are the cues of [attribution suspected] that tie men to a
// group without a deed: "militants linked to G" (standingLink).
var linkCues = lexicon.Words().Set("link-cue") // lexicon/words.txt

// standingLink reports whether the link cue t ties a group to men of no
// deed: a bare plural ("Militants linked to G", "fighters linked to G":
// no article, possessive or number before it, so no men the story told
// of) in a clause whose verb is in the present or the perfect and kills
// or wounds no one, in a sentence that neither leads the story nor names a
// day. "Fighters linked to G and to H have carried out frequent raids in
// the area", "militants linked to both groups are active along the
// border", "militants linked to G have held several towns since the
// spring": where the group's men are and what they have done over time,
// not who did this deed. "Militants linked to G killed 14 villagers", a
// lead in the perfect ("Militants linked to G have killed 15 soldiers")
// and "the gunmen are linked to G" name the doers.
func (a *article) standingLink(t term) bool {
	si := a.sentOf[t.t0]
	if !linkCues[t.p.Text] || a.leadsStory(t.t0) || a.dayDated(si) {
		return false
	}
	first, last := int32(a.sents[si].First), int32(a.sents[si].Last)
	men := t.t0 - 1
	if men < first || a.toks[men].Kind != text.Word || !plural(a.lowerWord(men)) {
		return false
	}
	for j := men - 1; j >= first && j >= men-3 && !a.clauseBreak(j); j-- {
		if w := a.lowerWord(j); determiners[w] || countDeterminers[w] || a.inNumber(j) {
			return false // "the militants linked to G", "five men linked to G"
		}
	}
	aux := int32(-1)
	for j := t.t1; j < last && j < t.t1+12 && !a.clauseBreak(j); j++ {
		if auxiliaries[a.lowerWord(j)] {
			aux = j // "Militants linked to G and to H are active"
			break
		}
	}
	for j := men - 1; aux < 0 && j >= first && j >= men-12 && !a.clauseBreak(j); j-- {
		if auxiliaries[a.lowerWord(j)] {
			aux = j // "the region has suffered attacks by groups linked to G"
		}
	}
	// "have killed" tells a toll, maybe this deed's; "have seized several
	// towns" a holding
	return aux >= 0 && presentAuxiliaries[a.lowerWord(aux)] && !a.hasTerm(aux+1, lexicon.Kill, "") && !a.hasTerm(aux+1, lexicon.Injure, "")
}

// doersCopulaBefore reports whether a copula ([copula]) whose subject is
// the doers stands before the cue at token t0: "the two suicide bombers
// were assessed to be fighters of G", "the attackers were fighters of G".
// A copula with another subject tells where the group's men are, not who
// did it ("the region is also home to fighters of G").
func (a *article) doersCopulaBefore(t0 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	for j := t0 - 1; j >= first && j >= t0-6; j-- {
		if a.clauseBreak(j) {
			return false
		}
		if copulas[a.lowerWord(j)] {
			_, ok := a.doersSubjectOf(j)
			return ok
		}
	}
	return false
}

// doersNamedAt reports whether token j is a copula whose subject names
// the doers by a noun of [party perpetrators] and whose complement opens
// with a group's name: "The killers were Taliban militants", "the gunmen
// were all al-Shabaab fighters", "The attackers were the Pakistani
// Taliban". The clause says who did it as "were members of G" does, and
// its sentence is a cue of attribution (cueSentences); whose word it is
// decides claimed or suspected as for any cue (attribution). A negated
// copula ("were not Taliban fighters") clears the group.
func (a *article) doersNamedAt(j int32) bool {
	if !copulas[a.lowerWord(j)] {
		return false
	}
	if _, ok := a.doersSubjectOf(j); !ok {
		return false
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	k := j + 1
	for n := 0; n < 2 && k < last; n++ {
		if w := a.lowerWord(k); doersQuantifiers[w] || articleWords[w] {
			k++ // "were all Taliban fighters", "were the Pakistani Taliban"
		}
	}
	if k >= last || a.toks[k].Kind != text.Word {
		return false
	}
	b0, b1 := a.span(k, k+1)
	lo, hi := a.groupRange(b0, b1)
	return lo < hi
}

// doersNamedBefore returns the tokens [s, v+1) from the subject to the
// copula when the group starting at token t0 is named by a copula after
// the doers (doersNamedAt): "The gunmen were Taliban militants". The
// span is the cue of the attribution.
func (a *article) doersNamedBefore(t0 int32) (int32, int32, bool) {
	first := int32(a.sents[a.sentOf[t0]].First)
	for v := t0 - 1; v >= first && v >= t0-3; v-- {
		if copulas[a.lowerWord(v)] {
			if !a.doersNamedAt(v) {
				return 0, 0, false
			}
			s, _ := a.doersSubjectOf(v)
			if w := a.lowerWord(s - 1); s > first && articleWords[w] {
				s--
			}
			return s, v + 1, true
		}
		if w := a.lowerWord(v); !doersQuantifiers[w] && !articleWords[w] {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// doersSubjectOf returns the noun of [party perpetrators] or [doer-noun]
// that stands in the clause just before the copula at token j, as its
// subject: "the two bombers were", "The killers were"; "The gunmen, who
// fled on foot, were" is left out (the clause breaks).
func (a *article) doersSubjectOf(j int32) (int32, bool) {
	first := int32(a.sents[a.sentOf[j]].First)
	for k := j - 1; k >= first && k >= j-4 && !a.clauseBreak(k); k-- {
		if a.hasTerm(k, lexicon.Party, record.Perpetrators) || doerNouns[a.lowerWord(k)] {
			return k, true
		}
	}
	return 0, false
}

// carryParticiples end a hyphened modifier of the doers that says what
// they carry or ride ("bike-borne", "gun-toting", "motorcycle-riding"),
// read as one modifier in their description (description).
var carryParticiples = lexicon.Words().Set("carry-participle") // lexicon/words.txt

// carryCompoundAt reports whether token j is a [carry-participle] that a
// hyphen joins to the word before it, the three tokens from j-2 on in the
// sentence opening at first ("gun-toting", "bike-borne"): one modifier of
// the doers (description, armedDoers).
func (a *article) carryCompoundAt(j, first int32) bool {
	return j-2 >= first && carryParticiples[a.lowerWord(j)] && a.isInnerHyphen(int(j-1)) && a.toks[j-2].Kind == text.Word
}

// doersQuantifiers may follow the copula before the doers' group: "the
// gunmen were all al-Shabaab fighters" (doersNamedAt, doersNamedBefore).
var doersQuantifiers = lexicon.Words().Set("doers-quantifier") // lexicon/words.txt

// doerNouns name whoever did the deed ("the killers", "the
// perpetrators"), read only as a copula's subject (doersSubjectOf).
var doerNouns = lexicon.Words().Set("doer-noun") // lexicon/words.txt

// passiveBlame reports whether the cue t is a verb of blame in the
// passive, whose subject is the one blamed: "al-Shabaab was blamed for the
// bombing", "the group is also suspected".
func (a *article) passiveBlame(t term) bool {
	if !blameParticiples[t.p.Text] {
		return false
	}
	j := t.t0 - 1
	if w := a.lowerWord(j); w == "also" || w == "widely" || w == "now" {
		j--
	}
	if a.lowerWord(j) != "been" {
		return a.passiveBefore(term{t0: j + 1, t1: t.t1})
	}
	// "has been blamed for Monday's attack", but not a record of the
	// past: "had also been blamed for some of the worst attacks"
	if a.lowerWord(j-1) == "had" || a.lowerWord(j-2) == "had" {
		return false
	}
	k := t.t1
	if w := a.lowerWord(k); w == "for" || w == "over" || w == "in" {
		k++
	}
	return a.definiteDeed(k - 1)
}

// appositionEnd returns the token after the apposition that follows an
// actor ending before token t1 ("the New IRA, a small group opposed to the
// 1998 peace agreement, was responsible"): a phrase between commas that
// opens with an article and holds no verb of saying. Without one it
// returns t1.
func (a *article) appositionEnd(t1 int32) int32 {
	if a.word(t1) != "," {
		return t1
	}
	switch a.lowerWord(t1 + 1) {
	case "a", "an", "the", "which", "who":
	default:
		return t1
	}
	last := int32(a.sents[a.sentOf[t1]].Last)
	for k := t1 + 2; k < last && k < t1+20; k++ {
		if reportVerbs[a.lowerWord(k)] {
			return t1
		}
		if a.word(k) == "," {
			return k + 1
		}
	}
	return t1
}

// culpableAfter returns the tokens of a phrase right after the actor
// ending before token t1 that holds it to a deed the text told: "eight
// members of the army involved in the massacre", "the colonels who were
// involved in the crime", "the officers responsible for the killing", or
// the predicate of a clause it is the subject of ("two soldiers of the
// armed forces are implicated in the assassination", "officers have been
// implicated in the killing"), also by a verb of doing it ("members of
// the armed forces committed this crime", [perpetrate-verb]) or by the
// law's charge of it ("the armed forces are being charged with the death
// of two journalists", "eight soldiers were charged with the murder",
// [charged-verb]) or its guilt of it, the deed after "of" ("the armed
// forces were guilty of the murders"); a closing
// quote may end the actor ("that "members of the armed forces"
// participated in the crime"). The phrase qualifies the actor as the one
// who did it, as a subject cue does, of the attack or of the killing it
// was ("responsible for the murder"); before a deed the reader does not
// know ("involved in new clashes", "involved in the cocaine trade") it
// says nothing of this one.
func (a *article) culpableAfter(t1 int32) (int32, int32, bool) {
	j := t1
	if w := a.word(j); w == "\"" || w == "”" {
		j++ // the quote closes the subject
	}
	if w := a.lowerWord(j); w == "who" || w == "that" {
		j++
	}
	for n := 0; n < 2 && auxiliaries[a.lowerWord(j)]; n++ {
		j++ // "who were involved", "are implicated", "have been implicated"
		if a.lowerWord(j) == "being" {
			j++ // "are being charged"
		}
	}
	// a word of [culpable] ("involved"), a verb of doing ("committed
	// this crime", "participated in the massacre") or a verb of the law
	// ([charged-verb]) whose charge is the deed: the force charged with a
	// killing is held to it as a person charged is (chargedPerson), and
	// the law speaks of the soldiers whom it charges, not of those killed
	w := a.lowerWord(j)
	law := chargedVerbs[w] != ""
	if !culpable[w] && !perpetrateVerbs[w] && !law {
		return 0, 0, false
	}
	k := j
	if p := a.lowerWord(j + 1); p == "in" || p == "for" || p == "of" || law && p == "with" {
		k = j + 1
	} else if law {
		return 0, 0, false // "faces a long recovery"
	}
	if !a.definiteDeed(k) && !a.definiteKilling(k) {
		return 0, 0, false
	}
	return j, k + 1, true
}

// pastAccusedDeed reports whether the actor starting at token t0 stands
// past the deed an accusation cue t holds its object to: in "accused the
// intelligence services of assassinating M-19 presidential candidate
// Carlos Pizarro" the accused ends at "of", and a group after the deed
// verb is whom the deed struck.
func (a *article) pastAccusedDeed(t term, t0 int32) bool {
	if !a.spanIn(accuseVerbs, t.t0, t.t1) {
		return false
	}
	for k := t.t1 + 1; k < t0; k++ {
		if a.clauseBreak(k) {
			return false
		}
		if a.deedChargeAt(k) {
			return true
		}
	}
	return false
}

// accusedOfOther reports whether the accusation cue t holds the actor
// ending at token t1 to a charge that is no deed of violence: in "Israel
// accuses Hamas of putting civilians in danger" the complement after "of"
// says what Hamas is accused of, and it is not the attack.
func (a *article) accusedOfOther(t term, t1 int32) bool {
	if !a.spanIn(accuseVerbs, t.t0, t.t1) || t.t1 > t1 {
		return false
	}
	last := int32(a.sents[a.sentOf[t1-1]].Last)
	for k := t1; k < last && k <= t1+2; k++ {
		if w := a.lowerWord(k); w == "of" || w == "for" {
			return !a.deedComplement(k + 1)
		}
	}
	return false
}

// attribution finds the cue in sentence si that attributes the attack to
// the actor at tokens [t0, t1): the nearest cue in the direction its
// wording points ("G claimed responsibility", "blamed on G", "accused G",
// "G denied"). It returns the attribution and the cue's byte span; without
// a cue, suspected and a zero span. A negated denial ("did not deny")
// blames as a report does: suspected.
func (a *article) attribution(si int32, t0, t1 int32) (string, int, int) {
	best, bestDist := term{}, int32(1<<30)
	answer := term{} // the actor's denial of the charge the sentence lays (answersCharge)
	// "the spokesman for G", "a statement on a G website": the group
	// speaks, wherever its claim stands in the sentence
	speaker := false
	for j := t0 - 3; j < t1+2 && j < int32(a.sents[si].Last); j++ {
		if j < int32(a.sents[si].First) || j >= t0 && j < t1 {
			continue
		}
		if a.mouthpieceAt(j) && a.ownMouthpiece(j, t0, t1) {
			speaker = true
			break
		}
	}
	// "the New IRA, a small group opposed to the peace agreement, was
	// responsible": the apposition stands between the actor and its verb
	end := a.appositionEnd(t1)
	for _, t := range a.sentTerms(si) {
		if t.p.Cat != lexicon.Attribution || a.otherDeedsAt(t.t1) {
			continue // "claimed responsibility for previous attacks"
		}
		if t.p.Value == record.Suspected && a.negatedCue(t) {
			continue // "no motive or suspects have been identified"
		}
		if t.p.Value == record.Claimed && a.claimNotYet(t) {
			continue // "the FMLN has not yet claimed responsibility for the attack"
		}
		if t.p.Text == "attributed to" && !a.deedAt(max(int32(a.sents[si].First), t.t0-6), t.t0) {
			continue // "communiques attributed to the group": not the attack
		}
		if strings.HasSuffix(t.p.Text, "of") && strings.HasPrefix(strings.TrimPrefix(t.p.Text, "a "), "member") && !a.suspectBefore(t.t0) {
			continue // "said Pedro da Silva, the member of the police in charge": who speaks, not who did it
		}
		if strings.HasPrefix(t.p.Text, "fighters") && !a.doersCopulaBefore(t.t0) && !a.passiveAgentCue(t.t0) {
			continue // "the region is also home to fighters of G": where its men are, not who did it
		}
		if a.standingLink(t) {
			continue // "militants linked to G are active along the border": where its men are, not who did it
		}
		var dist int32
		after := t.t0 >= t1 // the cue follows the actor
		if t.p.Value == record.Denied && !after && a.otherDenier(t, t0, t1) {
			continue // "Rebels denied that the army bombed the market": the rebels deny, not the army
		}
		if t.p.Value == record.Denied && after {
			if a.deniedForOther(si, t, t0, t1) {
				continue // "Officials said G was not behind the bombing": the officials clear G, G denies nothing (cleared)
			}
			if s0, s1, ok := a.passiveDenier(t); ok && a.laterDenier(s0, s1, t0, t1) {
				continue // "G said it killed 30 soldiers, a claim that was denied by the army": the agent denies, not G
			}
			// the subject of a denial after the actor, read once for
			// the three tests of who denies
			if s0, s1, ok := a.denierBefore(t); ok {
				if a.laterDenier(s0, s1, t0, t1) {
					continue // "G said it had seized the palace, a claim the army denied": the army denies, not G
				}
				if a.claimDenier(s0, s1, t0) {
					continue // "G said it killed 30 soldiers, a claim the army denied": the army answers G's claim
				}
				if answer.p == nil && a.answersCharge(s0, s1, t1) {
					answer = t // "Police blamed G for the attack, a charge the group denied": G answers the charge
				}
			} else if answer.p == nil && a.pronounAnswersCharge(t, t1) {
				answer = t // "Police blamed G for the attack, a charge it denied": "it" is the accused
			}
		}
		switch t.p.Value {
		case record.Claimed:
			if !after && !speaker && !strings.HasSuffix(t.p.Text, " by") {
				continue
			}
		case "unclaimed":
			if !after && !a.contrastSubject(t, t0) {
				continue
			}
		case record.Suspected:
			if !after && a.pastAccusedDeed(t, t0) {
				continue // "M-19 accused the intelligence services of assassinating M-19 presidential candidate ...": the deed's object, not the accused
			}
			if !after && a.accusedOfOther(t, t1) {
				continue // "accuses Hamas of putting them in danger": another charge
			}
			txt := t.p.Text
			subjectCue := strings.HasPrefix(txt, "behind") || strings.HasPrefix(txt, "was ") ||
				strings.HasPrefix(txt, "were ") || txt == "suspected of" || suspectPredicates[txt] ||
				a.passiveBlame(t) || txt == "carried out" && (a.definiteDeed(t.t1-1) || a.definiteKilling(t.t1-1))
			// "carried out the killing", "carried out the murders": who
			// did the killing did the attack that killed (definiteKilling)
			if after != subjectCue {
				continue
			}
			if txt == "carried out" && !after && a.struckObject(t0) {
				continue // "carried out a drone strike against al-Shabab": what was struck
			}
		}
		if after {
			dist = t.t0 - t1
			if t.t0 >= end {
				dist = t.t0 - end
			}
		} else {
			dist = t0 - t.t1
		}
		if dist < 0 {
			dist = 0
		}
		// a group opening the sentence is its subject, whatever stands in
		// apposition: "The BLA, a separatist group that ..., claimed"
		limit := int32(12)
		if t0 <= int32(a.sents[si].First)+2 {
			limit = 30
		}
		if dist > limit && !(speaker && (t.p.Value == record.Claimed || t.p.Value == record.Denied)) {
			continue
		}
		if dist < bestDist {
			best, bestDist = t, dist
		}
	}
	if answer.p != nil && (best.p == nil || best.p.Value == record.Suspected) {
		// the accused's denial answers the charge the sentence lays, as a
		// denial in the next sentence would: "Police blamed G for the
		// attack, a charge the group denied"
		best = answer
	}
	if best.p == nil {
		if _, _, held := a.heldResponsible(t0, t1); held {
			return record.Suspected, 0, 0 // "held the Shining Path responsible for the attack": the whole phrase is the cue (groupsIn)
		}
		if c0, c1, ok := a.attributedTo(t0); ok {
			return record.Suspected, c0, c1 // "the authorities attributed the murder to the drug mafias"
		}
		if k0, k1, ok := a.culpableAfter(t1); ok {
			c0, c1 := a.span(k0, k1)
			return record.Suspected, c0, c1 // "members of the army involved in the massacre"
		}
		return record.Suspected, 0, 0
	}
	c0, c1 := a.span(best.t0, best.t1)
	switch {
	case best.p.Value == record.Denied:
		if n := a.negatedDenial(best.t0); n >= 0 {
			// "the minister did not deny that the air force bombed the
			// village": a negated denial asserts the deed and leaves the
			// doer named suspected, the negation and the verb its cue
			c0, c1 = a.span(n, best.t1)
			return record.Suspected, c0, c1
		}
	case best.p.Value == "unclaimed":
		return record.Suspected, c0, c1
	case speaker && (strings.Contains(best.p.Text, "responsible") || strings.Contains(best.p.Text, "carried out")):
		// "a spokesman for al-Shabab said its fighters were responsible",
		// "A Taliban spokesman said the group's fighters had carried out
		// the attack"
		return record.Claimed, c0, c1
	}
	return best.p.Value, c0, c1
}

// ownMouthpiece reports whether the mouthpiece word at token j speaks for
// the actor at tokens [t0, t1), not for anyone near it: bound to the actor
// by a preposition ("a spokesman for G", "a statement from G", "on behalf
// of G", "a statement on a G website") or a comma ("In a communique, G
// denied") or headed by it ("a G spokesman",
// "G's leader", "G officials", past a bracket that spells G out). "Officials said G was behind it" names
// officials who speak of G, whose words are no claim of G's.
func (a *article) ownMouthpiece(j, t0, t1 int32) bool {
	if j >= t1 {
		k := t1
		if w := a.word(k); w == "(" || w == "[" { // "an FMLN (Farabundo Marti National Liberation Front) spokesman"
			for k++; k < j && a.word(k) != ")" && a.word(k) != "]"; k++ {
			}
		}
		for ; k < j && closers[a.word(k)]; k++ { // "a Cinchoneros\" spokesman"
		}
		if w := a.lowerWord(k); w == "'s" || w == "’s" || w == "'" || w == "’" {
			k++
		}
		if k < j && a.possessiveAt(k) {
			k += 2
		}
		return j == k
	}
	for k := j + 1; k < t0; k++ {
		switch a.lowerWord(k) {
		case "for", "of", "from", "by", "on", "behalf", "the", "a", "an", ",", "\"", "“", "'", "‘":
		default:
			return false
		}
	}
	return true
}

// closers end a bracket or a quotation that a name stands in.
var closers = map[string]bool{")": true, "]": true, "\"": true, "”": true, "'": true, "’": true}

// suspectPredicates are the cues of suspicion whose subject is the accused
// ("G is the main suspect"): they follow the actor they name.
var suspectPredicates = lexicon.Words().Set("suspect-predicate") // lexicon/words.txt

// otherDenier reports whether the cue of denial t, before the actor at
// tokens [t0, t1), is another party's: the denial has a subject of its
// own in its clause (denierBefore), and the actor, named in what it
// denies, is not the denier's side. The denier is the subject of the
// verb of denial; an actor in its complement denies nothing ("Rebels
// denied that the army bombed the market", "the labour confederation
// denied that peasants had ambushed the patrol"), and what blames it is
// read by the other cues. The actor is the denier's own when a
// possessive pronoun makes it so ("Armenia denied that its troops had
// fired first"), when the denier names it ("the army denied that army
// units took part"), when both are the state, a force of the state and
// the state's force, office or country as the denier ("Syria's defence
// minister denied that the air force bombed the village") and no other
// state's name sets them apart ("Iran denied that Iraqi planes hit the
// terminal" is another side's deed), or when a
// group's voice denies what fighters with no other name did ("MILF
// spokesman Eid Kabalu denied the rebels torched the homes"). A cue with
// no subject before it ("Denying any role, the group said ...") or a
// pronoun for one is left to distance.
func (a *article) otherDenier(t term, t0, t1 int32) bool {
	s0, s1, ok := a.denierBefore(t)
	if !ok || t0 < t.t1 {
		return false
	}
	if ownPronouns[a.lowerWord(t0-1)] || ownPronouns[a.lowerWord(t0)] {
		return false // "denied that its troops had fired first"
	}
	if strings.Contains(" "+a.lowerSpan(s0, s1)+" ", " "+a.lowerSpan(t0, t1)+" ") {
		return false // the denier names the actor
	}
	b0, b1 := a.span(s0, s1)
	a0, a1 := a.span(t0, t1)
	dGroup, dNamed := a.groupIn(b0, b1)
	aGroup, aNamed := a.groupIn(a0, a1)
	aFighters := aNamed || a.perpetratorWordIn(t0, t1)
	switch {
	case dNamed || a.perpetratorWordIn(s0, s1):
		// a group's voice: its own fighters, unless the actor is the
		// state's force or another named group
		return !aFighters && a.stateForceIn(t0, t1) || dNamed && aNamed && dGroup != aGroup
	case a.stateVoiceIn(s0, s1):
		// another state's force is another side: "Iran denied that
		// Iraqi planes had hit the terminal"
		ds, as := a.firstStateIn(s0, s1), a.firstStateIn(t0, t1)
		return aFighters || !a.stateForceIn(t0, t1) || ds != "" && as != "" && ds != as
	}
	return true // "residents", "a human rights group": no side of the deed
}

// laterDenier reports whether a cue of denial after the actor at tokens
// [t0, t1), whose subject (denierBefore) is tokens [s0, s1), has a
// subject of its own that is another party: a state's force or police ("a claim the army denied",
// "which the police denied") or another named group. What that party
// denies is the actor's word or deed, which it answers; it is no denial
// by the actor. A subject that names the actor again ("a charge the
// group denied", "which G denied") or a relative pronoun ("which
// denied") leaves the denial the actor's.
func (a *article) laterDenier(s0, s1, t0, t1 int32) bool {
	if s0 < t1 {
		return false
	}
	for k := s0; k < s1; k++ {
		if anaphorHeads[a.lowerWord(k)] && a.lowerWord(k-1) == "the" {
			return false // "a charge the group denied"
		}
	}
	b0, b1 := a.span(s0, s1)
	a0, a1 := a.span(t0, t1)
	dGroup, dNamed := a.groupIn(b0, b1)
	aGroup, aNamed := a.groupIn(a0, a1)
	if dNamed {
		return !aNamed || dGroup != aGroup
	}
	return a.stateForceIn(s0, s1)
}

// answersCharge reports whether a cue of denial after the actor ending
// before token t1, whose subject (denierBefore) is tokens [s0, s1), is
// the actor's answer to a charge: the subject stands in a clause on a
// noun of [charge-noun] that sums up what the sentence says against the
// actor ("Police blamed G for the attack, a charge the group denied",
// "an accusation G denies"). The caller has found that the subject names
// the actor, not another party (laterDenier).
func (a *article) answersCharge(s0, s1, t1 int32) bool {
	if s0 < t1 {
		return false
	}
	for k := s0; k < s1; k++ {
		if chargeNouns[a.lowerWord(k)] {
			return k < s1-1 // the charge, then its denier: "a charge the group"
		}
	}
	return false
}

// claimWords name a party's claim of its own deed, which another party
// may deny (claimDenier).
var claimWords = lexicon.Words().Set("claim-word") // lexicon/words.txt

// claimDenier reports whether the actor at token t0 stands in the
// subject, tokens [s0, s1) (denierBefore), of a cue of denial in a
// clause on a noun of a claim before it ("G said its fighters killed 30
// soldiers, a claim the army denied"): what it denies is the claimant's
// word, which it answers; it denies no part of its own, so the cue makes
// it no accused. A denial of a charge ("a
// charge the group denied") or of a deed ("a bombing, which the armed
// forces have denied") is the denier's own.
func (a *article) claimDenier(s0, s1, t0 int32) bool {
	if t0 < s0 || t0 >= s1 {
		return false
	}
	for k := s0; k < t0; k++ {
		if claimWords[a.lowerWord(k)] {
			return true
		}
	}
	return false
}

// firstStateIn returns the country code of the first state that a country
// name or a demonym in tokens [t0, t1) names, or "".
func (a *article) firstStateIn(t0, t1 int32) string {
	lo, hi := a.placeRange(t0, t1)
	for k := lo; k < hi; k++ {
		if c := a.stateOf(k); c != "" {
			return c
		}
	}
	return ""
}

// perpetratorWordIn reports whether a word that names the attackers as
// a party ("rebels", "guerrillas", "militants": a Party term of value
// perpetrators) stands in tokens [t0, t1).
func (a *article) perpetratorWordIn(t0, t1 int32) bool {
	for j := t0; j < t1; j++ {
		if tm, ok := a.termAt(j, lexicon.Party); ok && tm.p.Value == record.Perpetrators {
			return true
		}
	}
	return false
}

// denierBefore returns the tokens of the subject of the cue of denial t,
// in its clause before it, past asides, auxiliaries, negations and
// adverbs ("the ministry, however, has not denied", "police also
// denied", "We completely deny"): from the clause's start, at most roleWindow words back, to
// the word before the verb group. It reports false when no noun stands
// there: a participle opening the sentence ("Denying any role, ...") or
// one after a comma, or a pronoun whose referent is elsewhere.
func (a *article) denierBefore(t term) (int32, int32, bool) {
	first := int32(a.sents[a.sentOf[t.t0]].First)
	e := a.verbGroupStart(t, first)
	if e <= first || a.toks[e-1].Kind != text.Word || subjectPronoun(a.lowerWord(e-1)) {
		return 0, 0, false
	}
	s := e - 1
	for s > first && s > e-roleWindow && !a.clauseBreak(s-1) && a.lowerWord(s-1) != "and" {
		s--
	}
	return s, e, true
}

// passiveDenier returns the tokens of the agent of the cue of denial t
// when the cue is a passive participle with "by" after it ("a claim that
// was denied by the Somali army", "a claim denied by the army"): the
// agent is the one who denies, as the subject is of the active
// (denierBefore), and laterDenier reads it the same way. The agent runs
// to the clause's end, at most roleWindow words.
func (a *article) passiveDenier(t term) (int32, int32, bool) {
	if a.lowerWord(t.t1) != "by" || !a.passiveBefore(t) && !strings.HasSuffix(a.lowerWord(t.t1-1), "ed") {
		return 0, 0, false // a participle after its auxiliary, or a reduced relative: "a claim denied by the army"
	}
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	s0 := t.t1 + 1
	e := s0
	for e < last && e < s0+roleWindow && !a.clauseBreak(e) && a.toks[e].Kind == text.Word {
		e++
	}
	return s0, e, e > s0
}

// verbGroupStart returns the first token of the verb group of the cue of
// denial t, in the sentence opening at first: left of t past asides,
// auxiliaries, negations and adverbs ("the ministry, however, has not
// denied", "has absolutely nothing to do with", "We completely deny").
// The subject ends there.
func (a *article) verbGroupStart(t term, first int32) int32 {
	e := a.pastAsidesBack(t.t0, first)
	for e > first {
		w := a.lowerWord(e - 1)
		if auxiliaries[w] || doAuxiliaries[w] || negates(w) || subjectAdverbs[w] || focusAdverbs[w] || lyForm(w) {
			e--
			continue
		}
		break
	}
	return e
}

// pronounAnswersCharge reports whether the cue of denial t, after the
// actor ending before token t1, has for subject a pronoun that opens a
// relative clause on a noun of [charge-noun] ("Police blamed G for the
// attack, a charge it denied", "an accusation which they deny"): the one
// who denies a charge is the one it is laid on, so the pronoun stands
// for the accused actor, and the denial is its answer (answersCharge
// reads the same clause with a noun for its subject: "a charge the group
// denied").
func (a *article) pronounAnswersCharge(t term, t1 int32) bool {
	first := int32(a.sents[a.sentOf[t.t0]].First)
	e := a.verbGroupStart(t, first)
	p := e - 1
	if p <= first || p <= t1 || !subjectPronoun(a.lowerWord(p)) {
		return false
	}
	n := p - 1
	if w := a.lowerWord(n); w == "which" || w == "that" {
		n--
	}
	return n >= t1 && chargeNouns[a.lowerWord(n)]
}

// stateOffices are offices whose holder speaks for a state besides its
// speakers and organs (stateVoiceIn).
var stateOffices = lexicon.Words().Set("state-office") // lexicon/words.txt

// stateForceIn reports whether the actor at tokens [t0, t1) is a force
// of a state: a word of [force-noun] or [police-noun] in it, and no
// armed group's name ending it ("Syrian Democratic Forces").
func (a *article) stateForceIn(t0, t1 int32) bool {
	if a.groupEndsAt(t1 - 1) {
		return false
	}
	for j := t0; j < t1; j++ {
		if w := a.lowerWord(j); forceNouns[w] || policeNouns[w] {
			return true
		}
	}
	return false
}

// stateVoiceIn reports whether tokens [s0, s1) name the state or one
// who speaks for it: a force ([force-noun], [police-noun]), an organ or
// office of the state ([home-organ], [state-organ], [state-speaker],
// [state-office]: "the defence ministry", "the president") or a country;
// not when a group or a party's word stands in them ("a rebel
// commander").
func (a *article) stateVoiceIn(s0, s1 int32) bool {
	if b0, b1 := a.span(s0, s1); a.perpetratorWordIn(s0, s1) {
		return false // "a rebel commander": a group's voice
	} else if _, ok := a.groupIn(b0, b1); ok {
		return false // "the FMLN general command"
	}
	for j := s0; j < s1; j++ {
		w := a.lowerWord(j)
		if forceNouns[w] || policeNouns[w] || homeOrgans[w] || stateOrgans[w] || stateSpeakers[w] || stateOffices[w] {
			return true
		}
	}
	lo, hi := a.placeRange(s0, s1)
	for k := lo; k < hi; k++ {
		if a.places[k].country {
			return true
		}
	}
	return false
}

// setDoer gives an incident that names no doer of its own the doer of
// the set of attacks it was told as one of: an earlier incident of the
// same town and day whose doer stands in a sentence telling several
// attacks at once ("The IRA detonated at least 20 bombs across the city",
// "a wave of bombings by the rebels") before this one was split from it
// ("Another car bomb went off on Cavehill Road"), or in a sentence telling
// one deed at several places ("opened fire on demonstrators in the capital
// and in several southern towns": placesTold) before this place was told
// ("Protests also turned deadly in Moundou"). The set's doer did each of
// its attacks, with the same attribution. It reports whether it did.
func (f *filler) setDoer(earlier []filler) bool {
	a, in := f.a, f.in
	if len(in.ms) == 0 || f.rec.Location == nil || f.rec.Date == "" {
		return false
	}
	for i := range earlier {
		g := &earlier[i]
		if len(g.rec.Perpetrators) == 0 || g.rec.Location == nil {
			continue
		}
		site := g.rec.Type == f.rec.Type && g.rec.Date == f.rec.Date &&
			g.rec.Location.Place == f.rec.Location.Place && g.rec.Location.GeonamesID == f.rec.Location.GeonamesID
		told := false
		for _, m := range g.in.ms {
			if m.sent >= in.ms[0].sent || !g.doerIn(m.sent) {
				continue
			}
			if a.severalTold(m) && (site || f.setAround(g, m)) || a.placesTold(m) && f.sameDeedNear(g) {
				told = true
				break
			}
		}
		if !told {
			continue
		}
		f.doersOf(g)
		return true
	}
	return false
}

// setAround reports whether the set of attacks that mention m of the
// earlier incident g tells over a region and its days ("Israeli air
// strikes across the Gaza Strip", "separatists killed nine in attacks in
// western Cameroon at the weekend") holds this incident, told after it
// on another day or at another town ("Another strike late on Monday hit a
// building"): an attack of the set's kind, or of any kind after the plain
// "attacks", in the set's region (its first-level division, or the
// country where either names no more) within a day of the set's date.
func (f *filler) setAround(g *filler, m *mention) bool {
	a := f.a
	gl, fl := g.rec.Location, f.rec.Location
	if gl.CountryCode == "" || gl.CountryCode != fl.CountryCode || gl.Admin1 != "" && fl.Admin1 != "" && gl.Admin1 != fl.Admin1 {
		return false
	}
	gd, err1 := text.ParseDay(g.rec.Date)
	fd, err2 := text.ParseDay(f.rec.Date)
	if err1 != nil || err2 != nil || gd.D == 0 || fd.D == 0 || fd.Sub(gd) < -1 || fd.Sub(gd) > 1 {
		return false
	}
	for _, t := range m.triggers {
		if w := a.lowerWord(t.t1 - 1); plural(w) && !pluralNouns[w] && (t.p.Value == f.rec.Type || t.p.Value == "generic") {
			return true
		}
	}
	return false
}

// placesTold reports whether mention m tells its deed at several places
// at once: a plural of places ([places-counted], the plural place nouns)
// after "in" or "across" in its sentence, past at most three words ("opened
// fire on demonstrators in the capital and in several southern towns", "in
// two cities of the region"). Each place is a site of the one deed, its
// doer the one the mention names (setDoer).
func (a *article) placesTold(m *mention) bool {
	s := a.sents[m.sent]
	for j := int32(s.First); j < int32(s.Last); j++ {
		if w := a.lowerWord(j); w != "in" && w != "across" {
			continue
		}
		for k := j + 1; k < int32(s.Last) && k <= j+4 && a.toks[k].Kind == text.Word && !a.clauseBreak(k); k++ {
			if placesCounted[a.lowerWord(k)] {
				return true
			}
		}
	}
	return false
}

// sameDeedNear reports whether this incident is of the kind of the
// earlier incident g, in its country and within a day of it: one of the
// places of a deed told at several (placesTold), wherever in the country
// the text put them.
func (f *filler) sameDeedNear(g *filler) bool {
	gl, fl := g.rec.Location, f.rec.Location
	if g.rec.Type != f.rec.Type || gl.CountryCode == "" || gl.CountryCode != fl.CountryCode {
		return false
	}
	gd, err1 := text.ParseDay(g.rec.Date)
	fd, err2 := text.ParseDay(f.rec.Date)
	return err1 == nil && err2 == nil && gd.D != 0 && fd.D != 0 && fd.Sub(gd) >= -1 && fd.Sub(gd) <= 1
}

// severalTold reports whether mention m tells several attacks at once: a
// plural attack word ("bombs", "a wave of bombings"), not the doers
// ("bandits") nor a kind pointed at ("such bombings").
func (a *article) severalTold(m *mention) bool {
	for _, t := range m.triggers {
		if _, agent := lookSpan(a, armedAgents, t.t0, t.t1); agent || pointingWords[a.lowerWord(t.t0-1)] {
			continue
		}
		if w := a.lowerWord(t.t1 - 1); plural(w) && !pluralNouns[w] {
			return true
		}
	}
	return false
}

// doerIn reports whether a doer of the filled incident was named in
// sentence si.
func (f *filler) doerIn(si int32) bool {
	s := f.a.sents[si]
	b0, b1 := f.a.span(int32(s.First), int32(s.Last))
	for _, sp := range f.attackerSpans {
		if sp[0] >= b0 && sp[1] <= b1 {
			return true
		}
	}
	return false
}

// namedKilled reports whether the name in bytes [b0, b1) is one the text
// gives as killed, the object of an active verb of killing whose run of
// capitalised words (titles and the name, after at most two lower-case
// words ending in a rank or office noun of [force-rank], [office-noun] or
// [person-title]: "killed militia commander Haji Rahim Nurzai") holds
// the name's last word: "A U.S. air strike killed Major General Qassem
// Soleimani". The dead are the deed's victims, never its doers, whatever
// a later accusation holds them to ("accusing Soleimani of planning
// attacks").
func (a *article) namedKilled(b0, b1 int) bool {
	t0, t1 := a.tokenAt(b0), a.tokenAt(b1-1)+1
	if t1 <= t0 || a.toks[t1-1].Kind != text.Word || !a.toks[t1-1].Has(text.Cap) {
		return false
	}
	last := a.lowerWord(t1 - 1)
	for si := range a.sents {
		for _, tm := range a.sentTerms(int32(si)) {
			if tm.p.Cat != lexicon.Kill || !strings.HasSuffix(a.lowerWord(tm.t1-1), "ed") {
				continue
			}
			switch a.lowerWord(tm.t0 - 1) {
			case "was", "were", "been", "be", "being":
				continue // "was killed Monday": passive, what follows is no object
			}
			end := int32(a.sents[si].Last)
			k := tm.t1
			for k < end && k < tm.t1+2 && a.toks[k].Kind == text.Word && !a.toks[k].Has(text.Cap) {
				k++
			}
			if w := a.lowerWord(k - 1); k > tm.t1 && !forceRanks[w] && !officeNouns[w] && !personTitles[w] {
				continue // only a title's nouns stand before the name: "killed militia commander Haji Rahim Nurzai"
			}
			for stop := k + 6; k < end && k < stop && a.toks[k].Kind == text.Word && a.toks[k].Has(text.Cap) && !a.inDate(k); k++ {
				if a.lowerWord(k) == last {
					return true
				}
			}
		}
	}
	return false
}

// onsetVerbs tell violence beginning, before "after" and the deed that
// set it off (setOffBy): the words of [onset-verb] and of [start-verb],
// which [onset-verb] does not list twice.
var onsetVerbs = func() map[string]bool {
	m := lexicon.Words().Set("onset-verb") // lexicon/words.txt
	maps.Copy(m, startVerbs)
	return m
}()

// setOffBy reports whether the actor at tokens [t0, t1) is the subject of
// a clause of "after" right behind a verb of onset ("the violence began
// after G killed a Muslim", "the attack came after G ambushed a patrol")
// or a span of hours (hoursAfter: "killed 12, hours after G struck camps
// across the border"): the deed that clause tells came first and set off
// the one the main clause tells, so its doer is that earlier deed's. A
// deed a gerund says set off an answer ("G killed a Muslim, prompting
// reprisals") is not read here: the story may be of it rather than of
// the answer.
func (a *article) setOffBy(t0, t1 int32) bool {
	first := int32(a.sents[a.sentOf[t0]].First)
	for k := t0 - 1; k >= first && k >= t0-3; k-- {
		if a.lowerWord(k) != "after" {
			if a.toks[k].Kind != text.Word {
				return false
			}
			continue
		}
		if onsetVerbs[a.lowerWord(k-1)] || a.hoursAfter(k) {
			return true // "began after G killed", "hours after G struck"
		}
		return a.spanIn(onsetVerbs, max(first, k-2), k) // "broke out after"
	}
	return false
}

// causeNouns name fighters by the cause of a movement that a region knows
// by name ([cause-noun]: "separatists", "Maoists").
var causeNouns = lexicon.Words().Set("cause-noun") // lexicon/words.txt

// causeSides gives a described doer that a word of [cause-noun] names
// ("Russian-backed separatists", "separatist fighters", "the Maoists") the
// attribution suspected when no cue gave it one and its sentence is told
// by a source (a verb of saying or reporting, "according to"): the words
// name a side of a known conflict as a group's name does, and a source
// that tells that side did it lays the deed on it, as it lays it on a
// group it names ("Russian-backed separatists shelled the town of
// Avdiivka ..., the regional governor said"). "Gunmen", "militants" and
// "jihadists" name no movement and stay unknown, and so does a side the
// narrator names in background ("The province has been hit by attacks of
// separatist insurgents for a decade").
func (a *article) causeSides(cands []actorCand) {
	for i := range cands {
		c := &cands[i]
		if c.kind != "description" || c.attr != record.Unknown || c.name == "unknown" || c.b1 <= c.b0 {
			continue
		}
		named := false
		for _, w := range strings.Fields(strings.ToLower(c.name)) {
			if causeNouns[strings.Trim(w, ".,;:'\"()")] {
				named = true
				break
			}
		}
		if named && a.toldBySource(a.sentOf[a.tokenAt(c.b0)]) {
			c.attr = record.Suspected
		}
	}
}

// toldBySource reports whether sentence si is told by a source: a verb of
// saying or reporting (speechVerb) or "according to" in it.
func (a *article) toldBySource(si int32) bool {
	last := int32(a.sents[si].Last)
	for j := int32(a.sents[si].First); j < last; j++ {
		if a.speechVerb(j) || a.accordingToAt(j+1) {
			return true
		}
	}
	return false
}
