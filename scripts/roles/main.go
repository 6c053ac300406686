// Command roles rebuilds the role tagger's model, internal/roles/model.bin.gz,
// from the MUC-4 training split in ../shared/bench/muc4 (see
// internal/roles/README.md):
//
//	go run ./scripts/roles                 # train, tune, write the model
//	go run ./scripts/roles -heldout-only   # report the held-out scores only
//	go run ./scripts/roles -ranker -cache DIR   # the entity ranker and its sentence model (ranker.txt.gz)
//	go run ./scripts/roles -sentences-only # the sentence model's AUC per fold
//
// The recipe: label every occurrence of the answer keys' strings in
// train.json; train on four fifths of the documents (all but every fifth);
// on the held-out fifth, choose each role's bias (precision against recall)
// for the best GRIT F1; then train on all 1,300 documents with the same
// settings and keep the chosen biases. dev.json is never read. The output
// is deterministic: the same data and flags give the same bytes.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/roles"
)

func main() {
	data := flag.String("data", "../shared/bench/muc4", "directory of train.json")
	out := flag.String("out", "internal/roles/model.bin.gz", "model file to write")
	minCount := flag.Int("min-count", 1, "drop features seen fewer times (1 keeps all)")
	epochs := flag.Int("epochs", 15, "training passes")
	seed := flag.Uint64("seed", 1, "order of the training documents")
	heldoutOnly := flag.Bool("heldout-only", false, "report the held-out scores, write nothing")
	labels := flag.String("labels", "all", "label all occurrences of the key's strings, or the first (GRIT's offsets)")
	prune := flag.Int("prune", 0, "drop weights below this many sixteenths")
	verbose := flag.Bool("v", false, "print every bias tried")
	ranker := flag.Bool("ranker", false, "train the entity ranker (internal/roles/ranker.txt.gz) instead of the tagger")
	rankerOut := flag.String("ranker-out", "internal/roles/ranker.txt.gz", "ranker file to write (empty: cross-validation only)")
	cache := flag.String("cache", "", "directory keeping the fold taggers between -ranker runs")
	onlyFold := flag.Int("fold", -1, "with -cache: train this fold's tagger into the cache and stop (to train folds side by side)")
	rankEpochs := flag.Int("rank-epochs", 10, "ranker training passes")
	rankRate := flag.Float64("rank-rate", 0.05, "ranker SGD step")
	rankL2 := flag.Float64("rank-l2", 1e-5, "ranker weight decay")
	sentOnly := flag.Bool("sentences-only", false, "cross-validate the sentence model (AUC per fold), write nothing")
	noSent := flag.Bool("no-sentences", false, "train the ranker without the sentence model's features")
	rankAvg := flag.Int("rank-avg", 3, "ranker models, each with its own order of the examples (seeds seed, seed+1, ...), whose weights the ranker and its relevance model average")
	rankSweep := flag.String("rank-sweep", "", "also cross-validate these ranker settings, EPOCHS:RATE:L2[:AVG[:SEED]] separated by commas")
	flag.Parse()
	log.SetFlags(0)

	lines, examples, err := readTrain(filepath.Join(*data, "train.json"), *labels == "first")
	if err != nil {
		log.Fatal(err)
	}
	cfg := roles.TrainConfig{Epochs: *epochs, Seed: *seed, MinCount: *minCount}
	if *onlyFold >= 0 && *cache != "" {
		foldModel(examples, *onlyFold, cfg, *cache)
		return
	}
	if *sentOnly {
		rcfg := roles.RankConfig{Epochs: *rankEpochs, Seed: *seed, Rate: *rankRate, L2: *rankL2}
		for f := range rankFolds {
			fit, held := split(examples, f)
			fmt.Printf("fold %d: sentence model AUC %.4f\n", f, roles.SentenceAUC(roles.TrainSentences(fit, rcfg), held))
		}
		return
	}
	if *ranker {
		trainRanker(lines, examples, cfg, *cache, *rankerOut,
			roles.RankConfig{Epochs: *rankEpochs, Seed: *seed, Rate: *rankRate, L2: *rankL2, Avg: *rankAvg}, parseSweep(*rankSweep, *seed), *noSent)
		return
	}

	var fit []roles.Example
	var held []roles.Example
	var heldLines [][]byte
	for i, ex := range examples {
		if i%5 == 4 {
			held = append(held, ex)
			heldLines = append(heldLines, lines[i])
		} else {
			fit = append(fit, ex)
		}
	}
	gold, err := eval.ReadMUC4Gold(bytes.NewReader(bytes.Join(heldLines, []byte("\n"))), "train.json (held-out fifth)")
	if err != nil {
		log.Fatal(err)
	}
	m, err := roles.Train(fit, cfg)
	if err != nil {
		log.Fatal(err)
	}
	m = m.Pruned(int32(*prune))
	prep := make([]roles.Prepared, len(held))
	for i, ex := range held {
		prep[i] = roles.Prepare(ex.Text)
	}
	score := func(m *roles.Model) eval.GRITScore {
		pred := map[string]eval.Extracts{}
		for i, d := range gold {
			pred[d.ID] = eval.TaggerExtracts(roles.Entities(held[i].Text, m.TagPrepared(prep[i])))
		}
		return eval.ScoreGRIT(gold, pred)
	}
	fmt.Println("held-out fifth of train, no bias:")
	score(m).WriteTable(os.Stdout)

	// each role's bias, one role at a time, twice round
	var bias [roles.NumRoles]int32
	for range 2 { // coordinate ascent: a role's best bias moves with the others'
		for r := range roles.NumRoles {
			best, bestF := bias[r], -1.0
			for b := int32(-1600); b <= 1600; b += 200 {
				bias[r] = b
				f := score(m.WithBias(bias)).Roles[r].F1()
				if *verbose {
					fmt.Printf("%s bias %d: F1 %.2f\n", r, b, 100*f)
				}
				if f > bestF+1e-9 {
					best, bestF = b, f
				}
			}
			bias[r] = best
		}
	}
	fmt.Printf("held-out fifth of train, bias %v:\n", bias)
	score(m.WithBias(bias)).WriteTable(os.Stdout)
	// the rules, the tagger and both, per role, on the same documents:
	// which sources eval muc4 should take each role from
	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	tuned := m.WithBias(bias)
	rulesEx := map[string]eval.Extracts{}
	taggerEx := map[string]eval.Extracts{}
	for i, d := range gold {
		res, err := x.Extract(context.Background(), &doc.Document{ID: d.ID, Text: d.Text})
		if err != nil {
			log.Fatal(err)
		}
		rulesEx[d.ID] = eval.RecordExtracts(res.Incidents)
		taggerEx[d.ID] = eval.TaggerExtracts(roles.Entities(d.Text, tuned.TagPrepared(prep[i])))
	}
	for _, src := range []eval.Source{eval.FromRules, eval.FromTagger, eval.FromBoth} {
		pick := [5]eval.Source{src, src, src, src, src}
		comb := map[string]eval.Extracts{}
		for id := range rulesEx {
			comb[id] = eval.Combine(rulesEx[id], taggerEx[id], eval.Extracts{}, pick)
		}
		fmt.Printf("held-out fifth, every role from %s:\n", src)
		eval.ScoreGRIT(gold, comb).WriteTable(os.Stdout)
	}
	if *heldoutOnly {
		return
	}

	all, err := roles.Train(examples, cfg)
	if err != nil {
		log.Fatal(err)
	}
	all = all.Pruned(int32(*prune)).WithBias(bias)
	var buf bytes.Buffer
	if err := all.Encode(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %s: %d bytes\n", *out, buf.Len())
}

// readTrain reads GRIT's train.json: each line and its example, labelled
// with every string of every entity of the answer key.
func readTrain(name string, firstOnly bool) ([][]byte, []roles.Example, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var lines [][]byte
	var examples []roles.Example
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := bytes.Clone(sc.Bytes())
		var d struct {
			Text     string                           `json:"doctext"`
			Extracts map[string][][][]json.RawMessage `json:"extracts"`
		}
		if err := json.Unmarshal(line, &d); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		var fillers [roles.NumRoles][]string
		var first []roles.Span
		for r := range roles.NumRoles {
			for _, ent := range d.Extracts[r.String()] {
				for _, m := range ent {
					var s string
					var off int
					if len(m) != 2 || json.Unmarshal(m[0], &s) != nil || json.Unmarshal(m[1], &off) != nil {
						return nil, nil, fmt.Errorf("%s:%d: %s: a mention is not [string, offset]", name, n, r)
					}
					fillers[r] = append(fillers[r], s)
					if off >= 0 && off+len(s) <= len(d.Text) && d.Text[off:off+len(s)] == s {
						first = append(first, roles.Span{Role: r, Start: off, End: off + len(s)})
					}
				}
			}
		}
		lines = append(lines, line)
		spans := roles.Label(d.Text, fillers)
		if firstOnly {
			slices.SortFunc(first, func(a, b roles.Span) int { return cmp.Compare(a.Start, b.Start) })
			spans = first
		}
		examples = append(examples, roles.Example{Text: d.Text, Spans: spans})
	}
	return lines, examples, sc.Err()
}

// parseSweep reads -rank-sweep: EPOCHS:RATE:L2[:AVG[:SEED]] settings
// separated by commas (AVG 1 and SEED seed when left out), so that the
// spread over seeds can be cross-validated in one run.
func parseSweep(s string, seed uint64) []roles.RankConfig {
	var out []roles.RankConfig
	for _, f := range strings.Split(s, ",") {
		if f == "" {
			continue
		}
		c := roles.RankConfig{Seed: seed, Avg: 1}
		p := strings.Split(f, ":")
		if len(p) < 3 || len(p) > 5 {
			log.Fatalf("-rank-sweep %q: want EPOCHS:RATE:L2[:AVG[:SEED]]", f)
		}
		_, err := fmt.Sscanf(strings.Join(p[:3], " "), "%d %g %g", &c.Epochs, &c.Rate, &c.L2)
		if err == nil && len(p) > 3 {
			c.Avg, err = strconv.Atoi(p[3])
		}
		if err == nil && len(p) > 4 {
			c.Seed, err = strconv.ParseUint(p[4], 10, 64)
		}
		if err != nil {
			log.Fatalf("-rank-sweep %q: %v", f, err)
		}
		out = append(out, c)
	}
	return out
}
