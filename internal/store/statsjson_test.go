package store

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestStatsJSON checks that Stats.JSON writes what encoding/json writes.
func TestStatsJSON(t *testing.T) {
	tests := []struct {
		name string
		s    Stats
	}{
		{"zero", Stats{}},
		{"empty maps", Stats{ByCountry: map[string]int{}, ByType: map[string]int{}, ByDay: map[string]int{}, ByDayType: map[string]map[string]int{}}},
		{"by day", Stats{Documents: 3, Incidents: 5, ByCountry: map[string]int{"NG": 2, "AF": 3, "unknown": 0},
			ByType: map[string]int{"bombing": 4, "armed_assault": 1}, ByDay: map[string]int{"2020-01-02": 1, "2019-12-31": 4},
			ByDayType: map[string]map[string]int{"bombing": {"2020-01-02": 1, "2019-12-31": 3}, "armed_assault": {"2019-12-31": 1}}}},
		{"by month", Stats{Incidents: -1, ByMonth: map[string]int{"2020-01": 7}, ByMonthType: map[string]map[string]int{"x": nil}}},
		// A type's day that the days do not hold.
		{"series beyond the days", Stats{ByDay: map[string]int{"2020-01-01": 1}, ByDayType: map[string]map[string]int{"a": {"2020-01-02": 1, "2020-01-01": 2}, "b": {}}}},
		{"keys to escape", Stats{ByCountry: map[string]int{"<a>&": 1, "é": 2, "\xff": 3, `"\`: 4, "\n": 5, "\u2028": 6}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.s.JSON()
			want, err := json.Marshal(tt.s)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("got  %s\nwant %s", got, want)
			}
		})
	}
}
