package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

const testToken = "s3cret-token"

// newTestServer serves a store holding the fixture over real HTTP, with
// posting enabled by testToken and the real extractor.
func newTestServer(t *testing.T, o Options) (*httptest.Server, store.Store) {
	t.Helper()
	st := testStore(t)
	srv := httptest.NewServer(New(st, o))
	t.Cleanup(srv.Close)
	return srv, st
}

// bombExtract stands in for the extractor in API tests, so that they do not
// change with its rules: any text that says "bomb" reports one bombing,
// with the word as evidence.
func bombExtract(_ context.Context, d *doc.Document) (record.Result, error) {
	res := record.Result{Doc: record.Doc{ID: d.ID, Date: d.Date, Title: d.Title}, Incidents: []record.Incident{}}
	if i := strings.Index(d.Text, "bomb"); i >= 0 {
		res.Incidents = append(res.Incidents, record.Incident{ID: d.ID + "-1", Type: record.Bombing, Date: d.Date,
			Evidence: []record.Evidence{{Field: "type", Start: i, End: i + 4, Text: "bomb"}}})
	}
	return res, nil
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func do(t *testing.T, method, url string, body io.Reader, header ...string) response {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{res.StatusCode, res.Header, b}
}

func get(t *testing.T, url string) response { t.Helper(); return do(t, http.MethodGet, url, nil) }

// decode parses a JSON body into v, failing on anything else.
func decode(t *testing.T, r response, v any) {
	t.Helper()
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type = %q, want JSON; body %s", ct, r.body)
	}
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("body is not the JSON expected: %v\n%s", err, r.body)
	}
}

// wantError checks an error response: its status, that it is JSON, and
// that the message mentions what the client got wrong.
func wantError(t *testing.T, r response, status int, mentions string) {
	t.Helper()
	var e errorBody
	decode(t, r, &e)
	if r.status != status || e.Status != status {
		t.Errorf("status = %d (body says %d), want %d; body %s", r.status, e.Status, status, r.body)
	}
	if !strings.Contains(e.Error, mentions) {
		t.Errorf("error %q does not mention %q", e.Error, mentions)
	}
}

func ids(incs []record.Merged) []string {
	out := []string{}
	for _, inc := range incs {
		out = append(out, inc.ID)
	}
	return out
}

// places names incidents by where they happened: the store, not the
// fixture, chooses their ids.
func places(incs []record.Merged) []string {
	out := []string{}
	for _, inc := range incs {
		out = append(out, inc.Location.Place)
	}
	return out
}

func TestIncidentsFilters(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	for _, tc := range []struct {
		name, query string
		want        []string // places, newest first
	}{
		{"all", "", []string{"Sanaa", "Beni", "Mogadishu", "Cúcuta", "Kandahar"}},
		{"since", "since=2024-03-15", []string{"Sanaa", "Beni", "Mogadishu"}},
		{"until", "until=2024-03-10", []string{"Cúcuta", "Kandahar"}},
		{"one day", "since=2024-03-10&until=2024-03-10", []string{"Cúcuta"}},
		{"country", "country=SO", []string{"Mogadishu"}},
		{"country in lower case", "country=co", []string{"Cúcuta"}},
		{"countries", "country=CO,AF", []string{"Cúcuta", "Kandahar"}},
		{"country names as the CLI takes them", "country=somalia,SOM", []string{"Mogadishu"}},
		{"text as the CLI names q", "text=mogadishu", []string{"Mogadishu"}},
		{"type", "type=kidnapping", []string{"Beni"}},
		{"types", "type=kidnapping,remote_violence", []string{"Sanaa", "Beni"}},
		{"actor, any case", "actor=SHABAAB", []string{"Mogadishu"}},
		{"near", "near=2.0,45.3,50", []string{"Mogadishu"}},
		{"near with spaces", "near=31.6,+65.7,+20", []string{"Kandahar"}},
		{"full text", "q=wedding", []string{"Sanaa"}},
		{"combined", "since=2024-03-01&type=armed_assault&actor=taliban&country=AF", []string{"Kandahar"}},
		{"nothing", "country=FR", []string{}},
		{"limit", "limit=2", []string{"Sanaa", "Beni"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := get(t, srv.URL+"/api/incidents?"+tc.query)
			if r.status != http.StatusOK {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			var page struct {
				Incidents []record.Merged `json:"incidents"`
				Total     *int            `json:"total"`
				Next      *string         `json:"next"`
			}
			decode(t, r, &page)
			if got := places(page.Incidents); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			if page.Incidents == nil {
				t.Errorf(`"incidents" is null, want []`)
			}
			if tc.query != "limit=2" && (page.Total == nil || *page.Total != len(tc.want) || page.Next != nil) {
				t.Errorf("total %v next %v, want total %d and no next page", page.Total, page.Next, len(tc.want))
			}
		})
	}
}

func TestIncidentsBadRequests(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	for _, tc := range []struct {
		name, query, mentions string
	}{
		{"limit zero", "limit=0", "limit"},
		{"limit too big", "limit=1001", "limit"},
		{"limit not a number", "limit=ten", "limit"},
		{"bad date", "since=2024-13-01", "since"},
		{"not a date", "until=yesterday", "until"},
		{"since after until", "since=2024-03-10&until=2024-03-01", "after"},
		{"unknown country", "country=Narnia", "country"},
		{"q and text", "q=a&text=b", "not both"},
		{"unknown type", "type=massacre", "type"},
		{"near two numbers", "near=1,2", "near"},
		{"near off the globe", "near=91,0,5", "near"},
		{"near negative radius", "near=0,0,-5", "near"},
		{"misspelt filter", "contry=PK", `"contry"`},
		{"filter twice", "type=riot&type=arson", `"type"`},
		{"bad cursor", "cursor=not-a-cursor", "cursor"},
		{"huge cursor", "cursor=" + strings.Repeat("x", 600), "cursor"},
		{"huge text", "q=" + strings.Repeat("a", 300), "q is"},
		{"bad escape", "q=%zz", "query"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantError(t, get(t, srv.URL+"/api/incidents?"+tc.query), http.StatusBadRequest, tc.mentions)
		})
	}
}

