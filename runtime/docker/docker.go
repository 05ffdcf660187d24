// Package docker runs agents in Docker containers through the Docker
// Engine API. An agent's static binary, or its root file system tar,
// becomes an image FROM scratch built on each node from the agent's blocks
// (no registry). A sustained agent has a pool of warm containers (between
// a minimum and a maximum, removed after an idle time, each sent a bounded
// number of invocations at once); a burst agent gets a container per
// invocation, removed after it. Invocations speak the agent protocol on
// the container's attached stdin and stdout.
//
// Every container is isolated the same way: no network (NetworkMode none),
// a read-only root with a small tmpfs at /tmp, all capabilities dropped,
// no-new-privileges, an unprivileged user, an init process, and limits on
// pids, memory (swap included) and CPU; the agent's model folder, if any,
// is mounted read-only at /model. Containers carry labels naming the node
// and the agent, so that Reap removes what a crashed node left.
//
// Each invocation is metered from the container's control group (processor
// time, memory peak). Idle containers are asked for their health; one that
// breaks is replaced, the next start waiting a backoff that doubles with
// each crash, and an agent that crashes crashLimit times within a minute
// is quarantined for QuarantineFor.
package docker

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cerestack/cere/runtime"
	"github.com/docker/docker/api/types/build"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/api/types/mount"
	"github.com/docker/docker/client"
	"github.com/docker/docker/pkg/stdcopy"
)

// Labels on every container.
const (
	LabelNode  = "cere.node"
	LabelAgent = "cere.agent"
)

// Options of an executor.
type Options struct {
	// Node names this node in the containers' labels.
	Node string
	// Timeout is an invocation's deadline when its context has none
	// (default 30 s).
	Timeout time.Duration
	// MaxLog is how much of a container's stderr is kept (default 64 KiB).
	MaxLog int
	// MinInstances are kept warm for each sustained agent (default 0:
	// the first invocation starts one).
	MinInstances int
	// MaxInstances bounds each agent's containers (default 4); past it,
	// invocations wait for one to be free.
	MaxInstances int
	// IdleTimeout is how long a warm container may go unused before it is
	// removed, down to MinInstances (default 5 min).
	IdleTimeout time.Duration
	// HealthEvery is how often an idle warm container is asked for its
	// health (default 30 s).
	HealthEvery time.Duration
	// GPUs is how many GPUs this node lends to containers (0: none).
	GPUs int
	// OnQuarantine hears of an agent quarantined for crashing in a loop;
	// it must not block.
	OnQuarantine func(ref string, err error)
}

// Limits bound one agent's containers.
type Limits struct {
	Memory int64   // bytes, default 256 MiB; swap is not allowed beyond it
	CPUs   float64 // default 1
	Pids   int64   // default 64
	GPUs   int     // asked of the node's GPUs
	// Burst runs a container per invocation, removed after it, instead of
	// warm ones.
	Burst bool
	// Concurrency is how many invocations a container is sent at once
	// (default 1). An agent built with the SDK serves them in turn.
	Concurrency int
	// ModelDir is a folder of this machine mounted read-only at /model
	// ("": none): where the node keeps the agent's models.
	ModelDir string
}

// The crash policy.
const (
	// QuarantineFor is how long an agent that crashed crashLimit times in
	// crashWindow is refused.
	QuarantineFor = 10 * time.Minute
	crashLimit    = 5
	crashWindow   = time.Minute
	firstBackoff  = 100 * time.Millisecond
	maxBackoff    = 30 * time.Second
)

// Errors an invocation may fail with.
var (
	ErrUnknownAgent = errors.New("docker: agent not registered")
	ErrQuarantined  = errors.New("docker: agent quarantined")
)

// Executor runs agents in containers.
type Executor struct {
	cli      *client.Client
	opts     Options
	creating atomic.Int32 // containers being made, not yet in owned
	ctx      context.Context
	cancel   context.CancelFunc
	wg       sync.WaitGroup // the upkeep loop and the starts it makes
	mu       sync.Mutex
	agents   map[string]*agent
	// owned holds the id of every container made and not yet removed,
	// readable without any agent's lock (Reap).
	owned sync.Map
}

