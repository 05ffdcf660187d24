package script

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/dop251/goja"
	jsast "github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
)

// The path form of a program: most rules and many scripts only read fixed
// member chains of their inputs (data.temp, event.data.device). For those,
// Compile makes a second program in which each distinct chain is a
// parameter of its own, and an evaluation passes the values the chains name,
// looked up in Go, instead of building every input as JavaScript objects,
// which costs more than running a short rule.
//
// The form is used only where it cannot be told apart from the plain one:
//   - at compile time, every mention of a parameter must be the root of a
//     chain read in a plain read position (no assignment, delete, ++, --,
//     destructuring or for-in target; no bare use, no shadowing, no
//     arguments or eval);
//   - at run time, every chain must name an own property of plain objects
//     all the way (or a last name absent from both the object and
//     Object.prototype), and no object a chain yields may be one another
//     chain walks through, which the script could change under it.
//
// Otherwise the evaluation takes the plain program. Objects a chain yields
// are built once per evaluation, so two chains naming one object give the
// same JavaScript object.

// pathPrefix names the path form's parameters; a body that mentions it
// keeps the plain form.
const pathPrefix = "__cere_p"

// inputPath is one chain: a parameter and the property names after it.
type inputPath struct {
	param int
	keys  []string
	text  string // as written, for error messages
}

// pathForm is a program over the chains of its inputs.
type pathForm struct {
	prog  *goja.Program
	paths []inputPath
	// native evaluates the form in Go where it can (see native.go).
	native nativeFunc
}

// chain is a member chain found in the source.
type chain struct {
	param      int
	keys       []string
	start, end int // byte offsets in the wrapped source
}

// cutNames are property names a chain stops before: they are usually
// those of strings and arrays, which the lookup does not follow.
var cutNames = map[string]bool{"length": true}

// protoNames are Object.prototype's properties: an absent last name among
// them is not undefined.
var protoNames = map[string]bool{
	"constructor": true, "__proto__": true, "hasOwnProperty": true, "isPrototypeOf": true,
	"propertyIsEnumerable": true, "toString": true, "valueOf": true, "toLocaleString": true,
	"__defineGetter__": true, "__defineSetter__": true, "__lookupGetter__": true, "__lookupSetter__": true,
}

// readFields are the places a chain may stand to be read, as
// "NodeType.Field".
var readFields = map[string]bool{
	"BinaryExpression.Left": true, "BinaryExpression.Right": true,
	"ConditionalExpression.Test": true, "ConditionalExpression.Consequent": true, "ConditionalExpression.Alternate": true,
	"ReturnStatement.Argument": true, "ThrowStatement.Argument": true,
	"CallExpression.ArgumentList": true, "NewExpression.ArgumentList": true,
	"Binding.Initializer": true, "TemplateLiteral.Expressions": true,
	"IfStatement.Test": true, "WhileStatement.Test": true, "DoWhileStatement.Test": true, "ForStatement.Test": true,
	"SwitchStatement.Discriminant": true, "CaseStatement.Test": true,
	"ArrayLiteral.Value": true, "PropertyKeyed.Value": true,
	"BracketExpression.Left": true, "BracketExpression.Member": true,
	"AssignExpression.Right": true, "ExpressionStatement.Expression": true, "SequenceExpression.Sequence": true,
	"SpreadElement.Expression": true, "ExpressionBody.Expression": true,
	"UnaryExpression.Operand": true, // with a reading operator only
	"ForInStatement.Source":   true, "ForOfStatement.Source": true,
	"DotExpression.Left": true, // a chain cut before a method or length
}

// readOperators are the unary operators that only read their operand.
var readOperators = map[token.Token]bool{
	token.NOT: true, token.MINUS: true, token.PLUS: true, token.BITWISE_NOT: true, token.TYPEOF: true, token.VOID: true,
}

// chainFinder walks a parsed program for the chains of its parameters.
type chainFinder struct {
	params map[string]int
	chains map[int]chain // by start offset: some nodes are reachable twice
	ok     bool
}

