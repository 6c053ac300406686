package gazetteer

import (
	"syscall"
	"unsafe"
)

// adviseHuge asks the kernel to back the whole 2 MB pages that s's memory
// spans with huge pages, before s is written. Load writes some 45 MB that
// it has just allocated (the features, their entries and the keys): with
// 4 KB pages that is 12,000 page faults, which in a virtual machine cost
// more than the parsing, a third of start-up CPU, most of it on the
// goroutine every run waits for. Huge pages make that a few dozen. It is
// only advice: where the kernel has transparent huge pages off (or
// always on), it changes nothing.
func adviseHuge[T any](s []T) {
	const huge = 2 << 20
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), uintptr(cap(s))*unsafe.Sizeof(*new(T)))
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	start, end := (p+huge-1)&^(huge-1)-p, (p+uintptr(len(b)))&^(huge-1)-p
	if len(b) < huge || end <= start {
		return // no whole huge page inside
	}
	_ = syscall.Madvise(b[start:end], syscall.MADV_HUGEPAGE)
}

// outsideHeap returns n zero T's in memory mapped from the kernel, not
// allocated by Go, or false. The collector neither scans nor frees it:
// the features and entries of the gazetteer, 50 MB holding two million
// pointers, would otherwise be traced by every collection of the process
// to free nothing (about 50 ms of CPU each), which is why extract ran
// with the collector off and every allocation on fresh memory. Such
// memory may only point outside the Go heap (the executable's read-only
// data, or itself), and it lives as long as the process.
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
