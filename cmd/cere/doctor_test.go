package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/cerestack/cere/node"
)

// TestDoctorChain: doctor says where usage settles, and asks an external
// chain's JSON-RPC for its chain id: answered, it names it; unreachable,
// it fails with the fix.
func TestDoctorChain(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x539"}`))
	}))
	defer srv.Close()
	cfg := node.DefaultConfig(t.TempDir())
	cfg.Chain.Mode, cfg.Chain.RPC = "rpc", srv.URL
	if c := chainCheck(t.Context(), cfg); c.Status != "ok" || !strings.Contains(c.Detail, "chain id 1337") {
		t.Errorf("a chain that answers: %+v", c)
	}
	srv.Close()
	if c := chainCheck(t.Context(), cfg); c.Status != "fail" || c.Fix == "" {
		t.Errorf("a chain that does not answer: %+v", c)
	}
	cfg.Chain.Mode = "off"
	if c := chainCheck(t.Context(), cfg); c.Status != "skip" {
		t.Errorf("the chain off: %+v", c)
	}
	if c := diskCheck(t.TempDir() + "/not/yet"); c.Status == "skip" || !strings.Contains(c.Detail, "GiB free") {
		t.Errorf("disk: %+v", c)
	}
}
