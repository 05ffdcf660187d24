package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/runtime"
	"github.com/cerestack/cere/runtime/docker"
	"github.com/cerestack/cere/runtime/wasm"
	"github.com/cerestack/cere/workflow"
	"github.com/dgraph-io/badger/v4"
	"github.com/ipfs/go-cid"
)

// maxModule bounds an agent's module.
const maxModule = 256 << 20

// agents keeps the agents this node can run, and runs them: WebAssembly
// agents always, Docker agents when an engine answers.
type agents struct {
	n       *Node
	wasm    *wasm.Executor
	docker  *docker.Executor // nil without a Docker engine
	mu      sync.Mutex
	loaded  map[string]bool        // refs ready to run
	loading map[string]*sync.Mutex // one load per ref at a time
	// dockerReady is closed once the engine answered (docker set) or did
	// not (docker nil).
	dockerReady chan struct{}
}

// dockerWait bounds the look for a Docker engine.
const dockerWait = 3 * time.Second

// dockerExecutor is the Docker executor, nil without an engine; it waits
// for the look at start to end.
func (a *agents) dockerExecutor() *docker.Executor {
	<-a.dockerReady
	return a.docker
}

var (
	keyAgents = []byte("a/v/") // manifests, by ref
	keyOwners = []byte("a/o/") // who stored each ref
)

// owner is the wallet that stored ref here, or "".
func (a *agents) owner(ref string) (string, error) {
	var owner string
	err := a.n.store.DS.DB.View(func(txn *badger.Txn) error {
		item, err := txn.Get(append(slices.Clone(keyOwners), ref...))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		v, err := item.ValueCopy(nil)
		owner = string(v)
		return err
	})
	return owner, err
}

// reapEvery is how often containers this node does not run are removed.
const reapEvery = 5 * time.Minute

func newAgents(ctx context.Context, n *Node) *agents {
	a := &agents{n: n, wasm: wasm.New(wasm.Options{}), loaded: map[string]bool{}, loading: map[string]*sync.Mutex{},
		dockerReady: make(chan struct{})}
	// The Docker engine is looked for off the start's path; what needs it
	// waits for the answer (at most dockerWait).
	n.wg.Go(func() {
		dctx, cancel := context.WithTimeout(ctx, dockerWait)
		x, err := docker.New(dctx, docker.Options{Node: n.host.ID().String()})
		cancel()
		if err != nil {
			n.log.Info("docker agents off", "err", err)
			close(a.dockerReady)
			return
		}
		a.docker = x
		close(a.dockerReady)
		// What a previous run of this node left (a crash, kill -9) goes
		// now, and every reapEvery.
		t := time.NewTicker(reapEvery)
		defer t.Stop()
		for {
			if k, err := x.Reap(ctx); err != nil {
				n.log.Warn("reap containers", "err", err)
			} else if k > 0 {
				n.log.Info("removed containers this node does not run", "count", k)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	})
	return a
}

// close stops every instance (after the look for Docker, which the node's
// context ends).
func (a *agents) close() {
	_ = a.wasm.Close()
	if x := a.dockerExecutor(); x != nil {
		_ = x.Close()
	}
}

// manifest returns the stored manifest of ref (name@version).
func (a *agents) manifest(ref string) (*runtime.Manifest, error) {
	var m runtime.Manifest
	err := a.n.store.DS.DB.View(func(txn *badger.Txn) error {
		item, err := txn.Get(append(slices.Clone(keyAgents), ref...))
		if err != nil {
			return err
		}
		return item.Value(func(v []byte) error { return json.Unmarshal(v, &m) })
	})
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, fmt.Errorf("no agent %s on this node (cere agent build)", ref)
	}
	return &m, err
}

// list returns the stored manifests, by name and version.
func (a *agents) list() ([]runtime.Manifest, error) {
	out := []runtime.Manifest{}
	err := a.n.store.DS.DB.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = keyAgents
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			var m runtime.Manifest
			if err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &m) }); err != nil {
				return err
			}
			out = append(out, m)
		}
		return nil
	})
	return out, err
}

