package workflow

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cerestack/cere/p2p"
	"github.com/cerestack/cere/store"
	"github.com/dgraph-io/badger/v4"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"golang.org/x/time/rate"
)

// Submission is what a workflow's owner signs (as the payload of a p2p
// envelope sealed with their wallet): a new version of a workflow, or its
// removal.
type Submission struct {
	Name    string `json:"name"`
	Version int    `json:"version"`
	// Base is the version this one replaces; a node whose latest version
	// differs answers a conflict.
	Base    int    `json:"base"`
	CID     string `json:"cid,omitempty"` // the canonical document; empty when Deleted
	Deleted bool   `json:"deleted,omitempty"`
}

// Distribution: the topic announcing submissions, their envelope type, and
// the protocol a node asks a new peer's latest versions with.
const (
	Topic          = "/cere/1/workflows"
	SubmissionType = "cere.workflow.v1"
	HeadsProtocol  = protocol.ID("/cere/1/workflows/heads/1.0.0")
)

// Record is a stored version of a workflow.
type Record struct {
	Owner   string    `json:"owner"`
	Name    string    `json:"name"`
	Version int       `json:"version"`
	CID     string    `json:"cid,omitempty"`
	Deleted bool      `json:"deleted,omitempty"`
	Time    time.Time `json:"time"` // when its owner signed it
	// Running is whether this node runs it (the latest version, deployed).
	Running bool `json:"running"`
	env     []byte
}

// Key is the record's workflow.
func (r Record) Key() Key { return Key{r.Owner, r.Name} }

// Errors of Submit.
var (
	ErrConflict = errors.New("workflow: conflict")
	ErrInvalid  = errors.New("workflow: invalid submission")
	ErrNotFound = errors.New("workflow: not found")
	// ErrTooMany is Submit's answer to an owner submitting versions faster
	// than VersionsPerSecond (past a burst of VersionsBurst).
	ErrTooMany = errors.New("workflow: too many versions too fast")
	// ErrQuota is wrapped when a submission would pass the owner's
	// quota, or the node's limits.
	ErrQuota = errors.New("workflow: over quota")
	// ErrNotAdmitted is wrapped when the node's operator does not run this
	// owner's workflows (see Admission).
	ErrNotAdmitted = errors.New("workflow: owner not admitted on this node")
)

// Admission decides whose workflows a node runs: it returns nil for an
// owner it admits, else why not. Nil admits everyone (within the limits on
// workflows and versions).
type Admission func(ctx context.Context, owner string) error

// The pace of new versions each owner may set, here and heard from peers:
// a wallet costs nothing to make, and each version heard is checked,
// fetched, compiled and kept.
const (
	VersionsPerSecond = 2
	VersionsBurst     = 30
	maxPaced          = 10000 // owners whose pace is remembered
)

// allow takes one version from owner's pace, reporting whether there was
// room. Past maxPaced owners, new ones share one pace until a sweep (at
// most one a second) forgets those back at a full burst.
func (r *Registry) allow(owner string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	l, ok := r.pace[owner]
	if !ok {
		if len(r.pace) >= maxPaced && time.Since(r.swept) > time.Second {
			r.swept = time.Now()
			for o, l := range r.pace {
				if l.Tokens() >= VersionsBurst {
					delete(r.pace, o) // it loses nothing
				}
			}
		}
		if len(r.pace) >= maxPaced {
			return r.shared.Allow()
		}
		l = rate.NewLimiter(VersionsPerSecond, VersionsBurst)
		r.pace[owner] = l
	}
	return l.Allow()
}

// askLater asks p for its heads in a second or two, once however many
// versions from it were ignored meanwhile.
func (r *Registry) askLater(p peer.ID) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.asking[p] || len(r.asking) >= maxPaced {
		return
	}
	r.asking[p] = true
	r.spawn(func() {
		t := time.NewTimer(2 * time.Second)
		defer t.Stop()
		select {
		case <-r.ctx.Done():
		case <-t.C:
			r.askHeads(p)
		}
		r.mu.Lock()
		delete(r.asking, p)
		r.mu.Unlock()
	})
}

