//go:build !unix

package main

import "time"

// cpuTime is not known here: benchmarks then report no cpu-s/op.
func cpuTime() time.Duration { return 0 }
