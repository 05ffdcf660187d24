package script

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dlclark/regexp2/v2"
	"github.com/dop251/goja"
)

// RegexpTimeout bounds one call of a built-in that runs a regular
// expression. goja runs those RE2 cannot (lookaround, backreferences) on
// regexp2, which backtracks without limit and cannot be interrupted; its
// own timeout stops a match, which goja then reports as no match. The
// timeout cannot follow each evaluation's deadline: goja shares one
// compiled regexp2 between the runtimes that run a program. So each call
// is held to RegexpTimeout, and one that takes as long ends the evaluation
// with ErrTimeout (regexpBound): a match that ran out of time is never
// taken for no match.
const RegexpTimeout = 40 * time.Millisecond

// regexpClockPeriod is how often regexp2 reads the clock it times matches
// by: it may stop a match up to twice that before RegexpTimeout has passed
// by ours, so a call that took RegexpTimeout less that counts as one it
// stopped (else a runaway match seen at 38 ms would count as no match).
const regexpClockPeriod = 5 * time.Millisecond

func init() {
	regexp2.DefaultMatchTimeout = RegexpTimeout
	// regexp2 reads its clock every period, 100 ms unless told.
	regexp2.SetTimeoutCheckPeriod(regexpClockPeriod)
}

// errRegexp interrupts an evaluation whose regular expression ran out of
// time.
var errRegexp = errors.New("script: regular expression timed out")

// regexpBound wraps the built-ins that run regular expressions so that a
// call that ran for RegexpTimeout (regexp2 stopped it, or Go's regexp
// took as long over a large input) interrupts the evaluation.
func regexpBound(sb *sandbox) error {
	rt := sb.rt
	at := func(name string) *goja.Object { return rt.GlobalObject().Get(name).ToObject(rt) }
	stringProto := at("String").Get("prototype").ToObject(rt)
	regexpProto := at("RegExp").Get("prototype").ToObject(rt)
	symbol := at("Symbol")
	// onString: a String.prototype method, which runs a regular expression
	// only when given one.
	wrap := func(owner *goja.Object, get func() goja.Value, set func(goja.Value) error, onString bool) error {
		orig, ok := goja.AssertFunction(get())
		if !ok {
			return fmt.Errorf("not a function")
		}
		return set(rt.ToValue(func(c goja.FunctionCall) goja.Value {
			if o, ok := c.Argument(0).(*goja.Object); onString && (!ok || o.ClassName() != "RegExp") {
				v, err := orig(c.This, c.Arguments...)
				if err != nil {
					panic(err)
				}
				return v
			}
			start := time.Now()
			v, err := orig(c.This, c.Arguments...)
			if time.Since(start) >= RegexpTimeout-2*regexpClockPeriod {
				// Not an exception: a script cannot catch it. The watchdog
				// repeats it while the evaluation runs (a finally block
				// runs after an interrupt).
				sb.regexpOut.Store(true)
				rt.Interrupt(errRegexp)
			}
			if err != nil {
				panic(err)
			}
			return v
		}))
	}
	for _, name := range []string{"match", "matchAll", "replace", "replaceAll", "search", "split"} {
		if err := wrap(stringProto, func() goja.Value { return stringProto.Get(name) },
			func(v goja.Value) error { return stringProto.Set(name, v) }, true); err != nil {
			return fmt.Errorf("wrap String.prototype.%s: %w", name, err)
		}
	}
	for _, name := range []string{"exec", "test"} {
		if err := wrap(regexpProto, func() goja.Value { return regexpProto.Get(name) },
			func(v goja.Value) error { return regexpProto.Set(name, v) }, false); err != nil {
			return fmt.Errorf("wrap RegExp.prototype.%s: %w", name, err)
		}
	}
	for _, name := range []string{"match", "matchAll", "replace", "search", "split"} {
		sym := symbol.Get(name).(*goja.Symbol)
		if err := wrap(regexpProto, func() goja.Value { return regexpProto.GetSymbol(sym) },
			func(v goja.Value) error { return regexpProto.SetSymbol(sym, v) }, false); err != nil {
			return fmt.Errorf("wrap RegExp.prototype[Symbol.%s]: %w", name, err)
		}
	}
	return nil
}

// absent are the globals a sandbox does without: raw memory (one call can
// allocate a GiB), weak references and finalizers (they observe the GC).
var absent = []string{
	"ArrayBuffer", "SharedArrayBuffer", "DataView", "Atomics",
	"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
	"Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
	"WeakRef", "FinalizationRegistry",
}

