package gazetteer

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unsafe"
)

// File names, for error messages.
const (
	placesFile    = "places.bin"
	keysFile      = "keys.bin"
	countriesFile = "countries.tsv"
	wordsFile     = "words.txt.gz"
)

// Magic opens places.bin and keys.bin, followed by the file's role
// ("places\n", "keys\n") and a version that changes with the layout.
const (
	Magic   = "sitrep-gazetteer\n"
	Version = 1
)

// Flags of a posting: how a key names a feature. The generator writes them
// in the low two bits of a posting and as the prefix of a key in
// countries.tsv ("~", "!", "@").
const (
	FlagMain = iota
	FlagAlt
	FlagAbbrev
	FlagDemonym
)

// flagOfPrefix maps a key prefix of countries.tsv to its flag.
func flagOfPrefix(c byte) (int, bool) {
	switch c {
	case '~':
		return FlagAlt, true
	case '!':
		return FlagAbbrev, true
	case '@':
		return FlagDemonym, true
	}
	return FlagMain, false
}

func entryOf(f *Feature, flag int) Entry {
	return Entry{Feature: f, Alt: flag == FlagAlt, IsAbbrev: flag == FlagAbbrev, IsDemonym: flag == FlagDemonym}
}

// data is the embedded files, so that tests and fuzzers can load others.
type data struct {
	places, keys, countries string
	words                   []byte
	overlay                 string // overlay.tsv
	// outside puts the features and the key entries outside the Go heap
	// (see outsideHeap): only for the embedded files, the strings of
	// which are the executable's own read-only data.
	outside bool
}

// parse builds a gazetteer from the embedded files; their layout is
// documented in data/README.md. The places and the keys are parsed on two
// goroutines: the keys' entries point into the features slice, which is
// allocated before either is parsed.
func parse(d data) (*Gazetteer, error) {
	g := &Gazetteer{country: map[string]*Feature{}, iso3: map[string]string{}}
	cs, ckeys, err := parseCountries(d.countries)
	if err != nil {
		return nil, err
	}

	keysDone := make(chan error, 1)
	featuresReady := make(chan bool, 1) // true once g.features is allocated
	var featuresOutside bool            // set before featuresReady is sent
	var entriesOutside bool             // set before keysDone is sent
	go func() {
		kr, err := openBin(d.keys, keysFile, "keys")
		if err == nil && <-featuresReady {
			// entries go outside the heap only if the features they
			// point to did: memory the collector does not scan must not
			// hold the only pointer to something it may free
			entriesOutside, err = g.parseKeys(kr, len(cs), ckeys, featuresOutside)
		}
		if err == nil {
			err = g.parseWords(d.words)
		}
		keysDone <- err
	}()

	r, err := openBin(d.places, placesFile, "places")
	var nAdmin1, nAdmin2, nPlaces int
	if err == nil {
		nAdmin1, nAdmin2, nPlaces = r.count(), r.count(), r.count()
		err = r.err
	}
	if err != nil {
		featuresReady <- false
		<-keysDone
		return nil, err
	}
	g.features, featuresOutside = records[Feature](d.outside, len(cs)+nAdmin1+nAdmin2+nPlaces)
	adviseHuge(g.features)
	copy(g.features, cs)
	for i := range cs {
		f := &g.features[i]
		g.country[f.CountryCode] = f
		g.country[f.code] = f // the alpha-3 code, kept in code while parsing
		g.iso3[f.CountryCode] = f.code
		f.code = ""
	}
	featuresReady <- true
	err = g.parseFeatures(r, len(cs), nAdmin1, nAdmin2)
	if err == nil && r.pos != len(r.text) {
		err = r.errorf("%d bytes after the last place", len(r.text)-r.pos)
	}
	if kerr := <-keysDone; err == nil {
		err = kerr
	}
	if err != nil {
		return nil, err
	}
	g.sumWeights()
	if err := g.applyOverlay(d.overlay); err != nil {
		return nil, err
	}
	// Nothing writes the records after this: a stray write to those
	// outside the heap, which no Go check covers, faults instead of
	// silently changing every later answer.
	if featuresOutside {
		readOnly(g.features)
	}
	if entriesOutside {
		readOnly(g.entries)
	}
	return g, nil
}