// Registry keeps the versions of every workflow this node knows, runs the
// latest of each in the engine, and converges with its peers: submissions
// are announced on Topic, and a node asks each new peer for its latest
// versions, fetching documents it lacks over bitswap.
type Registry struct {
	db     *badger.DB
	blocks *store.Blocks
	engine *Engine
	host   *p2p.Host
	topic  *p2p.Topic
	log    *slog.Logger
	ctx    context.Context

	mu      sync.Mutex
	heads   map[Key]Record
	owned   map[string]int           // workflows by owner
	counted map[Key]bool             // new workflows counted in owned by room, not yet installed
	bytes   map[string]int64         // bytes of documents by owner, once counted (ownerBytes)
	keyMu   map[Key]*sync.Mutex      // one adoption at a time per workflow
	slots   chan struct{}            // adoptions at once
	pace    map[string]*rate.Limiter // by owner
	shared  *rate.Limiter            // for owners past maxPaced
	swept   time.Time
	asking  map[peer.ID]bool // peers to ask for heads again
	admit   Admission
	wg      sync.WaitGroup
}

// admitted reports whether the node runs owner's workflows.
func (r *Registry) admitted(ctx context.Context, owner string) error {
	if r.admit == nil {
		return nil
	}
	if err := r.admit(ctx, owner); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrNotAdmitted, owner, err)
	}
	return nil
}

const keyPrefix = "w/v/"

func versionKey(k Key, v int) []byte {
	return fmt.Appendf(nil, "%s%s/%s/%010d", keyPrefix, k.Owner, k.Name, v)
}

// OpenRegistry loads the stored versions, deploys the latest of each whose
// owner admit admits (nil: everyone), and (with a host) joins the network.
// It stops when ctx ends.
func OpenRegistry(ctx context.Context, db *badger.DB, blocks *store.Blocks, engine *Engine, host *p2p.Host, admit Admission, log *slog.Logger) (*Registry, error) {
	r := &Registry{db: db, blocks: blocks, engine: engine, host: host, log: log, ctx: ctx, admit: admit,
		heads: map[Key]Record{}, owned: map[string]int{}, counted: map[Key]bool{}, bytes: map[string]int64{}, keyMu: map[Key]*sync.Mutex{}, slots: make(chan struct{}, 8), pace: map[string]*rate.Limiter{},
		shared: rate.NewLimiter(VersionsPerSecond, VersionsBurst), asking: map[peer.ID]bool{}}
	if err := r.load(); err != nil {
		return nil, err
	}
	r.StartAdmitted(ctx)
	if host == nil {
		return r, nil
	}
	check := func(_ context.Context, origin peer.ID, env *p2p.Envelope) (any, error) {
		sub, err := decodeSubmission(env)
		if err != nil {
			return nil, err
		}
		if origin == host.ID() {
			return sub, nil // what this node publishes it has just installed
		}
		if head, ok := r.head(Key{env.Author, sub.Name}); ok && head.Version >= sub.Version {
			return nil, fmt.Errorf("%w: version %d, have %d", p2p.ErrIgnore, sub.Version, head.Version)
		}
		// Past its owner's pace it is neither taken nor passed on; the
		// peer it came from is asked for its heads a little later, so that
		// the last version is not missed.
		if !r.allow(env.Author) {
			r.askLater(origin)
			return nil, fmt.Errorf("%w: %s sets versions faster than %d a second", p2p.ErrIgnore, env.Author, VersionsPerSecond)
		}
		return sub, nil
	}
	topic, err := host.PubSub.Join(Topic, SubmissionType, check)
	if err != nil {
		return nil, err
	}
	r.topic = topic
	if err := topic.Consume(ctx, r.spawn, func(m *p2p.Message) { r.adoptLater(m.Envelope) }); err != nil {
		return nil, err
	}
	host.SetStreamHandler(HeadsProtocol, r.serveHeads)
	host.Network().Notify(&network.NotifyBundle{ConnectedF: func(_ network.Network, c network.Conn) {
		p := c.RemotePeer()
		r.spawn(func() { r.askHeads(p) })
	}})
	// Peers connected before the handler was set.
	for _, p := range host.Network().Peers() {
		r.spawn(func() { r.askHeads(p) })
	}
	return r, nil
}

