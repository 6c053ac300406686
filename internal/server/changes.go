package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// The change feed: GET /api/changes pages through the store's change log
// from a cursor, and GET /api/changes/stream sends the same entries as
// server-sent events as they are written. A cursor is the seq of the last
// entry a client has seen, in decimal: the "next" of a page, the id of an
// event, which a browser's EventSource sends back as Last-Event-ID when it
// reconnects.

// Timing of the event stream. The store is polled because other processes
// (`sitrep ingest`, `sitrep watch`) write it too, by one poller per server
// (streamHub) however many streams are open; a POST to this server wakes
// its streams at once.
const (
	streamPoll      = time.Second
	streamHeartbeat = 15 * time.Second // a comment line, so proxies and clients see the connection alive
	streamRetry     = 2 * time.Second  // what EventSource waits before reconnecting
	streamBatch     = 100              // entries read per poll; a backlog is sent batch after batch
	// streamRetryAfter is what a client refused for too many streams is
	// told to wait.
	streamRetryAfter = 30 * time.Second
)

// streamRoute is the change stream's pattern: its requests last as long
// as their clients stay, so metrics count them but do not time them.
const streamRoute = "GET /api/changes/stream"

// DefaultMaxStreams bounds the change streams open at once: each holds a
// connection and a goroutine, and a client that opens them in a loop
// must not exhaust the server's file descriptors.
const DefaultMaxStreams = 256

// changeParams are the query parameters of the change feed.
var changeParams = []string{"since", "limit", "records"}

// changesBody is the answer of GET /api/changes. Next is always set: the
// seq of the last entry, or the cursor asked with when nothing is newer,
// so that a client polls with it until something is.
type changesBody struct {
	Changes []changeEntry `json:"changes"`
	Next    string        `json:"next"`
}

// changeEntry is a change, with the incident's current record when asked
// (records=1) for a created or updated incident still stored. The record
// is the current one: a later entry says when it is newer than this one.
type changeEntry struct {
	store.Change
	Record *record.Merged `json:"record,omitempty"`
}

// changeQuery is a parsed change-feed request.
type changeQuery struct {
	since   int64
	limit   int
	records bool
}

func parseChangeQuery(raw string, lastEventID string) (changeQuery, error) {
	cq := changeQuery{limit: DefaultLimit}
	q, err := url.ParseQuery(raw)
	if err != nil {
		return cq, badRequest("query string: %v", err)
	}
	for name, vs := range q {
		if !slices.Contains(changeParams, name) {
			return cq, badRequest("unknown parameter %q", name)
		}
		if len(vs) > 1 {
			return cq, badRequest("parameter %q given %d times", name, len(vs))
		}
	}
	cursor := q.Get("since")
	if lastEventID != "" {
		// A reconnecting EventSource resumes where it was, whatever
		// the URL it was first opened with says.
		cursor = lastEventID
	}
	if cq.since, err = store.ParseChangeCursor(cursor); err != nil {
		return cq, err
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > MaxLimit {
			return cq, badRequest("limit %q: want a number from 1 to %d", v, MaxLimit)
		}
		cq.limit = n
	}
	switch v := q.Get("records"); v {
	case "", "0", "false":
	case "1", "true":
		cq.records = true
	default:
		return cq, badRequest("records %q: want 1 or 0", v)
	}
	return cq, nil
}

// changes reads one batch of entries after since, with records if asked,
// loaded in one query for the batch.
func (s *Server) changes(ctx context.Context, since int64, limit int, records bool) ([]changeEntry, error) {
	cs, err := s.store.Changes(ctx, since, limit)
	if errors.Is(err, store.ErrGone) {
		head, herr := s.store.ChangeHead(ctx)
		if herr != nil {
			return nil, herr
		}
		return nil, fmt.Errorf("%w; read the incidents again from GET /api/incidents, then follow the changes from since=%d", err, head)
	}
	if err != nil {
		return nil, err
	}
	out := make([]changeEntry, len(cs))
	var ids []string
	for i, c := range cs {
		out[i].Change = c
		if records && c.Kind != store.ChangeRemoved {
			ids = append(ids, c.Incident)
		}
	}
	if len(ids) == 0 {
		return out, nil
	}
	// An incident removed or merged away since has no record: a later
	// entry says so.
	incs, err := s.store.IncidentsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	for i, c := range cs {
		if c.Kind != store.ChangeRemoved {
			out[i].Record = incs[c.Incident]
		}
	}
	return out, nil
}

func (s *Server) handleChanges(w http.ResponseWriter, r *http.Request) {
	cq, err := parseChangeQuery(r.URL.RawQuery, "")
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	entries, err := s.changes(r.Context(), cq.since, cq.limit, cq.records)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	next := cq.since
	if len(entries) > 0 {
		next = entries[len(entries)-1].Seq
	}
	writeJSON(w, http.StatusOK, changesBody{Changes: entries, Next: strconv.FormatInt(next, 10)})
}

