package server

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// changesPage is the answer of GET /api/changes as a client reads it.
type changesPage struct {
	Changes []struct {
		store.Change
		Record *record.Merged `json:"record"`
	} `json:"changes"`
	Next *string `json:"next"`
}

func TestChanges(t *testing.T) {
	srv, st := newTestServer(t, Options{})
	all, err := st.Changes(context.Background(), 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, total := countIncidents(t, st)
	if len(all) != total {
		t.Fatalf("the fixture's log has %d entries, want one per incident, %d", len(all), total)
	}
	last := strconv.FormatInt(all[len(all)-1].Seq, 10)

	t.Run("pages", func(t *testing.T) {
		for _, limit := range []int{1, 3, 100} {
			var got []store.Change
			for cursor, pages := "", 0; ; pages++ {
				var p changesPage
				decode(t, get(t, fmt.Sprintf("%s/api/changes?since=%s&limit=%d", srv.URL, cursor, limit)), &p)
				if p.Next == nil {
					t.Fatalf("limit %d: page without next", limit)
				}
				if len(p.Changes) > limit {
					t.Fatalf("limit %d: page of %d", limit, len(p.Changes))
				}
				if len(p.Changes) == 0 {
					if *p.Next != last {
						t.Errorf("limit %d: next %q at the end, want the last seq %s", limit, *p.Next, last)
					}
					break
				}
				for _, c := range p.Changes {
					if c.Record != nil {
						t.Errorf("record %s without records=1", c.Incident)
					}
					got = append(got, c.Change)
				}
				cursor = *p.Next
				if pages > len(all) {
					t.Fatalf("limit %d: more pages than entries", limit)
				}
			}
			if !slices.Equal(got, all) {
				t.Errorf("limit %d: pages give %v, want %v", limit, got, all)
			}
		}
	})

	t.Run("records", func(t *testing.T) {
		var p changesPage
		decode(t, get(t, srv.URL+"/api/changes?records=1"), &p)
		if len(p.Changes) != len(all) {
			t.Fatalf("%d entries, want %d", len(p.Changes), len(all))
		}
		for _, c := range p.Changes {
			if c.Kind != store.ChangeCreated || c.Record == nil || c.Record.ID != c.Incident {
				t.Errorf("entry %+v: want created with its record", c)
			}
		}
	})

	t.Run("bad requests", func(t *testing.T) {
		for _, tc := range []struct{ name, query, mentions string }{
			{"cursor not a number", "since=abc", "cursor"},
			{"negative cursor", "since=-1", "cursor"},
			{"leading zero", "since=01", "cursor"},
			{"page cursor", "since=" + store.EncodeCursor("2024-01-01", "x"), "cursor"},
			{"cursor too large", "since=99999999999999999999", "cursor"},
			{"limit zero", "limit=0", "limit"},
			{"limit too large", "limit=1001", "limit"},
			{"records", "records=yes", "records"},
			{"unknown parameter", "cursor=1", "unknown parameter"},
			{"twice", "since=1&since=2", "2 times"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantError(t, get(t, srv.URL+"/api/changes?"+tc.query), http.StatusBadRequest, tc.mentions)
				wantError(t, get(t, srv.URL+"/api/changes/stream?"+tc.query), http.StatusBadRequest, tc.mentions)
			})
		}
		r := do(t, http.MethodGet, srv.URL+"/api/changes/stream", nil, "Last-Event-ID", "yesterday")
		wantError(t, r, http.StatusBadRequest, "cursor")
	})
}

// event is one server-sent event.
type event struct{ id, name, data string }

// events reads server-sent events from a stream until it ends, sending
// each on the channel it returns.
func events(body io.Reader) <-chan event {
	out := make(chan event)
	go func() {
		defer close(out)
		sc := bufio.NewScanner(body)
		var e event
		for sc.Scan() {
			line := sc.Text()
			field, value, _ := strings.Cut(line, ":")
			value = strings.TrimPrefix(value, " ")
			switch field {
			case "":
				if line == "" && e.data != "" {
					out <- e
					e = event{}
				}
			case "id":
				e.id = value
			case "event":
				e.name = value
			case "data":
				e.data += value
			}
		}
	}()
	return out
}

// openStream opens the change stream with a Last-Event-ID header, if
// given; cancel ends it.
func openStream(t *testing.T, ctx context.Context, url, lastEventID string) <-chan event {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if lastEventID != "" {
		req.Header.Set("Last-Event-ID", lastEventID)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Body.Close() })
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("stream: status %d, Content-Type %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	return events(res.Body)
}

// next waits for the next event of a stream; the test's deadline bounds
// the wait, so a stream that sends nothing fails rather than hangs.
func next(t *testing.T, ctx context.Context, es <-chan event) event {
	t.Helper()
	select {
	case e, ok := <-es:
		if !ok {
			t.Fatal("the stream ended")
		}
		return e
	case <-ctx.Done():
		t.Fatal("no event before the deadline")
	}
	return event{}
}

