package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/record"
)

func gz(t testing.TB, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// decodeLines parses extract's output: one record.Result per line.
func decodeLines(t *testing.T, out string) []record.Result {
	t.Helper()
	var rs []record.Result
	for i, line := range strings.SplitAfter(out, "\n") {
		if line == "" {
			continue
		}
		if !strings.HasSuffix(line, "\n") {
			t.Fatalf("output line %d is not terminated: %q", i+1, line)
		}
		var r record.Result
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("output line %d: %v: %q", i+1, err, line)
		}
		if r.Incidents == nil {
			t.Errorf("output line %d has no incidents array: %q", i+1, line)
		}
		rs = append(rs, r)
	}
	return rs
}

// A directory of good and bad files: the good documents on stdout in input
// order, each bad file (and JSONL line) named on stderr, exit status 1.
func TestExtractCLIGoodAndBadFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"in/01-first.txt":     "date 2021-03-05 Stalls reopen\n\nTraders reopened on Friday.\n",
		"in/02-batch.jsonl":   `{"id":"b1","date":"2021-03-06","title":"Ferry resumes","text":"It ran.","url":"https://example.org/b1"}` + "\nnot json\n\n" + `{"id":"b4","date":"2021-03-07","text":"Closed."}` + "\n",
		"in/03-bad-date.txt":  "date 2021-13-45 Impossible\n\nBody.\n",
		"in/04/05-deep.txt":   "\r\n\tdate 2021-03-08 Nested\r\n\r\nBody.\r\n",
		"in/06-more.jsonl.gz": gz(t, `{"id":"g1","date":"2021-03-09","text":"Zipped."}`+"\n"),
		"in/07-binary.txt":    "\x00\x01\x02\x03binary",
		"in/08-nodate.txt":    "Council meets\n\nNo date line here.\n",
		"in/notes.md":         "not an input",
	})
	r := runSitrep(t, dir, nil, "extract", "--workers", "3", "in")
	if r.code != 1 {
		t.Errorf("exit status %d, want 1", r.code)
	}
	var got []string
	for _, res := range decodeLines(t, r.stdout) {
		got = append(got, res.Doc.ID+" "+res.Doc.Date+" "+res.Doc.Path)
	}
	want := []string{
		"01-first 2021-03-05 in/01-first.txt",
		"b1 2021-03-06 in/02-batch.jsonl",
		"b4 2021-03-07 in/02-batch.jsonl",
		"05-deep 2021-03-08 in/04/05-deep.txt",
		"g1 2021-03-09 in/06-more.jsonl.gz",
		"08-nodate  in/08-nodate.txt",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("stdout documents:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, line := range []string{
		"sitrep: in/02-batch.jsonl:2: not JSON",
		`sitrep: in/03-bad-date.txt:1: bad date "2021-13-45": no such month`,
		"sitrep: in/07-binary.txt: looks binary",
		"sitrep: in/08-nodate.txt: warning: no date line",
		"sitrep: extract: 3 input(s) could not be read; 6 document(s) extracted",
	} {
		if !strings.Contains(r.stderr, line) {
			t.Errorf("stderr lacks %q:\n%s", line, r.stderr)
		}
	}
	if n := strings.Count(r.stderr, "\n"); n != 5 {
		t.Errorf("stderr has %d lines, want 5:\n%s", n, r.stderr)
	}
}

// Standard input, in both formats; a clean run exits 0 and prints nothing
// on stderr.
func TestExtractCLIStdin(t *testing.T) {
	tests := []struct {
		name, in string
		want     record.Doc
	}{
		{"dated text", "date 2021-03-05 Stalls <reopen> & more\n\nBody.\n",
			record.Doc{ID: "stdin-b61a86933cae", Date: "2021-03-05", Title: "Stalls <reopen> & more", Path: "-"}},
		{"JSON Lines", `{"id":"j1","date":"2021-03-06","title":"T","text":"B","url":"https://example.org/j1","source":"Wire","lang":"en"}` + "\n",
			record.Doc{ID: "j1", Date: "2021-03-06", Title: "T", Path: "-", URL: "https://example.org/j1", Source: "Wire", Lang: "en"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runSitrep(t, "", strings.NewReader(tt.in), "extract", "-")
			if r.code != 0 || r.stderr != "" {
				t.Errorf("exit status %d, stderr %q; want 0 and nothing", r.code, r.stderr)
			}
			if strings.Contains(r.stdout, `\u003c`) {
				t.Errorf("HTML-escaped output: %s", r.stdout)
			}
			rs := decodeLines(t, r.stdout)
			if len(rs) != 1 || rs[0].Doc != tt.want {
				t.Errorf("got %+v, want one document %+v", rs, tt.want)
			}
		})
	}
}

func TestExtractCLIUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no path", []string{"extract"}, 1, "no PATH given"},
		{"help", []string{"extract", "-h"}, 0, "usage: sitrep extract [--workers N] [--format json|text] PATH..."},
		{"bad flag", []string{"extract", "--workers", "many", "x"}, 1, `invalid value "many" for flag -workers`},
		{"missing file", []string{"extract", "no-such-file.txt"}, 1, "sitrep: no-such-file.txt: no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runSitrep(t, t.TempDir(), nil, tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.stderr) || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant exit %d and stderr with %q", r.code, r.stdout, r.stderr, tt.code, tt.stderr)
			}
		})
	}
}

// The output is the same, line for line, whatever the number of workers.
func TestExtractCLIOrderDoesNotDependOnWorkers(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&b, `{"id":"n%d","date":"2021-03-05","text":"%s"}`+"\n", i, strings.Repeat("word ", i%97))
	}
	files := map[string]string{"many.jsonl": b.String()}
	for i := range 40 {
		files[fmt.Sprintf("t/%02d.txt", i)] = fmt.Sprintf("date 2021-03-%02d Doc %d\n\nBody %d.\n", i%28+1, i, i)
	}
	writeFiles(t, dir, files)
	one := runSitrep(t, dir, nil, "extract", "--workers", "1", "many.jsonl", "t")
	four := runSitrep(t, dir, nil, "extract", "--workers", "4", "many.jsonl", "t")
	if one.code != 0 || four.code != 0 {
		t.Fatalf("exit status %d and %d; stderr:\n%s%s", one.code, four.code, one.stderr, four.stderr)
	}
	rs := decodeLines(t, one.stdout)
	if len(rs) != 3040 || rs[0].Doc.ID != "n0" || rs[2999].Doc.ID != "n2999" || rs[3039].Doc.Path != "t/39.txt" {
		t.Fatalf("%d documents, want 3040 in input order", len(rs))
	}
	if one.stdout != four.stdout {
		t.Error("output with 4 workers differs from output with 1")
	}
}

// A reference data load that fails stops the run with its error, before
// any input is reported or any document counted, its warnings printed or
// its line written; with no document to extract too, and at once while
// the run waits for standard input.
func TestExtractLoadFails(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"nodate.txt":  "Council meets\n\nNo date line here.\n", // a document with a warning
		"binary.txt":  "\x00\x01\x02\x03binary",                // an input error
		"empty.jsonl": "",                                      // no document
	})
	errLoad := errors.New("gazetteer: truncated")
	open, write := io.Pipe() // standard input that never ends
	t.Cleanup(func() { write.Close() })
	tests := []struct {
		name  string
		stdin string // "open": left open
		late  bool   // the load fails only once standard input is read
		args  []string
	}{
		{name: "a document with a warning", args: []string{"nodate.txt"}},
		{name: "many documents", args: []string{"nodate.txt", "nodate.txt", "nodate.txt"}},
		{name: "an input that cannot be read", args: []string{"binary.txt", "nodate.txt"}},
		{name: "text summary", args: []string{"--format", "text", "nodate.txt"}},
		{name: "no document", args: []string{"empty.jsonl"}},
		{name: "empty standard input", args: []string{"-"}},
		{name: "standard input left open", stdin: "open", args: []string{"-"}},
		{name: "a document on standard input, read before the load fails",
			stdin: "Council meets\n\nNo date line here.\n", late: true, args: []string{"-"}},
		{name: "no document on standard input, read before the load fails",
			late: true, args: []string{"-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read := make(chan struct{})
			var stdin io.Reader = &endSignal{r: strings.NewReader(tt.stdin), end: read}
			if tt.stdin == "open" {
				stdin = open
			}
			load := func() (*extract.Extractor, error) {
				if tt.late {
					<-read
				}
				return nil, errLoad
			}
			var stdout, stderr strings.Builder
			args := append([]string{"--workers", "2"}, tt.args...)
			for i, a := range args {
				if strings.Contains(a, ".") {
					args[i] = filepath.Join(dir, a)
				}
			}
			ctx := testContext(t)
			err := extractWith(ctx, env{stdin: stdin, stdout: &stdout, stderr: &stderr}, args, load)
			if !errors.Is(err, errLoad) {
				t.Errorf("error %v, want the load's %v", err, errLoad)
			}
			if ctx.Err() != nil {
				t.Error("the run ended only with the test's context, not with the load")
			}
			if stdout.Len() > 0 || stderr.Len() > 0 {
				t.Errorf("stdout %q, stderr %q; want nothing on either", stdout.String(), stderr.String())
			}
		})
	}
}

