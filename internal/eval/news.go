// Package eval scores sitrep's extractor on labelled data: the news gold
// of ../shared/bench/news-dev (exactly as ../shared/tools/score_news.py
// scores it) and MUC-4 (with GRIT's entity metric, and a fuller scoring of
// the answer-key templates).
package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
)

// NewsFields are the per-field accuracies the news scorer reports, in its
// order.
var NewsFields = []string{"type", "type_family", "date", "country", "place", "perpetrator",
	"attribution", "killed", "injured"}

// newsCore are the fields that enter the composite score with F1.
var newsCore = []string{"type", "date", "country", "place", "perpetrator", "killed", "injured"}

// NewsGold is a parsed news gold file (bench/news-dev/gold.jsonl schema).
type NewsGold struct {
	docs []newsGoldDoc
}

type newsGoldDoc struct {
	stem       string // file name without extension: how predictions are found
	isIncident bool
	required   []goldIncident
	optional   []goldIncident
}

// goldIncident holds what the scorer reads of a gold incident; the raw
// values are kept for the verbose line, which prints them as Python does.
type goldIncident struct {
	typ      string // the gold type as written
	contract string // the type in the contract's enum
	date     string
	dateRaw  any
	country  string
	place    string
	placeRaw any
	accept   []string   // place_accept: gazetteer names that count as the right place
	named    []goldPerp // perpetrators with a name and a known attribution
	killed   *float64
	injured  *float64
}

type goldPerp struct{ name, attribution string }

// named reports whether a perpetrator is one the scorer checks: a name
// with a known attribution (claimed, suspected or denied), not "gunmen"
// left unknown.
func named(name, attribution string) bool {
	return name != "" && (attribution == record.Claimed || attribution == record.Suspected || attribution == record.Denied)
}

// ReadNewsGold reads a news gold file; name is used in error messages,
// which give the line and the field of bad input.
func ReadNewsGold(r io.Reader, name string) (*NewsGold, error) {
	g := &NewsGold{}
	err := readLines(r, func(n int, line []byte) error {
		d, err := parseNewsGold(line)
		if err != nil {
			return lineError(name, n, err)
		}
		g.docs = append(g.docs, d)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

func parseNewsGold(line []byte) (newsGoldDoc, error) {
	var d newsGoldDoc
	v, err := decodeLine(line)
	if err != nil {
		return d, fmt.Errorf("not JSON: %w", err)
	}
	m, ok := v.(map[string]any)
	if !ok {
		return d, badType("line", "an object", v)
	}
	file, ok := m["file"].(string)
	if !ok {
		return d, badType("file", "a string", m["file"])
	}
	d.stem = pySplitextRoot(file)
	isInc, ok := m["is_incident"]
	if !ok {
		return d, &fieldError{"is_incident", "missing"}
	}
	d.isIncident = truthy(isInc)
	incs, ok := m["incidents"].([]any)
	if !ok {
		return d, badType("incidents", "an array", m["incidents"])
	}
	for i, x := range incs {
		path := fmt.Sprintf("incidents[%d].", i)
		gm, ok := x.(map[string]any)
		if !ok {
			return d, badType(path[:len(path)-1], "an object", x)
		}
		gi, err := parseGoldIncident(gm, path)
		if err != nil {
			return d, err
		}
		if truthy(gm["optional"]) {
			d.optional = append(d.optional, gi)
		} else {
			d.required = append(d.required, gi)
		}
	}
	return d, nil
}

func parseGoldIncident(m map[string]any, path string) (goldIncident, error) {
	var gi goldIncident
	var err error
	typ, ok := m["type"].(string)
	if !ok {
		return gi, badType(path+"type", "a string", m["type"])
	}
	gi.typ = typ
	ct, err := optString(m, "contract_type", path)
	if err != nil {
		return gi, err
	}
	// gold_type: contract_type, else the gold type mapped to the contract
	gi.contract = ct
	if ct == "" {
		gi.contract = ContractType(typ)
	}
	if gi.date, err = optString(m, "date", path); err != nil {
		return gi, err
	}
	gi.dateRaw = m["date"]
	if gi.country, err = optString(m, "country", path); err != nil {
		return gi, err
	}
	if gi.place, err = optString(m, "city_or_place", path); err != nil {
		return gi, err
	}
	gi.placeRaw = m["city_or_place"]
	accept, err := optArray(m, "place_accept", path)
	if err != nil {
		return gi, err
	}
	for i, x := range accept {
		a, ok := x.(string)
		if !ok {
			return gi, badType(fmt.Sprintf("%splace_accept[%d]", path, i), "a string", x)
		}
		gi.accept = append(gi.accept, a)
	}
	perps, err := optArray(m, "perpetrators", path)
	if err != nil {
		return gi, err
	}
	for i, x := range perps {
		pp := fmt.Sprintf("%sperpetrators[%d]", path, i)
		pm, ok := x.(map[string]any)
		if !ok {
			return gi, badType(pp, "an object", x)
		}
		name, err := optString(pm, "name", pp+".")
		if err != nil {
			return gi, err
		}
		att, _ := pm["attribution"].(string)
		if named(name, att) {
			gi.named = append(gi.named, goldPerp{name, att})
		}
	}
	if gi.killed, err = goldTotal(m, "killed_total", path); err != nil {
		return gi, err
	}
	if gi.injured, err = goldTotal(m, "injured_total", path); err != nil {
		return gi, err
	}
	return gi, nil
}

// goldTotal reads a casualty total: null or absent (not stated) or a
// number.
func goldTotal(m map[string]any, key, path string) (*float64, error) {
	v := m[key]
	if v == nil {
		return nil, nil
	}
	n, ok := v.(json.Number)
	if !ok {
		return nil, badType(path+key, "a number or null", v)
	}
	f, err := n.Float64()
	if err != nil {
		return nil, &fieldError{path + key, err.Error()}
	}
	return &f, nil
}

// pySplitextRoot is os.path.splitext(p)[0] for POSIX paths: the extension
// is the last dot's suffix of the last path element, unless that element
// is only dots before it (".profile" has none).
func pySplitextRoot(p string) string {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot]
			}
		}
	}
	return p
}

