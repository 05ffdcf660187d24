package document

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

type retry struct {
	Max     int    `json:"max"`
	Backoff string `json:"backoff,omitempty"`
}

type step struct {
	ID    string         `json:"id"`
	Retry *retry         `json:"retry,omitempty"`
	With  map[string]any `json:"with,omitempty"`
}

type flow struct {
	Name  string `json:"name"`
	Nodes []step `json:"nodes"`
}

func TestDecode(t *testing.T) {
	var f flow
	src := "name: demo\nnodes:\n  - id: a\n    retry: {max: 3}\n    with: {x: [1, two]}\n  - id: b\n"
	if err := Decode("flow.yaml", []byte(src), &f); err != nil {
		t.Fatal(err)
	}
	if f.Name != "demo" || len(f.Nodes) != 2 || f.Nodes[0].Retry.Max != 3 || f.Nodes[0].With["x"].([]any)[1] != "two" {
		t.Fatalf("%+v", f)
	}
	// JSON is YAML.
	if err := Decode("flow.json", []byte(`{"name": "j", "nodes": [{"id": "a"}]}`), &f); err != nil || f.Name != "j" {
		t.Fatal(f, err)
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"name: demo\nnodes:\n  - id: a\n    retyr: {max: 3}\n", "flow.yaml:4:5: nodes[0].retyr: unknown field (known: id, retry, with)"},
		{"name: demo\nnodes:\n  - id: a\n    retry: {max: three}\n", "flow.yaml:4:18: nodes[0].retry.max: expected a whole number, found text \"three\""},
		{"name: demo\nname: again\n", `flow.yaml:2:1: mapping key "name" already defined at [1:1]`},
		{"name: demo\nnodes: {id: a}\n", "flow.yaml:2:8: nodes: expected a list, found an object"},
		{"name: [1]\n", "flow.yaml:1:7: name: expected text, found a list"},
		{"name: demo\n  bad: indent\n", "flow.yaml:1:7: mapping value is not allowed in this context"},
		{"", "flow.yaml: the document is empty"},
		{"name: a\n---\nname: b\n", "a second document"},
		{"name: &a x\nnodes: *a\n", "flow.yaml:1:7: anchors and aliases are not supported"},
		{"name: demo\nnodes: [1, 2\n", "flow.yaml:2:8: sequence end token ']' not found"},
		{"name: 12\n", "flow.yaml:1:7: name: expected text, found a number \"12\""},
	} {
		var f flow
		err := Decode("flow.yaml", []byte(tc.src), &f)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: %v, want %q", tc.src, err, tc.want)
		}
	}
}

// TestDepth: deep nesting is refused before parsing, quickly; ordinary
// documents, brackets in text and comments included, are not.
func TestDepth(t *testing.T) {
	start := time.Now()
	for _, src := range []string{
		"name: " + strings.Repeat("[", 80<<10),
		"name: " + strings.Repeat("{a: ", 100) + "1" + strings.Repeat("}", 100),
		"name:\n" + strings.Repeat("- ", 300) + "x\n",
	} {
		var v any
		if err := Decode("deep.yaml", []byte(src), &v); err == nil || !strings.Contains(err.Error(), "nested over 64 levels") {
			t.Errorf("%.40q…: %v", src, err)
		}
	}
	if took := time.Since(start); took > time.Second {
		t.Fatalf("refusing took %s", took)
	}
	var f flow
	ok := "name: \"[[[[{{{{ in text\" # [[[[ in a comment\nnodes:\n  - id: '{[{['\n"
	if err := Decode("ok.yaml", []byte(ok), &f); err != nil || f.Nodes[0].ID != "{[{[" {
		t.Fatalf("%+v %v", f, err)
	}
}

// TestLimits: a document over a limit is refused before it is parsed, with
// an error that names the limit; documents at the limits, or shaped like
// them without passing them, are read.
func TestLimits(t *testing.T) {
	flat := func(keys int) string {
		var b strings.Builder
		for k := range keys {
			fmt.Fprintf(&b, "k%d: %d\n", k, k)
		}
		return b.String()
	}
	items := func(n int) string {
		var b strings.Builder
		b.WriteString("l:\n")
		for i := range n {
			fmt.Fprintf(&b, "  - a: %d\n    b: x\n", i)
		}
		return b.String()
	}
	for _, tc := range []struct{ name, src, limit string }{
		{"flat, 53,000 keys", flat(53000), "MaxBytes"},
		{"bytes", strings.Repeat("# a comment\n", MaxBytes/12+1) + "a: 1\n", "MaxBytes"},
		{"values", "l: [" + strings.Repeat("1,", MaxValues) + "1]\n", "MaxValues"},
		{"keys", flat(MaxKeys + 1), "MaxKeys"},
		{"nested keys", "a:\n  b: 1\n  c:\n" + strings.ReplaceAll(flat(MaxKeys+1), "k", "    k"), "MaxKeys"},
		{"keys of an item", "l:\n  - " + strings.ReplaceAll(strings.TrimPrefix(flat(MaxKeys+2), "k0: 0\n"), "\nk", "\n    k") + "\n", "MaxKeys"},
		{"keys with anchors", strings.ReplaceAll(flat(2*MaxKeys+2), "k1", "&x k1"), "MaxKeys"},
		{"ok: keys", flat(MaxKeys), ""},
		{"ok: items", items(MaxKeys * 4), ""},
		{"ok: keys beside objects", "a:\n" + strings.ReplaceAll(flat(MaxKeys), "k", "  k") + "b:\n" + strings.ReplaceAll(flat(MaxKeys), "k", "  k") + "c: 1\n", ""},
		{"ok: a long script", "s: |\n" + strings.Repeat("  x: 1\n", 4*MaxKeys) + "t: 1\n", ""},
	} {
		start := time.Now()
		var v any
		err := Decode(tc.name+".yaml", []byte(tc.src), &v)
		took := time.Since(start)
		if tc.limit == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		var le *LimitError
		if !errors.As(err, &le) || le.Limit != tc.limit || !strings.Contains(err.Error(), "document."+tc.limit) {
			t.Errorf("%s: %v, want an error naming document.%s", tc.name, err, tc.limit)
		}
		t.Logf("%s: %d bytes refused in %s: %v", tc.name, len(tc.src), took, err)
		if took > time.Second {
			t.Errorf("%s: refused after %s", tc.name, took)
		}
	}
}
