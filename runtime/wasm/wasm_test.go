package wasm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	agentrt "github.com/cerestack/cere/runtime"
	experimentalsys "github.com/tetratelabs/wazero/experimental/sys"
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
	// The log is a notification: no answer to wait for.
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		mu.Lock()
		n := len(got)
		mu.Unlock()
		if n >= 2 {
			break
		}
	}
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

// modelDir is a model folder holding files (name → content).
func modelDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// model is the model the misbehave agent says it holds.
func model(ctx context.Context, x *Executor, ref string) (string, error) {
	out, _, err := x.Invoke(ctx, ref, "exec-1", json.RawMessage(`{"mode": "model"}`), nil)
	if err != nil {
		return "", err
	}
	var m struct{ Model string }
	if err := json.Unmarshal(out, &m); err != nil {
		return "", fmt.Errorf("output %s: %w", out, err)
	}
	return m.Model, nil
}

// TestSwapModel: the warm instance starts with no model and holds each one
// swapped in; a model it cannot load stops it, and the next invocation
// fails naming the model until a good one is swapped in; a reload keeps
// the model.
func TestSwapModel(t *testing.T) {
	x := New(Options{})
	defer x.Close()
	dir := modelDir(t, map[string]string{"one": "v1\n"})
	ref := "misbehave@1.0.0"
	if err := x.Load(t.Context(), ref, modules["misbehave"], LoadOptions{ModelDir: dir}); err != nil {
		t.Fatal(err)
	}
	want := func(content string) {
		t.Helper()
		got, err := model(t.Context(), x, ref)
		if err != nil || got != content {
			t.Fatalf("model %q, %v; want %q", got, err, content)
		}
	}
	swap := func(name string, want int) {
		t.Helper()
		if n, err := x.SwapModel(t.Context(), ref, name); err != nil || n != want {
			t.Fatalf("swap %s: swapped %d, %v; want %d", name, n, err, want)
		}
	}
	want("none")
	swap("one", 1)
	want("v1")
	if err := os.WriteFile(filepath.Join(dir, "two"), []byte("v2"), 0o644); err != nil {
		t.Fatal(err)
	}
	swap("two", 1)
	want("v2")

	if n, err := x.SwapModel(t.Context(), ref, "missing"); err == nil || n != 0 || !strings.Contains(err.Error(), "/model/missing") {
		t.Fatalf("swap to a missing model: swapped %d, %v", n, err)
	}
	want("v2") // refused: the previous model stays
	swap("one", 1)
	want("v1")
	want("v1")
	if err := x.Load(t.Context(), ref, modules["misbehave"], LoadOptions{ModelDir: dir}); err != nil {
		t.Fatal(err)
	}
	want("v1") // reloaded with the same folder, it keeps its model

	for name, target := range map[string]string{"../one": ref, "": ref, "one": "nobody@1"} {
		if _, err := x.SwapModel(t.Context(), target, name); err == nil {
			t.Fatalf("swap %q of %s: no error", name, target)
		}
	}
	if _, err := x.SwapModel(t.Context(), "nobody@1", "one"); !errors.Is(err, ErrUnknownAgent) {
		t.Fatalf("unknown agent: %v", err)
	}
	plain := load(t, x, "misbehave") // loaded without a model folder
	if _, err := x.SwapModel(t.Context(), plain, "one"); err == nil {
		t.Fatal("swap on an agent without a model folder: no error")
	}
}

// TestSwapModelUnderLoad: four callers invoke without pause while the model
// is swapped: none fails, none sees the old model after the new one, and
// every invocation begun after SwapModel returned sees the new one.
func TestSwapModelUnderLoad(t *testing.T) {
	x := New(Options{})
	defer x.Close()
	ref := "misbehave@1.0.0"
	dir := modelDir(t, map[string]string{"one": "v1", "two": "v2"})
	if err := x.Load(t.Context(), ref, modules["misbehave"], LoadOptions{ModelDir: dir}); err != nil {
		t.Fatal(err)
	}
	if n, err := x.SwapModel(t.Context(), ref, "one"); err != nil || n != 0 {
		t.Fatalf("first swap: %d %v", n, err)
	}
	type result struct {
		model     string
		err       error
		afterSwap bool // begun after SwapModel returned
	}
	var (
		swapped atomic.Bool
		done    atomic.Bool
		count   atomic.Int64
		wg      sync.WaitGroup
		results = make([][]result, 4)
	)
	for g := range results {
		wg.Go(func() {
			for !done.Load() {
				after := swapped.Load()
				m, err := model(t.Context(), x, ref)
				results[g] = append(results[g], result{m, err, after})
				count.Add(1)
			}
		})
	}
	waitFor := func(n int64) {
		deadline := time.Now().Add(10 * time.Second)
		for count.Load() < n && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
	}
	start := time.Now()
	waitFor(200)
	before := count.Load()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	n, err := x.SwapModel(ctx, ref, "two")
	swapped.Store(true)
	waitFor(count.Load() + 200)
	done.Store(true)
	wg.Wait()
	total := count.Load()
	t.Logf("%d invocations in %s (%.0f/s), %d before the swap", total, time.Since(start).Round(time.Millisecond), float64(total)/time.Since(start).Seconds(), before)
	if err != nil || n != 1 {
		t.Fatalf("swap under load: swapped %d, %v", n, err)
	}
	if total < before+200 || before < 200 {
		t.Fatalf("only %d invocations, %d before the swap", total, before)
	}
	for g, rs := range results {
		sawV2 := false
		for i, r := range rs {
			switch {
			case r.err != nil:
				t.Fatalf("caller %d, invocation %d: %v", g, i, r.err)
			case r.model != "v1" && r.model != "v2":
				t.Fatalf("caller %d, invocation %d: model %q", g, i, r.model)
			case r.afterSwap && r.model != "v2":
				t.Fatalf("caller %d, invocation %d: begun after the swap, saw %s", g, i, r.model)
			case sawV2 && r.model == "v1":
				t.Fatalf("caller %d, invocation %d: v1 after v2", g, i)
			}
			sawV2 = sawV2 || r.model == "v2"
		}
	}
}

