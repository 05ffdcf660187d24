package chain

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// AgentKey is an agent's key in the registry: the hash of its name.
func AgentKey(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }

// PublishVersion registers an agent version (its manifest's CID) at a price
// per unit of use, in the token's smallest unit; the client's wallet holds
// the version's token, and so is paid for its use.
func (c *Client) PublishVersion(ctx context.Context, name, manifestCID string, price *big.Int) (*big.Int, *types.Receipt, error) {
	reg := NewAgentRegistry()
	e, r, err := sendFor(ctx, c, &c.contracts.Registry, reg.PackPublishVersion(AgentKey(name), manifestCID, price), "publish "+name, reg.UnpackVersionPublishedEvent)
	if err != nil {
		return nil, r, err
	}
	return e.TokenId, r, nil
}

// AgentOwner is the wallet that first published a version of the agent
// name, and so the only one that publishes its versions: zero when none
// has.
func (c *Client) AgentOwner(ctx context.Context, name string) (common.Address, error) {
	reg := NewAgentRegistry()
	return callInto(ctx, c, c.contracts.Registry, reg.PackAgentOwner(AgentKey(name)), reg.UnpackAgentOwner)
}

// VersionOf finds the registry's version of an agent by its manifest's
// CID, held by holder when holder is not zero: nil when there is none. Of
// several, the first published: usage settles under one version for good
// (a channel is per version; another would bill it again from zero).
func (c *Client) VersionOf(ctx context.Context, name, manifestCID string, holder common.Address) (*big.Int, error) {
	reg := NewAgentRegistry()
	ids, err := callInto(ctx, c, c.contracts.Registry, reg.PackVersionsOf(AgentKey(name)), reg.UnpackVersionsOf)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		m, err := callInto(ctx, c, c.contracts.Registry, reg.PackManifestOf(id), reg.UnpackManifestOf)
		if err != nil {
			return nil, err
		}
		if m != manifestCID {
			continue
		}
		if holder != (common.Address{}) {
			h, err := callInto(ctx, c, c.contracts.Registry, reg.PackOwnerOf(id), reg.UnpackOwnerOf)
			if err != nil {
				return nil, err
			}
			if h != holder {
				continue // someone else's copy of the version
			}
		}
		return id, nil
	}
	return nil, nil
}

// VersionTerms reads a version's price per unit, and from when its use
// needs a licence (0: never).
func (c *Client) VersionTerms(ctx context.Context, version *big.Int) (price *big.Int, licenceSince uint64, err error) {
	reg := NewAgentRegistry()
	if price, err = callInto(ctx, c, c.contracts.Registry, reg.PackPriceOf(version), reg.UnpackPriceOf); err != nil {
		return nil, 0, err
	}
	since, err := callInto(ctx, c, c.contracts.Registry, reg.PackLicenceRequiredSince(version), reg.UnpackLicenceRequiredSince)
	return price, since, err
}

// Settled reads what a channel of the client's wallet (as operator)
// settled: the cumulative units and compute milliseconds paid for.
func (c *Client) Settled(ctx context.Context, payer common.Address, version *big.Int) (units, computeMs uint64, err error) {
	set := NewUsageSettlement()
	packed, err := callInto(ctx, c, c.contracts.Settlement, set.PackSettled(hashWords(payer, version, c.from)), set.UnpackSettled)
	if err != nil {
		return 0, 0, err
	}
	low := new(big.Int).SetUint64(^uint64(0))
	return new(big.Int).And(packed, low).Uint64(), new(big.Int).And(new(big.Int).Rsh(packed, 64), low).Uint64(), nil
}

// Account reads a payer's escrow, spending and mandate nonce.
func (c *Client) Account(ctx context.Context, payer common.Address) (AccountsOutput, error) {
	set := NewUsageSettlement()
	return callInto(ctx, c, c.contracts.Settlement, set.PackAccounts(payer), set.UnpackAccounts)
}

// NewMandate signs, as the client's wallet, a mandate that lets the
// client's wallet (as operator) settle its usage: up to limit in all, at
// most maxPrice a unit, for usage from start until expiry. It replaces the
// wallet's current mandate.
func (c *Client) NewMandate(ctx context.Context, limit, maxPrice *big.Int, start, expiry time.Time) (UsageSettlementMandate, []byte, error) {
	set := NewUsageSettlement()
	acct, err := callInto(ctx, c, c.contracts.Settlement, set.PackAccounts(c.from), set.UnpackAccounts)
	if err != nil {
		return UsageSettlementMandate{}, nil, fmt.Errorf("account: %w", err)
	}
	m := UsageSettlementMandate{Payer: c.from, Operator: c.from, Cap: limit, MaxPrice: maxPrice, Start: uint64(max(start.Unix(), 0)), Expiry: uint64(expiry.Unix()), Nonce: acct.MandateNonce + 1}
	sig, err := Sign(c.key, Settlement{ChainID: c.chainID, Address: c.contracts.Settlement}.MandateDigest(m))
	return m, sig, err
}

