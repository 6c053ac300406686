package doc

import (
	"strings"
	"time"
)

// timestampLayouts are the ways web pages and feeds write a publication
// time besides ISO 8601: RFC 822 and its variants (RSS 2.0's pubDate, with
// or without the weekday, two- or four-digit year, a zone name or offset).
var timestampLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, time.RFC850,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700", "Mon, 2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 06 15:04:05 -0700", "Mon, 2 Jan 06 15:04:05 MST",
	"Mon, 02 Jan 2006", "2 Jan 2006", "January 2, 2006",
}

// Day returns the calendar day, YYYY-MM-DD, of a publication timestamp as
// pages and feeds write it: ISO 8601 ("2024-03-01", "2024-03-01T23:30:00-05:00")
// or RFC 822 ("Fri, 01 Mar 2024 23:30:00 -0500"). The day is the one in
// the timestamp's own zone, the publisher's, which is the day "today" and
// "on Friday" in the article count from. It reports false for anything
// else: a numeric day/month order ("03/04/2024") is ambiguous and is not
// guessed.
func Day(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' && (len(s) == 10 || s[10] == 'T' || s[10] == ' ' || s[10] == 't') {
		if checkDate(s[:10]) == nil {
			return s[:10], true
		}
		return "", false
	}
	for _, layout := range timestampLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}
