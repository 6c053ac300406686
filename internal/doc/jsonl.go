package doc

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// jsonRecord is one JSON Lines object. Text is a pointer so that a missing
// text (an error) differs from an empty one (a warning); ID is raw so that
// numeric ids, common in exported data sets, are taken as written.
type jsonRecord struct {
	ID     json.RawMessage `json:"id"`
	Date   string          `json:"date"`
	Title  string          `json:"title"`
	Text   *string         `json:"text"`
	URL    string          `json:"url"`
	Source string          `json:"source"`
	Lang   string          `json:"lang"`
}

// readJSONL reads one object per line from r, streaming: only the current
// line is held, however long (a 50 MB article on one line works; lines over
// maxDocBytes are an error). Blank lines are skipped. A line that is not a
// JSON object, or has no text, or a bad date, is an *InputError with its
// line number and reading goes on; a read error (a truncated gzip stream)
// ends the file.
func (rd *reader) readJSONL(path, stem string, r io.Reader) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(sniffLen)
	if err := binaryReason(head); err != nil {
		return rd.fail(path, 0, err)
	}
	lines := lineReader{br: br}
	seen := false
	for {
		line, err := lines.next()
		if err == errTooLarge {
			seen = true
			if ferr := rd.fail(path, lines.n, err); ferr != nil {
				return ferr
			}
			continue
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return rd.fail(path, lines.n, fmt.Errorf("reading: %w", err))
		}
		if lines.n == 1 {
			line = bytes.TrimPrefix(line, []byte(bom))
		}
		if isBlank(string(line)) {
			continue
		}
		seen = true
		d, err := parseJSONLine(line, path, stem, lines.n)
		if err != nil {
			err = rd.fail(path, lines.n, err)
		} else {
			err = rd.emit(d)
		}
		if err != nil {
			return err
		}
	}
	if !seen {
		return rd.fail(path, 0, errors.New("empty file"))
	}
	return nil
}

// parseJSONLine turns one JSONL line into a Document. The line is repaired
// to valid UTF-8 first (with a warning), so that the strings decoded from it
// are what the offsets of later stages point into.
func parseJSONLine(line []byte, path, stem string, n int) (*Document, error) {
	fixed, bad, first := repairUTF8(line)
	var rec jsonRecord
	if err := json.Unmarshal(fixed, &rec); err != nil {
		return nil, jsonError(fixed, err)
	}
	if rec.Text == nil {
		return nil, errors.New(`no "text" field`)
	}
	d := &Document{Date: rec.Date, Title: rec.Title, Text: *rec.Text, URL: rec.URL,
		Source: rec.Source, Lang: rec.Lang, Path: path, Line: n}
	if bad > 0 {
		d.warnf("invalid UTF-8: replaced %d bytes with U+FFFD (the first at byte %d of the line)", bad, first)
	}
	switch id := bytes.TrimSpace(rec.ID); {
	case len(id) == 0 || string(id) == "null":
	case id[0] == '"':
		if err := json.Unmarshal(id, &d.ID); err != nil {
			return nil, fmt.Errorf(`field "id": %v`, err)
		}
	case id[0] == '-' || id[0] >= '0' && id[0] <= '9':
		d.ID = string(id)
	default:
		return nil, errors.New(`field "id": want a string or a number`)
	}
	if d.ID == "" {
		d.ID = stem + "-" + strconv.Itoa(n)
		d.warnf("no id: using %q", d.ID)
	}
	if d.Text == "" {
		d.warnf(`empty "text"`)
	}
	// Exports often carry a timestamp; its day is the publication date.
	if len(d.Date) > 10 && (d.Date[10] == 'T' || d.Date[10] == ' ') {
		d.Date = d.Date[:10]
	}
	if d.Date == "" {
		d.warnf(`no "date": relative dates ("on Friday") stay unresolved`)
	} else if err := checkDate(d.Date); err != nil {
		return nil, err
	}
	return d, nil
}

// jsonError says what is wrong with a line in words an analyst can act on.
func jsonError(line []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &typ) && typ.Field == "":
		return fmt.Errorf("not a JSON object but a JSON %s", typ.Value)
	case errors.As(err, &typ):
		return fmt.Errorf("field %q is a JSON %s, want a %s", typ.Field, typ.Value, typ.Type)
	case errors.As(err, &syn):
		return fmt.Errorf("not JSON: %v (at byte %d of %d)", err, syn.Offset, len(line))
	}
	return fmt.Errorf("not JSON: %v", err)
}

// lineReader returns the lines of a stream without their line end, however
// long, reusing one buffer for lines longer than the bufio.Reader's.
type lineReader struct {
	br   *bufio.Reader
	long []byte
	n    int // the 1-based number of the line last returned
}

// next returns the next line, valid until the following call. It returns
// errTooLarge (and skips the line) for a line over maxDocBytes.
func (l *lineReader) next() ([]byte, error) {
	line, err := l.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		l.long = append(l.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = l.br.ReadSlice('\n')
			if len(l.long) <= maxDocBytes {
				l.long = append(l.long, line...)
			}
		}
		line = l.long
		if len(l.long) > 32<<20 {
			l.long = nil // do not keep a huge buffer for the lines after
		}
	}
	if err != nil && err != io.EOF {
		l.n++
		return nil, err // the line that was being read when the stream broke
	}
	if len(line) == 0 {
		return nil, io.EOF
	}
	l.n++
	if len(line) > maxDocBytes {
		return nil, errTooLarge
	}
	line = bytes.TrimSuffix(line, []byte("\n"))
	return bytes.TrimSuffix(line, []byte("\r")), nil
}
