package main

import (
	"bufio"
	"context"
	"net/url"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMissingDatabase: a --db naming no file is an error for serve (a
// typo would otherwise serve a new, empty database) unless --create, and
// ingest creates it but says so.
func TestMissingDatabase(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "typo.db")
	r := runSitrep(t, "", nil, "serve", "--db", missing, "--addr", "127.0.0.1:0")
	if r.code == 0 || !strings.Contains(r.stderr, "no database at "+missing) {
		t.Errorf("serve --db %s: exit %d, stderr:\n%s", missing, r.code, r.stderr)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*")); len(files) != 0 {
		t.Errorf("serve of a missing database left %v", files)
	}
	writeFiles(t, dir, map[string]string{"in/a.txt": "date 2020-01-01 First\n\nFirst text.\n"})
	r = runSitrep(t, "", nil, "ingest", "--db", missing, filepath.Join(dir, "in"))
	if r.code != 0 || !strings.Contains(r.stderr, missing+" does not exist: creating a new database") {
		t.Errorf("ingest --db %s: exit %d, stderr:\n%s", missing, r.code, r.stderr)
	}
	r = runSitrep(t, "", nil, "ingest", "--db", missing, filepath.Join(dir, "in"))
	if r.code != 0 || strings.Contains(r.stderr, "creating") {
		t.Errorf("second ingest --db %s: exit %d, stderr:\n%s", missing, r.code, r.stderr)
	}
}

// TestServeRedactsPassword: the start-up line names the database without
// its password (the test server trusts local connections, so any password
// is accepted).
func TestServeRedactsPassword(t *testing.T) {
	u, err := url.Parse(freshPostgres(t))
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.UserPassword(u.User.Username(), "s3cret-pw")
	ctx, cancel := context.WithCancel(testContext(t))
	defer cancel()
	cmd := exec.CommandContext(ctx, sitrepBinary(t), "serve", "--db", u.String(), "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	line, err := bufio.NewReader(stderr).ReadString('\n')
	if err != nil {
		t.Fatalf("no start-up line: %v", err)
	}
	if !strings.Contains(line, "serving postgres://") || strings.Contains(line, "s3cret-pw") || !strings.Contains(line, ":xxxxx@") {
		t.Errorf("start-up line %q: want the DSN with its password hidden", line)
	}
}
