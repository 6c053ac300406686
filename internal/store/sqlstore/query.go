package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// conds is a WHERE clause under construction.
type conds struct {
	parts []string
	args  []any
	// cells is the filter again when kept counters can count its
	// matches (see cells), else nil.
	cells *cells
	// walk is the filter's countries, types and dates beside its --near
	// when the date index holds every column they test, so that a page
	// can walk the newest incidents (see nearWalk), else nil.
	walk *cells
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
// Dates that exclude no stored incident are dropped first (see
// spanDates), so that the planner is not sent scanning a date range that
// holds everything.
func (s *DB) filter(ctx context.Context, q Querier, f store.Filter) (*conds, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	f, dated, err := s.spanDates(ctx, q, f)
	if err != nil {
		return nil, err
	}
	c := &conds{}
	cs := &cells{since: f.Since, until: f.Until, dated: dated}
	// A circle is narrower than any country: with --near, the country
	// index must not drive the query (SQLite read a type's 100,000
	// incidents for the thousand of them in a circle, before it had an
	// index on both), and the spatial index holds the column (migration
	// 0018). A type is not hidden: incidents_near_type (0021) leads with
	// it, so that a circle's incidents of one type are read alone.
	country := "i.country"
	if f.Near != nil && s.d.NoIndex != "" {
		country = fmt.Sprintf(s.d.NoIndex, country)
	}
	if dated {
		c.add(datedOnly)
	}
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
		cs.countries = codes
		if len(names) > 0 {
			cs = nil // the counters know countries by code
		}
		var or []string
		if len(codes) > 0 {
			or = append(or, country+" IN ("+marks(len(codes))+")")
		}
		if len(names) > 0 {
			or = append(or, "i.country_name IN ("+marks(len(names))+")")
		}
		c.add("("+strings.Join(or, " OR ")+")", append(codes, names...)...)
	}
	if vs := list(f.Type); len(vs) > 0 {
		c.add("i.type IN ("+marks(len(vs))+")", anys(vs)...)
		if cs != nil {
			cs.types = anys(vs)
		}
	}
	if strings.TrimSpace(f.Actor) == "" && strings.TrimSpace(f.Text) == "" {
		if f.Near == nil {
			c.cells = cs
		} else {
			c.walk = cs
		}
	}
	if a := strings.TrimSpace(f.Actor); a != "" {
		key, err := actorSearch(a)
		if err != nil {
			return nil, err
		}
		// The dates again on incident_actor, so that the index range
		// of the key narrows to them.
		sub := `SELECT a.rid FROM incident_actor a WHERE a.key = ?`
		args := []any{s.str(key)}
		if f.Since != "" {
			sub += ` AND a.date >= ?`
			args = append(args, f.Since)
		}
		if f.Until != "" {
			sub += ` AND a.date <= ? AND a.date <> ''`
			args = append(args, f.Until)
		}
		c.add("i.rid IN ("+sub+")", args...)
	}
	if n := f.Near; n != nil {
		near := s.nearConds(n)
		c.add(strings.Join(near.parts, " AND "), near.args...)
	}
	if text := strings.TrimSpace(f.Text); text != "" {
		cond, args, err := s.d.TextMatch(ctx, q, s.str(text))
		if err != nil {
			return nil, err
		}
		c.add(`i.id IN (SELECT e.incident FROM extractions e JOIN documents d ON d.seq = e.doc_seq WHERE `+cond+`)`, args...)
	}
	return c, nil
}

// Querier is what runs the queries that build a filter: the read
// transaction of the answer, or the database itself.
type Querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// datedOnly is the condition left of a date range that spans every dated
// incident: undated incidents have none of its days.
const datedOnly = "i.date <> ''"

