package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

func TestReview(t *testing.T) {
	srv, st := newTestServer(t, Options{Token: testToken})
	kandahar := idOf(t, st, "Kandahar")
	url := srv.URL + "/api/incidents/" + kandahar + "/review"
	auth := []string{"Authorization", "Bearer " + testToken, UserHeader, "ana"}
	post := func(url, body string, header ...string) response {
		return do(t, http.MethodPost, url, strings.NewReader(body), header...)
	}
	reject := `{"action": "status", "status": "rejected", "why": "a hoax"}`

	t.Run("read-only without a token", func(t *testing.T) {
		ro, _ := newTestServer(t, Options{})
		wantError(t, post(ro.URL+"/api/incidents/x/review", reject, auth...), http.StatusForbidden, "disabled")
	})
	for _, tc := range []struct {
		name     string
		url      string
		body     string
		header   []string
		status   int
		mentions string
	}{
		{"no token", url, reject, []string{UserHeader, "ana"}, http.StatusUnauthorized, "bearer"},
		{"wrong token", url, reject, []string{"Authorization", "Bearer guess", UserHeader, "ana"}, http.StatusForbidden, "wrong"},
		{"no user", url, reject, auth[:2], http.StatusBadRequest, UserHeader},
		{"empty", url, "", auth, http.StatusBadRequest, "no action"},
		{"no action", url, `{"status": "rejected"}`, auth, http.StatusBadRequest, "say which"},
		{"unknown action", url, `{"action": "delete"}`, auth, http.StatusBadRequest, "delete"},
		{"misspelt field", url, `{"action": "correct", "feild": "type", "value": "riot"}`, auth, http.StatusBadRequest, "feild"},
		{"two objects", url, reject + reject, auth, http.StatusBadRequest, "one JSON object"},
		{"bad status", url, `{"action": "status", "status": "false"}`, auth, http.StatusBadRequest, "unreviewed, confirmed, rejected"},
		{"bad type", url, `{"action": "correct", "field": "type", "value": "bomb"}`, auth, http.StatusBadRequest, "armed_assault"},
		{"bad country", url, `{"action": "correct", "field": "location", "value": {"country": "Narnia"}}`, auth, http.StatusBadRequest, "Narnia"},
		{"negative toll", url, `{"action": "correct", "field": "killed", "value": {"min": -1}}`, auth, http.StatusBadRequest, "killed"},
		{"unknown incident", srv.URL + "/api/incidents/nope/review", reject, auth, http.StatusNotFound, "nope"},
		{"merge with itself", url, `{"action": "merge", "with": "` + kandahar + `"}`, auth, http.StatusBadRequest, "one incident already"},
		{"split a lone report", url, `{"action": "split", "source": "fx-1"}`, auth, http.StatusBadRequest, "one source"},
		{"too large", url, `{"action": "note", "note": "` + strings.Repeat("a", 70<<10) + `"}`, auth, http.StatusRequestEntityTooLarge, "larger"},
		{"GET", url, "", auth, http.StatusMethodNotAllowed, "method"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			method := http.MethodPost
			if tc.name == "GET" {
				method = http.MethodGet
			}
			r := do(t, method, tc.url, strings.NewReader(tc.body), tc.header...)
			wantError(t, r, tc.status, tc.mentions)
			if tc.status == http.StatusUnauthorized && r.header.Get("WWW-Authenticate") == "" {
				t.Errorf("401 without WWW-Authenticate")
			}
		})
	}

	var before struct{ Total int }
	decode(t, get(t, srv.URL+"/api/incidents"), &before)
	var stats store.Stats
	decode(t, get(t, srv.URL+"/api/stats"), &stats)

	t.Run("mark false", func(t *testing.T) {
		r := post(url, reject, auth...)
		var body reviewBody
		decode(t, r, &body)
		if r.status != http.StatusOK || len(body.Incidents) != 1 || body.Incidents[0].Status != record.Rejected {
			t.Fatalf("POST review = %d %s", r.status, r.body)
		}
		h := body.Incidents[0].Review.History
		if len(h) != 1 || h[0].User != "ana" || h[0].Why != "a hoax" || string(h[0].After) != `"rejected"` {
			t.Errorf("history = %+v", h)
		}
		var after struct {
			Total     int
			Incidents []record.Merged
		}
		decode(t, get(t, srv.URL+"/api/incidents"), &after)
		if after.Total != before.Total-1 {
			t.Errorf("total after marking false = %d, want %d", after.Total, before.Total-1)
		}
		for _, inc := range after.Incidents {
			if inc.ID == kandahar {
				t.Errorf("rejected %s still listed", kandahar)
			}
		}
		var now store.Stats
		decode(t, get(t, srv.URL+"/api/stats"), &now)
		if now.Incidents != stats.Incidents-1 || now.ByCountry["AF"] != stats.ByCountry["AF"]-1 {
			t.Errorf("stats after marking false: %d incidents, %d in AF; want %d, %d", now.Incidents, now.ByCountry["AF"], stats.Incidents-1, stats.ByCountry["AF"]-1)
		}
		var rejected struct {
			Total     int
			Incidents []record.Merged
		}
		decode(t, get(t, srv.URL+"/api/incidents?status=rejected"), &rejected)
		if rejected.Total != 1 || len(rejected.Incidents) != 1 || rejected.Incidents[0].ID != kandahar {
			t.Errorf("status=rejected: %+v", rejected)
		}
		decode(t, get(t, srv.URL+"/api/incidents?status=all"), &after)
		if after.Total != before.Total {
			t.Errorf("status=all total = %d, want %d", after.Total, before.Total)
		}
		wantError(t, get(t, srv.URL+"/api/incidents?status=false"), http.StatusBadRequest, "rejected or all")
		// Still reachable by id, and in exports only when asked for.
		var one record.Merged
		decode(t, get(t, srv.URL+"/api/incidents/"+kandahar), &one)
		if one.Status != record.Rejected {
			t.Errorf("GET incident: status %q", one.Status)
		}
		if exp := get(t, srv.URL+"/api/export?format=jsonl"); strings.Contains(string(exp.body), kandahar) {
			t.Errorf("export lists the rejected incident")
		}
		if exp := get(t, srv.URL+"/api/export?format=jsonl&status=rejected"); !strings.Contains(string(exp.body), kandahar) {
			t.Errorf("export with status=rejected lacks it: %s", exp.body)
		}
	})
	t.Run("correct and note", func(t *testing.T) {
		cucuta := idOf(t, st, "Cúcuta")
		u := srv.URL + "/api/incidents/" + cucuta + "/review"
		for _, body := range []string{
			`{"action": "correct", "field": "killed", "value": {"min": 3, "max": 4}, "why": "hospital"}`,
			`{"action": "correct", "field": "perpetrators", "value": [{"name": "ELN", "attribution": "suspected"}]}`,
			`{"action": "note", "note": "ask the stringer"}`,
		} {
			if r := post(u, body, auth...); r.status != http.StatusOK {
				t.Fatalf("POST %s = %d %s", body, r.status, r.body)
			}
		}
		var m record.Merged
		decode(t, get(t, srv.URL+"/api/incidents/"+cucuta), &m)
		if m.Killed == nil || *m.Killed.Min != 3 || *m.Killed.Max != 4 || m.Perpetrators[0].Name != "ELN" || len(m.Review.History) != 3 {
			t.Errorf("corrected incident: killed %+v, perpetrators %+v, history %+v", m.Killed, m.Perpetrators, m.Review)
		}
	})
}

