package alert

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
)

// maxPositions bounds the vertices of a watch's area: a country outline at
// a useful resolution has a few thousand, and every incident is tested
// against it.
const maxPositions = 100_000

// Area is a GeoJSON Polygon or MultiPolygon (RFC 7946) in longitude,
// latitude order: a set of polygons, each an outer ring and its holes.
//
// The plane's rules apply, as RFC 7946 section 3.1.9 asks of a shape that
// crosses the antimeridian: it must be split into a MultiPolygon along
// it. One ring spanning 170°E to 170°W is read as covering the 340° the
// other way round.
type Area struct {
	polygons [][]ring
	// box is west, south, east, north of every vertex: most incidents
	// are outside it and cost four comparisons.
	box [4]float64
	n   int // positions, bounded by maxPositions
}

// ring is a closed ring; its last position repeats its first.
type ring [][2]float64

// ParseArea reads a GeoJSON geometry (Polygon or MultiPolygon), or a
// Feature or FeatureCollection whose geometries are such: a drawing
// tool's export is a FeatureCollection of one Feature. Errors say what is
// wrong where, so that whoever drew the area can fix it.
func ParseArea(data []byte) (*Area, error) {
	var g struct {
		Type        string            `json:"type"`
		Coordinates json.RawMessage   `json:"coordinates"`
		Geometry    json.RawMessage   `json:"geometry"`
		Features    []json.RawMessage `json:"features"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("geometry: not a GeoJSON object: %v", err)
	}
	a := &Area{box: [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}}
	if err := a.add(g.Type, g.Coordinates, g.Geometry, g.Features, 0); err != nil {
		return nil, err
	}
	if len(a.polygons) == 0 {
		return nil, fmt.Errorf("geometry: no polygon in it")
	}
	return a, nil
}

func (a *Area) add(typ string, coords, geometry json.RawMessage, features []json.RawMessage, depth int) error {
	switch typ {
	case "Polygon":
		var p [][][]float64
		if err := json.Unmarshal(coords, &p); err != nil {
			return fmt.Errorf("geometry: Polygon coordinates: want an array of rings of [longitude, latitude] positions")
		}
		return a.addPolygon(p, "Polygon")
	case "MultiPolygon":
		var mp [][][][]float64
		if err := json.Unmarshal(coords, &mp); err != nil {
			return fmt.Errorf("geometry: MultiPolygon coordinates: want an array of polygons, each an array of rings of [longitude, latitude] positions")
		}
		if len(mp) == 0 {
			return fmt.Errorf("geometry: MultiPolygon has no polygons")
		}
		for i, p := range mp {
			if err := a.addPolygon(p, fmt.Sprintf("MultiPolygon polygon %d", i)); err != nil {
				return err
			}
		}
		return nil
	case "Feature":
		if depth > 1 || len(bytes.TrimSpace(geometry)) == 0 || string(bytes.TrimSpace(geometry)) == "null" {
			return fmt.Errorf("geometry: a Feature without a geometry")
		}
		var g struct {
			Type        string          `json:"type"`
			Coordinates json.RawMessage `json:"coordinates"`
		}
		if err := json.Unmarshal(geometry, &g); err != nil {
			return fmt.Errorf("geometry: Feature geometry: %v", err)
		}
		if g.Type != "Polygon" && g.Type != "MultiPolygon" {
			return fmt.Errorf("geometry: Feature geometry is a %q; want a Polygon or MultiPolygon", g.Type)
		}
		return a.add(g.Type, g.Coordinates, nil, nil, depth+1)
	case "FeatureCollection":
		if depth > 0 {
			return fmt.Errorf("geometry: a FeatureCollection inside a FeatureCollection")
		}
		if len(features) == 0 {
			return fmt.Errorf("geometry: FeatureCollection has no features")
		}
		for i, raw := range features {
			var f struct {
				Type     string          `json:"type"`
				Geometry json.RawMessage `json:"geometry"`
			}
			if err := json.Unmarshal(raw, &f); err != nil || f.Type != "Feature" {
				return fmt.Errorf("geometry: FeatureCollection feature %d is not a Feature", i)
			}
			if err := a.add("Feature", nil, f.Geometry, nil, depth+1); err != nil {
				return fmt.Errorf("%w (feature %d)", err, i)
			}
		}
		return nil
	case "":
		return fmt.Errorf(`geometry: no "type"; want a GeoJSON Polygon or MultiPolygon`)
	}
	return fmt.Errorf("geometry: type %q; want a Polygon or MultiPolygon (a Feature or FeatureCollection of them)", typ)
}

// addPolygon checks one polygon's rings: each closed, with at least four
// positions (a triangle and its repeated first corner), every position a
// longitude and latitude in range.
func (a *Area) addPolygon(p [][][]float64, where string) error {
	if len(p) == 0 {
		return fmt.Errorf("geometry: %s has no rings", where)
	}
	var poly []ring
	for i, rg := range p {
		if len(rg) < 4 {
			return fmt.Errorf("geometry: %s ring %d has %d positions; a ring needs at least 4, the last repeating the first", where, i, len(rg))
		}
		r := make(ring, len(rg))
		for j, pos := range rg {
			// A third number (altitude) is allowed and ignored.
			if len(pos) < 2 || len(pos) > 3 {
				return fmt.Errorf("geometry: %s ring %d position %d: want [longitude, latitude]", where, i, j)
			}
			lon, lat := pos[0], pos[1]
			if !(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90) {
				return fmt.Errorf("geometry: %s ring %d position %d: [%g, %g] is not a longitude in -180..180 and a latitude in -90..90 (GeoJSON puts longitude first)",
					where, i, j, lon, lat)
			}
			r[j] = [2]float64{lon, lat}
			a.box[0], a.box[1] = min(a.box[0], lon), min(a.box[1], lat)
			a.box[2], a.box[3] = max(a.box[2], lon), max(a.box[3], lat)
		}
		if r[0] != r[len(r)-1] {
			return fmt.Errorf("geometry: %s ring %d is not closed: its last position must repeat its first", where, i)
		}
		a.n += len(r)
		if a.n > maxPositions {
			return fmt.Errorf("geometry: more than %d positions; simplify the shape", maxPositions)
		}
		poly = append(poly, r)
	}
	a.polygons = append(a.polygons, poly)
	return nil
}

// Contains reports whether the point lies in the area: inside an outer
// ring and outside its holes. A point on any ring's edge is inside, so
// that a town on a border drawn through it is not lost to rounding.
func (a *Area) Contains(lon, lat float64) bool {
	if lon < a.box[0] || lon > a.box[2] || lat < a.box[1] || lat > a.box[3] {
		return false
	}
	for _, poly := range a.polygons {
		if onEdge(poly[0], lon, lat) {
			return true
		}
		if !crosses(poly[0], lon, lat) {
			continue
		}
		inHole := false
		for _, hole := range poly[1:] {
			if onEdge(hole, lon, lat) {
				return true
			}
			if crosses(hole, lon, lat) {
				inHole = true
				break
			}
		}
		if !inHole {
			return true
		}
	}
	return false
}

// crosses is the even-odd test: a ray from the point towards +longitude
// crosses the ring an odd number of times when the point is inside. An
// edge counts when one end is strictly above the point and the other is
// not, so a ray through a vertex counts it once, and horizontal edges
// never.
func crosses(r ring, lon, lat float64) bool {
	in := false
	for i := 1; i < len(r); i++ {
		x1, y1, x2, y2 := r[i-1][0], r[i-1][1], r[i][0], r[i][1]
		if (y1 > lat) != (y2 > lat) {
			x := x1 + (lat-y1)*(x2-x1)/(y2-y1)
			if lon < x {
				in = !in
			}
		}
	}
	return in
}

// onEdge reports whether the point lies on one of the ring's edges.
func onEdge(r ring, lon, lat float64) bool {
	for i := 1; i < len(r); i++ {
		x1, y1, x2, y2 := r[i-1][0], r[i-1][1], r[i][0], r[i][1]
		if lon < min(x1, x2) || lon > max(x1, x2) || lat < min(y1, y2) || lat > max(y1, y2) {
			continue
		}
		// Collinear: the cross product vanishes (exactly, for the
		// vertices and axis-parallel edges that borders are drawn with;
		// within rounding otherwise).
		cross := (x2-x1)*(lat-y1) - (y2-y1)*(lon-x1)
		if math.Abs(cross) <= 1e-12*(math.Abs(x2-x1)+math.Abs(y2-y1)) {
			return true
		}
	}
	return false
}
