package store

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"unicode/utf8"
)

// Series counts incidents over time by type in columns, not maps: stats
// by day of a million incidents hold a hundred thousand counts of a day
// and a type, and a map entry for each, then sorting each map's keys to
// write it, were most of the answer's time.
type Series struct {
	Periods []string // days or months, sorted bytewise, each once
	Types   []string // sorted, each once
	Counts  [][]int  // Counts[t][p]: the incidents of Types[t] in Periods[p]; 0 for none
}

// Totals returns the incidents of each period, all types together.
func (s *Series) Totals() map[string]int {
	m := make(map[string]int, len(s.Periods))
	for p, when := range s.Periods {
		for t := range s.Types {
			if n := s.Counts[t][p]; n != 0 {
				m[when] += n
			}
		}
	}
	return m
}

// ByType returns the incidents of each type by period, as the page's
// timeline stacks them: a type with none has no entry, nor a period
// without any of its type.
func (s *Series) ByType() map[string]map[string]int {
	m := make(map[string]map[string]int, len(s.Types))
	for t, typ := range s.Types {
		for p, n := range s.Counts[t] {
			if n != 0 {
				if m[typ] == nil {
					m[typ] = map[string]int{}
				}
				m[typ][s.Periods[p]] = n
			}
		}
	}
	return m
}

// MarshalJSON writes s as JSON (see JSON).
func (s Stats) MarshalJSON() ([]byte, error) { return s.JSON(), nil }

// JSON returns s as JSON: documents, incidents, by_country, by_type,
// by_day, by_day_type, by_month, by_month_type, in that order, the series
// of the period not asked null, keys sorted, bytes as encoding/json
// writes them. It is written straight from the columns of Series,
// without reflection.
func (s Stats) JSON() []byte {
	b := make([]byte, 0, s.jsonCap())
	b = append(b, `{"documents":`...)
	b = strconv.AppendInt(b, int64(s.Documents), 10)
	b = append(b, `,"incidents":`...)
	b = strconv.AppendInt(b, int64(s.Incidents), 10)
	b = append(b, `,"by_country":`...)
	b = appendCounts(b, s.ByCountry)
	b = append(b, `,"by_type":`...)
	b = appendCounts(b, s.ByType)
	for _, p := range []struct {
		period      Period
		total, each string
	}{{ByDay, `,"by_day":`, `,"by_day_type":`}, {ByMonth, `,"by_month":`, `,"by_month_type":`}} {
		if s.Period != p.period {
			b = append(b, p.total...)
			b = append(b, "null"...)
			b = append(b, p.each...)
			b = append(b, "null"...)
			continue
		}
		b = append(b, p.total...)
		b = s.Series.appendTotals(b)
		b = append(b, p.each...)
		b = s.Series.appendByType(b)
	}
	return append(b, '}')
}

// jsonCap bounds the length of JSON's answer from above, closely: the
// answer cache keeps the buffer it is written into, and a guess of 16
// bytes for every count of the series, zeros included, made a by-day
// buffer several times the answer. Counting to the byte costs a second
// pass as slow as writing (a key and a number for each count); the bound
// takes each period's key at the longest and each type's counts at the
// digits of its largest: within a twentieth above the answer when a
// type's counts have about as many digits (TestStatsJSONCap's 400 days
// come to 4%); a type with one large count among zeros is further off.
func (s Stats) jsonCap() int {
	n := len(`{"documents":`) + digits(s.Documents) + len(`,"incidents":`) + digits(s.Incidents) +
		len(`,"by_country":`) + countsSize(s.ByCountry) + len(`,"by_type":`) + countsSize(s.ByType) +
		len(`,"by_day":`) + len(`,"by_day_type":`) + len(`,"by_month":`) + len(`,"by_month_type":`) + len(`}`)
	for _, p := range []Period{ByDay, ByMonth} {
		if s.Period != p {
			n += 2 * len("null")
			continue
		}
		n += s.Series.cap()
	}
	return n
}

