package extract

import (
	"context"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/lexicon"
	"github.com/sitrep/sitrep/internal/record"
)

// filler builds one record from an incident, collecting evidence as it goes.
type filler struct {
	a    *article
	st   story
	in   *incident
	cues []int32 // the article's sentences that attribute an attack (cueSentences)
	rec  record.Incident
	own  map[int32]bool // the sentences of the incident (isMention)
	cur  []*mention     // the incident's mentions that are not hedged (current)
	attr []int32        // the sentences that may attribute it (attributionSentences)
	// remote and clash say what the type rules found, for the rules of
	// attribution: an air or artillery strike is put on the state that
	// flies or fires; a side in a clash is not an attacker blamed.
	remote, clash bool
	// bare says the incident was typed only by the killing it tells, no
	// word saying how (eventType's last resort), so a series told beside
	// it may say (killingInSeries).
	bare bool
	// unnamed says the incident was typed an armed assault only by a word
	// of attack that says not how ("the church was attacked"), so the
	// series the lead tells may say (suicideLead).
	unnamed bool
	// attackerStates are the states the incident's perpetrators fight
	// for, and attackerSpans the byte spans naming them (perpetrators sets
	// both): in a clash their soldiers counted dead are the perpetrators'
	// dead, and their own forces are not what they hit.
	attackerStates map[string]bool
	attackerSpans  [][2]int
}

// fill turns the story's incidents into records, leaving out those with
// nothing a coder would record. It stops with ctx's error when ctx ends.
func (a *article) fill(ctx context.Context, st story) ([]record.Incident, error) {
	var out []record.Incident
	var cues []int32
	if len(st.incs) > 0 {
		cues = a.cueSentences(st.d0)
	}
	// every incident is typed by its own words first, so that a site of a
	// series that only a list tells of can take the type a sibling's
	// words gave (seriesType)
	fs := make([]filler, len(st.incs))
	typed := make([]bool, len(st.incs))
	for i, in := range st.incs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		fs[i] = filler{a: a, st: st, in: in, cues: cues}
		fs[i].rec.Evidence = []record.Evidence{}
		typed[i] = fs[i].eventType()
	}
	for i := range fs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		f := &fs[i]
		if !typed[i] && !f.seriesType(fs, typed) {
			continue // no type could be told: nothing a coder would record
		}
		if typed[i] {
			f.suicideSeries(fs, typed)
			f.suicideLead()
			f.killingInSeries(fs, typed)
		}
		if f.accidentalBlast() {
			continue // an accident: no attack, and no one to suspect
		}
		if r, ok := f.fillIncident(); ok {
			if f.fromListHead(fs[:i]) {
				r = f.rec
			}
			if len(r.Perpetrators) == 0 && f.setDoer(fs[:i]) {
				r = f.rec
			}
			out = append(out, r)
		}
	}
	return out, nil
}

// fillIncident fills the record of an incident of the story once it is
// typed. It reports false when the incident has nothing a coder would
// record.
func (f *filler) fillIncident() (record.Incident, bool) {
	a, in := f.a, f.in
	f.remote = f.rec.Type == record.RemoteViolence
	f.clash = f.rec.Type == record.Clash
	f.date()
	f.location()
	f.localDay()
	if in.retold() && f.rec.Date == "" && f.rec.Location == nil {
		// a reaction to an attack the text neither dates nor places: the
		// report of the attack itself is where it is coded
		return record.Incident{}, false
	}
	f.perpetrators()
	f.targets()
	f.weapons()
	f.casualties()
	f.takenMost()
	f.victims()
	f.rec.ID = a.incidentID(in, f.rec.Type)
	f.rec.Confidence = f.confidence()
	return f.rec, true
}

