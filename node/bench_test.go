package node

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/workflow"
)

// loopbackConfig is the config of a node under test: on loopback, on
// ports the kernel picks, without a chain, a gateway or mDNS, its API
// token left in a temporary folder rather than the user's.
func loopbackConfig(tb testing.TB) Config {
	cfg := DefaultConfig(tb.TempDir())
	cfg.Chain.Mode = "off"
	cfg.P2P.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	cfg.P2P.MDNS = false
	cfg.API.Listen = "127.0.0.1:0"
	cfg.API.GatewayListen = ""
	tb.Setenv("CERE_TOKEN_DIR", tb.TempDir())
	return cfg
}

// startBenchNode starts a node on loopback with the sensor-anomaly example
// deployed.
func startBenchNode(b *testing.B) *Node {
	old := debug.SetGCPercent(100)
	debug.SetGCPercent(old)
	TuneRuntime() // as the daemon runs
	b.Cleanup(func() { debug.SetGCPercent(old) })
	cfg := loopbackConfig(b)
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
	if err := api.NewClient(n.APIURL(), nil).WithToken(n.guard.token).Do(b.Context(), http.MethodPost, "/api/v1/workflows", api.WorkflowSubmit{Document: string(doc)}, nil); err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkPipeline: events posted to POST /api/v1/events go through the
// sensor-anomaly workflow (trigger → rule → script with a template → emit),
// every one hot, so each raises an alert that is recorded in turn. It
// reports events/s and the latency from posting to the alert recorded
// (p50, p99). Each of clients posts batch events, waits until their alerts
// are recorded, and posts again, as wrk's connections wait for answers: the
// throughput a node reaches when it is kept busy, and the latency that the
// events kept waiting add up to (clients × batch / throughput, by Little's
// law). clients=5/batch=10 keeps 50 events in flight, as wrk -c50 keeps 50
// requests: the configuration to compare with the figures issue 5 names.
// BenchmarkPipelineRate measures the latency at a given load.
func BenchmarkPipeline(b *testing.B) {
	for _, c := range []struct{ clients, batch int }{{50, 1}, {5, 10}, {10, 10}, {8, 100}} {
		b.Run(fmt.Sprintf("clients=%d/batch=%d", c.clients, c.batch), func(b *testing.B) {
			benchPipeline(b, c.clients, c.batch)
		})
	}
}

// BenchmarkPipelineRate: the pipeline of BenchmarkPipeline under a steady
// load, as wrk2 and vegeta make one: batches are due at a fixed rate,
// whether or not earlier ones were answered, and each event's latency runs
// from when its batch was due, so that a node falling behind shows in the
// figures rather than slowing the load (no coordinated omission).
func BenchmarkPipelineRate(b *testing.B) {
	for _, c := range []struct{ rate, batch int }{{10000, 10}, {15000, 10}, {20000, 10}, {5000, 1}} {
		b.Run(fmt.Sprintf("rate=%d/batch=%d", c.rate, c.batch), func(b *testing.B) {
			benchPipelineRate(b, c.rate, c.batch)
		})
	}
}

// pipelineRun is one benchmark's node and its record of the alerts: each
// event's id is its index, sent holds when it was posted (or due) and
// finished is closed when its alert is recorded.
type pipelineRun struct {
	n        *Node
	total    int
	batch    int
	bodies   [][]byte       // the batch of events from batch×i at i
	sent     []atomic.Int64 // unix ns
	finished []chan struct{}
	conns    chan *loadConn // idle connections of the load generator
	host     string         // the node's API address, as requests name it
	lat      []time.Duration
	done     chan struct{} // closed when every alert is in
	cpu0     time.Duration
	start    time.Time
	end      time.Time // when the last alert came
	posts    atomic.Int64
	postNS   atomic.Int64
	refused  atomic.Int64 // 429s
}

func newPipelineRun(b *testing.B, total, batch, conns int) *pipelineRun {
	r := &pipelineRun{n: startBenchNode(b), total: total, batch: batch, sent: make([]atomic.Int64, total),
		finished: make([]chan struct{}, total), done: make(chan struct{}),
		conns: make(chan *loadConn, conns)}
	for i := range r.finished {
		r.finished[i] = make(chan struct{})
	}
	r.host = strings.TrimPrefix(r.n.APIURL(), "http://")
	for range conns {
		c, err := net.Dial("tcp", r.host)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { c.Close() })
		r.conns <- &loadConn{c: c, rd: bufio.NewReader(c)}
	}
	// The requests are made before the clock starts, as wrk's are: what a
	// load generator spends making them is not the node's.
	for first := 0; first < total; first += batch {
		r.bodies = append(r.bodies, r.request(r.body(first, batch)))
	}
	// The alerts are told by the live stream, as a dashboard following
	// step.finished hears them: the engine's cost of building those
	// messages (three an event) is in the figures.
	// It reads its queue whenever messages come, not every 50 ms as a
	// connection does.
	alerts := newStreamClient([]string{"step.finished"})
	alerts.limit = 1 << 16
	r.n.stream.add(alerts)
	r.warm(b, alerts)
	go func() {
		defer close(r.done)
		r.lat = make([]time.Duration, 0, total)
		const quiet = 30 * time.Second // with no alert for this long, give up
		timeout := time.NewTimer(quiet)
		defer timeout.Stop()
		var taken []workflow.Message
		for len(r.lat) < total {
			select {
			case <-alerts.ready:
				taken = alerts.take(alerts.limit, taken[:0])
				for _, m := range taken {
					if m.Node != "raise" {
						continue
					}
					if f, ok := m.Data.(*workflow.Finished); !ok || !f.OK {
						b.Errorf("event %s: the alert was not recorded: %+v", m.Event, m.Data)
						return
					}
					id, _ := strconv.Atoi(m.Event)
					r.lat = append(r.lat, m.Time.Sub(time.Unix(0, r.sent[id].Load())))
					close(r.finished[id])
				}
				timeout.Reset(quiet)
			case <-timeout.C:
				b.Errorf("%d of %d alerts", len(r.lat), total)
				return
			}
		}
		r.end = time.Now()
		if d := alerts.dropped.Load(); d > 0 {
			b.Errorf("%d stream messages dropped", d)
		}
	}()
	return r
}

