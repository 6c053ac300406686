package roles

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// RankDoc is a document prepared for the ranker: its candidates and their
// features, computed once for training, tuning and filling.
type RankDoc struct{ r *ranked }

// PrepareRank gathers the candidates of s, tagging it with m at every
// level and scoring its sentences with sent (nil: no sentence features);
// rules are the extractor's strings by role.
func PrepareRank(s string, m *Model, sent *Sentences, rules [NumRoles][]string) RankDoc {
	return RankDoc{prepareRanked(Prepare(s), s, m, sent, rules)}
}

// Texts returns the text of each candidate's first mention, by which the
// trainer labels it.
func (d RankDoc) Texts() []string {
	out := make([]string, len(d.r.c.list))
	for k := range d.r.c.list {
		out[k] = d.r.scored(k, 0, 0).Text
	}
	return out
}

// FillDoc is Fill on a prepared document, with the thresholds thr and no
// gates; it returns the document's relevance score too.
func (rn *Ranker) FillDoc(d RankDoc, thr [NumRoles]float32) ([]Scored, float32) {
	return rn.fill(d.r, thr), rn.relevance(d.r)
}

// RankConfig sets a ranker training run; the same config and documents
// always give the same ranker.
type RankConfig struct {
	Epochs int
	Seed   uint64
	Rate   float64 // the SGD step
	L2     float64 // weight decay per step, applied lazily
	// Avg is how many models, each trained on its own order of the
	// examples (seeds Seed, Seed+1, ...), the ranker and its relevance
	// model average their weights over; 0 and 1 train one.
	Avg int
}

// TrainRanker learns the ranker's weights by logistic regression with
// averaged stochastic gradient descent: labels[i][k][r] says whether
// candidate k of docs[i] fills role r. Thresholds are left at 0 (odds of
// one to one); the trainer tunes them.
func TrainRanker(docs []RankDoc, labels [][][NumRoles]bool, cfg RankConfig) (*Ranker, error) {
	if len(docs) != len(labels) {
		return nil, errors.New("roles: train ranker: docs and labels differ in number")
	}
	if cfg.Epochs < 1 {
		return nil, errors.New("roles: train ranker: epochs must be at least 1")
	}
	// features as dense rows, numbered in order of first sight
	var ids featureIDs
	var feats [][]int32
	var ys []bool
	for i, d := range docs {
		if len(labels[i]) != len(d.r.c.list) {
			return nil, fmt.Errorf("roles: train ranker: document %d has %d candidates and %d labels", i, len(d.r.c.list), len(labels[i]))
		}
		for k, ks := range d.r.feats {
			feats = append(feats, ids.of(ks))
			ys = append(ys, labels[i][k][:]...)
		}
	}
	w := fitAveraged(feats, ys, len(ids.keys), int(NumRoles), cfg.Epochs, cfg.Rate, cfg.L2, cfg.Seed, 0x5deece66d, cfg.Avg)
	rn := &Ranker{w: make(map[uint64][NumRoles]float32, len(ids.keys)), rel: trainRelevance(docs, labels, cfg)}
	for id, key := range ids.keys {
		var ws [NumRoles]float32
		keep := false
		for r := range int(NumRoles) {
			if avg := w[id*int(NumRoles)+r]; math.Abs(avg) >= 1e-3 {
				ws[r] = float32(avg)
				keep = true
			}
		}
		if keep {
			rn.w[key] = ws
		}
	}
	return rn, nil
}

// trainRelevance learns the relevance weights by logistic regression as
// TrainRanker learns the candidates' (twice the epochs): a document is
// relevant when one of its candidates fills a role.
func trainRelevance(docs []RankDoc, labels [][][NumRoles]bool, cfg RankConfig) map[uint64]float32 {
	var ids featureIDs
	feats := make([][]int32, len(docs))
	ys := make([]bool, len(docs))
	for i, l := range labels {
		feats[i] = ids.of(docs[i].r.doc)
		for _, y := range l {
			if y != ([NumRoles]bool{}) {
				ys[i] = true
			}
		}
	}
	w := fitAveraged(feats, ys, len(ids.keys), 1, 2*cfg.Epochs, cfg.Rate, cfg.L2, cfg.Seed, 0x9e3779b9, cfg.Avg)
	out := map[uint64]float32{}
	for id, k := range ids.keys {
		if avg := w[id]; math.Abs(avg) >= 1e-3 {
			out[k] = float32(avg)
		}
	}
	return out
}

// WithDecision returns a copy of rn (sharing its weights) deciding by d.
func (rn *Ranker) WithDecision(d Decision) *Ranker {
	c := *rn
	c.dec = d
	return &c
}

// WithSentences returns a copy of rn (sharing its weights) that scores
// sentences with sm, the model its features were trained with.
func (rn *Ranker) WithSentences(sm *Sentences) *Ranker {
	c := *rn
	c.sent = sm
	return &c
}

// Decision returns how the ranker decides.
func (rn *Ranker) Decision() Decision { return rn.dec }

// rankMagic starts a ranker file.
const rankMagic = "sitrep-ranker 1"

