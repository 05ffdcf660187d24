package node

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/store"
	"github.com/cerestack/cere/workflow"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
)

// TestThrowawayWallets is issue 15's acceptance for section 3, as a test
// of what must hold: a thousand throwaway wallets, submitting workflows
// and sending events as fast as the node lets them (they wait what a
// 429's Retry-After asks), on a node that admits everyone, fill the
// guests' share of workflows and no more, and do not keep a member's new
// workflow out; every one of the member's events raises its alert. How
// much they raise the p99 of its events is BenchmarkThrowawayWallets's to
// measure (the issue asks for at most 20%): a timed assertion here would
// fail whenever the machine is busy with other tests.
func TestThrowawayWallets(t *testing.T) {
	r := throwawayWallets(t, 1, 100, 2*time.Second)
	t.Logf("member's events: p50 %v → %v, p99 %v → %v under attack", percentile(r.base, 0.5), percentile(r.under, 0.5),
		percentile(r.base, 0.99), percentile(r.under, 0.99))
}

// BenchmarkThrowawayWallets measures what TestThrowawayWallets leaves
// alone: the p99 of a member's events alone and under the attack, in five
// rounds of 1,000 events each (200 a second), alone then under attack, so
// that the machine's drift hits both. It reports the median of the rounds'
// p99s of each kind, and their ratio (the goal: at most 1.2): on a
// small shared machine one phase in a few has a p99 several times the
// others', attack or not, and a median is what a round's p99 usually is.
// The member's workflow is the sensor-anomaly example (its script runs in
// a worker process, as every member's does); its events are signed by the
// member and timed from the post to the alert recorded. The wallets'
// workflows burn processor time in a script and raise events that fire
// their own workflows again.
func BenchmarkThrowawayWallets(b *testing.B) {
	for range b.N {
		r := throwawayWallets(b, 5, 200, 5*time.Second)
		var alone, attacked []time.Duration
		for i, rd := range r.rounds {
			alone, attacked = append(alone, percentile(rd.base, 0.99)), append(attacked, percentile(rd.under, 0.99))
			b.Logf("round %d: p99 %v alone, %v under attack; p50 %v, %v", i+1, alone[i], attacked[i], percentile(rd.base, 0.5), percentile(rd.under, 0.5))
		}
		a, u := percentile(alone, 0.5), percentile(attacked, 0.5)
		b.ReportMetric(float64(a.Microseconds())/1000, "p99-ms-alone")
		b.ReportMetric(float64(u.Microseconds())/1000, "p99-ms-attacked")
		b.ReportMetric(float64(u)/float64(a), "p99-ratio")
	}
}

// sybilRun is what throwawayWallets measured: the member's latencies in
// each round, alone and under attack, and all of them.
type sybilRun struct {
	rounds      []struct{ base, under []time.Duration }
	base, under []time.Duration
}

// throwawayWallets runs rounds of the member's events alone then under a
// thousand throwaway wallets' attack, each phase rate events a second for
// phase, and checks what must hold whatever the machine's speed.
func throwawayWallets(tb testing.TB, rounds, rate int, phase time.Duration) sybilRun {
	realKey, _ := crypto.GenerateKey()
	realAddr := crypto.PubkeyToAddress(realKey.PublicKey).Hex()
	cfg := loopbackConfig(tb)
	cfg.Blocks.Replicas = 0
	cfg.Workflows.Allow = []string{realAddr}
	cfg.Quotas.GuestsWorkflows = 200 // the attack fills it within seconds
	TuneRuntime()
	n, err := New(tb.Context(), cfg, func(bool) (string, error) { return "test", nil }, slog.New(slog.DiscardHandler))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { n.Stop() })
	doc, err := os.ReadFile("../examples/workflows/sensor-anomaly.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	real := api.NewClient(n.APIURL(), realKey)
	if err := submitSigned(tb.Context(), real, string(doc)); err != nil {
		tb.Fatalf("the member's workflow: %v", err)
	}
	m := newAlertMeter(n, realAddr+"/sensor-anomaly")
	m.run(tb, real, rate, time.Second) // warm: workers started, stacks grown
	guests := func() int {
		k := 0
		for _, rec := range n.workflows.List() {
			if rec.Owner != realAddr {
				k++
			}
		}
		return k
	}
	var r sybilRun
	var reports []string
	for round := range rounds {
		base := m.run(tb, real, rate, phase)
		stop := startAttack(tb, n)
		if round == 0 {
			deadline := time.Now().Add(60 * time.Second)
			for guests() < cfg.Quotas.GuestsWorkflows && time.Now().Before(deadline) {
				time.Sleep(100 * time.Millisecond)
			}
			if g := guests(); g != cfg.Quotas.GuestsWorkflows {
				tb.Errorf("the wallets keep %d workflows; want the guests' share, %d, filled and not passed", g, cfg.Quotas.GuestsWorkflows)
			}
			second := strings.Replace(string(doc), "name: sensor-anomaly", "name: sensor-anomaly-2", 1)
			if err := submitSigned(tb.Context(), real, second); err != nil {
				tb.Fatalf("the member's new workflow, during the attack: %v", err)
			}
		} else {
			time.Sleep(2 * time.Second) // the new wallets' first bursts
		}
		under := m.run(tb, real, rate, phase)
		reports = append(reports, stop())
		r.rounds = append(r.rounds, struct{ base, under []time.Duration }{base, under})
		r.base, r.under = append(r.base, base...), append(r.under, under...)
	}
	st := n.engine.Stats()
	tb.Logf("attacks: %s; %d executions in all, %d refused", strings.Join(reports, "; "), st.Executions.Load(), st.Refused.Load())
	return r
}

