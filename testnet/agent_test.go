package testnet

import (
	"archive/tar"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/workflow"
)

// TestWasmAgent: `cere agent build` compiles the summarize example for
// WebAssembly and stores it on the node; `cere agent invoke` runs it; a
// workflow's agent node runs it for each event and its output goes on.
func TestWasmAgent(t *testing.T) {
	n := Start(t, Options{})
	var built api.AgentBuilt
	n.cliJSON(t, &built, "agent", "build", filepath.Join("..", "examples", "agents", "summarize"), "--output", "json")
	if built.Name != "summarize" || built.Version != "1.0.0" || !strings.HasPrefix(built.CID, "bagu") {
		t.Fatalf("built %+v", built)
	}
	text := "The pump overheated. Lunch was good. The pump was stopped, and the pump cooled."
	var res api.AgentResult
	input, _ := json.Marshal(map[string]string{"text": text})
	n.cliJSON(t, &res, "agent", "invoke", "summarize@1.0.0", "--input", string(input), "--output", "json")
	var out struct{ Summary string }
	if err := json.Unmarshal(res.Output, &out); err != nil || res.Error != "" || !strings.Contains(out.Summary, "pump") || strings.Contains(out.Summary, "Lunch") || res.Usage.WallMS <= 0 {
		t.Fatalf("invoke: %+v", res)
	}
	if _, err := n.CLI(t.Context(), "agent", "invoke", "summarize@1.0.0", "--input", `{"text": ""}`); err == nil || !strings.Contains(err.Error(), "with some text") {
		t.Fatalf("a failing invocation: %v", err)
	}
	// The manifest's inputs schema is checked before the agent runs.
	if _, err := n.CLI(t.Context(), "agent", "invoke", "summarize@1.0.0", "--input", `{"text": 3}`); err == nil || !strings.Contains(err.Error(), "inputs schema") || !strings.Contains(err.Error(), "/text") {
		t.Fatalf("an input against the schema: %v", err)
	}

	doc := fileWriter(t)("digest.yaml", `name: digest
nodes:
  - {id: notes, kind: trigger, event: note.written, wires: [summarize]}
  - {id: summarize, kind: agent, agent: summarize@1.0.0, wires: [publish]}
  - {id: publish, kind: emit, emit: note.summarized}
`)
	n.cliJSON(t, &submittedJSON{}, "workflow", "submit", doc, "--output", "json")
	data, _ := json.Marshal(map[string]string{"text": text})
	if _, err := n.CLI(t.Context(), "event", "send", "note.written", "--data", string(data)); err != nil {
		t.Fatal(err)
	}
	Eventually(t, 10*time.Second, "a summary", func() bool {
		var evs []api.Event
		n.cliJSON(t, &evs, "events", "list", "--type", "note.summarized", "--output", "json")
		return len(evs) == 1 && strings.Contains(string(evs[0].Data), "pump was stopped")
	})
}

