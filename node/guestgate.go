package node

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/cerestack/cere/workflow"
	"github.com/ethereum/go-ethereum/common"
)

// guestGate paces the signed API requests of guests: each guest wallet
// within quotas.guest_requests a second (in bursts of twice as many), and
// all guests together within quotas.guests_requests. The guard asks it
// with the address a request claims, before the signature is checked: a
// wallet costs nothing to make, and a flood of throwaway ones must cost the
// node neither a signature recovery nor a body read each. A guest who
// claims another guest's address spends that guest's quota; one who claims
// a member's passes the gate, and then fails the signature.
type guestGate struct {
	each, all int
	mu        sync.Mutex // over the buckets
	wallets   *keyedLimiter
	guests    *tokenBucket
	// share is the guests' slots (quotas.guests_slots), which their
	// signed requests hold while they are read, checked and served, as
	// their executions do while they run: whatever the guests send, they
	// use no more of the processors than those.
	share *workflow.Share
	// checking bounds the guests' bodies read before their signatures
	// are checked to half of maxUnverified, however many slots they have,
	// so that the other half is left to members and operators.
	checking chan struct{}
}

// busyWait is how long a guest's request, within its quotas, waits for one
// of the guests' slots before it is refused (503): the quotas bound how
// many wait.
const busyWait = 250 * time.Millisecond

// busy takes one of the guests' slots, waiting at most busyWait, and
// reports whether it did; done gives it back, with the time it was held.
// While the guests' time together is spent it fails at once, saying how
// long until it will not be.
func (g *guestGate) busy(ctx context.Context) (ok bool, retry time.Duration) {
	return g.share.Acquire(ctx, busyWait)
}

func (g *guestGate) done(took time.Duration) { g.share.Release(took) }

// Quotas a refused request names, as the config calls them.
const (
	quotaGuestRequests  = "quotas.guest_requests"
	quotaGuestsRequests = "quotas.guests_requests"
)

func newGuestGate(each, all int, share *workflow.Share) *guestGate {
	return &guestGate{
		each:     each,
		all:      all,
		wallets:  newKeyedLimiter(float64(each), 2*each, maxGuestWallets),
		guests:   newBucket(float64(all), all, time.Now()),
		share:    share,
		checking: make(chan struct{}, maxUnverified/2),
	}
}

// maxGuestWallets is how many guest wallets' buckets are remembered: a
// bucket is a few dozen bytes, and 10,000 of them a few hundred KiB.
const maxGuestWallets = 10000

// take spends one request of wallet's and one of all guests', which
// giveBack returns (for a request then refused for want of a slot, so
// that it costs the guest nothing). Over either quota it spends nothing
// and reports the quota's name and how long until a request would be let
// through.
func (g *guestGate) take(wallet common.Address, now time.Time) (quota string, retry time.Duration, giveBack func()) {
	g.mu.Lock()
	defer g.mu.Unlock()
	// The wallet's own quota first: a wallet over it spends none of what
	// the other guests share.
	mine := g.wallets.bucket(wallet, now)
	if d := mine.wait(now); d > 0 {
		return quotaGuestRequests, d, nil
	}
	if d := g.guests.wait(now); d > 0 {
		return quotaGuestsRequests, d, nil
	}
	mine.tokens--
	g.guests.tokens--
	return "", 0, func() {
		g.mu.Lock()
		defer g.mu.Unlock()
		mine.tokens++
		g.guests.tokens++
	}
}

// tokenBucket earns every tokens a second, up to burst; its user holds a
// lock over it. A token given back is restored whole, where a cancelled
// golang.org/x/time/rate reservation restores only what no later one took.
type tokenBucket struct {
	every, burst float64
	tokens       float64
	at           time.Time
}

func newBucket(every float64, burst int, now time.Time) *tokenBucket {
	return &tokenBucket{every: every, burst: float64(burst), tokens: float64(burst), at: now}
}

// fill adds what the time since the last fill earned.
func (b *tokenBucket) fill(now time.Time) {
	if now.After(b.at) {
		b.tokens = min(b.burst, b.tokens+now.Sub(b.at).Seconds()*b.every)
		b.at = now
	}
}

// wait is how long until the bucket holds a token: 0 when it does.
func (b *tokenBucket) wait(now time.Time) time.Duration {
	b.fill(now)
	if b.tokens >= 1 {
		return 0
	}
	return time.Duration((1 - b.tokens) / b.every * float64(time.Second))
}

// retryAfter is d as a Retry-After header's whole seconds, at least one.
func retryAfter(d time.Duration) string {
	return fmt.Sprint(max(1, int(math.Ceil(d.Seconds()))))
}

// keyedLimiter is a token bucket for each wallet, of which it remembers at
// most max. Past max it forgets the full buckets, which loses nothing (a
// bucket made anew is full), at most once a second; while none is full,
// the wallets it cannot remember share one bucket, so that a new wallet
// never starts with a burst of its own. (As workflow.Registry's allow
// does for the versions of owners.) Its buckets are the caller's to
// change, under a lock of its own.
type keyedLimiter struct {
	every float64
	burst int
	max   int

	mu      sync.Mutex
	buckets map[common.Address]*tokenBucket
	shared  *tokenBucket // of the wallets past max
	swept   time.Time
}

func newKeyedLimiter(every float64, burst, max int) *keyedLimiter {
	return &keyedLimiter{every: every, burst: burst, max: max,
		buckets: map[common.Address]*tokenBucket{}, shared: newBucket(every, burst, time.Now())}
}

// bucket returns key's bucket.
func (k *keyedLimiter) bucket(key common.Address, now time.Time) *tokenBucket {
	k.mu.Lock()
	defer k.mu.Unlock()
	b, ok := k.buckets[key]
	if !ok {
		if len(k.buckets) >= k.max && now.Sub(k.swept) > time.Second {
			k.swept = now
			for key, b := range k.buckets {
				if b.wait(now); b.tokens >= float64(k.burst) {
					delete(k.buckets, key)
				}
			}
		}
		if len(k.buckets) >= k.max {
			return k.shared
		}
		b = newBucket(k.every, k.burst, now)
		k.buckets[key] = b
	}
	return b
}

// len is how many buckets are remembered.
func (k *keyedLimiter) len() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.buckets)
}
