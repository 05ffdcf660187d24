package docker

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// cgroup reads a container's processor time and memory peak from the
// kernel's control group files, where this process can see them (it runs
// on the engine's machine). The Engine's stats API samples once a second
// and answers a request without streaming after two samples, one to two
// seconds late: it cannot tell one invocation of a warm container from the
// next. The files answer in microseconds, exactly.
type cgroup struct {
	cpu     string // cpuacct.usage (v1, ns) or cpu.stat (v2, usage_usec)
	peak    string // memory.max_usage_in_bytes (v1) or memory.peak (v2)
	v2      bool
	resetOK bool // the peak could be reset, so it is per invocation
}

// cgroupRoot is where the control group file systems are mounted.
const cgroupRoot = "/sys/fs/cgroup"

// findCgroup finds container id's control group: first where the Engine
// puts it (cgroupfs or systemd driver, v1 or v2), then through its init
// process's /proc entry. ok is false when none is readable here (an engine
// on another machine).
func findCgroup(id string, pid int) (cgroup, bool) {
	for _, c := range []cgroup{
		{cpu: filepath.Join(cgroupRoot, "cpuacct/docker", id, "cpuacct.usage"), peak: filepath.Join(cgroupRoot, "memory/docker", id, "memory.max_usage_in_bytes")},
		{cpu: filepath.Join(cgroupRoot, "cpuacct/system.slice", "docker-"+id+".scope", "cpuacct.usage"), peak: filepath.Join(cgroupRoot, "memory/system.slice", "docker-"+id+".scope", "memory.max_usage_in_bytes")},
		{cpu: filepath.Join(cgroupRoot, "system.slice", "docker-"+id+".scope", "cpu.stat"), peak: filepath.Join(cgroupRoot, "system.slice", "docker-"+id+".scope", "memory.peak"), v2: true},
		{cpu: filepath.Join(cgroupRoot, "docker", id, "cpu.stat"), peak: filepath.Join(cgroupRoot, "docker", id, "memory.peak"), v2: true},
	} {
		if _, ok := c.cpuNS(); ok {
			return c, true
		}
	}
	if pid <= 0 {
		return cgroup{}, false
	}
	f, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "cgroup"))
	if err != nil {
		return cgroup{}, false
	}
	var c cgroup
	for _, line := range strings.Split(string(f), "\n") {
		// hierarchy-id:controllers:path
		parts := strings.SplitN(line, ":", 3)
		if len(parts) != 3 {
			continue
		}
		ctrls := strings.Split(parts[1], ",")
		switch {
		case slices.Contains(ctrls, "cpuacct"):
			c.cpu = filepath.Join(cgroupRoot, "cpuacct", parts[2], "cpuacct.usage")
		case slices.Contains(ctrls, "memory"):
			c.peak = filepath.Join(cgroupRoot, "memory", parts[2], "memory.max_usage_in_bytes")
		case parts[0] == "0" && parts[1] == "" && c.cpu == "":
			c = cgroup{cpu: filepath.Join(cgroupRoot, parts[2], "cpu.stat"), peak: filepath.Join(cgroupRoot, parts[2], "memory.peak"), v2: true}
		}
	}
	if _, ok := c.cpuNS(); !ok {
		return cgroup{}, false
	}
	return c, true
}

// cpuNS is the processor time the group has used, in nanoseconds.
func (c cgroup) cpuNS() (int64, bool) {
	b, err := os.ReadFile(c.cpu)
	if err != nil {
		return 0, false
	}
	if !c.v2 {
		n, err := strconv.ParseInt(string(bytes.TrimSpace(b)), 10, 64)
		return n, err == nil
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "usage_usec "); ok {
			n, err := strconv.ParseInt(v, 10, 64)
			return n * 1000, err == nil
		}
	}
	return 0, false
}

// resetPeak starts the memory peak again from the current use. It needs
// write access (root) and cgroup v1: v2 resets memory.peak only for the
// file descriptor written to, so there the peak is the container's.
func (c *cgroup) resetPeak() {
	if c.peak == "" || c.v2 {
		return
	}
	c.resetOK = os.WriteFile(c.peak, []byte("0"), 0) == nil
}

// peakBytes is the most memory the group held since the last reset (or
// since it began).
func (c cgroup) peakBytes() int64 {
	if c.peak == "" {
		return 0
	}
	b, err := os.ReadFile(c.peak)
	if err != nil {
		return 0
	}
	n, _ := strconv.ParseInt(string(bytes.TrimSpace(b)), 10, 64)
	return n
}
