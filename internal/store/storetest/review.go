package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

// sourcesOf names an incident by its reporting documents, "b1+b2".
func sourcesOf(m *record.Merged) string {
	var docs []string
	for _, src := range m.Sources {
		docs = append(docs, src.Doc)
	}
	slices.Sort(docs)
	return strings.Join(docs, "+")
}

// find returns the incident, listed or rejected, whose reports are docs
// ("b1+b2").
func find(t *testing.T, s store.Store, docs string) record.Merged {
	t.Helper()
	p, err := s.Incidents(context.Background(), store.Filter{Status: store.StatusAll})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range p.Incidents {
		if sourcesOf(&m) == docs {
			return m
		}
	}
	t.Fatalf("no incident reported by %s; incidents by source: %s", docs, summaryAll(t, s))
	return record.Merged{}
}

// summaryAll is summary over listed and rejected incidents, the rejected
// marked with a "!".
func summaryAll(t *testing.T, s store.Store) string {
	t.Helper()
	p, err := s.Incidents(context.Background(), store.Filter{Status: store.StatusAll})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range p.Incidents {
		x := sourcesOf(&m)
		if m.Status == record.Rejected {
			x = "!" + x
		}
		out = append(out, x)
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

func review(t *testing.T, s store.Store, a store.Action) []record.Merged {
	t.Helper()
	if a.User == "" {
		a.User = "ana"
	}
	out, err := s.Review(context.Background(), a)
	if err != nil {
		t.Fatalf("review %+v: %v", a, err)
	}
	return out
}

// history is an incident's history as "user action field before after why"
// lines.
func history(m *record.Merged) string {
	if m.Review == nil {
		return ""
	}
	var out []string
	for _, e := range m.Review.History {
		out = append(out, strings.Join([]string{e.User, e.Action, e.Field, string(e.Before), string(e.After), e.Why}, " "))
	}
	return strings.Join(out, "\n")
}

// revised is report x of the corpus with new text and the same incident.
func revised(x store.Extracted) store.Extracted {
	d := *x.Doc
	d.Text += " Updated with more detail."
	x.Doc = &d
	return x
}

// joining is a later report of the Bogota academy bombing.
func joining() store.Extracted {
	return store.Extracted{Doc: Doc("b4", "2019-01-21", "academy bombing funerals"),
		Incidents: []record.Incident{Incident(record.Bombing, "2019-01-17", Bogota, 21, "ELN")}}
}

// changesSince lists the change log after seq as "kind incident" strings,
// and the last seq.
func changesSince(t *testing.T, s store.Store, seq int64) ([]string, int64) {
	t.Helper()
	cs, err := s.Changes(context.Background(), seq, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range cs {
		out = append(out, c.Kind+" "+c.Incident)
		seq = c.Seq
	}
	return out, seq
}

func testReview(t *testing.T, open Opener) {
	ctx := context.Background()
	t.Run("reject", func(t *testing.T) {
		s := open(t)
		ingest(t, s, Corpus())
		all, _ := s.Stats(ctx, store.Filter{}, store.ByDay)
		b := find(t, s, "b1+b2+b3")
		_, seq := changesSince(t, s, 0)
		out := review(t, s, store.Action{Incident: b.ID, Action: store.ActionStatus, Status: record.Rejected, Why: "staged"})
		if len(out) != 1 || out[0].Status != record.Rejected {
			t.Fatalf("review returned %+v, want the one rejected incident", out)
		}
		// For the change feed a rejected incident is removed.
		if got, _ := changesSince(t, s, seq); !slices.Equal(got, []string{"removed " + b.ID}) {
			t.Errorf("changes of a rejection = %q, want removed %s", got, b.ID)
		}
		if got, want := summary(t, s), "c1 g1 g2 k1+k2 k2 m1 u1"; got != want {
			t.Errorf("listed after rejecting b1+b2+b3: %q, want %q", got, want)
		}
		st, err := s.Stats(ctx, store.Filter{}, store.ByDay)
		if err != nil {
			t.Fatal(err)
		}
		if st.Incidents != all.Incidents-1 || st.ByCountry["CO"] != all.ByCountry["CO"]-1 {
			t.Errorf("stats after rejecting = %d incidents, %d in CO; want %d, %d", st.Incidents, st.ByCountry["CO"], all.Incidents-1, all.ByCountry["CO"]-1)
		}
		CheckCounts(t, s)
		for _, tc := range []struct {
			f    store.Filter
			want int
		}{
			{store.Filter{Status: store.StatusRejected}, 1},
			{store.Filter{Status: store.StatusAll}, all.Incidents},
			{store.Filter{Status: store.StatusRejected, Country: "CO", Type: record.Bombing + "," + record.SuicideBombing}, 1},
			{store.Filter{Status: store.StatusRejected, Country: "AF"}, 0},
			{store.Filter{Status: store.StatusRejected, Actor: "eln"}, 1},
			{store.Filter{Status: store.StatusRejected, Text: "cadets"}, 1},
			{store.Filter{Status: store.StatusRejected, Since: "2019-01-18"}, 0},
			{store.Filter{Status: store.StatusAll, Country: "CO"}, 2},
			{store.Filter{Country: "CO"}, 1},
		} {
			p, err := s.Incidents(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if p.Total != tc.want || len(p.Incidents) != tc.want {
				t.Errorf("Incidents(%+v) = %d (total %d), want %d", tc.f, len(p.Incidents), p.Total, tc.want)
			}
			st, err := s.Stats(ctx, tc.f, store.ByDay)
			if err != nil {
				t.Fatal(err)
			}
			if st.Incidents != tc.want {
				t.Errorf("Stats(%+v).Incidents = %d, want %d", tc.f, st.Incidents, tc.want)
			}
		}
		// Paging through everything meets each incident once.
		var seen []string
		f := store.Filter{Status: store.StatusAll, Limit: 3}
		for {
			p, err := s.Incidents(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range p.Incidents {
				seen = append(seen, m.ID)
			}
			if p.Next == "" {
				break
			}
			f.Cursor = p.Next
		}
		if len(seen) != all.Incidents || len(slices.Compact(slices.Sorted(slices.Values(seen)))) != all.Incidents {
			t.Errorf("pages of status=all gave %d ids %v, want %d distinct", len(seen), seen, all.Incidents)
		}
		m, err := s.Incident(ctx, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := history(m), `ana status  "unreviewed" "rejected" staged`; got != want || m.Review.History[0].At == "" {
			t.Errorf("history = %q, want %q", got, want)
		}
		// A revised report and a new one: still rejected, history kept.
		ingest(t, s, []store.Extracted{revised(Corpus()[1]), joining()})
		if got, want := summaryAll(t, s), "!b1+b2+b3+b4 c1 g1 g2 k1+k2 k2 m1 u1"; got != want {
			t.Errorf("after a revision and a new report: %q, want %q", got, want)
		}
		if got := find(t, s, "b1+b2+b3+b4"); history(&got) != `ana status  "unreviewed" "rejected" staged` {
			t.Errorf("history after re-merging = %q", history(&got))
		}
		CheckCounts(t, s)
		// Confirmed: listed again.
		_, seq = changesSince(t, s, 0)
		back := find(t, s, "b1+b2+b3+b4").ID
		review(t, s, store.Action{Incident: back, Action: store.ActionStatus, Status: record.Confirmed, User: "bo"})
		if got, _ := changesSince(t, s, seq); !slices.Equal(got, []string{"created " + back}) {
			t.Errorf("changes of a confirmation of a rejected incident = %q, want created %s", got, back)
		}
		if got := find(t, s, "b1+b2+b3+b4"); got.Status != record.Confirmed || len(got.Review.History) != 2 {
			t.Errorf("after confirming: status %q, history %q", got.Status, history(&got))
		}
		if got, want := summary(t, s), "b1+b2+b3+b4 c1 g1 g2 k1+k2 k2 m1 u1"; got != want {
			t.Errorf("listed after confirming: %q, want %q", got, want)
		}
		CheckCounts(t, s)
	})
	t.Run("correct", func(t *testing.T) {
		s := open(t)
		ingest(t, s, Corpus())
		k := find(t, s, "k1+k2")
		_, seq := changesSince(t, s, 0)
		review(t, s, store.Action{Incident: k.ID, Action: store.ActionCorrect, Field: "killed", Value: json.RawMessage(`{"min": 24}`), Why: "ministry figure"})
		if got, _ := changesSince(t, s, seq); !slices.Equal(got, []string{"updated " + k.ID}) {
			t.Errorf("changes of a correction = %q, want updated %s", got, k.ID)
		}
		review(t, s, store.Action{Incident: k.ID, Action: store.ActionCorrect, Field: "type", Value: json.RawMessage(`"suicide_bombing"`)})
		review(t, s, store.Action{Incident: k.ID, Action: store.ActionCorrect, Field: "location", Value: json.RawMessage(`{"place": "Dasht-e-Barchi", "country_code": "af", "lat": 34.5, "lon": 69.1}`)})
		review(t, s, store.Action{Incident: k.ID, Action: store.ActionCorrect, Field: "perpetrators", Value: json.RawMessage(`[{"name": "Islamic State", "attribution": "suspected"}]`)})
		review(t, s, store.Action{Incident: k.ID, Action: store.ActionCorrect, Field: "date", Value: json.RawMessage(`"2020-05-11"`)})
		review(t, s, store.Action{Incident: k.ID, Action: store.ActionNote, Note: "check the hospital's own count"})
		check := func(when string) {
			t.Helper()
			m := find(t, s, "k1+k2")
			if m.Killed == nil || *m.Killed.Min != 24 || m.Killed.Max != nil || m.Type != record.SuicideBombing || m.Date != "2020-05-11" ||
				m.Location.Country != "Afghanistan" || m.Location.CountryCode != "AF" || m.Location.Precision != record.GeoPlace ||
				len(m.Perpetrators) != 1 || m.Perpetrators[0].Attribution != record.Suspected {
				t.Errorf("%s: corrected record = %+v killed %+v location %+v", when, m.Incident, m.Killed, m.Location)
			}
			if got, want := m.Review.Corrected, []string{"killed", "type", "location", "perpetrators", "date"}; !slices.Equal(got, want) {
				t.Errorf("%s: corrected = %v, want %v", when, got, want)
			}
			for _, ev := range m.Evidence {
				if ev.Field == "type" || ev.Field == "killed" {
					t.Errorf("%s: evidence %+v left for a corrected field", when, ev)
				}
			}
			if len(m.Review.History) != 6 || m.Review.History[0].Why != "ministry figure" ||
				string(m.Review.History[0].Before) != `{"min":24,"max":24}` || string(m.Review.History[5].After) != `"check the hospital's own count"` {
				t.Errorf("%s: history = %s", when, history(&m))
			}
			// Filters and counts follow the corrected values.
			p, err := s.Incidents(ctx, store.Filter{Type: record.SuicideBombing, Since: "2020-05-11", Until: "2020-05-11"})
			if err != nil || p.Total != 1 {
				t.Errorf("%s: suicide bombings on the corrected day = %d, %v; want 1", when, p.Total, err)
			}
			CheckCounts(t, s)
		}
		check("after correcting")
		ingest(t, s, []store.Extracted{revised(Corpus()[4])})
		check("after a revision of k1")
	})
	t.Run("merge", func(t *testing.T) {
		s := open(t)
		ingest(t, s, Corpus())
		g1, g2 := find(t, s, "g1"), find(t, s, "g2")
		_, seq := changesSince(t, s, 0)
		out := review(t, s, store.Action{Incident: g1.ID, Action: store.ActionMerge, With: g2.ID, Why: "one bus"})
		if len(out) != 1 || sourcesOf(&out[0]) != "g1+g2" {
			t.Fatalf("merge returned %d incidents", len(out))
		}
		kept, dropped := min(g1.ID, g2.ID), max(g1.ID, g2.ID)
		if got, _ := changesSince(t, s, seq); len(got) != 2 || !slices.Contains(got, "updated "+kept) || !slices.Contains(got, "removed "+dropped) {
			t.Errorf("changes of a merge = %q, want updated %s and removed %s", got, kept, dropped)
		}
		if got, want := summary(t, s), "b1+b2+b3 c1 g1+g2 k1+k2 k2 m1 u1"; got != want {
			t.Errorf("after merging g1 and g2: %q, want %q", got, want)
		}
		if got, want := history(&out[0]), `ana merge  ["`+min(g1.ID, g2.ID)+`","`+max(g1.ID, g2.ID)+`"] ["`+out[0].ID+`"] one bus`; got != want && got != strings.Replace(want, min(g1.ID, g2.ID)+`","`+max(g1.ID, g2.ID), g1.ID+`","`+g2.ID, 1) {
			t.Errorf("history = %q, want %q", got, want)
		}
		CheckCounts(t, s)
		ingest(t, s, []store.Extracted{revised(Corpus()[7])})
		if got, want := summary(t, s), "b1+b2+b3 c1 g1+g2 k1+k2 k2 m1 u1"; got != want {
			t.Errorf("after revising g2: %q, want %q", got, want)
		}
		// Merging across countries holds too; the other's id finds it.
		m1 := find(t, s, "m1")
		review(t, s, store.Action{Incident: m1.ID, Action: store.ActionMerge, With: out[0].ID})
		if got, want := summary(t, s), "b1+b2+b3 c1 g1+g2+m1 k1+k2 k2 m1 u1"; got != want && got != "b1+b2+b3 c1 g1+g2+m1 k1+k2 k2 u1" {
			t.Errorf("after merging m1: %q", got)
		}
		if m, err := s.Incident(ctx, m1.ID); err != nil || sourcesOf(m) != "g1+g2+m1" {
			t.Errorf("incident %s after the merge: %v", m1.ID, err)
		}
		CheckCounts(t, s)
	})
	t.Run("split", func(t *testing.T) {
		s := open(t)
		ingest(t, s, Corpus())
		b := find(t, s, "b1+b2+b3")
		review(t, s, store.Action{Incident: b.ID, Action: store.ActionStatus, Status: record.Confirmed})
		_, seq := changesSince(t, s, 0)
		out := review(t, s, store.Action{Incident: b.ID, Action: store.ActionSplit, Source: "b3", Why: "another day"})
		if len(out) != 2 {
			t.Fatalf("split returned %d incidents, want 2", len(out))
		}
		if got, _ := changesSince(t, s, seq); len(got) < 2 || !slices.ContainsFunc(got, func(c string) bool { return strings.HasPrefix(c, "created ") }) {
			t.Errorf("changes of a split = %q, want one created", got)
		}
		if got, want := summary(t, s), "b1+b2 b3 c1 g1 g2 k1+k2 k2 m1 u1"; got != want {
			t.Errorf("after splitting b3 off: %q, want %q", got, want)
		}
		// The confirmation stays with the reports kept; both have the split.
		if m := find(t, s, "b1+b2"); m.Status != record.Confirmed || len(m.Review.History) != 2 {
			t.Errorf("b1+b2: status %q, history %q", m.Status, history(&m))
		}
		if m := find(t, s, "b3"); m.Status != "" || len(m.Review.History) != 1 || m.Review.History[0].Action != store.ActionSplit {
			t.Errorf("b3: status %q, history %q", m.Status, history(&m))
		}
		CheckCounts(t, s)
		ingest(t, s, []store.Extracted{revised(Corpus()[2]), joining()})
		if got := summary(t, s); got != "b1+b2+b4 b3 c1 g1 g2 k1+k2 k2 m1 u1" && got != "b1+b2 b3+b4 c1 g1 g2 k1+k2 k2 m1 u1" {
			t.Errorf("after revising b3 and a new report: %q, want b3 still apart from b1+b2", got)
		}
		CheckCounts(t, s)
		// Merged back by hand: together again.
		m := find(t, s, "b3")
		if strings.Contains(summary(t, s), "b3+b4") {
			m = find(t, s, "b3+b4")
		}
		review(t, s, store.Action{Incident: m.ID, Action: store.ActionMerge, With: b.ID})
		if got := summary(t, s); got != "b1+b2+b3+b4 c1 g1 g2 k1+k2 k2 m1 u1" {
			t.Errorf("merged back: %q", got)
		}
	})
	t.Run("refused", func(t *testing.T) {
		s := open(t)
		ingest(t, s, Corpus())
		c := find(t, s, "c1")
		for _, tc := range []struct {
			name string
			a    store.Action
			want error
		}{
			{"unknown incident", store.Action{Incident: "nope", Action: store.ActionNote, Note: "x"}, store.ErrNotFound},
			{"unknown other", store.Action{Incident: c.ID, Action: store.ActionMerge, With: "nope"}, store.ErrNotFound},
			{"merge with itself", store.Action{Incident: c.ID, Action: store.ActionMerge, With: c.ID}, store.ErrInvalid},
			{"split a lone report", store.Action{Incident: c.ID, Action: store.ActionSplit, Source: "c1"}, store.ErrInvalid},
			{"split a stranger", store.Action{Incident: find(t, s, "b1+b2+b3").ID, Action: store.ActionSplit, Source: "c1"}, store.ErrInvalid},
			{"no user", store.Action{Incident: c.ID, Action: store.ActionNote, Note: "x", User: " "}, store.ErrInvalid},
			{"bad field", store.Action{Incident: c.ID, Action: store.ActionCorrect, Field: "weapons", Value: json.RawMessage(`[]`)}, store.ErrInvalid},
			{"bad type", store.Action{Incident: c.ID, Action: store.ActionCorrect, Field: "type", Value: json.RawMessage(`"bomb"`)}, store.ErrInvalid},
			{"bad status", store.Action{Incident: c.ID, Action: store.ActionStatus, Status: "false"}, store.ErrInvalid},
		} {
			a := tc.a
			if a.User == "" {
				a.User = "ana"
			}
			if _, err := s.Review(ctx, a); !errors.Is(err, tc.want) {
				t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
			}
		}
		if got, want := summary(t, s), "b1+b2+b3 c1 g1 g2 k1+k2 k2 m1 u1"; got != want {
			t.Errorf("refused actions changed the store: %q", got)
		}
	})
}
