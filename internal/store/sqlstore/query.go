package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// conds is a WHERE clause under construction.
type conds struct {
	parts []string
	args  []any
}

func (c *conds) add(cond string, args ...any) {
	c.parts = append(c.parts, cond)
	c.args = append(c.args, args...)
}

func (c *conds) sql() string {
	if len(c.parts) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(c.parts, " AND ")
}

// list splits a comma-separated filter value ("bombing,suicide_bombing").
func list(v string) []string {
	var out []string
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// filter turns f (without its cursor) into conditions on incidents i.
func (s *DB) filter(f store.Filter) (*conds, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	c := &conds{}
	if f.Since != "" {
		c.add("i.date >= ?", f.Since)
	}
	if f.Until != "" {
		// Dates are YYYY-MM-DD text, so "<=" keeps the whole day; an
		// undated incident ("") sorts before every date but has none.
		c.add("i.date <= ? AND i.date <> ''", f.Until)
	}
	if vs := list(f.Country); len(vs) > 0 {
		var codes, names []any
		for _, v := range vs {
			if len(v) == 2 {
				codes = append(codes, strings.ToUpper(v))
			} else {
				names = append(names, s.str(strings.ToLower(v)))
			}
		}
		var or []string
		if len(codes) > 0 {
			or = append(or, "i.country IN ("+marks(len(codes))+")")
		}
		if len(names) > 0 {
			or = append(or, "i.country_name IN ("+marks(len(names))+")")
		}
		c.add("("+strings.Join(or, " OR ")+")", append(codes, names...)...)
	}
	if vs := list(f.Type); len(vs) > 0 {
		c.add("i.type IN ("+marks(len(vs))+")", anys(vs)...)
	}
	if a := strings.TrimSpace(f.Actor); a != "" {
		rid := "i.rid"
		if s.d.NoIndex != "" && len(c.parts) > 0 {
			rid = fmt.Sprintf(s.d.NoIndex, rid)
		}
		c.add(rid+` IN (SELECT ia.rid FROM actors a JOIN incident_actors ia ON ia.actor = a.id WHERE `+
			fmt.Sprintf(s.d.Contains, "a.name")+`)`, s.str(strings.ToLower(a)))
	}
	if n := f.Near; n != nil {
		south, west, north, east := box(n)
		c.add(s.d.InBox, west, south, east, north)
		// The exact great-circle test on what the index let through.
		c.add(`2 * 6371.0088 * asin(sqrt(`+s.d.Least+`(1, sin(radians(i.lat - ?) / 2) * sin(radians(i.lat - ?) / 2)
			+ cos(radians(?)) * cos(radians(i.lat)) * sin(radians(i.lon - ?) / 2) * sin(radians(i.lon - ?) / 2)))) <= ?`,
			n.Lat, n.Lat, n.Lat, n.Lon, n.Lon, n.KM)
	}
	if q := strings.TrimSpace(f.Text); q != "" {
		cond, arg, err := s.d.TextMatch(s.str(q))
		if err != nil {
			return nil, err
		}
		c.add(`i.id IN (SELECT e.incident FROM extractions e JOIN documents d ON d.seq = e.doc_seq WHERE `+cond+`)`, arg)
	}
	return c, nil
}

// box returns a latitude/longitude box holding every point within n.KM of
// the centre. Near a pole or across the date line it widens to every
// longitude rather than wrap.
func box(n *store.Near) (south, west, north, east float64) {
	const kmPerDegree = 111.19 // along a meridian, on the mean sphere
	dLat := n.KM / kmPerDegree
	south, north = math.Max(-90, n.Lat-dLat), math.Min(90, n.Lat+dLat)
	west, east = -180, 180
	// A degree of longitude is shortest on the box's edge nearest a pole,
	// so that edge needs the widest span: use the smaller cosine.
	cos := math.Min(math.Cos(south*math.Pi/180), math.Cos(north*math.Pi/180))
	if cos > 0.01 {
		dLon := dLat / cos
		if n.Lon-dLon >= -180 && n.Lon+dLon <= 180 {
			west, east = n.Lon-dLon, n.Lon+dLon
		}
	}
	return south, west, north, east
}

// Incidents lists the incidents matching f, newest first (by date, then
// id), one page at a time: Limit incidents after f.Cursor, with Total
// counting every match. Undated incidents come last.
func (s *DB) Incidents(ctx context.Context, f store.Filter) (store.Page, error) {
	page := store.Page{Incidents: []record.Merged{}}
	c, err := s.filter(f)
	if err != nil {
		return page, err
	}
	// One read transaction, so that Total and the page see one state.
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return page, fmt.Errorf("%s: incidents: %w", s.d.Name, err)
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, s.Rebind(`SELECT count(*) FROM incidents i`+c.sql()), c.args...).Scan(&page.Total); err != nil {
		return page, fmt.Errorf("%s: count incidents: %w", s.d.Name, err)
	}
	if f.Cursor != "" {
		date, id, _ := store.DecodeCursor(f.Cursor) // checked by filter
		c.add("(i.date, i.id) < (?, ?)", date, id)
	}
	// Choose the page on the narrow table, then read only its records.
	q := `SELECT i.rid, i.date, i.id FROM incidents i` + c.sql() + ` ORDER BY i.date DESC, i.id DESC`
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit+1)
	}
	q = `SELECT p.date, p.id, r.record FROM (` + q + `) p JOIN incident_records r ON r.rid = p.rid ORDER BY p.date DESC, p.id DESC`
	rows, err := tx.QueryContext(ctx, s.Rebind(q), c.args...)
	if err != nil {
		return page, fmt.Errorf("%s: incidents: %w", s.d.Name, err)
	}
	defer rows.Close()
	var lastDate, lastID string
	for rows.Next() {
		if f.Limit > 0 && len(page.Incidents) == f.Limit {
			page.Next = store.EncodeCursor(lastDate, lastID)
			break
		}
		var js string
		if err := rows.Scan(&lastDate, &lastID, &js); err != nil {
			return page, fmt.Errorf("%s: incidents: %w", s.d.Name, err)
		}
		var m record.Merged
		if err := decode([]byte(js), &m); err != nil {
			return page, fmt.Errorf("%s: incident %s: %w", s.d.Name, lastID, err)
		}
		page.Incidents = append(page.Incidents, m)
	}
	if err := rows.Err(); err != nil {
		return page, fmt.Errorf("%s: incidents: %w", s.d.Name, err)
	}
	return page, nil
}

