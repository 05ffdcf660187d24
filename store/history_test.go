package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
)

func openHistory(t testing.TB) (*Store, *History) {
	t.Helper()
	st, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h, err := OpenHistory(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	return st, h
}

func reading(id string, at time.Time, device string, temp float64) *Event {
	data, _ := json.Marshal(map[string]any{"device": device, "temp": temp, "site": "north"})
	return &Event{SpecVersion: "1.0", ID: id, Source: "test", Type: "sensor.reading", Time: at, Data: data}
}

func TestHistoryQueries(t *testing.T) {
	_, h := openHistory(t)
	ctx := t.Context()
	now := time.Now()
	var events []*Event
	for i := range 30 {
		dev := fmt.Sprintf("d%d", i%3)
		events = append(events, reading(fmt.Sprint(i), now.Add(-time.Duration(30-i)*time.Minute), dev, float64(i)))
	}
	events = append(events, &Event{SpecVersion: "1.0", ID: "x", Source: "test", Type: "alert.raised", Time: now, Data: []byte(`{"device":"d0"}`)})
	if err := h.Append(events...); err != nil {
		t.Fatal(err)
	}
	// First from the events, then, once the filtered fields are
	// backfilled, from the index.
	for _, pass := range []string{"events", "index"} {
		if pass == "index" {
			if err := h.fill(ctx); err != nil {
				t.Fatal(err)
			}
		}
		queries(t, h, pass, now)
	}
}

func queries(t *testing.T, h *History, pass string, now time.Time) {
	ctx := t.Context()
	for _, tc := range []struct {
		name string
		q    Query
		want int
	}{
		{"all of a type", Query{Type: "sensor.reading"}, 30},
		{"last 10 minutes", Query{Type: "sensor.reading", Since: now.Add(-10 * time.Minute)}, 10},
		{"one device", Query{Type: "sensor.reading", Where: map[string]any{"device": "d1"}}, 10},
		{"one device, last 10 minutes", Query{Type: "sensor.reading", Where: map[string]any{"device": "d1"}, Since: now.Add(-10 * time.Minute)}, 3},
		{"two filters", Query{Type: "sensor.reading", Where: map[string]any{"device": "d1", "site": "north"}}, 10},
		{"a number filter", Query{Type: "sensor.reading", Where: map[string]any{"temp": 4}}, 1},
		{"no match", Query{Type: "sensor.reading", Where: map[string]any{"device": "d1", "site": "south"}}, 0},
		{"other type", Query{Type: "alert.raised", Where: map[string]any{"device": "d0"}}, 1},
		{"window before", Query{Type: "sensor.reading", Until: now.Add(-29 * time.Minute)}, 1},
	} {
		t.Run(pass+"/"+tc.name, func(t *testing.T) {
			n, err := h.Count(ctx, tc.q)
			if err != nil || n != tc.want {
				t.Fatalf("count = %d (%v), want %d", n, err, tc.want)
			}
		})
	}

	a, err := h.Stats(ctx, Query{Type: "sensor.reading", Where: map[string]any{"device": "d2"}}, "temp")
	if err != nil {
		t.Fatal(err)
	}
	// d2 has temps 2, 5, ..., 29.
	if a.Count != 10 || a.Sum != 155 || a.Avg != 15.5 || a.Min != 2 || a.Max != 29 || a.Last != 29 {
		t.Fatalf("stats %+v", a)
	}
	a, err = h.Stats(ctx, Query{Type: "sensor.reading", Where: map[string]any{"temp": 7}}, "temp")
	if err != nil || a.Count != 1 || a.Sum != 7 {
		t.Fatalf("stats over the filtered field itself: %+v %v", a, err)
	}

	list, err := h.List(ctx, Query{Type: "sensor.reading", Since: now.Add(-5 * time.Minute)}, 3)
	if err != nil || len(list) != 3 || list[0].ID != "29" || list[2].ID != "27" {
		t.Fatalf("list newest first: %+v %v", list, err)
	}
	types, _ := h.Types()
	sort.Strings(types)
	if fmt.Sprint(types) != "[alert.raised sensor.reading]" {
		t.Fatalf("types %v", types)
	}
}

func TestHistoryRetention(t *testing.T) {
	_, h := openHistory(t)
	ctx := t.Context()
	now := time.Now()
	var events []*Event
	for i := range 100 {
		events = append(events, reading(fmt.Sprint(i), now.Add(-time.Duration(100-i)*time.Hour), "d0", 1))
	}
	if err := h.Append(events...); err != nil {
		t.Fatal(err)
	}
	q := Query{Type: "sensor.reading", Where: map[string]any{"device": "d0"}}
	if n, _ := h.Count(ctx, q); n != 100 { // which adds device to the index
		t.Fatalf("count %d", n)
	}
	if err := h.fill(ctx); err != nil {
		t.Fatal(err)
	}
	h.MaxAge = 50 * time.Hour
	removed, err := h.Enforce(ctx, now)
	if err != nil || removed != 50 {
		t.Fatalf("age: removed %d (%v), want 50", removed, err)
	}
	if n, _ := h.Count(ctx, Query{Type: "sensor.reading", Where: map[string]any{"device": "d0"}}); n != 50 {
		t.Fatalf("index still counts %d events, want 50", n)
	}
	h.MaxBytes = h.size.Load() / 2
	if removed, err = h.Enforce(ctx, now); err != nil || removed < 24 || removed > 26 {
		t.Fatalf("size: removed %d (%v), want about 25", removed, err)
	}
	list, _ := h.List(ctx, Query{Type: "sensor.reading"}, 0)
	if len(list) == 0 || list[len(list)-1].ID == "50" {
		t.Fatalf("the oldest were not the ones removed: %d left", len(list))
	}
}

// TestHistoryValues: what filters match, exactly.
func TestHistoryValues(t *testing.T) {
	st, h := openHistory(t)
	ctx := t.Context()
	for i, data := range []string{
		`{"v": 4}`, `{"v": "4"}`, `{"v": true}`, `{"v": "true"}`,
		`{"v": "a\u0000z"}`, `{"v": "a"}`,
		`{"v": "` + strings.Repeat("x", 200) + `"}`,
	} {
		e := &Event{SpecVersion: "1.0", ID: fmt.Sprint(i), Source: "t", Type: "t", Data: []byte(data)}
		if err := h.Append(e); err != nil {
			t.Fatal(err)
		}
		if e.Time.IsZero() || time.Since(e.Time) > time.Minute {
			t.Fatalf("event without a time stamped %v, want now", e.Time)
		}
	}
	for _, pass := range []string{"events", "index"} {
		if pass == "index" {
			if err := h.fill(ctx); err != nil {
				t.Fatal(err)
			}
		}
		for _, tc := range []struct {
			v    any
			want int
		}{
			{4, 1}, {int32(4), 1}, {uint8(4), 1}, {json.Number("4"), 1}, {4.0, 1}, {"4", 1},
			{true, 1}, {"true", 1}, {"a", 1}, {strings.Repeat("x", 200), 1},
		} {
			n, err := h.Count(ctx, Query{Type: "t", Where: map[string]any{"v": tc.v}})
			if err != nil || n != tc.want {
				t.Errorf("%s: where v = %#v: %d (%v), want %d", pass, tc.v, n, err, tc.want)
			}
		}
	}
	if _, err := h.Count(ctx, Query{Type: "t", Where: map[string]any{"v": []int{1}}}); err == nil {
		t.Error("a list filter was accepted")
	}

	// The size total survives a crash: it is written with the events.
	size := h.size.Load()
	again, err := OpenHistory(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	if again.size.Load() != size || size == 0 {
		t.Fatalf("size after reopening %d, want %d", again.size.Load(), size)
	}
}

// BenchmarkHistoryCount: 1,000,000 readings from 1,000 devices over a day;
// a count for one device over the last 10 minutes.
func BenchmarkHistoryCount(b *testing.B) {
	_, h := openHistory(b)
	now := time.Now()
	const total, devices = 1_000_000, 1000
	batch := make([]*Event, 0, 5000)
	for i := range total {
		at := now.Add(-time.Duration(total-i) * (24 * time.Hour / total))
		batch = append(batch, reading(fmt.Sprint(i), at, fmt.Sprintf("device-%d", i%devices), float64(i%90)))
		if len(batch) == cap(batch) {
			if err := h.Append(batch...); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	q := Query{Type: "sensor.reading", Where: map[string]any{"device": "device-17"}, Since: now.Add(-10 * time.Minute)}
	want, err := h.Count(b.Context(), q)
	if err != nil || want == 0 {
		b.Fatalf("count %d, %v", want, err)
	}
	// The first query adds the field to the index; Run would then index
	// what came before.
	if err := h.fill(b.Context()); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if n, _ := h.Count(b.Context(), q); n != want {
			b.Fatalf("count %d, want %d", n, want)
		}
	}
}

// TestAppendUnique: an event's (source, id) is recorded once, whether it
// comes again in a later call, in the same call, or in calls at once; with
// the seen filter loaded and before.
func TestAppendUnique(t *testing.T) {
	for _, loaded := range []bool{false, true} {
		t.Run(fmt.Sprint("loaded=", loaded), func(t *testing.T) {
			_, h := openHistory(t)
			if loaded {
				h.seen.mu.Lock()
				h.seen.tracking, h.seen.ready = true, true // nothing stored to load
				h.seen.mu.Unlock()
			}
			testAppendUnique(t, h)
		})
	}
}

func testAppendUnique(t *testing.T, h *History) {
	ev := func(source, id string) *Event {
		return &Event{SpecVersion: "1.0", ID: id, Source: source, Type: "t", Data: json.RawMessage(`{}`)}
	}
	fresh, err := h.AppendUnique(ev("a", "1"), ev("a", "2"), ev("a", "1"), ev("b", "1"))
	if err != nil || !slices.Equal(fresh, []bool{true, true, false, true}) {
		t.Fatalf("first call: %v %v", fresh, err)
	}
	if fresh, err = h.AppendUnique(ev("a", "2"), ev("a", "3")); err != nil || !slices.Equal(fresh, []bool{false, true}) {
		t.Fatalf("second call: %v %v", fresh, err)
	}
	var wg sync.WaitGroup
	var taken atomic.Int32
	for range 20 {
		wg.Go(func() {
			f, err := h.AppendUnique(ev("c", "same"))
			if err != nil {
				t.Error(err)
			}
			if f[0] {
				taken.Add(1)
			}
		})
	}
	wg.Wait()
	if n, _ := h.Count(t.Context(), Query{Type: "t"}); taken.Load() != 1 || n != 5 {
		t.Fatalf("at once: taken %d times; %d events recorded, want 5", taken.Load(), n)
	}
}

// TestEventJSON: the history writes an event as encoding/json reads it
// back, whatever its text holds.
func TestEventJSON(t *testing.T) {
	for _, s := range []string{"", "plain", "quote \" backslash \\ slash /", "\x00\x01\x1f\t\r\n", "é 😀 \u2028", "bad \xff utf-8 \xe2\x82", "<html> & more"} {
		e := &Event{SpecVersion: "1.0", ID: s, Source: s, Type: "t" + s, Time: time.Date(2026, 11, 26, 1, 2, 3, 456789, time.UTC), DataContentType: s, Data: json.RawMessage(`{"k": [1, "x"]}`)}
		var back Event
		if err := json.Unmarshal(e.appendJSON(nil), &back); err != nil {
			t.Fatalf("%q: %v: %s", s, err, e.appendJSON(nil))
		}
		want, _ := json.Marshal(e)
		var viaStd Event
		if err := json.Unmarshal(want, &viaStd); err != nil {
			t.Fatal(err)
		}
		if back.ID != viaStd.ID || back.Source != viaStd.Source || back.Type != viaStd.Type || !back.Time.Equal(viaStd.Time) || back.DataContentType != viaStd.DataContentType {
			t.Fatalf("%q: read back %+v, encoding/json gives %+v", s, back, viaStd)
		}
		var d1, d2 any
		_ = json.Unmarshal(back.Data, &d1)
		_ = json.Unmarshal(viaStd.Data, &d2)
		if !reflect.DeepEqual(d1, d2) {
			t.Fatalf("%q: data %s, want %s", s, back.Data, viaStd.Data)
		}
	}
}

// TestRetentionAcrossTypes: the oldest events go first whatever their
// type, and the size total comes back to what is left.
func TestRetentionAcrossTypes(t *testing.T) {
	_, h := openHistory(t)
	ctx := t.Context()
	now := time.Now()
	for i := range 60 {
		e := reading(fmt.Sprint(i), now.Add(-time.Duration(60-i)*time.Minute), "d0", 1)
		e.Type = []string{"a", "b", "c"}[i%3]
		if err := h.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	full := h.size.Load()
	h.MaxBytes = full / 2
	if _, err := h.Enforce(ctx, now); err != nil {
		t.Fatal(err)
	}
	for _, typ := range []string{"a", "b", "c"} {
		list, _ := h.List(ctx, Query{Type: typ}, 0)
		for _, e := range list {
			var i int
			fmt.Sscan(e.ID, &i)
			if i < 28 {
				t.Fatalf("event %s of type %s (of the oldest half) is left", e.ID, typ)
			}
		}
		if len(list) < 9 || len(list) > 11 {
			t.Fatalf("type %s: %d left, want about 10", typ, len(list))
		}
	}
	if s := h.size.Load(); s > full/2 || s < full/2-full/20 {
		t.Fatalf("size %d after removing down to %d (of %d)", s, full/2, full)
	}
}

// TestRetentionOldStore: a store from before bucket keys, with a time key
// per event, is migrated, and its old events go.
func TestRetentionOldStore(t *testing.T) {
	_, h := openHistory(t)
	now := time.Now()
	e := reading("old", now.Add(-48*time.Hour), "d0", 1)
	if err := h.Append(e); err != nil {
		t.Fatal(err)
	}
	// Make it look written by an earlier version.
	st := stamp(e.Time, 0)
	err := h.db.Update(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = prefixEvents
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			k := it.Item().Key()
			st = bytes.Clone(k[len(k)-16:])
		}
		if err := txn.Delete(bucketKey(minuteOf(st), e.Type)); err != nil {
			return err
		}
		return txn.Set(join(prefixTime, st), []byte(e.Type))
	})
	if err != nil {
		t.Fatal(err)
	}
	h.MaxAge = time.Hour
	if n, err := h.Enforce(t.Context(), now); err != nil || n != 1 {
		t.Fatalf("removed %d, %v; want the old event", n, err)
	}
	if n, _ := h.Count(t.Context(), Query{Type: e.Type}); n != 0 {
		t.Fatalf("%d left", n)
	}
}

// TestBucketKept: a bucket key is not dropped while its minute has an
// event (one appended after retention looked), so that event stays
// reachable by retention.
func TestBucketKept(t *testing.T) {
	_, h := openHistory(t)
	now := time.Now()
	e := reading("late", now.Add(-time.Hour), "d0", 1)
	if err := h.Append(e); err != nil {
		t.Fatal(err)
	}
	var key []byte
	_ = h.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = prefixBucket
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			key = it.Item().KeyCopy(nil)
		}
		return nil
	})
	if key == nil {
		t.Fatal("no bucket key written")
	}
	if err := h.dropBuckets([][]byte{key}); err != nil {
		t.Fatal(err)
	}
	h.MaxAge = time.Minute
	if n, err := h.Enforce(t.Context(), now); err != nil || n != 1 {
		t.Fatalf("removed %d, %v: the event lost its bucket", n, err)
	}
}

