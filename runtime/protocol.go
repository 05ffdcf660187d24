// Package runtime owns the Agent Runtime: the agent protocol (JSON-RPC 2.0,
// one message a line, over an agent's stdin and stdout), the Executor that
// runs agents (runtime/wasm; runtime/docker), and the usage each
// invocation meters.
package runtime

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"
	"sync/atomic"
)

// MaxLine is the longest message either side may send; a longer line ends
// the connection (the instance is replaced).
const MaxLine = 1 << 20

// maxServing is how many of an agent's requests are answered at once.
const maxServing = 16

// Methods of the protocol.
const (
	MethodInvoke    = "invoke"     // node → agent: {"execution", "input"} → output
	MethodModelSwap = "model.swap" // node → agent: {"path"}
	MethodHealth    = "health"     // node → agent
	MethodShutdown  = "shutdown"   // node → agent
	MethodEmit      = "emit"       // agent → node: {"execution", "type", "data"}
	MethodLog       = "log"        // agent → node: {"execution", "message"}
	MethodCubbyGet  = "cubby.get"  // agent → node
	MethodCubbyPut  = "cubby.put"  // agent → node
	MethodCubbyList = "cubby.list" // agent → node
)

// Message is one JSON-RPC 2.0 message: a request (Method set; ID set unless
// it is a notification) or a response (Result or Error).
type Message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *Error          `json:"error,omitempty"`
}

// Error is a JSON-RPC error.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return fmt.Sprintf("%s (code %d)", e.Message, e.Code) }

// JSON-RPC error codes used here.
const (
	CodeParse          = -32700
	CodeMethodNotFound = -32601
	CodeInvalidParams  = -32602
	CodeInternal       = -32603
	CodeAgent          = -32000 // the agent's handler failed
)

// InvokeParams are the params of invoke.
type InvokeParams struct {
	Execution string          `json:"execution"`
	Input     json.RawMessage `json:"input"`
}

// Handler answers an agent's calls to the node (emit, log, cubby.*).
type Handler func(ctx context.Context, method string, params json.RawMessage) (any, error)

// ErrClosed is what calls on a connection that ended fail with (wrapped,
// with the reason).
var ErrClosed = errors.New("agent connection closed")

// Conn is the node's end of one agent instance's stdio: it sends requests
// and waits for their responses, and answers the agent's own requests with
// a Handler.
type Conn struct {
	w       io.Writer
	route   func(*Message) Handler // the handler for a request, chosen as it is read
	wmu     sync.Mutex
	mu      sync.Mutex
	pending map[int64]chan Message
	next    atomic.Int64
	serving chan struct{} // bounds the agent's requests answered at once
	done    chan struct{}
	err     error // why it ended; set before done is closed
	ctx     context.Context
	cancel  context.CancelFunc
}

// NewConn starts reading r (the agent's stdout) and writes requests to w
// (its stdin). route gives the handler of each request the agent makes, as
// it is read (nil, or a nil handler: the call fails). Close closes w when
// it is an io.Closer, so that a write blocked on an agent that stopped
// reading ends.
func NewConn(r io.Reader, w io.Writer, route func(*Message) Handler) *Conn {
	ctx, cancel := context.WithCancel(context.Background())
	if route == nil {
		route = func(*Message) Handler { return nil }
	}
	c := &Conn{w: w, route: route, pending: map[int64]chan Message{}, serving: make(chan struct{}, maxServing),
		done: make(chan struct{}), ctx: ctx, cancel: cancel}
	go c.read(r)
	return c
}

// Static is a route to one handler for every request.
func Static(h Handler) func(*Message) Handler { return func(*Message) Handler { return h } }

// Done is closed when the connection ends; Err then says why.
func (c *Conn) Done() <-chan struct{} { return c.done }

// Err is why the connection ended (nil while it is open).
func (c *Conn) Err() error {
	select {
	case <-c.done:
		return c.err
	default:
		return nil
	}
}

// Close ends the connection; calls waiting fail with reason.
func (c *Conn) Close(reason error) {
	c.mu.Lock()
	select {
	case <-c.done:
		c.mu.Unlock()
		return
	default:
	}
	c.err = fmt.Errorf("%w: %w", ErrClosed, reason)
	close(c.done)
	c.mu.Unlock()
	c.cancel()
	if cl, ok := c.w.(io.Closer); ok {
		_ = cl.Close()
	}
}

