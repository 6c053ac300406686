// Package scriptio is the input the evaluation scripts share: one article
// read as `sitrep` reads it, and the line files (gold JSON Lines, TSV
// labels) read a line at a time. The scripts are commands, so a file that
// cannot be read ends the program with its name.
package scriptio

import (
	"bufio"
	"bytes"
	"encoding/json"
	"log"
	"os"
	"strconv"

	"github.com/sitrep/sitrep/internal/doc"
)

// ReadDoc is the one document of the file at path.
func ReadDoc(path string) *doc.Document {
	d, err := doc.ReadOne(path)
	if err != nil {
		log.Fatal(err)
	}
	return d
}

// EachLine calls fn with every line of the file at path that is not
// blank, untrimmed: a TSV row keeps its empty last field. Lines may be
// long (a MUC-4 answer key's line exceeds 64 KB).
func EachLine(path string, fn func([]byte)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) > 0 {
			fn(sc.Bytes())
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
}

// GoldFile is the "file" field of one line of a news gold file (path
// names it in the error), and nothing else of the line: the fresh blind
// set's gold is read no further.
func GoldFile(path string, line []byte) string {
	var r struct {
		File string `json:"file"`
	}
	if err := json.Unmarshal(line, &r); err != nil || r.File == "" {
		log.Fatalf("%s: no file in %.60q", path, line)
	}
	return r.File
}

// GoldFiles is the set of the articles a news gold file codes (GoldFile).
func GoldFiles(path string) map[string]bool {
	files := map[string]bool{}
	EachLine(path, func(line []byte) { files[GoldFile(path, line)] = true })
	return files
}

// NewsDevTune reports whether a news-dev article (its file name, which
// starts with its three-digit number) is in the TUNE half the project
// develops on: 001-062 and the even-numbered of 063-095. The odd-numbered
// of 063-095 are BLIND, read by nobody (scripts/news-split.sh keeps the
// same rule for the shell).
func NewsDevTune(file string) bool {
	n, err := strconv.Atoi(file[:min(3, len(file))])
	return err == nil && (n <= 62 || n%2 == 0)
}