// evidence appends a span of src as evidence for field. Spans in the
// headline get In "title" and offsets into the headline.
func (f *filler) evidence(field string, b0, b1 int) {
	a := f.a
	ev := record.Evidence{Field: field, Start: b0, End: b1, Text: a.src[b0:b1]}
	if a.inTitle(b0) {
		ev.In = "title"
		if b1 > a.bodyStart-2 {
			ev.End = a.bodyStart - 2
			ev.Text = a.src[b0:ev.End]
		}
	} else {
		ev.Start -= a.bodyStart
		ev.End -= a.bodyStart
	}
	for _, e := range f.rec.Evidence {
		if e == ev {
			return
		}
	}
	f.rec.Evidence = append(f.rec.Evidence, ev)
}

// tokEvidence is evidence for tokens [t0, t1).
func (f *filler) tokEvidence(field string, t0, t1 int32) {
	b0, b1 := f.a.span(t0, t1)
	f.evidence(field, b0, b1)
}

// dropEvidence removes the evidence of a field whose value is replaced by
// a fuller one.
func (f *filler) dropEvidence(field string) {
	ev := f.rec.Evidence[:0]
	for _, e := range f.rec.Evidence {
		if e.Field != field {
			ev = append(ev, e)
		}
	}
	f.rec.Evidence = ev
}

// current returns the incident's mentions that report it (not hedged).
func (f *filler) current() []*mention {
	if f.cur != nil {
		return f.cur
	}
	f.cur = make([]*mention, 0, len(f.in.ms))
	for _, m := range f.in.ms {
		if !m.hedged {
			f.cur = append(f.cur, m)
		}
	}
	if len(f.cur) == 0 {
		f.cur = f.in.ms
	}
	return f.cur
}

// statements yields the statements of the incident's mentions (current),
// each with its mention, in the order the text tells them: the helpers
// that read the incident's tolls range over them.
func (f *filler) statements() iter.Seq2[*mention, *statement] {
	return func(yield func(*mention, *statement) bool) {
		for _, m := range f.current() {
			for i := range m.stmts {
				if !yield(m, &m.stmts[i]) {
					return
				}
			}
		}
	}
}

// ownToll reports whether st gives a figure of this incident as told:
// not hedged ("could exceed"), nor an earlier figure ("raising the death
// toll from 358"), a period's ("10,000 have died in the seven-year
// insurgency") or a campaign's.
func (st *statement) ownToll() bool {
	return !st.hedged && !st.old && !st.period && !st.campaign
}

// incidentID is stable: the same document gives the same ids. It hashes
// the document id, the incident's first sentence and its type.
func (a *article) incidentID(in *incident, typ string) string {
	b0 := 0
	if len(in.ms) > 0 {
		b0 = int(a.toks[in.ms[0].t0].Start)
	}
	// FNV-1a (hash/fnv's New64a) of docID NUL b0 NUL typ NUL headline,
	// worked here: the hash and a Fprintf allocated for every incident
	var num [20]byte
	h := fnvAdd(fnvOffset64, a.docID)
	h = fnvAdd(h, "\x00")
	h = fnvAdd(h, strconv.AppendInt(num[:0], int64(b0), 10))
	h = fnvAdd(h, "\x00")
	h = fnvAdd(h, typ)
	h = fnvAdd(h, "\x00")
	h = fnvAdd(h, a.src[:a.bodyStart])
	return strconv.FormatUint(h, 16)
}

// fnvOffset64 and fnvPrime64 are FNV-1a's 64-bit constants (hash/fnv).
const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// fnvAdd returns FNV-1a hash h taken on over s.
func fnvAdd[S string | []byte](h uint64, s S) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime64
	}
	return h
}

// confidence is a plain measure of how much the text said: one half for
// finding the event, more for each of place, date, actor and figures with
// evidence. It is not a calibrated probability.
func (f *filler) confidence() float64 {
	c := 0.5
	if f.rec.Location != nil && f.rec.Location.Precision != record.GeoCountry {
		c += 0.1
	}
	if f.rec.Date != "" {
		c += 0.1
	}
	if len(f.rec.Perpetrators) > 0 {
		c += 0.05
	}
	if f.rec.Killed != nil || f.rec.Injured != nil {
		c += 0.1
	}
	for _, m := range f.in.ms {
		if m.title {
			c += 0.1
			break
		}
	}
	return float64(int(c*100+0.5)) / 100
}

