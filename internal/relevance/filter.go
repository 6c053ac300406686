package relevance

import (
	"math"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/record"
)

// Filter is the extractor's last step. It keeps the incidents of d only
// when the model judges that d reports a political-violence event, scales
// each kept incident's confidence by that judgement (the extractor's
// confidence says how complete a record is; the model's how likely it is
// to be an event at all, and both must hold), and applies Sanitize. An
// article with no incidents costs nothing: the model reads only articles
// the rule frames have already found violence in.
func (m *Model) Filter(d *doc.Document, incs []record.Incident) []record.Incident {
	if len(incs) == 0 {
		return incs
	}
	p := m.Score(d.Title, d.Text)
	if p < m.Threshold {
		return incs[:0]
	}
	for i := range incs {
		r := &incs[i]
		Sanitize(r, d.Date, d.Title, d.Text)
		r.Confidence = math.Round(r.Confidence*p*100) / 100
	}
	return incs
}
