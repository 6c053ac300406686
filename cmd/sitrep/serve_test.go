package main

import (
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
