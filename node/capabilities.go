package node

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/cerestack/cere/p2p"
)

// capabilities describes this machine: CPU cores, memory, GPUs and the agent
// runtimes available (wasm always; docker when a Docker Engine answers).
func capabilities(ctx context.Context, dataDir string) p2p.Capabilities {
	c := p2p.Capabilities{CPUCores: runtime.NumCPU(), Runtimes: []string{"wasm"}}
	var fs syscall.Statfs_t
	if syscall.Statfs(dataDir, &fs) == nil {
		c.StorageFreeBytes = fs.Bavail * uint64(fs.Bsize)
	}
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) == nil {
		c.MemoryBytes = uint64(si.Totalram) * uint64(si.Unit)
	}
	gpus, _ := filepath.Glob("/dev/nvidia[0-9]*")
	c.GPUs = len(gpus)
	if DockerPing(ctx) == nil {
		c.Runtimes = append([]string{"docker"}, c.Runtimes...)
	}
	return c
}

// dockerSocket is the Docker Engine's unix socket: DOCKER_HOST when it names
// one, else the default.
func dockerSocket() string {
	if h, ok := strings.CutPrefix(os.Getenv("DOCKER_HOST"), "unix://"); ok {
		return h
	}
	return "/var/run/docker.sock"
}

// DockerPing asks the Docker Engine whether it answers (GET /_ping).
func DockerPing(ctx context.Context) error {
	sock := dockerSocket()
	client := &http.Client{
		Timeout: 2 * time.Second,
		Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			return (&net.Dialer{}).DialContext(ctx, "unix", sock)
		}},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://docker/_ping", nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("docker at %s answers %s", sock, resp.Status)
	}
	return nil
}

// loadPerCore is the one-minute load average divided by the CPU count.
func loadPerCore() float64 {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	fields := strings.Fields(string(data))
	if len(fields) == 0 {
		return 0
	}
	l, _ := strconv.ParseFloat(fields[0], 64)
	return l / float64(runtime.NumCPU())
}
