package node

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/workflow"
	"github.com/coder/websocket"
)

// TestStream: a client gets the topics it asked for, in frames of at most
// 50 messages every 50 ms; large data arrives truncated with a marker; a
// client that does not keep up is told how many messages it missed.
func TestStream(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := &Node{ctx: ctx}
	srv := httptest.NewServer(http.HandlerFunc(n.handleStream))
	defer srv.Close()
	url := "ws" + strings.TrimPrefix(srv.URL, "http") + "?topic=execution.*&topic=error"
	conn, _, err := websocket.Dial(ctx, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.CloseNow()
	conn.SetReadLimit(16 << 20)
	deadline := time.Now().Add(5 * time.Second)
	for n.stream.count.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	for i := range 120 {
		n.observe(workflow.Message{Topic: "execution.started", TraceID: fmt.Sprint(i)})
		n.observe(workflow.Message{Topic: "rule.evaluated"}) // not asked for
	}
	n.observe(workflow.Message{Topic: "error", Data: map[string]any{"big": strings.Repeat("x", 100<<10)}})
	// frame reads the next frame, which holds at most streamBatch messages.
	frame := func() api.StreamBatch {
		t.Helper()
		_, data, err := conn.Read(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var b api.StreamBatch
		if err := json.Unmarshal(data, &b); err != nil {
			t.Fatal(err)
		}
		if len(b.Messages) > streamBatch {
			t.Fatalf("a frame of %d messages", len(b.Messages))
		}
		return b
	}
	var got []api.StreamMessage
	for len(got) < 121 {
		got = append(got, frame().Messages...)
	}
	for i, m := range got[:120] {
		if m.Topic != "execution.started" || m.TraceID != fmt.Sprint(i) {
			t.Fatalf("message %d: %+v", i, m)
		}
	}
	big := got[120].Data.(map[string]any)
	if big["truncated"] != true || big["bytes"].(float64) < 100<<10 || len(big["preview"].(string)) != streamPreview {
		t.Fatalf("large data: %v", big["bytes"])
	}

	// At most streamBatch messages every streamInterval: 200 take four
	// ticks, however fast they were offered.
	start := time.Now()
	for i := range 200 {
		n.observe(workflow.Message{Topic: "execution.finished", TraceID: fmt.Sprint(i)})
	}
	for count := 0; count < 200; {
		for _, m := range frame().Messages {
			if m.TraceID != fmt.Sprint(count) {
				t.Fatalf("message %d: %+v", count, m)
			}
			count++
		}
	}
	if elapsed := time.Since(start); elapsed < 3*streamInterval {
		t.Fatalf("200 messages in %s: over %d every %s", elapsed, streamBatch, streamInterval)
	}

	// A new subscription: what waited of the topics left is not sent after
	// the frame that names the new ones.
	for range 200 {
		n.observe(workflow.Message{Topic: "execution.started"})
	}
	if err := conn.Write(ctx, websocket.MessageText, []byte(`{"subscribe": ["deploy"]}`)); err != nil {
		t.Fatal(err)
	}
	for {
		b := frame()
		if b.Subscribed == nil {
			continue
		}
		if len(b.Subscribed) != 1 || b.Subscribed[0] != "deploy" || len(b.Messages) > 0 {
			t.Fatalf("the frame of the new subscription: %+v", b)
		}
		break
	}
	n.observe(workflow.Message{Topic: "execution.started"}) // no longer followed
	n.observe(workflow.Message{Topic: "deploy", TraceID: "d"})
	if b := frame(); len(b.Messages) != 1 || b.Messages[0].TraceID != "d" {
		t.Fatalf("after the new subscription: %+v", b)
	}

	// A client that reads nothing: its queue fills, the rest is counted.
	slow := newStreamClient([]string{"*"})
	n.stream.add(slow)
	for range streamQueue + 500 {
		n.observe(workflow.Message{Topic: "deploy"})
	}
	if d := slow.dropped.Load(); d != 500 {
		t.Fatalf("dropped %d, want 500", d)
	}
}
