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
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
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
	// decoded is Data as Go values, once something needed them: the index,
	// the rules and the scripts all read it, and decoding it once each was
	// a tenth of an event's time.
	decoded    any
	hasDecoded bool
	dataValid  bool // CheckData found Data to be JSON
	// pending is the event's seen key while it is marked pending
	// (AppendDispatch, Done).
	pending []byte
}

// CheckData reports whether Data is empty or JSON, reading it only the
// first time (or not at all once it was decoded): ingest checks it, and
// the history need not again.
func (e *Event) CheckData() error {
	if len(e.Data) == 0 || e.dataValid || e.hasDecoded {
		return nil
	}
	if !json.Valid(e.Data) {
		return fmt.Errorf("event %s: data is not JSON", e.ID)
	}
	e.dataValid = true
	return nil
}

// CheckNumbers is CheckData, then a *DataError naming the first number in
// Data that does not fit a float64, which Decoded would refuse. It reads
// Data without decoding it.
func (e *Event) CheckNumbers() error {
	if err := e.CheckData(); err != nil || len(e.Data) == 0 || e.hasDecoded {
		return err
	}
	return tooLarge(e.Data)
}

// Decoded returns the event's data as json.Unmarshal into an any makes it
// (nil without data), decoding it on the first call. The result is shared:
// callers must not change it. It is not safe for concurrent first calls;
// an event is decoded by whoever records it, before it is handed on. A
// number beyond float64's range is a *DataError, wrapped with the event's
// id.
func (e *Event) Decoded() (any, error) {
	if e.hasDecoded {
		return e.decoded, nil
	}
	if len(e.Data) == 0 {
		return nil, nil // not remembered: data given later is decoded then
	}
	if e.dataValid || json.Valid(e.Data) {
		if v, ok := decodeData(e.Data); ok {
			e.decoded, e.hasDecoded = v, true
			return v, nil
		}
		if err := tooLarge(e.Data); err != nil {
			return nil, fmt.Errorf("event %s: %w", e.ID, err)
		}
	}
	var v any
	if err := json.Unmarshal(e.Data, &v); err != nil {
		return nil, fmt.Errorf("event %s: data: %w", e.ID, err)
	}
	e.decoded, e.hasDecoded = v, true
	return v, nil
}

// SetDecoded records v as the decoded form of Data, for a caller that
// made Data by encoding v (plain JSON data: nil, bool, float64, string,
// []any, map[string]any).
func (e *Event) SetDecoded(v any) {
	e.decoded, e.hasDecoded = v, true
}

