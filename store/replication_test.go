package store

import (
	"bytes"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/cerestack/cere/p2p"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p"
	routinghelpers "github.com/libp2p/go-libp2p-routing-helpers"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
)

// TestRank: every node, whatever order it lists the peers in, agrees on the
// ranking for a CID; different CIDs spread over different peers.
func TestRank(t *testing.T) {
	peers := []string{"p1", "p2", "p3", "p4", "p5"}
	first := rank("bafy-a", peers)
	reversed := slices.Clone(peers)
	slices.Reverse(reversed)
	if !slices.Equal(first, rank("bafy-a", reversed)) {
		t.Fatal("ranking depends on the order peers are listed in")
	}
	tops := map[string]bool{}
	for _, c := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		tops[rank(c, peers)[0]] = true
	}
	if len(tops) < 3 {
		t.Fatalf("8 CIDs all land on %d peers", len(tops))
	}
}

// TestReplicaSlots: a flood of requests starts at most two fetches, and
// never two of the same CID.
func TestReplicaSlots(t *testing.T) {
	r := &Replicator{inFlight: map[string]bool{}}
	if !r.start("a") || r.start("a") {
		t.Fatal("the same CID got two slots")
	}
	if !r.start("b") || r.start("c") {
		t.Fatal("more than two fetches at once")
	}
	r.finish("a")
	if !r.start("c") {
		t.Fatal("a freed slot was not reused")
	}
}

// replicaPair is a publisher's blocks and a replicator on another host
// connected to it, which fetches over bitswap.
type replicaPair struct {
	pub  *Blocks
	rep  *Replicator
	repB *Blocks
}

func newReplicaPair(t *testing.T) *replicaPair {
	t.Helper()
	pub, pubHost := openPeerBlocks(t)
	repB, repHost := openPeerBlocks(t)
	if err := repHost.Connect(t.Context(), peer.AddrInfo{ID: pubHost.ID(), Addrs: pubHost.Addrs()}); err != nil {
		t.Fatal(err)
	}
	return &replicaPair{pub: pub, repB: repB, rep: testReplicator(t, repB)}
}