// TestPagination walks the pages with the cursor and gets every incident
// exactly once, in the order of one big page.
func TestPagination(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	var all struct{ Incidents []record.Merged }
	decode(t, get(t, srv.URL+"/api/incidents"), &all)
	for _, limit := range []string{"1", "2", "4", "5"} {
		t.Run("limit="+limit, func(t *testing.T) {
			var got []string
			url := srv.URL + "/api/incidents?limit=" + limit
			for pages := 0; ; pages++ {
				if pages > 10 {
					t.Fatal("the cursor never ends")
				}
				var page struct {
					Incidents []record.Merged
					Total     int
					Next      *string
				}
				decode(t, get(t, url), &page)
				if page.Total != len(all.Incidents) {
					t.Errorf("page %d: total %d, want %d", pages, page.Total, len(all.Incidents))
				}
				got = append(got, ids(page.Incidents)...)
				if page.Next == nil {
					break
				}
				url = srv.URL + "/api/incidents?limit=" + limit + "&cursor=" + *page.Next
			}
			if want := ids(all.Incidents); !slices.Equal(got, want) {
				t.Errorf("pages gave %v, want %v", got, want)
			}
		})
	}
}

func TestIncident(t *testing.T) {
	srv, st := newTestServer(t, Options{})
	var inc record.Merged
	decode(t, get(t, srv.URL+"/api/incidents/"+idOf(t, st, "Mogadishu")), &inc)
	if inc.Type != record.SuicideBombing || len(inc.Sources) != 2 {
		t.Fatalf("got type %q with %d sources, want suicide_bombing with 2", inc.Type, len(inc.Sources))
	}
	docs := map[string]bool{}
	for _, ev := range inc.Evidence {
		docs[ev.Doc] = true
	}
	if !docs["mogadishu-restaurant"] || !docs["mogadishu-toll-rises"] {
		t.Errorf("evidence cites documents %v, want both reports", docs)
	}
	wantError(t, get(t, srv.URL+"/api/incidents/no-such-incident"), http.StatusNotFound, `"no-such-incident"`)
}

func TestDocument(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	var d store.Document
	decode(t, get(t, srv.URL+"/api/documents/kandahar-checkpoint"), &d)
	if d.Text != xssText || d.Title == "" || d.Date != "2024-03-06" || d.URL == "" {
		t.Errorf("document = %+v, want the stored article", d)
	}
	wantError(t, get(t, srv.URL+"/api/documents/nope"), http.StatusNotFound, `"nope"`)
}

