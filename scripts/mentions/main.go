// Command mentions measures which rule decision loses the incidents of the
// answer keys, and cross-validates a classifier of the mentions the rules
// produce: does a mention report an event of the story? (README.md: it
// was measured in the extractor and not shipped.)
//
//	go run ./scripts/mentions -diagnose VERBOSE   # MUC-4 train: why each missed key was missed
//	go run ./scripts/mentions -fates FILE...      # the fate of every mention of some articles
//	go run ./scripts/mentions                     # cross-validate the classifier by document folds
//
// VERBOSE is the output of `sitrep eval muc4 --gold
// ../shared/bench/muc4/train.json --full --verbose`. dev.json is never
// read. The output is deterministic: the same data give the same bytes.
package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/scripts/internal/scriptio"
)

// Experiment switches (flags).
var (
	placeLabels, droppedOnly, uncovered, show, listMissed bool
	recentDays                                            int
)

// example is one labelled mention with where it comes from.
type example struct {
	Example
	source, doc string
	fate        string
	text        string // for -show
}

func main() {
	shared := flag.String("shared", "../shared", "the shared data directory")
	wire := flag.String("wire", "bench/wire", "directory of the wire gold.jsonl and halves.tsv (which half, WIRE-A or WIRE-B, each story is in)")
	labels := flag.String("labels", "internal/relevance/labels.tsv", "our labels of general news (label 0 documents give negatives)")
	diagnose := flag.String("diagnose", "", "MUC-4 train --full --verbose output: classify its missed keys")
	flag.BoolVar(&placeLabels, "place-labels", true, "a MUC-4 mention naming only a key's place is positive (else left out)")
	flag.IntVar(&recentDays, "recent-days", 7, "a MUC-4 key dated more than this many days before its document is background (its mentions negative); -1 keeps all")
	flag.BoolVar(&uncovered, "uncovered", true, "a dropped MUC-4 mention counts as positive only for a key no kept mention holds (others are left out)")
	flag.BoolVar(&show, "show", false, "print the dropped mentions the model scores highest, out of fold")
	flag.BoolVar(&droppedOnly, "dropped-only", false, "train on the mentions the rules dropped only")
	flag.IntVar(&DefaultConfig.Epochs, "epochs", DefaultConfig.Epochs, "training passes")
	flag.Float64Var(&DefaultConfig.Rate, "rate", DefaultConfig.Rate, "learning rate")
	flag.Float64Var(&DefaultConfig.L2, "l2", DefaultConfig.L2, "weight decay")
	fates := flag.Bool("fates", false, "print the fate of every mention of the documents named as arguments")
	flag.BoolVar(&listMissed, "list", false, "with -diagnose, also print each missed key (document, key number, cause) to sample from")
	flag.Parse()
	log.SetFlags(0)

	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	if *fates {
		for _, path := range flag.Args() {
			d := scriptio.ReadDoc(path)
			r := report(x, d)
			fmt.Printf("%s  relevance %.2f gated=%t negative=%t\n", path, r.Gate, r.Gated, r.Negative)
			for _, m := range r.Mentions {
				s := d.Title
				if m.Start >= 0 {
					s = mentionText(d, m)
				}
				fmt.Printf("  %-10s %2d  %s\n", m.Fate, m.Incident, strings.Join(strings.Fields(s), " "))
			}
		}
		return
	}
	docs := readTemplates(filepath.Join(*shared, "bench/muc4/templates_train.jsonl"))
	if *diagnose != "" {
		diagnoseMissed(x, docs, *diagnose)
		return
	}
	var ex []example
	ex = append(ex, muc4Examples(x, docs)...)
	ex = append(ex, newsExamples(x, filepath.Join(*shared, "bench/news-dev/gold.jsonl"), filepath.Join(*shared, "bench/news-dev"), "news-dev", scriptio.NewsDevTune)...)
	half := wireHalves(filepath.Join(*wire, "halves.tsv"))
	for _, h := range []string{"A", "B"} {
		inHalf := func(file string) bool { return half[file] == h }
		ex = append(ex, newsExamples(x, filepath.Join(*wire, "gold.jsonl"), filepath.Join(*shared, "corpus/reuters21578"), "wire-"+h, inHalf)...)
	}
	ex = append(ex, generalNegatives(x, *shared, *labels)...)
	crossValidate(ex)
}

