package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/open"
)

// batchBytes caps the text held in one batch, whatever --batch says, so a
// run of huge articles does not hold hundreds of megabytes.
const batchBytes = 32 << 20

// batchAge commits a partial batch this old, so that a slow stream (a feed
// on standard input) still lands in the database every few seconds.
const batchAge = 2 * time.Second

// runIngest is `sitrep ingest [--db DSN] PATH...`: extract on every core,
// then merge and store in batches, one transaction per batch. Documents
// already stored (same content hash) are neither extracted nor stored
// again, so a run killed at any point resumes where it stopped.
func runIngest(ctx context.Context, e env, args []string) error {
	f := newIngestFlags(e, "ingest", `usage: sitrep ingest [--db DSN] [--workers N] [--batch N] PATH...

Extracts incidents from the documents, merges reports of the same event and
stores them. PATH is a dated text file (.txt), a JSON Lines file (.jsonl,
.jsonl.gz), a web page (.html, .htm), an RSS or Atom feed (.rss, .atom), a
directory (read recursively) or - for standard input.
Re-running over the same files changes nothing; an interrupted run resumes.

`)
	batch := f.fs.Int("batch", 256, "documents per transaction")
	if ok, err := f.parse(args, "ingest: no PATH given (use - for standard input)"); !ok {
		return err
	}
	if *batch < 1 {
		return fmt.Errorf("ingest: --batch %d: want at least 1", *batch)
	}
	live, err := liveProgress(*f.progress, e.stderr)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	fs := f.fs

	x, err := newExtractor()
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	if path, ok := open.SQLitePath(*f.dsn); ok {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			// Said, so that a mistyped --db does not quietly start an
			// empty database beside the real one.
			fmt.Fprintf(e.stderr, "sitrep: ingest: %s does not exist: creating a new database\n", path)
		}
	}
	st, err := open.Open(ctx, *f.dsn)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	defer st.Close()

	r := &ingestRun{e: e, st: st, batch: *batch, started: time.Now(), lastFlush: time.Now(), live: live}
	if live {
		r.total, r.sizes = inputSizes(fs.Args())
	}
	err = r.run(ctx, x, *f.workers, pipeline.Paths(fs.Args(), e.stdin))
	r.summary(ctx)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	if r.failed > 0 {
		return errSilent
	}
	return nil
}

// ingestFlags are the flags that ingest and watch share (the database,
// the extraction workers, the progress line) and their usage: one flag
// set, so that the two commands name and explain them alike.
type ingestFlags struct {
	fs       *flag.FlagSet
	dsn      *string
	workers  *int
	progress *string
}

// newIngestFlags starts the flag set of command name with the shared
// flags; its usage prints text, then the flags. The command adds its own
// flags to fs before parse.
func newIngestFlags(e env, name, text string) *ingestFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	f := &ingestFlags{fs: fs,
		dsn:      dbFlag(fs),
		workers:  fs.Int("workers", runtime.NumCPU(), "documents to extract at once"),
		progress: fs.String("progress", "auto", "progress line on stderr: auto (when it is a terminal), on or off"),
	}
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), text)
		fs.PrintDefaults()
	}
	return f
}

// parse parses args, which must name at least one input: without one,
// it prints the usage and returns the error none. It reports false when
// the command is to end with the error returned: nil after -h.
func (f *ingestFlags) parse(args []string, none string) (bool, error) {
	if err := f.fs.Parse(args); err != nil {
		return false, flagError(err)
	}
	if f.fs.NArg() == 0 {
		f.fs.Usage()
		return false, errors.New(none)
	}
	return true, nil
}

