package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
)

// maxPostedDocuments bounds one POST so that one request cannot hold the
// store's write transaction for minutes; larger batches go through
// `sitrep ingest`.
const maxPostedDocuments = 1000

// errStop ends a read early; it never leaves decodeDocuments.
var errStop = errors.New("stop reading")

// decodeDocuments reads the body of POST /api/documents with the readers of
// `sitrep extract -`: JSON Lines (one document per line), or one dated
// text. One JSON document spread over several lines is also taken. A body
// with any bad document is refused whole, naming the lines, so that a
// client never has to work out which half of its batch was stored.
func decodeDocuments(body []byte) ([]*doc.Document, error) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, badRequest("the body holds no document: send JSON Lines of {\"id\", \"date\", \"title\", \"text\"} or one dated text")
	}
	if trimmed[0] == '{' && bytes.IndexByte(trimmed, '\n') >= 0 && json.Valid(trimmed) {
		var one bytes.Buffer
		json.Compact(&one, trimmed) // cannot fail on valid JSON
		body = one.Bytes()
	}
	var docs []*doc.Document
	var bad []string
	tooMany := false
	doc.Read([]string{"-"}, bytes.NewReader(body), func(d *doc.Document, err error) error {
		if err != nil {
			var ie *doc.InputError
			if errors.As(err, &ie) && ie.Line > 0 {
				bad = append(bad, "line "+strconv.Itoa(ie.Line)+": "+ie.Err.Error())
			} else if errors.As(err, &ie) {
				bad = append(bad, ie.Err.Error())
			} else {
				bad = append(bad, err.Error())
			}
			if len(bad) == 10 {
				return errStop // enough to show the client what is wrong
			}
			return nil
		}
		if len(docs) == maxPostedDocuments {
			tooMany = true
			return errStop
		}
		// The reader names an id-less JSON line after its line number;
		// across requests that would collide, so it is named after what
		// it says instead.
		if d.Line > 0 && d.ID == "stdin-"+strconv.Itoa(d.Line) {
			d.ID = "post-" + store.ContentHash(d)[:16]
		}
		d.Path = "POST /api/documents"
		docs = append(docs, d)
		return nil
	})
	switch {
	case len(bad) > 0:
		return nil, badRequest("%s", strings.Join(bad, "; "))
	case tooMany:
		return nil, statusError(http.StatusRequestEntityTooLarge,
			"more than %d documents in one request; use sitrep ingest for large batches", maxPostedDocuments)
	}
	return docs, nil
}
