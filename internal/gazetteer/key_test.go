package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/text"
)

// checkKey reports what is wrong with a key of the data, or "": the
// generator must have written it as text.AppendNameKey makes it.
func checkKey(k string) string {
	switch {
	case !utf8.ValidString(k):
		return "invalid UTF-8"
	case strings.HasPrefix(k, " ") || strings.HasSuffix(k, " "):
		return "space at an end"
	case strings.Contains(k, "  "):
		return "double space"
	}
	for _, r := range k {
		if unicode.ToLower(r) != r {
			return "upper case " + string(r)
		}
		if r != ' ' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return "punctuation " + string(r)
		}
	}
	if again := string(text.AppendNameKey(nil, k)); again != k {
		return "not idempotent: " + again
	}
	return ""
}
