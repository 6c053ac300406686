package roles

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/text"
)

// document holds the tokens and static features of one document. The
// features that do not depend on the tags chosen so far are hashed once
// here; the tag history features are added while decoding.
type document struct {
	toks  []text.Token
	words []string   // lower-cased token text
	feats [][]uint64 // per token, hashed static features
	// for the ranker (rank.go): each token's sentence, whether it is an
	// event word, its lexicon categories, and its armed-group kind
	sent  []int32
	event []bool
	lex   [][]string
	group []string
	// groupName is the canonical name of the armed group whose mention
	// starts at a token, or ""
	groupName []string
}

// cueWindow is how far (in tokens, within the sentence) the bag-of-words
// context of a token reaches: far enough for "killed by a group of armed
// men" and "the fmln ... claimed responsibility".
const cueWindow = 5

// eventCats are the lexicon categories that say something violent
// happened: a role filler is near one of them.
var eventCats = [...]lexicon.Category{lexicon.Trigger, lexicon.Kill, lexicon.Injure, lexicon.Kidnap}

// featurizer computes a document's static features. It holds the shared
// lexicons and scratch space; one per goroutine.
type featurizer struct {
	lex    *lexicon.Lexicon
	groups *actor.Lexicon
	buf    []byte
	ids    []uint32
	lm     []lexicon.Match
	am     []actor.Match
}

func newFeaturizer() (*featurizer, error) {
	lex, err := lexicon.Load()
	if err != nil {
		return nil, err
	}
	groups, err := actor.Load()
	if err != nil {
		return nil, err
	}
	return &featurizer{lex: lex, groups: groups}, nil
}

// hash is the key of a feature: FNV-1a over its name and values,
// separated by a zero byte, so that "w=x" and "p3=x" are different
// features.
func hash(parts ...string) uint64 {
	h := uint64(14695981039346656037)
	for i, p := range parts {
		if i > 0 {
			h *= 1099511628211 // the separator, a zero byte
		}
		for j := 0; j < len(p); j++ {
			h ^= uint64(p[j])
			h *= 1099511628211
		}
	}
	return featureKey(h)
}

