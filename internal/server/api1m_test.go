package server

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/postgres"
	"github.com/sitrep/sitrep/internal/store/sqlite"
	"github.com/sitrep/sitrep/internal/store/sqlstore"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// api1MShapes are the query shapes of BenchmarkAPI1M. Each draws the
// parameters of one request; the benchmark redraws until the request is
// one it has not sent, so the answer cache never serves it.
var api1MShapes = []struct {
	name  string
	query func(r *rand.Rand) string
}{
	// list pages from a random point, as paging through everything does.
	{"list", func(r *rand.Rand) string {
		return "/api/incidents?cursor=" + url.QueryEscape(store.EncodeCursor(day(r, 2000, 26), "g"))
	}},
	{"country", func(r *rand.Rand) string { return "/api/incidents?country=" + country(r) + "&limit=" + limit(r) }},
	{"type", func(r *rand.Rand) string {
		return "/api/incidents?type=" + record.Types[r.IntN(len(record.Types))] + "&limit=" + limit(r)
	}},
	{"since-until", func(r *rand.Rand) string {
		since := day(r, 2000, 26)
		t, _ := time.Parse(time.DateOnly, since)
		return "/api/incidents?since=" + since + "&until=" + t.AddDate(0, 0, 7+r.IntN(365)).Format(time.DateOnly)
	}},
	{"actor", func(r *rand.Rand) string { return "/api/incidents?actor=" + actor(r) + "&limit=" + limit(r) }},
	{"actor+since", func(r *rand.Rand) string { return "/api/incidents?actor=" + actor(r) + "&since=" + day(r, 2000, 26) }},
	{"near", func(r *rand.Rand) string {
		return fmt.Sprintf("/api/incidents?near=%.3f,%.3f,%d", 5+r.Float64()*30, 30+r.Float64()*40, 10+r.IntN(190))
	}},
	{"text", func(r *rand.Rand) string {
		return "/api/incidents?q=" + url.QueryEscape(fmt.Sprintf(`"place %d"`, r.IntN(5000)))
	}},
	{"since-before-all", func(r *rand.Rand) string { return "/api/incidents?since=" + day(r, 1900, 99) }},
	{"stats-by-day", func(r *rand.Rand) string { return "/api/stats?since=" + day(r, 1900, 99) }},
	{"stats-by-day-country", func(r *rand.Rand) string {
		return "/api/stats?country=" + country(r) + "&since=" + day(r, 2000, 26)
	}},
	// What the page asks: months, for the whole store and for a country.
	{"stats-month", func(r *rand.Rand) string { return "/api/stats?period=month&since=" + day(r, 1900, 99) }},
	{"stats-month-country", func(r *rand.Rand) string {
		return "/api/stats?period=month&country=" + country(r) + "&since=" + day(r, 1900, 99)
	}},
	// The page's stats beside a list filtered by actor, place or text.
	{"stats-month-actor", func(r *rand.Rand) string {
		return "/api/stats?period=month&actor=" + actor(r) + "&since=" + day(r, 1900, 99)
	}},
	{"stats-month-near", func(r *rand.Rand) string {
		return fmt.Sprintf("/api/stats?period=month&near=%.3f,%.3f,%d", 5+r.Float64()*30, 30+r.Float64()*40, 10+r.IntN(190))
	}},
	{"stats-month-text", func(r *rand.Rand) string {
		return "/api/stats?period=month&q=" + url.QueryEscape(fmt.Sprintf(`"place %d"`, r.IntN(5000)))
	}},
	// Filters combined, lists and the stats beside them.
	{"actor+country", func(r *rand.Rand) string {
		return "/api/incidents?actor=" + actor(r) + "&country=" + country(r) + "&limit=" + limit(r)
	}},
	{"actor+type", func(r *rand.Rand) string {
		return "/api/incidents?actor=" + actor(r) + "&type=" + record.Types[r.IntN(len(record.Types))] + "&limit=" + limit(r)
	}},
	{"near+type", func(r *rand.Rand) string {
		return fmt.Sprintf("/api/incidents?near=%.3f,%.3f,%d&type=%s", 5+r.Float64()*30, 30+r.Float64()*40, 10+r.IntN(190), record.Types[r.IntN(len(record.Types))])
	}},
	{"near+since", func(r *rand.Rand) string {
		return fmt.Sprintf("/api/incidents?near=%.3f,%.3f,%d&since=%s", 5+r.Float64()*30, 30+r.Float64()*40, 10+r.IntN(190), day(r, 2000, 26))
	}},
	{"text+since", func(r *rand.Rand) string {
		return "/api/incidents?q=" + url.QueryEscape(fmt.Sprintf(`"place %d"`, r.IntN(5000))) + "&since=" + day(r, 2000, 26)
	}},
	{"stats-month-actor-country", func(r *rand.Rand) string {
		return "/api/stats?period=month&actor=" + actor(r) + "&country=" + country(r) + "&since=" + day(r, 1900, 99)
	}},
}

