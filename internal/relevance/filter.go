package relevance

import (
	"math"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/record"
)

// Filter is the extractor's last step, given p, the model's Score of d.
// It keeps the incidents of d only when p says that d reports a
// political-violence event (Admits), applies Sanitize to each, and sets
// its confidence (Confide). The extractor scores first and reads no
// further below GreyFloor; Filter checks again so that it holds on its
// own. skip leaves steps out, for measuring what each costs (the
// extractor's open gates); the zero Skip is the filter analysts get.
func (m *Model) Filter(p float64, stated bool, d *doc.Document, incs []record.Incident, skip Skip) []record.Incident {
	if len(incs) == 0 {
		return incs
	}
	if !skip.Admission && !m.Admits(p, stated) {
		return incs[:0]
	}
	if !skip.Sanitize {
		for i := range incs {
			Sanitize(&incs[i], d.Date, d.Title, d.Text)
		}
	}
	m.Confide(p, incs)
	return incs
}

// Skip names steps of Filter to leave out.
type Skip struct {
	Admission bool // keep the incidents whatever p says (Admits)
	Sanitize  bool // keep their values as read (Sanitize)
}

// Admits reports whether an article the model scores p may keep its
// incidents: at or above the threshold it may; below GreyFloor it may
// not; in between only when stated says that the caller has kept only
// those the article's opening states with their doer (the extractor's
// statedWithDoer: a reading of the text this package cannot do).
func (m *Model) Admits(p float64, stated bool) bool {
	return p >= GreyFloor && (p >= m.Threshold || stated)
}

// Confide scales each incident's confidence by p (the extractor's
// confidence says how complete a record is; the model's how likely it is
// to be an event at all, and both must hold) and maps the product through
// m's Calibration, so that a confidence is the share of such incidents
// that are real.
func (m *Model) Confide(p float64, incs []record.Incident) {
	for i := range incs {
		r := &incs[i]
		raw := r.Confidence * p
		if m.Calibration != nil {
			raw = m.Calibration.Prob(raw)
		}
		r.Confidence = math.Round(raw*100) / 100
	}
}
