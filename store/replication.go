package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cerestack/cere/p2p"
	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/ipld/merkledag"
	pin "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/query"
	ipld "github.com/ipfs/go-ipld-format"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Replication gossip: a publisher asks for copies of a DAG, the peers that
// rank highest for it pin it and say so.
const (
	BlocksTopic = "/cere/1/blocks"
	BlocksType  = "cere.blocks.v1"
	// MaxCopies bounds a replication request.
	MaxCopies = 16
	// MinFreeForReplica is the free space below which a node takes no replicas.
	MinFreeForReplica = 1 << 30
	// Bounds on what gossip can make a node do or remember.
	maxConcurrentReplicas = 2
	maxHoldersPerCID      = 64
	maxTrackedCIDs        = 10000
	holderTTL             = 24 * time.Hour
	// fetchWorkers is how many blocks of a replica are asked for at once.
	fetchWorkers = 8
)

// Defaults of a Replicator's limits.
const (
	DefaultPublisherQuota = 4 << 30
	DefaultReplicaQuota   = 64 << 30
	DefaultReplicaTTL     = 7 * 24 * time.Hour
	DefaultBlockTimeout   = 30 * time.Second
	DefaultFetchTimeout   = 30 * time.Minute
)

// Errors of taking a replica.
var (
	// ErrReplicaTooLarge: the DAG's blocks passed the largest DAG this node
	// takes, whatever its root declared.
	ErrReplicaTooLarge = errors.New("DAG larger than this node takes")
	// ErrOverQuota: the replica would pass its publisher's quota or the
	// node's.
	ErrOverQuota = errors.New("over the replica quota")
)

// replicaMsg is the payload of BlocksTopic.
type replicaMsg struct {
	Kind   string `json:"kind"` // "want": pin copies of CID; "held": Holder pins CID
	CID    string `json:"cid"`
	Copies int    `json:"copies,omitempty"`
	Holder string `json:"holder,omitempty"`
}

// Replicator keeps DAGs available beyond their publisher: on request, the
// peers ranked highest for a CID (by rendezvous hashing over the live peers
// with room) pin it and announce that they hold it.
type Replicator struct {
	blocks *Blocks
	host   *p2p.Host
	topic  *p2p.Topic
	signer p2p.Signer
	// roomFor reports whether a peer has room for replicas.
	roomFor func(p2p.PeerRecord) bool
	self    func() p2p.PeerRecord
	// MaxBytes is the largest DAG this node takes a replica of, counted
	// in the bytes of its blocks as they arrive.
	MaxBytes int64
	// PublisherQuota bounds the bytes of the replicas this node pins for
	// one publisher, and ReplicaQuota those of all replicas.
	PublisherQuota, ReplicaQuota int64
	// TTL is how long a replica stays pinned after its publisher last
	// asked for it; the publisher asks again every TTL/7 for as long as it
	// holds the DAG.
	TTL time.Duration
	// BlockTimeout bounds the wait for each block of a replica, and
	// FetchTimeout the whole fetch: a DAG nobody serves frees its slot
	// after BlockTimeout.
	BlockTimeout, FetchTimeout time.Duration

	mu       sync.Mutex
	holders  map[string]map[string]time.Time // cid -> holder -> announced
	changed  chan struct{}                   // closed and replaced on every announcement
	inFlight map[string]bool                 // replicas being fetched
	replicas map[string]replica              // cid -> the replica pinned here
	used     map[string]int64                // publisher -> bytes of its replicas here
	total    int64                           // bytes of all replicas here
	wanted   map[string]int                  // cid -> copies this node asked for
	now      func() time.Time
	ctx      context.Context // the node's: ends at shutdown
	wg       sync.WaitGroup
}

// replica is a DAG pinned for a publisher. It is kept in its pin's name
// (replicaPinName), so that it outlives a restart with the pin.
type replica struct {
	publisher string
	bytes     int64
	expires   time.Time
}

const replicaPinPrefix = "cere-replica/1"

// replicaPinName is the name of a replica's pin: what the replica table is
// made of again at start, and how a pin the operator made (with no name, or
// another) is told from a replica, which expires.
func replicaPinName(r replica) string {
	return fmt.Sprintf("%s %s %d %d", replicaPinPrefix, r.publisher, r.bytes, r.expires.Unix())
}

