package script

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	jsast "github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"
)

// The native form of a program: a body that is one return of an
// expression over member chains and literals, as rule expressions and most
// mapping scripts are (data.temp > 80; {device: data.device, text:
// `${data.device} is hot`}; tmpl("{{temp}}°C", {temp: data.temp})), is
// also compiled to a Go function over the path form's values. It answers
// only where JavaScript would give the same without a conversion Go does
// differently:
//   - numbers compared with numbers, or added, subtracted, multiplied,
//     divided, taken the remainder of, or negated; strings, booleans or nulls tested for equality with
//     their own kind;
//   - strings joined with strings, numbers, booleans or null, by + or in a
//     template literal (numbers written as JavaScript writes them);
//   - &&, ||, !, and a ? b : c over those;
//   - object literals with names for keys, array literals, and tmpl with a
//     literal template.
//
// Anything else (a string ordered, kinds mixed, an absent property, a
// string that is not valid UTF-8, a result over MaxResult) leaves it to
// the path form in JavaScript, so the answer is the same either way, only
// without a runtime, conversions or the watchdog for the common case. The
// result is what run gives: plain data, copied, with -0 written 0 and NaN
// and the infinities null, as JSON writes them.

// nativeFunc evaluates a native form over the path form's resolved values;
// ok is false where the program must run instead.
type nativeFunc func(vals []any) (result any, ok bool)

// nativeExpr is one node of a native form: its value, or ok false.
type nativeExpr func(vals []any) (any, bool)

// Values a native form builds: an object or array literal's, copied into
// the result in place (input maps and lists are copied anew).
type (
	builtObject map[string]any
	builtArray  []any
)

// nativeCompiler compiles the expressions of one program.
type nativeCompiler struct {
	e    *Engine
	f    *chainFinder
	form *pathForm
}

// deriveNative returns the native form of a program whose path form is
// form, or nil where its body is not one return of such an expression.
func deriveNative(e *Engine, ast *jsast.Program, params []string, form *pathForm) nativeFunc {
	fn := ast.Body[0].(*jsast.ExpressionStatement).Expression.(*jsast.FunctionLiteral)
	list := fn.Body.List
	// The wrapper's 'use strict' comes first.
	if len(list) != 2 {
		return nil
	}
	ret, ok := list[1].(*jsast.ReturnStatement)
	if !ok || ret.Argument == nil {
		return nil
	}
	c := &nativeCompiler{e: e, f: &chainFinder{params: map[string]int{}}, form: form}
	for i, p := range params {
		c.f.params[p] = i
	}
	expr := c.compile(ret.Argument)
	if expr == nil {
		return nil
	}
	limit := e.limits.MaxResult
	return func(vals []any) (any, bool) {
		v, ok := expr(vals)
		if !ok {
			return nil, false
		}
		budget := limit
		return plainCopy(v, 0, &budget)
	}
}

// compile compiles one expression, or returns nil.
func (c *nativeCompiler) compile(e jsast.Expression) nativeExpr {
	switch n := e.(type) {
	case *jsast.NumberLiteral:
		return constant(numberOf(n, 1))
	case *jsast.StringLiteral:
		return text(n.Value)
	case *jsast.BooleanLiteral:
		v := n.Value
		return func([]any) (any, bool) { return v, true }
	case *jsast.NullLiteral:
		return func([]any) (any, bool) { return nil, true }
	case *jsast.DotExpression:
		return c.chain(n)
	case *jsast.UnaryExpression:
		return c.unary(n)
	case *jsast.BinaryExpression:
		return c.binary(n)
	case *jsast.ConditionalExpression:
		test, yes, no := c.compile(n.Test), c.compile(n.Consequent), c.compile(n.Alternate)
		if test == nil || yes == nil || no == nil {
			return nil
		}
		return func(vals []any) (any, bool) {
			t, ok := test(vals)
			if !ok {
				return nil, false
			}
			if truthy(t) {
				return yes(vals)
			}
			return no(vals)
		}
	case *jsast.TemplateLiteral:
		return c.template(n)
	case *jsast.ObjectLiteral:
		return c.object(n)
	case *jsast.ArrayLiteral:
		return c.array(n)
	case *jsast.CallExpression:
		return c.tmpl(n)
	}
	return nil
}

// text is a string literal's native form, or nil for one that holds
// U+FFFD, which may stand for a lone surrogate Go cannot hold.
func text(s unistring.String) nativeExpr {
	v := s.String()
	if strings.ContainsRune(v, utf8.RuneError) {
		return nil
	}
	return func([]any) (any, bool) { return v, true }
}

