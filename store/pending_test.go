package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// pendingIDs reopens the history on st, as a restart does, and lists what
// it finds pending, by id, with the depth.
func pendingIDs(t *testing.T, st *Store) (*History, []string) {
	t.Helper()
	h, err := OpenHistory(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	if err := h.Pending(t.Context(), func(ev *Event, depth int) error {
		ids = append(ids, fmt.Sprintf("%s@%d", ev.ID, depth))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return h, ids
}

// TestPending: an event recorded for dispatch is pending until Done, at
// the next start and the one after; a repeat, an event not to be
// dispatched, and one forgotten are not; what is recorded after a start
// waits for the next.
func TestPending(t *testing.T) {
	st, h := openHistory(t)
	now := time.Now()
	ev := func(id string) *Event { return reading(id, now, "d", 1) }
	a, b, c, d := ev("a"), ev("b"), ev("c"), ev("d")
	fresh, err := h.AppendDispatch([]*Event{a, b, c, ev("a"), d}, 3, []bool{true, true, false, true, true})
	if err != nil || !slices.Equal(fresh, []bool{true, true, true, false, true}) {
		t.Fatalf("append: %v %v", fresh, err)
	}
	h.Done(b)
	h.flushDone()
	if err := h.Forget(d); err != nil {
		t.Fatal(err)
	}
	h2, ids := pendingIDs(t, st)
	if !slices.Equal(ids, []string{"a@3"}) {
		t.Fatalf("pending after a restart: %v, want [a@3]", ids)
	}
	if _, err := h2.AppendDispatch([]*Event{ev("e")}, 0, []bool{true}); err != nil {
		t.Fatal(err)
	}
	// Listed again at a second start (not Done), then the newer one too.
	var got []*Event
	if err := h2.Pending(t.Context(), func(ev *Event, depth int) error { got = append(got, ev); return nil }); err != nil || len(got) != 1 || got[0].ID != "a" {
		t.Fatalf("pending since the start: %v %v", got, err)
	}
	h2.Done(got...)
	h2.flushDone()
	_, ids = pendingIDs(t, st)
	if !slices.Equal(ids, []string{"e@0"}) {
		t.Fatalf("pending after the second restart: %v, want [e@0]", ids)
	}
	// The retry of what was forgotten is taken; that of what is pending is
	// a duplicate.
	if fresh, err := h.AppendUnique(ev("d"), ev("e")); err != nil || !slices.Equal(fresh, []bool{true, false}) {
		t.Fatalf("retries: %v %v", fresh, err)
	}
}

// TestPendingOrder: pending events come in the order they were recorded,
// whatever their times, and those retention deleted are skipped and lose
// their marks.
func TestPendingOrder(t *testing.T) {
	st, h := openHistory(t)
	now := time.Now()
	var evs []*Event
	var want []string
	for i := range 2500 { // over Pending's chunk
		evs = append(evs, reading(fmt.Sprint(i), now.Add(-time.Duration(i)*time.Millisecond), "d", 1))
		want = append(want, fmt.Sprintf("%d@1", i))
	}
	for i := 0; i < len(evs); i += 100 {
		if _, err := h.AppendDispatch(evs[i:i+100], 1, slices.Repeat([]bool{true}, 100)); err != nil {
			t.Fatal(err)
		}
	}
	old := reading("old", now.Add(-48*time.Hour), "d", 1)
	if _, err := h.AppendDispatch([]*Event{old}, 1, []bool{true}); err != nil {
		t.Fatal(err)
	}
	h.MaxAge = 24 * time.Hour
	if n, err := h.Enforce(t.Context(), now); err != nil || n != 1 {
		t.Fatalf("retention removed %d (%v), want 1", n, err)
	}
	h, ids := pendingIDs(t, st)
	h.flushDone() // the mark of the event retention deleted
	if !slices.Equal(ids, want) {
		t.Fatalf("pending: %d events, want %d in order", len(ids), len(want))
	}
	marks := 0
	_ = st.DS.DB.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = prefixSeen
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if it.Item().ValueSize() > 0 {
				marks++
			}
		}
		return nil
	})
	if marks != len(want) {
		t.Fatalf("%d pending marks, want %d", marks, len(want))
	}
}