func parseReplicaPinName(name string) (replica, bool) {
	f := strings.Fields(name)
	if len(f) != 4 || f[0] != replicaPinPrefix {
		return replica{}, false
	}
	n, err1 := strconv.ParseInt(f[2], 10, 64)
	exp, err2 := strconv.ParseInt(f[3], 10, 64)
	if err1 != nil || err2 != nil || n < 0 {
		return replica{}, false
	}
	return replica{publisher: f[1], bytes: n, expires: time.Unix(exp, 0)}, true
}

// newReplicator makes a replicator of b with the default limits, its
// table of replicas read from b's pins.
func newReplicator(ctx context.Context, b *Blocks, self func() p2p.PeerRecord) (*Replicator, error) {
	r := &Replicator{
		blocks: b, self: self,
		roomFor:        func(p p2p.PeerRecord) bool { return p.Capabilities.StorageFreeBytes >= MinFreeForReplica },
		holders:        map[string]map[string]time.Time{},
		changed:        make(chan struct{}),
		inFlight:       map[string]bool{},
		replicas:       map[string]replica{},
		used:           map[string]int64{},
		wanted:         map[string]int{},
		now:            time.Now,
		MaxBytes:       4 << 30,
		PublisherQuota: DefaultPublisherQuota,
		ReplicaQuota:   DefaultReplicaQuota,
		TTL:            DefaultReplicaTTL,
		BlockTimeout:   DefaultBlockTimeout,
		FetchTimeout:   DefaultFetchTimeout,
		ctx:            ctx,
	}
	if err := r.sweep(ctx); err != nil {
		return nil, fmt.Errorf("replicas: %w", err)
	}
	if err := r.loadWanted(ctx); err != nil {
		return nil, fmt.Errorf("replicas asked for: %w", err)
	}
	return r, nil
}

// StartReplication joins the blocks topic. self describes this node as its
// peers see it (with its storage capabilities).
func StartReplication(ctx context.Context, b *Blocks, h *p2p.Host, signer p2p.Signer, self func() p2p.PeerRecord) (*Replicator, error) {
	r, err := newReplicator(ctx, b, self)
	if err != nil {
		return nil, err
	}
	r.host, r.signer = h, signer
	check := func(_ context.Context, origin peer.ID, env *p2p.Envelope) (any, error) {
		var m replicaMsg
		if err := env.Decode(&m); err != nil {
			return nil, err
		}
		if env.Author != origin.String() {
			return nil, fmt.Errorf("blocks message of %s signed by %s", origin, env.Author)
		}
		if _, err := cid.Decode(m.CID); err != nil {
			return nil, fmt.Errorf("blocks message: cid %q: %w", m.CID, err)
		}
		switch {
		case m.Kind == "want" && m.Copies >= 1 && m.Copies <= MaxCopies:
		case m.Kind == "held" && m.Holder == env.Author:
		default:
			return nil, fmt.Errorf("blocks message: kind %q, copies %d, holder %q", m.Kind, m.Copies, m.Holder)
		}
		return &m, nil
	}
	topic, err := h.PubSub.Join(BlocksTopic, BlocksType, check)
	if err != nil {
		return nil, err
	}
	r.topic = topic
	err = topic.Consume(ctx, func(f func()) { r.wg.Go(f) }, func(msg *p2p.Message) {
		m := msg.Payload.(*replicaMsg)
		switch m.Kind {
		case "held":
			r.recordHolder(m.CID, m.Holder)
		case "want":
			if msg.From != h.ID() && r.start(m.CID) {
				r.wg.Go(func() {
					defer r.finish(m.CID)
					r.consider(ctx, msg.From, m)
				})
			}
		}
	})
	if err != nil {
		return nil, err
	}
	r.wg.Go(func() { r.upkeep(ctx) })
	return r, nil
}

// upkeep unpins the replicas whose publisher stopped asking for them, and
// asks again for the copies of what this node published, until ctx ends.
func (r *Replicator) upkeep(ctx context.Context) {
	sweep := time.NewTicker(10 * time.Minute)
	defer sweep.Stop()
	every := r.TTL / 7
	if every <= 0 {
		every = DefaultReplicaTTL / 7
	}
	renew := time.NewTicker(every)
	defer renew.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-sweep.C:
			if err := r.sweep(ctx); err != nil && ctx.Err() == nil {
				r.blocks.log.Warn("replicate: expire replicas", "err", err)
			}
		case <-renew.C:
			r.renewWanted(ctx)
		}
	}
}

