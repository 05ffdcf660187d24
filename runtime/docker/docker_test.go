package docker

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
	"testing"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/api/types/image"
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
func executor(t *testing.T, o Options) *Executor {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	x, err := New(ctx, o)
	if err != nil {
		if os.Getenv("CI") != "" || os.Geteuid() == 0 {
			t.Fatalf("no Docker engine, which CI and root runs of make test provide (make deps): %v", err)
		}
		t.Skipf("no Docker engine: %v", err)
	}
	t.Cleanup(func() {
		x.Close()
		removeContainers(t, x)
	})
	return x
}

// removeContainers removes every container labelled with x's node, those
// an executor forgot (as TestContainerIsolation's does) included: a test
// leaves nothing running, whether it passed or not.
func removeContainers(t testing.TB, x *Executor) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	list, err := x.cli.ContainerList(ctx, container.ListOptions{All: true, Filters: filters.NewArgs(filters.Arg("label", LabelNode+"="+x.opts.Node))})
	if err != nil {
		t.Errorf("list the containers of %s: %v", x.opts.Node, err)
		return
	}
	for _, c := range list {
		if err := x.cli.ContainerRemove(ctx, c.ID, container.RemoveOptions{Force: true}); err != nil && !cerrdefs.IsNotFound(err) {
			t.Errorf("remove container %s: %v", c.ID, err)
		}
	}
}

// buildImage builds an agent's image and removes it when the test ends.
func buildImage(t testing.TB, x *Executor, name, version string, b Bundle) string {
	t.Helper()
	id, err := x.Build(context.Background(), name, version, b)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		// The executor's containers still run (cleanups run last
		// registered first), and a running container's image stays.
		removeContainers(t, x)
		if _, err := x.cli.ImageRemove(ctx, id, image.RemoveOptions{Force: true, PruneChildren: true}); err != nil && !cerrdefs.IsNotFound(err) {
			t.Errorf("remove image %s: %v", id, err)
		}
	})
	return id
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
	x := executor(t, Options{Node: node, Timeout: 5 * time.Second})
	image := buildImage(t, x, "misbehave", "1.0.0", Bundle{Binary: binary})
	ref := "misbehave@1.0.0"
	must(t, x.Register(ref, image, Limits{Memory: 64 << 20, Pids: 32}))

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

	// A fork bomb stops at the pids limit (32), and the agent goes on.
	bomb, err := invoke(t, x, ref, `{"mode": "fork"}`)
	if err != nil || bomb["spawned"].(float64) >= 32 || !strings.Contains(fmt.Sprint(bomb["err"]), "resource temporarily unavailable") {
		t.Fatalf("fork bomb: %v %v", bomb, err)
	}
	if _, err := invoke(t, x, ref, `{"mode": "echo"}`); err != nil {
		t.Fatalf("after the fork bomb: %v", err)
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
	other := executor(t, Options{Node: node, Timeout: 5 * time.Second})
	must(t, other.Register(ref, image, Limits{}))
	if _, err := invoke(t, other, ref, `{"mode": "echo", "text": "d"}`); err != nil {
		t.Fatal(err)
	}
	other.mu.Lock()
	other.agents = map[string]*agent{} // forget it, as a crash would
	other.mu.Unlock()
	other.owned.Clear()
	if n, err := x.Reap(t.Context()); err != nil || n != 1 {
		t.Fatalf("reaped %d: %v", n, err)
	}
}

// BenchmarkWarmInvoke: a warm invocation of a container agent.
func BenchmarkWarmInvoke(b *testing.B) { benchInvoke(b, "bench", Limits{}) }

