package p2p

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// Presence timing: a node announces itself every PresenceEvery and counts as
// live while its last announcement is younger than LiveWithin.
const (
	PresenceTopic = "/cere/1/presence"
	PresenceType  = "cere.presence.v1"
	PresenceEvery = 5 * time.Second
	LiveWithin    = 15 * time.Second
)

// Capabilities are what a node can run.
type Capabilities struct {
	CPUCores    int      `json:"cpu_cores"`
	MemoryBytes uint64   `json:"memory_bytes"`
	GPUs        int      `json:"gpus"`
	Runtimes    []string `json:"runtimes"` // "docker", "wasm"
}

// PresenceInfo is what a node announces about itself.
type PresenceInfo struct {
	PeerID       string            `json:"peer_id"`
	Version      string            `json:"version"`
	Addrs        []string          `json:"addrs"`
	Capabilities Capabilities      `json:"capabilities"`
	Labels       map[string]string `json:"labels,omitempty"`
	// Load is the one-minute load average divided by the CPU count.
	Load float64 `json:"load"`
}

// PeerRecord is the latest presence heard from a peer.
type PeerRecord struct {
	PresenceInfo
	LastSeen time.Time
}

// Presence announces this node and remembers what it hears from others.
type Presence struct {
	self  peer.ID
	topic *Topic
	mu    sync.Mutex
	peers map[peer.ID]PeerRecord
}

func startPresence(ctx context.Context, n *Host, describe func() PresenceInfo, every time.Duration, wg *sync.WaitGroup) (*Presence, error) {
	p := &Presence{self: n.ID(), peers: map[peer.ID]PeerRecord{}}
	check := func(_ context.Context, origin peer.ID, env *Envelope) error {
		var info PresenceInfo
		if err := env.Decode(&info); err != nil {
			return err
		}
		// A node speaks only for itself.
		if env.Author != origin.String() || info.PeerID != env.Author {
			return fmt.Errorf("presence of %s published by %s, signed by %s", info.PeerID, origin, env.Author)
		}
		return nil
	}
	topic, err := n.PubSub.Join(PresenceTopic, PresenceType, check)
	if err != nil {
		return nil, err
	}
	p.topic = topic
	sub, err := topic.Subscribe()
	if err != nil {
		return nil, err
	}
	signer, err := NewNodeSigner(n.Peerstore().PrivKey(n.ID()))
	if err != nil {
		return nil, err
	}
	wg.Go(func() {
		defer sub.Cancel()
		for {
			m, err := sub.Next(ctx)
			if err != nil {
				return
			}
			if m.From == p.self {
				continue
			}
			var info PresenceInfo
			if m.Envelope.Decode(&info) != nil {
				continue
			}
			p.mu.Lock()
			p.peers[m.From] = PeerRecord{PresenceInfo: info, LastSeen: time.Now()}
			p.mu.Unlock()
			// Gossip can reach us through a neighbour; dial the announcer
			// directly so a small network becomes a full mesh.
			if len(n.Network().Peers()) < 64 {
				if ai, ok := addrInfo(info); ok {
					wg.Go(func() { n.connectTo(ctx, ai) })
				}
			}
		}
	})
	// Announce at once to every peer that joins the topic, so that a new
	// neighbour learns of us in milliseconds rather than at the next tick.
	joined := make(chan struct{}, 1)
	events, err := topic.t.EventHandler()
	if err != nil {
		return nil, fmt.Errorf("presence: topic events: %w", err)
	}
	wg.Go(func() {
		defer events.Cancel()
		for {
			ev, err := events.NextPeerEvent(ctx)
			if err != nil {
				return
			}
			if ev.Type == pubsub.PeerJoin {
				select {
				case joined <- struct{}{}:
				default:
				}
			}
		}
	})
	wg.Go(func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			info := PresenceInfo{}
			if describe != nil {
				info = describe()
			}
			info.PeerID = n.ID().String()
			info.Addrs = n.FullAddrs()
			if err := topic.Publish(ctx, signer, info); err != nil && ctx.Err() == nil {
				n.log.Debug("publish presence", "err", err)
			}
			p.forget(time.Now())
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			case <-joined:
				// A joining peer's subscription and our mesh settle within a
				// heartbeat; announcing at once could reach no one.
				select {
				case <-ctx.Done():
					return
				case <-time.After(250 * time.Millisecond):
				}
			}
		}
	})
	return p, nil
}

// forget drops peers silent for a long time, so the table stays bounded.
func (p *Presence) forget(now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for id, r := range p.peers {
		if now.Sub(r.LastSeen) > 20*LiveWithin {
			delete(p.peers, id)
		}
	}
}

// Live returns the peers heard from within LiveWithin, this node excluded,
// sorted by peer id.
func (p *Presence) Live() []PeerRecord {
	now := time.Now()
	p.mu.Lock()
	var out []PeerRecord
	for _, r := range p.peers {
		if now.Sub(r.LastSeen) <= LiveWithin {
			out = append(out, r)
		}
	}
	p.mu.Unlock()
	slices.SortFunc(out, func(a, b PeerRecord) int { return cmp.Compare(a.PeerID, b.PeerID) })
	return out
}

func addrInfo(info PresenceInfo) (peer.AddrInfo, bool) {
	id, err := peer.Decode(info.PeerID)
	if err != nil {
		return peer.AddrInfo{}, false
	}
	ai := peer.AddrInfo{ID: id}
	for _, s := range info.Addrs {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			continue
		}
		transport, _ := peer.SplitAddr(a)
		if transport != nil {
			ai.Addrs = append(ai.Addrs, transport)
		}
	}
	return ai, len(ai.Addrs) > 0
}
