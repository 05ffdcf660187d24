package p2p

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	ds "github.com/ipfs/go-datastore"
	"github.com/libp2p/go-libp2p"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/discovery/mdns"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	"github.com/libp2p/go-libp2p/p2p/net/swarm"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/prometheus/client_golang/prometheus"
)

// DHTPrefix is the protocol prefix of the node's own Kademlia DHT, kept apart
// from the public IPFS DHT.
const DHTPrefix = "/cere"

// MDNSService is the DNS-SD service name nodes announce on a LAN.
const MDNSService = "_cere._udp"

// Config is what a Host is built from.
type Config struct {
	Key       crypto.PrivKey
	Listen    []string // multiaddrs
	Bootstrap []string // multiaddrs ending in /p2p/<peer id>
	MDNS      bool
	// Describe returns what this node announces in presence; Host fills in
	// the peer id and addresses.
	Describe   func() PresenceInfo
	Logger     *slog.Logger
	Registerer prometheus.Registerer
	// PresenceInterval defaults to PresenceEvery (tests shorten it).
	PresenceInterval time.Duration
	// Datastore keeps the DHT's records across restarts; in memory when nil.
	Datastore ds.Batching
}

// Host is the node's libp2p host with its routing, discovery and gossip.
type Host struct {
	host.Host
	DHT      *dht.IpfsDHT
	PubSub   *PubSub
	Presence *Presence

	log    *slog.Logger
	cancel context.CancelFunc // stops discovery and presence
	// stopRouter stops the gossip router, after the topics have been left.
	stopRouter context.CancelFunc
	mu         sync.Mutex // guards closed, so no goroutine starts after Close waits
	closed     bool
	wg         sync.WaitGroup
	mdns       interface{ Close() error }
}

// ErrListen is wrapped by New when a listen address cannot be bound, so the
// daemon can tell an occupied port from other failures.
var ErrListen = errors.New("cannot listen")

// New starts a host: it listens, joins the DHT, starts discovery, the gossip
// router and presence. Close stops all of it.
func New(ctx context.Context, cfg Config) (*Host, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	bootstrap, err := parseAddrInfos(cfg.Bootstrap)
	if err != nil {
		return nil, err
	}
	var listen []ma.Multiaddr
	for _, s := range cfg.Listen {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			return nil, fmt.Errorf("listen address %q: %w", s, err)
		}
		listen = append(listen, a)
	}
	cm, err := connmgr.NewConnManager(64, 192, connmgr.WithGracePeriod(time.Minute))
	if err != nil {
		return nil, fmt.Errorf("p2p: connection manager: %w", err)
	}
	rm, err := rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(rcmgr.DefaultLimits.AutoScale()))
	if err != nil {
		return nil, fmt.Errorf("p2p: resource manager: %w", err)
	}
	opts := []libp2p.Option{
		libp2p.Identity(cfg.Key),
		// Listen below, one address at a time: libp2p carries on when only
		// some addresses bind, and an operator must hear of a busy port.
		libp2p.NoListenAddrs,
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Transport(quic.NewTransport),
		libp2p.Security(noise.ID, noise.New),
		libp2p.ConnectionManager(cm),
		libp2p.ResourceManager(rm),
		// Nothing leaves the machine unless the operator asks: no relays,
		// no port mapping (NATPortMap is simply not enabled), and no AutoNAT
		// probing of outside peers to learn our reachability.
		libp2p.DisableRelay(),
		libp2p.ForceReachabilityPrivate(),
		libp2p.UserAgent("cere"),
	}
	if cfg.Registerer != nil {
		opts = append(opts, libp2p.PrometheusRegisterer(cfg.Registerer))
	} else {
		opts = append(opts, libp2p.DisableMetrics())
	}
	h, err := libp2p.New(opts...)
	if err != nil {
		_ = rm.Close()
		return nil, fmt.Errorf("p2p: %w", err)
	}
	routerCtx, stopRouter := context.WithCancel(context.WithoutCancel(ctx))
	ctx, cancel := context.WithCancel(ctx)
	n := &Host{Host: h, log: cfg.Logger, cancel: cancel, stopRouter: stopRouter}
	fail := func(err error) (*Host, error) {
		_ = n.Close()
		return nil, err
	}
	for _, a := range listen {
		if err := h.Network().Listen(a); err != nil {
			return fail(fmt.Errorf("p2p: %w on %s: %w", ErrListen, a, err))
		}
	}

	dhtOpts := []dht.Option{dht.Mode(dht.ModeServer), dht.ProtocolPrefix(DHTPrefix), dht.BootstrapPeers(bootstrap...)}
	if cfg.Datastore != nil {
		dhtOpts = append(dhtOpts, dht.Datastore(cfg.Datastore))
	}
	n.DHT, err = dht.New(h, dhtOpts...)
	if err != nil {
		return fail(fmt.Errorf("p2p: dht: %w", err))
	}
	n.PubSub, err = NewPubSub(routerCtx, h, PubSubOptions{Logger: cfg.Logger, Registerer: cfg.Registerer})
	if err != nil {
		return fail(err)
	}
	interval := cfg.PresenceInterval
	if interval == 0 {
		interval = PresenceEvery
	}
	n.Presence, err = startPresence(ctx, n, cfg.Describe, interval)
	if err != nil {
		return fail(err)
	}
	for _, ai := range bootstrap {
		cm.Protect(ai.ID, "bootstrap")
		n.spawn(func() { n.keepConnected(ctx, ai) })
	}
	if cfg.MDNS {
		svc := mdns.NewMdnsService(h, MDNSService, mdnsNotifee{n: n, ctx: ctx})
		if err := svc.Start(); err != nil {
			return fail(fmt.Errorf("p2p: mdns: %w", err))
		}
		n.mdns = svc
	}
	return n, nil
}

