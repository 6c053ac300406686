package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlstore"
)

// TestMigrateActorKeys opens a database written before incident_actor
// existed and checks that migration 0003 filed its incidents under their
// actor keys, 0004 dropped the names they were filed from, and 0009 put
// them in the change log as created.
func TestMigrateActorKeys(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	body, err := migrations.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	old, err := sqlstore.New(ctx, db, sqlstore.Dialect{Name: "old", Migrations: fstest.MapFS{"0001_init.sql": {Data: body}}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.ExecContext(ctx, `
		INSERT INTO incidents (rid, id, date, type) VALUES (1, 'i1', '2020-01-01', 'bombing'), (2, 'i2', '2021-01-01', 'bombing'), (3, 'i3', '', 'riot');
		INSERT INTO incident_records (rid, record) VALUES (1, '{"id":"i1"}'), (2, '{"id":"i2"}'), (3, '{"id":"i3"}');
		INSERT INTO actors (id, name) VALUES (1, 'tehrik-i-taliban pakistan'), (2, 'iraqi security forces'), (3, 'taliban');
		INSERT INTO incident_actors (actor, rid) VALUES (1, 1), (3, 1), (2, 2), (3, 3);`)
	if err != nil {
		t.Fatal(err)
	}
	old.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
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
