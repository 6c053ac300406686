package store

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"unicode/utf8"
)

// JSON returns s as encoding/json writes it, byte for byte, without its
// reflection: stats by day of a million incidents hold a hundred thousand
// counts by type and day, and sorting each map's keys through reflect
// values was a third of the answer's time. (Not a MarshalJSON method:
// that would be promoted to structs embedding Stats and drop their own
// fields.)
func (s Stats) JSON() []byte {
	n := 64 + 24*(len(s.ByCountry)+len(s.ByType)+len(s.ByDay)+len(s.ByMonth))
	for _, m := range s.ByDayType {
		n += 24 * len(m)
	}
	for _, m := range s.ByMonthType {
		n += 24 * len(m)
	}
	b := make([]byte, 0, n)
	b = append(b, `{"documents":`...)
	b = strconv.AppendInt(b, int64(s.Documents), 10)
	b = append(b, `,"incidents":`...)
	b = strconv.AppendInt(b, int64(s.Incidents), 10)
	b = append(b, `,"by_country":`...)
	b = appendCounts(b, s.ByCountry)
	b = append(b, `,"by_type":`...)
	b = appendCounts(b, s.ByType)
	b = append(b, `,"by_day":`...)
	b = appendCounts(b, s.ByDay)
	b = append(b, `,"by_day_type":`...)
	b = appendSeries(b, s.ByDayType, s.ByDay)
	b = append(b, `,"by_month":`...)
	b = appendCounts(b, s.ByMonth)
	b = append(b, `,"by_month_type":`...)
	b = appendSeries(b, s.ByMonthType, s.ByMonth)
	return append(b, '}')
}

// appendCounts appends m as a JSON object, its keys sorted (null for nil).
func appendCounts(b []byte, m map[string]int) []byte {
	if m == nil {
		return append(b, "null"...)
	}
	return appendSorted(b, m, slices.Sorted(maps.Keys(m)))
}

// appendSorted appends m as a JSON object, its keys in the order of
// keys, which holds them all.
func appendSorted(b []byte, m map[string]int, keys []string) []byte {
	b = append(b, '{')
	first := true
	for _, k := range keys {
		n, ok := m[k]
		if !ok {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = appendKey(b, k)
		b = strconv.AppendInt(b, int64(n), 10)
	}
	return append(b, '}')
}

// appendSeries appends m, objects of counts by type, as a JSON object.
// The keys of all (the series of all types) are sorted once, and each
// type's written in their order when all holds every one of them: the
// days of a decade sorted once, not once per type.
func appendSeries(b []byte, m map[string]map[string]int, all map[string]int) []byte {
	if m == nil {
		return append(b, "null"...)
	}
	keys := slices.Sorted(maps.Keys(all))
	b = append(b, '{')
	for i, typ := range slices.Sorted(maps.Keys(m)) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendKey(b, typ)
		counts := m[typ]
		if counts == nil {
			b = append(b, "null"...)
			continue
		}
		held := 0
		for k := range counts {
			if _, ok := all[k]; ok {
				held++
			}
		}
		if held == len(counts) {
			b = appendSorted(b, counts, keys)
		} else {
			b = appendCounts(b, counts)
		}
	}
	return append(b, '}')
}

// appendKey appends k quoted and a colon. Keys are dates, codes and
// types: printable ASCII that encoding/json writes as it is; anything
// else is quoted by encoding/json itself, so that the bytes stay its own.
func appendKey(b []byte, k string) []byte {
	plain := true
	for i := 0; i < len(k); i++ {
		if c := k[i]; c < 0x20 || c >= utf8.RuneSelf || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			plain = false
			break
		}
	}
	if plain {
		b = append(b, '"')
		b = append(b, k...)
		b = append(b, '"', ':')
		return b
	}
	q, _ := json.Marshal(k) // a string always marshals
	b = append(b, q...)
	return append(b, ':')
}
