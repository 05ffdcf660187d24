package workflow

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Class is how much of a node an owner's workflows may use. The node
// answers it (Deps.Class) from its operators, its allowlist and the stakes
// it read; a deployment keeps the answer it got when it was deployed.
type Class uint8

const (
	// Operator is the node's operators: their scripts run in the node's
	// process, and their workflows at their concurrency limit hold the
	// dispatcher, so that ingest slows down (429) rather than refusing
	// their executions.
	Operator Class = iota
	// Member is an owner the node admits by name (its allowlist) or by
	// stake: scripts in worker processes, and a workflow at its
	// concurrency limit keeps its executions in its own backlog.
	Member
	// Guest is an owner admitted only because the node admits everyone: as
	// a member, and within the Quotas. All guests' executions together
	// take turns, owner by owner, in a few slots, so that a thousand
	// throwaway wallets take no more of the node than those slots.
	Guest
)

func (c Class) String() string {
	switch c {
	case Operator:
		return "operator"
	case Member:
		return "member"
	}
	return "guest"
}

// Quotas bound what each guest uses of a node, and all guests together.
type Quotas struct {
	Workflows    int           // workflows each guest keeps here
	AllWorkflows int           // workflows all guests keep here together
	Bytes        int64         // bytes of workflow documents, every version kept, each guest pins
	Executions   int           // executions each guest starts a second, in bursts of twice as many
	Time         time.Duration // execution time each guest uses a second, in bursts of as much
	Slots        int           // executions of all guests together at once
	AllTime      time.Duration // execution time all guests use together a second (their requests' too, on a Share)
	Emits        int           // events one execution of a guest raises
	Agents       int           // agent calls of each guest at once
	Waiting      int           // executions of each guest waiting for their turn; more are refused
}

// DefaultQuotas are the node's quotas unless its operator sets others.
func DefaultQuotas() Quotas {
	return Quotas{Workflows: 10, AllWorkflows: MaxWorkflows / 5, Bytes: 2 << 20, Executions: 20, Time: 100 * time.Millisecond,
		Slots: max(1, runtime.GOMAXPROCS(0)/2), AllTime: 250 * time.Millisecond, Emits: 10, Agents: 1, Waiting: 1024}
}

// MaxOwnerBytes is how many bytes of workflow documents, every version
// kept, an operator or a member pins on a node.
const MaxOwnerBytes = 64 << 20

// Share is the guests' slots (Quotas.Slots) and their time together
// (Quotas.AllTime): taken by their executions (the engine's turns) and by
// whatever else the node does for guests, as serving their API requests
// (Acquire), so that all guests together use no more of the node than
// those, whatever their number. A slot that frees goes first to a request
// waiting for one, then to the executions. Time is charged as the slots
// are given back; while the guests are in debt, nothing of theirs starts.
type Share struct {
	mu      sync.Mutex
	free    int
	every   time.Duration // time the guests earn a second; 0: no limit
	budget  time.Duration // time they may use now; below zero, a debt
	at      time.Time     // when budget was last refilled
	waiters []chan struct{}
	onFree  func() // the engine's turns, told a slot is free
}

// NewShare returns slots slots for the guests (at least one), who use
// every of their time a second together (0: no limit).
func NewShare(slots int, every time.Duration) *Share {
	return &Share{free: max(1, slots), every: every, budget: every, at: time.Now()}
}

// owed is how long until the guests' time allows a start, refilled to
// now; 0 when it does. The caller holds mu.
func (s *Share) owed(now time.Time) time.Duration {
	if s.every <= 0 {
		return 0
	}
	if dt := now.Sub(s.at); dt > 0 {
		s.budget = min(s.every, s.budget+time.Duration(dt.Seconds()*float64(s.every)))
		s.at = now
	}
	if s.budget > 0 {
		return 0
	}
	return time.Duration(float64(-s.budget+time.Millisecond) / float64(s.every) * float64(time.Second))
}

// tryTake takes a slot if one is free and the guests' time allows; when
// it is their time that does not, it says how long until it will.
func (s *Share) tryTake() (ok bool, retry time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if d := s.owed(time.Now()); d > 0 {
		return false, d
	}
	if s.free > 0 {
		s.free--
		return true, 0
	}
	return false, 0
}

// putBack returns a slot tryTake took and did not use, to a caller that
// goes on giving slots out itself (and holds the turns' lock, so the
// turns are not told): to a request waiting meanwhile, if any.
func (s *Share) putBack() { s.give(0, false) }

