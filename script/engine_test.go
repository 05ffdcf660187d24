package script

import (
	"context"
	"errors"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"
)

func run(t *testing.T, e *Engine, body string, args ...any) (any, error) {
	t.Helper()
	params := []string{"event", "data", "output", "env"}[:len(args)]
	p, err := e.Compile(body, params...)
	if err != nil {
		return nil, err
	}
	return e.Run(t.Context(), p, 0, args...)
}

func TestScriptResult(t *testing.T) {
	e := NewEngine(Limits{})
	got, err := run(t, e, `return {device: data.device, hot: data.temp > 80, n: [1, 2].map(x => x * 2)};`,
		map[string]any{"type": "sensor.reading"}, map[string]any{"device": "d1", "temp": 81})
	if err != nil {
		t.Fatal(err)
	}
	m := got.(map[string]any)
	if m["device"] != "d1" || m["hot"] != true || len(m["n"].([]any)) != 2 {
		t.Fatalf("result %v", got)
	}
	if _, err := run(t, e, "const a = 1;\nreturn a +* 2;"); !errors.Is(err, ErrCompile) || !strings.Contains(err.Error(), "line 2:") {
		t.Fatalf("syntax error: %v, want ErrCompile naming line 2", err)
	}
	if _, err := run(t, e, `throw new Error("boom")`); !errors.Is(err, ErrRuntime) || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("throw: %v", err)
	}
	if _, err := run(t, e, `throw new RangeError("memory: fake")`); !errors.Is(err, ErrRuntime) || errors.Is(err, ErrMemory) {
		t.Fatalf("a script's own RangeError: %v, want ErrRuntime, not ErrMemory", err)
	}
}

// TestDeadline: an endless loop stops within the deadline plus 50 ms with a
// timeout error, a promise job too, and the next evaluation works.
func TestDeadline(t *testing.T) {
	e := NewEngine(Limits{Deadline: 100 * time.Millisecond})
	for _, body := range []string{
		`while (true) {}`,
		`Promise.resolve().then(() => { while (true) {} }); return 1;`,
		`for (;;) { try { while (true) {} } catch (e) {} }`,
		// The result's getter runs as it is read, after the body returned.
		`return {get x() { while (true) {} }}`,
		`return {a: 1, b: [{get c() { while (true) {} }}]}`,
		`return tmpl("{{x}}", {get x() { while (true) {} }})`,
	} {
		// The best of three, so that a busy machine's pause is not taken
		// for a slow interrupt; a loop that is not interrupted fails all three.
		best := time.Hour
		for range 3 {
			start := time.Now()
			_, err := run(t, e, body)
			best = min(best, time.Since(start))
			if !errors.Is(err, ErrTimeout) {
				t.Fatalf("%s: err = %v, want ErrTimeout", body, err)
			}
		}
		if best > 150*time.Millisecond {
			t.Fatalf("%s: stopped after %s at best, want under deadline + 50 ms", body, best)
		}
		if got, err := run(t, e, `return 1 + 1;`); err != nil || got != 2.0 {
			t.Fatalf("after a timeout: %v %v", got, err)
		}
	}
}

// TestNoHostObjects: the ways out of a sandbox that people try reach only
// the frozen global object, which holds nothing of the host.
func TestNoHostObjects(t *testing.T) {
	e := NewEngine(Limits{})
	for _, body := range []string{
		`return Object.getOwnPropertyNames(this.constructor.constructor("return this")())`,
		`return Object.getOwnPropertyNames(Function("return this")())`,
		`return Object.getOwnPropertyNames((() => {}).constructor("return globalThis")())`,
		`return Object.getOwnPropertyNames((async function(){}).constructor.constructor("return this")())`,
		`return Object.getOwnPropertyNames(data.constructor.constructor("return this")())`,
	} {
		got, err := run(t, e, body, nil, map[string]any{"x": 1})
		if err != nil {
			continue // a way that fails is a way that is closed
		}
		for _, name := range got.([]any) {
			switch name.(string) {
			case "require", "process", "os", "console", "fetch", "ArrayBuffer", "WeakRef":
				t.Fatalf("%s: the global object has %s", body, name)
			}
		}
	}
	for _, body := range []string{`return typeof require`, `return typeof process`, `return typeof Uint8Array`} {
		if got, err := run(t, e, body); err != nil || got != "undefined" {
			t.Fatalf("%s: %v %v", body, got, err)
		}
	}
}

