package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sitrep/sitrep/internal/alert"
	"github.com/sitrep/sitrep/internal/store"
)

// runAlerts is `sitrep alerts add|list|rm|test|run`: the watches that
// send new and changed incidents to webhooks. (`sitrep watch` is another
// thing: following folders and feeds.)
func runAlerts(ctx context.Context, e env, args []string) error {
	subs := []struct {
		name, summary string
		run           func(context.Context, env, []string) error
	}{
		{"add", "add a watch: an area, types, actors or a toll, and the webhook to tell", runAlertsAdd},
		{"list", "list the watches and their latest deliveries", runAlertsList},
		{"rm", "remove watches and their deliveries, sent or not", runAlertsRemove},
		{"test", "send a signed test delivery to a watch's webhook now", runAlertsTest},
		{"run", "match changes and send deliveries until interrupted (sitrep serve does this too)", runAlertsRun},
	}
	if len(args) > 0 {
		for _, s := range subs {
			if s.name == args[0] {
				return s.run(ctx, e, args[1:])
			}
		}
	}
	fmt.Fprintln(e.stderr, "usage: sitrep alerts COMMAND [flags]\n\ncommands:")
	for _, s := range subs {
		fmt.Fprintf(e.stderr, "  %-5s %s\n", s.name, s.summary)
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) == 0 {
			return errSilent
		}
		return nil
	}
	return &usageError{err: fmt.Errorf("alerts: unknown command %q", args[0])}
}

// listFlag collects a flag given several times or with commas.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

func runAlertsAdd(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("alerts add", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := dbFlag(fs)
	name := fs.String("name", "", "what the watch is called")
	url := fs.String("url", "", "the webhook deliveries are POSTed to (http:// or https://)")
	secret := fs.String("secret", "", "the secret that signs deliveries, 16 to 256 bytes (default: one is made and printed)")
	var countries, admin1, types, actors listFlag
	fs.Var(&countries, "country", "countries, as codes or names (repeat or separate by commas)")
	fs.Var(&admin1, "admin1", "first-level regions (provinces, states) by name")
	near := fs.String("near", "", "LAT,LON,KM: within KM kilometres of a point")
	geometry := fs.String("geometry", "", "a GeoJSON file: a Polygon or MultiPolygon, or a Feature(Collection) of them")
	fs.Var(&types, "type", "incident types")
	fs.Var(&actors, "actor", "perpetrator names (whole words, as --actor)")
	minKilled := fs.Int("min-killed", 0, "at least this many killed (the lower bound of the count)")
	fromJSON := fs.String("json", "", "read the whole watch as JSON from this file (- for stdin), as POST /api/watches takes it")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: sitrep alerts add [--db DSN] --name NAME --url URL [criteria]
       sitrep alerts add [--db DSN] --json FILE

Adds a watch. Every new or changed incident that matches all the criteria
given (any of the values of each) is POSTed as JSON to the URL, signed with
HMAC-SHA256 (see the README's "Alerts"). Prints the watch's id and secret:
the secret is not shown again.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("alerts add: unexpected argument %q", fs.Arg(0))
	}
	var raw []byte
	if *fromJSON != "" {
		var err error
		if raw, err = readInput(e, *fromJSON); err != nil {
			return fmt.Errorf("alerts add: %w", err)
		}
	} else {
		d := alert.Definition{Name: *name, URL: *url, Secret: *secret, Rule: alert.Rule{Countries: countries,
			Admin1: admin1, Types: types, Actors: actors, MinKilled: *minKilled}}
		if *near != "" {
			n, err := store.ParseNear(*near)
			if err != nil {
				return &usageError{err: fmt.Errorf("alerts add: %w", err)}
			}
			d.Near = n
		}
		if *geometry != "" {
			g, err := readInput(e, *geometry)
			if err != nil {
				return fmt.Errorf("alerts add: %w", err)
			}
			if !json.Valid(g) {
				return &usageError{err: fmt.Errorf("alerts add: %s is not JSON", *geometry)}
			}
			d.Geometry = g
		}
		var err error
		if raw, err = json.Marshal(d); err != nil {
			return err
		}
	}
	def, _, err := alert.ParseDefinition(raw)
	if err != nil {
		return &usageError{err: fmt.Errorf("alerts add: %w", err)}
	}
	if def.Secret == "" {
		def.Secret = alert.NewSecret()
	}
	rule, err := json.Marshal(def.Rule)
	if err != nil {
		return err
	}
	st, err := openExisting(ctx, *dsn)
	if err != nil {
		return fmt.Errorf("alerts add: %w", err)
	}
	defer st.Close()
	w, err := st.AddWatch(ctx, store.Watch{Name: def.Name, URL: def.URL, Secret: def.Secret, Rule: string(rule)})
	if err != nil {
		return fmt.Errorf("alerts add: %w", err)
	}
	fmt.Fprintf(e.stdout, "watch %d: %s\n  url:    %s\n  match:  %s\n  secret: %s\n", w.ID, w.Name, w.URL, def.Rule, def.Secret)
	fmt.Fprintln(e.stderr, "sitrep: keep the secret: receivers check deliveries with it, and it is not shown again")
	return nil
}

// readInput reads a file, or stdin for "-".
func readInput(e env, path string) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(io.LimitReader(e.stdin, alert.MaxDefinition+1))
	}
	return os.ReadFile(path)
}

