//go:build !linux

package gazetteer

// adviseHuge does nothing outside Linux; see huge_linux.go.
func adviseHuge[T any](s []T) {}
