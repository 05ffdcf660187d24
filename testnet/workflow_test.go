package testnet

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/store"
	"github.com/cerestack/cere/workflow"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
)

// example is the path of the sensor-anomaly example.
var example = filepath.Join("..", "examples", "workflows", "sensor-anomaly.yaml")

type submittedJSON struct {
	Name    string `json:"name"`
	Version int    `json:"version"`
	CID     string `json:"cid"`
	Owner   string `json:"owner"`
}

// sendReadings sends one sensor.reading per temperature through the CLI, in
// one file of JSON lines.
func sendReadings(t *testing.T, n *Node, prefix string, temps []float64) (accepted, duplicates int) {
	t.Helper()
	var b strings.Builder
	for i, temp := range temps {
		data, _ := json.Marshal(map[string]any{"device": fmt.Sprintf("%s%d", prefix, i), "temp": temp})
		ev, _ := json.Marshal(api.Event{SpecVersion: "1.0", ID: fmt.Sprintf("%s-%d", prefix, i), Source: "sensors", Type: "sensor.reading", Time: time.Now().UTC(), Data: data})
		b.Write(ev)
		b.WriteByte('\n')
	}
	file := fileWriter(t)("readings.jsonl", b.String())
	var res struct{ Accepted, Duplicates []string }
	n.cliJSON(t, &res, "event", "send", "-f", file, "--output", "json")
	return len(res.Accepted), len(res.Duplicates)
}

// alerts lists the alert.raised events a node recorded.
func alerts(t *testing.T, n *Node) []api.Event {
	var evs []api.Event
	n.cliJSON(t, &evs, "events", "list", "--type", "alert.raised", "--output", "json")
	return evs
}

// TestSensorAnomalyOneNode: the example on a lone daemon: ten readings,
// three above 80, make exactly three alert.raised events; sending them
// again changes nothing.
func TestSensorAnomalyOneNode(t *testing.T) {
	n := Start(t, Options{})
	var sub submittedJSON
	n.cliJSON(t, &sub, "workflow", "submit", example, "--output", "json")
	if sub.Name != "sensor-anomaly" || sub.Version != 1 || !strings.HasPrefix(sub.CID, "bagu") || sub.Owner != n.Status(t).Wallet {
		t.Fatalf("submit: %+v", sub)
	}
	stop := tail(t, n, "step.finished,execution.finished")
	temps := []float64{20, 81, 79.9, 80, 95.5, 10, 30, 100, 50, 60}
	if acc, _ := sendReadings(t, n, "d", temps); acc != 10 {
		t.Fatalf("%d of 10 accepted", acc)
	}
	Eventually(t, 5*time.Second, "three alerts", func() bool { return len(alerts(t, n)) >= 3 })
	// The same (source, id): acknowledged, not processed.
	if acc, dup := sendReadings(t, n, "d", temps); acc != 0 || dup != 10 {
		t.Fatalf("sent again: %d accepted, %d duplicates", acc, dup)
	}
	time.Sleep(300 * time.Millisecond)
	got := alerts(t, n)
	if len(got) != 3 {
		t.Fatalf("%d alerts, want 3", len(got))
	}
	for _, ev := range got {
		var d struct {
			Device string
			Temp   float64
			Text   string
		}
		json.Unmarshal(ev.Data, &d)
		if d.Temp <= 80 || !strings.Contains(d.Text, d.Device) {
			t.Fatalf("alert %s", ev.Data)
		}
	}
	// The stream saw ten executions and three emits, each with its trace id
	// and duration.
	var executions, emits int
	for _, m := range stop() {
		switch {
		case m.Topic == "execution.finished":
			executions++
		case m.Topic == "step.finished" && m.Node == "raise":
			emits++
		}
		if _, ok := m.Data.(map[string]any)["duration_ms"]; !ok || len(m.TraceID) != 32 {
			t.Fatalf("stream message without duration or trace id: %+v", m)
		}
	}
	if executions != 10 || emits != 3 {
		t.Fatalf("on the stream: %d executions, %d emits; want 10 and 3", executions, emits)
	}
}

