package store

// Period is what Stats bins its incidents by over time.
type Period string

const (
	// ByDay fills Stats.ByDay and ByDayType, keyed by each incident's date.
	ByDay Period = "day"
	// ByMonth fills Stats.ByMonth and ByMonthType, keyed by each date's
	// first seven bytes: a day gives its month, a date known only to the
	// month or year stays itself. A timeline over decades has a few
	// hundred months and tens of thousands of days, and the store keeps
	// month counts, so this is the cheap one.
	ByMonth Period = "month"
)

// ParsePeriod reads a period as the API and the CLI take it; "" is ByDay.
// Errors wrap ErrInvalid.
func ParsePeriod(s string) (Period, error) {
	switch p := Period(s); p {
	case "":
		return ByDay, nil
	case ByDay, ByMonth:
		return p, nil
	}
	return "", Invalidf("period %q: want day or month", s)
}
