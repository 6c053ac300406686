package text

import "testing"

// TestHijriDay checks the tabular calendar against days it is known to
// give (the real first of Ramadan, by sighting, may be a day either side).
func TestHijriDay(t *testing.T) {
	tests := []struct {
		name    string
		y, m, d int
		want    Day
	}{
		{"the epoch", 1, 1, 1, Day{622, 7, 19}},
		{"Ramadan 1418", 1418, 9, 1, Day{1997, 12, 31}},
		{"Ramadan 1444", 1444, 9, 1, Day{2023, 3, 23}},
		{"Muharram 1445", 1445, 1, 1, Day{2023, 7, 19}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hijriDay(tt.y, tt.m, tt.d); got != tt.want {
				t.Errorf("hijriDay(%d, %d, %d) = %v, want %v", tt.y, tt.m, tt.d, got, tt.want)
			}
		})
	}
}

// TestIslamicDates checks the phrases that date a day of an Islamic month
// and those that do not.
func TestIslamicDates(t *testing.T) {
	pub := Day{1998, 1, 3}
	tests := []struct {
		name, s, text string
		want          Day
	}{
		{"first day", "killed on the first day of Ramadan, a paper said", "the first day of Ramadan", Day{1997, 12, 31}},
		{"eve", "on the eve of Ramadan", "the eve of Ramadan", Day{1997, 12, 30}},
		{"holy month", "at the start of the holy month of Ramadan", "the start of the holy month of Ramadan", Day{1997, 12, 31}},
		{"the month alone", "during Ramadan", "", Day{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Dates(nil, tt.s, pub)
			if tt.text == "" {
				if len(ds) != 0 {
					t.Fatalf("got %d dates, want none", len(ds))
				}
				return
			}
			if len(ds) != 1 {
				t.Fatalf("got %d dates, want 1", len(ds))
			}
			d := ds[0]
			if got := tt.s[d.Start:d.End]; got != tt.text || d.Day != tt.want || !d.Calendar {
				t.Errorf("got %q %v calendar=%v, want %q %v", got, d.Day, d.Calendar, tt.text, tt.want)
			}
		})
	}
}
