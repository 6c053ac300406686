package server

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/sitrep/sitrep/internal/alert"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store/sqlite"
)

// buildSitrep builds the sitrep command into the test's directory: the
// test runs `sitrep watch` as an analyst would, in a process of its own.
func buildSitrep(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH to build sitrep")
	}
	bin := filepath.Join(t.TempDir(), "sitrep")
	if out, err := exec.Command(goTool, "build", "-o", bin, "github.com/sitrep/sitrep/cmd/sitrep").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestPageAlerts is the analyst's day on a real server and database: a
// watch on Mali is added through the API, `sitrep watch` follows a folder,
// an article about a bombing in Gao lands in it, the incident appears on
// the page, and the watch's webhook receives it, signed, with its
// evidence; the Watches panel shows it delivered.
//
// Marking the incident false and seeing the totals change (branch curate)
// is not part of it yet.
func TestPageAlerts(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped under -short")
	}
	b := newBrowser(t)
	bin := buildSitrep(t)
	dir := t.TempDir()
	inbox := filepath.Join(dir, "inbox")
	if err := os.Mkdir(inbox, 0o755); err != nil {
		t.Fatal(err)
	}
	dbPath := filepath.Join(dir, "sitrep.db")
	st, err := sqlite.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })

	// The receiver: it checks every delivery as the README tells a
	// receiver to, and hands on the good ones.
	const secret = "a-receivers-secret-0123456789"
	deliveries := make(chan alert.Payload, 16)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if err := alert.Verify(secret, r.Header.Get(alert.HeaderSignature), r.Header.Get(alert.HeaderTimestamp), body, time.Now()); err != nil {
			t.Errorf("webhook: %v", err)
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		var p alert.Payload
		if err := json.Unmarshal(body, &p); err != nil {
			t.Errorf("webhook: %v", err)
		}
		deliveries <- p
	}))
	t.Cleanup(hook.Close)

	// The server, with the alerts running beside it as in sitrep serve.
	srv := httptest.NewServer(New(st, Options{Token: testToken}))
	t.Cleanup(srv.Close)
	ctx, cancel := context.WithCancel(context.Background())
	alertsDone := make(chan struct{})
	go func() { alert.Run(ctx, st, 100*time.Millisecond, nil); close(alertsDone) }()
	t.Cleanup(func() { cancel(); <-alertsDone })

	r := do(t, "POST", srv.URL+"/api/watches", strings.NewReader(`{"name":"Mali","url":"`+hook.URL+`/sitrep","secret":"`+secret+`","countries":["Mali"],"types":["bombing"]}`),
		"Authorization", "Bearer "+testToken, "Content-Type", "application/json")
	if r.status != http.StatusCreated {
		t.Fatalf("adding the watch: %d %s", r.status, r.body)
	}

	// sitrep watch follows the folder, in its own process.
	watch := exec.CommandContext(ctx, bin, "watch", "--db", dbPath, "--every", "200ms", "--progress", "off", inbox)
	watch.Cancel = func() error { return watch.Process.Signal(os.Interrupt) }
	watch.WaitDelay = 10 * time.Second
	var watchLog strings.Builder
	watch.Stdout, watch.Stderr = &watchLog, &watchLog
	if err := watch.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		watch.Wait()
		if t.Failed() {
			t.Logf("sitrep watch:\n%s", watchLog.String())
		}
	})

	b.do("loading the page", chromedp.Navigate(srv.URL+"/"))
	b.wait("the empty state", `document.querySelector('#incidents tbody tr.empty') !== null`)

	// An article lands in the folder (written aside, then moved in, as
	// a downloader would).
	article, err := os.ReadFile("../../cmd/sitrep/testdata/eval/news/001_gao-market-bomb.txt")
	if err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(dir, "gao.txt")
	if err := os.WriteFile(tmp, article, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(inbox, "gao-market-bomb.txt")); err != nil {
		t.Fatal(err)
	}

	// The page shows it once reloaded.
	const gaoRow = `[...document.querySelectorAll('#incidents tbody tr')].some((tr) => tr.textContent.includes('Gao'))`
	deadline := time.Now().Add(60 * time.Second)
	for !eval[bool](b, `document.readyState === 'complete' && `+gaoRow) {
		if time.Now().After(deadline) {
			t.Fatalf("the Gao bombing never appeared on the page; sitrep watch said:\n%s", watchLog.String())
		}
		time.Sleep(300 * time.Millisecond)
		b.do("reloading", chromedp.Reload())
		b.wait("the table", `document.querySelector('#status').textContent !== 'Loading…'`)
	}
	if got := eval[string](b, `document.querySelector('#kpi-incidents').textContent`); got != "1" {
		t.Errorf("incidents total on the page = %q, want 1", got)
	}

	// The webhook got it, with the record and its evidence.
	var p alert.Payload
	select {
	case p = <-deliveries:
	case <-time.After(60 * time.Second):
		t.Fatal("no webhook delivery")
	}
	var inc record.Merged
	if err := json.Unmarshal(p.Incident, &inc); err != nil {
		t.Fatalf("delivered incident: %v", err)
	}
	if p.Event != "match" || p.Watch.Name != "Mali" || inc.Location == nil || inc.Location.Place != "Gao" ||
		inc.Type != record.Bombing || len(inc.Evidence) == 0 || len(inc.Sources) != 1 {
		t.Errorf("delivery %+v with incident %+v: want a match of the Gao bombing with its evidence and source", p, inc)
	}

	// The Watches panel, once given the token, shows it delivered.
	b.do("giving the token", chromedp.SendKeys(chromedp.CSS("#watches-token"), testToken, chromedp.NodeVisible), chromedp.Click(chromedp.CSS(`#watches-form button[type="submit"]`), chromedp.NodeVisible))
	b.wait("the delivered match", `[...document.querySelectorAll('#watches .watch-match')].some((li) =>
		li.textContent.includes('Gao') && li.querySelector('.delivery[data-status="delivered"]'))`)
	if got := eval[string](b, `document.querySelector('#watches .watch-name').textContent`); got != "Mali" {
		t.Errorf("watch name on the page = %q", got)
	}
	b.screenshot("page-alerts.png")
	select {
	case extra := <-deliveries:
		t.Errorf("a second delivery: %+v", extra)
	default:
	}
	if p := b.problems(); len(p) > 0 {
		t.Errorf("the page reported problems:\n%s", strings.Join(p, "\n"))
	}
}
