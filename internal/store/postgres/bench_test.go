package postgres

import (
	"context"
	"fmt"
	"testing"

	"github.com/sitrep/sitrep/internal/store/storetest"
)

// BenchmarkExtractionTriggers stores one extraction and removes it again,
// with the triggers on, as ingest and merge do for every extraction, in a
// store whose counts by cell (incident_cell_documents, 0021) hold the
// 20,000 documents of 200,000 synthetic incidents. The cached store was
// filled with the triggers off (storetest.CachedPostgres), so no other
// benchmark runs them at this size; a trigger whose lookup cannot use its
// key reads the whole table for each extraction, which this shows as
// milliseconds an operation. Everything is rolled back, so the cached
// store stays as it was.
//
//	go test ./internal/store/postgres -run XXX -bench ExtractionTriggers
func BenchmarkExtractionTriggers(b *testing.B) {
	s := storetest.CachedPostgres(b, serverDSN(b), 200_000, Open)
	defer s.Close()
	ctx := context.Background()
	var cells int
	if err := s.SQL().QueryRowContext(ctx, `SELECT count(*) FROM incident_cell_documents`).Scan(&cells); err != nil {
		b.Fatal(err)
	}
	var incidents []string
	var docs []int64
	rows, err := s.SQL().QueryContext(ctx, `SELECT e.incident, e.doc_seq FROM extractions e ORDER BY e.id LIMIT 1000`)
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
		var id string
		var seq int64
		if err := rows.Scan(&id, &seq); err != nil {
			b.Fatal(err)
		}
		incidents, docs = append(incidents, id), append(docs, seq)
	}
	if err := rows.Err(); err != nil || len(docs) < 2 {
		b.Fatalf("%d extractions to start from: %v", len(docs), err)
	}
	tx, err := s.SQL().BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	b.ResetTimer()
	for i := range b.N {
		// Another document's extraction of the incident: a new row of
		// its cell, then gone again.
		id := fmt.Sprintf("bench-%d", i)
		_, err := tx.ExecContext(ctx, `INSERT INTO extractions (id, doc_seq, idx, family, country, date, mergeable, component, incident, record)
			VALUES ($1, $2, 1, '', '', '', 0, $3, $3, '{}')`, id, docs[(i+1)%len(docs)], incidents[i%len(incidents)])
		if err != nil {
			b.Fatal(err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM extractions WHERE id = $1`, id); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(cells), "cell-rows")
}