// wantedPrefix keys the DAGs this node asked copies of, with how many, so
// that it goes on renewing them after a restart: its holders drop a
// replica its publisher stops asking for.
const wantedPrefix = "/cere/replication/wanted/"

// want records that this node asks for copies of s (0: no more), renewed
// by upkeep, in memory and in the store.
func (r *Replicator) want(ctx context.Context, s string, copies int) {
	r.mu.Lock()
	_, known := r.wanted[s]
	switch {
	case copies == 0:
		delete(r.wanted, s)
	case known || len(r.wanted) < maxTrackedCIDs:
		r.wanted[s] = copies
	default:
		r.mu.Unlock()
		return
	}
	r.mu.Unlock()
	key := datastore.NewKey(wantedPrefix + s)
	var err error
	if copies == 0 {
		err = r.blocks.ds.Delete(ctx, key)
	} else {
		err = r.blocks.ds.Put(ctx, key, []byte(strconv.Itoa(copies)))
	}
	if err != nil {
		r.blocks.log.Warn("replicate: record what this node asks copies of", "cid", s, "err", err)
	}
}

// loadWanted reads what this node asked copies of before it started.
func (r *Replicator) loadWanted(ctx context.Context) error {
	res, err := r.blocks.ds.Query(ctx, query.Query{Prefix: wantedPrefix})
	if err != nil {
		return err
	}
	defer res.Close()
	for e := range res.Next() {
		if e.Error != nil {
			return e.Error
		}
		copies, err := strconv.Atoi(string(e.Value))
		s := strings.TrimPrefix(e.Key, wantedPrefix)
		if err != nil || copies < 1 || copies > MaxCopies || len(r.wanted) >= maxTrackedCIDs {
			continue
		}
		r.wanted[s] = copies
	}
	return nil
}

// renewWanted asks again for the copies of every DAG this node asked
// copies of and still holds: its holders keep a replica only while its
// publisher asks for it.
func (r *Replicator) renewWanted(ctx context.Context) {
	r.mu.Lock()
	wanted := maps.Clone(r.wanted)
	r.mu.Unlock()
	for s, copies := range wanted {
		c, _ := cid.Decode(s)
		if has, err := r.blocks.Has(ctx, c); err != nil || !has {
			r.want(ctx, s, 0)
			continue
		}
		if err := r.topic.Publish(ctx, r.signer, replicaMsg{Kind: "want", CID: s, Copies: copies}); err != nil && ctx.Err() == nil {
			r.blocks.log.Info("replicate: renew", "cid", s, "err", err)
		}
	}
}

