package node

import (
	"bufio"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/workflow"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
)

// TestGuestGate: a guest wallet's signed requests past its quota, and all
// guests' past theirs, are answered 429 with Retry-After and the quota's
// name, before the body is read; the API token, an operator and a member
// are not held to the guests' quotas, and a guest claiming a member's
// address is refused by its signature.
func TestGuestGate(t *testing.T) {
	operatorKey, _ := ethcrypto.GenerateKey()
	memberKey, _ := ethcrypto.GenerateKey()
	cfg := loopbackConfig(t)
	cfg.Blocks.Replicas = 0
	cfg.API.Operators = []string{ethcrypto.PubkeyToAddress(operatorKey.PublicKey).Hex()}
	cfg.Workflows.Allow = []string{ethcrypto.PubkeyToAddress(memberKey.PublicKey).Hex()}
	// A guest makes 1 request a second in bursts of 2; all guests 4 a
	// second in bursts of 4. The node's buckets refill meanwhile, so the
	// test sends until it is refused rather than counting on exact numbers.
	cfg.Quotas.GuestRequests = 1
	cfg.Quotas.GuestsRequests = 4
	n, err := New(t.Context(), cfg, func(bool) (string, error) { return "guests", nil }, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Stop() })
	base := n.APIURL()

	type answer struct {
		code  int
		retry string
		err   api.Error
	}
	// send makes a signed (key), tokened or anonymous GET of the status.
	send := func(key *ecdsa.PrivateKey, token bool) answer {
		t.Helper()
		r, err := http.NewRequestWithContext(t.Context(), "GET", base+"/api/v1/status", nil)
		if err != nil {
			t.Fatal(err)
		}
		if key != nil {
			if err := api.SignRequest(r, nil, key, time.Now()); err != nil {
				t.Fatal(err)
			}
		}
		if token {
			r.Header.Set("Authorization", api.BearerPrefix+n.guard.token)
		}
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		a := answer{code: resp.StatusCode, retry: resp.Header.Get("Retry-After")}
		if resp.StatusCode != http.StatusOK {
			_ = json.NewDecoder(resp.Body).Decode(&a.err)
		}
		return a
	}
	check429 := func(what string, a answer, quota string) {
		t.Helper()
		if a.code != http.StatusTooManyRequests || a.err.Field != quota || !strings.Contains(a.err.Message, quota) {
			t.Errorf("%s: %d %+v, want 429 naming %s", what, a.code, a.err, quota)
		}
		if s, err := strconv.Atoi(a.retry); err != nil || s < 1 {
			t.Errorf("%s: Retry-After %q, want whole seconds, at least 1", what, a.retry)
		}
	}
	// untilRefused sends from the wallets next gives until one is
	// refused, and returns that answer.
	untilRefused := func(what string, next func() *ecdsa.PrivateKey) answer {
		t.Helper()
		for range 200 {
			if a := send(next(), false); a.code != http.StatusOK {
				return a
			}
		}
		t.Fatalf("%s: 200 requests let through", what)
		return answer{}
	}
	fresh := func() *ecdsa.PrivateKey {
		key, _ := ethcrypto.GenerateKey()
		return key
	}

	// One wallet past its own quota.
	guest := fresh()
	start := time.Now()
	served := 0
	a := untilRefused("one guest", func() *ecdsa.PrivateKey { served++; return guest })
	check429("one guest past its quota", a, quotaGuestRequests)
	// Its burst, and what its bucket refilled meanwhile, and no more.
	if most := 2 + int(time.Since(start).Seconds()) + 1; served-1 > most {
		t.Errorf("one guest: %d requests served before the 429, want at most %d", served-1, most)
	}

	// Throwaway wallets, each within its own quota, past all guests'.
	a = untilRefused("throwaway wallets", fresh)
	check429("throwaway wallets past the guests' quota", a, quotaGuestsRequests)
	// The guests' bucket is empty now, and fills at 4 a second: ten
	// requests each of the token, an operator and a member in a row
	// would be refused if they were held to it.
	for i := range 10 {
		for who, key := range map[string]*ecdsa.PrivateKey{"the token": nil, "an operator": operatorKey, "a member": memberKey} {
			if a := send(key, key == nil); a.code != http.StatusOK {
				t.Fatalf("%s, request %d after the guests' quota ran out: %d %+v, want 200", who, i, a.code, a.err)
			}
		}
	}
	// A guest claiming a member's address passes the gate, and fails its
	// signature.
	r, _ := http.NewRequest("GET", base+"/api/v1/status", nil)
	if err := api.SignRequest(r, nil, fresh(), time.Now()); err != nil {
		t.Fatal(err)
	}
	member := ethcrypto.PubkeyToAddress(memberKey.PublicKey).Hex()
	h := r.Header.Get(api.AuthHeader)
	r.Header.Set(api.AuthHeader, strings.Replace(h, h[strings.Index(h, "addr=")+5:strings.Index(h, ",")], member, 1))
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("a guest claiming a member's address: %d, want 401", resp.StatusCode)
	}

	// The 429 comes before the body is read: asked to wait for
	// "100 Continue", the client never is. A request let through (its
	// wallet's bucket refilled meanwhile) gets 100 Continue, sends its
	// body and tries again.
	guest = fresh()
	untilRefused("a second guest", func() *ecdsa.PrivateKey { return guest })
	for try := 0; ; try++ {
		if try == 20 {
			t.Fatal("20 signed requests past the quota, none refused before its body")
		}
		if refusedUnread(t, n.apiLn.Addr().String(), guest) {
			break
		}
	}
}

