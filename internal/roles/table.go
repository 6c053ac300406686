package roles

// table maps feature keys to rows of numTags weights by open addressing:
// linear probing in a power-of-two array at most half full. A Go map
// would do, but building this one from the model file is several times
// faster, which is the tagger's start-up cost.
type table struct {
	keys []uint64 // 0 is an empty slot
	rows []int32  // row of each slot
	n    int
}

// featureKey is the 40 high bits of a feature's 64-bit hash, never 0: few
// enough bits for a compact model file, enough that two features of the
// few million a corpus has collide with odds of about one in a hundred
// thousand.
func featureKey(h uint64) uint64 {
	if k := h >> 24; k != 0 {
		return k
	}
	return 1
}

func newTable(n int) *table {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return &table{keys: make([]uint64, size), rows: make([]int32, size)}
}

// slot is where key k is or would go.
func (t *table) slot(k uint64) int {
	mask := len(t.keys) - 1
	i := int(k*0x9e3779b97f4a7c15>>32) & mask
	for t.keys[i] != 0 && t.keys[i] != k {
		i = (i + 1) & mask
	}
	return i
}

// row returns the row of key k, or -1.
func (t *table) row(k uint64) int {
	i := t.slot(k)
	if t.keys[i] == 0 {
		return -1
	}
	return int(t.rows[i])
}

// add gives key k the next row, unless it has one; it returns the row.
func (t *table) add(k uint64) int {
	if 2*(t.n+1) > len(t.keys) {
		old := *t
		*t = *newTable(2 * (t.n + 1))
		for i, k2 := range old.keys {
			if k2 != 0 {
				j := t.slot(k2)
				t.keys[j], t.rows[j] = k2, old.rows[i]
				t.n++
			}
		}
	}
	i := t.slot(k)
	if t.keys[i] == 0 {
		t.keys[i], t.rows[i] = k, int32(t.n)
		t.n++
	}
	return int(t.rows[i])
}
