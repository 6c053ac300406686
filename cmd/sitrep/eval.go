package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	iofs "io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/roles"
)

const evalUsage = `usage: sitrep eval news --gold GOLD.jsonl [--verbose] [--json | --by-type --given] PATH...
       sitrep eval news --gold GOLD.jsonl --pred PRED.jsonl [--verbose] [--json | --by-type --given] [PATH...]
       sitrep eval muc4 --gold FILE [--source S] [--pred-out FILE] [--json] [--full [--templates FILE] [--verbose]]
       sitrep eval muc4 --gold FILE --pred PRED.json [--json]

news scores the extractor on the articles under PATH against a news gold file
(../shared/bench/news-dev), exactly as ../shared/tools/score_news.py does;
with --pred it scores an existing 'sitrep extract' output instead (PATH then
only supplies the text quoted by --verbose). --by-type adds, after the
scores, a table of the required gold incidents by type (missed, typed right,
typed as what) and the types of the false ones; --given a table of the
fields of the incidents found: right, wrong or left out where the gold knows
the value, given anyway where it does not, then the attribution given to
each gold perpetrator found against the gold's. Both print counts only, no
text, so they may be run on a blind set.

muc4 runs the extractor on the documents of a GRIT-processed MUC-4 file
(../shared/bench/muc4/dev.json) and scores PerpInd, PerpOrg, Target, Victim
and Weapon with GRIT's metric (CEAF, phi_strict, micro average); with --pred
it scores predictions in GRIT's form ({docid: {"pred_extracts": ...}}).
--source says where the role fillers come from: the extractor's rules, the
trained role tagger (internal/roles), both, the entity ranker over the
tagger's and the rules' candidates (ranked), or best (default: per role, the
choice made on training documents; today the ranker for every role).
--full also scores incident type, date, place, perpetrator confidence and
effects against the full answer keys (templates_*.jsonl, found next to FILE
unless --templates names it), extracting from their original upper-case text;
with --verbose it lists each key template as MISSED, ok or wrong and each
false incident (EXTRA), with the sentence of the incident's trigger.
`

// runEval is `sitrep eval news|muc4 ...`: accuracy on labelled sets.
func runEval(ctx context.Context, e env, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, evalUsage)
		return errors.New("eval: name a set: news or muc4")
	}
	switch args[0] {
	case "news":
		return runEvalNews(ctx, e, args[1:])
	case "muc4":
		return runEvalMUC4(ctx, e, args[1:])
	case "-h", "-help", "--help", "help":
		fmt.Fprint(e.stdout, evalUsage)
		return nil
	}
	fmt.Fprint(e.stderr, evalUsage)
	return fmt.Errorf("eval: unknown set %q (want news or muc4)", args[0])
}

// parseInterspersed parses flags wherever they stand among the
// positional arguments (as score_news.py accepts them), up to a "--".
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

func newEvalFlags(name string, e env) *flag.FlagSet {
	fs := flag.NewFlagSet("eval "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), evalUsage+"\n")
		fs.PrintDefaults()
	}
	return fs
}

