// Command lcount asks whether a small learned chooser of casualty tolls,
// trained on text features only, picks killed and injured totals better
// than the extractor's rules on stories it was not trained on (stop 25,
// issue 11). It is an experiment, not part of the extractor: the answer
// was no (below), so nothing of it is wired in.
//
//	go run ./scripts/lcount [-v] [-multi=false] [-anchor=false] [-nulls=false] [-sums] [-muc4] [-bag N]
//
// (from the repository root, ../shared beside it). Deterministic: fixed
// seeds, the same table every run.
//
// Items: every required gold incident with killed_total (resp.
// injured_total) not null in the tune sets: news-dev TUNE (001-062 and
// the even numbers of 063-094; the BLIND odd ones are dropped from the
// gold file before it is parsed and their texts are never opened),
// bench/probes, bench/retold, bench/wire (texts in the Reuters-21578
// corpus). Documents with one required incident give 342 killed and 119
// injured items; with -multi (the default) documents with several add
// 83 and 33, each tied to its incident by -anchor features: how far a
// mention's sentence is from the sentences where the scorer's matched
// predicted incident read its type, date and place (not its counts).
//
// Candidates are the number mentions of headline and body (digits,
// "1,200", number words to "ninety-nine", "N hundred", "a dozen", and
// "a"/"an" = 1, "no"/"nobody" = 0 within four tokens of a kill or hurt
// word; -sums adds A+B for "A ... and B") and a "none" option, right when
// the gold total is no mention's value. A conditional logit (softmax over
// a document's candidates, averaged SGD, hashed features: context bags
// within -bag tokens, the next and previous tokens, nearest kill and hurt
// word with side and distance, "at least"-like qualifiers, month and
// year neighbours, sentence index, headline, repeats, rank among
// kill-context values) scores them; a value's probability is the sum over
// its mentions. With -nulls (default) matched incidents whose gold total
// is null train the "none" option too. -muc4 adds MUC-4 train's
// single-template stories to every training set.
//
// Protocol: leave one set out, per field. Rules = the extractor's count on
// the predicted incident the news scorer matches (eval.ScoreNews, Pairs).
// learn = the chooser's best number, right only when the scorer matched
// some incident. fill = learn where the rules give no count; fillN = fill
// only when the best number beats "none"; fill1 = fillN only where the
// matched incident is the document's only one; override = fillN, and the
// learned number replaces the rules' at probability >= thr, thr chosen
// by an inner leave-one-set-out on the three training sets. Right of the
// bar: matched incidents whose gold total is null (the coder found no
// toll for them) that get a count anyway: from the rules, and added by
// fill, fillN, fill1. The scorer does not score those; a reader sees them.
//
// Result at f9f20322 (defaults):
//
//	killed     items rules learn fill fillN fill1 over | null rules +fill +fillN +fill1
//	news-tune     76    70    45   72    71    70   71 |   18     1    17     12      3
//	probes       252   237   211  242   241   239  241 |   17     6    10      1      0
//	retold        91    63    45   65    64    63   64 |   14     6     8      6      0
//	wire           6     6     5    6     6     6    6 |   25     1    24      0      0
//	injured
//	news-tune     41    37    33   37    37    37   37 |   55     3    52     14      0
//	probes        54    46    44   48    48    46   48 |  216     3   211      2      2
//	retold        53    40    37   44    42    40   42 |   48     6    42     13      1
//	wire           4     4     4    4     4     4    4 |   27     0    27      0      0
//
// The chooser alone is far below the rules on every held-out set (killed
// 306 of 425 against 376, injured 118 of 152 against 127), and no variant
// (single-incident items only, no bags, -bag 3, -sums, -muc4) came closer
// than 56 killed items; injured came closest (123 against 127 with
// -nulls=false, 41 against 40 on retold). Override never fires (thr 1.01 in most folds: on the
// training sets no learned probability is sure enough to beat the rules).
// The fill hybrids gain a few items on the scorer (killed +9 of 425 with
// fill, +6 with fillN) and never lose one there, because an incident
// whose gold total is null is not scored; but they buy them with counts
// on incidents that have none (killed: 59 with fill, 19 with fillN,
// against the rules' own 14; injured: 332 and 29 against 12). The gains
// are nearly all in documents the rules split into several incidents
// (fill1, the same hybrid where the matched incident is alone: +2 killed,
// 3 new false counts): the toll is read, but put on the other incident.
//
// Stop 29, -stack bench/learn/gold.jsonl: trained on bench/learn, where
// the rules are out of sample (they score 0.62 on its killed figures, as
// on the blind sets), with the rules' own figure as a feature (stack.go).
// 5-fold CV by story on learn: killed rules 88 of 142, stacked 84 (19
// changed); injured rules 55 of 81, stacked 56 (7 changed). Trained on all
// of learn, it lowers the tune sets (retold killed 88 -> 80 of 91, multi
// injured 18 -> 15 of 29). With bench/pool added (262 stories): killed
// rules 171 of 267, stacked 168; injured 101 of 144 both. No gain worth a
// layer: see scripts/ltype.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/scripts/internal/scriptio"
)

