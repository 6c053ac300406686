package main

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/relevance"
	"github.com/sitrep/sitrep/scripts/internal/scriptio"
)

// calibrationHeader opens calibration.tsv.
const calibrationHeader = `# Calibration of incident confidence (package relevance): a raw score (extractor
# confidence x model probability) below the first column maps to the second, the share
# of incidents with such scores that were real when we read them (incidents.tsv).
# Written by ` + "`go run ./scripts/relevance -calibrate`" + `; do not edit.
`

// Sources of the calibration: our reading of the incidents the extractor
// gives on Reuters-21578 and BBC 2005 (incidents.tsv), and, for incidents
// we have not read, the coders' gold of the wire stories (bench/wire) and
// of news-dev's TUNE half (the blind half takes no part).
const (
	wireGoldPath = "bench/wire/gold.jsonl"
	newsDevGold  = "bench/news-dev/gold.jsonl"
	// goldAgreement is the least agreement (date 3, place 2, type family 1,
	// country 1) with the gold incident that took it for which an incident
	// counts real: the scorer's own bar for an optional gold incident. Below
	// it the record is of another event or wrong in date and place both.
	goldAgreement = 3
)

// calibrate extracts, with the calibration off, every document of the two
// corpora but the fresh blind set's (never read, never run), the wire
// stories and news-dev's TUNE articles; pairs each incident whose truth
// is known with its raw score (our reading first, else the gold: a record
// a gold incident took with agreement goldAgreement or more is real, one
// no gold incident took is false); lists the incidents nobody read and the
// read ones no longer given; fits the calibration by isotonic regression
// and writes it. It prints the reliability of the raw score and of the
// calibrated one on the same incidents (in-sample: the reading is all
// there is).
func calibrate(shared, readPath, out string) {
	type read struct {
		doc  string
		real bool
	}
	reads := map[string]read{}
	fresh := scriptio.GoldFiles(freshGold)
	scriptio.EachLine(readPath, func(line []byte) {
		s := string(line)
		if s == "" || s[0] == '#' {
			return
		}
		c := strings.Split(s, "\t")
		if len(c) < 4 {
			log.Fatalf("%s: bad line %q", readPath, s)
		}
		if fresh[filepath.Base(c[1])] {
			log.Fatalf("%s: %s is a story of the fresh blind set (%s): it must not calibrate anything", readPath, c[1], freshGold)
		}
		reads[c[0]] = read{c[1], c[3] == "1"}
	})
	m, err := relevance.Load()
	if err != nil {
		log.Fatal(err)
	}
	m.Calibration = nil // the extractor shares m: its confidences are now raw
	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	run := func(path string) record.Result {
		res, err := x.Extract(context.Background(), scriptio.ReadDoc(path))
		if err != nil {
			log.Fatal(err)
		}
		return res
	}

	var raw []float64
	var real []bool
	type tally struct{ n, real int }
	count := map[string]*tally{}
	add := func(source string, v float64, r bool) {
		raw = append(raw, v)
		real = append(real, r)
		t := count[source]
		if t == nil {
			t = &tally{}
			count[source] = t
		}
		t.n++
		if r {
			t.real++
		}
	}
	// byGold scores the results against the gold lines and adds each
	// incident we have not read.
	byGold := func(source string, gold []byte, results []record.Result) {
		g, err := eval.ReadNewsGold(bytes.NewReader(gold), source)
		if err != nil {
			log.Fatal(err)
		}
		p := eval.NewNewsPredictions(source)
		for _, res := range results {
			if err := p.Add(res); err != nil {
				log.Fatal(err)
			}
		}
		s, err := eval.ScoreNews(g, p)
		if err != nil {
			log.Fatal(err)
		}
		agree := s.Matches()
		for _, res := range results {
			for _, in := range res.Incidents {
				if _, isRead := reads[in.ID]; isRead {
					continue
				}
				if a, ok := agree[in.ID]; ok {
					add(source, in.Confidence, a >= goldAgreement)
				}
			}
		}
	}

	given := map[string]bool{}
	// take adds the incidents of res we have read and returns the others.
	take := func(res record.Result) []record.Incident {
		var unread []record.Incident
		for _, in := range res.Incidents {
			if r, ok := reads[in.ID]; ok {
				add("reading", in.Confidence, r.real)
				given[in.ID] = true
			} else {
				unread = append(unread, in)
			}
		}
		return unread
	}

	// the wire stories (Reuters-21578 too: our reading first) and news-dev TUNE
	wire := map[string]bool{}
	var gold []byte
	var results []record.Result
	scriptio.EachLine(wireGoldPath, func(line []byte) {
		f := scriptio.GoldFile(wireGoldPath, line)
		if fresh[f] {
			log.Fatalf("%s: %s is a story of the fresh blind set (%s): it must not calibrate anything", wireGoldPath, f, freshGold)
		}
		wire[f] = true
		gold = append(append(gold, line...), '\n')
		res := run(filepath.Join(shared, "corpus/reuters21578", f))
		take(res)
		results = append(results, res)
	})
	byGold("wire", gold, results)
	gold, results = nil, nil
	devGold := filepath.Join(shared, newsDevGold)
	scriptio.EachLine(devGold, func(line []byte) {
		f := scriptio.GoldFile(devGold, line)
		if !scriptio.NewsDevTune(f) {
			return // news-dev's blind half (odd 063-095)
		}
		gold = append(append(gold, line...), '\n')
		res := run(filepath.Join(shared, "bench/news-dev", f))
		take(res)
		results = append(results, res)
	})
	byGold("news-dev", gold, results)

	// every other document of the two corpora: our reading, or nobody's
	var unread int
	for _, corpus := range []string{"reuters21578", "bbc-fulltext-2005"} {
		files, err := filepath.Glob(filepath.Join(shared, "corpus", corpus, "*.txt"))
		if err != nil {
			log.Fatal(err)
		}
		sort.Strings(files)
		for _, f := range files {
			if b := filepath.Base(f); fresh[b] || wire[b] {
				continue // fresh: never run; wire: done above
			}
			for _, in := range take(run(f)) {
				fmt.Printf("unread: %s\t%s/%s\t(read it and add it to %s)\n", in.ID, corpus, filepath.Base(f), readPath)
				unread++
			}
		}
	}
	var gone int
	for id := range reads {
		if !given[id] {
			gone++
		}
	}
	fmt.Printf("%d read incidents no longer extracted (the extractor changed: kept, read the new ones); %d given incidents unread\n", gone, unread)
	for _, s := range []string{"reading", "wire", "news-dev"} {
		t := count[s]
		if t == nil {
			t = &tally{}
		}
		fmt.Printf("%-8s %4d incidents, %4d real\n", s, t.n, t.real)
	}
	c := relevance.FitCalibration(raw, real)
	if err := os.WriteFile(out, c.Encode(calibrationHeader), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("fitted on %d incidents; wrote %s\n", len(raw), out)
	fmt.Println("confidence   raw: incidents, real, mean   calibrated: incidents, real, mean")
	type bin struct {
		n, k int
		sum  float64
	}
	var rb, cb [10]bin
	for i, v := range raw {
		p := c.Prob(v)
		for _, t := range []struct {
			b *[10]bin
			v float64
		}{{&rb, v}, {&cb, p}} {
			b := &t.b[min(int(t.v*10), 9)]
			b.n++
			b.sum += t.v
			if real[i] {
				b.k++
			}
		}
	}
	for i := range 10 {
		r, k := rb[i], cb[i]
		if r.n+k.n == 0 {
			continue
		}
		fmt.Printf("[%.1f, %.1f)   %4d %4d %s   %4d %4d %s\n", float64(i)/10, float64(i+1)/10,
			r.n, r.k, mean(r.sum, r.n), k.n, k.k, mean(k.sum, k.n))
	}
}

func mean(s float64, n int) string {
	if n == 0 {
		return "  -  "
	}
	return fmt.Sprintf("%.2f", s/float64(n))
}
