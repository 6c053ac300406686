package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestStripAdmin(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Borno State", []string{"Borno"}},
		{"Province of Batangas", []string{"Batangas"}},
		{"Kachhi District", []string{"Kachhi"}},
		{"Caza de Zgharta", []string{"Zgharta"}},
		{"Province du Yatenga", []string{"Yatenga"}},
		{"Muhafazat Hadramaout", []string{"Hadramaout"}},
		{"Boma (city)", []string{"Boma"}},
		{"Departamento de Victoria", []string{"Victoria"}},
		{"Centre Region", []string{"Centre"}},
		{"Sindh", nil},
		{"Ko Province", nil}, // a remainder under three letters says nothing
	}
	for _, tc := range tests {
		if got := stripAdmin(tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("stripAdmin(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestKeepAlternate(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Kiev", true},
		{"Sana’a", true},
		{"Mumbai", true},
		{"KBL", false},  // IATA code
		{"OAKB", false}, // ICAO code
		{"UNAMA", true}, // five capitals: a name, not a code
		{"bei jing", false},
		{"Москва", false},
		{"Sector 7", false},
		{"A B C D E F G", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := keepAlternate(tc.name); got != tc.want {
			t.Errorf("keepAlternate(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestNameFlagAndDemonyms(t *testing.T) {
	for name, want := range map[string]string{"UK": abbrev, "U.S.A.": abbrev, "DRC": abbrev,
		"Burma": alt, "UNITEDKINGDOM": alt, "X": alt} {
		if got := nameFlag(name, alt); got != want {
			t.Errorf("nameFlag(%q) = %q, want %q", name, got, want)
		}
	}
	var ks keySet
	for _, d := range []string{"Afghan", "Congolese", "Swiss", "Kyrgyz", "Filipino"} {
		addDemonym(&ks, d)
	}
	want := "@afghan|@afghans|@congolese|@swiss|@kyrgyz|@filipino|@filipinos"
	if got := ks.String(); got != want {
		t.Errorf("demonym keys = %q, want %q", got, want)
	}
}

func TestKeySetRank(t *testing.T) {
	var ks keySet
	ks.add("Kiev", alt)
	ks.add("KIEV", primary) // a main name outranks an alternate with the same key
	ks.add("Kyiv", primary)
	ks.add("Kyiv", alt)
	ks.add("A B C D E F G H I", primary) // nine words: dropped
	if got, want := ks.String(), "kiev|kyiv"; got != want {
		t.Errorf("keys = %q, want %q", got, want)
	}
}

func TestReadVariants(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.tsv")
	os.WriteFile(good, []byte("# comment\n\ncountry\tGB\t-\tBritain|Great Britain\nadmin2\tPK\tKachhi\tBolan\n"), 0o644)
	vs, err := readVariants(good)
	if err != nil || len(vs) != 2 || vs[0].cc != "GB" || !slices.Equal(vs[0].names, []string{"Britain", "Great Britain"}) ||
		vs[1].kind != "admin2" || vs[1].line != 4 {
		t.Errorf("readVariants = %+v, %v", vs, err)
	}
	for name, body := range map[string]string{
		"bad kind":   "county\tGB\t-\tBritain\n",
		"bad code":   "country\tGBR\t-\tBritain\n",
		"few fields": "country\tGB\tBritain\n",
	} {
		p := filepath.Join(dir, strings.ReplaceAll(name, " ", "-"))
		os.WriteFile(p, []byte(body), 0o644)
		if _, err := readVariants(p); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("%s: err = %v, want one naming line 1", name, err)
		}
	}
}

// TestVariantsFile checks the committed curated file parses.
func TestVariantsFile(t *testing.T) {
	vs, err := readVariants("variants.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) < 100 {
		t.Errorf("%d variants, want over 100", len(vs))
	}
}
