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

// TestPageAlerts is the analyst's day on a real server and database (issue
// 15's target): a watch on Mali is added through the API, `sitrep watch`
// follows a folder, an article about a bombing in Gao lands in it, the
// incident appears on the page, and the watch's webhook receives it,
// signed, with its evidence; signed in, the Watches panel shows it
// delivered. The analyst marks it false: the totals drop, and the webhook
// is told it no longer matches.
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
	for !eval[bool](b, `document.readyState === 'complete' && `+gaoRow) {
		if b.ctx.Err() != nil {
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
	case <-b.ctx.Done():
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

	// Signed in to review, the Watches panel shows it delivered.
	b.click("opening the sign-in", `#review-auth summary`)
	b.do("typing the token", chromedp.SendKeys(chromedp.CSS(`#review-login input[name=token]`), testToken, chromedp.NodeVisible))
	b.do("typing a name", chromedp.SendKeys(chromedp.CSS(`#review-login input[name=user]`), "ana", chromedp.NodeVisible))
	b.click("signing in", `#review-login button[type=submit]`)
	b.wait("the delivered match", `[...document.querySelectorAll('#watches .watch-match')].some((li) =>
		li.textContent.includes('Gao') && li.querySelector('.delivery[data-status="delivered"]'))`)
	if got := eval[string](b, `document.querySelector('#watches .watch-name').textContent`); got != "Mali" {
		t.Errorf("watch name on the page = %q", got)
	}
	b.screenshot("page-alerts.png")

	// The analyst marks it false: it leaves the table, the totals drop,
	// and the watch is told it no longer matches.
	b.click("opening the incident", `#incidents tbody tr[data-id="`+p.IncidentID+`"]`)
	b.wait("the review actions", `document.querySelector('#review [data-review="rejected"]') !== null`)
	b.do("giving a reason", chromedp.SendKeys(chromedp.ID("review-why"), "staged: no bombing took place", chromedp.NodeVisible))
	b.click("marking false", `#review [data-review="rejected"]`)
	b.wait("the incident gone and the totals down", `document.querySelector('#incidents tbody tr[data-id]') === null
		&& document.querySelector('#kpi-incidents').textContent === '0'`)
	select {
	case u := <-deliveries:
		if u.Event != "unmatch" || u.IncidentID != p.IncidentID || u.Watch.Name != "Mali" || u.Delivery == p.Delivery {
			t.Errorf("delivery after marking false: %+v; want an unmatch of %s", u, p.IncidentID)
		}
	case <-b.ctx.Done():
		t.Fatal("no webhook delivery after marking the incident false")
	}
	b.click("closing the incident", `#detail-body button.close`)
	b.wait("the unmatch in the Watches panel", `[...document.querySelectorAll('#watches .watch-match[data-event="unmatch"]')].some((li) =>
		li.querySelector('.delivery[data-status="delivered"]'))`)
	b.screenshot("page-alerts-unmatched.png")
	select {
	case extra := <-deliveries:
		t.Errorf("a third delivery: %+v", extra)
	default:
	}
	if p := b.problems(); len(p) > 0 {
		t.Errorf("the page reported problems:\n%s", strings.Join(p, "\n"))
	}
}
