package workflow

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	pathpkg "path"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cerestack/cere/rules"
	"github.com/cerestack/cere/script"
	"github.com/cerestack/cere/store"
)

// Key names a workflow: its owner (a wallet address) and its name.
type Key struct {
	Owner string `json:"owner"`
	Name  string `json:"name"`
}

func (k Key) String() string { return k.Owner + "/" + k.Name }

// Agents invokes agents for agent nodes (the Agent Runtime). ref is
// name@version or a manifest CID.
type Agents interface {
	Invoke(ctx context.Context, ref string, call AgentCall) (any, error)
}

// AgentCall is one invocation of an agent by a step.
type AgentCall struct {
	Execution string // the execution's trace id
	Payer     string // the workflow's owner, who pays for the invocation
	Input     any
	// Emit raises an event from the step, as an emit node does.
	Emit func(ctx context.Context, typ string, data any) error
}

// Message is one thing the engine did, for the live stream.
type Message struct {
	Topic    string    `json:"topic"` // execution.started, step.started, step.finished, execution.finished, rule.evaluated, deploy, error
	Time     time.Time `json:"time"`
	Workflow string    `json:"workflow,omitempty"` // owner/name
	Version  int       `json:"version,omitempty"`
	TraceID  string    `json:"trace_id,omitempty"`
	Node     string    `json:"node,omitempty"`
	Event    string    `json:"event,omitempty"` // the event's id
	Data     any       `json:"data,omitempty"`
}

// Deps are what the engine works with. Scripts and Rules are required.
type Deps struct {
	Scripts *script.Engine
	Rules   *rules.Service
	History *store.History // answers scripts' history queries; may be nil
	Agents  Agents         // nil: agent nodes fail
	// Class tells how much of the node owner's workflows may use (see
	// Class), asked at each deploy; it must answer at once. Nil makes
	// every owner an Operator.
	Class func(owner string) Class
	// Quotas bound the guests; zero values are DefaultQuotas'.
	Quotas Quotas
	// Share is the guests' slots and time, shared with what else the node
	// does for guests; nil: the engine's own, of Quotas.Slots and AllTime.
	Share *Share
	// Emit hands the events a step raised back to the node, which records
	// them (in one transaction, where they fit) and dispatches them like
	// any other; depth counts the hops, and RecordOnly asks for the record
	// without the dispatch.
	Emit func(ctx context.Context, evs []*store.Event, depth int) error
	// Observe hears every Message; it must not block. Watching reports
	// whether anyone listens to a topic, so that unheard messages are not
	// built.
	Observe  func(Message)
	Watching func(topic string) bool
	Log      *slog.Logger
}

// Engine runs the deployed workflows on the events it is given.
type Engine struct {
	deps    Deps
	ctx     context.Context
	cancel  context.CancelFunc
	mu      sync.RWMutex
	running map[Key]*deployment
	// triggers is every running event trigger, rebuilt under mu whenever
	// running changes, for ingest and the dispatchers to read without the
	// lock: a deploy holds mu while it compiles, and ingest must not wait
	// for that.
	triggers atomic.Pointer[triggerIndex]
	queue    chan job
	idle     chan func()    // workers waiting for an execution to run
	wg       sync.WaitGroup // dispatchers, workers and executions
	closeMu  sync.RWMutex   // held to add to wg from outside it, or to close
	closed   bool
	stats    Stats
	turns    *turns // guests' executions
}

// begin counts an execution started outside the dispatchers (a schedule,
// a webhook) in wg, unless the engine is closing.
func (e *Engine) begin() bool {
	e.closeMu.RLock()
	defer e.closeMu.RUnlock()
	if e.closed {
		return false
	}
	e.wg.Add(1)
	return true
}

// Stats are the engine's counters.
type Stats struct {
	Dispatched atomic.Uint64
	Executions atomic.Uint64 // started
	Finished   atomic.Uint64
	Failed     atomic.Uint64
	Rejected   atomic.Uint64 // events refused because the queue was full
	// Refused counts the executions of members and guests refused
	// because their workflow's backlog, or the guest's queue, was full.
	Refused atomic.Uint64
}

