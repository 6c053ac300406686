// Package gazetteer resolves place names to coordinates with no network.
//
// The data is embedded (see data/README.md): countries with their names,
// variants and demonyms; first- and second-level divisions (provinces,
// districts, counties, LGAs); populated places of at least 500 inhabitants
// with their Latin-script alternate names; and a list of common English
// words, so that a caller can tell "Nice" the city from "nice" the word.
// A small curated overlay (overlay.tsv), edited by hand, adds aliases and
// places that the generated data lacks; Load applies it.
//
// Every name is stored under its key (AppendKey), so a scanner keys the
// n-grams of a text and calls Lookup without allocating; Resolve picks one
// candidate using the context of a story (its countries, provinces and other
// places).
package gazetteer

import (
	_ "embed"
	"sync"
)

// Kind says what level of the hierarchy an entry is.
type Kind uint8

// Kinds, coarsest first.
const (
	Country Kind = iota + 1
	Admin1
	Admin2
	Place
)

// String returns the precision name used in records: country, admin1,
// admin2 or place.
func (k Kind) String() string {
	switch k {
	case Country:
		return "country"
	case Admin1:
		return "admin1"
	case Admin2:
		return "admin2"
	case Place:
		return "place"
	}
	return "unknown"
}

// Feature is one record of the gazetteer: a country, a division or a
// populated place. Features are shared by every Entry that names them and
// must not be modified.
//
// Every run makes some 280,000 of them, and the kernel zeroes each page
// they take before the parser writes it: so a Feature keeps only what
// cannot be derived, in fields no wider than the data needs (96 bytes;
// 152 when it stored its divisions' names, its population beside its
// weight, and two codes of which it has at most one), and the methods
// below rebuild the rest. Lat and Lon stay float64: countries.tsv gives
// up to eight decimals, which no 32-bit fixed point holds.
type Feature struct {
	Kind Kind
	// HasCoord is false when no coordinate is known: a division none of
	// whose populated places is in the data. Lat and Lon are then 0 and
	// must not be shown.
	HasCoord   bool
	geonamesID int32 // see GeonamesID
	// Name is the canonical name: GeoNames' main name for places and
	// divisions, the common English name for countries.
	Name        string
	CountryCode string // ISO 3166-1 alpha-2
	// code is the Code of a division or the FeatureCode of a place.
	code     string
	Lat, Lon float64
	// a1 and a2 are the divisions the feature lies in; nil for none (and
	// for a division's own level).
	a1, a2 *Feature
	// weight ranks candidates: the population of a place, the summed
	// population of the places in a division or country.
	weight int64
}

// GeonamesID is the GeoNames feature id of a populated place; 0 for
// countries, divisions and the few places that the sources list without an
// id.
func (f *Feature) GeonamesID() int { return int(f.geonamesID) }

// Code is GeoNames' code of a division ("PK.05", "PK.05.1176733"), a stable
// id where GeonamesID is 0; "" for countries and places.
func (f *Feature) Code() string {
	if f.Kind == Admin1 || f.Kind == Admin2 {
		return f.code
	}
	return ""
}

// FeatureCode is GeoNames' feature code of a place (PPL, PPLA, PPLC, PPLX
// ...); "" for countries, divisions and places the sources list without
// one.
func (f *Feature) FeatureCode() string {
	if f.Kind == Place {
		return f.code
	}
	return ""
}

// Population is GeoNames' figure for a populated place (its weight); 0 for
// countries and divisions, whose population the sources do not give.
func (f *Feature) Population() int {
	if f.Kind == Place {
		return int(f.weight)
	}
	return 0
}

// Weight ranks features of one kind: a place's population, the summed
// population of the places in a division or a country. Of the countries
// one demonym names ("American": the United States and the Northern
// Mariana Islands), the heaviest is the one a text means.
func (f *Feature) Weight() int64 { return f.weight }

// Admin1 is the name of the first-level division the feature lies in (for
// such a division, its own name), or "".
func (f *Feature) Admin1() string {
	switch {
	case f.Kind == Admin1:
		return f.Name
	case f.a1 != nil:
		return f.a1.Name
	}
	return ""
}

// Admin2 is the name of the second-level division the feature lies in (for
// such a division, its own name), or "".
func (f *Feature) Admin2() string {
	switch {
	case f.Kind == Admin2:
		return f.Name
	case f.a2 != nil:
		return f.a2.Name
	}
	return ""
}

