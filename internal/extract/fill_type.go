package extract

import (
	"slices"

	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
)

// typeWeight says how strongly a trigger of each type claims the incident:
// the specific kinds of attack outrank the general ones, since a suicide
// bombing is also a bombing and a hijacking involves hostages and guns.
var typeWeight = lexicon.Words().Numbers("type-weight") // lexicon/words.txt

// rammed reports whether one of the incident's attack words is a
// vehicle driven into people or a place ("a truck ploughed into a crowded
// market"): a trigger that is also a weapon of vehicle_ramming.
func (f *filler) rammed() bool {
	for _, m := range f.current() {
		for _, t := range m.triggers {
			if w, ok := f.a.termAt(t.t0, lexicon.Weapon); ok && w.p.Value == "vehicle_ramming" {
				return true
			}
		}
	}
	return false
}

// eventType chooses the type from the incident's triggers, the headline's
// counting double. It reports false when the incident's own words tell
// no type (fill then asks seriesType).
//
// In a story of several incidents, the type is told by the incident's
// own sentences first: a sentence of the incident that names another
// site's place (otherSiteSentence: "In Damaturu, a suicide bomber drove at
// the office of the State Security Service" kept with the Jos blasts;
// "Car bombs and suicide bombers killed 140 in Homs and near Sayyida
// Zeinab") tells that site's deed, or the deeds of all the sites at
// once, and a suicide bomber types only the site he struck. Its words
// type the incident only when the incident's own sentences hold no
// attack word.
func (f *filler) eventType() bool {
	if len(f.st.incs) < 2 || f.in.place < 0 {
		return f.eventTypeOf()
	}
	all := f.current()
	var own []*mention
	ownWords := false
	for _, m := range all {
		if f.otherSiteSentence(m) {
			continue
		}
		own = append(own, m)
		ownWords = ownWords || len(m.triggers) > 0
	}
	if len(own) == len(all) || !ownWords {
		return f.eventTypeOf()
	}
	f.cur = own
	ok := f.eventTypeOf()
	f.cur = all // the incident's sentences, all of them, for the other fields
	if ok {
		return true
	}
	return f.eventTypeOf()
}

// eventTypeOf chooses the type from the words of f.current(): it reads
// them into votes and facts (readTypeEvidence), takes the type with the
// most weight, and lets the rules after the vote (typeRules) change it,
// or choose one when nothing voted. It reports false when none does.
func (f *filler) eventTypeOf() bool {
	e, c := &f.a.typing.e, &f.a.typing.c
	f.readTypeEvidence(e)
	*c = typeChoice{typ: e.votes.best(), terms: e.votes.first}
	for i := range typeRules {
		typeRules[i].apply(f, e, c)
	}
	if c.typ == "" {
		return false
	}
	f.bare = f.bare || c.bare
	f.unnamed = c.typ == record.ArmedAssault && !e.assaultNamed && !c.bare
	f.rec.Type = c.typ
	t := c.term(c.typ)
	f.tokEvidence("type", t.t0, t.t1)
	return true
}

// typeReading is what eventTypeOf reads of an incident's type and the
// choice it makes from it. The pooled article holds it (article.typing):
// the rules are called through their table, which would move a reading
// on the stack to the heap at every call.
type typeReading struct {
	e typeEvidence
	c typeChoice
}

// typeCount is len(record.Types): the votes are arrays indexed as
// record.Types lists the types, so that reading an incident's type
// allocates no map (TestTypeCount keeps the two in step).
const typeCount = 11

// typeIndex is typ's place in record.Types.
func typeIndex(typ string) int { return slices.Index(record.Types, typ) }

// typeVotes is what one kind of word says of the incident's type: the
// weight its words give each type and the first word of each, indexed
// as record.Types.
type typeVotes struct {
	weight [typeCount]float64
	first  [typeCount]term
}

// add counts word t for typ with weight w; a type's first word is the
// evidence of the type. Every attack word is of a type (the lexicon
// checks its triggers' values), "generic" ones once typed.
func (v *typeVotes) add(typ string, w float64, t term) {
	i := typeIndex(typ)
	v.weight[i] += w
	if v.first[i] == (term{}) {
		v.first[i] = t
	}
}