// chain is a member chain's native form: the value the path form resolved.
func (c *nativeCompiler) chain(n *jsast.DotExpression) nativeExpr {
	ch, ok := c.f.chainAt(n)
	if !ok || ch.end != int(n.Idx1())-1 {
		return nil // cut before length: not a value of its own
	}
	for i, p := range c.form.paths {
		if p.param == ch.param && slices.Equal(p.keys, ch.keys) {
			return func(vals []any) (any, bool) {
				switch x := vals[i].(type) {
				case nil, bool, float64, map[string]any, []any:
					return x, true
				case string:
					return vals[i], utf8.ValidString(x) // JavaScript would hold U+FFFD
				case int:
					return float64(x), true // as toJS makes it
				case int64:
					return float64(x), true
				}
				return nil, false // undefined, or a value JSON does not make
			}
		}
	}
	return nil // written through a shorter chain
}

func (c *nativeCompiler) unary(n *jsast.UnaryExpression) nativeExpr {
	if n.Postfix {
		return nil
	}
	switch n.Operator {
	case token.NOT:
		x := c.compile(n.Operand)
		if x == nil {
			return nil
		}
		return func(vals []any) (any, bool) {
			v, ok := x(vals)
			return !truthy(v), ok
		}
	case token.MINUS:
		if lit, ok := n.Operand.(*jsast.NumberLiteral); ok {
			return constant(numberOf(lit, -1))
		}
		x := c.compile(n.Operand)
		if x == nil {
			return nil
		}
		return func(vals []any) (any, bool) {
			v, ok := x(vals)
			f, isNumber := v.(float64)
			return -f, ok && isNumber
		}
	}
	return nil
}

func (c *nativeCompiler) binary(n *jsast.BinaryExpression) nativeExpr {
	left, right := c.compile(n.Left), c.compile(n.Right)
	if left == nil || right == nil {
		return nil
	}
	op := n.Operator
	var apply func(l, r any) (any, bool)
	switch op {
	case token.LOGICAL_AND, token.LOGICAL_OR:
		and := op == token.LOGICAL_AND
		return func(vals []any) (any, bool) {
			l, ok := left(vals)
			if !ok {
				return nil, false
			}
			if truthy(l) != and {
				return l, true // && stops at a falsy value, || at a truthy one
			}
			return right(vals)
		}
	case token.LESS, token.GREATER, token.LESS_OR_EQUAL, token.GREATER_OR_EQUAL,
		token.EQUAL, token.STRICT_EQUAL, token.NOT_EQUAL, token.STRICT_NOT_EQUAL:
		apply = func(l, r any) (any, bool) { return compare(op, l, r) }
	case token.PLUS:
		apply = plus
	case token.MINUS, token.MULTIPLY, token.SLASH, token.REMAINDER:
		apply = func(l, r any) (any, bool) { return arithmetic(op, l, r) }
	default:
		return nil
	}
	return func(vals []any) (any, bool) {
		l, ok := left(vals)
		if !ok {
			return nil, false
		}
		r, ok := right(vals)
		if !ok {
			return nil, false
		}
		return apply(l, r)
	}
}

// template is a template literal's native form (untagged only).
func (c *nativeCompiler) template(n *jsast.TemplateLiteral) nativeExpr {
	if n.Tag != nil || len(n.Elements) != len(n.Expressions)+1 {
		return nil
	}
	parts := make([]string, len(n.Elements))
	for i, el := range n.Elements {
		if !el.Valid {
			return nil
		}
		parts[i] = el.Parsed.String()
		if strings.ContainsRune(parts[i], utf8.RuneError) {
			return nil
		}
	}
	exprs := make([]nativeExpr, len(n.Expressions))
	for i, x := range n.Expressions {
		if exprs[i] = c.compile(x); exprs[i] == nil {
			return nil
		}
	}
	return func(vals []any) (any, bool) {
		var b strings.Builder
		b.WriteString(parts[0])
		for i, x := range exprs {
			v, ok := x(vals)
			if !ok {
				return nil, false
			}
			s, ok := toString(v)
			if !ok {
				return nil, false
			}
			b.WriteString(s)
			b.WriteString(parts[i+1])
		}
		return b.String(), true
	}
}

// object is an object literal's native form: keys that are names or
// strings, values of their own (no computed keys, shorthand, spread,
// methods or accessors, and no __proto__, which sets the prototype).
func (c *nativeCompiler) object(n *jsast.ObjectLiteral) nativeExpr {
	keys := make([]string, len(n.Value))
	vals := make([]nativeExpr, len(n.Value))
	for i, p := range n.Value {
		kv, ok := p.(*jsast.PropertyKeyed)
		if !ok || kv.Computed || kv.Kind != jsast.PropertyKindValue {
			return nil
		}
		key, ok := kv.Key.(*jsast.StringLiteral)
		if !ok {
			return nil
		}
		keys[i] = key.Value.String()
		if keys[i] == "__proto__" || strings.ContainsRune(keys[i], utf8.RuneError) {
			return nil
		}
		if vals[i] = c.compile(kv.Value); vals[i] == nil {
			return nil
		}
	}
	return func(in []any) (any, bool) {
		m := make(builtObject, len(keys))
		for i, k := range keys {
			v, ok := vals[i](in)
			if !ok {
				return nil, false
			}
			m[k] = v // a later key of the same name wins, as in JavaScript
		}
		return m, true
	}
}