// benchInvoke times invocations of the misbehave agent within l.
func benchInvoke(b *testing.B, node string, l Limits) {
	ctx := context.Background()
	x, err := New(ctx, Options{Node: node})
	if err != nil {
		b.Skip(err)
	}
	defer x.Close()
	image := buildImage(b, x, "misbehave", "1.0.0", Bundle{Binary: binary})
	must(b, x.Register("misbehave@1.0.0", image, l))
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
	x := executor(t, Options{Node: node, Timeout: 5 * time.Second})
	image := buildImage(t, x, "misbehave", "1.0.0", Bundle{Binary: binary})
	must(t, x.Register("misbehave@1.0.0", image, Limits{Burst: true}))
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

// TestImageByID: an agent runs the image its build made, not whatever its
// tag names later: an agent named name@1.0.0+<16 characters of a CID> has
// the tag of the agent named by that CID (the node tags a CID agent's image
// 1.0.0_<the CID's last 16 characters>), and building it must not change
// what the CID agent runs.
func TestImageByID(t *testing.T) {
	node := fmt.Sprint("byid-", time.Now().UnixNano())
	x := executor(t, Options{Node: node, Timeout: 5 * time.Second})
	const suffix = "0123456789abcdef"
	genuine := buildImage(t, x, "misbehave", "1.0.0_"+suffix, Bundle{Binary: binary})
	// Burst: each invocation makes a container, after the impostor is built.
	must(t, x.Register("bafy-the-cid", genuine, Limits{Burst: true}))
	impostor := buildImage(t, x, "misbehave", "1.0.0+"+suffix, Bundle{Binary: binary, Entrypoint: []string{"/not-the-agent"}})
	if !strings.HasPrefix(genuine, "sha256:") || genuine == impostor {
		t.Fatalf("build returned %q, then %q for another image", genuine, impostor)
	}
	inspect, err := x.cli.ImageInspect(t.Context(), Image("misbehave", "1.0.0_"+suffix))
	if err != nil || inspect.ID != impostor {
		t.Fatalf("the tag names %s (%v), want the impostor: the test shows nothing", inspect.ID, err)
	}
	if out, err := invoke(t, x, "bafy-the-cid", `{"mode": "echo", "text": "a"}`); err != nil || out["text"] != "a" {
		t.Fatalf("the CID agent after its tag was taken: %v %v", out, err)
	}
	if err := x.Register("by-tag@1.0.0", Image("misbehave", "1.0.0"), Limits{}); err == nil || !strings.Contains(err.Error(), "not an image ID") {
		t.Fatalf("registered a tag: %v", err)
	}
}

// BenchmarkBurstInvoke: a burst invocation, container made and removed.
func BenchmarkBurstInvoke(b *testing.B) { benchInvoke(b, "bench-burst", Limits{Burst: true}) }

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// setup builds the misbehave image and registers it as misbehave@1.0.0.
func setup(t *testing.T, o Options, l Limits) (*Executor, string) {
	t.Helper()
	if o.Node == "" {
		o.Node = fmt.Sprint("test-", time.Now().UnixNano())
	}
	if o.Timeout == 0 {
		o.Timeout = 10 * time.Second
	}
	x := executor(t, o)
	image := buildImage(t, x, "misbehave", "1.0.0", Bundle{Binary: binary})
	ref := "misbehave@1.0.0"
	must(t, x.Register(ref, image, l))
	return x, ref
}

// containers counts the containers labelled with x's node.
func containers(t *testing.T, x *Executor) int {
	t.Helper()
	list, err := x.cli.ContainerList(t.Context(), container.ListOptions{All: true, Filters: filters.NewArgs(filters.Arg("label", LabelNode+"="+x.opts.Node))})
	if err != nil {
		t.Fatal(err)
	}
	return len(list)
}

// TestMetering: an invocation that keeps one CPU busy for 200 ms is
// charged 200 ms ± 20 % of processor time, and one that touches 32 MiB
// shows a peak of at least that.
func TestMetering(t *testing.T) {
	x, ref := setup(t, Options{}, Limits{Memory: 128 << 20})
	if _, err := invoke(t, x, ref, `{"mode": "echo"}`); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		out, usage, err := x.Invoke(t.Context(), ref, "e", json.RawMessage(`{"mode": "burn", "ms": 200}`), nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("burn 200 ms: %+v", usage)
		if usage.CPUMS < 160 || usage.CPUMS > 240 {
			t.Fatalf("burn 200 ms metered %.1f ms of CPU (wall %.1f ms)", usage.CPUMS, usage.WallMS)
		}
		if usage.BytesIn == 0 || usage.BytesOut != int64(len(out)) || usage.GPUMS != 0 {
			t.Fatalf("usage %+v", usage)
		}
	}
	_, usage, err := x.Invoke(t.Context(), ref, "e", json.RawMessage(`{"mode": "alloc", "mib": 32}`), nil)
	if err != nil {
		t.Fatal(err)
	}
	if usage.MemPeakBytes < 32<<20 || usage.MemPeakBytes > 128<<20 {
		t.Fatalf("alloc 32 MiB: peak %d bytes", usage.MemPeakBytes)
	}
	_, small, err := x.Invoke(t.Context(), ref, "e", json.RawMessage(`{"mode": "echo"}`), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("peak after alloc 32 MiB: %d; on the next echo: %d", usage.MemPeakBytes, small.MemPeakBytes)
}

// modelDir is a folder the containers' user may read.
func modelDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestModelSwap: 200 invocations a second go on while the model is
// swapped: none fails, and from the swap's answer on every output comes
// from the new model. A container cannot write to its model folder.
func TestModelSwap(t *testing.T) {
	dir := modelDir(t)
	for name, content := range map[string]string{"one": "v1", "two": "v2"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	x, ref := setup(t, Options{MaxInstances: 2}, Limits{ModelDir: dir})
	if n, err := x.SwapModel(t.Context(), ref, "one"); err != nil || n != 0 {
		t.Fatalf("swap with no container: %d %v", n, err)
	}
	model := func() (string, error) {
		out, err := invoke(t, x, ref, `{"mode": "model"}`)
		return fmt.Sprint(out["model"]), err
	}
	if m, err := model(); err != nil || m != "v1" {
		t.Fatalf("first container's model: %q %v", m, err)
	}
	if out, err := invoke(t, x, ref, `{"mode": "write-model"}`); err != nil || !strings.Contains(fmt.Sprint(out["err"]), "read-only file system") {
		t.Fatalf("write to /model: %v %v", out, err)
	}

	type result struct {
		at    time.Time
		model string
		err   error
	}
	results := make(chan result, 10000)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	tick := time.NewTicker(5 * time.Millisecond) // 200 a second
	defer tick.Stop()
	wg.Go(func() {
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
			}
			wg.Go(func() {
				m, err := model()
				results <- result{time.Now(), m, err}
			})
		}
	})
	time.Sleep(time.Second)
	n, err := x.SwapModel(t.Context(), ref, "two")
	swapped := time.Now()
	if err != nil || n < 1 {
		t.Fatalf("swap: %d %v", n, err)
	}
	time.Sleep(time.Second)
	close(stop)
	wg.Wait()
	close(results)
	var total, before, after int
	for r := range results {
		total++
		if r.err != nil {
			t.Fatalf("an invocation failed during the swap: %v", r.err)
		}
		if r.at.After(swapped) && r.model != "v2" {
			// Answered after the swap was: only one sent before it may.
			after++
		}
		if r.model == "v1" {
			before++
		}
	}
	t.Logf("%d invocations over 2 s, swap acknowledged by %d containers; %d on v1", total, n, before)
	if total < 300 {
		t.Fatalf("only %d invocations in 2 s", total)
	}
	if m, err := model(); err != nil || m != "v2" {
		t.Fatalf("after the swap: %q %v", m, err)
	}
	if after > 2 { // the invocations already sent when the swap was answered
		t.Fatalf("%d outputs from the old model answered after the swap", after)
	}
	// A model the agent cannot load is refused, and the previous one stays.
	if _, err := x.SwapModel(t.Context(), ref, "missing"); err == nil || !strings.Contains(err.Error(), "keeps its previous one") {
		t.Fatalf("swap to a missing file: %v", err)
	}
	for range 3 {
		if m, err := model(); err != nil || m != "v2" {
			t.Fatalf("after a refused swap: %q %v", m, err)
		}
	}
	// A swap that gives up waiting (the container is busy for longer)
	// fails no invocation: the container loads it after.
	slow := make(chan error, 1)
	go func() {
		_, err := invoke(t, x, ref, `{"mode": "burn", "ms": 600}`)
		slow <- err
	}()
	time.Sleep(100 * time.Millisecond)
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	_, _ = x.SwapModel(ctx, ref, "one")
	cancel()
	if err := <-slow; err != nil {
		t.Fatalf("an invocation under way during a swap that gave up: %v", err)
	}
	for range 3 {
		if m, err := model(); err != nil || m != "v1" {
			t.Fatalf("after the swap that gave up: %q %v", m, err)
		}
	}
}

// TestCrashLoop: an agent whose container dies on every invocation is
// restarted with a growing backoff, then quarantined (the callback hears
// of it) and refused at once until registered again.
func TestCrashLoop(t *testing.T) {
	quarantined := make(chan string, 1)
	x, ref := setup(t, Options{OnQuarantine: func(ref string, err error) { quarantined <- err.Error() }}, Limits{})
	start := time.Now()
	for i := range crashLimit {
		if _, err := invoke(t, x, ref, `{"mode": "exit"}`); err == nil || !strings.Contains(err.Error(), "exiting on purpose") {
			t.Fatalf("crash %d: %v", i, err)
		}
	}
	// The backoffs before starts 2 to 5: 100 + 200 + 400 + 800 ms.
	if d := time.Since(start); d < 1500*time.Millisecond {
		t.Fatalf("%d crashes in %s: no backoff", crashLimit, d)
	}
	select {
	case msg := <-quarantined:
		if !strings.Contains(msg, "exiting on purpose") {
			t.Fatalf("quarantine: %s", msg)
		}
	default:
		t.Fatal("not quarantined")
	}
	if _, err := invoke(t, x, ref, `{"mode": "echo"}`); !errors.Is(err, ErrQuarantined) {
		t.Fatalf("quarantined agent: %v", err)
	}
	x.mu.Lock()
	image := x.agents[ref].image
	x.mu.Unlock()
	must(t, x.Register(ref, image, Limits{}))
	if _, err := invoke(t, x, ref, `{"mode": "echo"}`); err != nil {
		t.Fatalf("registered again: %v", err)
	}
}

// TestPool: at most MaxInstances containers serve at once; MinInstances
// stay warm without any invocation; idle ones beyond it go; one that
// reports it is not well is replaced.
func TestPool(t *testing.T) {
	x, ref := setup(t, Options{MinInstances: 1, MaxInstances: 2, IdleTimeout: 2 * time.Second, HealthEvery: time.Second}, Limits{})
	deadline := time.Now().Add(10 * time.Second)
	for containers(t, x) != 1 {
		if time.Now().After(deadline) {
			t.Fatalf("%d containers, want the 1 kept warm", containers(t, x))
		}
		time.Sleep(100 * time.Millisecond)
	}
	var wg sync.WaitGroup
	for range 6 {
		wg.Go(func() {
			if _, err := invoke(t, x, ref, `{"mode": "burn", "ms": 300}`); err != nil {
				t.Error(err)
			}
		})
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	most := 0
	for waiting := true; waiting; {
		select {
		case <-done:
			waiting = false
		case <-time.After(50 * time.Millisecond):
		}
		most = max(most, containers(t, x))
	}
	if most != 2 {
		t.Errorf("at most %d containers under load, want MaxInstances 2", most)
	}
	for containers(t, x) != 1 {
		if time.Now().After(deadline.Add(10 * time.Second)) {
			t.Fatalf("%d containers after the idle time, want 1", containers(t, x))
		}
		time.Sleep(200 * time.Millisecond)
	}
	if _, err := invoke(t, x, ref, `{"mode": "sick"}`); err != nil {
		t.Fatal(err)
	}
	for {
		out, err := invoke(t, x, ref, `{"mode": "echo"}`)
		if err != nil {
			t.Fatal(err)
		}
		if out["calls"].(float64) == 1 {
			break // a fresh container
		}
		if time.Now().After(deadline.Add(20 * time.Second)) {
			t.Fatal("the sick container was not replaced")
		}
		time.Sleep(300 * time.Millisecond)
	}
}

// TestContainerConfig: what a container is made with (no engine needed
// beyond the executor): GPUs through DeviceRequests when asked and lent,
// the model folder read-only, /tmp noexec, a file limit.
func TestContainerConfig(t *testing.T) {
	x, _ := setup(t, Options{GPUs: 2}, Limits{})
	a := &agent{ref: "gpu@1.0.0", image: "img", limits: Limits{GPUs: 1, ModelDir: "/models/gpu", Memory: 1 << 30, CPUs: 2, Pids: 10}}
	cfg, host := x.containerConfig(a)
	if len(host.DeviceRequests) != 1 || host.DeviceRequests[0].Count != 1 || fmt.Sprint(host.DeviceRequests[0].Capabilities) != "[[gpu]]" {
		t.Fatalf("device requests %+v", host.DeviceRequests)
	}
	if len(host.Mounts) != 1 || !host.Mounts[0].ReadOnly || host.Mounts[0].Target != "/model" || host.Mounts[0].Source != "/models/gpu" {
		t.Fatalf("mounts %+v", host.Mounts)
	}
	if !strings.Contains(host.Tmpfs["/tmp"], "noexec") || host.NetworkMode != "none" || !host.ReadonlyRootfs || host.Memory != host.MemorySwap || *host.PidsLimit != 10 || host.NanoCPUs != 2e9 {
		t.Fatalf("host config %+v", host)
	}
	if cfg.User != "65534:65534" || cfg.Labels[LabelNode] != x.opts.Node || cfg.Labels[LabelAgent] != "gpu@1.0.0" {
		t.Fatalf("config %+v", cfg)
	}
	a.limits.GPUs = 0
	if _, host := x.containerConfig(a); host.DeviceRequests != nil {
		t.Fatalf("device requests without GPUs: %+v", host.DeviceRequests)
	}
	if err := x.Register("gpu@1.0.0", "img", Limits{GPUs: 3}); err == nil || !strings.Contains(err.Error(), "lends 2") {
		t.Fatalf("3 GPUs of 2: %v", err)
	}
}

// BenchmarkDockerRun is the baseline beside BenchmarkBurstInvoke: `docker
// run --rm -i` of the same image, one invocation on its stdin, as a user
// would run an agent by hand.
func BenchmarkDockerRun(b *testing.B) {
	ctx := context.Background()
	x, err := New(ctx, Options{Node: "bench-run"})
	if err != nil {
		b.Skip(err)
	}
	defer x.Close()
	image := buildImage(b, x, "misbehave", "1.0.0", Bundle{Binary: binary})
	in := `{"jsonrpc": "2.0", "id": 1, "method": "invoke", "params": {"execution": "e", "input": {"mode": "echo", "text": "hi"}}}` + "\n"
	for b.Loop() {
		cmd := exec.Command("docker", "run", "--rm", "-i", "--network", "none", "--label", LabelNode+"=bench-run", image)
		cmd.Stdin = strings.NewReader(in)
		out, err := cmd.Output()
		if err != nil || !strings.Contains(string(out), `"result"`) {
			b.Fatalf("%v: %s", err, out)
		}
	}
}