// spanDates drops the dates of f that exclude no dated incident: a since
// on or before the first stored day, an until on or after the last. What
// they still exclude are the undated incidents, and dated reports whether
// there are any to exclude. A date range over everything is the most
// expensive question to ask an index (every entry in it is read), and
// "since 1900" is a common one.
func (s *DB) spanDates(ctx context.Context, q Querier, f store.Filter) (_ store.Filter, dated bool, err error) {
	if f.Since == "" && f.Until == "" {
		return f, false, nil
	}
	var first, last sql.NullString
	var undated bool
	err = q.QueryRowContext(ctx, `SELECT (SELECT min(date) FROM incidents WHERE date > ''), (SELECT max(date) FROM incidents),
		EXISTS (SELECT 1 FROM incidents WHERE date = '')`).Scan(&first, &last, &undated)
	if err != nil {
		return f, false, fmt.Errorf("%s: date span: %w", s.d.Name, err)
	}
	if !first.Valid {
		return f, false, nil // nothing dated: the dates decide alone
	}
	if f.Since != "" && f.Since <= first.String {
		f.Since, dated = "", true
	}
	if f.Until != "" && f.Until >= last.String {
		f.Until, dated = "", true
	}
	// A date left in f excludes the undated incidents itself.
	return f, dated && undated && f.Since == "" && f.Until == "", nil
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

// nearBox returns the condition that incidents i lie in a box, for an
// index on (floor(lat * cellsPerDegree), lon, lat, date, id), which both
// dialects have (incidents_near, migrations 0016 and 0020): each band of latitude
// the box spans is one range of longitudes in the index, and what the
// index holds beside decides the rest (the exact distance, the order of a
// page) without looking an incident up. An R-tree gives the box's matches
// but none of their columns: at a city with ten thousand incidents within
// the radius, those lookups were most of a near query. Go multiplies and
// floors as SQLite does (IEEE doubles), so every point in the box is in
// one of the bands listed.
func nearBox(south, west, north, east float64) (string, []any) {
	var args []any
	for band := math.Floor(south * cellsPerDegree); band <= math.Floor(north*cellsPerDegree); band++ {
		args = append(args, band)
	}
	args = append(args, west, east, south, north)
	return fmt.Sprintf("floor(i.lat * %d) IN (%s) AND i.lon BETWEEN ? AND ? AND i.lat BETWEEN ? AND ?", cellsPerDegree, marks(len(args)-4)), args
}

// query is one SQL statement and its arguments.
type query struct {
	sql  string
	args []any
}

// incidentQueries returns the two queries of Incidents: the count of
// every match, and one page of them with their records; and, for a
// --near whose other filters the date index can test, those filters
// (walk), when a page can walk the newest incidents instead.
func (s *DB) incidentQueries(ctx context.Context, q Querier, f store.Filter) (qs [2]query, walk *cells, err error) {
	if actorOnly(f) {
		qs, err = s.actorQueries(ctx, q, f)
		return qs, nil, err
	}
	c, err := s.filter(ctx, q, f)
	if err != nil {
		return [2]query{}, nil, err
	}
	count := query{`SELECT count(*) FROM incidents i` + c.sql(), slices.Clone(c.args)}
	switch {
	case len(c.parts) == 0:
		count = query{sql: `SELECT n FROM incident_count`}
	case len(c.parts) == 1 && c.parts[0] == datedOnly:
		// The kept count less the undated, instead of reading every
		// entry of the date index.
		count = query{sql: `SELECT (SELECT n FROM incident_count) - (SELECT count(*) FROM incidents WHERE date = '')`}
	case c.cells != nil:
		count = c.cells.count()
	case c.walk != nil:
		// The circle cut into cells (nearCells): counted from the kept
		// counts of those inside it (or, with countries, types or
		// dates, their incidents tested for those alone), paged
		// measuring only the others.
		sp, ok, err := s.splitNear(ctx, q, f.Near, c.walk)
		if err != nil {
			return [2]query{}, nil, fmt.Errorf("%s: near cells: %w", s.d.Name, err)
		}
		if ok {
			return [2]query{s.nearCount(sp), s.nearPage(f, sp)}, c.walk, nil
		}
	}
	if f.Cursor != "" {
		date, id, _ := store.DecodeCursor(f.Cursor) // checked by filter
		c.add("(i.date, i.id) < (?, ?)", date, id)
	}
	// Choose the page on the narrow table, then read only its records.
	// A circle's page sorts its matches, kept from the order of any
	// index (NoIndex): else SQLite may walk the newest entries of an
	// index in date order, looking each incident up, until a page of
	// them is in the circle. With the statistics the store keeps
	// (PRAGMA optimize's limited ANALYZE rates a type at ~400
	// incidents, not 90,000), a circle with a type walked the type's
	// index, and read all of it when the circle held none. nearWalk
	// decides, by the counts, when walking the newest pays.
	date, id := "i.date", "i.id"
	if f.Near != nil && s.d.NoIndex != "" {
		date, id = fmt.Sprintf(s.d.NoIndex, date), fmt.Sprintf(s.d.NoIndex, id)
	}
	page := `SELECT i.rid, i.date, i.id FROM incidents i` + c.sql() + ` ORDER BY ` + date + ` DESC, ` + id + ` DESC`
	if f.Limit > 0 {
		page += fmt.Sprintf(" LIMIT %d", f.Limit+1)
	}
	page = `SELECT p.date, p.id, r.record FROM (` + page + `) p JOIN incident_records r ON r.rid = p.rid ORDER BY p.date DESC, p.id DESC`
	return [2]query{count, {page, c.args}}, c.walk, nil
}

// Explain returns the database's plans for the queries that Incidents
// and Stats run for f, one line per plan step, each query's plan after a
// line naming it. Tests check with it that every filter is answered from
// an index; it is also how to see why a filter is slow.
func (s *DB) Explain(ctx context.Context, f store.Filter) (string, error) {
	qs, walk, err := s.incidentQueries(ctx, s.db, f)
	if err != nil {
		return "", err
	}
	named := []struct {
		name string
		q    query
	}{{"count", qs[0]}, {"page", qs[1]}}
	if walk, ok, err := s.explainWalk(ctx, f, qs[0], walk); err != nil {
		return "", err
	} else if ok {
		named = append(named, struct {
			name string
			q    query
		}{"page by the newest", walk})
	}
	p, err := s.statsQueries(ctx, s.db, f, store.ByMonth)
	if err != nil {
		return "", err
	}
	for _, q := range []struct {
		name string
		q    *query
	}{{"stats documents", &p.docs}, {"stats kept by month", p.kept}, {"stats by country", p.byCountry},
		{"stats by country, type and month", &p.grouped}} {
		if q.q != nil && q.q.sql != "" {
			named = append(named, struct {
				name string
				q    query
			}{q.name, *q.q})
		}
	}
	var b strings.Builder
	for _, n := range named {
		fmt.Fprintf(&b, "-- %s\n", n.name)
		rows, err := s.db.QueryContext(ctx, s.d.Explain+s.Rebind(n.q.sql), n.q.args...)
		if err != nil {
			return "", fmt.Errorf("%s: explain %s: %w", s.d.Name, n.name, err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return "", err
			}
			// SQLite's last column, PostgreSQL's only one, is the step.
			fmt.Fprintf(&b, "%v\n", vals[len(vals)-1])
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return "", err
		}
	}
	return b.String(), nil
}

// Incidents lists the incidents matching f, newest first (by date, then
// id), one page at a time: Limit incidents after f.Cursor, with Total
// counting every match. Undated incidents come last.
func (s *DB) Incidents(ctx context.Context, f store.Filter) (store.Page, error) {
	return s.incidents(ctx, f, false)
}

// IncidentsJSON is Incidents with the records as stored, in Page.Raw.
func (s *DB) IncidentsJSON(ctx context.Context, f store.Filter) (store.Page, error) {
	return s.incidents(ctx, f, true)
}

// incidents is Incidents, or IncidentsJSON when raw is set.
func (s *DB) incidents(ctx context.Context, f store.Filter, raw bool) (store.Page, error) {
	page := store.Page{Incidents: []record.Merged{}}
	// One read transaction, so that Total and the page see one state.
	tx, err := s.beginRead(ctx)
	if err != nil {
		return page, fmt.Errorf("%s: incidents: %w", s.d.Name, err)
	}
	defer tx.Rollback()
	if f.Status == "" {
		return s.listed(ctx, tx, f, raw)
	}
	if page, err = s.incidentsReviewed(ctx, tx, f); err != nil || !raw {
		return page, err
	}
	// Rejected incidents are filtered decoded: encoded again here.
	page.Raw = make([]string, len(page.Incidents))
	for i := range page.Incidents {
		js, err := json.Marshal(&page.Incidents[i])
		if err != nil {
			return page, err
		}
		page.Raw[i] = string(js)
	}
	page.Incidents = []record.Merged{}
	return page, nil
}

// listed is Incidents for the incidents not rejected: the incidents table.
// With raw, the records go to Page.Raw as stored.
func (s *DB) listed(ctx context.Context, tx *sql.Tx, f store.Filter, raw bool) (store.Page, error) {
	page := store.Page{Incidents: []record.Merged{}}
	qs, walk, err := s.incidentQueries(ctx, tx, f)
	if err != nil {
		return page, err
	}
	if err := tx.QueryRowContext(ctx, s.Rebind(qs[0].sql), qs[0].args...).Scan(&page.Total); err != nil {
		return page, fmt.Errorf("%s: count incidents: %w", s.d.Name, err)
	}
	if walk != nil {
		q, ok, err := s.nearWalk(ctx, tx, f, walk, page.Total)
		if err != nil {
			return page, err
		}
		if ok {
			walked, err := s.readPage(ctx, tx, q, f, raw)
			if err != nil || len(walked.Incidents)+len(walked.Raw) == f.Limit && walked.Next != "" {
				walked.Total = page.Total
				return walked, err
			}
		}
	}
	total := page.Total
	page, err = s.readPage(ctx, tx, qs[1], f, raw)
	page.Total = total
	return page, err
}

// readPage runs a page query (date, id and record of up to f.Limit + 1
// incidents) and returns its page, with the cursor to the next when there
// is one more. With raw, the records go to Page.Raw as read, and
// Page.Incidents is empty.
func (s *DB) readPage(ctx context.Context, tx *sql.Tx, q query, f store.Filter, raw bool) (store.Page, error) {
	// The page's records decoded in place, each read into one buffer:
	// a copy of each record's text, a record decoded beside the page and
	// the page's growth were a third of what a page allocated, and so of
	// how often the collector ran under a stream of pages.
	prealloc := min(max(f.Limit, 0), store.MaxPage)
	var page store.Page
	if raw {
		page.Incidents = []record.Merged{}
		page.Raw = make([]string, 0, prealloc)
	} else {
		page.Incidents = make([]record.Merged, 0, prealloc)
	}
	rows, err := tx.QueryContext(ctx, s.Rebind(q.sql), q.args...)
	if err != nil {
		return page, fmt.Errorf("%s: incidents: %w", s.d.Name, err)
	}
	defer rows.Close()
	var lastDate, lastID string
	var js sql.RawBytes // valid until the next row; decode copies what it keeps
	// With raw, the record is scanned into a string: the drivers read
	// text columns as strings, which Scan then hands over uncopied.
	dest := []any{&lastDate, &lastID, &js}
	var text string
	if raw {
		dest[2] = &text
	}
	for rows.Next() {
		if f.Limit > 0 && len(page.Incidents)+len(page.Raw) == f.Limit {
			page.Next = store.EncodeCursor(lastDate, lastID)
			break
		}
		if err := rows.Scan(dest...); err != nil {
			return page, fmt.Errorf("%s: incidents: %w", s.d.Name, err)
		}
		if raw {
			page.Raw = append(page.Raw, text)
			continue
		}
		page.Incidents = append(page.Incidents, record.Merged{})
		if err := decode(js, &page.Incidents[len(page.Incidents)-1]); err != nil {
			return page, fmt.Errorf("%s: incident %s: %w", s.d.Name, lastID, err)
		}
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
		// A rejected incident is out of the lists, not out of reach.
		err = s.db.QueryRowContext(ctx, s.Rebind(`SELECT r.record FROM rejected_incidents r WHERE r.id = ?
			UNION ALL SELECT r.record FROM extractions e JOIN rejected_incidents r ON r.id = e.incident WHERE e.id = ?
			LIMIT 1`), s.str(id), s.str(id)).Scan(&js)
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
	tx, err := s.beginRead(ctx) // the document and its history as of one moment
	if err != nil {
		return nil, fmt.Errorf("%s: document %q: %w", s.d.Name, id, err)
	}
	defer tx.Rollback()
	err = tx.QueryRowContext(ctx, s.Rebind(`SELECT id, date, title, url, source, text, hash, revision FROM documents WHERE id = ?`), s.str(id)).
		Scan(&d.ID, &d.Date, &d.Title, &d.URL, &d.Source, &d.Text, &d.Hash, &d.Revision)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %q: %w", id, store.ErrNotFound)
	}
	if err == nil {
		err = s.history(ctx, tx, &d)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: document %q: %w", s.d.Name, id, err)
	}
	return &d, nil
}

// statsPlan is how Stats answers a filter: the query of the documents,
// and either kept counts (migrations 0008, 0013 and 0017), read without
// reading an incident, or the matches grouped in one pass over an index
// that holds their country, type and date.
type statsPlan struct {
	docs query
	// kept gives keptRows, sorted by nothing in particular, whose days
	// dates filters; byCountry, when set, gives the countries instead
	// of them: country, month (NULL for a count that needs no days),
	// n, days.
	kept      *query
	byCountry *query
	dates     dateRange
	// grouped gives the matches by country, type and period (country,
	// type, when, n), when kept counts cannot; without docs, a last row
	// with no type gives the documents as n (see nearStats).
	grouped query
}

// statsQueries returns the plan of Stats for f by the period given.
func (s *DB) statsQueries(ctx context.Context, q Querier, f store.Filter, by store.Period) (statsPlan, error) {
	f.Cursor, f.Limit = "", 0
	if actorOnly(f) {
		return s.actorStats(ctx, q, f, by)
	}
	c, err := s.filter(ctx, q, f)
	if err != nil {
		return statsPlan{}, err
	}
	if len(c.parts) == 0 {
		// No incident excluded (the zero filter, or dates spanning all;
		// see spanDates). A filter counts the documents that report an
		// incident; the zero filter every stored one.
		p := statsPlan{docs: query{sql: `SELECT reporting FROM document_count`}}
		if f == (store.Filter{}) {
			p.docs = query{sql: `SELECT stored FROM document_count`}
		}
		days, _ := keptDays(by, nil)
		p.kept = &query{sql: `SELECT '', type, month, n, ` + days + ` FROM incident_stats_month_type`}
		p.byCountry = &query{sql: `SELECT country, NULL, n, NULL FROM incident_stats_country`}
		return p, nil
	}
	if cs := c.cells; cs != nil {
		// The documents of the matches by the incidents' country, type
		// and date (migration 0013), not by every match's extractions.
		d := cs.keys("d.")
		cs.dates(d, "d.date")
		p := statsPlan{docs: query{`SELECT count(DISTINCT d.doc_seq) FROM incident_documents d` + d.sql(), d.args},
			dates: dateRange{since: cs.since, until: cs.until, dated: cs.dated}}
		if len(cs.countries) > 0 {
			k := cs.keys("")
			cs.monthRange(k)
			days, args := keptDays(by, cs.cutMonthList())
			p.kept = &query{`SELECT country, type, month, n, ` + days + ` FROM incident_stats_cell` + k.sql(), append(args, k.args...)}
			return p, nil
		}
		cs.keptByType(&p, by, cs.keys(""), "incident_stats_month_type", "incident_stats_cell")
		return p, nil
	}
	period := "i.date"
	if by == store.ByMonth {
		period = "substr(i.date, 1, 7)"
	}
	if c.walk != nil {
		sp, ok, err := s.splitNear(ctx, q, f.Near, c.walk)
		if err != nil {
			return statsPlan{}, fmt.Errorf("%s: near cells: %w", s.d.Name, err)
		}
		if ok {
			return statsPlan{grouped: s.nearStats(sp, c.walk, period)}, nil
		}
	}
	return statsPlan{
		docs: query{`SELECT count(DISTINCT e.doc_seq) FROM extractions e WHERE e.incident IN (SELECT i.id FROM incidents i` + c.sql() + `)`, c.args},
		grouped: query{`SELECT i.country, i.type, ` + period + `, count(*) FROM incidents i` + c.sql() +
			` GROUP BY i.country, i.type, ` + period, c.args},
	}, nil
}

// keptDays returns the column of the days of kept rows by the period
// given, and its arguments: by month, only those of the months the dates
// cut (cut) are read; the others count whole.
func keptDays(by store.Period, cut []any) (string, []any) {
	switch {
	case by == store.ByDay:
		return `CAST(days AS TEXT)`, nil
	case len(cut) == 0:
		return `'{}'`, nil
	}
	return `CASE WHEN month IN (` + marks(len(cut)) + `) THEN CAST(days AS TEXT) ELSE '{}' END`, cut
}

// keptByType sets the kept counts of p for c's dates and the conditions
// k (on columns the two tables share): from byType, kept counts by type
// and month, and the countries from byCountry, kept counts by country and
// month: the months wholly inside the dates summed, the months they cut
// by their days. Both tables have the columns month, n and days.
func (c *cells) keptByType(p *statsPlan, by store.Period, k *conds, byType, byCountry string) {
	kept := &conds{parts: slices.Clone(k.parts), args: slices.Clone(k.args)}
	c.monthRange(kept)
	days, args := keptDays(by, c.cutMonthList())
	p.kept = &query{`SELECT '', type, month, n, ` + days + ` FROM ` + byType + kept.sql(), append(args, kept.args...)}
	whole := &conds{parts: slices.Clone(k.parts), args: slices.Clone(k.args)}
	c.wholeMonths(whole)
	p.byCountry = &query{`SELECT country, NULL, CAST(sum(n) AS BIGINT), NULL FROM ` + byCountry + whole.sql() + ` GROUP BY country`, whole.args}
	if cut := c.cutMonthList(); len(cut) > 0 {
		w := &conds{parts: slices.Clone(k.parts), args: slices.Clone(k.args)}
		w.add("month IN ("+marks(len(cut))+")", cut...)
		p.byCountry.sql += ` UNION ALL SELECT country, month, n, CAST(days AS TEXT) FROM ` + byCountry + w.sql()
		p.byCountry.args = append(p.byCountry.args, w.args...)
	}
}

// Stats counts the incidents matching f by country (ISO code, "unknown"
// when none), type and day or month, and the documents: all stored ones
// for the zero filter, else those reporting a matching incident.
func (s *DB) Stats(ctx context.Context, f store.Filter, by store.Period) (*store.Stats, error) {
	if by != store.ByDay && by != store.ByMonth {
		return nil, store.Invalidf("period %q: want day or month", by)
	}
	tx, err := s.beginRead(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: stats: %w", s.d.Name, err)
	}
	defer tx.Rollback()
	if f.Status != "" {
		return s.statsReviewed(ctx, tx, f, by)
	}
	t, err := s.stats(ctx, tx, f, by)
	if err != nil {
		return nil, err
	}
	return t.stats(), nil
}

// stats counts the incidents not rejected that match f.
func (s *DB) stats(ctx context.Context, tx *sql.Tx, f store.Filter, by store.Period) (*tally, error) {
	p, err := s.statsQueries(ctx, tx, f, by)
	if err != nil {
		return nil, err
	}
	t := newTally(by)
	if p.docs.sql != "" {
		if err := tx.QueryRowContext(ctx, s.Rebind(p.docs.sql), p.docs.args...).Scan(&t.st.Documents); err != nil {
			return nil, fmt.Errorf("%s: count documents: %w", s.d.Name, err)
		}
	}
	if p.kept == nil {
		err := s.eachRow(ctx, tx, p.grouped, func(rows *sql.Rows) error {
			var country, typ, when sql.NullString
			var n int
			if err := rows.Scan(&country, &typ, &when, &n); err != nil {
				return err
			}
			if !typ.Valid { // the documents, without a query of their own
				t.st.Documents = n
				return nil
			}
			t.country(country.String, n)
			t.add(typ.String, when.String, n)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%s: stats: %w", s.d.Name, err)
		}
		return t, nil
	}
	var kept []keptRow
	err = s.eachRow(ctx, tx, *p.kept, func(rows *sql.Rows) error {
		var r keptRow
		if err := rows.Scan(&r.country, &r.typ, &r.month, &r.n, &r.days); err != nil {
			return err
		}
		kept = append(kept, r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: stats: %w", s.d.Name, err)
	}
	// By month: the days of a month follow the months before it.
	slices.SortStableFunc(kept, func(a, b keptRow) int { return strings.Compare(a.month, b.month) })
	if err := t.count(kept, p.dates, p.byCountry == nil); err != nil {
		return nil, fmt.Errorf("%s: stats: %w", s.d.Name, err)
	}
	if p.byCountry == nil {
		return t, nil
	}
	err = s.eachRow(ctx, tx, *p.byCountry, func(rows *sql.Rows) error {
		var country string
		var month, days sql.NullString
		var n int
		if err := rows.Scan(&country, &month, &n, &days); err != nil {
			return err
		}
		if !month.Valid {
			t.country(country, n)
			return nil
		}
		return eachDay(days.String, func(rest string, n int) {
			if p.dates.holds(month.String + rest) {
				t.country(country, n)
			}
		})
	})
	if err != nil {
		return nil, fmt.Errorf("%s: stats by country: %w", s.d.Name, err)
	}
	return t, nil
}

// eachRow runs q in tx and calls fn with each row.
func (s *DB) eachRow(ctx context.Context, tx *sql.Tx, q query, fn func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, s.Rebind(q.sql), q.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
