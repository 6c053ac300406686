package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/record"
)

func TestParseDay(t *testing.T) {
	tests := []struct {
		in   string
		want Day
		ok   bool
	}{
		{"2018-11-23", Day{2018, 11, 23}, true},
		{"2018-11", Day{2018, 11, 0}, true},
		{"2018", Day{2018, 0, 0}, true},
		{"2016-02-29", Day{2016, 2, 29}, true},
		{"2015-02-29", Day{}, false},
		{"2018-13-01", Day{}, false},
		{"2018-00-10", Day{}, false},
		{"2018-11-00", Day{}, false},
		{"0000", Day{}, false},
		{"2018/11/23", Day{}, false},
		{"2018-1-23", Day{}, false},
		{"18-11-23", Day{}, false},
		{"", Day{}, false},
		{"2018-11-2x", Day{}, false},
	}
	for _, tt := range tests {
		got, err := ParseDay(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseDay(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
		if tt.ok && got.String() != tt.in {
			t.Errorf("ParseDay(%q).String() = %q", tt.in, got.String())
		}
	}
	if s := (Day{}).String(); s != "" {
		t.Errorf("zero Day String() = %q, want empty", s)
	}
}

// TestDayArithmetic checks AddDays, Sub and Weekday against the time
// package over two centuries.
func TestDayArithmetic(t *testing.T) {
	base := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	d0 := Day{1900, 1, 1}
	for n := 0; n < 366*200; n += 7 {
		tm := base.AddDate(0, 0, n)
		want := Day{tm.Year(), int(tm.Month()), tm.Day()}
		got := d0.AddDays(n)
		if got != want {
			t.Fatalf("1900-01-01 + %d = %v, want %v", n, got, want)
		}
		if got.Weekday() != tm.Weekday() {
			t.Fatalf("%v.Weekday() = %v, want %v", got, got.Weekday(), tm.Weekday())
		}
		if s := got.Sub(d0); s != n {
			t.Fatalf("%v.Sub(1900-01-01) = %d, want %d", got, s, n)
		}
		if back := got.AddDays(-n); back != d0 {
			t.Fatalf("%v - %d = %v, want 1900-01-01", got, n, back)
		}
	}
	if got := (Day{9999, 12, 30}).AddDays(1000); got != (Day{9999, 12, 31}) {
		t.Errorf("AddDays past 9999 = %v, want clamped to 9999-12-31", got)
	}
	if got := (Day{1, 1, 2}).AddDays(-1000); got != (Day{1, 1, 1}) {
		t.Errorf("AddDays before year 1 = %v, want clamped to 0001-01-01", got)
	}
	if got := (Day{2018, 11, 0}).AddDays(3); got != (Day{2018, 11, 0}) {
		t.Errorf("AddDays on a month = %v, want it unchanged", got)
	}
	pub := Day{2018, 11, 23}
	for _, tt := range []struct {
		d    Day
		want int
	}{{Day{2018, 11, 20}, 3}, {Day{2018, 11, 24}, -1}, {Day{2017, 11, 23}, 365}, {Day{2018, 11, 0}, 0}} {
		if got := (Date{Day: tt.d}).DaysBefore(pub); got != tt.want {
			t.Errorf("DaysBefore: %v is %d days before %v, want %d", tt.d, got, pub, tt.want)
		}
	}
}

func TestDayAfter(t *testing.T) {
	pub := Day{2018, 11, 23}
	tests := []struct {
		d    Day
		want bool
	}{
		{Day{2018, 11, 24}, true},
		{Day{2018, 11, 23}, false},
		{Day{2018, 11, 0}, false},
		{Day{2018, 12, 0}, true},
		{Day{2018, 0, 0}, false},
		{Day{2019, 0, 0}, true},
		{Day{2017, 12, 31}, false},
	}
	for _, tt := range tests {
		if got := tt.d.After(pub); got != tt.want {
			t.Errorf("%v.After(%v) = %v, want %v", tt.d, pub, got, tt.want)
		}
	}
}

// wantDate is an expected Date, written as the text it covers (found in the
// input after the previous one, as in wantNum).
type wantDate struct {
	text      string
	day       string // Day.String()
	precision string
	prep      string
	flags     string // r: Relative, p: Previous, l: Relation, f: Future
}

func TestDates(t *testing.T) {
	const (
		day   = record.PrecisionDay
		week  = record.PrecisionWeek
		month = record.PrecisionMonth
		year  = record.PrecisionYear
	)
	// 2018-11-23 was a Friday.
	tests := []struct {
		name string
		pub  string
		in   string
		want []wantDate
	}{
		{"weekday is pub", "2018-11-23", "gunmen stormed the consulate on Friday", []wantDate{
			{"Friday", "2018-11-23", day, "on", "r"}}},
		{"weekday before pub", "2018-11-23", "on Thursday, late Tuesday and early Wednesday", []wantDate{
			{"Thursday", "2018-11-22", day, "on", "r"}, {"late Tuesday", "2018-11-20", day, "", "r"},
			{"early Wednesday", "2018-11-21", day, "", "r"}}},
		{"last month day never after pub", "2018-11-23", "since last December 5, and on last November 20", []wantDate{
			{"last December 5", "2017-12-05", day, "since", "r"}, {"last November 20", "2018-11-20", day, "on", "r"}}},
		{"coming month day near pub", "2018-11-23", "the December 5 election", []wantDate{
			{"December 5", "2018-12-05", day, "", "rf"}}},
		{"weekday a week back", "2018-11-23", "on Saturday", []wantDate{
			{"Saturday", "2018-11-17", day, "on", "r"}}},
		{"weekday parts", "2018-11-23", "on Monday night and Sunday morning, late on Wednesday", []wantDate{
			{"Monday night", "2018-11-19", day, "on", "r"}, {"Sunday morning", "2018-11-18", day, "", "r"},
			{"late on Wednesday", "2018-11-21", day, "on", "r"}}},
		{"holidays", "2021-01-01", "killed on New Year's Eve; on Christmas day; New Year’s Day; Christmas Eve in 2000; New Years Eve, 2019", []wantDate{
			{"New Year's Eve", "2020-12-31", day, "on", "r"}, {"Christmas day", "2020-12-25", day, "on", "r"},
			{"New Year’s Day", "2021-01-01", day, "", "r"}, {"Christmas Eve in 2000", "2000-12-24", day, "", ""},
			{"New Years Eve, 2019", "2019-12-31", day, "", ""}}},
		{"a day in a name dates nothing", "2018-11-23", "the 19 April Movement; on 9 October Avenue; the 6th of October Bridge; the November 17 group; the 23 September Communist League; M-19 [19\nAPRIL MOVEMENT]; THE 15 SEPTEMBER NEIGHBORHOOD", nil},
		{"a day before a word that is no name head", "2018-11-23", "Year ended March 31\n\nGroup shr 18.83; on 2 June Front-line troops; the 9 October street protests; On 5 May Islamic State fighters; on 9 October street vendors; THE 19 MARCH PRESIDENTIAL ELECTIONS; the 10 March Revolutionary Army", []wantDate{
			{"March 31", "2018-03-31", day, "", "r"}, {"2 June", "2018-06-02", day, "on", "r"}, {"the 9 October", "2018-10-09", day, "", "r"}, {"5 May", "2018-05-05", day, "On", "r"},
			{"9 October", "2018-10-09", day, "on", "r"}, {"THE 19 MARCH", "2018-03-19", day, "", "r"},
			{"the 10 March", "2018-03-10", day, "", "r"}}},
		{"holiday names that are no day", "2018-11-23", "the Christmas market, before Christmas, a new year, the new year's budget", nil},
		{"coming holiday near pub", "2018-12-20", "a truce on Christmas Day", []wantDate{
			{"Christmas Day", "2018-12-25", day, "on", "rf"}}},
		{"possessive", "2018-11-23", "Tuesday's attack and Tuesday’s funeral", []wantDate{
			{"Tuesday", "2018-11-20", day, "", "r"}, {"Tuesday", "2018-11-20", day, "", "r"}}},
		{"last and next weekday", "2018-11-23", "last Friday, last Thursday, next Monday", []wantDate{
			{"last Friday", "2018-11-16", day, "", "r"}, {"last Thursday", "2018-11-22", day, "", "r"},
			{"next Monday", "2018-11-26", day, "", "rf"}}},
		{"weekday with date", "2018-11-23", "on Friday, Nov. 23, 2018 and Thursday (March 3)", []wantDate{
			{"Friday, Nov. 23, 2018", "2018-11-23", day, "on", ""}, {"Thursday (March 3)", "2018-03-03", day, "", "r"}}},
		{"today and yesterday", "2018-11-23", "said today; yesterday's blast; last night; overnight; tonight; this morning; earlier today", []wantDate{
			{"today", "2018-11-23", day, "", "r"}, {"yesterday", "2018-11-22", day, "", "r"},
			{"last night", "2018-11-22", day, "", "r"}, {"overnight", "2018-11-22", day, "", "r"},
			{"tonight", "2018-11-23", day, "", "r"}, {"this morning", "2018-11-23", day, "", "r"},
			{"earlier today", "2018-11-23", day, "", "r"}}},
		{"yesterday parts", "2018-11-23", "early yesterday, yesterday morning, late last night", []wantDate{
			{"early yesterday", "2018-11-22", day, "", "r"}, {"yesterday morning", "2018-11-22", day, "", "r"},
			{"late last night", "2018-11-22", day, "", "r"}}},
		{"overnight weekday", "2018-11-23", "overnight Thursday", []wantDate{
			{"overnight Thursday", "2018-11-22", day, "", "r"}}},
		{"tomorrow", "2018-11-23", "the funeral is tomorrow, the day after tomorrow the vote", []wantDate{
			{"tomorrow", "2018-11-24", day, "", "rf"}, {"the day after tomorrow", "2018-11-25", day, "", "rf"}}},
		{"ago", "2018-11-23", "two days ago, 3 days ago, a week ago, a month ago, two years ago, twenty-one days ago", []wantDate{
			{"two days ago", "2018-11-21", day, "", "r"}, {"3 days ago", "2018-11-20", day, "", "r"},
			{"a week ago", "2018-11-16", week, "", "r"}, {"a month ago", "2018-10", month, "", "r"},
			{"two years ago", "2016", year, "", "r"}, {"twenty-one days ago", "2018-11-02", day, "", "r"}}},
		{"vague ago", "2018-11-23", "a few days ago and days ago", nil},
		{"clock back from publication", "2018-11-23", "a few minutes ago, two hours ago, in the past 24 hours, within the last few hours, in recent hours, minutes ago", []wantDate{
			{"a few minutes ago", "2018-11-23", day, "", "r"}, {"two hours ago", "2018-11-23", day, "", "r"},
			{"the past 24 hours", "2018-11-23", day, "in", "r"}, {"the last few hours", "2018-11-23", day, "", "r"},
			{"recent hours", "2018-11-23", day, "in", "r"}, {"minutes ago", "2018-11-23", day, "", "r"}}},
		{"clock spans that date nothing", "2018-11-23", "two hours later, for 30 minutes, the last two hours of the talks, 48 hours ago, 24 hours a day", nil},
		{"day before yesterday", "2018-11-23", "the day before yesterday", []wantDate{
			{"the day before yesterday", "2018-11-21", day, "", "r"}}},
		{"anaphora", "2018-11-23", "On Monday police raided a house. A day earlier, the army moved in. The next day, gunmen returned. Two days later, it ended.", []wantDate{
			{"Monday", "2018-11-19", day, "On", "r"}, {"A day earlier", "2018-11-18", day, "", "rp"},
			{"The next day", "2018-11-19", day, "", "rp"}, {"Two days later", "2018-11-21", day, "", "rp"}}},
		{"anaphora from pub", "2018-11-23", "A day earlier, police had warned. The day before, they met.", []wantDate{
			{"A day earlier", "2018-11-22", day, "", "r"}, {"The day before", "2018-11-21", day, "", "rp"}}},
		{"forward anaphora needs an anchor", "2018-11-23", "The next day, gunmen returned. Two days later, it ended.", nil},
		{"anaphora needs a day", "2018-11-23", "last year gunmen attacked; ten days later they struck again", []wantDate{
			{"last year", "2017", year, "", "r"}}},
		{"relations", "2018-11-23", "The body is on its way home, a day after he was shot. Thursday's attack comes two days after gunmen stormed a school and a week before the vote.", []wantDate{
			{"a day after", "2018-11-22", day, "", "rl"}, {"Thursday", "2018-11-22", day, "", "r"},
			{"two days after", "2018-11-20", day, "", "rpl"}, {"a week before", "2018-11-29", week, "", "rplf"}}},
		{"the day after beside a day dates the other event", "2018-11-23", "Police arrested three men on Thursday, the day after a bomb killed five. Mourners gathered on the day after the attack.", []wantDate{
			{"Thursday", "2018-11-22", day, "on", "r"}, {"the day after", "2018-11-21", day, "", "rpl"}}},
		{"the day after a dated clause dates the other event", "2018-11-23", "Gunmen on Thursday shot dead three soldiers, the day after a bomb killed five. Police raided homes, the day after the attack.", []wantDate{
			{"Thursday", "2018-11-22", day, "on", "r"}, {"the day after", "2018-11-21", day, "", "rpl"}}},
		{"last with a month and day is never after pub", "2018-11-23", "the attack last December 2, the vote last November 20", []wantDate{
			{"last December 2", "2017-12-02", day, "", "r"}, {"last November 20", "2018-11-20", day, "", "r"}}},
		{"a GMT hour is a time, not a year", "2018-11-23", "jets struck at 1500 GMT on Thursday and at 0600 GMT", []wantDate{
			{"Thursday", "2018-11-22", day, "on", "r"}}},
		{"relations at a sentence start are not dates", "2018-11-23", "Two days after the raid, police came. A day before the vote, a day later than expected, the day before the attack", nil},
		{"same day", "2018-11-23", "on Tuesday a bomb exploded; the same day and that night police arrived", []wantDate{
			{"Tuesday", "2018-11-20", day, "on", "r"}, {"the same day", "2018-11-20", day, "", "rp"},
			{"that night", "2018-11-20", day, "", "rp"}}},
		{"month day", "2018-11-23", "on March 3, 3 March, Oct. 14, the 3rd of March, November 23rd", []wantDate{
			{"March 3", "2018-03-03", day, "on", "r"}, {"3 March", "2018-03-03", day, "", "r"},
			{"Oct. 14", "2018-10-14", day, "", "r"}, {"the 3rd of March", "2018-03-03", day, "", "r"},
			{"November 23rd", "2018-11-23", day, "", "r"}}},
		{"month day last year", "2018-01-10", "on December 24, on January 3 and on March 30", []wantDate{
			{"December 24", "2017-12-24", day, "on", "r"}, {"January 3", "2018-01-03", day, "on", "r"},
			{"March 30", "2017-03-30", day, "on", "r"}}},
		{"month day coming", "2018-11-23", "the vote on December 20", []wantDate{
			{"December 20", "2018-12-20", day, "on", "rf"}}},
		{"month day year", "2018-11-23", "on March 3, 2015, 3 March 2015, Nov. 23, 2018 and 3 FEB 90", []wantDate{
			{"March 3, 2015", "2015-03-03", day, "on", ""}, {"3 March 2015", "2015-03-03", day, "", ""},
			{"Nov. 23, 2018", "2018-11-23", day, "", ""}, {"3 FEB 90", "1990-02-03", day, "", ""}}},
		{"day range", "2018-11-23", "on 3-4 March, on 22 and 23 December 1997, from 1 to 2 May", []wantDate{
			{"3-4 March", "2018-03-03", day, "on", "r"}, {"22 and 23 December 1997", "1997-12-22", day, "on", ""},
			{"1 to 2 May", "2018-05-01", day, "from", "r"}}},
		{"day list needs a preposition", "2018-11-23", "killed 5 and 23 December", []wantDate{{"23 December", "2018-12-23", day, "", "rf"}}},
		{"leap day", "2018-11-23", "on February 29", []wantDate{{"February 29", "2016-02-29", day, "on", "r"}}},
		{"bad day", "2018-11-23", "February 30, 2015", []wantDate{{"February 30, 2015", "2015-02", month, "", ""}}},
		{"iso", "2018-11-23", "on 2015-03-03 and 2015/03/04, not 03/03/2015 or 2015-13-45", []wantDate{
			{"2015-03-03", "2015-03-03", day, "on", ""}, {"2015/03/04", "2015-03-04", day, "", ""}}},
		{"month alone", "2018-11-23", "in October, since December, in late October, mid-October, in November", []wantDate{
			{"October", "2018-10", month, "in", "r"}, {"December", "2017-12", month, "since", "r"},
			{"late October", "2018-10", month, "in", "r"}, {"mid-October", "2018-10", month, "", "r"},
			{"November", "2018-11", month, "in", "r"}}},
		{"last this next month name", "2018-11-23", "last November, last October, next October, this January", []wantDate{
			{"last November", "2017-11", month, "", "r"}, {"last October", "2018-10", month, "", "r"},
			{"next October", "2019-10", month, "", "rf"}, {"this January", "2018-01", month, "", "r"}}},
		{"months bounding a span", "2018-11-23", "from January to April, between October and May; went to April Street", []wantDate{
			{"January", "2018-01", month, "from", "r"}, {"April", "2018-04", month, "", "r"},
			{"October", "2018-10", month, "", "r"}, {"May", "2018-05", month, "", "r"}}},
		{"a day opens no span of months", "2018-11-23", "questioned Smith on Friday and June Brown on Saturday; from January\nto April", []wantDate{
			{"Friday", "2018-11-23", day, "on", "r"}, {"Saturday", "2018-11-17", day, "on", "r"},
			{"January", "2018-01", month, "from", "r"}, {"April", "2018-04", month, "", "r"}}},
		{"month after its noun", "2018-11-23", "during the month of March, the month of May saw more", []wantDate{
			{"the month of March", "2018-03", month, "during", "r"}, {"the month of May", "2018-05", month, "", "r"}}},
		{"month with year", "2018-11-23", "in October 2017, March of 2015, in June, 2010", []wantDate{
			{"October 2017", "2017-10", month, "in", ""}, {"March of 2015", "2015-03", month, "", ""},
			{"June", "2018-06", month, "in", "r"}}},
		{"ambiguous months", "2018-11-23", "he may come in May; the march on the capital; 5 may die; on 5 May; this march", []wantDate{
			{"May", "2018-05", month, "in", "r"}, {"5 May", "2018-05-05", day, "on", "r"}}},
		{"abbreviation alone", "2018-11-23", "in Oct the Dec committee", nil},
		{"periods", "2018-11-23", "last month, this month, earlier this month, next month, last week, this week, earlier this week, next week, last year, this year, earlier this year, next year", []wantDate{
			{"last month", "2018-10", month, "", "r"}, {"this month", "2018-11", month, "", "r"},
			{"earlier this month", "2018-11", month, "", "r"}, {"next month", "2018-12", month, "", "rf"},
			{"last week", "2018-11-16", week, "", "r"}, {"this week", "2018-11-23", week, "", "r"},
			{"earlier this week", "2018-11-23", week, "", "r"}, {"next week", "2018-11-30", week, "", "rf"},
			{"last year", "2017", year, "", "r"}, {"this year", "2018", year, "", "r"},
			{"earlier this year", "2018", year, "", "r"}, {"next year", "2019", year, "", "rf"}}},
		{"spans are not dates", "2018-11-23", "the past week, the last day, the next week, for days", nil},
		{"weekends", "2018-11-23", "over the weekend, last weekend, this weekend", []wantDate{
			{"the weekend", "2018-11-17", week, "", "r"}, {"last weekend", "2018-11-17", week, "", "r"},
			{"this weekend", "2018-11-24", week, "", "rf"}}},
		{"weekend on a sunday", "2018-11-25", "over the weekend and last weekend", []wantDate{
			{"the weekend", "2018-11-24", week, "", "r"}, {"last weekend", "2018-11-17", week, "", "r"}}},
		{"years", "2018-11-23", "in 2007, since 1998, during 2011, the 2008 attacks, in early 2016, mid-2015, from 2012 to 2014", []wantDate{
			{"2007", "2007", year, "in", ""}, {"1998", "1998", year, "since", ""}, {"2011", "2011", year, "during", ""},
			{"2008", "2008", year, "", ""}, {"early 2016", "2016", year, "in", ""}, {"mid-2015", "2015", year, "", ""},
			{"2012", "2012", year, "from", ""}, {"2014", "2014", year, "", ""}}},
		{"decades", "2018-11-23", "wars in the 1990s and early 2000s, since the 1980s", []wantDate{
			{"1990s", "1990", year, "", ""}, {"early 2000s", "2000", year, "", ""}, {"1980s", "1980", year, "", ""}}},
		{"not years", "2018-11-23", "2000 people, at 2030, 1,998 dollars, in 1850, 2015.5, 2015s", nil},
		{"sizes are not years", "2018-11-23", "the 2000-strong garrison, the 1900-odd, the 2000-year-old", nil},
		{"dateline", "2013-12-30", "VOLGOGRAD, December 30 (RIA Novosti) - An explosion on Monday morning", []wantDate{
			{"December 30", "2013-12-30", day, "", "r"}, {"Monday morning", "2013-12-30", day, "on", "r"}}},
		{"all caps", "2018-11-23", "GUNMEN ATTACKED LATE ON THURSDAY, POLICE SAID YESTERDAY; SINCE 2 FEBRUARY", []wantDate{
			{"LATE ON THURSDAY", "2018-11-22", day, "on", "r"}, {"YESTERDAY", "2018-11-22", day, "", "r"},
			{"2 FEBRUARY", "2018-02-02", day, "since", "r"}}},
		{"lower case", "1990-02-05", "the army denied today that guerrillas attacked the farm 2 days ago, on 3 february", []wantDate{
			{"today", "1990-02-05", day, "", "r"}, {"2 days ago", "1990-02-03", day, "", "r"},
			{"3 february", "1990-02-03", day, "on", "r"}}},
		{"no pub", "", "on Friday, yesterday, in October, on March 3, 2015, 3 FEB 90, a day earlier, in 2007", []wantDate{
			{"Friday", "", day, "on", "r"}, {"yesterday", "", day, "", "r"}, {"October", "", month, "in", "r"},
			{"March 3, 2015", "2015-03-03", day, "on", ""}, {"3 FEB 90", "1990-02-03", day, "", ""},
			{"a day earlier", "1990-02-02", day, "", "rp"}, {"2007", "2007", year, "in", ""}}},
		{"no pub, no anchor", "", "a day earlier, the day before yesterday", []wantDate{
			{"a day earlier", "", day, "", "r"}, {"the day before yesterday", "", day, "", "r"}}},
		{"inside words", "2018-11-23", "Fridays, Sundayschool, Mayday, todays, x2015", nil},
		{"empty", "2018-11-23", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pub Day
			if tt.pub != "" {
				var err error
				if pub, err = ParseDay(tt.pub); err != nil {
					t.Fatal(err)
				}
			}
			got := Dates(nil, tt.in, pub)
			checkDates(t, tt.in, got, tt.want)
		})
	}
}

func checkDates(t *testing.T, s string, got []Date, want []wantDate) {
	t.Helper()
	from := 0
	for i, w := range want {
		start := strings.Index(s[from:], w.text)
		if start < 0 {
			t.Fatalf("test error: %q not in %q after %d", w.text, s, from)
		}
		start += from
		end := start + len(w.text)
		from = end
		if i >= len(got) {
			t.Errorf("missing %d: want %q [%d,%d)", i, w.text, start, end)
			continue
		}
		g := got[i]
		if g.Start != start || g.End != end {
			t.Errorf("%d: got %q [%d,%d), want %q [%d,%d)", i, s[g.Start:g.End], g.Start, g.End, w.text, start, end)
		}
		flags := ""
		if g.Relative {
			flags += "r"
		}
		if g.Previous {
			flags += "p"
		}
		if g.Relation {
			flags += "l"
		}
		if g.Future {
			flags += "f"
		}
		if g.Day.String() != w.day || g.Precision != w.precision || !strings.EqualFold(g.Prep, w.prep) || flags != w.flags {
			t.Errorf("%d %q: got %q %s prep %q flags %q, want %q %s prep %q flags %q", i, w.text,
				g.Day, g.Precision, g.Prep, flags, w.day, w.precision, strings.ToLower(w.prep), w.flags)
		}
	}
	for i := len(want); i < len(got); i++ {
		t.Errorf("extra %d: got %q [%d,%d) %v %s", i, s[got[i].Start:got[i].End], got[i].Start, got[i].End, got[i].Day, got[i].Precision)
	}
}

func TestDatesAppends(t *testing.T) {
	dst := Dates(nil, "On Monday police came.", Day{2018, 11, 23})
	// an anchor in an earlier text must not resolve "a day later" here
	dst = Dates(dst, "A day later they left.", Day{2018, 11, 23})
	if len(dst) != 1 {
		t.Fatalf("got %d dates, want only the first text's Monday: %+v", len(dst), dst)
	}
}

func TestDatesInvalidPub(t *testing.T) {
	got := Dates(nil, "on Friday", Day{2018, 2, 30})
	if len(got) != 1 || !got[0].Day.IsZero() || !got[0].Relative {
		t.Fatalf("with an invalid pub got %+v, want a zero relative day", got)
	}
}

func TestDatesNoAlloc(t *testing.T) {
	s := scanGoldenInputs(t, "date")
	dst := make([]Date, 0, 4096)
	pub := Day{2018, 11, 23}
	allocs := testing.AllocsPerRun(20, func() { dst = Dates(dst[:0], s, pub) })
	if allocs != 0 {
		t.Errorf("got %v allocs per run, want 0", allocs)
	}
}

// dateJSON is a Date as the golden files show it.
type dateJSON struct {
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Day       string `json:"day"`
	Precision string `json:"precision"`
	Prep      string `json:"prep,omitempty"`
	Relative  bool   `json:"relative,omitempty"`
	Previous  bool   `json:"previous,omitempty"`
	Future    bool   `json:"future,omitempty"`
	Relation  bool   `json:"relation,omitempty"`
}

type dateLine struct {
	Line  int        `json:"line"`
	Pub   string     `json:"pub"`
	Text  string     `json:"text"`
	Dates []dateJSON `json:"dates"`
}

// TestDatesGolden runs Dates over each testdata/date/*.txt, one passage a
// line as "YYYY-MM-DD<tab>text" ("-" for no publication day), and compares
// with the .json beside it.
func TestDatesGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "date", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			var out []dateLine
			for n, line := range scanGoldenLines(t, file) {
				if line == "" {
					continue
				}
				p, text, ok := strings.Cut(line, "\t")
				if !ok {
					t.Fatalf("%s:%d: want YYYY-MM-DD<tab>text", file, n+1)
				}
				var pub Day
				if p != "-" {
					if pub, err = ParseDay(p); err != nil {
						t.Fatalf("%s:%d: %v", file, n+1, err)
					}
				}
				l := dateLine{Line: n + 1, Pub: p, Text: text, Dates: []dateJSON{}}
				for _, d := range Dates(nil, text, pub) {
					l.Dates = append(l.Dates, dateJSON{Text: text[d.Start:d.End], Start: d.Start, End: d.End,
						Day: d.Day.String(), Precision: d.Precision, Prep: d.Prep, Relative: d.Relative,
						Previous: d.Previous, Future: d.Future, Relation: d.Relation})
				}
				out = append(out, l)
			}
			compareScanGolden(t, strings.TrimSuffix(file, ".txt")+".json", out)
		})
	}
}

