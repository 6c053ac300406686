package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/sitrep/sitrep/internal/merge"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// report names an extraction for good: its document's id and its place in
// the document. A revised document keeps its id, and its incidents are
// found again in the same order, where extraction ids (content hashes)
// and incident ids (the smallest member's) change.
type report struct {
	doc string
	idx int
}

func (m *stored) report() report { return report{m.Source.Doc, m.idx} }

// review is one stored curation action with the reports it is anchored to.
type review struct {
	id                           int64
	action, field, before, after string
	source                       report // split: the report taken out
	why, author, at              string
	reports                      []report
}

// reviewed reports whether any review is stored, asking once per
// transaction (a Review sets it).
func (t *stmts) reviewed(ctx context.Context) (bool, error) {
	if t.hasReviews == nil {
		var n bool
		if err := t.queryRow(ctx, `SELECT EXISTS (SELECT 1 FROM reviews)`).Scan(&n); err != nil {
			return false, fmt.Errorf("reviews: %w", err)
		}
		t.hasReviews = &n
	}
	return *t.hasReviews, nil
}

// componentReviews loads the reviews anchored to any of members' reports,
// oldest first.
func (s *DB) componentReviews(ctx context.Context, w *stmts, members []stored) ([]review, error) {
	if ok, err := w.reviewed(ctx); err != nil || !ok {
		return nil, err
	}
	want := map[report]bool{}
	var docs []string
	for i := range members {
		r := members[i].report()
		if !slices.Contains(docs, r.doc) {
			docs = append(docs, r.doc)
		}
		want[r] = true
	}
	slices.Sort(docs)
	rows, err := w.query(ctx, `SELECT doc, idx, review FROM review_sources WHERE doc IN (`+marks(len(docs))+`)`, anys(docs)...)
	if err != nil {
		return nil, fmt.Errorf("reviews: %w", err)
	}
	var ids []any
	seen := map[int64]bool{}
	for rows.Next() {
		var r report
		var id int64
		if err := rows.Scan(&r.doc, &r.idx, &id); err != nil {
			rows.Close()
			return nil, fmt.Errorf("reviews: %w", err)
		}
		if want[r] && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(ids) == 0 {
		return nil, err
	}
	return s.loadReviews(ctx, w, ids)
}

// loadReviews reads reviews by id, oldest first, with their anchors.
func (s *DB) loadReviews(ctx context.Context, w *stmts, ids []any) ([]review, error) {
	rows, err := w.query(ctx, `SELECT id, action, field, before, after, source_doc, source_idx, why, author, at
		FROM reviews WHERE id IN (`+marks(len(ids))+`) ORDER BY id`, ids...)
	if err != nil {
		return nil, fmt.Errorf("reviews: %w", err)
	}
	var out []review
	at := map[int64]int{}
	for rows.Next() {
		var r review
		if err := rows.Scan(&r.id, &r.action, &r.field, &r.before, &r.after, &r.source.doc, &r.source.idx, &r.why, &r.author, &r.at); err != nil {
			rows.Close()
			return nil, fmt.Errorf("reviews: %w", err)
		}
		at[r.id] = len(out)
		out = append(out, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reviews: %w", err)
	}
	rows, err = w.query(ctx, `SELECT review, doc, idx FROM review_sources WHERE review IN (`+marks(len(ids))+`) ORDER BY doc, idx`, ids...)
	if err != nil {
		return nil, fmt.Errorf("review anchors: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var r report
		if err := rows.Scan(&id, &r.doc, &r.idx); err != nil {
			return nil, fmt.Errorf("review anchors: %w", err)
		}
		out[at[id]].reports = append(out[at[id]].reports, r)
	}
	return out, rows.Err()
}

// constraints turns the merges and splits among reviews, in order, into
// clustering constraints over members: a merge keeps its reports
// together, a split keeps its report apart from the others of the
// incident it left; the later decision wins where they disagree.
func constraints(reviews []review, members []stored) merge.Constraints {
	var c merge.Constraints
	if len(reviews) == 0 {
		return c
	}
	var together [][]report
	apart := map[[2]report]bool{}
	for _, r := range reviews {
		switch r.action {
		case store.ActionMerge:
			together = append(together, r.reports)
			for p := range apart {
				if slices.Contains(r.reports, p[0]) && slices.Contains(r.reports, p[1]) {
					delete(apart, p)
				}
			}
		case store.ActionSplit:
			for i, set := range together {
				together[i] = slices.DeleteFunc(slices.Clone(set), func(x report) bool { return x == r.source })
			}
			for _, x := range r.reports {
				if x != r.source {
					apart[[2]report{r.source, x}] = true
				}
			}
		}
	}
	id := make(map[report]string, len(members))
	for i := range members {
		id[members[i].report()] = members[i].ID
	}
	for _, set := range together {
		var ids []string
		for _, x := range set {
			if v, ok := id[x]; ok {
				ids = append(ids, v)
			}
		}
		if len(ids) > 1 {
			c.Together = append(c.Together, ids)
		}
	}
	for p := range apart {
		a, aok := id[p[0]]
		b, bok := id[p[1]]
		if aok && bok {
			c.Apart = append(c.Apart, [2]string{a, b})
		}
	}
	return c
}

// applyReviews applies to a freshly combined incident, whose sources
// are the reports in mine, the reviews anchored to any of them, oldest
// first: the latest status, the latest value of each corrected field, and
// every entry in its history.
func applyReviews(m *record.Merged, reviews []review, mine map[report]bool) error {
	if len(reviews) == 0 {
		return nil
	}
	var history []record.ReviewEntry
	for _, r := range reviews {
		if !slices.ContainsFunc(r.reports, func(x report) bool { return mine[x] }) {
			continue
		}
		switch r.action {
		case store.ActionStatus:
			var st string
			if err := json.Unmarshal([]byte(r.after), &st); err != nil {
				return fmt.Errorf("review %d: %w", r.id, err)
			}
			m.Status = st
			if st == record.Unreviewed {
				m.Status = ""
			}
		case store.ActionCorrect:
			if err := store.Correct(m, r.field, json.RawMessage(r.after)); err != nil {
				return fmt.Errorf("review %d: %w", r.id, err)
			}
		}
		e := record.ReviewEntry{ID: r.id, Action: r.action, Field: r.field, Why: r.why, User: r.author, At: r.at}
		if r.before != "" {
			e.Before = json.RawMessage(r.before)
		}
		if r.after != "" {
			e.After = json.RawMessage(r.after)
		}
		history = append(history, e)
	}
	if len(history) > 0 {
		if m.Review == nil {
			m.Review = &record.Review{}
		}
		m.Review.History = history
	}
	return nil
}

// mergedWith returns the components holding the reports an analyst
// merged with fresh member m's report (a revised document's new
// extraction, say), so that recluster groups them whatever Compatible
// says.
func (s *DB) mergedWith(ctx context.Context, w *stmts, m *merge.Member) ([]string, error) {
	if ok, err := w.reviewed(ctx); err != nil || !ok {
		return nil, err
	}
	rows, err := w.query(ctx, `SELECT DISTINCT e.component FROM review_sources mine
		JOIN reviews r ON r.id = mine.review AND r.action = 'merge'
		JOIN review_sources other ON other.review = r.id
		JOIN documents d ON d.id = other.doc
		JOIN extractions e ON e.doc_seq = d.seq AND e.idx = other.idx
		WHERE mine.doc = ? AND mine.idx = (SELECT idx FROM extractions WHERE id = ?) AND e.id <> ?
		ORDER BY e.component`, s.str(m.Source.Doc), m.ID, m.ID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Review applies an analyst's action in one transaction: it stores the
// action anchored to the reports of the incident (both incidents for a
// merge), then merges their components anew, which applies every review
// of theirs (regroup), and returns the incidents that hold those reports.
func (s *DB) Review(ctx context.Context, a store.Action) ([]record.Merged, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	w := s.stmts(tx)
	defer w.close()
	fail := func(err error) ([]record.Merged, error) {
		if errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrInvalid) {
			return nil, err
		}
		return nil, fmt.Errorf("%s: review %s of %q: %w", s.d.Name, a.Action, a.Incident, err)
	}

	id, members, err := s.reviewTarget(ctx, w, a.Incident)
	if err != nil {
		return fail(err)
	}
	cur, err := s.readIncident(ctx, w, id)
	if err != nil {
		return fail(err)
	}
	r := review{action: a.Action, why: s.str(a.Why), author: s.str(a.User), at: time.Now().UTC().Format(time.RFC3339)}
	gone := map[string]bool{id: true}
	labels := []string{}
	for i := range members {
		if !slices.Contains(labels, members[i].component) {
			labels = append(labels, members[i].component)
		}
	}
	switch a.Action {
	case store.ActionStatus:
		before := cmp.Or(cur.Status, record.Unreviewed)
		r.before, r.after = jsonString(before), jsonString(a.Status)
	case store.ActionCorrect:
		r.field = a.Field
		r.before, r.after = string(store.FieldValue(cur, a.Field)), string(a.Value)
	case store.ActionNote:
		r.after = jsonString(s.str(a.Note))
	case store.ActionMerge:
		other, more, err := s.reviewTarget(ctx, w, a.With)
		if err != nil {
			return fail(err)
		}
		if other == id {
			return fail(store.Invalidf("merge: %q and %q are one incident already", a.Incident, a.With))
		}
		gone[other] = true
		members = append(members, more...)
		for i := range more {
			if !slices.Contains(labels, more[i].component) {
				labels = append(labels, more[i].component)
			}
		}
		r.before = jsonList([]string{id, other})
		// One component, so that every later re-clustering sees both.
		slices.Sort(labels)
		if len(labels) > 1 {
			if err := w.exec(ctx, `UPDATE extractions SET component = ? WHERE component IN (`+marks(len(labels)-1)+`)`,
				append([]any{labels[0]}, anys(labels[1:])...)...); err != nil {
				return fail(err)
			}
			labels = labels[:1]
		}
	case store.ActionSplit:
		if len(members) < 2 {
			return fail(store.Invalidf("split: incident %q has one source; there is nothing to split it from", id))
		}
		k := -1
		for i := range members {
			if members[i].ID == a.Source || members[i].Source.Doc == a.Source {
				if k >= 0 {
					return fail(store.Invalidf("split: document %q gives incident %q two reports; name one by its extraction id (the source's \"incident\")", a.Source, id))
				}
				k = i
			}
		}
		if k < 0 {
			return fail(store.Invalidf("split: %q is not a source of incident %q", a.Source, id))
		}
		r.source = members[k].report()
		r.before = jsonString(id)
		// Decisions taken on the incident before stay with the reports
		// it keeps: the report taken out no longer carries them.
		if err := s.detach(ctx, w, r.source, members); err != nil {
			return fail(err)
		}
	}
	err = w.queryRow(ctx, `INSERT INTO reviews (action, field, before, after, source_doc, source_idx, why, author, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		r.action, r.field, s.str(r.before), s.str(r.after), s.str(r.source.doc), r.source.idx, r.why, r.author, r.at).Scan(&r.id)
	if err != nil {
		return fail(err)
	}
	done := map[report]bool{}
	for i := range members {
		x := members[i].report()
		if done[x] {
			continue
		}
		done[x] = true
		if err := w.exec(ctx, `INSERT INTO review_sources (doc, idx, review) VALUES (?, ?, ?)`, s.str(x.doc), x.idx, r.id); err != nil {
			return fail(err)
		}
	}
	yes := true
	w.hasReviews = &yes
	if _, err := s.recluster(ctx, w, nil, labels, gone); err != nil {
		return fail(err)
	}
	ids, err := s.incidentsOf(ctx, w, members)
	if err != nil {
		return fail(err)
	}
	if a.Action == store.ActionMerge || a.Action == store.ActionSplit {
		// The history says what the incidents became; written again so
		// that their records carry it.
		if err := w.exec(ctx, `UPDATE reviews SET after = ? WHERE id = ?`, jsonList(ids), r.id); err != nil {
			return fail(err)
		}
		again := map[string]bool{}
		for _, x := range ids {
			again[x] = true
		}
		if _, err := s.recluster(ctx, w, nil, labels, again); err != nil {
			return fail(err)
		}
	}
	out := make([]record.Merged, 0, len(ids))
	for _, x := range ids {
		m, err := s.readIncident(ctx, w, x)
		if err != nil {
			return fail(err)
		}
		out = append(out, *m)
	}
	// Downstream readers of the change log see an update; a rejection is
	// a removal (the incident left the lists), a merge removes one id
	// and a split creates one.
	if err := s.logChanges(ctx, w, r.at); err != nil {
		return fail(err)
	}
	if err := tx.Commit(); err != nil {
		return fail(fmt.Errorf("commit: %w", err))
	}
	return out, nil
}

// detach takes report x out of the earlier status, correction and note
// reviews it shares with other reports of members: after a split they
// belong to the incident x left.
func (s *DB) detach(ctx context.Context, w *stmts, x report, members []stored) error {
	others := map[report]bool{}
	for i := range members {
		if r := members[i].report(); r != x {
			others[r] = true
		}
	}
	reviews, err := s.componentReviews(ctx, w, members)
	if err != nil {
		return err
	}
	for _, r := range reviews {
		if r.action == store.ActionMerge || r.action == store.ActionSplit || !slices.Contains(r.reports, x) ||
			!slices.ContainsFunc(r.reports, func(y report) bool { return others[y] }) {
			continue
		}
		if err := w.exec(ctx, `DELETE FROM review_sources WHERE doc = ? AND idx = ? AND review = ?`, s.str(x.doc), x.idx, r.id); err != nil {
			return err
		}
	}
	return nil
}

// reviewTarget finds an incident by its id or a member's, with its
// members.
func (s *DB) reviewTarget(ctx context.Context, w *stmts, ref string) (string, []stored, error) {
	var id string
	err := w.queryRow(ctx, `SELECT incident FROM extractions WHERE incident = ? LIMIT 1`, s.str(ref)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		err = w.queryRow(ctx, `SELECT incident FROM extractions WHERE id = ?`, s.str(ref)).Scan(&id)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil, fmt.Errorf("incident %q: %w", ref, store.ErrNotFound)
	}
	if err != nil {
		return "", nil, err
	}
	members, err := s.loadMembers(ctx, w, `e.incident = ?`, id)
	return id, members, err
}

// incidentsOf lists the incidents that hold members now, sorted.
func (s *DB) incidentsOf(ctx context.Context, w *stmts, members []stored) ([]string, error) {
	ids := make([]string, len(members))
	for i := range members {
		ids[i] = members[i].ID
	}
	rows, err := w.query(ctx, `SELECT DISTINCT incident FROM extractions WHERE id IN (`+marks(len(ids))+`) ORDER BY incident`, anys(ids)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// readIncident reads a stored incident, listed or rejected, by its id.
func (s *DB) readIncident(ctx context.Context, w *stmts, id string) (*record.Merged, error) {
	var js string
	err := w.queryRow(ctx, `SELECT r.record FROM incidents i JOIN incident_records r ON r.rid = i.rid WHERE i.id = ?`, id).Scan(&js)
	if errors.Is(err, sql.ErrNoRows) {
		err = w.queryRow(ctx, `SELECT record FROM rejected_incidents WHERE id = ?`, id).Scan(&js)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("incident %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	var m record.Merged
	if err := decode([]byte(js), &m); err != nil {
		return nil, fmt.Errorf("incident %q: %w", id, err)
	}
	return &m, nil
}

func jsonString(v string) string {
	js, _ := json.Marshal(v)
	return string(js)
}

func jsonList(v []string) string {
	if v == nil {
		v = []string{}
	}
	js, _ := json.Marshal(v)
	return string(js)
}
