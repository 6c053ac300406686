package roles

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The passages below are written for these tests (CC0), in MUC-4's
// lower-cased style.
var trainSlice = []Example{
	ex("terrorists of the fmln dynamited a power tower in usulutan last night.",
		"PerpInd:terrorists", "PerpOrg:fmln", "Target:power tower"),
	ex("the fmln claimed responsibility for the attack on the bridge with mortars.",
		"PerpOrg:fmln", "Target:bridge", "Weapon:mortars"),
	ex("urban guerrillas murdered judge carlos perez with a machinegun.",
		"PerpInd:urban guerrillas", "Victim:carlos perez", "Weapon:machinegun"),
	ex("the president met the ambassador to discuss coffee exports.")}

// ex labels a passage with role:string pairs, every occurrence.
func ex(s string, fills ...string) Example {
	var f [NumRoles][]string
	for _, fl := range fills {
		role, str, _ := strings.Cut(fl, ":")
		for r := range NumRoles {
			if r.String() == role {
				f[r] = append(f[r], str)
			}
		}
	}
	return Example{Text: s, Spans: Label(s, f)}
}

func TestTrainDeterministic(t *testing.T) {
	cfg := TrainConfig{Epochs: 3, Seed: 7, MinCount: 1}
	var enc [2][]byte
	for i := range enc {
		m, err := Train(trainSlice, cfg)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.Encode(&b); err != nil {
			t.Fatal(err)
		}
		enc[i] = b.Bytes()
	}
	if !bytes.Equal(enc[0], enc[1]) {
		t.Fatalf("two trainings gave different models (%d and %d bytes)", len(enc[0]), len(enc[1]))
	}
	// and the encoding round-trips: the decoded model tags as the trained one
	m, _ := Train(trainSlice, cfg)
	d, err := Decode(enc[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range trainSlice {
		if got, want := d.Tag(e.Text), m.Tag(e.Text); !slices.Equal(got, want) {
			t.Errorf("decoded model tags %q as %v, trained model %v", e.Text, got, want)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("sitrep-roles 1\n")},
		{"truncated", modelData[:len(modelData)/2]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Decode(tc.data); err == nil {
				t.Error("Decode accepted it")
			}
		})
	}
}

func TestLoad(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if m.feats.n == 0 {
		t.Fatal("the embedded model has no features")
	}
}

// TestTagPassage checks that the shipped model finds the obvious fillers
// of passages it was not trained on.
func TestTagPassage(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string // role:key pairs that must be among the entities
	}{
		{"fmln",
			"urban guerrillas of the farabundo marti national liberation front (fmln) today attacked the power station in san miguel with dynamite. the fmln claimed responsibility for the attack.",
			[]string{"PerpOrg:farabundo marti national liberation front", "Target:power station"}},
		{"bomb",
			"terrorists placed a bomb at the power station in san miguel. the fmln claimed responsibility.",
			[]string{"Weapon:bomb"}},
		{"shining path",
			"the shining path blew up a bridge with a car bomb on the central highway, police said.",
			[]string{"PerpOrg:shining path"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range Entities(tc.text, m.Tag(tc.text)) {
				for _, n := range e.Names {
					got = append(got, e.Role.String()+":"+Key(n))
				}
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("want %s among %q", w, got)
				}
			}
		})
	}
}

