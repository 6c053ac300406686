package relevance

import (
	"strings"
	"testing"
)

func TestParseCalibration(t *testing.T) {
	tests := []struct {
		name, src string
		wantErr   string
	}{
		{"two steps", "# c\n0.34\t0.60\n2\t0.91\n", ""},
		{"last bound not above 1", "0.34\t0.60\n", "last bound"},
		{"probability falls", "0.34\t0.60\n2\t0.50\n", "must increase"},
		{"bound falls", "0.34\t0.60\n0.2\t0.70\n", "must increase"},
		{"one column", "0.34\n", "want upper"},
		{"probability above 1", "2\t1.5\n", "bad numbers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseCalibration(tt.src)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("ParseCalibration error %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func TestFitCalibration(t *testing.T) {
	// low scores mostly wrong, high ones mostly right, one violator pooled
	raw := []float64{0.2, 0.25, 0.3, 0.5, 0.45, 0.6, 0.7, 0.8, 0.9, 0.35}
	real := []bool{false, false, true, true, false, true, true, true, true, false}
	c := FitCalibration(raw, real)
	back, err := ParseCalibration(string(c.Encode("# test\n")))
	if err != nil {
		t.Fatalf("the fitted calibration does not read back: %v", err)
	}
	prev := 0.0
	for _, v := range []float64{0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.9, 1} {
		p := back.Prob(v)
		if p < prev {
			t.Errorf("Prob(%.1f) = %.2f after %.2f: not monotone", v, p, prev)
		}
		prev = p
	}
	if lo, hi := back.Prob(0.2), back.Prob(0.9); lo >= 0.5 || hi <= 0.7 {
		t.Errorf("Prob(0.2) = %.2f, Prob(0.9) = %.2f: want low below 0.5, high above 0.7", lo, hi)
	}
}

func TestEmbeddedCalibration(t *testing.T) {
	if _, err := ParseCalibration(calibrationTSV); err != nil {
		t.Fatal(err)
	}
}
