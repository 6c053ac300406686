package roles

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/text"
)

// The ranker decides, entity by entity, what fills each role of a
// document. The tagger decides token by token, and on MUC-4 most of its
// errors are not whether a filler is there but where its span ends ("the
// guerrillas withdrew") and whether a name it tags once is a filler of
// the document at all; MUC-4's metric scores entities, so the decision is
// better taken over all the mentions of a string at once. The ranker takes
// as candidates the tagger's spans at six biases (from eager to strict)
// with their trimmed forms and heads, the strings the extractor's rules
// found, the armed-group lexicon's names, and the lexicon's weapons and
// target nouns with the words before them; describes each candidate by
// where it came from, its words, its count, where it first stands, the
// words around its mentions, the nearest event word and how well the
// sentences it stands in tell an incident (sentence.go); and scores it for
// each role with a logistic model learnt on MUC-4 train (scripts/roles
// -ranker). Candidates above the role's threshold, best first, become
// entities; a candidate naming an entity already kept (same head word,
// one inside the other, an acronym) is a mention of it, not a new entity.

// levels are the bias offsets the tagger is run at to find candidates:
// eager runs add spans, and the strictest level a span survives says how
// sure the tagger is of it. The two most eager levels name a third of the
// gold entities no other source names (mostly people: "carlos galan",
// "henry perez"), on dev as on train.
var levels = [...]int32{-3200, -2400, -1600, -800, 0, 800}

// atBias is the index of the level that runs the tagger at its own biases.
const atBias = 4

// candidate is a string of the document that may fill a role: a run of
// tokens, found wherever its words stand.
type candidate struct {
	key  string   // the lower-cased words, joined by spaces
	n    int      // its tokens
	occ  []int    // the first token of each occurrence, in order
	srcs []string // where it came from: "tag:PerpOrg:3", "rule:Target" ...
	// group is the canonical name of the armed group it names, or "":
	// "fmln" and "farabundo marti national liberation front" are one
	group string
	hits  [NumRoles]int // mentions the tagger tags with each role at its own bias
}

// candidates gathers the candidate strings of a prepared document.
type candidates struct {
	d     *document
	s     string
	byKey map[string]int
	list  []candidate
	first map[string][]int // token positions by word
	// sent is the sentence model's log-odds of each sentence: whether
	// it tells an incident the keys record
	sent [][sentOut]float32
}

// add makes words i..j a candidate, less function words and punctuation
// at either end, and returns its index (-1 when nothing is left).
func (c *candidates) add(i, j int, src string) int {
	for i < j && skipEdge(c.d.words[i]) {
		i++
	}
	for j > i && skipEdge(c.d.words[j-1]) {
		j--
	}
	if i >= j || j-i > 12 || !hasLetter(c.d.words[i:j]) {
		return -1
	}
	key := strings.Join(c.d.words[i:j], " ")
	k, ok := c.byKey[key]
	if !ok {
		k = len(c.list)
		c.byKey[key] = k
		c.list = append(c.list, candidate{key: key, n: j - i, occ: c.find(c.d.words[i:j])})
	}
	if !slices.Contains(c.list[k].srcs, src) {
		c.list[k].srcs = append(c.list[k].srcs, src)
	}
	return k
}

// find returns the first token of every occurrence of words.
func (c *candidates) find(words []string) []int {
	var out []int
	for _, p := range c.first[words[0]] {
		if p+len(words) <= len(c.d.words) && slices.Equal(c.d.words[p:p+len(words)], words) {
			out = append(out, p)
		}
	}
	return out
}

// addText adds a string found by other means (the extractor's rules) at
// its token-aligned occurrences.
func (c *candidates) addText(m string, src string) {
	// the mention's first word as the tokenizer cuts it, then its bytes
	// from there to a token's end
	low := strings.ToLower(m)
	toks := text.Tokenize(nil, low)
	if len(toks) == 0 {
		return
	}
	for _, p := range c.first[low[toks[0].Start:toks[0].End]] {
		start := int(c.d.toks[p].Start)
		if !strings.HasPrefix(strings.ToLower(c.s[start:]), low) {
			continue
		}
		for q := p; q < len(c.d.toks); q++ {
			if e := int(c.d.toks[q].End); e == start+len(low) {
				c.add(p, q+1, src)
				return
			} else if e > start+len(low) {
				break
			}
		}
	}
}

