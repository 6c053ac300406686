package store

import (
	"slices"
	"testing"
)

func TestActorKey(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Taliban", "taliban"},
		{"hyphens", "Tehrik-i-Taliban Pakistan", "tehrik i taliban pakistan"},
		{"brackets", "Irish Republican Army (IRA)", "irish republican army ira"},
		{"apostrophe", "New People's Army", "new people s army"},
		{"accents kept", "Armée de libération", "armée de libération"},
		{"spaces collapse", "  al -  Shabaab ", "al shabaab"},
		{"no words", "--", ""},
	}
	for _, tt := range tests {
		if got := ActorKey(tt.in); got != tt.want {
			t.Errorf("%s: ActorKey(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestActorKeys(t *testing.T) {
	tests := []struct {
		name  string
		names []string
		want  []string
	}{
		{"runs of words", []string{"al-Shabaab"}, []string{"al", "al shabaab", "shabaab"}},
		{"name and canonical", []string{"TTP", "Tehrik-i-Taliban Pakistan"},
			[]string{"i", "i taliban", "i taliban pakistan", "pakistan", "taliban", "taliban pakistan",
				"tehrik", "tehrik i", "tehrik i taliban", "tehrik i taliban pakistan", "ttp"}},
		// "taliban" is a run of both names: one key, so that a search
		// finds the incident once.
		{"a name inside another", []string{"Taliban", "Taliban Pakistan"}, []string{"pakistan", "taliban", "taliban pakistan"}},
		{"same name twice", []string{"ELN", "eln", ""}, []string{"eln"}},
		{"none", nil, nil},
	}
	for _, tt := range tests {
		if got := ActorKeys(tt.names); !slices.Equal(got, tt.want) {
			t.Errorf("%s: ActorKeys(%q) = %q, want %q", tt.name, tt.names, got, tt.want)
		}
	}
}
