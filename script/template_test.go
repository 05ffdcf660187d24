package script

import (
	"errors"
	"strings"
	"testing"
)

func TestTemplates(t *testing.T) {
	data := map[string]any{"device": "d17", "score": 3.14159, "ratio": 0.425, "tags": []any{"roof", "east"},
		"evil": "{{device}}", "at": "2026-11-25T10:00:00Z", "n": 2.0}
	for _, tc := range []struct{ src, want string }{
		{"Device {{device}} scored {{score | fixed:2}}", "Device d17 scored 3.14"},
		{"{{ratio | percent:1}} of {{tags[1] | upper}}", "42.5% of EAST"},
		{"{{score | fixed:1 | unit: °C}}", "3.1 °C"},
		{"{{missing | default:n/a}}", "n/a"},
		{"{{missing}}!", "!"},
		{"{{evil}}", "{{device}}"}, // user data is never read as a template
		{"{{at | date:2006-01-02}}", "2026-11-25"},
		{"{{tags | json}}", `["roof","east"]`},
		{"{{n}} items", "2 items"},
		{"no holes", "no holes"},
	} {
		tpl, err := ParseTemplate(tc.src)
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		got, err := tpl.Render(data)
		if err != nil || got != tc.want {
			t.Errorf("%s: %q (%v), want %q", tc.src, got, err, tc.want)
		}
	}
	for _, bad := range []string{"{{device", "{{device | nope}}", "{{a..b}}", "{{x | fixed:99}}"} {
		tpl, err := ParseTemplate(bad)
		if err == nil {
			_, err = tpl.Render(map[string]any{"x": 1.0})
		}
		if !errors.Is(err, ErrTemplate) {
			t.Errorf("%s: %v, want ErrTemplate", bad, err)
		}
	}
}

// TestScriptHostFunctions: tmpl and emit from a script.
func TestScriptHostFunctions(t *testing.T) {
	e := NewEngine(Limits{})
	p, err := e.Compile(`
		if (data.temp > 80) emit("alert.raised", {device: data.device, temp: data.temp});
		return {device: data.device, text: tmpl("Device {{device}} at {{temp | fixed:1}}", data)};`, "event", "data")
	if err != nil {
		t.Fatal(err)
	}
	out, err := e.Exec(t.Context(), p, 0, nil, map[string]any{"device": "d1", "temp": 81.25})
	if err != nil {
		t.Fatal(err)
	}
	if out.Result.(map[string]any)["text"] != "Device d1 at 81.2" {
		t.Fatalf("result %v", out.Result)
	}
	if len(out.Emitted) != 1 || out.Emitted[0].Type != "alert.raised" || out.Emitted[0].Data.(map[string]any)["temp"] != 81.25 {
		t.Fatalf("emitted %+v", out.Emitted)
	}
	// A failed evaluation emits nothing.
	p2, _ := e.Compile(`emit("x", 1); throw new Error("no")`)
	if out, err := e.Exec(t.Context(), p2, 0); err == nil || len(out.Emitted) != 0 {
		t.Fatalf("failed evaluation: %+v %v", out, err)
	}
	big, _ := e.Compile(`return tmpl("{{a}}".repeat(10000), {a: "x".repeat(100000)}).length;`)
	if _, err := e.Exec(t.Context(), big, 0); !errors.Is(err, ErrRuntime) || !strings.Contains(err.Error(), "over") {
		t.Fatalf("a template rendering gigabytes: %v", err)
	}
	p3, _ := e.Compile(`for (let i = 0; i < 1000; i++) emit("x", i);`)
	if _, err := e.Exec(t.Context(), p3, 0); !errors.Is(err, ErrRuntime) {
		t.Fatalf("emit flood: %v", err)
	}
}

func BenchmarkTemplateRender(b *testing.B) {
	tpl, err := ParseTemplate("Device {{device}} scored {{score | fixed:2}} at {{site}}")
	if err != nil {
		b.Fatal(err)
	}
	data := map[string]any{"device": "d17", "score": 0.9731, "site": "north"}
	for b.Loop() {
		if _, err := tpl.Render(data); err != nil {
			b.Fatal(err)
		}
	}
}
