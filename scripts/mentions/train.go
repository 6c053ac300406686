package main

import (
	"math"
	"math/rand/v2"
)

// Example is one labelled mention for training.
type Example struct {
	Features []string
	Positive bool
}

// TrainConfig sets the learner. Training is deterministic: the same
// examples in the same order and the same config give the same weights.
type TrainConfig struct {
	Bits   uint8   // log2 of the number of hashed features
	Epochs int     // passes over the data
	Rate   float64 // initial learning rate, decayed as 1/sqrt(t)
	L2     float64 // weight decay on the features an example touches
	Seed   uint64  // order of examples within each epoch
}

// DefaultConfig is the configuration the measurements in README.md used.
var DefaultConfig = TrainConfig{Bits: 16, Epochs: 30, Rate: 20, L2: 1e-4, Seed: 11}

// model is a trained mention classifier: one weight per hashed feature and
// a bias.
type model struct {
	bits uint8
	w    []float64
	bias float64
}

// score is the probability that a mention with these features reports an
// event of the story.
func (m *model) score(features []string) float64 {
	mask := uint32(1)<<m.bits - 1
	s := 0.0
	for _, f := range features {
		s += m.w[hash(f)&mask]
	}
	return sigmoid(m.bias + s/math.Sqrt(float64(max(len(features), 1))))
}

// hash is FNV-1a of a feature.
func hash(f string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(f); i++ {
		h ^= uint32(f[i])
		h *= 16777619
	}
	return h
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// train fits logistic regression by averaged stochastic gradient descent,
// as internal/relevance does for documents (features scaled by
// 1/sqrt(their number)).
func train(ex []Example, cfg TrainConfig) *model {
	n := 1 << cfg.Bits
	mask := uint32(n - 1)
	idx := make([][]uint32, len(ex))
	for i, e := range ex {
		for _, f := range e.Features {
			idx[i] = append(idx[i], hash(f)&mask)
		}
	}
	w := make([]float64, n)
	u := make([]float64, n) // sum of t*update: the average is w - u/t
	var b, ub float64
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0xe7e))
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	t := 1.0
	for range cfg.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			x := idx[i]
			scale := 1 / math.Sqrt(float64(max(len(x), 1)))
			s := b
			for _, j := range x {
				s += w[j] * scale
			}
			y := 0.0
			if ex[i].Positive {
				y = 1
			}
			g := sigmoid(s) - y
			lr := cfg.Rate / math.Sqrt(t)
			for _, j := range x {
				d := -lr * (g*scale + cfg.L2*w[j])
				w[j] += d
				u[j] += t * d
			}
			d := -lr * g
			b += d
			ub += t * d
			t++
		}
	}
	for j := range w {
		w[j] -= u[j] / t
	}
	return &model{bits: cfg.Bits, w: w, bias: b - ub/t}
}
