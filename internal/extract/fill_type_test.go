package extract

import (
	"slices"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
)

// TestTypeCount keeps the votes' arrays the size of record.Types.
func TestTypeCount(t *testing.T) {
	if len(record.Types) != typeCount {
		t.Errorf("typeCount = %d, record.Types has %d", typeCount, len(record.Types))
	}
}

// TestTypeRules checks that every rule after the vote is named once, says
// why, changes a type it may meet and decides one: by its own word or by
// a vote of its own.
func TestTypeRules(t *testing.T) {
	var names []string
	for _, r := range typeRules {
		if r.name == "" || slices.Contains(names, r.name) {
			t.Errorf("rule %q: no name or a name used twice", r.name)
		}
		names = append(names, r.name)
		if r.why == "" {
			t.Errorf("rule %q: no why", r.name)
		}
		if len(r.from) == 0 {
			t.Errorf("rule %q: changes no type", r.name)
		}
		for _, typ := range append(slices.Clone(r.from), r.to) {
			if typ != "" && !slices.Contains(record.Types, typ) {
				t.Errorf("rule %q: %q is no type", r.name, typ)
			}
		}
		if (r.when == nil) == (r.vote == nil) || (r.to == "") != (r.vote != nil) {
			t.Errorf("rule %q: wants a condition and a type, or a vote", r.name)
		}
	}
}
