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
//
// Each stage takes what the stages before it made and returns its own
// result; no stage reads what a later one sets. The stages, in the order
// Extract runs them, with the files that hold their rules:
//
//	read           → *article           read.go, read_places.go, read_names.go
//	                                    (groups a text names itself)
//	resolvePlaces  → the article's places resolve.go
//	mentions       → []*mention         mentions.go, mentions_casualty.go,
//	                                    mentions_roles.go (attacks told by their roles),
//	                                    mentions_arms.go, mentions_clauses.go,
//	                                    mentions_generic.go, mentions_told.go
//	                                    (attacks told as nouns), retold.go
//	negativeFrame  → bool               frames.go
//	markBackground → news               background.go
//	segment        → story              segment.go, segment_sites.go
//	fill           → []record.Incident  fill.go (records, evidence), fill_slots.go
//	                                    (type, date, targets, weapons), fill_place.go,
//	                                    fill_perpetrators.go, fill_voices.go (who
//	                                    tells and what that makes of an actor),
//	                                    fill_accused.go, fill_outlets.go,
//	                                    fill_states.go, fill_war.go, fill_counts.go
//
// gates.go names the document-level gates (the relevance model, the
// negative frames, Sanitize) and mentionreport.go reports the mentions'
// fate for the diagnosis scripts.
package extract

import (
	"context"
	"fmt"
	"sync"

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
	open   Gate // the gates Extract leaves open (Open): none but when measuring them
}

// New loads the embedded reference data, each part on its own goroutine:
// loading is the serial start of every run (a few tenths of a second of
// CPU, most of it the gazetteer), and one part after another left the
// second core idle for all of it.
func New() (*Extractor, error) {
	var x Extractor
	var gazErr, lexErr, actorErr, relErr error
	var wg sync.WaitGroup
	wg.Go(func() { x.gaz, gazErr = gazetteer.Load() })
	wg.Go(func() { x.lex, lexErr = lexicon.Load() })
	wg.Go(func() { x.actors, actorErr = actor.Load() })
	wg.Go(func() { x.rel, relErr = relevance.Load() })
	wg.Wait()
	switch {
	case gazErr != nil:
		return nil, fmt.Errorf("gazetteer: %w", gazErr)
	case lexErr != nil:
		return nil, fmt.Errorf("lexicon: %w", lexErr)
	case actorErr != nil:
		return nil, fmt.Errorf("actor lexicon: %w", actorErr)
	case relErr != nil:
		return nil, fmt.Errorf("relevance model: %w", relErr)
	}
	return &x, nil
}

// Extract returns the incidents d reports, each value backed by evidence.
// It checks ctx between stages and while filling, so that a long document
// can be given up: it then returns ctx's error and no incidents.
func (x *Extractor) Extract(ctx context.Context, d *doc.Document) (record.Result, error) {
	res := record.Result{
		Doc: record.Doc{ID: d.ID, Date: d.Date, Title: d.Title, Path: d.Path, URL: d.URL,
			Source: d.Source, Lang: d.Lang},
		Incidents: []record.Incident{},
		Warnings:  d.Warnings,
	}
	if len(d.Text) > longDocument {
		res.Warnings = append(res.Warnings, fmt.Sprintf("document of %d MB read as one article: if it joins several, split it for better incidents", len(d.Text)>>20))
	}
	if _, err := text.ParseDay(d.Date); len(d.Date) > 0 && err != nil {
		res.Warnings = append(res.Warnings, "publication date "+d.Date+" is not a valid date: relative dates left unresolved")
	}
	// Most news is not about violence: the relevance model sets it aside
	// before the text stages, which cost a hundred times more.
	p := x.rel.Score(d.Title, d.Text)
	if p < relevance.GreyFloor && x.closed(GateRelevance) {
		return res, nil
	}
	// each stage takes what the ones before it made and hands on its own
	a := x.read(d)    // *article: tokens, sentences, lexicon terms, numbers, dates, groups, places
	defer a.free()    // its slices serve the next document
	a.resolvePlaces() // the article's places, each with its gazetteer entry chosen by the story's countries
	if err := ctx.Err(); err != nil {
		return res, err
	}
	ms, err := a.mentions(ctx) // []*mention: sentences that report violence, with their slots
	if err != nil {
		return res, err
	}
	if x.closed(GateFrame) && a.negativeFrame(ms) { // a trial, an anniversary, an accident: no new attack
		if ms = a.afterSubhead(ms); len(ms) == 0 {
			return res, nil
		}
	}
	n := a.markBackground(ms)    // news: the mentions of the article's own events, and its main date
	st := a.segment(n)           // story: one incident per place, day and site
	recs, err := a.fill(ctx, st) // []record.Incident: type, date, place, actors, targets, weapons, counts + evidence
	if err != nil {
		return res, err
	}
	stated := p < x.rel.Threshold && x.closed(GateRelevance)
	if stated { // the model is unsure: only an attack the opening states with its doer
		recs = a.statedWithDoer(recs)
	}
	if len(recs) > 0 {
		res.Incidents = recs
	}
	res.Incidents = x.rel.Filter(p, stated, d, res.Incidents, x.skip()) // the model's judgement in confidence; sanity
	return res, nil
}
