package main

// Helpers for end-to-end tests of the real sitrep binary, shared by the
// tests of every subcommand.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// TestMain removes the binary that sitrepBinary built, once all tests ran.
func TestMain(m *testing.M) {
	code := m.Run()
	if bin.dir != "" {
		os.RemoveAll(bin.dir)
	}
	os.Exit(code)
}

// bin is the sitrep binary built for this test run: built once, because
// linking it takes seconds and every end-to-end test needs it.
var bin struct {
	once      sync.Once
	dir, path string
	err       error
}

// sitrepBinary builds the sitrep command with `go build` into a temporary
// directory (once per test run) and returns its path.
func sitrepBinary(t testing.TB) string {
	t.Helper()
	bin.once.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			bin.err = err
			return
		}
		if bin.dir, bin.err = os.MkdirTemp("", "sitrep-test-"); bin.err != nil {
			return
		}
		bin.path = filepath.Join(bin.dir, "sitrep")
		out, err := exec.Command(goTool, "build", "-o", bin.path, ".").CombinedOutput()
		if err != nil {
			bin.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if bin.err != nil {
		t.Fatal(bin.err)
	}
	return bin.path
}

// cliRun is what one run of the binary printed and its exit status.
type cliRun struct {
	stdout, stderr string
	code           int
}

// runSitrep runs the built binary with args in directory dir (the test's
// working directory when empty), stdin as its standard input (none when
// nil), for as long as the test may take (testContext).
func runSitrep(t testing.TB, dir string, stdin io.Reader, args ...string) cliRun {
	t.Helper()
	ctx := testContext(t)
	cmd := exec.CommandContext(ctx, sitrepBinary(t), args...)
	cmd.Dir = dir
	cmd.Stdin = stdin
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := cliRun{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit) && ctx.Err() == nil:
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("sitrep %q: %v\nstderr:\n%s", args, err, r.stderr)
	}
	return r
}

// testContext is the context of what a test waits for: cancelled when the test
// ends, and half a minute before the test binary's own -timeout, so that
// a hang fails its own test with what it printed rather than killing the
// whole binary. There is no fixed limit: on a loaded machine the same
// work is slow, not wrong.
func testContext(t testing.TB) context.Context {
	ctx := t.Context()
	if d, ok := t.(interface{ Deadline() (time.Time, bool) }); ok {
		if end, ok := d.Deadline(); ok {
			ctx, cancel := context.WithDeadline(ctx, end.Add(-30*time.Second))
			t.Cleanup(cancel)
			return ctx
		}
	}
	return ctx
}

// writeFiles creates files (path under dir: contents), with their
// directories.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