// keepConnected dials a bootstrap peer and redials it with exponential
// backoff (1 s doubling to 1 min, with jitter) whenever the connection drops.
func (n *Host) keepConnected(ctx context.Context, ai peer.AddrInfo) {
	backoff := time.Second
	for {
		if n.Network().Connectedness(ai.ID) != network.Connected {
			// This loop has its own backoff; the swarm's, which grows with
			// every failure, would stack on it after the peer comes back.
			if sw, ok := n.Network().(*swarm.Swarm); ok {
				sw.Backoff().Clear(ai.ID)
			}
			dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			err := n.Connect(dctx, ai)
			cancel()
			if err == nil {
				n.log.Info("connected to bootstrap peer", "peer", ai.ID)
				backoff = time.Second
				// A new neighbour: refresh the routing table so we learn its peers.
				n.DHT.RefreshRoutingTable()
			} else if ctx.Err() == nil {
				n.log.Debug("bootstrap peer unreachable", "peer", ai.ID, "retry_in", backoff, "err", err)
				wait := backoff/2 + rand.N(backoff/2+1)
				backoff = min(backoff*2, time.Minute)
				select {
				case <-ctx.Done():
					return
				case <-time.After(wait):
				}
				continue
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(2 * time.Second):
		}
	}
}

// connectTo dials a peer found by mDNS or presence unless already connected.
func (n *Host) connectTo(ctx context.Context, ai peer.AddrInfo) {
	// A discovered peer may be heard of once, perhaps before it takes
	// connections, or while the machine is busy: a failed dial is tried
	// again a few times.
	for wait := time.Second; ; wait *= 2 {
		if ai.ID == n.ID() || n.Network().Connectedness(ai.ID) == network.Connected {
			return
		}
		dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		err := n.Connect(dctx, ai)
		cancel()
		if err == nil {
			n.log.Info("connected to discovered peer", "peer", ai.ID)
			return
		}
		n.log.Debug("dial discovered peer", "peer", ai.ID, "err", err)
		if wait > 8*time.Second {
			return
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

type mdnsNotifee struct {
	n   *Host
	ctx context.Context
}

func (m mdnsNotifee) HandlePeerFound(ai peer.AddrInfo) {
	m.n.spawn(func() { m.n.connectTo(m.ctx, ai) })
}

// FullAddrs returns the host's listen addresses with /p2p/<peer id>
// appended, the form other nodes take in --bootstrap.
func (n *Host) FullAddrs() []string {
	suffix, _ := ma.NewComponent("p2p", n.ID().String())
	var out []string
	for _, a := range n.Addrs() {
		out = append(out, a.Encapsulate(suffix).String())
	}
	return out
}

// spawn runs f in a goroutine that Close waits for, unless Close has begun.
// mDNS calls back from goroutines of its own, so this must be safe then too.
func (n *Host) spawn(f func()) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return
	}
	n.wg.Go(f)
}

// Close stops discovery, presence, gossip and the DHT, then the host.
func (n *Host) Close() error {
	n.mu.Lock()
	n.closed = true
	n.mu.Unlock()
	n.cancel()
	var errs []error
	if n.mdns != nil {
		errs = append(errs, n.mdns.Close())
	}
	n.wg.Wait()
	if n.PubSub != nil {
		errs = append(errs, n.PubSub.Close())
	}
	n.stopRouter()
	if n.DHT != nil {
		errs = append(errs, n.DHT.Close())
	}
	errs = append(errs, n.Host.Close())
	return errors.Join(errs...)
}

func parseAddrInfos(addrs []string) ([]peer.AddrInfo, error) {
	var out []peer.AddrInfo
	for _, s := range addrs {
		ai, err := peer.AddrInfoFromString(s)
		if err != nil {
			return nil, fmt.Errorf("bootstrap address %q: %w (want a multiaddr ending in /p2p/<peer id>)", s, err)
		}
		out = append(out, *ai)
	}
	return out, nil
}