// freezeAll freezes every object reachable from the global object (through
// property values, accessors and prototypes) and the intrinsics that are
// reachable only from instances, then the global object itself.
const freezeAll = `(function (g) {
	'use strict';
	const seen = new Set();
	function freeze(o) {
		if (o === null || (typeof o !== 'object' && typeof o !== 'function') || seen.has(o)) return;
		seen.add(o);
		for (const k of Reflect.ownKeys(o)) {
			const d = Object.getOwnPropertyDescriptor(o, k);
			if (!d) continue;
			freeze(d.value); freeze(d.get); freeze(d.set);
		}
		freeze(Object.getPrototypeOf(o));
		Object.freeze(o);
	}
	const roots = [g,
		function* () {}, (function* () {})(), async function () {},
		[][Symbol.iterator](), new Map()[Symbol.iterator](), new Set()[Symbol.iterator](),
		''[Symbol.iterator](), /x/[Symbol.matchAll](''), Promise.resolve(),
		(function () { return arguments; })()];
	for (const r of roots) freeze(r);
})(globalThis)`

func (e *Engine) newSandbox() (*sandbox, error) {
	rt := goja.New()
	rt.SetMaxCallStackSize(e.limits.MaxCallStack)
	global := rt.GlobalObject()
	for _, name := range absent {
		if err := global.Delete(name); err != nil {
			return nil, fmt.Errorf("script: sandbox: %w", err)
		}
	}
	sb := &sandbox{rt: rt, fns: map[*goja.Program]goja.Callable{}, built: map[builtKey]goja.Value{}}
	// The helpers of bound count text themselves, and call the built-in
	// without the size guard's walk, which is one long step.
	sb.rawStringify = global.Get("JSON").ToObject(rt).Get("stringify")
	if err := e.guard(sb); err != nil {
		return nil, fmt.Errorf("script: sandbox: %w", err)
	}
	if err := regexpBound(sb); err != nil {
		return nil, fmt.Errorf("script: sandbox: %w", err)
	}
	if err := e.bound(sb); err != nil {
		return nil, fmt.Errorf("script: sandbox: bound: %w", err)
	}
	json := global.Get("JSON").ToObject(rt)
	stringify, ok := goja.AssertFunction(json.Get("stringify"))
	if !ok {
		return nil, fmt.Errorf("script: sandbox: no JSON")
	}
	sb.stringify = stringify
	sb.objectProto = global.Get("Object").ToObject(rt).Get("prototype").ToObject(rt)
	sb.arrayProto = global.Get("Array").ToObject(rt).Get("prototype").ToObject(rt)
	if err := e.bind(sb); err != nil {
		return nil, fmt.Errorf("script: sandbox: %w", err)
	}
	if _, err := rt.RunString(freezeAll); err != nil {
		return nil, fmt.Errorf("script: sandbox: freeze: %w", err)
	}
	return sb, nil
}

// HistoryOps are the methods of the history object in a script:
// history.count({type, where, since}), history.sum({..., field}), and so on.
var HistoryOps = []string{"count", "sum", "avg", "min", "max", "last"}

// MaxEmits bounds the events one evaluation may emit.
const MaxEmits = 100

