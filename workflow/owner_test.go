package workflow

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/cerestack/cere/store"
)

// TestEmitsStayWithTheirOwner: an event a workflow raised fires the event
// triggers of its owner's workflows only, unless a trigger names the source
// it accepts; events from outside fire anyone's.
func TestEmitsStayWithTheirOwner(t *testing.T) {
	const alice, mallory = "0xA11CE0000000000000000000000000000000A11CE", "0x3A11C00000000000000000000000000000000BAD"
	plain := &step{node: &Node{Kind: KindTrigger, Event: "alert.*"}, owner: alice}
	named := &step{node: &Node{Kind: KindTrigger, Event: "alert.*", Source: EmitSource + mallory + "/*"}, owner: alice}
	for _, tc := range []struct {
		name   string
		t      *step
		source string
		want   bool
	}{
		{"from outside", plain, "sensor-17", true},
		{"raised by the owner's workflow", plain, EmitSource + alice + "/flow", true},
		{"raised by another owner's workflow", plain, EmitSource + mallory + "/flood", false},
		{"another owner's, named by the trigger", named, EmitSource + mallory + "/flood", true},
		{"a source the trigger does not name", named, EmitSource + alice + "/flow", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev := &store.Event{SpecVersion: "1.0", ID: "1", Type: "alert.raised", Source: tc.source}
			if got := tc.t.matches(ev); got != tc.want {
				t.Errorf("matches %s: %v, want %v", tc.source, got, tc.want)
			}
		})
	}
}

// TestMemberDoesNotHoldTheDispatcher: a workflow of a member (not an
// operator), stuck at its concurrency limit, neither holds another
// owner's events back nor grows without bound: its executions wait in its
// own backlog, past MaxWaiting they are refused with an error on the
// stream (one a second, counting them), and once it is unstuck every one that waited runs. An
// operator's workflow keeps holding the dispatcher (ingest then answers
// 429: TestBackpressure).
func TestMemberDoesNotHoldTheDispatcher(t *testing.T) {
	agents := blockingAgents{release: make(chan struct{})}
	var mu sync.Mutex
	var errs []Message
	e, _ := newEngineWith(t, agents, func(d *Deps) {
		d.Class = func(owner string) Class {
			if owner == "0xmallory" {
				return Member
			}
			return Operator // alice's script runs in process: this engine has no workers
		}
		d.Observe = func(m Message) {
			if m.Topic == "error" {
				mu.Lock()
				errs = append(errs, m)
				mu.Unlock()
			}
		}
	})
	stuck := &Workflow{Name: "stuck", Concurrency: 1, Nodes: []Node{
		{ID: "in", Kind: KindTrigger, Event: "job", Wires: []string{"work"}},
		{ID: "work", Kind: KindAgent, Agent: "worker@1"},
	}}
	quick := &Workflow{Name: "quick", Nodes: []Node{
		{ID: "in", Kind: KindTrigger, Event: "reading", Wires: []string{"map"}},
		{ID: "map", Kind: KindScript, Script: "return 1"},
	}}
	for key, w := range map[Key]*Workflow{{"0xmallory", "stuck"}: stuck, {"0xalice", "quick"}: quick} {
		if err := w.Validate(); err != nil {
			t.Fatal(err)
		}
		if _, err := e.Deploy(key, 1, "c", w); err != nil {
			t.Fatal(err)
		}
	}
	jobs := 1 + MaxWaiting + 10
	for i := range jobs {
		if err := e.Dispatch(&store.Event{SpecVersion: "1.0", ID: fmt.Sprint("j", i), Source: "t", Type: "job"}, 0); err != nil {
			t.Fatalf("job %d: %v", i, err)
		}
	}
	for i := range 20 {
		if err := e.Dispatch(&store.Event{SpecVersion: "1.0", ID: fmt.Sprint("r", i), Source: "t", Type: "reading"}, 0); err != nil {
			t.Fatalf("reading %d: %v", i, err)
		}
	}
	waitFor(t, "alice's 20 executions while mallory's workflow is stuck", func() bool { return e.stats.Finished.Load() == 20 })
	waitFor(t, "10 of mallory's executions refused", func() bool { return e.stats.Refused.Load() == 10 })
	mu.Lock()
	// Told once a second at most, with the count since the last told.
	if len(errs) != 1 || !strings.Contains(fmt.Sprint(errs[0].Data), "execution refused") || errs[0].Workflow != "0xmallory/stuck" {
		t.Errorf("errors on the stream: %d, first %+v", len(errs), errs[0])
	}
	mu.Unlock()
	close(agents.release)
	waitFor(t, "every execution that waited", func() bool { return e.stats.Finished.Load() == uint64(20+1+MaxWaiting) })
}
