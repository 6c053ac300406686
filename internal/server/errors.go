package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/sitrep/sitrep/internal/store"
)

// httpError is an error whose HTTP status is known where it is raised: a
// bad filter, a missing token. Everything else is mapped by writeError.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

func statusError(status int, format string, args ...any) error {
	return &httpError{status, fmt.Sprintf(format, args...)}
}

// errorBody is the JSON of every error the server returns.
type errorBody struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// writeError is the one place that turns an error into an HTTP status and
// a JSON body. Errors the client cannot act on (a database failure) are
// logged and answered with a generic message, so internals do not leak.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := errorStatus(r.Context(), err)
	if status >= 500 {
		s.log.LogAttrs(r.Context(), slog.LevelError, "request failed",
			slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Any("err", err))
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="sitrep"`)
	}
	writeJSON(w, status, errorBody{Error: msg, Status: status})
}

// errorStatus maps err to a status and the message the client sees.
func errorStatus(ctx context.Context, err error) (int, string) {
	var he *httpError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &he):
		return he.status, he.msg
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, err.Error()
	case errors.Is(err, store.ErrInvalid):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, store.ErrGone):
		return http.StatusGone, err.Error()
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("request body is larger than %d bytes", mbe.Limit)
	case errors.Is(err, context.Canceled) && ctx.Err() != nil:
		// The client went away; nobody reads this answer, but the
		// metrics should not count it as a server failure.
		return 499, "client closed request"
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "request took too long"
	}
	return http.StatusInternalServerError, "internal server error"
}
