package node

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/workflow"
)

// startBenchNode starts a node on loopback with the sensor-anomaly example
// deployed.
func startBenchNode(b *testing.B) *Node {
	old := debug.SetGCPercent(100)
	debug.SetGCPercent(old)
	TuneRuntime() // as the daemon runs
	b.Cleanup(func() { debug.SetGCPercent(old) })
	cfg := DefaultConfig(b.TempDir())
	cfg.Chain.Mode = "off"
	cfg.P2P.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	cfg.P2P.MDNS = false
	cfg.API.Listen = "127.0.0.1:0"
	cfg.Blocks.Replicas = 0
	n, err := New(b.Context(), cfg, func(bool) (string, error) { return "bench", nil }, slog.New(slog.DiscardHandler))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { n.Stop() })
	doc, err := os.ReadFile("../examples/workflows/sensor-anomaly.yaml")
	if err != nil {
		b.Fatal(err)
	}
	if err := api.NewClient(n.APIURL(), nil).Do(b.Context(), http.MethodPost, "/api/v1/workflows", api.WorkflowSubmit{Document: string(doc)}, nil); err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkPipeline: events posted to POST /api/v1/events go through the
// sensor-anomaly workflow (trigger → rule → script with a template → emit),
// every one hot, so each raises an alert that is recorded in turn. It
// reports events/s and the latency from posting to the alert recorded
// (p50, p99). Each of clients posts batch events, waits until their alerts
// are recorded, and posts again: as wrk's connections wait for answers.
func BenchmarkPipeline(b *testing.B) {
	for _, c := range []struct{ clients, batch int }{{50, 1}, {10, 10}, {8, 100}} {
		b.Run(fmt.Sprintf("clients=%d/batch=%d", c.clients, c.batch), func(b *testing.B) {
			benchPipeline(b, c.clients, c.batch)
		})
	}
}

func benchPipeline(b *testing.B, clients, batch int) {
	n := startBenchNode(b)
	total := max(b.N, clients*batch)
	done := &streamClient{patterns: []string{"step.finished"}, queue: make(chan workflow.Message, total+1024)}
	n.stream.add(done)
	sent := make([]atomic.Int64, total) // unix ns each event was posted
	finished := make([]chan struct{}, total)
	for i := range finished {
		finished[i] = make(chan struct{})
	}
	var wg sync.WaitGroup
	var next, postNS, posts atomic.Int64
	httpc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	b.ResetTimer()
	start := time.Now()
	cpu0 := cpuTime()
	for range clients {
		wg.Go(func() {
			for {
				first := int(next.Add(int64(batch))) - batch
				if first >= total {
					return
				}
				var evs []api.Event
				for i := first; i < min(first+batch, total); i++ {
					data, _ := json.Marshal(map[string]any{"device": fmt.Sprint("d", i%100), "temp": 90})
					evs = append(evs, api.Event{SpecVersion: "1.0", ID: fmt.Sprint(i), Source: "bench", Type: "sensor.reading", Data: data})
				}
				body, _ := json.Marshal(evs)
				now := time.Now().UnixNano()
				for i := first; i < min(first+batch, total); i++ {
					sent[i].Store(now)
				}
				for {
					t0 := time.Now()
					resp, err := httpc.Post(n.APIURL()+"/api/v1/events", "application/cloudevents-batch+json", bytes.NewReader(body))
					if err != nil {
						b.Error(err)
						return
					}
					io.Copy(io.Discard, resp.Body) // so the connection is reused
					resp.Body.Close()
					postNS.Add(int64(time.Since(t0)))
					posts.Add(1)
					if resp.StatusCode == http.StatusTooManyRequests {
						time.Sleep(time.Millisecond)
						continue
					}
					if resp.StatusCode != http.StatusAccepted {
						b.Errorf("status %d", resp.StatusCode)
						return
					}
					break
				}
				for i := first; i < min(first+batch, total); i++ {
					<-finished[i]
				}
			}
		})
	}
	lat := make([]time.Duration, 0, total)
	ctx, cancel := context.WithTimeout(b.Context(), 30*time.Second)
	defer cancel()
	for len(lat) < total {
		select {
		case m := <-done.queue:
			if m.Node != "raise" {
				continue
			}
			var id int
			fmt.Sscan(m.Event, &id)
			lat = append(lat, m.Time.Sub(time.Unix(0, sent[id].Load())))
			close(finished[id])
		case <-ctx.Done():
			b.Fatalf("%d of %d alerts", len(lat), total)
		}
	}
	elapsed := time.Since(start)
	wg.Wait()
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(total)/elapsed.Seconds(), "events/s")
	// Processor time per event, the client's included: steadier than
	// events/s on a machine whose speed varies.
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(total), "cpu-µs/event")
	b.ReportMetric(float64(postNS.Load())/float64(max(posts.Load(), 1))/1e6, "post-ms")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	if d := done.dropped.Load(); d > 0 {
		b.Fatalf("%d stream messages dropped", d)
	}
}

// BenchmarkIngest: POST /api/v1/events alone, with no workflow to run: 50
// clients each post one event and wait for the answer, as wrk does.
func BenchmarkIngest(b *testing.B) {
	cfg := DefaultConfig(b.TempDir())
	cfg.Chain.Mode = "off"
	cfg.P2P.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	cfg.P2P.MDNS = false
	cfg.API.Listen = "127.0.0.1:0"
	n, err := New(b.Context(), cfg, func(bool) (string, error) { return "bench", nil }, slog.New(slog.DiscardHandler))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { n.Stop() })
	const clients = 50
	httpc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	var next atomic.Int64
	lat := make([]time.Duration, b.N)
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for range clients {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= b.N {
					return
				}
				body := fmt.Sprintf(`{"specversion": "1.0", "id": "%d", "source": "bench", "type": "sensor.reading", "data": {"device": "d%d", "temp": 90}}`, i, i%100)
				t0 := time.Now()
				resp, err := httpc.Post(n.APIURL()+"/api/v1/events", "application/cloudevents+json", strings.NewReader(body))
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				lat[i] = time.Since(t0)
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(lat)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "events/s")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

// cpuTime is the processor time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
