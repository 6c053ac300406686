// Package pipeline runs a function over the documents of a set of inputs on
// several goroutines and hands the results back in input order, holding a
// bounded number of documents at a time. Extract and ingest both use it:
// documents are independent, so sitrep parallelizes across documents, never
// within one.
package pipeline

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// Item is one document and what work made of it, or an input that could
// not be read. Err is an *doc.InputError when the input could not be read
// (Doc is then nil), or a *PanicError when work panicked on Doc.
type Item[T any] struct {
	Doc   *doc.Document
	Value T
	Err   error
	file  *doc.File // to load into Doc or Err first
}

// PanicError is a panic in work, caught so that one document that trips a
// bug does not end a run over a million others; the caller still reports it
// and fails the run.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("internal error (please report it with this document): panic: %v", e.Value)
}

// Window is how many batches per worker may be read ahead of the one
// being emitted. It keeps every worker busy when documents take uneven time
// while bounding memory: at most Window*workers+2 batches are held.
const Window = 4

// A batch is up to BatchDocs documents, or fewer when they hold BatchBytes
// of text, read in a row. Workers take and hand back batches, not single
// documents: most news is set aside in microseconds, and waking a
// goroutine on another core for each article cost more than the article.
// A batch the input is slow to fill goes out after batchWait, so that a
// feed or a pipe read as it comes is not held back. Files that Run's
// workers load (text and HTML) are counted at 0 bytes, their size being
// unknown until read: such a batch is 32 files, each at most doc's limit.
const (
	BatchDocs  = 32
	BatchBytes = 256 << 10
	batchWait  = 2 * time.Millisecond
)

// batch is items on their way: done is closed when their Value and Err are
// set. When the workers load files, checked is closed when the batch's
// documents are loaded and their ids checked, which must happen in input
// order: after prev's.
type batch[T any] struct {
	items   []Item[T]
	bytes   int
	done    chan struct{}
	prev    *batch[T]
	checked chan struct{}
}

// Run reads the documents under paths (as doc.Read does, "-" being stdin),
// applies work to each on workers goroutines (runtime.NumCPU() when workers
// < 1) and calls emit in input order from the calling goroutine. Input
// errors are passed to emit too, in their place in the order.
//
// Run returns the first error emit returns, or ctx's error when ctx is
// canceled; either stops reading at once. Run returns after the calls to
// work already started have ended. It waits for the reading goroutine too,
// except when ctx is canceled: a read from a terminal or a pipe cannot be
// interrupted, and Ctrl-C must not wait for the next line. That goroutine
// then ends as soon as its read returns, without calling anything.
//
// The workers, not the reading goroutine, open, read and parse the text
// and HTML files: with short articles that is a third of the work, and
// one goroutine doing it held two workers back.
func Run[T any](ctx context.Context, paths []string, stdin io.Reader, workers int,
	work func(*doc.Document) T, emit func(Item[T]) error) error {
	read := func(put func(Item[T]) error) error {
		return doc.ReadFiles(paths, stdin,
			func(f *doc.File) error { return put(Item[T]{file: f}) },
			func(d *doc.Document, err error) error { return put(Item[T]{Doc: d, Err: err}) })
	}
	return run(ctx, read, doc.NewIDs(), workers, work, emit)
}

// Source delivers documents to fn as doc.Read does, returning fn's first
// error: the files under some paths, or what a command fetched itself
// (watch reads feeds over HTTP).
type Source func(fn func(*doc.Document, error) error) error

// Paths is the Source of doc.Read(paths, stdin).
func Paths(paths []string, stdin io.Reader) Source {
	return func(fn func(*doc.Document, error) error) error { return doc.Read(paths, stdin, fn) }
}

// RunSource is Run over the documents src delivers, already read and
// parsed on src's goroutine.
func RunSource[T any](ctx context.Context, src Source, workers int,
	work func(*doc.Document) T, emit func(Item[T]) error) error {
	read := func(put func(Item[T]) error) error {
		return src(func(d *doc.Document, err error) error { return put(Item[T]{Doc: d, Err: err}) })
	}
	return run(ctx, read, nil, workers, work, emit)
}

