// Package sqlstore implements store.Store over database/sql for both
// engines: the SQL is portable, and a Dialect holds the few places where
// SQLite and PostgreSQL differ (placeholders, full-text search, the spatial
// index, writer locking). store/sqlite and store/postgres each open their
// driver, bring their migrations and build a DB with their Dialect.
//
// Tables: documents (one per distinct content hash), extractions (each
// incident as one document reported it: a merge.Member), incidents (the
// merged records, as JSON plus the columns filters use). Each extraction
// carries its merged incident and its component: the connected group of
// records that could be one event (merge.Compatible). A new record
// re-clusters exactly the components it touches, so the result depends only
// on the set of documents, never on their order.
package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Dialect is what differs between engines.
type Dialect struct {
	// Name appears in error messages.
	Name string
	// Numbered placeholders ($1, $2) instead of ?. Queries are written with
	// ? and rebound.
	Numbered bool
	// Lock, when set, runs first in every writing transaction so that
	// writers (two ingests, an ingest and the server) take turns: a
	// re-clustering must see every record committed before it.
	Lock string
	// ReadIsolation is the isolation of reads made of several statements
	// (a page and its total, a document and its history). PostgreSQL's
	// default, READ COMMITTED, takes a snapshot per statement, so an
	// ingest committing in between made a page disagree with its total;
	// SQLite's transactions are one snapshot already (the zero value).
	ReadIsolation sql.IsolationLevel
	// Least is the two-argument minimum function ("min" in SQLite, "least"
	// in PostgreSQL).
	Least string
	// Contains is a condition true when the column (%s) contains the
	// bound argument as a substring.
	Contains string
	// NoIndex, when set, wraps a column (%s) so that the planner does not
	// drive a query from it. SQLite's planner, lacking an estimate of how
	// many incidents a --near box holds (its index is on an expression),
	// read a type's 100,000 incidents for the thousand in a circle.
	NoIndex string
	// TextMatch turns a --text query into a condition on documents d and
	// its arguments; it may ask q what the query means first (q is the
	// read's transaction, and takes the engine's own placeholders).
	// Errors wrap store.ErrInvalid.
	TextMatch func(ctx context.Context, q Querier, text string) (cond string, args []any, err error)
	// IndexText, when set, indexes for --text the documents an ingest
	// stored, run once before it commits with the first and last
	// document seq it inserted (every seq between is one of them).
	IndexText string
	// UnindexText, when set, takes out of the --text index the documents
	// whose seqs its one argument lists (a JSON array), before an ingest
	// deletes their rows to store new revisions: once per batch for the
	// revisions known before it writes, once per revision for the others.
	UnindexText string
	// IngestSetup, when set, is run once on each connection before its
	// first ingest: a setting of the writing connection that ingest needs
	// and readers do not.
	IngestSetup string
	// Explain is the prefix that makes a query return its plan.
	Explain string
	// Sanitize, when set, makes a string storable (PostgreSQL refuses NUL
	// bytes and invalid UTF-8 in text).
	Sanitize func(string) string
	// Migrations holds NNNN_name.sql files, applied in order.
	Migrations fs.FS
}

// DB is a store.Store over one database.
type DB struct {
	db *sql.DB
	d  Dialect
	// setUp holds the driver connections that ingest has run
	// Dialect.IngestSetup on (setUpIngest).
	setUp sync.Map
}

