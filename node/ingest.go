package node

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"strings"
	"time"

	"github.com/cerestack/cere/store"
	"github.com/cerestack/cere/workflow"
)

// Ingest limits.
const (
	maxEventBody  = 16 << 20
	maxBatch      = 5000 // under half the engine's queue, so a batch can fit
	maxEventField = 256
	// dispatchWait bounds the wait for room in the engine's queue; an event
	// a workflow raises waits at most this long, then its step fails.
	dispatchWait = 10 * time.Second
)

var errBusy = workflow.ErrBusy

// reservedSource starts the sources of the events the node raises itself
// (workflow.EmitSource among them).
const reservedSource = "cere:"

// checkEvent checks a CloudEvent's required attributes and fills its time.
func checkEvent(ev *store.Event, now time.Time) error {
	if ev.SpecVersion != "1.0" {
		return fmt.Errorf("specversion %q: want \"1.0\"", ev.SpecVersion)
	}
	for _, f := range []struct{ name, v string }{{"id", ev.ID}, {"source", ev.Source}, {"type", ev.Type}} {
		if f.v == "" {
			return fmt.Errorf("%s is missing", f.name)
		}
		if len(f.v) > maxEventField || strings.IndexByte(f.v, 0) >= 0 {
			return fmt.Errorf("%s: over %d bytes or with a NUL", f.name, maxEventField)
		}
	}
	// The node's own sources name who raised an event (a workflow's owner,
	// a webhook, a schedule): from outside, one would pass for another.
	if strings.HasPrefix(ev.Source, reservedSource) {
		return fmt.Errorf("source %q: sources starting with %q are the node's own", ev.Source, reservedSource)
	}
	if ev.CheckData() != nil {
		return errors.New("data is not JSON")
	}
	// What no workflow could read is refused, with the number named.
	if err := ev.CheckNumbers(); err != nil {
		return err
	}
	if ev.Time.IsZero() {
		ev.Time = now
	}
	// The history keeps events by time, in nanoseconds since 1970: a time
	// outside it, or far ahead of this node's clock, is refused rather
	// than filed where retention would never reach it.
	if ev.Time.Before(time.Unix(0, 0)) || ev.Time.After(now.Add(maxClockAhead)) {
		return fmt.Errorf("time %s: want a time from 1970 to at most %s after this node's clock", ev.Time.Format(time.RFC3339), maxClockAhead)
	}
	return nil
}

// maxClockAhead is how far ahead of this node's clock an event's time may
// be: clocks disagree, but not by days.
const maxClockAhead = 24 * time.Hour

// ingest records new events in the history and hands them to the
// workflows; a (source, id) seen within store.SeenFor is only acknowledged. With no room
// for them in the engine's queue it takes none and answers errBusy.
//
// An event a workflow will run is recorded as pending, in the transaction
// that records it, until its executions have ended (their emits
// recorded): what a crash cuts short, in the queue or running, is
// dispatched again at the next start (replay), and nothing else is. A
// client's retry of it is a duplicate, as it should be.
func (n *Node) ingest(ctx context.Context, evs []*store.Event, depth int) (accepted, duplicates []string, err error) {
	if depth == 0 && n.engine.Room() < len(evs) {
		return nil, nil, errBusy
	}
	var dispatch []bool // nil: none is to be dispatched
	var fresh []bool
	if depth == workflow.RecordOnly {
		fresh, err = n.history.AppendUnique(evs...)
	} else {
		for i, ev := range evs {
			if n.engine.Wants(ev) {
				if dispatch == nil {
					dispatch = make([]bool, len(evs))
				}
				dispatch[i] = true
			}
		}
		fresh, err = n.history.AppendDispatch(evs, depth, dispatch)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("record events: %w", err)
	}
	accepted, duplicates = []string{}, []string{}
	var keep []*store.Event
	var pending []bool // of keep: recorded as pending
	for i, ev := range evs {
		if fresh[i] {
			keep = append(keep, ev)
			pending = append(pending, dispatch != nil && dispatch[i])
			accepted = append(accepted, ev.ID)
		} else {
			duplicates = append(duplicates, ev.ID)
		}
	}
	if depth == workflow.RecordOnly {
		return accepted, duplicates, nil
	}
	for i, ev := range keep {
		if !pending[i] {
			continue // no trigger wanted it as it was recorded
		}
		// Room was there; another caller may have taken it since, so wait
		// (a bounded time) rather than lose an event already recorded.
		if err := n.engine.DispatchWanted(ctx, ev, depth, dispatchWait, func() { n.history.Done(ev) }); err != nil {
			// What was not handed on is forgotten as seen: the caller's
			// retry (a client's, or a step's) is then taken.
			if ferr := n.history.Forget(keep[i:]...); ferr != nil {
				n.log.Warn("events not dispatched and not forgotten", "err", ferr)
			}
			return nil, nil, fmt.Errorf("%d events not taken: %w", len(keep)-i, err)
		}
	}
	return accepted, duplicates, nil
}

// replay dispatches the events recorded as pending before this start,
// whose executions a crash cut short (or a stop: a stop cancels them), in
// the order they came, once each: what their executions raised the first
// time has the same ids the second, and is taken for duplicates. It runs
// beside new events, once the workflows are deployed, until ctx ends.
func (n *Node) replay(ctx context.Context) {
	count, dropped := 0, 0
	err := n.history.Pending(ctx, func(ev *store.Event, depth int) error {
		count++
		for {
			err := n.engine.DispatchWait(ctx, ev, depth, dispatchWait, func() { n.history.Done(ev) })
			switch {
			case err == nil:
				return nil
			case ctx.Err() != nil:
				return ctx.Err()
			case !errors.Is(err, workflow.ErrBusy):
				// It can never be dispatched (too many hops): as it would
				// have been refused when it came.
				n.log.Warn("event recorded as pending not dispatched", "id", ev.ID, "source", ev.Source, "err", err)
				n.history.Done(ev)
				dropped++
				return nil
			}
			// The queue stayed full: new events come too, so wait again.
		}
	})
	if err != nil && ctx.Err() == nil {
		n.log.Error("events recorded as pending not all dispatched", "err", err)
	}
	if count > 0 {
		n.log.Info("dispatched again the events a crash or stop cut short", "events", count, "dropped", dropped)
	}
}

// emitted is how the workflow engine hands back the events a step raised.
func (n *Node) emitted(ctx context.Context, evs []*store.Event, depth int) error {
	_, _, err := n.ingest(ctx, evs, depth)
	return err
}

// mediaType is the media type of a Content-Type, as mime.ParseMediaType
// gives it ("" where it does not parse); the types clients send with no
// parameters are known without parsing them.
func mediaType(contentType string) string {
	switch contentType {
	case "application/cloudevents-batch+json", "application/cloudevents+json", "application/json":
		return contentType
	}
	media, _, _ := mime.ParseMediaType(contentType)
	return media
}

// newEventID returns a random id for an event the node makes.
func newEventID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
