package document

import (
	"fmt"
	"math"

	"github.com/goccy/go-yaml/ast"
)

// kind is what a node holds.
type kind int

const (
	mappingNode kind = iota + 1
	sequenceNode
	scalarNode
)

// node is a parsed value and where it was written. A mapping's Content is
// its keys and values in turn; a sequence's, its items. Scalars carry
// their YAML tag (!!str, !!int, !!float, !!bool, !!null), their text and
// their value (string, float64, bool or nil).
type node struct {
	Kind         kind
	Tag          string
	Value        string
	Scalar       any
	Line, Column int
	Content      []*node
}

func position(n ast.Node) (line, col int) {
	if n == nil || n.GetToken() == nil {
		return 0, 0
	}
	p := n.GetToken().Position
	return p.Line, p.Column
}

// convert turns the parser's tree into nodes, refusing what a JSON value
// cannot be (anchors and aliases, tags, merge keys, NaN and infinities).
func convert(file string, n ast.Node) (*node, error) {
	line, col := position(n)
	out := &node{Line: line, Column: col}
	bad := func(format string, args ...any) error {
		return &Error{File: file, Line: line, Column: col, Msg: fmt.Sprintf(format, args...)}
	}
	switch x := n.(type) {
	case nil:
		out.Kind, out.Tag = scalarNode, "!!null"
	case *ast.DocumentNode:
		return convert(file, x.Body)
	case *ast.MappingNode:
		out.Kind = mappingNode
		for _, kv := range x.Values {
			if err := out.addPair(file, kv); err != nil {
				return nil, err
			}
		}
	case *ast.MappingValueNode:
		out.Kind = mappingNode
		if err := out.addPair(file, x); err != nil {
			return nil, err
		}
		out.Line, out.Column = out.Content[0].Line, out.Content[0].Column
	case *ast.SequenceNode:
		out.Kind = sequenceNode
		for _, item := range x.Values {
			c, err := convert(file, item)
			if err != nil {
				return nil, err
			}
			out.Content = append(out.Content, c)
		}
	case *ast.StringNode:
		out.Kind, out.Tag, out.Value, out.Scalar = scalarNode, "!!str", x.Value, x.Value
	case *ast.LiteralNode:
		out.Kind, out.Tag, out.Value, out.Scalar = scalarNode, "!!str", x.Value.Value, x.Value.Value
		if l, c := position(x.Value); l > 0 {
			out.Line, out.Column = l, c
		}
	case *ast.IntegerNode:
		out.Kind, out.Tag, out.Value = scalarNode, "!!int", x.GetToken().Value
		switch v := x.Value.(type) {
		case int64:
			out.Scalar = float64(v)
		case uint64:
			out.Scalar = float64(v)
		default:
			return nil, bad("%q is not a number this reads", out.Value)
		}
	case *ast.FloatNode:
		if math.IsInf(x.Value, 0) || math.IsNaN(x.Value) {
			return nil, bad("%g is not a JSON number", x.Value)
		}
		out.Kind, out.Tag, out.Value, out.Scalar = scalarNode, "!!float", x.GetToken().Value, x.Value
	case *ast.InfinityNode, *ast.NanNode:
		return nil, bad("infinities and NaN are not JSON numbers")
	case *ast.BoolNode:
		out.Kind, out.Tag, out.Value, out.Scalar = scalarNode, "!!bool", x.GetToken().Value, x.Value
	case *ast.NullNode:
		out.Kind, out.Tag, out.Value = scalarNode, "!!null", x.GetToken().Value
	case *ast.AnchorNode, *ast.AliasNode:
		return nil, bad("anchors and aliases are not supported")
	case *ast.TagNode:
		return nil, bad("tags are not supported")
	case *ast.MergeKeyNode:
		return nil, bad("merge keys are not supported")
	default:
		return nil, bad("unsupported YAML (%s)", n.Type())
	}
	return out, nil
}

// addPair appends a key and its value to a mapping.
func (m *node) addPair(file string, kv *ast.MappingValueNode) error {
	var keyNode ast.Node = kv.Key
	if k, ok := kv.Key.(*ast.MappingKeyNode); ok {
		keyNode = k.Value
	}
	k, err := convert(file, keyNode)
	if err != nil {
		return err
	}
	if k.Kind != scalarNode || k.Tag == "!!null" {
		return &Error{File: file, Line: k.Line, Column: k.Column, Msg: "keys must be text"}
	}
	v, err := convert(file, kv.Value)
	if err != nil {
		return err
	}
	if v.Line == 0 {
		v.Line, v.Column = k.Line, k.Column
	}
	m.Content = append(m.Content, k, v)
	return nil
}
