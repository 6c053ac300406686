package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

// Times of the alert tables are Unix milliseconds: they compare as
// numbers on both engines.
func millis(t time.Time) int64 { return t.UnixMilli() }

func fromMillis(ms int64) time.Time { return time.UnixMilli(ms).UTC() }

// AddWatch implements store.Alerts.
func (s *DB) AddWatch(ctx context.Context, w store.Watch) (store.Watch, error) {
	if w.CreatedAt.IsZero() {
		w.CreatedAt = time.Now()
	}
	w.CreatedAt = fromMillis(millis(w.CreatedAt))
	err := s.db.QueryRowContext(ctx, s.Rebind(`INSERT INTO watches (name, url, secret, rule, created_at)
		VALUES (?, ?, ?, ?, ?) RETURNING id`), s.str(w.Name), s.str(w.URL), s.str(w.Secret), s.str(w.Rule), millis(w.CreatedAt)).Scan(&w.ID)
	if err != nil {
		return w, fmt.Errorf("%s: add watch: %w", s.d.Name, err)
	}
	return w, nil
}

// Watches implements store.Alerts.
func (s *DB) Watches(ctx context.Context) ([]store.Watch, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, url, secret, rule, created_at FROM watches ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("%s: watches: %w", s.d.Name, err)
	}
	defer rows.Close()
	var ws []store.Watch
	for rows.Next() {
		var w store.Watch
		var created int64
		if err := rows.Scan(&w.ID, &w.Name, &w.URL, &w.Secret, &w.Rule, &created); err != nil {
			return nil, fmt.Errorf("%s: watches: %w", s.d.Name, err)
		}
		w.CreatedAt = fromMillis(created)
		ws = append(ws, w)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: watches: %w", s.d.Name, err)
	}
	return ws, nil
}

// RemoveWatch implements store.Alerts. Its deliveries go with it (ON
// DELETE CASCADE), so a sender holding one finds it gone and records
// nothing.
func (s *DB) RemoveWatch(ctx context.Context, id int64) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, s.Rebind(`DELETE FROM watches WHERE id = ?`), id)
	if err != nil {
		return fmt.Errorf("%s: remove watch %d: %w", s.d.Name, id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("watch %d: %w", id, store.ErrNotFound)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: remove watch %d: %w", s.d.Name, id, err)
	}
	return nil
}

// AlertCursor implements store.Alerts.
func (s *DB) AlertCursor(ctx context.Context) (int64, error) {
	var seq int64
	if err := s.db.QueryRowContext(ctx, `SELECT seq FROM alert_cursor`).Scan(&seq); err != nil {
		return 0, fmt.Errorf("%s: alert cursor: %w", s.d.Name, err)
	}
	return seq, nil
}

