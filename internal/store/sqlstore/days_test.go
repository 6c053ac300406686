package sqlstore

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestEachDay checks the reading of kept days as both engines write them.
func TestEachDay(t *testing.T) {
	tests := []struct {
		name, days, want string
	}{
		{"empty", `{}`, ``},
		{"sqlite", `{"-05":3,"":1,"-31":12}`, `"-05"=3 ""=1 "-31"=12`},
		{"postgres jsonb", `{"": 1, "-05": 3, "-31": 12}`, `""=1 "-05"=3 "-31"=12`},
		{"escaped key", `{"-0\u0035":2,"-01":1}`, `"-01"=1 "-05"=2`},
		{"not an object", `[1]`, `error`},
		{"not a count", `{"-01":"x"}`, `error`},
		{"signed and long counts", `{"-01":+2,"-02":-3,"-03":1234567890123456789}`, `"-01"=2 "-02"=-3 "-03"=1234567890123456789`},
		{"count too large", `{"-01":99999999999999999999}`, `error`},
		{"empty count", `{"-01":}`, `error`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			err := eachDay(tt.days, func(rest string, n int) { got = append(got, fmt.Sprintf("%q=%d", rest, n)) })
			if err != nil {
				got = []string{"error"}
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("eachDay(%s) = %s, want %s", tt.days, g, tt.want)
			}
		})
	}
}

// TestDateRange checks which dates and months a filter's dates keep,
// dates known only to the month or year among them.
func TestDateRange(t *testing.T) {
	r := dateRange{since: "2011-03-15", until: "2011-06-03"}
	for _, tt := range []struct {
		date         string
		holds, whole bool
	}{
		{"", false, false}, {"2011", false, false}, {"2011-03", false, false}, {"2011-03-14", false, false},
		{"2011-03-15", true, false}, {"2011-04", true, true}, {"2011-05-31", true, true},
		{"2011-06-03", true, false}, {"2011-06-04", false, false},
	} {
		if got := r.holds(tt.date); got != tt.holds {
			t.Errorf("holds(%q) = %v, want %v", tt.date, got, tt.holds)
		}
		if got := r.whole(month(tt.date)); got != tt.whole {
			t.Errorf("whole(%q) = %v, want %v", month(tt.date), got, tt.whole)
		}
	}
	if !(dateRange{}).holds("") || (dateRange{dated: true}).holds("") || !(dateRange{dated: true}).whole("2011-03") {
		t.Error("without dates every incident is kept, and with dated all but the undated")
	}
}

// TestSortDays checks the counting sort of a month's days against
// sorting the strings, with days known only to the month and a rest no
// date has.
func TestSortDays(t *testing.T) {
	tests := []struct {
		name string
		rest []string
	}{
		{"none", nil},
		{"days", []string{"-31", "-05", "-10", "-05", "-01"}},
		{"the month first", []string{"-12", "", "-03", ""}},
		{"another rest", []string{"-12", "-3", "", "-01"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var days []dayCount
			for i, r := range tt.rest {
				days = append(days, dayCount{rest: r, column: i})
			}
			var got []string
			for _, d := range sortDays(days, nil) {
				got = append(got, d.rest)
			}
			want := slices.Clone(tt.rest)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("sortDays(%q) = %q, want %q", tt.rest, got, want)
			}
		})
	}
}
