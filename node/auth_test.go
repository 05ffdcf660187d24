package node

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/coder/websocket"
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
	n.guard.hosts = map[string]bool{host: true}
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

// TestAnonymousPerAddress: one remote address (an IPv6 caller's /64) holds
// at most maxAnonymousPerAddr of the anonymous slots, so slow answers to
// it leave the others to everyone else; callers from loopback share the
// whole 64; a slot is free again once its answer is done.
func TestAnonymousPerAddress(t *testing.T) {
	hold := make(chan struct{})
	entered := make(chan struct{}, maxAnonymous)
	g := testGuard(nil, false, "192.0.2.10")
	h := g.wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		entered <- struct{}{}
		<-hold
	}))
	get := func(from string) *httptest.ResponseRecorder {
		r := httptest.NewRequest("GET", "/api/v1/status", nil)
		r.RemoteAddr = from
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	var done sync.WaitGroup
	// hang sends a request from each address, each held in the handler.
	hang := func(from ...string) {
		for _, a := range from {
			done.Go(func() {
				if w := get(a); w.Code != http.StatusOK {
					t.Errorf("a held request from %s: %d %s", a, w.Code, w.Body)
				}
			})
			<-entered
		}
	}
	var v4, v6, local []string
	for i := range maxAnonymousPerAddr {
		v4 = append(v4, fmt.Sprintf("198.51.100.1:%d", 40000+i))
		v6 = append(v6, fmt.Sprintf("[2001:db8::%x]:443", i+1))
	}
	for i := range 2 * maxAnonymousPerAddr {
		local = append(local, fmt.Sprintf("127.0.0.1:%d", 40000+i))
	}
	hang(v4...)
	hang(v6...)
	hang(local...)
	for _, from := range []string{"198.51.100.1:50000", "[2001:db8::ffff]:443"} {
		if w := get(from); w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" {
			t.Errorf("a request from %s past its address's part: %d, want 503 with Retry-After", from, w.Code)
		}
	}
	// Other addresses still have theirs.
	hang("198.51.100.2:40000", "[2001:db8:0:1::1]:443")
	close(hold)
	done.Wait()
	if w := get("198.51.100.1:50000"); w.Code != http.StatusOK {
		t.Errorf("a request once the others are done: %d, want 200", w.Code)
	}
	if len(g.anonBy) != 0 || len(g.anon) != 0 {
		t.Errorf("%d addresses and %d slots held with no request in flight", len(g.anonBy), len(g.anon))
	}
}

