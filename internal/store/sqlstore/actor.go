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
// names is filed under in incident_actor: each name's key and every word
// suffix of it ("al shabaab", "shabaab"). A search then matches a key
// equal to it or starting with it and a space, which is one index range,
// and finds the name wherever its words start. A key that begins another
// key of the same incident is left out: the longer one already answers
// every search the shorter would, and no search finds the incident twice
// through them.
func actorKeys(names []string) []string {
	var keys []string
	for _, n := range names {
		k := ActorKey(n)
		for k != "" {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
			_, k, _ = strings.Cut(k, " ")
		}
	}
	slices.Sort(keys)
	out := keys[:0]
	for i, k := range keys {
		// Sorted, a key that begins others comes right before them.
		if i+1 < len(keys) && strings.HasPrefix(keys[i+1], k+" ") {
			continue
		}
		out = append(out, k)
	}
	return out
}

// actorRange returns the bounds of the keys an --actor search matches:
// from its key (inclusive) to its key followed by "!" (exclusive), which
// holds the key itself and every key continuing it after a space, since
// keys hold no byte between space and "!". Errors wrap store.ErrInvalid.
func actorRange(actor string) (from, to string, err error) {
	k := ActorKey(actor)
	if k == "" {
		return "", "", store.Invalidf("actor %q: no words to search for", actor)
	}
	return k, k + "!", nil
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

// maxActorKeys bounds the keys an --actor search reads one by one (see
// actorQueries); a search matching more, such as one common word, is
// answered like any other filter.
const maxActorKeys = 32

// actorQueries answers an --actor search with no filter but dates from
// incident_actor alone. It lists the keys the search matches (actor_keys),
// counts each key's incidents in the dates on its primary key, and takes
// the page by merging each key's newest incidents, so that no match is
// sorted or looked up in incidents. ok is false when the search matches
// more than maxActorKeys keys.
func (s *DB) actorQueries(ctx context.Context, q querier, f store.Filter) (qs [2]query, ok bool, err error) {
	if err := f.Validate(); err != nil {
		return qs, false, err
	}
	from, to, err := actorRange(strings.TrimSpace(f.Actor))
	if err != nil {
		return qs, false, err
	}
	f, dated, err := s.spanDates(ctx, q, f)
	if err != nil {
		return qs, false, err
	}
	rows, err := q.QueryContext(ctx, s.Rebind(`SELECT key FROM actor_keys WHERE key >= ? AND key < ? ORDER BY key LIMIT ?`),
		s.str(from), s.str(to), maxActorKeys+1)
	if err != nil {
		return qs, false, fmt.Errorf("%s: actor keys: %w", s.d.Name, err)
	}
	var keys []any
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return qs, false, fmt.Errorf("%s: actor keys: %w", s.d.Name, err)
		}
		keys = append(keys, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return qs, false, fmt.Errorf("%s: actor keys: %w", s.d.Name, err)
	}
	if len(keys) > maxActorKeys {
		return qs, false, nil
	}
	if len(keys) == 0 {
		keys = []any{from} // no incident has it: the queries find nothing
	}
	// The dates, as conditions on incident_actor a after its key.
	var dates string
	var dateArgs []any
	if f.Since != "" {
		dates += ` AND a.date >= ?`
		dateArgs = append(dateArgs, f.Since)
	}
	if f.Until != "" || dated {
		dates += ` AND a.date <> ''`
	}
	if f.Until != "" {
		dates += ` AND a.date <= ?`
		dateArgs = append(dateArgs, f.Until)
	}
	// An incident is under one key at most once; under two matching keys
	// only when two of its names continue the search differently.
	if len(keys) == 1 {
		// One key: its counts by month (migration 0013), and its
		// entries only in the months the dates cut.
		key := &conds{}
		key.add("key = ?", keys[0])
		edge := &conds{}
		edge.add("a.key = ?", keys[0])
		qs[0] = (&cells{since: f.Since, until: f.Until, dated: dated}).monthCount("incident_actor_month", key, "incident_actor a", "a.date", edge)
	} else {
		qs[0] = query{`SELECT count(DISTINCT a.rid) FROM incident_actor a WHERE a.key IN (` + marks(len(keys)) + `)` + dates,
			append(slices.Clone(keys), dateArgs...)}
	}
	var cursor string
	var cursorArgs []any
	if f.Cursor != "" {
		date, id, _ := store.DecodeCursor(f.Cursor) // checked by Validate
		cursor, cursorArgs = ` AND (a.date, a.id) < (?, ?)`, []any{date, id}
	}
	limit := ""
	if f.Limit > 0 {
		limit = fmt.Sprintf(" LIMIT %d", f.Limit+1)
	}
	var arms []string
	var args []any
	for i, k := range keys {
		// Each key's newest first, straight from the primary key.
		arms = append(arms, fmt.Sprintf(`SELECT * FROM (SELECT a.rid, a.date, a.id FROM incident_actor a WHERE a.key = ?%s%s
			ORDER BY a.date DESC, a.id DESC%s) k%d`, dates, cursor, limit, i))
		args = append(append(append(args, k), dateArgs...), cursorArgs...)
	}
	page := `SELECT DISTINCT m.rid, m.date, m.id FROM (` + strings.Join(arms, " UNION ALL ") + `) m ORDER BY m.date DESC, m.id DESC` + limit
	qs[1] = query{`SELECT p.date, p.id, r.record FROM (` + page + `) p JOIN incident_records r ON r.rid = p.rid ORDER BY p.date DESC, p.id DESC`, args}
	return qs, true, nil
}
