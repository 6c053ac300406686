package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/merge"
	"github.com/sitrep/sitrep/internal/store"
)

// nearConds returns the conditions that incidents i lie within n: a box
// the spatial index reads (nearBox), then the exact great-circle distance
// on what the box let through.
func (s *DB) nearConds(n *store.Near) *conds {
	c := &conds{}
	south, west, north, east := box(n)
	cond, args := nearBox(south, west, north, east)
	c.add(cond, args...)
	s.nearDistance(c, n)
	return c
}

// nearDistance adds to c the exact great-circle test of n.
func (s *DB) nearDistance(c *conds, n *store.Near) {
	c.add(`2 * 6371.0088 * asin(sqrt(`+s.d.Least+`(1, sin(radians(i.lat - ?) / 2) * sin(radians(i.lat - ?) / 2)
			+ cos(radians(?)) * cos(radians(i.lat)) * sin(radians(i.lon - ?) / 2) * sin(radians(i.lon - ?) / 2)))) <= ?`,
		n.Lat, n.Lat, n.Lat, n.Lon, n.Lon, n.KM)
}

// nearTest returns the conditions of nearConds on incidents i already
// read by another way (a range of cells, the newest entries): the box as
// plain comparisons, which hold what the index's box would, and the
// distance. The unary plus keeps the planner from reading the box's
// range of the index instead of the way given.
func (s *DB) nearTest(n *store.Near) *conds {
	c := &conds{}
	south, west, north, east := box(n)
	c.add("+i.lat BETWEEN ? AND ? AND +i.lon BETWEEN ? AND ?", south, north, west, east)
	s.nearDistance(c, n)
	return c
}

// cellsPerDegree cuts latitude and longitude into the cells of
// incident_near_cell (migration 0016), a sixteenth of a degree: a power
// of two, so that lat * cellsPerDegree is exact and a cell's edges are
// exactly the values where its floor changes.
const cellsPerDegree = 16

// nearCellsMaxKM bounds the circles whose totals the cells give. A cell is
// wholly inside a circle when its corners are: along a parallel the
// distance grows with the difference of longitude, along a meridian it
// has no maximum inside a cell this far from the centre's antipode.
const nearCellsMaxKM = 2000

// nearCellsMinKM is the narrowest circle cut into cells. In a narrower
// one the cells its edge crosses are most of it, and reading their
// incidents costs about what reading the circle's box does.
const nearCellsMinKM = 50

// nearCellsMinBox is the fewest incidents a circle's box holds for the
// circle to be cut into cells: below it, reading the box's incidents
// costs less than the cells' larger statements and their many ranges.
const nearCellsMinBox = 2000

// cellRun is consecutive cells of one band of latitude, from lon cell
// first to last: wholly inside the circle (their kept counts are its
// total) or crossed by its edge (their incidents are tested one by one).
type cellRun struct {
	band, first, last int64
	inside            bool
}

