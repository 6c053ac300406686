package eval

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestNormalizeMention(t *testing.T) {
	// wants recorded from GRIT's normalize_string under python3
	tests := []struct{ in, want string }{
		{"The FMLN", "fmln"},
		{`"santo tomas" presidential farm`, "santo tomas presidential farm"},
		{"a-bomb", "abomb"},
		{"an", ""},
		{"theater of the absurd", "theater of absurd"},
		{"El Salvador's army", "el salvadors army"},
		{"the  A  team", "team"},
		{"x_the", "xthe"},
		{"the\u00a0army\x1cthe", "army"},
		{"Éthe An", "éthe"},
		{"the2", "the2"},
		{"mañana the", "mañana"},
		{"İstanbul", "i\u0307stanbul"},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := NormalizeMention(tt.in); got != tt.want {
			t.Errorf("NormalizeMention(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ents(groups ...string) []Entity {
	var out []Entity
	for _, g := range groups {
		if g == "" {
			out = append(out, Entity{})
			continue
		}
		out = append(out, strings.Split(g, "|"))
	}
	return out
}

func TestCEAFStrict(t *testing.T) {
	tests := []struct {
		name       string
		pred, gold []Entity
		want       int
	}{
		{"empty predictions", nil, ents("fmln"), 0},
		{"empty gold", ents("fmln"), nil, 0},
		{"both empty", nil, nil, 0},
		{"exact", ents("fmln"), ents("fmln|farabundo marti national liberation front"), 1},
		{"every mention a gold string", ents("fmln|farabundo marti national liberation front"), ents("farabundo marti national liberation front|fmln"), 1},
		{"partial mention overlap scores nothing", ents("fmln|guerrillas"), ents("fmln|farabundo marti national liberation front"), 0},
		{"substring is not a mention", ents("marti"), ents("farabundo marti national liberation front"), 0},
		{"more predicted than gold", ents("bomb", "dynamite", "rifle"), ents("dynamite|explosives"), 1},
		{"more gold than predicted", ents("dynamite"), ents("bomb", "dynamite", "rifle"), 1},
		{"one gold entity, two of its mentions predicted apart", ents("fmln", "farabundo marti national liberation front"), ents("fmln|farabundo marti national liberation front"), 1},
		// Taking the first fitting pair (x with {x,y}) leaves {x} nothing;
		// the optimal matching pairs y with {x,y} and x with {x}.
		{"optimal beats greedy", ents("x", "y"), ents("x|y", "x"), 2},
		{"empty predicted entity fits any gold entity, as in GRIT", ents(""), ents("a"), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ceafStrict(tt.pred, tt.gold); got != tt.want {
				t.Errorf("ceafStrict = %d, want %d", got, tt.want)
			}
		})
	}
}

// greedyTotal takes, for each row in turn, its best free column: the
// matching the optimal one must never do worse than.
func greedyTotal(w [][]int) int {
	if len(w) == 0 {
		return 0
	}
	used := make([]bool, len(w[0]))
	total := 0
	for _, row := range w {
		best := -1
		for j, x := range row {
			if !used[j] && (best < 0 || x > row[best]) {
				best = j
			}
		}
		if best >= 0 {
			used[best] = true
			total += row[best]
		}
	}
	return total
}

// bruteTotal tries every matching.
func bruteTotal(w [][]int, i int, used []bool) int {
	if i == len(w) {
		return 0
	}
	best := bruteTotal(w, i+1, used) // row i left out
	for j := range used {
		if !used[j] {
			used[j] = true
			best = max(best, w[i][j]+bruteTotal(w, i+1, used))
			used[j] = false
		}
	}
	return best
}

func TestMaxAssignmentIsOptimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	beatGreedy := 0
	for range 3000 {
		n, m := rng.IntN(6), rng.IntN(6)
		w := make([][]int, n)
		for i := range w {
			w[i] = make([]int, m)
			for j := range w[i] {
				if rng.IntN(2) == 0 {
					w[i][j] = rng.IntN(4)
				}
			}
		}
		total, match := maxAssignment(w)
		if want := bruteTotal(w, 0, make([]bool, m)); total != want {
			t.Fatalf("maxAssignment(%v) = %d, want %d", w, total, want)
		}
		sum, seen := 0, map[int]bool{}
		for i, j := range match {
			if j < 0 {
				continue
			}
			if seen[j] {
				t.Fatalf("maxAssignment(%v): column %d used twice: %v", w, j, match)
			}
			seen[j] = true
			sum += w[i][j]
		}
		if sum != total {
			t.Fatalf("maxAssignment(%v): match %v sums to %d, total says %d", w, match, sum, total)
		}
		if total > greedyTotal(w) {
			beatGreedy++
		}
	}
	if beatGreedy == 0 {
		t.Error("no random case where the optimal matching beats the greedy one: the check is blind")
	}
}

func gold(id string, ex map[string][]Entity) MUC4Doc {
	d := MUC4Doc{ID: id}
	for role, es := range ex {
		r := roleIndex(role)
		d.hasRole[r] = true
		d.gold[r] = normalizeAll(es)
	}
	return d
}

func TestScoreGRIT(t *testing.T) {
	docs := []MUC4Doc{
		gold("d1", map[string][]Entity{"PerpInd": ents("guerrillas"), "PerpOrg": ents("FMLN|Farabundo Marti National Liberation Front"),
			"Target": ents("farm", "tank truck|truck"), "Victim": ents("Cerezo"), "Weapon": nil}),
		gold("d2", map[string][]Entity{"PerpInd": nil, "PerpOrg": nil, "Target": nil, "Victim": nil, "Weapon": ents("bomb")}),
		gold("d3", map[string][]Entity{"Weapon": ents("rifle")}), // roles not listed are not scored
	}
	pred := map[string]Extracts{
		"d1": {ents("urban guerrillas"), ents("the FMLN"), ents("truck", "farm", "house"), ents("Cerezo"), ents("bomb")},
		"d2": {nil, nil, nil, nil, ents("Bomb")},
		"d3": {ents("ignored"), nil, nil, nil, ents("rifle")},
		"dx": {ents("not in gold")},
	}
	s := ScoreGRIT(docs, pred)
	want := [5]RoleScore{
		{Matched: 0, Pred: 1, Gold: 1}, // PerpInd
		{Matched: 1, Pred: 1, Gold: 1}, // PerpOrg ("the" is dropped)
		{Matched: 2, Pred: 3, Gold: 2}, // Target
		{Matched: 1, Pred: 1, Gold: 1}, // Victim
		{Matched: 2, Pred: 3, Gold: 2}, // Weapon
	}
	if s.Roles != want {
		t.Errorf("roles = %+v, want %+v", s.Roles, want)
	}
	if m := (RoleScore{6, 9, 7}); s.Micro != m {
		t.Errorf("micro = %+v, want %+v", s.Micro, m)
	}
	if s.MissingDocs != 0 {
		t.Errorf("missing = %d, want 0", s.MissingDocs)
	}
	var b bytes.Buffer
	if err := WriteMUC4JSON(&b, s, nil); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	micro := got["micro"].(map[string]any)
	// P 6/9, R 6/7, F1 = 2*6/(9+7)
	if micro["p"] != 66.67 || micro["r"] != 85.71 || micro["f1"] != 75.0 {
		t.Errorf("micro JSON = %v, want p 66.67 r 85.71 f1 75", micro)
	}
	if len(got["roles"].(map[string]any)) != 5 || got["full"] != nil {
		t.Errorf("JSON = %s", b.String())
	}
}

func TestScoreGRITEmpty(t *testing.T) {
	docs := []MUC4Doc{gold("d1", map[string][]Entity{"PerpInd": ents("guerrillas")})}
	s := ScoreGRIT(docs, nil)
	if s.MissingDocs != 1 || s.Micro != (RoleScore{0, 0, 1}) || s.Micro.P() != 0 || s.Micro.F1() != 0 {
		t.Errorf("no predictions: %+v", s)
	}
	s = ScoreGRIT([]MUC4Doc{gold("d1", map[string][]Entity{"PerpInd": nil})}, map[string]Extracts{"d1": {ents("x")}})
	if s.Micro != (RoleScore{0, 1, 0}) || s.Micro.R() != 0 {
		t.Errorf("no gold: %+v", s)
	}
}

func TestWriteTable(t *testing.T) {
	var s GRITScore
	s.Roles[1] = RoleScore{1, 2, 4}
	s.Micro = RoleScore{1, 2, 4}
	var b bytes.Buffer
	if err := s.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	want := `role           P       R      F1  matched  pred  gold
PerpInd     0.00    0.00    0.00        0     0     0
PerpOrg    50.00   25.00   33.33        1     2     4
Target      0.00    0.00    0.00        0     0     0
Victim      0.00    0.00    0.00        0     0     0
Weapon      0.00    0.00    0.00        0     0     0
micro      50.00   25.00   33.33        1     2     4
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}
