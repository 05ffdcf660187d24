package workflow

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cerestack/cere/rules"
	"github.com/cerestack/cere/script"
	"github.com/cerestack/cere/store"
	"github.com/robfig/cron/v3"
)

// deployment is one version of a workflow, compiled and running.
type deployment struct {
	key      Key
	name     string // key.String(), for messages
	version  int
	cid      string
	wf       *Workflow
	steps    map[string]*step
	triggers []*step // event triggers
	sem      chan struct{}
	inflight sync.WaitGroup
	// class is its owner's when it was deployed.
	class Class
	// removed is set when the workflow is removed: what waits to run is
	// dropped.
	removed atomic.Bool
	// refused counts the executions refused since refusedTold (unix ns),
	// when the last refusal was told.
	refused     atomic.Int64
	refusedTold atomic.Int64
	// backlog holds a member's executions beyond its concurrency, at most
	// MaxWaiting.
	backlogMu sync.Mutex
	backlog   []waiting
	cron      *cron.Cron // schedules, when the workflow has any
}

// step is a node, compiled. A node unchanged between versions keeps its
// step, and with it its state (a canary's counts).
type step struct {
	node     *Node
	wires    []string
	rule     *rules.Compiled
	prog     *script.Program
	deadline time.Duration
	backoff  time.Duration
	canary   *canaryState
	// owner is the workflow's owner, for an event trigger: events that
	// another owner's workflow raised do not fire it (see matches).
	owner string
	// class is the owner's when it was compiled: its script or
	// JavaScript rule runs in the node for an operator, in worker
	// processes for a member, in low-priority ones for a guest.
	class Class
}

// ScriptParams are the parameters of a workflow script: the event, its
// data, the previous step's output and the workflow's env.
var ScriptParams = []string{"event", "data", "output", "env"}

// compile compiles every node of w, its scripts and JavaScript rules where
// its owner's class runs them; an error names the node and field.
func (e *Engine) compile(w *Workflow, old *deployment, class Class) (map[string]*step, error) {
	steps := map[string]*step{}
	for i := range w.Nodes {
		n := &w.Nodes[i]
		if old != nil {
			if o, ok := old.steps[n.ID]; ok && settings(*o.node) == settings(*n) && o.class == class {
				// Unchanged: keep the compiled step and its state, with the
				// new wiring.
				s := *o
				s.node, s.wires = n, n.Wires
				steps[n.ID] = &s
				continue
			}
		}
		s := &step{node: n, wires: n.Wires, backoff: 100 * time.Millisecond, class: class}
		at := fmt.Sprintf("nodes[%d]", i)
		if n.Retry != nil && n.Retry.Backoff != "" {
			s.backoff, _ = time.ParseDuration(n.Retry.Backoff)
		}
		if n.Deadline != "" {
			s.deadline, _ = time.ParseDuration(n.Deadline)
		}
		var err error
		switch n.Kind {
		case KindRule:
			s.rule, err = e.deps.Rules.Compile(rules.Rule{ID: n.ID, Conditions: n.Conditions, Expression: n.Expression, Script: n.Script})
			if err != nil {
				field := "expression"
				switch {
				case n.Conditions != nil:
					field = "conditions"
				case n.Script != "":
					field = "script"
				}
				return nil, &ValidationError{Path: at + "." + field, Node: n.ID, Msg: err.Error()}
			}
			switch class {
			case Member:
				s.rule = e.deps.Rules.Isolate(s.rule)
			case Guest:
				s.rule = e.deps.Rules.IsolateLow(s.rule)
			}
		case KindScript:
			s.prog, err = e.deps.Scripts.Compile(n.Script, ScriptParams...)
			if err != nil {
				return nil, &ValidationError{Path: at + ".script", Node: n.ID, Msg: err.Error()}
			}
			switch class {
			case Member:
				s.prog = e.deps.Scripts.Isolate(s.prog)
			case Guest:
				s.prog = e.deps.Scripts.IsolateLow(s.prog)
			}
		case KindAgent:
			if n.Canary != nil {
				s.canary = &canaryState{}
			}
		}
		steps[n.ID] = s
	}
	return steps, nil
}

