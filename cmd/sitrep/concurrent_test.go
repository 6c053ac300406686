package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the pgx driver, to make fresh schemas
	"github.com/sitrep/sitrep/internal/doc"
)

// TestIngestConcurrent runs four real `sitrep ingest` processes on
// overlapping halves of a news set (every article reaches two of them),
// while a `sitrep serve` on the same database takes a quarter of the
// articles by POST, and checks that the database ends exactly as one
// sequential ingest leaves it: the same incidents with the same ids and
// sources, every document once. It runs on a SQLite file and, when
// SITREP_TEST_POSTGRES names a server, on fresh PostgreSQL schemas.
func TestIngestConcurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dozen processes")
	}
	// The first two dozen articles hold five pairs of reports of one
	// event; more would only add process time.
	files, _ := filepath.Glob(filepath.Join(newsDev, "*.txt"))
	files = files[:min(len(files), 24)]
	if len(files) == 0 {
		files = writeSynthetic(t, t.TempDir(), 24)
	}
	var docs []*doc.Document
	if err := doc.Read(files, nil, func(d *doc.Document, err error) error {
		if err == nil {
			docs = append(docs, d)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}

	backends := []struct {
		name  string
		fresh func(t *testing.T) string // a new, empty database
	}{
		{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "x.db") }},
		{"postgres", freshPostgres},
	}
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			seq := b.fresh(t)
			if r := runSitrep(t, "", nil, append([]string{"ingest", "--db", seq}, files...)...); r.code != 0 {
				t.Fatalf("sequential ingest: exit %d\n%s", r.code, r.stderr)
			}
			want := exportAll(t, seq)
			// One round: the store packages' TestConcurrentWriters repeat
			// the race twenty times without the cost of processes.
			db := b.fresh(t)
			ingestConcurrently(t, db, files, docs)
			if got := exportAll(t, db); got != want {
				t.Fatalf("concurrent ingest differs from a sequential one:\n%s\nwant\n%s", got, want)
			}
			if st := statsOf(t, db); st.Documents != len(files) {
				t.Fatalf("%d documents stored, want %d", st.Documents, len(files))
			}
		})
	}
}

// ingestConcurrently starts the server and the four ingests on db and
// waits for all of them.
func ingestConcurrently(t *testing.T, db string, files []string, docs []*doc.Document) {
	t.Helper()
	ctx, cancel := context.WithCancel(testContext(t))
	defer cancel()
	const token = "concurrent-test"
	serve := exec.CommandContext(ctx, sitrepBinary(t), "serve", "--create", "--db", db, "--addr", "127.0.0.1:0", "--token", token)
	stderr, err := serve.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		serve.Process.Kill()
		serve.Wait()
	}()
	// The start-up line names the address: "... at http://HOST:PORT/ ...".
	lines := bufio.NewScanner(stderr)
	var base string
	for lines.Scan() {
		if _, rest, ok := strings.Cut(lines.Text(), " at http://"); ok {
			addr, _, _ := strings.Cut(rest, "/")
			base = "http://" + addr
			break
		}
	}
	if base == "" {
		t.Fatal("serve printed no address")
	}
	go io.Copy(io.Discard, stderr)

	var wg sync.WaitGroup
	errs := make(chan error, 8)
	const writers = 4
	for w := range writers {
		var half []string
		for k := range (len(files) + 1) / 2 {
			half = append(half, files[(w*len(files)/writers+k)%len(files)])
		}
		wg.Go(func() {
			var out bytes.Buffer
			cmd := exec.CommandContext(ctx, sitrepBinary(t), append([]string{"ingest", "--db", db, "--batch", "4", "--progress", "off"}, half...)...)
			cmd.Stderr = &out
			if err := cmd.Run(); err != nil {
				errs <- fmt.Errorf("ingest %d: %v\n%s", w, err, out.String())
			}
		})
	}
	// A quarter of the articles, two at a time, posted with the ids and
	// contents the files give them.
	wg.Go(func() {
		for i := 0; i < len(docs)/4; i += 2 {
			var body bytes.Buffer
			for _, d := range docs[i:min(i+2, len(docs))] {
				line, _ := json.Marshal(map[string]string{"id": d.ID, "date": d.Date, "title": d.Title, "text": d.Text})
				body.Write(append(line, '\n'))
			}
			req, _ := http.NewRequestWithContext(ctx, "POST", base+"/api/documents", &body)
			req.Header.Set("Authorization", "Bearer "+token)
			req.Header.Set("Content-Type", "application/x-ndjson")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				errs <- err
				return
			}
			msg, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				errs <- fmt.Errorf("POST: %s: %s", resp.Status, msg)
				return
			}
		}
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

// freshPostgres returns the DSN of a new, empty schema on the test server
// (dropped when the test ends); it skips without SITREP_TEST_POSTGRES.
func freshPostgres(t *testing.T) string {
	t.Helper()
	dsn := os.Getenv("SITREP_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("SITREP_TEST_POSTGRES is not set: start a server with `export SITREP_TEST_POSTGRES=$(.ci/postgres)`")
	}
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	schema := fmt.Sprintf("sitrep_cli_%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Exec("DROP SCHEMA " + schema + " CASCADE") })
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