// TestBurstModel: each burst instance is told the current model before its
// invocation.
func TestBurstModel(t *testing.T) {
	x := New(Options{})
	defer x.Close()
	ref := "misbehave@1"
	dir := modelDir(t, map[string]string{"one": "v1", "two": "v2"})
	if err := x.Load(t.Context(), ref, modules["misbehave"], LoadOptions{Burst: true, ModelDir: dir}); err != nil {
		t.Fatal(err)
	}
	for _, swap := range []struct{ name, content string }{{"one", "v1"}, {"two", "v2"}} {
		if n, err := x.SwapModel(t.Context(), ref, swap.name); err != nil || n != 0 {
			t.Fatalf("swap %s: swapped %d, %v; want 0 (no instance between invocations)", swap.name, n, err)
		}
		for range 2 {
			if got, err := model(t.Context(), x, ref); err != nil || got != swap.content {
				t.Fatalf("after swap %s: model %q, %v", swap.name, got, err)
			}
		}
	}
}

// TestModelReadOnly: an agent cannot write its model folder, nor open what
// lies above it.
func TestModelReadOnly(t *testing.T) {
	x := New(Options{})
	defer x.Close()
	ref := "misbehave@1"
	dir := modelDir(t, map[string]string{"one": "v1"})
	if err := x.Load(t.Context(), ref, modules["misbehave"], LoadOptions{ModelDir: dir}); err != nil {
		t.Fatal(err)
	}
	out, err := invoke(t, x, ref, `{"mode": "write-model"}`)
	if e, _ := out["err"].(string); err != nil || !strings.Contains(strings.ToLower(e), "read-only file system") {
		t.Fatalf("write to /model: %v %v", out, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "x")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the agent wrote its model folder: %v", err)
	}
	// A module making raw WASI calls may pass any path (a Go agent cleans
	// its own first), so the mount itself is asked.
	if err := os.WriteFile(filepath.Join(filepath.Dir(dir), "secret"), []byte("s"), 0o644); err != nil {
		t.Fatal(err)
	}
	mount := modelMount(dir)
	if f, errno := mount.OpenFile("one", experimentalsys.O_RDONLY, 0); errno != 0 {
		t.Fatalf("open one: %v", errno)
	} else {
		f.Close()
	}
	for _, path := range []string{"../secret", "/../secret", "./../secret"} {
		if f, errno := mount.OpenFile(path, experimentalsys.O_RDONLY, 0); errno == 0 {
			f.Close()
			t.Fatalf("open %s: the mount let it out of its folder", path)
		}
	}
}

// TestUsage: an invocation is charged the time it ran, and the instance's
// memory, which grows with what the agent allocates.
func TestUsage(t *testing.T) {
	x := New(Options{})
	defer x.Close()
	ref := load(t, x, "misbehave")
	run := func(input string) agentrt.Usage {
		t.Helper()
		_, usage, err := x.Invoke(t.Context(), ref, "exec-1", json.RawMessage(input), nil)
		if err != nil {
			t.Fatalf("%s: %v", input, err)
		}
		return usage
	}
	run(`{"mode": "echo"}`) // the instance starts outside the figures below
	u := run(`{"mode": "burn", "ms": 200}`)
	if u.CPUMS < 160 || u.CPUMS > 240 || u.GPUMS != 0 || u.BytesIn == 0 || u.BytesOut == 0 {
		t.Fatalf("burn 200 ms: %+v", u)
	}
	if u.MemPeakBytes <= 0 {
		t.Fatalf("memory %d", u.MemPeakBytes)
	}
	after := run(`{"mode": "alloc", "mib": 32}`).MemPeakBytes
	t.Logf("memory %d MiB, %d MiB after allocating 32 MiB", u.MemPeakBytes>>20, after>>20)
	if after < u.MemPeakBytes+32<<20 {
		t.Fatalf("memory %d, then %d after allocating 32 MiB", u.MemPeakBytes, after)
	}
}
