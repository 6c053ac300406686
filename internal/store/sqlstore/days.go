package sqlstore

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/store"
)

// tally is a Stats being counted. Kept counts go straight into the
// columns of its series (count); incidents and grouped rows, in no
// order, are gathered as cells and put in columns at the end (stats).
type tally struct {
	st    store.Stats
	types map[string]int // the column of each type in st.Series, whose types are not yet sorted
	cells []seriesCell
}

// seriesCell is the incidents of a type in a period.
type seriesCell struct {
	when, typ string
	n         int
}

// newTally is an empty count by the period asked.
func newTally(by store.Period) *tally {
	return &tally{st: store.Stats{ByCountry: map[string]int{}, ByType: map[string]int{}, Period: by}, types: map[string]int{}}
}

// country adds n incidents to a country's count ("unknown" for none).
func (t *tally) country(country string, n int) {
	if country == "" {
		country = "unknown"
	}
	t.st.ByCountry[country] += n
}

// add adds n incidents of type typ on day or month when ("" for undated
// incidents, which have no place in the series) to the totals, by type
// and in the series.
func (t *tally) add(typ, when string, n int) {
	t.st.Incidents += n
	t.st.ByType[typ] += n
	if when != "" {
		t.cells = append(t.cells, seriesCell{when, typ, n})
	}
}

// column returns the column of typ in the series, adding it.
func (t *tally) column(typ string) int {
	c, ok := t.types[typ]
	if !ok {
		s := &t.st.Series
		c = len(s.Types)
		t.types[typ] = c
		s.Types = append(s.Types, typ)
		s.Counts = append(s.Counts, make([]int, len(s.Periods), cap(s.Periods)))
	}
	return c
}

// period appends a period to the series, after every one before it.
func (t *tally) period(when string) {
	s := &t.st.Series
	s.Periods = append(s.Periods, when)
	for i := range s.Counts {
		s.Counts[i] = append(s.Counts[i], 0)
	}
}

// stats returns the Stats counted, its series' types sorted.
func (t *tally) stats() *store.Stats {
	s := &t.st.Series
	if len(t.cells) > 0 {
		// Cells in no order beside the columns: the columns become
		// cells too, and all are sorted by period and type.
		for c, typ := range s.Types {
			for p, n := range s.Counts[c] {
				if n != 0 {
					t.cells = append(t.cells, seriesCell{s.Periods[p], typ, n})
				}
			}
		}
		*s, t.types = store.Series{}, map[string]int{}
		slices.SortFunc(t.cells, func(a, b seriesCell) int { return strings.Compare(a.when, b.when) })
		for i, c := range t.cells {
			if i == 0 || t.cells[i-1].when != c.when {
				t.period(c.when)
			}
			s.Counts[t.column(c.typ)][len(s.Periods)-1] += c.n
		}
		t.cells = nil
	}
	order := make([]int, len(s.Types))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(s.Types[a], s.Types[b]) })
	types, counts := make([]string, len(order)), make([][]int, len(order))
	for i, o := range order {
		types[i], counts[i] = s.Types[o], s.Counts[o]
	}
	s.Types, s.Counts = types, counts
	return &t.st
}

// keptRow is a row of kept counts by month (migration 0017): the
// incidents of a country (or of all, "") and a type in a month, n in
// all, and days, their counts by the rest of their date after the month
// as JSON.
type keptRow struct {
	country, typ, month string
	n                   int
	days                string
}

// dateRange is the dates of a filter that kept counts answer: since and
// until inclusive (either may be ""), and whether undated incidents are
// out even without them.
type dateRange struct {
	since, until string
	dated        bool
}

// holds reports whether r keeps an incident of the date.
func (r dateRange) holds(date string) bool {
	switch {
	case date == "":
		return r.since == "" && r.until == "" && !r.dated
	case r.since != "" && date < r.since, r.until != "" && date > r.until:
		return false
	}
	return true
}

// whole reports whether every date of the month is in r, so that its
// count stands for its days.
func (r dateRange) whole(m string) bool {
	return (r.since == "" || m > month(r.since)) && (r.until == "" || m < month(r.until)) &&
		(m != "" || r.holds(""))
}

