package merge

import (
	"cmp"
	"slices"
)

// Cluster groups members into events. Every pair inside a group is
// Compatible (complete linkage, so a chain of look-alikes on consecutive
// days does not collapse into one event) and no two members of a group come
// from the same document. Pairs are joined best Score first, ties broken by
// member ID, so the result depends only on the set of members: each group
// is sorted by ID, and the groups by their first ID.
//
// Members must have distinct IDs. The work is quadratic in len(members);
// callers pass one connected neighbourhood at a time, not a whole database.
func Cluster(members []Member) [][]Member {
	return ClusterWith(members, Constraints{})
}

// Constraints are an analyst's decisions about which members are one
// event, by member ID: each of Together is one event whatever Compatible
// says (two incidents merged by hand), and the two members of each of
// Apart are never one event (a report split off). IDs not among the
// members are ignored, so callers may pass every decision that touches
// a neighbourhood.
type Constraints struct {
	Together [][]string
	Apart    [][2]string
}

// ClusterWith is Cluster under an analyst's constraints: members of one
// Together set start in one group, and Apart pairs are incompatible.
// Others join a group only when compatible with every member, as in
// Cluster.
func ClusterWith(members []Member, c Constraints) [][]Member {
	ms := slices.Clone(members)
	slices.SortFunc(ms, func(a, b Member) int { return cmp.Compare(a.ID, b.ID) })
	n := len(ms)

	// compat[i*n+j] for i<j; edges are the compatible pairs.
	compat := make([]bool, n*n)
	type edge struct{ i, j, score int }
	var edges []edge
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if jm := Judge(&ms[i], &ms[j]); jm.Merges() {
				compat[i*n+j] = true
				edges = append(edges, edge{i, j, jm.Score()})
			}
		}
	}
	pos := make(map[string]int, n)
	for i := range ms {
		pos[ms[i].ID] = i
	}
	if len(c.Apart) > 0 {
		for _, p := range c.Apart {
			i, iok := pos[p[0]]
			j, jok := pos[p[1]]
			if iok && jok {
				compat[min(i, j)*n+max(i, j)] = false
			}
		}
		edges = slices.DeleteFunc(edges, func(e edge) bool { return !compat[e.i*n+e.j] })
	}
	ok := func(i, j int) bool {
		if i > j {
			i, j = j, i
		}
		return compat[i*n+j]
	}
	// Indices are positions in ID order, so comparing them compares IDs.
	slices.SortFunc(edges, func(a, b edge) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		if c := cmp.Compare(a.i, b.i); c != 0 {
			return c
		}
		return cmp.Compare(a.j, b.j)
	})

	group := make([]int, n) // member -> group leader
	parts := make([][]int, n)
	for i := range ms {
		group[i] = i
		parts[i] = []int{i}
	}
	join := func(gi, gj int) {
		if gj < gi {
			gi, gj = gj, gi
		}
		for _, m := range parts[gj] {
			group[m] = gi
		}
		parts[gi] = append(parts[gi], parts[gj]...)
		parts[gj] = nil
	}
	for _, set := range c.Together {
		first := -1
		for _, id := range set {
			i, found := pos[id]
			if !found {
				continue
			}
			if first < 0 {
				first = i
			} else if gi, gj := group[first], group[i]; gi != gj {
				join(gi, gj)
			}
		}
	}
	for _, e := range edges {
		gi, gj := group[e.i], group[e.j]
		if gi == gj || !joinable(parts[gi], parts[gj], ok) {
			continue
		}
		join(gi, gj)
	}

	var out [][]Member
	for _, p := range parts {
		if len(p) == 0 {
			continue
		}
		slices.Sort(p)
		g := make([]Member, len(p))
		for k, m := range p {
			g[k] = ms[m]
		}
		out = append(out, g)
	}
	return out
}

// joinable reports whether every member of a is compatible with every
// member of b. Compatible already refuses two members of one document.
func joinable(a, b []int, ok func(i, j int) bool) bool {
	for _, i := range a {
		for _, j := range b {
			if !ok(i, j) {
				return false
			}
		}
	}
	return true
}
