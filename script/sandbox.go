package script

import (
	"encoding/json"
	"fmt"

	"github.com/dop251/goja"
)

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
	sb := &sandbox{rt: rt, fns: map[*Program]goja.Callable{}}
	if err := e.guard(sb); err != nil {
		return nil, fmt.Errorf("script: sandbox: %w", err)
	}
	json := global.Get("JSON").ToObject(rt)
	parse, ok1 := goja.AssertFunction(json.Get("parse"))
	stringify, ok2 := goja.AssertFunction(json.Get("stringify"))
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("script: sandbox: no JSON")
	}
	sb.parse, sb.stringify = parse, stringify
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
	rangeError := rt.GlobalObject().Get("RangeError").ToObject(rt)
	refuse := func(what string, n int64) {
		sb.guarded = true // so a script cannot pass its own RangeError off as this one
		obj, err := rt.New(rangeError, rt.ToValue(fmt.Sprintf("memory: %s of %d elements, over %d", what, n, limit)))
		if err != nil {
			panic(err)
		}
		panic(obj)
	}
	length := func(v goja.Value) int64 {
		o := v.ToObject(rt)
		return o.Get("length").ToInteger()
	}
	wrap := func(owner string, name string, size func(call goja.FunctionCall) (string, int64)) error {
		obj := rt.GlobalObject().Get(owner).ToObject(rt)
		if owner == "Array" || owner == "String" {
			if name != "from" {
				obj = obj.Get("prototype").ToObject(rt)
			}
		}
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
	guards := []struct {
		owner, name string
		size        func(goja.FunctionCall) (string, int64)
	}{
		{"Array", "fill", func(c goja.FunctionCall) (string, int64) { return "Array.prototype.fill", length(c.This) }},
		{"Array", "join", func(c goja.FunctionCall) (string, int64) { return "Array.prototype.join", length(c.This) }},
		{"Array", "from", func(c goja.FunctionCall) (string, int64) {
			if o, ok := c.Argument(0).(*goja.Object); ok {
				return "Array.from", o.Get("length").ToInteger()
			}
			return "", 0
		}},
		{"String", "repeat", func(c goja.FunctionCall) (string, int64) {
			l, n := strLen(c.This), c.Argument(0).ToInteger()
			if l > 0 && n > limit/l {
				return "String.prototype.repeat", limit + 1 // the product could overflow
			}
			return "String.prototype.repeat", l * n
		}},
		{"String", "padStart", func(c goja.FunctionCall) (string, int64) {
			return "String.prototype.padStart", c.Argument(0).ToInteger()
		}},
		{"String", "padEnd", func(c goja.FunctionCall) (string, int64) {
			return "String.prototype.padEnd", c.Argument(0).ToInteger()
		}},
	}
	for _, g := range guards {
		if err := wrap(g.owner, g.name, g.size); err != nil {
			return err
		}
	}
	return nil
}
