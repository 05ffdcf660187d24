// Package docker runs agents in Docker containers through the Docker
// Engine API: an agent's static binary becomes an image FROM scratch, and a
// warm container per agent version serves its invocations one at a time
// over the agent protocol on the container's attached stdin and stdout.
//
// Every container is isolated the same way: no network (NetworkMode none),
// a read-only root with a small tmpfs at /tmp, all capabilities dropped,
// no-new-privileges, an unprivileged user, an init process, and limits on
// pids, memory (swap included) and CPU. Containers carry labels naming the
// node and the agent, so that Reap removes what a crashed node left.
package docker

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cerestack/cere/runtime"
	"github.com/docker/docker/api/types/build"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
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
}

// Limits bound one agent's containers.
type Limits struct {
	Memory int64   // bytes, default 256 MiB; swap is not allowed beyond it
	CPUs   float64 // default 1
	Pids   int64   // default 64
	// Burst runs a container per invocation, removed after it, instead of
	// a warm one.
	Burst bool
}

// Executor runs agents in containers.
type Executor struct {
	cli    *client.Client
	opts   Options
	ctx    context.Context
	cancel context.CancelFunc
	mu     sync.Mutex
	agents map[string]*agent
}

type agent struct {
	ref    string
	image  string
	limits Limits
	mu     sync.Mutex // held for a whole invocation
	inst   *instance
	// container is the warm container's id, readable without mu (Reap).
	container atomic.Pointer[string]
}

type instance struct {
	id     string
	conn   *runtime.Conn
	hijack io.Closer
	stdout *io.PipeReader
	stderr *runtime.Log
	exited chan struct{}
	calls  runtime.Dispatcher
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
	cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err != nil {
		return nil, fmt.Errorf("docker: %w", err)
	}
	if _, err := cli.Ping(ctx); err != nil {
		cli.Close()
		return nil, fmt.Errorf("docker: the engine does not answer: %w", err)
	}
	xctx, cancel := context.WithCancel(context.Background())
	return &Executor{cli: cli, opts: o, ctx: xctx, cancel: cancel, agents: map[string]*agent{}}, nil
}

// Close removes every container this executor started.
func (x *Executor) Close() error {
	x.mu.Lock()
	agents := x.agents
	x.agents = map[string]*agent{}
	x.mu.Unlock()
	for _, a := range agents {
		a.mu.Lock()
		x.stop(a)
		a.mu.Unlock()
	}
	x.cancel()
	return x.cli.Close()
}

// Image is the tag of an agent's image: cere-agent/<name>:<version>.
func Image(name, version string) string { return "cere-agent/" + name + ":" + version }

// Build makes the image of an agent from its static linux binary: FROM
// scratch, the binary as its entry point, run as nobody.
func (x *Executor) Build(ctx context.Context, name, version string, binary []byte) (string, error) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	dockerfile := []byte("FROM scratch\nCOPY agent /agent\nUSER 65534:65534\nENTRYPOINT [\"/agent\"]\n")
	for _, f := range []struct {
		name string
		mode int64
		data []byte
	}{{"Dockerfile", 0o644, dockerfile}, {"agent", 0o755, binary}} {
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
	for {
		var msg struct {
			Error string `json:"error"`
		}
		if err := dec.Decode(&msg); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return "", fmt.Errorf("docker: build %s: %w", tag, err)
		}
		if msg.Error != "" {
			return "", fmt.Errorf("docker: build %s: %s", tag, msg.Error)
		}
	}
	return tag, nil
}

// Register makes ref (name@version) run image within limits; registering
// again replaces it and stops its warm container.
func (x *Executor) Register(ref, image string, l Limits) {
	if l.Memory == 0 {
		l.Memory = 256 << 20
	}
	if l.CPUs == 0 {
		l.CPUs = 1
	}
	if l.Pids == 0 {
		l.Pids = 64
	}
	x.mu.Lock()
	old := x.agents[ref]
	x.agents[ref] = &agent{ref: ref, image: image, limits: l}
	x.mu.Unlock()
	if old != nil {
		old.mu.Lock()
		x.stop(old)
		old.mu.Unlock()
	}
}

// ErrUnknownAgent is Invoke's answer for an agent not registered here.
var ErrUnknownAgent = errors.New("docker: agent not registered")

