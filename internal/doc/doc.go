// Package doc holds the Document that flows through sitrep and the readers
// that produce it from dated text files, JSON Lines (plain or gzipped),
// directories and standard input.
package doc

// Document is one dated news article. Every annotation later stages add is a
// byte offset into Text (or Title), never a copy.
type Document struct {
	ID     string // file name stem for dated text; the "id" field for JSONL
	Date   string // publication date, YYYY-MM-DD; empty when the input has none (see Warnings)
	Title  string
	Text   string // the body, byte for byte as in the input
	URL    string
	Source string // outlet
	Lang   string
	Path   string // the file it came from ("-" for standard input)
	Line   int    // 1-based line in a JSONL file; 0 for a text file
	// Warnings say what the reader had to repair or could not find (a
	// missing date line, invalid UTF-8) without rejecting the document.
	Warnings []string
}
