package rules

import (
	"context"
	"errors"
	"fmt"
	pathpkg "path"
	"slices"
	"strings"
	"time"

	"github.com/cerestack/cere/audit"
	"github.com/cerestack/cere/script"
	"github.com/cerestack/cere/store"
)

// Rule decides whether a step acts on an event: a declarative condition, a
// JavaScript expression, or a JavaScript function body that returns a
// boolean. Event, when set, is the event type (a glob, as in
// "sensor.*") the rule applies to.
type Rule struct {
	ID         string     `json:"id"`
	Event      string     `json:"event,omitempty"`
	Conditions *Condition `json:"conditions,omitempty"`
	Expression string     `json:"expression,omitempty"`
	Script     string     `json:"script,omitempty"`
}

// Step is one line of a trace: a fact test, its fact's value and outcome.
type Step struct {
	At       string `json:"at"`
	Fact     string `json:"fact"`
	Value    any    `json:"value"`
	Operator string `json:"operator"`
	Expected any    `json:"expected"`
	Matched  bool   `json:"matched"`
}

// Result is one evaluation.
type Result struct {
	Matched  bool
	Duration time.Duration
	// Trace lists each fact test of a declarative rule, and each history
	// query a JavaScript rule made.
	Trace []Step
}

// Service compiles and evaluates rules. History (may be nil) answers the
// history queries of both forms.
type Service struct {
	scripts *script.Engine
	history *store.History
	trail   *audit.Trail
	errs    *audit.Errors
}

// NewService returns a rule service running JavaScript rules in scripts.
func NewService(scripts *script.Engine, history *store.History) *Service {
	return &Service{scripts: scripts, history: history}
}

// Compiled is a rule ready to evaluate.
type Compiled struct {
	Rule    Rule
	cond    Condition // the conditions, history facts renamed to their answers
	history []historyFact
	pred    Predicate
	tests   []traced // each fact test, compiled once, for traces
	prog    *script.Program
}

// traced is one fact test of a declarative rule, ready to explain itself.
type traced struct {
	at, fact, operator string
	expected           any
	path               script.Path
	pred               Predicate
}

// historyFact is a history query of a declarative rule; its answer is the
// fact history.<key>.
type historyFact struct {
	key, op string
	params  map[string]any
}

// nameHistory renames each history fact ("history.count") to a fact of its
// own ("history.count#0"), so two queries in one rule do not collide.
func nameHistory(c Condition, facts *[]historyFact) (Condition, error) {
	out := c
	out.All, out.Any = nil, nil
	for _, sub := range c.All {
		n, err := nameHistory(sub, facts)
		if err != nil {
			return out, err
		}
		out.All = append(out.All, n)
	}
	if c.All != nil && out.All == nil {
		out.All = []Condition{}
	}
	for _, sub := range c.Any {
		n, err := nameHistory(sub, facts)
		if err != nil {
			return out, err
		}
		out.Any = append(out.Any, n)
	}
	if c.Any != nil && out.Any == nil {
		out.Any = []Condition{}
	}
	if c.Not != nil {
		n, err := nameHistory(*c.Not, facts)
		if err != nil {
			return out, err
		}
		out.Not = &n
	}
	if op, ok := strings.CutPrefix(c.Fact, "history."); ok {
		if !slices.Contains(script.HistoryOps, op) {
			return out, fmt.Errorf("%w: fact %s: not one of history.%s", ErrCondition, c.Fact, strings.Join(script.HistoryOps, ", history."))
		}
		key := fmt.Sprintf("%s#%d", op, len(*facts))
		*facts = append(*facts, historyFact{key: key, op: op, params: c.Params})
		out.Fact = "history." + key
	}
	return out, nil
}

// ErrRule is wrapped by errors in a rule's definition.
var ErrRule = errors.New("rule")