// startAttack starts a thousand throwaway wallets on n's API from a
// process of their own (this test binary): the wallets' own work must not
// share the node's scheduler and collector, as it would not from another
// machine. It runs in the SCHED_IDLE class, as the machine it stands for
// has processors of its own: what it gets is what the node leaves, and
// its pace is what the node's answers allow. stop ends it and returns
// what it did.
func startAttack(t testing.TB, n *Node) (stop func() string) {
	attacker := exec.Command("chrt", "--idle", "0", os.Args[0], "-test.run=^$")
	attacker.Env = append(os.Environ(), attackEnv+"="+n.APIURL())
	stdin, err := attacker.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var report strings.Builder
	attacker.Stdout, attacker.Stderr = &report, os.Stderr
	if err := attacker.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if attacker.ProcessState == nil {
			attacker.Process.Kill()
			attacker.Wait()
		}
	})
	return func() string {
		stdin.Close()
		if err := attacker.Wait(); err != nil {
			t.Errorf("the attack's process: %v", err)
		}
		return strings.TrimSpace(report.String())
	}
}

// alertMeter times one workflow's events from their post to their alert,
// as the live stream tells it.
type alertMeter struct {
	n        *Node
	workflow string
	alerts   *streamClient
	mu       sync.Mutex
	sent     map[string]time.Time
	seq      int
}

func newAlertMeter(n *Node, workflow string) *alertMeter {
	alerts := newStreamClient([]string{"step.finished"})
	alerts.limit = 1 << 16
	n.stream.add(alerts)
	return &alertMeter{n: n, workflow: workflow, alerts: alerts, sent: map[string]time.Time{}}
}

// run sends rate events a second for d, one a request, and returns the
// latency of each.
func (m *alertMeter) run(t testing.TB, c *api.Client, rate int, d time.Duration) []time.Duration {
	t.Helper()
	total := int(d.Seconds() * float64(rate))
	lat := make([]time.Duration, 0, total)
	got := make(chan struct{})
	go func() {
		defer close(got)
		var taken []workflow.Message
		timeout := time.NewTimer(d + 30*time.Second)
		defer timeout.Stop()
		for len(lat) < total {
			select {
			case <-m.alerts.ready:
				taken = m.alerts.take(m.alerts.limit, taken[:0])
				for _, msg := range taken {
					if msg.Workflow != m.workflow || msg.Node != "raise" {
						continue
					}
					m.mu.Lock()
					at, ok := m.sent[msg.Event]
					delete(m.sent, msg.Event)
					m.mu.Unlock()
					if ok {
						lat = append(lat, msg.Time.Sub(at))
					}
				}
			case <-timeout.C:
				t.Errorf("%d of %d alerts", len(lat), total)
				return
			}
		}
	}()
	every := time.Second / time.Duration(rate)
	start := time.Now()
	cpu0 := cpuTime()
	defer func() {
		t.Logf("process CPU: %.0f%% of a core", 100*float64(cpuTime()-cpu0)/float64(time.Since(start)))
	}()
	var posts sync.WaitGroup
	for i := range total {
		at := start.Add(time.Duration(i) * every)
		time.Sleep(time.Until(at))
		m.seq++
		id := "m" + strconv.Itoa(m.seq)
		body := []api.Event{{SpecVersion: "1.0", ID: id, Source: "sensors", Type: "sensor.reading",
			Data: json.RawMessage(`{"device": "d1", "temp": 90}`)}}
		m.mu.Lock()
		m.sent[id] = time.Now()
		m.mu.Unlock()
		posts.Go(func() {
			if err := c.Do(t.Context(), http.MethodPost, "/api/v1/events", body, nil); err != nil {
				t.Errorf("the member's event %s: %v", id, err)
			}
		})
	}
	posts.Wait()
	<-got
	if d := m.alerts.dropped.Load(); d > 0 {
		t.Errorf("%d stream messages dropped", d)
	}
	return lat
}

