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
//	host=... user=... dbname=...          PostgreSQL (key=value)
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
	case keyValueDSN(dsn):
		return "", false
	}
	return dsn, true
}

// keyValueDSN reports whether dsn is PostgreSQL's key=value form ("host=db
// user=sitrep dbname=incidents"): every word a key=value pair, naming at
// least a host, user, database or port. Taken as a file name it would
// become a new SQLite file named after the connection, password and all.
func keyValueDSN(dsn string) bool {
	keys, ok := kvKeys(dsn)
	if !ok {
		return false
	}
	for _, key := range keys {
		switch key {
		case "host", "hostaddr", "port", "user", "dbname":
			return true
		}
	}
	return false
}

// kvKeys returns the keys of a key=value connection string as libpq reads
// it: blanks around "=" are allowed, and a value in single quotes may hold
// blanks and backslash escapes (password='a b\'c'). Splitting on blanks
// instead would cut such a password in two and take the DSN for a file
// name. ok is false when dsn is not in that form.
func kvKeys(dsn string) (keys []string, ok bool) {
	i := 0
	skip := func() {
		for i < len(dsn) && isBlank(dsn[i]) {
			i++
		}
	}
	for skip(); i < len(dsn); skip() {
		start := i
		for i < len(dsn) && (dsn[i] >= 'a' && dsn[i] <= 'z' || dsn[i] == '_') {
			i++
		}
		key := dsn[start:i]
		skip()
		if key == "" || i == len(dsn) || dsn[i] != '=' {
			return nil, false
		}
		i++
		skip()
		if i < len(dsn) && dsn[i] == '\'' {
			for i++; ; i++ {
				if i >= len(dsn) {
					return nil, false // unterminated quote
				}
				if dsn[i] == '\\' {
					i++
				} else if dsn[i] == '\'' {
					i++
					break
				}
			}
		} else {
			for i < len(dsn) && !isBlank(dsn[i]) {
				i++
			}
		}
		if i < len(dsn) && !isBlank(dsn[i]) {
			return nil, false // a quoted value runs into the next word
		}
		keys = append(keys, key)
	}
	return keys, true
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// Redact returns dsn with its password hidden, for log lines and messages:
// a postgres:// URL's user password, or a key=value string's password.
func Redact(dsn string) string {
	if !strings.HasPrefix(dsn, "postgres://") && !strings.HasPrefix(dsn, "postgresql://") {
		// A key=value string, or a file name that might look like one.
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
