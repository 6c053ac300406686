package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"maps"
	"slices"
	"text/tabwriter"

	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/store"
)

// runStats is `sitrep stats [--db DSN] [--json [--period P]] [filters]`: how
// many documents and incidents, by country (code and name) and type (and by
// day or month with --json), and the death toll.
func runStats(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := dbFlag(fs)
	asJSON := fs.Bool("json", false, `print JSON: {"documents", "incidents", "by_country", "by_type", "by_day", "by_day_type"}`)
	period := fs.String("period", "day", `with --json, count by "day" (by_day, by_day_type) or "month" (by_month, by_month_type)`)
	ff := addFilterFlags(fs)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: sitrep stats [--db DSN] [--json [--period day|month]] [filters]

Counts the stored documents and merged incidents, by country and by type.
With filters, counts the incidents that match and the documents reporting them.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("stats: unexpected argument %q", fs.Arg(0))
	}
	f, err := ff.filter()
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	by, err := store.ParsePeriod(*period)
	if err != nil {
		return &usageError{err: fmt.Errorf("stats: --period: %w", err)}
	}
	if !*asJSON {
		// The table has no series over time: a --period there would be
		// silently dropped.
		set := false
		fs.Visit(func(f *flag.Flag) { set = set || f.Name == "period" })
		if set {
			return &usageError{err: errors.New("stats: --period orders the series of the --json output; add --json")}
		}
	}
	st, err := openExisting(ctx, *dsn)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	defer st.Close()
	s, err := st.Stats(ctx, f, by)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	// The death toll, when the store keeps it cheaply (the SQL stores do).
	var killed *int
	var withFigure int
	if k, ok := st.(interface {
		Killed(ctx context.Context, f store.Filter) (total, known int, err error)
	}); ok {
		total, known, err := k.Killed(ctx, f)
		if err != nil {
			return fmt.Errorf("stats: %w", err)
		}
		killed, withFigure = &total, known
	}
	if *asJSON {
		// Stats writes its own JSON (its series are columns); the toll
		// goes last, inside its object.
		out := s.JSON()
		if killed != nil {
			out = fmt.Appendf(out[:len(out)-1], `,"killed":%d}`, *killed)
		}
		var b bytes.Buffer
		if err := json.Indent(&b, out, "", "  "); err != nil {
			return err
		}
		b.WriteByte('\n')
		_, err := e.stdout.Write(b.Bytes())
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "documents\t%d\nincidents\t%d\n", s.Documents, s.Incidents)
	if killed != nil {
		fmt.Fprintf(tw, "killed\t%d\t(at least; %d of the incidents give a figure)\n", *killed, withFigure)
	}
	for _, by := range []struct {
		title string
		m     map[string]int
	}{{"by country", s.ByCountry}, {"by type", s.ByType}} {
		if len(by.m) == 0 {
			continue
		}
		fmt.Fprintf(tw, "\n%s\t\n", by.title)
		// Largest first, then by name, so the output is stable.
		keys := slices.SortedFunc(maps.Keys(by.m), func(a, b string) int {
			if c := cmp.Compare(by.m[b], by.m[a]); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
		for _, k := range keys {
			label := k
			if by.title == "by country" {
				if name := gazetteer.CountryNameOf(k); name != "" {
					label += "  " + name
				}
			}
			fmt.Fprintf(tw, "  %s\t%d\n", label, by.m[k])
		}
	}
	return tw.Flush()
}
