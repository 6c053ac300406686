package scriptio

import "testing"

// TestNewsDevTune checks the split against the numbers news-split.sh
// gives each half.
func TestNewsDevTune(t *testing.T) {
	for _, tt := range []struct {
		file string
		want bool
	}{
		{"001_karachi.txt", true},
		{"062_x.txt", true},
		{"063_x.txt", false},
		{"064_x.txt", true},
		{"095_x.txt", false},
		{"README.md", false},
	} {
		if got := NewsDevTune(tt.file); got != tt.want {
			t.Errorf("NewsDevTune(%q) = %v, want %v", tt.file, got, tt.want)
		}
	}
}
