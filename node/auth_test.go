package node

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
)

// TestRoles: off loopback, a throwaway wallet's valid signature buys
// nothing but what any wallet may do: it cannot pin, unpin, collect, upload,
// add or invoke agents, run scripts, read what the node saw, spend the
// node's wallet or call another owner's token-less webhook; an operator of
// --operators can do an operator's work but not spend the node's wallet; the
// token can do both.
func TestRoles(t *testing.T) {
	operatorKey, _ := ethcrypto.GenerateKey()
	strangerKey, _ := ethcrypto.GenerateKey()
	cfg := loopbackConfig(t)
	cfg.Blocks.Replicas = 0
	cfg.API.Operators = []string{ethcrypto.PubkeyToAddress(operatorKey.PublicKey).Hex()}
	n, err := New(t.Context(), cfg, func(bool) (string, error) { return "roles", nil }, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Stop() })
	// The same node as if its API listened on a public address.
	const host = "198.51.100.7:7350"
	n.guard.loopback = false
	n.guard.hosts = map[string]bool{"198.51.100.7": true}
	h := n.routes()

	const cid = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"
	send := func(method, path, body string, key *ecdsa.PrivateKey, token bool) (int, string) {
		// A pin or a replication let through looks for a DAG nobody has:
		// it ends with its request.
		ctx, cancel := context.WithTimeout(t.Context(), 2*time.Second)
		defer cancel()
		r := httptest.NewRequestWithContext(ctx, method, path, strings.NewReader(body))
		r.Host = host
		r.Header.Set("Content-Type", "application/json")
		if key != nil {
			if err := api.SignRequest(r, []byte(body), key, time.Now()); err != nil {
				t.Fatal(err)
			}
		}
		if token {
			r.Header.Set("Authorization", api.BearerPrefix+n.guard.token)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code, w.Body.String()
	}
	operatorWork := []struct{ method, path, body string }{
		{"POST", "/api/v1/blocks/" + cid + "/pin", ""},
		{"DELETE", "/api/v1/blocks/" + cid + "/pin", ""},
		{"POST", "/api/v1/blocks/gc", "{}"},
		{"POST", "/api/v1/blocks", "bytes"},
		{"POST", "/api/v1/blocks/" + cid + "/replicate", `{"copies": 1}`},
		{"POST", "/api/v1/agents", `{"cid": "` + cid + `"}`},
		{"POST", "/api/v1/agents/x@1.0.0/invoke", `{"input": 1}`},
		{"POST", "/api/v1/scripts/run", `{"source": "return 1"}`},
		{"POST", "/api/v1/rules/test", `{}`},
		{"POST", "/api/v1/audit/verify", `{}`},
	}
	privateReads := []string{"/api/v1/events", "/api/v1/audit", "/api/v1/errors", "/metrics"}
	for _, r := range operatorWork {
		if code, body := send(r.method, r.path, r.body, strangerKey, false); code != http.StatusForbidden {
			t.Errorf("%s %s signed by a throwaway wallet: %d %s, want 403", r.method, r.path, code, body)
		}
		if code, body := send(r.method, r.path, r.body, nil, false); code != http.StatusUnauthorized {
			t.Errorf("%s %s unsigned: %d %s, want 401", r.method, r.path, code, body)
		}
		for who, key := range map[string]*ecdsa.PrivateKey{"an operator": operatorKey, "the token": nil} {
			if code, body := send(r.method, r.path, r.body, key, key == nil); code == http.StatusUnauthorized || code == http.StatusForbidden {
				t.Errorf("%s %s by %s: %d %s, want it let through", r.method, r.path, who, code, body)
			}
		}
	}
	for _, path := range privateReads {
		if code, _ := send("GET", path, "", strangerKey, false); code != http.StatusForbidden {
			t.Errorf("GET %s by a throwaway wallet: %d, want 403", path, code)
		}
		if code, _ := send("GET", path, "", nil, false); code != http.StatusUnauthorized {
			t.Errorf("GET %s unsigned: %d, want 401", path, code)
		}
		if code, _ := send("GET", path, "", operatorKey, false); code != http.StatusOK {
			t.Errorf("GET %s by an operator: %d, want 200", path, code)
		}
	}
	if code, _ := send("GET", "/api/v1/status", "", nil, false); code != http.StatusOK {
		t.Errorf("GET /api/v1/status unsigned: %d, want 200: what is public stays public", code)
	}
	// Spending the node's wallet: the token, or its own signature, only.
	for who, key := range map[string]*ecdsa.PrivateKey{"a throwaway wallet": strangerKey, "an operator": operatorKey} {
		if code, body := send("POST", "/api/v1/chain/send", `{"to": "0x000000000000000000000000000000000000dEaD", "amount": "1", "token": "eth"}`, key, false); code != http.StatusForbidden {
			t.Errorf("chain send by %s: %d %s, want 403", who, code, body)
		}
	}
	if code, body := send("POST", "/api/v1/chain/send", `{"to": "0x000000000000000000000000000000000000dEaD", "amount": "1", "token": "eth"}`, nil, true); code != http.StatusServiceUnavailable {
		t.Errorf("chain send with the token on a node without a chain: %d %s, want 503 (let through, no chain)", code, body)
	}
	// Any wallet may send events, and submit workflows of its own.
	if code, body := send("POST", "/api/v1/events", `{"specversion": "1.0", "id": "e1", "source": "s", "type": "t"}`, strangerKey, false); code != http.StatusAccepted {
		t.Errorf("an event signed by a throwaway wallet: %d %s, want 202", code, body)
	}

	// A token-less webhook off loopback takes only its owner's signature.
	doc := "name: hook\nnodes:\n  - id: in\n    kind: trigger\n    webhook: {path: in}\n"
	if code, body := send("POST", "/api/v1/workflows", `{"document": `+jsonString(doc)+`}`, nil, true); code != http.StatusCreated {
		t.Fatalf("submit with the token: %d %s", code, body)
	}
	hook := "/hooks/" + n.wallet + "/hook/in"
	waitFor(t, func() bool {
		code, _ := send("POST", hook, "{}", operatorKey, false)
		return code != http.StatusNotFound
	})
	if code, body := send("POST", hook, "{}", strangerKey, false); code != http.StatusUnauthorized {
		t.Errorf("another wallet's signature on a token-less webhook: %d %s, want 401", code, body)
	}
	if code, body := send("POST", hook, "{}", nil, false); code != http.StatusUnauthorized {
		t.Errorf("an unsigned call of a token-less webhook off loopback: %d %s, want 401", code, body)
	}
	owner := ethcrypto.ToECDSAUnsafe(ethcrypto.FromECDSA(n.id.Wallet))
	if common.HexToAddress(n.wallet) != ethcrypto.PubkeyToAddress(owner.PublicKey) {
		t.Fatal("the node's wallet key")
	}
	if code, body := send("POST", hook, "{}", owner, false); code/100 != 2 {
		t.Errorf("the owner's signature on its webhook: %d %s, want it run", code, body)
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal("not within 10 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
