package sqlstore

import (
	"context"
	"fmt"

	"github.com/sitrep/sitrep/internal/store"
)

// Killed adds up the killed of the incidents matching f (each incident's
// lower bound, "at least 5" counting 5) and counts the incidents that have
// a figure, for stats: from the tolls the counters by month keep
// (migration 0017) for countries, types and dates, else from the column
// ingest keeps, so no record is decoded. Injured has no column yet, so stats has no injured total.
func (s *DB) Killed(ctx context.Context, f store.Filter) (total, known int, err error) {
	f.Cursor, f.Limit = "", 0
	if f.Status != "" {
		total, known, err = s.killedRejected(ctx, f)
		if err != nil || f.Status == store.StatusRejected {
			return total, known, err
		}
		f.Status = ""
	}
	c, err := s.filter(ctx, s.db, f)
	if err != nil {
		return 0, 0, err
	}
	q := query{`SELECT COALESCE(SUM(i.killed), 0), COUNT(i.killed) FROM incidents i` + c.sql(), c.args}
	switch {
	case len(c.parts) == 0:
		q = query{sql: `SELECT CAST(coalesce(sum(killed), 0) AS BIGINT), CAST(coalesce(sum(killed_known), 0) AS BIGINT) FROM incident_stats_cell`}
	case c.cells != nil:
		q = c.cells.killed()
	}
	var t, k int
	if err := s.db.QueryRowContext(ctx, s.Rebind(q.sql), q.args...).Scan(&t, &k); err != nil {
		return 0, 0, fmt.Errorf("%s: killed total: %w", s.d.Name, err)
	}
	return total + t, known + k, nil
}
