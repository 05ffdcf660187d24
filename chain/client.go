package chain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// RPC is what the client needs of a chain: go-ethereum's ethclient, over
// HTTP or in-process, and its simulated backend's client both are one.
type RPC interface {
	ethereum.ChainStateReader
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.TransactionSender
	ethereum.TransactionReader
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
}

// Options are how a client sends transactions.
type Options struct {
	// Confirmations is how many blocks, the transaction's own included,
	// must hold it before it counts as done (0 and 1 both mean mined).
	Confirmations uint64
	// GasCap is the most gas one transaction may use; a transaction whose
	// estimate is over it is not sent. 0: DefaultGasCap.
	GasCap uint64
	// MaxFeePerGas, when set, is the most a transaction pays per gas; when
	// the chain asks more, the transaction is not sent.
	MaxFeePerGas *big.Int
	// Retries is how many times a call that failed for a passing reason
	// (the RPC endpoint unreachable, overloaded, timing out) is tried
	// again, waiting twice as long each time from 250 ms. 0: 4.
	Retries int
	// Poll is how often a sent transaction's receipt is asked for. 0: 1 s.
	Poll time.Duration
}

// DefaultGasCap bounds a transaction's gas when Options.GasCap is 0: above
// a settlement of 1,000 receipts (about 2 million), below a block.
const DefaultGasCap = 15_000_000

// Client signs and sends one wallet's transactions to a network's
// contracts, keeping the wallet's nonces in order, and reads balances.
type Client struct {
	rpc       RPC
	key       *ecdsa.PrivateKey
	from      common.Address
	chainID   *big.Int
	contracts Contracts
	opts      Options

	mu    sync.Mutex // one transaction signed and sent at a time
	nonce uint64
	known bool // nonce is the next one to use

	decimals  atomic.Int32 // the token's, plus one; 0: not read yet
	depositMu sync.Mutex   // one deposit (allowance, then deposit) at a time
}

// NewClient returns a client of the network whose contracts are c, sending
// from key's wallet.
func NewClient(ctx context.Context, r RPC, key *ecdsa.PrivateKey, c Contracts, o Options) (*Client, error) {
	if o.GasCap == 0 {
		o.GasCap = DefaultGasCap
	}
	if o.Retries == 0 {
		o.Retries = 4
	}
	if o.Poll == 0 {
		o.Poll = time.Second
	}
	cl := &Client{rpc: r, key: key, from: crypto.PubkeyToAddress(key.PublicKey), contracts: c, opts: o}
	err := cl.retry(ctx, func() (err error) {
		cl.chainID, err = r.ChainID(ctx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	return cl, nil
}

// From is the wallet the client sends from.
func (c *Client) From() common.Address { return c.from }

// ChainID is the chain's id.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Contracts are the network's contracts.
func (c *Client) Contracts() Contracts { return c.contracts }

// RPC is the chain the client talks to.
func (c *Client) RPC() RPC { return c.rpc }

// transient reports whether err may pass if the same call is tried again:
// the endpoint was unreachable, dropped the connection, timed out, or
// answered 429 or 5xx.
func transient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		return httpErr.StatusCode == 429 || httpErr.StatusCode >= 500
	}
	var netErr net.Error
	if errors.As(err, &netErr) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "connection refused") || strings.Contains(msg, "connection reset")
}