// item is one scored gold incident of one field with what the rules gave.
type item struct {
	set, stem string
	gold      int
	matched   bool // the scorer matched a predicted incident to it
	rules     *int // the matched incident's count (nil: none)
	multi     bool // from a document with several required incidents
	alone     bool // the matched incident is the document's only predicted one
	cands     []cand
}

type goldLine struct {
	Incidents []struct {
		Killed  *float64 `json:"killed_total"`
		Injured *float64 `json:"injured_total"`
	} `json:"incidents"`
}

var fields = []string{"killed", "injured"}

func main() {
	shared := flag.String("shared", "../shared", "the shared data directory")
	verbose := flag.Bool("v", false, "list every item a method gets wrong on its held-out set")
	nulls := flag.Bool("nulls", true, "train the none option on matched incidents whose gold total is null too")
	flag.BoolVar(&sums, "sums", false, "add a candidate for two counts joined by \"and\"")
	flag.IntVar(&bagWidth, "bag", 6, "tokens each side in the context bags")
	muc4 := flag.Bool("muc4", false, "add MUC-4 train's single-template stories to every training set (never held out)")
	multi := flag.Bool("multi", true, "also documents with several required incidents")
	anchored := flag.Bool("anchor", true, "features tying a mention to the matched incident's other evidence (type, date, place)")
	stack := flag.String("stack", "", "stop 29: train on these sets' gold files, comma-separated (bench/learn/gold.jsonl, bench/pool/gold.jsonl: sets the rules were not tuned on) with the rules' own figure as a feature, and report its 5-fold CV and the tune sets")
	blind := flag.Bool("blind", false, "with -stack, also score the blind sets heldout and unseen (end of a piece of work only)")
	flag.Parse()
	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	dev := filepath.Join(*shared, "bench/news-dev")
	corpus := filepath.Join(*shared, "corpus/reuters21578")
	sets := []struct{ name, gold, dir string }{
		{"news-tune", filepath.Join(dev, "gold.jsonl"), dev},
		{"probes", "bench/probes/gold.jsonl", "bench/probes"},
		{"retold", "bench/retold/gold.jsonl", "bench/retold"},
		{"wire", "bench/wire/gold.jsonl", corpus},
	}
	if *stack != "" {
		for _, g := range strings.Split(*stack, ",") {
			sets = append(sets, struct{ name, gold, dir string }{"learn", g, filepath.Dir(g)})
		}
		if !strings.Contains(*stack, "bench/learn/") {
			sets = append(sets, struct{ name, gold, dir string }{"bench/learn", "bench/learn/gold.jsonl", "bench/learn"})
		}
		sets = append(sets, struct{ name, gold, dir string }{"multi", "bench/multi/gold.jsonl", "bench/multi"})
		if *blind {
			sets = append(sets, struct{ name, gold, dir string }{"heldout", "bench/heldout/gold.jsonl", "bench/heldout"},
				struct{ name, gold, dir string }{"unseen", "bench/unseen/gold.jsonl", "bench/unseen"})
		}
	}
	items := map[string][]item{}   // by field
	unknown := map[string][]item{} // matched gold incidents whose total is null (gold -1)
	for _, s := range sets {
		sc, byStem := scriptio.ExtractScored(x, s.gold, s.dir, s.name == "news-tune")
		for _, p := range sc.Pairs() {
			a := byStem[p.Stem]
			var g goldLine
			if err := json.Unmarshal(a.Gold, &g); err != nil {
				log.Fatal(err)
			}
			req := a.Required()
			if len(req) > 1 && !*multi {
				continue
			}
			gi := g.Incidents[req[p.Required]]
			var in *record.Incident
			var others []*record.Incident
			for j := range a.Res.Incidents {
				if p.PredID != "" && a.Res.Incidents[j].ID == p.PredID {
					in = &a.Res.Incidents[j]
				} else {
					others = append(others, &a.Res.Incidents[j])
				}
			}
			var anc *anchor
			if *anchored && in != nil {
				anc = &anchor{in, others}
			}
			cs := candidates(a.Doc.Title, a.Doc.Text, anc)
			for fi, f := range fields {
				v, c := gi.Killed, (*record.Count)(nil)
				if in != nil {
					c = in.Killed
				}
				if fi == 1 {
					v = gi.Injured
					if in != nil {
						c = in.Injured
					}
				}
				it := item{set: s.name, stem: p.Stem, matched: in != nil, cands: cs, multi: len(req) > 1, alone: in != nil && len(others) == 0}
				if c != nil && c.Min != nil {
					r := *c.Min
					it.rules = &r
				}
				if v == nil {
					if in != nil {
						it.gold = -1
						unknown[f] = append(unknown[f], it)
					}
					continue
				}
				it.gold = int(*v)
				items[f] = append(items[f], it)
			}
		}
	}
	if *muc4 {
		mk, mu := muc4Items(filepath.Join(*shared, "bench/muc4/templates_train.jsonl"))
		for _, f := range fields {
			items[f] = append(items[f], mk[f]...)
			unknown[f] = append(unknown[f], mu[f]...)
		}
	}
	if *stack != "" {
		for _, f := range fields {
			reportStack(f, items[f], unknown[f], *nulls)
		}
		return
	}
	for _, f := range fields {
		report(f, items[f], unknown[f], []string{"news-tune", "probes", "retold", "wire"}, *nulls, *verbose)
	}
}

