package workflow

import (
	"fmt"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/cerestack/cere/script"
)

// TestMain makes the test binary a script worker when a test's pool starts
// it, as `cere script-worker` is for the node.
func TestMain(m *testing.M) {
	script.ServeIfWorker()
	os.Exit(m.Run())
}

// TestIsolatedOwners: the scripts and JavaScript rules of an owner who is
// not an operator run in worker processes, with the same results as the
// operator's in process, and one that holds its processor in a native step
// fails at its deadline.
func TestIsolatedOwners(t *testing.T) {
	const operator, mallory = "0x0000000000000000000000000000000000000001", "0x3A11C00000000000000000000000000000000BAD"
	var ws *script.Workers
	e, s := newEngineWith(t, nil, func(d *Deps) {
		ws = d.Scripts.UseWorkers(t.Context(), script.WorkerConfig{Command: []string{os.Args[0]}, Env: []string{script.WorkerEnv + "=1"}})
		t.Cleanup(func() { ws.Close() })
		d.Class = func(owner string) Class {
			if owner == operator {
				return Operator
			}
			return Member
		}
	})

	w, err := Parse("hot.yaml", []byte(`name: hot
nodes:
  - {id: readings, kind: trigger, event: sensor.reading, wires: [hot]}
  - id: hot
    kind: rule
    script: |
      let hot = false;
      for (const k of Object.keys(data)) if (k === "temp") hot = data.temp > 80;
      return hot;
    wires: [text]
  - id: text
    kind: script
    script: |
      const out = {device: data.device};
      out.temp = Math.round(data.temp * 10) / 10;
      return out;
    wires: [raise]
  - {id: raise, kind: emit, emit: alert.raised}
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, owner := range []string{operator, mallory} {
		if _, err := e.Deploy(Key{owner, w.Name}, 1, "cid", w); err != nil {
			t.Fatal(err)
		}
	}
	for i, temp := range []float64{20, 81.25, 79.9, 95.5} {
		if err := e.Dispatch(reading(fmt.Sprint(i), temp), 0); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "eight executions", func() bool { return e.stats.Finished.Load() == 8 })
	bySource := map[string][]string{}
	for _, a := range s.of("alert.raised") {
		bySource[a.Source] = append(bySource[a.Source], string(a.Data))
	}
	ours, theirs := bySource[EmitSource+operator+"/hot"], bySource[EmitSource+mallory+"/hot"]
	slices.Sort(ours)
	slices.Sort(theirs)
	if len(ours) != 2 || !slices.Equal(ours, theirs) {
		t.Fatalf("the operator's alerts %v, the other owner's %v: want the same two", ours, theirs)
	}
	e.mu.RLock()
	for _, owner := range []string{operator, mallory} {
		d := e.running[Key{owner, w.Name}]
		if (d.steps["hot"].class != Operator) != (owner == mallory) || d.steps["text"].prog.Isolated() != (owner == mallory) {
			t.Errorf("%s's steps: %v, isolated %v", owner, d.steps["hot"].class, d.steps["text"].prog.Isolated())
		}
	}
	e.mu.RUnlock()
	if ws.Stats().Started == 0 {
		t.Fatal("no worker started for the other owner's scripts")
	}

	// A native step past the deadline: the worker is killed, the
	// execution fails.
	slow, err := Parse("slow.yaml", []byte(`name: slow
nodes:
  - {id: readings, kind: trigger, event: sensor.reading, wires: [spread]}
  - {id: spread, kind: script, deadline: 200ms, script: 'return Object.keys({..."a".repeat(1e6)}).length'}
`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Deploy(Key{mallory, slow.Name}, 1, "cid", slow); err != nil {
		t.Fatal(err)
	}
	failed := e.stats.Failed.Load()
	start := time.Now()
	if err := e.Dispatch(reading("slow", 20), 0); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the slow execution to fail", func() bool { return e.stats.Failed.Load() > failed })
	took := time.Since(start)
	t.Logf("failed after %s", took.Round(time.Millisecond))
	if ws.Stats().Killed != 1 || took > 200*time.Millisecond+time.Second {
		t.Fatalf("killed %d workers, failed after %s", ws.Stats().Killed, took)
	}
}