// Check compiles w as Deploy would, without deploying it.
func (e *Engine) Check(w *Workflow) error {
	_, err := e.compile(w, nil, Operator)
	return err
}

// Deploy makes version of w the running one for key; executions under way
// finish on the version they started on. It returns what changed.
func (e *Engine) Deploy(key Key, version int, cid string, w *Workflow) (Changes, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	old := e.running[key]
	if old != nil && old.version >= version {
		return Changes{}, fmt.Errorf("workflow %s: version %d is not newer than the running %d", key, version, old.version)
	}
	// The owner's class is asked at each deploy, so a step is kept from
	// the last version only if its scripts run where they ran.
	class := e.class(key.Owner)
	steps, err := e.compile(w, old, class)
	if err != nil {
		return Changes{}, err
	}
	d := &deployment{key: key, name: key.String(), version: version, cid: cid, wf: w, steps: steps, class: class}
	limit := w.Concurrency
	if limit == 0 {
		limit = DefaultConcurrency
	}
	d.sem = make(chan struct{}, limit)
	for _, n := range w.Nodes {
		if n.Kind == KindTrigger && n.Event != "" {
			if t := steps[n.ID]; t.owner == "" { // a step kept from the last version has it
				t.owner = key.Owner
			}
			d.triggers = append(d.triggers, steps[n.ID])
		}
	}
	if err := e.schedule(d); err != nil {
		return Changes{}, err
	}
	var oldWF *Workflow
	if old != nil {
		oldWF = old.wf
		old.stop()
	}
	changes := Diff(oldWF, w)
	e.running[key] = d
	e.retrigger()
	e.observe(Message{Topic: "deploy", Workflow: key.String(), Version: version, Data: map[string]any{"cid": cid, "changes": changes}})
	return changes, nil
}

// class is owner's Class.
func (e *Engine) class(owner string) Class {
	if e.deps.Class == nil {
		return Operator
	}
	return e.deps.Class(owner)
}

// Undeploy stops a workflow; executions under way finish, and those
// waiting to run are dropped.
func (e *Engine) Undeploy(key Key) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if d, ok := e.running[key]; ok {
		d.removed.Store(true)
		d.next() // drops the backlog
		d.stop()
		delete(e.running, key)
		e.retrigger()
		e.observe(Message{Topic: "deploy", Workflow: key.String(), Version: d.version, Data: map[string]any{"removed": true}})
	}
}

// Running returns the running version of key, 0 if none.
func (e *Engine) Running(key Key) int {
	e.mu.RLock()
	defer e.mu.RUnlock()
	if d, ok := e.running[key]; ok {
		return d.version
	}
	return 0
}

// wait puts w in d's backlog, reporting false when it is full.
func (d *deployment) wait(w waiting) bool {
	d.backlogMu.Lock()
	defer d.backlogMu.Unlock()
	if len(d.backlog) >= MaxWaiting {
		return false
	}
	d.backlog = append(d.backlog, w)
	return true
}

// next takes the oldest execution of d's backlog; none once the workflow
// is removed.
func (d *deployment) next() (waiting, bool) {
	if d.removed.Load() {
		d.backlogMu.Lock()
		defer d.backlogMu.Unlock()
		for _, w := range d.backlog {
			defer w.finished() // it never will run
		}
		d.backlog = nil
		return waiting{}, false
	}
	d.backlogMu.Lock()
	defer d.backlogMu.Unlock()
	if len(d.backlog) == 0 {
		return waiting{}, false
	}
	w := d.backlog[0]
	d.backlog[0] = waiting{}
	d.backlog = d.backlog[1:]
	return w, true
}

func (d *deployment) hasWaiting() bool {
	d.backlogMu.Lock()
	defer d.backlogMu.Unlock()
	return len(d.backlog) > 0
}

// stop stops the deployment's schedules; its executions finish.
func (d *deployment) stop() {
	if d.cron != nil {
		d.cron.Stop()
	}
}

