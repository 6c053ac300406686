package alert

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlite"
	"github.com/sitrep/sitrep/internal/store/sqlstore"
)

// clock is the senders' time in tests: it moves only when told.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

var t0 = time.Date(2026, 12, 5, 14, 0, 0, 0, time.UTC)

func testStore(t testing.TB) *sqlstore.DB {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "sitrep.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// receiver is a webhook that answers from a script and checks every
// request as a receiver would.
type receiver struct {
	t       *testing.T
	secret  string
	clock   *clock
	mu      sync.Mutex
	answers []int // status per request; the last repeats
	got     []request
	extra   http.Header
	during  func() // called while a request is answered, if set
}

type request struct {
	body     string
	delivery string
	event    string
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := Verify(rc.secret, r.Header.Get(HeaderSignature), r.Header.Get(HeaderTimestamp), body, rc.clock.now()); err != nil {
		rc.t.Errorf("receiver: %v", err)
	}
	if ct := r.Header.Get("Content-Type"); ct != "application/json" || r.Method != http.MethodPost {
		rc.t.Errorf("receiver: %s with Content-Type %q, want a POST of application/json", r.Method, ct)
	}
	if rc.during != nil {
		rc.during()
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.got = append(rc.got, request{string(body), r.Header.Get(HeaderDelivery), r.Header.Get(HeaderEvent)})
	code := rc.answers[min(len(rc.got), len(rc.answers))-1]
	for k, v := range rc.extra {
		w.Header()[k] = v
	}
	w.WriteHeader(code)
	io.WriteString(w, http.StatusText(code))
}

// setup stores a watch on the receiver's URL with one pending delivery
// and returns the sender, driven by the clock.
func setup(t *testing.T, rc *receiver, b Backoff) (*Sender, store.Store, int64) {
	srv := httptest.NewServer(rc)
	t.Cleanup(srv.Close)
	st := testStore(t)
	ctx := context.Background()
	w, err := st.AddWatch(ctx, store.Watch{Name: "Sahel", URL: srv.URL + "/hook", Secret: rc.secret, Rule: `{"countries":["ML"]}`, CreatedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Queue(ctx, 7, []store.Delivery{{Watch: w.ID, Seq: 7, Incident: "inc-1", Event: "match", Kind: "created",
		Revision: 1, Record: `{"id":"inc-1","type":"bombing"}`, ChangedAt: t0, NextAt: t0}}); err != nil {
		t.Fatal(err)
	}
	return &Sender{Store: st, Now: rc.clock.now, Rand: func() float64 { return 0.5 }, Backoff: b}, st, w.ID
}

// send runs one Send and checks how many deliveries it tried.
func send(t *testing.T, s *Sender, want int) {
	t.Helper()
	n, err := s.Send(context.Background())
	if err != nil || n != want {
		t.Fatalf("Send at %s = %d, %v; want %d tried", s.Now().Format(time.TimeOnly), n, err, want)
	}
}

func only(t *testing.T, st store.Store) store.Delivery {
	t.Helper()
	ds, err := st.Deliveries(context.Background(), 0, 10)
	if err != nil || len(ds) != 1 {
		t.Fatalf("Deliveries = %d, %v; want 1", len(ds), err)
	}
	return ds[0]
}

// TestSendLeaseLost: a sender whose attempt outlasted its lease, while a
// second sender claimed the delivery and recorded its own result, drops
// its result and goes on; the second's stays.
func TestSendLeaseLost(t *testing.T) {
	c := &clock{t0}
	rc := &receiver{t: t, secret: "0123456789abcdef", clock: c, answers: []int{204}}
	s, st, _ := setup(t, rc, DefaultBackoff)
	rc.during = func() {
		rc.during = nil
		c.t = t0.Add(lease + time.Second)
		ds, err := st.Claim(context.Background(), c.t, lease, 10)
		if err != nil || len(ds) != 1 {
			t.Errorf("second sender's Claim = %+v, %v; want the delivery", ds, err)
			return
		}
		if err := st.Finish(context.Background(), store.Attempt{Delivery: ds[0].ID, Lease: ds[0].NextAt, At: c.t,
			Status: store.DeliveryFailed, Code: 410, Error: "gone"}); err != nil {
			t.Errorf("second sender's Finish = %v", err)
		}
	}
	send(t, s, 0) // the attempt was made, but its result is not this sender's to record
	if d := only(t, st); d.Status != store.DeliveryFailed || d.LastCode != 410 || d.Attempts != 1 {
		t.Errorf("delivery = %+v; want the second sender's result (failed, 410, 1 attempt)", d)
	}
}

func TestSendRetriesUntilDelivered(t *testing.T) {
	c := &clock{t0}
	rc := &receiver{t: t, secret: "0123456789abcdef", clock: c, answers: []int{503, 500, 204}}
	s, st, _ := setup(t, rc, DefaultBackoff)

	send(t, s, 1) // 503
	d := only(t, st)
	// First wait: 30 s, jittered at 0.5 into its upper half.
	if wantNext := t0.Add(22500 * time.Millisecond); d.Status != store.DeliveryPending || d.Attempts != 1 || !d.NextAt.Equal(wantNext) || d.LastCode != 503 {
		t.Fatalf("after a 503: %+v; want pending, 1 attempt, next at %s", d, wantNext)
	}
	send(t, s, 0) // not due yet
	c.t = d.NextAt
	send(t, s, 1) // 500
	d = only(t, st)
	if wantNext := c.t.Add(45 * time.Second); !d.NextAt.Equal(wantNext) || d.Attempts != 2 {
		t.Fatalf("after a 500: %+v; want 2 attempts, next at %s (60 s jittered)", d, wantNext)
	}
	c.t = d.NextAt
	send(t, s, 1) // 204
	c.t = c.t.Add(24 * time.Hour)
	send(t, s, 0) // never again

	d = only(t, st)
	if d.Status != store.DeliveryDelivered || d.Attempts != 3 || d.LastCode != 204 || d.LastError != "" {
		t.Errorf("delivered: %+v; want delivered after 3 attempts, 204", d)
	}
	if len(rc.got) != 3 {
		t.Fatalf("receiver got %d requests, want 3", len(rc.got))
	}
	for i, r := range rc.got {
		if r.body != rc.got[0].body || r.delivery != strconv.FormatInt(d.ID, 10) || r.event != "match" {
			t.Errorf("request %d: delivery %q, event %q, body %s; want the same delivery %d every time", i, r.delivery, r.event, r.body, d.ID)
		}
	}
	want := `{"delivery":` + strconv.FormatInt(d.ID, 10) + `,"event":"match","watch":{"id":1,"name":"Sahel"},` +
		`"change":{"seq":7,"kind":"created","revision":1,"at":"2026-12-05T14:00:00Z"},"incident_id":"inc-1",` +
		`"incident":{"id":"inc-1","type":"bombing"}}`
	if rc.got[0].body != want {
		t.Errorf("body:\n got %s\nwant %s", rc.got[0].body, want)
	}
}

func TestSendStops(t *testing.T) {
	tests := []struct {
		name     string
		answers  []int
		extra    http.Header
		backoff  Backoff
		sends    int // Sends that try it
		status   string
		attempts int
		code     int
	}{
		{"permanent 404", []int{404}, nil, DefaultBackoff, 1, store.DeliveryFailed, 1, 404},
		{"rejected signature", []int{401}, nil, DefaultBackoff, 1, store.DeliveryFailed, 1, 401},
		{"redirect not followed", []int{302}, http.Header{"Location": {"/elsewhere"}}, DefaultBackoff, 1, store.DeliveryFailed, 1, 302},
		{"out of attempts", []int{500}, nil, Backoff{First: time.Second, Max: time.Minute, Attempts: 3}, 3, store.DeliveryFailed, 3, 500},
		{"429 then success", []int{429, 200}, nil, DefaultBackoff, 2, store.DeliveryDelivered, 2, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &clock{t0}
			rc := &receiver{t: t, secret: "0123456789abcdef", clock: c, answers: tt.answers, extra: tt.extra}
			s, st, _ := setup(t, rc, tt.backoff)
			for range tt.sends {
				send(t, s, 1)
				c.t = c.t.Add(48 * time.Hour)
			}
			send(t, s, 0)
			d := only(t, st)
			if d.Status != tt.status || d.Attempts != tt.attempts || d.LastCode != tt.code {
				t.Errorf("%+v: want %s after %d attempts, last %d", d, tt.status, tt.attempts, tt.code)
			}
			if len(rc.got) != tt.attempts {
				t.Errorf("receiver got %d requests, want %d", len(rc.got), tt.attempts)
			}
		})
	}
}

// TestSendRetryAfter honours a receiver's Retry-After when it asks for
// more than the backoff would wait.
func TestSendRetryAfter(t *testing.T) {
	c := &clock{t0}
	rc := &receiver{t: t, secret: "0123456789abcdef", clock: c, answers: []int{429}, extra: http.Header{"Retry-After": {"600"}}}
	s, st, _ := setup(t, rc, DefaultBackoff)
	send(t, s, 1)
	if d := only(t, st); !d.NextAt.Equal(t0.Add(10 * time.Minute)) {
		t.Errorf("next try at %s, want %s", d.NextAt, t0.Add(10*time.Minute))
	}
}

// TestSendUnreachable retries a webhook that does not answer at all.
func TestSendUnreachable(t *testing.T) {
	c := &clock{t0}
	rc := &receiver{t: t, secret: "0123456789abcdef", clock: c, answers: []int{200}}
	s, st, id := setup(t, rc, DefaultBackoff)
	// Point the watch at a closed port: a fresh listener, closed.
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	ctx := context.Background()
	st.RemoveWatch(ctx, id)
	w, _ := st.AddWatch(ctx, store.Watch{Name: "gone", URL: url, Secret: rc.secret, Rule: `{}`})
	st.Queue(ctx, 8, []store.Delivery{{Watch: w.ID, Seq: 8, Incident: "inc-1", Event: "match", Kind: "created", NextAt: t0, ChangedAt: t0}})
	send(t, s, 1)
	d := only(t, st)
	if d.Status != store.DeliveryPending || d.LastCode != 0 || d.LastError == "" {
		t.Errorf("%+v: want pending with the connection error", d)
	}
}

func TestBackoffWait(t *testing.T) {
	b := Backoff{First: 30 * time.Second, Max: time.Hour, Attempts: 10}
	tests := []struct {
		n      int
		jitter float64
		want   time.Duration
	}{
		{1, 0, 15 * time.Second},
		{1, 0.999, 29985 * time.Millisecond},
		{2, 0, 30 * time.Second},
		{3, 0.5, 90 * time.Second},
		{7, 0, 16 * time.Minute},
		{8, 0, 30 * time.Minute}, // 64 min capped at an hour, halved
		{40, 0, 30 * time.Minute},
	}
	for _, tt := range tests {
		if got := b.Wait(tt.n, tt.jitter); got != tt.want {
			t.Errorf("Wait(%d, %g) = %s, want %s", tt.n, tt.jitter, got, tt.want)
		}
	}
}

// TestSendSurvivesRestart stops a sender mid-attempt (its claim made, no
// outcome recorded) and starts another on the reopened database: the
// delivery waits out the lease, is sent once, and after a further restart
// is never sent again.
func TestSendSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	c := &clock{t0}
	rc := &receiver{t: t, secret: "0123456789abcdef", clock: c, answers: []int{204}}
	srv := httptest.NewServer(rc)
	defer srv.Close()
	path := filepath.Join(t.TempDir(), "sitrep.db")
	reopen := func() *sqlstore.DB {
		st, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	st := reopen()
	w, err := st.AddWatch(ctx, store.Watch{Name: "w", URL: srv.URL, Secret: rc.secret, Rule: `{}`, CreatedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Queue(ctx, 1, []store.Delivery{{Watch: w.ID, Seq: 1, Incident: "a", Event: "match", Kind: "created", ChangedAt: t0, NextAt: t0}}); err != nil {
		t.Fatal(err)
	}
	// The first sender claims it and dies before recording anything.
	if ds, err := st.Claim(ctx, t0, lease, 10); err != nil || len(ds) != 1 {
		t.Fatalf("Claim = %d, %v", len(ds), err)
	}
	st.Close()

	st = reopen()
	s := &Sender{Store: st, Now: c.now, Rand: func() float64 { return 0 }}
	send(t, s, 0) // still leased to the dead sender
	c.t = t0.Add(lease)
	send(t, s, 1)
	st.Close()

	st = reopen()
	s = &Sender{Store: st, Now: c.now}
	c.t = c.t.Add(48 * time.Hour)
	send(t, s, 0)
	if d := only(t, st); d.Status != store.DeliveryDelivered || d.Attempts != 1 || len(rc.got) != 1 {
		t.Errorf("%+v, receiver got %d: want delivered once", d, len(rc.got))
	}
}

// TestPostErrorHidesURL checks that a failed POST says why without the
// webhook's URL: a chat service's hook URL is its own credential, and the
// error is logged and kept as the delivery's last_error, which the API
// and `alerts list` show.
func TestPostErrorHidesURL(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing answers: the connection is refused
	tests := []struct {
		name string
		url  string
	}{
		{"refused", "http://" + addr + "/hooks/T0KEN-in-path?key=s3cret"},
		{"credentials", "http://user:pa55word@" + addr + "/hooks/T0KEN-in-path"},
	}
	for _, tt := range tests {
		w := store.Watch{ID: 1, URL: tt.url, Secret: "0123456789abcdef"}
		_, _, err := Post(context.Background(), NewClient(), w, 1, "match", []byte(`{}`), t0)
		if err == nil {
			t.Fatalf("%s: Post to a closed port succeeded", tt.name)
		}
		for _, secret := range []string{"T0KEN", "s3cret", "pa55word"} {
			if strings.Contains(err.Error(), secret) {
				t.Errorf("%s: Post error %q shows the URL's %q", tt.name, err, secret)
			}
		}
	}
}

// leaseSpy remembers until when each delivery was claimed.
type leaseSpy struct {
	store.Alerts
	mu     sync.Mutex
	leases map[int64]time.Time
}

func (l *leaseSpy) Claim(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]store.Delivery, error) {
	ds, err := l.Alerts.Claim(ctx, now, lease, limit)
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, d := range ds {
		l.leases[d.ID] = d.NextAt
	}
	return ds, err
}

// TestSendKeepsToLease checks that a sender whose receiver is slow does
// not start an attempt its lease may not cover: a batch is claimed at
// once, and a delivery tried after its lease ended may be tried by
// another sender too (serve and alerts run may share a database).
func TestSendKeepsToLease(t *testing.T) {
	var mu sync.Mutex
	now := t0
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	st := testStore(t)
	spy := &leaseSpy{Alerts: st, leases: map[int64]time.Time{}}
	got := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, _ := strconv.ParseInt(r.Header.Get(HeaderDelivery), 10, 64)
		spy.mu.Lock()
		until := spy.leases[id]
		spy.mu.Unlock()
		mu.Lock()
		if now.Add(Timeout).After(until) {
			t.Errorf("delivery %d tried at %s, under a lease until %s: it may outlast it", id, now.Format(time.TimeOnly), until.Format(time.TimeOnly))
		}
		now = now.Add(Timeout) // a receiver that takes all the time it has
		got[r.Header.Get(HeaderDelivery)]++
		mu.Unlock()
	}))
	defer srv.Close()
	ctx := context.Background()
	w, err := st.AddWatch(ctx, store.Watch{Name: "slow", URL: srv.URL, Secret: "0123456789abcdef", Rule: `{}`, CreatedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	var ds []store.Delivery
	for seq := int64(1); seq <= 4; seq++ {
		ds = append(ds, store.Delivery{Watch: w.ID, Seq: seq, Incident: "inc-" + strconv.FormatInt(seq, 10), Event: "match",
			Kind: "created", Revision: 1, Record: `{}`, ChangedAt: t0, NextAt: t0})
	}
	if _, err := st.Queue(ctx, 4, ds); err != nil {
		t.Fatal(err)
	}
	s := &Sender{Store: spy, Now: clock, Rand: func() float64 { return 0.5 }}
	for range 20 {
		if _, err := s.Send(ctx); err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		now = now.Add(time.Second)
		mu.Unlock()
	}
	if len(got) != 4 {
		t.Errorf("receiver got deliveries %v, want 4 once each", got)
	}
	for id, n := range got {
		if n != 1 {
			t.Errorf("delivery %s sent %d times", id, n)
		}
	}
}
