package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"

	"github.com/sitrep/sitrep/internal/record"
)

// rec is one predicted incident with whether the scorer counts it false
// (no required gold incident took it and no optional one absorbed it).
type rec struct {
	set, stem string
	false_    bool
	scored    bool // a required gold incident took it (dropping it loses that match)
	feats     []string
}

// recFeatures describe a predicted record for the filter: its type, the
// extractor's confidence, which fields it has, how many records the
// document gave and where this one stands among them.
func recFeatures(in *record.Incident, k, n int) []string {
	f := []string{"bias", "rt:" + in.Type, "conf:" + strconv.Itoa(int(in.Confidence*10)), "n:" + strconv.Itoa(min(n, 4)), "k:" + strconv.Itoa(min(k, 3))}
	has := func(name string, ok bool) {
		if ok {
			f = append(f, "has:"+name)
		} else {
			f = append(f, "no:"+name)
		}
	}
	has("date", in.Date != "")
	has("place", in.Location != nil && in.Location.Precision == "place")
	has("loc", in.Location != nil)
	has("perp", len(in.Perpetrators) > 0)
	has("killed", in.Killed != nil)
	has("injured", in.Injured != nil)
	has("targets", len(in.Targets) > 0)
	has("weapons", len(in.Weapons) > 0)
	title := false
	for _, e := range in.Evidence {
		if e.In == "title" {
			title = true
		}
	}
	has("title", title)
	f = append(f, "ev:"+strconv.Itoa(min(len(in.Evidence)/4, 5)))
	return f
}

// fitBinary is an averaged-SGD logistic regression on string features.
func fitBinary(rs []rec) map[string]float64 {
	w, sum := map[string]float64{}, map[string]float64{}
	rng := rand.New(rand.NewPCG(3, 4))
	order := make([]int, len(rs))
	for i := range order {
		order[i] = i
	}
	steps := 0.0
	for ep := 0; ep < 30; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			r := rs[k]
			p := pFalse(w, r.feats)
			y := 0.0
			if r.false_ {
				y = 1
			}
			for _, f := range r.feats {
				w[f] -= 0.1 * ((p - y) + 1e-3*w[f])
			}
			steps++
			for f, v := range w {
				sum[f] += v
			}
		}
	}
	for f := range w {
		w[f] = sum[f] / steps
	}
	return w
}

func pFalse(w map[string]float64, feats []string) float64 {
	z := 0.0
	for _, f := range feats {
		z += w[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// reportFilter prints the filter's 5-fold CV on learn at several cuts:
// false records dropped and scored records lost; then the model trained
// on all of learn on each other set.
func reportFilter(bySet map[string][]rec, names []string) {
	learn := bySet["learn"]
	cuts := []float64{0.5, 0.6, 0.7, 0.8, 0.9}
	fmt.Printf("== record filter: learn %d records, %d false\n", len(learn), count(learn, func(r rec) bool { return r.false_ }))
	for _, c := range cuts {
		fd, sd, od := 0, 0, 0
		for fold := 0; fold < 5; fold++ {
			var tr []rec
			for _, r := range learn {
				if foldOf(r.stem) != fold {
					tr = append(tr, r)
				}
			}
			w := fitBinary(tr)
			for _, r := range learn {
				if foldOf(r.stem) != fold || pFalse(w, r.feats) < c {
					continue
				}
				switch {
				case r.false_:
					fd++
				case r.scored:
					sd++
				default:
					od++
				}
			}
		}
		fmt.Printf("learn CV cut %.1f: false dropped %d, scored dropped %d, absorbed dropped %d\n", c, fd, sd, od)
	}
	w := fitBinary(learn)
	for _, name := range names {
		rs := bySet[name]
		for _, c := range []float64{0.7, 0.8, 0.9} {
			fd, sd := 0, 0
			for _, r := range rs {
				if pFalse(w, r.feats) < c {
					continue
				}
				if r.false_ {
					fd++
				} else if r.scored {
					sd++
				}
			}
			fmt.Printf("%-10s cut %.1f: %d records, %d false; false dropped %d, scored dropped %d\n", name, c, len(rs), count(rs, func(r rec) bool { return r.false_ }), fd, sd)
		}
	}
}

func count(rs []rec, p func(rec) bool) int {
	n := 0
	for _, r := range rs {
		if p(r) {
			n++
		}
	}
	return n
}