func percentile(lat []time.Duration, p float64) time.Duration {
	if len(lat) == 0 {
		return 0
	}
	s := slices.Clone(lat)
	slices.Sort(s)
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

// submitNew submits the first version of a workflow as c's wallet in one
// request, its CID computed here, as a client that knows the document's
// form does (cere workflow submit asks the node with a second request).
func submitNew(ctx context.Context, c *api.Client, doc string) error {
	w, err := workflow.Parse("flood.yaml", []byte(doc))
	if err != nil {
		return err
	}
	canonical, err := w.Canonical()
	if err != nil {
		return err
	}
	id, err := store.DocumentCID(cid.DagJSON, canonical)
	if err != nil {
		return err
	}
	env, err := api.SealSubmission(c.Key(), workflow.Submission{Name: w.Name, Version: 1, CID: id.String()})
	if err != nil {
		return err
	}
	return c.Do(ctx, http.MethodPost, "/api/v1/workflows", api.WorkflowSubmit{Document: doc, Envelope: env}, nil)
}

// attackEnv names the API a process of this test binary attacks.
const attackEnv = "CERE_TEST_ATTACK"

// serveIfAttack is the throwaway wallets' process, when attackEnv names an
// API: a thousand wallets, 32 workers, until its stdin closes; then it
// prints what it did and exits.
func serveIfAttack() {
	url := os.Getenv(attackEnv)
	if url == "" {
		return
	}
	a, err := newAttack(url, 1000)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		io.Copy(io.Discard, os.Stdin)
		cancel()
	}()
	var wg sync.WaitGroup
	for w := range 32 {
		wg.Go(func() { a.work(ctx, w, 32) })
	}
	wg.Wait()
	fmt.Printf("%d requests, %d answered 429, %d refused over a quota (403), %d workflows kept, %d refused otherwise\n",
		a.requests.Load(), a.throttled.Load(), a.over.Load(), a.workflows.Load(), a.failed.Load())
	os.Exit(0)
}

// attack is a thousand throwaway wallets, each keeping as many workflows
// as the node takes, then sending events to them.
type attack struct {
	wallets   []*attacker
	workflows atomic.Int64 // kept by the node
	requests  atomic.Int64
	throttled atomic.Int64 // 429
	over      atomic.Int64 // 403: over a quota
	failed    atomic.Int64 // any other answer but success
}

type attacker struct {
	mu     sync.Mutex // one worker at a time
	key    *ecdsa.PrivateKey
	addr   string
	c      *api.Client
	kept   int
	full   bool
	sent   int
	resume time.Time // not before: a 429's Retry-After
}

func newAttack(url string, wallets int) (*attack, error) {
	a := &attack{}
	for range wallets {
		key, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		a.wallets = append(a.wallets, &attacker{key: key, addr: crypto.PubkeyToAddress(key.PublicKey).Hex(), c: api.NewClient(url, key)})
	}
	return a, nil
}

// work is one of k workers, taking every k-th wallet in turn.
func (a *attack) work(ctx context.Context, first, k int) {
	for i := first; ctx.Err() == nil; i += k {
		w := a.wallets[i%len(a.wallets)]
		if !w.mu.TryLock() {
			continue
		}
		if time.Now().Before(w.resume) {
			w.mu.Unlock()
			if i%len(a.wallets) < k { // a whole round waited: rest a moment
				time.Sleep(time.Millisecond)
			}
			continue
		}
		err := a.act(ctx, w)
		var he *api.Error
		if errors.As(err, &he) {
			switch he.Status {
			case http.StatusTooManyRequests:
				a.throttled.Add(1)
				// The Retry-After the node gives (1 s), spread so that
				// the wallets' retries come evenly, not in waves: the
				// most of the guests' quota they can take.
				w.resume = time.Now().Add(time.Duration(500+rand.IntN(1000)) * time.Millisecond)
			case http.StatusForbidden:
				a.over.Add(1)
				w.full = true
			default:
				a.failed.Add(1) // a 503 while the guests' slots are busy; a signed request repeated within its second
			}
		} else if err != nil && ctx.Err() == nil {
			a.failed.Add(1)
		}
		w.mu.Unlock()
	}
}

// act makes w's next move: another workflow while the node keeps them,
// else ten events for them.
func (a *attack) act(ctx context.Context, w *attacker) error {
	a.requests.Add(1)
	typ := "spam." + strings.ToLower(w.addr[2:10])
	if !w.full {
		doc := fmt.Sprintf(`name: flood-%d
nodes:
  - {id: in, kind: trigger, event: %s, wires: [burn]}
  - id: burn
    kind: script
    script: |
      let s = 0;
      for (let i = 0; i < 300000; i++) s += i %% 7;
      for (let i = 0; i < 10; i++) emit(%q, {s, i});
      return s;
`, w.kept, typ, typ)

		if err := submitNew(ctx, w.c, doc); err != nil {
			return err
		}
		w.kept++
		a.workflows.Add(1)
		return nil
	}
	evs := make([]api.Event, 10)
	for i := range evs {
		w.sent++
		evs[i] = api.Event{SpecVersion: "1.0", ID: fmt.Sprint(w.addr, "-", w.sent), Source: "spam", Type: typ, Data: json.RawMessage(`{}`)}
	}
	return w.c.Do(ctx, http.MethodPost, "/api/v1/events", evs, nil)
}