// retry calls f until it succeeds, fails for good, or the retries are
// spent.
func (c *Client) retry(ctx context.Context, f func() error) error {
	wait := 250 * time.Millisecond
	for i := 0; ; i++ {
		err := f()
		if !transient(err) || i >= c.opts.Retries {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// Call runs a read-only call against the latest block.
func (c *Client) Call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	var out []byte
	err := c.retry(ctx, func() (err error) {
		out, err = c.rpc.CallContract(ctx, ethereum.CallMsg{From: c.from, To: &to, Data: data}, nil)
		return err
	})
	return out, revertError(err)
}

// Send signs a transaction from the client's wallet to `to` (nil creates a
// contract) and sends it, then waits until it has Options.Confirmations
// blocks. A transaction that would revert is not sent: the error names the
// contract's reason, as NotOperator(operator=0x…).
func (c *Client) Send(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	tx, err := c.sign(ctx, to, data, value)
	if err != nil {
		return nil, err
	}
	return c.wait(ctx, tx)
}

// sign makes, signs and sends the next transaction, holding the nonce lock
// only that long: the waits for blocks do not hold up other transactions.
func (c *Client) sign(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Transaction, error) {
	if value == nil {
		value = new(big.Int)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.known {
		if err := c.retry(ctx, func() (err error) {
			c.nonce, err = c.rpc.PendingNonceAt(ctx, c.from)
			return err
		}); err != nil {
			return nil, fmt.Errorf("nonce: %w", err)
		}
		c.known = true
	}
	var gas uint64
	err := c.retry(ctx, func() (err error) {
		gas, err = c.rpc.EstimateGas(ctx, ethereum.CallMsg{From: c.from, To: to, Data: data, Value: value})
		return err
	})
	if err != nil {
		return nil, revertError(err)
	}
	// Headroom: what a transaction costs can move between the estimate
	// and its block (a storage slot written by another in between).
	gas += gas / 5
	if gas > c.opts.GasCap {
		if gas-gas/6 > c.opts.GasCap {
			return nil, fmt.Errorf("the transaction needs %d gas, over the cap of %d", gas-gas/6, c.opts.GasCap)
		}
		gas = c.opts.GasCap
	}
	var tip *big.Int
	var head *types.Header
	err = c.retry(ctx, func() (err error) {
		tip, err = c.rpc.SuggestGasTipCap(ctx)
		return err
	})
	if err == nil {
		err = c.retry(ctx, func() (err error) {
			head, err = c.rpc.HeaderByNumber(ctx, nil)
			return err
		})
	}
	if err != nil {
		return nil, fmt.Errorf("gas price: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	// Twice the base fee rides out six full blocks in a row.
	feeCap := new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if max := c.opts.MaxFeePerGas; max != nil && feeCap.Cmp(max) > 0 {
		if new(big.Int).Add(base, tip).Cmp(max) > 0 {
			return nil, fmt.Errorf("the chain asks %s wei per gas, over the cap of %s", new(big.Int).Add(base, tip), max)
		}
		feeCap = new(big.Int).Set(max)
	}
	for attempt := 0; ; attempt++ {
		tx, err := types.SignNewTx(c.key, types.LatestSignerForChainID(c.chainID), &types.DynamicFeeTx{
			ChainID: c.chainID, Nonce: c.nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to, Value: value, Data: data,
		})
		if err != nil {
			return nil, err
		}
		// out: a try whose answer was lost may have reached the chain; from
		// then on this transaction is never signed again in another form,
		// or it could be paid twice.
		out, taken := false, false
		err = c.retry(ctx, func() error {
			err := c.rpc.SendTransaction(ctx, tx)
			switch {
			case err == nil:
				return nil
			case transient(err):
				out = true
				return err
			}
			msg := err.Error()
			if strings.Contains(msg, "already known") {
				return nil // this very transaction is in the pool
			}
			if strings.Contains(msg, "nonce too low") {
				if out {
					return nil // an earlier try got it into a block: wait for it
				}
				if _, _, ferr := c.rpc.TransactionByHash(ctx, tx.Hash()); ferr == nil {
					return nil
				}
				taken = true // another transaction of the wallet took the nonce
			}
			return err
		})
		if err == nil {
			c.nonce++
			return tx, nil
		}
		// Another sender used the wallet, or a transaction of ours was
		// dropped: start again from the chain's count, once.
		msg := err.Error()
		if attempt == 0 && !out && (taken || strings.Contains(msg, "nonce too high") || strings.Contains(msg, "replacement transaction underpriced")) {
			if nerr := c.retry(ctx, func() (err error) {
				c.nonce, err = c.rpc.PendingNonceAt(ctx, c.from)
				return err
			}); nerr != nil {
				c.known = false
				return nil, fmt.Errorf("nonce: %w", nerr)
			}
			continue
		}
		// Whether it reached the pool is not known: ask the chain next time.
		c.known = false
		if out {
			return nil, fmt.Errorf("send: transaction %s may have been sent: %w", tx.Hash().Hex(), err)
		}
		return nil, fmt.Errorf("send: %w", err)
	}
}

// wait waits for tx's receipt and its confirmations. The transaction is
// out: whatever the chain answers meanwhile (a node still indexing, an
// endpoint down) is asked again until ctx ends. It returns once the head
// block that calls and estimates read has reached the receipt's block, so
// that the next transaction is estimated on the state this one made.
func (c *Client) wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	tick := time.NewTicker(c.opts.Poll)
	defer tick.Stop()
	depth := max(c.opts.Confirmations, 1)
	var receipt *types.Receipt
	var last error
	for {
		var err error
		if receipt == nil {
			receipt, err = c.receipt(ctx, tx.Hash())
		}
		if receipt != nil {
			var head *types.Header
			if head, err = c.rpc.HeaderByNumber(ctx, nil); err == nil && head.Number.Uint64()+1 >= receipt.BlockNumber.Uint64()+depth {
				// Deep enough, if it is still there: a reorganisation may
				// have moved it meanwhile.
				again := receipt
				if depth > 1 {
					again, err = c.receipt(ctx, tx.Hash())
				}
				switch {
				case err == nil && again != nil && again.BlockHash == receipt.BlockHash:
					if again.Status != types.ReceiptStatusSuccessful {
						return again, &FailedError{Tx: tx.Hash(), Block: again.BlockNumber.Uint64()}
					}
					return again, nil
				case err == nil:
					receipt = nil // moved: wait for it again
				}
			}
		}
		if err != nil {
			last = err
		}
		select {
		case <-ctx.Done():
			// Were it dropped, the transactions after it would wait
			// behind the gap: ask the chain for the nonce next time.
			c.mu.Lock()
			c.known = false
			c.mu.Unlock()
			if last != nil {
				return nil, fmt.Errorf("transaction %s sent, not yet confirmed (last: %v): %w", tx.Hash().Hex(), last, ctx.Err())
			}
			return nil, fmt.Errorf("transaction %s sent, not yet confirmed: %w", tx.Hash().Hex(), ctx.Err())
		case <-tick.C:
		}
	}
}

// indexScan is how many recent blocks receipt reads when the chain's
// transaction index cannot answer.
const indexScan = 64

// receipt returns a transaction's receipt, or nil while it is not mined.
// A geth whose transaction index lags (it can, until the next block, on a
// chain that mines on demand) is read block by block instead.
func (c *Client) receipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	r, err := c.rpc.TransactionReceipt(ctx, hash)
	switch {
	case err == nil:
		return r, nil
	case errors.Is(err, ethereum.NotFound):
		return nil, nil
	case !strings.Contains(err.Error(), "indexing is in progress"):
		return nil, err
	}
	blocks, ok := c.rpc.(interface {
		BlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]*types.Receipt, error)
	})
	if !ok {
		return nil, err
	}
	head, herr := c.rpc.BlockNumber(ctx)
	if herr != nil {
		return nil, herr
	}
	for n := head; n+indexScan > head; n-- {
		rs, berr := blocks.BlockReceipts(ctx, rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(n)))
		if berr != nil {
			return nil, berr
		}
		for _, r := range rs {
			if r.TxHash == hash {
				return r, nil
			}
		}
		if n == 0 {
			break
		}
	}
	return nil, nil
}

