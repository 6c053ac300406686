package roles

import (
	"cmp"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/text"
)

// Example is one training document: its text and the gold spans.
type Example struct {
	Text  string
	Spans []Span
}

// Label finds the gold spans of a document from its answer key's strings:
// every occurrence of every filler string that starts and ends at token
// boundaries, compared case-insensitively. Every occurrence, not only the
// first: a string the key names is a filler wherever it stands ("the fmln"
// in the headline and in the claim), and labelling only one occurrence
// would teach the tagger that the same words in the same context are both
// a filler and not one. Longer strings win over the strings they contain
// ("farabundo marti national liberation front" over "liberation front");
// at equal length the earlier role wins.
func Label(s string, fillers [NumRoles][]string) []Span {
	toks := text.Tokenize(nil, s)
	starts := map[int]bool{}
	ends := map[int]bool{}
	for _, t := range toks {
		starts[int(t.Start)] = true
		ends[int(t.End)] = true
	}
	type cand struct {
		Span
		n int
	}
	var cands []cand
	low := strings.ToLower(s)
	for r, fs := range fillers {
		seen := map[string]bool{}
		for _, f := range fs {
			f = strings.ToLower(strings.TrimSpace(f))
			if f == "" || seen[f] {
				continue
			}
			seen[f] = true
			for from := 0; ; {
				k := strings.Index(low[from:], f)
				if k < 0 {
					break
				}
				st, en := from+k, from+k+len(f)
				if starts[st] && ends[en] {
					cands = append(cands, cand{Span{Role(r), st, en}, len(f)})
				}
				from = st + 1
			}
		}
	}
	// longest first, then earliest role, then position: a stable order
	// that does not depend on map iteration
	slices.SortStableFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.Role, b.Role), cmp.Compare(a.Start, b.Start))
	})
	taken := make([]bool, len(s)+1)
	var out []Span
	for _, c := range cands {
		free := true
		for i := c.Start; i < c.End; i++ {
			if taken[i] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for i := c.Start; i < c.End; i++ {
			taken[i] = true
		}
		out = append(out, c.Span)
	}
	slices.SortFunc(out, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// TrainConfig sets a training run. The same config and examples always
// give the same model.
type TrainConfig struct {
	Epochs int    // passes over the examples
	Seed   uint64 // the order of examples in each pass
	// MinCount drops features seen fewer times in the examples: a word
	// seen once teaches nothing that carries to new text, and the model
	// stays small.
	MinCount int
}

// quantum is the weights' resolution: an averaged weight is stored as the
// nearest multiple of 1/quantum.
const quantum = 16

// Train learns a model from examples with the averaged perceptron: decode
// each document greedily with the current weights and, at each token where
// the tag is wrong, add the features to the gold tag and take them from
// the predicted one. The model keeps the weights averaged over all
// updates, which generalise far better than the last ones.
func Train(examples []Example, cfg TrainConfig) (*Model, error) {
	if cfg.Epochs < 1 {
		return nil, errors.New("roles: train: epochs must be at least 1")
	}
	f, err := newFeaturizer()
	if err != nil {
		return nil, err
	}

	// the features: counted in a sketch (a collision only keeps a rare
	// feature), kept once seen MinCount times, in the order first kept
	tab := newTable(1 << 16)
	counts := make([]uint8, 1<<24)
	keep := func(k uint64) {
		c := &counts[k*0x9e3779b97f4a7c15>>40]
		if int(*c) < cfg.MinCount {
			*c++
		}
		if int(*c) >= cfg.MinCount {
			tab.add(k)
		}
	}
	for _, ex := range examples {
		d := f.document(ex.Text)
		gold := goldTags(d, ex.Spans)
		var dyn []uint64
		for i := range d.words {
			for _, k := range d.feats[i] {
				keep(k)
			}
			for _, k := range history(dyn[:0], d, gold, i) {
				keep(k)
			}
		}
	}
	counts = nil

	n := tab.n * numTags
	w := make([]int32, n)
	acc := make([]int64, n) // sum of c*delta, for the lazy average w - acc/c
	c := int64(1)
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x5deece66d))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	update := func(feats []uint64, t int, delta int32) {
		for _, k := range feats {
			r := tab.row(k)
			if r < 0 {
				continue
			}
			w[r*numTags+t] += delta
			acc[r*numTags+t] += c * int64(delta)
		}
	}
	for range cfg.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, ei := range order {
			ex := examples[ei]
			d := f.document(ex.Text)
			gold := goldTags(d, ex.Spans)
			tags := make([]int, len(d.words))
			var dyn []uint64
			for i := range d.words {
				// decode's greedy step, unbiased, then the update
				var best int
				best, dyn = step(d, tab, w, tags, i, dyn, &noBias)
				if best != gold[i] {
					update(d.feats[i], gold[i], 1)
					update(dyn, gold[i], 1)
					update(d.feats[i], best, -1)
					update(dyn, best, -1)
				}
				tags[i] = best
				c++
			}
		}
	}
	m := &Model{feats: tab, w: w}
	for k := range w {
		avg := float64(w[k]) - float64(acc[k])/float64(c)
		w[k] = int32(math.Round(avg * quantum))
	}
	return m, nil
}

// goldTags turns gold spans into BIO tags over d's tokens. A span that
// does not start and end at token boundaries is left out.
func goldTags(d *document, spans []Span) []int {
	tags := make([]int, len(d.toks))
	ti := 0
	for _, s := range spans {
		for ti < len(d.toks) && int(d.toks[ti].Start) < s.Start {
			ti++
		}
		if ti >= len(d.toks) || int(d.toks[ti].Start) != s.Start {
			continue
		}
		j := ti
		for j < len(d.toks) && int(d.toks[j].End) < s.End {
			j++
		}
		if j >= len(d.toks) || int(d.toks[j].End) != s.End {
			continue
		}
		tags[ti] = tagB(s.Role)
		for k := ti + 1; k <= j; k++ {
			tags[k] = tagI(s.Role)
		}
	}
	return tags
}

// WithBias returns a copy of m (sharing its weights) whose role scores are
// lowered by bias: positive values trade recall for precision.
func (m *Model) WithBias(bias [NumRoles]int32) *Model {
	c := *m
	c.bias = bias
	return &c
}

// Bias returns the model's per-role bias.
func (m *Model) Bias() [NumRoles]int32 { return m.bias }

// Pruned returns a copy of m without the weights smaller than least in
// magnitude, and without the features left with none: a smaller file and a
// faster load for little accuracy.
func (m *Model) Pruned(least int32) *Model {
	c := *m
	c.feats = newTable(0)
	var w []int32
	for i, k := range m.feats.keys {
		if k == 0 {
			continue
		}
		r := int(m.feats.rows[i])
		row := append([]int32(nil), m.w[r*numTags:(r+1)*numTags]...)
		keep := false
		for t, x := range row {
			if x > -least && x < least {
				row[t] = 0
			} else {
				keep = true
			}
		}
		if keep {
			c.feats.add(k)
			w = append(w, row...)
		}
	}
	c.w = w
	return &c
}

// noBias leaves every role's score as the weights give it, as training
// wants.
var noBias [NumRoles]int32