func TestStats(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	var st struct {
		Documents, Incidents int
		ByCountry            map[string]int            `json:"by_country"`
		ByType               map[string]int            `json:"by_type"`
		ByDay                map[string]int            `json:"by_day"`
		ByDayType            map[string]map[string]int `json:"by_day_type"`
	}
	decode(t, get(t, srv.URL+"/api/stats?since=2024-03-10"), &st)
	if st.Incidents != 4 || st.ByCountry["SO"] != 1 || st.ByType["bombing"] != 1 || st.ByDay["2024-03-20"] != 1 {
		t.Errorf("stats = %+v", st)
	}
	if st.ByDayType["kidnapping"]["2024-03-20"] != 1 || st.ByDayType["bombing"]["2024-03-10"] != 1 || len(st.ByDayType) != 4 {
		t.Errorf("by_day_type = %v", st.ByDayType)
	}
	wantError(t, get(t, srv.URL+"/api/stats?limit=5"), http.StatusBadRequest, `"limit"`)

	// By month: the same counts in months, and no days.
	var month struct {
		Incidents   int
		ByDay       map[string]int            `json:"by_day"`
		ByMonth     map[string]int            `json:"by_month"`
		ByMonthType map[string]map[string]int `json:"by_month_type"`
	}
	decode(t, get(t, srv.URL+"/api/stats?since=2024-03-10&period=month"), &month)
	if month.Incidents != 4 || month.ByDay != nil || month.ByMonth["2024-03"] != 4 || month.ByMonthType["kidnapping"]["2024-03"] != 1 {
		t.Errorf("stats by month = %+v", month)
	}
	wantError(t, get(t, srv.URL+"/api/stats?period=week"), http.StatusBadRequest, `"week"`)
}