// nearCells returns the runs of cells of the box of n that hold any of
// its points, or false when the cells do not serve (a circle too wide,
// or reaching a pole or the date line: its box is every longitude).
// Everything of the box within the circle is in exactly one run. A cell
// counts as inside only with a millimetre to spare and wholly in the box,
// so that the incidents it counts are exactly those the exact test of
// nearConds keeps.
func nearCells(n *store.Near) ([]cellRun, bool) {
	south, west, north, east := box(n)
	if n.KM < nearCellsMinKM || n.KM > nearCellsMaxKM || west == -180 && east == 180 {
		return nil, false
	}
	const spare = 1e-6 // km
	band0, band1 := int64(math.Floor(south*cellsPerDegree)), int64(math.Floor(north*cellsPerDegree))
	cell0, cell1 := int64(math.Floor(west*cellsPerDegree)), int64(math.Floor(east*cellsPerDegree))
	// The distances of the cells' corners, one row of them per edge
	// between bands, each corner shared by four cells.
	corners := func(band int64) []float64 {
		lat := float64(band) / cellsPerDegree
		row := make([]float64, cell1-cell0+2)
		for i := range row {
			row[i] = merge.Haversine(n.Lat, n.Lon, lat, float64(cell0+int64(i))/cellsPerDegree)
		}
		return row
	}
	var runs []cellRun
	below := corners(band0)
	for band := band0; band <= band1; band++ {
		above := corners(band + 1)
		lat0, lat1 := float64(band)/cellsPerDegree, float64(band+1)/cellsPerDegree
		midLat := (lat0 + lat1) / 2
		// Half the diagonal of this band's cells: the farthest a point
		// of a cell is from its centre.
		half := math.Max(merge.Haversine(midLat, 0, lat0, 0.5/cellsPerDegree), merge.Haversine(midLat, 0, lat1, 0.5/cellsPerDegree))
		for c := cell0; c <= cell1; c++ {
			i := c - cell0
			lon0, lon1 := float64(c)/cellsPerDegree, float64(c+1)/cellsPerDegree
			far := math.Max(math.Max(below[i], below[i+1]), math.Max(above[i], above[i+1]))
			inside := far <= n.KM-spare && lat0 >= south && lat1 <= north && lon0 >= west && lon1 <= east
			// Out of the circle by the triangle inequality: the cell's
			// centre farther than the radius and half its diagonal.
			if !inside && merge.Haversine(n.Lat, n.Lon, midLat, (lon0+lon1)/2)-half > n.KM+spare {
				continue
			}
			if k := len(runs) - 1; k >= 0 && runs[k].band == band && runs[k].last == c-1 && runs[k].inside == inside {
				runs[k].last = c
				continue
			}
			runs = append(runs, cellRun{band, c, c, inside})
		}
		below = above
	}
	return runs, true
}

// nearRuns are the runs of cells of a --near filter that nearCells
// gives, as a table of rows (band, first, last, lat0, lat1, lon0, lon1):
// the cells first to last of band, the latitudes lat0 (inclusive) to lat1
// (exclusive) and longitudes lon0 to lon1 they cover. The rows are
// bound, so that a circle's statement stays a few lines, however many
// runs it has.
type nearRuns struct {
	n    int
	args []any
}

func (r *nearRuns) add(run cellRun) {
	r.n++
	r.args = append(r.args, run.band, run.first, run.last)
}

// with returns the common table expression naming the runs. The edges
// are computed by the database, exactly (the divisor is a power of two).
func (r *nearRuns) with(name string) string {
	// PostgreSQL types a column of VALUES by its first row.
	rows := "(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT))" + strings.Repeat(", (?, ?, ?)", r.n-1)
	return fmt.Sprintf("%[1]s_cells (band, first, last) AS (VALUES %[3]s), "+
		"%[1]s (band, first, last, lat0, lat1, lon0, lon1) AS (SELECT band, first, last, band / %[2]d.0, (band + 1) / %[2]d.0, first / %[2]d.0, (last + 1) / %[2]d.0 FROM %[1]s_cells)",
		name, cellsPerDegree, rows)
}

// nearSplit is a --near filter cut by nearCells: the runs of cells
// wholly inside the circle, and those its edge crosses, whose incidents
// are tested as nearConds does (near); and the filter's countries, types
// and dates (also, nil for none), tested on every incident of either,
// which incidents_near holds.
type nearSplit struct {
	inside, edge nearRuns
	near         *conds
	also         *conds
}

// alsoConds returns the conditions of c, a --near filter's countries,
// types and dates, on incidents i read by the runs of cells, or nil for
// none. The countries and dates are kept from the planner (NoIndex), so
// that the runs, not the date or country index, give the incidents; the
// types are not: a run of cells is then a range of incidents_near_type
// (migration 0021) for each type, its entries of other types unread.
func (s *DB) alsoConds(c *cells) *conds {
	w := &conds{}
	col := func(name string) string {
		if s.d.NoIndex == "" {
			return name
		}
		return fmt.Sprintf(s.d.NoIndex, name)
	}
	if len(c.countries) > 0 {
		w.add(col("i.country")+" IN ("+marks(len(c.countries))+")", c.countries...)
	}
	if len(c.types) > 0 {
		w.add("i.type IN ("+marks(len(c.types))+")", c.types...)
	}
	c.dates(w, col("i.date"))
	if len(w.parts) == 0 {
		return nil
	}
	return w
}

