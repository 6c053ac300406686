package doc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Read walks paths in order ("-" = stdin) and calls fn for each document or
// per-document error (an *InputError carrying Path and Line). A non-nil
// error from fn stops the walk and is returned; Read returns no other error.
//
// A path is a file or a directory. A directory is walked recursively in
// lexical order (deterministic on every machine), reading every .txt,
// .jsonl, .jsonl.gz, .html, .htm, .rss and .atom file below it, skipping names that start with a dot
// (.git, editor files) and not following symbolic links to directories; a
// document's Path is the directory argument joined with the file's path
// under it. A named file is read by its extension; a file with another
// extension, and standard input, are read by their first non-blank byte:
// '{' is JSON Lines, '<' an RSS or Atom feed (by its root element) or else
// an HTML page, anything else dated text, and gzip data is decompressed
// first. A dated text from standard input has no file name, so
// its id is "stdin-" and a hash of its bytes: the same article gets the
// same id in every run.
//
// Memory holds one document at a time, whatever the size of a file or a
// directory; the only state that grows with the number of documents is one
// 8-byte hash per id, to warn about duplicate ids in one run.
func Read(paths []string, stdin io.Reader, fn func(d *Document, err error) error) error {
	rd := newReader(fn)
	rd.stdin = stdin
	return rd.read(paths)
}

// ReadOne reads the one document of the file at path, as Read reads it:
// the tools that look at a single article (the evaluation scripts, the
// tests) want it or an error, not a walk. A file with no document or with
// more than one (a JSON Lines file, a feed) is an error.
func ReadOne(path string) (*Document, error) {
	var got *Document
	err := Read([]string{path}, nil, func(d *Document, err error) error {
		if err != nil {
			return err
		}
		if got != nil {
			return fmt.Errorf("%s: more than one document", path)
		}
		got = d
		return nil
	})
	if err == nil && got == nil {
		err = fmt.Errorf("%s: no document", path)
	}
	if err != nil {
		return nil, err
	}
	return got, nil
}

// read reads every path in order, stopping at the first error fn returns.
func (rd *reader) read(paths []string) error {
	defer rd.files.close()
	for _, p := range paths {
		if err := rd.path(p); err != nil {
			return err
		}
	}
	return nil
}

// reader is the state of one Read call.
type reader struct {
	fn        func(*Document, error) error
	stdin     io.Reader
	stdinRead bool
	ids       *IDs              // nil: the caller checks them (ReadFiles)
	lazy      func(*File) error // takes text and HTML files unread (ReadFiles)
	buf       []byte            // reused to read whole text files
	files     wholeFiles        // reads them
}

func newReader(fn func(*Document, error) error) *reader {
	return &reader{fn: fn, ids: NewIDs()}
}

func (rd *reader) fail(path string, line int, err error) error {
	return rd.fn(nil, &InputError{Path: path, Line: line, Err: err})
}

func (rd *reader) emit(d *Document) error {
	if rd.ids != nil {
		rd.ids.Check(d)
	}
	return rd.fn(d, nil)
}

func (rd *reader) path(p string) error {
	if p == "-" {
		if rd.stdin == nil || rd.stdinRead {
			return rd.fail(p, 0, errors.New("standard input is not available (or was given twice)"))
		}
		rd.stdinRead = true
		return rd.sniffed(p, "stdin", rd.stdin)
	}
	fi, err := os.Stat(p)
	if err != nil {
		return rd.fail(p, 0, ioErr(err))
	}
	if fi.IsDir() {
		return rd.dir(p)
	}
	size := fi.Size()
	if !fi.Mode().IsRegular() {
		size = -1 // a pipe's or a device's says nothing of what it holds
	}
	return rd.file(p, kindOf(p), size)
}

func (rd *reader) dir(root string) error {
	files := 0
	err := Files(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return rd.fail(p, 0, ioErr(err))
		}
		files++
		size := int64(-1) // unknown for a plain file: saves a stat per file
		if e.Type()&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				return rd.fail(p, 0, ioErr(err))
			}
			size = fi.Size()
		}
		return rd.file(p, kindOf(p), size) // Files passes regular files only
	})
	if err == nil && files == 0 {
		// Silence here read as "nothing happened" when the files were
		// there under another extension.
		return rd.fail(root, 0, errors.New("no file to read in this directory (.txt, .jsonl, .jsonl.gz, .html, .htm, .rss, .atom)"))
	}
	return err
}

