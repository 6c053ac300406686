package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// ActorKey normalises an actor name or an --actor search to the words it
// is made of, lower-cased and joined by single spaces: "Tehrik-i-Taliban
// Pakistan" gives "tehrik i taliban pakistan". Names match by words, so
// that "IRA" never finds "Iraqi forces".
func ActorKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// actorKeys returns the keys an incident whose perpetrators bear these
// names is filed under in incident_actor: every run of whole words of each
// name's key ("al shabaab", "al", "shabaab"), once, sorted. An --actor
// search (its own key) then matches exactly one key, wherever its words
// stand in a name, so that its total is that key's count (kept by month
// in incident_actor_month) and its page one range of the primary key in
// date order. A name of n words gives n(n+1)/2 keys; names are short.
func actorKeys(names []string) []string {
	var keys []string
	for _, n := range names {
		words := strings.Fields(ActorKey(n))
		for i := range words {
			for j := i + 1; j <= len(words); j++ {
				if k := strings.Join(words[i:j], " "); !slices.Contains(keys, k) {
					keys = append(keys, k)
				}
			}
		}
	}
	slices.Sort(keys)
	return keys
}

// actorSearch returns the key an --actor search matches. Errors wrap
// store.ErrInvalid.
func actorSearch(actor string) (string, error) {
	k := ActorKey(actor)
	if k == "" {
		return "", store.Invalidf("actor %q: no words to search for", actor)
	}
	return k, nil
}

// perpetratorNames are what --actor searches: each perpetrator's name as
// written and its canonical name.
func perpetratorNames(m *record.Merged) []string {
	var names []string
	for _, p := range m.Perpetrators {
		names = append(names, p.Name, p.Canonical)
	}
	return names
}

// insertActorKeys files a stored incident under its actor keys.
func (s *DB) insertActorKeys(ctx context.Context, w *stmts, rid int64, date, id string, names []string) error {
	for _, k := range actorKeys(names) {
		if err := w.exec(ctx, `INSERT INTO incident_actor (key, date, id, rid) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			s.str(k), s.str(date), id, rid); err != nil {
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
	for _, inc := range all {
		if err := s.insertActorKeys(ctx, w, inc.rid, inc.date, inc.id, inc.names); err != nil {
			return fmt.Errorf("actor keys of incident %s: %w", inc.id, err)
		}
	}
	return nil
}

// actorQueries answers an --actor search with no filter but dates from
// incident_actor alone: the search is one key (see actorKeys), its total
// that key's kept counts by month and its entries in the months the dates
// cut, its page the key's newest entries from the primary key, so that no
// match is sorted or looked up in incidents.
func (s *DB) actorQueries(ctx context.Context, q querier, f store.Filter) (qs [2]query, err error) {
	if err := f.Validate(); err != nil {
		return qs, err
	}
	key, err := actorSearch(f.Actor)
	if err != nil {
		return qs, err
	}
	f, dated, err := s.spanDates(ctx, q, f)
	if err != nil {
		return qs, err
	}
	k := s.str(key)
	kept, edge := &conds{}, &conds{}
	kept.add("key = ?", k)
	edge.add("a.key = ?", k)
	c := &cells{since: f.Since, until: f.Until, dated: dated}
	qs[0] = c.monthCount("incident_actor_month", kept, "incident_actor a", "a.date", edge)
	page := &conds{}
	page.add("a.key = ?", k)
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
