package workflow

import (
	"testing"

	"github.com/cerestack/cere/store"
)

// TestEmitsStayWithTheirOwner: an event a workflow raised fires the event
// triggers of its owner's workflows only, unless a trigger names the source
// it accepts; events from outside fire anyone's.
func TestEmitsStayWithTheirOwner(t *testing.T) {
	const alice, mallory = "0xA11CE0000000000000000000000000000000A11CE", "0x3A11C00000000000000000000000000000000BAD"
	plain := &step{node: &Node{Kind: KindTrigger, Event: "alert.*"}, owner: alice}
	named := &step{node: &Node{Kind: KindTrigger, Event: "alert.*", Source: EmitSource + mallory + "/*"}, owner: alice}
	for _, tc := range []struct {
		name   string
		t      *step
		source string
		want   bool
	}{
		{"from outside", plain, "sensor-17", true},
		{"raised by the owner's workflow", plain, EmitSource + alice + "/flow", true},
		{"raised by another owner's workflow", plain, EmitSource + mallory + "/flood", false},
		{"another owner's, named by the trigger", named, EmitSource + mallory + "/flood", true},
		{"a source the trigger does not name", named, EmitSource + alice + "/flow", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev := &store.Event{SpecVersion: "1.0", ID: "1", Type: "alert.raised", Source: tc.source}
			if got := tc.t.matches(ev); got != tc.want {
				t.Errorf("matches %s: %v, want %v", tc.source, got, tc.want)
			}
		})
	}
}
