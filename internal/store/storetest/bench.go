package storetest

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// BenchStore is what CachedSQLite needs of sqlite.Open's store, which it
// cannot import (store/sqlite's own tests use this package).
type BenchStore interface {
	store.Store
	SQL() *sql.DB
	Rebind(q string) string
	incidentPutter
}

// incidentPutter stores merged incidents as they are, with no documents
// behind them: how the benchmarks and the counter tests fill a store.
type incidentPutter interface {
	PutIncidents(ctx context.Context, ms []record.Merged) error
}

// putter returns s as an incidentPutter, or skips the test when the
// store cannot take merged incidents directly.
func putter(t *testing.T, s store.Store) incidentPutter {
	t.Helper()
	put, ok := s.(incidentPutter)
	if !ok {
		t.Skipf("store %T cannot store merged incidents directly", s)
	}
	return put
}

// syntheticVersion names what Synthetic and CachedSQLite generate: change
// it with either, so that cached databases are rebuilt.
const syntheticVersion = "synthetic v2: incidents, one document in ten"

// CachedSQLite returns a SQLite store holding n incidents from Synthetic,
// for benchmarks. Building a million takes minutes and about 2.5 GB, so
// the file is kept in the temporary directory under a name that changes
// with the schema and the generator, and reused by later runs.
//
// One incident in ten also has a reporting document (with an extraction
// linking the two), whose text names the incident's place, admin1 and
// perpetrator, so that text search has something to find: a phrase such
// as "place 123" matches about twenty documents in a million incidents.
func CachedSQLite[S BenchStore](tb testing.TB, n int, open func(ctx context.Context, path string) (S, error)) S {
	tb.Helper()
	ctx := context.Background()
	schema, err := sqliteSchema(ctx, tb.TempDir(), open)
	if err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(os.TempDir(), fmt.Sprintf("sitrep-bench-%d-%s.db", n, schema))
	if _, err := os.Stat(path); err == nil {
		s, err := open(ctx, path)
		if err != nil {
			tb.Fatal(err)
		}
		return s
	}
	tb.Logf("building %s (%d incidents); later runs reuse it", path, n)
	start := time.Now()
	tmp := path + ".building"
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	s, err := open(ctx, tmp)
	if err != nil {
		tb.Fatal(err)
	}
	fillBench(tb, s, n)
	// The documents went in by hand: index their text in one go.
	if _, err := s.SQL().ExecContext(ctx, "INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')"); err != nil {
		tb.Fatal(err)
	}
	if _, err := s.SQL().ExecContext(ctx, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		tb.Fatal(err)
	}
	s.Close()
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	if err := os.Rename(tmp, path); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("built %s in %v", path, time.Since(start).Round(time.Second))
	s, err = open(ctx, path)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// sqliteSchema fingerprints the schema a new database gets, by building
// an empty one in dir.
func sqliteSchema[S BenchStore](ctx context.Context, dir string, open func(ctx context.Context, path string) (S, error)) (string, error) {
	s, err := open(ctx, filepath.Join(dir, "schema.db"))
	if err != nil {
		return "", err
	}
	defer s.Close()
	var schema string
	err = s.SQL().QueryRowContext(ctx, `SELECT group_concat(type || ' ' || name || ' ' || coalesce(sql, ''), ';')
		FROM (SELECT * FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name)`).Scan(&schema)
	if err != nil {
		return "", err
	}
	h := sha256.Sum256([]byte(schema + syntheticVersion))
	return hex.EncodeToString(h[:6]), nil
}

// fillBench stores n incidents from Synthetic in s, and for one in ten a
// reporting document and its extraction (see CachedSQLite).
func fillBench[S BenchStore](tb testing.TB, s S, n int) {
	ctx := context.Background()
	for i := 0; i < n; i += benchChunk {
		ms := Synthetic(min(benchChunk, n-i), uint64(i))
		if err := s.PutIncidents(ctx, ms); err != nil {
			tb.Fatal(err)
		}
		tx, err := s.SQL().BeginTx(ctx, nil)
		if err != nil {
			tb.Fatal(err)
		}
		doc, err := tx.PrepareContext(ctx, s.Rebind(`INSERT INTO documents (id, hash, date, title, url, source, text, ingested_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, '') RETURNING seq`))
		if err != nil {
			tb.Fatal(err)
		}
		ext, err := tx.PrepareContext(ctx, s.Rebind(`INSERT INTO extractions (id, doc_seq, idx, family, country, date, mergeable, component, incident, record)
			VALUES (?, ?, 0, '', '', ?, 0, ?, ?, '{}')`))
		if err != nil {
			tb.Fatal(err)
		}
		for j := 0; j < len(ms); j += 10 {
			m := &ms[j]
			src, text := benchDocument(m, i+j)
			sum := sha256.Sum256([]byte(src.Doc + text))
			var seq int64
			if err := doc.QueryRowContext(ctx, src.Doc, hex.EncodeToString(sum[:]), m.Date, src.Title, src.URL, src.Outlet, text).Scan(&seq); err != nil {
				tb.Fatal(err)
			}
			if _, err := ext.ExecContext(ctx, "x"+m.ID, seq, m.Date, m.ID, m.ID); err != nil {
				tb.Fatal(err)
			}
		}
		doc.Close()
		ext.Close()
		if err := tx.Commit(); err != nil {
			tb.Fatal(err)
		}
	}
}

// CachedPostgres returns a PostgreSQL store holding n incidents from
// Synthetic, as CachedSQLite does, on the server at dsn: in a schema
// named by n and a fingerprint of the schema the migrations make, kept on
// the server and reused by later runs.
func CachedPostgres[S BenchStore](tb testing.TB, dsn string, n int, open func(ctx context.Context, dsn string) (S, error)) S {
	tb.Helper()
	ctx := context.Background()
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		tb.Fatal(err)
	}
	defer admin.Close()
	// The fingerprint: the tables' columns, the indexes, triggers and
	// functions of a schema migrated afresh, its own name left out.
	probe := fmt.Sprintf("sitrep_bench_probe_%d", time.Now().UnixNano())
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+probe); err != nil {
		tb.Fatal(err)
	}
	defer admin.ExecContext(ctx, "DROP SCHEMA "+probe+" CASCADE")
	p, err := open(ctx, inSchema(tb, dsn, probe))
	if err != nil {
		tb.Fatal(err)
	}
	var schema string
	err = p.SQL().QueryRowContext(ctx, `SELECT replace(concat_ws(';',
		(SELECT string_agg(table_name || '.' || column_name || ' ' || data_type, ',' ORDER BY table_name, ordinal_position)
			FROM information_schema.columns WHERE table_schema = current_schema()),
		(SELECT string_agg(indexdef, ',' ORDER BY indexname) FROM pg_indexes WHERE schemaname = current_schema()),
		(SELECT string_agg(pg_get_triggerdef(t.oid), ',' ORDER BY t.tgname) FROM pg_trigger t
			JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace s ON s.oid = c.relnamespace
			WHERE s.nspname = current_schema() AND NOT t.tgisinternal),
		(SELECT string_agg(f.prosrc, ',' ORDER BY f.proname) FROM pg_proc f JOIN pg_namespace s ON s.oid = f.pronamespace
			WHERE s.nspname = current_schema())), current_schema() || '.', '')`).Scan(&schema)
	p.Close()
	if err != nil {
		tb.Fatal(err)
	}
	h := sha256.Sum256([]byte(schema + syntheticVersion))
	name := fmt.Sprintf("sitrep_bench_%d_%s", n, hex.EncodeToString(h[:6]))
	var exists bool
	if err := admin.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)`, name).Scan(&exists); err != nil {
		tb.Fatal(err)
	}
	if !exists {
		tb.Logf("building schema %s (%d incidents); later runs reuse it", name, n)
		start := time.Now()
		building := name + "_building"
		if _, err := admin.ExecContext(ctx, "DROP SCHEMA IF EXISTS "+building+" CASCADE; CREATE SCHEMA "+building); err != nil {
			tb.Fatal(err)
		}
		s, err := open(ctx, inSchema(tb, dsn, building))
		if err != nil {
			tb.Fatal(err)
		}
		fillPostgres(tb, s, n)
		s.Close()
		if _, err := admin.ExecContext(ctx, "ALTER SCHEMA "+building+" RENAME TO "+name); err != nil {
			tb.Fatal(err)
		}
		tb.Logf("built schema %s in %v", name, time.Since(start).Round(time.Second))
	}
	s, err := open(ctx, inSchema(tb, dsn, name))
	if err != nil {
		tb.Fatal(err)
	}
	return s
}