type agent struct {
	ref    string
	image  string
	limits Limits
	mu     sync.Mutex
	// instances are the running containers; starting counts those being
	// made. Both count against MaxInstances.
	instances []*instance
	starting  int
	wake      chan struct{} // closed when a container frees up or ends
	model     string        // the current model's path in the containers, or ""
	modelGen  int           // counts swaps
	crashes   []time.Time   // within crashWindow
	backoff   time.Duration
	notBefore time.Time // no start before: the backoff
	until     time.Time // quarantined until
	lastCrash string
	closed    bool // replaced or the executor closed
}

type instance struct {
	id     string
	conn   *runtime.Conn
	hijack io.Closer
	stdout *io.PipeReader
	stderr *runtime.Log
	exited chan struct{}
	calls  runtime.Dispatcher
	cg     cgroup
	// swapMu sends one model at a time (sendModel).
	swapMu  sync.Mutex
	removed sync.Once
	// Under the agent's mu:
	metered    bool
	busy       int   // invocations sent and not answered
	held       int   // swaps under way: kept from idle removal
	checking   bool  // a health check is under way: no invocation is sent
	cpuMark    int64 // the cgroup's processor time when last read
	modelGen   int   // the swap it loaded last
	idleSince  time.Time
	lastHealth time.Time
}

// dead reports whether the container ended or its connection broke.
func (i *instance) dead() bool {
	select {
	case <-i.exited:
		return true
	case <-i.conn.Done():
		return true
	default:
		return false
	}
}

// New connects to the Docker Engine named by the environment (DOCKER_HOST,
// or the local socket) and checks that it answers.
func New(ctx context.Context, o Options) (*Executor, error) {
	if o.Timeout == 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxLog == 0 {
		o.MaxLog = 64 << 10
	}
	if o.MaxInstances <= 0 {
		o.MaxInstances = 4
	}
	o.MinInstances = min(max(o.MinInstances, 0), o.MaxInstances)
	if o.IdleTimeout <= 0 {
		o.IdleTimeout = 5 * time.Minute
	}
	if o.HealthEvery <= 0 {
		o.HealthEvery = 30 * time.Second
	}
	if o.OnQuarantine == nil {
		o.OnQuarantine = func(string, error) {}
	}
	cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err != nil {
		return nil, fmt.Errorf("docker: %w", err)
	}
	if _, err := cli.Ping(ctx); err != nil {
		cli.Close()
		return nil, fmt.Errorf("docker: the engine does not answer: %w", err)
	}
	xctx, cancel := context.WithCancel(context.Background())
	x := &Executor{cli: cli, opts: o, ctx: xctx, cancel: cancel, agents: map[string]*agent{}}
	x.wg.Go(x.upkeep)
	return x, nil
}

// Close removes every container this executor started.
func (x *Executor) Close() error {
	x.cancel()
	x.wg.Wait()
	x.mu.Lock()
	agents := x.agents
	x.agents = map[string]*agent{}
	x.mu.Unlock()
	for _, a := range agents {
		x.retire(a)
	}
	return x.cli.Close()
}

// Image is the tag of an agent's image: cere-agent/<name>:<version>, with
// a build metadata '+' as '_' (a tag cannot hold '+').
func Image(name, version string) string {
	return "cere-agent/" + name + ":" + strings.ReplaceAll(version, "+", "_")
}

// Bundle is what an agent's image is made of: a static linux binary, or a
// root file system tar and the command in it to run.
type Bundle struct {
	Binary     []byte
	Rootfs     []byte
	Entrypoint []string // default /agent
}

