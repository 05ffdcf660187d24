package audit

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/getsentry/sentry-go"
)

// Exporter hears of each occurrence after it joined its group.
type Exporter interface {
	Export(o Occurrence, g Group)
}

// SentryExporter sends occurrences to a Sentry-compatible endpoint, each
// with its group's fingerprint, so the two sides group alike. A group sends
// at most one occurrence per SentryInterval; the ones held back are counted
// in the next one's "skipped" tag, and the group's count travels with each.
type SentryExporter struct {
	client *sentry.Client
	mu     sync.Mutex
	last   map[string]time.Time // by fingerprint: when one was last sent
	held   map[string]int       // by fingerprint: held back since
}

// SentryInterval is the least time between two occurrences of one group
// sent to Sentry.
const SentryInterval = 10 * time.Second

// NewSentryExporter returns an exporter to the endpoint of dsn. server names
// this node (its label or peer id, never the host name), release the
// version. Nothing is sent but what Export is given, and of an event only
// its id, source, type and time: no data, no default integrations.
func NewSentryExporter(dsn, server, release string) (*SentryExporter, error) {
	c, err := sentry.NewClient(sentry.ClientOptions{
		Dsn:                  dsn,
		ServerName:           server,
		Release:              release,
		DisableClientReports: true,
		DisableMetrics:       true,
		Integrations:         func([]sentry.Integration) []sentry.Integration { return nil },
	})
	if err != nil {
		return nil, fmt.Errorf("audit: sentry: %w", err)
	}
	return &SentryExporter{client: c, last: map[string]time.Time{}, held: map[string]int{}}, nil
}

// Export sends o, unless its group sent one within SentryInterval.
func (s *SentryExporter) Export(o Occurrence, g Group) {
	s.mu.Lock()
	if t, ok := s.last[g.Fingerprint]; ok && o.Time.Sub(t) < SentryInterval {
		s.held[g.Fingerprint]++
		s.mu.Unlock()
		return
	}
	skipped := s.held[g.Fingerprint]
	delete(s.held, g.Fingerprint)
	s.last[g.Fingerprint] = o.Time
	s.mu.Unlock()

	ev := sentry.NewEvent()
	ev.Level = sentry.LevelError
	ev.Timestamp = o.Time
	ev.Logger = "cere." + o.Kind
	ev.Message = o.Message
	ev.Fingerprint = []string{g.Fingerprint}
	ev.Tags = map[string]string{
		"kind":     o.Kind,
		"location": o.Location,
		"count":    fmt.Sprint(g.Count),
		"skipped":  fmt.Sprint(skipped),
	}
	if o.Workflow != "" {
		ev.Tags["workflow"] = o.Workflow
	}
	exc := sentry.Exception{Type: o.Kind + " error", Value: o.Message, Module: o.Location}
	if o.Stack != "" {
		exc.Stacktrace = goStack(o.Stack)
	}
	ev.Exception = []sentry.Exception{exc}
	// The event's attributes say which it was; its data stays on the node.
	if m, ok := o.Event.(map[string]any); ok {
		c := sentry.Context{}
		for _, k := range []string{"id", "source", "type", "time"} {
			if v, ok := m[k]; ok {
				c[k] = v
			}
		}
		ev.Contexts = map[string]sentry.Context{"event": c}
	}
	s.client.CaptureEvent(ev, nil, nil)
}

// Close sends what is queued, waiting at most timeout.
func (s *SentryExporter) Close(timeout time.Duration) {
	s.client.Flush(timeout)
	s.client.Close()
}

// goStack reads a Go stack trace (runtime/debug.Stack) into Sentry's frames,
// outermost first as Sentry wants them.
func goStack(stack string) *sentry.Stacktrace {
	lines := strings.Split(strings.TrimSpace(stack), "\n")
	var frames []sentry.Frame
	for i := 1; i+1 < len(lines); i += 2 { // the first line is "goroutine N [running]:"
		fn := strings.TrimSpace(lines[i])
		if j := strings.LastIndex(fn, "("); j > 0 {
			fn = fn[:j]
		}
		loc := strings.TrimSpace(lines[i+1])
		if j := strings.LastIndex(loc, " +0x"); j > 0 {
			loc = loc[:j]
		}
		file, line := loc, 0
		if j := strings.LastIndex(loc, ":"); j > 0 {
			file = loc[:j]
			fmt.Sscan(loc[j+1:], &line)
		}
		frames = append(frames, sentry.Frame{Function: fn, AbsPath: file, Lineno: line, InApp: strings.Contains(fn, "cerestack/cere")})
	}
	for l, r := 0, len(frames)-1; l < r; l, r = l+1, r-1 {
		frames[l], frames[r] = frames[r], frames[l]
	}
	return &sentry.Stacktrace{Frames: frames}
}
