package store

import (
	"bytes"
	"encoding/json"
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
			// The buffer is sized to the byte: the answer cache keeps it.
			if n := tt.s.jsonSize(); n != len(got) {
				t.Errorf("jsonSize = %d, want %d", n, len(got))
			}
			if m, err := json.Marshal(tt.s); err != nil || !bytes.Equal(m, got) {
				t.Errorf("json.Marshal = %s (%v), want JSON's", m, err)
			}
		})
	}
}
