package runtime

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// MaxInput is the largest input an invocation takes: it travels in one
// protocol line.
const MaxInput = MaxLine - 4096

// Usage is what an invocation used: the figures it is charged by.
type Usage struct {
	WallMS float64 `json:"wall_ms"`
	// CPUMS is processor time: the container's cgroup counter over the
	// invocation (Docker), the time the module ran (WebAssembly).
	CPUMS float64 `json:"cpu_ms"`
	// MemPeakBytes is the most memory the instance held during the
	// invocation (Docker: since the last reset of the cgroup's peak, which
	// needs write access to it; else since the container started).
	MemPeakBytes int64   `json:"mem_peak_bytes"`
	GPUMS        float64 `json:"gpu_ms"`    // 0 without a GPU
	BytesIn      int64   `json:"bytes_in"`  // the input
	BytesOut     int64   `json:"bytes_out"` // the output
}

// Prepare checks an invocation's input and gives ctx a deadline of timeout
// when it has none. The caller calls cancel.
func Prepare(ctx context.Context, ref string, input json.RawMessage, timeout time.Duration) (context.Context, context.CancelFunc, error) {
	if len(input) > MaxInput {
		return ctx, func() {}, fmt.Errorf("agent %s: input of %d bytes, over %d", ref, len(input), MaxInput)
	}
	if _, ok := ctx.Deadline(); ok {
		return ctx, func() {}, nil
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	return ctx, cancel, nil
}

// Invoke sends one invocation over an instance's connection, with handler
// answering the agent's calls meanwhile, and times it. replace is true when
// the instance must not serve again: the deadline passed, or the
// connection broke (err then says how, for the executor to add what it
// knows). An error the agent answered leaves the instance in service.
func Invoke(ctx context.Context, conn *Conn, calls *Dispatcher, ref, execution string, input json.RawMessage, handler Handler) (out json.RawMessage, usage Usage, replace bool, err error) {
	defer calls.Open(ctx, execution, handler)()
	start := time.Now()
	err = conn.Call(ctx, MethodInvoke, InvokeParams{Execution: execution, Input: input}, &out)
	usage = Usage{WallMS: float64(time.Since(start).Microseconds()) / 1000, BytesIn: int64(len(input)), BytesOut: int64(len(out))}
	var agentErr *Error
	switch {
	case err == nil:
		return out, usage, false, nil
	case errors.As(err, &agentErr):
		return nil, usage, false, fmt.Errorf("agent %s: %s", ref, agentErr.Message)
	case ctx.Err() != nil:
		return nil, usage, true, fmt.Errorf("agent %s: %w (the instance was replaced)", ref, ctx.Err())
	}
	return nil, usage, true, err
}
