package relevance

import (
	"math"
	"math/rand/v2"
)

// Example is one labelled article for training. Weight scales its loss:
// sources whose labels fit sitrep's definition of an event less well (MUC-4
// calls army-guerrilla battles irrelevant) count for less.
type Example struct {
	Title, Body string
	Relevant    bool
	Weight      float64
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

// DefaultConfig is the configuration the shipped model was trained with.
var DefaultConfig = TrainConfig{Bits: 18, Epochs: 20, Rate: 5, L2: 1e-3, Seed: 10}

// Train fits logistic regression by averaged stochastic gradient descent
// (the average of the weights over all steps, which is as accurate as a
// tuned schedule and far less sensitive to it). The weights come quantised
// as a model file holds them, so that a trained model scores as it will
// once shipped. The threshold is left at 0.5; the training script sets it
// from held-out predictions.
func Train(ex []Example, cfg TrainConfig) *Model {
	n := 1 << cfg.Bits
	mask := uint32(n - 1)
	type vec struct {
		idx   []uint32
		scale float64
	}
	xs := make([]vec, len(ex))
	for i, e := range ex {
		var v vec
		k := features(e.Title, e.Body, func(h uint32) { v.idx = append(v.idx, h&mask) })
		v.scale = 1 / math.Sqrt(float64(max(k, 1)))
		xs[i] = v
	}
	w := make([]float64, n)
	// Averaging by the usual trick: keep u = sum of t*update, and the
	// average is w - u/t.
	u := make([]float64, n)
	var b, ub float64
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x5eed))
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	t := 1.0
	for range cfg.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			x := xs[i]
			s := b
			for _, j := range x.idx {
				s += w[j] * x.scale
			}
			y := 0.0
			if ex[i].Relevant {
				y = 1
			}
			wt := ex[i].Weight
			if wt == 0 {
				wt = 1
			}
			g := (sigmoid(s) - y) * wt
			lr := cfg.Rate / math.Sqrt(t)
			for _, j := range x.idx {
				d := -lr * (g*x.scale + cfg.L2*w[j])
				w[j] += d
				u[j] += t * d
			}
			d := -lr * g
			b += d
			ub += t * d
			t++
		}
	}
	avg := make([]float32, n)
	for j := range w {
		avg[j] = float32(w[j] - u[j]/t)
	}
	m := &Model{bits: cfg.Bits, bias: float32(b - ub/t), Threshold: 0.5}
	m.quantise(avg)
	return m
}
