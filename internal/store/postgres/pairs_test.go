package postgres

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

func TestPairQuery(t *testing.T) {
	long := strings.Repeat("x", 600)
	tests := []struct {
		name, ts, want string
	}{
		{"phrase", `'place' <-> '2010'`, `'place 2010'`},
		{"word", `'place'`, ``},
		{"words", `'place' & '2010'`, ``},
		{"empty", ``, ``},
		{"three words", `'car' <-> 'bomb' <-> 'polic'`, `('car bomb' & 'bomb polic')`},
		{"stop word between", `'shoot' <2> 'cali'`, ``},
		{"stop word, then a pair", `'attack' <2> 'place' <-> 'now'`, `'place now'`},
		{"grouped right", `'a' <-> ( 'b' <-> 'c' )`, `('b c' & 'a b')`},
		{"phrase beside a word", `'bus' <-> 'blast' & 'ghazni'`, `'bus blast'`},
		{"phrase or word", `'bus' <-> 'blast' | 'cali'`, ``},
		{"phrase or phrase", `'bus' <-> 'blast' | 'matern' <-> 'ward'`, `('bus blast' | 'matern ward')`},
		{"phrase not", `'bus' & !( 'bus' <-> 'blast' )`, ``},
		{"phrase, not a word", `'bus' <-> 'blast' & !'ghazni'`, `'bus blast'`},
		{"or in a phrase", `( 'a' | 'b' ) <-> 'c'`, ``},
		{"prefix", `'a':* <-> 'b'`, ``},
		{"weights", `'a':AB <-> 'b'`, `'a b'`},
		{"hyphenated", `'self-defens' <-> 'self' <-> 'defens'`, `('self-defens self' & 'self defens')`},
		{"quote and backslash", `'it''s' <-> 'a\\b'`, `'it''s a\\b'`},
		{"too long a pair", `'` + long + `' <-> '` + long + `'`, ``},
		{"unreadable", `'a' <-> `, ``},
		{"unclosed", `'a`, ``},
	}
	for _, tt := range tests {
		if got := pairQuery(tt.ts); got != tt.want {
			t.Errorf("%s: pairQuery(%q) = %q, want %q", tt.name, tt.ts, got, tt.want)
		}
	}
}

// TestTextPairs checks that the pairs textMatch adds to a query leave
// its matches as they are: the documents tsv @@ the query matches alone,
// PostgreSQL's own reading of its phrases, are those it matches with the
// pairs, for every phrase of two to four words in the documents, and
// searches that combine them.
func TestTextPairs(t *testing.T) {
	s, err := Open(context.Background(), freshSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	docs := storetest.Corpus()
	for i, text := range []string{
		"An attack struck Place 2010 in Kandahar, Afghanistan, on 2010-05-12. Taliban were blamed; 20 people were killed.",
		"Place 20 was shelled on 2020-01-20; 2010 people fled the place, 20 were killed at Place 2010's market.",
		"Self-defense forces said it's the self-defense of the place: the place's self defense.",
		"the place the place the place in the place of the place",
	} {
		docs = append(docs, store.Extracted{Doc: storetest.Doc("p"+string(rune('1'+i)), "2020-01-01", text)})
	}
	if _, err := s.Ingest(ctx, docs); err != nil {
		t.Fatal(err)
	}
	searches := []string{
		`"place 2010"`, `"place 20" OR "2010 people"`, `place -"place 2010"`, `"self-defense"`,
		`"self defense"`, `"the place of the place"`, `"place in the place"`, `"it's the"`,
		`"bus blast" OR "maternity ward"`, `"shooting in Cali"`, `"car bomb police" academy`,
		`place 2010`, `self-defense`, `place-2010`, `it's`,
	}
	for _, d := range docs {
		words := strings.Fields(d.Doc.Text)
		for n := 2; n <= 4; n++ {
			for i := 0; i+n <= len(words); i++ {
				searches = append(searches, `"`+strings.Join(words[i:i+n], " ")+`"`)
			}
		}
	}
	matches := func(cond string, args ...any) []int64 {
		t.Helper()
		rows, err := s.SQL().QueryContext(ctx, s.Rebind(`SELECT d.seq FROM documents d WHERE `+cond+` ORDER BY d.seq`), args...)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var seqs []int64
		for rows.Next() {
			var seq int64
			if err := rows.Scan(&seq); err != nil {
				t.Fatal(err)
			}
			seqs = append(seqs, seq)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return seqs
	}
	paired := 0
	for _, q := range searches {
		cond, args, err := textMatch(ctx, s.SQL(), q)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(cond, "pairs") {
			paired++
		}
		want := matches(`d.tsv @@ websearch_to_tsquery('english', ?)`, q)
		if got := matches(cond, args...); !slices.Equal(got, want) {
			t.Errorf("%s: %s %q matches documents %v, want %v", q, cond, args, got, want)
		}
	}
	if paired == 0 {
		t.Error("no search was given pairs")
	}
}

// FuzzPairQuery reads any text as a tsquery: no panic, and what it
// returns is a tsquery it reads back whole.
func FuzzPairQuery(f *testing.F) {
	for _, s := range []string{`'place' <-> '2010'`, `'a' <-> 'b' <-> 'c' | !( 'd' <2> 'e' )`, `'it''s' <-> 'a\\b':*AB`, `( 'a' | 'b' ) <-> 'c' & 'd'`, `'a' <->`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, ts string) {
		pre := pairQuery(ts)
		if pre == "" {
			return
		}
		p := tsParser{s: pre}
		if n := p.or(); n == nil || p.i != len(pre) {
			t.Errorf("pairQuery(%q) = %q, which does not read back", ts, pre)
		}
	})
}
