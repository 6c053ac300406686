package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/store/sqlstore"
)

// TestPool checks the bounds that keep a busy server's memory flat: a
// capped pool whose connections, once opened, stay open (so none starts
// again with a cold cache), each with a bounded page cache.
func TestPool(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "sitrep.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	db := s.SQL()
	if got := db.Stats().MaxOpenConnections; got != sqlstore.PoolSize() {
		t.Errorf("max open connections = %d, want %d", got, sqlstore.PoolSize())
	}
	// Take every connection at once, as a burst of requests would.
	conns := make([]*sql.Conn, sqlstore.PoolSize())
	for i := range conns {
		if conns[i], err = db.Conn(ctx); err != nil {
			t.Fatal(err)
		}
		var kib int
		if err := conns[i].QueryRowContext(ctx, "PRAGMA cache_size").Scan(&kib); err != nil {
			t.Fatal(err)
		}
		if kib != -cacheKiB {
			t.Errorf("connection %d: cache_size = %d, want %d (KiB)", i, kib, -cacheKiB)
		}
	}
	for _, c := range conns {
		c.Close()
	}
	if st := db.Stats(); st.Idle != sqlstore.PoolSize() || st.MaxIdleClosed != 0 {
		t.Errorf("after the burst: %d idle connections, %d closed for want of room; want %d and 0",
			st.Idle, st.MaxIdleClosed, sqlstore.PoolSize())
	}
}
