// Package sqlite is sitrep's default store: one SQLite file through the
// pure-Go driver modernc.org/sqlite (no cgo, so the binary stays static),
// in WAL mode so that the server reads while an ingest writes, with FTS5
// for --text and an index by bands of latitude for --near.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlstore"
	driver "modernc.org/sqlite" // the database/sql driver "sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// busyWait is how long a writer waits for another to finish before it
// fails with "database is locked".
const busyWait = time.Minute

//go:embed migrations/*.sql
var migrations embed.FS

// Open opens (creating if needed) the SQLite database at path and brings
// its schema up to date.
func Open(ctx context.Context, path string) (*sqlstore.DB, error) {
	if path == "" {
		return nil, fmt.Errorf("sqlite: empty database path")
	}
	// Every connection: WAL (readers do not block the writer), NORMAL
	// sync (in WAL a crash of the process loses nothing committed), a
	// busy timeout instead of instant "database is locked", foreign
	// keys, and BEGIN IMMEDIATE for writing transactions so two writers
	// queue rather than deadlock on a lock upgrade.
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyWait.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(ON)")
	q.Add("_pragma", fmt.Sprintf("cache_size(-%d)", cacheKiB))
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+escapePath(path)+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	sqlstore.SizePool(db)
	if err := ping(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		db.Close()
		return nil, err
	}
	s, err := sqlstore.New(ctx, db, sqlstore.Dialect{
		Name:    "sqlite " + path,
		Least:   "min",
		Explain: "EXPLAIN QUERY PLAN ",
		IndexText: `INSERT INTO documents_fts (rowid, title, text)
			SELECT seq, title, text FROM documents WHERE seq BETWEEN ? AND ?`,
		UnindexText: `INSERT INTO documents_fts (documents_fts, rowid, title, text)
			SELECT 'delete', seq, title, text FROM documents WHERE seq IN (SELECT value FROM json_each(?))`,
		IngestSetup: ingestMmap,
		Contains:    "instr(%s, ?) > 0",
		NoIndex:     "+%s",
		TextMatch:   textMatch,
		Migrations:  sub,
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	if err := optimize(ctx, db); err != nil {
		s.Close()
		return nil, fmt.Errorf("sqlite %s: optimize: %w", path, err)
	}
	return s, nil
}

// optimize keeps the planner's statistics current (bounded work, as SQLite
// recommends at open for long-lived connections): without them it cannot
// tell a selective filter from a broad one. Refreshing them writes, so it
// is skipped, not waited for, while another process holds the write lock:
// a server opened beside a long ingest starts at once, and the next open
// refreshes them.
func optimize(ctx context.Context, db *sql.DB) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA busy_timeout = 0"); err != nil {
		return err
	}
	_, err = conn.ExecContext(ctx, "PRAGMA analysis_limit = 400; PRAGMA optimize = 0x10002")
	var se *driver.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY {
		err = nil
	}
	if _, rerr := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA busy_timeout = %d", busyWait.Milliseconds())); err == nil {
		err = rerr
	}
	return err
}

