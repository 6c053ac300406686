package eval

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/text"
)

// detailIndent starts every line the script does not print, so that the
// script's own lines can be told apart (and compared with its output).
const detailIndent = "    "

// maxQuotes bounds the sentences quoted under one line.
const maxQuotes = 3

// WriteVerbose writes the script's --verbose listing, a line per required
// gold incident (MISSED, ok, or the wrong fields) and per false incident
// (EXTRA), each followed by indented detail lines: for a wrong field what
// was predicted and what the gold says, and the text involved, the
// sentences holding the evidence of the field (or, for a missed incident,
// the sentences naming its place). docs maps a gold file stem to its
// article; without it, the evidence's own text is quoted.
func (s *NewsScore) WriteVerbose(w io.Writer, docs map[string]*doc.Document) error {
	bw := bufio.NewWriter(w)
	q := quoter{docs: docs, index: map[*doc.Document]*sentenceIndex{}}
	for _, e := range s.entries {
		if e.gold == nil {
			pi := e.pred
			place := any(nil)
			if loc, ok := pi.raw["location"].(map[string]any); ok && truthy(loc) {
				place = loc["place"]
			}
			fmt.Fprintf(bw, "%s: EXTRA %s %s %s\n", e.stem, pyStr(pi.raw["type"]), pyStr(pi.raw["date"]), pyStr(place))
			q.write(bw, e.stem, pi.spans("type", "date", "location"))
			continue
		}
		gi := e.gold
		fmt.Fprintf(bw, "%s: %s %s %s: ", e.stem, gi.typ, pyStr(gi.dateRaw), pyRepr(gi.placeRaw))
		if e.pred == nil || len(e.pred.raw) == 0 { // the script: 'MISSED' if not pi
			fmt.Fprintln(bw, "MISSED")
			q.writePlace(bw, e.stem, MainPlace(gi.place))
			continue
		}
		var bad []string
		for _, r := range e.res {
			if !r.ok {
				bad = append(bad, r.field)
			}
		}
		if len(bad) == 0 {
			fmt.Fprintln(bw, "ok")
			continue
		}
		fmt.Fprintln(bw, "wrong "+strings.Join(bad, ","))
		for _, f := range bad {
			got, want, ev := fieldValues(f, gi, e.pred)
			fmt.Fprintf(bw, "%s%s: got %s, want %s\n", detailIndent, f, got, want)
			q.write(bw, e.stem, e.pred.spans(ev))
		}
	}
	if len(s.entries) == 0 {
		fmt.Fprintln(bw) // the script prints '\n'.join([]) too
	}
	return bw.Flush()
}

// fieldValues says what a prediction and the gold hold for a field, and
// which evidence field backs the predicted value.
func fieldValues(f string, gi *goldIncident, pi *predIncident) (got, want, evidence string) {
	loc := pi.loc
	if loc == nil {
		loc = &predLocation{}
	}
	switch f {
	case "type":
		return pyStr(pi.raw["type"]), gi.contract, "type"
	case "type_family":
		return family(pi.typ, pi.typOK, "none"), family(gi.contract, true, "none"), "type"
	case "date":
		return pyStr(pi.raw["date"]), gi.date, "date"
	case "country":
		return strconv.Quote(loc.country), strconv.Quote(gi.country), "location"
	case "place":
		var parts []string
		for _, v := range []string{loc.place, loc.name, loc.admin2, loc.admin1} {
			if v != "" {
				parts = append(parts, v)
			}
		}
		return strconv.Quote(strings.Join(parts, ", ")), strconv.Quote(gi.place), "location"
	case "perpetrator", "attribution":
		var g, w []string
		for _, q := range pi.perps {
			g = append(g, q.name+" ("+q.attribution+")")
		}
		for _, p := range gi.named {
			w = append(w, p.name+" ("+p.attribution+")")
		}
		return "[" + strings.Join(g, "; ") + "]", "[" + strings.Join(w, "; ") + "]", "perpetrators"
	case "killed":
		return countString(pi.killed), strconv.FormatFloat(*gi.killed, 'f', -1, 64), "killed"
	case "injured":
		return countString(pi.injured), strconv.FormatFloat(*gi.injured, 'f', -1, 64), "injured"
	}
	return "", "", ""
}

