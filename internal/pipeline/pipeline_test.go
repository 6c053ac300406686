package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// jsonl returns n JSON Lines documents with ids d0, d1, ...; every line
// whose number is a multiple of bad (when bad > 0) is not JSON.
func jsonl(n, bad int) string {
	var b strings.Builder
	for i := range n {
		if bad > 0 && (i+1)%bad == 0 {
			b.WriteString("not json\n")
			continue
		}
		fmt.Fprintf(&b, `{"id":"d%d","date":"2020-01-01","text":"Body %d."}`+"\n", i, i)
	}
	return b.String()
}

// Work that takes random time finishes out of order; emit still sees the
// input order, input errors in their place, and no goroutine is left
// (synctest fails the test if one is).
func TestRunKeepsInputOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 7} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				const n = 300
				r := rand.New(rand.NewPCG(uint64(workers), 9))
				var mu sync.Mutex
				delay := func() time.Duration {
					mu.Lock()
					defer mu.Unlock()
					return time.Duration(r.IntN(1000)) * time.Microsecond
				}
				var got []string
				err := Run(t.Context(), []string{"-"}, strings.NewReader(jsonl(n, 37)), workers,
					func(d *doc.Document) string {
						time.Sleep(delay())
						return strings.ToUpper(d.ID)
					},
					func(it Item[string]) error {
						switch {
						case it.Err != nil:
							got = append(got, it.Err.Error()[:4])
						case it.Value != strings.ToUpper(it.Doc.ID):
							t.Errorf("value %q for document %q", it.Value, it.Doc.ID)
						default:
							got = append(got, it.Doc.ID)
						}
						return nil
					})
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != n {
					t.Fatalf("emitted %d items, want %d", len(got), n)
				}
				for i, g := range got {
					want := fmt.Sprintf("d%d", i)
					if (i+1)%37 == 0 {
						want = fmt.Sprintf("-:%d", i+1)[:4]
					}
					if g != want {
						t.Fatalf("item %d = %q, want %q", i, g, want)
					}
				}
			})
		})
	}
}

// However slow emit is, reading runs at most Window*workers+2 batches
// ahead of it: memory does not grow with the input.
func TestRunBoundsDocumentsInFlight(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const workers = 3
		var started, emitted, most atomic.Int64
		err := Run(t.Context(), []string{"-"}, strings.NewReader(jsonl(1000, 0)), workers,
			func(d *doc.Document) int {
				ahead := started.Add(1) - emitted.Load()
				for m := most.Load(); ahead > m && !most.CompareAndSwap(m, ahead); m = most.Load() {
				}
				return 0
			},
			func(Item[int]) error {
				time.Sleep(time.Millisecond)
				emitted.Add(1)
				return nil
			})
		if err != nil {
			t.Fatal(err)
		}
		low, limit := int64(Window*workers*BatchDocs), int64((Window*workers+2)*BatchDocs)
		if most.Load() > limit || most.Load() < low {
			t.Errorf("up to %d documents in flight, want between %d and %d", most.Load(), low, limit)
		}
	})
}

// Documents from an input that then goes quiet are emitted without waiting
// for their batch to fill: a feed or a pipe read as it comes is not held
// back.
func TestRunEmitsBeforeQuietInput(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		pr, pw := io.Pipe()
		var emitted atomic.Int64
		go func() {
			pw.Write([]byte(jsonl(200, 0))) // more than the reader sniffs, and not whole batches
			time.Sleep(time.Second)
			if n := emitted.Load(); n != 200 {
				t.Errorf("%d documents emitted while the input was quiet, want 200", n)
			}
			pw.Close()
		}()
		err := Run(t.Context(), []string{"-"}, pr, 2,
			func(d *doc.Document) string { return d.ID },
			func(Item[string]) error { emitted.Add(1); return nil })
		if err != nil {
			t.Fatal(err)
		}
	})
}

func TestRunCancel(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		emitted := 0
		err := Run(ctx, []string{"-"}, strings.NewReader(jsonl(1000, 0)), 2,
			func(d *doc.Document) string { time.Sleep(time.Millisecond); return d.ID },
			func(Item[string]) error {
				if emitted++; emitted == 10 {
					cancel()
				}
				return nil
			})
		if !errors.Is(err, context.Canceled) || emitted != 10 {
			t.Errorf("Run returned %v after %d items, want %v after 10", err, emitted, context.Canceled)
		}
	})
}

