package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/sitrep/sitrep/internal/doc"

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
func (s *DB) history(ctx context.Context, tx *sql.Tx, d *store.Document) error {
	if d.Revision <= 1 {
		return nil
	}
	rows, err := tx.QueryContext(ctx, s.Rebind(`SELECT revision, hash, date, title, url, source, text, ingested_at, replaced_at, extractions
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

// action is what Ingest does with one document of a batch.
type action int

const (
	insert action = iota // a document not stored before
	skip                 // its content is stored, or was an earlier version of the stored one
	revise               // a new version of a stored document: the old one is retired
)

// docPlan is what Ingest does with one document, decided from what is
// stored.
type docPlan struct {
	hash      string
	action    action
	oldSeq    int64 // the stored version a revision replaces
	oldRev    int
	planned   bool // decided before the batch wrote anything
	unindexed bool // the old version's text has left the full-text index
}

// look decides what to do with d, whose content hash is hash, from what
// is stored now. matchedOther says that d's content is stored under
// another id.
func (s *DB) look(ctx context.Context, w *stmts, d *doc.Document, hash string) (p docPlan, matchedOther bool, err error) {
	p.hash = hash
	var oldID, oldHash string
	err = w.queryRow(ctx, `SELECT seq, id, hash, revision FROM documents WHERE hash = ? OR id = ? ORDER BY hash = ? DESC LIMIT 1`,
		p.hash, s.str(d.ID), p.hash).Scan(&p.oldSeq, &oldID, &oldHash, &p.oldRev)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return p, false, nil
	case err != nil:
		return p, false, err
	case oldHash == p.hash:
		p.action = skip
		return p, oldID != s.str(d.ID), nil
	}
	// The same id with new content: a correction, unless it is a version
	// this id had before.
	var seen int
	if err := w.queryRow(ctx, `SELECT count(*) FROM document_history WHERE id = ? AND hash = ?`, s.str(d.ID), p.hash).Scan(&seen); err != nil {
		return p, false, err
	}
	p.action = revise
	if seen > 0 {
		p.action = skip
	}
	return p, false, nil
}

// plan decides before the batch writes anything what to do with each of
// its documents whose id and content occur once in it, and takes the text
// of the stored versions they revise out of the full-text index in one
// statement. FTS5 writes an index segment for every statement that changes
// it, and merges them as they pile up: a segment per revision made a batch
// of corrections thirty times slower than a batch of new documents.
//
// A decision made here holds when the loop reaches the document: only
// the document itself writes a row under its id or its hash, and only a
// revision of that other document can remove a row of another id whose
// content it has (matchedOther), which is left to be decided in turn.
func (s *DB) plan(ctx context.Context, w *stmts, batch []store.Extracted) ([]docPlan, error) {
	plans := make([]docPlan, len(batch))
	ids := make(map[string]int, len(batch))
	hashes := make(map[string]int, len(batch))
	for i, x := range batch {
		plans[i].hash = store.ContentHash(x.Doc)
		ids[x.Doc.ID]++
		hashes[plans[i].hash]++
	}
	var old []int64
	for i, x := range batch {
		if ids[x.Doc.ID] > 1 || hashes[plans[i].hash] > 1 {
			continue
		}
		p, matchedOther, err := s.look(ctx, w, x.Doc, plans[i].hash)
		if err != nil {
			return nil, fmt.Errorf("%s: ingest %s: %w", s.d.Name, where(x.Doc.Path, x.Doc.Line), err)
		}
		if matchedOther {
			continue
		}
		p.planned = true
		if p.action == revise && s.d.UnindexText != "" {
			p.unindexed = true
			old = append(old, p.oldSeq)
		}
		plans[i] = p
	}
	if len(old) > 0 {
		js, err := json.Marshal(old)
		if err != nil {
			return nil, err
		}
		if err := w.exec(ctx, s.d.UnindexText, string(js)); err != nil {
			return nil, fmt.Errorf("%s: ingest: unindexing revised text: %w", s.d.Name, err)
		}
	}
	return plans, nil
}