// array is an array literal's native form (no holes, no spread).
func (c *nativeCompiler) array(n *jsast.ArrayLiteral) nativeExpr {
	items := make([]nativeExpr, len(n.Value))
	for i, x := range n.Value {
		if x == nil {
			return nil
		}
		if items[i] = c.compile(x); items[i] == nil {
			return nil
		}
	}
	return func(in []any) (any, bool) {
		out := make(builtArray, len(items))
		for i, item := range items {
			v, ok := item(in)
			if !ok {
				return nil, false
			}
			out[i] = v
		}
		return out, true
	}
}

// tmpl is the native form of a call of tmpl with a literal template: the
// same template, rendered from the same plain data. A template that does
// not parse, or a result over the limits, is left to JavaScript to throw.
func (c *nativeCompiler) tmpl(n *jsast.CallExpression) nativeExpr {
	callee, ok := n.Callee.(*jsast.Identifier)
	if !ok || callee.Name != "tmpl" || len(n.ArgumentList) == 0 || len(n.ArgumentList) > 2 {
		return nil
	}
	if _, shadowed := c.f.params["tmpl"]; shadowed {
		return nil
	}
	lit, ok := n.ArgumentList[0].(*jsast.StringLiteral)
	if !ok {
		return nil
	}
	src := lit.Value.String()
	if strings.ContainsRune(src, utf8.RuneError) || len(src) > c.e.limits.MaxSource {
		return nil
	}
	t, err := ParseTemplate(src) // as tmpl would, each call
	if err != nil {
		return nil
	}
	arg := func([]any) (any, bool) { return nil, true }
	if len(n.ArgumentList) == 2 {
		if arg = c.compile(n.ArgumentList[1]); arg == nil {
			return nil
		}
	}
	e := c.e
	return func(vals []any) (any, bool) {
		v, ok := arg(vals)
		if !ok {
			return nil, false
		}
		budget := e.limits.MaxResult
		if v, ok = plainCopy(v, 0, &budget); !ok {
			return nil, false
		}
		out, err := t.RenderLimit(v, e.limits.MaxResult)
		if err != nil || len(out) > e.limits.MaxResult {
			return nil, false
		}
		return out, true
	}
}

// numberOf is a number literal's value times sign; ok is false for a
// literal that is not a plain number (a BigInt).
func numberOf(n *jsast.NumberLiteral, sign float64) (float64, bool) {
	switch x := n.Value.(type) {
	case int64:
		return sign * float64(x), true
	case float64:
		return sign * x, true
	}
	return 0, false
}

// constant is a number literal's native form, or nil.
func constant(v float64, ok bool) nativeExpr {
	if !ok {
		return nil
	}
	return func([]any) (any, bool) { return v, true }
}

// compare applies a comparison where Go and JavaScript agree without
// conversion; ok is false elsewhere.
func compare(op token.Token, l, r any) (any, bool) {
	equal := false
	switch a := l.(type) {
	case float64:
		b, ok := r.(float64)
		if !ok {
			return nil, false
		}
		switch op {
		case token.LESS:
			return a < b, true
		case token.GREATER:
			return a > b, true
		case token.LESS_OR_EQUAL:
			return a <= b, true
		case token.GREATER_OR_EQUAL:
			return a >= b, true
		}
		equal = a == b
	case string:
		b, ok := r.(string)
		if !ok {
			return nil, false
		}
		equal = a == b // valid UTF-8 on both sides: the same as UTF-16 units
	case bool:
		b, ok := r.(bool)
		if !ok {
			return nil, false
		}
		equal = a == b
	case nil:
		if r != nil {
			return nil, false
		}
		equal = true
	default:
		return nil, false
	}
	switch op {
	case token.EQUAL, token.STRICT_EQUAL:
		return equal, true
	case token.NOT_EQUAL, token.STRICT_NOT_EQUAL:
		return !equal, true
	}
	return nil, false // strings, booleans and nulls are not ordered here
}

// plus is +: numbers added, or strings joined where one side is a string
// and the other a string, a number, a boolean or null.
func plus(l, r any) (any, bool) {
	a, lnum := l.(float64)
	b, rnum := r.(float64)
	if lnum && rnum {
		return float64(a + b), true
	}
	_, lstr := l.(string)
	_, rstr := r.(string)
	if !lstr && !rstr {
		return nil, false
	}
	ls, ok := toString(l)
	if !ok {
		return nil, false
	}
	rs, ok := toString(r)
	if !ok {
		return nil, false
	}
	return ls + rs, true
}

