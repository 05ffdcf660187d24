package workflow

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cerestack/cere/store"
)

// recordingAgents notes the order calls start in, by payer, and holds
// each for hold.
type recordingAgents struct {
	hold time.Duration
	mu   sync.Mutex
	log  []string
}

func (a *recordingAgents) Invoke(ctx context.Context, ref string, call AgentCall) (any, error) {
	a.mu.Lock()
	a.log = append(a.log, call.Payer)
	a.mu.Unlock()
	if a.hold > 0 {
		time.Sleep(a.hold)
	}
	return nil, nil
}

func (a *recordingAgents) calls() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.log...)
}

// guestEngine is an engine whose owners named "guest…" are guests,
// "member…" members, others operators, with quotas q.
func guestEngine(t *testing.T, agents Agents, q Quotas, observe func(Message)) *Engine {
	e, _ := newEngineWith(t, agents, func(d *Deps) {
		d.Quotas = q
		d.Class = func(owner string) Class {
			switch {
			case strings.HasPrefix(owner, "guest"):
				return Guest
			case strings.HasPrefix(owner, "member"):
				return Member
			}
			return Operator
		}
		if observe != nil {
			d.Observe = observe
		}
	})
	return e
}

// deployAgentFlow deploys owner's workflow that calls an agent for each
// event of type typ.
func deployAgentFlow(t *testing.T, e *Engine, owner, typ string, concurrency int) {
	t.Helper()
	w := &Workflow{Name: "flow", Concurrency: concurrency, Nodes: []Node{
		{ID: "in", Kind: KindTrigger, Event: typ, Wires: []string{"work"}},
		{ID: "work", Kind: KindAgent, Agent: "worker@1"},
	}}
	if err := w.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Deploy(Key{owner, "flow"}, 1, "c", w); err != nil {
		t.Fatal(err)
	}
}

func sendEvents(t *testing.T, e *Engine, typ string, n int) {
	t.Helper()
	for i := range n {
		if err := e.Dispatch(&store.Event{SpecVersion: "1.0", ID: fmt.Sprint(typ, i), Source: "t", Type: typ}, 0); err != nil {
			t.Fatalf("%s %d: %v", typ, i, err)
		}
	}
}

// TestGuestsTakeTurns: a guest that sends a hundred executions delays
// another guest's by one turn, not a hundred, and a member's executions
// do not wait for the guests' slot at all.
func TestGuestsTakeTurns(t *testing.T) {
	agents := &recordingAgents{hold: 2 * time.Millisecond}
	q := DefaultQuotas()
	q.Slots, q.Executions, q.Time, q.AllTime = 1, 10000, time.Minute, time.Minute
	e := guestEngine(t, agents, q, nil)
	deployAgentFlow(t, e, "guest-flood", "flood", 100)
	deployAgentFlow(t, e, "guest-quiet", "quiet", 100)
	deployAgentFlow(t, e, "member-real", "real", 100)
	sendEvents(t, e, "flood", 100)
	sendEvents(t, e, "quiet", 1)
	sendEvents(t, e, "real", 1)
	waitFor(t, "102 executions", func() bool { return e.stats.Finished.Load() == 102 })
	calls := agents.calls()
	for i, p := range calls {
		if p == "guest-quiet" && i > 3 {
			t.Errorf("the quiet guest's execution started %dth, behind the flood: %v", i+1, calls[:i+1])
		}
		if p == "member-real" && i > 3 {
			t.Errorf("the member's execution started %dth, behind the guests", i+1)
		}
	}
}