// checkDateInvariants checks what must hold for any input and pub.
func checkDateInvariants(t *testing.T, s string, pub Day, got []Date) {
	t.Helper()
	starts := scanRuneStarts(s)
	prevEnd := 0
	for i, d := range got {
		if d.Start < prevEnd || d.Start >= d.End || d.End > len(s) {
			t.Fatalf("%d: bad span [%d,%d) (previous end %d, len %d) in %q", i, d.Start, d.End, prevEnd, len(s), s)
		}
		for _, off := range []int{d.Start, d.End} {
			if !starts[off] {
				t.Fatalf("%d: offset %d splits a rune in %q", i, off, s)
			}
		}
		if !d.Day.Valid() {
			t.Fatalf("%d: invalid day %+v for %q", i, d.Day, s[d.Start:d.End])
		}
		switch d.Precision {
		case record.PrecisionDay, record.PrecisionWeek:
			if !d.Day.IsZero() && d.Day.D == 0 {
				t.Fatalf("%d: %s precision with day %v", i, d.Precision, d.Day)
			}
		case record.PrecisionMonth:
			if !d.Day.IsZero() && (d.Day.M == 0 || d.Day.D != 0) {
				t.Fatalf("%d: month precision with day %v", i, d.Day)
			}
		case record.PrecisionYear:
			if !d.Day.IsZero() && d.Day.M != 0 {
				t.Fatalf("%d: year precision with day %v", i, d.Day)
			}
		default:
			t.Fatalf("%d: bad precision %q", i, d.Precision)
		}
		switch {
		case pub.IsZero() && d.Future:
			t.Fatalf("%d: Future with no publication day", i)
		case pub.IsZero() && d.Relative && !d.Previous && !d.Day.IsZero():
			t.Fatalf("%d: %q resolved to %v with no publication day", i, s[d.Start:d.End], d.Day)
		case !pub.IsZero() && !d.Day.IsZero() && d.Future != d.Day.After(pub):
			t.Fatalf("%d: %q day %v Future %v against pub %v", i, s[d.Start:d.End], d.Day, d.Future, pub)
		case (d.Previous || d.Relation) && !d.Relative:
			t.Fatalf("%d: Previous or Relation without Relative", i)
		}
		prevEnd = d.End
	}
}

