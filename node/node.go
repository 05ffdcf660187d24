// Package node assembles a Cere node: it loads the config and the identity,
// opens the store, starts the libp2p host, and serves the HTTP API (JSON
// under /api/v1, metrics, and the dashboard). It is the only package that
// knows every subsystem; the subsystems know nothing of HTTP.
package node

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/cerestack/cere/audit"
	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/p2p"
	"github.com/cerestack/cere/rules"
	"github.com/cerestack/cere/script"
	"github.com/cerestack/cere/store"
	"github.com/cerestack/cere/workflow"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"golang.org/x/net/netutil"
	"golang.org/x/time/rate"
)

// StopTimeout bounds a graceful stop: topics left, stores flushed and closed.
const StopTimeout = 5 * time.Second

// ErrAddrInUse is wrapped when a listen address is taken by another process.
var ErrAddrInUse = errors.New("address already in use")

// Node is a running Cere node.
type Node struct {
	cfg        Config
	log        *slog.Logger
	id         *Identity
	wallet     string
	store      *store.Store
	blocks     *store.Blocks
	history    *store.History
	scripts    *script.Engine
	rules      *rules.Service
	trail      *audit.Trail
	errs       *audit.Errors
	sentry     *audit.SentryExporter // nil unless a DSN is set
	replicator *store.Replicator
	engine     *workflow.Engine
	agents     *agents
	workflows  *workflow.Registry
	host       *p2p.Host
	registry   *prometheus.Registry
	apiLn      net.Listener
	server     *http.Server
	guard      *guard
	admission  *admission
	// guestShare is the guests' slots (quotas.guests_slots).
	guestShare *workflow.Share
	// registryOpen is closed once workflows is set.
	registryOpen chan struct{}
	// refusedCaptures paces the refused executions told to errs.
	refusedCaptures *rate.Limiter
	tokenFiles      []string     // where the API token was left for the CLI
	gatewayLn       net.Listener // nil without a gateway
	gateway         *http.Server
	started         time.Time
	caps            atomic.Pointer[p2p.Capabilities]
	ctx             context.Context // ends when the node stops
	cancel          context.CancelFunc
	stream          hub // the live stream's clients
	chain           chainState
	settler         *settler // nil without a chain
	wg              sync.WaitGroup
}

