package gazetteer

import (
	"slices"
	"testing"
)

func TestCountryCodes(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"PK", []string{"PK"}},
		{"pk", []string{"PK"}},
		{"PAK", []string{"PK"}},
		{"Pakistan", []string{"PK"}},
		{"  pakistan ", []string{"PK"}},
		{"Côte d'Ivoire", []string{"CI"}},
		{"ivory coast", []string{"CI"}},
		{"UK", []string{"GB"}},
		{"Congo", []string{"CD", "CG"}},
		{"British", nil}, // a demonym names people
		{"Narnia", nil},
		{"", nil},
		{"XX", nil},
	}
	for _, tt := range tests {
		if got := CountryCodes(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("CountryCodes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCountries(t *testing.T) {
	list := Countries()
	if len(list) < 240 {
		t.Fatalf("%d countries, want the whole table", len(list))
	}
	if got := CountryNameOf("AF"); got != "Afghanistan" {
		t.Errorf("CountryNameOf(AF) = %q", got)
	}
	if got := CountryNameOf("ZZ"); got != "" {
		t.Errorf("CountryNameOf(ZZ) = %q, want none", got)
	}
}
