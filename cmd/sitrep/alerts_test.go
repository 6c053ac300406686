package main

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/alert"
)

// hook is a webhook receiver that keeps the bodies it got whose signature
// holds under its secret.
type hook struct {
	mu     sync.Mutex
	secret string
	got    []alert.Payload
	bad    int
}

func (h *hook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	h.mu.Lock()
	defer h.mu.Unlock()
	if alert.Verify(h.secret, r.Header.Get(alert.HeaderSignature), r.Header.Get(alert.HeaderTimestamp), body, time.Now()) != nil {
		h.bad++
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var p alert.Payload
	json.Unmarshal(body, &p)
	h.got = append(h.got, p)
}

// TestAlertsCLI adds a watch, tests its webhook, ingests an article that
// matches it and runs the alerts once: the webhook gets it, signed.
func TestAlertsCLI(t *testing.T) {
	db := ingestedDB(t)
	h := &hook{}
	srv := httptest.NewServer(h)
	defer srv.Close()

	out, _, err := runIn(t, "alerts", "add", "--db", db, "--name", "Mali bombs", "--url", srv.URL+"/hook",
		"--country", "Mali", "--type", "bombing,suicide_bombing", "--min-killed", "1")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^watch (\d+): Mali bombs\n.*\n  match:  countries ML; types bombing,suicide_bombing; at least 1 killed\n  secret: ([0-9a-f]{64})$`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("alerts add printed:\n%s", out)
	}
	id := m[1]
	h.secret = m[2]

	out, _, err = runIn(t, "alerts", "list", "--db", db)
	if err != nil || !strings.Contains(out, "Mali bombs") || !strings.Contains(out, "none yet") {
		t.Errorf("alerts list = %v:\n%s", err, out)
	}
	out, _, err = runIn(t, "alerts", "list", "--db", db, "--json")
	if err != nil || strings.Contains(out, h.secret) || !strings.Contains(out, `"countries":["ML"]`) {
		t.Errorf("alerts list --json = %v:\n%s", err, out)
	}

	out, _, err = runIn(t, "alerts", "test", "--db", db, id)
	if err != nil || !strings.Contains(out, "answered 200") || len(h.got) != 1 || h.got[0].Event != "test" || h.got[0].IncidentID == "" {
		t.Fatalf("alerts test = %v, %q; receiver got %+v (bad signatures: %d)", err, out, h.got, h.bad)
	}

	// The existing incidents were stored before the watch: not sent.
	if out, _, err = runIn(t, "alerts", "run", "--db", db, "--once"); err != nil || out != "queued 0 deliveries, tried 0\n" {
		t.Fatalf("alerts run --once before the ingest = %v, %q", err, out)
	}
	if _, _, err := runIn(t, "ingest", "--db", db, "testdata/eval/news/001_gao-market-bomb.txt"); err != nil {
		t.Fatal(err)
	}
	if out, _, err = runIn(t, "alerts", "run", "--db", db, "--once"); err != nil || out != "queued 1 deliveries, tried 1\n" {
		t.Fatalf("alerts run --once after the ingest = %v, %q", err, out)
	}
	if len(h.got) != 2 || h.got[1].Event != "match" || h.got[1].Change.Kind != "created" || len(h.got[1].Incident) == 0 || h.bad != 0 {
		t.Fatalf("receiver got %+v (bad signatures: %d); want the Gao bombing", h.got, h.bad)
	}
	if !strings.Contains(string(h.got[1].Incident), `"Gao"`) || !strings.Contains(string(h.got[1].Incident), `"evidence"`) {
		t.Errorf("delivered record lacks Gao or its evidence: %s", h.got[1].Incident)
	}
	out, _, _ = runIn(t, "alerts", "list", "--db", db)
	if !strings.Contains(out, "match "+h.got[1].IncidentID+" delivered, 1 attempt(s)") {
		t.Errorf("alerts list after delivery:\n%s", out)
	}

	tests := []struct {
		name     string
		args     []string
		mentions string
		usage    bool
	}{
		{"unknown country", []string{"add", "--db", db, "--name", "x", "--url", srv.URL, "--country", "Narnia"}, `country "Narnia"`, true},
		{"no criteria", []string{"add", "--db", db, "--name", "x", "--url", srv.URL}, "no criteria", true},
		{"bad near", []string{"add", "--db", db, "--name", "x", "--url", srv.URL, "--near", "1,2"}, "LAT,LON,KM", true},
		{"rm without id", []string{"rm", "--db", db}, "which watch", true},
		{"rm unknown", []string{"rm", "--db", db, "99"}, "not found", false},
		{"test unknown", []string{"test", "--db", db, "99"}, "no watch with id 99", false},
		{"unknown command", []string{"watch"}, `unknown command "watch"`, true},
	}
	for _, tt := range tests {
		_, _, err := runIn(t, append([]string{"alerts"}, tt.args...)...)
		var ue *usageError
		if err == nil || !strings.Contains(err.Error(), tt.mentions) || errors.As(err, &ue) != tt.usage {
			t.Errorf("%s: err = %v, want one mentioning %q (usage error: %v)", tt.name, err, tt.mentions, tt.usage)
		}
	}

	if out, _, err := runIn(t, "alerts", "rm", "--db", db, id); err != nil || out != "removed watch "+id+"\n" {
		t.Errorf("alerts rm = %v, %q", err, out)
	}
}
