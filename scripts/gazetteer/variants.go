package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// variant is one line of variants.tsv: names the sources lack, added to an
// entry that the sources have.
type variant struct {
	kind   string // name, country, demonym, abbrev, admin1, admin1abbrev, admin2, place
	cc     string
	target string // the entry's name at that level (any of its keys); "-" for countries
	names  []string
	line   int
}

var variantKinds = map[string]bool{"name": true, "country": true, "demonym": true, "abbrev": true,
	"admin1": true, "admin1abbrev": true, "admin2": true, "place": true}

// readVariants reads the curated file: kind, country code, target, and
// "|"-separated names, tab-separated; "#" starts a comment.
func readVariants(path string) ([]variant, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var vs []variant
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || !variantKinds[f[0]] || len(f[1]) != 2 || f[2] == "" || f[3] == "" {
			return nil, fmt.Errorf("%s line %d: want kind, country code, target, names (tab-separated)", path, n)
		}
		vs = append(vs, variant{kind: f[0], cc: f[1], target: f[2], names: strings.Split(f[3], "|"), line: n})
	}
	return vs, sc.Err()
}
