package store

import (
	"encoding/json"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
)

// IncidentRow is a merged incident as the incidents table and its
// incident_actor rows hold it: its JSON record and the columns that lists
// filter, sort and count on. It lives here, not in sqlstore, so that
// storetest's bulk fill of a PostgreSQL store writes the very rows ingest
// writes (storetest cannot import sqlstore, whose tests import it;
// storetest.CheckPostgresFill compares the two).
type IncidentRow struct {
	Record      string // the record as JSON
	Country     string // ISO code, upper case, as --country is matched
	CountryName string // lower case, as a --country given by name is matched
	Admin1      string
	Lat, Lon    *float64 // both or neither: a point needs both
	Killed      *int64   // the least number killed; nil where the text gives none
	ActorKeys   []string // PerpetratorKeys, its keys in incident_actor
}

// NewIncidentRow returns the row of m.
func NewIncidentRow(m *record.Merged) (IncidentRow, error) {
	js, err := json.Marshal(m)
	if err != nil {
		return IncidentRow{}, err
	}
	r := IncidentRow{Record: string(js), ActorKeys: PerpetratorKeys(m)}
	if l := m.Location; l != nil {
		r.Country, r.CountryName, r.Admin1 = strings.ToUpper(l.CountryCode), strings.ToLower(l.Country), l.Admin1
		if l.Lat != nil && l.Lon != nil {
			r.Lat, r.Lon = l.Lat, l.Lon
		}
	}
	if m.Killed != nil && m.Killed.Min != nil {
		k := int64(*m.Killed.Min)
		r.Killed = &k
	}
	return r, nil
}

// PerpetratorKeys returns the actor keys m is filed under: ActorKeys of
// what --actor searches, each perpetrator's name as written and its
// canonical name.
func PerpetratorKeys(m *record.Merged) []string {
	var names []string
	for _, p := range m.Perpetrators {
		names = append(names, p.Name, p.Canonical)
	}
	return ActorKeys(names)
}
