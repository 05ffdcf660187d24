// Package document reads the documents users write (rules, workflows) as
// YAML or JSON into Go values. It is strict: an unknown field, a value of
// the wrong kind or a repeated key is an error that names the line, the
// column and the field, as "flow.yaml:12:5: nodes[2].retry.max: ...".
//
// The target's fields are known by their json tags; a value is decoded
// through encoding/json after the check, so that one set of tags and
// UnmarshalJSON methods serves both forms.
package document

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/parser"
)

// Error is a problem at a place in a document.
type Error struct {
	File         string // as given to Decode; may be empty
	Line, Column int    // 1-based; 0 when not known
	Path         string // the field, as "nodes[2].retry.max"; empty for the document
	Msg          string
	err          error // what it wraps: a *LimitError, or nil
}

// Unwrap returns the *LimitError of a document over a limit.
func (e *Error) Unwrap() error { return e.err }

func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteString(":")
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, "%d:%d:", e.Line, e.Column)
	}
	if b.Len() > 0 {
		b.WriteString(" ")
	}
	if e.Path != "" {
		b.WriteString(e.Path + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Decode reads src (YAML or JSON; JSON is YAML) into v, a pointer. name is
// the file's name for messages.
func Decode(name string, src []byte, v any) error {
	root, err := Parse(name, src)
	if err != nil {
		return err
	}
	return root.Decode(v)
}

// Node is a parsed document: its values and where each one was written.
type Node struct {
	file string
	n    *node
}

// MaxDepth is how deeply a document's values may nest. Documents people
// write nest a few levels; the YAML parser's cost grows with the square of
// the depth, so depth is checked before parsing.
const MaxDepth = 64

// Parse parses src as YAML (or JSON) into one document, within MaxBytes,
// MaxDepth, MaxValues and MaxKeys. A limit passed is an *Error wrapping a
// *LimitError.
func Parse(name string, src []byte) (*Node, error) {
	if len(src) > MaxBytes {
		le := &LimitError{Limit: "MaxBytes", Max: MaxBytes, Msg: fmt.Sprintf("%d bytes", len(src))}
		return nil, &Error{File: name, Msg: le.Error(), err: le}
	}
	if line, err := checkDepth(src); err != nil {
		return nil, &Error{File: name, Line: line, Column: 1, Msg: err.Error()}
	}
	tokens := lexer.Tokenize(string(src))
	if line, err := checkTokens(tokens); err != nil {
		return nil, &Error{File: name, Line: line, Column: 1, Msg: err.Error(), err: err}
	}
	f, err := parser.Parse(tokens, 0)
	if err != nil {
		var se *yaml.SyntaxError
		if errors.As(err, &se) && se.Token != nil {
			return nil, &Error{File: name, Line: se.Token.Position.Line, Column: se.Token.Position.Column, Msg: se.Message}
		}
		return nil, &Error{File: name, Msg: strings.TrimSpace(err.Error())}
	}
	var docs []*ast.DocumentNode
	for _, d := range f.Docs {
		if d != nil && d.Body != nil {
			if _, comment := d.Body.(*ast.CommentGroupNode); !comment {
				docs = append(docs, d)
			}
		}
	}
	if len(docs) == 0 {
		return nil, &Error{File: name, Msg: "the document is empty"}
	}
	if len(docs) > 1 {
		line, col := position(docs[1].Body)
		return nil, &Error{File: name, Line: line, Column: col, Msg: "a second document: one document per file"}
	}
	n, err := convert(name, docs[0].Body)
	if err != nil {
		return nil, err
	}
	return &Node{file: name, n: n}, nil
}

// checkDepth bounds nesting without parsing: flow brackets open at once
// (outside quotes and comments), and on each line its indentation plus the
// sequence dashes that start it. It over-counts rather than under-counts.
func checkDepth(src []byte) (int, error) {
	line, depth := 1, 0
	var quote byte
	lineStart, comment := true, false
	indent, dashes := 0, 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\n' {
			line++
			lineStart, comment, indent, dashes = true, false, 0, 0
			if quote == '\'' || quote == '"' {
				continue // quoted text may span lines
			}
			continue
		}
		if comment {
			continue
		}
		if quote != 0 {
			if c == '\\' && quote == '"' {
				i++
			} else if c == quote {
				quote = 0
			}
			continue
		}
		if lineStart {
			switch {
			case c == ' ':
				indent++
				continue
			case c == '-' && i+1 < len(src) && (src[i+1] == ' ' || src[i+1] == '\n'):
				dashes++
				indent++
				continue
			}
			lineStart = false
			if indent/2+dashes > 4*MaxDepth {
				return line, fmt.Errorf("nested over %d levels", MaxDepth)
			}
		}
		switch c {
		case '#':
			if i == 0 || src[i-1] == ' ' || src[i-1] == '\t' {
				comment = true
			}
		case '"', '\'':
			quote = c
		case '[', '{':
			depth++
			if depth > MaxDepth {
				return line, fmt.Errorf("nested over %d levels", MaxDepth)
			}
		case ']', '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return 0, nil
}

// Decode checks the document against v's type and decodes it into v.
func (d *Node) Decode(v any) error {
	t := reflect.TypeOf(v)
	if t == nil || t.Kind() != reflect.Pointer {
		return fmt.Errorf("document: Decode needs a pointer, not %T", v)
	}
	if err := d.check(d.n, t.Elem(), ""); err != nil {
		return err
	}
	plain, err := d.value(d.n, "")
	if err != nil {
		return err
	}
	raw, err := json.Marshal(plain)
	if err != nil {
		return &Error{File: d.file, Msg: err.Error()}
	}
	if err := json.Unmarshal(raw, v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			path := jsonPath(te.Field)
			line, col := d.Position(path)
			return &Error{File: d.file, Line: line, Column: col, Path: path, Msg: fmt.Sprintf("%s is not %s", describe(te.Value), kindName(te.Type))}
		}
		// An UnmarshalJSON method's own error: name the place it came from
		// when it says which field it is about.
		return &Error{File: d.file, Line: d.n.Line, Column: d.n.Column, Msg: strings.TrimPrefix(err.Error(), "json: ")}
	}
	return nil
}

// Position is where the value at path ("nodes[2].retry") was written: the
// deepest part of the path found.
func (d *Node) Position(path string) (line, column int) {
	n := d.n
	line, column = n.Line, n.Column
	for _, part := range splitPath(path) {
		var next *node
		switch n.Kind {
		case mappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == part {
					next = n.Content[i+1]
					break
				}
			}
		case sequenceNode:
			if i, err := strconv.Atoi(part); err == nil && i >= 0 && i < len(n.Content) {
				next = n.Content[i]
			}
		}
		if next == nil {
			break
		}
		n = next
		line, column = n.Line, n.Column
	}
	return line, column
}