// report prints, per held-out set, the methods' accuracy on one field:
// rules; learned alone (its best number); fill (learned's best number
// where the rules give no count); fillN (the same, only when the learned
// answer with "none" among the options is a number); override (fillN,
// and the learned number replaces the rules' when its probability is at
// least thr, chosen on the training sets). Then, on the matched incidents
// whose gold total is null (unk: the text gives none), how many get a
// count anyway: from the rules, and added by fill and fillN: counts a
// reader would see that the scorer does not score.
func report(field string, items, unknown []item, sets []string, nulls, verbose bool) {
	fmt.Printf("== %s: %d items, %d with a null gold total\n", field, len(items), len(unknown))
	fmt.Printf("%-10s %5s %6s %7s %6s %6s %6s %6s %8s %5s | %4s %5s %5s %5s\n", "held-out", "items", "inCand", "matched",
		"rules", "learn", "fill", "fillN", "override", "thr", "unk", "rules", "+fill", "+fillN")
	fmt.Printf("%-10s %5s %6s %7s %6s %6s %6s %6s %8s %5s | %4s %5s %5s %5s\n", "", "", "", "", "", "", "", "fill1", "", "", "", "", "", "+fill1")
	var tot [14]int
	for _, held := range sets {
		var train, test, unk []item
		for _, it := range items {
			if it.set == held {
				test = append(test, it)
			} else {
				train = append(train, it)
			}
		}
		for _, it := range unknown {
			if it.set == held {
				unk = append(unk, it)
			} else if nulls {
				train = append(train, it)
			}
		}
		w := fit(train)
		thr := chooseThreshold(train, sets, held)
		var r [14]int // items, inCand, matched, rules, learn, fill, fillN, override, unk, rules, +fill, +fillN, fill1, +fill1
		for _, it := range test {
			if it.set == "muc4" {
				continue
			}
			r[0]++
			r[1] += b(hasValue(it.cands, it.gold))
			r[2] += b(it.matched)
			rOK := it.rules != nil && *it.rules == it.gold
			v, p, pn := choose(w, it.cands)
			lOK := it.matched && v >= 0 && v == it.gold
			fOK, fnOK := rOK, rOK
			if it.rules == nil {
				fOK = lOK
				fnOK = lOK && p > pn
			}
			oOK := fnOK
			if v >= 0 && p >= thr {
				oOK = lOK
			}
			r[3] += b(rOK)
			r[4] += b(lOK)
			r[5] += b(fOK)
			r[6] += b(fnOK)
			r[7] += b(oOK)
			if it.rules == nil && it.alone {
				r[12] += b(fnOK)
			} else {
				r[12] += b(rOK)
			}
			if verbose && (rOK != lOK || rOK != oOK) {
				rv := "-"
				if it.rules != nil {
					rv = strconv.Itoa(*it.rules)
				}
				fmt.Printf("   %s %s multi=%v gold=%d rules=%s learned=%d p=%.2f none=%.2f\n", held, it.stem, it.multi, it.gold, rv, v, p, pn)
			}
		}
		for _, it := range unk {
			r[8]++
			if it.rules != nil {
				r[9]++
				continue
			}
			v, p, pn := choose(w, it.cands)
			if v >= 0 {
				r[10]++
				r[11] += b(p > pn)
				r[13] += b(p > pn && it.alone)
				if verbose {
					fmt.Printf("   %s %s null total: fill=%d p=%.2f none=%.2f\n", held, it.stem, v, p, pn)
				}
			}
		}
		fmt.Printf("%-10s %5d %6d %7d %6d %6d %6d %6d %8d %5.2f | %4d %5d %5d %5d\n", held, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], thr, r[8], r[9], r[10], r[11])
		fmt.Printf("%-10s %5s %6s %7s %6s %6s %6s %6d %8s %5s | %4s %5s %5s %5d\n", "", "", "", "", "", "", "", r[12], "", "", "", "", "", r[13])
		for k := range r {
			tot[k] += r[k]
		}
	}
	fmt.Printf("%-10s %5d %6d %7d %6d %6d %6d %6d %8d %5s | %4d %5d %5d %5d\n", "all", tot[0], tot[1], tot[2], tot[3], tot[4], tot[5], tot[6], tot[7], "", tot[8], tot[9], tot[10], tot[11])
	fmt.Printf("%-10s %5s %6s %7s %6s %6s %6s %6d %8s %5s | %4s %5s %5s %5d\n", "", "", "", "", "", "", "", tot[12], "", "", "", "", "", tot[13])
}

