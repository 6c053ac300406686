package extract

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/relevance"
	"github.com/sitrep/sitrep/internal/text"
)

// casualties sets the killed, injured and kidnapped counts.
func (f *filler) casualties() {
	f.rec.Killed = f.count(lexicon.Kill, "killed")
	f.rec.Injured = f.count(lexicon.Injure, "injured")
	f.rec.Kidnapped = f.count(lexicon.Kidnap, "kidnapped")
	f.diedOfWounds()
	f.noneKilled()
}

// diedOfWounds takes out of the hurt those the story later tells died of
// their wounds: "wounding four soldiers ... One of them later died of his
// injuries", "succumbed to his wounds", "later died in hospital". The
// death counts them among the dead (count), and a person is counted once,
// so the hurt figure told before the death, when larger, loses them.
func (f *filler) diedOfWounds() {
	in := f.rec.Injured
	if in == nil || in.Min == nil || f.rec.Killed == nil {
		return
	}
	// the last token counting the hurt: a death told before it ("14 had
	// died, including three who died in hospital, and 49 were being
	// treated") leaves a hurt figure that counts the living only
	first := int32(-1)
	for _, m := range f.current() {
		if m.title || f.in.summary[m] {
			continue
		}
		for k := range m.stmts {
			if st := &m.stmts[k]; st.effect == lexicon.Injure && !st.hedged && !st.old && st.verb.t0 > first {
				first = st.verb.t0
			}
		}
	}
	if first < 0 {
		return
	}
	n := 0
	party := map[string]int{}
	for _, m := range f.current() {
		if m.title || f.in.summary[m] {
			continue
		}
		for k := range m.stmts {
			st := &m.stmts[k]
			if st.effect != lexicon.Kill || st.hedged || st.old || st.subset || st.verb.t0 < first || !f.a.deathOfWounds(st) {
				continue
			}
			t, _ := st.total()
			n += t
			for _, p := range st.parts {
				if of := f.partyOf(p); of != "" && !p.subset {
					party[of] += p.n
				}
			}
		}
	}
	if n == 0 || *in.Min <= n {
		return
	}
	in.Min = record.IntPtr(*in.Min - n)
	if in.Max != nil && *in.Max > n {
		in.Max = record.IntPtr(*in.Max - n)
	}
	for of, k := range party {
		if in.ByParty[of] > k {
			in.ByParty[of] -= k
		}
	}
	if len(party) == 0 && len(in.ByParty) == 1 {
		// "wounding four soldiers ... One of them later died": the
		// share names no party, but the hurt were all of one
		for of, k := range in.ByParty {
			if k > n {
				in.ByParty[of] = k - n
			}
		}
	}
}

// noneKilled sets the killed count to zero when the text says no one was
// hurt ("No injuries were reported", "no one was hurt") and tells of no
// death: to be killed is to be hurt past all others, and a report that
// counts the hurt as none would not leave out a death. The statement of
// no injuries is the evidence for both.
func (f *filler) noneKilled() {
	in := f.rec.Injured
	if f.rec.Killed != nil || in == nil || in.Min == nil || *in.Min != 0 || in.Max == nil || *in.Max != 0 {
		return
	}
	f.rec.Killed = &record.Count{Min: record.IntPtr(0), Max: record.IntPtr(0)}
	for _, ev := range f.rec.Evidence {
		if ev.Field == "injured" {
			ev.Field = "killed"
			f.rec.Evidence = append(f.rec.Evidence, ev)
			return
		}
	}
}

