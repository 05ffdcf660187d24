// Package store owns the node's persistent data: one badger database per
// node, opened through go-ds-badger4 so that the blockstore, pins, the DHT's
// records and the event history can all share it. It knows nothing of the
// network or of HTTP.
package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"
	badger4 "github.com/ipfs/go-ds-badger4"
)

// ErrLocked is returned by Open when another process holds the database.
var ErrLocked = errors.New("store is in use by another process")

// Store is the node's badger database.
type Store struct {
	// DS is the datastore view of the database, for the subsystems that
	// speak go-datastore (blockstore, DHT, pins).
	DS *badger4.Datastore
}

// Options are what an operator chooses about the store.
type Options struct {
	// SyncWrites makes every commit wait until it is on the disk (fsync):
	// what was acknowledged then survives a power loss, not only a crash
	// of the process, whose writes the kernel keeps either way.
	SyncWrites bool
}

// Open opens (creating if needed) the database in dir, with the default
// Options.
func Open(dir string) (*Store, error) {
	return OpenWith(dir, Options{})
}

// OpenWith opens (creating if needed) the database in dir.
func OpenWith(dir string, o Options) (*Store, error) {
	opts := badger4.DefaultOptions
	opts.GcInterval = 15 * time.Minute
	// Sized for a node that idles in well under 100 MiB: badger's defaults
	// (64 MiB memtables, 256 MiB block cache, 1 GiB value logs) suit a
	// dedicated database server, not a daemon beside Docker.
	//
	// Values from valueThreshold up (events, blocks) go to the value log,
	// written once, and the tree keeps the keys: with the values in the
	// tree, every byte of every event was written again by each flush and
	// compaction, which took a tenth of a busy node's processor time and
	// stalled writes for tens of milliseconds each second at 20,000 events/s
	// (BenchmarkPipelineRate). What it costs: reading an event's body is a
	// read of the value log (mapped, so through the page cache), and the
	// space of deleted events comes back only when the value log's garbage
	// collection, every GcInterval, rewrites a file that is a fifth
	// garbage, so the disk can hold more than the history's MaxBytes for a
	// while.
	opts.Options = badger.DefaultOptions("").
		WithValueThreshold(valueThreshold).
		WithMemTableSize(16 << 20).
		WithNumMemtables(3).
		WithBlockCacheSize(32 << 20).
		WithIndexCacheSize(16 << 20).
		WithValueLogFileSize(256 << 20).
		WithNumCompactors(2).
		WithSyncWrites(o.SyncWrites).
		WithLoggingLevel(badger.WARNING)
	ds, err := badger4.NewDatastore(dir, &opts)
	if err != nil {
		if isLockErr(err) {
			return nil, fmt.Errorf("open store %s: %w", dir, ErrLocked)
		}
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	return &Store{DS: ds}, nil
}

// valueThreshold is the size from which badger keeps a value in its value
// log rather than in its tree: above index entries and counters, below the
// smallest event.
const valueThreshold = 64

func isLockErr(err error) bool {
	// badger reports a held directory lock only as text.
	msg := err.Error()
	return strings.Contains(msg, "Cannot acquire directory lock") || strings.Contains(msg, "resource temporarily unavailable")
}

// Close flushes and closes the database.
func (s *Store) Close() error {
	if err := s.DS.Close(); err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	return nil
}

// GetJSON reads the JSON value of key in txn into v; a missing key leaves
// v as it is.
func GetJSON(txn *badger.Txn, key []byte, v any) error {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	return item.Value(func(b []byte) error { return json.Unmarshal(b, v) })
}