// appendJSON appends the event as JSON, as json.Marshal writes it but for
// Data, which is copied as it is (it was checked to be JSON).
func (e *Event) appendJSON(b []byte) []byte {
	b = append(b, `{"specversion":`...)
	b = appendString(b, e.SpecVersion)
	b = append(b, `,"id":`...)
	b = appendString(b, e.ID)
	b = append(b, `,"source":`...)
	b = appendString(b, e.Source)
	b = append(b, `,"type":`...)
	b = appendString(b, e.Type)
	b = append(b, `,"time":"`...)
	b = e.Time.AppendFormat(b, time.RFC3339Nano)
	b = append(b, '"')
	if e.DataContentType != "" {
		b = append(b, `,"datacontenttype":`...)
		b = appendString(b, e.DataContentType)
	}
	if len(e.Data) > 0 {
		b = append(b, `,"data":`...)
		b = append(b, e.Data...)
	}
	return append(b, '}')
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
//	h/x/<type>\x00<field>                         -> since when the field is indexed (index.go)
//
// A field is indexed once a query filters on it: from then on as events
// are written, and before that by a backfill that Run does in the
// background. Until the backfill is done, queries that reach back before
// the field was added read the events themselves.
//
// <time> is 8 bytes of big-endian Unix nanoseconds, <seq> 8 bytes of a
// counter, so keys sort by time and never collide.
type History struct {
	db       *badger.DB
	seq      atomic.Uint64
	run      uint64       // this opening's number, in the pending marks it writes
	size     atomic.Int64 // bytes of stored events, kept in h/size
	log      *slog.Logger
	mu       sync.Mutex // serialises retention with itself
	migrated bool       // time keys of earlier versions turned into buckets (under mu)
	sizeMu   sync.Mutex // serialises changes of the size total
	// marked is, by type, the minute whose bucket key was written last
	// (under sizeMu): a bucket key is written once per type and minute.
	marked map[string]uint64
	// fields is what is indexed (a fieldSet, replaced whole under sizeMu);
	// last is the latest event time written, in ns (under sizeMu).
	fields atomic.Pointer[fieldSet]
	last   uint64
	// lastStored is the bound h/last holds (under sizeMu; lastBound of a
	// last): a write that failed may have raised last alone.
	lastStored uint64
	backfill   chan struct{} // wakes Run to index what came before a field was added
	// seen spares AppendUnique a lookup for the keys it never wrote; Run
	// loads what was stored before.
	seen *seenFilter
	// Appends that wait for the one being written go in one batch together.
	groupMu sync.Mutex
	group   *appendGroup // the next batch, gathering; nil when none
	// finished is the pending marks Done was given (under groupMu), for
	// the next batch to clear; flushing is set once Run was kicked
	// (doneKick) to write them should no batch come.
	finished [][]byte
	flushing bool
	doneKick chan struct{}
	// beforePart, in tests, is called before each part of a write with
	// the number written: an error fails the part, a panic is a crash.
	beforePart func(written int) error
	MaxAge     time.Duration
	// MaxBytes bounds the stored events' size; the oldest go first.
	MaxBytes int64
}

// History defaults: 7 days, 1 GiB.
const (
	DefaultHistoryAge   = 7 * 24 * time.Hour
	DefaultHistoryBytes = 1 << 30
	// maxIndexedFields and maxIndexedValue bound what one event adds to the
	// index.
	maxIndexedFields = 64
	maxIndexedValue  = 128
)

var (
	prefixEvents = []byte("h/e/")
	prefixIndex  = []byte("h/i/")
	prefixTime   = []byte("h/t/") // a time key per event, from earlier versions: migrated
	keySize      = []byte("h/size")
	prefixBucket = []byte("h/m/") // a minute that has events of a type
	prefixSeen   = []byte("h/u/") // (source, id) of events taken by AppendUnique
)

// OpenHistory opens the event history in st.
func OpenHistory(st *Store, log *slog.Logger) (*History, error) {
	if log == nil {
		log = slog.Default()
	}
	h := &History{db: st.DS.DB, log: log, MaxAge: DefaultHistoryAge, MaxBytes: DefaultHistoryBytes, marked: map[string]uint64{},
		backfill: make(chan struct{}, 1), seen: newSeenFilter(), doneKick: make(chan struct{}, 1)}
	if err := h.loadFields(); err != nil {
		return nil, fmt.Errorf("history: %w", err)
	}
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
	h.run = rand.Uint64()
	return h, nil
}

// stamp is the time part of a key; times before 1970 (the zero time among
// them) sort first.
func stamp(t time.Time, seq uint64) []byte {
	var b [16]byte
	var ns int64
	switch {
	case t.After(maxStampTime):
		// UnixNano would wrap; the ingest refuses such times, and what
		// else records them is filed at the end of time, still reachable.
		ns = maxStampTime.UnixNano()
	case t.After(time.Unix(0, 0)):
		ns = t.UnixNano()
	}
	binary.BigEndian.PutUint64(b[:8], uint64(ns))
	binary.BigEndian.PutUint64(b[8:], seq)
	return b[:]
}

// maxStampTime is the latest time a stamp holds: a minute short of where
// nanoseconds since 1970 overflow 63 bits, so that a minute's end does too.
var maxStampTime = time.Unix(0, math.MaxInt64-int64(2*time.Minute))

func join(parts ...[]byte) []byte {
	return bytes.Join(parts, nil)
}

var zero = []byte{0}

// indexEntries returns the secondary index keys (and values) of an event:
// of the fields in only, or of every field when all is set.
func indexEntries(e *Event, st []byte, only map[string]uint64, all bool) ([][2][]byte, error) {
	if len(e.Data) == 0 || e.Data[0] != '{' || (!all && len(only) == 0) {
		return nil, nil
	}
	v, err := e.Decoded()
	if err != nil {
		return nil, err
	}
	fields, _ := v.(map[string]any)
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
		if _, want := only[k]; !all && !want {
			continue
		}
		v, num, ok := scalar(fields[k])
		if !ok || !indexable(k, v) {
			continue
		}
		var val []byte
		if num {
			val = binary.BigEndian.AppendUint64(nil, math.Float64bits(fields[k].(float64)))
		}
		key := join(prefixIndex, []byte(e.Type), zero, []byte(k), zero, []byte(v), zero, st)
		out = append(out, [2][]byte{key, val})
	}
	return out, nil
}

// scalar renders a JSON scalar as the index keys it: tagged with its kind,
// so the string "4" and the number 4 differ. ok is false for anything else,
// and for text with a NUL byte (the key separator).
func scalar(v any) (s string, numeric, ok bool) {
	switch x := normalise(v).(type) {
	case string:
		if strings.IndexByte(x, 0) >= 0 {
			return "", false, false
		}
		return "s" + x, false, true
	case float64:
		return "n" + strconv.FormatFloat(x, 'g', -1, 64), true, true
	case bool:
		return "b" + strconv.FormatBool(x), false, true
	}
	return "", false, false
}

// normalise turns every Go number a caller may filter with into float64,
// the type JSON numbers decode to.
func normalise(v any) any {
	if n, ok := v.(json.Number); ok {
		if f, err := n.Float64(); err == nil {
			return f
		}
		return v
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return float64(rv.Uint())
	case reflect.Float32, reflect.Float64:
		return rv.Float()
	}
	return v
}

