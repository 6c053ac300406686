package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/record"
)

// FuzzParseFilter checks that any query string either gives a filter the
// store can run, or a 400: never a panic, never a 500.
func FuzzParseFilter(f *testing.F) {
	for _, seed := range []string{
		"", "since=2024-01-01&until=2024-12-31", "country=pk,af&type=bombing,riot", "near=33.7,73.1,25",
		"q=suicide+bomber&actor=TTP&limit=50", "limit=1000&cursor=MQAyMDI0LTAzLTA1AGFiYw", "near=NaN,0,1",
		"limit=-1", "since=2024-02-30", "country=P", "type=", "contry=PK", "q=%zz", "near=1e999,0,1",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		for _, paged := range []bool{true, false} {
			flt, err := parseFilter(q, paged)
			if err != nil {
				if status, _ := errorStatus(context.Background(), err); status != http.StatusBadRequest {
					t.Fatalf("%q: error %v maps to %d, want 400", raw, err, status)
				}
				continue
			}
			for _, d := range []string{flt.Since, flt.Until} {
				if _, err := time.Parse(time.DateOnly, d); d != "" && err != nil {
					t.Fatalf("%q: accepted date %q", raw, d)
				}
			}
			if flt.Since != "" && flt.Until != "" && flt.Since > flt.Until {
				t.Fatalf("%q: since %s after until %s", raw, flt.Since, flt.Until)
			}
			if paged && (flt.Limit < 1 || flt.Limit > MaxLimit) || !paged && flt.Limit != 0 {
				t.Fatalf("%q: limit %d", raw, flt.Limit)
			}
			if flt.Country != "" {
				for _, c := range strings.Split(flt.Country, ",") {
					if len(c) != 2 || strings.ToUpper(c) != c {
						t.Fatalf("%q: country %q", raw, c)
					}
				}
			}
			if flt.Type != "" {
				for _, typ := range strings.Split(flt.Type, ",") {
					if !slices.Contains(record.Types, typ) {
						t.Fatalf("%q: type %q", raw, typ)
					}
				}
			}
			if len(flt.Actor) > maxTextParam || len(flt.Text) > maxTextParam {
				t.Fatalf("%q: unbounded text filter", raw)
			}
			if n := flt.Near; n != nil && !(n.Lat >= -90 && n.Lat <= 90 && n.Lon >= -180 && n.Lon <= 180 && n.KM > 0) {
				t.Fatalf("%q: near %+v", raw, *n)
			}
		}
	})
}

// FuzzDecodeDocuments checks that any POST body either gives documents
// that can be stored, or a 400 or 413 naming the problem.
func FuzzDecodeDocuments(f *testing.F) {
	for _, seed := range []string{
		`{"id": "a", "date": "2024-01-02", "title": "T", "text": "Body."}`,
		"{\"text\": \"one\"}\n{\"text\": \"two\", \"id\": 7}\n",
		"{\n \"text\": \"pretty\"\n}",
		"date 2024-01-02 Headline\n\nBody of a dated text.\n",
		`{"text": "bad \xff byte"}`,
		`[1, 2]`, `{"text": 5}`, `{"text": "x", "date": "yesterday"}`, "\x1f\x8b\x08", "",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		docs, err := decodeDocuments(body)
		if err != nil {
			status, msg := errorStatus(context.Background(), err)
			if status != http.StatusBadRequest && status != http.StatusRequestEntityTooLarge || msg == "" {
				t.Fatalf("error %v maps to %d", err, status)
			}
			return
		}
		if len(docs) == 0 || len(docs) > maxPostedDocuments {
			t.Fatalf("%d documents", len(docs))
		}
		for _, d := range docs {
			if d.ID == "" || !utf8.ValidString(d.ID) || !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) {
				t.Fatalf("document %+v: empty id or invalid UTF-8", d)
			}
			if d.Date != "" {
				if _, err := time.Parse(time.DateOnly, d.Date); err != nil {
					t.Fatalf("document date %q", d.Date)
				}
			}
		}
	})
}

// FuzzPostedBody checks the checks in front of decodeDocuments: any
// Content-Type and body is accepted or refused with 400, never a panic,
// and a body that is valid JSON but not an object is always refused.
func FuzzPostedBody(f *testing.F) {
	for _, seed := range []struct{ ct, body string }{
		{"", `{"id": "a", "date": "2024-01-01", "text": "t"}`}, {"application/json", "[1]"}, {"text/plain", "null"},
		{"application/x-www-form-urlencoded", "a=b"}, {"application/json; charset=utf-8", "{}\n\"s\"\n"},
		{"multipart/form-data; boundary=x", "--x--"}, {"application/json; =", "{}"}, {"", " 42 "},
	} {
		f.Add(seed.ct, seed.body)
	}
	f.Fuzz(func(t *testing.T, ct, body string) {
		isJSON, err := postedType(ct)
		if err == nil {
			err = onlyObjects([]byte(body), isJSON)
		}
		if err != nil {
			if status, _ := errorStatus(context.Background(), err); status != http.StatusBadRequest {
				t.Fatalf("%q %q: error %v maps to %d, want 400", ct, body, err, status)
			}
			return
		}
		if trimmed := strings.TrimSpace(body); trimmed != "" && trimmed[0] != '{' && json.Valid([]byte(trimmed)) {
			t.Fatalf("%q %q: a JSON non-object accepted", ct, body)
		}
	})
}

// FuzzParseChangeQuery checks that any query string and Last-Event-ID
// either give a cursor and limit the store can run, or a 400.
func FuzzParseChangeQuery(f *testing.F) {
	for _, seed := range [][2]string{
		{"", ""}, {"since=42&limit=10&records=1", ""}, {"since=0", "17"}, {"since=-1", ""}, {"limit=1001", ""},
		{"since=007", ""}, {"records=maybe", ""}, {"", "9223372036854775808"}, {"since=%zz", ""}, {"cursor=1", ""},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, raw, lastEventID string) {
		cq, err := parseChangeQuery(raw, lastEventID)
		if err != nil {
			if status, _ := errorStatus(context.Background(), err); status != http.StatusBadRequest {
				t.Fatalf("%q, %q: error %v maps to %d, want 400", raw, lastEventID, err, status)
			}
			return
		}
		if cq.since < 0 || cq.limit < 1 || cq.limit > MaxLimit {
			t.Fatalf("%q, %q: since %d, limit %d", raw, lastEventID, cq.since, cq.limit)
		}
	})
}