func TestPostDocuments(t *testing.T) {
	article := `{"id": "posted-1", "date": "2024-04-02", "title": "Bomb kills four in Quetta", "text": "A bomb exploded at a market in Quetta on Monday, killing four people, police said."}`
	auth := []string{"Authorization", "Bearer " + testToken}

	t.Run("disabled without a token", func(t *testing.T) {
		srv, _ := newTestServer(t, Options{Extract: bombExtract})
		wantError(t, do(t, http.MethodPost, srv.URL+"/api/documents", strings.NewReader(article), auth...), http.StatusForbidden, "disabled")
	})

	srv, st := newTestServer(t, Options{Token: testToken, Extract: bombExtract, MaxBody: 4 << 10})
	post := func(body string, header ...string) response {
		return do(t, http.MethodPost, srv.URL+"/api/documents", strings.NewReader(body), header...)
	}
	for _, tc := range []struct {
		name     string
		body     string
		header   []string
		status   int
		mentions string
	}{
		{"no token", article, nil, http.StatusUnauthorized, "bearer"},
		{"wrong token", article, []string{"Authorization", "Bearer guess"}, http.StatusForbidden, "wrong"},
		{"basic auth", article, []string{"Authorization", "Basic " + testToken}, http.StatusUnauthorized, "bearer"},
		{"empty", "", auth, http.StatusBadRequest, "no document"},
		{"bad JSON on line 2", article + "\n{\"text\": \n", auth, http.StatusBadRequest, "line 2"},
		{"no text", `{"id": "x", "date": "2024-04-02"}`, auth, http.StatusBadRequest, "text"},
		{"bad date", `{"id": "x", "date": "2024-02-30", "text": "t"}`, auth, http.StatusBadRequest, "line 1"},
		{"too large", `{"text": "` + strings.Repeat("a", 5<<10) + `"}`, auth, http.StatusRequestEntityTooLarge, "larger than 4096 bytes"},
		{"JSON array", "[" + article + "]", auth, http.StatusBadRequest, "JSON array"},
		{"JSON null", "null", auth, http.StatusBadRequest, "JSON null"},
		{"JSON string", `"Bomb kills four in Quetta"`, auth, http.StatusBadRequest, "JSON string"},
		{"JSON number", "42", auth, http.StatusBadRequest, "JSON number"},
		{"form", "id=x&text=bomb", append([]string{"Content-Type", "application/x-www-form-urlencoded"}, auth...), http.StatusBadRequest, "Content-Type application/x-www-form-urlencoded"},
		{"multipart", "--b\r\n\r\nbomb\r\n--b--", append([]string{"Content-Type", "multipart/form-data; boundary=b"}, auth...), http.StatusBadRequest, "multipart/form-data"},
		{"bad Content-Type", article, append([]string{"Content-Type", "application/json; ="}, auth...), http.StatusBadRequest, "Content-Type"},
		{"JSON type, text line", article + "\nnot json\n", append([]string{"Content-Type", "application/json"}, auth...), http.StatusBadRequest, "line 2 is not a JSON object"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := post(tc.body, tc.header...)
			wantError(t, r, tc.status, tc.mentions)
			if tc.status == http.StatusUnauthorized && r.header.Get("WWW-Authenticate") == "" {
				t.Errorf("401 without WWW-Authenticate")
			}
		})
	}

	t.Run("ingests", func(t *testing.T) {
		var before struct{ Total int }
		decode(t, get(t, srv.URL+"/api/incidents?q=Quetta"), &before)
		if before.Total != 0 {
			t.Fatalf("%d incidents mention Quetta before posting", before.Total)
		}
		var got ingestBody
		r := post(article+"\n"+`{"date": "2024-04-03", "title": "Second", "text": "Gunmen attacked a bus."}`+"\n", auth...)
		decode(t, r, &got)
		if r.status != http.StatusOK || got.Documents != 2 || len(got.Results) != 2 || got.Results[0].Doc.ID != "posted-1" {
			t.Fatalf("status %d, %+v", r.status, got)
		}
		if id := got.Results[1].Doc.ID; !strings.HasPrefix(id, "post-") {
			t.Errorf("a document without id got id %q, want one derived from its content", id)
		}
		if n := len(got.Results[0].Incidents); n != 1 || got.Incidents != 1 {
			t.Errorf("%d incidents in the result, %d counted, want the 1 found", n, got.Incidents)
		}
		if got.Results[1].Incidents == nil {
			t.Errorf(`"incidents" of a result is null, want a list`)
		}
		if _, err := st.Document(context.Background(), "posted-1"); err != nil {
			t.Errorf("posted document not stored: %v", err)
		}
		// The API answers with the new document at once, whatever it
		// answered before.
		var page struct{ Total int }
		decode(t, get(t, srv.URL+"/api/stats?q=Quetta"), &page)
		decode(t, get(t, srv.URL+"/api/incidents?q=Quetta"), &page)
		if page.Total != 1 {
			t.Errorf("after posting, %d incidents mention Quetta, want 1", page.Total)
		}
		// Posting again changes nothing.
		decode(t, post(article, auth...), &got)
		if got.Documents != 0 || got.Skipped != 1 {
			t.Errorf("second post: %d stored, %d skipped, want the document skipped", got.Documents, got.Skipped)
		}
		// A corrected article under a stored id is a new revision: the
		// document shows it and keeps the first version in its history.
		got = ingestBody{}
		decode(t, post(`{"id": "posted-1", "date": "2024-04-02", "title": "Bomb kills five in Quetta", "text": "A bomb exploded at a market in Quetta on Monday, killing five people, police said."}`, auth...), &got)
		if got.Documents != 1 || !slices.Equal(got.Revised, []string{"posted-1"}) {
			t.Errorf("post under a stored id: %d stored, revised %q", got.Documents, got.Revised)
		}
		var d store.Document
		decode(t, get(t, srv.URL+"/api/documents/posted-1"), &d)
		if d.Revision != 2 || !strings.Contains(d.Text, "five") || len(d.History) != 1 || d.History[0].Revision != 1 ||
			!strings.Contains(d.History[0].Text, "four") || len(d.History[0].Incidents) != 1 {
			t.Errorf("GET /api/documents/posted-1 after a correction = %+v", d)
		}
		var quetta struct{ Incidents []record.Merged }
		decode(t, get(t, srv.URL+"/api/incidents?q=Quetta"), &quetta)
		if len(quetta.Incidents) != 1 || len(quetta.Incidents[0].Sources) != 1 || quetta.Incidents[0].Sources[0].Revision != 2 {
			t.Errorf("incidents after a correction = %+v, want one citing revision 2", quetta.Incidents)
		}
	})

	t.Run("one pretty-printed document", func(t *testing.T) {
		var got ingestBody
		r := post("{\n  \"id\": \"pretty\",\n  \"date\": \"2024-04-05\",\n  \"text\": \"Line one.\\nLine two.\"\n}\n", auth...)
		decode(t, r, &got)
		if r.status != http.StatusOK || len(got.Results) != 1 || got.Results[0].Doc.ID != "pretty" {
			t.Errorf("status %d, %s", r.status, r.body)
		}
	})
}

