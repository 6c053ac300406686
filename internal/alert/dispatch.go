package alert

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// page is how many changes one step of Poll reads.
const page = 500

// Dispatcher reads the store's change log from the alert cursor, matches
// every new or changed incident against the watches and queues a
// delivery for each match. The cursor moves in the transaction that
// queues, so a change is matched once, whatever stops the process.
type Dispatcher struct {
	Store store.Store
	Now   func() time.Time // nil: time.Now
	Log   *slog.Logger     // nil: discard
}

// watch is a stored watch with its compiled rule.
type watch struct {
	store.Watch
	m *Matcher
}

// Poll queues the deliveries of every change logged since the last Poll
// and returns how many it queued.
func (d *Dispatcher) Poll(ctx context.Context) (int, error) {
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	queued := 0
	for {
		cursor, err := d.Store.AlertCursor(ctx)
		if err != nil {
			return queued, err
		}
		changes, err := d.Store.Changes(ctx, cursor, page)
		if err != nil || len(changes) == 0 {
			return queued, err
		}
		ws, err := d.watches(ctx)
		if err != nil {
			return queued, err
		}
		incs, err := d.incidents(ctx, ws, changes)
		if err != nil {
			return queued, err
		}
		var ds []store.Delivery
		for i, c := range changes {
			if later(changes[i+1:], c.Incident) {
				continue // a later change of the page tells the incident as it is now
			}
			cds, err := d.match(ctx, ws, c, incs[c.Incident])
			if err != nil {
				return queued, fmt.Errorf("alerts: change %d of %s: %w", c.Seq, c.Incident, err)
			}
			ds = append(ds, cds...)
		}
		n, err := d.Store.Queue(ctx, changes[len(changes)-1].Seq, ds)
		if err != nil {
			return queued, err
		}
		queued += n
	}
}

// later reports whether the incident changes again in cs.
func later(cs []store.Change, incident string) bool {
	for _, c := range cs {
		if c.Incident == incident {
			return true
		}
	}
	return false
}

// incidents loads, in one query, the incidents that match reads for a page
// of changes: those created or updated and not changed again later in
// the page. With no watch, nothing is read.
func (d *Dispatcher) incidents(ctx context.Context, ws []watch, changes []store.Change) (map[string]*record.Merged, error) {
	if len(ws) == 0 {
		return nil, nil
	}
	var ids []string
	for i, c := range changes {
		if c.Kind != store.ChangeRemoved && !later(changes[i+1:], c.Incident) {
			ids = append(ids, c.Incident)
		}
	}
	return d.Store.IncidentsByID(ctx, ids)
}

// watches loads and compiles the watches. A rule that no longer compiles
// (stored by a version that accepted more) is logged and skipped rather
// than stopping every other watch.
func (d *Dispatcher) watches(ctx context.Context) ([]watch, error) {
	stored, err := d.Store.Watches(ctx)
	if err != nil {
		return nil, err
	}
	var ws []watch
	for _, w := range stored {
		var r Rule
		if err := json.Unmarshal([]byte(w.Rule), &r); err != nil {
			d.Log.Error("alerts: watch rule unreadable; skipped", "watch", w.ID, "err", err)
			continue
		}
		m, err := r.Compile()
		if err != nil {
			d.Log.Error("alerts: watch rule invalid; skipped", "watch", w.ID, "err", err)
			continue
		}
		ws = append(ws, watch{w, m})
	}
	return ws, nil
}

// match returns the deliveries one change makes: a match for every watch
// the incident now matches, and an unmatch for every watch last told it
// matched that it no longer does (it changed, or was removed). A watch
// hears only of changes made after it was added. inc is the incident as
// stored under the change's id now, nil if none is.
func (d *Dispatcher) match(ctx context.Context, ws []watch, c store.Change, inc *record.Merged) ([]store.Delivery, error) {
	at, err := time.Parse(time.RFC3339, c.At)
	if err != nil {
		return nil, fmt.Errorf("change time %q: %w", c.At, err)
	}
	var eligible []watch
	for _, w := range ws {
		if !at.Before(w.CreatedAt.Truncate(time.Second)) {
			eligible = append(eligible, w)
		}
	}
	if len(eligible) == 0 {
		return nil, nil
	}
	var raw []byte
	if c.Kind == store.ChangeRemoved {
		inc = nil
	} else {
		if inc == nil {
			// Removed since, or merged into another incident: that
			// is a later change (removed) of this id.
			return nil, nil
		}
		if raw, err = json.Marshal(inc); err != nil {
			return nil, err
		}
	}
	var last map[int64]string
	var ds []store.Delivery
	for _, w := range eligible {
		ev := "match"
		if inc == nil || !w.m.Match(inc) {
			if last == nil {
				if last, err = d.Store.LastEvents(ctx, c.Incident); err != nil {
					return nil, err
				}
			}
			if last[w.ID] != "match" {
				continue
			}
			ev = "unmatch"
		}
		ds = append(ds, store.Delivery{Watch: w.ID, Seq: c.Seq, Incident: c.Incident, Event: ev, Kind: c.Kind,
			Revision: int64(c.Revision), Record: string(raw), ChangedAt: at, NextAt: d.Now()})
	}
	return ds, nil
}

// Interval is how often Run looks for changes and due deliveries.
const Interval = 2 * time.Second

// Run dispatches and sends until ctx ends, every interval. A failing step
// (the database busy, a receiver down) is logged and tried again next
// time: alerts must not stop the server they run in.
func Run(ctx context.Context, st store.Store, interval time.Duration, log *slog.Logger) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	d := &Dispatcher{Store: st, Log: log}
	s := &Sender{Store: st, Log: log}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if _, err := d.Poll(ctx); err != nil && ctx.Err() == nil {
			log.Error("alerts: matching changes", "err", err)
		}
		if _, err := s.Send(ctx); err != nil && ctx.Err() == nil {
			log.Error("alerts: sending deliveries", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