// Encode writes the ranker: a header line, the decision, the relevance
// weights, the sentence model's weights, then each feature key in hexadecimal with its five weights, in
// key order, gzipped.
func (rn *Ranker) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, rankMagic)
	for r, t := range rn.dec.Threshold {
		fmt.Fprintf(bw, "threshold %s %s\n", Role(r), strconv.FormatFloat(float64(t), 'g', 4, 32))
	}
	for r, k := range rn.dec.TopK {
		fmt.Fprintf(bw, "topk %s %d\n", Role(r), k)
	}
	fmt.Fprintf(bw, "gate %s\n", strconv.FormatFloat(float64(rn.dec.Gate), 'g', 4, 32))
	fmt.Fprintf(bw, "relgate %s\n", strconv.FormatFloat(float64(rn.dec.RelGate), 'g', 4, 32))
	rkeys := make([]uint64, 0, len(rn.rel))
	for k := range rn.rel {
		rkeys = append(rkeys, k)
	}
	slices.SortFunc(rkeys, cmp.Compare)
	for _, k := range rkeys {
		fmt.Fprintf(bw, "rel %x %s\n", k, strconv.FormatFloat(float64(rn.rel[k]), 'g', 3, 32))
	}
	if rn.sent != nil {
		skeys := make([]uint64, 0, len(rn.sent.w))
		for k := range rn.sent.w {
			skeys = append(skeys, k)
		}
		slices.SortFunc(skeys, cmp.Compare)
		for _, k := range skeys {
			fmt.Fprintf(bw, "sent %x", k)
			for _, x := range rn.sent.w[k] {
				fmt.Fprintf(bw, " %s", strconv.FormatFloat(float64(x), 'g', 3, 32))
			}
			bw.WriteByte('\n')
		}
	}
	keys := make([]uint64, 0, len(rn.w))
	for k := range rn.w {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, cmp.Compare)
	for _, k := range keys {
		fmt.Fprintf(bw, "%x", k)
		for _, x := range rn.w[k] {
			fmt.Fprintf(bw, " %s", strconv.FormatFloat(float64(x), 'g', 3, 32))
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// DecodeRanker reads a ranker Encode wrote.
func DecodeRanker(r io.Reader) (*Ranker, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ranker: %w", err)
	}
	sc := bufio.NewScanner(zr)
	if !sc.Scan() || sc.Text() != rankMagic {
		return nil, errors.New("ranker: not a ranker file of this version")
	}
	rn := &Ranker{w: map[uint64][NumRoles]float32{}, rel: map[uint64]float32{}}
	for n := 2; sc.Scan(); n++ {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 3 && f[0] == "threshold":
			r := roleByName(f[1])
			v, err := strconv.ParseFloat(f[2], 32)
			if r >= NumRoles || err != nil {
				return nil, fmt.Errorf("ranker: line %d: bad threshold", n)
			}
			rn.dec.Threshold[r] = float32(v)
		case len(f) == 3 && f[0] == "topk":
			r := roleByName(f[1])
			v, err := strconv.Atoi(f[2])
			if r >= NumRoles || err != nil || v < 0 {
				return nil, fmt.Errorf("ranker: line %d: bad topk", n)
			}
			rn.dec.TopK[r] = v
		case len(f) == 2 && (f[0] == "gate" || f[0] == "relgate"):
			v, err := strconv.ParseFloat(f[1], 32)
			if err != nil {
				return nil, fmt.Errorf("ranker: line %d: bad %s", n, f[0])
			}
			if f[0] == "gate" {
				rn.dec.Gate = float32(v)
			} else {
				rn.dec.RelGate = float32(v)
			}
		case len(f) == 3 && f[0] == "rel":
			k, err1 := strconv.ParseUint(f[1], 16, 64)
			v, err2 := strconv.ParseFloat(f[2], 32)
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("ranker: line %d: bad relevance weight", n)
			}
			rn.rel[k] = float32(v)
		case len(f) == 2+sentOut && f[0] == "sent":
			k, err := strconv.ParseUint(f[1], 16, 64)
			if err != nil {
				return nil, fmt.Errorf("ranker: line %d: bad sentence feature key", n)
			}
			var ws [sentOut]float32
			for r := range ws {
				v, err := strconv.ParseFloat(f[2+r], 32)
				if err != nil {
					return nil, fmt.Errorf("ranker: line %d: bad sentence weight", n)
				}
				ws[r] = float32(v)
			}
			if rn.sent == nil {
				rn.sent = &Sentences{w: map[uint64][sentOut]float32{}}
			}
			rn.sent.w[k] = ws
		case len(f) == 1+int(NumRoles):
			k, err := strconv.ParseUint(f[0], 16, 64)
			if err != nil {
				return nil, fmt.Errorf("ranker: line %d: bad feature key", n)
			}
			var ws [NumRoles]float32
			for r := range ws {
				v, err := strconv.ParseFloat(f[1+r], 32)
				if err != nil {
					return nil, fmt.Errorf("ranker: line %d: bad weight", n)
				}
				ws[r] = float32(v)
			}
			rn.w[k] = ws
		default:
			return nil, fmt.Errorf("ranker: line %d: want a threshold or a weight", n)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ranker: %w", err)
	}
	return rn, nil
}

func roleByName(s string) Role {
	for r := range NumRoles {
		if r.String() == s {
			return r
		}
	}
	return NumRoles
}

//go:embed ranker.txt.gz
var rankerData []byte

var (
	rankOnce   sync.Once
	rankLoaded *Ranker
	rankErr    error
)

// LoadRanker returns the embedded ranker, decoded on first use and shared.
func LoadRanker() (*Ranker, error) {
	rankOnce.Do(func() { rankLoaded, rankErr = DecodeRanker(bytes.NewReader(rankerData)) })
	return rankLoaded, rankErr
}