// TestAppendLargeBatch: a batch too big for one transaction is written in
// parts, whole, and its events are seen after.
func TestAppendLargeBatch(t *testing.T) {
	st, h := openHistory(t)
	now := time.Now()
	var events []*Event
	for i := range 30000 { // a seen key and an event each: past badger's count of entries a transaction holds
		events = append(events, reading(fmt.Sprint(i), now.Add(-time.Duration(30000-i)*time.Millisecond), "d", 1))
	}
	if err := st.DS.DB.Update(func(txn *badger.Txn) error {
		for _, e := range events {
			if err := txn.Set(seenKey(e), nil); err != nil {
				return err
			}
		}
		return nil
	}); !errors.Is(err, badger.ErrTxnTooBig) {
		t.Fatalf("the batch fits in one transaction (%v): the test does not reach the WriteBatch", err)
	}
	fresh, err := h.AppendUnique(events...)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := h.Count(t.Context(), Query{Type: "sensor.reading"}); err != nil || n != len(events) || slices.Contains(fresh, false) {
		t.Fatalf("count %d (%v), want %d", n, err, len(events))
	}
	again, err := h.AppendUnique(events[:10]...)
	if err != nil || slices.Contains(again, true) {
		t.Fatalf("again: %v %v", again, err)
	}
	// The size total and the latest time, in memory and as stored.
	var size int64
	for _, e := range events {
		size += int64(len(e.appendJSON(nil)))
	}
	newest := uint64(events[len(events)-1].Time.UnixNano())
	if h.size.Load() != size || h.last != newest || h.lastStored != lastBound(newest) || lastBound(newest) <= newest || lastBound(newest) > newest+uint64(time.Second) {
		t.Fatalf("size %d, last %d (stored %d); want %d, %d", h.size.Load(), h.last, h.lastStored, size, newest)
	}
	reopened, err := OpenHistory(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	if reopened.size.Load() != size || reopened.last != lastBound(newest) {
		t.Fatalf("reopened: size %d, last %d; want %d, %d", reopened.size.Load(), reopened.last, size, lastBound(newest))
	}
}

// TestAppendChecksData: data that is not JSON is refused, whether or not
// it was checked before, and nothing is recorded.
func TestAppendChecksData(t *testing.T) {
	_, h := openHistory(t)
	bad := &Event{SpecVersion: "1.0", ID: "1", Source: "s", Type: "t", Data: json.RawMessage(`{"a":`)}
	for range 2 {
		if err := bad.CheckData(); err == nil {
			t.Fatal("CheckData took data that is not JSON")
		}
		if err := h.Append(bad); err == nil || !strings.Contains(err.Error(), "data is not JSON") {
			t.Fatalf("append: %v", err)
		}
	}
	good := &Event{SpecVersion: "1.0", ID: "2", Source: "s", Type: "t", Data: json.RawMessage(`{"a": 1}`)}
	if err := good.CheckData(); err != nil {
		t.Fatal(err)
	}
	if err := h.Append(good); err != nil {
		t.Fatal(err)
	}
	if n, _ := h.Count(t.Context(), Query{Type: "t"}); n != 1 {
		t.Fatalf("%d events recorded, want 1", n)
	}
}
