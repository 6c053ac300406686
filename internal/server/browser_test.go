package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/sitrep/sitrep/internal/store/sqlite"
)

// chromium finds a Chromium to drive: $SITREP_CHROMIUM, else Debian's
// chromium on PATH. The test skips without one; .ci/run installs it.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("SITREP_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium binary on PATH (apt-get install chromium, or set SITREP_CHROMIUM): browser test skipped")
	return ""
}

// artifacts is where the test leaves its screenshots: $SITREP_ARTIFACTS
// when set (CI keeps it), else the test's artifact directory (kept with
// go test -artifacts).
func artifacts(t *testing.T) string {
	if d := os.Getenv("SITREP_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.ArtifactDir()
}

// browser drives one headless Chromium tab and collects what the page
// must never do: log an error, throw, or open a dialog.
type browser struct {
	t       *testing.T
	ctx     context.Context
	mu      sync.Mutex
	errors  []string
	dialogs []string
}

func newBrowser(t *testing.T) *browser {
	exe := chromium(t)
	// A fresh profile, and no traffic of Chromium's own: the machine has
	// no network, and the page must need none.
	alloc, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1600, 1000),
	)
	t.Cleanup(cancel)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	t.Cleanup(cancelCtx)
	ctx, cancelTimeout := context.WithDeadline(ctx, testDeadline(t))
	t.Cleanup(cancelTimeout)
	b := &browser{t: t, ctx: ctx}

	if err := chromedp.Do(ctx); err != nil { // starts the browser and the tab
		t.Fatalf("starting %s: %v", exe, err)
	}
	console := chromedp.Console(ctx)
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				b.mu.Lock()
				b.errors = append(b.errors, fmt.Sprintf("%s:%d: %s", m.URL, m.Line+1, m))
				b.mu.Unlock()
			}
		}
	}()
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.dialogs = append(b.dialogs, ev.Message)
			b.mu.Unlock()
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return b
}

func (b *browser) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

// click clicks the element css selects once it is shown. Finding and
// clicking are one step in the page, so a panel re-rendered in between
// (the page redraws the table and the detail after every answer) cannot
// leave the test clicking a node that is gone, as chromedp.Click's lookup
// then click could.
func (b *browser) click(what, css string) {
	b.t.Helper()
	sel, _ := json.Marshal(css)
	b.wait(what, `(() => {
		const el = document.querySelector(`+string(sel)+`);
		if (!el || el.getClientRects().length === 0) return false;
		el.click();
		return true;
	})()`)
}

// wait polls a JavaScript condition until it holds, for as long as the
// test may take (testDeadline).
func (b *browser) wait(what, cond string) {
	b.t.Helper()
	for {
		_, err := chromedp.Run(b.ctx, chromedp.Poll[chromedp.Void](cond))
		if err == nil {
			return
		}
		if !navigating(err) || b.ctx.Err() != nil {
			b.t.Fatalf("waiting for %s (%s): %v\nerrors: %v", what, cond, err, b.problems())
		}
	}
}

// eval evaluates a JavaScript expression in the page; when the page is
// between two documents (a reload), it asks the new one.
func eval[T any](b *browser, expr string) T {
	b.t.Helper()
	for {
		v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
		if err == nil {
			return v
		}
		if !navigating(err) || b.ctx.Err() != nil {
			b.t.Fatalf("evaluating %s: %v", expr, err)
		}
	}
}

// navigating reports whether err is the browser saying that the document
// a script ran in was replaced while it ran (a reload): the question is
// asked again of the new document, not failed. Under load a reload takes
// long enough for the test's next question to meet it half-way.
func navigating(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "Cannot find context with specified id") ||
		strings.Contains(msg, "Execution context was destroyed")
}

func (b *browser) screenshot(name string) {
	b.t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		b.t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(artifacts(b.t), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot: %s", path)
}

// media emulates a CSS media type ("print", or "" for the screen) and a
// prefers-color-scheme ("" for the browser's own).
func (b *browser) media(media, scheme string) {
	b.t.Helper()
	p := emulation.SetEmulatedMediaParams{Media: media}
	if scheme != "" {
		p.Features = []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}
	}
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, p); err != nil {
		b.t.Fatalf("emulating media %q %q: %v", media, scheme, err)
	}
}

func (b *browser) problems() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append(append([]string(nil), b.errors...), b.dialogs...)
}