// wireHalves reads bench/wire/halves.tsv: the half (A or B) of each wire
// story, so the folds and tables keep WIRE-A and WIRE-B apart as the
// scores do (scripts/news-split.sh wire-a|wire-b).
func wireHalves(path string) map[string]string {
	half := map[string]string{}
	scriptio.EachLine(path, func(line []byte) {
		s := string(line)
		if s == "" || strings.HasPrefix(s, "#") {
			return
		}
		h, file, ok := strings.Cut(s, "\t")
		if !ok {
			log.Fatalf("%s: %q is not half<TAB>file", path, s)
		}
		if _, dup := half[file]; dup {
			log.Fatalf("%s: %s is listed twice", path, file)
		}
		half[file] = h
	})
	return half
}

// mucDoc is a MUC-4 document with its key templates.
type mucDoc struct {
	ID        string        `json:"docid"`
	Text      string        `json:"text"`
	DateLine  *string       `json:"dateline_date"`
	Date      string        `json:"-"`
	Templates []mucTemplate `json:"templates"`
}

// mucTemplate is a key template: what its event's sentences hold.
type mucTemplate struct {
	Optional  bool      `json:"optional"`
	Dates     []keyDate `json:"incident_date"`
	Locations []struct {
		Path []struct {
			Name string `json:"name"`
			Type string `json:"type"`
		} `json:"path"`
	} `json:"incident_location"`
	PerpInd []struct {
		Strings []string `json:"strings"`
	} `json:"perp_individuals"`
	PerpOrg []struct {
		Strings []string `json:"strings"`
	} `json:"perp_organizations"`
	PhysTargets []struct {
		Strings []string `json:"strings"`
	} `json:"physical_targets"`
	HumTargets []struct {
		Name        []string `json:"name"`
		Description []string `json:"description"`
	} `json:"human_targets"`
}

// keyDate is a key's date range, days as YYYY-MM-DD.
type keyDate struct {
	From *string `json:"from"`
	To   *string `json:"to"`
}

func readTemplates(path string) []mucDoc {
	var out []mucDoc
	scriptio.EachLine(path, func(line []byte) {
		var d mucDoc
		if err := json.Unmarshal(line, &d); err != nil {
			log.Fatal(err)
		}
		if d.DateLine != nil {
			d.Date = *d.DateLine
		}
		out = append(out, d)
	})
	return out
}

// fillers returns the strings of a key template that a sentence telling
// its event holds: perpetrators, targets, victims and the places of its
// location below the country.
func (d *mucDoc) fillers(i int, places bool) []string {
	t := &d.Templates[i]
	var ss []string
	for _, f := range t.PerpInd {
		ss = append(ss, f.Strings...)
	}
	for _, f := range t.PerpOrg {
		ss = append(ss, f.Strings...)
	}
	for _, f := range t.PhysTargets {
		ss = append(ss, f.Strings...)
	}
	for _, h := range t.HumTargets {
		ss = append(ss, h.Name...)
		ss = append(ss, h.Description...)
	}
	for _, l := range t.Locations {
		if !places {
			break
		}
		for _, p := range l.Path {
			if p.Type != "COUNTRY" {
				ss = append(ss, p.Name)
			}
		}
	}
	return ss
}

// old reports whether key template i tells of an event more than
// recentDays before the document's date: what a news report tells in
// passing, as background, though MUC-4 keys it.
func (d *mucDoc) old(i int) bool {
	if recentDays < 0 || d.Date == "" {
		return false
	}
	pub, err := time.Parse("2006-01-02", d.Date)
	if err != nil {
		return false
	}
	for _, r := range d.Templates[i].Dates {
		if r.To == nil {
			return false
		}
		to, err := time.Parse("2006-01-02", *r.To)
		if err != nil || pub.Sub(to) <= time.Duration(recentDays)*24*time.Hour {
			return false
		}
	}
	return len(d.Templates[i].Dates) > 0
}

// touches reports whether text span s of d holds one of the key
// template's fillers, as a whole word.
func (d *mucDoc) touches(i int, s string) bool { return d.holds(i, s, true) }

// holds reports whether text span s holds a filler of key template i, its
// places too when places is set.
func (d *mucDoc) holds(i int, s string, places bool) bool {
	return holdsAny(s, d.fillers(i, places))
}

