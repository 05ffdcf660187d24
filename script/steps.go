package script

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/dop251/goja"
)

// StepElements is the most elements one native step of a built-in visits.
// goja checks for an interrupt only between instructions, so a built-in
// that loops in Go (indexOf over {length: 2**53}) held its processor for
// ever. Measured on the 2-core build machine, the slowest such loops cost
// 80 to 550 ns an element (indexOf over an object, Array.from, a sort's
// string compares), so 32 Ki elements keep one step under about 20 ms.
const StepElements = 1 << 15

// stepHelpers are the JavaScript halves of the bounds in bound: each does
// the work of a built-in over more than StepElements elements in steps the
// interrupt can stop, with the built-in's own results.
//
// like(o) is o behind a proxy whose traps forward to o: a built-in given it
// takes goja's generic path, which reads every element through a trap, a
// JavaScript call that checks for the interrupt. The traps pass o, not the
// proxy, as the receiver, so getters and setters see o as before.
const stepHelpers = `(function (stepElements, maxElements, maxText, refuse) {
	'use strict';
	const R = Reflect;
	const handler = Object.freeze({
		get: (t, k) => R.get(t, k),
		set: (t, k, v) => R.set(t, k, v),
		has: (t, k) => R.has(t, k),
		deleteProperty: (t, k) => R.deleteProperty(t, k),
		defineProperty: (t, k, d) => R.defineProperty(t, k, d),
		getOwnPropertyDescriptor: (t, k) => R.getOwnPropertyDescriptor(t, k),
	});
	const like = o => new Proxy(o, handler);
	// The default order of sort (undefined last is sort's own work).
	const compare = (a, b) => {
		const x = String(a), y = String(b);
		return x < y ? -1 : x > y ? 1 : 0;
	};
	// join in chunks: each chunk is joined by the built-in (and its size
	// guard), then the chunks, so text is copied about twice, not n times.
	const join = (join, o, sep, n) => {
		const parts = [];
		let text = 0;
		for (let i = 0; i < n; i += stepElements) {
			const chunk = [];
			const end = Math.min(n, i + stepElements);
			for (let k = i; k < end; k++) chunk.push(o[k]);
			const part = join.call(chunk, sep);
			text += part.length + sep.length;
			if (text > maxText) refuse('Array.prototype.join (text) of over ' + maxText + ' bytes');
			parts.push(part);
		}
		return join.call(parts, sep);
	};
	// stringify with a replacer that leaves every value as it is (the
	// same text) but is called for each, and counts the text of strings.
	const stringify = (stringify, v, space) => {
		let text = 0;
		return stringify(v, function (k, v) {
			text += k.length + (typeof v === 'string' ? v.length : 8);
			if (text > maxText) refuse('JSON.stringify (text) of over ' + maxText + ' bytes');
			return v;
		}, space);
	};
	// flat as the specification's FlattenIntoArray, in JavaScript.
	const flat = (o, depth) => {
		const out = [];
		const into = (a, d) => {
			const n = a.length;
			for (let i = 0; i < n; i++) {
				if (!(i in a)) continue;
				const v = a[i];
				if (d > 0 && Array.isArray(v)) into(v, d - 1);
				else if (out.push(v) > maxElements) refuse('Array.prototype.flat of over ' + maxElements + ' elements');
			}
		};
		into(Object(o), depth);
		return out;
	};
	// The built-ins that call back for each element, as the specification
	// has them: goja's own, over a proxy, would take holes for undefined.
	const callable = f => { if (typeof f !== 'function') throw new TypeError(String(f) + ' is not a function'); return f; };
	const species = (o, n) => {
		const C = Array.isArray(o) ? o.constructor : undefined;
		const S = C !== null && (typeof C === 'object' || typeof C === 'function') ? C[Symbol.species] : undefined;
		return S === undefined || S === null || S === Array ? new Array(n) : new S(n);
	};
	const each = {
		every(o, n, f, t) { callable(f); for (let k = 0; k < n; k++) if (k in o && !f.call(t, o[k], k, o)) return false; return true; },
		some(o, n, f, t) { callable(f); for (let k = 0; k < n; k++) if (k in o && f.call(t, o[k], k, o)) return true; return false; },
		forEach(o, n, f, t) { callable(f); for (let k = 0; k < n; k++) if (k in o) f.call(t, o[k], k, o); },
		map(o, n, f, t) {
			callable(f);
			const a = species(o, n);
			for (let k = 0; k < n; k++) if (k in o) Object.defineProperty(a, k, {value: f.call(t, o[k], k, o), writable: true, enumerable: true, configurable: true});
			return a;
		},
		filter(o, n, f, t) {
			callable(f);
			const a = species(o, 0);
			let i = 0;
			for (let k = 0; k < n; k++) {
				if (!(k in o)) continue;
				const v = o[k];
				if (f.call(t, v, k, o)) Object.defineProperty(a, i++, {value: v, writable: true, enumerable: true, configurable: true});
			}
			return a;
		},
		reduce(o, n, f, ...init) {
			callable(f);
			let k = 0, acc = init[0];
			if (init.length === 0) {
				while (k < n && !(k in o)) k++;
				if (k >= n) throw new TypeError('Reduce of empty array with no initial value');
				acc = o[k++];
			}
			for (; k < n; k++) if (k in o) acc = f(acc, o[k], k, o);
			return acc;
		},
		reduceRight(o, n, f, ...init) {
			callable(f);
			let k = n - 1, acc = init[0];
			if (init.length === 0) {
				while (k >= 0 && !(k in o)) k--;
				if (k < 0) throw new TypeError('Reduce of empty array with no initial value');
				acc = o[k--];
			}
			for (; k >= 0; k--) if (k in o) acc = f(acc, o[k], k, o);
			return acc;
		},
	};
	return {like, compare, join, stringify, flat, each};
})`

