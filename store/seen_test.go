package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"
)

// TestSeenFilter: no key added is ever said absent, across the layers the
// filter grows, and about 1% of the others are said present.
func TestSeenFilter(t *testing.T) {
	f := newSeenFilter()
	if !f.mayHave([]byte("x")) {
		t.Fatal("before load, a key was said absent")
	}
	f.ready = true
	const n = 3*seenFirstLayer + 1000 // three layers
	key := func(i int) []byte { return fmt.Appendf(nil, "h/u/source\x00%d", i) }
	for i := range n {
		f.add([][]byte{key(i)})
	}
	if len(f.layers) != 3 {
		t.Fatalf("%d layers for %d keys, want 3", len(f.layers), n)
	}
	for i := range n {
		if !f.mayHave(key(i)) {
			t.Fatalf("key %d added, said absent", i)
		}
	}
	positives := 0
	const absent = 100000
	for i := range absent {
		if f.mayHave(key(n + i)) {
			positives++
		}
	}
	// Three layers at about 1% each.
	if rate := float64(positives) / absent; rate > 0.05 {
		t.Fatalf("false positives %.2f%%", rate*100)
	} else {
		t.Logf("false positives %.2f%% over 3 layers, %d KiB for %d keys", rate*100, f.size()>>10, n)
	}
}

// TestSeenFilterGivesUp: past its bound the filter drops its layers and
// says every key may be there.
func TestSeenFilterGivesUp(t *testing.T) {
	f := newSeenFilter()
	f.ready, f.maxBytes = true, 2<<20
	f.mu.Lock()
	for i := uint64(0); !f.off; i++ {
		f.addLocked(i * 0x9e3779b97f4a7c15)
	}
	f.mu.Unlock()
	if f.size() != 0 || !f.mayHave([]byte("never added")) {
		t.Fatalf("off: %d bytes kept, or a key said absent", f.size())
	}
}

// TestSeenFilterLoaded: after a restart, the (source, id) keys stored
// before are in the filter once Run has loaded it, so repeats are still
// refused; new ones are taken without a lookup; one forgotten is taken
// again.
func TestSeenFilterLoaded(t *testing.T) {
	st, h := openHistory(t)
	ev := func(id string) *Event {
		return &Event{SpecVersion: "1.0", ID: id, Source: "s", Type: "t", Data: json.RawMessage(`{}`)}
	}
	var before []*Event
	for i := range 5000 {
		before = append(before, ev(fmt.Sprint("old-", i)))
	}
	if _, err := h.AppendUnique(before...); err != nil {
		t.Fatal(err)
	}
	reopened, err := OpenHistory(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Before the load: looked up, refused.
	if fresh, err := reopened.AppendUnique(before[:10]...); err != nil || slices.Contains(fresh, true) {
		t.Fatalf("before the load: %v %v", fresh, err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() { defer close(done); reopened.Run(ctx, time.Hour) }()
	defer func() { cancel(); <-done }()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(time.Millisecond) {
		reopened.seen.mu.Lock()
		ready := reopened.seen.ready
		reopened.seen.mu.Unlock()
		if ready {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the seen filter was not loaded in 10 s")
		}
	}
	for _, e := range before {
		if !reopened.seen.mayHave(seenKey(e)) {
			t.Fatalf("%s: stored before, said absent", e.ID)
		}
	}
	if fresh, err := reopened.AppendUnique(before...); err != nil || slices.Contains(fresh, true) {
		t.Fatalf("after the load: a repeat was taken (%v)", err)
	}
	if fresh, err := reopened.AppendUnique(ev("new"), ev("new"), before[7]); err != nil || !slices.Equal(fresh, []bool{true, false, false}) {
		t.Fatalf("new, its repeat, and an old one: %v %v", fresh, err)
	}
	if err := reopened.Forget(before[7]); err != nil {
		t.Fatal(err)
	}
	if fresh, err := reopened.AppendUnique(before[7]); err != nil || !fresh[0] {
		t.Fatalf("forgotten, then not taken again: %v %v", fresh, err)
	}
}
