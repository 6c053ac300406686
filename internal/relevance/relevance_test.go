package relevance

import (
	"bytes"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/record"
)

// Passages written for these tests (CC0): made-up stories of the kinds the
// model must tell apart, none copied from a corpus.
var passages = []struct {
	name     string
	title    string
	body     string
	relevant bool
}{
	{"market bombing", "Bomb kills 14 at market in northern town",
		"A bomb hidden in a parked motorcycle exploded at a crowded vegetable market on Tuesday, killing at least 14 people and wounding 30, police said. No group has claimed responsibility for the blast, the third attack on the town this month. Witnesses said the explosion tore through stalls shortly after 9 a.m.", true},
	{"ambush", "Rebels ambush army patrol, six soldiers dead",
		"Insurgents attacked an army patrol with rifles and grenades on a mountain road late on Sunday, killing six soldiers, the defence ministry said. The gunmen fled into the forest after a two-hour firefight. Troops have launched an operation to track them down.", true},
	{"kidnapping", "Gunmen abduct aid workers near border",
		"Armed men stormed a guesthouse and kidnapped three foreign aid workers before dawn on Friday, officials said. The attackers shot dead a guard and drove the hostages towards the border. A local militia is suspected.", true},
	{"no casualties raid", "Jets strike oil terminal",
		"Warplanes bombed an oil terminal on the coast overnight, setting two storage tanks ablaze, the military said. There were no reports of casualties. The raid was the first on the port since a truce collapsed.", true},
	{"football", "United storm back to beat City",
		"United stormed back from two goals down to beat City 3-2 in a bruising clash on Saturday. The striker blasted home the winner in the last minute after his first shot hit the post. The defender was injured in the first half and is doubtful for next week's cup tie, the manager said.", false},
	{"tennis", "Seed crushed in first round",
		"The fifth seed was crushed in straight sets as she fell to a qualifier in the first round. She claimed her second title of the season last month but looked out of form. Her rival fired down twelve aces and attacked the net throughout.", false},
	{"earnings", "Chipmaker shares hit by profit warning",
		"Shares in the chipmaker were hit hard on Monday after it warned that quarterly profit would fall. The company axed 200 jobs and said it had executed a takeover of a smaller rival. Analysts said the bulls were on a rampage earlier this year but the sector now faces a bruising battle for market share.", false},
	{"ferry disaster", "Ferry capsizes in storm, 40 feared dead",
		"A passenger ferry capsized in heavy seas during a storm, and 40 people are feared dead, the coastguard said. Rescue boats pulled 120 survivors from the water. The vessel was overloaded, officials said, and an inquiry has been opened into the accident.", false},
}

func TestLoad(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold <= 0 || m.Threshold >= 1 {
		t.Errorf("threshold %v, want within (0, 1)", m.Threshold)
	}
	if got := m.Encode(); !bytes.Equal(got, embedded) {
		t.Errorf("Encode(Decode(model.bin)) differs from model.bin: the format does not round-trip")
	}
	for _, bad := range [][]byte{nil, []byte("sitrep-relevance v0\n"), append([]byte(magic), 8, 0, 0, 0, 0)} {
		if _, err := Decode(bad); err == nil {
			t.Errorf("Decode(%q) = nil error, want one", bad)
		}
	}
}

func TestPassages(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range passages {
		t.Run(p.name, func(t *testing.T) {
			s := m.Score(p.title, p.body)
			if got := s >= m.Threshold; got != p.relevant {
				t.Errorf("Score = %.2f (threshold %.2f): relevant %v, want %v", s, m.Threshold, got, p.relevant)
			}
		})
	}
}

func TestTrainDeterministic(t *testing.T) {
	var ex []Example
	for _, p := range passages {
		ex = append(ex, Example{Title: p.title, Body: p.body, Relevant: p.relevant, Weight: 1})
	}
	cfg := DefaultConfig
	cfg.Bits = 12
	a := Train(ex, cfg).Encode()
	b := Train(ex, cfg).Encode()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same data gave different weights")
	}
	cfg.Seed++
	if c := Train(ex, cfg).Encode(); bytes.Equal(a, c) {
		t.Error("a different seed gave identical weights: the seed is not used")
	}
	m := Train(ex, cfg)
	for _, p := range passages {
		if got := m.Score(p.title, p.body) >= 0.5; got != p.relevant {
			t.Errorf("model trained on the passages misclassifies %q", p.name)
		}
	}
}

