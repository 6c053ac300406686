package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/alert"
	"github.com/sitrep/sitrep/internal/store"
)

const sahelWatch = `{"name":"Sahel bombs","url":"https://hooks.example/sitrep","countries":["Mali","BF"],"types":["bombing"],"min_killed":2}`

// TestWatchesToken checks who may list, add and remove watches: nobody on
// a server without a token, and only a client sending it on one with (401
// without a token, 403 with a wrong one, as for every writing endpoint).
func TestWatchesToken(t *testing.T) {
	open, _ := newTestServer(t, Options{})
	guarded, _ := newTestServer(t, Options{Token: testToken})
	tests := []struct {
		name          string
		srv           *httptest.Server
		method, path  string
		body          string
		authorization string
		status        int
		mentions      string
	}{
		{"list without a server token", open, "GET", "/api/watches", "", "Bearer " + testToken, 403, "--token"},
		{"add without a server token", open, "POST", "/api/watches", sahelWatch, "Bearer " + testToken, 403, "--token"},
		{"remove without a server token", open, "DELETE", "/api/watches/1", "", "Bearer " + testToken, 403, "--token"},
		{"list without a token", guarded, "GET", "/api/watches", "", "", 401, "missing bearer token"},
		{"list with a wrong token", guarded, "GET", "/api/watches", "", "Bearer nope", 403, "wrong bearer token"},
		{"add with a wrong scheme", guarded, "POST", "/api/watches", sahelWatch, "Basic " + testToken, 401, "missing bearer token"},
		{"remove with a wrong token", guarded, "DELETE", "/api/watches/1", "", "Bearer " + testToken + "x", 403, "wrong bearer token"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, tt.method, tt.srv.URL+tt.path, strings.NewReader(tt.body), "Authorization", tt.authorization)
			wantError(t, r, tt.status, tt.mentions)
		})
	}
	// Posting documents stays off on a server given a token but no
	// extractor.
	r := do(t, "POST", guarded.URL+"/api/documents", strings.NewReader("x"), "Authorization", "Bearer "+testToken)
	wantError(t, r, 403, "posting documents is disabled")
}

