package storetest

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// fillPostgres stores in s, a PostgreSQL store with an empty schema, what
// fillBench stores (the same rows, numbered alike), in minutes instead of
// hours at a million incidents: fillBench's rows through PutIncidents and
// its triggers took 7 minutes for 100,000. Here the triggers are off
// (session_replication_role = replica, which a superuser may set), the
// rows go in by multi-row INSERTs with the indexes that back no
// constraint dropped and built again afterwards, and the counters the
// triggers keep are counted once from what was stored (keptCounts).
// CheckPostgresFill checks that both give the same tables.
func fillPostgres[S BenchStore](tb testing.TB, s S, n int) {
	tb.Helper()
	ctx := context.Background()
	conn, err := s.SQL().Conn(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		tb.Fatal(err)
	}
	defer tx.Rollback()
	exec := func(q string, args ...any) {
		tb.Helper()
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			tb.Fatalf("%.80s: %v", q, err)
		}
	}
	exec(`SET LOCAL session_replication_role = replica`)
	exec(`SET LOCAL maintenance_work_mem = '256MB'`)
	tables := []string{"incidents", "incident_records", "incident_actor", "incident_changes", "documents", "extractions"}
	var indexes []string
	rows, err := tx.QueryContext(ctx, `SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema()
		AND i.tablename = ANY ($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.indexname))::regclass)
		ORDER BY i.indexname`, tables)
	if err != nil {
		tb.Fatal(err)
	}
	var drop []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			tb.Fatal(err)
		}
		drop, indexes = append(drop, name), append(indexes, def)
	}
	rows.Close()
	if len(drop) > 0 {
		exec(`DROP INDEX ` + strings.Join(drop, ", "))
	}
	at := time.Now().UTC().Format(time.RFC3339)
	var incidents, records, actors, changes, docs, exts bulk
	incidents.init(tx, "incidents (rid, id, date, type, country, country_name, admin1, lat, lon, killed, revision) OVERRIDING SYSTEM VALUE", 11)
	records.init(tx, "incident_records (rid, record)", 2)
	actors.init(tx, "incident_actor (key, date, id, rid, country, type)", 6)
	changes.init(tx, "incident_changes (seq, incident, kind, revision, at) OVERRIDING SYSTEM VALUE", 5)
	docs.init(tx, "documents (seq, id, hash, date, title, url, source, text, ingested_at) OVERRIDING SYSTEM VALUE", 9)
	exts.init(tx, "extractions (id, doc_seq, idx, family, country, date, mergeable, component, incident, record)", 10)
	var rid, seq int64
	for i := 0; i < n; i += benchChunk {
		ms := Synthetic(min(benchChunk, n-i), uint64(i))
		// The rows sqlstore's insertIncident writes, from the same
		// store.IncidentRow (CheckPostgresFill).
		for j := range ms {
			m := &ms[j]
			rid++
			r, err := store.NewIncidentRow(m)
			if err != nil {
				tb.Fatal(err)
			}
			incidents.add(ctx, tb, rid, m.ID, m.Date, m.Type, r.Country, r.CountryName, r.Admin1, r.Lat, r.Lon, r.Killed, 1)
			records.add(ctx, tb, rid, r.Record)
			for _, k := range r.ActorKeys {
				actors.add(ctx, tb, k, m.Date, m.ID, rid, r.Country, m.Type)
			}
			changes.add(ctx, tb, rid, m.ID, "created", 1, at)
		}
		for j := 0; j < len(ms); j += 10 {
			m := &ms[j]
			seq++
			doc, text := benchDocument(m, i+j)
			sum := sha256.Sum256([]byte(doc.Doc + text))
			docs.add(ctx, tb, seq, doc.Doc, hex.EncodeToString(sum[:]), m.Date, doc.Title, doc.URL, doc.Outlet, text, "")
			exts.add(ctx, tb, "x"+m.ID, seq, 0, "", "", m.Date, 0, m.ID, m.ID, "{}")
		}
	}
	for _, b := range []*bulk{&incidents, &records, &actors, &changes, &docs, &exts} {
		b.flush(ctx, tb)
	}
	for _, q := range []string{
		`SELECT setval(pg_get_serial_sequence('incidents', 'rid'), (SELECT max(rid) FROM incidents))`,
		`SELECT setval(pg_get_serial_sequence('incident_changes', 'seq'), (SELECT max(seq) FROM incident_changes))`,
		`SELECT setval(pg_get_serial_sequence('documents', 'seq'), (SELECT max(seq) FROM documents))`,
	} {
		if n > 0 {
			exec(q)
		}
	}
	for _, def := range indexes {
		exec(def)
	}
	for _, q := range keptCounts {
		exec(q)
	}
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
	// What autovacuum would have done by the time a store this size is
	// queried: the visibility map set, so that index-only scans are. Every
	// table of the schema, so that a counter a later migration adds is
	// not left out.
	rows, err = conn.QueryContext(ctx, `SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`)
	if err != nil {
		tb.Fatal(err)
	}
	var all []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			tb.Fatal(err)
		}
		all = append(all, t)
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	rows.Close()
	for _, t := range all {
		if _, err := conn.ExecContext(ctx, "VACUUM ANALYZE "+t); err != nil {
			tb.Fatal(err)
		}
	}
}

