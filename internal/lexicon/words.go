package lexicon

import (
	"bufio"
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
)

//go:embed words.txt
var wordsTxt string

// wordSchema declares the sections of words.txt: the closed word classes
// the extraction rules read around the phrases of terms.txt.
var wordSchema = []WordSection{
	{Name: "casualty-adverb"},
	{Name: "active-casualty-verb"},
	{Name: "lives-verb"},
	{Name: "lose-verb"},
	{Name: "loss-prep"},
	{Name: "negation"},
	{Name: "do-auxiliary"},
	{Name: "phrase-stop"},
	{Name: "toll-link"},
	{Name: "negative-frame"},
	{Name: "aftermath-frame"},
	{Name: "occasion-frame"},
	{Name: "occasion-prep"},
	{Name: "deed-site-prep"},
	{Name: "carry-means-prep"},
	{Name: "accident-word"},
	{Name: "aircraft-stem"},
	{Name: "aircraft-prefix"},
	{Name: "simile-word"},
	{Name: "no-agent"},
	{Name: "passive-trigger"},
	{Name: "event-prep"},
	{Name: "place-only-prep"},
	{Name: "pronoun-clause-lead"},
	{Name: "shoot-verb"},
	{Name: "told-back-determiner"},
	{Name: "wound-noun"},
	{Name: "hurt-state"},
	{Name: "both-harm-noun"},
	{Name: "report-verb"},
	{Name: "people-word"},
	{Name: "faith-word"},
	{Name: "places-counted"},
	{Name: "force-noun"},
	{Name: "named-force-noun"},
	{Name: "state-craft"},
	{Name: "reciprocal"},
	{Name: "formation-noun"},
	{Name: "service-adjective"},
	{Name: "regime-noun"},
	{Name: "holder-verb"},
	{Name: "standing-holder-verb"},
	{Name: "standing-state-participle"},
	{Name: "identified-role"},
	{Name: "charged-verb", MinCols: 1, MaxCols: 1, Values: []string{"passive", "object"}},
	{Name: "charge-count"},
	{Name: "law-auxiliary"},
	{Name: "charge-adverb"},
	{Name: "identified-victim"},
	{Name: "corpse-noun"},
	{Name: "other-deed"},
	{Name: "deed-verb"},
	{Name: "accuse-verb"},
	{Name: "bare-blame-verb"},
	{Name: "mark-noun"},
	{Name: "culpable"},
	{Name: "suspect-predicate"},
	{Name: "suspicion-noun"},
	{Name: "doer-noun"},
	{Name: "order-prep"},
	{Name: "arrival-verb"},
	{Name: "doers-quantifier"},
	{Name: "carry-participle"},
	{Name: "arming-modifier"},
	{Name: "predicate-link"},
	{Name: "share-noun"},
	{Name: "suspicion-hedge"},
	{Name: "device-noun"},
	{Name: "first-person-subject"},
	{Name: "target-verb"},
	{Name: "charge-noun"},
	{Name: "belief-participle"},
	{Name: "copula-adverb"},
	{Name: "belief-verb"},
	{Name: "actor-noun"},
	{Name: "name-generic"},
	{Name: "person-title"},
	{Name: "perp-modifier"},
	{Name: "modified-noun"},
	{Name: "place-connector"},
	{Name: "arabic-article"},
	{Name: "spot-noun"},
	{Name: "apposed-place-noun"},
	{Name: "place-epithet"},
	{Name: "place-noun", MinCols: 1, MaxCols: 1, Values: []string{record.GeoPlace, record.GeoAdmin2, record.GeoAdmin1}},
	{Name: "not-place"},
	{Name: "location-prep"},
	{Name: "distance-unit"},
	{Name: "compass-adjective"},
	{Name: "compass-word"},
	{Name: "apposition-adverb"},
	{Name: "border-noun"},
	{Name: "street-noun"},
	{Name: "facility-noun"},
	{Name: "site-modifier"},
	{Name: "list-joiner"},
	{Name: "singular-s-site"},
	{Name: "type-weight", MinCols: 1, MaxCols: 1},
	{Name: "bombard-verb"},
	{Name: "attack-verb"},
	{Name: "armed-agent", MinCols: 1, MaxCols: 1, Values: []string{record.RemoteViolence, record.ArmedAssault, record.Riot}},
	{Name: "owned-force"},
	{Name: "state-deed"},
	{Name: "offshore-work"},
	{Name: "attack-target"},
	{Name: "not-asserted"},
	{Name: "led-to"},
	{Name: "attack-noun"},
	{Name: "fight-verb"},
	{Name: "reciprocal-verb"},
	{Name: "fight-noun"},
	{Name: "enemy-word"},
	{Name: "ambush-noun"},
	{Name: "targeted-kill-verb"},
	{Name: "entry-word"},
	{Name: "result-verb"},
	{Name: "ground-verb"},
	{Name: "ground-noun"},
	{Name: "ground-taking"},
	{Name: "sabotage-noun"},
	{Name: "launch-verb"},
	{Name: "volley-noun"},
	{Name: "start-verb"},
	{Name: "onset-verb"},
	{Name: "armed-opponent"},
	{Name: "unit-noun"},
	{Name: "disperse-verb"},
	{Name: "unarmed-crowd"},
	{Name: "superlative"},
	{Name: "reaction-word"},
	{Name: "water-body", MinCols: 1, MaxCols: 1, Values: []string{"name", "noun", "adjective"}},
	{Name: "seat-word"},
	{Name: "seat-noun"},
	{Name: "water-prep"},
	{Name: "after-water"},
	{Name: "threat-word"},
	{Name: "hedge-head", MaxCols: 1, Values: []string{"frame"}},
	{Name: "arms-kind-head"},
	{Name: "craft-class-head"},
	{Name: "munition-noun"},
	{Name: "throw-verb"},
	{Name: "thrown-object"},
	{Name: "later-act"},
	{Name: "find-verb"},
	{Name: "arms-verb"},
	{Name: "pointing-word"},
	{Name: "back-pointer"},
	{Name: "day-lead-in"},
	{Name: "day-lead"},
	{Name: "small-hours"},
	{Name: "occur-verb"},
	{Name: "charge-prep"},
	{Name: "org-head"},
	{Name: "past-span"},
	{Name: "day-start-word"},
	{Name: "span-join"},
	{Name: "span-prep"},
	{Name: "date-prep"},
	{Name: "distal-pointer"},
	{Name: "span-count"},
	{Name: "span-unit"},
	{Name: "wider-span-unit"},
	{Name: "counted-site"},
	{Name: "long-span-unit"},
	{Name: "bare-force"},
	{Name: "force-whole"},
	{Name: "force-modifier"},
	{Name: "force-craft"},
	{Name: "force-compound"},
	{Name: "carried-verb"},
	{Name: "admit-verb"},
	{Name: "treat-verb"},
	{Name: "care-noun"},
	{Name: "care-verb"},
	{Name: "apposed-office"},
	{Name: "heard-word"},
	{Name: "journey-word"},
	{Name: "plan-word"},
	{Name: "deny-verb"},
	{Name: "link-prep"},
	{Name: "retold-prep"},
	{Name: "search-word"},
	{Name: "modal"},
	{Name: "relative-pronoun", MinCols: 0, MaxCols: 1, Values: []string{"subject"}},
	{Name: "event-verb"},
	{Name: "verb-particle"},
	{Name: "focus-adverb"},
	{Name: "birth-word"},
	{Name: "home-noun"},
	{Name: "resident-noun"},
	{Name: "home-ground-noun"},
	{Name: "home-adjective"},
	{Name: "determiner"},
	{Name: "later-clause-lead"},
	{Name: "sequence-adverb"},
	{Name: "object-lead"},
	{Name: "enemy-force"},
	{Name: "repel-verb"},
	{Name: "engage-verb"},
	{Name: "pursuit-verb"},
	{Name: "irregular-past"},
	{Name: "subject-adverb"},
	{Name: "dying-verb"},
	{Name: "death-noun"},
	{Name: "victim-noun"},
	{Name: "hurt-verb"},
	{Name: "hurt-noun"},
	{Name: "later-adverb"},
	{Name: "wound-determiner"},
	{Name: "staff-noun"},
	{Name: "person-agent"},
	{Name: "person-place-prep"},
	{Name: "deed-prep"},
	{Name: "beating-verb"},
	{Name: "office-noun"},
	{Name: "office-rank"},
	{Name: "force-rank"},
	{Name: "side-loss-verb"},
	{Name: "part-ordinal"},
	{Name: "campaign-noun"},
	{Name: "plural-noun"},
	{Name: "tally-noun"},
	{Name: "tally-early"},
	{Name: "grand-total"},
	{Name: "sum-scope"},
	{Name: "sum-scope-prep"},
	{Name: "one-fight-plural"},
	{Name: "deed-collective"},
	{Name: "clause-coordinator"},
	{Name: "toll-figure-noun"},
	{Name: "toll-word"},
	{Name: "toll-put-verb"},
	{Name: "count-verb"},
	{Name: "include-verb"},
	{Name: "subset-word"},
	{Name: "breakdown-adverb"},
	{Name: "accompany-word"},
	{Name: "count-joiner"},
	{Name: "exclude-verb"},
	{Name: "toll-raise"},
	{Name: "toll-lower"},
	{Name: "toll-confirmed"},
	{Name: "confirm-verb"},
	{Name: "confirm-denial"},
	{Name: "rumour-noun"},
	{Name: "other-cause"},
	{Name: "name-particle"},
	{Name: "sentence-verb"},
	{Name: "cause-word"},
	{Name: "answer-deed"},
	{Name: "answer-verb"},
	{Name: "suspect-verb"},
	{Name: "blame-participle"},
	{Name: "speak-verb"},
	{Name: "mouthpiece"},
	{Name: "witness-noun"},
	{Name: "weapon-fire"},
	{Name: "series-noun"},
	{Name: "mouthpiece-qualifier"},
	{Name: "claim-word"},
	{Name: "claim-verb"},
	{Name: "claimed-operation"},
	{Name: "claim-noun"},
	{Name: "justify-verb"},
	{Name: "lawful-word"},
	{Name: "affiliation-suffix"},
	{Name: "proxy-prefix"},
	{Name: "proxy-suffix"},
	{Name: "compound-adverb"},
	{Name: "state-saying"},
	{Name: "bomb-word"},
	{Name: "subject-stop"},
	{Name: "say-verb"},
	{Name: "quote-verb"},
	{Name: "document-noun"},
	{Name: "issue-participle"},
	{Name: "statement-verb"},
	{Name: "first-person-own"},
	{Name: "own-force-noun"},
	{Name: "owner-pronoun"},
	{Name: "tally-word"},
	{Name: "ministry-noun"},
	{Name: "own-pronoun"},
	{Name: "saying-medium"},
	{Name: "self-noun"},
	{Name: "anaphor-head"},
	{Name: "anaphor-modifier"},
	{Name: "earlier-count"},
	{Name: "earlier-date"},
	{Name: "contrast-conjunction"},
	{Name: "people-relative"},
	{Name: "self-naming"},
	{Name: "name-connector"},
	{Name: "comment-verb"},
	{Name: "maker-participle"},
	{Name: "crime-group"},
	{Name: "crime-trade"},
	{Name: "vague-perpetrator"},
	{Name: "side-body"},
	{Name: "proxy-body"},
	{Name: "allegiance-word"},
	{Name: "allegiance-prep"},
	{Name: "insurgent-noun"},
	{Name: "cause-noun"},
	{Name: "described-group"},
	{Name: "group-orientation"},
	{Name: "cause-orientation"},
	{Name: "insurgency-kind"},
	{Name: "capital-noun"},
	{Name: "filed-city-noun"},
	{Name: "count-word"},
	{Name: "fire-verb"},
	{Name: "quarry-noun"},
	{Name: "crowd-control"},
	{Name: "live-fire"},
	{Name: "use-verb"},
	{Name: "storm-verb"},
	{Name: "war-attack"},
	{Name: "state-voice", MinCols: 1, MaxCols: 2},
	{Name: "community-noun"},
	{Name: "remote-modifier"},
	{Name: "installation"},
	{Name: "war-deed"},
	{Name: "meeting-noun"},
	{Name: "meeting-verb"},
	{Name: "vessel"},
	{Name: "struck-craft"},
	{Name: "ship-registry"},
	{Name: "another-word"},
	{Name: "separate-word"},
	{Name: "shift-unit"},
	{Name: "same-word"},
	{Name: "additive-word"},
	{Name: "connective"},
	{Name: "span-opener"},
	{Name: "span-closer"},
	{Name: "time-count-noun"},
	{Name: "same-time-word"},
	{Name: "goes-on-verb"},
	{Name: "clock-unit"},
	{Name: "headline-sequence"},
	{Name: "scene-noun"},
	{Name: "clock-relation"},
	{Name: "ordinal-word"},
	{Name: "whole-set-word"},
	{Name: "open-quote"},
	{Name: "close-quote"},
	{Name: "bare-span-unit"},
	{Name: "toll-span-prep"},
	{Name: "body-noun"},
	{Name: "body-share-link"},
	{Name: "person-ordinal", MinCols: 1, MaxCols: 1},
	{Name: "copula", MinCols: 1, MaxCols: 1, Values: []string{"singular", "plural"}},
	{Name: "told-pronoun"},
	{Name: "report-noun"},
	{Name: "leave-verb"},
	{Name: "other-modifier"},
	{Name: "others-besides"},
	{Name: "deed-agent"},
	{Name: "count-determiner"},
	{Name: "sum-lead"},
	{Name: "fatal-adverb"},
	{Name: "missing-word"},
	{Name: "rate-word"},
	{Name: "rate-unit"},
	{Name: "distributive-word"},
	{Name: "series-ordinal"},
	{Name: "many-deed-word"},
	{Name: "suffered-count"},
	{Name: "item-prep"},
	{Name: "relative-adverb"},
	{Name: "respective-word"},
	{Name: "further-word"},
	{Name: "carrier-cargo"},
	{Name: "official-voice"},
	{Name: "war-ministry"},
	{Name: "home-organ"},
	{Name: "state-organ"},
	{Name: "aside-participle"},
	{Name: "state-speaker"},
	{Name: "speaker-office"},
	{Name: "speaker-bound"},
	{Name: "naming-verb"},
	{Name: "identify-verb"},
	{Name: "kin-noun"},
	{Name: "state-media"},
	{Name: "speaker-noun"},
	{Name: "feature-noun", MinCols: 1, MaxCols: 1, Values: []string{"before", "after"}},
	{Name: "region-name"},
	{Name: "continent-adjective"},
	{Name: "place-part"},
	{Name: "town-site-noun"},
	{Name: "city-part-noun"},
	{Name: "place-particle"},
	{Name: "place-conjunction"},
	{Name: "route-noun"},
	{Name: "of-only-place-noun"},
	{Name: "suburb-noun"},
	{Name: "heading-prep"},
	{Name: "mission-noun"},
	{Name: "envoy-noun"},
	{Name: "drop-verb"},
	{Name: "backing-verb"},
	{Name: "addressee-say-verb"},
	{Name: "outlet-noun"},
	{Name: "voice-owner-suffix"},
	{Name: "group-part"},
	{Name: "fighter-noun"},
	{Name: "member-noun"},
	{Name: "police-noun"},
	{Name: "police-member"},
	{Name: "force-member", MinCols: 1, MaxCols: 1, Values: []string{"army", "police"}},
	{Name: "splinter-word"},
	{Name: "media-noun"},
	{Name: "article"},
	{Name: "settlement-noun"},
	{Name: "own-town-noun"},
	{Name: "town-apposition"},
	{Name: "fired-upon"},
	{Name: "auxiliary"},
	{Name: "partitive-determiner"},
	{Name: "irregular-participle"},
	{Name: "sham-modifier"},
	{Name: "by-participle"},
	{Name: "bare-participle"},
	{Name: "passive-follow"},
	{Name: "whole-party"},
	{Name: "spare-word"},
	{Name: "locative-modifier"},
	{Name: "people-target"},
	{Name: "unhurt-word"},
	{Name: "return-verb"},
	{Name: "return-manner"},
	{Name: "come-verb"},
	{Name: "deliberate-kill"},
	{Name: "perception-verb"},
	{Name: "hypothesis-noun"},
	{Name: "unreal-noun"},
	{Name: "damage-participle"},
	{Name: "hold-verb"},
	{Name: "blame-adjective"},
	{Name: "finger-noun"},
	{Name: "finger-verb"},
	{Name: "set-verb"},
	{Name: "ablaze-word"},
	{Name: "object-pronoun"},
	{Name: "source-noun"},
	{Name: "state-office"},
	{Name: "attacker-pronoun"},
	{Name: "person-anaphor"},
	{Name: "personal-pronoun", MinCols: 1, MaxCols: 1, Values: []string{"subject", "object"}},
	{Name: "quoting-participle"},
	{Name: "avow-verb"},
	{Name: "media-part"},
	{Name: "media-modifier"},
	{Name: "no-deed-s-form"},
	{Name: "negative-subject"},
	{Name: "attribute-verb"},
	{Name: "object-prep"},
	{Name: "plant-verb"},
	{Name: "doing-phrase"},
	{Name: "speech-day-word"},
	{Name: "burn-verb"},
	{Name: "perfect-auxiliary"},
	{Name: "present-auxiliary"},
	{Name: "link-cue"},
	{Name: "omission-verb"},
	{Name: "armed-body"},
	{Name: "side-men-noun"},
	{Name: "side-owner"},
	{Name: "kill-form", MinCols: 1, MaxCols: 1, Values: []string{"verb", "gerund"}},
	{Name: "open-form", MinCols: 1, MaxCols: 1, Values: []string{"past", "present"}},
	{Name: "reflexive", MinCols: 1, MaxCols: 1, Values: []string{"one", "many"}},
	{Name: "degree-adverb"},
	{Name: "force-raid"},
	{Name: "strike-word"},
	{Name: "weather-homonym"},
	{Name: "weather-opener"},
	{Name: "landmark-noun"},
	{Name: "carried-to-verb"},
	{Name: "territory-verb"},
	{Name: "arrest-verb"},
	{Name: "list-link"},
	{Name: "fire-noun"},
	{Name: "fire-prep"},
	{Name: "bomb-making-verb"},
	{Name: "detonation-word"},
	{Name: "projectile-stop"},
	{Name: "quantity-prep"},
	{Name: "projectile-not"},
	{Name: "unblaming-word"},
	{Name: "negative-head"},
	{Name: "scant-determiner"},
	{Name: "near-negation-adverb"},
	{Name: "tally-span-noun"},
	{Name: "period-preposition"},
	{Name: "span-back-prep"},
	{Name: "span-back-noun"},
	{Name: "unknown-number"},
	{Name: "unknown-number-time"},
	{Name: "deed-anaphor"},
	{Name: "perpetrate-verb"},
	{Name: "fuel-word"},
	{Name: "douse-verb"},
	{Name: "two-sides"},
	{Name: "side-group"},
	{Name: "entry-verb"},
	{Name: "opening-verb"},
	{Name: "label-verb"},
	{Name: "estimate-verb"},
}

