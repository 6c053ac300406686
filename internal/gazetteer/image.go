package gazetteer

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"unsafe"
)

// The image (data/image.bin) is the gazetteer laid out to be used where it
// lies, in the executable's read-only data: fixed-width little-endian
// records, sorted key and word texts with their offsets, and strings as
// offsets into one blob. Opening it decodes nothing per entry and
// allocates only address space: a key's entries and the features they
// name are made the first time Lookup finds the key, so a run pays for
// the few thousand places its articles name, on whichever worker meets
// them, not for 280,000 places on every start. It is built from
// places.bin, keys.bin, countries.tsv and words.txt.gz by buildImage (go
// test -run TestImage -update, or the generator), and checked against
// them by TestImage.
//
//	magic "sitrep-gazetteer\nimage\n\x00", then u32s:
//	  version, features, countries, keys, entries, key bytes, words,
//	  word bytes, largest words per key, feature codes, ids, string bytes
//	sections, in this order:
//	  key offsets    u32 × (keys+1), into the key text
//	  key starts     u32 × (keys+1): the key's first entry
//	  key buckets    u32 × (nBuckets+1) (see sortedIndex)
//	  entries        u32 × entries: feature<<3 | common word<<2 | flag
//	  word offsets   u32 × (words+1), into the word text
//	  word buckets   u32 × (nBuckets+1)
//	  ids            u32 × ids: the places with a GeoNames id, by id
//	  weights        u32 × 2 × countries: each country's weight, low half first
//	  feature codes  u32 × 2 × codes: offset and length in the strings
//	  records        recordSize bytes × (features - countries): divisions, then places
//	  key text, word text, strings
//
// A record: name offset u32, name length u16, code length u16, code
// offset u32, admin1 and admin2 row i32 (-1 none), GeoNames id u32, lat
// and lon i32 (1e-5 degree), population u32, weight u64, country code (2
// bytes), kind (1 byte), feature code index (low 7 bits; 127 none) with
// has-coordinate in the high bit. Countries are the first rows; their
// records are countries.tsv, parsed at open.
const (
	imageMagic   = "sitrep-gazetteer\nimage\n\x00"
	imageVersion = 1
	imageFile    = "image.bin"
	recordSize   = 48
	headerWords  = 12
	noFcode      = 0x7f
)

// image is an opened image: its sections as views of the image text.
type image struct {
	text      string
	nFeatures int
	nCountry  int
	entries   []uint32
	ids       []uint32
	weights   []uint32
	fcodes    []string
	records   string
	strs      string
}

