package node

import (
	"encoding/json"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/store"
	"github.com/cerestack/cere/workflow"
)

// TestCheckEventTime: an event's time must lie between 1970 and a day
// ahead of the node's clock, where the history can file it; none is now.
func TestCheckEventTime(t *testing.T) {
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		at  time.Time
		bad bool
	}{
		{time.Time{}, false},
		{now.Add(-30 * 24 * time.Hour), false},
		{now.Add(23 * time.Hour), false},
		{now.Add(25 * time.Hour), true},
		{time.Date(2554, 7, 21, 23, 34, 0, 5, time.UTC), true}, // past int64 nanoseconds
		{time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC), true},
	} {
		ev := &store.Event{SpecVersion: "1.0", ID: "1", Source: "s", Type: "t", Time: c.at}
		err := checkEvent(ev, now)
		if (err != nil) != c.bad || (err != nil && !strings.HasPrefix(err.Error(), "time ")) {
			t.Errorf("%s: %v", c.at, err)
		}
		if c.at.IsZero() && !ev.Time.Equal(now) {
			t.Errorf("no time: given %s, want now", ev.Time)
		}
	}
}

// TestIngestedAnswer: ingest's answer is written byte for byte as
// writeJSON writes it, whatever the ids hold.
func TestIngestedAnswer(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	pieces := []string{"a", "1", "é", "<", ">", "&", "\"", "\\", "\u2028", "\u2029", "\x01", "\t", "\xff", "😀", " "}
	id := func() string {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	for i := range 2000 {
		var accepted, dups []string
		if i%7 != 0 {
			accepted = []string{}
			for range rng.IntN(4) {
				accepted = append(accepted, id())
			}
		}
		if i%5 != 0 {
			dups = []string{}
			for range rng.IntN(3) {
				dups = append(dups, id())
			}
		}
		rec := httptest.NewRecorder()
		writeJSON(rec, http.StatusAccepted, map[string][]string{"accepted": accepted, "duplicates": dups})
		if got := string(appendIngested(nil, accepted, dups)); got != rec.Body.String() {
			t.Fatalf("%q %q:\n got %q\nwant %q", accepted, dups, got, rec.Body.String())
		}
	}
}

// TestIngestDataNumbers: an event whose data holds a number beyond
// float64's range is refused with the number named by its path, in a batch
// by its index; nothing of the batch is recorded.
func TestIngestDataNumbers(t *testing.T) {
	st := openStore(t, t.TempDir())
	h, err := store.OpenHistory(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	e := workflow.NewEngine(workflow.Deps{History: h})
	t.Cleanup(e.Close)
	n := &Node{history: h, engine: e}
	for _, c := range []struct{ body, want string }{
		{`{"specversion":"1.0","id":"1","source":"s","type":"t","data":{"temp":1e400}}`,
			`event 0: data.temp: number 1e400 does not fit a float64`},
		{`[{"specversion":"1.0","id":"2","source":"s","type":"t","data":{"temp":20}},` +
			`{"specversion":"1.0","id":"3","source":"s","type":"t","data":{"a":[1,{"b c":-1e999}]}}]`,
			`event 1: data.a[1]["b c"]: number -1e999 does not fit a float64`},
		{`{"specversion":"1.0","id":"4","source":"s","type":"t","data":[0,` + strings.Repeat("9", 400) + `]}`,
			`event 0: data[1]: number 9999999999999999999999999999999999999999… does not fit a float64`},
	} {
		w := httptest.NewRecorder()
		n.handleIngest(w, httptest.NewRequest("POST", "/api/v1/events", strings.NewReader(c.body)))
		var answer struct{ Error string }
		json.Unmarshal(w.Body.Bytes(), &answer)
		if w.Code != http.StatusBadRequest || answer.Error != c.want {
			t.Errorf("%.60s: %d %s, want 400 %q", c.body, w.Code, w.Body, c.want)
		}
	}
	if evs, err := h.Count(t.Context(), store.Query{Type: "t"}); err != nil || evs != 0 {
		t.Fatalf("recorded %d events (%v), want none", evs, err)
	}

	ev := &store.Event{SpecVersion: "1.0", ID: "5", Source: "s", Type: "t", Data: []byte(`{"temp":-0,"n":[1e308, 0.5e-400]}`)}
	if err := checkEvent(ev, time.Now()); err != nil {
		t.Fatal(err)
	}
}

// TestReservedSource: an event from outside cannot pass for one a workflow
// (of some owner), a webhook or a schedule raised.
func TestReservedSource(t *testing.T) {
	for _, src := range []string{workflow.EmitSource + "0xA11CE/flow", "cere:webhook/x", "cere:schedule"} {
		ev := &store.Event{SpecVersion: "1.0", ID: "1", Source: src, Type: "alert.raised"}
		if err := checkEvent(ev, time.Now()); err == nil || !strings.Contains(err.Error(), "the node's own") {
			t.Errorf("source %s: %v, want it refused", src, err)
		}
	}
	if err := checkEvent(&store.Event{SpecVersion: "1.0", ID: "1", Source: "sensor-7", Type: "t"}, time.Now()); err != nil {
		t.Errorf("an ordinary source: %v", err)
	}
}
