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

	"github.com/sitrep/sitrep/internal/doc"
)

// Item is one document and what work made of it, or an input that could
// not be read. Err is an *doc.InputError when the input could not be read
// (Doc is then nil), or a *PanicError when work panicked on Doc.
type Item[T any] struct {
	Doc   *doc.Document
	Value T
	Err   error
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

// Window is how many documents per worker may be read ahead of the one
// being emitted. It keeps every worker busy when documents take uneven time
// while bounding memory: at most Window*workers+2 documents are held.
const Window = 4

// slot is an Item on its way: done is closed when Value and Err are set.
type slot[T any] struct {
	Item[T]
	done chan struct{}
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
func Run[T any](ctx context.Context, paths []string, stdin io.Reader, workers int,
	work func(*doc.Document) T, emit func(Item[T]) error) error {
	return RunSource(ctx, Paths(paths, stdin), workers, work, emit)
}

// Source delivers documents to fn as doc.Read does, returning fn's first
// error: the files under some paths, or what a command fetched itself
// (watch reads feeds over HTTP).
type Source func(fn func(*doc.Document, error) error) error

// Paths is the Source of doc.Read(paths, stdin).
func Paths(paths []string, stdin io.Reader) Source {
	return func(fn func(*doc.Document, error) error) error { return doc.Read(paths, stdin, fn) }
}

// RunSource is Run over the documents src delivers.
func RunSource[T any](ctx context.Context, src Source, workers int,
	work func(*doc.Document) T, emit func(Item[T]) error) error {
	if workers < 1 {
		workers = runtime.NumCPU()
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// order carries every item in input order to the emitter and bounds how
	// far reading runs ahead; jobs hands the documents to the workers.
	order := make(chan *slot[T], Window*workers)
	jobs := make(chan *slot[T])

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				select {
				case s, ok := <-jobs:
					if !ok {
						return
					}
					s.Value, s.Err = call(work, s.Doc)
					close(s.done)
				case <-ctx.Done():
					return
				}
			}
		})
	}
	readDone := make(chan struct{})
	go func() {
		defer close(readDone)
		defer close(order)
		defer close(jobs)
		// Read fails only with the ctx errors returned below, which the
		// emitter sees for itself.
		_ = src(func(d *doc.Document, err error) error {
			s := &slot[T]{Item: Item[T]{Doc: d, Err: err}, done: make(chan struct{})}
			if err != nil {
				close(s.done)
			}
			select {
			case order <- s:
			case <-ctx.Done():
				return ctx.Err()
			}
			if err != nil {
				return nil
			}
			select {
			case jobs <- s:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	err := drain(ctx, order, emit)
	cancel() // stop the reader and the workers if emit failed
	wg.Wait()
	if parent.Err() == nil {
		<-readDone
	}
	return err
}

// drain emits the items of order as each is done, until order is closed,
// emit fails or ctx is canceled.
func drain[T any](ctx context.Context, order <-chan *slot[T], emit func(Item[T]) error) error {
	for {
		select {
		case s, ok := <-order:
			if !ok {
				return ctx.Err() // the reader stops early only when canceled
			}
			select {
			case <-s.done:
			case <-ctx.Done():
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := emit(s.Item); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
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