func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"Gunmen attacked early on Thursday; late Tuesday; Monday night; last Friday; next Monday",
		"yesterday, last night, overnight, two days ago, a day earlier, the next day, the day before yesterday",
		"on March 3, 2015; 3 FEB 90; Friday, Nov. 23; in October 2017; mid-October; 2015-03-03; 3-4 March",
		"last week, this month, next year, over the weekend, in 2007, from 2012 to 2014, February 29",
		"MAY 5 may \xff\xfe Sunday’s “Friday” 31 February 0000-00-00 9999-12-31",
		"on the first day of Ramadan; the eve of ramadan; at the start of the holy month of Ramazan; of Shawwal",
	} {
		f.Add(s, 2018, 11, 23)
		f.Add(s, 0, 0, 0)
	}
	f.Fuzz(func(t *testing.T, s string, y, m, d int) {
		pub := Day{y, m, d}
		if !pub.full() {
			pub = Day{}
		}
		checkDateInvariants(t, s, pub, Dates(nil, s, pub))
	})
}

func BenchmarkDates(b *testing.B) {
	s := scanGoldenInputs(b, "date") + scanGoldenInputs(b, "number")
	benchDates(b, s)
}

// BenchmarkDatesCorpus runs over the news-dev articles and the first 4 MB
// of Reuters-21578 when ../shared is present.
func BenchmarkDatesCorpus(b *testing.B) {
	for _, c := range scanCorpora {
		b.Run(c.name, func(b *testing.B) { benchDates(b, loadScanCorpus(b, c.glob, 4<<20)) })
	}
}

