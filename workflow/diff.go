package workflow

import (
	"encoding/json"
	"slices"
)

// Changes is what a new version changes in the running one, by node id.
type Changes struct {
	Added   []string `json:"added"`
	Changed []string `json:"changed"` // the node's own settings
	Removed []string `json:"removed"`
	Rewired []string `json:"rewired"` // only its wires (or else, on_error)
}

// Empty reports whether nothing changed.
func (c Changes) Empty() bool {
	return len(c.Added)+len(c.Changed)+len(c.Removed)+len(c.Rewired) == 0
}

// Diff compares two versions node by node. Layout (x, y) is not a change.
func Diff(old, new *Workflow) Changes {
	c := Changes{Added: []string{}, Changed: []string{}, Removed: []string{}, Rewired: []string{}}
	if old == nil {
		for _, n := range new.Nodes {
			c.Added = append(c.Added, n.ID)
		}
		return c
	}
	for _, n := range new.Nodes {
		o := old.Node(n.ID)
		switch {
		case o == nil:
			c.Added = append(c.Added, n.ID)
		case settings(*o) != settings(n):
			c.Changed = append(c.Changed, n.ID)
		case wiring(*o) != wiring(n):
			c.Rewired = append(c.Rewired, n.ID)
		}
	}
	for _, o := range old.Nodes {
		if new.Node(o.ID) == nil {
			c.Removed = append(c.Removed, o.ID)
		}
	}
	slices.Sort(c.Added)
	slices.Sort(c.Changed)
	slices.Sort(c.Removed)
	slices.Sort(c.Rewired)
	return c
}

// settings is a node without its layout and wiring, as comparable text.
func settings(n Node) string {
	n.X, n.Y = 0, 0
	n.Wires, n.Else, n.OnError = nil, nil, ""
	b, _ := json.Marshal(n)
	return string(b)
}

func wiring(n Node) string {
	b, _ := json.Marshal([]any{n.Wires, n.Else, n.OnError})
	return string(b)
}
