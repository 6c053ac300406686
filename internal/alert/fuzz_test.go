package alert

import (
	"encoding/json"
	"reflect"
	"testing"
)

// FuzzParseDefinition feeds watch bodies as POST /api/watches gets them.
// Invariants: no panic; an accepted definition, written back as JSON, is
// accepted again and normalises to itself; every vertex of an accepted
// geometry lies in its area (edges are inside).
func FuzzParseDefinition(f *testing.F) {
	for _, s := range []string{
		`{"name":"Sahel","url":"https://hooks.example/s","countries":["Mali","BF"],"types":["bombing"],"min_killed":3}`,
		`{"name":"Borno","url":"http://127.0.0.1:9/h","admin1":["Borno"],"actors":["Shebab","gunmen"]}`,
		`{"name":"circle","url":"http://x/","near":{"lat":11.8,"lon":13.1,"km":25}}`,
		`{"name":"box","url":"http://x/","secret":"0123456789abcdef","geometry":` + bornoBox + `}`,
		`{"name":"fiji","url":"http://x/","geometry":` + fiji + `}`,
		`{"name":"hole","url":"http://x/","geometry":` + squareHole + `}`,
		`{"name":"fc","url":"http://x/","geometry":{"type":"FeatureCollection","features":[{"type":"Feature","geometry":` + notch + `}]}}`,
		`{"name":"x","url":"http://x/"}`, `[]`, `null`, `{"geometry":{"type":"Feature","geometry":{"type":"Feature"}}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, m, err := ParseDefinition(data)
		if err != nil {
			return
		}
		if m == nil {
			t.Fatal("no matcher for an accepted definition")
		}
		again, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("marshal %+v: %v", d, err)
		}
		d2, _, err := ParseDefinition(again)
		if err != nil {
			t.Fatalf("normalised definition %s refused: %v", again, err)
		}
		if !reflect.DeepEqual(d, d2) {
			t.Fatalf("normalising twice changed it:\n%+v\n%+v", d, d2)
		}
		if m.area != nil {
			for _, poly := range m.area.polygons {
				for _, r := range poly {
					for _, p := range r {
						if !m.area.Contains(p[0], p[1]) {
							t.Fatalf("vertex %v of %s is not in its area", p, d.Geometry)
						}
					}
				}
			}
		}
	})
}

// FuzzAreaContains tests points against the fuzzed square-with-hole
// family: no panic, the bounding box bounds the answer.
func FuzzAreaContains(f *testing.F) {
	f.Add(5.0, 5.0)
	f.Add(4.0, 4.0)
	f.Add(-1.0, 0.0)
	f.Add(10.0, 10.0)
	a, err := ParseArea([]byte(squareHole))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, lon, lat float64) {
		in := a.Contains(lon, lat)
		if in && (lon < 0 || lon > 10 || lat < 0 || lat > 10) {
			t.Fatalf("(%g, %g) is outside the square but Contains says yes", lon, lat)
		}
		if in && lon > 4 && lon < 6 && lat > 4 && lat < 6 {
			t.Fatalf("(%g, %g) is in the hole but Contains says yes", lon, lat)
		}
		if !in && (lon > 0 && lon < 10 && lat > 0 && lat < 10) && !(lon >= 4 && lon <= 6 && lat >= 4 && lat <= 6) {
			t.Fatalf("(%g, %g) is between the rings but Contains says no", lon, lat)
		}
	})
}

// FuzzParseArea feeds GeoJSON as drawing tools export it. Invariants: no
// panic; an accepted area holds every one of its vertices and nothing
// outside its bounding box.
func FuzzParseArea(f *testing.F) {
	for _, s := range []string{square, squareHole, notch, diamond, fiji,
		`{"type":"Feature","geometry":` + square + `}`,
		`{"type":"FeatureCollection","features":[{"type":"Feature","geometry":` + diamond + `}]}`,
		`{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0,5]]]}`, `{"type":"GeometryCollection"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseArea(data)
		if err != nil {
			return
		}
		for _, poly := range a.polygons {
			for _, r := range poly {
				for _, p := range r {
					if !a.Contains(p[0], p[1]) {
						t.Fatalf("vertex %v is not in its area", p)
					}
				}
			}
		}
		if a.Contains(a.box[0]-1, a.box[1]) || a.Contains(a.box[2]+1, a.box[3]) {
			t.Fatalf("a point outside the box %v is inside", a.box)
		}
	})
}
