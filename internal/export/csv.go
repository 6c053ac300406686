package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"math"
	"strconv"

	"github.com/sitrep/sitrep/internal/record"
)

// csvWriter writes a header row and one row per incident (RFC 4180: comma
// separated, quoted where needed, CRLF-free "\n" line ends as
// encoding/csv writes them).
type csvWriter struct {
	bw     *bufio.Writer
	w      *csv.Writer
	row    []string
	header bool
}

func newCSV(bw *bufio.Writer) *csvWriter {
	return &csvWriter{bw: bw, w: csv.NewWriter(bw), row: make([]string, len(columns))}
}

func (c *csvWriter) writeHeader() error {
	c.header = true
	for i, col := range columns {
		c.row[i] = col.name
	}
	return c.w.Write(c.row)
}

func (c *csvWriter) Write(m *record.Merged) error {
	if !c.header {
		if err := c.writeHeader(); err != nil {
			return err
		}
	}
	for i, col := range columns {
		c.row[i] = cell(col.value(m))
	}
	return c.w.Write(c.row)
}

// Close writes the header even for no incidents, so that the file still
// loads, and flushes.
func (c *csvWriter) Close() error {
	if !c.header {
		if err := c.writeHeader(); err != nil {
			return err
		}
	}
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return err
	}
	return c.bw.Flush()
}

func cell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case int:
		return strconv.Itoa(v)
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return ""
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	case string:
		return defuse(v)
	}
	return defuse(fmt.Sprint(v))
}

// defuse keeps a spreadsheet from running text taken from news articles as
// a formula ("=HYPERLINK(...)", "@SUM(...)"): a cell that starts with a
// formula character gets a leading apostrophe, which spreadsheets hide.
// Numbers never pass through here, so "-74.08" stays a number.
func defuse(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
