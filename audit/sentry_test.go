package audit

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"
)

// sentryServer is a Sentry-compatible endpoint on loopback: it keeps the
// events of the envelopes posted to it.
type sentryServer struct {
	*httptest.Server
	mu     sync.Mutex
	events []map[string]any
}

func newSentryServer(t *testing.T) *sentryServer {
	s := &sentryServer{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/api/1/envelope/" {
			t.Errorf("posted to %s", r.URL.Path)
		}
		var body io.Reader = r.Body
		if r.Header.Get("Content-Encoding") == "gzip" {
			zr, err := gzip.NewReader(r.Body)
			if err != nil {
				t.Error(err)
				return
			}
			body = zr
		}
		raw, _ := io.ReadAll(body)
		// An envelope: a header line, then item header and payload lines.
		sc := bufio.NewScanner(bytes.NewReader(raw))
		sc.Buffer(nil, 1<<20)
		sc.Scan()
		for sc.Scan() {
			var item struct {
				Type string `json:"type"`
			}
			json.Unmarshal(sc.Bytes(), &item)
			if !sc.Scan() {
				break
			}
			if item.Type == "event" {
				var ev map[string]any
				json.Unmarshal(sc.Bytes(), &ev)
				s.mu.Lock()
				s.events = append(s.events, ev)
				s.mu.Unlock()
			}
		}
		w.WriteHeader(http.StatusOK)
	}))
	t.Cleanup(s.Close)
	return s
}

// TestSentryExport: with a DSN set, an error group's occurrences reach the
// endpoint with the group's fingerprint; a burst of one group sends one.
func TestSentryExport(t *testing.T) {
	srv := newSentryServer(t)
	dsn := strings.Replace(srv.URL, "http://", "http://public@", 1) + "/1"
	x, err := NewSentryExporter(dsn, "node-a", "test")
	if err != nil {
		t.Fatal(err)
	}
	db := openDB(t, t.TempDir())
	errs, err := OpenErrors(db)
	if err != nil {
		t.Fatal(err)
	}
	errs.SetExporter(x)
	now := time.Now()
	for i := range 100 {
		o := Occurrence{Kind: "script", Location: "step s1", Message: "TypeError: x is undefined at 3",
			Workflow: "w1", Time: now.Add(time.Duration(i) * time.Millisecond), Event: map[string]any{"id": i}}
		if i == 0 {
			o.Stack = string(debug.Stack())
		}
		if err := errs.Capture(o); err != nil {
			t.Fatal(err)
		}
	}
	errs.Capture(Occurrence{Kind: "node", Location: "api", Message: "panic: boom"})
	x.Close(5 * time.Second)

	srv.mu.Lock()
	defer srv.mu.Unlock()
	if len(srv.events) != 2 {
		t.Fatalf("%d events sent, want 2 (one per group within %s)", len(srv.events), SentryInterval)
	}
	// The transport may send the two groups in either order.
	fp := Fingerprint("script", "step s1", "TypeError: x is undefined at 3")
	var ev map[string]any
	for _, e := range srv.events {
		if got, _ := e["fingerprint"].([]any); len(got) == 1 && got[0] == fp {
			ev = e
		}
	}
	if ev == nil {
		t.Fatalf("no event with fingerprint [%s] among %v", fp, srv.events)
	}
	tags, _ := ev["tags"].(map[string]any)
	if ev["server_name"] != "node-a" || tags["workflow"] != "w1" || tags["kind"] != "script" || ev["message"] != "TypeError: x is undefined at 3" {
		t.Fatalf("event: %v", ev)
	}
	exc := ev["exception"].([]any)[0].(map[string]any)
	frames := exc["stacktrace"].(map[string]any)["frames"].([]any)
	if len(frames) < 2 || !strings.Contains(frames[len(frames)-1].(map[string]any)["function"].(string), "debug.Stack") {
		t.Fatalf("stack frames: %v", frames)
	}
}
