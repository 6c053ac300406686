package extract

import (
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
)

// negativeFrames are the frames that make an article about something other
// than a new attack when both its headline and its lead use them.
var negativeFrames = lexicon.Words().Set("negative-frame") // lexicon/words.txt

// negativeFrame reports whether the article is about something other than
// a new attack: both its headline and its lead speak of a trial, an
// anniversary, a peace deal, a release, a foiled plot, a reopening, the
// economy, an election or an accident; or its opening tells of a blast
// called an accident with no word of an attack.
func (a *article) negativeFrame(ms []*mention) bool {
	var titleF, leadF, accident int
	attack := false
	for si, s := range a.sents {
		b0, _ := a.span(int32(s.First), int32(s.Last))
		title := b0 < a.bodyStart
		if !title && s.Para > a.lead+2 {
			break
		}
		for _, t := range a.sentTerms(int32(si)) {
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
	return accident > 0 && !attack && len(a.groups) == 0
}