func b(ok bool) int {
	if ok {
		return 1
	}
	return 0
}

func hasValue(cs []cand, v int) bool {
	for _, c := range cs {
		if c.value == v {
			return true
		}
	}
	return false
}

// chooseThreshold picks the override threshold by leave-one-set-out over
// the training sets only: the held-out set plays no part.
func chooseThreshold(train []item, sets []string, held string) float64 {
	type out struct {
		p          float64
		rOK, lOK   bool
		rulesEmpty bool
	}
	var outs []out
	for _, inner := range sets {
		if inner == held {
			continue
		}
		var tr, te []item
		for _, it := range train {
			if it.set == inner {
				te = append(te, it)
			} else {
				tr = append(tr, it)
			}
		}
		w := fit(tr)
		for _, it := range te {
			if it.gold < 0 {
				continue
			}
			v, p, pn := choose(w, it.cands)
			rOK := it.rules != nil && *it.rules == it.gold
			lOK := it.matched && v >= 0 && v == it.gold
			if v < 0 {
				p = -1
			}
			outs = append(outs, out{p, rOK, lOK, it.rules == nil && p > pn})
		}
	}
	best, bestThr := -1, 1.01
	ths := []float64{1.01}
	for _, o := range outs {
		ths = append(ths, o.p)
	}
	sort.Float64s(ths)
	for _, t := range ths {
		if t < 0 {
			continue
		}
		n := 0
		for _, o := range outs {
			ok := o.rOK
			if o.rulesEmpty {
				ok = o.lOK
			}
			if o.p >= t {
				ok = o.lOK
			}
			n += b(ok)
		}
		if n > best || (n == best && t > bestThr) {
			best, bestThr = n, t
		}
	}
	return bestThr
}

// muc4Items are the items of MUC-4 train's stories with one template, not
// optional: the killed (injured) total is the sum of the key's human
// target numbers with effect DEATH (INJURY) when every one is exact; none
// (null) when the key has no such target; left out when one is vague
// ("PLURAL", "6-", "~100"). No rules' count: these only train.
func muc4Items(path string) (items, unknown map[string][]item) {
	type num struct {
		Min    *int `json:"min"`
		Max    *int `json:"max"`
		Approx bool `json:"approx"`
	}
	var doc struct {
		DocID     string `json:"docid"`
		Text      string `json:"text"`
		Templates []struct {
			Optional bool `json:"optional"`
			Derived  struct {
				Killed []struct {
					Number num `json:"number"`
				} `json:"killed"`
				Injured []struct {
					Number num `json:"number"`
				} `json:"injured"`
			} `json:"derived"`
		} `json:"templates"`
	}
	items, unknown = map[string][]item{}, map[string][]item{}
	scriptio.EachLine(path, func(b []byte) {
		doc.Templates = nil
		if err := json.Unmarshal(b, &doc); err != nil {
			log.Fatal(err)
		}
		if len(doc.Templates) != 1 || doc.Templates[0].Optional {
			return
		}
		cs := candidates("", doc.Text, nil)
		for fi, f := range fields {
			ns := doc.Templates[0].Derived.Killed
			if fi == 1 {
				ns = doc.Templates[0].Derived.Injured
			}
			it := item{set: "muc4", stem: doc.DocID, cands: cs, gold: -1}
			if len(ns) == 0 {
				unknown[f] = append(unknown[f], it)
				continue
			}
			total := 0
			for _, n := range ns {
				if n.Number.Min == nil || n.Number.Max == nil || *n.Number.Min != *n.Number.Max || n.Number.Approx {
					total = -1
					break
				}
				total += *n.Number.Min
			}
			if total < 0 {
				continue
			}
			it.gold = total
			items[f] = append(items[f], it)
		}
	})
	return items, unknown
}
