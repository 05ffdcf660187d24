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
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/workflow"
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
//     path, Content-Type, ce-* headers, body, time), used once for a write,
//     a webhook call or the stream; a guest's (workflow.Guest) within the
//     guests' quotas of requests (guestgate.go), checked before its body
//     is read;
//   - anyone, with neither, within a part of the anonymous slots for each
//     remote address.
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
	// hosts are the names a signed request may address this node by:
	// host:port for the API's own addresses, a name alone (api.hosts) for
	// any port (see ownHosts).
	hosts     map[string]bool
	openReads bool
	seen      *replayCache
	// anon bounds the unauthenticated requests served at once, and
	// unverified the signed ones whose body is read before their
	// signature can be checked.
	anon, unverified chan struct{}
	// anonBy counts the anonymous requests served, by remote address (see
	// takeAnonymous); an address at maxAnonymousPerAddr waits for none.
	anonMu sync.Mutex
	anonBy map[string]int
	// writeIdle is how long an anonymous answer may wait for its reader
	// to take each write (0: anonWriteIdle).
	writeIdle time.Duration
	// class sorts a signed request's claimed wallet, and guests pace the
	// guests' requests; without them (a guard under test) no one is paced.
	class  func(common.Address) workflow.Class
	guests *guestGate
	cop    *http.CrossOriginProtection
}

// maxAnonymous is how many unauthenticated requests the API serves at once
// (the live stream's connections aside: they have their own cap); more wait
// for none and are answered 503.
const maxAnonymous = 64

// maxAnonymousPerAddr is the part of the anonymous requests served at once
// that one remote address may hold, so that slow or unread answers to one
// caller cannot take the 64 from everyone else.
const maxAnonymousPerAddr = 8

// anonWriteIdle is how long an anonymous answer waits for its reader to
// take each write before the connection is dropped and its slot freed. It
// bounds the wait for one write rather than the whole answer: a block read
// through /api/v1/blocks/{cid} is anyone's to download, for as long as its
// reader keeps reading, while a reader that stops reading frees its slot
// within anonWriteIdle once the connection's buffers are full.
const anonWriteIdle = 30 * time.Second

// smallBody is the largest body of a refused request that net/http reads
// (and drops) to keep its connection, rather than closing it: a new
// connection for each refusal costs the node more than a few KiB read.
const smallBody = 16 << 10

// maxUnverified is how many signed bodies (of up to 8 MiB) are read at once
// before their signatures are checked: 128 MiB at most.
const maxUnverified = 16

// principal is who an authenticated request acts for.
type principal struct {
	// Wallet is the signer's wallet, or the node's for the API token.
	Wallet common.Address
	// Token is set when the request carried the node's API token.
	Token bool
	// guestAt is when a guest's signed request took one of the guests'
	// slots (guestGate.busy), which it holds until it is served; zero for
	// others.
	guestAt time.Time
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
			if !p.guestAt.IsZero() {
				defer func() { g.guests.done(time.Since(p.guestAt)) }()
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), callerKey{}, p)))
			return
		}
		if !isRead(r.Method) && !hook && !g.trustLocal {
			file, _ := api.TokenFile("http://" + r.Host)
			writeError(w, http.StatusUnauthorized, "a write needs the node's API token (Authorization: Bearer …; the cere CLI of the node's user reads it from "+file+", or set "+api.TokenEnv+") or a wallet's "+api.AuthHeader+" signature", "Authorization")
			return
		}
		// The live stream is not held to these: it has its own cap on
		// clients, and its WebSocket bounds each of its writes and pings
		// its reader (handleStream).
		if r.URL.Path != "/api/v1/stream" {
			release, why := g.takeAnonymous(r)
			if why != "" {
				w.Header().Set("Retry-After", "1")
				writeError(w, http.StatusServiceUnavailable, why, "")
				return
			}
			defer release()
			pw := g.paced(w)
			// What the handler leaves buffered reaches the connection after
			// it returns: within a deadline of its own.
			defer pw.renew()
			w = pw
		}
		next.ServeHTTP(w, r)
	})
}

