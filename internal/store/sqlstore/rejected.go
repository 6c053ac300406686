package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/merge"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// Rejected incidents are few (an analyst rejected each by hand), so the
// filters are applied to them in Go, over records read whole, rather than
// through the indexes that serve the incidents table.

// rejected returns the rejected incidents matching f (its cursor and
// limit aside), newest first as Incidents orders them.
func (s *DB) rejected(ctx context.Context, tx *sql.Tx, f store.Filter) ([]record.Merged, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	var text map[string]bool
	if q := strings.TrimSpace(f.Text); q != "" {
		cond, args, err := s.d.TextMatch(ctx, tx, s.str(q))
		if err != nil {
			return nil, err
		}
		rows, err := tx.QueryContext(ctx, s.Rebind(`SELECT DISTINCT e.incident FROM extractions e JOIN documents d ON d.seq = e.doc_seq
			JOIN rejected_incidents r ON r.id = e.incident WHERE `+cond), args...)
		if err != nil {
			return nil, fmt.Errorf("%s: rejected incidents: %w", s.d.Name, err)
		}
		text = map[string]bool{}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, err
			}
			text[id] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	var key string
	if a := strings.TrimSpace(f.Actor); a != "" {
		var err error
		if key, err = actorSearch(a); err != nil {
			return nil, err
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT record FROM rejected_incidents ORDER BY date DESC, id DESC`)
	if err != nil {
		return nil, fmt.Errorf("%s: rejected incidents: %w", s.d.Name, err)
	}
	defer rows.Close()
	out := []record.Merged{}
	for rows.Next() {
		var js string
		if err := rows.Scan(&js); err != nil {
			return nil, err
		}
		var m record.Merged
		if err := decode([]byte(js), &m); err != nil {
			return nil, fmt.Errorf("%s: rejected incident: %w", s.d.Name, err)
		}
		if text != nil && !text[m.ID] || !matches(&m, f) {
			continue
		}
		if key != "" && !slices.Contains(store.PerpetratorKeys(&m), key) {
			continue
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// matches tests the date, country, type and distance filters of f on m.
func matches(m *record.Merged, f store.Filter) bool {
	if f.Since != "" && (m.Date == "" || m.Date < f.Since) || f.Until != "" && (m.Date == "" || m.Date > f.Until) {
		return false
	}
	l := m.Location
	if vs := list(f.Country); len(vs) > 0 {
		if l == nil || !slices.ContainsFunc(vs, func(v string) bool {
			return len(v) == 2 && strings.EqualFold(v, l.CountryCode) || len(v) != 2 && strings.EqualFold(v, l.Country)
		}) {
			return false
		}
	}
	if vs := list(f.Type); len(vs) > 0 && !slices.Contains(vs, m.Type) {
		return false
	}
	if n := f.Near; n != nil {
		if l == nil || l.Lat == nil || l.Lon == nil || merge.Haversine(n.Lat, n.Lon, *l.Lat, *l.Lon) > n.KM {
			return false
		}
	}
	return true
}

// after reports whether m sorts after the cursor's incident, newest first.
func after(m *record.Merged, date, id string) bool {
	return cmp.Or(cmp.Compare(m.Date, date), cmp.Compare(m.ID, id)) < 0
}

// incidentsReviewed is Incidents for f.Status rejected or all: the
// rejected incidents, or both kinds merged in page order.
func (s *DB) incidentsReviewed(ctx context.Context, tx *sql.Tx, f store.Filter) (store.Page, error) {
	page := store.Page{Incidents: []record.Merged{}}
	rej, err := s.rejected(ctx, tx, f)
	if err != nil {
		return page, err
	}
	page.Total = len(rej)
	more := false
	if f.Status == store.StatusAll {
		g := f
		g.Status = ""
		listed, err := s.listed(ctx, tx, g, false)
		if err != nil {
			return page, err
		}
		page.Total += listed.Total
		more = listed.Next != ""
		rej = append(rej, listed.Incidents...)
		slices.SortFunc(rej, func(a, b record.Merged) int {
			return -cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
		})
	}
	if f.Cursor != "" {
		date, id, _ := store.DecodeCursor(f.Cursor) // checked by rejected
		rej = slices.DeleteFunc(rej, func(m record.Merged) bool { return !after(&m, date, id) })
	}
	if f.Limit > 0 && len(rej) > f.Limit {
		rej, more = rej[:f.Limit], true
	}
	if more && len(rej) > 0 {
		last := rej[len(rej)-1]
		page.Next = store.EncodeCursor(last.Date, last.ID)
	}
	page.Incidents = rej
	return page, nil
}

// statsReviewed is Stats for f.Status rejected or all.
func (s *DB) statsReviewed(ctx context.Context, tx *sql.Tx, f store.Filter, by store.Period) (*store.Stats, error) {
	f.Cursor, f.Limit = "", 0
	rej, err := s.rejected(ctx, tx, f)
	if err != nil {
		return nil, err
	}
	t := newTally(by)
	docs := map[string]bool{}
	if f.Status == store.StatusAll {
		g := f
		g.Status = ""
		if t, err = s.stats(ctx, tx, g, by); err != nil {
			return nil, err
		}
		// The documents of the listed incidents by id, to count each
		// document reporting both kinds once.
		c, err := s.filter(ctx, tx, g)
		if err != nil {
			return nil, err
		}
		rows, err := tx.QueryContext(ctx, s.Rebind(`SELECT DISTINCT d.id FROM extractions e JOIN documents d ON d.seq = e.doc_seq
			WHERE e.incident IN (SELECT i.id FROM incidents i`+c.sql()+`)`), c.args...)
		if err != nil {
			return nil, fmt.Errorf("%s: stats: %w", s.d.Name, err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, err
			}
			docs[id] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	for _, m := range rej {
		for _, src := range m.Sources {
			docs[src.Doc] = true
		}
		country := ""
		if m.Location != nil {
			country = strings.ToUpper(m.Location.CountryCode)
		}
		t.country(country, 1)
		when := m.Date
		if by == store.ByMonth {
			when = month(when)
		}
		t.add(m.Type, when, 1)
	}
	// Unfiltered, every stored document, as Stats counts them; else
	// those reporting a matching incident.
	if f != (store.Filter{Status: store.StatusAll}) {
		t.st.Documents = len(docs)
	}
	return t.stats(), nil
}

// killedRejected adds up the killed of the rejected incidents matching f,
// as Killed does for the listed ones.
func (s *DB) killedRejected(ctx context.Context, f store.Filter) (total, known int, err error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return 0, 0, err
	}
	defer tx.Rollback()
	rej, err := s.rejected(ctx, tx, f)
	if err != nil {
		return 0, 0, err
	}
	for _, m := range rej {
		if m.Killed != nil && m.Killed.Min != nil {
			total += *m.Killed.Min
			known++
		}
	}
	return total, known, nil
}
