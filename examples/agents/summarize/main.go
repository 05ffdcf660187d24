// Command summarize is an example WebAssembly agent: given {"text": "..."},
// it answers {"summary": "..."}, the text's most telling sentences (by
// the frequency of their words), in their order, at most 280 characters.
//
//	GOOS=wasip1 GOARCH=wasm go build -o summarize.wasm ./examples/agents/summarize
package main

import (
	"context"
	"errors"

	"github.com/cerestack/cere/sdk/agent"
)

func main() {
	agent.Run(func(ctx context.Context, inv *agent.Invocation) (any, error) {
		var in struct {
			Text string `json:"text"`
		}
		if err := inv.Decode(&in); err != nil {
			return nil, err
		}
		if in.Text == "" {
			return nil, errors.New(`input: want {"text": "..."} with some text`)
		}
		return map[string]string{"summary": Summarize(in.Text, 280)}, nil
	})
}
