// Package postgres is sitrep's store for teams: PostgreSQL through pgx v5's
// database/sql driver, with a tsvector (GIN) index for --text and, for
// --near, a btree on each incident's band of latitude and point
// (migration 0020). It shares its SQL with store/sqlite through sqlstore.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // the database/sql driver "pgx"
	"github.com/sitrep/sitrep/internal/store/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Open connects to the database named by dsn (a postgres:// URL or a
// key=value string) and brings its schema up to date.
func Open(ctx context.Context, dsn string) (*sqlstore.DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	sqlstore.SizePool(db)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		db.Close()
		return nil, err
	}
	s, err := sqlstore.New(ctx, db, sqlstore.Dialect{
		Name:     "postgres",
		Numbered: true,
		// One writer at a time across every process using this database:
		// a re-clustering must see all that committed before it. The key
		// is arbitrary ("sitrep" in ASCII).
		Lock:          `SELECT pg_advisory_xact_lock(115105116114101112)`,
		ReadIsolation: sql.LevelRepeatableRead,
		Least:         "least",
		Explain:       "EXPLAIN ",
		Contains:      "strpos(%s, ?) > 0",
		TextMatch:     textMatch,
		Sanitize:      sanitize,
		Migrations:    sub,
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// textMatch matches documents d by websearch_to_tsquery.
func textMatch(_ context.Context, _ sqlstore.Querier, text string) (string, []any, error) {
	return `d.tsv @@ websearch_to_tsquery('english', ?)`, []any{text}, nil
}

// sanitize makes s storable as PostgreSQL text, which refuses NUL bytes
// and invalid UTF-8. A NUL becomes a space, so byte offsets into the text
// (evidence spans) stay right.
func sanitize(s string) string {
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", " ")
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}
