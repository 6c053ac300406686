package eval

import "strings"

// This file ports the string matching of ../shared/tools/score_news.py
// function by function (norm, tokens, acronym, name_match, place_match and
// the tables they use), so that `sitrep eval news` and the script agree on
// every input. Change both or neither.

// typeFamily is the script's TYPE_FAMILY, gold names included ("shooting",
// "other"); a type not in it has no family.
var typeFamily = map[string]string{
	"armed_assault": "assault", "shooting": "assault", "assassination": "assault",
	"bombing": "explosive", "suicide_bombing": "explosive", "remote_violence": "remote",
	"kidnapping": "kidnap", "hijacking": "kidnap", "arson": "arson", "clash": "clash",
	"riot": "riot", "other": "other", "other_violence": "other",
}

// goldToContract is the script's GOLD_TO_CONTRACT.
var goldToContract = map[string]string{"shooting": "armed_assault", "other": "other_violence"}

// countryAliases is the script's COUNTRY_ALIASES, keyed by norm'd name.
// Keys holding characters norm removes ("türkiye", "congo (kinshasa)",
// commas) can never be looked up; they stay so that the two tables can be
// compared line by line.
var countryAliases = map[string]string{
	"uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
	"northern ireland": "united kingdom", "england": "united kingdom",
	"us": "united states", "usa": "united states", "united states of america": "united states",
	"dr congo": "democratic republic of the congo", "drc": "democratic republic of the congo",
	"congo, democratic republic of the":    "democratic republic of the congo",
	"congo (kinshasa)":                     "democratic republic of the congo",
	"the democratic republic of the congo": "democratic republic of the congo",
	"russian federation":                   "russia", "syrian arab republic": "syria",
	"iran, islamic republic of": "iran", "korea, republic of": "south korea",
	"viet nam": "vietnam", "türkiye": "turkey", "turkiye": "turkey",
	"palestine, state of": "palestine", "palestinian territories": "palestine",
	"burma": "myanmar", "cote d'ivoire": "ivory coast", "côte d'ivoire": "ivory coast",
}

// stopTokens is the script's STOP: words that say nothing about which
// place or group a name is.
var stopTokens = map[string]bool{
	"the": true, "of": true, "and": true, "in": true, "a": true, "an": true, "near": true,
	"town": true, "city": true, "centre": true, "center": true, "district": true,
	"province": true, "region": true, "village": true, "villages": true, "area": true,
	"state": true, "county": true, "group": true, "front": true, "movement": true,
	"army": true, "militants": true, "gunmen": true, "islamic": true, "al": true, "el": true,
}

