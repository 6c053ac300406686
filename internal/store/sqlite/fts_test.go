package sqlite

import (
	"database/sql"
	"errors"
	"testing"

	"github.com/sitrep/sitrep/internal/store"
)

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"bomb", `"bomb"`},
		{"car bomb", `"car" AND "bomb"`},
		{`"car bomb" Kabul`, `"car bomb" AND "Kabul"`},
		{"Cali OR Bogota attack", `("Cali" OR "Bogota") AND "attack"`},
		{"a OR b OR c", `("a" OR "b" OR "c")`},
		{"bomb -academy -police", `("bomb") NOT "academy" NOT "police"`},
		{`al-Shabaab's "unclosed`, `"al-Shabaab's" AND "unclosed"`},
		{`say "he said ""no"""`, `"say" AND "he said " AND "no"`},
		{"OR bomb", `"bomb"`},
		{"NEAR(a b) col:x ^start pre*", `"NEAR(a" AND "b)" AND "col:x" AND "^start" AND "pre*"`},
	}
	for _, tt := range tests {
		got, err := FTSQuery(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("FTSQuery(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "  ", "-bomb", `"" ,`} {
		if _, err := FTSQuery(bad); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("FTSQuery(%q): err = %v, want ErrInvalid", bad, err)
		}
	}
}

// FuzzFTSQuery checks that whatever a user types either is refused as
// invalid or becomes a query FTS5 accepts: never an FTS5 syntax error.
func FuzzFTSQuery(f *testing.F) {
	for _, s := range []string{"bomb", `"car bomb" -Kabul`, "a OR b", `"`, "- -", "NEAR(x)", "x AND y", "\x00", "é OR ü"} {
		f.Add(s)
	}
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // one in-memory database
	if _, err := db.Exec(`CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'porter unicode61 remove_diacritics 2');
		INSERT INTO t VALUES ('a car bomb in Kabul');`); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := FTSQuery(s)
		if err != nil {
			if !errors.Is(err, store.ErrInvalid) {
				t.Fatalf("FTSQuery(%q): error %v does not wrap ErrInvalid", s, err)
			}
			return
		}
		rows, err := db.Query(`SELECT rowid FROM t WHERE t MATCH ?`, q)
		if err != nil {
			t.Fatalf("FTSQuery(%q) = %q, which FTS5 refuses: %v", s, q, err)
		}
		for rows.Next() {
		}
		if err := rows.Err(); err != nil {
			t.Fatalf("FTSQuery(%q) = %q, which FTS5 refuses: %v", s, q, err)
		}
		rows.Close()
	})
}