func countString(c predCount) string {
	if !c.ok {
		return "none"
	}
	return strconv.FormatFloat(c.n, 'f', -1, 64)
}

// spans returns the evidence for any of the given fields: the field itself
// ("killed"), its parts ("killed.civilians") or, for a slice, its items
// ("perpetrators" takes "perpetrators[0]").
func (pi *predIncident) spans(fields ...string) []predEvidence {
	var out []predEvidence
	for _, e := range pi.evidence {
		for _, f := range fields {
			if rest, ok := strings.CutPrefix(e.field, f); ok && (rest == "" || rest[0] == '.' || rest[0] == '[') {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// quoter writes the sentences that hold evidence, splitting each article
// into sentences once.
type quoter struct {
	docs  map[string]*doc.Document
	index map[*doc.Document]*sentenceIndex
}

type sentenceIndex struct {
	bounds [][2]int // byte ranges of the sentences of the body
}

func (q *quoter) sentences(d *doc.Document) *sentenceIndex {
	if ix, ok := q.index[d]; ok {
		return ix
	}
	toks := text.Tokenize(nil, d.Text)
	sents := text.Sentences(nil, d.Text, toks, text.DetectCase(d.Text))
	ix := &sentenceIndex{bounds: make([][2]int, 0, len(sents))}
	for _, s := range sents {
		if s.Last > s.First {
			ix.bounds = append(ix.bounds, [2]int{int(toks[s.First].Start), int(toks[s.Last-1].End)})
		}
	}
	q.index[d] = ix
	return ix
}

// sentenceAt returns the sentences of d's body overlapping [start, end).
func (q *quoter) sentenceAt(d *doc.Document, start, end int) []string {
	var out []string
	for _, b := range q.sentences(d).bounds {
		if b[1] > start && b[0] < max(end, start+1) {
			out = append(out, d.Text[b[0]:b[1]])
		}
	}
	return out
}

// write quotes the sentences of the evidence spans, each once.
func (q *quoter) write(w io.Writer, stem string, spans []predEvidence) {
	d := q.docs[stem]
	var quotes []string
	for _, e := range spans {
		switch {
		case e.in == "title" && d != nil:
			quotes = append(quotes, d.Title)
		case d != nil && e.start >= 0 && e.end <= len(d.Text):
			quotes = append(quotes, q.sentenceAt(d, e.start, e.end)...)
		case e.text != "":
			quotes = append(quotes, e.text)
		}
	}
	writeQuotes(w, quotes)
}

// writePlace quotes the sentences of the article that name place.
func (q *quoter) writePlace(w io.Writer, stem, place string) {
	d := q.docs[stem]
	place = strings.TrimSpace(place)
	if d == nil || place == "" {
		return
	}
	var quotes []string
	lower, p := strings.ToLower(d.Text), strings.ToLower(place)
	if len(lower) != len(d.Text) { // case folding changed the offsets
		lower, p = d.Text, place
	}
	for from := 0; ; {
		i := strings.Index(lower[from:], p)
		if i < 0 {
			break
		}
		quotes = append(quotes, q.sentenceAt(d, from+i, from+i+len(p))...)
		from += i + len(p)
	}
	writeQuotes(w, quotes)
}

func writeQuotes(w io.Writer, quotes []string) {
	seen := map[string]bool{}
	n := 0
	for _, s := range quotes {
		s = strings.Join(strings.Fields(s), " ")
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		if n++; n > maxQuotes {
			return
		}
		fmt.Fprintf(w, "%s  > %s\n", detailIndent, s)
	}
}

// Write prints what score_news.py prints for the same flags: the verbose
// listing first (with this package's detail lines), then the JSON line or
// the three summary lines.
func (s *NewsScore) Write(w io.Writer, verbose, asJSON bool, docs map[string]*doc.Document) error {
	if verbose {
		if err := s.WriteVerbose(w, docs); err != nil {
			return err
		}
	}
	if asJSON {
		return s.WriteJSON(w)
	}
	return s.WriteText(w)
}
