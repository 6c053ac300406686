package main

import (
	"encoding/json"
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/relevance"
	"github.com/sitrep/sitrep/scripts/internal/scriptio"
)

// results reads `sitrep extract` output files.
func results(paths []string) []record.Result {
	var rs []record.Result
	for _, p := range paths {
		scriptio.EachLine(p, func(line []byte) {
			var r record.Result
			if err := json.Unmarshal(line, &r); err != nil {
				log.Fatalf("%s: %v", p, err)
			}
			rs = append(rs, r)
		})
	}
	return rs
}

// countReport prints, for extract output over the general corpora, the
// documents with incidents and how they stand against our labels: the
// share of labelled attack stories found (all labels, and the blind split
// alone) and the labelled non-events that still produce incidents.
func countReport(labels string, paths []string) {
	lab := readLabels(labels)
	with := map[string]bool{}
	n := 0
	for _, r := range results(paths) {
		if len(r.Incidents) > 0 {
			with[r.Doc.ID+".txt"] = true
			n++
		}
	}
	fmt.Printf("documents with incidents: %d\n", n)
	for _, split := range []string{"", "blind"} {
		var pos, found, neg, falseDocs int
		for f, l := range lab {
			if split != "" && l.split != split {
				continue
			}
			if l.relevant {
				pos++
				if with[f] {
					found++
				}
			} else {
				neg++
				if with[f] {
					falseDocs++
				}
			}
		}
		name := "all labels"
		if split != "" {
			name = split + " split"
		}
		fmt.Printf("%-11s attack stories found %d/%d (%.1f%%); non-event documents with incidents %d/%d\n",
			name+":", found, pos, 100*float64(found)/float64(max(pos, 1)), falseDocs, neg)
	}
}

// listReport prints each document with incidents: our label and split if
// it has one ("?" if not), the model's score, its headline, and each
// incident's type and trigger, so that a reader can classify why it fires.
func listReport(labels string, paths []string) {
	lab := readLabels(labels)
	m, err := relevance.Load()
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range results(paths) {
		if len(r.Incidents) == 0 {
			continue
		}
		l, ok := lab[r.Doc.ID+".txt"]
		name := "?"
		if ok {
			name = map[bool]string{true: "1", false: "0"}[l.relevant] + " " + l.split
		}
		d := scriptio.ReadDoc(r.Doc.Path)
		var ts []string
		for _, in := range r.Incidents {
			t := string(in.Type)
			for _, e := range in.Evidence {
				if e.Field == "type" {
					t += "=" + e.Text
					break
				}
			}
			ts = append(ts, fmt.Sprintf("%s %.2f", t, in.Confidence))
		}
		fmt.Printf("%s\t%s\t%.2f\t%s\t%s\n", r.Doc.ID, name, m.Score(d.Title, d.Text), r.Doc.Title, strings.Join(ts, "; "))
	}
}

// reliabilityReport prints, for the incidents of labelled documents, by
// confidence in bins of 0.1: how many there are and how many come from a
// document we labelled an event report, per split. A confidence that means
// a probability has the two columns agree. The document label stands in
// for a reading of each incident: an incident of an event document may
// still be a duplicate or the wrong event (the -sample reading counts
// those).
func reliabilityReport(labels string, paths []string) {
	lab := readLabels(labels)
	type bin struct{ n, real int }
	bins := map[string]*[10]bin{"train": {}, "blind": {}}
	for _, r := range results(paths) {
		l, ok := lab[r.Doc.ID+".txt"]
		if !ok {
			continue
		}
		for _, in := range r.Incidents {
			b := &bins[l.split][min(int(in.Confidence*10), 9)]
			b.n++
			if l.relevant {
				b.real++
			}
		}
	}
	fmt.Println("confidence   train: incidents, in event documents   blind: incidents, in event documents")
	for i := range 10 {
		t, b := bins["train"][i], bins["blind"][i]
		if t.n+b.n == 0 {
			continue
		}
		fmt.Printf("[%.1f, %.1f)   %4d  %4d (%s)   %4d  %4d (%s)\n", float64(i)/10, float64(i+1)/10,
			t.n, t.real, share(t.real, t.n), b.n, b.real, share(b.real, b.n))
	}
}

func share(k, n int) string {
	if n == 0 {
		return "  -  "
	}
	return fmt.Sprintf("%.2f", float64(k)/float64(n))
}

type label struct {
	relevant bool
	split    string
}

func readLabels(path string) map[string]label {
	lab := map[string]label{}
	scriptio.EachLine(path, func(line []byte) {
		s := string(line)
		if s == "" || s[0] == '#' {
			return
		}
		c := strings.Split(s, "\t")
		if len(c) >= 4 {
			lab[c[1]] = label{c[2] == "1", c[3]}
		}
	})
	return lab
}

// sampleReport prints a seeded random sample of n incidents from extract
// output, with the evidence a reader needs to judge each one.
func sampleReport(n int, paths []string) {
	type item struct {
		doc, title string
		k          int
		in         record.Incident
	}
	var all []item
	for _, r := range results(paths) {
		for k, in := range r.Incidents {
			all = append(all, item{r.Doc.ID, r.Doc.Title, k, in})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].doc < all[j].doc })
	rng := rand.New(rand.NewPCG(10, 10))
	rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	fmt.Printf("%d incidents; sample of %d (seed 10)\n", len(all), min(n, len(all)))
	for _, it := range all[:min(n, len(all))] {
		var ev []string
		for _, e := range it.in.Evidence {
			if e.Field == "type" || e.Field == "date" || strings.HasPrefix(e.Field, "killed") || strings.HasPrefix(e.Field, "injured") {
				ev = append(ev, e.Field+"="+e.Text)
			}
		}
		fmt.Printf("%s#%d | %s | %s | %s\n", it.doc, it.k, it.title, it.in.Type, strings.Join(ev, " | "))
	}
}

// wilson is the 95% Wilson score interval of k successes in n trials.
func wilson(k, n int) (lo, hi float64) {
	const z = 1.96
	p, nn := float64(k)/float64(n), float64(n)
	d := 1 + z*z/nn
	c := (p + z*z/(2*nn)) / d
	h := z * math.Sqrt(p*(1-p)/nn+z*z/(4*nn*nn)) / d
	return c - h, c + h
}
