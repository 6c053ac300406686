package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/gazetteer"
)

// decodeGeocode parses geocode's output into one map per line, keeping
// every key so that the test sees the exact line shape.
func decodeGeocode(t *testing.T, out string) []map[string]any {
	t.Helper()
	var lines []map[string]any
	for i, line := range strings.SplitAfter(out, "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("output line %d: %v: %q", i+1, err, line)
		}
		lines = append(lines, m)
	}
	return lines
}

// The binary end to end: context picks Tripoli in Lebanon, every key of
// the line is there, an unknown name gets an error line after the
// found ones and the exit status is 1.
func TestGeocodeCLI(t *testing.T) {
	r := runSitrep(t, "", nil, "geocode", "--country", "LB", "Tripoli", "Xyzzyqville", "Sana’a")
	if r.code != 1 {
		t.Errorf("exit status %d, want 1 (a name not found)\nstderr: %s", r.code, r.stderr)
	}
	lines := decodeGeocode(t, r.stdout)
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3:\n%s", len(lines), r.stdout)
	}
	for _, k := range []string{"query", "place", "admin1", "country", "country_code", "lat", "lon", "geonames_id", "population", "precision"} {
		if _, ok := lines[0][k]; !ok {
			t.Errorf("line 1 has no %q: %v", k, lines[0])
		}
	}
	if lines[0]["query"] != "Tripoli" || lines[0]["country_code"] != "LB" || lines[0]["precision"] != "place" {
		t.Errorf("line 1 = %v, want Tripoli, Lebanon", lines[0])
	}
	lat, _ := lines[0]["lat"].(float64)
	lon, _ := lines[0]["lon"].(float64)
	if d := gazetteer.DistanceKm(lat, lon, 34.44, 35.84); d > 25 {
		t.Errorf("Tripoli at %v,%v is %.0f km from Tripoli, Lebanon", lat, lon, d)
	}
	if len(lines[1]) != 2 || lines[1]["query"] != "Xyzzyqville" || lines[1]["error"] != "not found" {
		t.Errorf("line 2 = %v, want {query, error: not found}", lines[1])
	}
	if lines[2]["country_code"] != "YE" || lines[2]["query"] != "Sana’a" {
		t.Errorf("line 3 = %v, want Sanaa, Yemen", lines[2])
	}
	if !strings.Contains(r.stderr, "1 of 3 names not found") {
		t.Errorf("stderr %q does not say how many names were not found", r.stderr)
	}
}

// In process: names from stdin, a division and a country resolve with
// their precision, and success exits 0.
func TestGeocodeStdin(t *testing.T) {
	var stdout, stderr bytes.Buffer
	e := env{stdin: strings.NewReader("Sindh\n\n  Ivory Coast \nHyderabad\n"), stdout: &stdout, stderr: &stderr}
	if err := run(context.Background(), e, []string{"geocode", "--admin1", "Sindh"}); err != nil {
		t.Fatalf("geocode: %v\nstderr: %s", err, stderr.String())
	}
	lines := decodeGeocode(t, stdout.String())
	want := []struct{ query, cc, precision string }{
		{"Sindh", "PK", "admin1"}, {"Ivory Coast", "CI", "country"}, {"Hyderabad", "PK", "place"},
	}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), stdout.String())
	}
	for i, w := range want {
		if lines[i]["query"] != w.query || lines[i]["country_code"] != w.cc || lines[i]["precision"] != w.precision {
			t.Errorf("line %d = %v, want %s in %s at %s precision", i+1, lines[i], w.query, w.cc, w.precision)
		}
	}
}

func TestGeocodeBadCountry(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr},
		[]string{"geocode", "--country", "QQ", "Kabul"})
	if err == nil || !strings.Contains(err.Error(), `"QQ"`) {
		t.Errorf("geocode --country QQ: err = %v, want an unknown country error", err)
	}
	if stdout.Len() != 0 {
		t.Errorf("printed %q before failing", stdout.String())
	}
}