func TestFilter(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	inc := func() []record.Incident {
		return []record.Incident{{Type: record.Bombing, Date: "2024-03-05", DatePrecision: record.PrecisionDay,
			Evidence: []record.Evidence{{Field: "type", Start: 2, End: 6, Text: "bomb"}}, Confidence: 0.8}}
	}
	for _, p := range passages {
		t.Run(p.name, func(t *testing.T) {
			d := &doc.Document{Title: p.title, Text: p.body, Date: "2024-03-05"}
			got := m.Filter(m.Score(d.Title, d.Text), false, d, inc(), Skip{})
			if p.relevant != (len(got) == 1) {
				t.Fatalf("Filter kept %d incidents, relevant %v", len(got), p.relevant)
			}
			if len(got) == 1 {
				want := math.Round(m.Calibration.Prob(0.8*m.Score(p.title, p.body))*100) / 100
				if got[0].Confidence != want {
					t.Errorf("confidence %v, want %v (0.8 times the model's probability, calibrated)", got[0].Confidence, want)
				}
			}
		})
	}
	if got := m.Filter(1, false, &doc.Document{Title: "x"}, nil, Skip{}); len(got) != 0 {
		t.Errorf("Filter(nil) = %v", got)
	}
	grey := (GreyFloor + m.Threshold) / 2
	if got := m.Filter(grey, false, &doc.Document{Title: "x"}, inc(), Skip{}); len(got) != 0 {
		t.Errorf("Filter(%.2f, not stated) kept %d incidents, want none", grey, len(got))
	}
	if got := m.Filter(grey, true, &doc.Document{Title: "x"}, inc(), Skip{}); len(got) != 1 {
		t.Errorf("Filter(%.2f, stated) kept %d incidents, want 1", grey, len(got))
	}
	if got := m.Filter(GreyFloor/2, true, &doc.Document{Title: "x"}, inc(), Skip{}); len(got) != 0 {
		t.Errorf("Filter(nil) = %v", got)
	}
	// the steps an extractor with open gates leaves out
	if got := m.Filter(GreyFloor/2, false, &doc.Document{Title: "x"}, inc(), Skip{Admission: true}); len(got) != 1 {
		t.Errorf("Filter(%.2f, Skip{Admission}) kept %d incidents, want 1", GreyFloor/2, len(got))
	}
	early := &doc.Document{Title: "x", Date: "2024-03-01"} // published before the incident's day
	if got := m.Filter(1, false, early, inc(), Skip{}); len(got) != 1 || got[0].Date != "" {
		t.Errorf("Filter(a day after publication) = %+v, want the date removed", got)
	}
	if got := m.Filter(1, false, early, inc(), Skip{Sanitize: true}); len(got) != 1 || got[0].Date != "2024-03-05" {
		t.Errorf("Filter(Skip{Sanitize}) = %+v, want the date kept", got)
	}
}

func FuzzScore(f *testing.F) {
	for _, p := range passages {
		f.Add(p.title, p.body)
	}
	f.Add("", "")
	f.Add("\xff\xfe", "12,000.5 '''")
	m, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, title, body string) {
		if s := m.Score(title, body); !(s >= 0 && s <= 1) {
			t.Fatalf("Score = %v, want a probability", s)
		}
	})
}

// BenchmarkScore reports the model's cost per article on the passages, and
// on real Reuters articles when ../shared is there. The extractor scores
// every article first, to set most general news aside before the text
// stages, so this cost is paid on every document it reads.
func BenchmarkScore(b *testing.B) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]*doc.Document, 0, 64)
	for _, p := range passages {
		docs = append(docs, &doc.Document{Title: p.title, Text: p.body})
	}
	if files, _ := filepath.Glob("../../../shared/corpus/reuters21578/reuters21578-0000*.txt"); len(files) > 0 {
		docs = docs[:0]
		_ = doc.Read(files, nil, func(d *doc.Document, err error) error {
			if err == nil {
				docs = append(docs, d)
			}
			return nil
		})
	}
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Title)) + len(strings.Fields(d.Text))
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		d := docs[i%len(docs)]
		m.Score(d.Title, d.Text)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/doc")
	b.ReportMetric(float64(words)/float64(len(docs)), "words/doc")
}