// TestPage loads the page on the fixture and the dev set and walks through
// what an analyst does: read the map, the timeline and the table, open an
// incident, follow a value to its text, filter, brush and share a link.
func TestPage(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped under -short")
	}
	b := newBrowser(t)
	st := testStore(t)
	dev := ingestDevSet(t, st)
	srv := httptest.NewServer(New(st, Options{}))
	t.Cleanup(srv.Close)

	located, total := countIncidents(t, st)
	kandahar, cucuta, mogadishu := idOf(t, st, "Kandahar"), idOf(t, st, "Cúcuta"), idOf(t, st, "Mogadishu")
	b.do("loading the page", chromedp.Navigate(srv.URL+"/"))

	t.Run("renders", func(t *testing.T) {
		// At the world view nearby incidents merge into counted clusters;
		// circles and counts together are every located incident.
		b.wait("markers", fmt.Sprintf(`document.querySelectorAll('#map path.marker').length + [...document.querySelectorAll('#map .cluster')].reduce((a, e) => a + +e.dataset.count, 0) === %d`, located))
		// The fixture alone is too few incidents, too far apart, to merge:
		// without the dev set there are circles only.
		if n := eval[int](b, `document.querySelectorAll('#map .cluster').length`); n == 0 && dev {
			t.Errorf("no clusters at the world view")
		}
		if got := eval[string](b, `(document.querySelector('#map .cluster') || {}).textContent || ''`); dev && (got == "" || strings.Trim(got, "0123456789,") != "") {
			t.Errorf("cluster label %q, want a count", got)
		}
		b.wait("table rows", fmt.Sprintf(`document.querySelectorAll('#incidents tbody tr[data-id]').length === %d`, min(total, 2000)))
		if n := eval[int](b, `document.querySelectorAll('#timeline rect.bar').length`); n == 0 {
			t.Errorf("timeline: no bars")
		}
		// The killed chart shares the incidents chart's periods.
		if n := eval[int](b, `document.querySelectorAll('#killed rect.bar').length`); n == 0 {
			t.Errorf("killed chart: no bars")
		}
		if got, want := eval[string](b, `document.querySelector('#killed-title').textContent`), eval[string](b, `document.querySelector('#timeline-title').textContent.replace('Incidents', 'Killed')`); got != want {
			t.Errorf("killed chart title = %q, want %q", got, want)
		}
		if n := eval[int](b, `document.querySelectorAll('#map canvas').length`); n == 0 {
			t.Errorf("map: no countries canvas")
		}
		if got := eval[string](b, `document.querySelector('#kpi-incidents').textContent`); got != fmt.Sprint(total) && total < 1000 {
			t.Errorf("incidents KPI = %q, want %d", got, total)
		}
		b.screenshot("page-overview.png")
	})

	t.Run("overview", func(t *testing.T) {
		if n := eval[int](b, `document.querySelectorAll('#top-countries button.rank').length`); n < 5 {
			t.Fatalf("%d countries ranked, want the fixture's 5 at least", n)
		}
		b.click("ranking a country", `#top-countries button.rank`)
		b.wait("the country filter", `/[?&]country=[A-Z]{2}/.test(location.search) && document.querySelector('#filters select[name=country]').value !== ''`)
		b.click("clearing the filters", `#clear`)
		b.wait("every incident again", fmt.Sprintf(`!location.search.includes('country=') && document.querySelectorAll('#incidents tbody tr[data-id]').length === %d`, min(total, 2000)))
	})

	t.Run("detail", func(t *testing.T) {
		b.click("opening the Kandahar incident", `#incidents tbody tr[data-id="`+kandahar+`"]`)
		b.wait("highlighted evidence", `document.querySelectorAll('#articles mark').length >= 8`)
		if got := eval[string](b, `location.search`); !strings.Contains(got, "incident="+kandahar) {
			t.Errorf("URL query = %q, want the selected incident", got)
		}
		if got := eval[string](b, `document.querySelector('#detail-title').textContent`); !strings.Contains(got, "Kandahar") {
			t.Errorf("detail title = %q, want Kandahar", got)
		}
		// A record value leads to the span behind it.
		b.click("clicking a record value", `#detail-body button[data-field="killed.security_forces"]`)
		b.wait("the active span", `document.querySelector('#articles mark.active') !== null`)
		if got := eval[string](b, `document.querySelector('#articles mark.active').textContent`); got != "killing three policemen" {
			t.Errorf("active span = %q, want %q", got, "killing three policemen")
		}
		// A span shows the value it supports.
		eval[bool](b, `document.querySelector('#articles mark[data-fields~="perpetrators[0]"]').dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))`)
		if got := eval[string](b, `document.querySelector('#tip').hidden ? '' : document.querySelector('#tip').textContent`); got != "Perpetrator 1: Taliban" {
			t.Errorf("span tooltip = %q, want %q", got, "Perpetrator 1: Taliban")
		}
		if n := eval[int](b, `document.querySelectorAll('#detail-body button.fv.linked').length`); n != 1 {
			t.Errorf("%d record values linked to the hovered span, want 1", n)
		}
		b.screenshot("page-detail.png")
	})

	t.Run("untrusted text", func(t *testing.T) {
		text := eval[string](b, `document.querySelector('#articles .article-text').textContent`)
		if !strings.Contains(text, "<script>alert(1)</script>") || !strings.Contains(text, "<b>bold claims</b>") {
			t.Errorf("article text does not show the markup as text:\n%s", text)
		}
		if n := eval[int](b, `document.querySelectorAll('#detail script, #detail b').length`); n != 0 {
			t.Errorf("%d elements injected by article text", n)
		}
		if got := eval[string](b, `[...document.querySelectorAll('#articles mark')].map(m => m.textContent).find(t => t.includes('<b>')) || ''`); got != "<b>bold claims</b>" {
			t.Errorf("span over markup = %q, want the literal text", got)
		}
		time.Sleep(200 * time.Millisecond)
		b.mu.Lock()
		dialogs := b.dialogs
		b.mu.Unlock()
		if len(dialogs) > 0 {
			t.Errorf("the page opened dialogs: %q", dialogs)
		}
	})

	t.Run("marker", func(t *testing.T) {
		// A click on a cluster zooms in, until Cúcuta stands alone.
		for i := 0; eval[bool](b, `document.querySelector('#map path.marker[data-id="`+cucuta+`"]') === null`); i++ {
			if i == 6 {
				t.Fatal("Cúcuta is still clustered after 6 clicks")
			}
			eval[bool](b, `(() => { const c = [...document.querySelectorAll('#map .cluster')].find(e => e.dataset.ids.split(' ').includes('`+cucuta+`')); return c ? c.dispatchEvent(new MouseEvent('click', {bubbles: true})) : false; })()`)
		}
		eval[bool](b, `document.querySelector('#map path.marker[data-id="`+cucuta+`"]').dispatchEvent(new MouseEvent('click', {bubbles: true}))`)
		b.wait("the Cúcuta detail", `(document.querySelector('#detail-title') || {}).textContent?.includes('Cúcuta') && document.querySelectorAll('#articles mark').length > 0`)
		// Byte offsets past a multi-byte character still land on the words.
		if got := eval[string](b, `document.querySelector('#articles mark[data-fields~="perpetrators[0]"]').textContent`); got != "ELN" {
			t.Errorf("span after multi-byte text = %q, want ELN", got)
		}
		if got := eval[string](b, `document.querySelector('#articles mark[data-fields~="location"]').textContent`); got != "Cúcuta" {
			t.Errorf("location span = %q, want Cúcuta", got)
		}
	})

	t.Run("filter", func(t *testing.T) {
		eval[bool](b, `(() => { const s = document.querySelector('#filters select[name=type]'); s.value = 'bombing'; return s.dispatchEvent(new Event('change', {bubbles: true})); })()`)
		b.wait("bombings only", `location.search.includes('type=bombing') && [...document.querySelectorAll('#incidents tbody tr[data-id]')].length > 0 && [...document.querySelectorAll('#incidents tbody tr[data-id] td:nth-child(2)')].every(td => td.textContent === 'Bombing')`)
		if got := eval[string](b, `document.querySelector('#export-csv').getAttribute('href')`); got != "api/export?type=bombing&format=csv" {
			t.Errorf("CSV export link = %q", got)
		}
	})

	t.Run("brush", func(t *testing.T) {
		box := eval[[]float64](b, `(() => { const r = document.querySelector('#timeline .catcher').getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()`)
		x0, x1, y := box[0]+box[2]*0.1, box[0]+box[2]*0.6, box[1]+box[3]/2
		held := func(p *input.DispatchMouseEventParams) {
			p.Button, p.Buttons, p.ClickCount = input.MouseButtonLeft, 1, 1
		}
		b.do("dragging across the timeline",
			chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, x0, y, held),
			chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, (x0+x1)/2, y, held),
			chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x1, y, held),
			chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, x1, y, held))
		b.wait("dates from the brush", `location.search.includes('since=') && location.search.includes('until=') && document.querySelector('#filters input[name=since]').value !== ''`)
	})

	t.Run("shared link", func(t *testing.T) {
		b.do("opening a shared view", chromedp.Navigate(srv.URL+"/?type=suicide_bombing&incident="+mogadishu))
		b.wait("the shared view", `document.querySelector('#filters select[name=type]').value === 'suicide_bombing' && (document.querySelector('#detail-title') || {}).textContent?.includes('Mogadishu') && document.querySelectorAll('#articles .article').length === 2`)
		if n := eval[int](b, `document.querySelectorAll('#articles mark').length`); n < 10 {
			t.Errorf("%d spans across the two Mogadishu reports, want at least 10", n)
		}
		b.screenshot("page-shared.png")
	})

	t.Run("keyboard", func(t *testing.T) {
		b.do("opening the page afresh", chromedp.Navigate(srv.URL+"/"))
		b.wait("table rows", `document.querySelectorAll('#incidents tbody tr[data-id]').length > 1`)
		second := eval[string](b, `document.querySelectorAll('#incidents tbody tr[data-id]')[1].dataset.id`)
		b.do("focusing the table", chromedp.Focus(chromedp.CSS(`#incidents tbody tr[tabindex="0"]`)))
		b.do("moving down and opening", chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent("\r"))
		b.wait("the detail of the second row", fmt.Sprintf(`location.search.includes('incident=%s') && !document.querySelector('#detail-body').hidden`, second))
	})

	// The page at a phone's width and a desktop's, dark and light, and on
	// paper: nothing wider than the screen, and a screenshot of each.
	for _, c := range []struct {
		name          string
		width, height int64
		media, scheme string
	}{
		{"desktop-dark", 1600, 1000, "", "dark"},
		{"desktop-light", 1600, 1000, "", "light"},
		{"phone-dark", 420, 900, "", "dark"},
		{"phone-light", 420, 900, "", "light"},
		{"print", 1000, 1400, "print", "dark"},
	} {
		t.Run("layout "+c.name, func(t *testing.T) {
			b.media(c.media, c.scheme)
			b.do("emulating "+c.name, chromedp.EmulateViewport(c.width, c.height), chromedp.Navigate(srv.URL+"/?incident="+kandahar))
			b.wait("the page", `document.querySelectorAll('#killed rect.bar').length > 0 && document.querySelectorAll('#articles mark').length > 0`)
			time.Sleep(300 * time.Millisecond) // the map's canvas settles after its resize
			if got := eval[[]int](b, `[document.documentElement.scrollWidth, innerWidth]`); got[0] > got[1] {
				t.Errorf("page is %d px wide in a %d px window", got[0], got[1])
			}
			if c.width < 600 {
				wide := eval[[]string](b, `[...document.querySelectorAll('.panel, .kpis > div, .grid')].filter(e => e.getBoundingClientRect().right > innerWidth + 0.5).map(e => e.className || e.id)`)
				if len(wide) > 0 {
					t.Errorf("wider than the window: %q", wide)
				}
			}
			light := eval[bool](b, `matchMedia('print, (prefers-color-scheme: light)').matches`)
			if bg := eval[string](b, `getComputedStyle(document.body).backgroundColor`); light != (bg != "rgb(13, 17, 23)") {
				t.Errorf("body background %s with the light theme %v", bg, light)
			}
			eval[bool](b, `(scrollTo(0, 0), true)`) // the top of the page, not the selected row
			b.screenshot("page-" + c.name + ".png")
		})
	}
	b.media("", "")
	b.do("back to the desktop", chromedp.EmulateViewport(1600, 1000))

	if p := b.problems(); len(p) > 0 {
		t.Errorf("the page reported problems:\n%s", strings.Join(p, "\n"))
	}
}

