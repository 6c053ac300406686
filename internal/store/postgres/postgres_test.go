package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// serverDSN names the server PostgreSQL tests use: .ci/postgres starts a
// throw-away one and prints it.
func serverDSN(t testing.TB) string {
	dsn := os.Getenv("SITREP_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("SITREP_TEST_POSTGRES is not set: start a server with `export SITREP_TEST_POSTGRES=$(.ci/postgres)` to run the PostgreSQL tests")
	}
	return dsn
}

var schemas atomic.Int64

// open returns a store in a fresh schema of the test server, dropped when
// the test ends, so tests never see each other's rows.
func open(t *testing.T) store.Store {
	t.Helper()
	s, err := Open(context.Background(), freshSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestStore(t *testing.T) {
	serverDSN(t)
	storetest.Run(t, open)
}

// TestSanitize covers what PostgreSQL refuses to store.
func TestSanitize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Kabul", "Kabul"},
		{"nul keeps offsets", "a\x00b", "a b"},
		{"invalid utf-8", "a\xffb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		if got := sanitize(tt.in); got != tt.want {
			t.Errorf("%s: sanitize(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// freshSchema creates an empty schema, dropped when the test ends, and
// returns a DSN whose connections use it.
func freshSchema(t *testing.T) string {
	t.Helper()
	dsn := serverDSN(t)
	schema := fmt.Sprintf("sitrep_test_%d_%d", time.Now().UnixNano(), schemas.Add(1))
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	ctx := context.Background()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE") })
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// TestConcurrentWriters runs four ingesters, each with its own connection
// pool as four processes would have, into fresh schemas (their
// migrations racing too), twenty times.
func TestConcurrentWriters(t *testing.T) {
	serverDSN(t)
	storetest.RunConcurrent(t, func(t *testing.T) func() (store.Store, error) {
		dsn := freshSchema(t)
		return func() (store.Store, error) { return Open(context.Background(), dsn) }
	}, storetest.Reports(4), 20)
}

// TestBenchFill: the benchmarks' fast fill of a PostgreSQL store
// (storetest.CachedPostgres) stores what PutIncidents and the triggers
// do.
func TestBenchFill(t *testing.T) {
	storetest.CheckPostgresFill(t, serverDSN(t), 3000, Open)
}