// schedule starts d's schedule triggers.
func (e *Engine) schedule(d *deployment) error {
	for _, n := range d.wf.Nodes {
		if n.Kind != KindTrigger || n.Schedule == "" {
			continue
		}
		if d.cron == nil {
			d.cron = cron.New(cron.WithParser(cronParser))
		}
		t := d.steps[n.ID]
		if _, err := d.cron.AddFunc(n.Schedule, func() { e.fire(d, t) }); err != nil {
			return fmt.Errorf("node %s: schedule: %w", n.ID, err)
		}
	}
	if d.cron != nil {
		d.cron.Start()
	}
	return nil
}

// fire runs a schedule trigger: its event is cere.schedule, with the time
// it fired.
func (e *Engine) fire(d *deployment, t *step) {
	if !e.begin() {
		return
	}
	defer e.wg.Done()
	now := time.Now().UTC()
	data := fmt.Appendf(nil, `{"workflow": %q, "node": %q, "time": %q}`, d.name, t.node.ID, now.Format(time.RFC3339))
	ev := &store.Event{SpecVersion: "1.0", ID: fmt.Sprintf("%s/%s/%d", d.key, t.node.ID, now.Unix()), Source: "cere:schedule",
		Type: "cere.schedule", Time: now, DataContentType: "application/json", Data: data}
	if e.deps.Emit != nil {
		// Recorded in the history like any event, but run only here.
		_ = e.deps.Emit(e.ctx, []*store.Event{ev}, RecordOnly)
	}
	facts, _ := eventFacts(ev)
	if err := e.slot(e.ctx, d, func() { _, _ = e.execute(e.ctx, d, t, job{ev: ev}, facts, nil) }); err != nil && e.ctx.Err() == nil {
		e.observe(Message{Topic: "error", Workflow: d.name, Version: d.version, Node: t.node.ID, Event: ev.ID, Data: map[string]any{
			"error": "schedule not run: " + err.Error()}})
	}
}

// ErrNoWebhook is Webhook's answer when no running workflow has the hook.
var ErrNoWebhook = errors.New("workflow: no such webhook")

// ErrWebhookAuth is Webhook's answer when the caller may not call the hook.
var ErrWebhookAuth = errors.New("workflow: webhook: not authorised")

// Webhook runs the workflow key's webhook trigger for path and method with
// the request as the event, and returns the output of the trigger's respond
// node (or nil when it names none). The execution's trace id comes back too.
// allow decides, from the hook's settings, whether this caller may call it;
// only then is the event's data read (a *store.DataError if it cannot be).
func (e *Engine) Webhook(ctx context.Context, key Key, path, method string, ev *store.Event, allow func(*Webhook) bool) (any, string, error) {
	e.mu.RLock()
	d := e.running[key]
	e.mu.RUnlock()
	if d == nil {
		return nil, "", ErrNoWebhook
	}
	var t *step
	for _, n := range d.wf.Nodes {
		if h := n.Webhook; h != nil && h.Path == path && (h.Method == method || (h.Method == "" && method == "POST")) {
			t = d.steps[n.ID]
		}
	}
	if t == nil {
		return nil, "", ErrNoWebhook
	}
	if !allow(t.node.Webhook) {
		return nil, "", ErrWebhookAuth
	}
	facts, err := eventFacts(ev)
	if err != nil {
		return nil, "", err
	}
	if !e.begin() {
		return nil, "", errors.New("workflow: the engine is stopping")
	}
	defer e.wg.Done()
	// The request's context, ended also when the engine stops.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stop := context.AfterFunc(e.ctx, cancel)
	defer stop()
	respond := t.node.Webhook.Respond
	var x *execution
	if err := e.slot(ctx, d, func() { x, err = e.execute(ctx, d, t, job{ev: ev}, facts, &respond) }); err != nil {
		return nil, "", err
	}
	if err != nil {
		return nil, x.trace, err
	}
	return x.outputs[respond], x.trace, nil
}

