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

	mu      sync.Mutex
	holders map[string]map[string]time.Time // cid -> holder -> announced
	changed chan struct{}                   // closed and replaced on every announcement
}

// StartReplication joins the blocks topic. self describes this node as its
// peers see it (with its storage capabilities).
func StartReplication(ctx context.Context, b *Blocks, h *p2p.Host, signer p2p.Signer, self func() p2p.PeerRecord) (*Replicator, error) {
	r := &Replicator{
		blocks: b, host: h, signer: signer, self: self,
		roomFor: func(p p2p.PeerRecord) bool { return p.Capabilities.StorageFreeBytes >= MinFreeForReplica },
		holders: map[string]map[string]time.Time{},
		changed: make(chan struct{}),
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
	sub, err := topic.Subscribe()
	if err != nil {
		return nil, err
	}
	go func() {
		defer sub.Cancel()
		for {
			msg, err := sub.Next(ctx)
			if err != nil {
				return
			}
			m := msg.Payload.(*replicaMsg)
			switch m.Kind {
			case "held":
				r.recordHolder(m.CID, m.Holder)
			case "want":
				if msg.From != h.ID() {
					go r.consider(ctx, msg.From, m)
				}
			}
		}
	}()
	return r, nil
}

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

func (r *Replicator) recordHolder(c, holder string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.holders[c] == nil {
		r.holders[c] = map[string]time.Time{}
	}
	r.holders[c][holder] = time.Now()
	close(r.changed)
	r.changed = make(chan struct{})
}

// Holders returns the peers that announced they hold c.
func (r *Replicator) Holders(c cid.Cid) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for h := range r.holders[c.String()] {
		out = append(out, h)
	}
	slices.Sort(out)
	return out
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
