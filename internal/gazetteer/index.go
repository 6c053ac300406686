package gazetteer

// sortedIndex finds a key in a byte-wise sorted list of keys with no
// hashing at load time: a bucket table on the first three bytes narrows the
// search to a few keys, then a binary search finds it. Building it is one
// pass over keys already sorted by the generator, which is what keeps Load
// fast.
type sortedIndex struct {
	text string
	// offs[i] is where key i starts; key i ends sep bytes before offs[i+1].
	offs    []uint32
	sep     uint32
	buckets []uint32 // buckets[b] is the first key whose bucket is >= b
}

// Bytes fall into classes that keep byte order, with the end of a key
// lowest, so keys sorted byte-wise are sorted by bucket too.
const (
	nClasses = 41
	nBuckets = nClasses * nClasses * nClasses
)

var byteClass = func() (t [256]uint8) {
	for b := range 256 {
		switch {
		case b < '0':
			t[b] = 1
		case b <= '9':
			t[b] = 2 + uint8(b-'0')
		case b < 'a':
			t[b] = 12
		case b <= 'z':
			t[b] = 13 + uint8(b-'a')
		case b < 0x80:
			t[b] = 39
		default:
			t[b] = 40
		}
	}
	return t
}()

func bucketOf(k string) int {
	var c [3]int
	for i := 0; i < 3 && i < len(k); i++ {
		c[i] = int(byteClass[k[i]])
	}
	return (c[0]*nClasses+c[1])*nClasses + c[2]
}

func (x *sortedIndex) len() int { return len(x.offs) - 1 }

func (x *sortedIndex) key(i int) string {
	return x.text[x.offs[i] : x.offs[i+1]-x.sep]
}

// build fills the bucket table; it reports false if the keys are not
// strictly increasing. sorted says the caller has checked that already
// (parseKeys does, from the front coding, at a byte or two a key), which
// spares comparing every key with the one before.
func (x *sortedIndex) build(sorted bool) bool {
	x.buckets = make([]uint32, nBuckets+1)
	b := 0
	prev := ""
	for i := range x.len() {
		k := x.key(i)
		if !sorted && i > 0 && k <= prev {
			return false
		}
		prev = k
		for kb := bucketOf(k); b <= kb; b++ {
			x.buckets[b] = uint32(i)
		}
	}
	for ; b <= nBuckets; b++ {
		x.buckets[b] = uint32(x.len())
	}
	return true
}

// find returns the index of key, or -1.
func (x *sortedIndex) find(key []byte) int {
	if len(x.buckets) == 0 {
		return -1
	}
	var c [3]int
	for i := 0; i < 3 && i < len(key); i++ {
		c[i] = int(byteClass[key[i]])
	}
	b := (c[0]*nClasses+c[1])*nClasses + c[2]
	lo, hi := int(x.buckets[b]), int(x.buckets[b+1])
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if x.key(m) < string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < x.len() && x.key(lo) == string(key) {
		return lo
	}
	return -1
}
