// Package storetest is the behaviour every store.Store must show, run by
// the tests of store/sqlite and store/postgres against real databases.
package storetest

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// Opener returns a new, empty store; the test closes it.
type Opener func(t *testing.T) store.Store

// Run runs every behaviour test against stores made by open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, Opener)
	}{
		{"Alerts", testAlerts},
		{"FinishLease", testFinishLease},
		{"Idempotent", testIdempotent},
		{"Revision", testRevision},
		{"OrderIndependent", testOrderIndependent},
		{"Filters", testFilters},
		{"Pagination", testPagination},
		{"IncidentsJSON", testIncidentsJSON},
		{"Lookup", testLookup},
		{"Stats", testStats},
		{"KeptTotals", testKeptTotals},
		{"NearCells", testNearCells},
		{"ActorWords", testActorWords},
		{"Invalid", testInvalid},
		{"Review", testReview},
		{"Changes", testChanges},
		{"IncidentsByID", testIncidentsByID},
		{"ChangeHead", testChangeHead},
		{"Prune", testPrune},
		{"PruneDeliveries", testPruneDeliveries},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open) })
	}
}

// Loc builds a located place.
func Loc(place, admin1, country, cc string, lat, lon float64, gid int) *record.Location {
	return &record.Location{Place: place, Admin1: admin1, Country: country, CountryCode: cc,
		Lat: &lat, Lon: &lon, GeonamesID: gid, Precision: record.GeoPlace}
}

// Places used by the synthetic corpus.
var (
	Bogota    = Loc("Bogota", "Bogota D.C.", "Colombia", "CO", 4.6097, -74.0818, 3688689)
	Cali      = Loc("Cali", "Valle del Cauca", "Colombia", "CO", 3.4372, -76.5225, 3687925)
	Kabul     = Loc("Kabul", "Kabul", "Afghanistan", "AF", 34.5253, 69.1783, 1138958)
	Ghazni    = Loc("Ghazni", "Ghazni", "Afghanistan", "AF", 33.5535, 68.4269, 1141269)
	Maiduguri = Loc("Maiduguri", "Borno", "Nigeria", "NG", 11.8464, 13.1603, 2331447)
)

// Incident builds a synthetic incident with evidence for its type.
func Incident(typ, date string, loc *record.Location, killed int, perps ...string) record.Incident {
	inc := record.Incident{Type: typ, Date: date, DatePrecision: record.PrecisionDay, Location: loc,
		Evidence: []record.Evidence{{Field: "type", Start: 0, End: 6, Text: "attack"}}, Confidence: 0.8}
	if date == "" {
		inc.DatePrecision = ""
	}
	if killed >= 0 {
		inc.Killed = &record.Count{Min: record.IntPtr(killed), Max: record.IntPtr(killed)}
	}
	for _, p := range perps {
		inc.Perpetrators = append(inc.Perpetrators, record.Perpetrator{Name: p, Attribution: record.Claimed, Kind: "group"})
	}
	return inc
}

// Doc builds a synthetic document; its text mentions words so that --text
// can find it.
func Doc(id, date, words string) *doc.Document {
	return &doc.Document{ID: id, Date: date, Title: "Report " + id,
		Text: "attack. " + words + ". Synthetic report " + id + ".", Path: id + ".txt", Source: "Test Wire"}
}

// Corpus is a set of reports in which some describe the same events:
// b1..b3 one bombing in Bogota (tolls 8, 21, 20), k1/k2 one attack in
// Kabul, and others that must stay apart.
func Corpus() []store.Extracted {
	return []store.Extracted{
		{Doc: Doc("b1", "2019-01-17", "car bomb police academy"), Incidents: []record.Incident{Incident(record.Bombing, "2019-01-17", Bogota, 8)}},
		{Doc: Doc("b2", "2019-01-18", "car bomb cadets killed"), Incidents: []record.Incident{Incident(record.Bombing, "2019-01-17", Bogota, 21, "ELN")}},
		{Doc: Doc("b3", "2019-01-19", "ELN claims academy bombing"), Incidents: []record.Incident{Incident(record.SuicideBombing, "2019-01-17", Bogota, 20, "National Liberation Army ELN")}},
		{Doc: Doc("c1", "2019-01-17", "shooting in Cali"), Incidents: []record.Incident{Incident(record.ArmedAssault, "2019-01-17", Cali, 2)}},
		{Doc: Doc("k1", "2020-05-12", "gunmen stormed maternity ward"), Incidents: []record.Incident{Incident(record.ArmedAssault, "2020-05-12", Kabul, 16)}},
		{Doc: Doc("k2", "2020-05-13", "maternity hospital attack toll rises"), Incidents: []record.Incident{
			Incident(record.ArmedAssault, "2020-05-12", Kabul, 24),
			Incident(record.SuicideBombing, "2020-05-12", Loc("Kuz Kunar", "Nangarhar", "Afghanistan", "AF", 34.4, 70.6, 1135689), 32, "Islamic State"),
		}},
		{Doc: Doc("g1", "2020-05-20", "roadside bomb bus Ghazni"), Incidents: []record.Incident{Incident(record.Bombing, "2020-05-20", Ghazni, 11, "Taliban")}},
		{Doc: Doc("g2", "2020-05-20", "Ghazni bus blast blamed on Islamic State"), Incidents: []record.Incident{Incident(record.Bombing, "2020-05-20", Ghazni, 11, "Islamic State")}},
		{Doc: Doc("m1", "2021-02-23", "rockets hit Maiduguri"), Incidents: []record.Incident{Incident(record.RemoteViolence, "2021-02-23", Maiduguri, 10, "Boko Haram")}},
		{Doc: Doc("u1", "2021-03-01", "undated violence"), Incidents: []record.Incident{Incident(record.ArmedAssault, "", Maiduguri, 1)}},
		{Doc: Doc("n1", "2021-03-02", "no incident in this economic news"), Incidents: nil},
	}
}

