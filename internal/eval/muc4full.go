package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/record"
)

// TemplateDoc is one document of bench/muc4/templates_*.jsonl: the
// original upper-case text with its dateline date, and the full answer-key
// templates. The text begins with the dateline, as FBIS printed it
// ("SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- THE ARCE BATTALION ..."): the
// extractor reads where the reporter sits and the capital the story is
// told from as it does in any wire story, where without it a story of
// "this capital" had no city and one naming no country no country.
type TemplateDoc struct {
	ID   string
	Date string // dateline date, YYYY-MM-DD; "" when the dateline has none
	Text string // the dateline, " -- ", then the text in its original case and line breaks

	relevant  bool
	templates []template
}

type template struct {
	Optional     bool     `json:"optional"`
	IncidentType []string `json:"incident_type"`
	Dates        []struct {
		From *string `json:"from"`
		To   *string `json:"to"`
	} `json:"incident_date"`
	Locations []struct {
		Country *string `json:"country"`
		Path    []struct {
			Name string `json:"name"`
			Type string `json:"type"`
		} `json:"path"`
	} `json:"incident_location"`
	PerpInd     []filler    `json:"perp_individuals"`
	PerpOrg     []filler    `json:"perp_organizations"`
	Instruments []filler    `json:"instruments"`
	PhysTargets []filler    `json:"physical_targets"`
	HumTargets  []humTarget `json:"human_targets"`
	// HumUnlinked holds slots filled with no target string: effects
	// ("NO INJURY OR DEATH": "-") and also counts, which are objects.
	HumUnlinked []struct {
		Slot  string          `json:"slot"`
		Value json.RawMessage `json:"value"`
	} `json:"human_target_unlinked"`

	effects []string // of every human target, linked or not; set by the reader
}

type filler struct {
	Strings    []string `json:"strings"`
	Confidence []string `json:"confidence"`
}

type humTarget struct {
	Name   []string `json:"name"`
	Effect []string `json:"effect"`
}

