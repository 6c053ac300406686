package doc

import (
	"path/filepath"
	"syscall"
)

// wholeFiles reads whole files through raw system calls, opening each
// relative to a kept descriptor of its directory. A directory of small
// articles is read at thousands of files a second, where os.Open's nine
// system calls per file (open, four fcntl and an epoll registration for a
// poller that a regular file never uses, two reads, close) and the walk of
// the full path at each open cost more than extracting most articles: this
// makes it openat, two reads (one for a file whose size is known, see
// readFd) and close.
type wholeFiles struct {
	dir string // the directory fd is open on; "" none
	fd  int
}

// read appends the bytes of the file at p to buf, refusing more than
// maxDocBytes in all. size is the file's size as a stat gave it, or -1
// when it was not stat'ed or is not a regular file (see readFd).
func (w *wholeFiles) read(p string, buf []byte, size int) ([]byte, error) {
	dir, name := filepath.Split(p)
	if dir == "" {
		dir = "."
	}
	if dir != w.dir {
		w.close()
		if fd, err := openat(-1, dir, syscall.O_DIRECTORY); err == nil {
			w.dir, w.fd = dir, fd
		}
	}
	var fd int
	var err error
	if w.dir != "" {
		fd, err = openat(w.fd, name, 0)
	} else {
		fd, err = openat(-1, p, 0) // a directory that may be searched but not read
	}
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	return readFd(fd, buf, size)
}

// readFd appends what is left to read of fd to buf, refusing more than
// maxDocBytes in all. It reads until a read returns 0, except that a read
// short of the buffer that brings what it read to size, the file's size as
// a stat gave it, ends the file: that saves the read that would return 0,
// a system call per file (some 2 us), for the files named on the command
// line and the links a walk stats. A short read alone is no end, even of a
// file that stats as regular: procfs and sysfs files report a size of 0 or
// 4096, whatever they hold, and hand out a page or a record a read, and a
// FUSE file system (direct_io) may return fewer bytes than asked before
// the end. Trusting the short read there would cut the file silently. A
// walk does not stat its files (size -1): their end is the read that
// returns 0. That read is cheap (issue 13: ending a walked file at its
// first short read saved under 1% of the CPU over Reuters-21578), and an fstat
// in its place would be a system call all the same.
func readFd(fd int, buf []byte, size int) ([]byte, error) {
	start := len(buf)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := syscall.Read(fd, buf[len(buf):cap(buf)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return buf, nil
		}
		short := len(buf)+n < cap(buf)
		buf = buf[:len(buf)+n]
		if len(buf) > maxDocBytes {
			return nil, errTooLarge
		}
		if short && size > 0 && len(buf)-start == size {
			return buf, nil
		}
	}
}

// close closes the directory's descriptor, if one is open.
func (w *wholeFiles) close() {
	if w.dir != "" {
		syscall.Close(w.fd)
		w.dir = ""
	}
}

// openat opens name read-only, relative to the directory dirfd (-1: the
// working directory), retrying when a signal interrupts it.
func openat(dirfd int, name string, flags int) (int, error) {
	for {
		var fd int
		var err error
		if dirfd < 0 {
			fd, err = syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC|flags, 0)
		} else {
			fd, err = syscall.Openat(dirfd, name, syscall.O_RDONLY|syscall.O_CLOEXEC|flags, 0)
		}
		if err != syscall.EINTR {
			return fd, err
		}
	}
}
