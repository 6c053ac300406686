package server

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"
)

// latencyBuckets are the upper bounds, in seconds, of the request latency
// histogram: fine below 50 ms, where the API is meant to answer.
var latencyBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// metrics counts requests by route and status and their latency by route.
// It is written by hand in the Prometheus text format: a client library
// would be the server's biggest dependency for a dozen lines of output.
type metrics struct {
	mu     sync.Mutex
	routes map[string]*routeMetrics
}

type routeMetrics struct {
	byStatus map[int]uint64
	buckets  []uint64 // counts per latencyBuckets bound, not cumulative
	count    uint64
	sum      float64
}

func newMetrics() *metrics { return &metrics{routes: map[string]*routeMetrics{}} }

// observe records one request. route is the ServeMux pattern that matched,
// never the raw path, so that ids do not grow the label set without bound.
// An untimed request (a change stream, open for as long as its client
// stays) is counted but kept out of the latency histogram, where its hours
// would drown the answers that histogram is for.
func (m *metrics) observe(route string, status int, d time.Duration, timed bool) {
	sec := d.Seconds()
	m.mu.Lock()
	defer m.mu.Unlock()
	rm := m.routes[route]
	if rm == nil {
		rm = &routeMetrics{byStatus: map[int]uint64{}, buckets: make([]uint64, len(latencyBuckets))}
		m.routes[route] = rm
	}
	rm.byStatus[status]++
	if !timed {
		return
	}
	rm.count++
	rm.sum += sec
	if i, _ := slices.BinarySearch(latencyBuckets, sec); i < len(latencyBuckets) {
		rm.buckets[i]++
	}
}

// gauges are the store's sizes at scrape time.
type gauges struct {
	documents, incidents int
	streams              int // change streams open
}

// write prints every metric in the Prometheus text exposition format 0.0.4.
func (m *metrics) write(w io.Writer, g gauges) error {
	bw := bufio.NewWriter(w)
	m.mu.Lock()
	routes := make([]string, 0, len(m.routes))
	for r := range m.routes {
		routes = append(routes, r)
	}
	slices.Sort(routes)

	fmt.Fprintln(bw, "# HELP sitrep_http_requests_total HTTP requests answered, by route and status.")
	fmt.Fprintln(bw, "# TYPE sitrep_http_requests_total counter")
	for _, r := range routes {
		rm := m.routes[r]
		statuses := make([]int, 0, len(rm.byStatus))
		for s := range rm.byStatus {
			statuses = append(statuses, s)
		}
		slices.Sort(statuses)
		for _, s := range statuses {
			fmt.Fprintf(bw, "sitrep_http_requests_total{route=%s,status=\"%d\"} %d\n", label(r), s, rm.byStatus[s])
		}
	}

	fmt.Fprintln(bw, "# HELP sitrep_http_request_duration_seconds Time to answer a request, by route.")
	fmt.Fprintln(bw, "# TYPE sitrep_http_request_duration_seconds histogram")
	for _, r := range routes {
		rm := m.routes[r]
		var cum uint64
		for i, le := range latencyBuckets {
			cum += rm.buckets[i]
			fmt.Fprintf(bw, "sitrep_http_request_duration_seconds_bucket{route=%s,le=\"%s\"} %d\n",
				label(r), strconv.FormatFloat(le, 'g', -1, 64), cum)
		}
		fmt.Fprintf(bw, "sitrep_http_request_duration_seconds_bucket{route=%s,le=\"+Inf\"} %d\n", label(r), rm.count)
		fmt.Fprintf(bw, "sitrep_http_request_duration_seconds_sum{route=%s} %s\n", label(r), strconv.FormatFloat(rm.sum, 'g', -1, 64))
		fmt.Fprintf(bw, "sitrep_http_request_duration_seconds_count{route=%s} %d\n", label(r), rm.count)
	}
	m.mu.Unlock()

	fmt.Fprintln(bw, "# HELP sitrep_documents Documents in the store.")
	fmt.Fprintln(bw, "# TYPE sitrep_documents gauge")
	fmt.Fprintf(bw, "sitrep_documents %d\n", g.documents)
	fmt.Fprintln(bw, "# HELP sitrep_incidents Merged incidents in the store.")
	fmt.Fprintln(bw, "# TYPE sitrep_incidents gauge")
	fmt.Fprintf(bw, "sitrep_incidents %d\n", g.incidents)
	fmt.Fprintln(bw, "# HELP sitrep_change_streams Change streams (/api/changes/stream) open.")
	fmt.Fprintln(bw, "# TYPE sitrep_change_streams gauge")
	fmt.Fprintf(bw, "sitrep_change_streams %d\n", g.streams)
	return bw.Flush()
}

// label quotes a label value as the text format wants: backslash, double
// quote and newline escaped.
func label(v string) string {
	b := make([]byte, 0, len(v)+2)
	b = append(b, '"')
	for i := 0; i < len(v); i++ {
		switch c := v[i]; c {
		case '\\', '"':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}

// statusRecorder remembers the status a handler wrote, for the metrics.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach Flush and deadlines.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
