package relevance

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

//go:embed calibration.tsv
var calibrationTSV string

// Calibration turns an incident's raw score (the extractor's confidence,
// which says how complete the record is, times the model's probability)
// into the share of incidents with that score that were real when we read
// them (incidents.tsv): the raw score ranks incidents, but a raw 0.55 was
// right nine times in ten. It is a step function, fitted by isotonic
// regression (scripts/relevance -calibrate), so it keeps the ranking.
type Calibration struct {
	upper []float64 // raw scores below upper[i] (and at or above upper[i-1]) map to prob[i]
	prob  []float64
}

// ParseCalibration reads calibration.tsv: lines "upper<TAB>probability",
// upper increasing, the last one above 1; "#" starts a comment.
func ParseCalibration(src string) (*Calibration, error) {
	c := &Calibration{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			return nil, fmt.Errorf("calibration line %d: want upper<TAB>probability", n+1)
		}
		u, err1 := strconv.ParseFloat(f[0], 64)
		p, err2 := strconv.ParseFloat(f[1], 64)
		if err1 != nil || err2 != nil || p < 0 || p > 1 {
			return nil, fmt.Errorf("calibration line %d: bad numbers %q", n+1, line)
		}
		if k := len(c.upper); k > 0 && (u <= c.upper[k-1] || p < c.prob[k-1]) {
			return nil, fmt.Errorf("calibration line %d: bounds and probabilities must increase", n+1)
		}
		c.upper = append(c.upper, u)
		c.prob = append(c.prob, p)
	}
	if len(c.upper) == 0 || c.upper[len(c.upper)-1] <= 1 {
		return nil, fmt.Errorf("calibration: the last bound must lie above 1")
	}
	return c, nil
}

// Prob is the calibrated probability of a raw score.
func (c *Calibration) Prob(raw float64) float64 {
	for i, u := range c.upper {
		if raw < u {
			return c.prob[i]
		}
	}
	return c.prob[len(c.prob)-1]
}

// Encode writes c in the format ParseCalibration reads, after header.
func (c *Calibration) Encode(header string) []byte {
	var b strings.Builder
	b.WriteString(header)
	for i := range c.upper {
		fmt.Fprintf(&b, "%.3f\t%.2f\n", c.upper[i], c.prob[i])
	}
	return []byte(b.String())
}

// FitCalibration fits the step function by isotonic regression (pool
// adjacent violators) of real on raw, on rates smoothed as (real+1)/(n+2)
// so that no step claims certainty from a few incidents.
func FitCalibration(raw []float64, real []bool) *Calibration {
	idx := make([]int, len(raw))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return raw[idx[a]] < raw[idx[b]] })
	type block struct {
		lo, hi  float64
		n, real int
	}
	var bs []block
	for _, i := range idx {
		b := block{lo: raw[i], hi: raw[i], n: 1}
		if real[i] {
			b.real = 1
		}
		if k := len(bs); k > 0 && bs[k-1].hi == b.lo {
			bs[k-1].n++
			bs[k-1].real += b.real
		} else {
			bs = append(bs, b)
		}
		// pool while the previous block's smoothed rate is not below the last one's
		for k := len(bs); k > 1 && (bs[k-2].real+1)*(bs[k-1].n+2) >= (bs[k-1].real+1)*(bs[k-2].n+2); k = len(bs) {
			bs[k-2].hi = bs[k-1].hi
			bs[k-2].n += bs[k-1].n
			bs[k-2].real += bs[k-1].real
			bs = bs[:k-1]
		}
	}
	c := &Calibration{}
	for k, b := range bs {
		u := 2.0
		if k+1 < len(bs) {
			u = (b.hi + bs[k+1].lo) / 2
		}
		c.upper = append(c.upper, u)
		c.prob = append(c.prob, float64(b.real+1)/float64(b.n+2))
	}
	return c
}
