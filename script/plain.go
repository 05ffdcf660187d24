package script

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// plainOf converts v to what JSON.parse(JSON.stringify(v)) gives, without
// the text in between, when v is made of primitives, arrays and plain
// objects only: a script's result and the arguments of tmpl and history
// are nearly always so, and the round trip through text cost as much as
// the rest of the script. ok is false for anything else (a Date, a class
// instance, a toJSON, a proxy, a boxed primitive, a cycle, something
// deeper than maxPlainDepth, more than limit bytes of JSON, a getter that
// throws); the caller then goes through JSON, which says what is wrong.
//
// Getters run, as JSON.stringify runs them, in the same order; when
// plainOf declines, those it ran run again on the way through JSON.
func (sb *sandbox) plainOf(v goja.Value, limit int) (out any, ok bool) {
	defer func() {
		// An interrupt is not a JS exception: Try passes it on. JSON
		// meets it again (the flag stays up) and reports it.
		if recover() != nil {
			out, ok = nil, false
		}
	}()
	budget := limit
	if ex := sb.rt.Try(func() {
		var skip bool
		out, skip, ok = sb.walk(v, 0, &budget)
		if skip {
			out = nil
		}
	}); ex != nil {
		return nil, false
	}
	return out, ok
}

// maxPlainDepth bounds the nesting plainOf follows; deeper goes through
// JSON, which also finds cycles.
const maxPlainDepth = 64

var (
	mapType   = reflect.TypeFor[map[string]any]()
	sliceType = reflect.TypeFor[[]any]()
)

// walk converts one value; skip reports a value JSON leaves out
// (undefined, a function, a symbol): dropped from an object, null in an
// array. budget counts down the bytes of JSON text, over-estimated.
func (sb *sandbox) walk(v goja.Value, depth int, budget *int) (val any, skip, ok bool) {
	if v == nil || goja.IsUndefined(v) {
		return nil, true, true
	}
	if goja.IsNull(v) {
		*budget -= 4
		return nil, false, *budget >= 0
	}
	o, isObject := v.(*goja.Object)
	if !isObject {
		if _, isSymbol := v.(*goja.Symbol); isSymbol {
			return nil, true, true
		}
		switch x := v.Export().(type) {
		case bool:
			*budget -= 5
			return x, false, *budget >= 0
		case int64:
			*budget -= 20
			return float64(x), false, *budget >= 0
		case float64:
			*budget -= 24
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return nil, false, *budget >= 0 // written null
			}
			if x == 0 {
				x = 0 // -0 is written 0
			}
			return x, false, *budget >= 0
		case string:
			*budget -= jsonStringLen(x)
			return x, false, *budget >= 0
		}
		return nil, false, false // a BigInt, which JSON refuses
	}
	if depth >= maxPlainDepth {
		return nil, false, false
	}
	if _, isFunction := goja.AssertFunction(o); isFunction {
		return nil, true, true
	}
	// The export type comes first: it tells a proxy without running its
	// traps, which Prototype and Get would.
	switch {
	case o.ClassName() == "Object" && o.ExportType() == mapType && o.Prototype() == sb.objectProto:
		if !missing(o.Get("toJSON")) {
			return nil, false, false
		}
		keys := o.Keys()
		m := make(map[string]any, len(keys))
		*budget -= 2
		for _, k := range keys {
			if strings.ContainsRune(k, utf8.RuneError) {
				// Maybe a lone surrogate, which Keys gives as U+FFFD: Get
				// would not find the property by that name.
				return nil, false, false
			}
			item, skip, ok := sb.walk(o.Get(k), depth+1, budget)
			if !ok {
				return nil, false, false
			}
			if skip {
				continue
			}
			*budget -= jsonStringLen(k) + 2
			if *budget < 0 {
				return nil, false, false
			}
			m[k] = item
		}
		return m, false, true
	case o.ClassName() == "Array" && o.ExportType() == sliceType && o.Prototype() == sb.arrayProto:
		if !missing(o.Get("toJSON")) {
			return nil, false, false
		}
		n := o.Get("length").ToInteger()
		if n < 0 || n > int64(*budget) { // at least a byte each
			return nil, false, false
		}
		list := make([]any, 0, min(n, 1024)) // a sparse array's length costs nothing
		*budget -= 2 + int(n)
		for i := range n {
			item, skip, ok := sb.walk(o.Get(strconv.FormatInt(i, 10)), depth+1, budget)
			if !ok || *budget < 0 {
				return nil, false, false
			}
			if skip {
				*budget -= 4
				item = nil
			}
			list = append(list, item)
		}
		return list, false, *budget >= 0
	}
	return nil, false, false
}

func missing(v goja.Value) bool { return v == nil || goja.IsUndefined(v) }

// jsonStringLen bounds the bytes of s written as a JSON string.
func jsonStringLen(s string) int {
	n := len(s) + 2
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20:
			n += 5 // \u00XX
		case c == '"' || c == '\\':
			n++
		case c == 0xef && strings.HasPrefix(s[i:], "\ufffd"):
			n += 3 // maybe a lone surrogate, which JSON writes \udXXX
		}
	}
	return n
}