// benchChunk is how many incidents fillBench and fillPostgres draw from
// Synthetic at a time, each chunk with its own seed.
const benchChunk = 20000

// benchDocument returns the source of m that fillBench stores as a
// document (its id numbered by the incident's place in the store, i) and
// the document's text.
func benchDocument(m *record.Merged, i int) (record.Source, string) {
	src := m.Sources[0]
	src.Doc = fmt.Sprintf("bench-%d", i) // Synthetic's own restart in every chunk
	text := fmt.Sprintf("An attack struck %s in %s, %s, on %s. %s were blamed; %d people were killed.",
		m.Location.Place, m.Location.Admin1, m.Location.Country, m.Date, m.Perpetrators[0].Name, *m.Killed.Min)
	return src, text
}

// keptCounts fills the counters that the triggers of the migrations keep
// (0007, 0008, 0012, 0013, 0016, 0017, 0018, 0021) from the rows stored, as
// those migrations fill them for a store that existed before them. The
// days are jsonb's text, as the triggers write them. It restates their
// backfills rather than running them because it needs their sum, not
// their history (0017 adds days to the counters 0012 and 0013 made, 0018
// a country and type to incident_actor), and a migration once applied
// never changes; TestBenchFill (CheckPostgresFill) fails when a counter is
// left out or filled otherwise than the triggers fill it.
var keptCounts = []string{
	`UPDATE incident_count SET n = (SELECT count(*) FROM incidents)`,
	`UPDATE document_count SET stored = (SELECT count(*) FROM documents), reporting = (SELECT count(DISTINCT doc_seq) FROM extractions)`,
	`INSERT INTO incident_stats_country (country, n) SELECT country, count(*) FROM incidents GROUP BY country`,
	`INSERT INTO incident_stats_month_type (month, type, n, days)
		SELECT month, type, sum(n), jsonb_object_agg(rest, n)::TEXT FROM (
			SELECT substr(date, 1, 7) AS month, type, substr(date, 8) AS rest, count(*) AS n FROM incidents GROUP BY date, type) d
		GROUP BY month, type`,
	`INSERT INTO incident_stats_cell (country, type, month, n, days, killed, killed_known)
		SELECT country, type, month, sum(n), jsonb_object_agg(rest, n)::TEXT, sum(killed), sum(known) FROM (
			SELECT country, type, substr(date, 1, 7) AS month, substr(date, 8) AS rest, count(*) AS n,
				coalesce(sum(killed), 0) AS killed, count(killed) AS known
			FROM incidents GROUP BY country, type, date) d
		GROUP BY country, type, month`,
	`INSERT INTO incident_near_cell (band, cell, n)
		SELECT floor(lat * 16), floor(lon * 16), count(*) FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL
		GROUP BY floor(lat * 16), floor(lon * 16)`,
	`INSERT INTO incident_actor_month (key, month, n) SELECT key, substr(date, 1, 7), count(*) FROM incident_actor GROUP BY key, substr(date, 1, 7)`,
	`INSERT INTO incident_actor_type_month (key, type, month, n, days)
		SELECT key, type, month, sum(n), jsonb_object_agg(rest, n)::TEXT FROM (
			SELECT key, type, substr(date, 1, 7) AS month, substr(date, 8) AS rest, count(*) AS n
			FROM incident_actor GROUP BY key, type, date) d
		GROUP BY key, type, month`,
	`INSERT INTO incident_actor_country_month (key, country, month, n, days)
		SELECT key, country, month, sum(n), jsonb_object_agg(rest, n)::TEXT FROM (
			SELECT key, country, substr(date, 1, 7) AS month, substr(date, 8) AS rest, count(*) AS n
			FROM incident_actor GROUP BY key, country, date) d
		GROUP BY key, country, month`,
	`INSERT INTO incident_documents (country, type, date, doc_seq, n)
		SELECT i.country, i.type, i.date, e.doc_seq, count(*) FROM extractions e JOIN incidents i ON i.id = e.incident
		GROUP BY i.country, i.type, i.date, e.doc_seq`,
	`INSERT INTO incident_cell_documents (band, cell, date, doc_seq, country, type, n)
		SELECT floor(i.lat * 16), floor(i.lon * 16), i.date, e.doc_seq, i.country, i.type, count(*)
		FROM extractions e JOIN incidents i ON i.id = e.incident WHERE i.lat IS NOT NULL AND i.lon IS NOT NULL
		GROUP BY floor(i.lat * 16), floor(i.lon * 16), i.date, e.doc_seq, i.country, i.type`,
	`INSERT INTO incident_actor_documents (key, date, doc_seq, country, type, n)
		SELECT a.key, a.date, e.doc_seq, a.country, a.type, count(*) FROM incident_actor a JOIN extractions e ON e.incident = a.id
		GROUP BY a.key, a.date, e.doc_seq, a.country, a.type`,
}

