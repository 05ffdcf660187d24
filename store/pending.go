package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// An event recorded for dispatch is marked pending until every execution
// it started has ended, what they raised recorded. The mark is the value
// of its seen key, written with it:
//
//	h/u/<source>\x00<id> -> <depth><run><type>\x00<stamp>
//
// <run> (8 bytes) is the number of the history's opening that wrote it,
// <type>\x00<stamp> its event's key. Done writes the seen key again
// without it, with the history's next batch. So what a crash cuts short,
// from the queue to the last emit, is dispatched again at the next start
// (Pending); the events an execution raises have ids derived from the
// event's, and are taken as duplicates the second time. (A key of its own
// for the mark, set and then deleted, made six entries for badger's one
// writer where there were four, for an event and its alert; in the seen
// key it makes five.)
func (h *History) mark(depth int, key []byte) []byte {
	m := make([]byte, 0, 9+len(key)-len(prefixEvents))
	m = append(m, byte(depth))
	m = binary.BigEndian.AppendUint64(m, h.run)
	return append(m, key[len(prefixEvents):]...)
}

// Done tells the history that the events' dispatch is over: every
// execution they started has ended, what those raised is recorded. Their
// pending marks are cleared with the history's next batch, or, while Run
// runs, within doneFlush when none comes and when Run ends; a mark a crash
// keeps is dispatched once more at the next start. Done does not wait, nor
// make a commit of its own to badger's one writer for each group of
// executions that end together.
func (h *History) Done(events ...*Event) {
	h.groupMu.Lock()
	defer h.groupMu.Unlock()
	for _, e := range events {
		if e.pending != nil {
			h.finished = append(h.finished, e.pending)
			e.pending = nil
		}
	}
	if len(h.finished) == 0 || h.flushing {
		return
	}
	h.flushing = true
	select {
	case h.doneKick <- struct{}{}:
	default:
	}
}

// flushLoop writes the marks Done was given doneFlush after it was
// kicked, and what is left when ctx ends, before the store closes.
func (h *History) flushLoop(ctx context.Context) {
	t := time.NewTimer(doneFlush)
	t.Stop()
	for {
		select {
		case <-ctx.Done():
			h.flushDone()
			return
		case <-h.doneKick:
			t.Reset(doneFlush)
		case <-t.C:
			h.flushDone()
		}
	}
}

// flushDone writes the marks Done was given, or waits for the batch
// gathering, which takes them.
func (h *History) flushDone() {
	h.groupMu.Lock()
	h.flushing = false
	g := h.group
	lead := g == nil && len(h.finished) > 0
	if lead {
		g = &appendGroup{done: make(chan struct{})}
		h.group = g
	}
	h.groupMu.Unlock()
	switch {
	case lead:
		h.lead(g)
	case g != nil:
		<-g.done
	}
}

// doneFlush is how long the marks Done was given wait for a batch of the
// history to go with.
const doneFlush = 50 * time.Millisecond

// Pending calls fn with each event that an earlier opening of the history
// marked pending and never marked Done, in the order they were recorded,
// with the depth it was recorded at; fn passes it to Done once its
// dispatch is over. An event retention deleted meanwhile loses its mark.
// Pending reads every seen key, in the background of a start; it stops at
// fn's first error, or when ctx ends.
func (h *History) Pending(ctx context.Context, fn func(ev *Event, depth int) error) error {
	type pending struct {
		seen, key []byte
		depth     int
	}
	var marks []pending
	err := h.scanSeen(ctx, seenLoadChunk, func(item *badger.Item) error {
		if item.ValueSize() < minMark {
			return nil
		}
		m, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		if len(m) < minMark || binary.BigEndian.Uint64(m[1:9]) == h.run {
			return nil // not a mark, or this opening's
		}
		marks = append(marks, pending{seen: item.KeyCopy(nil), key: join(prefixEvents, m[9:]), depth: int(m[0])})
		return nil
	})
	if err != nil {
		if ctx.Err() != nil {
			return err
		}
		return fmt.Errorf("history: pending: %w", err)
	}
	// In the order they came: by the sequence number that ends each key.
	slices.SortFunc(marks, func(a, b pending) int {
		return bytes.Compare(a.key[len(a.key)-8:], b.key[len(b.key)-8:])
	})
	for len(marks) > 0 {
		chunk := marks[:min(len(marks), pendingChunk)]
		marks = marks[len(chunk):]
		evs := make([]*Event, 0, len(chunk))
		var gone []*Event
		err := h.db.View(func(txn *badger.Txn) error {
			for _, m := range chunk {
				ev, err := h.eventAt(txn, m.key)
				if errors.Is(err, badger.ErrKeyNotFound) {
					gone = append(gone, &Event{pending: m.seen})
					evs = append(evs, nil)
					continue
				}
				if err != nil {
					return fmt.Errorf("pending %q: %w", m.seen, err)
				}
				ev.pending = m.seen
				evs = append(evs, ev)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("history: pending: %w", err)
		}
		if len(gone) > 0 {
			h.log.Warn("history: events recorded for dispatch were deleted before it (retention)", "events", len(gone))
			h.Done(gone...)
		}
		for i, ev := range evs {
			if ev == nil {
				continue
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(ev, chunk[i].depth); err != nil {
				return err
			}
		}
	}
	return nil
}

// minMark is the length of the shortest pending mark: a depth, a run, a
// type of one byte, its separator and a stamp.
const minMark = 1 + 8 + 2 + 16

// pendingChunk is how many pending events Pending reads in one
// transaction.
const pendingChunk = 1024

func (h *History) eventAt(txn *badger.Txn, key []byte) (*Event, error) {
	item, err := txn.Get(key)
	if err != nil {
		return nil, err
	}
	var e Event
	if err := item.Value(func(v []byte) error { return json.Unmarshal(v, &e) }); err != nil {
		return nil, err
	}
	return &e, nil
}