// run extracts the documents of src on workers goroutines and stores them
// in batches. Documents already stored (same content hash) are neither
// extracted nor stored again. Ingest and watch both store through it.
func (r *ingestRun) run(ctx context.Context, x *extract.Extractor, workers int, src pipeline.Source) error {
	// Skip extraction of what is stored already, when the store can tell
	// and holds anything at all. Within the run, a document read twice is
	// still skipped by Ingest.
	known, _ := r.st.(interface {
		Known(ctx context.Context, id, hash string) (bool, error)
		Empty(ctx context.Context) (bool, error)
	})
	if known != nil {
		if empty, err := known.Empty(ctx); err == nil && empty {
			known = nil
		}
	}
	work := func(d *doc.Document) extracted {
		if known != nil {
			if ok, err := known.Known(ctx, d.ID, store.ContentHash(d)); err == nil && ok {
				return extracted{stored: true}
			}
		}
		// a document cut short by ctx is not emitted: the pipeline stops
		// on the same ctx first
		res, _ := x.Extract(ctx, d)
		return extracted{res: res}
	}
	err := pipeline.RunSource(ctx, src, workers, work, r.emit)
	if err == nil || errors.Is(err, context.Canceled) {
		// Commit the whole documents already extracted, even when
		// interrupted: the next run then has less to do.
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		if ferr := r.flush(fctx); err == nil {
			err = ferr
		}
	}
	if werr := r.wait(); err == nil {
		err = werr
	}
	return err
}

// extracted is what a worker makes of a document.
type extracted struct {
	res    record.Result
	stored bool // already in the database: nothing extracted
}

// ingestRun is the state of one ingest: the pending batch and the counts
// the progress line and the summary show.
type ingestRun struct {
	e     env
	st    store.Store
	batch int

	pending      []store.Extracted
	pendingBytes int
	lastFlush    time.Time
	committing   chan committed // the batch being stored, nil when none

	read, stored, skipped, failed, revised int
	extractedIncidents, created            int

	live     bool
	started  time.Time
	lastDraw time.Time
	drawn    bool
	total    int64            // bytes of input, 0 when unknown
	sizes    map[string]int64 // bytes of each input file
	done     int64            // bytes of the input files finished
	curPath  string
	curBytes int64 // bytes of documents read from curPath
}

func (r *ingestRun) emit(it pipeline.Item[extracted]) error {
	if it.Err != nil {
		r.failed++
		r.clearLine()
		reportInputError(r.e.stderr, it.Doc, it.Err)
		return nil
	}
	d := it.Doc
	r.read++
	r.advance(d)
	for _, w := range d.Warnings {
		r.clearLine()
		fmt.Fprintf(r.e.stderr, "sitrep: %s: warning: %s\n", where(d), w)
	}
	if it.Value.stored {
		r.skipped++
	} else {
		r.pending = append(r.pending, store.Extracted{Doc: d, Incidents: it.Value.res.Incidents})
		r.pendingBytes += len(d.Text) + len(d.Title)
		r.extractedIncidents += len(it.Value.res.Incidents)
	}
	if len(r.pending) >= r.batch || r.pendingBytes >= batchBytes ||
		len(r.pending) > 0 && time.Since(r.lastFlush) >= batchAge {
		if err := r.flush(context.Background()); err != nil {
			return err
		}
	}
	r.draw()
	return nil
}

// committed is the outcome of storing one batch.
type committed struct {
	batch []store.Extracted
	st    store.IngestStats
	err   error
}

// flush starts storing the pending batch in one transaction, after the
// previous batch has committed. The workers meanwhile extract the next
// batch: a fresh Reuters ingest spends more CPU storing than extracting,
// and with flush in the loop that drains the workers they stood idle
// for every commit. Batches still commit one at a time, in order.
func (r *ingestRun) flush(ctx context.Context) error {
	if err := r.wait(); err != nil {
		return err
	}
	r.lastFlush = time.Now()
	if len(r.pending) == 0 {
		return nil
	}
	batch := r.pending
	r.pending, r.pendingBytes = nil, 0
	r.committing = make(chan committed, 1)
	go func(done chan<- committed) {
		st, err := r.st.Ingest(ctx, batch)
		done <- committed{batch, st, err}
	}(r.committing)
	return nil
}

// wait waits for the batch being stored, if any, and counts it.
func (r *ingestRun) wait() error {
	if r.committing == nil {
		return nil
	}
	c := <-r.committing
	r.committing = nil
	if c.err != nil {
		return c.err
	}
	st := c.st
	r.stored += st.Documents
	r.skipped += st.Skipped
	r.created += st.Created
	if len(st.Revised) > 0 {
		r.revised += len(st.Revised)
		revised := map[string]bool{}
		for _, id := range st.Revised {
			revised[id] = true
		}
		r.clearLine()
		for _, x := range c.batch {
			if revised[x.Doc.ID] {
				fmt.Fprintf(r.e.stderr, "sitrep: %s: document id %q was stored with other content: stored as a new revision, its incidents merged anew\n",
					where(x.Doc), x.Doc.ID)
			}
		}
	}
	return nil
}

