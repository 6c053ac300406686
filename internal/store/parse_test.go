package store

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

func TestParseNear(t *testing.T) {
	tests := []struct {
		in      string
		want    Near
		wantErr string
	}{
		{"34.52,69.18,10", Near{34.52, 69.18, 10}, ""},
		{" -33.9 , 18.4 , 2.5 ", Near{-33.9, 18.4, 2.5}, ""},
		{"90,-180,20038", Near{90, -180, 20038}, ""},
		{"34.52,69.18", Near{}, "want LAT,LON,KM"},
		{"34.52,69.18,10,1", Near{}, "want LAT,LON,KM"},
		{"north,69.18,10", Near{}, `"north" is not a number`},
		{"NaN,0,10", Near{}, `"NaN" is not a number`},
		{"0,Inf,10", Near{}, `"Inf" is not a number`},
		{"91,0,10", Near{}, "latitude 91 is outside"},
		{"0,180.5,10", Near{}, "longitude 180.5 is outside"},
		{"0,0,0", Near{}, "radius 0 km is outside"},
		{"0,0,-5", Near{}, "radius -5 km is outside"},
		{"", Near{}, "want LAT,LON,KM"},
	}
	for _, tt := range tests {
		got, err := ParseNear(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !errors.Is(err, ErrInvalid) {
				t.Errorf("ParseNear(%q) error = %v, want one containing %q and wrapping ErrInvalid", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || *got != tt.want {
			t.Errorf("ParseNear(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func FuzzParseNear(f *testing.F) {
	for _, s := range []string{"34.52,69.18,10", "0,0,0", "1e308,1,1", "-90,-180,0.001", ",,", "0x1p-2,0,1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNear(s)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("ParseNear(%q): error %v does not wrap ErrInvalid", s, err)
			}
			return
		}
		for _, v := range []float64{n.Lat, n.Lon, n.KM} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("ParseNear(%q) = %+v: not finite", s, n)
			}
		}
		if n.Lat < -90 || n.Lat > 90 || n.Lon < -180 || n.Lon > 180 || n.KM <= 0 {
			t.Fatalf("ParseNear(%q) = %+v: out of range", s, n)
		}
	})
}

func TestCursor(t *testing.T) {
	for _, k := range [][2]string{{"2019-01-17", "abc123"}, {"", "undated"}, {"2020-02-29", "id with spaces/and slashes"}} {
		c := EncodeCursor(k[0], k[1])
		date, id, err := DecodeCursor(c)
		if err != nil || date != k[0] || id != k[1] {
			t.Errorf("DecodeCursor(EncodeCursor(%q, %q)) = %q, %q, %v", k[0], k[1], date, id, err)
		}
		if strings.ContainsAny(c, "+/=?&#") {
			t.Errorf("cursor %q is not URL-safe", c)
		}
	}
	for _, bad := range []string{"", "!!!", EncodeCursor("yesterday", "x"), EncodeCursor("2019-01-17", "")} {
		if _, _, err := DecodeCursor(bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("DecodeCursor(%q): err = %v, want ErrInvalid", bad, err)
		}
	}
}

func FuzzDecodeCursor(f *testing.F) {
	f.Add(EncodeCursor("2019-01-17", "abc"))
	f.Add(EncodeCursor("", "x"))
	f.Add("MQAyMDE5LTAxLTE3AGFiYw")
	f.Add("not a cursor")
	f.Fuzz(func(t *testing.T, c string) {
		date, id, err := DecodeCursor(c)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("DecodeCursor(%q): error %v does not wrap ErrInvalid", c, err)
			}
			return
		}
		if id == "" || !utf8.ValidString(id) || !utf8.ValidString(date) {
			t.Fatalf("DecodeCursor(%q) = %q, %q: want a valid key", c, date, id)
		}
		// What decodes must encode back to a cursor with the same key.
		d2, id2, err := DecodeCursor(EncodeCursor(date, id))
		if err != nil || d2 != date || id2 != id {
			t.Fatalf("round trip of %q, %q = %q, %q, %v", date, id, d2, id2, err)
		}
	})
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		f    Filter
		ok   bool
	}{
		{"zero", Filter{}, true},
		{"dates", Filter{Since: "2020-01-01", Until: "2020-12-31"}, true},
		{"bad since", Filter{Since: "2020-1-1"}, false},
		{"bad until", Filter{Until: "tomorrow"}, false},
		{"bad near", Filter{Near: &Near{Lat: 0, Lon: 200, KM: 1}}, false},
		{"text without words", Filter{Text: " -- "}, false},
		{"negative limit", Filter{Limit: -1}, false},
		{"bad cursor", Filter{Cursor: "%%%"}, false},
	}
	for _, tt := range tests {
		err := tt.f.Validate()
		if (err == nil) != tt.ok || err != nil && !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: Validate() = %v, want ok=%v", tt.name, err, tt.ok)
		}
	}
}