// day returns a random day in the years from first on.
func day(r *rand.Rand, first, years int) string {
	return time.Date(first, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(years*365)).Format(time.DateOnly)
}

func country(r *rand.Rand) string {
	cs := []string{"AF", "PK", "IQ", "SY", "NG", "ML", "BF", "SO", "YE", "CD", "CO", "MX", "IN", "PH", "MM", "UA", "SD", "CM", "MZ", "TH"}
	return cs[r.IntN(len(cs))]
}

func actor(r *rand.Rand) string {
	as := []string{"Islamic State", "Taliban", "al-Shabaab", "Boko Haram", "ISWAP", "JNIM", "Houthis", "ELN", "Arakan Army", "CJNG"}
	return url.QueryEscape(as[r.IntN(len(as))])
}

// limit is a page size near the default, so that pages cost about the same.
func limit(r *rand.Rand) string { return strconv.Itoa(50 + r.IntN(101)) }

// BenchmarkAPI1M times each query shape of the API through real HTTP on a
// million synthetic incidents (storetest.CachedSQLite, built into the
// temporary directory on the first run: minutes and about 2.5 GB), one
// request at a time, every request new. It reports the latency
// percentiles of at least 200 requests per shape, and the server's peak
// resident memory while answering them; "load" sends the shapes mixed
// from 8 concurrent clients. It runs only when SITREP_BENCH_1M is set.
// SITREP_BENCH_SERVER=child runs the server in a process of its own
// (TestAPI1MServer), so that peak-rss-MB is the server's alone, not the
// server's and the clients' (which read and parse every answer).
// SITREP_BENCH_POSTGRES (a DSN) measures PostgreSQL instead, the
// incidents built once into a schema of that server
// (storetest.CachedPostgres); SITREP_BENCH_N another number of them.
//
//	SITREP_BENCH_1M=1 go test ./internal/server -run X -bench API1M -benchtime 200x -timeout 1h
//	SITREP_BENCH_1M=1 SITREP_BENCH_POSTGRES="$(bash .ci/postgres)" SITREP_BENCH_N=100000 go test ./internal/server -run X -bench API1M -benchtime 200x -timeout 1h
func BenchmarkAPI1M(b *testing.B) {
	if os.Getenv("SITREP_BENCH_1M") == "" {
		b.Skip("SITREP_BENCH_1M is not set: the 1M database takes minutes and about 2.5 GB to build")
	}
	srv := startAPI1M(b)
	// Warm the file cache and the connections once, so the first shape
	// does not pay for the rest.
	for range 3 {
		fetch1M(b, srv.URL+"/api/incidents")
	}
	srv.resetPeakRSS()
	r := rand.New(rand.NewPCG(13, 1))
	seen := map[string]bool{}
	next := func(b *testing.B, draw func(*rand.Rand) string) string {
		for range 10000 {
			if q := draw(r); !seen[q] {
				seen[q] = true
				return q
			}
		}
		b.Fatal("no new request left to draw")
		return ""
	}
	for _, shape := range api1MShapes {
		b.Run(shape.name, func(b *testing.B) {
			n := max(b.N, 200)
			lat := make([]time.Duration, 0, n)
			var matches int
			start := time.Now()
			for range n {
				q := next(b, shape.query)
				t0 := time.Now()
				matches += fetch1M(b, srv.URL+q)
				lat = append(lat, time.Since(t0))
			}
			reportLatency(b, lat, time.Since(start), n)
			b.ReportMetric(float64(matches)/float64(n), "matches/req")
			b.ReportMetric(srv.peakRSSMB(), "peak-rss-MB")
		})
	}
	b.Run("load", func(b *testing.B) {
		n := max(b.N, 400)
		qs := make([]string, n)
		for i := range qs {
			qs[i] = next(b, api1MShapes[i%len(api1MShapes)].query)
		}
		lat := make([]time.Duration, n)
		var wg sync.WaitGroup
		start := time.Now()
		for w := range 8 {
			wg.Go(func() {
				for i := w; i < n; i += 8 {
					t0 := time.Now()
					fetch1M(b, srv.URL+qs[i])
					lat[i] = time.Since(t0)
				}
			})
		}
		wg.Wait()
		reportLatency(b, lat, time.Since(start), n)
		b.ReportMetric(float64(n)/time.Since(start).Seconds(), "req/s")
		b.ReportMetric(srv.peakRSSMB(), "peak-rss-MB")
	})
}

