package script

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"regexp"
	"testing"

	"github.com/dop251/goja"
)

// nativeExpressions are rule expressions: some with a native form, some
// without, and some whose native form answers only for some inputs.
var nativeExpressions = []string{
	"data.temp > 80", "data.temp >= 80.5", "data.temp < -5", "data.temp <= 0", "80 < data.temp",
	"data.temp == 80", "data.temp === 80", "data.temp != 80", "data.temp !== 80", "data.temp === -0",
	`data.name === "alpha"`, `data.name == 'beta'`, `data.name !== ""`, `data.name != "é"`, `data.name > "a"`,
	"data.flag", "!data.flag", "!!data.flag", "data.flag === true", "data.flag == false", "data.flag != true",
	"data.x === null", "data.x == null", "data.x !== null",
	`data.temp > 80 && data.name === "alpha"`, "data.temp > 80 || !data.flag", "!(data.temp > 80)",
	"data.nested.v > 1", "data.items.length > 1", `event.type === "sensor.reading" && data.temp > 50`,
	"data.temp > 80 && data.temp", "data.flag && data.temp > 80", "data.obj && data.temp > 1", "data.obj || data.flag",
	"data.temp", "data.a.b === data.c", "data.a.b === data.a", "data.temp > data.limit", "data.temp + 1 > 80",
	"data.nested.v > 1 && data.nested", "data.constructor === data.x", "data.temp > 80 ? true : false",
	// Mapping scripts: values built from chains and literals.
	"data.obj", "data.items", "data.nested", "{device: data.name, temp: data.temp}", "{a: 1, a: data.temp}",
	`{device: data.name, text: tmpl("Device {{device}} is at {{temp | fixed:1 | unit:°C}}, over {{limit}}", {device: data.name, temp: data.temp, limit: data.limit})}`,
	`tmpl("{{name | upper}} {{nested.v}} {{items}}", data)`, `tmpl("{{x}", {})`, `tmpl(data.name)`, `tmpl("plain")`,
	"`Device ${data.name} at ${data.temp}°C`", "`${data.flag}/${data.x}/${data.c}`", "`${data.obj}`", "`${data.items}`",
	"data.temp * 1.8 + 32", "data.temp - data.limit", "data.temp / 0", "data.temp % 7", "-data.temp", "-data.name",
	`data.name + "!"`, `"t=" + data.temp`, `data.flag + "x"`, "data.x + data.name", "data.temp + data.flag", "data.c + data.c",
	"[data.temp, data.name, null, 1, -0]", "{a: {b: data.nested}, c: [data.items, data.a]}", `data.temp > 80 ? "hot" : {cool: data.temp}`,
	"data.obj.constructor", "{c: data.obj.toString}", `tmpl("{{toString}}|{{constructor}}|{{a}}", data.obj)`,
	"{__proto__: data.obj}", `{["k"]: 1}`, "{a: data.missing}", "{1: data.temp}", "[1, , 2]", "{...data.obj}", "{ok: `é${data.name}`}",
}

// addresses are the pointers some of goja's messages print.
var addresses = regexp.MustCompile(`0x[0-9a-f]+`)

