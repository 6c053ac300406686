// Package merge decides when incidents extracted from different reports are
// one event, groups them, and builds the merged record.
//
// Merging is conservative: a false merge hides an attack from the analyst,
// while a missed merge only shows one event twice, with both reports one
// click away. So two records merge only when everything they state agrees:
//
//   - they come from different documents (one article's incidents are
//     distinct events by the coding rules);
//   - same type family (record.Family);
//   - both have a date at day or week precision, within two days of each
//     other (seven when either is week-precise);
//   - both have a location finer than a country: the same named place
//     (a village the gazetteer does not know counts, by its name), or two
//     located places within 50 km, or, when either is known only to its
//     district or admin1, the same admin1 (or within 50 km);
//   - no contradiction between named perpetrator groups (two reports that
//     each name groups must share one; "gunmen" contradicts nobody);
//   - when both dates are day-precise but differ, the reports must also
//     corroborate each other: the same named place and a shared target or
//     named group; and two reports that each date the event to their own
//     publication day are two days' news, so two events. Two bombings in
//     one city on consecutive days stay two.
//
// The grouping is deterministic: Cluster depends only on the set of
// members, never on the order they arrived in, so ingesting the same
// documents in any order gives the same incidents with the same ids.
package merge

import (
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/record"
)

// Member is one incident as one document reported it.
type Member struct {
	// ID identifies this extraction for good: the merged incident takes the
	// smallest ID among its members.
	ID string
	// Source is the reporting document.
	Source   record.Source
	Incident record.Incident
}

// MaxKm is how far apart two located reports of one event may be.
const MaxKm = 50

// maxDays is the date tolerance for day-precise dates; weekDays for
// week-precise ones.
const (
	maxDays  = 2
	weekDays = 7
)

// WindowDays is the widest date difference Compatible accepts: a store
// looking for merge candidates of a record searches this many days either
// side of its date.
const WindowDays = weekDays

// Mergeable reports whether inc carries what merging needs: a day- or
// week-precise date and a location finer than a country. Records without
// them stand alone.
func Mergeable(inc *record.Incident) bool {
	_, _, ok := day(inc)
	return ok && (locLevel(inc.Location) != levelNone || named(inc.Location))
}

// named reports whether l names a place in a known country, even one the
// gazetteer did not know (a village, kept as written).
func named(l *record.Location) bool {
	return l != nil && l.Place != "" && countryKey(l) != "" && l.Precision != record.GeoCountry
}

// Key returns what a store indexes merge candidates by: the type family,
// the country (code, or name when no code) and the date. ok is false when
// inc is not Mergeable.
func Key(inc *record.Incident) (family, country, date string, ok bool) {
	if !Mergeable(inc) {
		return "", "", "", false
	}
	return record.Family(inc.Type), countryKey(inc.Location), inc.Date, true
}

// Compatible reports whether a and b may be reports of one event. It is
// symmetric and depends on nothing but a and b.
func Compatible(a, b *Member) bool {
	if a.Source.Doc == b.Source.Doc {
		return false
	}
	ia, ib := &a.Incident, &b.Incident
	if record.Family(ia.Type) != record.Family(ib.Type) {
		return false
	}
	da, weekA, okA := day(ia)
	db, weekB, okB := day(ib)
	if !okA || !okB {
		return false
	}
	diff := da - db
	if diff < 0 {
		diff = -diff
	}
	limit := maxDays
	if weekA || weekB {
		limit = weekDays
	}
	if diff > limit {
		return false
	}
	if !placesAgree(ia.Location, ib.Location) {
		return false
	}
	if perpetratorsContradict(ia, ib) {
		return false
	}
	if diff > 0 && !weekA && !weekB {
		// Each report dates its event to its own publication day: each
		// is that day's news, so two days mean two events.
		if ia.Date == a.Source.Date && ib.Date == b.Source.Date {
			return false
		}
		return samePlace(ia.Location, ib.Location) &&
			(shareGroup(ia, ib) || shareTarget(ia, ib))
	}
	return true
}