// New builds a node from cfg and starts it: it binds the API address first
// (so a busy port fails fast), opens the identity and the store, and joins
// the network. passphrase unlocks (or creates) the wallet.
func New(ctx context.Context, cfg Config, passphrase Passphrase, log *slog.Logger) (_ *Node, err error) {
	if log == nil {
		log = slog.Default()
	}
	if key, err := cfg.validate(); err != nil {
		return nil, &ConfigError{Source: "config", Key: key, Err: err}
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("data dir %s: %w", cfg.DataDir, err)
	}
	if info, err := os.Stat(cfg.DataDir); err == nil && info.Mode().Perm()&0o077 != 0 {
		log.Warn("the data dir holds the node's keys but others may read it; chmod 700 it", "data", cfg.DataDir, "mode", fmt.Sprintf("%o", info.Mode().Perm()))
	}
	if err := writeDefaultConfig(cfg.DataDir); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	n := &Node{cfg: cfg, log: log, registryOpen: make(chan struct{}), started: time.Now(), ctx: ctx, cancel: cancel, registry: prometheus.NewRegistry(),
		scripts: script.NewEngine(script.Limits{})}
	defer func() {
		if err != nil {
			n.close()
		}
	}()

	n.apiLn, err = net.Listen("tcp", cfg.API.Listen)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("api: %w: %s (another daemon? pick another with --api-listen)", ErrAddrInUse, cfg.API.Listen)
		}
		return nil, fmt.Errorf("api: listen on %s: %w", cfg.API.Listen, err)
	}
	if cfg.API.GatewayListen != "" {
		if n.gatewayLn, err = net.Listen("tcp", cfg.API.GatewayListen); err != nil {
			if errors.Is(err, syscall.EADDRINUSE) {
				return nil, fmt.Errorf("gateway: %w: %s (another daemon? pick another with --gateway-listen)", ErrAddrInUse, cfg.API.GatewayListen)
			}
			return nil, fmt.Errorf("gateway: listen on %s: %w", cfg.API.GatewayListen, err)
		}
	}
	// The store's lock is the data dir's lock: take it before the keys, so
	// two first starts on one dir cannot both make a wallet.
	if n.store, err = store.OpenWith(filepath.Join(cfg.DataDir, "store"), store.Options{SyncWrites: cfg.Store.SyncWrites}); err != nil {
		return nil, err
	}
	if n.id, err = LoadIdentity(cfg.DataDir, passphrase); err != nil {
		return nil, err
	}
	n.wallet = ethcrypto.PubkeyToAddress(n.id.Wallet.PublicKey).Hex()

	n.registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	caps := capabilities(ctx, cfg.DataDir)
	n.caps.Store(&caps)
	n.host, err = p2p.New(ctx, p2p.Config{
		Key:        n.id.P2PKey,
		Listen:     cfg.P2P.Listen,
		Bootstrap:  cfg.P2P.Bootstrap,
		MDNS:       cfg.P2P.MDNS,
		Describe:   n.describe,
		Datastore:  namespace.Wrap(n.store.DS, datastore.NewKey("/dht")),
		Logger:     log,
		Registerer: n.registry,
	})
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("%w: %w (another daemon? pick another with --listen)", ErrAddrInUse, err)
		}
		return nil, err
	}
	n.registry.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "cere_peers_live", Help: "Peers heard from within the last 15 s.",
	}, func() float64 { return float64(len(n.host.Presence.Live())) }))
	if n.blocks, err = store.OpenBlocks(ctx, n.store, n.host, n.host.DHT, log); err != nil {
		return nil, err
	}
	if n.history, err = store.OpenHistory(n.store, log); err != nil {
		return nil, err
	}
	rawKey, err := n.id.P2PKey.Raw()
	if err != nil {
		return nil, err
	}
	auditKey := sha256.Sum256(append([]byte("cere/audit/1\x00"), rawKey...))
	if n.trail, err = audit.OpenTrail(n.store.DS.DB, auditKey[:]); err != nil {
		return nil, err
	}
	if n.errs, err = audit.OpenErrors(n.store.DS.DB); err != nil {
		return nil, err
	}
	if dsn := cfg.Errors.SentryDSN; dsn != "" {
		if n.sentry, err = audit.NewSentryExporter(dsn, n.host.ID().String(), api.BuildVersion()); err != nil {
			return nil, err
		}
		n.errs.SetExporter(n.sentry)
	}
	n.scripts.OnBlock = func(hash string, until time.Time) {
		_ = n.errs.Capture(audit.Occurrence{Kind: "script", Location: "script " + hash[:12],
			Message: fmt.Sprintf("blocked until %s after %d timeouts or compile errors in a row", until.UTC().Format(time.RFC3339), script.BlockAfter)})
	}
	n.rules = rules.NewService(n.scripts, n.history)
	n.rules.Audited(n.trail, n.errs)
	n.wg.Go(func() {
		t := time.NewTicker(time.Minute)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				if err := n.trail.Flush(); err != nil {
					log.Warn("audit: save counters", "err", err)
				}
				return
			case now := <-t.C:
				if _, err := n.trail.Enforce(ctx, now); err != nil && ctx.Err() == nil {
					log.Warn("audit: retention", "err", err)
				}
				if err := n.trail.Flush(); err != nil && ctx.Err() == nil {
					log.Warn("audit: save counters", "err", err)
				}
			}
		}
	})
	n.wg.Go(func() { n.history.Run(ctx, time.Minute) })
	n.wg.Go(func() { n.blocks.Reprovide(ctx, 12*time.Hour) })
	nodeSigner, err := p2p.NewNodeSigner(n.id.P2PKey)
	if err != nil {
		return nil, err
	}
	self := func() p2p.PeerRecord {
		info := n.describe()
		info.PeerID = n.host.ID().String()
		return p2p.PeerRecord{PresenceInfo: info, LastSeen: time.Now()}
	}
	if n.replicator, err = store.StartReplication(ctx, n.blocks, n.host, nodeSigner, self); err != nil {
		return nil, err
	}
	n.replicator.MaxBytes = cfg.Blocks.MaxUpload

	if err := n.startChain(ctx); err != nil {
		return nil, err
	}
	if cfg.ChainMode() != "off" {
		n.settler = &settler{n: n}
		if every, _ := time.ParseDuration(cfg.Chain.SettleEvery); every > 0 {
			n.wg.Go(func() { n.settler.run(ctx, every) })
		}
	}
	n.agents = newAgents(ctx, n)
	// Who may use the API, and whose workflows run, are known before any
	// workflow is deployed.
	token, err := loadToken(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	// The guests' slots, for their executions and their requests alike.
	quotas := cfg.quotas()
	n.guestShare = workflow.NewShare(quotas.Slots, quotas.AllTime)
	n.guard = n.newGuard(token)
	// The scripts and JavaScript rules of owners other than the operators
	// run in worker processes killed at their deadline (script/pool.go).
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("script workers: %w", err)
	}
	// Guests' run in workers of their own, at the lowest processor
	// priority: they use what the node and its members leave.
	workers := script.WorkerConfig{Command: []string{exe, "script-worker"}, Env: []string{script.WorkerEnv + "=1"}}
	n.scripts.UseWorkers(ctx, workers)
	workers.Low, workers.Size = true, quotas.Slots
	n.scripts.UseWorkers(ctx, workers)
	n.admission = newAdmission(n)
	n.refusedCaptures = rate.NewLimiter(refusedCaptures, refusedCaptures)
	n.engine = workflow.NewEngine(workflow.Deps{
		Scripts: n.scripts, Rules: n.rules, History: n.history, Emit: n.emitted, Log: log,
		Observe: n.observe, Watching: n.watching, Agents: n.agents,
		// The operators' workflows may slow ingest down; members' wait in
		// their own backlogs; guests' take turns within their quotas.
		Class:  n.admission.class,
		Quotas: quotas,
		Share:  n.guestShare,
	})
	if n.workflows, err = workflow.OpenRegistry(ctx, n.store.DS.DB, n.blocks, n.engine, n.host, n.admission.admit, log); err != nil {
		return nil, err
	}
	close(n.registryOpen)
	n.wg.Go(func() { n.replay(ctx) }) // once the stored workflows run

	if n.tokenFiles, err = publishToken(n.apiLn.Addr(), token); err != nil {
		log.Warn("the API token was not left for the CLI; pass it with "+api.TokenEnv, "err", err)
	}
	if n.guard.trustLocal {
		log.Warn("api.auth is off: every local caller of the API may write")
	}
	// A request's body must arrive within ReadTimeout; an upload, once its
	// caller is known to be an operator, lifts it (handleBlockPut).
	// Requests end with the node: a chain write in flight stops waiting
	// before the chain closes.
	n.server = &http.Server{Handler: n.routes(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute,
		IdleTimeout: 2 * time.Minute, BaseContext: func(net.Listener) context.Context { return ctx }}
	n.wg.Go(func() {
		if err := n.server.Serve(netutil.LimitListener(n.apiLn, maxConnections)); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("api server stopped", "err", err)
		}
	})
	if n.gatewayLn != nil {
		gw, err := n.gatewayHandler()
		if err != nil {
			return nil, err
		}
		n.gateway = &http.Server{Handler: gw, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
			IdleTimeout: 2 * time.Minute, BaseContext: func(net.Listener) context.Context { return ctx }}
		n.wg.Go(func() {
			if err := n.gateway.Serve(netutil.LimitListener(n.gatewayLn, maxConnections)); err != nil && !errors.Is(err, http.ErrServerClosed) {
				log.Error("gateway server stopped", "err", err)
			}
		})
	}
	// Docker may come and go; look again every 30 s rather than at every presence.
	n.wg.Go(func() {
		t := time.NewTicker(30 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				caps := capabilities(ctx, cfg.DataDir)
				n.caps.Store(&caps)
			}
		}
	})
	log.Info("node started", "peer_id", n.host.ID(), "wallet", n.wallet, "api", n.APIURL(), "data", cfg.DataDir)
	return n, nil
}

