package rules

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func event() Facts {
	var f Facts
	json.Unmarshal([]byte(`{"type": "sensor.reading", "source": "site/north", "id": "e1",
		"data": {"device": "d17", "temp": 81.5, "humidity": 40, "tags": ["roof", "east"],
		"readings": [{"v": 1}, {"v": 2}], "ok": true, "note": null}}`), &f)
	return f
}

func TestConditions(t *testing.T) {
	for _, tc := range []struct {
		cond string
		want bool
	}{
		{`{"fact": "data.temp", "operator": "greaterThan", "value": 80}`, true},
		{`{"fact": "data.temp", "operator": "greaterThan", "value": 81.5}`, false},
		{`{"fact": "data.temp", "operator": "greaterThanInclusive", "value": 81.5}`, true},
		{`{"fact": "data.humidity", "operator": "lessThan", "value": 40}`, false},
		{`{"fact": "data.humidity", "operator": "lessThanInclusive", "value": 40}`, true},
		{`{"fact": "data.device", "operator": "equal", "value": "d17"}`, true},
		{`{"fact": "data.humidity", "operator": "equal", "value": 40}`, true},
		{`{"fact": "data.device", "operator": "notEqual", "value": "d17"}`, false},
		{`{"fact": "data.missing", "operator": "notEqual", "value": "x"}`, true},
		{`{"fact": "data.device", "operator": "in", "value": ["d1", "d17"]}`, true},
		{`{"fact": "data.device", "operator": "notIn", "value": ["d1", "d17"]}`, false},
		{`{"fact": "data.tags", "operator": "contains", "value": "roof"}`, true},
		{`{"fact": "source", "operator": "contains", "value": "north"}`, true},
		{`{"fact": "data.device", "operator": "matches", "value": "^d[0-9]+$"}`, true},
		{`{"fact": "data.note", "operator": "exists"}`, true},
		{`{"fact": "data.nothing", "operator": "exists"}`, false},
		{`{"fact": "data.nothing", "operator": "exists", "value": false}`, true},
		{`{"fact": "data.readings[1].v", "operator": "equal", "value": 2}`, true},
		{`{"fact": "data.readings[5].v", "operator": "exists"}`, false},
		{`{"fact": "data.ok", "operator": "equal", "value": true}`, true},
		{`{"fact": "data.temp", "operator": "equal", "value": "81.5"}`, false},
		{`{"fact": "data.device", "operator": "greaterThan", "value": 1}`, false},
		{`{"all": [{"fact": "data.temp", "operator": "greaterThan", "value": 80}, {"fact": "data.humidity", "operator": "lessThan", "value": 70}]}`, true},
		{`{"any": [{"fact": "data.temp", "operator": "lessThan", "value": 0}, {"fact": "type", "operator": "equal", "value": "sensor.reading"}]}`, true},
		{`{"not": {"fact": "data.ok", "operator": "equal", "value": true}}`, false},
	} {
		var c Condition
		if err := json.Unmarshal([]byte(tc.cond), &c); err != nil {
			t.Fatal(err)
		}
		p, err := Compile(c)
		if err != nil {
			t.Fatalf("%s: %v", tc.cond, err)
		}
		if got := p(event()); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.cond, got, tc.want)
		}
	}
}

// TestConditionErrors: a bad condition is refused with the place in the
// tree that is at fault.
func TestConditionErrors(t *testing.T) {
	for _, tc := range []struct {
		cond, where string
	}{
		{`{"all": [{"fact": "data.t", "operator": "greater", "value": 1}]}`, "all[0].operator: unknown operator \"greater\""},
		{`{"any": [{"fact": "a", "operator": "equal", "value": 1}, {"not": {"fact": "b", "operator": "lessThan", "value": "x"}}]}`, "any[1].not.value"},
		{`{"fact": "data.name", "operator": "matches", "value": "("}`, "value"},
		{`{"fact": "data..x", "operator": "exists"}`, "fact"},
		{`{"all": []}`, "all: empty"},
		{`{"all": [{"fact": "a", "operator": "exists"}], "fact": "b", "operator": "exists"}`, "exactly one"},
		{`{"fact": "a"}`, "operator: missing"},
		{`{"fact": "a", "operator": "in", "value": 3}`, "needs a list"},
	} {
		var c Condition
		if err := json.Unmarshal([]byte(tc.cond), &c); err != nil {
			t.Fatal(err)
		}
		_, err := Compile(c)
		if !errors.Is(err, ErrCondition) || !strings.Contains(err.Error(), tc.where) {
			t.Errorf("%s: %v, want an error naming %q", tc.cond, err, tc.where)
		}
	}
}

// BenchmarkCondition5: a five-condition rule on a sensor reading.
func BenchmarkCondition5(b *testing.B) {
	var c Condition
	json.Unmarshal([]byte(`{"all": [
		{"fact": "type", "operator": "equal", "value": "sensor.reading"},
		{"fact": "data.temp", "operator": "greaterThan", "value": 80},
		{"fact": "data.humidity", "operator": "lessThan", "value": 70},
		{"fact": "data.device", "operator": "in", "value": ["d1", "d17", "d99"]},
		{"fact": "data.tags", "operator": "contains", "value": "roof"}]}`), &c)
	p, err := Compile(c)
	if err != nil {
		b.Fatal(err)
	}
	f := event()
	for b.Loop() {
		if !p(f) {
			b.Fatal("no match")
		}
	}
}