// bound makes the built-ins that loop in Go over an array-like stop at the
// deadline: up to StepElements elements they run as they are (the common
// case, at full speed); past it they run over a proxy (like), with a
// comparator that calls JavaScript (sort), or in JavaScript steps (join,
// flat, JSON.stringify). It runs after guard, so the size guards still
// refuse what would be too large, on the elements they count.
//
// The one difference a script can see past StepElements: the third
// argument of find's and flatMap's callbacks (the array) is the proxy, not
// the array itself; every, some, forEach, map, filter and the reduces run
// in JavaScript over the array itself. Methods that return their receiver
// return the array.
func (e *Engine) bound(sb *sandbox) error {
	rt, refuse := sb.rt, sb.refuse
	maxText := 4 * int64(e.limits.MaxElements)
	fn, err := rt.RunString(stepHelpers)
	if err != nil {
		return err
	}
	newHelpers, ok := goja.AssertFunction(fn)
	if !ok {
		return fmt.Errorf("step helpers are not a function")
	}
	hv, err := newHelpers(goja.Undefined(), rt.ToValue(StepElements), rt.ToValue(e.limits.MaxElements), rt.ToValue(maxText),
		rt.ToValue(func(c goja.FunctionCall) goja.Value { refuse(c.Argument(0).String()); return nil }))
	if err != nil {
		return err
	}
	h := hv.ToObject(rt)
	var likeFn, joinFn, stringifyFn, flatFn goja.Callable
	for name, dst := range map[string]*goja.Callable{"like": &likeFn, "join": &joinFn, "stringify": &stringifyFn, "flat": &flatFn} {
		if *dst, ok = goja.AssertFunction(h.Get(name)); !ok {
			return fmt.Errorf("step helper %s is missing", name)
		}
	}
	compare := h.Get("compare")

	call := func(f goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
		v, err := f(this, args...)
		if err != nil {
			panic(err)
		}
		return v
	}
	like := func(o *goja.Object) *goja.Object { return call(likeFn, goja.Undefined(), o).ToObject(rt) }
	length := func(o *goja.Object) int64 { return o.Get("length").ToInteger() }
	method := func(owner *goja.Object, name string, f func(orig goja.Callable, c goja.FunctionCall) goja.Value) error {
		orig, ok := goja.AssertFunction(owner.Get(name))
		if !ok {
			return fmt.Errorf("%s is not a function", name)
		}
		return owner.Set(name, func(c goja.FunctionCall) goja.Value { return f(orig, c) })
	}
	at := func(name string) *goja.Object { return rt.GlobalObject().Get(name).ToObject(rt) }
	array, arrayProto := at("Array"), at("Array").Get("prototype").ToObject(rt)

	each := h.Get("each").ToObject(rt)
	for _, name := range []string{"every", "some", "forEach", "map", "filter", "reduce", "reduceRight"} {
		inJS, ok := goja.AssertFunction(each.Get(name))
		if !ok {
			return fmt.Errorf("step helper %s is missing", name)
		}
		maps := name == "map"
		if err := method(arrayProto, name, func(orig goja.Callable, c goja.FunctionCall) goja.Value {
			o := c.This.ToObject(rt)
			n := length(o)
			if n <= StepElements {
				return call(orig, c.This, c.Arguments...)
			}
			if maps && n > int64(e.limits.MaxElements) {
				refuse(fmt.Sprintf("Array.prototype.map of %d elements, over %d", n, e.limits.MaxElements))
			}
			return call(inJS, goja.Undefined(), append([]goja.Value{o, rt.ToValue(n)}, c.Arguments...)...)
		}); err != nil {
			return err
		}
	}
	// Over a proxy: the built-ins whose loop reads or writes elements by
	// index. at, pop, push and the iterators take a step an element;
	// toString calls join through its receiver.
	for _, name := range []string{
		"concat", "copyWithin", "fill", "find", "findIndex", "findLast", "findLastIndex",
		"flatMap", "includes", "indexOf", "lastIndexOf", "reverse", "shift", "slice", "sort", "splice",
		"toLocaleString", "toReversed", "toSorted", "toSpliced", "unshift", "with",
	} {
		sorts := name == "sort" || name == "toSorted"
		concat := name == "concat"
		// These make a list of the receiver's length up front, in goja's
		// generic path: over {length: 2**53} the allocation panics, and
		// at 2**31 it would take the process down.
		allocates := slices.Contains([]string{"sort", "toSorted", "toReversed", "toSpliced", "with", "slice", "splice"}, name)
		if err := method(arrayProto, name, func(orig goja.Callable, c goja.FunctionCall) goja.Value {
			o := c.This.ToObject(rt)
			n := length(o)
			if concat {
				for _, a := range c.Arguments {
					if ao, ok := a.(*goja.Object); ok && ao.ClassName() == "Array" {
						n += length(ao)
					}
				}
			}
			if n <= StepElements {
				return call(orig, c.This, c.Arguments...)
			}
			if allocates && n > int64(e.limits.MaxElements) {
				refuse(fmt.Sprintf("Array.prototype.%s of %d elements, over %d", name, n, e.limits.MaxElements))
			}
			args := c.Arguments
			if sorts && goja.IsUndefined(c.Argument(0)) {
				args = []goja.Value{compare}
			}
			if concat {
				args = make([]goja.Value, len(c.Arguments))
				for i, a := range c.Arguments {
					if ao, ok := a.(*goja.Object); ok && ao.ClassName() == "Array" {
						a = like(ao)
					}
					args[i] = a
				}
			}
			p := like(o)
			if v := call(orig, p, args...); v != p {
				return v
			}
			return o // reverse, sort, fill and copyWithin return their receiver
		}); err != nil {
			return err
		}
	}
	joinOrig := arrayProto.Get("join")
	if err := method(arrayProto, "join", func(orig goja.Callable, c goja.FunctionCall) goja.Value {
		o := c.This.ToObject(rt)
		if n := length(o); n > StepElements {
			if n > int64(e.limits.MaxElements) {
				refuse(fmt.Sprintf("Array.prototype.join of %d elements, over %d", n, e.limits.MaxElements))
			}
			sep := c.Argument(0)
			if goja.IsUndefined(sep) {
				sep = rt.ToValue(",")
			}
			return call(joinFn, goja.Undefined(), joinOrig, o, sep.ToString(), rt.ToValue(n))
		}
		return call(orig, c.This, c.Arguments...)
	}); err != nil {
		return err
	}
	if err := method(arrayProto, "flat", func(orig goja.Callable, c goja.FunctionCall) goja.Value {
		depth := int64(1)
		if a := c.Argument(0); !goja.IsUndefined(a) {
			depth = a.ToInteger()
		}
		// Counted here first: the size guard inside orig walks as far as
		// MaxElements, in one step.
		switch n := flatVisits(c.This, depth, StepElements, 0); {
		case n < 0:
			refuse(fmt.Sprintf("Array.prototype.flat of arrays nested over %d deep", maxWalkDepth))
		case n > StepElements:
			return call(flatFn, goja.Undefined(), c.This, rt.ToValue(depth))
		}
		return call(orig, c.This, c.Arguments...)
	}); err != nil {
		return err
	}
	if err := method(array, "from", func(orig goja.Callable, c goja.FunctionCall) goja.Value {
		if o, ok := c.Argument(0).(*goja.Object); ok && length(o) > StepElements {
			args := append([]goja.Value{like(o)}, c.Arguments[1:]...)
			return call(orig, c.This, args...)
		}
		return call(orig, c.This, c.Arguments...)
	}); err != nil {
		return err
	}
	// apply, Reflect.apply and Reflect.construct copy an array-like's
	// elements into a list they allocate first, at its length.
	spread := func(argAt int) func(orig goja.Callable, c goja.FunctionCall) goja.Value {
		return func(orig goja.Callable, c goja.FunctionCall) goja.Value {
			if o, ok := c.Argument(argAt).(*goja.Object); ok {
				if n := length(o); n > int64(e.limits.MaxElements) {
					refuse(fmt.Sprintf("arguments of %d elements, over %d", n, e.limits.MaxElements))
				} else if n > StepElements {
					args := slices.Clone(c.Arguments)
					args[argAt] = like(o)
					return call(orig, c.This, args...)
				}
			}
			return call(orig, c.This, c.Arguments...)
		}
	}
	reflect := at("Reflect")
	for _, m := range []struct {
		owner *goja.Object
		name  string
		arg   int
	}{{at("Function").Get("prototype").ToObject(rt), "apply", 1}, {reflect, "apply", 2}, {reflect, "construct", 1}} {
		if err := method(m.owner, m.name, spread(m.arg)); err != nil {
			return err
		}
	}
	return method(at("JSON"), "stringify", func(orig goja.Callable, c goja.FunctionCall) goja.Value {
		// A replacer function is JavaScript, called for each value:
		// already bounded. Otherwise the values are counted first.
		replacer := c.Argument(1)
		if _, isFunc := goja.AssertFunction(replacer); isFunc || jsonVisits(c.Argument(0), StepElements, 0) <= StepElements {
			return call(orig, c.This, c.Arguments...)
		}
		if !goja.IsUndefined(replacer) && !goja.IsNull(replacer) {
			refuse(fmt.Sprintf("JSON.stringify with a list of keys over more than %d values (the most one step may visit)", StepElements))
		}
		return call(stringifyFn, goja.Undefined(), sb.rawStringify, c.Argument(0), c.Argument(2))
	})
}

