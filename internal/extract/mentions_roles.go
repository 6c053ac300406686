package extract

import (
	"strings"

	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// An attack nobody died in ("rebels attacked a police station", "Iraqi
// warplanes hit the oil terminal") says so only with a word that alone
// says little ("attacked", "raid", "hit") and its roles: an armed agent
// that struck, or a physical target struck. The rules here read those
// roles in the attack word's clause, the way a coder does, so that such
// a clause reports an event though it gives no toll.

// attackVerbs name a strike only with an armed agent ("warplanes hit").
var attackVerbs = lexicon.Words().Set("attack-verb") // lexicon/words.txt

// armedAgents are nouns of armed actors, with the type of attack they make.
var armedAgents = lexicon.Words().Map("armed-agent") // lexicon/words.txt

// attackTargets are head nouns of physical targets beside terms.txt's.
var attackTargets = lexicon.Words().Set("attack-target") // lexicon/words.txt

// notAsserted words before an attack word say it did not happen (yet).
var notAsserted = lexicon.Words().Set("not-asserted") // lexicon/words.txt

// ledTo are the past verbs after which "to" heads a result ("led to
// clashes"), not a plan.
var ledTo = lexicon.Words().Set("led-to") // lexicon/words.txt

// attackNouns are the generic triggers that name an attack itself, not
// its doers or a state of violence ("attackers", "violence", "killings").
var attackNouns = lexicon.Words().Set("attack-noun") // lexicon/words.txt

// roleTriggers are the trigger phrases a role-backed attack word stands
// for in a mention: it says the kind of attack the agent makes.
var roleTriggers = map[string]*lexicon.Phrase{
	record.RemoteViolence: {Cat: lexicon.Trigger, Value: record.RemoteViolence, Text: "(an attack by craft)"},
	record.ArmedAssault:   {Cat: lexicon.Trigger, Value: record.ArmedAssault, Text: "(an attack with an armed agent or a target)"},
	record.Riot:           {Cat: lexicon.Trigger, Value: record.Riot, Text: "(a fight with security forces)"},
	record.Clash:          {Cat: lexicon.Trigger, Value: record.Clash, Text: "(a state force attacking armed opponents)"},
	record.Bombing:        {Cat: lexicon.Trigger, Value: record.Bombing, Text: "(an attack made with explosives)"},
	record.Arson:          {Cat: lexicon.Trigger, Value: record.Arson, Text: "(a fire set by an armed agent)"},
	"generic":             {Cat: lexicon.Trigger, Value: "generic", Text: "(a strike by an armed agent)"},
}

// roleWindow is how many tokens either side of an attack word its agent
// or target may stand: a clause, not the sentence.
const roleWindow = 8

// roleAttacks returns the attack words of sentence si that an armed agent
// or a physical target backs in a clause asserting the attack. Only words
// that alone name no particular attack are read: generic and weak
// triggers, and the verbs of [attack-verb], which need an armed agent.
// With typed, a generic word becomes a trigger of the type its agent
// makes; without, it stays generic, so that it does not outvote the
// words an article names its attacks with ("a bomb attack on the
// residence"), unless craft made it ("jets raided": remote violence).
func (a *article) roleAttacks(si int32, typed bool) []term {
	s := a.sents[si]
	var out []term
	seen := map[int32]bool{}
	for _, t := range a.sentTerms(si) {
		if t.p.Cat != lexicon.Trigger {
			continue
		}
		if t.p.Value != "generic" && !a.weakTrigger(t) {
			continue // it says what happened by itself
		}
		if t.p.Value == "generic" && !attackNouns[t.p.Text] {
			continue // "violence between troops and rebels" names no attack
		}
		typ, ok := a.armedAttack(t, false)
		if (!ok || typ == record.ArmedAssault) && t.p.Value == "generic" && a.explosiveInstrument(t) {
			typ, ok = record.Bombing, true // "a dynamite attack wrecked the office", "attacked the embassy with explosives": the explosive says how
		}
		if !ok && attackNouns[t.p.Text] && a.launched(t) {
			typ, ok = record.ArmedAssault, true // "launched an attack", "the attack was launched"
		}
		if !ok && attackNouns[t.p.Text] && a.asserted(t.t0) && a.repelledBefore(t, int32(s.First)) {
			typ, ok = record.Clash, true // "its forces repulsed an Iranian attack": a state's attack met by another's army
		}
		if !ok && t.p.Value == record.Clash && a.facesForces(t) {
			typ, ok = record.Riot, true // "clashes with police"
		}
		if !ok {
			continue
		}
		seen[t.t0] = true
		switch {
		case t.p.Value == "generic" && (typed || typ == record.Clash):
			t.p = roleTriggers[typ] // "warplanes attacked": the agent says how; "troops attacked rebel positions": a clash
		case typ == record.Riot && typed:
			t.p = roleTriggers[typ] // people who are not armed, against the police
		case typ == record.RemoteViolence && (t.p.Value == "generic" || t.p.Value == record.ArmedAssault):
			t.p = roleTriggers[typ] // "jets raided": craft strike from afar
		}
		out = append(out, t) // "missiles", "raided": the word says how
	}
	for j := int32(s.First); j < int32(s.Last); j++ {
		if seen[j] || a.toks[j].Kind != text.Word || !attackVerbs[a.lowerWord(j)] && !a.bothSidesSubject(j) {
			continue // "battle" and "fight" are verbs only with both sides for subject: "Boko Haram and ISWAP fighters battle"
		}
		t := term{t0: j, t1: j + 1}
		typ, ok := a.armedAttack(t, true)
		if !ok && a.firedAt(j) {
			typ, ok = record.RemoteViolence, true // "Iraqi missiles hit Tehran": what was fired struck
		}
		if !ok && fightVerbs[a.lowerWord(j)] && a.facesForces(t) {
			typ, ok = record.Riot, true // "farmers battled police"
		}
		if ok {
			if !typed && typ != record.Clash {
				typ = "generic" // but "troops overran a rebel base" is a clash whatever else the article says
			}
			seen[j] = true
			out = append(out, term{t0: j, t1: j + 1, p: roleTriggers[typ]})
		}
	}
	for j := int32(s.First); j < int32(s.Last); j++ {
		// "Iran launched an offensive in the Mehran region": a war's
		// attack noun that is no trigger of its own ([war-attack]:
		// offensive, thrust, incursion) names an attack made when a verb
		// of [launch-verb] governs it, a military operation against an
		// armed foe: a clash
		t := term{t0: j, t1: j + 1}
		if seen[j] || a.toks[j].Kind != text.Word || !warAttacks[a.lowerWord(j)] || a.hasTerm(j, lexicon.Trigger, "") || !a.launched(t) {
			continue
		}
		seen[j] = true
		out = append(out, term{t0: j, t1: j + 1, p: roleTriggers[record.Clash]}) // an army's operation against armed foes
	}
	for j := int32(s.First); j+1 < int32(s.Last); j++ {
		// "Fighting between the army and SPLA rebels near Torit killed
		// 60": a fight noun ([fight-noun]) between two armed sides names
		// a battle, whoever began it
		if seen[j] || a.toks[j].Kind != text.Word || !fightNouns[a.lowerWord(j)] || a.lowerWord(j+1) != "between" ||
			a.hasTerm(j, lexicon.Trigger, record.Clash) || !a.asserted(j) || !a.armedSidesFrom(j+2, int32(s.Last)) {
			continue
		}
		seen[j] = true
		out = append(out, term{t0: j, t1: j + 1, p: roleTriggers[record.Clash]})
	}
	out = append(out, a.cameUnderFire(si, seen)...)
	out = append(out, a.groundTakings(si, seen)...)
	out = append(out, a.sabotageOn(si, seen)...)
	out = append(out, a.setOnFire(si, seen)...)
	out = append(out, a.burnedTarget(si, seen)...)
	return append(out, a.foreignCaptures(si, seen)...)
}

// setVerbs open "set ... on fire" ([set-verb]); ablazeWords close it as
// "on fire" does ([ablaze-word]).
var (
	setVerbs    = lexicon.Words().Set("set-verb")    // lexicon/words.txt
	ablazeWords = lexicon.Words().Set("ablaze-word") // lexicon/words.txt
)

// setOnFire returns the "set ... on fire" (or "ablaze", "alight") of
// sentence si with what burned between ("the terrorists set two schools
// and several houses on fire") and an armed agent as the subject: arson,
// or the attack its agent makes when craft or a crowd set it ("a warship
// set the tanker on fire": remote violence). The phrase written whole
// ("set on fire") is a trigger of terms.txt; split, it needs the agent,
// since "nothing that will set the world on fire" is no attack.
func (a *article) setOnFire(si int32, seen map[int32]bool) []term {
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	var out []term
	for j := first; j+2 < last; j++ {
		if seen[j] || !setVerbs[a.lowerWord(j)] {
			continue
		}
		end := int32(-1)
		for k := j + 2; k < min(last, j+2+roleWindow) && !a.clauseBreak(k); k++ {
			if w := a.lowerWord(k); ablazeWords[w] {
				end = k + 1
			} else if w == "on" && a.lowerWord(k+1) == "fire" {
				end = k + 2
			}
			if end >= 0 {
				break
			}
		}
		if end < 0 {
			continue
		}
		p, ok := a.burningBy(j)
		if !ok {
			continue
		}
		out = append(out, term{t0: j, t1: end, p: p})
	}
	return out
}

// burningBy returns the trigger of a burning whose verb is at token j and
// whose subject is an armed agent: arson, or the attack the agent makes
// when craft or a crowd burn (remote violence, a riot).
func (a *article) burningBy(j int32) (*lexicon.Phrase, bool) {
	typ, ok := a.armedAttack(term{t0: j, t1: j + 1}, true)
	if !ok {
		typ, ok = a.coordinatedAgent(j)
	}
	if !ok {
		return nil, false
	}
	if typ != record.RemoteViolence && typ != record.Riot {
		typ = record.Arson
	}
	return roleTriggers[typ], true
}

// coordinatedAgent returns the armed agent of the asserted verb at token
// j when the verb follows "and" with no subject of its own: a second
// predicate shares the subject of the sentence's first ("the terrorists
// invaded the village, ... attacked the members of the patrols, ... and
// set their houses on fire"), however many phrases stand between. The
// subject is the first armed agent after the last verb of reporting
// ("police said gunmen stormed the village and set ...": the gunmen). A
// participle that modifies a noun coordinated with an object ("found two
// bodies and burned houses") is no second predicate and shares nothing.
func (a *article) coordinatedAgent(j int32) (string, bool) {
	if a.lowerWord(j-1) != "and" || !a.asserted(j) || a.attributiveParticiple(j) {
		return "", false
	}
	from := int32(a.sents[a.sentOf[j]].First)
	for k := j - 2; k >= from; k-- {
		if w := a.lowerWord(k); reportVerbs[w] || w == "that" {
			from = k + 1 // the clause reported
			break
		}
	}
	for k := from; k < j-1; k++ {
		if typ, ok := a.agentAt(k); ok {
			return typ, true
		}
	}
	return "", false
}

// attributiveParticiple reports whether the participle at token j, after
// "and", modifies the bare noun after it in a noun phrase coordinated with
// a verb's object ("soldiers found two bodies and burned houses": houses
// found burned, no burning told) rather than telling a second deed. A
// verb's object opens with a determiner, a pronoun, a quantifier or a
// number ("burned the houses", "burned several houses", "burned them"), an
// adjective's noun never does; and a phrase of place or time before "and"
// is no object to coordinate with ("arrived at a farm and burned houses",
// "on Sunday and burned houses"). A verb of [set-verb] opens "set ... on
// fire", a frame only a verb makes.
func (a *article) attributiveParticiple(j int32) bool {
	s := a.sents[a.sentOf[j]]
	first, last := int32(s.First), int32(s.Last)
	if setVerbs[a.lowerWord(j)] || j+1 >= last || j-2 < first || a.toks[j+1].Kind != text.Word || a.opensObject(j+1) {
		return false
	}
	return a.objectEndsAt(j-2, first)
}

// objectPronouns stand for a verb's object ([object-pronoun]: "burned
// them").
var objectPronouns = lexicon.Words().Set("object-pronoun") // lexicon/words.txt

// opensObject reports whether token j opens a noun phrase as a verb's
// object opens one and the noun after an adjective never does: a
// determiner, a pronoun, a quantifier or a number ("the", "their", "them",
// "several", "at least 20").
func (a *article) opensObject(j int32) bool {
	w := a.lowerWord(j)
	if determiners[w] || ownerPronouns[w] || objectPronouns[w] || pointingWords[w] || numberWords[w] {
		return true
	}
	_, ok := a.numberAt(j)
	return ok
}

// objectEndsAt reports whether token k, at or after first, ends a noun
// phrase a verb takes as its object: one that a determiner, a quantifier
// or a number opens within a few words, with no preposition before it
// ("found two bodies", "stormed the village"; not "at a farm", "on
// Sunday", "early this morning").
func (a *article) objectEndsAt(k, first int32) bool {
	for i := k; i >= first && i > k-4; i-- {
		if a.clauseBreak(i) || locPreps[a.lowerWord(i)] || a.inDate(i) {
			return false // "entered the village yesterday and burned houses": a time ends the object
		}
		if a.opensObject(i) {
			return i > first && !locPreps[a.lowerWord(i-1)]
		}
	}
	return false
}

// burnVerbs tell burning as a deed ([burn-verb]: "burned", "burnt").
var burnVerbs = lexicon.Words().Set("burn-verb") // lexicon/words.txt

// burnedTarget returns the verbs of burning of sentence si with an armed
// agent as the subject and a target as the object ("the guerrillas burned
// the offices of the agrarian bank", "soldiers burned several houses"):
// arson, or the attack its agent makes when craft or a crowd burn it. A
// crowd burning what is no target ("demonstrators burned a coffin", "burned
// U.S. flags") tells a protest, and the burning of fuel, fingers or an
// effigy has no armed agent; both are left out. So is a burning told with
// "also" ("the attackers also burned shops and a clinic"): a further deed
// of an attack the story has told, no incident of its own.
func (a *article) burnedTarget(si int32, seen map[int32]bool) []term {
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	var out []term
	for j := first; j+1 < last; j++ {
		if seen[j] || a.toks[j].Kind != text.Word || !burnVerbs[a.lowerWord(j)] || j > first && a.lowerWord(j-1) == "also" || !a.targetObject(j+1, min(last, j+1+roleWindow)) {
			continue
		}
		p, ok := a.burningBy(j)
		if !ok {
			continue
		}
		seen[j] = true
		out = append(out, term{t0: j, t1: j + 1, p: p})
	}
	return out
}

// targetObject reports whether a target of terms.txt (any kind: houses,
// offices, a bus) or of [attack-target] stands in tokens [from, to)
// before the clause breaks: what a verb of burning destroyed.
func (a *article) targetObject(from, to int32) bool {
	for j := from; j < to && !a.clauseBreak(j); j++ {
		if _, ok := a.termAt(j, lexicon.Target); ok || attackTargets[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// sabotageNouns name sabotage as a noun ([sabotage-noun]).
var sabotageNouns = lexicon.Words().Set("sabotage-noun") // lexicon/words.txt

// sabotageOn returns the nouns of sabotage in sentence si whose object,
// after "against", "of" or "on" (past a word such as "actions"), is a
// physical target: "sabotage against the electrical power grid", "sabotage
// actions against the electricity system". Sabotage told with only its
// doer ("worker violence and guerrilla sabotage shut the plant") names a
// cause, not an event, and is left out.
func (a *article) sabotageOn(si int32, seen map[int32]bool) []term {
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	var out []term
	for j := first; j+2 < last; j++ {
		if seen[j] || !sabotageNouns[a.lowerWord(j)] || !a.asserted(j) {
			continue
		}
		for k := j + 1; k < min(last, j+3); k++ {
			if w := a.lowerWord(k); w == "against" || w == "of" || w == "on" {
				if a.targetIn(k+1, min(last, k+1+roleWindow), 1) {
					out = append(out, term{t0: j, t1: j + 1, p: roleTriggers[record.ArmedAssault]})
				}
				break
			}
		}
	}
	return out
}

// groundTakingNouns name the taking of ground as a noun ([ground-taking]):
// "the capture of the air base", "the fall of the garrison".
var groundTakingNouns = lexicon.Words().Set("ground-taking") // lexicon/words.txt

// groundTakings returns the nouns of sentence si that tell a battle as the
// taking of ground, its doer left unsaid: "the capture on Sunday of the
// air base at Ouadi Doum", "the fall of the garrison". Ground an armed
// side held and lost is a battle, a clash, as with the verbs of
// [ground-verb]. The noun needs "the" before it and, after "of" (past a
// date), ground of [ground-noun] that owns nothing: "a fall of two
// shillings", "the capture of a majority in the Senate" and "the fall of
// the city's share prices" take no ground.
func (a *article) groundTakings(si int32, seen map[int32]bool) []term {
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	var out []term
	for j := first + 1; j+2 < last; j++ {
		if seen[j] || a.lowerWord(j-1) != "the" || !groundTakingNouns[a.lowerWord(j)] || !a.asserted(j) {
			continue
		}
		of := j + 1
		for n := 0; n < 3 && of < last && (a.lowerWord(of) == "on" || a.inDate(of)); n++ {
			of++ // "the capture on Sunday of"
		}
		if a.lowerWord(of) != "of" {
			continue
		}
		for k := of + 1; k < min(last, of+1+2*roleWindow); k++ {
			if a.clauseBreak(k) || a.toks[k].Kind != text.Word && a.word(k) != "-" && a.word(k) != "'" || a.hasTerm(k, lexicon.Party, "") {
				break
			}
			if groundNouns[a.lowerWord(k)] {
				if w := a.lowerWord(k + 1); w != "'" && w != "’" {
					out = append(out, term{t0: j, t1: j + 1, p: roleTriggers[record.Clash]})
				}
				break
			}
		}
	}
	return out
}

// firedUponNouns are what "came under fire" is said of when it is gunfire,
// not blame ([fired-upon]): "his car came under fire", "a convoy came
// under fire"; "the minister came under fire from critics" is censure.
var firedUponNouns = lexicon.Words().Set("fired-upon") // lexicon/words.txt

// cameUnderFire returns the "came under fire" of sentence si whose
// subject, a few words before the verb, is a vehicle or a post of
// [fired-upon]: someone fired at it, an armed assault told from the side
// of what was hit.
func (a *article) cameUnderFire(si int32, seen map[int32]bool) []term {
	s := a.sents[si]
	first, last := int32(s.First), int32(s.Last)
	var out []term
	for j := first + 1; j+2 < last; j++ {
		if a.lowerWord(j+1) != "under" || a.lowerWord(j+2) != "fire" || seen[j] || !comeVerbs[a.lowerWord(j)] || !a.asserted(j) {
			continue
		}
		for k := j - 1; k >= first && k >= j-4 && !a.clauseBreak(k); k-- {
			if firedUponNouns[a.lowerWord(k)] {
				out = append(out, term{t0: j, t1: j + 3, p: roleTriggers[record.ArmedAssault]})
				break
			}
		}
	}
	return out
}

// comeVerbs are the forms of "come" before "under fire".
var comeVerbs = lexicon.Words().Set("come-verb") // lexicon/words.txt

// fightNouns name a fight that "between" gives its sides: "fighting
// between troops and rebels", "a battle between ...".
var fightNouns = lexicon.Words().Set("fight-noun") // lexicon/words.txt

// armedSidesFrom reports whether tokens from on, in one clause, join two
// armed agents with "and": "the army and rebels of the SPLA". Two states
// ("between Iran and Iraq") or persons are no agents: "fighting between
// the two leaders" is no battle.
func (a *article) armedSidesFrom(from, last int32) bool {
	for j := from; j < last && j < from+roleWindow; j++ {
		if a.clauseBreak(j) {
			return false
		}
		if a.lowerWord(j) != "and" {
			continue
		}
		_, one := a.agentAfter(from, j)
		_, two := a.agentAfter(j+1, min(last, j+1+roleWindow))
		return one && two
	}
	return false
}

// armedAttack reports whether the attack word t is asserted and has an
// armed agent (before an active verb, after "by" of a passive one) or,
// unless needAgent, a physical target (after it: "attacked a tanker",
// "attacks on shipping"; before a passive verb: "the platform was
// attacked"), and the type of attack: remote violence when craft strike
// or the word is a remote-violence one, an armed assault otherwise.
func (a *article) armedAttack(t term, needAgent bool) (string, bool) {
	if !a.asserted(t.t0) {
		return "", false
	}
	s := a.sents[a.sentOf[t.t0]]
	first, last := int32(s.First), int32(s.Last)
	passive := a.passiveBefore(t)
	agentType, agent := "", false
	target := false
	if !passive {
		agentType, agent = a.agentBefore(t.t0, first)
		if !agent && a.lowerWord(t.t1) == "by" && !strings.HasSuffix(a.lowerWord(t.t1-1), "ed") {
			// "an attack by four U.S. Navy destroyers", "raids by Iraqi
			// jets": the noun's doer follows it, past a count and a name
			agentType, agent = a.agentAfter(t.t1+1, min(last, t.t1+1+roleWindow))
		}
		target = a.targetIn(t.t1, min(last, t.t1+roleWindow), 1)
	} else {
		for j := t.t1; j < min(last, t.t1+2*roleWindow); j++ {
			if a.clauseBreak(j) {
				break
			}
			if a.lowerWord(j) == "by" {
				agentType, agent = a.agentAfter(j+1, min(last, j+5))
				break
			}
		}
		target = a.targetIn(t.t0-1, max(first, t.t0-roleWindow)-1, -1)
	}
	if !passive && a.bothSidesSubject(t.t0) && t.t1 == t.t0+1 {
		return record.Clash, true // "forces of Puntland and troops loyal to Galmudug fought": both sides are the subject
	}
	if !agent && (needAgent || !target) {
		return "", false
	}
	typ := record.ArmedAssault
	if agentType == record.RemoteViolence || t.p != nil && t.p.Value == record.RemoteViolence {
		typ = record.RemoteViolence
	}
	if agentType == record.Riot {
		typ = record.Riot // "rampaging youths torched homes": a crowd's violence
	}
	if !agent && a.vesselStruck(t, passive, first, last) {
		// "a Liberian tanker was attacked in the Gulf": a ship under way is
		// struck from afar (aircraft, missiles, gunboats), and boarders
		// would be named ("pirates")
		typ = record.RemoteViolence
	}
	if typ == record.ArmedAssault && !passive && a.unnamedForceBefore(t.t0, first) && a.vesselStruck(t, false, first, last) {
		// "its forces destroyed the platform", "U.S. forces attacked the
		// tanker": forces of no named kind strike a ship or a work at sea
		// from afar, as with no agent named
		typ = record.RemoteViolence
	}
	if typ == record.ArmedAssault && !passive && a.stateForceBefore(t.t0, first) &&
		((a.pastVerb(t) || a.headlineVerb(t, first)) && (a.armedOpponentIn(t.t1, min(last, t.t1+4)) || a.foreignForceIn(t.t1, min(last, t.t1+4)) || a.repels(t) && (a.demonymIn(t.t1, min(last, t.t1+3)) || a.armedDoerAfter(t.t1, min(last, t.t1+3)))) ||
			a.repelledBefore(t, first)) {
		typ = record.Clash // "government troops attacked rebel positions": two armed sides
	}
	if typ == record.ArmedAssault && !passive && a.repels(t) && a.stateItBefore(t.t0, first) {
		typ = record.Clash // "Iraq said it repulsed the attack": a state beats an attack back with its forces, in battle
	}
	if typ == record.ArmedAssault && !passive && groundVerbs[a.lowerWord(t.t0)] && !a.perpetratorSubject(t.t0) {
		// "Chadian troops recaptured the town": ground is taken from those
		// who held it, a battle; attackers who overran a post ("Islamist
		// insurgents overran an army post") made an assault on it
		typ = record.Clash
	}
	if typ == record.ArmedAssault && !passive && fightVerbs[a.lowerWord(t.t0)] && a.bothSidesBefore(t.t0, first) {
		typ = record.Clash // "government troops and rebels fought near Gao": both sides are the subject
	}
	if typ == record.ArmedAssault && !passive && agent && fightVerbs[a.lowerWord(t.t0)] && a.forceObject(t.t1, last) {
		typ = record.Clash // "its fighters had battled the troops": armed men fought a state's force, which fought back
	}
	return typ, true
}

// uncountedDeed returns the type of attack that casualty verb t tells
// when it made no casualty statement (stmts): an active verb of killing or
// wounding whose object the lexicon cannot count ("Al Shabaab murdered a
// district commissioner", "the rebels wounded the mayor") and whose
// subject is an armed agent or a named armed group. The agent makes it
// an event though no toll is read: the doer acted on someone. Without an
// armed subject ("the decision killed the project") it is none.
func (a *article) uncountedDeed(t term, stmts []statement) (string, bool) {
	if c := t.p.Cat; c != lexicon.Kill && c != lexicon.Injure {
		return "", false
	}
	for _, st := range stmts {
		if st.verb.t0 == t.t0 {
			return "", false // counted: the statement makes the mention
		}
	}
	if !a.spanIn(activeForms, t.t0, t.t1) || a.passiveBefore(t) || !a.objectFollows(t) || a.hasTerm(t.t0, lexicon.Trigger, "") {
		return "", false
	}
	return a.armedAttack(t, true)
}

// headlineVerb reports whether the attack word t is a headline's present
// verb right after its force: "Troops storm militant base".
func (a *article) headlineVerb(t term, first int32) bool {
	return t.t0 > first && a.inTitle(int(a.toks[t.t0].Start)) && a.stateForceBefore(t.t0, t.t0-1)
}

// groundVerbs tell of an armed agent taking ground held by another
// ("troops recaptured the town", "rebels overran an army post"): whoever
// held it is the other side of a battle, named or not.
var groundVerbs = lexicon.Words().Set("ground-verb") // lexicon/words.txt

// bothSidesBefore reports whether the subject of the fight verb at token t
// joins two armed agents ("Government troops and rebels fought"): each is
// a side of the fight.
func (a *article) bothSidesBefore(t, first int32) bool {
	n, and := 0, false
	for j := t - 1; j >= first && j >= t-roleWindow; j-- {
		if a.clauseBreak(j) {
			break
		}
		if a.lowerWord(j) == "and" {
			and = true
		}
		if _, ok := a.agentAt(j); ok {
			n++
		}
	}
	return n >= 2 && and
}

// reciprocalVerbs are verbs of fighting that, with no object, say their
// subject fought each other ([reciprocal-verb]): "Puntland and Galmudug
// forces battle", "militias from two rival clans fought".
var reciprocalVerbs = lexicon.Words().Set("reciprocal-verb") // lexicon/words.txt

// bothSidesSubject reports whether the verb of fighting at token v
// ([reciprocal-verb]) has for its subject both armed sides and no other
// side after it: two armed sides that "and" joins, however long each
// noun phrase ("troops of Somalia's Puntland region and forces loyal to
// the neighbouring Galmudug administration fought"), two names or
// demonyms that "and" joins before one force noun ("Puntland and
// Galmudug forces battle", "Indian and Pakistani troops fought"), or one
// plural noun of armed men or groups that a word of [two-sides] makes
// two ("militias from two rival clans fought", "rival militias fought").
// The verb with no object then says they fought each other: a battle of
// two armed sides, whichever began it. A present form that is also a noun
// ("battle", "fight") is read as the verb only right after its subject's
// armed noun ("ISWAP fighters battle"), not after a preposition ("died in
// the battle").
func (a *article) bothSidesSubject(v int32) bool {
	if v >= int32(len(a.toks)) || !reciprocalVerbs[a.lowerWord(v)] || !a.asserted(v) {
		return false
	}
	s := a.sents[a.sentOf[v]]
	first, last := int32(s.First), int32(s.Last)
	if v <= first {
		return false
	}
	if w := a.lowerWord(v); !fightVerbs[w] {
		if _, ok := a.agentAt(v - 1); !ok {
			return false // "in the battle", "a fight"
		}
	}
	for k := v + 1; k < last && k <= v+4; k++ {
		if a.clauseBreak(k) {
			break
		}
		if _, ok := a.agentAt(k); ok || a.hasTerm(k, lexicon.Party, "") {
			return false // "troops and police fought the rebels": the subject is one side
		}
	}
	sides, and, two := 0, false, false
	for j := v - 1; j >= first && j >= v-2*roleWindow; j-- {
		if a.clauseBreak(j) {
			break
		}
		w := a.lowerWord(j)
		if w == "and" {
			and = true
		}
		if twoSides[w] {
			two = true
		}
		if _, ok := a.agentAt(j); ok || ownedForces[w] && (allegianceWords[a.lowerWord(j+1)] || a.lowerWord(j+1) == "of") || sideGroups[w] && twoSides[a.lowerWord(j-1)] {
			sides++
			if a.namedForcesAt(j) && j-3 >= first && a.lowerWord(j-2) == "and" && (a.isDemonym(j-3) || a.toks[j-3].Has(text.Cap) && !a.sentenceInitial(j-3)) {
				sides++ // "Puntland and Galmudug forces": two owners of one noun
			}
		}
	}
	return sides >= 2 && and || sides >= 1 && two
}

// pastVerb reports whether the attack word is a verb in the past, whose
// subject is the agent before it ("troops attacked", "soldiers raided"),
// not a noun another verb governs ("troops repelled an attack by ...").
//
// A phrasal verb of killing that takes an object ([active-casualty-verb]:
// "gunned down") has its tense on its first word, the
// particle after it: "Soldiers gunned down four farmers" is past as
// "Soldiers shot dead four farmers" is.
func (a *article) pastVerb(t term) bool {
	edPast := func(w string) bool { return len(w) > 3 && strings.HasSuffix(w, "ed") }
	if w := a.lowerWord(t.t1 - 1); edPast(w) || attackVerbs[w] {
		return true
	}
	return t.t1-t.t0 > 1 && edPast(a.lowerWord(t.t0)) && a.spanIn(activeForms, t.t0, t.t1)
}

// armedOpponents name the non-state armed side a state force attacks.
var armedOpponents = lexicon.Words().Set("armed-opponent") // lexicon/words.txt

// namedForceNouns are the force nouns that a demonym or a name before
// them makes a force ("Iraqi forces"): namedForcesAt.
var namedForceNouns = lexicon.Words().Set("named-force-noun") // lexicon/words.txt

// namedForcesAt reports whether token j is a [named-force-noun] right
// after a demonym or a capitalised word that does not open the sentence
// ("Iraqi forces", "Kurdish forces"): the one test of stateForceBefore
// and agentAt.
func (a *article) namedForcesAt(j int32) bool {
	return namedForceNouns[a.lowerWord(j)] && j > 0 && (a.isDemonym(j-1) || a.toks[j-1].Has(text.Cap) && !a.sentenceInitial(j-1))
}

// stateForceBefore reports whether the armed agent left of an active
// attack word at t (agentBefore's) is a state's force: "Government
// troops", "the army", "Iraqi forces", not "rebel soldiers".
func (a *article) stateForceBefore(t, first int32) bool {
	for j := t - 1; j >= first && j >= t-roleWindow; j-- {
		if a.clauseBreak(j) {
			return false
		}
		if _, ok := a.agentAt(j); !ok || a.backer(j) {
			continue
		}
		if a.opponentModifies(j, first) {
			return false // "rebel soldiers", "Taliban fighters", "guerrilla urban commandos"
		}
		w := a.lowerWord(j)
		if bareForces[w] || j > 0 && a.spanIn(bareForces, j-1, j+1) {
			return true
		}
		if a.namedForcesAt(j) {
			return true // "Iraqi forces"
		}
		for k := a.sentTerm[a.sentOf[j]]; k < a.sentTerm[a.sentOf[j]+1]; k++ {
			if tm := a.terms[k]; tm.p.Cat == lexicon.Party && tm.p.Value == record.SecurityForces && tm.t1-1 == j {
				return true
			}
		}
		return false
	}
	return false
}

// opponentModifies reports whether a non-state armed side qualifies the
// armed agent at token j: a word of [armed-opponent] or a named armed
// group right before it ("rebel soldiers", "Taliban fighters"), or a word
// of [armed-opponent] in its singular, modifier form two words before it,
// past one word that is no determiner, conjunction or verb of saying
// ("guerrilla urban commandos": a rebel unit, however described). A plural
// or a name two words back is the subject of something else ("rebels said
// soldiers ...", "rebels and soldiers").
func (a *article) opponentModifies(j, first int32) bool {
	if j <= first {
		return false
	}
	if armedOpponents[a.lowerWord(j-1)] || a.groupEndsAt(j-1) {
		return true
	}
	k := j - 2
	if k < first || a.toks[j-1].Kind != text.Word || a.toks[k].Kind != text.Word {
		return false
	}
	mid, w := a.lowerWord(j-1), a.lowerWord(k)
	return armedOpponents[w] && !strings.HasSuffix(w, "s") &&
		!determiners[mid] && !reportVerbs[mid] && !sayVerbs[mid] && mid != "and" && mid != "or"
}

// armedOpponentIn reports whether the object in tokens [from, to), within
// the clause, is a non-state armed side: a word of [armed-opponent] or a
// named armed group ("rebel positions", "the insurgents", "Taliban
// hideouts").
func (a *article) armedOpponentIn(from, to int32) bool {
	for j := from; j < to; j++ {
		if a.clauseBreak(j) {
			return false
		}
		if w := a.lowerWord(j); armedOpponents[w] {
			return true
		} else if w == "by" || w == "with" {
			return false // "attacked by rebels", "clashed with": not the object
		}
		b := int(a.toks[j].Start)
		if lo, hi := a.groupRange(b, b+1); lo < hi {
			return true
		}
	}
	return false
}

// groupEndsAt reports whether a named armed group ends at token j.
func (a *article) groupEndsAt(j int32) bool {
	end := int(a.toks[j].End)
	lo, hi := a.groupRange(int(a.toks[max(0, j-6)].Start), end+1)
	for k := lo; k < hi; k++ {
		if a.groups[k].End == end {
			return true
		}
	}
	return false
}

// asserted reports whether the attack word at token t is told as having
// happened: no negation, modal, plan, purpose or denial just before it
// ("did not attack", "plans to attack", "to keep up such raids"), and no
// hedge governing it (hedgedAt).
func (a *article) asserted(t int32) bool {
	first := int32(a.sents[a.sentOf[t]].First)
	for j := t - 1; j >= first && j >= t-4; j-- {
		if a.clauseBreak(j) {
			break
		}
		if a.lowerWord(j) == "to" && j > first && ledTo[a.lowerWord(j-1)] {
			j-- // "led to clashes": the fight is the result told, not a plan
			continue
		}
		if notAsserted[a.lowerWord(j)] && !a.inDate(j) {
			return false // not "BEIRUT, May 5 - A car bomb exploded": the month, not the modal (as hedgedAt)
		}
	}
	return !a.hedgedAt(t)
}

// clauseBreak reports whether token j ends the clause an attack word's
// roles are read in: punctuation other than a hyphen or an apostrophe, or
// a word of reporting ("Iraq said its warplanes ...").
func (a *article) clauseBreak(j int32) bool {
	if j < 0 || int(j) >= len(a.toks) {
		return true
	}
	w := a.lowerWord(j)
	if a.toks[j].Kind == text.Punct {
		return w != "-" && w != "'" && w != "’" && w != "." && w != "("
	}
	return reportVerbs[w] || w == "that" || w == "but" || w == "while" || w == "when"
}

// setAhead reports whether a word of set stands in tokens [from, to)
// before the clause breaks: the clause's words after a point.
func (a *article) setAhead(set map[string]bool, from, to int32) bool {
	for j := from; j < to; j++ {
		if a.clauseBreak(j) {
			return false
		}
		if set[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// setBehind reports whether a word of set stands in tokens from down to
// stop, walking back until the clause breaks: the clause's words before
// a point.
func (a *article) setBehind(set map[string]bool, from, stop int32) bool {
	for j := from; j >= stop; j-- {
		if a.clauseBreak(j) {
			return false
		}
		if set[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// agentBefore looks left of an active attack word, within its clause, for
// an armed agent, and returns the type of attack it makes.
func (a *article) agentBefore(t, first int32) (string, bool) {
	_, typ, ok := a.agentTokenBefore(t, first)
	return typ, ok
}

// agentTokenBefore is agentBefore that also returns the token the agent
// ends at.
func (a *article) agentTokenBefore(t, first int32) (int32, string, bool) {
	for j := t - 1; j >= first && j >= t-roleWindow; j-- {
		if a.clauseBreak(j) {
			break
		}
		if typ, ok := a.agentAt(j); ok && !a.backer(j) {
			return j, typ, true
		}
	}
	if r, ok := a.relativeBefore(t, first); ok {
		return a.agentTokenBefore(r, first) // "FMLN sappers who sabotage the power system destroyed"
	}
	return 0, "", false
}

// relativeBefore returns the token of "who" or "which" (or the comma
// before it) that opens a relative clause ending right before token t,
// so that the subject of the verb at t is sought before that clause:
// "FMLN sappers who continuously sabotage the power system destroyed
// several posts", "the guerrillas, who oppose the elections, burned".
// The clause holds no break of its own but a comma closing it.
func (a *article) relativeBefore(t, first int32) (int32, bool) {
	j := t - 1
	if j >= first && a.word(j) == "," {
		j--
	}
	for ; j > first && j >= t-2*roleWindow; j-- {
		if w := a.lowerWord(j); w == "who" || w == "which" {
			if a.word(j-1) == "," {
				j--
			}
			return j, j > first
		}
		if a.clauseBreak(j) {
			break
		}
	}
	return 0, false
}

// agentAfter looks in tokens [from, to) for an armed agent ("by an Iranian
// gunboat").
func (a *article) agentAfter(from, to int32) (string, bool) {
	for j := from; j < to; j++ {
		if a.clauseBreak(j) {
			break
		}
		if typ, ok := a.agentAt(j); ok {
			return typ, true
		}
	}
	return "", false
}

// agentAt reports whether an armed agent ends at token j: a noun of
// [armed-agent] (one or two words), a perpetrator noun of terms.txt, a
// demonym's "forces" ("Iranian forces"), or a named armed group.
func (a *article) agentAt(j int32) (string, bool) {
	if j > 0 {
		if typ, ok := lookSpan(a, armedAgents, j-1, j+1); ok {
			return typ, true
		}
	}
	w := a.lowerWord(j)
	if typ, ok := armedAgents[w]; ok {
		return typ, true
	}
	if a.namedForcesAt(j) {
		return record.ArmedAssault, true
	}
	if ownedForces[w] && a.armedOwner(j) {
		return record.ArmedAssault, true // "Iraq said its forces", "Iran's forces", "the rebels' units"
	}
	if w == "it" && a.stateIt(j) {
		return record.ArmedAssault, true // "Iraq said it repulsed an Iranian offensive"
	}
	for k := a.sentTerm[a.sentOf[j]]; k < a.sentTerm[a.sentOf[j]+1]; k++ {
		if tm := a.terms[k]; tm.p.Cat == lexicon.Party && tm.p.Value == record.Perpetrators && tm.t1-1 == j {
			return record.ArmedAssault, true
		}
	}
	end := int(a.toks[j].End)
	glo, ghi := a.groupRange(int(a.toks[max(0, j-6)].Start), end+1)
	for k := glo; k < ghi; k++ {
		if a.groups[k].End == end {
			return record.ArmedAssault, true
		}
	}
	return "", false
}

// offshoreWorks are fixed works at sea, struck from afar as a ship is.
var offshoreWorks = lexicon.Words().Set("offshore-work") // lexicon/words.txt

// ownedForces are nouns of a body of fighters that say nothing of who
// they are ("forces", "units"): a company and a party have them too, so
// they are an armed agent only when a state or an armed group owns them.
var ownedForces = lexicon.Words().Set("owned-force") // lexicon/words.txt

// armedOwner reports whether the force noun at token j is owned by a
// state or an armed group: a country's possessive ("Iran's forces"), an
// armed side's ("the rebels' units", "the Contras' units"), or the
// pronoun of a state that speaks for its forces ("Iraq said its forces",
// the pronoun ownForces reads). "The company's forces", "its forces"
// after a company's saying are nobody's armed agent.
func (a *article) armedOwner(j int32) bool {
	first := int32(a.sents[a.sentOf[j]].First)
	if _, _, ok := a.possessor(j, first); ok {
		return true
	}
	if j-2 >= first && (a.word(j-1) == "'" || a.word(j-1) == "’") {
		return armedOpponents[a.lowerWord(j-2)] || a.groupEndsAt(j-2)
	}
	if w := a.lowerWord(j - 1); j-1 > first && (w == "its" || w == "their") {
		return a.stateSpeaks(j-1, first)
	}
	return false
}

// stateIt reports whether the pronoun "it" at token j is a state at war
// acting through its forces: it opens what a country says of itself
// (stateSpeaks: "Iraq said it", "Iran said on Tuesday that it") and is the
// subject of a verb of battle, past an auxiliary or an adverb ("it
// repulsed", "it had captured", "it shot down", "it sank"). A state does
// such deeds only by its forces, so the pronoun stands for them as "its
// troops" does; "it would retaliate" and "it condemned" name no battle.
func (a *article) stateIt(j int32) bool {
	first := int32(a.sents[a.sentOf[j]].First)
	if j <= first || !a.stateSpeaks(j, first) {
		return false
	}
	last := int32(a.sents[a.sentOf[j]].Last)
	v := a.pastPerfect(j + 1) // "it had captured"
	if v < last && subjectAdverbs[a.lowerWord(v)] {
		v++ // "it also sank"
	}
	w := a.lowerWord(v)
	return attackVerbs[w] || groundVerbs[w] || repelVerbs[w] || fightVerbs[w] || launchVerbs[w] ||
		w == "shot" && a.lowerWord(v+1) == "down"
}

// stateItBefore reports whether the verb at token v has for its subject
// a state's pronoun (stateIt) at most three words before it: "it
// repulsed", "it had also repulsed".
func (a *article) stateItBefore(v, first int32) bool {
	for j := v - 1; j >= first && j >= v-3; j-- {
		if a.clauseBreak(j) {
			return false
		}
		if a.lowerWord(j) == "it" {
			return a.stateIt(j)
		}
	}
	return false
}

// stateSpeaks reports whether the possessive pronoun at token p opens
// what a country (or its capital) says: "Iraq said its", "Iran today
// reported major gains, saying their", as ownForces reads a communiqué.
func (a *article) stateSpeaks(p, first int32) bool {
	plo, phi := a.placeRange(first, p)
	for k := plo; k < phi; k++ {
		m := &a.places[k]
		if m.demonym || m.chosen == nil || !m.country && m.chosen.FeatureCode() != "PPLC" {
			continue
		}
		v := m.t1
		for v < p && v < m.t1+3 && (a.inDate(v) || a.lowerWord(v) == "on" || subjectAdverbs[a.lowerWord(v)]) {
			v++
		}
		if !stateSayings[a.lowerWord(v)] {
			continue
		}
		if a.pastSaying(v+1, p+1) == p || a.sayingAfter(v+1, p+1) == p {
			return true
		}
	}
	return false
}

// nounRolesType returns the type a generic attack noun ("attack",
// "raid", "strike") gets from its roles when they decide it, as the verb
// path's armedAttack does: an armed agent's kind ("an attack by Iraqi
// jets", "guerrillas staged a raid on the post"), or the owner and what
// was struck: an armed side's attack on a physical target was made on
// the ground ("the rebels' attack on the police post"); a state's on a
// ship or a work at sea from afar ("Iraq's attack on the tanker"). A
// state's attack on a town or a base is left untyped: planes, guns or
// troops may have made it. "The party's attack on the budget" has no
// armed owner and no physical target.
func (a *article) nounRolesType(t term) (string, bool) {
	if w := a.lowerSpan(t.t0, t.t1); !attackNouns[w] || !a.oneAttackNoun(t) {
		return "", false
	}
	if typ, ok := a.armedAttack(t, true); ok {
		return typ, true
	}
	first := int32(a.sents[a.sentOf[t.t0]].First)
	owner, ok := a.armedPossessor(t.t0, first)
	if !ok {
		return "", false
	}
	typ, ok := a.armedAttack(t, false)
	if !ok || owner == "state" && typ != record.RemoteViolence {
		return "", false
	}
	return typ, true
}

// oneAttackNoun reports whether the attack word t is a noun in the
// singular that a determiner or a possessive opens ("an attack", "the
// rebels' attack", "Iraq's latest attack"): one attack, not a verb ("who
// attack the population") nor attacks in general ("a wave of attacks",
// "retaliatory attacks by the police").
func (a *article) oneAttackNoun(t term) bool {
	if w := a.lowerWord(t.t1 - 1); strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	first := int32(a.sents[a.sentOf[t.t0]].First)
	for j := t.t0 - 1; j >= first && j >= t.t0-3; j-- {
		switch w := a.lowerWord(j); {
		case determiners[w] || w == "'" || w == "’" || w == "s" && (a.word(j-1) == "'" || a.word(j-1) == "’"):
			return true
		case a.clauseBreak(j) || a.toks[j].Kind != text.Word:
			return false
		}
	}
	return false
}

// armedPossessor returns whether the possessive before the noun at t,
// past at most two modifiers ("Iraq's latest attack"), names a state (a
// country: "the United States' attack", "Iran's raid") or an armed side
// ("the rebels' attack", "the Contras' raid"), and which ("state" or
// "group").
func (a *article) armedPossessor(t, first int32) (string, bool) {
	for j := t - 1; j > first && j >= t-4; j-- {
		if w := a.word(j); w == "s" && (a.word(j-1) == "'" || a.word(j-1) == "’") {
			j-- // "Iran's": the owner ends before the apostrophe
		} else if w != "'" && w != "’" {
			if a.clauseBreak(j) || a.toks[j].Kind != text.Word {
				return "", false
			}
			continue
		}
		lo, hi := a.placeRange(max(first, j-8), j)
		for k := lo; k < hi; k++ {
			if m := &a.places[k]; m.t1 == j && m.country && !m.demonym && m.chosen != nil {
				return "state", true
			}
		}
		if armedOpponents[a.lowerWord(j-1)] || a.groupEndsAt(j-1) {
			return "group", true
		}
		return "", false
	}
	return "", false
}

// unnamedForceBefore reports whether the armed agent of the active attack
// word at t (agentBefore's) is forces of no named kind: "forces" or
// "units" alone ("its forces", "U.S. forces"), not "naval forces",
// "troops" or "gunmen", whose kind says how they strike.
func (a *article) unnamedForceBefore(t, first int32) bool {
	for j := t - 1; j >= first && j >= t-roleWindow; j-- {
		if a.clauseBreak(j) {
			return false
		}
		if _, ok := a.agentAt(j); ok && !a.backer(j) {
			// "forces" or "units" with a kind before them ("naval
			// forces") are an [armed-agent] of their own, of that kind
			return ownedForces[a.lowerWord(j)] && !(j > 0 && a.spanOf(armedAgents, j-1, j+1) != "")
		}
	}
	return false
}

// vesselStruck reports whether the first target noun of the attack word t
// (after an active one, before a passive one, within its clause) names a
// ship ([vessel], fill_place.go) or a work at sea ([offshore-work]).
func (a *article) vesselStruck(t term, passive bool, first, last int32) bool {
	from, to, step := t.t1, min(last, t.t1+roleWindow), int32(1)
	if passive {
		from, to, step = t.t0-1, max(first, t.t0-roleWindow)-1, -1
	}
	for j := from; j != to; j += step {
		if a.clauseBreak(j) {
			return false
		}
		w := a.lowerWord(j)
		if vessels[w] || offshoreWorks[w] {
			return true
		}
		if attackTargets[w] {
			return false
		}
	}
	return false
}

// targetIn looks from token from towards to (step 1 or -1), within the
// clause, for the head noun of a physical target: a noun of
// [attack-target] or a target term of terms.txt naming a place, a post, a
// vehicle or an installation.
func (a *article) targetIn(from, to, step int32) bool {
	for j := from; j != to; j += step {
		if a.clauseBreak(j) {
			return false
		}
		w := a.lowerWord(j)
		if attackTargets[w] || int(j+2) <= len(a.toks) && a.spanIn(attackTargets, j, j+2) {
			return true
		}
		if tm, ok := a.termAt(j, lexicon.Target); ok {
			switch tm.p.Value {
			case "security_forces", "military", "diplomatic", "infrastructure", "religious":
				return true
			}
		}
	}
	return false
}

// fightVerbs are the attack verbs that tell of a fight between two sides:
// with the police or troops as the other side, people who are not armed
// riot ("farmers battled police").
var fightVerbs = lexicon.Words().Set("fight-verb") // lexicon/words.txt

// forceObject reports whether the object that starts at token j, past an
// article or a possessive ([determiner]), is a state's security force
// ([party security_forces]): "battled the troops", "fought police".
func (a *article) forceObject(j, last int32) bool {
	if j < last && determiners[a.lowerWord(j)] {
		j++
	}
	return j < last && a.hasTerm(j, lexicon.Party, record.SecurityForces)
}

// facesForces reports whether the fight word t has security forces as its
// other side, right after it or after "with" ("clashed with riot police",
// "battled police"), and asserts the fight.
func (a *article) facesForces(t term) bool {
	if !a.asserted(t.t0) {
		return false
	}
	j := t.t1
	if a.lowerWord(j) == "with" {
		j++
	}
	if a.lowerWord(j) == "riot" {
		j++
	}
	tm, ok := a.termAt(j, lexicon.Party)
	if !ok || tm.p.Value != record.SecurityForces {
		return false
	}
	// "clashed with the police chief": a person, not the force
	next := a.lowerWord(tm.t1)
	return a.clauseBreak(tm.t1) || eventPreps[next] || next == "and" || next == "during" || next == "over" || next == "after"
}

// crowdFacesForces reports whether the clash word t sets people who bear
// no arms against security forces: a crowd of [unarmed-crowd] and the
// police or troops in its sentence, with no named armed group and no
// armed agent but the force there ("Protesters Clash with Police",
// "clashes between demonstrators and police"). Protesters fighting the
// police riot; armed men fighting them clash, though students were there.
// A crowd that is the subject of "attacked" or "stormed" is itself the
// side that fought, whoever it fell on ("clashes took place when
// protesters attacked the security officials").
func (a *article) crowdFacesForces(t term) bool {
	if !a.asserted(t.t0) {
		return false
	}
	s := a.sents[a.sentOf[t.t0]]
	crowd, force := false, false
	for j := int32(s.First); j < int32(s.Last); j++ {
		if w := a.lowerWord(j + 1); unarmedCrowds[a.lowerWord(j)] && stormVerbs[w] {
			force = true
		}
		force = force || a.hasTerm(j, lexicon.Party, record.SecurityForces)
		// agentAt reads the phrase ending at j, so the force is sought
		// over the whole of it: "security forces" ends at "forces"
		if typ, ok := a.agentAt(j); a.inGroup(j) || ok && typ != record.Riot && !a.covered(j, lexicon.Party, record.SecurityForces) {
			return false // "gunmen clashed with police"
		}
		crowd = crowd || unarmedCrowds[a.lowerWord(j)] && !a.inDate(j) // not the month of "March 27"
	}
	return crowd && force
}

// strikes reports whether the noun phrase ending at token j is an armed
// agent (agentAt) that strikes (strikeAfter: "AIRCRAFT ATTACK IRANIAN OIL
// RIGS", "warplanes also hit"): the one who strikes, not what is struck.
func (a *article) strikes(j int32) bool {
	if _, ok := a.agentAt(j); !ok {
		return false // "SCHOOL BOMBED", "a ferry attacked": what was struck
	}
	_, _, ok := a.strikeAfter(j + 1)
	return ok
}

// repelVerbs tell of a force meeting an attack, not making one.
var repelVerbs = lexicon.Words().Set("repel-verb") // lexicon/words.txt

// subjectAdverbs may stand between a doer and its active verb ("troops
// again opened fire", "jets mistakenly bombed"): the verb past them is
// still the doer's.
var subjectAdverbs = lexicon.Words().Set("subject-adverb") // lexicon/words.txt

// strikeAfter reports whether the doer named before token j is the
// subject of an active verb of attack, past auxiliaries, adverbs and a
// day ("has also bombed", "yesterday raided"), and returns the token after the verb and whether it
// strikes from afar ("shelled"): a verb of [attack-verb], an attack word
// in the past or a headline's present ("bombed", "opened fire", "shot",
// "ATTACK"), "carried out" or a verb of [launch-verb] before a deed
// ("launched a missile strike"), or a casualty verb with its object
// ("killed 11 villagers"). A doer that fights or beats back an attack
// ([fight-verb], [repel-verb]: "troops repelled them") is the side
// attacked or a side of a clash, and a verb before "by" has no doer
// before it ("hit by riots"); "attacked in the hamlet" and "attacked
// with artillery" have.
func (a *article) strikeAfter(j int32) (end int32, remote, ok bool) {
	last := int32(a.sents[a.sentOf[j-1]].Last)
	for n := 0; n < 3 && j < last && (adverbs[a.lowerWord(j)] || subjectAdverbs[a.lowerWord(j)] || a.inDate(j)); n++ {
		j++ // a wire puts the day there too: "Iraqi planes yesterday raided"
	}
	switch w := a.lowerWord(j + 1); {
	case j >= last || w == "by" || w == "":
		return 0, false, false
	}
	w := a.lowerWord(j)
	switch {
	case repelVerbs[w] || fightVerbs[w] || a.hasTerm(j, lexicon.Trigger, record.Clash):
		return 0, false, false
	case attackVerbs[w] || w == "shot":
		end = j + 1
	case burnVerbs[w] && a.targetObject(j+1, min(last, j+1+roleWindow)):
		end = j + 1 // "soldiers burnt several houses": burnedTarget's arson, told with its doer
	case a.openedFire(j):
		end = j + 2
	case a.doingPhraseEndsAt(j+1) == j, w == "conducted", launchVerbs[w]:
		for k := j + 1; k < last && k < j+5 && !a.clauseBreak(k) && end == 0; k++ {
			if a.deedWord(k) || a.hasTerm(k, lexicon.Weapon, "") {
				end = k + 1
			} else if a.volleyOf(k) {
				end = k + 1 // "launched a new barrage of rockets": the burst is its weapon's
			}
		}
	default:
		if tm, ok := a.termAt(j, lexicon.Trigger); ok && (a.pastVerb(tm) || a.toks[j].Has(text.AllCaps)) {
			end, remote = tm.t1, tm.p.Value == record.RemoteViolence
		} else if tm, ok := a.termAt(j, lexicon.Kill); ok && a.pastVerb(tm) && tm.t1 < last && a.toks[tm.t1].Kind != text.Punct {
			// a number's qualifier is part of the number: "killed at least
			// 10 villagers", "killed around 20" have their object, whose
			// "at" or "around" is no place word
			if next := a.lowerWord(tm.t1); a.countOpens(tm.t1) || !eventPreps[next] && next != "by" && next != "when" && next != "during" {
				end = tm.t1
			}
		}
	}
	if end == 0 && a.lowerWord(j+1) == "and" && a.sharedVerb(j) && !a.passiveBefore(term{t0: j, t1: j + 1}) {
		return a.strikeAfter(j + 2) // "police beat and shot dead three protesters": one subject to both verbs
	}
	// the passive, asked last: the words before a verb are mostly names
	if end == 0 || a.passiveBefore(term{t0: j, t1: j + 1}) {
		return 0, false, false
	}
	return end, remote, true
}

// countOpens reports whether a count opens at token j, its qualifier
// first ("at least 10", "around 20", "over 30"): the qualifier is part of
// the number, so a verb's object that opens so is there, and its "at" or
// "over" is no preposition of place or time.
func (a *article) countOpens(j int32) bool {
	n, ok := a.numberAt(j)
	return ok && a.nums[n].Kind == text.Cardinal
}

// launchVerbs say that an attack noun names an attack made ("launched an
// attack", "mounted an assault").
var launchVerbs = lexicon.Words().Set("launch-verb") // lexicon/words.txt

// volleyNouns name a burst of fire ("barrage", "volley", "salvo"): what
// it is made of, after "of", says whether it is a deed.
var volleyNouns = lexicon.Words().Set("volley-noun") // lexicon/words.txt

// volleyOf reports whether token k is a noun of a burst of fire whose
// "of" phrase names a weapon or a deed within two words ("a barrage of
// rockets", "a volley of Katyusha rockets"): the phrase's head says how
// many, its complement what, so the phrase is the deed of that weapon as
// the bare weapon is ("launched rockets"). Fire of words ("a barrage of
// criticism") names none.
func (a *article) volleyOf(k int32) bool {
	if !volleyNouns[a.lowerWord(k)] || a.lowerWord(k+1) != "of" {
		return false
	}
	last := int32(a.sents[a.sentOf[k]].Last)
	for j := k + 2; j < last && j <= k+3; j++ {
		if a.hasTerm(j, lexicon.Weapon, "") || a.deedWord(j) {
			return true
		}
		if a.toks[j].Kind != text.Word {
			return false
		}
	}
	return false
}

// launchedVolley reports whether token v is a verb of [launch-verb] whose
// object, past at most two words before its head, is a burst of fire of a
// weapon (volleyOf): "launched a new barrage of rockets".
func (a *article) launchedVolley(v int32) bool {
	if !launchVerbs[a.lowerWord(v)] {
		return false
	}
	last := int32(a.sents[a.sentOf[v]].Last)
	for k := v + 1; k < last && k <= v+3; k++ {
		if a.volleyOf(k) {
			return true
		}
		if a.toks[k].Kind != text.Word || a.clauseBreak(k) {
			return false
		}
	}
	return false
}

// startVerbs say, after an attack noun as their subject, that the attack
// was made ("the offensive began before dawn").
var startVerbs = lexicon.Words().Set("start-verb") // lexicon/words.txt

// launched reports whether the attack noun t is asserted and is the object
// of a verb of [launch-verb] within three words before it ("launched a
// new attack"), its subject in the passive ("the attack was launched"),
// or the subject of a verb of [start-verb] ("the offensive began at first
// light southwest of Barentu": a lead's offensive told again, and
// placed).
func (a *article) launched(t term) bool {
	if !a.asserted(t.t0) {
		return false
	}
	s := a.sents[a.sentOf[t.t0]]
	if a.setBehind(launchVerbs, t.t0-1, max(int32(s.First), t.t0-3)) {
		return true
	}
	j := t.t1 + 1
	if j < int32(s.Last) && launchVerbs[a.lowerWord(j)] && a.passiveBefore(term{t0: j, t1: j + 1}) {
		return true
	}
	j = t.t1
	if w := a.lowerWord(j); w == "has" || w == "had" || w == "have" {
		j++ // "the assault had begun"
	}
	return j < int32(s.Last) && startVerbs[a.lowerWord(j)]
}

// irregularPasts are past tenses without "-ed" ("beat", "struck").
var irregularPasts = lexicon.Words().Set("irregular-past") // lexicon/words.txt

// sharedVerb reports whether token j, right after a subject and before
// "and", is a past verb whose subject the verb after "and" shares ("police
// beat and shot dead"): a lowercase past tense naming no armed agent,
// force or crowd. A noun there ("attacked a police detachment and killed")
// is no verb: "and" joins what follows to the clause's own subject.
func (a *article) sharedVerb(j int32) bool {
	w := a.lowerWord(j)
	if a.toks[j].Has(text.Cap) || !(len(w) > 3 && strings.HasSuffix(w, "ed") || irregularPasts[w]) {
		return false
	}
	return armedAgents[w] == "" && !bareForces[w] && !forceNouns[w] && !forceModifiers[w] && !forceCraft[w] && !unarmedCrowds[w]
}

// burnedUnsaid reports whether the burning t is told in the passive with
// no one who did it ("the camp had been razed by fire", "a shop that had
// been set on fire"): the state a building was left in, not a deed of
// anyone the sentence names. "was set on fire by the rebels" names its
// doer after "by" in its clause.
func (a *article) burnedUnsaid(t term) bool {
	if !a.passiveBefore(t) {
		return false
	}
	last := int32(a.sents[a.sentOf[t.t0]].Last)
	for j := t.t1; j < min(last, t.t1+2*roleWindow); j++ {
		if a.clauseBreak(j) {
			break
		}
		if a.lowerWord(j) == "by" {
			if _, ok := a.agentAfter(j+1, min(last, j+5)); ok {
				return false
			}
		}
	}
	return true
}
