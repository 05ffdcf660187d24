package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
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

// Backend is what deploying needs of a chain.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Deploy deploys the contracts with key, one after the other, each mined
// before the next, and links the licences to the settlement contract.
func Deploy(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, t Terms) (Contracts, error) {
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return Contracts{}, fmt.Errorf("chain id: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	opts := func() *bind.TransactOpts {
		o := bind.NewKeyedTransactor(key, chainID)
		o.Context = ctx
		return o
	}
	deploy := func(what string, meta *bind.MetaData, input []byte) (common.Address, error) {
		addr, tx, err := bind.DeployContract(opts(), common.FromHex(meta.Bin), backend, input)
		if err != nil {
			return common.Address{}, fmt.Errorf("deploy %s: %w", what, err)
		}
		if _, err := bind.WaitDeployed(ctx, backend, tx.Hash()); err != nil {
			return common.Address{}, fmt.Errorf("deploy %s: %w", what, err)
		}
		return addr, nil
	}
	var c Contracts
	if c.Token = t.Token; c.Token == (common.Address{}) {
		supply := t.Supply
		if supply == nil {
			supply = new(big.Int)
		}
		if c.Token, err = deploy("CereToken", &CereTokenMetaData, NewCereToken().PackConstructor(from, t.Decimals, supply)); err != nil {
			return Contracts{}, err
		}
	}
	if c.Registry, err = deploy("AgentRegistry", &AgentRegistryMetaData, nil); err != nil {
		return Contracts{}, err
	}
	lic := NewLicenceNFT()
	if c.Licences, err = deploy("LicenceNFT", &LicenceNFTMetaData, lic.PackConstructor(c.Registry)); err != nil {
		return Contracts{}, err
	}
	fees := t.FeeRecipient
	if fees == (common.Address{}) {
		fees = from
	}
	input := NewUsageSettlement().PackConstructor(c.Token, c.Registry, c.Licences, fees, t.FeeBps, t.OperatorBps, uint64(t.WithdrawDelay/time.Second))
	if c.Settlement, err = deploy("UsageSettlement", &UsageSettlementMetaData, input); err != nil {
		return Contracts{}, err
	}
	tx, err := bind.Transact(lic.Instance(backend, c.Licences), opts(), lic.PackSetSettlement(c.Settlement))
	if err != nil {
		return Contracts{}, fmt.Errorf("link the licences to settlement: %w", err)
	}
	r, err := bind.WaitMined(ctx, backend, tx.Hash())
	if err != nil {
		return Contracts{}, fmt.Errorf("link the licences to settlement: %w", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return Contracts{}, errors.New("link the licences to settlement: the transaction failed")
	}
	return c, nil
}
