package main

import (
	"fmt"
	"hash/fnv"
	"slices"
)

// withRules is the item with the rules' own answer as a feature: the
// mentions holding the rules' figure, or the "none" option when the rules
// give none. Trained where the rules are out of sample (bench/learn), the
// model learns how far to trust them on text they were not written for.
func withRules(it item) item {
	mark := func(s string) uint32 {
		h := fnv.New32a()
		h.Write([]byte(s))
		return h.Sum32() % nbuckets
	}
	cs := make([]cand, len(it.cands))
	for i, c := range it.cands {
		c.feats = slices.Clone(c.feats)
		switch {
		case it.rules != nil && c.value == *it.rules:
			c.feats = append(c.feats, mark("RULES"))
		case it.rules == nil && c.value < 0:
			c.feats = append(c.feats, mark("NONE:RULES"))
		}
		cs[i] = c
	}
	it.cands = cs
	return it
}

// stacked is the answer of the model with the rules as a feature: its best
// number when that beats "none", else the rules' figure (a "none" answer
// never removes a figure the rules read: the scorer does not score a
// count on an incident whose total is null, and a reader is told what
// the rules read).
func stacked(w []float64, it item) (int, bool) {
	v, p, pn := choose(w, it.cands)
	if v >= 0 && p > pn {
		return v, true
	}
	if it.rules != nil {
		return *it.rules, true
	}
	return -1, false
}

// reportStack prints, for one field, the 5-fold cross-validation on the
// learn set (folds by story) of rules against the stacked model, then the
// model trained on all of learn on each other set.
func reportStack(field string, items, unknown []item, nulls bool) {
	for i := range items {
		items[i] = withRules(items[i])
	}
	for i := range unknown {
		unknown[i] = withRules(unknown[i])
	}
	fold := func(stem string) int {
		h := fnv.New32a()
		h.Write([]byte(stem))
		return int(h.Sum32() % 5)
	}
	var learn, learnUnk []item
	for _, it := range items {
		if it.set == "learn" {
			learn = append(learn, it)
		}
	}
	for _, it := range unknown {
		if it.set == "learn" {
			learnUnk = append(learnUnk, it)
		}
	}
	fmt.Printf("== %s (stacked on learn)\n", field)
	rr, sr, changed, added, unk := 0, 0, 0, 0, 0
	for k := 0; k < 5; k++ {
		var tr []item
		for _, it := range learn {
			if fold(it.stem) != k {
				tr = append(tr, it)
			}
		}
		if nulls {
			for _, it := range learnUnk {
				if fold(it.stem) != k {
					tr = append(tr, it)
				}
			}
		}
		w := fit(tr)
		for _, it := range learn {
			if fold(it.stem) != k {
				continue
			}
			rOK := it.rules != nil && *it.rules == it.gold
			v, ok := stacked(w, it)
			sOK := ok && it.matched && v == it.gold
			rr += b(rOK)
			sr += b(sOK)
			if ok && (it.rules == nil || v != *it.rules) {
				changed++
			}
		}
		for _, it := range learnUnk {
			if fold(it.stem) != k {
				continue
			}
			unk++
			if _, ok := stacked(w, it); ok && it.rules == nil {
				added++
			}
		}
	}
	fmt.Printf("learn CV   items %4d rules %4d stacked %4d changed %3d | null-gold %3d counts added %3d\n", len(learn), rr, sr, changed, unk, added)
	tr := learn
	if nulls {
		tr = append(slices.Clone(learn), learnUnk...)
	}
	w := fit(tr)
	seen := map[string]bool{"learn": true}
	for _, it := range items {
		if seen[it.set] {
			continue
		}
		seen[it.set] = true
		rr, sr, changed, n := 0, 0, 0, 0
		for _, jt := range items {
			if jt.set != it.set {
				continue
			}
			n++
			rOK := jt.rules != nil && *jt.rules == jt.gold
			v, ok := stacked(w, jt)
			rr += b(rOK)
			sr += b(ok && jt.matched && v == jt.gold)
			if ok && (jt.rules == nil || v != *jt.rules) {
				changed++
			}
		}
		added, nu := 0, 0
		for _, jt := range unknown {
			if jt.set != it.set {
				continue
			}
			nu++
			if _, ok := stacked(w, jt); ok && jt.rules == nil {
				added++
			}
		}
		fmt.Printf("%-10s items %4d rules %4d stacked %4d changed %3d | null-gold %3d counts added %3d\n", it.set, n, rr, sr, changed, nu, added)
	}
}
