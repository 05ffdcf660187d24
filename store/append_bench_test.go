package store

import (
	"encoding/json"
	"fmt"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkAppendUnique: single events appended from many goroutines at
// once, as ingest does; the group commit writes them together. The history
// runs, as a node's does, so its seen filter answers.
func BenchmarkAppendUnique(b *testing.B) {
	_, h := openHistory(b)
	go h.Run(b.Context(), time.Hour)
	waitSeenReady(b, h)
	b.ResetTimer()
	var n atomic.Int64
	b.SetParallelism(25)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			e := &Event{SpecVersion: "1.0", ID: fmt.Sprint(i), Source: "b", Type: "sensor.reading", Data: json.RawMessage(`{"device": "d1", "temp": 90}`)}
			if _, err := h.AppendUnique(e); err != nil {
				b.Fatal(err)
			}
		}
	})
}
