package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

// followPoll is how often `sitrep changes --follow` asks the store for new
// entries: the writers are other processes, which cannot wake it.
const followPoll = time.Second

// runChanges is `sitrep changes [--db DSN] [--since N] [--follow]`: the
// incident change log as JSON lines, for scripts that mirror the store
// without a server (GET /api/changes serves the same entries).
func runChanges(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("changes", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := dbFlag(fs)
	since := fs.String("since", "", "print the changes after this seq (the last one a previous run printed)")
	follow := fs.Bool("follow", false, "keep printing changes as they are written, until interrupted")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: sitrep changes [--db DSN] [--since SEQ] [--follow]

Prints the incident change log, oldest first, one JSON line per change:
{"seq", "incident", "kind" (created, updated or removed), "revision", "at"}.
Continue a run with --since and the last seq it printed.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("changes: unexpected argument %q", fs.Arg(0))
	}
	cursor, err := store.ParseChangeCursor(*since)
	if err != nil {
		return &usageError{err: fmt.Errorf("changes: --since: %w", err)}
	}
	st, err := openExisting(ctx, *dsn)
	if err != nil {
		return fmt.Errorf("changes: %w", err)
	}
	defer st.Close()
	enc := json.NewEncoder(e.stdout)
	const batch = 1000
	for {
		cs, err := st.Changes(ctx, cursor, batch)
		if err != nil {
			if *follow && ctx.Err() != nil {
				return nil // interrupted: the normal end of --follow
			}
			if errors.Is(err, store.ErrGone) {
				// Asked for entries a prune deleted: the command line
				// asks for what no longer exists (exit 2), and says
				// how to go on.
				return &usageError{err: fmt.Errorf("changes: --since %d: %w", cursor, err),
					help: "Those entries were pruned: read the incidents afresh (sitrep export), then continue with --since and the seq the log was pruned through."}
			}
			return fmt.Errorf("changes: %w", err)
		}
		for _, c := range cs {
			if err := enc.Encode(c); err != nil {
				return fmt.Errorf("changes: %w", err)
			}
			cursor = c.Seq
		}
		if len(cs) == batch {
			continue
		}
		if !*follow {
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(followPoll):
		}
	}
}
