package node

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	pathpkg "path"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cerestack/cere/audit"
	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/workflow"
	"github.com/coder/websocket"
)

// The live stream: every client has a bounded queue, which its connection
// drains by at most streamBatch messages every streamInterval (1,000 a
// second); what does not fit is dropped and counted, and the count goes to
// the client with the next frame. A client following more than that sees
// its messages up to a second late (the queue's length at that rate), and
// the counts of those dropped. A dashboard following every topic of a
// busy node so costs it a bounded share of its processor time, not one
// encoding and one wake-up for each message (nine an event for the
// sensor-anomaly example).
const (
	streamQueue    = 1024
	streamBatch    = 50
	streamInterval = 50 * time.Millisecond
	// streamMaxData is the largest message data sent whole; larger data is
	// replaced by a marker with its size and a preview.
	streamMaxData = 8 << 10
	streamPreview = 512
	// Bounds on the stream's clients and what each follows.
	streamMaxClients  = 64
	streamMaxPatterns = 32
)

// hub fans the engine's messages out to the stream's clients.
type hub struct {
	mu      sync.RWMutex
	clients map[*streamClient]struct{}
	count   atomic.Int32
	// wanted caches, per topic, whether any client wants it; it is
	// dropped whenever clients or their topics change.
	wanted atomic.Pointer[sync.Map]
}

// wants reports whether any client wants topic, so that a message nobody
// wants is not even built.
func (h *hub) wants(topic string) bool {
	if h.count.Load() == 0 {
		return false
	}
	cache := h.wanted.Load()
	if cache == nil {
		cache = &sync.Map{}
		h.wanted.CompareAndSwap(nil, cache)
		cache = h.wanted.Load()
	}
	if v, ok := cache.Load(topic); ok {
		return v.(bool)
	}
	h.mu.RLock()
	want := false
	for c := range h.clients {
		if c.wants(topic) {
			want = true
			break
		}
	}
	h.mu.RUnlock()
	cache.Store(topic, want)
	return want
}

// changed drops what wants cached.
func (h *hub) changed() { h.wanted.Store(nil) }

type streamClient struct {
	mu       sync.Mutex
	patterns []string
	matched  map[string]bool    // topic: whether patterns match it; reset with them
	pending  []workflow.Message // at most limit, oldest first
	limit    int                // streamQueue but in benchmarks
	// ready is told when pending gains a first message, for a reader that
	// waits for them rather than for a tick; such a reader must take all
	// that is pending each time, or it would wait for a signal that does
	// not come.
	ready   chan struct{}
	dropped atomic.Uint64
}

func newStreamClient(patterns []string) *streamClient {
	return &streamClient{patterns: patterns, limit: streamQueue, ready: make(chan struct{}, 1)}
}

func (c *streamClient) wants(topic string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.wantsLocked(topic)
}

// offer queues m if the client wants its topic, or counts it dropped when
// the queue is full.
func (c *streamClient) offer(m workflow.Message) {
	c.mu.Lock()
	if !c.wantsLocked(m.Topic) {
		c.mu.Unlock()
		return
	}
	if len(c.pending) >= c.limit {
		c.mu.Unlock()
		c.dropped.Add(1)
		return
	}
	c.pending = append(c.pending, m)
	first := len(c.pending) == 1
	c.mu.Unlock()
	if first {
		select {
		case c.ready <- struct{}{}:
		default:
		}
	}
}

// take moves up to limit queued messages, oldest first, to the end of into.
func (c *streamClient) take(limit int, into []workflow.Message) []workflow.Message {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := min(limit, len(c.pending))
	into = append(into, c.pending[:n]...)
	rest := copy(c.pending, c.pending[n:])
	clear(c.pending[rest:])
	c.pending = c.pending[:rest]
	return into
}

func (c *streamClient) wantsLocked(topic string) bool {
	if want, ok := c.matched[topic]; ok {
		return want
	}
	want := false
	for _, p := range c.patterns {
		if ok, _ := pathpkg.Match(p, topic); ok || p == "*" {
			want = true
			break
		}
	}
	if c.matched == nil || len(c.matched) >= 64 { // topics are few; bound them anyway
		c.matched = map[string]bool{}
	}
	c.matched[topic] = want
	return want
}

func (h *hub) add(c *streamClient) {
	h.mu.Lock()
	if h.clients == nil {
		h.clients = map[*streamClient]struct{}{}
	}
	h.clients[c] = struct{}{}
	h.count.Store(int32(len(h.clients)))
	h.mu.Unlock()
	h.changed()
}

func (h *hub) remove(c *streamClient) {
	h.mu.Lock()
	delete(h.clients, c)
	h.count.Store(int32(len(h.clients)))
	h.mu.Unlock()
	h.changed()
}

// publish offers m to every client that wants its topic; it never blocks.
func (h *hub) publish(m workflow.Message) {
	if h.count.Load() == 0 {
		return
	}
	h.mu.RLock()
	defer h.mu.RUnlock()
	for c := range h.clients {
		c.offer(m)
	}
}

// observe hears the workflow engine's messages for the live stream. The
// executions refused (over a workflow's backlog or a guest's quota; told
// at most once a second for a workflow, with their count) are also told to
// the error groups (cere errors), at most refusedCaptures a second: each
// is a write.
func (n *Node) observe(m workflow.Message) {
	n.stream.publish(m)
	if m.Topic != "error" {
		return
	}
	if d, ok := m.Data.(map[string]any); ok && d["refused"] != nil && n.refusedCaptures.Allow() {
		msg, _ := d["error"].(string)
		_ = n.errs.Capture(audit.Occurrence{Kind: "quota", Location: m.Workflow, Message: msg, Workflow: m.Workflow, Time: m.Time})
	}
}