// Build makes the image of an agent from its bundle: FROM scratch, the
// binary (or the root file system) and its entry point, run as nobody. It
// returns the image's ID ("sha256:..."), which is what Register takes: the
// tag it also sets is a name anyone who builds the same name and version
// can move to another image (an agent whose version is 1.0.0+<16 characters
// of a CID has the tag of the agent named by that CID).
func (x *Executor) Build(ctx context.Context, name, version string, b Bundle) (string, error) {
	entry := b.Entrypoint
	if len(entry) == 0 {
		entry = []string{"/agent"}
	}
	entryJSON, _ := json.Marshal(entry)
	type file struct {
		name string
		mode int64
		data []byte
	}
	var files []file
	if b.Rootfs != nil {
		// ADD unpacks a local tar into the image.
		files = []file{{"Dockerfile", 0o644, fmt.Appendf(nil, "FROM scratch\nADD rootfs.tar /\nUSER 65534:65534\nENTRYPOINT %s\n", entryJSON)}, {"rootfs.tar", 0o644, b.Rootfs}}
	} else {
		files = []file{{"Dockerfile", 0o644, fmt.Appendf(nil, "FROM scratch\nCOPY agent /agent\nUSER 65534:65534\nENTRYPOINT %s\n", entryJSON)}, {"agent", 0o755, b.Binary}}
	}
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, f := range files {
		if err := tw.WriteHeader(&tar.Header{Name: f.name, Mode: f.mode, Size: int64(len(f.data)), ModTime: time.Unix(0, 0)}); err != nil {
			return "", err
		}
		if _, err := tw.Write(f.data); err != nil {
			return "", err
		}
	}
	if err := tw.Close(); err != nil {
		return "", err
	}
	tag := Image(name, version)
	resp, err := x.cli.ImageBuild(ctx, &buf, build.ImageBuildOptions{
		Tags: []string{tag}, Remove: true, ForceRemove: true,
		Labels: map[string]string{LabelAgent: name + "@" + version},
	})
	if err != nil {
		return "", fmt.Errorf("docker: build %s: %w", tag, err)
	}
	defer resp.Body.Close()
	dec := json.NewDecoder(resp.Body)
	id := ""
	for {
		var msg struct {
			Error string `json:"error"`
			Aux   struct {
				ID string `json:"ID"`
			} `json:"aux"`
		}
		if err := dec.Decode(&msg); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return "", fmt.Errorf("docker: build %s: %w", tag, err)
		}
		if msg.Error != "" {
			return "", fmt.Errorf("docker: build %s: %s", tag, msg.Error)
		}
		if msg.Aux.ID != "" {
			id = msg.Aux.ID
		}
	}
	// Asking for the tag's image now would race another build of the
	// same tag: only the build's own answer names this image.
	if !strings.HasPrefix(id, "sha256:") {
		return "", fmt.Errorf("docker: build %s: the engine did not name the image it built", tag)
	}
	return id, nil
}

// Prepare builds the image of an agent version from its module (a static
// binary, or a root filesystem with its entrypoint, as the manifest's
// build says) and registers it under key with the manifest's limits
// (runtime.Executor). The image's tag is the version, and for a key other
// than the manifest's ref (a manifest CID's agent, which may be another
// build) the end of the key too.
func (x *Executor) Prepare(ctx context.Context, key string, m *runtime.Manifest, module []byte, modelDir string) error {
	bundle := Bundle{Binary: module}
	if m.Build.Rootfs != "" {
		bundle = Bundle{Rootfs: module, Entrypoint: m.Build.Entrypoint}
	}
	tag := m.Version
	if key != m.Ref() {
		tag += "_" + key[len(key)-16:]
	}
	image, err := x.Build(ctx, m.Name, tag, bundle)
	if err != nil {
		return err
	}
	l := Limits{CPUs: m.Resources.CPU, Pids: int64(m.Resources.Pids), GPUs: m.Resources.GPU,
		Burst: m.Mode == "burst", Concurrency: m.Concurrency, ModelDir: modelDir}
	l.Memory, _ = runtime.ParseBytes(m.Resources.Memory)
	return x.Register(key, image, l)
}

// Register makes ref (name@version) run image, an image ID as Build
// returns it, within limits; registering again replaces it (and lifts a
// quarantine), and removes its containers.
func (x *Executor) Register(ref, image string, l Limits) error {
	if l.Memory == 0 {
		l.Memory = 256 << 20
	}
	if l.CPUs == 0 {
		l.CPUs = 1
	}
	if l.Pids == 0 {
		l.Pids = 64
	}
	if l.Concurrency <= 0 {
		l.Concurrency = 1
	}
	if l.GPUs > x.opts.GPUs {
		return fmt.Errorf("agent %s: asks for %d GPUs; this node lends %d", ref, l.GPUs, x.opts.GPUs)
	}
	if !strings.HasPrefix(image, "sha256:") {
		return fmt.Errorf("agent %s: image %q is not an image ID (sha256:...): a tag can be moved to another image", ref, image)
	}
	x.mu.Lock()
	old := x.agents[ref]
	x.agents[ref] = &agent{ref: ref, image: image, limits: l, wake: make(chan struct{})}
	x.mu.Unlock()
	if old != nil {
		x.retire(old)
	}
	return nil
}

// retire removes a replaced agent's containers; invocations under way on
// them fail.
func (x *Executor) retire(a *agent) {
	a.mu.Lock()
	a.closed = true
	list := a.instances
	a.instances = nil
	a.signal()
	a.mu.Unlock()
	for _, inst := range list {
		x.removeInstance(inst)
	}
}

