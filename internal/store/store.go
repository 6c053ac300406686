// Package store keeps documents and merged incidents. Two implementations
// sit behind Store: store/sqlite (the default, an embedded file) and
// store/postgres (for teams); Open picks one by the DSN.
package store

import (
	"context"
	"errors"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/record"
)

// ErrNotFound is returned for an unknown incident or document id.
var ErrNotFound = errors.New("not found")

// ErrInvalid is wrapped by errors about a bad filter from the outside: a
// cursor that is not one of ours, a --near that does not parse, a text query
// with nothing to search for. The server answers it with 400.
var ErrInvalid = errors.New("invalid")

// Store is what ingest, export, stats and the server need from persistence.
type Store interface {
	Alerts // watches and their deliveries (alerts.go)
	// Ingest stores a batch of extracted documents in one transaction and
	// merges their incidents into the stored ones. A document whose content
	// hash is already stored is skipped, so re-running is harmless. A
	// stored id with new content is a new revision: the old one moves to
	// the document's history and its incidents are merged anew.
	Ingest(ctx context.Context, batch []Extracted) (IngestStats, error)
	// Incidents lists merged incidents matching f, newest first, one page
	// at a time.
	Incidents(ctx context.Context, f Filter) (Page, error)
	// IncidentsJSON is Incidents with the page's incidents in Page.Raw,
	// each the JSON that encoding/json writes of its record.Merged, and
	// Page.Incidents empty. Records are stored as that JSON: a caller
	// that only sends them on (the API's listing) gets them as read,
	// where decoding each and encoding it again was most of a page's CPU.
	// A record stored before a field was added to record.Merged lacks
	// the field here, where Incidents shows its zero value: a field that
	// old records must show too comes with a migration that encodes
	// them again.
	IncidentsJSON(ctx context.Context, f Filter) (Page, error)
	// Incident returns one merged incident with all its sources and evidence.
	Incident(ctx context.Context, id string) (*record.Merged, error)
	// IncidentsByID returns the incidents stored under the given ids,
	// rejected ones included, keyed by id, in one query for a page of
	// them: the change feed and the alert dispatcher load the incidents
	// of a page of changes with it. Unlike Incident, a member's id finds
	// nothing: a change of an id merged away tells of that id alone.
	// Ids stored under no incident are absent from the map.
	IncidentsByID(ctx context.Context, ids []string) (map[string]*record.Merged, error)
	// Document returns a stored article.
	Document(ctx context.Context, id string) (*Document, error)
	// Stats counts documents and incidents matching f, over time by
	// the period given.
	Stats(ctx context.Context, f Filter, by Period) (*Stats, error)
	// Review validates and applies an analyst's action and
	// returns the incidents it left: one, or two after a split. The
	// action joins the history of every incident holding its reports and
	// is applied again whenever they are merged anew.
	Review(ctx context.Context, a Action) ([]record.Merged, error)
	// Changes lists incident changes after cursor since (0 = from the
	// start), oldest first, at most limit (0 = no limit). A reader that
	// continues from the last Seq it saw never misses an entry: an entry
	// is visible only once every entry with a smaller Seq is. Errors wrap
	// ErrInvalid for a negative since or limit, and ErrGone for a since
	// older than the log kept (Prune).
	Changes(ctx context.Context, since int64, limit int) ([]Change, error)
	// Prune deletes the change-log entries and finished deliveries that
	// r no longer keeps, in one transaction. The latest entry of an
	// incident removed stays (it carries the incident's revision count,
	// should the id come back), but is never listed again.
	Prune(ctx context.Context, r Retention) (Pruned, error)
	// ChangeHead is the seq of the latest change logged, 0 for none: a
	// cheap question that one poller per server asks for all its change
	// streams.
	ChangeHead(ctx context.Context) (int64, error)
	Close() error
}

// Kinds of Change.
const (
	ChangeCreated = "created"
	ChangeUpdated = "updated" // the merged record changed: a source joined or left, a correction
	ChangeRemoved = "removed" // dissolved by a re-merge or a revision
)

