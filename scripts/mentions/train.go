package main

import (
	"math"
	"math/rand/v2"

	"github.com/sitrep/sitrep/internal/relevance"
)

// Example is one labelled mention for training.
type Example struct {
	Features []string
	Positive bool
}

// TrainConfig sets the learner, internal/relevance's.
type TrainConfig = relevance.TrainConfig

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

// train fits logistic regression by internal/relevance's learner (features
// scaled by 1/sqrt(their number), as it does for documents).
func train(ex []Example, cfg TrainConfig) *model {
	mask := uint32(1)<<cfg.Bits - 1
	xs := make([]relevance.Vector, len(ex))
	for i, e := range ex {
		x := relevance.Vector{Positive: e.Positive}
		for _, f := range e.Features {
			x.Index = append(x.Index, hash(f)&mask)
		}
		x.Scale = 1 / math.Sqrt(float64(max(len(x.Index), 1)))
		xs[i] = x
	}
	w, bias := relevance.Fit(xs, cfg, rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0xe7e)))
	return &model{bits: cfg.Bits, w: w, bias: bias}
}
