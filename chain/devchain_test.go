package chain

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestDevChainRestart: the embedded dev chain mines what is sent to it,
// and after a restart on the same data dir its head, balances and
// contracts are where they were.
func TestDevChainRestart(t *testing.T) {
	dir := t.TempDir()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	fund := map[common.Address]*big.Int{from: new(big.Int).Lsh(big.NewInt(1), 100)}
	dev, err := StartDev(DevOptions{Dir: dir, Fund: fund})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	client := must[*Client](t)(NewClient(ctx, dev.Client(), key, Contracts{}, Options{Poll: 10 * time.Millisecond}))
	contracts, err := Deploy(ctx, client, Terms{Decimals: 18, Supply: big.NewInt(5), FeeBps: 500, OperatorBps: 1000, WithdrawDelay: time.Hour})
	if err != nil {
		dev.Close()
		t.Fatal(err)
	}
	head, err := dev.Client().BlockNumber(ctx)
	if err != nil || head < 5 {
		dev.Close()
		t.Fatalf("head %d after deploying: %v", head, err)
	}
	balance, _ := dev.Client().BalanceAt(ctx, from, nil)
	if err := dev.Close(); err != nil {
		t.Fatal(err)
	}

	dev, err = StartDev(DevOptions{Dir: dir, Fund: map[common.Address]*big.Int{}})
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()
	if again, err := dev.Client().BlockNumber(ctx); err != nil || again != head {
		t.Fatalf("head %d after a restart, want %d: %v", again, head, err)
	}
	if b, _ := dev.Client().BalanceAt(ctx, from, nil); b.Cmp(balance) != 0 {
		t.Fatalf("balance %s after a restart, want %s", b, balance)
	}
	tok := NewCereToken()
	if got := must[*big.Int](t)(bind.Call(tok.Instance(dev.Client(), contracts.Token), nil, tok.PackBalanceOf(from), tok.UnpackBalanceOf)); got.Int64() != 5 {
		t.Fatalf("token balance %s after a restart", got)
	}
	// And it still mines. (Through the client: geth's transaction index
	// can lag after a restart, and bind.WaitMined waits on it alone.)
	again := must[*Client](t)(NewClient(ctx, dev.Client(), key, contracts, Options{Poll: 10 * time.Millisecond}))
	if r, err := again.SendCERE(ctx, common.Address{1}, big.NewInt(1)); err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("a transfer after the restart: %v", err)
	}
}
