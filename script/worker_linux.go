package script

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// workerAttr kills a worker when the node dies (the thread that started
// it, strictly: Go ends threads only when a goroutine locked to one exits
// without unlocking; a worker also exits when its stdin closes).
func workerAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

// limitMemory bounds what this process maps for data: a Go heap that
// cannot grow fails with "out of memory", which the node reads as
// ErrMemory. RLIMIT_DATA counts the heap's writable mappings, not the
// address space Go reserves and never touches, as RLIMIT_AS would.
func limitMemory(bytes uint64) error {
	return syscall.Setrlimit(syscall.RLIMIT_DATA, &syscall.Rlimit{Cur: bytes, Max: bytes})
}

// lowerPriority sets the nice value of every thread of this process (on
// Linux, a priority is a thread's); threads made later are made by these
// and inherit it. Raising one's own nice value needs no privilege.
func lowerPriority(nice int) error {
	tasks, err := os.ReadDir("/proc/self/task")
	if err != nil {
		return err
	}
	for _, t := range tasks {
		tid, err := strconv.Atoi(t.Name())
		if err != nil {
			continue
		}
		if err := syscall.Setpriority(syscall.PRIO_PROCESS, tid, nice); err != nil {
			return err
		}
	}
	return nil
}

// dataSize is what this process maps for data and stack, as RLIMIT_DATA
// counts it (Go keeps what it mapped, released or not).
func dataSize() uint64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 6 {
		return 0
	}
	pages, _ := strconv.ParseUint(f[5], 10, 64)
	return pages * uint64(os.Getpagesize())
}
