package script

// The node's side of isolation: a small pool of worker processes
// (worker.go) that run the evaluations of isolated programs and are killed
// when one passes its deadline. goja checks its interrupt only between
// instructions, so a native step (a split into millions of pieces, a Go
// regexp over megabytes, JSON.parse of megabytes) runs on past any
// deadline, 580 ms past a 200 ms one as measured in process; a process can
// be stopped at any instant, and its memory is its own to limit and to
// judge.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// WorkerConfig says how to start worker processes.
type WorkerConfig struct {
	// Command is the worker's program, a path, and its arguments: the cere
	// binary and "script-worker", which calls ServeWorker.
	Command []string
	// Env is the worker's whole environment, GOMEMLIMIT and GOMAXPROCS
	// added: the node's own is not passed on, as it may hold secrets.
	Env []string
	// Size is how many workers run at most (default 2, at most
	// MaxWorkers); evaluations queue for a free one.
	Size int
	// Memory bounds what a worker maps for data (RLIMIT_DATA, default
	// 512 MiB; `cere script-worker` maps 145 MiB before any script). Its
	// Go heap is held under half of it (GOMEMLIMIT), so
	// garbage is collected long before; the worker ends itself at three
	// quarters (the evaluation fails with ErrMemory), and one that grew
	// past half is replaced after its evaluation.
	Memory uint64
	// Grace is how long past its deadline an evaluation's worker lives
	// before it is killed (default 15 ms: the worker stops a script in
	// JavaScript at the deadline itself, within a millisecond or so, and
	// a killed worker takes 5 to 20 ms more to be gone on a loaded
	// machine, more for a large heap).
	Grace time.Duration
	// Low makes these the workers of the programs IsolateLow marks, which
	// run at the lowest processor priority (nice 19): they use what the
	// node and the other workers leave. An engine may have one pool of
	// each kind.
	Low bool
}

// MaxWorkers bounds WorkerConfig.Size.
const MaxWorkers = 16

// workerStart bounds the time a worker takes to start and say it is ready.
const workerStart = 10 * time.Second

// Workers is a pool of worker processes an engine runs isolated programs
// in (Engine.UseWorkers). Workers start when first needed and are reused;
// one that died or was killed is replaced.
type Workers struct {
	cfg    WorkerConfig
	limits Limits
	ctx    context.Context // ends when the pool closes
	cancel context.CancelFunc
	wg     sync.WaitGroup // each worker's reader, and starts left to finish
	stop   func() bool    // stops the context.AfterFunc that closes the pool
	// free is signalled when a worker becomes idle or a place frees; a
	// waiter that takes one passes the signal on while more are free.
	free chan struct{}
	ids  atomic.Uint64

	mu     sync.Mutex
	idle   []*worker        // workers waiting for an evaluation
	live   int              // workers alive or starting
	all    map[*worker]bool // every worker alive, to kill at close
	closed bool

	// For Stats, and tests: workers started and killed at a deadline, and
	// how long the last evaluation held its worker, from sending it to its
	// answer or to the killed worker's end.
	started atomic.Uint64
	killed  atomic.Uint64
	held    atomic.Int64
	// killedAfter is when, after sending, the last worker killed was.
	killedAfter atomic.Int64
}

// WorkerStats counts what a pool did.
type WorkerStats struct {
	Started uint64 // worker processes started
	Killed  uint64 // killed for running past a deadline
}

// Stats counts what the pool did so far.
func (ws *Workers) Stats() WorkerStats {
	return WorkerStats{Started: ws.started.Load(), Killed: ws.killed.Load()}
}

