package actor

import "testing"

// FuzzFind checks Find's invariants on any input: no panic; mentions in
// order, not overlapping, inside the text and on rune boundaries; and each
// mention normalizes to the name it matched.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The Balochistan Liberation Army (BLA) claimed the attack in Karachi.",
		"Hamas’s armed wing, the Izz ad-Din al-Qassam Brigades, and Islamic State's West Africa Province",
		"IS MILITANTS KILLED 12; WHAT IS NEXT; THE FAR GUERRILLAS (FAR)",
		"the farabundo marti national liberation front (fmln) and the eln",
		"CPI (Maoist) cadres; U.S.-led coalition; anti-Taliban militia; JeM and JEM",
		"Se\u0301le\u0301ka \u0301 ʿ ’s '' \xff\xfe Hamas'",
		"al‑Shabaab\n\nState Islamic\nState",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	l := mustLoad(f)
	f.Fuzz(func(t *testing.T, text string, lower bool) {
		// Rune boundaries as decoding sees them: an invalid byte is a
		// rune of its own.
		boundary := map[int]bool{len(text): true}
		for i := range text {
			boundary[i] = true
		}
		prev := 0
		for _, m := range l.Find(nil, text, lower) {
			if m.Start < prev || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("match [%d,%d) out of order or range (previous end %d, len %d)", m.Start, m.End, prev, len(text))
			}
			if !boundary[m.Start] || !boundary[m.End] {
				t.Fatalf("match [%d,%d) splits a rune in %q", m.Start, m.End, text)
			}
			if m.Group == nil {
				t.Fatalf("match [%d,%d) has no group", m.Start, m.End)
			}
			if got, want := normalize(text[m.Start:m.End]), normalize(m.Alias); got != want {
				t.Fatalf("mention %q normalizes to %q, its name %q to %q", text[m.Start:m.End], got, m.Alias, want)
			}
			prev = m.End
		}
	})
}