// Score ranks compatible pairs: Cluster joins the most alike first, so that
// when two reports each list several attacks in one district, each attack
// pairs with its own counterpart.
func Score(a, b *Member) int {
	ia, ib := &a.Incident, &b.Incident
	s := 0
	da, _, _ := day(ia)
	db, _, _ := day(ib)
	switch d := da - db; {
	case d == 0:
		s += 4
	case d == 1 || d == -1:
		s += 2
	case d == 2 || d == -2:
		s++
	}
	if ia.Type == ib.Type {
		s++
	}
	if samePlace(ia.Location, ib.Location) {
		s += 4
	} else if km, ok := distance(ia.Location, ib.Location); ok {
		switch {
		case km <= 10:
			s += 2
		case km <= MaxKm:
			s++
		}
	}
	if la, lb := ia.Location, ib.Location; la != nil && lb != nil && la.Admin2 != "" &&
		norm(la.Admin2) == norm(lb.Admin2) {
		s++
	}
	if shareGroup(ia, ib) {
		s += 2
	}
	if shareTarget(ia, ib) {
		s++
	}
	return s
}

// day returns inc's date as a day number, whether it is only week-precise,
// and whether it can be compared at all.
func day(inc *record.Incident) (n int, week, ok bool) {
	switch inc.DatePrecision {
	case record.PrecisionDay, "":
	case record.PrecisionWeek:
		week = true
	default:
		return 0, false, false
	}
	if len(inc.Date) != len("2006-01-02") {
		return 0, false, false
	}
	t, err := time.Parse("2006-01-02", inc.Date)
	if err != nil {
		return 0, false, false
	}
	return int(t.Unix() / 86400), week, true
}

// Location levels, from what a location can be compared by.
const (
	levelNone   = iota // no location, or only a country
	levelRegion        // a district or an admin1: compared by admin1, or by distance when located
	levelPlace         // a located place
)

func locLevel(l *record.Location) int {
	if l == nil || countryKey(l) == "" || l.Precision == record.GeoCountry {
		return levelNone
	}
	located := l.Lat != nil && l.Lon != nil
	switch {
	case located && (l.Precision == record.GeoPlace || l.Precision == ""):
		return levelPlace
	case located || l.Admin1 != "":
		return levelRegion
	}
	return levelNone
}

func countryKey(l *record.Location) string {
	if l == nil {
		return ""
	}
	if l.CountryCode != "" {
		return strings.ToUpper(l.CountryCode)
	}
	return norm(l.Country)
}

// placesAgree is the location rule: the same country, then two located
// places within MaxKm of each other; when either is known only to its
// district or province, the same admin1 or within MaxKm. Two towns of one
// large province are two places, not one event.
func placesAgree(a, b *record.Location) bool {
	if named(a) && named(b) && samePlace(a, b) {
		return true
	}
	la, lb := locLevel(a), locLevel(b)
	if la == levelNone || lb == levelNone || countryKey(a) != countryKey(b) {
		return false
	}
	km, located := distance(a, b)
	if la == levelPlace && lb == levelPlace {
		return km <= MaxKm
	}
	if a.Admin1 != "" && norm(a.Admin1) == norm(b.Admin1) {
		return true
	}
	return located && km <= MaxKm
}

// samePlace reports whether a and b name the same place: the same GeoNames
// id when both have one, else the same place name, spelling aside ("Pa Zi
// Gyi" and "Pazigyi"), in the same country and not in two different
// admin1s (a report may not say the province of a village the gazetteer
// does not know). An admin1 alone is never a place.
func samePlace(a, b *record.Location) bool {
	if a == nil || b == nil || countryKey(a) != countryKey(b) {
		return false
	}
	if a.GeonamesID != 0 && b.GeonamesID != 0 {
		return a.GeonamesID == b.GeonamesID
	}
	if a.Admin1 != "" && b.Admin1 != "" && norm(a.Admin1) != norm(b.Admin1) {
		return false
	}
	return a.Place != "" && compact(a.Place) == compact(b.Place)
}

// compact is norm without spaces.
func compact(s string) string { return strings.ReplaceAll(norm(s), " ", "") }

// distance is the great-circle distance in km between two located places.
func distance(a, b *record.Location) (float64, bool) {
	if a == nil || b == nil || a.Lat == nil || a.Lon == nil || b.Lat == nil || b.Lon == nil {
		return 0, false
	}
	return Haversine(*a.Lat, *a.Lon, *b.Lat, *b.Lon), true
}

