package doc

import (
	"bytes"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// readFd takes a short read of a regular file for its end, whatever the
// file's size against the buffer's, and reads anything else, here a pipe
// written in pieces, until a read returns 0.
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
		t.Run(tt.name, func(t *testing.T) {
			want := bytes.Repeat([]byte("0123456789"), tt.size/10+1)[:tt.size]
			p := filepath.Join(dir, "f.txt")
			if err := os.WriteFile(p, want, 0o644); err != nil {
				t.Fatal(err)
			}
			var w wholeFiles
			defer w.close()
			got, err := w.read(p, make([]byte, 0, tt.cap), true)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("got %d bytes %.20q..., want %d", len(got), got, len(want))
			}
		})
	}

	// The pieces come apart in time, so that the reads of them are
	// short (most likely: the result must be the same either way).
	t.Run("pipe", func(t *testing.T) {
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
		got, err := readFd(fds[0], make([]byte, 0, 16), false)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != "abcdefghi" {
			t.Errorf("got %q, want %q", got, "abcdefghi")
		}
	})
}
