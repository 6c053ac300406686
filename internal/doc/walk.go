package doc

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// walk is filepath.WalkDir (same paths, order, calls and errors) made
// cheaper for a directory of thousands of articles, where the walk runs
// beside the workers and takes a core's share from them: each directory's
// entries are sorted by names held next to them, not through DirEntry's
// Name (a cache miss a call: most of the walk's CPU), and each child's
// path is the directory's cleaned prefix and its name, cleaned once per
// directory rather than once per file.
func walk(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == filepath.SkipDir || err == filepath.SkipAll {
		return nil
	}
	return err
}

func walkDir(path string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(path, d, nil); err != nil || !d.IsDir() {
		if err == filepath.SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	ents, err := readDir(path)
	if err != nil {
		// a second call, to report the error, as WalkDir does
		if err = fn(path, d, err); err != nil {
			if err == filepath.SkipDir {
				err = nil
			}
			return err
		}
	}
	// filepath.Join(path, name) for any name: the cleaned path and a
	// separator, or nothing for ".".
	prefix := filepath.Join(path, "x")
	prefix = prefix[:len(prefix)-1]
	for _, e := range ents {
		if err := walkDir(prefix+e.name, e.DirEntry, fn); err != nil {
			if err == filepath.SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// dirEntry is a DirEntry with its name at hand for sorting.
type dirEntry struct {
	name string
	fs.DirEntry
}

// readDir is os.ReadDir: the entries of the directory sorted by name, and
// those read before an error with it.
func readDir(path string) ([]dirEntry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	des, err := f.ReadDir(-1)
	ents := make([]dirEntry, len(des))
	for i, de := range des {
		ents[i] = dirEntry{de.Name(), de}
	}
	slices.SortFunc(ents, func(a, b dirEntry) int { return strings.Compare(a.name, b.name) })
	return ents, err
}
