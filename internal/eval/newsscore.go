package eval

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// NewsScore is the outcome of scoring predictions against a news gold
// file. Rates are unrounded; the writers round them as the script does.
type NewsScore struct {
	Docs, MissingDocs, TP, FP, FN int
	NegativeDocsWithIncidents     int
	Precision, Recall, F1, Score  float64
	// Accuracy and Counts are keyed by NewsFields: the share of required
	// gold incidents having the field that got it right, and how many
	// have it.
	Accuracy map[string]float64
	Counts   map[string]int

	entries []newsEntry
}

// newsEntry is one line of the verbose listing: a required gold incident
// with the prediction it was matched to (nil when none was left), or a
// prediction no gold incident took (gold nil).
type newsEntry struct {
	stem string
	gold *goldIncident
	pred *predIncident
	res  []fieldResult // in the script's order
}

type fieldResult struct {
	field string
	ok    bool
}

func family(typ string, ok bool, unknown string) string {
	if f, in := typeFamily[typ]; ok && in {
		return f
	}
	return unknown
}

// agreement is the script's agreement: how well a prediction fits a gold
// incident (date 3, place 2, type family 1, country 1).
func agreement(gi *goldIncident, pi *predIncident) int {
	s := 0
	if gi.date != "" && pi.date == gi.date {
		s += 3
	}
	if family(pi.typ, pi.typOK, "?") == family(gi.contract, true, "!") {
		s++
	}
	if gi.placeMatch(pi.loc) {
		s += 2
	}
	if gi.country != "" && pi.country() == countryNorm(gi.country) {
		s++
	}
	return s
}

func (pi *predIncident) country() string {
	if pi.loc == nil {
		return ""
	}
	return countryNorm(pi.loc.country)
}

