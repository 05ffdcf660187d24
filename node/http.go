package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	goruntime "runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/cerestack/cere/audit"
	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/webui"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-datastore"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// maxSignedBody bounds the body of a write that must be read whole to check
// its signature.
const maxSignedBody = 8 << 20

func (n *Node) routes() (http.Handler, error) {
	mux := http.NewServeMux()
	if err := n.blockRoutes(mux); err != nil {
		return nil, err
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(n.registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /api/v1/status", n.handleStatus)
	mux.HandleFunc("GET /api/v1/peers", n.handlePeers)
	mux.HandleFunc("GET /api/v1/events", n.handleEvents)
	mux.HandleFunc("POST /api/v1/scripts/run", n.handleScriptRun)
	mux.HandleFunc("POST /api/v1/rules/test", n.handleRuleTest)
	mux.HandleFunc("GET /api/v1/audit", n.handleAudit)
	mux.HandleFunc("POST /api/v1/audit/verify", n.handleAuditVerify)
	mux.HandleFunc("GET /api/v1/errors", n.handleErrors)
	n.workflowRoutes(mux)
	n.agentRoutes(mux)
	n.chainRoutes(mux)
	mux.HandleFunc("GET /api/v1/stream", n.handleStream)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		// Nothing else matched: a path served for other methods is a 405.
		var allow []string
		for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
			probe := r.Clone(r.Context())
			probe.Method = m
			if _, pattern := mux.Handler(probe); pattern != "/api/" && pattern != "/" {
				allow = append(allow, m)
			}
		}
		if len(allow) > 0 {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			writeError(w, http.StatusMethodNotAllowed, r.Method+" "+r.URL.Path+": allowed: "+strings.Join(allow, ", "), "")
			return
		}
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
	loopback := false
	if addr, ok := n.apiLn.Addr().(*net.TCPAddr); ok {
		loopback = addr.IP.IsLoopback()
	}
	return authorize(recoverPanics(mux, n.errs, n.log), loopback, n.cfg.API.Auth, &replayCache{ds: n.store.DS}), nil
}

// recoverPanics turns a handler's panic into a 500 for the caller and an
// error group, with its stack, for the operator; the node keeps running.
func recoverPanics(next http.Handler, errs *audit.Errors, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v) // net/http's own way to abort a response
			}
			msg := fmt.Sprint(v)
			log.Error("panic in an API handler", "method", r.Method, "path", r.URL.Path, "panic", msg)
			if errs != nil {
				// Group by the route, not the path: ids in paths would make a group each.
				where := r.Pattern
				if where == "" {
					where = r.Method + " " + r.URL.Path
				}
				_ = errs.Capture(audit.Occurrence{Kind: "node", Location: where, Message: "panic: " + msg, Stack: string(debug.Stack())})
			}
			writeError(w, http.StatusInternalServerError, "internal error (recorded; see cere errors)", "")
		}()
		next.ServeHTTP(w, r)
	})
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
		OS:           goruntime.GOOS,
		Arch:         goruntime.GOARCH,
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

// authorize guards the API. On loopback, local callers are trusted (as the
// ipfs and docker daemons trust them), but only when they address the node by
// a loopback name (a DNS-rebound name is refused) and, for writes, not from
// another site's page (Origin, Sec-Fetch-Site): a browser is a local caller
// that runs anyone's code. Elsewhere reads pass, and a write passes only with
// a fresh wallet signature over exactly this request, used once.
func authorize(next http.Handler, loopback, auth bool, seen *replayCache) http.Handler {
	if loopback {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			host, _, err := net.SplitHostPort(r.Host)
			if err != nil {
				host = r.Host
			}
			if !isLoopbackHost(strings.Trim(host, "[]")) {
				writeError(w, http.StatusForbidden, "host "+r.Host+" is not a loopback name; this API answers only 127.0.0.1, [::1] and localhost", "Host")
				return
			}
			if !isRead(r.Method) && crossSite(r) {
				writeError(w, http.StatusForbidden, "a write from another site's page is refused", "Origin")
				return
			}
			next.ServeHTTP(w, r)
		})
	}
	if !auth {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isRead(r.Method) {
			next.ServeHTTP(w, r)
			return
		}
		if r.Header.Get(api.AuthHeader) == "" && strings.HasPrefix(r.URL.Path, "/hooks/") {
			// A webhook decides for itself: its token, or a signature.
			next.ServeHTTP(w, r)
			return
		}
		if r.Header.Get(api.AuthHeader) == "" {
			writeError(w, http.StatusUnauthorized, "this API is not on loopback, so writes need a "+api.AuthHeader+" header signed by a wallet", api.AuthHeader)
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
		addr, key, err := api.VerifyRequest(r, body, now)
		if err != nil {
			writeError(w, http.StatusUnauthorized, err.Error(), api.AuthHeader)
			return
		}
		if fresh, err := seen.add(r.Context(), key); err != nil {
			writeError(w, http.StatusInternalServerError, "replay check: "+err.Error(), "")
			return
		} else if !fresh {
			writeError(w, http.StatusUnauthorized, "this signed request was already used; sign each request anew", api.AuthHeader)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), callerKey{}, addr)))
	})
}

func isRead(method string) bool {
	return method == http.MethodGet || method == http.MethodHead || method == http.MethodOptions
}

// crossSite reports whether a browser says the request comes from a page of
// another origin than the one it is sent to.
func crossSite(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" || site == "same-site" {
		return true
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		return false // not a browser, or a same-origin GET-like request
	}
	u, err := url.Parse(origin)
	return err != nil || u.Host != r.Host
}

// replayCache remembers the signed requests already served for as long as
// their signatures count as fresh, in the store so that a restart does not
// reopen the window.
type replayCache struct {
	mu sync.Mutex
	ds replayStore
}

// replayStore is the part of the datastore the cache needs.
type replayStore interface {
	Has(ctx context.Context, key datastore.Key) (bool, error)
	PutWithTTL(ctx context.Context, key datastore.Key, value []byte, ttl time.Duration) error
}

// add records key and reports whether it was new.
func (c *replayCache) add(ctx context.Context, key string) (bool, error) {
	k := datastore.NewKey("/api/replay/" + key)
	c.mu.Lock()
	defer c.mu.Unlock()
	used, err := c.ds.Has(ctx, k)
	if err != nil || used {
		return false, err
	}
	return true, c.ds.PutWithTTL(ctx, k, nil, 2*api.MaxAuthSkew)
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
