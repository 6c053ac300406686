package server

import (
	"fmt"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestPageReview signs in with the server's token and marks an incident
// false from its detail: it leaves the table, the totals drop by one, and
// the detail shows its status and history. The controls carry
// data-review attributes, so that longer walks (watch, page, mark false,
// webhook) can drive them the same way.
func TestPageReview(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped under -short")
	}
	b := newBrowser(t)
	st := testStore(t)
	srv := httptest.NewServer(New(st, Options{Token: testToken}))
	t.Cleanup(srv.Close)
	_, total := countIncidents(t, st)
	kandahar := idOf(t, st, "Kandahar")

	b.do("loading the page", chromedp.Navigate(srv.URL+"/?incident="+kandahar))
	b.wait("the Kandahar detail", `(document.querySelector('#detail-title') || {}).textContent?.includes('Kandahar')`)
	if n := eval[int](b, `document.querySelectorAll('#review [data-review]').length`); n != 0 {
		t.Errorf("%d review controls without a token, want none", n)
	}
	if got := eval[string](b, `document.querySelector('#review-status').textContent`); got != "unreviewed" {
		t.Errorf("status before review = %q", got)
	}

	b.click("signing in", `#review-auth summary`)
	b.do("typing the token", chromedp.SendKeys(chromedp.CSS(`#review-login input[name=token]`), testToken, chromedp.NodeVisible))
	b.do("typing a name", chromedp.SendKeys(chromedp.CSS(`#review-login input[name=user]`), "ana", chromedp.NodeVisible))
	b.click("submitting", `#review-login button[type=submit]`)
	b.wait("the review actions", `document.querySelector('#review [data-review="rejected"]') !== null`)
	if got := eval[string](b, `sessionStorage.getItem('sitrep.review') || ''`); !strings.Contains(got, `"user":"ana"`) {
		t.Errorf("sessionStorage holds %q", got)
	}
	if got := eval[string](b, `document.querySelector('#kpi-incidents').textContent`); got != fmt.Sprint(total) {
		t.Fatalf("incidents KPI before = %q, want %d", got, total)
	}

	b.do("giving a reason", chromedp.SendKeys(chromedp.ID("review-why"), "a hoax", chromedp.NodeVisible))
	b.click("marking false", `#review [data-review="rejected"]`)
	b.wait("the incident gone and the totals down", fmt.Sprintf(`document.querySelector('#incidents tbody tr[data-id="%s"]') === null
		&& document.querySelectorAll('#incidents tbody tr[data-id]').length === %d
		&& document.querySelector('#kpi-incidents').textContent === '%d'
		&& (document.querySelector('#review-status') || {}).textContent === 'rejected'`, kandahar, total-1, total-1))
	if got := eval[string](b, `document.querySelector('#review-history li').textContent`); !strings.Contains(got, "ana") || !strings.Contains(got, `"rejected"`) || !strings.Contains(got, "a hoax") {
		t.Errorf("history entry = %q", got)
	}
	b.screenshot("page-review.png")
	// Asked for, the rejected incident is listed again.
	eval[bool](b, `(() => { const s = document.querySelector('#filters select[name=status]'); s.value = 'rejected'; return s.dispatchEvent(new Event('change', {bubbles: true})); })()`)
	b.wait("the rejected only", fmt.Sprintf(`location.search.includes('status=rejected') && document.querySelectorAll('#incidents tbody tr[data-id]').length === 1
		&& document.querySelector('#incidents tbody tr[data-id="%s"]') !== null && document.querySelector('#kpi-incidents').textContent === '1'`, kandahar))
	eval[bool](b, `(() => { const s = document.querySelector('#filters select[name=status]'); s.value = ''; return s.dispatchEvent(new Event('change', {bubbles: true})); })()`)
	b.wait("the others again", fmt.Sprintf(`document.querySelectorAll('#incidents tbody tr[data-id]').length === %d`, total-1))

	// A correction goes through the same panel.
	b.click("reopening", `#review [data-review="unreviewed"]`)
	b.wait("listed again", fmt.Sprintf(`document.querySelector('#kpi-incidents').textContent === '%d' && document.querySelector('#review-status').textContent === 'unreviewed'`, total))
	eval[bool](b, `(() => { const s = document.querySelector('#review-field'); s.value = 'killed'; return true; })()`)
	b.do("typing a toll", chromedp.SendKeys(chromedp.ID("review-value"), "7-9", chromedp.NodeVisible))
	b.click("correcting", `#review [data-review="correct"]`)
	b.wait("the corrected toll", `document.querySelectorAll('#review-history li').length === 3 && document.querySelector('#detail-body button[data-field="killed"], #detail-body .rec-row')?.closest('#detail-body')?.textContent.includes('7–9')`)

	// A wrong token is refused, said so, and forgotten.
	eval[bool](b, `(sessionStorage.setItem('sitrep.review', JSON.stringify({token: 'guess', user: 'eve'})), true)`)
	b.click("confirming with a wrong token", `#review [data-review="confirmed"]`)
	b.wait("the refusal", `!document.querySelector('#review-error').hidden && document.querySelector('#review-error').textContent.includes('wrong bearer token') && sessionStorage.getItem('sitrep.review') === null`)
	if got := eval[string](b, `document.querySelector('#review-status').textContent`); got != "unreviewed" {
		t.Errorf("status after a refused confirmation = %q", got)
	}
	// The refusal is a 403 the page reports itself; the browser logs it too.
	b.mu.Lock()
	b.errors = slices.DeleteFunc(b.errors, func(e string) bool { return strings.Contains(e, "403") })
	b.mu.Unlock()

	if p := b.problems(); len(p) > 0 {
		t.Errorf("the page reported problems:\n%s", strings.Join(p, "\n"))
	}
}