func TestChangeStream(t *testing.T) {
	srv, st := newTestServer(t, Options{Token: testToken, Extract: bombExtract})
	ctx, cancel := context.WithDeadline(context.Background(), testDeadline(t))
	defer cancel()
	all, err := st.Changes(ctx, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	last := strconv.FormatInt(all[len(all)-1].Seq, 10)

	// From the start, the stored entries arrive in order.
	streamCtx, stop := context.WithCancel(ctx)
	es := openStream(t, streamCtx, srv.URL+"/api/changes/stream", "")
	for _, want := range all {
		e := next(t, ctx, es)
		if e.name != "change" || e.id != strconv.FormatInt(want.Seq, 10) || !strings.Contains(e.data, `"incident":"`+want.Incident+`"`) {
			t.Fatalf("event %+v, want change %+v", e, want)
		}
	}
	stop()

	// A stream at the end gets the incident a POST creates, with its
	// record when asked.
	es = openStream(t, ctx, srv.URL+"/api/changes/stream?records=1&since="+last, "")
	r := do(t, http.MethodPost, srv.URL+"/api/documents",
		strings.NewReader(`{"id": "sse-1", "date": "2024-04-02", "title": "Bomb in Quetta", "text": "A bomb exploded in Quetta."}`),
		"Authorization", "Bearer "+testToken)
	if r.status != http.StatusOK {
		t.Fatalf("POST: %d %s", r.status, r.body)
	}
	e := next(t, ctx, es)
	if seq, _ := strconv.ParseInt(e.id, 10, 64); e.name != "change" || seq <= all[len(all)-1].Seq || !strings.Contains(e.data, `"kind":"created"`) ||
		!strings.Contains(e.data, `"record":{`) || !strings.Contains(e.data, "sse-1") {
		t.Fatalf("after a POST: event %+v, want the created incident with its record", e)
	}
	created := e.id

	// An ingest by another writer (here the store directly) arrives by
	// polling; a client reconnecting with Last-Event-ID resumes after it.
	if _, err := st.Ingest(ctx, []store.Extracted{{Doc: &doc.Document{ID: "sse-2", Date: "2024-04-03", Title: "Kabul", Text: "A bomb in Kabul."},
		Incidents: []record.Incident{{Type: record.Bombing, Date: "2024-04-03"}}}}); err != nil {
		t.Fatal(err)
	}
	e2 := next(t, ctx, es)
	if !strings.Contains(e2.data, `"kind":"created"`) {
		t.Fatalf("after a direct ingest: event %+v", e2)
	}
	resumed := openStream(t, ctx, srv.URL+"/api/changes/stream?since=0", created)
	if e := next(t, ctx, resumed); e.id != e2.id {
		t.Errorf("resumed after %s: first event %+v, want id %s", created, e, e2.id)
	}
}

// TestChangeStreamShutdown checks that an open stream does not hold Serve
// past a shutdown: Shutdown waits for requests in flight, and would fail
// after its timeout if the stream did not end.
func TestChangeStreamShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- New(testStore(t), Options{}).Serve(ctx, ln) }()
	es := openStream(t, context.Background(), "http://"+ln.Addr().String()+"/api/changes/stream", "")
	next(t, ctx, es) // the stream is being served
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve with a stream open: %v", err)
	}
	for range es {
	}
}

// headCounter counts the change-log polls of a store and the most made
// at once.
type headCounter struct {
	store.Store
	mu               sync.Mutex
	polls, now, most int
}

func (h *headCounter) ChangeHead(ctx context.Context) (int64, error) {
	h.mu.Lock()
	h.polls++
	h.now++
	h.most = max(h.most, h.now)
	h.mu.Unlock()
	defer func() { h.mu.Lock(); h.now--; h.mu.Unlock() }()
	return h.Store.ChangeHead(ctx)
}