// where returns the conditions of sp that follow a run's join (runJoin):
// the exact test of the circle when edge, then also's.
func (sp nearSplit) where(edge bool) (string, []any) {
	var parts []string
	var args []any
	if edge {
		parts, args = append(parts, sp.near.parts...), append(args, sp.near.args...)
	}
	if sp.also != nil {
		parts, args = append(parts, sp.also.parts...), append(args, sp.also.args...)
	}
	if len(parts) == 0 {
		return "", nil
	}
	return " AND " + strings.Join(parts, " AND "), args
}

// namedRuns are the runs of a nearSplit wholly inside the circle or
// crossed by its edge, under their name in WITH.
type namedRuns struct {
	name string
	runs nearRuns
	edge bool
}

// named returns the runs of sp that hold cells, those inside first.
func (sp nearSplit) named() []namedRuns {
	var out []namedRuns
	for _, r := range []namedRuns{{"inside", sp.inside, false}, {"edge", sp.edge, true}} {
		if r.runs.n > 0 {
			out = append(out, r)
		}
	}
	return out
}

// nearMatches returns the common table expressions (after WITH) and the
// query of the incidents i of sp, with the columns cols(edge): those of
// the runs inside taken as they are, those of the runs the edge crosses
// measured, also's conditions on both, and extra (conditions and
// arguments) after them.
func (s *DB) nearMatches(sp nearSplit, cols func(edge bool) string, extra string, extraArgs []any) (with []string, sel string, args []any) {
	var parts []string
	var whereArgs []any
	for _, r := range sp.named() {
		with = append(with, r.runs.with(r.name))
		args = append(args, r.runs.args...)
		w, wargs := sp.where(r.edge)
		parts = append(parts, "SELECT "+cols(r.edge)+" FROM "+r.name+s.runJoin()+w+extra)
		whereArgs = append(append(whereArgs, wargs...), extraArgs...)
	}
	if len(parts) == 0 {
		parts = append(parts, "SELECT "+cols(false)+" FROM incidents i WHERE 0 = 1")
	}
	return with, strings.Join(parts, " UNION ALL "), append(args, whereArgs...)
}

// splitNear returns n, with the countries, types and dates of also,
// cut by nearCells, or false when the cells do not serve it: a circle that nearCells does not cut, or whose box holds
// fewer than nearCellsMinBox incidents (by the kept counts of its cells).
func (s *DB) splitNear(ctx context.Context, q Querier, n *store.Near, also *cells) (nearSplit, bool, error) {
	runs, ok := nearCells(n)
	if !ok || len(runs) == 0 {
		return nearSplit{}, false, nil
	}
	var inBox int64
	err := q.QueryRowContext(ctx, s.Rebind(`WITH RECURSIVE bands (band) AS (SELECT CAST(? AS BIGINT) UNION ALL SELECT band + 1 FROM bands WHERE band < ?)
		SELECT CAST(coalesce(sum(c.n), 0) AS BIGINT) FROM bands b CROSS JOIN incident_near_cell c WHERE c.band = b.band AND c.cell BETWEEN ? AND ?`),
		runs[0].band, runs[len(runs)-1].band, slices.MinFunc(runs, func(a, b cellRun) int { return cmp.Compare(a.first, b.first) }).first,
		slices.MaxFunc(runs, func(a, b cellRun) int { return cmp.Compare(a.last, b.last) }).last).Scan(&inBox)
	if err != nil || inBox < nearCellsMinBox {
		return nearSplit{}, false, err
	}
	sp := nearSplit{near: s.nearTest(n), also: s.alsoConds(also)}
	for _, r := range runs {
		if r.inside {
			sp.inside.add(r)
		} else {
			sp.edge.add(r)
		}
	}
	return sp, true, nil
}

// runJoin returns the FROM and WHERE of the incidents i in the runs r,
// one range of the spatial index each (a band of nearBox's index is a
// row of cells), the runs read first (CROSS JOIN fixes the order in
// SQLite).
func (s *DB) runJoin() string {
	return fmt.Sprintf(" r CROSS JOIN incidents i WHERE i.lat IS NOT NULL AND floor(i.lat * %d) = r.band AND i.lon >= r.lon0 AND i.lon < r.lon1", cellsPerDegree)
}