// openPeerBlocks is openTestBlocks that returns the host, to connect it.
func openPeerBlocks(t *testing.T) (*Blocks, host.Host) {
	t.Helper()
	st, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	h, err := libp2p.New(libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"), libp2p.DisableRelay())
	if err != nil {
		t.Fatal(err)
	}
	b, err := OpenBlocks(t.Context(), st, h, routinghelpers.Null{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		b.Close()
		h.Close()
		st.Close()
	})
	return b, h
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func testReplicator(t *testing.T, b *Blocks) *Replicator {
	t.Helper()
	r, err := newReplicator(t.Context(), b, func() p2p.PeerRecord { return p2p.PeerRecord{} })
	if err != nil {
		t.Fatal(err)
	}
	r.BlockTimeout = 5 * time.Second
	return r
}

// storedBytes is the size of every block in b's store.
func storedBytes(t *testing.T, b *Blocks) int64 {
	t.Helper()
	keys, err := b.bs.AllKeysChan(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	for k := range keys {
		size, err := b.bs.GetSize(t.Context(), k)
		if err != nil {
			t.Fatal(err)
		}
		n += int64(size)
	}
	return n
}

// lyingRoot stores, at the publisher, a root that declares a file of 100
// bytes and links the leaves of the file c.
func lyingRoot(t *testing.T, pub *Blocks, c cid.Cid) cid.Cid {
	t.Helper()
	nd, err := pub.offline.Get(t.Context(), c)
	if err != nil {
		t.Fatal(err)
	}
	liar := merkledag.NodeWithData(unixfs.FilePBData(nil, 100))
	liar.SetCidBuilder(cidBuilder)
	for _, l := range nd.Links() {
		if err := liar.AddRawLink(l.Name, l); err != nil {
			t.Fatal(err)
		}
	}
	if err := pub.offline.Add(t.Context(), liar); err != nil {
		t.Fatal(err)
	}
	if size, err := pub.Size(t.Context(), liar.Cid()); err != nil || size != 100 {
		t.Fatalf("the lying root declares %d bytes (%v)", size, err)
	}
	return liar.Cid()
}

// TestReplicaCountsBytes: a DAG whose root declares 100 bytes but links
// 20 MiB is fetched only up to the node's limit, counted block by block,
// and not pinned; within the limit it is pinned whole, as a replica.
func TestReplicaCountsBytes(t *testing.T) {
	p := newReplicaPair(t)
	ctx := t.Context()
	file, err := p.pub.Add(ctx, bytes.NewReader(randomBytes(t, 20<<20)))
	if err != nil {
		t.Fatal(err)
	}
	liar := lyingRoot(t, p.pub, file)
	p.rep.MaxBytes = 2 << 20
	if _, err := p.rep.take(ctx, "publisher", liar, 1<<40); !errors.Is(err, ErrReplicaTooLarge) {
		t.Fatalf("a DAG of 20 MiB declared as 100 bytes, with a limit of 2 MiB: %v", err)
	}
	// The walk stops at the first block past the limit; the blocks asked
	// for in parallel by then may still land.
	got, most := storedBytes(t, p.repB), p.rep.MaxBytes+fetchWorkers*ChunkSize
	t.Logf("%d bytes stored for a limit of %d", got, p.rep.MaxBytes)
	if got > most {
		t.Fatalf("%d bytes stored for a limit of %d", got, p.rep.MaxBytes)
	}
	if pinned, _ := p.repB.Pinned(ctx, liar); pinned {
		t.Fatal("the DAG over the limit was pinned")
	}

	p.rep.MaxBytes = 24 << 20
	size, err := p.rep.take(ctx, "publisher", file, 1<<40)
	if err != nil {
		t.Fatal(err)
	}
	if size < 20<<20 || size > 20<<20+4096 {
		t.Fatalf("counted %d bytes for a file of 20 MiB", size)
	}
	if !bytes.Equal(readAll(t, p.repB, file), readAll(t, p.pub, file)) {
		t.Fatal("the replica differs")
	}
	for pin := range p.repB.pins.RecursiveKeys(ctx, true) {
		if rep, ok := parseReplicaPinName(pin.Pin.Name); !ok || pin.Pin.Key != file || rep.publisher != "publisher" || rep.bytes != size {
			t.Fatalf("pin %s named %q", pin.Pin.Key, pin.Pin.Name)
		}
	}
}

// TestReplicaQuota: a publisher's replicas stop at its quota, counted
// while fetching; another publisher still has room; the count outlives a
// restart, read from the pins.
func TestReplicaQuota(t *testing.T) {
	p := newReplicaPair(t)
	ctx := t.Context()
	var files []cid.Cid
	for range 2 {
		c, err := p.pub.Add(ctx, bytes.NewReader(randomBytes(t, 3<<20)))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, c)
	}
	p.rep.PublisherQuota = 5 << 20
	first, err := p.rep.take(ctx, "A", files[0], 1<<40)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.rep.take(ctx, "A", files[1], 1<<40); !errors.Is(err, ErrOverQuota) {
		t.Fatalf("6 MiB for a publisher with a quota of 5: %v", err)
	}
	if _, err := p.rep.take(ctx, "B", files[1], 1<<40); err != nil {
		t.Fatalf("another publisher: %v", err)
	}
	again := testReplicator(t, p.repB)
	if got := again.usedBy("A"); got != first {
		t.Fatalf("after a restart A holds %d bytes, want %d", got, first)
	}
	again.ReplicaQuota = again.total + 1<<20
	c, err := p.pub.Add(ctx, bytes.NewReader(randomBytes(t, 2<<20)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := again.take(ctx, "C", c, 1<<40); !errors.Is(err, ErrOverQuota) {
		t.Fatalf("past the node's quota: %v", err)
	}
}

// TestReplicaExpires: a replica is unpinned a TTL after its publisher last
// asked for it; a request by its publisher renews it, one by another peer
// does not.
func TestReplicaExpires(t *testing.T) {
	p := newReplicaPair(t)
	ctx := t.Context()
	c, err := p.pub.Add(ctx, bytes.NewReader(randomBytes(t, 2<<20)))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1_800_000_000, 0)
	p.rep.now = func() time.Time { return now }
	p.rep.TTL = time.Hour
	if _, err := p.rep.take(ctx, "A", c, 1<<40); err != nil {
		t.Fatal(err)
	}
	pinned := func() bool {
		ok, err := p.repB.Pinned(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	now = now.Add(45 * time.Minute)
	must(t, p.rep.renew(ctx, "B", c)) // not B's: no renewal
	now = now.Add(20 * time.Minute)
	must(t, p.rep.sweep(ctx))
	if pinned() {
		t.Fatal("renewed by a peer other than its publisher")
	}

	if _, err := p.rep.take(ctx, "A", c, 1<<40); err != nil {
		t.Fatal(err)
	}
	now = now.Add(45 * time.Minute)
	must(t, p.rep.renew(ctx, "A", c))
	now = now.Add(45 * time.Minute) // 1 h 30 after it was taken
	must(t, p.rep.sweep(ctx))
	if !pinned() {
		t.Fatal("expired although its publisher renewed it")
	}
	// A restart keeps the renewed expiry, from the pin's name.
	again := testReplicator(t, p.repB)
	again.now = p.rep.now
	now = now.Add(31 * time.Minute)
	must(t, again.sweep(ctx))
	if pinned() || again.usedBy("A") != 0 {
		t.Fatalf("still pinned (%d bytes counted) an hour after its last renewal", again.usedBy("A"))
	}
	if removed, err := p.repB.GC(ctx); err != nil || removed < 3 {
		t.Fatalf("GC removed %d blocks: %v", removed, err)
	}
}

// TestReplicaUnreachable: a DAG nobody serves gives up its fetch after the
// block timeout, not the fetch's half hour.
func TestReplicaUnreachable(t *testing.T) {
	p := newReplicaPair(t)
	p.rep.BlockTimeout = 300 * time.Millisecond
	missing, err := cidBuilder.Sum(randomBytes(t, 64))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := p.rep.take(t.Context(), "A", missing, 1<<40); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a DAG nobody has: %v", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Fatalf("gave up after %s", took)
	}
}

// TestWantedOutlivesRestart: what a node asked copies of is asked again
// after a restart (its holders drop a replica its publisher stops asking
// for), and forgotten once the node holds it no more.
func TestWantedOutlivesRestart(t *testing.T) {
	b, _ := openPeerBlocks(t)
	c, err := b.Add(t.Context(), bytes.NewReader([]byte("asked for")))
	must(t, err)
	r := testReplicator(t, b)
	r.want(t.Context(), c.String(), 3)
	again := testReplicator(t, b) // as at the next start
	if got := again.wanted[c.String()]; got != 3 {
		t.Fatalf("after a restart: %d copies asked for %s, want 3", got, c)
	}
	again.want(t.Context(), c.String(), 0)
	if third := testReplicator(t, b); len(third.wanted) != 0 {
		t.Fatalf("after it was forgotten and a restart: %v", third.wanted)
	}
}
