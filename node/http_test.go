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

// TestAuthorize: bound outside loopback, the API lets reads through, and a
// write only with a fresh, unused wallet signature over exactly its method,
// host, path and body; the handler learns who signed.
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
	h := authorize(echo, false, true, &replayCache{ds: st.DS})
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
	restarted := authorize(echo, false, true, &replayCache{ds: st.DS})
	if code := send(restarted, withHeader(newRequest("POST", "/api/v1/workflows", `{"name":"b"}`), first)); code != 401 {
		t.Errorf("replay after a restart: %d, want 401", code)
	}
	// A request signed for one node is refused by another.
	other := withHeader(newRequest("POST", "/api/v1/workflows", `{"name":"c"}`), signed("POST", "/api/v1/workflows", `{"name":"c"}`, time.Now()))
	other.Host = "192.0.2.11:7350"
	if code := send(h, other); code != 401 {
		t.Errorf("request signed for another node: %d, want 401", code)
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

// TestAuthorizeLoopback: on loopback, local callers are trusted, but not a
// page of another site nor a DNS name rebound to 127.0.0.1.
func TestAuthorizeLoopback(t *testing.T) {
	h := authorize(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}), true, true, nil)
	for _, tc := range []struct {
		name, method, host string
		header             map[string]string
		want               int
	}{
		{"local write", "POST", "127.0.0.1:7350", nil, 200},
		{"localhost read", "GET", "localhost:7350", nil, 200},
		{"ipv6 read", "GET", "[::1]:7350", nil, 200},
		{"dashboard write", "POST", "127.0.0.1:7350", map[string]string{"Origin": "http://127.0.0.1:7350", "Sec-Fetch-Site": "same-origin"}, 200},
		{"rebound name", "GET", "evil.example:7350", nil, 403},
		{"other site's page", "POST", "127.0.0.1:7350", map[string]string{"Origin": "https://evil.example"}, 403},
		{"other local app", "POST", "127.0.0.1:7350", map[string]string{"Sec-Fetch-Site": "same-site"}, 403},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(tc.method, "/api/v1/workflows", bytes.NewReader(nil))
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