// sweep reads the replicas from the pins' names, unpins those expired, and
// counts what each publisher holds here. A replica the operator pinned
// since (Blocks.Pin renames the pin) is no replica any more: it neither
// expires nor counts.
func (r *Replicator) sweep(ctx context.Context) error {
	now := r.now()
	found := map[string]replica{}
	var expired []cid.Cid
	for p := range r.blocks.pins.RecursiveKeys(ctx, true) {
		if p.Err != nil {
			return fmt.Errorf("list pins: %w", p.Err)
		}
		rep, ok := parseReplicaPinName(p.Pin.Name)
		if !ok {
			continue
		}
		if !now.Before(rep.expires) {
			expired = append(expired, p.Pin.Key)
			continue
		}
		found[p.Pin.Key.String()] = rep
	}
	for _, c := range expired {
		if err := r.blocks.Unpin(ctx, c); err != nil && !errors.Is(err, pin.ErrNotPinned) {
			return err
		}
		r.blocks.log.Info("replicate: a replica expired", "cid", c)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	// A replica being taken is in the table before its pin is made.
	for c, rep := range r.replicas {
		if _, ok := found[c]; !ok && r.inFlight[c] {
			found[c] = rep
		}
	}
	r.replicas = found
	r.used, r.total = map[string]int64{}, 0
	for _, rep := range found {
		r.used[rep.publisher] += rep.bytes
		r.total += rep.bytes
	}
	return nil
}

// start claims one of the few replica slots for c; false when c is already
// being fetched or every slot is busy (the publisher asks again).
func (r *Replicator) start(c string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.inFlight[c] || len(r.inFlight) >= maxConcurrentReplicas {
		return false
	}
	r.inFlight[c] = true
	return true
}

func (r *Replicator) finish(c string) {
	r.mu.Lock()
	delete(r.inFlight, c)
	r.mu.Unlock()
}

// Wait waits for the replication goroutines, after the context given to
// StartReplication has ended.
func (r *Replicator) Wait() { r.wg.Wait() }

// rank orders candidates for c by rendezvous hash: every node that sees the
// same live peers computes the same order, with no coordinator.
func rank(c string, candidates []string) []string {
	score := func(p string) []byte {
		h := sha256.Sum256([]byte(c + "\x00" + p))
		return h[:]
	}
	out := slices.Clone(candidates)
	slices.SortFunc(out, func(a, b string) int { return bytes.Compare(score(b), score(a)) })
	return out
}

// consider pins c when this node ranks among the top Copies of the peers
// with room (the publisher excluded), then announces it.
func (r *Replicator) consider(ctx context.Context, publisher peer.ID, m *replicaMsg) {
	c, _ := cid.Decode(m.CID)
	// A replica held for this publisher is renewed whatever the ranking
	// says now: the peers have changed since it was taken.
	r.mu.Lock()
	rep, held := r.replicas[m.CID]
	r.mu.Unlock()
	if held && rep.publisher == publisher.String() {
		if err := r.renew(ctx, publisher.String(), c); err != nil {
			r.blocks.log.Warn("replicate: renew", "cid", c, "publisher", publisher, "err", err)
		}
		_ = r.announce(ctx, m.CID)
		return
	}
	self := r.self()
	var candidates []string
	for _, p := range append(r.host.Presence.Live(), self) {
		if p.PeerID != publisher.String() && r.roomFor(p) {
			candidates = append(candidates, p.PeerID)
		}
	}
	chosen := rank(m.CID, candidates)
	if len(chosen) > m.Copies {
		chosen = chosen[:m.Copies]
	}
	if !slices.Contains(chosen, self.PeerID) {
		return
	}
	if pinned, _ := r.blocks.Pinned(ctx, c); pinned {
		_ = r.announce(ctx, m.CID) // the publisher may have missed it
		return
	}
	size, err := r.take(ctx, publisher.String(), c, int64(self.Capabilities.StorageFreeBytes))
	if err != nil {
		r.blocks.log.Info("replicate: no replica", "cid", c, "publisher", publisher, "err", err)
		return
	}
	r.blocks.log.Info("replicate: pinned a replica", "cid", c, "publisher", publisher, "bytes", size)
	if err := r.announce(ctx, m.CID); err != nil {
		r.blocks.log.Warn("replicate: announce", "cid", c, "err", err)
	}
}

// take fetches the DAG c for publisher and pins it as a replica until TTL
// from now. What the root declares is not believed: the blocks are counted
// as they arrive, and the fetch stops at the first of MaxBytes, the room
// on the disk (free, less MinFreeForReplica) and what is left of the
// publisher's quota and the node's.
func (r *Replicator) take(ctx context.Context, publisher string, c cid.Cid, free int64) (int64, error) {
	r.mu.Lock()
	quota := min(r.PublisherQuota-r.used[publisher], r.ReplicaQuota-r.total)
	r.mu.Unlock()
	limit := min(r.MaxBytes, free-MinFreeForReplica)
	if quota <= 0 {
		return 0, fmt.Errorf("%s: %w: publisher %s holds %d bytes here", c, ErrOverQuota, publisher, r.usedBy(publisher))
	}
	if limit <= 0 {
		return 0, fmt.Errorf("%s: %w: no room on this node", c, ErrReplicaTooLarge)
	}
	fctx, cancel := context.WithTimeout(ctx, r.FetchTimeout)
	defer cancel()
	size, err := r.blocks.fetchCounted(fctx, c, min(limit, quota), r.BlockTimeout)
	if errors.Is(err, ErrReplicaTooLarge) && quota < limit {
		return 0, fmt.Errorf("%s: %w: over the %d bytes left to publisher %s", c, ErrOverQuota, quota, publisher)
	}
	if err != nil {
		return 0, err
	}
	rep := replica{publisher: publisher, bytes: size, expires: r.now().Add(r.TTL)}
	r.mu.Lock()
	if r.used[publisher]+size > r.PublisherQuota || r.total+size > r.ReplicaQuota {
		r.mu.Unlock() // another replica took the room meanwhile
		return 0, fmt.Errorf("%s: %w", c, ErrOverQuota)
	}
	r.replicas[c.String()] = rep
	r.used[publisher] += size
	r.total += size
	r.mu.Unlock()
	if err := r.blocks.pinReplica(ctx, c, size, r.BlockTimeout, replicaPinName(rep)); err != nil {
		r.mu.Lock()
		delete(r.replicas, c.String())
		r.used[publisher] -= size
		r.total -= size
		r.mu.Unlock()
		return 0, err
	}
	return size, nil
}

func (r *Replicator) usedBy(publisher string) int64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.used[publisher]
}

