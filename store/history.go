package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// Event is a CloudEvents 1.0 event as the node records it.
type Event struct {
	SpecVersion     string          `json:"specversion"`
	ID              string          `json:"id"`
	Source          string          `json:"source"`
	Type            string          `json:"type"`
	Time            time.Time       `json:"time"`
	DataContentType string          `json:"datacontenttype,omitempty"`
	Data            json.RawMessage `json:"data,omitempty"`
}

// History keeps every event a node ingests or emits, keyed by type and time,
// with a secondary index on each scalar field of the event's data (strings,
// numbers and booleans at the top level of a JSON object), so that windowed
// counts and aggregates with equality filters read index keys only.
//
// Keys, all under "h/":
//
//	h/e/<type>\x00<time><seq>                     -> the event (JSON)
//	h/i/<type>\x00<field>\x00<value>\x00<time><seq> -> the field's value if numeric, else empty
//	h/t/<time><seq>                               -> <type> (for retention, oldest first)
//
// <time> is 8 bytes of big-endian Unix nanoseconds, <seq> 8 bytes of a
// counter, so keys sort by time and never collide.
type History struct {
	db     *badger.DB
	seq    atomic.Uint64
	size   atomic.Int64 // bytes of stored events, kept in h/size
	log    *slog.Logger
	mu     sync.Mutex // serialises retention with itself
	MaxAge time.Duration
	// MaxBytes bounds the stored events' size; the oldest go first.
	MaxBytes int64
}

// History defaults: 7 days, 1 GiB.
const (
	DefaultHistoryAge   = 7 * 24 * time.Hour
	DefaultHistoryBytes = 1 << 30
	// maxIndexedFields and maxIndexedValue bound what one event adds to the
	// index.
	maxIndexedFields = 16
	maxIndexedValue  = 128
)

var (
	prefixEvents = []byte("h/e/")
	prefixIndex  = []byte("h/i/")
	prefixTime   = []byte("h/t/")
	keySize      = []byte("h/size")
)