// advance estimates how much of the input has been read: the sizes of the
// files finished, plus what the current file's documents add up to.
func (r *ingestRun) advance(d *doc.Document) {
	if r.total == 0 {
		return
	}
	if d.Path != r.curPath {
		r.done += r.sizes[r.curPath]
		r.curPath, r.curBytes = d.Path, 0
	}
	r.curBytes += int64(len(d.Date) + len(d.Title) + len(d.Text) + 8)
}

// draw redraws the progress line, at most five times a second.
func (r *ingestRun) draw() {
	if !r.live || time.Since(r.lastDraw) < 200*time.Millisecond {
		return
	}
	r.lastDraw = time.Now()
	elapsed := time.Since(r.started).Seconds()
	line := fmt.Sprintf("ingest: %d documents (%.0f/s), %d new, %d incidents extracted",
		r.read, float64(r.read)/max(elapsed, 1e-3), r.stored+len(r.pending), r.extractedIncidents)
	if r.total > 0 {
		done := r.done + min(r.curBytes, r.sizes[r.curPath])
		if done > 0 && done <= r.total {
			eta := time.Duration(elapsed * float64(r.total-done) / float64(done) * float64(time.Second))
			line += fmt.Sprintf(", %d%%, ETA %s", 100*done/r.total, eta.Round(time.Second))
		}
	}
	if r.failed > 0 {
		line += fmt.Sprintf(", %d unreadable", r.failed)
	}
	fmt.Fprint(r.e.stderr, "\r\033[K"+line)
	r.drawn = true
}

// clearLine removes the progress line before other output.
func (r *ingestRun) clearLine() {
	if r.drawn {
		fmt.Fprint(r.e.stderr, "\r\033[K")
		r.drawn = false
	}
}

// summary prints the one line a log or a terminal keeps.
func (r *ingestRun) summary(ctx context.Context) {
	r.clearLine()
	elapsed := time.Since(r.started)
	var b strings.Builder
	fmt.Fprintf(&b, "sitrep: ingest: %d documents read: %d new", r.read, r.stored)
	if r.revised > 0 {
		fmt.Fprintf(&b, " (%d of them new revisions)", r.revised)
	}
	fmt.Fprintf(&b, ", %d already stored", r.skipped)
	fmt.Fprintf(&b, "; %d incidents extracted", r.extractedIncidents)
	if p, err := r.st.Incidents(ctx, store.Filter{Limit: 1}); err == nil {
		fmt.Fprintf(&b, ", %d incidents in the database (%+d)", p.Total, r.created)
	}
	if r.failed > 0 {
		fmt.Fprintf(&b, "; %d inputs could not be read", r.failed)
	}
	fmt.Fprintf(&b, "; %s, %.0f documents/s\n", elapsed.Round(time.Millisecond),
		float64(r.read)/max(elapsed.Seconds(), 1e-3))
	io.WriteString(r.e.stderr, b.String())
}

// liveProgress reads a --progress flag: whether to draw a progress line
// on w.
func liveProgress(flag string, w io.Writer) (bool, error) {
	switch flag {
	case "auto":
		return isTerminal(w), nil
	case "on":
		return true, nil
	case "off":
		return false, nil
	}
	return false, fmt.Errorf("--progress %q: want auto, on or off", flag)
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// inputSizes adds up the bytes of the files ingest will read, for the
// ETA: every file doc.Read reads below a directory and every file named. Standard input has no size: then there
// is no ETA.
func inputSizes(paths []string) (int64, map[string]int64) {
	sizes := map[string]int64{}
	var total int64
	for _, p := range paths {
		if p == "-" {
			return 0, nil
		}
		fi, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !fi.IsDir() {
			sizes[p] = fi.Size()
			total += fi.Size()
			continue
		}
		doc.Files(p, func(path string, de fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if info, err := os.Stat(path); err == nil {
				sizes[path] = info.Size()
				total += info.Size()
			}
			return nil
		})
	}
	return total, sizes
}
