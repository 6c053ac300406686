package store

import (
	"reflect"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
)

// TestNewIncidentRow checks the columns an incident is stored with: the
// country code upper-cased and its name lower-cased, a point only when
// both coordinates are known, the least number killed only when given.
func TestNewIncidentRow(t *testing.T) {
	lat, lon, five := 2.04, 45.34, 5
	tests := []struct {
		name string
		m    record.Merged
		want IncidentRow
	}{
		{"nothing known", record.Merged{}, IncidentRow{}},
		{"located with a toll", record.Merged{Incident: record.Incident{
			Location:     &record.Location{Country: "Somalia", CountryCode: "so", Admin1: "Banaadir", Lat: &lat, Lon: &lon},
			Killed:       &record.Count{Min: &five},
			Perpetrators: []record.Perpetrator{{Name: "al-Shabab", Canonical: "al-Shabaab"}},
		}}, IncidentRow{Country: "SO", CountryName: "somalia", Admin1: "Banaadir", Lat: &lat, Lon: &lon, Killed: ptr(int64(5)),
			ActorKeys: []string{"al", "al shabaab", "al shabab", "shabaab", "shabab"}}},
		{"latitude alone is no point", record.Merged{Incident: record.Incident{
			Location: &record.Location{Country: "Somalia", CountryCode: "SO", Lat: &lat},
			Killed:   &record.Count{},
		}}, IncidentRow{Country: "SO", CountryName: "somalia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NewIncidentRow(&tt.m)
			if err != nil {
				t.Fatal(err)
			}
			if got.Record == "" {
				t.Error("no JSON record")
			}
			got.Record = ""
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("NewIncidentRow = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }
