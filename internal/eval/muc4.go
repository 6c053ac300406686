package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
)

// MUC4Doc is one document of a MUC-4 file in GRIT's processed form
// (bench/muc4/{train,dev}.json): its id, its lower-cased one-line text and
// the gold entities of each role.
type MUC4Doc struct {
	ID   string
	Text string
	Line int

	gold    Extracts // mentions normalized; empty entities dropped, as GRIT does
	hasRole [5]bool
}

// ReadMUC4Gold reads a GRIT-processed MUC-4 file: one JSON object a line
// with docid, doctext and extracts {ROLE: [entity = [[mention, offset],
// ...]]}. Errors name the file, the line and the field.
func ReadMUC4Gold(r io.Reader, name string) ([]MUC4Doc, error) {
	var docs []MUC4Doc
	first := map[string]int{}
	err := readLines(r, func(n int, line []byte) error {
		d, err := parseMUC4Doc(line)
		if err != nil {
			return lineError(name, n, err)
		}
		if prev, dup := first[d.ID]; dup {
			return lineError(name, n, fmt.Errorf("docid %q repeats line %d", d.ID, prev))
		}
		first[d.ID] = n
		d.Line = n
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

func parseMUC4Doc(line []byte) (MUC4Doc, error) {
	var d MUC4Doc
	v, err := decodeLine(line)
	if err != nil {
		return d, fmt.Errorf("not JSON: %w", err)
	}
	m, ok := v.(map[string]any)
	if !ok {
		return d, badType("line", "an object", v)
	}
	if d.ID, ok = m["docid"].(string); !ok || d.ID == "" {
		return d, badType("docid", "a non-empty string", m["docid"])
	}
	if d.Text, ok = m["doctext"].(string); !ok {
		return d, badType("doctext", "a string", m["doctext"])
	}
	ex, ok := m["extracts"].(map[string]any)
	if !ok {
		return d, badType("extracts", "an object", m["extracts"])
	}
	for role, x := range ex {
		r := roleIndex(role)
		if r < 0 {
			return d, &fieldError{"extracts", fmt.Sprintf("unknown role %q (want one of %s)", role, strings.Join(Roles, ", "))}
		}
		d.hasRole[r] = true
		ents, ok := x.([]any)
		if !ok {
			return d, badType("extracts."+role, "an array of entities", x)
		}
		for i, y := range ents {
			path := fmt.Sprintf("extracts.%s[%d]", role, i)
			ms, ok := y.([]any)
			if !ok {
				return d, badType(path, "an array of [mention, offset]", y)
			}
			var e Entity
			for j, z := range ms {
				pair, ok := z.([]any)
				if !ok || len(pair) != 2 {
					return d, badType(fmt.Sprintf("%s[%d]", path, j), "[mention, offset]", z)
				}
				mention, ok := pair[0].(string)
				if !ok {
					return d, badType(fmt.Sprintf("%s[%d][0]", path, j), "a string", pair[0])
				}
				if _, ok := pair[1].(json.Number); !ok {
					return d, badType(fmt.Sprintf("%s[%d][1]", path, j), "a number", pair[1])
				}
				e = append(e, NormalizeMention(mention))
			}
			if len(e) > 0 {
				d.gold[r] = append(d.gold[r], e)
			}
		}
	}
	return d, nil
}

// RecordExtracts maps a document's incident records to MUC-4 role
// fillers, using the text of the evidence spans as mentions:
//
//   - perpetrators[i] is a PerpOrg when its Kind is "group", else a
//     PerpInd (a named person, or a description such as "urban
//     guerrillas", which MUC-4 codes as PERP: INDIVIDUAL ID);
//   - targets[i] of Kind "physical" is a Target (people are not);
//   - victims[i], a named person, is a Victim;
//   - each text in the evidence of weapons.<w> is a Weapon of its own,
//     since one weapon class ("explosives") covers different instruments
//     ("bomb", "dynamite") that MUC-4 lists as different entities.
//
// All evidence spans of one value are the coreferent mentions of one
// entity. Within a role, entities that share a normalized mention are one
// entity (the same group named in two incidents, or once as "FMLN" and
// once as "FMLN"/"Farabundo Marti..."), so a document never predicts the
// same entity twice. Each entity keeps the first text of each normalized
// form; mentions that normalize to nothing ("the") and values without
// evidence are dropped.
func RecordExtracts(incidents []record.Incident) Extracts {
	var cands [5][]Entity
	for _, inc := range incidents {
		byField := map[string][]string{}
		for _, ev := range inc.Evidence {
			byField[ev.Field] = append(byField[ev.Field], ev.Text)
		}
		for i, p := range inc.Perpetrators {
			r := 0 // PerpInd
			if p.Kind == "group" {
				r = 1 // PerpOrg
			}
			cands[r] = append(cands[r], byField["perpetrators["+strconv.Itoa(i)+"]"])
		}
		for i, t := range inc.Targets {
			if t.Kind == "physical" {
				cands[2] = append(cands[2], byField["targets["+strconv.Itoa(i)+"]"])
			}
		}
		for i := range inc.Victims {
			cands[3] = append(cands[3], byField["victims["+strconv.Itoa(i)+"]"])
		}
		seen := map[string]bool{}
		for _, wpn := range inc.Weapons {
			if seen[wpn] {
				continue
			}
			seen[wpn] = true
			for _, m := range byField["weapons."+wpn] {
				cands[4] = append(cands[4], Entity{m})
			}
		}
	}
	var out Extracts
	for r := range cands {
		out[r] = mergeEntities(cands[r])
	}
	return out
}

// mergeEntities merges candidate entities that share a normalized mention,
// keeping the order of first appearance.
func mergeEntities(cands []Entity) []Entity {
	type ent struct {
		raw   Entity
		norms []string
	}
	var ents []*ent // nil once merged into an earlier one
	owner := map[string]int{}
	for _, c := range cands {
		into := -1
		var joined []int
		var fresh Entity
		var freshNorms []string
		for _, m := range c {
			n := NormalizeMention(m)
			if n == "" || contains(freshNorms, n) {
				continue
			}
			if o, ok := owner[n]; ok {
				joined = append(joined, o)
				if into < 0 || o < into {
					into = o
				}
				continue
			}
			fresh = append(fresh, m)
			freshNorms = append(freshNorms, n)
		}
		if into < 0 {
			if len(fresh) == 0 {
				continue
			}
			into = len(ents)
			ents = append(ents, &ent{})
		}
		e := ents[into]
		for _, o := range joined { // c bridges entities: join them
			if o == into || ents[o] == nil {
				continue
			}
			e.raw = append(e.raw, ents[o].raw...)
			e.norms = append(e.norms, ents[o].norms...)
			for _, n := range ents[o].norms {
				owner[n] = into
			}
			ents[o] = nil
		}
		e.raw = append(e.raw, fresh...)
		e.norms = append(e.norms, freshNorms...)
		for _, n := range freshNorms {
			owner[n] = into
		}
	}
	var out []Entity
	for _, e := range ents {
		if e != nil {
			out = append(out, e.raw)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// WriteGRITPredictions writes predictions in the form GRIT's eval.py reads,
// {docid: {"pred_extracts": {ROLE: [[mention, ...], ...]}}}, for the gold
// documents in order. Keys are the docids of the gold file
// ("TST1-MUC3-0001"); eval.py itself keys documents by a number (10001).
func WriteGRITPredictions(w io.Writer, docs []MUC4Doc, pred map[string]Extracts) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("{")
	for i, d := range docs {
		if i > 0 {
			bw.WriteString(",")
		}
		id, _ := json.Marshal(d.ID)
		fmt.Fprintf(bw, "\n%s: {\"pred_extracts\": {", id)
		ex := pred[d.ID]
		for r, role := range Roles {
			if r > 0 {
				bw.WriteString(", ")
			}
			ents := ex[r]
			if ents == nil {
				ents = []Entity{}
			}
			b, err := json.Marshal(ents)
			if err != nil {
				return err
			}
			fmt.Fprintf(bw, "%q: %s", role, b)
		}
		bw.WriteString("}}")
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// ReadGRITPredictions reads predictions in the form WriteGRITPredictions
// writes (or GRIT's own, keyed by its numeric docids) for the gold
// documents docs.
func ReadGRITPredictions(r io.Reader, name string, docs []MUC4Doc) (map[string]Extracts, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var raw map[string]struct {
		PredExtracts map[string][]Entity `json:"pred_extracts"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, lineOf(data, err), err)
	}
	byKey := map[string]Extracts{}
	for key, v := range raw {
		var ex Extracts
		for role, ents := range v.PredExtracts {
			r := roleIndex(role)
			if r < 0 {
				return nil, fmt.Errorf("%s: %s: unknown role %q (want one of %s)", name, key, role, strings.Join(Roles, ", "))
			}
			ex[r] = ents
		}
		byKey[key] = ex
	}
	out := map[string]Extracts{}
	for _, d := range docs {
		if ex, ok := byKey[d.ID]; ok {
			out[d.ID] = ex
		} else if ex, ok := byKey[gritDocKey(d.ID)]; ok {
			out[d.ID] = ex
		}
	}
	return out, nil
}

// gritDocKey is the key GRIT's eval.py gives a docid: "TST1-MUC3-0080"
// becomes 10080 (the digit ending the set name times 10000, plus the
// number); "" when the docid has no such form.
func gritDocKey(id string) string {
	set, _, ok := strings.Cut(id, "-")
	num := id[strings.LastIndexByte(id, '-')+1:]
	if !ok || set == "" || set[len(set)-1] < '0' || set[len(set)-1] > '9' {
		return ""
	}
	n, err := strconv.Atoi(num)
	if err != nil {
		return ""
	}
	return strconv.Itoa(int(set[len(set)-1]-'0')*10000 + n)
}

// lineOf finds the line of a JSON decoding error in data.
func lineOf(data []byte, err error) int {
	var off int64
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	default:
		return 1
	}
	return bytes.Count(data[:min(int(off), len(data))], []byte("\n")) + 1
}

// GoldStrings returns the normalized strings of the document's gold
// entities, by role: what a predicted name must be to score.
func (d MUC4Doc) GoldStrings() [5]map[string]bool {
	var out [5]map[string]bool
	for r, ents := range d.gold {
		out[r] = map[string]bool{}
		for _, e := range ents {
			for _, m := range e {
				out[r][m] = true
			}
		}
	}
	return out
}

// GoldEntities returns the document's gold entities by role, their
// strings normalized.
func (d MUC4Doc) GoldEntities() Extracts { return d.gold }
