package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/cerestack/cere/p2p"
	"github.com/ipfs/go-cid"
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
	// MaxBytes is the largest DAG this node takes a replica of.
	MaxBytes int64

	mu       sync.Mutex
	holders  map[string]map[string]time.Time // cid -> holder -> announced
	changed  chan struct{}                   // closed and replaced on every announcement
	inFlight map[string]bool                 // replicas being fetched
	ctx      context.Context                 // the node's: ends at shutdown
	wg       sync.WaitGroup
}

// StartReplication joins the blocks topic. self describes this node as its
// peers see it (with its storage capabilities).
func StartReplication(ctx context.Context, b *Blocks, h *p2p.Host, signer p2p.Signer, self func() p2p.PeerRecord) (*Replicator, error) {
	r := &Replicator{
		blocks: b, host: h, signer: signer, self: self,
		roomFor:  func(p p2p.PeerRecord) bool { return p.Capabilities.StorageFreeBytes >= MinFreeForReplica },
		holders:  map[string]map[string]time.Time{},
		changed:  make(chan struct{}),
		inFlight: map[string]bool{},
		MaxBytes: 4 << 30,
		ctx:      ctx,
	}
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
	return r, nil
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
	c, _ := cid.Decode(m.CID)
	if pinned, _ := r.blocks.Pinned(ctx, c); pinned {
		_ = r.announce(ctx, m.CID) // the publisher may have missed it
		return
	}
	// Take nothing larger than this node accepts, or than it has room for.
	size, err := r.blocks.Size(ctx, c)
	if err != nil {
		r.blocks.log.Info("replicate: cannot size the DAG", "cid", c, "publisher", publisher, "err", err)
		return
	}
	if size > r.MaxBytes || size+MinFreeForReplica > int64(self.Capabilities.StorageFreeBytes) {
		r.blocks.log.Info("replicate: DAG too large for this node", "cid", c, "bytes", size)
		return
	}
	pctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	if err := r.blocks.Pin(pctx, c); err != nil {
		r.blocks.log.Warn("replicate: pin failed", "cid", c, "publisher", publisher, "err", err)
		return
	}
	r.blocks.log.Info("replicate: pinned a replica", "cid", c, "publisher", publisher)
	if err := r.announce(ctx, m.CID); err != nil {
		r.blocks.log.Warn("replicate: announce", "cid", c, "err", err)
	}
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