func runEvalNews(ctx context.Context, e env, args []string) error {
	fs := newEvalFlags("news", e)
	gold := fs.String("gold", "", "news gold file (JSON Lines)")
	pred := fs.String("pred", "", "score this 'sitrep extract' output instead of running the extractor")
	verbose := fs.Bool("verbose", false, "list every miss, wrong field and false incident with the text involved")
	asJSON := fs.Bool("json", false, "print the scores as one JSON object")
	byType := fs.Bool("by-type", false, "add a table of gold incidents by type: missed, typed right, typed as what (counts only)")
	given := fs.Bool("given", false, "add a table of each field's values: right, wrong, left out, given where the gold has none (counts only)")
	workers := fs.Int("workers", runtime.NumCPU(), "documents to extract at once")
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return flagError(err)
	}
	switch {
	case (*byType || *given) && *asJSON:
		fs.Usage()
		return errors.New("eval news: --by-type and --given go without --json")
	case *gold == "":
		fs.Usage()
		return errors.New("eval news: --gold is required")
	case *pred == "" && len(paths) == 0:
		fs.Usage()
		return errors.New("eval news: no PATH given (the articles to extract from)")
	}
	g, err := readFile(*gold, eval.ReadNewsGold)
	if err != nil {
		return fmt.Errorf("eval news: %w", err)
	}

	// docs keeps the articles for --verbose, under the keys predictions
	// are found by: the id and the path's stem.
	var docs map[string]*doc.Document
	keep := func(d *doc.Document) {
		if docs == nil {
			docs = map[string]*doc.Document{}
		}
		docs[d.ID] = d
		if d.Path != "" && d.Path != "-" {
			docs[strings.TrimSuffix(filepath.Base(d.Path), filepath.Ext(d.Path))] = d
		}
	}
	var preds *eval.NewsPredictions
	if *pred != "" {
		if preds, err = readFile(*pred, eval.ReadNewsPredictions); err != nil {
			return fmt.Errorf("eval news: %w", err)
		}
		if *verbose && len(paths) > 0 {
			fromGold := inFile(*gold)
			err = doc.Read(paths, e.stdin, func(d *doc.Document, err error) error {
				if fromGold(d, err) {
					return nil
				}
				if err == nil {
					keep(d)
				}
				return err
			})
			if err != nil {
				return fmt.Errorf("eval news: %w", err)
			}
		}
	} else {
		x, err := newExtractor()
		if err != nil {
			return fmt.Errorf("eval news: %w", err)
		}
		preds = eval.NewNewsPredictions("extract")
		fromGold := inFile(*gold)
		err = pipeline.Run(ctx, paths, e.stdin, *workers, extractWork(ctx, x), func(it pipeline.Item[record.Result]) error {
			if fromGold(it.Doc, it.Err) {
				return nil
			}
			if it.Err != nil {
				return it.Err // a document that cannot be read would make the score wrong
			}
			if *verbose {
				keep(it.Doc)
			}
			return preds.Add(it.Value)
		})
		if err != nil {
			return fmt.Errorf("eval news: %w", err)
		}
	}
	s, err := eval.ScoreNews(g, preds)
	if err != nil {
		return fmt.Errorf("eval news: %w", err)
	}
	if err := s.Write(e.stdout, *verbose, *asJSON, docs); err != nil {
		return err
	}
	if *byType {
		if err := s.WriteByType(e.stdout); err != nil {
			return err
		}
	}
	if *given {
		return s.WriteGiven(e.stdout)
	}
	return nil
}

