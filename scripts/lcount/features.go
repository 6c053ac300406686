package main

import (
	"hash/fnv"
	"math"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
)

// cand is one number mention (value >= 0) or the "none" option (value -1)
// with its hashed features.
type cand struct {
	value int
	feats []uint32
}

const nbuckets = 1 << 18

// bagWidth is how many tokens each side go into the context bags.
var bagWidth = 6

// sums adds a candidate for two counts joined by "and" (lcount -sums).
var sums bool

type tok struct {
	s    string // lower case
	in   string // "title" or "text"
	off  int    // byte offset in it
	sent int    // sentence index: 0 the headline, 1 the lead, ...
	num  int    // value when a number mention, else -1
	word bool   // a number word, not digits
}

var tokRE = regexp.MustCompile(`[0-9][0-9,]*(?:\.[0-9]+)?|[\p{L}]+(?:[-'’][\p{L}]+)*|[^\s\p{L}0-9]`)

var units = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
var tens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90}

// wordValue is a number word's value: "seven", "twenty-five"; -1 else.
func wordValue(w string) int {
	if v, ok := units[w]; ok {
		return v
	}
	if v, ok := tens[w]; ok {
		return v
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		if t, ok := tens[a]; ok {
			if u, ok := units[b]; ok && u < 10 {
				return t + u
			}
		}
	}
	return -1
}

// tokenize splits headline and body into lower-cased tokens with their
// sentence index and number values.
func tokenize(title, text string) []tok {
	var out []tok
	sent := 0
	add := func(s, in string, base int) {
		for _, ix := range tokRE.FindAllStringIndex(s, -1) {
			l := strings.ToLower(s[ix[0]:ix[1]])
			t := tok{s: l, in: in, off: base + ix[0], sent: sent, num: -1}
			if l[0] >= '0' && l[0] <= '9' {
				if !strings.Contains(l, ".") {
					if v, err := strconv.Atoi(strings.ReplaceAll(l, ",", "")); err == nil {
						t.num = v
					}
				}
			} else if v := wordValue(l); v >= 0 {
				t.num, t.word = v, true
			}
			out = append(out, t)
			if l == "." || l == "!" || l == "?" {
				sent++
			}
		}
	}
	add(title, "title", 0)
	sent = 1
	base := 0
	for _, para := range strings.Split(text, "\n") {
		at := base
		base += len(para) + 1
		if strings.TrimSpace(para) == "" {
			continue
		}
		add(para, "text", at)
		if len(out) > 0 && out[len(out)-1].sent == sent {
			sent++
		}
	}
	// "a policeman was killed" = 1, "no one was hurt" = 0: the article or
	// "no" counts only with a kill or hurt word close by in its sentence
	for i := range out {
		v := -1
		switch out[i].s {
		case "a", "an", "another":
			v = 1
		case "no", "nobody", "none":
			v = 0
		}
		if v < 0 {
			continue
		}
		if s, d := near(out, i, killWords); s != "" && d <= 4 {
			out[i].num, out[i].word = v, true
		} else if s, d := near(out, i, hurtWords); s != "" && d <= 4 {
			out[i].num, out[i].word = v, true
		}
	}
	// "two hundred", "a hundred", "a dozen"
	for i := range out {
		switch out[i].s {
		case "hundred":
			if i > 0 && out[i-1].num > 0 && out[i-1].num < 10 {
				out[i-1].num *= 100
				out[i-1].word = true
			} else if i > 0 && out[i-1].s == "a" {
				out[i-1].num, out[i-1].word = 100, true
			}
		case "dozen":
			if i > 0 && (out[i-1].s == "a" || out[i-1].s == "one") {
				out[i-1].num, out[i-1].word = 12, true
			}
		}
	}
	return out
}

var killWords = set("killed", "killing", "kills", "kill", "dead", "died", "die", "dies", "death", "deaths",
	"bodies", "toll", "lives", "slain", "massacred", "murdered", "executed", "fatalities", "perished",
	"lost", "shot", "beheaded", "corpses", "fatally")
var hurtWords = set("wounded", "wounding", "injured", "injuring", "injuries", "hurt", "hospital",
	"hospitalised", "hospitalized", "treated", "wounds", "casualties", "injury")
var quals = set("least", "than", "about", "some", "nearly", "over", "around", "almost", "approximately",
	"roughly", "up", "estimated", "only")
var months = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

func set(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func hash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32() % nbuckets
}

func bucket(n int) string {
	switch {
	case n <= 1:
		return strconv.Itoa(n)
	case n <= 2:
		return "2"
	case n <= 4:
		return "3-4"
	case n <= 6:
		return "5-6"
	default:
		return "7+"
	}
}

func valueShape(v int) string {
	switch {
	case v == 0:
		return "0"
	case v == 1:
		return "1"
	case v < 10:
		return "2-9"
	case v < 100:
		return "10-99"
	case v >= 1900 && v <= 2099:
		return "yearlike"
	case v < 1000:
		return "100-999"
	default:
		return "1000+"
	}
}