// signal wakes the invocations waiting for a container; the caller holds
// a.mu.
func (a *agent) signal() {
	close(a.wake)
	a.wake = make(chan struct{})
}

func (x *Executor) agent(ref string) (*agent, error) {
	x.mu.Lock()
	a := x.agents[ref]
	x.mu.Unlock()
	if a == nil {
		return nil, fmt.Errorf("%w: %s", ErrUnknownAgent, ref)
	}
	return a, nil
}

// Invoke runs one invocation of ref with input; handler answers the
// agent's calls while it runs.
func (x *Executor) Invoke(ctx context.Context, ref, execution string, input json.RawMessage, handler runtime.Handler) (json.RawMessage, runtime.Usage, error) {
	a, err := x.agent(ref)
	if err != nil {
		return nil, runtime.Usage{}, err
	}
	ctx, cancel, err := runtime.Prepare(ctx, ref, input, x.opts.Timeout)
	defer cancel()
	if err != nil {
		return nil, runtime.Usage{}, err
	}
	inst, err := x.acquire(ctx, a)
	if err != nil {
		return nil, runtime.Usage{}, err
	}
	out, usage, replace, err := runtime.Invoke(ctx, inst.conn, &inst.calls, ref, execution, input, handler)
	a.mu.Lock()
	x.meter(a, inst, &usage, replace)
	a.mu.Unlock()
	crashed := false
	if replace && ctx.Err() == nil {
		// Closed for another invocation's deadline, or removed: not this
		// agent's doing.
		crashed = !closedByUs(inst.conn.Err())
		err = fmt.Errorf("agent %s: %s", ref, x.why(inst, err))
	}
	a.mu.Lock()
	inst.busy--
	inst.idleSince = time.Now()
	var removed bool
	if replace || a.limits.Burst || a.closed {
		removed = a.drop(inst)
	}
	var quarantine error
	if crashed && removed {
		// Once per container, however many invocations it took down.
		quarantine = x.crashed(a, err.Error())
	} else if err == nil {
		a.backoff = 0
	}
	a.signal()
	a.mu.Unlock()
	x.quarantined(a, quarantine)
	if removed {
		x.removeInstance(inst)
	}
	return out, usage, err
}

// closedByUs reports whether a connection was closed by the node (a
// deadline, a cancellation, a removal) rather than by the agent.
func closedByUs(err error) bool {
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) || errors.Is(err, errRemoved)
}

// meter fills in what the invocation used from inst's control group; the
// caller holds a.mu. The agent serves its invocations in turn, so what the
// group used since the last reading is this invocation's. A container that
// ended took its group with it: it is charged the most its limits allowed.
func (x *Executor) meter(a *agent, inst *instance, usage *runtime.Usage, broke bool) {
	if !inst.metered {
		return
	}
	if now, ok := inst.cg.cpuNS(); ok {
		usage.CPUMS = float64(now-inst.cpuMark) / 1e6
		inst.cpuMark = now
	} else {
		usage.CPUMS = usage.WallMS * a.limits.CPUs
	}
	usage.MemPeakBytes = inst.cg.peakBytes()
	if usage.MemPeakBytes == 0 && broke {
		usage.MemPeakBytes = a.limits.Memory
	}
}

