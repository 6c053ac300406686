package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/store/sqlite"
)

// feedServer serves an RSS feed of two attack reports, the article pages
// its items link to, and a missing feed, all written for this test. It
// answers a conditional request for the feed with 304 and counts requests.
type feedServer struct {
	*httptest.Server
	feedGets, pageGets, notModified atomic.Int32
}

const watchPage = `<html><head><title>Gunmen kill four at a Kabul checkpoint</title>
<meta property="article:published_time" content="2020-03-05T08:00:00+04:30"></head>
<body><nav>Home | World | Sport</nav><article>
<p>KABUL, Afghanistan — Gunmen attacked a police checkpoint in Kabul on Wednesday, killing four police officers, officials said.</p>
<p>The attackers escaped on foot. No group has claimed responsibility for the attack, the full page says.</p>
</article></body></html>`

func newFeedServer(t *testing.T) *feedServer {
	fs := &feedServer{}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.rss", func(w http.ResponseWriter, r *http.Request) {
		fs.feedGets.Add(1)
		if r.Header.Get("If-None-Match") == `"v1"` {
			fs.notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><guid>kabul-1</guid><title>Gunmen kill four in Kabul</title><link>%[1]s/kabul.html</link>
<pubDate>Thu, 05 Mar 2020 08:00:00 +0430</pubDate>
<description>Gunmen attacked a police checkpoint in Kabul on Wednesday, killing four police officers, officials said.</description></item>
<item><guid>mogadishu-1</guid><title>Bomb kills three in Mogadishu</title><link>%[1]s/missing.html</link>
<pubDate>Fri, 06 Mar 2020 09:00:00 +0300</pubDate>
<description>&lt;p&gt;A car bomb exploded near a market in Mogadishu on Thursday, killing three civilians, police said.&lt;/p&gt;</description></item>
</channel></rss>`, "http://"+r.Host) // not fs.URL: set after the server starts, unordered for the race detector
	})
	mux.HandleFunc("/kabul.html", func(w http.ResponseWriter, r *http.Request) {
		fs.pageGets.Add(1)
		fmt.Fprint(w, watchPage)
	})
	fs.Server = httptest.NewServer(mux)
	t.Cleanup(fs.Close)
	return fs
}

// itemID is the id watch gives a feed item of the test server.
func itemID(guid string) string {
	sum := sha256.Sum256([]byte(guid))
	return "127.0.0.1-" + hex.EncodeToString(sum[:6])
}

// TestWatchOnceCLI: through the real binary, one pass reads a directory
// and a feed; a file added before the next pass is the only new document;
// a restarted watch stores nothing twice.
func TestWatchOnceCLI(t *testing.T) {
	srv := newFeedServer(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	writeSynthetic(t, in, 2)
	writeFiles(t, in, map[string]string{
		"page.html":   watchPage,
		".hidden.txt": "date 2020-01-01 Hidden\n\nNot read.",
		"notes.md":    "Not an input.",
	})
	db := filepath.Join(dir, "w.db")
	feed := srv.URL + "/feed.rss"

	r := runSitrep(t, "", nil, "watch", "--once", "--db", db, in, feed)
	if r.code != 0 {
		t.Fatalf("watch --once: exit %d\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "pass 1: 5 documents read: 5 new") {
		t.Errorf("first pass: stderr lacks %q:\n%s", "pass 1: 5 documents read: 5 new", r.stderr)
	}
	if st := statsOf(t, db); st.Documents != 5 || st.Incidents == 0 {
		t.Errorf("after the first pass: %+v, want 5 documents and some incidents", st)
	}

	// A file added between passes; the rest is already stored.
	writeFiles(t, in, map[string]string{"later/new.txt": "date 2020-04-01 Riot in Baghdad\n\nProtesters set fire to a government building in Baghdad on Tuesday, police said.\n"})
	r = runSitrep(t, "", nil, "watch", "--once", "--db", db, in, feed)
	if r.code != 0 || !strings.Contains(r.stderr, "6 documents read: 1 new, 5 already stored") {
		t.Errorf("second pass: exit %d, stderr lacks %q:\n%s", r.code, "6 documents read: 1 new, 5 already stored", r.stderr)
	}
	if st := statsOf(t, db); st.Documents != 6 {
		t.Errorf("after the second pass: %d documents, want 6", st.Documents)
	}
	if n := srv.pageGets.Load(); n != 0 {
		t.Errorf("%d pages fetched without --fetch-links", n)
	}

	// A feed that is not there fails a --once run, naming it.
	r = runSitrep(t, "", nil, "watch", "--once", "--db", db, srv.URL+"/nope.rss")
	if r.code == 0 || !strings.Contains(r.stderr, "/nope.rss: HTTP 404") {
		t.Errorf("missing feed: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	for _, args := range [][]string{{"watch"}, {"watch", "--every", "0s", in}, {"watch", filepath.Join(dir, "absent")}} {
		if r := runSitrep(t, "", nil, args...); r.code == 0 {
			t.Errorf("sitrep %q exited 0", args)
		}
	}
}

// TestWatchFetchLinks: with --fetch-links a new item is stored as its page
// (the page's fuller text, the feed's id); an item whose page is missing
// keeps the feed's text, with a warning.
func TestWatchFetchLinks(t *testing.T) {
	srv := newFeedServer(t)
	db := filepath.Join(t.TempDir(), "w.db")
	r := runSitrep(t, "", nil, "watch", "--once", "--fetch-links", "--db", db, srv.URL+"/feed.rss")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "missing.html not fetched (HTTP 404 Not Found): using the feed's text") {
		t.Errorf("stderr lacks the warning for the missing page:\n%s", r.stderr)
	}
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d, err := st.Document(context.Background(), itemID("kabul-1"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "the full page says") || strings.Contains(d.Text, "Sport") || d.Date != "2020-03-05" || d.URL != srv.URL+"/kabul.html" {
		t.Errorf("stored page: date %q url %q text %q", d.Date, d.URL, d.Text)
	}
	d, err = st.Document(context.Background(), itemID("mogadishu-1"))
	if err != nil || !strings.HasPrefix(d.Text, "A car bomb exploded") || d.Date != "2020-03-06" {
		t.Errorf("item with a missing page: %+v, %v", d, err)
	}
	st.Close()

	// Restarted: the stored item's page is not fetched again, and the
	// feed's shorter text does not replace the stored article.
	before := srv.pageGets.Load()
	r = runSitrep(t, "", nil, "watch", "--once", "--fetch-links", "--db", db, srv.URL+"/feed.rss")
	if r.code != 0 || srv.pageGets.Load() != before || strings.Contains(r.stderr, "revision") {
		t.Errorf("restart: exit %d, %d page fetches, want %d, and no new revision\n%s", r.code, srv.pageGets.Load(), before, r.stderr)
	}
}

// syncBuffer is a bytes.Buffer safe for the watch goroutine to write while
// the test waits.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestWatchLoop: a running watch picks up a file added to its directory at
// a later pass, asks the feed only for changes, and stops on cancel.
func TestWatchLoop(t *testing.T) {
	srv := newFeedServer(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	writeSynthetic(t, in, 1)
	db := filepath.Join(dir, "w.db")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, env{strings.NewReader(""), &bytes.Buffer{}, &stderr},
			[]string{"watch", "--every", "20ms", "--db", db, in, srv.URL + "/feed.rss"})
	}()
	waitFor(t, &stderr, "pass 1: 3 documents read: 3 new", done)
	writeFiles(t, in, map[string]string{"added.txt": "date 2020-04-01 Riot in Baghdad\n\nProtesters set fire to a government building in Baghdad on Tuesday, police said.\n"})
	waitFor(t, &stderr, "1 documents read: 1 new", done)
	cancel()
	if err := <-done; err != nil {
		t.Errorf("watch returned %v after cancel, want nil", err)
	}
	if srv.notModified.Load() == 0 {
		t.Errorf("the feed was never asked for changes only (%d requests)", srv.feedGets.Load())
	}
	if strings.Count(stderr.String(), "pass ") != 2 {
		t.Errorf("want a line for the two passes that read something:\n%s", stderr.String())
	}
}

// waitFor waits until the output holds want, failing if watch ends first
// or nothing comes for a minute (a hung test, not a timing assertion).
func waitFor(t *testing.T, out *syncBuffer, want string, done chan error) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !strings.Contains(out.String(), want) {
		select {
		case err := <-done:
			t.Fatalf("watch ended (%v) before printing %q:\n%s", err, want, out.String())
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %q after a minute:\n%s", want, out.String())
		}
	}
}

// TestChangedFilesSettle: a file modified just now is read only if it is
// unchanged after the settle wait; one still being written is left for
// the next pass, and a file modified long ago is read at once.
func TestChangedFilesSettle(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "old.txt")
	done := filepath.Join(dir, "done.txt")
	growing := filepath.Join(dir, "growing.txt")
	for _, p := range []string{old, done, growing} {
		if err := os.WriteFile(p, []byte("2020-03-05\nfirst half"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	long := time.Now().Add(-time.Hour)
	if err := os.Chtimes(old, long, long); err != nil {
		t.Fatal(err)
	}
	waits := 0
	w := &watcher{e: env{stderr: &bytes.Buffer{}}, files: map[string]fileStamp{}, settle: time.Minute,
		sleep: func(context.Context, time.Duration) {
			waits++
			if waits == 1 { // the writer appends during the first wait
				f, err := os.OpenFile(growing, os.O_APPEND|os.O_WRONLY, 0)
				if err != nil {
					t.Fatal(err)
				}
				f.WriteString(" and the second half")
				f.Close()
			}
		}}
	tests := []struct {
		name string
		want []string
	}{
		{"first pass", []string{old, done}},
		{"next pass", []string{growing}},
		{"nothing changed", nil},
	}
	for _, tt := range tests {
		if tt.name == "next pass" {
			w.settle = 0 // the writer has finished by now
		}
		got := w.changedFiles(context.Background(), dir)
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s: changedFiles = %q, want %q", tt.name, got, tt.want)
		}
	}
	if waits != 1 {
		t.Errorf("waited %d times, want 1 (only the first pass had fresh files)", waits)
	}
}

// TestIngestWatchFlags checks the flags ingest and watch share: both
// list them in their usage, end at -h without running, and want an input.
func TestIngestWatchFlags(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	tests := []struct {
		name    string
		args    []string
		wantErr string // "" for none
		usage   string // in stderr
	}{
		{name: "ingest help", args: []string{"ingest", "--db", db, "-h"}, usage: "usage: sitrep ingest"},
		{name: "watch help", args: []string{"watch", "--db", db, "-h"}, usage: "usage: sitrep watch"},
		{name: "ingest without a path", args: []string{"ingest", "--db", db}, wantErr: "ingest: no PATH given", usage: "usage: sitrep ingest"},
		{name: "watch without a source", args: []string{"watch", "--db", db}, wantErr: "watch: no SOURCE given", usage: "usage: sitrep watch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, err := runIn(t, tt.args...)
			if (err == nil) != (tt.wantErr == "") || err != nil && !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %v, want %q", err, tt.wantErr)
			}
			for _, want := range []string{tt.usage, "-db", "-workers", "-progress"} {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr does not mention %q:\n%s", want, stderr)
				}
			}
			if _, err := os.Stat(db); err == nil {
				t.Errorf("%s created: the command ran", db)
			}
		})
	}
}