func TestRoutes(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	for _, tc := range []struct {
		name, method, path string
		status             int
		allow              string
	}{
		{"delete incidents", http.MethodDelete, "/api/incidents", http.StatusMethodNotAllowed, "GET"},
		{"post stats", http.MethodPost, "/api/stats", http.StatusMethodNotAllowed, "GET"},
		{"put documents", http.MethodPut, "/api/documents", http.StatusMethodNotAllowed, "POST"},
		{"unknown endpoint", http.MethodGet, "/api/nope", http.StatusNotFound, ""},
		{"unknown file", http.MethodGet, "/nope.js", http.StatusNotFound, ""},
		{"unknown vendor file", http.MethodGet, "/vendor/nope.js", http.StatusNotFound, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := do(t, tc.method, srv.URL+tc.path, nil)
			wantError(t, r, tc.status, "")
			if got := strings.Join(r.header.Values("Allow"), ","); got != tc.allow {
				t.Errorf("Allow = %q, want %q", got, tc.allow)
			}
		})
	}
}

func TestHealthz(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	var h struct{ Status string }
	decode(t, get(t, srv.URL+"/healthz"), &h)
	if h.Status != "ok" {
		t.Errorf("status %q", h.Status)
	}
}

// metricLine is one sample of the Prometheus text format.
var metricLine = regexp.MustCompile(`^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*"(,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*")*\})? [-+0-9.eE]+|[-+]Inf|NaN$`)

func TestMetrics(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	for range 3 {
		get(t, srv.URL+"/api/incidents")
	}
	get(t, srv.URL+"/api/incidents/no-such-id")
	get(t, srv.URL+"/api/incidents?limit=0")
	get(t, srv.URL+"/no/such/path")
	r := get(t, srv.URL+"/metrics")
	if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Fatalf("status %d, Content-Type %q", r.status, r.header.Get("Content-Type"))
	}
	body := string(r.body)
	for _, line := range strings.Split(strings.TrimSpace(body), "\n") {
		if !strings.HasPrefix(line, "# ") && !metricLine.MatchString(line) {
			t.Errorf("not a sample in the text format: %q", line)
		}
	}
	for _, want := range []string{
		`sitrep_http_requests_total{route="GET /api/incidents",status="200"} 3`,
		`sitrep_http_requests_total{route="GET /api/incidents",status="400"} 1`,
		`sitrep_http_requests_total{route="GET /api/incidents/{id}",status="404"} 1`,
		`sitrep_http_requests_total{route="other",status="404"} 1`,
		`sitrep_http_request_duration_seconds_bucket{route="GET /api/incidents",le="+Inf"} 4`,
		`sitrep_http_request_duration_seconds_count{route="GET /api/incidents"} 4`,
		"sitrep_documents 6\n",
		"sitrep_incidents 5\n",
		"# TYPE sitrep_http_request_duration_seconds histogram",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
}

func TestStatic(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	r := get(t, srv.URL+"/")
	if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "text/html") || !bytes.Contains(r.body, []byte("<title>")) {
		t.Fatalf("GET / = %d %q", r.status, r.header.Get("Content-Type"))
	}
	if csp := r.header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP = %q", csp)
	}
	// The world map goes compressed to browsers that take gzip, and is
	// not sent again while unchanged.
	const atlas = "/vendor/world-atlas/countries-50m.json"
	r = do(t, http.MethodGet, srv.URL+atlas, nil, "Accept-Encoding", "gzip")
	if r.header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding = %q", r.header.Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(bytes.NewReader(r.body))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	if err != nil || !json.Valid(plain) {
		t.Fatalf("gzipped atlas does not decompress to JSON: %v", err)
	}
	if r2 := do(t, http.MethodGet, srv.URL+atlas, nil, "If-None-Match", r.header.Get("ETag")); r2.status != http.StatusNotModified {
		t.Errorf("revalidation: status %d, want 304", r2.status)
	}
	for _, p := range []string{"/app.js", "/watches.js", "/app.css", "/favicon.svg", "/vendor/leaflet/leaflet.js", "/vendor/topojson-client/topojson-client.min.js"} {
		if r := get(t, srv.URL+p); r.status != http.StatusOK || len(r.body) == 0 {
			t.Errorf("GET %s = %d", p, r.status)
		}
	}
}

// brokenStore fails every call, as a store whose disk went away would.
type brokenStore struct{ store.Store }

