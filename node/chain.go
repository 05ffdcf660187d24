package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/cerestack/cere/chain"
	"github.com/cerestack/cere/node/api"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// The embedded chain's first state: what the node's wallet holds, so that
// the demo works with nothing else.
var (
	devETH  = new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18)) // 1,000 ETH for gas
	devCERE = new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18))  // 1,000,000 test CERE, 18 decimals
)

// ContractsFile holds the embedded chain's contract addresses, in the
// chain's folder of the data dir.
const ContractsFile = "contracts.json"

// nodeChain is the node's side of the chain: the embedded dev chain or an
// RPC endpoint, and a client sending from the node's wallet.
type nodeChain struct {
	mode   string
	dev    *chain.Dev        // embedded
	conn   *ethclient.Client // rpc
	client *chain.Client
}

// chainState is where the node stands with its chain: ready, or why not.
type chainState struct {
	ready atomic.Pointer[nodeChain]
	err   atomic.Pointer[string]
}

func (s *chainState) fail(err error) {
	msg := err.Error()
	s.err.Store(&msg)
}

// startChain starts the chain the config asks for. The embedded chain
// starts before New returns (a failure stops the node: its data dir is at
// fault); an external one is dialled in the background, again every 15 s
// until it answers, so a chain that is down does not keep the node down.
func (n *Node) startChain(ctx context.Context) error {
	switch n.cfg.ChainMode() {
	case "off":
		return nil
	case "embedded":
		c, err := n.startEmbedded(ctx)
		if err != nil {
			return err
		}
		n.chain.ready.Store(c)
		n.log.Info("chain started", "mode", "embedded", "settlement", c.client.Contracts().Settlement, "rpc", n.cfg.Chain.RPCListen)
		if l := n.cfg.Chain.RPCListen; l != "" {
			if host, _, _ := net.SplitHostPort(l); !isLoopbackHost(host) {
				n.log.Warn("the embedded chain's JSON-RPC is served beyond this machine: anyone who reaches it may read the chain and submit signed transactions", "rpc", l)
			}
		}
		return nil
	}
	// What the node was given is checked now; the chain itself may come
	// later.
	contracts, err := readContracts(n.cfg.Chain.Contracts)
	if err != nil {
		return &ConfigError{Source: "chain", Key: "chain.contracts", Err: err}
	}
	n.wg.Go(func() {
		for {
			c, err := n.dialChain(ctx, contracts)
			if err == nil {
				n.chain.ready.Store(c)
				n.chain.err.Store(nil)
				n.log.Info("chain connected", "mode", "rpc", "rpc", redactURL(n.cfg.Chain.RPC), "chain_id", c.client.ChainID())
				// Stakes can be read now: the workflows whose owners
				// could not be admitted without them start.
				select {
				case <-n.registryOpen:
					n.workflows.StartAdmitted(ctx)
				case <-ctx.Done():
				}
				return
			}
			if ctx.Err() != nil {
				return
			}
			err = errors.New(strings.ReplaceAll(err.Error(), n.cfg.Chain.RPC, redactURL(n.cfg.Chain.RPC)))
			n.chain.fail(err)
			n.log.Error("chain: not connected; trying again in 15 s", "rpc", redactURL(n.cfg.Chain.RPC), "err", err)
			select {
			case <-ctx.Done():
				return
			case <-time.After(15 * time.Second):
			}
		}
	})
	return nil
}