// RevokeMandate revokes the client's wallet's mandate nonce (the one on
// chain, or the next, signed and not yet used): usage from now on is not
// paid under it or any before it.
func (c *Client) RevokeMandate(ctx context.Context, nonce uint32) (*types.Receipt, error) {
	return c.Send(ctx, &c.contracts.Settlement, NewUsageSettlement().PackRevokeMandate(nonce), nil)
}

// Batch is what a settlement transaction did.
type Batch struct {
	Receipt *types.Receipt
	// Paid is what the payers paid in all, in the token's smallest unit.
	Paid *big.Int
	// Skipped names, by channel, why a receipt was not paid (its payer's
	// or its own reason).
	Skipped map[Channel]string
}

// Channel is a (payer, version) whose usage settles cumulatively.
type Channel struct {
	Payer   common.Address
	Version string // the version's id, in decimal
}

// SignatureTTL is how long, by the chain's clock, an operator's signed
// batch may be sent: one that sat unsent (a transaction dropped, a node
// that went away) is not settled long after.
const SignatureTTL = 15 * time.Minute

// SettleBatch signs the receipts as the client's wallet (a registered
// operator), with its next operator nonce and a deadline SignatureTTL
// away, and settles them under the payers' mandates in one transaction.
func (c *Client) SettleBatch(ctx context.Context, mandates []UsageSettlementMandate, sigs [][]byte, receipts []UsageSettlementReceipt) (Batch, error) {
	SortReceipts(c.from, receipts)
	set := NewUsageSettlement()
	nonce, err := callInto(ctx, c, c.contracts.Settlement, set.PackOperatorNonce(c.from), set.UnpackOperatorNonce)
	if err != nil {
		return Batch{}, fmt.Errorf("operator nonce: %w", err)
	}
	var head *types.Header
	if err := c.retry(ctx, func() (err error) {
		head, err = c.rpc.HeaderByNumber(ctx, nil)
		return err
	}); err != nil {
		return Batch{}, fmt.Errorf("chain time: %w", err)
	}
	signed := UsageSettlementSigned{Operator: c.from, Nonce: nonce, Deadline: head.Time + uint64(SignatureTTL/time.Second)}
	signed.Signature, err = Sign(c.key, Settlement{ChainID: c.chainID, Address: c.contracts.Settlement}.ReceiptsDigest(c.from, signed.Nonce, signed.Deadline, receipts))
	if err != nil {
		return Batch{}, err
	}
	r, err := c.Send(ctx, &c.contracts.Settlement, set.PackSettleBatch(mandates, sigs, signed, receipts), nil)
	if err != nil {
		return Batch{Receipt: r}, fmt.Errorf("settle: %w", err)
	}
	b := Batch{Receipt: r, Paid: new(big.Int), Skipped: map[Channel]string{}}
	for _, l := range r.Logs {
		if e, err := set.UnpackSettledEvent(l); err == nil {
			for _, a := range e.Amounts {
				b.Paid.Add(b.Paid, a)
			}
		}
		// A payer's own reason comes first; its receipts' PayerInvalid
		// after it says less.
		if e, err := set.UnpackReceiptSkippedEvent(l); err == nil && e.Index.IsUint64() && e.Index.Uint64() < uint64(len(receipts)) {
			rc := receipts[e.Index.Uint64()]
			ch := Channel{rc.Payer, rc.Version.String()}
			if _, ok := b.Skipped[ch]; !ok {
				b.Skipped[ch] = strings.TrimSuffix(DecodeRevert(e.Reason[:]), "()")
			}
		}
		if e, err := set.UnpackPayerSkippedEvent(l); err == nil {
			for _, rc := range receipts {
				ch := Channel{rc.Payer, rc.Version.String()}
				if _, ok := b.Skipped[ch]; rc.Payer == e.Payer && !ok {
					b.Skipped[ch] = strings.TrimSuffix(DecodeRevert(e.Reason[:]), "()")
				}
			}
		}
	}
	return b, nil
}