// acquire returns a container with room for one more invocation, on the
// agent's current model: the least busy running one, or a new one while
// under MaxInstances; else it waits for one to free up. Burst agents
// always get a new one.
func (x *Executor) acquire(ctx context.Context, a *agent) (*instance, error) {
	a.mu.Lock()
	for {
		if a.closed {
			a.mu.Unlock()
			return nil, fmt.Errorf("%w: %s (replaced)", ErrUnknownAgent, a.ref)
		}
		if time.Now().Before(a.until) {
			err := fmt.Errorf("%w: %s: its containers crashed %d times within %s; refused until %s; last: %s", ErrQuarantined, a.ref, crashLimit, crashWindow, a.until.Format(time.RFC3339), a.lastCrash)
			a.mu.Unlock()
			return nil, err
		}
		var best *instance
		var quarantine error
		for _, inst := range slices.Clone(a.instances) {
			if inst.dead() {
				if a.drop(inst) && !closedByUs(inst.conn.Err()) {
					quarantine = errors.Join(quarantine, x.crashed(a, "the container ended: "+inst.stderr.Tail(256)))
				}
				go x.removeInstance(inst)
				continue
			}
			if !a.limits.Burst && !inst.checking && inst.busy < a.limits.Concurrency && (best == nil || inst.busy < best.busy) {
				best = inst
			}
		}
		if quarantine != nil {
			a.mu.Unlock()
			x.quarantined(a, quarantine)
			a.mu.Lock()
			continue
		}
		if best == nil && len(a.instances)+a.starting < x.opts.MaxInstances {
			inst, err := x.startLocked(ctx, a)
			if err != nil {
				a.mu.Unlock()
				return nil, err
			}
			best = inst
		}
		if best == nil {
			wake := a.wake
			a.mu.Unlock()
			select {
			case <-wake:
			case <-ctx.Done():
				return nil, fmt.Errorf("agent %s: waiting for a free container: %w", a.ref, ctx.Err())
			}
			a.mu.Lock()
			continue
		}
		x.take(a, best)
		stale := best.modelGen != a.modelGen
		a.mu.Unlock()
		if !stale {
			return best, nil
		}
		// It missed the last swap (made meanwhile, or busy then): send it
		// the model before this invocation, not charged to it.
		if err := x.sendModel(ctx, a, best); err != nil {
			a.mu.Lock()
			best.busy--
			gone := best.busy == 0 && a.drop(best)
			a.signal()
			a.mu.Unlock()
			if gone {
				x.removeInstance(best)
			}
			return nil, fmt.Errorf("agent %s: %w", a.ref, err)
		}
		a.mu.Lock()
		if best.busy == 1 {
			x.mark(best)
		}
		a.mu.Unlock()
		return best, nil
	}
}

// take counts an invocation on inst; the caller holds a.mu. An instance
// that was idle is read afresh, so that its idle time is not charged.
func (x *Executor) take(a *agent, inst *instance) {
	if inst.busy == 0 {
		x.mark(inst)
	}
	inst.busy++
}

// mark starts inst's metering afresh; the caller holds its agent's mu.
func (x *Executor) mark(inst *instance) {
	if inst.metered {
		inst.cpuMark, _ = inst.cg.cpuNS()
		inst.cg.resetPeak()
	}
}

// startLocked starts a container for a, after the backoff, and adds it to
// a's containers; the caller holds a.mu, which is let go meanwhile and held
// again on return.
func (x *Executor) startLocked(ctx context.Context, a *agent) (*instance, error) {
	a.starting++
	wait := time.Until(a.notBefore)
	a.mu.Unlock()
	var inst *instance
	err := sleep(ctx, wait)
	if err == nil {
		inst, err = x.start(ctx, a)
	}
	a.mu.Lock()
	a.starting--
	a.signal()
	if err != nil {
		if ctx.Err() == nil && !errors.Is(err, errModel) {
			q := x.crashed(a, err.Error())
			if q != nil {
				a.mu.Unlock()
				x.quarantined(a, q)
				a.mu.Lock()
			}
		}
		return nil, err
	}
	if a.closed {
		go x.removeInstance(inst)
		return nil, fmt.Errorf("%w: %s (replaced)", ErrUnknownAgent, a.ref)
	}
	a.instances = append(a.instances, inst)
	return inst, nil
}

// errModel marks a container that would not load its agent's model: the
// model's fault, not a crash.
var errModel = errors.New("model not loaded")