// startEmbedded starts the dev chain in <data>/chain, funding the node's
// wallet and deploying the contracts the first time.
func (n *Node) startEmbedded(ctx context.Context) (*nodeChain, error) {
	dir := filepath.Join(n.cfg.DataDir, "chain")
	o := chain.DevOptions{Dir: dir, Fund: map[common.Address]*big.Int{common.HexToAddress(n.wallet): devETH}}
	if l := n.cfg.Chain.RPCListen; l != "" {
		host, port, _ := net.SplitHostPort(l) // checked by the config
		o.RPCHost = host
		o.RPCPort, _ = strconv.Atoi(port)
	}
	dev, err := chain.StartDev(o)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("chain: %w: %s (pick another with --chain-rpc-listen)", ErrAddrInUse, n.cfg.Chain.RPCListen)
		}
		return nil, fmt.Errorf("chain: %w", err)
	}
	c := &nodeChain{mode: "embedded", dev: dev}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	path := filepath.Join(dir, ContractsFile)
	contracts, err := readContracts(path)
	if errors.Is(err, os.ErrNotExist) {
		var deployer *chain.Client
		deployer, err = chain.NewClient(ctx, dev.Client(), n.id.Wallet, chain.Contracts{}, chain.Options{Poll: 10 * time.Millisecond})
		if err == nil {
			contracts, err = chain.Deploy(ctx, deployer, chain.Terms{
				Decimals: 18, Supply: devCERE, FeeBps: 500, OperatorBps: 1000, WithdrawDelay: time.Hour,
			})
		}
		if err == nil {
			err = n.newClient(ctx, c, dev.Client(), contracts, 10*time.Millisecond)
		}
		if err == nil {
			_, err = c.client.SetOperator(ctx, c.client.From(), true)
		}
		if err == nil {
			err = writeContracts(path, contracts)
		}
		if err != nil {
			dev.Close()
			return nil, fmt.Errorf("chain: set up the contracts: %w", err)
		}
		n.log.Info("chain: contracts deployed on the embedded chain", "file", path)
		return c, nil
	}
	if err == nil {
		err = n.newClient(ctx, c, dev.Client(), contracts, 10*time.Millisecond)
	}
	if err != nil {
		dev.Close()
		return nil, fmt.Errorf("chain: %w", err)
	}
	return c, nil
}

// dialChain connects to the external chain and checks that its contracts
// are there.
func (n *Node) dialChain(ctx context.Context, contracts chain.Contracts) (*nodeChain, error) {
	conn, err := ethclient.DialContext(ctx, n.cfg.Chain.RPC)
	if err != nil {
		return nil, fmt.Errorf("chain %s: %w", redactURL(n.cfg.Chain.RPC), err)
	}
	c := &nodeChain{mode: "rpc", conn: conn}
	dctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := n.newClient(dctx, c, conn, contracts, time.Second); err != nil {
		conn.Close()
		return nil, err
	}
	return c, nil
}

// newClient makes c's client and checks that each contract has code.
func (n *Node) newClient(ctx context.Context, c *nodeChain, r chain.RPC, contracts chain.Contracts, poll time.Duration) error {
	confirmations := uint64(n.cfg.Chain.Confirmations)
	if c.mode == "embedded" {
		confirmations = 1 // it mines a block per transaction, and no more
	}
	client, err := chain.NewClient(ctx, r, n.id.Wallet, contracts, chain.Options{
		Confirmations: confirmations, GasCap: uint64(n.cfg.Chain.GasCap), Poll: poll,
	})
	if err != nil {
		return err
	}
	for name, addr := range map[string]common.Address{"token": contracts.Token, "registry": contracts.Registry, "licences": contracts.Licences, "settlement": contracts.Settlement} {
		code, err := r.CodeAt(ctx, addr, nil)
		if err != nil {
			return fmt.Errorf("the %s contract: %w", name, err)
		}
		if len(code) == 0 && c.mode == "embedded" {
			dir := filepath.Join(n.cfg.DataDir, "chain")
			return fmt.Errorf("the embedded chain in %s does not hold the %s contract that %s names (%s): its data was lost or replaced; move %s aside to start a new chain", dir, name, filepath.Join(dir, ContractsFile), addr.Hex(), dir)
		}
		if len(code) == 0 {
			return fmt.Errorf("the %s contract %s has no code on chain %s: the contracts file names another network's contracts", name, addr.Hex(), client.ChainID())
		}
	}
	c.client = client
	return nil
}

// redactURL is an RPC URL fit to show: its scheme and host, without the
// path, query or user, where providers put API keys.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(the RPC URL)"
	}
	out := u.Scheme + "://" + u.Host
	if u.Path != "" && u.Path != "/" || u.RawQuery != "" || u.User != nil {
		out += "/…"
	}
	return out
}

