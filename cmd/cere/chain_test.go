package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/google/uuid"
)

// TestChainDeploy: `cere chain deploy` against a chain's JSON-RPC (a
// simulated chain served on loopback) prints the four contracts, each with
// code at its address.
func TestChainDeploy(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	backend := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}},
		func(nc *node.Config, _ *ethconfig.Config) {
			nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = "127.0.0.1", port, []string{"eth", "net", "web3"}
		})
	defer backend.Close()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	go func() { // the simulated chain mines when asked
		for ctx.Err() == nil {
			backend.Commit()
			time.Sleep(20 * time.Millisecond)
		}
	}()

	dir := t.TempDir()
	ks, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: from, PrivateKey: key}, "pw", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	wallet := filepath.Join(dir, "wallet.json")
	if err := os.WriteFile(wallet, ks, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CERE_PASSPHRASE", "pw")
	rpc := fmt.Sprintf("http://127.0.0.1:%d", port)

	if code, _, stderr := cere(t, "chain", "deploy", "--keystore", wallet); code != 2 || !strings.Contains(stderr, "--rpc") {
		t.Fatalf("no --rpc: %d %s", code, stderr)
	}
	code, stdout, stderr := cere(t, "chain", "deploy", "--rpc", rpc, "--keystore", wallet, "--decimals", "6", "--supply", "1000", "--output", "json")
	if code != 0 {
		t.Fatalf("deploy: %d %s", code, stderr)
	}
	var got map[string]common.Address
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || len(got) != 4 {
		t.Fatalf("output %q: %v", stdout, err)
	}
	for name, addr := range got {
		code, err := backend.Client().CodeAt(t.Context(), addr, nil)
		if err != nil || len(code) == 0 {
			t.Fatalf("%s at %s: no code (%v)", name, addr, err)
		}
	}
}
