package store

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// indexKeys counts the history's index keys.
func indexKeys(t *testing.T, h *History) int {
	t.Helper()
	n := 0
	err := h.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = false
		opts.Prefix = prefixIndex
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			n++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestIndexOnDemand: no field is indexed until a query filters on it;
// then every event written is, the backfill indexes those before, and
// answers are the same all along: from the events, then from the index.
// The index survives a reopen, and retention removes its keys.
func TestIndexOnDemand(t *testing.T) {
	st, h := openHistory(t)
	ctx := t.Context()
	now := time.Now()
	var events []*Event
	for i := range 90 {
		events = append(events, reading(fmt.Sprint(i), now.Add(time.Duration(i-100)*time.Second), fmt.Sprint("d", i%3), float64(i)))
	}
	if err := h.Append(events...); err != nil {
		t.Fatal(err)
	}
	if n := indexKeys(t, h); n != 0 {
		t.Fatalf("%d index keys before any query", n)
	}
	q := Query{Type: "sensor.reading", Where: map[string]any{"device": "d1"}}
	check := func(what string, count int, sum float64) {
		t.Helper()
		a, err := h.Stats(ctx, q, "temp")
		if err != nil || a.Count != count || a.Sum != sum || a.Numeric != count {
			t.Fatalf("%s: %+v, %v; want count %d, sum %g", what, a, err, count, sum)
		}
		if n, err := h.Count(ctx, q); err != nil || n != count {
			t.Fatalf("%s: count %d, %v; want %d", what, n, err, count)
		}
		if l, err := h.List(ctx, q, 0); err != nil || len(l) != count {
			t.Fatalf("%s: listed %d, %v; want %d", what, len(l), err, count)
		}
	}
	sum := 0.0
	for i := 1; i < 90; i += 3 {
		sum += float64(i)
	}
	check("read from the events", 30, sum)
	if s, ok := h.fields.Load().of("sensor.reading")["device"]; !ok || s == 0 {
		t.Fatalf("device not added to the index (since %d)", s)
	}
	if h.fields.Load().covers("sensor.reading", "device", time.Time{}) {
		t.Fatal("the index is said to cover what it does not hold yet")
	}

	// Written from now on: indexed at once, the field only.
	var more []*Event
	for i := 90; i < 99; i++ {
		more = append(more, reading(fmt.Sprint(i), now.Add(time.Duration(i-100)*time.Second), fmt.Sprint("d", i%3), float64(i)))
	}
	if err := h.Append(more...); err != nil {
		t.Fatal(err)
	}
	if n := indexKeys(t, h); n != 9 {
		t.Fatalf("%d index keys after 9 events, want 9", n)
	}
	sum += 91 + 94 + 97
	check("after more events", 33, sum)

	if err := h.fill(ctx); err != nil {
		t.Fatal(err)
	}
	if n := indexKeys(t, h); n != 99 {
		t.Fatalf("%d index keys after the backfill, want 99", n)
	}
	if !h.fields.Load().covers("sensor.reading", "device", time.Time{}) {
		t.Fatal("the index does not cover the field after the backfill")
	}
	check("read from the index", 33, sum)

	again, err := OpenHistory(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !again.fields.Load().covers("sensor.reading", "device", time.Time{}) || again.last != lastBound(h.last) {
		t.Fatalf("after a reopen: %+v, last %d (was %d)", again.fields.Load(), again.last, h.last)
	}

	h.MaxAge = time.Second
	if n, err := h.Enforce(ctx, now.Add(time.Hour)); err != nil || n != 99 {
		t.Fatalf("retention removed %d: %v", n, err)
	}
	if n := indexKeys(t, h); n != 0 {
		t.Fatalf("%d index keys left after retention", n)
	}
}

// TestIndexInBackground: Run backfills a field as soon as a query adds it;
// meanwhile a query that starts after the field was added reads the
// index, which holds every event written since.
func TestIndexInBackground(t *testing.T) {
	_, h := openHistory(t)
	now := time.Now()
	for i := range 50 {
		if err := h.Append(reading(fmt.Sprint(i), now.Add(-time.Hour+time.Duration(i)*time.Second), "d1", 1)); err != nil {
			t.Fatal(err)
		}
	}
	q := Query{Type: "sensor.reading", Where: map[string]any{"device": "d1"}}
	if n, err := h.Count(t.Context(), q); err != nil || n != 50 {
		t.Fatalf("count %d, %v", n, err)
	}
	since := time.Unix(0, int64(h.fields.Load().of("sensor.reading")["device"]))
	if since.Before(now.Add(-time.Hour)) {
		t.Fatalf("device indexed since %s, before the events written", since)
	}
	later := []*Event{reading("a", since.Add(time.Second), "d1", 2), reading("b", since.Add(2*time.Second), "d2", 3)}
	if err := h.Append(later...); err != nil {
		t.Fatal(err)
	}
	recent := Query{Type: "sensor.reading", Where: map[string]any{"device": "d1"}, Since: since}
	if !h.fields.Load().covers("sensor.reading", "device", since) {
		t.Fatal("a query from when the field was added is not covered by its index")
	}
	if n, err := h.Count(t.Context(), recent); err != nil || n != 1 {
		t.Fatalf("count since the field was added %d, %v; want 1", n, err)
	}

	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() { h.Run(ctx, time.Hour); close(done) }()
	defer func() { cancel(); <-done }()
	h.wake() // as the query did; the signal was taken by nobody yet
	deadline := time.Now().Add(10 * time.Second)
	for !h.fields.Load().covers("sensor.reading", "device", time.Time{}) {
		if time.Now().After(deadline) {
			t.Fatal("not backfilled within 10 s")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if n, err := h.Count(t.Context(), q); err != nil || n != 51 {
		t.Fatalf("count after the backfill %d, %v; want 51", n, err)
	}
}

// TestIndexWideEvents: an indexed field that sorts after the first 64 of
// an event's fields is indexed, and retention removes its key.
func TestIndexWideEvents(t *testing.T) {
	_, h := openHistory(t)
	wide := map[string]any{"zz": "x"}
	for i := range 70 {
		wide[fmt.Sprintf("f%02d", i)] = i
	}
	data, _ := json.Marshal(wide)
	ev := func(id string) *Event {
		return &Event{SpecVersion: "1.0", ID: id, Source: "test", Type: "wide", Time: time.Now(), Data: data}
	}
	if err := h.Append(ev("1")); err != nil {
		t.Fatal(err)
	}
	q := Query{Type: "wide", Where: map[string]any{"zz": "x"}}
	if n, err := h.Count(t.Context(), q); err != nil || n != 1 {
		t.Fatalf("count %d, %v", n, err)
	}
	if err := h.Append(ev("2")); err != nil {
		t.Fatal(err)
	}
	if err := h.fill(t.Context()); err != nil {
		t.Fatal(err)
	}
	if n := indexKeys(t, h); n != 2 {
		t.Fatalf("%d index keys, want 2", n)
	}
	h.MaxAge = time.Second
	if n, err := h.Enforce(t.Context(), time.Now().Add(time.Hour)); err != nil || n != 2 {
		t.Fatalf("retention removed %d: %v", n, err)
	}
	if n := indexKeys(t, h); n != 0 {
		t.Fatalf("%d index keys left after retention", n)
	}
	if n, err := h.Count(t.Context(), q); err != nil || n != 0 {
		t.Fatalf("count after retention %d, %v", n, err)
	}
}
