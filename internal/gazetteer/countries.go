package gazetteer

import (
	"slices"
	"strings"
	"sync"
)

// CountryName is one row of the country table.
type CountryName struct {
	Code  string // ISO 3166-1 alpha-2
	Code3 string // alpha-3
	Name  string
}

// countryTable is the country table alone, for the commands and the API
// that validate a country filter or print country names: parsing it takes
// microseconds, where Load parses the 80 MB of places.
var countryTable = sync.OnceValues(func() ([]CountryName, map[string][]string) {
	cs, keys, err := parseCountries(countriesTSV)
	if err != nil {
		panic(err) // the embedded table is checked by the tests
	}
	list := make([]CountryName, len(cs))
	for i, c := range cs {
		list[i] = CountryName{Code: c.CountryCode, Code3: c.code, Name: c.Name}
	}
	byKey := map[string][]string{}
	for _, k := range keys {
		if k.flag == FlagDemonym {
			continue // "british" names people, not a country to filter on
		}
		cc := cs[k.feature].CountryCode
		if !slices.Contains(byKey[k.key], cc) {
			byKey[k.key] = append(byKey[k.key], cc)
		}
	}
	return list, byKey
})

// Countries lists every country of the gazetteer in the table's order
// (by alpha-2 code).
func Countries() []CountryName {
	list, _ := countryTable()
	return list
}

// CountryCodes returns the alpha-2 codes a user's country value names: an
// alpha-2 or alpha-3 code in any case, or a name or variant in any
// spelling the gazetteer knows ("Ivory Coast", "Côte d'Ivoire", "UK"). A
// name two countries share ("Congo") gives both. It returns nil for a
// value that names no country.
func CountryCodes(v string) []string {
	list, byKey := countryTable()
	v = strings.TrimSpace(v)
	if len(v) == 2 || len(v) == 3 {
		up := strings.ToUpper(v)
		for _, c := range list {
			if c.Code == up || c.Code3 == up {
				return []string{c.Code}
			}
		}
	}
	var buf [128]byte
	return byKey[string(AppendKey(buf[:0], v))]
}

// CountryNameOf returns the name of the country with alpha-2 code cc, or
// "".
func CountryNameOf(cc string) string {
	for _, c := range Countries() {
		if c.Code == cc {
			return c.Name
		}
	}
	return ""
}