// warmEvents is how many events go through the node before the clock
// starts: its first evaluations make the scripts' runtimes and grow the
// workers' stacks.
const warmEvents = 2000

// warm sends warmEvents events (ids w0…) through the pipeline and waits for
// their alerts.
func (r *pipelineRun) warm(b *testing.B, alerts *streamClient) {
	var wg sync.WaitGroup
	for c := range 5 {
		wg.Go(func() {
			for first := c * 10; first < warmEvents; first += 50 {
				var evs []api.Event
				for i := first; i < first+10; i++ {
					evs = append(evs, api.Event{SpecVersion: "1.0", ID: fmt.Sprint("w", i), Source: "bench", Type: "sensor.reading",
						Data: json.RawMessage(`{"device": "w", "temp": 90}`)})
				}
				body, _ := json.Marshal(evs)
				if !r.post(b, r.request(body)) {
					return
				}
			}
		})
	}
	wg.Wait()
	timeout := time.After(30 * time.Second)
	var taken []workflow.Message
	for seen := 0; seen < warmEvents; {
		select {
		case <-alerts.ready:
			taken = alerts.take(alerts.limit, taken[:0])
			for _, m := range taken {
				if m.Node == "raise" {
					seen++
				}
			}
		case <-timeout:
			b.Fatalf("warming up: %d of %d alerts", seen, warmEvents)
		}
	}
	r.posts.Store(0)
	r.postNS.Store(0)
	r.refused.Store(0)
}

// body is the batch of events [first, first+count) as JSON.
func (r *pipelineRun) body(first, count int) []byte {
	var evs []api.Event
	for i := first; i < min(first+count, r.total); i++ {
		data, _ := json.Marshal(map[string]any{"device": fmt.Sprint("d", i%100), "temp": 90})
		evs = append(evs, api.Event{SpecVersion: "1.0", ID: fmt.Sprint(i), Source: "bench", Type: "sensor.reading", Data: data})
	}
	body, _ := json.Marshal(evs)
	return body
}

// loadConn is a keep-alive connection of the load generator. It writes
// prepared requests and reads only the answer's status and length, as wrk
// does: Go's HTTP client took a tenth of the processor time the benchmark
// measures, which a load generator in C does not.
type loadConn struct {
	c  net.Conn
	rd *bufio.Reader
}

// request is a prepared POST of a batch of events.
func (r *pipelineRun) request(body []byte) []byte {
	head := fmt.Appendf(nil, "POST /api/v1/events HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer %s\r\nContent-Type: application/cloudevents-batch+json\r\nContent-Length: %d\r\n\r\n", r.host, r.n.guard.token, len(body))
	return append(head, body...)
}

var contentLength = []byte("Content-Length")

