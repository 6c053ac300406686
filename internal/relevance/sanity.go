package relevance

import (
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/text"
)

// earliestYear is the year before which a date is kept only when the text
// writes it as a date. Political-violence reporting is about the modern
// era; a four-digit number before 1900 is far more often a time ("1500
// GMT"), an amount or a birth year than the day of an event.
const earliestYear = 1900

// Toll sizes: HugeToll is beyond any single attack on record (the deadliest
// killed a few thousand), so a figure that large is a war's or a
// disaster's; cumulativeToll is large enough that, said with "since" or
// "in the war", it is a campaign's total, not an incident's.
const (
	HugeToll       = 100000
	cumulativeToll = 1000
)

// Cues, matched as whole words in the sentence of a toll's evidence. A
// cumulative cue says the count runs over a span of time or a whole war;
// a periodic cue says it is a tally for a year or a season.
var (
	cumulativeCues = []string{"since", "so far", "to date", "in the war", "during the war",
		"of the war", "in the conflict", "of the conflict", "over the years", "over the past",
		"in the past", "decades", "altogether", "in total", "civil war"}
	periodicCues = []string{"so far this year", "this year alone", "since the start of the year",
		"since the beginning of the year", "since january", "every year", "each year", "per year",
		"annually"}
)

// Sanitize removes from r what cannot be right whatever the text: a date
// after the publication date pub (YYYY-MM-DD; empty skips the check) other
// than the next day, a date before 1900 that the text does not write as a
// date, and a death, injury or kidnap toll that is a historical or
// national total rather than the incident's. A removed value takes its
// evidence with it, so that what remains is still backed by spans. title
// and body are the texts the evidence offsets point into. It reports what
// it removed, for tests and warnings.
func Sanitize(r *record.Incident, pub, title, body string) (removed []string) {
	if r.Date != "" && !plausibleDate(r, pub) {
		r.Date, r.DatePrecision = "", ""
		dropEvidence(r, "date")
		removed = append(removed, "date")
	}
	for _, c := range []struct {
		field string
		count **record.Count
	}{{"killed", &r.Killed}, {"injured", &r.Injured}, {"kidnapped", &r.Kidnapped}} {
		if *c.count == nil || !isTally(r, c.field, *c.count, title, body) {
			continue
		}
		*c.count = nil
		dropEvidence(r, c.field)
		removed = append(removed, c.field)
	}
	return removed
}

// plausibleDate reports whether r's date can be the date of an event
// reported on pub.
func plausibleDate(r *record.Incident, pub string) bool {
	// Only a valid publication date can place r in the future ("12/05/2026"
	// compared as text would put every December date after it).
	if pd, err := text.ParseDay(pub); err == nil && len(pub) >= len(r.Date) && r.Date > pub[:len(r.Date)] {
		// but for the next day: a publication date is the clock of the
		// wire's desk, and a dateline east of it is often a day ahead
		// ("MANILA, April 18" on a story the wire stamps April 17)
		return r.Date == pd.AddDays(1).String() && len(r.Date) == len(pub)
	}
	if len(r.Date) < 4 {
		return false // not a date of the contract's forms
	}
	year := r.Date[:4]
	y, err := strconv.Atoi(year)
	if err != nil || y >= earliestYear {
		return err == nil
	}
	for _, e := range r.Evidence {
		if e.Field == "date" && writtenAsDate(e.Text, year) {
			return true
		}
	}
	return false
}

// writtenAsDate reports whether text writes year as a calendar year: beside
// a month name, or as "in 1857" / "of 1857" / "AD 800".
func writtenAsDate(text, year string) bool {
	low := strings.ToLower(text)
	i := strings.Index(low, year)
	if i < 0 {
		return false
	}
	before := strings.TrimSpace(low[:i])
	for _, p := range []string{"in", "of", "ad", "year"} {
		if before == p || strings.HasSuffix(before, " "+p) {
			return true
		}
	}
	return hasCue(low, months)
}

// months are the month names and their abbreviations, matched as whole
// words: "market" or "decade" do not name a month.
var months = []string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec"}

// isTally reports whether the count for field is a total over a war, a
// span of years or a calendar period, judged by its size and the sentence
// its evidence sits in.
func isTally(r *record.Incident, field string, c *record.Count, title, body string) bool {
	n := 0
	if c.Min != nil {
		n = *c.Min
	}
	if c.Max != nil {
		n = max(n, *c.Max)
	}
	for _, v := range c.ByParty {
		n = max(n, v)
	}
	if n >= HugeToll {
		return true
	}
	for _, e := range r.Evidence {
		if e.Field != field && !strings.HasPrefix(e.Field, field+".") {
			continue
		}
		src := body
		if e.In == "title" {
			src = title
		}
		s := strings.ToLower(sentenceAround(src, e.Start, e.End, e.Text))
		if hasCue(s, periodicCues) || n >= cumulativeToll && hasCue(s, cumulativeCues) {
			return true
		}
	}
	return false
}

// sentenceAround returns the sentence of src holding [start, end), or text
// when the offsets do not point at it.
func sentenceAround(src string, start, end int, text string) string {
	if start < 0 || end > len(src) || start > end || src[start:end] != text {
		return text
	}
	i := start
	for i > 0 && !sentenceEnd(src, i-1) {
		i--
	}
	j := end
	for j < len(src) && !sentenceEnd(src, j) {
		j++
	}
	return src[i:j]
}

// sentenceEnd reports whether src[i] closes a sentence: a full stop, ? or !
// before a space, or a blank line.
func sentenceEnd(src string, i int) bool {
	switch src[i] {
	case '.', '?', '!':
		return i+1 >= len(src) || src[i+1] == ' ' || src[i+1] == '\n'
	case '\n':
		return i+1 < len(src) && src[i+1] == '\n'
	}
	return false
}

// hasCue reports whether s holds one of cues as whole words.
func hasCue(s string, cues []string) bool {
	for _, c := range cues {
		for i := 0; ; {
			k := strings.Index(s[i:], c)
			if k < 0 {
				break
			}
			k += i
			e := k + len(c)
			if (k == 0 || !isLetter(s[k-1])) && (e == len(s) || !isLetter(s[e])) {
				return true
			}
			i = k + 1
		}
	}
	return false
}

// dropEvidence removes the evidence for field and its sub-fields.
func dropEvidence(r *record.Incident, field string) {
	kept := r.Evidence[:0]
	for _, e := range r.Evidence {
		if e.Field == field || strings.HasPrefix(e.Field, field+".") {
			continue
		}
		kept = append(kept, e)
	}
	r.Evidence = kept
}