// TestAppendCrashPartWay: a batch too big for one transaction, cut short
// by a crash after its first part, leaves whole events: each recorded one
// has its seen key and its pending mark, none of the others has either,
// the store opens, the recorded ones are pending, and the client's retry
// records exactly the others. Without the crash, a part that fails takes
// back the parts before it.
func TestAppendCrashPartWay(t *testing.T) {
	st, h := openHistory(t)
	now := time.Now()
	var events []*Event
	for i := range 30000 {
		events = append(events, reading(fmt.Sprint(i), now.Add(-time.Duration(30000-i)*time.Millisecond), "d", 1))
	}
	all := slices.Repeat([]bool{true}, len(events))
	h.beforePart = func(written int) error {
		if written == 1 {
			panic("crash")
		}
		return nil
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("the batch was written in one part")
			}
		}()
		_, _ = h.AppendDispatch(events, 0, all)
	}()
	// A new history on the same database, as a restart makes.
	h, ids := pendingIDs(t, st)
	recorded, err := h.Count(t.Context(), Query{Type: "sensor.reading"})
	if err != nil || recorded == 0 || recorded == len(events) || len(ids) != recorded {
		t.Fatalf("after the crash: %d events recorded (%v), %d pending; want some, all pending", recorded, err, len(ids))
	}
	_ = st.DS.DB.View(func(txn *badger.Txn) error {
		for i, e := range events {
			_, seenErr := txn.Get(seenKey(e))
			if i < recorded != (seenErr == nil) || (i < recorded && ids[i] != e.ID+"@0") {
				t.Fatalf("event %d of %d recorded: seen key %v, pending %v", i, recorded, seenErr, ids[min(i, len(ids)-1)])
			}
		}
		return nil
	})
	fresh, err := h.AppendDispatch(events, 0, all)
	if err != nil || slices.Contains(fresh[:recorded], true) || slices.Contains(fresh[recorded:], false) {
		t.Fatalf("the retry: %v", err)
	}

	// Alive: the second part fails, and the first is taken back.
	st, h = openHistory(t)
	failed := errors.New("disk on fire")
	h.beforePart = func(written int) error {
		if written == 1 {
			return failed
		}
		return nil
	}
	if _, err := h.AppendDispatch(events, 0, all); !errors.Is(err, failed) {
		t.Fatalf("a failed part: %v", err)
	}
	h.beforePart = nil
	if _, ids := pendingIDs(t, st); len(ids) != 0 {
		t.Fatalf("%d pending after a failed append", len(ids))
	}
	if fresh, err := h.AppendDispatch(events, 0, all); err != nil || slices.Contains(fresh, false) {
		t.Fatalf("the retry after a failure: %v", err)
	}
}

// TestDoneFlushedByRun: with Run running, a mark Done was given is
// cleared without a batch to go with, soon, and at the latest when Run
// ends, before the store would close.
func TestDoneFlushedByRun(t *testing.T) {
	st, h := openHistory(t)
	ctx, cancel := context.WithCancel(t.Context())
	ran := make(chan struct{})
	go func() {
		defer close(ran)
		h.Run(ctx, time.Hour)
	}()
	now := time.Now()
	a, b := reading("a", now, "d", 1), reading("b", now, "d", 1)
	if _, err := h.AppendDispatch([]*Event{a, b}, 0, []bool{true, true}); err != nil {
		t.Fatal(err)
	}
	marked := func(e *Event) bool {
		var size int64
		_ = st.DS.DB.View(func(txn *badger.Txn) error {
			item, err := txn.Get(seenKey(e))
			if err == nil {
				size = item.ValueSize()
			}
			return err
		})
		return size > 0
	}
	h.Done(a)
	deadline := time.Now().Add(5 * time.Second)
	for marked(a) {
		if time.Now().After(deadline) {
			t.Fatal("a mark Done was given is still there after 5 s")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if !marked(b) {
		t.Fatal("b lost its mark")
	}
	h.Done(b)
	cancel()
	<-ran
	if marked(b) {
		t.Fatal("a mark Done was given outlived Run")
	}
}