// Entry is one candidate for a key: a feature and how the key named it.
// The Feature's fields read through it (e.Name, e.Lat, e.Kind).
type Entry struct {
	*Feature
	// Alt is true when the key is an alternate name of the feature (an
	// exonym, an old name, another transliteration), not its main name.
	Alt bool
	// IsDemonym is true when the key is a demonym of a country
	// ("Pakistani", "Afghans").
	IsDemonym bool
	// IsAbbrev is true when the key is an abbreviation ("US", "DRC",
	// "Va."), which a scanner may want to see written in capitals.
	IsAbbrev bool
	// CommonWord is true when the key is also a common English word
	// ("nice", "police", "mobile"): in lower-cased text it is probably the
	// word, not the place.
	CommonWord bool
	// Region is true when the key is an overlay alias that makes a
	// region of one country a name of that country ("Darfur", "Sinai"):
	// the name says where in the country, which the country does not.
	Region bool
	// Curated is true when the key comes from overlay.tsv, which sitrep
	// edits by hand: its alternates are names English writes.
	Curated bool
}

// Gazetteer is the loaded data. It is immutable and safe for concurrent
// use.
type Gazetteer struct {
	features []Feature // countries, then divisions, then populated places
	keys     sortedIndex
	// entries[starts[i]:starts[i+1]] are the entries of key i.
	entries  []Entry
	starts   []uint32
	words    sortedIndex // common English words
	maxWords int
	country  map[string]*Feature // by ISO alpha-2 and alpha-3 code
	iso3     map[string]string   // alpha-2 to alpha-3
	capital  map[string]*Feature // by ISO alpha-2: the most populous place GeoNames codes PPLC
	overlay  *overlay            // the curated additions of overlay.tsv; nil when it is empty
}

var (
	// places.bin and keys.bin are embedded as they are, not gzipped:
	// the names are substrings of the program's own read-only data,
	// paged in from the executable, so start-up neither decompresses
	// 13 MB nor allocates and faults in memory for them.
	//go:embed data/places.bin
	placesBin string
	//go:embed data/keys.bin
	keysBin string
	//go:embed data/countries.tsv
	countriesTSV string
	//go:embed data/words.txt.gz
	wordsGz []byte
	//go:embed overlay.tsv
	overlayTSV string
	embedded   = data{places: placesBin, keys: keysBin, countries: countriesTSV, words: wordsGz, overlay: overlayTSV, outside: true}

	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

// Load returns the embedded gazetteer. It parses the data once (the first
// call takes about a tenth of a second); later calls return the same value.
// Loading maps some 35 MB outside the Go heap, which no collection scans,
// and allocates some 15 MB on it that stays live: a command that loads it
// at start may want the collector paused meanwhile (sitrep's does).
func Load() (*Gazetteer, error) {
	loadOnce.Do(func() { loaded, loadErr = parse(embedded) })
	return loaded, loadErr
}

// Lookup returns the entries one of whose names has this key, as made by
// AppendKey, or nil. The slice points into the gazetteer and must not be
// modified. Lookup does not allocate.
func (g *Gazetteer) Lookup(key []byte) []Entry {
	if es, ok := g.overlay.lookup(key); ok {
		return es
	}
	i := g.keys.find(key)
	if i < 0 {
		return nil
	}
	s, e := g.starts[i], g.starts[i+1]
	return g.entries[s:e:e]
}

// MaxWords is the largest number of space-separated words in any key: a
// scanner need not try longer n-grams.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// CommonWord reports whether key (made by AppendKey) is a common English
// word: one of the SCOWL size-35 list, which holds words such as "nice",
// "police" and "said" but not "victoria" or "paris".
func (g *Gazetteer) CommonWord(key []byte) bool { return g.words.find(key) >= 0 }

// Country returns the country with this ISO 3166-1 alpha-2 or alpha-3 code
// (any case).
func (g *Gazetteer) Country(code string) (*Feature, bool) {
	var b [3]byte
	if len(code) != 2 && len(code) != 3 {
		return nil, false
	}
	for i := 0; i < len(code); i++ {
		c := code[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	f, ok := g.country[string(b[:len(code)])]
	return f, ok
}

// Capital returns the capital city of the country with ISO 3166-1
// alpha-2 code cc: news names it by its country ("the Afghan capital",
// "the capital of Somalia"). Where GeoNames codes several places PPLC
// (a seat of government beside the constitutional capital), the most
// populous.
func (g *Gazetteer) Capital(cc string) (*Feature, bool) {
	f, ok := g.capital[cc]
	return f, ok
}

// ISO3 returns the ISO 3166-1 alpha-3 code of the country with alpha-2
// code cc, or "".
func (g *Gazetteer) ISO3(cc string) string { return g.iso3[cc] }

// Admin1 returns the first-level division of country cc (alpha-2) that has
// a name (any variant) with the same key as name.
func (g *Gazetteer) Admin1(cc, name string) (*Feature, bool) {
	var buf [64]byte
	for _, e := range g.Lookup(AppendKey(buf[:0], name)) {
		if e.Kind == Admin1 && e.CountryCode == cc {
			return e.Feature, true
		}
	}
	return nil, false
}
