package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"

	"github.com/sitrep/sitrep/internal/alert"
	"github.com/sitrep/sitrep/internal/server"
	"github.com/sitrep/sitrep/internal/store/open"
)

// runServe is `sitrep serve [--db DSN] [--addr A] [--token T]`: the JSON
// API and the web page over one store, until interrupted. Posting
// documents and curation are off unless a token is set, so a server
// started without one is read-only whatever reaches it.
func runServe(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := fs.String("db", open.DefaultDSN, "database: a SQLite file, or a postgres:// URL")
	addr := fs.String("addr", server.DefaultAddr, "address to listen on (loopback unless you choose otherwise)")
	token := fs.String("token", "", "bearer token that enables POST /api/documents, curation (POST /api/incidents/{id}/review) and /api/watches (default $SITREP_TOKEN)")
	alerts := fs.Bool("alerts", true, "match changed incidents against the watches and send their webhooks (see sitrep alerts)")
	maxStreams := fs.Int("max-streams", server.DefaultMaxStreams, "change streams (/api/changes/stream) open at once; more are refused with 503 and Retry-After")
	var retain retention
	retain.flags(fs, "retain-changes", "retain-deliveries")
	create := fs.Bool("create", false, "create the SQLite database when --db names no file (else that is an error: most likely a typo)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: sitrep serve [--db DSN] [--create] [--addr HOST:PORT] [--token TOKEN]
       [--retain-changes AGE] [--retain-deliveries AGE] [--max-streams N]

Serves the web page at / and the JSON API under /api/ (incidents, documents,
stats, export, watches), with /healthz and /metrics, and sends the webhooks
of the watches (sitrep alerts). Stops cleanly on Ctrl-C.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("serve: unexpected argument %q", fs.Arg(0))
	}
	if *token == "" {
		*token = os.Getenv("SITREP_TOKEN")
	}
	if *maxStreams < 1 {
		return &usageError{err: fmt.Errorf("serve: --max-streams %d: want at least 1", *maxStreams)}
	}

	server.LimitMemory()
	openStore := openExisting
	if *create {
		openStore = open.Open
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer st.Close()
	logger := slog.New(slog.NewTextHandler(e.stderr, nil))
	opts := server.Options{Token: *token, Logger: logger, MaxStreams: *maxStreams}
	if *token != "" {
		x, err := newExtractor()
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		opts.Extract = x.Extract
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	posting := "off (no --token)"
	if *token != "" {
		posting = "on"
	}
	fmt.Fprintf(e.stderr, "sitrep: serving %s at http://%s/ (posting documents: %s)\n", open.Redact(*dsn), ln.Addr(), posting)
	if *alerts {
		// Alerts run beside the server and stop with it, before the
		// store closes.
		actx, stop := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { alert.Run(actx, st, alert.Interval, logger); close(done) }()
		defer func() { stop(); <-done }()
	}
	if retain.changes > 0 || retain.deliveries > 0 {
		// Retention runs now and daily, and stops with the server.
		pctx, stop := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { pruneDaily(pctx, st, retain, logger); close(done) }()
		defer func() { stop(); <-done }()
	}
	if err := server.New(st, opts).Serve(ctx, ln); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