// handleChangeStream sends change entries as server-sent events ("change",
// id the seq, data the entry as JSON) from the cursor in Last-Event-ID or
// ?since, until the client goes away or the server shuts down. The
// server's write timeout would cut the stream after five minutes, so the
// deadline is pushed forward before every write instead: a client that
// stops reading is still dropped, one that reads stays.
func (s *Server) handleChangeStream(w http.ResponseWriter, r *http.Request) {
	cq, err := parseChangeQuery(r.URL.RawQuery, r.Header.Get("Last-Event-ID"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if r.URL.Query().Has("limit") {
		s.writeError(w, r, badRequest("limit: a stream has no pages; read GET /api/changes for one"))
		return
	}
	if !s.streams.join() {
		w.Header().Set("Retry-After", strconv.Itoa(int(streamRetryAfter/time.Second)))
		s.writeError(w, r, statusError(http.StatusServiceUnavailable,
			"too many change streams open (%d); retry later, or poll GET /api/changes", s.streams.max))
		return
	}
	defer s.streams.leave()
	ctx := r.Context()
	rc := http.NewResponseController(w)
	var buf bytes.Buffer
	started := false
	// start sends the headers once the first read has succeeded, so that
	// a cursor older than the log kept is a 410 the client can act on
	// (an EventSource does not reconnect after one).
	start := func() {
		h := w.Header()
		h.Set("Content-Type", "text/event-stream; charset=utf-8")
		h.Set("Cache-Control", "no-store")
		h.Set("X-Accel-Buffering", "no") // a proxy in front must not hold events back
		w.WriteHeader(http.StatusOK)
		buf.WriteString("retry: " + strconv.Itoa(int(streamRetry/time.Millisecond)) + "\n\n")
		started = true
	}
	send := func() bool {
		// An error here is a client gone or too slow: the stream ends.
		if err := rc.SetWriteDeadline(time.Now().Add(writeTimeout)); err != nil && !errors.Is(err, http.ErrNotSupported) {
			return false
		}
		_, err := w.Write(buf.Bytes())
		buf.Reset()
		return err == nil && rc.Flush() == nil
	}
	cursor := cq.since
	heartbeat := time.NewTicker(streamHeartbeat)
	defer heartbeat.Stop()
	for {
		woken := s.changed.wait() // taken before reading, so a write after the read still wakes
		entries, err := s.changes(ctx, cursor, streamBatch, cq.records)
		if err != nil && !started {
			s.writeError(w, r, err)
			return
		}
		if err != nil {
			switch {
			case errors.Is(err, store.ErrGone):
				// pruned under a slow client: expected, and its next
				// request is told why with a 410
				s.log.Debug("change stream", "err", err)
			case ctx.Err() == nil:
				s.log.Error("change stream", "err", err)
			}
			return // the client reconnects with Last-Event-ID
		}
		if !started {
			start()
		}
		for _, e := range entries {
			js, err := json.Marshal(e)
			if err != nil {
				s.log.Error("change stream", "err", err)
				return
			}
			buf.WriteString("id: " + strconv.FormatInt(e.Seq, 10) + "\nevent: change\ndata: ")
			buf.Write(js)
			buf.WriteString("\n\n")
			cursor = e.Seq
		}
		if buf.Len() > 0 && !send() {
			return
		}
		if len(entries) == streamBatch {
			// a backlog: read on without waiting, unless the client left
			// or the server is stopping
			select {
			case <-ctx.Done():
				return
			case <-s.stopping:
				return
			default:
				continue
			}
		}
	wait:
		for {
			select {
			case <-ctx.Done():
				return
			case <-s.stopping:
				return
			case <-woken:
				break wait
			case <-heartbeat.C:
				buf.WriteString(": heartbeat\n\n")
				if !send() {
					return
				}
			}
		}
	}
}

// streamHub counts the open change streams, refuses one beyond max, and
// while any is open polls the store once per streamPoll for all of them:
// a new change wakes every stream, which then reads from its own cursor.
// A thousand idle streams cost one cheap query a second, not a thousand.
type streamHub struct {
	store   store.Store
	changed *changeSignal
	log     *slog.Logger
	max     int

	mu   sync.Mutex
	open int
	stop context.CancelFunc // ends the poller; nil when none runs
}

// join counts a new stream in, starting the poller for the first; it
// reports false, counting nothing, when max streams are open.
func (h *streamHub) join() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.open >= h.max {
		return false
	}
	h.open++
	if h.stop == nil {
		ctx, stop := context.WithCancel(context.Background())
		h.stop = stop
		go h.poll(ctx)
	}
	return true
}

// count is the number of streams open.
func (h *streamHub) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.open
}

// leave counts a stream out, stopping the poller with the last.
func (h *streamHub) leave() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.open--
	if h.open == 0 && h.stop != nil {
		h.stop()
		h.stop = nil
	}
}

// poll wakes the streams whenever the head of the change log moves, and
// once when it starts: a stream that joined between two polls reads from
// its cursor anyway, so a spare wake costs one read, and a missed one
// would hold a change back until the next.
func (h *streamHub) poll(ctx context.Context) {
	t := time.NewTicker(streamPoll)
	defer t.Stop()
	head := int64(-1)
	for {
		seq, err := h.store.ChangeHead(ctx)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			h.log.Error("change stream poll", "err", err)
		case seq != head:
			head = seq
			h.changed.notify()
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// changeSignal wakes the event streams when this server has written to the
// store: each wait returns a channel that the next notify closes.
type changeSignal struct {
	mu sync.Mutex
	ch chan struct{}
}

func newChangeSignal() *changeSignal { return &changeSignal{ch: make(chan struct{})} }

func (c *changeSignal) wait() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ch
}

func (c *changeSignal) notify() {
	c.mu.Lock()
	defer c.mu.Unlock()
	close(c.ch)
	c.ch = make(chan struct{})
}