// of is the weight the words give typ.
func (v *typeVotes) of(typ string) float64 { return v.weight[typeIndex(typ)] }

// best is the type given the most weight, the earlier of record.Types on
// a tie, or "" when none is given any.
func (v *typeVotes) best() string {
	best, most := "", 0.0
	for i, typ := range record.Types {
		if v.weight[i] > most {
			best, most = typ, v.weight[i]
		}
	}
	return best
}

// typeEvidence is what an incident's words tell of its type: the votes of
// its attack words, those of the words of an attack only heard
// ("explosions were heard": the sound, not the kind of attack) and those
// of attack nouns its roles alone type ("the rebels' attack on the police
// post"), and the facts the rules after the vote consult (typeRules).
type typeEvidence struct {
	votes, heard, roles typeVotes

	clash     bool  // a sentence tells the incident, with its roles, as two armed sides fighting (toldAsClash)
	assaulted int32 // where an attackers' assault is told (assaultToldAt), or -1
	rammed    bool  // a vehicle was driven into people (rammed)

	arms       [typeCount]float64 // the weight of words that name only a weapon or its fire (fightWeapon)
	men        float64            // the weight of assault words that name only the armed men (assaultAgentNoun)
	sidesNamed bool               // a clash word names its two sides (sidesAhead)
	entered    float64            // the weight of the assault words of forcible entry ([entry-word])
	shot       float64            // a titled victim shot among many (assassination)

	assaultNamed bool // a word names the assault itself ("shot", "ambushed"), not just an attack with roles
	assaultDeed  bool // an assault word names the deed, not the men who made it (assaultAgentNoun)
	armedMen     bool // a trigger names armed men ("gunmen", "assailants"): a side that is no crowd
	crowdFought  bool // a crowd's own violence is told ("protesters clashed with police"), not only "riot police" named
	dispersed    term // the first word of a force firing what breaks up a crowd (firesCrowdControl)
	burnt        term // the first word of a building burned with no burner told (burnedUnsaid)
}

// readTypeEvidence reads the incident's words into e: each attack word's
// vote (voteTrigger), twice in the headline, the tolls of a fresh fight
// (voteFightTolls) and the weapons that only tell how it was fought
// (dropFightWeapons), and a titled victim's killing (voteAssassination).
func (f *filler) readTypeEvidence(e *typeEvidence) {
	*e = typeEvidence{clash: f.toldAsClash(), assaulted: f.assaultToldAt(), rammed: f.rammed()}
	for _, m := range f.current() {
		heard := f.a.perceived(m)
		for _, t := range m.triggers {
			f.voteTrigger(e, m, t, mentionWeight(m), heard)
		}
	}
	if e.assaulted < 0 {
		f.voteFightTolls(e)
		if e.votes.of(record.Clash) > 0 {
			e.dropFightWeapons()
		}
	}
	f.voteAssassination(e)
}

// mentionWeight is how much a mention's words weigh in the vote: a
// headline's twice a sentence's, as it names the deed the story is about.
func mentionWeight(m *mention) float64 {
	if m.title {
		return 2
	}
	return 1
}

