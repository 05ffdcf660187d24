package node

import (
	"bytes"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/audit"
	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/store"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
)

func openStore(t *testing.T, dir string) *store.Store {
	t.Helper()
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// testToken is the API token of the guards under test.
const testToken = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

// testGuard is a node's guard as newGuard builds it, with hosts as the
// names the node answers to.
func testGuard(st *store.Store, loopback bool, hosts ...string) *guard {
	g := &guard{loopback: loopback, token: testToken, node: common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		hosts: map[string]bool{}, anon: make(chan struct{}, maxAnonymous), unverified: make(chan struct{}, maxUnverified),
		cop: http.NewCrossOriginProtection()}
	if st != nil {
		g.seen = &replayCache{ds: st.DS}
	}
	for _, h := range hosts {
		g.hosts[h] = true
	}
	return g
}

// TestAuthorize: bound outside loopback, the API lets reads through, and a
// write only with the API token or a fresh, unused wallet signature over
// exactly its method, host, path, Content-Type, ce-* headers and body,
// addressed to this node; the handler learns who signed.
func TestAuthorize(t *testing.T) {
	const host = "192.0.2.10:7350"
	key, _ := ethcrypto.GenerateKey()
	signer := ethcrypto.PubkeyToAddress(key.PublicKey)
	dir := t.TempDir()
	st := openStore(t, dir)
	var caller string
	echo := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if a, ok := Caller(r.Context()); ok {
			caller = a.Hex()
		}
		w.Write(body)
	})
	h := testGuard(st, false, "192.0.2.10").wrap(echo)
	newRequest := func(method, path, body string) *http.Request {
		r := httptest.NewRequest(method, path, strings.NewReader(body))
		r.Host = host
		return r
	}
	signed := func(method, path, body string, at time.Time) *http.Request {
		r := newRequest(method, path, body)
		if err := api.SignRequest(r, []byte(body), key, at); err != nil {
			t.Fatal(err)
		}
		return r
	}
	withHeader := func(r *http.Request, from *http.Request) *http.Request {
		r.Header.Set(api.AuthHeader, from.Header.Get(api.AuthHeader))
		return r
	}
	send := func(h http.Handler, r *http.Request) int {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code
	}

	if code := send(h, newRequest("GET", "/api/v1/status", "")); code != 200 {
		t.Errorf("unsigned read: %d, want 200", code)
	}
	caller = ""
	if code := send(h, newRequest("POST", "/hooks/0xowner/flow/in", "{}")); code != 200 || caller != "" {
		t.Errorf("unsigned webhook: %d (caller %q), want it passed on unsigned: the hook decides", code, caller)
	}
	if code := send(h, newRequest("POST", "/api/v1/workflows", "{}")); code != 401 {
		t.Errorf("unsigned write: %d, want 401", code)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, signed("POST", "/api/v1/workflows", `{"name":"a"}`, time.Now()))
	if w.Code != 200 || w.Body.String() != `{"name":"a"}` || caller != signer.Hex() {
		t.Errorf("signed write: %d %q caller %s, want 200, the body, and %s", w.Code, w.Body, caller, signer.Hex())
	}
	if code := send(h, signed("POST", "/api/v1/workflows", `{"name":"a"}`, time.Now().Add(-time.Second))); code != 200 {
		t.Errorf("a second, freshly signed write: %d, want 200", code)
	}

	first := signed("POST", "/api/v1/workflows", `{"name":"b"}`, time.Now())
	send(h, first)
	if code := send(h, withHeader(newRequest("POST", "/api/v1/workflows", `{"name":"b"}`), first)); code != 401 {
		t.Errorf("replayed write: %d, want 401", code)
	}
	// The same request with the other valid form of its ECDSA signature.
	twin := newRequest("POST", "/api/v1/workflows", `{"name":"b"}`)
	header := first.Header.Get(api.AuthHeader)
	sigHex := header[strings.Index(header, "sig=")+4:]
	sig := hexutil.MustDecode(sigHex)
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(ethcrypto.S256().Params().N, s).FillBytes(sig[32:64])
	sig[64] ^= 1
	twin.Header.Set(api.AuthHeader, strings.Replace(header, sigHex, hexutil.Encode(sig), 1))
	if code := send(h, twin); code != 401 {
		t.Errorf("replay with the high-s twin signature: %d, want 401", code)
	}
	// A restarted node remembers what it served.
	restarted := testGuard(st, false, "192.0.2.10").wrap(echo)
	if code := send(restarted, withHeader(newRequest("POST", "/api/v1/workflows", `{"name":"b"}`), first)); code != 401 {
		t.Errorf("replay after a restart: %d, want 401", code)
	}
	// A request signed for one node is refused by another, with its own
	// host or the one it was signed for.
	other := withHeader(newRequest("POST", "/api/v1/workflows", `{"name":"c"}`), signed("POST", "/api/v1/workflows", `{"name":"c"}`, time.Now()))
	other.Host = "192.0.2.11:7350"
	if code := send(h, other); code != 401 {
		t.Errorf("request signed for another node: %d, want 401", code)
	}
	elsewhere := newRequest("POST", "/api/v1/workflows", `{"name":"c"}`)
	elsewhere.Host = "192.0.2.11:7350"
	if err := api.SignRequest(elsewhere, []byte(`{"name":"c"}`), key, time.Now()); err != nil {
		t.Fatal(err)
	}
	if code := send(h, elsewhere); code != 401 {
		t.Errorf("request signed for and addressed to another node's name: %d, want 401", code)
	}
	// The signature covers Content-Type and a binary CloudEvent's ce-* headers.
	typed := newRequest("POST", "/api/v1/events", `{}`)
	typed.Header.Set("Content-Type", "application/json")
	typed.Header.Set("Ce-Type", "reading")
	if err := api.SignRequest(typed, []byte(`{}`), key, time.Now()); err != nil {
		t.Fatal(err)
	}
	retyped := withHeader(newRequest("POST", "/api/v1/events", `{}`), typed)
	retyped.Header.Set("Content-Type", "application/json")
	retyped.Header.Set("Ce-Type", "alert.raised")
	if code := send(h, retyped); code != 401 {
		t.Errorf("ce-type changed after signing: %d, want 401", code)
	}
	recontent := withHeader(newRequest("POST", "/api/v1/events", `{}`), typed)
	recontent.Header.Set("Content-Type", "text/plain")
	recontent.Header.Set("Ce-Type", "reading")
	if code := send(h, recontent); code != 401 {
		t.Errorf("Content-Type changed after signing: %d, want 401", code)
	}
	if code := send(h, typed); code != 200 {
		t.Errorf("signed binary CloudEvent: %d, want 200", code)
	}
	// A signed webhook GET runs a workflow: it is used once, like a write.
	hook := signed("GET", "/hooks/0xowner/flow/in", "", time.Now())
	if code := send(h, hook); code != 200 {
		t.Errorf("signed webhook GET: %d, want 200", code)
	}
	if code := send(h, withHeader(newRequest("GET", "/hooks/0xowner/flow/in", ""), hook)); code != 401 {
		t.Errorf("replayed signed webhook GET: %d, want 401", code)
	}
	// A body over the limit is refused by its length, unread.
	big := signed("POST", "/api/v1/events", "{}", time.Now())
	big.ContentLength = maxSignedBody + 1
	if code := send(h, big); code != 413 {
		t.Errorf("signed request declaring %d bytes: %d, want 413", big.ContentLength, code)
	}
	// The API token makes the caller the node's operator; a wrong one is refused.
	caller = ""
	tokened := newRequest("POST", "/api/v1/workflows", `{}`)
	tokened.Header.Set("Authorization", "Bearer "+testToken)
	if code := send(h, tokened); code != 200 || caller != common.HexToAddress("0xaa").Hex() {
		t.Errorf("write with the API token: %d caller %q, want 200 as the node's wallet", code, caller)
	}
	wrong := newRequest("GET", "/api/v1/status", "")
	wrong.Header.Set("Authorization", "Bearer "+strings.Repeat("0", 64))
	if code := send(h, wrong); code != 401 {
		t.Errorf("a wrong API token: %d, want 401", code)
	}
	tampered := withHeader(newRequest("POST", "/api/v1/workflows", `{"name":"evil"}`), signed("POST", "/api/v1/workflows", `{"name":"d"}`, time.Now()))
	if code := send(h, tampered); code != 401 {
		t.Errorf("body changed after signing: %d, want 401", code)
	}
	otherPath := signed("POST", "/api/v1/workflows", `{}`, time.Now())
	otherPath.URL.Path = "/api/v1/events"
	if code := send(h, otherPath); code != 401 {
		t.Errorf("path changed after signing: %d, want 401", code)
	}
	if code := send(h, signed("POST", "/api/v1/workflows", `{}`, time.Now().Add(-10*time.Minute))); code != 401 {
		t.Errorf("stale signature: %d, want 401", code)
	}
}

