package actor

import (
	"strings"
	"testing"
	"unicode"
)

// iso3166 lists the ISO 3166-1 alpha-2 codes (from the tz database's
// iso3166.tab) plus XK, the code in common use for Kosovo.
const iso3166 = `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD
CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF
GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW XK`

func mustLoad(t testing.TB) *Lexicon {
	t.Helper()
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// eachTerm calls f for every name of every group, with its markers.
func eachTerm(l *Lexicon, f func(t term)) {
	for _, ts := range l.terms {
		for _, t := range ts {
			f(t)
		}
	}
}

// TestLexiconLint checks the shipped data beyond what Parse enforces.
func TestLexiconLint(t *testing.T) {
	l := mustLoad(t)
	if len(l.groups) < 400 {
		t.Errorf("lexicon has %d groups, want at least 400", len(l.groups))
	}
	valid := map[string]bool{}
	for _, c := range strings.Fields(iso3166) {
		valid[c] = true
	}
	for i := range l.groups {
		g := &l.groups[i]
		for _, c := range g.Countries {
			if !valid[c] {
				t.Errorf("%s: country %q is not an ISO 3166-1 code", g.Name, c)
			}
		}
		// Parents form chains that end: no group is its own ancestor.
		seen := map[*Group]bool{}
		for p := g; p != nil && p.Parent != ""; p = l.ByName(p.Parent) {
			if seen[p] {
				t.Errorf("%s: parent chain loops at %s", g.Name, p.Name)
				break
			}
			seen[p] = true
		}
	}
	eachTerm(l, func(tm term) {
		name := tm.group.Name + ": " + tm.alias
		// A short all-capitals acronym collides with words and initials
		// in mixed-case text; it must carry a case marker.
		letters, upper, digit := 0, true, false
		for _, r := range tm.alias {
			switch {
			case unicode.IsDigit(r):
				digit = true
			case unicode.IsLetter(r):
				letters++
				upper = upper && unicode.IsUpper(r)
			}
		}
		marked := tm.flags&(flagWord|flagAcronym) != 0
		if upper && !digit && letters <= 3 && !marked {
			t.Errorf("%s: a short acronym needs ! or ^", name)
		}
		if letters <= 2 && !digit && tm.flags&flagWord == 0 {
			t.Errorf("%s: a name of two letters needs !", name)
		}
		if tm.flags&flagShared != 0 && len(l.shared[tm.alias]) < 2 {
			t.Errorf("%s: marked shared (~) but no other group has it", name)
		}
		// Every name finds itself, whole, as written: an outlet's name
		// through FindOutlets.
		find := l.Find
		if tm.flags&flagOutlet != 0 {
			find = l.FindOutlets
		}
		got := find(nil, tm.alias, false)
		if len(got) != 1 || got[0].Start != 0 || got[0].End != len(tm.alias) || normalize(got[0].Alias) != normalize(tm.alias) {
			t.Errorf("%s: Find on the name itself = %v", name, describe(tm.alias, got))
		}
		// Lower-cased, it matches unless it is a "!" name.
		low := strings.ToLower(tm.alias)
		got = find(nil, low, true)
		whole := len(got) == 1 && got[0].Start == 0 && got[0].End == len(low)
		if tm.flags&flagWord == 0 && !whole {
			t.Errorf("%s: Find on %q (lower-cased document) = %v", name, low, describe(low, got))
		}
		if tm.flags&flagWord != 0 && whole && got[0].Alias == tm.alias {
			t.Errorf("%s: a ! name matched in a lower-cased document", name)
		}
	})
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
	}{
		{"fields", "Hamas ; PS", "test.txt:1: want names ; countries ; kind [; parent], got 2 fields"},
		{"country", "Hamas ; Gaza ; islamist", `test.txt:1: country "Gaza" is not an ISO alpha-2 code`},
		{"no country", "Hamas ;  ; islamist", "test.txt:1: Hamas lists no countries"},
		{"kind", "# comment\n\nHamas ; PS ; terrorist", `test.txt:3: kind "terrorist" is not one of`},
		{"empty name", "Hamas | | HAMAS ; PS ; islamist", "test.txt:1: empty name"},
		{"parent", "Qassam Brigades ; PS ; islamist ; Hamas", `test.txt:1: parent "Hamas" is not a group`},
		{"repeat group", "Hamas ; PS ; islamist\nHAMAS ; PS ; islamist", `test.txt:2: group "HAMAS" repeats "Hamas"`},
		{"repeat alias", "Hamas | Ha-mas | Ha mas ; PS ; islamist", `test.txt:1: "Ha mas": repeats "Ha-mas" of the same group`},
		{"collision", "Jaish al-Islam ; SY ; islamist\nArmy of Islam | Jaish al Islam ; PS ; jihadist", `test.txt:2: "Jaish al Islam": also names Jaish al-Islam: mark one of them shared (~)`},
		{"two markers", "Rebel Armed Forces | !^FAR ; GT ; leftist", `test.txt:1: "!^FAR": both ! and ^`},
		{"marked not ascii", "Séléka | ^SÉLÉKA ; CF ; rebel", "test.txt:1: \"^SÉLÉKA\": a case-marked name must be ASCII"},
		{"no word", "Hamas | -- ; PS ; islamist", `test.txt:1: "--": no word in name`},
		{"long word", "Hamas | " + strings.Repeat("a", 65) + " ; PS ; islamist", "is longer than 64 bytes"},
		{"directive", "@stopwords the", "test.txt:1: unknown directive @stopwords"},
		{"empty directive", "@context", "test.txt:1: @context lists no words"},
		{"outlet canonical", "=Amaq | Islamic State ; SY ; jihadist", `test.txt:1: canonical name "Amaq" is marked as an outlet`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("test.txt", tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Parse error = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestParseGroup(t *testing.T) {
	l, err := Parse("test.txt", "Hamas | Islamic Resistance Movement ; PS IL ; islamist # trailing comment\n"+
		"Izz ad-Din al-Qassam Brigades | Qassam Brigades | ^IQB ; PS ; islamist ; Hamas\n")
	if err != nil {
		t.Fatal(err)
	}
	g := l.ByName("izz ad din al qassam brigades")
	if g == nil {
		t.Fatal("ByName did not find the brigades")
	}
	got := strings.Join(g.Aliases, "|") + ";" + strings.Join(g.Countries, " ") + ";" + g.Kind + ";" + g.Parent
	if want := "Qassam Brigades|IQB;PS;islamist;Hamas"; got != want {
		t.Errorf("group = %q, want %q", got, want)
	}
	if h := l.ByName("Hamas"); h == nil || h.Countries[1] != "IL" {
		t.Errorf("ByName(Hamas) = %+v", h)
	}
	if l.ByName("Qassam Brigades") != nil {
		t.Error("ByName matched an alias; it takes canonical names only")
	}
}

func TestTopOf(t *testing.T) {
	l := mustLoad(t)
	for _, tc := range []struct{ group, want string }{
		{"Islamic State West Africa Province", "Islamic State"},
		{"Islamic State", "Islamic State"},
		{"People's Revolutionary Army", "Farabundo Marti National Liberation Front"},
	} {
		if got := l.TopOf(l.ByName(tc.group)); got == nil || got.Name != tc.want {
			t.Errorf("TopOf(%s) = %v, want %s", tc.group, got, tc.want)
		}
	}
}

func TestResolve(t *testing.T) {
	l := mustLoad(t)
	for _, tc := range []struct {
		text, country, want string
	}{
		{"al-Shabaab fighters", "SO", "al-Shabaab"},
		{"al-Shabaab fighters", "MZ", "Ansar al-Sunna (Mozambique)"},
		{"the Taliban", "AF", "Taliban"},
		{"the Taliban", "PK", "Tehrik-i-Taliban Pakistan"},
		{"Maoists attacked", "IN", "Communist Party of India (Maoist)"},
		{"Maoists attacked", "PE", "Shining Path"},
		{"Maoists attacked", "NP", "Communist Party of Nepal (Maoist)"},
		{"the JEM", "IN", "Jaish-e-Mohammed"},
		{"the JEM", "SD", "Justice and Equality Movement"},
		{"RAF jets", "GB", "Royal Air Force"},
		{"RAF jets", "DE", "Red Army Faction"},
		{"Hamas", "MZ", "Hamas"}, // nothing else shares the name
	} {
		t.Run(tc.text+"/"+tc.country, func(t *testing.T) {
			ms := l.Find(nil, tc.text, false)
			if len(ms) != 1 {
				t.Fatalf("Find(%q) = %v", tc.text, describe(tc.text, ms))
			}
			if got := l.Resolve(ms[0], tc.country); got == nil || got.Name != tc.want {
				t.Errorf("Resolve(%q, %s) = %v, want %s", tc.text, tc.country, got, tc.want)
			}
		})
	}
}

func TestLoadShared(t *testing.T) {
	a, b := mustLoad(t), mustLoad(t)
	if a != b {
		t.Error("Load parsed the lexicon twice")
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("groups.txt", groupsTxt); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAcronym checks the short name records show before a group's name:
// the canonical name or the first alias when written as an acronym, not
// one further down the line.
func TestAcronym(t *testing.T) {
	l := mustLoad(t)
	tests := []struct{ group, want string }{
		{"Revolutionary Armed Forces of Colombia", "FARC"},
		{"National Liberation Army", "ELN"}, // "^ELN" in the data
		{"Islamic State", "ISIS"},
		{"al-Shabaab", ""}, // "HSM" stands far down its line
		{"Boko Haram", ""},
	}
	for _, tc := range tests {
		g := l.ByName(tc.group)
		if g == nil {
			t.Fatalf("%q not in the lexicon", tc.group)
		}
		if got := g.Acronym(); got != tc.want {
			t.Errorf("%s: Acronym() = %q, want %q", tc.group, got, tc.want)
		}
	}
	for s, want := range map[string]bool{"PKK": true, "FARC-EP": true, "M23": true, "IS": true, "Hamas": false, "A": false, "ABCDEFGHI": false, "": false} {
		if got := IsAcronym(s); got != want {
			t.Errorf("IsAcronym(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestBaseName(t *testing.T) {
	l := mustLoad(t)
	tests := []struct{ group, mention, want string }{
		{"Houthis", "Houthi militia", "Houthi"},                          // "Houthi" is a name
		{"Communist Party of India (Maoist)", "Maoist rebels", "Maoist"}, // "Maoists" is a name
		{"Communist Party of India (Maoist)", "Naxalite rebels", "Naxalite"},
		{"Myanmar National Democratic Alliance Army", "Kokang rebels", "Kokang rebels"}, // no group is named "Kokang"
		{"Houthis", "Ansar Allah movement", "Ansar Allah movement"},                     // "movement" names no men
		{"Houthis", "Houthis", "Houthis"},
	}
	for _, tc := range tests {
		if got := l.BaseName(l.ByName(tc.group), tc.mention); got != tc.want {
			t.Errorf("BaseName(%s, %q) = %q, want %q", tc.group, tc.mention, got, tc.want)
		}
	}
}