// records returns n zero records, outside the Go heap if outside is set
// and the system allows it, and whether they are outside.
func records[T any](outside bool, n int) ([]T, bool) {
	if outside {
		if s, ok := outsideHeap[T](n); ok {
			return s, true
		}
	}
	return make([]T, n), false
}

// openBin checks the magic and version of places.bin or keys.bin. Names
// are substrings of text, which saves copying megabytes on every start.
func openBin(text, file, role string) (*binReader, error) {
	r := &binReader{text: text, file: file}
	if !strings.HasPrefix(r.text, Magic+role+"\n") {
		return nil, r.errorf("not a gazetteer %s file", role)
	}
	r.pos = len(Magic) + len(role) + 1
	if v := r.uvarint(); v != Version {
		return nil, r.errorf("version %d, want %d", v, Version)
	}
	return r, r.err
}

// gzipSize reads the uncompressed size (modulo 4 GiB) that a gzip stream
// records in its last four bytes, to size the buffer in one allocation.
func gzipSize(gz []byte) int {
	if len(gz) < 4 {
		return 0
	}
	return int(binary.LittleEndian.Uint32(gz[len(gz)-4:]))
}

// gunzip decompresses gz into a buffer of exactly the recorded size, so
// that the data costs one allocation and no copy.
func gunzip(gz []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	buf := make([]byte, gzipSize(gz))
	if _, err := io.ReadFull(zr, buf); err != nil {
		return nil, err
	}
	// Reading on checks the CRC and that nothing follows.
	if n, err := zr.Read(make([]byte, 1)); n != 0 || err != io.EOF {
		if err == nil || err == io.EOF {
			err = errors.New("longer than its recorded size")
		}
		return nil, err
	}
	return buf, nil
}

// countryKey is a key of countries.tsv.
type countryKey struct {
	key     string
	feature int
	flag    int
}

// parseCountries reads countries.tsv: alpha-2 code, alpha-3 code, name,
// latitude, longitude and keys, tab-separated, one country a line.
func parseCountries(text string) ([]Feature, []countryKey, error) {
	var cs []Feature
	var keys []countryKey
	for n, line := range strings.Split(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 || len(f[0]) != 2 || len(f[1]) != 3 {
			return nil, nil, fmt.Errorf("gazetteer: %s line %d: want 6 fields: alpha-2 code, alpha-3 code, name, lat, lon, keys", countriesFile, n+1)
		}
		lat, ok1 := parseDecimal(f[3])
		lon, ok2 := parseDecimal(f[4])
		if !ok1 || !ok2 || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return nil, nil, fmt.Errorf("gazetteer: %s line %d: bad coordinate %q %q", countriesFile, n+1, f[3], f[4])
		}
		cs = append(cs, Feature{Kind: Country, HasCoord: true, Name: f[2], code: f[1], CountryCode: f[0],
			Lat: lat, Lon: lon})
		for _, k := range strings.Split(f[5], "|") {
			fl := FlagMain
			if k != "" {
				if v, ok := flagOfPrefix(k[0]); ok {
					fl, k = v, k[1:]
				}
			}
			var kb [128]byte
			if k == "" || string(AppendKey(kb[:0], k)) != k {
				return nil, nil, fmt.Errorf("gazetteer: %s line %d: %q is not a key", countriesFile, n+1, k)
			}
			keys = append(keys, countryKey{key: k, feature: len(cs) - 1, flag: fl})
		}
	}
	slices.SortStableFunc(keys, func(a, b countryKey) int { return strings.Compare(a.key, b.key) })
	return cs, keys, nil
}