// StartAdmitted runs the latest version of each stored workflow that is
// not running and whose owner the node admits now: at start, and again
// when what admission reads comes (an external chain that connects late,
// for a node that admits by stake).
func (r *Registry) StartAdmitted(ctx context.Context) {
	r.mu.Lock()
	heads := make([]Record, 0, len(r.heads))
	for _, rec := range r.heads {
		heads = append(heads, rec)
	}
	r.mu.Unlock()
	for _, rec := range heads {
		unlock := r.lockKey(rec.Key())
		rec, _ = r.head(rec.Key())
		r.startAdmitted(ctx, rec)
		unlock()
	}
}

// startAdmitted runs rec, the latest version of its workflow, if it is not
// running and the node admits its owner; the caller holds its key's lock.
func (r *Registry) startAdmitted(ctx context.Context, rec Record) {
	if rec.Deleted || r.engine.Running(rec.Key()) >= rec.Version {
		return
	}
	// The operator may have narrowed whom the node runs since.
	if err := r.admitted(ctx, rec.Owner); err != nil {
		r.log.Info("workflow not started", "workflow", rec.Key(), "err", err)
		return
	}
	if err := r.deploy(ctx, rec); err != nil {
		r.log.Warn("workflow not started", "workflow", rec.Key(), "version", rec.Version, "err", err)
	}
}

// Wait waits for the registry's goroutines, after ctx ended.
func (r *Registry) Wait() { r.wg.Wait() }

func (r *Registry) spawn(f func()) {
	if r.ctx.Err() != nil {
		return
	}
	r.wg.Go(f)
}

func (r *Registry) load() error {
	return r.scan([]byte(keyPrefix), func(key []byte, rec Record, err error) {
		if err != nil {
			r.log.Warn("stored workflow version unreadable", "key", string(key), "err", err)
			return
		}
		if _, ok := r.heads[rec.Key()]; !ok {
			r.owned[rec.Owner]++
		}
		r.heads[rec.Key()] = rec // keys sort by version: the last wins
	})
}

// scan reads the stored versions under prefix, in key order, to f, with
// the error of one that does not read as a version.
func (r *Registry) scan(prefix []byte, f func(key []byte, rec Record, err error)) error {
	return r.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = prefix
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			raw, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			rec, err := recordOf(raw)
			f(it.Item().Key(), rec, err)
		}
		return nil
	})
}

// decodeSubmission checks an envelope's payload: a wallet's submission
// with sane fields. The signature is checked by whoever unmarshalled it.
func decodeSubmission(env *p2p.Envelope) (*Submission, error) {
	if env.Type != SubmissionType {
		return nil, fmt.Errorf("%w: payload type %q, want %q", ErrInvalid, env.Type, SubmissionType)
	}
	if !strings.HasPrefix(env.Author, "0x") {
		return nil, fmt.Errorf("%w: signed by %s, not a wallet", ErrInvalid, env.Author)
	}
	var s Submission
	if err := env.Decode(&s); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if !nameRe.MatchString(s.Name) {
		return nil, fmt.Errorf("%w: name %q", ErrInvalid, s.Name)
	}
	if s.Version < 1 || s.Base < 0 || s.Base >= s.Version {
		return nil, fmt.Errorf("%w: version %d on base %d", ErrInvalid, s.Version, s.Base)
	}
	if s.Deleted != (s.CID == "") {
		return nil, fmt.Errorf("%w: a removal has no CID, a version has one", ErrInvalid)
	}
	if !s.Deleted {
		c, err := cid.Decode(s.CID)
		if err != nil || c.Type() != cid.DagJSON {
			return nil, fmt.Errorf("%w: cid %q is not a dag-json CID", ErrInvalid, s.CID)
		}
	}
	return &s, nil
}