// TestGuestQuotas: a guest's executions a second and its execution time
// hold its executions back (they wait, and all run), past its queue they
// are refused with an error naming the quota, and a removed workflow's
// waiting executions are dropped.
func TestGuestQuotas(t *testing.T) {
	t.Run("executions a second", func(t *testing.T) {
		agents := &recordingAgents{}
		q := DefaultQuotas()
		q.Executions, q.Time, q.AllTime = 20, time.Minute, time.Minute // a burst of 40, then 20 a second
		e := guestEngine(t, agents, q, nil)
		deployAgentFlow(t, e, "guest-a", "a", 100)
		start := time.Now()
		sendEvents(t, e, "a", 60)
		waitFor(t, "60 executions", func() bool { return e.stats.Finished.Load() == 60 })
		if took := time.Since(start); took < 900*time.Millisecond {
			t.Errorf("60 executions at 20 a second past a burst of 40 took %v, want a second or more", took)
		}
	})
	t.Run("execution time", func(t *testing.T) {
		agents := &recordingAgents{hold: 20 * time.Millisecond}
		q := DefaultQuotas()
		q.Executions, q.Time, q.AllTime = 10000, 50*time.Millisecond, time.Minute // 50 ms a second
		e := guestEngine(t, agents, q, nil)
		deployAgentFlow(t, e, "guest-a", "a", 100)
		start := time.Now()
		sendEvents(t, e, "a", 8) // 160 ms of execution: the burst of 50 ms, then over two seconds
		waitFor(t, "8 executions", func() bool { return e.stats.Finished.Load() == 8 })
		if took := time.Since(start); took < 1500*time.Millisecond {
			t.Errorf("160 ms of executions at 50 ms a second took %v, want two seconds or so", took)
		}
	})
	t.Run("queue", func(t *testing.T) {
		agents := blockingAgents{release: make(chan struct{})}
		var mu sync.Mutex
		var errs []string
		q := DefaultQuotas()
		q.Slots, q.Waiting = 1, 5
		e := guestEngine(t, agents, q, func(m Message) {
			if m.Topic == "error" {
				mu.Lock()
				errs = append(errs, fmt.Sprint(m.Data))
				mu.Unlock()
			}
		})
		deployAgentFlow(t, e, "guest-a", "a", 100)
		sendEvents(t, e, "a", 1+5+3) // one runs, five wait, three are refused
		waitFor(t, "three refused", func() bool { return e.stats.Refused.Load() == 3 })
		mu.Lock()
		if len(errs) != 1 || !strings.Contains(errs[0], "quota as a guest") {
			t.Errorf("errors on the stream: %q", errs)
		}
		mu.Unlock()
		e.Undeploy(Key{"guest-a", "flow"})
		close(agents.release)
		waitFor(t, "the execution under way", func() bool { return e.stats.Finished.Load() == 1 })
		time.Sleep(50 * time.Millisecond)
		if n := e.stats.Executions.Load(); n != 1 {
			t.Errorf("%d executions started; the removed workflow's waiting ones should have been dropped", n)
		}
	})
}

// hookBehindGuest is an engine with one slot for guests, held by an
// execution of guest-a's that waits for agents.release, and guest-b's
// webhook workflow (hook path "h") deployed.
func hookBehindGuest(t *testing.T) (*Engine, blockingAgents) {
	t.Helper()
	agents := blockingAgents{release: make(chan struct{})}
	q := DefaultQuotas()
	q.Slots = 1
	e := guestEngine(t, agents, q, nil)
	deployAgentFlow(t, e, "guest-a", "a", 100)
	hook := &Workflow{Name: "hook", Nodes: []Node{
		{ID: "in", Kind: KindTrigger, Webhook: &Webhook{Path: "h"}, Wires: []string{"out"}},
		{ID: "out", Kind: KindEmit, Emit: "done"},
	}}
	if err := hook.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Deploy(Key{"guest-b", "hook"}, 1, "c", hook); err != nil {
		t.Fatal(err)
	}
	sendEvents(t, e, "a", 1) // holds the only slot
	waitFor(t, "guest-a's execution", func() bool { return e.stats.Executions.Load() == 1 })
	return e, agents
}

// TestGuestWebhookTakesItsTurn: a guest's webhook waits for the guests'
// slot like its events do, and gives up when its caller does.
func TestGuestWebhookTakesItsTurn(t *testing.T) {
	e, agents := hookBehindGuest(t)
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	ev := &store.Event{SpecVersion: "1.0", ID: "w1", Source: "t", Type: "hook"}
	if _, _, err := e.Webhook(ctx, Key{"guest-b", "hook"}, "h", "POST", ev, func(*Webhook) bool { return true }); err == nil {
		t.Fatal("the webhook ran while another guest held the only slot")
	}
	close(agents.release)
	ev.ID = "w2"
	if _, _, err := e.Webhook(t.Context(), Key{"guest-b", "hook"}, "h", "POST", ev, func(*Webhook) bool { return true }); err != nil {
		t.Fatalf("once the slot is free: %v", err)
	}
}

