package doc

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// readFd ends a regular file at a short read only when it brings what
// was read to the file's size as a stat gave it; whatever the file's size
// against the buffer's, and with no size (a walk's file), the bytes are
// the same.
func TestReadFd(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		size int // of the file
		cap  int // of the buffer
	}{
		{"empty", 0, 16},
		{"smaller than the buffer", 10, 16},
		{"one byte short of the buffer", 15, 16},
		{"as large as the buffer", 16, 16},
		{"one byte over the buffer", 17, 16},
		{"many buffers", 5000, 16},
	}
	for _, tt := range tests {
		for _, stat := range []int{tt.size, -1} {
			t.Run(fmt.Sprintf("%s/size %d", tt.name, stat), func(t *testing.T) {
				want := bytes.Repeat([]byte("0123456789"), tt.size/10+1)[:tt.size]
				p := filepath.Join(dir, "f.txt")
				if err := os.WriteFile(p, want, 0o644); err != nil {
					t.Fatal(err)
				}
				var w wholeFiles
				defer w.close()
				got, err := w.read(p, make([]byte, 0, tt.cap), stat)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("got %d bytes %.20q..., want %d", len(got), got, len(want))
				}
			})
		}
	}
}

// A file whose reads come short before its end, as a procfs or sysfs
// file's or a FUSE file's (direct_io) may, is read to the read that
// returns 0 unless what was read reaches the size a stat gave: here a
// pipe written in pieces stands in for it, its size as procfs (0), sysfs
// (4096) or a walk (-1) gives it, or right. The pieces come apart in time,
// so that the reads of them are short (most likely: the result must be
// the same either way).
func TestReadFdShortReads(t *testing.T) {
	for _, size := range []int{-1, 0, 4096, 9} {
		t.Run(fmt.Sprintf("size %d", size), func(t *testing.T) {
			var fds [2]int
			if err := syscall.Pipe(fds[:]); err != nil { // blocking, unlike os.Pipe's
				t.Fatal(err)
			}
			defer syscall.Close(fds[0])
			go func() {
				defer syscall.Close(fds[1])
				for _, piece := range []string{"abc", "def", "ghi"} {
					syscall.Write(fds[1], []byte(piece))
					time.Sleep(5 * time.Millisecond)
				}
			}()
			got, err := readFd(fds[0], make([]byte, 0, 16), size)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != "abcdefghi" {
				t.Errorf("got %q, want %q", got, "abcdefghi")
			}
		})
	}
}

// A procfs file, regular to stat with a size of 0, comes a page a read:
// read as a file named on the command line, and through a link a walk
// finds, it is whole.
func TestReadProcFile(t *testing.T) {
	const p = "/proc/kallsyms" // megabytes, the same at every read
	want, err := os.ReadFile(p)
	if err != nil || len(want) < 3*4096 {
		t.Skipf("no %s of several pages here (%d bytes, %v)", p, len(want), err)
	}
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	var w wholeFiles
	defer w.close()
	got, err := w.read(p, nil, int(fi.Size()))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("read %d bytes of %s (stat size %d), want %d", len(got), p, fi.Size(), len(want))
	}

	dir := t.TempDir()
	if err := os.Symlink(p, filepath.Join(dir, "kallsyms.txt")); err != nil {
		t.Fatal(err)
	}
	docs := loadAll(t, []string{dir})
	if len(docs) != 1 || docs[0].err != nil {
		t.Fatalf("got %+v, want one document", docs)
	}
	if d := docs[0].doc; len(d.Text) < len(want)-16 {
		t.Errorf("the document of %s holds %d bytes of text, want about %d", p, len(d.Text), len(want))
	}
}

// A directory that may be searched but not read cannot be kept open: its
// files are opened by their whole path. Run as root, the test reads as
// the user nobody, on a thread of its own.
func TestLoaderSearchableDirectory(t *testing.T) {
	dir := t.TempDir()
	s := filepath.Join(dir, "s")
	if err := os.Mkdir(s, 0o755); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, name := range []string{"a", "b"} {
		p := filepath.Join(s, name+".txt")
		if err := os.WriteFile(p, []byte("date 2020-05-01 From "+name+"\n\nBody.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	for _, d := range []string{filepath.Dir(dir), dir} { // t.TempDir's are the owner's only
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(s, 0o111); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(s, 0o755) })

	var docs []loaded
	var denied error
	run := func() {
		if fd, err := openat(-1, s, syscall.O_DIRECTORY); err == nil {
			syscall.Close(fd)
		} else {
			denied = err
		}
		docs = loadAll(t, paths)
	}
	if os.Geteuid() == 0 {
		asUser(t, 65534, run)
	} else {
		run()
	}
	if denied == nil {
		t.Skip("the directory could be read all the same")
	}
	var got []string
	for _, l := range docs {
		if l.err != nil {
			t.Fatal(l.err)
		}
		got = append(got, l.doc.Title)
	}
	if len(got) != 2 || got[0] != "From a" || got[1] != "From b" {
		t.Errorf("got titles %q, want [From a From b]", got)
	}
}

// asUser runs f on a thread of its own whose effective user id is uid, so
// that a test run as root can meet the permissions an ordinary user meets.
// Only that thread changes (setresuid made directly, not through
// syscall.Setuid, which changes every thread), and it ends with f.
func asUser(t *testing.T, uid int, f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		runtime.LockOSThread() // never unlocked: the thread goes with the goroutine
		keep := ^uintptr(0)    // -1: this id stays
		if _, _, e := syscall.RawSyscall(syscall.SYS_SETRESUID, keep, uintptr(uid), keep); e != 0 {
			t.Errorf("setresuid: %v", e)
			return
		}
		f()
	}()
	<-done
}

// A FIFO named on the command line is read until its writer closes it,
// through ReadFiles and a Loader, whatever pieces the writer writes.
func TestLoaderFIFO(t *testing.T) {
	p := filepath.Join(t.TempDir(), "fifo.txt")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skip("no FIFO here:", err)
	}
	pieces := []string{"date 2020-05-01 Piped\n\n", "In three ", "pieces.\n"}
	go func() {
		f, err := os.OpenFile(p, os.O_WRONLY, 0) // waits for the reader
		if err != nil {
			t.Error(err)
			return
		}
		defer f.Close()
		for _, piece := range pieces {
			f.WriteString(piece)
			time.Sleep(5 * time.Millisecond)
		}
	}()
	docs := loadAll(t, []string{p})
	if len(docs) != 1 || docs[0].err != nil {
		t.Fatalf("got %+v, want one document", docs)
	}
	want, err := parseDated([]byte(strings.Join(pieces, "")), "fifo", p)
	if err != nil {
		t.Fatal(err)
	}
	if d := docs[0].doc; d.ID != want.ID || d.Title != want.Title || d.Text != want.Text {
		t.Errorf("got %q %q %q, want %q %q %q", d.ID, d.Title, d.Text, want.ID, want.Title, want.Text)
	}
}