// readContracts reads a contracts file: the "contracts" object that cere
// chain status --output json prints, or the whole of that output.
func readContracts(path string) (chain.Contracts, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return chain.Contracts{}, fmt.Errorf("contracts file: %w", err)
	}
	var wrapped struct {
		Contracts *json.RawMessage `json:"contracts"`
	}
	if json.Unmarshal(data, &wrapped) == nil && wrapped.Contracts != nil {
		data = *wrapped.Contracts
	}
	var raw map[string]string
	if err := json.Unmarshal(data, &raw); err != nil {
		return chain.Contracts{}, fmt.Errorf("contracts file %s: %w", path, err)
	}
	var c chain.Contracts
	for _, f := range []struct {
		key string
		to  *common.Address
	}{{"token", &c.Token}, {"registry", &c.Registry}, {"licences", &c.Licences}, {"settlement", &c.Settlement}} {
		v := raw[f.key]
		if !common.IsHexAddress(v) || common.HexToAddress(v) == (common.Address{}) {
			return chain.Contracts{}, fmt.Errorf("contracts file %s: %q: want the %s contract's address, got %q", path, f.key, f.key, v)
		}
		*f.to = common.HexToAddress(v)
	}
	return c, nil
}

func writeContracts(path string, c chain.Contracts) error {
	data, err := json.MarshalIndent(contractsOut(c), "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(path, append(data, '\n'))
}

func contractsOut(c chain.Contracts) *api.Contracts {
	return &api.Contracts{Token: c.Token.Hex(), Registry: c.Registry.Hex(), Licences: c.Licences.Hex(), Settlement: c.Settlement.Hex()}
}

func (c *nodeChain) close() {
	if c.conn != nil {
		c.conn.Close()
	}
	if c.dev != nil {
		_ = c.dev.Close()
	}
}

func (n *Node) chainRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/chain", n.handleChainStatus)
	mux.HandleFunc("GET /api/v1/chain/balance", n.handleBalance)
	mux.HandleFunc("POST /api/v1/chain/deposit", n.handleDeposit)
	mux.HandleFunc("POST /api/v1/chain/withdraw/request", n.handleWithdrawRequest)
	mux.HandleFunc("POST /api/v1/chain/withdraw", n.handleWithdraw)
	mux.HandleFunc("POST /api/v1/chain/claim", n.handleClaim)
	mux.HandleFunc("POST /api/v1/chain/send", n.handleSend)
	mux.HandleFunc("POST /api/v1/chain/mandate", n.handleMandate)
	mux.HandleFunc("POST /api/v1/chain/mandate/revoke", n.handleMandateRevoke)
	mux.HandleFunc("POST /api/v1/chain/settle", n.handleSettle)
}

// chainFor returns the ready chain, or answers why there is none.
func (n *Node) chainFor(w http.ResponseWriter) *nodeChain {
	if c := n.chain.ready.Load(); c != nil {
		return c
	}
	if n.cfg.ChainMode() == "off" {
		writeError(w, http.StatusServiceUnavailable, "this node runs without a chain (chain.mode off)", "")
		return nil
	}
	msg := "the chain is not connected yet"
	if e := n.chain.err.Load(); e != nil {
		msg += ": " + *e
	}
	writeError(w, http.StatusServiceUnavailable, msg, "")
	return nil
}

// chainWriter returns the chain for a write that spends the node's wallet:
// only the API token or the node's own wallet's signature may, never an
// operator's other wallet nor an anonymous caller.
func (n *Node) chainWriter(w http.ResponseWriter, r *http.Request) *nodeChain {
	who := n.actingWallet(r)
	if who == "" {
		writeError(w, http.StatusUnauthorized, "this spends the node's wallet "+n.wallet+": it takes the API token or that wallet's signature", "Authorization")
		return nil
	}
	if !strings.EqualFold(who, n.wallet) {
		writeError(w, http.StatusForbidden, "this spends the node's wallet "+n.wallet+"; "+who+" may not", "")
		return nil
	}
	return n.chainFor(w)
}

