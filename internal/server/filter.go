package server

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

// Page sizes of GET /api/incidents: a page bigger than MaxLimit would let one
// request hold the server for seconds, so it is refused rather than clamped.
const (
	DefaultLimit = 100
	MaxLimit     = store.MaxPage
)

// filterParams are the query parameters every filtered endpoint accepts;
// pageParams are the ones only paged endpoints add.
var (
	filterParams = []string{"since", "until", "country", "type", "actor", "near", "q", "text", "status"}
	pageParams   = []string{"limit", "cursor"}
)

// parseFilter reads the filters shared with `sitrep export` from a query
// string. extra names further parameters the endpoint reads itself; any
// other parameter is an error, so that a misspelt filter ("contry=PK")
// fails loudly instead of silently returning everything.
func parseFilter(q url.Values, paged bool, extra ...string) (store.Filter, error) {
	var f store.Filter
	for name, vs := range q {
		known := slices.Contains(filterParams, name) || slices.Contains(extra, name) ||
			paged && slices.Contains(pageParams, name)
		if !known {
			return f, badRequest("unknown parameter %q", name)
		}
		if len(vs) > 1 {
			return f, badRequest("parameter %q given %d times", name, len(vs))
		}
	}
	var err error
	if f.Since, err = parseDay(q, "since"); err != nil {
		return f, err
	}
	if f.Until, err = parseDay(q, "until"); err != nil {
		return f, err
	}
	if f.Since != "" && f.Until != "" && f.Since > f.Until {
		return f, badRequest("since %s is after until %s", f.Since, f.Until)
	}
	// country and type take one value or several separated by commas;
	// countries as codes or names, as `sitrep export` takes them. Their
	// errors wrap store.ErrInvalid: a 400.
	if f.Country, err = store.ParseCountries(q.Get("country")); err != nil {
		return f, err
	}
	if f.Type, err = store.ParseTypes(q.Get("type")); err != nil {
		return f, err
	}
	if f.Actor, err = parseText(q, "actor"); err != nil {
		return f, err
	}
	// The full-text filter is q, or text as the CLI's --text names it.
	textParam := "q"
	if q.Has("text") {
		if q.Has("q") {
			return f, badRequest("give q or text, not both: they are the same filter")
		}
		textParam = "text"
	}
	if f.Text, err = parseText(q, textParam); err != nil {
		return f, err
	}
	// Rejected incidents are left out unless asked for.
	f.Status = q.Get("status")
	if f.Status != "" && f.Status != store.StatusRejected && f.Status != store.StatusAll {
		return f, badRequest("status %q: want rejected or all (without it, the incidents not rejected)", f.Status)
	}
	if n := q.Get("near"); n != "" {
		if f.Near, err = store.ParseNear(n); err != nil {
			return f, err // wraps store.ErrInvalid: a 400
		}
	}
	if !paged {
		return f, nil
	}
	f.Limit = DefaultLimit
	if l := q.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > MaxLimit {
			return f, badRequest("limit %q: want a whole number from 1 to %d", l, MaxLimit)
		}
		f.Limit = n
	}
	f.Cursor = q.Get("cursor")
	if len(f.Cursor) > 512 {
		return f, badRequest("cursor is %d bytes long; cursors come from the \"next\" of a previous page", len(f.Cursor))
	}
	return f, f.Validate() // checks the cursor; its errors wrap store.ErrInvalid
}

func parseDay(q url.Values, name string) (string, error) {
	v := q.Get(name)
	if v == "" {
		return "", nil
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		return "", badRequest("%s %q: want a date as YYYY-MM-DD", name, v)
	}
	return v, nil
}

// maxTextParam bounds free-text filters; a longer one is not a search an
// analyst typed.
const maxTextParam = 200

func parseText(q url.Values, name string) (string, error) {
	v := strings.TrimSpace(q.Get(name))
	if len(v) > maxTextParam {
		return "", badRequest("%s is %d bytes long; the limit is %d", name, len(v), maxTextParam)
	}
	return v, nil
}