// Incident returns a merged incident by id. The id of any of its members
// finds it too, so an id given out before a later merge still leads to the
// event.
func (s *DB) Incident(ctx context.Context, id string) (*record.Merged, error) {
	var js string
	err := s.db.QueryRowContext(ctx, s.Rebind(`SELECT r.record FROM incidents i JOIN incident_records r ON r.rid = i.rid
		WHERE i.id = ?`), s.str(id)).Scan(&js)
	if errors.Is(err, sql.ErrNoRows) {
		err = s.db.QueryRowContext(ctx, s.Rebind(`SELECT r.record FROM extractions e JOIN incidents i ON i.id = e.incident
			JOIN incident_records r ON r.rid = i.rid WHERE e.id = ?`), s.str(id)).Scan(&js)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("incident %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: incident %q: %w", s.d.Name, id, err)
	}
	var m record.Merged
	if err := decode([]byte(js), &m); err != nil {
		return nil, fmt.Errorf("%s: incident %q: %w", s.d.Name, id, err)
	}
	return &m, nil
}

// Document returns a stored article by id.
func (s *DB) Document(ctx context.Context, id string) (*store.Document, error) {
	var d store.Document
	err := s.db.QueryRowContext(ctx, s.Rebind(`SELECT id, date, title, url, source, text, hash, revision FROM documents WHERE id = ?`), s.str(id)).
		Scan(&d.ID, &d.Date, &d.Title, &d.URL, &d.Source, &d.Text, &d.Hash, &d.Revision)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %q: %w", id, store.ErrNotFound)
	}
	if err == nil {
		err = s.history(ctx, &d)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: document %q: %w", s.d.Name, id, err)
	}
	return &d, nil
}

// Stats counts the incidents matching f by country (ISO code, "unknown"
// when none), type and day, and the documents: all stored ones for the zero
// filter, else those reporting a matching incident.
func (s *DB) Stats(ctx context.Context, f store.Filter) (*store.Stats, error) {
	f.Cursor, f.Limit = "", 0
	c, err := s.filter(f)
	if err != nil {
		return nil, err
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("%s: stats: %w", s.d.Name, err)
	}
	defer tx.Rollback()
	st := &store.Stats{ByCountry: map[string]int{}, ByType: map[string]int{}, ByDay: map[string]int{}}
	docs := `SELECT count(*) FROM documents`
	if len(c.parts) > 0 {
		docs = `SELECT count(DISTINCT e.doc_seq) FROM extractions e WHERE e.incident IN (SELECT i.id FROM incidents i` + c.sql() + `)`
	}
	if err := tx.QueryRowContext(ctx, s.Rebind(docs), c.args...).Scan(&st.Documents); err != nil {
		return nil, fmt.Errorf("%s: count documents: %w", s.d.Name, err)
	}
	for _, by := range []struct {
		col string
		m   map[string]int
	}{{"i.country", st.ByCountry}, {"i.type", st.ByType}, {"i.date", st.ByDay}} {
		rows, err := tx.QueryContext(ctx, s.Rebind(`SELECT `+by.col+`, count(*) FROM incidents i`+c.sql()+` GROUP BY `+by.col), c.args...)
		if err != nil {
			return nil, fmt.Errorf("%s: stats by %s: %w", s.d.Name, by.col, err)
		}
		for rows.Next() {
			var k string
			var n int
			if err := rows.Scan(&k, &n); err != nil {
				rows.Close()
				return nil, fmt.Errorf("%s: stats by %s: %w", s.d.Name, by.col, err)
			}
			if by.col == "i.date" && k == "" {
				continue // undated incidents have no day
			}
			if k == "" {
				k = "unknown"
			}
			by.m[k] += n
			if by.col == "i.type" {
				st.Incidents += n
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("%s: stats by %s: %w", s.d.Name, by.col, err)
		}
	}
	return st, nil
}