func recordOf(envBytes []byte) (Record, error) {
	env, err := p2p.Unmarshal(envBytes)
	if err != nil {
		return Record{}, err
	}
	s, err := decodeSubmission(env)
	if err != nil {
		return Record{}, err
	}
	return Record{Owner: env.Author, Name: s.Name, Version: s.Version, CID: s.CID, Deleted: s.Deleted,
		Time: time.UnixMilli(env.Time).UTC(), env: envBytes}, nil
}

func (r *Registry) head(k Key) (Record, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	rec, ok := r.heads[k]
	return rec, ok
}

func (r *Registry) lockKey(k Key) func() {
	r.mu.Lock()
	m, ok := r.keyMu[k]
	if !ok {
		m = &sync.Mutex{}
		r.keyMu[k] = m
	}
	r.mu.Unlock()
	m.Lock()
	return m.Unlock
}

// Submit takes a version its owner signed, with its document, at this
// node's API: the base must be the latest version here (else ErrConflict).
// The version is stored, run, and announced to the peers.
func (r *Registry) Submit(ctx context.Context, env *p2p.Envelope, w *Workflow, canonical []byte) (Record, error) {
	if err := env.Verify(); err != nil {
		return Record{}, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	s, err := decodeSubmission(env)
	if err != nil {
		return Record{}, err
	}
	k := Key{env.Author, s.Name}
	if err := r.admitted(ctx, env.Author); err != nil {
		return Record{}, err
	}
	if !r.allow(env.Author) {
		return Record{}, fmt.Errorf("%w: %s set over %d versions within seconds; at most %d a second", ErrTooMany, env.Author, VersionsBurst, VersionsPerSecond)
	}
	unlock := r.lockKey(k)
	defer unlock()
	head, _ := r.head(k)
	if s.Base != head.Version {
		return Record{}, fmt.Errorf("%w: %s is at version %d, the submission is based on %d", ErrConflict, k, head.Version, s.Base)
	}
	if s.Version != s.Base+1 {
		return Record{}, fmt.Errorf("%w: version %d on base %d: want %d", ErrInvalid, s.Version, s.Base, s.Base+1)
	}
	if s.Deleted && head.Version == 0 {
		return Record{}, fmt.Errorf("%w: %s", ErrNotFound, k)
	}
	if err := r.ownerBytes(ctx, k.Owner); err != nil {
		return Record{}, err
	}
	undo, err := r.room(k, int64(len(canonical)))
	if err != nil {
		return Record{}, err
	}
	defer undo()
	if !s.Deleted {
		if w == nil {
			return Record{}, fmt.Errorf("%w: a new version comes with its document", ErrInvalid)
		}
		if w.Name != s.Name {
			return Record{}, fmt.Errorf("%w: the document is named %q, the submission %q", ErrInvalid, w.Name, s.Name)
		}
		// Checked before anything is kept.
		c, err := store.DocumentCID(cid.DagJSON, canonical)
		if err != nil {
			return Record{}, err
		}
		if c.String() != s.CID {
			return Record{}, fmt.Errorf("%w: the signed CID is %s, the document's %s", ErrInvalid, s.CID, c)
		}
		if err := r.engine.Check(w); err != nil {
			return Record{}, err
		}
		if _, err := r.blocks.PutDocument(ctx, cid.DagJSON, canonical); err != nil {
			return Record{}, err
		}
	}
	raw, err := env.Marshal()
	if err != nil {
		return Record{}, err
	}
	rec, err := recordOf(raw)
	if err != nil {
		return Record{}, err
	}
	if err := r.install(rec, w, int64(len(canonical))); err != nil {
		return Record{}, err
	}
	if r.topic != nil {
		if err := r.topic.PublishSealed(ctx, env); err != nil {
			r.log.Warn("workflow not announced", "workflow", k, "err", err)
		}
	}
	rec.Running = !rec.Deleted
	return rec, nil
}

// Limits on what a node keeps: workflows per owner and in all. A guest
// keeps fewer (Quotas).
const (
	MaxPerOwner  = 100
	MaxWorkflows = 10000
)

// room reports whether a version of k whose document is size bytes (0
// when not yet known) may be kept: the owner's and the node's counts of
// workflows, and the bytes of documents the owner pins (ownerBytes must
// have been called for the owner). A new workflow is counted at once, so
// that submissions at the same time cannot pass a limit together; the
// caller's install keeps the count, and undo, called in any case, takes it
// back if install did not.
func (r *Registry) room(k Key, size int64) (undo func(), err error) {
	class := r.engine.class(k.Owner)
	q := r.engine.deps.Quotas
	r.mu.Lock()
	defer r.mu.Unlock()
	limit := int64(MaxOwnerBytes)
	if class == Guest {
		limit = q.Bytes
	}
	if used := r.bytes[k.Owner]; size > 0 && used+size > limit {
		return nil, fmt.Errorf("%w: %s pins %d bytes of workflow documents here, every version kept; %d more would pass its quota of %d", ErrQuota, k.Owner, used, size, limit)
	}
	if _, ok := r.heads[k]; ok || r.counted[k] {
		return func() {}, nil
	}
	if len(r.heads) >= MaxWorkflows {
		return nil, fmt.Errorf("%w: this node keeps %d workflows already", ErrQuota, MaxWorkflows)
	}
	if class != Guest {
		if r.owned[k.Owner] >= MaxPerOwner {
			return nil, fmt.Errorf("%w: %s has %d workflows here already", ErrQuota, k.Owner, MaxPerOwner)
		}
	} else {
		if r.owned[k.Owner] >= q.Workflows {
			return nil, fmt.Errorf("%w: %s has %d workflows here already, the quota of a guest of this node", ErrQuota, k.Owner, q.Workflows)
		}
		guests := 0
		for o, n := range r.owned {
			if r.engine.class(o) == Guest {
				guests += n
			}
		}
		if guests >= q.AllWorkflows {
			return nil, fmt.Errorf("%w: this node's guests keep %d workflows already, their quota together", ErrQuota, q.AllWorkflows)
		}
	}
	r.owned[k.Owner]++
	r.counted[k] = true
	return func() {
		r.mu.Lock()
		defer r.mu.Unlock()
		if r.counted[k] { // install did not take it
			delete(r.counted, k)
			r.owned[k.Owner]--
		}
	}, nil
}

// ownerBytes makes sure the bytes of documents owner pins here are
// counted: read once from the stored versions, then kept up to date by
// install.
func (r *Registry) ownerBytes(ctx context.Context, owner string) error {
	r.mu.Lock()
	_, ok := r.bytes[owner]
	r.mu.Unlock()
	if ok {
		return nil
	}
	var cids []string
	err := r.scan([]byte(keyPrefix+owner+"/"), func(_ []byte, rec Record, err error) {
		if err == nil && rec.CID != "" {
			cids = append(cids, rec.CID)
		}
	})
	if err != nil {
		return fmt.Errorf("workflow: the documents of %s: %w", owner, err)
	}
	var n int64
	for _, s := range cids {
		c, err := cid.Decode(s)
		if err != nil {
			continue
		}
		if size, err := r.blocks.Size(ctx, c); err == nil {
			n += size
		}
	}
	r.mu.Lock()
	if _, ok := r.bytes[owner]; !ok {
		r.bytes[owner] = n
	}
	r.mu.Unlock()
	return nil
}

// install stores a version and runs it (or stops a removed workflow). Its
// callers checked it: room for it, its document's name, that it compiles.
func (r *Registry) install(rec Record, w *Workflow, size int64) error {
	k := rec.Key()
	if err := r.db.Update(func(txn *badger.Txn) error { return txn.Set(versionKey(k, rec.Version), rec.env) }); err != nil {
		return fmt.Errorf("workflow: store: %w", err)
	}
	r.mu.Lock()
	delete(r.counted, k) // room counted it
	if rec.Version > r.heads[k].Version {
		r.heads[k] = rec
	}
	if n, ok := r.bytes[k.Owner]; ok {
		r.bytes[k.Owner] = n + size
	}
	r.mu.Unlock()
	if rec.Deleted {
		r.engine.Undeploy(k)
		return nil
	}
	_, err := r.engine.Deploy(k, rec.Version, rec.CID, w)
	return err
}

func (r *Registry) deploy(ctx context.Context, rec Record) error {
	w, err := r.document(ctx, rec.CID)
	if err != nil {
		return err
	}
	_, err = r.engine.Deploy(rec.Key(), rec.Version, rec.CID, w)
	return err
}

// document reads a version's document: from this node's blocks, or
// fetched from peers within FetchTimeout.
func (r *Registry) document(ctx context.Context, c string) (*Workflow, error) {
	id, err := cid.Decode(c)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, FetchTimeout)
	defer cancel()
	raw, err := r.blocks.GetDocument(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("workflow document %s: %w", c, err)
	}
	return FromCanonical(raw)
}

