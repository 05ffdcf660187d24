package chain

import (
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
)

// DevChainID is the embedded dev chain's id, as geth --dev's.
const DevChainID = 1337

// Dev is an embedded dev chain, built as geth --dev builds one: go-ethereum's
// node and eth service with a simulated beacon that mines a block as soon
// as a transaction is pending, kept in a data dir so that it carries on
// where it stopped (go-ethereum's ethclient/simulated forks back to genesis
// on every start instead).
type Dev struct {
	stack   *node.Node
	eth     *eth.Ethereum
	beacon  *catalyst.SimulatedBeacon
	client  *ethclient.Client
	mu      sync.Mutex // one block sealed at a time
	stop    chan struct{}
	stopped chan struct{}
}

// DevOptions are how a dev chain starts.
type DevOptions struct {
	// Dir holds the chain; an existing chain there is carried on.
	Dir string
	// Fund is what each account holds at genesis (in wei): used only
	// when the chain is made.
	Fund map[common.Address]*big.Int
	// RPC, when set, serves JSON-RPC over HTTP on this host:port.
	RPCHost string
	RPCPort int
}

// StartDev starts the dev chain in o.Dir, making it the first time.
func StartDev(o DevOptions) (*Dev, error) {
	if o.Dir == "" {
		return nil, errors.New("dev chain: no data dir")
	}
	if err := os.MkdirAll(o.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	nc := node.DefaultConfig
	nc.Name = "cere-devchain"
	nc.DataDir = o.Dir
	nc.IPCPath = ""
	nc.P2P = p2p.Config{NoDiscovery: true, NoDial: true, MaxPeers: 0, ListenAddr: ""}
	nc.HTTPHost, nc.HTTPPort = "", 0
	if o.RPCHost != "" {
		nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = o.RPCHost, o.RPCPort, []string{"eth", "net", "web3"}
		// Callers may name the host as they reach it, not only localhost.
		nc.HTTPVirtualHosts = []string{"localhost", o.RPCHost}
		if ip := net.ParseIP(o.RPCHost); ip != nil && ip.IsUnspecified() {
			nc.HTTPVirtualHosts = []string{"*"}
		}
	}
	nc.WSHost, nc.AuthPort = "", 0
	stack, err := node.New(&nc)
	if err != nil {
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	ec := ethconfig.Defaults
	ec.NetworkId = DevChainID
	ec.SyncMode = ethconfig.FullSync
	ec.TxPool.NoLocals = true
	ec.Miner.GasPrice = big.NewInt(1)
	// A dev chain's state is small: caches of a few MiB, not geth's GiBs
	// (they would be the node's largest use of memory).
	ec.DatabaseCache, ec.TrieCleanCache, ec.TrieDirtyCache, ec.SnapshotCache = 16, 8, 8, 8
	// Every block's state is written as it is sealed (an archive, of a
	// small chain): a node killed, not stopped, loses nothing. geth's
	// default keeps recent state in memory until a clean stop.
	ec.StateScheme, ec.NoPruning = rawdb.HashScheme, true
	if !existing(o.Dir) {
		// Today's mainnet rules (Osaka); the next fork's are not turned on.
		config := *params.AllDevChainProtocolChanges
		config.BogotaTime = nil
		config.ChainID = big.NewInt(DevChainID)
		alloc := core.SystemContractAllocs()
		for addr, wei := range o.Fund {
			alloc[addr] = types.Account{Balance: new(big.Int).Set(wei)}
		}
		ec.Genesis = &core.Genesis{Config: &config, GasLimit: ethconfig.Defaults.Miner.GasCeil, Alloc: alloc, Difficulty: big.NewInt(0)}
	} else {
		ec.Genesis = nil // carry on with the chain on disk
	}
	backend, err := eth.New(stack, &ec)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("dev chain: beacon: %w", err)
	}
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	d := &Dev{stack: stack, eth: backend, beacon: beacon, client: ethclient.NewClient(stack.Attach()),
		stop: make(chan struct{}), stopped: make(chan struct{})}
	go d.mine()
	return d, nil
}

// mine seals a block as soon as transactions are pending, as geth --dev
// does with a period of 0, but under the chain's lock, so that AdjustTime
// never seals at the same time.
func (d *Dev) mine() {
	defer close(d.stopped)
	txs := make(chan core.NewTxsEvent, 16)
	sub := d.eth.TxPool().SubscribeTransactions(txs, true)
	defer sub.Unsubscribe()
	// A block built a moment before the pool counted a transaction as
	// executable leaves it out; the tick seals what is still pending.
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-d.stop:
			return
		case <-sub.Err():
			return
		case <-txs:
			d.mu.Lock()
			_ = d.eth.TxPool().Sync() // what it announced, counted
			d.sealPending()
			d.mu.Unlock()
		case <-tick.C:
			d.mu.Lock()
			d.sealPending()
			d.mu.Unlock()
		}
	}
}

// sealPending seals blocks while transactions are executable, stopping
// when a block takes none (one the miner will not include waits for the
// next transaction or tick instead of spinning).
func (d *Dev) sealPending() {
	for {
		select {
		case <-d.stop:
			return
		default:
		}
		if executable, _ := d.eth.TxPool().Stats(); executable == 0 {
			return
		}
		if !d.seal() {
			return
		}
	}
}

// seal seals a block of what is pending and reports whether it took any.
func (d *Dev) seal() bool {
	d.beacon.Commit()
	// geth's database writes reach its log lazily (half a megabyte at a
	// time): a node killed would lose its last blocks.
	_ = d.eth.ChainDb().SyncKeyValue()
	_ = d.eth.TxPool().Sync()
	return d.eth.BlockChain().CurrentBlock().TxHash != types.EmptyTxsHash
}

// existing reports whether dir holds a chain already.
func existing(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "cere-devchain", "chaindata"))
	return err == nil
}

// Client talks to the chain in-process.
func (d *Dev) Client() *ethclient.Client { return d.client }

// Close stops the chain, keeping it on disk.
func (d *Dev) Close() error {
	close(d.stop)
	<-d.stopped
	d.client.Close()
	return d.stack.Close()
}

// AdjustTime seals what is pending, then an empty block `by` later than
// the head: what tests use to let a delay pass.
func (d *Dev) AdjustTime(by time.Duration) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	_ = d.eth.TxPool().Sync()
	d.sealPending()
	if err := d.beacon.AdjustTime(by); err != nil {
		return err
	}
	return d.eth.ChainDb().SyncKeyValue()
}
