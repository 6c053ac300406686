package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"sync"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/record"
)

// runExtract is `sitrep extract [--workers N] [--format F] PATH...`: read
// the documents, extract on every core, print one record.Result per line in
// input order (or a summary to read, with --format text).
// Inputs that cannot be read are reported on stderr as they come and fail
// the run at the end, after every other document has been extracted.
func runExtract(ctx context.Context, e env, args []string) error {
	return extractWith(ctx, e, args, newExtractor)
}

// extractWith is runExtract with the reference data loaded by load, which
// the tests make fail.
func extractWith(ctx context.Context, e env, args []string, load func() (*extract.Extractor, error)) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	workers := fs.Int("workers", runtime.NumCPU(), "documents to extract at once")
	format := fs.String("format", "json", "output: json (one JSON line per document) or text (a summary to read, with the quoted evidence)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: sitrep extract [--workers N] [--format json|text] PATH...

Prints one JSON line per document: the document and the incidents it reports
(--format text: a summary per incident, each value with its quoted evidence).
PATH is a dated text file (.txt), a JSON Lines file (.jsonl, .jsonl.gz), a
web page (.html, .htm), an RSS or Atom feed (.rss, .atom), a directory (read
recursively) or - for standard input.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("extract: no PATH given (use - for standard input)")
	}
	if *format != "json" && *format != "text" {
		return &usageError{err: fmt.Errorf("extract: --format %q: want json or text", *format)}
	}

	// The reference data loads while the inputs are listed and the first
	// files read: start-up is the part of a run that no second worker
	// shortens, and loading the gazetteer leaves the other core idle for
	// about as long as listing a directory of 20,000 articles takes. A load
	// that fails cancels the run, which stops at once even while it waits
	// for a line on standard input or a FIFO.
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	x := loadExtractor(load, cancel)
	// One buffered writer for the whole run: a write per line would cost a
	// system call per document. The workers encode; the emitter, the one
	// goroutine that cannot run in parallel, only copies each line out.
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	var docs, failed int
	err := pipeline.Run(ctx, fs.Args(), e.stdin, *workers, extractLine(ctx, x, *format),
		func(it pipeline.Item[*outLine]) error {
			// Nothing of the inputs is reported, no document counted nor
			// its warnings printed, unless the extractor loaded.
			if _, err := x.wait(); err != nil {
				return err
			}
			if it.Err != nil {
				failed++
				reportInputError(e.stderr, it.Doc, it.Err)
				return nil
			}
			docs++
			for _, w := range it.Doc.Warnings {
				fmt.Fprintf(e.stderr, "sitrep: %s: warning: %s\n", where(it.Doc), w)
			}
			l := it.Value
			defer l.free()
			if l.err != nil {
				return l.err
			}
			_, err := out.Write(l.buf.Bytes())
			return err
		})
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if _, lerr := x.wait(); lerr != nil {
		return fmt.Errorf("extract: %w", lerr) // also with no document, or canceled by it
	}
	if ctx.Err() != nil {
		return fmt.Errorf("extract: interrupted after %d document(s)", docs)
	}
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if failed > 0 {
		fmt.Fprintf(e.stderr, "sitrep: extract: %d input(s) could not be read; %d document(s) extracted\n", failed, docs)
		return errSilent
	}
	return nil
}

// reportInputError prints an input that could not be read, or a document
// the extractor panicked on (with the stack, for the bug report), as
// "sitrep: PATH:LINE: message".
func reportInputError(w io.Writer, d *doc.Document, err error) {
	var pe *pipeline.PanicError
	if errors.As(err, &pe) {
		fmt.Fprintf(w, "sitrep: %s: %v\n%s", where(d), err, pe.Stack)
		return
	}
	fmt.Fprintf(w, "sitrep: %v\n", err) // an *doc.InputError names its file and line
}

// where is a document's "path" or "path:line".
func where(d *doc.Document) string {
	if d.Line > 0 {
		return d.Path + ":" + strconv.Itoa(d.Line)
	}
	return d.Path
}

// extractWork adapts x.Extract to the pipeline's work: a document given up
// because ctx ended is never emitted, since the pipeline stops on that ctx
// before emitting it.
func extractWork(ctx context.Context, x *extract.Extractor) func(*doc.Document) record.Result {
	return func(d *doc.Document) record.Result {
		res, _ := x.Extract(ctx, d)
		return res
	}
}

// outLine is one document's output, encoded by the worker that extracted it:
// encoding JSON costs about as much as dismissing an article, and on the
// emitter, the one goroutine that must take the documents in order, it
// held every worker back. Lines are reused through linePool once written.
type outLine struct {
	res record.Result // kept here, so that encoding it boxes no copy
	buf bytes.Buffer
	enc *json.Encoder
	err error // what encoding failed with, for the emitter to stop on
}

var linePool = sync.Pool{New: func() any {
	l := new(outLine)
	l.enc = json.NewEncoder(&l.buf)
	l.enc.SetEscapeHTML(false) // "<" and "&" in titles stay readable
	return l
}}

// free hands l back for another document; it must not be used after.
func (l *outLine) free() {
	if l.buf.Cap() > 1<<20 {
		return // the line of a huge document goes to the collector
	}
	l.res = record.Result{}
	l.buf.Reset()
	l.err = nil
	linePool.Put(l)
}

// loading is an extractor loading on a goroutine of its own.
type loading struct {
	done chan struct{} // closed when x or err is set
	x    *extract.Extractor
	err  error
}

// loadExtractor starts loading an extractor with load; if that fails, it
// cancels the run with the error.
func loadExtractor(load func() (*extract.Extractor, error), cancel context.CancelCauseFunc) *loading {
	l := &loading{done: make(chan struct{})}
	go func() {
		defer close(l.done)
		l.x, l.err = load()
		if l.err != nil {
			cancel(l.err)
		}
	}()
	return l
}

// wait returns the extractor once it is loaded.
func (l *loading) wait() (*extract.Extractor, error) {
	<-l.done
	return l.x, l.err
}

// extractLine extracts a document with extractWork, once x has loaded,
// and writes the result as extract prints it: a JSON line, or the summary
// of --format text. If x failed to load, the line holds that error.
func extractLine(ctx context.Context, x *loading, format string) func(*doc.Document) *outLine {
	work := sync.OnceValues(func() (func(*doc.Document) record.Result, error) {
		ex, err := x.wait()
		if err != nil {
			return nil, err
		}
		return extractWork(ctx, ex), nil
	})
	return func(d *doc.Document) *outLine {
		l := linePool.Get().(*outLine)
		extractDoc, err := work()
		if err != nil {
			l.err = err
			return l
		}
		l.res = extractDoc(d)
		if format == "text" {
			l.err = writeSummary(&l.buf, &l.res)
		} else {
			l.err = l.enc.Encode(&l.res)
		}
		return l
	}
}
