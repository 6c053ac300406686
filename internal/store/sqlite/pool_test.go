package sqlite

import (
	"context"
	"database/sql"
	"testing"

	"github.com/sitrep/sitrep/internal/store/sqlstore"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// TestPool checks the bounds that keep a busy server's memory flat: a
// capped pool whose connections, once opened, stay open (so none starts
// again with a cold cache), each with a bounded page cache.
func TestPool(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	db := s.SQL()
	if got := db.Stats().MaxOpenConnections; got != sqlstore.PoolSize() {
		t.Errorf("max open connections = %d, want %d", got, sqlstore.PoolSize())
	}
	// Take every connection at once, as a burst of requests would.
	var err error
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

// TestIngestSetup checks that ingest maps the file into the writing
// connection once, at its first ingest, not at every one: a setting
// changed on the connection afterwards stays.
func TestIngestSetup(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	db := s.SQL()
	db.SetMaxOpenConns(1) // every ingest on the one connection
	mmap := func() int64 {
		var n int64
		if err := db.QueryRowContext(ctx, "PRAGMA mmap_size").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	corpus := storetest.Corpus()
	if _, err := s.Ingest(ctx, corpus[:1]); err != nil {
		t.Fatal(err)
	}
	if got, want := mmap(), int64(2147418112); got != want {
		t.Fatalf("mmap_size after the first ingest = %d, want %d", got, want)
	}
	if _, err := db.ExecContext(ctx, "PRAGMA mmap_size = 0"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Ingest(ctx, corpus[1:2]); err != nil {
		t.Fatal(err)
	}
	if got := mmap(); got != 0 {
		t.Errorf("mmap_size after the second ingest = %d, want 0: the setup ran again", got)
	}
}
