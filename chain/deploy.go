package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Contracts are the addresses of a network's contracts: what `cere chain
// status --output json` prints as "contracts", and what --chain-contracts
// reads.
type Contracts struct {
	Token      common.Address `json:"token"`
	Registry   common.Address `json:"registry"`
	Licences   common.Address `json:"licences"`
	Settlement common.Address `json:"settlement"`
}

// Terms are a new network's settlement terms.
type Terms struct {
	// Token is the CERE token's address; zero deploys a CereToken for a
	// local network, with Decimals and Supply minted to the deployer.
	Token    common.Address
	Decimals uint8
	Supply   *big.Int
	// FeeRecipient takes the protocol fee (zero: the deployer).
	FeeRecipient  common.Address
	FeeBps        uint16
	OperatorBps   uint16
	WithdrawDelay time.Duration
}

// Deploy deploys the contracts from the client's wallet, one after the
// other, each confirmed before the next. The licences are linked to the
// settlement contract's address before it is deployed (the address its
// deployment will take), since its constructor refuses licences that name
// another: the wallet must send nothing else meanwhile. The client's own
// contracts are not used.
func Deploy(ctx context.Context, c *Client, t Terms) (Contracts, error) {
	from := c.From()
	deploy := func(what string, meta *bind.MetaData, input []byte) (common.Address, error) {
		r, err := c.Send(ctx, nil, append(common.FromHex(meta.Bin), input...), nil)
		if err != nil {
			return common.Address{}, fmt.Errorf("deploy %s: %w", what, err)
		}
		return r.ContractAddress, nil
	}
	var out Contracts
	var err error
	if out.Token = t.Token; out.Token == (common.Address{}) {
		supply := t.Supply
		if supply == nil {
			supply = new(big.Int)
		}
		if out.Token, err = deploy("CereToken", &CereTokenMetaData, NewCereToken().PackConstructor(from, t.Decimals, supply)); err != nil {
			return Contracts{}, err
		}
	}
	if out.Registry, err = deploy("AgentRegistry", &AgentRegistryMetaData, nil); err != nil {
		return Contracts{}, err
	}
	lic := NewLicenceNFT()
	if out.Licences, err = deploy("LicenceNFT", &LicenceNFTMetaData, lic.PackConstructor(out.Registry)); err != nil {
		return Contracts{}, err
	}
	fees := t.FeeRecipient
	if fees == (common.Address{}) {
		fees = from
	}
	var nonce uint64
	if err := c.retry(ctx, func() (err error) {
		nonce, err = c.rpc.PendingNonceAt(ctx, from)
		return err
	}); err != nil {
		return Contracts{}, fmt.Errorf("nonce: %w", err)
	}
	// The link takes nonce, the settlement contract the one after.
	next := crypto.CreateAddress(from, nonce+1)
	if _, err := c.Send(ctx, &out.Licences, lic.PackSetSettlement(next), nil); err != nil {
		return Contracts{}, fmt.Errorf("link the licences to settlement: %w", err)
	}
	input := NewUsageSettlement().PackConstructor(out.Token, out.Registry, out.Licences, fees, t.FeeBps, t.OperatorBps, uint64(t.WithdrawDelay/time.Second))
	if out.Settlement, err = deploy("UsageSettlement", &UsageSettlementMetaData, input); err != nil {
		return Contracts{}, err
	}
	if out.Settlement != next {
		return Contracts{}, fmt.Errorf("deploy UsageSettlement: it took %s, not %s, which the licences name", out.Settlement.Hex(), next.Hex())
	}
	return out, nil
}