// roundTrip writes req and reads the answer, giving its status.
func (lc *loadConn) roundTrip(req []byte) (int, error) {
	if _, err := lc.c.Write(req); err != nil {
		return 0, err
	}
	line, err := lc.rd.ReadSlice('\n')
	if err != nil {
		return 0, err
	}
	if len(line) < 12 || !bytes.HasPrefix(line, []byte("HTTP/1.1 ")) {
		return 0, fmt.Errorf("status line %q", line)
	}
	status, err := strconv.Atoi(string(line[9:12]))
	if err != nil {
		return 0, fmt.Errorf("status line %q", line)
	}
	length := -1
	for {
		line, err := lc.rd.ReadSlice('\n')
		if err != nil {
			return 0, err
		}
		if len(bytes.TrimSpace(line)) == 0 {
			break
		}
		if k, v, ok := bytes.Cut(line, []byte(":")); ok && bytes.EqualFold(k, contentLength) {
			if length, err = strconv.Atoi(string(bytes.TrimSpace(v))); err != nil {
				return 0, fmt.Errorf("header %q", line)
			}
		}
	}
	if length < 0 {
		return 0, fmt.Errorf("status %d without a Content-Length", status)
	}
	_, err = lc.rd.Discard(length)
	return status, err
}

// post posts a prepared request until it is taken (a 429 is tried again).
func (r *pipelineRun) post(b *testing.B, req []byte) bool {
	lc := <-r.conns
	defer func() { r.conns <- lc }()
	for {
		t0 := time.Now()
		status, err := lc.roundTrip(req)
		if err != nil {
			b.Error(err)
			return false
		}
		r.postNS.Add(int64(time.Since(t0)))
		r.posts.Add(1)
		switch status {
		case http.StatusAccepted:
			return true
		case http.StatusTooManyRequests:
			r.refused.Add(1)
			time.Sleep(time.Millisecond)
		default:
			b.Errorf("status %d", status)
			return false
		}
	}
}

func (r *pipelineRun) begin(b *testing.B) {
	b.ResetTimer()
	r.start = time.Now()
	r.cpu0 = cpuTime()
}

// report waits for the alerts and reports the figures.
func (r *pipelineRun) report(b *testing.B) {
	<-r.done
	b.StopTimer()
	if b.Failed() {
		return
	}
	lat := r.lat
	slices.Sort(lat)
	b.ReportMetric(float64(r.total)/r.end.Sub(r.start).Seconds(), "events/s")
	// Processor time per event, the client's included: steadier than
	// events/s on a machine whose speed varies.
	b.ReportMetric(float64((cpuTime()-r.cpu0).Microseconds())/float64(r.total), "cpu-µs/event")
	b.ReportMetric(float64(r.postNS.Load())/float64(max(r.posts.Load(), 1))/1e6, "post-ms")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "max-ms")
	if n := r.refused.Load(); n > 0 {
		b.ReportMetric(float64(n), "429s")
	}
}

func benchPipeline(b *testing.B, clients, batch int) {
	total := max(b.N, clients*batch)
	r := newPipelineRun(b, total, batch, clients)
	var wg sync.WaitGroup
	var next atomic.Int64
	r.begin(b)
	for range clients {
		wg.Go(func() {
			for {
				first := int(next.Add(int64(batch))) - batch
				if first >= total {
					return
				}
				body := r.bodies[first/batch]
				now := time.Now().UnixNano()
				for i := first; i < min(first+batch, total); i++ {
					r.sent[i].Store(now)
				}
				if !r.post(b, body) {
					return
				}
				for i := first; i < min(first+batch, total); i++ {
					select {
					case <-r.finished[i]:
					case <-r.done:
						return
					}
				}
			}
		})
	}
	r.report(b)
	wg.Wait()
}

func benchPipelineRate(b *testing.B, rate, batch int) {
	const conns = 64
	total := max(b.N, 2*rate) // two seconds at least: a shorter run is all warm-up
	total -= total % batch
	r := newPipelineRun(b, total, batch, conns)
	every := time.Duration(float64(time.Second) * float64(batch) / float64(rate))
	due := make(chan int, total/batch)
	var wg sync.WaitGroup
	for range conns {
		wg.Go(func() {
			for first := range due {
				if !r.post(b, r.bodies[first/batch]) {
					return
				}
			}
		})
	}
	r.begin(b)
	for k := 0; k*batch < total; k++ {
		at := r.start.Add(time.Duration(k) * every)
		if d := time.Until(at); d > 0 {
			time.Sleep(d)
		}
		for i := k * batch; i < (k+1)*batch; i++ {
			r.sent[i].Store(at.UnixNano())
		}
		due <- k * batch
	}
	close(due)
	r.report(b)
	wg.Wait()
}

// BenchmarkIngest: POST /api/v1/events alone, with no workflow to run: 50
// clients each post one event and wait for the answer, as wrk does.
func BenchmarkIngest(b *testing.B) {
	cfg := loopbackConfig(b)
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
				req, _ := http.NewRequest(http.MethodPost, n.APIURL()+"/api/v1/events", strings.NewReader(body))
				req.Header.Set("Content-Type", "application/cloudevents+json")
				req.Header.Set("Authorization", api.BearerPrefix+n.guard.token)
				resp, err := httpc.Do(req)
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
