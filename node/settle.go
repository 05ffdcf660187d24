package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cerestack/cere/chain"
	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/runtime"
	"github.com/cerestack/cere/store"
	"github.com/cerestack/cere/workflow"
	"github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
)

// Usage settles on chain in cumulative channels, one per (payer, agent
// version): each invocation that succeeded adds a unit (and its processor
// time) to its channel's accrual as it is recorded; a settlement sends, as
// this node's operator receipts, every channel whose accrual is past what
// settled, under its payer's mandate, in one transaction. The contract
// pays only what a channel's total adds to what it paid before, so a
// receipt sent twice pays once.
var (
	keyAccrued = []byte("s/a/") // s/a/<payer>\x00<manifest CID> -> accrual (JSON)
	keySettled = []byte("s/s/") // s/s/<payer>\x00<manifest CID> -> the accrual settled last (JSON)
	keyMandate = []byte("s/m/") // s/m/<payer> -> mandate (JSON)
)

// maxReceipts bounds one settlement's receipts (about 40,000 gas each, at
// most): the rest go in the next.
const maxReceipts = 200

// errNotOperator is wrapped when the node may not sign receipts.
var errNotOperator = errors.New("not an operator")

// accrual is a channel's usage in all.
type accrual struct {
	Agent     string `json:"agent"` // the manifest's name@version
	Units     uint64 `json:"units"`
	ComputeMS uint64 `json:"compute_ms"`
	At        int64  `json:"at"` // the latest use, Unix seconds
}

// mandate is a payer's signed mandate, kept for settlements.
type mandate struct {
	Mandate   chain.UsageSettlementMandate `json:"mandate"`
	Signature []byte                       `json:"signature"`
}

// settler keeps the accruals and settles them.
type settler struct {
	n         *Node
	accrueMu  sync.Mutex // accruals, read-modify-write
	settleMu  sync.Mutex // one settlement at a time
	publishMu sync.Mutex // one publish at a time
	versions  sync.Map   // manifest CID -> *big.Int, the registry's version
}

func channelKey(prefix []byte, payer, manifestCID string) []byte {
	return append(append(append(slices.Clone(prefix), payer...), 0), manifestCID...)
}

// accrue adds one successful invocation to its channel.
func (s *settler) accrue(payer, agent, manifestCID string, u runtime.Usage, at time.Time) error {
	ms := u.CPUMS
	if ms == 0 {
		ms = u.WallMS
	}
	s.accrueMu.Lock()
	defer s.accrueMu.Unlock()
	key := channelKey(keyAccrued, payer, manifestCID)
	return s.n.store.DS.DB.Update(func(txn *badger.Txn) error {
		a := accrual{Agent: agent}
		if err := store.GetJSON(txn, key, &a); err != nil {
			return err
		}
		a.Units++
		a.ComputeMS += uint64(max(ms, 0))
		a.At = max(a.At, at.Unix())
		data, _ := json.Marshal(a)
		return txn.Set(key, data)
	})
}

// run settles every interval while the node runs.
func (s *settler) run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	last := "" // the last failure logged: the same one is not logged every time
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if s.n.chain.ready.Load() == nil {
			continue
		}
		// Bounded: a transaction that never confirms must not hold the
		// settlements off for good.
		rctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		s.settleMu.Lock()
		sum, err := s.settle(rctx)
		s.settleMu.Unlock()
		cancel()
		switch {
		case err != nil && ctx.Err() == nil:
			if err.Error() != last {
				s.n.log.Warn("settlement failed; trying again every interval", "err", err)
			}
			last = err.Error()
			continue
		case sum.Tx != "":
			s.n.log.Info("usage settled", "tx", sum.Tx, "receipts", sum.Receipts, "invocations", sum.Invocations, "paid", sum.Paid)
		}
		last = ""
	}
}

// channel is a receipt about to be sent, and what it settles.
type channel struct {
	key     []byte // the accrual's
	accrued accrual
	payer   common.Address
	version *big.Int
	units   uint64 // new since the last settlement
}