// words is words.txt, read when the package is loaded: the rules read its
// sections into package-level tables as their packages are initialised.
var words = mustLoadWords(wordsTxt)

// Words returns the embedded words.txt.
func Words() *WordFile { return words }

// loadWords parses words.txt and checks the entries that name something
// defined elsewhere: a negative or an aftermath frame must be a frame of
// terms.txt, a type weight an incident type of the record, with a number.
func loadWords(src string) (*WordFile, error) {
	f, err := ParseWords("words.txt", src, wordSchema)
	if err != nil {
		return nil, err
	}
	for _, section := range [...]string{"negative-frame", "aftermath-frame", "occasion-frame"} {
		// each section in turn: appending one to the other would write
		// into the spare room of the parsed section's own slice
		for _, e := range f.Entries(section) {
			if !isOneOf(e.Text, categoryValues[Frame]) {
				return nil, f.Errorf(e, "%q is not a frame of terms.txt; want one of %s", e.Text, strings.Join(categoryValues[Frame], ", "))
			}
		}
	}
	for _, e := range f.Entries("type-weight") {
		if !isOneOf(e.Text, record.Types) {
			return nil, f.Errorf(e, "%q is not an incident type; want one of %s", e.Text, strings.Join(record.Types, ", "))
		}
		if _, err := strconv.ParseFloat(e.Cols[0], 64); err != nil {
			return nil, f.Errorf(e, "weight %q is not a number", e.Cols[0])
		}
	}
	return f, nil
}

