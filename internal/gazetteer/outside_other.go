//go:build !linux || race

package gazetteer

// outsideHeap is done on Linux only, and not in race builds, whose
// detector watches only memory Go allocated: there records come from the
// Go heap. See outside_linux.go.
func outsideHeap[T any](n int) ([]T, bool) { return nil, false }

// readOnly does nothing: records are on the Go heap here. See
// outside_linux.go.
func readOnly[T any](s []T) {}
