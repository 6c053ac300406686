package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestAppendNameKey(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Mosul", "mosul"},
		{"acute", "Cúcuta", "cucuta"},
		{"cedilla", "Çorum", "corum"},
		{"umlaut", "Türkiye", "turkiye"},
		{"stroke", "Søndre Land", "sondre land"},
		{"eszett", "Straße", "strasse"},
		{"ligature", "Œuf Cœur", "oeuf coeur"},
		{"dotless i", "Diyarbakır", "diyarbakir"},
		{"dotted capital I", "İzmir", "izmir"},
		{"transliteration", "Ḩajjah Aḑ Ḑāli‘ Şa‘dah", "hajjah ad dali sadah"},
		{"vietnamese", "Đà Nẵng", "da nang"},
		{"hooked hausa letters", "Ƙano Ɗan Ɓaure", "kano dan baure"},
		{"ascii apostrophe", "Sana'a", "sanaa"},
		{"curly apostrophe", "Sana’a", "sanaa"},
		{"left quote ayn", "Ta‘izz", "taizz"},
		{"modifier letter ayn", "Baʿqubah", "baqubah"},
		{"backtick", "Sana`a", "sanaa"},
		{"no apostrophe", "Sanaa", "sanaa"},
		{"hyphen", "Ivano-Frankivsk", "ivano frankivsk"},
		{"en dash", "North Ossetia–Alania", "north ossetia alania"},
		{"non-breaking space", "Dar\u00a0es Salaam", "dar es salaam"},
		{"full stops", "U.S.", "us"},
		{"abbreviation with space", "Washington, D.C.", "washington dc"},
		{"ampersand", "Jammu & Kashmir", "jammu and kashmir"},
		{"ampersand no spaces", "Trinidad&Tobago", "trinidad and tobago"},
		{"runs of space", "  Khyber   Pakhtunkhwa \t", "khyber pakhtunkhwa"},
		{"parentheses", "Boma (city)", "boma city"},
		{"digits", "Sector 7", "sector 7"},
		{"decomposed accent", "Cu\u0301cuta", "cucuta"},
		{"other script kept", "Москва", "москва"},
		{"arabic kept", "الموصل", "الموصل"},
		{"invalid utf-8 separates", "Kabul\xffCity", "kabul city"},
		{"empty", "", ""},
		{"only punctuation", " - , . ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(AppendNameKey(nil, tc.in)); got != tc.want {
				t.Errorf("AppendNameKey(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestAppendNameKeyMeet checks that the spellings news reports use for one
// place all meet at one key.
func TestAppendNameKeyMeet(t *testing.T) {
	groups := [][]string{
		{"Sana'a", "Sanaa", "Sana’a", "SANA'A", "Sana`a"},
		{"Cúcuta", "Cucuta", "CÚCUTA"},
		{"N'Djamena", "N’Djaména", "NDjamena"},
		{"Côte d'Ivoire", "Cote d’Ivoire", "COTE D'IVOIRE"},
		{"Khyber-Pakhtunkhwa", "Khyber Pakhtunkhwa", "khyber  pakhtunkhwa"},
	}
	for _, grp := range groups {
		want := string(AppendNameKey(nil, grp[0]))
		for _, s := range grp[1:] {
			if got := string(AppendNameKey(nil, s)); got != want {
				t.Errorf("AppendNameKey(%q) = %q, want %q as for %q", s, got, want, grp[0])
			}
		}
	}
}

func TestAppendNameKeyAppends(t *testing.T) {
	dst := []byte("prefix|")
	if got := string(AppendNameKey(dst, " -Kabul")); got != "prefix|kabul" {
		t.Errorf("AppendNameKey kept %q, want %q", got, "prefix|kabul")
	}
}

func TestAppendNameKeyNoAlloc(t *testing.T) {
	buf := make([]byte, 0, 64)
	n := testing.AllocsPerRun(100, func() {
		buf = AppendNameKey(buf[:0], "Ḩajjah, Sana’a & Cúcuta")
	})
	if n != 0 {
		t.Errorf("AppendNameKey allocates %v times per call, want 0", n)
	}
}

// checkKey reports what is wrong with a key, or "".
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
	if again := string(AppendNameKey(nil, k)); again != k {
		return "not idempotent: " + again
	}
	return ""
}

func FuzzAppendNameKey(f *testing.F) {
	for _, s := range []string{"Sana’a", "Cúcuta", "Jammu & Kashmir", "U.S.", "Ƙano", "\xff", "ǅ", "ẞ", "İ", " - "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := string(AppendNameKey(nil, s))
		if msg := checkKey(k); msg != "" {
			t.Errorf("AppendNameKey(%q) = %q: %s", s, k, msg)
		}
		if got := string(AppendNameKey([]byte("x "), s)); got != "x "+k {
			t.Errorf("AppendNameKey after a prefix = %q, want %q", got, "x "+k)
		}
	})
}
