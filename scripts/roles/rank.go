package main

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/roles"
)

// rankFolds is the number of folds of train: each document's candidates
// come from a tagger that never saw it, as they will on new text.
const rankFolds = 5

// trainRanker is the -ranker recipe: tag each fold of train with a tagger
// trained on the other folds (at the shipped model's biases); gather each
// document's candidates with the rules' strings; score the ranker by
// cross-validation over the same folds, tuning each role's threshold on
// the pooled held-out scores; then train on every document and write the
// ranker with those thresholds.
func trainRanker(lines [][]byte, examples []roles.Example, cfg roles.TrainConfig, cache, out string, rcfg roles.RankConfig) {
	shipped, err := roles.Load()
	if err != nil {
		log.Fatal(err)
	}
	gold, err := eval.ReadMUC4Gold(bytes.NewReader(bytes.Join(lines, []byte("\n"))), "train.json")
	if err != nil {
		log.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	docs := make([]roles.RankDoc, len(examples))
	labels := make([][][roles.NumRoles]bool, len(examples))
	for f := range rankFolds {
		m := foldModel(examples, f, cfg, cache).WithBias(shipped.Bias())
		for i, ex := range examples {
			if i%rankFolds != f {
				continue
			}
			res, err := x.Extract(context.Background(), &doc.Document{ID: gold[i].ID, Text: ex.Text})
			if err != nil {
				log.Fatal(err)
			}
			docs[i] = roles.PrepareRank(ex.Text, m, eval.RecordExtracts(res.Incidents).Strings())
			labels[i] = labelCandidates(docs[i].Texts(), gold[i])
		}
		log.Printf("fold %d: candidates gathered", f)
	}

	oracle(gold, docs, labels)

	// cross-validation: every document scored by a ranker that never saw it
	oof := make([][]roles.Scored, len(docs))
	var none [roles.NumRoles]float32
	for i := range none {
		none[i] = -1e9
	}
	for f := range rankFolds {
		var fd []roles.RankDoc
		var fl [][][roles.NumRoles]bool
		for i := range docs {
			if i%rankFolds != f {
				fd = append(fd, docs[i])
				fl = append(fl, labels[i])
			}
		}
		rn, err := roles.TrainRanker(fd, fl, rcfg)
		if err != nil {
			log.Fatal(err)
		}
		for i := range docs {
			if i%rankFolds == f {
				oof[i] = rn.FillDoc(docs[i], none)
			}
		}
	}
	thr := tuneThresholds(gold, oof)
	fmt.Printf("train, %d-fold cross-validation, thresholds %v:\n", rankFolds, thr)
	scoreScored(gold, oof, thr).WriteTable(os.Stdout)
	if out == "" {
		return
	}
	rn, err := roles.TrainRanker(docs, labels, rcfg)
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if err := rn.WithThresholds(thr).Encode(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %s: %d bytes\n", out, buf.Len())
}

// foldModel trains the tagger on every document but fold f's, or reads it
// from the cache directory when a run with the same settings wrote it.
func foldModel(examples []roles.Example, f int, cfg roles.TrainConfig, cache string) *roles.Model {
	var path string
	if cache != "" {
		path = filepath.Join(cache, fmt.Sprintf("fold%d-e%d-s%d-m%d.bin.gz", f, cfg.Epochs, cfg.Seed, cfg.MinCount))
		if data, err := os.ReadFile(path); err == nil {
			if m, err := roles.Decode(data); err == nil {
				return m
			}
		}
	}
	var fit []roles.Example
	for i, ex := range examples {
		if i%rankFolds != f {
			fit = append(fit, ex)
		}
	}
	m, err := roles.Train(fit, cfg)
	if err != nil {
		log.Fatal(err)
	}
	if path != "" {
		var buf bytes.Buffer
		if err := m.Encode(&buf); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	log.Printf("fold %d: tagger trained", f)
	return m
}

// labelCandidates says, for each candidate text and role, whether the
// normalized text is one of the strings of a gold entity of the role.
func labelCandidates(texts []string, g eval.MUC4Doc) [][roles.NumRoles]bool {
	gs := g.GoldStrings()
	out := make([][roles.NumRoles]bool, len(texts))
	for k, t := range texts {
		n := eval.NormalizeMention(t)
		for r := range roles.NumRoles {
			out[k][r] = gs[r][n]
		}
	}
	return out
}

// scoreScored scores the fillers above thr with GRIT's metric.
func scoreScored(gold []eval.MUC4Doc, scored [][]roles.Scored, thr [roles.NumRoles]float32) eval.GRITScore {
	pred := map[string]eval.Extracts{}
	for i, d := range gold {
		pred[d.ID] = eval.RankedExtracts(scored[i], thr)
	}
	return eval.ScoreGRIT(gold, pred)
}

// tuneThresholds chooses each role's threshold for the best GRIT F1 of the
// role on the held-out scores (the roles are scored apart, so one pass).
func tuneThresholds(gold []eval.MUC4Doc, scored [][]roles.Scored) [roles.NumRoles]float32 {
	var thr [roles.NumRoles]float32
	for r := range roles.NumRoles {
		best, bestF := float32(0), -1.0
		for t := float32(-4); t <= 4; t += 0.25 {
			thr[r] = t
			if f := scoreScored(gold, scored, thr).Roles[r].F1(); f > bestF+1e-9 {
				best, bestF = t, f
			}
		}
		thr[r] = best
	}
	return thr
}

// oracle prints how many gold entities of each role some candidate names:
// the most the ranker could find.
func oracle(gold []eval.MUC4Doc, docs []roles.RankDoc, labels [][][roles.NumRoles]bool) {
	var found, total [roles.NumRoles]int
	cands := 0
	for i, g := range gold {
		texts := docs[i].Texts()
		cands += len(texts)
		for r, ents := range g.GoldEntities() {
			for _, e := range ents {
				total[r]++
				for k, t := range texts {
					if labels[i][k][r] && slices.Contains(e, eval.NormalizeMention(t)) {
						found[r]++
						break
					}
				}
			}
		}
	}
	fmt.Printf("candidates: %.1f a document; gold entities some candidate names:", float64(cands)/float64(len(gold)))
	for r := range roles.NumRoles {
		fmt.Printf(" %s %d/%d", r, found[r], total[r])
	}
	fmt.Println()
}
