package postgres

import (
	"context"
	"database/sql"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlstore"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// TestMigrateActorCells migrates a populated store through 0018, which
// copies every incident's country and type into its incident_actor rows
// and counts them into incident_actor_documents and the counters by key
// and month; see storetest.CheckMigrated0018.
func TestMigrateActorCells(t *testing.T) {
	s := migratedFrom(t, "0018", storetest.Seed0017)
	defer s.Close()
	storetest.CheckMigrated0018(t, s)
}

// migratedFrom writes a fresh schema with the migrations whose names sort
// before upTo, fills it with seed as a store of that age held it, and
// reopens it with Open, which applies the rest: the path every existing
// user's database takes.
func migratedFrom(t *testing.T, upTo, seed string) *sqlstore.DB {
	t.Helper()
	ctx := context.Background()
	dsn := freshSchema(t)
	before := fstest.MapFS{}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if base := name[len("migrations/"):]; base < upTo {
			body, err := migrations.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			before[base] = &fstest.MapFile{Data: body}
		}
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	old, err := sqlstore.New(ctx, db, sqlstore.Dialect{Name: "old", Numbered: true, Migrations: before})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, seed); err != nil {
		t.Fatal(err)
	}
	old.Close()
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestMigrateTextPairs migrates a store with documents through 0022,
// which adds the pairs of words of each (documents.pairs): a phrase then
// finds what it found before, through them.
func TestMigrateTextPairs(t *testing.T) {
	s := migratedFrom(t, "0022", `
INSERT INTO documents (id, hash, title, text, ingested_at) VALUES
	('d1', 'h1', 'Attack reported', 'An attack struck Place 2010 on 2010-05-12.', '2021-04-01T00:00:00Z'),
	('d2', 'h2', 'Place', 'By 2010 Place 9 was struck.', '2021-04-01T00:00:00Z');
INSERT INTO incidents (id, date, type, country) VALUES ('i1', '2010-05-12', 'bombing', 'AF'), ('i2', '2010-05-13', 'bombing', 'AF');
INSERT INTO incident_records (rid, record) SELECT rid, '{"id":"' || id || '"}' FROM incidents;
INSERT INTO extractions (id, doc_seq, idx, family, country, date, mergeable, component, incident, record)
	SELECT 'e' || d.id, d.seq, 0, 'attack', 'AF', '2010-05-12', 1, 'i' || substr(d.id, 2), 'i' || substr(d.id, 2), '{}' FROM documents d;
`)
	defer s.Close()
	ctx := context.Background()
	var pairs string
	if err := s.SQL().QueryRowContext(ctx, `SELECT pairs::text FROM documents WHERE id = 'd1'`).Scan(&pairs); err != nil {
		t.Fatal(err)
	}
	if want := `'-05 -12' '2010 -05' 'attack report' 'attack struck' 'place 2010' 'struck place'`; pairs != want {
		t.Errorf("pairs of d1 = %s, want %s", pairs, want)
	}
	for _, tt := range []struct{ text, want string }{
		{`"place 2010"`, "i1"},
		{`place 2010`, "i1 i2"},
		{`"2010 place"`, "i2"},
	} {
		p, err := s.Incidents(ctx, store.Filter{Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, m := range p.Incidents {
			ids = append(ids, m.ID)
		}
		slices.Sort(ids)
		if got := strings.Join(ids, " "); got != tt.want || p.Total != len(ids) {
			t.Errorf("%s: incidents %q (total %d), want %q", tt.text, got, p.Total, tt.want)
		}
	}
}