// chainWriteTimeout bounds a chain write the API asks for: sent, mined and
// confirmed.
const chainWriteTimeout = 2 * time.Minute

// chainError answers a chain call's failure: a contract's refusal is a
// 409 with its reason, a timeout a 504, an unreachable chain a 502.
func chainError(w http.ResponseWriter, err error) {
	var rev *chain.RevertError
	var failed *chain.FailedError
	switch {
	case errors.As(err, &rev), errors.As(err, &failed):
		writeError(w, http.StatusConflict, err.Error(), "")
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusGatewayTimeout, err.Error(), "")
	case errors.Is(err, chain.ErrInsufficientFunds):
		writeError(w, http.StatusConflict, err.Error(), "")
	case strings.Contains(err.Error(), "insufficient funds"):
		writeError(w, http.StatusConflict, err.Error()+" (the node's wallet has too little ETH for gas)", "")
	default:
		writeError(w, http.StatusBadGateway, err.Error(), "")
	}
}

func (n *Node) handleChainStatus(w http.ResponseWriter, r *http.Request) {
	mode := n.cfg.ChainMode()
	c := n.chain.ready.Load()
	if c == nil {
		st := api.ChainStatus{Mode: mode, Wallet: n.wallet}
		if e := n.chain.err.Load(); e != nil {
			st.Error = *e
		}
		writeJSON(w, http.StatusOK, st)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	st := api.ChainStatus{Mode: mode, ChainID: c.client.ChainID().Uint64(), Contracts: contractsOut(c.client.Contracts()), Wallet: n.wallet}
	var err error
	if st.Block, err = c.client.RPC().BlockNumber(ctx); err != nil {
		st.Error = err.Error()
	} else if st.Operator, err = c.client.IsOperator(ctx, c.client.From()); err != nil {
		st.Error = err.Error()
	} else if st.Decimals, err = c.client.Decimals(ctx); err != nil {
		st.Error = err.Error()
	}
	writeJSON(w, http.StatusOK, st)
}

func (n *Node) handleBalance(w http.ResponseWriter, r *http.Request) {
	c := n.chainFor(w)
	if c == nil {
		return
	}
	who := c.client.From()
	if a := r.URL.Query().Get("address"); a != "" {
		if !common.IsHexAddress(a) {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("address %q is not a 0x address", a), "address")
			return
		}
		who = common.HexToAddress(a)
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	b, err := c.client.Balances(ctx, who)
	if err != nil {
		chainError(w, err)
		return
	}
	out := api.Balance{
		Wallet: who.Hex(), ETH: chain.FormatAmount(b.ETH, 18), CERE: chain.FormatAmount(b.CERE, b.Decimals),
		Escrow: chain.FormatAmount(b.Escrow, b.Decimals), Claimable: chain.FormatAmount(b.Claimable, b.Decimals),
	}
	if b.Withdrawal.Sign() > 0 {
		delay, err := c.client.WithdrawDelay(ctx)
		if err != nil {
			chainError(w, err)
			return
		}
		out.Withdrawal = &api.Withdrawal{Amount: chain.FormatAmount(b.Withdrawal, b.Decimals), ReadyAt: b.WithdrawableAt, Until: b.WithdrawableAt.Add(delay)}
	}
	writeJSON(w, http.StatusOK, out)
}

// amountIn reads a body's amount of CERE in the token's smallest unit.
func amountIn(ctx context.Context, w http.ResponseWriter, r *http.Request, c *nodeChain) (*big.Int, bool) {
	var in api.Amount
	if !readJSON(w, r, &in) {
		return nil, false
	}
	dec, err := c.client.Decimals(ctx)
	if err != nil {
		chainError(w, err)
		return nil, false
	}
	v, err := chain.ParseAmount(in.Amount, dec)
	if err == nil && v.Sign() == 0 {
		err = errors.New("the amount must be above zero")
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, "amount: "+err.Error(), "amount")
		return nil, false
	}
	return v, true
}