// NewsPredictions are extractor results keyed as the script keys them: by
// doc.id and by the stem of doc.path's base name; a later result with the
// same key replaces an earlier one.
type NewsPredictions struct {
	name  string // the file, for error messages
	byKey map[string]predDoc
	lines int
}

type predDoc struct {
	line      int
	incidents []any
}

// NewNewsPredictions returns an empty set of predictions; name says where
// they come from in error messages.
func NewNewsPredictions(name string) *NewsPredictions {
	return &NewsPredictions{name: name, byKey: map[string]predDoc{}}
}

// ReadNewsPredictions reads `sitrep extract` output (JSON Lines, one
// record.Result a line).
func ReadNewsPredictions(r io.Reader, name string) (*NewsPredictions, error) {
	p := NewNewsPredictions(name)
	err := readLines(r, func(n int, line []byte) error {
		p.lines = n
		return p.addLine(n, line)
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// Add adds one extractor result. It goes through JSON so that results
// from the extractor and from a file are scored by the same code.
func (p *NewsPredictions) Add(res record.Result) error {
	b, err := json.Marshal(res)
	if err != nil {
		return err
	}
	p.lines++
	return p.addLine(p.lines, b)
}

func (p *NewsPredictions) addLine(n int, line []byte) error {
	v, err := decodeLine(line)
	if err != nil {
		return lineError(p.name, n, fmt.Errorf("not JSON: %w", err))
	}
	rec, ok := v.(map[string]any)
	if !ok {
		return lineError(p.name, n, badType("line", "an object", v))
	}
	d, err := optObject(rec, "doc", "")
	if err != nil {
		return lineError(p.name, n, err)
	}
	incs, err := optArray(rec, "incidents", "")
	if err != nil {
		return lineError(p.name, n, err)
	}
	pd := predDoc{line: n, incidents: incs}
	if truthy(d["id"]) {
		p.byKey[pyStr(d["id"])] = pd
	}
	if truthy(d["path"]) {
		path, ok := d["path"].(string)
		if !ok {
			return lineError(p.name, n, badType("doc.path", "a string", d["path"]))
		}
		p.byKey[pySplitextRoot(path[strings.LastIndexByte(path, '/')+1:])] = pd
	}
	return nil
}

// predIncident holds what the scorer reads of a predicted incident.
type predIncident struct {
	raw      map[string]any
	typ      string // the type when it is a string
	typOK    bool
	date     string // "" when the date is not a string
	loc      *predLocation
	perps    []predPerp
	killed   predCount
	injured  predCount
	evidence []predEvidence
}

type predLocation struct {
	place, name, admin2, admin1, country string
}

type predPerp struct {
	name        string
	attribution string
}

// predCount is the script's count_of: a bare number, or an object's "min"
// (its "total" when there is no "min"), truncated to an integer.
type predCount struct {
	ok bool
	n  float64
}

type predEvidence struct {
	field, text, in string
	start, end      int
}

func parsePredIncident(x any, path string) (*predIncident, error) {
	m, ok := x.(map[string]any)
	if !ok {
		return nil, badType(path, "an object", x)
	}
	path += "."
	pi := &predIncident{raw: m}
	switch t := m["type"].(type) {
	case string:
		pi.typ, pi.typOK = t, true
	case []any, map[string]any: // the script cannot look these up
		return nil, badType(path+"type", "a string", t)
	}
	pi.date, _ = m["date"].(string)
	loc, err := optObject(m, "location", path)
	if err != nil {
		return nil, err
	}
	if loc != nil {
		pi.loc = &predLocation{}
		for _, f := range []struct {
			key string
			dst *string
		}{{"place", &pi.loc.place}, {"name", &pi.loc.name}, {"admin2", &pi.loc.admin2},
			{"admin1", &pi.loc.admin1}, {"country", &pi.loc.country}} {
			if *f.dst, err = optString(loc, f.key, path+"location."); err != nil {
				return nil, err
			}
		}
	}
	perps, err := optArray(m, "perpetrators", path)
	if err != nil {
		return nil, err
	}
	for i, x := range perps {
		pp := fmt.Sprintf("%sperpetrators[%d]", path, i)
		q, ok := x.(map[string]any)
		if !ok {
			return nil, badType(pp, "an object", x)
		}
		name, err := optString(q, "name", pp+".")
		if err != nil {
			return nil, err
		}
		att, _ := q["attribution"].(string)
		pi.perps = append(pi.perps, predPerp{name, att})
	}
	pi.killed = countOf(m["killed"])
	pi.injured = countOf(m["injured"])
	// Evidence only feeds --verbose; malformed spans are skipped, as the
	// script never reads them.
	ev, _ := m["evidence"].([]any)
	for _, x := range ev {
		e, ok := x.(map[string]any)
		if !ok {
			continue
		}
		var pe predEvidence
		pe.field, _ = e["field"].(string)
		pe.text, _ = e["text"].(string)
		pe.in, _ = e["in"].(string)
		s, ok1 := intOf(e["start"])
		t, ok2 := intOf(e["end"])
		if !ok1 || !ok2 || s < 0 || t < s {
			s, t = -1, -1
		}
		pe.start, pe.end = s, t
		pi.evidence = append(pi.evidence, pe)
	}
	return pi, nil
}

func intOf(v any) (int, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	i, err := n.Int64()
	return int(i), err == nil
}

func countOf(x any) predCount {
	if o, ok := x.(map[string]any); ok {
		v, has := o["min"]
		if !has {
			v = o["total"]
		}
		x = v
	}
	switch v := x.(type) {
	case bool: // Python's bool is an int
		if v {
			return predCount{true, 1}
		}
		return predCount{true, 0}
	case json.Number:
		f, err := v.Float64()
		if err != nil { // out of range: Python's int() fails on inf
			return predCount{}
		}
		return predCount{true, math.Trunc(f)}
	}
	return predCount{}
}
