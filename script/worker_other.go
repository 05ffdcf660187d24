//go:build !linux

package script

import (
	"runtime/metrics"
	"syscall"
)

// workerAttr: only Linux kills a child with its parent; elsewhere a worker
// exits when its stdin closes.
func workerAttr() *syscall.SysProcAttr { return nil }

// limitMemory is Linux's only; elsewhere GOMEMLIMIT and the watchdog bound
// a worker's memory.
func limitMemory(uint64) error { return nil }

// lowerPriority does nothing here.
func lowerPriority(int) error { return nil }

// dataSize is what the Go runtime maps.
func dataSize() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
