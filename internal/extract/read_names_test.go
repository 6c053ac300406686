package extract

import (
	"slices"
	"testing"
)

// TestSelfNamed checks the names a text gives a group it introduces
// ("calling itself", "self-styled"), and the mentions of that name after
// it: the words between quotes, capitalised words with their connectors
// in mixed case, words up to the end of the phrase in one case; no name
// after a title, and none where the words lead to no name.
func TestSelfNamed(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"mixed case with connectors, named again",
			"A group calling itself the Sons of the Southern Hills claimed the kidnapping. The Sons of the Southern Hills said the man was well.",
			[]string{"Sons of the Southern Hills", "Sons of the Southern Hills"}},
		{"quoted",
			`The self-styled "Red Dawn Front" claimed the bombing.`,
			[]string{"Red Dawn Front"}},
		{"all capitals up to the phrase's end",
			"TWO POLICEMEN WERE MURDERED BY THE SELF-STYLED NEW DAWN COMMAND IN COCHABAMBA.",
			[]string{"NEW DAWN COMMAND"}},
		{"all capitals up to a claim",
			"THE SELF-STYLED SONS OF THE PEOPLE CLAIMED RESPONSIBILITY FOR THE ATTACK.",
			[]string{"SONS OF THE PEOPLE"}},
		{"a title names a man",
			"The self-styled General Ruiz led the march.",
			nil},
		{"no capital, no name",
			"A man calling himself a prophet spoke. The self-styled prophet left.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := readPassage(t, "2021-03-05", "", tc.body)
			var got []string
			for _, g := range a.groups {
				if a.x.actors.ByName(g.Group.Name) == nil {
					got = append(got, a.src[g.Start:g.End])
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
