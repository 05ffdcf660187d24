package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/ipfs/boxo/bitswap"
	bsnet "github.com/ipfs/boxo/bitswap/network/bsnet"
	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	pin "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/boxo/pinning/pinner/dspinner"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	badger4 "github.com/ipfs/go-ds-badger4"
	ipld "github.com/ipfs/go-ipld-format"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/routing"
	"github.com/multiformats/go-multihash"
)

// ChunkSize is the size of a file's leaf blocks: under the 2 MiB a bitswap
// message may carry, at the size that keeps a 100 MiB DAG shallow.
const ChunkSize = 1 << 20

// ErrNotFound is returned for content that is neither here nor found on
// the network before the context ends.
var ErrNotFound = errors.New("content not found")

// Blocks is the node's content-addressed store: a blockstore in badger,
// bitswap on the node's host to trade blocks with peers, recursive pins that
// survive restarts, and garbage collection that never touches a pinned block
// or one being added.
type Blocks struct {
	bs      blockstore.GCBlockstore
	bitswap *bitswap.Bitswap
	service blockservice.BlockService
	dag     ipld.DAGService
	offline ipld.DAGService // never asks the network: for walks during GC
	pins    pin.Pinner
	ds      datastore.Batching // the store's, for the replicator's records
	router  routing.ContentRouting
	log     *slog.Logger
	// ctx ends at Close; wg counts the background work that uses the store.
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// cidBuilder makes CIDv1 with SHA-256, the form every block here has.
var cidBuilder = cid.V1Builder{Codec: cid.DagProtobuf, MhType: multihash.SHA2_256}

// OpenBlocks starts the block store on st, trading blocks over h and finding
// providers through router (the DHT).
func OpenBlocks(ctx context.Context, st *Store, h host.Host, router routing.Routing, log *slog.Logger) (*Blocks, error) {
	if log == nil {
		log = slog.Default()
	}
	// The idstore answers identity CIDs (content inlined in the CID) without
	// a lookup; the GC blockstore lets GC exclude concurrent adds and pins.
	bs := blockstore.NewGCBlockstore(blockstore.NewIdStore(blockstore.NewBlockstore(st.DS)), blockstore.NewGCLocker())
	net := bsnet.NewFromIpfsHost(h)
	bswap := bitswap.New(ctx, net, router, bs)
	service := blockservice.New(bs, bswap)
	dag := merkledag.NewDAGService(service)
	offline := merkledag.NewDAGService(blockservice.New(bs, nil))
	// dspinner keeps its records under /pins of the datastore it is given.
	// (Wrapped in a namespace of ours, its index queries trip a key
	// transform panic in go-datastore v0.9.2.)
	pins, err := dspinner.New(ctx, unsynced{st.DS}, offline)
	if err != nil {
		_ = bswap.Close()
		return nil, fmt.Errorf("pins: %w", err)
	}
	bctx, cancel := context.WithCancel(ctx)
	return &Blocks{bs: bs, bitswap: bswap, service: service, dag: dag, offline: offline, pins: pins, ds: st.DS, router: router, log: log, ctx: bctx, cancel: cancel}, nil
}

// unsynced is the datastore the pinner writes to, without its Sync: the
// pinner asked for one after each pin, an fsync of the whole database
// that stalled every other write for milliseconds (a guest's workflow
// submission, a pin, held a member's events up by 2 to 7 ms). Its writes
// are as durable as the node's others: each waits for the disk under
// store.sync_writes, and a crash of the process loses none either way.
type unsynced struct{ *badger4.Datastore }

func (unsynced) Sync(context.Context, datastore.Key) error { return nil }

// Service is the block service (local store, then bitswap).
func (b *Blocks) Service() blockservice.BlockService { return b.service }

// Add imports r as a UnixFS file (CIDv1, raw leaves of ChunkSize, a balanced
// DAG, as `ipfs add --cid-version 1 --chunker size-1048576` makes it) and pins it recursively. GC
// cannot run between the first block written and the pin. An add that is cut
// short (the reader fails, the process dies) leaves no pin; its blocks go at
// the next GC.
func (b *Blocks) Add(ctx context.Context, r io.Reader) (cid.Cid, error) {
	unlock := b.bs.PinLock(ctx)
	defer unlock.Unlock(ctx)
	params := helpers.DagBuilderParams{
		Dagserv:    b.offline,
		Maxlinks:   helpers.DefaultLinksPerBlock,
		RawLeaves:  true,
		CidBuilder: cidBuilder,
	}
	db, err := params.New(chunker.NewSizeSplitter(r, ChunkSize))
	if err != nil {
		return cid.Undef, err
	}
	root, err := balanced.Layout(db)
	if err != nil {
		return cid.Undef, fmt.Errorf("import: %w", err)
	}
	if err := b.pins.Pin(ctx, root, true, ""); err != nil {
		return cid.Undef, fmt.Errorf("pin %s: %w", root.Cid(), err)
	}
	if err := b.pins.Flush(ctx); err != nil {
		return cid.Undef, fmt.Errorf("pin %s: %w", root.Cid(), err)
	}
	b.provide(root.Cid())
	return root.Cid(), nil
}

// provide announces on the DHT that this node holds c, in the background:
// an announcement can take seconds and must not hold up the caller.
func (b *Blocks) provide(c cid.Cid) {
	b.wg.Go(func() {
		ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
		defer cancel()
		if err := b.router.Provide(ctx, c, true); err != nil {
			b.log.Debug("provide", "cid", c, "err", err)
		}
	})
}

// Reprovide announces every recursively pinned DAG on the DHT again every
// interval until ctx ends: provider records expire (after 48 h on the DHT),
// and a DAG must stay findable for as long as it is pinned.
func (b *Blocks) Reprovide(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		for p := range b.pins.RecursiveKeys(ctx, false) {
			if p.Err != nil {
				b.log.Warn("reprovide: list pins", "err", p.Err)
				break
			}
			pctx, cancel := context.WithTimeout(ctx, time.Minute)
			if err := b.router.Provide(pctx, p.Pin.Key, true); err != nil && ctx.Err() == nil {
				b.log.Debug("reprovide", "cid", p.Pin.Key, "err", err)
			}
			cancel()
		}
	}
}

