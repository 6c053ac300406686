package gazetteer

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "rewrite data/image.bin from the source files")

// sourcesT reads the source files of the image from data/.
func sourcesT(t testing.TB) data {
	t.Helper()
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("data", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	return data{places: string(read(placesFile)), keys: string(read(keysFile)),
		countries: string(read(countriesFile)), words: read(wordsFile)}
}

// TestImage checks that the embedded image is the one buildImage makes
// from the source files beside it, and that it passes every check that
// openImage skips for it at start. With -update it rewrites the image.
func TestImage(t *testing.T) {
	if *update {
		if err := BuildImage("data"); err != nil {
			t.Fatal(err)
		}
		return
	}
	g, err := parse(sourcesT(t))
	if err != nil {
		t.Fatal(err)
	}
	img, err := g.buildImage()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(img, []byte(imageBin)) {
		t.Fatalf("data/image.bin (%d bytes) is not built from the source files (%d bytes): go test -run TestImage -update", len(imageBin), len(img))
	}
	if _, err := openImage(imageBin, countriesTSV, true, false); err != nil {
		t.Fatal(err)
	}
}

// TestImageSame checks that every key of the image gives the entries
// that the gazetteer parsed from the source files gives, feature by
// feature: the image changes how the data is stored, not what it says.
func TestImageSame(t *testing.T) {
	if testing.Short() {
		t.Skip("parses the source files")
	}
	want, err := parse(sourcesT(t))
	if err != nil {
		t.Fatal(err)
	}
	got, err := openImage(imageBin, countriesTSV, false, false)
	if err != nil {
		t.Fatal(err)
	}
	if got.keys.len() != want.keys.len() || got.maxWords != want.maxWords || got.words.len() != want.words.len() {
		t.Fatalf("keys %d words %d max %d, want %d %d %d", got.keys.len(), got.words.len(), got.maxWords,
			want.keys.len(), want.words.len(), want.maxWords)
	}
	bad := 0
	for i := range want.keys.len() {
		k := []byte(want.keys.key(i))
		ge, we := got.Lookup(k), want.Lookup(k)
		if len(ge) != len(we) {
			t.Fatalf("key %q: %d entries, want %d", k, len(ge), len(we))
		}
		for j := range we {
			g, w := ge[j], we[j]
			gf, wf := *g.Feature, *w.Feature
			if g.Alt != w.Alt || g.IsAbbrev != w.IsAbbrev || g.IsDemonym != w.IsDemonym || g.CommonWord != w.CommonWord ||
				gf != wf || got.index(g.Feature) != want.index(w.Feature) {
				if bad++; bad < 5 {
					t.Errorf("key %q entry %d: %+v %+v, want %+v %+v", k, j, g, gf, w, wf)
				}
			}
		}
	}
	for i := range want.words.len() {
		if w := want.words.key(i); !got.CommonWord([]byte(w)) {
			t.Fatalf("word %q not common in the image", w)
		}
	}
}

// TestLookupConcurrent makes the same keys from several goroutines at
// once, as extract's workers do; under -race it checks that making a key
// on its first lookup is safe.
func TestLookupConcurrent(t *testing.T) {
	g, err := openImage(imageBin, countriesTSV, false, false)
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{"karachi", "pakistan", "sindh", "hyderabad", "tripoli", "nice", "paris"}
	var wg sync.WaitGroup
	got := make([][]int, 4)
	for w := range got {
		wg.Go(func() {
			for _, k := range keys {
				es := g.Lookup([]byte(k))
				got[w] = append(got[w], len(es))
				for _, e := range es {
					if e.Name == "" || len(e.CountryCode) != 2 {
						t.Errorf("%q: entry %+v not made", k, e)
					}
				}
			}
		})
	}
	wg.Wait()
	for w := range got {
		if !slices.Equal(got[w], got[0]) || got[0][0] == 0 {
			t.Errorf("worker %d saw %v entries, worker 0 %v", w, got[w], got[0])
		}
	}
}

// FuzzOpenImage opens damaged images: openImage with its checks must give
// an error or a gazetteer all of whose keys and features can be made.
func FuzzOpenImage(f *testing.F) {
	img := smallImage(f)
	f.Add(img, 0, byte(0))
	f.Add(img, len(imageMagic)+4, byte(7))
	f.Add(img[:len(img)-1], 0, byte(0))
	f.Fuzz(func(t *testing.T, in []byte, at int, b byte) {
		img := bytes.Clone(in)
		if at >= 0 && at < len(img) {
			img[at] ^= b
		}
		g, err := openImage(string(img), countriesTSV, true, false)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "gazetteer: ") {
				t.Errorf("error %q does not say where", err)
			}
			return
		}
		for i := range g.keys.len() {
			for _, e := range g.Lookup([]byte(g.keys.key(i))) {
				if e.Feature == nil || len(e.CountryCode) != 2 || e.Lat < -90 || e.Lat > 90 {
					t.Fatalf("key %q: bad entry %+v", g.keys.key(i), e)
				}
			}
		}
		for id := range 10 {
			g.placeByID(id)
		}
	})
}

// smallImage is the image of a few features and keys of the embedded
// data: the keys of Pakistan and two of its places, with their divisions.
func smallImage(t testing.TB) []byte {
	t.Helper()
	full := mustLoad(t)
	cs, _, err := parseCountries(countriesTSV)
	if err != nil {
		t.Fatal(err)
	}
	g := &Gazetteer{maxWords: 2}
	g.features = make([]Feature, len(cs), len(cs)+64) // never grows: entries point into it
	for i := range cs {
		g.features[i] = *full.country[cs[i].CountryCode]
		g.features[i].row = int32(i)
	}
	rows := map[*Feature]int32{}
	var add func(f *Feature) int32
	add = func(f *Feature) int32 {
		if f.Kind == Country {
			return int32(full.index(f))
		}
		if r, ok := rows[f]; ok {
			return r
		}
		c := *f
		if f.a1 >= 0 {
			c.a1 = add(full.featureAt(int(f.a1)))
		}
		if f.a2 >= 0 {
			c.a2 = add(full.featureAt(int(f.a2)))
		}
		c.row = int32(len(g.features))
		g.features = append(g.features, c)
		rows[f] = c.row
		return rows[f]
	}
	var keys []string
	for _, k := range []string{"karachi", "pakistan", "quetta", "sindh"} {
		keys = append(keys, k)
		g.starts = append(g.starts, uint32(len(g.entries)))
		for _, e := range full.Lookup([]byte(k)) {
			if e.CountryCode != "PK" {
				continue
			}
			e.Feature = &g.features[add(e.Feature)]
			g.entries = append(g.entries, e)
		}
	}
	g.starts = append(g.starts, uint32(len(g.entries)))
	g.keys = sortedIndex{text: strings.Join(keys, "")}
	off := 0
	for _, k := range keys {
		g.keys.offs = append(g.keys.offs, uint32(off))
		off += len(k)
	}
	g.keys.offs = append(g.keys.offs, uint32(off))
	g.keys.build(true)
	g.words = sortedIndex{text: "karachi", offs: []uint32{0, 7}}
	g.words.build(true)
	img, err := g.buildImage()
	if err != nil {
		t.Fatal(err)
	}
	return img
}
