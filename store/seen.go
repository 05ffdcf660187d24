package store

import (
	"context"
	"hash/maphash"
	"sync"

	"github.com/dgraph-io/badger/v4"
)

// seenFilter tells, for most (source, id) keys that AppendUnique never
// wrote, that it never wrote them, so that only the others are looked up
// in the store: an event new to the node, nearly every one, then costs no
// read. It is a Bloom filter (false positives, no false negatives) in
// blocks of one cache line, in layers that double in size as keys come,
// so that it stays near its false-positive rate without being rebuilt.
// It takes about 3 bytes a key, and gives up past seenMaxBytes (some
// 20 million keys): every key is then looked up, as before it.
//
// Writes add their keys before they commit, from the moment the history
// opens; load adds the keys stored before, from a snapshot taken after
// that. Until load has finished, every key is looked up. A key forgotten
// or expired stays in the filter: it is looked up, and found absent.
type seenFilter struct {
	mu     sync.Mutex
	seed   maphash.Seed
	layers []*bloomLayer
	ready  bool // load has added every key stored before
	off    bool // past maxBytes: its layers are dropped
	bytes  int  // of its layers
	// maxBytes is seenMaxBytes but in tests.
	maxBytes int
}

// bloomLayer is one Bloom filter: blocks of 512 bits, seenHashes bits a
// key, about seenBitsPerKey bits per key at capacity.
type bloomLayer struct {
	blocks   [][8]uint64
	keys     int
	capacity int
}

const (
	seenHashes     = 7
	seenBitsPerKey = 12 // about 1% false positives in 512-bit blocks
	seenFirstLayer = 1 << 18
	seenMaxBytes   = 64 << 20
)

func newSeenFilter() *seenFilter {
	return &seenFilter{seed: maphash.MakeSeed(), maxBytes: seenMaxBytes}
}

func newBloomLayer(capacity int) *bloomLayer {
	return &bloomLayer{blocks: make([][8]uint64, max(1, capacity*seenBitsPerKey/512)), capacity: capacity}
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

func (l *bloomLayer) add(h uint64) {
	block, at := l.positions(h)
	for _, p := range at {
		block[p>>6] |= 1 << (p & 63)
	}
	l.keys++
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

// addLocked adds a key's hash; the caller holds mu.
func (f *seenFilter) addLocked(h uint64) {
	if f.off {
		return
	}
	n := len(f.layers)
	if n == 0 || f.layers[n-1].keys >= f.layers[n-1].capacity {
		capacity := seenFirstLayer
		if n > 0 {
			capacity = f.layers[n-1].capacity * 2
		}
		if f.bytes+capacity*seenBitsPerKey/8 > f.maxBytes {
			f.off, f.layers, f.bytes = true, nil, 0
			return
		}
		f.layers = append(f.layers, newBloomLayer(capacity))
		f.bytes += len(f.layers[n].blocks) * 64
		n++
	}
	f.layers[n-1].add(h)
}

// add adds keys that are about to be written.
func (f *seenFilter) add(keys [][]byte) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, k := range keys {
		f.addLocked(maphash.Bytes(f.seed, k))
	}
}

// mayHave reports false only for a key never written since the history
// opened nor stored before (once load has finished).
func (f *seenFilter) mayHave(key []byte) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.ready || f.off {
		return true
	}
	h := maphash.Bytes(f.seed, key)
	for _, l := range f.layers {
		if l.has(h) {
			return true
		}
	}
	return false
}

// load adds the seen keys in the store, from a snapshot, in chunks, then
// lets mayHave answer. It stops early, leaving the filter unready, when
// ctx ends.
func (f *seenFilter) load(ctx context.Context, db *badger.DB) error {
	return db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = false
		opts.Prefix = prefixSeen
		it := txn.NewIterator(opts)
		defer it.Close()
		// Hashed outside the lock, added a chunk at a time under it.
		hashes := make([]uint64, 0, 4096)
		flush := func() (off bool) {
			f.mu.Lock()
			defer f.mu.Unlock()
			for _, h := range hashes {
				f.addLocked(h)
			}
			hashes = hashes[:0]
			return f.off
		}
		for it.Rewind(); it.Valid(); it.Next() {
			hashes = append(hashes, maphash.Bytes(f.seed, it.Item().Key()))
			if len(hashes) == cap(hashes) {
				if err := ctx.Err(); err != nil {
					return err
				}
				if flush() {
					return nil // too many to hold: every key is looked up
				}
			}
		}
		flush()
		f.mu.Lock()
		f.ready = true
		f.mu.Unlock()
		return nil
	})
}

// size is the filter's memory in bytes.
func (f *seenFilter) size() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.bytes
}