// watchJSON is a watch as `alerts list --json` prints it: as GET
// /api/watches shows it, without the secret.
type watchJSON struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
	URL  string `json:"url"`
	alert.Rule
	CreatedAt string `json:"created_at"`
}

func runAlertsList(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("alerts list", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON lines, one watch each (secrets are never shown)")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	st, err := openExisting(ctx, *dsn)
	if err != nil {
		return fmt.Errorf("alerts list: %w", err)
	}
	defer st.Close()
	ws, err := st.Watches(ctx)
	if err != nil {
		return fmt.Errorf("alerts list: %w", err)
	}
	if len(ws) == 0 && !*asJSON {
		fmt.Fprintln(e.stderr, "sitrep: no watches; add one with: sitrep alerts add --name NAME --url URL --country CC")
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 8, 2, ' ', 0)
	if !*asJSON {
		fmt.Fprintln(tw, "ID\tNAME\tURL\tMATCHES\tLAST DELIVERY")
	}
	for _, w := range ws {
		var r alert.Rule
		if err := json.Unmarshal([]byte(w.Rule), &r); err != nil {
			return fmt.Errorf("alerts list: watch %d: %w", w.ID, err)
		}
		if *asJSON {
			b, err := json.Marshal(watchJSON{w.ID, w.Name, w.URL, r, w.CreatedAt.UTC().Format(time.RFC3339)})
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "%s\n", b)
			continue
		}
		last := "none yet"
		ds, err := st.Deliveries(ctx, w.ID, 1)
		if err != nil {
			return fmt.Errorf("alerts list: %w", err)
		}
		if len(ds) > 0 {
			d := ds[0]
			last = fmt.Sprintf("%s %s %s, %d attempt(s)", d.Event, d.Incident, d.Status, d.Attempts)
			if d.LastError != "" {
				last += ": " + d.LastError
			}
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", w.ID, w.Name, w.URL, r, last)
	}
	return tw.Flush()
}

func runAlertsRemove(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("alerts rm", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := dbFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: sitrep alerts rm [--db DSN] ID...\n\nRemoves watches and their deliveries, sent or not.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return &usageError{err: errors.New("alerts rm: which watch? give its id (sitrep alerts list shows them)")}
	}
	var ids []int64
	for _, a := range fs.Args() {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil || id <= 0 {
			return &usageError{err: fmt.Errorf("alerts rm: %q is not a watch id", a)}
		}
		ids = append(ids, id)
	}
	st, err := openExisting(ctx, *dsn)
	if err != nil {
		return fmt.Errorf("alerts rm: %w", err)
	}
	defer st.Close()
	for _, id := range ids {
		if err := st.RemoveWatch(ctx, id); err != nil {
			return fmt.Errorf("alerts rm: %w", err)
		}
		fmt.Fprintf(e.stdout, "removed watch %d\n", id)
	}
	return nil
}

func runAlertsTest(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("alerts test", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := dbFlag(fs)
	incident := fs.String("incident", "", "send this incident's record (default: the newest stored incident, if any)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: sitrep alerts test [--db DSN] [--incident ID] WATCH-ID

Sends one signed delivery with event "test" and delivery id 0 to the
watch's webhook now, whether or not the incident matches, and prints the
answer. Nothing is queued or recorded.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return &usageError{err: errors.New("alerts test: give one watch id")}
	}
	id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil {
		return &usageError{err: fmt.Errorf("alerts test: %q is not a watch id", fs.Arg(0))}
	}
	st, err := openExisting(ctx, *dsn)
	if err != nil {
		return fmt.Errorf("alerts test: %w", err)
	}
	defer st.Close()
	ws, err := st.Watches(ctx)
	if err != nil {
		return fmt.Errorf("alerts test: %w", err)
	}
	var w *store.Watch
	for i := range ws {
		if ws[i].ID == id {
			w = &ws[i]
		}
	}
	if w == nil {
		return fmt.Errorf("alerts test: no watch with id %d", id)
	}
	now := time.Now()
	d := store.Delivery{Event: "test", Kind: "test", ChangedAt: now}
	if *incident == "" {
		if p, err := st.Incidents(ctx, store.Filter{Limit: 1}); err == nil && len(p.Incidents) > 0 {
			*incident = p.Incidents[0].ID
		}
	}
	if *incident != "" {
		inc, err := st.Incident(ctx, *incident)
		if err != nil {
			return fmt.Errorf("alerts test: %w", err)
		}
		b, err := json.Marshal(inc)
		if err != nil {
			return err
		}
		d.Incident, d.Record = inc.ID, string(b)
	}
	code, _, err := alert.Post(ctx, alert.NewClient(), *w, 0, d.Event, alert.Body(*w, d), now)
	if err != nil {
		return fmt.Errorf("alerts test: watch %d (%s): %w", w.ID, w.URL, err)
	}
	fmt.Fprintf(e.stdout, "watch %d: %s answered %d\n", w.ID, w.URL, code)
	return nil
}

func runAlertsRun(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("alerts run", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := dbFlag(fs)
	interval := fs.Duration("interval", alert.Interval, "how often to look for changes and due deliveries")
	once := fs.Bool("once", false, "match the changes and send what is due once, then exit")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: sitrep alerts run [--db DSN] [--interval D] [--once]

Matches the incidents changed since the last run against the watches and
sends due deliveries, retrying failed ones with backoff, until interrupted.
sitrep serve does the same; run this where no server runs. Several may run
at once: a delivery is claimed by one of them at a time.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if *interval <= 0 {
		return &usageError{err: fmt.Errorf("alerts run: --interval %s must be positive", *interval)}
	}
	st, err := openExisting(ctx, *dsn)
	if err != nil {
		return fmt.Errorf("alerts run: %w", err)
	}
	defer st.Close()
	if !*once {
		alert.Run(ctx, st, *interval, slog.New(slog.NewTextHandler(e.stderr, nil)))
		return nil
	}
	queued, err := (&alert.Dispatcher{Store: st}).Poll(ctx)
	if err != nil {
		return fmt.Errorf("alerts run: %w", err)
	}
	sent, err := (&alert.Sender{Store: st, Log: slog.New(slog.NewTextHandler(e.stderr, nil))}).Send(ctx)
	if err != nil {
		return fmt.Errorf("alerts run: %w", err)
	}
	fmt.Fprintf(e.stdout, "queued %d deliveries, tried %d\n", queued, sent)
	return nil
}
