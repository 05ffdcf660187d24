// Package wasm runs WebAssembly agents (WASI preview 1) with wazero: each
// agent version is compiled once, and a warm instance serves its
// invocations one at a time over the agent protocol on its stdin and
// stdout (in burst mode, an instance per invocation). An instance has a
// memory page limit; an invocation that runs past its deadline, or an
// agent that writes something other than the protocol, closes the
// instance, and the next invocation starts a new one.
//
// An agent version may have a model folder, which its instances see
// read-only at /model; the package keeps which file there is the agent's
// current model and tells every instance (model.swap) before it serves an
// invocation, and again on each swap. It owns the instances and what they
// see; the model files themselves are the node's.
package wasm

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cerestack/cere/runtime"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	experimentalsys "github.com/tetratelabs/wazero/experimental/sys"
	"github.com/tetratelabs/wazero/experimental/sysfs"
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
	burst    bool   // an instance per invocation
	modelDir string // seen at /model, or ""
	compiled wazero.CompiledModule
	mu       sync.Mutex // one invocation at a time

	// state guards inst and model apart from mu: SwapModel must reach the
	// running instance while an invocation holds mu.
	state sync.Mutex
	inst  *instance // the running instance, or nil
	model string    // the path every instance must hold; "" until a swap
}

// instance is one running module and the protocol over its stdio.
type instance struct {
	conn    *runtime.Conn
	stdin   *io.PipeWriter
	stdout  *io.PipeReader
	out     *output
	cancel  context.CancelFunc
	exited  chan struct{}
	stderr  *runtime.Log
	calls   runtime.Dispatcher // to the open invocation's handler
	stopped atomic.Bool

	// swapping is held while a model.swap is sent: the swaps to one
	// instance go one after another, each reading the agent's model once
	// it holds this, so whichever goes last sends the newest.
	swapping chan struct{}
	model    string // the path the instance acknowledged; under swapping
}

// output is an instance's stdout. It notes the size of the instance's
// linear memory as the module writes: the module grows its memory on its
// own goroutine, the one that calls Write, so the size is read there
// rather than raced from another goroutine while, say, a model.swap runs.
type output struct {
	*io.PipeWriter
	mod api.Module // set before the module's code first runs
	mem atomic.Int64
}