// settle sends what accrued past what settled, for payers with a mandate
// and agents whose version is published.
// The caller holds settleMu.
func (s *settler) settle(ctx context.Context) (api.Settlement, error) {
	out := api.Settlement{Skipped: []api.Unsettled{}, Pending: []api.Unsettled{}, Paid: "0"}
	c := s.n.chain.ready.Load()
	if c == nil {
		return out, errors.New("the chain is not connected")
	}
	var chans []channel
	mandates := map[common.Address]mandate{}
	err := s.n.store.DS.DB.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = keyAccrued
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			key := it.Item().KeyCopy(nil)
			payer, mcid, ok := bytes.Cut(key[len(keyAccrued):], []byte{0})
			if !ok || !common.IsHexAddress(string(payer)) {
				continue
			}
			var a, done accrual
			if err := it.Item().Value(func(b []byte) error { return json.Unmarshal(b, &a) }); err != nil {
				continue
			}
			if err := store.GetJSON(txn, channelKey(keySettled, string(payer), string(mcid)), &done); err != nil {
				return err
			}
			if a.Units <= done.Units {
				continue
			}
			who := common.HexToAddress(string(payer))
			if _, ok := mandates[who]; !ok {
				var m mandate
				if err := store.GetJSON(txn, append(slices.Clone(keyMandate), who.Hex()...), &m); err != nil {
					return err
				}
				if m.Signature == nil {
					out.Pending = append(out.Pending, api.Unsettled{Payer: who.Hex(), Agent: a.Agent, Invocations: a.Units - done.Units, Reason: "no mandate from this payer"})
					continue
				}
				mandates[who] = m
			}
			chans = append(chans, channel{key: key, accrued: a, payer: who, units: a.Units - done.Units})
		}
		return nil
	})
	if err != nil {
		return out, err
	}
	if len(chans) == 0 {
		return out, nil
	}
	if ok, err := c.client.IsOperator(ctx, c.client.From()); err != nil {
		return out, err
	} else if !ok {
		return out, fmt.Errorf("%w: this node's wallet %s is not a registered operator of the settlement contract; its admin registers operators", errNotOperator, c.client.From().Hex())
	}
	wait := func(ch channel, reason string) {
		out.Pending = append(out.Pending, api.Unsettled{Payer: ch.payer.Hex(), Agent: ch.accrued.Agent, Invocations: ch.units, Reason: reason})
	}
	delay, err := c.client.WithdrawDelay(ctx)
	if err != nil {
		return out, err
	}
	dec, err := c.client.Decimals(ctx) // before the transaction: after it, nothing may fail but the record
	if err != nil {
		return out, err
	}
	// What would not pay is said, not sent: a refused receipt costs a
	// transaction each time. The checks are the contract's own, on what
	// the chain says settled.
	type payerState struct {
		acct chain.AccountsOutput
		due  *big.Int
		err  string
	}
	payers := map[common.Address]*payerState{}
	type terms struct {
		price        *big.Int
		licenceSince uint64
	}
	versionTerms := map[string]terms{}
	var ready, synced []channel
	now := time.Now()
	for _, ch := range chans {
		m := mandates[ch.payer].Mandate
		ps := payers[ch.payer]
		if ps == nil {
			ps = &payerState{due: new(big.Int)}
			payers[ch.payer] = ps
			if ps.acct, err = c.client.Account(ctx, ch.payer); err != nil {
				return out, err
			}
			switch {
			case m.Cap == nil || m.MaxPrice == nil:
				ps.err = "the payer's mandate is unreadable: it signs a new one (cere mandate)"
			case now.After(time.Unix(int64(m.Expiry), 0).Add(delay)):
				ps.err = "the payer's mandate expired: it signs a new one (cere mandate)"
			case m.Nonce < ps.acct.MandateNonce:
				ps.err = "the payer's mandate was replaced on chain: it signs a new one (cere mandate)"
			case m.Nonce > ps.acct.MandateNonce+1:
				ps.err = "the payer's mandate skips a number: it signs a new one (cere mandate)"
			case m.Operator != (common.Address{}) && m.Operator != c.client.From():
				ps.err = "the payer's mandate names another operator"
			}
		}
		if ps.err != "" {
			wait(ch, ps.err)
			continue
		}
		if uint64(ch.accrued.At) > m.Expiry {
			wait(ch, "used after the payer's mandate expired: it signs a new one (cere mandate)")
			continue
		}
		if uint64(ch.accrued.At) < m.Start {
			wait(ch, "used before the payer's mandate starts: it waits for use under it")
			continue
		}
		mcid := string(ch.key[bytes.IndexByte(ch.key, 0)+1:])
		v, ok := s.versions.Load(mcid)
		if !ok {
			owner, err := s.n.agents.owner(ch.accrued.Agent)
			if err != nil {
				return out, err
			}
			if !common.IsHexAddress(owner) {
				wait(ch, "the agent is not stored on this node, so whose version to pay is not known")
				continue
			}
			id, err := c.client.VersionOf(ctx, refName(ch.accrued.Agent), mcid, common.HexToAddress(owner))
			if err != nil {
				wait(ch, "the registry: "+err.Error())
				continue
			}
			if id == nil {
				wait(ch, "the agent version is not published by its owner (cere agent publish)")
				continue
			}
			s.versions.Store(mcid, id)
			v = id
		}
		ch.version = v.(*big.Int)
		vt, ok := versionTerms[ch.version.String()]
		if !ok {
			if vt.price, vt.licenceSince, err = c.client.VersionTerms(ctx, ch.version); err != nil {
				return out, err
			}
			versionTerms[ch.version.String()] = vt
		}
		onchain, _, err := c.client.Settled(ctx, ch.payer, ch.version)
		if err != nil {
			return out, err
		}
		switch {
		case onchain >= ch.accrued.Units:
			synced = append(synced, ch) // paid already (a settlement whose answer was lost)
			continue
		case onchain < ch.accrued.Units-ch.units:
			wait(ch, "the chain holds less of this channel than this node settled (another version or operator?): sending would bill it again")
			continue
		case vt.licenceSince != 0 && uint64(ch.accrued.At) >= vt.licenceSince:
			wait(ch, "the version's use needs a licence")
			continue
		case vt.price.Cmp(m.MaxPrice) > 0:
			wait(ch, "the version's price is over the payer's mandate's max price")
			continue
		}
		ch.units = ch.accrued.Units - onchain
		ps.due.Add(ps.due, new(big.Int).Mul(vt.price, new(big.Int).SetUint64(ch.units)))
		ready = append(ready, ch)
	}
	// A payer that could not pay all it owes here would be skipped whole.
	kept := ready[:0]
	for _, ch := range ready {
		ps, m := payers[ch.payer], mandates[ch.payer].Mandate
		switch {
		case new(big.Int).Add(ps.acct.Spent, ps.due).Cmp(m.Cap) > 0:
			wait(ch, "over the payer's mandate's cap: it signs one with a higher cap (cere mandate)")
		case ps.acct.Escrow.Cmp(ps.due) < 0:
			wait(ch, "the payer's escrow is short: it deposits more (cere deposit)")
		default:
			kept = append(kept, ch)
		}
	}
	// The oldest usage first; what does not fit waits for the next.
	ready = kept
	slices.SortStableFunc(ready, func(a, b channel) int { return int(a.accrued.At - b.accrued.At) })
	for len(ready) > maxReceipts {
		wait(ready[len(ready)-1], "in a later settlement: at most 200 receipts go in one")
		ready = ready[:len(ready)-1]
	}
	if err := s.record(synced); err != nil {
		return out, err
	}
	if len(ready) == 0 {
		return out, nil
	}
	var ms []chain.UsageSettlementMandate
	var sigs [][]byte
	used := map[common.Address]bool{}
	receipts := make([]chain.UsageSettlementReceipt, 0, len(ready))
	for _, ch := range ready {
		if !used[ch.payer] {
			used[ch.payer] = true
			ms, sigs = append(ms, mandates[ch.payer].Mandate), append(sigs, mandates[ch.payer].Signature)
		}
		receipts = append(receipts, chain.UsageSettlementReceipt{Payer: ch.payer, Version: ch.version, Licence: new(big.Int),
			Units: ch.accrued.Units, ComputeMs: ch.accrued.ComputeMS, At: uint64(ch.accrued.At)})
	}
	batch, err := c.client.SettleBatch(ctx, ms, sigs, receipts)
	if err != nil {
		return out, err
	}
	out.Tx, out.Block = batch.Receipt.TxHash.Hex(), batch.Receipt.BlockNumber.Uint64()
	out.Paid = chain.FormatAmount(batch.Paid, dec)
	defer func() { s.n.observe(workflow.Message{Topic: "chain.settled", Data: out}) }()
	var paid []channel
	for _, ch := range ready {
		if why, skipped := batch.Skipped[chain.Channel{Payer: ch.payer, Version: ch.version.String()}]; skipped {
			out.Skipped = append(out.Skipped, api.Unsettled{Payer: ch.payer.Hex(), Agent: ch.accrued.Agent, Invocations: ch.units, Reason: why})
			continue
		}
		out.Receipts++
		out.Invocations += ch.units
		paid = append(paid, ch)
	}
	return out, s.record(paid)
}