// count combines the incident's statements of one effect into a figure.
//
// The total is the first figure the article gives (the headline counts
// first), unless a later one updates it ("the toll rose to 21"), or is a
// larger confirmed figure ("we have confirmed 512"). Each party's figure is
// chosen the same way; the total is at least the sum of the parties, so
// "two policemen were killed ... three [attackers] were killed" gives 5.
// Hedged figures ("could exceed 50"), earlier tolls ("from 358") and one
// figure for two effects ("killed or wounded 3,000") are not used; an
// unconfirmed one ("unconfirmed reports said 12") is, unless another
// figure counts the same people (withoutBoasts). Any lower-bound wording
// ("at least", "more than", "dozens") leaves the count without a maximum.
func (f *filler) count(effect lexicon.Category, field string) *record.Count {
	// the headline's figures only when the body gives none: a headline
	// rounds, and in a round-up it sums the whole article
	var stmts, title []*statement
	multi := len(f.st.incs) > 1
	aggregate := 0 // the largest figure the story gives for several sites at once, this one among them
	for _, m := range f.current() {
		if f.in.summary[m] {
			// figures for several sites at once; but none hurt in every
			// one of them is none hurt in each
			if f.a.ofEverySite(m) {
				for k := range m.stmts {
					if st := &m.stmts[k]; st.effect == effect && !st.hedged && !st.old && statedZero(st) {
						stmts = append(stmts, st)
					}
				}
			}
			if j0, j1, ok := f.a.itemOf(m, f.in.site); ok {
				// "a seventh blast killed two people at a guesthouse ...,
				// and an eighth went off ..., killing three officers": the
				// toll told inside this site's item is its own
				for k := range m.stmts {
					if st := &m.stmts[k]; st.effect == effect && !st.hedged && !st.old && !st.combined && st.verb.t0 > j0 && st.verb.t1 <= j1 {
						stmts = append(stmts, st)
					}
				}
			}
			continue
		}
		// "A car bomb, a roadside bomb and a shooting killed 13 people
		// across Iraq": a lead naming no town sums up a round-up
		summary := multi && !m.title && (m.para == f.a.lead && f.namesNoPlace(m) && !f.a.oneDeedTold(m) && !f.in.placedBack && !f.a.relatedDeed(m) && f.roundUp() || m.overPlaces || f.sumOfSites(m, effect))
		if m.title || summary {
			for k := range m.stmts {
				if st := &m.stmts[k]; st.effect == effect && !st.hedged && !st.old && !st.combined {
					title = append(title, st)
					if summary {
						aggregate = max(aggregate, firstTotal(st))
					}
				}
			}
			continue
		}
		for k := range m.stmts {
			st := &m.stmts[k]
			if multi && st.effect == effect && f.otherDaysToll(st) {
				continue // "... were killed on Saturday when ..., and another civilian died on Sunday when ...": the Sunday event's toll
			}
			if multi && st.effect == effect && !st.hedged && !st.old && f.sumOfSeveral(st) {
				aggregate = max(aggregate, firstTotal(st))
				continue // "Monday's bombings killed 27 people": the story's aggregate, no one site's toll
			}
			if st.effect != effect || st.hedged && !st.unconfirmed || st.old || st.combined || st.period || multi && st.whole {
				continue // a modal hedge ("could exceed 50") gives no toll; a report no one vouches for ("unconfirmed reports said") is the toll until another figure replaces it (withoutBoasts); a grand total of a story of several attacks is no one attack's toll
			}
			stmts = append(stmts, st)
		}
	}
	if len(stmts) == 0 && !multi {
		stmts = title
	} else if !multi && !slices.ContainsFunc(stmts, func(st *statement) bool { return !st.provisional }) {
		// "Mexico mourns as casino firebombing toll reaches 52 ... Late on
		// Thursday the attorney general had put the toll at \"around 40\"":
		// a body that gives only a first count leaves the headline's
		// figure the later one, which replaces it
		stmts = append(stmts, title...)
	}
	// a campaign's total counts only when the article gives no incident's
	// (the list is copied only when it holds one)
	campaign := func(st *statement) bool { return st.campaign }
	if slices.ContainsFunc(stmts, campaign) {
		if own := slices.DeleteFunc(slices.Clone(stmts), campaign); len(own) > 0 {
			stmts = own
		}
	}
	stmts = f.withoutBoasts(stmts)
	if f.killingTold() {
		// "killed seven people ... A shopkeeper was shot", "murdered four
		// leaders ... all four had been shot": the shot may be among the
		// dead, so their shooting tells no hurt
		stmts = slices.DeleteFunc(stmts, func(st *statement) bool { return st.untold })
	}
	if len(stmts) == 0 {
		return nil
	}
	var chosen *statement
	for _, st := range stmts {
		_, q := st.total()
		switch {
		case st.subset:
		case st.update && chosen != nil && chosen.update && !st.lowered && firstTotal(st) < firstTotal(chosen):
			// "raising the toll from 358 to more than 500 ... by Oct. 20
			// the toll had reached 358": a toll only rises, so a smaller
			// update is an earlier stage told afterwards
		case chosen == nil, st.update:
			chosen = st
		case st.whole && !chosen.whole && firstTotal(st) >= firstTotal(chosen):
			chosen = st // "killing seven before police shot all three dead ... Ten people died in all": the sum of them all
		case onlyParty(chosen, record.Perpetrators) && !onlyParty(st, record.Perpetrators) && !statedZero(st):
			chosen = st // "Police shot dead two of the attackers, who killed 12 people": the attackers' deaths are no toll of their attack (they add to it below)
		case statedZero(chosen) && !statedZero(st):
			chosen = st // "no one was hurt in the first blast ... the second killed three
		case chosen.provisional && !st.provisional && q != text.Vague:
			chosen = st // "Early reports said six had died ... the ministry put the toll at 14"
		case onlyNamed(chosen) && !onlyNamed(st) && counted(st) && q == text.Exact && !st.claimed && !st.also && !allAdditional(st) && !onlyParty(st, record.Perpetrators) && firstTotal(st) > firstTotal(chosen):
			// "killed Major General Qassem Soleimani ... and Abu Mahdi
			// al-Muhandis ... killing five of its members and two
			// \"guests\"": people named one by one are victims of note,
			// a larger figure that counts groups of the victims' side is
			// the toll, the named among them (not "also", which adds others;
			// attackers are no victims:
			// "two attackers died" adds to a named priest, conjoinedHarm)
			chosen = st
		case f.a.wholeToll(st) && q != text.Vague && !chosen.whole && firstTotal(st) > firstTotal(chosen):
			// "had reached 110 bodies by Sunday ... Tabital Pulaaku put
			// the toll at 115", "killed more than 100 people ... It put
			// the death toll at \"more than 104\"": a later toll of all the
			// dead, larger, is the fuller count
			chosen = st
		case st.confirmed && !st.provisional && !vague(st) && !allAdditional(st) && firstTotal(st) > firstTotal(chosen):
			// an official's "four soldiers were also killed" counts others
			// on top of the toll, it does not replace it; nor does a count
			// told in the past perfect, earlier than the story's own ("On
			// Saturday a Red Cross official had counted 218 bodies" after
			// officials "putting the death toll at about 200")
			chosen = st // "we have confirmed 512": a later, surer figure
		case q == text.Exact && floor(chosen) && !st.claimed && !st.also && !st.provisional && !allAdditional(st) && counted(st) && !f.a.bodiesCounted(st) && f.sameParties(chosen, st) && firstTotal(st) > firstTotal(chosen) && 2*firstTotal(st) <= 3*firstTotal(chosen):
			// "killing more than 100 people ... local officials said 103
			// people had died", "wounding more than 130 ... 138 people
			// were hurt": an exact count just above a floor told before
			// is the figure the floor rounded down; not bodies counted
			// at one place ("109 bodies had been brought" to a hospital,
			// of dead taken to several), nor people of another side ("At
			// least two policemen were killed ... Three [attackers] were
			// killed")
			chosen = st
		case q != text.Vague && vague(chosen) && !chosen.update:
			chosen = st // "dozens killed" in the headline, "43 killed" in the text
		case onlyBelow(chosen) && !onlyBelow(st) && q != text.Vague && counted(st) && !st.also && !allAdditional(st) && firstTotal(st) <= firstTotal(chosen):
			// "no more than 40 people were killed ... police confirmed 12
			// dead": a ceiling gives way to a figure, and stays the
			// maximum (largestFigure)
			chosen = st
		}
	}
	// "has killed at least 11 people ... over two days. ... seven people
	// died on Sunday": a total wider than the incident gives way to the
	// incident's own share of it (widerTotal, ownShare); the total and its
	// restatements count no people of this incident's own and bound nothing
	var wider []*statement
	if chosen != nil && f.a.widerTotal(chosen) {
		if share := f.ownShare(chosen, stmts); share != nil {
			wider = f.wholeOf(chosen)
			stmts = slices.DeleteFunc(slices.Clone(stmts), func(st *statement) bool { return slices.Contains(wider, st) })
			chosen = share
		}
	}
	// shared is the statement of the story's sum whose part another
	// incident tells as its own toll (othersShare), no figure of this one
	var shared *statement
	if multi && chosen != nil {
		if own := f.othersShare(chosen, stmts, effect); own != chosen {
			shared = chosen // no bound from above either (largestFigure)
			stmts[slices.Index(stmts, chosen)] = own
			chosen = own
		}
	}
	if chosen != nil && !chosen.provisional && slices.ContainsFunc(stmts, func(st *statement) bool { return st.provisional }) {
		// "Local sources had earlier put the toll at nine peacekeepers
		// dead and 19 wounded, with two attackers killed": a first count
		// the chosen figure replaces adds none of its people to it
		stmts = slices.DeleteFunc(slices.Clone(stmts), func(st *statement) bool { return st.provisional })
	}
	c := &record.Count{ByParty: map[string]int{}}
	added := map[*statement]bool{} // statements summed on top of the chosen one
	lower := false
	total := 0
	// tally adds statement st's figure to the total, with its evidence, and
	// reports whether the figure is exact
	tally := func(st *statement) bool {
		n, q := st.total()
		total += n
		b0, b1 := st.span(f.a)
		f.evidence(field, b0, b1)
		return q == text.Exact
	}
	// add sums statement st on top of the chosen one; a vague figure ("the
	// mayor said several civilians were also killed": more than the toll,
	// how many untold) makes the toll a floor, its figure no guess larger
	add := func(st *statement) {
		added[st] = true
		if vague(st) {
			b0, b1 := st.span(f.a)
			f.evidence(field, b0, b1)
			lower = true
			return
		}
		exact := tally(st)
		lower = lower || !exact
	}
	// a grand total counts everyone already: nothing adds to it
	grand := chosen != nil && chosen.whole
	if chosen != nil {
		lower = !tally(chosen)
		// "six were killed on the spot and another succumbed to his
		// injuries": more on top of it, in the same sentence or the next,
		// or anywhere after it when "also" adds people it counts but does
		// not name ("at least four Nigerien soldiers were also killed")
		after := false
		for _, st := range stmts {
			if st == chosen {
				after = true
				continue
			}
			if after && !grand && (st.sent-chosen.sent <= 1 || st.also && counted(st)) && !st.subset && !st.update && allAdditional(st) && !f.figureRetold(chosen, st) && !samePeople(chosen, st) {
				add(st)
			}
		}
		// "Archpriest Nikolai Kotelnikov was killed inside the church,
		// and a security guard was shot dead", "we found 10 militants
		// dead and two elderly persons who had been burnt to death": a
		// clause or a phrase "and" joins to one counted, whose people
		// the words do not point back at, tells of other people harmed
		// the same way, so they add to the toll (conjoinedHarm)
		var tallied []*statement
		for _, st := range stmts {
			if st == chosen || added[st] {
				tallied = append(tallied, st)
			}
		}
		for k := 0; !grand && k < len(tallied); k++ {
			for _, st := range stmts {
				if added[st] || st == chosen || st.subset || st.update || st.also || !f.a.conjoinedHarm(tallied[k], st) {
					continue
				}
				add(st)
				tallied = append(tallied, st)
			}
		}
	}
	// party figures: from the first statement naming a party, or an
	// update, all its parts of that party ("two American cyclists and two
	// other foreign tourists" are four civilians)
	for _, party := range record.Parties {
		var best *statement
		for _, st := range stmts {
			for _, p := range st.parts {
				if f.partyOf(p) == party && (best == nil || st.update) {
					best = st
				}
			}
		}
		if best == nil {
			continue
		}
		n := 0
		found := false // a part of the party, though its figure be 0
		whole := ""    // the party of the figure the subsets after it break down
		full := f.fullBreakdown(best.parts)
		for i, p := range best.parts {
			of := f.partyOf(p)
			if !p.subset {
				whole = of
			} else if whole != "" {
				// "three policemen - two officers and a driver": a
				// breakdown of a party's figure counts people of that
				// party already, whatever its own words name
				continue
			}
			if of != party || p.subset && n > 0 && !full[i] {
				continue // "ten people, including two women": a share, of which one part is enough
			}
			if p.qual == text.Below {
				// "fewer than 12 soldiers were killed": a party's
				// ceiling, not what the text states the party lost
				continue
			}
			if p.qual == text.Vague && added[best] && vague(best) {
				// "several civilians were also killed" after 44
				// commandos: a party's floor, no count to sum into the
				// toll, as the addition itself is none
				continue
			}
			n += p.n
			found = true
			if p.qual != text.Exact && (best == chosen || added[best] || chosen == nil) {
				// "killed dozens of villagers ... police put the toll at
				// 37": a vague party figure of a statement the toll
				// replaced opens no bound of the toll
				lower = true
			}
			f.tokEvidence(field+"."+party, p.t0, p.t1)
		}
		if found {
			c.ByParty[party] = n
		}
	}
	sum := 0
	for _, n := range c.ByParty {
		sum += n
	}
	// "shooting at least nine people dead ... ended with the suspect
	// killing himself": an attacker dead by his own hand is not among
	// the people he killed, so he adds to their figure; so do the
	// attackers the text points back at ("Both militants were killed")
	if chosen != nil && !grand && !hasParty(chosen, record.Perpetrators) {
		for _, st := range stmts {
			if st == chosen || st.subset || added[st] || f.a.leftAfter(chosen, st) {
				continue
			}
			him := f.a.forcesKilledHim(chosen, st)
			if him || f.a.selfKilled(st) || f.a.killedByForces(st) || f.a.attackersDead(st) || f.a.attackersCounted(chosen, st) {
				added[st] = true
				tally(st)
				if him {
					// the pronoun names no party, but the forces killed the attacker
					c.ByParty[record.Perpetrators] += st.parts[0].n
					f.tokEvidence(field+"."+record.Perpetrators, st.parts[0].t0, st.parts[0].t1)
				}
				break
			}
		}
	}
	// "Two people were killed by law enforcement ... in an attack that
	// left one policeman dead": the forces do not kill their own, so the
	// dead of theirs the attack left add to those the forces killed
	if chosen != nil && !grand && !hasParty(chosen, record.SecurityForces) && f.a.byForces(chosen) {
		for _, st := range stmts {
			if st != chosen && st.sent-chosen.sent <= 1 && st.sent >= chosen.sent && !st.subset && !st.update && !added[st] && onlyParty(st, record.SecurityForces) {
				exact := tally(st)
				lower = lower || !exact
				break
			}
		}
	}
	if sum > total {
		total = sum
		if chosen == nil {
			// "The dead included five soldiers", "Among the dead were
			// two policemen" and no toll: the parties' figures are a
			// share of the harmed, so their sum is a floor, not a count
			lower = true
			for _, st := range stmts {
				for _, p := range st.parts {
					if p.party != "" {
						b0, b1 := st.span(f.a)
						f.evidence(field, b0, b1)
						break
					}
				}
			}
		}
	}
	// the attackers a toll leaves out add to it
	if effect == lexicon.Kill && chosen != nil && !grand && len(added) == 0 {
		if n, t0, t1, ok := f.attackersLeftOut(chosen, stmts); ok {
			total += n
			c.ByParty[record.Perpetrators] += n
			f.tokEvidence(field, t0, t1)
			f.tokEvidence(field+"."+record.Perpetrators, t0, t1)
		}
	}
	if total == 0 && len(c.ByParty) == 0 && !statedZero(chosen) {
		return nil
	}
	// "No soldiers were hurt": none of one party is none in its figure,
	// but the others (the attackers) may have been, so the total is
	// unknown, and unknown is absent, never 0
	if total == 0 && partyZero(chosen) {
		return &record.Count{ByParty: c.ByParty}
	}
	c.Min = record.IntPtr(total)
	if aggregate > total && onlyNamed(chosen) && len(added) == 0 {
		// "opened fire on demonstrators in the capital and in several
		// southern towns, leaving about 50 people dead ... Journalist
		// Narcisse Oredje was shot dead": a victim the story names at
		// one site is one of the dead the sum over the sites counts, not
		// the site's toll, which the story does not give
		lower = true
	}
	if !lower {
		c.Max = record.IntPtr(total)
	}
	// a larger figure another source gives, even hedged ("up to 12 people
	// may have died"), bounds the count from above: min 6, max 12
	// (not when the figure revises the toll down: the larger one is withdrawn)
	if hi := f.largestFigure(effect, append(wider, shared)); hi > total && (chosen == nil || !chosen.lowered) {
		c.Max = record.IntPtr(hi)
	}
	if onlyBelow(chosen) && len(added) == 0 && sum == 0 {
		// "fewer than 40 people were killed", "no more than 40",
		// "under 40", "at most 40": a ceiling and no floor, so the
		// maximum and no minimum (record.md: unknown is absent); it
		// still tells that people were harmed (record.Count.Harmed).
		// "up to 40" and "as many as 40" give the speaker's high
		// figure, which coders take as the count (text.UpTo)
		c.Min, c.Max = nil, record.IntPtr(max(total, upperOf(chosen)))
	}
	if len(c.ByParty) == 0 {
		c.ByParty = nil
	}
	return c
}