// UseWorkers makes the engine run its isolated programs (Isolate) in
// worker processes started from cfg. They are killed when ctx ends or the
// returned pool is closed.
func (e *Engine) UseWorkers(ctx context.Context, cfg WorkerConfig) *Workers {
	if cfg.Size <= 0 {
		cfg.Size = 2
	}
	cfg.Size = min(cfg.Size, MaxWorkers)
	if cfg.Memory == 0 {
		cfg.Memory = 512 << 20
	}
	if cfg.Grace <= 0 {
		cfg.Grace = 15 * time.Millisecond
	}
	ws := &Workers{
		cfg:    cfg,
		limits: e.limits,
		free:   make(chan struct{}, 1),
		all:    map[*worker]bool{},
	}
	ws.ctx, ws.cancel = context.WithCancel(context.Background())
	ws.stop = context.AfterFunc(ctx, func() { ws.Close() })
	if cfg.Low {
		e.lowWorkers.Store(ws)
	} else {
		e.workers.Store(ws)
	}
	return ws
}

// Isolate returns p made to run in the engine's worker processes
// (UseWorkers) rather than in the node's own: a native form still
// answers in process where it can, as it is bounded by its input. With no
// worker processes an isolated program fails with ErrWorker.
func (e *Engine) Isolate(p *Program) *Program {
	if p == nil || p.isolated {
		return p
	}
	q := *p
	q.isolated = true
	return &q
}

// IsolateLow is Isolate for the low-priority workers (WorkerConfig.Low),
// where the engine has them; else for the others.
func (e *Engine) IsolateLow(p *Program) *Program {
	if p == nil || p.low {
		return p
	}
	q := *e.Isolate(p)
	q.low = true
	return &q
}

// Isolated reports whether p runs in worker processes.
func (p *Program) Isolated() bool { return p.isolated }

// Close kills every worker and waits for them.
func (ws *Workers) Close() error {
	ws.stop()
	ws.mu.Lock()
	ws.closed = true
	for w := range ws.all {
		w.kill(killClose)
	}
	ws.mu.Unlock()
	ws.cancel()
	ws.wg.Wait()
	return nil
}

// worker is one worker process.
type worker struct {
	ws     *Workers
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stderr tail
	msgs   chan wire     // what it said, for the evaluation under way
	dead   chan struct{} // closed once it has exited
	exit   error         // cmd.Wait's, set before dead closes
	ended  time.Time     // when it was seen to exit
	killed chan struct{} // closed when it is killed
	killAt time.Time     // when, set before killed closes
	once   sync.Once
	reason atomic.Int32    // why it was killed
	known  map[string]bool // programs it compiled, by hash; touched by its holder only
	encBuf bytes.Buffer    // its holder's, for send
	enc    *json.Encoder   // writes to encBuf
}

// Why a worker was killed.
const (
	killNone int32 = iota
	killDeadline
	killCancel
	killClose
	killBroken
	killRetired
)

func (w *worker) kill(reason int32) {
	w.once.Do(func() {
		w.killAt = time.Now()
		w.reason.Store(reason)
		close(w.killed)
		_ = w.cmd.Process.Kill()
	})
}

// send writes one message; a worker that cannot take it is killed.
func (w *worker) send(m wire) error {
	w.encBuf.Reset()
	if err := w.enc.Encode(m); err != nil {
		return fmt.Errorf("%w: %v", errWireEncode, err) // nothing was written
	}
	if _, err := w.stdin.Write(w.encBuf.Bytes()); err != nil {
		w.kill(killBroken)
		return err
	}
	return nil
}

// tail keeps the first and the last KiB a worker wrote to stderr, to say
// why it died: a Go runtime's fatal error comes first, then the stacks.
type tail struct {
	mu   sync.Mutex
	head []byte
	buf  []byte
}

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if n := min(len(p), 1024-len(t.head)); n > 0 {
		t.head = append(t.head, p[:n]...)
		p = p[n:]
	}
	t.buf = append(t.buf, p...)
	if len(t.buf) > 1024 {
		t.buf = append(t.buf[:0], t.buf[len(t.buf)-1024:]...)
	}
	return len(p), nil
}

// first is the first line written.
func (t *tail) first() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	line, _, _ := strings.Cut(strings.TrimSpace(string(t.head)), "\n")
	return line
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.head) + string(t.buf)
}