// parseFeatures reads the divisions and places of places.bin into
// g.features[base:].
func (g *Gazetteer) parseFeatures(r *binReader, base, nAdmin1, nAdmin2 int) error {
	fcodes := make([]string, r.count())
	for i := range fcodes {
		fcodes[i] = r.str()
	}
	row := func(i int, kind Kind) *Feature {
		v := r.uvarint()
		if v == 0 {
			return nil
		}
		j := base + int(v-1)
		if v > uint64(i) || g.features[j].Kind != kind {
			r.fail("bad %s row %d", kind, v-1)
			return nil
		}
		return &g.features[j]
	}
	var lat, lon int64 // places' coordinates are deltas from the previous place
	lastCC := ""
	for i := range len(g.features) - base {
		f := &g.features[base+i]
		f.CountryCode = r.cc()
		switch {
		case i < nAdmin1:
			f.Kind = Admin1
		case i < nAdmin1+nAdmin2:
			f.Kind = Admin2
			f.a1 = row(i, Admin1)
		default:
			f.Kind = Place
			f.a1, f.a2 = row(i, Admin1), row(i, Admin2)
			id := r.uvarint()
			if id > math.MaxInt32 {
				r.fail("geonames id %d too large", id)
			}
			f.geonamesID = int32(id)
		}
		if f.Kind != Place {
			f.code = r.str()
		}
		f.Name = r.str()
		if f.Kind == Place {
			lat += r.varint()
			lon += r.varint()
			f.Lat, f.Lon, f.HasCoord = float64(lat)/1e5, float64(lon)/1e5, true
			f.weight = int64(r.uvarint())
			if c := r.uvarint(); c < uint64(len(fcodes)) {
				f.code = fcodes[c]
			} else {
				r.fail("bad feature code %d", c)
			}
		} else if r.byte() == 1 {
			f.Lat, f.Lon, f.HasCoord = float64(r.varint())/1e5, float64(r.varint())/1e5, true
		}
		if r.err != nil {
			return r.err
		}
		if f.Lat < -90 || f.Lat > 90 || f.Lon < -180 || f.Lon > 180 {
			return r.errorf("%q: coordinate %v %v out of range", f.Name, f.Lat, f.Lon)
		}
		if f.CountryCode != lastCC {
			if g.country[f.CountryCode] == nil {
				return r.errorf("%q: unknown country %q", f.Name, f.CountryCode)
			}
			lastCC = f.CountryCode
		}
	}
	return nil
}

