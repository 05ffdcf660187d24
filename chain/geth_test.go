package chain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// gethBinary finds geth: $CERE_GETH (make test installs geth at its
// pinned version and sets it), else geth on the PATH. Without one the test
// fails in CI and is skipped, saying so, elsewhere.
func gethBinary(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CERE_GETH"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("CERE_GETH: %v", err)
		}
		return p
	}
	if p, err := exec.LookPath("geth"); err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no geth: make test installs it (make tools), or set CERE_GETH")
	}
	t.Skip("no geth: run make test, which installs it into bin/tools, or set CERE_GETH")
	return ""
}

// startGeth runs `geth --dev` with its JSON-RPC on a loopback port, and
// returns a client and the key of its funded developer account.
func startGeth(t *testing.T) (*ethclient.Client, *ecdsa.PrivateKey) {
	bin := gethBinary(t)
	dir := t.TempDir()
	ports := make([]int, 2)
	for i := range ports {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ports[i] = ln.Addr().(*net.TCPAddr).Port
		ln.Close()
	}
	var logs bytes.Buffer
	cmd := exec.Command(bin, "--dev", "--dev.period", "0", "--datadir", dir, "--ipcdisable",
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(ports[0]), "--http.api", "eth,net,web3",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(ports[1]), "--nat", "none", "--verbosity", "2")
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if t.Failed() {
			t.Logf("geth:\n%s", logs.String())
		}
	})
	client, err := ethclient.Dial(fmt.Sprintf("http://127.0.0.1:%d", ports[0]))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := client.ChainID(t.Context()); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("geth --dev did not answer within 30 s:\n%s", logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	// The developer account geth made and funded, with an empty passphrase.
	files, _ := filepath.Glob(filepath.Join(dir, "keystore", "*"))
	if len(files) != 1 {
		t.Fatalf("geth's keystore holds %d files", len(files))
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	key, err := keystore.DecryptKey(data, "")
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "version").Output(); err == nil {
		for _, l := range strings.Split(string(out), "\n") {
			if strings.HasPrefix(l, "Version:") {
				t.Logf("geth %s", strings.TrimSpace(strings.TrimPrefix(l, "Version:")))
			}
		}
	}
	return client, key.PrivateKey
}

