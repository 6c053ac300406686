package postgres

import (
	"context"
	"database/sql"
	"io/fs"
	"testing"
	"testing/fstest"

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
