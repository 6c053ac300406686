package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// synthetic returns n generated reports, each with one incident coded
// with the evidence a real one carries, spread over a year and a dozen
// countries so that they do not merge into a few.
func synthetic(n int) []store.Extracted {
	r := rand.New(rand.NewPCG(1, 2))
	type city struct {
		name, admin1, country, cc string
		lat, lon                  float64
	}
	cities := []city{
		{"Peshawar", "Khyber Pakhtunkhwa", "Pakistan", "PK", 34.008, 71.578},
		{"Quetta", "Balochistan", "Pakistan", "PK", 30.187, 67.012},
		{"Kabul", "Kabul", "Afghanistan", "AF", 34.528, 69.172},
		{"Maiduguri", "Borno", "Nigeria", "NG", 11.846, 13.160},
		{"Mogadishu", "Banaadir", "Somalia", "SO", 2.037, 45.344},
		{"Beni", "North Kivu", "DR Congo", "CD", 0.491, 29.473},
		{"Gao", "Gao", "Mali", "ML", 16.272, -0.044},
		{"Mosul", "Nineveh", "Iraq", "IQ", 36.340, 43.130},
		{"Sanaa", "Amanat Al Asimah", "Yemen", "YE", 15.355, 44.207},
		{"Cúcuta", "Norte de Santander", "Colombia", "CO", 7.894, -72.508},
		{"Marawi", "Lanao del Sur", "Philippines", "PH", 7.999, 124.293},
		{"Dantewada", "Chhattisgarh", "India", "IN", 18.900, 81.350},
	}
	groups := []string{"Tehrik-i-Taliban Pakistan", "Islamic State", "Boko Haram", "al-Shabaab", "ADF", "JNIM", "ELN", "Maoists"}
	out := make([]store.Extracted, n)
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range out {
		c := cities[r.IntN(len(cities))]
		g := groups[r.IntN(len(groups))]
		typ := record.Types[r.IntN(len(record.Types))]
		killed := r.IntN(30)
		day := start.AddDate(0, 0, r.IntN(365)).Format(time.DateOnly)
		text := fmt.Sprintf("Attackers struck near %s on Tuesday, killing %d people, officials said. "+
			"The %s claimed responsibility for the attack, report %d.", c.name, killed, g, i)
		lat, lon := c.lat+r.Float64()*0.5, c.lon+r.Float64()*0.5
		inc := record.Incident{
			ID: fmt.Sprintf("syn-%d", i), Type: typ, Date: day, DatePrecision: record.PrecisionDay,
			Location: &record.Location{Place: c.name, Admin1: c.admin1, Country: c.country, CountryCode: c.cc,
				Lat: &lat, Lon: &lon, Precision: record.GeoPlace},
			Perpetrators: []record.Perpetrator{{Name: g, Attribution: record.Claimed}},
			Killed:       &record.Count{Min: record.IntPtr(killed), Max: record.IntPtr(killed)},
			Confidence:   0.8,
		}
		for _, q := range [][2]string{{"type", "Attackers struck"}, {"date", "on Tuesday"}, {"location", c.name},
			{"killed", fmt.Sprintf("killing %d people", killed)}, {"perpetrators[0]", g},
			{"perpetrators[0].attribution", "claimed responsibility"}} {
			at := strings.Index(text, q[1])
			inc.Evidence = append(inc.Evidence, record.Evidence{Field: q[0], Start: at, End: at + len(q[1]), Text: q[1]})
		}
		out[i] = store.Extracted{
			Doc:       &doc.Document{ID: fmt.Sprintf("syn-%05d", i), Date: day, Title: "Attack near " + c.name, Text: text},
			Incidents: []record.Incident{inc},
		}
	}
	return out
}

// loadQuery is what analysts ask, the i-th request of a run: the views
// many open (the first page, a country, a type, a text search), and one
// request in five a date window of its own, which no earlier answer
// serves.
func loadQuery(i int) string {
	popular := [...]string{
		"", "?country=PK", "?type=bombing", "?since=2023-06-01&until=2023-06-30", "?actor=shabaab",
		"?near=34.0,71.5,100", "?q=responsibility&limit=20", "?country=NG,ML&type=armed_assault,clash", "?limit=20",
	}
	if i%5 == 4 {
		from := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365)
		return fmt.Sprintf("?since=%s&until=%s&limit=%d", from.Format(time.DateOnly),
			from.AddDate(0, 0, 7+i%50).Format(time.DateOnly), 10+i%90)
	}
	return popular[i%len(popular)]
}