func writeDefaultConfig(dir string) error {
	path := filepath.Join(dir, ConfigFile)
	if _, err := os.Stat(path); err == nil || !errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err := os.WriteFile(path, []byte(defaultConfigText), 0o600); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func (n *Node) describe() p2p.PresenceInfo {
	return p2p.PresenceInfo{
		Version:      api.BuildVersion(),
		Capabilities: *n.caps.Load(),
		Labels:       n.cfg.P2P.Labels,
		Load:         loadPerCore(),
	}
}

// APIURL is the base URL of the node's API and dashboard.
func (n *Node) APIURL() string { return "http://" + n.apiLn.Addr().String() }

// GatewayURL is the base URL of the node's IPFS gateway, or "" when it
// serves none.
func (n *Node) GatewayURL() string {
	if n.gatewayLn == nil {
		return ""
	}
	return "http://" + n.gatewayLn.Addr().String()
}

// maxConnections bounds the connections each of the node's HTTP servers
// holds at once: past it, new ones wait in the kernel's backlog.
const maxConnections = 1024

// PeerID is the node's libp2p peer id.
func (n *Node) PeerID() string { return n.host.ID().String() }

// Wallet is the node's wallet address.
func (n *Node) Wallet() string { return n.wallet }

// Wait blocks until ctx ends, then stops the node (see Stop).
func (n *Node) Wait(ctx context.Context) error {
	<-ctx.Done()
	return n.Stop()
}

// Stop stops the node within StopTimeout: the API stops taking requests,
// the node leaves its topics and the network, and the store is flushed and
// closed. Each step has a share of the time; the store is closed whatever
// the network did, since it is the one thing a restart needs intact.
func (n *Node) Stop() error {
	n.close()
	n.log.Info("node stopped")
	return nil
}

func (n *Node) close() {
	deadline := time.Now().Add(StopTimeout - 500*time.Millisecond)
	if n.server != nil {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		_ = n.server.Shutdown(ctx) // then in-flight requests are cut
		_ = n.server.Close()
		cancel()
	} else if n.apiLn != nil {
		_ = n.apiLn.Close()
	}
	if n.gateway != nil {
		_ = n.gateway.Close()
	} else if n.gatewayLn != nil {
		_ = n.gatewayLn.Close()
	}
	if n.guard != nil {
		unpublishToken(n.tokenFiles, n.guard.token)
	}
	n.cancel()
	if n.engine != nil {
		n.engine.Close() // executions end (their context is cancelled)
	}
	if n.workflows != nil {
		n.workflows.Wait()
	}
	if n.agents != nil {
		n.agents.close()
	}
	// What writes to the store stops first (replication, history, reprovide,
	// then blocks and pins), then the network goes, and the store is closed
	// last, within the budget whatever the network did.
	stopped := make(chan struct{})
	go func() {
		if n.replicator != nil {
			n.replicator.Wait()
		}
		n.wg.Wait()
		if c := n.chain.ready.Load(); c != nil {
			c.close() // its state is on disk block by block; this ends it cleanly
		}
		if n.blocks != nil {
			if err := n.blocks.Close(); err != nil {
				n.log.Warn("close blocks", "err", err)
			}
		}
		if n.host != nil {
			if err := n.host.Close(); err != nil {
				n.log.Warn("close network", "err", err)
			}
		}
		if n.sentry != nil {
			n.sentry.Close(time.Second) // what is queued, briefly
		}
		close(stopped)
	}()
	select {
	case <-stopped:
	case <-time.After(time.Until(deadline) - time.Second):
		n.log.Warn("still stopping; closing the store anyway")
	}
	if n.store != nil {
		if err := n.store.Close(); err != nil {
			n.log.Error("close store", "err", err)
		}
	}
}

// GCPercent is the daemon's garbage collection target (Go's GOGC): twice
// Go's default. Measured on the event pipeline (BenchmarkPipeline, 10
// clients of 10 events, paired runs on 2 cores): 8 to 20% less processor
// time an event and a lower p99, for a heap up to three times what is live
// rather than twice.
const GCPercent = 200

// TuneRuntime sets the process's garbage collection target to GCPercent,
// unless GOGC says otherwise. The daemon calls it; a library user of New
// keeps its own.
func TuneRuntime() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(GCPercent)
	}
}

// NewLogger returns the logger cfg asks for, writing to w.
func NewLogger(cfg Config, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.Log.Level))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