// nearCount returns the query counting the incidents within a circle: the kept
// counts of the cells wholly inside the circle, and the incidents of the
// cells its edge crosses, each tested as nearConds does. In a dense place
// most of a wide circle's incidents are inside, and never read.
func (s *DB) nearCount(sp nearSplit) query {
	var with []string
	parts := []string{"0"}
	var args, whereArgs []any // the runs' rows come first, in WITH
	for _, r := range sp.named() {
		with = append(with, r.runs.with(r.name))
		args = append(args, r.runs.args...)
		if !r.edge && sp.also == nil {
			// A range of the primary key a run, as a subquery of each:
			// joined, PostgreSQL read the whole table to hash it.
			parts = append(parts, "(SELECT CAST(coalesce(sum((SELECT sum(c.n) FROM incident_near_cell c WHERE c.band = r.band AND c.cell BETWEEN r.first AND r.last)), 0) AS BIGINT) FROM "+r.name+" r)")
			continue
		}
		// Inside, the countries, types or dates tested on each but no
		// distance measured; on the edge, the distance too.
		w, wargs := sp.where(r.edge)
		parts = append(parts, "(SELECT count(*) FROM "+r.name+s.runJoin()+w+")")
		whereArgs = append(whereArgs, wargs...)
	}
	args = append(args, whereArgs...)
	q := "SELECT " + strings.Join(parts, " + ")
	if len(with) > 0 {
		q = "WITH " + strings.Join(with, ", ") + " " + q
	}
	return query{q, args}
}

// nearPage returns the page query of f, a --near filter cut into runs
// (sp): the matches in the cells wholly inside the circle taken as they
// are, only those of the cells its edge crosses measured, then sorted by
// date.
func (s *DB) nearPage(f store.Filter, sp nearSplit) query {
	cursor, cursorArgs := "", []any(nil)
	if f.Cursor != "" {
		date, id, _ := store.DecodeCursor(f.Cursor) // checked by filter
		cursor, cursorArgs = " AND (i.date, i.id) < (?, ?)", []any{date, id}
	}
	with, sel, args := s.nearMatches(sp, func(bool) string { return "i.rid, i.date, i.id" }, cursor, cursorArgs)
	page := "SELECT * FROM (" + sel + ") i ORDER BY i.date DESC, i.id DESC"
	if f.Limit > 0 {
		page += fmt.Sprintf(" LIMIT %d", f.Limit+1)
	}
	q := `SELECT p.date, p.id, r.record FROM (` + page + `) p JOIN incident_records r ON r.rid = p.rid ORDER BY p.date DESC, p.id DESC`
	if len(with) > 0 {
		q = "WITH " + strings.Join(with, ", ") + " " + q
	}
	return query{q, args}
}

// nearStats returns the grouped query of the stats of a --near filter
// cut into runs (sp), with the countries, types and dates of also, by
// period (a column of incidents i): the matches, read once, by country,
// type and period (country, type, when, n), and a last row (NULL, NULL,
// NULL, documents) counting the documents that report them. Only the
// incidents of the cells the edge crosses are measured, and only theirs
// have their documents looked up; those of the cells wholly inside are
// read from incident_cell_documents (migration 0021), a range of it a
// run: a dense circle's 24,000 lookups were most of its stats.
func (s *DB) nearStats(sp nearSplit, also *cells, period string) query {
	with, sel, args := s.nearMatches(sp, func(edge bool) string {
		cols := "i.id, i.country, i.type, " + period + " AS p, "
		if edge {
			return cols + "1 AS edge"
		}
		return cols + "0 AS edge"
	}, "", nil)
	with = append(with, "m AS MATERIALIZED ("+sel+")")
	docs := []string{"SELECT e.doc_seq FROM extractions e WHERE e.incident IN (SELECT id FROM m WHERE edge = 1)"}
	if sp.inside.n > 0 {
		d := also.keys("d.")
		also.dates(d, "d.date")
		w := ""
		for _, p := range d.parts {
			w += " AND " + p
		}
		docs = append(docs, "SELECT d.doc_seq FROM inside r CROSS JOIN incident_cell_documents d WHERE d.band = r.band AND d.cell BETWEEN r.first AND r.last"+w)
		args = append(args, d.args...)
	}
	return query{"WITH " + strings.Join(with, ", ") +
		" SELECT country, type, p, count(*) FROM m GROUP BY country, type, p" +
		" UNION ALL SELECT NULL, NULL, NULL, (SELECT count(DISTINCT doc_seq) FROM (" + strings.Join(docs, " UNION ALL ") + ") x)", args}
}

