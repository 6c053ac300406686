package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/sitrep/sitrep/internal/store"
)

// shownRevision is the revision a source shows: none for a first version,
// so that records of uncorrected articles do not all carry "revision": 1.
func shownRevision(rev int) int {
	if rev <= 1 {
		return 0
	}
	return rev
}

// retire moves the stored version of a document (by seq) to its history
// before a new revision takes its place: the row and the incidents
// extracted from it are copied to document_history, its extractions and
// the merged incidents they were part of are deleted (those incidents are
// added to gone), and the document row goes. It returns the components
// whose other members must be clustered anew, and how many incidents it
// deleted.
func (s *DB) retire(ctx context.Context, w *stmts, seq int64, now string, gone map[string]bool) ([]string, int, error) {
	var h store.Revision
	var id string
	err := w.queryRow(ctx, `SELECT id, revision, hash, date, title, url, source, text, ingested_at FROM documents WHERE seq = ?`, seq).
		Scan(&id, &h.Revision, &h.Hash, &h.Date, &h.Title, &h.URL, &h.Source, &h.Text, &h.IngestedAt)
	if err != nil {
		return nil, 0, err
	}
	rows, err := w.query(ctx, `SELECT id, component, incident, record FROM extractions WHERE doc_seq = ? ORDER BY idx`, seq)
	if err != nil {
		return nil, 0, err
	}
	var labels []string
	for rows.Next() {
		var x store.OldExtract
		var label, js string
		if err := rows.Scan(&x.ID, &label, &x.Incident, &js); err != nil {
			rows.Close()
			return nil, 0, err
		}
		if err := decode([]byte(js), &x.Record); err != nil {
			rows.Close()
			return nil, 0, fmt.Errorf("extraction %s: %w", x.ID, err)
		}
		h.Incidents = append(h.Incidents, x)
		labels = append(labels, label)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	if h.Incidents == nil {
		h.Incidents = []store.OldExtract{}
	}
	js, err := json.Marshal(h.Incidents)
	if err != nil {
		return nil, 0, err
	}
	if err := w.exec(ctx, `INSERT INTO document_history (id, revision, hash, date, title, url, source, text, ingested_at, replaced_at, extractions)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, h.Revision, h.Hash, h.Date, h.Title, h.URL, h.Source, h.Text, h.IngestedAt, now, s.str(string(js))); err != nil {
		return nil, 0, err
	}
	dropped := 0
	for _, x := range h.Incidents {
		if gone[x.Incident] {
			continue
		}
		gone[x.Incident] = true
		deleted, err := s.dropIncident(ctx, w, x.Incident)
		if err != nil {
			return nil, 0, err
		}
		if deleted {
			dropped++
		}
	}
	if err := w.exec(ctx, `DELETE FROM extractions WHERE doc_seq = ?`, seq); err != nil {
		return nil, 0, err
	}
	if err := w.exec(ctx, `DELETE FROM documents WHERE seq = ?`, seq); err != nil {
		return nil, 0, err
	}
	return labels, dropped, nil
}

// history fills in the earlier revisions of d, oldest first.
func (s *DB) history(ctx context.Context, d *store.Document) error {
	if d.Revision <= 1 {
		return nil
	}
	rows, err := s.db.QueryContext(ctx, s.Rebind(`SELECT revision, hash, date, title, url, source, text, ingested_at, replaced_at, extractions
		FROM document_history WHERE id = ? ORDER BY revision`), s.str(d.ID))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var h store.Revision
		var js string
		if err := rows.Scan(&h.Revision, &h.Hash, &h.Date, &h.Title, &h.URL, &h.Source, &h.Text, &h.IngestedAt, &h.ReplacedAt, &js); err != nil {
			return err
		}
		if err := decode([]byte(js), &h.Incidents); err != nil {
			return fmt.Errorf("revision %d: %w", h.Revision, err)
		}
		d.History = append(d.History, h)
	}
	return rows.Err()
}
