package agent

import (
	"reflect"
	"testing"

	"github.com/cerestack/cere/runtime"
)

// TestProtocolMatchesTheNode: the agent protocol's methods, codes and
// message types copied here are the node's (runtime/protocol.go), field
// for field and tag for tag, so that the copies cannot drift apart.
func TestProtocolMatchesTheNode(t *testing.T) {
	for _, c := range []struct{ sdk, node any }{
		{methodInvoke, runtime.MethodInvoke},
		{methodModelSwap, runtime.MethodModelSwap},
		{methodHealth, runtime.MethodHealth},
		{methodShutdown, runtime.MethodShutdown},
		{methodEmit, runtime.MethodEmit},
		{methodLog, runtime.MethodLog},
		{codeMethodNotFound, runtime.CodeMethodNotFound},
		{codeAgent, runtime.CodeAgent},
		{codeInternal, runtime.CodeInternal},
	} {
		if c.sdk != c.node {
			t.Errorf("the SDK has %v where the node has %v", c.sdk, c.node)
		}
	}
	same := func(sdk, node reflect.Type) {
		t.Helper()
		if sdk.NumField() != node.NumField() {
			t.Fatalf("%s has %d fields, the node's %s %d", sdk, sdk.NumField(), node, node.NumField())
		}
		for i := range sdk.NumField() {
			a, b := sdk.Field(i), node.Field(i)
			// Pointers are to the error types, compared below.
			pointers := a.Type.Kind() == reflect.Pointer && b.Type.Kind() == reflect.Pointer
			if !pointers && a.Type != b.Type {
				t.Errorf("%s.%s is %s, the node's %s.%s %s", sdk, a.Name, a.Type, node, b.Name, b.Type)
			}
			if a.Name != b.Name || a.Tag != b.Tag {
				t.Errorf("%s field %d is %s `%s`, the node's %s `%s`", sdk, i, a.Name, a.Tag, b.Name, b.Tag)
			}
		}
	}
	same(reflect.TypeFor[message](), reflect.TypeFor[runtime.Message]())
	same(reflect.TypeFor[rpcError](), reflect.TypeFor[runtime.Error]())
	same(reflect.TypeFor[invokeParams](), reflect.TypeFor[runtime.InvokeParams]())
}
