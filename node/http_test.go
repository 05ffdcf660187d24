package node

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
)

// TestAuthorize: bound outside loopback, the API lets reads through, and a
// write only with a fresh, unused wallet signature over exactly its method,
// path and body; the handler learns who signed.
func TestAuthorize(t *testing.T) {
	key, _ := ethcrypto.GenerateKey()
	signer := ethcrypto.PubkeyToAddress(key.PublicKey)
	var cfg Config
	cfg.API.Listen, cfg.API.Auth = "192.0.2.10:7350", true
	n := &Node{cfg: cfg}
	var caller string
	h := n.authorize(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if a, ok := Caller(r.Context()); ok {
			caller = a.Hex()
		}
		w.Write(body)
	}))
	signed := func(method, path, body string, at time.Time) *http.Request {
		r := httptest.NewRequest(method, path, bytes.NewReader([]byte(body)))
		if err := api.SignRequest(r, []byte(body), key, at); err != nil {
			t.Fatal(err)
		}
		return r
	}
	send := func(r *http.Request) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}

	if w := send(httptest.NewRequest("GET", "/api/v1/status", nil)); w.Code != 200 {
		t.Errorf("unsigned read: %d, want 200", w.Code)
	}
	if w := send(httptest.NewRequest("POST", "/api/v1/workflows", bytes.NewReader([]byte("{}")))); w.Code != 401 {
		t.Errorf("unsigned write: %d, want 401", w.Code)
	}
	r := signed("POST", "/api/v1/workflows", `{"name":"a"}`, time.Now())
	if w := send(r); w.Code != 200 || w.Body.String() != `{"name":"a"}` || caller != signer.Hex() {
		t.Errorf("signed write: %d %q caller %s, want 200, the body, and %s", w.Code, w.Body, caller, signer.Hex())
	}
	if w := send(signed("POST", "/api/v1/workflows", `{"name":"a"}`, time.Now().Add(-time.Second))); w.Code != 200 {
		t.Errorf("a second, freshly signed write: %d, want 200", w.Code)
	}

	replay := signed("POST", "/api/v1/workflows", `{"name":"b"}`, time.Now())
	header := replay.Header.Get(api.AuthHeader)
	send(replay)
	again := httptest.NewRequest("POST", "/api/v1/workflows", bytes.NewReader([]byte(`{"name":"b"}`)))
	again.Header.Set(api.AuthHeader, header)
	if w := send(again); w.Code != 401 {
		t.Errorf("replayed write: %d, want 401", w.Code)
	}

	tampered := httptest.NewRequest("POST", "/api/v1/workflows", bytes.NewReader([]byte(`{"name":"evil"}`)))
	tampered.Header.Set(api.AuthHeader, signed("POST", "/api/v1/workflows", `{"name":"c"}`, time.Now()).Header.Get(api.AuthHeader))
	if w := send(tampered); w.Code != 401 {
		t.Errorf("body changed after signing: %d, want 401", w.Code)
	}
	otherPath := signed("POST", "/api/v1/workflows", `{}`, time.Now())
	otherPath.URL.Path = "/api/v1/events"
	if w := send(otherPath); w.Code != 401 {
		t.Errorf("path changed after signing: %d, want 401", w.Code)
	}
	if w := send(signed("POST", "/api/v1/workflows", `{}`, time.Now().Add(-10*time.Minute))); w.Code != 401 {
		t.Errorf("stale signature: %d, want 401", w.Code)
	}
}

// TestAuthorizeLoopback: on loopback, local callers are trusted.
func TestAuthorizeLoopback(t *testing.T) {
	var cfg Config
	cfg.API.Listen, cfg.API.Auth = "127.0.0.1:7350", true
	h := (&Node{cfg: cfg}).authorize(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("POST", "/api/v1/workflows", nil))
	if w.Code != 200 {
		t.Errorf("unsigned local write: %d, want 200", w.Code)
	}
}
