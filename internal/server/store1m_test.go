//go:build linux

package server

import (
	"context"
	"math/rand/v2"
	"net/url"
	"os"
	"runtime"
	rtmetrics "runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlite"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// BenchmarkStore1M is BenchmarkAPI1M without HTTP, to find where a shape's
// slow requests spend: for each shape, the requests BenchmarkAPI1M would
// send (drawn alike, the shapes one after another), each answered by the
// store and encoded as the handler does, its CPU time measured on the
// goroutine's own thread (so that the load of other processes, which
// stretches wall time, does not count). It reports percentiles of CPU
// (store, encoding) and wall time, bytes allocated a request, and logs
// the costliest requests; the load of a shared machine moves its CPU
// figures little, unlike BenchmarkAPI1M's latencies. It runs only when
// SITREP_BENCH_1M is set.
//
//	SITREP_BENCH_1M=1 go test ./internal/server -run X -bench 'Store1M/^(list|near\+type)$' -benchtime 200x -v
func BenchmarkStore1M(b *testing.B) {
	if os.Getenv("SITREP_BENCH_1M") == "" {
		b.Skip("SITREP_BENCH_1M is not set: the 1M database takes minutes and about 2.5 GB to build")
	}
	LimitMemory()
	st := storetest.CachedSQLite(b, 1_000_000, sqlite.Open)
	b.Cleanup(func() { st.Close() })
	ctx := context.Background()
	for range 3 { // warm the file cache, as BenchmarkAPI1M does
		if _, err := st.Incidents(ctx, store.Filter{Limit: DefaultLimit}); err != nil {
			b.Fatal(err)
		}
	}
	r := rand.New(rand.NewPCG(13, 1))
	seen := map[string]bool{}
	for _, shape := range api1MShapes {
		b.Run(shape.name, func(b *testing.B) {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			n := max(b.N, 200)
			type cost struct {
				q                string
				cpu, enc, wall   time.Duration
				matches, records int
				reads, gcs       uint64 // read calls (pages SQLite did not cache), collections
			}
			costs := make([]cost, 0, n)
			alloc0 := allocated()
			for range n {
				q := shape.query(r)
				for seen[q] {
					q = shape.query(r)
				}
				seen[q] = true
				u, err := url.Parse(q)
				if err != nil {
					b.Fatal(err)
				}
				vs := u.Query()
				stats := strings.HasPrefix(u.Path, "/api/stats")
				f, err := parseFilter(vs, !stats, "period")
				if err != nil {
					b.Fatal(err)
				}
				if !stats && f.Limit == 0 {
					f.Limit = DefaultLimit
				}
				c := cost{q: q}
				reads0, gcs0 := threadReads(), collections()
				t0, cpu0 := time.Now(), threadCPU()
				var encode func() []byte
				if stats {
					by, _ := store.ParsePeriod(vs.Get("period"))
					s, err := st.Stats(ctx, f, by)
					if err != nil {
						b.Fatal(err)
					}
					c.matches = s.Incidents
					encode = s.JSON
				} else {
					p, err := st.IncidentsJSON(ctx, f)
					if err != nil {
						b.Fatal(err)
					}
					c.matches, c.records = p.Total, len(p.Raw)
					encode = func() []byte {
						body, _ := incidentsJSON(p)
						return body
					}
				}
				c.cpu, c.wall = threadCPU()-cpu0, time.Since(t0)
				c.reads, c.gcs = threadReads()-reads0, collections()-gcs0
				cpu1 := threadCPU()
				encode()
				c.enc = threadCPU() - cpu1
				costs = append(costs, c)
			}
			b.ReportMetric(float64(allocated()-alloc0)/float64(n), "B/req")
			var reads uint64
			for _, c := range costs {
				reads += c.reads
			}
			b.ReportMetric(float64(reads)/float64(n), "reads/req")
			pct := func(d func(cost) time.Duration, p float64) float64 {
				ds := make([]time.Duration, len(costs))
				for i, c := range costs {
					ds[i] = d(c)
				}
				slices.Sort(ds)
				return float64(ds[min(len(ds)-1, int(float64(len(ds))*p))].Microseconds()) / 1000
			}
			cpu := func(c cost) time.Duration { return c.cpu }
			b.ReportMetric(pct(cpu, 0.5), "cpu-p50-ms")
			b.ReportMetric(pct(cpu, 0.99), "cpu-p99-ms")
			b.ReportMetric(pct(func(c cost) time.Duration { return c.enc }, 0.99), "enc-p99-ms")
			b.ReportMetric(pct(func(c cost) time.Duration { return c.wall }, 0.5), "wall-p50-ms")
			b.ReportMetric(pct(func(c cost) time.Duration { return c.wall }, 0.99), "wall-p99-ms")
			slices.SortFunc(costs, func(a, b cost) int { return int(b.cpu - a.cpu) })
			for _, c := range costs[:5] {
				b.Logf("cpu %v enc %v wall %v reads %d collections %d matches %d records %d: %s", c.cpu, c.enc, c.wall, c.reads, c.gcs, c.matches, c.records, c.q)
			}
		})
	}
}

// threadCPU is the CPU time of the calling thread (user and system), to
// the nanosecond (getrusage's thread times come in clock ticks).
func threadCPU() time.Duration {
	var ts syscall.Timespec
	const clockThreadCPUTime = 3 // CLOCK_THREAD_CPUTIME_ID, Linux
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}

// threadReads is the read calls of the calling thread so far: SQLite
// reads a page it does not hold with one.
func threadReads() uint64 {
	n, _ := strconv.ParseUint(procField("/proc/thread-self/io", "syscr"), 10, 64)
	return n
}

// collections is the number of garbage collections finished so far.
func collections() uint64 {
	s := []rtmetrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	rtmetrics.Read(s)
	return s[0].Value.Uint64()
}

// allocated is the bytes the process has allocated on the heap so far.
func allocated() uint64 {
	s := []rtmetrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	rtmetrics.Read(s)
	return s[0].Value.Uint64()
}
