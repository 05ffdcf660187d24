package audit

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// Occurrence is one error as it happened.
type Occurrence struct {
	Kind     string    // "rule", "script", "agent", "node"
	Location string    // the rule or step id, the agent, the package
	Message  string    // the error's text
	Workflow string    // the workflow it happened in, if any
	Stack    string    // a stack trace, when there is one
	Event    any       // the event being handled, when there is one
	Time     time.Time // zero: now
}

// Group is every occurrence of one error, by fingerprint.
type Group struct {
	Fingerprint string          `json:"fingerprint"`
	Kind        string          `json:"kind"`
	Location    string          `json:"location"`
	Message     string          `json:"message"` // normalised: numbers, quoted text and ids as placeholders
	Count       uint64          `json:"count"`
	FirstSeen   time.Time       `json:"first_seen"`
	LastSeen    time.Time       `json:"last_seen"`
	Workflows   []string        `json:"workflows"`
	SampleError string          `json:"sample_error"`
	SampleStack string          `json:"sample_stack,omitempty"`
	SampleEvent json.RawMessage `json:"sample_event,omitempty"`
}

// Errors folds errors into groups, kept in the store.
type Errors struct {
	db *badger.DB
	mu sync.Mutex
	// groups caches the groups, written through on every occurrence.
	groups map[string]*Group
	export Exporter // may be nil
}

// SetExporter has x hear of every occurrence from now on (nil: none). It is
// called outside the lock, after the group was stored.
func (e *Errors) SetExporter(x Exporter) {
	e.mu.Lock()
	e.export = x
	e.mu.Unlock()
}

var keyGroups = []byte("a/e/")

const (
	maxGroups            = 10000
	maxWorkflowsPerGroup = 64
	maxSampleBytes       = 16 << 10
)

// OpenErrors loads the error groups in db.
func OpenErrors(db *badger.DB) (*Errors, error) {
	e := &Errors{db: db, groups: map[string]*Group{}}
	err := db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = keyGroups
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			var g Group
			if err := it.Item().Value(func(b []byte) error { return json.Unmarshal(b, &g) }); err != nil {
				return err
			}
			e.groups[g.Fingerprint] = &g
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("audit: errors: %w", err)
	}
	return e, nil
}

var (
	quoted  = regexp.MustCompile(`"[^"]*"|'[^']*'`)
	hexID   = regexp.MustCompile(`\b(0x)?[0-9a-fA-F]{8,}\b`)
	numbers = regexp.MustCompile(`\b\d+(\.\d+)?\b`)
)

// Normalise makes an error message stable across occurrences: quoted text,
// long hex ids and numbers become placeholders.
func Normalise(msg string) string {
	msg = quoted.ReplaceAllString(msg, `"…"`)
	msg = hexID.ReplaceAllString(msg, "<id>")
	return numbers.ReplaceAllString(msg, "<n>")
}

// Fingerprint is what groups occurrences: kind, location, normalised message.
func Fingerprint(kind, location, msg string) string {
	sum := sha256.Sum256([]byte(kind + "\x00" + location + "\x00" + Normalise(msg)))
	return hex.EncodeToString(sum[:8])
}

// Capture adds an occurrence to its group.
func (e *Errors) Capture(o Occurrence) error {
	if o.Time.IsZero() {
		o.Time = time.Now()
	}
	g, export, err := e.capture(o)
	if err == nil && export != nil {
		export.Export(o, g)
	}
	return err
}

func (e *Errors) capture(o Occurrence) (Group, Exporter, error) {
	fp := Fingerprint(o.Kind, o.Location, o.Message)
	e.mu.Lock()
	defer e.mu.Unlock()
	g, ok := e.groups[fp]
	if !ok {
		if len(e.groups) >= maxGroups {
			return Group{}, nil, fmt.Errorf("audit: errors: %d groups already; occurrence of %s at %s not kept", maxGroups, o.Kind, o.Location)
		}
		g = &Group{Fingerprint: fp, Kind: o.Kind, Location: o.Location, Message: Normalise(o.Message), FirstSeen: o.Time.UTC(), Workflows: []string{}}
		e.groups[fp] = g
	}
	g.Count++
	g.LastSeen = o.Time.UTC()
	if o.Workflow != "" && !slices.Contains(g.Workflows, o.Workflow) && len(g.Workflows) < maxWorkflowsPerGroup {
		g.Workflows = append(g.Workflows, o.Workflow)
		sort.Strings(g.Workflows)
	}
	g.SampleError = truncate(o.Message)
	if o.Stack != "" {
		g.SampleStack = truncate(o.Stack)
	}
	if o.Event != nil {
		// The bytes, not the caller's value, which it may change later.
		if b, err := json.Marshal(o.Event); err == nil && len(b) <= maxSampleBytes {
			g.SampleEvent = b
		}
	}
	raw, err := json.Marshal(g)
	if err != nil {
		return Group{}, nil, err
	}
	err = e.db.Update(func(txn *badger.Txn) error {
		return txn.Set(append([]byte(string(keyGroups)), fp...), raw)
	})
	c := *g
	c.Workflows = slices.Clone(g.Workflows)
	return c, e.export, err
}

func truncate(s string) string {
	if len(s) > maxSampleBytes {
		return s[:maxSampleBytes] + "…"
	}
	return s
}

// Groups returns the groups, most recent first; kind filters when set.
func (e *Errors) Groups(kind string) []Group {
	e.mu.Lock()
	out := make([]Group, 0, len(e.groups))
	for _, g := range e.groups {
		if kind == "" || g.Kind == kind {
			c := *g
			c.Workflows = slices.Clone(g.Workflows)
			out = append(out, c)
		}
	}
	e.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return out[i].LastSeen.After(out[j].LastSeen) })
	return out
}
