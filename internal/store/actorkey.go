package store

import (
	"slices"
	"strings"
	"unicode"
)

// ActorKey normalises an actor name or an --actor search to the words it
// is made of, lower-cased and joined by single spaces: "Tehrik-i-Taliban
// Pakistan" gives "tehrik i taliban pakistan". Names match by words, so
// that "IRA" never finds "Iraqi forces".
func ActorKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// ActorKeys returns the keys an incident whose perpetrators bear these
// names is filed under in incident_actor: every run of whole words of each
// name's key ("al shabaab", "al", "shabaab"), once, sorted. It lives here,
// not in sqlstore, so that storetest's bulk fill files the very same keys
// (storetest cannot import sqlstore, whose tests import it). An --actor
// search (its own key) then matches exactly one key, wherever its words
// stand in a name, so that its total is that key's count (kept by month
// in incident_actor_month) and its page one range of the primary key in
// date order. A name of n words gives n(n+1)/2 keys; names are short.
func ActorKeys(names []string) []string {
	var keys []string
	for _, n := range names {
		words := strings.Fields(ActorKey(n))
		for i := range words {
			for j := i + 1; j <= len(words); j++ {
				if k := strings.Join(words[i:j], " "); !slices.Contains(keys, k) {
					keys = append(keys, k)
				}
			}
		}
	}
	slices.Sort(keys)
	return keys
}