// FetchTimeout bounds fetching a workflow document from peers.
const FetchTimeout = 30 * time.Second

// adoptLater adopts an announced or offered version in the background.
func (r *Registry) adoptLater(env *p2p.Envelope) {
	select {
	case r.slots <- struct{}{}:
	case <-r.ctx.Done():
		return
	}
	r.spawn(func() {
		defer func() { <-r.slots }()
		if err := r.adopt(r.ctx, env); err != nil {
			r.log.Info("workflow version not adopted", "author", env.Author, "err", err)
		}
	})
}

// adopt takes a version heard from a peer when it is newer than ours:
// its document is fetched, pinned, checked and run.
func (r *Registry) adopt(ctx context.Context, env *p2p.Envelope) error {
	s, err := decodeSubmission(env)
	if err != nil {
		return err
	}
	k := Key{env.Author, s.Name}
	if err := r.admitted(ctx, env.Author); err != nil {
		return err
	}
	unlock := r.lockKey(k)
	defer unlock()
	if head, ok := r.head(k); ok && head.Version >= s.Version {
		return nil
	}
	if err := r.ownerBytes(ctx, k.Owner); err != nil {
		return err
	}
	undo, err := r.room(k, 0)
	if err != nil {
		return err
	}
	defer undo()
	raw, err := env.Marshal()
	if err != nil {
		return err
	}
	rec, err := recordOf(raw)
	if err != nil {
		return err
	}
	var w *Workflow
	var size int64
	if !rec.Deleted {
		// Fetched (bitswap checks the bytes against the CID), then kept.
		c, _ := cid.Decode(rec.CID)
		fctx, cancel := context.WithTimeout(ctx, FetchTimeout)
		raw, err := r.blocks.GetDocument(fctx, c)
		cancel()
		if err != nil {
			return fmt.Errorf("workflow %s version %d: %w", k, s.Version, err)
		}
		if w, err = FromCanonical(raw); err != nil {
			return fmt.Errorf("workflow %s version %d: %w", k, s.Version, err)
		}
		if w.Name != rec.Name {
			return fmt.Errorf("%w: document %s is named %q, not %q", ErrInvalid, rec.CID, w.Name, rec.Name)
		}
		if err := r.engine.Check(w); err != nil {
			return fmt.Errorf("workflow %s version %d: %w", k, s.Version, err)
		}
		size = int64(len(raw))
		if _, err := r.room(k, size); err != nil { // the bytes, now known; k is counted already
			return err
		}
		// Kept only once it is known good.
		if _, err := r.blocks.PutDocument(ctx, cid.DagJSON, raw); err != nil {
			return err
		}
	}
	return r.install(rec, w, size)
}

