package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// The change log (table incident_changes) is written in the transaction
// that changes incidents, under the writer lock (beginWrite): writers take
// turns from their first statement to their commit, so the seqs one writer
// allocates are all above those of every writer committed before it, and
// none below them can commit later. A reader that asks for seq > N after
// seeing N therefore misses nothing. On SQLite the lock is the database's
// one write lock (BEGIN IMMEDIATE); on PostgreSQL it is the advisory lock,
// released only after the commit is visible.

// changeSet collects the incidents one writing transaction deletes and
// inserts, so that the log gets one entry per incident whose record
// changed, however many times the transaction touched it: regroup replaces
// an incident by deleting and inserting it under the same id, which is an
// update, and a revision's retire may delete an incident that the
// re-clustering then stores again.
type changeSet struct {
	order []string // ids in the order first touched, so entries are deterministic
	byID  map[string]*touched
}

// touched is what a transaction did to one incident id.
type touched struct {
	last    int  // revision of the id's last log entry before the transaction, 0 if none
	existed bool // stored when the transaction began
	present bool // stored now
}

// touch returns the record of id, and whether it was touched before.
func (c *changeSet) touch(id string) (*touched, bool) {
	if t, ok := c.byID[id]; ok {
		return t, true
	}
	if c.byID == nil {
		c.byID = map[string]*touched{}
	}
	t := &touched{}
	c.byID[id] = t
	c.order = append(c.order, id)
	return t, false
}

// deleteIncident deletes a stored incident (its records, actor keys and
// counts follow by cascade and trigger) and notes it for the change log.
// It reports whether there was one.
func (s *DB) deleteIncident(ctx context.Context, w *stmts, id string) (bool, error) {
	var rev int
	err := w.queryRow(ctx, `DELETE FROM incidents WHERE id = ? RETURNING revision`, id).Scan(&rev)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	t, seen := w.changes.touch(id)
	if !seen {
		t.last, t.existed = rev, true
	}
	t.present = false
	return true, nil
}

// nextRevision notes that incident id is being inserted and returns the
// revision its row carries: one more than its last log entry, which a
// removed id's earlier life left.
func (s *DB) nextRevision(ctx context.Context, w *stmts, id string) (int, error) {
	t, seen := w.changes.touch(id)
	if !seen {
		if err := w.queryRow(ctx, `SELECT coalesce(max(revision), 0) FROM incident_changes WHERE incident = ?`, id).Scan(&t.last); err != nil {
			return 0, err
		}
	}
	t.present = true
	return t.last + 1, nil
}

// logChanges appends the transaction's changes to the log, one entry per
// touched incident in the order first touched. Called once, just before
// the commit.
func (s *DB) logChanges(ctx context.Context, w *stmts, now string) error {
	for _, id := range w.changes.order {
		t := w.changes.byID[id]
		var kind string
		switch {
		case t.existed && t.present:
			kind = store.ChangeUpdated
		case t.existed:
			kind = store.ChangeRemoved
		case t.present:
			kind = store.ChangeCreated
		default:
			continue // created and dissolved within the transaction: nobody saw it
		}
		if err := w.exec(ctx, `INSERT INTO incident_changes (incident, kind, revision, at) VALUES (?, ?, ?, ?)`,
			id, kind, t.last+1, now); err != nil {
			return fmt.Errorf("%s: change log %s %s: %w", s.d.Name, kind, id, err)
		}
	}
	w.changes = changeSet{}
	return nil
}

// Changes lists the change log after seq since, oldest first.
func (s *DB) Changes(ctx context.Context, since int64, limit int) ([]store.Change, error) {
	if since < 0 {
		return nil, store.Invalidf("change cursor %d: negative", since)
	}
	if limit < 0 {
		return nil, store.Invalidf("limit %d: negative", limit)
	}
	q := `SELECT seq, incident, kind, revision, at FROM incident_changes WHERE seq > ? ORDER BY seq`
	args := []any{since}
	if limit > 0 {
		q += ` LIMIT ?`
		args = append(args, limit)
	}
	rows, err := s.db.QueryContext(ctx, s.Rebind(q), args...)
	if err != nil {
		return nil, fmt.Errorf("%s: changes: %w", s.d.Name, err)
	}
	defer rows.Close()
	out := []store.Change{}
	for rows.Next() {
		var c store.Change
		if err := rows.Scan(&c.Seq, &c.Incident, &c.Kind, &c.Revision, &c.At); err != nil {
			return nil, fmt.Errorf("%s: changes: %w", s.d.Name, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: changes: %w", s.d.Name, err)
	}
	// Asked after the entries were read: a prune that committed before
	// the read is seen here, and one that commits after it took nothing
	// the read returned.
	through, err := s.prunedThrough(ctx)
	if err != nil {
		return nil, err
	}
	if since < through {
		return nil, fmt.Errorf("change cursor %d is older than the change log kept (pruned through %d): %w", since, through, store.ErrGone)
	}
	return out, nil
}

// prunedThrough is the seq the change log has been pruned through.
func (s *DB) prunedThrough(ctx context.Context) (int64, error) {
	var seq int64
	if err := s.db.QueryRowContext(ctx, `SELECT seq FROM change_log_pruned`).Scan(&seq); err != nil {
		return 0, fmt.Errorf("%s: change log pruned through: %w", s.d.Name, err)
	}
	return seq, nil
}

// ChangeHead implements store.Store: the largest key of the log's
// primary key, one index lookup on both engines, or the seq pruned
// through if the prune took the newest entries too.
func (s *DB) ChangeHead(ctx context.Context) (int64, error) {
	var seq, through int64
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce((SELECT max(seq) FROM incident_changes), 0),
		(SELECT seq FROM change_log_pruned)`).Scan(&seq, &through); err != nil {
		return 0, fmt.Errorf("%s: change head: %w", s.d.Name, err)
	}
	return max(seq, through), nil
}

// byIDChunk bounds the ids of one IncidentsByID query, well below both
// engines' limits on bound parameters (each id is bound twice).
const byIDChunk = 500

// IncidentsByID implements store.Store: one query per 500 ids, over the
// stored and the rejected incidents (an id is in one or the other).
func (s *DB) IncidentsByID(ctx context.Context, ids []string) (map[string]*record.Merged, error) {
	out := make(map[string]*record.Merged, len(ids))
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), byIDChunk)]
		ids = ids[len(chunk):]
		in := strings.Repeat("?, ", len(chunk)-1) + "?"
		args := make([]any, 0, 2*len(chunk))
		for range 2 {
			for _, id := range chunk {
				args = append(args, s.str(id))
			}
		}
		rows, err := s.db.QueryContext(ctx, s.Rebind(`SELECT i.id, r.record FROM incidents i JOIN incident_records r ON r.rid = i.rid
			WHERE i.id IN (`+in+`) UNION ALL SELECT id, record FROM rejected_incidents WHERE id IN (`+in+`)`), args...)
		if err != nil {
			return nil, fmt.Errorf("%s: incidents by id: %w", s.d.Name, err)
		}
		for rows.Next() {
			var id, js string
			if err := rows.Scan(&id, &js); err != nil {
				rows.Close()
				return nil, fmt.Errorf("%s: incidents by id: %w", s.d.Name, err)
			}
			var m record.Merged
			if err := decode([]byte(js), &m); err != nil {
				rows.Close()
				return nil, fmt.Errorf("%s: incident %q: %w", s.d.Name, id, err)
			}
			out[id] = &m
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("%s: incidents by id: %w", s.d.Name, err)
		}
	}
	return out, nil
}
