package script

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"
)

func pathInput() (map[string]any, map[string]any) {
	var data map[string]any
	json.Unmarshal([]byte(`{"temp": 81, "humidity": 40, "device": "d1", "name": "pump",
		"list": [1, 2, 3], "obj": {"x": 1, "inner": {"y": 2}}, "n": 2.345, "s": "text"}`), &data)
	return map[string]any{"type": "sensor.reading", "id": "e1", "data": data}, data
}

// TestPathForm: a script gives the same result and the same error through
// its path form as through the plain program, and takes the path form only
// where the body allows it.
func TestPathForm(t *testing.T) {
	input := pathInput
	cases := pathCases

	e := NewEngine(Limits{})
	for _, c := range cases {
		p, err := e.Compile(c.body, "event", "data")
		if err != nil {
			t.Fatalf("%s: %v", c.body, err)
		}
		if (p.paths != nil) != c.paths {
			t.Errorf("%s: path form %v, want %v", c.body, p.paths != nil, c.paths)
		}
		plain := *p
		plain.paths = nil
		event, data := input()
		if p.paths != nil {
			taken := p.paths.resolve([]any{event, data}, make([]any, len(p.paths.paths)))
			if want := c.body == cases[0].body; want && !taken {
				t.Errorf("%s: the path form was not taken", c.body)
			}
			if c.body == `Object.assign(event.data, {temp: 1}); return data.temp;` && taken {
				t.Errorf("%s: the path form was taken over a changed object", c.body)
			}
		}
		got, gotErr := e.Run(t.Context(), p, 0, event, data)
		event, data = input()
		want, wantErr := e.Run(t.Context(), &plain, 0, event, data)
		if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Errorf("%s: error %v, plain %v", c.body, gotErr, wantErr)
		}
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		if string(g) != string(w) {
			t.Errorf("%s: %s, plain %s", c.body, g, w)
		}
	}
}

var pathCases = []struct {
	body  string
	paths bool // a path form is made
}{
	{`return data.temp > 80 && data.humidity < 70;`, true},
	{`return data.missing === undefined;`, true},
	{`return data.toString === Object.prototype.toString;`, true},
	{`return data.constructor === Object;`, true},
	{`return data.name.toUpperCase();`, true},
	{`return data.list.length + data.name.length;`, true},
	{`data.list.push(4); return event.data.list.length;`, true},
	{`Object.assign(event.data, {temp: 1}); return data.temp;`, true},
	{`Object.assign(data.obj, {x: 9}); return event.data.obj.x + data.obj.x;`, true},
	{`const o = data.obj; o.x = 7; return data.obj.x;`, true},
	{`data.obj["x"] = 2; return [event.data.obj.x, data.obj.x];`, false},
	{`return data.obj === event.data.obj;`, true},
	{`return data.list === event.data.list;`, true},
	{`return data.a.b.c;`, true},
	{`return data.s.b;`, true},
	{`return data.s.nope();`, true},
	{`return typeof data.nope + typeof data.temp;`, true},
	{"return `${data.device} is ${data.temp}`;", true},
	{`const ks = []; for (const k in data.obj) ks.push(k); return ks;`, true},
	{`return JSON.stringify(data.obj);`, true},
	{`return data.n.toFixed(1);`, true},
	{`return Object.keys(event.data);`, true},
	{`return data.__proto__ === Object.prototype;`, true},
	{"return data\n  .temp > 1 && [1].map(x => x + data.temp)[0];", true},
	{`if (data.temp > 80) { throw new Error("hot " + data.device); } return 1;`, true},
	{`return !data.temp, -data.temp, void data.temp;`, true},
	{`return data.obj.inner.y + data.obj.inner.y;`, true},
	{`const f = () => data.temp; return f();`, true},
	// Kept to the plain form.
	{`event.data.obj.x = 5; return data.obj.x;`, false},
	{`[data.temp] = [5]; return event.data.temp;`, false},
	{`({t: data.temp} = {t: 6}); return event.data.temp;`, false},
	{`delete data.temp; return event.data.temp;`, false},
	{`data.temp++; return event.data.temp;`, false},
	{`data.temp += 1; return event.data.temp;`, false},
	{`for (data.k in {a: 1}); return event.data.k;`, false},
	{`let d = data; return d.temp;`, false},
	{`return ((data) => data.temp)({temp: 3});`, false},
	{`function f(event) { return event.data; } return f({data: 4});`, false},
	{`return data?.temp;`, false},
	{`return data[("te" + "mp")];`, false},
	{`return arguments[1].temp;`, false},
	{`return {data}.data.temp;`, false},
	{`return data.length;`, false},
	{`const __cere_p0 = 1; return data.temp + __cere_p0;`, false},
	{`return data.fn();`, false},
	{`return d\u0061ta.temp;`, false},
	{`return data /* c */ .temp;`, false},
}