// voteTrigger counts attack word t of mention m, of weight w, for the
// type it tells (triggerType, sidesType): its type's weight, halved when
// it names the doers ("gunmen" says who, more than what), or half a vote
// for a bare "attack" (voteAttackWord). The words of an attack only heard
// vote apart. It notes on the way the facts the rules after the vote
// consult.
func (f *filler) voteTrigger(e *typeEvidence, m *mention, t term, w float64, heard bool) {
	a := f.a
	votes := &e.votes
	if heard {
		votes = &e.heard
	}
	v, ok := f.triggerType(e, m, t)
	if !ok {
		return
	}
	if v == "generic" {
		f.voteAttackWord(e, votes, m, t, w, heard)
		return
	}
	if v, ok = f.sidesType(e, t, v); !ok {
		return
	}
	if v == record.ArmedAssault && (t.p != roleTriggers[record.ArmedAssault] || a.hasTerm(t.t0, lexicon.Kill, "")) {
		e.assaultNamed = true // "shot", "ambushed"; "murdered" tells a killing, whatever else was used
	}
	if v == record.ArmedAssault && !heard && !a.assaultAgentNoun(t) {
		e.assaultDeed = true // "opened fire", "stormed": the deed, not only who did it
	}
	if v == record.Arson && !heard && !m.title && a.burnedUnsaid(t) {
		// "the camp had been razed by fire", "a shop that had been
		// set on fire": what befell a building, told with no one
		// who burned it, is the damage of the deed the incident's
		// other words tell (the killings, the mob's rampage); it
		// types the incident only when nothing else does
		if e.burnt == (term{}) {
			e.burnt = t
		}
		return
	}
	weight := typeWeight[v]
	if v == record.ArmedAssault && !heard && a.spanIn(entryWords, t.t0, t.t1) {
		e.entered += w * weight
	}
	if a.hasTerm(t.t0, lexicon.Party, record.Perpetrators) {
		weight /= 2 // "gunmen" says who, more than what
		e.armedMen = true
	}
	if !heard && a.fightWeapon(t, v) {
		e.arms[typeIndex(v)] += w * weight
	}
	if !heard && v == record.ArmedAssault && a.assaultAgentNoun(t) {
		e.men += w * weight
	}
	if !heard && v == record.Clash && a.sidesAhead(t) {
		e.sidesNamed = true
	}
	votes.add(v, w*weight, t)
	e.crowdFought = e.crowdFought || v == record.Riot && !heard && !a.covered(t.t1, lexicon.Party, record.SecurityForces)
}

// triggerType is the type attack word t of mention m tells of the
// incident, or false when it tells another deed: the fight an assault
// set off or became, the defence or support of the deed, an earlier
// attack, what a group does, a speaker's word for the deed. A word of
// one type may tell another by what it is said with (a clash of a crowd
// and the police is a riot; a bomb fired from afar or dropped from the
// air is remote violence). A force firing what breaks up a crowd is
// noted in e, not voted.
func (f *filler) triggerType(e *typeEvidence, m *mention, t term) (string, bool) {
	a := f.a
	v := t.p.Value
	if m.title && f.titleClauseElsewhere(m, t) {
		return "", false // "Suicide bomber kills 52 ... in Balochistan; second blast hits Hangu mosque": the first clause's word types the Balochistan bombing, not the Hangu blast
	}
	if v == record.Clash && a.attackSetOff(t) {
		return "", false // "militants attacked an army base, setting off a gunbattle": the defence the assault met
	}
	if v == record.Clash && e.assaulted >= 0 && t.t0 > e.assaulted && a.pointedBack(t.t0) {
		return "", false // "militants attacked a police station ... We lost three men in the gunfight", "in the ensuing gunfight": the fight the assault became
	}
	if v == record.Clash && a.crowdFacesForces(t) {
		v = record.Riot // "Protesters Clash with Police": a crowd against the police
	}
	if v == record.ArmedAssault && a.firesCrowdControl(t) {
		// "security forces fired tear gas and water cannons to
		// disperse crowds": a crowd broken up, which types the
		// incident a riot only when nothing else does (a mob's
		// arson the police then broke up stays the arson)
		if e.dispersed == (term{}) {
			e.dispersed = t
		}
		return "", false
	}
	if v == record.Hijacking && e.rammed {
		return "", false // "a truck ploughed into a crowded market ... the vehicle was hijacked": the taking of the vehicle is the means of the ramming
	}
	if a.backing(t.t0) {
		return "", false // "troops backed by helicopter gunships battled rebels": the craft support, the troops fight
	}
	if a.alsoUsed(t) {
		return "", false // "killed in a gun attack ... the attackers also used hand grenades": a weapon added to the attack told
	}
	if f.counterstroke(t) {
		return "", false // "Dozens of soldiers killed in an attack on their base ... the army responded with air strikes": the defenders' counterstroke
	}
	if a.causeOfDeed(m, t.t0) {
		return "", false // "destroyed the platform in retaliation for a missile attack": the earlier attack's type
	}
	if a.earlierWhen(t.t0) {
		return "", false // "the worst since Jan. 19, when a suicide attacker blew himself up": the earlier attack's type
	}
	if a.earlierRelative(t.t0, f.st.d0) {
		return "", false // "teenagers who were abducted more than two weeks ago": an earlier deed that describes them
	}
	if v == record.SuicideBombing && a.shamWeapon(t) {
		return "", false // "He wore a fake explosive vest and carried a rifle": a disguise, no bombing
	}
	if v == record.SuicideBombing && a.kindNamed(t) {
		return "", false // "the group continues to carry out suicide attacks": what it does, not what it did
	}
	if a.listedKind(t) {
		return "", false // "carrying out assassinations, hijackings and bombings": the kinds of deed a group is known for
	}
	if a.labelOfDeed(t) {
		return "", false // "described the dynamite attack against the headquarters as a massacre": a speaker's word for the deed told
	}
	if v == record.Bombing && a.bombMade(t) {
		return "", false // "hit ... a workshop where car bombs were built": what the place was for
	}
	if (v == record.ArmedAssault || v == record.Bombing) && a.projectileFired(t) {
		v = record.RemoteViolence // "fired missiles at nine sites", "explosives were fired from a dump truck": launched from afar, no gun, no planted bomb
	}
	if v == record.Bombing && a.droppedByCraft(t) {
		v = record.RemoteViolence // "bombs dropped by Iraqi aircraft": an air raid, no planted bomb
	}
	if v == "generic" && a.explosiveInstrument(t) {
		v = record.Bombing // "a dynamite attack", "attacked the embassy with explosives"
	}
	return v, true
}

