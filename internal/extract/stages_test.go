package extract

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

// The stage tests run one stage, and only the stages before it, over a
// short passage, and check the stage's own result: a background rule is
// tested on the news markBackground hands on, a perpetrator rule on the
// candidates of one incident's filler.

// testExtractor loads the reference data once for all stage tests.
var testExtractor = sync.OnceValues(New)

// readPassage runs read over a passage: the article every later stage
// starts from.
func readPassage(t *testing.T, date, title, body string) *article {
	t.Helper()
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	return x.read(&doc.Document{ID: "test", Date: date, Title: title, Text: body})
}

// mentionsOf runs the stages up to mentions, places resolved.
func mentionsOf(t *testing.T, date, title, body string) (*article, []*mention) {
	t.Helper()
	a := readPassage(t, date, title, body)
	a.resolvePlaces()
	ms, err := a.mentions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return a, ms
}

// storyOf runs the stages up to segment.
func storyOf(t *testing.T, date, title, body string) (*article, story) {
	t.Helper()
	a, ms := mentionsOf(t, date, title, body)
	return a, a.segment(a.markBackground(ms))
}

// text returns tokens [t0, t1) as the passage writes them.
func (a *article) text(t0, t1 int32) string {
	b0, b1 := a.span(t0, t1)
	return a.src[b0:b1]
}

// showMention renders a mention as its text and its flags.
func (a *article) showMention(m *mention) string {
	var b strings.Builder
	b.WriteString(a.text(m.t0, m.t1))
	flag := func(on bool, s string) {
		if on {
			b.WriteString(" " + s)
		}
	}
	flag(m.title, "title")
	flag(m.specific, "specific")
	flag(m.hedged, "hedged")
	flag(m.split, "split")
	for _, k := range m.places {
		b.WriteString(" place=" + a.text(a.places[k].t0, a.places[k].t1))
	}
	for _, k := range m.dates {
		b.WriteString(" date=" + a.src[a.dates[k].Start:a.dates[k].End])
	}
	for _, k := range m.said {
		b.WriteString(" said=" + a.src[a.dates[k].Start:a.dates[k].End])
	}
	return b.String()
}

// showDate renders date k, or "none".
func (a *article) showDate(k int) string {
	if k < 0 {
		return "none"
	}
	d := a.dates[k]
	return fmt.Sprintf("%s (%s)", a.src[d.Start:d.End], d.Day)
}