// ping opens the first connection, waiting while another process holds
// the file. The busy timeout does not cover a connection's set-up: turning
// a new file to WAL takes an exclusive lock and fails at once with
// SQLITE_BUSY when several processes open a fresh database together, so
// that case is retried here, for as long as the busy timeout would wait.
func ping(ctx context.Context, db *sql.DB) error {
	deadline := time.Now().Add(busyWait)
	for wait := time.Millisecond; ; wait = min(2*wait, 100*time.Millisecond) {
		err := db.PingContext(ctx)
		var se *driver.Error
		if err == nil || !errors.As(err, &se) || se.Code()&0xff != sqlite3.SQLITE_BUSY || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
}

// cacheKiB bounds the page cache of each connection. The indexes that
// queries read at a million incidents are hundreds of megabytes, more than
// any cache here holds; what a cache keeps is their upper pages, and the
// rest comes from the operating system's file cache, shared by every
// connection. sqlstore.PoolSize times this bounds the store's cache
// memory: with 16 MiB the server's peak under eight clients was 325 MB,
// with 8 MiB 265 MB, no slower (BenchmarkAPI1M/load, two runs each,
// alternated).
const cacheKiB = 8 << 10

// ingestMmap maps the database file into the writing connection's memory
// while it ingests. FTS5 merges its index segments as an ingest adds them,
// reading back pages written batches ago; through the 8 MiB page cache
// (cacheKiB) each was a pread system call: a 100k-article ingest took
// 67-70 s of CPU, 28 s of it in pread; mapped, 38 s (a 128 MiB page cache
// did as well, but as heap the server would keep). Mapped
// pages are the operating system's file cache, shared and reclaimable,
// not heap: the memory bound of the server's connections stays as it is.
// The setting stays with the connection after the ingest, so a reader that
// gets it reads the file mapped too. SQLite caps it at 2 GiB less 64 KiB.
const ingestMmap = "PRAGMA mmap_size = 2147418112"

// escapePath keeps a file name with '?' or '#' from being read as part of
// the URI's query.
func escapePath(p string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
}

// textMatch is SQLite's sqlstore.TextMatch: the FTS5 query FTSQuery makes
// of a search, with no round trip (PostgreSQL's asks the server to parse).
func textMatch(_ context.Context, _ sqlstore.Querier, q string) (string, []any, error) {
	m, err := FTSQuery(q)
	if err != nil {
		return "", nil, err
	}
	return `d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)`, []any{m}, nil
}

// FTSQuery turns a search as people type it into an FTS5 query, with the
// meaning PostgreSQL's websearch_to_tsquery gives it, so that --text means
// the same on both stores: words must all occur, "a quoted phrase" must
// occur as written, OR between two terms accepts either, and -word excludes.
// Every term is quoted, so FTS5's own syntax (NEAR, column filters, ^, *)
// is never triggered by what a user typed. Errors wrap store.ErrInvalid.
func FTSQuery(q string) (string, error) {
	type term struct {
		text string
		neg  bool
	}
	// SQLite ends a string at a NUL byte: a NUL would cut a quoted term.
	q = strings.ReplaceAll(q, "\x00", " ")
	var terms []term
	var ors []bool // ors[i]: terms[i] is joined to terms[i-1] by OR
	pendingOr := false
	for i := 0; i < len(q); {
		c := q[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			i++
			continue
		}
		neg := false
		if c == '-' {
			neg = true
			i++
		}
		var t string
		if i < len(q) && q[i] == '"' {
			end := strings.IndexByte(q[i+1:], '"')
			if end < 0 {
				t, i = q[i+1:], len(q)
			} else {
				t, i = q[i+1:i+1+end], i+2+end
			}
		} else {
			end := strings.IndexAny(q[i:], " \t\n\r")
			if end < 0 {
				end = len(q) - i
			}
			t, i = q[i:i+end], i+end
			if !neg && t == "OR" {
				pendingOr = len(terms) > 0
				continue
			}
		}
		if !hasWord(t) {
			continue
		}
		terms = append(terms, term{t, neg})
		ors = append(ors, pendingOr && !neg && !terms[len(terms)-2].neg)
		pendingOr = false
	}
	quote := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
	var groups []string // AND of OR-groups
	var nots []string
	for i, t := range terms {
		switch {
		case t.neg:
			nots = append(nots, quote(t.text))
		case ors[i]:
			groups[len(groups)-1] += " OR " + quote(t.text)
		default:
			groups = append(groups, quote(t.text))
		}
	}
	if len(groups) == 0 {
		return "", store.Invalidf("text %q: nothing to search for (FTS5 cannot search for exclusions alone)", q)
	}
	for i, g := range groups {
		if strings.Contains(g, " OR ") {
			groups[i] = "(" + g + ")"
		}
	}
	out := strings.Join(groups, " AND ")
	if len(nots) > 0 {
		out = "(" + out + ")"
		for _, n := range nots {
			out += " NOT " + n
		}
	}
	return out, nil
}

// hasWord reports whether s holds something FTS5 would index.
func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
