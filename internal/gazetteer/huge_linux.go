package gazetteer

import (
	"syscall"
	"unsafe"
)

// adviseHuge asks the kernel to back the whole 2 MB pages that s's memory
// spans with huge pages, before s is written. Load writes some 40 MB that
// it has just allocated (the features, their entries and the keys): with
// 4 KB pages that is 10,000 page faults, which in a virtual machine cost
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
