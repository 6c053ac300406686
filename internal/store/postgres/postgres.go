// Package postgres is sitrep's store for teams: PostgreSQL through pgx v5's
// database/sql driver, with tsvector (GIN) indexes for --text, of the words
// and of the pairs of words side by side (migration 0022), and, for
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
	"unicode"

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

// textMatch matches documents d by websearch_to_tsquery, and by the pairs
// of words its phrases need (migration 0022, pairQuery), when they need
// any: documents_tsv knows which documents have a phrase's words, not
// where, so a phrase of common words was tested in thousands of
// documents for a few matches; documents_pairs narrows them to about the
// matches. The query itself still decides what matches.
func textMatch(ctx context.Context, q sqlstore.Querier, text string) (string, []any, error) {
	match := `d.tsv @@ websearch_to_tsquery('english', ?)`
	if !strings.ContainsFunc(text, punct) {
		// Words and spaces alone make no phrase: no need to ask.
		return match, []any{text}, nil
	}
	var ts string
	if err := q.QueryRowContext(ctx, `SELECT websearch_to_tsquery('english', $1)::text`, text).Scan(&ts); err != nil {
		return "", nil, fmt.Errorf("postgres: text query: %w", err)
	}
	if pre := pairQuery(ts); pre != "" {
		return `d.pairs @@ ?::tsquery AND ` + match, []any{pre, text}, nil
	}
	return match, []any{text}, nil
}

// punct reports whether r is neither a letter, a digit nor a space: a
// quote makes a phrase, and so may a hyphen or an apostrophe in a word
// ("al-Shabaab's" is 'al-shabaab' <-> 'al' <-> 'shabaab').
func punct(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsSpace(r) }

// sanitize makes s storable as PostgreSQL text, which refuses NUL bytes
// and invalid UTF-8. A NUL becomes a space, so byte offsets into the text
// (evidence spans) stay right.
func sanitize(s string) string {
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", " ")
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}
