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

// Three answer keys in the templates_*.jsonl form (only the members the
// scorer reads, values as in the MUC-4 keys), wrapped for reading: oneLine
// joins the lines that start with a space to the one before.
const templatesJSONL = `{"docid": "TST1-MUC3-0001", "dateline_date": "1990-02-04", "relevant": true, "text": "GUERRILLAS ATTACKED ...", "templates": [
 {"optional": false, "incident_type": ["ATTACK"], "incident_date": [{"kind": "on", "from": "1990-02-02", "to": "1990-02-02"}],
  "incident_location": [{"country": "GUATEMALA", "path": [{"name": "GUATEMALA", "type": "COUNTRY"}, {"name": "SANTO TOMAS", "type": "FARM"}]}],
  "perp_individuals": [{"strings": ["GUERRILLA COLUMN", "GUERRILLAS"]}],
  "perp_organizations": [{"strings": ["GUATEMALAN NATIONAL REVOLUTIONARY UNITY", "URNG"], "confidence": ["REPORTED AS FACT"]}],
  "instruments": [], "physical_targets": [{"strings": ["\"SANTO TOMAS\" PRESIDENTIAL FARM"]}],
  "human_targets": [{"name": ["CEREZO"], "effect": ["NO INJURY"]}, {"name": [], "effect": ["DEATH"]}], "human_target_unlinked": []},
 {"optional": false, "incident_type": ["ARSON"], "incident_date": [{"kind": "on", "from": "1990-02-02", "to": "1990-02-02"}],
  "incident_location": [{"country": "GUATEMALA", "path": [{"name": "GUATEMALA", "type": "COUNTRY"}, {"name": "LA EMINENCIA", "type": "FARM"}]}],
  "perp_individuals": [], "perp_organizations": [], "instruments": [], "physical_targets": [], "human_targets": [], "human_target_unlinked": []},
 {"optional": true, "incident_type": ["ATTACK"], "incident_date": [{"kind": "on_or_before", "from": null, "to": "1990-02-04"}],
  "incident_location": [{"country": "GUATEMALA", "path": [{"name": "GUATEMALA", "type": "COUNTRY"}, {"name": "FLORES", "type": "CITY"}]}],
  "perp_individuals": [], "perp_organizations": [], "instruments": [], "physical_targets": [], "human_targets": [], "human_target_unlinked": []}]}
{"docid": "TST1-MUC3-0002", "dateline_date": null, "relevant": false, "text": "THE PRESIDENT SPOKE ...", "templates": []}
{"docid": "TST1-MUC3-0003", "dateline_date": "1990-01-10", "relevant": true, "text": "A BOMB EXPLODED ...", "templates": [
 {"optional": false, "incident_type": ["BOMBING"], "incident_date": [{"kind": "range", "from": "1990-01-08", "to": "1990-01-09"}],
  "incident_location": [{"country": "EL SALVADOR", "path": [{"name": "EL SALVADOR", "type": "COUNTRY"}, {"name": "SAN SALVADOR", "type": "CITY"}]}],
  "perp_individuals": [], "perp_organizations": [{"strings": ["FMLN"], "confidence": ["POSSIBLE / ACQUITTED"]}],
  "instruments": [{"strings": ["BOMB"]}], "physical_targets": [],
  "human_targets": [{"name": ["JOSE GARCIA"], "effect": ["INJURY"]}], "human_target_unlinked": [{"slot": "effect", "value": ["NO INJURY OR DEATH"]}]}]}
`

func oneLine(s string) string { return strings.ReplaceAll(s, "\n ", " ") }