// own returns the fillers of key template i that no other template of d
// has: a perpetrator or town shared by two keys tells neither apart.
func (d *mucDoc) own(i int, places bool) []string {
	other := map[string]bool{}
	for j := range d.Templates {
		if j != i {
			for _, f := range d.fillers(j, true) {
				other[strings.ToUpper(strings.TrimSpace(f))] = true
			}
		}
	}
	var out []string
	for _, f := range d.fillers(i, places) {
		if !other[strings.ToUpper(strings.TrimSpace(f))] {
			out = append(out, f)
		}
	}
	return out
}

// holdsAny reports whether s holds one of the fillers fs as whole words.
// Whitespace is compared as one space: a filler of the keys may run over
// a line break of the upper-case text ("SCOTT\nHEYNDAL").
func holdsAny(s string, fs []string) bool {
	up := strings.ToUpper(strings.Join(strings.Fields(s), " "))
	for _, f := range fs {
		f = strings.ToUpper(strings.Join(strings.Fields(f), " "))
		if len(f) < 3 {
			continue
		}
		for k := 0; ; {
			j := strings.Index(up[k:], f)
			if j < 0 {
				break
			}
			j += k
			if (j == 0 || !isWordByte(up[j-1])) && (j+len(f) == len(up) || !isWordByte(up[j+len(f)])) {
				return true
			}
			k = j + 1
		}
	}
	return false
}

func isWordByte(c byte) bool { return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }

func report(x *extract.Extractor, d *doc.Document) extract.MentionReport {
	r, err := x.Mentions(context.Background(), d)
	if err != nil {
		log.Fatal(err)
	}
	return r
}

// sentence returns the text of a mention, headline mentions included.
func mentionText(d *doc.Document, m extract.MentionDecision) string {
	if m.Start < 0 {
		return ""
	}
	return d.Text[m.Start:min(m.End, len(d.Text))]
}

// muc4Examples labels every mention of MUC-4 train: positive when it holds
// fillers of a required key template, negative when it holds none of any
// template's; a mention that holds only an optional template's is left out.
func muc4Examples(x *extract.Extractor, docs []mucDoc) []example {
	var ex []example
	for di := range docs {
		d := &docs[di]
		dd := &doc.Document{ID: d.ID, Date: d.Date, Text: d.Text}
		r := report(x, dd)
		covered := make([]bool, len(d.Templates))
		for _, m := range r.Mentions {
			for i := range d.Templates {
				if m.Fate == "kept" && d.touches(i, mentionText(dd, m)) {
					covered[i] = true
				}
			}
		}
		for _, m := range r.Mentions {
			s := mentionText(dd, m)
			req, opt, placeOnly, fresh := false, false, false, false
			for i := range d.Templates {
				if d.touches(i, s) && !covered[i] {
					fresh = true
				}
				if !d.holds(i, s, false) && d.holds(i, s, true) {
					placeOnly = true
				}
				if d.touches(i, s) {
					if d.Templates[i].Optional || d.old(i) {
						opt = true
					} else {
						req = true
					}
				}
			}
			if opt && !req || placeOnly && !placeLabels || uncovered && req && m.Fate != "kept" && !fresh {
				continue
			}
			ex = append(ex, example{Example{Features: m.Features, Positive: req}, "muc4", d.ID, m.Fate, s})
		}
	}
	return ex
}

// newsGold is one line of a news gold file.
type newsGold struct {
	File       string `json:"file"`
	IsIncident bool   `json:"is_incident"`
	Incidents  []struct {
		Place    string `json:"city_or_place"`
		Optional bool   `json:"optional"`
	} `json:"incidents"`
}

var parenthesis = regexp.MustCompile(`\s*\(.*`)