// TestDockerAgent: the anomaly example becomes an image FROM scratch on the
// node and runs in a container; its window of readings lives in the warm
// container between invocations.
func TestDockerAgent(t *testing.T) {
	needDocker(t)
	n := Start(t, Options{})
	removeDockerLeftovers(t, n, "anomaly@1.0.0")
	var built api.AgentBuilt
	n.cliJSON(t, &built, "agent", "build", filepath.Join("..", "examples", "agents", "anomaly"), "--output", "json")
	if built.Name != "anomaly" {
		t.Fatalf("built %+v", built)
	}
	var last api.AgentResult
	for _, v := range []float64{20, 21, 19, 20, 22, 18, 20, 21, 60} {
		input, _ := json.Marshal(map[string]any{"device": "d1", "value": v})
		n.cliJSON(t, &last, "agent", "invoke", "anomaly@1.0.0", "--input", string(input), "--output", "json")
		if last.Error != "" {
			t.Fatal(last.Error)
		}
	}
	var out struct {
		Score   float64
		Anomaly bool
	}
	if err := json.Unmarshal(last.Output, &out); err != nil || !out.Anomaly || out.Score < 3 {
		t.Fatalf("after eight readings near 20, 60 scored %s", last.Output)
	}
	var list []map[string]any
	n.cliJSON(t, &list, "agent", "list", "--output", "json")
	if len(list) != 1 || list[0]["runtime"] != "docker" || list[0]["price"] != "0.001" {
		t.Fatalf("list: %v", list)
	}

	// kill -9 leaves the warm container behind; the restarted node removes it.
	peer := n.Status(t).PeerID
	containers := func() string {
		out, err := exec.Command("docker", "ps", "-aq", "--filter", "label=cere.node="+peer).Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSpace(string(out))
	}
	if containers() == "" {
		t.Fatal("no warm container while the node runs")
	}
	n.Kill(t)
	if containers() == "" {
		t.Fatal("the container went with the node: nothing to reap")
	}
	n.Restart(t)
	Eventually(t, 10*time.Second, "the orphan container removed", func() bool { return containers() == "" })
}

// TestCanaryWithAgents: two versions of a real (WebAssembly) agent behind
// a 50% canary; version 2 fails every other call, so after at least 100
// canary calls the node rolls it back by itself, and every event after
// that goes to version 1.
func TestCanaryWithAgents(t *testing.T) {
	needDocker(t)
	n := Start(t, Options{})
	dir := t.TempDir()
	build := exec.Command("go", "build", "-o", filepath.Join(dir, "agent.wasm"), "../runtime/testdata/misbehave")
	build.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("%v %s", err, out)
	}
	for _, v := range []string{"1.0.0", "2.0.0"} {
		manifest := "name: flaky\nversion: " + v + "\nruntime: wasm\nbuild: {binary: agent.wasm}\n"
		if err := os.WriteFile(filepath.Join(dir, "agent.yaml"), []byte(manifest), 0o600); err != nil {
			t.Fatal(err)
		}
		n.cliJSON(t, &api.AgentBuilt{}, "agent", "build", dir, "--output", "json")
	}
	doc := fileWriter(t)("canary.yaml", `name: canary
nodes:
  - {id: jobs, kind: trigger, event: job, wires: [work]}
  - {id: work, kind: agent, agent: flaky@1.0.0, canary: {version: 2.0.0, percent: 50}, on_error: continue}
`)
	n.cliJSON(t, &submittedJSON{}, "workflow", "submit", doc, "--output", "json")
	var b strings.Builder
	for i := range 600 {
		ev, _ := json.Marshal(api.Event{SpecVersion: "1.0", ID: fmt.Sprint("job-", i), Source: "t", Type: "job", Data: json.RawMessage(`{"mode": "canary"}`)})
		b.Write(ev)
		b.WriteByte('\n')
	}
	n.cliJSON(t, &struct{}{}, "event", "send", "-f", fileWriter(t)("jobs.jsonl", b.String()), "--output", "json")
	var st []struct {
		RolledBack bool `json:"rolled_back"`
		Main       struct{ Calls, Errors int }
		Trial      struct{ Calls, Errors int } `json:"canary_stats"`
	}
	Eventually(t, 60*time.Second, "all 600 calls", func() bool {
		n.cliJSON(t, &st, "workflow", "canary", "status", "canary", "--output", "json")
		return len(st) == 1 && st[0].Main.Calls+st[0].Trial.Calls == 600
	})
	c := st[0]
	// Calls already under way when the rollback comes finish on the canary:
	// at most the workflow's concurrency more than the minimum.
	if !c.RolledBack || c.Trial.Calls < workflow.CanaryMinCalls || c.Trial.Calls > workflow.CanaryMinCalls+workflow.DefaultConcurrency ||
		c.Trial.Errors < c.Trial.Calls/3 || c.Main.Errors != 0 {
		t.Fatalf("canary: %+v", c)
	}
	t.Logf("canary rolled back after %d calls (%d failed); %d went to version 1", c.Trial.Calls, c.Trial.Errors, c.Main.Calls)
}

