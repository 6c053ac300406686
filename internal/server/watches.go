package server

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"time"

	"github.com/sitrep/sitrep/internal/alert"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// recentMatches is how many deliveries GET /api/watches shows per watch.
const recentMatches = 10

// watchBody is a watch as the API shows it. The secret appears only in
// the answer to the POST that made it: webhooks are configured once, and a
// GET (a page left open, a log of responses) must not leak it.
type watchBody struct {
	ID     int64  `json:"id"`
	Name   string `json:"name"`
	URL    string `json:"url"`
	Secret string `json:"secret,omitempty"`
	alert.Rule
	CreatedAt string      `json:"created_at"`
	Recent    []matchBody `json:"recent"`
}

// matchBody is one delivery: which incident, what became of it, and
// enough of the record, as it was matched, to show it in a list.
type matchBody struct {
	Delivery  int64  `json:"delivery"`
	Incident  string `json:"incident"`
	Event     string `json:"event"`
	Kind      string `json:"kind"`
	Status    string `json:"status"`
	Attempts  int    `json:"attempts"`
	LastCode  int    `json:"last_code,omitempty"`
	LastError string `json:"last_error,omitempty"`
	QueuedAt  string `json:"queued_at"`
	NextAt    string `json:"next_at,omitempty"`
	Date      string `json:"date,omitempty"`
	Type      string `json:"type,omitempty"`
	Place     string `json:"place,omitempty"`
	Country   string `json:"country,omitempty"`
	Killed    *int   `json:"killed,omitempty"`
}

// authorizeWatches lets token holders in: webhook URLs can hold
// credentials (a chat service's hook is its own secret), so even listing
// the watches is theirs alone.
func (s *Server) authorizeWatches(r *http.Request) error {
	if !s.writing {
		return statusError(http.StatusForbidden, "watches are off: start sitrep serve with --token or SITREP_TOKEN set")
	}
	return s.authorize(r)
}

func (s *Server) handleWatches(w http.ResponseWriter, r *http.Request) {
	if err := s.authorizeWatches(r); err != nil {
		s.writeError(w, r, err)
		return
	}
	ws, err := s.store.Watches(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := struct {
		Watches []watchBody `json:"watches"`
	}{Watches: []watchBody{}}
	for _, sw := range ws {
		b := watchBody{ID: sw.ID, Name: sw.Name, URL: sw.URL, CreatedAt: sw.CreatedAt.UTC().Format(time.RFC3339), Recent: []matchBody{}}
		if err := json.Unmarshal([]byte(sw.Rule), &b.Rule); err != nil {
			s.writeError(w, r, err)
			return
		}
		ds, err := s.store.Deliveries(r.Context(), sw.ID, recentMatches)
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		for _, d := range ds {
			b.Recent = append(b.Recent, newMatchBody(d))
		}
		out.Watches = append(out.Watches, b)
	}
	writeJSON(w, http.StatusOK, out)
}

func newMatchBody(d store.Delivery) matchBody {
	m := matchBody{Delivery: d.ID, Incident: d.Incident, Event: d.Event, Kind: d.Kind, Status: d.Status,
		Attempts: d.Attempts, LastCode: d.LastCode, LastError: d.LastError, QueuedAt: d.CreatedAt.Format(time.RFC3339)}
	if d.Status == store.DeliveryPending {
		m.NextAt = d.NextAt.Format(time.RFC3339)
	}
	var inc record.Merged
	if d.Record != "" && json.Unmarshal([]byte(d.Record), &inc) == nil {
		m.Date, m.Type = inc.Date, inc.Type
		if l := inc.Location; l != nil {
			m.Place, m.Country = l.Place, l.Country
			if m.Place == "" {
				m.Place = l.Admin1
			}
		}
		if inc.Killed != nil {
			m.Killed = inc.Killed.Min
		}
	}
	return m
}

func (s *Server) handlePostWatch(w http.ResponseWriter, r *http.Request) {
	if err := s.authorizeWatches(r); err != nil {
		s.writeError(w, r, err)
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
			s.writeError(w, r, statusError(http.StatusUnsupportedMediaType, "Content-Type %q: send the watch as application/json", ct))
			return
		}
	}
	raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, alert.MaxDefinition))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	def, _, err := alert.ParseDefinition(raw)
	if err != nil {
		s.writeError(w, r, err) // wraps store.ErrInvalid: a 400
		return
	}
	if def.Secret == "" {
		def.Secret = alert.NewSecret()
	}
	rule, err := json.Marshal(def.Rule)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	sw, err := s.store.AddWatch(r.Context(), store.Watch{Name: def.Name, URL: def.URL, Secret: def.Secret, Rule: string(rule)})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/watches/"+strconv.FormatInt(sw.ID, 10))
	writeJSON(w, http.StatusCreated, watchBody{ID: sw.ID, Name: sw.Name, URL: sw.URL, Secret: sw.Secret, Rule: def.Rule,
		CreatedAt: sw.CreatedAt.UTC().Format(time.RFC3339), Recent: []matchBody{}})
}

func (s *Server) handleDeleteWatch(w http.ResponseWriter, r *http.Request) {
	if err := s.authorizeWatches(r); err != nil {
		s.writeError(w, r, err)
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.writeError(w, r, badRequest("watch id %q: want a positive whole number", r.PathValue("id")))
		return
	}
	err = s.store.RemoveWatch(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		err = statusError(http.StatusNotFound, "no watch with id %d", id)
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
