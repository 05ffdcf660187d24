package script

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
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

// lowerPriority puts every thread of this process (on Linux, a priority
// is a thread's) in the SCHED_IDLE class, at nice value nice: such a
// thread runs only when no other wants the processor, and one that wakes
// takes it at once, where at nice 19 alone it could wait for the slice of
// the one running (EEVDF). Threads made later are made by these and
// inherit it. Lowering one's own priority needs no privilege.
func lowerPriority(nice int) error {
	tasks, err := os.ReadDir("/proc/self/task")
	if err != nil {
		return err
	}
	const schedIdle = 5 // SCHED_IDLE
	var param struct{ priority int32 }
	for _, t := range tasks {
		tid, err := strconv.Atoi(t.Name())
		if err != nil {
			continue
		}
		if err := syscall.Setpriority(syscall.PRIO_PROCESS, tid, nice); err != nil {
			return err
		}
		if _, _, errno := syscall.RawSyscall(syscall.SYS_SCHED_SETSCHEDULER, uintptr(tid), schedIdle, uintptr(unsafe.Pointer(&param))); errno != 0 {
			return fmt.Errorf("sched_setscheduler(SCHED_IDLE): %w", errno)
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
