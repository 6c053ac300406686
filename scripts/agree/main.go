// Command agree scores a second coder's coding of a news set against the
// set's gold exactly as `sitrep eval news` scores the extractor, and the
// extractor on the same stories beside it. How far two careful people who
// read only the text agree, field by field, is the ceiling against which
// the extractor's figures are read (bench/agree/README.md).
//
//	go run ./scripts/agree [-optional] [-verbose] CODED.jsonl GOLD.jsonl TEXTDIR
//
// CODED holds the second coder's records in the gold's own format (one
// line per story, news-dev's schema). Its required records become the
// predictions (with -optional, its optional ones too): type, date, the
// main place of city_or_place with admin1 and country, perpetrators with
// attribution, killed and injured totals. The gold is cut to CODED's
// stories; TEXTDIR holds their texts, which the extractor reads. -verbose
// lists each gold record as the scorer judges the coder (never use it on
// a blind set: it prints that set's gold).
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/scripts/internal/scriptio"
)

// coded is what the script reads of a gold-format story.
type coded struct {
	File      string `json:"file"`
	Incidents []struct {
		Type         string `json:"type"`
		Date         string `json:"date"`
		Country      string `json:"country"`
		Admin1       string `json:"admin1"`
		Place        string `json:"city_or_place"`
		Perpetrators []struct {
			Name        string `json:"name"`
			Attribution string `json:"attribution"`
		} `json:"perpetrators"`
		Killed   *float64 `json:"killed_total"`
		Injured  *float64 `json:"injured_total"`
		Optional bool     `json:"optional"`
	} `json:"incidents"`
}

func main() {
	optional := flag.Bool("optional", false, "score the coder's optional records as predictions too")
	verbose := flag.Bool("verbose", false, "list each gold record as the coder is judged on it (tune sets only)")
	flag.Parse()
	log.SetFlags(0)
	if flag.NArg() != 3 {
		log.Fatal("usage: agree [-optional] [-verbose] CODED.jsonl GOLD.jsonl TEXTDIR")
	}
	codedPath, goldPath, textDir := flag.Arg(0), flag.Arg(1), flag.Arg(2)

	var human bytes.Buffer
	var stories []string // in the coder's order, for the extractor
	files := map[string]bool{}
	n := 0
	scriptio.EachLine(codedPath, func(line []byte) {
		n++
		var c coded
		if err := json.Unmarshal(line, &c); err != nil {
			log.Fatalf("%s:%d: %v", codedPath, n, err)
		}
		if c.File == "" || files[c.File] {
			log.Fatalf("%s:%d: no file, or a file coded twice: %q", codedPath, n, c.File)
		}
		files[c.File] = true
		stories = append(stories, c.File)
		human.Write(predLine(c, *optional))
		human.WriteByte('\n')
	})

	var gold bytes.Buffer
	scriptio.EachLine(goldPath, func(line []byte) {
		var g struct {
			File string `json:"file"`
		}
		if err := json.Unmarshal(line, &g); err != nil {
			log.Fatalf("%s: %v", goldPath, err)
		}
		if files[g.File] {
			gold.Write(line)
			gold.WriteByte('\n')
			delete(files, g.File)
		}
	})
	for f := range files {
		log.Fatalf("%s: %s is not in %s", codedPath, f, goldPath)
	}

	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	machine := eval.NewNewsPredictions("extract")
	for _, file := range stories {
		d := scriptio.ReadDoc(filepath.Join(textDir, file))
		res, err := x.Extract(context.Background(), d)
		if err != nil {
			log.Fatal(err)
		}
		if err := machine.Add(res); err != nil {
			log.Fatal(err)
		}
	}

	humanPreds, err := eval.ReadNewsPredictions(&human, "coder")
	if err != nil {
		log.Fatal(err)
	}
	for _, run := range []struct {
		who   string
		preds *eval.NewsPredictions
	}{{"coder", humanPreds}, {"extractor", machine}} {
		g, err := eval.ReadNewsGold(bytes.NewReader(gold.Bytes()), goldPath)
		if err != nil {
			log.Fatal(err)
		}
		s, err := eval.ScoreNews(g, run.preds)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("== %s (%s)\n", run.who, strings.TrimSuffix(filepath.Base(codedPath), filepath.Ext(codedPath)))
		if err := s.Write(os.Stdout, *verbose && run.who == "coder", false, nil); err != nil {
			log.Fatal(err)
		}
	}
}

// predLine is a coded story as one line of `sitrep extract` output: the
// fields the scorer reads, under the contract's names.
func predLine(c coded, optional bool) []byte {
	type loc struct {
		Place   string `json:"place,omitempty"`
		Admin1  string `json:"admin1,omitempty"`
		Country string `json:"country,omitempty"`
	}
	type count struct {
		Min float64 `json:"min"`
	}
	type perp struct {
		Name        string `json:"name"`
		Attribution string `json:"attribution"`
	}
	type incident struct {
		Type         string `json:"type"`
		Date         string `json:"date,omitempty"`
		Location     loc    `json:"location"`
		Perpetrators []perp `json:"perpetrators,omitempty"`
		Killed       *count `json:"killed,omitempty"`
		Injured      *count `json:"injured,omitempty"`
	}
	out := struct {
		Doc struct {
			ID string `json:"id"`
		} `json:"doc"`
		Incidents []incident `json:"incidents"`
	}{}
	out.Doc.ID = strings.TrimSuffix(c.File, filepath.Ext(c.File))
	out.Incidents = []incident{}
	for _, ci := range c.Incidents {
		if ci.Optional && !optional {
			continue
		}
		in := incident{
			Type:     eval.ContractType(ci.Type),
			Date:     ci.Date,
			Location: loc{strings.TrimSpace(eval.MainPlace(ci.Place)), ci.Admin1, ci.Country},
		}
		for _, p := range ci.Perpetrators {
			in.Perpetrators = append(in.Perpetrators, perp{p.Name, p.Attribution})
		}
		if ci.Killed != nil {
			in.Killed = &count{*ci.Killed}
		}
		if ci.Injured != nil {
			in.Injured = &count{*ci.Injured}
		}
		out.Incidents = append(out.Incidents, in)
	}
	b, err := json.Marshal(out)
	if err != nil {
		log.Fatal(err)
	}
	return b
}
