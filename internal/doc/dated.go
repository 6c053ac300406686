package doc

import (
	"errors"
	"strings"
)

// parseDated reads one dated-text document:
//
//	date 2018-11-23 Police say two security personnel ... killed
//	<blank line(s)>
//	body ...
//
// Blank lines and leading white space before the date line are allowed, and
// "date" may be in any case. Text is every byte after the blank lines that
// follow the date line, unchanged: CRLF line ends, indentation and trailing
// white space stay, so that offsets into Text point into the file (after
// the repairs below).
//
// Repairs, each with a warning: a byte order mark is dropped; invalid UTF-8
// is replaced with U+FFFD before anything else, so that every offset later
// stages take is into valid text; a file with no date line is kept whole as
// Text with an empty Date, because an analyst would rather have the
// incidents with unresolved relative dates ("on Friday") than lose the
// article. A date line with an impossible date ("2018-13-45") is an error:
// the file claims a date and it is wrong, and guessing would misdate every
// incident in it.
func parseDated(raw []byte, id, path string) (*Document, error) {
	fail := func(line int, msg string) error {
		return &InputError{Path: path, Line: line, Err: errors.New(msg)}
	}
	if len(raw) == 0 {
		return nil, fail(0, "empty file")
	}
	if err := binaryReason(raw[:min(len(raw), sniffLen)]); err != nil {
		return nil, &InputError{Path: path, Err: err}
	}
	d := &Document{ID: id, Path: path}
	body := trimBOM(raw)
	fixed, bad, first := repairUTF8(body)
	s := string(fixed)
	if bad > 0 {
		d.warnf("invalid UTF-8: replaced %d bytes with U+FFFD (the first at byte %d); offsets are into the repaired text", bad, first+len(raw)-len(body))
	}

	// Find the first non-blank line.
	pos, lineNo := skipBlankLines(s, 0, 1)
	if pos == len(s) {
		return nil, fail(0, "empty file: only blank lines")
	}
	end := strings.IndexByte(s[pos:], '\n')
	next := len(s)
	if end >= 0 {
		end += pos
		next = end + 1
	} else {
		end = len(s)
	}
	line := trimSpace(s[pos:end])

	date, headline, ok := cutDateLine(line)
	if !ok {
		d.Text = s[pos:]
		d.warnf(`no date line ("date YYYY-MM-DD headline"): the whole file is the text, and relative dates ("on Friday") stay unresolved`)
		return d, nil
	}
	if err := checkDate(date); err != nil {
		return nil, &InputError{Path: path, Line: lineNo, Err: err}
	}
	d.Date, d.Title = date, headline
	if headline == "" {
		d.warnf("no headline after the date")
	}
	start, _ := skipBlankLines(s, next, lineNo+1)
	d.Text = s[start:]
	if d.Text == "" {
		d.warnf("no body text after the date line")
	}
	return d, nil
}

// cutDateLine splits a trimmed first line "date YYYY-MM-DD headline" into
// its date and headline. It reports false when the line is not a date line
// at all (no "date" word, or "date" not followed by something that starts
// with a digit, as in a headline "Date night ..."), so that the date is
// only checked when the line claims to carry one.
func cutDateLine(line string) (date, headline string, ok bool) {
	if len(line) < 5 || !strings.EqualFold(line[:4], "date") || !isSpace(line[4]) {
		return "", "", false
	}
	rest := trimSpace(line[5:])
	if rest == "" || rest[0] < '0' || rest[0] > '9' {
		return "", "", false
	}
	i := 0
	for i < len(rest) && !isSpace(rest[i]) {
		i++
	}
	return rest[:i], trimSpace(rest[i:]), true
}

// skipBlankLines returns the offset of the first line at or after pos that
// is not blank, and its 1-based number given that pos starts line lineNo.
func skipBlankLines(s string, pos, lineNo int) (int, int) {
	for pos < len(s) {
		end := strings.IndexByte(s[pos:], '\n')
		if end < 0 {
			if isBlank(s[pos:]) {
				return len(s), lineNo
			}
			return pos, lineNo
		}
		if !isBlank(s[pos : pos+end]) {
			return pos, lineNo
		}
		pos += end + 1
		lineNo++
	}
	return pos, lineNo
}

func trimBOM(p []byte) []byte {
	if len(p) >= 3 && string(p[:3]) == bom {
		return p[3:]
	}
	return p
}
