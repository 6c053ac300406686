package eval

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// The news scorer must print exactly what ../shared/tools/score_news.py
// prints, so the few Python behaviours its output depends on are
// reproduced here: str.lower, round(x, 3), float repr, str() and repr() of
// decoded JSON values.

// pyLower is Python's str.lower. Go's strings.ToLower uses simple case
// mappings; Python uses the full ones, which differ for one character that
// news text does contain: İ (U+0130, Turkish dotted capital I) lowers to
// "i" plus a combining dot, two characters, which norm then turns into
// "i " and so splits a token. (Final-sigma context is not reproduced: norm
// maps σ and ς alike to a space.)
func pyLower(s string) string {
	if !strings.ContainsRune(s, '\u0130') {
		return strings.ToLower(s)
	}
	return strings.ToLower(strings.ReplaceAll(s, "\u0130", "i\u0307"))
}

// pyRound3 is Python's round(x, 3) on a float: the exact binary value
// rounded half-even at the third decimal. strconv rounds the exact value
// the same way.
func pyRound3(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}

// pyFloat is Python's repr of a float: the shortest digits that read back
// to the same value, in positional notation when the decimal exponent is
// in [-4, 16) (always with a fractional part, "1.0"), else "1e+16" style.
func pyFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	sign := ""
	if math.Signbit(f) {
		sign, f = "-", -f
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	mant, exp, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	x, _ := strconv.Atoi(exp)
	if digits == "0" {
		return sign + "0.0"
	}
	decpt := x + 1 // digits before the decimal point
	if decpt <= -4 || decpt > 16 {
		s := digits[:1]
		if len(digits) > 1 {
			s += "." + digits[1:]
		}
		es := "+"
		if x < 0 {
			es, x = "-", -x
		}
		return fmt.Sprintf("%s%se%s%02d", sign, s, es, x)
	}
	switch {
	case decpt <= 0:
		return sign + "0." + strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		return sign + digits + strings.Repeat("0", decpt-len(digits)) + ".0"
	}
	return sign + digits[:decpt] + "." + digits[decpt:]
}

// pyNumber formats a JSON number as Python's json module decodes and
// prints it: a literal with a fraction or exponent is a float, any other
// is an int of unlimited size.
func pyNumber(n json.Number) string {
	s := string(n)
	if strings.ContainsAny(s, ".eE") {
		f, _ := strconv.ParseFloat(s, 64) // ±Inf when out of range, as in Python
		return pyFloat(f)
	}
	if strings.TrimLeft(s, "-0") == "" {
		return "0"
	}
	return s
}

// pyStr is Python's str() of a value decoded from JSON (nil, bool,
// json.Number, string, []any, map[string]any).
func pyStr(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return pyRepr(v)
}

// pyRepr is Python's repr() of a value decoded from JSON. Objects print
// with sorted keys: Go's map does not keep the input order that Python's
// dict would show.
func pyRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case json.Number:
		return pyNumber(v)
	case string:
		return pyReprString(v)
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = pyRepr(x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = pyReprString(k) + ": " + pyRepr(v[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return fmt.Sprint(v)
}

// pyReprString is Python's repr() of a str: single quotes unless the
// string holds a single quote and no double quote; backslash escapes for
// the quote, the backslash, \t \n \r and every non-printable character.
func pyReprString(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x7f && r >= ' ':
			b.WriteRune(r)
		case !unicode.IsPrint(r):
			switch {
			case r < 0x100:
				fmt.Fprintf(&b, `\x%02x`, r)
			case r < 0x10000:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}