// Files walks root and calls fn for every file Read reads below it: files
// of a readable kind (see Readable), regular or links to regular files,
// outside hidden files and directories (names starting with "."). Errors
// of the walk go to fn with the path they concern, as in fs.WalkDirFunc;
// what fn returns for them decides whether the walk goes on (nil) or
// stops. Ingest's size estimate and watch's change check walk with it, so
// all three agree on what a directory holds.
func Files(root string, fn func(path string, e fs.DirEntry, err error) error) error {
	return walk(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return fn(p, e, err)
		}
		if p != root && strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if e.IsDir() || !Readable(e.Name()) {
			return nil
		}
		if e.Type().IsRegular() {
			return fn(p, e, nil)
		}
		if e.Type()&fs.ModeSymlink == 0 {
			return nil // a device, a pipe, a socket
		}
		fi, err := os.Stat(p) // follows the link
		if err != nil {
			return fn(p, e, err)
		}
		if !fi.Mode().IsRegular() {
			return nil
		}
		return fn(p, e, nil)
	})
}

type kind int

const (
	kindOther kind = iota
	kindText
	kindJSONL
	kindJSONLGz
	kindHTML
	kindFeed
)

func kindOf(name string) kind {
	switch {
	case hasSuffixFold(name, ".txt"):
		return kindText
	case hasSuffixFold(name, ".jsonl"):
		return kindJSONL
	case hasSuffixFold(name, ".jsonl.gz"):
		return kindJSONLGz
	case hasSuffixFold(name, ".html"), hasSuffixFold(name, ".htm"):
		return kindHTML
	case hasSuffixFold(name, ".rss"), hasSuffixFold(name, ".atom"):
		return kindFeed
	}
	return kindOther
}

// hasSuffixFold reports whether s ends with suffix, a lower-case ASCII
// extension, in any case. The walk asks it twice a file, and lowering
// the whole path first cost more than the rest of the walk's own work.
func hasSuffixFold(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	s = s[len(s)-len(suffix):]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suffix[i] {
			return false
		}
	}
	return true
}

// Readable reports whether Read reads a file of this name found in a
// directory: by its extension, .txt, .jsonl, .jsonl.gz, .html, .htm, .rss
// or .atom.
func Readable(name string) bool { return kindOf(name) != kindOther }