// parseKeys reads the sorted, front-coded keys of places.bin with their
// postings, and merges in the keys of countries.tsv, so that each key's
// entries lie together: countries first, then divisions, then places.
// It reports whether the entries are outside the Go heap.
func (g *Gazetteer) parseKeys(r *binReader, nCountries int, ckeys []countryKey, outside bool) (bool, error) {
	nRows, nKeys, nPostings, keyBytes := r.count(), r.count(), r.count(), r.count()
	g.maxWords = r.count()
	if r.err != nil {
		return false, r.err
	}
	if nCountries+nRows != len(g.features) {
		return false, r.errorf("%d rows, but places.bin has %d", nRows, len(g.features)-nCountries)
	}
	ckBytes := 0
	for _, k := range ckeys {
		ckBytes += len(k.key)
	}
	// All keys lie in arena in sorted order; arena never grows past its
	// capacity, so string views of it stay valid.
	arena := make([]byte, 0, keyBytes+ckBytes)
	adviseHuge(arena)
	offs := make([]uint32, 0, nKeys+len(ckeys)+1)
	g.starts = make([]uint32, 0, nKeys+len(ckeys)+1)
	var entriesOutside bool
	g.entries, entriesOutside = records[Entry](outside, nPostings+len(ckeys))
	g.entries = g.entries[:0]
	adviseHuge(g.entries)
	ci := 0
	// startKey records the key at arena[off:off+n] and the entries of the
	// countries that it names.
	startKey := func(off, n int) {
		k := view(arena[off : off+n])
		offs = append(offs, uint32(off))
		g.starts = append(g.starts, uint32(len(g.entries)))
		for ci < len(ckeys) && ckeys[ci].key == k {
			g.entries = append(g.entries, entryOf(&g.features[ckeys[ci].feature], ckeys[ci].flag))
			ci++
		}
	}
	// The header's word count covers the keys of places.bin (the
	// generator counts them); those of countries.tsv are counted here.
	for _, k := range ckeys {
		g.maxWords = max(g.maxWords, keyWords(k.key))
	}
	prevOff, prevLen := 0, 0 // the previous key of places.bin, in arena
	for k := range nKeys {
		shared := int(r.uvarint())
		suffix := r.str()
		if r.err != nil {
			return false, r.err
		}
		n := shared + len(suffix)
		if shared > prevLen || n == 0 || len(arena)+n > cap(arena) {
			return false, r.errorf("bad key (prefix %d, suffix %q)", shared, suffix)
		}
		// The key shares its first bytes with the one before, so it
		// follows it if its rest follows the rest of that one. The keys
		// of countries.tsv merged in below are in order by construction:
		// this is the whole order check, which spares build a compare
		// of every key.
		if k > 0 && !follows(suffix, view(arena[prevOff+shared:prevOff+prevLen])) {
			return false, r.errorf("keys are not sorted")
		}
		off := len(arena)
		arena = append(arena, arena[prevOff:prevOff+shared]...)
		arena = append(arena, suffix...)
		// Keys of countries.tsv alone that sort before this one go
		// before it in arena: move it along. Most keys start with a
		// byte below the next country key's, which settles it.
		for ci < len(ckeys) && ckeys[ci].key[0] <= arena[off] && ckeys[ci].key < view(arena[off:off+n]) {
			ck := ckeys[ci].key
			if len(arena)+len(ck) > cap(arena) {
				return false, r.errorf("key bytes exceed the count in the header")
			}
			arena = arena[:len(arena)+len(ck)]
			copy(arena[off+len(ck):], arena[off:off+n])
			copy(arena[off:], ck)
			startKey(off, len(ck))
			off += len(ck)
		}
		startKey(off, n)
		prevOff, prevLen = off, n
		for range r.uvarint() {
			p := r.uvarint()
			i := nCountries + int(p>>2)
			if r.err != nil || i >= len(g.features) {
				return false, r.errorf("bad posting %d for key %q", p>>2, view(arena[off:off+n]))
			}
			g.entries = append(g.entries, entryOf(&g.features[i], int(p&3)))
		}
	}
	for ci < len(ckeys) {
		off := len(arena)
		arena = append(arena, ckeys[ci].key...)
		startKey(off, len(ckeys[ci].key))
	}
	offs = append(offs, uint32(len(arena)))
	g.starts = append(g.starts, uint32(len(g.entries)))
	g.keys = sortedIndex{text: view(arena), offs: offs}
	g.keys.build(true)
	return entriesOutside, nil
}

// follows reports whether a sorts after b, deciding on the first byte
// when it can: a compare call a key costs more than the test.
func follows(a, b string) bool {
	if a != "" && b != "" && a[0] != b[0] {
		return a[0] > b[0]
	}
	return a > b
}

// view returns b as a string without copying; b must not change while the
// string is in use.
func view(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// parseWords reads words.txt.gz, the sorted common words, one key a line,
// and marks the entries whose key is one.
func (g *Gazetteer) parseWords(gz []byte) error {
	buf, err := gunzip(gz)
	if err != nil {
		return fmt.Errorf("gazetteer: %s: %w", wordsFile, err)
	}
	text := view(buf)
	offs := make([]uint32, 0, bytes.Count(buf, []byte{'\n'})+1)
	pos := 0
	for pos < len(text) {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			return fmt.Errorf("gazetteer: %s: no newline at the end", wordsFile)
		}
		if text[pos] != '#' {
			offs = append(offs, uint32(pos))
		}
		pos += end + 1
	}
	// Comments come first, so the words run to the end of the text.
	offs = append(offs, uint32(len(text)))
	g.words = sortedIndex{text: text, offs: offs, sep: 1}
	if !g.words.build(false) {
		return fmt.Errorf("gazetteer: %s: words are not sorted", wordsFile)
	}
	// Each word is looked up among the keys: ten times fewer words than
	// keys, so that costs less than a merge pass comparing every key.
	for j := range g.words.len() {
		w := g.words.key(j) // find reads it, never writes
		if i := g.keys.find(unsafe.Slice(unsafe.StringData(w), len(w))); i >= 0 {
			for e := g.starts[i]; e < g.starts[i+1]; e++ {
				g.entries[e].CommonWord = true
			}
		}
	}
	return nil
}

