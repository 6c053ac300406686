package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"

	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/server"
	"github.com/sitrep/sitrep/internal/store/open"
)

// runServe is `sitrep serve [--db DSN] [--addr A] [--token T]`: the JSON
// API and the web page over one store, until interrupted. Posting
// documents is off unless a token is set, so a server started without one
// is read-only whatever reaches it.
func runServe(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := fs.String("db", open.DefaultDSN, "database: a SQLite file, or a postgres:// URL")
	addr := fs.String("addr", server.DefaultAddr, "address to listen on (loopback unless you choose otherwise)")
	token := fs.String("token", "", "bearer token that enables POST /api/documents (default $SITREP_TOKEN)")
	create := fs.Bool("create", false, "create the SQLite database when --db names no file (else that is an error: most likely a typo)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: sitrep serve [--db DSN] [--create] [--addr HOST:PORT] [--token TOKEN]

Serves the web page at / and the JSON API under /api/ (incidents, documents,
stats, export), with /healthz and /metrics. Stops cleanly on Ctrl-C.

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
	opts := server.Options{Token: *token, Logger: slog.New(slog.NewTextHandler(e.stderr, nil))}
	if *token != "" {
		x, err := extract.New()
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
	if err := server.New(st, opts).Serve(ctx, ln); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