// splitPath splits "nodes[2].retry" into "nodes", "2", "retry".
func splitPath(path string) []string {
	path = strings.NewReplacer("[", ".", "]", "").Replace(path)
	var out []string
	for p := range strings.SplitSeq(path, ".") {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// jsonPath writes encoding/json's field path ("nodes.2.retry") as
// "nodes[2].retry".
func jsonPath(field string) string {
	var b strings.Builder
	for i, p := range strings.Split(field, ".") {
		if _, err := strconv.Atoi(p); err == nil {
			fmt.Fprintf(&b, "[%s]", p)
			continue
		}
		if i > 0 {
			b.WriteString(".")
		}
		b.WriteString(p)
	}
	return b.String()
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func (d *Node) errorAt(n *node, path, format string, args ...any) error {
	return &Error{File: d.file, Line: n.Line, Column: n.Column, Path: path, Msg: fmt.Sprintf(format, args...)}
}

var unmarshaler = reflect.TypeFor[json.Unmarshaler]()

// check walks n against t: known fields only, each key once, and objects,
// lists and scalars where t has them.
func (d *Node) check(n *node, t reflect.Type, path string) error {
	if n.Tag == "!!null" {
		return nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(unmarshaler) || t.Kind() == reflect.Interface {
		// The type reads itself, or takes anything: keys must still be
		// strings and appear once.
		return d.checkKeys(n, path)
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != mappingNode {
			return d.errorAt(n, path, "expected an object, found %s", nodeKind(n))
		}
		fields := jsonFields(t)
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			name := join(path, k.Value)
			if seen[k.Value] {
				return d.errorAt(k, name, "repeated")
			}
			seen[k.Value] = true
			ft, ok := fields[k.Value]
			if !ok {
				return d.errorAt(k, name, "unknown field (known: %s)", strings.Join(sortedNames(fields), ", "))
			}
			if err := d.check(val, ft, name); err != nil {
				return err
			}
		}
	case reflect.Map:
		if n.Kind != mappingNode {
			return d.errorAt(n, path, "expected an object, found %s", nodeKind(n))
		}
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			name := join(path, k.Value)
			if seen[k.Value] {
				return d.errorAt(k, name, "repeated")
			}
			seen[k.Value] = true
			if err := d.check(val, t.Elem(), name); err != nil {
				return err
			}
		}
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 && n.Kind == scalarNode {
			return nil // bytes, as base64 text
		}
		if n.Kind != sequenceNode {
			return d.errorAt(n, path, "expected a list, found %s", nodeKind(n))
		}
		for i, item := range n.Content {
			if err := d.check(item, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	default:
		if n.Kind != scalarNode {
			return d.errorAt(n, path, "expected %s, found %s", kindName(t), nodeKind(n))
		}
		if want := scalarTags[t.Kind()]; want != "" && !strings.Contains(want, n.Tag) {
			return d.errorAt(n, path, "expected %s, found %s %q", kindName(t), describe(n.Tag), n.Value)
		}
	}
	return nil
}

// scalarTags are the YAML tags a scalar of each kind may have.
var scalarTags = map[reflect.Kind]string{
	reflect.String: "!!str", reflect.Bool: "!!bool",
	reflect.Int: "!!int", reflect.Int8: "!!int", reflect.Int16: "!!int", reflect.Int32: "!!int", reflect.Int64: "!!int",
	reflect.Uint: "!!int", reflect.Uint8: "!!int", reflect.Uint16: "!!int", reflect.Uint32: "!!int", reflect.Uint64: "!!int",
	reflect.Float32: "!!int !!float", reflect.Float64: "!!int !!float",
}

// checkKeys checks that every object under n has each key once.
func (d *Node) checkKeys(n *node, path string) error {
	switch n.Kind {
	case mappingNode:
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			name := join(path, k.Value)
			if seen[k.Value] {
				return d.errorAt(k, name, "repeated")
			}
			seen[k.Value] = true
			if err := d.checkKeys(n.Content[i+1], name); err != nil {
				return err
			}
		}
	case sequenceNode:
		for i, item := range n.Content {
			if err := d.checkKeys(item, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	}
	return nil
}

// value converts n into plain values.
func (d *Node) value(n *node, path string) (any, error) {
	switch n.Kind {
	case mappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			v, err := d.value(n.Content[i+1], join(path, k.Value))
			if err != nil {
				return nil, err
			}
			m[k.Value] = v
		}
		return m, nil
	case sequenceNode:
		list := make([]any, len(n.Content))
		for i, item := range n.Content {
			v, err := d.value(item, fmt.Sprintf("%s[%d]", path, i))
			if err != nil {
				return nil, err
			}
			list[i] = v
		}
		return list, nil
	case scalarNode:
		return n.Scalar, nil
	}
	return nil, d.errorAt(n, path, "unsupported YAML node")
}

// jsonFields maps a struct's json names to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if f.Anonymous && name == "" {
			ft := f.Type
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				for k, v := range jsonFields(ft) {
					out[k] = v
				}
				continue
			}
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	return out
}

func sortedNames(m map[string]reflect.Type) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

func nodeKind(n *node) string {
	switch n.Kind {
	case mappingNode:
		return "an object"
	case sequenceNode:
		return "a list"
	}
	return describe(n.Tag)
}

// describe names a value's kind from a YAML tag or encoding/json's word.
func describe(s string) string {
	switch s {
	case "!!str", "string":
		return "text"
	case "!!int", "!!float", "number":
		return "a number"
	case "!!bool", "bool":
		return "a boolean"
	case "!!null", "null":
		return "null"
	case "object":
		return "an object"
	case "array":
		return "a list"
	}
	return s
}

func kindName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "a boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "a list"
	}
	return t.String()
}
