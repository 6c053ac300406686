package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// UserHeader names who acts in a curation request: the history records
// it. The bearer token says the client may write; the header says which
// analyst it is writing for.
const UserHeader = "X-Sitrep-User"

// maxReviewBody bounds a curation request: an action with a note.
const maxReviewBody = 64 << 10

// reviewBody is the answer of POST /api/incidents/{id}/review: the
// incidents the action left (two after a split), each with its history.
type reviewBody struct {
	Incidents []record.Merged `json:"incidents"`
}

// handleReview applies one curation action (store.Action as JSON:
// {"action": "status", "status": "rejected", "why": "..."} and so on) to
// an incident.
func (s *Server) handleReview(w http.ResponseWriter, r *http.Request) {
	if err := s.authorize(r); err != nil {
		s.writeError(w, r, err)
		return
	}
	raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxReviewBody))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	a, err := decodeAction(raw)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	a.Incident = r.PathValue("id")
	a.User = r.Header.Get(UserHeader)
	if a.User == "" {
		s.writeError(w, r, badRequest("say who acts in the %s header: the history records it", UserHeader))
		return
	}
	if err := a.Validate(); err != nil {
		s.writeError(w, r, err)
		return
	}
	out, err := s.store.Review(r.Context(), a)
	s.answers.clear()  // even after an error: nothing is kept then, but a cached answer may be stale anyway
	s.changed.notify() // the action wrote the change log: streams read it now, not at their next poll
	if errors.Is(err, store.ErrNotFound) {
		err = statusError(http.StatusNotFound, "%v", err)
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, reviewBody{Incidents: out})
}

// decodeAction reads one JSON object naming an action; unknown fields
// are errors, so that a misspelt "feild" does not silently do nothing.
func decodeAction(raw []byte) (store.Action, error) {
	var a store.Action
	if len(bytes.TrimSpace(raw)) == 0 {
		return a, badRequest("no action: send a JSON object such as {\"action\": \"status\", \"status\": \"rejected\", \"why\": \"...\"}")
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return a, badRequest("action: %v", err)
	}
	if dec.More() {
		return a, badRequest("action: one JSON object, not several")
	}
	if a.Action == "" {
		return a, badRequest("action: say which, one of %v", store.Actions)
	}
	return a, nil
}