// Compile checks and compiles a rule.
func (s *Service) Compile(r Rule) (*Compiled, error) {
	forms := 0
	for _, set := range []bool{r.Conditions != nil, r.Expression != "", r.Script != ""} {
		if set {
			forms++
		}
	}
	if forms != 1 {
		return nil, fmt.Errorf("%w %s: want exactly one of conditions, expression, script", ErrRule, r.ID)
	}
	if _, err := pathpkg.Match(r.Event, ""); err != nil {
		return nil, fmt.Errorf("%w %s: event %q: %v", ErrRule, r.ID, r.Event, err)
	}
	c := &Compiled{Rule: r}
	var err error
	switch {
	case r.Conditions != nil:
		if c.cond, err = nameHistory(*r.Conditions, &c.history); err != nil {
			return nil, fmt.Errorf("%w %s: %w", ErrRule, r.ID, err)
		}
		if c.pred, err = compile(c.cond, ""); err != nil {
			return nil, fmt.Errorf("%w %s: %w", ErrRule, r.ID, err)
		}
		c.tests = collectTests(c.cond, "")
	case r.Expression != "":
		c.prog, err = s.scripts.Compile("return ("+r.Expression+"\n);", "event", "data")
	default:
		c.prog, err = s.scripts.Compile(r.Script, "event", "data")
	}
	if err != nil {
		return nil, fmt.Errorf("%w %s: %w", ErrRule, r.ID, err)
	}
	return c, nil
}

// Isolate returns c with its JavaScript run in the script engine's worker
// processes (script.Engine.Isolate), which are killed at the deadline; a
// declarative rule is returned as it is.
func (s *Service) Isolate(c *Compiled) *Compiled {
	if c == nil || c.prog == nil {
		return c
	}
	d := *c
	d.prog = s.scripts.Isolate(c.prog)
	return &d
}

// IsolateLow is Isolate in the script engine's low-priority workers
// (script.Engine.IsolateLow).
func (s *Service) IsolateLow(c *Compiled) *Compiled {
	if c == nil || c.prog == nil {
		return c
	}
	d := *c
	d.prog = s.scripts.IsolateLow(c.prog)
	return &d
}

// Applies reports whether the rule is for events of this type.
func (c *Compiled) Applies(eventType string) bool {
	if c.Rule.Event == "" {
		return true
	}
	ok, _ := pathpkg.Match(c.Rule.Event, eventType)
	return ok
}

// Evaluate runs the rule on an event (a CloudEvent as a JSON object).
func (s *Service) Evaluate(ctx context.Context, c *Compiled, event Facts) (Result, error) {
	start := time.Now()
	host := &historyHost{h: s.history, event: event}
	var res Result
	if c.pred != nil {
		facts := event
		if len(c.history) > 0 {
			facts = host.withHistory(ctx, c.history)
		}
		res.Matched = c.pred(facts)
		res.Trace = make([]Step, len(c.tests))
		for i, t := range c.tests {
			v, _ := t.path.Resolve(facts)
			res.Trace[i] = Step{At: t.at, Fact: t.fact, Value: v, Operator: t.operator, Expected: t.expected, Matched: t.pred(facts)}
		}
		res.Duration = time.Since(start)
		return res, host.err
	}
	out, err := s.scripts.ExecWith(ctx, c.prog, 0, host, event, event["data"])
	res.Duration = time.Since(start)
	res.Trace = host.trace
	if err != nil {
		return res, err
	}
	b, ok := out.Result.(bool)
	if !ok {
		return res, fmt.Errorf("%w %s: returned %T, not a boolean", ErrRule, c.Rule.ID, out.Result)
	}
	res.Matched = b
	return res, nil
}

// collectTests compiles each fact test of a (valid) condition once, with
// its place in the tree, for traces.
func collectTests(c Condition, at string) []traced {
	var out []traced
	switch {
	case c.All != nil || c.Any != nil:
		list, name := c.All, "all"
		if c.Any != nil {
			list, name = c.Any, "any"
		}
		for i, sub := range list {
			out = append(out, collectTests(sub, fmt.Sprintf("%s[%d]", join(at, name), i))...)
		}
	case c.Not != nil:
		out = collectTests(*c.Not, join(at, "not"))
	default:
		p, err := compileTest(c, at)
		fp, perr := script.ParsePath(c.Fact)
		if err != nil || perr != nil {
			return nil
		}
		if at == "" {
			at = "condition"
		}
		out = append(out, traced{at: at, fact: c.Fact, operator: c.Operator, expected: c.Value, path: fp, pred: p})
	}
	return out
}

// NewHistoryHost returns the host that answers a script's history queries
// (history.count and the rest) from h, taking "$path" values from event.
func NewHistoryHost(h *store.History, event Facts) script.Host {
	return &historyHost{h: h, event: event}
}

// historyHost answers history queries against the store, with "$path"
// values in a where clause taken from the event.
type historyHost struct {
	h     *store.History
	event Facts
	trace []Step
	err   error
}

