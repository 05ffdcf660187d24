// Package script owns the JavaScript sandbox that runs workflow authors'
// code: the Script Runner's scripts and the Rule Service's JavaScript
// predicates. It runs goja, which is a guardrail, not a wall: scripts see
// only the JSON values given to them and nothing of the host, the built-in
// prototypes and the global object are frozen, and every evaluation is
// bounded in time, call depth, source, input and result size and, as far as
// a Go program can watch it, memory.
//
// What is guaranteed:
//   - No host object is reachable: inputs go in as plain JavaScript values
//     built from JSON, results come out as JSON; the global object holds
//     only the ECMAScript built-ins and tmpl, emit and history.
//   - A script is the body of one function and cannot close it: the
//     compiled program must be a single function expression.
//   - Nothing one evaluation changes is seen by the next: prototypes and the
//     global object are frozen; a runtime interrupted for time, memory or
//     stack is discarded, not pooled.
//   - An evaluation stops at its deadline (promise jobs included), at the
//     call stack limit, and when a built-in that allocates in one native step
//     would make more than MaxElements elements (or 4 bytes each of text):
//     Array fill, join, concat, flat, from; String repeat, padStart, padEnd,
//     split, replaceAll; JSON.stringify. ArrayBuffer, typed arrays and
//     friends are absent.
//   - The Array built-ins that loop in Go over an array-like (indexOf over
//     {length: 2**53}), apply and JSON.stringify run as they are up to
//     StepElements elements and past it in steps the deadline interrupts
//     (steps.go), with the same results.
//   - A watchdog samples the Go heap every millisecond while evaluations
//     run. Growth by MaxHeapGrowth makes them suspect; it interrupts those
//     for which a GC cycle that ended since found the live heap grown by
//     MaxHeapGrowth. Garbage does not count.
//   - A call of a built-in that runs a regular expression and takes
//     RegexpTimeout (regexp2, which goja uses for what RE2 cannot run,
//     stops a match then) ends the evaluation with ErrTimeout, never as
//     no match.
//   - A script that only reads member chains of its inputs runs in its path
//     form (paths.go), only where that cannot be told apart from the plain
//     program; one that only returns an expression of chains and literals
//     (data.temp > 80, or an object built from fields, template literals
//     and tmpl) is answered in Go where the operands' kinds make that exact
//     (native.go), and runs in JavaScript elsewhere.
//   - An isolated program (Isolate) runs, past its native form, in a worker
//     process (pool.go) killed at its deadline plus WorkerConfig.Grace
//     (25 ms): a native step ends there too (TestIsolatedHostileNative:
//     30 to 43 ms past a 200 ms deadline, where in process the same steps
//     ran up to 18 s past it). A worker runs one evaluation at a time, so
//     its watchdog judges that one script's live heap, and its data is
//     limited (RLIMIT_DATA): a script that outgrows it fails with
//     ErrMemory and only its worker dies. IsolateLow's programs run in a
//     pool of their own at the lowest processor priority (nice 19), so
//     that they use only what the node and the other workers leave.
//
// What is not, in process (known gaps; a worker process killed at the
// deadline is the wall that closes them all: Isolate runs a program in
// one, see pool.go, and the node isolates the scripts of owners other
// than its operators):
//   - One native step is still not interruptible, and some are long:
//     String.prototype.split into millions of pieces, Object.keys, assign
//     or a spread over an object or array of millions of members, iterating
//     a Set or Map of millions in Array.from or a spread, Go's regexp (linear,
//     but in the input times the program) over megabytes, JSON.parse of
//     megabytes, the size walks of the guards up to MaxElements.
//   - A regular expression's time is bounded by RegexpTimeout, not by the
//     evaluation's remaining deadline: goja shares a compiled regexp2
//     between runtimes.
//   - The live heap is the whole process's: memory the rest of the node
//     holds while an evaluation runs counts against it, and one
//     evaluation's holding interrupts every evaluation running then.
//   - CPU time is bounded by the deadline, not metered.
package script

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/dop251/goja"
	jsast "github.com/dop251/goja/ast"
)

// Limits bound every evaluation.
type Limits struct {
	Deadline      time.Duration // default 500 ms
	MaxSource     int           // bytes, default 64 KiB
	MaxInput      int           // bytes of JSON arguments, default 256 KiB
	MaxResult     int           // bytes of JSON result, default 1 MiB
	MaxCallStack  int           // frames, default 1024
	MaxElements   int           // elements or characters one built-in call may make, default 4 Mi
	MaxHeapGrowth uint64        // bytes, default 32 MiB
}