// TestGethEndToEnd: against a real `geth --dev` over JSON-RPC, the client
// deploys the contracts (a token of 6 decimals: nothing assumes 18); an
// owner publishes five agent versions and grants a licence; ten payers
// deposit and sign mandates; an operator settles 1,000 metered invocations
// in one transaction; the owner claims. Every balance is exact to the
// unit, and replaying the batch pays nothing.
func TestGethEndToEnd(t *testing.T) {
	rpc, devKey := startGeth(t)
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	newClient := func(key *ecdsa.PrivateKey, c Contracts) *Client {
		return must[*Client](t)(NewClient(ctx, rpc, key, c, Options{Poll: 20 * time.Millisecond}))
	}
	admin := newClient(devKey, Contracts{})
	const supply = 10_000_000_000_000 // 10 million CERE of 6 decimals
	contracts, err := Deploy(ctx, admin, Terms{Decimals: 6, Supply: big.NewInt(supply), FeeBps: 500, OperatorBps: 1000, WithdrawDelay: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	admin = newClient(devKey, contracts)
	ok := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	keys := map[string]*ecdsa.PrivateKey{}
	clients := map[string]*Client{}
	names := []string{"owner", "operator"}
	const payers, versions, perPair = 10, 5, 20
	for p := range payers {
		names = append(names, fmt.Sprint("payer", p))
	}
	for _, n := range names {
		keys[n], _ = crypto.GenerateKey()
		clients[n] = newClient(keys[n], contracts)
		ok(admin.SendETH(ctx, clients[n].From(), big.NewInt(1e18)))
	}
	ok(admin.SetOperator(ctx, clients["operator"].From(), true))
	owner, operator := clients["owner"], clients["operator"]
	reg, lic, set := NewAgentRegistry(), NewLicenceNFT(), NewUsageSettlement()

	// Five versions, priced 100 to 104 units of the token a unit of use.
	for v := range versions {
		ok(owner.Send(ctx, &contracts.Registry, reg.PackPublishVersion(crypto.Keccak256Hash([]byte(fmt.Sprint("agent", v))), "bagu"+fmt.Sprint(v), big.NewInt(int64(100+v))), nil))
	}
	head := must[uint64](t)(rpc.BlockNumber(ctx))
	now := must[*types.Header](t)(rpc.HeaderByNumber(ctx, nil)).Time
	// payer0 uses version 1 under a licence of 50 units.
	r := must[*types.Receipt](t)(owner.Send(ctx, &contracts.Licences, lic.PackGrant(clients["payer0"].From(), big.NewInt(1), nil, 0, now+86400, 50, 0), nil))
	var licence *big.Int
	for _, l := range r.Logs {
		if e, err := lic.UnpackTransferEvent(l); err == nil {
			licence = e.TokenId
		}
	}
	if licence == nil {
		t.Fatal("no licence minted")
	}

	domain := Settlement{ChainID: admin.ChainID(), Address: contracts.Settlement}
	const deposit = 1_000_000
	var mandates []UsageSettlementMandate
	var sigs [][]byte
	var receipts []UsageSettlementReceipt
	for p := range payers {
		name := fmt.Sprint("payer", p)
		payer := clients[name]
		ok(admin.SendCERE(ctx, payer.From(), big.NewInt(deposit)))
		ok(payer.Deposit(ctx, big.NewInt(deposit)))
		md := UsageSettlementMandate{Payer: payer.From(), Cap: big.NewInt(deposit), MaxPrice: big.NewInt(1000), Expiry: now + 3600, Nonce: 1}
		mandates, sigs = append(mandates, md), append(sigs, must[[]byte](t)(Sign(keys[name], domain.MandateDigest(md))))
		for v := range versions {
			rc := UsageSettlementReceipt{Payer: payer.From(), Version: big.NewInt(int64(v + 1)), Licence: new(big.Int), Units: perPair, ComputeMs: perPair * 37, At: now}
			if p == 0 && v == 0 {
				rc.Licence = licence
			}
			receipts = append(receipts, rc)
		}
	}
	SortReceipts(operator.From(), receipts)
	signed := UsageSettlementSigned{Operator: operator.From(), Nonce: 0, Deadline: now + 3600}
	signed.Signature = must[[]byte](t)(Sign(keys["operator"], domain.ReceiptsDigest(operator.From(), signed.Nonce, signed.Deadline, receipts)))
	batch := set.PackSettleBatch(mandates, sigs, signed, receipts)
	r = must[*types.Receipt](t)(operator.Send(ctx, &contracts.Settlement, batch, nil))
	invocations := payers * versions * perPair
	t.Logf("geth --dev: settled %d invocations (%d payers, %d versions) in block %d for %d gas: %d gas an invocation (deployed after block %d)",
		invocations, payers, versions, r.BlockNumber, r.GasUsed, r.GasUsed/uint64(invocations), head)
	for _, l := range r.Logs {
		if e, err := set.UnpackReceiptSkippedEvent(l); err == nil {
			t.Fatalf("receipt %d skipped: %s", e.Index, DecodeRevert(e.Reason[:]))
		}
		if e, err := set.UnpackPayerSkippedEvent(l); err == nil {
			t.Fatalf("payer %s skipped: %s", e.Payer.Hex(), DecodeRevert(e.Reason[:]))
		}
	}

	// What each should hold, as the contract splits it: per version, the
	// fee and the operator's share rounded down, the owner the rest.
	var perPayer, fees, opShare, ownerShare int64
	for v := range versions {
		due := int64(payers * perPair * (100 + v))
		fee, op := due*500/10000, due*1000/10000
		fees, opShare, ownerShare = fees+fee, opShare+op, ownerShare+due-fee-op
		perPayer += perPair * int64(100+v)
	}
	check := func(what string, who common.Address, escrow, claimable int64) {
		t.Helper()
		b := must[Balances](t)(admin.Balances(ctx, who))
		if b.Escrow.Int64() != escrow || b.Claimable.Int64() != claimable {
			t.Fatalf("%s: escrow %s, claimable %s; want %d, %d", what, b.Escrow, b.Claimable, escrow, claimable)
		}
	}
	for p := range payers {
		check(fmt.Sprint("payer", p), clients[fmt.Sprint("payer", p)].From(), deposit-perPayer, 0)
	}
	check("owner", owner.From(), 0, ownerShare)
	check("operator", operator.From(), 0, opShare)
	check("fee recipient", admin.From(), 0, fees)
	if ownerShare+opShare+fees != payers*perPayer {
		t.Fatalf("credits %d, debits %d", ownerShare+opShare+fees, payers*perPayer)
	}
	left := must[RemainingOutput](t)(callInto(ctx, admin, contracts.Licences, lic.PackRemaining(licence), lic.UnpackRemaining))
	if left.Units != 50-perPair {
		t.Fatalf("licence has %d units left, want %d", left.Units, 50-perPair)
	}

	// The same receipts again, signed anew, pay nothing; the same batch
	// again is refused.
	if _, err := operator.Send(ctx, &contracts.Settlement, batch, nil); err == nil {
		t.Fatal("a signed batch was taken twice")
	}
	ok(operator.SettleBatch(ctx, mandates, sigs, receipts))
	check("payer0 after a replay", clients["payer0"].From(), deposit-perPayer, 0)
	check("owner after a replay", owner.From(), 0, ownerShare)

	// The owner claims: exactly what it earned, into its wallet.
	got, _, err := owner.Claim(ctx)
	if err != nil || got.Int64() != ownerShare {
		t.Fatalf("claimed %v: %v; want %d", got, err, ownerShare)
	}
	b := must[Balances](t)(owner.Balances(ctx, owner.From()))
	if b.CERE.Int64() != ownerShare || b.Claimable.Sign() != 0 {
		t.Fatalf("owner after the claim: %+v", b)
	}
	// And the token's supply is all where it should be.
	var held int64
	for _, n := range names {
		held += must[Balances](t)(admin.Balances(ctx, clients[n].From())).CERE.Int64()
	}
	adminHeld := must[Balances](t)(admin.Balances(ctx, admin.From())).CERE.Int64()
	tok := NewCereToken()
	inContract := must[*big.Int](t)(callInto(ctx, admin, contracts.Token, tok.PackBalanceOf(contracts.Settlement), tok.UnpackBalanceOf)).Int64()
	if held+adminHeld+inContract != supply {
		t.Fatalf("the supply is %d, held %d + %d + %d", supply, held, adminHeld, inContract)
	}
}
