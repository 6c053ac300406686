package relevance

// leadWords is how much of a body the model reads: all of a typical news
// story (a wire story puts its event in the first paragraphs), while the
// cost of a long document stays bounded. Cross-validation preferred 600 to
// 150 and 300, and 1000 changed nothing.
const leadWords = 600

// Hash seeds keep the feature families apart in the one weight table.
const (
	seedBody   uint32 = 2166136261 // FNV-1a offset basis
	seedTitle  uint32 = 0x9e3779b9
	seedBigram uint32 = 0x85ebca6b
	seedNumber uint32 = 0xc2b2ae35
	fnvPrime   uint32 = 16777619
	structural uint32 = 0x27d4eb2f
	lenBuckets        = 8
)

// appendFeatures appends to dst the hash of every feature of an article:
// each word and each pair of adjacent words of the headline and of the
// lead, headline features in their own space because a headline that
// names an attack says more than a body that mentions one, and the length
// of the lead, bucketed (briefs and tables are rarely event reports). It
// returns dst and n, the words read plus one. Words are ASCII letters
// lower-cased; a run of digits is one token "#", so that "killed 12" and
// "killed 40" share a feature. Given room (a lead gives at most
// 2*leadWords features), it allocates nothing.
func appendFeatures(dst []uint32, title, body string) (out []uint32, n int) {
	dst, n = scan(dst, title, seedTitle, 1<<30)
	dst, words := scan(dst, body, seedBody, leadWords)
	n += words
	b := uint32(0)
	for w := words; w > 1 && b < lenBuckets-1; w >>= 1 {
		b++
	}
	dst = append(dst, mix(structural, b))
	return dst, n + 1
}

// scan appends the unigram and bigram features of at most limit words of
// s to dst and returns it with how many words it read.
func scan(dst []uint32, s string, seed uint32, limit int) ([]uint32, int) {
	words := 0
	prev := uint32(0)
	for i := 0; i < len(s) && words < limit; {
		c := s[i]
		var h uint32
		switch {
		case isLetter(c):
			h = seed
			for ; i < len(s); i++ {
				k := s[i]
				if !isLetter(k) {
					if k == '\'' {
						continue // a word's apostrophe: "don't" is "dont"
					}
					break
				}
				h ^= uint32(k | 0x20)
				h *= fnvPrime
			}
		case c >= '0' && c <= '9':
			for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ',' || s[i] == '.') {
				i++
			}
			h = mix(seed, seedNumber)
		default:
			i++
			continue
		}
		words++
		dst = append(dst, h)
		if prev != 0 {
			dst = append(dst, mix(prev^seedBigram, h))
		}
		prev = h
	}
	return dst, words
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// mix combines two hashes into one (murmur3's finaliser over their sum).
func mix(a, b uint32) uint32 {
	h := a*31 + b
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}