// takeAnonymous takes one of the anonymous slots for r, and one of its
// remote address's: release gives both back. When none is free it says
// why. An IPv6 caller's address is its /64, which one host usually has
// whole. Callers from loopback (this machine's users, or a proxy in front
// of the API) are one address: a part of the slots would only shrink them
// all to 8, so they share the 64 as a whole.
func (g *guard) takeAnonymous(r *http.Request) (release func(), why string) {
	addr := remoteAddr(r)
	if addr != "" {
		g.anonMu.Lock()
		if g.anonBy[addr] >= maxAnonymousPerAddr {
			g.anonMu.Unlock()
			return nil, fmt.Sprintf("too many unauthenticated requests at once from your address (at most %d); retry, or authenticate", maxAnonymousPerAddr)
		}
		if g.anonBy == nil {
			g.anonBy = map[string]int{}
		}
		g.anonBy[addr]++
		g.anonMu.Unlock()
	}
	leave := func() {
		if addr == "" {
			return
		}
		g.anonMu.Lock()
		if g.anonBy[addr]--; g.anonBy[addr] <= 0 {
			delete(g.anonBy, addr)
		}
		g.anonMu.Unlock()
	}
	select {
	case g.anon <- struct{}{}:
		return func() { <-g.anon; leave() }, ""
	default:
		leave()
		return nil, "too many unauthenticated requests at once; retry, or authenticate"
	}
}

// remoteAddr is the address whose part of the anonymous slots r takes:
// its remote IPv4 address or IPv6 /64, or "" for loopback.
func remoteAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	ip := net.ParseIP(host)
	switch {
	case ip == nil:
		return host
	case ip.IsLoopback():
		return ""
	case ip.To4() != nil:
		return ip.To4().String()
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}

// paced gives w a write deadline that each write renews: see anonWriteIdle.
func (g *guard) paced(w http.ResponseWriter) *pacedWriter {
	idle := g.writeIdle
	if idle <= 0 {
		idle = anonWriteIdle
	}
	return &pacedWriter{ResponseWriter: w, rc: http.NewResponseController(w), idle: idle}
}

// pacedWriter renews its connection's write deadline before each write and
// flush; net/http clears it once the answer is sent.
type pacedWriter struct {
	http.ResponseWriter
	rc   *http.ResponseController
	idle time.Duration
}

func (w *pacedWriter) renew() { _ = w.rc.SetWriteDeadline(time.Now().Add(w.idle)) }

func (w *pacedWriter) Write(p []byte) (int, error) {
	w.renew()
	return w.ResponseWriter.Write(p)
}

// FlushError flushes what is buffered, within a renewed deadline.
func (w *pacedWriter) FlushError() error {
	w.renew()
	return w.rc.Flush()
}

