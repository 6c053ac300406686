package sqlstore

import (
	"database/sql"
	"runtime"
)

// PoolSize is how many connections a store keeps, for both engines: SQLite
// runs a query on the goroutine that asks, and a PostgreSQL backend is a
// process of its own, so more than two per core only queue while holding
// their memory (a page cache each in SQLite, a server process in
// PostgreSQL). Requests beyond it wait for a free connection.
func PoolSize() int { return min(max(4, 2*runtime.GOMAXPROCS(0)), 16) }

// SizePool caps db at PoolSize connections and keeps them all open:
// database/sql otherwise opens one per concurrent request without limit
// and keeps two idle, so under load the others were closed and reopened,
// each time with a cold cache.
func SizePool(db *sql.DB) {
	n := PoolSize()
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
}