// newsExamples labels the mentions of a news gold set's documents (those
// keep says, all when nil) by their place: a mention naming the place of a
// required gold incident is positive (one the rules dropped only when no
// kept mention names that place: a background sentence often names the
// town of the news), one naming only an optional (background) incident's
// place is negative, and every mention of an article with no incident is
// negative. Other mentions are left out: the gold gives no spans to align
// them by.
func newsExamples(x *extract.Extractor, goldPath, dir, source string, keep func(string) bool) []example {
	var ex []example
	scriptio.EachLine(goldPath, func(line []byte) {
		var g newsGold
		if err := json.Unmarshal(line, &g); err != nil {
			log.Fatal(err)
		}
		if keep != nil && !keep(g.File) {
			return
		}
		d := scriptio.ReadDoc(filepath.Join(dir, g.File))
		r := report(x, d)
		places := make([]string, len(g.Incidents))
		for i, in := range g.Incidents {
			places[i] = strings.ToLower(strings.TrimSpace(parenthesis.ReplaceAllString(in.Place, "")))
		}
		text := func(m extract.MentionDecision) string {
			if m.Start < 0 {
				return strings.ToLower(d.Title)
			}
			return strings.ToLower(mentionText(d, m))
		}
		covered := make([]bool, len(g.Incidents))
		for _, m := range r.Mentions {
			for i, p := range places {
				if m.Fate == "kept" && p != "" && strings.Contains(text(m), p) {
					covered[i] = true
				}
			}
		}
		for _, m := range r.Mentions {
			s := text(m)
			req, opt, fresh := false, false, false
			for i, in := range g.Incidents {
				if places[i] == "" || !strings.Contains(s, places[i]) {
					continue
				}
				if in.Optional {
					opt = true
				} else {
					req = true
					fresh = fresh || !covered[i]
				}
			}
			switch {
			case !g.IsIncident || len(g.Incidents) == 0:
			case req && (m.Fate == "kept" || fresh || !uncovered):
			case opt && !req:
			default:
				continue
			}
			ex = append(ex, example{Example{Features: m.Features, Positive: req}, source, g.File, m.Fate, s})
		}
	})
	return ex
}

// generalNegatives gives every mention of the general-news documents our
// labels call no event report as a negative: Reuters stories outside the
// fresh blind set (those /tmp/rnf links) and BBC 2005.
func generalNegatives(x *extract.Extractor, shared, labels string) []example {
	var ex []example
	scriptio.EachLine(labels, func(line []byte) {
		s := string(line)
		if s == "" || s[0] == '#' {
			return
		}
		c := strings.Split(s, "\t")
		if len(c) < 3 || c[2] != "0" {
			return
		}
		path := filepath.Join(shared, "corpus", c[0], c[1])
		if c[0] == "reuters21578" {
			path = filepath.Join("/tmp/rnf", c[1])
			if _, err := os.Stat(path); err != nil {
				return // fresh or wire: not ours to train on
			}
		}
		d := scriptio.ReadDoc(path)
		for _, m := range report(x, d).Mentions {
			ex = append(ex, example{Example{Features: m.Features}, "general", c[1], m.Fate, mentionText(d, m)})
		}
	})
	return ex
}

// folds is the number of document folds of cross-validation.
const folds = 5

func fold(docID string) int {
	h := fnv.New32a()
	h.Write([]byte(docID))
	return int(h.Sum32() % folds)
}

// crossValidate trains a model per document fold, scores the mentions of
// the held-out fold, and reports what a threshold would win back among
// the mentions the rules dropped.
func crossValidate(ex []example) {
	p := make([]float64, len(ex))
	for f := range folds {
		var fit []Example
		for _, e := range ex {
			if fold(e.doc) != f && (!droppedOnly || e.fate != "kept") {
				fit = append(fit, e.Example)
			}
		}
		m := train(fit, DefaultConfig)
		for i, e := range ex {
			if fold(e.doc) == f {
				p[i] = m.score(e.Features)
			}
		}
	}
	summary(ex, p)
	if show {
		idx := make([]int, 0, len(ex))
		for i, e := range ex {
			if e.fate != "kept" {
				idx = append(idx, i)
			}
		}
		slices.SortStableFunc(idx, func(i, j int) int { return cmp.Compare(p[j], p[i]) })
		for _, i := range idx[:min(len(idx), 80)] {
			fmt.Printf("%.2f %v %-10s %s %s\n", p[i], ex[i].Positive, ex[i].fate, ex[i].doc, strings.Join(strings.Fields(ex[i].text), " "))
		}
	}
	fmt.Printf("threshold at which rescued mentions are right 4 times in 5, none of general news: %.2f\n", chooseThreshold(ex, p))
}