// TestAnonymousWriteDeadline: an anonymous answer whose reader never reads
// frees its slot once a write has waited the deadline; one whose reader
// reads lasts as long as it takes, past the deadline.
func TestAnonymousWriteDeadline(t *testing.T) {
	g := testGuard(nil, false, "192.0.2.10")
	g.writeIdle = 300 * time.Millisecond
	ended := make(chan error, 1)
	chunk := bytes.Repeat([]byte("x"), 64<<10)
	srv := httptest.NewServer(g.wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			// Ten writes, 100 ms apart: over three deadlines in all.
			for range 10 {
				w.Write(chunk[:1024])
				http.NewResponseController(w).Flush()
				time.Sleep(100 * time.Millisecond)
			}
			return
		}
		for {
			if _, err := w.Write(chunk); err != nil {
				ended <- err
				return
			}
		}
	})))
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/slow")
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || len(body) != 10*1024 {
		t.Fatalf("an answer read as it comes, longer than the deadline: %d bytes, %v; want 10240", len(body), err)
	}

	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET /api/v1/blocks/big HTTP/1.1\r\nHost: 192.0.2.10\r\n\r\n")
	// Never read. Generous: the deadline is 300 ms.
	select {
	case err := <-ended:
		if !errors.Is(err, os.ErrDeadlineExceeded) {
			t.Logf("the unread answer ended with %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("an answer nobody reads still holds its slot after a minute")
	}
	waitFor(t, func() bool { return len(g.anon) == 0 })
}

// TestSignedHost: a signed request addressed to the API's own address at
// another port is refused; the names of api.hosts match at any port.
func TestSignedHost(t *testing.T) {
	for _, tc := range []struct {
		listen *net.TCPAddr
		host   string
		want   bool
	}{
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 7350}, "127.0.0.1:7350", true},
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 7350}, "LOCALHOST:7350", true},
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 7350}, "[::1]:7350", true},
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 7350}, "[0:0::1]:7350", true},
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 7350}, "127.0.0.1:7351", false},
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 7350}, "localhost:8080", false},
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 7350}, "127.0.0.1", false}, // port 80
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 7350}, "proxy.example", true},
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 7350}, "Proxy.Example:443", true},
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 7350}, "[2001:db8::1]:8443", true},
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 7350}, "other.example:7350", false},
		{&net.TCPAddr{IP: net.IPv4(192, 0, 2, 10), Port: 80}, "192.0.2.10", true},
		{&net.TCPAddr{IP: net.IPv4(192, 0, 2, 10), Port: 80}, "192.0.2.10:80", true},
		{&net.TCPAddr{IP: net.IPv4(192, 0, 2, 10), Port: 80}, "192.0.2.10:8080", false},
		{&net.TCPAddr{IP: net.IPv4(192, 0, 2, 10), Port: 80}, "localhost:80", false},
		{&net.TCPAddr{IP: net.IPv4zero, Port: 7350}, "127.0.0.1:7350", true},
		{&net.TCPAddr{IP: net.IPv4zero, Port: 7350}, "127.0.0.1:7352", false},
	} {
		g := &guard{hosts: ownHosts(tc.listen, []string{"Proxy.Example", "2001:db8:0::1"})}
		if got := g.ownHost(tc.host); got != tc.want {
			t.Errorf("listening on %s, Host %s: %v, want %v", tc.listen, tc.host, got, tc.want)
		}
	}

	// Through the guard: the same request, signed for another port of the
	// API's address, is refused.
	key, _ := ethcrypto.GenerateKey()
	g := testGuard(openStore(t, t.TempDir()), false)
	g.hosts = ownHosts(&net.TCPAddr{IP: net.IPv4(192, 0, 2, 10), Port: 7350}, nil)
	h := g.wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	for host, want := range map[string]int{"192.0.2.10:7350": 200, "192.0.2.10:7351": 401} {
		r := httptest.NewRequest("POST", "/api/v1/events", strings.NewReader("{}"))
		r.Host = host
		if err := api.SignRequest(r, []byte("{}"), key, time.Now()); err != nil {
			t.Fatal(err)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != want {
			t.Errorf("signed for %s: %d %s, want %d", host, w.Code, w.Body, want)
		}
	}
}

// TestStreamReplay: a signed request for the live stream is answered once;
// a captured copy replayed is refused, as a write's would be. Other reads
// are still not remembered.
func TestStreamReplay(t *testing.T) {
	key, _ := ethcrypto.GenerateKey()
	cfg := loopbackConfig(t)
	cfg.Blocks.Replicas = 0
	n, err := New(t.Context(), cfg, func(bool) (string, error) { return "stream", nil }, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Stop() })
	signed := func(path string) http.Header {
		r, _ := http.NewRequest("GET", n.APIURL()+path, nil)
		if err := api.SignRequest(r, nil, key, time.Now()); err != nil {
			t.Fatal(err)
		}
		return r.Header
	}
	url := "ws" + strings.TrimPrefix(n.APIURL(), "http") + "/api/v1/stream?topic=error"
	header := signed("/api/v1/stream?topic=error")
	conn, _, err := websocket.Dial(t.Context(), url, &websocket.DialOptions{HTTPHeader: header})
	if err != nil {
		t.Fatalf("a signed stream: %v", err)
	}
	conn.CloseNow()
	_, resp, err := websocket.Dial(t.Context(), url, &websocket.DialOptions{HTTPHeader: header})
	if err == nil || resp == nil || resp.StatusCode != http.StatusUnauthorized {
		code := 0
		if resp != nil {
			code = resp.StatusCode
		}
		t.Fatalf("the same signed stream request again: %d %v, want 401", code, err)
	}
	status := signed("/api/v1/status")
	for i := range 2 {
		r, _ := http.NewRequest("GET", n.APIURL()+"/api/v1/status", nil)
		r.Header = status.Clone()
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("a signed status read, time %d: %d, want 200", i+1, resp.StatusCode)
		}
	}
}