// load makes ref ready to run, once: its module fetched and compiled, or
// its image built. Only loads of the same ref wait for each other.
func (a *agents) load(ctx context.Context, m *runtime.Manifest) error {
	a.mu.Lock()
	if a.loaded[m.Ref()] {
		a.mu.Unlock()
		return nil
	}
	l, ok := a.loading[m.Ref()]
	if !ok {
		l = &sync.Mutex{}
		a.loading[m.Ref()] = l
	}
	a.mu.Unlock()
	l.Lock()
	defer l.Unlock()
	a.mu.Lock()
	done := a.loaded[m.Ref()]
	a.mu.Unlock()
	if done {
		return nil
	}
	if m.Runtime == "docker" && a.dockerExecutor() == nil {
		return fmt.Errorf("agent %s: no Docker engine answers on this node", m.Ref())
	}
	c, err := cid.Decode(m.Module)
	if err != nil {
		return fmt.Errorf("agent %s: module: %w", m.Ref(), err)
	}
	r, err := a.n.blocks.Open(ctx, c)
	if err != nil {
		return fmt.Errorf("agent %s: module: %w", m.Ref(), err)
	}
	defer r.Close()
	module, err := io.ReadAll(io.LimitReader(r, maxModule+1))
	if err != nil {
		return fmt.Errorf("agent %s: module: %w", m.Ref(), err)
	}
	if len(module) > maxModule {
		return fmt.Errorf("agent %s: module over %d bytes", m.Ref(), maxModule)
	}
	if m.Runtime == "docker" {
		image, err := a.docker.Build(ctx, m.Name, m.Version, module)
		if err != nil {
			return err
		}
		l := docker.Limits{CPUs: m.Resources.CPU, Pids: int64(m.Resources.Pids), Burst: m.Mode == "burst"}
		l.Memory, _ = runtime.ParseBytes(m.Resources.Memory)
		a.docker.Register(m.Ref(), image, l)
	} else if err := a.wasm.Load(ctx, m.Ref(), module, m.Mode == "burst"); err != nil {
		return err
	}
	a.mu.Lock()
	a.loaded[m.Ref()] = true
	a.mu.Unlock()
	return nil
}

// Invoke runs ref for a workflow step (workflow.Agents).
func (a *agents) Invoke(ctx context.Context, ref string, call workflow.AgentCall) (any, error) {
	input, err := json.Marshal(call.Input)
	if err != nil {
		return nil, err
	}
	out, _, err := a.invoke(ctx, ref, call.Execution, input, call.Emit)
	if err != nil {
		return nil, err
	}
	var v any
	if err := json.Unmarshal(out, &v); err != nil {
		return nil, fmt.Errorf("agent %s: output: %w", ref, err)
	}
	return v, nil
}

// invoke runs ref with input; emit (may be nil) takes what the agent emits.
func (a *agents) invoke(ctx context.Context, ref, execution string, input json.RawMessage, emit func(context.Context, string, any) error) (json.RawMessage, float64, error) {
	if !strings.Contains(ref, "@") {
		return nil, 0, fmt.Errorf("agent %q: want name@version", ref)
	}
	m, err := a.manifest(ref)
	if err != nil {
		return nil, 0, err
	}
	if err := a.load(ctx, m); err != nil {
		return nil, 0, err
	}
	if d := m.Timeout(); d > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, d)
		defer cancel()
	}
	handler := func(ctx context.Context, method string, params json.RawMessage) (any, error) {
		switch method {
		case runtime.MethodEmit:
			var p struct {
				Type string `json:"type"`
				Data any    `json:"data"`
			}
			if err := json.Unmarshal(params, &p); err != nil || p.Type == "" {
				return nil, &runtime.Error{Code: runtime.CodeInvalidParams, Message: `emit: want {"type", "data"}`}
			}
			if emit == nil {
				return nil, errors.New("emit: this invocation is not part of a workflow")
			}
			if err := emit(ctx, p.Type, p.Data); err != nil {
				return nil, err
			}
			return map[string]bool{"ok": true}, nil
		case runtime.MethodLog:
			var p struct {
				Message string `json:"message"`
			}
			_ = json.Unmarshal(params, &p)
			a.n.log.Info("agent log", "agent", ref, "execution", execution, "message", truncate(p.Message, 4096))
			return nil, nil
		}
		return nil, &runtime.Error{Code: runtime.CodeMethodNotFound, Message: method + ": not available on this node yet"}
	}
	if m.Runtime == "docker" {
		out, usage, err := a.docker.Invoke(ctx, ref, execution, input, handler)
		return out, usage.WallMS, err
	}
	out, usage, err := a.wasm.Invoke(ctx, ref, execution, input, handler)
	return out, usage.WallMS, err
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func (n *Node) agentRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /api/v1/agents", n.handleAgentAdd)
	mux.HandleFunc("GET /api/v1/agents", n.handleAgentList)
	mux.HandleFunc("POST /api/v1/agents/{ref}/invoke", n.handleAgentInvoke)
}

