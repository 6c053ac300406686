package storetest

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/merge"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// testNearCells checks --near where a store counts a circle from kept
// counts by cell and pages it from its newest incidents or by cell
// (sqlstore's nearCells, at 50 km and more when the box holds 2,000
// incidents): totals and pages, with cursors, against the incidents each
// circle holds by the haversine distance, on 3,000 incidents packed
// round Baghdad, some undated, a few with no position.
func testNearCells(t *testing.T, open Opener) {
	s := open(t)
	put := putter(t, s)
	r := rand.New(rand.NewPCG(16, 17))
	ms := Synthetic(3000, 16)
	for i := range ms {
		lat, lon := 33.3+(r.Float64()*2-1)*1.6, 44.4+(r.Float64()*2-1)*1.8
		ms[i].Location.Lat, ms[i].Location.Lon = &lat, &lon
		switch {
		case i%17 == 0:
			ms[i].Date = ""
		case i%101 == 0:
			ms[i].Location.Lat, ms[i].Location.Lon = nil, nil
		}
	}
	ctx := context.Background()
	if err := put.PutIncidents(ctx, ms); err != nil {
		t.Fatal(err)
	}
	docsOf := reportNear(t, s, ms)
	for _, n := range []store.Near{
		{Lat: 33.3, Lon: 44.4, KM: 150},     // most of them: the page from the newest
		{Lat: 33.3, Lon: 44.4, KM: 60},      // fewer: the page by cell
		{Lat: 32.1, Lon: 43.0, KM: 120},     // over the cloud's corner
		{Lat: 33.3125, Lon: 44.375, KM: 80}, // centred on a cell's corner
		{Lat: 35.5, Lon: 47.0, KM: 100},     // outside it
		{Lat: 33.3, Lon: 44.4, KM: 40},      // narrower than cells serve
	} {
		// With dates, types and countries beside it, which the walk from
		// the newest incidents tests too.
		for _, extra := range []store.Filter{{}, {Since: "2010-01-01", Type: "bombing,armed_assault"}, {Until: "2020-06-30", Country: "iq,SY,ng"}} {
			var want []record.Merged
			for _, m := range ms {
				if m.Location.Lat == nil || merge.Haversine(n.Lat, n.Lon, *m.Location.Lat, *m.Location.Lon) > n.KM ||
					extra.Since != "" && m.Date < extra.Since || extra.Until != "" && (m.Date == "" || m.Date > extra.Until) ||
					extra.Type != "" && !slices.Contains(strings.Split(extra.Type, ","), m.Type) ||
					extra.Country != "" && !slices.Contains(strings.Split(strings.ToUpper(extra.Country), ","), m.Location.CountryCode) {
					continue
				}
				want = append(want, m)
			}
			slices.SortFunc(want, func(a, b record.Merged) int {
				return -cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
			})
			// Its stats, by month, grouped from the cells' incidents in
			// one pass.
			t.Run(fmt.Sprintf("%g,%g,%g %+v stats", n.Lat, n.Lon, n.KM, extra), func(t *testing.T) {
				f := extra
				f.Near = &n
				st, err := s.Stats(ctx, f, store.ByMonth)
				if err != nil {
					t.Fatal(err)
				}
				byCountry, byType, byMonth := map[string]int{}, map[string]int{}, map[string]int{}
				for _, m := range want {
					byCountry[cmp.Or(m.Location.CountryCode, "unknown")]++
					byType[m.Type]++
					if m.Date != "" {
						byMonth[m.Date[:7]+" "+m.Type]++
					}
				}
				gotMonth := map[string]int{}
				for c, typ := range st.Series.Types {
					for p, k := range st.Series.Counts[c] {
						if k != 0 {
							gotMonth[st.Series.Periods[p]+" "+typ] += k
						}
					}
				}
				if st.Incidents != len(want) || !maps.Equal(st.ByCountry, byCountry) || !maps.Equal(st.ByType, byType) || !maps.Equal(gotMonth, byMonth) {
					t.Errorf("stats %d %v %v %v, want %d %v %v %v", st.Incidents, st.ByCountry, st.ByType, gotMonth, len(want), byCountry, byType, byMonth)
				}
				docs := map[string]bool{}
				for _, m := range want {
					for _, d := range docsOf[m.ID] {
						docs[d] = true
					}
				}
				if st.Documents != len(docs) {
					t.Errorf("stats count %d documents, want %d", st.Documents, len(docs))
				}
			})
			for _, limit := range []int{0, 10, 50, 400} {
				t.Run(fmt.Sprintf("%g,%g,%g %+v limit %d", n.Lat, n.Lon, n.KM, extra, limit), func(t *testing.T) {
					f := extra
					f.Near, f.Limit = &n, limit
					var got []string
					for pages := 0; pages < 3; pages++ {
						p, err := s.Incidents(ctx, f)
						if err != nil {
							t.Fatal(err)
						}
						if p.Total != len(want) {
							t.Fatalf("total %d, want %d", p.Total, len(want))
						}
						for _, m := range p.Incidents {
							got = append(got, m.ID)
						}
						if p.Next == "" {
							break
						}
						f.Cursor = p.Next
					}
					for i, id := range got {
						if i >= len(want) || want[i].ID != id {
							t.Fatalf("incident %d is %s, want %s", i, id, idAt(want, i))
						}
					}
					if limit == 0 && len(got) != len(want) {
						t.Errorf("%d incidents, want %d", len(got), len(want))
					}
				})
			}
		}
	}
}

