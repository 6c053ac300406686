// Package relevance decides whether a news article reports a specific
// political-violence event, so that the extractor stays quiet on the
// business, sport, politics and disaster news that makes up most of a feed.
//
// The rule frames of package extract find every sentence that could report
// an attack; on general news most of them are metaphors ("shares were hit"),
// sport ("stormed to victory"), accidents and history. Whether an article as
// a whole reports an attack is a question a linear model over its words
// answers well and cheaply, so this package holds one: logistic regression
// over hashed word and word-pair features of the headline and lead, trained
// by scripts/relevance from public data and our own labels (README.md), and
// shipped as weights only. Sanity checks that need no model (dates after
// publication, historical death tolls) live here too, so that the extractor
// calls one hook.
package relevance

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
)

//go:embed model.bin
var embedded []byte

// magic opens a model file; the version changes when the features do.
const magic = "sitrep-relevance v1\n"

// Model is a trained relevance classifier: one weight per hashed feature,
// a bias, and the probability below which an article is judged not to
// report an event. It is read-only after loading and safe for concurrent
// use.
type Model struct {
	bits uint8
	// q and scale are the weights, q[i]*scale, as the file has them: a
	// trained model is quantised at once (quantise), so that the scores
	// the training script chooses the threshold from are those of the
	// model it ships. Score looks one up per word at random, and 512 KB
	// fit a core's 1 MB second-level cache beside the rest of extraction
	// better than the 1 MB of float32 they expand to, which sent more of
	// those lookups to the cache both workers share.
	q     []int16
	scale float32
	bias  float32
	// Threshold is the probability at or above which an article is
	// relevant, chosen by the training script on training data.
	Threshold float64
	// Calibration turns an incident's raw score into its confidence; nil
	// leaves the raw score (what scripts/relevance -calibrate fits on).
	Calibration *Calibration
}

// Load decodes the embedded model and its calibration, once: every
// extractor of a process shares it (it is read-only).
var Load = sync.OnceValues(func() (*Model, error) {
	m, err := Decode(embedded)
	if err != nil {
		return nil, err
	}
	if m.Calibration, err = ParseCalibration(calibrationTSV); err != nil {
		return nil, err
	}
	return m, nil
})

// Decode reads a model file: magic, hash bits, threshold and bias as
// float32, a scale, then 1<<bits weights quantised to int16 (the weights of
// a linear model need no more precision, and the file stays half the size).
func Decode(p []byte) (*Model, error) {
	if len(p) < len(magic)+13 || string(p[:len(magic)]) != magic {
		return nil, errors.New("relevance: not a model file")
	}
	p = p[len(magic):]
	bits := p[0]
	if bits < 8 || bits > 24 {
		return nil, fmt.Errorf("relevance: bad hash size 2^%d", bits)
	}
	thr := math.Float32frombits(binary.LittleEndian.Uint32(p[1:]))
	bias := math.Float32frombits(binary.LittleEndian.Uint32(p[5:]))
	scale := math.Float32frombits(binary.LittleEndian.Uint32(p[9:]))
	p = p[13:]
	n := 1 << bits
	if len(p) != 2*n {
		return nil, fmt.Errorf("relevance: %d weight bytes, want %d", len(p), 2*n)
	}
	m := &Model{bits: bits, q: make([]int16, n), scale: scale, bias: bias, Threshold: float64(thr)}
	for i := range m.q {
		m.q[i] = int16(binary.LittleEndian.Uint16(p[2*i:]))
	}
	return m, nil
}

// Encode writes m in the format Decode reads.
func (m *Model) Encode() []byte {
	out := make([]byte, 0, len(magic)+13+2*len(m.q))
	out = append(out, magic...)
	out = append(out, m.bits)
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(float32(m.Threshold)))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.bias))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.scale))
	for _, v := range m.q {
		out = binary.LittleEndian.AppendUint16(out, uint16(v))
	}
	return out
}

// quantise sets m's weights to w in the form Decode reads: int16 steps of
// scale, the largest weight's 32,767th.
func (m *Model) quantise(w []float32) {
	scale := float32(0)
	for _, v := range w {
		scale = max(scale, float32(math.Abs(float64(v))))
	}
	scale /= math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	m.q, m.scale = make([]int16, len(w)), scale
	for i, v := range w {
		m.q[i] = int16(math.Round(float64(v / scale)))
	}
}

// GreyFloor is the lowest score at which an article may still yield an
// incident. Between it and a model's Threshold the model is unsure, and an
// article yields only the attacks its opening states together with the
// armed agent that made them: an attack with no casualties reads like a
// reaction piece to a bag of words ("U.S. naval forces attack Iranian oil
// platform", 0.46), but not to a rule that reads who struck what. Below
// it, on our labels of general news, such statements are mostly
// metaphors, weapon tests and hostage stories.
const GreyFloor = 0.25

// Score is the probability that an article with this headline and body
// reports a specific political-violence event.
func (m *Model) Score(title, body string) float64 {
	mask := uint32(1)<<m.bits - 1
	var s float32
	// the product rounded to float32 before the sum, as when the weights
	// were expanded at load: the same score to the last bit
	// the hashes first, then their weights: the table lookups, out of
	// line of the scan, overlap (a closure called for each was a fifth of
	// the extractor's time on news it sets aside)
	var buf [2*leadWords + 128]uint32
	hs, n := appendFeatures(buf[:0], title, body)
	for _, h := range hs {
		s += float32(float32(m.q[h&mask]) * m.scale)
	}
	return sigmoid(float64(m.bias) + float64(s)/math.Sqrt(float64(max(n, 1))))
}

// Relevant reports whether Score reaches the model's threshold.
func (m *Model) Relevant(title, body string) bool {
	return m.Score(title, body) >= m.Threshold
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