func runEvalMUC4(ctx context.Context, e env, args []string) error {
	fs := newEvalFlags("muc4", e)
	gold := fs.String("gold", "", "MUC-4 file in GRIT's processed JSON Lines form")
	pred := fs.String("pred", "", "score these predictions ({docid: {\"pred_extracts\": ...}}) instead of running the extractor")
	predOut := fs.String("pred-out", "", "write the predictions in GRIT's form to this file")
	asJSON := fs.Bool("json", false, "print the scores as one JSON object")
	full := fs.Bool("full", false, "also score the full answer-key templates")
	templates := fs.String("templates", "", "templates_*.jsonl for --full (default: next to --gold)")
	verbose := fs.Bool("verbose", false, "with --full, list each key template as MISSED, ok or wrong, and each false incident, with its trigger's sentence")
	workers := fs.Int("workers", runtime.NumCPU(), "documents to extract at once")
	source := fs.String("source", "best", "role fillers from rules, tagger, both, ranked, or best (per role)")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return flagError(err)
	}
	switch {
	case *gold == "":
		fs.Usage()
		return errors.New("eval muc4: --gold is required")
	case len(rest) > 0:
		fs.Usage()
		return fmt.Errorf("eval muc4: unexpected argument %q", rest[0])
	case *full && *pred != "":
		return errors.New("eval muc4: --full scores incident records, which --pred files do not hold")
	case *templates != "" && !*full:
		return errors.New("eval muc4: --templates goes with --full")
	case *verbose && (!*full || *asJSON):
		return errors.New("eval muc4: --verbose goes with --full, without --json")
	}
	pick, err := eval.ParseSources(*source)
	if err != nil {
		return fmt.Errorf("eval muc4: --source: %w", err)
	}
	docs, err := readFile(*gold, eval.ReadMUC4Gold)
	if err != nil {
		return fmt.Errorf("eval muc4: %w", err)
	}
	var tdocs []eval.TemplateDoc
	if *full { // read it before the long part, to fail early
		if *templates == "" {
			*templates = defaultTemplates(*gold)
		}
		if tdocs, err = readFile(*templates, eval.ReadMUC4Templates); errors.Is(err, iofs.ErrNotExist) {
			return fmt.Errorf("eval muc4: %w (name the answer keys with --templates)", err)
		} else if err != nil {
			return fmt.Errorf("eval muc4: %w", err)
		}
	}

	preds := map[string]eval.Extracts{}
	var x *extract.Extractor
	if *pred != "" {
		f, err := os.Open(*pred)
		if err != nil {
			return fmt.Errorf("eval muc4: %w", err)
		}
		preds, err = eval.ReadGRITPredictions(f, *pred, docs)
		f.Close()
		if err != nil {
			return fmt.Errorf("eval muc4: %w", err)
		}
	} else {
		if x, err = newExtractor(); err != nil {
			return fmt.Errorf("eval muc4: %w", err)
		}
		in := make([]*doc.Document, len(docs))
		for i, d := range docs {
			in[i] = &doc.Document{ID: d.ID, Text: d.Text, Path: *gold, Line: d.Line}
		}
		res, err := extractAll(ctx, x, in, *workers)
		if err != nil {
			return fmt.Errorf("eval muc4: %w", err)
		}
		rulesEx := make([]eval.Extracts, len(docs))
		for i := range docs {
			rulesEx[i] = eval.RecordExtracts(res[i].Incidents)
		}
		tagged, ranked, err := tagAll(ctx, in, rulesEx, *workers, pick)
		if err != nil {
			return fmt.Errorf("eval muc4: %w", err)
		}
		for i, d := range docs {
			preds[d.ID] = eval.Combine(rulesEx[i], tagged[i], ranked[i], pick)
		}
	}
	score := eval.ScoreGRIT(docs, preds)
	if *predOut != "" {
		if err := writeFile(*predOut, func(w io.Writer) error { return eval.WriteGRITPredictions(w, docs, preds) }); err != nil {
			return fmt.Errorf("eval muc4: %w", err)
		}
	}
	var fs2 *eval.FullScore
	if *full {
		in := make([]*doc.Document, len(tdocs))
		for i, d := range tdocs {
			in[i] = &doc.Document{ID: d.ID, Date: d.Date, Text: d.Text, Path: *templates}
		}
		res, err := extractAll(ctx, x, in, *workers)
		if err != nil {
			return fmt.Errorf("eval muc4: %w", err)
		}
		byID := make(map[string][]record.Incident, len(res))
		for i, d := range tdocs {
			byID[d.ID] = res[i].Incidents
		}
		s := eval.ScoreTemplates(tdocs, byID)
		fs2 = &s
	}
	if *asJSON {
		return eval.WriteMUC4JSON(e.stdout, score, fs2)
	}
	if err := score.WriteTable(e.stdout); err != nil {
		return err
	}
	if score.MissingDocs > 0 {
		fmt.Fprintf(e.stdout, "(%d gold documents had no prediction)\n", score.MissingDocs)
	}
	if fs2 != nil {
		if *verbose {
			if err := fs2.WriteVerbose(e.stdout); err != nil {
				return err
			}
		}
		fmt.Fprintln(e.stdout)
		return fs2.WriteTable(e.stdout)
	}
	return nil
}

