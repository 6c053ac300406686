package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/store"
)

// actorSearch returns the key an --actor search matches. Errors wrap
// store.ErrInvalid.
func actorSearch(actor string) (string, error) {
	k := store.ActorKey(actor)
	if k == "" {
		return "", store.Invalidf("actor %q: no words to search for", actor)
	}
	return k, nil
}

// insertActorKeys files a stored incident under its actor keys
// (store.PerpetratorKeys), with the date, country and type that an
// --actor search with other filters reads beside the key (migration 0018).
func (s *DB) insertActorKeys(ctx context.Context, w *stmts, rid int64, date, id, country, typ string, keys []string) error {
	for _, k := range keys {
		if err := w.exec(ctx, `INSERT INTO incident_actor (key, date, id, rid, country, type) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			s.str(k), s.str(date), id, rid, s.str(country), s.str(typ)); err != nil {
			return err
		}
	}
	return nil
}

// backfillActorKeys files every stored incident under its actor keys,
// from the names the schema before incident_actor kept. It runs in the
// transaction of migration 0003, so a database is never left half filed.
func (s *DB) backfillActorKeys(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT i.rid, i.date, i.id, a.name FROM incident_actors ia
		JOIN actors a ON a.id = ia.actor JOIN incidents i ON i.rid = ia.rid ORDER BY i.rid`)
	if err != nil {
		return err
	}
	type incident struct {
		rid      int64
		date, id string
		names    []string
	}
	var all []incident
	for rows.Next() {
		var rid int64
		var date, id, name string
		if err := rows.Scan(&rid, &date, &id, &name); err != nil {
			rows.Close()
			return err
		}
		if n := len(all); n > 0 && all[n-1].rid == rid {
			all[n-1].names = append(all[n-1].names, name)
			continue
		}
		all = append(all, incident{rid, date, id, []string{name}})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	w := &stmts{s: s, tx: tx, cache: map[string]*sql.Stmt{}}
	defer w.close()
	// The columns of incident_actor as 0003 made it; 0018 copies the
	// country and type of the entries it finds.
	for _, inc := range all {
		for _, k := range store.ActorKeys(inc.names) {
			if err := w.exec(ctx, `INSERT INTO incident_actor (key, date, id, rid) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
				s.str(k), s.str(inc.date), inc.id, inc.rid); err != nil {
				return fmt.Errorf("actor keys of incident %s: %w", inc.id, err)
			}
		}
	}
	return nil
}

// actorOnly reports whether f is an --actor search whose other filters
// are those incident_actor holds beside the key: countries by code, types
// and dates (migration 0018).
func actorOnly(f store.Filter) bool {
	if strings.TrimSpace(f.Actor) == "" || f.Near != nil || strings.TrimSpace(f.Text) != "" { // as filter reads them
		return false
	}
	for _, c := range list(f.Country) {
		if len(c) != 2 {
			return false
		}
	}
	return true
}

// actorCells returns the conditions of f, an actorOnly search, on the
// columns key, date, country and type of a table named a
// (incident_actor, incident_actor_documents), and its countries, types
// and dates as cells (dates that exclude nothing dropped, see spanDates).
func (s *DB) actorCells(ctx context.Context, q Querier, f store.Filter) (*conds, *cells, error) {
	if err := f.Validate(); err != nil {
		return nil, nil, err
	}
	key, err := actorSearch(f.Actor)
	if err != nil {
		return nil, nil, err
	}
	f, dated, err := s.spanDates(ctx, q, f)
	if err != nil {
		return nil, nil, err
	}
	c := &cells{since: f.Since, until: f.Until, dated: dated, types: anys(list(f.Type))}
	for _, v := range list(f.Country) {
		c.countries = append(c.countries, strings.ToUpper(v))
	}
	w := &conds{}
	w.add("a.key = ?", s.str(key))
	k := c.keys("a.")
	w.parts, w.args = append(w.parts, k.parts...), append(w.args, k.args...)
	c.dates(w, "a.date")
	return w, c, nil
}

// actorQueries answers an --actor search with countries, types and dates
// at most (actorOnly) from incident_actor alone: the search is one key
// (see actorKeys), its page the key's newest entries from the primary
// key that match the rest, so that no match is sorted or looked up in
// incidents. The total of the key alone, with or without dates, is its
// kept counts by month and its entries in the months the dates cut, and
// so with countries or with types (by the key's counts by country or by
// type); with both, the key's entries that match them.
func (s *DB) actorQueries(ctx context.Context, q Querier, f store.Filter) (qs [2]query, err error) {
	all, c, err := s.actorCells(ctx, q, f)
	if err != nil {
		return qs, err
	}
	key := all.args[0] // a.key's, the first condition
	kept, edge := &conds{}, &conds{}
	kept.add("key = ?", key)
	edge.add("a.key = ?", key)
	switch {
	case len(c.countries) == 0 && len(c.types) == 0:
		qs[0] = c.monthCount("incident_actor_month", kept, "incident_actor a", "a.date", edge)
	case len(c.types) == 0:
		kept.add("country IN ("+marks(len(c.countries))+")", c.countries...)
		edge.add("a.country IN ("+marks(len(c.countries))+")", c.countries...)
		qs[0] = c.monthCount("incident_actor_country_month", kept, "incident_actor a", "a.date", edge)
	case len(c.countries) == 0:
		kept.add("type IN ("+marks(len(c.types))+")", c.types...)
		edge.add("a.type IN ("+marks(len(c.types))+")", c.types...)
		qs[0] = c.monthCount("incident_actor_type_month", kept, "incident_actor a", "a.date", edge)
	default:
		qs[0] = query{`SELECT count(*) FROM incident_actor a` + all.sql(), all.args}
	}
	// The page of one country is the newest entries of the key and
	// country (incident_actor_country, migration 0019), testing the
	// types on each; else it walks the key's entries newest first,
	// testing the countries and types: sorting the matches of several
	// countries would cost more than the walk for all but the rarest.
	page := &conds{}
	page.add("a.key = ?", key)
	country, typ := "a.country", "a.type"
	if s.d.NoIndex != "" {
		typ = fmt.Sprintf(s.d.NoIndex, typ)
		if len(c.countries) != 1 {
			country = fmt.Sprintf(s.d.NoIndex, country)
		}
	}
	if len(c.countries) > 0 {
		page.add(country+" IN ("+marks(len(c.countries))+")", c.countries...)
	}
	if len(c.types) > 0 {
		page.add(typ+" IN ("+marks(len(c.types))+")", c.types...)
	}
	c.dates(page, "a.date")
	if f.Cursor != "" {
		date, id, _ := store.DecodeCursor(f.Cursor) // checked by Validate
		page.add("(a.date, a.id) < (?, ?)", date, id)
	}
	limit := ""
	if f.Limit > 0 {
		limit = fmt.Sprintf(" LIMIT %d", f.Limit+1)
	}
	qs[1] = query{`SELECT p.date, p.id, r.record FROM (SELECT a.rid, a.date, a.id FROM incident_actor a` + page.sql() +
		` ORDER BY a.date DESC, a.id DESC` + limit + `) p JOIN incident_records r ON r.rid = p.rid ORDER BY p.date DESC, p.id DESC`, page.args}
	return qs, nil
}

// actorStats returns the plan of Stats for f, an actorOnly search: its
// documents counted in the key's range of incident_actor_documents; the
// key's kept counts by type and by country (migration 0018) for the key
// alone, with or without dates; else its matches grouped from the key's
// range of incident_actor, which countries and types narrow. No incident
// is read.
func (s *DB) actorStats(ctx context.Context, q Querier, f store.Filter, by store.Period) (statsPlan, error) {
	w, c, err := s.actorCells(ctx, q, f)
	if err != nil {
		return statsPlan{}, err
	}
	p := statsPlan{docs: query{`SELECT count(DISTINCT a.doc_seq) FROM incident_actor_documents a` + w.sql(), w.args},
		dates: dateRange{since: c.since, until: c.until, dated: c.dated}}
	if len(c.countries) == 0 && len(c.types) == 0 {
		k := &conds{}
		k.add("key = ?", w.args[0]) // a.key's, the first condition
		c.keptByType(&p, by, k, "incident_actor_type_month", "incident_actor_country_month")
		return p, nil
	}
	period := "a.date"
	if by == store.ByMonth {
		period = "substr(a.date, 1, 7)"
	}
	p.grouped = query{`SELECT a.country, a.type, ` + period + `, count(*) FROM incident_actor a` + w.sql() +
		` GROUP BY a.country, a.type, ` + period, w.args}
	return p, nil
}
