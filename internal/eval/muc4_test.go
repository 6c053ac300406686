package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
)

func TestReadMUC4GoldErrors(t *testing.T) {
	good := `{"docid": "TST1-MUC3-0001", "doctext": "x", "extracts": {"PerpInd": [], "PerpOrg": [], "Target": [], "Victim": [], "Weapon": []}}`
	tests := []struct {
		name, in, want string
	}{
		{"not JSON", good + "\n{\"docid\": ", "dev.json:2: not JSON"},
		{"trailing data", good + " {}", "dev.json:1: not JSON: extra data"},
		{"not an object", "[1]", "dev.json:1: line: want an object, got array"},
		{"no docid", `{"doctext": "x", "extracts": {}}`, "dev.json:1: docid: want a non-empty string, got null"},
		{"no text", `{"docid": "a", "extracts": {}}`, "dev.json:1: doctext: want a string, got null"},
		{"no extracts", `{"docid": "a", "doctext": "x"}`, "dev.json:1: extracts: want an object, got null"},
		{"unknown role", `{"docid": "a", "doctext": "x", "extracts": {"Perp": []}}`, `dev.json:1: extracts: unknown role "Perp"`},
		{"entity not a list", `{"docid": "a", "doctext": "x", "extracts": {"Target": ["farm"]}}`, "dev.json:1: extracts.Target[0]: want an array of [mention, offset], got string"},
		{"mention without offset", `{"docid": "a", "doctext": "x", "extracts": {"Target": [[["farm"]]]}}`, "dev.json:1: extracts.Target[0][0]: want [mention, offset], got array"},
		{"mention not a string", `{"docid": "a", "doctext": "x", "extracts": {"Target": [[[3, 4]]]}}`, "dev.json:1: extracts.Target[0][0][0]: want a string, got number"},
		{"offset not a number", `{"docid": "a", "doctext": "x", "extracts": {"Target": [[["farm", "4"]]]}}`, "dev.json:1: extracts.Target[0][0][1]: want a number, got string"},
		{"repeated docid", good + "\n\n" + good, `dev.json:3: docid "TST1-MUC3-0001" repeats line 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadMUC4Gold(strings.NewReader(tt.in), "dev.json")
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %v, want one starting %q", err, tt.want)
			}
		})
	}
}

func TestReadMUC4Gold(t *testing.T) {
	in := `{"docid": "TST1-MUC3-0001", "doctext": "the fmln attacked", "extracts": {"PerpOrg": [[["The FMLN", 0], ["farabundo marti", 40]], []], "Weapon": []}}` + "\n"
	docs, err := ReadMUC4Gold(strings.NewReader(in), "dev.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].ID != "TST1-MUC3-0001" || docs[0].Text != "the fmln attacked" || docs[0].Line != 1 {
		t.Fatalf("docs = %+v", docs)
	}
	d := docs[0]
	if want := []Entity{{"fmln", "farabundo marti"}}; !reflect.DeepEqual(d.gold[1], want) {
		t.Errorf("PerpOrg = %q, want %q (normalized, the empty entity dropped)", d.gold[1], want)
	}
	if d.hasRole != [5]bool{false, true, false, false, true} {
		t.Errorf("roles listed = %v", d.hasRole)
	}
}

// incident builds a record whose evidence spans carry the given texts.
func incident(perps []record.Perpetrator, targets []record.Target, victims []record.Victim, weapons []string, ev map[string][]string) record.Incident {
	in := record.Incident{Type: record.Bombing, Perpetrators: perps, Targets: targets, Victims: victims, Weapons: weapons}
	for field, texts := range ev {
		for _, s := range texts {
			in.Evidence = append(in.Evidence, record.Evidence{Field: field, Text: s})
		}
	}
	return in
}

func TestRecordExtracts(t *testing.T) {
	tests := []struct {
		name      string
		incidents []record.Incident
		want      Extracts
	}{
		{"roles by kind", []record.Incident{incident(
			[]record.Perpetrator{{Name: "FMLN", Kind: "group"}, {Name: "urban guerrillas", Kind: "description"}, {Name: "Juan Perez", Kind: "person"}},
			[]record.Target{{Name: "power station", Kind: "physical"}, {Name: "soldiers", Kind: "people"}},
			[]record.Victim{{Name: "Hector Oqueli", Effect: "killed"}},
			[]string{"explosives", "firearms"},
			map[string][]string{
				"perpetrators[0]": {"FMLN", "Farabundo Marti National Liberation Front"}, "perpetrators[0].attribution": {"claimed responsibility"},
				"perpetrators[1]": {"urban guerrillas"}, "perpetrators[2]": {"Juan Perez"},
				"targets[0]": {"power station"}, "targets[1]": {"soldiers"}, "victims[0]": {"Hector Oqueli"},
				"weapons.explosives": {"bomb", "dynamite"}, "weapons.firearms": {"rifles"},
			})},
			Extracts{
				{{"urban guerrillas"}, {"Juan Perez"}},
				{{"FMLN", "Farabundo Marti National Liberation Front"}},
				{{"power station"}},
				{{"Hector Oqueli"}},
				{{"bomb"}, {"dynamite"}, {"rifles"}},
			}},
		{"merged across incidents and by shared mention", []record.Incident{
			incident([]record.Perpetrator{{Kind: "group"}}, nil, nil, []string{"explosives"},
				map[string][]string{"perpetrators[0]": {"FMLN"}, "weapons.explosives": {"bomb"}}),
			incident([]record.Perpetrator{{Kind: "group"}, {Kind: "group"}}, nil, nil, []string{"explosives", "explosives"},
				map[string][]string{"perpetrators[0]": {"the FMLN", "Farabundo Marti National Liberation Front"}, "perpetrators[1]": {"ELN"},
					"weapons.explosives": {"Bomb", "a bomb"}}),
		}, Extracts{
			nil,
			{{"FMLN", "Farabundo Marti National Liberation Front"}, {"ELN"}},
			nil, nil,
			{{"bomb"}},
		}},
		{"a mention bridging two entities joins them", []record.Incident{
			incident([]record.Perpetrator{{Kind: "group"}, {Kind: "group"}, {Kind: "group"}}, nil, nil, nil,
				map[string][]string{"perpetrators[0]": {"ELN"}, "perpetrators[1]": {"FMLN"}, "perpetrators[2]": {"FMLN", "ELN", "UP"}}),
		}, Extracts{nil, {{"ELN", "FMLN", "UP"}}, nil, nil, nil}},
		{"no evidence, empty mentions, people as targets", []record.Incident{
			incident([]record.Perpetrator{{Name: "FMLN", Kind: "group"}}, []record.Target{{Name: "x", Kind: "people"}, {Name: "y"}},
				nil, []string{"firearms"}, map[string][]string{"targets[0]": {"x"}, "targets[1]": {"y"}, "weapons.firearms": {"the"}}),
		}, Extracts{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RecordExtracts(tt.incidents); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestGRITPredictionsRoundTrip(t *testing.T) {
	docs := []MUC4Doc{{ID: "TST1-MUC3-0001"}, {ID: "TST2-MUC4-0048"}, {ID: "DEV-MUC3-0002"}}
	pred := map[string]Extracts{
		"TST1-MUC3-0001": {nil, {{"FMLN", "Farabundo \"Marti\""}}, nil, nil, {{"bomb"}}},
		"DEV-MUC3-0002":  {{{"gunmen"}}},
	}
	var b bytes.Buffer
	if err := WriteGRITPredictions(&b, docs, pred); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"TST2-MUC4-0048": {"pred_extracts": {"PerpInd": [], "PerpOrg": [], "Target": [], "Victim": [], "Weapon": []}}`) {
		t.Errorf("a document without predictions is not written with empty roles:\n%s", b.String())
	}
	got, err := ReadGRITPredictions(&b, "pred.json", docs)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		w := pred[d.ID]
		for r := range w {
			if len(w[r]) == 0 && len(got[d.ID][r]) == 0 {
				continue
			}
			if !reflect.DeepEqual(got[d.ID][r], w[r]) {
				t.Errorf("%s %s: got %q, want %q", d.ID, Roles[r], got[d.ID][r], w[r])
			}
		}
	}
	// GRIT's own files key TST documents by number
	grit := `{"10001": {"pred_extracts": {"Weapon": [["bomb"]]}}, "20048": {"pred_extracts": {}}}`
	got, err = ReadGRITPredictions(strings.NewReader(grit), "preds.out", docs)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got["TST1-MUC3-0001"][4][0][0] != "bomb" {
		t.Errorf("numeric keys: got %q", got)
	}
	for _, bad := range []struct{ in, want string }{
		{"{\n\"a\": {\"pred_extracts\": {\"Weapon\": [[\"x\", 3]]}}}", "pred.json:2: json: cannot unmarshal number"},
		{"{\n\n\"a\": {", "pred.json:3: unexpected end"},
		{`{"a": {"pred_extracts": {"Weapons": []}}}`, `pred.json: a: unknown role "Weapons"`},
	} {
		if _, err := ReadGRITPredictions(strings.NewReader(bad.in), "pred.json", docs); err == nil || !strings.HasPrefix(err.Error(), bad.want) {
			t.Errorf("ReadGRITPredictions(%q): error %v, want %q", bad.in, err, bad.want)
		}
	}
}

