package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/sitrep/sitrep/internal/store/sqlite" // the sqlite driver, to read databases directly
)

// ingestCorpus is what BenchmarkIngestReuters ingests.
var ingestCorpus = flag.String("ingest.corpus", "../../../shared/corpus/reuters21578", "the corpus BenchmarkIngestReuters ingests")

// newsDev is the labelled development set; tests that need it skip
// without it.
const newsDev = "../../../shared/bench/news-dev"

// synthCities are places the gazetteer knows, for synthetic reports.
var synthCities = []struct{ city, country string }{
	{"Kabul", "Afghanistan"}, {"Maiduguri", "Nigeria"}, {"Mogadishu", "Somalia"},
	{"Peshawar", "Pakistan"}, {"Baghdad", "Iraq"}, {"Cucuta", "Colombia"},
}

// writeSynthetic writes n short dated reports of attacks, written for this
// test (no article text is copied), several of them reporting the same
// attack, and returns their paths in lexical order.
func writeSynthetic(t testing.TB, dir string, n int) []string {
	t.Helper()
	var paths []string
	for i := range n {
		event := i / 3 // three reports per attack
		c := synthCities[event%len(synthCities)]
		day := 1 + event%27
		killed := 3 + event%11
		pub := time.Date(2020, time.Month(1+event/27%12), day, 0, 0, 0, 0, time.UTC)
		if i%3 == 2 {
			pub = pub.AddDate(0, 0, 1) // a follow-up the next day
		}
		weekday := time.Date(2020, time.Month(1+event/27%12), day, 0, 0, 0, 0, time.UTC).Weekday()
		text := fmt.Sprintf("%s, %s — Gunmen attacked a police checkpoint in %s on %s, killing %d police officers, officials said.\n\n"+
			"No group has claimed responsibility for the attack. Report %d of a synthetic test corpus.\n",
			strings.ToUpper(c.city), c.country, c.city, weekday, killed+i%3, i)
		body := fmt.Sprintf("date %s Gunmen kill %d in %s\n\n%s", pub.Format("2006-01-02"), killed+i%3, c.city, text)
		p := filepath.Join(dir, fmt.Sprintf("synth-%04d.txt", i))
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// exportAll returns every stored incident as export --format jsonl
// prints it: the state two databases are compared by.
func exportAll(t testing.TB, db string) string {
	t.Helper()
	r := runSitrep(t, "", nil, "export", "--db", db, "--format", "jsonl")
	if r.code != 0 {
		t.Fatalf("export --db %s: exit %d\n%s", db, r.code, r.stderr)
	}
	return r.stdout
}

type statsJSON struct {
	Documents int            `json:"documents"`
	Incidents int            `json:"incidents"`
	ByType    map[string]int `json:"by_type"`
}

func statsOf(t testing.TB, db string) statsJSON {
	t.Helper()
	r := runSitrep(t, "", nil, "stats", "--db", db, "--json")
	if r.code != 0 {
		t.Fatalf("stats --db %s: exit %d\n%s", db, r.code, r.stderr)
	}
	var s statsJSON
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatalf("stats --json: %v\n%s", err, r.stdout)
	}
	return s
}

// TestIngestCLI: bad files are named and skipped, the rest is stored;
// re-running changes nothing; the same files in another order give the
// same incidents with the same ids.
func TestIngestCLI(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	paths := writeSynthetic(t, in, 30)
	writeFiles(t, in, map[string]string{
		"bad-date.txt": "date 2020-13-45 Impossible\n\nBody.\n",
		"feed.jsonl":   `{"id":"j1","date":"2020-02-03","title":"Quiet day","text":"Markets were calm."}` + "\nnot json\n",
	})
	db := filepath.Join(dir, "a.db")

	r := runSitrep(t, "", nil, "ingest", "--db", db, "--batch", "4", in)
	if r.code == 0 {
		t.Errorf("ingest with bad inputs exited 0, want non-zero")
	}
	for _, want := range []string{"bad-date.txt", "feed.jsonl:2", "31 new", "2 inputs could not be read"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	st := statsOf(t, db)
	if st.Documents != 31 {
		t.Errorf("stats: %d documents, want 31", st.Documents)
	}
	t.Logf("%d incidents from 30 synthetic reports of 10 attacks", st.Incidents)
	if st.Incidents == 0 || st.Incidents >= 30 {
		t.Errorf("%d incidents from 30 reports of 10 attacks: want some, merged", st.Incidents)
	}
	first := exportAll(t, db)

	// Again: everything is already stored.
	r = runSitrep(t, "", nil, "ingest", "--db", db, in)
	if !strings.Contains(r.stderr, "0 new, 31 already stored") {
		t.Errorf("second ingest: stderr lacks \"0 new, 31 already stored\":\n%s", r.stderr)
	}
	if again := exportAll(t, db); again != first {
		t.Errorf("re-ingest changed the incidents")
	}

	// The same documents in reverse order, one transaction each.
	slices.Reverse(paths)
	db2 := filepath.Join(dir, "b.db")
	r = runSitrep(t, "", nil, append([]string{"ingest", "--db", db2, "--batch", "1", filepath.Join(in, "feed.jsonl")}, paths...)...)
	if got := exportAll(t, db2); got != first {
		t.Errorf("reverse order gives other incidents:\n%s\nwant\n%s", got, first)
	}
}

// TestIngestConflict: a document whose id is stored with other content is
// refused and named, and the run fails.
// TestIngestRevision: a file with a stored id and other content is a new
// revision, said on stderr; the old file again changes nothing.
func TestIngestRevision(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	writeFiles(t, dir, map[string]string{
		"one/a.txt": "date 2020-01-01 First\n\nFirst text.\n",
		"two/a.txt": "date 2020-01-01 First\n\nChanged text.\n",
	})
	if r := runSitrep(t, "", nil, "ingest", "--db", db, filepath.Join(dir, "one")); r.code != 0 {
		t.Fatalf("ingest: exit %d\n%s", r.code, r.stderr)
	}
	r := runSitrep(t, "", nil, "ingest", "--db", db, filepath.Join(dir, "two"))
	if r.code != 0 || !strings.Contains(r.stderr, filepath.Join(dir, "two", "a.txt")+`: document id "a" was stored with other content: stored as a new revision`) ||
		!strings.Contains(r.stderr, "1 new (1 of them new revisions), 0 already stored") {
		t.Errorf("ingest of a revision: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	r = runSitrep(t, "", nil, "ingest", "--db", db, filepath.Join(dir, "one"))
	if r.code != 0 || !strings.Contains(r.stderr, "0 new, 1 already stored") {
		t.Errorf("ingest of the old version again: exit %d, stderr:\n%s", r.code, r.stderr)
	}
}

// countDocuments reads how many documents a database being written holds;
// -1 while it has no schema yet.
func countDocuments(path string) int {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(1000)")
	if err != nil {
		return -1
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM documents").Scan(&n); err != nil {
		return -1
	}
	return n
}

// TestIngestKillResume kills real ingest processes with SIGKILL in the
// middle of their work, resumes, and checks that the result is exactly a
// clean run's: the same documents, the same incidents with the same ids
// and sources, nothing lost or doubled.
func TestIngestKillResume(t *testing.T) {
	if testing.Short() {
		t.Skip("kills and resumes ingest processes")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	writeSynthetic(t, in, 600)
	// Real articles too when the dev set is here, each in several
	// versions (a changed headline is another document) so that merges
	// span batches.
	if files, _ := filepath.Glob(filepath.Join(newsDev, "*.txt")); len(files) > 0 {
		for _, f := range files {
			body, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			head, rest, _ := strings.Cut(string(body), "\n")
			for v := range 3 {
				name := fmt.Sprintf("%s-v%d.txt", strings.TrimSuffix(filepath.Base(f), ".txt"), v)
				os.WriteFile(filepath.Join(in, name), []byte(fmt.Sprintf("%s (v%d)\n%s", head, v, rest)), 0o644)
			}
		}
	}
	args := func(db string) []string {
		return []string{"ingest", "--db", db, "--batch", "3", "--workers", "2", "--progress", "off", in}
	}
	clean := filepath.Join(dir, "clean.db")
	if r := runSitrep(t, "", nil, args(clean)...); r.code != 0 {
		t.Fatalf("clean ingest: exit %d\n%s", r.code, r.stderr)
	}
	want, wantStats := exportAll(t, clean), statsOf(t, clean)

	crashed := filepath.Join(dir, "crashed.db")
	bin := sitrepBinary(t)
	last := 0
	for round, more := range []int{1, 150, 300} {
		cmd := exec.Command(bin, args(crashed)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		deadline := testContext(t).Done()
		killed := false
	wait:
		for {
			select {
			case <-exited:
				break wait
			case <-deadline:
				cmd.Process.Kill()
				t.Fatalf("round %d: ingest neither progressed nor ended before the test's deadline", round)
			case <-time.After(2 * time.Millisecond):
				if n := countDocuments(crashed); n >= last+more {
					cmd.Process.Signal(syscall.SIGKILL)
					<-exited
					killed = true
					break wait
				}
			}
		}
		n := countDocuments(crashed)
		if !killed || n >= wantStats.Documents {
			t.Fatalf("round %d: the run ended before it could be killed (%d documents); make the corpus bigger", round, n)
		}
		t.Logf("round %d: killed with %d of %d documents stored", round, n, wantStats.Documents)
		last = n
	}
	r := runSitrep(t, "", nil, args(crashed)...)
	if r.code != 0 {
		t.Fatalf("resumed ingest: exit %d\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, fmt.Sprintf("%d already stored", last)) {
		t.Errorf("resumed ingest did not skip the %d stored documents:\n%s", last, r.stderr)
	}
	if got := statsOf(t, crashed); got.Documents != wantStats.Documents || got.Incidents != wantStats.Incidents {
		t.Errorf("after kills and resume: %d documents, %d incidents; clean run: %d, %d",
			got.Documents, got.Incidents, wantStats.Documents, wantStats.Incidents)
	}
	if got := exportAll(t, crashed); got != want {
		t.Errorf("after kills and resume the incidents differ from a clean run's")
	}
	t.Logf("%d documents, %d incidents", wantStats.Documents, wantStats.Incidents)
}

// TestIngestNewsDev ingests the labelled dev set with the real extractor:
// no merged incident may join the two distinct events of a
// related_not_duplicate pair. How many same_incident_as pairs merge
// depends on the extractor (a report located only to its country or
// undated never merges), so it is logged.
func TestIngestNewsDev(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(newsDev, "*.txt"))
	gold, err := os.Open(filepath.Join(newsDev, "gold.jsonl"))
	if len(files) == 0 || err != nil {
		t.Skip("no news-dev set at " + newsDev)
	}
	defer gold.Close()
	type pair struct{ a, b string }
	var same, apart []pair
	sc := bufio.NewScanner(gold)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var g struct {
			File      string  `json:"file"`
			Same      *string `json:"same_incident_as"`
			Unrelated *string `json:"related_not_duplicate"`
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(g.File, ".txt")
		if g.Same != nil && g.File < *g.Same {
			same = append(same, pair{id, strings.TrimSuffix(*g.Same, ".txt")})
		}
		if g.Unrelated != nil && g.File < *g.Unrelated {
			apart = append(apart, pair{id, strings.TrimSuffix(*g.Unrelated, ".txt")})
		}
	}
	db := filepath.Join(t.TempDir(), "dev.db")
	if r := runSitrep(t, "", nil, append([]string{"ingest", "--db", db}, files...)...); r.code != 0 {
		t.Fatalf("ingest: exit %d\n%s", r.code, r.stderr)
	}
	// Each extraction: its document, that document's publication date,
	// the date it gives the event, and the merged incident it is in.
	conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	rows, err := conn.Query(`SELECT d.id, d.date, e.date, e.incident FROM extractions e JOIN documents d ON d.seq = e.doc_seq`)
	if err != nil {
		t.Fatal(err)
	}
	type extraction struct{ doc, published, date, incident string }
	var xs []extraction
	for rows.Next() {
		var x extraction
		if err := rows.Scan(&x.doc, &x.published, &x.date, &x.incident); err != nil {
			t.Fatal(err)
		}
		xs = append(xs, x)
	}
	rows.Close()
	members := map[string][]extraction{} // incident -> its extractions
	for _, x := range xs {
		members[x.incident] = append(members[x.incident], x)
	}
	// joined lists the incidents with extractions from both documents.
	joined := func(a, b string) []string {
		var out []string
		for id, ms := range members {
			var hasA, hasB bool
			for _, x := range ms {
				hasA, hasB = hasA || x.doc == a, hasB || x.doc == b
			}
			if hasA && hasB {
				out = append(out, id)
			}
		}
		return out
	}
	merged := 0
	for _, pr := range same {
		if ids := joined(pr.a, pr.b); len(ids) > 0 {
			merged++
			t.Logf("same event, merged: %s + %s", pr.a, pr.b)
		} else {
			t.Logf("same event, not merged: %s + %s", pr.a, pr.b)
		}
	}
	t.Logf("%d of %d same_incident_as pairs merged; %d incidents from %d documents", merged, len(same), len(members), len(files))
	// A related pair: the later document's own news (an incident it dates
	// to its publication day) must not join the earlier document's. Both
	// may report the earlier event: a follow-up recalls yesterday's attack.
	for _, pr := range apart {
		for _, id := range joined(pr.a, pr.b) {
			for _, x := range members[id] {
				if x.date == x.published {
					for _, y := range members[id] {
						if y.doc != x.doc && (y.doc == pr.a || y.doc == pr.b) && y.date == y.published {
							t.Errorf("related but distinct events merged: %s's incident of %s and %s's of %s (incident %s)",
								x.doc, x.date, y.doc, y.date, id)
						}
					}
				}
			}
			t.Logf("related pair %s + %s both report an earlier event (incident %s)", pr.a, pr.b, id)
		}
	}
}

// BenchmarkIngestReuters ingests the Reuters-21578 corpus (19,771
// articles) into a new SQLite database through the real command: reading,
// extraction on every core, merging and storing.
//
//	go test ./cmd/sitrep -run XXX -bench IngestReuters -benchtime 1x
//
// -ingest.corpus DIR ingests DIR instead: a larger corpus (Reuters copied
// with other ids and a changed line) shows how the cost grows with the
// size of the database.
func BenchmarkIngestReuters(b *testing.B) {
	corpus := *ingestCorpus
	if _, err := os.Stat(corpus); err != nil {
		b.Skip("no Reuters corpus at " + corpus)
	}
	var stderr strings.Builder
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		stderr.Reset()
		db := filepath.Join(b.TempDir(), "reuters.db")
		cpu0 := cpuTime()
		b.StartTimer()
		// Inputs the extractor fails on make the run exit non-zero; the
		// benchmark measures the rest.
		run(context.Background(), env{strings.NewReader(""), io.Discard, &stderr},
			[]string{"ingest", "--db", db, "--progress", "off", corpus})
		cpu += cpuTime() - cpu0
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	b.Log(lines[len(lines)-1])
	var read int
	if _, err := fmt.Sscanf(lines[len(lines)-1], "sitrep: ingest: %d documents read", &read); err != nil {
		b.Fatalf("no summary line: %s", lines[len(lines)-1])
	}
	b.ReportMetric(float64(b.Elapsed().Seconds())/float64(b.N), "s/corpus")
	b.ReportMetric(float64(read*b.N)/b.Elapsed().Seconds(), "docs/s")
	if cpu > 0 {
		// The process's user and system time: what the load of a shared
		// machine does not change.
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	}
}

// BenchmarkIngestRevised stores Reuters-21578, untimed, then times a
// second ingest of the same articles with every one of them changed: each
// document arrives as a new revision of a stored one, the path a
// corrections feed or a re-crawl takes. It reports documents/s and the
// process's CPU seconds per pass (user and system, which the load of a
// shared machine does not change).
//
//	go test ./cmd/sitrep -run XXX -bench IngestRevised -benchtime 1x
func BenchmarkIngestRevised(b *testing.B) {
	const corpus = "../../../shared/corpus/reuters21578"
	if _, err := os.Stat(corpus); err != nil {
		b.Skip("no Reuters corpus at " + corpus)
	}
	dir := b.TempDir()
	base := filepath.Join(dir, "base.db")
	var stderr strings.Builder
	e := env{strings.NewReader(""), io.Discard, &stderr}
	run(context.Background(), e, []string{"ingest", "--db", base, "--progress", "off", corpus})
	// The revised corpus: every article with a sentence appended, under
	// the same file name, so under the same document id.
	revised := filepath.Join(dir, "revised")
	if err := os.Mkdir(revised, 0o755); err != nil {
		b.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(corpus, "*.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text = append(text, "\n\nThe report was updated later.\n"...)
		if err := os.WriteFile(filepath.Join(revised, filepath.Base(f)), text, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	baseDB, err := os.ReadFile(base)
	if err != nil {
		b.Fatal(err)
	}
	var cpu time.Duration
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		db := filepath.Join(dir, fmt.Sprintf("revised%d.db", i))
		if err := os.WriteFile(db, baseDB, 0o644); err != nil {
			b.Fatal(err)
		}
		stderr.Reset()
		cpu0 := cpuTime()
		b.StartTimer()
		run(context.Background(), e, []string{"ingest", "--db", db, "--progress", "off", revised})
		cpu += cpuTime() - cpu0
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	b.Log(lines[len(lines)-1])
	// Reuters repeats some articles under other ids: stored once, their
	// copies are skipped again. Everything else is a revision.
	var read, stored, revisions int
	if _, err := fmt.Sscanf(lines[len(lines)-1], "sitrep: ingest: %d documents read: %d new (%d of them new revisions)",
		&read, &stored, &revisions); err != nil || revisions != stored || stored < len(files)*9/10 {
		b.Errorf("want (nearly) every document stored as a revision: %s", lines[len(lines)-1])
	}
	if cpu > 0 {
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	}
	b.ReportMetric(float64(len(files)*b.N)/b.Elapsed().Seconds(), "docs/s")
}
