//go:build !race

package gazetteer

import (
	"syscall"
	"unsafe"
)

// outsideHeap returns n zero T's in memory mapped from the kernel, not
// allocated by Go, or false. The collector neither scans nor frees it:
// the features and entries of the gazetteer, 50 MB of address space that
// can hold two million pointers, would otherwise be traced by every
// collection of the process to free nothing. Such memory may only point
// outside the Go heap (the executable's read-only data, or itself), and
// it lives as long as the process. Its pages cost nothing until written:
// the gazetteer fills it from the start as lookups first find features.
// Race builds keep the records on the heap (outside_other.go): the race
// detector does not watch memory it did not allocate.
func outsideHeap[T any](n int) ([]T, bool) {
	size := uintptr(n) * unsafe.Sizeof(*new(T))
	if n <= 0 || size/unsafe.Sizeof(*new(T)) != uintptr(n) {
		return nil, false
	}
	// A huge page more than asked, to start on a huge page boundary:
	// then adviseHuge covers it all. What is not used is never touched,
	// so it is address space, not memory.
	const huge = 2 << 20
	b, err := syscall.Mmap(-1, 0, int(size+huge), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANONYMOUS)
	if err != nil {
		return nil, false
	}
	p := unsafe.Pointer(unsafe.SliceData(b))
	p = unsafe.Add(p, (huge-uintptr(p)%huge)%huge)
	return unsafe.Slice((*T)(p), n), true
}
