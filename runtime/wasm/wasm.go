// Package wasm runs WebAssembly agents (WASI preview 1) with wazero: each
// agent version is compiled once, and a warm instance serves its
// invocations one at a time over the agent protocol on its stdin and
// stdout. An instance has a memory page limit; an invocation that runs
// past its deadline, or an agent that writes something other than the
// protocol, closes the instance, and the next invocation starts a new one.
package wasm

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/cerestack/cere/runtime"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
)

// Options bound every instance.
type Options struct {
	// MemoryPages caps an instance's memory, in 64 KiB pages (default
	// 2048: 128 MiB).
	MemoryPages uint32
	// Timeout is an invocation's deadline when its context has none
	// (default 30 s).
	Timeout time.Duration
	// MaxLog is how much of an instance's stderr is kept (default 64 KiB).
	MaxLog int
}

// compiled is shared by the executors of a process: compiling a module
// takes a second or more, and its machine code depends only on its bytes.
var compiled = wazero.NewCompilationCache()

// Executor runs WebAssembly agents.
type Executor struct {
	opts   Options
	ctx    context.Context
	cancel context.CancelFunc
	rt     wazero.Runtime
	mu     sync.Mutex
	agents map[string]*agent
}

type agent struct {
	ref      string
	burst    bool // an instance per invocation
	compiled wazero.CompiledModule
	mu       sync.Mutex // one invocation at a time
	inst     *instance  // the warm instance, or nil
}

// instance is one running module and the protocol over its stdio.
type instance struct {
	conn   *runtime.Conn
	stdin  *io.PipeWriter
	stdout *io.PipeReader
	cancel context.CancelFunc
	exited chan struct{}
	stderr *runtime.Log
	calls  runtime.Dispatcher // to the open invocation's handler
}

// New starts an executor; Close stops every instance.
func New(o Options) *Executor {
	if o.MemoryPages == 0 {
		o.MemoryPages = 2048
	}
	if o.Timeout == 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxLog == 0 {
		o.MaxLog = 64 << 10
	}
	ctx, cancel := context.WithCancel(context.Background())
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfig().
		WithMemoryLimitPages(o.MemoryPages).
		WithCloseOnContextDone(true).
		WithCompilationCache(compiled))
	wasi_snapshot_preview1.MustInstantiate(ctx, rt)
	return &Executor{opts: o, ctx: ctx, cancel: cancel, rt: rt, agents: map[string]*agent{}}
}

// Close stops every instance and frees the compiled modules.
func (x *Executor) Close() error {
	x.mu.Lock()
	agents := x.agents
	x.agents = map[string]*agent{}
	x.mu.Unlock()
	x.cancel() // ends invocations under way, and with them their locks
	for _, a := range agents {
		a.mu.Lock()
		a.stop()
		a.mu.Unlock()
	}
	return x.rt.Close(context.Background())
}

// Load compiles module as the agent ref (name@version), run by a warm
// instance; with burst, by an instance per invocation. Loading a ref again
// replaces it; its warm instance is stopped.
func (x *Executor) Load(ctx context.Context, ref string, module []byte, burst bool) error {
	compiled, err := x.rt.CompileModule(ctx, module)
	if err != nil {
		return fmt.Errorf("agent %s: compile: %w", ref, err)
	}
	x.mu.Lock()
	old := x.agents[ref]
	x.agents[ref] = &agent{ref: ref, compiled: compiled, burst: burst}
	x.mu.Unlock()
	if old != nil {
		old.mu.Lock()
		old.stop()
		old.mu.Unlock()
	}
	return nil
}

// ErrUnknownAgent is Invoke's answer for an agent not loaded here.
var ErrUnknownAgent = errors.New("wasm: agent not loaded")

// Invoke runs one invocation of ref with input and returns its output.
// handler answers the agent's calls (emit, log, cubby.*) while it runs.
func (x *Executor) Invoke(ctx context.Context, ref, execution string, input json.RawMessage, handler runtime.Handler) (json.RawMessage, runtime.Usage, error) {
	x.mu.Lock()
	a := x.agents[ref]
	x.mu.Unlock()
	if a == nil {
		return nil, runtime.Usage{}, fmt.Errorf("%w: %s", ErrUnknownAgent, ref)
	}
	ctx, cancel, err := runtime.Prepare(ctx, ref, input, x.opts.Timeout)
	defer cancel()
	if err != nil {
		return nil, runtime.Usage{}, err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	inst, err := a.warm(x)
	if err != nil {
		return nil, runtime.Usage{}, err
	}
	out, usage, replace, err := runtime.Invoke(ctx, inst.conn, &inst.calls, ref, execution, input, handler)
	if replace && ctx.Err() == nil {
		if log := inst.stderr.Tail(512); log != "" {
			err = fmt.Errorf("agent %s: %w; its log ends: %s", ref, err, log)
		} else {
			err = fmt.Errorf("agent %s: %w", ref, err)
		}
	}
	if replace || a.burst {
		a.stop()
	}
	return out, usage, err
}

// warm returns the agent's running instance, starting one when needed.
// The caller holds a.mu.
func (a *agent) warm(x *Executor) (*instance, error) {
	if a.inst != nil {
		select {
		case <-a.inst.exited:
			a.stop()
		case <-a.inst.conn.Done():
			a.stop()
		default:
			return a.inst, nil
		}
	}
	stdinR, stdinW := io.Pipe()
	stdoutR, stdoutW := io.Pipe()
	inst := &instance{exited: make(chan struct{}), stderr: &runtime.Log{Max: x.opts.MaxLog}, stdin: stdinW, stdout: stdoutR}
	ctx, cancel := context.WithCancel(x.ctx)
	inst.cancel = cancel
	cfg := wazero.NewModuleConfig().
		WithName(""). // anonymous: instances of one module may overlap while one is replaced
		WithArgs(a.ref).
		WithStdin(stdinR).
		WithStdout(stdoutW).
		WithStderr(inst.stderr).
		WithRandSource(rand.Reader).
		WithSysWalltime().
		WithSysNanotime()
	go func() {
		defer close(inst.exited)
		mod, err := x.rt.InstantiateModule(ctx, a.compiled, cfg)
		if mod != nil {
			_ = mod.Close(context.Background())
		}
		stdoutW.CloseWithError(fmt.Errorf("the agent exited: %v", err))
		stdinR.Close()
	}()
	inst.conn = runtime.NewConn(stdoutR, stdinW, inst.calls.Route)
	a.inst = inst
	return inst, nil
}

// stop ends the warm instance, if any; the caller holds a.mu.
func (a *agent) stop() {
	if a.inst == nil {
		return
	}
	// Its input ends (a waiting read returns), its output is cut, and a
	// module still running is interrupted.
	a.inst.conn.Close(errors.New("instance stopped"))
	a.inst.stdin.Close()
	a.inst.stdout.Close()
	a.inst.cancel()
	<-a.inst.exited
	a.inst = nil
}
