//go:build !linux

package main

import "time"

var begun = time.Now()

// cpuTime is the wall time since start: WebAssembly has no processor clock.
func cpuTime() time.Duration { return time.Since(begun) }