// TestPageEmpty loads the page on a database that holds nothing: it must
// say how to ingest, not that the filters match nothing.
func TestPageEmpty(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped under -short")
	}
	b := newBrowser(t)
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "empty.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	srv := httptest.NewServer(New(st, Options{}))
	t.Cleanup(srv.Close)
	b.do("loading the page", chromedp.Navigate(srv.URL+"/"))
	b.wait("the empty state", `document.querySelector('#incidents tbody tr.empty') !== null`)
	got := eval[string](b, `document.querySelector('#incidents tbody tr.empty').textContent`)
	for _, want := range []string{"sitrep ingest --db FILE articles/", "sitrep watch"} {
		if !strings.Contains(got, want) {
			t.Errorf("empty state %q does not mention %q", got, want)
		}
	}
	if strings.Contains(got, "match these filters") {
		t.Errorf("empty state %q blames the filters", got)
	}
	b.screenshot("page-empty.png")
	if p := b.problems(); len(p) > 0 {
		t.Errorf("the page reported problems:\n%s", strings.Join(p, "\n"))
	}
}

// testDeadline is when what a test waits for gives up: half a minute
// before the test binary's own -timeout, so that a hang fails its own test
// with what it saw rather than killing the whole binary; an hour when
// there is no -timeout. There is no shorter fixed limit: on a loaded
// machine the same work is slow, not wrong.
func testDeadline(t *testing.T) time.Time {
	if end, ok := t.Deadline(); ok {
		return end.Add(-30 * time.Second)
	}
	return time.Now().Add(time.Hour)
}