// acquire takes an idle worker, or starts one while there is room, or
// waits for one as long as ctx allows.
func (ws *Workers) acquire(ctx context.Context) (*worker, error) {
	for {
		ws.mu.Lock()
		if ws.closed {
			ws.mu.Unlock()
			return nil, fmt.Errorf("%w: the worker pool is closed", ErrWorker)
		}
		for len(ws.idle) > 0 {
			w := ws.idle[len(ws.idle)-1]
			ws.idle = ws.idle[:len(ws.idle)-1]
			if w.reason.Load() == killNone {
				ws.passOnLocked()
				ws.mu.Unlock()
				return w, nil
			}
		}
		if ws.live < ws.cfg.Size {
			ws.live++
			ws.passOnLocked()
			ws.mu.Unlock()
			return ws.start(ctx)
		}
		ws.mu.Unlock()
		select {
		case <-ws.free:
		case <-ctx.Done():
			return nil, errCancelled
		case <-ws.ctx.Done():
		}
	}
}

// signal wakes one waiter of acquire.
func (ws *Workers) signal() {
	select {
	case ws.free <- struct{}{}:
	default:
	}
}

// passOnLocked wakes another waiter if there is more to take.
func (ws *Workers) passOnLocked() {
	if len(ws.idle) > 0 || ws.live < ws.cfg.Size {
		ws.signal()
	}
}

// release makes w idle.
func (ws *Workers) release(w *worker) {
	ws.mu.Lock()
	if ws.all[w] {
		ws.idle = append(ws.idle, w)
	}
	ws.mu.Unlock()
	ws.signal()
}

// gone forgets a worker that died, or that never started (w nil), and
// frees its place.
func (ws *Workers) gone(w *worker) {
	ws.mu.Lock()
	if w != nil {
		delete(ws.all, w)
		if i := slices.Index(ws.idle, w); i >= 0 {
			ws.idle = slices.Delete(ws.idle, i, i+1)
		}
	}
	ws.live--
	ws.mu.Unlock()
	ws.signal()
}

// start starts a worker in a place counted for it in live, and waits
// until it is ready. The place is the worker's until it dies; if it never
// started, it is given back here.
func (ws *Workers) start(ctx context.Context) (*worker, error) {
	if len(ws.cfg.Command) == 0 {
		ws.gone(nil)
		return nil, fmt.Errorf("%w: no worker command", ErrWorker)
	}
	cmd := exec.Command(ws.cfg.Command[0], ws.cfg.Command[1:]...)
	cmd.Env = append([]string{
		"GOMEMLIMIT=" + strconv.FormatUint(ws.cfg.Memory/2, 10),
		// A script runs on one thread; the second is for the collector,
		// the watchdog and the pipe. With one, an evaluation of a small
		// script took 320 to 340 us rather than 170 to 210
		// (BenchmarkIsolated, a 2-core machine at load 7).
		"GOMAXPROCS=2",
	}, ws.cfg.Env...) // the last of a name counts
	cmd.SysProcAttr = workerAttr()
	w := &worker{ws: ws, cmd: cmd, msgs: make(chan wire, 4), dead: make(chan struct{}), killed: make(chan struct{}), known: map[string]bool{}}
	w.enc = json.NewEncoder(&w.encBuf)
	cmd.Stderr = &w.stderr
	stdin, err := cmd.StdinPipe()
	var stdout io.ReadCloser
	if err == nil {
		stdout, err = cmd.StdoutPipe()
	}
	if err == nil {
		err = cmd.Start()
	}
	if err != nil {
		ws.gone(nil)
		return nil, fmt.Errorf("%w: start: %v", ErrWorker, err)
	}
	w.stdin = stdin
	ws.mu.Lock()
	if ws.closed {
		// Close may be waiting already: add nothing to wait for.
		ws.mu.Unlock()
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		ws.gone(nil)
		return nil, fmt.Errorf("%w: the worker pool is closed", ErrWorker)
	}
	ws.all[w] = true
	ws.wg.Add(1)
	ws.mu.Unlock()
	ws.started.Add(1)
	go w.read(stdout)

	nice := 0
	if ws.cfg.Low {
		nice = 19
	}
	if err := w.send(wire{T: "init", Limits: &ws.limits, Memory: ws.cfg.Memory, Nice: nice}); err != nil {
		return nil, fmt.Errorf("%w: start: %v", ErrWorker, err)
	}
	t := time.NewTimer(workerStart)
	defer t.Stop()
	select {
	case m := <-w.msgs:
		if m.T == "ready" {
			return w, nil
		}
		w.kill(killBroken)
		err = fmt.Errorf("said %q", m.T)
	case <-w.dead:
		err = w.exitError()
	case <-t.C:
		w.kill(killBroken)
		err = fmt.Errorf("not ready after %s", workerStart)
	case <-ctx.Done():
		// Another evaluation may use it: keep it starting.
		ws.mu.Lock()
		defer ws.mu.Unlock()
		if ws.closed {
			return nil, errCancelled // Close kills it
		}
		ws.wg.Go(func() {
			select {
			case m := <-w.msgs:
				if m.T == "ready" {
					ws.release(w)
					return
				}
			case <-w.dead:
				return
			case <-time.After(workerStart):
			case <-ws.ctx.Done():
			}
			w.kill(killBroken)
		})
		return nil, errCancelled
	}
	return nil, fmt.Errorf("%w: start: %v", ErrWorker, err)
}

