package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/merge"
	"github.com/sitrep/sitrep/internal/record"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func f(v float64) *float64 { return &v }

// incidents are hand-written merged records: a bombing reported twice, an
// unlocated kidnapping an analyst confirmed and corrected, and a record
// whose text tries spreadsheet formulas, rejected.
func incidents() []record.Merged {
	bogota := &record.Location{Place: "Bogota", Admin1: "Bogota D.C.", Country: "Colombia", CountryCode: "CO",
		Lat: f(4.6097), Lon: f(-74.0818), GeonamesID: 3688689, Precision: record.GeoPlace}
	early := merge.Member{ID: "a1", Source: record.Source{Doc: "early", Date: "2019-01-17", Title: "Car bomb at police academy", Outlet: "Wire A"},
		Incident: record.Incident{Type: record.Bombing, Date: "2019-01-17", DatePrecision: "day", Location: bogota,
			Killed:   &record.Count{Min: record.IntPtr(10), Max: record.IntPtr(10)},
			Targets:  []record.Target{{Name: "police academy", Category: "security_forces"}},
			Weapons:  []string{"vehicle_bomb"},
			Evidence: []record.Evidence{{Field: "killed", Start: 4, End: 20, Text: "ten people died"}}, Confidence: 0.7}}
	late := merge.Member{ID: "b2", Source: record.Source{Doc: "late", Date: "2019-01-18", Title: "Toll rises to 21", URL: "https://example.org/late", Outlet: "Wire B"},
		Incident: record.Incident{Type: record.Bombing, Date: "2019-01-17", DatePrecision: "day", Location: bogota,
			Perpetrators: []record.Perpetrator{{Name: "National Liberation Army", Attribution: record.Suspected, Kind: "group"}},
			Killed:       &record.Count{Min: record.IntPtr(21), Max: record.IntPtr(21)},
			Injured:      &record.Count{Min: record.IntPtr(68)},
			Evidence:     []record.Evidence{{Field: "perpetrators[0]", Start: 30, End: 54, Text: "National Liberation Army"}}, Confidence: 0.9}}
	kidnap := merge.Member{ID: "c3", Source: record.Source{Doc: "kid", Date: "2020-12-12", Title: "Schoolboys taken"},
		Incident: record.Incident{Type: record.Kidnapping, Date: "2020-12-11", DatePrecision: "day",
			Location:  &record.Location{Admin1: "Katsina", Country: "Nigeria", CountryCode: "NG", Precision: record.GeoAdmin1},
			Kidnapped: &record.Count{Min: record.IntPtr(300)}, Evidence: []record.Evidence{}, Confidence: 0.6}}
	hostile := merge.Member{ID: "d4", Source: record.Source{Doc: "=cmd|' /C calc'!A0", Date: "2021-01-01", Title: "@SUM(1+1)"},
		Incident: record.Incident{Type: record.Riot, Perpetrators: []record.Perpetrator{{Name: "-mob, \"angry\"", Attribution: record.Unknown}},
			Evidence: []record.Evidence{}}}
	ms := []record.Merged{merge.Combine([]merge.Member{early, late}), merge.Combine([]merge.Member{kidnap}), merge.Combine([]merge.Member{hostile})}
	ms[1].Status = record.Confirmed
	ms[1].Review = &record.Review{Corrected: []string{"date", "killed"}, History: []record.ReviewEntry{
		{ID: 1, Action: "status", Before: []byte(`"unreviewed"`), After: []byte(`"confirmed"`), User: "ana", At: "2026-12-05T10:00:00Z"}}}
	ms[2].Status = record.Rejected
	return ms
}

func write(t *testing.T, format string, ms []record.Merged) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	for i := range ms {
		if err := w.Write(&ms[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			got := write(t, format, incidents())
			path := filepath.Join("testdata", "incidents."+format)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (go test -update rewrites it):\n%s", format, path, got)
			}
		})
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	in := incidents()
	sc := bufio.NewScanner(bytes.NewReader(write(t, "jsonl", in)))
	var out []record.Merged
	for sc.Scan() {
		var m record.Merged
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %d: %v", len(out)+1, err)
		}
		out = append(out, m)
	}
	if !reflect.DeepEqual(out, in) {
		t.Errorf("JSONL does not round-trip:\n%+v\nwant\n%+v", out, in)
	}
}