// renew extends a replica of c held for publisher to TTL from now, when
// less than half of it is left (a publisher asks again every few seconds
// while it waits for copies). A DAG pinned here for another publisher, or
// by the operator, is left as it is.
func (r *Replicator) renew(ctx context.Context, publisher string, c cid.Cid) error {
	r.mu.Lock()
	rep, ok := r.replicas[c.String()]
	now := r.now()
	if !ok || rep.publisher != publisher || rep.expires.Sub(now) > r.TTL/2 {
		r.mu.Unlock()
		return nil
	}
	rep.expires = now.Add(r.TTL)
	r.replicas[c.String()] = rep
	r.mu.Unlock()
	unlock := r.blocks.bs.PinLock(ctx)
	defer unlock.Unlock(ctx)
	nd, err := r.blocks.offline.Get(ctx, c)
	if err != nil {
		return fmt.Errorf("%s: %w", c, err)
	}
	// Pinning a pinned DAG again replaces its pin's name.
	if err := r.blocks.pins.Pin(ctx, nd, true, replicaPinName(rep)); err != nil {
		return fmt.Errorf("pin %s: %w", c, err)
	}
	return r.blocks.pins.Flush(ctx)
}

func (r *Replicator) announce(ctx context.Context, c string) error {
	return r.topic.Publish(ctx, r.signer, replicaMsg{Kind: "held", CID: c, Holder: r.signer.Author()})
}

// recordHolder remembers an announcement, within bounds: announcements
// older than a day are forgotten, and a full table takes no new CIDs.
func (r *Replicator) recordHolder(c, holder string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := time.Now()
	if r.holders[c] == nil {
		if len(r.holders) >= maxTrackedCIDs {
			for k, hs := range r.holders {
				for h, at := range hs {
					if now.Sub(at) > holderTTL {
						delete(hs, h)
					}
				}
				if len(hs) == 0 {
					delete(r.holders, k)
				}
			}
			if len(r.holders) >= maxTrackedCIDs {
				return
			}
		}
		r.holders[c] = map[string]time.Time{}
	}
	if _, ok := r.holders[c][holder]; !ok && len(r.holders[c]) >= maxHoldersPerCID {
		return
	}
	r.holders[c][holder] = now
	close(r.changed)
	r.changed = make(chan struct{})
}

// Holders returns the peers that announced they hold c.
func (r *Replicator) Holders(c cid.Cid) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for h, at := range r.holders[c.String()] {
		if time.Since(at) <= holderTTL {
			out = append(out, h)
		}
	}
	slices.Sort(out)
	return out
}

// Request asks for copies of c in the background, giving up after ten
// minutes: what a put does so that a DAG outlives its publisher by default.
func (r *Replicator) Request(c cid.Cid, copies int) {
	r.wg.Go(func() {
		ctx, cancel := context.WithTimeout(r.ctx, 10*time.Minute)
		defer cancel()
		if held, err := r.Replicate(ctx, c, copies); err != nil && !errors.Is(err, context.Canceled) {
			r.blocks.log.Info("replicate", "cid", c, "held_by", len(held), "asked", copies, "err", err)
		}
	})
}

// ErrTooFewCopies is returned by Replicate when fewer peers than asked
// announced a copy before the context ended.
var ErrTooFewCopies = errors.New("too few copies")