// indexable reports whether a field and its rendered value go in the index.
func indexable(field, value string) bool {
	return len(field) <= maxIndexedValue && len(value) <= maxIndexedValue && strings.IndexByte(field, 0) < 0
}

// Append records events. An event without a time is stamped now.
//
// Appends from many goroutines are written together: while one batch is
// being written the next gathers, and its first caller writes it for all
// (group commit), so that the size total, written in the same batch as the
// events it counts, stays exact without one write per caller.
func (h *History) Append(events ...*Event) error {
	_, err := h.append(events, false, nil, 0)
	return err
}

// SeenFor is how long AppendUnique remembers an event's (source, id).
const SeenFor = 7 * 24 * time.Hour

// AppendUnique records the events whose (source, id) it has not recorded
// within SeenFor (nor earlier in the same call), and reports which it
// recorded. It is written in the same batches as Append.
func (h *History) AppendUnique(events ...*Event) ([]bool, error) {
	return h.append(events, true, nil, 0)
}

// AppendDispatch is AppendUnique that also records, in the same
// transaction as each event recorded whose dispatch[i] is set, that it
// waits for dispatch at depth: until Done is called with it, it is among
// the Pending of the next start. dispatch may be nil.
func (h *History) AppendDispatch(events []*Event, depth int, dispatch []bool) ([]bool, error) {
	if dispatch != nil && len(dispatch) != len(events) {
		return nil, fmt.Errorf("history: %d events, %d dispatch flags", len(events), len(dispatch))
	}
	if depth < 0 || depth > 255 {
		return nil, fmt.Errorf("history: depth %d: want 0 to 255", depth)
	}
	return h.append(events, true, dispatch, depth)
}

func (h *History) append(events []*Event, unique bool, dispatch []bool, depth int) ([]bool, error) {
	now := time.Now()
	fs := h.fields.Load() // indexed as of now; write looks again
	// Each caller encodes its own events, so the group's writer only writes.
	prepared := make([]entry, len(events))
	for i, e := range events {
		if e.Type == "" || strings.IndexByte(e.Type, 0) >= 0 {
			return nil, fmt.Errorf("event %s: type %q", e.ID, e.Type)
		}
		if e.Time.IsZero() {
			e.Time = now
		}
		st := stamp(e.Time, h.seq.Add(1))
		if err := e.CheckData(); err != nil {
			return nil, err
		}
		raw := e.appendJSON(make([]byte, 0, 160+len(e.ID)+len(e.Source)+len(e.Type)+len(e.Data)))
		idx, err := indexEntries(e, st, fs.of(e.Type), false)
		if err != nil {
			return nil, err
		}
		// Keys and hashes are made here, not in the one write at a time.
		prepared[i] = entry{event: e, stamp: st, key: join(prefixEvents, []byte(e.Type), zero, st), raw: raw, index: idx, fields: fs}
		if unique {
			prepared[i].seen = seenKey(e)
			prepared[i].seenHash = h.seen.hash(prepared[i].seen)
		}
		if dispatch != nil && dispatch[i] {
			prepared[i].mark = h.mark(depth, prepared[i].key)
		}
	}
	h.groupMu.Lock()
	g := h.group
	leader := g == nil
	if leader {
		g = &appendGroup{done: make(chan struct{})}
		h.group = g
	}
	first := len(g.entries)
	g.entries = append(g.entries, prepared...)
	h.groupMu.Unlock()
	if leader {
		h.lead(g)
	} else {
		<-g.done
	}
	if g.err != nil {
		return nil, g.err
	}
	fresh := g.fresh[first : first+len(events) : first+len(events)]
	for i, e := range events {
		if fresh[i] && prepared[i].mark != nil {
			e.pending = prepared[i].seen
		}
	}
	return fresh, nil
}

// lead writes the group g, whose first caller it is: it waits for the
// batch before it (sizeMu), then takes what gathered meanwhile and writes
// it.
func (h *History) lead(g *appendGroup) {
	h.sizeMu.Lock()
	h.groupMu.Lock()
	h.group = nil
	finished := h.finished
	h.finished = nil
	h.groupMu.Unlock()
	g.fresh, g.err = h.write(g.entries, finished)
	h.sizeMu.Unlock()
	close(g.done)
	if g.err != nil && len(finished) > 0 && !errors.Is(g.err, badger.ErrDBClosed) {
		h.log.Warn("history: pending marks not deleted; their events run again at the next start", "events", len(finished), "err", g.err)
	}
}

// appendGroup is the events of the Append calls written in one batch.
type appendGroup struct {
	entries []entry
	fresh   []bool // the event was written
	err     error
	done    chan struct{}
}

// entry is an event encoded for the store.
type entry struct {
	event    *Event
	stamp    []byte
	key      []byte // the event's key: its type and stamp
	raw      []byte
	index    [][2][]byte
	fields   *fieldSet // the indexed fields index was made for
	seen     []byte    // its seen key, given to AppendUnique; nil otherwise
	seenHash uint64    // the seen filter's hash of seen
	// mark is its seen key's value when AppendDispatch marks it pending;
	// nil otherwise.
	mark []byte
}

