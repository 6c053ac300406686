// Package merge decides when incidents extracted from different reports are
// one event, groups them, and builds the merged record.
//
// Reports of one event always differ: one dates it, another says
// "yesterday" or nothing; one names the town, another the district or a
// site near the town; one says bombing, another suicide bombing; an early
// toll grows. So merging weighs evidence, as a coder comparing two
// clippings would, rather than demanding that every stated value agree.
// Judge compares two records in two steps.
//
// A record without a country, or without any date to place it in time
// (neither its own nor its report's), stands alone. Vetoes: two records
// are never one event when
//
//   - they come from one document (one article's incidents are distinct
//     events by the coding rules);
//   - their type families differ (record.Family: a suicide bombing is a
//     bombing, an assassination an armed assault);
//   - both are dated (day or week precision) and the dates are more than
//     MaxDays apart (WeekDays when either is week-precise); an undated
//     record (no date, or only a month or year) happened on or before its
//     report's publication day, so a dated record after that day, or more
//     than WeekDays before it, is another event;
//   - both name a country and the countries differ, or both name an admin1
//     and they differ while either is known only to its district or admin1;
//   - both are located and farther apart than their reach: each location
//     reaches PlaceKm, Admin2Km or Admin1Km by its precision (a town and
//     "near the town", a district's centroid and a village in it), and the
//     two reaches must touch;
//   - each names the groups it holds responsible and they share none
//     ("gunmen" and a denial contradict nobody);
//   - both are dated to the day, on different days, and either each report
//     dates its event to its own publication day (two days' news), or both
//     name places finer than a district and they differ (two attacks on
//     consecutive nights in neighbouring villages), or nothing specific is
//     shared (no named group, target or victim): two bombings in one city
//     on consecutive days stay two.
//
// Evidence: the pair then scores points, and merges when the score reaches
// MinScore and either the places agree or something specific corroborates:
//
//	date      same day 3, one day apart 1, week-precise overlap 1, undated 0
//	place     same place (GeoNames id, or name spelling aside) 3, same
//	          admin2 2, within reach or same admin1 1, country only 0
//	type      the same type (not just the family) 1
//	actors    a named group both hold responsible 2 (corroborates)
//	targets   a target word both name, place names aside 1 (corroborates)
//	victims   a person both name as harmed 2 (corroborates)
//	counts    the same killed figure 1; an early toll and a later, larger
//	          one are compatible and cost nothing
//
// So two reports of one day and one town merge on that alone (3+3); a
// report placing the event only in the country merges with a located one
// only with a shared group, target or victim besides the date; and two
// country-level reports of the same day that share nothing stay apart.
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

// Reach of a location by its precision, in km: two located records are
// one event only if their reaches touch.
const (
	PlaceKm  = 25
	Admin2Km = 50
	Admin1Km = 150
)

// Date tolerances in days: MaxDays between two day-precise dates, WeekDays
// when either is week-precise, and before its publication day for an
// undated record.
const (
	MaxDays  = 2
	WeekDays = 7
)

// MinScore is the evidence two records need to merge (see the package
// comment).
const MinScore = 4

// WindowDays is the widest distance between two records' key dates (Key)
// that Compatible accepts: a store looking for merge candidates of a
// record searches this many days either side of its key date.
const WindowDays = WeekDays

// Mergeable reports whether m carries what merging needs: a country, and a
// date (or, for an undated record, its report's publication date) to look
// for candidates by. Records without them stand alone.
func Mergeable(m *Member) bool {
	_, ok := keyDay(m)
	return ok && countryKey(m.Incident.Location) != ""
}

// keyDay is the day a record's candidates are searched around: its date
// when it has one to the day or week, else its report's publication day.
func keyDay(m *Member) (int, bool) {
	if d, _, ok := day(&m.Incident); ok {
		return d, true
	}
	return parseDay(m.Source.Date)
}

// Key returns what a store indexes merge candidates by: the type family,
// the country (code, or name when no code) and the key date (keyDay). ok
// is false when m is not Mergeable. Compatible records have the same
// family and country and key dates at most WindowDays apart.
func Key(m *Member) (family, country, date string, ok bool) {
	if !Mergeable(m) {
		return "", "", "", false
	}
	d, _ := keyDay(m)
	return record.Family(m.Incident.Type), countryKey(m.Incident.Location), time.Unix(int64(d)*86400, 0).UTC().Format("2006-01-02"), true
}

// Judgement is the evidence about one pair: the points of each kind and,
// when the pair can never be one event, why.
type Judgement struct {
	Date, Place, Type, Actors, Targets, Victims, Counts int
	// Veto is why the pair is two events whatever the points; empty when
	// none applies.
	Veto string
}

// Score is the total of the points. It also ranks compatible pairs:
// Cluster joins the most alike first, so that when two reports each list
// several attacks in one district, each attack pairs with its own
// counterpart.
func (j Judgement) Score() int {
	return j.Date + j.Place + j.Type + j.Actors + j.Targets + j.Victims + j.Counts
}

// corroborated reports whether something specific to the event is shared.
func (j Judgement) corroborated() bool { return j.Actors > 0 || j.Targets > 0 || j.Victims > 0 }

