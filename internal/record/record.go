// Package record holds sitrep's contract: the incident record that extract
// prints and that the store, the API and the exports carry. Field names and
// enum values follow ../shared/design/record.md; fields may be added, never
// renamed.
package record

import "encoding/json"

// Incident types (record.md "type").
const (
	ArmedAssault   = "armed_assault"
	Bombing        = "bombing"
	SuicideBombing = "suicide_bombing"
	Kidnapping     = "kidnapping"
	Assassination  = "assassination"
	Arson          = "arson"
	Hijacking      = "hijacking"
	Clash          = "clash"
	RemoteViolence = "remote_violence"
	Riot           = "riot"
	OtherViolence  = "other_violence"
)

// Types lists every incident type in the contract, in a fixed order.
var Types = []string{ArmedAssault, Bombing, SuicideBombing, Kidnapping, Assassination,
	Arson, Hijacking, Clash, RemoteViolence, Riot, OtherViolence}

// Family groups types that different reports of one event may code
// differently (a shooting reported later as an assassination, a bombing
// later found to be a suicide bombing). Merging compares families, as the
// news scorer does.
func Family(typ string) string {
	switch typ {
	case ArmedAssault, Assassination:
		return "assault"
	case Bombing, SuicideBombing:
		return "explosive"
	case Kidnapping, Hijacking:
		return "kidnap"
	case RemoteViolence:
		return "remote"
	case Arson, Clash, Riot:
		return typ
	}
	return "other"
}

// Date precisions.
const (
	PrecisionDay   = "day"
	PrecisionWeek  = "week"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
)

// Location precisions.
const (
	GeoPlace   = "place"
	GeoAdmin2  = "admin2"
	GeoAdmin1  = "admin1"
	GeoCountry = "country"
)

// Attributions of responsibility.
const (
	Claimed   = "claimed"
	Suspected = "suspected"
	Denied    = "denied"
	Unknown   = "unknown"
)

// Parties in by_party.
const (
	Civilians      = "civilians"
	SecurityForces = "security_forces"
	Perpetrators   = "perpetrators"
	Combatants     = "combatants"
	PartyUnknown   = "unknown"
)

// Parties lists the by_party keys in a fixed order.
var Parties = []string{Civilians, SecurityForces, Perpetrators, Combatants, PartyUnknown}

// Target categories.
var TargetCategories = []string{"civilians", "security_forces", "military", "government",
	"diplomatic", "business", "religious", "education", "media", "infrastructure",
	"transport", "ngo", "other"}

// Weapons lists the weapon enum in a fixed order.
var Weapons = []string{"firearms", "explosives", "vehicle_bomb", "suicide_explosives",
	"rockets_mortars", "aircraft", "melee", "incendiary", "vehicle_ramming", "chemical",
	"unknown"}