// FailedError is a transaction that was mined but reverted.
type FailedError struct {
	Tx    common.Hash
	Block uint64
}

func (e *FailedError) Error() string {
	return fmt.Sprintf("transaction %s reverted in block %d", e.Tx.Hex(), e.Block)
}

// contractABIs are the ABIs whose errors a revert is read against.
var contractABIs = sync.OnceValue(func() []abi.ABI {
	return []abi.ABI{NewUsageSettlement().GetABI(), NewLicenceNFT().GetABI(), NewAgentRegistry().GetABI(), NewCereToken().GetABI()}
})

// RevertError is a call or transaction the contract refused, with its
// reason decoded where the contracts declare it.
type RevertError struct {
	Reason string // as NotOperator(operator=0x…), or a require's message
	Data   []byte // the raw revert data
}

func (e *RevertError) Error() string { return "the contract refused: " + e.Reason }

// revertError turns an RPC error that carries revert data into a
// RevertError; other errors pass unchanged.
func revertError(err error) error {
	var de rpc.DataError
	if err == nil || !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return err
	}
	return &RevertError{Reason: DecodeRevert(data), Data: data}
}

// DecodeRevert names a revert's reason: a custom error of the contracts
// with its arguments, a require's message, or the raw data in hex.
func DecodeRevert(data []byte) string {
	if msg, err := abi.UnpackRevert(data); err == nil {
		return msg
	}
	if len(data) >= 4 {
		for _, a := range contractABIs() {
			for name, e := range a.Errors {
				if !bytes.Equal(e.ID[:4], data[:4]) {
					continue
				}
				values, err := e.Unpack(data)
				if err != nil {
					return name // a selector alone, as events report reasons
				}
				var args []string
				list, _ := values.([]any)
				for i, in := range e.Inputs {
					if i < len(list) {
						args = append(args, fmt.Sprintf("%s=%v", in.Name, formatValue(list[i])))
					}
				}
				return name + "(" + strings.Join(args, ", ") + ")"
			}
		}
	}
	return hexutil.Encode(data)
}

func formatValue(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case [4]byte:
		return hexutil.Encode(x[:])
	case [32]byte:
		return hexutil.Encode(x[:])
	}
	return fmt.Sprint(v)
}