// sumWeights gives divisions and countries the summed population of their
// places, to rank them against places of the same name, and notes each
// country's capital (Capital) on the way.
// Places come grouped by country, so the country is looked up once a run
// of them, not once a place.
func (g *Gazetteer) sumWeights() {
	var c *Feature
	g.capital = map[string]*Feature{}
	for i := range g.features {
		f := &g.features[i]
		if f.Kind == Place && f.code == "PPLC" {
			if old := g.capital[f.CountryCode]; old == nil || f.weight > old.weight {
				g.capital[f.CountryCode] = f
			}
		}
		if f.Kind != Place || f.weight == 0 {
			continue
		}
		if f.a1 != nil {
			f.a1.weight += f.weight
		}
		if f.a2 != nil {
			f.a2.weight += f.weight
		}
		if c == nil || c.CountryCode != f.CountryCode {
			c = g.country[f.CountryCode]
		}
		c.weight += f.weight
	}
}

// binReader decodes places.bin. Errors stick: after the first, reads
// return zero values and err says where it happened.
type binReader struct {
	text string
	pos  int
	file string
	err  error
}

func (r *binReader) errorf(format string, args ...any) error {
	return fmt.Errorf("gazetteer: %s byte %d: %s", r.file, r.pos, fmt.Sprintf(format, args...))
}

// fail records the first error and moves to the end of the text, so that
// the reads after it return zero values without testing err first.
func (r *binReader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = r.errorf(format, args...)
	}
	r.pos = len(r.text)
}

// uvarint reads an unsigned varint. Loading reads some three million of
// them, most one byte long: that case is tested first, in a body small
// enough to be inlined (after an error pos is at the end: see fail).
func (r *binReader) uvarint() uint64 {
	if p := r.pos; p < len(r.text) && r.text[p] < 0x80 {
		r.pos = p + 1
		return uint64(r.text[p])
	}
	return r.uvarintLong()
}

func (r *binReader) uvarintLong() uint64 {
	var x uint64
	t, p := r.text, r.pos
	for s := uint(0); s < 64 && p < len(t); s += 7 {
		b := t[p]
		p++
		if b < 0x80 {
			r.pos = p
			return x | uint64(b)<<s
		}
		x |= uint64(b&0x7f) << s
	}
	r.fail("truncated or overlong number")
	return 0
}

func (r *binReader) varint() int64 {
	u := r.uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

// count reads a count, capped so that a corrupt file cannot make Load
// allocate without bound.
func (r *binReader) count() int {
	n := r.uvarint()
	if n > 1<<26 {
		r.fail("count %d too large", n)
		return 0
	}
	return int(n)
}

func (r *binReader) byte() byte {
	if r.err != nil || r.pos >= len(r.text) {
		r.fail("truncated")
		return 0
	}
	r.pos++
	return r.text[r.pos-1]
}

func (r *binReader) str() string {
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.text)-r.pos) {
		r.fail("truncated string")
		return ""
	}
	s := r.text[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return s
}

func (r *binReader) cc() string {
	if r.err != nil || r.pos+2 > len(r.text) {
		r.fail("truncated")
		return ""
	}
	r.pos += 2
	return r.text[r.pos-2 : r.pos]
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// parseDecimal parses a plain decimal ("-33.89989") exactly for the at most
// 15 significant digits the data has.
func parseDecimal(s string) (float64, bool) {
	neg := false
	if s != "" && s[0] == '-' {
		neg, s = true, s[1:]
	}
	if s == "" || len(s) > 16 {
		return 0, false
	}
	var m int64
	frac, digits, dot := 0, 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			m = m*10 + int64(c-'0')
			digits++
			if dot {
				frac++
			}
		case c == '.' && !dot:
			dot = true
		default:
			return 0, false
		}
	}
	if digits == 0 || frac >= len(pow10) {
		return 0, false
	}
	v := float64(m) / pow10[frac]
	if neg {
		v = -v
	}
	return v, true
}
