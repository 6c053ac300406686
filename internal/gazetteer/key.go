package gazetteer

import "github.com/sitrep/sitrep/internal/text"

// AppendKey appends the lookup key of name to dst: text.AppendNameKey,
// sitrep's one name normaliser. Every name of the gazetteer is stored
// under its key, so a scanner keys the n-grams of a text with it and
// calls Lookup without allocating.
func AppendKey(dst []byte, name string) []byte { return text.AppendNameKey(dst, name) }

// keyWords counts the space-separated words of a key.
func keyWords(key string) int {
	if key == "" {
		return 0
	}
	n := 1
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			n++
		}
	}
	return n
}