// stem is a file's name without its directory and its extension
// (".jsonl.gz" counts as one): the id of a dated text.
func stem(p string, k kind) string {
	base := filepath.Base(p)
	if k == kindJSONLGz {
		return base[:len(base)-len(".jsonl.gz")]
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// file reads the file at p, of kind k and size bytes as a stat gave them
// (-1 when not stat'ed, or not a regular file: a pipe, a device).
func (rd *reader) file(p string, k kind, size int64) error {
	if size > int64(maxDocBytes) && (k == kindText || k == kindHTML) {
		return rd.fail(p, 0, errTooLarge)
	}
	switch k {
	case kindText, kindHTML:
		if rd.lazy != nil {
			return rd.lazy(&File{Path: p, id: stem(p, k), kind: k, size: int(size)})
		}
		data, err := rd.readFile(p, int(size))
		if err != nil {
			return rd.fail(p, 0, ioErr(err))
		}
		if k == kindHTML {
			return rd.html(data, stem(p, k), p)
		}
		return rd.dated(data, stem(p, k), p)
	}
	f, err := os.Open(p)
	if err != nil {
		return rd.fail(p, 0, ioErr(err))
	}
	defer f.Close()
	switch k {
	case kindFeed:
		return rd.feed(p, stem(p, k), f)
	case kindJSONL:
		return rd.readJSONL(p, stem(p, k), f)
	case kindJSONLGz:
		zr, err := gzip.NewReader(f)
		if err != nil {
			return rd.fail(p, 0, fmt.Errorf("not gzip data: %v", err))
		}
		return rd.readJSONL(p, stem(p, k), zr)
	}
	return rd.sniffed(p, stem(p, k), f)
}

func (rd *reader) dated(data []byte, id, path string) error {
	d, err := parseDated(data, id, path)
	if err != nil {
		return rd.fn(nil, err)
	}
	return rd.emit(d)
}

// sniffed reads an input whose name does not say its format.
func (rd *reader) sniffed(path, stem string, r io.Reader) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(2); bytes.Equal(head, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return rd.fail(path, 0, fmt.Errorf("not gzip data: %v", err))
		}
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	first := firstNonBlank(br)
	if first == '{' {
		return rd.readJSONL(path, stem, br)
	}
	if first == '<' {
		if head, _ := br.Peek(4096); isFeed(head) {
			return rd.feed(path, stem, br)
		}
	}
	data, err := rd.readAll(br, 0)
	if err != nil {
		return rd.fail(path, 0, ioErr(err))
	}
	id := stem
	if path == "-" {
		sum := sha256.Sum256(data)
		id = "stdin-" + hex.EncodeToString(sum[:6])
	}
	if first == '<' {
		return rd.html(data, id, path)
	}
	return rd.dated(data, id, path)
}

func (rd *reader) html(data []byte, id, path string) error {
	d, err := ParseHTML(data, id, path)
	if err != nil {
		return rd.fn(nil, err)
	}
	return rd.emit(d)
}

// feed reads a feed file, whose items' ids start with the file's stem.
func (rd *reader) feed(path, stem string, r io.Reader) error {
	if stem == "stdin" {
		stem = "feed"
	}
	return ReadFeed(r, path, stem, func(d *Document, err error) error {
		if err != nil {
			return rd.fn(nil, err)
		}
		return rd.emit(d)
	})
}

// firstNonBlank peeks at the first byte of br that is not white space or a
// byte order mark, without consuming anything; 0 when the buffer's worth of
// input holds none.
func firstNonBlank(br *bufio.Reader) byte {
	for n := 512; ; n *= 2 {
		n = min(n, br.Size())
		p, err := br.Peek(n)
		for _, c := range bytes.TrimPrefix(p, []byte(bom)) {
			if !isSpace(c) && c != '\n' {
				return c
			}
		}
		if err != nil || n == br.Size() {
			return 0
		}
	}
}

// readAll reads r to the end into a buffer reused from one text file to the
// next (callers copy what they keep), refusing more than maxDocBytes.
func (rd *reader) readAll(r io.Reader, sizeHint int) ([]byte, error) {
	buf, err := appendAll(rd.sized(sizeHint), r)
	if err != nil {
		return nil, err
	}
	rd.keep(buf)
	return buf, nil
}

// readFile reads the file at p as readAll reads a reader; size is the
// file's size as a stat gave it, or -1 (wholeFiles.read).
func (rd *reader) readFile(p string, size int) ([]byte, error) {
	buf, err := rd.files.read(p, rd.sized(max(size, 0)), size)
	if err != nil {
		return nil, err
	}
	rd.keep(buf)
	return buf, nil
}

// sized is the reused buffer, emptied, with room for sizeHint bytes and
// the read that finds the end.
func (rd *reader) sized(sizeHint int) []byte { return sized(rd.buf, sizeHint) }

// sized is buf emptied, or a new buffer when buf has no room for sizeHint
// bytes and the read that finds the end.
func sized(buf []byte, sizeHint int) []byte {
	if cap(buf) < sizeHint+1 {
		return make([]byte, 0, sizeHint+512)
	}
	return buf[:0]
}

// keep keeps a small buffer for the next file; a huge one goes.
func (rd *reader) keep(buf []byte) {
	if cap(buf) <= 4<<20 {
		rd.buf = buf
	}
}

// appendAll appends r's bytes to buf up to the end, refusing more than
// maxDocBytes in all.
func appendAll(buf []byte, r io.Reader) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if len(buf) > maxDocBytes {
			return nil, errTooLarge
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// ioErr drops the operation and path from an *fs.PathError: the
// InputError already names the file.
func ioErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
