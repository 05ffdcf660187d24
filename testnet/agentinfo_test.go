package testnet

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
)

// TestAgentInfo: `cere agent info` says an agent's name is not published
// until `cere agent publish`, then names the wallet that published it, on
// the publishing node and on another node of the same chain that stores
// no version of it. A node without a chain still lists its versions, and
// says why it cannot name an owner.
func TestAgentInfo(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	rpcAddr := ln.Addr().String()
	ln.Close()
	a := Start(t, Options{Chain: true, Args: []string{"--chain-rpc-listen", rpcAddr}})
	wallet := a.Status(t).Wallet
	var built api.AgentBuilt
	a.cliJSON(t, &built, "agent", "build", filepath.Join("..", "examples", "agents", "summarize"), "--output", "json")

	var info api.AgentInfo
	a.cliJSON(t, &info, "agent", "info", "summarize", "--output", "json")
	if info.Name != "summarize" || info.Published || info.Owner != "" || info.Chain != "" || len(info.Versions) != 1 {
		t.Fatalf("before publishing: %+v", info)
	}
	if v := info.Versions[0]; v.Version != "1.0.0" || v.Runtime != "wasm" || v.CID != built.CID || !strings.EqualFold(v.StoredBy, wallet) {
		t.Fatalf("the version stored: %+v (built %s, wallet %s)", v, built.CID, wallet)
	}
	if out, err := a.CLI(t.Context(), "agent", "info", "summarize"); err != nil || !strings.Contains(string(out), "not published") {
		t.Fatalf("agent info before publishing: %v\n%s", err, out)
	}

	a.cliJSON(t, &api.Published{}, "agent", "publish", "summarize@1.0.0", "--output", "json")
	a.cliJSON(t, &info, "agent", "info", "summarize@1.0.0", "--output", "json")
	if !info.Published || !strings.EqualFold(info.Owner, wallet) || info.Chain != "" || len(info.Versions) != 1 {
		t.Fatalf("after publishing from %s: %+v", wallet, info)
	}
	if out, err := a.CLI(t.Context(), "agent", "info", "summarize"); err != nil || !strings.Contains(strings.ToLower(string(out)), strings.ToLower(wallet)) {
		t.Fatalf("agent info after publishing from %s: %v\n%s", wallet, err, out)
	}

	// The owner is the registry's word, not what a node stores.
	status, err := a.CLI(t.Context(), "chain", "status", "--output", "json")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "network.json")
	if err := os.WriteFile(file, status, 0o600); err != nil {
		t.Fatal(err)
	}
	b := Start(t, Options{Chain: true, Args: []string{"--chain-rpc", "http://" + rpcAddr, "--chain-contracts", file}})
	Eventually(t, 20*time.Second, "the second node reads the registry", func() bool {
		b.cliJSON(t, &info, "agent", "info", "summarize", "--output", "json")
		return info.Chain == ""
	})
	if !info.Published || !strings.EqualFold(info.Owner, wallet) || len(info.Versions) != 0 {
		t.Fatalf("on a node that stores no version: %+v (publisher %s)", info, wallet)
	}

	off := Start(t, Options{})
	off.cliJSON(t, &info, "agent", "info", "summarize", "--output", "json")
	if info.Published || info.Owner != "" || !strings.Contains(info.Chain, "without a chain") || info.Versions == nil {
		t.Fatalf("on a node without a chain: %+v", info)
	}
	if out, err := off.CLI(t.Context(), "agent", "info", "summarize"); err != nil || !strings.Contains(string(out), "without a chain") || !strings.Contains(string(out), "no versions") {
		t.Fatalf("agent info without a chain: %v\n%s", err, out)
	}
}