// record notes channels as settled up to their accruals. (Were it lost,
// the next settlement reads what the chain settled and notes it again.)
func (s *settler) record(chans []channel) error {
	if len(chans) == 0 {
		return nil
	}
	wb := s.n.store.DS.DB.NewWriteBatch()
	defer wb.Cancel()
	for _, ch := range chans {
		data, _ := json.Marshal(ch.accrued)
		if err := wb.Set(append(slices.Clone(keySettled), ch.key[len(keyAccrued):]...), data); err != nil {
			return err
		}
	}
	return wb.Flush()
}

// refName is the name of name@version.
func refName(ref string) string {
	if i := strings.LastIndexByte(ref, '@'); i >= 0 {
		return ref[:i]
	}
	return ref
}

// manifestCID is the CID of a manifest as stored: what the registry names.
func manifestCID(key string, m *runtime.Manifest) (string, error) {
	if c, err := cid.Decode(key); err == nil {
		return c.String(), nil
	}
	doc, err := json.Marshal(m)
	if err != nil {
		return "", err
	}
	c, err := store.DocumentCID(cid.DagJSON, doc)
	if err != nil {
		return "", err
	}
	return c.String(), nil
}

func (n *Node) handleSettle(w http.ResponseWriter, r *http.Request) {
	if n.chainWriter(w, r) == nil {
		return
	}
	if !n.settler.settleMu.TryLock() {
		writeError(w, http.StatusConflict, "a settlement is in progress; try again when it is done", "")
		return
	}
	defer n.settler.settleMu.Unlock()
	ctx, cancel := context.WithTimeout(r.Context(), chainWriteTimeout)
	defer cancel()
	sum, err := n.settler.settle(ctx)
	if errors.Is(err, errNotOperator) {
		writeError(w, http.StatusConflict, err.Error(), "")
		return
	}
	if err != nil {
		chainError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, sum)
}

