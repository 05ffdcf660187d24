package script

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/dop251/goja"
)

// viaJSON is what plainOf must equal: JSON.parse(JSON.stringify(v)) as Go
// data, or an error.
func viaJSON(sb *sandbox, v goja.Value) (any, error) {
	js, err := sb.stringify(goja.Undefined(), v)
	if err != nil {
		return nil, err
	}
	if goja.IsUndefined(js) {
		return nil, nil
	}
	var out any
	err = json.Unmarshal([]byte(js.String()), &out)
	return out, err
}

// TestPlainOf: for each value, plainOf either agrees with the round trip
// through JSON or declines (and JSON then decides); the common shapes take
// the fast way.
func TestPlainOf(t *testing.T) {
	e := NewEngine(Limits{})
	sb, err := e.get()
	if err != nil {
		t.Fatal(err)
	}
	defer e.put(sb)
	for _, c := range []struct {
		expr string
		fast bool // plainOf must take it
	}{
		{`1`, true}, {`-0`, true}, {`1.5e300`, true}, {`NaN`, true}, {`-Infinity`, true},
		{`"a\u0000b\"\\\n"`, true}, {`"\ud800 lone"`, true}, {`"é😀"`, true},
		{`true`, true}, {`null`, true}, {`undefined`, true},
		{`({a: 1, b: "x", c: [1, 2, {d: null}], e: {}})`, true},
		{`({a: undefined, f: function () {}, s: Symbol("x"), k: 1})`, true},
		{`[undefined, function () {}, Symbol("y"), 2]`, true},
		{`[1, , 3]`, true},
		{`[]`, true},
		{`({get x() { return 3 }, y: 2})`, true},
		{`(() => { const shared = {v: 1}; return {a: shared, b: shared} })()`, true},
		{`({"__proto__": 1})`, true},
		{`JSON.parse('{"__proto__": {"x": 1}}')`, true},
		{`({1: "a", 0: "b", z: 1})`, true},
		{`function () {}`, true},
		{`Symbol("top")`, true},
		// What only JSON decides.
		{`new Date(0)`, false},
		{`({toJSON() { return 5 }})`, false},
		{`({a: {toJSON() { return "t" }}})`, false},
		{`Object.create(null)`, false},
		{`new (class A { constructor() { this.x = 1 } })()`, false},
		{`new Number(3)`, false},
		{`new String("s")`, false},
		{`new Map([[1, 2]])`, false},
		{`/re/g`, false},
		{`new Error("e")`, false},
		{`(() => { const o = {}; o.o = o; return o })()`, false},
		{`({get x() { throw new Error("no") }})`, false},
		{`10n`, false},
		{`({b: 10n})`, false},
		{`new Proxy({a: 1}, {})`, false},
		{`new Proxy([1], {})`, false},
		{`(() => { let o = {}; for (let i = 0; i < 100; i++) o = {o}; return o })()`, false},
		{`"x".repeat(1 << 20)`, false},
		{`"x".repeat((1 << 20) - 100)`, true},
		{`(() => { const a = []; a.length = 1e6; return a })()`, false},
		{`(() => { const a = [1, 2]; a.extra = 3; return a })()`, true},
		{`Object.assign(Object.create({inherited: 1}), {own: 2})`, false},
		{`(function () { return arguments })(1, 2)`, false},
		{`(() => { const k = "ab😀".slice(0, 3); return {[k]: 1, n: 2} })()`, false},
		{`({s: "\ud800".repeat(200000)})`, false},
		{`(() => { const a = []; a.length = 1000; a[999] = 1; return a })()`, true},
	} {
		v, err := sb.rt.RunString("(" + c.expr + ")")
		if err != nil {
			t.Fatalf("%s: %v", c.expr, err)
		}
		want, wantErr := viaJSON(sb, v)
		got, ok := sb.plainOf(v, e.limits.MaxResult)
		if ok != c.fast {
			t.Errorf("%s: plainOf took it: %v, want %v", c.expr, ok, c.fast)
		}
		if !ok {
			continue
		}
		if wantErr != nil {
			t.Errorf("%s: plainOf gave %v where JSON fails: %v", c.expr, got, wantErr)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: plainOf %#v, JSON %#v", c.expr, got, want)
		}
	}
}