// maxHeads bounds what one peer may offer.
const (
	maxHeads     = 10000
	maxHeadBytes = 64 << 10
)

// serveHeads writes this node's latest version of each workflow, one
// envelope a line.
func (r *Registry) serveHeads(st network.Stream) {
	defer st.Close()
	_ = st.SetDeadline(time.Now().Add(30 * time.Second))
	r.mu.Lock()
	heads := make([][]byte, 0, len(r.heads))
	for _, rec := range r.heads {
		heads = append(heads, rec.env)
	}
	r.mu.Unlock()
	w := bufio.NewWriter(st)
	for _, h := range heads {
		w.Write(h)
		w.WriteByte('\n')
	}
	_ = w.Flush()
}

// askHeads asks peer p for its latest versions and adopts the newer ones.
func (r *Registry) askHeads(p peer.ID) {
	ctx, cancel := context.WithTimeout(r.ctx, 30*time.Second)
	defer cancel()
	st, err := r.host.NewStream(network.WithAllowLimitedConn(ctx, "heads"), p, HeadsProtocol)
	if err != nil {
		return // not a cere node, or gone
	}
	defer st.Close()
	_ = st.SetDeadline(time.Now().Add(30 * time.Second))
	_ = st.CloseWrite()
	sc := bufio.NewScanner(io.LimitReader(st, maxHeads*maxHeadBytes))
	sc.Buffer(nil, maxHeadBytes)
	for n := 0; n < maxHeads && sc.Scan(); n++ {
		env, err := p2p.Unmarshal(sc.Bytes())
		if err != nil || env.Verify() != nil {
			r.log.Info("bad workflow head from peer", "peer", p, "err", err)
			return
		}
		sub, err := decodeSubmission(env)
		if err != nil {
			continue
		}
		if head, ok := r.head(Key{env.Author, sub.Name}); ok && head.Version >= sub.Version {
			continue // what most heads are, on a reconnection
		}
		// A peer's offer is paced like an announcement: past its owner's
		// pace, ask again in a while for what is left.
		if !r.allow(env.Author) {
			r.askLater(p)
			return
		}
		r.adoptLater(env)
	}
}

