package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store/sqlite"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// ingestedDB ingests the store test corpus directly (with its hand-written
// incidents, whatever the extractor finds) into a new SQLite file.
func ingestedDB(t testing.TB) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "x.db")
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Ingest(context.Background(), storetest.Corpus()); err != nil {
		t.Fatal(err)
	}
	return path
}

func runIn(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), env{strings.NewReader(""), &out, &errb}, args)
	return out.String(), errb.String(), err
}

func TestExportFormats(t *testing.T) {
	db := ingestedDB(t)
	t.Run("jsonl", func(t *testing.T) {
		out, _, err := runIn(t, "export", "--db", db, "--format", "jsonl")
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 8 {
			t.Fatalf("%d lines, want 8 incidents", len(lines))
		}
		var m record.Merged
		if err := json.Unmarshal([]byte(lines[len(lines)-1]), &m); err != nil {
			t.Fatal(err)
		}
		if m.Sources == nil || m.Evidence == nil || m.ID == "" {
			t.Errorf("last line lacks id, sources or evidence: %s", lines[len(lines)-1])
		}
	})
	t.Run("csv", func(t *testing.T) {
		out, _, err := runIn(t, "export", "--db", db, "--format", "csv", "--country", "CO")
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 3 || rows[0][0] != "event_id" {
			t.Fatalf("got %d rows starting %v, want a header and 2 incidents", len(rows), rows[0])
		}
	})
	t.Run("geojson", func(t *testing.T) {
		out, _, err := runIn(t, "export", "--db", db, "--format", "geojson", "--near", "34.52,69.18,150", "--type", "bombing")
		if err != nil {
			t.Fatal(err)
		}
		var fc struct {
			Type     string            `json:"type"`
			Features []json.RawMessage `json:"features"`
		}
		if err := json.Unmarshal([]byte(out), &fc); err != nil || fc.Type != "FeatureCollection" || len(fc.Features) != 2 {
			t.Errorf("got %s with %d features (%v), want a FeatureCollection of the 2 Ghazni bombings", fc.Type, len(fc.Features), err)
		}
	})
	t.Run("limit pages", func(t *testing.T) {
		out, _, err := runIn(t, "export", "--db", db, "--limit", "3")
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(out, "\n"); n != 3 {
			t.Errorf("--limit 3 wrote %d lines", n)
		}
	})
}

func TestExportErrors(t *testing.T) {
	db := ingestedDB(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown format", []string{"--format", "xlsx"}, `unknown export format "xlsx"`},
		{"bad near", []string{"--near", "34.5,69.1"}, `--near "34.5,69.1": want LAT,LON,KM`},
		{"bad date", []string{"--since", "2020-02-30"}, `since "2020-02-30": want YYYY-MM-DD`},
		{"empty text", []string{"--text", "--"}, `nothing to search for`},
		{"negative limit", []string{"--limit", "-2"}, `--limit -2 is negative`},
		{"missing database", []string{"--db", filepath.Join(t.TempDir(), "none.db")}, "no database at"},
		{"stray argument", []string{"extra"}, `unexpected argument "extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"export", "--db", db}, tt.args...)
			_, _, err := runIn(t, args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("export %v: err = %v, want one containing %q", tt.args, err, tt.want)
			}
		})
	}
}

// BenchmarkExport100k exports 100,000 synthetic incidents in each format
// through the real command.
//
//	go test ./cmd/sitrep -run XXX -bench Export100k -benchmem
func BenchmarkExport100k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "100k.db")
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < 100_000; i += 10_000 {
		if err := s.PutIncidents(context.Background(), storetest.Synthetic(10_000, uint64(i))); err != nil {
			b.Fatal(err)
		}
	}
	s.Close()
	for _, format := range []string{"jsonl", "csv", "geojson"} {
		b.Run(format, func(b *testing.B) {
			var n countingWriter
			for b.Loop() {
				n = 0
				err := run(context.Background(), env{strings.NewReader(""), &n, io.Discard},
					[]string{"export", "--db", path, "--format", format})
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/1e6, "MB")
		})
	}
}

type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}

// The database must exist for export and stats; ingest creates it.
func TestReadCommandsNeedDatabase(t *testing.T) {
	dir := t.TempDir()
	for _, cmd := range []string{"export", "stats"} {
		_, _, err := runIn(t, cmd, "--db", filepath.Join(dir, "missing.db"))
		if err == nil || !strings.Contains(err.Error(), "no database at") {
			t.Errorf("%s on a missing database: err = %v", cmd, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.db")); err == nil {
		t.Error("a read command created the database")
	}
}
