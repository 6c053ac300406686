package main

import (
	"context"
	"database/sql"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlite"
)

func TestParseAge(t *testing.T) {
	const day = 24 * time.Hour
	tests := []struct {
		in   string
		want time.Duration // 0: an error
	}{
		{"90d", 90 * day},
		{"1d", day},
		{"2w", 14 * day},
		{"36h", 36 * time.Hour},
		{"1h30m", 90 * time.Minute},
		{"36500d", 36500 * day},
		{"", 0},
		{"d", 0},
		{"w", 0},
		{"0d", 0},
		{"0s", 0},
		{"-1d", 0},
		{"+5d", 0},
		{"1.5d", 0},
		{"5 d", 0},
		{"36501d", 0},
		{"99999999999999999999d", 0},
		{"-1h", 0},
		{"900000h", 0},
		{"90", 0},
		{"ninety days", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseAge(tt.in)
			if tt.want == 0 {
				if err == nil {
					t.Errorf("parseAge(%q) = %v, want an error", tt.in, got)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("parseAge(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

// FuzzParseAge: any input either fails or gives an age within bounds;
// days and weeks give whole days.
func FuzzParseAge(f *testing.F) {
	for _, s := range []string{"90d", "2w", "36h", "1h30m", "0d", "-1d", "36501d", "1e9d", "+1w", "٣d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		age, err := parseAge(s)
		if err != nil {
			if age != 0 {
				t.Errorf("parseAge(%q) failed with age %v", s, age)
			}
			return
		}
		if age <= 0 || age > maxAgeDays*24*time.Hour {
			t.Errorf("parseAge(%q) = %v: out of bounds", s, age)
		}
		if (strings.HasSuffix(s, "d") || strings.HasSuffix(s, "w")) && age%(24*time.Hour) != 0 {
			t.Errorf("parseAge(%q) = %v: not whole days", s, age)
		}
	})
}

// TestPruneCLI ages a database's change log and prunes it: entries older
// than asked go, `sitrep changes` from the start is then refused, and from
// the head reads on.
func TestPruneCLI(t *testing.T) {
	db := ingestedDB(t)
	ctx := context.Background()
	tests := []struct {
		name    string
		args    []string
		age     bool   // the log's entries are made old first
		usage   bool   // a usage error
		flagErr bool   // the flag package refuses a value
		mention string // in stderr
	}{
		{name: "no age given", usage: true},
		{name: "bad age", args: []string{"--changes-older-than", "90x"}, flagErr: true},
		{name: "nothing old enough", args: []string{"--changes-older-than", "90d", "--deliveries-older-than", "30d"},
			mention: "pruned 0 change entries (the log now starts after seq 0) and 0 deliveries"},
		{name: "old entries", args: []string{"--changes-older-than", "90d"}, age: true,
			mention: "pruned 8 change entries (the log now starts after seq 8)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.age {
				raw, err := sql.Open("sqlite", db)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := raw.Exec(`UPDATE incident_changes SET at = '2020-01-01T00:00:00Z'`); err != nil {
					t.Fatal(err)
				}
				raw.Close()
			}
			_, stderr, err := runIn(t, append([]string{"prune", "--db", db}, tt.args...)...)
			var ue *usageError
			switch {
			case tt.usage:
				if !errors.As(err, &ue) {
					t.Errorf("error %v, want a usage error", err)
				}
				return
			case tt.flagErr:
				if !errors.Is(err, errSilent) || !strings.Contains(stderr, "invalid value") {
					t.Errorf("error %v, stderr %q; want the flag package's refusal", err, stderr)
				}
				return
			case err != nil:
				t.Fatal(err)
			}
			if !strings.Contains(stderr, tt.mention) {
				t.Errorf("stderr %q, want it to mention %q", stderr, tt.mention)
			}
		})
	}
	// Exit 2, as for any command line asking for what does not exist.
	var ue *usageError
	if _, _, err := runIn(t, "changes", "--db", db); !errors.Is(err, store.ErrGone) || !errors.As(err, &ue) ||
		!strings.Contains(err.Error(), "pruned through 8") {
		t.Errorf("changes from the start after pruning: %v, want a usage error wrapping ErrGone naming seq 8", err)
	}
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	head, err := s.ChangeHead(ctx)
	s.Close()
	if err != nil || head != 8 {
		t.Fatalf("ChangeHead = %d, %v; want 8", head, err)
	}
	if out, _, err := runIn(t, "changes", "--db", db, "--since", "8"); err != nil || out != "" {
		t.Errorf("changes from the head: %q, %v; want nothing, no error", out, err)
	}
}

// TestPruneDaily checks serve's retention loop: it prunes at once, logs
// what it did, and ends when its context does.
func TestPruneDaily(t *testing.T) {
	db := ingestedDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var log syncBuffer
	done := make(chan struct{})
	go func() {
		pruneDaily(ctx, s, retention{changes: 90 * 24 * time.Hour, deliveries: 30 * 24 * time.Hour}, slog.New(slog.NewTextHandler(&log, nil)))
		close(done)
	}()
	for !strings.Contains(log.String(), "pruned 0 change entries") {
		select {
		case <-done:
			t.Fatalf("pruneDaily ended before its context; log %q", log.String())
		case <-time.After(10 * time.Millisecond): // a pause between looks, not a timing
		}
	}
	cancel()
	<-done
}