// voteAttackWord counts a bare attack word, of no type ("Al-Qaeda
// militants attacked a checkpoint"), for half a vote: the verb an
// assault, unless something says more (its agent, a state that says it
// struck); the noun by its roles, which vote apart and type the incident
// only when no other word does.
func (f *filler) voteAttackWord(e *typeEvidence, votes *typeVotes, m *mention, t term, w float64, heard bool) {
	a := f.a
	if tw := a.lowerSpan(t.t0, t.t1); tw == "attacked" || tw == "attacking" || attackVerbs[tw] {
		typ := record.ArmedAssault
		if a.stateItStrikes(t) {
			typ = record.RemoteViolence // "Ukraine says it struck Russian command post"
		} else if r, ok := a.armedAttack(t, true); ok && (r == record.Clash || r == record.Riot) {
			typ = r // "Government troops attacked rebel positions"; "a crowd attacked the station"
		} else if ok && attackVerbs[tw] {
			typ = r // "FMLN sappers destroyed several posts", "warplanes struck the port": the agent says how
		}
		votes.add(typ, w*0.5, t)
		e.assaultDeed = e.assaultDeed || typ == record.ArmedAssault && !heard // "guerrillas attacked positions"
		e.crowdFought = e.crowdFought || typ == record.Riot && !heard
		return
	}
	if t.t0 >= m.t0 && t.t0 < m.t1 {
		// "the rebels' attack on the police post", "Iraq's raid
		// on a tanker": the roles type the noun when no other
		// word of the incident does, in its own clause (not one
		// a list split off after it); the clause is tested
		// first, as the roles are read twice (nounRolesType)
		if typ, ok := a.nounRolesType(t); ok {
			e.roles.add(typ, w*0.5, t)
		}
	}
}

// sidesType is the type of attack word t, of type v, by the sides that
// made the deed: an assault or arson whose sides are armed men meeting a
// force is a clash, a crowd's is a riot ("soldiers raided a militant
// hideout", "a mob torched homes"), a state's that says it struck is
// remote violence. It reports false for a crowd's deed that only says
// whom a force fired on.
func (f *filler) sidesType(e *typeEvidence, t term, v string) (string, bool) {
	a := f.a
	if v == record.ArmedAssault && a.stateItStrikes(t) {
		v = record.RemoteViolence // "Ukraine says it struck Russian command post"
	}
	if v == record.ArmedAssault || v == record.Arson {
		r, ok := a.armedAttack(t, true)
		if ok && (r == record.Clash && v == record.ArmedAssault || r == record.Riot) {
			v = r // "soldiers raided a militant hideout": two armed sides; "a mob torched homes": a riot
		} else if e.clash && v == record.ArmedAssault && (!ok || r != record.Riot && !a.pastVerb(t)) {
			v = record.Clash // "Rebel ambush" over "rebels ambushed an army patrol": the roles said what it was
		}
	}
	if v == record.Riot && a.firedOnBy(t) {
		// "police fired into a crowd of rioting students", "Police fire
		// on protesters storming Kenya parliament": a riot word, or a
		// word typed a riot by its crowd (here or in triggerType), tells
		// whom the force shot
		return "", false
	}
	if v == record.ArmedAssault && a.raidMetFight(t) {
		v = record.Clash // "Police raided the favela, setting off a fierce firefight": armed men met the force
	}
	return v, true
}