// Ctrl-C while reading a pipe that sends nothing returns at once; the
// reading goroutine ends when the pipe does.
func TestRunCancelWhileReadBlocks(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		pr, pw := io.Pipe()
		ctx, cancel := context.WithCancel(t.Context())
		go func() {
			pw.Write([]byte(jsonl(3, 0)[:20])) // part of a line, then silence
			time.Sleep(time.Second)
			cancel()
		}()
		err := Run(ctx, []string{"-"}, pr, 2,
			func(d *doc.Document) string { return d.ID },
			func(it Item[string]) error { t.Errorf("emitted %+v", it); return nil })
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Run returned %v, want %v", err, context.Canceled)
		}
		pw.Close()
	})
}

func TestRunEmitError(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		stop := errors.New("disk full")
		emitted := 0
		err := Run(t.Context(), []string{"-"}, strings.NewReader(jsonl(1000, 0)), 2,
			func(d *doc.Document) string { return d.ID },
			func(Item[string]) error {
				if emitted++; emitted == 5 {
					return stop
				}
				return nil
			})
		if err != stop || emitted != 5 {
			t.Errorf("Run returned %v after %d items, want %v after 5", err, emitted, stop)
		}
	})
}

// A panic in work on one document is that document's error; the others go
// on.
func TestRunPanicInWork(t *testing.T) {
	var got []string
	err := Run(t.Context(), []string{"-"}, strings.NewReader(jsonl(5, 0)), 2,
		func(d *doc.Document) string {
			if d.ID == "d2" {
				var m map[string]int
				m["boom"]++
			}
			return d.ID
		},
		func(it Item[string]) error {
			var pe *PanicError
			switch {
			case errors.As(it.Err, &pe) && it.Doc != nil && strings.Contains(string(pe.Stack), "TestRunPanicInWork"):
				got = append(got, "panic:"+it.Doc.ID)
			case it.Err != nil:
				got = append(got, "error:"+it.Err.Error())
			default:
				got = append(got, it.Value)
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if want := "d0 d1 panic:d2 d3 d4"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}

// Files and directories go through doc.Read: the paths, in order.
func TestRunPaths(t *testing.T) {
	var got []string
	err := Run(t.Context(), []string{"../doc/testdata/tree/sub", "../doc/testdata/tree/a.txt", "../doc/testdata/missing.txt"}, nil, 0,
		func(d *doc.Document) int { return len(d.Text) },
		func(it Item[int]) error {
			if it.Err != nil {
				got = append(got, it.Err.Error())
			} else {
				got = append(got, fmt.Sprintf("%s=%d", it.Doc.Path, it.Value))
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"../doc/testdata/tree/sub/c.txt=38",
		"../doc/testdata/tree/sub/deeper/d.txt=49",
		"../doc/testdata/tree/a.txt=127",
		"../doc/testdata/missing.txt: no such file or directory",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Run loads text and HTML files on its workers and checks duplicate ids
// itself: what it emits is what doc.Read reads, warnings and errors
// included, whichever batch or worker each file lands in. Ids repeat
// across directories, and some of the files that share an id cannot be
// read: only documents that were read count as earlier holders of an id.
func TestRunReadsAsRead(t *testing.T) {
	dir := t.TempDir()
	for i := range 300 {
		sub := filepath.Join(dir, fmt.Sprintf("d%d", i%3))
		var name, body string
		switch {
		case i%7 == 0:
			name, body = fmt.Sprintf("f%d.txt", i%40), "date 2020-13-01 Bad date\n\nBody.\n"
		case i%11 == 0:
			name, body = fmt.Sprintf("f%d.html", i%40), "<html><body><p>Page \xff body.</p></body></html>"
		case i%13 == 0:
			name, body = fmt.Sprintf("f%d.jsonl", i%40), `{"id":"f1","text":"Line."}`+"\nnot json\n"
		case i%17 == 0:
			name = fmt.Sprintf("f%d.txt", i%40) // empty
		default:
			name, body = fmt.Sprintf("f%d.txt", i%40), fmt.Sprintf("date 2020-01-02 Title %d\n\nBody %d.\n", i, i)
		}
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	paths := []string{dir, filepath.Join(dir, "d1", "f2.txt"), filepath.Join(dir, "missing.txt")}
	show := func(d *doc.Document, err error) string {
		if err != nil {
			return "error " + err.Error()
		}
		return fmt.Sprintf("%s:%d id=%s date=%s title=%q text=%q warnings=%q", d.Path, d.Line, d.ID, d.Date, d.Title, d.Text, d.Warnings)
	}
	var want []string
	if err := doc.Read(paths, nil, func(d *doc.Document, err error) error {
		want = append(want, show(d, err))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2, 3} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			var got []string
			err := Run(t.Context(), paths, nil, workers,
				func(d *doc.Document) int { return 0 },
				func(it Item[int]) error {
					got = append(got, show(it.Doc, it.Err))
					return nil
				})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("got %d items, want %d", len(got), len(want))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("item %d: got\n%s\nwant\n%s", i, got[i], want[i])
				}
			}
		})
	}
}
