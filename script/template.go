package script

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Template is a compiled Mustache-style template: text with {{path}} and
// {{path | helper:arg}} holes. It is rendered in one pass over data only:
// what a hole yields is never read as a template again, so user data cannot
// inject template syntax.
type Template struct {
	parts []part
}

type part struct {
	text    string // literal text, or the hole's path when isHole
	isHole  bool
	path    Path
	helpers []helperCall
}

type helperCall struct {
	name string
	arg  string
}

// ErrTemplate is wrapped by template compile errors.
var ErrTemplate = errors.New("template")

// Helpers are the filters a hole may apply, in order, left to right.
var Helpers = map[string]func(v any, arg string) (any, error){
	// fixed:N formats a number with N decimals (default 2).
	"fixed": func(v any, arg string) (any, error) {
		n, ok := toNumber(v)
		if !ok {
			return v, nil
		}
		d := 2
		if arg != "" {
			var err error
			if d, err = strconv.Atoi(arg); err != nil || d < 0 || d > 20 {
				return nil, fmt.Errorf("fixed:%s: want 0 to 20 decimals", arg)
			}
		}
		return strconv.FormatFloat(n, 'f', d, 64), nil
	},
	"round": func(v any, _ string) (any, error) {
		if n, ok := toNumber(v); ok {
			return math.Round(n), nil
		}
		return v, nil
	},
	// percent formats a ratio (0.42) as a percentage (42%).
	"percent": func(v any, arg string) (any, error) {
		n, ok := toNumber(v)
		if !ok {
			return v, nil
		}
		d := 0
		if arg != "" {
			var err error
			if d, err = strconv.Atoi(arg); err != nil || d < 0 || d > 20 {
				return nil, fmt.Errorf("percent:%s: want 0 to 20 decimals", arg)
			}
		}
		return strconv.FormatFloat(n*100, 'f', d, 64) + "%", nil
	},
	// unit appends a unit: {{temp | fixed:1 | unit:°C}}.
	"unit":  func(v any, arg string) (any, error) { return display(v) + arg, nil },
	"upper": func(v any, _ string) (any, error) { return strings.ToUpper(display(v)), nil },
	"lower": func(v any, _ string) (any, error) { return strings.ToLower(display(v)), nil },
	"json": func(v any, _ string) (any, error) {
		b, err := json.Marshal(v)
		return string(b), err
	},
	// default:x stands in for a missing or empty value.
	"default": func(v any, arg string) (any, error) {
		if v == nil || v == "" {
			return arg, nil
		}
		return v, nil
	},
	// date:layout formats an RFC 3339 time or Unix seconds with a Go layout
	// (default RFC 3339), in UTC.
	"date": func(v any, arg string) (any, error) {
		var t time.Time
		switch x := v.(type) {
		case string:
			var err error
			if t, err = time.Parse(time.RFC3339Nano, x); err != nil {
				return v, nil
			}
		default:
			n, ok := toNumber(v)
			if !ok {
				return v, nil
			}
			t = time.Unix(0, int64(n*1e9))
		}
		if arg == "" {
			arg = time.RFC3339
		}
		return t.UTC().Format(arg), nil
	},
}

// ParseTemplate compiles src.
func ParseTemplate(src string) (*Template, error) {
	t := &Template{}
	rest := src
	for rest != "" {
		open := strings.Index(rest, "{{")
		if open < 0 {
			t.parts = append(t.parts, part{text: rest})
			break
		}
		if open > 0 {
			t.parts = append(t.parts, part{text: rest[:open]})
		}
		end := strings.Index(rest[open:], "}}")
		if end < 0 {
			return nil, fmt.Errorf("%w: {{ at byte %d is never closed", ErrTemplate, len(src)-len(rest)+open)
		}
		hole := strings.TrimSpace(rest[open+2 : open+end])
		rest = rest[open+end+2:]
		fields := strings.Split(hole, "|")
		name := strings.TrimSpace(fields[0])
		var p Path
		var err error
		if name != "." { // "." alone is the data itself
			p, err = ParsePath(name)
		}
		if err != nil {
			return nil, fmt.Errorf("%w: {{%s}}: %v", ErrTemplate, hole, err)
		}
		h := part{text: name, isHole: true, path: p}
		for _, f := range fields[1:] {
			hn, arg, _ := strings.Cut(strings.TrimSpace(f), ":")
			if _, ok := Helpers[hn]; !ok {
				return nil, fmt.Errorf("%w: {{%s}}: unknown helper %q", ErrTemplate, hole, hn)
			}
			h.helpers = append(h.helpers, helperCall{name: hn, arg: arg})
		}
		t.parts = append(t.parts, h)
	}
	return t, nil
}

// Render fills the holes from data. A missing value renders as nothing.
func (t *Template) Render(data any) (string, error) {
	return t.RenderLimit(data, math.MaxInt)
}

// RenderLimit is Render that stops with an error once the text passes limit
// bytes.
func (t *Template) RenderLimit(data any, limit int) (string, error) {
	var b strings.Builder
	for _, p := range t.parts {
		if b.Len() > limit {
			return "", fmt.Errorf("%w: result over %d bytes", ErrTemplate, limit)
		}
		if !p.isHole {
			b.WriteString(p.text)
			continue
		}
		v, _ := p.path.Resolve(data)
		for _, h := range p.helpers {
			var err error
			if v, err = Helpers[h.name](v, h.arg); err != nil {
				return "", fmt.Errorf("%w: {{%s}}: %v", ErrTemplate, p.text, err)
			}
		}
		b.WriteString(display(v))
	}
	if b.Len() > limit {
		return "", fmt.Errorf("%w: result over %d bytes", ErrTemplate, limit)
	}
	return b.String(), nil
}

// toNumber is Number, and also reads a number written as text.
func toNumber(v any) (float64, bool) {
	if s, ok := v.(string); ok {
		f, err := strconv.ParseFloat(s, 64)
		return f, err == nil
	}
	return Number(v)
}

// display renders a value as text: strings as they are, numbers in their
// shortest form, anything else as JSON.
func display(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case bool:
		return strconv.FormatBool(x)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// templates caches compiled templates by source.
type templates struct {
	mu sync.Mutex
	m  map[string]*Template
}

func (c *templates) get(src string) (*Template, error) {
	c.mu.Lock()
	t, ok := c.m[src]
	c.mu.Unlock()
	if ok {
		return t, nil
	}
	t, err := ParseTemplate(src)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if len(c.m) >= maxCachedPrograms {
		clear(c.m)
	}
	c.m[src] = t
	c.mu.Unlock()
	return t, nil
}
