// Package roles finds who did what to whom: the spans of a news text that
// fill the five MUC-4 roles (perpetrator individual, perpetrator
// organisation, physical target, named human victim, weapon), and groups
// them into entities.
//
// It is a learned sequence tagger, where the extractor's rules are
// hand-written: a greedy averaged perceptron over BIO tags with hashed
// features (words, shapes, affixes, the words around, the lexicon's
// triggers, weapons and target nouns, the armed-group lexicon, the
// distance to the nearest event word). The rules are written for modern
// mixed-case wire copy; the tagger learns from the 1,300 answer-keyed
// MUC-4 documents, lower-cased radio transcripts on which the rules find
// too little. The model is data (model.bin.gz, embedded), rebuilt by
// scripts/roles; see README.md beside this file.
package roles

import (
	_ "embed"
	"sync"
)

// Role is one of the five MUC-4 role fillers.
type Role uint8

// Roles, in GRIT's order.
const (
	PerpInd Role = iota // PERP: INDIVIDUAL ID ("urban guerrillas", "two men")
	PerpOrg             // PERP: ORGANIZATION ID ("fmln")
	Target              // PHYS TGT: ID ("power tower")
	Victim              // HUM TGT: NAME, named people only
	Weapon              // INCIDENT: INSTRUMENT ID ("dynamite")
	NumRoles
)

var roleNames = [NumRoles]string{"PerpInd", "PerpOrg", "Target", "Victim", "Weapon"}

func (r Role) String() string {
	if r < NumRoles {
		return roleNames[r]
	}
	return "Role(?)"
}

// Tags: O, then B and I of each role. tagB(r) = 1+2r, tagI(r) = 2+2r.
const numTags = 1 + 2*int(NumRoles)

func tagB(r Role) int { return 1 + 2*int(r) }
func tagI(r Role) int { return 2 + 2*int(r) }

// tagRole is the role of a B or I tag.
func tagRole(t int) Role { return Role((t - 1) / 2) }

func isB(t int) bool { return t > 0 && t%2 == 1 }

// allowed reports whether tag t may follow tag prev: an I continues a B or
// I of the same role.
func allowed(prev, t int) bool {
	return t == 0 || isB(t) || prev != 0 && tagRole(prev) == tagRole(t)
}

// Span is one role filler mention: text[Start:End], byte offsets.
type Span struct {
	Role       Role
	Start, End int
}

// Model is a trained tagger. It is read-only and safe for concurrent use.
type Model struct {
	feats *table
	w     []int32 // weight of (feature row, tag) at row*numTags+tag
	// bias is subtracted from the scores of each role's B and I tags: a
	// precision/recall knob tuned on held-out training documents.
	bias [NumRoles]int32
}

//go:embed model.bin.gz
var modelData []byte

var (
	loadOnce sync.Once
	loaded   *Model
	loadErr  error
)

// Load returns the embedded model, decoded on first use and shared.
func Load() (*Model, error) {
	loadOnce.Do(func() { loaded, loadErr = Decode(modelData) })
	return loaded, loadErr
}

// Tag returns the role filler spans of s in order. It never fails on
// outside text: a document of punctuation gives no spans.
func (m *Model) Tag(s string) []Span {
	return m.TagPrepared(Prepare(s))
}

// Prepared is a document with its features computed, to be tagged by
// several models (or one model with several biases) without computing
// them again.
type Prepared struct{ d *document }

// Prepare computes the features of s.
func Prepare(s string) Prepared {
	f, err := newFeaturizer()
	if err != nil {
		return Prepared{&document{}} // the embedded lexicons are checked by their own tests
	}
	return Prepared{f.document(s)}
}

// TagPrepared returns the role filler spans of a prepared document.
func (m *Model) TagPrepared(p Prepared) []Span {
	return spans(p.d, decode(p.d, m.feats, m.w, m.bias))
}

// score adds up the weights of known features for every tag.
func score(tab *table, w []int32, feats []uint64, out *[numTags]int64) {
	for _, k := range feats {
		r := tab.row(k)
		if r < 0 {
			continue
		}
		ws := w[r*numTags : (r+1)*numTags]
		for t := range numTags {
			out[t] += int64(ws[t])
		}
	}
}

// history returns the features of the tags chosen before token i: the
// previous tag, the two previous tags, and the previous tag with the word.
func history(dst []uint64, d *document, tags []int, i int) []uint64 {
	p1, p2 := -1, -1
	if i > 0 {
		p1 = tags[i-1]
	}
	if i > 1 {
		p2 = tags[i-2]
	}
	return append(dst,
		hash("t-1", tagName(p1)),
		hash("t-2t-1", tagName(p2), tagName(p1)),
		hash("t-1w", tagName(p1), d.words[i]))
}

var tagNames = func() [numTags + 1]string {
	var n [numTags + 1]string
	n[0] = "<s>"
	n[1] = "O"
	for r := range NumRoles {
		n[1+tagB(r)] = "B-" + r.String()
		n[1+tagI(r)] = "I-" + r.String()
	}
	return n
}()

func tagName(t int) string { return tagNames[t+1] }

// decode tags d greedily from left to right, each token's best allowed
// tag given the tags before it.
func decode(d *document, tab *table, w []int32, bias [NumRoles]int32) []int {
	tags := make([]int, len(d.words))
	var dyn []uint64
	for i := range d.words {
		tags[i], dyn = step(d, tab, w, tags, i, dyn, &bias)
	}
	return tags
}

// step is one greedy step, of tagging and of training alike: token i's
// best allowed tag given the tags before it, each role's score lowered by
// its bias, and the history features it was scored with (in dyn's space).
func step(d *document, tab *table, w []int32, tags []int, i int, dyn []uint64, bias *[NumRoles]int32) (int, []uint64) {
	var sc [numTags]int64
	score(tab, w, d.feats[i], &sc)
	return stepFrom(sc, d, tab, w, tags, i, dyn, bias)
}

// stepFrom is step given sc, the scores of token i's own features: they
// do not depend on the tags before it, so the ranker, which decodes a
// document at several biases, sums them once.
func stepFrom(sc [numTags]int64, d *document, tab *table, w []int32, tags []int, i int, dyn []uint64, bias *[NumRoles]int32) (int, []uint64) {
	dyn = history(dyn[:0], d, tags, i)
	score(tab, w, dyn, &sc)
	best := 0
	for t := 1; t < numTags; t++ {
		sc[t] -= int64(bias[tagRole(t)])
		if allowed(prev(tags, i), t) && sc[t] > sc[best] {
			best = t
		}
	}
	return best, dyn
}

func prev(tags []int, i int) int {
	if i == 0 {
		return 0
	}
	return tags[i-1]
}

// spans reads the tagged spans off tags: a B and the I's that follow it.
func spans(d *document, tags []int) []Span {
	var out []Span
	for i := 0; i < len(tags); i++ {
		if !isB(tags[i]) {
			continue
		}
		r := tagRole(tags[i])
		j := i + 1
		for j < len(tags) && tags[j] == tagI(r) {
			j++
		}
		out = append(out, Span{Role: r, Start: int(d.toks[i].Start), End: int(d.toks[j-1].End)})
		i = j - 1
	}
	return out
}
