package sqlstore

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/merge"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// MemberID names the i-th incident extracted from the document with the
// given content hash. It depends on content, not on file names or ingest
// order, so the merged ids built from it are the same in every database
// built from the same documents.
func MemberID(hash string, i int) string {
	sum := sha256.Sum256([]byte(hash + ":" + strconv.Itoa(i)))
	return hex.EncodeToString(sum[:8])
}

// Ingest stores the batch in one transaction: its documents, their
// extractions and the re-clustered incidents commit together or not at
// all, so a crash at any moment leaves the state of some number of whole
// batches, and re-running skips what is stored by content hash.
func (s *DB) Ingest(ctx context.Context, batch []store.Extracted) (store.IngestStats, error) {
	var st store.IngestStats
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return st, fmt.Errorf("%s: ingest: %w", s.d.Name, err)
	}
	defer conn.Close()
	if err := s.setUpIngest(ctx, conn); err != nil {
		return st, fmt.Errorf("%s: ingest: %w", s.d.Name, err)
	}
	tx, err := s.beginWriteOn(ctx, conn)
	if err != nil {
		return st, err
	}
	defer tx.Rollback()
	w := s.stmts(tx)
	defer w.close()

	now := time.Now().UTC().Format(time.RFC3339)
	var fresh []merge.Member
	var stale []string        // components that lost members to a revision
	gone := map[string]bool{} // incidents a revision dissolved
	// The documents stored since the text was last indexed: seqs
	// [firstSeq, lastSeq], none when firstSeq is 0. A revision of one of
	// them indexes them before it deletes the row, because FTS5 may only
	// be told to delete what it has indexed.
	var firstSeq, lastSeq int64
	indexText := func() error {
		if s.d.IndexText == "" || firstSeq == 0 {
			return nil
		}
		err := w.exec(ctx, s.d.IndexText, firstSeq, lastSeq)
		firstSeq = 0
		if err != nil {
			return fmt.Errorf("%s: ingest: indexing text: %w", s.d.Name, err)
		}
		return nil
	}
	plans, err := s.plan(ctx, w, batch)
	if err != nil {
		return st, err
	}
	for i, x := range batch {
		d := x.Doc
		p := plans[i]
		if !p.planned {
			if p, _, err = s.look(ctx, w, d, p.hash); err != nil {
				return st, fmt.Errorf("%s: ingest %s: %w", s.d.Name, where(d.Path, d.Line), err)
			}
		}
		hash := p.hash
		rev := 1
		switch p.action {
		case skip:
			st.Skipped++
			continue
		case revise:
			if !p.unindexed && s.d.UnindexText != "" {
				// A version stored earlier in this batch is indexed
				// first, with the rest of the batch so far.
				if firstSeq != 0 && p.oldSeq >= firstSeq {
					if err := indexText(); err != nil {
						return st, err
					}
				}
				if err := w.exec(ctx, s.d.UnindexText, "["+strconv.FormatInt(p.oldSeq, 10)+"]"); err != nil {
					return st, fmt.Errorf("%s: ingest %s: unindexing text: %w", s.d.Name, where(d.Path, d.Line), err)
				}
			}
			// A version stored earlier in this batch is not merged yet:
			// its members leave with it.
			fresh = slices.DeleteFunc(fresh, func(m merge.Member) bool { return m.Source.Doc == d.ID })
			labels, dropped, err := s.retire(ctx, w, p.oldSeq, now, gone)
			if err != nil {
				return st, fmt.Errorf("%s: ingest %s: revise %q: %w", s.d.Name, where(d.Path, d.Line), d.ID, err)
			}
			stale = append(stale, labels...)
			st.Created -= dropped
			rev = p.oldRev + 1
			st.Revised = append(st.Revised, d.ID)
		}
		var seq int64
		err := w.queryRow(ctx, `INSERT INTO documents (id, hash, date, title, url, source, lang, path, text, ingested_at, revision)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`,
			s.str(d.ID), hash, s.str(d.Date), s.str(d.Title), s.str(d.URL), s.str(d.Source), s.str(d.Lang), s.str(d.Path), s.str(d.Text), now, rev).Scan(&seq)
		if err != nil {
			return st, fmt.Errorf("%s: ingest %s: %w", s.d.Name, where(d.Path, d.Line), err)
		}
		if firstSeq == 0 {
			firstSeq = seq
		}
		lastSeq = seq
		st.Documents++
		src := record.Source{Doc: d.ID, Date: d.Date, Title: d.Title, URL: d.URL, Outlet: d.Source, Revision: shownRevision(rev)}
		for i, inc := range x.Incidents {
			m := merge.Member{ID: MemberID(hash, i), Source: src, Incident: inc}
			if err := s.insertExtraction(ctx, w, seq, i, &m); err != nil {
				return st, fmt.Errorf("%s: ingest %s incident %d: %w", s.d.Name, where(d.Path, d.Line), i, err)
			}
			fresh = append(fresh, m)
		}
		st.Incidents += len(x.Incidents)
	}
	if err := indexText(); err != nil {
		return st, err
	}
	created, err := s.recluster(ctx, w, fresh, stale, gone)
	if err != nil {
		return st, err
	}
	st.Created += created
	if err := s.logChanges(ctx, w, now); err != nil {
		return st, err
	}
	if err := tx.Commit(); err != nil {
		return st, fmt.Errorf("%s: ingest: commit: %w", s.d.Name, err)
	}
	return st, nil
}

