package sqlstore

import (
	jsonv2 "github.com/go-json-experiment/json"
)

// decode reads a stored record. Records are written by encoding/json and
// read back far more often (every page of the API, every export), so they
// are read with the JSON v2 decoder, which takes under half the time of
// encoding/json's on these records (see BenchmarkDecode). Encoding stays
// with encoding/json: v2's omitempty differs, and the output is the
// contract.
func decode(js []byte, v any) error {
	return jsonv2.Unmarshal(js, v)
}
