// Command rolesnews measures whether the role tagger (internal/roles),
// trained on lower-cased MUC-4 radio transcripts, could name perpetrators
// on modern news where the extractor's rules miss them (issue 14). It is an
// evaluation, not part of the extractor: on news-dev the tagger did not
// help (see internal/roles/README.md), so the extractor does not use it,
// and this command is how the question is asked again after the model or
// the rules change.
//
//	go run ./scripts/rolesnews -gold ../shared/bench/news-dev/gold.jsonl ../shared/bench/news-dev/*.txt
//
// Per article, it compares the perpetrator names in the gold records with
// (a) the perpetrators the extractor names, (b) the tagger's PerpOrg and
// PerpInd spans and (c) the entity ranker's PerpInd and PerpOrg fillers
// (with -targets: gold targets, the extractor's targets, the tagger's
// Target and Victim spans, the ranker's Target and Victim fillers), on the
// text as written and lower-cased (the models' training text is lower
// case). A name matches a gold name when the words
// of one (roles.Key) are a run of the words of the other: "LTTE" matches
// "Liberation Tigers of Tamil Eelam (LTTE)". It reports each source's
// precision (matching names / names) and recall (gold names matched /
// gold names), and the gold names the extractor misses that the tagger or
// the ranker finds: the most either could add.
//
// Per incident, it asks what a gated use would give (incident.go): in each
// incident where the rules name no one (or no one but a description or
// "unknown"), the filler a variant picks from the incident's sentences
// (the ranker's best candidate without its MUC-4 document gates, at its
// threshold or at any score, the tagger's first lower-cased span, each
// also only when group-shaped), scored against the article's gold names
// and, with the filler put in the extractor's record, by the news scorer
// (eval.ScoreNews, perpetrator and attribution; not with -targets, which
// the scorer does not score); and, for each gold name the extractor misses, the ranker's best
// candidate naming it, its score against the role's threshold and its rank
// in its role: how far a threshold would have to fall to take it.
//
// Reuters wire stories (bench/wire, coded the same way) are read from the
// corpus by the file names of their gold lines:
//
//	g=bench/wire/gold.jsonl # or the lines of one half of it (bench/wire/halves.tsv)
//	go run ./scripts/rolesnews -gold $g $(sed -E 's/.*"file": "([^"]+)".*/..\/shared\/corpus\/reuters21578\/\1/' $g)
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/roles"
)

// goldArticle is the part of a news-dev gold line this command reads.
type goldArticle struct {
	File      string `json:"file"`
	Incidents []struct {
		Perpetrators []struct {
			Name string `json:"name"`
		} `json:"perpetrators"`
		Targets []struct {
			Name string `json:"name"`
		} `json:"targets"`
	} `json:"incidents"`
}

// tally counts one source's names against the gold names.
type tally struct{ names, right, goldFound, extra int }

