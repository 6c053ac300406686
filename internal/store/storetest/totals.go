package storetest

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// testKeptTotals checks the totals and stats that kept counters answer
// (sums over months, the months the dates cut counted one by one) against
// the incidents each filter lists, on synthetic incidents whose dates are
// days, months, years or unknown, with filters whose dates fall on,
// inside and across month boundaries.
func testKeptTotals(t *testing.T, open Opener) {
	s := open(t)
	put := putter(t, s)
	ms := Synthetic(600, 7)
	for i := range ms {
		// Squeeze the dates into a few years, so that filters cut months
		// holding incidents, and blur some.
		ms[i].Date = fmt.Sprintf("%d%s", 2010+i%3, ms[i].Date[4:])
		if i%5 == 0 {
			ms[i].Killed = nil // no figure: the tolls count only those that give one
		}
		switch {
		case i%13 == 0:
			ms[i].Date = ""
		case i%11 == 0:
			ms[i].Date = ms[i].Date[:4]
		case i%7 == 0:
			ms[i].Date = ms[i].Date[:7]
		}
	}
	ctx := context.Background()
	if err := put.PutIncidents(ctx, ms); err != nil {
		t.Fatal(err)
	}
	dated := []struct{ since, until string }{
		{"", ""}, {"2011-03-15", ""}, {"", "2011-03-15"}, {"2011-03-01", "2011-03-31"},
		{"2011-03-10", "2011-03-20"}, {"2010-12-31", "2011-01-01"}, {"2010-06-15", "2012-02-10"},
		{"2011-01-01", "2011-12-31"}, {"2012-01-01", "2010-01-01"}, {"1900-01-01", ""}, {"", "2100-01-01"},
		{"1900-01-01", "2100-01-01"}, {"2011-05-20", "2011-06-03"},
	}
	keys := []store.Filter{
		{}, {Country: "NG"}, {Country: "af,iq"}, {Type: record.Bombing}, {Type: "bombing,kidnapping"},
		{Country: "SY", Type: record.ArmedAssault}, {Actor: "Boko Haram"}, {Actor: "taliban"},
		{Actor: "taliban", Country: "af,pk"}, {Actor: "islamic state", Type: "bombing,kidnapping"},
	}
	for _, k := range keys {
		for _, d := range dated {
			f := k
			f.Since, f.Until = d.since, d.until
			t.Run(fmt.Sprintf("%+v", f), func(t *testing.T) {
				all, err := s.Incidents(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				if all.Total != len(all.Incidents) {
					t.Errorf("total = %d, want the %d listed", all.Total, len(all.Incidents))
				}
				f.Limit = 3
				if p, err := s.Incidents(ctx, f); err != nil || p.Total != len(all.Incidents) {
					t.Errorf("total of a page = %d (%v), want %d", p.Total, err, len(all.Incidents))
				}
				f.Limit = 0
				st, err := s.Stats(ctx, f, store.ByMonth)
				if err != nil {
					t.Fatal(err)
				}
				want := map[string]int{}
				for _, m := range all.Incidents {
					cc := "unknown"
					if m.Location != nil && m.Location.CountryCode != "" {
						cc = m.Location.CountryCode
					}
					want[fmt.Sprintf("%s %s %s", cc, m.Type, m.Date[:min(7, len(m.Date))])]++
				}
				if got, w := monthCells(st), cellsString(want); got != w || st.Incidents != len(all.Incidents) {
					t.Errorf("stats (%d incidents):\n%s\nwant (%d):\n%s", st.Incidents, got, len(all.Incidents), w)
				}
				// The tolls, summed from kept counts where they can be.
				if k, ok := s.(interface {
					Killed(ctx context.Context, f store.Filter) (total, known int, err error)
				}); ok {
					total, known, err := k.Killed(ctx, f)
					wantTotal, wantKnown := 0, 0
					for _, m := range all.Incidents {
						if m.Killed != nil && m.Killed.Min != nil {
							wantTotal += *m.Killed.Min
							wantKnown++
						}
					}
					if err != nil || total != wantTotal || known != wantKnown {
						t.Errorf("killed = %d of %d incidents (%v), want %d of %d", total, known, err, wantTotal, wantKnown)
					}
				}
				// By day: the days of the kept months that the dates keep.
				byDay, err := s.Stats(ctx, f, store.ByDay)
				if err != nil {
					t.Fatal(err)
				}
				wantDays := map[string]int{}
				for _, m := range all.Incidents {
					if m.Date != "" {
						wantDays[m.Type+" "+m.Date]++
					}
				}
				gotDays := map[string]int{}
				for typ, days := range byDay.Series.ByType() {
					for d, n := range days {
						gotDays[typ+" "+d] = n
					}
				}
				if got, w := fmt.Sprint(byDay.ByCountry, gotDays), fmt.Sprint(st.ByCountry, wantDays); got != w || byDay.Incidents != len(all.Incidents) {
					t.Errorf("stats by day (%d incidents):\n%s\nwant (%d):\n%s", byDay.Incidents, got, len(all.Incidents), w)
				}
			})
		}
	}
}

// monthCells returns st's incidents by country and type, and by type and
// month, in the form cellsString gives a recount.
func monthCells(st *store.Stats) string {
	byCountry, byTypeMonth := map[string]int{}, map[string]int{}
	for c, n := range st.ByCountry {
		byCountry[c] = n
	}
	for typ, months := range st.Series.ByType() {
		for m, n := range months {
			byTypeMonth[typ+" "+m] = n
		}
	}
	return fmt.Sprint(byCountry) + "\n" + fmt.Sprint(byTypeMonth)
}

// cellsString sums cells ("country type month" to a count) by country,
// and by type and month (the dated ones), as monthCells reads Stats.
func cellsString(cells map[string]int) string {
	byCountry, byTypeMonth := map[string]int{}, map[string]int{}
	for _, k := range slices.Sorted(maps.Keys(cells)) {
		f := strings.SplitN(k, " ", 3)
		byCountry[f[0]] += cells[k]
		if f[2] != "" {
			byTypeMonth[f[1]+" "+f[2]] += cells[k]
		}
	}
	return fmt.Sprint(byCountry) + "\n" + fmt.Sprint(byTypeMonth)
}