// handleMandate signs, with the node's wallet, a mandate for its own usage
// and keeps it for settlements.
func (n *Node) handleMandate(w http.ResponseWriter, r *http.Request) {
	c := n.chainWriter(w, r)
	if c == nil {
		return
	}
	var in api.MandateRequest
	if !readJSON(w, r, &in) {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	dec, err := c.client.Decimals(ctx)
	if err != nil {
		chainError(w, err)
		return
	}
	limit, err := chain.ParseAmount(in.Cap, dec)
	if err != nil {
		writeError(w, http.StatusBadRequest, "cap: "+err.Error(), "cap")
		return
	}
	price, err := chain.ParseAmount(in.MaxPrice, dec)
	if err != nil {
		writeError(w, http.StatusBadRequest, "max_price: "+err.Error(), "max_price")
		return
	}
	if price.Sign() == 0 {
		writeError(w, http.StatusBadRequest, "max_price: must be above zero", "max_price")
		return
	}
	d, err := time.ParseDuration(in.Expiry)
	if err != nil || d <= 0 {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("expiry: %q is not a duration, as 720h", in.Expiry), "expiry")
		return
	}
	acct, err := c.client.Account(ctx, c.client.From())
	if err != nil {
		chainError(w, err)
		return
	}
	if limit.Cmp(acct.Spent) <= 0 {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("cap: it counts what was paid under earlier mandates too (%s): set it above that", chain.FormatAmount(acct.Spent, dec)), "cap")
		return
	}
	// A replacement goes on paying from where the one it replaces started
	// (usage not yet settled stays payable); a first mandate, or one after
	// a revocation, pays for usage from now.
	start := time.Now()
	var prev mandate
	key := append(slices.Clone(keyMandate), c.client.From().Hex()...)
	if err := n.store.DS.DB.View(func(txn *badger.Txn) error { return store.GetJSON(txn, key, &prev) }); err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	if prev.Signature != nil && prev.Mandate.Start != 0 && prev.Mandate.Nonce >= acct.MandateNonce {
		start = time.Unix(int64(prev.Mandate.Start), 0)
	}
	m, sig, err := c.client.NewMandate(ctx, limit, price, start, time.Now().Add(d))
	if err != nil {
		chainError(w, err)
		return
	}
	data, _ := json.Marshal(mandate{Mandate: m, Signature: sig})
	if err := n.store.DS.DB.Update(func(txn *badger.Txn) error {
		return txn.Set(append(slices.Clone(keyMandate), m.Payer.Hex()...), data)
	}); err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	writeJSON(w, http.StatusOK, api.MandateOut{Payer: m.Payer.Hex(), Cap: chain.FormatAmount(m.Cap, dec), MaxPrice: chain.FormatAmount(m.MaxPrice, dec),
		Expiry: time.Unix(int64(m.Expiry), 0).UTC(), Nonce: m.Nonce})
}