// takenMost types an armed assault a kidnapping when the people it took
// outnumber those it killed and hurt, and a word of the incident tells
// the taking: the taking is what the raid was for, as GTD codes hostage
// taking ("have invaded Government Science Secondary School ..., killing a
// security guard and kidnapping some students" ... "abducted over 200
// students"). Shots fired to break in and a guard killed on the way are
// the means of the abduction, not the deed.
func (f *filler) takenMost() {
	r := f.rec
	if r.Type != record.ArmedAssault || r.Kidnapped == nil || r.Kidnapped.Min == nil {
		return
	}
	harmed := 0
	for _, c := range []*record.Count{r.Killed, r.Injured} {
		if c != nil && c.Max != nil {
			harmed += *c.Max
		} else if c != nil && c.Min != nil {
			harmed += *c.Min
		}
	}
	if *r.Kidnapped.Min <= harmed {
		return
	}
	for _, m := range f.current() {
		for _, t := range m.triggers {
			if t.p.Value == record.Kidnapping && !f.a.hasTerm(t.t0, lexicon.Party, record.Perpetrators) {
				f.rec.Type = record.Kidnapping
				f.dropEvidence("type")
				f.tokEvidence("type", t.t0, t.t1)
				return
			}
		}
	}
}

// fromListHead gives an incident told only as a later item of a list of
// places an attack word is dealt over ("The attacks took place in the
// villages of Diallassagou, Dianweli and Deguessagou": dealOverList) the
// day and the doers of the list's first item, when it has none of its
// own: the items are one set of attacks told together, and the first
// item's incident holds what the text told of the set before the list
// ("Gunmen killed 132 civilians in attacks on villages ..., the
// government said on Monday"). It reports whether it gave either.
func (f *filler) fromListHead(earlier []filler) bool {
	in := f.in
	if len(in.ms) == 0 || f.rec.Date != "" && len(f.rec.Perpetrators) > 0 {
		return false
	}
	for _, m := range in.ms {
		if !m.listItem {
			return false
		}
	}
	si := in.ms[0].sent
	for i := range earlier {
		g := &earlier[i]
		head := false
		for _, m := range g.in.ms {
			head = head || m.listItem && m.sent == si
		}
		if !head {
			continue
		}
		gave := false
		if f.rec.Date == "" && g.rec.Date != "" {
			f.rec.Date, f.rec.DatePrecision = g.rec.Date, g.rec.DatePrecision
			f.rec.Evidence = append(f.rec.Evidence, fieldEvidence(g.rec.Evidence, "date")...)
			gave = true
		}
		if len(f.rec.Perpetrators) == 0 && len(g.rec.Perpetrators) > 0 {
			f.doersOf(g)
			gave = true
		}
		return gave
	}
	return false
}

// doersOf gives the incident the perpetrators of the earlier incident g,
// with the evidence for them: g is a deed of the same set, told with its
// doers where this one is not (fromListHead, setDoer).
func (f *filler) doersOf(g *filler) {
	f.rec.Perpetrators = slices.Clone(g.rec.Perpetrators)
	f.rec.Evidence = append(f.rec.Evidence, fieldEvidence(g.rec.Evidence, "perpetrators[")...)
}

// fieldEvidence returns the evidence of es for the fields whose name
// starts with prefix.
func fieldEvidence(es []record.Evidence, prefix string) []record.Evidence {
	var out []record.Evidence
	for _, e := range es {
		if strings.HasPrefix(e.Field, prefix) {
			out = append(out, e)
		}
	}
	return out
}