func TestLabel(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		fills []string
		want  []string // role:text of each span, in order
	}{
		{"every occurrence", "the fmln ... the fmln", []string{"PerpOrg:fmln"},
			[]string{"PerpOrg:fmln", "PerpOrg:fmln"}},
		{"longest wins", "the farabundo marti national liberation front", []string{"PerpOrg:liberation front", "PerpOrg:farabundo marti national liberation front"},
			[]string{"PerpOrg:farabundo marti national liberation front"}},
		{"token boundaries only", "the terrorists and a terrorist", []string{"PerpInd:terrorist"},
			[]string{"PerpInd:terrorist"}},
		{"case-insensitive", "The FMLN", []string{"PerpOrg:fmln"}, []string{"PerpOrg:FMLN"}},
		{"earlier role at equal length", "a bomb", []string{"Weapon:bomb", "Target:bomb"}, []string{"Target:bomb"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := ex(tc.text, tc.fills...)
			var got []string
			for _, s := range e.Spans {
				got = append(got, s.Role.String()+":"+tc.text[s.Start:s.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestEntities(t *testing.T) {
	s := "the farabundo marti national liberation front (fmln) ... the fmln ... fmln rebels ... 7.62"
	at := func(r Role, sub string, nth int) Span {
		i := -1
		for range nth + 1 {
			i += 1 + strings.Index(s[i+1:], sub)
		}
		return Span{r, i, i + len(sub)}
	}
	spans := []Span{
		at(PerpOrg, "farabundo marti national liberation front", 0),
		at(PerpOrg, "fmln", 0),
		at(PerpOrg, "the fmln", 0),
		at(PerpInd, "fmln rebels", 0),
		at(Weapon, "7.62", 0),
	}
	got := Entities(s, spans)
	want := []Entity{
		{PerpInd, spans[3:4], []string{"fmln rebels"}},
		{PerpOrg, spans[0:3], []string{"farabundo marti national liberation front", "fmln"}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d entities %v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i].Role != want[i].Role || !slices.Equal(got[i].Spans, want[i].Spans) || !slices.Equal(got[i].Names, want[i].Names) {
			t.Errorf("entity %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

func FuzzTag(f *testing.F) {
	m, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range trainSlice {
		f.Add(e.Text)
	}
	f.Add("")
	f.Add("(((")
	f.Add("\xff\xfe bomb \u00a0 fmln")
	f.Fuzz(func(t *testing.T, s string) {
		spans := m.Tag(s)
		end := 0
		for _, sp := range spans {
			if sp.Start < end || sp.End <= sp.Start || sp.End > len(s) || sp.Role >= NumRoles {
				t.Fatalf("span %+v out of order or range (text of %d bytes)", sp, len(s))
			}
			end = sp.End
		}
		for _, e := range Entities(s, spans) {
			for _, n := range e.Names {
				if utf8.ValidString(s) && !utf8.ValidString(n) {
					t.Fatalf("name %q of valid text is not valid UTF-8", n)
				}
			}
		}
	})
}

// devTexts reads the texts of MUC-4 dev (skipped when ../shared is absent).
func devTexts(b *testing.B) ([]string, int) {
	path := filepath.Join("..", "..", "..", "shared", "bench", "muc4", "dev.json")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("MUC-4 dev not found: %v", err)
	}
	defer f.Close()
	var texts []string
	words := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d struct {
			Text string `json:"doctext"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, d.Text)
		words += len(strings.Fields(d.Text))
	}
	return texts, words
}

// BenchmarkLoad is the start-up cost of the tagger: decoding the embedded
// model.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Decode(modelData); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/load")
}

// BenchmarkTag tags the 200 documents of MUC-4 dev and reports words/s.
func BenchmarkTag(b *testing.B) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	texts, words := devTexts(b)
	for b.Loop() {
		for _, s := range texts {
			Entities(s, m.Tag(s))
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func TestPruned(t *testing.T) {
	m, err := Train(trainSlice, TrainConfig{Epochs: 3, Seed: 7, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		least     int32
		wantSame  bool
		wantEmpty bool
	}{
		{"nothing pruned", 0, true, false},
		{"everything pruned", 1 << 30, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := m.Pruned(tc.least)
			if tc.wantEmpty && p.feats.n != 0 {
				t.Errorf("%d features left", p.feats.n)
			}
			if tc.wantSame {
				for _, e := range trainSlice {
					if got, want := p.Tag(e.Text), m.Tag(e.Text); !slices.Equal(got, want) {
						t.Errorf("pruned model tags %q as %v, model %v", e.Text, got, want)
					}
				}
			}
		})
	}
}
