// Package export writes merged incidents in the formats analysts load into
// their own tools: JSON Lines (the full record), CSV (one row per incident,
// ACLED's column names first) and GeoJSON (a FeatureCollection for QGIS and
// web maps). Writers stream: memory does not grow with the number of
// incidents.
package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/sitrep/sitrep/internal/record"
)

// Formats lists the formats New accepts.
var Formats = []string{"jsonl", "csv", "geojson"}

// Writer writes incidents one at a time. Close finishes the document (the
// closing bracket of a FeatureCollection) and flushes; it does not close
// the underlying io.Writer.
type Writer interface {
	Write(m *record.Merged) error
	Close() error
}

// New returns a Writer for format, one of Formats.
func New(format string, w io.Writer) (Writer, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	switch format {
	case "jsonl":
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		return &jsonl{bw: bw, enc: enc}, nil
	case "csv":
		return newCSV(bw), nil
	case "geojson":
		return &geoJSON{bw: bw}, nil
	}
	return nil, fmt.Errorf("unknown export format %q (want jsonl, csv or geojson)", format)
}

// jsonl writes the record of record.md plus sources, one object per line.
type jsonl struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func (j *jsonl) Write(m *record.Merged) error { return j.enc.Encode(m) }
func (j *jsonl) Close() error                 { return j.bw.Flush() }
