package sqlstore

import (
	"errors"
	"slices"
	"testing"

	"github.com/sitrep/sitrep/internal/store"
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
		{"suffixes", []string{"al-Shabaab"}, []string{"al shabaab", "shabaab"}},
		{"name and canonical", []string{"TTP", "Tehrik-i-Taliban Pakistan"},
			[]string{"i taliban pakistan", "pakistan", "taliban pakistan", "tehrik i taliban pakistan", "ttp"}},
		// "taliban" begins "taliban pakistan": a search finds the
		// incident through the longer key, and only once.
		{"key beginning another", []string{"Taliban", "Tehrik-i-Taliban Pakistan"},
			[]string{"i taliban pakistan", "pakistan", "taliban pakistan", "tehrik i taliban pakistan"}},
		{"same name twice", []string{"ELN", "eln", ""}, []string{"eln"}},
		{"none", nil, nil},
	}
	for _, tt := range tests {
		if got := actorKeys(tt.names); !slices.Equal(got, tt.want) {
			t.Errorf("%s: actorKeys(%q) = %q, want %q", tt.name, tt.names, got, tt.want)
		}
	}
}

func TestActorRange(t *testing.T) {
	from, to, err := actorRange(" IRA ")
	if err != nil || from != "ira" || to != "ira!" {
		t.Fatalf(`actorRange(" IRA ") = %q, %q, %v; want "ira", "ira!"`, from, to, err)
	}
	for _, k := range []string{"ira", "ira army"} {
		if !(k >= from && k < to) {
			t.Errorf("key %q is outside [%q, %q)", k, from, to)
		}
	}
	for _, k := range []string{"iraqi security forces", "ir", "irb"} {
		if k >= from && k < to {
			t.Errorf("key %q is inside [%q, %q)", k, from, to)
		}
	}
	if _, _, err := actorRange("()"); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("actorRange(%q): err = %v, want ErrInvalid", "()", err)
	}
}