// arithmetic is -, *, / and % of two numbers, as IEEE 754 doubles in both
// languages (the conversions stop Go fusing a multiply and an add).
func arithmetic(op token.Token, l, r any) (any, bool) {
	a, lok := l.(float64)
	b, rok := r.(float64)
	if !lok || !rok {
		return nil, false
	}
	switch op {
	case token.MINUS:
		return float64(a - b), true
	case token.MULTIPLY:
		return float64(a * b), true
	case token.SLASH:
		return float64(a / b), true
	case token.REMAINDER:
		return math.Mod(a, b), true // the sign of the dividend, as %
	}
	return nil, false
}

// toString is JavaScript's ToString of a primitive; ok is false for objects
// and arrays, whose text depends on their prototypes.
func toString(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case float64:
		return numberString(x), true
	case bool:
		return strconv.FormatBool(x), true
	case nil:
		return "null", true
	}
	return "", false
}

// numberString writes a number as JavaScript's Number.prototype.toString
// does (ECMA-262 Number::toString): the fewest digits that read back as
// the same number, in plain notation from 1e-7 up to 1e21 and in
// exponent notation outside.
func numberString(x float64) string {
	switch {
	case math.IsNaN(x):
		return "NaN"
	case x == 0:
		return "0" // and -0
	case math.IsInf(x, 1):
		return "Infinity"
	case math.IsInf(x, -1):
		return "-Infinity"
	case x < 0:
		return "-" + numberString(-x)
	}
	// x = 0.d1d2…dk × 10^n, with the fewest digits k.
	mant, exp, _ := strings.Cut(strconv.FormatFloat(x, 'e', -1, 64), "e")
	digits := strings.Replace(mant, ".", "", 1)
	p, _ := strconv.Atoi(exp)
	k, n := len(digits), p+1
	switch {
	case k <= n && n <= 21:
		return digits + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		return digits[:n] + "." + digits[n:]
	case -6 < n && n <= 0:
		return "0." + strings.Repeat("0", -n) + digits
	}
	s := digits[:1]
	if k > 1 {
		s += "." + digits[1:]
	}
	if n-1 < 0 {
		return s + "e-" + strconv.Itoa(1-n)
	}
	return s + "e+" + strconv.Itoa(n-1)
}

// truthy is JavaScript's ToBoolean of a plain value.
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case float64:
		return x != 0 && !math.IsNaN(x)
	case string:
		return x != ""
	}
	return true // objects and arrays
}

// plainCopy is what JSON.parse(JSON.stringify(v)) gives of a native form's
// value, as plainOf gives it of a JavaScript one: input maps and lists
// copied, built ones taken over, -0 as 0, NaN and the infinities as null.
// ok is false where plainOf would decline (deeper than maxPlainDepth, over
// the budget of JSON bytes, counted as plainOf counts them but every
// number as 24 bytes, a key it would not look up) and for text that is not
// valid UTF-8.
func plainCopy(v any, depth int, budget *int) (any, bool) {
	// Values that need no change are given back as they are, not boxed
	// anew.
	switch x := v.(type) {
	case nil:
		*budget -= 4
		return nil, *budget >= 0
	case bool:
		*budget -= 5
		return v, *budget >= 0
	case float64:
		*budget -= 24
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, *budget >= 0
		}
		if x == 0 && math.Signbit(x) {
			return 0.0, *budget >= 0
		}
		return v, *budget >= 0
	case string:
		*budget -= jsonStringLen(x)
		return v, *budget >= 0 && utf8.ValidString(x)
	}
	if depth >= maxPlainDepth {
		return nil, false
	}
	switch x := v.(type) {
	case map[string]any:
		return copyObject(x, make(map[string]any, len(x)), depth, budget)
	case builtObject:
		return copyObject(x, x, depth, budget)
	case []any:
		return copyArray(x, make([]any, len(x)), depth, budget)
	case builtArray:
		return copyArray(x, x, depth, budget)
	}
	return nil, false
}

func copyObject(from, to map[string]any, depth int, budget *int) (any, bool) {
	*budget -= 2
	for k, item := range from {
		if strings.ContainsRune(k, utf8.RuneError) { // invalid UTF-8 too
			return nil, false // as plainOf, which could not look it up
		}
		item, ok := plainCopy(item, depth+1, budget)
		if !ok {
			return nil, false
		}
		*budget -= jsonStringLen(k) + 2
		to[k] = item
	}
	return to, *budget >= 0
}

func copyArray(from, to []any, depth int, budget *int) (any, bool) {
	*budget -= 2 + len(from)
	for i, item := range from {
		item, ok := plainCopy(item, depth+1, budget)
		if !ok {
			return nil, false
		}
		to[i] = item
	}
	return to, *budget >= 0
}
