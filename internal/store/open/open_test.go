package open

import (
	"context"
	"os"
	"path/filepath"
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