var stopEdge = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "from": true, "with": true,
	"which": true, "who": true, "that": true, "and": true, "by": true, "to": true, "at": true,
	"on": true, "for": true, "as": true, "or": true, "was": true, "were": true, "is": true,
	"are": true, "has": true, "have": true, "had": true, "been": true, "this": true, "its": true,
	"their": true, "his": true, "her": true, "whose": true, "when": true, "where": true,
}

// skipEdge reports whether a word cannot begin or end a filler:
// punctuation and function words.
func skipEdge(w string) bool {
	if stopEdge[w] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func hasLetter(words []string) bool {
	for _, w := range words {
		if strings.ContainsFunc(w, unicode.IsLetter) {
			return true
		}
	}
	return false
}

// gather collects the candidates of d: spans tags[l] holds the tagger's
// spans at levels[l]; rules the extractor's strings by role.
func gather(d *document, s string, tags [len(levels)][]Span, rules [NumRoles][]string) *candidates {
	c := &candidates{d: d, s: s, byKey: map[string]int{}, first: map[string][]int{}}
	for i, w := range d.words {
		c.first[w] = append(c.first[w], i)
	}
	tokAt := map[int]int{}
	for i, t := range d.toks {
		tokAt[int(t.Start)] = i
	}
	for l, sps := range tags {
		for _, sp := range sps {
			i := tokAt[sp.Start]
			j := i
			for j < len(d.toks) && int(d.toks[j].End) <= sp.End {
				j++
			}
			lv := strconv.Itoa(int(levels[l])) // named by its bias, so a ranker trained with other levels misses rather than misreads
			if k := c.add(i, j, "tag:"+sp.Role.String()+":"+lv); k >= 0 && l == atBias {
				c.list[k].hits[sp.Role]++
			}
			if j-i > 1 {
				c.add(j-1, j, "taghead:"+sp.Role.String()+":"+lv)
				c.add(i, j-1, "tagbody:"+sp.Role.String()+":"+lv)
			}
		}
	}
	for r, ms := range rules {
		for _, m := range ms {
			c.addText(m, "rule:"+Role(r).String())
		}
	}
	for i := 0; i < len(d.words); i++ {
		if g := d.group[i]; g != "" && g[0] == 'B' {
			j := i + 1
			for j < len(d.words) && d.group[j] != "" && d.group[j][0] == 'I' {
				j++
			}
			if k := c.add(i, j, "group:"+g[1:]); k >= 0 {
				c.list[k].group = d.groupName[i]
			}
		}
		for _, l := range d.lex[i] {
			if l[0] != 'B' {
				continue
			}
			cat, _, _ := strings.Cut(l[1:], ":")
			if cat == "title" {
				// the name after a title: "judge carlos perez"
				j := i + 1
				for j < len(d.words) && slices.Contains(d.lex[j], "I"+l[1:]) {
					j++
				}
				// and with its title, as the keys often name a person
				// ("colonel rene emilio ponce")
				for k := 1; k <= 4 && j+k <= len(d.words) && d.sent[j+k-1] == d.sent[i] && !skipEdge(d.words[j+k-1]); k++ {
					if k <= 3 {
						c.add(j, j+k, "title:"+strconv.Itoa(k))
					}
					c.add(i, j+k, "titled:"+strconv.Itoa(k))
				}
				continue
			}
			if cat != "weapon" && cat != "target" && cat != "party" {
				continue
			}
			j := i + 1
			for j < len(d.words) && slices.Contains(d.lex[j], "I"+l[1:]) {
				j++
			}
			c.add(i, j, "lex:"+cat)
			// the words before a noun that belong to it: "power tower",
			// "three urban guerrillas"
			for k := 1; k <= 3 && i-k >= 0 && d.sent[i-k] == d.sent[i] && !skipEdge(d.words[i-k]); k++ {
				c.add(i-k, j, "lexL:"+cat+":"+strconv.Itoa(k))
			}
		}
	}
	return c
}

// candFeatures are the features of candidate k for every role (each role
// has its own weights): its sources, words, count, position, context.
func (c *candidates) features(dst []string, k int, doc []string) []string {
	cd := &c.list[k]
	d := c.d
	dst = append(dst, "b")
	dst = append(dst, cd.srcs...)
	dst = append(dst, doc...)
	words := strings.Fields(cd.key)
	head := words[len(words)-1]
	dst = append(dst, "n:"+bucket(cd.n), "h:"+head, "hs:"+suffix(head, 3))
	if len(words) > 1 {
		dst = append(dst, "f:"+words[0])
	}
	for _, w := range words {
		dst = append(dst, "w:"+w)
	}
	dst = append(dst, "c:"+bucket(len(cd.occ)))
	// whether another candidate is this one and the next or the previous
	// word ("hector oqueli" and "hector oqueli colindres"): which of the
	// two spans the answer key names is learnt from these
	for n, p := range cd.occ {
		if n == 5 {
			break
		}
		if q := p + cd.n; q < len(d.words) {
			if _, ok := c.byKey[cd.key+" "+d.words[q]]; ok {
				dst = append(dst, "xR")
			}
		}
		if p > 0 {
			if _, ok := c.byKey[d.words[p-1]+" "+cd.key]; ok {
				dst = append(dst, "xL")
			}
		}
	}
	for r, n := range cd.hits {
		if n > 0 {
			dst = append(dst, "hits:"+Role(r).String()+":"+bucket(n))
		}
	}
	if len(cd.occ) == 0 {
		return dst
	}
	dst = append(dst, "s0:"+bucket(int(d.sent[cd.occ[0]])))
	best := -1
	hl := cd.occ[0] + cd.n - 1
	for _, l := range d.lex[hl] {
		dst = append(dst, "hl:"+l[1:])
	}
	for n, p := range cd.occ {
		if n == 5 {
			break
		}
		q := p + cd.n
		for o := 1; o <= 3; o++ {
			if p-o >= 0 && d.sent[p-o] == d.sent[p] {
				dst = append(dst, "L:"+d.words[p-o])
				if o == 1 {
					dst = append(dst, "L1:"+d.words[p-1])
				}
			}
			if q+o-1 < len(d.words) && d.sent[q+o-1] == d.sent[p] {
				dst = append(dst, "R:"+d.words[q+o-1])
				if o == 1 {
					dst = append(dst, "R1:"+d.words[q])
				}
			}
		}
		// the two words on each side as a phrase: "murder of", "kidnapped
		// by" before it, "was killed", "claimed responsibility" after it
		if p >= 2 && d.sent[p-2] == d.sent[p] {
			dst = append(dst, "L2:"+d.words[p-2]+" "+d.words[p-1])
		}
		if q+1 < len(d.words) && d.sent[q+1] == d.sent[p] {
			dst = append(dst, "R2:"+d.words[q]+" "+d.words[q+1])
		}
		for k := p - 1; k >= 0 && d.sent[k] == d.sent[p]; k-- {
			if d.event[k] {
				if best < 0 || p-k < best {
					best = p - k
				}
				dst = append(dst, "evwL:"+eventWord(d, k), "evwL:"+eventWord(d, k)+":"+distBucket(p-k))
				break
			}
		}
		for k := q; k < len(d.words) && d.sent[k] == d.sent[p]; k++ {
			if d.event[k] {
				if best < 0 || k-q+1 < best {
					best = k - q + 1
				}
				dst = append(dst, "evwR:"+eventWord(d, k), "evwR:"+eventWord(d, k)+":"+distBucket(k-q+1))
				break
			}
		}
	}
	if len(c.sent) > 0 {
		// how strongly some sentence it stands in tells an incident, by
		// role: the best of its sentences' scores
		top := c.sent[d.sent[cd.occ[0]]]
		for _, p := range cd.occ {
			for r, z := range c.sent[d.sent[p]] {
				top[r] = max(top[r], z)
			}
		}
		for r, z := range top {
			dst = append(dst, "ssmax:"+strconv.Itoa(r)+":"+sentBucket(z))
		}
	}
	if best < 0 {
		dst = append(dst, "noev")
	} else {
		dst = append(dst, "ev:"+distBucket(best))
	}
	return dst
}

// eventWord is the lexicon category and value of the event word at token
// k ("kill:", "trigger:bombing").
func eventWord(d *document, k int) string {
	for _, l := range d.lex[k] {
		if l[0] == 'B' {
			for _, c := range eventCats {
				if strings.HasPrefix(l[1:], c.String()+":") {
					return l[1:]
				}
			}
		}
	}
	return ""
}

// docFeatures describe the whole document, so that a document without an
// incident can lower every score: whether the rules found anything, how
// many event words it has, how many spans the tagger found at its bias,
// how well its sentences tell an incident.
func docFeatures(d *document, tags [len(levels)][]Span, rules [NumRoles][]string, sent [][sentOut]float32) []string {
	n := 0
	for _, r := range rules {
		n += len(r)
	}
	ev := 0
	for _, e := range d.event {
		if e {
			ev++
		}
	}
	out := []string{"drules:" + bucket(n), "dev:" + bucket(ev), "dtag:" + bucket(len(tags[atBias]))}
	if len(sent) > 0 {
		// the sentence model's any-role scores: how strongly the best
		// sentence tells an incident, and how many sentences do
		top, hi := sent[0][NumRoles], 0
		for _, z := range sent {
			top = max(top, z[NumRoles])
			if z[NumRoles] >= 0 {
				hi++
			}
		}
		out = append(out, "dsmax:"+sentBucket(top), "dshi:"+bucket(hi))
	}
	return out
}

// bucket groups counts: 0, 1, 2, 3-4, 5-8, more.
func bucket(n int) string {
	switch {
	case n <= 2:
		return strconv.Itoa(n)
	case n <= 4:
		return "3-4"
	case n <= 8:
		return "5-8"
	}
	return "9+"
}

// Ranker scores candidate fillers with a logistic model per role.
type Ranker struct {
	w map[uint64][NumRoles]float32 // each feature's weight for every role
	// rel weighs a document's words and docFeatures: whether it reports
	// an incident at all (MUC-4 keys give a third of the documents no
	// template, and every filler of such a document is a false one)
	rel map[uint64]float32
	// sent scores the sentences a candidate stands in (sentence.go)
	sent *Sentences
	dec  Decision
}

// Decision turns scores into fillers; it is tuned on held-out scores.
type Decision struct {
	Threshold [NumRoles]float32 // the least score (log-odds) of a filler
	// TopK is the most entities of a role a document has (0: no limit)
	TopK [NumRoles]int
	// Gate is how far above its role's threshold a document's best
	// candidate must score for the document to have any filler: a
	// document with only weak candidates most likely reports no incident
	Gate float32
	// RelGate is the least relevance score (log-odds) of a document with
	// fillers
	RelGate float32
}

// Scored is a candidate and its score for one role, in log-odds.
type Scored struct {
	Role  Role
	Text  string // the first mention's text
	Key   string
	Score float32
	Spans []Span
	group string // the armed group it names, or ""
}

// ranked holds a document's candidates and their features: what the
// ranker and its training both work on.
type ranked struct {
	c     *candidates
	feats [][]uint64 // per candidate, hashed; the weights are per role
	doc   []uint64   // the document's words and docFeatures, hashed
}

// prepareRanked gathers a document's candidates and features, tagging it
// with m at every level.
func prepareRanked(p Prepared, s string, m *Model, sent *Sentences, rules [NumRoles][]string) *ranked {
	tags := tagLevels(p, m)
	c := gather(p.d, s, tags, rules)
	if sent != nil {
		c.sent = sent.scores(p.d)
	}
	doc := docFeatures(p.d, tags, rules, c.sent)
	rk := &ranked{c: c, feats: make([][]uint64, len(c.list))}
	seen := map[uint64]bool{}
	for _, f := range doc {
		seen[hash("d", f)] = true
	}
	for _, w := range p.d.words {
		if hasLetter([]string{w}) {
			seen[hash("dw", w)] = true
		}
	}
	for k := range seen {
		rk.doc = append(rk.doc, k)
	}
	slices.Sort(rk.doc)
	var fs []string
	for k := range c.list {
		fs = c.features(fs[:0], k, doc)
		slices.Sort(fs)
		fs = slices.Compact(fs)
		ks := make([]uint64, len(fs))
		for i, f := range fs {
			ks[i] = hash(f)
		}
		rk.feats[k] = ks
	}
	return rk
}

// tagLevels tags p with m at every level. Each token's own feature
// weights do not depend on the bias, so they are summed once for all the
// levels and only the history features are scored per level (stepFrom):
// the run at levels[atBias] must tag exactly as m.TagPrepared does.
func tagLevels(p Prepared, m *Model) [len(levels)][]Span {
	own := make([][numTags]int64, len(p.d.words))
	for i := range own {
		score(m.feats, m.w, p.d.feats[i], &own[i])
	}
	var tags [len(levels)][]Span
	var dyn []uint64
	for l, off := range levels {
		b := m.bias
		for r := range b {
			b[r] += off
		}
		tg := make([]int, len(p.d.words))
		for i := range tg {
			tg[i], dyn = stepFrom(own[i], p.d, m.feats, m.w, tg, i, dyn, &b)
		}
		tags[l] = spans(p.d, tg)
	}
	return tags
}

func (rn *Ranker) score(ks []uint64) [NumRoles]float32 {
	var z [NumRoles]float32
	for _, k := range ks {
		w := rn.w[k]
		for r := range z {
			z[r] += w[r]
		}
	}
	return z
}

// Fill returns the role fillers of s: for each role, the candidates
// scoring above the role's threshold, best first, one entity per thing
// named, each with the one name it scored best under. rules are the
// strings the extractor's rules found, by role.
func (rn *Ranker) Fill(s string, m *Model, rules [NumRoles][]string) []Scored {
	rk := prepareRanked(Prepare(s), s, m, rn.sent, rules)
	if rn.relevance(rk) < rn.dec.RelGate {
		return nil
	}
	return rn.dec.Keep(rn.fill(rk, rn.dec.Threshold))
}

// Scores returns every candidate of s for every role, best first, one
// entity per thing named, with no threshold or gate, and the document's
// relevance score: what Fill decides on, so that other decisions can be
// measured (scripts/rolesnews asks whether news needs other gates than
// MUC-4's).
func (rn *Ranker) Scores(s string, m *Model, rules [NumRoles][]string) ([]Scored, float32) {
	rk := prepareRanked(Prepare(s), s, m, rn.sent, rules)
	var none [NumRoles]float32
	for r := range none {
		none[r] = -math.MaxFloat32
	}
	return rn.fill(rk, none), rn.relevance(rk)
}

// relevance is the log-odds that the document reports an incident.
func (rn *Ranker) relevance(rk *ranked) float32 {
	var z float32
	for _, k := range rk.doc {
		z += rn.rel[k]
	}
	return z
}

// Keep returns the fillers of one document that d keeps: those scoring at
// least the role's threshold, the best TopK of each role, or none when no
// filler scores Gate above its threshold. scored holds each role's
// fillers best first, as fill returns them.
func (d Decision) Keep(scored []Scored) []Scored {
	var out []Scored
	var n [NumRoles]int
	open := false
	for _, s := range scored {
		if s.Score < d.Threshold[s.Role] || d.TopK[s.Role] > 0 && n[s.Role] >= d.TopK[s.Role] {
			continue
		}
		n[s.Role]++
		out = append(out, s)
		open = open || s.Score >= d.Threshold[s.Role]+d.Gate
	}
	if !open {
		return nil
	}
	return out
}

func (rn *Ranker) fill(rk *ranked, thr [NumRoles]float32) []Scored {
	sc := make([][NumRoles]float32, len(rk.c.list))
	for k := range rk.c.list {
		sc[k] = rn.score(rk.feats[k])
	}
	var out []Scored
	for r := range NumRoles {
		var cs []Scored
		for k := range rk.c.list {
			if sc[k][r] >= thr[r] {
				cs = append(cs, rk.scored(k, r, sc[k][r]))
			}
		}
		slices.SortStableFunc(cs, func(a, b Scored) int { return cmp.Compare(b.Score, a.Score) })
		var kept []Scored
		for _, c := range cs {
			if !slices.ContainsFunc(kept, func(k Scored) bool {
				return k.group != "" && k.group == c.group || corefer(k.Key, c.Key)
			}) {
				kept = append(kept, c)
			}
		}
		out = append(out, kept...)
	}
	return out
}

func (rk *ranked) scored(k int, r Role, sc float32) Scored {
	cd := &rk.c.list[k]
	d := rk.c.d
	sp := make([]Span, len(cd.occ))
	for i, p := range cd.occ {
		sp[i] = Span{Role: r, Start: int(d.toks[p].Start), End: int(d.toks[p+cd.n-1].End)}
	}
	text := cd.key
	if len(sp) > 0 {
		text = rk.c.s[sp[0].Start:sp[0].End]
	}
	return Scored{Role: r, Text: text, Key: cd.key, Score: sc, Spans: sp, group: cd.group}
}

// corefer reports whether two candidate keys name one thing: one's words
// inside the other's, one the initials of the other, or the same head
// word (singular or plural) where the shorter key's other words all stand
// in the longer one ("guerrillas", "urban guerrillas"). Two names that
// share a head but not its modifiers name two things: "celina ossa de
// gomez" and "marco tulio gomez" are two victims, "power tower" and
// "control tower" two targets (merging them dropped the second name's
// entity, which is often a gold one, in a fifth of the Victim, Target and
// PerpInd entities that train cross-validation misses).
func corefer(a, b string) bool {
	if a == b || strings.Contains(" "+a+" ", " "+b+" ") || strings.Contains(" "+b+" ", " "+a+" ") {
		return true
	}
	if abbreviates(a, b) || abbreviates(b, a) {
		return true
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if strings.TrimSuffix(wa[len(wa)-1], "s") != strings.TrimSuffix(wb[len(wb)-1], "s") {
		return false
	}
	for _, w := range wa[:len(wa)-1] {
		if !slices.Contains(wb[:len(wb)-1], w) {
			return false
		}
	}
	return true
}