// TestNoPollution: what one evaluation changes, the next does not see.
func TestNoPollution(t *testing.T) {
	e := NewEngine(Limits{})
	for _, body := range []string{
		`Object.prototype.polluted = 1;`,
		`Array.prototype.push = function () { return 'pwned'; };`,
		`globalThis.leak = 1;`,
		`JSON.parse = () => ({});`,
		`Object.getPrototypeOf(function*(){}).prototype.next = 1;`,
		`Object.defineProperty(Object.prototype, 'x', {get() { return 1; }});`,
		"return 1\n}); let leak = 1; (function() { return 2",
		"return 1\n}); const JSON = {parse: () => ({})}; (function() {",
	} {
		if _, err := run(t, e, body); err == nil {
			t.Errorf("%s: allowed", body)
		}
		got, err := run(t, e, `const a = []; a.push(1); return [({}).polluted, typeof leak, a.length, JSON.parse('{"k":1}').k, ({}).x];`)
		if err != nil {
			t.Fatal(err)
		}
		if s := strings.Join(strings.Fields(fmtAny(got)), ""); s != "[<nil>undefined11<nil>]" {
			t.Fatalf("after %q the next evaluation sees %s", body, s)
		}
	}
}

func fmtAny(v any) string {
	if l, ok := v.([]any); ok {
		parts := make([]string, len(l))
		for i, x := range l {
			parts[i] = fmtAny(x)
		}
		return "[" + strings.Join(parts, " ") + "]"
	}
	switch x := v.(type) {
	case nil:
		return "<nil>"
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		return x
	}
	return "?"
}

func rss(t *testing.T) (current, peak uint64) {
	t.Helper()
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status")
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseUint(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			current = kb << 10
		case "VmHWM:":
			peak = kb << 10
		}
	}
	return current, peak
}

var errMemoryOrTimeout = errors.New("ErrMemory or ErrTimeout")

// TestAllocationBombs: allocation bombs stop with a memory error while the
// process grows by under 256 MiB; deep recursion stops with a stack error;
// a huge result is refused; the sandbox works afterwards.
func TestAllocationBombs(t *testing.T) {
	e := NewEngine(Limits{Deadline: 5 * time.Second})
	for _, tc := range []struct {
		body string
		want error
	}{
		{`new Array(1e9).fill(0)`, ErrMemory},
		{`let s = 'x'; while (true) s = s + s;`, ErrMemory},
		{`'x'.repeat(1e9)`, ErrMemory},
		{`''.padStart(1e9)`, ErrMemory},
		{`const a = []; a.length = 1e9; return a.join('x')`, ErrMemory},
		{`Array.from({length: 1e9})`, ErrMemory},
		{`const a = []; while (true) a.push({k: 'some value'});`, ErrMemory},
		{`let o = {}; for (let i = 0; ; i++) o['k' + i] = i;`, ErrMemory},
		{`function f() { return f() + 1; } return f();`, ErrStack},
		{`return 'x'.repeat(2 * 1024 * 1024);`, ErrTooLarge},
		{`return new Uint8Array(1e9)`, ErrRuntime},
		{`const s = 'x'.repeat(4e6); return Array(64).fill(s).join('')`, ErrMemory},
		{`const s = 'x'.repeat(4e6); return JSON.stringify(Array(64).fill(s))`, ErrMemory},
		{`let o = [1]; for (let i = 0; i < 24; i++) o = [o, o]; return JSON.stringify(o)`, ErrMemory},
		// Past StepElements flat runs in JavaScript steps, at the
		// interpreter's pace: its count or the deadline stops it.
		{`let o = [1]; for (let i = 0; i < 24; i++) o = [o, o]; return o.flat(Infinity).length`, errMemoryOrTimeout},
		{`const a = []; a.push(a); return a.flat(Infinity)`, ErrMemory},
		{`const a = Array(3e5).fill(1); return a.concat(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a).length`, ErrMemory},
		{`return 'ab'.repeat(2e6).replaceAll('a', 'x'.repeat(32)).length`, ErrMemory},
		{`return 'x'.repeat(4e6).split('').length`, ErrMemory},
	} {
		// Measure each bomb alone: collect what the last one left, and reset
		// the peak RSS (writing 5 to clear_refs does that on Linux).
		runtime.GC()
		debug.FreeOSMemory()
		_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
		before, _ := rss(t)
		start := time.Now()
		_, err := run(t, e, tc.body)
		if !errors.Is(err, tc.want) && (tc.want != errMemoryOrTimeout || !errors.Is(err, ErrMemory) && !errors.Is(err, ErrTimeout)) {
			t.Fatalf("%s: err = %v, want %v", tc.body, err, tc.want)
		}
		_, peak := rss(t)
		t.Logf("%-60s %-45v %6s peak RSS +%d MiB", tc.body, err, time.Since(start).Round(time.Millisecond), (int64(peak)-int64(before))>>20)
		if peak > before+256<<20 {
			t.Fatalf("%s: peak RSS grew by %d MiB, over 256", tc.body, (peak-before)>>20)
		}
		if got, err := run(t, e, `return 2 * 21;`); err != nil || got != 42.0 {
			t.Fatalf("after %s: %v %v", tc.body, got, err)
		}
	}
}