// Unwrap lets http.ResponseController reach the connection's own writer.
func (w *pacedWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

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
	// The header's form, time and host, and the claimed wallet's quota,
	// are checked before any of the body is read. A refusal of a body over
	// smallBody then closes the connection, or net/http would read up to
	// 256 KiB of the body before it sent the answer, to keep the
	// connection.
	unread := func() {
		if r.ContentLength < 0 || r.ContentLength > smallBody {
			w.Header().Set("Connection", "close")
		}
	}
	now := time.Now()
	sig, err := api.ParseSignature(r, now)
	if err != nil {
		unread()
		writeError(w, http.StatusUnauthorized, err.Error(), api.AuthHeader)
		return principal{}, false, true
	}
	if !g.ownHost(r.Host) {
		unread()
		writeError(w, http.StatusUnauthorized, "signed for host "+r.Host+", which is not an address of this node (its listen address, or a name of api.hosts at any port)", api.AuthHeader)
		return principal{}, false, true
	}
	// Until the signature checks out the caller is anyone, and anyone can
	// write a header of the right form: bodies read before that are
	// bounded in size and in number, or 1,024 connections could make the
	// node hold 8 GiB.
	if r.ContentLength > maxSignedBody {
		unread()
		writeError(w, http.StatusRequestEntityTooLarge, "body over the signed-request limit of 8 MiB", "")
		return principal{}, false, true
	}
	// A guest refused for want of a slot below gets back what it took.
	giveBack := func() {}
	if g.guests != nil && g.class != nil && g.class(sig.Addr) == workflow.Guest {
		var quota string
		var wait time.Duration
		quota, wait, giveBack = g.guests.take(sig.Addr, now)
		if quota != "" {
			unread()
			w.Header().Set("Retry-After", retryAfter(wait))
			msg := fmt.Sprintf("%s is over its quota of %d signed requests a second (%s); retry later", sig.Addr.Hex(), g.guests.each, quota)
			if quota == quotaGuestsRequests {
				msg = fmt.Sprintf("this node's guests are over their quota of %d signed requests a second together (%s); retry later", g.guests.all, quota)
			}
			writeError(w, http.StatusTooManyRequests, msg, quota)
			return principal{}, false, true
		}
		// The guest's request, checked and then served, holds one of
		// the guests' few slots: what guests send takes no more of the
		// processors than those, whatever their number.
		busy, owed := g.guests.busy(r.Context())
		if !busy {
			giveBack()
			unread()
			if owed > 0 {
				w.Header().Set("Retry-After", retryAfter(owed))
				writeError(w, http.StatusTooManyRequests, "this node's guests have used their time together (quotas.guests_time); retry later", "quotas.guests_time")
				return principal{}, false, true
			}
			w.Header().Set("Retry-After", "1")
			writeError(w, http.StatusServiceUnavailable, "the guests' requests are all busy; retry", "")
			return principal{}, false, true
		}
		p.guestAt = time.Now()
		defer func() {
			if !ok {
				g.guests.done(time.Since(p.guestAt))
			}
		}()
		select {
		case g.guests.checking <- struct{}{}:
			defer func() { <-g.guests.checking }()
		default:
			giveBack()
			unread()
			w.Header().Set("Retry-After", "1")
			writeError(w, http.StatusServiceUnavailable, "too many guests' signed requests being checked at once; retry", "")
			return principal{}, false, true
		}
	}
	select {
	case g.unverified <- struct{}{}:
		defer func() { <-g.unverified }()
	default:
		giveBack()
		unread()
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
	// webhook's GET runs a workflow, and the stream's opens a connection
	// that follows what the node does for as long as it lasts, so each is
	// remembered like a write.
	if !isRead(r.Method) || hook || r.URL.Path == "/api/v1/stream" {
		if fresh, err := g.seen.add(r.Context(), key); err != nil {
			writeError(w, http.StatusInternalServerError, "replay check: "+err.Error(), "")
			return principal{}, false, true
		} else if !fresh {
			writeError(w, http.StatusUnauthorized, "this signed request was already used; sign each request anew", api.AuthHeader)
			return principal{}, false, true
		}
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	return principal{Wallet: sig.Addr, guestAt: p.guestAt}, true, false
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

// ownHost reports whether a signed request addressed to hostport (its
// Host) is addressed to this node: host:port one of the API's own
// addresses, or the host a name of api.hosts, at any port, as a proxy in
// front of the API may listen on another. A Host without a port is port
// 80: the API serves plain HTTP.
func (g *guard) ownHost(hostport string) bool {
	host, port := splitHost(hostport)
	return g.hosts[net.JoinHostPort(host, port)] || g.hosts[host]
}

// splitHost is hostport's host, in lower case, an IP address in its
// canonical form, and its port (80 when it names none).
func splitHost(hostport string) (host, port string) {
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host, port = hostport, "80"
	}
	host = strings.ToLower(strings.Trim(host, "[]"))
	if ip := net.ParseIP(host); ip != nil {
		host = ip.String()
	}
	return host, port
}

func hostOnly(hostport string) string {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		host = hostport
	}
	return strings.ToLower(strings.Trim(host, "[]"))
}

// ownHosts is the addresses a signed request may address the node by (see
// guard.ownHost): at the listen port, the loopback names when the API
// listens there, the listen address, and every address and the name of
// this machine when it listens on all of them; at any port, the names of
// api.hosts, which the config takes without a port.
func ownHosts(ln net.Addr, extra []string) map[string]bool {
	hosts := map[string]bool{}
	for _, h := range extra {
		host, _ := splitHost(h)
		hosts[host] = true
	}
	addr, ok := ln.(*net.TCPAddr)
	if !ok {
		return hosts
	}
	port := strconv.Itoa(addr.Port)
	add := func(host string) {
		host, _ = splitHost(host)
		hosts[net.JoinHostPort(host, port)] = true
	}
	if addr.IP.IsLoopback() || addr.IP.IsUnspecified() {
		for _, h := range []string{"localhost", "127.0.0.1", "::1"} {
			add(h)
		}
	}
	if addr.IP.IsUnspecified() {
		if ifaddrs, err := net.InterfaceAddrs(); err == nil {
			for _, a := range ifaddrs {
				if ipn, ok := a.(*net.IPNet); ok {
					add(ipn.IP.String())
				}
			}
		}
		if name, err := os.Hostname(); err == nil {
			add(name)
		}
	} else {
		add(addr.IP.String())
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
