// Command anomaly is an example Docker agent: for each reading
// {"device": "...", "value": N} it answers {"device", "score", "anomaly"},
// the z-score of the value against the device's last readings (a sliding
// window kept while the instance is warm) and whether it is over 3.
//
//	CGO_ENABLED=0 GOOS=linux go build -o anomaly ./examples/agents/anomaly
package main

import (
	"context"
	"errors"

	"github.com/cerestack/cere/sdk/agent"
)

func main() {
	d := NewDetector(50, 3)
	agent.Run(func(ctx context.Context, inv *agent.Invocation) (any, error) {
		var in struct {
			Device string   `json:"device"`
			Value  *float64 `json:"value"`
		}
		if err := inv.Decode(&in); err != nil {
			return nil, err
		}
		if in.Device == "" || in.Value == nil {
			return nil, errors.New(`input: want {"device": "...", "value": N}`)
		}
		score, anomaly := d.Observe(in.Device, *in.Value)
		return map[string]any{"device": in.Device, "score": score, "anomaly": anomaly}, nil
	})
}
