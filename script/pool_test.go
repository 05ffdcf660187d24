package script

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestMain makes the test binary a worker process when the pool starts it
// (CERE_SCRIPT_WORKER=1), as `cere script-worker` is for the node.
func TestMain(m *testing.M) {
	ServeIfWorker()
	os.Exit(m.Run())
}

// testWorkers gives e a pool of workers that are this test binary.
func testWorkers(t testing.TB, e *Engine, cfg WorkerConfig) *Workers {
	t.Helper()
	cfg.Command = []string{os.Args[0]}
	if raceEnabled {
		cfg.Memory = 1 << 60
	}
	cfg.Env = append(cfg.Env, "CERE_SCRIPT_WORKER=1")
	ws := e.UseWorkers(context.Background(), cfg)
	t.Cleanup(func() { ws.Close() })
	return ws
}

// isolated compiles body isolated, of as many of the workflow parameters
// as args.
func isolated(t testing.TB, e *Engine, body string, nargs int) *Program {
	t.Helper()
	p, err := e.Compile(body, []string{"event", "data", "output", "env"}[:nargs]...)
	if err != nil {
		t.Fatal(err)
	}
	return e.Isolate(p)
}

// hostileNative are scripts whose time goes in one native step of goja's
// or Go's, which no interrupt reaches: each builds its input in 1 to 110
// ms, then that step runs on. In process under a 200 ms deadline they
// returned 62 ms (Object.keys) to 18 s (Array.from) past it on the loaded
// 2-core machine this was written on.
var hostileNative = []struct{ name, body string }{
	{"split", `const s = "a,".repeat(2e6); return s.split(",").length`},
	{"Object.keys", `return Object.keys("a".repeat(1e6)).length`},
	{"Object.values", `return Object.values("a".repeat(1e6)).length`},
	{"Object.entries", `return Object.entries("a".repeat(5e5)).length`},
	{"Object.assign", `return Object.assign({}, "a".repeat(1e6)) === null`},
	{"object spread", `return ({..."a".repeat(1e6)}) === null`},
	{"spread", `return [..."a".repeat(4e6)].length`},
	{"Array.from", `return Array.from("a".repeat(4e6)).length`},
	{"Set", `return new Set("a".repeat(4e6)).size`},
	{"regexp", `const s = "a".repeat(2e6); return /(?:a|b){0,20}c/.test(s)`},
	{"JSON.parse", `const s = "[" + "1,".repeat(2e6) + "1]"; return JSON.parse(s).length`},
}

// TestIsolatedHostileNative: each long native step, run isolated under a
// 200 ms deadline, ends with ErrTimeout naming the deadline, and its worker
// is killed at the grace (15 ms) past the deadline and gone within 50 ms of
// it; the assertion leaves room for a loaded 2-core machine.
func TestIsolatedHostileNative(t *testing.T) {
	if raceEnabled {
		t.Skip("timings under the race detector")
	}
	const deadline = 200 * time.Millisecond
	e := NewEngine(Limits{Deadline: deadline})
	ws := testWorkers(t, e, WorkerConfig{Size: 1})
	warm := isolated(t, e, `return 2 * 21`, 0)
	var worst time.Duration
	for _, c := range hostileNative {
		t.Run(c.name, func(t *testing.T) {
			// A started, idle worker: the measure is of the script.
			if got, err := e.Run(t.Context(), warm, 0); err != nil || got != 42.0 {
				t.Fatalf("before: %v %v", got, err)
			}
			p := isolated(t, e, c.body, 0)
			start := time.Now()
			_, err := e.Run(t.Context(), p, deadline)
			took := time.Since(start)
			held, killed := time.Duration(ws.held.Load()), time.Duration(ws.killedAfter.Load())
			if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), deadline.String()) {
				t.Fatalf("err = %v, want ErrTimeout naming %s", err, deadline)
			}
			t.Logf("%v: held its worker %s, %s past the deadline (killed at %s; call %s)", err, held.Round(time.Millisecond), (held - deadline).Round(time.Millisecond), killed.Round(time.Millisecond), took.Round(time.Millisecond))
			worst = max(worst, held-deadline)
			if held > deadline+300*time.Millisecond || took > deadline+300*time.Millisecond {
				t.Fatalf("held %s, returned after %s: want within the deadline (%s) and the grace", held, took, deadline)
			}
		})
	}
	t.Logf("the most past the deadline: %s", worst.Round(time.Millisecond))
}