// jsonVisits counts the values JSON.stringify would visit in v, stopping
// past budget.
func jsonVisits(v goja.Value, budget int64, depth int) int64 {
	o, ok := v.(*goja.Object)
	if !ok {
		return 1
	}
	if depth > maxWalkDepth {
		return budget + 1
	}
	var n int64 = 1
	if o.ClassName() == "Array" {
		l := o.Get("length").ToInteger()
		if l > budget {
			return budget + 1
		}
		for i := int64(0); i < l && n <= budget; i++ {
			n += jsonVisits(o.Get(strconv.FormatInt(i, 10)), budget-n, depth+1)
		}
		return n
	}
	for _, k := range o.Keys() {
		if n > budget {
			break
		}
		n += jsonVisits(o.Get(k), budget-n, depth+1)
	}
	return n
}

// flatVisits counts the elements flat(depth) would visit in v, nested
// arrays included, stopping past budget; -1 for arrays nested past
// maxWalkDepth (a cycle, as a.push(a) makes), which flat would follow
// without end.
func flatVisits(v goja.Value, depth, budget int64, level int) int64 {
	o, ok := v.(*goja.Object)
	if !ok || o.ClassName() != "Array" {
		return 1
	}
	if level > maxWalkDepth {
		return -1
	}
	l := o.Get("length").ToInteger()
	if l > budget {
		return budget + 1
	}
	n := 1 + l
	if depth <= 0 {
		return n
	}
	for i := int64(0); i < l && n <= budget; i++ {
		k := flatVisits(o.Get(strconv.FormatInt(i, 10)), depth-1, budget-n, level+1)
		if k < 0 {
			return -1
		}
		n += k
	}
	return n
}
