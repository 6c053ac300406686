// Package doc holds the Document that flows through sitrep and the readers
// that produce it from dated text files, JSON Lines (plain or gzipped), web
// pages (HTML), RSS and Atom feeds, directories and standard input.
//
// The readers never reject a document for what can be repaired: invalid
// UTF-8 is replaced with U+FFFD before any offset is taken (so offsets point
// into Text as stored, not into the file), and a missing date line keeps the
// document with a warning. What cannot be read (a bad date, binary junk, an
// empty file, a JSONL line that is not an object with a text) is an
// *InputError naming the file and line, and reading goes on with the next
// document.
package doc

import (
	"fmt"
	"strconv"
)

// Document is one dated news article. Every annotation later stages add is a
// byte offset into Text (or Title), never a copy.
type Document struct {
	ID     string // file name stem for dated text and HTML; the "id" field for JSONL; a hash of the guid for a feed item
	Date   string // publication date, YYYY-MM-DD; empty when the input has none (see Warnings)
	Title  string
	Text   string // the body, byte for byte as in the input; a page's or feed item's readable text for HTML
	URL    string
	Source string // outlet
	Lang   string
	Path   string // the file it came from ("-" for standard input)
	Line   int    // 1-based line in a JSONL file, of the item in a feed; 0 for a text or HTML file
	// Warnings say what the reader had to repair or could not find (a
	// missing date line, invalid UTF-8) without rejecting the document.
	Warnings []string
}

// InputError is a document (or a whole file) that could not be read. Path is
// the file as the reader saw it ("-" for standard input); Line is the 1-based
// line of a JSONL record or of a dated text's date line, 0 when the error is
// about the whole file.
type InputError struct {
	Path string
	Line int
	Err  error
}

// Error reads "path:line: msg", the form editors and grep understand.
func (e *InputError) Error() string {
	if e.Line > 0 {
		return e.Path + ":" + strconv.Itoa(e.Line) + ": " + e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

func (e *InputError) Unwrap() error { return e.Err }

func (d *Document) warnf(format string, args ...any) {
	d.Warnings = append(d.Warnings, fmt.Sprintf(format, args...))
}
