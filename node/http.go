package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/webui"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// maxSignedBody bounds the body of a write that must be read whole to check
// its signature.
const maxSignedBody = 8 << 20

func (n *Node) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(n.registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /api/v1/status", n.handleStatus)
	mux.HandleFunc("GET /api/v1/peers", n.handlePeers)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.Method+" "+r.URL.Path, "")
	})
	dashboard := webui.Handler()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			writeError(w, http.StatusMethodNotAllowed, r.Method+" "+r.URL.Path+": the dashboard only answers GET", "")
			return
		}
		dashboard.ServeHTTP(w, r)
	})
	return n.authorize(mux)
}

func (n *Node) handleStatus(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, api.Status{
		PeerID:       n.host.ID().String(),
		Addrs:        n.host.FullAddrs(),
		Wallet:       n.wallet,
		Version:      api.BuildVersion(),
		EDEKKey:      common.Bytes2Hex(n.id.EDEK.PublicKey().Bytes()),
		Dashboard:    n.APIURL() + "/",
		Started:      n.started.UTC(),
		Peers:        len(n.host.Presence.Live()),
		Connections:  len(n.host.Network().Peers()),
		Capabilities: *n.caps.Load(),
		Labels:       n.cfg.P2P.Labels,
	})
}

func (n *Node) handlePeers(w http.ResponseWriter, r *http.Request) {
	live := n.host.Presence.Live()
	out := make([]api.Peer, 0, len(live))
	for _, p := range live {
		id, _ := peer.Decode(p.PeerID)
		out = append(out, api.Peer{
			PeerID:       p.PeerID,
			Addrs:        p.Addrs,
			Version:      p.Version,
			Capabilities: p.Capabilities,
			Labels:       p.Labels,
			Load:         p.Load,
			LastSeen:     p.LastSeen.UTC().Truncate(time.Millisecond),
			Connected:    n.host.Network().Connectedness(id) == network.Connected,
			Score:        n.host.PubSub.Score(id),
		})
	}
	writeJSON(w, http.StatusOK, out)
}

type callerKey struct{}

// Caller returns the wallet that signed the request, when it was signed.
func Caller(ctx context.Context) (common.Address, bool) {
	a, ok := ctx.Value(callerKey{}).(common.Address)
	return a, ok
}

// authorize lets reads through and, unless the API listens on loopback (where
// local callers are trusted, as with the ipfs and docker daemons), lets a
// write through only with a fresh wallet signature that was not seen before.
func (n *Node) authorize(next http.Handler) http.Handler {
	host, _, _ := net.SplitHostPort(n.cfg.API.Listen)
	if isLoopbackHost(host) || !n.cfg.API.Auth {
		return next
	}
	seen := newReplayCache()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
			next.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxSignedBody))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				writeError(w, http.StatusRequestEntityTooLarge, "body over the signed-request limit of 8 MiB", "")
				return
			}
			writeError(w, http.StatusBadRequest, "read body: "+err.Error(), "")
			return
		}
		now := time.Now()
		addr, sig, err := api.VerifyRequest(r, body, now)
		if err != nil {
			writeError(w, http.StatusUnauthorized, err.Error(), api.AuthHeader)
			return
		}
		if !seen.add(string(sig), now) {
			writeError(w, http.StatusUnauthorized, "this signed request was already used; sign each request anew", api.AuthHeader)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), callerKey{}, addr)))
	})
}

// replayCache remembers request signatures for as long as they are fresh.
type replayCache struct {
	mu   sync.Mutex
	seen map[string]time.Time
}

func newReplayCache() *replayCache { return &replayCache{seen: map[string]time.Time{}} }

// add records sig and reports whether it was new.
func (c *replayCache) add(sig string, now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.seen[sig]; ok {
		return false
	}
	if len(c.seen) > 4096 {
		for s, at := range c.seen {
			if now.Sub(at) > 2*api.MaxAuthSkew {
				delete(c.seen, s)
			}
		}
	}
	c.seen[sig] = now
	return true
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg, field string) {
	writeJSON(w, status, api.Error{Message: msg, Field: field})
}
