package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// Database names one fresh, empty database per call; each call of the
// function it returns opens another connection to it (its own store, as a
// separate ingest process would), and may be called from several goroutines
// at once. The test closes what it opens.
type Database func(t *testing.T) func() (store.Store, error)

// Writers is how many ingesters RunConcurrent runs at once.
const Writers = 4

// RunConcurrent checks that concurrent writers end where one sequential
// writer does: Writers stores, opened at the same moment on a fresh
// database (so their migrations race too), each ingest an overlapping half
// of docs (every document reaches two of them) in its own order and batch
// sizes. The incidents must equal a sequential ingest's, record for
// record, with every document stored once and no incident twice. rounds
// repeats it on fresh databases, since a race shows only sometimes.
func RunConcurrent(t *testing.T, db Database, docs []store.Extracted, rounds int) {
	t.Helper()
	seq, err := db(t)()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seq.Ingest(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	want := Snapshot(t, seq)
	wantIncidents := strings.Count(want, "\n")
	seq.Close()

	r := rand.New(rand.NewPCG(uint64(len(docs)), 12))
	for round := range rounds {
		concurrentRound(t, round, db(t), r, docs, want, wantIncidents)
	}
}

func concurrentRound(t *testing.T, round int, connect func() (store.Store, error), r *rand.Rand,
	docs []store.Extracted, want string, wantIncidents int) {
	t.Helper()
	plans := make([][][]store.Extracted, Writers)
	for w := range plans {
		var half []store.Extracted
		for k := range (len(docs) + 1) / 2 {
			half = append(half, docs[(w*len(docs)/Writers+k)%len(docs)])
		}
		r.Shuffle(len(half), func(i, j int) { half[i], half[j] = half[j], half[i] })
		for len(half) > 0 {
			n := min(1+r.IntN(4), len(half))
			plans[w] = append(plans[w], half[:n])
			half = half[n:]
		}
	}
	stores := make([]store.Store, Writers)
	created := make([]int, Writers)
	errs := make([]error, Writers)
	var wg sync.WaitGroup
	// A reader follows the change log while the writers write, as a
	// downstream mirror would, from the last seq it saw.
	done := make(chan struct{})
	followed := make(chan []store.Change, 1)
	go func() { followed <- follow(connect, done) }()
	for w := range Writers {
		wg.Go(func() {
			s, err := connect()
			if err != nil {
				errs[w] = fmt.Errorf("open: %w", err)
				return
			}
			stores[w] = s
			for _, batch := range plans[w] {
				st, err := s.Ingest(context.Background(), batch)
				if err != nil {
					errs[w] = err
					return
				}
				if len(st.Revised) > 0 {
					errs[w] = fmt.Errorf("revised %v: no id has two contents here", st.Revised)
					return
				}
				created[w] += st.Created
			}
		})
	}
	wg.Wait()
	close(done)
	log := <-followed
	defer func() {
		for _, s := range stores {
			if s != nil {
				s.Close()
			}
		}
	}()
	for w, err := range errs {
		if err != nil {
			t.Fatalf("round %d: writer %d: %v", round, w, err)
		}
	}
	got := Snapshot(t, stores[0])
	if got != want {
		t.Fatalf("round %d: concurrent ingest differs from a sequential one:\n%s\nwant\n%s", round, got, want)
	}
	CheckCounts(t, stores[0])
	// The reader saw the whole log, having skipped nothing, and the log
	// replays to the incidents stored.
	all, err := stores[0].Changes(context.Background(), 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(log) > 0 && log[0].Kind == "error" {
		t.Fatalf("round %d: reader: %s", round, log[0].Incident)
	}
	if !slices.Equal(log, all) {
		t.Fatalf("round %d: the reader following the log saw %d entries, the log has %d", round, len(log), len(all))
	}
	if err := ReplayChanges(t, stores[0], all); err != nil {
		t.Fatalf("round %d: change log: %v", round, err)
	}
	st, err := stores[0].Stats(context.Background(), store.Filter{}, store.ByDay)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != len(docs) || st.Incidents != wantIncidents {
		t.Fatalf("round %d: %d documents and %d incidents stored, want %d and %d", round, st.Documents, st.Incidents, len(docs), wantIncidents)
	}
	// Each writer's net change adds up to the total only if no two
	// writers re-clustered from the same stale picture.
	sum := 0
	for _, c := range created {
		sum += c
	}
	if sum != wantIncidents {
		t.Fatalf("round %d: writers report %v incidents created, %d in all, want %d", round, created, sum, wantIncidents)
	}
}

// Reports is a set of reports for the concurrency tests: Corpus, plus n
// generated events each told by two to four reports that differ in toll
// and named group, each with another event of its type and place three
// days later, so that merging has work to do and wrong merges would show.
func Reports(n int) []store.Extracted {
	out := Corpus()
	places := []*record.Location{Bogota, Cali, Kabul, Ghazni, Maiduguri}
	types := []string{record.Bombing, record.ArmedAssault, record.RemoteViolence, record.Kidnapping}
	r := rand.New(rand.NewPCG(uint64(n), 99))
	for e := range n {
		loc := places[e%len(places)]
		typ := types[(e/len(places))%len(types)]
		day := fmt.Sprintf("2022-%02d-%02d", 1+e%12, 1+(e*7)%24)
		reports := 2 + r.IntN(3)
		for k := range reports {
			id := fmt.Sprintf("e%d-r%d", e, k)
			inc := Incident(typ, day, loc, 3+k*2)
			if k%2 == 1 {
				inc.Perpetrators = []record.Perpetrator{{Name: "Group " + fmt.Sprint(e), Attribution: record.Suspected, Kind: "group"}}
			}
			out = append(out, store.Extracted{Doc: Doc(id, day, fmt.Sprintf("event %d report %d", e, k)), Incidents: []record.Incident{inc}})
		}
		// A different event: the same type three days later in the same
		// place, which must not join the one above.
		later := fmt.Sprintf("2022-%02d-%02d", 1+e%12, 4+(e*7)%24)
		out = append(out, store.Extracted{Doc: Doc(fmt.Sprintf("e%d-other", e), later, fmt.Sprintf("event %d other", e)),
			Incidents: []record.Incident{Incident(typ, later, loc, 1)}})
	}
	return out
}

// follow reads the change log from the start until done is closed, then
// once more, and returns what it read. An entry at or below the cursor
// (one that committed after a later one was visible) ends it with an
// entry of kind "error" saying so.
func follow(connect func() (store.Store, error), done <-chan struct{}) []store.Change {
	fail := func(format string, args ...any) []store.Change {
		return []store.Change{{Kind: "error", Incident: fmt.Sprintf(format, args...)}}
	}
	s, err := connect()
	if err != nil {
		return fail("open: %v", err)
	}
	defer s.Close()
	var out []store.Change
	var cursor int64
	for last := false; ; {
		select {
		case <-done:
			last = true
		case <-time.After(2 * time.Millisecond):
		}
		page, err := s.Changes(context.Background(), cursor, 0)
		if err != nil {
			return fail("changes after %d: %v", cursor, err)
		}
		for _, c := range page {
			if c.Seq <= cursor {
				return fail("entry %d appeared after the reader was at %d", c.Seq, cursor)
			}
			cursor = c.Seq
		}
		out = append(out, page...)
		if last {
			return out
		}
	}
}
