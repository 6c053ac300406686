// Package server serves sitrep's JSON API and the offline web page over
// one store. Routing is the standard ServeMux with method and path
// patterns; every error leaves through writeError as JSON.
package server

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// DefaultAddr is loopback: the store holds analysts' working data, and
// exposing it to a network is a decision to make with --addr.
const DefaultAddr = "127.0.0.1:8080"

// Read answers are kept this long, in at most this many bytes (see
// answerCache).
const (
	answerTTL   = time.Second
	answerBytes = 64 << 20
)

// DefaultMaxBody bounds the body of POST /api/documents.
const DefaultMaxBody = 32 << 20

// Options configure a Server. The zero value serves a read-only API.
type Options struct {
	// Token enables the writing endpoints (POST /api/documents, and
	// curation: POST /api/incidents/{id}/review) and the watches of
	// /api/watches for clients that send it as a bearer token. Empty
	// makes the API read-only and leaves the watches off.
	Token string
	// Extract finds the incidents of a posted document; posting is
	// disabled without it. It is a function rather than the extractor so
	// that the server does not load reference data it may never use.
	// It returns an error only when ctx ends first.
	Extract func(ctx context.Context, d *doc.Document) (record.Result, error)
	// MaxBody bounds the body of POST /api/documents in bytes; 0 means
	// DefaultMaxBody.
	MaxBody int64
	// Logger receives server failures; nil discards them.
	Logger *slog.Logger
	// MaxStreams bounds the change streams open at once; 0 means
	// DefaultMaxStreams.
	MaxStreams int
}

// Server is the API and the page over one store. It is an http.Handler.
type Server struct {
	store   store.Store
	extract func(context.Context, *doc.Document) (record.Result, error)
	token   [sha256.Size]byte // hash of Options.Token, compared in constant time
	writing bool              // a token is set
	posting bool              // a token and an extractor are set
	maxBody int64
	log     *slog.Logger
	mux     *http.ServeMux
	metrics *metrics
	answers *answerCache
	started time.Time
	// changed wakes the change streams after this server wrote to the
	// store; stopping ends them when Serve shuts down, which would
	// otherwise wait for them (Shutdown does not cancel requests).
	changed  *changeSignal
	streams  *streamHub
	stopping chan struct{}
	stopOnce sync.Once
}

// New returns a server over st. The server does not close st.
func New(st store.Store, o Options) *Server {
	s := &Server{store: st, extract: o.Extract, maxBody: o.MaxBody, log: o.Logger,
		mux: http.NewServeMux(), metrics: newMetrics(), started: time.Now(),
		answers: newAnswerCache(answerTTL, answerBytes), changed: newChangeSignal(), stopping: make(chan struct{})}
	if s.maxBody <= 0 {
		s.maxBody = DefaultMaxBody
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.streams = &streamHub{store: st, changed: s.changed, log: s.log, max: o.MaxStreams}
	if s.streams.max <= 0 {
		s.streams.max = DefaultMaxStreams
	}
	if o.Token != "" {
		s.writing = true
		s.posting = o.Extract != nil
		s.token = sha256.Sum256([]byte(o.Token))
	}
	s.routes()
	return s
}

func (s *Server) routes() {
	s.mux.HandleFunc("GET /api/incidents", s.handleIncidents)
	s.mux.HandleFunc("GET /api/incidents/{id}", s.handleIncident)
	s.mux.HandleFunc("POST /api/incidents/{id}/review", s.handleReview)
	s.mux.HandleFunc("GET /api/documents/{id}", s.handleDocument)
	s.mux.HandleFunc("POST /api/documents", s.handlePostDocuments)
	s.mux.HandleFunc("GET /api/stats", s.handleStats)
	s.mux.HandleFunc("GET /api/changes", s.handleChanges)
	s.mux.HandleFunc(streamRoute, s.handleChangeStream)
	s.mux.HandleFunc("GET /api/export", s.handleExport)
	s.mux.HandleFunc("GET /api/watches", s.handleWatches)
	s.mux.HandleFunc("POST /api/watches", s.handlePostWatch)
	s.mux.HandleFunc("DELETE /api/watches/{id}", s.handleDeleteWatch)
	s.mux.HandleFunc("GET /healthz", s.handleHealth)
	s.mux.HandleFunc("GET /metrics", s.handleMetrics)
	s.mux.HandleFunc("GET /{$}", s.handleStatic)
	s.mux.HandleFunc("GET /app.js", s.handleStatic)
	s.mux.HandleFunc("GET /watches.js", s.handleStatic)
	s.mux.HandleFunc("GET /app.css", s.handleStatic)
	s.mux.HandleFunc("GET /favicon.svg", s.handleStatic)
	s.mux.HandleFunc("GET /vendor/", s.handleStatic)
	s.mux.HandleFunc("/", s.handleNoRoute)
}

// contentSecurityPolicy allows the page nothing but its own origin: no
// inline script, no CDN, no tile server. It is the second line of defence
// behind rendering article text with textContent.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

// ServeHTTP adds the security headers, recovers from panics and records
// the metrics of every request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &statusRecorder{ResponseWriter: w}
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	defer func() {
		p := recover()
		if p != nil && p != http.ErrAbortHandler {
			s.log.Error("panic serving request", "method", r.Method, "path", r.URL.Path, "panic", p, "stack", string(debug.Stack()))
			if rec.status == 0 {
				s.writeError(rec, r, fmt.Errorf("panic: %v", p))
			}
		}
		route := r.Pattern
		if route == "" || route == "/" {
			route = "other" // unmatched paths must not grow the label set
		}
		status := rec.status
		if status == 0 {
			status = http.StatusOK // net/http's default for a handler that wrote nothing
		}
		s.metrics.observe(route, status, time.Since(start), route != streamRoute)
		if p == http.ErrAbortHandler {
			panic(p) // net/http cuts the connection without logging
		}
	}()
	s.mux.ServeHTTP(rec, r)
}

