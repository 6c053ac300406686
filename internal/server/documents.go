package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"mime"
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

// postedType checks the Content-Type of POST /api/documents and says
// whether the body must be JSON. A form (what a browser sends when a page
// elsewhere submits to this server) or any type that is neither JSON nor
// text is refused: its body would otherwise be taken as a dated text and
// stored as an article.
func postedType(contentType string) (isJSON bool, err error) {
	if contentType == "" {
		return false, nil // curl --data-binary without -H: read by content
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false, badRequest("Content-Type %q: %v", contentType, err)
	}
	switch mt {
	case "application/json", "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines":
		return true, nil
	case "text/plain":
		return false, nil
	}
	return false, badRequest("Content-Type %s: send application/json (JSON objects, one per line) or text/plain (one dated text)", mt)
}

// onlyObjects refuses a body that is JSON but not JSON objects: an array,
// null, a number or a string would otherwise be read as the text of an
// article. With a JSON Content-Type every line must be an object (or the
// whole body one object spread over lines).
func onlyObjects(body []byte, isJSON bool) error {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil // decodeDocuments says what is missing
	}
	if trimmed[0] != '{' && json.Valid(trimmed) {
		return badRequest("the body is a JSON %s: send JSON objects {\"id\", \"date\", \"title\", \"text\"}, one per line", jsonKind(trimmed[0]))
	}
	if !isJSON || trimmed[0] == '{' && json.Valid(trimmed) {
		return nil
	}
	for i, line := range bytes.Split(trimmed, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) > 0 && line[0] != '{' {
			return badRequest("line %d is not a JSON object: send JSON objects {\"id\", \"date\", \"title\", \"text\"}, one per line", i+1)
		}
	}
	return nil
}

// jsonKind names the kind of JSON value that starts with c.
func jsonKind(c byte) string {
	switch c {
	case '[':
		return "array"
	case '"':
		return "string"
	case 'n':
		return "null"
	case 't', 'f':
		return "boolean"
	}
	return "number"
}

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