func TestWatchesAPI(t *testing.T) {
	srv, st := newTestServer(t, Options{Token: testToken})
	auth := []string{"Authorization", "Bearer " + testToken, "Content-Type", "application/json"}

	r := do(t, "POST", srv.URL+"/api/watches", strings.NewReader(sahelWatch), auth...)
	var added watchBody
	decode(t, r, &added)
	if r.status != http.StatusCreated || added.ID == 0 || len(added.Secret) != 64 ||
		strings.Join(added.Countries, ",") != "ML,BF" || r.header.Get("Location") != "/api/watches/"+strconv.FormatInt(added.ID, 10) {
		t.Fatalf("POST = %d %s; want 201 with an id, a made secret and countries as codes", r.status, r.body)
	}
	// A second watch, with its own secret and a polygon around Cúcuta.
	r = do(t, "POST", srv.URL+"/api/watches", strings.NewReader(`{"name":"Cucuta","url":"http://127.0.0.1:9/h","secret":"my-own-secret-0123",
		"geometry":{"type":"Polygon","coordinates":[[[-73,7.5],[-72,7.5],[-72,8.3],[-73,8.3],[-73,7.5]]]}}`), auth...)
	var second watchBody
	decode(t, r, &second)
	if r.status != http.StatusCreated || second.Secret != "my-own-secret-0123" {
		t.Fatalf("POST with a secret = %d %s", r.status, r.body)
	}
	// A delivery for it, to show among its recent matches.
	cucuta, err := st.Incident(context.Background(), idOf(t, st, "Cúcuta"))
	if err != nil {
		t.Fatal(err)
	}
	rec := mustJSON(t, cucuta)
	if _, err := st.Queue(context.Background(), 1, []store.Delivery{{Watch: second.ID, Seq: 1, Incident: cucuta.ID, Event: "match",
		Kind: store.ChangeCreated, Revision: 1, Record: rec, ChangedAt: time.Now(), NextAt: time.Now().Add(time.Hour)}}); err != nil {
		t.Fatal(err)
	}

	r = do(t, "GET", srv.URL+"/api/watches", nil, auth...)
	var list struct{ Watches []watchBody }
	decode(t, r, &list)
	if r.status != 200 || len(list.Watches) != 2 {
		t.Fatalf("GET = %d %s; want the two watches", r.status, r.body)
	}
	for _, secret := range []string{added.Secret, second.Secret} {
		if strings.Contains(string(r.body), secret) {
			t.Errorf("GET shows the secret %q: %s", secret, r.body)
		}
	}
	got := list.Watches[1].Recent
	if len(got) != 1 || got[0].Incident != cucuta.ID || got[0].Status != store.DeliveryPending || got[0].Place != "Cúcuta" ||
		got[0].Type != "bombing" || got[0].Killed == nil || got[0].NextAt == "" {
		t.Errorf("recent matches of watch %d = %+v; want the pending Cúcuta bombing", second.ID, got)
	}
	if list.Watches[1].Geometry == nil {
		t.Errorf("GET lost the geometry of watch %d", second.ID)
	}

	tests := []struct {
		name, method, path, body, contentType string
		status                                int
		mentions                              string
	}{
		{"invalid definition", "POST", "/api/watches", `{"name":"x","url":"http://x/","countries":["Narnia"]}`, "application/json", 400, `country "Narnia"`},
		{"not JSON", "POST", "/api/watches", `name=x`, "application/json", 400, "not JSON"},
		{"form body", "POST", "/api/watches", `name=x`, "application/x-www-form-urlencoded", 415, "application/json"},
		{"remove a bad id", "DELETE", "/api/watches/abc", "", "", 400, "positive whole number"},
		{"remove an unknown id", "DELETE", "/api/watches/999", "", "", 404, "no watch with id 999"},
		{"PUT", "PUT", "/api/watches", "", "", 405, "not allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, tt.method, srv.URL+tt.path, strings.NewReader(tt.body), "Authorization", "Bearer "+testToken, "Content-Type", tt.contentType)
			wantError(t, r, tt.status, tt.mentions)
		})
	}

	r = do(t, "DELETE", srv.URL+"/api/watches/"+strconv.FormatInt(added.ID, 10), nil, auth...)
	if r.status != http.StatusNoContent {
		t.Fatalf("DELETE = %d %s, want 204", r.status, r.body)
	}
	r = do(t, "GET", srv.URL+"/api/watches", nil, auth...)
	decode(t, r, &list)
	if len(list.Watches) != 1 || list.Watches[0].ID != second.ID {
		t.Errorf("after DELETE, GET = %s", r.body)
	}
}

// FuzzPostWatch posts arbitrary bodies: the answer is 201 or a 4xx,
// never a 500, and a watch's secret never shows in GET.
func FuzzPostWatch(f *testing.F) {
	for _, s := range []string{sahelWatch, `{}`, `[]`, `{"name":"a","url":"http://x/","near":{"lat":1,"lon":1,"km":1}}`,
		`{"name":"a","url":"http://x/","secret":"0123456789abcdef0","actors":["HSM"],"admin1":["Borno"]}`,
		`{"name":"a","url":"http://x/","geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]]]}}`} {
		f.Add(s)
	}
	st := testStore(f)
	h := New(st, Options{Token: testToken})
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest("POST", "/api/watches", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+testToken)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusCreated:
			if _, _, err := alert.ParseDefinition([]byte(body)); err != nil {
				t.Fatalf("201 for a definition ParseDefinition refuses: %v", err)
			}
			req := httptest.NewRequest("GET", "/api/watches", nil)
			req.Header.Set("Authorization", "Bearer "+testToken)
			list := httptest.NewRecorder()
			h.ServeHTTP(list, req)
			if list.Code != 200 || strings.Contains(list.Body.String(), `"secret"`) {
				t.Fatalf("GET after adding = %d, or shows the secret: %s", list.Code, list.Body)
			}
		case http.StatusBadRequest, http.StatusRequestEntityTooLarge:
		default:
			t.Fatalf("POST %q = %d %s", body, rec.Code, rec.Body)
		}
	})
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