// handleMandateRevoke revokes the node's wallet's mandate (the one it
// signed last, or the one on chain): its usage from now on is not paid
// under it, and it settles only what it owes from before. The next mandate
// pays for usage from when it is signed.
func (n *Node) handleMandateRevoke(w http.ResponseWriter, r *http.Request) {
	c := n.chainWriter(w, r)
	if c == nil {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), chainWriteTimeout)
	defer cancel()
	key := append(slices.Clone(keyMandate), c.client.From().Hex()...)
	var m mandate
	if err := n.store.DS.DB.View(func(txn *badger.Txn) error { return store.GetJSON(txn, key, &m) }); err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	acct, err := c.client.Account(ctx, c.client.From())
	if err != nil {
		chainError(w, err)
		return
	}
	nonce := acct.MandateNonce
	if m.Signature != nil && m.Mandate.Nonce > nonce {
		nonce = m.Mandate.Nonce // signed here, not used on chain yet
	}
	if nonce == 0 {
		writeError(w, http.StatusConflict, "the node's wallet has no mandate to revoke", "")
		return
	}
	receipt, err := c.client.RevokeMandate(ctx, nonce)
	if err != nil {
		chainError(w, err)
		return
	}
	if err := n.store.DS.DB.Update(func(txn *badger.Txn) error { return txn.Delete(key) }); err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	writeJSON(w, http.StatusOK, api.ChainTx{Tx: receipt.TxHash.Hex(), Block: receipt.BlockNumber.Uint64()})
}

// handleAgentPublish registers an agent version stored here on the chain's
// registry, from the node's wallet, at a price per invocation.
func (n *Node) handleAgentPublish(w http.ResponseWriter, r *http.Request) {
	c := n.chainWriter(w, r)
	if c == nil {
		return
	}
	var in api.PublishRequest
	if !readJSON(w, r, &in) {
		return
	}
	ref := r.PathValue("ref")
	m, err := n.agents.manifest(ref)
	if err != nil {
		writeError(w, http.StatusNotFound, err.Error(), "")
		return
	}
	if owner, err := n.agents.owner(ref); err != nil || !common.IsHexAddress(owner) || common.HexToAddress(owner) != c.client.From() {
		writeError(w, http.StatusForbidden, fmt.Sprintf("%s was stored by %s, not by this node's wallet: its owner publishes it", ref, owner), "")
		return
	}
	price := in.Price
	if price == "" {
		price = string(m.Price)
	}
	ctx, cancel := context.WithTimeout(r.Context(), chainWriteTimeout)
	defer cancel()
	dec, err := c.client.Decimals(ctx)
	if err != nil {
		chainError(w, err)
		return
	}
	wei, err := chain.ParseAmount(price, dec)
	if err != nil {
		writeError(w, http.StatusBadRequest, "price (or the manifest's price): "+err.Error(), "price")
		return
	}
	mc, err := manifestCID(ref, m)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	n.settler.publishMu.Lock() // the check and the publish, together
	defer n.settler.publishMu.Unlock()
	if id, err := c.client.VersionOf(ctx, m.Name, mc, c.client.From()); err != nil {
		chainError(w, err)
		return
	} else if id != nil {
		writeError(w, http.StatusConflict, fmt.Sprintf("%s is published already, as version %s", ref, id), "")
		return
	}
	id, receipt, err := c.client.PublishVersion(ctx, m.Name, mc, wei)
	if err != nil {
		chainError(w, err)
		return
	}
	n.settler.versions.Store(mc, id)
	writeJSON(w, http.StatusOK, api.Published{Agent: m.Ref(), CID: mc, Version: id.String(), Price: chain.FormatAmount(wei, dec),
		Tx: receipt.TxHash.Hex(), Block: receipt.BlockNumber.Uint64()})
}
