package extract

import (
	"context"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/relevance"
	"github.com/sitrep/sitrep/internal/text"
)

// MentionReport is what the rules decided about the mentions of one
// document, for scripts/mentions: it measures which decision loses the
// incidents of the answer keys, and cross-validates a mention classifier
// on the mentions' features (scripts/mentions/README.md).
type MentionReport struct {
	Gate     float64 // the relevance model's score
	Gated    bool    // below relevance.GreyFloor: no text stage ran
	Negative bool    // negativeFrame: the article tells no new attack
	Mentions []MentionDecision
}

// MentionDecision is one mention and the rule that decided it.
type MentionDecision struct {
	Start, End int // byte offsets in the document's text; negative in the headline
	// Fate is "kept" (in an incident), "background" (markBackground),
	// "hedged" (a threat or a plan) or "generic" (it joined no incident,
	// or only one with nothing specific).
	Fate     string
	Why      string // backgroundWhy's reason: "frame", "since", "compared", "date", "inherited" or ""
	Incident int    // index of its incident among segment's, or -1
	Features []string
}

// Mentions runs the stages up to segment on d and reports every mention
// with its fate and features.
func (x *Extractor) Mentions(ctx context.Context, d *doc.Document) (MentionReport, error) {
	var r MentionReport
	r.Gate = x.rel.Score(d.Title, d.Text)
	if r.Gate < relevance.GreyFloor {
		r.Gated = true
		return r, nil
	}
	a := x.read(d)
	defer a.free()
	a.resolvePlaces()
	ms, err := a.mentions(ctx)
	if err != nil {
		return r, err
	}
	r.Negative = a.negativeFrame(ms)
	d0 := a.mainDate(ms)
	whys := a.backgroundWhys(ms, d0)
	n := newsOf(ms, d0, whys) // markBackground's, from the reasons just found
	st := a.segment(n)
	fate := map[*mention]string{}
	for _, m := range ms {
		fate[m] = "background"
	}
	for _, m := range n.ms {
		fate[m] = "generic"
		if m.hedged && !m.title {
			fate[m] = "hedged"
		}
	}
	inc := map[*mention]int{}
	for i, in := range st.incs {
		for _, m := range in.ms {
			fate[m] = "kept"
			if _, ok := inc[m]; !ok {
				inc[m] = i
			}
		}
	}
	kept := 0
	for j, m := range ms {
		c := mentionContext{why: whys[j], d0: d0, before: kept}
		if whys[j] == "" {
			kept++
		}
		b0, b1 := a.span(m.t0, m.t1)
		i, ok := inc[m]
		if !ok {
			i = -1
		}
		r.Mentions = append(r.Mentions, MentionDecision{Start: b0 - a.bodyStart, End: b1 - a.bodyStart,
			Fate: fate[m], Why: whys[j], Incident: i, Features: a.mentionFeatures(m, c)})
	}
	return r, nil
}

// mentionContext is what markBackground knows of a mention beyond the
// mention itself, for a mention classifier.
type mentionContext struct {
	why    string // backgroundWhy's reason; "" when not background
	d0     int    // the main event's date; -1 none
	before int    // mentions before it the rules kept as news
}

// mentionFeatures returns the features a mention classifier reads of m: its
// words and word pairs, the words around its attack words, its flags, its
// dates and figures, why the rules set it aside and its place in the
// article.
func (a *article) mentionFeatures(m *mention, c mentionContext) []string {
	var fs []string
	add := func(s ...string) { fs = append(fs, strings.Join(s, ":")) }
	prev := ""
	for j := m.t0; j < m.t1; j++ {
		w := a.featureWord(j)
		if w == "" {
			continue
		}
		add("w", w)
		if prev != "" {
			add("b", prev, w)
		}
		prev = w
	}
	for _, t := range m.triggers {
		add("tr", a.lowerSpan(t.t0, t.t1))
		add("tv", t.p.Value)
		for k := int32(1); k <= 3; k++ {
			if w := a.featureWord(t.t0 - k); w != "" && t.t0-k >= m.t0 {
				add("l"+strconv.Itoa(int(k)), w)
			}
			if w := a.featureWord(t.t1 - 1 + k); w != "" && t.t1-1+k < m.t1 {
				add("r"+strconv.Itoa(int(k)), w)
			}
		}
	}
	flag := func(name string, on bool) {
		if on {
			add("f", name)
		}
	}
	flag("bg", c.why != "")
	add("why", c.why)
	add("before", bucket(c.before))
	flag("nomain", c.d0 < 0)
	flag("hedged", m.hedged)
	flag("specific", m.specific)
	flag("retold", m.retold)
	flag("reaction", m.reaction)
	flag("split", m.split)
	flag("title", m.title)
	flag("over", m.overPlaces)
	flag("notrigger", len(m.triggers) == 0)
	add("n", "places", bucket(len(m.places)))
	add("n", "groups", bucket(len(m.groups)))
	add("n", "dates", bucket(len(m.dates)))
	add("n", "said", bucket(len(m.said)))
	add("n", "stmts", bucket(len(m.stmts)))
	for _, st := range m.stmts {
		add("st", st.effect.String())
		flag("st-hedged", st.hedged)
		flag("st-old", st.old)
		flag("st-campaign", st.campaign)
		flag("st-period", st.period)
	}
	for _, k := range m.dates {
		d := a.dates[k]
		add("dp", d.Precision)
		switch {
		case a.pub.IsZero() || d.Day == (text.Day{}):
			add("da", "unknown")
		case d.Day.After(a.pub):
			add("da", "future")
		case within(d, a.pub, 3):
			add("da", "recent")
		case within(d, a.pub, 30):
			add("da", "month")
		default:
			add("da", "old")
		}
		if c.d0 >= 0 && d.Day != (text.Day{}) {
			switch diff := d.Day.Sub(a.dates[c.d0].Day); {
			case diff == 0:
				add("d0", "same")
			case diff >= -2 && diff <= 2:
				add("d0", "near")
			case diff < 0:
				add("d0", "before")
			default:
				add("d0", "after")
			}
		}
	}
	add("para", bucket(m.para-max(a.lead, 0)))
	return fs
}

// featureWord returns token j lower-cased with digits folded to "#", or ""
// for punctuation other than a clause break.
func (a *article) featureWord(j int32) string {
	if j < 0 || int(j) >= len(a.toks) {
		return ""
	}
	w := a.lowerWord(j)
	if a.toks[j].Kind != text.Word {
		if w == "," || w == ";" || w == ":" {
			return w
		}
		if a.toks[j].Kind == text.Num {
			return "#"
		}
		return ""
	}
	return w
}

// bucket names a count: 0, 1, 2, 3-5 or 6 and more.
func bucket(n int) string {
	switch {
	case n <= 2:
		return strconv.Itoa(max(n, 0))
	case n <= 5:
		return "3-5"
	}
	return "6+"
}