func TestLimitsOnSizes(t *testing.T) {
	e := NewEngine(Limits{MaxSource: 100, MaxInput: 100})
	if _, err := e.Compile(strings.Repeat(" ", 101)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("source over the cap: %v", err)
	}
	if _, err := run(t, e, `return 1`, strings.Repeat("x", 200)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("input over the cap: %v", err)
	}
}

// TestBlocking: three consecutive timeouts block a script for a minute;
// other scripts run meanwhile; after the minute it runs again.
func TestBlocking(t *testing.T) {
	e := NewEngine(Limits{Deadline: 20 * time.Millisecond})
	now := time.Now()
	e.clock = func() time.Time { return now }
	blocked := make(chan string, 4)
	e.OnBlock = func(hash string, _ time.Time) { blocked <- hash }
	p, err := e.Compile(`if (data.spin) { while (true) {} } return 1;`, "data")
	if err != nil {
		t.Fatal(err)
	}
	spin := map[string]any{"spin": true}
	for i := range BlockAfter {
		if _, err := e.Run(context.Background(), p, 0, spin); !errors.Is(err, ErrTimeout) {
			t.Fatalf("run %d: %v", i, err)
		}
	}
	if _, err := e.Run(context.Background(), p, 0, map[string]any{}); !errors.Is(err, ErrBlocked) {
		t.Fatalf("after %d timeouts: %v, want ErrBlocked", BlockAfter, err)
	}
	select {
	case h := <-blocked:
		if h != p.Hash {
			t.Fatalf("OnBlock heard of %s, want %s", h, p.Hash)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the block was not reported")
	}
	if got, err := run(t, e, `return 'other';`); err != nil || got != "other" {
		t.Fatalf("another script: %v %v", got, err)
	}
	now = now.Add(BlockFor + time.Second)
	if got, err := e.Run(context.Background(), p, 0, map[string]any{}); err != nil || got != 1.0 {
		t.Fatalf("after the block: %v %v", got, err)
	}
	// Compile errors count too.
	for range BlockAfter {
		e.Compile(`return (`)
	}
	if _, err := e.Compile(`return (`); !errors.Is(err, ErrBlocked) {
		t.Fatalf("after %d compile errors: %v", BlockAfter, err)
	}
}

func BenchmarkWarmJSRule(b *testing.B) {
	e := NewEngine(Limits{})
	p, err := e.Compile(`return data.temp > 80 && data.humidity < 70;`, "data")
	if err != nil {
		b.Fatal(err)
	}
	data := map[string]any{"temp": 81, "humidity": 40}
	for b.Loop() {
		if _, err := e.Run(context.Background(), p, 0, data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSharedInputs: the event's data and data are one object, as the caller
// passed one value; a parameter the body never names is not built.
func TestSharedInputs(t *testing.T) {
	e := NewEngine(Limits{})
	data := map[string]any{"temp": 81.0}
	event := map[string]any{"type": "sensor.reading", "data": data}
	if got, err := run(t, e, `data.seen = true; return event.data === data && event.data.seen;`, event, data); err != nil || got != true {
		t.Fatalf("event.data === data: %v %v", got, err)
	}
	if _, ok := data["seen"]; ok {
		t.Fatal("a script's write reached the caller's map")
	}
	if got, err := run(t, e, `return typeof event;`, event); err != nil || got != "object" {
		t.Fatalf("named parameter: %v %v", got, err)
	}
	if got, err := run(t, e, `return arguments[0].type;`, event); err != nil || got != "sensor.reading" {
		t.Fatalf("through arguments: %v %v", got, err)
	}
}

// TestBacktrackingRegexp: a regular expression RE2 cannot run (here a
// lookahead) backtracks on regexp2; one match stops after RegexpTimeout and
// the evaluation, past its deadline, ends as a timeout. Such expressions
// still work where they do not run away.
func TestBacktrackingRegexp(t *testing.T) {
	e := NewEngine(Limits{})
	start := time.Now()
	_, err := run(t, e, `return /^(a+)+(?=b)/.test("a".repeat(40) + "c");`, nil)
	if took := time.Since(start); !errors.Is(err, ErrTimeout) || took > e.limits.Deadline+time.Second {
		t.Fatalf("runaway match: %v after %s", err, took)
	}
	if got, err := run(t, e, `return "price: 30 EUR".match(/\d+(?= EUR)/)[0] + /(\w)\1/.test("book");`, nil); err != nil || got != "30true" {
		t.Fatalf("lookahead and backreference: %v %v", got, err)
	}
}