// summary prints, per source, the mentions and positives by fate, and the
// out-of-fold AUC.
func summary(ex []example, p []float64) {
	type key struct{ source, fate string }
	n, pos := map[key]int{}, map[key]int{}
	for _, e := range ex {
		k := key{e.source, e.fate}
		n[k]++
		if e.Positive {
			pos[k]++
		}
	}
	keys := make([]key, 0, len(n))
	for k := range n {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int { return cmp.Or(cmp.Compare(a.source, b.source), cmp.Compare(a.fate, b.fate)) })
	fmt.Println("source      fate        mentions  positive")
	for _, k := range keys {
		fmt.Printf("%-11s %-11s %8d  %8d\n", k.source, k.fate, n[k], pos[k])
	}
	fmt.Printf("out-of-fold AUC, all mentions: %.3f; dropped mentions: %.3f\n", auc(ex, p, func(example) bool { return true }),
		auc(ex, p, func(e example) bool { return e.fate != "kept" }))
	fmt.Println("dropped mentions at or above a threshold (out of fold):")
	fmt.Println("thr   source      rescued  of which positive")
	for _, thr := range []float64{0.5, 0.6, 0.7, 0.8, 0.9} {
		for _, src := range []string{"muc4", "news-dev", "wire-A", "wire-B", "general"} {
			k, kp := 0, 0
			for i, e := range ex {
				if e.source == src && e.fate != "kept" && p[i] >= thr {
					k++
					if e.Positive {
						kp++
					}
				}
			}
			fmt.Printf("%.1f   %-11s %7d  %7d\n", thr, src, k, kp)
		}
	}
}

// chooseThreshold returns the lowest threshold at which, out of fold, the
// dropped mentions it would keep are right at least four times in five
// (a rescued mention makes an incident; a wrong one a false incident) and
// no general-news mention is kept.
func chooseThreshold(ex []example, p []float64) float64 {
	for thr := 0.50; thr < 0.99; thr += 0.01 {
		k, kp, gen := 0, 0, 0
		for i, e := range ex {
			if e.fate == "kept" || p[i] < thr {
				continue
			}
			k++
			if e.Positive {
				kp++
			}
			if e.source == "general" {
				gen++
			}
		}
		if k > 0 && 5*kp >= 4*k && gen == 0 {
			return float64(int(thr*100+0.5)) / 100
		}
	}
	return 0.99
}

// auc is the area under the ROC curve of the examples in.
func auc(ex []example, p []float64, in func(example) bool) float64 {
	type sp struct {
		p   float64
		pos bool
	}
	var s []sp
	np, nn := 0, 0
	for i, e := range ex {
		if !in(e) {
			continue
		}
		s = append(s, sp{p[i], e.Positive})
		if e.Positive {
			np++
		} else {
			nn++
		}
	}
	if np == 0 || nn == 0 {
		return 0
	}
	sort.SliceStable(s, func(i, j int) bool { return s[i].p < s[j].p })
	rank, sum := 0.0, 0.0
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j].p == s[i].p {
			j++
		}
		r := float64(i+j+1) / 2 // mean rank of the tie
		for k := i; k < j; k++ {
			if s[k].pos {
				sum += r
			}
		}
		rank = r
		i = j
	}
	_ = rank
	return (sum - float64(np*(np+1))/2) / float64(np*nn)
}

var verboseLine = regexp.MustCompile(`^(\S+): (MISSED|ok|wrong) `)