// ReadMUC4Templates reads a templates_*.jsonl file. Errors name the file,
// the line and the field.
func ReadMUC4Templates(r io.Reader, name string) ([]TemplateDoc, error) {
	var docs []TemplateDoc
	err := readLines(r, func(n int, line []byte) error {
		var raw struct {
			DocID     string      `json:"docid"`
			Date      *string     `json:"dateline_date"`
			Relevant  *bool       `json:"relevant"`
			Text      *string     `json:"text"`
			Dateline  *string     `json:"dateline"`
			Templates *[]template `json:"templates"`
		}
		if err := json.Unmarshal(line, &raw); err != nil {
			return lineError(name, n, err)
		}
		switch {
		case raw.DocID == "":
			return lineError(name, n, &fieldError{"docid", "missing"})
		case raw.Text == nil:
			return lineError(name, n, &fieldError{"text", "missing"})
		case raw.Relevant == nil:
			return lineError(name, n, &fieldError{"relevant", "missing"})
		case raw.Templates == nil:
			return lineError(name, n, &fieldError{"templates", "missing"})
		}
		d := TemplateDoc{ID: raw.DocID, Text: *raw.Text, relevant: *raw.Relevant, templates: *raw.Templates}
		if raw.Dateline != nil && *raw.Dateline != "" {
			d.Text = *raw.Dateline + " -- " + d.Text
		}
		for i := range d.templates {
			t := &d.templates[i]
			for _, h := range t.HumTargets {
				t.effects = append(t.effects, alternatives(h.Effect)...)
			}
			for j, u := range t.HumUnlinked {
				if u.Slot != "effect" {
					continue
				}
				var vals []string
				if err := json.Unmarshal(u.Value, &vals); err != nil {
					path := fmt.Sprintf("templates[%d].human_target_unlinked[%d].value", i, j)
					return lineError(name, n, &fieldError{path, "want effects (strings): " + err.Error()})
				}
				t.effects = append(t.effects, alternatives(vals)...)
			}
		}
		if raw.Date != nil {
			d.Date = *raw.Date
		}
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

// FullFields are the template fields --full scores, in order.
var FullFields = []string{"type", "date", "country", "place", "perpetrator", "confidence",
	"deaths", "injuries", "victim_effect"}

// FullScore is the score of incident records against MUC-4's full
// answer keys (ScoreTemplates).
type FullScore struct {
	Docs, TP, FP, FN int
	// IrrelevantWithIncidents counts documents whose key has no template
	// (MUC-4's irrelevant documents) where incidents were predicted.
	IrrelevantWithIncidents int
	// Hits and Counts are keyed by FullFields.
	Hits, Counts map[string]int

	lines []fullLine // for WriteVerbose, in document order
}

// fullLine is one entry of WriteVerbose: a required template (key, with
// its incident p or nil when missed) or a false incident (key nil).
type fullLine struct {
	doc   *TemplateDoc
	key   *template
	p     *record.Incident
	wrong []string
}

// mucTypes says which record types code each MUC-4 incident type. ATTACK
// is MUC-4's catch-all for violence that is not one of the others
// (shootings, murders, massacres, rocket and mortar attacks, clashes).
var mucTypes = map[string][]string{
	"ATTACK": {record.ArmedAssault, record.Assassination, record.Clash, record.RemoteViolence,
		record.Riot, record.OtherViolence},
	"BOMBING":              {record.Bombing, record.SuicideBombing},
	"KIDNAPPING":           {record.Kidnapping, record.Hijacking},
	"ARSON":                {record.Arson},
	"ROBBERY":              {record.OtherViolence},
	"FORCED WORK STOPPAGE": {record.OtherViolence},
}

// mucConfidence maps PERP: ORGANIZATION CONFIDENCE to attributions:
// reported as fact and suspected or possible are what sitrep calls
// suspected (reports blame the group), acquitted is denied. MUC-4 has no
// value for a denial: an accused party that denies stays suspected or
// accused ("THE SALVADORAN ARMED FORCES DENIED TODAY THAT THEIR PLANES
// HAD BOMBED ..., AS RELIGIOUS SOURCES HAD REPORTED", "SALVADORAN
// GUERRILLAS TODAY DENIED HAVING CARRIED OUT A DYNAMITE ATTACK ..., AN
// ATTACK OFFICIAL SOURCES HAVE BLAMED ON THE GUERRILLAS" are both keyed
// so), which is what sitrep's denied is: accused, and denying it.
var mucConfidence = map[string][]string{
	"CLAIMED OR ADMITTED":                 {record.Claimed},
	"REPORTED AS FACT":                    {record.Suspected},
	"SUSPECTED OR ACCUSED":                {record.Suspected, record.Denied},
	"SUSPECTED OR ACCUSED BY AUTHORITIES": {record.Suspected, record.Denied},
	"POSSIBLE":                            {record.Suspected},
	"ACQUITTED":                           {record.Denied},
}

// mucEffect maps HUM TGT: EFFECT OF INCIDENT to a victim's effect.
var mucEffect = map[string]string{
	"DEATH": "killed", "INJURY": "injured", "REGAINED FREEDOM": "kidnapped", "ESCAPED": "kidnapped",
	"NO INJURY": "targeted", "NO DEATH": "targeted", "NO INJURY OR DEATH": "targeted",
	"RESIGNATION": "targeted", "NO RESIGNATION": "targeted",
}

// alternatives splits key values, some of which hold several
// alternatives in one string ("POSSIBLE / ACQUITTED").
func alternatives(vals []string) []string {
	var out []string
	for _, v := range vals {
		for _, a := range strings.Split(v, " / ") {
			out = append(out, strings.TrimSpace(a))
		}
	}
	return out
}

// ScoreTemplates scores predicted incidents (by docid) against MUC-4's
// full answer keys, on the fields the record shares with a template.
//
// Matching. In each document, required templates (not OPTIONAL) and
// predicted incidents are matched one to one to maximise the total
// agreement, which adds 3 when the predicted date falls in the key's date
// range, 2 when the place matches a non-country element of the key's
// location, 1 when the type is one of those coding the key's type, 1 for
// the country, and 2 when a predicted role filler (the MUC-4 roles of
// RecordExtracts) is one of the key's strings. A pair that agrees on
// nothing is no match. As in the news scorer, a leftover prediction
// agreeing at least 3 with an optional template counts neither way, any
// other is a false incident; an unmatched required template scores 0 on
// each of its fields.
//
// Why this matching: MUC-4 keys are per incident like sitrep's records,
// but a document's keys often share a day and a country, so the pairing
// that fits best overall (Hungarian algorithm, as in GRIT) is fairer than
// the news scorer's first-come greedy one; and role fillers tell apart two
// attacks on one day that the rest cannot.
//
// Fields, over required templates having them: type; date (in the key's
// range: "on", "range" or "on or before", which has no lower bound, so
// any earlier date agrees); country; place (any
// non-country element of the location path, either end of one naming two
// places: placeInKey); perpetrator (a predicted
// perpetrator matches one of the key's organizations, by the news
// scorer's name matching); confidence (such a match also has the
// attribution the key's PERP: ORGANIZATION CONFIDENCE maps to); deaths and
// injuries (whether the key has a human target with effect DEATH, or
// INJURY, agrees with whether the record has killed, or injured, above 0);
// victim_effect, per named human target with an effect (a predicted victim
// of that name with the matching effect). Stage of execution and the
// effects on physical targets are not scored: the record has no field for
// them.
func ScoreTemplates(docs []TemplateDoc, pred map[string][]record.Incident) FullScore {
	s := FullScore{Docs: len(docs), Hits: map[string]int{}, Counts: map[string]int{}}
	for di := range docs {
		d := &docs[di]
		incs := pred[d.ID]
		if !d.relevant && len(incs) > 0 {
			s.IrrelevantWithIncidents++
		}
		fills := make([]Extracts, len(incs))
		for j := range incs {
			fills[j] = RecordExtracts(incs[j : j+1])
		}
		var req, opt []*template
		for i := range d.templates {
			if d.templates[i].Optional {
				opt = append(opt, &d.templates[i])
			} else {
				req = append(req, &d.templates[i])
			}
		}
		w := make([][]int, len(req))
		for i, t := range req {
			w[i] = make([]int, len(incs))
			for j := range incs {
				w[i][j] = templateAgreement(t, &incs[j], fills[j])
			}
		}
		_, match := maxAssignment(w)
		used := make([]bool, len(incs))
		for i, t := range req {
			var p *record.Incident
			if j := match[i]; j >= 0 && w[i][j] > 0 {
				used[j] = true
				p = &incs[j]
				s.TP++
			} else {
				s.FN++
			}
			l := fullLine{doc: d, key: t, p: p}
			for _, r := range templateFields(t, p) {
				s.Counts[r.field]++
				if r.ok {
					s.Hits[r.field]++
				} else if p != nil {
					l.wrong = append(l.wrong, r.field)
				}
			}
			s.lines = append(s.lines, l)
		}
		for j := range incs {
			if used[j] {
				continue
			}
			absorbed := false
			for _, t := range opt {
				if templateAgreement(t, &incs[j], fills[j]) >= 3 {
					absorbed = true
					break
				}
			}
			if !absorbed {
				s.FP++
				s.lines = append(s.lines, fullLine{doc: d, p: &incs[j]})
			}
		}
	}
	return s
}

func templateAgreement(t *template, p *record.Incident, fills Extracts) int {
	a := 0
	if dateInKey(t, p.Date) {
		a += 3
	}
	if placeInKey(t, p.Location) {
		a += 2
	}
	if typeInKey(t, p.Type) {
		a++
	}
	if countryInKey(t, p.Location) {
		a++
	}
	if sharesFiller(t, fills) {
		a += 2
	}
	return a
}

func typeInKey(t *template, typ string) bool {
	for _, k := range t.IncidentType {
		for _, c := range mucTypes[k] {
			if c == typ {
				return true
			}
		}
	}
	return false
}

func dateInKey(t *template, date string) bool {
	if date == "" {
		return false
	}
	for _, alt := range t.Dates {
		if alt.From == nil && alt.To == nil {
			continue
		}
		if (alt.From == nil || *alt.From <= date) && (alt.To == nil || date <= *alt.To) {
			return true
		}
	}
	return false
}

func countryInKey(t *template, loc *record.Location) bool {
	if loc == nil || loc.Country == "" {
		return false
	}
	c := countryNorm(loc.Country)
	for _, l := range t.Locations {
		if l.Country != nil && countryNorm(*l.Country) == c {
			return true
		}
	}
	return false
}

// placeInKey reports whether the predicted location matches a non-country
// element of one of the key's locations. An element naming two places
// joined by " - " ("ZARAGOZA (CITY) - SAN SALVADOR (CITY)") puts the
// incident between them, on the way from one to the other: either end
// names where it was, not only the first (which placeMatch's main name,
// cut at the first parenthesis, would keep alone).
func placeInKey(t *template, loc *record.Location) bool {
	if loc == nil {
		return false
	}
	pl := &predLocation{place: loc.Place, admin2: loc.Admin2, admin1: loc.Admin1}
	for _, l := range t.Locations {
		for _, p := range l.Path {
			if p.Type == "COUNTRY" {
				continue
			}
			for _, end := range strings.Split(p.Name, " - ") {
				if placeMatch(end, pl) {
					return true
				}
			}
		}
	}
	return false
}

// keyStrings returns the key's normalized strings for each role.
func keyStrings(t *template) [5]map[string]bool {
	var ks [5]map[string]bool
	add := func(r int, ss []string) {
		if ks[r] == nil {
			ks[r] = map[string]bool{}
		}
		for _, s := range ss {
			ks[r][NormalizeMention(s)] = true
		}
	}
	for _, f := range t.PerpInd {
		add(0, f.Strings)
	}
	for _, f := range t.PerpOrg {
		add(1, f.Strings)
	}
	for _, f := range t.PhysTargets {
		add(2, f.Strings)
	}
	for _, h := range t.HumTargets {
		add(3, h.Name)
	}
	for _, f := range t.Instruments {
		add(4, f.Strings)
	}
	return ks
}

func sharesFiller(t *template, fills Extracts) bool {
	ks := keyStrings(t)
	for r, ents := range fills {
		for _, e := range ents {
			for _, m := range e {
				if ks[r][NormalizeMention(m)] {
					return true
				}
			}
		}
	}
	return false
}

// templateFields scores the fields of a required template against its
// predicted incident; with none (nil) every field the key has is wrong,
// even one that an empty record would agree with (no deaths).
func templateFields(t *template, p *record.Incident) []fieldResult {
	missed := p == nil
	if missed {
		p = &record.Incident{}
	}
	var res []fieldResult
	add := func(f string, ok bool) { res = append(res, fieldResult{f, ok && !missed}) }
	if len(t.IncidentType) > 0 {
		add("type", typeInKey(t, p.Type))
	}
	hasDate, hasCountry, hasPlace := false, false, false
	for _, d := range t.Dates {
		hasDate = hasDate || d.From != nil || d.To != nil
	}
	for _, l := range t.Locations {
		hasCountry = hasCountry || l.Country != nil
		for _, e := range l.Path {
			hasPlace = hasPlace || e.Type != "COUNTRY"
		}
	}
	if hasDate {
		add("date", dateInKey(t, p.Date))
	}
	if hasCountry {
		add("country", countryInKey(t, p.Location))
	}
	if hasPlace {
		add("place", placeInKey(t, p.Location))
	}
	if len(t.PerpOrg) > 0 {
		found, confident, hasConf := false, false, false
		for _, org := range t.PerpOrg {
			want := map[string]bool{}
			for _, c := range alternatives(org.Confidence) {
				for _, a := range mucConfidence[c] {
					want[a] = true
				}
			}
			hasConf = hasConf || len(want) > 0
			for _, q := range p.Perpetrators {
				for _, name := range org.Strings {
					if nameMatch(name, q.Name) {
						found = true
						confident = confident || want[q.Attribution]
					}
				}
			}
		}
		add("perpetrator", found)
		if hasConf {
			add("confidence", confident)
		}
	}
	if len(t.effects) > 0 {
		add("deaths", contains(t.effects, "DEATH") == p.Killed.Harmed())
		add("injuries", contains(t.effects, "INJURY") == p.Injured.Harmed())
	}
	for _, h := range t.HumTargets {
		if len(h.Name) == 0 || len(h.Effect) == 0 {
			continue
		}
		want := map[string]bool{}
		for _, e := range alternatives(h.Effect) {
			want[mucEffect[e]] = true
		}
		ok := false
		for _, v := range p.Victims {
			for _, name := range h.Name {
				ok = ok || nameMatch(name, v.Name) && want[v.Effect]
			}
		}
		add("victim_effect", ok)
	}
	return res
}

func rate(num, den int) float64 {
	if den == 0 {
		return 0
	}
	return float64(num) / float64(den)
}

// P, R and F1 are incident-level precision, recall and F1.
func (s FullScore) P() float64 { return rate(s.TP, s.TP+s.FP) }
func (s FullScore) R() float64 { return rate(s.TP, s.TP+s.FN) }
func (s FullScore) F1() float64 {
	return RoleScore{Matched: s.TP, Pred: s.TP + s.FP, Gold: s.TP + s.FN}.F1()
}

// WriteTable prints incident P/R/F1 and each field's accuracy, in percent.
func (s FullScore) WriteTable(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "templates: docs=%d tp=%d fp=%d fn=%d irrelevant-with-incidents=%d\n",
		s.Docs, s.TP, s.FP, s.FN, s.IrrelevantWithIncidents)
	fmt.Fprintf(bw, "%-14s %7.2f %7.2f %7.2f\n", "incidents", 100*s.P(), 100*s.R(), 100*s.F1())
	fmt.Fprintf(bw, "%-14s %7s %5s\n", "field", "acc", "n")
	for _, f := range FullFields {
		fmt.Fprintf(bw, "%-14s %7.2f %5d\n", f, 100*rate(s.Hits[f], s.Counts[f]), s.Counts[f])
	}
	return bw.Flush()
}

// WriteVerbose lists, document by document, each required template as
// MISSED, ok or with its wrong fields, and each false incident as EXTRA;
// under each, indented, the key and the incident with the sentence of its
// trigger. It is how a recall or precision problem is read class by
// class, which the totals of WriteTable cannot say.
func (s FullScore) WriteVerbose(w io.Writer) error {
	bw := bufio.NewWriter(w)
	// the news quoter's sentences, split by the extractor's own splitter
	q := quoter{index: map[*doc.Document]*sentenceIndex{}}
	docs := map[*TemplateDoc]*doc.Document{}
	for _, l := range s.lines {
		switch {
		case l.key == nil:
			fmt.Fprintf(bw, "%s: EXTRA %s\n", l.doc.ID, incidentLine(l.p))
		case l.p == nil:
			fmt.Fprintf(bw, "%s: MISSED %s\n", l.doc.ID, keyLine(l.key))
		case len(l.wrong) == 0:
			fmt.Fprintf(bw, "%s: ok %s\n", l.doc.ID, keyLine(l.key))
		default:
			fmt.Fprintf(bw, "%s: wrong %s %s\n", l.doc.ID, strings.Join(l.wrong, ","), keyLine(l.key))
		}
		if l.p != nil {
			if l.key != nil {
				fmt.Fprintf(bw, "%sgot %s\n", detailIndent, incidentLine(l.p))
			}
			tolls := false
			for _, f := range l.wrong {
				if f == "deaths" || f == "injuries" {
					fmt.Fprintf(bw, "%s%s: key %s, got killed %s injured %s\n", detailIndent, f,
						strings.Join(l.key.effects, "|"), countLine(l.p.Killed), countLine(l.p.Injured))
					tolls = true
					break
				}
			}
			for _, e := range l.p.Evidence {
				if tolls && e.In == "" && (strings.HasPrefix(e.Field, "killed") || strings.HasPrefix(e.Field, "injured")) {
					d := docs[l.doc]
					if d == nil {
						d = &doc.Document{Text: l.doc.Text}
						docs[l.doc] = d
					}
					sent := strings.Join(strings.Fields(strings.Join(q.sentenceAt(d, e.Start, e.End), " ")), " ")
					fmt.Fprintf(bw, "%s(%s %s) %s\n", detailIndent, e.Field, strings.Join(strings.Fields(e.Text), " "), sent)
				}
				if e.Field == "type" && e.In == "" {
					d := docs[l.doc]
					if d == nil {
						d = &doc.Document{Text: l.doc.Text}
						docs[l.doc] = d
					}
					sent := strings.Join(strings.Fields(strings.Join(q.sentenceAt(d, e.Start, e.End), " ")), " ")
					fmt.Fprintf(bw, "%s[%s] %s\n", detailIndent, e.Text, sent)
				}
			}
		}
	}
	return bw.Flush()
}

// keyLine is a template's type, date range, location and organizations
// with their confidences (one per organization slot, alternatives joined
// by "/").
func keyLine(t *template) string {
	var date, loc []string
	for _, d := range t.Dates {
		date = append(date, deref(d.From)+".."+deref(d.To))
	}
	for _, l := range t.Locations {
		var path []string
		for _, p := range l.Path {
			path = append(path, p.Name)
		}
		loc = append(loc, strings.Join(path, ":"))
	}
	var orgs, conf []string
	for _, o := range t.PerpOrg {
		orgs = append(orgs, o.Strings...)
		conf = append(conf, strings.Join(o.Confidence, "/"))
	}
	line := fmt.Sprintf("%s %s %s perp=%s", strings.Join(t.IncidentType, "/"),
		strings.Join(date, "|"), strings.Join(loc, "|"), strings.Join(orgs, "|"))
	if len(orgs) > 0 {
		line += " conf=" + strings.Join(conf, "|")
	}
	return line
}

// incidentLine is an incident's type, date, place and perpetrators with
// their attributions.
func incidentLine(p *record.Incident) string {
	place := ""
	if p.Location != nil {
		place = p.Location.Place + "/" + p.Location.Country
	}
	var perps, attrs []string
	for _, q := range p.Perpetrators {
		perps = append(perps, q.Name)
		attrs = append(attrs, q.Attribution)
	}
	line := fmt.Sprintf("%s %s %s perp=%s", p.Type, p.Date, place, strings.Join(perps, "|"))
	if len(perps) > 0 {
		line += " attr=" + strings.Join(attrs, "|")
	}
	return line
}

// countLine is a count as the verbose listing shows it: its minimum and
// its parties ("2 {civilians:1 police:1}"), or "none".
func countLine(c *record.Count) string {
	if c == nil {
		return "none"
	}
	s := "?"
	if c.Min != nil {
		s = strconv.Itoa(*c.Min)
	}
	if len(c.ByParty) > 0 {
		var ps []string
		for k, n := range c.ByParty {
			ps = append(ps, k+":"+strconv.Itoa(n))
		}
		sort.Strings(ps)
		s += " {" + strings.Join(ps, " ") + "}"
	}
	return s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// fullJSON is the "full" member of --json --full output.
type fullJSON struct {
	prf
	TP                      int                  `json:"tp"`
	FP                      int                  `json:"fp"`
	FN                      int                  `json:"fn"`
	IrrelevantWithIncidents int                  `json:"irrelevant_docs_with_incidents"`
	Fields                  map[string]fieldJSON `json:"fields"`
}

type fieldJSON struct {
	Acc float64 `json:"acc"`
	N   int     `json:"n"`
}

func (s FullScore) json() fullJSON {
	j := fullJSON{prf: prf{round2(100 * s.P()), round2(100 * s.R()), round2(100 * s.F1())},
		TP: s.TP, FP: s.FP, FN: s.FN, IrrelevantWithIncidents: s.IrrelevantWithIncidents,
		Fields: map[string]fieldJSON{}}
	for _, f := range FullFields {
		j.Fields[f] = fieldJSON{round2(100 * rate(s.Hits[f], s.Counts[f])), s.Counts[f]}
	}
	return j
}
