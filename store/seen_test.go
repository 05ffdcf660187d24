package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"
)

// readyFilter is a filter that tracks and answers, as after loadSeen.
func readyFilter() *seenFilter {
	f := newSeenFilter()
	f.tracking, f.ready = true, true
	return f
}

func seenTestKey(i int) []byte { return fmt.Appendf(nil, "h/u/source\x00%d", i) }

// TestSeenFilter: no key added is ever said absent, across the layers the
// filter grows, and about 1% of the others a layer are said present.
func TestSeenFilter(t *testing.T) {
	f := newSeenFilter()
	f.add([][]byte{seenTestKey(-1)}) // before loadSeen: not tracked
	if !f.mayHave(seenTestKey(-1)) || f.size() != 0 {
		t.Fatal("before loadSeen, a key was said absent or kept")
	}
	f = readyFilter()
	const n = 3*seenFirstLayer + 1000 // three layers
	for i := range n {
		f.add([][]byte{seenTestKey(i)})
	}
	if len(f.layers) != 3 {
		t.Fatalf("%d layers for %d keys, want 3", len(f.layers), n)
	}
	for i := range n {
		if !f.mayHave(seenTestKey(i)) {
			t.Fatalf("key %d added, said absent", i)
		}
	}
	positives := 0
	const absent = 100000
	for i := range absent {
		if f.mayHave(seenTestKey(n + i)) {
			positives++
		}
	}
	// Two full layers at about 1% each, and one nearly empty.
	if rate := float64(positives) / absent; rate > 0.04 {
		t.Fatalf("false positives %.2f%%", rate*100)
	} else {
		t.Logf("false positives %.2f%% over 3 layers, %d KiB for %d keys", rate*100, f.size()>>10, n)
	}
}

// TestSeenFilterExpires: a layer takes keys for at most seenLayerSpan, and
// is dropped once all its keys have expired from the store; the keys of
// layers still live are kept.
func TestSeenFilterExpires(t *testing.T) {
	f := readyFilter()
	now := time.Unix(1_800_000_000, 0)
	f.now = func() time.Time { return now }
	f.add([][]byte{seenTestKey(1)})
	now = now.Add(time.Duration(seenLayerSpan) * time.Second) // a new layer
	f.add([][]byte{seenTestKey(2)})
	if len(f.layers) != 2 {
		t.Fatalf("%d layers after a span, want 2", len(f.layers))
	}
	// Past the first key's expiry, and the margin: the next layer drops
	// the first.
	now = now.Add(SeenFor - time.Duration(seenLayerSpan)*time.Second + time.Duration(seenExpiryMargin+1)*time.Second)
	f.add([][]byte{seenTestKey(3)})
	if len(f.layers) != 2 || f.size() != 2*len(f.layers[0].blocks)*64 {
		t.Fatalf("%d layers, %d bytes: the expired one was not dropped", len(f.layers), f.size())
	}
	if !f.mayHave(seenTestKey(2)) || !f.mayHave(seenTestKey(3)) {
		t.Fatal("a live key was dropped")
	}
}

// TestSeenFilterGivesUp: past its bound the filter drops its layers and
// says every key may be there.
func TestSeenFilterGivesUp(t *testing.T) {
	f := readyFilter()
	f.maxBytes = 2 << 20
	f.mu.Lock()
	for i := uint64(0); !f.off; i++ {
		f.addLocked(i*0x9e3779b97f4a7c15, 0)
	}
	f.mu.Unlock()
	if f.size() != 0 || !f.mayHave([]byte("never added")) {
		t.Fatalf("off: %d bytes kept, or a key said absent", f.size())
	}
}

// TestSeenFilterClaim: claim tells which of a write's keys the filter may
// have; it adds the others, so that a repeat later in the write reads as
// one it may have. Before the filter is ready, and once it turns off part
// way, every key left is to be looked up.
func TestSeenFilterClaim(t *testing.T) {
	f := readyFilter()
	h := func(i int) uint64 { return f.hash(seenTestKey(i)) }
	may := make([]bool, 4)
	if f.claim([]uint64{h(1), h(2), h(1), h(3)}, may) || !slices.Equal(may, []bool{false, false, true, false}) {
		t.Fatalf("first write: %v", may)
	}
	may = make([]bool, 2)
	if f.claim([]uint64{h(2), h(4)}, may) || !slices.Equal(may, []bool{true, false}) {
		t.Fatalf("second write: %v", may)
	}

	loading := newSeenFilter()
	loading.tracking = true
	may = make([]bool, 2)
	if loading.claim([]uint64{h(5), h(6)}, may) || !slices.Equal(may, []bool{true, true}) || loading.size() != 0 {
		t.Fatalf("while loading: %v, %d bytes", may, loading.size())
	}

	// The newest layer full, and no room for another: the next key added
	// turns the filter off.
	f.maxBytes = f.size()
	f.layers[len(f.layers)-1].keys = f.layers[len(f.layers)-1].capacity
	may = make([]bool, 3)
	if !f.claim([]uint64{h(7), h(8), h(1)}, may) || !slices.Equal(may, []bool{false, true, true}) || !f.off {
		t.Fatalf("turning off: %v (off %v)", may, f.off)
	}
}

// TestSeenFilterLoaded: after a restart, the (source, id) keys stored
// before are in the filter once Run has loaded it (in several read
// transactions), so repeats are still refused; new ones are said absent,
// so not looked up; one forgotten is taken again. (Two histories share the
// store; the first stays idle.)
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
	reopened.seen.loadChunk = 700
	// Before the load: looked up, refused.
	if fresh, err := reopened.AppendUnique(before[:10]...); err != nil || slices.Contains(fresh, true) {
		t.Fatalf("before the load: %v %v", fresh, err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() { defer close(done); reopened.Run(ctx, time.Hour) }()
	defer func() { cancel(); <-done }()
	waitSeenReady(t, reopened)
	for _, e := range before {
		if !reopened.seen.mayHave(seenKey(e)) {
			t.Fatalf("%s: stored before, said absent", e.ID)
		}
	}
	absent := 0
	for i := range 100 {
		if !reopened.seen.mayHave(seenKey(ev(fmt.Sprint("new-", i)))) {
			absent++
		}
	}
	if absent < 90 {
		t.Fatalf("only %d new keys of 100 said absent", absent)
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

// waitSeenReady waits, at most 10 s, until Run has loaded h's seen filter.
func waitSeenReady(t testing.TB, h *History) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(time.Millisecond) {
		h.seen.mu.Lock()
		ready := h.seen.ready
		h.seen.mu.Unlock()
		if ready {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the seen filter was not loaded in 10 s")
		}
	}
}