// sendModel sends inst the agent's current model unless it was sent it
// already, and waits for the agent to load it (after the invocations sent
// before). One model at a time goes to an instance, so two swaps cannot
// cross on the way.
func (x *Executor) sendModel(ctx context.Context, a *agent, inst *instance) error {
	inst.swapMu.Lock()
	defer inst.swapMu.Unlock()
	a.mu.Lock()
	model, gen, sent := a.model, a.modelGen, inst.modelGen
	a.mu.Unlock()
	if sent >= gen {
		return nil
	}
	if model != "" {
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := inst.conn.Control(ctx, runtime.MethodModelSwap, map[string]string{"path": model}, nil); err != nil {
			return fmt.Errorf("%w: %s: %w", errModel, model, err)
		}
	}
	a.mu.Lock()
	inst.modelGen = max(inst.modelGen, gen)
	a.mu.Unlock()
	return nil
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// crashed counts a crash of a's containers: the next start waits a longer
// backoff, and crashLimit crashes within crashWindow quarantine the agent,
// which it returns as an error for quarantined. The caller holds a.mu.
func (x *Executor) crashed(a *agent, why string) error {
	now := time.Now()
	a.lastCrash = why
	recent := a.crashes[:0]
	for _, t := range a.crashes {
		if now.Sub(t) < crashWindow {
			recent = append(recent, t)
		}
	}
	a.crashes = append(recent, now)
	a.backoff = min(max(2*a.backoff, firstBackoff), maxBackoff)
	a.notBefore = now.Add(a.backoff)
	if len(a.crashes) < crashLimit {
		return nil
	}
	a.until = now.Add(QuarantineFor)
	a.crashes = nil
	a.backoff = 0
	return fmt.Errorf("agent %s: its containers crashed %d times within %s: quarantined for %s; last: %s", a.ref, crashLimit, crashWindow, QuarantineFor, why)
}

// quarantined tells OnQuarantine, outside a's lock, when err is set.
func (x *Executor) quarantined(a *agent, err error) {
	if err != nil {
		x.opts.OnQuarantine(a.ref, err)
	}
}

// drop takes inst out of a's running containers, reporting whether it was
// there (so that only one caller counts its end); the caller holds a.mu.
func (a *agent) drop(inst *instance) bool {
	for i, x := range a.instances {
		if x == inst {
			a.instances = append(a.instances[:i], a.instances[i+1:]...)
			a.signal()
			return true
		}
	}
	return false
}

// SwapModel makes the model file name, in the agent's model folder, its
// model: every running container is sent model.swap with its path under
// /model and loads it after the invocations it was sent before (none of
// them fails for it); an invocation that starts after SwapModel returns
// sees the new model, on every container, and containers started later
// load it first. When a container's agent refuses the model, the previous
// one is restored and the error says why. It returns how many containers
// loaded it; those that did not answer in time load it before their next
// invocation.
func (x *Executor) SwapModel(ctx context.Context, ref, name string) (int, error) {
	a, err := x.agent(ref)
	if err != nil {
		return 0, err
	}
	if name == "" || strings.ContainsAny(name, "/\\") || name == "." || name == ".." {
		return 0, fmt.Errorf("agent %s: model %q: want a file name in the model folder", ref, name)
	}
	if a.limits.ModelDir == "" {
		return 0, fmt.Errorf("agent %s: no model folder", ref)
	}
	a.mu.Lock()
	previous := a.model
	a.model = "/model/" + name
	a.modelGen++
	gen := a.modelGen
	var list []*instance
	for _, inst := range a.instances {
		if !inst.dead() {
			inst.held++
			list = append(list, inst)
		}
	}
	a.mu.Unlock()
	errs := make([]error, len(list))
	var wg sync.WaitGroup
	for i, inst := range list {
		wg.Go(func() { errs[i] = x.sendModel(ctx, a, inst) })
	}
	wg.Wait()
	n := 0
	var refused error
	a.mu.Lock()
	for i, inst := range list {
		inst.held--
		var agentErr *runtime.Error
		switch {
		case errs[i] == nil:
			n++
		case errors.As(errs[i], &agentErr):
			refused = errs[i]
		}
	}
	if refused != nil && a.modelGen == gen {
		// Back to the previous model: the containers that loaded this one
		// load it again before their next invocation.
		a.model = previous
		a.modelGen++
	}
	a.signal()
	a.mu.Unlock()
	if refused != nil {
		return 0, fmt.Errorf("agent %s: the agent refused model %s, so it keeps its previous one: %w", ref, name, refused)
	}
	return n, nil
}

// why says why a container broke off: out of memory, its exit code, and
// the end of its log.
func (x *Executor) why(inst *instance, err error) string {
	why := err.Error()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if info, ierr := x.cli.ContainerInspect(ctx, inst.id); ierr == nil && info.State != nil {
		switch {
		case info.State.OOMKilled:
			why = "out of memory (OOMKilled)"
		case !info.State.Running:
			why = fmt.Sprintf("%s (exit code %d)", why, info.State.ExitCode)
		}
	}
	if log := inst.stderr.Tail(512); log != "" {
		why += "; its log ends: " + log
	}
	return why
}

// containerConfig is how a's containers are made.
func (x *Executor) containerConfig(a *agent) (*container.Config, *container.HostConfig) {
	init := true
	pids := a.limits.Pids
	host := &container.HostConfig{
		NetworkMode:    "none",
		ReadonlyRootfs: true,
		Tmpfs:          map[string]string{"/tmp": "rw,nosuid,nodev,noexec,size=64m"},
		CapDrop:        []string{"ALL"},
		SecurityOpt:    []string{"no-new-privileges"},
		Init:           &init,
		LogConfig:      container.LogConfig{Type: "json-file", Config: map[string]string{"max-size": "1m", "max-file": "1"}},
		Resources: container.Resources{
			Memory: a.limits.Memory, MemorySwap: a.limits.Memory,
			NanoCPUs: int64(a.limits.CPUs * 1e9), PidsLimit: &pids,
			Ulimits: []*container.Ulimit{{Name: "nofile", Soft: 1024, Hard: 1024}},
		},
	}
	if a.limits.GPUs > 0 {
		host.DeviceRequests = []container.DeviceRequest{{Count: a.limits.GPUs, Capabilities: [][]string{{"gpu"}}}}
	}
	if a.limits.ModelDir != "" {
		host.Mounts = []mount.Mount{{Type: mount.TypeBind, Source: a.limits.ModelDir, Target: "/model", ReadOnly: true}}
	}
	return &container.Config{
		Image: a.image, User: "65534:65534",
		OpenStdin: true, AttachStdin: true, AttachStdout: true, AttachStderr: true,
		NetworkDisabled: true,
		Labels:          map[string]string{LabelNode: x.opts.Node, LabelAgent: a.ref},
	}, host
}

// start makes, attaches and starts a container for a, and has it load a's
// model.
func (x *Executor) start(ctx context.Context, a *agent) (*instance, error) {
	cfg, host := x.containerConfig(a)
	x.creating.Add(1)
	created, err := x.cli.ContainerCreate(ctx, cfg, host, nil, nil, "")
	if err == nil {
		x.owned.Store(created.ID, true) // from now on it is ours, for Reap
	}
	x.creating.Add(-1)
	if err != nil {
		return nil, fmt.Errorf("agent %s: create container: %w", a.ref, err)
	}
	att, err := x.cli.ContainerAttach(ctx, created.ID, container.AttachOptions{Stream: true, Stdin: true, Stdout: true, Stderr: true})
	if err != nil {
		x.remove(created.ID)
		return nil, fmt.Errorf("agent %s: attach: %w", a.ref, err)
	}
	stdoutR, stdoutW := io.Pipe()
	inst := &instance{id: created.ID, hijack: att.Conn, stdout: stdoutR, stderr: &runtime.Log{Max: x.opts.MaxLog}, exited: make(chan struct{}), idleSince: time.Now(), lastHealth: time.Now()}
	go func() {
		defer close(inst.exited)
		_, err := stdcopy.StdCopy(stdoutW, inst.stderr, att.Reader)
		if err == nil {
			err = errors.New("the container ended")
		}
		stdoutW.CloseWithError(err)
	}()
	inst.conn = runtime.NewConn(stdoutR, att.Conn, inst.calls.Route)
	if err := x.cli.ContainerStart(ctx, created.ID, container.StartOptions{}); err != nil {
		x.removeInstance(inst)
		return nil, fmt.Errorf("agent %s: start container: %w", a.ref, err)
	}
	inst.cg, inst.metered = findCgroup(created.ID, 0)
	if !inst.metered {
		if info, err := x.cli.ContainerInspect(ctx, created.ID); err == nil && info.State != nil {
			inst.cg, inst.metered = findCgroup(created.ID, info.State.Pid)
		}
	}
	if err := x.sendModel(ctx, a, inst); err != nil {
		err = fmt.Errorf("agent %s: %w (%s)", a.ref, err, x.why(inst, err))
		x.removeInstance(inst)
		return nil, err
	}
	return inst, nil
}

// errRemoved is why the connection of a container the node removed ended.
var errRemoved = errors.New("container removed")

// removeInstance closes inst's connection and removes its container, once.
func (x *Executor) removeInstance(inst *instance) {
	inst.removed.Do(func() {
		inst.conn.Close(errRemoved)
		inst.hijack.Close()
		inst.stdout.Close()
		x.remove(inst.id)
	})
}

func (x *Executor) remove(id string) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = x.cli.ContainerRemove(ctx, id, container.RemoveOptions{Force: true})
	x.owned.Delete(id)
}