// onlyBelow reports whether every counted part of statement st is bounded
// only from above by a ceiling ("fewer than", "no more than": text.Below).
func onlyBelow(st *statement) bool {
	if st == nil {
		return false
	}
	n := 0
	for _, p := range st.parts {
		if p.subset {
			continue
		}
		if p.qual != text.Below {
			return false
		}
		n++
	}
	return n > 0
}

// upperOf sums the upper bounds of statement st's parts.
func upperOf(st *statement) int {
	n := 0
	for _, p := range st.parts {
		if !p.subset {
			n += max(p.n, p.max)
		}
	}
	return n
}

// onlyNamed reports whether every part of statement st is a person the
// text names or titles ("Journalist Narcisse Oredje was shot dead"): a
// victim told of, not a count of the harmed.
func onlyNamed(st *statement) bool {
	if st == nil || len(st.parts) == 0 {
		return false
	}
	for _, p := range st.parts {
		if !p.name {
			return false
		}
	}
	return true
}

// fullBreakdown marks the parts that break down, all together, a figure
// of people of no party before them: their figures add up to it ("eight
// people, five women and three children"; "three people - two women and a
// boy"), so every one of them counts in its party's figure, where a share
// of a figure ("including two women and a child") gives only its first.
func (f *filler) fullBreakdown(ps []part) []bool {
	full := make([]bool, len(ps))
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		if p.subset || f.partyOf(p) != "" || p.n < 2 {
			continue
		}
		sum, j := 0, i+1
		for ; j < len(ps) && ps[j].subset; j++ {
			sum += ps[j].n
		}
		if j > i+2 && sum == p.n {
			for k := i + 1; k < j; k++ {
				full[k] = true
			}
		}
	}
	return full
}

// attackersLeftOut returns how many attackers the toll chosen leaves out,
// with the tokens that tell them: those a sentence says it does not
// include ("killing at least 32 people ... The ministry's figure did not
// include the two bombers": leftOutAttackers), else a bomber who died
// ("blew herself up ... and killed at least 20 other people", "a
// policeman was killed when a man blew himself up": bomberDied) when the
// toll counts only others, or only people of a side not the bomber's
// (leavesBomberOut; "killing 32 people" may hold him, and stays as it is).
func (f *filler) attackersLeftOut(chosen *statement, stmts []*statement) (int, int32, int32, bool) {
	if !hasParty(chosen, record.Perpetrators) {
		if n, t0, t1, ok := f.leftOutAttackers(); ok {
			return n, t0, t1, true
		}
	}
	if f.leavesBomberOut(chosen, stmts) {
		if t, ok := f.bomberDied(); ok {
			return 1, t.t0, t.t1, true
		}
	}
	return 0, 0, 0, false
}

// sumOfSites reports whether lead mention m gives, for effect, the sum of
// several attacks' tolls that the story then tells one by one: "Suicide
// bombers struck Brussels airport and a metro train ..., killing about 34
// people" and then "14 people were killed there" of the airport and
// "about 20 people died there" of the metro. The lead tells more than one
// deed (oneDeedTold), and its figure is at least this incident's own and
// another incident's of that day together: the aggregate, not this
// attack's toll, which its own figure gives.
func (f *filler) sumOfSites(m *mention, effect lexicon.Category) bool {
	if m.para != f.a.lead || m.title || f.a.oneDeedTold(m) {
		return false // "Israeli forces killed nine Palestinians during a raid": one deed's toll, which the body breaks down
	}
	lead, leadSt := ownFigure([]*mention{m}, effect, -1)
	if lead <= 0 {
		return false
	}
	own, _ := ownFigure(f.current(), effect, f.a.lead)
	if own <= 0 || own >= lead {
		return false
	}
	day := f.in.day(f.st.d0)
	for _, o := range f.st.incs {
		if o == f.in || !f.a.sameDay(o.day(f.st.d0), day) {
			continue
		}
		// a figure of one party holds none of another's: "At least 23
		// soldiers were martyred" sums no "17 militants were killed"
		// told of another site
		if n, st := ownFigure(o.ms, effect, f.a.lead); n > 0 && own+n <= lead && !otherParties(leadSt, st) {
			return true
		}
	}
	return false
}