// OpenHistory opens the event history in st.
func OpenHistory(st *Store, log *slog.Logger) (*History, error) {
	if log == nil {
		log = slog.Default()
	}
	h := &History{db: st.DS.DB, log: log, MaxAge: DefaultHistoryAge, MaxBytes: DefaultHistoryBytes}
	err := h.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(keySize)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return item.Value(func(v []byte) error {
			if len(v) == 8 {
				h.size.Store(int64(binary.BigEndian.Uint64(v)))
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("history: %w", err)
	}
	h.seq.Store(uint64(time.Now().UnixNano())) // unique across restarts without a stored counter
	return h, nil
}

// stamp is the time part of a key; times before 1970 (the zero time among
// them) sort first.
func stamp(t time.Time, seq uint64) []byte {
	var b [16]byte
	var ns int64
	if t.After(time.Unix(0, 0)) {
		ns = t.UnixNano()
	}
	binary.BigEndian.PutUint64(b[:8], uint64(ns))
	binary.BigEndian.PutUint64(b[8:], seq)
	return b[:]
}

func join(parts ...[]byte) []byte {
	return bytes.Join(parts, nil)
}

var zero = []byte{0}

// indexEntries returns the secondary index keys (and values) of an event.
func indexEntries(e *Event, st []byte) ([][2][]byte, error) {
	if len(e.Data) == 0 || e.Data[0] != '{' {
		return nil, nil
	}
	var fields map[string]any
	if err := json.Unmarshal(e.Data, &fields); err != nil {
		return nil, fmt.Errorf("event %s: data: %w", e.ID, err)
	}
	names := make([]string, 0, len(fields))
	for k := range fields {
		names = append(names, k)
	}
	sort.Strings(names)
	var out [][2][]byte
	for _, k := range names {
		if len(out) == maxIndexedFields {
			break
		}
		v, num, ok := scalar(fields[k])
		if !ok || len(v) > maxIndexedValue || len(k) > maxIndexedValue {
			continue
		}
		var val []byte
		if num {
			f, _ := strconv.ParseFloat(v, 64)
			val = binary.BigEndian.AppendUint64(nil, math.Float64bits(f))
		}
		key := join(prefixIndex, []byte(e.Type), zero, []byte(k), zero, []byte(v), zero, st)
		out = append(out, [2][]byte{key, val})
	}
	return out, nil
}

// scalar renders a JSON scalar the way filters compare it.
func scalar(v any) (s string, numeric, ok bool) {
	switch x := v.(type) {
	case string:
		return x, false, true
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64), true, true
	case bool:
		return strconv.FormatBool(x), false, true
	}
	return "", false, false
}

// Append records events.
func (h *History) Append(events ...*Event) error {
	wb := h.db.NewWriteBatch()
	defer wb.Cancel()
	var added int64
	for _, e := range events {
		if e.Type == "" || bytes.IndexByte([]byte(e.Type), 0) >= 0 {
			return fmt.Errorf("event %s: type %q", e.ID, e.Type)
		}
		st := stamp(e.Time, h.seq.Add(1))
		raw, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
		idx, err := indexEntries(e, st)
		if err != nil {
			return err
		}
		if err := wb.Set(join(prefixEvents, []byte(e.Type), zero, st), raw); err != nil {
			return err
		}
		for _, kv := range idx {
			if err := wb.Set(kv[0], kv[1]); err != nil {
				return err
			}
		}
		if err := wb.Set(join(prefixTime, st), []byte(e.Type)); err != nil {
			return err
		}
		added += int64(len(raw))
	}
	if err := wb.Flush(); err != nil {
		return fmt.Errorf("history: append: %w", err)
	}
	h.size.Add(added)
	return nil
}

// Query selects events of one type in [Since, Until) whose data fields equal
// those in Where.
type Query struct {
	Type  string
	Where map[string]any
	Since time.Time
	Until time.Time // zero: now and on
}

// Aggregate is the result of Stats: Count always; Sum, Avg, Min and Max of
// the numeric field asked for, over the events that have it.
type Aggregate struct {
	Count   int     `json:"count"`
	Numeric int     `json:"numeric"` // events with a numeric value of the field
	Sum     float64 `json:"sum"`
	Avg     float64 `json:"avg"`
	Min     float64 `json:"min"`
	Max     float64 `json:"max"`
	// Last is the field's value in the newest event that has it.
	Last float64 `json:"last"`
	// LastTime is the time of the newest matching event.
	LastTime time.Time `json:"last_time"`
}

// scan calls fn for each matching event's index key (or primary key without
// Where), oldest first, with the event's stamp and the index value.
func (h *History) scan(ctx context.Context, q Query, field string, fn func(st []byte, val []byte) error) error {
	if q.Type == "" {
		return errors.New("history: query without a type")
	}
	where := make([]string, 0, len(q.Where))
	for k := range q.Where {
		where = append(where, k)
	}
	sort.Strings(where)
	var prefix []byte
	var rest []string // filters checked on the event itself
	if len(where) > 0 {
		v, _, ok := scalar(normalise(q.Where[where[0]]))
		if !ok {
			return fmt.Errorf("history: where %s: only strings, numbers and booleans compare", where[0])
		}
		prefix = join(prefixIndex, []byte(q.Type), zero, []byte(where[0]), zero, []byte(v), zero)
		rest = where[1:]
	} else {
		prefix = join(prefixEvents, []byte(q.Type), zero)
	}
	until := q.Until
	if until.IsZero() {
		until = time.Unix(0, math.MaxInt64)
	}
	return h.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = false
		opts.Prefix = prefix
		it := txn.NewIterator(opts)
		defer it.Close()
		start := join(prefix, stamp(q.Since, 0))
		end := join(prefix, stamp(until, 0))
		for it.Seek(start); it.Valid(); it.Next() {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			key := it.Item().Key()
			if bytes.Compare(key, end) >= 0 {
				break
			}
			st := key[len(prefix):]
			var val []byte
			if len(rest) > 0 || (field != "" && (len(where) == 0 || field != where[0])) {
				e, err := h.event(txn, q.Type, st)
				if err != nil {
					return err
				}
				ok, fv := matches(e, q.Where, rest, field)
				if !ok {
					continue
				}
				val = fv
			} else if field != "" {
				if v, err := it.Item().ValueCopy(nil); err == nil {
					val = v
				}
			}
			if err := fn(st, val); err != nil {
				return err
			}
		}
		return nil
	})
}

func normalise(v any) any {
	switch x := v.(type) {
	case int:
		return float64(x)
	case int64:
		return float64(x)
	case float32:
		return float64(x)
	}
	return v
}

func (h *History) event(txn *badger.Txn, typ string, st []byte) (*Event, error) {
	item, err := txn.Get(join(prefixEvents, []byte(typ), zero, st))
	if err != nil {
		return nil, err
	}
	var e Event
	err = item.Value(func(v []byte) error { return json.Unmarshal(v, &e) })
	return &e, err
}

// matches checks the filters in rest against the event and returns the
// numeric value of field, if it has one, in index form.
func matches(e *Event, where map[string]any, rest []string, field string) (bool, []byte) {
	var fields map[string]any
	if json.Unmarshal(e.Data, &fields) != nil {
		return false, nil
	}
	for _, k := range rest {
		a, _, _ := scalar(fields[k])
		b, _, _ := scalar(normalise(where[k]))
		if fields[k] == nil || a != b {
			return false, nil
		}
	}
	if f, ok := fields[field].(float64); ok {
		return true, binary.BigEndian.AppendUint64(nil, math.Float64bits(f))
	}
	return true, nil
}

// Count returns how many events match q.
func (h *History) Count(ctx context.Context, q Query) (int, error) {
	n := 0
	err := h.scan(ctx, q, "", func([]byte, []byte) error { n++; return nil })
	return n, err
}

