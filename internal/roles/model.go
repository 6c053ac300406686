package roles

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

// magic starts every model file; the number changes with the feature set,
// so that a model cannot be read with features it was not trained on.
const magic = "sitrep-roles 1\n"

// Encode writes the model compactly: the header, then every feature with
// a non-zero weight, in key order, as the gap from the previous key and
// its numTags weights, all varints, gzipped. The bytes depend only on the
// model, so a deterministic training gives identical files.
func (m *Model) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	put := func(v int64) { bw.Write(buf[:binary.PutVarint(buf[:], v)]) }
	uput := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	type feat struct {
		key uint64
		row int
	}
	var fs []feat
	for i, k := range m.feats.keys {
		if k == 0 {
			continue
		}
		r := int(m.feats.rows[i])
		for _, x := range m.w[r*numTags : (r+1)*numTags] {
			if x != 0 {
				fs = append(fs, feat{k, r})
				break
			}
		}
	}
	slices.SortFunc(fs, func(a, b feat) int { return cmp.Compare(a.key, b.key) })
	bw.WriteString(magic)
	for _, b := range m.bias {
		put(int64(b))
	}
	uput(uint64(len(fs)))
	last := uint64(0)
	for _, f := range fs {
		uput(f.key - last)
		last = f.key
		for _, x := range m.w[f.row*numTags : (f.row+1)*numTags] {
			put(int64(x))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Decode reads a model Encode wrote.
func Decode(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("roles model: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("roles model: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errors.New("roles model: not a model file of this version")
	}
	raw = raw[len(magic):]
	errTrunc := errors.New("roles model: truncated")
	next := func() (int64, error) {
		v, n := binary.Varint(raw)
		if n <= 0 {
			return 0, errTrunc
		}
		raw = raw[n:]
		return v, nil
	}
	unext := func() (uint64, error) {
		v, n := binary.Uvarint(raw)
		if n <= 0 {
			return 0, errTrunc
		}
		raw = raw[n:]
		return v, nil
	}
	m := &Model{}
	for r := range m.bias {
		v, err := next()
		if err != nil {
			return nil, err
		}
		m.bias[r] = int32(v)
	}
	n, err := unext()
	if err != nil {
		return nil, err
	}
	if n > uint64(len(raw)) { // every feature takes more than a byte
		return nil, errTrunc
	}
	m.feats = newTable(int(n))
	m.w = make([]int32, int(n)*numTags)
	key := uint64(0)
	for i := range int(n) {
		gap, err := unext()
		if err != nil {
			return nil, err
		}
		if gap == 0 && i > 0 || key+gap < key {
			return nil, fmt.Errorf("roles model: feature %d out of order", i)
		}
		key += gap
		if key == 0 {
			return nil, errors.New("roles model: feature key 0")
		}
		r := m.feats.add(key)
		for t := range numTags {
			v, err := next()
			if err != nil {
				return nil, err
			}
			m.w[r*numTags+t] = int32(v)
		}
	}
	if len(raw) > 0 {
		return nil, errors.New("roles model: trailing bytes")
	}
	return m, nil
}
