package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlite"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// changeLines parses the JSON lines of `sitrep changes`.
func changeLines(t *testing.T, out string) []store.Change {
	t.Helper()
	var cs []store.Change
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var c store.Change
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		cs = append(cs, c)
	}
	return cs
}

func TestChangesCLI(t *testing.T) {
	db := ingestedDB(t)
	out, _, err := runIn(t, "changes", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	all := changeLines(t, out)
	if len(all) != 8 {
		t.Fatalf("%d changes, want 8 (one created per incident):\n%s", len(all), out)
	}
	for _, c := range all {
		if c.Kind != store.ChangeCreated || c.Revision != 1 {
			t.Errorf("change %+v, want created at revision 1", c)
		}
	}
	out, _, err = runIn(t, "changes", "--db", db, "--since", strconv.FormatInt(all[4].Seq, 10))
	if err != nil {
		t.Fatal(err)
	}
	if got := changeLines(t, out); len(got) != 3 || got[0] != all[5] {
		t.Errorf("--since %d: %v, want %v", all[4].Seq, got, all[5:])
	}
	for _, bad := range []string{"-1", "x", "007"} {
		var ue *usageError
		if _, _, err := runIn(t, "changes", "--db", db, "--since", bad); !errors.As(err, &ue) {
			t.Errorf("--since %s: error %v, want a usage error", bad, err)
		}
	}
}

// TestChangesFollow follows the log of a store that another writer ingests
// into, and stops when interrupted.
func TestChangesFollow(t *testing.T) {
	db := ingestedDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, env{strings.NewReader(""), &out, &bytes.Buffer{}}, []string{"changes", "--db", db, "--follow"})
	}()

	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Ingest(ctx, []store.Extracted{{Doc: storetest.Doc("f1", "2023-06-01", "new report"),
		Incidents: []record.Incident{storetest.Incident(record.Bombing, "2023-06-01", storetest.Kabul, 3)}}}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute)
	for strings.Count(out.String(), "\n") < 9 {
		if time.Now().After(deadline) {
			t.Fatalf("--follow printed no new change:\n%s", out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("--follow interrupted: %v", err)
	}
	if cs := changeLines(t, out.String()); len(cs) != 9 || cs[8].Kind != store.ChangeCreated {
		t.Errorf("--follow printed %v, want the 8 stored and one created", cs)
	}
}
