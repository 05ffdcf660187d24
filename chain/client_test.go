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
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// devNetwork is an embedded dev chain with the contracts deployed by
// "admin", and a client for each named wallet.
func devNetwork(t *testing.T, names ...string) (*Dev, map[string]*Client) {
	t.Helper()
	keys := map[string]*ecdsa.PrivateKey{}
	fund := map[common.Address]*big.Int{}
	for _, n := range append([]string{"admin"}, names...) {
		k, _ := crypto.GenerateKey()
		keys[n] = k
		fund[crypto.PubkeyToAddress(k.PublicKey)] = new(big.Int).Lsh(big.NewInt(1), 100)
	}
	dev, err := StartDev(DevOptions{Dir: t.TempDir(), Fund: fund})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dev.Close() })
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	supply, _ := ParseAmount("1000000", 6)
	deployer := must[*Client](t)(NewClient(ctx, dev.Client(), keys["admin"], Contracts{}, Options{Poll: 10 * time.Millisecond}))
	contracts, err := Deploy(ctx, deployer, Terms{Decimals: 6, Supply: supply, FeeBps: 500, OperatorBps: 1000, WithdrawDelay: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	clients := map[string]*Client{}
	for n, k := range keys {
		if clients[n], err = NewClient(ctx, dev.Client(), k, contracts, Options{Poll: 10 * time.Millisecond}); err != nil {
			t.Fatal(err)
		}
	}
	return dev, clients
}

// TestClient: deposit, a withdrawal that waits for its delay, transfers,
// and contract refusals named by their reason, through the client's
// nonce-keeping sender on the embedded dev chain.
func TestClient(t *testing.T) {
	dev, c := devNetwork(t, "alice")
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	admin, alice := c["admin"], c["alice"]
	amount := func(s string) *big.Int { return must[*big.Int](t)(ParseAmount(s, 6)) }

	if _, err := admin.SendCERE(ctx, alice.From(), amount("100")); err != nil {
		t.Fatal(err)
	}
	if _, err := alice.Deposit(ctx, amount("10.5")); err != nil {
		t.Fatal(err)
	}
	b := must[Balances](t)(alice.Balances(ctx, alice.From()))
	if b.Decimals != 6 || FormatAmount(b.CERE, 6) != "89.5" || FormatAmount(b.Escrow, 6) != "10.5" || b.Claimable.Sign() != 0 || b.Withdrawal.Sign() != 0 {
		t.Fatalf("after a deposit: %+v", b)
	}

	// A withdrawal waits for its delay; the refusal says why.
	ready, _, err := alice.RequestWithdraw(ctx, amount("4"))
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Until(ready); d < 59*time.Minute || d > 61*time.Minute {
		t.Fatalf("withdrawable at %s, want in an hour", ready)
	}
	_, _, err = alice.Withdraw(ctx)
	var rev *RevertError
	if !errors.As(err, &rev) || !strings.HasPrefix(rev.Reason, "TooEarly(readyAt=") {
		t.Fatalf("an early withdrawal: %v", err)
	}
	if err := dev.AdjustTime(time.Hour); err != nil {
		t.Fatal(err)
	}
	got, _, err := alice.Withdraw(ctx)
	if err != nil || got.Cmp(amount("4")) != 0 {
		t.Fatalf("withdrew %v: %v", got, err)
	}
	b = must[Balances](t)(alice.Balances(ctx, alice.From()))
	if FormatAmount(b.CERE, 6) != "93.5" || FormatAmount(b.Escrow, 6) != "6.5" {
		t.Fatalf("after withdrawing: %+v", b)
	}

	if _, _, err := alice.Claim(ctx); !errors.As(err, &rev) || rev.Reason != "NothingToClaim()" {
		t.Fatalf("a claim of nothing: %v", err)
	}
	if _, err := alice.SetOperator(ctx, alice.From(), true); !errors.As(err, &rev) || rev.Reason != "NotAdmin()" {
		t.Fatalf("an operator set by a stranger: %v", err)
	}
	if _, err := admin.SetOperator(ctx, alice.From(), true); err != nil {
		t.Fatal(err)
	}
	if ok, err := admin.IsOperator(ctx, alice.From()); err != nil || !ok {
		t.Fatalf("operator: %v %v", ok, err)
	}

	// Someone else sends from the same wallet: the client finds its nonce
	// again rather than failing for good.
	raw, _ := crypto.GenerateKey()
	other := crypto.PubkeyToAddress(raw.PublicKey)
	opts := bind.NewKeyedTransactor(keyOf(alice), alice.ChainID())
	tok := NewCereToken()
	tx, err := bind.Transact(tok.Instance(dev.Client(), alice.Contracts().Token), opts, tok.PackTransfer(other, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, dev.Client(), tx.Hash()); err != nil {
		t.Fatal(err)
	}
	if _, err := alice.SendETH(ctx, other, big.NewInt(1e15)); err != nil {
		t.Fatalf("a send after another sender used the nonce: %v", err)
	}
	if wei, _ := dev.Client().BalanceAt(ctx, other, nil); wei.Cmp(big.NewInt(1e15)) != 0 {
		t.Fatalf("sent %s wei", wei)
	}

	// Over the gas cap: not sent.
	capped := must[*Client](t)(NewClient(ctx, dev.Client(), alice.key, alice.Contracts(), Options{GasCap: 30_000, Poll: 10 * time.Millisecond}))
	if _, err := capped.Deposit(ctx, amount("1")); err == nil || !strings.Contains(err.Error(), "over the cap of 30000") {
		t.Fatalf("over the gas cap: %v", err)
	}
}

func keyOf(c *Client) *ecdsa.PrivateKey { return c.key }

func TestAmounts(t *testing.T) {
	for _, tc := range []struct {
		in   string
		dec  uint8
		want string
	}{
		{"10.5", 18, "10500000000000000000"},
		{"0.000001", 6, "1"},
		{"7", 0, "7"},
		{"0", 18, "0"},
		{".5", 1, "5"},
	} {
		v, err := ParseAmount(tc.in, tc.dec)
		if err != nil || v.String() != tc.want {
			t.Errorf("ParseAmount(%q, %d) = %v, %v; want %s", tc.in, tc.dec, v, err, tc.want)
		}
	}
	for _, bad := range []string{"", "1.", "-1", "1e3", "1.0000001", "x", "1.2.3", "+1"} {
		if v, err := ParseAmount(bad, 6); err == nil {
			t.Errorf("ParseAmount(%q) = %v, want an error", bad, v)
		}
	}
	for _, tc := range []struct {
		v    int64
		dec  uint8
		want string
	}{{10_500_000, 6, "10.5"}, {1, 6, "0.000001"}, {0, 18, "0"}, {5, 0, "5"}, {3_000_000, 6, "3"}} {
		if got := FormatAmount(big.NewInt(tc.v), tc.dec); got != tc.want {
			t.Errorf("FormatAmount(%d, %d) = %s, want %s", tc.v, tc.dec, got, tc.want)
		}
	}
}

// TestClientRetries: behind a JSON-RPC endpoint that fails every third
// request with a 503, and loses the answer to the first raw transaction
// it forwards, the client still sends each transaction once, in order.
func TestClientRetries(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	dev, err := StartDev(DevOptions{Dir: t.TempDir(), Fund: map[common.Address]*big.Int{from: big.NewInt(1e18)}, RPCHost: "127.0.0.1", RPCPort: port})
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()
	target, _ := url.Parse(fmt.Sprintf("http://127.0.0.1:%d", port))
	upstream := httputil.NewSingleHostReverseProxy(target)
	var mu sync.Mutex
	var requests, failed int
	lostAnswer := false
	flaky := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		mu.Lock()
		requests++
		fail := requests%3 == 0
		lose := !fail && !lostAnswer && bytes.Contains(body, []byte("eth_sendRawTransaction"))
		if fail {
			failed++
		}
		if lose {
			lostAnswer = true
		}
		mu.Unlock()
		switch {
		case fail:
			http.Error(w, "overloaded", http.StatusServiceUnavailable)
		case lose:
			// It reaches the chain; its answer does not reach the client.
			upstream.ServeHTTP(httptest.NewRecorder(), r)
			http.Error(w, "bad gateway", http.StatusBadGateway)
		default:
			upstream.ServeHTTP(w, r)
		}
	}))
	defer flaky.Close()
	rpc, err := ethclient.Dial(flaky.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer rpc.Close()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	c := must[*Client](t)(NewClient(ctx, rpc, key, Contracts{}, Options{Poll: 10 * time.Millisecond, Retries: 6}))
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	for range 3 {
		if _, err := c.SendETH(ctx, to, big.NewInt(1000)); err != nil {
			t.Fatal(err)
		}
	}
	if wei, _ := dev.Client().BalanceAt(ctx, to, nil); wei.Int64() != 3000 {
		t.Fatalf("received %s wei, want 3000", wei)
	}
	if n, _ := dev.Client().NonceAt(ctx, from, nil); n != 3 {
		t.Fatalf("nonce %d after three sends, want 3", n)
	}
	mu.Lock()
	defer mu.Unlock()
	if failed == 0 || !lostAnswer {
		t.Fatalf("the endpoint failed %d requests, lost an answer: %v", failed, lostAnswer)
	}
}