func TestCSV(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(write(t, "csv", incidents()))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 {
		t.Fatalf("%d rows, want a header and 3", len(rows))
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	acled := strings.Fields("event_id event_date event_type sub_event_type actor1 actor2 country iso admin1 location latitude longitude geo_precision fatalities injuries source notes")
	for i, name := range acled {
		if rows[0][i] != name {
			t.Errorf("column %d = %q, want %q", i, rows[0][i], name)
		}
	}
	checks := []struct {
		row       int
		col, want string
	}{
		{1, "event_id", "a1"},
		{1, "event_type", "Explosions/Remote violence"},
		{1, "fatalities", "21"},
		{1, "injuries", "68"},
		{1, "longitude", "-74.0818"},
		{1, "source", "Wire A; Wire B"},
		{1, "actor1", "National Liberation Army"},
		{2, "fatalities", ""},
		{2, "kidnapped_min", "300"},
		{2, "geo_precision", "3"},
		{2, "sub_event_type", "Abduction/forced disappearance"},
		{3, "actor1", `'-mob, "angry"`},
		{3, "source_docs", "'=cmd|' /C calc'!A0"},
		{1, "status", "unreviewed"},
		{1, "corrected", ""},
		{2, "status", "confirmed"},
		{2, "corrected", "date; killed"},
		{3, "status", "rejected"},
	}
	if last := rows[0][len(rows[0])-2:]; last[0] != "status" || last[1] != "corrected" {
		t.Errorf("last columns %q, want status and corrected, added at the end", last)
	}
	for _, c := range checks {
		if got := rows[c.row][col[c.col]]; got != c.want {
			t.Errorf("row %d %s = %q, want %q", c.row, c.col, got, c.want)
		}
	}
}

func TestGeoJSON(t *testing.T) {
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Type     string `json:"type"`
			ID       string `json:"id"`
			Geometry *struct {
				Type        string    `json:"type"`
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(write(t, "geojson", incidents()), &fc); err != nil {
		t.Fatal(err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 3 {
		t.Fatalf("got %s with %d features, want a FeatureCollection of 3", fc.Type, len(fc.Features))
	}
	first := fc.Features[0]
	if first.Geometry == nil || first.Geometry.Type != "Point" || first.Geometry.Coordinates[0] != -74.0818 || first.Geometry.Coordinates[1] != 4.6097 {
		t.Errorf("first geometry = %+v, want Point [-74.0818, 4.6097]", first.Geometry)
	}
	if first.Properties["fatalities"] != 21.0 || first.Properties["event_id"] != "a1" {
		t.Errorf("first properties = %v", first.Properties)
	}
	for i, want := range []string{"unreviewed", "confirmed", "rejected"} {
		if got := fc.Features[i].Properties["status"]; got != want {
			t.Errorf("feature %d status = %v, want %s", i, got, want)
		}
	}
	if fc.Features[1].Geometry != nil {
		t.Errorf("unlocated incident has geometry %+v, want null", fc.Features[1].Geometry)
	}
	var empty map[string]any
	if err := json.Unmarshal(write(t, "geojson", nil), &empty); err != nil || len(empty["features"].([]any)) != 0 {
		t.Errorf("empty collection = %v, %v", empty, err)
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("xlsx", &bytes.Buffer{}); err == nil {
		t.Error("New(xlsx) succeeded, want an error")
	}
}

func FuzzAppendJSON(f *testing.F) {
	for _, s := range []string{"", "plain", `quo"te \ back`, "tab\tnew\nline\r\x00\x1f", "é ü 中", "\xff\xfe bad", "\u2028\u2029", "<script>&"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := appendJSON(nil, s)
		var got string
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("appendJSON(%q) = %s: not a JSON string: %v", s, out, err)
		}
		// Each invalid byte becomes U+FFFD, as encoding/json does.
		var want strings.Builder
		for _, r := range s {
			want.WriteRune(r)
		}
		if got != want.String() {
			t.Fatalf("appendJSON(%q) reads back as %q, want %q", s, got, want.String())
		}
	})
}