// nearWalkSpare is how many times the matches a page needs the walk of
// nearWalk expects to meet, so that a circle whose matches are spread
// evenly over time fills its page at the first try.
const nearWalkSpare = 1.5

// nearWalkCheaper is how many entries of the date index the walk reads
// in the time the usual page reads one match of the circle (from
// incidents_near, measured with its distance, then sorted).
const nearWalkCheaper = 4

// nearWalk returns the page query of a --near filter holding total of
// all incidents, whose other filters (c: countries, types, dates) the
// date index tests too: the newest entries of the date index within the
// dates, enough of them to hold nearWalkSpare pages of matches at the
// filter's share of all incidents, tested for the circle, the countries
// and the types; false when reading the filter's own matches is no more.
// The query is exact when it fills its page (the first limit + 1
// matches in date order are then among the entries read); a page it does
// not fill is read again the usual way (the circle's matches all older,
// say).
func (s *DB) nearWalk(ctx context.Context, tx *sql.Tx, f store.Filter, c *cells, total int) (query, bool, error) {
	if f.Limit <= 0 || total <= f.Limit {
		return query{}, false, nil
	}
	var all int64
	if err := tx.QueryRowContext(ctx, `SELECT n FROM incident_count`).Scan(&all); err != nil {
		return query{}, false, fmt.Errorf("%s: count incidents: %w", s.d.Name, err)
	}
	walk := int64(math.Ceil(nearWalkSpare * float64(f.Limit+1) * float64(all) / float64(total)))
	if walk >= nearWalkCheaper*int64(total) {
		return query{}, false, nil
	}
	inner := &conds{}
	c.dates(inner, "i.date")
	if f.Cursor != "" {
		date, id, _ := store.DecodeCursor(f.Cursor) // checked by filter
		inner.add("(i.date, i.id) < (?, ?)", date, id)
	}
	outer := s.nearTest(f.Near)
	keys := c.keys("i.")
	outer.parts, outer.args = append(outer.parts, keys.parts...), append(outer.args, keys.args...)
	args := append(inner.args, walk)
	args = append(args, outer.args...)
	return query{`SELECT p.date, p.id, r.record FROM (SELECT i.rid, i.date, i.id FROM (SELECT i.rid, i.date, i.id, i.type, i.country, i.lat, i.lon FROM incidents i` +
		inner.sql() + ` ORDER BY i.date DESC, i.id DESC LIMIT ?) i` + outer.sql() + ` ORDER BY i.date DESC, i.id DESC LIMIT ` + fmt.Sprint(f.Limit+1) +
		`) p JOIN incident_records r ON r.rid = p.rid ORDER BY p.date DESC, p.id DESC`, args}, true, nil
}

// explainWalk returns the query of nearWalk for f, when f is a --near
// whose other filters the date index tests (walk, as incidentQueries
// said), which nearWalk answers with its current total (count, the query
// of it).
func (s *DB) explainWalk(ctx context.Context, f store.Filter, count query, walk *cells) (query, bool, error) {
	if walk == nil {
		return query{}, false, nil
	}
	tx, err := s.beginRead(ctx)
	if err != nil {
		return query{}, false, err
	}
	defer tx.Rollback()
	var total int
	if err := tx.QueryRowContext(ctx, s.Rebind(count.sql), count.args...).Scan(&total); err != nil {
		return query{}, false, fmt.Errorf("%s: count incidents: %w", s.d.Name, err)
	}
	return s.nearWalk(ctx, tx, f, walk, total)
}
