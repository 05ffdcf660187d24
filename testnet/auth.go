package testnet

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cerestack/cere/node/api"
)

// Token returns the node's API token, as its operator reads it from the
// data dir.
func (n *Node) Token(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(n.Dir, "api.token") /* node.TokenFile */)
	if err != nil {
		t.Fatalf("api token: %v", err)
	}
	return strings.TrimSpace(string(data))
}

// Post sends body to the node's API at path as its operator does, with the
// API token.
func (n *Node) Post(t testing.TB, path, contentType string, body io.Reader) (*http.Response, error) {
	t.Helper()
	req, err := http.NewRequestWithContext(context.Background(), http.MethodPost, n.API+path, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("Authorization", api.BearerPrefix+n.Token(t))
	return http.DefaultClient.Do(req)
}

// Gateway returns the base URL of the node's IPFS gateway.
func (n *Node) Gateway(t testing.TB) string {
	t.Helper()
	gw := n.Status(t).Gateway
	if gw == "" {
		t.Fatal("the node serves no gateway")
	}
	return gw
}
