package storetest

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// testPrune covers retention of the change log: nothing younger than asked
// goes; a watch's cursor holds pruning back; a cursor older than the log
// kept is ErrGone while the head and newer cursors read on; an incident's
// revision count survives its entries being pruned.
func testPrune(t *testing.T, open Opener) {
	ctx := context.Background()
	future := time.Now().Add(time.Hour) // every entry written so far is older
	tests := []struct {
		name     string
		watch    bool  // a watch exists
		cursor   int64 // the dispatcher's cursor, as a share of the head: 0 none, 1 all
		before   time.Time
		wantAll  bool // everything through the head pruned
		wantHeld bool
	}{
		{name: "nothing old enough", before: time.Now().Add(-time.Hour)},
		{name: "all old, no watch", before: future, wantAll: true},
		{name: "all old, a watch behind", watch: true, before: future, wantHeld: true},
		{name: "all old, a watch up to date", watch: true, cursor: 1, before: future, wantAll: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			ingest(t, s, Corpus())
			kabul := find(t, s, "k1+k2")
			review(t, s, store.Action{Incident: kabul.ID, Action: store.ActionStatus, Status: record.Rejected, User: "bo", Why: "test"})
			head, err := s.ChangeHead(ctx)
			if err != nil {
				t.Fatal(err)
			}
			all, err := s.Changes(ctx, 0, 0)
			if err != nil {
				t.Fatal(err)
			}
			var removedAt int // the revision of the rejected incident's removal
			for _, c := range all {
				if c.Incident == kabul.ID {
					removedAt = c.Revision
				}
			}
			if tt.watch {
				if _, err := s.AddWatch(ctx, store.Watch{Name: "w", URL: "http://127.0.0.1:1/", Secret: "0123456789abcdef", Rule: `{}`}); err != nil {
					t.Fatal(err)
				}
			}
			if tt.cursor > 0 {
				if _, err := s.Queue(ctx, head, nil); err != nil {
					t.Fatal(err)
				}
			}
			p, err := s.Prune(ctx, store.Retention{ChangesBefore: tt.before})
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantAll != (p.Through == head) || tt.wantAll != (p.Changes > 0) || tt.wantHeld != p.Held {
				t.Fatalf("Prune = %+v with head %d; want all pruned %v, held %v", p, head, tt.wantAll, tt.wantHeld)
			}
			if got, err := s.ChangeHead(ctx); err != nil || got != head {
				t.Errorf("ChangeHead after pruning = %d, %v; want %d", got, err, head)
			}
			cs, err := s.Changes(ctx, 0, 0)
			if tt.wantAll {
				if !errors.Is(err, store.ErrGone) {
					t.Errorf("Changes from 0 after pruning through %d = %d entries, %v; want ErrGone", p.Through, len(cs), err)
				}
				if cs, err := s.Changes(ctx, head, 0); err != nil || len(cs) != 0 {
					t.Errorf("Changes from the head = %v, %v; want none, no error", cs, err)
				}
				if c, _ := s.AlertCursor(ctx); c < p.Through {
					t.Errorf("alert cursor %d below the pruned log (%d): the dispatcher would ask for what is gone", c, p.Through)
				}
			} else if err != nil || int64(len(cs)) == 0 || cs[len(cs)-1].Seq != head {
				t.Errorf("Changes from 0 with nothing pruned = %d entries, %v; want all to %d", len(cs), err, head)
			}
			// Again: nothing more to do.
			if again, err := s.Prune(ctx, store.Retention{ChangesBefore: tt.before}); err != nil || again.Changes != 0 || again.Through != p.Through {
				t.Errorf("Prune again = %+v, %v; want nothing more, through %d", again, err, p.Through)
			}
			// The rejected incident comes back: its revision continues
			// from its removal, pruned or not.
			review(t, s, store.Action{Incident: kabul.ID, Action: store.ActionStatus, Status: record.Confirmed, User: "bo"})
			cs, err = s.Changes(ctx, head, 0)
			if err != nil || len(cs) != 1 || cs[0].Kind != store.ChangeCreated || cs[0].Revision != removedAt+1 {
				t.Errorf("changes after the rejected incident is confirmed = %+v, %v; want created at revision %d", cs, err, removedAt+1)
			}
			// Pruning the log, a rejection and its undoing leave the
			// kept counts equal to a recount.
			CheckCounts(t, s)
		})
	}
}

// testPruneDeliveries covers retention of deliveries: finished ones done
// before the cut go, except the latest of each watch and incident (what
// LastEvents answers from) and any pending one.
func testPruneDeliveries(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	t0 := time.Date(2026, 12, 5, 14, 0, 0, 0, time.UTC)
	w, err := s.AddWatch(ctx, store.Watch{Name: "w", URL: "http://127.0.0.1:1/", Secret: "0123456789abcdef", Rule: `{}`, CreatedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	d := func(seq int64, incident, event string) store.Delivery {
		return store.Delivery{Watch: w.ID, Seq: seq, Incident: incident, Event: event, Kind: "updated", Revision: seq,
			Record: `{}`, ChangedAt: t0, NextAt: t0}
	}
	// a: match then unmatch, both finished; b: one match, finished;
	// c: match finished, then one still pending.
	if _, err := s.Queue(ctx, 5, []store.Delivery{d(1, "a", "match"), d(2, "a", "unmatch"), d(3, "b", "match"), d(4, "c", "match")}); err != nil {
		t.Fatal(err)
	}
	claimed, err := s.Claim(ctx, t0, time.Minute, 10)
	if err != nil || len(claimed) != 4 {
		t.Fatalf("Claim = %d, %v; want 4", len(claimed), err)
	}
	for _, c := range claimed {
		if err := s.Finish(ctx, store.Attempt{Delivery: c.ID, Lease: c.NextAt, At: t0, Status: store.DeliveryDelivered, Code: 204}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Queue(ctx, 6, []store.Delivery{d(6, "c", "unmatch")}); err != nil {
		t.Fatal(err)
	}
	before := map[string]map[int64]string{}
	for _, inc := range []string{"a", "b", "c"} {
		if before[inc], err = s.LastEvents(ctx, inc); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name   string
		before time.Time
		want   int64  // deleted
		left   string // seqs left, newest first
	}{
		{name: "none done before", before: t0, want: 0, left: "6 4 3 2 1"},
		{name: "all done before", before: t0.Add(time.Hour), want: 2, left: "6 3 2"},
		{name: "again", before: t0.Add(time.Hour), want: 0, left: "6 3 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.Prune(ctx, store.Retention{DeliveriesBefore: tt.before})
			if err != nil || p.Deliveries != tt.want || p.Changes != 0 {
				t.Fatalf("Prune = %+v, %v; want %d deliveries and no change entries", p, err, tt.want)
			}
			ds, err := s.Deliveries(ctx, 0, 10)
			if err != nil {
				t.Fatal(err)
			}
			var left []string
			for _, x := range ds {
				left = append(left, fmt.Sprint(x.Seq))
			}
			if got := strings.Join(left, " "); got != tt.left {
				t.Errorf("deliveries left (seq) = %s, want %s", got, tt.left)
			}
			for inc, want := range before {
				if got, _ := s.LastEvents(ctx, inc); !maps.Equal(got, want) {
					t.Errorf("LastEvents(%s) = %v after pruning, want %v", inc, got, want)
				}
			}
		})
	}
}
