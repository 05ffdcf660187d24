package node

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cerestack/cere/store"
)

func TestEventsEndpoint(t *testing.T) {
	st := openStore(t, t.TempDir())
	h, err := store.OpenHistory(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	for i := range 5 {
		for _, typ := range []string{"sensor.reading", "alert.raised"} {
			e := &store.Event{SpecVersion: "1.0", ID: fmt.Sprint(i), Source: "t", Type: typ, Time: now.Add(-time.Duration(5-i) * time.Minute), Data: []byte(`{"n":1}`)}
			if err := h.Append(e); err != nil {
				t.Fatal(err)
			}
		}
	}
	n := &Node{history: h}
	for _, tc := range []struct {
		query string
		code  int
		want  int
	}{
		{"?type=sensor.reading", 200, 5},
		{"?type=sensor.reading&since=150s", 200, 2},
		{"?since=150s", 200, 4},
		{"?limit=3", 200, 3},
		{"?since=yesterday", 400, 0},
		{"?limit=0", 400, 0},
	} {
		w := httptest.NewRecorder()
		n.handleEvents(w, httptest.NewRequest("GET", "/api/v1/events"+tc.query, nil))
		if w.Code != tc.code {
			t.Errorf("%s: %d, want %d: %s", tc.query, w.Code, tc.code, w.Body)
			continue
		}
		if tc.code != 200 {
			continue
		}
		var events []store.Event
		if err := json.Unmarshal(w.Body.Bytes(), &events); err != nil || len(events) != tc.want {
			t.Errorf("%s: %d events (%v), want %d", tc.query, len(events), err, tc.want)
			continue
		}
		for i := 1; i < len(events); i++ {
			if events[i].Time.After(events[i-1].Time) {
				t.Errorf("%s: not newest first", tc.query)
			}
		}
	}
}