// Acquire takes a slot for work the node does for a guest, waiting for one
// at most wait or until ctx ends; Release gives it back. It fails at once,
// saying how long until they may go on, while the guests' time is spent.
func (s *Share) Acquire(ctx context.Context, wait time.Duration) (ok bool, retry time.Duration) {
	s.mu.Lock()
	if d := s.owed(time.Now()); d > 0 {
		s.mu.Unlock()
		return false, d
	}
	if s.free > 0 {
		s.free--
		s.mu.Unlock()
		return true, 0
	}
	ch := make(chan struct{}, 1)
	s.waiters = append(s.waiters, ch)
	s.mu.Unlock()
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-ch:
		return true, 0
	case <-t.C:
	case <-ctx.Done():
	}
	s.mu.Lock()
	if i := slices.Index(s.waiters, ch); i >= 0 {
		s.waiters = slices.Delete(s.waiters, i, i+1)
		s.mu.Unlock()
		return false, 0
	}
	s.mu.Unlock()
	<-ch // handed a slot as it gave up: give it on
	s.Release(0)
	return false, 0
}

// Release gives back a slot held for took: to the request that has waited
// longest, while the guests' time allows, or to the executions.
func (s *Share) Release(took time.Duration) { s.give(took, true) }

// give gives back a slot held for took, telling the turns when it is free
// and tell is set.
func (s *Share) give(took time.Duration, tell bool) {
	s.mu.Lock()
	s.budget -= took
	if len(s.waiters) > 0 && s.owed(time.Now()) == 0 {
		ch := s.waiters[0]
		s.waiters = slices.Delete(s.waiters, 0, 1)
		s.mu.Unlock()
		ch <- struct{}{}
		return
	}
	s.free++
	onFree := s.onFree
	s.mu.Unlock()
	if tell && onFree != nil {
		onFree()
	}
}

// turns runs the executions of guests: each owner's wait in the owner's
// queue, and the owners take turns for the Share's slots, skipped while
// over their executions a second or their execution time, whose debt they
// pay by waiting. An owner sending a thousand executions delays another's
// by one turn, not a thousand.
type turns struct {
	q      Quotas
	share  *Share
	mu     sync.Mutex
	owners map[string]*guest
	// ready is the owners with executions waiting, in the order of their
	// turns.
	ready []*guest
	timer *time.Timer
	wake  time.Time // when timer fires; zero when it is not set
}

// guest is one guest owner's queue and budgets.
type guest struct {
	owner   string
	waiting []*ticket
	queued  bool // in ready
	running int
	tokens  float64       // executions it may start now
	budget  time.Duration // execution time it may use now; below zero, a debt
	at      time.Time     // when tokens and budget were last refilled
	agents  chan struct{} // agent calls at once
}

// A ticket is one execution waiting for its turn.
type ticket struct {
	d *deployment
	// start runs the execution once it has its slot and one of d's: on a
	// worker, which calls turns.done when it ends. drop is called instead
	// when it never will start (its workflow removed, the engine closing).
	start func()
	drop  func()
	state atomic.Int32 // ticketWaiting, ticketStarted or ticketCancelled
}

const (
	ticketWaiting int32 = iota
	ticketStarted
	ticketCancelled
)

func newTurns(q Quotas, share *Share) *turns {
	t := &turns{q: q, share: share, owners: map[string]*guest{}}
	share.mu.Lock()
	share.onFree = t.tick
	share.mu.Unlock()
	return t
}

// maxGuests is how many guests' budgets are remembered; past it, those
// with nothing waiting or running and full budgets are forgotten, losing
// nothing.
const maxGuests = 10000

// owner returns owner's queue and budgets; the caller holds mu.
func (t *turns) owner(owner string, now time.Time) *guest {
	g, ok := t.owners[owner]
	if ok {
		return g
	}
	if len(t.owners) >= maxGuests {
		for o, g := range t.owners {
			g.refill(now, t.q)
			if len(g.waiting) == 0 && g.running == 0 && g.tokens >= float64(2*t.q.Executions) && g.budget >= t.q.Time {
				delete(t.owners, o)
			}
		}
	}
	g = &guest{owner: owner, tokens: float64(2 * t.q.Executions), budget: t.q.Time, at: now, agents: make(chan struct{}, max(1, t.q.Agents))}
	t.owners[owner] = g
	return g
}

// refill adds what the time since the last refill earned, up to a burst.
func (g *guest) refill(now time.Time, q Quotas) {
	dt := now.Sub(g.at)
	if dt <= 0 {
		return
	}
	g.at = now
	g.tokens = min(float64(2*q.Executions), g.tokens+dt.Seconds()*float64(q.Executions))
	g.budget = min(q.Time, g.budget+time.Duration(dt.Seconds()*float64(q.Time)))
}

// blocked is how long g waits before its executions a second and its time
// allow another start; 0 when they do now.
func (g *guest) blocked(q Quotas) time.Duration {
	var wait time.Duration
	if g.tokens < 1 {
		if q.Executions <= 0 {
			return time.Hour
		}
		wait = time.Duration((1 - g.tokens) / float64(q.Executions) * float64(time.Second))
	}
	if g.budget <= 0 {
		wait = max(wait, time.Duration(float64(-g.budget+time.Millisecond)/float64(q.Time)*float64(time.Second)))
	}
	return wait
}