// bind adds the few host functions a script may call: tmpl and emit. Each
// takes and gives plain data only.
func (e *Engine) bind(sb *sandbox) error {
	rt := sb.rt
	throw := func(format string, args ...any) {
		panic(rt.NewTypeError(fmt.Sprintf(format, args...)))
	}
	plain := func(v goja.Value) any {
		if v == nil || goja.IsUndefined(v) {
			return nil
		}
		if out, ok := sb.plainOf(v, e.limits.MaxResult); ok {
			return out
		}
		js, err := sb.stringify(goja.Undefined(), v)
		if err != nil {
			panic(err)
		}
		if goja.IsUndefined(js) {
			return nil
		}
		s := js.String()
		if len(s) > e.limits.MaxResult {
			throw("value of %d bytes, over %d", len(s), e.limits.MaxResult)
		}
		var out any
		if err := json.Unmarshal([]byte(s), &out); err != nil {
			throw("value: %v", err)
		}
		return out
	}
	if err := rt.Set("tmpl", func(call goja.FunctionCall) goja.Value {
		src := call.Argument(0).String()
		if len(src) > e.limits.MaxSource {
			throw("tmpl: template of %d bytes, over %d", len(src), e.limits.MaxSource)
		}
		t, err := e.templates.get(src)
		if err != nil {
			throw("tmpl: %v", err)
		}
		out, err := t.RenderLimit(plain(call.Argument(1)), e.limits.MaxResult)
		if err != nil {
			throw("tmpl: %v", err)
		}
		if len(out) > e.limits.MaxResult {
			throw("tmpl: result of %d bytes, over %d", len(out), e.limits.MaxResult)
		}
		return rt.ToValue(out)
	}); err != nil {
		return err
	}
	history := rt.NewObject()
	for _, op := range HistoryOps {
		name := "history." + op
		if err := history.Set(op, func(call goja.FunctionCall) goja.Value {
			if sb.host == nil {
				throw("%s: no history here", name)
			}
			v, err := sb.host.Query(sb.ctx, name, plain(call.Argument(0)))
			if err != nil {
				throw("%s: %v", name, err)
			}
			return toJS(rt, v)
		}); err != nil {
			return err
		}
	}
	if err := rt.Set("history", history); err != nil {
		return err
	}
	return rt.Set("emit", func(call goja.FunctionCall) goja.Value {
		typ := call.Argument(0).String()
		if typ == "" || goja.IsUndefined(call.Argument(0)) || len(typ) > 256 {
			throw("emit: the first argument is the event type")
		}
		if len(sb.emitted) >= MaxEmits {
			throw("emit: over %d events in one evaluation", MaxEmits)
		}
		sb.emitted = append(sb.emitted, Emitted{Type: typ, Data: plain(call.Argument(1))})
		return goja.Undefined()
	})
}

// guard replaces the built-ins that allocate in one native step with
// versions that first check the size they would make. A native step cannot
// be interrupted, so its size must be refused before it starts.
func (e *Engine) guard(sb *sandbox) error {
	rt := sb.rt
	limit := int64(e.limits.MaxElements)
	refuse := func(what string, n int64) {
		sb.refuse(fmt.Sprintf("%s of %d elements, over %d", what, n, limit))
	}
	length := func(v goja.Value) int64 {
		o := v.ToObject(rt)
		return o.Get("length").ToInteger()
	}
	// at finds the object a guarded built-in lives on: "Array.prototype".
	at := func(path string) *goja.Object {
		var v goja.Value = rt.GlobalObject()
		for part := range strings.SplitSeq(path, ".") {
			v = v.ToObject(rt).Get(part)
		}
		return v.ToObject(rt)
	}
	wrap := func(owner, name string, size func(call goja.FunctionCall) (string, int64)) error {
		obj := at(owner)
		orig, ok := goja.AssertFunction(obj.Get(name))
		if !ok {
			return fmt.Errorf("%s.%s is not a function", owner, name)
		}
		return obj.Set(name, func(call goja.FunctionCall) goja.Value {
			if what, n := size(call); n > limit {
				refuse(what, n)
			}
			v, err := orig(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		})
	}
	strLen := func(v goja.Value) int64 { return int64(len(v.String())) }
	// Text is measured in elements of 4 bytes: MaxElements of them.
	bytes := func(n int64) int64 { return n / 4 }
	guards := []struct {
		owner, name string
		size        func(goja.FunctionCall) (string, int64)
	}{
		{"Array.prototype", "fill", func(c goja.FunctionCall) (string, int64) { return "Array.prototype.fill", length(c.This) }},
		{"Array.prototype", "join", func(c goja.FunctionCall) (string, int64) {
			n := length(c.This)
			if n > limit {
				return "Array.prototype.join", n
			}
			// The text it would make: the pieces and the separators.
			sep := int64(1)
			if a := c.Argument(0); !goja.IsUndefined(a) {
				sep = strLen(a)
			}
			total, o := sep*n, c.This.ToObject(rt)
			for i := int64(0); i < n && bytes(total) <= limit; i++ {
				if v := o.Get(strconv.FormatInt(i, 10)); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
					total += strLen(v)
				}
			}
			return "Array.prototype.join (text)", bytes(total)
		}},
		{"Array.prototype", "concat", func(c goja.FunctionCall) (string, int64) {
			n := length(c.This)
			for _, a := range c.Arguments {
				if o, ok := a.(*goja.Object); ok && o.ClassName() == "Array" {
					n += length(o)
				} else {
					n++
				}
			}
			return "Array.prototype.concat", n
		}},
		{"Array.prototype", "flat", func(c goja.FunctionCall) (string, int64) {
			depth := int64(1)
			if a := c.Argument(0); !goja.IsUndefined(a) {
				depth = a.ToInteger()
			}
			return "Array.prototype.flat", flatSize(rt, c.This, depth, limit, 0)
		}},
		{"Array", "from", func(c goja.FunctionCall) (string, int64) {
			if o, ok := c.Argument(0).(*goja.Object); ok {
				return "Array.from", o.Get("length").ToInteger()
			}
			return "", 0
		}},
		{"String.prototype", "repeat", func(c goja.FunctionCall) (string, int64) {
			l, n := strLen(c.This), c.Argument(0).ToInteger()
			if l > 0 && n > limit/l {
				return "String.prototype.repeat", limit + 1 // the product could overflow
			}
			return "String.prototype.repeat", l * n
		}},
		{"String.prototype", "padStart", func(c goja.FunctionCall) (string, int64) {
			return "String.prototype.padStart", c.Argument(0).ToInteger()
		}},
		{"String.prototype", "padEnd", func(c goja.FunctionCall) (string, int64) {
			return "String.prototype.padEnd", c.Argument(0).ToInteger()
		}},
		{"String.prototype", "split", func(c goja.FunctionCall) (string, int64) {
			// At most one piece per character, and one more.
			return "String.prototype.split", strLen(c.This) + 1
		}},
		{"String.prototype", "replaceAll", func(c goja.FunctionCall) (string, int64) {
			s := c.This.String()
			pattern, ok := c.Argument(0).Export().(string)
			repl, isText := c.Argument(1).Export().(string)
			if !ok || !isText {
				return "", 0 // a regular expression or a function: measured by the heap watchdog
			}
			count := int64(len(s) + 1)
			if pattern != "" {
				count = int64(strings.Count(s, pattern))
			}
			return "String.prototype.replaceAll (text)", bytes(int64(len(s)) + count*int64(len(repl)))
		}},
		{"JSON", "stringify", func(c goja.FunctionCall) (string, int64) {
			return "JSON.stringify (text)", bytes(jsonSize(rt, c.Argument(0), 4*limit, 0))
		}},
	}
	for _, g := range guards {
		if err := wrap(g.owner, g.name, g.size); err != nil {
			return err
		}
	}
	return nil
}

