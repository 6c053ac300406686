package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlstore"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// open is openTemp as the shared store tests take it.
func open(t *testing.T) store.Store { return openTemp(t) }

// openTemp opens a new store in the test's temporary directory, closed
// when the test ends.
func openTemp(t *testing.T) *sqlstore.DB {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "sitrep.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestStore(t *testing.T) { storetest.Run(t, open) }

// TestConcurrentWriters runs four ingesters, each with its own connection
// pool, into one fresh file (their migrations racing too), twenty times.
// Several processes are tested by cmd/sitrep's TestIngestConcurrent.
func TestConcurrentWriters(t *testing.T) {
	storetest.RunConcurrent(t, func(t *testing.T) func() (store.Store, error) {
		path := filepath.Join(t.TempDir(), "sitrep.db")
		return func() (store.Store, error) { return Open(context.Background(), path) }
	}, storetest.Reports(4), 20)
}