// voteFightTolls counts a clash for each toll whose cause is a fight noun
// ([fight-noun]), when no attackers' assault was told: "Eighteen soldiers
// and five militants were killed in a 10-hour battle", "10 soldiers, 46
// assailants killed in fighting with rebels" tell the dead fell in a
// battle of armed sides, as a clash word does, whatever else the
// incident's words say of how it was fought. A fight the noun points back
// at ("Two soldiers were killed in the fighting" after "repelled an attack
// on its camp") is the one the text told, whose words say what it was
// (inFreshFight).
func (f *filler) voteFightTolls(e *typeEvidence) {
	a := f.a
	var seenAt [8]int32
	seen := seenAt[:0] // the verbs counted, once each
	for m, st := range f.statements() {
		if st.hedged || st.effect == lexicon.Kidnap || slices.Contains(seen, st.verb.t0) || a.perceived(m) {
			continue
		}
		if a.inFreshFight(st.verb) && !a.crowdFightBefore(st.verb.t0) {
			seen = append(seen, st.verb.t0)
			e.votes.add(record.Clash, mentionWeight(m)*typeWeight[record.Clash], st.verb)
		}
	}
}

// dropFightWeapons takes back the votes of the words that only name a
// clash's weapons or fighters. "Hours of gun and rocket fire", "shooting
// erupted", "four rocket-propelled grenades were fired" under "Tayouneh
// gunbattle": a fight is fought with weapons, and the words that name
// only the weapons or their fire tell how the clash was fought, not
// another kind of deed. A strike, a raid or a bombing named as a deed
// ("Drone strike kills 12 amid clashes") is a deed of its own, and an
// attackers' assault the fight met (assaultToldAt) keeps its type. "A gun
// battle between two drug trafficking groups ... a group of about 20
// gunmen", "fighting ... between unidentified armed men and the Sudanese
// Armed Forces": the nouns that name only the armed men ("gunmen", "armed
// men", "assailants") say who fought, each side's men, not another kind
// of deed.
func (e *typeEvidence) dropFightWeapons() {
	for i, s := range e.arms {
		if s > 0 {
			e.votes.drop(i, s)
		}
	}
	if e.men > 0 && e.sidesNamed {
		e.votes.drop(typeIndex(record.ArmedAssault), e.men)
	}
}

// drop takes weight w back from the type at i, to none when next to
// nothing is left.
func (v *typeVotes) drop(i int, w float64) {
	if v.weight[i] -= w; v.weight[i] < 1e-9 {
		v.weight[i] = 0
	}
}

// voteAssassination counts a titled victim's killing (assassination): an
// assassination, told by its first verb, as a trigger of its type would;
// or, for the titled victim shot among many, the shooting, which weighs
// for the assault as it would have for the assassination.
func (f *filler) voteAssassination(e *typeEvidence) {
	aimed, w, shot := f.assassination()
	e.shot = shot
	if w > 0 {
		i := typeIndex(record.Assassination)
		e.votes.weight[i] += w * typeWeight[record.Assassination]
		e.votes.first[i] = aimed
	} else if shot > 0 && e.votes.of(record.ArmedAssault) > 0 {
		e.votes.weight[typeIndex(record.ArmedAssault)] += shot * typeWeight[record.ArmedAssault]
	}
}

// typeChoice is the type chosen so far and the words that tell each
// type: the first words of the vote that chose it, and those the rules
// after it found.
type typeChoice struct {
	typ   string
	terms [typeCount]term
	bare  bool // a toll or a taking is all that tells the deed (f.bare)
}

// term is the word that tells typ.
func (c *typeChoice) term(typ string) term { return c.terms[typeIndex(typ)] }

