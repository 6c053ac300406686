package scriptio

import (
	"bytes"
	"context"
	"encoding/json"
	"log"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/record"
)

// Scored is one article of a scored set: its gold line (for the caller
// to parse into the fields it needs), the document and what the
// extractor made of it.
type Scored struct {
	Gold []byte
	Doc  *doc.Document
	Res  record.Result
}

// ExtractScored extracts every article a news gold file codes (texts in
// dir) and scores the set as `sitrep eval news` does; the articles are
// keyed by file stem, the key the score's Pairs and Matches use. With
// newsDev, news-dev's BLIND half is dropped from the gold before it is
// parsed and its texts are never opened (NewsDevTune). scripts/lcount and
// scripts/ltype learn from these.
func ExtractScored(x *extract.Extractor, gold, dir string, newsDev bool) (*eval.NewsScore, map[string]*Scored) {
	var lines [][]byte
	byStem := map[string]*Scored{}
	preds := eval.NewNewsPredictions("extractor")
	EachLine(gold, func(b []byte) {
		file := GoldFile(gold, b)
		if newsDev && !NewsDevTune(file) {
			return // BLIND: not parsed further, text not read
		}
		line := append([]byte(nil), b...)
		lines = append(lines, line)
		d := ReadDoc(filepath.Join(dir, file))
		res, err := x.Extract(context.Background(), d)
		if err != nil {
			log.Fatal(err)
		}
		if err := preds.Add(res); err != nil {
			log.Fatal(err)
		}
		byStem[strings.TrimSuffix(file, filepath.Ext(file))] = &Scored{line, d, res}
	})
	ng, err := eval.ReadNewsGold(bytes.NewReader(bytes.Join(lines, []byte("\n"))), gold)
	if err != nil {
		log.Fatal(err)
	}
	sc, err := eval.ScoreNews(ng, preds)
	if err != nil {
		log.Fatal(err)
	}
	return sc, byStem
}

// Required lists the indexes, in the gold line's incidents, of the
// required ones: a score's Pair names a gold incident by its place among
// these (Pair.Required).
func (s *Scored) Required() []int {
	var g struct {
		Incidents []struct {
			Optional bool `json:"optional"`
		} `json:"incidents"`
	}
	if err := json.Unmarshal(s.Gold, &g); err != nil {
		log.Fatal(err)
	}
	var req []int
	for k, gi := range g.Incidents {
		if !gi.Optional {
			req = append(req, k)
		}
	}
	return req
}