// loadServer serves a SQLite store of 3,000 synthetic incidents over
// loopback and returns the base URL of /api/incidents.
func loadServer(tb testing.TB) string {
	st := testStore(tb)
	batch := synthetic(3000)
	for i := 0; i < len(batch); i += 500 {
		if _, err := st.Ingest(context.Background(), batch[i:i+500]); err != nil {
			tb.Fatal(err)
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- New(st, Options{}).Serve(ctx, ln) }()
	tb.Cleanup(func() {
		cancel()
		if err := <-served; err != nil {
			tb.Errorf("Serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String() + "/api/incidents"
}

// loadResult is what a load run measured: each request's latency and the
// failed requests.
type loadResult struct {
	latencies []time.Duration // sorted
	errs      []error
	elapsed   time.Duration
	cpu       time.Duration // user and system time of this process (server and clients)
}

func (r *loadResult) percentile(p float64) time.Duration {
	return r.latencies[min(len(r.latencies)-1, int(float64(len(r.latencies))*p))]
}

// runLoad sends n requests from workers concurrent clients. With a rate,
// request i is due at i/rate seconds and its latency counts from when it
// was due, not when it was sent, so a stalled server cannot hide its
// queue (no coordinated omission); with rate 0 each client sends its
// next request when the last one is answered.
func runLoad(base string, n, workers int, rate float64) loadResult {
	// A request fails on errors, not on slowness: the client waits as
	// long as the server would go on writing.
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: workers, MaxIdleConnsPerHost: workers}, Timeout: writeTimeout}
	defer client.CloseIdleConnections()
	type result struct {
		latency time.Duration
		err     error
	}
	type request struct {
		i    int
		when time.Time
	}
	due := make(chan request, n)
	results := make(chan result, n)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for req := range due {
				if rate > 0 {
					time.Sleep(time.Until(req.when))
				} else {
					req.when = time.Now()
				}
				res, err := client.Get(base + loadQuery(req.i))
				if err == nil {
					var body []byte
					body, err = io.ReadAll(res.Body)
					res.Body.Close()
					if err == nil && res.StatusCode != http.StatusOK {
						err = fmt.Errorf("%s: status %d", loadQuery(req.i), res.StatusCode)
					} else if err == nil && !json.Valid(body) {
						err = fmt.Errorf("%s: answer is not JSON", loadQuery(req.i))
					}
				}
				results <- result{time.Since(req.when), err}
			}
		})
	}
	cpu0 := cpuTime()
	start := time.Now().Add(50 * time.Millisecond)
	for i := range n {
		when := start
		if rate > 0 {
			when = start.Add(time.Duration(float64(i) / rate * float64(time.Second)))
		}
		due <- request{i, when}
	}
	close(due)
	wg.Wait()
	out := loadResult{elapsed: time.Since(start), cpu: cpuTime() - cpu0}
	close(results)
	for r := range results {
		out.latencies = append(out.latencies, r.latency)
		if r.err != nil {
			out.errs = append(out.errs, r.err)
		}
	}
	slices.Sort(out.latencies)
	return out
}

// TestLoad sends 1,000 requests from 32 concurrent clients and wants
// every one answered with JSON. It asserts no latency: how fast the
// answers come depends on whatever else shares the machine, so speed is
// BenchmarkLoad's to report.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("1,000 requests")
	}
	r := runLoad(loadServer(t), 1000, 32, 0)
	t.Logf("%d requests in %v; latency p50 %v, p99 %v", len(r.latencies), r.elapsed.Round(time.Millisecond),
		r.percentile(0.50), r.percentile(0.99))
	if len(r.errs) > 0 {
		t.Errorf("%d of %d requests failed; the first: %v", len(r.errs), len(r.latencies), r.errs[0])
	}
}

// BenchmarkLoad reports the latency percentiles and throughput of
// /api/incidents over loopback: "closed" with 8 clients each sending when
// answered (what the server can do), "paced" with b.N requests due at
// 1,000 a second from 128 clients (what a client waits at that rate;
// -benchtime 10000x runs ten seconds).
//
//	go test -run X -bench Load -benchtime 5000x ./internal/server
func BenchmarkLoad(b *testing.B) {
	base := loadServer(b)
	for _, c := range []struct {
		name    string
		workers int
		rate    float64
	}{{"closed", 8, 0}, {"paced", 128, 1000}} {
		b.Run(c.name, func(b *testing.B) {
			b.ResetTimer()
			r := runLoad(base, b.N, c.workers, c.rate)
			b.StopTimer()
			if len(r.errs) > 0 {
				b.Fatalf("%d of %d requests failed; the first: %v", len(r.errs), b.N, r.errs[0])
			}
			b.ReportMetric(float64(r.percentile(0.50).Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(r.percentile(0.99).Microseconds())/1000, "p99-ms")
			b.ReportMetric(float64(b.N)/r.elapsed.Seconds(), "req/s")
			b.ReportMetric(float64(r.cpu.Microseconds())/float64(b.N), "cpu-us/req")
		})
	}
}

// cpuTime is the user and system time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkIncidents times GET /api/incidents of a 100-incident page
// through real HTTP: answered from the store (every query new) and from
// the answer cache (the same query again).
func BenchmarkIncidents(b *testing.B) {
	st := testStore(b)
	if _, err := st.Ingest(context.Background(), synthetic(3000)); err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(New(st, Options{}))
	b.Cleanup(srv.Close)
	fetch := func(b *testing.B, url string) {
		res, err := http.Get(url)
		if err != nil {
			b.Fatal(err)
		}
		n, _ := io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			b.Fatalf("status %d", res.StatusCode)
		}
		b.SetBytes(n)
	}
	b.Run("store", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			// A new since each time: no answer can be reused.
			since := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -i).Format(time.DateOnly)
			fetch(b, srv.URL+"/api/incidents?since="+since)
		}
	})
	b.Run("cached", func(b *testing.B) {
		for b.Loop() {
			fetch(b, srv.URL+"/api/incidents?country=PK")
		}
	})
}
