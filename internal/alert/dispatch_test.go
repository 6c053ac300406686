package alert

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// addWatch stores a watch from its definition's JSON, as the API does.
func addWatch(t testing.TB, st store.Store, def string, created time.Time) store.Watch {
	t.Helper()
	d, _, err := ParseDefinition([]byte(def))
	if err != nil {
		t.Fatal(err)
	}
	rule, _ := json.Marshal(d.Rule)
	w, err := st.AddWatch(context.Background(), store.Watch{Name: d.Name, URL: d.URL, Secret: "0123456789abcdef", Rule: string(rule), CreatedAt: created})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// TestDispatch follows incidents from ingest to webhook: a new incident
// that matches is delivered with its record; a correction that moves it
// out of the watch's area is delivered as an unmatch; watches that do not
// match, or were added after a change, hear nothing.
func TestDispatch(t *testing.T) {
	ctx := context.Background()
	c := &clock{time.Now()}
	rc := &receiver{t: t, secret: "0123456789abcdef", clock: c, answers: []int{200}}
	srv := httptest.NewServer(rc)
	defer srv.Close()
	st := testStore(t)
	before := time.Now().Add(-time.Hour)
	bogota := addWatch(t, st, `{"name":"Bogota bombs","url":"`+srv.URL+`","countries":["CO"],"types":["bombing"],"min_killed":5}`, before)
	addWatch(t, st, `{"name":"Kabul","url":"`+srv.URL+`","admin1":["Kabul"]}`, before)
	addWatch(t, st, `{"name":"later","url":"`+srv.URL+`","countries":["CO"]}`, time.Now().Add(time.Hour))

	d := &Dispatcher{Store: st, Now: c.now}
	s := &Sender{Store: st, Now: c.now}
	b1 := storetest.Corpus()[0] // a bombing in Bogota, 8 killed
	if _, err := st.Ingest(ctx, []store.Extracted{b1}); err != nil {
		t.Fatal(err)
	}
	if n, err := d.Poll(ctx); err != nil || n != 1 {
		t.Fatalf("Poll after ingesting b1 = %d, %v; want 1 delivery", n, err)
	}
	if n, err := d.Poll(ctx); err != nil || n != 0 {
		t.Fatalf("Poll again = %d, %v; want 0", n, err)
	}
	send(t, s, 1)
	if len(rc.got) != 1 {
		t.Fatalf("receiver got %d deliveries, want 1", len(rc.got))
	}
	var p struct {
		Payload
		Incident *record.Merged `json:"incident"`
	}
	if err := json.Unmarshal([]byte(rc.got[0].body), &p); err != nil {
		t.Fatal(err)
	}
	if p.Event != "match" || p.Watch.ID != bogota.ID || p.Change.Kind != store.ChangeCreated || p.Incident == nil ||
		p.Incident.Location.Place != "Bogota" || len(p.Incident.Evidence) == 0 || len(p.Incident.Sources) != 1 {
		t.Fatalf("delivery %s: want a match for watch %d with the Bogota record, its evidence and source", rc.got[0].body, bogota.ID)
	}

	// The article is corrected: the bomb was in Cali, and killed 3.
	fixed := b1
	doc := *b1.Doc
	doc.Text = "attack. Correction: the car bomb exploded in Cali. Synthetic report b1."
	fixed.Doc = &doc
	fixed.Incidents = []record.Incident{storetest.Incident(record.Bombing, "2019-01-17", storetest.Cali, 3)}
	if _, err := st.Ingest(ctx, []store.Extracted{fixed}); err != nil {
		t.Fatal(err)
	}
	if n, err := d.Poll(ctx); err != nil || n != 1 {
		t.Fatalf("Poll after the correction = %d, %v; want 1 unmatch", n, err)
	}
	send(t, s, 1)
	if len(rc.got) != 2 || rc.got[1].event != "unmatch" {
		t.Fatalf("second delivery: %+v; want an unmatch", rc.got[1:])
	}
	// Another change of the incident, still outside: nothing more.
	k1 := storetest.Corpus()[4] // Kabul
	if _, err := st.Ingest(ctx, []store.Extracted{k1}); err != nil {
		t.Fatal(err)
	}
	if n, err := d.Poll(ctx); err != nil || n != 1 {
		t.Fatalf("Poll after Kabul = %d, %v; want 1 (the Kabul watch)", n, err)
	}
	ds, _ := st.Deliveries(ctx, bogota.ID, 10)
	if len(ds) != 2 {
		t.Errorf("watch %d has %d deliveries, want 2 (match, unmatch)", bogota.ID, len(ds))
	}
}

// TestMatchMergedAway checks that a change of an incident since merged
// into another queues nothing: the other incident's record must not be
// sent under the old id (a member's). The old id's removal, a later change, tells the watches.
func TestMatchMergedAway(t *testing.T) {
	ctx := context.Background()
	st := testStore(t)
	addWatch(t, st, `{"name":"Bogota","url":"http://127.0.0.1:1/hook","countries":["CO"]}`, time.Now().Add(-time.Hour))
	c := storetest.Corpus()
	if _, err := st.Ingest(ctx, []store.Extracted{c[0], c[1]}); err != nil { // b1 and b2: one incident
		t.Fatal(err)
	}
	p, err := st.Incidents(ctx, store.Filter{})
	if err != nil || len(p.Incidents) != 1 || len(p.Incidents[0].Sources) != 2 {
		t.Fatalf("Incidents = %+v, %v; want one incident of two sources", p, err)
	}
	m := p.Incidents[0]
	var gone string // the member whose id is not the incident's
	for _, s := range m.Sources {
		if s.Incident != m.ID {
			gone = s.Incident
		}
	}
	d := &Dispatcher{Store: st, Now: time.Now}
	ws, err := d.watches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{store.ChangeCreated, store.ChangeUpdated} {
		ch := store.Change{Seq: 1, Incident: gone, Kind: kind, Revision: 1, At: time.Now().UTC().Format(time.RFC3339)}
		incs, err := d.incidents(ctx, ws, []store.Change{ch})
		if err != nil {
			t.Fatal(err)
		}
		ds, err := d.match(ctx, ws, ch, incs[ch.Incident])
		if err != nil || len(ds) != 0 {
			t.Errorf("match(%s %s, now a member of %s) = %+v, %v; want no delivery", kind, gone, m.ID, ds, err)
		}
	}
}

// loadCounter counts how a store is asked for incidents.
type loadCounter struct {
	store.Store
	one, pages int
}

func (l *loadCounter) Incident(ctx context.Context, id string) (*record.Merged, error) {
	l.one++
	return l.Store.Incident(ctx, id)
}

func (l *loadCounter) IncidentsByID(ctx context.Context, ids []string) (map[string]*record.Merged, error) {
	l.pages++
	return l.Store.IncidentsByID(ctx, ids)
}

// TestDispatchLoadsPerPage checks that the dispatcher reads the incidents
// of a page of changes in one query, not one per change, and that it reads
// none when there is no watch.
func TestDispatchLoadsPerPage(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name      string
		watches   int
		wantPages int
		wantQueue int
	}{
		{name: "no watch", watches: 0, wantPages: 0, wantQueue: 0},
		{name: "one watch", watches: 1, wantPages: 1, wantQueue: 2}, // the corpus's Bogota and Cali incidents
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := testStore(t)
			for range tt.watches {
				addWatch(t, st, `{"name":"Colombia","url":"http://127.0.0.1:1/hook","countries":["CO"]}`, time.Now().Add(-time.Hour))
			}
			if _, err := st.Ingest(ctx, storetest.Corpus()); err != nil {
				t.Fatal(err)
			}
			lc := &loadCounter{Store: st}
			d := &Dispatcher{Store: lc}
			n, err := d.Poll(ctx)
			if err != nil || n != tt.wantQueue {
				t.Fatalf("Poll = %d, %v; want %d", n, err, tt.wantQueue)
			}
			if lc.one != 0 || lc.pages != tt.wantPages {
				t.Errorf("Poll read incidents one by one %d times and by page %d times; want 0 and %d", lc.one, lc.pages, tt.wantPages)
			}
		})
	}
}