// bulk gathers the rows of one table and inserts them many to a
// statement, as many as PostgreSQL's 65,535 parameters allow.
type bulk struct {
	tx    *sql.Tx
	into  string
	width int
	args  []any
}

func (b *bulk) init(tx *sql.Tx, into string, width int) { b.tx, b.into, b.width = tx, into, width }

func (b *bulk) add(ctx context.Context, tb testing.TB, vals ...any) {
	b.args = append(b.args, vals...)
	if len(b.args)+b.width > 65535 {
		b.flush(ctx, tb)
	}
}

func (b *bulk) flush(ctx context.Context, tb testing.TB) {
	tb.Helper()
	if len(b.args) == 0 {
		return
	}
	var q strings.Builder
	q.WriteString("INSERT INTO " + b.into + " VALUES ")
	for r := 0; r < len(b.args)/b.width; r++ {
		if r > 0 {
			q.WriteByte(',')
		}
		q.WriteByte('(')
		for c := range b.width {
			if c > 0 {
				q.WriteByte(',')
			}
			fmt.Fprintf(&q, "$%d", r*b.width+c+1)
		}
		q.WriteByte(')')
	}
	if _, err := b.tx.ExecContext(ctx, q.String(), b.args...); err != nil {
		tb.Fatalf("insert into %s: %v", b.into, err)
	}
	b.args = b.args[:0]
}

// CheckPostgresFill fills two fresh schemas of the server at dsn with n
// incidents, one as fillBench does (through PutIncidents and the
// triggers), one as fillPostgres does, and fails t unless every table
// holds the same rows in both (times of day aside), and the counters of
// the second equal a recount (CheckCounts). A counter a later migration
// adds, which keptCounts does not fill, shows here.
func CheckPostgresFill[S BenchStore](t *testing.T, dsn string, n int, open func(ctx context.Context, dsn string) (S, error)) {
	t.Helper()
	ctx := context.Background()
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var schemas [2]string
	for k, fill := range []func(testing.TB, S, int){fillBench[S], fillPostgres[S]} {
		schemas[k] = fmt.Sprintf("sitrep_fill_%d_%d", time.Now().UnixNano(), k)
		if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schemas[k]); err != nil {
			t.Fatal(err)
		}
		defer admin.ExecContext(ctx, "DROP SCHEMA "+schemas[k]+" CASCADE")
		s, err := open(ctx, inSchema(t, dsn, schemas[k]))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		fill(t, s, n)
		if k == 1 {
			CheckCounts(t, s)
		}
	}
	rows, err := admin.QueryContext(ctx, `SELECT table_name, string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position)
		FROM information_schema.columns WHERE table_schema = $1 AND column_name NOT IN ('at', 'applied_at')
		GROUP BY table_name ORDER BY table_name`, schemas[0])
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	tables := 0
	for rows.Next() {
		var table, cols string
		if err := rows.Scan(&table, &cols); err != nil {
			t.Fatal(err)
		}
		tables++
		a := "SELECT " + cols + " FROM " + schemas[0] + "." + table
		b := "SELECT " + cols + " FROM " + schemas[1] + "." + table
		var rowsA, differ int
		err := admin.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM (`+a+`) x), (SELECT count(*) FROM ((`+a+` EXCEPT ALL `+b+`) UNION ALL (`+b+` EXCEPT ALL `+a+`)) y)`).
			Scan(&rowsA, &differ)
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		if differ != 0 {
			t.Errorf("table %s: %d of its rows differ between the two fills (%d rows through the triggers)", table, differ, rowsA)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if tables < 20 {
		t.Errorf("compared %d tables; want every table of the schema", tables)
	}
}

// inSchema returns dsn with its connections' search path set to schema.
func inSchema(tb testing.TB, dsn, schema string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		tb.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