// TestNativeForm: every expression gives the same answer, or the same
// failure, with native forms and without, over inputs of every kind; and
// the expressions rules are mostly made of are answered natively.
func TestNativeForm(t *testing.T) {
	native, plain := NewEngine(Limits{}), NewEngine(Limits{})
	plain.noNative = true
	rng := rand.New(rand.NewPCG(5, 7))
	event := map[string]any{"type": "sensor.reading", "id": "e1"}
	var inputs []map[string]any
	for range 400 {
		inputs = append(inputs, randomFacts(rng))
	}
	answered := map[string]int{}
	for _, expr := range nativeExpressions {
		body := "return (" + expr + "\n);"
		pn, err := native.Compile(body, "event", "data")
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		pp, err := plain.Compile(body, "event", "data")
		if err != nil {
			t.Fatal(err)
		}
		for _, data := range inputs {
			before := native.nativeRuns.Load()
			got, gerr := native.Exec(t.Context(), pn, 0, event, data)
			want, werr := plain.Exec(t.Context(), pp, 0, event, data)
			if (gerr == nil) != (werr == nil) || (gerr != nil && addresses.ReplaceAllString(gerr.Error(), "0x") != addresses.ReplaceAllString(werr.Error(), "0x")) || !reflect.DeepEqual(got.Result, want.Result) {
				t.Fatalf("%s over %v: native %v (%v), JavaScript %v (%v)", expr, data, got.Result, gerr, want.Result, werr)
			}
			if native.nativeRuns.Load() > before {
				answered[expr]++
			}
		}
	}
	if plain.nativeRuns.Load() != 0 {
		t.Fatal("native forms ran with noNative")
	}
	for _, expr := range []string{"data.temp > 80", `data.name === "alpha"`, "!data.flag", `data.temp > 80 && data.name === "alpha"`} {
		if answered[expr] < len(inputs)/10 {
			t.Errorf("%s: answered natively %d times of %d", expr, answered[expr], len(inputs))
		}
	}
	for _, expr := range []string{"{device: data.name, temp: data.temp}", "`Device ${data.name} at ${data.temp}°C`", "data.temp * 1.8 + 32",
		`{device: data.name, text: tmpl("Device {{device}} is at {{temp | fixed:1 | unit:°C}}, over {{limit}}", {device: data.name, temp: data.temp, limit: data.limit})}`} {
		if answered[expr] < len(inputs)/20 {
			t.Errorf("%s: answered natively %d times of %d", expr, answered[expr], len(inputs))
		}
	}
	for _, expr := range []string{`data.name > "a"`, "data.items.length > 1", "data.a.b === data.a", `tmpl("{{x}", {})`, `tmpl(data.name)`,
		"{__proto__: data.obj}", `{["k"]: 1}`, "{a: data.missing}", "[1, , 2]", "{...data.obj}"} {
		if answered[expr] != 0 {
			t.Errorf("%s: has no native form, yet answered natively %d times", expr, answered[expr])
		}
	}
}

// TestNumberString: numbers are written as goja writes them, over random
// bit patterns, decimals of every magnitude and the edges of the plain
// notation.
func TestNumberString(t *testing.T) {
	rt := goja.New()
	rng := rand.New(rand.NewPCG(1, 2))
	nums := []float64{0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1), 1e21, 999999999999999900000, 1e-7, 1e-6, 1.5e-7,
		5e-324, math.MaxFloat64, 1 << 53, 1<<53 + 2, 0.1 + 0.2, 123.456, -42, 100}
	for range 200000 {
		nums = append(nums, math.Float64frombits(rng.Uint64()), rng.Float64()*math.Pow(10, float64(rng.IntN(60)-30)),
			float64(rng.Int64N(1<<60))*math.Pow(10, float64(rng.IntN(10)-5)))
	}
	for _, x := range nums {
		if got, want := numberString(x), rt.ToValue(x).String(); got != want {
			t.Fatalf("%v (%#x): %s, JavaScript %s", x, math.Float64bits(x), got, want)
		}
	}
}

// TestNativeCopies: a native form's result is a copy, not the input.
func TestNativeCopies(t *testing.T) {
	e := NewEngine(Limits{})
	p, err := e.Compile("return {o: data.obj, l: data.items};", "data")
	if err != nil {
		t.Fatal(err)
	}
	data := map[string]any{"obj": map[string]any{"k": 1.0}, "items": []any{1.0}}
	out, err := e.Exec(t.Context(), p, 0, data)
	if err != nil || e.nativeRuns.Load() != 1 {
		t.Fatalf("%v, %d native runs", err, e.nativeRuns.Load())
	}
	res := out.Result.(map[string]any)
	res["o"].(map[string]any)["k"] = 2.0
	res["l"].([]any)[0] = 2.0
	if data["obj"].(map[string]any)["k"] != 1.0 || data["items"].([]any)[0] != 1.0 {
		t.Fatalf("the result shares the input: %v", data)
	}
}

