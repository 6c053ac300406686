package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlstore"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// BenchmarkIngestReviewed ingests the concurrency tests' reports (about
// 3,500 documents, in batches of 100) into a fresh database, with no
// review stored and with one: a stored review turns on the curation
// queries of every re-clustering, and this is their cost. It also times
// one review action on the full store.
//
//	go test ./internal/store/sqlite -run XXX -bench IngestReviewed -benchtime 3x
func BenchmarkIngestReviewed(b *testing.B) {
	ctx := context.Background()
	docs := storetest.Reports(1000)
	first, rest := docs[:len(storetest.Corpus())], docs[len(storetest.Corpus()):]
	setup := func(b *testing.B, reviewed bool) *sqlstore.DB {
		s, err := Open(ctx, filepath.Join(b.TempDir(), "x.db"))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Ingest(ctx, first); err != nil {
			b.Fatal(err)
		}
		if reviewed {
			p, err := s.Incidents(ctx, store.Filter{Limit: 1})
			if err != nil {
				b.Fatal(err)
			}
			a := store.Action{Incident: p.Incidents[0].ID, Action: store.ActionStatus, Status: record.Confirmed, User: "bench"}
			if _, err := s.Review(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
		return s
	}
	for _, reviewed := range []bool{false, true} {
		name := "no-review"
		if reviewed {
			name = "one-review"
		}
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				s := setup(b, reviewed)
				b.StartTimer()
				for j := 0; j < len(rest); j += 100 {
					if _, err := s.Ingest(ctx, rest[j:min(j+100, len(rest))]); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(len(rest)*b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
	b.Run("reject", func(b *testing.B) {
		s := setup(b, false)
		defer s.Close()
		if _, err := s.Ingest(ctx, rest); err != nil {
			b.Fatal(err)
		}
		p, err := s.Incidents(ctx, store.Filter{Limit: 1})
		if err != nil {
			b.Fatal(err)
		}
		id := p.Incidents[0].ID
		status := []string{record.Rejected, record.Unreviewed}
		i := 0
		for b.Loop() {
			if _, err := s.Review(ctx, store.Action{Incident: id, Action: store.ActionStatus, Status: status[i%2], User: "bench"}); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}
