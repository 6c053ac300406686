//go:build !race

package gazetteer

import (
	"syscall"
	"unsafe"
)

// outsideHeap returns n zero T's in memory mapped from the kernel, not
// allocated by Go, or false. The collector neither scans nor frees it:
// the features and entries of the gazetteer, 35 MB holding two million
// pointers, would otherwise be traced by every collection of the process
// to free nothing (about 50 ms of CPU each), which is why extract ran
// with the collector off and every allocation on fresh memory. Such
// memory may only point outside the Go heap (the executable's read-only
// data, or itself), and it lives as long as the process. Race builds
// keep the records on the heap (outside_other.go): the race detector
// does not watch memory it did not allocate.
func outsideHeap[T any](n int) ([]T, bool) {
	size := uintptr(n) * unsafe.Sizeof(*new(T))
	if n <= 0 || size/unsafe.Sizeof(*new(T)) != uintptr(n) {
		return nil, false
	}
	// Whole huge pages, and one more to start on a huge page boundary;
	// all of them huge, the last one too: adviseHuge, which also serves
	// the heap, advises only the huge pages that lie wholly inside a
	// slice, and the 4 KB pages of that last part cost some hundreds of
	// faults. What is not used is never touched, so it is address space,
	// not memory.
	const huge = 2 << 20
	whole := (size + huge - 1) &^ (huge - 1)
	b, err := syscall.Mmap(-1, 0, int(whole+huge), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANONYMOUS)
	if err != nil {
		return nil, false
	}
	off := (huge - uintptr(unsafe.Pointer(unsafe.SliceData(b)))%huge) % huge
	_ = syscall.Madvise(b[off:off+whole], syscall.MADV_HUGEPAGE)
	return unsafe.Slice((*T)(unsafe.Pointer(&b[off])), n), true
}

// readOnly makes the memory of s, which outsideHeap returned, read-only,
// once parsing has written it: no Go check covers memory the runtime did
// not allocate, so a stray write there (through unsafe, or a bug in code
// that keeps pointers into the records) would otherwise silently corrupt
// every later answer of the process; now it faults. s starts on a page
// (outsideHeap aligns it to a huge page), and its last page lies inside
// the mapping, which is a huge page longer than asked. Failing, it leaves
// the memory writable: the protection is a guard, not a need.
func readOnly[T any](s []T) {
	size := uintptr(cap(s)) * unsafe.Sizeof(*new(T))
	if size == 0 {
		return
	}
	page := uintptr(syscall.Getpagesize())
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), (size+page-1)&^(page-1))
	_ = syscall.Mprotect(b, syscall.PROT_READ)
}
