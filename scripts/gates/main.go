// Command gates measures what each document-level gate of the extractor
// (extract.Gate: the relevance model, negativeFrame, Sanitize) costs in
// recall on the sets rules may be tuned on, and what it keeps out. For
// each set it extracts with every gate closed (the shipped extractor),
// with each gate open alone and with all open, and scores each run:
//
//	go run ./scripts/gates                                 # news-dev TUNE, bench/wire, MUC-4 train
//	go run ./scripts/gates -wire a.jsonl,b.jsonl -muc4 ""  # other wire gold files, no MUC-4
//	go run ./scripts/gates -list                           # and each document a gate empties
//
// A gold incident the shipped extractor misses and finds with a gate open
// is one that gate costs (incidents are matched as the news scorer and
// the MUC-4 template scorer match them); a false incident it gains is one
// the gate keeps out. Sanitize removes values, never incidents: its cost
// is in the field accuracies (date, killed), which the table gives too.
// The fresh blind set (bench/reuters) is refused: it is scored only by
// the lead, at the end.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/scripts/internal/scriptio"
)

// runs are the gate settings each set is extracted with: the shipped one
// first.
var runs = []extract.Gate{0, extract.GateRelevance, extract.GateFrame, extract.GateSanity, extract.AllGates}

// set is one labelled set: its documents, which of them are relevant
// (report an incident), and how a run over them is scored.
type set struct {
	name     string
	docs     []*doc.Document
	relevant []bool
	score    func(res []record.Result) row
}

// row is one run's score on a set.
type row struct {
	tp, fp, fn int
	relFound   int // relevant documents with an incident
	negFound   int // not relevant documents with an incident
	date       float64
	killed     string // accuracy, or "-" where the keys give no tolls
}

func main() {
	shared := flag.String("shared", "../shared", "the shared data folder")
	wire := flag.String("wire", "bench/wire/gold.jsonl", "comma-separated wire gold files (news-dev format, Reuters-21578 files)")
	muc4 := flag.String("muc4", "../shared/bench/muc4/templates_train.jsonl", "MUC-4 answer keys (templates_*.jsonl); empty skips")
	list := flag.Bool("list", false, "list each document whose incidents a gate removes, with the incidents")
	flag.Parse()
	log.SetFlags(0)

	fresh := scriptio.GoldFiles("bench/reuters/gold.jsonl")
	sets := []set{newsTune(filepath.Join(*shared, "bench/news-dev"))}
	for _, g := range strings.Split(*wire, ",") {
		if g != "" {
			sets = append(sets, wireSet(g, filepath.Join(*shared, "corpus/reuters21578"), fresh))
		}
	}
	if *muc4 != "" {
		sets = append(sets, mucSet(*muc4))
	}
	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%-22s %-22s %5s %5s %5s %9s %9s %6s %6s\n", "set", "gates open", "gold", "found", "false", "rel docs", "neg docs", "date", "killed")
	for _, s := range sets {
		var shipped []record.Result
		for _, g := range runs {
			res := extractAll(x.Open(g), s.docs)
			r := s.score(res)
			nrel := 0
			for _, rel := range s.relevant {
				if rel {
					nrel++
				}
			}
			fmt.Printf("%-22s %-22s %5d %5d %5d %4d/%-4d %4d/%-4d %6.3f %6s\n", s.name, g, r.tp+r.fn, r.tp, r.fp,
				r.relFound, nrel, r.negFound, len(s.docs)-nrel, r.date, r.killed)
			if g == 0 {
				shipped = res
			} else if *list && g != extract.GateSanity {
				listGained(s, g, shipped, res)
			}
		}
	}
}

// listGained prints each document that has more incidents with gate g
// open than with every gate closed, with the incidents.
func listGained(s set, g extract.Gate, shipped, open []record.Result) {
	for i := range s.docs {
		if len(open[i].Incidents) <= len(shipped[i].Incidents) {
			continue
		}
		fmt.Printf("  %s opens %s (relevant %v, %d incidents before): %q\n", g, s.docs[i].ID, s.relevant[i], len(shipped[i].Incidents), s.docs[i].Title)
		for _, in := range open[i].Incidents {
			place := ""
			if in.Location != nil {
				place = in.Location.Place + "/" + in.Location.Country
			}
			fmt.Printf("      %s %s %s\n", in.Type, in.Date, place)
		}
	}
}