// TestIsolatedMemory: a script that holds more than it may fails with
// ErrMemory, whether its worker's watchdog stops it or the worker runs out
// of its data limit and dies, and the pool goes on.
func TestIsolatedMemory(t *testing.T) {
	if raceEnabled {
		t.Skip("no data limit under the race detector")
	}
	e := NewEngine(Limits{Deadline: 5 * time.Second})
	testWorkers(t, e, WorkerConfig{Size: 1, Memory: 256 << 20})
	for _, body := range []string{
		// Held, a megabyte at a time: the watchdog's.
		`const a = []; for (;;) a.push("x".repeat(1 << 20) + a.length); return a.length`,
		// Held in big native steps, past the worker's 256 MiB before the
		// watchdog sees it: the worker dies.
		`const a = []; for (let i = 0; i < 64; i++) a.push("abcd".repeat(1e6).split("")); return a.length`,
	} {
		p := isolated(t, e, body, 0)
		start := time.Now()
		_, err := e.Run(t.Context(), p, 0)
		t.Logf("%.50s: %v after %s", body, err, time.Since(start).Round(time.Millisecond))
		if !errors.Is(err, ErrMemory) {
			t.Fatalf("%s: err = %v, want ErrMemory", body, err)
		}
		if got, err := e.Run(t.Context(), isolated(t, e, `return 6 * 7`, 0), 0); err != nil || got != 42.0 {
			t.Fatalf("after: %v %v", got, err)
		}
	}
	// Garbage is not held: a loop that makes a lot of it passes.
	p := isolated(t, e, `let s = 0; for (let i = 0; i < 3e5; i++) { const o = {a: i, b: [i, i + 1], c: "x" + i}; s += o.b[1] - o.a } return s`, 0)
	if got, err := e.Run(t.Context(), p, 0); err != nil || got != 3e5 {
		t.Fatalf("garbage: %v %v", got, err)
	}
}

// queryHost answers history queries from a table, counting them.
type queryHost struct {
	answers map[string]any
	asked   []any
}

func (h *queryHost) Query(_ context.Context, name string, arg any) (any, error) {
	h.asked = append(h.asked, arg)
	v, ok := h.answers[name]
	if !ok {
		return nil, errors.New("no such query")
	}
	return v, nil
}