func mustLoadWords(src string) *WordFile {
	f, err := loadWords(src)
	if err != nil {
		panic(err)
	}
	return f
}

// WordSection declares a section a word-list file may hold, so that a typo
// in a section name or a value is an error at load, not a list that is
// silently empty.
type WordSection struct {
	Name string
	// MinCols and MaxCols bound the value columns an entry carries after
	// " = " ("village = place"); both 0 for a plain list of words.
	MinCols, MaxCols int
	// Values, when not nil, are the values the first column may take.
	Values []string
}

// WordEntry is one line of a section: a word or phrase, single-spaced as
// written, and its value columns.
type WordEntry struct {
	Text string
	Cols []string
	Line int
}

// WordFile is a parsed word-list file: the sections the rules read, each
// entry with the line it came from. It is read-only after parsing.
type WordFile struct {
	name     string
	schema   map[string]WordSection
	sections map[string][]WordEntry
}

// ParseWords reads a word-list file: "[section]" headers, one entry per
// line, "#" comments (a section documents itself in comments under its
// header), value columns after " = ". It rejects a section the schema does
// not declare, a section opened twice, an entry listed twice in one
// section, a wrong number of columns and a first column outside the
// declared values, and says file and line: "words.txt:12: ...".
func ParseWords(file, src string, schema []WordSection) (*WordFile, error) {
	f := &WordFile{name: file, schema: map[string]WordSection{}, sections: map[string][]WordEntry{}}
	for _, s := range schema {
		f.schema[s.Name] = s
	}
	opened := map[string]int{}
	var cur WordSection
	var seen map[string]int
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if line[0] == '[' {
			if line[len(line)-1] != ']' {
				return nil, fmt.Errorf("%s:%d: unclosed section header", file, n)
			}
			name := strings.TrimSpace(line[1 : len(line)-1])
			s, ok := f.schema[name]
			if !ok {
				return nil, fmt.Errorf("%s:%d: unknown section [%s]", file, n, name)
			}
			if prev, dup := opened[name]; dup {
				return nil, fmt.Errorf("%s:%d: section [%s] already opened at line %d", file, n, name, prev)
			}
			opened[name] = n
			cur, seen = s, map[string]int{}
			f.sections[name] = []WordEntry{}
			continue
		}
		if seen == nil {
			return nil, fmt.Errorf("%s:%d: entry before any section", file, n)
		}
		words, value, hasValue := strings.Cut(line, "=")
		e := WordEntry{Text: strings.Join(strings.Fields(words), " "), Line: n}
		if hasValue {
			e.Cols = strings.Fields(value)
		}
		if e.Text == "" {
			return nil, fmt.Errorf("%s:%d: entry without words", file, n)
		}
		if len(e.Cols) < cur.MinCols || len(e.Cols) > cur.MaxCols || hasValue && len(e.Cols) == 0 {
			if cur.MaxCols == 0 {
				return nil, fmt.Errorf("%s:%d: [%s] takes words, no values", file, n, cur.Name)
			}
			return nil, fmt.Errorf("%s:%d: [%s] wants %d to %d values after \"=\", got %d", file, n, cur.Name, cur.MinCols, cur.MaxCols, len(e.Cols))
		}
		if cur.Values != nil && len(e.Cols) > 0 && !isOneOf(e.Cols[0], cur.Values) {
			return nil, fmt.Errorf("%s:%d: unknown value %q in [%s]; want one of %s", file, n, e.Cols[0], cur.Name, strings.Join(cur.Values, ", "))
		}
		if prev, dup := seen[e.Text]; dup {
			return nil, fmt.Errorf("%s:%d: %q already listed in [%s] at line %d", file, n, e.Text, cur.Name, prev)
		}
		seen[e.Text] = n
		f.sections[cur.Name] = append(f.sections[cur.Name], e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	for _, s := range schema {
		if _, ok := opened[s.Name]; !ok {
			return nil, fmt.Errorf("%s: section [%s] missing", file, s.Name)
		}
	}
	return f, nil
}

// MustParseWords is ParseWords for a file embedded in the binary, read at
// package initialisation: a mistake in it is a build defect that every
// test of the package reports at once.
func MustParseWords(file, src string, schema []WordSection) *WordFile {
	f, err := ParseWords(file, src, schema)
	if err != nil {
		panic(err)
	}
	return f
}

// Entries returns the entries of a section in file order. Asking for a
// section the schema does not declare is a programming error and panics.
func (f *WordFile) Entries(section string) []WordEntry {
	if _, ok := f.schema[section]; !ok {
		panic(fmt.Sprintf("%s: no section [%s] declared", f.name, section))
	}
	return f.sections[section]
}

// List returns the words of a section in file order.
func (f *WordFile) List(section string) []string {
	es := f.Entries(section)
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Text
	}
	return out
}

