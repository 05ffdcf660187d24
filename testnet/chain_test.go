package testnet

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/store"
)

// TestEmbeddedChain: a daemon on its embedded dev chain, through the CLI.
// Its wallet is funded and its contracts deployed on the first start; a
// deposit, transfers and a withdrawal request move exact amounts; the
// contracts refuse what they should, with their reason; after a restart
// the contracts and every balance are unchanged. A second node shares the
// first one's chain over its JSON-RPC with --chain-rpc and
// --chain-contracts.
func TestEmbeddedChain(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	rpcAddr := ln.Addr().String()
	ln.Close()
	a := Start(t, Options{Chain: true, Args: []string{"--chain-rpc-listen", rpcAddr}})

	var st api.ChainStatus
	a.cliJSON(t, &st, "chain", "status", "--output", "json")
	if st.Mode != "embedded" || st.ChainID != 1337 || st.Contracts == nil || !st.Operator || st.Decimals != 18 || st.Error != "" {
		t.Fatalf("chain status: %+v", st)
	}
	var b api.Balance
	a.cliJSON(t, &b, "balance", "--output", "json")
	if b.CERE != "1000000" || b.Escrow != "0" || b.Claimable != "0" || !strings.HasPrefix(b.ETH, "999.99") || !strings.EqualFold(b.Wallet, a.Status(t).Wallet) {
		t.Fatalf("first balance: %+v", b)
	}

	var tx api.ChainTx
	a.cliJSON(t, &tx, "deposit", "12.5", "--output", "json")
	if tx.Amount != "12.5" || !strings.HasPrefix(tx.Tx, "0x") || tx.Block == 0 {
		t.Fatalf("deposit: %+v", tx)
	}
	friend := "0x00000000000000000000000000000000000f00d5"
	a.cliJSON(t, &tx, "wallet", "send", friend, "3.25", "--token", "cere", "--output", "json")
	a.cliJSON(t, &tx, "wallet", "send", friend, "0.5", "--token", "eth", "--output", "json")
	var fb api.Balance
	a.cliJSON(t, &fb, "balance", "--address", friend, "--output", "json")
	if fb.CERE != "3.25" || fb.ETH != "0.5" || fb.Escrow != "0" {
		t.Fatalf("the friend's balance: %+v", fb)
	}
	a.cliJSON(t, &tx, "withdraw", "2", "--output", "json")
	if tx.ReadyAt == nil || tx.Until == nil || time.Until(*tx.ReadyAt) < 59*time.Minute || tx.Until.Sub(*tx.ReadyAt) != time.Hour {
		t.Fatalf("withdrawal request: %+v", tx)
	}
	a.cliJSON(t, &b, "balance", "--output", "json")
	if b.CERE != "999984.25" || b.Escrow != "12.5" || b.Withdrawal == nil || b.Withdrawal.Amount != "2" {
		t.Fatalf("balance after the writes: %+v", b)
	}

	// Refusals say why, and change nothing.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"withdraw", "--finish"}, "TooEarly(readyAt="},
		{[]string{"claim"}, "NothingToClaim()"},
		{[]string{"deposit", "ten"}, "amount: \"ten\" is not an amount"},
		{[]string{"deposit", "1.0000000000000000001"}, "more than 18 decimal places"},
		{[]string{"wallet", "send", "0x1234", "1"}, "to: \"0x1234\" is not a 0x address"},
		{[]string{"wallet", "send", friend, "1", "--token", "btc"}, "--token \"btc\": want eth or cere"},
		{[]string{"deposit", "2000000"}, "the wallet holds 999984.25 CERE, less than the 2000000 to deposit"},
		{[]string{"wallet", "send", friend, "2000000", "--token", "cere"}, "the wallet holds 999984.25 CERE, less than the 2000000 to send"},
		{[]string{"wallet", "send", friend, "5000", "--token", "eth"}, "ETH, less than the 5000 to send"},
	} {
		if out, err := a.CLI(t.Context(), tc.args...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Fatalf("cere %s: %v\n%s", strings.Join(tc.args, " "), err, out)
		}
	}
	var same api.Balance
	a.cliJSON(t, &same, "balance", "--output", "json")
	if same.CERE != b.CERE || same.Escrow != b.Escrow || same.ETH != b.ETH {
		t.Fatalf("refusals changed balances: %+v, was %+v", same, b)
	}

	// A second node uses the first one's chain.
	status, err := a.CLI(t.Context(), "chain", "status", "--output", "json")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "network.json")
	if err := os.WriteFile(file, status, 0o600); err != nil {
		t.Fatal(err)
	}
	bnode := Start(t, Options{Chain: true, Args: []string{"--chain-rpc", "http://" + rpcAddr, "--chain-contracts", file}})
	var bst api.ChainStatus
	Eventually(t, 20*time.Second, "the second node reaches the chain", func() bool {
		bnode.cliJSON(t, &bst, "chain", "status", "--output", "json")
		return bst.Contracts != nil
	})
	if bst.Mode != "rpc" || *bst.Contracts != *st.Contracts || bst.Operator {
		t.Fatalf("the second node's chain: %+v", bst)
	}
	bwallet := bnode.Status(t).Wallet
	a.cliJSON(t, &tx, "wallet", "send", bwallet, "1", "--token", "eth", "--output", "json")
	a.cliJSON(t, &tx, "wallet", "send", bwallet, "40", "--token", "cere", "--output", "json")
	bnode.cliJSON(t, &tx, "deposit", "30", "--output", "json")
	var bb api.Balance
	bnode.cliJSON(t, &bb, "balance", "--output", "json")
	if bb.CERE != "10" || bb.Escrow != "30" {
		t.Fatalf("the second node's balance: %+v", bb)
	}
	bnode.Kill(t)

	// A restart: the same chain, contracts and balances.
	a.cliJSON(t, &b, "balance", "--output", "json")
	var before api.ChainStatus
	a.cliJSON(t, &before, "chain", "status", "--output", "json")
	if _, code := a.Stop(t); code != 0 {
		t.Fatalf("exit code %d", code)
	}
	a.Restart(t)
	var after api.ChainStatus
	a.cliJSON(t, &after, "chain", "status", "--output", "json")
	if *after.Contracts != *before.Contracts || after.Block != before.Block || !after.Operator {
		t.Fatalf("after a restart: %+v, before %+v", after, before)
	}
	var again api.Balance
	a.cliJSON(t, &again, "balance", "--output", "json")
	if again.ETH != b.ETH || again.CERE != b.CERE || again.Escrow != b.Escrow || again.Claimable != b.Claimable ||
		again.Withdrawal == nil || *again.Withdrawal != *b.Withdrawal {
		t.Fatalf("balance after a restart: %+v, before %+v", again, b)
	}
	// And it still mines.
	a.cliJSON(t, &tx, "deposit", "0.25", "--output", "json")
	if tx.Block <= before.Block {
		t.Fatalf("a deposit after the restart in block %d, head was %d", tx.Block, before.Block)
	}

	// Killed, not stopped: every block was on disk as it was sealed.
	a.cliJSON(t, &b, "balance", "--output", "json")
	a.Kill(t)
	a.Restart(t)
	a.cliJSON(t, &again, "balance", "--output", "json")
	if again.ETH != b.ETH || again.CERE != b.CERE || again.Escrow != b.Escrow || again.Escrow != "12.75" {
		t.Fatalf("balance after a kill: %+v, before %+v", again, b)
	}
}

