// Package workflow owns workflows: the document users write (a flat list of
// nodes wired by id), its validation, canonical form and versions, signed
// submission and distribution between peers, hot reload with canaries, and
// the engine that walks a workflow's graph for each event.
package workflow

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	pathpkg "path"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/cerestack/cere/internal/document"
	"github.com/cerestack/cere/rules"
	"github.com/cerestack/cere/script"
	"github.com/cerestack/cere/store"
	"github.com/ipfs/go-cid"
	"github.com/robfig/cron/v3"
)

// Kinds of node.
const (
	KindTrigger = "trigger"
	KindRule    = "rule"
	KindScript  = "script"
	KindAgent   = "agent"
	KindCubby   = "cubby"
	KindEmit    = "emit"
)

var kinds = []string{KindTrigger, KindRule, KindScript, KindAgent, KindCubby, KindEmit}

// Workflow is a workflow document.
type Workflow struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	// Env is the workflow's variables, which scripts read as env.
	Env map[string]any `json:"env,omitempty"`
	// Concurrency is how many executions of this workflow run at once
	// (default DefaultConcurrency).
	Concurrency int    `json:"concurrency,omitempty"`
	Nodes       []Node `json:"nodes"`
}

// DefaultConcurrency is a workflow's concurrency when it sets none.
const DefaultConcurrency = 64

// Node is one step of a workflow. Which fields apply depends on Kind.
type Node struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	// Name is for people; wires never use it.
	Name string `json:"name,omitempty"`

	// trigger: an event type glob and an optional source glob; or a webhook;
	// or a schedule.
	Event    string   `json:"event,omitempty"`
	Source   string   `json:"source,omitempty"`
	Webhook  *Webhook `json:"webhook,omitempty"`
	Schedule string   `json:"schedule,omitempty"`

	// rule: declarative conditions, a JavaScript expression, or a script
	// (a function body returning a boolean). Else are the wires taken when
	// the rule does not match.
	Conditions *rules.Condition `json:"conditions,omitempty"`
	Expression string           `json:"expression,omitempty"`
	Else       []string         `json:"else,omitempty"`

	// script (and a rule's script form): a function body of event, data,
	// output and env. Deadline bounds each run ("500ms"; at most 10s).
	Script   string `json:"script,omitempty"`
	Deadline string `json:"deadline,omitempty"`

	// agent: name@version or a manifest CID, an optional canary, and the
	// cubbies the agent may use.
	Agent   string   `json:"agent,omitempty"`
	Canary  *Canary  `json:"canary,omitempty"`
	Cubbies []string `json:"cubbies,omitempty"`

	// cubby: get or put Key (a template over the input) in Cubby.
	Cubby string `json:"cubby,omitempty"`
	Op    string `json:"op,omitempty"`
	Key   string `json:"key,omitempty"`

	// emit: the type of the event raised, with the input as its data.
	Emit string `json:"emit,omitempty"`

	// Wires are the ids of the nodes this one's output goes to.
	Wires []string `json:"wires,omitempty"`
	// OnError is what a failure does: "stop" (the default) ends the
	// execution, "continue" goes on along the wires with no output, and a
	// node id hands the error to that node.
	OnError string `json:"on_error,omitempty"`
	Retry   *Retry `json:"retry,omitempty"`
	// X and Y place the node in the builder; versions compare without them.
	X float64 `json:"x,omitempty"`
	Y float64 `json:"y,omitempty"`
}

// Retry repeats a failed step: at most Max more times, waiting Backoff
// ("100ms"), doubled each time.
type Retry struct {
	Max     int    `json:"max"`
	Backoff string `json:"backoff,omitempty"`
}

// Webhook triggers on an HTTP request to /hooks/<owner>/<workflow>/<path>.
// Respond names the node whose output answers the request; without it the
// request is answered at once with the execution's id. TokenSHA256, the
// SHA-256 (hex) of a secret token, lets callers in with "Authorization:
// Bearer <token>" (the document is public, the token is not); without it,
// a node whose API is not on loopback takes only wallet-signed requests.
type Webhook struct {
	Path        string `json:"path"`
	Method      string `json:"method,omitempty"` // default POST
	Respond     string `json:"respond,omitempty"`
	TokenSHA256 string `json:"token_sha256,omitempty"`
}

// Canary sends Percent of the events to another version of the agent.
type Canary struct {
	Version string  `json:"version"`
	Percent float64 `json:"percent"`
}

// Limits on documents.
const (
	MaxNodes   = 1000
	MaxRetries = 10
)

