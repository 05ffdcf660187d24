// Package audit owns the node's record of what it decided and what failed:
// a hash-chained trail of rule evaluations (every one counted, failures and
// a sample of successes recorded in full), and error groups, which fold the
// errors and panics of rules, scripts, agents and the node by fingerprint.
// Both live in the node's badger database. It knows nothing of HTTP.
package audit

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cerestack/cere/store"
	"github.com/dgraph-io/badger/v4"
)

// Record is one evaluation in the trail.
type Record struct {
	Seq      uint64    `json:"seq"`
	Time     time.Time `json:"time"`
	TraceID  string    `json:"trace_id,omitempty"`
	Workflow string    `json:"workflow,omitempty"`
	Version  int       `json:"version,omitempty"`
	Rule     string    `json:"rule"`
	Event    string    `json:"event,omitempty"`
	Matched  bool      `json:"matched"`
	// Conditions are each condition's fact value and outcome, as JSON: kept
	// as the bytes that were hashed, so the hash checks out after decoding.
	Conditions json.RawMessage `json:"conditions,omitempty"`
	// Trace, when set and Conditions is not, is encoded into Conditions if
	// the record is kept: most are only counted.
	Trace      any     `json:"-"`
	DurationMS float64 `json:"duration_ms"`
	Error      string  `json:"error,omitempty"`
	// Prev is the hash of the record before; Hash covers this record and
	// Prev, so changing any record breaks every link after it.
	Prev string `json:"prev"`
	Hash string `json:"hash"`
}

// Counts are the trail's counters: every evaluation, recorded or not.
type Counts struct {
	Evaluations uint64 `json:"evaluations"`
	Matched     uint64 `json:"matched"`
	Failed      uint64 `json:"failed"`
	Recorded    uint64 `json:"recorded"`
}

// Trail is the hash-chained audit trail.
type Trail struct {
	db  *badger.DB
	key []byte
	// SampleEvery records one success in this many (failures always).
	SampleEvery uint64
	MaxAge      time.Duration
	// MaxRecords bounds the trail's size: beyond it the oldest records go.
	MaxRecords uint64

	mu      sync.Mutex // orders appends: the chain is sequential
	seq     uint64
	head    string
	counts  struct{ evaluations, matched, failed, recorded atomic.Uint64 }
	sampled atomic.Uint64
}

var (
	keyRecords = []byte("a/r/")
	keyHead    = []byte("a/head")  // {seq, hash} of the newest record
	keyBase    = []byte("a/base")  // {seq, hash}: where the kept chain starts
	keyCounts  = []byte("a/count") // Counts
)

type link struct {
	Seq  uint64 `json:"seq"`
	Hash string `json:"hash"`
}

// Defaults: one success in 100 recorded; records kept 30 days, a million
// at most.
const (
	DefaultSampleEvery = 100
	DefaultMaxAge      = 30 * 24 * time.Hour
	DefaultMaxRecords  = 1_000_000
)