// run is Run and RunSource over the items read puts, in order: documents,
// input errors, or files that the workers load and whose documents' ids
// they check with ids (nil when read checked them).
func run[T any](ctx context.Context, read func(put func(Item[T]) error) error, ids *doc.IDs,
	workers int, work func(*doc.Document) T, emit func(Item[T]) error) error {
	if workers < 1 {
		workers = runtime.NumCPU()
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// order carries every batch in input order to the emitter and bounds
	// how far reading runs ahead; jobs hands the batches to the workers.
	order := make(chan *batch[T], Window*workers)
	jobs := make(chan *batch[T])

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			var files doc.Loader // for the files this worker reads
			defer files.Close()
			for {
				select {
				case b, ok := <-jobs:
					if !ok {
						return
					}
					if ids != nil {
						load(ctx, b, ids, &files)
					}
					for i := range b.items {
						if it := &b.items[i]; it.Err == nil && ctx.Err() == nil {
							it.Value, it.Err = call(work, it.Doc)
						}
					}
					close(b.done)
				case <-ctx.Done():
					return
				}
			}
		})
	}

	// The reader fills cur; it, or the timer when the input is slow, sends
	// it on. mu keeps the batches in order.
	var (
		mu     sync.Mutex
		cur    *batch[T]
		last   *batch[T] // sent before cur
		closed bool
	)
	send := func() error { // mu held
		b := cur
		cur, last = nil, b
		select {
		case order <- b:
		case <-ctx.Done():
			return ctx.Err()
		}
		select {
		case jobs <- b:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	timer := time.AfterFunc(time.Hour, func() {
		mu.Lock()
		defer mu.Unlock()
		if !closed && cur != nil {
			_ = send() // fails only when ctx is canceled, which all see
		}
	})
	timer.Stop()
	readDone := make(chan struct{})
	go func() {
		defer close(readDone)
		// Read fails only with the ctx errors returned below, which the
		// emitter sees for itself.
		err := read(func(it Item[T]) error {
			mu.Lock()
			defer mu.Unlock()
			if cur == nil {
				cur = &batch[T]{items: make([]Item[T], 0, BatchDocs), done: make(chan struct{})}
				if ids != nil { // load clears prev, or every batch would stay reachable
					cur.prev, cur.checked = last, make(chan struct{})
				}
				timer.Reset(batchWait)
			}
			cur.items = append(cur.items, it)
			if d := it.Doc; d != nil {
				cur.bytes += len(d.Title) + len(d.Text)
			}
			if len(cur.items) < BatchDocs && cur.bytes < BatchBytes {
				return ctx.Err()
			}
			timer.Stop()
			return send()
		})
		timer.Stop()
		mu.Lock()
		defer mu.Unlock()
		if cur != nil && err == nil {
			_ = send()
		}
		closed = true
		close(order)
		close(jobs)
	}()

	err := drain(ctx, order, emit)
	cancel() // stop the reader and the workers if emit failed
	wg.Wait()
	if parent.Err() == nil {
		<-readDone
	}
	return err
}

// drain emits the items of order's batches as each batch is done, until
// order is closed, emit fails or ctx is canceled.
func drain[T any](ctx context.Context, order <-chan *batch[T], emit func(Item[T]) error) error {
	for {
		select {
		case b, ok := <-order:
			if !ok {
				return ctx.Err() // the reader stops early only when canceled
			}
			select {
			case <-b.done:
			case <-ctx.Done():
			}
			for _, it := range b.items {
				if err := ctx.Err(); err != nil {
					return err
				}
				if err := emit(it); err != nil {
					return err
				}
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// load loads b's files into documents or input errors, then, once the
// batch before b has been checked, checks the ids of b's documents in
// order. The loading, most of reading, runs on every worker at once, each
// with its own files; the check, a hash per document, is what must wait.
func load[T any](ctx context.Context, b *batch[T], ids *doc.IDs, files *doc.Loader) {
	for i := range b.items {
		if it := &b.items[i]; it.file != nil && ctx.Err() == nil {
			it.Doc, it.Err = files.Load(it.file)
			it.file = nil
		}
	}
	if b.prev != nil {
		select {
		case <-b.prev.checked:
		case <-ctx.Done():
			return // nothing is emitted after a cancel
		}
		b.prev = nil // or every batch would stay reachable from the last
	}
	for _, it := range b.items {
		if it.Doc != nil {
			ids.Check(it.Doc)
		}
	}
	close(b.checked)
}

// call runs work on d, turning a panic into a *PanicError.
func call[T any](work func(*doc.Document) T, d *doc.Document) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r, Stack: debug.Stack()}
		}
	}()
	return work(d), nil
}
