package store

import (
	"context"
	"errors"
	"time"
)

// Alerts keeps the watches of package alert and their deliveries. The
// store holds a watch's rule as JSON it does not read: package alert
// gives it meaning.
type Alerts interface {
	// AddWatch stores a new watch and returns it with its ID and
	// CreatedAt set.
	AddWatch(ctx context.Context, w Watch) (Watch, error)
	// Watches lists every watch, oldest first.
	Watches(ctx context.Context) ([]Watch, error)
	// RemoveWatch deletes a watch and its deliveries, pending or not.
	// An unknown id is ErrNotFound.
	RemoveWatch(ctx context.Context, id int64) error
	// AlertCursor is the sequence number of the last change the
	// dispatcher has matched.
	AlertCursor(ctx context.Context) (int64, error)
	// Queue stores new deliveries and moves the cursor to seq, in one
	// transaction, so that a change is matched once whatever fails. A
	// delivery for a watch and change already queued is skipped, and
	// the cursor never moves back. It returns how many it stored.
	Queue(ctx context.Context, seq int64, ds []Delivery) (int, error)
	// LastEvents returns, for each watch that has been sent something
	// about an incident, the event of the latest delivery queued:
	// whether the watch was last told the incident matches.
	LastEvents(ctx context.Context, incident string) (map[int64]string, error)
	// Claim returns up to limit pending deliveries due at now, oldest
	// first, and moves their next try to now+lease, so that a second
	// sender (another process) does not take them while this one tries.
	Claim(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]Delivery, error)
	// Finish records one attempt of a claimed delivery, if the sender
	// still holds its lease: the delivery is pending with the NextAt its
	// claim set. Otherwise (its watch removed, the lease ended and another
	// sender claimed it, or finished it) the delivery is left as it is and
	// Finish returns ErrLeaseLost, so that a sender too slow for its lease
	// never overwrites another's result.
	Finish(ctx context.Context, a Attempt) error
	// Deliveries lists a watch's deliveries, or every watch's for 0,
	// newest first.
	Deliveries(ctx context.Context, watch int64, limit int) ([]Delivery, error)
}

// Watch is a stored watch.
type Watch struct {
	ID        int64
	Name      string
	URL       string
	Secret    string // signs deliveries; never shown after the watch is added
	Rule      string // alert.Rule as JSON
	CreatedAt time.Time
}

// Delivery states.
const (
	DeliveryPending   = "pending"   // to be tried at NextAt
	DeliveryDelivered = "delivered" // the webhook answered 2xx
	DeliveryFailed    = "failed"    // refused (4xx), or out of attempts
)

// Delivery is one change of one incident to be sent to one watch.
type Delivery struct {
	ID       int64
	Watch    int64
	Seq      int64  // the change that queued it
	Incident string // the incident's id
	Event    string // match, or unmatch: an incident the watch was told of no longer matches
	Kind     string // the change: created, updated or removed
	Revision int64  // the incident's revision in the change
	Record   string // the merged record as matched (JSON), "" when removed
	// ChangedAt is when the change was made.
	ChangedAt time.Time
	Status    string
	Attempts  int
	NextAt    time.Time // when pending: the next try
	LastCode  int       // the HTTP status of the last answer, 0 for none
	LastError string
	CreatedAt time.Time
	DoneAt    time.Time // when it stopped being pending
}

// ErrLeaseLost is returned by Finish for a delivery the sender no longer
// holds.
var ErrLeaseLost = errors.New("delivery lease lost")

// Attempt is the outcome of trying a delivery once.
type Attempt struct {
	Delivery int64
	// Lease is the NextAt that Claim gave the delivery: a claim moves
	// NextAt forward, past every earlier lease, so it tells whether
	// another sender has claimed the delivery since.
	Lease  time.Time
	At     time.Time
	Status string    // the delivery's new state
	NextAt time.Time // when Status is DeliveryPending
	Code   int
	Error  string
}