// othersShare returns statement st without the part that another
// incident of the story tells as its own toll: a lead that counts several
// parties ("separatists who killed at least 19 construction workers and
// a soldier") sums up the story when a later paragraph tells another
// attack whose own dead are one of those parties by the same figure ("On
// Monday, the rebels attacked a military post ..., killing one soldier"):
// those dead are that attack's, and this one keeps the rest. The part
// stays when this incident tells of that party in another statement of
// its own, or when the other attack counts it only in the same sentence.
func (f *filler) othersShare(st *statement, stmts []*statement, effect lexicon.Category) *statement {
	if len(st.parts) < 2 {
		return st
	}
	for k, p := range st.parts {
		party := f.partyOf(p)
		if p.subset || party == "" || p.n <= 0 {
			continue
		}
		mine := slices.ContainsFunc(stmts, func(o *statement) bool {
			return o != st && slices.ContainsFunc(o.parts, func(q part) bool { return f.partyOf(q) == party })
		})
		if mine || !f.otherOwns(p.party, p.n, st.sent, effect) {
			continue
		}
		out := *st
		out.parts = slices.Delete(slices.Clone(st.parts), k, k+1)
		return &out
	}
	return st
}

// otherOwns reports whether another incident of the story than f's has a
// statement of effect, outside sentence sent, counting n people of party
// and no one else.
func (f *filler) otherOwns(party string, n int, sent int32, effect lexicon.Category) bool {
	for _, in := range f.st.incs {
		if in == f.in {
			continue
		}
		for _, m := range in.ms {
			if in.summary[m] || slices.Contains(f.in.ms, m) {
				continue
			}
			for k := range m.stmts {
				o := &m.stmts[k]
				if o.effect != effect || o.sent == sent || o.hedged || o.old || o.subset || len(o.parts) != 1 {
					continue
				}
				if q := o.parts[0]; q.party == party && q.n == n && !q.subset {
					return true
				}
			}
		}
	}
	return false
}

// otherDaysToll reports whether statement st dates its own clause, by a
// day right after its verb or its figure, to a day that is not this
// incident's but another incident's of the story: a lead that joins two
// events' tolls, "Thirteen civilians and a soldier were killed on
// Saturday when an army operation went wrong ..., and another civilian
// died on Sunday when security forces fired on a crowd", gives each its
// own, and the Sunday death is the Sunday event's toll, not Saturday's.
func (f *filler) otherDaysToll(st *statement) bool {
	a := f.a
	end := st.clauseEnd()
	own := f.in.day(f.st.d0)
	if own < 0 || int(end) >= len(a.toks) {
		return false
	}
	// "shot dead three soldiers, the day after a suicide bomber killed
	// nine": past a comma the day opens another clause (dayRightAfter)
	return a.dayRightAfter(end, a.sentOf[end], func(d text.Day) bool {
		if d == a.dates[own].Day {
			return false
		}
		for _, in := range f.st.incs {
			if o := in.day(f.st.d0); in != f.in && o >= 0 && a.dates[o].Day == d {
				return true
			}
		}
		return false
	})
}

// clauseEnd returns the token after statement st's clause: past its verb
// and every part it counts ("seven people died" | "on Sunday").
func (st *statement) clauseEnd() int32 {
	end := st.verb.t1
	for _, p := range st.parts {
		end = max(end, p.t1)
	}
	return end
}

// dayRightAfter reports whether a day of day precision starts within
// three tokens after token end, in sentence sent and with no punctuation
// between, for which keep holds: the day a toll's own clause is told of
// ("seven people died on Sunday"), which otherDaysToll and toldOfOwn
// each compare with an incident's day. end is below len(a.toks).
func (a *article) dayRightAfter(end, sent int32, keep func(text.Day) bool) bool {
	lo, hi := a.dateRange(int(a.toks[end-1].End), int(a.toks[min(end+3, int32(len(a.toks))-1)].End))
	for k := lo; k < hi; k++ {
		d := a.dates[k]
		t := a.tokenAt(d.Start)
		if t >= end && t <= end+3 && a.sentOf[t] == sent && d.Precision == record.PrecisionDay && !a.punctBetween(end, t) && keep(d.Day) {
			return true
		}
	}
	return false
}

// punctBetween reports whether a punctuation token stands in [t0, t1).
func (a *article) punctBetween(t0, t1 int32) bool {
	for j := t0; j < t1; j++ {
		if a.toks[j].Kind == text.Punct {
			return true
		}
	}
	return false
}

// otherParties reports whether statements s and t each count people of
// one party only, and not the same one: neither figure can hold the
// other's people.
func otherParties(s, t *statement) bool {
	ps, pt := soleParty(s), soleParty(t)
	return ps != "" && pt != "" && ps != pt
}

// soleParty returns the party every part of statement st counts, or "".
func soleParty(st *statement) string {
	if st == nil || len(st.parts) == 0 {
		return ""
	}
	party := st.parts[0].party
	if !onlyParty(st, party) {
		return ""
	}
	return party
}

// ownFigure returns the first figure for effect that mentions ms give
// outside paragraph skip and the headline, or 0: a toll told of one
// attack in the body, with the statement that gives it.
func ownFigure(ms []*mention, effect lexicon.Category, skip int) (int, *statement) {
	for _, m := range ms {
		if m.title || m.para == skip {
			continue
		}
		for k := range m.stmts {
			st := &m.stmts[k]
			if st.effect != effect || st.hedged || st.old || st.combined || st.period || st.subset || st.campaign || st.claimed {
				continue
			}
			if n, _ := st.total(); n > 0 {
				return n, st
			}
		}
	}
	return 0, nil
}

// roundUp reports whether the article tells another incident of this
// one's day: only then may a lead that names no town and counts no
// places or attacks sum several attacks up. An older deed told as
// background ("The latest casualties follow the assassination of the
// governor on Tuesday") is not summed with today's: "a roadside bomb has
// killed two American soldiers in northern Afghanistan" is the bomb's own
// toll. The other incident must have a place apart from this one's: a
// round-up tells where each attack struck, and a passing word with none
// ("attacks blamed on separatists") is no attack the lead could sum, and
// nor is a deed dated only by its week ("militants who attacked policemen
// earlier this week"): it is not told as one of this day's. A lead that counts the
// attacks ("14 people in three attacks over the weekend") sums them
// whatever their days (overPlaces). A lead that tells one attack by an
// indefinite singular noun ("has carried out a drone strike ..., killing
// three") gives that attack's toll (oneAttackLead). A deed told as done
// besides ("the militants also attacked an army post in Boni":
// alsoAttack) is set beside the lead's, not summed in it.
func (f *filler) roundUp() bool {
	if f.a.oneAttackLead(f.in) {
		return false
	}
	day := f.in.day(f.st.d0)
	for _, o := range f.st.incs {
		if o != f.in && o.place >= 0 && !f.a.coarselyDated(o) && f.a.sameDay(o.day(f.st.d0), day) && !f.a.nestedPlaces(o.place, f.in.place) && !f.a.alsoAttack(o.ms[0]) {
			return true
		}
	}
	return false
}

// coarselyDated reports whether incident in has no day of its own and its
// mentions give only dates coarser than a day ("earlier this week").
func (a *article) coarselyDated(in *incident) bool {
	if in.date >= 0 {
		return a.dates[in.date].Precision != record.PrecisionDay
	}
	coarse := false
	for _, m := range in.ms {
		for _, k := range m.dates {
			if a.dates[k].Precision == record.PrecisionDay {
				return false
			}
			coarse = true
		}
	}
	return coarse
}

// nestedPlaces reports whether place mentions i and j name one place or
// one holds the other: "Korla City of Bayingolin Mongolian Autonomous
// Prefecture" told as two incidents is one attack, not a round-up of two.
func (a *article) nestedPlaces(i, j int) bool {
	if i < 0 || j < 0 {
		return false
	}
	return a.samePlace(i, j) || a.contains(i, j) || a.contains(j, i)
}

// ofEverySite reports whether mention m speaks of every attack of a set
// at once: an attack word after a word that takes in the whole set
// ([whole-set-word]: "in either attack", "both blasts", "all the
// explosions") or a plural one after "the" ("no one was injured in the
// blasts"). What it says of them all it says of each, when that is none;
// a figure for all of them is their sum.
func (a *article) ofEverySite(m *mention) bool {
	for _, t := range m.triggers {
		w := a.lowerWord(t.t0 - 1)
		if wholeSetWords[w] || w == "the" && (plural(a.lowerWord(t.t1-1)) || wholeSetWords[a.lowerWord(t.t0-2)]) {
			return true
		}
	}
	return false
}

// wholeSetWords take in every attack of a set (ofEverySite).
var wholeSetWords = lexicon.Words().Set("whole-set-word") // lexicon/words.txt