// Doc describes the document a result came from.
type Doc struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Title  string `json:"title"`
	Path   string `json:"path,omitempty"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
	Lang   string `json:"lang,omitempty"`
}

// Result is one line of `sitrep extract` output: a document and the
// incidents found in it. Warnings say what the extractor could not read
// (no date line, bad bytes) without failing the run.
type Result struct {
	Doc       Doc        `json:"doc"`
	Incidents []Incident `json:"incidents"`
	Warnings  []string   `json:"warnings,omitempty"`
}

// Incident is one violent event as a coder would record it. Every value is
// backed by at least one Evidence span.
type Incident struct {
	ID            string        `json:"id"`
	Type          string        `json:"type"`
	Date          string        `json:"date,omitempty"`
	DatePrecision string        `json:"date_precision,omitempty"`
	Location      *Location     `json:"location,omitempty"`
	Perpetrators  []Perpetrator `json:"perpetrators,omitempty"`
	Targets       []Target      `json:"targets,omitempty"`
	Weapons       []string      `json:"weapons,omitempty"`
	Killed        *Count        `json:"killed,omitempty"`
	Injured       *Count        `json:"injured,omitempty"`
	// Kidnapped extends the contract: hostages and abductees, counted like
	// the killed and injured.
	Kidnapped *Count `json:"kidnapped,omitempty"`
	// Victims extends the contract: people named in the text as killed,
	// injured or taken (MUC-4's HUM TGT: NAME).
	Victims    []Victim   `json:"victims,omitempty"`
	Evidence   []Evidence `json:"evidence"`
	Confidence float64    `json:"confidence"`
}

// Location is where an incident happened, resolved through the gazetteer.
// Lat/Lon are pointers so that an unresolved place is absent, never 0,0.
type Location struct {
	// Place is the place as the text names it ("Duma", "Saada"), so that
	// the record reads like the report; GeonamesName is the gazetteer's
	// name for it ("Dūmā", "Şa‘dah"), for joining with other datasets.
	Place        string   `json:"place,omitempty"`
	GeonamesName string   `json:"geonames_name,omitempty"`
	Admin1       string   `json:"admin1,omitempty"`
	Admin2       string   `json:"admin2,omitempty"`
	Country      string   `json:"country,omitempty"`
	CountryCode  string   `json:"country_code,omitempty"`
	Lat          *float64 `json:"lat,omitempty"`
	Lon          *float64 `json:"lon,omitempty"`
	GeonamesID   int      `json:"geonames_id,omitempty"`
	Population   int      `json:"population,omitempty"`
	// Precision is place, admin2 (a district: an extension of the
	// contract's enum), admin1 or country: what Lat/Lon stand for.
	Precision string `json:"precision,omitempty"`
}

// Perpetrator is a named or described attacker with how the text attributes
// the attack to it.
type Perpetrator struct {
	// Name is the actor as the text names it ("al-Shabab", "Pakistani
	// Taliban"), so that it can be found in the article; a group known
	// by an acronym has it first, as conflict datasets write their
	// actors ("TTP: Pakistani Taliban", "BLA: Balochistan Liberation
	// Army" where the text wrote "BLA").
	Name        string `json:"name"`
	Attribution string `json:"attribution"`
	// Canonical extends the contract: the armed-group lexicon's name for a
	// group ("al-Shabaab", "Balochistan Liberation Army"), or the country's
	// name for a state's forces ("Iraqi warplanes": "Iraq"), the same
	// whatever spelling a report uses, for counting and merging.
	Canonical string `json:"canonical,omitempty"`
	// Kind extends the contract: "group" for an organisation, "person" for
	// a named individual, "description" for "unidentified gunmen".
	Kind string `json:"kind,omitempty"`
}

// Target is what or who was attacked.
type Target struct {
	Name     string `json:"name"`
	Category string `json:"category"`
	// Kind extends the contract: "physical" for a building, vehicle or
	// installation, "people" for persons, so that physical and human
	// targets can be told apart (MUC-4 scores them separately).
	Kind string `json:"kind,omitempty"`
}

// Victim is a person the text names as harmed.
type Victim struct {
	Name   string `json:"name"`
	Effect string `json:"effect"` // killed, injured, kidnapped, targeted
}

// Count is a casualty figure: Min is a lower bound ("at least 5"), Max is
// absent when the text gives no upper bound. ByParty holds what the text
// states for each party.
type Count struct {
	Min     *int           `json:"min,omitempty"`
	Max     *int           `json:"max,omitempty"`
	ByParty map[string]int `json:"by_party,omitempty"`
}

// Harmed reports whether count c tells that someone was harmed: a lower
// bound above zero, an upper bound alone above zero ("no more than 40
// people were killed"), or a party with one; false for nil (unknown).
func (c *Count) Harmed() bool {
	if c == nil {
		return false
	}
	if c.Min != nil {
		return *c.Min > 0
	}
	if c.Max != nil && *c.Max > 0 {
		return true // "fewer than 40 people were killed": a bound from above, and people were
	}
	for _, n := range c.ByParty {
		if n > 0 {
			return true
		}
	}
	return false
}

// Evidence is a span of the document supporting one field. Field names the
// value it supports:
//
//	type, date, location
//	perpetrators[i], perpetrators[i].attribution
//	targets[i], victims[i]
//	weapons.<weapon>            e.g. weapons.firearms
//	killed, killed.<party>      e.g. killed.security_forces
//	injured, injured.<party>, kidnapped
//
// where i indexes the incident's slice. Offsets are
// byte offsets, half-open, into the document's text (or into its title when
// In is "title"); Text is exactly the bytes they cover.
type Evidence struct {
	Field string `json:"field"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	In    string `json:"in,omitempty"`
	// Doc extends the contract for merged incidents: the id of the source
	// document the span points into. Empty in extract output, where the
	// document is the line's own.
	Doc string `json:"doc,omitempty"`
}

