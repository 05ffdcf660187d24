package runtime

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestSchemas: a manifest's inputs and outputs schemas are checked when it
// is validated, refuse references outside themselves, and say which field
// of a value fails.
func TestSchemas(t *testing.T) {
	m := Manifest{Name: "a", Version: "1.0.0", Runtime: "wasm", Build: Build{Binary: "a.wasm"}}
	if err := json.Unmarshal([]byte(`{"type": "object", "required": ["device", "value"],
		"properties": {"device": {"type": "string"}, "value": {"type": "number"}}}`), &m.Inputs); err != nil {
		t.Fatal(err)
	}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	s, err := m.CompileSchemas()
	if err != nil || s.Outputs != nil {
		t.Fatalf("%+v %v", s, err)
	}
	var good, bad any
	_ = json.Unmarshal([]byte(`{"device": "d1", "value": 3}`), &good)
	_ = json.Unmarshal([]byte(`{"device": "d1", "value": "hot"}`), &bad)
	if err := Check(s.Inputs, good); err != nil {
		t.Fatal(err)
	}
	if err := Check(s.Inputs, bad); err == nil || !strings.Contains(err.Error(), "/value") {
		t.Fatalf("bad input: %v", err)
	}
	for _, doc := range []string{
		`{"type": "no such type"}`,
		`{"$ref": "file:///etc/passwd"}`,
		`{"$ref": "http://example.com/schema.json"}`,
	} {
		m.Outputs = nil
		if err := json.Unmarshal([]byte(doc), &m.Outputs); err != nil {
			t.Fatal(err)
		}
		if err := m.Validate(); err == nil || !strings.HasPrefix(err.Error(), "outputs: not a JSON Schema") {
			t.Fatalf("%s: %v", doc, err)
		}
	}
	// No reference at all: a recursive anyOf would cost exponential time.
	for _, doc := range []string{
		`{"$defs": {"n": {"anyOf": [{"type": "array", "items": {"$ref": "#/$defs/n"}}, {"type": "null"}]}}, "$ref": "#/$defs/n"}`,
		`{"properties": {"a": {"$ref": "#"}}}`,
	} {
		m.Outputs = nil
		if err := json.Unmarshal([]byte(doc), &m.Outputs); err != nil {
			t.Fatal(err)
		}
		if err := m.Validate(); err == nil || !strings.Contains(err.Error(), "no $ref here") {
			t.Fatalf("%s: %v", doc, err)
		}
	}
}
