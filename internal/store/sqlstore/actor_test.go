package sqlstore

import (
	"errors"
	"slices"
	"testing"

	"github.com/sitrep/sitrep/internal/store"
)

func TestActorSearch(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"spaces trimmed", " IRA ", "ira"},
		{"words", "Tehrik-i-Taliban", "tehrik i taliban"},
	}
	for _, tt := range tests {
		if got, err := actorSearch(tt.in); err != nil || got != tt.want {
			t.Errorf("%s: actorSearch(%q) = %q, %v; want %q", tt.name, tt.in, got, err, tt.want)
		}
	}
	// "IRA" is a key of its own, never a part of "iraqi".
	if slices.Contains(store.ActorKeys([]string{"Iraqi security forces"}), "ira") {
		t.Error(`"Iraqi security forces" is filed under "ira"`)
	}
	if _, err := actorSearch("()"); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("actorSearch(%q): err = %v, want ErrInvalid", "()", err)
	}
}
