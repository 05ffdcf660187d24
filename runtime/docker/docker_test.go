package docker

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// binary is the misbehave test agent, built static for linux.
var binary []byte

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "docker-agents")
	if err != nil {
		panic(err)
	}
	out := filepath.Join(dir, "misbehave")
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, "../testdata/misbehave")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux")
	if b, err := cmd.CombinedOutput(); err != nil {
		panic(string(b))
	}
	if binary, err = os.ReadFile(out); err != nil {
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// executor connects to dockerd; without one the test is skipped, except in
// CI (CI set) or as root, where make test installs and starts dockerd and a
// skip would hide a failure.
func executor(t *testing.T, node string) *Executor {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	x, err := New(ctx, Options{Node: node, Timeout: 5 * time.Second})
	if err != nil {
		if os.Getenv("CI") != "" || os.Geteuid() == 0 {
			t.Fatalf("no Docker engine, which CI and root runs of make test provide (make deps): %v", err)
		}
		t.Skipf("no Docker engine: %v", err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}

func invoke(t *testing.T, x *Executor, ref, input string) (map[string]any, error) {
	t.Helper()
	out, _, err := x.Invoke(t.Context(), ref, "exec-1", json.RawMessage(input), nil)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatalf("output %s: %v", out, err)
	}
	return m, nil
}

// TestContainerIsolation: an agent in a container sees only loopback, can
// write only under /tmp, is stopped at its deadline (its container gone),
// and reports running out of memory as OOMKilled; the next invocation gets
// a fresh container; Reap removes what this node does not run.
func TestContainerIsolation(t *testing.T) {
	node := fmt.Sprint("test-", time.Now().UnixNano())
	x := executor(t, node)
	image, err := x.Build(t.Context(), "misbehave", "1.0.0", binary)
	if err != nil {
		t.Fatal(err)
	}
	ref := "misbehave@1.0.0"
	x.Register(ref, image, Limits{Memory: 64 << 20, Pids: 32})

	out, err := invoke(t, x, ref, `{"mode": "net"}`)
	if err != nil {
		t.Fatal(err)
	}
	if ifs := fmt.Sprint(out["interfaces"]); ifs != "[lo]" {
		t.Fatalf("interfaces %s, want only lo", ifs)
	}
	out, err = invoke(t, x, ref, `{"mode": "write"}`)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(fmt.Sprint(out["root"]), "read-only file system") || out["tmp"] != "<nil>" {
		t.Fatalf("writes: %v", out)
	}
	first, _ := invoke(t, x, ref, `{"mode": "echo", "text": "a"}`)

	start := time.Now()
	ctx, cancel := context.WithTimeout(t.Context(), time.Second)
	_, _, err = x.Invoke(ctx, ref, "exec-2", json.RawMessage(`{"mode": "spin"}`), nil)
	cancel()
	if err == nil || !strings.Contains(err.Error(), "deadline exceeded") || time.Since(start) > 15*time.Second {
		t.Fatalf("spin: %v after %s", err, time.Since(start))
	}
	after, err := invoke(t, x, ref, `{"mode": "echo", "text": "b"}`)
	if err != nil || after["calls"].(float64) != 1 || first["calls"].(float64) < 3 {
		t.Fatalf("after the timeout: %v %v (before: %v)", after, err, first)
	}

	if _, err := invoke(t, x, ref, `{"mode": "grow"}`); err == nil || !strings.Contains(err.Error(), "OOMKilled") {
		t.Fatalf("grow: %v, want OOMKilled", err)
	}
	if _, err := invoke(t, x, ref, `{"mode": "garbage"}`); err == nil || !strings.Contains(err.Error(), "not JSON-RPC") {
		t.Fatalf("garbage: %v", err)
	}
	if out, err := invoke(t, x, ref, `{"mode": "echo", "text": "c"}`); err != nil || out["calls"].(float64) != 1 {
		t.Fatalf("after garbage: %v %v", out, err)
	}

	// A container this executor does not know (a crashed node's) is reaped.
	other := executor(t, node)
	other.Register(ref, image, Limits{})
	if _, err := invoke(t, other, ref, `{"mode": "echo", "text": "d"}`); err != nil {
		t.Fatal(err)
	}
	other.mu.Lock()
	other.agents = map[string]*agent{} // forget it, as a crash would
	other.mu.Unlock()
	if n, err := x.Reap(t.Context()); err != nil || n != 1 {
		t.Fatalf("reaped %d: %v", n, err)
	}
}

// BenchmarkWarmInvoke: a warm invocation of a container agent.
func BenchmarkWarmInvoke(b *testing.B) {
	ctx := context.Background()
	x, err := New(ctx, Options{Node: "bench"})
	if err != nil {
		b.Skip(err)
	}
	defer x.Close()
	image, err := x.Build(ctx, "misbehave", "1.0.0", binary)
	if err != nil {
		b.Fatal(err)
	}
	x.Register("misbehave@1.0.0", image, Limits{})
	in := json.RawMessage(`{"mode": "echo", "text": "hi"}`)
	for b.Loop() {
		if _, _, err := x.Invoke(ctx, "misbehave@1.0.0", "e", in, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBurst: a burst agent gets a fresh container for each invocation, and
// none is left after it.
func TestBurst(t *testing.T) {
	node := fmt.Sprint("burst-", time.Now().UnixNano())
	x := executor(t, node)
	image, err := x.Build(t.Context(), "misbehave", "1.0.0", binary)
	if err != nil {
		t.Fatal(err)
	}
	x.Register("misbehave@1.0.0", image, Limits{Burst: true})
	for range 2 {
		out, err := invoke(t, x, "misbehave@1.0.0", `{"mode": "echo", "text": "a"}`)
		if err != nil || out["calls"].(float64) != 1 {
			t.Fatalf("burst: %v %v", out, err)
		}
	}
	if n, err := x.Reap(t.Context()); err != nil || n != 0 {
		t.Fatalf("containers left after burst invocations: %d %v", n, err)
	}
}

// BenchmarkBurstInvoke: a burst invocation, container made and removed.
func BenchmarkBurstInvoke(b *testing.B) {
	ctx := context.Background()
	x, err := New(ctx, Options{Node: "bench-burst"})
	if err != nil {
		b.Skip(err)
	}
	defer x.Close()
	image, err := x.Build(ctx, "misbehave", "1.0.0", binary)
	if err != nil {
		b.Fatal(err)
	}
	x.Register("misbehave@1.0.0", image, Limits{Burst: true})
	in := json.RawMessage(`{"mode": "echo", "text": "hi"}`)
	for b.Loop() {
		if _, _, err := x.Invoke(ctx, "misbehave@1.0.0", "e", in, nil); err != nil {
			b.Fatal(err)
		}
	}
}
