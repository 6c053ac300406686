package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/open"
)

// maxFetchBytes bounds one feed or page fetched by watch: a page larger
// than this is not an article.
const maxFetchBytes = 64 << 20

// runWatch is `sitrep watch [--db DSN] [--every D] [--once] SOURCE...`:
// every interval, read what is new in the watched directories and feeds and
// ingest it through the same path as `sitrep ingest`.
//
// Nothing is kept outside the database: a file or feed item already stored
// (same content hash) is skipped at no extraction cost, so a watch
// restarted after a crash or a reboot starts where it stopped. Within one
// process, files are re-read only when their size or modification time
// changed, and feeds are fetched with If-None-Match/If-Modified-Since.
func runWatch(ctx context.Context, e env, args []string) error {
	f := newIngestFlags(e, "watch", `usage: sitrep watch [--db DSN] [--every 5m] [--once] [--fetch-links] SOURCE...

Follows sources and ingests what is new, every --every. SOURCE is a
directory (its new and changed .txt, .jsonl, .jsonl.gz, .html, .htm, .rss
and .atom files, read recursively), a file, or the http(s) URL of an RSS or
Atom feed. What is stored already is skipped, so a restarted watch resumes.
Stop it with Ctrl-C.

`)
	fs := f.fs
	every := fs.Duration("every", 5*time.Minute, "time between two passes")
	once := fs.Bool("once", false, "run one pass and exit (for cron and tests); exit 1 if a source failed")
	fetchLinks := fs.Bool("fetch-links", false, "fetch each new feed item's link and read the page as HTML (default: the feed's own text)")
	if ok, err := f.parse(args, "watch: no SOURCE given"); !ok {
		return err
	}
	if *every <= 0 {
		return fmt.Errorf("watch: --every %s: want a positive duration such as 5m", *every)
	}
	live, err := liveProgress(*f.progress, e.stderr)
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	w := &watcher{e: e, fetchLinks: *fetchLinks, files: map[string]fileStamp{},
		feeds: map[string]*feedState{}, seed: maphash.MakeSeed(), seen: map[uint64]struct{}{},
		client: &http.Client{Timeout: time.Minute}, settle: time.Second, sleep: sleepCtx}
	for _, src := range fs.Args() {
		if isURL(src) {
			if _, err := url.Parse(src); err != nil {
				return fmt.Errorf("watch: %q: %v", src, err)
			}
			w.feeds[src] = &feedState{}
		} else if _, err := os.Stat(src); err != nil {
			return fmt.Errorf("watch: %v", err)
		}
		w.sources = append(w.sources, src)
	}

	x, err := newExtractor()
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	st, err := open.Open(ctx, *f.dsn)
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	defer st.Close()
	w.st = st

	for pass := 1; ; pass++ {
		r := &ingestRun{e: e, st: st, batch: 256, started: time.Now(), lastFlush: time.Now(), live: live}
		w.failed = 0
		err := r.run(ctx, x, *f.workers, w.source(ctx))
		w.report(ctx, pass, r)
		if err != nil && !errors.Is(err, context.Canceled) {
			return fmt.Errorf("watch: %w", err)
		}
		if *once {
			if ctx.Err() == nil && (r.failed > 0 || w.failed > 0) {
				return errSilent
			}
			return nil
		}
		if !w.wait(ctx, pass, *every, live) {
			return nil // interrupted: what was read is stored
		}
	}
}

// watcher is what watch remembers between passes, in memory only.
type watcher struct {
	e          env
	st         store.Store
	sources    []string
	fetchLinks bool
	client     *http.Client

	files map[string]fileStamp    // every file seen, with its state when last read
	feeds map[string]*feedState   // by URL
	seed  maphash.Seed            // for seen
	seen  map[uint64]struct{}     // id and content hash of every document already handed to ingest
	total struct{ read, new int } // over all passes, for the progress line

	failed int // sources that could not be read in this pass

	// settle is how long a file must stay unchanged before it is read:
	// one modified more recently may still be being written, and reading
	// it half-way would store the half as a revision. sleep waits for it
	// (a parameter so that tests can change a file during the wait).
	settle time.Duration
	sleep  func(context.Context, time.Duration)
}