// withoutBoasts drops the doer's own counts of what it did ("al-Shabaab
// said it had killed 12 soldiers") and figures the teller does not vouch
// for ("although we could not confirm this report, employees said a
// vendor was wounded") where another statement counts the same people:
// of the same party, or of people the text gives no party ("officials
// said there were no casualties"). A figure from officials, witnesses or
// the side that was hit is the toll, as record.md keeps the more
// authoritative of two figures; the boast or the unconfirmed word stays
// the toll only when the article gives no other.
func (f *filler) withoutBoasts(stmts []*statement) []*statement {
	if !slices.ContainsFunc(stmts, func(st *statement) bool { return st.claimed || st.unconfirmed }) {
		return stmts // no figure to drop: no copy
	}
	return slices.DeleteFunc(slices.Clone(stmts), func(st *statement) bool {
		if !st.claimed && !st.unconfirmed {
			return false
		}
		for _, o := range stmts {
			if o.claimed || o.unconfirmed || o.subset || o.campaign {
				continue
			}
			for _, p := range st.parts {
				for _, q := range o.parts {
					if pp, qp := f.partyOf(p), f.partyOf(q); pp == qp || pp == "" || qp == "" {
						return true
					}
				}
			}
		}
		return false
	})
}

// relatedDeed reports whether mention m is dated by its relation to
// another event: "Gunmen shot dead two policemen on Monday, the day after
// a suicide bomber killed 12 people at a mosque". A clause set a day
// from another's tells one deed of its own, so the figure in it is that
// deed's toll, not a round-up's sum, though it names no town.
func (a *article) relatedDeed(m *mention) bool {
	return len(m.dates) > 0 && a.dates[m.dates[0]].Relation
}

// placesCounted are plural place nouns a number counts ("in 11 cities"):
// the plurals of [place-noun] ("villages", "districts") and the other
// nouns of [places-counted] (lexicon/words.txt).
var placesCounted = func() map[string]bool {
	set := lexicon.Words().Set("places-counted")
	for w := range placeNouns {
		if plural(w) {
			set[w] = true
		}
	}
	return set
}()

// namesNoPlace reports whether mention m places its event nowhere below
// a country: no event place, no town its spot is measured from, no
// country's capital on the incident's day. A lead
// that names none sums up a round-up; "killed five traders 20 km south of
// Kano" tells of one attack, placed by a distance.
func (f *filler) namesNoPlace(m *mention) bool {
	a := f.a
	if a.mainPlace(m) >= 0 || len(m.yardsticks) > 0 {
		return false
	}
	if len(m.dates) > 0 && !a.sameDay(m.dates[0], f.in.day(f.st.d0)) {
		return true // "On Wednesday, ... in the French capital": another day's
	}
	for j := m.t0 + 1; j < m.t1; j++ {
		if a.capitalNounAt(j) {
			// "in Somalia's capital on Tuesday evening": a town named by
			// what it is
			if w := a.lowerWord(j - 1); w == "the" || w == "s" || a.placeAt(j-1) >= 0 {
				return false
			}
		}
	}
	return true
}

// oneDeedTold reports whether mention m tells one deed: no attack word in
// the plural, and at most one that a determiner makes a single thing ("A
// suicide bomber detonated a vest ..., killing 40 people", "the drone
// slammed into an apartment block, killing a girl"). A round-up's lead
// sums its attacks in the plural ("in clashes in the two largest cities")
// or lists them ("A car bomb, a roadside bomb and a shooting killed 13").
func (a *article) oneDeedTold(m *mention) bool {
	singles := 0
	for _, t := range m.triggers {
		if plural(a.lowerWord(t.t1 - 1)) {
			return false
		}
		if determiners[a.lowerWord(t.t0-1)] {
			singles++
		}
	}
	return singles <= 1
}

// overPlaces reports whether a mention gives its figures for attacks in
// several places it counts: "at least 58 people had been killed in
// bombings and shootings in 11 cities". In a round-up that is the sum of
// the incidents, not the toll of the one the sentence joins.
func (a *article) overPlaces(m *mention) bool {
	_, b1 := a.span(m.t0, m.t1)
	for ni := a.numberFrom(m.t0); ni < len(a.nums) && a.nums[ni].Start < b1; ni++ {
		n := &a.nums[ni]
		if j := a.tokenAt(n.End-1) + 1; j < m.t1 && n.Kind == text.Cardinal && n.Value >= 2 && (a.placesCountedAt(j, m.t1) && !a.placesRenamed(a.tokenAt(n.Start)) || n.Value >= 3 && a.attacksCounted(j, m.t1)) {
			return true
		}
	}
	return false
}

// placesRenamed reports whether the number at token j opens an
// apposition to the place named right before its comma: "seven in Kera
// Dogo, two villages about 20 km apart", "A, B and C, all three
// villages of the area". The count describes the places already named,
// each with its own toll; it frames no figure over several places.
func (a *article) placesRenamed(j int32) bool {
	c := j - 1
	if a.lowerWord(c) == "all" {
		c--
	}
	return c >= 1 && a.word(c) == "," && a.placeAt(c-1) >= 0
}

// placesCountedAt reports whether the words at token j, right after a
// number, name the places it counts, a noun of [places-counted] after at
// most two words that describe them: "in 11 cities", "in two northern
// cities", "in several southern towns" (a vague number counts places as
// a figure does: more than one).
func (a *article) placesCountedAt(j, end int32) bool {
	for k := j; k < end && k <= j+2; k++ {
		w := a.lowerWord(k)
		if placesCounted[w] {
			return true
		}
		if a.toks[k].Kind != text.Word || stopWords[w] || w == "of" || a.isCasualtyWord(k) || a.covered(k, lexicon.Party, "") {
			return false
		}
	}
	return false
}

// attacksCounted reports whether the words at token j, right after a
// number, name the attacks a figure is given for: "killed in eight bomb
// blasts", "in three attacks". A figure for several attacks sums them, as
// one for several places does. Only a number after "in" frames the
// figure ("referring to two new blasts" does not), and twin blasts at one
// spot are common, so the caller asks for three or more.
func (a *article) attacksCounted(j, end int32) bool {
	if a.lowerWord(j-2) != "in" {
		return false
	}
	for k := j; k < end && k <= j+1; k++ {
		if a.covered(k, lexicon.Trigger, "") && plural(a.lowerWord(k)) {
			return true
		}
	}
	return false
}

// largestFigure returns the largest total any statement of the incident
// gives for effect, hedged ones included, vague ones ("dozens"), first
// reports ("early reports said") and a war's total not, nor those of
// skip: a sum whose part another incident tells as its own (othersShare),
// a wider total whose share this incident tells (ownShare).
func (f *filler) largestFigure(effect lexicon.Category, skip []*statement) int {
	hi := 0
	multi := len(f.st.incs) > 1
	for _, m := range f.current() {
		if f.in.summary[m] || multi && (m.title || m.para == f.a.lead && f.namesNoPlace(m) && !f.a.relatedDeed(m) && f.roundUp() || m.overPlaces || f.sumOfSites(m, effect)) {
			continue
		}
		for k := range m.stmts {
			st := &m.stmts[k]
			if slices.Contains(skip, st) || st.effect != effect || st.old || st.provisional || st.subset || st.combined || st.campaign || st.period || st.claimed || st.unconfirmed && !st.hedged || vague(st) || st.hedged && !upTo(st) || multi && f.sumOfSeveral(st) {
				continue // a hedge counts only as a bound: "up to 12 may have died", "unconfirmed reports said up to 12"; a first report is replaced, a boast or a denied check bounds nothing (withoutBoasts)
			}
			n, _ := st.total()
			for _, p := range st.parts {
				if p.max > n && len(st.parts) == 1 {
					n = p.max
				}
			}
			if n >= relevance.HugeToll {
				// "Up to 300,000 people have been killed" in the war the
				// story recalls: beyond any single attack, a war's total,
				// which bounds no incident's toll
				continue
			}
			hi = max(hi, n)
		}
	}
	return hi
}

// partyOf is the party of part p in this incident: soldiers of the state
// whose forces attacked in a clash ("repelled an Iranian attack, killing
// 120 Iranian soldiers") are the perpetrators' dead, not the security
// forces', and add to the defenders' ("Twelve Iraqi soldiers were
// killed"): a communiqué's count of each side. When two states are both
// the attackers ("Kyrgyzstan and Tajikistan accused each other of
// opening fire"), each side's forces are what the other hit, as
// attackersOwn reads them.
//
// Members of armed groups a state's forces struck ("The army's air strike
// on a rebel base killed twelve fighters") are the doer's victims, not
// attackers of this incident: when every perpetrator is a state's force,
// the fighters it killed are combatants (stateStruck); so are an armed
// group's dead in a clash, a fight with no attacker ("Soldiers killed
// nine CODECO militiamen in a clash"), unless the text names them by the
// deed ("the attackers").
func (f *filler) partyOf(p part) string {
	if p.party == record.Perpetrators && !p.pronoun && (f.stateStruck() || f.clash) && !f.a.deedAgent(p) {
		return record.Combatants
	}
	if p.party != record.SecurityForces || !f.clash || len(f.attackerStates) != 1 {
		return p.party
	}
	for j := p.t0; j < p.t1; j++ {
		if k := f.a.placeAt(j); k >= 0 && f.a.places[k].demonym && f.attackerStates[f.a.stateOf(k)] {
			return record.Perpetrators
		}
	}
	return p.party
}

// deedAgents name people by the deed itself ([deed-agent]): "attackers",
// "gunmen", "the bomber" did this incident's deed, whoever the record
// names as its doer.
var deedAgents = lexicon.Words().Set("deed-agent") // lexicon/words.txt

// deedAgent reports whether part p names its people as doers of the deed:
// a noun of [deed-agent] in it ("all five assailants", "the attackers"),
// or a reflexive ("killing himself").
func (a *article) deedAgent(p part) bool {
	if reflexives[a.lowerWord(p.t0)] != "" {
		return true
	}
	// a phrase of [deed-agent] ("suicide bombers") ends in a noun of its own
	return a.setIn(deedAgents, p.t0, p.t1)
}

// stateStruck reports whether the incident's doers are all a state's
// forces ("the army", "Nigerian Air Force jets"): then the armed men it
// killed were what it struck, whoever they fight for.
func (f *filler) stateStruck() bool {
	for _, p := range f.rec.Perpetrators {
		if p.Kind != "state" {
			return false
		}
	}
	return len(f.rec.Perpetrators) > 0
}

// hasParty reports whether a statement counts people of party.
func hasParty(st *statement, party string) bool {
	for _, p := range st.parts {
		if p.party == party {
			return true
		}
	}
	return false
}

// selfKilled reports whether a statement counts only attackers who took
// their own lives ("killing himself", "blew themselves up").
func (a *article) selfKilled(st *statement) bool {
	for _, p := range st.parts {
		if reflexives[a.lowerWord(p.t0)] == "" {
			return false
		}
	}
	return len(st.parts) > 0
}

// bomberDied returns the incident's attack word that tells one attacker
// died by his own bomb: "blew himself up", "has blown herself up".
func (f *filler) bomberDied() (term, bool) {
	for _, m := range f.current() {
		for _, t := range m.triggers {
			if t.t1-t.t0 == 3 && f.a.lowerWord(t.t1-1) == "up" && reflexives[f.a.lowerWord(t.t1-2)] == "one" {
				return t, true
			}
		}
	}
	return term{}, false
}

// reflexives are the reflexive pronouns of people by number
// ([reflexive]): "one" for one person, "many" for more.
var reflexives = lexicon.Words().Map("reflexive") // lexicon/words.txt

// leavesBomberOut reports whether the chosen toll cannot hold the bomber:
// each of its groups is counted as others ("20 other people", "a fellow
// attacker") or names a side that is not the attackers' ("a policeman"),
// and no statement of the incident counts an attacker's death already.
func (f *filler) leavesBomberOut(chosen *statement, stmts []*statement) bool {
	for _, st := range stmts {
		if f.a.selfKilled(st) || st != chosen && f.a.attackersDead(st) {
			return false
		}
	}
	for _, p := range chosen.parts {
		if p.subset {
			continue
		}
		if party := f.partyOf(p); !p.additional && (party == "" || party == record.Perpetrators) {
			return false
		}
	}
	return len(chosen.parts) > 0
}

// killedByForces reports whether a statement counts only the attacker,
// killed by the police or the troops who stopped him: "He was then shot
// dead by Turkish security forces", "before being shot dead by police".
// He is not among the people he killed, so he adds to their figure.
func (a *article) killedByForces(st *statement) bool {
	if st.effect != lexicon.Kill || st.hedged || len(st.parts) == 0 {
		return false
	}
	for _, p := range st.parts {
		if p.party != record.Perpetrators && !p.pronoun {
			return false
		}
	}
	return a.byForces(st)
}

// byForces reports whether a passive statement names the police or the
// troops as the agent that harmed its people: "were shot dead by
// police", "killed by law enforcement".
func (a *article) byForces(st *statement) bool {
	for j := st.verb.t1; j < st.verb.t1+3 && int(j) < len(a.toks); j++ {
		if a.lowerWord(j) != "by" {
			continue
		}
		for k := j + 1; k <= j+3 && int(k) < len(a.toks); k++ {
			if a.forcesAt(k) {
				return true
			}
		}
		return false
	}
	return false
}

// forcesAt reports whether token k names the police or the troops: a
// security forces' party or a bare noun of them ([bare-force]).
func (a *article) forcesAt(k int32) bool {
	return a.covered(k, lexicon.Party, record.SecurityForces) || bareForces[a.lowerWord(k)]
}

// attackersDead reports whether a statement counts only the attackers
// the story has told of, pointed back at by "the", a word that takes
// them all in ([whole-set-word]) or a share of them ("two of the
// attackers"): "Both militants were killed in the attack", "the two
// gunmen died". They are not among the people they killed, so they add
// to their figure; a count of its own ("at least 12 militants were
// killed" in an operation after) may be another group. Attackers told
// after "including" are a breakdown of a figure ("at least 10 dead,
// including the suspected shooter, who died of a self-inflicted wound"),
// already among it.
func (a *article) attackersDead(st *statement) bool {
	if st.effect != lexicon.Kill || st.hedged || len(st.parts) == 0 {
		return false
	}
	for _, p := range st.parts {
		w := a.lowerWord(p.t0)
		pointed := w == "the" || wholeSetWords[w] || a.lowerWord(p.t0+1) == "of" && a.lowerWord(p.t0+2) == "the"
		// "All four attackers were killed": a word that takes them all
		// in before their number
		pointed = pointed || wholeSetWords[a.lowerWord(p.t0-1)]
		if p.party != record.Perpetrators || p.pronoun || !pointed || a.lowerWord(p.t0-1) == "including" {
			return false
		}
	}
	return true
}

// attackersCounted reports whether a statement right after the chosen
// toll of an active kill verb's object (in its sentence or the next)
// counts only attackers named by the
// deed ([deed-agent]) with a number of their own: "killing at least 18
// people ... two attackers had been killed". A noun that names people by
// the deed names this attack's doers, and told next to its toll they are
// its own, not a group of another site or operation (as "12 militants
// were killed" may be); further off, in a story of several sites, they
// may be another site's ("three attackers were killed at the hotel").
func (a *article) attackersCounted(chosen, st *statement) bool {
	if st.effect != lexicon.Kill || st.hedged || len(st.parts) == 0 || st.sent < chosen.sent || st.sent-chosen.sent > 1 {
		return false
	}
	// the toll is the object of an active kill verb ("killing at least
	// 18 people"): whom the attackers killed, which by its grammar cannot
	// hold them; "20 people died" may
	if len(chosen.parts) == 0 || !a.spanIn(activeForms, chosen.verb.t0, chosen.verb.t1) || chosen.parts[0].t0 < chosen.verb.t1 || a.passiveBefore(chosen.verb) {
		return false
	}
	for _, p := range st.parts {
		if p.party != record.Perpetrators || p.pronoun || p.bare || p.n < 1 || p.qual != text.Exact || p.t1 <= p.t0 || !deedAgents[a.lowerWord(p.t1-1)] || a.lowerWord(p.t0-1) == "including" {
			return false
		}
	}
	return true
}

// forcesKilledHim reports whether a statement after the chosen toll in
// its sentence counts only a pronoun that the police or the troops killed
// ([object-pronoun] right after the kill verb, the forces its subject):
// "killing four people and wounding 17 before police shot him dead", "A
// Palestinian attacker killed two Israelis ... before an Israeli soldier
// shot him dead". The forces stop the attacker, not his victims, and the
// toll of the same sentence is those he killed, so he adds to it.
func (a *article) forcesKilledHim(chosen, st *statement) bool {
	if st.effect != lexicon.Kill || st.hedged || len(st.parts) != 1 || len(chosen.parts) == 0 || st.sent != chosen.sent {
		return false
	}
	p := st.parts[0]
	if _, e := chosen.tokens(); p.t0 < e || p.t1-p.t0 != 1 || !objectPronouns[a.lowerWord(p.t0)] {
		return false
	}
	// the verb before the pronoun: "shot him dead", "killed him"
	v := p.t0 - 1
	if st.verb.t0 != p.t1 && st.verb.t1 != p.t0 || a.toks[v].Kind != text.Word || a.sentOf[v] != a.sentOf[p.t0] {
		return false
	}
	for k := v - 1; k >= v-3 && k >= 0 && a.sentOf[k] == a.sentOf[v]; k-- {
		if a.forcesAt(k) {
			return true
		}
	}
	return false
}

// leftAfter reports whether the chosen statement's figure follows
// statement st in their sentence as the result that a verb of leaving
// ([leave-verb]) tells of all before it: "police fatally shot four of the assailants, leaving 33
// people dead" counts the four among the 33.
func (a *article) leftAfter(chosen, st *statement) bool {
	if chosen.sent != st.sent || chosen.verb.t0 < st.verb.t1 || len(chosen.parts) == 0 {
		return false
	}
	return leaveVerbs[a.lowerWord(chosen.parts[0].t0-1)]
}

