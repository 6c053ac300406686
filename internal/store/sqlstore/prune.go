package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

// Prune implements store.Store. The last seq to prune is found before the
// writer lock is taken (lastChangeBefore), so that a daily prune holds up
// ingest only for its deletes.
func (s *DB) Prune(ctx context.Context, r store.Retention) (store.Pruned, error) {
	var p store.Pruned
	var cut int64
	if !r.ChangesBefore.IsZero() {
		var err error
		if cut, err = s.lastChangeBefore(ctx, r.ChangesBefore.UTC().Format(time.RFC3339)); err != nil {
			return p, fmt.Errorf("%s: prune: changes before %s: %w", s.d.Name, r.ChangesBefore.Format(time.RFC3339), err)
		}
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return p, err
	}
	defer tx.Rollback()
	var watches, cursor int64
	err = tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM watches), (SELECT seq FROM alert_cursor), (SELECT seq FROM change_log_pruned)`).
		Scan(&watches, &cursor, &p.Through)
	if err != nil {
		return p, fmt.Errorf("%s: prune: %w", s.d.Name, err)
	}
	switch {
	case watches > 0 && cut > cursor:
		// The dispatcher has not matched these changes yet.
		cut, p.Held = cursor, true
	case watches == 0 && cut > cursor:
		// No watch to match them for; a watch added later hears
		// only of changes made after it. The dispatcher must not
		// ask for what is gone.
		if _, err := tx.ExecContext(ctx, s.Rebind(`UPDATE alert_cursor SET seq = ?`), cut); err != nil {
			return p, fmt.Errorf("%s: prune: alert cursor: %w", s.d.Name, err)
		}
	}
	if cut > p.Through {
		res, err := tx.ExecContext(ctx, s.Rebind(`DELETE FROM incident_changes WHERE seq <= ? AND NOT (kind = 'removed'
			AND revision = (SELECT max(c.revision) FROM incident_changes c WHERE c.incident = incident_changes.incident))`), cut)
		if err != nil {
			return p, fmt.Errorf("%s: prune changes through %d: %w", s.d.Name, cut, err)
		}
		p.Changes, _ = res.RowsAffected()
		if _, err := tx.ExecContext(ctx, s.Rebind(`UPDATE change_log_pruned SET seq = ?`), cut); err != nil {
			return p, fmt.Errorf("%s: prune changes through %d: %w", s.d.Name, cut, err)
		}
		p.Through = cut
	}
	if !r.DeliveriesBefore.IsZero() {
		res, err := tx.ExecContext(ctx, s.Rebind(`DELETE FROM deliveries WHERE status <> 'pending' AND done_at < ?
			AND id < (SELECT max(d.id) FROM deliveries d WHERE d.incident = deliveries.incident AND d.watch = deliveries.watch)`),
			millis(r.DeliveriesBefore))
		if err != nil {
			return p, fmt.Errorf("%s: prune deliveries: %w", s.d.Name, err)
		}
		p.Deliveries, _ = res.RowsAffected()
	}
	if err := tx.Commit(); err != nil {
		return p, fmt.Errorf("%s: prune: %w", s.d.Name, err)
	}
	return p, nil
}

// lastChangeBefore returns the seq of the last change-log entry written
// before at (0 for none), by a binary search of the seqs: at is RFC 3339
// in UTC to the second, so it orders as text, and writers take turns, so
// it grows with seq. No index keeps at (each change would write one
// more); the search reads some thirty entries by the primary key, where
// max(seq) WHERE at < ? read the whole log.
func (s *DB) lastChangeBefore(ctx context.Context, at string) (int64, error) {
	var lo, hi sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT min(seq), max(seq) FROM incident_changes`).Scan(&lo, &hi); err != nil {
		return 0, err
	}
	// The answer is below first (none) or in lo..hi: every entry from
	// lo up to it is before at, every one after it is not.
	found := int64(0)
	for a, b := lo.Int64, hi.Int64; lo.Valid && a <= b; {
		mid := a + (b-a)/2
		// The first entry at or after mid (seqs have gaps where
		// entries were pruned).
		var seq int64
		var when string
		err := s.db.QueryRowContext(ctx, s.Rebind(`SELECT seq, at FROM incident_changes WHERE seq >= ? ORDER BY seq LIMIT 1`), mid).Scan(&seq, &when)
		if err != nil {
			return 0, err
		}
		if when < at {
			found, a = seq, seq+1
		} else {
			b = mid - 1
		}
	}
	return found, nil
}
