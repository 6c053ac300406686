package alert

import (
	"strings"
	"testing"
)

// Shapes of the tests, in GeoJSON (longitude first).
const (
	square = `{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]}`
	// squareHole is square with a hole from 4 to 6 on both axes.
	squareHole = `{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[4,4],[6,4],[6,6],[4,6],[4,4]]]}`
	// notch is a U: a square with the band 4..6 cut from its top down
	// to 5, so that a ray from (2,7) passes out of it and back in.
	notch = `{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[6,10],[6,5],[4,5],[4,10],[0,10],[0,0]]]}`
	// diamond has vertices at the height of test points, where a ray
	// passes through a vertex.
	diamond = `{"type":"Polygon","coordinates":[[[5,0],[10,5],[5,10],[0,5],[5,0]]]}`
	// fiji is one island group either side of the antimeridian, split
	// along it into two polygons as RFC 7946 asks.
	fiji = `{"type":"MultiPolygon","coordinates":[[[[177,-20],[180,-20],[180,-15],[177,-15],[177,-20]]],[[[-180,-20],[-178,-20],[-178,-15],[-180,-15],[-180,-20]]]]}`
)

func TestAreaContains(t *testing.T) {
	tests := []struct {
		name     string
		area     string
		lon, lat float64
		want     bool
	}{
		{"square inside", square, 5, 5, true},
		{"square outside", square, 11, 5, false},
		{"square outside the box below", square, 5, -0.001, false},
		{"square on an edge", square, 10, 5, true},
		{"square on a corner", square, 0, 0, true},
		{"square on the top edge", square, 5, 10, true},
		{"ray along the bottom edge, left of it", square, -1, 0, false},
		{"hole: in the hole", squareHole, 5, 5, false},
		{"hole: between the rings", squareHole, 2, 5, true},
		{"hole: on the hole's edge", squareHole, 4, 5, true},
		{"notch: in the cut", notch, 5, 7, false},
		{"notch: left arm, ray crosses the cut", notch, 2, 7, true},
		{"notch: below the cut", notch, 5, 3, true},
		{"notch: at the cut's bottom edge", notch, 5, 5, true},
		{"diamond: ray through the left and right vertices", diamond, 2, 5, true},
		{"diamond: left of the left vertex", diamond, -1, 5, false},
		{"diamond: ray through the top vertex", diamond, 1, 10, false},
		{"diamond: outside a corner's box", diamond, 1, 1, false},
		{"antimeridian: east piece", fiji, 178, -17, true},
		{"antimeridian: west piece", fiji, -179, -17, true},
		{"antimeridian: the other side of the world", fiji, 0, -17, false},
		{"feature collection", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":` + square + `}]}`, 5, 5, true},
		{"feature", `{"type":"Feature","geometry":` + square + `}`, 50, 5, false},
	}
	for _, tt := range tests {
		a, err := ParseArea([]byte(tt.area))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := a.Contains(tt.lon, tt.lat); got != tt.want {
			t.Errorf("%s: Contains(%g, %g) = %v, want %v", tt.name, tt.lon, tt.lat, got, tt.want)
		}
	}
}

func TestParseAreaErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"not json", `{`, "not a GeoJSON object"},
		{"point", `{"type":"Point","coordinates":[1,2]}`, `type "Point"`},
		{"no type", `{"coordinates":[]}`, `no "type"`},
		{"open ring", `{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}`, "is not closed"},
		{"short ring", `{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}`, "has 3 positions"},
		{"latitude first", `{"type":"Polygon","coordinates":[[[10,100],[11,100],[11,101],[10,100]]]}`, "longitude first"},
		{"no rings", `{"type":"Polygon","coordinates":[]}`, "has no rings"},
		{"bad coordinates", `{"type":"Polygon","coordinates":"x"}`, "Polygon coordinates"},
		{"empty multi", `{"type":"MultiPolygon","coordinates":[]}`, "no polygons"},
		{"feature of a line", `{"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}`, `"LineString"`},
		{"feature without geometry", `{"type":"Feature","geometry":null}`, "without a geometry"},
		{"empty collection", `{"type":"FeatureCollection","features":[]}`, "no features"},
		{"position of one number", `{"type":"Polygon","coordinates":[[[0],[1,0],[1,1],[0]]]}`, "want [longitude, latitude]"},
	}
	for _, tt := range tests {
		_, err := ParseArea([]byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: ParseArea = %v, want an error containing %q", tt.name, err, tt.want)
		}
	}
}