// leaveVerbs tell a toll as what a deed left (lexicon/words.txt).
var leaveVerbs = lexicon.Words().Set("leave-verb")

// conjoinedHarm reports whether statements o and st of one effect are
// joined by "and" in one sentence, the later one's phrase right after the
// "and" ("X was killed inside the church, and a security guard was shot
// dead"; "found 10 militants dead and two elderly persons who had been
// burnt to death"), with few words between them and none that reports or
// tells harm: two clauses or two objects of one verb, each telling people
// harmed. Coordination joins different things, so the later people are
// others, unless its words point back at people told before ("and the
// two were killed", "and both died", "and two of them died"), or its
// figure has no noun, which it takes from the earlier phrase and may be
// a share of ("the blast wounded five women and two were in critical
// condition"), or it tells a state of the hurt and not a deed ([hurt-state]),
// or it is a figure a gapped clause shares the earlier verb with ("three
// were killed in Akuzo and one in Usu": the places, read by segment, tell
// those apart).
func (a *article) conjoinedHarm(o, st *statement) bool {
	if o.sent != st.sent || o.effect != st.effect || o == st || len(o.parts) == 0 || len(st.parts) == 0 {
		return false
	}
	o0, _ := o.tokens()
	st0, _ := st.tokens()
	first, second, s0 := o, st, st0
	if st0 < o0 {
		first, second, s0 = st, o, o0
	}
	_, e := first.tokens()
	if a.lowerWord(s0-1) != "and" || e > s0-1 || s0-1-e > 6 {
		return false
	}
	for j := e; j < s0-1; j++ {
		if w := a.word(j); w == ";" || w == ":" || reportVerbs[a.lowerWord(j)] || a.isCasualtyWord(j) {
			return false
		}
	}
	if a.spanIn(hurtStates, second.verb.t0, second.verb.t1) {
		return false
	}
	for _, p := range second.parts {
		if p.bare || p.t0 == second.verb.t0 && p.t1 == second.verb.t1 {
			return false // a gapped figure: its verb is the earlier one's
		}
		w := a.lowerWord(p.t0)
		if p.pronoun || p.subset || backPointers[w] || pointingWords[w] || wholeSetWords[w] || a.lowerWord(p.t0+1) == "of" {
			return false
		}
	}
	return true
}

// onlyParty reports whether every part of a statement counts people of
// party.
func onlyParty(st *statement, party string) bool {
	for _, p := range st.parts {
		if p.party != party {
			return false
		}
	}
	return len(st.parts) > 0
}

// figureRetold reports whether statement st, of more people than the chosen
// figure counts, only tells that figure's people again: its sentence
// first counts people of the other effect as many as the chosen one's
// sentence did. "Air strikes killed three Palestinians and wounded five
// ... a jet fired a missile, killing three and wounding five others": the
// others are other than the three dead, who are the three told before,
// so the five are the five told before. "11 insurgents were killed and
// 16 others were wounded" after "two police officers were killed ...
// four other police were wounded" counts new dead, and new wounded.
func (f *filler) figureRetold(chosen, st *statement) bool {
	if chosen.sent == st.sent {
		return false // "eight others injured ..., while a second explosion injured six more"
	}
	for _, o := range f.statements() {
		if o.sent == st.sent && o.effect != st.effect && o.verb.t0 <= st.verb.t0 && f.figureIn(chosen.sent, o.effect, firstTotal(o)) {
			return true
		}
	}
	return false
}

// figureIn reports whether a statement of the incident in sentence si
// gives figure n, more than none, for effect.
func (f *filler) figureIn(si int32, effect lexicon.Category, n int) bool {
	if n <= 0 {
		return false
	}
	for _, c := range f.statements() {
		if c.sent == si && c.effect == effect && firstTotal(c) == n {
			return true
		}
	}
	return false
}

// allAdditional reports whether every part of a statement counts people
// beyond those already counted ("another", "two more", "three others").
func allAdditional(st *statement) bool {
	for _, p := range st.parts {
		if !p.additional {
			return false
		}
	}
	return len(st.parts) > 0
}

// samePeople reports whether statement st counts the very phrase a part
// of statement o counts: "A third officer was wounded and taken to
// hospital" tells one officer with two verbs, not one more.
func samePeople(o, st *statement) bool {
	for _, p := range st.parts {
		for _, q := range o.parts {
			if p.t0 == q.t0 && p.t1 == q.t1 {
				return true
			}
		}
	}
	return false
}

// counted reports whether a statement counts a group by a figure ("four
// Nigerien soldiers were also killed"), not people one by one: "Bernard
// Maris, ..., a caretaker and a police officer were also shot dead" lists
// the dead a toll told before already counts.
func counted(st *statement) bool {
	for _, p := range st.parts {
		if p.n < 2 || p.name || p.pronoun {
			return false
		}
	}
	return len(st.parts) > 0
}

func upTo(st *statement) bool {
	for _, p := range st.parts {
		if p.qual == text.UpTo || p.qual == text.Below {
			return true
		}
	}
	return false
}

// statedZero reports whether a statement says that no one was harmed.
func statedZero(st *statement) bool {
	if st == nil {
		return false
	}
	for _, p := range st.parts {
		if !p.zero {
			return false
		}
	}
	return len(st.parts) > 0
}

// partyZero reports whether a statement says that no one of some
// parties was harmed and names none who were, without a word that takes
// in everyone ("no one", "its crew"): "no soldiers were hurt".
func partyZero(st *statement) bool {
	if !statedZero(st) {
		return false
	}
	for _, p := range st.parts {
		if p.party == "" {
			return false
		}
	}
	return true
}

// bodiesCounted reports whether a part of statement st counts bodies
// ([body-noun]: "109 bodies had been brought there").
func (a *article) bodiesCounted(st *statement) bool {
	for _, p := range st.parts {
		if p.t1 > p.t0 && bodyNouns[a.lowerWord(p.t1-1)] {
			return true
		}
	}
	return a.spanIn(bodyNouns, st.verb.t0, st.verb.t1)
}

// sameParties reports whether statements a and b name no two different
// parties: the people a figure counts are the same kind as another's.
func (f *filler) sameParties(a, b *statement) bool {
	party := ""
	for _, st := range []*statement{a, b} {
		for _, p := range st.parts {
			if p.subset {
				continue
			}
			if q := f.partyOf(p); q != "" {
				if party != "" && q != party {
					return false
				}
				party = q
			}
		}
	}
	return true
}

// floor reports whether statement st gives its figure as a floor ("at
// least 20", "more than 100").
func floor(st *statement) bool {
	_, q := st.total()
	return q == text.AtLeast || q == text.MoreThan
}

func vague(st *statement) bool {
	_, q := st.total()
	return q == text.Vague
}

func firstTotal(st *statement) int {
	n, _ := st.total()
	return n
}

// victims lists the people the incident's casualty statements name:
// "Israeli Prime Minister Yitzhak Rabin was assassinated", "killing Nel and
// at least six others", and those a sentence of the incident identifies
// (identifyingSentences, identifiedEffect). A surname alone after the
// full name is the person already listed.
func (f *filler) victims() {
	a := f.a
	seen := map[string]bool{}
	for _, st := range f.statements() {
		if st.hedged {
			continue
		}
		for _, p := range st.parts {
			f.addVictim(p, casualtyEffects[st.effect], seen)
		}
	}
	for _, si := range f.identifyingSentences() {
		s := a.sents[si]
		for j := int32(s.First); j+1 < int32(s.Last); j++ {
			effect := ""
			switch {
			case a.lowerWord(j) == "identified" && a.lowerWord(j+1) == "as":
				effect = f.identifiedEffect(si, j)
			case corpseNouns[a.lowerWord(j)] && a.lowerWord(j+1) == "of":
				effect = "killed" // "the body of Victor Pomas was found", "the bodies of X and Y"
			}
			if effect == "" {
				continue
			}
			for _, p := range a.listedNames(j+2, int32(s.Last)) {
				f.addVictim(p, effect, seen)
			}
		}
	}
}

// corpseNouns name the dead by their bodies, whose "of" names them: "the
// body of Victor Pomas", "the charred body of Ali Saad Dawabsheh"
// (lexicon/words.txt).
var corpseNouns = lexicon.Words().Set("corpse-noun")

