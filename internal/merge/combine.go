package merge

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
)

// Combine builds the merged record of one group of members (as Cluster
// returns them). It is deterministic: the same group in any order gives the
// same record.
//
//   - id: the smallest member ID, so it is stable whatever the ingest order
//     (and a member's ID still finds its incident after later merges);
//   - type, date, location: the value most reports give, the more specific
//     one on a tie, then the latest report's (later reports know more);
//   - perpetrators, targets, victims, weapons: the union, a description
//     such as "gunmen" dropped once someone is named, each perpetrator with
//     the strongest attribution any report gives (claimed, denied,
//     suspected, unknown);
//   - killed, injured, kidnapped: min is the largest lower bound a report
//     states, max the largest figure (absent when no report gives an upper
//     bound), by_party the largest figure per party;
//   - evidence: every report's spans, each naming its document, with
//     indexed fields ("perpetrators[1]") renumbered into the merged lists;
//   - sources: one per reporting document, oldest first;
//   - from: for each merged value, the documents that gave it.
func Combine(group []Member) record.Merged {
	if len(group) == 0 {
		return record.Merged{Incident: record.Incident{Evidence: []record.Evidence{}}, Sources: []record.Source{}}
	}
	// latest: newest report first, for the "latest report wins" tie-break.
	latest := slices.Clone(group)
	slices.SortStableFunc(latest, func(a, b Member) int {
		if c := cmp.Compare(b.Source.Date, a.Source.Date); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	// oldest: report order for sources and evidence.
	oldest := slices.Clone(latest)
	slices.SortStableFunc(oldest, func(a, b Member) int {
		if c := cmp.Compare(a.Source.Date, b.Source.Date); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Source.Doc, b.Source.Doc); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})

	var m record.Merged
	m.ID = group[0].ID
	for _, g := range group {
		if g.ID < m.ID {
			m.ID = g.ID
		}
	}
	m.Type = pickType(latest)
	m.Date, m.DatePrecision = pickDate(latest)
	m.Location = pickLocation(latest)

	maps := make(map[string]*indexMaps, len(group))
	for _, g := range group {
		maps[g.ID] = &indexMaps{}
	}
	m.Perpetrators = mergePerpetrators(latest, maps)
	m.Targets = mergeTargets(latest, maps)
	m.Victims = mergeVictims(latest, maps)
	m.Weapons = mergeWeapons(latest)

	var killed, injured, kidnapped []*record.Count
	for _, g := range latest {
		killed = append(killed, g.Incident.Killed)
		injured = append(injured, g.Incident.Injured)
		kidnapped = append(kidnapped, g.Incident.Kidnapped)
		m.Confidence = max(m.Confidence, g.Incident.Confidence)
	}
	m.Killed, m.Injured, m.Kidnapped = MergeCounts(killed), MergeCounts(injured), MergeCounts(kidnapped)

	m.From = provenance(&m, latest, maps)

	m.Evidence = []record.Evidence{}
	m.Sources = make([]record.Source, 0, len(group))
	for _, g := range oldest {
		src := g.Source
		src.Incident = g.ID
		src.Killed, src.Injured, src.Kidnapped = g.Incident.Killed, g.Incident.Injured, g.Incident.Kidnapped
		m.Sources = append(m.Sources, src)
		im := maps[g.ID]
		for _, ev := range g.Incident.Evidence {
			field, ok := im.renumber(ev.Field)
			if !ok {
				continue
			}
			ev.Field = field
			ev.Doc = g.Source.Doc
			m.Evidence = append(m.Evidence, ev)
		}
	}
	return m
}

// MergeCounts combines the figures several reports give for one count.
// See Combine.
func MergeCounts(cs []*record.Count) *record.Count {
	var out record.Count
	stated, upper := false, false
	largest := 0
	for _, c := range cs {
		if c == nil {
			continue
		}
		if c.Min != nil {
			stated = true
			if out.Min == nil || *c.Min > *out.Min {
				out.Min = record.IntPtr(*c.Min)
			}
			largest = max(largest, *c.Min)
		}
		if c.Max != nil {
			stated, upper = true, true
			largest = max(largest, *c.Max)
		}
		for party, n := range c.ByParty {
			stated = true
			if out.ByParty == nil {
				out.ByParty = map[string]int{}
			}
			if old, ok := out.ByParty[party]; !ok || n > old {
				out.ByParty[party] = n
			}
		}
	}
	if !stated {
		return nil
	}
	if upper {
		out.Max = record.IntPtr(largest)
	}
	return &out
}

// specific ranks the types that refine another of their family.
func specific(typ string) int {
	switch typ {
	case record.SuicideBombing, record.Assassination, record.Hijacking:
		return 1
	}
	return 0
}

// vote returns the key most members give, preferring higher rank on a tie
// and then the first in the given (latest-first) order. Empty keys do not
// vote.
func vote(keys []string, rank func(i int) int) int {
	count := map[string]int{}
	for _, k := range keys {
		if k != "" {
			count[k]++
		}
	}
	best := -1
	for i, k := range keys {
		if k == "" {
			continue
		}
		if best < 0 || count[k] > count[keys[best]] ||
			count[k] == count[keys[best]] && rank(i) > rank(best) {
			best = i
		}
	}
	return best
}

func pickType(latest []Member) string {
	keys := make([]string, len(latest))
	for i, g := range latest {
		keys[i] = g.Incident.Type
	}
	best := vote(keys, func(i int) int { return specific(keys[i]) })
	if best < 0 {
		return record.OtherViolence
	}
	return keys[best]
}

func datePrecisionRank(p string) int {
	switch p {
	case record.PrecisionDay, "":
		return 4
	case record.PrecisionWeek:
		return 3
	case record.PrecisionMonth:
		return 2
	case record.PrecisionYear:
		return 1
	}
	return 0
}

// pickDate votes among the most precise dates the reports give.
func pickDate(latest []Member) (date, precision string) {
	top := -1
	for _, g := range latest {
		if g.Incident.Date != "" {
			top = max(top, datePrecisionRank(g.Incident.DatePrecision))
		}
	}
	keys := make([]string, len(latest))
	for i, g := range latest {
		if g.Incident.Date != "" && datePrecisionRank(g.Incident.DatePrecision) == top {
			keys[i] = g.Incident.Date
		}
	}
	best := vote(keys, func(int) int { return 0 })
	if best < 0 {
		return "", ""
	}
	return keys[best], latest[best].Incident.DatePrecision
}

func locationRank(l *record.Location) int {
	if l == nil {
		return 0
	}
	switch l.Precision {
	case record.GeoPlace:
		return 4
	case record.GeoAdmin2:
		return 3
	case record.GeoAdmin1:
		return 2
	case record.GeoCountry:
		return 1
	}
	if l.Lat != nil {
		return 4
	}
	return 1
}

// pickLocation votes among the most precise locations the reports give,
// a place being the same when its GeoNames id, or else its name, is.
func pickLocation(latest []Member) *record.Location {
	top := 0
	for _, g := range latest {
		top = max(top, locationRank(g.Incident.Location))
	}
	if top == 0 {
		return nil
	}
	keys := make([]string, len(latest))
	for i, g := range latest {
		if l := g.Incident.Location; locationRank(l) == top {
			keys[i] = locationKey(l)
		}
	}
	best := vote(keys, func(int) int { return 0 })
	l := *latest[best].Incident.Location
	if l.Lat != nil {
		l.Lat = new(*l.Lat)
	}
	if l.Lon != nil {
		l.Lon = new(*l.Lon)
	}
	return &l
}

// locationKey is what two locations are the same place by: the GeoNames
// id, or else the name and divisions.
func locationKey(l *record.Location) string {
	if l == nil {
		return ""
	}
	if l.GeonamesID != 0 {
		return "g" + strconv.Itoa(l.GeonamesID)
	}
	return "n" + compact(l.Place) + "|" + norm(l.Admin2) + "|" + norm(l.Admin1) + "|" + countryKey(l)
}

// provenance lists, for each value of the merged record m, the documents
// of the group that gave it (record.Merged.From).
func provenance(m *record.Merged, group []Member, maps map[string]*indexMaps) map[string][]string {
	from := map[string][]string{}
	add := func(field, doc string) {
		if !slices.Contains(from[field], doc) {
			from[field] = append(from[field], doc)
		}
	}
	for _, g := range group {
		inc, doc := &g.Incident, g.Source.Doc
		if inc.Type == m.Type {
			add("type", doc)
		}
		if m.Date != "" && inc.Date == m.Date {
			add("date", doc)
		}
		if m.Location != nil && locationKey(inc.Location) == locationKey(m.Location) {
			add("location", doc)
		}
		im := maps[g.ID]
		for _, idx := range []struct {
			field string
			to    []int
		}{{"perpetrators", im.perpetrators}, {"targets", im.targets}, {"victims", im.victims}} {
			for _, k := range idx.to {
				if k >= 0 {
					add(idx.field+"["+strconv.Itoa(k)+"]", doc)
				}
			}
		}
		for _, w := range inc.Weapons {
			if slices.Contains(m.Weapons, w) {
				add("weapons."+w, doc)
			}
		}
		for _, c := range []struct {
			name          string
			merged, given *record.Count
		}{{"killed", m.Killed, inc.Killed}, {"injured", m.Injured, inc.Injured}, {"kidnapped", m.Kidnapped, inc.Kidnapped}} {
			if c.merged == nil || c.given == nil {
				continue
			}
			if c.merged.Min != nil && c.given.Min != nil && *c.given.Min == *c.merged.Min {
				add(c.name+".min", doc)
			}
			if mx := c.merged.Max; mx != nil && (c.given.Max != nil && *c.given.Max == *mx || c.given.Min != nil && *c.given.Min == *mx) {
				add(c.name+".max", doc)
			}
		}
	}
	for _, docs := range from {
		slices.Sort(docs)
	}
	return from
}

// indexMaps renumber one member's indexed evidence fields into the merged
// lists; -1 marks a value the merge dropped.
type indexMaps struct {
	perpetrators, targets, victims []int
}

// renumber maps a member's evidence field to the merged record's, or
// reports false when the value it supports was dropped.
func (im *indexMaps) renumber(field string) (string, bool) {
	open := strings.IndexByte(field, '[')
	if open < 0 {
		return field, true
	}
	end := strings.IndexByte(field[open:], ']')
	if end < 0 {
		return field, true
	}
	end += open
	i, err := strconv.Atoi(field[open+1 : end])
	if err != nil {
		return field, true
	}
	var idx []int
	switch field[:open] {
	case "perpetrators":
		idx = im.perpetrators
	case "targets":
		idx = im.targets
	case "victims":
		idx = im.victims
	default:
		return field, true
	}
	if i < 0 || i >= len(idx) || idx[i] < 0 {
		return "", false
	}
	return field[:open+1] + strconv.Itoa(idx[i]) + field[end:], true
}

func attributionRank(a string) int {
	switch a {
	case record.Claimed:
		return 4
	case record.Denied:
		return 3
	case record.Suspected:
		return 2
	case record.Unknown:
		return 1
	}
	return 0
}

// isDescription reports whether p names no one ("unidentified gunmen").
func isDescription(p record.Perpetrator) bool {
	if p.Kind != "" {
		return p.Kind == "description"
	}
	return p.Attribution == record.Unknown || p.Attribution == ""
}

func mergePerpetrators(latest []Member, maps map[string]*indexMaps) []record.Perpetrator {
	named := false
	for _, g := range latest {
		for _, p := range g.Incident.Perpetrators {
			named = named || !isDescription(p)
		}
	}
	var out []record.Perpetrator
	for _, g := range latest {
		im := maps[g.ID]
		for _, p := range g.Incident.Perpetrators {
			if named && isDescription(p) {
				im.perpetrators = append(im.perpetrators, -1)
				continue
			}
			k := samePerpetrator(out, p)
			if k < 0 {
				k = len(out)
				out = append(out, p)
			} else if attributionRank(p.Attribution) > attributionRank(out[k].Attribution) {
				out[k].Attribution = p.Attribution
			}
			im.perpetrators = append(im.perpetrators, k)
		}
	}
	return out
}

// samePerpetrator finds p among the merged perpetrators: by name or
// canonical name, and groups loosely (as for the contradiction rule).
func samePerpetrator(out []record.Perpetrator, p record.Perpetrator) int {
	n := norm(p.Name)
	for k, q := range out {
		if n == norm(q.Name) || p.Canonical != "" && p.Canonical == q.Canonical {
			return k
		}
		if isNamedGroup(p) && isNamedGroup(q) {
			a, b := groupKey(p), groupKey(q)
			if a == b || wordsWithin(a, b) || wordsWithin(b, a) {
				return k
			}
		}
	}
	return -1
}

func mergeTargets(latest []Member, maps map[string]*indexMaps) []record.Target {
	var out []record.Target
	seen := map[string]int{}
	for _, g := range latest {
		im := maps[g.ID]
		for _, t := range g.Incident.Targets {
			k, ok := seen[norm(t.Name)]
			if !ok {
				k = len(out)
				seen[norm(t.Name)] = k
				out = append(out, t)
			}
			im.targets = append(im.targets, k)
		}
	}
	return out
}

func effectRank(e string) int {
	switch e {
	case "killed":
		return 4
	case "injured":
		return 3
	case "kidnapped":
		return 2
	}
	return 1
}

func mergeVictims(latest []Member, maps map[string]*indexMaps) []record.Victim {
	var out []record.Victim
	seen := map[string]int{}
	for _, g := range latest {
		im := maps[g.ID]
		for _, v := range g.Incident.Victims {
			k, ok := seen[norm(v.Name)]
			if !ok {
				k = len(out)
				seen[norm(v.Name)] = k
				out = append(out, v)
			} else if effectRank(v.Effect) > effectRank(out[k].Effect) {
				out[k].Effect = v.Effect
			}
			im.victims = append(im.victims, k)
		}
	}
	return out
}

// mergeWeapons returns the union in the contract's order, "unknown" only
// when no report names a weapon.
func mergeWeapons(latest []Member) []string {
	have := map[string]bool{}
	for _, g := range latest {
		for _, w := range g.Incident.Weapons {
			have[w] = true
		}
	}
	if len(have) > 1 {
		delete(have, "unknown")
	}
	var out []string
	for _, w := range record.Weapons {
		if have[w] {
			out = append(out, w)
			delete(have, w)
		}
	}
	// Values outside the enum keep a stable order too.
	rest := make([]string, 0, len(have))
	for w := range have {
		rest = append(rest, w)
	}
	slices.Sort(rest)
	return append(out, rest...)
}