func main() {
	goldPath := flag.String("gold", "../shared/bench/news-dev/gold.jsonl", "gold records, one article a line")
	targets := flag.Bool("targets", false, "compare targets (tagger Target and Victim) instead of perpetrators")
	uncoded := flag.Bool("uncoded", false, "also read articles without a gold line that have incidents, as if their gold named no one (general news: what a gate would add there)")
	flag.Parse()
	gold, err := readGold(*goldPath, *targets)
	if err != nil {
		log.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	m, err := roles.Load()
	if err != nil {
		log.Fatal(err)
	}
	rn, err := roles.LoadRanker()
	if err != nil {
		log.Fatal(err)
	}
	sources := []string{"extractor", "tagger PerpOrg", "tagger PerpOrg lower-cased", "tagger PerpInd+PerpOrg lower-cased", "ranker PerpInd+PerpOrg lower-cased"}
	roleSets := [][]roles.Role{{roles.PerpOrg}, {roles.PerpOrg}, {roles.PerpOrg, roles.PerpInd}}
	if *targets {
		sources = []string{"extractor", "tagger Target+Victim", "tagger Target lower-cased", "tagger Target+Victim lower-cased", "ranker Target+Victim lower-cased"}
		roleSets = [][]roles.Role{{roles.Target, roles.Victim}, {roles.Target}, {roles.Target, roles.Victim}}
	}
	tallies := make([]tally, len(sources))
	goldNames := 0
	lex, err := actor.Load()
	if err != nil {
		log.Fatal(err)
	}
	thr := rn.Decision().Threshold
	wantRole := []roles.Role{roles.PerpInd, roles.PerpOrg}
	if *targets {
		wantRole = []roles.Role{roles.Target}
	}
	// per gate (the rules name no one; they name no one but a description
	// or "unknown"), per variant
	var gates [2][]gated
	for i := range gates {
		gates[i] = make([]gated, len(variants))
	}
	gateIncidents := [2]int{}
	// the news scorer's figures with each variant's fillers in the
	// extractor's records (perpetrators only: targets are not scored)
	scoring := !*targets && !*uncoded
	var newsGold *eval.NewsGold
	base := eval.NewNewsPredictions("extractor")
	var withVariant [2][]*eval.NewsPredictions
	if scoring {
		f, err := os.Open(*goldPath)
		if err != nil {
			log.Fatal(err)
		}
		newsGold, err = eval.ReadNewsGold(f, *goldPath)
		f.Close()
		if err != nil {
			log.Fatal(err)
		}
		for gi := range withVariant {
			for _, v := range variants {
				withVariant[gi] = append(withVariant[gi], eval.NewNewsPredictions(v.name))
			}
		}
	}
	withNames, relevant := 0, 0 // articles with gold names; those the ranker's relevance gate lets through
	err = doc.Read(flag.Args(), nil, func(d *doc.Document, err error) error {
		if err != nil {
			return err
		}
		g, ok := gold[filepath.Base(d.Path)]
		if !ok && !*uncoded {
			return nil
		}
		res, err := x.Extract(context.Background(), d)
		if err != nil {
			return err
		}
		if !ok && len(res.Incidents) == 0 {
			return nil // uncoded and no incident: nothing to gate
		}
		var got [5][]string
		for _, in := range res.Incidents {
			if *targets {
				for _, t := range in.Targets {
					got[0] = append(got[0], t.Name)
				}
			} else {
				for _, p := range in.Perpetrators {
					got[0] = append(got[0], p.Name)
				}
			}
		}
		src := d.Title + "\n\n" + d.Text
		got[1] = spans(m, src, false, roleSets[0]...)
		got[2] = spans(m, src, true, roleSets[1]...)
		got[3] = spans(m, src, true, roleSets[2]...)
		for _, f := range rn.Fill(lowerASCII(src), m, eval.RecordExtracts(res.Incidents).Strings()) {
			if slices.Contains(roleSets[2], f.Role) {
				got[4] = append(got[4], f.Text)
			}
		}
		goldNames += len(g)
		lsrc := lowerASCII(src)
		scored, rel := rn.Scores(lsrc, m, eval.RecordExtracts(res.Incidents).Strings())
		if len(g) > 0 {
			withNames++
			if rel >= rn.Decision().RelGate {
				relevant++
			}
		}
		scored = slices.DeleteFunc(scored, func(c roles.Scored) bool { return !slices.Contains(wantRole, c.Role) })
		// the gold names the extractor misses: where the ranker puts them
		for _, gn := range g {
			if matchesAny(gn, got[0]) {
				continue
			}
			found, best := false, roles.Scored{Score: -math.MaxFloat32}
			for _, c := range scored {
				if c.Score > best.Score && matchesAny(c.Text, []string{gn}) {
					found, best = true, c
				}
			}
			if !found {
				fmt.Printf("%s: %q, which the extractor misses, is no ranker candidate\n", d.ID, gn)
				continue
			}
			rank, of := 1, 0 // among the candidates of its role
			for _, c := range scored {
				if c.Role == best.Role {
					of++
					if c.Score > best.Score {
						rank++
					}
				}
			}
			fmt.Printf("%s: %q, which the extractor misses, is ranker candidate %q (%s) scoring %.2f (threshold %.2f), %d of %d\n",
				d.ID, gn, best.Text, best.Role, best.Score, thr[best.Role], rank, of)
		}
		var tagged []roles.Span
		for _, sp := range m.Tag(lsrc) {
			if slices.Contains(wantRole, sp.Role) {
				tagged = append(tagged, sp)
			}
		}
		var alt [2][]record.Result // per gate and variant: res with the variant's fillers
		for gi := range alt {
			for range variants {
				alt[gi] = append(alt[gi], record.Result{Doc: res.Doc, Incidents: slices.Clone(res.Incidents), Warnings: res.Warnings})
			}
		}
		for ii := range res.Incidents {
			in := &res.Incidents[ii]
			var have []string
			named := false
			if *targets {
				for _, t := range in.Targets {
					have = append(have, t.Name)
					named = true
				}
			} else {
				for _, p := range in.Perpetrators {
					have = append(have, p.Name)
					named = named || p.Kind != "description" && p.Name != "unknown"
				}
			}
			rs := incidentSentences(src, len(d.Title), in)
			for gi, open := range [2]bool{len(have) == 0, !named} {
				if !open {
					continue
				}
				gateIncidents[gi]++
				for vi, v := range variants {
					name := pick(v, src, rs, scored, tagged, thr, lex)
					if name == "" {
						continue
					}
					// the variant's filler replaces what the rules gave (a
					// description or "unknown"), with their attribution
					attr := record.Unknown
					if len(in.Perpetrators) > 0 {
						attr = in.Perpetrators[0].Attribution
					}
					alt[gi][vi].Incidents[ii].Perpetrators = []record.Perpetrator{{Name: name, Attribution: attr}}
					gs := &gates[gi][vi]
					gs.fired++
					if slices.ContainsFunc(have, func(h string) bool { return matchesAny(h, g) }) {
						gs.rulesRight++
					}
					verdict := "wrong"
					switch {
					case len(g) == 0:
						gs.unnamed++
						verdict = "no gold name"
					case matchesAny(name, g):
						gs.right++
						verdict = "right"
					default:
						gs.wrong++
					}
					if gi == 1 && (vi == 0 || v.shaped) {
						fmt.Printf("%s incident %d (rules %q): %s gives %q: %s\n", d.ID, ii, have, v.name, name, verdict)
					}
				}
			}
		}
		if scoring {
			if err := base.Add(res); err != nil {
				return err
			}
			for gi := range alt {
				for vi := range alt[gi] {
					if err := withVariant[gi][vi].Add(alt[gi][vi]); err != nil {
						return err
					}
				}
			}
		}
		for i, names := range got {
			t := &tallies[i]
			t.names += len(names)
			for _, n := range names {
				if matchesAny(n, g) {
					t.right++
				}
			}
			for _, gn := range g {
				if matchesAny(gn, names) {
					t.goldFound++
					if i > 0 && !matchesAny(gn, got[0]) {
						t.extra++
						fmt.Printf("%s: %s finds %q, the extractor does not\n", d.ID, sources[i], gn)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d coded articles, %d gold names\n", len(gold), goldNames)
	for i, t := range tallies {
		fmt.Printf("%-36s names=%d precision=%.2f recall=%.2f gold names the extractor misses=%d\n",
			sources[i], t.names, ratio(t.right, t.names), ratio(t.goldFound, goldNames), t.extra)
	}
	fmt.Printf("articles with gold names the ranker's relevance gate lets through: %d of %d\n", relevant, withNames)
	gateNames := []string{"the rules name no one", "the rules name no one but a description or unknown"}
	if *targets {
		gateNames = gateNames[:1] // a target is never a description: the gates are one
	}
	var baseScore *eval.NewsScore
	if scoring {
		if baseScore, err = eval.ScoreNews(newsGold, base); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("news scorer, extractor: %s\n", scoreLine(baseScore))
	}
	for gi, gate := range gateNames {
		fmt.Printf("%d incidents where %s:\n", gateIncidents[gi], gate)
		for vi, v := range variants {
			line := gates[gi][vi].String()
			if scoring {
				sc, err := eval.ScoreNews(newsGold, withVariant[gi][vi])
				if err != nil {
					log.Fatal(err)
				}
				line += "; scorer " + scoreLine(sc)
			}
			fmt.Printf("  %-44s %s\n", v.name, line)
		}
	}
}

// readGold returns each article's gold perpetrator (or target) names,
// "unknown" left out (it names no one), by file name.
func readGold(path string, targets bool) (map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string][]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var g goldArticle
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		names := []string{}
		for _, in := range g.Incidents {
			var all []string
			for _, p := range in.Perpetrators {
				all = append(all, p.Name)
			}
			if targets {
				all = all[:0]
				for _, t := range in.Targets {
					all = append(all, t.Name)
				}
			}
			for _, n := range all {
				if k := roles.Key(n); k != "" && k != "unknown" {
					names = append(names, n)
				}
			}
		}
		out[g.File] = names
	}
	return out, sc.Err()
}

// spans returns the text of the tagger's spans of the given roles. lower
// lower-cases ASCII letters first, which keeps every byte offset.
func spans(m *roles.Model, s string, lower bool, want ...roles.Role) []string {
	if lower {
		s = lowerASCII(s)
	}
	var out []string
	for _, sp := range m.Tag(s) {
		for _, r := range want {
			if sp.Role == r {
				out = append(out, s[sp.Start:sp.End])
			}
		}
	}
	return out
}

// lowerASCII lower-cases ASCII letters, which keeps every byte offset.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// matchesAny reports whether name matches one of names: the words of one
// are a run of the words of the other.
func matchesAny(name string, names []string) bool {
	k := roles.Key(name)
	if k == "" {
		return false
	}
	for _, n := range names {
		o := roles.Key(n)
		if o != "" && (strings.Contains(" "+o+" ", " "+k+" ") || strings.Contains(" "+k+" ", " "+o+" ")) {
			return true
		}
	}
	return false
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// scoreLine gives the news scorer's perpetrator and attribution figures
// and its score.
func scoreLine(s *eval.NewsScore) string {
	return fmt.Sprintf("perpetrator=%.2f attribution=%.2f score=%.3f", s.Accuracy["perpetrator"], s.Accuracy["attribution"], s.Score)
}
