package chain

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// TestDeploy: Deploy puts up the four contracts, linked: the licences name
// the settlement contract, which names the token, registry and licences.
func TestDeploy(t *testing.T) {
	c := newSimChain(t, "deployer")
	// The simulated chain mines when asked: mine while Deploy waits.
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	go func() {
		for ctx.Err() == nil {
			c.backend.Commit()
			time.Sleep(20 * time.Millisecond)
		}
	}()
	client := must[*Client](t)(NewClient(ctx, c.client, c.keys["deployer"], Contracts{}, Options{Poll: 10 * time.Millisecond}))
	got, err := Deploy(ctx, client, Terms{Decimals: 6, Supply: big.NewInt(1_000_000), FeeBps: 500, OperatorBps: 1000, WithdrawDelay: 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	for name, a := range map[string]common.Address{"token": got.Token, "registry": got.Registry, "licences": got.Licences, "settlement": got.Settlement} {
		if a == (common.Address{}) {
			t.Fatalf("no %s", name)
		}
	}
	lic, set, tok := NewLicenceNFT(), NewUsageSettlement(), NewCereToken()
	if s := must[common.Address](t)(bind.Call(lic.Instance(c.client, got.Licences), nil, lic.PackSettlement(), lic.UnpackSettlement)); s != got.Settlement {
		t.Fatalf("licences name %s, want %s", s, got.Settlement)
	}
	si := set.Instance(c.client, got.Settlement)
	for what, want := range map[string]common.Address{"token": got.Token, "registry": got.Registry, "licences": got.Licences, "fee recipient": c.addr("deployer")} {
		var call []byte
		var unpack func([]byte) (common.Address, error)
		switch what {
		case "token":
			call, unpack = set.PackToken(), set.UnpackToken
		case "registry":
			call, unpack = set.PackRegistry(), set.UnpackRegistry
		case "licences":
			call, unpack = set.PackLicences(), set.UnpackLicences
		default:
			call, unpack = set.PackFeeRecipient(), set.UnpackFeeRecipient
		}
		if a := must[common.Address](t)(bind.Call(si, nil, call, unpack)); a != want {
			t.Fatalf("settlement's %s %s, want %s", what, a, want)
		}
	}
	if b := must[*big.Int](t)(bind.Call(tok.Instance(c.client, got.Token), nil, tok.PackBalanceOf(c.addr("deployer")), tok.UnpackBalanceOf)); b.Int64() != 1_000_000 {
		t.Fatalf("deployer holds %s", b)
	}
}