var errDisk = errors.New("disk I/O error at /var/lib/sitrep.db")

func (brokenStore) Incidents(context.Context, store.Filter) (store.Page, error) {
	return store.Page{}, errDisk
}

func (brokenStore) IncidentsJSON(context.Context, store.Filter) (store.Page, error) {
	return store.Page{}, errDisk
}

func TestInternalErrorsDoNotLeak(t *testing.T) {
	srv := httptest.NewServer(New(brokenStore{}, Options{}))
	t.Cleanup(srv.Close)
	r := get(t, srv.URL+"/api/incidents")
	wantError(t, r, http.StatusInternalServerError, "internal server error")
	if bytes.Contains(r.body, []byte("/var/lib")) {
		t.Errorf("the error leaks internals: %s", r.body)
	}
}

// TestServeShutdown cancels the server's context while a request is in
// flight: the request completes and Serve returns nil.
func TestServeShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	st := &slowStore{Store: testStore(t), entered: make(chan struct{}), release: make(chan struct{})}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- New(st, Options{}).Serve(ctx, ln) }()

	got := make(chan int, 1)
	go func() {
		res, err := http.Get("http://" + ln.Addr().String() + "/api/incidents")
		if err != nil {
			got <- 0
			return
		}
		res.Body.Close()
		got <- res.StatusCode
	}()
	<-st.entered
	cancel()
	select {
	case err := <-done:
		t.Fatalf("Serve returned %v with a request in flight", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(st.release)
	if status := <-got; status != http.StatusOK {
		t.Errorf("in-flight request: status %d, want 200", status)
	}
	if err := <-done; err != nil {
		t.Errorf("Serve: %v", err)
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/healthz"); err == nil {
		t.Errorf("the server still answers after shutdown")
	}
}

// slowStore holds IncidentsJSON, the listing's, until released, to catch
// a request in flight.
type slowStore struct {
	store.Store
	entered, release chan struct{}
}

func (s *slowStore) IncidentsJSON(ctx context.Context, f store.Filter) (store.Page, error) {
	close(s.entered)
	<-s.release
	return s.Store.IncidentsJSON(ctx, f)
}

func TestExport(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	t.Run("csv", func(t *testing.T) {
		r := get(t, srv.URL+"/api/export?format=csv&since=2024-03-15")
		if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "text/csv") {
			t.Fatalf("status %d, Content-Type %q: %s", r.status, r.header.Get("Content-Type"), r.body)
		}
		if cd := r.header.Get("Content-Disposition"); !strings.Contains(cd, "attachment") {
			t.Errorf("Content-Disposition = %q", cd)
		}
		lines := strings.Split(strings.TrimSpace(string(r.body)), "\n")
		if len(lines) != 4 || !strings.HasPrefix(lines[0], "event_id,") {
			t.Errorf("CSV has %d lines, want a header and 3 rows:\n%s", len(lines), r.body)
		}
	})
	t.Run("geojson", func(t *testing.T) {
		var fc struct {
			Type     string
			Features []struct {
				Geometry struct{ Coordinates []float64 }
			}
		}
		r := get(t, srv.URL+"/api/export?format=geojson&country=SO")
		if err := json.Unmarshal(r.body, &fc); err != nil || fc.Type != "FeatureCollection" || len(fc.Features) != 1 {
			t.Fatalf("GeoJSON = %s (%v)", r.body, err)
		}
		if c := fc.Features[0].Geometry.Coordinates; len(c) != 2 || c[0] != 45.3438 {
			t.Errorf("coordinates %v, want longitude first", c)
		}
	})
	t.Run("bad format", func(t *testing.T) {
		wantError(t, get(t, srv.URL+"/api/export?format=xlsx"), http.StatusBadRequest, "format")
	})
	t.Run("bad filter", func(t *testing.T) {
		wantError(t, get(t, srv.URL+"/api/export?format=csv&limit=5"), http.StatusBadRequest, `"limit"`)
	})
}

