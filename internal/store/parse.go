package store

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/record"
)

// ContentHash identifies a document by what it says, not by its name: the
// SHA-256 of its publication date, title and text, each prefixed with its
// length so that no two different documents hash the same bytes. The id,
// path, URL and outlet are left out, so the same article arriving twice
// under two names (a wire story in two feeds) is stored once.
func ContentHash(d *doc.Document) string {
	h := sha256.New()
	for _, s := range []string{d.Date, d.Title, d.Text} {
		h.Write([]byte(strconv.Itoa(len(s))))
		h.Write([]byte{':'})
		h.Write([]byte(s))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// ParseCountries reads a country filter as the CLI and the API take it:
// ISO 3166-1 codes (alpha-2 or alpha-3) or names in any spelling the
// gazetteer knows, comma-separated, and returns the alpha-2 codes the
// store filters on, comma-separated. An unknown country is an error
// wrapping ErrInvalid rather than an empty result: "Narnia" must not look
// like a quiet place.
func ParseCountries(v string) (string, error) {
	var codes []string
	for _, c := range strings.Split(v, ",") {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		cc := gazetteer.CountryCodes(c)
		if cc == nil {
			msg := fmt.Sprintf("country %q: not a country; want ISO 3166-1 codes or country names such as PK or Pakistan, separated by commas", c)
			if near := nearCountries(c); len(near) > 0 {
				msg += " (did you mean " + strings.Join(near, ", ") + "?)"
			}
			return "", Invalidf("%s", msg)
		}
		for _, code := range cc {
			if !slices.Contains(codes, code) {
				codes = append(codes, code)
			}
		}
	}
	return strings.Join(codes, ","), nil
}

// nearCountries are the country names that hold v, or that v holds, for a
// hint.
func nearCountries(v string) []string {
	lv := strings.ToLower(v)
	var out []string
	for _, c := range gazetteer.Countries() {
		ln := strings.ToLower(c.Name)
		if len(lv) >= 3 && (strings.Contains(ln, lv) || strings.Contains(lv, ln)) && len(out) < 5 {
			out = append(out, c.Name)
		}
	}
	return out
}

// ParseTypes checks a type filter, record.Types comma-separated, and
// returns it without spaces. An unknown type is an error wrapping
// ErrInvalid that lists the valid ones.
func ParseTypes(v string) (string, error) {
	var types []string
	for _, t := range strings.Split(v, ",") {
		if t = strings.TrimSpace(t); t == "" {
			continue
		}
		if !slices.Contains(record.Types, t) {
			msg := fmt.Sprintf("type %q: not a type; want one or more of %s, separated by commas", t, strings.Join(record.Types, ", "))
			var near []string
			for _, typ := range record.Types {
				if len(t) >= 3 && strings.Contains(typ, strings.ToLower(t)) {
					near = append(near, typ)
				}
			}
			if len(near) > 0 {
				msg += " (did you mean " + strings.Join(near, ", ") + "?)"
			}
			return "", Invalidf("%s", msg)
		}
		types = append(types, t)
	}
	return strings.Join(types, ","), nil
}

// ParseNear reads "LAT,LON,KM" (spaces allowed around the commas), as
// --near and the API's near parameter take it.
func ParseNear(s string) (*Near, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 3 {
		return nil, Invalidf("near %q: want LAT,LON,KM", s)
	}
	var v [3]float64
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, Invalidf("near %q: %q is not a number", s, strings.TrimSpace(p))
		}
		v[i] = f
	}
	n := &Near{Lat: v[0], Lon: v[1], KM: v[2]}
	if err := n.check(); err != nil {
		return nil, fmt.Errorf("near %q: %w", s, err)
	}
	return n, nil
}