// Invoke runs one invocation of ref with input; handler answers the
// agent's calls while it runs.
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
	inst, err := x.warm(ctx, a)
	if err != nil {
		return nil, runtime.Usage{}, err
	}
	out, usage, replace, err := runtime.Invoke(ctx, inst.conn, &inst.calls, ref, execution, input, handler)
	if replace && ctx.Err() == nil {
		err = fmt.Errorf("agent %s: %s", ref, x.why(inst, err))
	}
	if replace || a.limits.Burst {
		x.stop(a)
	}
	return out, usage, err
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

// warm returns the agent's running container, starting one when needed.
// The caller holds a.mu.
func (x *Executor) warm(ctx context.Context, a *agent) (*instance, error) {
	if a.inst != nil {
		select {
		case <-a.inst.exited:
			x.stop(a)
		case <-a.inst.conn.Done():
			x.stop(a)
		default:
			return a.inst, nil
		}
	}
	init := true
	created, err := x.cli.ContainerCreate(ctx, &container.Config{
		Image: a.image, User: "65534:65534",
		OpenStdin: true, AttachStdin: true, AttachStdout: true, AttachStderr: true,
		NetworkDisabled: true,
		Labels:          map[string]string{LabelNode: x.opts.Node, LabelAgent: a.ref},
	}, &container.HostConfig{
		NetworkMode:    "none",
		ReadonlyRootfs: true,
		Tmpfs:          map[string]string{"/tmp": "rw,nosuid,nodev,size=64m"},
		CapDrop:        []string{"ALL"},
		SecurityOpt:    []string{"no-new-privileges"},
		Init:           &init,
		LogConfig:      container.LogConfig{Type: "json-file", Config: map[string]string{"max-size": "1m", "max-file": "1"}},
		Resources: container.Resources{
			Memory: a.limits.Memory, MemorySwap: a.limits.Memory,
			NanoCPUs: int64(a.limits.CPUs * 1e9), PidsLimit: &a.limits.Pids,
		},
	}, nil, nil, "")
	if err != nil {
		return nil, fmt.Errorf("agent %s: create container: %w", a.ref, err)
	}
	a.container.Store(&created.ID) // from now on it is ours, for Reap
	att, err := x.cli.ContainerAttach(ctx, created.ID, container.AttachOptions{Stream: true, Stdin: true, Stdout: true, Stderr: true})
	if err != nil {
		x.remove(created.ID)
		a.container.Store(nil)
		return nil, fmt.Errorf("agent %s: attach: %w", a.ref, err)
	}
	stdoutR, stdoutW := io.Pipe()
	inst := &instance{id: created.ID, hijack: att.Conn, stdout: stdoutR, stderr: &runtime.Log{Max: x.opts.MaxLog}, exited: make(chan struct{})}
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
		att.Close()
		x.remove(created.ID)
		a.container.Store(nil)
		return nil, fmt.Errorf("agent %s: start container: %w", a.ref, err)
	}
	a.inst = inst
	return inst, nil
}

// stop removes the agent's container, if any; the caller holds a.mu.
func (x *Executor) stop(a *agent) {
	if a.inst == nil {
		return
	}
	a.inst.conn.Close(errors.New("container removed"))
	a.inst.hijack.Close()
	a.inst.stdout.Close()
	x.remove(a.inst.id)
	a.inst = nil
	a.container.Store(nil)
}

func (x *Executor) remove(id string) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = x.cli.ContainerRemove(ctx, id, container.RemoveOptions{Force: true})
}

// Reap removes the containers labelled with this node that this executor
// does not run: those a crashed node left behind.
func (x *Executor) Reap(ctx context.Context) (int, error) {
	list, err := x.cli.ContainerList(ctx, container.ListOptions{All: true, Filters: filters.NewArgs(filters.Arg("label", LabelNode+"="+x.opts.Node))})
	if err != nil {
		return 0, fmt.Errorf("docker: list containers: %w", err)
	}
	// A container being made now is not listed yet or is ours: list first,
	// then read what runs, without waiting for any invocation.
	running := map[string]bool{}
	x.mu.Lock()
	for _, a := range x.agents {
		if id := a.container.Load(); id != nil {
			running[*id] = true
		}
	}
	x.mu.Unlock()
	n := 0
	for _, c := range list {
		if !running[c.ID] {
			x.remove(c.ID)
			n++
		}
	}
	return n, nil
}