// refusedCaptures is how many refused executions a second are told to the
// error groups.
const refusedCaptures = 20

// watching reports whether anyone follows topic on the live stream.
func (n *Node) watching(topic string) bool { return n.stream.wants(topic) }

// streamRoutes mounts the live stream's route.
func (n *Node) streamRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/stream", n.private(http.HandlerFunc(n.handleStream)))
}

// handleStream serves GET /api/v1/stream: a WebSocket that sends batches
// {"messages": [...], "dropped": N} of the topics the client asked for
// (?topic=execution.*&topic=error, or a message {"subscribe": [...]} at any
// time; default every topic).
func (n *Node) handleStream(w http.ResponseWriter, r *http.Request) {
	patterns := splitTopics(r.URL.Query()["topic"])
	if len(patterns) == 0 {
		patterns = []string{"*"}
	}
	if err := checkTopics(patterns); err != nil {
		writeError(w, http.StatusBadRequest, "topic: "+err.Error(), "topic")
		return
	}
	if n.stream.count.Load() >= streamMaxClients {
		w.Header().Set("Retry-After", "5")
		writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("the stream has %d clients already", streamMaxClients), "")
		return
	}
	// The server's ReadTimeout is for requests; a stream lasts.
	_ = http.NewResponseController(w).SetReadDeadline(time.Time{})
	conn, err := websocket.Accept(w, r, nil) // same origin, or no browser at all
	if err != nil {
		return
	}
	defer conn.CloseNow()
	conn.SetReadLimit(64 << 10)
	c := newStreamClient(patterns)
	n.stream.add(c)
	defer n.stream.remove(c)

	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	changed := make(chan []string, 1)
	go func() {
		defer cancel()
		for {
			var req struct {
				Subscribe []string `json:"subscribe"`
			}
			_, data, err := conn.Read(ctx)
			if err != nil {
				return
			}
			if json.Unmarshal(data, &req) == nil && req.Subscribe != nil && checkTopics(splitTopics(req.Subscribe)) == nil {
				c.mu.Lock()
				c.patterns, c.matched = splitTopics(req.Subscribe), nil
				// What waits of the topics no longer followed goes.
				kept := c.pending[:0]
				for _, m := range c.pending {
					if c.wantsLocked(m.Topic) {
						kept = append(kept, m)
					}
				}
				clear(c.pending[len(kept):])
				c.pending = kept
				c.mu.Unlock()
				n.stream.changed()
				select {
				case changed <- splitTopics(req.Subscribe):
				default:
				}
			}
		}
	}()
	tick := time.NewTicker(streamInterval)
	defer tick.Stop()
	ping := time.NewTicker(30 * time.Second)
	defer ping.Stop()
	batch := make([]api.StreamMessage, 0, streamBatch)
	taken := make([]workflow.Message, 0, streamBatch)
	subscribed := patterns // told in the next frame
	send := func() error {
		dropped := c.dropped.Swap(0)
		if len(batch) == 0 && dropped == 0 && subscribed == nil {
			return nil
		}
		b, err := json.Marshal(api.StreamBatch{Messages: batch, Dropped: dropped, Subscribed: subscribed})
		subscribed = nil
		if err != nil {
			return err
		}
		wctx, wcancel := context.WithTimeout(ctx, 10*time.Second)
		defer wcancel()
		clear(batch) // not to hold their data until the next frame
		batch = batch[:0]
		return conn.Write(wctx, websocket.MessageText, b)
	}
	for {
		select {
		case <-ctx.Done():
			conn.Close(websocket.StatusNormalClosure, "")
			return
		case <-n.ctx.Done():
			conn.Close(websocket.StatusGoingAway, "the node is stopping")
			return
		case p := <-changed:
			subscribed = p
		case <-tick.C:
			taken = c.take(streamBatch, taken[:0])
			for _, m := range taken {
				batch = append(batch, streamMessage(m))
			}
			clear(taken)
			if send() != nil {
				return
			}
		case <-ping.C:
			pctx, pcancel := context.WithTimeout(ctx, 10*time.Second)
			err := conn.Ping(pctx)
			pcancel()
			if err != nil {
				return
			}
		}
	}
}

// streamMessage is m as sent, its data truncated past streamMaxData.
func streamMessage(m workflow.Message) api.StreamMessage {
	out := api.StreamMessage{Message: m}
	if m.Data == nil {
		return out
	}
	raw, err := json.Marshal(m.Data)
	if err != nil || len(raw) <= streamMaxData {
		return out
	}
	out.Data = map[string]any{"truncated": true, "bytes": len(raw), "preview": string(raw[:streamPreview])}
	return out
}

// checkTopics checks a subscription: at most streamMaxPatterns globs.
func checkTopics(patterns []string) error {
	if len(patterns) > streamMaxPatterns {
		return fmt.Errorf("%d topics, over %d", len(patterns), streamMaxPatterns)
	}
	for _, p := range patterns {
		if _, err := pathpkg.Match(p, ""); err != nil || len(p) > 128 {
			return fmt.Errorf("%q is not a glob of at most 128 characters", p)
		}
	}
	return nil
}

// splitTopics reads topics given repeated or comma-separated.
func splitTopics(in []string) []string {
	var out []string
	for _, s := range in {
		for p := range strings.SplitSeq(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}
