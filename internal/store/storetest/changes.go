package storetest

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// changeLog follows one store's change log the way a downstream mirror
// does: from a cursor, checking each step against what the incidents did.
type changeLog struct {
	t      *testing.T
	s      store.Store
	cursor int64
	rev    map[string]int // each id's last revision in the log
	mirror map[string]string
}

func newChangeLog(t *testing.T, s store.Store) *changeLog {
	return &changeLog{t: t, s: s, rev: map[string]int{}, mirror: map[string]string{}}
}

// byID is every stored incident as JSON, by id.
func byID(t *testing.T, s store.Store) map[string]string {
	t.Helper()
	p, err := s.Incidents(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range p.Incidents {
		js, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		out[m.ID] = string(js)
	}
	return out
}

// ingest ingests batch and returns the entries it logged as "kind id"
// strings, in log order, after checking them: seqs above the cursor and
// increasing, each id at most once, revisions one above the id's last, and
// a mirror that applies them equal to the store's incidents, which says
// that every incident created, changed or removed has its entry and no
// other has one.
func (l *changeLog) ingest(batch []store.Extracted) []string {
	l.t.Helper()
	if _, err := l.s.Ingest(context.Background(), batch); err != nil {
		l.t.Fatal(err)
	}
	return l.check()
}

func (l *changeLog) check() []string {
	t := l.t
	t.Helper()
	before := l.mirror
	got, err := l.s.Changes(context.Background(), l.cursor, 0)
	if err != nil {
		t.Fatal(err)
	}
	now := byID(t, l.s)
	seen := map[string]bool{}
	var out []string
	for _, c := range got {
		if c.Seq <= l.cursor {
			t.Fatalf("entry %+v at or below the cursor %d", c, l.cursor)
		}
		l.cursor = c.Seq
		if seen[c.Incident] {
			t.Errorf("incident %s has two entries in one ingest", c.Incident)
		}
		seen[c.Incident] = true
		if c.Revision != l.rev[c.Incident]+1 {
			t.Errorf("entry %+v: revision %d, want %d", c, c.Revision, l.rev[c.Incident]+1)
		}
		l.rev[c.Incident] = c.Revision
		if c.At == "" {
			t.Errorf("entry %+v has no time", c)
		}
		_, had := before[c.Incident]
		_, has := now[c.Incident]
		want := map[[2]bool]string{{false, true}: store.ChangeCreated, {true, true}: store.ChangeUpdated, {true, false}: store.ChangeRemoved}[[2]bool{had, has}]
		if c.Kind != want {
			t.Errorf("entry %+v: kind %q, want %q (stored before %v, after %v)", c, c.Kind, want, had, has)
		}
		out = append(out, c.Kind+" "+c.Incident)
	}
	for id, js := range now {
		if old, ok := before[id]; (!ok || old != js) && !seen[id] {
			t.Errorf("incident %s was created or changed without an entry", id)
		}
	}
	for id := range before {
		if _, ok := now[id]; !ok && !seen[id] {
			t.Errorf("incident %s was removed without an entry", id)
		}
	}
	l.mirror = now
	l.checkRevisions()
	return out
}

// checkRevisions compares each stored incident's revision column with its
// last log entry.
func (l *changeLog) checkRevisions() {
	t := l.t
	t.Helper()
	db, ok := l.s.(interface{ SQL() *sql.DB })
	if !ok {
		t.Fatalf("store %T has no SQL access", l.s)
	}
	rows, err := db.SQL().QueryContext(context.Background(), `SELECT id, revision FROM incidents`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var rev int
		if err := rows.Scan(&id, &rev); err != nil {
			t.Fatal(err)
		}
		if rev != l.rev[id] {
			t.Errorf("incident %s: revision %d stored, %d in the log", id, rev, l.rev[id])
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}

// soleID is the id an incident reported by x alone gets (ids come from
// content, so any store gives the same).
func soleID(t *testing.T, open Opener, x store.Extracted) string {
	t.Helper()
	s := open(t)
	if _, err := s.Ingest(context.Background(), []store.Extracted{x}); err != nil {
		t.Fatal(err)
	}
	p, err := s.Incidents(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Incidents) != 1 {
		t.Fatalf("%s alone: %d incidents, want 1", x.Doc.ID, len(p.Incidents))
	}
	return p.Incidents[0].ID
}

func testChanges(t *testing.T, open Opener) {
	c := Corpus()
	b1, b2 := c[0], c[1] // two reports of one bombing
	lo, hi := b1, b2
	loID, hiID := soleID(t, open, b1), soleID(t, open, b2)
	if hiID < loID {
		lo, hi, loID, hiID = hi, lo, hiID, loID
	}
	// A merged incident is named by its smallest member id, so a report
	// joining with a larger id updates the incident, and one with a
	// smaller id renames it: the old name is removed, the new created.
	revised := b1
	d := *b1.Doc
	d.Text = "attack. Correction: the car bomb exploded in Cali. Synthetic report b1."
	revised.Doc = &d
	revised.Incidents = []record.Incident{Incident(record.Bombing, "2019-01-17", Cali, 8)}
	revisedID := soleID(t, open, revised)
	b1ID := soleID(t, open, b1)
	// The first version of b1 under another id: its incident, dissolved by
	// the revision, comes back under its old id.
	copyB1 := b1
	dc := *b1.Doc
	dc.ID = "b1-copy"
	copyB1.Doc = &dc

	const anyEntries = "*" // checked only against what the incidents did
	type step struct {
		batch []store.Extracted
		want  string
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"created on first ingest", []step{
			{[]store.Extracted{lo}, "created " + loID},
			{[]store.Extracted{lo}, ""}, // skipped: nothing changed
		}},
		{"updated when a report joins", []step{
			{[]store.Extracted{lo}, "created " + loID},
			{[]store.Extracted{hi}, "updated " + loID},
		}},
		{"renamed when a report with a smaller id joins", []step{
			{[]store.Extracted{hi}, "created " + hiID},
			{[]store.Extracted{lo}, "removed " + hiID + ", created " + loID},
		}},
		{"removed and created when a revision dissolves", []step{
			{[]store.Extracted{b1}, "created " + b1ID},
			{[]store.Extracted{revised}, "removed " + b1ID + ", created " + revisedID},
			{[]store.Extracted{copyB1}, "created " + b1ID}, // revision 3, checked by the log
		}},
		{"both versions in one batch log only the last", []step{
			{[]store.Extracted{b1, revised}, "created " + revisedID},
		}},
		{"corpus", []step{
			{Corpus(), anyEntries},
			{[]store.Extracted{revised}, anyEntries},
			{Reports(6), anyEntries},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			l := newChangeLog(t, s)
			for i, st := range tt.steps {
				got := strings.Join(l.ingest(st.batch), ", ")
				if st.want != anyEntries && got != st.want {
					t.Errorf("step %d: entries %q, want %q", i, got, st.want)
				}
			}
		})
	}

	t.Run("cursor and limit", func(t *testing.T) {
		ctx := context.Background()
		s := open(t)
		l := newChangeLog(t, s)
		l.ingest(Corpus())
		l.ingest([]store.Extracted{revised})
		all, err := s.Changes(ctx, 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) < 10 {
			t.Fatalf("%d entries, want at least 10", len(all))
		}
		for _, limit := range []int{1, 3, len(all), len(all) + 5} {
			var paged []store.Change
			for cursor := int64(0); ; {
				page, err := s.Changes(ctx, cursor, limit)
				if err != nil {
					t.Fatal(err)
				}
				if len(page) > limit {
					t.Fatalf("limit %d: page of %d", limit, len(page))
				}
				if len(page) == 0 {
					break
				}
				paged = append(paged, page...)
				cursor = page[len(page)-1].Seq
			}
			if !slices.Equal(paged, all) {
				t.Errorf("limit %d: pages give %v, want %v", limit, paged, all)
			}
		}
		for k, c := range all {
			rest, err := s.Changes(ctx, c.Seq, 0)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(rest, all[k+1:]) {
				t.Errorf("after %d: %v, want %v", c.Seq, rest, all[k+1:])
			}
		}
		// A cursor past the end (a reader ahead of a restored backup)
		// sees nothing, and no error.
		if rest, err := s.Changes(ctx, all[len(all)-1].Seq+100, 0); err != nil || len(rest) != 0 {
			t.Errorf("past the end: %v, %v", rest, err)
		}
		for _, bad := range []struct {
			since int64
			limit int
		}{{-1, 0}, {0, -1}} {
			if _, err := s.Changes(ctx, bad.since, bad.limit); !errors.Is(err, store.ErrInvalid) {
				t.Errorf("Changes(%d, %d) = %v, want ErrInvalid", bad.since, bad.limit, err)
			}
		}
	})
}

// ReplayChanges checks a whole change log against the store's incidents:
// applying the entries in order leaves exactly the stored incident ids, at
// their stored revisions. The concurrency tests run it after their writers.
func ReplayChanges(t testing.TB, s store.Store, log []store.Change) error {
	t.Helper()
	live := map[string]int{}
	last := map[string]int{}
	var prev int64
	for _, c := range log {
		if c.Seq <= prev {
			return fmt.Errorf("seq %d after %d", c.Seq, prev)
		}
		prev = c.Seq
		if c.Revision != last[c.Incident]+1 {
			return fmt.Errorf("entry %+v: revision after %d", c, last[c.Incident])
		}
		last[c.Incident] = c.Revision
		_, had := live[c.Incident]
		switch {
		case c.Kind == store.ChangeCreated && !had, c.Kind == store.ChangeUpdated && had:
			live[c.Incident] = c.Revision
		case c.Kind == store.ChangeRemoved && had:
			delete(live, c.Incident)
		default:
			return fmt.Errorf("entry %+v: incident stored before it: %v", c, had)
		}
	}
	p, err := s.Incidents(context.Background(), store.Filter{})
	if err != nil {
		return err
	}
	for _, m := range p.Incidents {
		if _, ok := live[m.ID]; !ok {
			return fmt.Errorf("incident %s is stored but the log does not have it", m.ID)
		}
		delete(live, m.ID)
	}
	if len(live) > 0 {
		return fmt.Errorf("the log has incidents that are not stored: %v", live)
	}
	return nil
}

// testIncidentsByID covers the page loader of the change feed and the
// alert dispatcher: stored and rejected incidents are found by their own
// id, a member's id or an unknown one finds nothing, and more ids than
// one query binds are read in chunks.
func testIncidentsByID(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	ingest(t, s, Corpus())
	bogota := find(t, s, "b1+b2+b3")
	kabul := find(t, s, "k1+k2")
	review(t, s, store.Action{Incident: kabul.ID, Action: store.ActionStatus, Status: record.Rejected, User: "bo", Why: "test"})
	var member string
	for _, src := range bogota.Sources {
		if src.Incident != bogota.ID {
			member = src.Incident
		}
	}
	many := []string{bogota.ID}
	for i := range 1200 {
		many = append(many, fmt.Sprintf("missing-%d", i))
	}
	many = append(many, kabul.ID)
	tests := []struct {
		name string
		ids  []string
		want []string // ids found
	}{
		{name: "none", ids: nil},
		{name: "stored", ids: []string{bogota.ID}, want: []string{bogota.ID}},
		{name: "rejected", ids: []string{kabul.ID}, want: []string{kabul.ID}},
		{name: "member id finds nothing", ids: []string{member}},
		{name: "unknown", ids: []string{"no-such-incident"}},
		{name: "repeated", ids: []string{bogota.ID, bogota.ID}, want: []string{bogota.ID}},
		{name: "more than a chunk", ids: many, want: []string{bogota.ID, kabul.ID}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.IncidentsByID(ctx, tt.ids)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for id, m := range got {
				if m.ID != id {
					t.Errorf("IncidentsByID: key %s holds incident %s", id, m.ID)
				}
				ids = append(ids, id)
			}
			slices.Sort(ids)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(ids, want) {
				t.Errorf("IncidentsByID(%d ids) found %v, want %v", len(tt.ids), ids, want)
			}
		})
	}
	if got, _ := s.IncidentsByID(ctx, []string{kabul.ID}); got[kabul.ID] != nil && got[kabul.ID].Status != record.Rejected {
		t.Errorf("rejected incident %s has status %q, want %q", kabul.ID, got[kabul.ID].Status, record.Rejected)
	}
}

// testChangeHead checks that the head of the change log is 0 when empty
// and then the seq of the last entry Changes lists.
func testChangeHead(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	tests := []struct {
		name  string
		batch []store.Extracted
	}{
		{name: "empty"},
		{name: "after an ingest", batch: Corpus()[:3]},
		{name: "after another", batch: Corpus()[3:]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.batch != nil {
				ingest(t, s, tt.batch)
			}
			cs, err := s.Changes(ctx, 0, 0)
			if err != nil {
				t.Fatal(err)
			}
			want := int64(0)
			if len(cs) > 0 {
				want = cs[len(cs)-1].Seq
			}
			if got, err := s.ChangeHead(ctx); err != nil || got != want {
				t.Errorf("ChangeHead = %d, %v; want %d", got, err, want)
			}
		})
	}
}