// listedNames returns the people of the list that opens at token t0, up
// to the first clause of its own (a relative pronoun, an auxiliary, a
// casualty word): "the body of Victor Pomas, 30, who was kidnapped on 28
// August" is one man; "the civilian who was killed has been identified
// as X, a taxi driver, and the injured policeman is Y" lists X only.
func (a *article) listedNames(t0, last int32) []part {
	var out []part
	end := t0
	for _, p := range a.quantities(t0, last) {
		for k := end; k < p.t0; k++ {
			if w := a.lowerWord(k); relativePronouns[w] || auxiliaries[w] || a.isCasualtyWord(k) {
				return out
			}
		}
		out = append(out, p)
		end = p.t1
	}
	return out
}

// casualtyEffects are the victim effects of the casualty categories.
var casualtyEffects = map[lexicon.Category]string{lexicon.Kill: "killed", lexicon.Injure: "injured", lexicon.Kidnap: "kidnapped"}

// addVictim lists the person part p names with effect, once: seen holds
// the names listed, and the trailing words of each (its surnames).
func (f *filler) addVictim(p part, effect string, seen map[string]bool) {
	if p.nameT1 == 0 || p.nameT1 <= p.nameT0 {
		return
	}
	a := f.a
	b0, b1 := a.span(p.nameT0, p.nameT1)
	name := a.displayName(b0, b1)
	key := strings.ToLower(name)
	if seen[key] {
		return
	}
	seen[key] = true
	for rest := key; ; {
		i := strings.IndexByte(rest, ' ')
		if i < 0 {
			break
		}
		// "Madrid's assassination" after "Ernesto Carlos Madrid", "Rodriguez
		// Gacha" after "Jose Gonzalo Rodriguez Gacha": the one man, by his
		// surname or both his surnames
		rest = rest[i+1:]
		seen[rest] = true
	}
	f.evidence("victims["+itoa(len(f.rec.Victims))+"]", b0, b1)
	f.rec.Victims = append(f.rec.Victims, record.Victim{Name: name, Effect: effect})
}

// identifyingSentences are the sentences where the incident's victims may
// be identified: its own, and the two after each that tell of no other
// incident ("Gunmen killed five farmers on Sunday. The victims were
// identified as ..."): a report names the dead after it has told the
// deed.
func (f *filler) identifyingSentences() []int32 {
	var out []int32
	for _, m := range f.current() {
		for si := m.sent; si <= m.sent+2 && int(si) < len(f.a.sents); si++ {
			if !slices.Contains(out, si) && (f.isMention(si) || !f.otherIncident(si)) {
				out = append(out, si)
			}
		}
	}
	return out
}

// identifiedEffect returns what befell the people "identified as" at token
// j of sentence si names: the effect of the casualty word nearest it
// ("the slain child was identified as", "an agronomist, identified as X,
// was killed", "the wounded person was identified as"), or, when the
// sentence has none, the incident's own harm if a victim noun is what is
// identified ("the victims were identified as": killed when it counts
// dead, injured when only hurt). "" when neither tells, or when a doer
// is what is identified.
func (f *filler) identifiedEffect(si, j int32) string {
	a := f.a
	if f.doerIdentified(si, j) {
		return ""
	}
	effect, dist := "", int32(-1)
	for _, t := range a.sentTerms(si) {
		e := casualtyEffects[t.p.Cat]
		if e == "" {
			continue
		}
		d := j - t.t1
		if t.t0 > j {
			d = t.t0 - j
		}
		if dist < 0 || d < dist {
			effect, dist = e, d
		}
	}
	if effect != "" {
		return effect
	}
	if a.setIn(identifiedVictims, int32(a.sents[si].First), j) {
		switch {
		case f.rec.Killed.Harmed():
			return "killed"
		case f.rec.Injured.Harmed():
			return "injured"
		}
	}
	return ""
}

// doerIdentified reports whether a doer noun heads a phrase before the
// "identified" at token j of sentence si: "the gunman, who was shot dead
// by police, was identified as" names the doer (suspectsIn), not a victim.
// A doer noun before another noun only qualifies it: "as a result of the
// rebel attack, an agronomist, identified as".
func (f *filler) doerIdentified(si, j int32) bool {
	a := f.a
	for k := int32(a.sents[si].First); k < j; k++ {
		t1 := k + 1
		if pt, ok := a.termAt(k, lexicon.Party); ok && pt.p.Value == record.Perpetrators {
			t1 = pt.t1
		} else if !identifiedRoles[a.lowerWord(k)] {
			continue
		}
		if w := a.lowerWord(t1); a.toks[t1].Kind != text.Word || auxiliaries[w] || w == "who" {
			return true
		}
	}
	return false
}

// identifiedVictims are the nouns for the harmed that a report identifies
// by name ("the victims were identified as"; lexicon/words.txt).
var identifiedVictims = lexicon.Words().Set("identified-victim")

// leftOutAttackers returns how many attackers a sentence of the incident
// says its toll leaves out, with the tokens that tell them: "The
// ministry's figure did not include the two bombers", "the toll excludes
// the gunman". A toll is a figure of the people the attackers killed, and
// the attackers who died are not among them, so a figure said to leave
// them out is short of the total by them (news-dev README: attackers
// count in the total). The sentence names a toll as a figure
// ([toll-figure-noun]) before a negated verb of holding ([include-verb])
// or a verb of leaving out ([exclude-verb]); after it come the attackers
// pointed back at ("the"), with their number, or one attacker in the
// singular; it stands in a paragraph of the incident.
func (f *filler) leftOutAttackers() (int, int32, int32, bool) {
	paras := map[int]bool{}
	for _, m := range f.current() {
		paras[m.para] = true
	}
	a := f.a
	for si := range a.sents {
		s := a.sents[si]
		if !paras[s.Para] {
			continue
		}
		noun := false
		for j := int32(s.First); j < int32(s.Last); j++ {
			w := a.lowerWord(j)
			if tollFigureNouns[w] {
				noun = true
				continue
			}
			left := excludeVerbs[w] || includeVerbs[w] && (negations[a.lowerWord(j-1)] || a.lowerWord(j-1) == "n't" || a.lowerWord(j-2) == "not" && a.lowerWord(j-1) == "yet")
			if !noun || !left {
				continue
			}
			k := j + 1
			if a.lowerWord(k) != "the" {
				break
			}
			k++
			n, told := 1, false
			if x, ok := a.numberAt(k); ok && a.nums[x].Qual == text.Exact && a.nums[x].Kind == text.Cardinal {
				n, told = a.nums[x].Value, true
				k = a.tokenAt(a.nums[x].End-1) + 1
			}
			// up to two words of modifier before the attackers' noun
			// ("the two suicide bombers")
			for end := k + 3; k < end && k < int32(s.Last); k++ {
				pt, ok := a.termAt(k, lexicon.Party)
				if !ok || pt.p.Value != record.Perpetrators || !deedAgents[a.lowerWord(pt.t1-1)] {
					continue
				}
				if w := a.lowerWord(pt.t1 - 1); !told && pluralHead(w) {
					break // "the attackers": how many is not told here
				}
				return n, j, pt.t1, true
			}
			break
		}
	}
	return 0, 0, 0, false
}

// pluralHead reports whether a noun is plural, also as a compound of a
// plural of [plural-noun] ("gunmen", "militiamen").
func pluralHead(w string) bool {
	if plural(w) {
		return true
	}
	for p := range pluralNouns {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

// tollFigureNouns, includeVerbs, excludeVerbs: see [toll-figure-noun],
// [include-verb] and [exclude-verb] in lexicon/words.txt.
var (
	tollFigureNouns = lexicon.Words().Set("toll-figure-noun")
	includeVerbs    = lexicon.Words().Set("include-verb")
	excludeVerbs    = lexicon.Words().Set("exclude-verb")
)

// wholeToll reports whether statement st gives the toll of all the dead
// by the definite toll noun ("put the toll at 115", "the death toll stood
// at 40"): no word between "the" and the noun narrows it to a party or a
// side ("the Afghan toll", "the police toll"), so it counts everyone the
// incident killed. A toll guessed ([estimate-verb]: "A source estimated
// the death toll at 15 soldiers") is one teller's guess, not a count.
// The harmed a teller puts at a figure ("later put the dead at 10", "put
// the number of wounded at 50": tollPut) are as whole a count, unless the
// figure is rounded ("Kachin media put the number of injured at about
// 100"): a round figure is another teller's guess, as an estimate is.
func (a *article) wholeToll(st *statement) bool {
	if a.tollPut(st.verb) {
		return len(st.parts) == 1 && (st.parts[0].qual == text.Exact || st.parts[0].qual == text.AtLeast || st.parts[0].qual == text.MoreThan)
	}
	return a.spanIn(tollWords, st.verb.t0, st.verb.t1) && a.lowerWord(st.verb.t0-1) == "the" && len(st.parts) == 1 && !estimateVerbs[a.lowerWord(st.verb.t0-2)]
}

// estimateVerbs guess a figure (lexicon/words.txt).
var estimateVerbs = lexicon.Words().Set("estimate-verb")