// handleAgentAdd takes a built agent: its manifest, whose module is a CID
// already stored (POST /api/v1/blocks). The module must compile.
func (n *Node) handleAgentAdd(w http.ResponseWriter, r *http.Request) {
	body, ok := readLimited(w, r, 1<<20)
	if !ok {
		return
	}
	var m runtime.Manifest
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		writeError(w, http.StatusBadRequest, "manifest: "+err.Error(), "")
		return
	}
	if err := m.Validate(); err != nil {
		field, _, _ := strings.Cut(err.Error(), ":")
		writeError(w, http.StatusBadRequest, "manifest: "+err.Error(), field)
		return
	}
	if m.Runtime == "docker" && n.agents.dockerExecutor() == nil {
		writeError(w, http.StatusNotImplemented, "no Docker engine answers on this node: it runs wasm agents only", "runtime")
		return
	}
	// An agent version belongs to the wallet that first stored it here: the
	// caller's signature, or the node's own wallet for a caller on loopback.
	owner := n.wallet
	if a, ok := Caller(r.Context()); ok {
		owner = a.Hex()
	}
	if prev, err := n.agents.owner(m.Ref()); err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	} else if prev != "" && prev != owner {
		writeError(w, http.StatusForbidden, fmt.Sprintf("%s belongs to %s; publish a new version or another name", m.Ref(), prev), "name")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), time.Minute)
	defer cancel()
	n.agents.mu.Lock()
	delete(n.agents.loaded, m.Ref()) // a rebuild of the same version replaces it
	n.agents.mu.Unlock()
	if err := n.agents.load(ctx, &m); err != nil {
		writeError(w, http.StatusBadRequest, err.Error(), "module")
		return
	}
	doc, _ := json.Marshal(m)
	c, err := n.blocks.PutDocument(ctx, cid.DagJSON, doc)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	if err := n.store.DS.DB.Update(func(txn *badger.Txn) error {
		if err := txn.Set(append(slices.Clone(keyOwners), m.Ref()...), []byte(owner)); err != nil {
			return err
		}
		return txn.Set(append(slices.Clone(keyAgents), m.Ref()...), doc)
	}); err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	writeJSON(w, http.StatusCreated, api.AgentBuilt{Name: m.Name, Version: m.Version, CID: c.String()})
}

func (n *Node) handleAgentList(w http.ResponseWriter, r *http.Request) {
	list, err := n.agents.list()
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	writeJSON(w, http.StatusOK, list)
}

// handleAgentInvoke runs an agent once; a failed invocation is still a 200,
// with the failure in "error".
func (n *Node) handleAgentInvoke(w http.ResponseWriter, r *http.Request) {
	body, ok := readLimited(w, r, 2<<20)
	if !ok {
		return
	}
	var req api.AgentInvoke
	if err := json.Unmarshal(body, &req); err != nil {
		writeError(w, http.StatusBadRequest, "body: "+err.Error(), "")
		return
	}
	if len(req.Input) == 0 {
		req.Input = json.RawMessage("null")
	}
	if len(req.Input) > runtime.MaxInput {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("input of %d bytes, over %d", len(req.Input), runtime.MaxInput), "input")
		return
	}
	out, wallMS, err := n.agents.invoke(r.Context(), r.PathValue("ref"), newEventID(), req.Input, nil)
	res := api.AgentResult{Output: out, Usage: api.AgentUsage{WallMS: wallMS}}
	if err != nil {
		res.Error = err.Error()
	}
	writeJSON(w, http.StatusOK, res)
}