// TestIsolatedQuery: a script's history queries cross to the node and
// back, their errors too, and numbers JSON cannot write.
func TestIsolatedQuery(t *testing.T) {
	e := NewEngine(Limits{})
	testWorkers(t, e, WorkerConfig{})
	host := &queryHost{answers: map[string]any{"history.count": 7.0, "history.min": math.Inf(1)}}
	p := isolated(t, e, `
		const n = history.count({type: data.type, where: {device: "$data.device"}});
		let failed = "";
		try { history.sum({type: "x"}) } catch (e) { failed = e.message }
		emit("counted", {n});
		return {n, min: history.min({type: "x"}) === Infinity, failed}`, 2)
	out, err := e.ExecWith(t.Context(), p, 0, host, map[string]any{"type": "e"}, map[string]any{"type": "t.x", "device": "d1"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"n": 7.0, "min": true, "failed": "history.sum: no such query"}
	if !reflect.DeepEqual(out.Result, want) {
		t.Fatalf("result %v, want %v", out.Result, want)
	}
	if len(out.Emitted) != 1 || out.Emitted[0].Type != "counted" || !reflect.DeepEqual(out.Emitted[0].Data, map[string]any{"n": 7.0}) {
		t.Fatalf("emitted %v", out.Emitted)
	}
	if len(host.asked) != 3 || !reflect.DeepEqual(host.asked[0], map[string]any{"type": "t.x", "where": map[string]any{"device": "$data.device"}}) {
		t.Fatalf("asked %v", host.asked)
	}
	// No host: the same error as in process.
	_, err = e.Exec(t.Context(), p, 0, map[string]any{}, map[string]any{})
	if !errors.Is(err, ErrRuntime) || !strings.Contains(err.Error(), "history.count: no history here") {
		t.Fatalf("without a host: %v", err)
	}
}

// TestIsolatedCrash: a worker that dies is replaced, and the evaluation it
// ran fails with ErrWorker.
func TestIsolatedCrash(t *testing.T) {
	e := NewEngine(Limits{})
	ws := testWorkers(t, e, WorkerConfig{Size: 1})
	p := isolated(t, e, `let n = data.n; n++; return n`, 2)
	if got, err := e.Run(t.Context(), p, 0, nil, map[string]any{"n": 1.0}); err != nil || got != 2.0 {
		t.Fatalf("%v %v", got, err)
	}
	slow := isolated(t, e, `let i = 0; for (;;) i++`, 0)
	errc := make(chan error, 1)
	go func() {
		_, err := e.Run(context.Background(), slow, 0)
		errc <- err
	}()
	var victim *worker
	for victim == nil {
		time.Sleep(5 * time.Millisecond)
		ws.mu.Lock()
		for w := range ws.all {
			victim = w
		}
		if len(ws.idle) > 0 {
			victim = nil // not yet taken
		}
		ws.mu.Unlock()
	}
	time.Sleep(20 * time.Millisecond)
	_ = victim.cmd.Process.Kill() // as the kernel's OOM killer would
	err := <-errc
	if !errors.Is(err, ErrWorker) {
		t.Fatalf("crashed: %v, want ErrWorker", err)
	}
	t.Log(err)
	for i := range 3 {
		if got, err := e.Run(t.Context(), p, 0, nil, map[string]any{"n": float64(i)}); err != nil || got != float64(i+1) {
			t.Fatalf("after the crash: %v %v", got, err)
		}
	}
	if n := ws.started.Load(); n != 2 {
		t.Fatalf("%d workers started, want 2", n)
	}
}

// TestIsolatedSameResults: isolated evaluations give what the in-process
// ones give, errors included.
func TestIsolatedSameResults(t *testing.T) {
	in := NewEngine(Limits{})
	in.noNative = true
	iso := NewEngine(Limits{})
	iso.noNative = true
	testWorkers(t, iso, WorkerConfig{})
	data := map[string]any{"device": "d1", "temp": 81.5, "tags": []any{"a", "b"}, "n": nil}
	event := map[string]any{"id": "1", "type": "sensor.reading", "data": data}
	output := []any{1.0, "two", map[string]any{"three": 3.0}}
	env := map[string]any{"REGION": "eu"}
	for _, body := range []string{
		`return {device: data.device, hot: data.temp > 80, n: [1, 2].map(x => x * 2)}`,
		`return event.data === data`,
		`data.x = 1; return event.data.x`,
		`return output.length + env.REGION`,
		`return tmpl("{{device}} at {{temp}}", data)`,
		`emit("a", {t: data.temp}); emit("b", null); return 1`,
		`return [NaN, -0, 1e308 * 10, undefined, () => 1]`,
		`return data.missing.x`,
		`throw new Error("boom")`,
		`function f() { return f() } return f()`,
		`return "x".repeat(2 << 20)`,
		`return Object.keys(event).sort().join()`,
		`return JSON.stringify(data)`,
		`return new Date(0).toISOString()`,
		`return [..."héllo"].reverse().join("")`,
	} {
		var outs [2]Outcome
		var errs [2]error
		for i, e := range []*Engine{in, iso} {
			p, err := e.Compile(body, "event", "data", "output", "env")
			if err != nil {
				t.Fatal(err)
			}
			if e == iso {
				p = e.Isolate(p)
			}
			outs[i], errs[i] = e.Exec(t.Context(), p, 0, event, data, output, env)
		}
		if fmt.Sprint(errs[0]) != fmt.Sprint(errs[1]) || !reflect.DeepEqual(outs[0], outs[1]) {
			t.Fatalf("%s:\nin process %#v %v\nisolated   %#v %v", body, outs[0], errs[0], outs[1], errs[1])
		}
		for _, sentinel := range []error{ErrRuntime, ErrStack, ErrTooLarge} {
			if errors.Is(errs[0], sentinel) != errors.Is(errs[1], sentinel) {
				t.Fatalf("%s: %v and %v wrap different errors", body, errs[0], errs[1])
			}
		}
	}
}

// TestIsolatedQueue: more evaluations than workers wait for one, and a
// waiting evaluation whose context ends gives up.
func TestIsolatedQueue(t *testing.T) {
	e := NewEngine(Limits{})
	ws := testWorkers(t, e, WorkerConfig{Size: 2})
	p := isolated(t, e, `let s = 0; for (let i = 0; i < 1e3; i++) s += i; return s`, 0)
	errc := make(chan error, 8)
	for range 8 {
		go func() {
			_, err := e.Run(t.Context(), p, 0)
			errc <- err
		}()
	}
	for range 8 {
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
	}
	if n := ws.started.Load(); n > 2 {
		t.Fatalf("%d workers started for a pool of 2", n)
	}
	slow := isolated(t, e, `let i = 0; for (;;) i++`, 0)
	for range 2 {
		go func() {
			_, err := e.Run(context.Background(), slow, time.Second)
			errc <- err
		}()
	}
	time.Sleep(50 * time.Millisecond)
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	if _, err := e.Run(ctx, p, 0); !errors.Is(err, errCancelled) {
		t.Fatalf("queued past its context: %v", err)
	}
	for range 2 {
		if err := <-errc; !errors.Is(err, ErrTimeout) {
			t.Fatal(err)
		}
	}
}

// BenchmarkIsolated is what a worker costs: a small mapping script, in
// process and isolated.
func BenchmarkIsolated(b *testing.B) {
	body := `const out = {id: event.id, device: data.device, total: 0};
		for (const r of data.readings) out.total += r;
		out.hot = out.total / data.readings.length > 80;
		return out`
	data := map[string]any{"device": "d1", "readings": []any{79.0, 81.0, 85.5, 90.0}}
	event := map[string]any{"id": "e1", "type": "sensor.reading", "data": data}
	for _, mode := range []string{"in-process", "isolated"} {
		b.Run(mode, func(b *testing.B) {
			e := NewEngine(Limits{})
			p, err := e.Compile(body, "event", "data")
			if err != nil {
				b.Fatal(err)
			}
			if mode == "isolated" {
				testWorkers(b, e, WorkerConfig{Size: 1})
				p = e.Isolate(p)
			}
			if _, err := e.Run(b.Context(), p, 0, event, data); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for b.Loop() {
				if _, err := e.Run(b.Context(), p, 0, event, data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestLowWorkers: a program IsolateLow marks runs in the low-priority
// pool, whose every thread has nice 19, and one Isolate marks in the
// other, at the node's priority.
func TestLowWorkers(t *testing.T) {
	e := NewEngine(Limits{})
	normal := testWorkers(t, e, WorkerConfig{Size: 1})
	low := testWorkers(t, e, WorkerConfig{Size: 1, Low: true})
	p, err := e.Compile("return 1")
	if err != nil {
		t.Fatal(err)
	}
	p.paths = nil // no native form: the worker answers
	for _, tc := range []struct {
		p    *Program
		ws   *Workers
		nice string
	}{{e.Isolate(p), normal, "0"}, {e.IsolateLow(p), low, "19"}} {
		if _, err := e.Exec(t.Context(), tc.p, time.Second); err != nil {
			t.Fatal(err)
		}
		tc.ws.mu.Lock()
		var pid int
		for w := range tc.ws.all {
			pid = w.cmd.Process.Pid
		}
		tc.ws.mu.Unlock()
		if pid == 0 {
			t.Fatalf("no worker of the pool of nice %s ran the program", tc.nice)
		}
		tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
		if err != nil {
			t.Fatal(err)
		}
		for _, task := range tasks {
			stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/stat", pid, task.Name()))
			if err != nil {
				continue // the thread ended
			}
			// The fields after the command's closing parenthesis; nice is the 19th of the line.
			f := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+2:]))
			if f[16] != tc.nice {
				t.Errorf("worker %d thread %s: nice %s, want %s", pid, task.Name(), f[16], tc.nice)
			}
		}
	}
}