// List returns the latest version of each workflow, removed ones left out.
func (r *Registry) List() []Record {
	r.mu.Lock()
	out := make([]Record, 0, len(r.heads))
	for _, rec := range r.heads {
		if !rec.Deleted {
			rec.Running = r.engine.Running(rec.Key()) == rec.Version
			out = append(out, rec)
		}
	}
	r.mu.Unlock()
	slices.SortFunc(out, func(a, b Record) int { return strings.Compare(a.Key().String(), b.Key().String()) })
	return out
}

// Find returns the workflows named name (one per owner that has it).
func (r *Registry) Find(name string) []Record {
	var out []Record
	for _, rec := range r.List() {
		if rec.Name == name {
			out = append(out, rec)
		}
	}
	return out
}

// History returns every stored version of k, oldest first.
func (r *Registry) History(k Key) ([]Record, error) {
	var out []Record
	err := r.scan(fmt.Appendf(nil, "%s%s/%s/", keyPrefix, k.Owner, k.Name), func(_ []byte, rec Record, err error) {
		if err == nil {
			out = append(out, rec)
		}
	})
	if len(out) == 0 && err == nil {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, k)
	}
	return out, err
}

// Get returns version v of k (0: the latest) and its document.
func (r *Registry) Get(ctx context.Context, k Key, v int) (Record, *Workflow, error) {
	hist, err := r.History(k)
	if err != nil {
		return Record{}, nil, err
	}
	rec := hist[len(hist)-1]
	if v != 0 {
		i := slices.IndexFunc(hist, func(r Record) bool { return r.Version == v })
		if i < 0 {
			return Record{}, nil, fmt.Errorf("%w: %s version %d", ErrNotFound, k, v)
		}
		rec = hist[i]
	}
	if rec.Deleted {
		return rec, nil, nil
	}
	rec.Running = r.engine.Running(k) == rec.Version
	w, err := r.document(ctx, rec.CID)
	return rec, w, err
}

// Head returns the latest version of k (0 when it has none).
func (r *Registry) Head(k Key) Record {
	rec, _ := r.head(k)
	return rec
}
