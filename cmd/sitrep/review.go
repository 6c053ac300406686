package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// reviewVerbs are the subcommands of review: the verb, its arguments after
// the incident id, and the action it builds.
var reviewVerbs = []struct {
	verb, args, summary string
}{
	{"reject", "", "mark the incident false: it leaves lists, maps, exports and totals"},
	{"confirm", "", "mark the incident confirmed"},
	{"reopen", "", "mark the incident unreviewed again"},
	{"correct", "FIELD VALUE", "set a field: " + strings.Join(store.Correctable, ", ") + " (VALUE as JSON; a bare word for type, date, attribution)"},
	{"note", "TEXT", "add a note to the incident's history"},
	{"merge", "OTHER", "make the incident and OTHER one"},
	{"split", "SOURCE", "take a source out (a document id, or the source's extraction id)"},
	{"show", "", "print the incident's status and history"},
}

// runReview is `sitrep review [--db DSN] [--user NAME] [--why TEXT] VERB
// INCIDENT [ARGS]`: curation from the command line, recorded in the
// incident's history as through the API.
func runReview(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("review", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dsn := dbFlag(fs)
	user := fs.String("user", cmp.Or(os.Getenv("SITREP_USER"), os.Getenv("USER")), "who acts, for the history (default $SITREP_USER, else $USER)")
	why := fs.String("why", "", "the reason, for the history")
	asJSON := fs.Bool("json", false, "print the resulting incidents as JSON lines")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "usage: sitrep review [--db DSN] [--user NAME] [--why TEXT] VERB INCIDENT [ARGS]\n\n")
		fmt.Fprint(fs.Output(), "Curates a stored incident. Every action enters the incident's history\n(who, when, before, after, why) and holds when its reports are ingested\nagain or joined by new ones.\n\nverbs:\n")
		for _, v := range reviewVerbs {
			fmt.Fprintf(fs.Output(), "  %-8s INCIDENT %-11s %s\n", v.verb, v.args, v.summary)
		}
		fmt.Fprintln(fs.Output())
		fs.PrintDefaults()
	}
	// Flags may come anywhere: before the verb, or after its arguments.
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return flagError(err)
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(pos) < 2 {
		fs.Usage()
		return &usageError{err: fmt.Errorf("review: give a verb and an incident id")}
	}
	verb, id, rest := pos[0], pos[1], pos[2:]
	a := store.Action{Incident: id, User: *user, Why: *why}
	want := 0
	switch verb {
	case "reject", "confirm", "reopen":
		a.Action = store.ActionStatus
		a.Status = map[string]string{"reject": record.Rejected, "confirm": record.Confirmed, "reopen": record.Unreviewed}[verb]
	case "correct":
		want = 2
		if len(rest) == 2 {
			a.Action, a.Field, a.Value = store.ActionCorrect, rest[0], cliValue(rest[1])
		}
	case "note":
		want = 1
		a.Action = store.ActionNote
		a.Note = strings.Join(rest, " ")
		rest = rest[:min(len(rest), 1)]
	case "merge":
		want = 1
		if len(rest) == 1 {
			a.Action, a.With = store.ActionMerge, rest[0]
		}
	case "split":
		want = 1
		if len(rest) == 1 {
			a.Action, a.Source = store.ActionSplit, rest[0]
		}
	case "show":
	default:
		fs.Usage()
		return &usageError{err: fmt.Errorf("review: unknown verb %q", verb)}
	}
	if len(rest) != want {
		fs.Usage()
		return &usageError{err: fmt.Errorf("review %s: want %d argument(s) after the incident id, got %d", verb, want, len(rest))}
	}
	st, err := openExisting(ctx, *dsn)
	if err != nil {
		return fmt.Errorf("review: %w", err)
	}
	defer st.Close()
	var out []record.Merged
	if verb == "show" {
		m, err := st.Incident(ctx, id)
		if err != nil {
			return fmt.Errorf("review: %w", err)
		}
		out = []record.Merged{*m}
	} else {
		if err := a.Validate(); err != nil {
			return &usageError{err: fmt.Errorf("review %s: %w", verb, err)}
		}
		if out, err = st.Review(ctx, a); err != nil {
			return fmt.Errorf("review %s: %w", verb, err)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		for i := range out {
			if err := enc.Encode(&out[i]); err != nil {
				return err
			}
		}
		return nil
	}
	for _, m := range out {
		printReviewed(e, &m)
	}
	return nil
}

// cliValue reads a correction's value: JSON as given, or a bare word
// (riot, 2024-03-05) as a JSON string, so that the common corrections
// need no shell quoting of quotes.
func cliValue(v string) json.RawMessage {
	if json.Valid([]byte(v)) {
		return json.RawMessage(v)
	}
	js, _ := json.Marshal(v)
	return js
}

// printReviewed writes an incident's id, status, what and where, then
// its history, one action a line.
func printReviewed(e env, m *record.Merged) {
	place := "unknown place"
	if l := m.Location; l != nil {
		place = strings.Trim(cmp.Or(l.Place, l.Admin1)+", "+l.Country, ", ")
	}
	fmt.Fprintf(e.stdout, "%s  %s  %s %s in %s, %d source(s)\n", m.ID, cmp.Or(m.Status, record.Unreviewed),
		m.Type, cmp.Or(m.Date, "undated"), place, len(m.Sources))
	if m.Review == nil {
		return
	}
	if len(m.Review.Corrected) > 0 {
		fmt.Fprintf(e.stdout, "  corrected: %s\n", strings.Join(m.Review.Corrected, ", "))
	}
	for _, h := range m.Review.History {
		line := fmt.Sprintf("  #%d %s %s %s", h.ID, h.At, h.User, h.Action)
		if h.Field != "" {
			line += " " + h.Field
		}
		if len(h.Before) > 0 {
			line += " " + string(h.Before) + " ->"
		}
		if len(h.After) > 0 {
			line += " " + string(h.After)
		}
		if h.Why != "" {
			line += "  (" + h.Why + ")"
		}
		fmt.Fprintln(e.stdout, line)
	}
}
