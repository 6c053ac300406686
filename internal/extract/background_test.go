package extract

import (
	"strings"
	"testing"
)

// TestMarkBackground checks what the background stage hands on: the main
// event's date, and the mentions that tell of the article's own events
// rather than of earlier ones or of context.
func TestMarkBackground(t *testing.T) {
	tests := []struct {
		name, title, body string
		d0                string
		news              []string // the first two words of each mention kept
	}{
		{"the lead dates the story",
			"", "A bomb exploded in Kabul on Friday, killing five people. Police said the blast was heard across the city.",
			"Friday (2020-05-01)", []string{"A bomb", "Police said"}},
		{"an old date below the lead is a reminder",
			"", "A bomb exploded in Kabul on Friday, killing five people.\n\nIn July 2018, nine people were killed in a bus bombing in Herat.",
			"Friday (2020-05-01)", []string{"A bomb"}},
		{"a sentence with no date takes the status of the one before it",
			"", "A bomb exploded in Kabul on Friday, killing five people.\n\nIn July 2018, nine people were killed in a bus bombing in Herat. The attackers also killed two guards.",
			"Friday (2020-05-01)", []string{"A bomb"}},
		{"context told in the habitual",
			"", "A bomb exploded in Kabul on Friday, killing five people.\n\nIn recent years, attacks have killed hundreds of people in the city.",
			"Friday (2020-05-01)", []string{"A bomb"}},
		{"a habit broken by one event after but: the event is news",
			"", "A gunboat fired rockets at a tanker in the Gulf on Friday.\n\nGunboats usually radio a ship before attacking, but the tanker was hit without warning.",
			"Friday (2020-05-01)", []string{"A gunboat", "Gunboats usually"}},
		{"a habit with no event against it stays context",
			"", "A gunboat fired rockets at a tanker in the Gulf on Friday.\n\nGunboats usually radio a ship before attacking, but they often fire at once.",
			"Friday (2020-05-01)", []string{"A gunboat"}},
		{"a period is a trend, not an event",
			"", "A bomb exploded in Kabul on Friday, killing five people.\n\nMore than 300 people have been killed in bombings since January.",
			"Friday (2020-05-01)", []string{"A bomb"}},
		{"a state a participle describes since a day is no period of the violence",
			"", "Gunmen stormed a prison in Kano on Friday and freed several men held in its cells since a March riot, police said.",
			"Friday (2020-05-01)", []string{"Gunmen stormed"}},
		{"a tally since a day keeps its period",
			"", "A bomb exploded in Kabul on Friday, killing five people.\n\nGunmen killed 40 villagers in attacks since March.",
			"Friday (2020-05-01)", []string{"A bomb"}},
		{"a habit word on a violence noun in the perfect is a record",
			"", "A bomb exploded in Mogadishu on Friday, killing five people.\n\nThe group has carried out frequent bombings in the Somali capital.",
			"Friday (2020-05-01)", []string{"A bomb"}},
		{"a count of violence as the subject of a perfect is a tally",
			"", "A bomb exploded in Kabul on Friday, killing five people.\n\nDozens of bombings have hit markets in the city.",
			"Friday (2020-05-01)", []string{"A bomb"}},
		{"violence said to be frequent is a habit",
			"", "Gunmen kidnapped a trader in Jolo on Friday.\n\nKidnappings are frequent on the island.",
			"Friday (2020-05-01)", []string{"Gunmen kidnapped"}},
		{"a habit word in the simple past with a day is the news",
			"", "A bomb exploded in Kabul on Friday, killing five people.\n\nA series of bombings also rocked Kandahar on Friday.",
			"Friday (2020-05-01)", []string{"A bomb", "A series"}},
		{"a habit word in a relative clause describes a party, not the sentence",
			"", "A bomb exploded in Kabul on Friday, killing five people.\n\nPolice blamed the Taliban, who have carried out repeated attacks in the city, for the blast.",
			"Friday (2020-05-01)", []string{"A bomb", "Police blamed"}},
		{"a superlative ranks the news against a span of the past",
			"", "A bomb exploded in Kabul on Friday, killing five people.\n\nIt was the deadliest attack in the city for years, police said.",
			"Friday (2020-05-01)", []string{"A bomb", "It was"}},
		{"a date is no yardstick: the deadliest attack last year was last year's",
			"", "A bomb exploded in Kabul on Friday, killing five people.\n\nThe deadliest attack last year killed 90 people in the city.",
			"Friday (2020-05-01)", []string{"A bomb"}},
		{"a context frame in a later clause of the sentence sets only that clause in the past",
			"", "Russia said it launched a fresh assault today near Vovchansk, a week after it stepped up attacks in the east of Ukraine.",
			"today (2020-05-02)", []string{"Russia said"}},
		{"a tally in figures since a month keeps its period",
			"", "A bomb exploded in a market in Kabul on Friday, killing five people, police said.\n\nTaliban insurgents have killed more than 100 people in attacks in Kandahar since January.",
			"Friday (2020-05-01)", []string{"A bomb"}},
		{"a number word ending in -ed is no participle of a state",
			"", "A bomb exploded in a market in Kabul on Friday, killing five people, police said.\n\nTaliban insurgents have killed more than a hundred people in attacks in Kandahar since January.",
			"Friday (2020-05-01)", []string{"A bomb"}},
		{"an adjective of arms is no participle of a state",
			"", "A bomb exploded in a market in Kabul on Friday, killing five people, police said.\n\nTaliban insurgents have killed many people in clashes with armed groups in Kandahar since January.",
			"Friday (2020-05-01)", []string{"A bomb"}},
		{"a week the lead gives dates the news",
			"", "Tamil guerrillas killed 12 villagers in a raid on Kantalai last week, police said today.\n\nThe guerrillas set fire to several houses.",
			"last week (2020-04-25)", []string{"Tamil guerrillas", "The guerrillas"}},
		{"a week a later sentence gives is the past",
			"", "A bomb exploded in Kabul on Friday, killing five people.\n\nLast week gunmen killed two policemen in the city.",
			"Friday (2020-05-01)", []string{"A bomb"}},
		{"the dateline's day does not date a story whose lead paragraphs give a day",
			"", "LIMA, May 2 (EFE) - Gunmen murdered four cooperative leaders in the town of Huanta, the ministry said.\n\nA spokesman said the crime was perpetrated on April 20.",
			"April 20 (2020-04-20)", []string{"LIMA, May"}},
		{"the dateline's day dates a story whose lead gives none",
			"", "PESHAWAR, May 2 - Warplanes bombed a village near Wana.\n\nLocal officials said the jets came from across the border.",
			"May 2 (2020-05-02)", []string{"PESHAWAR, May"}},
		{"a day a mention sets aside does not date the story in the dateline's stead",
			"", "LONDON, May 2 - Libyan forces are still bombing the airstrip captured by Chadian troops on April 20, officials said.",
			"May 2 (2020-05-02)", []string{"LONDON, May"}},
		{"no date: nothing is told as earlier",
			"", "Gunmen killed three villagers in Kano. Police said they fled into the forest after the attack.",
			"none", []string{"Gunmen killed", "Police said"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ms := mentionsOf(t, "2020-05-02", tt.title, tt.body)
			n := a.markBackground(ms)
			if got := a.showDate(n.d0); got != tt.d0 {
				t.Errorf("main date %s, want %s", got, tt.d0)
			}
			var got []string
			for _, m := range n.ms {
				words := strings.Fields(a.text(m.t0, m.t1))
				got = append(got, strings.Join(words[:min(2, len(words))], " "))
			}
			if g, w := strings.Join(got, " | "), strings.Join(tt.news, " | "); g != w {
				t.Errorf("news\n got %s\nwant %s", g, w)
			}
		})
	}
}
