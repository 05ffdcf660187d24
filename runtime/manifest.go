package runtime

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strings"
	"time"
)

// Manifest is an agent's agent.yaml: what it is, how it is built and run,
// and what it costs.
type Manifest struct {
	Name         string         `json:"name"`
	Version      string         `json:"version"`
	Description  string         `json:"description,omitempty"`
	Runtime      string         `json:"runtime"` // docker or wasm
	Build        Build          `json:"build"`
	Capabilities []string       `json:"capabilities,omitempty"`
	Inputs       map[string]any `json:"inputs,omitempty"`  // JSON Schema
	Outputs      map[string]any `json:"outputs,omitempty"` // JSON Schema
	Resources    Resources      `json:"resources,omitempty"`
	Mode         string         `json:"mode,omitempty"` // sustained (default) or burst
	Concurrency  int            `json:"concurrency,omitempty"`
	// Model is the file of the agent's first model; once built, the CID
	// of its blocks.
	Model string `json:"model,omitempty"`
	Price Amount `json:"price,omitempty"` // CERE per unit
	// Module is the CID of the built agent (the WebAssembly module, or the
	// image tar); set when it is built.
	Module string `json:"module,omitempty"`
}

// Build says how an agent is built: a Go package, a prebuilt binary, or a
// root file system tar.
type Build struct {
	Go     string `json:"go,omitempty"`
	Binary string `json:"binary,omitempty"`
	Rootfs string `json:"rootfs,omitempty"`
	// Entrypoint is the command a rootfs agent runs (default /agent).
	Entrypoint []string `json:"entrypoint,omitempty"`
}

// Resources bound an agent's instances.
type Resources struct {
	CPU     float64 `json:"cpu,omitempty"`
	Memory  string  `json:"memory,omitempty"` // as 64MiB
	Pids    int     `json:"pids,omitempty"`
	GPU     int     `json:"gpu,omitempty"`
	Timeout string  `json:"timeout,omitempty"` // as 5s
}

var (
	agentName = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)
	semver    = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$`)
	decimal   = regexp.MustCompile(`^\d{1,30}(\.\d{1,18})?$`)
)

// Bounds on what a manifest may ask of a node.
const (
	MaxMemory = 16 << 30
	MaxPids   = 4096
	MaxCPUs   = 64
)

// Ref is name@version.
func (m *Manifest) Ref() string { return m.Name + "@" + m.Version }

// Validate checks the manifest; errors name the field.
func (m *Manifest) Validate() error {
	bad := func(field, format string, args ...any) error {
		return fmt.Errorf("%s: %s", field, fmt.Sprintf(format, args...))
	}
	if !agentName.MatchString(m.Name) {
		return bad("name", "%q: lower-case letters, digits, '.', '_' and '-', 1 to 64", m.Name)
	}
	if !semver.MatchString(m.Version) {
		return bad("version", "%q is not a semantic version (as 1.2.3)", m.Version)
	}
	switch m.Runtime {
	case "wasm", "docker":
	default:
		return bad("runtime", "%q is not wasm or docker", m.Runtime)
	}
	forms := 0
	for _, s := range []string{m.Build.Go, m.Build.Binary, m.Build.Rootfs} {
		if s != "" {
			forms++
		}
	}
	if forms != 1 {
		return bad("build", "one of go, binary or rootfs")
	}
	if m.Build.Rootfs != "" && m.Runtime != "docker" {
		return bad("build.rootfs", "a root file system is for docker agents")
	}
	if len(m.Build.Entrypoint) > 0 && m.Build.Rootfs == "" {
		return bad("build.entrypoint", "only a rootfs agent names its command (a binary is run as /agent)")
	}
	switch m.Mode {
	case "", "sustained", "burst":
	default:
		return bad("mode", "%q is not sustained or burst", m.Mode)
	}
	if m.Concurrency < 0 || m.Concurrency > 1024 {
		return bad("concurrency", "%d: want 0 to 1024", m.Concurrency)
	}
	if m.Resources.Timeout != "" {
		if d, err := time.ParseDuration(m.Resources.Timeout); err != nil || d <= 0 || d > time.Hour {
			return bad("resources.timeout", "%q is not a duration up to 1h", m.Resources.Timeout)
		}
	}
	if m.Resources.Memory != "" {
		n, err := ParseBytes(m.Resources.Memory)
		if err != nil {
			return bad("resources.memory", "%v", err)
		}
		if n < 8<<20 || n > MaxMemory {
			return bad("resources.memory", "%s: want 8MiB to %dGiB", m.Resources.Memory, MaxMemory>>30)
		}
	}
	if r := m.Resources; r.Pids < 0 || r.Pids > MaxPids {
		return bad("resources.pids", "%d: want 1 to %d (0: the default)", r.Pids, MaxPids)
	}
	if r := m.Resources; r.CPU < 0 || r.CPU > MaxCPUs {
		return bad("resources.cpu", "%g: want more than 0, up to %d (0: the default)", r.CPU, MaxCPUs)
	}
	if r := m.Resources; r.GPU < 0 || r.GPU > 16 {
		return bad("resources.gpu", "%d: want 0 to 16", r.GPU)
	}
	if m.Price != "" && !decimal.MatchString(string(m.Price)) {
		return bad("price", "%q is not a decimal amount of CERE", m.Price)
	}
	if _, err := m.CompileSchemas(); err != nil {
		return err // names inputs or outputs
	}
	return nil
}

// Timeout is the manifest's invocation timeout (0: the executor's).
func (m *Manifest) Timeout() time.Duration {
	d, _ := time.ParseDuration(m.Resources.Timeout)
	return d
}

// ParseBytes reads a size as 64MiB, 512KiB, 1GiB or a number of bytes.
func ParseBytes(s string) (int64, error) {
	units := []struct {
		suffix string
		n      int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"B", 1}, {"", 1}}
	for _, u := range units {
		if num, ok := strings.CutSuffix(s, u.suffix); ok {
			var n int64
			if _, err := fmt.Sscanf(num, "%d", &n); err != nil || n <= 0 || fmt.Sprint(n) != num || n > math.MaxInt64/u.n {
				return 0, fmt.Errorf("%q is not a size (as 64MiB)", s)
			}
			return n * u.n, nil
		}
	}
	return 0, fmt.Errorf("%q is not a size (as 64MiB)", s)
}

// Amount is an amount of CERE as a decimal, written as text or a number
// ("0.05" or 0.05) and kept as text, so that no float rounds it.
type Amount string

// UnmarshalJSON reads a string or a number.
func (a *Amount) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*a = Amount(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("price: %s is not an amount", b)
	}
	*a = Amount(n.String())
	return nil
}