// ScoreNews scores predictions against gold as score_news.py does: per
// document, each required gold incident in turn takes the unused
// prediction that agrees most (the first on ties), whatever the
// agreement; a prediction left over is false unless it agrees at least 3
// with an optional gold incident; field accuracies run over all required
// gold incidents, an unmatched one scoring 0 on every field it has.
func ScoreNews(g *NewsGold, p *NewsPredictions) (*NewsScore, error) {
	s := &NewsScore{Docs: len(g.docs), Accuracy: map[string]float64{}, Counts: map[string]int{}}
	hits := map[string]int{}
	for i := range g.docs {
		gd := &g.docs[i]
		pd, found := p.byKey[gd.stem]
		if !found {
			s.MissingDocs++
		}
		pis := make([]*predIncident, len(pd.incidents))
		for j, x := range pd.incidents {
			pi, err := parsePredIncident(x, fmt.Sprintf("incidents[%d]", j))
			if err != nil {
				return nil, lineError(p.name, pd.line, err)
			}
			pis[j] = pi
		}
		used := make([]bool, len(pis))
		for k := range gd.required {
			gi := &gd.required[k]
			best, bs := -1, -1
			for j, pi := range pis {
				if used[j] {
					continue
				}
				if a := agreement(gi, pi); a > bs {
					best, bs = j, a
				}
			}
			var pi *predIncident
			if best >= 0 {
				used[best] = true
				pi = pis[best]
				s.TP++
			} else {
				s.FN++
			}
			res := scoreFields(gi, pi)
			for _, r := range res {
				s.Counts[r.field]++
				if r.ok {
					hits[r.field]++
				}
			}
			s.entries = append(s.entries, newsEntry{gd.stem, gi, pi, res})
		}
		for j, pi := range pis {
			if used[j] || absorbed(gd.optional, pi) {
				continue
			}
			s.FP++
			s.entries = append(s.entries, newsEntry{stem: gd.stem, pred: pi})
		}
		if !gd.isIncident && len(pis) > 0 {
			s.NegativeDocsWithIncidents++
		}
	}
	if s.TP+s.FP > 0 {
		s.Precision = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		s.Recall = float64(s.TP) / float64(s.TP+s.FN)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	for _, f := range NewsFields {
		if s.Counts[f] > 0 {
			s.Accuracy[f] = float64(hits[f]) / float64(s.Counts[f])
		} else {
			s.Counts[f] = 0
		}
	}
	// (f1 + sum(acc)) / 8, summed in the script's order: float addition
	// is not associative, and the third decimal can depend on it
	sum := 0.0
	for _, f := range newsCore {
		sum += s.Accuracy[f]
	}
	s.Score = (s.F1 + sum) / float64(1+len(newsCore))
	return s, nil
}

// Matches says, for each predicted incident (by its "id"), how well it
// agrees with the required gold incident that took it (agreement: date 3,
// place 2, type family 1, country 1), or -1 when none took it and no
// optional one absorbed it: the truth of each record as the scorer sees
// it, which calibrates confidence (scripts/relevance -calibrate). A gold
// incident takes its best prediction whatever the agreement, so a caller
// that wants the same event asks for more than 0. Predictions absorbed by
// an optional gold incident, or without an id, are left out.
func (s *NewsScore) Matches() map[string]int {
	m := map[string]int{}
	for _, e := range s.entries {
		if e.pred == nil {
			continue
		}
		id, ok := e.pred.raw["id"].(string)
		if !ok {
			continue
		}
		if e.gold == nil {
			m[id] = -1
		} else {
			m[id] = agreement(e.gold, e.pred)
		}
	}
	return m
}

// Pair is a required gold incident and the prediction the scorer matched
// to it: Stem its document, Required its place among the document's
// required incidents (0-based, in the gold file's order), PredID the
// prediction's "id" ("" when none was left for it, or it has no id).
type Pair struct {
	Stem     string
	Required int
	PredID   string
}

// Pairs lists every required gold incident with its match, in the gold
// file's order: which prediction a field of a gold incident is scored on
// (scripts/lcount puts a learned count there).
func (s *NewsScore) Pairs() []Pair {
	var out []Pair
	k := map[string]int{}
	for _, e := range s.entries {
		if e.gold == nil {
			continue
		}
		p := Pair{Stem: e.stem, Required: k[e.stem]}
		k[e.stem]++
		if e.pred != nil {
			p.PredID, _ = e.pred.raw["id"].(string)
		}
		out = append(out, p)
	}
	return out
}

// absorbed reports whether an optional gold incident takes a leftover
// prediction, which then counts neither way.
func absorbed(optional []goldIncident, pi *predIncident) bool {
	for k := range optional {
		if agreement(&optional[k], pi) >= 3 {
			return true
		}
	}
	return false
}

// scoreFields is the script's per-field check of one required gold
// incident against its prediction (nil: none), in the script's order;
// a field the gold incident does not have is not scored.
func scoreFields(gi *goldIncident, pi *predIncident) []fieldResult {
	if pi == nil {
		pi = &predIncident{}
	}
	res := make([]fieldResult, 0, len(NewsFields))
	add := func(f string, ok bool) { res = append(res, fieldResult{f, ok}) }
	add("type", pi.typOK && pi.typ == gi.contract)
	add("type_family", family(pi.typ, pi.typOK, "?") == family(gi.contract, true, "!"))
	if gi.date != "" {
		add("date", pi.date == gi.date)
	}
	if gi.country != "" {
		add("country", pi.country() == countryNorm(gi.country))
	}
	if gi.place != "" || len(gi.accept) > 0 {
		add("place", gi.placeMatch(pi.loc))
	}
	if len(gi.named) > 0 {
		found, attributed := false, false
		for _, gp := range gi.named {
			for _, q := range pi.perps {
				if nameMatch(gp.name, q.name) {
					found = true
					attributed = attributed || gp.attribution == q.attribution
				}
			}
		}
		add("perpetrator", found)
		add("attribution", attributed)
	}
	if gi.killed != nil {
		add("killed", pi.killed.ok && pi.killed.n == *gi.killed)
	}
	if gi.injured != nil {
		add("injured", pi.injured.ok && pi.injured.n == *gi.injured)
	}
	return res
}

// f2 and f3 are Python's '{:.2f}' and '{:.3f}': correctly rounded, as
// strconv rounds.
func f2(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }
func f3(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }

// WriteText writes the script's three summary lines.
func (s *NewsScore) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "docs=%d missing=%d incidents P=%s R=%s F1=%s negatives-with-incidents=%d\n",
		s.Docs, s.MissingDocs, f2(s.Precision), f2(s.Recall), f2(s.F1), s.NegativeDocsWithIncidents)
	parts := make([]string, len(NewsFields))
	for i, f := range NewsFields {
		parts[i] = f + "=" + f2(s.Accuracy[f])
	}
	fmt.Fprintf(bw, "  %s\n", strings.Join(parts, " "))
	fmt.Fprintf(bw, "score=%s\n", f3(s.Score))
	return bw.Flush()
}

// WriteJSON writes the script's --json line byte for byte: Python's
// json.dumps separators and float repr, rates rounded with round(x, 3).
func (s *NewsScore) WriteJSON(w io.Writer) error {
	var b strings.Builder
	r := func(x float64) string { return pyFloat(pyRound3(x)) }
	fmt.Fprintf(&b, `{"docs": %d, "missing_docs": %d, "tp": %d, "fp": %d, "fn": %d, `,
		s.Docs, s.MissingDocs, s.TP, s.FP, s.FN)
	fmt.Fprintf(&b, `"precision": %s, "recall": %s, "f1": %s, "negative_docs_with_incidents": %d, `,
		r(s.Precision), r(s.Recall), r(s.F1), s.NegativeDocsWithIncidents)
	b.WriteString(`"field_accuracy": {`)
	for i, f := range NewsFields {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q: %s", f, r(s.Accuracy[f]))
	}
	b.WriteString(`}, "field_counts": {`)
	for i, f := range NewsFields {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q: %d", f, s.Counts[f])
	}
	fmt.Fprintf(&b, `}, "score": %s}`+"\n", r(s.Score))
	_, err := io.WriteString(w, b.String())
	return err
}
