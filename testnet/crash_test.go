package testnet

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
)

// tickWorkflow raises one tick.alert an event, naming it, after a script
// that takes a few milliseconds: enough that the events a client sends
// wait in the node's queue, where a kill finds them. (Its deadline is long
// and its concurrency low, so that a loaded machine does not time it out.)
const tickWorkflow = `name: tick-alert
concurrency: 8
nodes:
  - id: in
    kind: trigger
    event: tick
    wires: [work]
  - id: work
    kind: script
    deadline: 10s
    script: |
      let s = 0;
      for (let i = 0; i < 20000; i++) s += i % 7;
      return {of: event.id, s: s};
    wires: [raise]
  - id: raise
    kind: emit
    emit: tick.alert
`

// TestKillDuringIngest: a daemon killed with SIGKILL 20 times while a
// client sends it events, in batches, for a workflow that raises one alert
// an event; the client sends again what was not answered, as a client
// does. After the last restart every event acknowledged (accepted, or a
// duplicate of one recorded) has exactly one alert, and the store opened
// every time. Without the dispatch of pending events at start, 503 of the
// 4,000 events acknowledged here had no alert.
func TestKillDuringIngest(t *testing.T) {
	const (
		kills = 20
		total = 4000 // under the 10,000 one listing returns
		batch = 200
	)
	n := Start(t, Options{})
	write := fileWriter(t)
	n.cliJSON(t, &submittedJSON{}, "workflow", "submit", write("tick.yaml", tickWorkflow), "--output", "json")

	// Batches not yet acknowledged, as JSON lines files, by first index.
	var mu sync.Mutex
	unsent := map[int]string{}
	for first := 0; first < total; first += batch {
		var b strings.Builder
		for i := first; i < first+batch; i++ {
			ev, _ := json.Marshal(api.Event{SpecVersion: "1.0", ID: fmt.Sprint("t", i), Source: "crash-test", Type: "tick", Data: json.RawMessage(`{}`)})
			b.Write(ev)
			b.WriteByte('\n')
		}
		unsent[first] = write(fmt.Sprintf("batch-%d.jsonl", first), b.String())
	}
	acked := map[string]bool{}
	send := func(ctx context.Context, first int) bool {
		mu.Lock()
		file := unsent[first]
		mu.Unlock()
		out, err := n.CLI(ctx, "event", "send", "-f", file, "--output", "json")
		if err != nil {
			return false // refused (429), cut off by the kill, or not yet listening
		}
		var res struct{ Accepted, Duplicates []string }
		if err := json.Unmarshal(out, &res); err != nil || len(res.Accepted)+len(res.Duplicates) != batch {
			t.Errorf("batch %d: %v: %s", first, err, out)
			return false
		}
		mu.Lock()
		defer mu.Unlock()
		for _, id := range append(res.Accepted, res.Duplicates...) {
			acked[id] = true
		}
		delete(unsent, first)
		return true
	}
	// Three clients send the batches below upto, not yet answered, at once.
	sendAll := func(ctx context.Context, upto int) {
		mu.Lock()
		var firsts []int
		for first := range unsent {
			if first < upto {
				firsts = append(firsts, first)
			}
		}
		mu.Unlock()
		slices.Sort(firsts)
		next := make(chan int, len(firsts))
		for _, f := range firsts {
			next <- f
		}
		close(next)
		var wg sync.WaitGroup
		for range 3 {
			wg.Go(func() {
				for first := range next {
					if ctx.Err() != nil {
						return
					}
					send(ctx, first)
				}
			})
		}
		wg.Wait()
	}
	// Each run of the daemon takes its share of the new batches and every
	// batch not yet answered, and is killed part way, about when the
	// events it took wait in its queue.
	replayed := 0
	rng := rand.New(rand.NewPCG(1, 2))
	share := (total + kills) / (kills + 1)
	for k := range kills {
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		wg.Go(func() { sendAll(ctx, (k+1)*share) })
		time.Sleep(time.Duration(300+rng.IntN(600)) * time.Millisecond)
		replayed += replays(n.Logs())
		n.Kill(t)
		cancel()
		wg.Wait()
		n.Restart(t) // fails the test if the store does not open
	}
	// What the runs did not take is sent until it is.
	Eventually(t, 60*time.Second, "every batch acknowledged", func() bool {
		sendAll(context.Background(), total)
		mu.Lock()
		defer mu.Unlock()
		return len(unsent) == 0
	})
	count := func() map[string]int {
		var evs []api.Event
		n.cliJSON(t, &evs, "events", "list", "--type", "tick.alert", "--limit", "10000", "--output", "json")
		of := map[string]int{}
		for _, ev := range evs {
			var d struct{ Of string }
			_ = json.Unmarshal(ev.Data, &d)
			of[d.Of]++
		}
		return of
	}
	// Until every event has its alert, or no more come.
	of := count()
	for last, since := len(of), time.Now(); len(of) < len(acked) && time.Since(since) < 15*time.Second; of = count() {
		if len(of) > last {
			last, since = len(of), time.Now()
		}
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond) // for a second alert that would come late
	replayed += replays(n.Logs())
	of = count()
	lost, twice := 0, 0
	for id := range acked {
		switch of[id] {
		case 0:
			lost++
		case 1:
		default:
			twice++
		}
	}
	t.Logf("%d events acknowledged, %d alerts; %d kills; %d events dispatched again after a restart", len(acked), len(of), kills, replayed)
	if len(acked) != total || lost > 0 || twice > 0 || len(of) != total {
		t.Fatalf("%d of %d events acknowledged: %d without an alert, %d with more than one; alerts for %d events", len(acked), total, lost, twice, len(of))
	}
	if replayed == 0 {
		t.Fatal("no kill found an event pending: the test did not test the restart")
	}
}

var replayedRE = regexp.MustCompile(`dispatched again[^\n]*events=(\d+)`)

// replays is how many events a daemon's log says it dispatched again.
func replays(logs string) int {
	sum := 0
	for _, m := range replayedRE.FindAllStringSubmatch(logs, -1) {
		v, _ := strconv.Atoi(m[1])
		sum += v
	}
	return sum
}