func TestGRITDocKey(t *testing.T) {
	for in, want := range map[string]string{"TST1-MUC3-0001": "10001", "TST4-MUC4-0100": "40100", "DEV-MUC3-0001": "", "x": "", "TST1-MUC3-x": ""} {
		if got := gritDocKey(in); got != want {
			t.Errorf("gritDocKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMUC4DevGoldAgainstItself scores the dev gold's first mentions as
// predictions: every entity matches, so every role scores 100.
func TestMUC4DevGoldAgainstItself(t *testing.T) {
	name := filepath.Join(muc4Dir, "dev.json")
	f, err := os.Open(name)
	if err != nil {
		t.Skip("no MUC-4 dev set:", err)
	}
	defer f.Close()
	docs, err := ReadMUC4Gold(f, name)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 200 {
		t.Fatalf("%d docs, want 200", len(docs))
	}
	pred := map[string]Extracts{}
	for _, d := range docs {
		var ex Extracts
		for r, es := range d.gold {
			for _, e := range es {
				ex[r] = append(ex[r], Entity{strings.ToUpper(e[0])})
			}
		}
		pred[d.ID] = ex
	}
	s := ScoreGRIT(docs, pred)
	for r, rs := range s.Roles {
		if rs.Matched != rs.Gold || rs.Pred != rs.Gold || rs.Gold == 0 {
			t.Errorf("%s: %+v, want every entity matched", Roles[r], rs)
		}
	}
	if s.Micro.F1() != 1 {
		t.Errorf("micro F1 = %v, want 1", s.Micro.F1())
	}
}