// FindTimeout bounds the search for the root of a DAG that is not here.
const FindTimeout = 2 * time.Minute

// Open returns a reader of the UnixFS file (or raw block) c, fetching what
// is missing from peers as it reads: the root must turn up within
// FindTimeout, the rest within ctx. Any other block (a dag-cbor or dag-json
// document) reads as its bytes.
func (b *Blocks) Open(ctx context.Context, c cid.Cid) (io.ReadSeekCloser, error) {
	ctx = blockservice.ContextWithSession(ctx, b.service)
	fctx, cancel := context.WithTimeout(ctx, FindTimeout)
	nd, err := b.dag.Get(fctx, c)
	cancel()
	if err != nil {
		if fctx.Err() != nil || ipld.IsNotFound(err) {
			return nil, fmt.Errorf("%s: %w", c, ErrNotFound)
		}
		return nil, fmt.Errorf("%s: %w", c, err)
	}
	r, err := uio.NewDagReader(ctx, nd, b.dag)
	if errors.Is(err, uio.ErrUnkownNodeType) {
		return nopCloser{bytes.NewReader(nd.RawData())}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c, err)
	}
	return r, nil
}

type nopCloser struct{ *bytes.Reader }

func (nopCloser) Close() error { return nil }

// Pin fetches the whole DAG under c (from peers, with one bitswap session)
// and pins it recursively. The fetch runs without the pin lock, so a slow
// fetch holds up no GC; a GC that removes fetched blocks before the pin is
// answered by fetching again, under the lock, what went missing.
func (b *Blocks) Pin(ctx context.Context, c cid.Cid) error {
	if err := merkledag.FetchGraph(ctx, c, b.dag); err != nil {
		return fmt.Errorf("fetch %s: %w", c, err)
	}
	unlock := b.bs.PinLock(ctx)
	defer unlock.Unlock(ctx)
	if err := merkledag.FetchGraph(ctx, c, b.dag); err != nil {
		return fmt.Errorf("fetch %s: %w", c, err)
	}
	nd, err := b.offline.Get(ctx, c)
	if err != nil {
		return fmt.Errorf("pin %s: %w", c, err)
	}
	if err := b.pins.Pin(ctx, nd, true, ""); err != nil {
		return fmt.Errorf("pin %s: %w", c, err)
	}
	if err := b.pins.Flush(ctx); err != nil {
		return fmt.Errorf("pin %s: %w", c, err)
	}
	b.provide(c)
	return nil
}