// typeRule is one way the type is decided after the vote, a row of
// typeRules: when the type chosen so far is one of from and when holds,
// the type becomes to, told by the word when returns. A row with a vote
// instead (the attack nouns' roles, the sounds heard) takes the type that
// vote weighs most, told by its first words. The name and the why, with
// an example of the text the rule reads, document the row.
type typeRule struct {
	name, why string
	from      []string // the types the rule changes; untyped: none chosen yet
	to        string   // the type it decides
	// when reports whether the rule holds, and the word that tells to
	when func(f *filler, e *typeEvidence, c *typeChoice) (term, bool)
	// vote, in a row with no when, is the vote that decides
	vote func(e *typeEvidence) *typeVotes
	bare bool // the deed is told by a toll or a taking alone (f.bare)
}

// apply decides c's type by rule r, when r changes the type chosen so
// far.
func (r *typeRule) apply(f *filler, e *typeEvidence, c *typeChoice) {
	if !slices.Contains(r.from, c.typ) {
		return
	}
	if r.vote != nil {
		if v := r.vote(e); v.best() != "" {
			c.typ, c.terms = v.best(), v.first
		}
		return
	}
	if t, ok := r.when(f, e, c); ok {
		c.typ, c.terms[typeIndex(r.to)] = r.to, t
		c.bare = c.bare || r.bare
	}
}

// untyped is the from of the rules that choose a type when no word voted.
var untyped = []string{""}