func where(path string, line int) string {
	if line > 0 {
		return path + ":" + strconv.Itoa(line)
	}
	return path
}

func (s *DB) insertExtraction(ctx context.Context, w *stmts, seq int64, i int, m *merge.Member) error {
	js, err := json.Marshal(&m.Incident)
	if err != nil {
		return err
	}
	family, country, date, ok := merge.Key(m)
	mergeable := 0
	if ok {
		mergeable = 1
	}
	return w.exec(ctx, `INSERT INTO extractions (id, doc_seq, idx, family, country, date, mergeable, component, incident, record)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.ID, seq, i, s.str(family), s.str(country), s.str(date), mergeable, m.ID, m.ID, s.str(string(js)))
}

// recluster merges the fresh members into the stored incidents. Each fresh
// member's merge candidates come from the extractions index (same family
// and country, dates within merge.WindowDays); the components of the
// compatible ones are united, and each united component is clustered anew
// from all its members, as are the stale components (which lost members
// to a revision). Incidents in gone are deleted already and never kept. It
// returns the net change in incidents.
func (s *DB) recluster(ctx context.Context, w *stmts, fresh []merge.Member, stale []string, gone map[string]bool) (int, error) {
	parent := map[string]string{} // union-find over component labels
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			parent[x] = x
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra != rb {
			// The smaller label wins, so the labels too are order-free.
			if rb < ra {
				ra, rb = rb, ra
			}
			parent[rb] = ra
		}
	}
	for _, label := range stale {
		find(label)
	}
	lone := map[string]*merge.Member{} // fresh members compatible with nothing stored
	for i := range fresh {
		m := &fresh[i]
		find(m.ID)
		// Reports an analyst merged by hand join whatever Compatible says.
		partners, err := s.mergedWith(ctx, w, m)
		if err != nil {
			return 0, fmt.Errorf("%s: merged by hand with %s: %w", s.d.Name, m.Source.Doc, err)
		}
		for _, label := range partners {
			union(m.ID, label)
		}
		family, country, date, ok := merge.Key(m)
		if !ok {
			if len(partners) == 0 {
				lone[m.ID] = m
			}
			continue
		}
		t, _ := time.Parse("2006-01-02", date)
		from := t.AddDate(0, 0, -merge.WindowDays).Format("2006-01-02")
		to := t.AddDate(0, 0, merge.WindowDays).Format("2006-01-02")
		cands, err := s.loadMembers(ctx, w, `e.mergeable = 1 AND e.family = ? AND e.country = ? AND e.date BETWEEN ? AND ? AND e.id <> ?`,
			s.str(family), s.str(country), from, to, m.ID)
		if err != nil {
			return 0, fmt.Errorf("%s: merge candidates of %s: %w", s.d.Name, m.Source.Doc, err)
		}
		matched := len(partners) > 0
		for _, c := range cands {
			if merge.Compatible(m, &c.Member) {
				union(m.ID, c.component)
				matched = true
			}
		}
		if !matched {
			lone[m.ID] = m
		}
	}

	groups := map[string][]string{} // root label -> labels
	for label := range parent {
		r := find(label)
		groups[r] = append(groups[r], label)
	}
	roots := make([]string, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	slices.Sort(roots)

	isFresh := make(map[string]bool, len(fresh))
	for _, m := range fresh {
		isFresh[m.ID] = true
	}
	net := 0
	for _, r := range roots {
		labels := groups[r]
		var members []stored
		reviewed, err := w.reviewed(ctx)
		if err != nil {
			return 0, err
		}
		if m, ok := lone[r]; ok && len(labels) == 1 && !reviewed {
			// Nothing stored to re-cluster with: the common case.
			members = []stored{{Member: *m, component: m.ID, incident: m.ID}}
		} else {
			slices.Sort(labels)
			loaded, err := s.loadMembers(ctx, w, `e.component IN (`+marks(len(labels))+`)`, anys(labels)...)
			if err != nil {
				return 0, fmt.Errorf("%s: load component %s: %w", s.d.Name, r, err)
			}
			members = loaded
		}
		if len(members) == 0 {
			continue // a stale component whose every member was retired
		}
		n, err := s.regroup(ctx, w, members, isFresh, gone)
		if err != nil {
			return 0, err
		}
		net += n
	}
	return net, nil
}

// regroup clusters one component anew and writes what changed: incidents
// whose members are the same as before stay as they are, the others are
// replaced. It returns the net change in incidents.
func (s *DB) regroup(ctx context.Context, w *stmts, members []stored, isFresh, gone map[string]bool) (int, error) {
	ms := make([]merge.Member, len(members))
	now := make(map[string]*stored, len(members))
	before := map[string][]string{} // stored incident -> its member ids
	label := members[0].ID
	for i := range members {
		m := &members[i]
		ms[i] = m.Member
		now[m.ID] = m
		label = min(label, m.ID)
		// A fresh member's incident (its own id) has no row yet.
		if !isFresh[m.ID] {
			before[m.incident] = append(before[m.incident], m.ID)
		}
	}
	net := 0
	kept := map[string]bool{}
	reviews, err := s.componentReviews(ctx, w, members)
	if err != nil {
		return 0, err
	}
	groups := merge.ClusterWith(ms, constraints(reviews, members))
	for _, g := range groups {
		// Cluster sorts each group by ID, so g[0].ID is the incident id.
		if old, ok := before[g[0].ID]; ok && !gone[g[0].ID] && sameIDs(old, g) {
			kept[g[0].ID] = true
		}
	}
	for id := range before {
		if kept[id] {
			continue
		}
		deleted, err := s.dropIncident(ctx, w, id)
		if err != nil {
			return 0, fmt.Errorf("%s: replace incident %s: %w", s.d.Name, id, err)
		}
		if deleted {
			net--
		}
	}
	for _, g := range groups {
		id := g[0].ID
		if !kept[id] {
			merged := merge.Combine(g)
			mine := make(map[report]bool, len(g))
			for _, m := range g {
				mine[now[m.ID].report()] = true
			}
			if err := applyReviews(&merged, reviews, mine); err != nil {
				return 0, fmt.Errorf("%s: review incident %s: %w", s.d.Name, id, err)
			}
			visible, err := s.insertIncident(ctx, w, &merged)
			if err != nil {
				return 0, fmt.Errorf("%s: store incident %s: %w", s.d.Name, id, err)
			}
			if visible {
				net++
			}
		}
		for _, m := range g {
			if cur := now[m.ID]; cur.component == label && cur.incident == id {
				continue
			}
			if err := w.exec(ctx, `UPDATE extractions SET component = ?, incident = ? WHERE id = ?`, label, id, m.ID); err != nil {
				return 0, fmt.Errorf("%s: assign %s: %w", s.d.Name, m.ID, err)
			}
		}
	}
	return net, nil
}

// sameIDs reports whether ids (in any order) are the IDs of group.
func sameIDs(ids []string, group []merge.Member) bool {
	if len(ids) != len(group) {
		return false
	}
	set := make(map[string]bool, len(ids))
	for _, id := range ids {
		set[id] = true
	}
	for _, m := range group {
		if !set[m.ID] {
			return false
		}
	}
	return true
}

// stored is a member as loaded, with where it sits now.
type stored struct {
	merge.Member
	idx                 int // the extraction's place in its document
	component, incident string
}

func (s *DB) loadMembers(ctx context.Context, w *stmts, cond string, args ...any) ([]stored, error) {
	rows, err := w.query(ctx, `SELECT e.id, e.idx, e.component, e.incident, e.record, d.id, d.date, d.title, d.url, d.source, d.revision
		FROM extractions e JOIN documents d ON d.seq = e.doc_seq WHERE `+cond, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []stored
	for rows.Next() {
		var m stored
		var js string
		var rev int
		if err := rows.Scan(&m.ID, &m.idx, &m.component, &m.incident, &js, &m.Source.Doc, &m.Source.Date,
			&m.Source.Title, &m.Source.URL, &m.Source.Outlet, &rev); err != nil {
			return nil, err
		}
		m.Source.Revision = shownRevision(rev)
		if err := decode([]byte(js), &m.Incident); err != nil {
			return nil, fmt.Errorf("extraction %s: %w", m.ID, err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// insertIncident stores a merged incident: a rejected one in
// rejected_incidents, out of every list and count, the others in
// incidents. It reports whether the incident is listed.
func (s *DB) insertIncident(ctx context.Context, tx *stmts, m *record.Merged) (listed bool, err error) {
	r, err := store.NewIncidentRow(m)
	if err != nil {
		return false, err
	}
	if m.Status == record.Rejected {
		return false, tx.exec(ctx, `INSERT INTO rejected_incidents (id, date, record) VALUES (?, ?, ?)`, m.ID, s.str(m.Date), s.str(r.Record))
	}
	rev, err := s.nextRevision(ctx, tx, m.ID)
	if err != nil {
		return false, err
	}
	var rid int64
	err = tx.queryRow(ctx, `INSERT INTO incidents (id, date, type, country, country_name, admin1, lat, lon, killed, revision)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING rid`,
		m.ID, s.str(m.Date), s.str(m.Type), s.str(r.Country), s.str(r.CountryName), s.str(r.Admin1), r.Lat, r.Lon, r.Killed, rev).Scan(&rid)
	if err != nil {
		return false, err
	}
	if err := tx.exec(ctx, `INSERT INTO incident_records (rid, record) VALUES (?, ?)`, rid, s.str(r.Record)); err != nil {
		return false, err
	}
	return true, s.insertActorKeys(ctx, tx, rid, m.Date, m.ID, r.Country, m.Type, r.ActorKeys)
}

// dropIncident deletes a merged incident, listed (deleteIncident, which
// logs the change) or rejected, and reports whether it was listed.
func (s *DB) dropIncident(ctx context.Context, w *stmts, id string) (bool, error) {
	listed, err := s.deleteIncident(ctx, w, id)
	if err != nil || listed {
		return listed, err
	}
	reviewed, err := w.reviewed(ctx)
	if err != nil || !reviewed {
		return false, err
	}
	return false, w.exec(ctx, `DELETE FROM rejected_incidents WHERE id = ?`, id)
}

// stmts prepares each statement of a transaction once: an ingest runs the
// same few statements for every document.
type stmts struct {
	s       *DB
	tx      *sql.Tx
	cache   map[string]*sql.Stmt
	changes changeSet // for the change log, written by logChanges before commit
	// hasReviews says whether any review is stored, once asked: without
	// one, ingest skips every curation query.
	hasReviews *bool
}

func (s *DB) stmts(tx *sql.Tx) *stmts { return &stmts{s: s, tx: tx, cache: map[string]*sql.Stmt{}} }

func (t *stmts) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := t.cache[q]; ok {
		return st, nil
	}
	st, err := t.tx.PrepareContext(ctx, t.s.Rebind(q))
	if err != nil {
		return nil, err
	}
	t.cache[q] = st
	return st, nil
}

func (t *stmts) exec(ctx context.Context, q string, args ...any) error {
	_, err := t.execResult(ctx, q, args...)
	return err
}

func (t *stmts) execResult(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// rowErr is a *sql.Row stand-in for a statement that failed to prepare.
type rowScanner interface{ Scan(dest ...any) error }

type rowErr struct{ err error }

func (r rowErr) Scan(...any) error { return r.err }

func (t *stmts) queryRow(ctx context.Context, q string, args ...any) rowScanner {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return rowErr{err}
	}
	return st.QueryRowContext(ctx, args...)
}

func (t *stmts) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (t *stmts) close() {
	for _, st := range t.cache {
		st.Close()
	}
}

func marks(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// Known reports whether Ingest would skip this document: its content is
// stored, or it is an earlier version of the stored document of the same
// id (an old file read again never undoes a correction). An ingest asks
// before extracting, so that resuming a long run costs only the documents
// it had not reached.
func (s *DB) Known(ctx context.Context, id, hash string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, s.Rebind(`SELECT
		(SELECT count(*) FROM documents WHERE hash = ?) +
		(SELECT count(*) FROM document_history WHERE id = ? AND hash = ?)`), hash, s.str(id), hash).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("%s: %w", s.d.Name, err)
	}
	return n > 0, nil
}

// Empty reports whether no document is stored. An ingest into an empty
// store asks it once instead of asking Known for every document: nothing
// can be known, and each Known is a read transaction that, after every
// commit of the ingest, starts by dropping its connection's stale page
// cache (a third of the CPU of a fresh Reuters ingest went there).
func (s *DB) Empty(ctx context.Context) (bool, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM documents LIMIT 1)`).Scan(&n); err != nil {
		return false, fmt.Errorf("%s: %w", s.d.Name, err)
	}
	return n == 0, nil
}