// OpenTrail opens the trail in db. key authenticates the chain: records are
// linked by HMAC-SHA256 under it, so whoever can write the store but does
// not hold the key cannot rewrite the chain so that it verifies. The node
// derives it from its identity key, which is kept outside the store.
func OpenTrail(db *badger.DB, key []byte) (*Trail, error) {
	if len(key) < 16 {
		return nil, errors.New("audit: the trail needs a key of at least 16 bytes")
	}
	t := &Trail{db: db, key: key, SampleEvery: DefaultSampleEvery, MaxAge: DefaultMaxAge, MaxRecords: DefaultMaxRecords}
	err := db.View(func(txn *badger.Txn) error {
		var head link
		if err := store.GetJSON(txn, keyHead, &head); err != nil {
			return err
		}
		t.seq, t.head = head.Seq, head.Hash
		var c Counts
		if err := store.GetJSON(txn, keyCounts, &c); err != nil {
			return err
		}
		t.counts.evaluations.Store(c.Evaluations)
		t.counts.matched.Store(c.Matched)
		t.counts.failed.Store(c.Failed)
		t.counts.recorded.Store(c.Recorded)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("audit: open: %w", err)
	}
	return t, nil
}

func recordKey(seq uint64) []byte {
	return binary.BigEndian.AppendUint64(bytes.Clone(keyRecords), seq)
}

// hashOf is the HMAC-SHA256 of the record's JSON with Hash empty (Prev set).
func (t *Trail) hashOf(r Record) string {
	r.Hash = ""
	b, _ := json.Marshal(r)
	mac := hmac.New(sha256.New, t.key)
	mac.Write(b)
	return hex.EncodeToString(mac.Sum(nil))
}

// Observe counts an evaluation and records it in full when it failed or
// when it is the sampled success.
func (t *Trail) Observe(r Record) error {
	t.counts.evaluations.Add(1)
	if r.Matched {
		t.counts.matched.Add(1)
	}
	if r.Error != "" {
		t.counts.failed.Add(1)
	} else if every := t.SampleEvery; every == 0 || t.sampled.Add(1)%every != 0 {
		return nil // counted; the counters reach the store with the next record or Flush
	}
	return t.append(r)
}

func (t *Trail) append(r Record) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if r.Time.IsZero() {
		r.Time = time.Now()
	}
	r.Time = r.Time.UTC()
	if r.Conditions == nil && r.Trace != nil {
		r.Conditions, _ = json.Marshal(r.Trace) // facts decoded from JSON: it cannot fail
	}
	r.Seq, r.Prev = t.seq+1, t.head
	r.Hash = t.hashOf(r)
	raw, err := json.Marshal(r)
	if err != nil {
		return err
	}
	head, _ := json.Marshal(link{Seq: r.Seq, Hash: r.Hash})
	t.counts.recorded.Add(1)
	counts, _ := json.Marshal(t.Counts())
	err = t.db.Update(func(txn *badger.Txn) error {
		if err := txn.Set(recordKey(r.Seq), raw); err != nil {
			return err
		}
		if err := txn.Set(keyHead, head); err != nil {
			return err
		}
		return txn.Set(keyCounts, counts)
	})
	if err != nil {
		t.counts.recorded.Add(^uint64(0))
		return fmt.Errorf("audit: append: %w", err)
	}
	t.seq, t.head = r.Seq, r.Hash
	return nil
}

// Flush writes the counters to the store.
func (t *Trail) Flush() error {
	counts, _ := json.Marshal(t.Counts())
	return t.db.Update(func(txn *badger.Txn) error { return txn.Set(keyCounts, counts) })
}

// Counts returns the counters.
func (t *Trail) Counts() Counts {
	return Counts{
		Evaluations: t.counts.evaluations.Load(),
		Matched:     t.counts.matched.Load(),
		Failed:      t.counts.failed.Load(),
		Recorded:    t.counts.recorded.Load(),
	}
}

// Filter selects records.
type Filter struct {
	Workflow string
	Rule     string
	Since    time.Time
	Failed   bool // only failures
}

// List returns up to limit records that match f, newest first.
func (t *Trail) List(ctx context.Context, f Filter, limit int) ([]Record, error) {
	out := []Record{}
	err := t.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = keyRecords
		opts.Reverse = true
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Seek(recordKey(^uint64(0))); it.Valid() && (limit <= 0 || len(out) < limit); it.Next() {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			var r Record
			if err := it.Item().Value(func(b []byte) error { return json.Unmarshal(b, &r) }); err != nil {
				return err
			}
			if r.Time.Before(f.Since) {
				break
			}
			if (f.Workflow != "" && r.Workflow != f.Workflow) || (f.Rule != "" && r.Rule != f.Rule) || (f.Failed && r.Error == "") {
				continue
			}
			out = append(out, r)
		}
		return nil
	})
	return out, err
}

// Verification is the outcome of Verify.
type Verification struct {
	OK      bool   `json:"ok"`
	Checked int    `json:"checked"`
	Problem string `json:"problem,omitempty"`
	// BrokenAt is the first record whose hash or link does not hold.
	BrokenAt uint64 `json:"broken_at,omitempty"`
}