// Queue implements store.Alerts.
func (s *DB) Queue(ctx context.Context, seq int64, ds []store.Delivery) (int, error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	w := s.stmts(tx)
	defer w.close()
	now := millis(time.Now())
	n := 0
	for _, d := range ds {
		// A watch removed since the dispatcher listed the watches
		// gets nothing: its deliveries are not wanted.
		res, err := w.execResult(ctx, `INSERT INTO deliveries (watch, seq, incident, event, kind, revision, record, changed_at, next_at, created_at)
			SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM watches WHERE id = ? ON CONFLICT DO NOTHING`,
			d.Seq, s.str(d.Incident), d.Event, d.Kind, d.Revision, s.str(d.Record), millis(d.ChangedAt), millis(d.NextAt), now, d.Watch)
		if err != nil {
			return 0, fmt.Errorf("%s: queue delivery of %s to watch %d: %w", s.d.Name, d.Incident, d.Watch, err)
		}
		if k, _ := res.RowsAffected(); k > 0 {
			n++
		}
	}
	if err := w.exec(ctx, `UPDATE alert_cursor SET seq = ? WHERE seq < ?`, seq, seq); err != nil {
		return 0, fmt.Errorf("%s: alert cursor: %w", s.d.Name, err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("%s: queue deliveries: %w", s.d.Name, err)
	}
	return n, nil
}

// LastEvents implements store.Alerts.
func (s *DB) LastEvents(ctx context.Context, incident string) (map[int64]string, error) {
	rows, err := s.db.QueryContext(ctx, s.Rebind(`SELECT watch, event FROM deliveries WHERE incident = ? ORDER BY id`), s.str(incident))
	if err != nil {
		return nil, fmt.Errorf("%s: deliveries of %s: %w", s.d.Name, incident, err)
	}
	defer rows.Close()
	last := map[int64]string{}
	for rows.Next() {
		var w int64
		var ev string
		if err := rows.Scan(&w, &ev); err != nil {
			return nil, fmt.Errorf("%s: deliveries of %s: %w", s.d.Name, incident, err)
		}
		last[w] = ev
	}
	return last, rows.Err()
}

// deliveryColumns are read by scanDelivery, in its order.
const deliveryColumns = `id, watch, seq, incident, event, kind, revision, record, changed_at, status, attempts, next_at,
	last_code, last_error, created_at, done_at`

func scanDelivery(sc interface{ Scan(...any) error }) (store.Delivery, error) {
	var d store.Delivery
	var changed, next, created int64
	var done sql.NullInt64
	err := sc.Scan(&d.ID, &d.Watch, &d.Seq, &d.Incident, &d.Event, &d.Kind, &d.Revision, &d.Record, &changed,
		&d.Status, &d.Attempts, &next, &d.LastCode, &d.LastError, &created, &done)
	d.ChangedAt, d.NextAt, d.CreatedAt = fromMillis(changed), fromMillis(next), fromMillis(created)
	if done.Valid {
		d.DoneAt = fromMillis(done.Int64)
	}
	return d, err
}

// Claim implements store.Alerts. The writer lock (beginWrite) makes the
// read and the lease one step: two senders never claim one delivery. A
// sender asks every few seconds, so a read without the lock first finds
// whether anything is due: an idle sender never holds up an ingest.
func (s *DB) Claim(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]store.Delivery, error) {
	var due int
	err := s.db.QueryRowContext(ctx, s.Rebind(`SELECT count(*) FROM (SELECT 1 FROM deliveries
		WHERE status = 'pending' AND next_at <= ? LIMIT 1) d`), millis(now)).Scan(&due)
	if err != nil {
		return nil, fmt.Errorf("%s: due deliveries: %w", s.d.Name, err)
	}
	if due == 0 {
		return nil, nil
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, s.Rebind(`SELECT `+deliveryColumns+` FROM deliveries
		WHERE status = 'pending' AND next_at <= ? ORDER BY next_at, id LIMIT ?`), millis(now), limit)
	if err != nil {
		return nil, fmt.Errorf("%s: claim deliveries: %w", s.d.Name, err)
	}
	var ds []store.Delivery
	for rows.Next() {
		d, err := scanDelivery(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("%s: claim deliveries: %w", s.d.Name, err)
		}
		ds = append(ds, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: claim deliveries: %w", s.d.Name, err)
	}
	until := millis(now.Add(lease))
	for i := range ds {
		if _, err := tx.ExecContext(ctx, s.Rebind(`UPDATE deliveries SET next_at = ? WHERE id = ?`), until, ds[i].ID); err != nil {
			return nil, fmt.Errorf("%s: claim delivery %d: %w", s.d.Name, ds[i].ID, err)
		}
		ds[i].NextAt = fromMillis(until)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("%s: claim deliveries: %w", s.d.Name, err)
	}
	return ds, nil
}

// Finish implements store.Alerts.
func (s *DB) Finish(ctx context.Context, a store.Attempt) error {
	var done any
	if a.Status != store.DeliveryPending {
		done = millis(a.At)
	}
	next := a.NextAt
	if next.IsZero() {
		next = a.At
	}
	res, err := s.db.ExecContext(ctx, s.Rebind(`UPDATE deliveries SET attempts = attempts + 1, status = ?, next_at = ?,
		last_code = ?, last_error = ?, done_at = ? WHERE id = ? AND status = 'pending' AND next_at = ?`),
		a.Status, millis(next), a.Code, s.str(a.Error), done, a.Delivery, millis(a.Lease))
	if err != nil {
		return fmt.Errorf("%s: delivery %d: %w", s.d.Name, a.Delivery, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("%s: delivery %d: %w", s.d.Name, a.Delivery, err)
	} else if n == 0 {
		return fmt.Errorf("delivery %d: %w", a.Delivery, store.ErrLeaseLost)
	}
	return nil
}

// Deliveries implements store.Alerts.
func (s *DB) Deliveries(ctx context.Context, watch int64, limit int) ([]store.Delivery, error) {
	q, args := `SELECT `+deliveryColumns+` FROM deliveries ORDER BY id DESC LIMIT ?`, []any{limit}
	if watch != 0 {
		q, args = `SELECT `+deliveryColumns+` FROM deliveries WHERE watch = ? ORDER BY id DESC LIMIT ?`, []any{watch, limit}
	}
	rows, err := s.db.QueryContext(ctx, s.Rebind(q), args...)
	if err != nil {
		return nil, fmt.Errorf("%s: deliveries: %w", s.d.Name, err)
	}
	defer rows.Close()
	var ds []store.Delivery
	for rows.Next() {
		d, err := scanDelivery(rows)
		if err != nil {
			return nil, fmt.Errorf("%s: deliveries: %w", s.d.Name, err)
		}
		ds = append(ds, d)
	}
	return ds, rows.Err()
}
