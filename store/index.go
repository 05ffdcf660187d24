package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"maps"
	"math"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// The history indexes a field of an event type once a query has filtered
// on it, not every field of every event: an index key per field and event
// cost a fifth of the pipeline's processor time, for fields most of which
// no one ever filters on.
var (
	prefixFields = []byte("h/x/")   // h/x/<type>\x00<field> -> since (8 bytes, ns; 0: all)
	keyLast      = []byte("h/last") // a bound on the event times written (8 bytes, ns; see lastBound)
)

// fieldSet is which fields of which event types are indexed, and since
// when: every event written after the field was added is, and so is every
// event at or after its since (event times of what was written before
// stop at since - 1). A since of 0 means every event: the backfill is done.
// It is immutable; a change replaces it whole.
type fieldSet struct {
	byType map[string]map[string]uint64
}

// maxFieldsPerType bounds the fields indexed per type; queries on others
// read the events.
const maxFieldsPerType = 32

func (fs *fieldSet) of(typ string) map[string]uint64 {
	if fs == nil {
		return nil
	}
	return fs.byType[typ]
}

// covers reports whether the index of field answers a query of typ from
// since on.
func (fs *fieldSet) covers(typ, field string, since time.Time) bool {
	s, ok := fs.of(typ)[field]
	if !ok {
		return false
	}
	return s == 0 || (!since.IsZero() && since.UnixNano() >= 0 && uint64(since.UnixNano()) >= s)
}

// with returns a copy with field of typ set to since.
func (fs *fieldSet) with(typ, field string, since uint64) *fieldSet {
	out := &fieldSet{byType: map[string]map[string]uint64{}}
	if fs != nil {
		maps.Copy(out.byType, fs.byType)
	}
	fields := maps.Clone(out.byType[typ])
	if fields == nil {
		fields = map[string]uint64{}
	}
	fields[field] = since
	out.byType[typ] = fields
	return out
}

func fieldKey(typ, field string) []byte {
	return join(prefixFields, []byte(typ), zero, []byte(field))
}

// loadFields reads the indexed fields and the latest event time, and asks
// Run to finish any backfill left undone.
func (h *History) loadFields() error {
	fs := &fieldSet{byType: map[string]map[string]uint64{}}
	pending := false
	err := h.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = prefixFields
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			typ, field, ok := bytes.Cut(it.Item().Key()[len(prefixFields):], zero)
			if !ok {
				continue
			}
			v, err := it.Item().ValueCopy(nil)
			if err != nil || len(v) != 8 {
				continue
			}
			since := binary.BigEndian.Uint64(v)
			pending = pending || since != 0
			if fs.byType[string(typ)] == nil {
				fs.byType[string(typ)] = map[string]uint64{}
			}
			fs.byType[string(typ)][string(field)] = since
		}
		item, err := txn.Get(keyLast)
		switch {
		case errors.Is(err, badger.ErrKeyNotFound):
			// A history from before this was kept may hold events of any
			// time: its index is trusted only once backfilled. A new one
			// has none.
			any := txn.NewIterator(badger.IteratorOptions{Prefix: prefixEvents})
			any.Rewind()
			if any.Valid() {
				h.last = math.MaxInt64
			}
			any.Close()
			return nil
		case err != nil:
			return err
		}
		return item.Value(func(v []byte) error {
			if len(v) == 8 {
				h.last = binary.BigEndian.Uint64(v)
			}
			return nil
		})
	})
	h.fields.Store(fs)
	h.lastStored = h.last
	if pending {
		h.wake()
	}
	return err
}

// pending reports whether a field waits for its backfill.
func (h *History) pending() bool {
	for _, fields := range h.fields.Load().byType {
		for _, since := range fields {
			if since != 0 {
				return true
			}
		}
	}
	return false
}

func (h *History) wake() {
	select {
	case h.backfill <- struct{}{}:
	default:
	}
}

// want adds the fields of typ that a query filters on to the index, each
// from the next event written on, and asks Run to index the events before.
func (h *History) want(typ string, fields []string) error {
	fs := h.fields.Load()
	missing := false
	for _, f := range fields {
		if _, ok := fs.of(typ)[f]; !ok && indexable(f, "") && len(fs.of(typ)) < maxFieldsPerType {
			missing = true
		}
	}
	if !missing {
		return nil
	}
	h.sizeMu.Lock() // no batch is being written: h.last is every event's bound
	defer h.sizeMu.Unlock()
	fs = h.fields.Load()
	since := h.last + 1
	wb := h.db.NewWriteBatch()
	defer wb.Cancel()
	added := false
	for _, f := range fields {
		if _, ok := fs.of(typ)[f]; ok || !indexable(f, "") || len(fs.of(typ)) >= maxFieldsPerType {
			continue
		}
		if err := wb.Set(fieldKey(typ, f), binary.BigEndian.AppendUint64(nil, since)); err != nil {
			return err
		}
		fs = fs.with(typ, f, since)
		added = true
	}
	if !added {
		return nil
	}
	if err := wb.Flush(); err != nil {
		return err
	}
	h.fields.Store(fs)
	h.wake()
	return nil
}

// fillChunk is how many events a backfill indexes per batch, holding
// retention off meanwhile.
const fillChunk = 1000

// fill indexes, for each type with fields added but not yet backfilled,
// its events with those fields, to the end of the type (what was written
// after a field was added is indexed already; writing it again is
// harmless), then marks the fields whole. It holds mu (retention's lock)
// chunk by chunk, so that retention never deletes an event whose index
// key is being written.
func (h *History) fill(ctx context.Context) error {
	for typ, fields := range h.fields.Load().byType {
		only := map[string]uint64{}
		for field, since := range fields {
			if since != 0 {
				only[field] = since
			}
		}
		if len(only) == 0 {
			continue
		}
		prefix := join(prefixEvents, []byte(typ), zero)
		for from := prefix; from != nil; {
			if err := ctx.Err(); err != nil {
				return err
			}
			var err error
			if from, err = h.fillChunk(only, prefix, from); err != nil {
				return err
			}
		}
		h.sizeMu.Lock()
		fs := h.fields.Load()
		wb := h.db.NewWriteBatch()
		for field := range only {
			if err := wb.Set(fieldKey(typ, field), make([]byte, 8)); err != nil {
				wb.Cancel()
				h.sizeMu.Unlock()
				return err
			}
			fs = fs.with(typ, field, 0)
		}
		err := wb.Flush()
		if err == nil {
			h.fields.Store(fs)
		}
		h.sizeMu.Unlock()
		if err != nil {
			return err
		}
		h.log.Info("history: fields indexed", "type", typ, "fields", len(only))
	}
	return nil
}

// fillChunk indexes up to fillChunk events from the key from on, and
// returns where to go on (nil: done).
func (h *History) fillChunk(only map[string]uint64, prefix, from []byte) ([]byte, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	wb := h.db.NewWriteBatch()
	defer wb.Cancel()
	var next []byte
	err := h.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = prefix
		it := txn.NewIterator(opts)
		defer it.Close()
		n := 0
		for it.Seek(from); it.Valid(); it.Next() {
			key := it.Item().Key()
			if n == fillChunk {
				next = it.Item().KeyCopy(nil)
				return nil
			}
			n++
			var e Event
			if err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &e) }); err != nil {
				continue // unreadable: not indexed, as when it was written
			}
			idx, err := indexEntries(&e, key[len(prefix):], only, false)
			if err != nil {
				continue
			}
			for _, kv := range idx {
				if err := wb.Set(kv[0], kv[1]); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return next, wb.Flush()
}
