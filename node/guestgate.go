package node

import (
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"
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
	wallets   *keyedLimiter
	guests    *rate.Limiter
	// checking bounds the guests' signed requests being read and checked
	// at once to half of maxUnverified, so that the other half is left to
	// members and operators whatever the guests send.
	checking chan struct{}
}

// Quotas a refused request names, as the config calls them.
const (
	quotaGuestRequests  = "quotas.guest_requests"
	quotaGuestsRequests = "quotas.guests_requests"
)

func newGuestGate(each, all int) *guestGate {
	return &guestGate{
		each:     each,
		all:      all,
		wallets:  newKeyedLimiter(rate.Limit(each), 2*each, maxGuestWallets),
		guests:   rate.NewLimiter(rate.Limit(all), all),
		checking: make(chan struct{}, maxUnverified/2),
	}
}

// maxGuestWallets is how many guest wallets' buckets are remembered: a
// bucket is a few dozen bytes, and 10,000 of them a few hundred KiB.
const maxGuestWallets = 10000

// take spends one request of wallet's and one of all guests', which
// giveBack returns (for a request then refused for want of a checking
// slot, so that it costs the guest nothing). Over either quota it spends
// nothing and reports the quota's name and how long until a request would
// be let through.
func (g *guestGate) take(wallet common.Address, now time.Time) (quota string, retry time.Duration, giveBack func()) {
	// The wallet's own quota first: a wallet over it spends none of what
	// the other guests share.
	mine := g.wallets.reserve(wallet, now)
	if d := mine.DelayFrom(now); d > 0 {
		mine.CancelAt(now)
		return quotaGuestRequests, d, nil
	}
	ours := g.guests.ReserveN(now, 1)
	if d := ours.DelayFrom(now); d > 0 {
		ours.CancelAt(now)
		mine.CancelAt(now)
		return quotaGuestsRequests, d, nil
	}
	return "", 0, func() { ours.CancelAt(now); mine.CancelAt(now) }
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
// does for the versions of owners.)
type keyedLimiter struct {
	every rate.Limit
	burst int
	max   int

	mu      sync.Mutex
	buckets map[common.Address]*rate.Limiter
	shared  *rate.Limiter // of the wallets past max
	swept   time.Time
}

func newKeyedLimiter(every rate.Limit, burst, max int) *keyedLimiter {
	return &keyedLimiter{every: every, burst: burst, max: max,
		buckets: map[common.Address]*rate.Limiter{}, shared: rate.NewLimiter(every, burst)}
}

// reserve takes one token of key's bucket, due when the reservation's
// delay has passed: the caller cancels it when it will not wait.
func (k *keyedLimiter) reserve(key common.Address, now time.Time) *rate.Reservation {
	k.mu.Lock()
	defer k.mu.Unlock()
	l, ok := k.buckets[key]
	if !ok {
		if len(k.buckets) >= k.max && now.Sub(k.swept) > time.Second {
			k.swept = now
			for key, l := range k.buckets {
				if l.TokensAt(now) >= float64(k.burst) {
					delete(k.buckets, key)
				}
			}
		}
		if len(k.buckets) >= k.max {
			return k.shared.ReserveN(now, 1)
		}
		l = rate.NewLimiter(k.every, k.burst)
		k.buckets[key] = l
	}
	return l.ReserveN(now, 1)
}

// len is how many buckets are remembered.
func (k *keyedLimiter) len() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.buckets)
}