// Replicate asks the network for copies of c, which this node must hold,
// and waits until that many other peers announce they pin it.
func (r *Replicator) Replicate(ctx context.Context, c cid.Cid, copies int) ([]string, error) {
	if copies < 1 || copies > MaxCopies {
		return nil, fmt.Errorf("copies %d: want 1 to %d", copies, MaxCopies)
	}
	if has, err := r.blocks.Has(ctx, c); err != nil || !has {
		return nil, fmt.Errorf("%s: %w on this node", c, ErrNotFound)
	}
	r.want(ctx, c.String(), copies)
	want := func() error {
		return r.topic.Publish(ctx, r.signer, replicaMsg{Kind: "want", CID: c.String(), Copies: copies})
	}
	if err := want(); err != nil {
		return nil, err
	}
	// Ask again now and then: a peer that was not yet in the topic's mesh,
	// or not yet live, missed the first request. Peers already pinning
	// ignore repeats (a pin of a pinned DAG is a no-op).
	again := time.NewTicker(10 * time.Second)
	defer again.Stop()
	for {
		r.mu.Lock()
		changed := r.changed
		r.mu.Unlock()
		held := slices.DeleteFunc(r.Holders(c), func(h string) bool { return h == r.host.ID().String() })
		if len(held) >= copies {
			return held, nil
		}
		select {
		case <-ctx.Done():
			return held, fmt.Errorf("%w: %d of %d peers hold %s: %w", ErrTooFewCopies, len(held), copies, c, ctx.Err())
		case <-changed:
		case <-again.C:
			if err := want(); err != nil {
				return held, err
			}
		}
	}
}

// fetchCounted fetches the DAG under c, through one bitswap session and a
// few blocks at a time, counting the bytes of its distinct blocks as they
// arrive: past limit it stops with ErrReplicaTooLarge (what is fetched by
// then, at most limit and fetchWorkers blocks, goes at the next GC). Each block
// must arrive within blockTimeout, so a DAG nobody serves gives up soon.
func (b *Blocks) fetchCounted(ctx context.Context, c cid.Cid, limit int64, blockTimeout time.Duration) (int64, error) {
	ctx = blockservice.ContextWithSession(ctx, b.service)
	var total atomic.Int64
	getLinks := func(ctx context.Context, c cid.Cid) ([]*ipld.Link, error) {
		bctx, cancel := context.WithTimeout(ctx, blockTimeout)
		defer cancel()
		nd, err := b.dag.Get(bctx, c)
		if err != nil {
			if ctx.Err() == nil && bctx.Err() != nil {
				return nil, fmt.Errorf("block %s: none within %s: %w", c, blockTimeout, ErrNotFound)
			}
			return nil, fmt.Errorf("block %s: %w", c, err)
		}
		if n := total.Add(int64(len(nd.RawData()))); n > limit {
			return nil, fmt.Errorf("%w: over %d bytes", ErrReplicaTooLarge, limit)
		}
		return nd.Links(), nil
	}
	// A block linked twice is fetched and counted once. (The walk never
	// calls visit concurrently.)
	seen := map[string]bool{}
	visit := func(c cid.Cid) bool {
		k := string(c.Hash())
		if seen[k] {
			return false
		}
		seen[k] = true
		return true
	}
	if err := merkledag.Walk(ctx, getLinks, c, visit, merkledag.Concurrency(fetchWorkers)); err != nil {
		return total.Load(), fmt.Errorf("fetch %s: %w", c, err)
	}
	return total.Load(), nil
}

// pinReplica pins the DAG c, fetched by fetchCounted, under name. A GC may
// have removed some of its blocks since: under the pin lock they are
// fetched again, within the same count.
func (b *Blocks) pinReplica(ctx context.Context, c cid.Cid, size int64, blockTimeout time.Duration, name string) error {
	unlock := b.bs.PinLock(ctx)
	defer unlock.Unlock(ctx)
	if _, err := b.fetchCounted(ctx, c, size, blockTimeout); err != nil {
		return err
	}
	nd, err := b.offline.Get(ctx, c)
	if err != nil {
		return fmt.Errorf("pin %s: %w", c, err)
	}
	if err := b.pins.Pin(ctx, nd, true, name); err != nil {
		return fmt.Errorf("pin %s: %w", c, err)
	}
	if err := b.pins.Flush(ctx); err != nil {
		return fmt.Errorf("pin %s: %w", c, err)
	}
	b.provide(c)
	return nil
}