// Stats returns the count of events matching q and the sum, average,
// minimum and maximum of their numeric field (when field is not empty).
func (h *History) Stats(ctx context.Context, q Query, field string) (Aggregate, error) {
	a := Aggregate{Min: math.Inf(1), Max: math.Inf(-1)}
	err := h.scan(ctx, q, field, func(st, val []byte) error {
		a.Count++
		a.LastTime = time.Unix(0, int64(binary.BigEndian.Uint64(st[:8])))
		if len(val) == 8 {
			f := math.Float64frombits(binary.BigEndian.Uint64(val))
			a.Numeric++
			a.Sum += f
			a.Min = min(a.Min, f)
			a.Max = max(a.Max, f)
			a.Last = f
		}
		return nil
	})
	if a.Numeric > 0 {
		a.Avg = a.Sum / float64(a.Numeric)
	} else {
		a.Min, a.Max = 0, 0
	}
	return a, err
}

// List returns up to limit events matching q, newest first.
func (h *History) List(ctx context.Context, q Query, limit int) ([]Event, error) {
	var stamps [][]byte
	if err := h.scan(ctx, q, "", func(st, _ []byte) error {
		stamps = append(stamps, bytes.Clone(st))
		return nil
	}); err != nil {
		return nil, err
	}
	out := []Event{}
	err := h.db.View(func(txn *badger.Txn) error {
		for i := len(stamps) - 1; i >= 0 && (limit <= 0 || len(out) < limit); i-- {
			e, err := h.event(txn, q.Type, stamps[i])
			if err != nil {
				return err
			}
			out = append(out, *e)
		}
		return nil
	})
	return out, err
}

// Types lists the event types recorded, for listing without a type.
func (h *History) Types() ([]string, error) {
	var out []string
	err := h.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = false
		opts.Prefix = prefixEvents
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); {
			key := it.Item().Key()[len(prefixEvents):]
			i := bytes.IndexByte(key, 0)
			if i < 0 {
				it.Next()
				continue
			}
			typ := string(key[:i])
			out = append(out, typ)
			// Skip to the next type.
			it.Seek(join(prefixEvents, []byte(typ), []byte{1}))
		}
		return nil
	})
	return out, err
}

// Enforce deletes events older than MaxAge, then the oldest events until the
// total is under MaxBytes, and records the new total.
func (h *History) Enforce(ctx context.Context, now time.Time) (int, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	cutoff := now.Add(-h.MaxAge)
	removed := 0
	for {
		var batch [][]byte // h/t keys of the events to delete
		var types []string
		err := h.db.View(func(txn *badger.Txn) error {
			opts := badger.DefaultIteratorOptions
			opts.Prefix = prefixTime
			it := txn.NewIterator(opts)
			defer it.Close()
			excess := h.size.Load() - h.MaxBytes
			for it.Rewind(); it.Valid() && len(batch) < 1000; it.Next() {
				st := it.Item().Key()[len(prefixTime):]
				old := time.Unix(0, int64(binary.BigEndian.Uint64(st[:8]))).Before(cutoff)
				if !old && excess <= 0 {
					break
				}
				typ, err := it.Item().ValueCopy(nil)
				if err != nil {
					return err
				}
				if ev, err := txn.Get(join(prefixEvents, typ, zero, st)); err == nil {
					excess -= ev.ValueSize()
				}
				batch = append(batch, bytes.Clone(it.Item().Key()))
				types = append(types, string(typ))
			}
			return nil
		})
		if err != nil || len(batch) == 0 {
			return removed, err
		}
		n, err := h.remove(batch, types)
		removed += n
		if err != nil {
			return removed, err
		}
		if ctx.Err() != nil {
			return removed, ctx.Err()
		}
	}
}

// remove deletes events (given by their h/t keys) with their index entries.
func (h *History) remove(timeKeys [][]byte, types []string) (int, error) {
	wb := h.db.NewWriteBatch()
	defer wb.Cancel()
	var freed int64
	err := h.db.View(func(txn *badger.Txn) error {
		for i, tk := range timeKeys {
			st := tk[len(prefixTime):]
			e, err := h.event(txn, types[i], st)
			if err == nil {
				raw, _ := json.Marshal(e)
				freed += int64(len(raw))
				idx, _ := indexEntries(e, st)
				for _, kv := range idx {
					if err := wb.Delete(kv[0]); err != nil {
						return err
					}
				}
			}
			if err := wb.Delete(join(prefixEvents, []byte(types[i]), zero, st)); err != nil {
				return err
			}
			if err := wb.Delete(tk); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	if err := wb.Flush(); err != nil {
		return 0, err
	}
	h.size.Add(-freed)
	return len(timeKeys), h.saveSize()
}

func (h *History) saveSize() error {
	return h.db.Update(func(txn *badger.Txn) error {
		return txn.Set(keySize, binary.BigEndian.AppendUint64(nil, uint64(max(h.size.Load(), 0))))
	})
}

// Run enforces retention every interval until ctx ends, and saves the size
// counter on the way out.
func (h *History) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			if err := h.saveSize(); err != nil {
				h.log.Warn("history: save size", "err", err)
			}
			return
		case now := <-t.C:
			if n, err := h.Enforce(ctx, now); err != nil && ctx.Err() == nil {
				h.log.Warn("history: retention", "err", err)
			} else if n > 0 {
				h.log.Info("history: retention removed events", "count", n)
			}
			if err := h.saveSize(); err != nil && ctx.Err() == nil {
				h.log.Warn("history: save size", "err", err)
			}
		}
	}
}