// refusedUnread posts a signed event from key to the API at addr, asking
// for 100 Continue before it sends the body, and reports whether it was
// refused 429 without being asked for the body. Let through, it sends the
// body and reads the answer.
func refusedUnread(t *testing.T, addr string, key *ecdsa.PrivateKey) bool {
	t.Helper()
	body := []byte(`{"specversion": "1.0", "id": "unread", "source": "s", "type": "t"}`)
	req, _ := http.NewRequest("POST", "http://"+addr+"/api/v1/events", nil)
	req.Header.Set("Content-Type", "application/json")
	if err := api.SignRequest(req, body, key, time.Now()); err != nil {
		t.Fatal(err)
	}
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Generous: nothing here waits on the clock but a failure.
	_ = conn.SetDeadline(time.Now().Add(time.Minute))
	fmt.Fprintf(conn, "POST /api/v1/events HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n%s: %s\r\nContent-Length: %d\r\nExpect: 100-continue\r\n\r\n",
		addr, api.AuthHeader, req.Header.Get(api.AuthHeader), len(body))
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusContinue:
		if _, err := conn.Write(body); err != nil {
			t.Fatal(err)
		}
		final, err := http.ReadResponse(br, req)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, final.Body)
		final.Body.Close()
		return false
	case http.StatusTooManyRequests:
		if !resp.Close {
			t.Error("a 429 before the body keeps its connection, whose unread body comes next")
		}
		return true
	}
	data, _ := io.ReadAll(resp.Body)
	t.Fatalf("a signed request past the quota, its body unsent: %d %s", resp.StatusCode, data)
	return false
}

// TestKeyedLimiter: the buckets of at most max wallets are remembered;
// past that the full ones are forgotten, and while none is full new
// wallets share one bucket rather than each starting with a burst.
func TestKeyedLimiter(t *testing.T) {
	k := newKeyedLimiter(1, 2, 3)
	now := time.Now()
	wallet := func(i int) common.Address { return common.BigToAddress(big.NewInt(int64(i + 1))) }
	allowed := func(i int) bool {
		b := k.bucket(wallet(i), now)
		if b.wait(now) > 0 {
			return false
		}
		b.tokens--
		return true
	}
	// burst is how many of three requests in a row wallet i is allowed.
	burst := func(i int) int {
		n := 0
		for range 3 {
			if allowed(i) {
				n++
			}
		}
		return n
	}
	for i := range 3 {
		if n := burst(i); n != 2 {
			t.Fatalf("wallet %d: %d of 3 allowed; want a burst of 2, then a refusal", i, n)
		}
	}
	// Wallets 3 and 4 share one bucket: two requests between them.
	if !allowed(3) || !allowed(4) || allowed(3) || allowed(4) {
		t.Fatal("past max wallets, new ones must share one bucket")
	}
	if k.len() != 3 {
		t.Fatalf("%d buckets remembered, want 3", k.len())
	}
	// Once their buckets have filled again, the remembered are forgotten
	// to make room.
	now = now.Add(10 * time.Second)
	if n := burst(5); n != 2 {
		t.Fatalf("wallet 5, after the others' buckets filled: %d of 3 allowed; want a burst of its own, 2", n)
	}
	if k.len() != 1 {
		t.Fatalf("%d buckets remembered after a sweep, want 1 (wallet 5's)", k.len())
	}
}

// TestGuestsHalfOfChecks: guests' signed requests being read and checked
// hold at most half of the node's slots for unverified bodies, however
// many slots the guests have (here 16), so a member's signed request is
// still taken while guests' bodies trickle in; a guest refused for want of
// a slot keeps its quota.
func TestGuestsHalfOfChecks(t *testing.T) {
	memberKey, _ := ethcrypto.GenerateKey()
	member := ethcrypto.PubkeyToAddress(memberKey.PublicKey)
	g := testGuard(openStore(t, t.TempDir()), false, "192.0.2.10")
	g.guests = newGuestGate(1, 1000, workflow.NewShare(maxUnverified, 0)) // a guest's burst: 2
	g.class = func(a common.Address) workflow.Class {
		if a == member {
			return workflow.Member
		}
		return workflow.Guest
	}
	h := g.wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	// post sends a signed event, whose body comes from body when it is
	// not nil.
	post := func(key *ecdsa.PrivateKey, event string, body io.Reader) int {
		if body == nil {
			body = strings.NewReader(event)
		}
		r := httptest.NewRequest("POST", "/api/v1/events", body)
		r.Host = "192.0.2.10:7350"
		r.ContentLength = int64(len(event))
		if err := api.SignRequest(r, []byte(event), key, time.Now()); err != nil {
			t.Error(err)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code
	}
	var done sync.WaitGroup
	var writers []*io.PipeWriter
	for range maxUnverified / 2 {
		pr, pw := io.Pipe()
		writers = append(writers, pw)
		key, _ := ethcrypto.GenerateKey()
		done.Go(func() { post(key, `{}`, pr) })
	}
	release := func() {
		for _, pw := range writers {
			pw.CloseWithError(io.ErrUnexpectedEOF)
		}
		done.Wait()
	}
	defer release()
	waitFor(t, func() bool { return len(g.guests.checking) == maxUnverified/2 })
	guest, _ := ethcrypto.GenerateKey()
	for range 3 {
		if code := post(guest, `{}`, nil); code != http.StatusServiceUnavailable {
			t.Errorf("a guest while guests hold half the checks: %d, want 503", code)
		}
	}
	if code := post(memberKey, `{}`, nil); code != http.StatusOK {
		t.Errorf("a member while guests hold half the checks: %d, want 200", code)
	}
	release()
	for i := range 2 {
		if code := post(guest, fmt.Sprintf(`{"n": %d}`, i), nil); code != http.StatusOK {
			t.Errorf("the guest's request %d of its burst once slots are free: %d, want 200", i+1, code)
		}
	}
}