// TestChangeStreamsShared opens as many streams as the server allows:
// one more is refused with 503 and Retry-After; a change written by
// another writer reaches every stream through the one poller, which never
// polls twice at once and stops with the last stream; a stream closed
// makes room for another.
func TestChangeStreamsShared(t *testing.T) {
	const maxStreams = 3
	st := &headCounter{Store: testStore(t)}
	s := New(st, Options{MaxStreams: maxStreams})
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	ctx, cancel := context.WithDeadline(context.Background(), testDeadline(t))
	defer cancel()
	head, err := st.Store.ChangeHead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	url := srv.URL + "/api/changes/stream?since=" + strconv.FormatInt(head, 10)

	var streams []<-chan event
	var stops []context.CancelFunc
	for range maxStreams {
		sctx, stop := context.WithCancel(ctx)
		stops = append(stops, stop)
		streams = append(streams, openStream(t, sctx, url, ""))
	}
	r := get(t, url)
	wantError(t, r, http.StatusServiceUnavailable, "too many change streams")
	if ra, err := strconv.Atoi(r.header.Get("Retry-After")); err != nil || ra <= 0 {
		t.Errorf("Retry-After %q: want a number of seconds", r.header.Get("Retry-After"))
	}
	// Streams are counted, and their time is kept out of the latency
	// histogram.
	m := string(get(t, srv.URL+"/metrics").body)
	for _, want := range []string{
		"sitrep_change_streams 3\n",
		`sitrep_http_requests_total{route="GET /api/changes/stream",status="503"} 1`,
		`sitrep_http_request_duration_seconds_count{route="GET /api/changes/stream"} 0`,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %q:\n%s", want, m)
		}
	}

	if _, err := st.Ingest(ctx, []store.Extracted{{Doc: &doc.Document{ID: "shared-1", Date: "2024-04-03", Title: "Kabul", Text: "A bomb in Kabul."},
		Incidents: []record.Incident{{Type: record.Bombing, Date: "2024-04-03"}}}}); err != nil {
		t.Fatal(err)
	}
	for i, es := range streams {
		if e := next(t, ctx, es); e.name != "change" || e.id != strconv.FormatInt(head+1, 10) {
			t.Errorf("stream %d: event %+v, want change %d", i, e, head+1)
		}
	}

	stops[0]()
	for {
		// The server sees the client gone when its connection closes.
		sctx, stop := context.WithCancel(ctx)
		req, _ := http.NewRequestWithContext(sctx, http.MethodGet, url, nil)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		stop()
		if res.StatusCode == http.StatusOK {
			break
		}
		if res.StatusCode != http.StatusServiceUnavailable || ctx.Err() != nil {
			t.Fatalf("stream after one closed: status %d", res.StatusCode)
		}
		time.Sleep(10 * time.Millisecond) // not a timing: a pause between questions
	}
	for _, stop := range stops {
		stop()
	}
	for {
		s.streams.mu.Lock()
		open, polling := s.streams.open, s.streams.stop != nil
		s.streams.mu.Unlock()
		if open == 0 {
			if polling {
				t.Error("no stream open, and the poller still runs")
			}
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("%d streams still open", open)
		}
		time.Sleep(10 * time.Millisecond) // not a timing: a pause between questions
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.polls == 0 || st.most != 1 {
		t.Errorf("the change log was polled %d times, at most %d at once; want at least once, one at a time", st.polls, st.most)
	}
}

// TestChangesGone checks the answer to a cursor older than the change log
// kept: 410, naming where to read the incidents again and the cursor to
// follow from, for a page and for a stream; a newer cursor reads on.
func TestChangesGone(t *testing.T) {
	srv, st := newTestServer(t, Options{})
	ctx := context.Background()
	head, err := st.ChangeHead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Prune(ctx, store.Retention{ChangesBefore: time.Now().Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	h := strconv.FormatInt(head, 10)
	tests := []struct {
		name   string
		path   string
		header []string
		status int
	}{
		{name: "page from the start", path: "/api/changes", status: http.StatusGone},
		{name: "page from an old cursor", path: "/api/changes?since=1", status: http.StatusGone},
		{name: "page from the head", path: "/api/changes?since=" + h, status: http.StatusOK},
		{name: "stream from the start", path: "/api/changes/stream", status: http.StatusGone},
		{name: "stream resuming from an old event", path: "/api/changes/stream?since=" + h, header: []string{"Last-Event-ID", "1"}, status: http.StatusGone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, http.MethodGet, srv.URL+tt.path, nil, tt.header...)
			if tt.status == http.StatusOK {
				if r.status != http.StatusOK {
					t.Errorf("status %d, want 200: %s", r.status, r.body)
				}
				return
			}
			wantError(t, r, tt.status, "GET /api/incidents, then follow the changes from since="+h)
		})
	}
	ctx, cancel := context.WithDeadline(ctx, testDeadline(t))
	defer cancel()
	es := openStream(t, ctx, srv.URL+"/api/changes/stream?since="+h, "")
	if _, err := st.Ingest(ctx, []store.Extracted{{Doc: &doc.Document{ID: "gone-1", Date: "2024-04-03", Title: "Kabul", Text: "A bomb in Kabul."},
		Incidents: []record.Incident{{Type: record.Bombing, Date: "2024-04-03"}}}}); err != nil {
		t.Fatal(err)
	}
	if e := next(t, ctx, es); e.id != strconv.FormatInt(head+1, 10) {
		t.Errorf("stream from the head after pruning: event %+v, want %d", e, head+1)
	}
}
