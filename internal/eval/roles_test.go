package eval

import (
	"reflect"
	"testing"

	"github.com/sitrep/sitrep/internal/roles"
)

func TestCombine(t *testing.T) {
	rules := Extracts{{{"gunmen"}}, {{"FMLN"}}, nil, {{"Jose Ramirez"}}, {{"bomb"}}}
	tagger := Extracts{{{"terrorists"}}, {{"fmln", "farabundo marti national liberation front"}}, {{"bridge"}}, nil, {{"dynamite"}}}
	for _, tc := range []struct {
		name string
		pick [5]Source
		want Extracts
	}{
		{"rules", [5]Source{}, rules},
		{"tagger", [5]Source{FromTagger, FromTagger, FromTagger, FromTagger, FromTagger}, tagger},
		{"ranked", [5]Source{FromRanker, FromRanker, FromRanker, FromRanker, FromRanker}, Extracts{{{"x"}}}},
		{"both merge a shared name", [5]Source{FromBoth, FromBoth, FromBoth, FromBoth, FromBoth}, Extracts{
			{{"gunmen"}, {"terrorists"}},
			{{"FMLN", "farabundo marti national liberation front"}},
			{{"bridge"}},
			{{"Jose Ramirez"}},
			{{"bomb"}, {"dynamite"}},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Combine(rules, tagger, Extracts{{{"x"}}}, tc.pick); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestParseSources(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    [5]Source
		wantErr bool
	}{
		{"best", MUC4Sources, false},
		{"rules", [5]Source{}, false},
		{"both", [5]Source{FromBoth, FromBoth, FromBoth, FromBoth, FromBoth}, false},
		{"ranked", [5]Source{FromRanker, FromRanker, FromRanker, FromRanker, FromRanker}, false},
		{"neural", [5]Source{}, true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseSources(tc.in)
			if (err != nil) != tc.wantErr || got != tc.want {
				t.Errorf("ParseSources(%q) = %v, %v; want %v, error %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestTaggerExtracts(t *testing.T) {
	ents := []roles.Entity{
		{Role: roles.PerpOrg, Names: []string{"farabundo marti national liberation front", "fmln"}},
		{Role: roles.Weapon, Names: []string{"dynamite"}},
	}
	want := Extracts{nil, {{"farabundo marti national liberation front", "fmln"}}, nil, nil, {{"dynamite"}}}
	if got := TaggerExtracts(ents); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