// tail follows n's live stream with `cere events tail` until the returned
// function is called, which returns what it printed.
func tail(t *testing.T, n *Node, topics string) func() []api.StreamMessage {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	cmd := n.command(ctx, "--api", n.API, "events", "tail", "--topic", topics, "--output", "json")
	var out bytes.Buffer
	cmd.Stdout = &out
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// It says what it follows once the node took its subscription.
	line, err := bufio.NewReader(stderr).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "following ") {
		t.Fatalf("events tail: %q %v", line, err)
	}
	go io.Copy(io.Discard, stderr)
	return func() []api.StreamMessage {
		time.Sleep(200 * time.Millisecond) // the last frame
		cancel()
		cmd.Wait()
		var msgs []api.StreamMessage
		for line := range strings.SplitSeq(strings.TrimSpace(out.String()), "\n") {
			var m api.StreamMessage
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatalf("tail printed %q: %v", line, err)
			}
			msgs = append(msgs, m)
		}
		return msgs
	}
}

// TestWorkflowThreeNodes: a workflow submitted at A (signed by a wallet
// that is not A's) is listed at C at the same version within 2 s, and
// events sent at B raise alerts at B.
func TestWorkflowThreeNodes(t *testing.T) {
	a := Start(t, Options{})
	sa := a.Status(t)
	b := Start(t, Options{Bootstrap: sa.Addrs})
	c := Start(t, Options{Bootstrap: sa.Addrs})
	for _, n := range []*Node{b, c} {
		Eventually(t, 10*time.Second, "peers", func() bool { return seesPeer(t, n, sa.PeerID) })
	}
	t.Setenv("CERE_PASSPHRASE", Passphrase)
	keystore := filepath.Join(b.Dir, "wallet.json")
	var sub submittedJSON
	start := time.Now()
	a.cliJSON(t, &sub, "--keystore", keystore, "workflow", "submit", example, "--output", "json")
	if sub.Owner != b.Status(t).Wallet || sub.Version != 1 {
		t.Fatalf("submitted %+v, want the owner %s", sub, b.Status(t).Wallet)
	}
	for _, n := range []*Node{c, b} {
		Eventually(t, 2*time.Second-time.Since(start), "the version everywhere", func() bool {
			var recs []workflow.Record
			n.cliJSON(t, &recs, "workflow", "list", "--output", "json")
			return len(recs) == 1 && recs[0].Version == 1 && recs[0].CID == sub.CID && recs[0].Running
		})
	}
	t.Logf("listed on all three %s after submission", time.Since(start).Round(time.Millisecond))
	sendReadings(t, b, "b", []float64{90, 10, 85})
	Eventually(t, 5*time.Second, "two alerts at B", func() bool { return len(alerts(t, b)) == 2 })

	// A second version, submitted at C, reaches A; a stale base is refused.
	v2 := fileWriter(t)("v2.yaml", strings.Replace(mustRead(t, example), "data.temp > 80", "data.temp > 88", 1))
	c.cliJSON(t, &sub, "--keystore", keystore, "workflow", "submit", v2, "--output", "json")
	if sub.Version != 2 {
		t.Fatalf("second version: %+v", sub)
	}
	Eventually(t, 5*time.Second, "version 2 at A", func() bool {
		var recs []workflow.Record
		a.cliJSON(t, &recs, "workflow", "list", "--output", "json")
		return len(recs) == 1 && recs[0].Version == 2
	})
	out, err := a.CLI(t.Context(), "--keystore", keystore, "workflow", "submit", v2, "--base", "1")
	if err == nil || !strings.Contains(err.Error(), "conflict") || !strings.Contains(err.Error(), "at version 2") {
		t.Fatalf("stale base: %v %s", err, out)
	}
	// A node that joins later catches up from its peers.
	d := Start(t, Options{Bootstrap: sa.Addrs})
	Eventually(t, 10*time.Second, "version 2 at a late node", func() bool {
		var recs []workflow.Record
		d.cliJSON(t, &recs, "workflow", "list", "--output", "json")
		return len(recs) == 1 && recs[0].Version == 2 && recs[0].Running
	})
}

// seesPeer reports whether n lists the peer id among its live peers.
func seesPeer(t *testing.T, n *Node, id string) bool {
	for _, p := range n.Peers(t) {
		if p.PeerID == id {
			return true
		}
	}
	return false
}

