package store

import (
	"errors"
	"time"
)

// ErrGone is wrapped by Changes for a cursor older than the change log
// kept: the entries after it were pruned, so a reader at that cursor must
// read the incidents again and follow from a newer cursor. The server
// answers it with 410.
var ErrGone = errors.New("gone")

// Retention says what Prune may delete. A zero time keeps that kind.
type Retention struct {
	// ChangesBefore: change-log entries written before it. Pruning stops
	// at the alert dispatcher's cursor while any watch exists, so no
	// watch misses a change.
	ChangesBefore time.Time
	// DeliveriesBefore: deliveries delivered or failed before it. The
	// latest delivery of each watch and incident is kept, because it
	// tells the dispatcher whether the watch was last told the incident
	// matches (LastEvents); pending ones are never pruned.
	DeliveriesBefore time.Time
}

// Pruned says what one Prune call deleted.
type Pruned struct {
	Changes    int64 // change-log entries deleted
	Deliveries int64 // deliveries deleted
	// Through is the seq the change log is now pruned through: Changes
	// after a smaller cursor is ErrGone.
	Through int64
	// Held says the alert cursor stopped the pruning of changes older
	// than asked, at Through: the dispatcher is behind, or not running
	// (it runs in serve). (The cursor never falls behind Through: the
	// log is pruned only through changes the dispatcher has matched, or
	// with the cursor moved past them when no watch waits.)
	Held bool
}
