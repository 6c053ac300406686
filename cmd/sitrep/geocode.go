package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/gazetteer"
)

// geocodeLine is one line of `sitrep geocode` output. Every key is always
// written, so that a script can read the lines without checking for them;
// Error alone follows Query when the name is not found.
type geocodeLine struct {
	Query       string   `json:"query"`
	Place       string   `json:"place"`
	Admin2      string   `json:"admin2,omitempty"`
	Admin1      string   `json:"admin1"`
	Country     string   `json:"country"`
	CountryCode string   `json:"country_code"`
	Lat         *float64 `json:"lat"`
	Lon         *float64 `json:"lon"`
	GeonamesID  int      `json:"geonames_id"`
	Population  int      `json:"population"`
	Precision   string   `json:"precision"`
}

type geocodeMiss struct {
	Query string `json:"query"`
	Error string `json:"error"`
}

// runGeocode resolves place names with the offline gazetteer, one JSON line
// per name, as the extractor would with the given context. Names come from
// the arguments, or from standard input one a line when there are none. It
// fails (after printing every line) if any name is not found.
func runGeocode(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("geocode", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	country := fs.String("country", "", "prefer places in these countries (ISO codes, comma-separated, weightiest first)")
	admin := fs.String("admin1", "", "prefer places in these provinces, states or districts (comma-separated)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: sitrep geocode [--country CC] [--admin1 NAME] NAME...\n\n"+
			"Prints one JSON line per name: the place the gazetteer resolves it to, or\n"+
			`{"query":NAME,"error":"not found"}. With no NAME, reads names one a line from stdin.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return nil
		}
		return errSilent
	}
	c := gazetteer.Context{CountryCodes: splitList(*country), Admin1: splitList(*admin)}
	g, err := loadPaused(gazetteer.Load)
	if err != nil {
		return err
	}
	for _, cc := range c.CountryCodes {
		if _, ok := g.Country(cc); !ok {
			return fmt.Errorf("geocode: unknown country code %q", cc)
		}
	}

	names := fs.Args()
	if len(names) == 0 {
		sc := bufio.NewScanner(e.stdin)
		for sc.Scan() {
			if n := strings.TrimSpace(sc.Text()); n != "" {
				names = append(names, n)
			}
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("geocode: reading names: %w", err)
		}
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	missing := 0
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return err
		}
		m, ok := g.Resolve(name, c)
		var v any = geocodeMiss{Query: name, Error: "not found"}
		if ok {
			loc := m.Location()
			v = geocodeLine{Query: name, Place: loc.Place, Admin2: loc.Admin2, Admin1: loc.Admin1,
				Country: loc.Country, CountryCode: loc.CountryCode, Lat: loc.Lat, Lon: loc.Lon,
				GeonamesID: loc.GeonamesID, Population: loc.Population, Precision: loc.Precision}
		} else {
			missing++
		}
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	if missing > 0 {
		return fmt.Errorf("geocode: %d of %d names not found", missing, len(names))
	}
	return nil
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
