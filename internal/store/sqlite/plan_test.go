package sqlite

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlstore"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// TestPlans checks that every filter shape of the API is answered from an
// index, by the plans SQLite makes with the statistics of the
// million-incident benchmark store (planStore), not by timing them.
func TestPlans(t *testing.T) { eachStats(t, testPlans) }

func testPlans(t *testing.T, s *sqlstore.DB) {
	ctx := context.Background()

	tests := []struct {
		name string
		f    store.Filter
		// the step the count and the page must each have
		count, page string
		// sorted: the page may sort its matches (a near or text match
		// set comes in no date order); else the index gives the order.
		sorted bool
	}{
		// The total of an unfiltered list is the count the triggers keep.
		{"list", store.Filter{Limit: 100}, "SCAN incident_count", "SCAN i USING COVERING INDEX incidents_date", false},
		{"list from a cursor", store.Filter{Limit: 100, Cursor: store.EncodeCursor("2010-05-01", "g")},
			"SCAN incident_count", "SEARCH i USING COVERING INDEX incidents_date", false},
		// Totals of countries, types and dates sum kept counts by month
		// (a few thousand rows), and count the months the dates cut
		// from an index.
		{"country", store.Filter{Country: "NG", Limit: 100}, "SEARCH incident_stats_cell USING PRIMARY KEY (country=?)", "incidents_country (country=?)", false},
		{"country+since", store.Filter{Country: "NG", Since: "2015-01-10", Limit: 100},
			"SEARCH incident_stats_cell USING PRIMARY KEY (country=?)\nSCALAR SUBQUERY 2\nSEARCH i USING COVERING INDEX incidents_country (country=? AND date>? AND date<?)",
			"incidents_country (country=? AND date>?)", false},
		{"type", store.Filter{Type: "bombing", Limit: 100}, "SCAN incident_stats_month_type", "incidents_type (type=?)", false},
		{"since-until", store.Filter{Since: "2015-01-01", Until: "2015-03-01", Limit: 100},
			"SEARCH incident_stats_month_type USING PRIMARY KEY (month>? AND month<?)\nSCALAR SUBQUERY 2\nSEARCH i USING COVERING INDEX incidents_date (date>? AND date<?)",
			"incidents_date (date>? AND date<?)", false},
		{"actor, one key", store.Filter{Actor: "boko haram", Limit: 100},
			"SEARCH incident_actor_month USING PRIMARY KEY (key=?)", "SEARCH a USING PRIMARY KEY (key=?)", false},
		// A word of several names is one key too (every run of words
		// is one): its page needs no sort.
		{"actor, a word of several names", store.Filter{Actor: "taliban", Limit: 100},
			"SEARCH incident_actor_month USING PRIMARY KEY (key=?)", "SEARCH a USING PRIMARY KEY (key=?)", false},
		{"actor+since", store.Filter{Actor: "boko haram", Since: "2020-01-01", Limit: 100},
			"SEARCH incident_actor_month USING PRIMARY KEY (key=? AND month>?)\nSCALAR SUBQUERY 2\nSEARCH a USING PRIMARY KEY (key=? AND date>? AND date<?)",
			"SEARCH a USING PRIMARY KEY (key=? AND date>?)", false},
		// An actor with countries or types (migration 0018): the total
		// sums the key's kept counts by country or type. The page of
		// one country is the newest of the key's entries of it
		// (migration 0019); of several, or of types, it walks the
		// key's entries, which carry both.
		{"actor+country", store.Filter{Actor: "taliban", Country: "AF", Limit: 100},
			"SEARCH incident_actor_country_month USING PRIMARY KEY (key=? AND country=?)", "SEARCH a USING COVERING INDEX incident_actor_country (key=? AND country=?)", false},
		{"actor+countries", store.Filter{Actor: "taliban", Country: "AF,PK", Limit: 100},
			"SEARCH incident_actor_country_month USING PRIMARY KEY (key=? AND country=?)", "SEARCH a USING PRIMARY KEY (key=?)", false},
		{"actor+type+since", store.Filter{Actor: "taliban", Type: "bombing", Since: "2020-01-10", Limit: 100},
			"SEARCH incident_actor_type_month USING PRIMARY KEY (key=? AND type=? AND month>?)", "SEARCH a USING PRIMARY KEY (key=? AND date>?)", false},
		{"near", store.Filter{Near: &store.Near{Lat: 34, Lon: 67, KM: 50}, Limit: 100}, "COVERING INDEX incidents_near", "COVERING INDEX incidents_near", true},
		// A circle is narrower than a type or a country: their indexes
		// must not drive it, and incidents_near holds both columns.
		{"near+type", store.Filter{Near: &store.Near{Lat: 34, Lon: 67, KM: 150}, Type: "bombing", Limit: 100},
			"COVERING INDEX incidents_near", "COVERING INDEX incidents_near", true},
		{"near+country+since", store.Filter{Near: &store.Near{Lat: 34, Lon: 67, KM: 150}, Country: "AF", Since: "2015-03-05", Limit: 100},
			"COVERING INDEX incidents_near", "COVERING INDEX incidents_near", true},
		{"text", store.Filter{Text: `"place 12"`, Limit: 100}, "documents_fts", "documents_fts", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan, err := s.Explain(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			steps := planSteps(plan)
			for q, want := range map[string]string{"count": tt.count, "page": tt.page} {
				if !strings.Contains(strings.Join(steps[q], "\n"), want) {
					t.Errorf("%s has no step %q:\n%s", q, want, plan)
				}
				for _, step := range steps[q] {
					if fullScan(step) && !(tt.name == "list" || tt.name == "list from a cursor") {
						t.Errorf("%s reads a whole table or index (%s):\n%s", q, step, plan)
					}
				}
			}
			if !tt.sorted && strings.Contains(strings.Join(steps["page"], "\n"), "TEMP B-TREE FOR ORDER BY") {
				t.Errorf("page sorts its matches instead of reading them in index order:\n%s", plan)
			}
		})
	}

	// A since before every stored day excludes nothing: the count is the
	// kept one and the page reads the newest entries of the date index,
	// not a range holding every entry; stats read only kept counts.
	plan, err := s.Explain(ctx, store.Filter{Since: "1950-01-01", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	steps := planSteps(plan)
	if strings.Contains(plan, "date>?") || len(steps["count"]) != 1 || steps["count"][0] != "SCAN incident_count" {
		t.Errorf("since before all data:\n%s", plan)
	}
	for q, want := range map[string]string{
		"stats documents":     "SCAN document_count",
		"stats by country":    "SCAN incident_stats_country",
		"stats kept by month": "SCAN incident_stats_month_type",
	} {
		if len(steps[q]) != 1 || steps[q][0] != want {
			t.Errorf("%s: plan %q, want the kept counts (%s):\n%s", q, steps[q], want, plan)
		}
	}

	// Stats for countries, types and dates read the kept counts by
	// month and their days (step), dropping the days outside the dates:
	// no incident is read. They count the documents of the matches in a
	// range (docs) of incident_documents.
	for _, tt := range []struct {
		name       string
		f          store.Filter
		step, docs string
	}{
		{"country", store.Filter{Country: "NG"}, "SEARCH incident_stats_cell USING PRIMARY KEY (country=?)",
			"SEARCH d USING PRIMARY KEY (country=?)"},
		{"type", store.Filter{Type: "bombing"}, "SEARCH incident_stats_cell USING PRIMARY KEY (ANY(country) AND type=?)",
			"SEARCH d USING COVERING INDEX incident_documents_type (type=?)"},
		{"since-until", store.Filter{Since: "2015-01-01", Until: "2015-03-01"}, "SEARCH incident_stats_month_type USING PRIMARY KEY (month>? AND month<?)",
			"SEARCH d USING COVERING INDEX incident_documents_date (date>? AND date<?)"},
		{"country+since", store.Filter{Country: "NG", Since: "2015-01-01"}, "SEARCH incident_stats_cell USING PRIMARY KEY (country=?)",
			"SEARCH d USING PRIMARY KEY (country=?)"},
		// An actor's kept counts by type and by country, and its
		// documents by key (migration 0018).
		{"actor+since", store.Filter{Actor: "taliban", Since: "2015-01-01"}, "SEARCH incident_actor_type_month USING PRIMARY KEY (key=?)",
			"SEARCH a USING PRIMARY KEY (key=? AND date>?)"},
	} {
		t.Run("stats "+tt.name, func(t *testing.T) {
			plan, err := s.Explain(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			steps := append(planSteps(plan)["stats kept by month"], planSteps(plan)["stats by country"]...)
			if !slices.Contains(steps, tt.step) {
				t.Errorf("stats without step %q:\n%s", tt.step, plan)
			}
			if docs := planSteps(plan)["stats documents"]; !strings.Contains(strings.Join(docs, "\n"), tt.docs) {
				t.Errorf("stats count documents without step %q:\n%s", tt.docs, plan)
			}
			if grouped := planSteps(plan)["stats by country, type and month"]; len(grouped) > 0 {
				t.Errorf("stats group incidents:\n%s", plan)
			}
			for _, step := range steps {
				if strings.Contains(step, " i ") || strings.Contains(step, "incidents") {
					t.Errorf("stats read incidents (%s):\n%s", step, plan)
				}
			}
		})
	}
}

// TestPlansGrouped checks the stats that group their matches, by the
// plans SQLite makes with the million-incident statistics: an actor with
// a country groups the key's entries of that country (migration 0018), a
// circle its range of incidents_near, neither looking up an incident.
func TestPlansGrouped(t *testing.T) { eachStats(t, testPlansGrouped) }

func testPlansGrouped(t *testing.T, s *sqlstore.DB) {
	for _, tt := range []struct {
		name       string
		f          store.Filter
		step, docs string
	}{
		{"actor+country", store.Filter{Actor: "taliban", Country: "AF"}, "SEARCH a USING COVERING INDEX incident_actor_country (key=? AND country=?)",
			"SEARCH a USING PRIMARY KEY (key=?)"},
		{"actor+country+type", store.Filter{Actor: "taliban", Country: "AF", Type: "bombing"},
			"SEARCH a USING COVERING INDEX incident_actor_country (key=? AND country=?)", "SEARCH a USING PRIMARY KEY (key=?)"},
		{"near+type", store.Filter{Near: &store.Near{Lat: 34, Lon: 67, KM: 150}, Type: "bombing"},
			"SEARCH i USING COVERING INDEX incidents_near", "SEARCH i USING COVERING INDEX incidents_near"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			plan, err := s.Explain(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			steps := planSteps(plan)
			if g := strings.Join(steps["stats by country, type and month"], "\n"); !strings.Contains(g, tt.step) {
				t.Errorf("stats grouped without step %q:\n%s", tt.step, plan)
			}
			if d := strings.Join(steps["stats documents"], "\n"); !strings.Contains(d, tt.docs) {
				t.Errorf("stats documents without step %q:\n%s", tt.docs, plan)
			}
			for _, step := range append(steps["stats by country, type and month"], steps["stats documents"]...) {
				if fullScan(step) || strings.Contains(step, "USING INDEX incidents_") {
					t.Errorf("stats read a whole table or look incidents up (%s):\n%s", step, plan)
				}
			}
		})
	}
}

// TestPlansNearCells checks the count, page and stats of a circle cut into
// cells (a dense place: its box's kept counts hold thousands): its
// matches are ranges of incidents_near, one a run of cells (with a type,
// of incidents_near_type), and the stats' documents of the cells
// wholly inside it ranges of their kept documents (migration 0021); only
// the matches of the cells its edge crosses have their extractions looked
// up, and no incident is.
func TestPlansNearCells(t *testing.T) { eachStats(t, testPlansNearCells) }

func testPlansNearCells(t *testing.T, s *sqlstore.DB) {
	ctx := context.Background()
	// A dense place around the circles, as the kept counts tell it.
	if _, err := s.SQL().ExecContext(ctx, `INSERT INTO incident_near_cell (band, cell, n) VALUES (?, ?, 100000)
		ON CONFLICT (band, cell) DO UPDATE SET n = 100000`, 34*16, 67*16); err != nil {
		t.Fatal(err)
	}
	const (
		run     = "SEARCH i USING COVERING INDEX incidents_near (<expr>=? AND lon>? AND lon<?)"
		typeRun = "SEARCH i USING COVERING INDEX incidents_near_type (type=? AND <expr>=? AND lon>? AND lon<?)"
	)
	for _, tt := range []struct {
		name string
		f    store.Filter
		// the step reading a run of cells: with a type, a range of
		// the type's entries alone (migration 0021)
		run string
	}{
		{"near", store.Filter{Near: &store.Near{Lat: 34, Lon: 67, KM: 150}}, run},
		{"near+since", store.Filter{Near: &store.Near{Lat: 34, Lon: 67, KM: 150}, Since: "2015-03-05"}, run},
		{"near+type", store.Filter{Near: &store.Near{Lat: 34, Lon: 67, KM: 150}, Type: "bombing"}, typeRun},
	} {
		t.Run(tt.name, func(t *testing.T) {
			plan, err := s.Explain(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			all := planSteps(plan)
			for _, name := range []string{"count", "page"} {
				if !slices.Contains(all[name], tt.run) {
					t.Errorf("%s without step %q:\n%s", name, tt.run, plan)
				}
			}
			steps := all["stats by country, type and month"]
			for _, want := range []string{"SCAN inside_cells", tt.run,
				"SEARCH d USING PRIMARY KEY (band=? AND cell>? AND cell<?)", "SEARCH e USING COVERING INDEX extractions_incident (incident=?)"} {
				if !slices.Contains(steps, want) {
					t.Errorf("stats without step %q:\n%s", want, plan)
				}
			}
			for _, step := range steps {
				if fullScan(step) || strings.Contains(step, "USING INDEX incidents_") {
					t.Errorf("stats read a whole table or look incidents up (%s):\n%s", step, plan)
				}
			}
		})
	}
}

// TestPlanWalk checks that a page of a --near with dates and a type walks
// the newest entries of the date index within the dates (nearWalk), which
// hold every column it tests, instead of sorting the circle's matches.
func TestPlanWalk(t *testing.T) { eachStats(t, testPlanWalk) }

func testPlanWalk(t *testing.T, s *sqlstore.DB) {
	// 32 of the 500 incidents match: the walk reads a hundred entries.
	walkFilter := store.Filter{Near: &store.Near{Lat: 30, Lon: 60, KM: 2000}, Since: "2002-01-01", Type: "bombing,armed_assault,kidnapping,assassination", Limit: 3}
	plan, err := s.Explain(context.Background(), walkFilter)
	if err != nil {
		t.Fatal(err)
	}
	if steps := planSteps(plan)["page by the newest"]; !slices.Contains(steps, "SEARCH i USING COVERING INDEX incidents_date (date>?)") {
		t.Errorf("no page by the newest entries of the dates:\n%s", plan)
	}
}

// planStats are the statistics of the million-incident benchmark store
// (storetest.CachedSQLite's database) the plans are checked with, in
// testdata: those a full ANALYZE writes, and those the store writes
// itself, PRAGMA optimize's ANALYZE limited to 400 rows an index
// (sqlite.optimize), which rates every leading column at about 400
// rows a value (a type at 401 incidents, not 90,910). A plan must hold
// with either: with the limited ones, a circle's page with a type
// walked the type's index in date order and read all its 100,000
// entries when the circle held none of them.
var planStats = []string{"stat1-1m.tsv", "stat1-1m-optimize.tsv"}

// eachStats runs test on a plan store (planStore) with each of planStats.
func eachStats(t *testing.T, test func(t *testing.T, s *sqlstore.DB)) {
	for _, stats := range planStats {
		t.Run(stats, func(t *testing.T) { test(t, planStore(t, stats)) })
	}
}

// planStore returns a store of 500 synthetic incidents whose planner has
// the statistics of the million-incident benchmark store in
// testdata/stats (sqlite_stat1 rows: table, index, stat), so that it
// plans as it would there.
func planStore(t *testing.T, stats string) *sqlstore.DB {
	t.Helper()
	ctx := context.Background()
	s := openTemp(t)

	if err := s.PutIncidents(ctx, storetest.Synthetic(500, 1)); err != nil {
		t.Fatal(err)
	}
	rows, err := os.ReadFile("testdata/" + stats)
	if err != nil {
		t.Fatal(err)
	}
	// One connection, so that the statistics loaded below are the ones
	// every plan is made with.
	db := s.SQL()
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, "ANALYZE; DELETE FROM sqlite_stat1"); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(rows)), "\n") {
		f := strings.Split(line, "\t")
		var idx any = f[1]
		if f[1] == "" {
			idx = nil
		}
		if _, err := db.ExecContext(ctx, "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", f[0], idx, f[2]); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.ExecContext(ctx, "ANALYZE sqlite_schema"); err != nil { // reload them
		t.Fatal(err)
	}
	return s
}

// planSteps splits Explain's output by query.
func planSteps(plan string) map[string][]string {
	out := map[string][]string{}
	var name string
	for _, line := range strings.Split(plan, "\n") {
		if n, ok := strings.CutPrefix(line, "-- "); ok {
			name = n
		} else if line != "" {
			out[name] = append(out[name], line)
		}
	}
	return out
}

// fullScan reports whether a plan step reads every row of a table or
// every entry of an index: SQLite's SCAN of a stored table, as opposed to
// a SEARCH of a range, or a SCAN of a subquery's own few rows.
func fullScan(step string) bool {
	for _, t := range []string{"incidents", "i", "incident_actor", "a", "documents", "d", "extractions", "e"} {
		if step == "SCAN "+t || strings.HasPrefix(step, "SCAN "+t+" ") {
			return true
		}
	}
	return false
}