// Query answers history.<op>({type, where, since, until, field}).
func (hh *historyHost) Query(ctx context.Context, name string, arg any) (any, error) {
	op, ok := strings.CutPrefix(name, "history.")
	if !ok || hh.h == nil {
		return nil, fmt.Errorf("%s: no history on this node", name)
	}
	q, field, err := hh.query(arg)
	if err != nil {
		return nil, err
	}
	a, err := hh.h.Stats(ctx, q, field)
	if err != nil {
		return nil, err
	}
	var v any
	switch op {
	case "count":
		v = float64(a.Count)
	case "sum":
		v = a.Sum
	case "avg":
		v = a.Avg
	case "min":
		v = a.Min
	case "max":
		v = a.Max
	case "last":
		v = a.Last
	default:
		return nil, fmt.Errorf("%s: no such query", name)
	}
	hh.trace = append(hh.trace, Step{At: name, Fact: name, Value: v, Operator: "query", Expected: arg, Matched: true})
	return v, nil
}

func (hh *historyHost) query(arg any) (store.Query, string, error) {
	m, ok := arg.(map[string]any)
	if !ok {
		return store.Query{}, "", errors.New("want an object {type, where, since, field}")
	}
	var q store.Query
	q.Type, _ = m["type"].(string)
	if q.Type == "" {
		return q, "", errors.New("type: missing")
	}
	now := time.Now()
	for _, k := range []string{"since", "until"} {
		s, ok := m[k].(string)
		if !ok {
			continue
		}
		d, err := time.ParseDuration(s)
		if err != nil {
			return q, "", fmt.Errorf("%s: %q is not a duration like 10m", k, s)
		}
		if k == "since" {
			q.Since = now.Add(-d)
		} else {
			q.Until = now.Add(-d)
		}
	}
	if where, ok := m["where"].(map[string]any); ok {
		q.Where = map[string]any{}
		for k, v := range where {
			if s, ok := v.(string); ok && strings.HasPrefix(s, "$") {
				p, err := script.ParsePath(s[1:])
				if err != nil {
					return q, "", fmt.Errorf("where.%s: %v", k, err)
				}
				v, _ = p.Resolve(hh.event)
			}
			q.Where[k] = v
		}
	}
	field, _ := m["field"].(string)
	return q, field, nil
}

// withHistory answers the history facts of a declarative rule and returns
// the event's facts with the answers under "history".
func (hh *historyHost) withHistory(ctx context.Context, queries []historyFact) Facts {
	facts := Facts{}
	for k, v := range hh.event {
		facts[k] = v
	}
	answers := map[string]any{}
	for _, q := range queries {
		v, err := hh.Query(ctx, "history."+q.op, map[string]any(q.params))
		if err != nil && hh.err == nil {
			hh.err = fmt.Errorf("history.%s: %w", q.op, err)
		}
		answers[q.key] = v
	}
	facts["history"] = answers
	return facts
}

// Meta says where an evaluation happened, for the audit trail.
type Meta struct {
	TraceID  string
	Workflow string
	Version  int
}

// Audited makes Decide record evaluations in trail and failures in errs.
func (s *Service) Audited(trail *audit.Trail, errs *audit.Errors) {
	s.trail, s.errs = trail, errs
}

// Decide evaluates a rule for a workflow step: Evaluate, counted in the
// audit trail (failures and a sample of successes in full) and, when it
// fails, captured in the error groups.
func (s *Service) Decide(ctx context.Context, c *Compiled, event Facts, m Meta) (Result, error) {
	res, err := s.Evaluate(ctx, c, event)
	if s.trail != nil {
		r := audit.Record{TraceID: m.TraceID, Workflow: m.Workflow, Version: m.Version, Rule: c.Rule.ID,
			Matched: res.Matched, DurationMS: float64(res.Duration.Microseconds()) / 1000, Trace: res.Trace}
		r.Event, _ = event["id"].(string)
		if err != nil {
			r.Error = err.Error()
		}
		if aerr := s.trail.Observe(r); aerr != nil && err == nil {
			err = aerr
		}
	}
	if err != nil && s.errs != nil {
		_ = s.errs.Capture(audit.Occurrence{Kind: "rule", Location: m.Workflow + "/" + c.Rule.ID, Message: err.Error(), Workflow: m.Workflow, Event: event})
	}
	return res, err
}
