package storetest

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/store"
)

// Seed0017 fills a store whose schema stops before migration 0018 as a
// store of that age held it, in SQL both dialects run (the counters of
// 0017 and earlier follow by trigger): incidents with a day, a month only
// and no date, filed under actor keys, reported by extractions of three
// documents. Migration 0018 must copy their countries and types into
// incident_actor and count them into its new tables; an existing user's
// store takes that path once, with every row it holds.
const Seed0017 = `
INSERT INTO documents (id, hash, text, ingested_at) VALUES
	('d1', 'h1', 'one', '2021-04-01T00:00:00Z'), ('d2', 'h2', 'two', '2021-04-01T00:00:00Z'), ('d3', 'h3', 'three', '2021-04-01T00:00:00Z');
INSERT INTO incidents (id, date, type, country, lat, lon, killed) VALUES
	('i1', '2020-01-05', 'bombing', 'AF', 34.5, 69.2, 3),
	('i2', '', 'riot', 'PK', NULL, NULL, NULL),
	('i3', '2021-03', 'armed_attack', 'SO', 2.0, 45.3, 1),
	('i4', '2020-01-20', 'bombing', 'AF', NULL, NULL, 0),
	('i5', '2020-01', 'bombing', '', NULL, NULL, NULL);
INSERT INTO incident_records (rid, record) SELECT rid, '{"id":"' || id || '"}' FROM incidents;
INSERT INTO incident_actor (key, date, id, rid) SELECT k.key, i.date, i.id, i.rid FROM incidents i JOIN (
	SELECT 'taliban' AS key, 'i1' AS id UNION ALL SELECT 'taliban', 'i2' UNION ALL SELECT 'pakistan', 'i2'
	UNION ALL SELECT 'taliban pakistan', 'i2' UNION ALL SELECT 'taliban', 'i4' UNION ALL SELECT 'taliban', 'i5'
	UNION ALL SELECT 'al', 'i3' UNION ALL SELECT 'al shabaab', 'i3' UNION ALL SELECT 'shabaab', 'i3') k ON k.id = i.id;
INSERT INTO extractions (id, doc_seq, idx, family, country, date, mergeable, component, incident, record)
	SELECT x.id, d.seq, x.idx, 'attack', i.country, i.date, 1, x.incident, x.incident, '{}' FROM (
		SELECT 'e1' AS id, 'd1' AS doc, 0 AS idx, 'i1' AS incident UNION ALL SELECT 'e2', 'd2', 0, 'i1'
		UNION ALL SELECT 'e3', 'd2', 1, 'i2' UNION ALL SELECT 'e4', 'd3', 0, 'i3'
		UNION ALL SELECT 'e5', 'd3', 1, 'i4' UNION ALL SELECT 'e6', 'd1', 1, 'i4'
		UNION ALL SELECT 'e7', 'd1', 2, 'i5') x
	JOIN documents d ON d.id = x.doc JOIN incidents i ON i.id = x.incident;
`

// CheckMigrated0018 checks a store filled by Seed0017 and migrated to the
// latest schema: its kept counts match a recount (CheckCounts) and
// --actor searches, which read the copied countries and types, find the
// incidents a recount does. Then it deletes an incident with one of its
// extractions and moves another extraction to another incident and
// document, as ingest does, and checks both again: the triggers 0018
// added must keep what it counted.
func CheckMigrated0018(t testing.TB, s store.Store) {
	t.Helper()
	ctx := context.Background()
	db, ok := s.(interface{ SQL() *sql.DB })
	if !ok {
		t.Fatalf("store %T has no SQL access to change rows with", s)
	}
	type want struct {
		ids             string
		docs, incidents int
	}
	check := func(when string, tests map[string]want) {
		t.Helper()
		CheckCounts(t, s)
		filters := map[string]store.Filter{
			"taliban":           {Actor: "Taliban"},
			"taliban in AF":     {Actor: "Taliban", Country: "AF"},
			"taliban riots":     {Actor: "Taliban", Type: "riot"},
			"taliban, jan 2020": {Actor: "Taliban", Since: "2019-12-31", Until: "2020-01-31"},
			"shabaab in SO":     {Actor: "Shabaab", Country: "SO", Type: "armed_attack"},
		}
		// A date known only to its month ("2020-01") sorts before the
		// month's first day, so the dates begin on the day before.
		for name, w := range tests {
			f := filters[name]
			p, err := s.Incidents(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, inc := range p.Incidents {
				ids = append(ids, inc.ID)
			}
			if got := strings.Join(ids, " "); got != w.ids || p.Total != len(ids) {
				t.Errorf("%s: %s: %q (total %d), want %q", when, name, got, p.Total, w.ids)
			}
			st, err := s.Stats(ctx, f, store.ByMonth)
			if err != nil {
				t.Fatal(err)
			}
			if st.Documents != w.docs || st.Incidents != w.incidents {
				t.Errorf("%s: %s: stats count %d documents, %d incidents, want %d, %d", when, name, st.Documents, st.Incidents, w.docs, w.incidents)
			}
		}
	}
	check("migrated", map[string]want{
		"taliban":           {"i4 i1 i5 i2", 3, 4},
		"taliban in AF":     {"i4 i1", 3, 2},
		"taliban riots":     {"i2", 1, 1},
		"taliban, jan 2020": {"i4 i1 i5", 3, 3},
		"shabaab in SO":     {"i3", 1, 1},
	})
	if _, err := db.SQL().ExecContext(ctx, `DELETE FROM incidents WHERE id = 'i1'`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL().ExecContext(ctx, `DELETE FROM extractions WHERE id = 'e1'`); err != nil {
		t.Fatal(err)
	}
	// e6 (i4 in d1) becomes a report of i3 in d2.
	if _, err := db.SQL().ExecContext(ctx, `UPDATE extractions SET incident = 'i3', doc_seq = (SELECT seq FROM documents WHERE id = 'd2') WHERE id = 'e6'`); err != nil {
		t.Fatal(err)
	}
	check("after a deletion and a move", map[string]want{
		"taliban":           {"i4 i5 i2", 3, 3},
		"taliban in AF":     {"i4", 1, 1},
		"taliban riots":     {"i2", 1, 1},
		"taliban, jan 2020": {"i4 i5", 2, 2},
		"shabaab in SO":     {"i3", 2, 1},
	})
}