// Stats returns the engine's counters.
func (e *Engine) Stats() *Stats { return &e.stats }

type job struct {
	ev    *store.Event
	depth int
	// done, when set, is called once every execution the event started
	// has ended (not when the engine closed before).
	done func()
}

// Limits of the engine.
const (
	// QueueSize is how many events may wait for dispatch; past it Dispatch
	// refuses with ErrBusy. Events from outside may fill half of it.
	QueueSize = 16384
	// MaxDepth is how many times events raised by workflows may raise
	// further events.
	MaxDepth = 16
	// MaxSteps and MaxEmits bound one execution: wires may fan out and
	// join again, so a graph of a few nodes can make many paths.
	MaxSteps = 1000
	MaxEmits = 1000
)

// RecordOnly is the depth of an event Emit records without dispatching it
// (a schedule's firing, which runs only its own trigger).
const RecordOnly = -1

// ErrBusy is Dispatch's answer when the queue is full: try again later.
var ErrBusy = errors.New("workflow: too many events waiting; try again later")

// NewEngine starts an engine; Close stops it.
func NewEngine(deps Deps) *Engine {
	if deps.Log == nil {
		deps.Log = slog.New(slog.DiscardHandler)
	}
	if deps.Observe == nil {
		deps.Observe = func(Message) {}
	}
	if deps.Watching == nil {
		deps.Watching = func(string) bool { return false }
	}
	if deps.Quotas == (Quotas{}) {
		deps.Quotas = DefaultQuotas()
	}
	ctx, cancel := context.WithCancel(context.Background())
	e := &Engine{deps: deps, ctx: ctx, cancel: cancel, running: map[Key]*deployment{}, queue: make(chan job, QueueSize), idle: make(chan func()),
		turns: newTurns(deps.Quotas, cmp.Or(deps.Share, NewShare(deps.Quotas.Slots, deps.Quotas.AllTime)))}
	for range max(2, runtime.GOMAXPROCS(0)) {
		e.wg.Go(e.dispatcher)
	}
	return e
}

// Close stops taking events, lets running executions end (their context is
// cancelled) and waits for them.
func (e *Engine) Close() {
	e.closeMu.Lock()
	e.closed = true
	e.closeMu.Unlock()
	e.cancel()
	e.turns.close()
	e.wg.Wait()
	e.mu.Lock()
	for _, d := range e.running {
		d.stop()
	}
	e.mu.Unlock()
}

func (e *Engine) observe(m Message) {
	if m.Time.IsZero() {
		m.Time = time.Now()
	}
	e.deps.Observe(m)
}

// Dispatch queues an event for the workflows whose triggers match it. It
// does not wait; it answers ErrBusy when the queue is full. An event is
// matched twice: here, against the workflows running as it comes (one no
// trigger matches is not queued), and when a dispatcher takes it, against
// those running then, whose versions it runs on.
func (e *Engine) Dispatch(ev *store.Event, depth int) error {
	if depth > MaxDepth {
		return fmt.Errorf("workflow: event %s is %d hops from outside, over %d: a loop of workflows?", ev.ID, depth, MaxDepth)
	}
	if !e.wanted(ev) {
		return nil
	}
	select {
	case e.queue <- job{ev: ev, depth: depth}:
		return nil
	default:
		e.stats.Rejected.Add(1)
		return ErrBusy
	}
}

// DispatchWait is Dispatch that waits for room, at most wait or until ctx
// ends. done, when not nil and the event was taken, is called once the
// event's executions have all ended (at once if no trigger matches it);
// never if the engine closes first, which cancels them. A caller that
// recorded the event as pending marks it finished there, so that only
// what a crash cut short is dispatched again.
func (e *Engine) DispatchWait(ctx context.Context, ev *store.Event, depth int, wait time.Duration, done func()) error {
	if depth <= MaxDepth && !e.wanted(ev) {
		if done != nil {
			done()
		}
		return nil
	}
	return e.DispatchWanted(ctx, ev, depth, wait, done)
}

