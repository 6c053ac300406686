package eval

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// WriteByType writes, for each type of the required gold incidents, how
// many there are, how many no prediction took, how many were typed right,
// and what the others were typed as; then the types of the predictions no
// gold incident took. It prints counts only, no document and no text, so
// it may be run on a blind set, whose texts and misses nobody reads, to
// see which kinds of incident the extractor gets wrong there (the
// breakdown that led stop 30 to write bench/sides).
func (s *NewsScore) WriteByType(w io.Writer) error {
	type row struct {
		required, missed, right int
		as                      map[string]int
	}
	rows := map[string]*row{}
	extra := map[string]int{}
	for _, e := range s.entries {
		switch {
		case e.gold == nil:
			extra[predType(e.pred)]++
		default:
			r := rows[e.gold.contract]
			if r == nil {
				r = &row{as: map[string]int{}}
				rows[e.gold.contract] = r
			}
			r.required++
			switch {
			case e.pred == nil:
				r.missed++
			case e.pred.typOK && e.pred.typ == e.gold.contract:
				r.right++
			default:
				r.as[predType(e.pred)]++
			}
		}
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%-16s %8s %6s %5s  %s\n", "gold type", "required", "missed", "right", "typed as")
	for _, t := range byCount(rows, func(r *row) int { return r.required }) {
		r := rows[t]
		line := fmt.Sprintf("%-16s %8d %6d %5d  %s", t, r.required, r.missed, r.right, counted(r.as))
		fmt.Fprintln(bw, strings.TrimRight(line, " "))
	}
	line := fmt.Sprintf("%-16s %8d %6s %5s  %s", "false", sumCounts(extra), "", "", counted(extra))
	fmt.Fprintln(bw, strings.TrimRight(line, " "))
	return bw.Flush()
}

// predType is a prediction's type as the scorer reads it, "?" for none.
func predType(pi *predIncident) string {
	if !pi.typOK || pi.typ == "" {
		return "?"
	}
	return pi.typ
}

// byCount orders the keys of m by the count f gives, most first, then by
// name, so that the listing does not depend on map order.
func byCount[V any](m map[string]V, f func(V) int) []string {
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(f(m[b]), f(m[a])), cmp.Compare(a, b))
	})
	return keys
}

// counted lists "type n" pairs, most first.
func counted(m map[string]int) string {
	var parts []string
	for _, k := range byCount(m, func(n int) int { return n }) {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

func sumCounts(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
