package rules

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cerestack/cere/script"
	"github.com/cerestack/cere/store"
)

// TestScriptLibrary runs the ready scripts in examples/scripts the way a
// workflow step does: event, data, output, env, with the node's history.
func TestScriptLibrary(t *testing.T) {
	_, h := newService(t)
	engine := script.NewEngine(script.Limits{})
	load := func(name string) *script.Program {
		src, err := os.ReadFile(filepath.Join("..", "examples", "scripts", name))
		if err != nil {
			t.Fatal(err)
		}
		p, err := engine.Compile(string(src), "event", "data", "output", "env")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return p
	}
	now := time.Now()
	record := func(typ, device string, temp float64, ago time.Duration) Facts {
		data, _ := json.Marshal(map[string]any{"device": device, "temp": temp})
		e := &store.Event{SpecVersion: "1.0", ID: fmt.Sprint(now.UnixNano()), Source: "t", Type: typ, Time: now.Add(-ago), Data: data}
		if err := h.Append(e); err != nil {
			t.Fatal(err)
		}
		var f Facts
		raw, _ := json.Marshal(e)
		json.Unmarshal(raw, &f)
		return f
	}
	run := func(p *script.Program, event Facts, env map[string]any) script.Outcome {
		t.Helper()
		out, err := engine.ExecWith(t.Context(), p, 0, NewHistoryHost(h, event), event, event["data"], nil, env)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}

	threshold := load("threshold-alert.js")
	hot := record("sensor.reading", "d1", 85.5, 0)
	out := run(threshold, hot, map[string]any{"limit": 80})
	if out.Result.(map[string]any)["alert"] != true || len(out.Emitted) != 1 || out.Emitted[0].Type != "alert.raised" {
		t.Fatalf("threshold on 85.5: %+v", out)
	}
	if out := run(threshold, record("sensor.reading", "d1", 70, 0), nil); out.Result.(map[string]any)["alert"] != false {
		t.Fatalf("threshold on 70: %+v", out)
	}

	for i, temp := range []float64{10, 20, 30} {
		record("sensor.reading", "d2", temp, time.Duration(3-i)*time.Minute)
	}
	record("sensor.reading", "d2", 1000, time.Hour) // outside the window
	avg := run(load("moving-average.js"), record("sensor.reading", "d2", 40, 0), map[string]any{"window": "10m"})
	if m := avg.Result.(map[string]any); m["average"] != 25.0 || m["readings"] != 4.0 {
		t.Fatalf("moving average: %+v", avg.Result)
	}

	debounce := load("debounce.js")
	first := run(debounce, record("alert.raised", "d3", 90, 0), nil)
	if first.Result.(map[string]any)["passed"] != true || len(first.Emitted) != 1 {
		t.Fatalf("debounce, first: %+v", first)
	}
	record(first.Emitted[0].Type, "d3", 90, 0) // the node records what a step emits
	if again := run(debounce, record("alert.raised", "d3", 91, 0), nil); again.Result.(map[string]any)["passed"] != false {
		t.Fatalf("debounce, second within 5m: %+v", again)
	}

	limit := load("rate-limit.js")
	var last script.Outcome
	for i := range 12 {
		last = run(limit, record("click", "d4", float64(i), 0), map[string]any{"max": 10})
	}
	if m := last.Result.(map[string]any); m["allowed"] != false || m["seen"] != 12.0 {
		t.Fatalf("rate limit after 12: %+v", m)
	}

	reshape := run(load("reshape.js"), Facts{"data": map[string]any{"device": "d5", "env": map[string]any{"t": 21.5}}},
		map[string]any{"map": map[string]any{"sensor.id": "device", "temperature": "env.t"}})
	if got, _ := json.Marshal(reshape.Result); string(got) != `{"sensor":{"id":"d5"},"temperature":21.5}` {
		t.Fatalf("reshape: %s", got)
	}
}
