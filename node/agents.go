package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cerestack/cere/audit"
	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/runtime"
	"github.com/cerestack/cere/runtime/docker"
	"github.com/cerestack/cere/runtime/wasm"
	"github.com/cerestack/cere/store"
	"github.com/cerestack/cere/workflow"
	"github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
)

// maxModule bounds an agent's module.
const maxModule = 256 << 20

// agents keeps the agents this node can run, and runs them: WebAssembly
// agents always, Docker agents when an engine answers.
type agents struct {
	n        *Node
	models   string // <data>/models: a folder per agent version, files named by CID
	wasm     *wasm.Executor
	docker   *docker.Executor // nil without a Docker engine
	mu       sync.Mutex
	loaded   map[string]bool              // refs (name@version, or a manifest CID) ready to run
	byCID    map[string]*runtime.Manifest // manifests fetched by CID
	swapping map[string]*sync.Mutex       // one model swap per ref at a time
	compiled map[string]derived           // by key
	loading  map[string]*sync.Mutex       // one load per ref at a time
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

// executor is the executor of a manifest's runtime, nil when this node has
// none that answers (no Docker engine): the one place the node tells its
// runtimes apart.
func (a *agents) executor(name string) runtime.Executor {
	switch name {
	case "wasm":
		return a.wasm
	case "docker":
		if x := a.dockerExecutor(); x != nil {
			return x
		}
	}
	return nil
}

// noExecutor is why an agent of runtime name cannot run here.
func noExecutor(name string) string {
	return fmt.Sprintf("this node runs no %s agents: no engine for them answers here", name)
}

var (
	keyAgents = []byte("a/v/") // manifests, by ref
	keyOwners = []byte("a/o/") // who stored each ref
	keyModels = []byte("a/m/") // the CID of each ref's model swapped in last
)

// owner is the wallet that stored ref here, or "".
func (a *agents) owner(ref string) (string, error) {
	return a.get(keyOwners, ref)
}

// get reads the value of prefix+ref, "" when there is none.
func (a *agents) get(prefix []byte, ref string) (string, error) {
	var owner string
	err := a.n.store.DS.DB.View(func(txn *badger.Txn) error {
		item, err := txn.Get(append(slices.Clone(prefix), ref...))
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
	a := &agents{n: n, models: filepath.Join(n.cfg.DataDir, "models"), wasm: wasm.New(wasm.Options{}),
		loaded: map[string]bool{}, loading: map[string]*sync.Mutex{}, byCID: map[string]*runtime.Manifest{}, swapping: map[string]*sync.Mutex{}, compiled: map[string]derived{}, dockerReady: make(chan struct{})}
	// The Docker engine is looked for off the start's path; what needs it
	// waits for the answer (at most dockerWait).
	n.wg.Go(func() {
		dctx, cancel := context.WithTimeout(ctx, dockerWait)
		idle, _ := time.ParseDuration(n.cfg.Agents.IdleTimeout) // checked with the config
		x, err := docker.New(dctx, docker.Options{
			Node:         n.host.ID().String(),
			MinInstances: n.cfg.Agents.MinInstances, MaxInstances: n.cfg.Agents.MaxInstances, IdleTimeout: idle,
			GPUs: n.cfg.Agents.GPUs,
			OnQuarantine: func(ref string, err error) {
				_ = n.errs.Capture(audit.Occurrence{Kind: "agent", Location: ref, Message: err.Error()})
				n.observe(workflow.Message{Topic: "error", Data: map[string]any{"agent": ref, "error": err.Error()}})
			},
		})
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

// load makes the agent m, known here as key (its name@version, or its
// manifest's CID), ready to run, once: its module fetched and compiled, or
// its image built. Only loads of the same key wait for each other.
func (a *agents) load(ctx context.Context, key string, m *runtime.Manifest) error {
	a.mu.Lock()
	done := a.loaded[key]
	a.mu.Unlock()
	if done {
		return nil
	}
	defer a.lock(a.loading, key)()
	a.mu.Lock()
	done = a.loaded[key]
	a.mu.Unlock()
	if done {
		return nil
	}
	x := a.executor(m.Runtime)
	if x == nil {
		return fmt.Errorf("agent %s: %s", m.Ref(), noExecutor(m.Runtime))
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
	dir, err := a.modelDir(key)
	if err != nil {
		return err
	}
	if err := x.Prepare(ctx, key, m, module, dir); err != nil {
		return err
	}
	// The model swapped in last, else the manifest's first one.
	model, err := a.get(keyModels, key)
	if err != nil {
		return err
	}
	if model == "" {
		model = m.Model
	}
	if model != "" {
		if _, err := a.swapModel(ctx, key, m, model); err != nil {
			return err
		}
	}
	a.mu.Lock()
	a.loaded[key] = true
	a.mu.Unlock()
	return nil
}

// derived is what each invocation needs of a manifest, worked out once:
// its compiled schemas and its CID (what settlement names it by).
type derived struct {
	schemas runtime.Schemas
	cid     string
}

// derive returns what the manifest of the agent known here as key
// derives, worked out once.
func (a *agents) derive(key string, m *runtime.Manifest) (derived, error) {
	a.mu.Lock()
	d, ok := a.compiled[key]
	a.mu.Unlock()
	if ok {
		return d, nil
	}
	var err error
	if d.schemas, err = m.CompileSchemas(); err != nil {
		return derived{}, fmt.Errorf("agent %s: %w", key, err)
	}
	if d.cid, err = manifestCID(key, m); err != nil {
		return derived{}, fmt.Errorf("agent %s: %w", key, err)
	}
	a.mu.Lock()
	a.compiled[key] = d
	a.mu.Unlock()
	return d, nil
}

// maxByCID bounds the agents a node loads by manifest CID: anyone may name
// one, and each is an image, a pool and a model folder.
const maxByCID = 64

// resolve finds the manifest ref names: a name@version stored on this node,
// or a manifest's CID, fetched from peers when it is not here (and the
// module with it, when the agent loads): an agent built on another node
// runs here with no registry.
func (a *agents) resolve(ctx context.Context, ref string) (key string, _ *runtime.Manifest, _ error) {
	if strings.Contains(ref, "@") {
		m, err := a.manifest(ref)
		return ref, m, err
	}
	c, err := cid.Decode(ref)
	if err != nil {
		return "", nil, fmt.Errorf("agent %q: want name@version or a manifest CID", ref)
	}
	key = c.String() // one spelling of the CID, one agent
	a.mu.Lock()
	m, ok := a.byCID[key]
	full := len(a.byCID) >= maxByCID
	a.mu.Unlock()
	if ok {
		return key, m, nil
	}
	if full {
		return "", nil, errByCIDFull(ref)
	}
	fctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	doc, err := a.n.blocks.GetDocument(fctx, c)
	if err != nil {
		return "", nil, fmt.Errorf("agent %s: manifest: %w", ref, err)
	}
	m = &runtime.Manifest{}
	if err := json.Unmarshal(doc, m); err != nil {
		return "", nil, fmt.Errorf("agent %s: manifest: %w", ref, err)
	}
	if err := m.Validate(); err != nil {
		return "", nil, fmt.Errorf("agent %s: manifest: %w", ref, err)
	}
	if m.Module == "" {
		return "", nil, fmt.Errorf("agent %s: manifest: no module (not built)", ref)
	}
	return key, m, nil
}

func errByCIDFull(ref string) error {
	return fmt.Errorf("agent %s: this node already runs %d agents named by CID, its most; store it here by name (cere agent build)", ref, maxByCID)
}

// keep remembers a manifest named by CID once it loaded: one that does
// not load takes no place.
func (a *agents) keep(key string, m *runtime.Manifest) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.byCID[key]; ok {
		return nil
	}
	if len(a.byCID) >= maxByCID {
		return errByCIDFull(key)
	}
	a.byCID[key] = m
	return nil
}

// lock takes key's mutex in locks (one of a's maps, under a.mu), made on
// first use, and returns its unlock.
func (a *agents) lock(locks map[string]*sync.Mutex, key string) (unlock func()) {
	a.mu.Lock()
	l, ok := locks[key]
	if !ok {
		l = &sync.Mutex{}
		locks[key] = l
	}
	a.mu.Unlock()
	l.Lock()
	return l.Unlock
}

// modelDir is the model folder of the agent known here as key, made when
// missing. The containers' user
// (nobody) reads it: the models in it are as public as the agent's blocks.
func (a *agents) modelDir(key string) (string, error) {
	dir := filepath.Join(a.models, key) // name@version or a CID: one path element
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("agent %s: model folder: %w", key, err)
	}
	// MkdirAll leaves existing folders as they are, and the umask narrows
	// new ones.
	for _, d := range []string{a.models, dir} {
		if err := os.Chmod(d, 0o755); err != nil {
			return "", fmt.Errorf("agent %s: model folder: %w", key, err)
		}
	}
	return dir, nil
}

// swapModel places the model stored as blocks under c in the model folder
// of m, known here as key (fetched from peers when not here), and makes it
// the running instances' model; it returns how many acknowledged.
func (a *agents) swapModel(ctx context.Context, key string, m *runtime.Manifest, c string) (int, error) {
	id, err := cid.Decode(c)
	if err != nil {
		return 0, fmt.Errorf("agent %s: model %q: %w", m.Ref(), c, err)
	}
	dir, err := a.modelDir(key)
	if err != nil {
		return 0, err
	}
	file := filepath.Join(dir, id.String())
	if _, err := os.Stat(file); err != nil {
		r, err := a.n.blocks.Open(ctx, id)
		if err != nil {
			return 0, fmt.Errorf("agent %s: model %s: %w", m.Ref(), id, err)
		}
		defer r.Close()
		tmp, err := os.CreateTemp(dir, ".model-*")
		if err != nil {
			return 0, err
		}
		var n int64
		n, err = io.Copy(tmp, io.LimitReader(r, a.n.cfg.Blocks.MaxUpload+1))
		if err == nil && n > a.n.cfg.Blocks.MaxUpload {
			err = fmt.Errorf("over %d bytes (blocks.max_upload)", a.n.cfg.Blocks.MaxUpload)
		}
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Chmod(tmp.Name(), 0o644)
		}
		if err == nil {
			err = os.Rename(tmp.Name(), file) // whole or not at all
		}
		if err != nil {
			os.Remove(tmp.Name())
			return 0, fmt.Errorf("agent %s: model %s: %w", m.Ref(), id, err)
		}
	}
	x := a.executor(m.Runtime)
	if x == nil {
		return 0, fmt.Errorf("agent %s: %s", m.Ref(), noExecutor(m.Runtime))
	}
	return x.SwapModel(ctx, key, id.String())
}

// Invoke runs ref for a workflow step (workflow.Agents).
func (a *agents) Invoke(ctx context.Context, ref string, call workflow.AgentCall) (any, error) {
	input, err := json.Marshal(call.Input)
	if err != nil {
		return nil, err
	}
	out, _, err := a.invoke(ctx, ref, call.Execution, call.Payer, input, call.Emit)
	if err != nil {
		return nil, err
	}
	var v any
	if err := json.Unmarshal(out, &v); err != nil {
		return nil, fmt.Errorf("agent %s: output: %w", ref, err)
	}
	return v, nil
}

// invoke runs ref with input for payer, and records what it used; emit
// (may be nil) takes what the agent emits.
func (a *agents) invoke(ctx context.Context, ref, execution, payer string, input json.RawMessage, emit func(context.Context, string, any) error) (json.RawMessage, runtime.Usage, error) {
	key, m, err := a.resolve(ctx, ref)
	if err != nil {
		return nil, runtime.Usage{}, err
	}
	if err := a.load(ctx, key, m); err != nil {
		return nil, runtime.Usage{}, err
	}
	if !strings.Contains(ref, "@") {
		if err := a.keep(key, m); err != nil {
			return nil, runtime.Usage{}, err
		}
	}
	d, err := a.derive(key, m)
	if err != nil {
		return nil, runtime.Usage{}, err
	}
	schemas := d.schemas
	if schemas.Inputs != nil {
		var v any
		if err := json.Unmarshal(input, &v); err != nil {
			return nil, runtime.Usage{}, fmt.Errorf("agent %s: input: %w", ref, err)
		}
		if err := runtime.Check(schemas.Inputs, v); err != nil {
			return nil, runtime.Usage{}, fmt.Errorf("agent %s: the input does not match its inputs schema: %w", ref, err)
		}
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
	var out json.RawMessage
	var usage runtime.Usage
	if x := a.executor(m.Runtime); x == nil {
		err = fmt.Errorf("agent %s: %s", ref, noExecutor(m.Runtime))
	} else {
		out, usage, err = x.Invoke(ctx, key, execution, input, handler)
	}
	if err == nil && schemas.Outputs != nil {
		var v any
		if err = json.Unmarshal(out, &v); err == nil {
			err = runtime.Check(schemas.Outputs, v)
		}
		if err != nil {
			out, err = nil, fmt.Errorf("agent %s: the output does not match its outputs schema: %w", ref, err)
		}
	}
	a.record(key, m, d.cid, execution, payer, usage, err)
	return out, usage, err
}

// UsageType is the type of the event that records each invocation's usage,
// for settlement: {agent, manifest, execution, payer, price, ok, error,
// usage}. agent is what the caller named (name@version on this node, or a
// manifest CID); manifest is the manifest's own name@version.
const UsageType = "agent.usage"

// record writes an invocation's usage record in the history (and on the
// live stream, as agent.invoked). An invocation that never reached an
// instance used nothing and is not recorded.
func (a *agents) record(key string, m *runtime.Manifest, manifestCID, execution, payer string, usage runtime.Usage, failure error) {
	if usage.WallMS == 0 {
		return
	}
	rec := map[string]any{"agent": key, "manifest": m.Ref(), "execution": execution, "payer": payer, "price": m.Price, "ok": failure == nil, "usage": usage}
	if failure != nil {
		rec["error"] = failure.Error()
	}
	data, err := json.Marshal(rec)
	if err != nil {
		return
	}
	ev := &store.Event{SpecVersion: "1.0", ID: newEventID(), Source: "cere:node/" + a.n.host.ID().String(), Type: UsageType,
		Time: time.Now().UTC(), DataContentType: "application/json", Data: data}
	if err := a.n.history.Append(ev); err != nil {
		a.n.log.Warn("usage record not written", "agent", key, "execution", execution, "err", err)
	}
	// What succeeded is paid for, by a payer with a wallet.
	if s := a.n.settler; s != nil && failure == nil && common.IsHexAddress(payer) {
		if err := s.accrue(common.HexToAddress(payer).Hex(), m.Ref(), manifestCID, usage, ev.Time); err != nil {
			a.n.log.Warn("usage not accrued for settlement", "agent", key, "execution", execution, "err", err)
		}
	}
	if a.n.watching("agent.invoked") {
		a.n.observe(workflow.Message{Topic: "agent.invoked", TraceID: execution, Data: rec})
	}
}

// actingWallet is the wallet a request acts for: its signer's, the node's
// own for the API token (or for any local caller when api.auth is off), and
// none ("") for an anonymous caller.
func (n *Node) actingWallet(r *http.Request) string {
	if a, ok := Caller(r.Context()); ok {
		return a.Hex()
	}
	if n.guard.trustLocal {
		return n.wallet
	}
	return ""
}
func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func (n *Node) agentRoutes(mux *http.ServeMux) {
	// Agents run on the node's processors, and an invocation is paid.
	mux.HandleFunc("POST /api/v1/agents", n.operatorOnly(n.handleAgentAdd))
	mux.HandleFunc("GET /api/v1/agents", n.handleAgentList)
	mux.HandleFunc("GET /api/v1/agents/{name}/info", n.handleAgentInfo)
	mux.HandleFunc("POST /api/v1/agents/{ref}/invoke", n.operatorOnly(n.handleAgentInvoke))
	mux.HandleFunc("POST /api/v1/agents/{ref}/model", n.handleAgentModel)     // its owner's: checked there
	mux.HandleFunc("POST /api/v1/agents/{ref}/publish", n.handleAgentPublish) // settle.go: the node's wallet
}

// handleAgentModel swaps an agent's model for one already stored as blocks
// (POST /api/v1/blocks): the running instances load it before their next
// invocation, and it stays the agent's model across restarts. Only the
// agent's owner may.
func (n *Node) handleAgentModel(w http.ResponseWriter, r *http.Request) {
	body, ok := readLimited(w, r, 1<<16)
	if !ok {
		return
	}
	var req api.ModelSwap
	if err := json.Unmarshal(body, &req); err != nil {
		writeError(w, http.StatusBadRequest, "body: "+err.Error(), "")
		return
	}
	if _, err := cid.Decode(req.CID); err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("cid %q: %v", req.CID, err), "cid")
		return
	}
	ref := r.PathValue("ref")
	m, err := n.agents.manifest(ref)
	if err != nil {
		writeError(w, http.StatusNotFound, err.Error(), "ref")
		return
	}
	caller := n.actingWallet(r)
	if owner, err := n.agents.owner(ref); err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	} else if owner != caller {
		writeError(w, http.StatusForbidden, fmt.Sprintf("%s belongs to %s", ref, owner), "")
		return
	}
	// One swap of an agent at a time, to its end even if the caller goes:
	// what runs and what is recorded must agree.
	defer n.agents.lock(n.agents.swapping, ref)()
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), 5*time.Minute)
	defer cancel()
	if err := n.agents.load(ctx, ref, m); err != nil {
		writeError(w, http.StatusBadGateway, err.Error(), "")
		return
	}
	swapped, err := n.agents.swapModel(ctx, ref, m, req.CID)
	if err != nil {
		writeError(w, http.StatusBadGateway, err.Error(), "cid")
		return
	}
	if err := n.store.DS.DB.Update(func(txn *badger.Txn) error {
		return txn.Set(append(slices.Clone(keyModels), ref...), []byte(req.CID))
	}); err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	n.observe(workflow.Message{Topic: "agent.model", Data: map[string]any{"agent": ref, "model": req.CID, "instances": swapped}})
	writeJSON(w, http.StatusOK, api.ModelSwapped{Agent: ref, CID: req.CID, Instances: swapped})
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
	if n.agents.executor(m.Runtime) == nil {
		writeError(w, http.StatusNotImplemented, noExecutor(m.Runtime), "runtime")
		return
	}
	// An agent version belongs to the wallet that first stored it here.
	owner := n.actingWallet(r)
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
	delete(n.agents.compiled, m.Ref())
	n.agents.mu.Unlock()
	if err := n.agents.load(ctx, m.Ref(), &m); err != nil {
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
	// An invocation that read the old manifest meanwhile may have cached
	// its schemas.
	n.agents.mu.Lock()
	delete(n.agents.compiled, m.Ref())
	n.agents.mu.Unlock()
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

// registryRead bounds the read of a name's owner on the registry.
const registryRead = 10 * time.Second

// handleAgentInfo says what the node knows of an agent (name, or
// name@version for its name): the versions stored here and, from the
// chain's registry, the wallet its name belongs to. A chain that is off or
// out of reach is said in the answer's chain field: what the node has is
// still worth reading.
func (n *Node) handleAgentInfo(w http.ResponseWriter, r *http.Request) {
	name, _, _ := strings.Cut(r.PathValue("name"), "@")
	list, err := n.agents.list()
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	info := api.AgentInfo{Name: name, Versions: []api.AgentVersion{}}
	for _, m := range list {
		if m.Name != name {
			continue
		}
		storedBy, err := n.agents.owner(m.Ref())
		if err != nil {
			writeError(w, http.StatusInternalServerError, err.Error(), "")
			return
		}
		mc, err := manifestCID(m.Ref(), &m)
		if err != nil {
			writeError(w, http.StatusInternalServerError, err.Error(), "")
			return
		}
		mode := m.Mode
		if mode == "" {
			mode = "sustained"
		}
		info.Versions = append(info.Versions, api.AgentVersion{Version: m.Version, Runtime: m.Runtime, Mode: mode,
			Price: string(m.Price), Module: m.Module, CID: mc, StoredBy: storedBy})
	}
	switch c := n.chain.ready.Load(); {
	case c != nil:
		ctx, cancel := context.WithTimeout(r.Context(), registryRead)
		defer cancel()
		owner, err := c.client.AgentOwner(ctx, name)
		if err != nil {
			info.Chain = "the registry could not be read: " + err.Error()
		} else if owner != (common.Address{}) {
			info.Owner, info.Published = owner.Hex(), true
		}
	case n.cfg.ChainMode() == "off":
		info.Chain = "this node runs without a chain (chain.mode off)"
	default:
		info.Chain = "the chain is not connected yet"
		if e := n.chain.err.Load(); e != nil {
			info.Chain += ": " + *e
		}
	}
	writeJSON(w, http.StatusOK, info)
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
	payer := n.actingWallet(r)
	out, usage, err := n.agents.invoke(r.Context(), r.PathValue("ref"), newEventID(), payer, req.Input, nil)
	res := api.AgentResult{Output: out, Usage: api.AgentUsage(usage)}
	if err != nil {
		res.Error = err.Error()
	}
	writeJSON(w, http.StatusOK, res)
}
