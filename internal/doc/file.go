package doc

import (
	"hash/maphash"
	"io"
)

// File is a dated text or HTML file that ReadFiles found and left unread:
// opening, reading and parsing it is most of the work of reading a
// directory of short articles, and Load lets the goroutines that extract
// do it, instead of the one that walks the directory.
type File struct {
	Path string
	id   string
	kind kind
	size int // bytes a stat gave, or -1 when not stat'ed or not a regular file
}

// Loader loads Files on one goroutine, each file as Read would have read
// it. It reuses one buffer for the files' bytes (a Document keeps no
// reference to it) and keeps the directory of the last file open, so that
// the next file there is opened by its name, relative to it: a path such
// as "../shared/corpus/reuters/a.txt", walked by the kernel from the
// working directory at every open, five names and a link, cost more than
// reading the file. The zero Loader is ready to use; Close it when done.
type Loader struct {
	buf   []byte
	files wholeFiles
}

// Load reads and parses f. Its error is an *InputError naming the file.
// Duplicate ids are not checked: that needs the documents in order (IDs).
func (l *Loader) Load(f *File) (*Document, error) {
	data, err := l.files.read(f.Path, sized(l.buf, max(f.size, 0)), f.size)
	if err != nil {
		return nil, &InputError{Path: f.Path, Err: ioErr(err)}
	}
	if cap(data) > 4<<20 {
		l.buf = nil // a huge file's buffer goes
	} else {
		l.buf = data
	}
	if f.kind == kindHTML {
		return ParseHTML(data, f.id, f.Path)
	}
	return parseDated(data, f.id, f.Path)
}

// Close closes the directory l keeps open, if any.
func (l *Loader) Close() { l.files.close() }

// ReadFiles is Read, except that it hands each dated text or HTML file to
// file unread (see File) and leaves duplicate ids unchecked: the caller
// loads the files, on as many goroutines as it likes, and checks the
// documents' ids with IDs in Read's order. Other inputs (JSON Lines,
// feeds, standard input) and the errors found while walking go to fn.
func ReadFiles(paths []string, stdin io.Reader, file func(*File) error, fn func(d *Document, err error) error) error {
	rd := &reader{fn: fn, lazy: file, stdin: stdin}
	return rd.read(paths)
}

// IDs warns about duplicate ids in one run: a document whose id an
// earlier one had gets a warning, since records keyed by id would
// overwrite each other. The only state that grows with the number of
// documents is one 8-byte hash per id.
type IDs struct {
	seed maphash.Seed
	seen map[uint64]struct{}
}

// NewIDs returns an IDs that has seen no document yet.
func NewIDs() *IDs {
	return &IDs{seed: maphash.MakeSeed(), seen: map[uint64]struct{}{}}
}

// Check remembers d's id, warning on d when an earlier document had it.
func (s *IDs) Check(d *Document) {
	h := maphash.String(s.seed, d.ID)
	if _, dup := s.seen[h]; dup {
		d.warnf("duplicate id %q: another document in this run has it", d.ID)
		return
	}
	s.seen[h] = struct{}{}
}
