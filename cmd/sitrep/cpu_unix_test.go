//go:build unix

package main

import (
	"syscall"
	"time"
)

// cpuTime is the user and system time this process has used so far: what
// a benchmark costs, whatever else the machine runs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