// Merges applies the rule: no veto, MinScore points, and agreeing places
// or a corroborating detail.
func (j Judgement) Merges() bool {
	return j.Veto == "" && j.Score() >= MinScore && (j.Place > 0 || j.corroborated())
}

// Compatible reports whether a and b may be reports of one event. It is
// symmetric and depends on nothing but a and b.
func Compatible(a, b *Member) bool { return Judge(a, b).Merges() }

// Judge weighs the evidence that a and b report one event (see the package
// comment for the rule). It is symmetric.
func Judge(a, b *Member) Judgement {
	var j Judgement
	if a.Source.Doc == b.Source.Doc {
		j.Veto = "one document"
		return j
	}
	ia, ib := &a.Incident, &b.Incident
	if record.Family(ia.Type) != record.Family(ib.Type) {
		j.Veto = "type families differ"
		return j
	}
	if ia.Type == ib.Type {
		j.Type = 1
	}
	if !Mergeable(a) || !Mergeable(b) {
		j.Veto = "no country or no date to compare"
		return j
	}

	// Date.
	da, weekA, okA := day(ia)
	db, weekB, okB := day(ib)
	differentDays := false
	switch {
	case okA && okB:
		diff := abs(da - db)
		limit := MaxDays
		if weekA || weekB {
			limit = WeekDays
		}
		if diff > limit {
			j.Veto = "dates too far apart"
			return j
		}
		switch {
		case weekA || weekB:
			j.Date = 1
		case diff == 0:
			j.Date = 3
		case diff == 1:
			j.Date = 1
		}
		differentDays = diff > 0 && !weekA && !weekB
	case okA || okB:
		// An undated record happened by its report's publication day.
		dated, undated := da, b
		if okB {
			dated, undated = db, a
		}
		pub, _ := parseDay(undated.Source.Date)
		if dated > pub || dated < pub-WeekDays {
			j.Veto = "dated outside the undated report's week"
			return j
		}
	default:
		pa, _ := parseDay(a.Source.Date)
		pb, _ := parseDay(b.Source.Date)
		if abs(pa-pb) > WeekDays {
			j.Veto = "undated reports published weeks apart"
			return j
		}
	}

	// Place.
	la, lb := ia.Location, ib.Location
	if countryKey(la) != countryKey(lb) {
		j.Veto = "countries differ"
		return j
	}
	same := samePlace(la, lb)
	regional := locLevel(la) == levelRegion || locLevel(lb) == levelRegion
	// A country's centroid says nothing about where in it.
	km, located := distance(la, lb)
	located = located && locLevel(la) != levelNone && locLevel(lb) != levelNone
	switch {
	case same:
		j.Place = 3
	case regional && la.Admin1 != "" && lb.Admin1 != "" && norm(la.Admin1) != norm(lb.Admin1) &&
		!(located && km <= reach(la)+reach(lb)):
		j.Veto = "admin1s differ"
		return j
	case located && km > reach(la)+reach(lb):
		j.Veto = "too far apart"
		return j
	case la.Admin2 != "" && norm(la.Admin2) == norm(lb.Admin2):
		j.Place = 2
	case located, regional && la.Admin1 != "" && norm(la.Admin1) == norm(lb.Admin1):
		j.Place = 1
	}

	// Actors, targets, victims, counts.
	if perpetratorsContradict(ia, ib) {
		j.Veto = "named groups differ"
		return j
	}
	if shareGroup(ia, ib) {
		j.Actors = 2
	}
	if shareTarget(ia, ib) {
		j.Targets = 1
	}
	if shareVictim(ia, ib) {
		j.Victims = 2
	}
	if ka, kb := ia.Killed, ib.Killed; ka != nil && kb != nil && ka.Min != nil && kb.Min != nil &&
		*ka.Min > 0 && *ka.Min == *kb.Min {
		j.Counts = 1
	}

	if differentDays {
		switch {
		case ia.Date == a.Source.Date && ib.Date == b.Source.Date:
			// Each report dates its event to its own publication day:
			// each is that day's news, so two days mean two events.
			j.Veto = "each dated to its own publication day"
		case pinned(la) && pinned(lb) && !same:
			j.Veto = "different places on different days"
		case !j.corroborated():
			j.Veto = "different days, nothing specific shared"
		}
	}
	return j
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// reach is how far from its point a location may stand for the event.
func reach(l *record.Location) float64 {
	switch l.Precision {
	case record.GeoAdmin1:
		return Admin1Km
	case record.GeoAdmin2:
		return Admin2Km
	}
	return PlaceKm
}

// pinned reports whether l names a place finer than a district.
func pinned(l *record.Location) bool {
	return l != nil && l.Place != "" && (l.Precision == record.GeoPlace || l.Precision == "")
}

// shareVictim reports whether both records name one harmed person.
func shareVictim(a, b *record.Incident) bool {
	for _, x := range a.Victims {
		for _, y := range b.Victims {
			if n := norm(x.Name); n != "" && n == norm(y.Name) {
				return true
			}
		}
	}
	return false
}

func parseDay(date string) (int, bool) {
	if len(date) != len("2006-01-02") {
		return 0, false
	}
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
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
	n, ok = parseDay(inc.Date)
	return n, week, ok
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
