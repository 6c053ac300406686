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

// tally is a Stats being counted: its series are gathered as cells and
// put in columns once, at the end (stats).
type tally struct {
	st    store.Stats
	cells []seriesCell
	// settled is how many of cells are sorted and before every later one.
	settled int
}

// seriesCell is the incidents of a type in a period.
type seriesCell struct {
	when, typ string
	n         int
}

// newTally is an empty count by the period asked.
func newTally(by store.Period) *tally {
	return &tally{st: store.Stats{ByCountry: map[string]int{}, ByType: map[string]int{}, Period: by}}
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

// settle sorts the cells added since the last settle, which the caller
// knows to come after every earlier one (a month's days after the
// months before it), so that stats sorts no more than a month at a time.
func (t *tally) settle() {
	slices.SortFunc(t.cells[t.settled:], compareCells)
	t.settled = len(t.cells)
}

func compareCells(a, b seriesCell) int {
	if c := strings.Compare(a.when, b.when); c != 0 {
		return c
	}
	return strings.Compare(a.typ, b.typ)
}

// stats returns the Stats counted, its series in columns.
func (t *tally) stats() *store.Stats {
	if t.settled < len(t.cells) {
		t.settled = 0 // cells added in no known order: sort them all
		t.settle()
	}
	s := &t.st.Series
	types := map[string]int{}
	for _, c := range t.cells {
		if _, ok := types[c.typ]; !ok {
			types[c.typ] = 0
			s.Types = append(s.Types, c.typ)
		}
		if n := len(s.Periods); n == 0 || s.Periods[n-1] != c.when {
			s.Periods = append(s.Periods, c.when)
		}
	}
	slices.Sort(s.Types)
	s.Counts = make([][]int, len(s.Types))
	for i, typ := range s.Types {
		types[typ] = i
		s.Counts[i] = make([]int, len(s.Periods))
	}
	p := -1
	for i, c := range t.cells {
		if i == 0 || t.cells[i-1].when != c.when {
			p++
		}
		s.Counts[types[c.typ]][p] += c.n
	}
	t.cells = nil
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

// count adds the incidents of rows sorted by month that r keeps to t, by
// day or month: a month wholly in r by its count, any other day by day.
// Countries are counted too when withCountry.
func (t *tally) count(rows []keptRow, r dateRange, withCountry bool) error {
	by := t.st.Period
	for i, row := range rows {
		if i > 0 && rows[i-1].month != row.month {
			t.settle()
		}
		if by == store.ByMonth && r.whole(row.month) {
			t.add(row.typ, row.month, row.n)
			if withCountry {
				t.country(row.country, row.n)
			}
			continue
		}
		err := eachDay(row.days, func(rest string, n int) {
			date := row.month + rest
			if !r.holds(date) {
				return
			}
			when := date
			if by == store.ByMonth {
				when = row.month
			}
			t.add(row.typ, when, n)
			if withCountry {
				t.country(row.country, n)
			}
		})
		if err != nil {
			return fmt.Errorf("days of %s %s %s: %w", row.country, row.typ, row.month, err)
		}
	}
	t.settle()
	return nil
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
		n, err := strconv.Atoi(strings.TrimSpace(num))
		if err != nil {
			return fmt.Errorf("count of %q: %w", key, err)
		}
		fn(key, n)
		s = strings.TrimSpace(s)
	}
	return nil
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
