package node

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	goruntime "runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/cerestack/cere/audit"
	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/webui"
	"github.com/cerestack/cere/workflow"
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
	n.blockRoutes(mux)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
	})
	mux.Handle("GET /metrics", n.private(promhttp.HandlerFor(n.registry, promhttp.HandlerOpts{})))
	mux.HandleFunc("GET /api/v1/status", n.handleStatus)
	mux.HandleFunc("GET /api/v1/peers", n.handlePeers)
	n.eventRoutes(mux)
	// Scripts and rules run here with the node's processor time.
	mux.HandleFunc("POST /api/v1/scripts/run", n.operatorOnly(n.handleScriptRun)) // scripts_http.go
	mux.HandleFunc("POST /api/v1/rules/test", n.operatorOnly(n.handleRuleTest))   // rules_http.go
	n.auditRoutes(mux)
	n.workflowRoutes(mux)
	n.agentRoutes(mux)
	n.chainRoutes(mux)
	n.streamRoutes(mux)
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
	return n.guard.wrap(recoverPanics(nosniff(mux), n.errs, n.log))
}

// newGuard builds the API's guard from the config (see auth.go).
func (n *Node) newGuard(token string) *guard {
	loopback := n.loopbackAPI()
	ops := map[common.Address]bool{}
	for _, a := range n.cfg.API.Operators {
		ops[common.HexToAddress(a)] = true
	}
	return &guard{
		loopback:   loopback,
		trustLocal: loopback && !n.cfg.API.Auth,
		token:      token,
		node:       common.HexToAddress(n.wallet),
		operators:  ops,
		hosts:      ownHosts(n.apiLn.Addr(), n.cfg.API.Hosts),
		openReads:  n.cfg.API.OpenReads,
		seen:       &replayCache{ds: n.store.DS},
		anon:       make(chan struct{}, maxAnonymous),
		unverified: make(chan struct{}, maxUnverified),
		// The admission is made after the guard; requests come later still.
		class:  func(a common.Address) workflow.Class { return n.admission.class(a.Hex()) },
		guests: newGuestGate(n.cfg.Quotas.GuestRequests, n.cfg.Quotas.GuestsRequests, n.guestShare),
		cop:    http.NewCrossOriginProtection(),
	}
}

// nosniff makes browsers take every answer for the type it declares: no
// answer of the API is ever run as a page or a script.
func nosniff(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		next.ServeHTTP(w, r)
	})
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
		Gateway:      n.GatewayURL(),
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