// FuzzReviewAction checks that any body either is an action the store
// accepts or a 400: never a panic, never a 500, and an accepted
// correction's value always applies to a record.
func FuzzReviewAction(f *testing.F) {
	for _, seed := range []string{
		`{"action": "status", "status": "rejected", "why": "x"}`,
		`{"action": "correct", "field": "type", "value": "riot"}`,
		`{"action": "correct", "field": "date", "value": null}`,
		`{"action": "correct", "field": "location", "value": {"place": "Gao", "country_code": "ML", "lat": 16.27, "lon": -0.04}}`,
		`{"action": "correct", "field": "killed", "value": {"min": 1, "by_party": {"civilians": 1}}}`,
		`{"action": "correct", "field": "perpetrators", "value": [{"name": "ELN"}]}`,
		`{"action": "correct", "field": "attribution", "value": "denied"}`,
		`{"action": "merge", "with": "abc"}`, `{"action": "split", "source": "d1"}`, `{"action": "note", "note": "n"}`,
		`{}`, `null`, `[]`, `{"action": "correct", "field": "killed", "value": {"min": 2, "max": 1}}`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		a, err := decodeAction([]byte(raw))
		if err == nil {
			a.Incident, a.User = "i", "u"
			err = a.Validate()
		}
		if err != nil {
			if status, _ := errorStatus(context.Background(), err); status != http.StatusBadRequest {
				t.Fatalf("%q: error %v maps to %d, want 400", raw, err, status)
			}
			return
		}
		if a.Action == store.ActionCorrect {
			field := a.Field
			if field == "attribution" {
				field = "perpetrators[0].attribution"
			}
			m := record.Merged{Incident: record.Incident{Type: record.Bombing, Evidence: []record.Evidence{{Field: field}}}}
			if err := store.Correct(&m, a.Field, a.Value); err != nil {
				t.Fatalf("%q: accepted value does not apply: %v", raw, err)
			}
			if again, err := store.NormalizeValue(a.Field, store.FieldValue(&m, a.Field)); a.Field != "attribution" && (err != nil || string(again) != string(a.Value)) {
				t.Fatalf("%q: value %s reads back as %s (%v)", raw, a.Value, again, err)
			}
			if len(m.Evidence) != 0 {
				t.Fatalf("%q: evidence of the corrected field kept", raw)
			}
			if _, err := json.Marshal(m); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// TestReviewWakesChangeStreams checks that a curation action, which writes
// the change log, wakes this server's event streams as a POST of
// documents does, rather than leaving them to their next poll.
func TestReviewWakesChangeStreams(t *testing.T) {
	st := testStore(t)
	s := New(st, Options{Token: testToken})
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	woken := s.changed.wait()
	r := do(t, http.MethodPost, srv.URL+"/api/incidents/"+idOf(t, st, "Kandahar")+"/review",
		strings.NewReader(`{"action": "status", "status": "rejected", "why": "a hoax"}`),
		"Authorization", "Bearer "+testToken, UserHeader, "ana")
	if r.status != http.StatusOK {
		t.Fatalf("POST review = %d %s", r.status, r.body)
	}
	select {
	case <-woken:
	default:
		t.Errorf("a review left the change streams asleep")
	}
}
