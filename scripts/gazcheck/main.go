// Command gazcheck lists the place names of answer keys that the gazetteer
// cannot resolve in the record's country: the candidates for overlay.tsv.
//
//	go run ./scripts/gazcheck [-tune] GOLD.jsonl...
//
// For each incident it takes place_accept, or without it the main name of
// city_or_place (before any "(", ",", ";", "/", " near ", " in "), and looks
// each up. It prints FILE, COUNTRY, NAME and what the gazetteer has under
// the name ("-" for nothing, else the countries it names). -tune keeps
// news-dev's TUNE half only (001-062 and the even-numbered of 063-095):
// never run it on a blind set.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/scripts/internal/scriptio"
)

type incident struct {
	Country     string   `json:"country"`
	CityOrPlace string   `json:"city_or_place"`
	PlaceAccept []string `json:"place_accept"`
}

type doc struct {
	File      string     `json:"file"`
	Incidents []incident `json:"incidents"`
}

// mainPlace is the scorer's main name of a gold place (eval.MainPlace)
// without the words of position a coder may put before it ("near X",
// "outside X", "the X"), which no gazetteer name holds.
func mainPlace(place string) string {
	p := strings.TrimSpace(eval.MainPlace(place))
	for _, pre := range []string{"near ", "outside ", "the "} {
		p = strings.TrimPrefix(p, pre)
	}
	return p
}

func main() {
	tune := flag.Bool("tune", false, "keep news-dev's TUNE half only")
	flag.Parse()
	g, err := gazetteer.Load()
	if err != nil {
		log.Fatal(err)
	}
	missing, total := 0, 0
	for _, path := range flag.Args() {
		scriptio.EachLine(path, func(line []byte) {
			var d doc
			if err := json.Unmarshal(line, &d); err != nil {
				log.Fatalf("%s: %v", path, err)
			}
			if *tune {
				if !scriptio.NewsDevTune(d.File) {
					return
				}
			}
			seen := map[string]bool{}
			for _, in := range d.Incidents {
				names := in.PlaceAccept
				if len(names) == 0 && in.CityOrPlace != "" {
					names = []string{mainPlace(in.CityOrPlace)}
				}
				ccs := gazetteer.CountryCodes(in.Country)
				for _, name := range names {
					if name == "" || seen[in.Country+"\t"+name] {
						continue
					}
					seen[in.Country+"\t"+name] = true
					total++
					es := g.Lookup(gazetteer.AppendKey(nil, name))
					var other []string
					ok := false
					for _, e := range es {
						if slices.Contains(ccs, e.CountryCode) {
							ok = true
							break
						}
						if !slices.Contains(other, e.CountryCode) {
							other = append(other, e.CountryCode)
						}
					}
					if ok {
						continue
					}
					missing++
					has := "-"
					if len(other) > 0 {
						has = strings.Join(other, ",")
					}
					fmt.Printf("%s\t%s\t%s\t%s\n", d.File, in.Country, name, has)
				}
			}
		})
	}
	fmt.Fprintf(os.Stderr, "%d of %d names not resolved in their country\n", missing, total)
}