// Size returns the size of the file (or document) c: the UnixFS file size
// its root records, or the root block's size. It may fetch the root.
func (b *Blocks) Size(ctx context.Context, c cid.Cid) (int64, error) {
	fctx, cancel := context.WithTimeout(ctx, FindTimeout)
	defer cancel()
	nd, err := b.dag.Get(fctx, c)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", c, err)
	}
	if pn, ok := nd.(*merkledag.ProtoNode); ok {
		if fs, err := unixfs.FSNodeFromBytes(pn.Data()); err == nil {
			return int64(fs.FileSize()), nil
		}
	}
	return int64(len(nd.RawData())), nil
}

// Unpin removes the recursive pin of c; its blocks go at the next GC.
func (b *Blocks) Unpin(ctx context.Context, c cid.Cid) error {
	if err := b.pins.Unpin(ctx, c, true); err != nil {
		if errors.Is(err, pin.ErrNotPinned) {
			return fmt.Errorf("%s: %w", c, err)
		}
		return fmt.Errorf("unpin %s: %w", c, err)
	}
	return b.pins.Flush(ctx)
}

// Pinned reports whether c is pinned, directly or through a recursive pin
// of a DAG that holds it.
func (b *Blocks) Pinned(ctx context.Context, c cid.Cid) (bool, error) {
	_, pinned, err := b.pins.IsPinned(ctx, c)
	return pinned, err
}

// Has reports whether the block c is stored here.
func (b *Blocks) Has(ctx context.Context, c cid.Cid) (bool, error) {
	return b.bs.Has(ctx, c)
}

// GC deletes every block that no pin reaches. It holds the GC lock, so no add
// or pin runs meanwhile, and it walks pinned DAGs offline: a pinned DAG is
// whole here by construction. Blocks are kept by multihash, which is how the
// blockstore keys them (it lists every block as a raw CID, whatever codec
// the CID that pinned it names).
func (b *Blocks) GC(ctx context.Context) (int, error) {
	unlock := b.bs.GCLock(ctx)
	defer unlock.Unlock(ctx)
	keep := map[string]bool{}
	visit := func(c cid.Cid) bool {
		k := string(c.Hash())
		if keep[k] {
			return false
		}
		keep[k] = true
		// A raw leaf has no links: no need to read a MiB to learn that.
		return c.Type() != cid.Raw
	}
	for p := range b.pins.RecursiveKeys(ctx, false) {
		if p.Err != nil {
			return 0, fmt.Errorf("gc: list pins: %w", p.Err)
		}
		if err := merkledag.Walk(ctx, merkledag.GetLinksWithDAG(b.offline), p.Pin.Key, visit); err != nil {
			return 0, fmt.Errorf("gc: walk pin %s: %w", p.Pin.Key, err)
		}
	}
	for p := range b.pins.DirectKeys(ctx, false) {
		if p.Err != nil {
			return 0, fmt.Errorf("gc: list pins: %w", p.Err)
		}
		visit(p.Pin.Key)
	}
	keys, err := b.bs.AllKeysChan(ctx)
	if err != nil {
		return 0, fmt.Errorf("gc: list blocks: %w", err)
	}
	removed := 0
	for k := range keys {
		if keep[string(k.Hash())] {
			continue
		}
		if err := b.bs.DeleteBlock(ctx, k); err != nil {
			return removed, fmt.Errorf("gc: delete %s: %w", k, err)
		}
		removed++
	}
	return removed, ctx.Err()
}

// Verify rehashes every stored block and returns the CIDs whose bytes do not
// match them.
func (b *Blocks) Verify(ctx context.Context) (checked int, bad []cid.Cid, err error) {
	keys, err := b.bs.AllKeysChan(ctx)
	if err != nil {
		return 0, nil, err
	}
	for k := range keys {
		checked++
		blk, err := b.bs.Get(ctx, k)
		if err != nil {
			bad = append(bad, k)
			continue
		}
		sum, err := k.Prefix().Sum(blk.RawData())
		if err != nil || !sum.Equals(k) {
			bad = append(bad, k)
		}
	}
	return checked, bad, ctx.Err()
}

// Close stops the background work and bitswap, and flushes the pins.
func (b *Blocks) Close() error {
	b.cancel()
	b.wg.Wait()
	return errors.Join(b.bitswap.Close(), b.pins.Close())
}
