package server

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// incidentsJSON is the answer of GET /api/incidents for a page of
// IncidentsJSON: {"incidents": [records], "total": n, "next": cursor},
// with next null on the last page, so clients can loop while it is not.
// The records are copied as the store holds them, the JSON that
// encoding/json wrote of each record.Merged: the answer is byte for byte
// what encoding/json makes of the decoded page (TestIncidentsJSON), for
// a fifth of the CPU.
func incidentsJSON(page store.Page) ([]byte, error) {
	n := len(`{"incidents":[],"total":,"next":null}`) + 20 + len(page.Next)
	for _, r := range page.Raw {
		n += len(r) + 1
	}
	b := make([]byte, 0, n)
	b = append(b, `{"incidents":[`...)
	for i, r := range page.Raw {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, r...)
	}
	b = append(b, `],"total":`...)
	b = strconv.AppendInt(b, int64(page.Total), 10)
	b = append(b, `,"next":`...)
	if page.Next == "" {
		return append(b, `null}`...), nil
	}
	next, err := json.Marshal(page.Next)
	if err != nil {
		return nil, err
	}
	b = append(b, next...)
	return append(b, '}'), nil
}

func (s *Server) handleIncidents(w http.ResponseWriter, r *http.Request) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		s.writeError(w, r, badRequest("query string: %v", err))
		return
	}
	f, err := parseFilter(q, true)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	body, err := s.answers.get("incidents"+filterKey(f), func() ([]byte, error) {
		page, err := s.store.IncidentsJSON(r.Context(), f)
		if err != nil {
			return nil, err
		}
		return incidentsJSON(page)
	})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeRaw(w, body)
}

// filterKey is f as a cache key: equal filters, however their query
// strings were written, give equal keys.
func filterKey(f store.Filter) string {
	near := ""
	if f.Near != nil {
		near = strconv.FormatFloat(f.Near.Lat, 'g', -1, 64) + "," + strconv.FormatFloat(f.Near.Lon, 'g', -1, 64) +
			"," + strconv.FormatFloat(f.Near.KM, 'g', -1, 64)
	}
	return strings.Join([]string{"", f.Since, f.Until, f.Country, f.Type, f.Actor, near, f.Text,
		strconv.Itoa(f.Limit), f.Cursor, f.Status}, "\x00")
}

func (s *Server) handleIncident(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	inc, err := s.store.Incident(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		err = statusError(http.StatusNotFound, "no incident with id %q", id)
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, inc)
}

func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	d, err := s.store.Document(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		err = statusError(http.StatusNotFound, "no document with id %q", id)
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		s.writeError(w, r, badRequest("query string: %v", err))
		return
	}
	f, err := parseFilter(q, false, "period")
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	// by_day (the default) or by_month: the page's timeline over years
	// asks for months, a few hundred bins instead of thousands of days.
	by, err := store.ParsePeriod(q.Get("period"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	body, err := s.answers.get("stats"+filterKey(f)+"\x00"+string(by), func() ([]byte, error) {
		st, err := s.store.Stats(r.Context(), f, by)
		if err != nil {
			return nil, err
		}
		return st.JSON(), nil
	})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeRaw(w, body)
}

// ingestBody is the answer of POST /api/documents: what the store changed
// and the incidents the extractor found in each posted document.
type ingestBody struct {
	Documents int             `json:"documents"` // newly stored
	Skipped   int             `json:"skipped"`   // already stored, same content
	Revised   []string        `json:"revised"`   // ids stored before with other content: now a new revision
	Incidents int             `json:"incidents"` // extracted from the new documents
	Created   int             `json:"created"`   // change in the number of merged incidents
	Results   []record.Result `json:"results"`
}

func (s *Server) handlePostDocuments(w http.ResponseWriter, r *http.Request) {
	if !s.posting {
		s.writeError(w, r, statusError(http.StatusForbidden, "posting documents is disabled: start sitrep serve with --token or SITREP_TOKEN set"))
		return
	}
	if err := s.authorize(r); err != nil {
		s.writeError(w, r, err)
		return
	}
	isJSON, err := postedType(r.Header.Get("Content-Type"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxBody))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if err := onlyObjects(raw, isJSON); err != nil {
		s.writeError(w, r, err)
		return
	}
	docs, err := decodeDocuments(raw)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	results := make([]record.Result, len(docs))
	batch := make([]store.Extracted, len(docs))
	for i, d := range docs {
		if results[i], err = s.extract(r.Context(), d); err != nil {
			s.writeError(w, r, err)
			return
		}
		batch[i] = store.Extracted{Doc: d, Incidents: results[i].Incidents}
	}
	stats, err := s.store.Ingest(r.Context(), batch)
	s.answers.clear() // even after an error: a store may have kept part of it
	s.changed.notify()
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	body := ingestBody{Documents: stats.Documents, Skipped: stats.Skipped, Revised: stats.Revised,
		Incidents: stats.Incidents, Created: stats.Created, Results: results}
	if body.Revised == nil {
		body.Revised = []string{}
	}
	writeJSON(w, http.StatusOK, body)
}

// authorize checks the bearer token of a request that changes the store:
// 401 without one (the client must authenticate), 403 with a wrong one
// (it did, and is refused). Both sides are hashed first so that the
// comparison takes the same time whatever the length of the guess.
func (s *Server) authorize(r *http.Request) error {
	if !s.writing {
		return statusError(http.StatusForbidden, "writing is disabled: start sitrep serve with --token or SITREP_TOKEN set")
	}
	scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return statusError(http.StatusUnauthorized, "missing bearer token: send Authorization: Bearer TOKEN")
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(token)))
	if subtle.ConstantTimeCompare(got[:], s.token[:]) != 1 {
		return statusError(http.StatusForbidden, "wrong bearer token")
	}
	return nil
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"status": "ok", "uptime_seconds": int(time.Since(s.started).Seconds())})
}

func (s *Server) handleMetrics(w http.ResponseWriter, r *http.Request) {
	st, err := s.store.Stats(r.Context(), store.Filter{}, store.ByMonth) // the cheaper series; only the totals are read
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	s.metrics.write(w, gauges{documents: st.Documents, incidents: st.Incidents, streams: s.streams.count()})
}