func (c *Conn) read(r io.Reader) {
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		line, err := readLine(br)
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = errors.New("the agent closed its output")
			}
			c.Close(err)
			return
		}
		if len(line) == 0 {
			continue
		}
		var m Message
		if err := json.Unmarshal(line, &m); err != nil || m.JSONRPC != "2.0" {
			c.Close(fmt.Errorf("the agent wrote something that is not JSON-RPC 2.0: %.120q", line))
			return
		}
		switch {
		case m.Method != "":
			// At most maxServing at once: past that, reading waits, and so
			// does an agent that floods the node with requests.
			select {
			case c.serving <- struct{}{}:
			case <-c.done:
				return
			}
			h := c.route(&m)
			go func() {
				defer func() { <-c.serving }()
				c.serve(h, m)
			}()
		default:
			id, err := strconv.ParseInt(string(m.ID), 10, 64)
			c.mu.Lock()
			ch, ok := c.pending[id]
			delete(c.pending, id)
			c.mu.Unlock()
			if err == nil && !ok && id > 0 && id <= c.next.Load() {
				continue // a late answer to a Control its caller stopped waiting for
			}
			if err != nil || !ok {
				c.Close(fmt.Errorf("the agent answered a request it was not sent (id %s)", m.ID))
				return
			}
			ch <- m
		}
	}
}

// readLine reads one line of at most MaxLine bytes.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		part, err := br.ReadSlice('\n')
		line = append(line, part...)
		if len(line) > MaxLine+1 {
			return nil, fmt.Errorf("the agent wrote a line over %d bytes", MaxLine)
		}
		switch {
		case err == nil:
			return line[:len(line)-1], nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			if len(line) > 0 && errors.Is(err, io.EOF) {
				return line, nil
			}
			return nil, err
		}
	}
}

// serve answers one request of the agent with h.
func (c *Conn) serve(h Handler, m Message) {
	var result any
	err := error(&Error{Code: CodeMethodNotFound, Message: m.Method + ": not answered outside an invocation"})
	if h != nil {
		result, err = h(c.ctx, m.Method, m.Params)
	}
	if len(m.ID) == 0 {
		return // a notification
	}
	resp := Message{JSONRPC: "2.0", ID: m.ID}
	if err != nil {
		var re *Error
		if !errors.As(err, &re) {
			re = &Error{Code: CodeInternal, Message: err.Error()}
		}
		resp.Error = re
	} else if resp.Result, err = json.Marshal(result); err != nil {
		resp.Result, resp.Error = nil, &Error{Code: CodeInternal, Message: err.Error()}
	}
	_ = c.write(resp)
}