func (o *output) Write(p []byte) (int, error) {
	if o.mod != nil {
		if m := o.mod.Memory(); m != nil {
			o.mem.Store(int64(m.Size()))
		}
	}
	return o.PipeWriter.Write(p)
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

// LoadOptions say how an agent version runs.
type LoadOptions struct {
	// Burst runs each invocation in a fresh instance rather than a warm
	// one.
	Burst bool
	// ModelDir is a host folder that the instances see read-only at
	// /model (empty: no /model): the node keeps the agent version's model
	// files there, named by CID. SwapModel picks the current one.
	ModelDir string
}

// Prepare loads an agent version's module under key, with the manifest's
// mode and its models' folder (runtime.Executor).
func (x *Executor) Prepare(ctx context.Context, key string, m *runtime.Manifest, module []byte, modelDir string) error {
	return x.Load(ctx, key, module, LoadOptions{Burst: m.Mode == "burst", ModelDir: modelDir})
}

// Load compiles module as the agent ref (name@version). Loading a ref
// again replaces it: its instance is stopped, and its current model is
// kept when the model folder is the same.
func (x *Executor) Load(ctx context.Context, ref string, module []byte, o LoadOptions) error {
	if o.ModelDir != "" {
		if fi, err := os.Stat(o.ModelDir); err != nil {
			return fmt.Errorf("agent %s: model folder: %w", ref, err)
		} else if !fi.IsDir() {
			return fmt.Errorf("agent %s: model folder %s is not a folder", ref, o.ModelDir)
		}
	}
	compiled, err := x.rt.CompileModule(ctx, module)
	if err != nil {
		return fmt.Errorf("agent %s: compile: %w", ref, err)
	}
	a := &agent{ref: ref, compiled: compiled, burst: o.Burst, modelDir: o.ModelDir}
	x.mu.Lock()
	old := x.agents[ref]
	if old != nil && old.modelDir == o.ModelDir {
		// Under x.mu, as SwapModel sets it: a swap lands on the old agent
		// before this, or on the new one after.
		old.state.Lock()
		a.model = old.model
		old.state.Unlock()
	}
	x.agents[ref] = a
	x.mu.Unlock()
	if old != nil {
		old.mu.Lock()
		old.stop()
		old.mu.Unlock()
	}
	return nil
}

// ErrUnknownAgent is Invoke's and SwapModel's answer for an agent not
// loaded here.
var ErrUnknownAgent = errors.New("wasm: agent not loaded")

// SwapModel makes /model/name (a file in ref's model folder) the agent's
// current model. The running instance, if any, is sent model.swap and
// SwapModel waits for its answer, but not for the invocation it may be
// serving: the agent reads the swap after that invocation, and every
// invocation after it sees the new model. An instance started later is
// sent the model before its first invocation. swapped is how many running
// instances acknowledged (0 or 1: an agent runs one instance at a time).
//
// An instance still busy when ctx ends keeps running and loads the model
// after its invocation (0, nil). One whose agent refuses the model is
// stopped and the previous model restored. One that breaks is stopped, and
// err says why; the model stays current,
// so the next invocation starts a fresh instance and fails if that one
// cannot load it either.
func (x *Executor) SwapModel(ctx context.Context, ref, name string) (swapped int, err error) {
	if name == "" || name == "." || name == ".." || strings.ContainsAny(name, `/\`) {
		return 0, fmt.Errorf("agent %s: model %q: want a file name", ref, name)
	}
	x.mu.Lock()
	a := x.agents[ref]
	if a == nil {
		x.mu.Unlock()
		return 0, fmt.Errorf("%w: %s", ErrUnknownAgent, ref)
	}
	if a.modelDir == "" {
		x.mu.Unlock()
		return 0, fmt.Errorf("agent %s: model %s: the agent was loaded without a model folder", ref, name)
	}
	// The model and the instance to tell are taken together: an instance
	// registered after this reads the new model as it starts; one
	// registered before is told here. Either way none is left on the old.
	a.state.Lock()
	previous := a.model
	a.model = "/model/" + name
	inst := a.inst
	a.state.Unlock()
	x.mu.Unlock()
	if inst == nil {
		return 0, nil
	}
	if err := inst.swap(ctx, a); err != nil {
		if inst.stopped.Load() {
			return 0, nil // replaced meanwhile; its successor is told at its start
		}
		if ctx.Err() != nil && inst.conn.Err() == nil {
			// Busy past ctx: the swap is on its way, and is sent again
			// before the next invocation.
			return 0, nil
		}
		a.retire(inst)
		var refused *runtime.Error
		if errors.As(err, &refused) {
			// The agent cannot load it: the next instance gets the model
			// it had.
			a.state.Lock()
			if a.model == "/model/"+name {
				a.model = previous
			}
			a.state.Unlock()
			return 0, fmt.Errorf("agent %s: the agent refused model %s, so it keeps its previous one: %w", ref, name, err)
		}
		return 0, fmt.Errorf("agent %s: %w (the instance was stopped)", ref, err)
	}
	return 1, nil
}

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
	inst, err := a.warm(ctx, x)
	if err != nil {
		return nil, runtime.Usage{}, err
	}
	out, usage, replace, err := runtime.Invoke(ctx, inst.conn, &inst.calls, ref, execution, input, handler)
	// A module runs on one goroutine and wazero keeps no processor time per
	// instance: the time the invocation took is the closest figure, and an
	// upper bound of it.
	usage.CPUMS = usage.WallMS
	// Linear memory only grows, so its size after the invocation is its
	// peak (since the instance started).
	usage.MemPeakBytes = inst.out.mem.Load()
	if replace && ctx.Err() == nil {
		if log := inst.stderr.Tail(512); log != "" {
			err = fmt.Errorf("agent %s: %w; its log ends: %s", ref, err, log)
		} else {
			err = fmt.Errorf("agent %s: %w", ref, err)
		}
	}
	if replace || a.burst {
		a.retire(inst)
	}
	return out, usage, err
}

// warm returns the agent's running instance, starting one when needed and
// telling it the current model. The caller holds a.mu.
func (a *agent) warm(ctx context.Context, x *Executor) (*instance, error) {
	a.state.Lock()
	inst := a.inst
	a.state.Unlock()
	if inst != nil {
		select {
		case <-inst.exited:
			a.retire(inst)
		case <-inst.conn.Done():
			a.retire(inst)
		default:
			return inst, nil
		}
	}
	inst = a.start(x)
	// Registered before the model is read (in swap): a SwapModel from now
	// on reaches this instance too.
	a.state.Lock()
	a.inst = inst
	a.state.Unlock()
	if err := inst.swap(ctx, a); err != nil {
		a.retire(inst)
		if log := inst.stderr.Tail(512); log != "" {
			return nil, fmt.Errorf("agent %s: %w; its log ends: %s", a.ref, err, log)
		}
		return nil, fmt.Errorf("agent %s: %w", a.ref, err)
	}
	return inst, nil
}

// start starts an instance of the agent's module.
func (a *agent) start(x *Executor) *instance {
	stdinR, stdinW := io.Pipe()
	stdoutR, stdoutW := io.Pipe()
	inst := &instance{exited: make(chan struct{}), stderr: &runtime.Log{Max: x.opts.MaxLog}, stdin: stdinW, stdout: stdoutR,
		out: &output{PipeWriter: stdoutW}, swapping: make(chan struct{}, 1)}
	ctx, cancel := context.WithCancel(x.ctx)
	inst.cancel = cancel
	cfg := wazero.NewModuleConfig().
		WithName(""). // anonymous: instances of one module may overlap while one is replaced
		WithArgs(a.ref).
		WithStdin(stdinR).
		WithStdout(inst.out).
		WithStderr(inst.stderr).
		WithRandSource(rand.Reader).
		WithSysWalltime().
		WithSysNanotime().
		WithStartFunctions() // _start is called below, once output knows the module
	if a.modelDir != "" {
		cfg = cfg.WithFSConfig(wazero.NewFSConfig().(sysfs.FSConfig).WithSysFSMount(modelMount(a.modelDir), "/model"))
	}
	go func() {
		defer close(inst.exited)
		err := func() error {
			mod, err := x.rt.InstantiateModule(ctx, a.compiled, cfg)
			if err != nil {
				return err
			}
			defer mod.Close(context.Background())
			inst.out.mod = mod
			start := mod.ExportedFunction("_start")
			if start == nil {
				return errors.New("the module exports no _start")
			}
			_, err = start.Call(ctx)
			return err
		}()
		stdoutW.CloseWithError(fmt.Errorf("the agent exited: %v", err))
		stdinR.Close()
	}()
	inst.conn = runtime.NewConn(stdoutR, stdinW, inst.calls.Route)
	return inst
}

// modelMount is dir as instances see it at /model: read-only, and closed
// at its top. wazero's WithReadOnlyDirMount would let a module open
// "../../etc/passwd" from it through raw WASI calls (its documentation
// says so); os.DirFS refuses a path that climbs out.
func modelMount(dir string) experimentalsys.FS {
	return readOnly{&sysfs.ReadFS{FS: &sysfs.AdaptFS{FS: os.DirFS(dir)}}}
}

// readOnly refuses an open for writing as a read-only file system, which
// says more to the agent's author than sysfs.ReadFS's "not implemented".
type readOnly struct{ experimentalsys.FS }

func (r readOnly) OpenFile(path string, flag experimentalsys.Oflag, perm fs.FileMode) (experimentalsys.File, experimentalsys.Errno) {
	if flag&(experimentalsys.O_WRONLY|experimentalsys.O_RDWR) != 0 && flag&experimentalsys.O_DIRECTORY == 0 {
		return nil, experimentalsys.EROFS
	}
	return r.FS.OpenFile(path, flag, perm)
}

// swap sends the instance the agent's current model unless it holds it
// already. The model is read once the instance is this caller's alone, so
// whichever swap goes last sends the newest model.
func (in *instance) swap(ctx context.Context, a *agent) error {
	select {
	case in.swapping <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("model.swap: %w", ctx.Err())
	}
	defer func() { <-in.swapping }()
	a.state.Lock()
	want := a.model
	a.state.Unlock()
	if want == in.model {
		return nil
	}
	// Control, not Call: giving up waiting must not end the invocation
	// the agent is serving before it reads the swap.
	if err := in.conn.Control(ctx, runtime.MethodModelSwap, map[string]string{"path": want}, nil); err != nil {
		return fmt.Errorf("model %s: %w", want, err)
	}
	in.model = want
	return nil
}

// retire stops inst and forgets it if it is still the running instance.
// It needs no lock: SwapModel retires an instance that failed its swap
// while an invocation may hold a.mu.
func (a *agent) retire(inst *instance) {
	inst.stop()
	a.state.Lock()
	if a.inst == inst {
		a.inst = nil
	}
	a.state.Unlock()
}

// stop ends the running instance, if any.
func (a *agent) stop() {
	a.state.Lock()
	inst := a.inst
	a.state.Unlock()
	if inst != nil {
		a.retire(inst)
	}
}

// stop ends the instance; it may be called again, and from several
// goroutines.
func (in *instance) stop() {
	in.stopped.Store(true)
	// Its input ends (a waiting read returns), its output is cut, and a
	// module still running is interrupted.
	in.conn.Close(errors.New("instance stopped"))
	in.stdin.Close()
	in.stdout.Close()
	in.cancel()
	<-in.exited
}