// New applies pending migrations and returns the store. db is closed by
// Close.
func New(ctx context.Context, db *sql.DB, d Dialect) (*DB, error) {
	s := &DB{db: db, d: d}
	if err := s.migrate(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// SQL returns the underlying database, for tests and benchmarks that
// inspect or bulk-load it.
func (s *DB) SQL() *sql.DB { return s.db }

// Rebind rewrites ? placeholders for the dialect.
func (s *DB) Rebind(q string) string {
	if !s.d.Numbered {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	quoted := false
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'':
			quoted = !quoted
		case c == '?' && !quoted:
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func (s *DB) str(v string) string {
	if s.d.Sanitize != nil {
		return s.d.Sanitize(v)
	}
	return v
}

// beginRead starts a read-only transaction that sees one state of the
// database throughout.
func (s *DB) beginRead(ctx context.Context) (*sql.Tx, error) {
	return s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true, Isolation: s.d.ReadIsolation})
}

// beginWrite starts a writing transaction holding the writer lock.
func (s *DB) beginWrite(ctx context.Context) (*sql.Tx, error) { return s.beginWriteOn(ctx, s.db) }

// beginWriteOn is beginWrite on the pool or on one connection of it.
func (s *DB) beginWriteOn(ctx context.Context, on interface {
	BeginTx(context.Context, *sql.TxOptions) (*sql.Tx, error)
}) (*sql.Tx, error) {
	tx, err := on.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: begin: %w", s.d.Name, err)
	}
	if s.d.Lock != "" {
		if _, err := tx.ExecContext(ctx, s.d.Lock); err != nil {
			tx.Rollback()
			return nil, fmt.Errorf("%s: lock: %w", s.d.Name, err)
		}
	}
	return tx, nil
}

// migrate applies the dialect's migrations not yet recorded in
// schema_migrations, each in its own transaction with its record, so a
// crash leaves the schema at some version, never between two. Every step
// holds the writer lock (beginWrite): processes that open a fresh database
// at the same moment take turns, and the later ones find the work done.
// "CREATE TABLE IF NOT EXISTS" alone is no guard: on PostgreSQL two
// sessions creating the same table at once both pass the check, and one
// fails on the catalog's unique index (SQLSTATE 42710).
//
// A database already at the latest version is recognised first without
// the lock: opening one to read it (serve, export) must not queue behind
// an ingest that holds the lock for a long batch.
func (s *DB) migrate(ctx context.Context) error {
	ms, err := s.migrations()
	if err != nil {
		return err
	}
	if s.current(ctx, ms) {
		return nil
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return fmt.Errorf("%s: migrations table: %w", s.d.Name, err)
	}
	_, err = tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`)
	if err == nil {
		err = tx.Commit()
	}
	if err != nil {
		tx.Rollback()
		return fmt.Errorf("%s: migrations table: %w", s.d.Name, err)
	}
	for _, m := range ms {
		if err := s.apply(ctx, m.version, m.name); err != nil {
			return err
		}
	}
	return nil
}

// migration is one file of the dialect's migrations.
type migration struct {
	version int
	name    string
}

// migrations lists the dialect's migration files in version order.
func (s *DB) migrations() ([]migration, error) {
	names, err := fs.Glob(s.d.Migrations, "*.sql")
	if err != nil {
		return nil, fmt.Errorf("%s: migrations: %w", s.d.Name, err)
	}
	var ms []migration
	for _, name := range names {
		num, _, ok := strings.Cut(path.Base(name), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("%s: migration %s: name must start with a number and _", s.d.Name, name)
		}
		ms = append(ms, migration{v, name})
	}
	slices.SortFunc(ms, func(a, b migration) int { return a.version - b.version })
	return ms, nil
}

// current reports whether every migration in ms is recorded as applied. Any
// error (a fresh database has no schema_migrations) means "not known to
// be", and migrate takes the locked path, which decides for certain.
func (s *DB) current(ctx context.Context, ms []migration) bool {
	rows, err := s.db.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return false
	}
	defer rows.Close()
	applied := map[int]bool{}
	for rows.Next() {
		var v int
		if rows.Scan(&v) != nil {
			return false
		}
		applied[v] = true
	}
	if rows.Err() != nil {
		return false
	}
	for _, m := range ms {
		if !applied[m.version] {
			return false
		}
	}
	return true
}

// migrationSteps are Go steps of migrations, by file name, for what SQL
// cannot compute. Each runs in its migration's transaction, after its SQL.
var migrationSteps = map[string]func(s *DB, ctx context.Context, tx *sql.Tx) error{
	"0003_actor_keys.sql": (*DB).backfillActorKeys,
}

func (s *DB) apply(ctx context.Context, version int, name string) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, s.Rebind(`SELECT count(*) FROM schema_migrations WHERE version = ?`), version).Scan(&n); err != nil {
		return fmt.Errorf("%s: migration %s: %w", s.d.Name, name, err)
	}
	if n > 0 {
		return nil
	}
	body, err := fs.ReadFile(s.d.Migrations, name)
	if err != nil {
		return fmt.Errorf("%s: migration %s: %w", s.d.Name, name, err)
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return fmt.Errorf("%s: migration %s: %w", s.d.Name, name, err)
	}
	if step := migrationSteps[path.Base(name)]; step != nil {
		if err := step(s, ctx, tx); err != nil {
			return fmt.Errorf("%s: migration %s: %w", s.d.Name, name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, s.Rebind(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`),
		version, name, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("%s: migration %s: %w", s.d.Name, name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: migration %s: commit: %w", s.d.Name, name, err)
	}
	return nil
}