// cap bounds the length of the totals' and the types' objects together.
func (s *Series) cap() int {
	key := 0 // the longest period's key
	for _, p := range s.Periods {
		key = max(key, keySize(p))
	}
	n := 2 * len("{}")
	most := 0 // the largest total a period can have: the sum of each type's largest
	for t, typ := range s.Types {
		entries, top, low := 0, 0, 0
		for _, c := range s.Counts[t] {
			if c != 0 {
				entries++
				top, low = max(top, c), min(low, c)
			}
		}
		if entries > 0 {
			n += keySize(typ) + len("{},") + entries*(key+max(digits(top), digits(low))+len(","))
			most += max(top, -low)
		}
	}
	// The totals: a period with none is left out, but which are is not
	// known without summing them.
	return n + len(s.Periods)*(key+digits(most)+len(",-"))
}

// countsSize is the length of appendCounts' object (a few countries and
// types: counted to the byte).
func countsSize(m map[string]int) int {
	if m == nil {
		return len("null")
	}
	n := len("{}") + max(len(m)-1, 0)
	for k, v := range m {
		n += keySize(k) + digits(v)
	}
	return n
}

// keySize is the length of appendKey's quoted key and colon.
func keySize(k string) int {
	if plainKey(k) {
		return len(k) + len(`"":`)
	}
	return len(appendKey(nil, k))
}

// digits is the length of n in decimal.
func digits(n int) int {
	d := 1
	if n < 0 {
		d++
	}
	for n <= -10 || n >= 10 {
		n /= 10
		d++
	}
	return d
}

// appendTotals appends the incidents of each period as a JSON object.
func (s *Series) appendTotals(b []byte) []byte {
	b = append(b, '{')
	first := true
	for p, when := range s.Periods {
		total := 0
		for t := range s.Types {
			total += s.Counts[t][p]
		}
		if total == 0 {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = appendKey(b, when)
		b = strconv.AppendInt(b, int64(total), 10)
	}
	return append(b, '}')
}

// appendByType appends the incidents of each type by period as a JSON
// object of objects, as ByType has them.
func (s *Series) appendByType(b []byte) []byte {
	b = append(b, '{')
	first := true
	for t, typ := range s.Types {
		if !slices.ContainsFunc(s.Counts[t], func(n int) bool { return n != 0 }) {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = appendKey(b, typ)
		b = append(b, '{')
		firstDay := true
		for p, n := range s.Counts[t] {
			if n == 0 {
				continue
			}
			if !firstDay {
				b = append(b, ',')
			}
			firstDay = false
			b = appendKey(b, s.Periods[p])
			b = strconv.AppendInt(b, int64(n), 10)
		}
		b = append(b, '}')
	}
	return append(b, '}')
}

// appendCounts appends m as a JSON object, its keys sorted (null for nil).
func appendCounts(b []byte, m map[string]int) []byte {
	if m == nil {
		return append(b, "null"...)
	}
	b = append(b, '{')
	for i, k := range slices.Sorted(maps.Keys(m)) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendKey(b, k)
		b = strconv.AppendInt(b, int64(m[k]), 10)
	}
	return append(b, '}')
}

// appendKey appends k quoted and a colon. Keys are dates, codes and
// types: printable ASCII that encoding/json writes as it is; anything
// else is quoted by encoding/json itself, so that the bytes stay its own.
func appendKey(b []byte, k string) []byte {
	if plainKey(k) {
		b = append(b, '"')
		b = append(b, k...)
		b = append(b, '"', ':')
		return b
	}
	q, _ := json.Marshal(k) // a string always marshals
	b = append(b, q...)
	return append(b, ':')
}

// plainKey reports whether encoding/json writes k as it is, quoted.
func plainKey(k string) bool {
	for i := 0; i < len(k); i++ {
		if c := k[i]; c < 0x20 || c >= utf8.RuneSelf || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return false
		}
	}
	return true
}
