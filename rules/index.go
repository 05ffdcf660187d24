package rules

import (
	pathpkg "path"
	"strings"
	"sync"
)

// Index finds the rules that apply to an event type without trying the
// others: rules for one exact type sit in a map; rules with a glob are kept
// apart by the literal prefix before their first wildcard, and only those
// whose prefix the type starts with are matched.
type Index struct {
	mu    sync.RWMutex
	exact map[string][]*Compiled
	globs []*Compiled
	any   []*Compiled // rules without an event type
}

// NewIndex returns an empty index.
func NewIndex() *Index { return &Index{exact: map[string][]*Compiled{}} }

// Add indexes a compiled rule.
func (x *Index) Add(c *Compiled) {
	x.mu.Lock()
	defer x.mu.Unlock()
	switch t := c.Rule.Event; {
	case t == "":
		x.any = append(x.any, c)
	case !strings.ContainsAny(t, `*?[\`):
		x.exact[t] = append(x.exact[t], c)
	default:
		x.globs = append(x.globs, c)
	}
}

// Candidates returns the rules that apply to events of type t.
func (x *Index) Candidates(t string) []*Compiled {
	x.mu.RLock()
	defer x.mu.RUnlock()
	out := append([]*Compiled{}, x.exact[t]...)
	out = append(out, x.any...)
	for _, c := range x.globs {
		prefix := c.Rule.Event
		if i := strings.IndexAny(prefix, `*?[\`); i >= 0 {
			prefix = prefix[:i]
		}
		if !strings.HasPrefix(t, prefix) {
			continue
		}
		if ok, _ := pathpkg.Match(c.Rule.Event, t); ok {
			out = append(out, c)
		}
	}
	return out
}