// canaryState counts an agent node's calls per version, and whether the
// canary was rolled back on this node.
type canaryState struct {
	mu         sync.Mutex
	calls      [2]VersionStats // 0: the main version, 1: the canary
	rolledBack bool
}

// VersionStats are one version's calls through an agent node.
type VersionStats struct {
	Calls   int     `json:"calls"`
	Errors  int     `json:"errors"`
	TotalMS float64 `json:"total_ms"`
}

// Canary rollback: after CanaryMinCalls calls, a canary whose error rate is
// over CanaryMaxErrorRate is rolled back on this node.
const (
	CanaryMinCalls     = 100
	CanaryMaxErrorRate = 0.2
)

// pick chooses the agent version for an event: the canary for Percent of
// event ids (the same ids on every node), unless it was rolled back.
func (s *step) pick(eventID string) (ref string, canary bool) {
	n := s.node
	if n.Canary == nil {
		return n.Agent, false
	}
	s.canary.mu.Lock()
	back := s.canary.rolledBack
	s.canary.mu.Unlock()
	if back || !inCanary(eventID, n.Canary.Percent) {
		return n.Agent, false
	}
	return CanaryRef(n.Agent, n.Canary.Version), true
}

// inCanary places an event id in the canary's share: SHA-256 of the id,
// read as a number below 10,000, under percent × 100.
func inCanary(eventID string, percent float64) bool {
	sum := sha256.Sum256([]byte(eventID))
	return float64(binary.BigEndian.Uint64(sum[:8])%10000) < percent*100
}

// CanaryRef is the agent reference with the canary's version.
func CanaryRef(agent, version string) string {
	for i := len(agent) - 1; i >= 0; i-- {
		if agent[i] == '@' {
			return agent[:i+1] + version
		}
	}
	return version // a CID: the canary names its own CID
}

// record counts a call, and rolls the canary back when it fails too often.
func (s *step) record(canary bool, err error, took time.Duration, x *execution) {
	if s.canary == nil {
		return
	}
	c := s.canary
	c.mu.Lock()
	i := 0
	if canary {
		i = 1
	}
	c.calls[i].Calls++
	c.calls[i].TotalMS += ms(took)
	if err != nil {
		c.calls[i].Errors++
	}
	st := c.calls[1]
	rollback := canary && !c.rolledBack && st.Calls >= CanaryMinCalls && float64(st.Errors)/float64(st.Calls) > CanaryMaxErrorRate
	if rollback {
		c.rolledBack = true
	}
	c.mu.Unlock()
	if rollback {
		x.e.observe(Message{Topic: "deploy", Workflow: x.d.name, Version: x.d.version, Node: s.node.ID,
			Data: map[string]any{"canary": "rolled back", "version": s.node.Canary.Version, "calls": st.Calls, "errors": st.Errors}})
	}
}

// CanaryStatus is an agent node's canary on this node.
type CanaryStatus struct {
	Node       string       `json:"node"`
	Agent      string       `json:"agent"`
	Canary     string       `json:"canary"`
	Percent    float64      `json:"percent"`
	Main       VersionStats `json:"main"`
	Trial      VersionStats `json:"canary_stats"`
	RolledBack bool         `json:"rolled_back"`
}

// Canaries returns the canaries of the running version of key.
func (e *Engine) Canaries(key Key) []CanaryStatus {
	e.mu.RLock()
	d := e.running[key]
	e.mu.RUnlock()
	if d == nil {
		return nil
	}
	var out []CanaryStatus
	for _, n := range d.wf.Nodes {
		s := d.steps[n.ID]
		if s.canary == nil {
			continue
		}
		s.canary.mu.Lock()
		out = append(out, CanaryStatus{Node: n.ID, Agent: n.Agent, Canary: n.Canary.Version, Percent: n.Canary.Percent,
			Main: s.canary.calls[0], Trial: s.canary.calls[1], RolledBack: s.canary.rolledBack})
		s.canary.mu.Unlock()
	}
	return out
}
