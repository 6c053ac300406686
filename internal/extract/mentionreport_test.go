package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

// TestMentions checks the fate, reason and offsets the mention report
// gives each mention the rules read: what scripts/mentions measures the
// rules' losses by.
func TestMentions(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, title, text string
		want              []string // per mention: fate, why and the mention's text
	}{
		{"news and a dated reminder",
			"Bomb kills five in Kirkuk",
			"A car bomb exploded at a market in Kirkuk on Monday, killing five people, police said.\n\n" +
				"In March 2010, a similar bombing killed 30 people in the city.",
			[]string{
				"kept||Bomb kills five in Kirkuk",
				"kept||A car bomb exploded at a market in Kirkuk on Monday, killing five people, police said.",
				"background|date|In March 2010, a similar bombing killed 30 people in the city.",
			}},
		{"a habitual frame",
			"Gunmen kill two guards in Peshawar",
			"Gunmen shot dead two security guards at a bank in Peshawar on Monday, police said.\n\n" +
				"Such attacks are common in the region in recent years.",
			[]string{
				"kept||Gunmen kill two guards in Peshawar",
				"kept||Gunmen shot dead two security guards at a bank in Peshawar on Monday, police said.",
				"background|frame|Such attacks are common in the region in recent years.",
			}},
		{"general news passes no mention on",
			"Shares rise", "Shares rose on Monday as investors bought banks.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{ID: "t", Date: "2016-03-08", Title: tt.title, Text: tt.text}
			r, err := x.Mentions(context.Background(), d)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range r.Mentions {
				s := tt.title
				if m.Start >= 0 {
					if m.End > len(tt.text) || m.Start > m.End {
						t.Fatalf("mention [%d,%d) out of the text's %d bytes", m.Start, m.End, len(tt.text))
					}
					s = tt.text[m.Start:m.End]
				}
				if len(m.Features) == 0 {
					t.Errorf("mention %q has no features", s)
				}
				got = append(got, m.Fate+"|"+m.Why+"|"+s)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