// TestShareWithRequests: the guests' slots are shared between their
// executions and what else the node does for them (their API requests):
// a request waits while an execution holds the only slot, gives up after
// its wait, takes the slot once it is free, and holds the executions back
// until it gives it back.
func TestShareWithRequests(t *testing.T) {
	agents := blockingAgents{release: make(chan struct{})}
	share := NewShare(1, 0)
	q := DefaultQuotas()
	e, _ := newEngineWith(t, agents, func(d *Deps) {
		d.Quotas, d.Share = q, share
		d.Class = func(string) Class { return Guest }
	})
	deployAgentFlow(t, e, "guest-a", "a", 100)
	sendEvents(t, e, "a", 1)
	waitFor(t, "the execution", func() bool { return e.stats.Executions.Load() == 1 })
	if ok, _ := share.Acquire(t.Context(), 20*time.Millisecond); ok {
		t.Fatal("a request took the only slot while an execution held it")
	}
	got := make(chan bool)
	go func() {
		ok, _ := share.Acquire(t.Context(), 10*time.Second)
		got <- ok
	}()
	time.Sleep(20 * time.Millisecond) // the request waits
	if err := e.Dispatch(&store.Event{SpecVersion: "1.0", ID: "a-next", Source: "t", Type: "a"}, 0); err != nil {
		t.Fatal(err)
	}
	close(agents.release)
	if !<-got {
		t.Fatal("the waiting request did not get the slot the execution gave back")
	}
	time.Sleep(50 * time.Millisecond)
	if n := e.stats.Executions.Load(); n != 1 {
		t.Fatalf("%d executions started while the request held the only slot", n)
	}
	share.Release(time.Millisecond)
	waitFor(t, "the next execution, once the request gave the slot back", func() bool { return e.stats.Finished.Load() == 2 })
}

// TestGuestsTimeTogether: the guests' time together (Quotas.AllTime) holds
// back every guest's executions once spent, each guest within its own
// quota, and a request for a slot then fails at once, saying how long
// until the guests may go on.
func TestGuestsTimeTogether(t *testing.T) {
	agents := &recordingAgents{hold: 40 * time.Millisecond}
	q := DefaultQuotas()
	q.Slots, q.Executions, q.Time, q.AllTime = 4, 10000, time.Minute, 50*time.Millisecond
	share := NewShare(q.Slots, q.AllTime)
	e, _ := newEngineWith(t, agents, func(d *Deps) {
		d.Quotas, d.Share = q, share
		d.Class = func(string) Class { return Guest }
	})
	for _, g := range []string{"guest-a", "guest-b"} {
		deployAgentFlow(t, e, g, g, 100)
	}
	start := time.Now()
	sendEvents(t, e, "guest-a", 4)
	sendEvents(t, e, "guest-b", 4) // 320 ms of execution at 50 ms a second
	waitFor(t, "the first executions, and the time spent", func() bool { return e.stats.Finished.Load() >= 3 })
	if ok, retry := share.Acquire(t.Context(), time.Second); ok || retry <= 0 {
		t.Errorf("a request while the guests' time is spent: %v, retry in %v; want a refusal with a wait", ok, retry)
	}
	waitFor(t, "all 8 executions", func() bool { return e.stats.Finished.Load() == 8 })
	if took := time.Since(start); took < 1500*time.Millisecond {
		t.Errorf("320 ms of the guests' executions at 50 ms a second took %v, want five seconds or so", took)
	}
}

// TestCloseWithGuestsWaiting: an engine closes while a guest's webhook
// waits for its turn (the only slot held by an execution): the webhook
// gives up and Close returns.
func TestCloseWithGuestsWaiting(t *testing.T) {
	e, _ := hookBehindGuest(t)
	called := make(chan error, 1)
	go func() {
		ev := &store.Event{SpecVersion: "1.0", ID: "w1", Source: "t", Type: "hook"}
		_, _, err := e.Webhook(context.Background(), Key{"guest-b", "hook"}, "h", "POST", ev, func(*Webhook) bool { return true })
		called <- err
	}()
	time.Sleep(50 * time.Millisecond) // the webhook waits for its turn
	closed := make(chan struct{})
	go func() { e.Close(); close(closed) }()
	select {
	case <-closed:
	case <-time.After(10 * time.Second):
		t.Fatal("Close did not return while a guest's webhook waited for its turn")
	}
	if err := <-called; err == nil {
		t.Error("the waiting webhook ran, though the engine closed")
	}
}
