package sqlite

import (
	"context"
	"testing"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlstore"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// benchDB returns a database holding n synthetic incidents, cached in the
// temporary directory across runs.
func benchDB(b *testing.B, n int) *sqlstore.DB {
	b.Helper()
	return storetest.CachedSQLite(b, n, Open)
}

// BenchmarkQuery1M runs the filters of export and the API over a million
// synthetic incidents: one page of 100 plus the total count, as the API
// serves it.
//
//	go test ./internal/store/sqlite -run XXX -bench Query1M -benchmem
func BenchmarkQuery1M(b *testing.B) {
	s := benchDB(b, 1_000_000)
	defer s.Close()
	ctx := context.Background()
	first, err := s.Incidents(ctx, store.Filter{Limit: 100})
	if err != nil {
		b.Fatal(err)
	}
	deep := store.Filter{Limit: 100}
	for range 50 {
		p, err := s.Incidents(ctx, deep)
		if err != nil {
			b.Fatal(err)
		}
		deep.Cursor = p.Next
	}
	b.Logf("%d incidents", first.Total)
	for _, bc := range []struct {
		name string
		f    store.Filter
	}{
		{"country+year", store.Filter{Country: "NG", Since: "2015-01-01", Until: "2015-12-31", Limit: 100}},
		{"type+country", store.Filter{Type: "bombing", Country: "AF", Limit: 100}},
		{"type+country+year", store.Filter{Type: "bombing", Country: "AF", Since: "2020-01-01", Until: "2020-12-31", Limit: 100}},
		{"last-month", store.Filter{Since: "2025-12-01", Limit: 100}},
		{"near-50km", store.Filter{Near: &store.Near{Lat: 34.5, Lon: 69.2, KM: 50}, Limit: 100}},
		{"near-50km+year", store.Filter{Near: &store.Near{Lat: 34.5, Lon: 69.2, KM: 50}, Since: "2020-01-01", Until: "2020-12-31", Limit: 100}},
		{"country+actor", store.Filter{Country: "NG", Actor: "boko", Limit: 100}},
		{"actor", store.Filter{Actor: "boko", Limit: 100}},
		{"page-51", deep},
		{"all", store.Filter{Limit: 100}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var total int
			for b.Loop() {
				p, err := s.Incidents(ctx, bc.f)
				if err != nil {
					b.Fatal(err)
				}
				total = p.Total
			}
			b.ReportMetric(float64(total), "matches")
		})
	}
}

// BenchmarkStats1M counts a million synthetic incidents by country, type
// and day (as sitrep stats does) or month (as the page's timeline asks).
//
//	go test ./internal/store/sqlite -run XXX -bench Stats1M -benchmem
func BenchmarkStats1M(b *testing.B) {
	s := benchDB(b, 1_000_000)
	defer s.Close()
	for _, bc := range []struct {
		name string
		f    store.Filter
	}{
		{"all", store.Filter{}},
		{"country", store.Filter{Country: "NG"}},
		{"country+year", store.Filter{Country: "NG", Since: "2015-01-01", Until: "2015-12-31"}},
	} {
		for _, by := range []store.Period{store.ByDay, store.ByMonth} {
			b.Run(bc.name+"/"+string(by), func(b *testing.B) {
				for b.Loop() {
					if _, err := s.Stats(context.Background(), bc.f, by); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
