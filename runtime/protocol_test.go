package runtime_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/runtime"
	"github.com/cerestack/cere/sdk/agent"
)

// pair runs an SDK agent with handler h on pipes and returns the node's
// end of the connection.
func pair(t *testing.T, h agent.Handler, calls runtime.Handler) *runtime.Conn {
	toAgentR, toAgentW := io.Pipe()
	fromAgentR, fromAgentW := io.Pipe()
	go func() {
		err := agent.Serve(context.Background(), toAgentR, fromAgentW, h, agent.Options{})
		fromAgentW.CloseWithError(err)
	}()
	c := runtime.NewConn(fromAgentR, toAgentW, runtime.Static(calls))
	t.Cleanup(func() { toAgentW.Close(); c.Close(errors.New("test over")) })
	return c
}

// TestProtocol: the node's Conn and the SDK speak the protocol both ways:
// invoke and its result, an agent's error, emit while an invocation is
// open, health, and shutdown.
func TestProtocol(t *testing.T) {
	var emitted []string
	c := pair(t, func(ctx context.Context, inv *agent.Invocation) (any, error) {
		var in struct{ N int }
		if err := inv.Decode(&in); err != nil {
			return nil, err
		}
		if in.N < 0 {
			return nil, errors.New("negative")
		}
		if err := inv.Emit("seen", map[string]int{"n": in.N}); err != nil {
			return nil, err
		}
		return map[string]int{"double": 2 * in.N}, nil
	}, func(ctx context.Context, method string, params json.RawMessage) (any, error) {
		emitted = append(emitted, method+" "+string(params))
		return map[string]bool{"ok": true}, nil
	})
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	var out struct{ Double int }
	if err := c.Call(ctx, runtime.MethodInvoke, runtime.InvokeParams{Execution: "x1", Input: json.RawMessage(`{"n": 21}`)}, &out); err != nil || out.Double != 42 {
		t.Fatalf("invoke: %+v %v", out, err)
	}
	if len(emitted) != 1 || !strings.Contains(emitted[0], `"execution":"x1"`) || !strings.Contains(emitted[0], `"type":"seen"`) {
		t.Fatalf("emitted %q", emitted)
	}
	var re *runtime.Error
	if err := c.Call(ctx, runtime.MethodInvoke, runtime.InvokeParams{Input: json.RawMessage(`{"n": -1}`)}, nil); !errors.As(err, &re) || re.Message != "negative" {
		t.Fatalf("agent error: %v", err)
	}
	if err := c.Call(ctx, runtime.MethodHealth, nil, nil); err != nil {
		t.Fatalf("health: %v", err)
	}
	if err := c.Call(ctx, runtime.MethodShutdown, nil, nil); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	select {
	case <-c.Done():
	case <-ctx.Done():
		t.Fatal("the connection outlived the agent")
	}
}

// TestProtocolGarbage: a line that is not JSON-RPC, or over MaxLine, ends
// the connection with a reason, and calls waiting fail with it.
func TestProtocolGarbage(t *testing.T) {
	for what, line := range map[string]string{
		"not JSON-RPC": "hello\n",
		"over 1048576": strings.Repeat("x", runtime.MaxLine+10) + "\n",
	} {
		r, w := io.Pipe()
		c := runtime.NewConn(r, io.Discard, nil)
		go w.Write([]byte(line))
		ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
		err := c.Call(ctx, runtime.MethodHealth, nil, nil)
		cancel()
		if !errors.Is(err, runtime.ErrClosed) || !strings.Contains(err.Error(), what) {
			t.Fatalf("%s: %v", what, err)
		}
		w.Close()
	}
}