// refuse throws the RangeError of a built-in call refused for its size,
// which the evaluation ends with as ErrMemory.
func (sb *sandbox) refuse(what string) {
	sb.guarded = true // so a script cannot pass its own RangeError off as this one
	rangeError := sb.rt.GlobalObject().Get("RangeError").ToObject(sb.rt)
	obj, err := sb.rt.New(rangeError, sb.rt.ToValue("memory: "+what))
	if err != nil {
		panic(err)
	}
	panic(obj)
}

// maxWalkDepth bounds how deep the size walks go: past it (a cycle, or
// nesting no data has) a call counts as too large.
const maxWalkDepth = 512

// flatSize counts the elements flat(depth) would make, stopping past limit;
// arrays nested past maxWalkDepth (a cycle, as a.push(a) makes) count as
// too many, since flat would recurse without end.
func flatSize(rt *goja.Runtime, v goja.Value, depth, limit int64, level int) int64 {
	o, ok := v.(*goja.Object)
	if !ok || o.ClassName() != "Array" {
		return 1
	}
	n := o.Get("length").ToInteger()
	if depth <= 0 {
		return n
	}
	if level > maxWalkDepth {
		return limit + 1
	}
	var total int64
	for i := int64(0); i < n && total <= limit; i++ {
		total += flatSize(rt, o.Get(strconv.FormatInt(i, 10)), depth-1, limit-total, level+1)
	}
	return total
}

// jsonSize estimates the bytes JSON.stringify would make of v, stopping
// past budget: shared parts count each time they appear, as in the text.
func jsonSize(rt *goja.Runtime, v goja.Value, budget int64, depth int) int64 {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return 4
	}
	if depth > maxWalkDepth {
		return budget + 1
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return int64(len(v.String())) + 2
	}
	if _, isFunc := goja.AssertFunction(o); isFunc {
		return 0
	}
	var total int64 = 2
	if o.ClassName() == "Array" {
		n := o.Get("length").ToInteger()
		for i := int64(0); i < n && total <= budget; i++ {
			total += 1 + jsonSize(rt, o.Get(strconv.FormatInt(i, 10)), budget-total, depth+1)
		}
		return total
	}
	for _, k := range o.Keys() {
		if total > budget {
			break
		}
		total += int64(len(k)) + 4 + jsonSize(rt, o.Get(k), budget-total, depth+1)
	}
	return total
}
