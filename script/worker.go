package script

// The worker side of isolation: a process that runs one evaluation at a
// time for the node (pool.go) and answers on a pipe. The node kills it at
// the deadline, which is the wall goja's uninterruptible native steps lack.

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sync"
	"time"
)

// wire is one message between the node and a worker: one JSON object a
// line, on the worker's stdin (node to worker: init, run, answer, cancel)
// and stdout (worker to node: ready, need, query, done).
type wire struct {
	T  string `json:"t"`
	ID uint64 `json:"id,omitempty"` // the evaluation
	Q  uint64 `json:"q,omitempty"`  // a query of it, and its answer

	Limits *Limits `json:"limits,omitempty"` // init
	Memory uint64  `json:"memory,omitempty"` // init: RLIMIT_DATA, bytes
	Nice   int     `json:"nice,omitempty"`   // init: the processor priority

	Hash     string        `json:"hash,omitempty"`     // run
	Source   *wireSource   `json:"source,omitempty"`   // run, when the worker may not have compiled it
	Deadline time.Duration `json:"deadline,omitempty"` // run
	Host     bool          `json:"host,omitempty"`     // run: someone answers its queries
	Args     []any         `json:"args,omitempty"`     // run
	Alias    []wireAlias   `json:"alias,omitempty"`    // run

	Name   string     `json:"name,omitempty"`   // query
	Value  any        `json:"value,omitempty"`  // query's argument, answer, result
	Number string     `json:"number,omitempty"` // answer: a number JSON cannot write
	Emit   []Emitted  `json:"emit,omitempty"`   // done
	Retire bool       `json:"retire,omitempty"` // done: start a fresh worker
	Err    *wireError `json:"err,omitempty"`    // answer, done
}

// wireSource is a script's source, sent once to each worker.
type wireSource struct {
	Body   string   `json:"body"`
	Params []string `json:"params"`
}

// wireAlias says that argument Arg is member Key of argument Of: the
// script sees one object for both (the event and its data), as in the
// node, and it crosses the pipe once.
type wireAlias struct {
	Arg int    `json:"arg"`
	Of  int    `json:"of"`
	Key string `json:"key"`
}

// wireError is an error with the sentinel it wraps, by name.
type wireError struct {
	Kind string `json:"kind"`
	Msg  string `json:"msg"`
}

var errorKinds = []struct {
	name string
	err  error
}{
	{"timeout", ErrTimeout}, {"memory", ErrMemory}, {"stack", ErrStack},
	{"toolarge", ErrTooLarge}, {"compile", ErrCompile}, {"runtime", ErrRuntime},
	{"blocked", ErrBlocked}, {"cancelled", errCancelled},
}

func toWireError(err error) *wireError {
	if err == nil {
		return nil
	}
	for _, k := range errorKinds {
		if errors.Is(err, k.err) {
			return &wireError{Kind: k.name, Msg: err.Error()}
		}
	}
	return &wireError{Kind: "worker", Msg: err.Error()}
}

// remoteError is an evaluation's error as the worker gave it: the same
// message, and errors.Is finds the same sentinel.
type remoteError struct {
	kind error
	msg  string
}

func (r *remoteError) Error() string { return r.msg }
func (r *remoteError) Unwrap() error { return r.kind }

func (w *wireError) err() error {
	for _, k := range errorKinds {
		if k.name == w.Kind {
			if k.err == errCancelled {
				return errCancelled
			}
			return &remoteError{k.err, w.Msg}
		}
	}
	return &remoteError{ErrWorker, w.Msg}
}

// wireNumber writes what JSON cannot (history.min of nothing is +Inf).
func wireNumber(v any) (string, bool) {
	f, ok := v.(float64)
	switch {
	case !ok:
		return "", false
	case math.IsNaN(f):
		return "NaN", true
	case math.IsInf(f, 1):
		return "+Inf", true
	case math.IsInf(f, -1):
		return "-Inf", true
	}
	return "", false
}

func fromNumber(s string) float64 {
	switch s {
	case "+Inf":
		return math.Inf(1)
	case "-Inf":
		return math.Inf(-1)
	}
	return math.NaN()
}

// workerCache bounds the programs a worker keeps; past it one is dropped,
// and the node sends its source again when asked (need).
const workerCache = 1024

// ServeWorker is a worker process's side of isolation: it reads messages
// from in and writes answers to out until in ends, running one evaluation
// at a time. The process should exit when it returns, whatever still runs;
// it ends the process itself when it runs out of memory (watchMemory).
// The node starts it as `cere script-worker`.
func ServeWorker(in io.Reader, out io.Writer) error {
	dec := json.NewDecoder(bufio.NewReaderSize(in, 64<<10))
	var init wire
	if err := dec.Decode(&init); err != nil {
		return fmt.Errorf("script worker: read init: %w", err)
	}
	if init.T != "init" || init.Limits == nil {
		return fmt.Errorf("script worker: want init, got %q", init.T)
	}
	if init.Memory > 0 {
		if err := limitMemory(init.Memory); err != nil {
			return fmt.Errorf("script worker: limit memory: %w", err)
		}
	}
	if init.Nice > 0 {
		if err := lowerPriority(init.Nice); err != nil {
			return fmt.Errorf("script worker: lower its priority: %w", err)
		}
	}
	e := NewEngine(*init.Limits)
	// The node tried the native form before sending the evaluation here,
	// and it keeps the count of failures that blocks a script.
	e.inWorker, e.noNative = true, true
	s := &server{e: e, memory: init.Memory, enc: json.NewEncoder(out), programs: map[string]*Program{}, answers: make(chan wire, 1)}
	if err := s.send(wire{T: "ready"}); err != nil {
		return err
	}
	for {
		var m wire
		if err := dec.Decode(&m); err != nil {
			s.mu.Lock()
			if s.cancel != nil {
				s.cancel()
			}
			s.mu.Unlock()
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("script worker: read: %w", err)
		}
		switch m.T {
		case "run":
			ctx, cancel := context.WithCancel(context.Background())
			s.mu.Lock()
			s.running, s.cancel = m.ID, cancel
			s.mu.Unlock()
			go s.run(ctx, cancel, m)
		case "answer":
			select {
			case s.answers <- m:
			default: // nobody asked any more
			}
		case "cancel":
			s.mu.Lock()
			if s.running == m.ID && s.cancel != nil {
				s.cancel()
			}
			s.mu.Unlock()
		}
	}
}

