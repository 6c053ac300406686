package server

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlite"
)

// devSet is the labelled news set beside the repository; tests that use it
// skip its part when it is absent.
const devSet = "../../../shared/bench/news-dev"

// testStore returns a new SQLite store, in a file of its own, holding the
// fixture.
func testStore(t testing.TB) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "sitrep.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Ingest(context.Background(), fixture()); err != nil {
		t.Fatalf("ingesting the fixture: %v", err)
	}
	return st
}

// ingestDevSet extracts the dev set's articles with the real extractor and
// stores them, as `sitrep ingest` would, and reports whether it found them.
func ingestDevSet(t testing.TB, st store.Store) bool {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(devSet, "*.txt"))
	if len(paths) == 0 {
		t.Logf("%s: no articles; the page shows the fixture only", devSet)
		return false
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var batch []store.Extracted
	err = doc.Read(paths, nil, func(d *doc.Document, err error) error {
		if err != nil {
			t.Logf("dev set: %v", err)
			return nil
		}
		res, err := x.Extract(context.Background(), d)
		if err != nil {
			return err
		}
		batch = append(batch, store.Extracted{Doc: d, Incidents: res.Incidents})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	stats, err := st.Ingest(context.Background(), batch)
	if err != nil {
		t.Fatalf("ingesting the dev set: %v", err)
	}
	t.Logf("dev set: %d documents, %d incidents extracted", stats.Documents, stats.Incidents)
	return true
}

// countIncidents returns how many stored incidents have coordinates, and
// how many there are.
func countIncidents(t testing.TB, st store.Store) (located, total int) {
	t.Helper()
	f := store.Filter{Limit: 1000}
	for {
		p, err := st.Incidents(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		total = p.Total
		for _, inc := range p.Incidents {
			if inc.Location != nil && inc.Location.Lat != nil && inc.Location.Lon != nil {
				located++
			}
		}
		if p.Next == "" {
			return located, total
		}
		f.Cursor = p.Next
	}
}

// idOf returns the id the store gave the incident at a fixture's place.
func idOf(t testing.TB, st store.Store, place string) string {
	t.Helper()
	p, err := st.Incidents(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, inc := range p.Incidents {
		if inc.Location != nil && inc.Location.Place == place {
			return inc.ID
		}
	}
	t.Fatalf("no stored incident at %s", place)
	return ""
}
