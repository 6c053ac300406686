package extract

import (
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
)

// negativeFrames are the frames that make an article about something other
// than a new attack when both its headline and its lead use them.
var negativeFrames = lexicon.Words().Set("negative-frame") // lexicon/words.txt

// noAgent are the trigger and weapon phrases that say something blew up
// without anyone doing it ("explosion", "blast").
var noAgent = lexicon.Words().Set("no-agent") // lexicon/words.txt

// negativeFrame reports whether the article is about something other than
// a new attack: both its headline and its lead speak of a trial, an
// anniversary, a peace deal, a release, a foiled plot, a reopening, the
// economy, an election or an accident; or its opening tells of a blast
// called an accident with no word of an attack; or its opening tells of
// deaths, injuries or an explosion and of no one who caused them: no word
// of an attack, a weapon, a perpetrator or an armed group. Political
// violence has a doer; a ferry that struck a pier, a mine explosion or a
// storm that killed two have none, and the model scores them high for
// their casualty words.
func (a *article) negativeFrame(ms []*mention) bool {
	var titleF, leadF, accident int
	attack := false
	harm, doer := false, false
	for si, s := range a.sents {
		b0, _ := a.span(int32(s.First), int32(s.Last))
		title := b0 < a.bodyStart
		if !title && s.Para > a.lead+2 {
			break
		}
		for _, t := range a.sentTerms(int32(si)) {
			switch t.p.Cat {
			case lexicon.Kill, lexicon.Injure:
				harm = true
			case lexicon.Trigger, lexicon.Weapon:
				if noAgent[t.p.Text] {
					harm = true
				} else {
					doer = true
				}
			case lexicon.Kidnap:
				doer = true
			case lexicon.Party:
				doer = doer || t.p.Value == record.Perpetrators
			}
			switch {
			case t.p.Cat == lexicon.Frame && negativeFrames[t.p.Value]:
				if title {
					titleF++
				} else if s.Para == a.lead {
					leadF++
				}
				if t.p.Value == "accident" {
					accident++
				}
			case t.p.Cat == lexicon.Trigger && t.p.Value != "bombing" && t.p.Value != "remote_violence":
				attack = true
			case t.p.Cat == lexicon.Party && t.p.Value == record.Perpetrators:
				attack = true
			}
		}
	}
	if titleF > 0 && leadF > 0 {
		return true
	}
	if harm && !doer && len(a.groups) == 0 && !a.openingAgent() {
		return true
	}
	return accident > 0 && !attack && len(a.groups) == 0
}

// openingAgent reports whether the headline or the first paragraphs name
// an armed agent (troops, warplanes, gunmen: agentAt), whether as the one
// who strikes or as the side that lost men: either way the deaths are of
// an armed conflict ("troops killed 1,269 Libyan soldiers").
func (a *article) openingAgent() bool {
	for _, s := range a.sents {
		b0, _ := a.span(int32(s.First), int32(s.Last))
		if b0 >= a.bodyStart && s.Para > a.lead+2 {
			break
		}
		for j := int32(s.First); j < int32(s.Last); j++ {
			if _, ok := a.agentAt(j); ok {
				return true
			}
		}
	}
	return false
}