// read passes on what the worker says until it ends, then reaps it and
// frees its slot.
func (w *worker) read(stdout io.Reader) {
	ws := w.ws
	defer ws.wg.Done()
	dec := json.NewDecoder(stdout)
	for {
		var m wire
		if err := dec.Decode(&m); err != nil {
			break
		}
		select {
		case w.msgs <- m:
		case <-w.killed:
		}
	}
	w.kill(killBroken) // a worker that closed its stdout or garbled it
	w.exit = w.cmd.Wait()
	w.ended = time.Now()
	close(w.dead)
	ws.gone(w)
	// Start its replacement now, off any evaluation's time: a killed
	// worker was killed for being busy, and the next evaluation should
	// not wait for a process to start.
	ws.mu.Lock()
	refill := !ws.closed && ws.live < ws.cfg.Size
	if refill {
		ws.live++
	}
	ws.mu.Unlock()
	if refill {
		if nw, err := ws.start(ws.ctx); err == nil {
			ws.release(nw)
		}
	}
}

// exitError says why a worker died on its own: a worker ends itself with
// exitMemory as its mappings near the data limit, and Go's runtime says
// "out of memory" or "cannot allocate memory" when the limit refuses it
// first. (The child's maximum resident set, from wait4, cannot tell: Linux
// carries the node's own over the exec.)
func (w *worker) exitError() error {
	text := w.stderr.String()
	if w.cmd.ProcessState.ExitCode() == exitMemory || strings.Contains(text, "out of memory") || strings.Contains(text, "cannot allocate memory") {
		return fmt.Errorf("%w: the worker ran out of its %d MiB", ErrMemory, w.ws.cfg.Memory>>20)
	}
	msg := w.stderr.first()
	if len(msg) > 200 {
		msg = msg[:200]
	}
	if msg == "" {
		return fmt.Errorf("%w: %v", ErrWorker, w.exit)
	}
	return fmt.Errorf("%w: %v: %s", ErrWorker, w.exit, msg)
}

