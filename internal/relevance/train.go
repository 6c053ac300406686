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
// (Fit) over the hashed features of each article. The weights come
// quantised as a model file holds them, so that a trained model scores as
// it will once shipped. The threshold is left at 0.5; the training script
// sets it from held-out predictions.
func Train(ex []Example, cfg TrainConfig) *Model {
	mask := uint32(1)<<cfg.Bits - 1
	xs := make([]Vector, len(ex))
	for i, e := range ex {
		v := Vector{Positive: e.Relevant, Weight: e.Weight}
		var k int
		v.Index, k = appendFeatures(nil, e.Title, e.Body)
		for j := range v.Index {
			v.Index[j] &= mask
		}
		v.Scale = 1 / math.Sqrt(float64(max(k, 1)))
		xs[i] = v
	}
	w, bias := Fit(xs, cfg, rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x5eed)))
	avg := make([]float32, len(w))
	for j := range w {
		avg[j] = float32(w[j])
	}
	m := &Model{bits: cfg.Bits, bias: float32(bias), Threshold: 0.5}
	m.quantise(avg)
	return m
}

// Vector is one training example as the learner sees it: the indexes of
// the weights its features hash to, the scale of each feature, its label,
// and the weight of its loss (0 counts as 1).
type Vector struct {
	Index    []uint32
	Scale    float64
	Positive bool
	Weight   float64
}

// Fit fits logistic regression by averaged stochastic gradient descent
// over 1<<cfg.Bits weights and a bias, shuffling the examples with rng
// before each epoch (the caller's, so that each learner keeps the order
// its recorded measurements were made with), and returns the average of the weights over all steps
// (as accurate as a tuned schedule and far less sensitive to it). It is
// the learner of Train and of other classifiers over hashed features
// (scripts/mentions).
func Fit(xs []Vector, cfg TrainConfig, rng *rand.Rand) (w []float64, bias float64) {
	n := 1 << cfg.Bits
	w = make([]float64, n)
	// Averaging by the usual trick: keep u = sum of t*update, and the
	// average is w - u/t.
	u := make([]float64, n)
	var b, ub float64
	order := make([]int, len(xs))
	for i := range order {
		order[i] = i
	}
	t := 1.0
	for range cfg.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			x := xs[i]
			s := b
			for _, j := range x.Index {
				s += w[j] * x.Scale
			}
			y := 0.0
			if x.Positive {
				y = 1
			}
			wt := x.Weight
			if wt == 0 {
				wt = 1
			}
			g := (sigmoid(s) - y) * wt
			lr := cfg.Rate / math.Sqrt(t)
			for _, j := range x.Index {
				d := -lr * (g*x.Scale + cfg.L2*w[j])
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
	return w, b - ub/t
}
