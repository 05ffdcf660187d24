package runtime

import (
	"errors"
	"fmt"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Schemas are a manifest's inputs and outputs schemas, compiled; a nil one
// takes anything.
type Schemas struct {
	Inputs, Outputs *jsonschema.Schema
}

// noLoader refuses every $ref outside the schema itself: a manifest comes
// from anyone, and must not make the node read its files or the network.
type noLoader struct{}

func (noLoader) Load(url string) (any, error) {
	return nil, fmt.Errorf("%s: a schema may refer only to itself", url)
}

// CompileSchemas compiles the manifest's inputs and outputs JSON Schemas
// (draft 2020-12 unless they say otherwise).
func (m *Manifest) CompileSchemas() (Schemas, error) {
	var s Schemas
	var err error
	if s.Inputs, err = compileSchema("inputs", m.Inputs); err != nil {
		return Schemas{}, err
	}
	if s.Outputs, err = compileSchema("outputs", m.Outputs); err != nil {
		return Schemas{}, err
	}
	return s, nil
}

func compileSchema(field string, doc map[string]any) (*jsonschema.Schema, error) {
	if doc == nil {
		return nil, nil
	}
	// A reference lets a schema recurse, and a recursive anyOf costs time
	// exponential in the depth of the value checked: a manifest comes from
	// anyone, so its schemas may not refer at all.
	if where := reference(doc, field); where != "" {
		return nil, fmt.Errorf("%s: not a JSON Schema this node takes: %s refers to another schema (no $ref here)", field, where)
	}
	c := jsonschema.NewCompiler()
	c.UseLoader(noLoader{})
	url := "urn:cere:" + field
	if err := c.AddResource(url, doc); err != nil {
		return nil, fmt.Errorf("%s: not a JSON Schema: %w", field, err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		return nil, fmt.Errorf("%s: not a JSON Schema: %w", field, err)
	}
	return sch, nil
}

// reference returns the path of the first reference keyword in doc, or "".
func reference(v any, path string) string {
	switch x := v.(type) {
	case map[string]any:
		for k, item := range x {
			switch k {
			case "$ref", "$dynamicRef", "$recursiveRef":
				return path + "." + k
			}
			if where := reference(item, path+"."+k); where != "" {
				return where
			}
		}
	case []any:
		for i, item := range x {
			if where := reference(item, fmt.Sprintf("%s[%d]", path, i)); where != "" {
				return where
			}
		}
	}
	return ""
}

// Check reports how v fails sch, in one line per failure; nil when it
// passes or sch is nil.
func Check(sch *jsonschema.Schema, v any) error {
	if sch == nil {
		return nil
	}
	err := sch.Validate(v)
	var ve *jsonschema.ValidationError
	if errors.As(err, &ve) {
		return errors.New(ve.Error())
	}
	return err
}
