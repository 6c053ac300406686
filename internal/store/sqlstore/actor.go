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