// Verify walks the chain from its base to its head and checks every
// record's hash and its link to the one before.
func (t *Trail) Verify(ctx context.Context) (Verification, error) {
	var v Verification
	err := t.db.View(func(txn *badger.Txn) error {
		var base, head link
		if err := store.GetJSON(txn, keyBase, &base); err != nil {
			return err
		}
		if err := store.GetJSON(txn, keyHead, &head); err != nil {
			return err
		}
		prev, next := base.Hash, base.Seq+1
		opts := badger.DefaultIteratorOptions
		opts.Prefix = keyRecords
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Seek(recordKey(next)); it.Valid(); it.Next() {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			var r Record
			if err := it.Item().Value(func(b []byte) error { return json.Unmarshal(b, &r) }); err != nil {
				v.Problem, v.BrokenAt = "record does not decode", next
				return nil
			}
			switch {
			case r.Seq != next:
				v.Problem, v.BrokenAt = fmt.Sprintf("record %d is missing", next), next
			case r.Prev != prev:
				v.Problem, v.BrokenAt = fmt.Sprintf("record %d does not link to the one before", r.Seq), r.Seq
			case t.hashOf(r) != r.Hash:
				v.Problem, v.BrokenAt = fmt.Sprintf("record %d was changed: its hash does not match", r.Seq), r.Seq
			}
			if v.Problem != "" {
				return nil
			}
			v.Checked++
			prev, next = r.Hash, r.Seq+1
		}
		if next-1 != head.Seq || prev != head.Hash {
			v.Problem, v.BrokenAt = fmt.Sprintf("the chain ends at %d, the head says %d", next-1, head.Seq), next
			return nil
		}
		// The running node knows its own head: a store truncated and given a
		// matching head behind its back does not pass.
		t.mu.Lock()
		seq, hash := t.seq, t.head
		t.mu.Unlock()
		if head.Seq != seq || head.Hash != hash {
			v.Problem, v.BrokenAt = fmt.Sprintf("the stored head (%d) is not the one this node wrote (%d)", head.Seq, seq), head.Seq+1
			return nil
		}
		v.OK = true
		return nil
	})
	return v, err
}

// Enforce deletes records older than MaxAge and the oldest beyond
// MaxRecords, and moves the base of the chain to the last one deleted, so
// the rest still verifies.
func (t *Trail) Enforce(ctx context.Context, now time.Time) (int, error) {
	cutoff := now.Add(-t.MaxAge)
	removed := 0
	for {
		var keys [][]byte
		var last Record
		err := t.db.View(func(txn *badger.Txn) error {
			var base link
			if err := store.GetJSON(txn, keyBase, &base); err != nil {
				return err
			}
			t.mu.Lock()
			kept := t.seq - base.Seq // sequence numbers have no gaps
			t.mu.Unlock()
			opts := badger.DefaultIteratorOptions
			opts.Prefix = keyRecords
			it := txn.NewIterator(opts)
			defer it.Close()
			for it.Rewind(); it.Valid() && len(keys) < 1000; it.Next() {
				var r Record
				if err := it.Item().Value(func(b []byte) error { return json.Unmarshal(b, &r) }); err != nil {
					return err
				}
				if !r.Time.Before(cutoff) && kept-uint64(len(keys)) <= t.MaxRecords {
					break
				}
				keys = append(keys, it.Item().KeyCopy(nil))
				last = r
			}
			return nil
		})
		if err != nil || len(keys) == 0 || ctx.Err() != nil {
			return removed, err
		}
		base, _ := json.Marshal(link{Seq: last.Seq, Hash: last.Hash})
		err = t.db.Update(func(txn *badger.Txn) error {
			for _, k := range keys {
				if err := txn.Delete(k); err != nil {
					return err
				}
			}
			return txn.Set(keyBase, base)
		})
		if err != nil {
			return removed, err
		}
		removed += len(keys)
	}
}
