package chain

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
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
	stack  *node.Node
	beacon *catalyst.SimulatedBeacon
	client *ethclient.Client
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
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	return &Dev{stack: stack, beacon: beacon, client: ethclient.NewClient(stack.Attach())}, nil
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
	d.client.Close()
	return d.stack.Close()
}

// AdjustTime mines an empty block d later than the head: what tests use to
// let a delay pass. It fails while transactions are pending.
func (d *Dev) AdjustTime(by time.Duration) error { return d.beacon.AdjustTime(by) }