// typeRules are the ways an incident's type is decided after the vote,
// applied in order: a more particular type the voted one hides, the
// types chosen when nothing voted (the burning, the crowd dispersed, the
// toll, the roles, the attack told, the sound), and the deeds the words
// of one type turn out to tell.
var typeRules = []typeRule{{
	name: "suicide bombers' bombs",
	why: `"bombs hit 3 churches" ... "suicide bombers targeted Mass": a
		suicide bombing is a bombing too, and every bomb word of the
		incident tells the same blasts the bombers set off`,
	from: []string{record.Bombing},
	to:   record.SuicideBombing,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		return c.term(record.SuicideBombing), e.votes.of(record.SuicideBombing) > 0
	},
}, {
	name: "office bombed",
	why: `"A car bomb killed a Christian lawmaker and six others": the
		bomb was set for the office holder it killed first, and a suicide
		bomber's too ("Turban bomber kills Afghan peace envoy Rabbani")
		(officeBombed)`,
	from: []string{record.Bombing, record.SuicideBombing},
	to:   record.Assassination,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) { return f.officeBombed() },
}, {
	name: "bomb fired",
	why: `what went off was fired from afar: "a mortar bomb exploded", "a
		rocket exploded" under a headline's "Bomb attack"`,
	from: []string{record.Bombing},
	to:   record.RemoteViolence,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		return c.term(record.RemoteViolence), e.votes.of(record.RemoteViolence) > 0
	},
}, {
	name: "burnt",
	why:  `"Three buses were set on fire in Karachi": the burning is all that is told (burnedUnsaid)`,
	from: untyped,
	to:   record.Arson,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		return e.burnt, e.burnt != (term{})
	},
}, {
	name: "crowd dispersed",
	why:  `"Hundreds were wounded ... security forces fired tear gas to disperse crowds" (firesCrowdControl)`,
	from: untyped,
	to:   record.Riot,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		return e.dispersed, e.dispersed != (term{})
	},
}, {
	name: "fight's toll",
	why: `people killed, hurt or taken with no word for how, when any of the
		incident's statements, not only its first, tells armed sides
		fighting: "30 guerrillas were killed in a battle with troops",
		"Sri Lankan troops killed 20 Tamil guerrillas", "In separate
		operations, 17 militants were killed" (a headline's "Troops kill 20
		rebels" comes before the lead's "... in a battle near Jaffna"),
		and no attacker's assault was told (assaultToldAt: "Militants
		attack army outpost" ... "Seven militants died in the gun battle"
		is the fight the assault became)`,
	from: untyped,
	to:   record.Clash,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		t, crowd, ok := f.fightToll(e)
		return t, ok && !crowd
	},
}, {
	name: "crowd's fight's toll",
	why: `"protesters clashed with party activists ..., police said ... and
		two were killed in fighting around Dhaka College": the fight of a
		toll is a crowd's`,
	from: untyped,
	to:   record.Riot,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		t, crowd, ok := f.fightToll(e)
		return t, ok && crowd
	},
}, {
	name: "killing told",
	why: `people killed or hurt with no word for how ("the hoodlums killed
		five villagers as they fled"): the killing is all that is told of
		the deed, an armed assault`,
	from: untyped,
	to:   record.ArmedAssault,
	bare: true,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		if st := f.leadStatement(); st != nil && st.effect != lexicon.Kidnap {
			return st.verb, true
		}
		return term{}, false
	},
}, {
	name: "taking told",
	why:  `people only taken, with no word for how: a kidnapping`,
	from: untyped,
	to:   record.Kidnapping,
	bare: true,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		if st := f.leadStatement(); st != nil && st.effect == lexicon.Kidnap {
			return st.verb, true
		}
		return term{}, false
	},
}, {
	name: "attack noun's roles",
	why:  `an attack noun whose roles decide its type is all that tells it ("the rebels' attack on the police post")`,
	from: untyped,
	vote: func(e *typeEvidence) *typeVotes { return &e.roles },
}, {
	name: "attack told",
	why: `"this morning's attack against the attorney general": an attack
		told as an event, of no kind the text says (mentions_told.go). An
		explosive the incident names is a bomb word of its own that would
		have voted ("threw dynamite at the building"), so "explosive used"
		has no say here`,
	from: untyped,
	to:   record.OtherViolence,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) { return f.attackTold() },
}, {
	name: "heard",
	why:  `"explosions were heard": the sound is all the text tells of the attack`,
	from: untyped,
	vote: func(e *typeEvidence) *typeVotes { return &e.heard },
}, {
	name: "explosive used",
	why: `"Ten terrorists hurled dynamite sticks at the embassy ... the
		attack was staged by ten terrorists": no word says how the attack
		was made but the explosive the incident names (explosiveUsed)`,
	from: []string{record.ArmedAssault},
	to:   record.Bombing,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		if e.assaultNamed || c.bare {
			return term{}, false
		}
		return f.explosiveUsed()
	},
}, {
	name: "armies fight",
	why:  `"losses inflicted on Iraqi forces in the fresh Iranian assault" (armiesFight, fill_war.go)`,
	from: []string{record.ArmedAssault},
	to:   record.Clash,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		return c.termOr(record.Clash), f.armiesFight()
	},
}, {
	name: "ground attack repelled",
	why:  `"its troops repelled an Iranian attack ... met by barrages of artillery" (groundAttackRepelled, fill_war.go)`,
	from: []string{record.RemoteViolence},
	to:   record.Clash,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		return c.termOr(record.Clash), f.groundAttackRepelled()
	},
}, {
	name: "bomb opens entry",
	why: `"A suicide bomber blew himself up at the gate, and gunmen then
		stormed the compound": the blast opened the way for the attackers'
		assault of the place, which is the incident; the attackers are no
		army, so "armies fight" has no say (bombOpensEntry)`,
	from: []string{record.SuicideBombing, record.Bombing},
	to:   record.ArmedAssault,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) { return f.bombOpensEntry() },
}, {
	name: "crowd fought",
	why: `"At least four people were shot dead in clashes between
		protesters and security forces", "The demonstrators attacked
		police, and the police had to fire": a crowd fought the force, and
		the shootings it met are the riot's. A force firing on a crowd that
		did not fight ("Riot police and troops shot dead two protesters":
		"riot" only names the police) is an assault by the state; armed
		men, or raiders with no force to meet them ("shot ten villagers
		... looting followed"), make the shootings an assault of their
		own, and so does a titled victim shot among the crowd ("Student
		leader shot dead as protest clashes leave six dead": the shooting
		of one, not the crowd's fight)`,
	from: []string{record.ArmedAssault},
	to:   record.Riot,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		return c.term(record.Riot), e.crowdFought && !e.armedMen && e.shot == 0 && f.forceNamed() && !f.a.leadFiresOnCrowd()
	},
}, {
	name: "mob's deed",
	why: `"Mob kills two" ... "A crowd of several hundred villagers armed
		with sticks stormed a house": the words of a crowd's own violence
		(crowdFought) weigh as much as the assault's, a tie the order of
		the types would give the assault; with no armed men's noun
		("gunmen"), no titled victim shot and no force firing on the crowd
		("Police opened fire at protesters after a crowd threw stones": the
		state's assault, leadFiresOnCrowd), the crowd did the deed: a riot`,
	from: []string{record.ArmedAssault},
	to:   record.Riot,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		tie := e.votes.of(record.Riot) >= e.votes.of(record.ArmedAssault)
		return c.term(record.Riot), tie && e.crowdFought && e.men == 0 && e.shot == 0 && !f.a.leadFiresOnCrowd()
	},
}, {
	name: "only taken",
	why: `"three armed men seized another officer", "gunmen abducted two
		engineers": the men's noun says who they were, and what they did
		is told by the taking of people, with no one killed, hurt or shot:
		a kidnapping (onlyTaken)`,
	from: []string{record.ArmedAssault},
	to:   record.Kidnapping,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		if e.assaultDeed || e.shot != 0 {
			return term{}, false
		}
		return f.onlyTaken()
	},
}, {
	name: "taking outweighs",
	why: `"Gunmen stormed a boarding school ..., killing one student and
		abducting 27 others": the storming or raid is the way in, and the
		taking of people it served is the deed, unless the other words of
		assault (the shooting, the killing) outweigh it or it killed more
		than a few (fewDead). takenMost (fill.go) does the same when the
		taken are counted; here the words tell it when they are not ("seize
		42", "91 students absent")`,
	from: []string{record.ArmedAssault},
	to:   record.Kidnapping,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		taking := e.votes.of(record.Kidnapping) > e.votes.of(record.ArmedAssault)-e.entered
		return c.term(record.Kidnapping), taking && f.mostKilled() <= fewDead
	},
}, {
	name: "office holder the one dead",
	why: `"the town's mayor was found murdered", "claimed the killing of
		a blogger": an assault that killed one person, and he an office
		holder or a public voice, was made for him, whatever word tells
		the killing (officeKilled)`,
	from: []string{record.ArmedAssault},
	to:   record.Assassination,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) { return f.officeKilled() },
}, {
	name: "communal clash",
	why:  `"clashes between Moslems and Christians" (communalClash, fill_war.go)`,
	from: []string{record.Clash},
	to:   record.Riot,
	when: func(f *filler, e *typeEvidence, c *typeChoice) (term, bool) {
		return c.term(record.Clash), f.communalClash()
	},
}}