// diagnoseMissed reads the verbose listing of MUC-4 train and tells for
// each missed key why: the relevance gate, a negative frame, no mention
// holding its fillers (never found), or mentions that all were dropped
// (by background, hedged or generic), or one kept and lost later.
func diagnoseMissed(x *extract.Extractor, docs []mucDoc, verbose string) {
	byID := map[string]*mucDoc{}
	for i := range docs {
		byID[docs[i].ID] = &docs[i]
	}
	missed := map[string][]bool{} // per document, per required template
	scriptio.EachLine(verbose, func(line []byte) {
		sm := verboseLine.FindSubmatch(line)
		if sm == nil {
			return
		}
		id := string(sm[1])
		missed[id] = append(missed[id], string(sm[2]) == "MISSED")
	})
	counts := map[string]int{}
	total, inFoundDoc := 0, 0
	ids := make([]string, 0, len(missed))
	for id := range missed {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		d := byID[id]
		dd := &doc.Document{ID: d.ID, Date: d.Date, Text: d.Text}
		var r *extract.MentionReport
		req := -1
		found := false
		for _, ms := range missed[id] {
			found = found || !ms
		}
		for i := range d.Templates {
			if d.Templates[i].Optional {
				continue
			}
			req++
			if req >= len(missed[id]) || !missed[id][req] {
				continue
			}
			total++
			if found {
				inFoundDoc++
			}
			if r == nil {
				rr := report(x, dd)
				r = &rr
			}
			why := "never found"
			switch {
			case len(d.own(i, true)) == 0:
				why = "no filler of its own" // every filler is another key's too: no mention can be told apart
			case r.Gated:
				why = "gate"
			case r.Negative:
				why = "negative frame"
			default:
				// the mentions holding its perpetrators, targets or
				// victims; failing those, its places
				fates := map[string]bool{}
				for _, places := range []bool{false, true} {
					for _, m := range r.Mentions {
						if holdsAny(mentionText(dd, m), d.own(i, places)) {
							f := m.Fate
							if f == "background" {
								f += "(" + m.Why + ")"
							}
							fates[f] = true
						}
					}
					if len(fates) > 0 {
						if places {
							counts["(by place only)"]++
						}
						break
					}
				}
				switch {
				case fates["kept"]:
					delete(fates, "")
					why = "kept, lost later: " + d.keptWhy(i, dd, r, missed[id])
				case len(fates) > 0:
					var fs []string
					for f := range fates {
						fs = append(fs, f)
					}
					sort.Strings(fs)
					why = "dropped: " + strings.Join(fs, "+")
				}
			}
			counts[why]++
			if listMissed {
				fmt.Printf("%s\t%d\t%s\n", id, i, why)
			}
		}
	}
	fmt.Printf("missed keys: %d (%d in documents where another key was found)\n", total, inFoundDoc)
	ws := make([]string, 0, len(counts))
	for w := range counts {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	for _, w := range ws {
		fmt.Printf("  %-30s %d\n", w, counts[w])
	}
}

// keptWhy tells what became of the incidents holding missed key i's
// mentions: merged with a found key's (one incident told two), with
// another missed key's, or alone (an incident whose fields agreed with no
// key enough to match, or that matched an optional one).
func (d *mucDoc) keptWhy(i int, dd *doc.Document, r *extract.MentionReport, missed []bool) string {
	incs := map[int]bool{}
	for _, places := range []bool{false, true} {
		for _, m := range r.Mentions {
			if m.Fate == "kept" && holdsAny(mentionText(dd, m), d.own(i, places)) {
				incs[m.Incident] = true
			}
		}
		if len(incs) > 0 {
			break
		}
	}
	why := "alone"
	req := -1
	for j := range d.Templates {
		if d.Templates[j].Optional {
			continue
		}
		req++
		if j == i {
			continue
		}
		for _, m := range r.Mentions {
			if m.Fate == "kept" && incs[m.Incident] && holdsAny(mentionText(dd, m), d.own(j, false)) {
				if req < len(missed) && !missed[req] {
					return "merged with a found key, " + d.apart(i, j, dd, r)
				}
				why = "merged with a missed key"
			}
		}
	}
	return why
}

// apart tells how two merged keys i and j differ: by day (or "open day"
// when one has no closed range), by place
// (the deepest element of their locations), and whether one mention holds
// fillers of both (a sentence telling two attacks).
func (d *mucDoc) apart(i, j int, dd *doc.Document, r *extract.MentionReport) string {
	day := func(k int) string {
		var ss []string
		for _, r := range d.Templates[k].Dates {
			if r.From != nil && r.To != nil {
				ss = append(ss, *r.From+".."+*r.To)
			}
		}
		return strings.Join(ss, ",")
	}
	place := func(k int) string {
		var ss []string
		for _, l := range d.Templates[k].Locations {
			if n := len(l.Path); n > 0 {
				ss = append(ss, l.Path[n-1].Name)
			}
		}
		return strings.Join(ss, ",")
	}
	out := "same day"
	switch {
	case day(i) == "" || day(j) == "":
		out = "open day" // a key dated only "on or before" (MUC-4's "- 2 NOV 89") gives no day to tell apart
	case day(i) != day(j):
		out = "other day"
	}
	if place(i) != place(j) || place(i) == "" {
		out += ", other place"
	} else {
		out += ", same place"
	}
	for _, m := range r.Mentions {
		s := mentionText(dd, m)
		if holdsAny(s, d.own(i, false)) && holdsAny(s, d.own(j, false)) {
			return out + ", one sentence"
		}
	}
	return out
}
