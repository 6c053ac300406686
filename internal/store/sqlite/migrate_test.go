package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlstore"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// TestMigrateActorKeys opens a database written before incident_actor
// existed and checks that migration 0003 filed its incidents under their
// actor keys, 0004 dropped the names they were filed from, and 0009 put
// them in the change log as created.
func TestMigrateActorKeys(t *testing.T) {
	ctx := context.Background()
	s := migratedFrom(t, "0002", `
		INSERT INTO incidents (rid, id, date, type) VALUES (1, 'i1', '2020-01-01', 'bombing'), (2, 'i2', '2021-01-01', 'bombing'), (3, 'i3', '', 'riot');
		INSERT INTO incident_records (rid, record) VALUES (1, '{"id":"i1"}'), (2, '{"id":"i2"}'), (3, '{"id":"i3"}');
		INSERT INTO actors (id, name) VALUES (1, 'tehrik-i-taliban pakistan'), (2, 'iraqi security forces'), (3, 'taliban');
		INSERT INTO incident_actors (actor, rid) VALUES (1, 1), (3, 1), (2, 2), (3, 3);`)
	defer s.Close()
	tests := []struct{ actor, since, want string }{
		{"Taliban", "", "i1 i3"},
		{"Taliban", "2019-12-31", "i1"},
		{"TTP", "", ""},
		{"iraqi", "", "i2"},
		{"IRA", "", ""},
		{"security forces", "", "i2"},
	}
	for _, tt := range tests {
		p, err := s.Incidents(ctx, store.Filter{Actor: tt.actor, Since: tt.since})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, inc := range p.Incidents {
			ids = append(ids, inc.ID)
		}
		if got := strings.Join(ids, " "); got != tt.want || p.Total != len(ids) {
			t.Errorf("actor %q since %q: %q (total %d), want %q", tt.actor, tt.since, got, p.Total, tt.want)
		}
	}
	var n int
	if err := s.SQL().QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name IN ('actors', 'incident_actors')`).Scan(&n); err != nil || n != 0 {
		t.Errorf("old actor tables left: %d, %v", n, err)
	}
	changes, err := s.Changes(ctx, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	var logged []string
	for _, c := range changes {
		logged = append(logged, fmt.Sprintf("%d %s %s %d", c.Seq, c.Kind, c.Incident, c.Revision))
	}
	if got, want := strings.Join(logged, ", "), "1 created i1 1, 2 created i2 1, 3 created i3 1"; got != want {
		t.Errorf("change log after migrating: %q, want %q", got, want)
	}
}

// TestOpenWhileWriting opens an up-to-date database while another
// connection holds the write lock, as `serve` does beside a long ingest:
// with nothing to migrate, opening needs no write lock and must not wait.
func TestOpenWhileWriting(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "busy.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite", "file:"+path+"?_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `UPDATE schema_migrations SET name = name`); err != nil {
		t.Fatal(err)
	}
	// Before, Open waited for the lock for the busy timeout, then failed.
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open while another connection writes: %v", err)
	}
	s2.Close()
}

// TestMigrateActorRuns opens a database whose incidents were filed under
// their names' word suffixes (before migration 0013) and checks that 0013
// files them under every run of words, as ingest now does, so that each
// search is one key.
func TestMigrateActorRuns(t *testing.T) {
	ctx := context.Background()
	// "Tehrik-i-Taliban Pakistan" and "Taliban" as 0003 filed them: the
	// suffixes, less "taliban", which begins "taliban pakistan".
	s := migratedFrom(t, "0013", `
		INSERT INTO incidents (rid, id, date, type) VALUES (1, 'i1', '2020-01-01', 'bombing'), (2, 'i2', '2021-01-01', 'riot');
		INSERT INTO incident_records (rid, record) VALUES (1, '{"id":"i1"}'), (2, '{"id":"i2"}');
		INSERT INTO incident_actor (key, date, id, rid) VALUES ('tehrik i taliban pakistan', '2020-01-01', 'i1', 1),
			('i taliban pakistan', '2020-01-01', 'i1', 1), ('taliban pakistan', '2020-01-01', 'i1', 1), ('pakistan', '2020-01-01', 'i1', 1),
			('al shabaab', '2021-01-01', 'i2', 2), ('shabaab', '2021-01-01', 'i2', 2);`)
	defer s.Close()
	var keys string
	err := s.SQL().QueryRowContext(ctx, `SELECT group_concat(key || ' ' || id, ', ') FROM (SELECT key, id FROM incident_actor ORDER BY key, id)`).Scan(&keys)
	if err != nil {
		t.Fatal(err)
	}
	want := "al i2, al shabaab i2, i i1, i taliban i1, i taliban pakistan i1, pakistan i1, shabaab i2, taliban i1, " +
		"taliban pakistan i1, tehrik i1, tehrik i i1, tehrik i taliban i1, tehrik i taliban pakistan i1"
	if keys != want {
		t.Errorf("keys after 0013:\n%s\nwant\n%s", keys, want)
	}
	for _, actor := range []string{"Taliban", "i-Taliban", "Tehrik", "al", "Shabaab"} {
		p, err := s.Incidents(ctx, store.Filter{Actor: actor})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Incidents) != 1 || p.Total != 1 {
			t.Errorf("actor %q: %d incidents (total %d), want 1", actor, len(p.Incidents), p.Total)
		}
	}
}

// migratedFrom writes a database with the migrations whose names sort
// before upTo, fills it with seed as a store of that age held it, and
// reopens it with Open, which applies the rest: the path every existing
// user's database takes.
func migratedFrom(t *testing.T, upTo, seed string) *sqlstore.DB {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	before := fstest.MapFS{}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if base := filepath.Base(name); base < upTo {
			body, err := migrations.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			before[base] = &fstest.MapFile{Data: body}
		}
	}
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	old, err := sqlstore.New(ctx, db, sqlstore.Dialect{Name: "old", Migrations: before})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, seed); err != nil {
		t.Fatal(err)
	}
	old.Close()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestMigrateActorCells migrates a populated store through 0018, which
// copies every incident's country and type into its incident_actor rows
// and counts them into incident_actor_documents and the counters by key
// and month; see storetest.CheckMigrated0018.
func TestMigrateActorCells(t *testing.T) {
	s := migratedFrom(t, "0018", storetest.Seed0017)
	defer s.Close()
	storetest.CheckMigrated0018(t, s)
}
