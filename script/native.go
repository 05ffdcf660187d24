package script

import (
	"math"
	"slices"

	jsast "github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
)

// The native form of a program: a body that only returns a test of member
// chains against literals (data.temp > 80, event.type === "alert" &&
// !data.muted), as most rule expressions are, is also compiled to a Go
// function over the path form's values. It answers where JavaScript would
// give the same without conversions: numbers compared with numbers;
// strings, booleans or nulls tested for equality with their own kind; &&,
// || and ! over those; and a boolean result. Anything else (a string
// ordered, kinds mixed, an absent property, a result that is not a
// boolean) leaves it to the path form in JavaScript, so the answer is the
// same either way, only without a runtime, conversions or the watchdog
// for the common case.

// nativeFunc evaluates a native form over the path form's resolved values;
// ok is false where the program must run instead.
type nativeFunc func(vals []any) (result bool, ok bool)

// nativeExpr is one node of a native form: its value, or ok false.
type nativeExpr func(vals []any) (any, bool)

// deriveNative returns the native form of a program whose path form is
// form, or nil where its body is not one return of such a test.
func deriveNative(ast *jsast.Program, params []string, form *pathForm) nativeFunc {
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
	f := &chainFinder{params: map[string]int{}}
	for i, p := range params {
		f.params[p] = i
	}
	expr := compileNative(ret.Argument, f, form)
	if expr == nil {
		return nil
	}
	return func(vals []any) (bool, bool) {
		v, ok := expr(vals)
		b, isBool := v.(bool)
		return b, ok && isBool
	}
}

// compileNative compiles one expression, or returns nil.
func compileNative(e jsast.Expression, f *chainFinder, form *pathForm) nativeExpr {
	switch n := e.(type) {
	case *jsast.NumberLiteral:
		return constant(numberOf(n, 1))
	case *jsast.StringLiteral:
		if n.Value.AsUtf16() != nil {
			return nil // not ASCII: JavaScript compares UTF-16 units
		}
		v := n.Value.String()
		return func([]any) (any, bool) { return v, true }
	case *jsast.BooleanLiteral:
		v := n.Value
		return func([]any) (any, bool) { return v, true }
	case *jsast.NullLiteral:
		return func([]any) (any, bool) { return nil, true }
	case *jsast.DotExpression:
		c, ok := f.chainAt(n)
		if !ok || c.end != int(n.Idx1())-1 {
			return nil // cut before length: not a value of its own
		}
		for i, p := range form.paths {
			if p.param == c.param && slices.Equal(p.keys, c.keys) {
				return func(vals []any) (any, bool) {
					switch vals[i].(type) {
					case nil, bool, float64, string, map[string]any, []any:
						return vals[i], true
					}
					return nil, false // undefined, or a value JSON does not make
				}
			}
		}
		return nil // written through a shorter chain
	case *jsast.UnaryExpression:
		switch {
		case n.Operator == token.NOT && !n.Postfix:
			x := compileNative(n.Operand, f, form)
			if x == nil {
				return nil
			}
			return func(vals []any) (any, bool) {
				v, ok := x(vals)
				return !truthy(v), ok
			}
		case n.Operator == token.MINUS && !n.Postfix:
			if lit, ok := n.Operand.(*jsast.NumberLiteral); ok {
				return constant(numberOf(lit, -1))
			}
		}
		return nil
	case *jsast.BinaryExpression:
		left, right := compileNative(n.Left, f, form), compileNative(n.Right, f, form)
		if left == nil || right == nil {
			return nil
		}
		switch n.Operator {
		case token.LOGICAL_AND, token.LOGICAL_OR:
			and := n.Operator == token.LOGICAL_AND
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
			op := n.Operator
			return func(vals []any) (any, bool) {
				l, ok := left(vals)
				if !ok {
					return nil, false
				}
				r, ok := right(vals)
				if !ok {
					return nil, false
				}
				return compare(op, l, r)
			}
		}
		return nil
	}
	return nil
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
		equal = a == b
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
