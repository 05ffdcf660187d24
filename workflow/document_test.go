package workflow

import (
	"encoding/json"
	"maps"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestParseExample(t *testing.T) {
	src, err := os.ReadFile("../examples/workflows/sensor-anomaly.yaml")
	if err != nil {
		t.Fatal(err)
	}
	w, err := Parse("sensor-anomaly.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	if w.Name != "sensor-anomaly" || len(w.Nodes) != 4 || w.Node("hot").Expression != "data.temp > 80" {
		t.Fatalf("%+v", w)
	}
	c1, b1, err := w.CID()
	if err != nil {
		t.Fatal(err)
	}
	// The same workflow as JSON, keys in another order, has the same CID.
	back, err := FromCanonical(b1)
	if err != nil {
		t.Fatal(err)
	}
	if c2, _, _ := back.CID(); c2 != c1 {
		t.Fatalf("canonical form does not round-trip: %s %s", c1, c2)
	}
	// Layout is no change; a moved wire is.
	moved := *back
	moved.Nodes = append([]Node(nil), back.Nodes...)
	moved.Nodes[0].X = 999
	if d := Diff(w, &moved); !d.Empty() {
		t.Fatalf("layout counted as a change: %+v", d)
	}
	moved.Nodes[1].Wires = []string{"raise"}
	moved.Nodes[2].Script = "return 1;"
	if d := Diff(w, &moved); strings.Join(d.Rewired, ",") != "hot" || strings.Join(d.Changed, ",") != "alert-text" {
		t.Fatalf("diff: %+v", d)
	}
}

func TestParseErrors(t *testing.T) {
	base := "name: w\nnodes:\n  - id: t\n    kind: trigger\n    event: a.b\n    wires: [s]\n  - id: s\n    kind: script\n    script: return 1;\n"
	for _, tc := range []struct{ src, want string }{
		{strings.Replace(base, "wires: [s]", "wires: [nope]", 1), `w.yaml:6:13: nodes[0].wires[0] (node "t"): no node has id "nope"`},
		{strings.Replace(base, "kind: script", "kind: scrpt", 1), `w.yaml:8:11: nodes[1].kind (node "s"): "scrpt" is not one of`},
		{strings.Replace(base, "event: a.b", "event: a.b\n    emit: x", 1), `nodes[0].emit (node "t"): not a field of a trigger node`},
		{strings.Replace(base, "    script: return 1;\n", "    script: return 1;\n    wires: [t]\n", 1), `nodes[0].wires (node "t"): wires make a loop: t → s → t`},
		{strings.Replace(base, "name: w", "name: W W", 1), `w.yaml:1:7: name: "W W"`},
		{strings.Replace(base, "id: s", "id: t", 1), `w.yaml:7:9: nodes[1].id (node "t"): repeated`},
		{strings.Replace(base, "    wires: [s]\n", "    wires: [s]\n    retry: {max: 99}\n", 1), `w.yaml:7:18: nodes[0].retry.max (node "t"): 99: want 0 to 10`},
		{"name: w\nnodes:\n  - id: t\n    kind: trigger\n     event: x\n", "w.yaml:4:11: mapping value is not allowed"},
		{strings.Replace(base, "event: a.b", "schedule: every minute", 1), `nodes[0].schedule (node "t"): "every minute"`},
	} {
		_, err := Parse("w.yaml", []byte(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s\ngot  %v\nwant %s", tc.src, err, tc.want)
		}
	}
}

// TestSchemaFields: the JSON Schema names every field of the document, and
// no other; the example validates against its required fields.
func TestSchemaFields(t *testing.T) {
	var schema struct {
		Properties map[string]any `json:"properties"`
		Defs       struct {
			Node struct {
				Properties map[string]map[string]any `json:"properties"`
			} `json:"node"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(Schema, &schema); err != nil {
		t.Fatal(err)
	}
	check := func(what string, typ reflect.Type, props []string) {
		var fields []string
		for i := range typ.NumField() {
			name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
			fields = append(fields, name)
		}
		slices.Sort(fields)
		slices.Sort(props)
		if !slices.Equal(fields, props) {
			t.Errorf("%s: fields %v, schema %v", what, fields, props)
		}
	}
	check("workflow", reflect.TypeFor[Workflow](), slices.Collect(maps.Keys(schema.Properties)))
	check("node", reflect.TypeFor[Node](), slices.Collect(maps.Keys(schema.Defs.Node.Properties)))
	for name, typ := range map[string]reflect.Type{"retry": reflect.TypeFor[Retry](), "webhook": reflect.TypeFor[Webhook](), "canary": reflect.TypeFor[Canary]()} {
		props, _ := schema.Defs.Node.Properties[name]["properties"].(map[string]any)
		check(name, typ, slices.Collect(maps.Keys(props)))
	}
}
