package store

import (
	"context"
	"errors"
	"fmt"

	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	pin "github.com/ipfs/boxo/pinning/pinner"
)

// MaxDocument is the largest document block PutDocument takes: documents
// are one block, under the size bitswap moves in one message.
const MaxDocument = 1 << 20

// DocumentCID is the CID a document's bytes have under codec (as
// cid.DagJSON): CIDv1, SHA-256.
func DocumentCID(codec uint64, data []byte) (cid.Cid, error) {
	return cid.V1Builder{Codec: codec, MhType: multihash.SHA2_256}.Sum(data)
}

// PutDocument stores data as one block of codec, pins it (directly: a
// document links to nothing the pin must keep) and announces it.
func (b *Blocks) PutDocument(ctx context.Context, codec uint64, data []byte) (cid.Cid, error) {
	if len(data) > MaxDocument {
		return cid.Undef, fmt.Errorf("document of %d bytes, over %d", len(data), MaxDocument)
	}
	c, err := DocumentCID(codec, data)
	if err != nil {
		return cid.Undef, err
	}
	blk, err := blocks.NewBlockWithCid(data, c)
	if err != nil {
		return cid.Undef, err
	}
	unlock := b.bs.PinLock(ctx)
	defer unlock.Unlock(ctx)
	if err := b.service.AddBlock(ctx, blk); err != nil {
		return cid.Undef, fmt.Errorf("store %s: %w", c, err)
	}
	if err := b.pins.PinWithMode(ctx, c, pin.Direct, ""); err != nil {
		return cid.Undef, fmt.Errorf("pin %s: %w", c, err)
	}
	if err := b.pins.Flush(ctx); err != nil {
		return cid.Undef, fmt.Errorf("pin %s: %w", c, err)
	}
	b.provide(c)
	return c, nil
}

// GetDocument returns the block c, from this node or fetched from peers
// (bitswap) until ctx ends. Its bytes are checked against the CID.
func (b *Blocks) GetDocument(ctx context.Context, c cid.Cid) ([]byte, error) {
	blk, err := b.service.GetBlock(ctx, c)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			return nil, fmt.Errorf("%w: %s", ErrNotFound, c)
		}
		return nil, err
	}
	if len(blk.RawData()) > MaxDocument {
		return nil, fmt.Errorf("document %s of %d bytes, over %d", c, len(blk.RawData()), MaxDocument)
	}
	return blk.RawData(), nil
}