// TestSettleUsage: on the embedded chain, through the CLI, a wasm agent's
// version is published at 0.5 CERE an invocation; the node's wallet
// deposits and signs a mandate; its invocations settle on chain in one
// transaction, exactly, and only once; usage over the mandate's cap is
// skipped and said so; what was earned is claimed.
func TestSettleUsage(t *testing.T) {
	n := Start(t, Options{Chain: true, Args: []string{"--chain-settle-every", "0"}})
	var built api.AgentBuilt
	n.cliJSON(t, &built, "agent", "build", filepath.Join("..", "examples", "agents", "summarize"), "--output", "json")
	invoke := func(times int) {
		t.Helper()
		for range times {
			var res api.AgentResult
			n.cliJSON(t, &res, "agent", "invoke", "summarize@1.0.0", "--input", `{"text": "The pump overheated. The pump stopped."}`, "--output", "json")
			if res.Error != "" {
				t.Fatalf("invoke: %+v", res)
			}
		}
	}
	var sum api.Settlement
	settle := func() {
		t.Helper()
		n.cliJSON(t, &sum, "settle", "--output", "json")
	}
	invoke(2)
	settle()
	if sum.Tx != "" || len(sum.Pending) != 1 || !strings.Contains(sum.Pending[0].Reason, "no mandate") || sum.Pending[0].Invocations != 2 {
		t.Fatalf("settled without a mandate: %+v", sum)
	}

	var pub api.Published
	n.cliJSON(t, &pub, "agent", "publish", "summarize@1.0.0", "--price", "0.5", "--output", "json")
	if pub.Version != "1" || pub.Price != "0.5" || pub.CID != built.CID {
		t.Fatalf("published %+v (built %s)", pub, built.CID)
	}
	if _, err := n.CLI(t.Context(), "agent", "publish", "summarize@1.0.0", "--price", "0.5"); err == nil || !strings.Contains(err.Error(), "published already, as version 1") {
		t.Fatalf("a second publish: %v", err)
	}
	var tx api.ChainTx
	n.cliJSON(t, &tx, "deposit", "10", "--output", "json")
	var m api.MandateOut
	n.cliJSON(t, &m, "mandate", "--cap", "3", "--max-price", "1", "--expiry", "24h", "--output", "json")
	if m.Nonce != 1 || m.Cap != "3" || !strings.EqualFold(m.Payer, n.Status(t).Wallet) {
		t.Fatalf("mandate %+v", m)
	}

	invoke(1)
	stream := tail(t, n, "chain.*")
	settle()
	if sum.Tx == "" || sum.Receipts != 1 || sum.Invocations != 3 || sum.Paid != "1.5" || len(sum.Skipped) != 0 || len(sum.Pending) != 0 {
		t.Fatalf("settlement: %+v", sum)
	}
	if msgs := stream(); len(msgs) != 1 || msgs[0].Topic != "chain.settled" || !strings.Contains(fmt.Sprint(msgs[0].Data), sum.Tx) {
		t.Fatalf("on the stream: %+v", msgs)
	}
	var b api.Balance
	n.cliJSON(t, &b, "balance", "--output", "json")
	// The node's wallet is payer, owner, operator and fee recipient here:
	// all that was paid comes back as claimable.
	if b.Escrow != "8.5" || b.Claimable != "1.5" {
		t.Fatalf("balance after settling: %+v", b)
	}
	settle()
	if sum.Tx != "" || sum.Invocations != 0 {
		t.Fatalf("settled twice: %+v", sum)
	}

	// Past the cap (3 CERE: 6 invocations in all): said, not sent.
	invoke(4)
	settle()
	if sum.Tx != "" || len(sum.Pending) != 1 || !strings.Contains(sum.Pending[0].Reason, "over the payer's mandate's cap") || sum.Pending[0].Invocations != 4 {
		t.Fatalf("over the cap: %+v", sum)
	}
	if _, err := n.CLI(t.Context(), "mandate", "--cap", "1", "--max-price", "1"); err == nil || !strings.Contains(err.Error(), "cap: it counts what was paid under earlier mandates too (1.5)") {
		t.Fatalf("a cap under what was paid: %v", err)
	}
	n.cliJSON(t, &b, "balance", "--output", "json")
	if b.Escrow != "8.5" {
		t.Fatalf("escrow after a skipped settlement: %+v", b)
	}
	// A larger mandate lets it through.
	n.cliJSON(t, &m, "mandate", "--cap", "100", "--max-price", "1", "--output", "json")
	settle()
	if sum.Receipts != 1 || sum.Invocations != 4 || sum.Paid != "2" {
		t.Fatalf("after a new mandate: %+v", sum)
	}
	n.cliJSON(t, &tx, "claim", "--output", "json")
	if tx.Amount != "3.5" {
		t.Fatalf("claimed %+v", tx)
	}
}

