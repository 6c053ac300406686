package extract_test

import (
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/extract"
)

func TestGateString(t *testing.T) {
	tests := []struct {
		name string
		g    extract.Gate
		want string
	}{
		{"none", 0, "none"},
		{"one", extract.GateFrame, "frame"},
		{"two", extract.GateRelevance | extract.GateSanity, "relevance,sanity"},
		{"all", extract.AllGates, "relevance,frame,sanity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.g.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestOpen checks that an open gate lets through what it would set aside,
// and that the shipped extractor is not changed by opening a copy.
func TestOpen(t *testing.T) {
	x := newExtractor(t)
	// harm with no doer: negativeFrame's accident test sets it aside
	d := &doc.Document{ID: "mine", Date: "2026-03-02", Title: "Thirty miners killed in colliery",
		Text: "Thirty coal miners have been killed in an underground explosion at a colliery east of Johannesburg on Sunday, the mine owners said."}
	tests := []struct {
		name string
		x    *extract.Extractor
		want bool // some incident
	}{
		{"shipped", x, false},
		{"all open", x.Open(extract.AllGates), true},
		{"shipped after opening a copy", x, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := tt.x.Extract(t.Context(), d)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(res.Incidents) > 0; got != tt.want {
				t.Errorf("%d incidents, want some: %v", len(res.Incidents), tt.want)
			}
		})
	}
}
