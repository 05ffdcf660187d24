package p2p

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"sync"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"
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
	// StorageFreeBytes is the free space of the node's data dir: a node with
	// little left takes no replicas.
	StorageFreeBytes uint64 `json:"storage_free_bytes"`
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
	// LastSeen is when the peer made its latest announcement.
	LastSeen  time.Time
	announced int64 // the envelope time of that announcement
}

// Presence announces this node and remembers what it hears from others.
type Presence struct {
	self  peer.ID
	topic *Topic
	mu    sync.Mutex
	peers map[peer.ID]PeerRecord
}

// Limits on what a presence announcement may carry.
const (
	maxPresenceAddrs  = 16
	maxPresenceLabels = 32
	maxPresenceText   = 256
)

// checkPresence validates an announcement and returns it decoded: a node
// speaks only for itself, within the limits above.
func checkPresence(origin peer.ID, env *Envelope) (*PresenceInfo, error) {
	var info PresenceInfo
	if err := env.Decode(&info); err != nil {
		return nil, err
	}
	if env.Author != origin.String() || info.PeerID != env.Author {
		return nil, fmt.Errorf("presence of %s published by %s, signed by %s", info.PeerID, origin, env.Author)
	}
	if len(info.Addrs) > maxPresenceAddrs || len(info.Labels) > maxPresenceLabels || len(info.Capabilities.Runtimes) > 8 {
		return nil, fmt.Errorf("presence of %s: over %d addrs, %d labels or 8 runtimes", info.PeerID, maxPresenceAddrs, maxPresenceLabels)
	}
	if len(info.Version) > maxPresenceText {
		return nil, fmt.Errorf("presence of %s: version over %d bytes", info.PeerID, maxPresenceText)
	}
	for _, a := range info.Addrs {
		if len(a) > maxPresenceText {
			return nil, fmt.Errorf("presence of %s: address over %d bytes", info.PeerID, maxPresenceText)
		}
		if _, err := ma.NewMultiaddr(a); err != nil {
			return nil, fmt.Errorf("presence of %s: address %q: %w", info.PeerID, a, err)
		}
	}
	for k, v := range info.Labels {
		if len(k) > maxPresenceText || len(v) > maxPresenceText {
			return nil, fmt.Errorf("presence of %s: label over %d bytes", info.PeerID, maxPresenceText)
		}
	}
	if info.Load < 0 || math.IsNaN(info.Load) || math.IsInf(info.Load, 0) {
		return nil, fmt.Errorf("presence of %s: load %v", info.PeerID, info.Load)
	}
	if info.Capabilities.Runtimes == nil {
		info.Capabilities.Runtimes = []string{}
	}
	return &info, nil
}

func startPresence(ctx context.Context, n *Host, describe func() PresenceInfo, every time.Duration) (*Presence, error) {
	p := &Presence{self: n.ID(), peers: map[peer.ID]PeerRecord{}}
	check := func(_ context.Context, origin peer.ID, env *Envelope) (any, error) {
		info, err := checkPresence(origin, env)
		if err != nil {
			return nil, err
		}
		// An announcement older than the last one heard is a replay.
		p.mu.Lock()
		last, ok := p.peers[origin]
		p.mu.Unlock()
		if ok && env.Time <= last.announced {
			return nil, fmt.Errorf("%w: presence of %s older than the last one", ErrIgnore, origin)
		}
		return info, nil
	}
	topic, err := n.PubSub.Join(PresenceTopic, PresenceType, check)
	if err != nil {
		return nil, err
	}
	p.topic = topic
	signer, err := NewNodeSigner(n.Peerstore().PrivKey(n.ID()))
	if err != nil {
		return nil, err
	}
	err = topic.Consume(ctx, n.spawn, func(m *Message) {
		if m.From == p.self {
			return
		}
		info := m.Payload.(*PresenceInfo)
		// Live is measured from when the node said it, not from when a
		// copy reached us: a replayed announcement cannot keep a dead
		// node alive.
		seen := time.UnixMilli(m.Envelope.Time)
		if now := time.Now(); seen.After(now) {
			seen = now
		}
		p.mu.Lock()
		if last, ok := p.peers[m.From]; !ok || m.Envelope.Time > last.announced {
			p.peers[m.From] = PeerRecord{PresenceInfo: *info, LastSeen: seen, announced: m.Envelope.Time}
		}
		p.mu.Unlock()
		// Gossip can reach us through a neighbour; dial the announcer
		// directly so a small network becomes a full mesh.
		if len(n.Network().Peers()) < 64 {
			if ai, ok := n.dialable(*info); ok {
				n.spawn(func() { n.connectTo(ctx, ai) })
			}
		}
	})
	if err != nil {
		return nil, err
	}
	// Announce at once to every peer that joins the topic, so that a new
	// neighbour learns of us in milliseconds rather than at the next tick.
	joined := make(chan struct{}, 1)
	events, err := topic.t.EventHandler()
	if err != nil {
		return nil, fmt.Errorf("presence: topic events: %w", err)
	}
	n.spawn(func() {
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
	n.spawn(func() {
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

// dialable returns the announced addresses this node may dial: only those
// in a scope (loopback, private, public) it already has connections in, so
// that a peer cannot steer our dials at hosts of another network.
func (n *Host) dialable(info PresenceInfo) (peer.AddrInfo, bool) {
	id, err := peer.Decode(info.PeerID)
	if err != nil {
		return peer.AddrInfo{}, false
	}
	scopes := map[string]bool{}
	for _, c := range n.Network().Conns() {
		scopes[addrScope(c.RemoteMultiaddr())] = true
	}
	ai := peer.AddrInfo{ID: id}
	for _, s := range info.Addrs {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			continue
		}
		transport, _ := peer.SplitAddr(a)
		if transport != nil && scopes[addrScope(transport)] && addrScope(transport) != "" {
			ai.Addrs = append(ai.Addrs, transport)
		}
	}
	return ai, len(ai.Addrs) > 0
}

// addrScope classifies an address as loopback, private (RFC 1918, unique
// local, link local) or public; "" when it names no IP.
func addrScope(a ma.Multiaddr) string {
	ip, err := manet.ToIP(a)
	if err != nil {
		return ""
	}
	switch {
	case ip.IsLoopback():
		return "loopback"
	case ip.IsPrivate() || ip.IsLinkLocalUnicast():
		return "private"
	case ip.IsGlobalUnicast():
		return "public"
	}
	return ""
}
