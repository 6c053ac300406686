package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

// runPrune is `sitrep prune [--db DSN] --changes-older-than AGE
// --deliveries-older-than AGE`: without it the change log and the
// finished deliveries grow with every change forever.
func runPrune(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("prune", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := dbFlag(fs)
	var ages retention
	ages.flags(fs, "changes-older-than", "deliveries-older-than")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: sitrep prune [--db DSN] [--changes-older-than AGE] [--deliveries-older-than AGE]

Deletes change-log entries and delivered or failed webhook deliveries older
than AGE (90d, 2w, 36h). Changes the alert dispatcher has not matched yet
stay while a watch exists. A client whose change cursor is older than the
log kept is told (410 Gone) to read the incidents again.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("prune: unexpected argument %q", fs.Arg(0))
	}
	if ages.changes == 0 && ages.deliveries == 0 {
		fs.Usage()
		return &usageError{err: fmt.Errorf("prune: give --changes-older-than, --deliveries-older-than or both")}
	}
	st, err := openExisting(ctx, *dsn)
	if err != nil {
		return fmt.Errorf("prune: %w", err)
	}
	defer st.Close()
	p, err := st.Prune(ctx, ages.at(time.Now()))
	if err != nil {
		return fmt.Errorf("prune: %w", err)
	}
	fmt.Fprintln(e.stderr, "sitrep:", describePruned(p))
	return nil
}

// describePruned says what a prune did, in one line for a terminal or a log.
func describePruned(p store.Pruned) string {
	s := fmt.Sprintf("pruned %d change entries (the log now starts after seq %d) and %d deliveries", p.Changes, p.Through, p.Deliveries)
	if p.Held {
		s += fmt.Sprintf("; older changes kept from seq %d on: the alert dispatcher (sitrep serve) has not matched them yet", p.Through)
	}
	return s
}

// retention is how old change-log entries and finished deliveries may
// grow, as given by two flags; zero keeps them.
type retention struct {
	changes, deliveries time.Duration
}

// flags defines the two flags on fs under the names given.
func (r *retention) flags(fs *flag.FlagSet, changes, deliveries string) {
	set := func(d *time.Duration) func(string) error {
		return func(v string) error {
			age, err := parseAge(v)
			*d = age
			return err
		}
	}
	fs.Func(changes, "delete change-log entries older than this age (90d, 2w, 36h)", set(&r.changes))
	fs.Func(deliveries, "delete delivered and failed webhook deliveries older than this age", set(&r.deliveries))
}

// at is the retention as cut-off times at now.
func (r retention) at(now time.Time) store.Retention {
	var sr store.Retention
	if r.changes > 0 {
		sr.ChangesBefore = now.Add(-r.changes)
	}
	if r.deliveries > 0 {
		sr.DeliveriesBefore = now.Add(-r.deliveries)
	}
	return sr
}

// maxAgeDays bounds an age: a century, far inside time.Duration's range.
const maxAgeDays = 36500

// parseAge reads an age: whole days ("90d") or weeks ("2w"), which
// retention is counted in and time.ParseDuration does not know, or a Go
// duration ("36h", "90m"). It must be positive and at most a century.
func parseAge(s string) (time.Duration, error) {
	unit := time.Duration(0)
	switch {
	case strings.HasSuffix(s, "d"):
		unit = 24 * time.Hour
	case strings.HasSuffix(s, "w"):
		unit = 7 * 24 * time.Hour
	}
	var age time.Duration
	if unit != 0 {
		digits := s[:len(s)-1]
		n, err := strconv.Atoi(digits)
		if err != nil || strings.TrimLeft(digits, "0123456789") != "" || n > maxAgeDays {
			return 0, fmt.Errorf("age %q: want a whole number of days or weeks (90d, 2w) or a duration (36h)", s)
		}
		age = time.Duration(n) * unit
	} else {
		d, err := time.ParseDuration(s)
		if err != nil {
			return 0, fmt.Errorf("age %q: want a whole number of days or weeks (90d, 2w) or a duration (36h)", s)
		}
		age = d
	}
	if age <= 0 || age > maxAgeDays*24*time.Hour {
		return 0, fmt.Errorf("age %q: want more than nothing and at most %d days", s, maxAgeDays)
	}
	return age, nil
}

// pruneDaily prunes st by r now and every day until ctx ends: serve's
// retention. A failure is logged and tried again the next day.
func pruneDaily(ctx context.Context, st store.Store, r retention, log *slog.Logger) {
	t := time.NewTicker(24 * time.Hour)
	defer t.Stop()
	for {
		p, err := st.Prune(ctx, r.at(time.Now()))
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			log.Error("prune", "err", err)
		default:
			log.Info(describePruned(p))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
