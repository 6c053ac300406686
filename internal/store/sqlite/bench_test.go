package sqlite

import (
	"context"
	"path/filepath"
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

// BenchmarkWrite measures the store's share of writing, without
// extraction, each iteration into a new database: "ingest" stores
// generated reports (storetest.Reports: events told by two to four reports)
// in batches of 20, merging as it goes; "put" stores 20,000 synthetic
// merged incidents in one PutIncidents, as the benchmark databases are
// built. Both write the change log.
//
//	go test ./internal/store/sqlite -run XXX -bench Write -benchtime 5x
func BenchmarkWrite(b *testing.B) {
	ctx := context.Background()
	b.Run("ingest", func(b *testing.B) {
		docs := storetest.Reports(300)
		for b.Loop() {
			s, err := Open(ctx, filepath.Join(b.TempDir(), "w.db"))
			if err != nil {
				b.Fatal(err)
			}
			for i := 0; i < len(docs); i += 20 {
				if _, err := s.Ingest(ctx, docs[i:min(i+20, len(docs))]); err != nil {
					b.Fatal(err)
				}
			}
			s.Close()
		}
		b.ReportMetric(float64(len(docs)), "docs")
	})
	b.Run("put", func(b *testing.B) {
		ms := storetest.Synthetic(20000, 1)
		for b.Loop() {
			s, err := Open(ctx, filepath.Join(b.TempDir(), "p.db"))
			if err != nil {
				b.Fatal(err)
			}
			if err := s.PutIncidents(ctx, ms); err != nil {
				b.Fatal(err)
			}
			s.Close()
		}
	})
}