// termOr is the word that tells typ, or, when none does, the one that
// tells the type chosen so far.
func (c *typeChoice) termOr(typ string) term {
	if t := c.term(typ); t != (term{}) {
		return t
	}
	return c.term(c.typ)
}

// fightToll finds the first statement of the incident, not hedged nor of
// people taken, whose toll fell in a fight: in a fight noun ("killed in a
// battle with troops"), killed by a force ("Sri Lankan troops killed 20
// Tamil guerrillas") or in its pursuit ("In separate operations, 17
// militants were killed"), when no attackers' assault was told (the
// fight it met or became is the assault's). It returns the statement's
// verb and whether a crowd's fight comes before its fight noun.
func (f *filler) fightToll(e *typeEvidence) (verb term, crowd, ok bool) {
	a := f.a
	if e.assaulted >= 0 {
		return term{}, false, false
	}
	for _, st := range f.statements() {
		if st.hedged || st.effect == lexicon.Kidnap {
			continue
		}
		if inFight := a.inNoun(st.verb, roleWindow, 3, fightNouns); inFight || a.forceKillsFoe(st.verb) || a.killedInPursuit(st) {
			return st.verb, inFight && a.crowdFightBefore(st.verb.t0), true
		}
	}
	return term{}, false, false
}

// leadStatement is the incident's first statement not hedged, or nil.
func (f *filler) leadStatement() *statement {
	for _, st := range f.statements() {
		if !st.hedged {
			return st
		}
	}
	return nil
}

// attackTold finds a word of the incident, in its own clause, that tells
// an attack as an event of no kind the text says (toldAttack).
func (f *filler) attackTold() (term, bool) {
	for _, m := range f.current() {
		for _, t := range m.triggers {
			if t.t0 >= m.t0 && t.t0 < m.t1 && f.a.toldAttack(t) {
				return t, true
			}
		}
	}
	return term{}, false
}