// derivePathForm returns the path form of the wrapped source src whose
// body starts at offset bodyStart, or nil where the body does not allow one.
func derivePathForm(ast *jsast.Program, src string, bodyStart int, params []string) *pathForm {
	body := src[bodyStart:]
	if strings.Contains(body, pathPrefix) || strings.Contains(body, "arguments") || strings.Contains(body, "eval") {
		return nil
	}
	f := &chainFinder{params: map[string]int{}, chains: map[int]chain{}, ok: true}
	for i, p := range params {
		f.params[p] = i
	}
	fn := ast.Body[0].(*jsast.ExpressionStatement).Expression.(*jsast.FunctionLiteral)
	f.walk(reflect.ValueOf(fn.Body), "", false)
	if !f.ok || len(f.chains) == 0 {
		return nil
	}
	chains := make([]chain, 0, len(f.chains))
	for _, c := range f.chains {
		if c.start < bodyStart {
			return nil
		}
		// The source must say exactly the chain: no escapes in names, no
		// comments inside.
		if strings.Join(strings.Fields(src[c.start:c.end]), "") != params[c.param]+"."+strings.Join(c.keys, ".") {
			return nil
		}
		chains = append(chains, c)
	}
	slices.SortFunc(chains, func(a, b chain) int { return a.start - b.start })

	// One parameter per distinct chain; a chain that extends another is
	// written as the shorter one's parameter and the rest of its names, so
	// that a change the script makes to that object is seen through it.
	form := &pathForm{}
	index := map[string]int{}
	var rewritten strings.Builder
	last := bodyStart
	for _, c := range chains {
		key, short := shortestPrefix(chains, c)
		i, seen := index[key]
		if !seen {
			i = len(form.paths)
			index[key] = i
			form.paths = append(form.paths, inputPath{param: short.param, keys: short.keys,
				text: params[short.param] + "." + strings.Join(short.keys, ".")})
		}
		rewritten.WriteString(src[last:c.start])
		fmt.Fprint(&rewritten, pathPrefix, i)
		for _, k := range c.keys[len(short.keys):] {
			rewritten.WriteString("." + k)
		}
		// Keep the line count, so that line numbers in messages hold.
		rewritten.WriteString(strings.Repeat("\n", strings.Count(src[c.start:c.end], "\n")))
		last = c.end
	}
	rewritten.WriteString(src[last:])
	var out strings.Builder
	out.WriteString("(function(")
	for i := range form.paths {
		if i > 0 {
			out.WriteString(", ")
		}
		fmt.Fprint(&out, pathPrefix, i)
	}
	out.WriteString(") {\n'use strict';\n")
	out.WriteString(rewritten.String())
	prog, err := compileFunction(out.String())
	if err != nil {
		return nil // the plain form compiled: keep to it
	}
	form.prog = prog
	return form
}

// shortestPrefix returns the key and chain of the shortest chain among all
// that is a prefix of c (c itself when none is).
func shortestPrefix(all []chain, c chain) (string, chain) {
	best := c
	for _, o := range all {
		if o.param == c.param && len(o.keys) < len(best.keys) && slices.Equal(o.keys, c.keys[:len(o.keys)]) {
			best = o
		}
	}
	return fmt.Sprint(best.param, "\x00", strings.Join(best.keys, "\x00")), best
}

// walk visits v, a node or a field of one, reached through field (the
// parent's "Type.Field"); write is set under an assignment target.
func (f *chainFinder) walk(v reflect.Value, field string, write bool) {
	if !f.ok {
		return
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return
		}
		if v.Kind() == reflect.Pointer {
			if c, ok := f.chainAt(v.Interface()); ok {
				if write || !readFields[field] {
					f.ok = false
					return
				}
				f.chains[c.start] = c
				return
			}
		}
		f.walk(v.Elem(), field, write)
	case reflect.Slice:
		for i := range v.Len() {
			f.walk(v.Index(i), field, write)
		}
	case reflect.Struct:
		f.walkStruct(v, write)
	}
}