// reportLatency reports the percentiles of lat, and the mean as ns/op
// (n requests may be more than b.N).
func reportLatency(b *testing.B, lat []time.Duration, elapsed time.Duration, n int) {
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(float64(len(lat))*p))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(elapsed.Nanoseconds())/float64(n), "ns/op")
}

// fetch1M gets u, wants 200 and JSON, and returns the answer's total (or
// its incident count, for stats).
func fetch1M(b *testing.B, u string) int {
	res, err := http.Get(u)
	if err != nil {
		b.Fatal(err)
	}
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil {
		b.Fatal(err)
	}
	if res.StatusCode != http.StatusOK {
		b.Fatalf("%s: status %d: %s", u, res.StatusCode, body)
	}
	// The incidents stay raw: decoding them would make the clients'
	// share of the process's memory far from small.
	var v struct {
		Total     int             `json:"total"`
		Incidents json.RawMessage `json:"incidents"`
	}
	if err := json.Unmarshal(body, &v); err != nil {
		b.Fatalf("%s: %v", u, err)
	}
	if n, err := strconv.Atoi(string(v.Incidents)); err == nil {
		return n // stats
	}
	return v.Total
}

// open1M opens the store of BenchmarkAPI1M (see there), building it the
// first time.
func open1M(tb testing.TB) *sqlstore.DB {
	size := 1_000_000
	if v := os.Getenv("SITREP_BENCH_N"); v != "" {
		var err error
		if size, err = strconv.Atoi(v); err != nil || size <= 0 {
			tb.Fatalf("SITREP_BENCH_N=%q: want a number of incidents", v)
		}
	}
	var st *sqlstore.DB
	if dsn := os.Getenv("SITREP_BENCH_POSTGRES"); dsn != "" {
		st = storetest.CachedPostgres(tb, dsn, size, postgres.Open)
	} else {
		st = storetest.CachedSQLite(tb, size, sqlite.Open)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}

// api1MServer is the server BenchmarkAPI1M asks: its URL and the /proc
// directory of the process it runs in.
type api1MServer struct {
	URL  string
	proc string
}

// startAPI1M serves the 1M store in this process, or with
// SITREP_BENCH_SERVER=child in a child process running TestAPI1MServer,
// ended when b ends.
func startAPI1M(b *testing.B) api1MServer {
	if os.Getenv("SITREP_BENCH_SERVER") != "child" {
		LimitMemory() // as sitrep serve does
		srv := httptest.NewServer(New(open1M(b), Options{}))
		b.Cleanup(srv.Close)
		return api1MServer{URL: srv.URL, proc: "/proc/self"}
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestAPI1MServer$", "-test.v", "-test.timeout=0")
	cmd.Env = append(os.Environ(), "SITREP_BENCH_SERVER=serving")
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	lines := bufio.NewScanner(out)
	for lines.Scan() {
		if addr, ok := strings.CutPrefix(lines.Text(), "serving on "); ok {
			go io.Copy(io.Discard, out)
			return api1MServer{URL: "http://" + addr, proc: fmt.Sprintf("/proc/%d", cmd.Process.Pid)}
		}
		b.Log(lines.Text()) // building the store, the first time
	}
	b.Fatal("the server's process ended before it served")
	return api1MServer{}
}

// TestAPI1MServer is BenchmarkAPI1M's server when SITREP_BENCH_SERVER=child:
// it opens the store as the benchmark would, prints the address it serves
// on, and serves until its process is killed.
func TestAPI1MServer(t *testing.T) {
	if os.Getenv("SITREP_BENCH_SERVER") != "serving" {
		t.Skip("BenchmarkAPI1M's server process, with SITREP_BENCH_SERVER=child")
	}
	LimitMemory() // as sitrep serve does
	st := open1M(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("serving on %s\n", ln.Addr())
	t.Fatal(http.Serve(ln, New(st, Options{})))
}

// resetPeakRSS starts the kernel's peak resident set size (VmHWM) of the
// server's process afresh, so that building the database does not count
// as serving it.
func (s api1MServer) resetPeakRSS() { os.WriteFile(s.proc+"/clear_refs", []byte("5"), 0) }

// peakRSSMB is the server's process's peak resident set size in megabytes
// (0 where /proc is missing). In this process it counts the clients too,
// whose share is small.
func (s api1MServer) peakRSSMB() float64 {
	kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(procField(s.proc+"/status", "VmHWM"), "kB")))
	return float64(kb) / 1024
}

// procField is the value of the line "key: value" of the /proc file at
// path, spaces trimmed ("" where the file or the line is missing): the
// benchmarks read their process's and thread's counters from /proc.
func procField(path, key string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, key+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