// inFile returns a test for whether a document read (or an input error)
// comes from the file name. The gold file sits among the articles in
// news-dev/, and reading the directory must not take its lines for
// documents (nor fail on them).
func inFile(name string) func(*doc.Document, error) bool {
	fi, err := os.Stat(name)
	return func(d *doc.Document, derr error) bool {
		path := ""
		var ie *doc.InputError
		switch {
		case errors.As(derr, &ie):
			path = ie.Path
		case derr == nil && d != nil:
			path = d.Path
		}
		if err != nil || path == "" || path == "-" {
			return false
		}
		pi, perr := os.Stat(path)
		return perr == nil && os.SameFile(fi, pi)
	}
}

// defaultTemplates is where the full answer keys of a GRIT file live in
// ../shared/bench/muc4: dev.json beside templates_dev.jsonl, train.json
// beside templates_train.jsonl.
func defaultTemplates(gold string) string {
	base := strings.TrimSuffix(filepath.Base(gold), filepath.Ext(gold))
	return filepath.Join(filepath.Dir(gold), "templates_"+base+".jsonl")
}

// extractAll extracts from docs on workers goroutines, results in order.
// A panic on one document becomes an error naming it.
func extractAll(ctx context.Context, x *extract.Extractor, docs []*doc.Document, workers int) ([]record.Result, error) {
	out := make([]record.Result, len(docs))
	errs := make([]error, len(docs))
	each(ctx, len(docs), workers, func(i int) {
		defer func() {
			if r := recover(); r != nil {
				errs[i] = fmt.Errorf("%s:%d: extract %s: panic: %v", docs[i].Path, docs[i].Line, docs[i].ID, r)
			}
		}()
		out[i], errs[i] = x.Extract(ctx, docs[i])
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, errors.Join(errs...)
}

// tagAll runs the role tagger over docs on workers goroutines, and the
// entity ranker over its candidates and the rules' fillers; results in
// order, each only when pick takes a role from it.
func tagAll(ctx context.Context, docs []*doc.Document, rules []eval.Extracts, workers int, pick [5]eval.Source) (tagged, ranked []eval.Extracts, err error) {
	tagged = make([]eval.Extracts, len(docs))
	ranked = make([]eval.Extracts, len(docs))
	useTagger := slices.ContainsFunc(pick[:], func(s eval.Source) bool { return s == eval.FromTagger || s == eval.FromBoth })
	useRanker := slices.Contains(pick[:], eval.FromRanker)
	if !useTagger && !useRanker {
		return tagged, ranked, nil
	}
	m, err := roles.Load()
	if err != nil {
		return nil, nil, err
	}
	var rn *roles.Ranker
	if useRanker {
		if rn, err = roles.LoadRanker(); err != nil {
			return nil, nil, err
		}
	}
	each(ctx, len(docs), workers, func(i int) {
		t := docs[i].Text
		if useTagger {
			tagged[i] = eval.TaggerExtracts(roles.Entities(t, m.Tag(t)))
		}
		if useRanker {
			ranked[i] = eval.RankedExtracts(rn.Fill(t, m, rules[i].Strings()))
		}
	})
	return tagged, ranked, ctx.Err()
}

// each calls fn for 0..n-1 on workers goroutines, until ctx ends.
func each(ctx context.Context, n, workers int, fn func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(workers, n)) {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				fn(i)
			}
		})
	}
	wg.Wait()
}

// readFile opens name and reads it with read, which names the file in
// its errors.
func readFile[T any](name string, read func(io.Reader, string) (T, error)) (T, error) {
	f, err := os.Open(name)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	return read(f, name)
}

// writeFile writes name through fn, reporting the close error too.
func writeFile(name string, fn func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := fn(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
