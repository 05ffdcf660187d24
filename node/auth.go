package node

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-datastore"
)

// Who may use the API, and what an unauthenticated caller can cost the node.
//
// A request is made by one of:
//   - the node's operator, with the API token (Authorization: Bearer), which
//     the daemon keeps in its data dir and leaves at start where this user's
//     CLI finds it (api.TokenFile): only this user can read either;
//   - a wallet, with a Cere-Auth signature over the request (method, host,
//     path, Content-Type, ce-* headers, body, time), used once;
//   - anyone, with neither.
//
// Loopback alone authorizes nothing: a browser on this machine runs any
// site's code, and other users of the machine reach loopback too. Anyone may
// read what is public (status, peers, workflows, agents, chain state); a
// write needs the token or a signature, and each route then checks the role
// it needs (operators: the token, the node's wallet and api.operators; an
// owner, for what is theirs). Off loopback, the event history, audit,
// errors, stream and metrics need an operator too, unless api.open_reads.

// guard authenticates every API request and bounds what anonymous callers
// may cost: it is the API's outermost handler.
type guard struct {
	loopback bool // the API listens on loopback only
	// trustLocal (api.auth off, loopback only) lets local callers write
	// without a credential; a page of another site is still refused.
	trustLocal bool
	token      string
	node       common.Address
	operators  map[common.Address]bool
	hosts      map[string]bool // the names a signed request may address this node by
	openReads  bool
	seen       *replayCache
	// anon bounds the unauthenticated requests served at once, and
	// unverified the signed ones whose body is read before their
	// signature can be checked.
	anon, unverified chan struct{}
	cop              *http.CrossOriginProtection
}

// maxAnonymous is how many unauthenticated requests the API serves at once
// (the live stream's connections aside: they have their own cap); more wait
// for none and are answered 503.
const maxAnonymous = 64

// maxUnverified is how many signed bodies (of up to 8 MiB) are read at once
// before their signatures are checked: 128 MiB at most.
const maxUnverified = 16

// principal is who an authenticated request acts for.
type principal struct {
	// Wallet is the signer's wallet, or the node's for the API token.
	Wallet common.Address
	// Token is set when the request carried the node's API token.
	Token bool
}

type callerKey struct{}

// Caller returns the wallet an authenticated request acts for: its signer's,
// or the node's own for the API token.
func Caller(ctx context.Context) (common.Address, bool) {
	p, ok := ctx.Value(callerKey{}).(principal)
	return p.Wallet, ok
}

func callerOf(ctx context.Context) (principal, bool) {
	p, ok := ctx.Value(callerKey{}).(principal)
	return p, ok
}

// isOperator reports whether the wallet owner (0x…) is one of the node's
// operators.
func (n *Node) isOperator(owner string) bool {
	return common.IsHexAddress(owner) && n.guard.operator(principal{Wallet: common.HexToAddress(owner)})
}

// operator reports whether p is one of the node's operators.
func (g *guard) operator(p principal) bool {
	return p.Token || p.Wallet == g.node || g.operators[p.Wallet]
}