// near finds the nearest token of ws within the sentence of toks[i]
// (max 10 away), returning the side ("L"/"R") and distance, or "", 0.
func near(toks []tok, i int, ws map[string]bool) (string, int) {
	for d := 1; d <= 10; d++ {
		if j := i + d; j < len(toks) && toks[j].sent == toks[i].sent && ws[toks[j].s] {
			return "R", d
		}
		if j := i - d; j >= 0 && toks[j].sent == toks[i].sent && ws[toks[j].s] {
			return "L", d
		}
	}
	return "", 0
}

// candidates are the number mentions of a document with their features,
// and the "none" option.
func candidates(title, text string, anc *anchor) []cand {
	toks := tokenize(title, text)
	var mine, theirs map[int]bool
	if anc != nil {
		mine = sentences(anc.in, toks)
		theirs = map[int]bool{}
		for _, o := range anc.others {
			for k := range sentences(o, toks) {
				theirs[k] = true
			}
		}
	}
	occ := map[int]int{}
	var killVals []int
	for i, t := range toks {
		if t.num < 0 {
			continue
		}
		occ[t.num]++
		if side, _ := near(toks, i, killWords); side != "" {
			killVals = append(killVals, t.num)
		}
	}
	inHead, inBody := map[int]bool{}, map[int]bool{}
	for _, t := range toks {
		if t.num >= 0 {
			if t.sent == 0 {
				inHead[t.num] = true
			} else {
				inBody[t.num] = true
			}
		}
	}
	nKill := map[int]bool{}
	for _, v := range killVals {
		nKill[v] = true
	}
	var out []cand
	for i, t := range toks {
		if t.num < 0 {
			continue
		}
		var fs []string
		f := func(s string) { fs = append(fs, s) }
		f("bias")
		f("shape:" + valueShape(t.num))
		if t.word {
			f("word")
		}
		for d := 1; d <= bagWidth; d++ {
			if j := i - d; j >= 0 && toks[j].sent == t.sent {
				f("L:" + norm(toks[j]))
			}
			if j := i + d; j < len(toks) && toks[j].sent == t.sent {
				f("R:" + norm(toks[j]))
			}
		}
		if i > 0 {
			f("P1:" + norm(toks[i-1]))
		}
		if i+1 < len(toks) {
			f("N1:" + norm(toks[i+1]))
			if i+2 < len(toks) {
				f("N12:" + norm(toks[i+1]) + "_" + norm(toks[i+2]))
			}
		}
		if i > 1 {
			f("P21:" + norm(toks[i-2]) + "_" + norm(toks[i-1]))
		}
		ks, kd := near(toks, i, killWords)
		hs, hd := near(toks, i, hurtWords)
		if ks != "" {
			f("kill:" + ks + bucket(kd))
			f("kill:any")
		} else {
			f("kill:none")
		}
		if hs != "" {
			f("hurt:" + hs + bucket(hd))
			f("hurt:any")
		} else {
			f("hurt:none")
		}
		if ks != "" && hs != "" {
			if kd < hd {
				f("closer:kill")
			} else {
				f("closer:hurt")
			}
		}
		if i > 0 && quals[toks[i-1].s] {
			f("qual")
		}
		if i > 0 && (months[toks[i-1].s]) || i+1 < len(toks) && months[toks[i+1].s] {
			f("month")
		}
		if i > 0 && (toks[i-1].s == "since" || toks[i-1].s == "in") {
			f("after:" + toks[i-1].s)
		}
		for j := i - 6; j < i; j++ {
			if j >= 0 && toks[j].sent == t.sent && toks[j].num >= 1900 && toks[j].num <= 2099 && !strings.Contains(toks[j].s, ",") {
				f("year-in-sentence-before")
				break
			}
		}
		f("sent:" + bucket(t.sent))
		if t.sent == 0 {
			f("headline")
		}
		f("occ:" + bucket(occ[t.num]))
		if nKill[t.num] {
			rank := 0
			for v := range nKill {
				if v > t.num {
					rank++
				}
			}
			f("killrank:" + bucket(rank))
		}
		if anc != nil {
			d := 99
			for k := range mine {
				d = min(d, max(k-t.sent, t.sent-k))
			}
			f("anc:dist:" + bucket(d))
			if theirs[t.sent] && !mine[t.sent] {
				f("anc:other")
			}
			if len(anc.others) > 0 {
				f("anc:multi&dist:" + bucket(d))
			}
		}
		f("kill:" + ks + "&shape:" + valueShape(t.num))
		f("hurt:" + hs + "&shape:" + valueShape(t.num))
		if t.sent == 0 && inBody[t.num] {
			f("also-in-body")
		}
		if t.sent > 0 && inHead[t.num] {
			f("also-in-headline")
		}
		out = append(out, cand{value: t.num, feats: hashAll(fs)})
		// "an officer and four soldiers", "a commander and two other
		// people": two counts joined by "and" count one group of victims
		if sums {
			for j := i + 1; j < len(toks) && j <= i+5 && toks[j].sent == t.sent; j++ {
				if toks[j].num >= 0 {
					break
				}
				if toks[j].s != "and" {
					continue
				}
				for k := j + 1; k < len(toks) && k <= j+3 && toks[k].sent == t.sent; k++ {
					if toks[k].num < 0 {
						continue
					}
					sf := []string{"sum", "sum:" + ks + bucket(kd), "sum:hurt:" + hs + bucket(hd), "sum:sent:" + bucket(t.sent)}
					if k+1 < len(toks) && toks[k+1].s == "other" || k+2 < len(toks) && toks[k+2].s == "other" {
						sf = append(sf, "sum:other")
					}
					ks2, kd2 := near(toks, k, killWords)
					hs2, hd2 := near(toks, k, hurtWords)
					sf = append(sf, "sum:kill2:"+ks2+bucket(kd2), "sum:hurt2:"+hs2+bucket(hd2))
					if i > 0 {
						sf = append(sf, "sum:P1:"+norm(toks[i-1]))
					}
					if k+1 < len(toks) {
						sf = append(sf, "sum:N1:"+norm(toks[k+1]))
					}
					out = append(out, cand{value: t.num + toks[k].num, feats: hashAll(sf)})
					break
				}
				break
			}
		}
	}
	nk := len(nKill)
	out = append(out, cand{value: -1, feats: hashAll([]string{"NONE", "NONE:nkill:" + bucket(nk), "NONE:ncand:" + bucket(len(out))})})
	return out
}