// server is a worker's state.
type server struct {
	e        *Engine
	memory   uint64              // the data limit, bytes; 0: none
	programs map[string]*Program // by hash; only the running evaluation touches it
	answers  chan wire

	mu      sync.Mutex
	enc     *json.Encoder
	running uint64
	cancel  context.CancelFunc
	q       uint64 // the last query's number
}

func (s *server) send(m wire) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.enc.Encode(m)
}

func (s *server) run(ctx context.Context, cancel context.CancelFunc, m wire) {
	defer cancel()
	done := wire{T: "done", ID: m.ID}
	p, ok := s.programs[m.Hash]
	if !ok && m.Source == nil {
		_ = s.send(wire{T: "need", ID: m.ID})
		return
	}
	if !ok {
		var err error
		if p, err = s.e.Compile(m.Source.Body, m.Source.Params...); err != nil {
			done.Err = toWireError(err)
			_ = s.send(done)
			return
		}
		if len(s.programs) >= workerCache {
			for k := range s.programs {
				delete(s.programs, k)
				break
			}
		}
		s.programs[m.Hash] = p
	}
	// An alias may be of an argument that is an alias too: resolve them
	// until none is left (there are four arguments at most).
	for range m.Alias {
		for _, a := range m.Alias {
			if a.Arg < len(m.Args) && a.Of < len(m.Args) && m.Args[a.Arg] == nil {
				if of, ok := m.Args[a.Of].(map[string]any); ok {
					m.Args[a.Arg] = of[a.Key]
				}
			}
		}
	}
	if s.memory > 0 {
		go watchMemory(ctx, s.memory)
	}
	var host Host
	if m.Host {
		host = &workerHost{s: s, id: m.ID, until: time.Now().Add(m.Deadline)}
	}
	out, err := s.e.ExecWith(ctx, p, m.Deadline, host, m.Args...)
	done.Value, done.Emit, done.Err = out.Result, out.Emitted, toWireError(err)
	// Go keeps the heap it mapped: a worker that once grew past half its
	// limit would leave the next script less than it may have.
	done.Retire = s.memory > 0 && dataSize() > s.memory/2
	if err := s.send(done); err != nil {
		// A result JSON cannot write, which plainOf should not give.
		_ = s.send(wire{T: "done", ID: m.ID, Err: toWireError(fmt.Errorf("%w: result: %v", ErrRuntime, err))})
	}
}

// exitMemory is the exit status of a worker that ran out of memory.
const exitMemory = 3

// watchMemory ends the process, while ctx lasts, when its data mappings
// pass three quarters of the limit: a native step that allocates runs on
// while the watchdog waits for it, and the Go runtime dies in more than one
// way when the limit refuses it memory (a fatal error, or a segmentation
// fault), which the node could not tell from a crash. One native call
// makes at most MaxElements elements, 64 MiB, less than the quarter left.
func watchMemory(ctx context.Context, limit uint64) {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if n := dataSize(); n > limit/4*3 {
			fmt.Fprintf(os.Stderr, "script worker: out of memory: %d MiB of data, the limit is %d MiB\n", n>>20, limit>>20)
			os.Exit(exitMemory)
		}
	}
}

// workerHost asks the node a script's queries.
type workerHost struct {
	s     *server
	id    uint64
	until time.Time // the evaluation's deadline
}

func (h *workerHost) Query(ctx context.Context, name string, arg any) (any, error) {
	h.s.mu.Lock()
	h.s.q++
	q := h.s.q
	h.s.mu.Unlock()
	if err := h.s.send(wire{T: "query", ID: h.id, Q: q, Name: name, Value: arg}); err != nil {
		return nil, err
	}
	// Past the deadline the answer no longer matters: the evaluation is
	// interrupted as soon as the query returns, which it must for that.
	t := time.NewTimer(time.Until(h.until) + time.Millisecond)
	defer t.Stop()
	for {
		select {
		case a := <-h.s.answers:
			if a.Q != q {
				continue // an answer that came too late for an earlier query
			}
			if a.Err != nil {
				return nil, errors.New(a.Err.Msg)
			}
			if a.Number != "" {
				return fromNumber(a.Number), nil
			}
			return a.Value, nil
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
			return nil, ErrTimeout
		}
	}
}

// WorkerEnv is set (to 1) in the environment of the worker processes a
// test starts from its own binary: see ServeIfWorker.
const WorkerEnv = "CERE_SCRIPT_WORKER"

// ServeIfWorker makes a test binary a worker process when a pool started it
// (WorkerEnv is set): it serves on stdin and stdout, then exits. Tests of a
// package whose engines use workers call it first in TestMain, since the
// pool's command is then the test binary, not cere.
func ServeIfWorker() {
	if os.Getenv(WorkerEnv) != "1" {
		return
	}
	if err := ServeWorker(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}