// upkeep runs every second: it removes containers idle past IdleTimeout
// (down to MinInstances) and those that ended, starts containers up to
// MinInstances, and asks idle ones for their health every HealthEvery.
func (x *Executor) upkeep() {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-x.ctx.Done():
			return
		case <-t.C:
		}
		x.mu.Lock()
		agents := make([]*agent, 0, len(x.agents))
		for _, a := range x.agents {
			agents = append(agents, a)
		}
		x.mu.Unlock()
		for _, a := range agents {
			x.tend(a)
		}
	}
}

// tend is upkeep for one agent.
func (x *Executor) tend(a *agent) {
	now := time.Now()
	var gone, check []*instance
	var quarantine error
	a.mu.Lock()
	for _, inst := range slices.Clone(a.instances) {
		switch {
		case inst.busy > 0 || inst.held > 0 || inst.checking:
		case inst.dead():
			if a.drop(inst) && !closedByUs(inst.conn.Err()) {
				quarantine = errors.Join(quarantine, x.crashed(a, "the container ended: "+inst.stderr.Tail(256)))
			}
			gone = append(gone, inst)
		case now.Sub(inst.idleSince) > x.opts.IdleTimeout && len(a.instances) > x.opts.MinInstances:
			a.drop(inst)
			gone = append(gone, inst)
		case now.Sub(inst.lastHealth) > x.opts.HealthEvery:
			// No invocation is sent to it meanwhile (acquire skips it),
			// so a slow answer is the agent's.
			inst.checking = true
			inst.lastHealth = now
			check = append(check, inst)
		}
	}
	need := 0
	if !a.limits.Burst && !a.closed && now.After(a.until) && now.After(a.notBefore) {
		need = x.opts.MinInstances - len(a.instances) - a.starting
	}
	a.starting += max(need, 0)
	a.mu.Unlock()
	x.quarantined(a, quarantine)
	for _, inst := range gone {
		x.removeInstance(inst)
	}
	for _, inst := range check {
		x.wg.Go(func() { x.checkHealth(a, inst) })
	}
	for range max(need, 0) {
		x.wg.Go(func() {
			inst, err := x.start(x.ctx, a)
			var q error
			a.mu.Lock()
			a.starting--
			if err == nil {
				if a.closed {
					err = errors.New("replaced")
				} else {
					a.instances = append(a.instances, inst)
				}
			} else if x.ctx.Err() == nil && !errors.Is(err, errModel) {
				q = x.crashed(a, err.Error())
			}
			a.signal()
			a.mu.Unlock()
			x.quarantined(a, q)
			if err != nil && inst != nil {
				x.removeInstance(inst)
			}
		})
	}
}

