package script

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// TestHostileBuiltins: a built-in that loops in Go over an array-like
// (indexOf over {length: 2**53} never returned) stops at the deadline, or
// is refused for its size, and the next evaluation works. The overrun past
// the deadline is logged; the assertion is generous, for a loaded machine.
func TestHostileBuiltins(t *testing.T) {
	const deadline = 200 * time.Millisecond
	e := NewEngine(Limits{Deadline: deadline})
	like := `const o = {length: 2 ** 53}; `
	sparse := `const a = []; a.length = 4e6; `
	numbers := `const a = []; for (let i = 0; i < 1e6; i++) a.push((i * 7919) % 1000003); `
	var worst time.Duration
	for _, body := range []string{
		like + `return [].indexOf.call(o, 1)`,
		like + `return [].lastIndexOf.call(o, 1)`,
		like + `return [].includes.call(o, 1)`,
		like + `return [].reverse.call(o)`,
		like + `return [].sort.call(o)`,
		like + `return [].copyWithin.call(o, 0, 1)`,
		like + `return [].find.call(o, x => x === 1)`,
		like + `return [].findIndex.call(o, x => x === 1)`,
		like + `return [].findLast.call(o, x => x === 1)`,
		like + `return [].findLastIndex.call(o, x => x === 1)`,
		like + `return [].every.call(o, x => false)`,
		like + `return [].some.call(o, x => true)`,
		like + `return [].forEach.call(o, x => x)`,
		like + `return [].map.call({length: 4e6}, x => x).length`,
		like + `return [].filter.call(o, x => x)`,
		like + `return [].reduce.call(o, (a, x) => a + x, 0)`,
		like + `return [].reduceRight.call(o, (a, x) => a + x, 0)`,
		like + `return [].fill.call(o, 1)`,
		like + `return [].join.call(o)`,
		like + `return [].shift.call(o)`,
		like + `return [].toLocaleString.call({length: 4e6})`,
		like + `return Array.from(o)`,
		like + `return Math.max.apply(null, o)`,
		like + `return Reflect.apply(Math.max, null, {length: 4e6})`,
		like + `return [].flatMap.call({length: 4e6}, x => x)`,
		like + `return String([].concat.call(o, [1]))`,
		sparse + `return a.indexOf(1)`,
		sparse + `return a.includes(1)`,
		sparse + `return a.lastIndexOf(1)`,
		sparse + `return a.reverse().length`,
		sparse + `return a.join().length`,
		sparse + `return a.slice().length`,
		sparse + `return a.toReversed().length`,
		sparse + `return JSON.stringify(a).length`,
		sparse + `return a.flat().length`,
		numbers + `return a.sort()[0]`,
		numbers + `return a.toSorted()[0]`,
		numbers + `return a.join().length + JSON.stringify(a).length`,
		`return /^(a+)+(?=b)/.test("a".repeat(40) + "c")`,
		`return "a".repeat(40).replace(/^(a+)+(?=b)/, "x")`,
	} {
		start := time.Now()
		_, err := run(t, e, body)
		took := time.Since(start)
		if err == nil {
			t.Fatalf("%s: returned, want it stopped", body)
		}
		if !errors.Is(err, ErrTimeout) && !errors.Is(err, ErrMemory) && !errors.Is(err, ErrRuntime) {
			t.Fatalf("%s: err = %v", body, err)
		}
		t.Logf("%-70.70s %-50.50v %s", body, err, took.Round(time.Millisecond))
		worst = max(worst, took-deadline)
		if took > deadline+time.Second {
			t.Fatalf("%s: stopped after %s, want about the deadline (%s)", body, took, deadline)
		}
		if got, err := run(t, e, `return 2 * 21;`); err != nil || got != 42.0 {
			t.Fatalf("after %s: %v %v", body, got, err)
		}
	}
	t.Logf("the most past the deadline: %s", worst.Round(time.Millisecond))
	if _, err := run(t, e, like+`return [].indexOf.call(o, 1)`); !errors.Is(err, ErrTimeout) {
		t.Fatalf("indexOf over {length: 2**53}: %v, want ErrTimeout", err)
	}
}

// stepPrelude makes arrays and array-likes past StepElements; each of
// stepProbes is an object literal's members that use them, so that the
// bounded forms can be compared with goja's own.
const stepPrelude = `
const n = 32768 + 37;
const a = []; for (let i = 0; i < n; i++) a.push((i * 7919) % 50021);
const o = {length: n}; for (let i = 0; i < n; i += 3) o[i] = i % 101;
const s = []; s.length = n; s[5] = 'x'; s[n - 2] = 'y';
const sum = x => { let t = 0; for (let i = 0; i < x.length; i++) t = (t * 31 + (typeof x[i] === 'number' ? x[i] : String(x[i]).length)) % 1000003; return [x.length, t]; };
`

