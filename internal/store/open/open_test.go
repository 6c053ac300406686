package open

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSQLitePath(t *testing.T) {
	tests := []struct {
		dsn, path string
		sqlite    bool
	}{
		{"", "sitrep.db", true},
		{"data/x.db", "data/x.db", true},
		{"sqlite:x.db", "x.db", true},
		{"sqlite:///abs/x.db", "/abs/x.db", true},
		{"file:x.db", "x.db", true},
		{"postgres://u@localhost/db", "", false},
		{"postgresql://u@localhost/db?sslmode=disable", "", false},
		{"host=localhost user=u dbname=d password=p", "", false},
		{"dbname=d", "", false},
		{"sslmode=disable", "sslmode=disable", true},
		{"x=1.db", "x=1.db", true},
		{"my data/host=x.db", "my data/host=x.db", true},
		{"host=db user=u password='a secret phrase'", "", false},
		{"host = db user=u password='it\\'s'", "", false},
		{"host=db password='unterminated", "host=db password='unterminated", true},
		{"host='db'x", "host='db'x", true},
		{"Host=db", "Host=db", true},
	}
	for _, tt := range tests {
		path, ok := SQLitePath(tt.dsn)
		if path != tt.path || ok != tt.sqlite {
			t.Errorf("SQLitePath(%q) = %q, %v; want %q, %v", tt.dsn, path, ok, tt.path, tt.sqlite)
		}
	}
}

func TestOpenSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	s, err := Open(context.Background(), "sqlite:"+path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("no database file: %v", err)
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ name, dsn, want string }{
		{"sqlite path", "data/x.db", "data/x.db"},
		{"url without password", "postgres://u@localhost/db", "postgres://u@localhost/db"},
		{"url password", "postgres://u:s3cret@localhost:5432/db?sslmode=disable", "postgres://u:xxxxx@localhost:5432/db?sslmode=disable"},
		{"url password parameter", "postgresql://u@h/db?password=s3cret", "postgresql://u@h/db?password=xxxxx"},
		{"key=value", "host=h user=u password=s3cret dbname=d", "host=h user=u password=xxxxx dbname=d"},
		{"key=value, password first", "password=s3cret host=h", "password=xxxxx host=h"},
		{"key=value quoted", "host=h password='s3 cret' dbname=d", "host=h password=xxxxx dbname=d"},
		{"unreadable url", "postgres://u:s3cret@[::1", "postgres://(unreadable URL)"},
	}
	for _, tt := range tests {
		if got := Redact(tt.dsn); got != tt.want {
			t.Errorf("%s: Redact(%q) = %q, want %q", tt.name, tt.dsn, got, tt.want)
		}
	}
}

// FuzzKeyValue feeds arbitrary DSNs to the key=value reader: it must not
// panic, and what it accepts has only lower-case keys.
func FuzzKeyValue(f *testing.F) {
	for _, s := range []string{"host=db user=u", "password='a b\\'c' host=x", "x=1.db", "host='", "a = b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, dsn string) {
		keys, ok := kvKeys(dsn)
		if !ok {
			return
		}
		for _, k := range keys {
			if k == "" || strings.Trim(k, "abcdefghijklmnopqrstuvwxyz_") != "" {
				t.Fatalf("kvKeys(%q) accepted key %q", dsn, k)
			}
		}
	})
}