// DefaultLimits are the limits of an evaluation unless a step sets its own.
var DefaultLimits = Limits{
	Deadline:      500 * time.Millisecond,
	MaxSource:     64 << 10,
	MaxInput:      256 << 10,
	MaxResult:     1 << 20,
	MaxCallStack:  1024,
	MaxElements:   4 << 20,
	MaxHeapGrowth: 32 << 20,
}

// MaxDeadline is the longest deadline a step may ask for.
const MaxDeadline = 10 * time.Second

// Errors an evaluation can end with; each wraps one of these.
var (
	ErrTimeout   = errors.New("script: deadline exceeded")
	ErrMemory    = errors.New("script: memory limit exceeded")
	ErrStack     = errors.New("script: call stack exceeded")
	ErrTooLarge  = errors.New("script: too large")
	ErrCompile   = errors.New("script: does not compile")
	ErrRuntime   = errors.New("script: threw")
	ErrBlocked   = errors.New("script: blocked after repeated failures")
	ErrWorker    = errors.New("script: worker process failed")
	errCancelled = errors.New("script: cancelled")
)

// Blocking: after this many consecutive timeouts or compile errors a script
// is refused for BlockFor.
const (
	BlockAfter = 3
	BlockFor   = 60 * time.Second
)

// Engine compiles and runs scripts. It is safe for concurrent use.
type Engine struct {
	limits Limits
	clock  func() time.Time
	// OnBlock, when set, hears of each script blocked after repeated
	// failures (the node records it as an error).
	OnBlock func(hash string, until time.Time)

	mu        sync.Mutex
	programs  map[string]*Program // by hash of source; bounded
	failures  map[string]*failure // by hash of source
	pool      chan *sandbox
	templates templates
	active    []*sandbox // running evaluations, each at its slot
	watching  bool
	refilling atomic.Bool  // a replacement runtime is being made
	failing   atomic.Int64 // len(failures), read without the lock
	// nativeRuns counts evaluations answered by a native form; noNative,
	// set by tests, turns native forms off.
	nativeRuns atomic.Uint64
	noNative   bool
	// workers run isolated programs (UseWorkers); inWorker marks the
	// engine of a worker process, which leaves blocking to the node's.
	workers    atomic.Pointer[Workers]
	lowWorkers atomic.Pointer[Workers] // for IsolateLow's programs
	inWorker   bool
}

type failure struct {
	consecutive  int
	blockedUntil time.Time
}

// Program is a compiled script: the body of a function of Params.
type Program struct {
	Hash   string
	Params []string
	prog   *goja.Program
	// unused marks the parameters the body never names (and cannot reach
	// through arguments or eval): they are passed as undefined, unbuilt.
	unused []bool
	// paths is the program over the member chains of its inputs, where the
	// body allows one (see paths.go).
	paths *pathForm
	// body is the source, for a worker process to compile; isolated sends
	// the evaluations that the native form does not answer to one (Isolate).
	body     string
	isolated bool
	low      bool // isolated in the low-priority workers (IsolateLow)
}

// sandbox is one goja runtime, prepared once and reused while it stays clean.
type sandbox struct {
	rt        *goja.Runtime
	fns       map[*goja.Program]goja.Callable // each program's function, made once per runtime
	emitted   []Emitted                       // what the running evaluation emitted
	host      Host                            // answers its queries
	guarded   bool                            // a size guard refused a built-in call
	regexpOut atomic.Bool                     // a regular expression ran out of time
	ctx       context.Context                 // its context, for the host
	stringify goja.Callable                   // JSON.stringify
	// rawStringify is JSON.stringify without its guards, for bound's helper.
	rawStringify goja.Value
	// The prototypes of plain objects and arrays, for plainOf.
	objectProto, arrayProto *goja.Object
	// Reused by each evaluation: the arguments, the values of a path form's
	// chains, and the objects built from the inputs.
	vals   []goja.Value
	values []any
	built  map[builtKey]goja.Value
	// The watchdog's view of its evaluation, and its place in the engine's
	// list of running ones.
	watch watched
	slot  int
}

const maxCachedPrograms = 4096

