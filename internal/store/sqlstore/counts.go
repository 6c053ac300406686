package sqlstore

import (
	"slices"
	"strings"
)

// cells is a filter by countries (ISO codes), types and dates alone: the
// filters whose totals kept counters answer (migration 0013). filter
// records it in conds when f is one.
type cells struct {
	countries, types []any
	since, until     string // what spanDates left
	dated            bool   // undated incidents excluded, no date left to do it
}

// keys returns the conditions of c on the columns country and type, each
// name after prefix ("i." for incidents i, "" for a counter table).
func (c *cells) keys(prefix string) *conds {
	w := &conds{}
	if len(c.countries) > 0 {
		w.add(prefix+"country IN ("+marks(len(c.countries))+")", c.countries...)
	}
	if len(c.types) > 0 {
		w.add(prefix+"type IN ("+marks(len(c.types))+")", c.types...)
	}
	return w
}

// count returns the query counting the incidents c matches: from
// incident_stats_cell, or incident_stats_month_type when no country is
// asked, and the incidents' indexes for the months the dates cut.
func (c *cells) count() query {
	kept := "incident_stats_month_type"
	if len(c.countries) > 0 {
		kept = "incident_stats_cell"
	}
	return c.monthCount(kept, c.keys(""), "incidents i", "i.date", c.keys("i."))
}

// dates adds c's dates as conditions on the column date.
func (c *cells) dates(w *conds, date string) {
	if c.since != "" {
		w.add(date+" >= ?", c.since)
	}
	if c.until != "" || c.dated {
		w.add(date + " <> ''")
	}
	if c.until != "" {
		w.add(date+" <= ?", c.until)
	}
}

// wholeMonths adds to k the conditions on its column month that keep the
// months wholly inside c's dates. A month is a date's first seven bytes,
// as the triggers keep it, so that a date known only to the month or the
// year counts in exactly one place: a month strictly after since's month
// holds only dates after since (its bytes are greater where they first
// differ), one strictly before until's only dates before until.
func (c *cells) wholeMonths(k *conds) { c.months(k, ">", "<") }

// months adds to k c's date bounds on the column month, compared by
// after and before: strict for the whole months, inclusive for the
// months the dates touch.
func (c *cells) months(k *conds, after, before string) {
	if c.since != "" {
		k.add("month "+after+" ?", month(c.since))
	}
	if c.until != "" || c.dated {
		k.add("month <> ''")
	}
	if c.until != "" {
		k.add("month "+before+" ?", month(c.until))
	}
}

// cutMonths calls edge with the conditions, on the column date, that keep
// what c's dates hold of their first and their last month, which they may
// cut (one call when both are the same month or until comes first, none
// without dates). Each
// range is given by its tightest bounds alone: with a looser bound beside
// it, SQLite may read the index range of the looser one.
func (c *cells) cutMonths(date string, edge func(w *conds)) {
	first, last := month(c.since), month(c.until)
	if c.since != "" {
		w := &conds{}
		w.add(date+" >= ?", c.since)
		if c.until != "" && last <= first { // the same month, or none (until before since)
			w.add(date+" <= ?", c.until)
		} else {
			w.add(date+" < ?", first+"~") // "~" sorts after every byte of a date
		}
		edge(w)
	}
	if c.until != "" && (c.since == "" || last > first) {
		w := &conds{}
		w.add(date+" >= ?", last)
		w.add(date+" <= ?", c.until)
		edge(w)
	}
}

// monthCount returns the query counting what lies in c's dates from a
// table of counts by month (kept: its name, with columns month and n, and
// keptConds on its other columns) and a table of single entries (edge: a
// FROM clause, its date column, and edgeConds): the months wholly inside
// the dates summed from kept, only the months they cut counted entry by
// entry.
func (c *cells) monthCount(kept string, keptConds *conds, edge, date string, edgeConds *conds) query {
	k := &conds{parts: slices.Clone(keptConds.parts), args: slices.Clone(keptConds.args)}
	c.wholeMonths(k)
	parts := []string{"(SELECT CAST(coalesce(sum(n), 0) AS BIGINT) FROM " + kept + k.sql() + ")"}
	args := k.args
	c.cutMonths(date, func(w *conds) {
		w.parts, w.args = append(slices.Clone(edgeConds.parts), w.parts...), append(slices.Clone(edgeConds.args), w.args...)
		parts = append(parts, "(SELECT count(*) FROM "+edge+w.sql()+")")
		args = append(args, w.args...)
	})
	return query{"SELECT " + strings.Join(parts, " + "), args}
}

// killed returns the query of the killed total of c's matches and how
// many give a figure: the tolls of the months wholly inside its dates
// from incident_stats_cell, those of the months the dates cut from the
// incidents.
func (c *cells) killed() query {
	k := c.keys("")
	c.wholeMonths(k)
	parts := []string{"SELECT coalesce(sum(killed), 0) AS t, coalesce(sum(killed_known), 0) AS k FROM incident_stats_cell" + k.sql()}
	args := k.args
	c.cutMonths("i.date", func(w *conds) {
		keys := c.keys("i.")
		w.parts, w.args = append(keys.parts, w.parts...), append(keys.args, w.args...)
		parts = append(parts, "SELECT coalesce(sum(i.killed), 0), count(i.killed) FROM incidents i"+w.sql())
		args = append(args, w.args...)
	})
	return query{"SELECT CAST(sum(t) AS BIGINT), CAST(sum(k) AS BIGINT) FROM (" + strings.Join(parts, " UNION ALL ") + ") x", args}
}

// monthRange adds to k the conditions on its column month that keep
// the months holding any of c's dates: the whole months and those the
// dates cut, whose days dateRange.holds sorts out.
func (c *cells) monthRange(k *conds) { c.months(k, ">=", "<=") }

// cutMonthList returns the months c's dates may cut: since's and
// until's (one when they are the same, none without dates).
func (c *cells) cutMonthList() []any {
	var out []any
	if c.since != "" {
		out = append(out, month(c.since))
	}
	if c.until != "" && (c.since == "" || month(c.until) != month(c.since)) {
		out = append(out, month(c.until))
	}
	return out
}

// month is the month of a YYYY-MM-DD date ("" for none).
func month(date string) string { return date[:min(7, len(date))] }