// TestSettleLostRecord: a node that lost its own record of what settled
// (as when a settlement's answer never came) goes by what the chain
// settled: the next settlement pays only what is new.
func TestSettleLostRecord(t *testing.T) {
	n := Start(t, Options{Chain: true, Args: []string{"--chain-settle-every", "0"}})
	n.cliJSON(t, &api.AgentBuilt{}, "agent", "build", filepath.Join("..", "examples", "agents", "summarize"), "--output", "json")
	invoke := func(times int) {
		t.Helper()
		for range times {
			n.cliJSON(t, &api.AgentResult{}, "agent", "invoke", "summarize@1.0.0", "--input", `{"text": "a. b."}`, "--output", "json")
		}
	}
	n.cliJSON(t, &api.Published{}, "agent", "publish", "summarize@1.0.0", "--price", "0.5", "--output", "json")
	n.cliJSON(t, &api.ChainTx{}, "deposit", "10", "--output", "json")
	n.cliJSON(t, &api.MandateOut{}, "mandate", "--cap", "3", "--max-price", "1", "--expiry", "24h", "--output", "json")
	invoke(4)
	var sum api.Settlement
	n.cliJSON(t, &sum, "settle", "--output", "json")
	if sum.Invocations != 4 || sum.Paid != "2" {
		t.Fatalf("first settlement: %+v", sum)
	}
	if _, code := n.Stop(t); code != 0 {
		t.Fatalf("exit %d", code)
	}
	st, err := store.Open(filepath.Join(n.Dir, "store"))
	if err != nil {
		t.Fatal(err)
	}
	err = st.DS.DB.DropPrefix([]byte("s/s/"))
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	n.Restart(t)
	invoke(1)
	n.cliJSON(t, &sum, "settle", "--output", "json")
	if sum.Receipts != 1 || sum.Invocations != 1 || sum.Paid != "0.5" || len(sum.Pending) != 0 {
		t.Fatalf("after the record was lost: %+v", sum)
	}
	var b api.Balance
	n.cliJSON(t, &b, "balance", "--output", "json")
	if b.Escrow != "7.5" {
		t.Fatalf("escrow %s, want 7.5", b.Escrow)
	}
}
