package export

import (
	"bufio"
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/record"
)

// geoJSON writes an RFC 7946 FeatureCollection: one Point feature per
// located incident, with the CSV columns as flat properties (QGIS shows
// nested objects as opaque text). An incident without coordinates gets a
// null geometry, which RFC 7946 allows, so the collection still holds every
// incident the filter selected.
type geoJSON struct {
	bw      *bufio.Writer
	started bool
	n       int
	buf     []byte
}

func (g *geoJSON) start() {
	g.started = true
	g.bw.WriteString(`{"type":"FeatureCollection","features":[`)
}

func (g *geoJSON) Write(m *record.Merged) error {
	if !g.started {
		g.start()
	}
	b := g.buf[:0]
	if g.n > 0 {
		b = append(b, ',')
	}
	g.n++
	b = append(b, "\n"+`{"type":"Feature","id":`...)
	b = appendJSON(b, m.ID)
	b = append(b, `,"geometry":`...)
	if l := m.Location; l != nil && l.Lat != nil && l.Lon != nil && finite(*l.Lat) && finite(*l.Lon) {
		// RFC 7946: longitude first.
		b = append(b, `{"type":"Point","coordinates":[`...)
		b = strconv.AppendFloat(b, *l.Lon, 'f', -1, 64)
		b = append(b, ',')
		b = strconv.AppendFloat(b, *l.Lat, 'f', -1, 64)
		b = append(b, "]}"...)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"properties":{`...)
	for i, col := range columns {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSON(b, col.name)
		b = append(b, ':')
		switch v := col.value(m).(type) {
		case nil:
			b = append(b, "null"...)
		case int:
			b = strconv.AppendInt(b, int64(v), 10)
		case float64:
			if finite(v) {
				b = strconv.AppendFloat(b, v, 'f', -1, 64)
			} else {
				b = append(b, "null"...)
			}
		case string:
			b = appendJSON(b, v)
		default:
			b = appendJSON(b, fmt.Sprint(v))
		}
	}
	b = append(b, "}}"...)
	g.buf = b
	_, err := g.bw.Write(b)
	return err
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// appendJSON appends s as a JSON string, as encoding/json writes it but
// without its per-call reflection, which dominated this writer's profile:
// quotes, backslashes and control characters escaped, invalid UTF-8 as
// U+FFFD, and U+2028 and U+2029 escaped for JavaScript.
func appendJSON(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// Close ends the collection (an empty one when nothing was written).
func (g *geoJSON) Close() error {
	if !g.started {
		g.start()
	}
	g.bw.WriteString("\n]}\n")
	return g.bw.Flush()
}