type fileStamp struct {
	size int64
	mod  time.Time
}

type feedState struct {
	etag, modified string
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// source is one pass's documents: the new and changed files under every
// watched path, then the items of every feed that changed. A document
// already handed to ingest by this process, unchanged, is left out, so
// that a feed's twenty old items are not looked up again every pass; an
// edited file or feed item (same id, new content) is a new revision.
func (w *watcher) source(ctx context.Context) func(fn func(*doc.Document, error) error) error {
	return func(fn func(*doc.Document, error) error) error {
		once := func(d *doc.Document, err error) error {
			if err != nil {
				return fn(nil, err)
			}
			h := maphash.String(w.seed, d.ID+"\x00"+store.ContentHash(d))
			if _, dup := w.seen[h]; dup {
				return nil
			}
			w.seen[h] = struct{}{}
			return fn(d, nil)
		}
		for _, src := range w.sources {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			var err error
			if isURL(src) {
				err = w.feed(ctx, src, once)
			} else if changed := w.changedFiles(ctx, src); len(changed) > 0 {
				err = doc.Read(changed, nil, once)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}
}

// changedFiles lists the readable files under root (or root itself) that
// are new or whose size or modification time changed since the last pass.
// A file modified less than settle ago is looked at again after settle;
// if it changed meanwhile it is still being written, and is left for the
// next pass.
func (w *watcher) changedFiles(ctx context.Context, root string) []string {
	var changed, fresh []string
	now := time.Now()
	check := func(p string, fi fs.FileInfo) {
		stamp := fileStamp{fi.Size(), fi.ModTime()}
		if old, ok := w.files[p]; ok && old == stamp {
			return
		}
		w.files[p] = stamp
		if now.Sub(stamp.mod) < w.settle {
			fresh = append(fresh, p)
			return
		}
		changed = append(changed, p)
	}
	fi, err := os.Stat(root)
	if err != nil {
		w.failed++
		fmt.Fprintf(w.e.stderr, "sitrep: watch: %v\n", err)
		return nil
	}
	if !fi.IsDir() {
		check(root, fi)
	} else {
		doc.Files(root, func(p string, _ fs.DirEntry, err error) error {
			if err != nil {
				return nil // gone or unreadable since the listing: next pass
			}
			if fi, err := os.Stat(p); err == nil {
				check(p, fi)
			}
			return nil
		})
	}
	if len(fresh) == 0 {
		return changed
	}
	w.sleep(ctx, w.settle)
	for _, p := range fresh {
		fi, err := os.Stat(p)
		if err != nil || (fileStamp{fi.Size(), fi.ModTime()}) != w.files[p] {
			delete(w.files, p) // still being written: seen as changed next pass
			continue
		}
		changed = append(changed, p)
	}
	return changed
}

// sleepCtx waits for d or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// feed fetches a feed and hands its items to fn; with --fetch-links, an
// item not stored yet is replaced by the page its link points to.
func (w *watcher) feed(ctx context.Context, src string, fn func(*doc.Document, error) error) error {
	state := w.feeds[src]
	body, hdr, err := w.get(ctx, src, state.etag, state.modified)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		w.failed++
		return fn(nil, &doc.InputError{Path: src, Err: err})
	}
	if body == nil {
		return nil // 304 Not Modified
	}
	state.etag, state.modified = hdr.Get("ETag"), hdr.Get("Last-Modified")
	u, _ := url.Parse(src)
	return doc.ReadFeed(bytes.NewReader(body), src, u.Hostname(), func(d *doc.Document, err error) error {
		if err != nil {
			w.failed++
			state.etag, state.modified = "", "" // read it whole again next time
			return fn(nil, err)
		}
		if w.fetchLinks && d.URL != "" {
			if d = w.page(ctx, d); d == nil {
				return nil
			}
		}
		return fn(d, nil)
	})
}

// page replaces a feed item by the article its link points to, keeping
// the item's id, and its title and date where the page has none. An item
// already stored under its id is left out (nil): a restarted watch does not
// refetch a feed's pages, and the feed's shorter text must not replace the
// stored article as a new revision. A page that cannot be fetched leaves
// the item as the feed gave it, with a warning.
func (w *watcher) page(ctx context.Context, item *doc.Document) *doc.Document {
	if _, err := w.st.Document(ctx, item.ID); err == nil {
		return nil
	}
	body, _, err := w.get(ctx, item.URL, "", "")
	if err != nil {
		item.Warnings = append(item.Warnings, fmt.Sprintf("link %s not fetched (%v): using the feed's text", item.URL, err))
		return item
	}
	d, err := doc.ParseHTML(body, item.ID, item.Path)
	if err != nil || d.Text == "" {
		item.Warnings = append(item.Warnings, fmt.Sprintf("link %s has no readable article: using the feed's text", item.URL))
		return item
	}
	d.Line = item.Line
	if d.URL == "" {
		d.URL = item.URL
	}
	if d.Title == "" {
		d.Title = item.Title
	}
	if d.Source == "" {
		d.Source = item.Source
	}
	if d.Date == "" && item.Date != "" {
		d.Date = item.Date // the feed's date: drop the page's "no date" warning
		kept := d.Warnings[:0]
		for _, w := range d.Warnings {
			if !strings.Contains(w, "no publication date") {
				kept = append(kept, w)
			}
		}
		d.Warnings = kept
	}
	return d
}

// get fetches u, conditionally when etag or modified is set. It returns a
// nil body for 304 Not Modified.
func (w *watcher) get(ctx context.Context, u, etag, modified string) ([]byte, http.Header, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, nil, err
	}
	req.Header.Set("User-Agent", "sitrep/"+version()+" (watch)")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if modified != "" {
		req.Header.Set("If-Modified-Since", modified)
	}
	resp, err := w.client.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return nil, resp.Header, nil
	case resp.StatusCode != http.StatusOK:
		return nil, nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxFetchBytes+1))
	if err != nil {
		return nil, nil, err
	}
	if len(body) > maxFetchBytes {
		return nil, nil, fmt.Errorf("larger than %d MiB", maxFetchBytes>>20)
	}
	return body, resp.Header, nil
}