// reportNear stores documents reporting the incidents ms and returns,
// by incident id, the documents that report it, as the documents count
// of --near's stats must find them: kept by cell (migration 0021) for
// the cells inside a circle, looked up for those on its edge. Each
// source of an incident is a document; some documents report incidents
// in many cells, types and countries, and some report one incident twice,
// so a cell's count passes 1. Then extractions are deleted and moved to
// other incidents, which the triggers must count down and across.
func reportNear(t *testing.T, s store.Store, ms []record.Merged) map[string][]string {
	t.Helper()
	db, ok := s.(interface {
		SQL() *sql.DB
		Rebind(q string) string
	})
	if !ok {
		t.Fatalf("store %T has no SQL to store documents with", s)
	}
	type extraction struct {
		id, doc  string
		incident int
	}
	var exts []extraction
	for i, m := range ms {
		for _, src := range m.Sources {
			exts = append(exts, extraction{fmt.Sprintf("x%d-%d", i, len(exts)), src.Doc, i})
		}
		if i%7 == 3 {
			exts = append(exts, extraction{fmt.Sprintf("x%d-%d", i, len(exts)), fmt.Sprintf("shared-%d", i%23), i})
		}
		if i%11 == 5 {
			exts = append(exts, extraction{fmt.Sprintf("x%d-%d", i, len(exts)), m.Sources[0].Doc, i})
		}
	}
	ctx := context.Background()
	tx, err := db.SQL().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	seqs := map[string]int64{}
	for _, e := range exts {
		seq, ok := seqs[e.doc]
		if !ok {
			err := tx.QueryRowContext(ctx, db.Rebind(`INSERT INTO documents (id, hash, date, title, url, source, text, ingested_at)
				VALUES (?, ?, '', '', '', '', '', '') RETURNING seq`), e.doc, "h-"+e.doc).Scan(&seq)
			if err != nil {
				t.Fatal(err)
			}
			seqs[e.doc] = seq
		}
		_, err := tx.ExecContext(ctx, db.Rebind(`INSERT INTO extractions (id, doc_seq, idx, family, country, date, mergeable, component, incident, record)
			VALUES (?, ?, 0, '', '', '', 0, ?, ?, '{}')`), e.id, seq, ms[e.incident].ID, ms[e.incident].ID)
		if err != nil {
			t.Fatal(err)
		}
	}
	kept := exts[:0]
	for i, e := range exts {
		switch {
		case i%13 == 0:
			if _, err := tx.ExecContext(ctx, db.Rebind(`DELETE FROM extractions WHERE id = ?`), e.id); err != nil {
				t.Fatal(err)
			}
			continue
		case i%19 == 2:
			e.incident = (e.incident + 1 + i%5) % len(ms)
			if _, err := tx.ExecContext(ctx, db.Rebind(`UPDATE extractions SET incident = ? WHERE id = ?`), ms[e.incident].ID, e.id); err != nil {
				t.Fatal(err)
			}
		}
		kept = append(kept, e)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	docsOf := map[string][]string{}
	for _, e := range kept {
		docsOf[ms[e.incident].ID] = append(docsOf[ms[e.incident].ID], e.doc)
	}
	return docsOf
}

func idAt(ms []record.Merged, i int) string {
	if i >= len(ms) {
		return "none"
	}
	return ms[i].ID
}