// norm lower-cases s, drops parenthesised asides, turns every character
// other than a-z 0-9 ' - and space into a space and collapses spaces:
//
//	s.lower().replace('’', "'"); re.sub(r'\([^)]*\)', ' ', s);
//	re.sub(r"[^a-z0-9' -]", ' ', s); re.sub(r'\s+', ' ', s).strip()
//
// The result is ASCII, so byte lengths equal Python's character counts.
func norm(s string) string {
	s = strings.ReplaceAll(pyLower(s), "’", "'")
	b := make([]byte, 0, len(s))
	space := true // at the start, or after a space: drop further spaces
	emit := func(c byte) {
		if c == ' ' {
			if !space {
				b = append(b, ' ')
			}
			space = true
			return
		}
		b = append(b, c)
		space = false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c == '(' {
			// leftmost match of \([^)]*\): up to the first ")" after it
			if j := strings.IndexByte(s[i+1:], ')'); j >= 0 {
				emit(' ')
				i += j + 2
				continue
			}
		}
		if c >= 0x80 { // a whole non-ASCII character becomes one space
			emit(' ')
			i++
			for i < len(s) && s[i]&0xC0 == 0x80 {
				i++
			}
			continue
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c == '-' {
			emit(c)
		} else {
			emit(' ')
		}
		i++
	}
	if len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return string(b)
}

// countryNorm is the script's country_norm.
func countryNorm(s string) string {
	n := norm(s)
	if a, ok := countryAliases[n]; ok {
		return a
	}
	return n
}

// tokens is the script's tokens: the words of norm(s), split at spaces,
// apostrophes and hyphens, without stop words.
func tokens(s string) map[string]bool {
	set := map[string]bool{}
	for _, t := range strings.FieldsFunc(norm(s), func(r rune) bool { return r == ' ' || r == '\'' || r == '-' }) {
		if !stopTokens[t] {
			set[t] = true
		}
	}
	return set
}

// acronym is the script's acronym: the first characters of the words of
// norm(s) other than of, the, and, for.
func acronym(s string) string {
	var b strings.Builder
	for _, w := range strings.Split(norm(s), " ") {
		switch w {
		case "", "of", "the", "and", "for":
			continue
		}
		b.WriteByte(w[0])
	}
	return b.String()
}

// nameMatch is the script's name_match: equal or contained names (longer
// than three characters), an acronym of the other, or at least half of the
// smaller token set shared.
func nameMatch(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	na, nb := norm(a), norm(b)
	if na == nb || len(na) > 3 && strings.Contains(nb, na) || len(nb) > 3 && strings.Contains(na, nb) {
		return true
	}
	ra, rb := strings.ReplaceAll(na, " ", ""), strings.ReplaceAll(nb, " ", "")
	if len(ra) >= 2 && ra == acronym(b) || len(rb) >= 2 && rb == acronym(a) {
		return true
	}
	ta, tb := tokens(a), tokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	shared := 0
	for t := range ta {
		if tb[t] {
			shared++
		}
	}
	return 2*shared >= min(len(ta), len(tb))
}

// MainPlace is re.split(r'[(,;/]| near | in ', place)[0]: the place name
// before any detail, the name the scorer matches (scripts/gazcheck looks
// the same name up in the gazetteer).
func MainPlace(place string) string {
	end := len(place)
	if i := strings.IndexAny(place, "(,;/"); i >= 0 {
		end = i
	}
	for _, sep := range []string{" near ", " in "} {
		if i := strings.Index(place[:end], sep); i >= 0 {
			end = i
		}
	}
	return place[:end]
}

// placeMatch is the script's place_match for a gold incident: when the gold
// lists place_accept, one of those names matches the predicted place, name
// or admin2 (a province is never the right place then); otherwise the gold
// place's main name is matched as placeMatch does.
func (gi *goldIncident) placeMatch(loc *predLocation) bool {
	if len(gi.accept) == 0 {
		return placeMatch(gi.place, loc)
	}
	if loc == nil {
		return false
	}
	for _, a := range gi.accept {
		for _, v := range [...]string{loc.place, loc.name, loc.admin2} {
			if v != "" && nameMatch(a, v) {
				return true
			}
		}
	}
	return false
}

// placeMatch is the script's place_match without place_accept: the gold
// place's main name matches the predicted place, name, admin2 or admin1.
func placeMatch(goldPlace string, loc *predLocation) bool {
	if goldPlace == "" || loc == nil {
		return false
	}
	main := MainPlace(goldPlace)
	for _, v := range [...]string{loc.place, loc.name, loc.admin2, loc.admin1} {
		if v != "" && nameMatch(main, v) {
			return true
		}
	}
	return false
}

// NameMatch is the news scorer's name_match (nameMatch), for the scripts
// that label candidate names the way the scorer will judge them
// (scripts/lperp).
func NameMatch(a, b string) bool { return nameMatch(a, b) }

// ContractType is the record contract's name for a gold type (the
// script's gold_type without contract_type): "shooting" is armed_assault,
// "other" other_violence, the rest are the same: what a gold incident
// without contract_type is scored against, and what scripts/agree turns a
// second coder's gold-format record into.
func ContractType(goldType string) string {
	if c, ok := goldToContract[goldType]; ok {
		return c
	}
	return goldType
}