// Source is one document that reports a merged incident.
type Source struct {
	Doc    string `json:"doc"`
	Date   string `json:"date"`
	Title  string `json:"title"`
	URL    string `json:"url,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	// Incident, Killed, Injured and Kidnapped extend the contract: this
	// source's own extracted incident and the figures it gave, so that a
	// merged count's range can be traced to who said what.
	Incident string `json:"incident,omitempty"`
	// Revision extends the contract: the document's version when it has
	// been corrected (2 and up; absent for a first version), so that a
	// reader knows the incident rests on the corrected text.
	Revision  int    `json:"revision,omitempty"`
	Killed    *Count `json:"killed,omitempty"`
	Injured   *Count `json:"injured,omitempty"`
	Kidnapped *Count `json:"kidnapped,omitempty"`
}

// Merged is a stored incident: the record merged over every report of the
// same event, with the reports in Sources and each Evidence naming its Doc.
type Merged struct {
	Incident
	Sources []Source `json:"sources"`
	// From extends the contract: for each merged value, the ids of the
	// source documents that gave it, so that an analyst sees who said
	// what. Keys are evidence field names (type, date, location,
	// perpetrators[i], targets[i], victims[i], weapons.<weapon>) and
	// killed.min, killed.max (likewise injured, kidnapped): the reports
	// whose figure is the merged bound. Ids are sorted.
	From map[string][]string `json:"from,omitempty"`
	// Status extends the contract: an analyst's verdict on the incident,
	// confirmed or rejected (reported falsely, or not political
	// violence). Absent means unreviewed, so that records nobody has
	// looked at read as they always did.
	Status string `json:"status,omitempty"`
	// Review extends the contract: the fields an analyst set and every
	// curation action on the incident, oldest first. Absent when there
	// was none.
	Review *Review `json:"review,omitempty"`
}

// Review statuses (Merged.Status; Unreviewed is stored as absent).
const (
	Unreviewed = "unreviewed"
	Confirmed  = "confirmed"
	Rejected   = "rejected"
)

// Statuses lists the review statuses in a fixed order.
var Statuses = []string{Unreviewed, Confirmed, Rejected}

// Review is what analysts did to a merged incident. An analyst's value
// replaces the merged one and its evidence (the reports said otherwise;
// the history keeps what they said), so Corrected tells a reader which
// values rest on a person rather than on quoted text.
type Review struct {
	Corrected []string      `json:"corrected,omitempty"`
	History   []ReviewEntry `json:"history"`
}

// ReviewEntry is one curation action: who did what, when, the value
// before and after (JSON, as the field appears in the record), and why.
// Action is status, correct, note, merge or split; Field names the
// corrected field (type, date, location, perpetrators, killed, injured).
// For merge, Before lists the two incident ids and After the merged one;
// for split, Before is the incident and After the ids it became.
type ReviewEntry struct {
	ID     int64           `json:"id"`
	Action string          `json:"action"`
	Field  string          `json:"field,omitempty"`
	Before json.RawMessage `json:"before,omitempty"`
	After  json.RawMessage `json:"after,omitempty"`
	Why    string          `json:"why,omitempty"`
	User   string          `json:"user"`
	At     string          `json:"at"`
}

// IntPtr returns a pointer to n, for building counts.
func IntPtr(n int) *int { return &n }