// Forget lets AppendUnique take these events' (source, id) again, which
// drops their pending marks with them: for events recorded that could not
// be handed on, so that a retry is not taken for a repeat. (The retry is
// recorded once more.)
func (h *History) Forget(events ...*Event) error {
	keys := make([][]byte, 0, len(events))
	for _, e := range events {
		keys = append(keys, seenKey(e))
		e.pending = nil
	}
	return h.deleteKeys(keys)
}

// deleteKeys deletes keys in transactions of up to forgetChunk keys.
func (h *History) deleteKeys(keys [][]byte) error {
	for len(keys) > 0 {
		n := min(len(keys), forgetChunk)
		err := h.db.Update(func(txn *badger.Txn) error {
			for _, k := range keys[:n] {
				if err := txn.Delete(k); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("history: forget: %w", err)
		}
		keys = keys[n:]
	}
	return nil
}

// forgetChunk is how many keys one transaction of deleteKeys takes, far
// under badger's limit.
const forgetChunk = 4096

func seenKey(e *Event) []byte {
	return join(prefixSeen, []byte(e.Source), zero, []byte(e.ID))
}

// write writes entries, and clears the pending marks finished, with the
// new size total, leaving out the unique ones seen before; the caller
// holds sizeMu, so no other batch marks an event seen meanwhile. The seen
// keys are read in the transaction that writes, so that a Forget of one
// of them in between is a conflict, and that transaction is tried again;
// those the seen filter says were never written are not read (nor can a
// Forget remove them).
//
// A batch too big for one transaction is written in several, each of
// whole events (the event with its index entries, bucket key and seen
// key, which holds its pending mark), in order: a crash part way leaves the first events
// recorded as if each had come alone, and the others not at all, so the
// client's retry is told the first are duplicates (they are pending, and
// dispatched at the next start) and records the others. (The WriteBatch
// used before could leave an event's seen key without the event.) Should
// a later part fail with the process alive, the events of the parts
// before are forgotten, as Forget does: the caller is told none was taken.
func (h *History) write(entries []entry, finished [][]byte) ([]bool, error) {
	fresh := make([]bool, 0, len(entries))
	limit := len(entries) // events in one part at most
	for done, parts := 0, 0; ; parts++ {
		n := h.fitting(entries[done:], limit, finished)
		var part []bool
		var err error
		if h.beforePart != nil {
			err = h.beforePart(parts)
		}
		if err == nil {
			part, err = h.writePart(entries[done:done+n], finished)
		}
		if errors.Is(err, badger.ErrTxnTooBig) && n > 1 {
			// Fields indexed since the estimate, most likely.
			limit = n / 2
			continue
		}
		if err != nil {
			if done > 0 {
				if ferr := h.unrecord(entries[:done], fresh); ferr != nil {
					h.log.Warn("history: an append failed part way, and its first part is still taken for seen", "events", done, "err", ferr)
				}
			}
			return nil, fmt.Errorf("history: append: %w", err)
		}
		fresh = append(fresh, part...)
		done += n
		finished = nil
		if done >= len(entries) {
			return fresh, nil
		}
	}
}

// fitting is how many of entries, at least one and at most limit, go in
// one transaction with the pending marks finished, by an estimate made as
// badger makes its own, with every event counted as fresh and a margin of
// half: staging is the one step that may grow it (a field indexed since
// the entry was prepared).
func (h *History) fitting(entries []entry, limit int, finished [][]byte) int {
	est := func(k, v []byte) int64 {
		if len(v) >= valueThreshold {
			return int64(len(k)) + 12 + 2 + 10
		}
		return int64(len(k)+len(v)) + 2 + 10
	}
	maxCount, maxSize := h.db.MaxBatchCount()/2, h.db.MaxBatchSize()/2
	count, size := int64(2+len(finished)), int64(2*(16+8+12)) // h/size and h/last
	for _, k := range finished {
		size += est(k, nil) + 8 // and its expiry
	}
	for i, en := range entries {
		if i == limit {
			return i
		}
		count += int64(2 + len(en.index))
		size += est(en.key, en.raw) + int64(len(prefixBucket)+8+len(en.event.Type)+12)
		for _, kv := range en.index {
			size += est(kv[0], kv[1])
		}
		if en.seen != nil {
			count++
			size += est(en.seen, en.mark) + 8
		}
		if i > 0 && (count > maxCount || size > maxSize) {
			return i
		}
	}
	return len(entries)
}

// writePart writes entries in one transaction, trying again after a
// conflict.
func (h *History) writePart(entries []entry, finished [][]byte) ([]bool, error) {
	for try := 0; ; try++ {
		fresh, err := h.writeOnce(entries, finished)
		if errors.Is(err, badger.ErrConflict) && try < 3 {
			continue
		}
		return fresh, err
	}
}

// unrecord lets AppendUnique take again the events of entries that were
// written (fresh), which drops their pending marks.
func (h *History) unrecord(entries []entry, fresh []bool) error {
	var keys [][]byte
	for i, en := range entries {
		if fresh[i] && en.seen != nil {
			keys = append(keys, en.seen)
		}
	}
	return h.deleteKeys(keys)
}

func (h *History) writeOnce(entries []entry, finished [][]byte) ([]bool, error) {
	if h.db.IsClosed() {
		// Before the transaction: badger's oracle is stopped, and its
		// marks would wait for it.
		return nil, badger.ErrDBClosed
	}
	txn := h.db.NewTransaction(true)
	defer txn.Discard()
	fresh := make([]bool, len(entries))
	// The seen keys go into the filter before they can be in the store;
	// should the write fail, they are only looked up for nothing. Those it
	// never had are fresh; the others are repeats of a key earlier in this
	// write, or looked up.
	var hashes []uint64
	for _, en := range entries {
		if en.seen != nil {
			hashes = append(hashes, en.seenHash)
		}
	}
	may := make([]bool, len(hashes))
	if h.seen.claim(hashes, may) {
		h.warnSeenOff()
	}
	var first map[string]int // by seen key, the first entry with it; made if needed
	var adding []uint64      // the keys looked up and not found
	k := 0
	for i, en := range entries {
		if en.seen == nil {
			fresh[i] = true
			continue
		}
		k++
		if !may[k-1] {
			fresh[i] = true
			continue
		}
		if first == nil {
			first = make(map[string]int, len(hashes))
			for j := len(entries) - 1; j >= 0; j-- {
				if entries[j].seen != nil {
					first[string(entries[j].seen)] = j
				}
			}
		}
		if first[string(en.seen)] != i {
			continue // a repeat
		}
		_, err := txn.Get(en.seen)
		if err == nil {
			continue
		}
		if !errors.Is(err, badger.ErrKeyNotFound) {
			return nil, err
		}
		fresh[i] = true
		adding = append(adding, en.seenHash)
	}
	if h.seen.addHashes(adding) {
		h.warnSeenOff()
	}
	expires := uint64(time.Now().Add(SeenFor).Unix()) // as WithTTL(SeenFor), once
	for _, key := range finished {
		// The seen key stays, without its mark.
		e := badger.NewEntry(key, nil)
		e.ExpiresAt = expires
		if err := txn.SetEntry(e); err != nil {
			return nil, err
		}
	}
	w, err := h.stage(txn, entries, fresh, expires)
	if err == nil {
		err = txn.Commit() // all or nothing
	}
	if err != nil {
		return nil, err
	}
	h.last = max(h.last, w.last)
	if w.stored != 0 {
		h.lastStored = w.stored
	}
	h.size.Store(w.total)
	if len(h.marked)+len(w.marks) > maxMarked {
		clear(h.marked)
	}
	for typ, minute := range w.marks {
		h.marked[typ] = minute
	}
	return fresh, nil
}

// lastBound is what h/last keeps for a latest event time of last (ns):
// the next whole second, so that it is written about once a second rather
// than with every batch. Its readers want a time that no event written is
// after, and a later one does as well.
func lastBound(last uint64) uint64 {
	return last - last%uint64(time.Second) + uint64(time.Second)
}

// staged is what a write changes once it is in: the size total, the latest
// time and the bucket keys written.
type staged struct {
	total  int64
	last   uint64
	stored uint64 // the bound written to h/last; 0 where none is
	marks  map[string]uint64
}

// stage sets the fresh entries' keys, with the new size total and latest
// time, in txn.
func (h *History) stage(txn *badger.Txn, entries []entry, fresh []bool, expires uint64) (staged, error) {
	set := func(k, v []byte) error { return txn.SetEntry(badger.NewEntry(k, v)) }
	st := staged{last: h.last, marks: map[string]uint64{}, total: h.size.Load()} // bucket keys written, remembered once written
	fs := h.fields.Load()
	for i, en := range entries {
		if fresh[i] {
			st.last = max(st.last, binary.BigEndian.Uint64(en.stamp[:8]))
		}
	}
	if st.last > h.lastStored {
		st.stored = lastBound(st.last)
		if err := set(keyLast, binary.BigEndian.AppendUint64(nil, st.stored)); err != nil {
			return st, err
		}
	}
	// Each event's bucket key with it, so that retention finds it.
	var added int64
	for i, en := range entries {
		if !fresh[i] {
			continue
		}
		e := en.event
		if en.fields != fs {
			// A field was added since it was prepared: what is written
			// from now on is indexed by it (see want).
			idx, err := indexEntries(e, en.stamp, fs.of(e.Type), false)
			if err != nil {
				return st, err
			}
			en.index = idx
		}
		ns := binary.BigEndian.Uint64(en.stamp[:8])
		minute := ns - ns%uint64(time.Minute)
		if !hasMinute(h.marked, e.Type, minute) && !hasMinute(st.marks, e.Type, minute) {
			if err := set(bucketKey(minuteOf(en.stamp), e.Type), nil); err != nil {
				return st, err
			}
			st.marks[e.Type] = minute
		}
		if err := set(en.key, en.raw); err != nil {
			return st, err
		}
		for _, kv := range en.index {
			if err := set(kv[0], kv[1]); err != nil {
				return st, err
			}
		}
		if en.seen != nil {
			e := badger.NewEntry(en.seen, en.mark)
			e.ExpiresAt = expires
			if err := txn.SetEntry(e); err != nil {
				return st, err
			}
		}
		added += int64(len(en.raw))
	}
	if added == 0 {
		return st, nil
	}
	// The total travels in the same transaction, so a crash cannot lose it.
	st.total += added
	return st, set(keySize, binary.BigEndian.AppendUint64(nil, uint64(st.total)))
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

// errStop ends a scan early without an error.
var errStop = errors.New("stop")

// scan calls fn for each event that matches q, oldest first (newest first
// with reverse), with the event's stamp and, when field is set, the
// field's numeric value (8 bytes) if it has one. It walks the index of the
// first filter, or the events of the type without filters, and checks any
// other filter on the event itself.
func (h *History) scan(ctx context.Context, q Query, field string, reverse bool, fn func(st []byte, val []byte) error) error {
	if q.Type == "" {
		return errors.New("history: query without a type")
	}
	where := make([]string, 0, len(q.Where))
	for k := range q.Where {
		where = append(where, k)
	}
	sort.Strings(where)
	for _, k := range where {
		if _, _, ok := scalar(q.Where[k]); !ok {
			return fmt.Errorf("history: where %s: only strings, numbers and booleans compare", k)
		}
	}
	var prefix []byte
	rest := where // filters checked on the event itself
	fs := h.fields.Load()
	for i, k := range where {
		if v, _, _ := scalar(q.Where[k]); indexable(k, v) && fs.covers(q.Type, k, q.Since) {
			prefix = join(prefixIndex, []byte(q.Type), zero, []byte(k), zero, []byte(v), zero)
			// The indexed filter goes first: a numeric field of the same
			// name is then read from the index.
			rest = append(slices.Clone(where[:i]), where[i+1:]...)
			where = append([]string{k}, rest...)
			break
		}
	}
	if len(where) > 0 {
		if err := h.want(q.Type, where); err != nil {
			return err
		}
	}
	if prefix == nil {
		prefix = join(prefixEvents, []byte(q.Type), zero)
	}
	fromIndex := len(rest) < len(where)
	until := q.Until
	if until.IsZero() {
		until = time.Unix(0, math.MaxInt64)
	}
	err := h.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = false
		opts.Prefix = prefix
		opts.Reverse = reverse
		it := txn.NewIterator(opts)
		defer it.Close()
		start := join(prefix, stamp(q.Since, 0))
		end := join(prefix, stamp(until, 0)) // no key has sequence 0: exclusive either way
		first := start
		if reverse {
			first = end
		}
		for it.Seek(first); it.Valid(); it.Next() {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			key := it.Item().Key()
			if (!reverse && bytes.Compare(key, end) >= 0) || (reverse && bytes.Compare(key, start) < 0) {
				break
			}
			st := key[len(prefix):]
			var val []byte
			switch {
			case len(rest) > 0 || (field != "" && !(fromIndex && field == where[0])):
				e, err := h.event(txn, q.Type, st)
				if err != nil {
					return err
				}
				ok, fv := matches(e, q.Where, rest, field)
				if !ok {
					continue
				}
				val = fv
			case field != "":
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
	if errors.Is(err, errStop) {
		return nil
	}
	return err
}

func (h *History) event(txn *badger.Txn, typ string, st []byte) (*Event, error) {
	return h.eventAt(txn, join(prefixEvents, []byte(typ), zero, st))
}

// matches checks the filters in rest against the event and returns the
// numeric value of field, if it has one, in index form.
func matches(e *Event, where map[string]any, rest []string, field string) (bool, []byte) {
	var fields map[string]any
	if json.Unmarshal(e.Data, &fields) != nil {
		return false, nil
	}
	for _, k := range rest {
		a, _, okA := scalar(fields[k])
		b, _, _ := scalar(where[k])
		if !okA || a != b {
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
	err := h.scan(ctx, q, "", false, func([]byte, []byte) error { n++; return nil })
	return n, err
}

// Stats returns the count of events matching q and the sum, average,
// minimum and maximum of their numeric field (when field is not empty).
func (h *History) Stats(ctx context.Context, q Query, field string) (Aggregate, error) {
	a := Aggregate{Min: math.Inf(1), Max: math.Inf(-1)}
	err := h.scan(ctx, q, field, false, func(st, val []byte) error {
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

// List returns up to limit events matching q (all when limit is 0), newest
// first. It reads no further back than the limit needs.
func (h *History) List(ctx context.Context, q Query, limit int) ([]Event, error) {
	out := []Event{}
	err := h.scan(ctx, q, "", true, func(st, _ []byte) error {
		err := h.db.View(func(txn *badger.Txn) error {
			e, err := h.event(txn, q.Type, st)
			if err == nil {
				out = append(out, *e)
			}
			return err
		})
		if err != nil {
			return err
		}
		if limit > 0 && len(out) >= limit {
			return errStop
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

// maxMarked bounds the types whose last bucket is remembered.
const maxMarked = 4096

// hasMinute reports whether marks holds minute for typ.
func hasMinute(marks map[string]uint64, typ string, minute uint64) bool {
	last, ok := marks[typ]
	return ok && last == minute
}

// minuteOf is the minute of a stamp, as the first 8 bytes of a stamp.
func minuteOf(st []byte) []byte {
	ns := binary.BigEndian.Uint64(st[:8])
	return binary.BigEndian.AppendUint64(nil, ns-ns%uint64(time.Minute))
}

// minuteEnd is where the minute of a bucket key ends, in stamp form (the
// largest stamp for the last minute there is).
func minuteEnd(minute []byte) uint64 {
	start := binary.BigEndian.Uint64(minute)
	if end := start + uint64(time.Minute); end > start {
		return end
	}
	return math.MaxUint64
}

func bucketKey(minute []byte, typ string) []byte {
	return join(prefixBucket, minute, []byte(typ))
}

// Enforce deletes events older than MaxAge, then the oldest events until the
// total is under MaxBytes, and records the new total. The oldest are found
// through the bucket keys, one per type and minute in time order: each
// leads to its type's events of that minute. (A time key per event, for
// this alone, cost a fifth of the history's writes; walking every type side
// by side cost time that grew with the number of types.)
func (h *History) Enforce(ctx context.Context, now time.Time) (int, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.migrated {
		if err := h.migrate(); err != nil {
			return 0, err
		}
		h.migrated = true
	}
	cutoff := now.Add(-h.MaxAge)
	removed := 0
	for {
		var stamps, buckets [][]byte
		var of []string // the type of each stamp
		done := false
		err := h.db.View(func(txn *badger.Txn) error {
			excess := h.size.Load() - h.MaxBytes
			opts := badger.DefaultIteratorOptions
			opts.PrefetchValues = false
			opts.Prefix = prefixBucket
			bit := txn.NewIterator(opts)
			defer bit.Close()
			for bit.Rewind(); bit.Valid() && len(stamps) < 1000; bit.Next() {
				key := bit.Item().KeyCopy(nil)
				minute, typ := key[len(prefixBucket):len(prefixBucket)+8], string(key[len(prefixBucket)+8:])
				end := minuteEnd(minute)
				prefix := join(prefixEvents, []byte(typ), zero)
				eopts := badger.DefaultIteratorOptions
				eopts.PrefetchValues = false
				eopts.Prefix = prefix
				it := txn.NewIterator(eopts)
				emptied := true
				for it.Seek(join(prefix, minute)); it.Valid(); it.Next() {
					st := it.Item().Key()[len(prefix):]
					if len(st) != 16 || binary.BigEndian.Uint64(st[:8]) >= end {
						break
					}
					old := time.Unix(0, int64(binary.BigEndian.Uint64(st[:8]))).Before(cutoff)
					if (!old && excess <= 0) || len(stamps) >= 1000 {
						emptied, done = false, !old && excess <= 0
						break
					}
					excess -= it.Item().ValueSize()
					stamps = append(stamps, bytes.Clone(st))
					of = append(of, typ)
				}
				it.Close()
				if emptied {
					buckets = append(buckets, key)
				}
				if done {
					break
				}
			}
			return nil
		})
		if err != nil {
			return removed, err
		}
		if len(stamps) > 0 {
			n, err := h.remove(stamps, of)
			removed += n
			if err != nil {
				return removed, err
			}
		}
		if err := h.dropBuckets(buckets); err != nil {
			return removed, err
		}
		if done || (len(stamps) == 0 && len(buckets) == 0) {
			return removed, nil
		}
		if ctx.Err() != nil {
			return removed, ctx.Err()
		}
	}
}

// dropBuckets deletes the bucket keys whose minute has no event left. It
// holds sizeMu, as appends do, and looks again: an event appended since
// the scan, into a bucket its type marked already, would have none left to
// lead to it; and what append remembers as marked is forgotten with it.
func (h *History) dropBuckets(buckets [][]byte) error {
	if len(buckets) == 0 {
		return nil
	}
	h.sizeMu.Lock()
	defer h.sizeMu.Unlock()
	wb := h.db.NewWriteBatch()
	defer wb.Cancel()
	err := h.db.View(func(txn *badger.Txn) error {
		for _, key := range buckets {
			minute, typ := key[len(prefixBucket):len(prefixBucket)+8], string(key[len(prefixBucket)+8:])
			prefix := join(prefixEvents, []byte(typ), zero)
			opts := badger.DefaultIteratorOptions
			opts.PrefetchValues = false
			opts.Prefix = prefix
			it := txn.NewIterator(opts)
			it.Seek(join(prefix, minute))
			used := it.Valid() && len(it.Item().Key()) == len(prefix)+16 &&
				binary.BigEndian.Uint64(it.Item().Key()[len(prefix):]) < minuteEnd(minute)
			it.Close()
			if used {
				continue
			}
			if err := wb.Delete(key); err != nil {
				return err
			}
			if hasMinute(h.marked, typ, binary.BigEndian.Uint64(minute)) {
				delete(h.marked, typ)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return wb.Flush()
}

// migrate turns the time key per event that stores from before bucket
// keys held into bucket keys, once.
func (h *History) migrate() error {
	for {
		var olds [][]byte
		wb := h.db.NewWriteBatch()
		err := h.db.View(func(txn *badger.Txn) error {
			opts := badger.DefaultIteratorOptions
			opts.Prefix = prefixTime
			it := txn.NewIterator(opts)
			defer it.Close()
			for it.Rewind(); it.Valid() && len(olds) < 10000; it.Next() {
				st := it.Item().Key()[len(prefixTime):]
				typ, err := it.Item().ValueCopy(nil)
				if err != nil || len(st) != 16 {
					continue
				}
				if err := wb.Set(bucketKey(minuteOf(st), string(typ)), nil); err != nil {
					return err
				}
				olds = append(olds, it.Item().KeyCopy(nil))
			}
			return nil
		})
		for _, k := range olds {
			if err == nil {
				err = wb.Delete(k)
			}
		}
		if err == nil {
			err = wb.Flush()
		} else {
			wb.Cancel()
		}
		if err != nil || len(olds) == 0 {
			return err
		}
	}
}

// remove deletes events (by stamp and type) with their index entries.
func (h *History) remove(stamps [][]byte, types []string) (int, error) {
	wb := h.db.NewWriteBatch()
	defer wb.Cancel()
	var freed int64
	err := h.db.View(func(txn *badger.Txn) error {
		for i, st := range stamps {
			var e Event
			item, err := txn.Get(join(prefixEvents, []byte(types[i]), zero, st))
			if err == nil {
				err = item.Value(func(v []byte) error {
					freed += int64(len(v)) // as counted when it was written
					return json.Unmarshal(v, &e)
				})
			}
			if err == nil {
				// Every field (earlier versions indexed them all, up to a
				// cap), and the indexed ones whatever the cap.
				idx, _ := indexEntries(&e, st, nil, true)
				wanted, _ := indexEntries(&e, st, h.fields.Load().of(types[i]), false)
				for _, kv := range append(idx, wanted...) {
					if err := wb.Delete(kv[0]); err != nil {
						return err
					}
				}
			}
			if err := wb.Delete(join(prefixEvents, []byte(types[i]), zero, st)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	// The new total goes in the same batch as the deletions, under the
	// appends' lock, so that neither a crash nor an append in between
	// leaves it wrong.
	h.sizeMu.Lock()
	defer h.sizeMu.Unlock()
	total := max(h.size.Load()-freed, 0)
	if err := wb.Set(keySize, binary.BigEndian.AppendUint64(nil, uint64(total))); err != nil {
		return 0, err
	}
	if err := wb.Flush(); err != nil {
		return 0, err
	}
	h.size.Store(total)
	return len(stamps), nil
}

// Run enforces retention every interval until ctx ends.
func (h *History) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	var filling chan struct{} // closed when the backfill running ends; nil: none runs
	// The seen filter loads beside the rest; until it has, every (source,
	// id) is looked up. One that failed is tried again at the next tick.
	var loading chan error
	loadSeen := func() {
		loading = make(chan error, 1)
		go func() { loading <- h.loadSeen(ctx) }()
	}
	loadSeen()
	seenLoaded := false
	flushed := make(chan struct{})
	go func() {
		defer close(flushed)
		h.flushLoop(ctx)
	}()
	for {
		select {
		case <-ctx.Done():
			<-flushed
			if filling != nil {
				<-filling
			}
			if loading != nil {
				<-loading
			}
			return
		case err := <-loading:
			loading = nil
			if seenLoaded = err == nil; !seenLoaded && ctx.Err() == nil {
				h.log.Warn("history: seen filter not loaded; trying again", "err", err)
			}
		case <-h.backfill:
			// Beside retention, not in its way: fill takes mu chunk by chunk.
			if filling == nil {
				filling = make(chan struct{})
				go func(done chan struct{}) {
					defer close(done)
					if err := h.fill(ctx); err != nil && ctx.Err() == nil {
						h.log.Warn("history: index; trying again at the next retention", "err", err)
					}
				}(filling)
			}
		case <-filling:
			filling = nil
			if h.pending() {
				h.wake() // a field added while it ran
			}
		case now := <-t.C:
			if filling == nil && h.pending() {
				h.wake() // a backfill that failed
			}
			if !seenLoaded && loading == nil {
				loadSeen()
			}
			if n, err := h.Enforce(ctx, now); err != nil && ctx.Err() == nil {
				h.log.Warn("history: retention", "err", err)
			} else if n > 0 {
				h.log.Info("history: retention removed events", "count", n)
			}
		}
	}
}