func (n *Near) check() error {
	switch {
	case !(n.Lat >= -90 && n.Lat <= 90):
		return Invalidf("latitude %g is outside -90..90", n.Lat)
	case !(n.Lon >= -180 && n.Lon <= 180):
		return Invalidf("longitude %g is outside -180..180", n.Lon)
	case !(n.KM > 0 && n.KM <= 20038):
		// 20,038 km is half the Earth's circumference: farther is everywhere.
		return Invalidf("radius %g km is outside (0, 20038]", n.KM)
	}
	return nil
}

// Validate checks the parts of f that come from outside and that a store
// would otherwise only reject deep inside a query: dates, the radius, the
// cursor. Errors wrap ErrInvalid.
func (f *Filter) Validate() error {
	for _, d := range []struct{ name, v string }{{"since", f.Since}, {"until", f.Until}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", d.v); err != nil {
			return Invalidf("%s %q: want YYYY-MM-DD", d.name, d.v)
		}
	}
	if f.Near != nil {
		if err := f.Near.check(); err != nil {
			return fmt.Errorf("near: %w", err)
		}
	}
	if q := strings.TrimSpace(f.Text); q != "" && !strings.ContainsFunc(q, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}) {
		return Invalidf("text %q: nothing to search for", f.Text)
	}
	if f.Status != "" && f.Status != StatusRejected && f.Status != StatusAll {
		return Invalidf("status %q: want rejected or all (without it, what is not rejected)", f.Status)
	}
	if f.Limit < 0 {
		return Invalidf("limit %d is negative", f.Limit)
	}
	if f.Cursor != "" {
		if _, _, err := DecodeCursor(f.Cursor); err != nil {
			return err
		}
	}
	return nil
}

// cursorVersion starts every cursor, so that a future change of the sort
// key can refuse old cursors instead of misreading them.
const cursorVersion = "1"

// EncodeCursor makes the opaque Page.Next for keyset pagination: the sort
// key (date, id) of the last incident on a page. The next page starts
// strictly after it, so pages neither skip nor repeat incidents while
// others are being ingested, and deep pages cost what the first one does.
func EncodeCursor(date, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorVersion + "\x00" + date + "\x00" + id))
}

// DecodeCursor reads a cursor made by EncodeCursor. Errors wrap ErrInvalid.
func DecodeCursor(c string) (date, id string, err error) {
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", "", Invalidf("cursor %q: not one of ours", c)
	}
	parts := strings.Split(string(raw), "\x00")
	if len(parts) != 3 || parts[0] != cursorVersion || parts[2] == "" || !utf8.ValidString(string(raw)) {
		return "", "", Invalidf("cursor %q: not one of ours", c)
	}
	if parts[1] != "" {
		if _, err := time.Parse("2006-01-02", parts[1]); err != nil {
			return "", "", Invalidf("cursor %q: not one of ours", c)
		}
	}
	return parts[1], parts[2], nil
}

// invalid is an error about bad outside input: errors.Is(err, ErrInvalid)
// holds, and the message is only what went wrong.
type invalid struct{ msg string }

func (e *invalid) Error() string        { return e.msg }
func (e *invalid) Is(target error) bool { return target == ErrInvalid }

// Invalidf returns an error about bad outside input that errors.Is
// recognizes as ErrInvalid.
func Invalidf(format string, args ...any) error {
	return &invalid{fmt.Sprintf(format, args...)}
}

// ParseChangeCursor reads a change-log cursor: the Seq of the last change
// a reader has seen, in decimal as the API gives it out ("next", an event
// id), or "" for the start. Only the canonical form is accepted (no sign,
// no leading zero), so a cursor parses back to the text it came from.
// Errors wrap ErrInvalid.
func ParseChangeCursor(c string) (int64, error) {
	if c == "" {
		return 0, nil
	}
	if len(c) > 1 && c[0] == '0' || strings.TrimLeft(c, "0123456789") != "" {
		return 0, Invalidf("cursor %q: not a change sequence number", c)
	}
	n, err := strconv.ParseInt(c, 10, 64)
	if err != nil {
		return 0, Invalidf("cursor %q: not a change sequence number", c)
	}
	return n, nil
}