// Haversine returns the great-circle distance in kilometres.
func Haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0088 // mean Earth radius, km
	rad := math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * r * math.Asin(math.Sqrt(math.Min(1, h)))
}

// namedGroups returns the normalized names of the groups inc holds
// responsible. A group that denied the attack is not held responsible, and
// a description ("gunmen") or a person names no group.
func namedGroups(inc *record.Incident) []string {
	var out []string
	for _, p := range inc.Perpetrators {
		if !isNamedGroup(p) {
			continue
		}
		if n := groupKey(p); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// groupKey is the name a group is compared by: the lexicon's canonical
// name when the extractor knew the group ("BLA" and "Balochistan
// Liberation Army" are one), else the name as written.
func groupKey(p record.Perpetrator) string {
	if p.Canonical != "" {
		return norm(p.Canonical)
	}
	return norm(p.Name)
}

func isNamedGroup(p record.Perpetrator) bool {
	if p.Attribution == record.Denied {
		return false
	}
	switch p.Kind {
	case "group":
		return true
	case "":
		// Records without a kind: "unknown" attribution means the text
		// named no one ("unidentified gunmen").
		return p.Attribution != record.Unknown && p.Attribution != ""
	}
	return false
}

func perpetratorsContradict(a, b *record.Incident) bool {
	ga, gb := namedGroups(a), namedGroups(b)
	return len(ga) > 0 && len(gb) > 0 && !anySameGroup(ga, gb)
}

func shareGroup(a, b *record.Incident) bool {
	return anySameGroup(namedGroups(a), namedGroups(b))
}

// anySameGroup matches group names loosely, one name's words within the
// other's ("islamic state" and "islamic state isis"), since reports add
// acronyms and qualifiers to the same name.
func anySameGroup(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || wordsWithin(x, y) || wordsWithin(y, x) {
				return true
			}
		}
	}
	return false
}

// wordsWithin reports whether every word of short occurs in long.
func wordsWithin(short, long string) bool {
	ws := strings.Fields(short)
	if len(ws) == 0 {
		return false
	}
	have := strings.Fields(long)
	for _, w := range ws {
		found := false
		for _, h := range have {
			if h == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// shareTarget reports whether the targets of a and b share a content word
// that is not a place name ("police patrol team" and "police APC patrol
// team" do; "railway station" and "trolleybus" do not).
func shareTarget(a, b *record.Incident) bool {
	skip := placeWords(a.Location)
	for w := range placeWords(b.Location) {
		skip[w] = true
	}
	wa := targetWords(a, skip)
	for w := range targetWords(b, skip) {
		if wa[w] {
			return true
		}
	}
	return false
}

func targetWords(inc *record.Incident, skip map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, t := range inc.Targets {
		for _, w := range strings.Fields(norm(t.Name)) {
			w = strings.TrimSuffix(w, "s")
			if len(w) < 3 || stopwords[w] || skip[w] {
				continue
			}
			out[w] = true
		}
	}
	return out
}

func placeWords(l *record.Location) map[string]bool {
	out := map[string]bool{}
	if l == nil {
		return out
	}
	for _, s := range []string{l.Place, l.Admin2, l.Admin1, l.Country} {
		for _, w := range strings.Fields(norm(s)) {
			out[strings.TrimSuffix(w, "s")] = true
		}
	}
	return out
}

// stopwords are words too common in target descriptions to corroborate
// anything (after the plural "s" is trimmed).
var stopwords = map[string]bool{
	"the": true, "and": true, "for": true, "with": true, "from": true, "other": true,
	"people": true, "person": true, "member": true, "local": true, "its": true,
	"their": true, "two": true, "three": true, "several": true, "some": true,
}

// norm folds a name for comparison: lower case, letters and digits only,
// words separated by one space. "Sana'a" and "Sanaa" become one word;
// "Al-Shabaab" becomes "al shabaab".
func norm(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\'' || r == '\u2019' || r == '.':
			// Joined: apostrophes and dots inside names and acronyms.
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}