// extractAll extracts docs on every core, results in order.
func extractAll(x *extract.Extractor, docs []*doc.Document) []record.Result {
	out := make([]record.Result, len(docs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(docs); i = int(next.Add(1)) - 1 {
				var err error
				if out[i], err = x.Extract(context.Background(), docs[i]); err != nil {
					log.Fatalf("%s: %v", docs[i].ID, err)
				}
			}
		})
	}
	wg.Wait()
	return out
}

// newsTune is news-dev's TUNE half: articles 001-062 and the
// even-numbered of 063-095 (scripts/news-split.sh).
func newsTune(dir string) set {
	return newsSet("news-dev TUNE", filepath.Join(dir, "gold.jsonl"), func(file string) (string, bool) {
		return filepath.Join(dir, file), scriptio.NewsDevTune(file)
	})
}

// wireSet is a gold file of Reuters-21578 stories in corpus. It refuses
// a story of the fresh blind set.
func wireSet(gold, corpus string, fresh map[string]bool) set {
	return newsSet(filepath.Base(gold), gold, func(file string) (string, bool) {
		if fresh[file] {
			log.Fatalf("%s names %s, a story of the fresh blind set (bench/reuters): not scored here", gold, file)
		}
		return filepath.Join(corpus, file), true
	})
}

// newsSet reads the lines of a news gold file whose file path takes,
// and the articles they name.
func newsSet(name, gold string, path func(file string) (string, bool)) set {
	var lines [][]byte
	var paths []string
	s := set{name: name}
	scriptio.EachLine(gold, func(line []byte) {
		var r struct {
			File       string `json:"file"`
			IsIncident bool   `json:"is_incident"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			log.Fatalf("%s: %v", gold, err)
		}
		p, ok := path(r.File)
		if !ok {
			return
		}
		lines = append(lines, append([]byte(nil), line...))
		paths = append(paths, p)
		s.relevant = append(s.relevant, r.IsIncident)
	})
	g, err := eval.ReadNewsGold(bytes.NewReader(bytes.Join(lines, []byte("\n"))), gold)
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range paths {
		s.docs = append(s.docs, scriptio.ReadDoc(p))
	}
	s.score = func(res []record.Result) row {
		preds := eval.NewNewsPredictions("extract")
		r := row{}
		for i, x := range res {
			if err := preds.Add(x); err != nil {
				log.Fatal(err)
			}
			r.count(s.relevant[i], len(x.Incidents))
		}
		sc, err := eval.ScoreNews(g, preds)
		if err != nil {
			log.Fatal(err)
		}
		r.tp, r.fp, r.fn = sc.TP, sc.FP, sc.FN
		r.date, r.killed = sc.Accuracy["date"], fmt.Sprintf("%.3f", sc.Accuracy["killed"])
		return r
	}
	return s
}

// mucSet is a file of MUC-4 answer keys: relevant documents are those
// with a template.
func mucSet(path string) set {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	tdocs, err := eval.ReadMUC4Templates(f, path)
	f.Close()
	if err != nil {
		log.Fatal(err)
	}
	rel := map[string]bool{}
	scriptio.EachLine(path, func(line []byte) {
		var r struct {
			DocID    string `json:"docid"`
			Relevant bool   `json:"relevant"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			log.Fatalf("%s: %v", path, err)
		}
		rel[r.DocID] = r.Relevant
	})
	s := set{name: "MUC-4 " + strings.TrimSuffix(filepath.Base(path), ".jsonl")}
	for _, d := range tdocs {
		s.docs = append(s.docs, &doc.Document{ID: d.ID, Date: d.Date, Text: d.Text, Path: path})
		s.relevant = append(s.relevant, rel[d.ID])
	}
	s.score = func(res []record.Result) row {
		byID := make(map[string][]record.Incident, len(res))
		r := row{}
		for i, x := range res {
			byID[tdocs[i].ID] = x.Incidents
			r.count(s.relevant[i], len(x.Incidents))
		}
		sc := eval.ScoreTemplates(tdocs, byID)
		r.tp, r.fp, r.fn = sc.TP, sc.FP, sc.FN
		r.date = float64(sc.Hits["date"]) / float64(max(sc.Counts["date"], 1))
		r.killed = "-" // MUC-4 keys give effects, not tolls
		return r
	}
	return s
}

// count adds a document with n incidents to the document counts.
func (r *row) count(relevant bool, n int) {
	switch {
	case n == 0:
	case relevant:
		r.relFound++
	default:
		r.negFound++
	}
}
