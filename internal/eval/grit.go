package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

// Roles are MUC-4's five role fillers as GRIT (Du, Rush and Cardie, EACL
// 2021) names and orders them: PERP: INDIVIDUAL ID, PERP: ORGANIZATION ID,
// PHYS TGT: ID, HUM TGT: NAME (named people only), INCIDENT: INSTRUMENT ID.
var Roles = []string{"PerpInd", "PerpOrg", "Target", "Victim", "Weapon"}

func roleIndex(role string) int {
	for i, r := range Roles {
		if r == role {
			return i
		}
	}
	return -1
}

// Entity is one role filler: the strings that name it (a gold entity's
// alternatives, a predicted entity's coreferent mentions).
type Entity []string

// Extracts are a document's entities by role, indexed like Roles.
type Extracts [5][]Entity

// NormalizeMention is GRIT's normalize_string, the field's usual answer
// normalisation: lower case, ASCII punctuation removed, the words a, an
// and the removed, white space collapsed.
func NormalizeMention(s string) string {
	s = pyLower(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < 0x80 && unicode.IsPunct(r) || r < 0x80 && unicode.IsSymbol(r) {
			continue // Python's string.punctuation: every ASCII punctuation or symbol
		}
		b.WriteRune(r)
	}
	s = b.String()
	// \b(a|an|the)\b: a whole word (a run of letters, digits and _)
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			switch s[start:end] {
			case "a", "an", "the":
				out = append(out, " ")
			default:
				out = append(out, s[start:end])
			}
			start = -1
		}
	}
	last := 0
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				out = append(out, s[last:i])
				start = i
			}
			continue
		}
		if start >= 0 {
			flush(i)
			last = i
		}
	}
	if start >= 0 {
		flush(len(s))
	} else {
		out = append(out, s[last:])
	}
	return strings.Join(strings.FieldsFunc(strings.Join(out, ""), isPySpace), " ")
}

// isWordRune is Python's \w on str: letters, numbers and the underscore.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isPySpace is Python's str.isspace, which str.split() splits at: Go's
// unicode.IsSpace and the ASCII separators \x1c-\x1f.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
}

// RoleScore counts, for one role (or all), the predicted entities that
// matched gold ones under the optimal one-to-one matching, the predicted
// entities, and the gold ones.
type RoleScore struct {
	Matched, Pred, Gold int
}

// P, R and F1 are GRIT's precision, recall and F1 (0 when undefined).
func (s RoleScore) P() float64 {
	if s.Matched == 0 {
		return 0
	}
	return float64(s.Matched) / float64(s.Pred)
}

func (s RoleScore) R() float64 {
	if s.Matched == 0 {
		return 0
	}
	return float64(s.Matched) / float64(s.Gold)
}

func (s RoleScore) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s *RoleScore) add(o RoleScore) {
	s.Matched += o.Matched
	s.Pred += o.Pred
	s.Gold += o.Gold
}

// GRITScore is the CEAF-based score of predictions on a MUC-4 set.
type GRITScore struct {
	Roles [5]RoleScore
	Micro RoleScore
	// MissingDocs counts gold documents with no prediction at all (scored
	// as predicting nothing).
	MissingDocs int
}

// ceafStrict scores one document and role as GRIT does: phi_strict gives a
// predicted entity 1 against a gold entity when every one of its mentions
// is one of the gold entity's strings (an empty predicted entity scores 1,
// as in GRIT's code), and the entities are matched one to one to maximise
// the sum. Mentions must be normalized.
func ceafStrict(pred, gold []Entity) int {
	if len(pred) == 0 || len(gold) == 0 {
		return 0
	}
	w := make([][]int, len(gold))
	for i, g := range gold {
		w[i] = make([]int, len(pred))
		for j, p := range pred {
			w[i][j] = phiStrict(g, p)
		}
	}
	total, _ := maxAssignment(w)
	return total
}

func phiStrict(gold, pred Entity) int {
	for _, m := range pred {
		found := false
		for _, g := range gold {
			if g == m {
				found = true
				break
			}
		}
		if !found {
			return 0
		}
	}
	return 1
}

// normalizeAll returns the entities with every mention normalized.
func normalizeAll(es []Entity) []Entity {
	out := make([]Entity, len(es))
	for i, e := range es {
		out[i] = make(Entity, len(e))
		for j, m := range e {
			out[i][j] = NormalizeMention(m)
		}
	}
	return out
}

// ScoreGRIT scores predictions (by docid) against gold with GRIT's
// metric: per document and role, CEAF with phi_strict on normalized
// strings; matches, predicted and gold entities summed over documents;
// micro average over the five roles. As in GRIT, a role a gold document
// does not list is not scored for it, and predictions for documents not in
// the gold are ignored.
func ScoreGRIT(gold []MUC4Doc, pred map[string]Extracts) GRITScore {
	var s GRITScore
	for _, d := range gold {
		p, ok := pred[d.ID]
		if !ok {
			s.MissingDocs++
		}
		for r := range Roles {
			if !d.hasRole[r] {
				continue
			}
			pe := normalizeAll(p[r])
			rs := RoleScore{Matched: ceafStrict(pe, d.gold[r]), Pred: len(pe), Gold: len(d.gold[r])}
			s.Roles[r].add(rs)
			s.Micro.add(rs)
		}
	}
	return s
}

// WriteTable prints P, R and F1 in percent per role and micro-averaged,
// with the counts behind them.
func (s GRITScore) WriteTable(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%-8s %7s %7s %7s %8s %5s %5s\n", "role", "P", "R", "F1", "matched", "pred", "gold")
	row := func(name string, r RoleScore) {
		fmt.Fprintf(bw, "%-8s %7.2f %7.2f %7.2f %8d %5d %5d\n", name, 100*r.P(), 100*r.R(), 100*r.F1(),
			r.Matched, r.Pred, r.Gold)
	}
	for i, r := range Roles {
		row(r, s.Roles[i])
	}
	row("micro", s.Micro)
	return bw.Flush()
}

// prf is the JSON form of a score: percentages rounded to two decimals,
// as the field reports them.
type prf struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

// round2 rounds as the table's %.2f does.
func round2(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 2, 64), 64)
	return v
}

func percent(r RoleScore) prf {
	return prf{round2(100 * r.P()), round2(100 * r.R()), round2(100 * r.F1())}
}

// muc4JSON is the --json output: {"roles": {ROLE: {p, r, f1}}, "micro":
// {p, r, f1}}, and with --full the template scores under "full".
type muc4JSON struct {
	Roles map[string]prf `json:"roles"`
	Micro prf            `json:"micro"`
	Full  *fullJSON      `json:"full,omitempty"`
}

// WriteMUC4JSON prints the GRIT score, and the full template score when
// full is not nil, as one JSON object.
func WriteMUC4JSON(w io.Writer, s GRITScore, full *FullScore) error {
	j := muc4JSON{Roles: map[string]prf{}, Micro: percent(s.Micro)}
	for i, r := range Roles {
		j.Roles[r] = percent(s.Roles[i])
	}
	if full != nil {
		f := full.json()
		j.Full = &f
	}
	return json.NewEncoder(w).Encode(j)
}