// document tokenizes s and computes every token's static features.
func (f *featurizer) document(s string) *document {
	toks := text.Tokenize(nil, s)
	d := &document{toks: toks, words: make([]string, len(toks)), feats: make([][]uint64, len(toks))}
	f.ids = f.ids[:0]
	for i, t := range toks {
		w := s[t.Start:t.End]
		d.words[i] = strings.ToLower(w)
		var id uint32
		id, f.buf = f.lex.ID(w, f.buf)
		f.ids = append(f.ids, id)
	}

	// lexicon categories per token, as B/I of the phrase
	lexTag := make([][]string, len(toks))
	event := make([]string, len(toks)) // the event category at a token, or ""
	f.lm = f.lex.Find(f.lm[:0], f.ids)
	for _, m := range f.lm {
		name := m.Phrase.Cat.String() + ":" + m.Phrase.Value
		for k := m.Start; k < m.End; k++ {
			pos := "I"
			if k == m.Start {
				pos = "B"
			}
			lexTag[k] = append(lexTag[k], pos+name)
		}
		for _, c := range eventCats {
			if m.Phrase.Cat == c {
				event[m.Start] = name
			}
		}
	}
	// armed groups by name or acronym
	group := make([]string, len(toks))
	d.groupName = make([]string, len(toks))
	f.am = f.groups.Find(f.am[:0], s, text.DetectCase(s) == text.Lower)
	ti := 0
	for _, m := range f.am {
		for ti < len(toks) && int(toks[ti].End) <= m.Start {
			ti++
		}
		for k := ti; k < len(toks) && int(toks[k].Start) < m.End; k++ {
			group[k] = "I" + m.Group.Kind
			if k == ti {
				group[k] = "B" + m.Group.Kind
				d.groupName[k] = m.Group.Name
			}
		}
	}

	d.lex, d.group = lexTag, group
	d.sent, d.event = make([]int32, len(toks)), make([]bool, len(toks))
	for i, e := range event {
		d.event[i] = e != ""
	}
	sents := text.Sentences(nil, s, toks, text.DetectCase(s))
	for si, sn := range sents {
		for i := sn.First; i < sn.Last; i++ {
			d.sent[i] = int32(si)
		}
		// nearest event word to the left and right of each token
		hasEvent := false
		for k := sn.First; k < sn.Last; k++ {
			if event[k] != "" {
				hasEvent = true
			}
		}
		for i := sn.First; i < sn.Last; i++ {
			fs := d.feats[i][:0]
			add := func(parts ...string) { fs = append(fs, hash(parts...)) }
			w := d.words[i]
			add("bias")
			add("w", w)
			add("shape", shape(s[toks[i].Start:toks[i].End]))
			if n := utf8.RuneCountInString(w); n > 3 {
				add("p3", prefix(w, 3))
				add("s3", suffix(w, 3))
				add("s2", suffix(w, 2))
			}
			for o := -2; o <= 2; o++ {
				if o == 0 {
					continue
				}
				k := i + o
				v := "<s>"
				if k >= sn.First && k < sn.Last {
					v = d.words[k]
				} else if k >= sn.Last {
					v = "</s>"
				}
				add("w"+strconv.Itoa(o), v)
			}
			add("w-1w", at(d.words, i-1, sn), w)
			add("ww+1", w, at(d.words, i+1, sn))
			for _, l := range lexTag[i] {
				add("lex", l)
			}
			for _, o := range []int{-1, 1} {
				for _, l := range lexTag[clamp(i+o, sn)] {
					if i+o >= sn.First && i+o < sn.Last {
						add("lex"+strconv.Itoa(o), l)
					}
				}
			}
			if group[i] != "" {
				add("group", group[i])
			}
			// bag of words around, with the side: "by", "against",
			// "claimed", "responsibility" wherever they stand
			for k := max(sn.First, i-cueWindow); k < i; k++ {
				add("L", d.words[k])
			}
			for k := i + 1; k < min(sn.Last, i+1+cueWindow); k++ {
				add("R", d.words[k])
			}
			// nearest event words, their kind and distance
			for k := i - 1; k >= sn.First; k-- {
				if event[k] != "" {
					add("evL", event[k], distBucket(i-k))
					add("evLd", distBucket(i-k))
					break
				}
			}
			for k := i + 1; k < sn.Last; k++ {
				if event[k] != "" {
					add("evR", event[k], distBucket(k-i))
					add("evRd", distBucket(k-i))
					break
				}
			}
			if !hasEvent {
				add("noevent")
			}
			add("sent", strconv.Itoa(min(si, 6)))
			d.feats[i] = fs
		}
	}
	return d
}

func at(words []string, k int, sn text.Sentence) string {
	if k < sn.First {
		return "<s>"
	}
	if k >= sn.Last {
		return "</s>"
	}
	return words[k]
}

func clamp(k int, sn text.Sentence) int { return min(max(k, sn.First), sn.Last-1) }

// distBucket groups token distances so that "2 words away" and "40 words
// away" are different features but 7 and 8 are the same.
func distBucket(d int) string {
	switch {
	case d <= 3:
		return strconv.Itoa(d)
	case d <= 6:
		return "4-6"
	case d <= 12:
		return "7-12"
	}
	return "far"
}

// shape maps letters to x (X when upper case), digits to d, and squeezes
// repeats: "m-16" is "x-d", "FMLN" is "X".
func shape(w string) string {
	var b []byte
	var last byte
	for _, r := range w {
		c := byte('o')
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		}
		if c != last {
			b = append(b, c)
			last = c
		}
	}
	return string(b)
}

func prefix(w string, n int) string {
	i := 0
	for k := range w {
		if i == n {
			return w[:k]
		}
		i++
	}
	return w
}

func suffix(w string, n int) string {
	k := len(w)
	for i := 0; i < n && k > 0; i++ {
		_, size := utf8.DecodeLastRuneInString(w[:k])
		k -= size
	}
	return w[k:]
}
