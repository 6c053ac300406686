package eval

import "math"

// maxAssignment returns a one-to-one matching of the rows of w to its
// columns that maximises the total weight, and that total. match[i] is the
// column of row i, or -1 when row i is left out (more rows than columns).
// Weights must be at least 0, so leaving a pair out never pays and the
// matching may as well be as large as possible; callers treat a pair of
// weight 0 as no match.
//
// It is the Hungarian algorithm (Kuhn-Munkres with potentials, as in
// Jonker-Volgenant's shortest augmenting paths): O(n²m) for n ≤ m, exact,
// unlike taking the best pair first, which can block two good pairs with
// one.
func maxAssignment(w [][]int) (total int, match []int) {
	n := len(w)
	match = make([]int, n)
	for i := range match {
		match[i] = -1
	}
	if n == 0 || len(w[0]) == 0 {
		return 0, match
	}
	m := len(w[0])
	if n > m { // solve the transpose: the algorithm wants rows ≤ columns
		t := make([][]int, m)
		for j := range t {
			t[j] = make([]int, n)
			for i := range n {
				t[j][i] = w[i][j]
			}
		}
		total, tm := maxAssignment(t)
		for j, i := range tm {
			if i >= 0 {
				match[i] = j
			}
		}
		return total, match
	}
	// Minimise -w over 1-based rows and columns; column 0 is the virtual
	// start of each augmenting path. p[j] is the row on column j.
	const inf = math.MaxInt / 4
	u := make([]int, n+1)
	v := make([]int, m+1)
	p := make([]int, m+1)
	way := make([]int, m+1)
	minv := make([]int, m+1)
	used := make([]bool, m+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j], used[j] = inf, false
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				if cur := -w[i0-1][j-1] - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= m; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 { // flip the augmenting path
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	for j := 1; j <= m; j++ {
		if p[j] != 0 {
			match[p[j]-1] = j - 1
			total += w[p[j]-1][j-1]
		}
	}
	return total, match
}
