//go:build !linux

package gazetteer

// adviseHuge does nothing outside Linux; see huge_linux.go.
func adviseHuge[T any](s []T) {}

// outsideHeap is not done outside Linux: records come from the Go heap.
func outsideHeap[T any](n int) ([]T, bool) { return nil, false }
