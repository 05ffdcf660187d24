package workflow

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cerestack/cere/rules"
	"github.com/cerestack/cere/script"
	"github.com/cerestack/cere/store"
)

// sink collects what workflows emit, and may dispatch it on.
type sink struct {
	mu     sync.Mutex
	events []*store.Event
	e      *Engine
}

func (s *sink) emit(ctx context.Context, evs []*store.Event, depth int) error {
	s.mu.Lock()
	s.events = append(s.events, evs...)
	s.mu.Unlock()
	if s.e != nil {
		for _, ev := range evs {
			if err := s.e.Dispatch(ev, depth); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *sink) of(typ string) []*store.Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*store.Event
	for _, ev := range s.events {
		if ev.Type == typ {
			out = append(out, ev)
		}
	}
	return out
}

func newEngine(t testing.TB, agents Agents) (*Engine, *sink) {
	return newEngineWith(t, agents, nil)
}

// newEngineWith is newEngine with deps changed by edit (when not nil)
// before the engine is made.
func newEngineWith(t testing.TB, agents Agents, edit func(*Deps)) (*Engine, *sink) {
	t.Helper()
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h, err := store.OpenHistory(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	scripts := script.NewEngine(script.Limits{})
	s := &sink{}
	deps := Deps{Scripts: scripts, Rules: rules.NewService(scripts, h), History: h, Agents: agents, Emit: s.emit}
	if edit != nil {
		edit(&deps)
	}
	e := NewEngine(deps)
	t.Cleanup(e.Close)
	return e, s
}

func reading(id string, temp float64) *store.Event {
	data, _ := json.Marshal(map[string]any{"device": "d" + id, "temp": temp})
	return &store.Event{SpecVersion: "1.0", ID: id, Source: "test", Type: "sensor.reading", Time: time.Now(), Data: data}
}

func waitFor(t testing.TB, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestSensorAnomaly: the example workflow on ten readings, three of them
// above 80, raises exactly three alerts with the device, the temperature
// and the text.
func TestSensorAnomaly(t *testing.T) {
	e, s := newEngine(t, nil)
	src, _ := os.ReadFile("../examples/workflows/sensor-anomaly.yaml")
	w, err := Parse("sensor-anomaly.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Deploy(Key{"0xowner", w.Name}, 1, "cid1", w); err != nil {
		t.Fatal(err)
	}
	for i, temp := range []float64{20, 81, 79.9, 80, 95.5, 10, 30, 100, 50, 60} {
		if err := e.Dispatch(reading(fmt.Sprint(i), temp), 0); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "ten executions", func() bool { return e.stats.Finished.Load() == 10 })
	e.Close()
	alerts := s.of("alert.raised")
	if len(alerts) != 3 {
		t.Fatalf("%d alerts, want 3", len(alerts))
	}
	seen := map[string]bool{}
	for _, a := range alerts {
		// An alert's id is derived from its workflow, event, step and
		// count; this pins the derivation.
		if a.Source != "cere:workflow/0xowner/sensor-anomaly" || (strings.Contains(string(a.Data), `"d1"`) && a.ID != "7b4ce175f652ddd6ef829e3ecc1475c2") {
			t.Fatalf("alert %s from %s", a.ID, a.Source)
		}
		var d struct {
			Device string
			Temp   float64
			Text   string
		}
		json.Unmarshal(a.Data, &d)
		seen[d.Device] = true
		if d.Temp <= 80 || d.Text != fmt.Sprintf("Device %s is at %.1f°C, over 80", d.Device, d.Temp) {
			t.Fatalf("alert: %s", a.Data)
		}
	}
	if !seen["d1"] || !seen["d4"] || !seen["d7"] {
		t.Fatalf("alerts for %v", seen)
	}
}

// TestHotReload: under a stream of events, five new versions are deployed;
// every event yields exactly one output, from one version, and each version
// is used.
func TestHotReload(t *testing.T) {
	e, s := newEngine(t, nil)
	version := func(v int) *Workflow {
		w := &Workflow{Name: "reload", Env: map[string]any{"v": v}, Nodes: []Node{
			{ID: "in", Kind: KindTrigger, Event: "tick", Wires: []string{"mark"}},
			{ID: "mark", Kind: KindScript, Script: "return {id: event.id, v: env.v};", Wires: []string{"out"}},
			{ID: "out", Kind: KindEmit, Emit: "tock"},
		}}
		if err := w.Validate(); err != nil {
			t.Fatal(err)
		}
		return w
	}
	key := Key{"0xowner", "reload"}
	if _, err := e.Deploy(key, 1, "c1", version(1)); err != nil {
		t.Fatal(err)
	}
	// The sender sends 500 events, waits until they were dispatched, then
	// lets a version be deployed, and goes on without waiting for the 500
	// to run: each deploy lands while executions of the old one run.
	blockSent, deployed := make(chan struct{}), make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 3000; i++ {
			ev := &store.Event{SpecVersion: "1.0", ID: fmt.Sprint(i), Source: "t", Type: "tick", Time: time.Now()}
			for e.Dispatch(ev, 0) != nil {
				time.Sleep(time.Millisecond)
			}
			if i%500 == 499 && i < 2999 {
				for e.stats.Dispatched.Load() < uint64(i+1) {
					time.Sleep(time.Millisecond)
				}
				blockSent <- struct{}{}
				<-deployed
			}
		}
	}()
	for v := 2; v <= 6; v++ {
		<-blockSent
		changes, err := e.Deploy(key, v, fmt.Sprint("c", v), version(v))
		if err != nil {
			t.Fatal(err)
		}
		if len(changes.Added)+len(changes.Removed)+len(changes.Changed)+len(changes.Rewired) != 0 {
			t.Fatalf("env only changed, yet: %+v", changes)
		}
		deployed <- struct{}{}
	}
	<-done
	waitFor(t, "all outputs", func() bool { return len(s.of("tock")) >= 3000 })
	time.Sleep(50 * time.Millisecond)
	outs := s.of("tock")
	byEvent := map[string]int{}
	versions := map[float64]int{}
	for _, o := range outs {
		var d struct {
			ID string
			V  float64
		}
		json.Unmarshal(o.Data, &d)
		byEvent[d.ID]++
		versions[d.V]++
	}
	if len(outs) != 3000 || len(byEvent) != 3000 {
		t.Fatalf("%d outputs for %d events, want 3000 each", len(outs), len(byEvent))
	}
	for v := 1.0; v <= 6; v++ {
		if versions[v] == 0 {
			t.Fatalf("version %v ran no event: %v", v, versions)
		}
	}
}

// versionedAgents answers for agent versions: the canary "2.0" fails every
// other call. It stands in for the Agent Runtime, which this test is not
// about: the split and the rollback are the engine's.
type versionedAgents struct {
	mu    sync.Mutex
	calls map[string]int
}

func (a *versionedAgents) Invoke(ctx context.Context, ref string, call AgentCall) (any, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.calls[ref]++
	if ref == "scorer@2.0" && a.calls[ref]%2 == 0 {
		return nil, fmt.Errorf("scorer 2.0 failed")
	}
	return map[string]any{"by": ref}, nil
}

// TestCanary: a 10% canary takes 10% ± 3% of 10,000 events, chosen by event
// id; failing half its calls, it is rolled back after at least 100 calls,
// and the stream is told.
func TestCanary(t *testing.T) {
	agents := &versionedAgents{calls: map[string]int{}}
	e, _ := newEngine(t, agents)
	var rollbacks atomic.Int32
	e.deps.Observe = func(m Message) {
		if d, ok := m.Data.(map[string]any); ok && m.Topic == "deploy" && d["canary"] == "rolled back" {
			rollbacks.Add(1)
		}
	}
	w := &Workflow{Name: "canary", Nodes: []Node{
		{ID: "in", Kind: KindTrigger, Event: "job", Wires: []string{"score"}},
		{ID: "score", Kind: KindAgent, Agent: "scorer@1.0", Canary: &Canary{Version: "2.0", Percent: 10}, OnError: "continue"},
	}}
	if err := w.Validate(); err != nil {
		t.Fatal(err)
	}
	key := Key{"0xowner", "canary"}
	if _, err := e.Deploy(key, 1, "c1", w); err != nil {
		t.Fatal(err)
	}
	// The split alone, on 10,000 ids.
	in := 0
	for i := range 10000 {
		if inCanary(fmt.Sprintf("event-%d", i), 10) {
			in++
		}
	}
	if in < 700 || in > 1300 {
		t.Fatalf("%d of 10,000 in a 10%% canary", in)
	}
	for i := range 10000 {
		ev := &store.Event{SpecVersion: "1.0", ID: fmt.Sprintf("event-%d", i), Source: "t", Type: "job", Time: time.Now()}
		for e.Dispatch(ev, 0) != nil {
			time.Sleep(time.Millisecond)
		}
	}
	waitFor(t, "10,000 executions", func() bool { return e.stats.Finished.Load() == 10000 })
	st := e.Canaries(key)
	if len(st) != 1 || !st[0].RolledBack || st[0].Trial.Calls < CanaryMinCalls || st[0].Trial.Calls > CanaryMinCalls+DefaultConcurrency {
		t.Fatalf("canary: %+v", st)
	}
	if st[0].Main.Calls+st[0].Trial.Calls != 10000 || rollbacks.Load() != 1 {
		t.Fatalf("calls %d + %d, rollbacks told %d", st[0].Main.Calls, st[0].Trial.Calls, rollbacks.Load())
	}
}

// TestErrorsAndRetries: a failing step is retried as asked, then handed to
// its on_error node with the error; "continue" goes on without output.
func TestErrorsAndRetries(t *testing.T) {
	e, s := newEngine(t, nil)
	w := &Workflow{Name: "errors", Nodes: []Node{
		{ID: "in", Kind: KindTrigger, Event: "job", Wires: []string{"flaky", "skip"}},
		{ID: "flaky", Kind: KindScript, Script: "throw new Error('broken ' + data.n);", Retry: &Retry{Max: 2, Backoff: "1ms"}, OnError: "handler", Wires: []string{"never"}},
		{ID: "never", Kind: KindEmit, Emit: "never"},
		{ID: "handler", Kind: KindEmit, Emit: "handled"},
		{ID: "skip", Kind: KindScript, Script: "return data.nope.deeper;", OnError: "continue", Wires: []string{"after"}},
		{ID: "after", Kind: KindEmit, Emit: "after"},
	}}
	if err := w.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Deploy(Key{"0xowner", "errors"}, 1, "c", w); err != nil {
		t.Fatal(err)
	}
	var errs atomic.Int32
	e.deps.Observe = func(m Message) {
		if m.Topic == "error" {
			errs.Add(1)
		}
	}
	if err := e.Dispatch(&store.Event{SpecVersion: "1.0", ID: "1", Source: "t", Type: "job", Data: json.RawMessage(`{"n": 7}`)}, 0); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the execution", func() bool { return e.stats.Finished.Load() == 1 })
	handled, after := s.of("handled"), s.of("after")
	if len(handled) != 1 || len(after) != 1 || len(s.of("never")) != 0 {
		t.Fatalf("handled %d, after %d", len(handled), len(after))
	}
	var got struct {
		Error string
		Node  string
	}
	json.Unmarshal(handled[0].Data, &got)
	if got.Node != "flaky" || !strings.Contains(got.Error, "broken 7") || string(after[0].Data) != "null" {
		t.Fatalf("handled %s, after %s", handled[0].Data, after[0].Data)
	}
	if errs.Load() != 2 {
		t.Fatalf("%d errors told, want 2 (one a failed step, after its retries)", errs.Load())
	}
}

// TestScheduleAndWebhook: a schedule fires on its own; a webhook answers
// with the output of the node it names.
func TestScheduleAndWebhook(t *testing.T) {
	e, s := newEngine(t, nil)
	w := &Workflow{Name: "hooks", Nodes: []Node{
		{ID: "tick", Kind: KindTrigger, Schedule: "@every 1s", Wires: []string{"beat"}},
		{ID: "beat", Kind: KindEmit, Emit: "beat"},
		{ID: "hook", Kind: KindTrigger, Webhook: &Webhook{Path: "price", Respond: "quote"}, Wires: []string{"quote"}},
		{ID: "quote", Kind: KindScript, Script: "return {item: data.item, price: data.qty * 2.5};"},
	}}
	if err := w.Validate(); err != nil {
		t.Fatal(err)
	}
	key := Key{"0xowner", "hooks"}
	if _, err := e.Deploy(key, 1, "c", w); err != nil {
		t.Fatal(err)
	}
	ev := &store.Event{SpecVersion: "1.0", ID: "w1", Source: "t", Type: "cere.webhook", Data: json.RawMessage(`{"item": "bolt", "qty": 4}`)}
	yes := func(*Webhook) bool { return true }
	if _, _, err := e.Webhook(t.Context(), key, "price", "POST", ev, func(*Webhook) bool { return false }); !errors.Is(err, ErrWebhookAuth) {
		t.Fatalf("refused caller: %v", err)
	}
	out, trace, err := e.Webhook(t.Context(), key, "price", "POST", ev, yes)
	if err != nil || len(trace) != 32 {
		t.Fatal(err, trace)
	}
	if b, _ := json.Marshal(out); string(b) != `{"item":"bolt","price":10}` {
		t.Fatalf("webhook answered %s", b)
	}
	if _, _, err := e.Webhook(t.Context(), key, "nope", "POST", ev, yes); !errors.Is(err, ErrNoWebhook) {
		t.Fatalf("unknown hook: %v", err)
	}
	waitFor(t, "a scheduled beat", func() bool { return len(s.of("beat")) >= 1 })
}

// TestStepBudget: a chain of diamonds makes paths that double at each one;
// the execution stops at MaxSteps instead of running for ever.
func TestStepBudget(t *testing.T) {
	e, s := newEngine(t, nil)
	nodes := []Node{{ID: "in", Kind: KindTrigger, Event: "job", Wires: []string{"d0"}}}
	const diamonds = 40
	for i := range diamonds {
		next := fmt.Sprint("d", i+1)
		if i == diamonds-1 {
			next = "out"
		}
		nodes = append(nodes,
			Node{ID: fmt.Sprint("d", i), Kind: KindRule, Expression: "true", Wires: []string{fmt.Sprint("l", i), fmt.Sprint("r", i)}},
			Node{ID: fmt.Sprint("l", i), Kind: KindRule, Expression: "true", Wires: []string{next}},
			Node{ID: fmt.Sprint("r", i), Kind: KindRule, Expression: "true", Wires: []string{next}})
	}
	nodes = append(nodes, Node{ID: "out", Kind: KindEmit, Emit: "out"})
	w := &Workflow{Name: "diamonds", Nodes: nodes}
	if err := w.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Deploy(Key{"0xowner", "diamonds"}, 1, "c", w); err != nil {
		t.Fatal(err)
	}
	if err := e.Dispatch(&store.Event{SpecVersion: "1.0", ID: "1", Source: "t", Type: "job"}, 0); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the execution to stop", func() bool { return e.stats.Finished.Load() == 1 })
	if e.stats.Failed.Load() != 1 || len(s.of("out")) > MaxSteps {
		t.Fatalf("failed %d, outputs %d", e.stats.Failed.Load(), len(s.of("out")))
	}
}

// blockingAgents holds every call until released.
type blockingAgents struct{ release chan struct{} }

func (a blockingAgents) Invoke(ctx context.Context, ref string, call AgentCall) (any, error) {
	select {
	case <-a.release:
	case <-ctx.Done():
	}
	return nil, nil
}

// TestBackpressure: with a workflow at its concurrency limit, events queue
// up to QueueSize and no further: Dispatch refuses with ErrBusy, Room
// reports no room for outside events past half the queue, and nothing is
// lost once the work resumes.
func TestBackpressure(t *testing.T) {
	agents := blockingAgents{release: make(chan struct{})}
	e, _ := newEngine(t, agents)
	w := &Workflow{Name: "slow", Concurrency: 1, Nodes: []Node{
		{ID: "in", Kind: KindTrigger, Event: "job", Wires: []string{"work"}},
		{ID: "work", Kind: KindAgent, Agent: "worker@1"},
	}}
	if err := w.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Deploy(Key{"0xowner", "slow"}, 1, "c", w); err != nil {
		t.Fatal(err)
	}
	accepted := 0
	for i := 0; ; i++ {
		err := e.Dispatch(&store.Event{SpecVersion: "1.0", ID: fmt.Sprint(i), Source: "t", Type: "job"}, 0)
		if errors.Is(err, ErrBusy) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		accepted++
		if accepted > 2*QueueSize {
			t.Fatal("the queue does not fill")
		}
	}
	// One runs, one waits at each dispatcher for the workflow's slot, the
	// rest are queued.
	if accepted < QueueSize || accepted > QueueSize+8 || e.Room() > 0 {
		t.Fatalf("accepted %d before ErrBusy (queue %d), room %d", accepted, QueueSize, e.Room())
	}
	close(agents.release)
	waitFor(t, "every accepted event to run", func() bool { return e.stats.Finished.Load() == uint64(accepted) })
}