// le32 reads the little-endian u32 at s[i:].
func le32(s string, i int) uint32 {
	_ = s[i+3]
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// nativeLE is whether this machine stores a uint32 as the image does.
var nativeLE = func() bool { x := uint16(1); return *(*byte)(unsafe.Pointer(&x)) == 1 }()

// u32s returns s, a run of little-endian u32s, as a slice: a view of s
// where the machine allows it (no copy, no allocation), else a copy.
// The view must never be written: s may be read-only memory.
func u32s(s string) []uint32 {
	if s == "" {
		return nil
	}
	p := unsafe.StringData(s)
	if nativeLE && uintptr(unsafe.Pointer(p))%4 == 0 {
		return unsafe.Slice((*uint32)(unsafe.Pointer(p)), len(s)/4)
	}
	out := make([]uint32, len(s)/4)
	for i := range out {
		out[i] = le32(s, 4*i)
	}
	return out
}

// buildImage lays out g, a gazetteer parsed from the source files before
// the overlay is applied, as an image.
func (g *Gazetteer) buildImage() ([]byte, error) {
	nc := 0
	for nc < len(g.features) && g.features[nc].Kind == Country {
		nc++
	}
	var strs []byte
	str := func(s string) (uint32, int) {
		off := len(strs)
		strs = append(strs, s...)
		return uint32(off), len(s)
	}
	fcodeIdx := map[string]int{}
	var fcodes []string
	for i := nc; i < len(g.features); i++ {
		if c := g.features[i].FeatureCode; c != "" {
			if _, ok := fcodeIdx[c]; !ok {
				fcodeIdx[c] = len(fcodes)
				fcodes = append(fcodes, c)
			}
		}
	}
	if len(fcodes) >= noFcode {
		return nil, fmt.Errorf("gazetteer: %d feature codes, at most %d fit", len(fcodes), noFcode-1)
	}
	var fcodeRefs []uint32
	for _, c := range fcodes {
		off, n := str(c)
		fcodeRefs = append(fcodeRefs, off, uint32(n))
	}
	recs := make([]byte, 0, (len(g.features)-nc)*recordSize)
	le := binary.LittleEndian
	for i := nc; i < len(g.features); i++ {
		f := &g.features[i]
		if f.Kind == Country || len(f.Name) > 0xffff || len(f.Code) > 0xffff || len(f.CountryCode) != 2 {
			return nil, fmt.Errorf("gazetteer: feature %d (%q) does not fit a record", i, f.Name)
		}
		noff, nn := str(f.Name)
		coff, cn := str(f.Code)
		recs = le.AppendUint32(recs, noff)
		recs = le.AppendUint16(recs, uint16(nn))
		recs = le.AppendUint16(recs, uint16(cn))
		recs = le.AppendUint32(recs, coff)
		recs = le.AppendUint32(recs, uint32(f.a1))
		recs = le.AppendUint32(recs, uint32(f.a2))
		recs = le.AppendUint32(recs, uint32(f.GeonamesID))
		recs = le.AppendUint32(recs, uint32(int32(roundE5(f.Lat))))
		recs = le.AppendUint32(recs, uint32(int32(roundE5(f.Lon))))
		recs = le.AppendUint32(recs, uint32(f.Population))
		recs = le.AppendUint64(recs, uint64(f.weight))
		recs = append(recs, f.CountryCode...)
		fc := byte(noFcode)
		if f.FeatureCode != "" {
			fc = byte(fcodeIdx[f.FeatureCode])
		}
		if f.HasCoord {
			fc |= 0x80
		}
		recs = append(recs, byte(f.Kind), fc)
		if float64(roundE5(f.Lat))/1e5 != f.Lat || float64(roundE5(f.Lon))/1e5 != f.Lon ||
			uint64(f.GeonamesID) > 0xffffffff || uint64(f.Population) > 0xffffffff {
			return nil, fmt.Errorf("gazetteer: feature %d (%q) does not fit a record", i, f.Name)
		}
	}
	entries := make([]uint32, len(g.entries))
	for i, e := range g.entries {
		fl := uint32(FlagMain)
		switch {
		case e.Alt:
			fl = FlagAlt
		case e.IsAbbrev:
			fl = FlagAbbrev
		case e.IsDemonym:
			fl = FlagDemonym
		}
		if e.CommonWord {
			fl |= 4
		}
		entries[i] = uint32(g.index(e.Feature))<<3 | fl
	}
	// the words without their newlines
	words := sortedIndex{offs: make([]uint32, 0, g.words.len()+1)}
	var wtext []byte
	for i := range g.words.len() {
		words.offs = append(words.offs, uint32(len(wtext)))
		wtext = append(wtext, g.words.key(i)...)
	}
	words.offs = append(words.offs, uint32(len(wtext)))
	words.text = string(wtext)
	words.build(true)
	var ids []uint32
	for i := nc; i < len(g.features); i++ {
		if g.features[i].Kind == Place && g.features[i].GeonamesID != 0 {
			ids = append(ids, uint32(i))
		}
	}
	slices.SortStableFunc(ids, func(a, b uint32) int {
		return cmp.Compare(g.features[a].GeonamesID, g.features[b].GeonamesID)
	})
	var weights []uint32
	for i := range nc {
		weights = append(weights, uint32(g.features[i].weight), uint32(uint64(g.features[i].weight)>>32))
	}

	out := []byte(imageMagic)
	for _, n := range []int{imageVersion, len(g.features), nc, g.keys.len(), len(g.entries), len(g.keys.text),
		words.len(), len(words.text), g.maxWords, len(fcodes), len(ids), len(strs)} {
		out = le.AppendUint32(out, uint32(n))
	}
	for _, s := range [][]uint32{g.keys.offs, g.starts, g.keys.buckets, entries, words.offs, words.buckets,
		ids, weights, fcodeRefs} {
		for _, v := range s {
			out = le.AppendUint32(out, v)
		}
	}
	out = append(out, recs...)
	out = append(out, g.keys.text...)
	out = append(out, words.text...)
	out = append(out, strs...)
	return out, nil
}

// roundE5 is v in 1e-5 degree, the unit of the source files.
func roundE5(v float64) int64 {
	if v < 0 {
		return -int64(-v*1e5 + 0.5)
	}
	return int64(v*1e5 + 0.5)
}

// openImage returns the gazetteer of an image and countries.tsv, with
// nothing made yet (see the image's comment). With check, every offset,
// index and order of the image is checked first, so that a damaged image
// gives an error, never a panic later: the embedded image, which the
// tests check, is trusted, which spares reading all of it at every start.
func openImage(text, countries string, check bool, outside bool) (*Gazetteer, error) {
	errorf := func(format string, args ...any) error {
		return fmt.Errorf("gazetteer: %s: %s", imageFile, fmt.Sprintf(format, args...))
	}
	if !strings.HasPrefix(text, imageMagic) || len(text) < len(imageMagic)+4*headerWords {
		return nil, errorf("not a gazetteer image")
	}
	var h [headerWords]int
	for i := range h {
		h[i] = int(le32(text, len(imageMagic)+4*i))
	}
	if h[0] != imageVersion {
		return nil, errorf("version %d, want %d", h[0], imageVersion)
	}
	nFeatures, nc, nKeys, nEntries, keyBytes := h[1], h[2], h[3], h[4], h[5]
	nWords, wordBytes, maxWords, nFcodes, nIDs, strBytes := h[6], h[7], h[8], h[9], h[10], h[11]
	pos := len(imageMagic) + 4*headerWords
	// section takes the next n bytes, or "" and false past the end.
	section := func(n int) (string, bool) {
		if n < 0 || n > len(text)-pos {
			return "", false
		}
		s := text[pos : pos+n]
		pos += n
		return s, true
	}
	sizes := []int{4 * (nKeys + 1), 4 * (nKeys + 1), 4 * (nBuckets + 1), 4 * nEntries, 4 * (nWords + 1),
		4 * (nBuckets + 1), 4 * nIDs, 8 * nc, 8 * nFcodes, recordSize * (nFeatures - nc), keyBytes, wordBytes, strBytes}
	secs := make([]string, len(sizes))
	for i, n := range sizes {
		var ok bool
		if secs[i], ok = section(n); !ok || nFeatures < nc || nFeatures >= 1<<29 {
			return nil, errorf("truncated or bad counts")
		}
	}
	if pos != len(text) {
		return nil, errorf("%d bytes after the strings", len(text)-pos)
	}
	cs, _, err := parseCountries(countries)
	if err != nil {
		return nil, err
	}
	if len(cs) != nc {
		return nil, errorf("%d countries, but countries.tsv has %d", nc, len(cs))
	}
	im := &image{text: text, nFeatures: nFeatures, nCountry: nc, entries: u32s(secs[3]), ids: u32s(secs[6]),
		weights: u32s(secs[7]), records: secs[9], strs: secs[12]}
	refs := u32s(secs[8])
	for i := range nFcodes {
		off, n := int(refs[2*i]), int(refs[2*i+1])
		if off > len(im.strs) || n > len(im.strs)-off {
			return nil, errorf("feature code %d out of range", i)
		}
		im.fcodes = append(im.fcodes, im.strs[off:off+n])
	}
	g := &Gazetteer{country: map[string]*Feature{}, iso3: map[string]string{}, img: im, maxWords: maxWords,
		keys:  sortedIndex{text: secs[10], offs: u32s(secs[0]), buckets: u32s(secs[2])},
		words: sortedIndex{text: secs[11], offs: u32s(secs[4]), buckets: u32s(secs[5])}, starts: u32s(secs[1])}
	if check {
		ccs := map[string]bool{}
		for _, c := range cs {
			ccs[c.CountryCode] = true
		}
		if err := im.check(g, ccs); err != nil {
			return nil, err
		}
	}
	var fo bool
	g.features, fo = records[Feature](outside, nFeatures)
	// the entries and the table of features go outside the heap only if
	// the features they point to did: memory the collector does not scan
	// must not hold the only pointer to something it may free
	g.entries, _ = records[Entry](outside && fo, nEntries)
	g.featAt, _ = records[*Feature](outside && fo, nFeatures)
	g.keyAt, _ = records[atomic.Uint32](outside, nKeys)
	// Features and entries are made in order from the start of their
	// memory (see Gazetteer.img), so huge pages hold only what is used;
	// the two tables are written all over, each a few huge pages rather
	// than a fault for every 4 KB page that a run's keys touch.
	adviseHuge(g.features)
	adviseHuge(g.entries)
	adviseHuge(g.featAt)
	adviseHuge(g.keyAt)
	for i := range cs {
		f := &g.features[i]
		*f = cs[i]
		f.row = int32(i)
		g.featAt[i] = f
		g.nFeat++
		f.weight = int64(uint64(im.weights[2*i]) | uint64(im.weights[2*i+1])<<32)
		g.country[f.CountryCode] = f
		g.country[f.Code] = f // the alpha-3 code, kept in Code while parsing
		g.iso3[f.CountryCode] = f.Code
		f.Code = ""
	}
	return g, nil
}

// check checks the image's indexes and records, so that making any key or
// feature of it stays in range.
func (im *image) check(g *Gazetteer, ccs map[string]bool) error {
	errorf := func(format string, args ...any) error {
		return fmt.Errorf("gazetteer: %s: %s", imageFile, fmt.Sprintf(format, args...))
	}
	for _, x := range []*sortedIndex{&g.keys, &g.words} {
		if err := x.check(); err != nil {
			return errorf("%v", err)
		}
	}
	if len(g.starts) != g.keys.len()+1 || g.starts[0] != 0 || int(g.starts[len(g.starts)-1]) != len(im.entries) {
		return errorf("key starts do not cover the entries")
	}
	for i := 1; i < len(g.starts); i++ {
		if g.starts[i] < g.starts[i-1] {
			return errorf("key starts out of order")
		}
	}
	for _, e := range im.entries {
		if int(e>>3) >= im.nFeatures {
			return errorf("entry of feature %d out of range", e>>3)
		}
	}
	for _, id := range im.ids {
		if int(id) < im.nCountry || int(id) >= im.nFeatures {
			return errorf("id row %d out of range", id)
		}
	}
	for j := im.nCountry; j < im.nFeatures; j++ {
		r := im.record(j)
		noff, nn, cn, coff := int(le32(r, 0)), int(r[4])|int(r[5])<<8, int(r[6])|int(r[7])<<8, int(le32(r, 8))
		if noff+nn > len(im.strs) || coff+cn > len(im.strs) {
			return errorf("row %d: string out of range", j)
		}
		kind := Kind(r[46])
		if kind < Admin1 || kind > Place {
			return errorf("row %d: bad kind %d", j, kind)
		}
		if fc := int(r[47] & 0x7f); fc != noFcode && fc >= len(im.fcodes) {
			return errorf("row %d: bad feature code %d", j, fc)
		}
		for _, a := range []struct {
			row  int32
			kind Kind
		}{{int32(le32(r, 12)), Admin1}, {int32(le32(r, 16)), Admin2}} {
			if a.row != -1 && (int(a.row) < im.nCountry || int(a.row) >= j || Kind(im.record(int(a.row))[46]) != a.kind) {
				return errorf("row %d: bad %s row %d", j, a.kind, a.row)
			}
		}
		if !ccs[r[44:46]] {
			return errorf("row %d: unknown country %q", j, r[44:46])
		}
		lat, lon := int32(le32(r, 24)), int32(le32(r, 28))
		if lat < -90e5 || lat > 90e5 || lon < -180e5 || lon > 180e5 {
			return errorf("row %d: coordinate out of range", j)
		}
	}
	return nil
}

// record is the image's record of row j (not a country).
func (im *image) record(j int) string {
	o := (j - im.nCountry) * recordSize
	return im.records[o : o+recordSize]
}

// name is the name of row j's record.
func (im *image) name(r string) string {
	off, n := int(le32(r, 0)), int(r[4])|int(r[5])<<8
	return im.strs[off : off+n]
}

// feature makes row j's feature if it is not made yet and returns it;
// the caller holds g.mu.
func (g *Gazetteer) feature(j int) *Feature {
	if g.img == nil {
		return &g.features[j]
	}
	if f := g.featAt[j]; f != nil {
		return f
	}
	f := &g.features[g.nFeat]
	g.nFeat++
	im := g.img
	r := im.record(j)
	coff, cn := int(le32(r, 8)), int(r[6])|int(r[7])<<8
	*f = Feature{Kind: Kind(r[46]), HasCoord: r[47]&0x80 != 0, GeonamesID: int(le32(r, 20)),
		Name: im.name(r), Code: im.strs[coff : coff+cn], CountryCode: r[44:46],
		Lat: float64(int32(le32(r, 24))) / 1e5, Lon: float64(int32(le32(r, 28))) / 1e5,
		Population: int(le32(r, 32)), a1: int32(le32(r, 12)), a2: int32(le32(r, 16)), row: int32(j),
		weight: int64(uint64(le32(r, 36)) | uint64(le32(r, 40))<<32)}
	if fc := int(r[47] & 0x7f); fc != noFcode {
		f.FeatureCode = im.fcodes[fc]
	}
	switch f.Kind {
	case Admin1:
		f.Admin1 = f.Name
	case Admin2:
		f.Admin2 = f.Name
	}
	if f.a1 >= 0 {
		f.Admin1 = im.name(im.record(int(f.a1)))
	}
	if f.a2 >= 0 {
		f.Admin2 = im.name(im.record(int(f.a2)))
	}
	g.featAt[j] = f
	return f
}

// makeKey makes the entries of key i, and the features they name, unless
// another Lookup has, and returns keyAt[i].
func (g *Gazetteer) makeKey(i int) uint32 {
	g.mu.Lock()
	defer g.mu.Unlock()
	if at := g.keyAt[i].Load(); at != 0 {
		return at
	}
	at := uint32(g.nEnts) + 1
	for _, v := range g.img.entries[g.starts[i]:g.starts[i+1]] {
		e := Entry{Feature: g.feature(int(v >> 3)), CommonWord: v&4 != 0}
		switch int(v & 3) {
		case FlagAlt:
			e.Alt = true
		case FlagAbbrev:
			e.IsAbbrev = true
		case FlagDemonym:
			e.IsDemonym = true
		}
		g.entries[g.nEnts] = e
		g.nEnts++
	}
	g.keyAt[i].Store(at)
	return at
}

// featureAt is feature for a caller that does not hold g.mu.
func (g *Gazetteer) featureAt(j int) *Feature {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.feature(j)
}

// placeByID returns the populated place with this GeoNames id, or nil.
func (g *Gazetteer) placeByID(id int) *Feature {
	ids := g.img.ids
	i, _ := slices.BinarySearchFunc(ids, id, func(row uint32, id int) int {
		return cmp.Compare(int(le32(g.img.record(int(row)), 20)), id)
	})
	if i == len(ids) || int(le32(g.img.record(int(ids[i])), 20)) != id {
		return nil
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.feature(int(ids[i]))
}

// check checks that the index's offsets are in order and in range and
// its keys strictly increasing, and its buckets what build makes.
func (x *sortedIndex) check() error {
	if len(x.offs) == 0 || x.offs[0] != 0 || int(x.offs[len(x.offs)-1]) != len(x.text) {
		return fmt.Errorf("offsets do not cover the text")
	}
	for i := 1; i < len(x.offs); i++ {
		if x.offs[i] <= x.offs[i-1] {
			return fmt.Errorf("empty or unordered key %d", i-1)
		}
		if i >= 2 && x.key(i-1) <= x.key(i-2) {
			return fmt.Errorf("keys not sorted at %d", i-1)
		}
	}
	want := sortedIndex{text: x.text, offs: x.offs}
	want.build(true)
	if !slices.Equal(want.buckets, x.buckets) {
		return fmt.Errorf("bad bucket table")
	}
	return nil
}