// PutIncidents stores already-merged incidents as they are, in one
// transaction, without documents or merging. It exists to load large
// synthetic sets for the query and export benchmarks at the speed of plain
// inserts. They enter the change log as created.
func (s *DB) PutIncidents(ctx context.Context, ms []record.Merged) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w := s.stmts(tx)
	defer w.close()
	for i := range ms {
		if _, err := s.insertIncident(ctx, w, &ms[i]); err != nil {
			return fmt.Errorf("%s: put incident %s: %w", s.d.Name, ms[i].ID, err)
		}
	}
	if err := s.logChanges(ctx, w, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: put incidents: commit: %w", s.d.Name, err)
	}
	return nil
}

// setUpIngest runs the dialect's IngestSetup on conn unless it ran there
// before: the setting stays with the connection, and the pool keeps its
// connections open, so each ingest after the first on a connection sends
// nothing. The set of connections set up holds the driver's connection
// values; a connection closed after an error stays in it, which is a few
// bytes for each.
func (s *DB) setUpIngest(ctx context.Context, conn *sql.Conn) error {
	if s.d.IngestSetup == "" {
		return nil
	}
	var driverConn any
	conn.Raw(func(dc any) error { driverConn = dc; return nil })
	if _, done := s.setUp.Load(driverConn); done {
		return nil
	}
	if _, err := conn.ExecContext(ctx, s.d.IngestSetup); err != nil {
		return err
	}
	s.setUp.Store(driverConn, true)
	return nil
}