func (c *Conn) write(m Message) error {
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	if len(b) > MaxLine {
		return fmt.Errorf("message of %d bytes, over %d", len(b), MaxLine)
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_, err = c.w.Write(append(b, '\n'))
	return err
}

// Call sends a request and decodes its result into result (nil: discard).
// It fails when ctx ends, the connection ends, or the agent answers with an
// error (as *Error). When ctx ends first the connection is closed: a write
// the agent does not read would block past the deadline, and the instance
// must be replaced.
func (c *Conn) Call(ctx context.Context, method string, params, result any) error {
	return c.call(ctx, method, params, result, true)
}

// Control is Call for the node's own requests (model.swap, health), which
// the agent answers after the invocations sent before them: when ctx ends
// first the caller stops waiting, but the connection, and the invocations
// on it, go on.
func (c *Conn) Control(ctx context.Context, method string, params, result any) error {
	return c.call(ctx, method, params, result, false)
}

func (c *Conn) call(ctx context.Context, method string, params, result any, closeOnDone bool) error {
	raw, err := json.Marshal(params)
	if err != nil {
		return err
	}
	id := c.next.Add(1)
	ch := make(chan Message, 1)
	c.mu.Lock()
	select {
	case <-c.done:
		c.mu.Unlock()
		return c.err
	default:
	}
	c.pending[id] = ch
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		delete(c.pending, id)
		c.mu.Unlock()
	}()
	if closeOnDone {
		stop := context.AfterFunc(ctx, func() { c.Close(ctx.Err()) })
		defer stop()
	}
	msg := Message{JSONRPC: "2.0", ID: json.RawMessage(strconv.FormatInt(id, 10)), Method: method, Params: raw}
	if closeOnDone {
		if err := c.write(msg); err != nil {
			return fmt.Errorf("%s: %w", method, err)
		}
	} else {
		// An agent busy with an invocation may not read its input until
		// it is done: the write goes on alone, in its turn, and the caller
		// stops waiting when ctx ends (a late answer is dropped).
		written := make(chan error, 1)
		go func() { written <- c.write(msg) }()
		select {
		case err := <-written:
			if err != nil {
				return fmt.Errorf("%s: %w", method, err)
			}
		case <-c.done:
			return c.err
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	answer := func(m Message) error {
		if m.Error != nil {
			return m.Error
		}
		if result != nil {
			if err := json.Unmarshal(m.Result, result); err != nil {
				return fmt.Errorf("%s: result: %w", method, err)
			}
		}
		return nil
	}
	select {
	case m := <-ch:
		return answer(m)
	case <-c.done:
		// An agent may answer and then end (shutdown): the answer, read
		// before the end, counts.
		select {
		case m := <-ch:
			return answer(m)
		default:
			return c.err
		}
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Dispatcher routes an instance's calls to the handler of the invocation
// they belong to, with that invocation's context: the one its params'
// "execution" names (the SDK sends it), or, when it names none, the one
// invocation open. Its Route is the Conn's route: a
// request read after its invocation ended is refused, never given to the
// next one.
type Dispatcher struct {
	mu   sync.Mutex
	open map[string]opened // by execution
}

type opened struct {
	ctx context.Context
	h   Handler
}

// Open makes h, called with ctx, answer the calls of execution until
// close.
func (d *Dispatcher) Open(ctx context.Context, execution string, h Handler) (close func()) {
	if h == nil {
		return func() {}
	}
	d.mu.Lock()
	if d.open == nil {
		d.open = map[string]opened{}
	}
	d.open[execution] = opened{ctx, h}
	d.mu.Unlock()
	return func() {
		d.mu.Lock()
		delete(d.open, execution)
		d.mu.Unlock()
	}
}

// Route returns the handler of the invocation m belongs to, or nil. A
// request is refused once its invocation's context ended; a notification
// (log), read while the invocation was open, belongs to it even when it is
// handled after the result.
func (d *Dispatcher) Route(m *Message) Handler {
	var p struct {
		Execution string `json:"execution"`
	}
	_ = json.Unmarshal(m.Params, &p)
	d.mu.Lock()
	o, ok := d.open[p.Execution]
	if !ok && p.Execution == "" && len(d.open) == 1 {
		// An agent not built with the SDK may leave it out.
		for _, only := range d.open {
			o, ok = only, true
		}
	}
	d.mu.Unlock()
	if !ok {
		return nil
	}
	if len(m.ID) == 0 {
		return func(_ context.Context, method string, params json.RawMessage) (any, error) {
			return o.h(context.WithoutCancel(o.ctx), method, params)
		}
	}
	return func(_ context.Context, method string, params json.RawMessage) (any, error) {
		if err := o.ctx.Err(); err != nil {
			return nil, err
		}
		return o.h(o.ctx, method, params)
	}
}

// Log keeps the last Max bytes written to it (at least; up to twice as
// many): an instance's stderr.
type Log struct {
	Max int
	mu  sync.Mutex
	buf []byte
}

func (l *Log) Write(p []byte) (int, error) {
	n := len(p)
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(p) > l.Max {
		p = p[len(p)-l.Max:]
	}
	if len(l.buf)+len(p) > 2*l.Max {
		l.buf = append(l.buf[:0], l.buf[len(l.buf)-(l.Max-len(p)):]...)
	}
	l.buf = append(l.buf, p...)
	return n, nil
}

// Tail is the last n bytes kept (all of them when fewer).
func (l *Log) Tail(n int) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.buf) > n {
		return "…" + string(l.buf[len(l.buf)-n:])
	}
	return string(l.buf)
}
