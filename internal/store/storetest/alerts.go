package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

// testAlerts covers the watch and delivery tables: queueing is idempotent
// and moves the cursor forward only, a claimed delivery is leased, a
// finished one is never claimed or finished again, and removing a watch
// takes its deliveries.
func testAlerts(t *testing.T, open Opener) {
	ctx := context.Background()
	st := open(t)
	t0 := time.Date(2026, 12, 5, 14, 0, 0, 0, time.UTC)

	w1, err := st.AddWatch(ctx, store.Watch{Name: "Sahel", URL: "http://127.0.0.1:1/hook", Secret: "0123456789abcdef",
		Rule: `{"countries":["ML"]}`, CreatedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	w2, err := st.AddWatch(ctx, store.Watch{Name: "Kabul", URL: "http://127.0.0.1:1/other", Secret: "fedcba9876543210",
		Rule: `{"admin1":["Kabul"]}`, CreatedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	if w1.ID == 0 || w2.ID == w1.ID {
		t.Fatalf("watch ids %d, %d: want distinct, non-zero", w1.ID, w2.ID)
	}
	ws, err := st.Watches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ws) != 2 || ws[0] != w1 || ws[1] != w2 {
		t.Fatalf("Watches = %+v, want [%+v %+v]", ws, w1, w2)
	}
	if err := st.RemoveWatch(ctx, 9999); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("RemoveWatch(9999) = %v, want ErrNotFound", err)
	}

	if c, err := st.AlertCursor(ctx); err != nil || c != 0 {
		t.Fatalf("AlertCursor of a new store = %d, %v; want 0", c, err)
	}
	d := func(watch, seq int64, incident string) store.Delivery {
		return store.Delivery{Watch: watch, Seq: seq, Incident: incident, Event: "match", Kind: "created",
			Revision: 1, Record: `{"id":"` + incident + `"}`, ChangedAt: t0, NextAt: t0}
	}
	n, err := st.Queue(ctx, 5, []store.Delivery{d(w1.ID, 3, "a"), d(w2.ID, 3, "a"), d(w1.ID, 5, "b")})
	if err != nil || n != 3 {
		t.Fatalf("Queue = %d, %v; want 3", n, err)
	}
	// The same changes again (a second dispatcher), and an older cursor.
	n, err = st.Queue(ctx, 4, []store.Delivery{d(w1.ID, 3, "a"), d(w1.ID, 5, "b")})
	if err != nil || n != 0 {
		t.Fatalf("Queue of queued changes = %d, %v; want 0", n, err)
	}
	if c, _ := st.AlertCursor(ctx); c != 5 {
		t.Errorf("AlertCursor after queueing to 5, then 4 = %d, want 5", c)
	}
	// A watch that does not exist (removed meanwhile) gets nothing.
	if n, err := st.Queue(ctx, 6, []store.Delivery{d(9999, 6, "c")}); err != nil || n != 0 {
		t.Errorf("Queue to a missing watch = %d, %v; want 0, nil", n, err)
	}
	ev, err := st.LastEvents(ctx, "a")
	if err != nil || len(ev) != 2 || ev[w1.ID] != "match" {
		t.Errorf("LastEvents(a) = %v, %v; want both watches at match", ev, err)
	}

	// Claims: three due; leased, they are not due again until the lease ends.
	lease := time.Minute
	got, err := st.Claim(ctx, t0, lease, 10)
	if err != nil || len(got) != 3 {
		t.Fatalf("Claim = %d deliveries, %v; want 3", len(got), err)
	}
	if again, _ := st.Claim(ctx, t0.Add(lease/2), lease, 10); len(again) != 0 {
		t.Errorf("Claim within the lease = %d deliveries, want 0", len(again))
	}
	first := got[0]
	if first.Watch != w1.ID || first.Seq != 3 || first.Incident != "a" || first.Record != `{"id":"a"}` || !first.ChangedAt.Equal(t0) {
		t.Errorf("claimed %+v: want watch %d seq 3 incident a with its record", first, w1.ID)
	}
	// One delivered, one retried later, one refused.
	finish := []store.Attempt{
		{Delivery: got[0].ID, Lease: got[0].NextAt, At: t0, Status: store.DeliveryDelivered, Code: 204},
		{Delivery: got[1].ID, Lease: got[1].NextAt, At: t0, Status: store.DeliveryPending, NextAt: t0.Add(time.Hour), Code: 503, Error: "busy"},
		{Delivery: got[2].ID, Lease: got[2].NextAt, At: t0, Status: store.DeliveryFailed, Code: 404, Error: "no such hook"},
	}
	for _, a := range finish {
		if err := st.Finish(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	// Finishing a delivered one again changes nothing.
	if err := st.Finish(ctx, store.Attempt{Delivery: got[0].ID, Lease: got[0].NextAt, At: t0, Status: store.DeliveryFailed, Code: 500}); !errors.Is(err, store.ErrLeaseLost) {
		t.Fatalf("Finish of a delivered delivery = %v, want ErrLeaseLost", err)
	}
	if due, _ := st.Claim(ctx, t0.Add(2*lease), lease, 10); len(due) != 0 {
		t.Errorf("Claim before the retry = %d deliveries, want 0", len(due))
	}
	due, err := st.Claim(ctx, t0.Add(time.Hour), lease, 10)
	if err != nil || len(due) != 1 || due[0].ID != got[1].ID || due[0].Attempts != 1 || due[0].LastCode != 503 || due[0].LastError != "busy" {
		t.Fatalf("Claim at the retry = %+v, %v; want delivery %d after 1 attempt (503 busy)", due, err, got[1].ID)
	}

	all, err := st.Deliveries(ctx, 0, 10)
	if err != nil || len(all) != 3 {
		t.Fatalf("Deliveries(all) = %d, %v; want 3", len(all), err)
	}
	for _, x := range all {
		want := map[int64]string{got[0].ID: store.DeliveryDelivered, got[1].ID: store.DeliveryPending, got[2].ID: store.DeliveryFailed}[x.ID]
		if x.Status != want {
			t.Errorf("delivery %d status %q, want %q", x.ID, x.Status, want)
		}
		if x.ID == got[0].ID && (x.Attempts != 1 || x.LastCode != 204 || !x.DoneAt.Equal(t0)) {
			t.Errorf("delivered %+v: want 1 attempt, 204, done at %v", x, t0)
		}
	}
	if all[0].ID < all[1].ID {
		t.Errorf("Deliveries not newest first: %d before %d", all[0].ID, all[1].ID)
	}
	mine, _ := st.Deliveries(ctx, w2.ID, 10)
	if len(mine) != 1 || mine[0].Watch != w2.ID {
		t.Errorf("Deliveries(watch %d) = %+v, want its one", w2.ID, mine)
	}

	if err := st.RemoveWatch(ctx, w1.ID); err != nil {
		t.Fatal(err)
	}
	if left, _ := st.Deliveries(ctx, 0, 10); len(left) != 1 || left[0].Watch != w2.ID {
		t.Errorf("after removing watch %d, deliveries = %+v; want only watch %d's", w1.ID, left, w2.ID)
	}
	if ws, _ := st.Watches(ctx); len(ws) != 1 || ws[0].ID != w2.ID {
		t.Errorf("after removing watch %d, watches = %+v", w1.ID, ws)
	}
	// The newest watch removed, the next one added gets a new id: a
	// receiver keying on it must never take two watches for one.
	if err := st.RemoveWatch(ctx, w2.ID); err != nil {
		t.Fatal(err)
	}
	w3, err := st.AddWatch(ctx, store.Watch{Name: "Mopti", URL: "http://127.0.0.1:1/third", Secret: "00112233445566778899",
		Rule: w2.Rule})
	if err != nil {
		t.Fatal(err)
	}
	if w3.ID <= w2.ID {
		t.Errorf("a watch added after removing watch %d got id %d: ids must not be given twice", w2.ID, w3.ID)
	}
}

// testFinishLease covers Finish against the lease: only the sender whose
// claim is the latest may record an attempt. A sender whose lease ran
// out while another claimed the delivery must not overwrite the other's
// result, whichever finishes first.
func testFinishLease(t *testing.T, open Opener) {
	ctx := context.Background()
	st := open(t)
	t0 := time.Date(2026, 12, 5, 14, 0, 0, 0, time.UTC)
	const lease = time.Minute
	tests := []struct {
		name string
		// late is the first sender's attempt, finished after a second
		// sender claimed the delivery at t0+2*lease (when second is
		// set) and, if secondFirst, after the second finished.
		second, secondFirst bool
		removeWatch         bool
		wantLate            error
		wantStatus          string
		wantCode            int
	}{
		{name: "holder finishes", wantStatus: store.DeliveryDelivered, wantCode: 204},
		{name: "lease ran out, claimed again, late sender first", second: true, wantLate: store.ErrLeaseLost,
			wantStatus: store.DeliveryFailed, wantCode: 410},
		{name: "lease ran out, claimed again, late sender last", second: true, secondFirst: true, wantLate: store.ErrLeaseLost,
			wantStatus: store.DeliveryFailed, wantCode: 410},
		{name: "lease ran out, nobody claimed", wantStatus: store.DeliveryDelivered, wantCode: 204},
		{name: "watch removed", removeWatch: true, wantLate: store.ErrLeaseLost},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := st.AddWatch(ctx, store.Watch{Name: tt.name, URL: "http://127.0.0.1:1/hook", Secret: "0123456789abcdef",
				Rule: `{"countries":["ML"]}`, CreatedAt: t0})
			if err != nil {
				t.Fatal(err)
			}
			seq := int64(100 + i)
			at := t0.Add(time.Duration(i) * time.Hour) // each case's deliveries due on their own
			if _, err := st.Queue(ctx, seq, []store.Delivery{{Watch: w.ID, Seq: seq, Incident: "x", Event: "match",
				Kind: "created", Revision: 1, Record: `{}`, ChangedAt: at, NextAt: at}}); err != nil {
				t.Fatal(err)
			}
			first, err := st.Claim(ctx, at, lease, 1)
			if err != nil || len(first) != 1 {
				t.Fatalf("first Claim = %+v, %v; want one delivery", first, err)
			}
			late := store.Attempt{Delivery: first[0].ID, Lease: first[0].NextAt, At: at.Add(3 * lease),
				Status: store.DeliveryDelivered, Code: 204}
			var finishSecond func()
			if tt.second {
				second, err := st.Claim(ctx, at.Add(2*lease), lease, 1)
				if err != nil || len(second) != 1 || second[0].ID != first[0].ID {
					t.Fatalf("second Claim after the lease = %+v, %v; want delivery %d", second, err, first[0].ID)
				}
				finishSecond = func() {
					if err := st.Finish(ctx, store.Attempt{Delivery: second[0].ID, Lease: second[0].NextAt, At: at.Add(2 * lease),
						Status: store.DeliveryFailed, Code: 410, Error: "gone"}); err != nil {
						t.Fatalf("Finish by the lease holder = %v", err)
					}
				}
			}
			if tt.removeWatch {
				if err := st.RemoveWatch(ctx, w.ID); err != nil {
					t.Fatal(err)
				}
			}
			if tt.secondFirst {
				finishSecond()
			}
			if err := st.Finish(ctx, late); !errors.Is(err, tt.wantLate) || (tt.wantLate == nil && err != nil) {
				t.Errorf("Finish by the first sender = %v, want %v", err, tt.wantLate)
			}
			if finishSecond != nil && !tt.secondFirst {
				finishSecond()
			}
			ds, err := st.Deliveries(ctx, w.ID, 10)
			if err != nil {
				t.Fatal(err)
			}
			if tt.removeWatch {
				if len(ds) != 0 {
					t.Errorf("deliveries of a removed watch = %+v, want none", ds)
				}
				return
			}
			if len(ds) != 1 || ds[0].Status != tt.wantStatus || ds[0].LastCode != tt.wantCode || ds[0].Attempts != 1 {
				t.Errorf("delivery = %+v; want %s with code %d after 1 attempt", ds, tt.wantStatus, tt.wantCode)
			}
		})
	}
}
