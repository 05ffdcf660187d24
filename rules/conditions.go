// Package rules owns the Rule Service: it decides which workflow steps act
// on which events. A rule is a declarative condition (all / any / not over
// fact paths and operators), compiled to Go closures, or a JavaScript
// predicate run in the script sandbox. It knows nothing of HTTP.
package rules

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/cerestack/cere/script"
)

// Condition is a declarative condition as workflow authors write it (the
// shape json-rules-engine uses): exactly one of All, Any, Not, or a fact
// test (Fact, Operator, Value).
type Condition struct {
	All      []Condition `json:"all,omitempty"`
	Any      []Condition `json:"any,omitempty"`
	Not      *Condition  `json:"not,omitempty"`
	Fact     string      `json:"fact,omitempty"`
	Operator string      `json:"operator,omitempty"`
	Value    any         `json:"value,omitempty"`
	// Params are a history fact's query: {type, where, since, field}, where
	// a "$path" value is taken from the event (as in {"device":
	// "$data.device"}).
	Params map[string]any `json:"params,omitempty"`
}

// Facts are what conditions look at: the event as a JSON object (type,
// source, id, time, data, ...), and whatever else a caller adds.
type Facts = map[string]any

// Predicate is a compiled condition.
type Predicate func(Facts) bool

// ErrCondition is wrapped by every compile error; the message names the
// place in the condition tree, as in `all[1].any[0].operator`.
var ErrCondition = errors.New("condition")

// Operators lists the operators a fact test may use.
var Operators = []string{"equal", "notEqual", "lessThan", "lessThanInclusive", "greaterThan",
	"greaterThanInclusive", "in", "notIn", "contains", "matches", "exists"}

// Compile checks c and compiles it to a predicate.
func Compile(c Condition) (Predicate, error) {
	return compile(c, "")
}

func fail(at, format string, args ...any) error {
	if at == "" {
		at = "condition"
	}
	return fmt.Errorf("%w: %s: %s", ErrCondition, at, fmt.Sprintf(format, args...))
}

func join(at, field string) string {
	if at == "" {
		return field
	}
	return at + "." + field
}

func compile(c Condition, at string) (Predicate, error) {
	kinds := 0
	if c.All != nil {
		kinds++
	}
	if c.Any != nil {
		kinds++
	}
	if c.Not != nil {
		kinds++
	}
	if c.Fact != "" || c.Operator != "" {
		kinds++
	}
	if kinds != 1 {
		return nil, fail(at, "want exactly one of all, any, not, or fact with operator")
	}
	switch {
	case c.All != nil || c.Any != nil:
		list, name := c.All, "all"
		if c.Any != nil {
			list, name = c.Any, "any"
		}
		if len(list) == 0 {
			return nil, fail(join(at, name), "empty")
		}
		preds := make([]Predicate, len(list))
		for i, sub := range list {
			p, err := compile(sub, fmt.Sprintf("%s[%d]", join(at, name), i))
			if err != nil {
				return nil, err
			}
			preds[i] = p
		}
		if name == "all" {
			return func(f Facts) bool {
				for _, p := range preds {
					if !p(f) {
						return false
					}
				}
				return true
			}, nil
		}
		return func(f Facts) bool {
			for _, p := range preds {
				if p(f) {
					return true
				}
			}
			return false
		}, nil
	case c.Not != nil:
		p, err := compile(*c.Not, join(at, "not"))
		if err != nil {
			return nil, err
		}
		return func(f Facts) bool { return !p(f) }, nil
	}
	return compileTest(c, at)
}

// equal compares JSON values: numbers by value whatever their Go type.
func equal(a, b any) bool {
	if x, ok := script.Number(a); ok {
		y, ok := script.Number(b)
		return ok && x == y
	}
	switch x := a.(type) {
	case string:
		y, ok := b.(string)
		return ok && x == y
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case nil:
		return b == nil
	case []any:
		y, ok := b.([]any)
		return ok && slices.EqualFunc(x, y, equal)
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, v := range x {
			if w, ok := y[k]; !ok || !equal(v, w) {
				return false
			}
		}
		return true
	}
	return false
}

func compileTest(c Condition, at string) (Predicate, error) {
	p, err := script.ParsePath(c.Fact)
	if err != nil {
		return nil, fail(join(at, "fact"), "%v", err)
	}
	want := c.Value
	opAt := join(at, "operator")
	switch c.Operator {
	case "equal", "notEqual":
		neg := c.Operator == "notEqual"
		// The common case, a number or a string, without the general compare.
		if n, ok := script.Number(want); ok {
			return func(f Facts) bool {
				v, found := p.Resolve(f)
				x, isNum := script.Number(v)
				return (found && isNum && x == n) != neg
			}, nil
		}
		if s, ok := want.(string); ok {
			return func(f Facts) bool {
				v, _ := p.Resolve(f)
				x, isStr := v.(string)
				return (isStr && x == s) != neg
			}, nil
		}
		return func(f Facts) bool {
			v, found := p.Resolve(f)
			return (found && equal(v, want)) != neg
		}, nil
	case "lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive":
		n, ok := script.Number(want)
		if !ok || math.IsNaN(n) {
			return nil, fail(join(at, "value"), "%s needs a number, got %v", c.Operator, want)
		}
		var cmp func(x float64) bool
		switch c.Operator {
		case "lessThan":
			cmp = func(x float64) bool { return x < n }
		case "lessThanInclusive":
			cmp = func(x float64) bool { return x <= n }
		case "greaterThan":
			cmp = func(x float64) bool { return x > n }
		default:
			cmp = func(x float64) bool { return x >= n }
		}
		return func(f Facts) bool {
			v, _ := p.Resolve(f)
			x, ok := script.Number(v)
			return ok && cmp(x)
		}, nil
	case "in", "notIn":
		list, ok := want.([]any)
		if !ok {
			return nil, fail(join(at, "value"), "%s needs a list", c.Operator)
		}
		neg := c.Operator == "notIn"
		return func(f Facts) bool {
			v, found := p.Resolve(f)
			return (found && slices.ContainsFunc(list, func(w any) bool { return equal(v, w) })) != neg
		}, nil
	case "contains":
		return func(f Facts) bool {
			v, _ := p.Resolve(f)
			switch x := v.(type) {
			case []any:
				return slices.ContainsFunc(x, func(w any) bool { return equal(w, want) })
			case string:
				s, ok := want.(string)
				return ok && strings.Contains(x, s)
			}
			return false
		}, nil
	case "matches":
		pattern, ok := want.(string)
		if !ok {
			return nil, fail(join(at, "value"), "matches needs a regular expression string")
		}
		re, err := regexp.Compile(pattern)
		if err != nil {
			return nil, fail(join(at, "value"), "%v", err)
		}
		return func(f Facts) bool {
			v, _ := p.Resolve(f)
			s, ok := v.(string)
			return ok && re.MatchString(s)
		}, nil
	case "exists":
		should := true
		if want != nil {
			b, ok := want.(bool)
			if !ok {
				return nil, fail(join(at, "value"), "exists takes true, false or nothing")
			}
			should = b
		}
		return func(f Facts) bool {
			_, found := p.Resolve(f)
			return found == should
		}, nil
	case "":
		return nil, fail(opAt, "missing (one of %s)", strings.Join(Operators, ", "))
	}
	return nil, fail(opAt, "unknown operator %q (one of %s)", c.Operator, strings.Join(Operators, ", "))
}