// DispatchWanted is DispatchWait for an event that Wants was asked about
// and answered true (as ingest asks, to record it as pending): it is not
// matched once more before it is queued.
func (e *Engine) DispatchWanted(ctx context.Context, ev *store.Event, depth int, wait time.Duration, done func()) error {
	if depth > MaxDepth {
		return fmt.Errorf("workflow: event %s is %d hops from outside, over %d: a loop of workflows?", ev.ID, depth, MaxDepth)
	}
	j := job{ev: ev, depth: depth, done: done}
	select {
	case e.queue <- j:
		return nil
	default:
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case e.queue <- j:
		return nil
	case <-t.C:
		e.stats.Rejected.Add(1)
		return ErrBusy
	case <-ctx.Done():
		e.stats.Rejected.Add(1)
		return fmt.Errorf("%w: %w", ErrBusy, ctx.Err())
	case <-e.ctx.Done():
		return e.ctx.Err()
	}
}

// Wants reports whether a running trigger matches ev now: whether
// DispatchWait would queue it.
func (e *Engine) Wants(ev *store.Event) bool {
	if ix := e.triggers.Load(); ix != nil {
		return ix.any(ev)
	}
	return false
}

// wanted reports whether a running trigger matches ev now. An event none
// matches (most events workflows raise: their alerts, their results) is
// counted and goes no further, rather than through the queue to a
// dispatcher that would find the same; one that does is matched again
// when dispatched, against what runs then.
func (e *Engine) wanted(ev *store.Event) bool {
	if e.Wants(ev) {
		return true
	}
	e.stats.Dispatched.Add(1)
	return false
}

// triggerIndex is every running event trigger, by the event type it
// names: most name one type, found with a map lookup; those that name a
// pattern are tried in turn. With thousands of workflows deployed, an
// event costs a lookup, not a match against each.
type triggerIndex struct {
	exact map[string][]start
	globs []start
}

// any reports whether a trigger matches ev.
func (ix *triggerIndex) any(ev *store.Event) bool {
	for _, s := range ix.exact[ev.Type] {
		if s.t.accepts(ev) {
			return true
		}
	}
	for _, s := range ix.globs {
		if s.t.matches(ev) {
			return true
		}
	}
	return false
}

// match appends the triggers that match ev to into.
func (ix *triggerIndex) match(ev *store.Event, into []start) []start {
	for _, s := range ix.exact[ev.Type] {
		if s.t.accepts(ev) {
			into = append(into, s)
		}
	}
	for _, s := range ix.globs {
		if s.t.matches(ev) {
			into = append(into, s)
		}
	}
	return into
}

