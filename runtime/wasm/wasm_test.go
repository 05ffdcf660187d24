package wasm

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	agentrt "github.com/cerestack/cere/runtime"
)

var modules = map[string][]byte{}

// TestMain builds the test agents for wasip1 once.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "wasm-agents")
	if err != nil {
		panic(err)
	}
	for name, pkg := range map[string]string{"misbehave": "../testdata/misbehave", "summarize": "../../examples/agents/summarize"} {
		out := filepath.Join(dir, name+".wasm")
		cmd := exec.Command("go", "build", "-o", out, pkg)
		cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
		if b, err := cmd.CombinedOutput(); err != nil {
			panic(string(b))
		}
		if modules[name], err = os.ReadFile(out); err != nil {
			panic(err)
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func load(t *testing.T, x *Executor, name string) string {
	t.Helper()
	ref := name + "@1.0.0"
	if err := x.Load(t.Context(), ref, modules[name], LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	return ref
}

func invoke(t *testing.T, x *Executor, ref string, input string) (map[string]any, error) {
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

// TestSummarizeAgent: the example agent answers through the protocol, and
// its instance stays warm between invocations.
func TestSummarizeAgent(t *testing.T) {
	x := New(Options{})
	defer x.Close()
	ref := load(t, x, "summarize")
	out, err := invoke(t, x, ref, `{"text": "The pump overheated. Lunch was good. The pump was stopped, and the pump cooled."}`)
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := out["summary"].(string); !strings.Contains(s, "pump") || strings.Contains(s, "Lunch") {
		t.Fatalf("summary %v", out)
	}
	if _, err := invoke(t, x, ref, `{"text": ""}`); err == nil || !strings.Contains(err.Error(), "with some text") {
		t.Fatalf("empty text: %v", err)
	}
}

// TestMisbehavingAgents: a handler's error fails that invocation only; a
// timeout, output that is not the protocol, a line over 1 MiB, an exit or
// running out of memory fail the invocation and replace the instance; the
// next invocation works.
func TestMisbehavingAgents(t *testing.T) {
	x := New(Options{Timeout: 2 * time.Second, MemoryPages: 1024})
	defer x.Close()
	ref := load(t, x, "misbehave")
	calls := func() float64 {
		out, err := invoke(t, x, ref, `{"mode": "echo", "text": "hi"}`)
		if err != nil || out["text"] != "hi" {
			t.Fatalf("echo: %v %v", out, err)
		}
		return out["calls"].(float64)
	}
	if calls() != 1 || calls() != 2 {
		t.Fatal("the instance is not kept warm")
	}
	if _, err := invoke(t, x, ref, `{"mode": "fail"}`); err == nil || !strings.Contains(err.Error(), "asked to fail") {
		t.Fatalf("fail: %v", err)
	}
	if calls() != 4 {
		t.Fatal("a handler's error replaced the instance")
	}
	for mode, want := range map[string]string{
		"spin":    "deadline exceeded",
		"garbage": "not JSON-RPC",
		"huge":    "over 1048576 bytes",
		"exit":    "exiting on purpose",
		"grow":    "exited",
	} {
		start := time.Now()
		_, err := invoke(t, x, ref, `{"mode": "`+mode+`"}`)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("%s: %v, want an error saying %q", mode, err, want)
		}
		if mode == "spin" && time.Since(start) > 3*time.Second {
			t.Fatalf("spin took %s", time.Since(start))
		}
		if c := calls(); c != 1 {
			t.Fatalf("after %s: calls %v, want a fresh instance", mode, c)
		}
	}
}

// TestDeafAgent: an agent that stops reading its input does not hold its
// invocations past their deadline: the write to it ends with the deadline,
// the instance is replaced, and the next invocation works.
func TestDeafAgent(t *testing.T) {
	x := New(Options{Timeout: time.Second})
	defer x.Close()
	ref := load(t, x, "misbehave")
	if _, err := invoke(t, x, ref, `{"mode": "deaf"}`); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err := invoke(t, x, ref, `{"mode": "echo", "text": "`+strings.Repeat("x", 512<<10)+`"}`)
	if err == nil || time.Since(start) > 3*time.Second {
		t.Fatalf("after going deaf: %v in %s", err, time.Since(start))
	}
	if out, err := invoke(t, x, ref, `{"mode": "echo", "text": "a"}`); err != nil || out["calls"].(float64) != 1 {
		t.Fatalf("a fresh instance: %v %v", out, err)
	}
}

// TestAgentCalls: an agent's emit and log reach the node's handler during
// the invocation, with its execution id.
func TestAgentCalls(t *testing.T) {
	x := New(Options{})
	defer x.Close()
	ref := load(t, x, "misbehave")
	var mu sync.Mutex
	var got []string
	handler := func(ctx context.Context, method string, params json.RawMessage) (any, error) {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, method+" "+string(params))
		if method == agentrt.MethodEmit {
			return map[string]bool{"ok": true}, nil
		}
		return nil, errors.New("unexpected")
	}
	out, _, err := x.Invoke(t.Context(), ref, "exec-9", json.RawMessage(`{"mode": "emit", "text": "hello"}`), handler)
	if err != nil || string(out) != `{"emitted":true}` {
		t.Fatalf("%s %v", out, err)
	}
	time.Sleep(50 * time.Millisecond) // the log is a notification: no answer to wait for
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 2 || !strings.HasPrefix(got[0], `emit {"data":{"text":"hello"},"execution":"exec-9","type":"agent.said"}`) ||
		!strings.Contains(got[1], `"message":"emitted \"hello\""`) {
		t.Fatalf("calls: %q", got)
	}
}

// BenchmarkWarmInvoke: a warm WebAssembly invocation, end to end.
func BenchmarkWarmInvoke(b *testing.B) {
	x := New(Options{})
	defer x.Close()
	if err := x.Load(b.Context(), "misbehave@1", modules["misbehave"], LoadOptions{}); err != nil {
		b.Fatal(err)
	}
	in := json.RawMessage(`{"mode": "echo", "text": "hi"}`)
	for b.Loop() {
		if _, _, err := x.Invoke(b.Context(), "misbehave@1", "e", in, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBurst: a burst agent gets a fresh instance for each invocation.
func TestBurst(t *testing.T) {
	x := New(Options{})
	defer x.Close()
	if err := x.Load(t.Context(), "misbehave@1", modules["misbehave"], LoadOptions{Burst: true}); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		out, err := invoke(t, x, "misbehave@1", `{"mode": "echo", "text": "a"}`)
		if err != nil || out["calls"].(float64) != 1 {
			t.Fatalf("burst: %v %v", out, err)
		}
	}
}