// handleNoRoute answers what no pattern matched: 405 with Allow when the
// path exists for another method, else 404.
func (s *Server) handleNoRoute(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodDelete} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "/" && pattern != "" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		for _, m := range allow {
			w.Header().Add("Allow", m)
		}
		s.writeError(w, r, statusError(http.StatusMethodNotAllowed, "method %s not allowed on %s", r.Method, r.URL.Path))
		return
	}
	s.writeError(w, r, statusError(http.StatusNotFound, "no such endpoint: %s", r.URL.Path))
}

// writeRaw writes an encoded JSON answer.
func writeRaw(w http.ResponseWriter, body []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.Write(body)
}

// writeJSON writes v as the whole response.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	// The status line is out; an encoding error can only be a client
	// that went away.
	_ = json.NewEncoder(w).Encode(v)
}

// Timeouts of the HTTP server: slow clients cannot hold connections, and
// an export of the whole store still has time to stream.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = time.Minute
	writeTimeout      = 5 * time.Minute
	idleTimeout       = 2 * time.Minute
	shutdownTimeout   = 10 * time.Second
)

// hostCheck guards a server bound to loopback against DNS rebinding: a
// page on attacker.example whose name is re-pointed at 127.0.0.1 reaches
// the server from the analyst's own browser, with "attacker.example" in
// its Host header. On a loopback address only the loopback names with the
// bound port are answered; other binds are reached by names this server
// cannot know, and are left alone.
func (s *Server) hostCheck(addr net.Addr) http.Handler {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok || !tcp.IP.IsLoopback() {
		return s
	}
	port := strconv.Itoa(tcp.Port)
	allowed := map[string]bool{}
	for _, h := range []string{"localhost", "127.0.0.1", "[::1]"} {
		allowed[h+":"+port] = true
		if port == "80" {
			allowed[h] = true
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allowed[strings.ToLower(r.Host)] {
			s.writeError(w, r, statusError(http.StatusForbidden,
				"host %q is not this server: on a loopback address it answers localhost:%s, 127.0.0.1:%s and [::1]:%s", r.Host, port, port, port))
			return
		}
		s.ServeHTTP(w, r)
	})
}

// Serve answers requests on ln until ctx is done, then stops accepting,
// lets requests in flight finish (for up to ten seconds) and returns.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s.hostCheck(ln.Addr()),
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	hs.RegisterOnShutdown(func() { s.stopOnce.Do(func() { close(s.stopping) }) })
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