func (f *chainFinder) walkStruct(v reflect.Value, write bool) {
	t := v.Type()
	var node any
	if v.CanAddr() {
		node = v.Addr().Interface()
	}
	switch n := node.(type) {
	case *jsast.Identifier:
		if _, isParam := f.params[string(n.Name)]; isParam {
			f.ok = false // a bare use, a declaration or a property name: keep to the plain form
		}
		return
	case *jsast.DotExpression:
		f.walk(v.FieldByName("Left"), "DotExpression.Left", write)
		return // its Identifier is a property name
	case *jsast.CallExpression:
		// A method call on a chain: the chain stops before the method, so
		// that the call keeps its receiver.
		if c, ok := f.chainAt(n.Callee); ok && len(c.keys) > 1 {
			if d, ok := n.Callee.(*jsast.DotExpression); ok {
				f.walk(reflect.ValueOf(&d.Left).Elem(), "DotExpression.Left", write)
			}
		} else {
			f.walk(v.FieldByName("Callee"), "CallExpression.Callee", write)
		}
		f.walk(v.FieldByName("ArgumentList"), "CallExpression.ArgumentList", write)
		return
	case *jsast.AssignExpression:
		f.walk(v.FieldByName("Left"), "AssignExpression.Left", true)
		f.walk(v.FieldByName("Right"), "AssignExpression.Right", write)
		return
	case *jsast.UnaryExpression:
		// typeof data.x and the like read; delete, ++ and -- write.
		f.walk(v.FieldByName("Operand"), "UnaryExpression.Operand", write || !readOperators[n.Operator])
		return
	case *jsast.ForInStatement:
		f.walk(v.FieldByName("Into"), "ForInStatement.Into", true)
		f.walk(v.FieldByName("Source"), "ForInStatement.Source", write)
		f.walk(v.FieldByName("Body"), "ForInStatement.Body", write)
		return
	case *jsast.ForOfStatement:
		f.walk(v.FieldByName("Into"), "ForOfStatement.Into", true)
		f.walk(v.FieldByName("Source"), "ForOfStatement.Source", write)
		f.walk(v.FieldByName("Body"), "ForOfStatement.Body", write)
		return
	case *jsast.ArrayPattern, *jsast.ObjectPattern:
		write = true
	}
	for i := range v.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		f.walk(v.Field(i), t.Name()+"."+sf.Name, write)
	}
}

// chainAt reports whether n is a member chain of a parameter (data.a.b),
// cut before a name in cutNames.
func (f *chainFinder) chainAt(n any) (chain, bool) {
	var keys []string
	var ends []int
	cur := n
	for {
		d, ok := cur.(*jsast.DotExpression)
		if !ok {
			break
		}
		keys = append(keys, string(d.Identifier.Name))
		ends = append(ends, int(d.Idx1())-1)
		cur = d.Left
	}
	id, ok := cur.(*jsast.Identifier)
	if !ok || len(keys) == 0 {
		return chain{}, false
	}
	param, ok := f.params[string(id.Name)]
	if !ok {
		return chain{}, false
	}
	slices.Reverse(keys)
	slices.Reverse(ends)
	for i, k := range keys {
		if cutNames[k] {
			if i == 0 {
				return chain{}, false
			}
			keys, ends = keys[:i], ends[:i]
			break
		}
	}
	return chain{param: param, keys: keys, start: int(id.Idx) - 1, end: ends[len(ends)-1]}, true
}

// resolve looks the form's chains up in inputs; ok is false where the plain
// program must run instead.
func (pf *pathForm) resolve(inputs []any, values []any) bool {
	var through, yielded []uintptr // maps chains walk through, and maps or lists they yield
	for i, p := range pf.paths {
		if p.param >= len(inputs) {
			return false
		}
		cur := inputs[p.param]
		for j, k := range p.keys {
			m, ok := cur.(map[string]any)
			if !ok || m == nil {
				return false
			}
			through = append(through, reflect.ValueOf(m).Pointer())
			next, found := m[k]
			if !found {
				if j < len(p.keys)-1 || protoNames[k] {
					return false
				}
				next = undefined{}
			}
			cur = next
		}
		switch x := cur.(type) {
		case map[string]any:
			yielded = append(yielded, reflect.ValueOf(x).Pointer())
		}
		values[i] = cur
	}
	for _, y := range yielded {
		if slices.Contains(through, y) {
			return false
		}
	}
	return true
}

// undefined stands for an absent property among resolved values.
type undefined struct{}

// pathMessage writes a path form's parameter names in a message as the
// chains they stand for.
func (pf *pathForm) pathMessage(msg string) string {
	if !strings.Contains(msg, pathPrefix) {
		return msg
	}
	for i := len(pf.paths) - 1; i >= 0; i-- { // __cere_p10 before __cere_p1
		msg = strings.ReplaceAll(msg, fmt.Sprint(pathPrefix, i), pf.paths[i].text)
	}
	return msg
}