func (g *guard) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if g.loopback && !isLoopbackHost(hostOnly(r.Host)) {
			writeError(w, http.StatusForbidden, "host "+r.Host+" is not a loopback name; this API answers only 127.0.0.1, [::1] and localhost", "Host")
			return
		}
		hook := strings.HasPrefix(r.URL.Path, "/hooks/")
		if !isRead(r.Method) || hook {
			// A webhook's GET acts as a write does: it runs a workflow.
			probe := r
			if isRead(r.Method) {
				probe = r.Clone(r.Context())
				probe.Method = http.MethodPost
			}
			if err := g.cop.Check(probe); err != nil {
				writeError(w, http.StatusForbidden, "a request from another site's page is refused", "Origin")
				return
			}
		}
		p, ok, refused := g.authenticate(w, r, hook)
		if refused {
			return
		}
		if ok {
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), callerKey{}, p)))
			return
		}
		if !isRead(r.Method) && !hook && !g.trustLocal {
			file, _ := api.TokenFile("http://" + r.Host)
			writeError(w, http.StatusUnauthorized, "a write needs the node's API token (Authorization: Bearer …; the cere CLI of the node's user reads it from "+file+", or set "+api.TokenEnv+") or a wallet's "+api.AuthHeader+" signature", "Authorization")
			return
		}
		if r.URL.Path != "/api/v1/stream" {
			select {
			case g.anon <- struct{}{}:
				defer func() { <-g.anon }()
			default:
				w.Header().Set("Retry-After", "1")
				writeError(w, http.StatusServiceUnavailable, "too many unauthenticated requests at once; retry, or authenticate", "")
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// authenticate finds who r comes from: ok when it brings a valid
// credential. A credential present but wrong is refused: authenticate
// answers the request itself and reports refused. A webhook's Authorization
// header is the webhook's own, not the API token.
func (g *guard) authenticate(w http.ResponseWriter, r *http.Request, hook bool) (p principal, ok, refused bool) {
	if authz := r.Header.Get("Authorization"); authz != "" && !hook {
		tok, ok := strings.CutPrefix(authz, api.BearerPrefix)
		if !ok || g.token == "" || subtle.ConstantTimeCompare([]byte(tok), []byte(g.token)) != 1 {
			writeError(w, http.StatusUnauthorized, "Authorization: not this node's API token", "Authorization")
			return principal{}, false, true
		}
		return principal{Wallet: g.node, Token: true}, true, false
	}
	if r.Header.Get(api.AuthHeader) == "" {
		return principal{}, false, false
	}
	// The header's form, time and host are checked before any of the body
	// is read.
	sig, err := api.ParseSignature(r, time.Now())
	if err != nil {
		writeError(w, http.StatusUnauthorized, err.Error(), api.AuthHeader)
		return principal{}, false, true
	}
	if !g.hosts[hostOnly(r.Host)] {
		writeError(w, http.StatusUnauthorized, "signed for host "+r.Host+", which is not a name of this node (an operator adds the names it is reached by to api.hosts)", api.AuthHeader)
		return principal{}, false, true
	}
	// Until the signature checks out the caller is anyone, and anyone can
	// write a header of the right form: bodies read before that are
	// bounded in size and in number, or 1,024 connections could make the
	// node hold 8 GiB.
	if r.ContentLength > maxSignedBody {
		writeError(w, http.StatusRequestEntityTooLarge, "body over the signed-request limit of 8 MiB", "")
		return principal{}, false, true
	}
	select {
	case g.unverified <- struct{}{}:
		defer func() { <-g.unverified }()
	default:
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusServiceUnavailable, "too many signed requests being checked at once; retry", "")
		return principal{}, false, true
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxSignedBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "body over the signed-request limit of 8 MiB", "")
		} else {
			writeError(w, http.StatusBadRequest, "read body: "+err.Error(), "")
		}
		return principal{}, false, true
	}
	key, err := sig.Verify(r, body)
	if err != nil {
		writeError(w, http.StatusUnauthorized, err.Error(), api.AuthHeader)
		return principal{}, false, true
	}
	// Reads are not remembered, so they cost the store nothing: a
	// replayed read (within MaxAuthSkew) reads again as its signer. A
	// webhook's GET runs a workflow, so it is remembered like a write.
	if !isRead(r.Method) || hook {
		if fresh, err := g.seen.add(r.Context(), key); err != nil {
			writeError(w, http.StatusInternalServerError, "replay check: "+err.Error(), "")
			return principal{}, false, true
		} else if !fresh {
			writeError(w, http.StatusUnauthorized, "this signed request was already used; sign each request anew", api.AuthHeader)
			return principal{}, false, true
		}
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	return principal{Wallet: sig.Addr}, true, false
}

// operatorOnly serves h to the node's operators only.
func (n *Node) operatorOnly(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, ok := callerOf(r.Context())
		switch {
		case !ok && n.guard.trustLocal:
		case !ok:
			writeError(w, http.StatusUnauthorized, "only the node's operators may: authenticate with the API token or an operator's signature", "Authorization")
			return
		case !n.guard.operator(p):
			writeError(w, http.StatusForbidden, p.Wallet.Hex()+" is not an operator of this node", "")
			return
		}
		h(w, r)
	}
}

