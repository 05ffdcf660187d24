package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
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
// other, each confirmed before the next, and links the licences to the
// settlement contract. The client's own contracts are not used.
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
	input := NewUsageSettlement().PackConstructor(out.Token, out.Registry, out.Licences, fees, t.FeeBps, t.OperatorBps, uint64(t.WithdrawDelay/time.Second))
	if out.Settlement, err = deploy("UsageSettlement", &UsageSettlementMetaData, input); err != nil {
		return Contracts{}, err
	}
	if _, err := c.Send(ctx, &out.Licences, lic.PackSetSettlement(out.Settlement), nil); err != nil {
		return Contracts{}, fmt.Errorf("link the licences to settlement: %w", err)
	}
	return out, nil
}