// Change is one entry of the incident change log, which downstream systems
// follow to mirror the incidents without re-reading them all. Revision
// counts the entries of one incident id from 1, so that a mirror can
// ignore an entry older than what it holds; a removed incident whose id
// comes back continues its count.
type Change struct {
	Seq      int64  `json:"seq"`
	Incident string `json:"incident"`
	Kind     string `json:"kind"`
	Revision int    `json:"revision"`
	At       string `json:"at"` // RFC 3339, UTC
}

// Extracted is one document with the incidents the extractor found in it.
type Extracted struct {
	Doc       *doc.Document
	Incidents []record.Incident
}

// IngestStats says what one Ingest call changed.
type IngestStats struct {
	Documents int // newly stored documents
	Skipped   int // documents already stored (same content hash)
	Incidents int // incidents extracted from the new documents
	Created   int // net change in the number of merged incidents (the rest joined existing ones)
	// Revised lists the ids of documents stored with new content: a
	// corrected article replaces its earlier version, which is kept in the
	// document's history. A version seen before (an old file ingested
	// again) is skipped, so a re-run never undoes a correction.
	Revised []string
}

// Filter selects merged incidents; the zero Filter selects all. It is shared
// by export, the API and stats.
type Filter struct {
	Since, Until string // YYYY-MM-DD, inclusive
	Country      string // ISO 3166-1 alpha-2
	Type         string
	Actor        string // words of a perpetrator name, in order, case-insensitive ("shabaab", not "shab")
	Near         *Near
	Text         string // full-text query over the reporting articles
	// Status is empty for the incidents not rejected by an analyst,
	// StatusRejected for the rejected ones, StatusAll for both.
	Status string
	Limit  int    // 0 means no limit
	Cursor string // opaque, from Page.Next
}

// MaxPage is the largest Filter.Limit the API serves (a larger page would
// let one request hold the server for seconds) and so the most incidents
// a page makes room for before it reads them: a CLI page may be larger,
// and grows as it is read.
const MaxPage = 1000

// Near restricts to incidents within KM kilometres of a point.
type Near struct {
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
	KM  float64 `json:"km"`
}

// Page is one page of incidents.
type Page struct {
	Incidents []record.Merged `json:"incidents"`
	Total     int             `json:"total"`
	Next      string          `json:"next,omitempty"`
	// Raw is the incidents as JSON text, in place of Incidents, from
	// IncidentsJSON.
	Raw []string `json:"-"`
}

// Document is a stored article.
type Document struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Title  string `json:"title"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
	Text   string `json:"text"`
	Hash   string `json:"hash"`
	// Revision counts the versions stored under this id, from 1; History
	// holds the earlier ones, oldest first.
	Revision int        `json:"revision"`
	History  []Revision `json:"history,omitempty"`
}

// Revision is an earlier version of a document, as it was stored, with the
// incidents extracted from it and the merged incidents they were part of.
type Revision struct {
	Revision   int          `json:"revision"`
	Hash       string       `json:"hash"`
	Date       string       `json:"date"`
	Title      string       `json:"title"`
	URL        string       `json:"url,omitempty"`
	Source     string       `json:"source,omitempty"`
	Text       string       `json:"text"`
	IngestedAt string       `json:"ingested_at"`
	ReplacedAt string       `json:"replaced_at"`
	Incidents  []OldExtract `json:"incidents"`
}

// OldExtract is one incident extracted from an earlier revision: its
// extraction id, the merged incident it belonged to then, and the record.
type OldExtract struct {
	ID       string          `json:"id"`
	Incident string          `json:"incident"`
	Record   record.Incident `json:"record"`
}

// Stats are counts for the current filter.
type Stats struct {
	Documents int            `json:"documents"`
	Incidents int            `json:"incidents"`
	ByCountry map[string]int `json:"by_country"`
	ByType    map[string]int `json:"by_type"`
	// Period is what Series bins the dated incidents by: JSON names
	// them by_day and by_day_type (by type, then day: the page's timeline
	// stacks them), or by_month and by_month_type, and gives the other
	// pair null. Series comes from the same pass as ByType.
	Period Period `json:"-"`
	Series Series `json:"-"`
}
