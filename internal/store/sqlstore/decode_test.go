package sqlstore

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// TestDecode: what encoding/json writes, decode reads back the same, as
// encoding/json itself would.
func TestDecode(t *testing.T) {
	ms := storetest.Synthetic(50, 3)
	ms = append(ms, record.Merged{Incident: record.Incident{ID: "bare", Type: record.Riot, Evidence: []record.Evidence{}}, Sources: []record.Source{}})
	for i := range ms {
		js, err := json.Marshal(&ms[i])
		if err != nil {
			t.Fatal(err)
		}
		var v1, v2 record.Merged
		if err := json.Unmarshal(js, &v1); err != nil {
			t.Fatal(err)
		}
		if err := decode(js, &v2); err != nil {
			t.Fatalf("decode %s: %v", js, err)
		}
		if !reflect.DeepEqual(v1, v2) {
			t.Fatalf("decode differs from encoding/json:\n%+v\n%+v", v2, v1)
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	ms := storetest.Synthetic(1000, 1)
	blobs := make([][]byte, len(ms))
	for i := range ms {
		blobs[i], _ = json.Marshal(&ms[i])
	}
	for _, bc := range []struct {
		name string
		fn   func([]byte, any) error
	}{{"encoding-json", json.Unmarshal}, {"decode", decode}} {
		b.Run(bc.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				var m record.Merged
				if err := bc.fn(blobs[i%len(blobs)], &m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