// TestExportPages exports more incidents than one page of the store holds.
func TestExportPages(t *testing.T) {
	srv, st := newTestServer(t, Options{})
	if _, err := st.Ingest(context.Background(), synthetic(MaxLimit+200)); err != nil {
		t.Fatal(err)
	}
	var page struct{ Total int }
	decode(t, get(t, srv.URL+"/api/incidents?limit=1"), &page)
	r := get(t, srv.URL+"/api/export?format=jsonl")
	seen := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(r.body)), "\n") {
		var m record.Merged
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		if seen[m.ID] {
			t.Fatalf("incident %s exported twice", m.ID)
		}
		seen[m.ID] = true
	}
	if len(seen) != page.Total || page.Total <= MaxLimit {
		t.Errorf("exported %d incidents, the store holds %d (want more than a page of %d)", len(seen), page.Total, MaxLimit)
	}
}

// TestHostCheck: a server on a loopback address answers only requests
// that name it by a loopback name and its port (DNS rebinding).
func TestHostCheck(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- New(testStore(t), Options{}).Serve(ctx, ln) }()
	t.Cleanup(func() { cancel(); <-done })
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	url := "http://" + ln.Addr().String() + "/healthz"
	for _, tc := range []struct {
		name, host string
		status     int
	}{
		{"address", "127.0.0.1:" + port, http.StatusOK},
		{"localhost", "localhost:" + port, http.StatusOK},
		{"localhost in capitals", "LocalHost:" + port, http.StatusOK},
		{"ipv6 loopback", "[::1]:" + port, http.StatusOK},
		{"rebound name", "attacker.example:" + port, http.StatusForbidden},
		{"rebound name without port", "attacker.example", http.StatusForbidden},
		{"other port", "localhost:1", http.StatusForbidden},
		{"no port", "localhost", http.StatusForbidden},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(http.MethodGet, url, nil)
			if err != nil {
				t.Fatal(err)
			}
			req.Host = tc.host
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			r := response{res.StatusCode, res.Header, body}
			if tc.status == http.StatusOK {
				if r.status != http.StatusOK {
					t.Errorf("status %d, want 200: %s", r.status, r.body)
				}
				return
			}
			wantError(t, r, tc.status, "is not this server")
		})
	}
}

// incidentsBody is the answer of GET /api/incidents as encoding/json
// writes it of the decoded page: what incidentsJSON must write.
type incidentsBody struct {
	Incidents []record.Merged `json:"incidents"`
	Total     int             `json:"total"`
	Next      *string         `json:"next"`
}

// TestIncidentsJSON: the listing, written from the records as stored, is
// byte for byte what encoding/json makes of the decoded page, for pages
// of every kind: filtered, paged, empty, the walk of a circle, an actor's,
// and with the rejected incidents, which the store encodes again.
func TestIncidentsJSON(t *testing.T) {
	st := testStore(t)
	ctx := context.Background()
	first, err := st.Incidents(ctx, store.Filter{Limit: 1})
	if err != nil || len(first.Incidents) != 1 {
		t.Fatalf("first incident: %v", err)
	}
	if _, err := st.Review(ctx, store.Action{Incident: first.Incidents[0].ID, Action: "status", Status: store.StatusRejected, User: "test"}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		f    store.Filter
	}{
		{"all", store.Filter{}},
		{"first page", store.Filter{Limit: 2}},
		{"country", store.Filter{Country: "CO"}},
		{"since", store.Filter{Since: "2024-03-10", Limit: 50}},
		{"before all", store.Filter{Since: "1900-01-01", Limit: 50}},
		{"near", store.Filter{Near: &store.Near{Lat: 31.6, Lon: 65.7, KM: 2000}, Limit: 1}},
		{"actor", store.Filter{Actor: "al-Shabaab"}},
		{"text", store.Filter{Text: "bomb"}},
		{"none", store.Filter{Country: "FR"}},
		{"rejected", store.Filter{Status: store.StatusRejected}},
		{"all statuses", store.Filter{Status: store.StatusAll, Limit: 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for f, pages := tc.f, 0; pages < 10; pages++ {
				page, err := st.Incidents(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				body := incidentsBody{Incidents: page.Incidents, Total: page.Total}
				if page.Next != "" {
					body.Next = &page.Next
				}
				want, err := json.Marshal(body)
				if err != nil {
					t.Fatal(err)
				}
				raw, err := st.IncidentsJSON(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				got, err := incidentsJSON(raw)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Fatalf("page %d:\ngot  %s\nwant %s", pages, got, want)
				}
				if pages == 0 && (len(page.Incidents) == 0) != (tc.name == "none") {
					t.Fatalf("first page: %d incidents", len(page.Incidents))
				}
				if page.Next == "" {
					break
				}
				f.Cursor = page.Next
			}
		})
	}
}