// laggingIndex is a chain whose transaction index never catches up, as
// geth's can lag on a chain that mines on demand.
type laggingIndex struct{ *ethclient.Client }

func (laggingIndex) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return nil, errors.New("transaction indexing is in progress")
}

// TestClientIndexLag: with the index unable to answer, the client finds
// its receipts block by block.
func TestClientIndexLag(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	dev, err := StartDev(DevOptions{Dir: t.TempDir(), Fund: map[common.Address]*big.Int{from: big.NewInt(1e18)}})
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	c := must[*Client](t)(NewClient(ctx, laggingIndex{dev.Client()}, key, Contracts{}, Options{Poll: 10 * time.Millisecond}))
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	for range 2 {
		r, err := c.SendETH(ctx, to, big.NewInt(7))
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%+v: %v", r, err)
		}
	}
	if wei, _ := dev.Client().BalanceAt(ctx, to, nil); wei.Int64() != 14 {
		t.Fatalf("received %s wei", wei)
	}
}

// TestSettleBatch: the client publishes a version, signs a mandate and
// settles receipts as operator; a payer over its cap is reported skipped,
// by channel, with the contract's reason.
func TestSettleBatch(t *testing.T) {
	_, c := devNetwork(t, "alice", "bob")
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	admin, alice, bob := c["admin"], c["alice"], c["bob"]
	if _, err := admin.SetOperator(ctx, admin.From(), true); err != nil {
		t.Fatal(err)
	}
	id, _, err := admin.PublishVersion(ctx, "echo", "bafyecho", big.NewInt(10))
	if err != nil || id.Int64() != 1 {
		t.Fatalf("published %v: %v", id, err)
	}
	if got, err := admin.VersionOf(ctx, "echo", "bafyecho", admin.From()); err != nil || got.Cmp(id) != 0 {
		t.Fatalf("version of: %v %v", got, err)
	}
	if got, _ := admin.VersionOf(ctx, "echo", "bafyecho", alice.From()); got != nil {
		t.Fatalf("a version held by another: %v", got)
	}
	var mandates []UsageSettlementMandate
	var sigs [][]byte
	for _, p := range []*Client{alice, bob} {
		if _, err := admin.SendCERE(ctx, p.From(), big.NewInt(1000)); err != nil {
			t.Fatal(err)
		}
		if _, err := p.Deposit(ctx, big.NewInt(1000)); err != nil {
			t.Fatal(err)
		}
	}
	// alice may pay 500, bob 50.
	for _, pc := range []struct {
		p   *Client
		cap int64
	}{{alice, 500}, {bob, 50}} {
		// The mandate names the operator: the admin's wallet, here.
		m := UsageSettlementMandate{Payer: pc.p.From(), Operator: admin.From(), Cap: big.NewInt(pc.cap), MaxPrice: big.NewInt(10), Expiry: uint64(time.Now().Add(time.Hour).Unix()), Nonce: 1}
		sig, err := Sign(pc.p.key, Settlement{ChainID: admin.ChainID(), Address: admin.Contracts().Settlement}.MandateDigest(m))
		if err != nil {
			t.Fatal(err)
		}
		mandates, sigs = append(mandates, m), append(sigs, sig)
	}
	at := uint64(time.Now().Unix() - 1)
	receipts := []UsageSettlementReceipt{
		{Payer: alice.From(), Version: id, Licence: new(big.Int), Units: 7, ComputeMs: 70, At: at},
		{Payer: bob.From(), Version: id, Licence: new(big.Int), Units: 9, ComputeMs: 90, At: at},
	}
	b, err := admin.SettleBatch(ctx, mandates, sigs, receipts)
	if err != nil {
		t.Fatal(err)
	}
	if b.Paid.Int64() != 70 || len(b.Skipped) != 1 || b.Skipped[Channel{bob.From(), "1"}] != "OverCap" {
		t.Fatalf("paid %s, skipped %v", b.Paid, b.Skipped)
	}
	// Each batch takes the operator's next nonce: a second one goes through.
	// (SettleBatch sorted the receipts.)
	mine := receipts[:1]
	if receipts[0].Payer != alice.From() {
		mine = receipts[1:]
	}
	mine[0].Units = 8
	if b, err := admin.SettleBatch(ctx, mandates, sigs, mine); err != nil || b.Paid.Int64() != 10 {
		t.Fatalf("a second batch: paid %v, %v", b.Paid, err)
	}
	if m, _, err := alice.NewMandate(ctx, big.NewInt(900), big.NewInt(10), time.Now(), time.Now().Add(time.Hour)); err != nil || m.Nonce != 2 || m.Operator != alice.From() {
		t.Fatalf("a new mandate: %+v %v", m, err)
	}
	// alice revokes her mandate: her usage from then on is not paid.
	rr, err := alice.RevokeMandate(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	// (The dev chain's clock runs ahead of this one when it mines fast.)
	revoked := must[*types.Header](t)(alice.RPC().HeaderByNumber(ctx, rr.BlockNumber)).Time
	mine[0].Units, mine[0].At = 9, revoked
	if b, err := admin.SettleBatch(ctx, mandates, sigs, mine); err != nil || b.Paid.Sign() != 0 || b.Skipped[Channel{alice.From(), "1"}] != "MandateExpired" {
		t.Fatalf("after the revocation: paid %v, skipped %v, %v", b.Paid, b.Skipped, err)
	}
	if m, _, err := alice.NewMandate(ctx, big.NewInt(900), big.NewInt(10), time.Now(), time.Now().Add(time.Hour)); err != nil || m.Nonce != 2 {
		t.Fatalf("a mandate after the revocation: %+v %v", m, err)
	}
}

// TestAgentOwner: a name belongs to the wallet that first published a
// version of it, and the client says which (zero before anyone has).
func TestAgentOwner(t *testing.T) {
	_, c := devNetwork(t, "alice")
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	admin, alice := c["admin"], c["alice"]
	if o, err := alice.AgentOwner(ctx, "echo"); err != nil || o != (common.Address{}) {
		t.Fatalf("owner of an unpublished name: %s %v", o.Hex(), err)
	}
	if _, _, err := alice.PublishVersion(ctx, "echo", "bafyecho", big.NewInt(10)); err != nil {
		t.Fatal(err)
	}
	_, _, err := admin.PublishVersion(ctx, "echo", "bafyother", big.NewInt(1))
	var re *RevertError
	if !errors.As(err, &re) || !strings.HasPrefix(re.Reason, "NotAgentOwner(") {
		t.Fatalf("another wallet published under alice's name: %v", err)
	}
	if o, err := admin.AgentOwner(ctx, "echo"); err != nil || o != alice.From() {
		t.Fatalf("owner of echo: %s %v, want alice %s", o.Hex(), err, alice.From().Hex())
	}
}
