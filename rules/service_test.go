package rules

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/audit"
	"github.com/cerestack/cere/script"
	"github.com/cerestack/cere/store"
)

// TestMain makes the test binary a script worker when a test's pool
// starts it, as `cere script-worker` is for the node.
func TestMain(m *testing.M) {
	script.ServeIfWorker()
	os.Exit(m.Run())
}

func newService(t *testing.T) (*Service, *store.History) {
	t.Helper()
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h, err := store.OpenHistory(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	return NewService(script.NewEngine(script.Limits{}), h), h
}

// TestHistoryRule: "three readings of one device within 10 minutes" fires
// on the third reading of that device, never for the others, in both forms,
// and with the JavaScript run in a worker process (its history queries
// cross to the node).
func TestHistoryRule(t *testing.T) {
	var declarative Condition
	json.Unmarshal([]byte(`{"fact": "history.count", "operator": "greaterThanInclusive", "value": 3,
		"params": {"type": "sensor.reading", "where": {"device": "$data.device"}, "since": "10m"}}`), &declarative)
	javascript := Rule{ID: "three", Event: "sensor.*", Expression: `history.count({type: "sensor.reading", where: {device: event.data.device}, since: "10m"}) >= 3`}
	for name, rule := range map[string]Rule{
		"javascript":          javascript,
		"javascript isolated": javascript,
		"declarative":         {ID: "three", Event: "sensor.*", Conditions: &declarative},
	} {
		t.Run(name, func(t *testing.T) {
			s, h := newService(t)
			c, err := s.Compile(rule)
			if err != nil {
				t.Fatal(err)
			}
			var ws *script.Workers
			if strings.HasSuffix(name, "isolated") {
				ws = s.scripts.UseWorkers(t.Context(), script.WorkerConfig{Command: []string{os.Args[0]}, Env: []string{"CERE_SCRIPT_WORKER=1"}})
				t.Cleanup(func() { ws.Close() })
				c = s.Isolate(c)
			}
			now := time.Now()
			// An old reading of d1, outside the window.
			old := &store.Event{SpecVersion: "1.0", ID: "old", Source: "t", Type: "sensor.reading", Time: now.Add(-20 * time.Minute), Data: []byte(`{"device":"d1"}`)}
			if err := h.Append(old); err != nil {
				t.Fatal(err)
			}
			var fired []string
			for i, dev := range []string{"d1", "d2", "d1", "d3", "d2", "d1", "d3", "d1"} {
				data, _ := json.Marshal(map[string]any{"device": dev, "temp": 20 + i})
				e := &store.Event{SpecVersion: "1.0", ID: fmt.Sprint(i), Source: "t", Type: "sensor.reading", Time: now.Add(time.Duration(i) * time.Second), Data: data}
				if err := h.Append(e); err != nil {
					t.Fatal(err)
				}
				var facts Facts
				raw, _ := json.Marshal(e)
				json.Unmarshal(raw, &facts)
				res, err := s.Evaluate(t.Context(), c, facts)
				if err != nil {
					t.Fatal(err)
				}
				if res.Matched {
					fired = append(fired, fmt.Sprintf("%s#%d", dev, i))
				}
				if len(res.Trace) == 0 {
					t.Fatal("no trace of the history query")
				}
			}
			if ws != nil && ws.Stats().Started == 0 {
				t.Fatal("the rule did not run in a worker")
			}
			if fmt.Sprint(fired) != "[d1#5 d1#7]" {
				t.Fatalf("fired on %v, want the third and fourth readings of d1 only", fired)
			}
			if !c.Applies("sensor.reading") || c.Applies("alert.raised") {
				t.Fatal("the event glob does not select")
			}
		})
	}
}

func TestRuleErrors(t *testing.T) {
	s, _ := newService(t)
	cond := &Condition{Fact: "data.t", Operator: "nope"}
	for _, tc := range []struct {
		rule Rule
		want error
	}{
		{Rule{ID: "none"}, ErrRule},
		{Rule{ID: "two", Expression: "true", Script: "return true"}, ErrRule},
		{Rule{ID: "bad-op", Conditions: cond}, ErrCondition},
		{Rule{ID: "bad-js", Expression: "data.temp >"}, script.ErrCompile},
		{Rule{ID: "bad-glob", Event: "[", Expression: "true"}, ErrRule},
		{Rule{ID: "bad-history", Conditions: &Condition{Fact: "history.median", Operator: "exists"}}, ErrCondition},
	} {
		if _, err := s.Compile(tc.rule); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.rule.ID, err, tc.want)
		}
	}
	c, err := s.Compile(Rule{ID: "number", Expression: "data.temp"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Evaluate(t.Context(), c, Facts{"data": map[string]any{"temp": 1.0}}); !errors.Is(err, ErrRule) {
		t.Fatalf("a rule returning a number: %v, want ErrRule", err)
	}
}

func TestTrace(t *testing.T) {
	s, _ := newService(t)
	var cond Condition
	json.Unmarshal([]byte(`{"all": [{"fact": "data.temp", "operator": "greaterThan", "value": 80},
		{"not": {"fact": "data.device", "operator": "equal", "value": "d0"}}]}`), &cond)
	c, err := s.Compile(Rule{ID: "hot", Conditions: &cond})
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.Evaluate(t.Context(), c, Facts{"data": map[string]any{"temp": 85.0, "device": "d1"}})
	if err != nil || !res.Matched || len(res.Trace) != 2 {
		t.Fatalf("%+v %v", res, err)
	}
	if res.Trace[0].At != "all[0]" || res.Trace[0].Value != 85.0 || !res.Trace[0].Matched ||
		res.Trace[1].At != "all[1].not" || res.Trace[1].Matched {
		t.Fatalf("trace %+v", res.Trace)
	}
}

// TestDecideAudits: decisions are counted, failures recorded and grouped.
func TestDecideAudits(t *testing.T) {
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	trail, _ := audit.OpenTrail(st.DS.DB, []byte("a key for the rules tests only"))
	errs, _ := audit.OpenErrors(st.DS.DB)
	s := NewService(script.NewEngine(script.Limits{}), nil)
	s.Audited(trail, errs)
	c, err := s.Compile(Rule{ID: "ratio", Expression: "data.a / data.b > 1 && data.b.x.y"})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 50 {
		s.Decide(t.Context(), c, Facts{"id": fmt.Sprint(i), "data": map[string]any{"a": 1.0, "b": 2.0}}, Meta{Workflow: "wf", Version: 2})
		s.Decide(t.Context(), c, Facts{"id": fmt.Sprint(i), "data": map[string]any{"a": 3.0, "b": 1.0}}, Meta{Workflow: "wf", Version: 2})
	}
	if got := trail.Counts(); got.Evaluations != 100 || got.Failed != 50 {
		t.Fatalf("counts %+v", got)
	}
	if g := errs.Groups("rule"); len(g) != 1 || g[0].Count != 50 || g[0].Location != "wf/ratio" {
		t.Fatalf("groups %+v", g)
	}
	// Declarative decisions carry their trace into the records; the chain
	// must still verify once they are read back.
	var cond Condition
	json.Unmarshal([]byte(`{"all": [{"fact": "data.a", "operator": "lessThan", "value": 2}, {"fact": "data.b", "operator": "in", "value": [1, "<x>"]}]}`), &cond)
	dc, err := s.Compile(Rule{ID: "decl", Conditions: &cond})
	if err != nil {
		t.Fatal(err)
	}
	trail.SampleEvery = 1
	for i := range 5 {
		s.Decide(t.Context(), dc, Facts{"id": fmt.Sprint(i), "data": map[string]any{"a": 1.0, "b": 1.0}}, Meta{Workflow: "wf"})
	}
	if v, err := trail.Verify(t.Context()); err != nil || !v.OK {
		t.Fatalf("verify after declarative decisions: %+v %v", v, err)
	}
	recs, err := trail.List(t.Context(), audit.Filter{Rule: "decl"}, 1)
	if err != nil || len(recs) != 1 || !strings.Contains(string(recs[0].Conditions), `"at":"all[1]"`) {
		t.Fatalf("a declarative record's conditions: %+v %v", recs, err)
	}
}

func TestIndex(t *testing.T) {
	s, _ := newService(t)
	x := NewIndex()
	for _, r := range []Rule{
		{ID: "exact", Event: "sensor.reading", Expression: "true"},
		{ID: "glob", Event: "sensor.*", Expression: "true"},
		{ID: "other", Event: "alert.raised", Expression: "true"},
		{ID: "all", Expression: "true"},
	} {
		c, err := s.Compile(r)
		if err != nil {
			t.Fatal(err)
		}
		x.Add(c)
	}
	ids := func(cs []*Compiled) string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Rule.ID)
		}
		return fmt.Sprint(out)
	}
	for typ, want := range map[string]string{
		"sensor.reading": "[exact all glob]",
		"sensor.battery": "[all glob]",
		"alert.raised":   "[other all]",
		"deploy":         "[all]",
	} {
		if got := ids(x.Candidates(typ)); got != want {
			t.Errorf("%s: %s, want %s", typ, got, want)
		}
	}
}

// BenchmarkJSRule: a JavaScript expression rule through the Rule Service
// and the full sandbox (pool, deadline, caps), warm.
func BenchmarkJSRule(b *testing.B) {
	s := NewService(script.NewEngine(script.Limits{}), nil)
	c, err := s.Compile(Rule{ID: "hot", Event: "sensor.reading", Expression: "data.temp > 80 && data.humidity < 70"})
	if err != nil {
		b.Fatal(err)
	}
	f := event()
	for b.Loop() {
		if r, err := s.Evaluate(b.Context(), c, f); err != nil || !r.Matched {
			b.Fatal(r, err)
		}
	}
}