// exec runs an isolated evaluation of inputs (plain values, already
// measured). crashed reports an error that took its worker down, which
// counts towards blocking the script.
func (ws *Workers) exec(ctx context.Context, p *Program, deadline time.Duration, host Host, inputs []any) (out Outcome, err error, crashed bool) {
	w, err := ws.acquire(ctx)
	if err != nil {
		return Outcome{}, err, false
	}
	id := ws.ids.Add(1)
	run := wire{T: "run", ID: id, Hash: p.Hash, Deadline: deadline, Host: host != nil}
	run.Args, run.Alias = wireArgs(inputs)
	if !w.known[p.Hash] {
		run.Source = &wireSource{Body: p.body, Params: p.Params}
	}
	sent := time.Now()
	// The timer is armed before the write: a worker too busy to read is
	// killed too, which ends the write.
	timer := time.AfterFunc(deadline+ws.cfg.Grace, func() { w.kill(killDeadline) })
	defer timer.Stop()
	if err := w.send(run); err != nil {
		if errors.Is(err, errWireEncode) {
			timer.Stop()
			ws.release(w)
			return Outcome{}, fmt.Errorf("script: arguments: %w", err), false
		}
	}
	// Queries are answered within the deadline or not at all.
	qctx, cancel := context.WithDeadline(ctx, sent.Add(deadline+ws.cfg.Grace))
	defer cancel()
	done := ctx.Done()
	cancelled := false
	for {
		select {
		case m := <-w.msgs:
			if m.ID != id {
				continue
			}
			switch m.T {
			case "need":
				delete(w.known, p.Hash)
				run.Source = &wireSource{Body: p.body, Params: p.Params}
				_ = w.send(run)
			case "query":
				a := wire{T: "answer", ID: id, Q: m.Q}
				v, err := host.Query(qctx, m.Name, m.Value)
				if err != nil {
					a.Err = &wireError{Msg: err.Error()}
				} else if n, ok := wireNumber(v); ok {
					a.Number = n
				} else {
					a.Value = v
				}
				if err := w.send(a); errors.Is(err, errWireEncode) {
					_ = w.send(wire{T: "answer", ID: id, Q: m.Q, Err: &wireError{Msg: err.Error()}})
				}
			case "done":
				timer.Stop()
				ws.held.Store(int64(time.Since(sent)))
				w.known[p.Hash] = true
				if m.Retire {
					w.kill(killRetired)
				} else {
					ws.release(w)
				}
				if m.Err != nil {
					return Outcome{}, m.Err.err(), false
				}
				return Outcome{Result: m.Value, Emitted: m.Emit}, nil, false
			}
		case <-w.dead:
			ws.held.Store(int64(w.ended.Sub(sent)))
			ws.killedAfter.Store(int64(w.killAt.Sub(sent)))
			switch w.reason.Load() {
			case killDeadline:
				ws.killed.Add(1)
				return Outcome{}, fmt.Errorf("%w after %s (its worker was killed)", ErrTimeout, deadline), false
			case killClose:
				return Outcome{}, fmt.Errorf("%w: the worker pool is closed", ErrWorker), false
			}
			if cancelled {
				return Outcome{}, errCancelled, false
			}
			err := w.exitError()
			return Outcome{}, err, !errors.Is(err, ErrMemory)
		case <-done:
			// The worker stops the script within a millisecond or so,
			// unless it is in a native step: then it is killed.
			done, cancelled = nil, true
			_ = w.send(wire{T: "cancel", ID: id})
			timer.Reset(ws.cfg.Grace)
		}
	}
}

var errWireEncode = errors.New("script: cannot write for the worker")

// wireArgs gives the arguments to send: an argument that is a member of
// another is sent as an alias of it.
func wireArgs(inputs []any) ([]any, []wireAlias) {
	args := make([]any, len(inputs))
	copy(args, inputs)
	var alias []wireAlias
	for j, a := range inputs {
		ptr := pointerOf(a)
		if ptr == (builtKey{}) {
			continue
		}
	find:
		for i, of := range inputs {
			m, ok := of.(map[string]any)
			if i == j || !ok || args[i] == nil {
				continue
			}
			for k, v := range m {
				if pointerOf(v) == ptr {
					alias = append(alias, wireAlias{Arg: j, Of: i, Key: k})
					args[j] = nil
					break find
				}
			}
		}
	}
	return args, alias
}

// pointerOf names a map or a non-empty list by its storage, as toJSShared
// does; zero for anything else.
func pointerOf(v any) builtKey {
	switch x := v.(type) {
	case map[string]any:
		if x != nil {
			return builtKey{ptr: reflect.ValueOf(x).Pointer()}
		}
	case []any:
		if len(x) > 0 {
			return builtKey{reflect.ValueOf(x).Pointer(), len(x)}
		}
	}
	return builtKey{}
}