// TestAgentModelSwap: a Docker agent built from a root file system tar,
// with a first model, through the CLI: its invocations print their usage
// and are recorded as agent.usage events; `cere agent swap-model` gives
// the running container a new model, which it keeps across a restart of
// the node.
func TestAgentModelSwap(t *testing.T) {
	needDocker(t)
	n := Start(t, Options{})
	removeDockerLeftovers(t, n, "modeled@1.0.0")
	dir := t.TempDir()
	bin := filepath.Join(dir, "misbehave")
	build := exec.Command("go", "build", "-trimpath", "-o", bin, "../runtime/testdata/misbehave")
	build.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("%v %s", err, out)
	}
	// The root file system: the agent at /bin/misbehave.
	rootfs, err := os.Create(filepath.Join(dir, "rootfs.tar"))
	if err != nil {
		t.Fatal(err)
	}
	tw := tar.NewWriter(rootfs)
	binary, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []*tar.Header{
		{Name: "bin/", Typeflag: tar.TypeDir, Mode: 0o755},
		{Name: "bin/misbehave", Mode: 0o755, Size: int64(len(binary))},
	} {
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := tw.Write(binary); err != nil {
		t.Fatal(err)
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	rootfs.Close()
	for name, content := range map[string]string{"one.txt": "v1", "two.txt": "v2"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "agent.yaml"), []byte(`name: modeled
version: 1.0.0
runtime: docker
build: {rootfs: rootfs.tar, entrypoint: [/bin/misbehave]}
model: one.txt
price: "0.002"
`), 0o644); err != nil {
		t.Fatal(err)
	}
	n.cliJSON(t, &api.AgentBuilt{}, "agent", "build", dir, "--output", "json")
	model := func() (string, api.AgentUsage) {
		t.Helper()
		var res api.AgentResult
		n.cliJSON(t, &res, "agent", "invoke", "modeled@1.0.0", "--input", `{"mode": "model"}`, "--output", "json")
		var out struct{ Model string }
		if err := json.Unmarshal(res.Output, &out); err != nil || res.Error != "" {
			t.Fatalf("invoke: %+v", res)
		}
		return out.Model, res.Usage
	}
	m, usage := model()
	if m != "v1" {
		t.Fatalf("the first model: %q", m)
	}
	if usage.WallMS <= 0 || usage.MemPeakBytes <= 0 || usage.BytesIn == 0 || usage.BytesOut == 0 {
		t.Fatalf("usage %+v", usage)
	}
	text, err := n.CLI(t.Context(), "agent", "invoke", "modeled@1.0.0", "--input", `{"mode": "echo"}`)
	if err != nil || !strings.Contains(string(text), "cpu ") || !strings.Contains(string(text), "memory peak ") {
		t.Fatalf("invoke, as text: %q %v", text, err)
	}

	var swapped api.ModelSwapped
	n.cliJSON(t, &swapped, "agent", "swap-model", "modeled@1.0.0", filepath.Join(dir, "two.txt"), "--output", "json")
	if swapped.Instances != 1 || swapped.Agent != "modeled@1.0.0" {
		t.Fatalf("swap: %+v", swapped)
	}
	if m, _ := model(); m != "v2" {
		t.Fatalf("after the swap: %q", m)
	}

	var records []api.Event
	n.cliJSON(t, &records, "events", "list", "--type", "agent.usage", "--output", "json")
	if len(records) != 3 {
		t.Fatalf("%d usage records, want 3", len(records))
	}
	var rec struct {
		Agent, Payer, Price string
		OK                  bool
		Usage               api.AgentUsage
	}
	if err := json.Unmarshal(records[0].Data, &rec); err != nil || rec.Agent != "modeled@1.0.0" || rec.Payer != n.Status(t).Wallet || rec.Price != "0.002" || !rec.OK || rec.Usage.WallMS <= 0 {
		t.Fatalf("usage record %s (%v)", records[0].Data, err)
	}

	n.Stop(t)
	n.Restart(t)
	if m, _ := model(); m != "v2" {
		t.Fatalf("after a restart: %q", m)
	}
}