// TestAuthorizeLoopback: on loopback, a write needs the API token or a
// signature like anywhere else; a page of another site and a DNS name
// rebound to 127.0.0.1 are refused even with a credential, and a webhook's
// GET from another site is refused like its POST.
func TestAuthorizeLoopback(t *testing.T) {
	h := testGuard(nil, true).wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	token := map[string]string{"Authorization": "Bearer " + testToken}
	with := func(a, b map[string]string) map[string]string {
		m := map[string]string{}
		for k, v := range a {
			m[k] = v
		}
		for k, v := range b {
			m[k] = v
		}
		return m
	}
	for _, tc := range []struct {
		name, method, host, path string
		header                   map[string]string
		want                     int
	}{
		{"local write without the token", "POST", "127.0.0.1:7350", "/api/v1/workflows", nil, 401},
		{"local write with the token", "POST", "127.0.0.1:7350", "/api/v1/workflows", token, 200},
		{"local write with another token", "POST", "127.0.0.1:7350", "/api/v1/workflows", map[string]string{"Authorization": "Bearer nope"}, 401},
		{"localhost read", "GET", "localhost:7350", "/api/v1/status", nil, 200},
		{"ipv6 read", "GET", "[::1]:7350", "/api/v1/status", nil, 200},
		{"same-origin write with the token", "POST", "127.0.0.1:7350", "/api/v1/workflows", with(token, map[string]string{"Origin": "http://127.0.0.1:7350", "Sec-Fetch-Site": "same-origin"}), 200},
		{"rebound name", "GET", "evil.example:7350", "/api/v1/status", nil, 403},
		{"other site's page", "POST", "127.0.0.1:7350", "/api/v1/workflows", with(token, map[string]string{"Origin": "https://evil.example"}), 403},
		{"the gateway's sandboxed page", "POST", "127.0.0.1:7350", "/api/v1/events", map[string]string{"Origin": "null", "Sec-Fetch-Site": "cross-site"}, 403},
		{"other local app", "POST", "127.0.0.1:7350", "/api/v1/workflows", with(token, map[string]string{"Sec-Fetch-Site": "same-site"}), 403},
		{"local webhook", "POST", "127.0.0.1:7350", "/hooks/0xowner/flow/in", nil, 200},
		{"webhook GET from another site", "GET", "127.0.0.1:7350", "/hooks/0xowner/flow/in", map[string]string{"Sec-Fetch-Site": "cross-site"}, 403},
		{"webhook GET from another origin", "GET", "127.0.0.1:7350", "/hooks/0xowner/flow/in", map[string]string{"Origin": "https://evil.example"}, 403},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(tc.method, tc.path, bytes.NewReader(nil))
			r.Host = tc.host
			for k, v := range tc.header {
				r.Header.Set(k, v)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != tc.want {
				t.Errorf("%d, want %d: %s", w.Code, tc.want, w.Body)
			}
		})
	}
}

// TestRecoverPanics: a panicking handler answers 500 and leaves an error
// group with its stack; the next request is served.
func TestRecoverPanics(t *testing.T) {
	st := openStore(t, t.TempDir())
	errs, err := audit.OpenErrors(st.DS.DB)
	if err != nil {
		t.Fatal(err)
	}
	h := recoverPanics(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/boom" {
			var items []int
			_ = items[len(r.URL.Path)] // index out of range, as a bug would
		}
	}), errs, slog.New(slog.DiscardHandler))
	for range 3 {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/boom", nil))
		if w.Code != 500 {
			t.Fatalf("panic answered %d, want 500", w.Code)
		}
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/fine", nil))
	if w.Code != 200 {
		t.Fatalf("after panics: %d", w.Code)
	}
	g := errs.Groups("node")
	if len(g) != 1 || g[0].Count != 3 || !strings.Contains(g[0].SampleStack, "TestRecoverPanics") {
		t.Fatalf("groups %+v", g)
	}
}
