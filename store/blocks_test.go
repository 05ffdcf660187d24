package store

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"io"
	"sync"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p"
	routinghelpers "github.com/libp2p/go-libp2p-routing-helpers"
)

// openTestBlocks opens a store with blocks on a loopback host that has no
// peers and no router: everything here is local.
func openTestBlocks(t *testing.T, dir string) (*Store, *Blocks) {
	t.Helper()
	st, err := Open(dir)
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
	return st, b
}

func randomBytes(t testing.TB, n int) []byte {
	t.Helper()
	data := make([]byte, n)
	if _, err := rand.Read(data); err != nil {
		t.Fatal(err)
	}
	return data
}

// readAll reads a file that must be whole here: a missing block would be
// sought on the network, so the read is bounded.
func readAll(t *testing.T, b *Blocks, c cid.Cid) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	f, err := b.Open(ctx, c)
	if err != nil {
		t.Fatalf("open %s: %v", c, err)
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		t.Fatalf("read %s: %v", c, err)
	}
	return data
}

func TestAddOpenGC(t *testing.T) {
	_, b := openTestBlocks(t, t.TempDir())
	ctx := t.Context()
	kept := randomBytes(t, 5<<20+123)
	keptCID, err := b.Add(ctx, bytes.NewReader(kept))
	if err != nil {
		t.Fatal(err)
	}
	if keptCID.Version() != 1 {
		t.Fatalf("CID %s is not v1", keptCID)
	}
	gone := randomBytes(t, 3<<20)
	goneCID, err := b.Add(ctx, bytes.NewReader(gone))
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Unpin(ctx, goneCID); err != nil {
		t.Fatal(err)
	}
	removed, err := b.GC(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if removed < 3 {
		t.Errorf("GC removed %d blocks, want the 3 leaves and the root of the unpinned file", removed)
	}
	if !bytes.Equal(readAll(t, b, keptCID), kept) {
		t.Fatal("pinned file changed after GC")
	}
	if has, _ := b.Has(ctx, goneCID); has {
		t.Error("unpinned root survived GC")
	}
	if again, _ := b.GC(ctx); again != 0 {
		t.Errorf("a second GC removed %d blocks, want 0", again)
	}
	checked, bad, err := b.Verify(ctx)
	if err != nil || len(bad) != 0 || checked < 6 {
		t.Errorf("verify: checked %d, bad %v, err %v", checked, bad, err)
	}
}

// TestPinsSurviveRestart: pins are kept in the store.
func TestPinsSurviveRestart(t *testing.T) {
	dir := t.TempDir()
	st, b := openTestBlocks(t, dir)
	data := randomBytes(t, 2<<20)
	c, err := b.Add(t.Context(), bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	b.Close()
	st.Close()
	_, b2 := openTestBlocks(t, dir)
	if removed, err := b2.GC(t.Context()); err != nil || removed != 0 {
		t.Fatalf("GC after restart removed %d (%v), want 0", removed, err)
	}
	if !bytes.Equal(readAll(t, b2, c), data) {
		t.Fatal("content changed across a restart")
	}
}

// failingReader fails after n bytes, as a cut upload does.
type failingReader struct{ r io.Reader }

func (f failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errors.New("connection reset")
	}
	return n, err
}

// TestConcurrentPinAndGC: adds (each pinned at its end) and GCs run side by
// side; every pinned file stays whole, and a cut upload is never pinned.
func TestConcurrentPinAndGC(t *testing.T) {
	_, b := openTestBlocks(t, t.TempDir())
	ctx := t.Context()
	type file struct {
		c    cid.Cid
		data []byte
	}
	var mu sync.Mutex
	var files []file
	var gc, adders sync.WaitGroup
	stop := make(chan struct{})
	gc.Go(func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := b.GC(ctx); err != nil {
				t.Error(err)
				return
			}
		}
	})
	for i := range 2 {
		adders.Go(func() {
			for j := range 8 {
				data := randomBytes(t, (1+i+j%3)<<20+j)
				if j%4 == 3 {
					if _, err := b.Add(ctx, failingReader{bytes.NewReader(data)}); err == nil {
						t.Error("a cut upload was stored")
					}
					continue
				}
				c, err := b.Add(ctx, bytes.NewReader(data))
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				files = append(files, file{c, data})
				mu.Unlock()
			}
		})
	}
	adders.Wait()
	close(stop)
	gc.Wait()
	if _, err := b.GC(ctx); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if !bytes.Equal(readAll(t, b, f.c), f.data) {
			t.Fatalf("pinned file %s lost blocks to a concurrent GC", f.c)
		}
	}
	var pins int
	for p := range b.pins.RecursiveKeys(ctx, false) {
		if p.Err == nil {
			pins++
		}
	}
	if pins != len(files) {
		t.Fatalf("%d pins, want %d (cut uploads must not be pinned)", pins, len(files))
	}
}
