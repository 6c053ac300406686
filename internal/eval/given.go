package eval

import (
	"bufio"
	"fmt"
	"io"
	"slices"

	"github.com/sitrep/sitrep/internal/record"
)

// givenFields are the fields WriteGiven reports, in the scorer's order;
// the type is always given and has its own table (WriteByType).
var givenFields = [...]string{"date", "country", "place", "perpetrator", "killed", "injured"}

// WriteGiven writes, for each field of the incidents a prediction took,
// what the extractor said when the gold knows the value (right, wrong, or
// nothing) and when the gold leaves it unknown (a value given anyway, or
// none); then the share of the values given that were right. The score
// counts a wrong value and a missing one alike, but an analyst does not:
// a blank field is a gap to fill, a wrong date, place, accused group or
// toll is believed and mapped. "Given anyway" may be a value the gold's
// coder left out rather than one the text lacks, so it is shown apart
// and left out of the share. Counts only, no text, so it may be run on a
// blind set.
//
// A perpetrator is given when the prediction names one with an
// attribution (claimed, suspected or denied), as the gold's named ones
// are; "wrong" then means none of the names it gives is one the gold
// names. A second table says how the attribution of a perpetrator found
// was given, against the gold's (attributionTable).
func (s *NewsScore) WriteGiven(w io.Writer) error {
	type row struct{ right, wrong, none, anyway, unknown, above int }
	rows := map[string]*row{}
	for _, f := range givenFields {
		rows[f] = &row{}
	}
	for _, e := range s.entries {
		if e.gold == nil || e.pred == nil {
			continue // a false record or a missed one: the incident table's business
		}
		known := map[string]bool{}
		for _, r := range e.res {
			known[r.field] = true
			row := rows[r.field]
			switch {
			case row == nil:
			case r.ok:
				row.right++
			case e.pred.gives(r.field):
				row.wrong++
				if e.countAbove(r.field) {
					row.above++
				}
			default:
				row.none++
			}
		}
		for _, f := range givenFields {
			if known[f] {
				continue
			}
			rows[f].unknown++
			if e.pred.gives(f) {
				rows[f].anyway++
			}
		}
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%-12s %6s %6s %6s %8s %8s %7s\n", "field", "right", "wrong", "none", "unknown", "given", "right%")
	for _, f := range givenFields {
		r := rows[f]
		share := "-"
		if n := r.right + r.wrong; n > 0 {
			share = fmt.Sprintf("%.0f", 100*float64(r.right)/float64(n))
		}
		fmt.Fprintf(bw, "%-12s %6d %6d %6d %8d %8d %7s\n", f, r.right, r.wrong, r.none, r.unknown, r.anyway, share)
	}
	fmt.Fprintln(bw, "right, wrong, none: the gold knows the value; unknown: it does not, given: the extractor gave one anyway;")
	fmt.Fprintln(bw, "right%: right of the values given where the gold knows one")
	for _, f := range [...]string{"killed", "injured"} {
		r := rows[f]
		fmt.Fprintf(bw, "%s wrong: %d above the gold's, %d below\n", f, r.above, r.wrong-r.above)
	}
	fmt.Fprintln(bw)
	conf := s.attributionTable()
	fmt.Fprintf(bw, "%-12s", "attribution")
	for _, a := range attributions {
		fmt.Fprintf(bw, " %9s", a)
	}
	fmt.Fprintln(bw)
	for gi, g := range attributions[:3] {
		fmt.Fprintf(bw, "%-12s", g)
		for pi := range attributions {
			fmt.Fprintf(bw, " %9d", conf[gi][pi])
		}
		fmt.Fprintln(bw)
	}
	fmt.Fprintln(bw, "attribution: rows the gold's, columns the one given to the same perpetrator, where the perpetrator was found")
	return bw.Flush()
}

// attributions are the contract's attributions in attributionTable's
// order; the gold names a perpetrator only with one of the first three.
var attributions = [...]string{record.Claimed, record.Suspected, record.Denied, record.Unknown}

// attributionTable counts, over the incidents whose gold perpetrator was
// found, the gold's attribution against the one the extractor gave that
// perpetrator. The score's attribution says only right or wrong; the
// table says which way it errs: "suspected" given for a claim the group
// made (the claim not read) is another fault than "claimed" for a group
// only blamed (a claim invented). Where several names match, a pair that
// agrees is counted, else the first pair.
func (s *NewsScore) attributionTable() (conf [3][len(attributions)]int) {
	for _, e := range s.entries {
		if e.gold == nil || e.pred == nil {
			continue
		}
		gi, pi, found := -1, -1, false
		for _, gp := range e.gold.named {
			for _, q := range e.pred.perps {
				if !nameMatch(gp.name, q.name) {
					continue
				}
				g, p := slices.Index(attributions[:3], gp.attribution), slices.Index(attributions[:], q.attribution)
				if p < 0 {
					p = len(attributions) - 1 // no attribution is an unknown one
				}
				if !found || (g == p && gi != pi) {
					gi, pi, found = g, p, true
				}
			}
		}
		if found {
			conf[gi][pi]++
		}
	}
	return conf
}

// countAbove reports whether the toll given for field f (killed or
// injured) is larger than the gold's. A toll above the gold's is most
// often two figures summed or a wider total taken for the incident's, one
// below a first report's figure or a party left out: the direction says
// which mechanism to look at without reading the stories.
func (e newsEntry) countAbove(f string) bool {
	switch f {
	case "killed":
		return e.gold.killed != nil && e.pred.killed.n > *e.gold.killed
	case "injured":
		return e.gold.injured != nil && e.pred.injured.n > *e.gold.injured
	}
	return false
}

// gives reports whether the prediction states a value for field f, right
// or wrong.
func (pi *predIncident) gives(f string) bool {
	switch f {
	case "date":
		return pi.date != ""
	case "country":
		return pi.country() != ""
	case "place":
		return pi.loc != nil && (pi.loc.place != "" || pi.loc.name != "" || pi.loc.admin2 != "")
	case "perpetrator":
		return slices.ContainsFunc(pi.perps, func(q predPerp) bool { return named(q.name, q.attribution) })
	case "killed":
		return pi.killed.ok
	case "injured":
		return pi.injured.ok
	}
	return false
}