// Snapshot is every stored incident, as JSON lines in page order.
func Snapshot(t testing.TB, s store.Store) string {
	t.Helper()
	p, err := s.Incidents(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, m := range p.Incidents {
		js, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(js)
		b.WriteByte('\n')
	}
	return b.String()
}

func ingest(t *testing.T, s store.Store, batch []store.Extracted) store.IngestStats {
	t.Helper()
	st, err := s.Ingest(context.Background(), batch)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func summary(t *testing.T, s store.Store) string {
	t.Helper()
	p, err := s.Incidents(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range p.Incidents {
		var docs []string
		for _, src := range m.Sources {
			docs = append(docs, src.Doc)
		}
		out = append(out, strings.Join(docs, "+"))
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

func testIdempotent(t *testing.T, open Opener) {
	s := open(t)
	st := ingest(t, s, Corpus())
	if st.Documents != 11 || st.Skipped != 0 || st.Incidents != 11 {
		t.Errorf("first ingest = %+v, want 11 documents, 0 skipped, 11 incidents", st)
	}
	want := "b1+b2+b3 c1 g1 g2 k1+k2 k2 m1 u1"
	if got := summary(t, s); got != want {
		t.Errorf("incidents by source = %q, want %q", got, want)
	}
	if st.Created != 8 {
		t.Errorf("created = %d, want 8", st.Created)
	}
	before := Snapshot(t, s)
	// The same documents again, under other ids and paths: nothing changes.
	again := Corpus()
	for _, x := range again {
		d := *x.Doc
		d.ID, d.Path = "copy-"+d.ID, "elsewhere/"+d.Path
		x.Doc = &d
	}
	st = ingest(t, s, append(Corpus(), again...))
	if st.Documents != 0 || st.Skipped != 22 || st.Created != 0 {
		t.Errorf("second ingest = %+v, want everything skipped", st)
	}
	if after := Snapshot(t, s); after != before {
		t.Errorf("re-ingest changed the store:\n%s\nwas\n%s", after, before)
	}
}

// testRevision ingests a corrected version of a stored document (same id,
// other content): it becomes revision 2, its old incident leaves the event
// it had joined, the old version and what was extracted from it are in the
// history, and the store ends as if only the corrected version had ever
// been ingested. The old version coming back changes nothing.
func testRevision(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	ingest(t, s, Corpus())
	before, err := s.Incidents(ctx, store.Filter{Country: "CO", Type: record.Bombing})
	if err != nil {
		t.Fatal(err)
	}
	if len(before.Incidents) != 1 {
		t.Fatalf("%d bombings in Colombia, want the one b1, b2 and b3 report", len(before.Incidents))
	}
	corrected := Corpus()[0]
	d := *corrected.Doc
	d.Text = "attack. Correction: the car bomb exploded in Cali. Synthetic report b1."
	corrected.Doc = &d
	corrected.Incidents = []record.Incident{Incident(record.Bombing, "2019-01-17", Cali, 8)}
	st := ingest(t, s, []store.Extracted{corrected})
	if st.Documents != 1 || !slices.Equal(st.Revised, []string{"b1"}) {
		t.Errorf("ingest of a corrected b1 = %+v, want it stored as a revision", st)
	}
	want := "b1 b2+b3 c1 g1 g2 k1+k2 k2 m1 u1"
	if got := summary(t, s); got != want {
		t.Errorf("incidents by source = %q, want %q", got, want)
	}
	if st.Created != 1 {
		t.Errorf("created = %d, want 1 (b1 now stands alone)", st.Created)
	}
	// The same state as a store that only ever saw the correction, but
	// for the revision number the corrected source carries.
	fresh := open(t)
	ingest(t, fresh, append([]store.Extracted{corrected}, Corpus()[1:]...))
	if got, want := Snapshot(t, s), Snapshot(t, fresh); !sameButRevision(got, want) {
		t.Errorf("revised store differs from a fresh one:\n%s\nwant\n%s", got, want)
	}
	// Both versions in one batch: the first leaves with the members
	// extracted from it, before they are merged.
	both := open(t)
	ingest(t, both, append([]store.Extracted{Corpus()[0], corrected}, Corpus()[1:]...))
	if got, want := Snapshot(t, both), Snapshot(t, fresh); !sameButRevision(got, want) {
		t.Errorf("both versions in one batch:\n%s\nwant\n%s", got, want)
	}
	alone := open(t)
	ingest(t, alone, []store.Extracted{Corpus()[0], corrected})
	if got := summary(t, alone); got != "b1" {
		t.Errorf("both versions of b1 alone in one batch: incidents by source %q, want one, b1", got)
	}
	doc, err := s.Document(ctx, "b1")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Revision != 2 || doc.Text != d.Text || len(doc.History) != 1 {
		t.Fatalf("document b1 = revision %d, %d old versions, text %q", doc.Revision, len(doc.History), doc.Text)
	}
	old := doc.History[0]
	if old.Revision != 1 || old.Text != Corpus()[0].Doc.Text || old.ReplacedAt == "" || len(old.Incidents) != 1 ||
		old.Incidents[0].Incident != before.Incidents[0].ID || old.Incidents[0].Record.Location.Place != "Bogota" {
		t.Errorf("history of b1 = %+v, want revision 1 with its Bogota incident, then in %s", old, before.Incidents[0].ID)
	}
	p, err := s.Incidents(ctx, store.Filter{Country: "CO", Type: record.Bombing})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range p.Incidents {
		for _, src := range m.Sources {
			if src.Doc == "b1" && src.Revision != 2 {
				t.Errorf("incident %s cites b1 as revision %d, want 2", m.ID, src.Revision)
			}
		}
	}
	// The first version again (a re-run over old files) is skipped.
	snap := Snapshot(t, s)
	st = ingest(t, s, Corpus()[:1])
	if st.Documents != 0 || st.Skipped != 1 || len(st.Revised) != 0 {
		t.Errorf("ingest of the first b1 again = %+v, want it skipped", st)
	}
	if Snapshot(t, s) != snap {
		t.Errorf("an old version changed the store")
	}
	// Ingest asks before extracting whether it would skip a document.
	if k, ok := s.(interface {
		Known(ctx context.Context, id, hash string) (bool, error)
	}); !ok {
		t.Errorf("%T has no Known: every resumed ingest would extract all again", s)
	} else {
		oldHash := store.ContentHash(Corpus()[0].Doc)
		for _, c := range []struct {
			id, hash string
			want     bool
		}{
			{"b1", store.ContentHash(&d), true},
			{"b1", oldHash, true},         // an earlier version of b1
			{"other", oldHash, false},     // b1's old words under another id are new
			{"b1", "no-such-hash", false}, // a version never seen
		} {
			if got, err := k.Known(ctx, c.id, c.hash); err != nil || got != c.want {
				t.Errorf("Known(%s, %.12s) = %v, %v; want %v", c.id, c.hash, got, err, c.want)
			}
		}
	}
	// A third version.
	third := corrected
	d3 := d
	d3.Text += " Updated toll."
	third.Doc = &d3
	st = ingest(t, s, []store.Extracted{third})
	if doc, err := s.Document(ctx, "b1"); err != nil || doc.Revision != 3 || len(doc.History) != 2 || doc.History[1].Revision != 2 {
		t.Errorf("after a third version: %+v, %v", doc, err)
	}
	if st.Created != 0 {
		t.Errorf("a third version of a lone report: created = %d, want 0", st.Created)
	}
	CheckCounts(t, s)
}

// sameButRevision reports whether two snapshots differ only in revision
// numbers of sources.
func sameButRevision(a, b string) bool {
	strip := func(s string) string { return strings.ReplaceAll(s, `,"revision":2`, "") }
	return strip(a) == strip(b)
}

// testOrderIndependent ingests the corpus in many orders and batch sizes:
// the incidents, their ids and their records must not change.
func testOrderIndependent(t *testing.T, open Opener) {
	var want string
	r := rand.New(rand.NewPCG(7, 11))
	for round := range 5 {
		s := open(t)
		c := Corpus()
		r.Shuffle(len(c), func(i, j int) { c[i], c[j] = c[j], c[i] })
		size := 1 + round%4
		for i := 0; i < len(c); i += size {
			ingest(t, s, c[i:min(i+size, len(c))])
		}
		got := Snapshot(t, s)
		if round == 0 {
			want = got
			continue
		}
		if got != want {
			t.Fatalf("round %d (batches of %d) differs:\n%s\nwant\n%s", round, size, got, want)
		}
	}
}

// sources lists each incident's sources, sorted (the order of incidents
// on one day depends on their hashed ids; testPagination checks order).
func sources(p store.Page) string {
	var out []string
	for _, m := range p.Incidents {
		var docs []string
		for _, src := range m.Sources {
			docs = append(docs, src.Doc)
		}
		out = append(out, strings.Join(docs, "+"))
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

func testFilters(t *testing.T, open Opener) {
	s := open(t)
	ingest(t, s, Corpus())
	tests := []struct {
		name string
		f    store.Filter
		want string // sources of each incident, sorted
	}{
		{"all", store.Filter{}, "b1+b2+b3 c1 g1 g2 k1+k2 k2 m1 u1"},
		{"since", store.Filter{Since: "2020-05-20"}, "g1 g2 m1"},
		{"until", store.Filter{Until: "2019-12-31"}, "b1+b2+b3 c1"},
		{"since and until", store.Filter{Since: "2020-01-01", Until: "2020-12-31"}, "g1 g2 k1+k2 k2"},
		{"since before all", store.Filter{Since: "1900-01-01"}, "b1+b2+b3 c1 g1 g2 k1+k2 k2 m1"},
		{"until after all", store.Filter{Until: "2100-01-01"}, "b1+b2+b3 c1 g1 g2 k1+k2 k2 m1"},
		{"since on the first day", store.Filter{Since: "2019-01-17", Until: "2021-02-23"}, "b1+b2+b3 c1 g1 g2 k1+k2 k2 m1"},
		{"since before all, with a type", store.Filter{Since: "1900-01-01", Type: record.ArmedAssault}, "c1 k1+k2"},
		{"country code", store.Filter{Country: "af"}, "g1 g2 k1+k2 k2"},
		{"country name", store.Filter{Country: "Colombia"}, "b1+b2+b3 c1"},
		{"countries", store.Filter{Country: "CO,NG"}, "b1+b2+b3 c1 m1 u1"},
		{"type", store.Filter{Type: record.ArmedAssault}, "c1 k1+k2 u1"},
		{"types", store.Filter{Type: "bombing, suicide_bombing"}, "b1+b2+b3 g1 g2 k2"},
		{"actor substring", store.Filter{Actor: "islamic"}, "g2 k2"},
		{"actor any case", store.Filter{Actor: "eln"}, "b1+b2+b3"},
		{"actor with a country", store.Filter{Actor: "islamic", Country: "AF"}, "g2 k2"},
		{"actor with types and a date", store.Filter{Actor: "islamic", Type: "bombing,suicide_bombing", Since: "2020-01-01"}, "g2 k2"},
		{"near Kabul", store.Filter{Near: &store.Near{Lat: 34.52, Lon: 69.18, KM: 10}}, "k1+k2"},
		{"near Kabul, wider", store.Filter{Near: &store.Near{Lat: 34.52, Lon: 69.18, KM: 150}}, "g1 g2 k1+k2 k2"},
		{"near the date line", store.Filter{Near: &store.Near{Lat: 0, Lon: 179.9, KM: 500}}, ""},
		{"near a pole", store.Filter{Near: &store.Near{Lat: 89.9, Lon: 0, KM: 9000}}, "g1 g2 k1+k2 k2 m1 u1"},
		{"text word", store.Filter{Text: "maternity"}, "k1+k2 k2"},
		{"text stem", store.Filter{Text: "claiming"}, "b1+b2+b3"},
		{"text phrase", store.Filter{Text: `"bus blast"`}, "g2"},
		{"text phrase of three words", store.Filter{Text: `"roadside bomb bus"`}, "g1"},
		{"text phrase with a stop word", store.Filter{Text: `"shooting in Cali"`}, "c1"},
		{"text phrase or phrase", store.Filter{Text: `"bus blast" OR "stormed maternity"`}, "g2 k1+k2"},
		{"text not a phrase", store.Filter{Text: `bus -"bus blast"`}, "g1"},
		{"text or", store.Filter{Text: "Cali OR rockets"}, "c1 m1"},
		{"text not", store.Filter{Text: "bomb -academy"}, "b1+b2+b3 g1"},
		{"text with punctuation", store.Filter{Text: "al-Shabaab's"}, ""},
		{"combined", store.Filter{Country: "AF", Type: record.Bombing, Text: "Ghazni", Since: "2020-05-01"}, "g1 g2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.Incidents(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := sources(p); got != tt.want {
				t.Errorf("incidents = %q, want %q", got, tt.want)
			}
			if p.Total != len(p.Incidents) {
				t.Errorf("total = %d, want %d", p.Total, len(p.Incidents))
			}
			// Stats count the same incidents, and the documents
			// reporting them, however the store keeps them.
			st, err := s.Stats(context.Background(), tt.f, store.ByMonth)
			if err != nil {
				t.Fatal(err)
			}
			docs := map[string]bool{}
			for _, m := range p.Incidents {
				for _, src := range m.Sources {
					docs[src.Doc] = true
				}
			}
			if tt.f == (store.Filter{}) {
				docs = nil // every stored document, reporting or not
			}
			if st.Incidents != len(p.Incidents) || docs != nil && st.Documents != len(docs) {
				t.Errorf("stats count %d incidents in %d documents, want %d in %d", st.Incidents, st.Documents, len(p.Incidents), len(docs))
			}
		})
	}
}

func testPagination(t *testing.T, open Opener) {
	s := open(t)
	ingest(t, s, Corpus())
	all, err := s.Incidents(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, limit := range []int{1, 3, 7, 8, 100} {
		f := store.Filter{Limit: limit}
		var got []string
		pages := 0
		for {
			p, err := s.Incidents(context.Background(), f)
			if err != nil {
				t.Fatal(err)
			}
			if p.Total != len(all.Incidents) {
				t.Errorf("limit %d: total = %d, want %d", limit, p.Total, len(all.Incidents))
			}
			if len(p.Incidents) > limit {
				t.Errorf("limit %d: page of %d", limit, len(p.Incidents))
			}
			for _, m := range p.Incidents {
				got = append(got, m.ID)
			}
			pages++
			if p.Next == "" {
				break
			}
			f.Cursor = p.Next
		}
		var want []string
		for i, m := range all.Incidents {
			want = append(want, m.ID)
			if i > 0 {
				prev := all.Incidents[i-1]
				if prev.Date < m.Date || prev.Date == m.Date && prev.ID < m.ID {
					t.Errorf("%s (%s) listed after %s (%s): want newest first", m.ID, m.Date, prev.ID, prev.Date)
				}
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("limit %d: paged ids %v, want %v", limit, got, want)
		}
		if wantPages := (len(want) + limit - 1) / limit; pages != wantPages {
			t.Errorf("limit %d: %d pages, want %d", limit, pages, wantPages)
		}
	}
}

func testLookup(t *testing.T, open Opener) {
	s := open(t)
	ctx := context.Background()
	ingest(t, s, Corpus()[:1])
	first, err := s.Incidents(ctx, store.Filter{})
	if err != nil || len(first.Incidents) != 1 {
		t.Fatalf("incidents = %v, %v", first, err)
	}
	oldID := first.Incidents[0].ID
	ingest(t, s, Corpus()[1:3])
	m, err := s.Incident(ctx, oldID)
	if err != nil {
		t.Fatalf("incident %s after a merge: %v", oldID, err)
	}
	if len(m.Sources) != 3 {
		t.Errorf("incident %s has %d sources, want 3", oldID, len(m.Sources))
	}
	if m.Killed == nil || *m.Killed.Min != 21 || *m.Killed.Max != 21 {
		t.Errorf("merged killed = %+v, want min 21 max 21", m.Killed)
	}
	for _, ev := range m.Evidence {
		if ev.Doc == "" {
			t.Errorf("evidence %+v names no document", ev)
		}
	}
	if _, err := s.Incident(ctx, "no-such-id"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown incident: err = %v, want ErrNotFound", err)
	}
	d, err := s.Document(ctx, "b2")
	if err != nil {
		t.Fatal(err)
	}
	want := Corpus()[1].Doc
	if d.Text != want.Text || d.Title != want.Title || d.Date != want.Date || d.Hash != store.ContentHash(want) {
		t.Errorf("document b2 = %+v, want %+v", d, want)
	}
	if _, err := s.Document(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown document: err = %v, want ErrNotFound", err)
	}
}

func testStats(t *testing.T, open Opener) {
	s := open(t)
	ingest(t, s, Corpus())
	CheckCounts(t, s)
	st, err := s.Stats(context.Background(), store.Filter{}, store.ByDay)
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprintf("%d %d %v %v", st.Documents, st.Incidents, st.ByCountry, st.ByType)
	want := "11 8 map[AF:4 CO:2 NG:2] map[armed_assault:3 bombing:3 remote_violence:1 suicide_bombing:1]"
	if got != want {
		t.Errorf("stats = %s, want %s", got, want)
	}
	if byDay := st.Series.Totals(); byDay["2019-01-17"] != 2 || len(byDay) != 4 {
		t.Errorf("by day = %v", byDay)
	}
	// A since before every incident still leaves out the undated one
	// and the document that reports none.
	st, err = s.Stats(context.Background(), store.Filter{Since: "1900-01-01"}, store.ByDay)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 9 || st.Incidents != 7 || st.ByCountry["NG"] != 1 || len(st.Series.Periods) != 4 {
		t.Errorf("stats since 1900 = %+v, want 9 documents, 7 incidents, NG 1, 4 days", st)
	}
	st, err = s.Stats(context.Background(), store.Filter{Country: "CO"}, store.ByDay)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 4 || st.Incidents != 2 {
		t.Errorf("stats for CO = %+v, want 4 documents, 2 incidents", st)
	}
	// By month: the same counts, the days folded into their months, from
	// the kept counts and from a grouped query alike.
	for _, f := range []store.Filter{{}, {Since: "1900-01-01"}, {Country: "CO"}, {Type: "bombing"}} {
		day, err := s.Stats(context.Background(), f, store.ByDay)
		if err != nil {
			t.Fatal(err)
		}
		month, err := s.Stats(context.Background(), f, store.ByMonth)
		if err != nil {
			t.Fatal(err)
		}
		folded := map[string]map[string]int{}
		for typ, days := range day.Series.ByType() {
			folded[typ] = map[string]int{}
			for d, n := range days {
				folded[typ][d[:min(7, len(d))]] += n
			}
		}
		got := fmt.Sprintf("%d %d %v %v %v", month.Documents, month.Incidents, month.ByCountry, month.ByType, month.Series.ByType())
		want := fmt.Sprintf("%d %d %v %v %v", day.Documents, day.Incidents, day.ByCountry, day.ByType, folded)
		if got != want || month.Period != store.ByMonth || day.Period != store.ByDay {
			t.Errorf("stats by month for %+v = %s, want %s", f, got, want)
		}
	}
}

// testActorWords checks that --actor matches whole words of perpetrator
// names, wherever in the name they start, and never part of a word.
func testActorWords(t *testing.T, open Opener) {
	s := open(t)
	perps := []string{"Iraqi security forces", "Irish Republican Army (IRA)", "al-Shabaab", "Tehrik-i-Taliban Pakistan", "Taliban"}
	var batch []store.Extracted
	for i, p := range perps {
		d := Doc(fmt.Sprintf("a%d", i), "2022-03-0"+fmt.Sprint(i+1), "attack")
		// Each in its own country and type, so that none merge.
		loc := []*record.Location{Bogota, Kabul, Maiduguri, Cali, Ghazni}[i]
		batch = append(batch, store.Extracted{Doc: d, Incidents: []record.Incident{
			Incident(record.Types[i], d.Date, loc, 1, p)}})
	}
	ingest(t, s, batch)
	tests := []struct {
		name string
		f    store.Filter
		want string
	}{
		{"acronym is a word, not a prefix", store.Filter{Actor: "IRA"}, "a1"},
		{"word inside a hyphenated name", store.Filter{Actor: "shabaab"}, "a2"},
		{"hyphen and space are alike", store.Filter{Actor: "Al Shabaab"}, "a2"},
		{"several words in order", store.Filter{Actor: "republican army"}, "a1"},
		{"words out of order", store.Filter{Actor: "army republican"}, ""},
		{"word in two names", store.Filter{Actor: "taliban"}, "a3 a4"},
		{"prefix of a word", store.Filter{Actor: "talib"}, ""},
		{"with a date", store.Filter{Actor: "taliban", Since: "2022-03-05"}, "a4"},
		{"with a country", store.Filter{Actor: "taliban", Country: "CO"}, "a3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.Incidents(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := sources(p); got != tt.want || p.Total != len(p.Incidents) {
				t.Errorf("actor %q: incidents %q (total %d), want %q", tt.f.Actor, got, p.Total, tt.want)
			}
		})
	}
	if _, err := s.Incidents(context.Background(), store.Filter{Actor: "--"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("actor with no words: err = %v, want ErrInvalid", err)
	}
}

func testInvalid(t *testing.T, open Opener) {
	s := open(t)
	ingest(t, s, Corpus())
	for _, f := range []store.Filter{
		{Cursor: "garbage!"},
		{Cursor: store.EncodeCursor("not a date", "x")},
		{Since: "2020-13-01"},
		{Near: &store.Near{Lat: 91, Lon: 0, KM: 1}},
		{Text: `"" - ,`},
		{Limit: -1},
	} {
		if _, err := s.Incidents(context.Background(), f); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Incidents(%+v): err = %v, want ErrInvalid", f, err)
		}
	}
}

// CheckCounts fails t unless the unfiltered stats, which a SQL store
// answers from counts its triggers keep at every insert and delete (by day
// and by month), and its kept document counts, equal a recount of the
// incidents and documents grouped afresh.
func CheckCounts(t testing.TB, s store.Store) {
	t.Helper()
	ctx := context.Background()
	byDay, err := s.Stats(ctx, store.Filter{}, store.ByDay)
	if err != nil {
		t.Fatal(err)
	}
	byMonth, err := s.Stats(ctx, store.Filter{}, store.ByMonth)
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprintf("%d %d %v %v\n%d %d %v %v", byDay.Documents, byDay.Incidents, byDay.ByCountry, byDay.Series.ByType(),
		byMonth.Documents, byMonth.Incidents, byMonth.ByCountry, byMonth.Series.ByType())
	want := struct {
		Documents, Incidents   int
		ByCountry              map[string]int
		ByDayType, ByMonthType map[string]map[string]int
	}{ByCountry: map[string]int{}, ByDayType: map[string]map[string]int{}, ByMonthType: map[string]map[string]int{}}
	db, ok := s.(interface{ SQL() *sql.DB })
	if !ok {
		t.Fatalf("store %T has no SQL access to recount with", s)
	}
	if err := db.SQL().QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&want.Documents); err != nil {
		t.Fatal(err)
	}
	rows, err := db.SQL().QueryContext(ctx, `SELECT date, type, country, count(*) FROM incidents GROUP BY date, type, country`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	add := func(m map[string]map[string]int, typ, when string, n int) {
		if m[typ] == nil {
			m[typ] = map[string]int{}
		}
		m[typ][when] += n
	}
	for rows.Next() {
		var day, typ, country string
		var n int
		if err := rows.Scan(&day, &typ, &country, &n); err != nil {
			t.Fatal(err)
		}
		if country == "" {
			country = "unknown"
		}
		want.Incidents += n
		want.ByCountry[country] += n
		if day == "" {
			continue
		}
		add(want.ByDayType, typ, day, n)
		add(want.ByMonthType, typ, day[:min(7, len(day))], n)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	w := fmt.Sprintf("%d %d %v %v\n%d %d %v %v", want.Documents, want.Incidents, want.ByCountry, want.ByDayType,
		want.Documents, want.Incidents, want.ByCountry, want.ByMonthType)
	if got != w {
		t.Errorf("kept counts differ from a recount:\n%s\nwant\n%s", got, w)
	}
	// The documents reporting an incident, which stats count for a
	// filter that excludes no incident.
	var kept, recount int
	if err := db.SQL().QueryRowContext(ctx, `SELECT reporting FROM document_count`).Scan(&kept); err != nil {
		t.Fatal(err)
	}
	if err := db.SQL().QueryRowContext(ctx, `SELECT count(DISTINCT doc_seq) FROM extractions`).Scan(&recount); err != nil {
		t.Fatal(err)
	}
	if kept != recount {
		t.Errorf("kept count of reporting documents = %d, recount %d", kept, recount)
	}
	// The days and tolls of the counters by month (migration 0017),
	// day for day.
	for _, c := range []struct{ kept, recount string }{
		{`SELECT '', type, month, CAST(days AS TEXT), 0, 0 FROM incident_stats_month_type`,
			`SELECT '', type, date, count(*), 0, 0 FROM incidents GROUP BY type, date`},
		{`SELECT country, type, month, CAST(days AS TEXT), killed, killed_known FROM incident_stats_cell`,
			`SELECT country, type, date, count(*), coalesce(sum(killed), 0), count(killed) FROM incidents GROUP BY country, type, date`},
		// and of --actor (0018), the key in the place of the country.
		{`SELECT key, type, month, CAST(days AS TEXT), 0, 0 FROM incident_actor_type_month`,
			`SELECT a.key, i.type, i.date, count(*), 0, 0 FROM incident_actor a JOIN incidents i ON i.rid = a.rid GROUP BY a.key, i.type, i.date`},
		{`SELECT key, country, month, CAST(days AS TEXT), 0, 0 FROM incident_actor_country_month`,
			`SELECT a.key, i.country, i.date, count(*), 0, 0 FROM incident_actor a JOIN incidents i ON i.rid = a.rid GROUP BY a.key, i.country, i.date`},
	} {
		if got, want := keptDays(t, db.SQL(), c.kept, true), keptDays(t, db.SQL(), c.recount, false); got != want {
			t.Errorf("%q differs from a recount:\n%s\nwant\n%s", c.kept, got, want)
		}
	}
	// The counters of filtered totals (migration 0013), of --near
	// (0016) and of --actor (0018), row for row.
	for _, c := range []struct{ kept, recount string }{
		{`SELECT country, type, month, n FROM incident_stats_cell`,
			`SELECT country, type, substr(date, 1, 7), count(*) FROM incidents GROUP BY country, type, substr(date, 1, 7)`},
		{`SELECT key, month, n FROM incident_actor_month`,
			`SELECT key, substr(date, 1, 7), count(*) FROM incident_actor GROUP BY key, substr(date, 1, 7)`},
		{`SELECT band, cell, n FROM incident_near_cell`,
			`SELECT CAST(floor(lat * 16) AS BIGINT), CAST(floor(lon * 16) AS BIGINT), count(*) FROM incidents
			WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY floor(lat * 16), floor(lon * 16)`},
		{`SELECT country, type, date, doc_seq, n FROM incident_documents`,
			`SELECT i.country, i.type, i.date, e.doc_seq, count(*) FROM extractions e JOIN incidents i ON i.id = e.incident
			GROUP BY i.country, i.type, i.date, e.doc_seq`},
		// The documents of located incidents by cell (0021).
		{`SELECT band, cell, date, doc_seq, country, type, n FROM incident_cell_documents`,
			`SELECT CAST(floor(i.lat * 16) AS BIGINT), CAST(floor(i.lon * 16) AS BIGINT), i.date, e.doc_seq, i.country, i.type, count(*)
			FROM extractions e JOIN incidents i ON i.id = e.incident WHERE i.lat IS NOT NULL AND i.lon IS NOT NULL
			GROUP BY floor(i.lat * 16), floor(i.lon * 16), i.date, e.doc_seq, i.country, i.type`},
		{`SELECT key, type, month, n FROM incident_actor_type_month`,
			`SELECT a.key, i.type, substr(i.date, 1, 7), count(*) FROM incident_actor a JOIN incidents i ON i.rid = a.rid GROUP BY a.key, i.type, substr(i.date, 1, 7)`},
		{`SELECT key, country, month, n FROM incident_actor_country_month`,
			`SELECT a.key, i.country, substr(i.date, 1, 7), count(*) FROM incident_actor a JOIN incidents i ON i.rid = a.rid GROUP BY a.key, i.country, substr(i.date, 1, 7)`},
		// The copies of incident_actor and its documents (0018).
		{`SELECT key, id, date, country, type FROM incident_actor`,
			`SELECT a.key, i.id, i.date, i.country, i.type FROM incident_actor a JOIN incidents i ON i.rid = a.rid`},
		{`SELECT key, date, doc_seq, country, type, n FROM incident_actor_documents`,
			`SELECT a.key, i.date, e.doc_seq, i.country, i.type, count(*) FROM incident_actor a JOIN incidents i ON i.rid = a.rid
			JOIN extractions e ON e.incident = i.id GROUP BY a.key, i.date, e.doc_seq, i.country, i.type`},
	} {
		var differ int
		q := `SELECT (SELECT count(*) FROM (` + c.kept + ` EXCEPT ` + c.recount + `) x) + (SELECT count(*) FROM (` + c.recount + ` EXCEPT ` + c.kept + `) y)`
		if err := db.SQL().QueryRowContext(ctx, q).Scan(&differ); err != nil {
			t.Fatal(err)
		}
		if differ != 0 {
			t.Errorf("%d rows of %q differ from a recount", differ, c.kept)
		}
	}
}

// keptDays reads q's rows (country, type, month or date, days JSON or a
// count, killed, killed_known) as a sorted list of "country type date
// count" lines and the tolls by country, type and month: from the kept
// days when days, else from a recount by date.
func keptDays(t testing.TB, db *sql.DB, q string, days bool) string {
	t.Helper()
	rows, err := db.QueryContext(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var lines []string
	tolls := map[string][2]int{}
	for rows.Next() {
		var country, typ, when, v string
		var killed, known int
		if err := rows.Scan(&country, &typ, &when, &v, &killed, &known); err != nil {
			t.Fatal(err)
		}
		month := when[:min(7, len(when))]
		k := tolls[country+" "+typ+" "+month]
		tolls[country+" "+typ+" "+month] = [2]int{k[0] + killed, k[1] + known}
		if !days {
			lines = append(lines, fmt.Sprintf("%s %s %q %s", country, typ, when, v))
			continue
		}
		var m map[string]int
		if err := json.Unmarshal([]byte(v), &m); err != nil {
			t.Fatalf("days of %s %s %s: %v", country, typ, when, err)
		}
		for rest, n := range m {
			if n <= 0 {
				t.Errorf("days of %s %s %s: %q counts %d", country, typ, when, rest, n)
			}
			lines = append(lines, fmt.Sprintf("%s %s %q %d", country, typ, when+rest, n))
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n") + fmt.Sprint("\n", tolls)
}

// testIncidentsJSON: IncidentsJSON gives the page Incidents gives, each
// incident as the JSON encoding/json writes of it, on pages of every
// kind of plan (the whole store, a date range, a country, an actor, a
// circle, text, paged by cursor, empty).
func testIncidentsJSON(t *testing.T, open Opener) {
	s := open(t)
	ingest(t, s, Corpus())
	ctx := context.Background()
	for _, f := range []store.Filter{
		{},
		{Limit: 3},
		{Since: "2020-01-01", Until: "2020-12-31", Limit: 2},
		{Since: "1900-01-01"},
		{Country: "CO"},
		{Actor: "taliban", Limit: 1},
		{Near: &store.Near{Lat: 34.5, Lon: 69.2, KM: 500}, Limit: 2},
		{Text: "bomb"},
		{Country: "FR"},
	} {
		pages := 0
		for {
			want, err := s.Incidents(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.IncidentsJSON(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if got.Total != want.Total || got.Next != want.Next || len(got.Incidents) != 0 || len(got.Raw) != len(want.Incidents) {
				t.Fatalf("%+v page %d: total %d next %q, %d incidents and %d records; want total %d next %q, %d records",
					f, pages, got.Total, got.Next, len(got.Incidents), len(got.Raw), want.Total, want.Next, len(want.Incidents))
			}
			for i := range want.Incidents {
				js, err := json.Marshal(&want.Incidents[i])
				if err != nil {
					t.Fatal(err)
				}
				if got.Raw[i] != string(js) {
					t.Fatalf("%+v page %d record %d:\ngot  %s\nwant %s", f, pages, i, got.Raw[i], js)
				}
			}
			if pages++; want.Next == "" {
				break
			}
			f.Cursor = want.Next
		}
	}
}