func TestContentHash(t *testing.T) {
	base := doc.Document{ID: "a", Date: "2020-01-01", Title: "T", Text: "body", Path: "a.txt"}
	same := base
	same.ID, same.Path, same.URL = "b", "elsewhere/b.txt", "https://example.org"
	if ContentHash(&base) != ContentHash(&same) {
		t.Error("hash depends on the id, path or URL")
	}
	// Moving bytes between fields must change the hash.
	shifted := base
	shifted.Title, shifted.Text = "Tb", "ody"
	for _, d := range []doc.Document{shifted, {Date: "2020-01-02", Title: "T", Text: "body"}} {
		if ContentHash(&base) == ContentHash(&d) {
			t.Errorf("%+v hashes like %+v", d, base)
		}
	}
}

func TestParseCountriesAndTypes(t *testing.T) {
	for _, tt := range []struct {
		in, want, err string
	}{
		{"", "", ""},
		{"PK", "PK", ""},
		{"pk, afg ,Somalia", "PK,AF,SO", ""},
		{"Pakistan,PK", "PK", ""},
		{"Congo", "CD,CG", ""},
		{"Narnia", "", `country "Narnia": not a country`},
		{"Guinea-Conakry", "", "did you mean"},
	} {
		got, err := ParseCountries(tt.in)
		if got != tt.want || (err == nil) != (tt.err == "") || err != nil && (!strings.Contains(err.Error(), tt.err) || !errors.Is(err, ErrInvalid)) {
			t.Errorf("ParseCountries(%q) = %q, %v; want %q, %q", tt.in, got, err, tt.want, tt.err)
		}
	}
	for _, tt := range []struct {
		in, want, err string
	}{
		{"", "", ""},
		{"bombing, riot", "bombing,riot", ""},
		{"bomb", "", "did you mean bombing, suicide_bombing?"},
		{"massacre", "", "want one or more of armed_assault, bombing"},
	} {
		got, err := ParseTypes(tt.in)
		if got != tt.want || (err == nil) != (tt.err == "") || err != nil && (!strings.Contains(err.Error(), tt.err) || !errors.Is(err, ErrInvalid)) {
			t.Errorf("ParseTypes(%q) = %q, %v; want %q, %q", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestParseChangeCursor(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int64
		ok   bool
	}{
		{"start", "", 0, true},
		{"zero", "0", 0, true},
		{"seq", "42", 42, true},
		{"largest", "9223372036854775807", math.MaxInt64, true},
		{"overflow", "9223372036854775808", 0, false},
		{"negative", "-1", 0, false},
		{"plus", "+1", 0, false},
		{"leading zero", "007", 0, false},
		{"space", " 1", 0, false},
		{"page cursor", EncodeCursor("2019-01-17", "abc"), 0, false},
		{"hex", "0x10", 0, false},
		{"arabic-indic digits", "١٢", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseChangeCursor(tt.in)
		if tt.ok && (err != nil || got != tt.want) {
			t.Errorf("%s: ParseChangeCursor(%q) = %d, %v, want %d", tt.name, tt.in, got, err, tt.want)
		}
		if !tt.ok && !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: ParseChangeCursor(%q) = %d, %v, want ErrInvalid", tt.name, tt.in, got, err)
		}
	}
}

// FuzzParseChangeCursor checks that a change cursor either parses to a
// seq that prints back as the same text, or is refused with ErrInvalid.
func FuzzParseChangeCursor(f *testing.F) {
	for _, seed := range []string{"", "0", "17", "9223372036854775807", "9223372036854775808", "-3", "007", "1e3", "MQAy"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, c string) {
		n, err := ParseChangeCursor(c)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("ParseChangeCursor(%q): error %v does not wrap ErrInvalid", c, err)
			}
			return
		}
		if n < 0 {
			t.Fatalf("ParseChangeCursor(%q) = %d, negative", c, n)
		}
		if back := strconv.FormatInt(n, 10); c != "" && back != c {
			t.Fatalf("ParseChangeCursor(%q) = %d, which prints as %q", c, n, back)
		}
	})
}
