// Command sitrep turns dated news reports of political violence into
// structured, evidence-backed incident records, stores them and serves them.
//
//	sitrep extract [--workers N] PATH...     one JSON line per document
//	sitrep geocode [--country CC] NAME...    check places against the gazetteer
//	sitrep ingest  [--db DSN] PATH...        extract, merge and store
//	sitrep export  [--db DSN] --format F     jsonl, csv or geojson
//	sitrep stats   [--db DSN] [--json]       counts of documents and incidents
//	sitrep changes [--db DSN] [--follow]     the incident change log
//	sitrep watch   [--db DSN] SOURCE...      follow directories and feeds
//	sitrep alerts  add|list|rm|test|run      webhooks for incidents in an area
//	sitrep review  [--db DSN] VERB ID ...    mark false, confirm, correct, merge, split, note
//	sitrep serve   [--db DSN] [--addr A]     JSON API and web page
//	sitrep eval    news|muc4 ...             accuracy on labelled sets
//	sitrep version                           the version it was built from
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// env is what a subcommand may touch of the outside world, so that tests can
// run commands in-process as well as through the built binary.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

type command struct {
	name, summary string
	run           func(ctx context.Context, e env, args []string) error
}

var commands = []command{
	{"extract", "extract incidents from articles, one JSON line per document", runExtract},
	{"geocode", "resolve place names with the offline gazetteer", runGeocode},
	{"ingest", "extract, merge and store articles in a database", runIngest},
	{"export", "write merged incidents as JSONL, CSV or GeoJSON", runExport},
	{"stats", "count documents and incidents in a database", runStats},
	{"changes", "print the incident change log, or follow it", runChanges},
	{"prune", "delete old change-log entries and finished deliveries", runPrune},
	{"watch", "follow directories and feeds, ingesting what is new", runWatch},
	{"alerts", "watches that POST matching incidents to webhooks (add, list, rm, test, run)", runAlerts},
	{"review", "curate an incident: reject, confirm, correct, merge, split, note", runReview},
	{"serve", "serve the JSON API and the web page", runServe},
	{"eval", "score the extractor on labelled sets (news, muc4)", runEval},
	{"version", "print the version sitrep was built from", runVersion},
}

// flagError turns a flag parsing error into the command's result: -h is
// no failure, anything else has been printed with the usage already.
func flagError(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return errSilent
}

// usageError is a command line asking for something that does not exist
// (--country Narnia, --type bomb): exit status 2, as for a misspelt flag
// in Go's flag package, with help listing what does exist.
type usageError struct {
	err  error
	help string // printed after the error, when not empty
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// errSilent marks a failure already reported on stderr: exit non-zero
// without printing it again.
var errSilent = errors.New("failed")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, env{os.Stdin, os.Stdout, os.Stderr}, os.Args[1:])
	stop()
	if err != nil {
		if !errors.Is(err, errSilent) {
			fmt.Fprintln(os.Stderr, "sitrep:", err)
		}
		var ue *usageError
		if errors.As(err, &ue) {
			if ue.help != "" {
				fmt.Fprintln(os.Stderr, ue.help)
			}
			os.Exit(2)
		}
		os.Exit(1)
	}
}

func run(ctx context.Context, e env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr)
		if len(args) == 0 {
			return errSilent
		}
		return nil
	}
	if args[0] == "--version" || args[0] == "-version" {
		return runVersion(ctx, e, args[1:])
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(ctx, e, args[1:])
		}
	}
	usage(e.stderr)
	return fmt.Errorf("unknown command %q", args[0])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: sitrep COMMAND [flags] [args]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'sitrep COMMAND -h' for a command's flags.")
}