// add queues k for its owner's turn, reporting false when the owner has
// Quotas.Waiting executions waiting already.
func (t *turns) add(owner string, k *ticket) bool {
	t.mu.Lock()
	g := t.owner(owner, time.Now())
	if len(g.waiting) >= t.q.Waiting {
		t.mu.Unlock()
		return false
	}
	g.waiting = append(g.waiting, k)
	if !g.queued {
		g.queued = true
		t.ready = append(t.ready, g)
	}
	starts, drops := t.pump()
	t.mu.Unlock()
	run(starts, drops)
	return true
}

// done gives back the slot and d's slot of an execution of owner that
// took took, charging it to the owner, and starts what may start now.
func (t *turns) done(owner string, d *deployment, took time.Duration) {
	<-d.sem
	t.mu.Lock()
	if g, ok := t.owners[owner]; ok {
		g.running--
		g.refill(time.Now(), t.q)
		g.budget -= took
	}
	t.mu.Unlock()
	t.share.Release(took) // which pumps, unless a request takes the slot
}

func run(starts, drops []func()) {
	for _, f := range drops {
		f()
	}
	for _, f := range starts {
		f()
	}
}

// pump gives free slots to the owners in turn whose next execution may
// start, and returns the executions to start and those to drop, for the
// caller to call once it has let mu go. When owners wait only for their
// budgets, the timer pumps again when the first may go on.
func (t *turns) pump() (starts, drops []func()) {
	now := time.Now()
	var wait time.Duration
	full := false
	for progress := true; progress && !full && len(t.ready) > 0; {
		progress = false
		for n := len(t.ready); n > 0; n-- {
			if ok, owed := t.share.tryTake(); !ok {
				if owed > 0 && (wait == 0 || owed < wait) {
					wait = owed // the guests' time together: pumped again once it allows
				}
				full = true
				break
			}
			g := t.ready[0]
			t.ready[0] = nil
			t.ready = t.ready[1:]
			for len(g.waiting) > 0 {
				k := g.waiting[0]
				if k.state.Load() == ticketCancelled {
					g.waiting = g.waiting[1:]
					continue
				}
				if k.d.removed.Load() {
					g.waiting = g.waiting[1:]
					drops = append(drops, k.drop)
					continue
				}
				break
			}
			if len(g.waiting) == 0 {
				g.queued = false
				t.share.putBack()
				continue
			}
			g.refill(now, t.q)
			if w := g.blocked(t.q); w > 0 {
				t.ready = append(t.ready, g)
				if wait == 0 || w < wait {
					wait = w
				}
				t.share.putBack()
				continue
			}
			k := g.waiting[0]
			select {
			case k.d.sem <- struct{}{}:
			default:
				// Its workflow is at its own limit: one of its executions
				// ending pumps again.
				t.ready = append(t.ready, g)
				t.share.putBack()
				continue
			}
			if !k.state.CompareAndSwap(ticketWaiting, ticketStarted) {
				<-k.d.sem // cancelled meanwhile
				g.waiting = g.waiting[1:]
				t.ready = append(t.ready, g)
				t.share.putBack()
				continue
			}
			g.waiting[0] = nil
			g.waiting = g.waiting[1:]
			g.tokens--
			g.running++
			progress = true
			starts = append(starts, k.start)
			if len(g.waiting) > 0 {
				t.ready = append(t.ready, g)
			} else {
				g.queued = false
			}
		}
	}
	if wait > 0 {
		at := now.Add(wait)
		if t.wake.IsZero() || at.Before(t.wake) {
			t.wake = at
			if t.timer == nil {
				t.timer = time.AfterFunc(wait, t.tick)
			} else {
				t.timer.Reset(wait)
			}
		}
	}
	return starts, drops
}

// tick pumps once the first owner waiting for its budget may go on.
func (t *turns) tick() {
	t.mu.Lock()
	t.wake = time.Time{}
	starts, drops := t.pump()
	t.mu.Unlock()
	run(starts, drops)
}

// agentSlot takes one of owner's agent calls at once, until done closes;
// release gives it back. It is called from an execution of owner's, which
// keeps the owner's budgets remembered meanwhile.
func (t *turns) agentSlot(owner string, done <-chan struct{}) (release func(), ok bool) {
	t.mu.Lock()
	g := t.owner(owner, time.Now())
	t.mu.Unlock()
	select {
	case g.agents <- struct{}{}:
		return func() { <-g.agents }, true
	case <-done:
		return nil, false
	}
}

// close drops every execution waiting; the engine is closing.
func (t *turns) close() {
	t.mu.Lock()
	var drops []func()
	for _, g := range t.ready {
		for _, k := range g.waiting {
			if k.state.CompareAndSwap(ticketWaiting, ticketCancelled) {
				drops = append(drops, k.drop)
			}
		}
		g.waiting = nil
		g.queued = false
	}
	t.ready = nil
	if t.timer != nil {
		t.timer.Stop()
	}
	t.mu.Unlock()
	run(nil, drops)
}