var stepProbes = []string{
	`indexOf: [a.indexOf(7919), a.indexOf(-1), [].indexOf.call(o, 100), s.indexOf('y')]`,
	`lastIndexOf: [a.lastIndexOf(7919), [].lastIndexOf.call(o, 5), s.lastIndexOf(undefined)]`,
	`includes: [a.includes(7919), [].includes.call(o, undefined), s.includes(undefined)]`,
	`find: [a.find(x => x > 50000), a.findIndex(x => x > 50000), a.findLast(x => x < 3), a.findLastIndex(x => x < 3)]`,
	`every: [a.every(x => x >= 0), a.some(x => x === 50020), [].every.call(o, x => x < 101)]`,
	`map: sum(a.map(x => x * 2)), filter: sum(a.filter(x => x % 2)), flatMap: sum(a.flatMap(x => [x, 1]))`,
	`reduce: [a.reduce((t, x) => (t + x) % 1000003, 0), a.reduceRight((t, x) => (t * 3 + x) % 1000003), [].reduce.call(o, (t, x) => t + x)]`,
	`forEach: (() => { let c = 0; [].forEach.call(o, () => c++); return c; })()`,
	`sort: sum(a.slice().sort())`,
	`sortLike: (() => { const l = {length: n, 0: 'b', 7: undefined, 9: 'a'}; [].sort.call(l); return [l[0], l[1], l[2], 2 in l]; })()`,
	`reverse: sum(a.slice().reverse()), toReversed: sum(a.toReversed()), reverseSame: (() => { const b = a.slice(); return b.reverse() === b; })()`,
	`fill: sum(a.slice().fill(3, 10, 20000)), copyWithin: sum(a.slice().copyWithin(5, 100, 30000))`,
	`slice: sum(a.slice(100, 33000)), splice: (() => { const b = a.slice(); const r = b.splice(10, 20000, 1, 2); return [sum(b), sum(r)]; })()`,
	`toSpliced: sum(a.toSpliced(10, 3, 'q')), with: sum(a.with(5, 'w'))`,
	`shift: (() => { const b = a.slice(); return [b.shift(), sum(b)]; })(), unshift: (() => { const b = a.slice(); return [b.unshift(1, 2), sum(b)]; })()`,
	`concat: sum(a.concat([1, 2], 3, a)), join: a.join('-').length + ':' + [].join.call(o).length + ':' + s.join().length, toString: String(a).length`,
	`flat: sum(a.map(x => [x, [x]]).flat())`,
	`from: [sum(Array.from(o)), sum(Array.from(a, x => x + 1))]`,
	`apply: [Math.max.apply(null, a), Reflect.apply(Math.min, null, a)]`,
	`json: JSON.stringify(a.map(x => ({v: x, s: 'k' + x}))).length + ':' + JSON.stringify(s).length + ':' + JSON.stringify(a.slice(0, 3), null, 2)`,
}

// TestStepsKeepResults: past StepElements the built-ins run in steps, and
// give what goja's own give.
func TestStepsKeepResults(t *testing.T) {
	e := NewEngine(Limits{Deadline: 10 * time.Second, MaxHeapGrowth: 1 << 30})
	rt := goja.New()
	for _, probe := range stepProbes {
		src := stepPrelude + "return JSON.stringify({" + probe + "});"
		start := time.Now()
		got, err := run(t, e, src)
		if err != nil {
			t.Fatalf("%.60s: %v", probe, err)
		}
		took := time.Since(start)
		want, err := rt.RunString("(function () {" + src + "})()")
		if err != nil {
			t.Fatal(err)
		}
		if got != want.String() {
			t.Errorf("%s:\n got %.300s\nwant %.300s", probe, got, want)
		}
		t.Logf("%-60.60s %s", probe, took.Round(time.Millisecond))
	}
}

// TestMemoryOnABusyNode: while another goroutine makes garbage and holds a
// large, changing heap (as the node's chain does), a loop and a script
// that makes only garbage run to the end; a script that holds 100 MiB is
// stopped for memory. Before, the watchdog measured the heap in use by the
// whole process and stopped the first two.
func TestMemoryOnABusyNode(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		held := make([][]byte, 64) // 64 MiB held, each MiB replaced in turn
		for i := 0; ctx.Err() == nil; i++ {
			held[i%len(held)] = make([]byte, 1<<20)
			for range 16 {
				_ = append([]byte(nil), make([]byte, 64<<10)...) // garbage
			}
			if i%64 == 0 {
				runtime.Gosched()
			}
		}
	}()
	defer wg.Wait()
	defer cancel()

	e := NewEngine(Limits{Deadline: 10 * time.Second})
	for _, tc := range []struct {
		body string
		want any
	}{
		{`let s = 0; for (let i = 0; i < 3e6; i++) s += i % 7; return s`, 8999994.0},
		{`let s = 0; for (let i = 0; i < 3e5; i++) { const o = {a: i, b: [i, i + 1], c: "x" + i}; s += o.b[1] - o.a }; return s`, 3e5},
	} {
		for range 3 {
			got, err := run(t, e, tc.body)
			if err != nil || got != tc.want {
				t.Fatalf("%s: %v %v, want %v", tc.body, got, err, tc.want)
			}
		}
	}
	start := time.Now()
	_, err := run(t, e, `const a = []; for (let i = 0; i < 2e6; i++) a.push("x".repeat(64) + i); return a.length`)
	if !errors.Is(err, ErrMemory) {
		t.Fatalf("a script holding over 100 MiB: %v, want ErrMemory", err)
	}
	t.Logf("held memory stopped after %s: %v", time.Since(start).Round(time.Millisecond), err)
}

// TestRegexpTimeoutIsAnError: a regular expression that runs away ends the
// evaluation as a timeout naming it, long before the deadline, never as no
// match (which would change a rule's decision).
func TestRegexpTimeoutIsAnError(t *testing.T) {
	e := NewEngine(Limits{Deadline: 5 * time.Second})
	for _, body := range []string{
		`return /^(a+)+(?=b)/.test("a".repeat(40) + "c")`,
		`try { return /^(a+)+(?=b)/.exec("a".repeat(40) + "c") === null } catch (e) { return "caught" }`,
		`return "a".repeat(40).search(/^(a+)+(?=b)/)`,
	} {
		start := time.Now()
		got, err := run(t, e, body)
		if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "regular expression") {
			t.Fatalf("%s: %v %v, want ErrTimeout naming the regular expression", body, got, err)
		}
		took := time.Since(start)
		t.Logf("%-70.70s %s", body, took.Round(time.Millisecond))
		if took > RegexpTimeout+time.Second {
			t.Fatalf("%s: stopped after %s", body, took)
		}
	}
}