// randomFacts is event data with fields of every kind, or absent.
func randomFacts(rng *rand.Rand) map[string]any {
	pick := func(vals ...any) (any, bool) {
		i := rng.IntN(len(vals) + 1)
		if i == len(vals) {
			return nil, false // absent
		}
		return vals[i], true
	}
	m := map[string]any{}
	set := func(k string, vals ...any) {
		if v, ok := pick(vals...); ok {
			m[k] = v
		}
	}
	set("temp", 80.0, 80.5, 81.0, -5.0, -6.0, 0.0, math.Copysign(0, -1), 1e21, 1e-7, 0.1+0.2, 1<<53+1.0, 123.456, 5e-324, math.MaxFloat64,
		"85", "", true, nil, map[string]any{}, []any{1.0}, int64(84), "a\xffb")
	set("limit", 80.0, 100.0, "90", nil)
	set("name", "alpha", "beta", "", "é", "{{name}}", "x\U0001F600", 5.0, true, nil)
	set("flag", true, false, 0.0, 1.0, "x", "", nil, []any{})
	set("x", nil, 0.0, false, "")
	set("nested", map[string]any{"v": 2.0}, map[string]any{"v": "3"}, map[string]any{}, nil, "s")
	set("items", []any{}, []any{1.0, 2.0}, "abc")
	set("obj", map[string]any{"k": 1.0}, map[string]any{"toString": "x", "constructor": 1.0, "valueOf": nil, "__proto__": "p", "a": 1.0}, nil)
	set("a", map[string]any{"b": 1.0}, map[string]any{"b": "1"}, map[string]any{})
	set("c", 1.0, "1", nil)
	if rng.IntN(20) == 0 {
		m[fmt.Sprint("extra", rng.IntN(3))] = rng.Float64()
	}
	return m
}

// BenchmarkRuleExpression: a rule's expression with its native form and
// without.
func BenchmarkRuleExpression(b *testing.B) {
	for _, native := range []bool{true, false} {
		b.Run(fmt.Sprint("native=", native), func(b *testing.B) {
			e := NewEngine(Limits{})
			e.noNative = !native
			p, err := e.Compile("return (data.temp > 80\n);", "event", "data")
			if err != nil {
				b.Fatal(err)
			}
			event := map[string]any{"type": "sensor.reading", "data": map[string]any{"temp": 90.0}}
			for b.Loop() {
				out, err := e.Exec(b.Context(), p, 0, event, event["data"])
				if err != nil || out.Result != true {
					b.Fatal(out.Result, err)
				}
			}
		})
	}
}

// BenchmarkMappingScript: the sensor-anomaly example's script, which builds
// an alert with a template, with its native form and without.
func BenchmarkMappingScript(b *testing.B) {
	const body = `return {
  device: data.device,
  temp: data.temp,
  text: tmpl("Device {{device}} is at {{temp | fixed:1 | unit:°C}}, over {{limit}}", {device: data.device, temp: data.temp, limit: env.limit}),
};`
	for _, native := range []bool{true, false} {
		b.Run(fmt.Sprint("native=", native), func(b *testing.B) {
			e := NewEngine(Limits{})
			e.noNative = !native
			p, err := e.Compile(body, "event", "data", "output", "env")
			if err != nil {
				b.Fatal(err)
			}
			data := map[string]any{"device": "d1", "temp": 84.5}
			event := map[string]any{"type": "sensor.reading", "data": data}
			env := map[string]any{"limit": 80.0}
			for b.Loop() {
				out, err := e.Exec(b.Context(), p, 0, event, data, data, env)
				if err != nil || out.Result.(map[string]any)["text"] != "Device d1 is at 84.5°C, over 80" {
					b.Fatal(out.Result, err)
				}
			}
			if native != (e.nativeRuns.Load() > 0) {
				b.Fatalf("%d native runs", e.nativeRuns.Load())
			}
		})
	}
}
