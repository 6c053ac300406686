package alert

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// ringAround is a polygon of n vertices on a circle of radius r degrees,
// as GeoJSON: a country outline's size of shape.
func ringAround(lon, lat, r float64, n int) string {
	var b strings.Builder
	b.WriteString(`{"type":"Polygon","coordinates":[[`)
	for i := 0; i <= n; i++ {
		a := 2 * math.Pi * float64(i%n) / float64(n)
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "[%g,%g]", lon+r*math.Cos(a), lat+r*math.Sin(a))
	}
	b.WriteString(`]]}`)
	return b.String()
}

// BenchmarkMatch is one incident against one watch: the dispatcher's inner
// loop, run for every watch on every change.
func BenchmarkMatch(b *testing.B) {
	for _, c := range []struct{ name, rule string }{
		{"country+type", `"countries":["NG"],"types":["bombing"]`},
		{"circle", `"near":{"lat":11.8,"lon":13.1,"km":50}`},
		{"polygon-5k", `"geometry":` + ringAround(13, 11.8, 1, 5000)},
		{"actor", `"actors":["Boko Haram","ISWAP"]`},
	} {
		b.Run(c.name, func(b *testing.B) {
			_, m, err := ParseDefinition([]byte(`{"name":"b","url":"http://x/",` + c.rule + `}`))
			if err != nil {
				b.Fatal(err)
			}
			inc := incident(record.Bombing, maiduguri, 3, record.Perpetrator{Name: "Boko Haram"})
			for b.Loop() {
				if !m.Match(inc) {
					b.Fatal("no match")
				}
			}
		})
	}
}

// BenchmarkPoll matches the change log of a store of 1,000 incidents
// against 20 watches (about a third of the incidents match each), one
// Poll per iteration from a cursor set back to 0 (the deliveries are
// queued once, then found queued), and reports changes matched per second.
func BenchmarkPoll(b *testing.B) {
	st := testStore(b)
	ctx := context.Background()
	before := time.Now().Add(-time.Hour)
	for i := range 20 {
		addWatch(b, st, fmt.Sprintf(`{"name":"w%d","url":"http://127.0.0.1:9/","countries":["AF","CO","NG"],"min_killed":%d}`, i, 3+i%5), before)
	}
	var batch []store.Extracted
	places := []*record.Location{storetest.Bogota, storetest.Cali, storetest.Kabul, storetest.Ghazni, storetest.Maiduguri}
	for i := range 1000 {
		date := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i).Format(time.DateOnly)
		batch = append(batch, store.Extracted{Doc: storetest.Doc(fmt.Sprintf("d%d", i), date, "bomb"),
			Incidents: []record.Incident{storetest.Incident(record.Bombing, date, places[i%len(places)], i%7)}})
	}
	if _, err := st.Ingest(ctx, batch); err != nil {
		b.Fatal(err)
	}
	changes, err := st.Changes(ctx, 0, 0)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		if _, err := st.SQL().ExecContext(ctx, `UPDATE alert_cursor SET seq = 0`); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := (&Dispatcher{Store: st}).Poll(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(changes))*float64(b.N)/b.Elapsed().Seconds(), "changes/s")
}
