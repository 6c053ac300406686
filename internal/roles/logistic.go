package roles

import (
	"math"
	"math/rand/v2"
)

// fitLogistic learns nout independent logistic outputs over rows of
// binary features by averaged stochastic gradient descent. It is the one
// training loop of the ranker, its relevance model and the sentence
// model, so that a change to how they learn is made once: epochs passes
// over the rows in an order shuffled by a PCG seeded with seed and
// seed^salt (each model its own salt), step rate, weight decay l2 applied
// lazily (to the weights a row touches). feats[i] holds row i's feature
// ids, below nfeat; y[i*nout+o] says whether row i is positive for output
// o. It returns the averaged weights, nout per feature id; the same rows
// and settings give the same weights.
func fitLogistic(feats [][]int32, y []bool, nfeat, nout, epochs int, rate, l2 float64, seed, salt uint64) []float64 {
	w := make([]float64, nfeat*nout)
	acc := make([]float64, nfeat*nout) // sum of c*delta, for the average w - acc/c
	c := 1.0
	order := make([]int, len(feats))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, seed^salt))
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			for o := range nout {
				z := 0.0
				for _, f := range feats[i] {
					z += w[int(f)*nout+o]
				}
				t := 0.0
				if y[i*nout+o] {
					t = 1
				}
				g := rate * (t - 1/(1+math.Exp(-z)))
				for _, f := range feats[i] {
					x := int(f)*nout + o
					d := g - rate*l2*w[x]
					w[x] += d
					acc[x] += c * d
				}
			}
			c++
		}
	}
	for x := range w {
		w[x] -= acc[x] / c
	}
	return w
}

// fitAveraged is fitLogistic run k times (at least once), run j with
// seed+j, returning the mean of the k weight vectors. Each run's weights
// depend on the order SGD saw the rows in, so a model from one order is
// one draw: rebuilds that differ only in order moved MUC-4 dev by over a
// point. The outputs are linear in the weights, so the mean weights give
// the mean logits of the k models in one model of the same size, with
// less of that order's noise.
func fitAveraged(feats [][]int32, y []bool, nfeat, nout, epochs int, rate, l2 float64, seed, salt uint64, k int) []float64 {
	w := fitLogistic(feats, y, nfeat, nout, epochs, rate, l2, seed, salt)
	if k <= 1 {
		return w
	}
	for j := 1; j < k; j++ {
		for x, v := range fitLogistic(feats, y, nfeat, nout, epochs, rate, l2, seed+uint64(j), salt) {
			w[x] += v
		}
	}
	for x := range w {
		w[x] /= float64(k)
	}
	return w
}

// featureIDs numbers hashed feature keys densely, in order of first
// sight, for fitLogistic.
type featureIDs struct {
	id   map[uint64]int32
	keys []uint64 // by id
}

// of returns the ids of ks, numbering the keys not seen before, so that a
// model's weights are a dense slice rather than a map.
func (f *featureIDs) of(ks []uint64) []int32 {
	if f.id == nil {
		f.id = map[uint64]int32{}
	}
	out := make([]int32, len(ks))
	for j, k := range ks {
		id, ok := f.id[k]
		if !ok {
			id = int32(len(f.keys))
			f.id[k] = id
			f.keys = append(f.keys, k)
		}
		out[j] = id
	}
	return out
}
