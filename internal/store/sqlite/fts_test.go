package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
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

// TestFTSPerTransaction checks the full-text index that ingest writes once
// per transaction: after batches, a re-ingest and revisions (two in one
// batch, whose first is stored and replaced before the batch's text is
// indexed; several of stored documents, unindexed together), the index holds exactly the stored documents (FTS5's integrity check against the
// documents table), and each search finds what a freshly rebuilt index
// finds.
func TestFTSPerTransaction(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	corpus := storetest.Corpus()
	revise := func(x store.Extracted, words string) store.Extracted {
		d := *x.Doc
		d.Text += " " + words
		x.Doc = &d
		return x
	}
	// takes is x stored under the id of another document.
	takes := func(x store.Extracted, other store.Extracted) store.Extracted {
		d := *x.Doc
		d.ID = other.Doc.ID
		x.Doc = &d
		return x
	}
	for _, batch := range [][]store.Extracted{corpus[:3], corpus[3:4], corpus[:6], corpus[6:],
		{revise(corpus[0], "first correction"), corpus[5], revise(corpus[0], "second correction")},
		{revise(corpus[1], "first correction")},
		// Several revisions of stored documents, one leaving its old
		// content to another document.
		{revise(corpus[2], "third correction"), takes(corpus[2], corpus[3]), revise(corpus[4], "third correction"), corpus[6]}} {
		if _, err := s.Ingest(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.SQL().ExecContext(ctx, `INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Fatalf("full-text index differs from the documents: %v", err)
	}
	queries := []string{"bomb", "maternity", `"bus blast"`, "Cali OR rockets", "bomb -academy", "synthetic", "claiming",
		"correction", `"first correction"`, `"second correction"`}
	search := func() []string {
		var out []string
		for _, q := range queries {
			p, err := s.Incidents(ctx, store.Filter{Text: q})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, inc := range p.Incidents {
				ids = append(ids, inc.ID)
			}
			out = append(out, q+": "+strings.Join(ids, " "))
		}
		return out
	}
	got := search()
	if _, err := s.SQL().ExecContext(ctx, `INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')`); err != nil {
		t.Fatal(err)
	}
	if want := search(); !slices.Equal(got, want) {
		t.Errorf("searches = %q,\nwant (rebuilt index) %q", got, want)
	}
	for q, want := range map[string]int{"synthetic": len(corpus), "correction": 4, `"first correction"`: 1, `"third correction"`: 2} {
		var n int
		if err := s.SQL().QueryRowContext(ctx, `SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?`, q).Scan(&n); err != nil || n != want {
			t.Errorf("documents matching %s = %d, %v; want %d", q, n, err, want)
		}
	}
}
