package workflow

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/internal/document"
)

// largest are the largest documents Parse accepts, each at a limit of
// internal/document: MaxNodes nodes with scripts up to MaxBytes; objects
// of MaxKeys keys (block style, which the YAML parser reads in time
// growing with the square of an object's keys) up to MaxValues; and the
// first as JSON.
func largest(tb testing.TB) map[string][]byte {
	tb.Helper()
	head := "name: largest\nnodes:\n  - {id: t, kind: trigger, event: reading}\n"
	// MaxNodes nodes, their scripts sized to fill MaxBytes.
	node := func(i int, script string) string {
		return fmt.Sprintf("  - id: s%d\n    kind: script\n    x: %d\n    y: %d\n    wires: [s%d]\n    script: |\n      %s\n", i, i, i, i+1, script)
	}
	var fixed int
	last := MaxNodes - 2 // the trigger, scripts s1 to s<last>, and an emit
	for i := 1; i <= last; i++ {
		fixed += len(node(i, ""))
	}
	pad := (document.MaxBytes - len(head) - fixed - 200) / last
	var nodes strings.Builder
	nodes.WriteString(head)
	for i := 1; i <= last; i++ {
		next := fmt.Sprintf("s%d", i+1)
		if i == last {
			next = "t2"
		}
		s := node(i, "return data // "+strings.Repeat("x", pad-15))
		nodes.WriteString(strings.Replace(s, fmt.Sprintf("wires: [s%d]", i+1), "wires: ["+next+"]", 1))
	}
	nodes.WriteString("  - {id: t2, kind: emit, emit: done}\n")

	// Objects of MaxKeys keys in env, up to MaxValues.
	var keys strings.Builder
	keys.WriteString(head + "env:\n  objects:\n")
	values := 12
	for values+2*document.MaxKeys+1 <= document.MaxValues && keys.Len()+20*document.MaxKeys < document.MaxBytes {
		for k := range document.MaxKeys {
			indent := "      "
			if k == 0 {
				indent = "    - "
			}
			fmt.Fprintf(&keys, "%sk%d: %d\n", indent, k, k)
		}
		values += 2*document.MaxKeys + 1
	}

	w, err := Parse("nodes.yaml", []byte(nodes.String()))
	if err != nil {
		tb.Fatal(err)
	}
	asJSON, err := json.Marshal(w)
	if err != nil {
		tb.Fatal(err)
	}
	docs := map[string][]byte{"nodes.yaml": []byte(nodes.String()), "keys.yaml": []byte(keys.String()), "nodes.json": asJSON}
	for name, src := range docs {
		if len(src) > document.MaxBytes {
			tb.Fatalf("%s: %d bytes, over MaxBytes", name, len(src))
		}
	}
	return docs
}

// BenchmarkParseLargest parses and validates the largest documents
// accepted: each must take under 100 ms.
func BenchmarkParseLargest(b *testing.B) {
	for name, src := range largest(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Parse(name, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestParseLimits: the largest documents accepted parse (BenchmarkParseLargest
// times them), and the flat 827 KB workflow that took 7 s to validate is
// refused at once, naming the limit.
func TestParseLimits(t *testing.T) {
	for name, src := range largest(t) {
		start := time.Now()
		if _, err := Parse(name, src); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		t.Logf("%s: %d bytes in %s", name, len(src), time.Since(start))
	}
	var b strings.Builder
	b.WriteString("name: flat\nnodes:\n  - {id: t, kind: trigger, event: x}\nenv:\n")
	for i := 0; b.Len() < 827<<10; i++ {
		fmt.Fprintf(&b, "  variable%d: value%d\n", i, i)
	}
	start := time.Now()
	_, err := Parse("flat.yaml", []byte(b.String()))
	var le *document.LimitError
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "document.MaxBytes") {
		t.Fatalf("827 KB: %v", err)
	}
	if took := time.Since(start); took > 100*time.Millisecond {
		t.Fatalf("refused after %s", took)
	}
}
