package server

import (
	"os"
	"runtime/debug"
)

// MemoryLimit is the soft limit LimitMemory puts on the Go runtime's
// memory. By default the heap grows to twice what is live before it is
// collected, and eight clients reading pages of records at once leave a
// lot of garbage; the limit makes the collector run sooner instead. It
// leaves room under 300 MB for what is not Go's: SQLite's page caches
// (sqlstore.PoolSize connections of 16 MiB at most) and the binary.
const MemoryLimit = 160 << 20

// LimitMemory sets MemoryLimit for a serving process, unless GOMEMLIMIT
// sets one already (the runtime reads it at start).
func LimitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(MemoryLimit)
	}
}