// count adds the incidents of rows sorted by month that r keeps to t,
// by day or month, straight into the columns of its series: a month
// wholly in r by its count, any other day by day. Countries are counted
// too when withCountry. A month's days are sorted among themselves, and
// come after those of the months before it (see migration 0017).
func (t *tally) count(rows []keptRow, r dateRange, withCountry bool) error {
	byDay := t.st.Period == store.ByDay
	byType := make([]int, 0, 16)
	var days, sorted []dayCount
	var names []byte
	if byDay && len(rows) > 0 {
		// Room for every day of the months read, so that the columns
		// of the series do not grow a day at a time.
		months := 1
		for i := 1; i < len(rows); i++ {
			if rows[i].month != rows[i-1].month {
				months++
			}
		}
		t.st.Series.Periods = slices.Grow(t.st.Series.Periods, months*32)
	}
	for start := 0; start < len(rows); {
		end := start + 1
		for end < len(rows) && rows[end].month == rows[start].month {
			end++
		}
		month := rows[start].month
		whole := r.whole(month)
		days = days[:0]
		for _, row := range rows[start:end] {
			c := t.column(row.typ)
			for len(byType) <= c {
				byType = append(byType, 0)
			}
			kept := 0
			if !byDay && whole {
				kept = row.n
				days = append(days, dayCount{"", c, row.n})
			} else {
				err := eachDay(row.days, func(rest string, n int) {
					if whole || r.holds(month+rest) {
						kept += n
						days = append(days, dayCount{rest, c, n})
					}
				})
				if err != nil {
					return fmt.Errorf("days of %s %s %s: %w", row.country, row.typ, month, err)
				}
			}
			byType[c] += kept
			t.st.Incidents += kept
			if withCountry && kept > 0 {
				t.country(row.country, kept)
			}
		}
		start = end
		if month == "" {
			continue // undated: in the totals, not in the series
		}
		if !byDay {
			if len(days) > 0 {
				t.period(month)
				for _, d := range days {
					t.st.Series.Counts[d.column][len(t.st.Series.Periods)-1] += d.n
				}
			}
			continue
		}
		days, sorted = sortDays(days, sorted), days
		// The month's days are written into one string and cut from
		// it, one allocation a month instead of one a day.
		names = names[:0]
		for i, d := range days {
			if i == 0 || days[i-1].rest != d.rest {
				names = append(append(names, month...), d.rest...)
			}
		}
		all, at := string(names), 0
		for i, d := range days {
			if i == 0 || days[i-1].rest != d.rest {
				end := at + len(month) + len(d.rest)
				t.period(all[at:end])
				at = end
			}
			t.st.Series.Counts[d.column][len(t.st.Series.Periods)-1] += d.n
		}
	}
	for c, n := range byType {
		if n > 0 {
			t.st.ByType[t.st.Series.Types[c]] += n
		}
	}
	return nil
}

// dayCount is the incidents of a day in the column of their type: the
// day by the rest of its date after the month.
type dayCount struct {
	rest   string
	column int
	n      int
}

// sortDays returns days sorted by rest, built in buf's room. The rest of
// a day is "-DD", or "" for a date known only to the month, so that a
// counting sort by the day of the month does what comparing the strings
// did, most of the time of stats by day; any other rest is sorted by
// comparison.
func sortDays(days, buf []dayCount) []dayCount {
	var at [102]int // the days before each rest's place: "" first, then "-00" to "-99"
	for _, d := range days {
		r := d.rest
		switch {
		case r == "":
			at[1]++
		case len(r) == 3 && r[0] == '-' && '0' <= r[1] && r[1] <= '9' && '0' <= r[2] && r[2] <= '9':
			at[2+int(r[1]-'0')*10+int(r[2]-'0')]++
		default:
			buf = append(buf[:0], days...) // never days itself: the caller swaps the two
			slices.SortFunc(buf, func(a, b dayCount) int { return strings.Compare(a.rest, b.rest) })
			return buf
		}
	}
	for i := 1; i < len(at); i++ {
		at[i] += at[i-1]
	}
	buf = slices.Grow(buf[:0], len(days))[:len(days)]
	for _, d := range days {
		k := 0
		if d.rest != "" {
			k = 1 + int(d.rest[1]-'0')*10 + int(d.rest[2]-'0')
		}
		buf[at[k]] = d
		at[k]++
	}
	return buf
}

// eachDay calls fn with each key and count of days, a JSON object of
// counts as SQLite's json functions ({"-05":3}) and PostgreSQL's jsonb
// ({"-05": 3}) write it. A key with an escape is left to encoding/json.
func eachDay(days string, fn func(rest string, n int)) error {
	s := strings.TrimSpace(days)
	if len(s) < 2 || s[0] != '{' || s[len(s)-1] != '}' {
		return fmt.Errorf("not an object: %.40q", days)
	}
	s = s[1 : len(s)-1]
	for s = strings.TrimSpace(s); s != ""; {
		if s[0] != '"' {
			return fmt.Errorf("key expected: %.40q", s)
		}
		end := strings.IndexByte(s[1:], '"')
		if end < 0 || strings.IndexByte(s[1:end+1], '\\') >= 0 {
			return eachDaySlow(days, fn)
		}
		key := s[1 : end+1]
		s = strings.TrimSpace(s[end+2:])
		if s == "" || s[0] != ':' {
			return fmt.Errorf("colon expected: %.40q", s)
		}
		s = strings.TrimSpace(s[1:])
		num := s
		if comma := strings.IndexByte(s, ','); comma >= 0 {
			num, s = s[:comma], s[comma+1:]
		} else {
			s = ""
		}
		n, ok := digits(num)
		if !ok {
			var err error
			if n, err = strconv.Atoi(strings.TrimSpace(num)); err != nil {
				return fmt.Errorf("count of %q: %w", key, err)
			}
		}
		fn(key, n)
		s = strings.TrimSpace(s)
	}
	return nil
}

// digits returns s as a number when it is only ASCII digits, short
// enough not to overflow: every count SQLite writes, read without
// strconv.Atoi's trimming and signs, most of eachDay's time.
func digits(s string) (int, bool) {
	if s == "" || len(s) > 18 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// eachDaySlow is eachDay through encoding/json, for keys with escapes
// (no date the store keeps has one).
func eachDaySlow(days string, fn func(rest string, n int)) error {
	var m map[string]int
	if err := json.Unmarshal([]byte(days), &m); err != nil {
		return err
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, cmp.Compare[string])
	for _, k := range keys {
		fn(k, m[k])
	}
	return nil
}