// TestAgentByCID: an agent built on one node runs on another that never
// stored it, named by its manifest's CID: the manifest and the module come
// over bitswap, with no registry; a workflow's agent node may name it so.
func TestAgentByCID(t *testing.T) {
	a := Start(t, Options{})
	sa := a.Status(t)
	b := Start(t, Options{Bootstrap: sa.Addrs})
	Eventually(t, 10*time.Second, "peers", func() bool { return seesPeer(t, b, sa.PeerID) })
	var built api.AgentBuilt
	a.cliJSON(t, &built, "agent", "build", filepath.Join("..", "examples", "agents", "summarize"), "--output", "json")
	var list []map[string]any
	b.cliJSON(t, &list, "agent", "list", "--output", "json")
	if len(list) != 0 {
		t.Fatalf("b stores agents: %v", list)
	}
	var res api.AgentResult
	b.cliJSON(t, &res, "agent", "invoke", built.CID, "--input", `{"text": "The pump overheated. Lunch was good."}`, "--output", "json")
	if res.Error != "" || !strings.Contains(string(res.Output), "pump") {
		t.Fatalf("invoke by CID at b: %+v", res)
	}
	if _, err := b.CLI(t.Context(), "agent", "invoke", "not-a-cid", "--input", `{}`); err == nil || !strings.Contains(err.Error(), "name@version or a manifest CID") {
		t.Fatalf("a bad reference: %v", err)
	}
}

// removeDockerLeftovers makes the test's end, passed or failed, kill n and
// then remove its containers and the images of agents: the node removes
// its containers only when it stops, and tests end with kill -9 (a passing
// make test left modeled@1.0.0's warm container running).
func removeDockerLeftovers(t *testing.T, n *Node, agents ...string) {
	t.Helper()
	peer := n.Status(t).PeerID
	t.Cleanup(func() {
		n.Kill(t)
		docker := func(args ...string) (string, error) {
			out, err := exec.Command("docker", args...).CombinedOutput()
			if err != nil {
				err = fmt.Errorf("docker %s: %v: %s", strings.Join(args, " "), err, out)
			}
			return strings.TrimSpace(string(out)), err
		}
		ps, err := docker("ps", "-aq", "--filter", "label=cere.node="+peer)
		if err != nil {
			t.Error(err)
		}
		if ids := strings.Fields(ps); len(ids) > 0 {
			if _, err := docker(append([]string{"rm", "-f"}, ids...)...); err != nil {
				t.Error(err)
			}
		}
		// An agent's image is shared by every node on this engine that built
		// it (another package's tests run at the same time): one still used
		// by a container of theirs stays.
		for _, a := range agents {
			images, err := docker("image", "ls", "-q", "--filter", "label=cere.agent="+a)
			if err != nil {
				t.Error(err)
			}
			for _, id := range strings.Fields(images) {
				if _, err := docker("image", "rm", id); err != nil {
					t.Logf("left for its other users: %v", err)
				}
			}
		}
	})
}

// needDocker skips the test without a Docker engine, except in CI (CI set)
// or as root, where make test provides one and a skip would hide a failure.
func needDocker(t *testing.T) {
	t.Helper()
	if out, err := exec.Command("docker", "version").CombinedOutput(); err != nil {
		if os.Getenv("CI") != "" || os.Geteuid() == 0 {
			t.Fatalf("no Docker engine, which CI and root runs of make test provide: %v %s", err, out)
		}
		t.Skip("no Docker engine")
	}
}
