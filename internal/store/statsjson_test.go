package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
)

// TestStatsJSON checks that Stats.JSON writes what encoding/json writes
// for the same counts in maps, as Stats held them before Series.
func TestStatsJSON(t *testing.T) {
	tests := []struct {
		name string
		s    Stats
	}{
		{"zero", Stats{}},
		{"empty", Stats{ByCountry: map[string]int{}, ByType: map[string]int{}, Period: ByDay}},
		{"by day", Stats{Documents: 3, Incidents: 5, ByCountry: map[string]int{"NG": 2, "AF": 3, "unknown": 0},
			ByType: map[string]int{"bombing": 4, "armed_assault": 1}, Period: ByDay,
			Series: Series{Periods: []string{"2019-12-31", "2020-01-02"}, Types: []string{"armed_assault", "bombing"},
				Counts: [][]int{{1, 0}, {3, 1}}}}},
		{"by month", Stats{Incidents: -1, Period: ByMonth,
			Series: Series{Periods: []string{"2020-01"}, Types: []string{"x", "y"}, Counts: [][]int{{7}, {0}}}}},
		{"keys to escape", Stats{ByCountry: map[string]int{"<a>&": 1, "é": 2, "\xff": 3, `"\`: 4, "\n": 5, "\u2028": 6}}},
		{"numbers of many digits", Stats{Documents: 1234567, Incidents: -100, ByType: map[string]int{"a": 10, "b": -99}, Period: ByDay,
			Series: Series{Periods: []string{"2020-01-01", "2020-01-02", "2020-01-03"}, Types: []string{"a", "b<", "c"},
				Counts: [][]int{{9, 10, 0}, {0, 99, 1000}, {0, 0, -7}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.s.JSON()
			legacy := struct {
				Documents   int                       `json:"documents"`
				Incidents   int                       `json:"incidents"`
				ByCountry   map[string]int            `json:"by_country"`
				ByType      map[string]int            `json:"by_type"`
				ByDay       map[string]int            `json:"by_day"`
				ByDayType   map[string]map[string]int `json:"by_day_type"`
				ByMonth     map[string]int            `json:"by_month"`
				ByMonthType map[string]map[string]int `json:"by_month_type"`
			}{Documents: tt.s.Documents, Incidents: tt.s.Incidents, ByCountry: tt.s.ByCountry, ByType: tt.s.ByType}
			switch tt.s.Period {
			case ByDay:
				legacy.ByDay, legacy.ByDayType = tt.s.Series.Totals(), tt.s.Series.ByType()
			case ByMonth:
				legacy.ByMonth, legacy.ByMonthType = tt.s.Series.Totals(), tt.s.Series.ByType()
			}
			want, err := json.Marshal(legacy)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("got  %s\nwant %s", got, want)
			}
			// The buffer is never outgrown: the answer cache keeps it.
			if n := tt.s.jsonCap(); n < len(got) {
				t.Errorf("jsonCap = %d, under the answer's %d bytes", n, len(got))
			}
			if m, err := json.Marshal(tt.s); err != nil || !bytes.Equal(m, got) {
				t.Errorf("json.Marshal = %s (%v), want JSON's", m, err)
			}
		})
	}
}

// TestStatsJSONCap checks that the buffer of a long series is close to
// the answer, which the answer cache keeps: within a twentieth above it,
// as jsonCap's comment says.
func TestStatsJSONCap(t *testing.T) {
	s := Stats{Period: ByDay, ByCountry: map[string]int{"AF": 120, "NG": 7}, ByType: map[string]int{"bombing": 9000}}
	for d := range 400 {
		s.Series.Periods = append(s.Series.Periods, fmt.Sprintf("2020-%02d-%02d", 1+d/31%12, 1+d%28))
	}
	for typ := range 5 {
		s.Series.Types = append(s.Series.Types, fmt.Sprintf("type_%d", typ))
		counts := make([]int, len(s.Series.Periods))
		for p := range counts {
			counts[p] = (p*7 + typ*13) % 31 // 0 to 30, some days none
		}
		s.Series.Counts = append(s.Series.Counts, counts)
	}
	got, n := len(s.JSON()), s.jsonCap()
	if n < got || n > got+got/20 {
		t.Errorf("jsonCap = %d for an answer of %d bytes: want it at most a twentieth above", n, got)
	}
}