// private serves h, a read of what the node saw (events with their data,
// audit, errors with stacks, the stream, metrics), to anyone on a loopback
// API or with api.open_reads, else to operators only.
func (n *Node) private(h http.Handler) http.HandlerFunc {
	op := n.operatorOnly(h.ServeHTTP)
	return func(w http.ResponseWriter, r *http.Request) {
		if n.guard.loopback || n.guard.openReads {
			h.ServeHTTP(w, r)
			return
		}
		op(w, r)
	}
}

func hostOnly(hostport string) string {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		host = hostport
	}
	return strings.ToLower(strings.Trim(host, "[]"))
}

// ownHosts is the names a signed request may address the node by: the
// loopback names when the API listens there, the listen address, every
// address of this machine when it listens on all of them, and api.hosts.
func ownHosts(ln net.Addr, extra []string) map[string]bool {
	hosts := map[string]bool{}
	for _, h := range extra {
		hosts[strings.ToLower(h)] = true
	}
	addr, ok := ln.(*net.TCPAddr)
	if !ok {
		return hosts
	}
	if addr.IP.IsLoopback() || addr.IP.IsUnspecified() {
		for _, h := range []string{"localhost", "127.0.0.1", "::1"} {
			hosts[h] = true
		}
	}
	if addr.IP.IsUnspecified() {
		if ifaddrs, err := net.InterfaceAddrs(); err == nil {
			for _, a := range ifaddrs {
				if ipn, ok := a.(*net.IPNet); ok {
					hosts[ipn.IP.String()] = true
				}
			}
		}
		if name, err := os.Hostname(); err == nil {
			hosts[strings.ToLower(name)] = true
		}
	} else {
		hosts[addr.IP.String()] = true
	}
	return hosts
}

// TokenFile is the name of the API token's file in the data dir.
const TokenFile = "api.token"

// loadToken returns the node's API token, made on first start and kept in
// the data dir (mode 0600); delete the file to change it.
func loadToken(dataDir string) (string, error) {
	path := filepath.Join(dataDir, TokenFile)
	data, err := os.ReadFile(path)
	if err == nil && len(bytes.TrimSpace(data)) >= 32 {
		// Whatever its mode became, the token is this user's alone.
		if err := os.Chmod(path, 0o600); err != nil {
			return "", fmt.Errorf("api token: %w", err)
		}
		return string(bytes.TrimSpace(data)), nil
	}
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("api token: %w", err)
	}
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	token := hex.EncodeToString(b)
	if err := writePrivate(path, token+"\n"); err != nil {
		return "", fmt.Errorf("api token: %w", err)
	}
	return token, nil
}

// publishToken leaves the token where this user's CLI looks for the API at
// addr (api.TokenFile), and returns the files written, for the node to
// remove when it stops. An API on all addresses is reached as 127.0.0.1 from
// this machine.
func publishToken(addr net.Addr, token string) ([]string, error) {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return nil, nil
	}
	host := tcp.IP.String()
	if tcp.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	path, err := api.TokenFile("http://" + net.JoinHostPort(host, fmt.Sprint(tcp.Port)))
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("api token: %w", err)
	}
	if err := writePrivate(path, token+"\n"); err != nil {
		return nil, fmt.Errorf("api token: %w", err)
	}
	return []string{path}, nil
}

// unpublishToken removes the token files the node left, unless another
// node has since written its own there.
func unpublishToken(files []string, token string) {
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil && strings.TrimSpace(string(data)) == token {
			_ = os.Remove(f)
		}
	}
}

// writePrivate writes data to path, readable by this user only, replacing
// what was there in one rename.
func writePrivate(path, data string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+"-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.WriteString(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func isRead(method string) bool {
	return method == http.MethodGet || method == http.MethodHead || method == http.MethodOptions
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
