package extract

import (
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// mention is a sentence that reports violence, with what it says about it.
type mention struct {
	sent       int32
	para       int
	triggers   []term // event triggers, generic ones ("attack") included
	stmts      []statement
	places     []int // event places: indexes in a.places
	dates      []int // dates of the event: indexes in a.dates
	said       []int // dates of the reporting ("officials said on Friday")
	groups     []int // indexes in a.groups
	specific   bool  // a trigger that says what happened, or a casualty figure
	background bool  // an earlier event or context, told in passing
	hedged     bool  // a threat, a plan, a possibility
	title      bool
}

// negativeFrames are the frames that make an article about something other
// than a new attack when both its headline and its lead use them.
var negativeFrames = map[string]bool{"trial": true, "anniversary": true, "peace": true,
	"release": true, "foiled": true, "reopen": true, "economy": true, "election": true,
	"accident": true}

// reportVerbs date the reporting, not the event: "officials said on Friday".
var reportVerbs = map[string]bool{"said": true, "says": true, "told": true, "announced": true,
	"reported": true, "added": true, "stated": true, "statement": true, "confirmed": true,
	"report": true, "reports": true, "tweeted": true, "wrote": true, "posted": true,
	"saying": true, "quoted": true, "disclosed": true, "revealed": true}

// mentions returns the sentences that report violence, in text order.
func (a *analysis) mentions() []*mention {
	var out []*mention
	gi, pi, di := 0, 0, 0
	for si := range a.sents {
		s := a.sents[si]
		b0, b1 := a.span(int32(s.First), int32(s.Last))
		terms := a.sentTerms(int32(si))
		m := &mention{sent: int32(si), para: s.Para, title: b0 < a.bodyStart}
		for _, t := range terms {
			switch t.p.Cat {
			case lexicon.Trigger:
				m.triggers = append(m.triggers, t)
				if t.p.Value != "generic" {
					m.specific = true
				}
			case lexicon.Frame:
				if t.p.Value == "hedge" {
					m.hedged = true
				}
			}
		}
		m.stmts = a.statements(int32(si), terms)
		if len(m.stmts) > 0 {
			m.specific = true
		}
		for ; gi < len(a.groups) && a.groups[gi].Start < b0; gi++ {
		}
		for k := gi; k < len(a.groups) && a.groups[k].Start < b1; k++ {
			m.groups = append(m.groups, k)
		}
		for ; pi < len(a.places) && a.places[pi].t0 < int32(s.First); pi++ {
		}
		for k := pi; k < len(a.places) && a.places[k].t0 < int32(s.Last); k++ {
			if a.eventPlace(k) {
				m.places = append(m.places, k)
			}
		}
		for ; di < len(a.dates) && a.dates[di].Start < b0; di++ {
		}
		for k := di; k < len(a.dates) && a.dates[k].Start < b1; k++ {
			if a.reportingDate(k) {
				m.said = append(m.said, k)
			} else {
				m.dates = append(m.dates, k)
			}
		}
		if len(m.triggers) == 0 && len(m.stmts) == 0 {
			continue
		}
		out = append(out, m)
	}
	return out
}

// eventPlace reports whether place mention k can be where an event
// happened: not a demonym, not a distance reference ("30 miles north of
// Baghdad"), not where a statement was made ("told AFP in Colombo").
func (a *analysis) eventPlace(k int) bool {
	m := &a.places[k]
	if m.demonym {
		return false
	}
	if m.prep == "of" && m.t0 >= 2 {
		switch a.lowerWord(m.t0 - 2) {
		// "south of Manila", "30 miles north of Baghdad": a reference point
		case "north", "south", "east", "west", "northeast", "northwest", "southeast",
			"southwest", "km", "miles", "kilometres", "kilometers":
			return false
		}
	}
	if m.prep == "from" {
		for j := m.t0 - 2; j >= 0 && j >= m.t0-4; j-- {
			switch a.lowerWord(j) {
			case "km", "miles", "kilometres", "kilometers", "far", "away":
				return false
			}
		}
	}
	for j := m.t0 - 1; j >= 0 && j >= m.t0-5 && a.sentOf[j] == a.sentOf[m.t0]; j-- {
		if w := a.lowerWord(j); w == "told" || w == "telephone" || w == "phone" {
			return false
		}
	}
	return true
}

// reportingDate reports whether date k dates a statement rather than the
// event: a reporting verb within three words before it ("said on Friday",
// "told Reuters on Thursday") or right after it ("on Monday said").
func (a *analysis) reportingDate(k int) bool {
	t := a.tokenAt(a.dates[k].Start)
	for j := t - 1; j >= 0 && j >= t-4 && a.sentOf[j] == a.sentOf[t]; j-- {
		if reportVerbs[a.lowerWord(j)] {
			return true
		}
		if a.toks[j].Kind == text.Punct {
			break
		}
	}
	e := a.tokenAt(a.dates[k].End - 1)
	if w := a.lowerWord(e + 1); reportVerbs[w] {
		return true
	}
	return false
}

// negativeFrame reports whether the article is about something other than
// a new attack: both its headline and its lead speak of a trial, an
// anniversary, a peace deal, a release, a foiled plot, a reopening, the
// economy, an election or an accident; or its opening tells of a blast
// called an accident with no word of an attack.
func (a *analysis) negativeFrame(ms []*mention) bool {
	var titleF, leadF, accident int
	attack := false
	leadPara := -1
	for si, s := range a.sents {
		b0, _ := a.span(int32(s.First), int32(s.Last))
		title := b0 < a.bodyStart
		if !title && leadPara < 0 {
			leadPara = s.Para
		}
		if !title && s.Para > leadPara+2 {
			break
		}
		for _, t := range a.sentTerms(int32(si)) {
			switch {
			case t.p.Cat == lexicon.Frame && negativeFrames[t.p.Value]:
				if title {
					titleF++
				} else if s.Para == leadPara {
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
	return accident > 0 && !attack && len(a.groups) == 0
}
