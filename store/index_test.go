package store

import (
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
	if !again.fields.Load().covers("sensor.reading", "device", time.Time{}) || again.last != h.last {
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
