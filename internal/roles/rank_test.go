package roles

import (
	"bytes"
	"slices"
	"strconv"
	"testing"
	"unicode/utf8"
)

func TestCorefer(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"fmln", "fmln", true},
		{"guerrillas", "urban guerrillas", true},
		{"guerrilla", "guerrillas", true},
		{"farm", "la eminencia farm", true},
		{"eln", "ejercito de liberacion nacional", true},
		{"power tower", "bridge", false},
		{"carlos perez", "jose perez", false}, // one surname, two people
		{"perez", "carlos perez", true},
		{"urban guerrillas", "fmln urban guerrilla", true},
		{"fmln guerrillas", "urban guerrillas", false},
		{"bombs", "bomb", true},
		{"power tower", "control tower", false},
		{"three urban guerrillas", "urban guerrillas", true},
		{"bomb", "dynamite", false},
	} {
		t.Run(tc.a+"|"+tc.b, func(t *testing.T) {
			if got := corefer(tc.a, tc.b); got != tc.want {
				t.Errorf("corefer(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// TestGather checks the candidates of a passage: spans trimmed of
// function words and punctuation, found wherever they stand, with where
// they came from.
func TestGather(t *testing.T) {
	s := `terrorists of the fmln dynamited the "power tower" in usulutan. the fmln denied it. colonel rene ponce spoke.`
	if levels[atBias] != 0 {
		t.Fatalf("levels[atBias] = %d, want the tagger's own biases (0)", levels[atBias])
	}
	p := Prepare(s)
	var tags [len(levels)][]Span
	tags[atBias] = []Span{{PerpInd, 0, len("terrorists of")}} // a span ending in "of"
	var rules [NumRoles][]string
	rules[Target] = []string{"power tower"}
	c := gather(p.d, s, tags, rules)
	for _, tc := range []struct {
		key  string
		occ  int
		srcs []string
	}{
		{"terrorists", 1, []string{"tag:PerpInd:0"}},
		{"fmln", 2, []string{"group:leftist"}},
		{"power tower", 1, []string{"rule:Target"}},
		{"rene ponce", 1, []string{"title:2"}},
		{"colonel rene ponce", 1, []string{"titled:2"}},
	} {
		t.Run(tc.key, func(t *testing.T) {
			k, ok := c.byKey[tc.key]
			if !ok {
				t.Fatalf("no candidate %q among %v", tc.key, keys(c))
			}
			cd := c.list[k]
			if len(cd.occ) != tc.occ {
				t.Errorf("%d occurrences, want %d", len(cd.occ), tc.occ)
			}
			for _, src := range tc.srcs {
				if !slices.Contains(cd.srcs, src) {
					t.Errorf("sources %q, want %q among them", cd.srcs, src)
				}
			}
		})
	}
	if _, ok := c.byKey["terrorists of"]; ok {
		t.Error(`"terrorists of" kept its trailing "of"`)
	}
}

func keys(c *candidates) []string {
	var out []string
	for _, cd := range c.list {
		out = append(out, cd.key)
	}
	return out
}

// rankSlice is trainSlice prepared for the ranker with the labels of its
// answer strings.
func rankSlice(t testing.TB, m *Model, sm *Sentences) ([]RankDoc, [][][NumRoles]bool) {
	var docs []RankDoc
	var labels [][][NumRoles]bool
	for _, ex := range trainSlice {
		d := PrepareRank(ex.Text, m, sm, [NumRoles][]string{})
		var l [][NumRoles]bool
		for _, txt := range d.Texts() {
			var y [NumRoles]bool
			for _, sp := range ex.Spans {
				if ex.Text[sp.Start:sp.End] == txt {
					y[sp.Role] = true
				}
			}
			l = append(l, y)
		}
		docs = append(docs, d)
		labels = append(labels, l)
	}
	return docs, labels
}

func TestTrainRankerDeterministic(t *testing.T) {
	m, err := Train(trainSlice, TrainConfig{Epochs: 3, Seed: 7, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	cfg := RankConfig{Epochs: 5, Seed: 3, Rate: 0.1, L2: 1e-5}
	sm := TrainSentences(trainSlice, cfg)
	docs, labels := rankSlice(t, m, sm)
	dec := Decision{Threshold: [NumRoles]float32{1, -0.5, 0, 0.25, 2}, TopK: [NumRoles]int{0, 2, 0, 3, 1}, Gate: 0.5, RelGate: -1}
	var enc [2][]byte
	for i := range enc {
		rn, err := TrainRanker(docs, labels, cfg)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := rn.WithSentences(sm).WithDecision(dec).Encode(&b); err != nil {
			t.Fatal(err)
		}
		enc[i] = b.Bytes()
	}
	if !bytes.Equal(enc[0], enc[1]) {
		t.Fatal("two trainings gave different rankers")
	}
	rn, err := DecodeRanker(bytes.NewReader(enc[0]))
	if err != nil {
		t.Fatal(err)
	}
	if got := rn.Decision(); got != dec {
		t.Errorf("decision %+v after the round trip, want %+v", got, dec)
	}
	if rn.sent == nil || len(rn.sent.w) != len(sm.w) {
		t.Errorf("sentence model lost in the round trip")
	}
	// the training passages' own fillers come out on top
	got, _ := rn.FillDoc(docs[0], dec.Threshold)
	if !slices.ContainsFunc(got, func(s Scored) bool { return s.Role == PerpOrg && s.Key == "fmln" }) {
		t.Errorf("fillers %+v, want PerpOrg fmln among them", got)
	}
}

func TestDecodeRankerRejects(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not gzip", []byte(rankMagic + "\n")},
		{"truncated", rankerData[:len(rankerData)/2]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := DecodeRanker(bytes.NewReader(tc.data)); err == nil {
				t.Error("DecodeRanker accepted it")
			}
		})
	}
}

func FuzzFill(f *testing.F) {
	m, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	rn, err := LoadRanker()
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range trainSlice {
		f.Add(e.Text)
	}
	f.Add("")
	f.Add(`" of the ( bomb`)
	f.Add("\xff\xfe bomb \u00a0 fmln")
	f.Fuzz(func(t *testing.T, s string) {
		for _, sc := range rn.Fill(s, m, [NumRoles][]string{{"of the"}, {"\xff"}, {""}}) {
			for _, sp := range sc.Spans {
				if sp.Start < 0 || sp.End <= sp.Start || sp.End > len(s) || sp.Role != sc.Role {
					t.Fatalf("span %+v out of range (text of %d bytes)", sp, len(s))
				}
			}
			if utf8.ValidString(s) && !utf8.ValidString(sc.Text) {
				t.Fatalf("name %q of valid text is not valid UTF-8", sc.Text)
			}
		}
	})
}

// BenchmarkFill tags and ranks the 200 documents of MUC-4 dev (without
// the rules) and reports words/s.
func BenchmarkFill(b *testing.B) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	rn, err := LoadRanker()
	if err != nil {
		b.Fatal(err)
	}
	texts, words := devTexts(b)
	for b.Loop() {
		for _, s := range texts {
			rn.Fill(s, m, [NumRoles][]string{})
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkLoadRanker is the ranker's start-up cost.
func BenchmarkLoadRanker(b *testing.B) {
	for b.Loop() {
		if _, err := DecodeRanker(bytes.NewReader(rankerData)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/load")
}

// TestTagLevelsAtBias checks the ranker's shared-weights tagging
// (tagLevels, stepFrom) against the tagger's own: at the level of the
// model's biases both must give the same spans.
func TestTagLevelsAtBias(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"urban guerrillas of the fmln today attacked the power station in san miguel with dynamite.",
		"colonel rene ponce said soldiers killed three terrorists who had bombed a bus in the capital. police arrested two suspects.",
		"the shining path blew up a bridge with a car bomb on the central highway, police said.",
		"",
		"...",
	} {
		p := Prepare(s)
		if got, want := tagLevels(p, m)[atBias], m.TagPrepared(p); !slices.Equal(got, want) {
			t.Errorf("%q: tagLevels at its own biases = %v, TagPrepared = %v", s, got, want)
		}
	}
}

// TestScoresDecidesAsFill checks that Scores hands out what Fill decides
// on: its candidates kept by the shipped Decision, on documents the
// relevance gate lets through, are Fill's fillers, name, role and score.
func TestScoresDecidesAsFill(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	rn, err := LoadRanker()
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range trainSlice {
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			all, rel := rn.Scores(e.Text, m, [NumRoles][]string{})
			var want []Scored
			if rel >= rn.dec.RelGate {
				want = rn.dec.Keep(slices.DeleteFunc(all, func(s Scored) bool { return s.Score < rn.dec.Threshold[s.Role] }))
			}
			got := rn.Fill(e.Text, m, [NumRoles][]string{})
			t.Logf("relevance %.2f, %d candidates, %d fillers", rel, len(all), len(got))
			if len(got) != len(want) {
				t.Fatalf("Fill gives %d fillers, Scores kept by the decision %d", len(got), len(want))
			}
			for k := range got {
				if got[k].Role != want[k].Role || got[k].Text != want[k].Text || got[k].Score != want[k].Score {
					t.Errorf("filler %d: Fill %+v, Scores %+v", k, got[k], want[k])
				}
			}
		})
	}
}

// TestCandidateFeatures checks the context features that tell a filler's
// part in the sentence: the two words before and after it as a phrase,
// and whether a candidate one word longer exists.
func TestCandidateFeatures(t *testing.T) {
	s := `the judge hector oqueli colindres was killed by urban guerrillas of the fmln.`
	p := Prepare(s)
	var tags [len(levels)][]Span
	tags[atBias] = []Span{
		{Victim, len("the judge "), len("the judge hector oqueli")},
		{Victim, len("the judge "), len("the judge hector oqueli colindres")},
	}
	c := gather(p.d, s, tags, [NumRoles][]string{})
	for _, tc := range []struct {
		key       string
		want, not []string
	}{
		// "judge hector oqueli" is a candidate too, a title with its name
		{"hector oqueli", []string{"xR", "xL", "L2:the judge"}, nil},
		{"hector oqueli colindres", []string{"R2:was killed", "L2:the judge"}, []string{"xR"}},
		{"urban guerrillas", []string{"L2:killed by", "R2:of the"}, []string{"xR", "xL"}},
	} {
		t.Run(tc.key, func(t *testing.T) {
			k, ok := c.byKey[tc.key]
			if !ok {
				t.Fatalf("no candidate %q among %v", tc.key, keys(c))
			}
			fs := c.features(nil, k, nil)
			for _, f := range tc.want {
				if !slices.Contains(fs, f) {
					t.Errorf("features %q lack %q", fs, f)
				}
			}
			for _, f := range tc.not {
				if slices.Contains(fs, f) {
					t.Errorf("features %q hold %q", fs, f)
				}
			}
		})
	}
}
