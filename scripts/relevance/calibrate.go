package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/relevance"
)

// calibrationHeader opens calibration.tsv.
const calibrationHeader = `# Calibration of incident confidence (package relevance): a raw score (extractor
# confidence x model probability) below the first column maps to the second, the share
# of incidents with such scores that were real when we read them (incidents.tsv).
# Written by ` + "`go run ./scripts/relevance -calibrate`" + `; do not edit.
`

// calibrate extracts, with the calibration off, the documents of our
// reading of incidents (incidents.tsv), pairs each read incident with its
// raw score, fits the calibration by isotonic regression and writes it. It
// prints the reliability of the raw score and of the calibrated one on the
// same incidents (in-sample: the reading is all there is).
func calibrate(shared, readPath, out string) {
	type read struct {
		doc  string
		real bool
	}
	reads := map[string]read{}
	var docs []string
	seen := map[string]bool{}
	fresh := freshFiles()
	eachLine(readPath, func(line []byte) {
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
		if !seen[c[1]] {
			seen[c[1]] = true
			docs = append(docs, c[1])
		}
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
	var raw []float64
	var real []bool
	for _, p := range docs {
		d := readDoc(filepath.Join(shared, "corpus", p))
		res, err := x.Extract(context.Background(), d)
		if err != nil {
			log.Fatal(err)
		}
		for _, in := range res.Incidents {
			if r, ok := reads[in.ID]; ok {
				raw = append(raw, in.Confidence)
				real = append(real, r.real)
				delete(reads, in.ID)
			}
		}
	}
	if len(reads) > 0 {
		fmt.Printf("%d read incidents no longer extracted (the extractor changed: read them again)\n", len(reads))
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
