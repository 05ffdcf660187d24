// Package agent is the SDK for agent authors: an agent is a handler
// function, and Run speaks the Cere agent protocol for it (JSON-RPC 2.0,
// one message a line, on stdin and stdout; stderr is the agent's log). It
// depends on the standard library only and builds for linux (Docker
// agents) and wasip1 (WebAssembly agents).
//
//	func main() {
//		agent.Run(func(ctx context.Context, inv *agent.Invocation) (any, error) {
//			var in struct{ Text string }
//			if err := inv.Decode(&in); err != nil {
//				return nil, err
//			}
//			return map[string]any{"summary": in.Text[:min(len(in.Text), 80)]}, nil
//		})
//	}
//
// An instance serves one invocation at a time, in order.
package agent

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

// maxLine is the longest message the node takes.
const maxLine = 1 << 20

// Invocation is one call of the agent: its input, and the way back to the
// node while it runs.
type Invocation struct {
	// Execution is the workflow execution's id.
	Execution string
	// Input is the input, as JSON.
	Input json.RawMessage
	s     *server
}

// Decode decodes the input into v.
func (i *Invocation) Decode(v any) error {
	if err := json.Unmarshal(i.Input, v); err != nil {
		return fmt.Errorf("input: %w", err)
	}
	return nil
}

// Emit raises an event of type typ with data, as the workflow's emit does.
// Emit and Log are for the handler's own goroutine: the protocol is one
// conversation, not safe for concurrent use.
func (i *Invocation) Emit(typ string, data any) error {
	return i.s.call(methodEmit, map[string]any{"execution": i.Execution, "type": typ, "data": data}, nil)
}

// Log writes a line to the node's log of this invocation.
func (i *Invocation) Log(format string, args ...any) {
	_ = i.s.notify(methodLog, map[string]any{"execution": i.Execution, "message": fmt.Sprintf(format, args...)})
}

// Handler runs one invocation and returns its output (any JSON value).
type Handler func(ctx context.Context, inv *Invocation) (any, error)

// Options are what an agent may add to its handler.
type Options struct {
	// ModelSwap loads the model at path (model.swap); nil: refused.
	ModelSwap func(path string) error
	// Health reports whether the agent is well (health); nil: it is.
	Health func() error
}

// Run serves h on stdin and stdout until the node asks it to stop or
// closes stdin, then exits.
func Run(h Handler) {
	RunWith(h, Options{})
}

// RunWith is Run with options.
func RunWith(h Handler, o Options) {
	if err := Serve(context.Background(), os.Stdin, os.Stdout, h, o); err != nil {
		fmt.Fprintln(os.Stderr, "agent:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

// The agent protocol's methods, messages and codes, copied from the
// node's (runtime/protocol.go) so that an agent does not import the node:
// TestProtocolMatchesTheNode checks that the copies are the same.
const (
	methodInvoke       = "invoke"
	methodModelSwap    = "model.swap"
	methodHealth       = "health"
	methodShutdown     = "shutdown"
	methodEmit         = "emit"
	methodLog          = "log"
	codeMethodNotFound = -32601
	codeAgent          = -32000
	codeInternal       = -32603
)

// invokeParams are the params of invoke.
type invokeParams struct {
	Execution string          `json:"execution"`
	Input     json.RawMessage `json:"input"`
}

// message is one JSON-RPC 2.0 message.
type message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *rpcError) Error() string { return e.Message }

type server struct {
	r       *bufio.Reader
	w       io.Writer
	next    int64
	backlog []message // requests read while waiting for an answer
}

// Serve serves h on r and w until a shutdown request or the end of r.
func Serve(ctx context.Context, r io.Reader, w io.Writer, h Handler, o Options) error {
	s := &server{r: bufio.NewReaderSize(r, 64<<10), w: w}
	for {
		var m message
		if len(s.backlog) > 0 {
			m, s.backlog = s.backlog[0], s.backlog[1:]
		} else {
			var err error
			if m, err = s.read(); err != nil {
				if errors.Is(err, io.EOF) {
					return nil
				}
				return err
			}
		}
		if m.Method == "" {
			continue // an answer nobody waits for
		}
		var result any
		var err error
		switch m.Method {
		case methodInvoke:
			var p invokeParams
			if err = json.Unmarshal(m.Params, &p); err == nil {
				result, err = h(ctx, &Invocation{Execution: p.Execution, Input: p.Input, s: s})
			}
		case methodHealth:
			if o.Health != nil {
				err = o.Health()
			}
			result = map[string]bool{"ok": err == nil}
		case methodModelSwap:
			var p struct {
				Path string `json:"path"`
			}
			switch {
			case o.ModelSwap == nil:
				err = errors.New("this agent has no model to swap")
			case json.Unmarshal(m.Params, &p) != nil || p.Path == "":
				err = errors.New("model.swap: want {\"path\"}")
			default:
				err = o.ModelSwap(p.Path)
			}
			result = map[string]bool{"ok": err == nil}
		case methodShutdown:
			return s.answer(m.ID, map[string]bool{"ok": true}, nil)
		default:
			err = &rpcError{Code: codeMethodNotFound, Message: "unknown method " + m.Method}
		}
		if len(m.ID) > 0 {
			if err := s.answer(m.ID, result, err); err != nil {
				return err
			}
		}
	}
}

func (s *server) read() (message, error) {
	var line []byte
	for {
		part, err := s.r.ReadSlice('\n')
		line = append(line, part...)
		if len(line) > maxLine+1 {
			return message{}, fmt.Errorf("a line over %d bytes", maxLine)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && (len(line) == 0 || !errors.Is(err, io.EOF)) {
			return message{}, err
		}
		break
	}
	var m message
	if err := json.Unmarshal(line, &m); err != nil {
		return message{}, fmt.Errorf("not JSON-RPC: %w", err)
	}
	return m, nil
}

func (s *server) write(m message) error {
	m.JSONRPC = "2.0"
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	_, err = s.w.Write(append(b, '\n'))
	return err
}

func (s *server) answer(id json.RawMessage, result any, err error) error {
	m := message{ID: id}
	if err != nil {
		var re *rpcError
		if !errors.As(err, &re) {
			re = &rpcError{Code: codeAgent, Message: err.Error()}
		}
		m.Error = re
	} else {
		raw, merr := json.Marshal(result)
		if merr != nil {
			m.Error = &rpcError{Code: codeInternal, Message: "output: " + merr.Error()}
		} else {
			m.Result = raw
		}
	}
	return s.write(m)
}

func (s *server) notify(method string, params any) error {
	raw, err := json.Marshal(params)
	if err != nil {
		return err
	}
	return s.write(message{Method: method, Params: raw})
}

// call sends a request to the node and waits for its answer, keeping the
// node's requests that come meanwhile for later.
func (s *server) call(method string, params, result any) error {
	raw, err := json.Marshal(params)
	if err != nil {
		return err
	}
	s.next++
	id := strconv.FormatInt(s.next, 10)
	if err := s.write(message{ID: json.RawMessage(id), Method: method, Params: raw}); err != nil {
		return err
	}
	for {
		m, err := s.read()
		if err != nil {
			return err
		}
		if m.Method != "" {
			s.backlog = append(s.backlog, m)
			continue
		}
		if string(m.ID) != id {
			continue
		}
		if m.Error != nil {
			return m.Error
		}
		if result != nil {
			return json.Unmarshal(m.Result, result)
		}
		return nil
	}
}
