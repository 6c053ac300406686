// Package open picks a store by its DSN. It sits apart from package store
// because it imports both implementations, which import store.
package open

import (
	"context"
	"net/url"
	"regexp"
	"strings"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/postgres"
	"github.com/sitrep/sitrep/internal/store/sqlite"
)

// DefaultDSN is the database sitrep uses when given none: a SQLite file in
// the working directory.
const DefaultDSN = "sitrep.db"

// Open returns the store a DSN names:
//
//	postgres://... or postgresql://...   PostgreSQL
//	sqlite:PATH, file:PATH or PATH       a SQLite file ("" is DefaultDSN)
//
// and applies pending migrations. A SQLite file is created if missing.
func Open(ctx context.Context, dsn string) (store.Store, error) {
	if path, ok := SQLitePath(dsn); ok {
		return sqlite.Open(ctx, path)
	}
	return postgres.Open(ctx, dsn)
}

// SQLitePath returns the file a DSN names, or false for PostgreSQL.
func SQLitePath(dsn string) (string, bool) {
	switch {
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return "", false
	case strings.HasPrefix(dsn, "sqlite:"):
		return strings.TrimPrefix(strings.TrimPrefix(dsn, "sqlite:"), "//"), true
	case strings.HasPrefix(dsn, "file:"):
		return strings.TrimPrefix(dsn, "file:"), true
	case dsn == "":
		return DefaultDSN, true
	}
	return dsn, true
}

// Redact returns dsn with its password hidden, for log lines and messages:
// a postgres:// URL's user password, or a key=value string's password.
func Redact(dsn string) string {
	if _, sqlite := SQLitePath(dsn); sqlite {
		// Also a key=value string: SQLitePath takes what is not a URL.
		return kvPassword.ReplaceAllString(dsn, "${1}xxxxx")
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://(unreadable URL)"
	}
	if u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// kvPassword finds the value of password= in a key=value DSN, quoted or
// not.
var kvPassword = regexp.MustCompile(`(?i)(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)`)