// readJSON decodes a small JSON body into v, refusing unknown fields.
func readJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		writeError(w, http.StatusBadRequest, "body: "+err.Error(), "")
		return false
	}
	return true
}

func (n *Node) handleDeposit(w http.ResponseWriter, r *http.Request) {
	c := n.chainWriter(w, r)
	if c == nil {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), chainWriteTimeout)
	defer cancel()
	amount, ok := amountIn(ctx, w, r, c)
	if !ok {
		return
	}
	receipt, err := c.client.Deposit(ctx, amount)
	if err != nil {
		chainError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, c.txOut(ctx, receipt, amount))
}

func (n *Node) handleWithdrawRequest(w http.ResponseWriter, r *http.Request) {
	c := n.chainWriter(w, r)
	if c == nil {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), chainWriteTimeout)
	defer cancel()
	amount, ok := amountIn(ctx, w, r, c)
	if !ok {
		return
	}
	delay, err := c.client.WithdrawDelay(ctx) // read first: a failure after the request would invite a second
	if err != nil {
		chainError(w, err)
		return
	}
	ready, receipt, err := c.client.RequestWithdraw(ctx, amount)
	if err != nil {
		chainError(w, err)
		return
	}
	until := ready.Add(delay)
	out := c.txOut(ctx, receipt, amount)
	out.ReadyAt, out.Until = &ready, &until
	writeJSON(w, http.StatusOK, out)
}

func (n *Node) handleWithdraw(w http.ResponseWriter, r *http.Request) {
	n.payout(w, r, (*chain.Client).Withdraw)
}

func (n *Node) handleClaim(w http.ResponseWriter, r *http.Request) {
	n.payout(w, r, (*chain.Client).Claim)
}

// txOut is what a write of CERE answers: its transaction and the amount.
func (c *nodeChain) txOut(ctx context.Context, r *types.Receipt, amount *big.Int) api.ChainTx {
	dec, _ := c.client.Decimals(ctx) // read once per client, then cached
	return api.ChainTx{Tx: r.TxHash.Hex(), Block: r.BlockNumber.Uint64(), Amount: chain.FormatAmount(amount, dec)}
}

// payout runs a withdrawal or a claim, which move what the contract says.
func (n *Node) payout(w http.ResponseWriter, r *http.Request, pay func(*chain.Client, context.Context) (*big.Int, *types.Receipt, error)) {
	c := n.chainWriter(w, r)
	if c == nil {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), chainWriteTimeout)
	defer cancel()
	amount, receipt, err := pay(c.client, ctx)
	if err != nil {
		chainError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, c.txOut(ctx, receipt, amount))
}

func (n *Node) handleSend(w http.ResponseWriter, r *http.Request) {
	c := n.chainWriter(w, r)
	if c == nil {
		return
	}
	var in api.Transfer
	if !readJSON(w, r, &in) {
		return
	}
	if !common.IsHexAddress(in.To) {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("to: %q is not a 0x address", in.To), "to")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), chainWriteTimeout)
	defer cancel()
	to := common.HexToAddress(in.To)
	var dec uint8
	switch in.Token {
	case "eth":
		dec = 18
	case "cere":
		var err error
		if dec, err = c.client.Decimals(ctx); err != nil {
			chainError(w, err)
			return
		}
	default:
		writeError(w, http.StatusBadRequest, fmt.Sprintf("token: %q is not eth or cere", in.Token), "token")
		return
	}
	amount, err := chain.ParseAmount(in.Amount, dec)
	if err == nil && amount.Sign() == 0 {
		err = errors.New("the amount must be above zero")
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, "amount: "+err.Error(), "amount")
		return
	}
	var receipt *types.Receipt
	if in.Token == "eth" {
		receipt, err = c.client.SendETH(ctx, to, amount)
	} else {
		receipt, err = c.client.SendCERE(ctx, to, amount)
	}
	if err != nil {
		chainError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, api.ChainTx{Tx: receipt.TxHash.Hex(), Block: receipt.BlockNumber.Uint64(), Amount: chain.FormatAmount(amount, dec)})
}