// retrigger rebuilds triggers; the caller holds mu.
func (e *Engine) retrigger() {
	ix := &triggerIndex{exact: map[string][]start{}}
	for _, d := range e.running {
		for _, t := range d.triggers {
			if strings.ContainsAny(t.node.Event, `*?[\`) {
				ix.globs = append(ix.globs, start{d, t})
			} else {
				ix.exact[t.node.Event] = append(ix.exact[t.node.Event], start{d, t})
			}
		}
	}
	e.triggers.Store(ix)
}

// Room is how many more events from outside the engine takes now: half
// the queue, the other half being kept for the events workflows raise,
// which must not be refused for the outside's load.
func (e *Engine) Room() int { return cap(e.queue)/2 - len(e.queue) }

func (e *Engine) dispatcher() {
	for {
		select {
		case <-e.ctx.Done():
			return
		case j := <-e.queue:
			e.dispatch(j)
		}
	}
}

// dispatch starts an execution for each matching trigger. A workflow at its
// concurrency limit holds the dispatcher: the queue fills and ingest answers
// 429, rather than memory growing.
func (e *Engine) dispatch(j job) {
	e.stats.Dispatched.Add(1)
	var starts []start
	if ix := e.triggers.Load(); ix != nil {
		starts = ix.match(j.ev, nil)
	}
	if len(starts) == 0 {
		if j.done != nil {
			j.done()
		}
		return
	}
	facts, err := eventFacts(j.ev)
	if err != nil {
		e.observe(Message{Topic: "error", Event: j.ev.ID, Data: map[string]any{"error": err.Error()}})
		if j.done != nil {
			j.done() // it never can run
		}
		return
	}
	// The last execution to end calls done, if the engine is not closing:
	// one cancelled, or never started, is run again from the start.
	left := new(atomic.Int32)
	left.Store(int32(len(starts)))
	finished := func() {
		if left.Add(-1) == 0 && j.done != nil && e.ctx.Err() == nil {
			j.done()
		}
	}
	for _, s := range starts {
		w := waiting{t: s.t, j: j, facts: facts, finished: finished}
		switch s.d.class {
		case Operator:
			select {
			case s.d.sem <- struct{}{}:
			case <-e.ctx.Done():
				return
			}
			e.run(s.d, w)
		case Member:
			e.backlog(s.d, w)
		default:
			e.turn(s.d, w)
		}
	}
}

// backlog runs w for a member's workflow, or keeps it in the workflow's
// backlog while the workflow is at its concurrency limit: a member's
// workflow at its limit must not hold the dispatcher, and with it every
// owner's events. Past MaxWaiting, executions are refused.
func (e *Engine) backlog(d *deployment, w waiting) {
	select {
	case d.sem <- struct{}{}:
		e.run(d, w)
		return
	default:
	}
	if !d.wait(w) {
		e.refuse(d, w, fmt.Sprintf("the workflow runs %d executions with %d waiting, its limits", cap(d.sem), MaxWaiting))
		return
	}
	e.runWaiting(d) // the executions under way may all have ended meanwhile
}

// runWaiting runs the oldest of d's backlog if one of d's slots is free.
func (e *Engine) runWaiting(d *deployment) {
	select {
	case d.sem <- struct{}{}:
		if next, ok := d.next(); ok {
			e.run(d, next)
		} else {
			<-d.sem
		}
	default:
	}
}

// refuse tells that w will not run, and why: at most once a second for a
// deployment, with the count refused since it last told, so that a flood
// of refusals costs a counter each, not a message.
func (e *Engine) refuse(d *deployment, w waiting, why string) {
	e.stats.Refused.Add(1)
	n := d.refused.Add(1)
	now := time.Now().UnixNano()
	if last := d.refusedTold.Load(); now-last >= int64(time.Second) && d.refusedTold.CompareAndSwap(last, now) {
		d.refused.Add(-n)
		e.observe(Message{Topic: "error", Workflow: d.name, Version: d.version, Event: w.j.ev.ID, Data: map[string]any{
			"error": "execution refused: " + why, "refused": n}})
	}
	w.finished()
}

// turn queues w for a guest's turn (see turns).
func (e *Engine) turn(d *deployment, w waiting) {
	k := &ticket{d: d, drop: w.finished}
	k.start = func() {
		d.inflight.Add(1)
		e.spawn(func() {
			began := time.Now()
			e.execute(e.ctx, d, w.t, w.j, w.facts, nil)
			w.finished()
			e.turns.done(d.key.Owner, d, time.Since(began))
			d.inflight.Done()
		})
	}
	if !e.turns.add(d.key.Owner, k) {
		e.refuse(d, w, fmt.Sprintf("%s has %d executions waiting for their turn, its quota as a guest of this node", d.key.Owner, e.deps.Quotas.Waiting))
	}
}

// slot runs f, an execution of d outside the dispatchers (a schedule's, a
// webhook's), once it has one of d's slots and, for a guest, its turn; it
// answers ctx's error if ctx ends first.
func (e *Engine) slot(ctx context.Context, d *deployment, f func()) error {
	if d.class != Guest {
		select {
		case d.sem <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
		d.inflight.Add(1)
		defer func() { e.release(d); d.inflight.Done() }()
		f()
		return nil
	}
	started := make(chan struct{})
	k := &ticket{d: d, start: func() { close(started) }, drop: func() {}}
	if !e.turns.add(d.key.Owner, k) {
		e.stats.Refused.Add(1)
		return fmt.Errorf("%w: %s has %d executions waiting for their turn, its quota as a guest of this node", ErrBusy, d.key.Owner, e.deps.Quotas.Waiting)
	}
	select {
	case <-started:
	case <-ctx.Done():
		if k.state.CompareAndSwap(ticketWaiting, ticketCancelled) || k.state.Load() == ticketCancelled {
			return ctx.Err() // given up, here or by the engine closing
		}
		<-started // its turn came meanwhile: run it, ctx will end it early
	}
	if d.removed.Load() {
		e.turns.done(d.key.Owner, d, 0)
		return errors.New("workflow: removed")
	}
	d.inflight.Add(1)
	began := time.Now()
	defer func() { e.turns.done(d.key.Owner, d, time.Since(began)); d.inflight.Done() }()
	f()
	return nil
}

// MaxWaiting is how many executions of a member's workflow wait for its
// concurrency limit; more are refused.
const MaxWaiting = 1024

// waiting is an execution that waits for its workflow's concurrency.
type waiting struct {
	t        *step
	j        job
	facts    map[string]any
	finished func()
}

// run runs w on a worker, holding one of d's slots (taken by the caller),
// then the executions waiting for d, in the order they came, and gives the
// slot back.
func (e *Engine) run(d *deployment, w waiting) {
	d.inflight.Add(1)
	e.spawn(func() {
		for {
			e.execute(e.ctx, d, w.t, w.j, w.facts, nil)
			w.finished()
			next, ok := d.next()
			if !ok || e.ctx.Err() != nil {
				break
			}
			w = next
		}
		e.release(d) // first: what it starts counts in inflight before this ends
		d.inflight.Done()
	})
}

// release gives back one of d's slots, then runs what waits in d's
// backlog if the slot is still free: an execution may have come between
// the holder's last look and the slot's return. Every holder of a slot
// (event, schedule and webhook executions) gives it back this way, so
// none of the backlog is left without a runner. When the engine closes,
// what waits is left for the replay at the next start.
func (e *Engine) release(d *deployment) {
	<-d.sem
	if e.ctx.Err() != nil || !d.hasWaiting() {
		return
	}
	e.runWaiting(d)
}

// workerIdle is how long a worker waits for another execution before it
// ends.
const workerIdle = 10 * time.Second

// spawn runs f on an idle worker, or on a new one. Workers outlive their
// executions so that the stacks they grew running scripts are kept: a
// goroutine per execution spent a fourteenth of the engine's time growing
// stacks.
func (e *Engine) spawn(f func()) {
	select {
	case e.idle <- f:
	default:
		e.wg.Go(func() {
			t := time.NewTimer(workerIdle)
			defer t.Stop()
			for {
				f()
				t.Reset(workerIdle)
				select {
				case f = <-e.idle:
				case <-t.C:
					return
				case <-e.ctx.Done():
					return
				}
			}
		})
	}
}

type start struct {
	d *deployment
	t *step
}

// eventFacts is the event as rules and scripts see it: a JSON object.
func eventFacts(ev *store.Event) (map[string]any, error) {
	f := map[string]any{
		"specversion": ev.SpecVersion, "id": ev.ID, "source": ev.Source, "type": ev.Type,
		"time": ev.Time.UTC().Format(time.RFC3339Nano),
	}
	if ev.DataContentType != "" {
		f["datacontenttype"] = ev.DataContentType
	}
	if len(ev.Data) > 0 {
		data, err := ev.Decoded()
		if err != nil {
			return nil, err
		}
		f["data"] = data
	}
	return f, nil
}

// matches reports whether an event trigger fires for ev.
func (s *step) matches(ev *store.Event) bool {
	if s.node.Event == "" {
		return false
	}
	if ok, _ := pathpkg.Match(s.node.Event, ev.Type); !ok {
		return false
	}
	return s.accepts(ev)
}

// accepts reports whether an event trigger whose type ev has fires for ev:
// its source, and the owner of an event a workflow raised.
func (s *step) accepts(ev *store.Event) bool {
	if s.node.Source != "" {
		if ok, _ := pathpkg.Match(s.node.Source, ev.Source); !ok {
			return false
		}
		return true // a trigger that names the source it accepts takes it from any owner
	}
	// An event a workflow raised fires only its owner's workflows: a
	// wallet costs nothing, and one that could fire others' workflows could
	// make them run (and pay) for its events.
	if owner, ok := raisedBy(ev.Source); ok && owner != s.owner {
		return false
	}
	return true
}

// EmitSource is the source prefix of the events workflows raise:
// EmitSource + "<owner>/<workflow name>". The node's ingest refuses it (and
// every cere: source) from outside.
const EmitSource = "cere:workflow/"

// raisedBy returns the owner of the workflow that raised ev, when one did.
func raisedBy(source string) (string, bool) {
	rest, ok := strings.CutPrefix(source, EmitSource)
	if !ok {
		return "", false
	}
	owner, _, _ := strings.Cut(rest, "/")
	return owner, true
}

// newTraceID returns 16 random bytes in hex. They come from the runtime's
// ChaCha8 generator, not the system's: a trace id needs to be unique, not
// secret, and reading the system's took a microsecond an execution.
func newTraceID() string {
	var b [16]byte
	binary.LittleEndian.PutUint64(b[:8], rand.Uint64())
	binary.LittleEndian.PutUint64(b[8:], rand.Uint64())
	return hex.EncodeToString(b[:])
}

// execution is one walk of a workflow's graph for one event.
type execution struct {
	e       *Engine
	d       *deployment
	trace   string
	job     job
	facts   map[string]any
	steps   int
	emitMu  sync.Mutex // an agent's emits come from another goroutine
	emitted int
	// outputs keeps each step's output when a webhook waits for one.
	outputs map[string]any
	keep    string
}

// execute walks d's graph from trigger t for the event. respond, when set,
// asks for the output of that node.
func (e *Engine) execute(ctx context.Context, d *deployment, t *step, j job, facts map[string]any, respond *string) (*execution, error) {
	e.stats.Executions.Add(1)
	x := &execution{e: e, d: d, trace: newTraceID(), job: j, facts: facts}
	if respond != nil {
		x.keep = *respond
		x.outputs = map[string]any{}
	}
	started := time.Now()
	if e.deps.Watching("execution.started") {
		e.observe(Message{Topic: "execution.started", Workflow: d.name, Version: d.version, TraceID: x.trace, Node: t.node.ID, Event: j.ev.ID})
	}
	var data any = facts["data"]
	err := x.walk(ctx, t, data)
	if err != nil {
		e.stats.Failed.Add(1)
	}
	defer e.stats.Finished.Add(1)
	if e.deps.Watching("execution.finished") {
		e.observe(Message{Topic: "execution.finished", Workflow: d.name, Version: d.version, TraceID: x.trace, Event: j.ev.ID,
			Data: finished(started, err)})
	}
	return x, err
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// Finished is the data of step.finished and execution.finished messages.
type Finished struct {
	DurationMS float64 `json:"duration_ms"`
	OK         bool    `json:"ok"`
	Error      string  `json:"error,omitempty"`
}

func finished(started time.Time, err error) *Finished {
	f := &Finished{DurationMS: ms(time.Since(started)), OK: err == nil}
	if err != nil {
		f.Error = err.Error()
	}
	return f
}

// Evaluated is the data of a rule.evaluated message.
type Evaluated struct {
	Matched    bool    `json:"matched"`
	DurationMS float64 `json:"duration_ms"`
}

// walk runs the nodes s wires to, each with input, depth first.
func (x *execution) walk(ctx context.Context, s *step, input any) error {
	for _, next := range s.wires {
		if err := x.run(ctx, x.d.steps[next], input); err != nil {
			return err
		}
	}
	return nil
}

// run runs one step with its retries and error handling, then what follows.
func (x *execution) run(ctx context.Context, s *step, input any) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	x.steps++
	if x.steps > MaxSteps {
		return fmt.Errorf("node %s: the execution ran over %d steps (do its wires fan out and join too often?)", s.node.ID, MaxSteps)
	}
	started := time.Now()
	if x.e.deps.Watching("step.started") {
		x.e.observe(Message{Topic: "step.started", Workflow: x.d.name, Version: x.d.version, TraceID: x.trace, Node: s.node.ID, Event: x.job.ev.ID})
	}
	out, follow, err := x.attempt(ctx, s, input)
	if x.e.deps.Watching("step.finished") {
		x.e.observe(Message{Topic: "step.finished", Workflow: x.d.name, Version: x.d.version, TraceID: x.trace, Node: s.node.ID, Event: x.job.ev.ID,
			Data: finished(started, err)})
	}
	if err != nil {
		// Errors are rare: always told, listened to or not.
		x.e.observe(Message{Topic: "error", Workflow: x.d.name, Version: x.d.version, TraceID: x.trace, Node: s.node.ID, Event: x.job.ev.ID,
			Data: map[string]any{"error": err.Error()}})
		switch s.node.OnError {
		case "", "stop":
			return fmt.Errorf("node %s: %w", s.node.ID, err)
		case "continue":
			return x.walk(ctx, s, nil)
		default:
			return x.run(ctx, x.d.steps[s.node.OnError], map[string]any{"error": err.Error(), "node": s.node.ID, "input": input})
		}
	}
	if x.outputs != nil && s.node.ID == x.keep {
		x.outputs[s.node.ID] = out
	}
	for _, next := range follow {
		if err := x.run(ctx, x.d.steps[next], out); err != nil {
			return err
		}
	}
	return nil
}

// attempt runs a step, retrying as it asks. It returns the step's output
// and the ids of the nodes that follow.
func (x *execution) attempt(ctx context.Context, s *step, input any) (any, []string, error) {
	backoff := s.backoff
	for try := 0; ; try++ {
		out, follow, err := x.once(ctx, s, input)
		if err == nil || s.node.Retry == nil || try >= s.node.Retry.Max {
			return out, follow, err
		}
		t := time.NewTimer(backoff)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, nil, ctx.Err()
		case <-t.C:
		}
		backoff *= 2
	}
}

// once runs a step one time.
func (x *execution) once(ctx context.Context, s *step, input any) (any, []string, error) {
	n := s.node
	switch n.Kind {
	case KindRule:
		facts := x.facts
		if input != nil {
			facts = withOutput(x.facts, input)
		}
		res, err := x.e.deps.Rules.Decide(ctx, s.rule, facts, rules.Meta{TraceID: x.trace, Workflow: x.d.name, Version: x.d.version})
		if x.e.deps.Watching("rule.evaluated") {
			x.e.observe(Message{Topic: "rule.evaluated", Workflow: x.d.name, Version: x.d.version, TraceID: x.trace, Node: n.ID, Event: x.job.ev.ID,
				Data: &Evaluated{Matched: res.Matched, DurationMS: ms(res.Duration)}})
		}
		if err != nil {
			return nil, nil, err
		}
		if res.Matched {
			return input, s.wires, nil
		}
		return input, n.Else, nil
	case KindScript:
		var host script.Host
		if x.e.deps.History != nil {
			host = rules.NewHistoryHost(x.e.deps.History, x.facts)
		}
		out, err := x.e.deps.Scripts.ExecWith(ctx, s.prog, s.deadline, host, x.facts, x.facts["data"], input, x.d.wf.Env)
		if err != nil {
			return nil, nil, err
		}
		if len(out.Emitted) > 0 {
			// Raised together, recorded together.
			evs := make([]*store.Event, 0, len(out.Emitted))
			for _, em := range out.Emitted {
				ev, err := x.event(s, em.Type, em.Data)
				if err != nil {
					return nil, nil, err
				}
				evs = append(evs, ev)
			}
			if err := x.raise(ctx, evs); err != nil {
				return nil, nil, err
			}
		}
		return out.Result, s.wires, nil
	case KindEmit:
		if err := x.emit(ctx, s, n.Emit, input); err != nil {
			return nil, nil, err
		}
		return input, s.wires, nil
	case KindAgent:
		if x.e.deps.Agents == nil {
			return nil, nil, errors.New("this node runs no agents (the Agent Runtime is not available)")
		}
		ref, canary := s.pick(x.job.ev.ID)
		if x.d.class == Guest {
			release, ok := x.e.turns.agentSlot(x.d.key.Owner, ctx.Done())
			if !ok {
				return nil, nil, ctx.Err()
			}
			defer release()
		}
		started := time.Now()
		out, err := x.e.deps.Agents.Invoke(ctx, ref, AgentCall{Execution: x.trace, Payer: x.d.key.Owner, Input: input,
			Emit: func(ctx context.Context, typ string, data any) error { return x.emit(ctx, s, typ, data) }})
		s.record(canary, err, time.Since(started), x)
		if err != nil {
			return nil, nil, err
		}
		return out, s.wires, nil
	case KindCubby:
		return nil, nil, errors.New("cubbies are not available on this node yet")
	}
	return nil, nil, fmt.Errorf("node %s: kind %q does not run", n.ID, n.Kind)
}

// withOutput is the facts with the previous step's output added.
func withOutput(facts map[string]any, output any) map[string]any {
	f := make(map[string]any, len(facts)+1)
	for k, v := range facts {
		f[k] = v
	}
	f["output"] = output
	return f
}

// emit raises an event from step s.
func (x *execution) emit(ctx context.Context, s *step, typ string, data any) error {
	ev, err := x.event(s, typ, data)
	if err != nil {
		return err
	}
	return x.raise(ctx, []*store.Event{ev})
}

// raise hands events the execution raised to the node.
func (x *execution) raise(ctx context.Context, evs []*store.Event) error {
	if x.e.deps.Emit == nil {
		return errors.New("this engine cannot raise events")
	}
	return x.e.deps.Emit(ctx, evs, x.job.depth+1)
}

// event makes an event step s raises, counted against the execution's
// limits: its id is derived from the execution, so a replayed execution
// raises the same ids (and ingest drops repeats).
func (x *execution) event(s *step, typ string, data any) (*store.Event, error) {
	raw, err := store.AppendJSON(nil, data)
	if err != nil {
		return nil, fmt.Errorf("emit %s: %w", typ, err)
	}
	x.emitMu.Lock()
	x.emitted++
	n := x.emitted
	x.emitMu.Unlock()
	if n > MaxEmits {
		return nil, fmt.Errorf("emit %s: the execution raised over %d events", typ, MaxEmits)
	}
	if x.d.class == Guest && n > x.e.deps.Quotas.Emits {
		return nil, fmt.Errorf("emit %s: the execution raised over %d events, the quota of a guest of this node", typ, x.e.deps.Quotas.Emits)
	}
	key := make([]byte, 0, len(x.d.name)+len(x.job.ev.Source)+len(x.job.ev.ID)+len(s.node.ID)+7)
	key = append(append(key, x.d.name...), 0)
	key = append(append(key, x.job.ev.Source...), 0)
	key = append(append(key, x.job.ev.ID...), 0)
	key = append(key, s.node.ID...)
	sum := sha256.Sum256(binary.BigEndian.AppendUint32(key, uint32(n)))
	ev := &store.Event{
		SpecVersion: "1.0", ID: hex.EncodeToString(sum[:16]),
		Source: EmitSource + x.d.name, Type: typ, Time: time.Now().UTC(),
		DataContentType: "application/json", Data: raw,
	}
	switch data.(type) {
	case nil, bool, float64, string, []any, map[string]any:
		// As decoding raw would give, at least at the top, which is what
		// the index reads.
		ev.SetDecoded(data)
	}
	return ev, nil
}
