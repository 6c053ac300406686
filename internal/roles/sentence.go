package roles

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/text"
)

// Sentences scores each sentence of a document: the log-odds that it
// holds a role filler of an incident the answer key records. A MUC-4
// template is one incident; a story tells the attack in some sentences
// and, in others, an older murder, an army clash or a denial, whose words
// (names, groups, "killed") look like fillers to the ranker. Which
// sentences tell the incident is a question about the sentence (its act,
// who speaks, when), so it is learnt apart, from the answer keys: a
// sentence holding a key's string is a positive one. The ranker reads the
// scores of the sentences a candidate stands in.
type Sentences struct {
	w map[uint64][sentOut]float32
}

// sentOut is the number of sentence scores: one per role (holds a filler
// of the role) and one for any role, last.
const sentOut = int(NumRoles) + 1

// sentFeatures are the hashed features of each sentence of d: its words
// and word bigrams, its event words and lexicon categories, its armed groups, its place in
// the story, its length, and how much older than the story's latest year
// the years it names are.
func sentFeatures(d *document) [][]uint64 {
	n := 0
	if len(d.sent) > 0 {
		n = int(d.sent[len(d.sent)-1]) + 1
	}
	latest := 0
	for _, w := range d.words {
		if y := year(w); y > latest {
			latest = y
		}
	}
	fs := make([][]string, n)
	first := make([]int, n)
	for i := len(d.words) - 1; i >= 0; i-- {
		first[d.sent[i]] = i
	}
	for i, w := range d.words {
		s := d.sent[i]
		if i == first[s] {
			fs[s] = append(fs[s], "sb", "si:"+bucket(int(s)))
		}
		if hasLetter([]string{w}) {
			fs[s] = append(fs[s], "sw:"+w)
		}
		if i > first[s] {
			fs[s] = append(fs[s], "sbg:"+d.words[i-1]+" "+w)
		}
		if d.event[i] {
			e := eventWord(d, i)
			cat, _, _ := strings.Cut(e, ":")
			fs[s] = append(fs[s], "sev:"+e, "sevc:"+cat)
		}
		for _, l := range d.lex[i] {
			if l[0] == 'B' {
				cat, _, _ := strings.Cut(l[1:], ":")
				fs[s] = append(fs[s], "slex:"+cat)
			}
		}
		if g := d.group[i]; g != "" && g[0] == 'B' {
			fs[s] = append(fs[s], "sg:"+g[1:])
		}
		if y := year(w); y > 0 {
			fs[s] = append(fs[s], "syr:"+bucket(latest-y))
		}
	}
	out := make([][]uint64, n)
	for s, f := range fs {
		nw := 0
		for _, x := range f {
			if strings.HasPrefix(x, "sw:") {
				nw++
			}
		}
		f = append(f, "sn:"+bucket(nw/4))
		slices.Sort(f)
		f = slices.Compact(f)
		ks := make([]uint64, len(f))
		for k, x := range f {
			ks[k] = hash(x)
		}
		out[s] = ks
	}
	return out
}

// sentPrune is the least weight the sentence model keeps: dropping
// those under 0.01 (the ranker keeps 0.001) takes the model from 153,434
// features to 110,325 and the ranker file from 3.1 MB to 2.0 MB, and
// cross-validated the same (43.6 against 43.3 micro F1 tuned on the
// other folds, 44.0 against 44.2 pooled).
const sentPrune = 1e-2

// year is the year a word names (1900 to 2099), or 0.
func year(w string) int {
	if len(w) != 4 || !(strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return 0
	}
	y, err := strconv.Atoi(w)
	if err != nil {
		return 0
	}
	return y
}

// scores returns the log-odds of each sentence of d, per role and for
// any role.
func (sm *Sentences) scores(d *document) [][sentOut]float32 {
	fs := sentFeatures(d)
	out := make([][sentOut]float32, len(fs))
	if sm == nil {
		return out
	}
	for s, ks := range fs {
		for _, k := range ks {
			w := sm.w[k]
			for r := range w {
				out[s][r] += w[r]
			}
		}
	}
	return out
}

// sentLabels says which sentences of d hold a labelled filler of each
// role, and of any role.
func sentLabels(d *document, spans []Span) [][sentOut]bool {
	n := 0
	if len(d.sent) > 0 {
		n = int(d.sent[len(d.sent)-1]) + 1
	}
	out := make([][sentOut]bool, n)
	for _, sp := range spans {
		i, _ := slices.BinarySearchFunc(d.toks, sp.Start, func(t text.Token, p int) int { return int(t.Start) - p })
		if i < len(d.toks) {
			out[d.sent[i]][sp.Role] = true
			out[d.sent[i]][NumRoles] = true
		}
	}
	return out
}

// TrainSentences learns the sentence model from labelled documents by
// logistic regression with averaged stochastic gradient descent (twice
// cfg's epochs, its step and weight decay, examples shuffled by a PCG
// seeded with cfg.Seed): the same documents and config give the same
// model.
func TrainSentences(examples []Example, cfg RankConfig) *Sentences {
	var ids featureIDs
	var feats [][]int32
	var ys []bool
	for _, ex := range examples {
		d := Prepare(ex.Text).d
		ls := sentLabels(d, ex.Spans)
		for s, ks := range sentFeatures(d) {
			feats = append(feats, ids.of(ks))
			ys = append(ys, ls[s][:]...)
		}
	}
	w := fitLogistic(feats, ys, len(ids.keys), sentOut, 2*cfg.Epochs, cfg.Rate, cfg.L2, cfg.Seed, 0x2545f4914f6cdd1d)
	sm := &Sentences{w: map[uint64][sentOut]float32{}}
	for id, k := range ids.keys {
		var ws [sentOut]float32
		keep := false
		for r := range sentOut {
			if avg := w[id*sentOut+r]; math.Abs(avg) >= sentPrune {
				ws[r] = float32(avg)
				keep = true
			}
		}
		if keep {
			sm.w[k] = ws
		}
	}
	return sm
}

// SentenceAUC is the area under the ROC curve of sm's any-role sentence
// scores against the labelled sentences of examples: how well it ranks
// the sentences that hold fillers above those that do not.
func SentenceAUC(sm *Sentences, examples []Example) float64 {
	type pt struct {
		z float32
		y bool
	}
	var pts []pt
	for _, ex := range examples {
		d := Prepare(ex.Text).d
		ls := sentLabels(d, ex.Spans)
		for s, z := range sm.scores(d) {
			pts = append(pts, pt{z[NumRoles], ls[s][NumRoles]})
		}
	}
	slices.SortStableFunc(pts, func(a, b pt) int {
		switch {
		case a.z < b.z:
			return -1
		case a.z > b.z:
			return 1
		}
		return 0
	})
	// rank-sum, ties sharing their mean rank
	var pos, neg, sum float64
	for i := 0; i < len(pts); {
		j := i
		for j < len(pts) && pts[j].z == pts[i].z {
			j++
		}
		mean := float64(i+j+1) / 2
		for k := i; k < j; k++ {
			if pts[k].y {
				pos++
				sum += mean
			} else {
				neg++
			}
		}
		i = j
	}
	if pos == 0 || neg == 0 {
		return 0.5
	}
	return (sum - pos*(pos+1)/2) / (pos * neg)
}

// sentBucket groups a sentence's log-odds into whole steps from -5 to 3.
func sentBucket(z float32) string {
	return strconv.Itoa(int(math.Floor(float64(min(max(z, -5), 3)))))
}