// checkHealth asks an idle container for its health; one that does not
// answer well within 5 s is replaced, as a crash.
func (x *Executor) checkHealth(a *agent, inst *instance) {
	ctx, cancel := context.WithTimeout(x.ctx, 5*time.Second)
	defer cancel()
	var health struct {
		OK bool `json:"ok"`
	}
	err := inst.conn.Control(ctx, runtime.MethodHealth, nil, &health)
	if err == nil && !health.OK {
		err = errors.New("the agent reports it is not well")
	}
	var q error
	a.mu.Lock()
	inst.checking = false
	remove := err != nil && x.ctx.Err() == nil && a.drop(inst)
	if remove {
		q = x.crashed(a, "health: "+err.Error())
	}
	a.signal()
	a.mu.Unlock()
	x.quarantined(a, q)
	if remove {
		x.removeInstance(inst)
	}
}

// Reap removes the containers labelled with this node that this executor
// did not make or has removed: those a crashed node left behind.
func (x *Executor) Reap(ctx context.Context) (int, error) {
	list, err := x.cli.ContainerList(ctx, container.ListOptions{All: true, Filters: filters.NewArgs(filters.Arg("label", LabelNode+"="+x.opts.Node))})
	if err != nil {
		return 0, fmt.Errorf("docker: list containers: %w", err)
	}
	// A container is marked ours just after it is made: one listed while
	// a make is under way may be that one, and is left when it is recent.
	// (A make counts until after its mark, so once none is under way,
	// every container made is marked.)
	making := x.creating.Load() > 0
	n := 0
	for _, c := range list {
		if _, ok := x.owned.Load(c.ID); !ok && (!making || time.Since(time.Unix(c.Created, 0)) > time.Minute) {
			x.remove(c.ID)
			n++
		}
	}
	return n, nil
}