func mustRead(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// post sends a JSON body to a node's API and returns the status and the
// decoded error, if any.
func post(t *testing.T, n *Node, path string, body any) (int, api.Error) {
	t.Helper()
	raw, _ := json.Marshal(body)
	resp, err := n.Post(t, path, "application/json", bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var e api.Error
	json.NewDecoder(resp.Body).Decode(&e)
	return resp.StatusCode, e
}

// TestWorkflowSubmitErrors: a tampered signature is refused and not
// gossiped; a wire to a missing id is a 400 naming it; a YAML syntax error
// is a 400 with line and column; a 10 MiB document is a 413.
func TestWorkflowSubmitErrors(t *testing.T) {
	a := Start(t, Options{})
	b := Start(t, Options{Bootstrap: a.Status(t).Addrs})
	Eventually(t, 10*time.Second, "peers", func() bool { return seesPeer(t, b, a.Status(t).PeerID) })
	doc := mustRead(t, example)
	key, _ := ethcrypto.GenerateKey()
	wf, err := workflow.Parse("x.yaml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	c, _, _ := wf.CID()
	env, err := api.SealSubmission(key, workflow.Submission{Name: wf.Name, Version: 1, CID: c.String()})
	if err != nil {
		t.Fatal(err)
	}
	tampered := bytes.Replace(env, []byte(`"version":1`), []byte(`"version":7`), 1) // changed after signing
	if bytes.Equal(tampered, env) {
		t.Fatalf("nothing to tamper with in %s", env)
	}
	status, apiErr := post(t, a, "/api/v1/workflows", api.WorkflowSubmit{Document: doc, Envelope: tampered})
	if status != http.StatusBadRequest || !strings.Contains(apiErr.Message, "signature") {
		t.Fatalf("tampered: %d %+v", status, apiErr)
	}
	// The untampered envelope works, at A; B hears of it. The tampered one
	// never reached B.
	if status, apiErr := post(t, a, "/api/v1/workflows", api.WorkflowSubmit{Document: doc, Envelope: env}); status != http.StatusCreated {
		t.Fatalf("signed: %d %+v", status, apiErr)
	}
	Eventually(t, 5*time.Second, "B has version 1", func() bool {
		var recs []workflow.Record
		b.cliJSON(t, &recs, "workflow", "list", "--output", "json")
		return len(recs) == 1 && recs[0].Version == 1
	})

	bad := strings.Replace(doc, "wires: [hot]", "wires: [hott]", 1)
	status, apiErr = post(t, a, "/api/v1/workflows", api.WorkflowSubmit{Document: bad})
	if status != http.StatusBadRequest || !strings.Contains(apiErr.Message, `:13:13: nodes[0].wires[0] (node "readings"): no node has id "hott"`) || apiErr.Field != "nodes[0].wires[0]" {
		t.Fatalf("missing wire: %d %+v", status, apiErr)
	}
	broken := strings.Replace(doc, "    kind: rule\n", "    kind: rule\n   oops: [\n", 1)
	status, apiErr = post(t, a, "/api/v1/workflows", api.WorkflowSubmit{Document: broken})
	if status != http.StatusBadRequest || !strings.HasPrefix(apiErr.Message, "document:18:4: ") { // the misindented line
		t.Fatalf("YAML syntax: %d %+v", status, apiErr)
	}
	huge := doc + "\n# " + strings.Repeat("x", 10<<20) + "\n"
	status, apiErr = post(t, a, "/api/v1/workflows", api.WorkflowSubmit{Document: huge})
	if status != http.StatusRequestEntityTooLarge {
		t.Fatalf("10 MiB: %d %+v", status, apiErr)
	}
	if status, _ := post(t, a, "/api/v1/workflows", api.WorkflowSubmit{Document: strings.Repeat("x", store.MaxDocument/2)}); status != http.StatusBadRequest {
		t.Fatalf("not a document: %d", status)
	}
	// An owner setting versions faster than its pace is told to wait.
	created, limited := 0, 0
	for i := range workflow.VersionsBurst + 10 {
		doc := fmt.Sprintf("name: paced\nenv: {i: %d}\nnodes:\n  - {id: t, kind: trigger, event: x}\n", i)
		switch status, apiErr := post(t, a, "/api/v1/workflows", api.WorkflowSubmit{Document: doc}); status {
		case http.StatusCreated:
			created++
		case http.StatusTooManyRequests:
			limited++
			if !strings.Contains(apiErr.Message, "a second") {
				t.Fatalf("429: %+v", apiErr)
			}
		default:
			t.Fatalf("version %d: %d %+v", i+1, status, apiErr)
		}
	}
	if created < workflow.VersionsBurst || limited == 0 {
		t.Fatalf("%d versions taken, %d refused: want the burst of %d taken, then refusals", created, limited, workflow.VersionsBurst)
	}
}

// TestHotReloadUnderLoad: 2,000 events/s for 20 s while five new versions
// are deployed: every event yields exactly one output, and the version
// changes at each deploy, in the order events were sent.
func TestHotReloadUnderLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("20 s of load")
	}
	n := Start(t, Options{})
	write := fileWriter(t)
	version := func(v int) string {
		return write(fmt.Sprintf("v%d.yaml", v), fmt.Sprintf(`name: reload
env: {v: %d}
nodes:
  - {id: in, kind: trigger, event: tick, wires: [mark]}
  - {id: mark, kind: script, script: "return {seq: data.seq, v: env.v};", wires: [out]}
  - {id: out, kind: emit, emit: tock}
`, v))
	}
	n.cliJSON(t, &submittedJSON{}, "workflow", "submit", version(1), "--output", "json")

	const rate, seconds, batch = 2000, 20, 100
	total := rate * seconds
	start := time.Now()
	sendErr := make(chan error, 1)
	go func() {
		defer close(sendErr)
		tick := time.NewTicker(time.Second * batch / rate)
		defer tick.Stop()
		for first := 0; first < total; first += batch {
			<-tick.C
			var evs []api.Event
			for i := first; i < first+batch; i++ {
				evs = append(evs, api.Event{SpecVersion: "1.0", ID: fmt.Sprint(i), Source: "load", Type: "tick",
					Data: json.RawMessage(fmt.Sprintf(`{"seq": %d}`, i))})
			}
			body, _ := json.Marshal(evs)
			for {
				resp, err := n.Post(t, "/api/v1/events", "application/cloudevents-batch+json", bytes.NewReader(body))
				if err != nil {
					sendErr <- err
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode == http.StatusTooManyRequests {
					time.Sleep(10 * time.Millisecond)
					continue
				}
				if resp.StatusCode != http.StatusAccepted {
					sendErr <- fmt.Errorf("status %d", resp.StatusCode)
					return
				}
				break
			}
		}
	}()
	for v := 2; v <= 6; v++ {
		time.Sleep(time.Until(start.Add(time.Duration(v-1) * seconds * time.Second / 6)))
		var sub submittedJSON
		n.cliJSON(t, &sub, "workflow", "submit", version(v), "--output", "json")
		if sub.Version != v {
			t.Fatalf("submitted %+v, want version %d", sub, v)
		}
	}
	if err := <-sendErr; err != nil {
		t.Fatal(err)
	}
	t.Logf("%d events sent in %s", total, time.Since(start).Round(time.Millisecond))

	// Read every output back, a window of time at a time.
	seen := make([]int, total)   // the version that answered each event
	counted := map[string]bool{} // outputs read, by id: a window may be read again
	outputs := 0
	from := start.Add(-time.Second)
	Eventually(t, 30*time.Second, "all outputs", func() bool {
		for {
			var evs []api.Event
			n.cliJSON(t, &evs, "events", "list", "--type", "tock", "--since", from.Format(time.RFC3339Nano),
				"--until", from.Add(time.Second).Format(time.RFC3339Nano), "--limit", "10000", "--output", "json")
			if len(evs) == 10000 {
				t.Fatal("over 10,000 outputs in one second")
			}
			for _, ev := range evs {
				if counted[ev.ID] {
					continue
				}
				counted[ev.ID] = true
				var d struct{ Seq, V int }
				json.Unmarshal(ev.Data, &d)
				if seen[d.Seq] != 0 {
					t.Fatalf("event %d answered twice (versions %d and %d)", d.Seq, seen[d.Seq], d.V)
				}
				seen[d.Seq] = d.V
				outputs++
			}
			if from.Add(time.Second).After(time.Now()) {
				return outputs == total
			}
			from = from.Add(time.Second)
		}
	})
	// Versions rise with the order of sending; a handful of events at a
	// boundary may cross (two dispatchers take events in turn).
	inversions, changes := 0, 0
	for i := 1; i < total; i++ {
		if seen[i] < seen[i-1] {
			inversions++
		}
		if seen[i] != seen[i-1] {
			changes++
		}
	}
	if seen[0] != 1 || seen[total-1] != 6 || inversions > 10 {
		t.Fatalf("first version %d, last %d, %d inversions", seen[0], seen[total-1], inversions)
	}
	t.Logf("%d outputs, %d version changes along the sequence, %d inversions", outputs, changes, inversions)
}

// TestWebhook: a webhook trigger answers the HTTP request with the output
// of the node it names; an unknown hook is a 404, a body no workflow could
// read a 400.
func TestWebhook(t *testing.T) {
	n := Start(t, Options{})
	doc := fileWriter(t)("quotes.yaml", `name: quotes
nodes:
  - id: hook
    kind: trigger
    webhook: {path: price, respond: quote}
    wires: [quote]
  - id: quote
    kind: script
    script: |
      return {item: data.item, price: data.qty * 2.5};
  - id: guarded
    kind: trigger
    webhook: {path: private, respond: quote, token_sha256: `+fmt.Sprintf("%x", sha256.Sum256([]byte("s3cret")))+`}
    wires: [quote]
`)
	var sub submittedJSON
	n.cliJSON(t, &sub, "workflow", "submit", doc, "--output", "json")
	resp, err := http.Post(n.API+"/hooks/"+sub.Owner+"/quotes/price", "application/json", strings.NewReader(`{"item": "bolt", "qty": 4}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || strings.Join(strings.Fields(string(body)), "") != `{"item":"bolt","price":10}` || len(resp.Header.Get("Cere-Trace-Id")) != 32 {
		t.Fatalf("webhook: %d %s %v", resp.StatusCode, body, resp.Header)
	}
	// A number no workflow could read is refused, named.
	resp, err = http.Post(n.API+"/hooks/"+sub.Owner+"/quotes/price", "application/json", strings.NewReader(`{"item": "bolt", "qty": 4e400}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(body), "body: data.qty: number 4e400 does not fit a float64") {
		t.Fatalf("a number beyond float64: %d %s", resp.StatusCode, body)
	}
	resp, err = http.Post(n.API+"/hooks/"+sub.Owner+"/quotes/nope", "application/json", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Fatalf("unknown hook: %d", resp.StatusCode)
	}
	// A hook with a token takes only that token, even on loopback.
	for token, want := range map[string]int{"": http.StatusUnauthorized, "wrong": http.StatusUnauthorized, "s3cret": http.StatusOK} {
		req, _ := http.NewRequest(http.MethodPost, n.API+"/hooks/"+sub.Owner+"/quotes/private", strings.NewReader(`{"item": "nut", "qty": 2}`))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Fatalf("token %q: %d, want %d", token, resp.StatusCode, want)
		}
	}
}

// TestCanaryCommands: a canary is settled by new versions of the workflow:
// promote makes the canary's version the node's, rollback drops it.
func TestCanaryCommands(t *testing.T) {
	n := Start(t, Options{})
	doc := fileWriter(t)("scoring.yaml", `name: scoring
nodes:
  - {id: in, kind: trigger, event: job, wires: [score]}
  - {id: score, kind: agent, agent: "scorer@1.0", canary: {version: "2.0", percent: 10}}
`)
	var sub submittedJSON
	n.cliJSON(t, &sub, "workflow", "submit", doc, "--output", "json")
	var st []workflow.CanaryStatus
	n.cliJSON(t, &st, "workflow", "canary", "status", "scoring", "--output", "json")
	if len(st) != 1 || st[0].Node != "score" || st[0].Canary != "2.0" || st[0].RolledBack {
		t.Fatalf("status: %+v", st)
	}
	n.cliJSON(t, &sub, "workflow", "canary", "promote", "scoring", "score", "--output", "json")
	var got api.Workflow
	n.cliJSON(t, &got, "workflow", "get", "scoring", "--output", "json")
	if sub.Version != 2 || got.Version != 2 || got.Document.Node("score").Agent != "scorer@2.0" || got.Document.Node("score").Canary != nil {
		t.Fatalf("promoted: %+v %+v", sub, got.Document.Node("score"))
	}
	if _, err := n.CLI(t.Context(), "workflow", "canary", "rollback", "scoring", "score"); err == nil || !strings.Contains(err.Error(), `no node "score" with a canary`) {
		t.Fatalf("rollback without a canary: %v", err)
	}
}
