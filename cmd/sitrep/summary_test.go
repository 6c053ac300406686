package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// summaryCases are hand-built results, so that the golden file tests the
// layout whatever the extractor finds.
func summaryCases() []record.Result {
	lat, lon := 34.5553, 69.2075
	ip := record.IntPtr
	return []record.Result{
		{
			Doc: record.Doc{ID: "kabul-1", Date: "2020-03-05", Title: "Gunmen kill seven in Kabul", Path: "in/kabul-1.html", URL: "https://example.org/kabul-1"},
			Incidents: []record.Incident{{
				Type: record.ArmedAssault, Date: "2020-03-04", DatePrecision: record.PrecisionDay,
				Location:     &record.Location{Place: "Kabul", Admin1: "Kabul", Country: "Afghanistan", CountryCode: "AF", Lat: &lat, Lon: &lon, Precision: record.GeoPlace},
				Perpetrators: []record.Perpetrator{{Name: "IS-K", Canonical: "Islamic State Khorasan Province", Attribution: record.Claimed}, {Name: "gunmen", Attribution: record.Unknown}},
				Targets:      []record.Target{{Name: "police checkpoint", Category: "security_forces"}},
				Weapons:      []string{"firearms", "suicide_explosives"},
				Killed:       &record.Count{Min: ip(7), Max: ip(7), ByParty: map[string]int{record.SecurityForces: 5, record.Perpetrators: 2}},
				Injured:      &record.Count{Min: ip(3), Max: ip(9)},
				Kidnapped:    &record.Count{Max: ip(2)},
				Victims:      []record.Victim{{Name: "Ahmad Shah", Effect: "killed"}},
				Evidence: []record.Evidence{
					{Field: "type", Start: 0, End: 6, Text: "Gunmen", In: "title"},
					{Field: "date", Start: 40, End: 49, Text: "Wednesday"},
					{Field: "location", Start: 20, End: 25, Text: "Kabul", In: "title"},
					{Field: "perpetrators[0]", Start: 100, End: 104, Text: "IS-K"},
					{Field: "perpetrators[0].attribution", Start: 105, End: 112, Text: "claimed"},
					{Field: "perpetrators[1]", Start: 0, End: 6, Text: "Gunmen", In: "title"},
					{Field: "targets[0]", Start: 60, End: 77, Text: "police checkpoint"},
					{Field: "weapons.firearms", Start: 0, End: 6, Text: "Gunmen", In: "title"},
					{Field: "killed", Start: 78, End: 91, Text: "killing seven"},
					{Field: "killed.security_forces", Start: 92, End: 110, Text: "five police officers"},
					{Field: "injured", Start: 120, End: 140, Text: "between three and nine \"wounded\""},
					{Field: "kidnapped", Start: 150, End: 160, Text: "up to two"},
					{Field: "victims[0]", Start: 170, End: 180, Text: "Ahmad Shah", Doc: "kabul-2"},
				},
				Confidence: 0.9,
			}, {
				Type: record.OtherViolence, Date: "2020", DatePrecision: record.PrecisionYear,
				Perpetrators: []record.Perpetrator{{Name: "unknown", Attribution: record.Unknown}},
				Confidence:   0.3,
			}},
		},
		{Doc: record.Doc{ID: "quiet", Path: "in/quiet.txt"}},
	}
}

func TestWriteSummary(t *testing.T) {
	var b bytes.Buffer
	for _, res := range summaryCases() {
		if err := writeSummary(&b, &res); err != nil {
			t.Fatal(err)
		}
	}
	golden := filepath.Join("testdata", "summary.golden")
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("summary differs from %s (go test -run TestWriteSummary -update, then review the diff):\n%s", golden, got)
	}
}

func TestCountText(t *testing.T) {
	ip := record.IntPtr
	for _, tt := range []struct {
		c    *record.Count
		want string
	}{
		{nil, "unknown"},
		{&record.Count{}, "unknown"},
		{&record.Count{Min: ip(5), Max: ip(5)}, "5"},
		{&record.Count{Min: ip(5)}, "at least 5"},
		{&record.Count{Min: ip(5), Max: ip(8)}, "5 to 8"},
		{&record.Count{Max: ip(8)}, "up to 8"},
		{&record.Count{Min: ip(3), ByParty: map[string]int{record.Civilians: 2, record.PartyUnknown: 1}}, "at least 3 (civilians 2, unknown 1)"},
	} {
		if got := countText(tt.c); got != tt.want {
			t.Errorf("countText(%+v) = %q, want %q", tt.c, got, tt.want)
		}
	}
}

// The binary: --format text reads as a summary; another format is a usage
// error; --version and version name the build.
func TestPlainReadingCLI(t *testing.T) {
	r := runSitrep(t, "", nil, "extract", "--format", "text", "testdata/eval/news/001_gao-market-bomb.txt")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"== 001_gao-market-bomb  2021-03-05", "[1/1] ", "    what ", "    when ", "    where ", "    who ", "    killed ", "      \""} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, r.stdout)
		}
	}
	if r := runSitrep(t, "", nil, "extract", "--format", "xml", "testdata/eval/news"); r.code != 2 || !strings.Contains(r.stderr, "want json or text") {
		t.Errorf("--format xml: exit %d\n%s", r.code, r.stderr)
	}
	for _, args := range [][]string{{"--version"}, {"version"}} {
		r := runSitrep(t, "", nil, args...)
		if r.code != 0 || !strings.HasPrefix(r.stdout, "sitrep ") || !strings.Contains(r.stdout, "go1.") {
			t.Errorf("sitrep %s: exit %d, stdout %q", args[0], r.code, r.stdout)
		}
	}
}