// Set returns the words of a section as a set.
func (f *WordFile) Set(section string) map[string]bool {
	es := f.Entries(section)
	out := make(map[string]bool, len(es))
	for _, e := range es {
		out[e.Text] = true
	}
	return out
}

// Map returns the words of a section with their first value column.
func (f *WordFile) Map(section string) map[string]string {
	es := f.Entries(section)
	out := make(map[string]string, len(es))
	for _, e := range es {
		if len(e.Cols) > 0 {
			out[e.Text] = e.Cols[0]
		} else {
			out[e.Text] = ""
		}
	}
	return out
}

// Numbers returns the words of a section with their first value column
// read as a number; a value that is not one panics with file and line.
func (f *WordFile) Numbers(section string) map[string]float64 {
	es := f.Entries(section)
	out := make(map[string]float64, len(es))
	for _, e := range es {
		v, err := strconv.ParseFloat(e.Cols[0], 64)
		if err != nil {
			panic(f.Errorf(e, "value %q is not a number", e.Cols[0]))
		}
		out[e.Text] = v
	}
	return out
}

// Errorf formats an error about entry e with the file and line it came
// from, for the readers that interpret value columns themselves.
func (f *WordFile) Errorf(e WordEntry, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", f.name, e.Line, fmt.Sprintf(format, args...))
}

func isOneOf(s string, list []string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
