package server

import (
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/export"
)

// exportTypes are the media types of the export formats.
var exportTypes = map[string]string{
	"jsonl":   "application/jsonl; charset=utf-8",
	"csv":     "text/csv; charset=utf-8",
	"geojson": "application/geo+json",
}

// handleExport streams every incident matching the filters in one of the
// formats of `sitrep export`, a page of the store at a time, so memory
// does not grow with the size of the export.
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		s.writeError(w, r, badRequest("query string: %v", err))
		return
	}
	format := q.Get("format")
	if !slices.Contains(export.Formats, format) {
		s.writeError(w, r, badRequest("format %q: want one of %s", format, strings.Join(export.Formats, ", ")))
		return
	}
	f, err := parseFilter(q, false, "format")
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	f.Limit = MaxLimit
	// The first page is read before anything is written, so that a
	// failure there is still a JSON error with its status.
	page, err := s.store.Incidents(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", exportTypes[format])
	w.Header().Set("Content-Disposition", `attachment; filename="sitrep-incidents.`+format+`"`)
	ew, err := export.New(format, w)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	for {
		for i := range page.Incidents {
			if err := ew.Write(&page.Incidents[i]); err != nil {
				return // the client went away
			}
		}
		if page.Next == "" {
			break
		}
		f.Cursor = page.Next
		if page, err = s.store.Incidents(r.Context(), f); err != nil {
			// The status line is out. Cutting the connection tells the
			// client the file is incomplete; a well-formed ending would
			// pass a partial export off as whole.
			s.log.Error("export failed midway", "err", err)
			panic(http.ErrAbortHandler)
		}
	}
	ew.Close()
}
