// Package extract finds violent incidents in a dated news article and fills
// the record with evidence for every value.
//
// It is a rule-based reader, in the tradition of the MUC-era systems that
// still hold their own on this task: it reads the text once into tokens and
// sentences, tags them against reference data (lexicon, armed groups,
// gazetteer, numbers, dates), finds the sentences that report violence,
// decides which of them report today's events rather than background,
// groups them into incidents by place and day, and fills each incident's
// slots from its sentences, keeping the span behind every value.
package extract

import (
	"fmt"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/relevance"
	"github.com/sitrep/sitrep/internal/text"
)

// longDocument is the size past which a "document" is more likely many
// articles run together than one (news articles are a few kilobytes).
const longDocument = 5 << 20

// Extractor holds the reference data (gazetteer, lexicons) loaded once. It
// is safe for concurrent use.
type Extractor struct {
	gaz    *gazetteer.Gazetteer
	lex    *lexicon.Lexicon
	actors *actor.Lexicon
	rel    *relevance.Model
}

// New loads the embedded reference data.
func New() (*Extractor, error) {
	gaz, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	lex, err := lexicon.Load()
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	actors, err := actor.Load()
	if err != nil {
		return nil, fmt.Errorf("actor lexicon: %w", err)
	}
	rel, err := relevance.Load()
	if err != nil {
		return nil, fmt.Errorf("relevance model: %w", err)
	}
	return &Extractor{gaz: gaz, lex: lex, actors: actors, rel: rel}, nil
}

// Extract returns the incidents d reports, each value backed by evidence.
func (x *Extractor) Extract(d *doc.Document) record.Result {
	res := record.Result{
		Doc: record.Doc{ID: d.ID, Date: d.Date, Title: d.Title, Path: d.Path, URL: d.URL,
			Source: d.Source, Lang: d.Lang},
		Incidents: []record.Incident{},
		Warnings:  d.Warnings,
	}
	a := x.read(d)           // tokens, sentences, lexicon terms, numbers, dates, groups, places
	a.resolvePlaces()        // choose among gazetteer candidates with the story's countries
	ms := a.mentions()       // sentences that report violence, with their slots
	if a.negativeFrame(ms) { // a trial, an anniversary, an accident: no new attack
		return res
	}
	a.markBackground(ms)   // old events and context, told in passing
	a.incs = a.segment(ms) // one incident per place and day
	for _, in := range a.incs {
		if r, ok := a.fill(in); ok { // type, date, place, actors, targets, weapons, counts + evidence
			res.Incidents = append(res.Incidents, r)
		}
	}
	res.Incidents = x.rel.Filter(d, res.Incidents) // no incidents unless the article reports an event; sanity
	if len(d.Text) > longDocument {
		res.Warnings = append(res.Warnings, fmt.Sprintf("document of %d MB read as one article: if it joins several, split it for better incidents", len(d.Text)>>20))
	}
	if len(d.Date) > 0 && a.pub == (text.Day{}) {
		res.Warnings = append(res.Warnings, "publication date "+d.Date+" is not a valid date: relative dates left unresolved")
	}
	return res
}

// read runs the text stages over the headline and body.
func (x *Extractor) read(d *doc.Document) *analysis {
	a := &analysis{x: x, docID: d.ID}
	a.src = d.Title + "\n\n" + d.Text
	a.bodyStart = len(d.Title) + 2
	a.cs = text.DetectCase(a.src)
	if day, err := text.ParseDay(d.Date); err == nil {
		a.pub = day
	}
	a.tokenize()
	a.nums = text.Numbers(a.nums[:0], a.src)
	a.dates = text.Dates(a.dates[:0], a.src, a.pub)
	a.groups = x.actors.Find(a.groups[:0], a.src, a.cs == text.Lower)
	a.findPlaces()
	a.markDateline()
	return a
}