// NewEngine returns an engine with the given limits (zero fields take the
// defaults).
func NewEngine(l Limits) *Engine {
	d := DefaultLimits
	if l.Deadline > 0 {
		d.Deadline = min(l.Deadline, MaxDeadline)
	}
	if l.MaxSource > 0 {
		d.MaxSource = l.MaxSource
	}
	if l.MaxInput > 0 {
		d.MaxInput = l.MaxInput
	}
	if l.MaxResult > 0 {
		d.MaxResult = l.MaxResult
	}
	if l.MaxCallStack > 0 {
		d.MaxCallStack = l.MaxCallStack
	}
	if l.MaxElements > 0 {
		d.MaxElements = l.MaxElements
	}
	if l.MaxHeapGrowth > 0 {
		d.MaxHeapGrowth = l.MaxHeapGrowth
	}
	return &Engine{
		limits:    d,
		clock:     time.Now,
		programs:  map[string]*Program{},
		failures:  map[string]*failure{},
		pool:      make(chan *sandbox, 16),
		templates: templates{m: map[string]*Template{}},
	}
}

// Compile compiles body as the body of a strict-mode function of params, or
// returns the cached program. A compile error counts towards blocking.
func (e *Engine) Compile(body string, params ...string) (*Program, error) {
	if len(body) > e.limits.MaxSource {
		return nil, fmt.Errorf("%w: source of %d bytes, over %d", ErrTooLarge, len(body), e.limits.MaxSource)
	}
	for _, p := range params {
		if !isIdentifier(p) {
			return nil, fmt.Errorf("script: parameter %q is not an identifier", p)
		}
	}
	sum := sha256.Sum256([]byte(strings.Join(params, ",") + "\x00" + body))
	hash := hex.EncodeToString(sum[:])
	e.mu.Lock()
	if p, ok := e.programs[hash]; ok {
		e.mu.Unlock()
		return p, nil
	}
	if err := e.blockedLocked(hash); err != nil {
		e.mu.Unlock()
		return nil, err
	}
	e.mu.Unlock()

	// The newline before the closing brace keeps a trailing // comment from
	// swallowing it.
	header := "(function(" + strings.Join(params, ", ") + ") {\n'use strict';\n"
	src := header + body + "\n})"
	ast, err := parseFunction(src)
	var prog *goja.Program
	if err == nil {
		prog, err = goja.CompileAST(ast, true)
	}
	if err != nil {
		e.record(hash, true)
		return nil, fmt.Errorf("%w: %v", ErrCompile, compileMessage(err))
	}
	p := &Program{Hash: hash, Params: params, prog: prog, unused: make([]bool, len(params)), body: body}
	p.paths = derivePathForm(ast, src, len(header), params)
	if p.paths != nil {
		p.paths.native = deriveNative(e, ast, params, p.paths)
	}
	if !strings.Contains(body, "arguments") && !strings.Contains(body, "eval") {
		for i, name := range params {
			p.unused[i] = !regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\b`).MatchString(body)
		}
	}
	e.mu.Lock()
	if len(e.programs) >= maxCachedPrograms {
		for k := range e.programs { // drop an arbitrary one; recompiling is cheap
			delete(e.programs, k)
			break
		}
	}
	e.programs[hash] = p
	e.mu.Unlock()
	return p, nil
}

// errNotOneFunction is what a body that closes the wrapper around it gets.
var errNotOneFunction = errors.New("a script is the body of one function: it cannot close it and add code outside")

// compileFunction compiles the wrapped source only if it is one function
// expression and nothing else (see parseFunction).
func compileFunction(src string) (*goja.Program, error) {
	ast, err := parseFunction(src)
	if err != nil {
		return nil, err
	}
	return goja.CompileAST(ast, true)
}

// parseFunction parses the wrapped source only if it is one function
// expression and nothing else. A body could otherwise close the wrapper
// and declare let or const bindings in the runtime's global scope, which
// freezing the global object does not cover and which would outlive the
// evaluation in a pooled runtime.
func parseFunction(src string) (*jsast.Program, error) {
	ast, err := goja.Parse("script", src)
	if err != nil {
		return nil, err
	}
	if len(ast.Body) != 1 || len(ast.DeclarationList) != 0 {
		return nil, errNotOneFunction
	}
	stmt, ok := ast.Body[0].(*jsast.ExpressionStatement)
	if !ok {
		return nil, errNotOneFunction
	}
	if _, ok := stmt.Expression.(*jsast.FunctionLiteral); !ok {
		return nil, errNotOneFunction
	}
	return ast, nil
}

var lineRef = regexp.MustCompile(`Line (\d+):(\d+)`)

// compileMessage gives the parser's message with line numbers of the body
// (the wrapper adds two lines before it).
func compileMessage(err error) string {
	return lineRef.ReplaceAllStringFunc(err.Error(), func(m string) string {
		parts := lineRef.FindStringSubmatch(m)
		line, _ := strconv.Atoi(parts[1])
		return fmt.Sprintf("line %d:%s", max(line-2, 1), parts[2])
	})
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r == '$' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (i > 0 && r >= '0' && r <= '9')) {
			return false
		}
	}
	return true
}

func (e *Engine) blockedLocked(hash string) error {
	if f, ok := e.failures[hash]; ok && e.clock().Before(f.blockedUntil) {
		return fmt.Errorf("%w until %s", ErrBlocked, f.blockedUntil.UTC().Format(time.RFC3339))
	}
	return nil
}

// record counts a timeout or compile error (counts is true) or a success
// (counts is false) for the script.
func (e *Engine) record(hash string, counts bool) {
	if e.inWorker || (!counts && e.failing.Load() == 0) {
		return // the common case: nothing has failed, no lock needed
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	defer func() { e.failing.Store(int64(len(e.failures))) }()
	if !counts {
		delete(e.failures, hash)
		return
	}
	f := e.failures[hash]
	if f == nil {
		f = &failure{}
		e.failures[hash] = f
	}
	f.consecutive++
	if f.consecutive >= BlockAfter {
		f.blockedUntil = e.clock().Add(BlockFor)
		f.consecutive = 0
		if e.OnBlock != nil {
			go e.OnBlock(hash, f.blockedUntil) // not under the lock
		}
	}
}

// Emitted is an event a script raised with emit(type, data).
type Emitted struct {
	Type string `json:"type"`
	Data any    `json:"data"`
}

// Outcome is what an evaluation gave: its result and the events it emitted.
type Outcome struct {
	Result  any
	Emitted []Emitted
}

// Run calls p with args and returns its result; see Exec.
func (e *Engine) Run(ctx context.Context, p *Program, deadline time.Duration, args ...any) (any, error) {
	out, err := e.Exec(ctx, p, deadline, args...)
	return out.Result, err
}

// Exec calls p with args (plain JSON values are copied in; anything else
// goes through JSON first) and returns its result as plain Go values
// (decoded JSON) with the events it emitted. deadline 0 means the engine's;
// it is capped at MaxDeadline.
func (e *Engine) Exec(ctx context.Context, p *Program, deadline time.Duration, args ...any) (Outcome, error) {
	return e.ExecWith(ctx, p, deadline, nil, args...)
}

// Host answers the queries a script makes of the node: history.count(q)
// calls Query(ctx, "history.count", q). The query is plain data and so is
// the answer.
type Host interface {
	Query(ctx context.Context, name string, arg any) (any, error)
}

// ExecWith is Exec with a host that answers the script's queries (nil: a
// query fails).
func (e *Engine) ExecWith(ctx context.Context, p *Program, deadline time.Duration, host Host, args ...any) (Outcome, error) {
	if e.failing.Load() > 0 {
		e.mu.Lock()
		err := e.blockedLocked(p.Hash)
		e.mu.Unlock()
		if err != nil {
			return Outcome{}, err
		}
	}
	// Arguments cross as JSON: measured, then decoded into fresh plain
	// values, so nothing of the caller's (no Go map, no method) goes in.
	inputs := make([]any, len(args))
	total := 0
	// Each map is counted once: the event's data is usually an argument
	// too, measured first (from the last argument back) and not again
	// inside the event.
	var seen [4]uintptr
	counted := seen[:0]
	for i := len(args) - 1; i >= 0; i-- {
		a := args[i]
		// Plain decoded JSON (what events carry) goes in as it is: toJS
		// copies it. Anything else is normalised through JSON first.
		if n, plain := plainSize(a, 0, counted); plain {
			total += n
			inputs[i] = a
			if m, ok := a.(map[string]any); ok {
				counted = append(counted, reflect.ValueOf(m).Pointer())
			}
			continue
		}
		raw, err := json.Marshal(a)
		if err != nil {
			return Outcome{}, fmt.Errorf("script: argument %d: %w", i, err)
		}
		total += len(raw)
		if total > e.limits.MaxInput {
			break
		}
		if err := json.Unmarshal(raw, &inputs[i]); err != nil {
			return Outcome{}, fmt.Errorf("script: argument %d: %w", i, err)
		}
	}
	if total > e.limits.MaxInput {
		return Outcome{}, fmt.Errorf("%w: arguments of %d bytes, over %d", ErrTooLarge, total, e.limits.MaxInput)
	}
	if deadline <= 0 {
		deadline = e.limits.Deadline
	}
	deadline = min(deadline, MaxDeadline)

	if p.paths != nil && p.paths.native != nil && !e.noNative && ctx.Err() == nil {
		var buf [8]any
		vals := buf[:0]
		for range p.paths.paths {
			vals = append(vals, nil)
		}
		if p.paths.resolve(inputs, vals) {
			if v, ok := p.paths.native(vals); ok {
				e.nativeRuns.Add(1)
				e.record(p.Hash, false)
				return Outcome{Result: v}, nil
			}
		}
	}
	if p.isolated {
		ws := e.workers.Load()
		if p.low {
			if low := e.lowWorkers.Load(); low != nil {
				ws = low
			}
		}
		if ws == nil {
			return Outcome{}, fmt.Errorf("%w: the program is isolated and the engine has no worker processes", ErrWorker)
		}
		out, err, crashed := ws.exec(ctx, p, deadline, host, inputs)
		switch {
		case err == nil:
			e.record(p.Hash, false)
		case errors.Is(err, ErrTimeout) && deadline >= e.limits.Deadline, crashed:
			// As in the node; and a script that brings its worker down
			// costs a fresh process each time.
			e.record(p.Hash, true)
		}
		return out, err
	}
	sb, err := e.get()
	if err != nil {
		return Outcome{}, err
	}
	sb.emitted, sb.host, sb.ctx, sb.guarded = nil, host, ctx, false
	sb.regexpOut.Store(false)
	result, err := e.run(ctx, sb, p, deadline, inputs)
	out := Outcome{Result: result, Emitted: sb.emitted}
	sb.emitted, sb.host, sb.ctx = nil, nil, nil
	switch {
	case err == nil:
		e.put(sb)
		e.record(p.Hash, false)
	case errors.Is(err, ErrTimeout):
		// A timeout under a deadline shorter than the engine's is the
		// caller's choice: it does not count towards blocking the script
		// for everyone.
		if deadline >= e.limits.Deadline {
			e.record(p.Hash, true)
		}
	case errors.Is(err, ErrTooLarge) || (errors.Is(err, ErrRuntime) && !sb.guarded):
		// A script that threw or returned too much leaves nothing behind
		// (the global object and prototypes are frozen): keep its runtime.
		e.put(sb)
		return Outcome{}, err // a failed evaluation emits nothing
	}
	if err != nil {
		// The failed runtime is dropped; make its replacement now, off the
		// caller's time, so the next evaluation does not pay for it.
		if e.refilling.CompareAndSwap(false, true) {
			go func() {
				defer e.refilling.Store(false)
				if fresh, err := e.newSandbox(); err == nil {
					e.put(fresh)
				}
			}()
		}
		out.Emitted = nil // a failed evaluation emits nothing
	}
	return out, err
}

func (e *Engine) run(ctx context.Context, sb *sandbox, p *Program, deadline time.Duration, inputs []any) (result any, err error) {
	rt := sb.rt
	// The watchdog enforces the deadline and the context as well as the
	// heap: one goroutine for every running evaluation, rather than a timer
	// and a context callback for each.
	e.watch(sb, ctx, time.Now().Add(deadline))
	defer func() {
		e.unwatch(sb)
		rt.ClearInterrupt()
	}()

	// The path form when the inputs allow it, else the plain program.
	prog, vals := p.prog, sb.vals[:0]
	clear(sb.built)
	if p.paths != nil {
		values := sb.values[:0]
		for range p.paths.paths {
			values = append(values, nil)
		}
		if p.paths.resolve(inputs, values) {
			prog = p.paths.prog
			for _, v := range values {
				vals = append(vals, toJSShared(rt, v, sb.built))
			}
		}
		clear(values)
		sb.values = values
	}
	if prog == p.prog {
		for i, in := range inputs {
			if i < len(p.unused) && p.unused[i] {
				vals = append(vals, goja.Undefined())
				continue
			}
			vals = append(vals, toJSShared(rt, in, sb.built))
		}
	}
	defer func() {
		clear(vals)
		sb.vals = vals[:0]
		clear(sb.built)
		if err != nil && prog != p.prog {
			err = pathError{err, p.paths}
		}
	}()
	// The function is made once per runtime: it is anonymous and strict,
	// so no script can reach it to change it.
	fn, ok := sb.fns[prog]
	if !ok {
		fnv, err := rt.RunProgram(prog)
		if err != nil {
			return nil, e.classify(sb, err, deadline)
		}
		if fn, ok = goja.AssertFunction(fnv); !ok {
			return nil, fmt.Errorf("%w: not a function", ErrCompile)
		}
		if len(sb.fns) >= maxCachedPrograms {
			clear(sb.fns)
		}
		sb.fns[prog] = fn
	}
	out, err := fn(goja.Undefined(), vals...)
	if err != nil {
		return nil, e.classify(sb, err, deadline)
	}
	if goja.IsUndefined(out) || goja.IsNull(out) {
		return nil, nil
	}
	// Primitives come out directly, plain data without text; the rest goes
	// through JSON, which keeps only plain data and measures it.
	if v, ok := sb.plainOf(out, e.limits.MaxResult); ok {
		return v, nil
	}
	if _, isObject := out.(*goja.Object); !isObject {
		switch x := out.Export().(type) {
		case bool:
			return x, nil
		case int64:
			return float64(x), nil
		case float64:
			return x, nil
		case string:
			if len(x) > e.limits.MaxResult {
				return nil, fmt.Errorf("%w: result of %d bytes, over %d", ErrTooLarge, len(x), e.limits.MaxResult)
			}
			return x, nil
		}
	}
	js, err := sb.stringify(goja.Undefined(), out)
	if err != nil {
		return nil, e.classify(sb, err, deadline)
	}
	if goja.IsUndefined(js) {
		return nil, nil // a function or a symbol: nothing JSON can carry
	}
	s := js.String()
	if len(s) > e.limits.MaxResult {
		return nil, fmt.Errorf("%w: result of %d bytes, over %d", ErrTooLarge, len(s), e.limits.MaxResult)
	}
	if err := json.Unmarshal([]byte(s), &result); err != nil {
		return nil, fmt.Errorf("%w: result: %v", ErrRuntime, err)
	}
	return result, nil
}

// pathError is an error of a path form's evaluation: its message names the
// chains, not the parameters that stand for them.
type pathError struct {
	err  error
	form *pathForm
}

func (e pathError) Error() string { return e.form.pathMessage(e.err.Error()) }
func (e pathError) Unwrap() error { return e.err }

// classify turns a goja error into one of the package's errors.
func (e *Engine) classify(sb *sandbox, err error, deadline time.Duration) error {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		switch v := ie.Value(); {
		case v == ErrTimeout:
			return fmt.Errorf("%w after %s", ErrTimeout, deadline)
		case v == errRegexp:
			return fmt.Errorf("%w: a regular expression ran for %s in one call, past the time one call may take (the deadline is %s)", ErrTimeout, RegexpTimeout, deadline)
		case v == ErrMemory:
			return fmt.Errorf("%w: the live heap grew by over %d MiB", ErrMemory, e.limits.MaxHeapGrowth>>20)
		case v == errCancelled:
			return errCancelled
		}
	}
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		return fmt.Errorf("%w (%d frames)", ErrStack, e.limits.MaxCallStack)
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		msg := ex.Value().String()
		if sb.guarded && strings.HasPrefix(msg, "RangeError: memory:") {
			return fmt.Errorf("%w: %s", ErrMemory, strings.TrimPrefix(msg, "RangeError: memory: "))
		}
		if strings.Contains(msg, "Maximum call stack size exceeded") {
			return fmt.Errorf("%w (%d frames)", ErrStack, e.limits.MaxCallStack)
		}
		return fmt.Errorf("%w: %s", ErrRuntime, msg)
	}
	return fmt.Errorf("%w: %v", ErrRuntime, err)
}

func (e *Engine) get() (*sandbox, error) {
	select {
	case sb := <-e.pool:
		return sb, nil
	default:
		return e.newSandbox()
	}
}

// put returns a clean runtime to the pool; one that failed is dropped, so
// nothing a failed evaluation left behind survives it.
func (e *Engine) put(sb *sandbox) {
	select {
	case e.pool <- sb:
	default:
	}
}

// heap is what the watchdog reads of the Go heap in one metrics.Read.
type heap struct {
	objects uint64 // bytes of heap objects, live and not yet swept
	live    uint64 // bytes marked live by the last finished GC cycle
	cycles  uint64 // GC cycles finished so far
}

// readHeap reads the heap, about a microsecond.
func readHeap() heap {
	s := []metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/gc/heap/live:bytes"},
		{Name: "/gc/cycles/total:gc-cycles"},
	}
	metrics.Read(s)
	return heap{objects: s[0].Value.Uint64(), live: s[1].Value.Uint64(), cycles: s[2].Value.Uint64()}
}

// watched is a running evaluation as the watchdog sees it.
type watched struct {
	ctx      context.Context
	deadline time.Time
	start    heap // the heap when it started
	// suspect is one more than the GC cycle count when the heap was seen
	// to have grown by MaxHeapGrowth since start; 0 while it has not.
	suspect uint64
}

// watch puts an evaluation under the watchdog. Its heap baseline is read
// now (about a microsecond): a baseline left to the watchdog's first
// sample came late on a busy machine, after an allocation bomb had already
// grown the heap, and let it grow as much again.
func (e *Engine) watch(sb *sandbox, ctx context.Context, deadline time.Time) {
	h := readHeap()
	e.mu.Lock()
	defer e.mu.Unlock()
	sb.watch = watched{ctx: ctx, deadline: deadline, start: h}
	sb.slot = len(e.active)
	e.active = append(e.active, sb)
	if !e.watching {
		e.watching = true
		go e.watchdog()
	}
}

func (e *Engine) unwatch(sb *sandbox) {
	e.mu.Lock()
	last := e.active[len(e.active)-1]
	e.active[sb.slot], last.slot = last, sb.slot
	e.active[len(e.active)-1] = nil
	e.active = e.active[:len(e.active)-1]
	sb.watch.ctx = nil
	e.mu.Unlock()
}

// watchdogLinger is how long the watchdog stays after the last evaluation.
const watchdogLinger = 100 * time.Millisecond

// forcedGCGap is the least time between the end of a GC cycle the watchdog
// forced and the start of the next: a node with a large live heap and
// much garbage crosses the growth threshold all the time, and a forced
// cycle marks the whole live heap.
const forcedGCGap = 50 * time.Millisecond

// watchdog runs while evaluations do: every millisecond it interrupts
// those past their deadline or whose context ended, and those that hold
// MaxHeapGrowth more live heap than when they started.
//
// The heap in use grows with garbage as much as with what is held, and it
// is the whole process's: judged by it alone, a loop that made only
// garbage, or one that ran while the node's chain allocated, was stopped
// for memory. So growth past the threshold only makes an evaluation
// suspect: the watchdog then waits for a GC cycle to end (forcing one, at
// most one each forcedGCGap) and stops it only if the live heap that
// cycle found grew by MaxHeapGrowth since it started. Garbage is gone by
// then; what the rest of the process holds still counts (see the package
// comment).
// hardGrowth times MaxHeapGrowth is the heap growth that stops an
// evaluation without waiting for a cycle to find it held.
const hardGrowth = 2

func (e *Engine) watchdog() {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	busy := time.Now()
	var forcing atomic.Bool
	var lastForced atomic.Int64 // unix nanoseconds when the last forced cycle ended
	for now := range t.C {
		e.mu.Lock()
		if len(e.active) == 0 {
			// Linger a little: evaluations come in runs, and starting
			// this goroutine for each costs more than a few idle ticks.
			if now.Sub(busy) > watchdogLinger {
				e.watching = false
				e.mu.Unlock()
				return
			}
			e.mu.Unlock()
			continue
		}
		busy = now
		e.mu.Unlock()
		h := readHeap()
		limit := e.limits.MaxHeapGrowth
		wantGC := false
		e.mu.Lock()
		for _, sb := range e.active {
			w := &sb.watch
			switch {
			case sb.regexpOut.Load():
				sb.rt.Interrupt(errRegexp)
			case now.After(w.deadline):
				sb.rt.Interrupt(ErrTimeout)
			case w.ctx.Err() != nil:
				sb.rt.Interrupt(errCancelled)
			case h.cycles > w.start.cycles && h.live > w.start.live && h.live-w.start.live > limit:
				// A cycle that ended since it started found that much
				// more held.
				sb.rt.Interrupt(ErrMemory)
			case h.objects > w.start.objects && h.objects-w.start.objects > hardGrowth*limit:
				// Grown this much before a cycle could say what is held:
				// a script that doubles a string gets there in a few
				// steps, each of which one allocation, and waiting for
				// the cycle let it reach 256 MiB and take seconds. Garbage
				// made elsewhere rarely does: a forced cycle resets the
				// count every forcedGCGap.
				sb.rt.Interrupt(ErrMemory)
			case w.suspect != 0 && h.cycles >= w.suspect:
				// A cycle ended after the growth was seen, and found it
				// garbage: watch for as much growth again, still counting
				// what the cycle found held (so a string that doubles is
				// not forgotten at each cycle).
				w.suspect, w.start.objects = 0, h.objects
				if h.live > w.start.live {
					w.start.objects -= min(h.live-w.start.live, w.start.objects)
				}
			case w.suspect != 0:
				wantGC = true
			case h.objects > w.start.objects && h.objects-w.start.objects > limit:
				w.suspect = h.cycles + 1
				wantGC = true
			}
		}
		e.mu.Unlock()
		if wantGC && now.UnixNano()-lastForced.Load() > int64(forcedGCGap) && forcing.CompareAndSwap(false, true) {
			// Off the watchdog's goroutine, so deadlines are still kept
			// while the cycle runs; it ends with the cycle.
			go func() {
				runtime.GC()
				lastForced.Store(time.Now().UnixNano())
				forcing.Store(false)
			}()
		}
	}
}

// plainSize reports whether v is plain decoded JSON (maps of strings, lists,
// strings, numbers, booleans, nil) and about how many bytes its JSON takes,
// not counting the maps in counted.
func plainSize(v any, depth int, counted []uintptr) (int, bool) {
	if depth > 64 {
		return 0, false
	}
	switch x := v.(type) {
	case nil, bool:
		return 5, true
	case float64, int, int64:
		return 8, true
	case string:
		return len(x) + 2, true
	case []any:
		n := 2
		for _, item := range x {
			k, ok := plainSize(item, depth+1, counted)
			if !ok {
				return 0, false
			}
			n += k + 1
		}
		return n, true
	case map[string]any:
		if len(counted) > 0 && slices.Contains(counted, reflect.ValueOf(x).Pointer()) {
			return 0, true
		}
		n := 2
		for key, item := range x {
			k, ok := plainSize(item, depth+1, counted)
			if !ok {
				return 0, false
			}
			n += len(key) + 4 + k
		}
		return n, true
	}
	return 0, false
}

// toJSShared is toJS that builds one JavaScript object for a Go map met
// twice (the event and its data), as the caller sees one value.
func toJSShared(rt *goja.Runtime, v any, built map[builtKey]goja.Value) goja.Value {
	var key builtKey
	switch x := v.(type) {
	case map[string]any:
		if x == nil {
			return toJS(rt, v) // an empty object, as before it was shared
		}
		key.ptr = reflect.ValueOf(x).Pointer()
	case []any:
		if len(x) == 0 {
			return toJS(rt, v)
		}
		key = builtKey{uintptr(unsafe.Pointer(&x[0])), len(x)}
	case undefined:
		return goja.Undefined()
	default:
		return toJS(rt, v)
	}
	if o, ok := built[key]; ok {
		return o
	}
	if list, ok := v.([]any); ok {
		items := make([]any, len(list))
		for i := range list {
			items[i] = toJSShared(rt, list[i], built)
		}
		o := rt.NewArray(items...)
		built[key] = o
		return o
	}
	m := v.(map[string]any)
	o := rt.NewObject()
	built[key] = o
	for _, k := range sortedKeys(m) {
		setOwn(o, k, toJSShared(rt, m[k], built))
	}
	return o
}

// builtKey names a Go map (by its pointer) or list (by its first element
// and length) that toJSShared built.
type builtKey struct {
	ptr uintptr
	len int
}

// setOwn sets an own data property, as JSON.parse does: "__proto__" is a
// key like any other, not the object's prototype, and "constructor" or
// "toString" are kept, where an assignment would fail on the frozen
// Object.prototype's properties of those names.
func setOwn(o *goja.Object, k string, v goja.Value) {
	_ = o.DefineDataProperty(k, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// sortedKeys gives a map's keys in order: objects built from inputs list
// their keys the same way each time (JSON objects decoded into Go maps
// have lost the document's order).
func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// toJS builds plain JavaScript values from decoded JSON.
func toJS(rt *goja.Runtime, v any) goja.Value {
	switch x := v.(type) {
	case nil:
		return goja.Null()
	case bool, float64, string:
		return rt.ToValue(x)
	case int:
		return rt.ToValue(float64(x))
	case int64:
		return rt.ToValue(float64(x))
	case []any:
		items := make([]any, len(x))
		for i := range x {
			items[i] = toJS(rt, x[i])
		}
		return rt.NewArray(items...)
	case map[string]any:
		// Plain JavaScript objects, never wrappers of Go maps: a wrapper
		// orders keys at random, drops some writes, and lets a length change
		// allocate unguarded.
		o := rt.NewObject()
		for _, k := range sortedKeys(x) {
			setOwn(o, k, toJS(rt, x[k]))
		}
		return o
	}
	return goja.Undefined()
}