// FuzzPathForm: for any body, the path form and the plain program agree.
// Run it with go test -fuzz FuzzPathForm ./script.
func FuzzPathForm(f *testing.F) {
	for _, c := range pathCases {
		f.Add(c.body)
	}
	e := NewEngine(Limits{Deadline: 50 * time.Millisecond})
	f.Fuzz(func(t *testing.T, body string) {
		p, err := e.Compile(body, "event", "data")
		if err != nil || p.paths == nil {
			return
		}
		plain := *p
		plain.paths = nil
		event, data := pathInput()
		got, gotErr := e.Run(t.Context(), p, 0, event, data)
		event, data = pathInput()
		want, wantErr := e.Run(t.Context(), &plain, 0, event, data)
		if errors.Is(gotErr, ErrTimeout) || errors.Is(wantErr, ErrTimeout) || errors.Is(gotErr, ErrBlocked) || errors.Is(wantErr, ErrBlocked) {
			return
		}
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) || string(g) != string(w) {
			t.Fatalf("%q: %s %v, plain %s %v", body, g, gotErr, w, wantErr)
		}
	})
}

// TestObjectKeysOrdered: objects built from inputs list their keys in one
// order, so a script's result does not depend on Go's map order.
func TestObjectKeysOrdered(t *testing.T) {
	e := NewEngine(Limits{})
	data := map[string]any{}
	for _, k := range []string{"d", "b", "a", "e", "c", "g", "f", "h", "j", "i"} {
		data[k] = 1.0
	}
	for range 20 {
		got, err := run(t, e, `return Object.keys(data).join("");`, nil, data)
		if err != nil || got != "abcdefghij" {
			t.Fatalf("keys: %v %v", got, err)
		}
	}
}

// TestProtoKey: "__proto__" in input data is an own property, as JSON.parse
// makes it, in both forms: it does not become the object's prototype.
func TestProtoKey(t *testing.T) {
	e := NewEngine(Limits{})
	for _, c := range []struct{ data, body, want string }{
		{`{"__proto__": {"temp": 5}}`, `return data.temp === undefined;`, "true"},
		{`{"__proto__": 5}`, `return data.__proto__;`, "5"},
		{`{"__proto__": 5}`, `return Object.getPrototypeOf(data) === Object.prototype;`, "true"},
		{`{"__proto__": {"x": 1}}`, `return Object.keys(data).join();`, `"__proto__"`},
	} {
		p, err := e.Compile(c.body, "event", "data")
		if err != nil {
			t.Fatal(err)
		}
		plain := *p
		plain.paths = nil
		for _, prog := range []*Program{p, &plain} {
			var data map[string]any
			json.Unmarshal([]byte(c.data), &data)
			got, err := e.Run(t.Context(), prog, 0, map[string]any{"data": data}, data)
			b, _ := json.Marshal(got)
			if err != nil || string(b) != c.want {
				t.Errorf("%s on %s (path form %v): %s %v, want %s", c.body, c.data, prog.paths != nil, b, err, c.want)
			}
		}
	}
}

// TestSharedSlices: two lists over one array are two lists.
func TestSharedSlices(t *testing.T) {
	e := NewEngine(Limits{})
	backing := []any{1.0, 2.0, 3.0}
	got, err := run(t, e, `return [event.length, data.length];`, backing[:1], backing[:3])
	if b, _ := json.Marshal(got); err != nil || string(b) != "[1,3]" {
		t.Fatalf("%s %v", b, err)
	}
}
