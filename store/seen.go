package store

import (
	"context"
	"errors"
	"hash/maphash"
	"math"
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// seenFilter tells, for most (source, id) keys that AppendUnique never
// wrote, that it never wrote them, so that only the others are looked up
// in the store: an event new to the node, nearly every one, then costs no
// read. It is a Bloom filter (false positives, no false negatives) in
// blocks of one cache line, in layers: a layer takes keys for at most
// seenLayerSpan, or until it is full, and the next is sized on what it
// took; a layer is dropped once every key in it has expired from the
// store (SeenFor), so the filter follows the keys live in the store
// rather than every key ever written.
//
// Writers add their keys before they commit, from when loadSeen starts;
// loadSeen then adds the keys stored before, from snapshots taken after
// that. Until it has finished, every key is looked up. A key forgotten
// stays in the filter: it is looked up, and found absent. The filter takes
// about 4 bytes a live key under a steady load; past maxBytes (some 16
// million live keys) it turns itself off, and every key is looked up, as
// before it, until the node restarts.
type seenFilter struct {
	mu       sync.Mutex
	seed     maphash.Seed
	layers   []*bloomLayer // the newest last
	tracking bool          // writers add their keys (loadSeen has started)
	ready    bool          // loadSeen has added every key stored before
	off      bool          // past maxBytes: the layers are dropped
	bytes    int           // of the layers
	// maxBytes (seenMaxBytes), loadChunk (seenLoadChunk) and now
	// (time.Now) but in tests.
	maxBytes  int
	loadChunk int
	now       func() time.Time
}

// bloomLayer is one Bloom filter: blocks of 512 bits, seenHashes bits a
// key, about seenBitsPerKey bits per key at capacity.
type bloomLayer struct {
	blocks   [][8]uint64
	keys     int
	capacity int
	opened   int64 // Unix seconds
	expires  int64 // the latest expiry of its keys, Unix seconds
}

const (
	seenHashes     = 7
	seenBitsPerKey = 12 // about 1% false positives a layer, in 512-bit blocks
	seenFirstLayer = 1 << 18
	seenMaxBytes   = 64 << 20
	seenLoadChunk  = 1 << 16 // keys read in one read transaction
	// seenLayerSpan is the longest a layer takes keys for, so that layers
	// expire a quarter of SeenFor after their last key.
	seenLayerSpan = int64(SeenFor/time.Second) / 4
	// seenExpiryMargin keeps a layer past its keys' expiry: badger rounds
	// expiries to the second, and its clock for a key is read after ours.
	seenExpiryMargin = int64(time.Hour / time.Second)
)

func newSeenFilter() *seenFilter {
	return &seenFilter{seed: maphash.MakeSeed(), maxBytes: seenMaxBytes, loadChunk: seenLoadChunk, now: time.Now}
}

func newBloomLayer(capacity int, now int64) *bloomLayer {
	return &bloomLayer{blocks: make([][8]uint64, max(1, capacity*seenBitsPerKey/512)), capacity: capacity, opened: now}
}

// positions gives a key's block and the bits it sets there.
func (l *bloomLayer) positions(h uint64) (block *[8]uint64, bitsAt [seenHashes]uint16) {
	block = &l.blocks[(h>>32)*uint64(len(l.blocks))>>32] // the high half picks the block
	// Double hashing for the bits inside it: the low half, and a mix of
	// the whole.
	a, b := uint32(h), uint32((h*0x9e3779b97f4a7c15)>>32)|1
	for i := range bitsAt {
		bitsAt[i] = uint16((a + uint32(i)*b) & 511)
	}
	return block, bitsAt
}

func (l *bloomLayer) add(h uint64, expires int64) {
	block, at := l.positions(h)
	for _, p := range at {
		block[p>>6] |= 1 << (p & 63)
	}
	l.keys++
	l.expires = max(l.expires, expires)
}

func (l *bloomLayer) has(h uint64) bool {
	block, at := l.positions(h)
	for _, p := range at {
		if block[p>>6]&(1<<(p&63)) == 0 {
			return false
		}
	}
	return true
}

// addLocked adds a key's hash with its expiry (Unix seconds); the caller
// holds mu. It reports whether the filter turned itself off.
func (f *seenFilter) addLocked(h uint64, expires int64) (turnedOff bool) {
	if f.off || !f.tracking {
		return false
	}
	now := f.now().Unix()
	n := len(f.layers)
	if n == 0 || f.layers[n-1].keys >= f.layers[n-1].capacity || now-f.layers[n-1].opened >= seenLayerSpan {
		if !f.rotate(now) {
			return true
		}
		n = len(f.layers)
	}
	f.layers[n-1].add(h, expires)
	return false
}

// rotate drops the layers whose keys have all expired and opens a new one,
// twice the size of what the last one took; false when that would take
// the filter past maxBytes, which turns it off.
func (f *seenFilter) rotate(now int64) bool {
	capacity := seenFirstLayer
	if n := len(f.layers); n > 0 {
		capacity = max(capacity, 2*f.layers[n-1].keys)
	}
	kept := f.layers[:0]
	for _, l := range f.layers {
		if l.expires+seenExpiryMargin >= now {
			kept = append(kept, l)
		} else {
			f.bytes -= len(l.blocks) * 64
		}
	}
	clear(f.layers[len(kept):])
	f.layers = kept
	l := newBloomLayer(capacity, now)
	if f.bytes+len(l.blocks)*64 > f.maxBytes {
		f.off, f.layers, f.bytes = true, nil, 0
		return false
	}
	f.layers = append(f.layers, l)
	f.bytes += len(l.blocks) * 64
	return true
}

// hash is the filter's hash of a key; it is safe to call at any time.
func (f *seenFilter) hash(key []byte) uint64 { return maphash.Bytes(f.seed, key) }

// add adds keys about to be written, which expire after SeenFor; it
// reports whether the filter turned itself off.
func (f *seenFilter) add(keys [][]byte) (turnedOff bool) {
	hs := make([]uint64, len(keys))
	for i, k := range keys {
		hs[i] = f.hash(k)
	}
	return f.addHashes(hs)
}

// addHashes is add, given the keys' hashes.
func (f *seenFilter) addHashes(hs []uint64) (turnedOff bool) {
	if len(hs) == 0 {
		return false
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	expires := f.now().Add(SeenFor).Unix()
	for _, h := range hs {
		if f.addLocked(h, expires) {
			return true
		}
	}
	return false
}

// claim is mayHave and add for the seen keys of one write (by their
// hashes), in one hold of the lock: it sets may[i] where the filter may
// have hs[i], and adds the others, which are about to be written; a repeat
// of one later in hs then reads as one the filter may have. Until the
// filter is ready, or once it is off, it may have every key, and adds
// none.
func (f *seenFilter) claim(hs []uint64, may []bool) (turnedOff bool) {
	if len(hs) == 0 {
		return false
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.ready || f.off {
		for i := range may {
			may[i] = true
		}
		return false
	}
	expires := f.now().Add(SeenFor).Unix()
	for i, h := range hs {
		if f.hasLocked(h) {
			may[i] = true
			continue
		}
		if f.addLocked(h, expires) {
			// Off: what is left is looked up.
			for j := i + 1; j < len(may); j++ {
				may[j] = true
			}
			return true
		}
	}
	return false
}

// mayHave reports false only for a key never written since loadSeen
// started nor stored before it (once it has finished).
func (f *seenFilter) mayHave(key []byte) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.ready || f.off {
		return true
	}
	return f.hasLocked(f.hash(key))
}

// hasLocked reports whether a layer may have the hash h; the caller holds
// mu, and the filter is ready and on.
func (f *seenFilter) hasLocked(h uint64) bool {
	for _, l := range f.layers {
		if l.has(h) {
			return true
		}
	}
	return false
}

// size is the filter's memory in bytes.
func (f *seenFilter) size() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.bytes
}

// loadSeen makes writers add their seen keys to the filter, then adds the
// keys stored, a chunk at a time, each chunk read in a read transaction of
// its own (a long one would hold back badger's cleanup), and lets the
// filter answer. It stops early, leaving the filter unready, when ctx
// ends; it may be called again after an error.
func (h *History) loadSeen(ctx context.Context) error {
	f := h.seen
	// No write is between adding its keys and committing them now, so
	// every key is in the snapshots read from here on or added by its
	// writer.
	h.sizeMu.Lock()
	f.mu.Lock()
	f.tracking = true
	f.mu.Unlock()
	h.sizeMu.Unlock()

	type seen struct {
		hash    uint64
		expires int64
	}
	batch := make([]seen, 0, 4096)
	flush := func() (off bool) {
		f.mu.Lock()
		defer f.mu.Unlock()
		for _, s := range batch {
			if f.addLocked(s.hash, s.expires) {
				h.warnSeenOff()
				break
			}
		}
		batch = batch[:0]
		return f.off
	}
	err := h.scanSeen(ctx, f.loadChunk, func(item *badger.Item) error {
		expires := int64(math.MaxInt64) // none
		if at := item.ExpiresAt(); at > 0 && at < math.MaxInt64 {
			expires = int64(at)
		}
		batch = append(batch, seen{maphash.Bytes(f.seed, item.Key()), expires})
		if len(batch) == cap(batch) && flush() {
			return errStop
		}
		return nil
	})
	if err != nil {
		return err
	}
	if flush() {
		return nil // off: every key is looked up
	}
	f.mu.Lock()
	f.ready = !f.off
	f.mu.Unlock()
	h.log.Debug("history: seen filter loaded", "bytes", f.size())
	return nil
}

// scanSeen calls fn with each seen key, chunk keys at a time, each chunk
// read in a read transaction of its own (a long one would hold back
// badger's cleanup), without their values. fn returning errStop ends it
// without an error; ctx ending, with ctx's.
func (h *History) scanSeen(ctx context.Context, chunk int, fn func(item *badger.Item) error) error {
	from := prefixSeen
	for from != nil {
		if err := ctx.Err(); err != nil {
			return err
		}
		var next []byte
		err := h.db.View(func(txn *badger.Txn) error {
			opts := badger.DefaultIteratorOptions
			opts.PrefetchValues = false
			opts.Prefix = prefixSeen
			it := txn.NewIterator(opts)
			defer it.Close()
			n := 0
			for it.Seek(from); it.Valid(); it.Next() {
				if n == chunk {
					next = it.Item().KeyCopy(nil)
					return nil
				}
				n++
				if err := fn(it.Item()); err != nil {
					return err
				}
			}
			return nil
		})
		if errors.Is(err, errStop) {
			return nil
		}
		if err != nil {
			return err
		}
		from = next
	}
	return nil
}

// warnSeenOff says that the seen filter turned itself off.
func (h *History) warnSeenOff() {
	h.log.Warn("history: too many (source, id) seen for the filter: each is looked up until the node restarts",
		"filter_bytes", h.seen.maxBytes)
}