func benchDates(b *testing.B, s string) {
	dst := make([]Date, 0, len(s)/32)
	pub := Day{2018, 11, 23}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		dst = Dates(dst[:0], s, pub)
		n = len(dst)
	}
	b.ReportMetric(float64(n)/float64(len(s))*1e6, "dates/MB")
}

// TestScannersOnCorpus runs both scanners over every article in ../shared
// (news-dev, Reuters-21578, BBC), each with its own publication day, and
// checks the invariants that the fuzz tests check. It skips when the
// corpora are absent.
func TestScannersOnCorpus(t *testing.T) {
	var files []string
	for _, glob := range []string{"../../../shared/bench/news-dev/*.txt", "../../../shared/corpus/*/*.txt"} {
		m, _ := filepath.Glob(glob)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no corpora under ../shared")
	}
	if testing.Short() && len(files) > 500 {
		files = files[:500]
	}
	var nums []Number
	var dates []Date
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		head, body, _ := strings.Cut(string(data), "\n")
		var pub Day
		if fields := strings.Fields(head); len(fields) > 1 && fields[0] == "date" {
			pub, _ = ParseDay(fields[1])
		}
		nums = Numbers(nums[:0], body)
		dates = Dates(dates[:0], body, pub)
		t.Run(filepath.Base(f), func(t *testing.T) {
			checkNumberInvariants(t, body, nums)
			checkDateInvariants(t, body, pub, dates)
		})
	}
}
