package workflow

import (
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cerestack/cere/store"
)

// TestDispatchDone: DispatchWait's done comes once the event's executions
// have ended, what they emitted handed on before it; at once for an event
// no trigger matches; and never for an execution the engine's close cut
// short, nor one still waiting in the queue, which a restart runs again.
func TestDispatchDone(t *testing.T) {
	e, s := newEngine(t, nil)
	src, _ := os.ReadFile("../examples/workflows/sensor-anomaly.yaml")
	w, err := Parse("sensor-anomaly.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Deploy(Key{"0xowner", w.Name}, 1, "cid1", w); err != nil {
		t.Fatal(err)
	}
	done := make(chan int, 1)
	if err := e.DispatchWait(t.Context(), reading("1", 95), 0, time.Second, func() { done <- len(s.of("alert.raised")) }); err != nil {
		t.Fatal(err)
	}
	select {
	case alerts := <-done:
		if alerts != 1 {
			t.Fatalf("done with %d alerts emitted, want 1", alerts)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("done not called")
	}
	var unmatched atomic.Bool
	other := &store.Event{SpecVersion: "1.0", ID: "2", Source: "test", Type: "other"}
	if err := e.DispatchWait(t.Context(), other, 0, time.Second, func() { unmatched.Store(true) }); err != nil || !unmatched.Load() {
		t.Fatalf("an event no trigger matches: done %v, %v", unmatched.Load(), err)
	}

	agents := blockingAgents{release: make(chan struct{})}
	e, _ = newEngine(t, agents)
	slow := &Workflow{Name: "slow", Concurrency: 1, Nodes: []Node{
		{ID: "in", Kind: KindTrigger, Event: "job", Wires: []string{"work"}},
		{ID: "work", Kind: KindAgent, Agent: "worker@1"},
	}}
	if err := slow.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Deploy(Key{"0xowner", "slow"}, 1, "c", slow); err != nil {
		t.Fatal(err)
	}
	var finished atomic.Int32
	for _, id := range []string{"running", "queued"} {
		ev := &store.Event{SpecVersion: "1.0", ID: id, Source: "t", Type: "job"}
		if err := e.DispatchWait(t.Context(), ev, 0, time.Second, func() { finished.Add(1) }); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "the first execution", func() bool { return e.stats.Executions.Load() == 1 })
	e.Close()
	if n := finished.Load(); n != 0 {
		t.Fatalf("done called %d times for executions the close cut short", n)
	}
}