// anchor is the predicted incident a gold incident was matched to, and
// the document's other predicted incidents: where in the text each one's
// type, date and place were read.
type anchor struct {
	in     *record.Incident
	others []*record.Incident
}

// sentences are the sentence indexes of the incident's type, date and
// location evidence (not its counts).
func sentences(in *record.Incident, toks []tok) map[int]bool {
	out := map[int]bool{}
	for _, e := range in.Evidence {
		if e.Field != "type" && e.Field != "date" && e.Field != "location" {
			continue
		}
		where := e.In
		if where == "" {
			where = "text"
		}
		for _, t := range toks {
			if t.in == where && t.off >= e.Start && t.off < e.End {
				out[t.sent] = true
				break
			}
		}
	}
	return out
}

// norm is a token as a context feature: numbers are "#".
func norm(t tok) string {
	if t.num >= 0 && !t.word {
		return "#"
	}
	return t.s
}

func hashAll(fs []string) []uint32 {
	out := make([]uint32, len(fs))
	for i, s := range fs {
		out[i] = hash(s)
	}
	return out
}

// target is the right option of a document: the mentions whose value is
// the gold total, or the "none" option when no mention has it.
func target(cs []cand, gold int) []bool {
	y := make([]bool, len(cs))
	any := false
	for i, c := range cs {
		if c.value >= 0 && c.value == gold {
			y[i], any = true, true
		}
	}
	if !any {
		y[len(cs)-1] = true
	}
	return y
}

// fit learns a conditional-logit model by averaged SGD: each document a
// softmax over its candidates, the likelihood of its right options.
func fit(items []item) []float64 {
	const epochs, rate, l2 = 15, 0.1, 1e-4
	w := make([]float64, nbuckets)
	acc := make([]float64, nbuckets)
	c := 1.0
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(25, 3840))
	p := []float64{}
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			it := items[k]
			y := target(it.cands, it.gold)
			p = scores(w, it.cands, p[:0])
			softmax(p)
			// q: p restricted to the right options, renormalised
			qs := 0.0
			for i := range p {
				if y[i] {
					qs += p[i]
				}
			}
			for i, cd := range it.cands {
				g := -p[i]
				if y[i] {
					g += p[i] / qs
				}
				if g == 0 {
					continue
				}
				for _, f := range cd.feats {
					d := rate * g
					w[f] += d
					acc[f] += c * d
				}
			}
			// lazy-free simple decay on the touched weights
			for _, cd := range it.cands {
				for _, f := range cd.feats {
					d := -rate * l2 * w[f]
					w[f] += d
					acc[f] += c * d
				}
			}
			c++
		}
	}
	for i := range w {
		w[i] -= acc[i] / c
	}
	return w
}

func scores(w []float64, cs []cand, p []float64) []float64 {
	for _, cd := range cs {
		z := 0.0
		for _, f := range cd.feats {
			z += w[f]
		}
		p = append(p, z)
	}
	return p
}

func softmax(p []float64) {
	m := math.Inf(-1)
	for _, z := range p {
		m = math.Max(m, z)
	}
	s := 0.0
	for i, z := range p {
		p[i] = math.Exp(z - m)
		s += p[i]
	}
	for i := range p {
		p[i] /= s
	}
}

// choose is the number value with the most probability summed over its
// mentions and that probability (-1, 0 when the text has no number), and
// the probability of the "none" option, which is never chosen.
func choose(w []float64, cs []cand) (int, float64, float64) {
	p := scores(w, cs, nil)
	softmax(p)
	by := map[int]float64{}
	for i, c := range cs {
		by[c.value] += p[i]
	}
	best, bp := -1, 0.0
	for v, q := range by {
		if v < 0 {
			continue
		}
		if q > bp || (q == bp && (best < 0 || v < best)) {
			best, bp = v, q
		}
	}
	return best, bp, by[-1]
}