func TestScoreTemplates(t *testing.T) {
	docs, err := ReadMUC4Templates(strings.NewReader(oneLine(templatesJSONL)), "templates_dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 || docs[0].Date != "1990-02-04" || docs[1].Date != "" || docs[0].Text != "GUERRILLAS ATTACKED ..." {
		t.Fatalf("docs = %+v", docs)
	}
	one := 1
	pred := map[string][]record.Incident{
		"TST1-MUC3-0001": {
			// the arson, on the wrong day and with no country
			{Type: record.Arson, Date: "1990-02-03", Location: &record.Location{Place: "La Eminencia"}},
			// the attack on the farm, all fields right
			{Type: record.ArmedAssault, Date: "1990-02-02",
				Location:     &record.Location{Place: "Santo Tomas", Country: "Guatemala"},
				Perpetrators: []record.Perpetrator{{Name: "Guatemalan National Revolutionary Unity", Attribution: record.Suspected, Kind: "group"}},
				Killed:       &record.Count{Min: &one},
				Victims:      []record.Victim{{Name: "Cerezo", Effect: "targeted"}},
				Evidence:     []record.Evidence{{Field: "type", Start: 11, End: 19, Text: "ATTACKED"}}},
			// an earlier attack the optional key holds: neither way
			{Type: record.ArmedAssault, Date: "1990-01-30", Location: &record.Location{Place: "Flores"}},
			// nothing in the key: a false incident
			{Type: record.Bombing, Date: "1990-03-01", Location: &record.Location{Place: "Lima", Country: "Peru"}},
		},
		"TST1-MUC3-0002": {{Type: record.Riot}},
	}
	s := ScoreTemplates(docs, pred)
	if s.Docs != 3 || s.TP != 2 || s.FP != 2 || s.FN != 1 || s.IrrelevantWithIncidents != 1 {
		t.Errorf("docs %d tp %d fp %d fn %d irrelevant %d, want 3 2 2 1 1", s.Docs, s.TP, s.FP, s.FN, s.IrrelevantWithIncidents)
	}
	wantHits := map[string]int{"type": 2, "date": 1, "country": 1, "place": 2, "perpetrator": 1, "confidence": 1,
		"deaths": 1, "injuries": 1, "victim_effect": 1}
	wantCounts := map[string]int{"type": 3, "date": 3, "country": 3, "place": 3, "perpetrator": 2, "confidence": 2,
		"deaths": 2, "injuries": 2, "victim_effect": 2}
	if !reflect.DeepEqual(s.Hits, wantHits) {
		t.Errorf("hits %v\nwant %v", s.Hits, wantHits)
	}
	if !reflect.DeepEqual(s.Counts, wantCounts) {
		t.Errorf("counts %v\nwant %v", s.Counts, wantCounts)
	}
	var b bytes.Buffer
	if err := s.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"templates: docs=3 tp=2 fp=2 fn=1 irrelevant-with-incidents=1",
		"incidents        50.00   66.67   57.14", "date             33.33     3"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	if err := s.WriteVerbose(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"TST1-MUC3-0001: wrong date,country ARSON",
		"TST1-MUC3-0001: EXTRA bombing 1990-03-01 Lima/Peru perp=",
		"    got armed_assault 1990-02-02 Santo Tomas/Guatemala perp=Guatemalan National Revolutionary Unity attr=suspected\n",
		"TST1-MUC3-0001: ok ATTACK 1990-02-02..1990-02-02 GUATEMALA:SANTO TOMAS",
		"    [ATTACKED] GUERRILLAS ATTACKED ...",
		"TST1-MUC3-0003: MISSED BOMBING 1990-01-08..1990-01-09 EL SALVADOR:SAN SALVADOR perp=FMLN conf=POSSIBLE / ACQUITTED\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("verbose lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	if err := WriteMUC4JSON(&b, GRITScore{}, &s); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"full":{"p":50,"r":66.67,"f1":57.14,"tp":2,"fp":2,"fn":1,"irrelevant_docs_with_incidents":1,"fields":{"confidence":{"acc":50,"n":2}`) {
		t.Errorf("JSON: %s", b.String())
	}
}

func TestTemplateMatchingIsOptimal(t *testing.T) {
	// The first prediction agrees 4 with each key, the second 4 with the
	// first key only. Giving the first key its best prediction (the first,
	// on the tie) would leave the second key unmatched; the optimal
	// matching pairs both.
	in := `{"docid": "d", "dateline_date": "1990-01-10", "relevant": true, "text": "", "templates": [
 {"optional": false, "incident_type": ["BOMBING"], "incident_date": [{"from": "1990-01-09", "to": "1990-01-09"}], "incident_location": [{"country": "PERU", "path": [{"name": "PERU", "type": "COUNTRY"}, {"name": "LIMA", "type": "CITY"}]}]},
 {"optional": false, "incident_type": ["ATTACK"], "incident_date": [{"from": "1990-01-09", "to": "1990-01-09"}], "incident_location": []}]}`
	docs, err := ReadMUC4Templates(strings.NewReader(oneLine(in)), "t.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	pred := map[string][]record.Incident{"d": {
		{Type: record.ArmedAssault, Date: "1990-01-09", Location: &record.Location{Country: "Peru"}},
		{Type: record.Bombing, Location: &record.Location{Place: "Lima", Country: "Peru"}},
	}}
	t1, t2 := &docs[0].templates[0], &docs[0].templates[1]
	for _, a := range []struct {
		t    *template
		p    int
		want int
	}{{t1, 0, 4}, {t2, 0, 4}, {t1, 1, 4}, {t2, 1, 0}} {
		if got := templateAgreement(a.t, &pred["d"][a.p], Extracts{}); got != a.want {
			t.Errorf("agreement(key %p, prediction %d) = %d, want %d", a.t, a.p, got, a.want)
		}
	}
	if s := ScoreTemplates(docs, pred); s.TP != 2 || s.FN != 0 || s.FP != 0 {
		t.Errorf("tp %d fn %d fp %d, want 2 0 0", s.TP, s.FN, s.FP)
	}
}

func TestReadMUC4TemplatesErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"not JSON", "{\"docid\": \"a\"", "t.jsonl:1: unexpected end of JSON input"},
		{"wrong type", `{"docid": "a", "text": "", "relevant": true, "templates": [{"incident_type": "ATTACK"}]}`, "t.jsonl:1: json: cannot unmarshal string into Go struct field"},
		{"no docid", `{"text": "", "relevant": true, "templates": []}`, "t.jsonl:1: docid: missing"},
		{"no text", "\n" + `{"docid": "a", "relevant": true, "templates": []}`, "t.jsonl:2: text: missing"},
		{"no relevant", `{"docid": "a", "text": "", "templates": []}`, "t.jsonl:1: relevant: missing"},
		{"no templates", `{"docid": "a", "text": "", "relevant": false}`, "t.jsonl:1: templates: missing"},
		{"unlinked effect not a string", `{"docid": "a", "text": "", "relevant": true, "templates": [{"human_target_unlinked": [{"slot": "number", "value": [{"min": 2}]}, {"slot": "effect", "value": [{"min": 2}]}]}]}`,
			"t.jsonl:1: templates[0].human_target_unlinked[1].value: want effects (strings)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadMUC4Templates(strings.NewReader(tt.in), "t.jsonl")
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %v, want one starting %q", err, tt.want)
			}
		})
	}
}

// TestReadMUC4TemplatesDateline: the text handed to the extractor opens
// with the dateline, as the wire printed it; a document without one is
// its text alone.
func TestReadMUC4TemplatesDateline(t *testing.T) {
	in := `{"docid": "a", "dateline": "SAN SALVADOR, 3 JAN 90 (ACAN-EFE)", "dateline_date": "1990-01-03", "relevant": false, "text": "THE ARMY SAID.", "templates": []}
{"docid": "b", "dateline": null, "dateline_date": null, "relevant": false, "text": "THE ARMY SAID.", "templates": []}`
	docs, err := ReadMUC4Templates(strings.NewReader(in), "t.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- THE ARMY SAID.", "THE ARMY SAID."}
	for i, d := range docs {
		if d.Text != want[i] {
			t.Errorf("%s: text %q, want %q", d.ID, d.Text, want[i])
		}
	}
}

// TestReadMUC4TemplatesShared reads the real answer keys: every line
// parses and the counts match bench/muc4/README.md.
func TestReadMUC4TemplatesShared(t *testing.T) {
	for _, tt := range []struct {
		file                          string
		docs, relevant, templateCount int
	}{
		{"templates_dev.jsonl", 200, 116, 191},
		{"templates_train.jsonl", 1300, 700, 1114},
	} {
		t.Run(tt.file, func(t *testing.T) {
			name := filepath.Join(muc4Dir, tt.file)
			f, err := os.Open(name)
			if err != nil {
				t.Skip("no MUC-4 templates:", err)
			}
			defer f.Close()
			docs, err := ReadMUC4Templates(f, name)
			if err != nil {
				t.Fatal(err)
			}
			templates, relevant := 0, 0
			for _, d := range docs {
				templates += len(d.templates)
				if d.relevant {
					relevant++
				}
			}
			if len(docs) != tt.docs || relevant != tt.relevant || templates != tt.templateCount {
				t.Errorf("%d docs, %d relevant, %d templates; want %d, %d, %d",
					len(docs), relevant, templates, tt.docs, tt.relevant, tt.templateCount)
			}
			// With no predictions every required key is missed.
			s := ScoreTemplates(docs, nil)
			if s.TP != 0 || s.FP != 0 || s.FN == 0 || s.Counts["type"] != s.FN {
				t.Errorf("no predictions: %+v", s)
			}
		})
	}
}

// The sentence quoted under an incident is the extractor's sentence:
// abbreviations with full stops ("GEN.", "U.S.") stay inside it.
func TestWriteVerboseQuotesWholeSentence(t *testing.T) {
	d := &TemplateDoc{ID: "TST1-MUC3-0009", Text: "THE ARMY SAID. GEN. JUAN BUSTILLO SAID THE U.S.\nEMBASSY WAS ATTACKED BY URBAN GUERRILLAS TODAY. NOTHING ELSE."}
	at := strings.Index(d.Text, "ATTACKED")
	s := FullScore{lines: []fullLine{{doc: d, p: &record.Incident{Type: record.Bombing,
		Evidence: []record.Evidence{{Field: "type", Start: at, End: at + len("ATTACKED"), Text: "ATTACKED"}}}}}}
	var b bytes.Buffer
	if err := s.WriteVerbose(&b); err != nil {
		t.Fatal(err)
	}
	want := "    [ATTACKED] GEN. JUAN BUSTILLO SAID THE U.S. EMBASSY WAS ATTACKED BY URBAN GUERRILLAS TODAY.\n"
	if !strings.HasSuffix(b.String(), want) {
		t.Errorf("got  %q\nwant suffix %q", b.String(), want)
	}
}

// TestPlaceInKeyBetweenTwoPlaces checks that a key location naming two
// places joined by " - " (the incident lay between them) accepts either
// end, and that a place named by neither still fails.
func TestPlaceInKeyBetweenTwoPlaces(t *testing.T) {
	const key = `{"docid": "DEV-MUC3-9999", "relevant": true, "text": "X", "templates": [
 {"optional": false, "incident_type": ["ATTACK"], "incident_date": [],
  "incident_location": [{"country": "EL SALVADOR", "path": [{"name": "EL SALVADOR", "type": "COUNTRY"},
   {"name": "ZARAGOZA (CITY) - SAN SALVADOR", "type": "CITY"}]}],
  "perp_individuals": [], "perp_organizations": [], "instruments": [], "physical_targets": [], "human_targets": [], "human_target_unlinked": []}]}
`
	docs, err := ReadMUC4Templates(strings.NewReader(oneLine(key)), "templates_train.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		place string
		want  bool
	}{
		{"Zaragoza", true},
		{"San Salvador", true},
		{"Soyapango", false},
	}
	for _, tt := range tests {
		if got := placeInKey(&docs[0].templates[0], &record.Location{Place: tt.place}); got != tt.want {
			t.Errorf("placeInKey(%q) = %v, want %v", tt.place, got, tt.want)
		}
	}
}