var (
	nameRe    = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)
	idRe      = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$`)
	typeRe    = regexp.MustCompile(`^[A-Za-z0-9*?\[\]._:/-]{1,128}$`)
	pathRe    = regexp.MustCompile(`^[A-Za-z0-9._~/-]{1,200}$`)
	sha256Hex = regexp.MustCompile(`^[0-9a-f]{64}$`)
)

// Parse reads a workflow from YAML or JSON (name is the file's name for
// messages) and validates it. Its errors name the node id and the field,
// and the line and column.
func Parse(name string, src []byte) (*Workflow, error) {
	root, err := document.Parse(name, src)
	if err != nil {
		return nil, err
	}
	var w Workflow
	if err := root.Decode(&w); err != nil {
		return nil, err
	}
	if err := w.Validate(); err != nil {
		var ve *ValidationError
		if errors.As(err, &ve) {
			line, col := root.Position(ve.Path)
			path := ve.Path
			if ve.Node != "" {
				path += fmt.Sprintf(" (node %q)", ve.Node)
			}
			return nil, &document.Error{File: name, Line: line, Column: col, Path: path, Msg: ve.Msg}
		}
		return nil, err
	}
	return &w, nil
}

// ValidationError is a problem with a field of a workflow.
type ValidationError struct {
	Path string // "nodes[2].wires[0]"
	Node string // the node's id, when it is about a node
	Msg  string
}

func (e *ValidationError) Error() string {
	if e.Node != "" {
		return fmt.Sprintf("%s (node %q): %s", e.Path, e.Node, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

// Validate checks the workflow: names, ids, wires, each node's fields for
// its kind, and that rules, scripts, templates, globs and schedules compile.
func (w *Workflow) Validate() error {
	bad := func(path, format string, args ...any) error {
		return &ValidationError{Path: path, Msg: fmt.Sprintf(format, args...)}
	}
	if !nameRe.MatchString(w.Name) {
		return bad("name", "%q: lower-case letters, digits, '.', '_' and '-', 1 to 64, starting with a letter or digit", w.Name)
	}
	if w.Concurrency < 0 || w.Concurrency > 1024 {
		return bad("concurrency", "%d: want 0 (the default, %d) to 1024", w.Concurrency, DefaultConcurrency)
	}
	if len(w.Nodes) == 0 {
		return bad("nodes", "a workflow needs at least one node")
	}
	if len(w.Nodes) > MaxNodes {
		return bad("nodes", "%d nodes, over %d", len(w.Nodes), MaxNodes)
	}
	ids := map[string]int{}
	for i, n := range w.Nodes {
		at := fmt.Sprintf("nodes[%d]", i)
		if !idRe.MatchString(n.ID) {
			return bad(at+".id", "%q: letters, digits, '_', '.' and '-', 1 to 64", n.ID)
		}
		if j, dup := ids[n.ID]; dup {
			return &ValidationError{Path: at + ".id", Node: n.ID, Msg: fmt.Sprintf("repeated: nodes[%d] has it too", j)}
		}
		ids[n.ID] = i
	}
	triggers := 0
	for i := range w.Nodes {
		n := &w.Nodes[i]
		at := fmt.Sprintf("nodes[%d]", i)
		if err := n.validate(at, ids); err != nil {
			var ve *ValidationError
			if errors.As(err, &ve) {
				ve.Node = n.ID
			}
			return err
		}
		if n.Kind == KindTrigger {
			triggers++
		}
	}
	if triggers == 0 {
		return bad("nodes", "no trigger: a workflow starts at a node of kind trigger")
	}
	// The graph must not loop back on itself.
	if cycle := w.cycle(); cycle != nil {
		i := ids[cycle[0]]
		return &ValidationError{Path: fmt.Sprintf("nodes[%d].wires", i), Node: cycle[0], Msg: "wires make a loop: " + strings.Join(cycle, " → ")}
	}
	return nil
}

// fields each kind may set, besides the common ones.
var kindFields = map[string][]string{
	KindTrigger: {"event", "source", "webhook", "schedule"},
	KindRule:    {"conditions", "expression", "script", "else", "deadline"},
	KindScript:  {"script", "deadline"},
	KindAgent:   {"agent", "canary", "cubbies", "deadline"},
	KindCubby:   {"cubby", "op", "key"},
	KindEmit:    {"emit"},
}

// set lists the kind-specific fields a node sets.
func (n *Node) set() []string {
	var out []string
	add := func(name string, on bool) {
		if on {
			out = append(out, name)
		}
	}
	add("event", n.Event != "")
	add("source", n.Source != "")
	add("webhook", n.Webhook != nil)
	add("schedule", n.Schedule != "")
	add("conditions", n.Conditions != nil)
	add("expression", n.Expression != "")
	add("script", n.Script != "")
	add("else", len(n.Else) > 0)
	add("deadline", n.Deadline != "")
	add("agent", n.Agent != "")
	add("canary", n.Canary != nil)
	add("cubbies", len(n.Cubbies) > 0)
	add("cubby", n.Cubby != "")
	add("op", n.Op != "")
	add("key", n.Key != "")
	add("emit", n.Emit != "")
	return out
}

func (n *Node) validate(at string, ids map[string]int) error {
	bad := func(field, format string, args ...any) error {
		return &ValidationError{Path: at + "." + field, Msg: fmt.Sprintf(format, args...)}
	}
	allowed, ok := kindFields[n.Kind]
	if !ok {
		return bad("kind", "%q is not one of %s", n.Kind, strings.Join(kinds, ", "))
	}
	for _, f := range n.set() {
		if !slices.Contains(allowed, f) {
			return bad(f, "not a field of a %s node (its fields: %s)", n.Kind, strings.Join(allowed, ", "))
		}
	}
	for j, to := range n.Wires {
		if _, ok := ids[to]; !ok {
			return bad(fmt.Sprintf("wires[%d]", j), "no node has id %q", to)
		}
		if to == n.ID {
			return bad(fmt.Sprintf("wires[%d]", j), "a node cannot wire to itself")
		}
	}
	for j, to := range n.Else {
		if _, ok := ids[to]; !ok {
			return bad(fmt.Sprintf("else[%d]", j), "no node has id %q", to)
		}
	}
	switch n.OnError {
	case "", "stop", "continue":
	default:
		if _, ok := ids[n.OnError]; !ok {
			return bad("on_error", "%q is not stop, continue or a node id", n.OnError)
		}
		if n.OnError == n.ID {
			return bad("on_error", "a node cannot handle its own errors")
		}
	}
	if r := n.Retry; r != nil {
		if r.Max < 0 || r.Max > MaxRetries {
			return bad("retry.max", "%d: want 0 to %d", r.Max, MaxRetries)
		}
		if r.Backoff != "" {
			if d, err := time.ParseDuration(r.Backoff); err != nil || d < 0 || d > time.Minute {
				return bad("retry.backoff", "%q is not a duration up to 1m (as \"200ms\")", r.Backoff)
			}
		}
	}
	if n.Deadline != "" {
		if d, err := time.ParseDuration(n.Deadline); err != nil || d <= 0 || d > script.MaxDeadline {
			return bad("deadline", "%q is not a duration up to %s", n.Deadline, script.MaxDeadline)
		}
	}
	switch n.Kind {
	case KindTrigger:
		forms := 0
		for _, on := range []bool{n.Event != "", n.Webhook != nil, n.Schedule != ""} {
			if on {
				forms++
			}
		}
		if forms != 1 {
			return bad("event", "a trigger has one of event, webhook or schedule")
		}
		if n.Event != "" {
			if err := checkGlob(n.Event); err != nil {
				return bad("event", "%v", err)
			}
		}
		if n.Source != "" {
			if n.Event == "" {
				return bad("source", "a source filter goes with an event trigger")
			}
			if _, err := pathpkg.Match(n.Source, ""); err != nil {
				return bad("source", "%q is not a glob: %v", n.Source, err)
			}
		}
		if h := n.Webhook; h != nil {
			if !pathRe.MatchString(h.Path) || strings.Contains(h.Path, "..") {
				return bad("webhook.path", "%q: letters, digits and . _ ~ / -, 1 to 200", h.Path)
			}
			switch h.Method {
			case "", "GET", "POST", "PUT", "PATCH", "DELETE":
			default:
				return bad("webhook.method", "%q is not GET, POST, PUT, PATCH or DELETE", h.Method)
			}
			if h.Respond != "" {
				if _, ok := ids[h.Respond]; !ok {
					return bad("webhook.respond", "no node has id %q", h.Respond)
				}
			}
			if h.TokenSHA256 != "" && !sha256Hex.MatchString(h.TokenSHA256) {
				return bad("webhook.token_sha256", "want 64 lower-case hex digits: the SHA-256 of the token (printf %%s TOKEN | sha256sum)")
			}
		}
		if n.Schedule != "" {
			if _, err := cronParser.Parse(n.Schedule); err != nil {
				return bad("schedule", "%q: %v", n.Schedule, err)
			}
		}
	case KindRule:
		forms := 0
		for _, on := range []bool{n.Conditions != nil, n.Expression != "", n.Script != ""} {
			if on {
				forms++
			}
		}
		if forms != 1 {
			return bad("conditions", "a rule has one of conditions, expression or script")
		}
		if n.Conditions != nil {
			if _, err := rules.Compile(*n.Conditions); err != nil {
				return bad("conditions", "%v", err)
			}
		}
	case KindScript:
		if strings.TrimSpace(n.Script) == "" {
			return bad("script", "a script node needs a script (a function body)")
		}
	case KindAgent:
		if err := checkAgentRef(n.Agent); err != nil {
			return bad("agent", "%v", err)
		}
		if c := n.Canary; c != nil {
			if c.Version == "" {
				return bad("canary.version", "the canary's version is missing")
			}
			if c.Percent <= 0 || c.Percent >= 100 {
				return bad("canary.percent", "%g: want more than 0 and less than 100", c.Percent)
			}
		}
	case KindCubby:
		if n.Cubby == "" {
			return bad("cubby", "a cubby node names its cubby")
		}
		if n.Op != "get" && n.Op != "put" {
			return bad("op", "%q is not get or put", n.Op)
		}
		if n.Key == "" {
			return bad("key", "a cubby node needs a key (a template)")
		}
		if _, err := script.ParseTemplate(n.Key); err != nil {
			return bad("key", "%v", err)
		}
	case KindEmit:
		if !typeRe.MatchString(n.Emit) || strings.ContainsAny(n.Emit, "*?[]") {
			return bad("emit", "%q is not an event type", n.Emit)
		}
	}
	return nil
}

// cronParser reads schedules: five fields, or descriptors as @every 1m.
var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

func checkGlob(g string) error {
	if !typeRe.MatchString(g) {
		return fmt.Errorf("%q is not an event type or glob", g)
	}
	if _, err := pathpkg.Match(g, ""); err != nil {
		return fmt.Errorf("%q is not a glob: %v", g, err)
	}
	return nil
}

// checkAgentRef accepts name@version or a CID.
func checkAgentRef(ref string) error {
	if ref == "" {
		return errors.New("an agent node names its agent: name@version or a manifest CID")
	}
	if name, version, ok := strings.Cut(ref, "@"); ok {
		if !nameRe.MatchString(name) || version == "" || strings.ContainsAny(version, " /@") {
			return fmt.Errorf("%q is not name@version", ref)
		}
		return nil
	}
	if _, err := cid.Decode(ref); err != nil {
		return fmt.Errorf("%q is neither name@version nor a CID", ref)
	}
	return nil
}

// cycle returns a loop of node ids the wires make, or nil.
func (w *Workflow) cycle() []string {
	next := map[string][]string{}
	for _, n := range w.Nodes {
		next[n.ID] = append(slices.Clone(n.Wires), n.Else...)
		if n.OnError != "" && n.OnError != "stop" && n.OnError != "continue" {
			next[n.ID] = append(next[n.ID], n.OnError)
		}
	}
	const (
		unseen = iota
		open
		done
	)
	state := map[string]int{}
	var stack []string
	var visit func(id string) []string
	visit = func(id string) []string {
		state[id] = open
		stack = append(stack, id)
		for _, to := range next[id] {
			switch state[to] {
			case open:
				i := slices.Index(stack, to)
				return append(slices.Clone(stack[i:]), to)
			case unseen:
				if c := visit(to); c != nil {
					return c
				}
			}
		}
		stack = stack[:len(stack)-1]
		state[id] = done
		return nil
	}
	for _, n := range w.Nodes {
		if state[n.ID] == unseen {
			if c := visit(n.ID); c != nil {
				return c
			}
		}
	}
	return nil
}

// Node returns the node with id, or nil.
func (w *Workflow) Node(id string) *Node {
	for i := range w.Nodes {
		if w.Nodes[i].ID == id {
			return &w.Nodes[i]
		}
	}
	return nil
}

// Canonical is the workflow's one byte form: JSON with sorted keys, no
// insignificant space, as dag-json has it. Its CID names the version.
func (w *Workflow) Canonical() ([]byte, error) {
	raw, err := json.Marshal(w)
	if err != nil {
		return nil, err
	}
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return json.Marshal(v) // maps marshal with sorted keys
}

// CID is the CID of the canonical form, as stored (dag-json).
func (w *Workflow) CID() (cid.Cid, []byte, error) {
	b, err := w.Canonical()
	if err != nil {
		return cid.Undef, nil, err
	}
	c, err := store.DocumentCID(cid.DagJSON, b)
	return c, b, err
}

// FromCanonical reads a stored canonical form back and validates it.
func FromCanonical(b []byte) (*Workflow, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var w Workflow
	if err := dec.Decode(&w); err != nil {
		return nil, fmt.Errorf("workflow document: %w", err)
	}
	if err := w.Validate(); err != nil {
		return nil, err
	}
	return &w, nil
}
