package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/sitrep/sitrep/internal/export"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/open"
)

// exportPage is how many incidents export reads per query: enough that
// the per-query cost vanishes, few enough that memory stays small.
const exportPage = 2000

// runExport is `sitrep export [--db DSN] --format F [filters]`: the merged
// incidents matching the filters, newest first, streamed page by page.
func runExport(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := dbFlag(fs)
	format := fs.String("format", "jsonl", "output format: "+strings.Join(export.Formats, ", "))
	limit := fs.Int("limit", 0, "at most this many incidents (0: all)")
	ff := addFilterFlags(fs)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: sitrep export [--db DSN] --format jsonl|csv|geojson [filters]

Writes the merged incidents matching the filters to standard output, newest
first: JSON Lines (the full record with sources and evidence), CSV (ACLED's
columns, then sitrep's) or a GeoJSON FeatureCollection.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("export: unexpected argument %q", fs.Arg(0))
	}
	f, err := ff.filter()
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if *limit < 0 {
		return fmt.Errorf("export: --limit %d is negative", *limit)
	}
	w, err := export.New(*format, e.stdout)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	st, err := openExisting(ctx, *dsn)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer st.Close()

	written := 0
	for {
		f.Limit = exportPage
		if *limit > 0 {
			f.Limit = min(exportPage, *limit-written)
		}
		p, err := st.Incidents(ctx, f)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		for i := range p.Incidents {
			if err := w.Write(&p.Incidents[i]); err != nil {
				return fmt.Errorf("export: %w", err)
			}
		}
		written += len(p.Incidents)
		if p.Next == "" || *limit > 0 && written >= *limit {
			break
		}
		f.Cursor = p.Next
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// filterFlags are the filters export and stats share with the API.
type filterFlags struct {
	since, until, country, typ, actor, near, text, status *string
}

func addFilterFlags(fs *flag.FlagSet) *filterFlags {
	ff := &filterFlags{
		since:   fs.String("since", "", "only incidents on or after this day (YYYY-MM-DD)"),
		until:   fs.String("until", "", "only incidents on or before this day (YYYY-MM-DD)"),
		country: fs.String("country", "", "only these countries: ISO codes or names, comma-separated"),
		typ:     fs.String("type", "", "only these incident types, comma-separated: "+strings.Join(record.Types, ", ")),
		actor:   fs.String("actor", "", "only incidents with a perpetrator whose name has these words, in order (\"shabaab\" finds al-Shabaab; \"IRA\" does not find Iraqi)"),
		near:    fs.String("near", "", "only incidents within KM kilometres of a point: LAT,LON,KM"),
		text:    fs.String("text", "", `full-text search of the reporting articles: words, "a phrase", OR, -word`),
		status:  fs.String("status", "", "rejected: only the incidents analysts marked false; all: those too (default: the others)"),
	}
	// The API calls the text filter q: the same name works here.
	fs.StringVar(ff.text, "q", "", "the same as --text, as the API names it")
	return ff
}

// filter checks the filter flags. A value that names nothing (--country
// Narnia, --type bomb) is a usage error listing the valid values, not an
// empty result.
func (ff *filterFlags) filter() (store.Filter, error) {
	f := store.Filter{Since: *ff.since, Until: *ff.until, Actor: *ff.actor, Text: *ff.text, Status: *ff.status}
	var err error
	if f.Country, err = store.ParseCountries(*ff.country); err != nil {
		return f, &usageError{err: fmt.Errorf("--%w", err), help: countryHelp()}
	}
	if f.Type, err = store.ParseTypes(*ff.typ); err != nil {
		return f, &usageError{err: fmt.Errorf("--%w", err)}
	}
	if *ff.near != "" {
		n, err := store.ParseNear(*ff.near)
		if err != nil {
			return f, &usageError{err: fmt.Errorf("--%w", err)}
		}
		f.Near = n
	}
	if err := f.Validate(); err != nil {
		return f, &usageError{err: fmt.Errorf("--%w", err)}
	}
	return f, nil
}

// countryHelp lists the countries --country takes, "AF Afghanistan, ...",
// wrapped for a terminal.
func countryHelp() string {
	var b strings.Builder
	b.WriteString("countries (code or name):\n ")
	col := 1
	for i, c := range gazetteer.Countries() {
		item := " " + c.Code + " " + c.Name
		if i < len(gazetteer.Countries())-1 {
			item += ","
		}
		if col+len(item) > 78 {
			b.WriteString("\n ")
			col = 1
		}
		b.WriteString(item)
		col += len(item)
	}
	return b.String()
}

// dbFlag defines the --db flag of the commands that read or write a store.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", open.DefaultDSN, "database: a SQLite file, or postgres://...")
}

// openExisting opens a database for reading: a SQLite file that does not
// exist is an error here (most likely a wrong --db or working directory),
// not a new empty database.
func openExisting(ctx context.Context, dsn string) (store.Store, error) {
	if path, ok := open.SQLitePath(dsn); ok {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("no database at %s (give --db, or run sitrep ingest first): %w", path, err)
		}
	}
	return open.Open(ctx, dsn)
}