// report prints one line per pass that read something, the line a log
// keeps.
func (w *watcher) report(ctx context.Context, pass int, r *ingestRun) {
	r.clearLine()
	w.total.read += r.read
	w.total.new += r.stored
	if r.read == 0 && r.failed == 0 {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "sitrep: watch: pass %d: %d documents read: %d new, %d already stored", pass, r.read, r.stored, r.skipped)
	if r.revised > 0 {
		fmt.Fprintf(&b, ", %d new revisions", r.revised)
	}
	fmt.Fprintf(&b, "; %d incidents extracted", r.extractedIncidents)
	if p, err := r.st.Incidents(ctx, store.Filter{Limit: 1}); err == nil {
		fmt.Fprintf(&b, ", %d incidents in the database (%+d)", p.Total, r.created)
	}
	if r.failed > 0 {
		fmt.Fprintf(&b, "; %d inputs could not be read", r.failed)
	}
	b.WriteByte('\n')
	io.WriteString(w.e.stderr, b.String())
}

// wait sleeps until the next pass, redrawing a countdown every second on a
// terminal. It reports false when ctx is canceled.
func (w *watcher) wait(ctx context.Context, pass int, every time.Duration, live bool) bool {
	next := time.Now().Add(every)
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	timer := time.NewTimer(every)
	defer timer.Stop()
	for {
		if live {
			fmt.Fprintf(w.e.stderr, "\r\033[Kwatch: %d sources, pass %d done, %d documents read, %d new; next pass in %s",
				len(w.sources), pass, w.total.read, w.total.new, time.Until(next).Round(time.Second))
		}
		select {
		case <-ctx.Done():
			if live {
				fmt.Fprint(w.e.stderr, "\r\033[K")
			}
			return false
		case <-timer.C:
			if live {
				fmt.Fprint(w.e.stderr, "\r\033[K")
			}
			return true
		case <-tick.C:
		}
	}
}