// endSignal is r, closing end when a read of it comes to its end.
type endSignal struct {
	r   io.Reader
	end chan struct{}
}

func (e *endSignal) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err == io.EOF {
		select {
		case <-e.end:
		default:
			close(e.end)
		}
	}
	return n, err
}

// corpus is the Reuters-21578 folder of the shared benchmark data, outside
// the repository.
const corpus = "../../../shared/corpus/reuters21578"

// BenchmarkExtractReuters runs `sitrep extract` in-process over the 19,771
// Reuters articles, output discarded: the whole pipeline (reading,
// extraction, JSON output) in MB/s and words/s, with one worker and with
// two. On a shared machine wall-clock words/s follow the load; cpu-s/op
// (the process's user and system time per pass, where the platform tells)
// does not, and words/s of workers=2 over workers=1 is the scaling. On a
// quiet machine, cores (cpu-s/op over seconds per pass) says how much of
// the second core workers=1 already keeps busy (walking the directory,
// collecting garbage, the runtime's own threads): that share is what a
// second worker cannot add. The reference data is loaded before the first
// timed pass: it loads once a process (each package keeps it), and a trace
// showed the first pass of workers=1 waiting 110-130 ms for it, a cost that
// only that one pass of each process paid.
func BenchmarkExtractReuters(b *testing.B) {
	bytes, words := reutersSize(b)
	if _, err := newExtractor(); err != nil {
		b.Fatal(err)
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.SetBytes(int64(bytes))
			b.ReportAllocs()
			e := env{stdout: io.Discard, stderr: io.Discard}
			args := []string{"--workers", strconv.Itoa(workers), corpus}
			cpu0 := cpuTime()
			for b.Loop() {
				if err := runExtract(b.Context(), e, args); err != nil {
					b.Fatal(err)
				}
			}
			if cpu := cpuTime() - cpu0; cpu > 0 {
				b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
				b.ReportMetric(cpu.Seconds()/b.Elapsed().Seconds(), "cores")
			}
			b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
}

// reutersSize is the bytes and the words of the Reuters corpus's
// documents, or skips b when the corpus is not there.
func reutersSize(b *testing.B) (bytes, words int) {
	if _, err := os.Stat(corpus); err != nil {
		b.Skip("no corpus at", corpus)
	}
	err := doc.Read([]string{corpus}, nil, func(d *doc.Document, err error) error {
		if err != nil {
			return err
		}
		bytes += len(d.Title) + len(d.Text)
		words += len(strings.Fields(d.Title)) + len(strings.Fields(d.Text))
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return bytes, words
}

// BenchmarkExtractReutersCLI runs the sitrep binary over the Reuters
// corpus as a user does, output to /dev/null: unlike BenchmarkExtractReuters,
// which loads the reference data once for all its passes, every run pays
// the start-up, the part of the run that a second worker cannot shorten.
// start is a run over one short article (start-up, mostly loading, and
// exit); workers=1 and workers=2 the whole corpus. workers=2 runs
// --workers 1 before each of its timed runs, so that both see the same
// load on a shared machine, and reports speedup, the time of those runs
// over its own, and amdahl, the speed-up that the start-up allows if the
// rest halved: T1/(S + (T1-S)/2), S start's and T1 the --workers 1 runs'
// seconds. cpu-s/op is the process's user and system time, which the
// machine's other load inflates less than wall time; start's cores, that
// time over the wall time, says how much of the start-up runs on both
// cores (on a quiet machine: near 1 would mean it is serial).
func BenchmarkExtractReutersCLI(b *testing.B) {
	_, words := reutersSize(b)
	bin := sitrepBinary(b)
	run := func(b *testing.B, args ...string) time.Duration { // CPU time
		cmd := exec.CommandContext(b.Context(), bin, args...)
		var stderr strings.Builder
		cmd.Stderr = &stderr // stdout: nil is /dev/null
		if err := cmd.Run(); err != nil {
			b.Fatalf("sitrep %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
		}
		return cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	extract := func(workers int) []string {
		return []string{"extract", "--workers", strconv.Itoa(workers), corpus}
	}
	var start float64 // seconds per run of start
	b.Run("start", func(b *testing.B) {
		var cpu time.Duration
		for b.Loop() {
			cpu += run(b, "extract", "--workers", "1", "../../examples/karachi-consulate-2018-11-23.txt")
		}
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		b.ReportMetric(cpu.Seconds()/b.Elapsed().Seconds(), "cores")
		start = b.Elapsed().Seconds() / float64(b.N)
	})
	b.Run("workers=1", func(b *testing.B) {
		var cpu time.Duration
		for b.Loop() {
			cpu += run(b, extract(1)...)
		}
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	})
	b.Run("workers=2", func(b *testing.B) {
		var cpu, one time.Duration
		for b.Loop() {
			b.StopTimer()
			t0 := time.Now()
			run(b, extract(1)...)
			one += time.Since(t0)
			b.StartTimer()
			cpu += run(b, extract(2)...)
		}
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
		b.ReportMetric(one.Seconds()/b.Elapsed().Seconds(), "speedup")
		if t1 := one.Seconds() / float64(b.N); start > 0 && start < t1 {
			b.ReportMetric(t1/(start+(t1-start)/2), "amdahl")
		}
	})
}

// BenchmarkEncodeResult is the JSON output of one result with a full
// incident, as extract writes it: its cost per document against the budget
// of the whole pipeline (1M words/s is about 140 µs for an average
// 140-word Reuters article).
func BenchmarkEncodeResult(b *testing.B) {
	lat, lon := 24.8608, 67.0104
	res := record.Result{
		Doc: record.Doc{ID: "karachi-consulate-2018-11-23", Date: "2018-11-23",
			Title: "Police say two security personnel, three militants killed in assault",
			Path:  "examples/karachi-consulate-2018-11-23.txt"},
		Incidents: []record.Incident{{
			ID: "c0ffee", Type: record.ArmedAssault, Date: "2018-11-23", DatePrecision: record.PrecisionDay,
			Location: &record.Location{Place: "Karachi", Admin1: "Sindh", Country: "Pakistan",
				CountryCode: "PK", Lat: &lat, Lon: &lon, GeonamesID: 1174872, Precision: record.GeoPlace},
			Perpetrators: []record.Perpetrator{{Name: "Balochistan Liberation Army", Attribution: record.Claimed}},
			Targets:      []record.Target{{Name: "Chinese consulate", Category: "diplomatic"}},
			Weapons:      []string{"firearms", "explosives"},
			Killed:       &record.Count{Min: record.IntPtr(5), ByParty: map[string]int{"security_forces": 2, "perpetrators": 3}},
			Injured:      &record.Count{Min: record.IntPtr(1), Max: record.IntPtr(1), ByParty: map[string]int{"security_forces": 1}},
			Evidence: []record.Evidence{
				{Field: "killed.security_forces", Start: 0, End: 34, Text: "At least two policemen were killed"},
				{Field: "type", Start: 40, End: 77, Text: "unidentified gunmen stormed the Chinese"},
				{Field: "location", Start: 90, End: 97, Text: "Karachi"},
				{Field: "perpetrators[0]", Start: 300, End: 327, Text: "Balochistan Liberation Army"},
			},
			Confidence: 0.92,
		}},
	}
	w := bufio.NewWriterSize(io.Discard, 64<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	b.ReportAllocs()
	for b.Loop() {
		if err := enc.Encode(res); err != nil {
			b.Fatal(err)
		}
	}
	w.Flush()
}
